"""Fold near-duplicate articles (the same story from two outlets, a re-published copy).

Each article's body becomes a set of hashed 4-word shingles and a 64-number
MinHash signature. Locality-sensitive hashing (32 bands of 2 rows) proposes
pairs; a pair folds when the smaller article's shingles are mostly (CONTAINMENT)
in the larger one, so a copy with a new headline and trimmed paragraphs folds,
while two different stories about the same people do not. No n×n comparison, and
articles are folded as they arrive (``Folder``).
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from ..limits import FOLD_BUCKET_SIZE, FOLD_PER_STORY

SHINGLE = 4
PERMUTATIONS = 64
ROWS = 2  # rows per LSH band
CONTAINMENT = 0.5  # share of the smaller article's shingles found in the other
SIMILAR_SIGNATURE = 0.3  # estimated Jaccard at which a stored article counts as the same
_PRIME = (1 << 31) - 1  # a Mersenne prime: (a * x) stays below 2**62, inside uint64
_rng = np.random.default_rng(20261128)  # fixed: signatures must be the same on every machine
_A = _rng.integers(1, _PRIME, PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, PERMUTATIONS, dtype=np.uint64)
_WORD = re.compile(r"[^\W_]+")


def shingles(text: str) -> np.ndarray:
    """Hashed 4-word shingles of the lower-cased words (CRC-32: stable across runs), as a
    sorted array of distinct uint32: 4 bytes a shingle, where a set of ints takes ~60."""
    words = _WORD.findall(text.lower())
    grams = [" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))] if words else []
    return np.unique(np.fromiter((zlib.crc32(g.encode()) for g in grams), dtype=np.uint32, count=len(grams)))


def signature(hashed: np.ndarray) -> np.ndarray:
    """The MinHash signature of a shingle set (64 unsigned integers)."""
    if not len(hashed):
        return np.full(PERMUTATIONS, np.iinfo(np.uint64).max, dtype=np.uint64)
    values = hashed.astype(np.uint64) % np.uint64(_PRIME)
    return ((np.outer(_A, values) + _B[:, None]) % np.uint64(_PRIME)).min(axis=1)


def band_keys(sig: np.ndarray) -> list[str]:
    """One key per LSH band: articles sharing a key are candidates."""
    return [f"{b}:{sig[b * ROWS : (b + 1) * ROWS].tobytes().hex()}" for b in range(PERMUTATIONS // ROWS)]


def _bucket_numbers(sig: np.ndarray) -> list[int]:
    """The LSH bands of a signature as small numbers (the in-memory twin of band_keys)."""
    bands = PERMUTATIONS // ROWS
    return [int.from_bytes(sig[b * ROWS : (b + 1) * ROWS].tobytes(), "little") * bands + b for b in range(bands)]


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))


def containments(hashed: np.ndarray, others: Sequence[np.ndarray]) -> np.ndarray:
    """For each of ``others``: the share of the smaller set's shingles found in the other
    set (one vectorised pass over all of them)."""
    lengths = np.array([len(o) for o in others])
    hits = np.isin(np.concatenate(others), hashed)
    shared = np.add.reduceat(hits, np.concatenate(([0], np.cumsum(lengths)[:-1]))) if hits.size else lengths * 0
    return shared / np.maximum(1, np.minimum(lengths, len(hashed)))


def is_near_duplicate(a: np.ndarray, b: np.ndarray) -> bool:
    """The verification of a candidate pair: most of the smaller article is in the other."""
    return bool(len(a) and len(b) and containments(a, [b])[0] >= CONTAINMENT)


class Components:
    """Union-find over items 0..n-1 (``add`` makes one more): groups grow as pairs join,
    in any order, and the groups come out the same (each in index order, ordered by first
    member; a group's root is its first member)."""

    def __init__(self, n: int = 0):
        self.parent = list(range(n))

    def __len__(self) -> int:
        return len(self.parent)

    def add(self) -> int:
        i = len(self.parent)
        self.parent.append(i)
        return i

    def root(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> int:
        """Join the groups of i and j; the root of the group they make."""
        a, b = self.root(i), self.root(j)
        self.parent[max(a, b)] = min(a, b)
        return min(a, b)

    def groups(self) -> list[list[int]]:
        groups: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            groups[self.root(i)].append(i)
        return sorted(groups.values(), key=lambda g: g[0])


class Folder:
    """Near-duplicate groups, grown one article at a time, so a digest need not hold every
    article at once. An LSH bucket keeps at most FOLD_PER_STORY members of a group and
    FOLD_BUCKET_SIZE in all as candidates for later articles (near-duplicates of one another
    stand in for each other), so a thousand copies of one story, or of one template, cost
    linear time and memory instead of a comparison of every pair."""

    def __init__(self) -> None:
        self.parts = Components()
        self.shingles: list[np.ndarray] = []
        self.buckets: dict[int, list[int]] = defaultdict(list)

    def root(self, i: int) -> int:
        return self.parts.root(i)

    def add(self, hashed: np.ndarray, sig: np.ndarray) -> set[int]:
        """Add the next article; the roots of the groups it joined (its own index included)."""
        i = self.parts.add()
        self.shingles.append(hashed)
        keys = _bucket_numbers(sig)
        candidates = [j for j in sorted({j for key in keys for j in self.buckets[key]}) if len(self.shingles[j])]
        joined = {i}
        if candidates and len(hashed):
            shares = containments(hashed, [self.shingles[j] for j in candidates])
            for k in np.flatnonzero(shares >= CONTAINMENT):
                a, b = self.root(i), self.root(candidates[k])
                if a != b:
                    joined.add(b)
                    self.parts.join(a, b)
        group = self.root(i)
        for key in keys:
            members = self.buckets[key]
            if len(members) < FOLD_BUCKET_SIZE and sum(self.root(j) == group for j in members) < FOLD_PER_STORY:
                members.append(i)
        return joined

    def groups(self) -> list[list[int]]:
        """The groups (indices in input order), in order of first member."""
        return self.parts.groups()
