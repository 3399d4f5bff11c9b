"""Missing folders on the way to an output file are made, as for the --state file.

A cron line like ``-o ~/digests/$(date +%F).html`` must work on a fresh machine,
where ``~/digests`` does not exist yet; ``--state`` already makes its folder, so
``--output`` does the same and the two options behave alike.
"""

from __future__ import annotations

from pathlib import Path

from .errors import OutputError


def make_parent(path: Path) -> None:
    """Create the folders ``path`` needs; OutputError (exit 5) when that is not allowed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{path}: cannot create its folder ({exc.strerror or exc})") from None
