"""The frozen data model that flows from analysis to the renderers.

Every item that quotes the article carries ``sentence``: the index of the
article sentence it comes from, so a reader can check it against the source.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ActorType = Literal["person", "organization", "place"]


@dataclass(frozen=True)
class Source:
    """An input turned into plain text, with what its format told about it."""

    name: str  # the path, URL or "<stdin>"
    text: str  # plain text: paragraphs separated by blank lines, headings on their own lines
    kind: str = "text"  # text | html | markdown
    title: str | None = None
    byline: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Sentence:
    """One article sentence, verbatim, with its place in the cleaned text."""

    index: int
    text: str
    paragraph: int
    start: int  # character offset into the cleaned article text
    speaker: str | None = None  # set when a block quote's attribution line names one


@dataclass(frozen=True)
class Article:
    """A cleaned article: title, body paragraphs and the noise that was removed."""

    source: str
    text: str  # the cleaned body; sentence offsets point into it
    title: str | None
    paragraphs: tuple[str, ...]
    subheadings: tuple[str, ...] = ()
    # one entry per paragraph: the speaker named by a trailing attribution line
    attributions: tuple[str | None, ...] = ()
    byline: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class SummarySentence:
    sentence: int
    text: str


@dataclass(frozen=True)
class Claim:
    sentence: int
    text: str
    who: str


@dataclass(frozen=True)
class Commitment:
    sentence: int
    text: str
    who: str
    what: str
    amount: str | None = None
    deadline: str | None = None


@dataclass(frozen=True)
class Actor:
    name: str
    type: ActorType
    role: str | None
    mentions: int
    sentence: int  # first mention
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Quote:
    sentence: int
    text: str
    speaker: str | None


@dataclass(frozen=True)
class Brief:
    """Everything a renderer needs; renderers never analyse further."""

    source: str
    headline: str
    summary: tuple[SummarySentence, ...]
    claims: tuple[Claim, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    algorithm: str = "brief"
    sentence_count: int = 0
    byline: str | None = None
    date: str | None = None
