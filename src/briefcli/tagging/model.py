"""A linear sequence tagger: shipped weights, emission scores and Viterbi decoding.

The parameters are a numpy ``.npz`` of plain arrays (never pickle, so loading
runs no code): the feature names as one newline-joined UTF-8 byte array, the
tag names likewise, a float16 weight matrix (features x tags), a transition
matrix and start scores. Emission scores are one vectorised sum over the
sentence's feature ids; first-order Viterbi then needs a loop over tokens on
tag-by-tag matrices only (9 tags for names, 45 for parts of speech).
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import numpy as np

from .features import Featurizer


def _names(array: np.ndarray) -> list[str]:
    return bytes(array).decode("utf-8").split("\n")


def _encoded(names: list[str]) -> np.ndarray:
    return np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8)


def viterbi(emissions: np.ndarray, transitions: np.ndarray, start: np.ndarray) -> np.ndarray:
    """Best tag index sequence under emission, transition (from x to) and start scores."""
    n, size = emissions.shape
    back = np.empty((n, size), dtype=np.int64)
    score = start + emissions[0]
    for i in range(1, n):
        candidates = score[:, None] + transitions
        back[i] = best = candidates.argmax(axis=0)
        score = candidates[best, np.arange(size)] + emissions[i]
    path = np.empty(n, dtype=np.int64)
    path[-1] = int(score.argmax())
    for i in range(n - 1, 0, -1):
        path[i - 1] = back[i, path[i]]
    return path


class Tagger:
    """Tags one sentence's tokens with the shipped (or just-trained) parameters."""

    def __init__(
        self,
        tags: list[str],
        features: list[str],
        weights: np.ndarray,
        transitions: np.ndarray,
        start: np.ndarray,
    ) -> None:
        self.tags = tags
        self.weights = weights.astype(np.float32)
        self.transitions = transitions.astype(np.float32)
        self.start = start.astype(np.float32)
        self.featurizer = Featurizer({name: i for i, name in enumerate(features)})

    def tag(self, tokens: list[str]) -> list[str]:
        if not tokens:
            return []
        flat, starts = self.featurizer.sentence(tokens)
        emissions = np.add.reduceat(self.weights[flat], starts, axis=0)
        tags = self.tags
        return [tags[i] for i in viterbi(emissions, self.transitions, self.start)]


def save(
    target: Path | BinaryIO,
    tags: list[str],
    features: list[str],
    weights: np.ndarray,
    transitions: np.ndarray,
    start: np.ndarray,
) -> None:
    """Write parameters in the shipped format (float16 weights, compressed)."""
    np.savez_compressed(
        target,
        tags=_encoded(tags),
        features=_encoded(features),
        weights=weights.astype(np.float16),
        transitions=transitions.astype(np.float16),
        start=start.astype(np.float16),
    )


def load(source: Path | BinaryIO) -> Tagger:
    with np.load(source, allow_pickle=False) as raw:
        return Tagger(
            _names(raw["tags"]), _names(raw["features"]), raw["weights"], raw["transitions"], raw["start"]
        )
