"""``brief digest --engine dask``: the digest's analysis and near-duplicate folding on Dask.

Articles are briefed and fingerprinted (shingles, MinHash signature) on the workers, by
the digest's own ``analyse``. Folding then runs as a shuffle: every article's LSH band
keys go into a Dask bag, ``groupby`` brings the articles sharing a key together, each
distinct bucket's pairs are verified on a worker (containment, as on one machine), and
the verified pairs are joined here into components (digest.build.Gathered takes them as
its grouping). It uses dedupe.py's functions (band keys, the containment check, the
union-find), so the stories are the local engine's.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..brief import Options
from ..digest.build import Analysed, analyse
from ..digest.collect import Item
from ..digest.dedupe import Components, band_keys, is_near_duplicate
from .dask_engine import dask_client, scheduler_address, worker_slots
from .partitions import DEFAULT_SIZE, IN_FLIGHT_PER_WORKER, chunked, in_order

BUCKETS_PER_TASK = 256


@dataclass(frozen=True)
class DaskDigest:
    """The two steps of a digest run that scale with the collection, on a Dask client."""

    client: Any

    def analyse_all(
        self, items: Sequence[Item], options: Options, *, max_bytes: int, timeout: float
    ) -> Iterator[Analysed]:
        """Every item analysed on the workers, handed on in input order as the partitions
        come back (a bounded number in flight), so the caller need not hold them all."""

        def submit(part: list[Item]) -> Any:
            return self.client.submit(_analyse_part, part, options, max_bytes, timeout, pure=False)

        window = worker_slots(self.client) * IN_FLIGHT_PER_WORKER
        done = in_order(chunked(items, DEFAULT_SIZE), submit, lambda f: f.result(), window)
        for part in done:
            yield from part

    def fold(self, shingle_sets: Sequence[np.ndarray], signatures: Sequence[np.ndarray]) -> list[list[int]]:
        """dedupe.Folder's groups, computed by a shuffle on band keys and verified on the workers."""
        import dask.bag as db

        if not signatures:
            return []
        slots = worker_slots(self.client)
        keyed = db.from_sequence(list(enumerate(signatures)), npartitions=min(len(signatures), 4 * slots))
        buckets = (
            keyed.map(_band_entries)
            .flatten()
            .groupby(_key, shuffle="tasks")
            .map(_members)
            .filter(lambda members: len(members) > 1)
            .distinct()
        )
        found = sorted(self.client.compute(buckets).result())
        parts = Components(len(signatures))
        if not found:
            return parts.groups()
        shingles = self.client.scatter(list(shingle_sets), broadcast=True)
        futures = [
            self.client.submit(_verified_pairs, chunk, shingles, pure=False)
            for chunk in chunked(found, BUCKETS_PER_TASK)
        ]
        for future in futures:
            for i, j in future.result():
                parts.join(i, j)
        return parts.groups()


@contextmanager
def dask_digest(scheduler: str | None, workers: int) -> Iterator[DaskDigest]:
    """A DaskDigest on the scheduler given (or BRIEF_DASK_SCHEDULER, or a LocalCluster)."""
    with dask_client(scheduler_address(scheduler), workers) as client:
        yield DaskDigest(client)


def _analyse_part(items: list[Item], options: Options, max_bytes: int, timeout: float) -> list[Analysed]:
    return [analyse(item, options, max_bytes, timeout) for item in items]


def _band_entries(entry: tuple[int, np.ndarray]) -> list[tuple[str, int]]:
    index, sig = entry
    return [(key, index) for key in band_keys(sig)]


def _key(pair: tuple[str, int]) -> str:
    return pair[0]


def _members(group: tuple[str, list[tuple[str, int]]]) -> tuple[int, ...]:
    """A bucket's articles, in index order (the shuffle delivers them in any order)."""
    return tuple(sorted(index for _, index in group[1]))


def _verified_pairs(buckets: list[tuple[int, ...]], shingle_sets: list[np.ndarray]) -> list[tuple[int, int]]:
    """The near-duplicate pairs of some buckets. A pair already joined through verified
    pairs of the same bucket is not checked again: it would change no component."""
    pairs = []
    for members in buckets:
        local = Components(len(members))
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                if local.root(x) != local.root(y) and is_near_duplicate(
                    shingle_sets[members[x]], shingle_sets[members[y]]
                ):
                    local.join(x, y)
                    pairs.append((members[x], members[y]))
    return pairs
