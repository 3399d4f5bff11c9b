"""One record in, one brief out: the pure function every engine maps over a collection.

A record is a dict: ``id`` and ``text`` or ``html`` (or ``path``, a file the worker can
read), optional ``title``, ``date``, ``source``. The result is the brief's JSON (as
``brief summarize -f json`` gives it) with ``id`` first, or ``{"id", "error", "code"}``
when the record cannot be briefed: at archive scale one bad article must not stop the
run, so nothing is raised. It has no state and no I/O beyond ``path``, so Spark, Ray or
Dask can call it anywhere, and the same record gives the same bytes everywhere.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..brief import Options, make_brief
from ..errors import BriefError, ExitCode, InputError, NoTextError
from ..limits import DEFAULT_MAX_BYTES
from ..model import Source
from ..render.wire import to_dict

DEFAULTS = Options()  # brief summarize's defaults
_TEXT_FIELDS = ("text", "html", "title", "date", "source", "path")


@dataclass(frozen=True)
class Unreadable:
    """An input that failed before it became a record (a line that is not JSON, a glob
    that matches nothing): it still takes its place in the output, as an error object."""

    id: Any
    error: str
    code: int


def brief_record(
    record: Mapping[str, Any], options: Options = DEFAULTS, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> dict[str, Any]:
    """The brief of one record as a JSON-ready dict with ``id`` first, or its error object."""
    rid = record.get("id")
    try:
        source = _source(record, max_bytes)
        brief = make_brief(
            source.text, source.name, options, title=source.title, byline=source.byline, date=source.date
        )
    except BriefError as exc:
        return error_object(rid, str(exc), int(exc.exit_code))
    except Exception as exc:  # a bug on one odd article must not sink an archive run
        return error_object(rid, f"internal error: {type(exc).__name__}: {exc}", int(ExitCode.INTERNAL))
    return {"id": rid, **to_dict(brief)}


def brief_json(
    record: Mapping[str, Any] | Unreadable, options: Options = DEFAULTS, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> str:
    """One JSON Lines line (newline included) for a record: what workers send back."""
    if isinstance(record, Unreadable):
        return to_line(error_object(record.id, record.error, record.code))
    return to_line(brief_record(record, options, max_bytes=max_bytes))


def brief_lines(
    records: Iterable[Mapping[str, Any] | Unreadable], options: Options, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[str]:
    """The lines of one partition, in its order (the task an engine runs)."""
    return [brief_json(r, options, max_bytes=max_bytes) for r in records]


def error_object(rid: Any, error: str, code: int) -> dict[str, Any]:
    return {"id": rid, "error": error, "code": code}


def to_line(obj: Mapping[str, Any]) -> str:
    """Compact JSON, UTF-8 kept as is, newline-terminated: the same bytes on every engine."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n"


def _source(record: Mapping[str, Any], max_bytes: int) -> Source:
    """The record's article as a Source; the record's own title and date win over the page's."""
    if not isinstance(record, Mapping):
        raise InputError(f"record is a JSON {type(record).__name__}, not an object")
    rid = record.get("id")
    if rid is None:
        raise InputError("record has no id")
    for field in _TEXT_FIELDS:
        if record.get(field) is not None and not isinstance(record[field], str):
            raise InputError(f"{rid}: {field} is not a string")
    name = record.get("source") or str(rid)
    if record.get("path") is not None and record.get("text") is None and record.get("html") is None:
        from ..inputs import load

        loaded = load(record["path"], max_bytes=max_bytes)
        name = record.get("source") or loaded.name
    else:
        body = record.get("text") if record.get("text") is not None else record.get("html")
        if body is None:
            raise NoTextError(f"{rid}: record has neither text nor html")
        data = body.encode("utf-8")
        if len(data) > max_bytes:
            raise InputError(f"{rid}: larger than --max-bytes ({max_bytes} bytes); raise the limit to read it")
        if record.get("text") is not None:
            loaded = Source(name=name, text=body)
        else:
            from ..inputs.html import from_html

            loaded = from_html(data, name, max_bytes)
    return Source(
        name=name,
        text=loaded.text,
        title=record.get("title") or loaded.title,
        date=record.get("date") or loaded.date,
        byline=loaded.byline,
    )
