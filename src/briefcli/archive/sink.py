"""Where ``brief batch`` writes: JSON Lines to a file or stdout, and ``--resume``.

Lines are written a partition at a time and flushed, so a killed run leaves every
finished line in the file and at most one torn line at its end. ``--resume`` cuts that
torn line off, reads which ids are done, and appends the rest: run after run, each id
appears once.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, TextIO

from ..errors import OutputError


def id_key(rid: Any) -> str:
    """An id as a comparable key: 7 and "7" are different ids, as in the JSON."""
    return json.dumps(rid, ensure_ascii=False, sort_keys=True)


def cut_torn_line(path: Path) -> None:
    """Truncate ``path`` after its last newline (a killed run's half-written line)."""
    with path.open("rb+") as handle:
        size = handle.seek(0, os.SEEK_END)
        end = size
        while end > 0:
            step = min(1 << 16, end)
            handle.seek(end - step)
            block = handle.read(step)
            newline = block.rfind(b"\n")
            if newline >= 0:
                end = end - step + newline + 1
                break
            end -= step
        if end != size:
            handle.truncate(end)


def done_ids(path: Path) -> set[str]:
    """The id keys of the objects already in a brief batch output file."""
    done: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            try:
                done.add(id_key(json.loads(line)["id"]))
            except (ValueError, KeyError, TypeError):
                raise OutputError(
                    f"{path}:{number}: not a brief batch line; --resume appends only to brief batch output"
                ) from None
    return done


def open_output(path: Path, *, resume: bool) -> tuple[TextIO, set[str]]:
    """The output file opened for writing (appending when resuming) and the ids it holds."""
    try:
        if resume and path.exists():
            cut_torn_line(path)
            done = done_ids(path)
            return path.open("a", encoding="utf-8"), done
        return path.open("w", encoding="utf-8"), set()
    except UnicodeDecodeError:
        raise OutputError(f"{path}: not a brief batch output file (not UTF-8); --resume appends only to one") from None
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
