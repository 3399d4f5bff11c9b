"""Whether a line or sentence ends as a sentence does: the one test the cleaner, the
furniture rules, claims and the ranker share. Its own module, free of NLTK, because the
cleaner runs in a forked child before the analysis stack is imported (brief.cleaned)."""

from __future__ import annotations

import re

_FINISHED = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def finished(text: str) -> bool:
    """Whether ``text`` ends with a sentence's closing mark (after closing quotes or brackets)."""
    return _FINISHED.search(text) is not None
