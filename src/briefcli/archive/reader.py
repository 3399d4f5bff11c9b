"""Turn ``brief batch`` arguments into a stream of records, in input order.

JSON Lines (``-`` for standard input, or a ``.jsonl``/``.ndjson`` file) is read one line
at a time, so an archive of any size never sits in memory. Anything else is what
``brief summarize`` and ``brief digest`` take (files, folders, globs, feeds), expanded by
the digest's collector; a file becomes a ``path`` record with the path as its id, read by
the worker that briefs it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from ..errors import ExitCode
from .record import Unreadable

STDIN = "-"
JSONL_SUFFIXES = {".jsonl", ".ndjson"}

Entry = dict[str, Any] | Unreadable


def records(arguments: Iterable[str], stdin: TextIO | None = None) -> Iterator[Entry]:
    """Every record the arguments name, in order; unreadable inputs as ``Unreadable``."""
    for argument in arguments:
        if argument == STDIN:
            yield from jsonl(stdin if stdin is not None else sys.stdin, "<stdin>")
        elif Path(argument).suffix.lower() in JSONL_SUFFIXES:
            yield from _jsonl_file(argument)
        else:
            yield from _articles(argument)


def jsonl(stream: Iterable[str], name: str) -> Iterator[Entry]:
    """Records of a JSON Lines stream; a line that is not a JSON object with an id becomes
    an error entry named ``NAME:LINE`` (blank lines are skipped)."""
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield Unreadable(where, f"{where}: not valid JSON ({exc.msg})", int(ExitCode.UNREADABLE))
            continue
        if not isinstance(record, dict):
            yield Unreadable(where, f"{where}: a JSON {type(record).__name__}, not an object", int(ExitCode.UNREADABLE))
        elif record.get("id") is None:
            yield Unreadable(where, f"{where}: record has no id", int(ExitCode.UNREADABLE))
        else:
            yield record


def _jsonl_file(path: str) -> Iterator[Entry]:
    try:
        handle = open(path, encoding="utf-8", errors="replace")  # noqa: SIM115 - closed below, streamed
    except OSError as exc:
        yield Unreadable(path, f"{path}: cannot read ({exc.strerror or exc})", int(ExitCode.UNREADABLE))
        return
    with handle:
        yield from jsonl(handle, path)


def _articles(argument: str) -> Iterator[Entry]:
    """Article files (and feed items) named by a path, folder or glob."""
    from ..digest.collect import collect

    items, failures = collect([argument])
    for failure in failures:
        yield Unreadable(failure.source, failure.error, failure.code)
    for item in items:
        if item.source is None:
            yield {"id": item.label, "path": item.path or item.label}
        else:  # a feed item: its text is already here
            s = item.source
            yield {"id": s.name, "text": s.text, "title": s.title, "date": s.date, "source": s.name}
