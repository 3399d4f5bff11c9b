"""A linear sequence tagger: shipped parameters, emission scores and decoding.

The parameters are a numpy ``.npz`` of plain arrays (never pickle, so loading
runs no code): feature and tag names as newline-joined UTF-8 byte arrays, a
float16 weight matrix (features x tags), a transition matrix, start scores and
a decoding beam. Emission scores are one vectorised sum over the sentence's
feature ids. Decoding is first-order Viterbi: over all tags with numpy when
there are few (9 name labels), or, for the 45 part-of-speech tags, over each
token's plausible tags only (within ``beam`` of its best emission score),
which on the development split gives the same tags several times faster.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

from .features import Featurizer


def _names(array: np.ndarray) -> list[str]:
    return bytes(array).decode("utf-8").split("\n")


def _encoded(names: list[str]) -> np.ndarray:
    return np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8)


@dataclass(frozen=True)
class Parameters:
    """What training produces and brief ships for one tagger."""

    tags: list[str]
    features: list[str]
    weights: np.ndarray  # features x tags
    transitions: np.ndarray  # tags x tags, from row to column
    start: np.ndarray  # tags
    beam: float = math.inf  # decode over tags within this of a token's best emission

    def save(self, target: Path | BinaryIO) -> None:
        """Write the shipped format: float16, compressed."""
        np.savez_compressed(
            target,
            tags=_encoded(self.tags),
            features=_encoded(self.features),
            weights=self.weights.astype(np.float16),
            transitions=self.transitions.astype(np.float16),
            start=self.start.astype(np.float16),
            beam=np.array(self.beam),
        )

    @classmethod
    def load(cls, source: Path | BinaryIO) -> Parameters:
        with np.load(source, allow_pickle=False) as raw:
            return cls(
                _names(raw["tags"]),
                _names(raw["features"]),
                raw["weights"].astype(np.float32),
                raw["transitions"].astype(np.float32),
                raw["start"].astype(np.float32),
                float(raw["beam"]),
            )


def viterbi(emissions: np.ndarray, transitions: np.ndarray, start: np.ndarray) -> list[int]:
    """Best tag index sequence under emission, transition and start scores."""
    n, size = emissions.shape
    back = np.empty((n, size), dtype=np.int64)
    columns = np.arange(size)
    score = start + emissions[0]
    for i in range(1, n):
        candidates = transitions + score[:, None]
        back[i] = best = candidates.argmax(axis=0)
        score = candidates[best, columns] + emissions[i]
    path = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return path[::-1]


def beam_viterbi(emissions: np.ndarray, transitions: list[list[float]], start: list[float], beam: float) -> list[int]:
    """Viterbi restricted to each token's tags scoring within ``beam`` of its best (most tokens keep one)."""
    rows, columns = np.nonzero(emissions >= emissions.max(axis=1, keepdims=True) - beam)
    layers: list[list[tuple[int, float]]] = [[] for _ in range(len(emissions))]
    for row, column, score in zip(rows.tolist(), columns.tolist(), emissions[rows, columns].tolist(), strict=True):
        layers[row].append((column, score))
    previous = [(tag, start[tag] + score) for tag, score in layers[0]]
    backs: list[list[int]] = []
    for layer in layers[1:]:
        current, back = [], []
        for tag, score in layer:
            best, best_score = 0, -math.inf
            for j, (before, total) in enumerate(previous):
                total += transitions[before][tag]
                if total > best_score:
                    best, best_score = j, total
            current.append((tag, best_score + score))
            back.append(best)
        backs.append(back)
        previous = current
    j = max(range(len(previous)), key=lambda k: previous[k][1])
    path = [previous[j][0]]
    for i in range(len(layers) - 1, 0, -1):
        j = backs[i - 1][j]
        path.append(layers[i - 1][j][0])
    return path[::-1]


class Tagger:
    """Tags one sentence's tokens; its weights are laid out on a (possibly shared) featurizer's vocabulary."""

    def __init__(self, params: Parameters, featurizer: Featurizer) -> None:
        vocabulary = featurizer.vocabulary
        self.weights = np.zeros((len(vocabulary), len(params.tags)), dtype=np.float32)
        self.weights[[vocabulary[name] for name in params.features]] = params.weights
        self.tags = params.tags
        self.featurizer = featurizer
        self.params = params
        self._transitions = params.transitions.tolist()
        self._start = params.start.tolist()

    def emissions(self, tokens: list[str]) -> np.ndarray:
        flat, starts = self.featurizer.sentence(tokens)
        return np.add.reduceat(self.weights.take(flat, axis=0), starts, axis=0)  # take: much faster than [flat]

    def decode(self, emissions: np.ndarray) -> list[int]:
        params = self.params
        if math.isinf(params.beam):
            return viterbi(emissions, params.transitions, params.start)
        return beam_viterbi(emissions, self._transitions, self._start, params.beam)

    def tag(self, tokens: list[str]) -> list[str]:
        if not tokens:
            return []
        tags = self.tags
        return [tags[i] for i in self.decode(self.emissions(tokens))]
