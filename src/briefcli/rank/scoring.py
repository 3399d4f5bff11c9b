"""brief's sentence scoring: the numbers behind its ranker (``ranker.BriefSummarizer``).

Graph centrality scored in time linear in the text's length: sentences are
TF-IDF vectors, and a sentence's centrality (its weighted degree, the sum of
its cosine similarities to all others) is its dot product with the sum of
all vectors, so no n×n matrix is ever built. Overlap with the title and a
mild lead bias are added; fragments (captions, datelines, one-word lines) are
penalised, and a redundancy check (MMR) keeps near-duplicates out.

Directed (PACSUM-style) centrality that favours sentences later ones
elaborate was measured too; on news with summaries of about 40% of the
sentences the undirected degree scored higher, so brief uses that.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

# Weights of the score's parts; chosen for news in general, not per data set.
TITLE_WEIGHT = 0.35
LEAD_WEIGHT = 0.15
LEAD_SPAN = 5.0  # sentences over which the lead bias halves
MIN_WORDS = 6  # shorter sentences are fragments, headings or captions
REDUNDANCY = 1.0  # MMR: weight of similarity to an already chosen sentence
DUPLICATE = 0.75  # cosine above which a sentence repeats a chosen one
CANDIDATE_FACTOR = 4  # MMR looks at this many candidates per sentence wanted
MMR_LIMIT = 300  # longer summaries skip MMR (its cost grows with the square of their length)


class SparseRows:
    """L2-normalised TF-IDF rows in CSR form, built with numpy only."""

    def __init__(self, docs: Sequence[Sequence[int]], vocabulary_size: int):
        self.n = len(docs)
        lengths = np.fromiter((len(d) for d in docs), dtype=np.int64, count=self.n)
        self.indptr = np.concatenate(([0], np.cumsum(lengths)))
        terms = np.fromiter((t for d in docs for t in d), dtype=np.int64, count=int(self.indptr[-1]))
        rows = np.repeat(np.arange(self.n), lengths)
        # Unique (row, term) pairs with their counts.
        keys, counts = np.unique(rows * max(vocabulary_size, 1) + terms, return_counts=True)
        self.rows = keys // max(vocabulary_size, 1)
        self.indices = keys % max(vocabulary_size, 1)
        df = np.bincount(self.indices, minlength=vocabulary_size)
        idf = np.log((1.0 + self.n) / (1.0 + df)) + 1.0
        data = (1.0 + np.log(counts)) * idf[self.indices]
        norms = np.sqrt(np.bincount(self.rows, weights=data * data, minlength=self.n))
        self.data = data / np.where(norms > 0, norms, 1.0)[self.rows]
        self.indptr = np.concatenate(([0], np.cumsum(np.bincount(self.rows, minlength=self.n))))
        self.empty = norms == 0
        self.vocabulary_size = vocabulary_size
        self.idf = idf

    def row(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        start, end = self.indptr[i], self.indptr[i + 1]
        return self.indices[start:end], self.data[start:end]

    def dot_dense(self, vector: np.ndarray) -> np.ndarray:
        """Each row's dot product with a dense vocabulary-sized vector."""
        return np.bincount(self.rows, weights=self.data * vector[self.indices], minlength=self.n)

    def total(self) -> np.ndarray:
        return np.bincount(self.indices, weights=self.data, minlength=self.vocabulary_size)

    def vector(self, i: int) -> np.ndarray:
        """Row ``i`` as a dense vocabulary-sized vector."""
        out = np.zeros(self.vocabulary_size)
        idx, vals = self.row(i)
        out[idx] = vals
        return out

    def take(self, selection: Sequence[int]) -> SparseRows:
        """The selected rows, in that order, as a smaller SparseRows sharing the vocabulary."""
        picked = [self.row(i) for i in selection]
        sub = object.__new__(SparseRows)
        lengths = np.fromiter((len(idx) for idx, _ in picked), dtype=np.int64, count=len(picked))
        sub.n = len(picked)
        sub.indptr = np.concatenate(([0], np.cumsum(lengths)))
        sub.rows = np.repeat(np.arange(sub.n), lengths)
        sub.indices = np.concatenate([idx for idx, _ in picked]) if picked else np.zeros(0, dtype=np.int64)
        sub.data = np.concatenate([vals for _, vals in picked]) if picked else np.zeros(0)
        sub.empty = self.empty[list(selection)]
        sub.vocabulary_size = self.vocabulary_size
        sub.idf = self.idf
        return sub


