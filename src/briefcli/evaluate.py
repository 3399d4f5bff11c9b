"""Score a summary against a reference with ROUGE (what sumy's `sumy_eval` offers).

ROUGE-1, ROUGE-2 and ROUGE-L F1 from the `rouge-score` package with Porter
stemming, the usual settings in summarisation papers. It is an optional
dependency: `pip install 'brief-cli[eval]'`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .errors import BriefError

METRICS = ("rouge1", "rouge2", "rougeL")


class MissingExtraError(BriefError):
    pass


@lru_cache(maxsize=1)
def _scorer():
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        raise MissingExtraError("ROUGE needs the rouge-score package: pip install 'brief-cli[eval]'") from None
    return rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)


def rouge(reference: Sequence[str], summary: Sequence[str]) -> dict[str, float]:
    """ROUGE F1 (0-100) of summary sentences against reference sentences."""
    scores = _scorer().score("\n".join(reference), "\n".join(summary))
    return {metric: 100.0 * scores[metric].fmeasure for metric in METRICS}


def reference_sentences(text: str) -> list[str]:
    """A reference summary file: one sentence per line (blank lines ignored)."""
    return [line.strip() for line in text.splitlines() if line.strip()]
