"""Partitions: records in chunks, a bounded number in flight, results in input order.

Every engine runs the same loop; only "submit a partition" and "wait for its result"
differ. Keeping at most ``window`` partitions in flight is what keeps memory flat
whatever the archive's size, and taking results oldest-first is what makes the output
order the input order (so every engine and worker count writes the same bytes).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
H = TypeVar("H")
R = TypeVar("R")

DEFAULT_SIZE = 64  # records per partition: ~0.5 s of work, so task overhead stays small
IN_FLIGHT_PER_WORKER = 3  # enough queued work that no worker waits for the next partition


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def in_order(
    partitions: Iterable[list[T]],
    submit: Callable[[list[T]], H],
    result: Callable[[H], list[R]],
    window: int,
) -> Iterator[list[R]]:
    """Submit partitions, at most ``window`` at a time, and yield their results in the
    order submitted (a slow partition holds back later results, never reorders them)."""
    pending: deque[H] = deque()
    for partition in partitions:
        pending.append(submit(partition))
        if len(pending) >= window:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())
