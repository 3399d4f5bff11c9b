"""The Dask engine: partitions briefed as tasks on a Dask cluster (or a local one).

Dask is an optional extra and is imported only here, only when ``--engine dask`` is
asked for. A task is one partition of records and returns its JSON lines; if a worker
dies, the scheduler runs its tasks again elsewhere, and since results are taken once,
in order, by this process, nothing is lost or written twice.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from ..brief import Options
from ..errors import BriefError, ExitCode
from .partitions import IN_FLIGHT_PER_WORKER, in_order
from .reader import Entry
from .record import brief_lines

SCHEDULER_ENV = "BRIEF_DASK_SCHEDULER"
INSTALL = "python -m pip install 'brief-cli[dask]'"
CONNECT_TIMEOUT = "10s"
# Settings for this process and the workers of a LocalCluster (they inherit its config).
# Dask keeps its last low-level-log-length messages per connection for debugging, and a
# task message carries its partition's records: 1000 of them is hundreds of MB that grow
# with the run. Its profiler samples every worker's stack 100 times a second, and its
# event-loop ticks, system and memory monitors wake every 20-500 ms: brief's tasks are
# pure Python, uniform and long, so all that only takes the interpreter lock from them.
LEAN = {
    "distributed.admin.low-level-log-length": 16,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}


class EngineUnavailable(BriefError):
    """--engine dask without the extra installed: a usage problem, fixed by one command."""

    exit_code = ExitCode.USAGE


class SchedulerUnreachable(BriefError):
    """The scheduler address does not answer: like a URL that cannot be fetched."""

    exit_code = ExitCode.NETWORK


def scheduler_address(given: str | None) -> str | None:
    """--scheduler, else BRIEF_DASK_SCHEDULER, else None (start a local cluster)."""
    return given or os.environ.get(SCHEDULER_ENV) or None


@contextmanager
def dask_client(address: str | None, workers: int) -> Iterator[Any]:
    """A Client of the scheduler at ``address``, or of a LocalCluster of ``workers``
    single-threaded processes (brief is CPU-bound Python: threads would share one GIL)."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise EngineUnavailable(f"--engine dask needs the dask extra: {INSTALL}") from None
    with dask.config.set(LEAN):
        if address:
            try:
                client = Client(address, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as exc:
                raise SchedulerUnreachable(f"Dask scheduler {address}: cannot connect ({exc})") from None
            with client:
                yield client
            return
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",  # any free port, this machine only
            silence_logs=logging.ERROR,
        )
        with cluster, Client(cluster) as client:
            yield client


def worker_slots(client: Any) -> int:
    """How many tasks the cluster runs at once (at least one, while workers join)."""
    return max(1, sum(client.nthreads().values()))


def run_dask(
    client: Any, partitions: Iterable[list[Entry]], options: Options, *, max_bytes: int
) -> Iterator[list[str]]:
    """The JSON lines of each partition, in order, briefed on the cluster's workers."""

    def submit(partition: list[Entry]) -> Any:
        # pure=False: two equal partitions are still two tasks, each with its own result.
        return client.submit(brief_lines, partition, options, max_bytes, pure=False)

    yield from in_order(partitions, submit, lambda future: future.result(), worker_slots(client) * IN_FLIGHT_PER_WORKER)
