"""One story from every article that reported an event, told once.

The summary takes the most central sentences across the sources' own summaries (each
sentence's words against the words of all the others: what most outlets say), skips a
sentence that repeats one already taken, and keeps each sentence verbatim with its
source and sentence number. Commitments and claims are merged the same way; actors
are counted across sources. Near-copies of one article (folded before) say the same
thing: their lead speaks for them. A story from a single article, or from copies of one,
is the lead's brief, less the claims its summary already says.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

import numpy as np

from ..model import Actor, Brief, Claim, Commitment, Sourced, Story, StorySource, SummarySentence
from ..text import words
from .features import Features

SAME_SENTENCE = 0.4  # share of the shorter sentence's words at which two say the same thing


@dataclass(frozen=True)
class Member:
    """What a digest keeps of every article once it is briefed, and no more: memory grows
    with the stories kept, not with every brief held at once. Its source (name, headline,
    link, date, outlet), its fingerprints for --new-only (text hash, MinHash signature), its
    event features for clustering, when it was published, its length (the fullest of a
    near-copy group leads it) and its feed category. What it says is a ``Told``, kept for
    the lead of each near-copy group only (build.Gathered)."""

    source: StorySource
    fingerprint: str
    signature: np.ndarray
    features: Features | None
    published: float | None
    sentence_count: int
    category: str | None = None


@dataclass(frozen=True)
class Told:
    """What one article says, as far as a story needs it: its headline, its candidate
    summary sentences (each with its sentence number in the article), claims,
    commitments and actors; not the rest of its brief."""

    source: str  # the StorySource name the items are traced to
    headline: str
    summary: tuple[SummarySentence, ...]
    claims: tuple[Claim, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    actors: tuple[Actor, ...] = ()

    @classmethod
    def of(cls, brief: Brief) -> Told:
        return cls(brief.source, brief.headline, brief.summary, brief.claims, brief.commitments, brief.actors)


def outlet_of(link: str | None, feed: str | None, name: str) -> str:
    """Who published it: the link's host (without "www."), else the feed, else the file."""
    host = urlsplit(link).hostname if link else None
    if host:
        return host.removeprefix("www.")
    return feed or name.replace("\\", "/").rsplit("/", 1)[-1]


class Terms:
    """Stemmed content words of a text (stop words left out)."""

    def __init__(self, stem: Callable[[str], str], stop_words: frozenset[str]):
        self.stem, self.stop_words = lru_cache(maxsize=None)(stem), stop_words  # a day's words repeat

    def __call__(self, text: str) -> frozenset[str]:
        return frozenset(self.stem(w) for w in (t.lower() for t in words(text)) if w not in self.stop_words)


def story_terms() -> Terms:
    from ..rank import stemmer, stop_words

    return Terms(stemmer(), stop_words())


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared words over the shorter sentence's: two outlets' rewordings of one fact share
    its names and key words, whatever else each adds."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _central(texts: Sequence[frozenset[str]]) -> list[float]:
    """Each text's share of words also used by the other texts (leave-one-out centroid)."""
    counts: Counter[str] = Counter()
    for t in texts:
        counts.update(t)
    return [sum(counts[w] - 1 for w in t) / (len(t) ** 0.5 * max(1, len(texts) - 1)) if t else 0.0 for t in texts]


def _distinct(
    ranked: Sequence[tuple[frozenset[str], object]], limit: int | None = None, told: Sequence[frozenset[str]] = ()
) -> list:
    """Items in rank order, skipping any whose words repeat an item already kept or a
    sentence already ``told`` (a claim that is also a summary sentence is said once)."""
    kept: list[tuple[frozenset[str], object]] = []
    for terms, item in ranked:
        if all(_overlap(terms, other) < SAME_SENTENCE for other in [*told, *(k for k, _ in kept)]):
            kept.append((terms, item))
        if limit is not None and len(kept) == limit:
            break
    return [item for _, item in kept]


def _merge_actors(briefs: Sequence[Told]) -> tuple[Actor, ...]:
    """Actors across sources: in most sources first, then most mentioned."""
    first: dict[str, Actor] = {}
    mentions: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    for brief in briefs:
        for actor in brief.actors:
            first.setdefault(actor.name, actor)
            mentions[actor.name] += actor.mentions
            sources[actor.name] += 1
    order = sorted(first, key=lambda n: (-sources[n], -mentions[n], n))
    return tuple(
        Actor(n, first[n].type, first[n].role, mentions[n], first[n].sentence, first[n].aliases) for n in order
    )


def make_story(members: Sequence[Member], told: Sequence[Told], terms: Terms) -> Story:
    """The story of one event from its articles (in input order) and what the leads of its
    near-copy groups say (``told``, in the same order); ``score`` is set later."""
    sources = tuple(m.source for m in members)
    categories = Counter(m.category for m in members if m.category)
    category = min(categories, key=lambda c: (-categories[c], c)) if categories else None
    outlets = len({m.source.outlet for m in members})
    briefs = list(told)
    if len(briefs) == 1:
        brief = briefs[0]
        name = brief.source
        said = {s.sentence for s in brief.summary}  # a claim that is a summary sentence is said once
        return Story(
            headline=brief.headline,
            sources=sources,
            summary=tuple(Sourced(s, name) for s in brief.summary),
            claims=tuple(Sourced(c, name) for c in brief.claims if c.sentence not in said),
            commitments=tuple(Sourced(c, name) for c in brief.commitments),
            actors=brief.actors,
            outlets=outlets,
            category=category,
        )
    sentences = [(Sourced(s, b.source), terms(s.text)) for b in briefs for s in b.summary]
    heads = [terms(b.headline) for b in briefs]
    centrality = _central([t for _, t in sentences] + heads)
    head_score = centrality[len(sentences) :]
    headline = briefs[max(range(len(briefs)), key=lambda k: (head_score[k], -k))].headline
    order = sorted(range(len(sentences)), key=lambda k: (-centrality[k], k))
    length = max(len(b.summary) for b in briefs)
    summary = _distinct([(sentences[k][1], sentences[k][0]) for k in order], length)
    told = [terms(s.item.text) for s in summary]
    claims = _distinct([(terms(c.text), Sourced(c, b.source)) for b in briefs for c in b.claims], told=told)
    commitments = _distinct([(terms(c.text), Sourced(c, b.source)) for b in briefs for c in b.commitments])
    return Story(
        headline=headline,
        sources=sources,
        summary=tuple(summary),
        claims=tuple(claims),
        commitments=tuple(commitments),
        actors=_merge_actors(briefs),
        outlets=outlets,
        category=category,
    )
