"""A second core for one long article: work split between this process and a fork.

Finding names is most of a long article's brief, and it is sentence by sentence with no
order between sentences; ranking needs no names, and commitments no claims. On Linux a
forked child shares the loaded taggers and caches at no cost, so it takes one of two jobs
(the second half of the sentences, the ranking, the commitments) and sends its result back
pickled through a pipe. The output is the same either way: where a fork is not cheap and
safe (another platform, threads running, one core, short input) or the child fails, the
work runs here.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
A = TypeVar("A")
B = TypeVar("B")


def _can_fork() -> bool:
    """Fork only where it is cheap and safe: Linux, more than one core for this process, and
    no other thread (a fork copies only the calling thread, and a lock another thread held
    would stay held in the child)."""
    if sys.platform != "linux" or threading.active_count() > 1:
        return False
    return len(os.sched_getaffinity(0)) > 1


def both(here: Callable[[], A], there: Callable[[], B], fork: bool = True, nice: int = 0) -> tuple[A, B]:
    """``here()`` and ``there()``: at the same time, ``there`` in a forked child, when ``fork``
    and forking is safe; else one after the other. ``there``'s result comes back pickled. A
    child with ``nice`` above 0 yields the cores to work that is due sooner and runs on what
    they leave idle."""
    if not (fork and _can_fork()):
        return here(), there()
    read, write = os.pipe()
    # Both processes share the pages of every object alive now until one writes to them. The
    # collector writes to each object it scans, so a collection in either process would copy
    # those pages: measured on the 35k-word article, one young collection took 50 ms in each
    # instead of a few. Frozen objects are left out of collections until the child has ended.
    gc.freeze()
    pid = os.fork()
    if pid == 0:  # the child: no return, no exit handlers, no flushing of the parent's buffers
        code = 1
        try:
            # Ctrl-C reaches the whole process group: the child ends quietly, the parent reports it.
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            if nice:
                os.nice(nice)
            os.close(read)
            with os.fdopen(write, "wb") as out:
                pickle.dump(there(), out, protocol=pickle.HIGHEST_PROTOCOL)
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        try:
            first = here()
            data = pipe.read()
        except BaseException:  # a failure or Ctrl-C here: the child's work is not wanted
            os.kill(pid, signal.SIGKILL)  # (a SIGINT sent to this process alone never reaches it)
            raise
        finally:
            _, status = os.waitpid(pid, 0)
            gc.unfreeze()
    return first, (pickle.loads(data) if status == 0 else there())


def halved(work: Callable[[Sequence[T]], list[R]], items: Sequence[T], minimum: int) -> list[R]:
    """``work(items)``, with the second half of ``items`` done in a forked child when there
    are at least ``minimum`` of them and forking is safe (``work`` must treat items
    independently, so that the halves joined equal the whole)."""
    if len(items) < minimum:
        return work(items)
    middle = len(items) // 2
    first, second = both(lambda: work(items[:middle]), lambda: work(items[middle:]))
    return first + second
