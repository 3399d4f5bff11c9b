"""Score a summary against a reference with ROUGE (what sumy's `sumy_eval` offers).

ROUGE-1, ROUGE-2 and ROUGE-L F1 from the `rouge-score` package with Porter
stemming, the usual settings in summarisation papers. It is an optional
dependency: `python -m pip install '.[eval]'`, as the README says.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .errors import BriefError, ExitCode, InputError, NoTextError
from .limits import MAX_REFERENCE_CHARS, MAX_REFERENCE_LINES

METRICS = ("rouge1", "rouge2", "rougeL")


class MissingExtraError(BriefError):
    """An optional part is not installed: the command cannot be used as installed (exit 2)."""

    exit_code = ExitCode.USAGE


@lru_cache(maxsize=1)
def _scorer():
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        raise MissingExtraError(
            "brief eval needs the eval extra (rouge-score): python -m pip install '.[eval]' in brief's folder"
        ) from None
    return rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)


def rouge(reference: Sequence[str], summary: Sequence[str]) -> dict[str, float]:
    """ROUGE F1 (0-100) of summary sentences against reference sentences."""
    scores = _scorer().score("\n".join(reference), "\n".join(summary))
    return {metric: 100.0 * scores[metric].fmeasure for metric in METRICS}


def reference_sentences(text: str, name: str) -> list[str]:
    """A reference summary file: one sentence per line (blank lines ignored). An empty
    one is an error (it would score zeros); so is one past the limits, as ROUGE-L's
    cost grows with the product of both lengths (a 4 MB reference took gigabytes)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        raise NoTextError(f"{name}: the reference summary is empty")
    if len(text) > MAX_REFERENCE_CHARS or len(lines) > MAX_REFERENCE_LINES:
        raise InputError(
            f"{name}: a reference summary may have at most {MAX_REFERENCE_LINES} lines "
            f"and {MAX_REFERENCE_CHARS:,} characters"
        )
    return lines
