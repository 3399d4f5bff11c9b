"""The local engine: partitions briefed by a pool of processes on this machine."""

from __future__ import annotations

import signal
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial

from ..brief import Options
from .partitions import IN_FLIGHT_PER_WORKER, in_order
from .reader import Entry
from .record import brief_lines


def run_local(partitions: Iterable[list[Entry]], options: Options, *, jobs: int, max_bytes: int) -> Iterator[list[str]]:
    """The JSON lines of each partition, in order; ``jobs`` 1 briefs in this process."""
    work = partial(brief_lines, options=options, max_bytes=max_bytes)
    if jobs <= 1:
        yield from map(work, partitions)
        return
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_ctrl_c)
    try:
        yield from in_order(partitions, partial(pool.submit, work), lambda f: f.result(), jobs * IN_FLIGHT_PER_WORKER)
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)  # Ctrl-C or a dead pool: stop at once
        raise
    pool.shutdown()


def _ignore_ctrl_c() -> None:
    """Workers leave Ctrl-C to the parent, which reports it once and stops them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
