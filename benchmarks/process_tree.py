"""Run a command while sampling its process tree: the memory figures of the benchmarks.

Both the digest and the batch benchmarks start brief as a child whose workers are its
children, so memory has to be read across the whole tree, from /proc, while it runs.
"""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it (those already gone are left out)."""
    pids, stack = [], [pid]
    while stack:
        current = stack.pop()
        pids.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                stack += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return pids


def status_kb(pid: int, field: str) -> int:
    """A kB field of /proc/PID/status (``VmRSS``, ``VmHWM``), or 0 once the process is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        return int(next(line.split()[1] for line in status.splitlines() if line.startswith(field + ":")))
    except (OSError, StopIteration, ValueError):
        return 0


def run_sampled(
    command: list[str], sample: Callable[[int], None], interval: float, env: dict[str, str] | None = None
) -> tuple[float, subprocess.Popen]:
    """Run ``command``, calling ``sample(pid)`` every ``interval`` seconds until it exits:
    its wall seconds and the finished process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env)
    done = threading.Event()

    def sampling() -> None:
        while not done.is_set():
            sample(process.pid)
            time.sleep(interval)

    sampler = threading.Thread(target=sampling)
    sampler.start()
    process.wait()
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    return elapsed, process
