"""Fold near-duplicate articles (the same story from two outlets, a re-published copy).

Each article's body becomes a set of hashed 4-word shingles and a 64-number
MinHash signature. Locality-sensitive hashing (32 bands of 2 rows) proposes
pairs; a pair folds when the smaller article's shingles are mostly (CONTAINMENT)
in the larger one, so a copy with a new headline and trimmed paragraphs folds,
while two different stories about the same people do not. No n×n comparison.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

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


def shingles(text: str) -> frozenset[int]:
    """Hashed 4-word shingles of the lower-cased words (CRC-32: stable across runs)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return frozenset([zlib.crc32(" ".join(words).encode())]) if words else frozenset()
    return frozenset(zlib.crc32(" ".join(words[i : i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1))


def signature(hashed: frozenset[int]) -> np.ndarray:
    """The MinHash signature of a shingle set (64 unsigned integers)."""
    if not hashed:
        return np.full(PERMUTATIONS, np.iinfo(np.uint64).max, dtype=np.uint64)
    values = np.fromiter(hashed, dtype=np.uint64, count=len(hashed)) % np.uint64(_PRIME)
    return ((np.outer(_A, values) + _B[:, None]) % np.uint64(_PRIME)).min(axis=1)


def band_keys(sig: np.ndarray) -> list[str]:
    """One key per LSH band: articles sharing a key are candidates."""
    return [f"{b}:{sig[b * ROWS : (b + 1) * ROWS].tobytes().hex()}" for b in range(PERMUTATIONS // ROWS)]


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def is_near_duplicate(a: frozenset[int], b: frozenset[int]) -> bool:
    """The verification of a candidate pair: most of the smaller article is in the other."""
    return containment(a, b) >= CONTAINMENT


class Components:
    """Union-find over items 0..n-1: groups grow as pairs join, in any order, and the
    groups come out the same (each in index order, ordered by first member)."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def root(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.root(i), self.root(j)
        self.parent[max(a, b)] = min(a, b)

    def groups(self) -> list[list[int]]:
        groups: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            groups[self.root(i)].append(i)
        return sorted(groups.values(), key=lambda g: g[0])


def fold(shingle_sets: Sequence[frozenset[int]], signatures: Sequence[np.ndarray]) -> list[list[int]]:
    """Groups of near-duplicate articles (indices in input order), in order of first member."""
    parts = Components(len(shingle_sets))
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, sig in enumerate(signatures):
        for key in band_keys(sig):
            buckets[key].append(i)
    checked: set[tuple[int, int]] = set()
    for members in buckets.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if (i, j) in checked or parts.root(i) == parts.root(j):
                    continue
                checked.add((i, j))
                if is_near_duplicate(shingle_sets[i], shingle_sets[j]):
                    parts.join(i, j)
    return parts.groups()
