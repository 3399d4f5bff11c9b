"""sumy summarizers made deterministic where sumy is not.

sumy's LSA numbers its vocabulary in frozenset order, which changes with
PYTHONHASHSEED, so ties in its SVD ranking could pick different sentences on
two runs. brief promises byte-identical output, so it numbers the vocabulary
in sorted order.
"""

from __future__ import annotations

from sumy.summarizers.lsa import LsaSummarizer


class SortedLsaSummarizer(LsaSummarizer):
    def _create_dictionary(self, document):
        words = map(self.normalize_word, document.words)
        unique_words = sorted({self.stem_word(w) for w in words if w not in self._stop_words})
        return {w: i for i, w in enumerate(unique_words)}
