"""Build the shipped word classes (src/briefcli/data/word_classes.npz) from unlabeled news text.

A name tagger trained on one corpus meets, in use, mostly names it never saw.
Word classes learned from other text let it generalise: "Gazprom" shares a
class with "Shell" because both sit between the same words. Each word's left
and right neighbours are counted (among the most frequent words), the counts
are damped and reduced to a few dimensions with a randomised SVD, and k-means
groups the words at several granularities (coarse to fine, like Brown-cluster
prefixes). A last column says how often the word is written with a capital
inside a sentence (never, rarely, often, almost always), which tells a name
from a common word where case says nothing: sentence starts and ALL-CAPS
headlines. Only this word -> class table is shipped, never the text.

The corpus is the BBC news set of Greene & Cunningham (2006): 2,225 articles
from 2004-05, one .txt file each in topic folders (``bbc/business/001.txt``).

Usage: python scripts/build_clusters.py BBC_DIR
"""

from __future__ import annotations

import argparse
import itertools
import re
import time
from collections import Counter
from pathlib import Path

import numpy as np

from briefcli.tagging.features import CLASSES_FILE, normal_form

DATA = Path(__file__).resolve().parent.parent / "src" / "briefcli" / "data"
MIN_COUNT = 3  # words rarer than this get no class
CONTEXTS = 2000  # most frequent words counted as neighbours
DIMENSIONS = 60
GRANULARITIES = (32, 128, 512)  # classes at each level, coarse to fine
ITERATIONS = 25
# Words as CoNLL-2003 tokenises them: clitics and punctuation apart, U.S. and 1.13 whole.
TOKEN = re.compile(r"[A-Z](?:\.[A-Z])+\.|[^\W_]+(?:[-.&][^\W_]+)*|'s|\S")


CAPITAL_SHARES = (0.05, 0.5, 0.95)  # bounds of the capitalisation buckets 1-4 (0: seen too rarely)
SENTENCE_ENDS = {".", "?", "!", ":", '"', "'"}


def sentences(corpus: Path) -> list[list[str]]:
    """Each non-empty line of every article as tokens."""
    out = []
    for path in sorted(corpus.glob("*/*.txt")):
        for line in path.read_text("utf-8", errors="replace").splitlines():
            tokens = TOKEN.findall(line)
            if tokens:
                out.append(tokens)
    return out


def capitalisation(lines: list[list[str]], words: list[str]) -> np.ndarray:
    """Bucket of each word's share of capitalised uses where a capital is not forced (mid-sentence)."""
    upper, lower = Counter(), Counter()
    for tokens in lines:
        for before, token in itertools.pairwise(tokens):
            if before not in SENTENCE_ENDS and token[:1].isalpha():
                (upper if token[:1].isupper() else lower)[normal_form(token)] += 1
    buckets = np.zeros(len(words), dtype=np.uint16)
    for i, word in enumerate(words):
        seen = upper[word] + lower[word]
        if seen >= MIN_COUNT:
            buckets[i] = 1 + np.searchsorted(CAPITAL_SHARES, upper[word] / seen)
    return buckets


def embed(lines: list[list[str]], words: list[str]) -> np.ndarray:
    """Unit-length vectors of the words from their damped left and right neighbour counts."""
    index = {w: i for i, w in enumerate(words)}
    contexts = {w: i for i, w in enumerate(words[:CONTEXTS])}
    counts = np.zeros((len(words), 2 * CONTEXTS), dtype=np.float32)
    rows, cols = [], []
    for tokens in lines:
        padded = ["<s>", *tokens, "</s>"]
        for i in range(1, len(padded) - 1):
            row = index.get(padded[i])
            if row is None:
                continue
            for side, neighbour in ((0, padded[i - 1]), (CONTEXTS, padded[i + 1])):
                col = contexts.get(neighbour)
                if col is not None:
                    rows.append(row)
                    cols.append(side + col)
    np.add.at(counts, (np.array(rows), np.array(cols)), 1.0)
    counts = np.sqrt(counts / np.maximum(counts.sum(axis=1, keepdims=True), 1.0))  # Hellinger
    counts -= counts.mean(axis=0)
    rng = np.random.default_rng(0)
    basis, _ = np.linalg.qr(counts @ (counts.T @ (counts @ rng.standard_normal((counts.shape[1], DIMENSIONS + 20)))))
    u, s, _ = np.linalg.svd(basis.T @ counts, full_matrices=False)
    vectors = (basis @ u[:, :DIMENSIONS]) * s[:DIMENSIONS]
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


def kmeans(vectors: np.ndarray, k: int) -> np.ndarray:
    """Cluster index of each (unit) vector, spherical k-means from a seeded start."""
    rng = np.random.default_rng(k)
    centres = vectors[rng.choice(len(vectors), k, replace=False)]
    for _ in range(ITERATIONS):
        assignment = (vectors @ centres.T).argmax(axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, assignment, vectors)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        centres = np.where(norms > 0, sums / np.maximum(norms, 1e-9), centres)
    return (vectors @ centres.T).argmax(axis=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="directory of the BBC set (topic folders of .txt articles)")
    args = parser.parse_args()
    started = time.perf_counter()
    raw = sentences(args.corpus)
    if not raw:
        raise SystemExit(f"no articles found under {args.corpus}")
    lines = [[normal_form(t) for t in tokens] for tokens in raw]
    frequency = Counter(t for tokens in lines for t in tokens)
    words = sorted((w for w, c in frequency.items() if c >= MIN_COUNT), key=lambda w: (-frequency[w], w))
    vectors = embed(lines, words)
    columns = [kmeans(vectors, k) for k in GRANULARITIES] + [capitalisation(raw, words)]
    classes = np.stack(columns, axis=1).astype(np.uint16)
    out = DATA / CLASSES_FILE
    np.savez_compressed(
        out,
        words=np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8),
        classes=classes,
    )
    print(
        f"{sum(map(len, lines)):,} tokens, {len(words):,} words with classes at {GRANULARITIES} and capitalisation; "
        f"wrote {out.name} ({out.stat().st_size / 1e6:.2f} MB) in {time.perf_counter() - started:.0f} s"
    )


if __name__ == "__main__":
    main()
