"""The JSON wire form of a Brief, defined once (documented in the README, checked by a test)."""

from __future__ import annotations

from typing import Any, TypedDict

from ..model import Brief, Digest, Story
from ..safe_text import one_line

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
        "actors": [
            {
                "name": a.name,
                "type": a.type,
                "role": a.role,
                "mentions": a.mentions,
                "aliases": list(a.aliases),
                "sentence": a.sentence,
                "salience": a.salience,
            }
            for a in brief.actors
        ],
        "minor_actors": [
            {"name": a.name, "type": a.type, "mentions": a.mentions, "sentence": a.sentence} for a in brief.minor_actors
        ],
        "quotes": [{"text": q.text, "sentence": q.sentence, "speaker": q.speaker} for q in brief.quotes],
    }


DIGEST_SCHEMA_VERSION = 1
STORY_COMMITMENTS = 3
STORY_ACTORS = 6


class SourceDict(TypedDict):
    name: str
    headline: str
    link: str | None
    date: str | None


class StoryDict(TypedDict):
    headline: str
    score: float
    sources: list[SourceDict]
    summary: list[ItemDict]
    commitments: list[CommitmentDict]
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
    stories: list[StoryDict]
    actors: list[DigestActorDict]
    skipped: int
    failures: list[FailureDict]


def story_to_dict(story: Story) -> StoryDict:
    brief = to_dict(story.brief)
    return {
        "headline": story.headline,
        "score": story.score,
        "sources": [
            {"name": one_line(s.name), "headline": s.headline, "link": _name(s.link), "date": _name(s.date)}
            for s in story.sources
        ],
        "summary": brief["summary"],
        "commitments": brief["commitments"][:STORY_COMMITMENTS],
        "actors": brief["actors"][:STORY_ACTORS],
    }


def digest_to_dict(digest: Digest) -> DigestDict:
    return {
        "schema": DIGEST_SCHEMA_VERSION,
        "generated": digest.generated,
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
        "digest actor": DigestActorDict,
        "failure": FailureDict,
    }
    return {kind: list(cls.__annotations__) for kind, cls in kinds.items()}
