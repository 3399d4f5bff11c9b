"""Claims in the reader's views: a sentence is shown once.

A key claim that is also a summary sentence is marked in the summary (with its
source) instead of being repeated under the claims; JSON keeps every claim with
``in_summary``.
"""

from __future__ import annotations

from ..model import Brief, Claim


def marked_and_listed(brief: Brief) -> tuple[dict[int, str], list[Claim]]:
    """(summary sentence -> the source of the claim it also is; the claims still to list)."""
    marked = {c.sentence: c.who for c in brief.claims if c.in_summary}
    return marked, [c for c in brief.claims if not c.in_summary]
