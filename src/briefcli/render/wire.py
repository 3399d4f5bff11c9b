"""The JSON wire form of a Brief, defined once (documented in the README, checked by a test)."""

from __future__ import annotations

from typing import Any, TypedDict

from ..model import Actor, Brief, Digest, Story, StorySource
from ..safe_text import one_line
from .common import title

SCHEMA_VERSION = 2


class ItemDict(TypedDict):
    text: str
    sentence: int


class ClaimDict(ItemDict):
    who: str
    in_summary: bool


class CommitmentDict(ItemDict):
    who: str
    what: str
    amount: str | None
    deadline: str | None


class QuoteDict(ItemDict):
    speaker: str | None


class ActorDict(TypedDict):
    name: str
    type: str
    role: str | None
    mentions: int
    aliases: list[str]
    sentence: int
    salience: float


class MinorActorDict(TypedDict):
    name: str
    type: str
    mentions: int
    sentence: int


class BriefDict(TypedDict):
    schema: int
    source: str
    headline: str
    byline: str | None
    date: str | None
    algorithm: str
    sentences: int
    summary: list[ItemDict]
    claims: list[ClaimDict]
    commitments: list[CommitmentDict]
    actors: list[ActorDict]
    minor_actors: list[MinorActorDict]
    quotes: list[QuoteDict]


def _actor(a: Actor) -> ActorDict:
    return {
        "name": a.name,
        "type": a.type,
        "role": a.role,
        "mentions": a.mentions,
        "aliases": list(a.aliases),
        "sentence": a.sentence,
        "salience": a.salience,
    }


def to_dict(brief: Brief) -> BriefDict:
    """The Brief as plain JSON-ready data; key order is part of the stable layout."""
    return {
        "schema": SCHEMA_VERSION,
        "source": one_line(brief.source),
        "headline": brief.headline,
        "byline": _name(brief.byline),
        "date": _name(brief.date),
        "algorithm": brief.algorithm,
        "sentences": brief.sentence_count,
        "summary": [{"text": s.text, "sentence": s.sentence} for s in brief.summary],
        "claims": [
            {"text": c.text, "sentence": c.sentence, "who": c.who, "in_summary": c.in_summary} for c in brief.claims
        ],
        "commitments": [
            {
                "text": c.text,
                "sentence": c.sentence,
                "who": c.who,
                "what": c.what,
                "amount": c.amount,
                "deadline": c.deadline,
            }
            for c in brief.commitments
        ],
        "actors": [_actor(a) for a in brief.actors],
        "minor_actors": [
            {"name": a.name, "type": a.type, "mentions": a.mentions, "sentence": a.sentence} for a in brief.minor_actors
        ],
        "quotes": [{"text": q.text, "sentence": q.sentence, "speaker": q.speaker} for q in brief.quotes],
    }


DIGEST_SCHEMA_VERSION = 2
STORY_COMMITMENTS = 3
STORY_CLAIMS = 3
STORY_ACTORS = 6


class SourceDict(TypedDict):
    name: str
    outlet: str
    headline: str
    link: str | None
    date: str | None


class StoryItemDict(ItemDict):
    source: str


class StoryClaimDict(ClaimDict):
    source: str


class StoryCommitmentDict(CommitmentDict):
    source: str


class StoryDict(TypedDict):
    headline: str
    outlets: int
    score: float
    category: str | None
    sources: list[SourceDict]
    summary: list[StoryItemDict]
    claims: list[StoryClaimDict]
    commitments: list[StoryCommitmentDict]
    actors: list[ActorDict]


class DigestActorDict(TypedDict):
    name: str
    type: str
    stories: int


class FailureDict(TypedDict):
    source: str
    error: str


class DigestDict(TypedDict):
    schema: int
    generated: str
    title: str
    stories: list[StoryDict]
    actors: list[DigestActorDict]
    skipped: int
    failures: list[FailureDict]


def story_to_dict(story: Story) -> StoryDict:
    """One story of the digest (schema 2): an event, its sources, and what they say, each
    item with the source it comes from."""
    return {
        "headline": story.headline,
        "outlets": story.outlets,
        "score": story.score,
        "category": story.category,
        "sources": [_source(s) for s in story.sources],
        "summary": [
            {"text": s.item.text, "sentence": s.item.sentence, "source": one_line(s.source)} for s in story.summary
        ],
        "claims": [
            {"text": c.item.text, "sentence": c.item.sentence, "who": c.item.who, "source": one_line(c.source)}
            for c in story.claims[:STORY_CLAIMS]
        ],
        "commitments": [
            {
                "text": c.item.text,
                "sentence": c.item.sentence,
                "who": c.item.who,
                "what": c.item.what,
                "amount": c.item.amount,
                "deadline": c.item.deadline,
                "source": one_line(c.source),
            }
            for c in story.commitments[:STORY_COMMITMENTS]
        ],
        "actors": [_actor(a) for a in story.actors[:STORY_ACTORS]],
    }


def _source(s: StorySource) -> SourceDict:
    """A story's source, its names on one line (as every renderer prints them)."""
    name, outlet = one_line(s.name), one_line(s.outlet)
    return {"name": name, "outlet": outlet, "headline": s.headline, "link": _name(s.link), "date": _name(s.date)}


def digest_to_dict(digest: Digest) -> DigestDict:
    return {
        "schema": DIGEST_SCHEMA_VERSION,
        "generated": digest.generated,
        "title": title(digest),
        "stories": [story_to_dict(s) for s in digest.stories],
        "actors": [{"name": a.name, "type": a.type, "stories": a.stories} for a in digest.actors],
        "skipped": digest.skipped,
        "failures": [{"source": one_line(f.source), "error": one_line(f.error)} for f in digest.failures],
    }


def _name(value: str | None) -> str | None:
    return one_line(value) if value else value


def field_names() -> dict[str, list[str]]:
    """Every key of the wire form by object kind (for docs checks)."""
    kinds: dict[str, Any] = {
        "brief": BriefDict,
        "summary": ItemDict,
        "claims": ClaimDict,
        "commitments": CommitmentDict,
        "actors": ActorDict,
        "minor_actors": MinorActorDict,
        "quotes": QuoteDict,
        "digest": DigestDict,
        "story": StoryDict,
        "story source": SourceDict,
        "story summary": StoryItemDict,
        "story claims": StoryClaimDict,
        "story commitments": StoryCommitmentDict,
        "digest actor": DigestActorDict,
        "failure": FailureDict,
    }
    return {kind: list(cls.__annotations__) for kind, cls in kinds.items()}
