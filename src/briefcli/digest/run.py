"""One digest run, start to end: collect, filter by age, analyse, build, write, record."""

from __future__ import annotations

import os
import re
import time
from contextlib import ExitStack, nullcontext
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import partial
from pathlib import Path
from typing import Any

from ..brief import Options
from ..errors import ExitCode, UsageError
from ..folders import make_parent
from ..limits import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from ..output import Output, output_to
from ..render.common import story_counts
from ..render.digest import render
from . import keep
from .build import Gathered, analyse_all, build, gather
from .cluster import DEFAULT, Clustering
from .collect import collect

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$")
_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str, option: str = "--since") -> float:
    """Seconds in "90m", "24h", "7d", "2w"."""
    match = _DURATION.match(text)
    if not match:
        raise UsageError(f"{option} {text!r}: use a number and a unit, like 90m, 24h, 7d or 2w")
    return float(match.group(1)) * _UNIT[match.group(2)]


def now() -> float:
    """The time of this run; SOURCE_DATE_EPOCH fixes it for reproducible output."""
    fixed = os.environ.get("SOURCE_DATE_EPOCH")
    return float(fixed) if fixed and fixed.isdigit() else time.time()


@dataclass(frozen=True)
class Settings:
    options: Options
    fmt: str
    output: Path | None = None
    new_only: bool = False
    state: Path | None = None
    since: float | None = None  # seconds
    jobs: int = 1
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    follow: bool = False
    verbose: bool = False
    engine: Any = None  # --engine dask: an archive.digest_dask.DaskDigest; None: this machine
    clustering: Clustering = DEFAULT


def run(arguments: list[str], settings: Settings, out: Output, stdin=None) -> ExitCode:
    """Make and write one digest; the exit code says success, partial success or failure."""
    started = now()
    items, failures = collect(arguments, max_bytes=settings.max_bytes, follow=settings.follow, stdin=stdin)
    skipped = 0
    if settings.since is not None:
        cutoff = started - settings.since
        fresh = [i for i in items if i.when is None or i.when >= cutoff]
        skipped, items = len(items) - len(fresh), fresh
    if not settings.new_only:
        return _run(items, failures, skipped, started, settings, out, None)
    from .state import SeenStore, default_path

    store = SeenStore(settings.state or default_path())
    try:
        return _run(items, failures, skipped, started, settings, out, store)
    finally:
        store.close()


def _run(items, failures, skipped: int, started: float, settings: Settings, out: Output, store) -> ExitCode:
    """The run once its inputs are known; ``store`` is the --new-only state, or None."""
    if settings.verbose:
        out.note(f"{len(items)} article(s) to brief with {settings.jobs} process(es)")
    gathered = _gather(items, settings, out)
    if (items or failures) and not gathered.members:
        for failure in [*failures, *gathered.errors]:
            out.error(failure.line)
        out.error("no article could be read; nothing written")
        codes = [f.code for f in [*failures, *gathered.errors]]
        return ExitCode(codes[0] if codes else ExitCode.NO_TEXT)
    generated = datetime.fromtimestamp(started, tz=timezone.utc).replace(microsecond=0).isoformat()
    # With --new-only, the lock is taken before checking what is new (a second run at the
    # same time waits, then sees what this one recorded), and the state is committed before
    # the digest file is renamed into place (the file's writer sits on the outer stack, so
    # it is closed after the transaction): a failed write records nothing, a failed record
    # or commit writes nothing.
    with ExitStack() as writing, store.transaction() if store else nullcontext():
        built = build(
            gathered,
            generated=generated,
            failures=failures,
            store=store,
            skipped=skipped,
            clustering=settings.clustering,
        )
        if store:
            for m in built.included:
                store.record(m.fingerprint, m.source.link, m.source.headline, m.signature, generated)
        for failure in built.digest.failures:
            out.error(failure.line)
        # A --new-only run never replaces an earlier digest (see keep.py).
        path = keep.target(settings.output, new_only=settings.new_only, stories=len(built.digest.stories))
        if settings.output is not None and path is None:
            if settings.verbose:
                out.note(f"nothing new: {settings.output} kept as it was")
        else:
            if path is not None:
                if path != settings.output and settings.verbose:
                    out.note(f"{settings.output} exists: the new stories go to {path}")
                make_parent(path)
            writing.enter_context(output_to(path, out))(render(built.digest, settings.fmt, out))
    if settings.verbose:
        out.note(
            f"{story_counts(built.digest)}; {built.digest.skipped} skipped; "
            f"{len(built.digest.failures)} failed; {now() - started:.1f} s"
        )
    return ExitCode.PARTIAL if built.digest.failures else ExitCode.OK


def _gather(items, settings: Settings, out: Output) -> Gathered:
    """Brief the items and fold them into stories as they come (a progress bar on a
    terminal); on Dask, the engine briefs them and folds them once all have come."""
    if settings.engine:
        analysed = settings.engine.analyse_all(
            items, settings.options, max_bytes=settings.max_bytes, timeout=settings.timeout
        )
        return gather(analysed, grouping=settings.engine.fold)
    analysed = partial(
        analyse_all, items, settings.options, max_bytes=settings.max_bytes, timeout=settings.timeout, jobs=settings.jobs
    )
    if not (out.stderr_isatty and items):
        return gather(analysed())
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(file=out.stderr), transient=True) as progress:
        task = progress.add_task("Briefing", total=len(items))
        return gather(analysed(advance=lambda: progress.advance(task)))
