"""Fold articles that report the same event into one story, whatever their wording.

Candidate generation, then verification, so no n×n comparison: each article's most
distinctive title-and-lead terms (TF-IDF over the day's articles) and its actor names
go into an inverted index; two articles sharing at least MIN_SHARED keys are
candidates. A candidate pair is verified by a combined similarity (lead cosine, shared
names, shared figures; different years halve it) and by publication time (a window).
Clusters then join by average linkage over the verified pairs, best first, so one
loose pair cannot chain two events into one; two lone articles need a closer match, or
a third article close to both, since a follow-up on the same topic reads much like a
second outlet on the same event.
Everything is ordered by index on ties: the same input gives the same stories.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from ..limits import CLUSTER_MAX_POSTING as MAX_POSTING  # a key in that many articles tells no event
from .features import Features

KEYS = 20  # distinctive terms per article in the inverted index
MIN_SHARED = 2  # keys two articles must share to be compared at all
W_COSINE, W_NAMES, W_FIGURES = 0.7, 0.2, 0.1
YEARS_DIFFER = 0.5  # factor on the similarity when both give years and none is shared


@dataclass(frozen=True)
class Clustering:
    """How strict the event clustering is (chosen on the dev set; see the README)."""

    threshold: float = 0.16  # mean combined similarity at which two clusters report one event
    pair: float = 0.4  # similarity two lone articles need when no third report corroborates them
    window: float = 4 * 86400.0  # seconds: articles further apart in time are different events


DEFAULT = Clustering()
Vector = dict[str, float]


def vectors(features: Sequence[Features]) -> list[Vector]:
    """Unit TF-IDF vectors of title and lead terms, IDF from these articles."""
    df: Counter[str] = Counter()
    for f in features:
        df.update(f.terms.keys())
    n = len(features)
    out = []
    for f in features:
        weights = {t: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[t])) + 1) for t, c in f.terms.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        out.append({t: w / norm for t, w in weights.items()})
    return out


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def similarity(a: Features, b: Features, va: Vector, vb: Vector) -> float:
    """Combined similarity of two articles' event features (0 to 1)."""
    score = (
        W_COSINE * cosine(va, vb) + W_NAMES * _jaccard(a.names, b.names) + W_FIGURES * _jaccard(a.figures, b.figures)
    )
    if a.years and b.years and not a.years & b.years:
        score *= YEARS_DIFFER
    return score


def candidates(features: Sequence[Features], vecs: Sequence[Vector]) -> list[tuple[int, int]]:
    """Pairs of articles sharing at least MIN_SHARED index keys, in index order."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, (f, v) in enumerate(zip(features, vecs, strict=True)):
        top = sorted(v, key=lambda t: (-v[t], t))[:KEYS]
        for key in [f"t:{t}" for t in top] + [f"n:{name}" for name in sorted(f.names)]:
            postings[key].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for members in postings.values():
        if len(members) <= MAX_POSTING:
            shared.update(combinations(members, 2))
    return sorted(pair for pair, count in shared.items() if count >= MIN_SHARED)


def cluster(
    groups: Sequence[Sequence[int]],
    features: Sequence[Features],
    when: Sequence[float | None],
    settings: Clustering = DEFAULT,
) -> list[list[int]]:
    """Events: ``groups`` (near-copies, already one story each) joined when they report
    the same event. Returns lists of article indices, in order of first member.

    Average linkage over the verified pairs (a pair never compared counts as 0): two
    clusters join while the mean similarity between their articles reaches the
    threshold, best pair first. One close pair cannot chain two events together. Two
    lone reports need the stricter ``pair`` similarity, or a third report close to both:
    a follow-up on the same topic (the ban, then the appeal) reads much like a second
    outlet on the same event, and only a third report that agrees with both tells them
    apart."""
    vecs = vectors(features)
    owner = list(range(len(features)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(features))}
    units = dict.fromkeys(members, 1)  # reports in a cluster (near-copies count once)
    for group in groups:
        for i in group[1:]:
            members[group[0]] += members.pop(i)
            owner[i] = group[0]
            units.pop(i)
    links: dict[tuple[int, int], float] = defaultdict(float)
    for i, j in candidates(features, vecs):
        if when[i] is not None and when[j] is not None and abs(when[i] - when[j]) > settings.window:
            continue
        a, b = sorted((owner[i], owner[j]))
        if a != b:
            links[(a, b)] += similarity(features[i], features[j], vecs[i], vecs[j])
    neighbours: dict[int, set[int]] = defaultdict(set)
    for a, b in links:
        neighbours[a].add(b)
        neighbours[b].add(a)

    def mean(a: int, b: int) -> float:
        return links[(a, b)] / (len(members[a]) * len(members[b]))

    def corroborated(a: int, b: int) -> bool:
        """A third cluster close enough to both says they report its event too."""
        return any(
            mean(min(a, c), max(a, c)) >= settings.threshold and mean(min(b, c), max(b, c)) >= settings.threshold
            for c in neighbours[a] & neighbours[b]
        )

    heap = [(-mean(a, b), a, b) for a, b in links]
    heapq.heapify(heap)
    while heap:
        score, a, b = heapq.heappop(heap)
        if -score < settings.threshold:
            break
        if a not in members or b not in members or (a, b) not in links or -score != mean(a, b):
            continue  # stale: one side has joined another cluster since
        if units[a] == units[b] == 1 and -score < settings.pair and not corroborated(a, b):
            continue  # two lone reports: only a close match, or a third report, makes one event
        members[a] += members.pop(b)
        units[a] += units.pop(b)
        del links[(a, b)]
        neighbours[a].discard(b)
        for c in sorted(neighbours.pop(b) - {a}):
            neighbours[c].discard(b)
            links[(min(a, c), max(a, c))] += links.pop((min(b, c), max(b, c)))
            neighbours[a].add(c)
            neighbours[c].add(a)
        for c in sorted(neighbours[a]):
            x, y = min(a, c), max(a, c)
            heapq.heappush(heap, (-mean(x, y), x, y))
    return sorted((sorted(m) for m in members.values()), key=lambda g: g[0])
