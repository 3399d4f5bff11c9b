"""The JSON wire form of a Brief, defined once (documented in the README, checked by a test)."""

from __future__ import annotations

from typing import Any, TypedDict

from ..model import Brief

SCHEMA_VERSION = 1


class ItemDict(TypedDict):
    text: str
    sentence: int


class ClaimDict(ItemDict):
    who: str


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
    quotes: list[QuoteDict]


def to_dict(brief: Brief) -> BriefDict:
    """The Brief as plain JSON-ready data; key order is part of the stable layout."""
    return {
        "schema": SCHEMA_VERSION,
        "source": brief.source,
        "headline": brief.headline,
        "byline": brief.byline,
        "date": brief.date,
        "algorithm": brief.algorithm,
        "sentences": brief.sentence_count,
        "summary": [{"text": s.text, "sentence": s.sentence} for s in brief.summary],
        "claims": [{"text": c.text, "sentence": c.sentence, "who": c.who} for c in brief.claims],
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
            }
            for a in brief.actors
        ],
        "quotes": [{"text": q.text, "sentence": q.sentence, "speaker": q.speaker} for q in brief.quotes],
    }


def field_names() -> dict[str, list[str]]:
    """Every key of the wire form by object kind (for docs checks)."""
    kinds: dict[str, Any] = {
        "brief": BriefDict,
        "summary": ItemDict,
        "claims": ClaimDict,
        "commitments": CommitmentDict,
        "actors": ActorDict,
        "quotes": QuoteDict,
    }
    return {kind: list(cls.__annotations__) for kind, cls in kinds.items()}
