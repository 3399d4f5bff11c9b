"""brief's own sentence ranker as a sumy summarizer, so ``--algorithm`` treats it like
sumy's own. The scoring itself lives in ``scoring.py`` (see its docstring)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from sumy.summarizers._summarizer import AbstractSummarizer
from sumy.utils import ItemsCount

from .scoring import SparseRows, Terms, select


class BriefSummarizer(AbstractSummarizer):
    """sumy summarizer interface over ``scoring.Terms.score`` and ``scoring.select``."""

    def __init__(self, stemmer: Callable[[str], str], stop_words: frozenset[str] = frozenset()):
        super().__init__(stemmer)
        self.terms = Terms(self.stem_word, frozenset(stop_words))

    def rate(self, document) -> tuple[np.ndarray, SparseRows]:
        headings = document.headings[:1]
        return self.terms.score([s.words for s in document.sentences], headings[0].words if headings else [])

    def __call__(self, document, sentences_count):
        sentences = document.sentences
        if not sentences:
            return ()
        count = sentences_count
        if not isinstance(count, int):
            count = len(ItemsCount(count)(list(sentences)))
        score, rows = self.rate(document)
        return tuple(sentences[i] for i in select(score, rows, count))
