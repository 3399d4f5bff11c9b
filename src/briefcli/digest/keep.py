"""A --new-only digest never replaces one written before: nothing is lost.

A --new-only run records what it includes, so a digest it overwrote could not be
made again: re-running the cron line the same day would swap the morning's digest
for an empty one. So when the --output file exists already, a run with nothing new
keeps it as it is, and a run with new stories writes them beside it under the next
free name (2026-11-29.html, then 2026-11-29-2.html, 2026-11-29-3.html …).
"""

from __future__ import annotations

from itertools import count
from pathlib import Path


def next_free(path: Path) -> Path:
    """The first name beside ``path`` that is not taken: ``NAME-2.EXT``, ``NAME-3.EXT`` …"""
    candidates = (path.with_name(f"{path.stem}-{n}{path.suffix}") for n in count(2))
    return next(c for c in candidates if not c.exists())


def target(output: Path | None, *, new_only: bool, stories: int) -> Path | None:
    """Where this run writes its digest file: ``output`` itself, a free name beside it,
    or None when the existing file is kept (a --new-only run with no new story)."""
    if output is None or not new_only or not output.is_file():
        return output
    return next_free(output) if stories else None
