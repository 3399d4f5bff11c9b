"""One ``brief batch`` run: records -> partitions -> an engine -> JSON Lines, in order."""

from __future__ import annotations

import json
from collections.abc import Iterable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ..brief import Options
from ..errors import ExitCode, UsageError
from ..limits import DEFAULT_MAX_BYTES
from ..output import Output
from .partitions import DEFAULT_SIZE, chunked
from .reader import Entry, records
from .record import Unreadable
from .sink import id_key, open_output


@dataclass(frozen=True)
class BatchSettings:
    options: Options
    engine: str = "local"
    jobs: int = 1  # local processes, or workers of the LocalCluster Dask starts
    scheduler: str | None = None  # a Dask scheduler address; None: BRIEF_DASK_SCHEDULER or a LocalCluster
    partition: int = DEFAULT_SIZE
    output: Path | None = None
    resume: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES


def run_batch(arguments: list[str], settings: BatchSettings, out: Output, stdin: TextIO | None = None) -> ExitCode:
    """Brief every record into one JSON line; PARTIAL when some records became errors."""
    if settings.resume and settings.output is None:
        raise UsageError("--resume needs --output: it continues the file a killed run left")
    with ExitStack() as stack:
        briefed = _engine(stack, settings)  # started first: a missing extra leaves the output untouched
        if settings.output is None:
            sink, done = out.stdout, set()
        else:
            sink, done = open_output(settings.output, resume=settings.resume)
            stack.enter_context(sink)
        entries: Iterable[Entry] = records(arguments, stdin)
        if done:
            entries = (e for e in entries if id_key(_id(e)) not in done)
        failed = False
        for lines in briefed(chunked(entries, settings.partition)):
            sink.write("".join(lines))
            sink.flush()
            for line in lines:
                if _is_error(line):
                    failed = True
                    out.error(json.loads(line)["error"])
    return ExitCode.PARTIAL if failed else ExitCode.OK


def _engine(stack: ExitStack, settings: BatchSettings):
    """A function from partitions to their JSON lines, on the engine asked for."""
    if settings.engine == "dask":
        from .dask_engine import dask_client, run_dask, scheduler_address

        client = stack.enter_context(dask_client(scheduler_address(settings.scheduler), settings.jobs))
        return lambda parts: run_dask(client, parts, settings.options, max_bytes=settings.max_bytes)
    from .local import run_local

    return lambda parts: run_local(parts, settings.options, jobs=settings.jobs, max_bytes=settings.max_bytes)


def _id(entry: Entry) -> object:
    return entry.id if isinstance(entry, Unreadable) else entry["id"]


def _is_error(line: str) -> bool:
    """Whether a line is an error object. A brief's line always holds ``,"schema":`` after
    its id; an error's cannot (every quote inside a JSON string is escaped), so this
    needs no parsing of the many lines that succeed."""
    return ',"schema":' not in line