def score_sentences(
    sentence_terms: Sequence[Sequence[int]],
    title_terms: Sequence[int],
    sentence_lengths: Sequence[int],
    vocabulary_size: int,
) -> tuple[np.ndarray, SparseRows]:
    """Importance of each sentence (higher is better) and the TF-IDF rows."""
    rows = SparseRows(sentence_terms, vocabulary_size)
    n = rows.n
    if n == 0:
        return np.zeros(0), rows
    degree = rows.dot_dense(rows.total()) - np.where(rows.empty, 0.0, 1.0)
    centrality = degree / (degree.max() or 1.0)

    title = np.zeros(vocabulary_size)
    for t in set(title_terms):
        title[t] = rows.idf[t] if t < len(rows.idf) else 0.0
    norm = np.linalg.norm(title)
    title_overlap = rows.dot_dense(title / norm) if norm else np.zeros(n)

    positions = np.arange(n, dtype=float)
    lead = 1.0 / (1.0 + positions / LEAD_SPAN)

    lengths = np.asarray(sentence_lengths, dtype=float)
    length_factor = np.minimum(1.0, lengths / MIN_WORDS) ** 2
    score = (centrality + TITLE_WEIGHT * title_overlap + LEAD_WEIGHT * lead) * length_factor
    return score, rows


def select(score: np.ndarray, rows: SparseRows, count: int) -> list[int]:
    """Pick ``count`` sentences by score with MMR; returns indices in article order.

    Similarities are computed only against sentences already chosen, over a
    candidate pool a few times the summary's size, so the cost stays near
    linear. Past MMR_LIMIT sentences only exact repeats are dropped.
    """
    count = min(count, len(score))
    if count <= 0:
        return []
    order = np.argsort(-score, kind="stable")
    if count > MMR_LIMIT:
        seen: set[bytes] = set()
        chosen_rows = []
        for i in order:
            idx, vals = rows.row(int(i))
            key = idx.tobytes() + np.round(vals, 6).tobytes()
            if key not in seen:
                seen.add(key)
                chosen_rows.append(int(i))
            if len(chosen_rows) == count:
                break
        return sorted(chosen_rows)
    candidates = [int(i) for i in order[: max(count * CANDIDATE_FACTOR, count + 10)]]
    pool = rows.take(candidates)
    chosen: list[int] = []
    best_overlap = np.zeros(len(candidates))
    available = np.ones(len(candidates), dtype=bool)
    cand_scores = score[candidates]
    while len(chosen) < count and available.any():
        mmr = np.where(available, cand_scores - REDUNDANCY * best_overlap, -np.inf)
        k = int(np.argmax(mmr))
        chosen.append(k)
        available[k] = False
        best_overlap = np.maximum(best_overlap, pool.dot_dense(pool.vector(k)))
        available &= best_overlap < DUPLICATE
    return sorted(candidates[k] for k in chosen)


class Terms:
    """Stemmed, stop-word-free term ids of sentences, with a stem cache (stemming is
    the costly part of building the vectors)."""

    def __init__(self, stemmer: Callable[[str], str], stop_words: frozenset[str]):
        self.stemmer = stemmer
        self.stop_words = stop_words
        self._stems: dict[str, str] = {}

    def ids(self, words: Sequence[str], vocabulary: dict[str, int]) -> list[int]:
        out = []
        for word in words:
            lower = word.lower()
            if lower in self.stop_words:
                continue
            stem = self._stems.get(lower)
            if stem is None:
                stem = self._stems[lower] = self.stemmer(lower)
            out.append(vocabulary.setdefault(stem, len(vocabulary)))
        return out

    def score(
        self, sentence_words: Sequence[Sequence[str]], title_words: Sequence[str]
    ) -> tuple[np.ndarray, SparseRows]:
        """``score_sentences`` for sentences given as word lists."""
        vocabulary: dict[str, int] = {}
        terms = [self.ids(words, vocabulary) for words in sentence_words]
        title = self.ids(title_words, vocabulary)
        return score_sentences(terms, title, [len(w) for w in sentence_words], len(vocabulary))
