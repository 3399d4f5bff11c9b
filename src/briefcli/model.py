"""The frozen data model that flows from analysis to the renderers.

Every item that quotes the article carries ``sentence``: the index of the
article sentence it comes from, so a reader can check it against the source.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

ActorType = Literal["person", "organization", "place"]


@dataclass(frozen=True)
class Source:
    """An input turned into plain text, with what its format told about it."""

    name: str  # the path, URL or "<stdin>"
    text: str  # plain text: paragraphs separated by blank lines, headings on their own lines
    kind: str = "text"  # text | html | markdown | feed
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    link: str | None = None  # a feed item's address


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
    # the places of a wire dateline stripped from the first paragraph ("DENVER (AP) —" -> Denver)
    dateline: tuple[str, ...] = ()
    # the lines removed as page furniture: a photo caption may be the only place a person's full name is
    removed: tuple[str, ...] = ()


@dataclass(frozen=True)
class SummarySentence:
    sentence: int
    text: str


@dataclass(frozen=True)
class Claim:
    sentence: int
    text: str
    who: str
    in_summary: bool = False  # the sentence is also a summary sentence: views show it once


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
    salience: float = 0.0  # importance to the story in [0, 1] (extract/salience.py)


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
    actors: tuple[Actor, ...] = ()  # the actors that matter, most salient first
    quotes: tuple[Quote, ...] = ()
    minor_actors: tuple[Actor, ...] = ()  # names mentioned only in passing
    algorithm: str = "brief"
    sentence_count: int = 0
    byline: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class StorySource:
    """One article that reported a story: where it came from."""

    name: str  # path, URL or feed name
    headline: str
    link: str | None = None
    date: str | None = None
    outlet: str = ""  # the site (link host), the feed's title, or the file name


T = TypeVar("T")


@dataclass(frozen=True)
class Sourced(Generic[T]):
    """An item of one source's brief inside a story; ``source`` is that StorySource's name,
    and the item's ``sentence`` is the sentence number in that source."""

    item: T
    source: str


@dataclass(frozen=True)
class Story:
    """One story of a digest: every article that reported one event, told once."""

    headline: str
    sources: tuple[StorySource, ...]
    summary: tuple[Sourced[SummarySentence], ...]
    claims: tuple[Sourced[Claim], ...] = ()
    commitments: tuple[Sourced[Commitment], ...] = ()
    actors: tuple[Actor, ...] = ()
    outlets: int = 1  # distinct outlets among the sources: how widely it is covered
    score: float = 0.0  # importance: outlets, then recency and actor centrality (fractions)
    category: str | None = None  # the feeds' category, when they give one


@dataclass(frozen=True)
class DigestActor:
    name: str
    type: ActorType
    stories: int  # in how many stories the actor appears


@dataclass(frozen=True)
class Failure:
    source: str
    error: str  # what went wrong, without the source's name (stderr shows "source: error")
    code: int = 1  # the exit code this failure alone would end with

    @classmethod
    def of(cls, source: str, message: str, code: int) -> Failure:
        """A failure from an error message that may begin with "source: " (said once)."""
        return cls(source, message.removeprefix(f"{source}: "), code)

    @property
    def line(self) -> str:
        """The one line printed on stderr."""
        return f"{self.source}: {self.error}"


@dataclass(frozen=True)
class Digest:
    """Many articles boiled down: stories by importance, actors across stories, failures."""

    generated: str  # ISO 8601, UTC
    stories: tuple[Story, ...]
    actors: tuple[DigestActor, ...]
    failures: tuple[Failure, ...] = ()
    skipped: int = 0  # articles left out as already seen (--new-only) or too old (--since)
