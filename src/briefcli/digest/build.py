"""Brief every article (in parallel, output order fixed), fold near-duplicates into
stories, leave out what earlier runs included, rank the stories, count actors across them."""

from __future__ import annotations

import hashlib
import os
import signal
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial

import numpy as np

from ..brief import Options, make_brief
from ..errors import BriefError
from ..inputs import load
from ..model import Brief, Digest, DigestActor, Failure, Story, StorySource
from ..text import words
from .collect import Item
from .dedupe import fold, shingles, signature
from .state import SeenStore

MAX_CROSS_ACTORS = 10
PARALLEL_FROM = 8  # fewer articles than this are briefed in this process (no pool start-up)


@dataclass(frozen=True)
class Analysed:
    """One article after briefing: its brief (or its error) and its fingerprints."""

    item: Item
    brief: Brief | None = None
    error: str | None = None
    code: int = 0
    link: str | None = None
    fingerprint: str = ""
    shingles: frozenset[int] = frozenset()
    signature: np.ndarray | None = None


def analyse(item: Item, options: Options, max_bytes: int, timeout: float) -> Analysed:
    """Load and brief one article (runs in a worker process)."""
    try:
        source = item.source or load(item.path or item.label, max_bytes=max_bytes, timeout=timeout)
        brief = make_brief(
            source.text, source.name, options, title=source.title, byline=source.byline, date=source.date
        )
    except BriefError as exc:
        return Analysed(item, error=str(exc), code=int(exc.exit_code))
    hashed = shingles(source.text)
    fingerprint = hashlib.sha256(" ".join(words(source.text.lower())).encode()).hexdigest()
    return Analysed(item, brief, None, 0, source.link, fingerprint, hashed, signature(hashed))


def analyse_all(
    items: Sequence[Item],
    options: Options,
    *,
    max_bytes: int,
    timeout: float,
    jobs: int,
    advance: Callable[[], None] = lambda: None,
) -> list[Analysed]:
    """Every item analysed, in input order, across ``jobs`` processes."""
    work = partial(analyse, options=options, max_bytes=max_bytes, timeout=timeout)
    if jobs <= 1 or len(items) < PARALLEL_FROM:
        results = []
        for item in items:
            results.append(work(item))
            advance()
        return results
    chunk = max(1, min(16, len(items) // (jobs * 8)))
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_leave_ctrl_c_to_the_parent)
    results = []
    try:
        for result in pool.map(work, items, chunksize=chunk):
            results.append(result)
            advance()
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)  # Ctrl-C: stop at once, drop queued work
        raise
    pool.shutdown()
    return results


def _leave_ctrl_c_to_the_parent() -> None:
    """Workers ignore Ctrl-C; the parent reports it once and stops them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


@dataclass(frozen=True)
class Built:
    digest: Digest
    included: tuple[Analysed, ...]  # the articles to record as seen once the digest is written


def build(
    analysed: Sequence[Analysed],
    *,
    generated: str,
    failures: Sequence[Failure] = (),
    store: SeenStore | None = None,
    skipped: int = 0,
    grouping: Callable[[list[frozenset[int]], list[np.ndarray]], list[list[int]]] = fold,
) -> Built:
    """Stories from the analysed articles, ranked; actors across stories; failures kept.
    ``grouping`` folds near-duplicates (dedupe.fold here, or the same on Dask)."""
    ok = [a for a in analysed if a.brief is not None]
    failures = list(failures) + [Failure(a.item.label, a.error or "", a.code) for a in analysed if a.error]
    groups = grouping([a.shingles for a in ok], [a.signature for a in ok])
    kept: list[list[Analysed]] = []
    for group in groups:
        members = [ok[i] for i in group]
        if store and any(store.is_seen(m.fingerprint, m.link, m.signature) for m in members):
            skipped += len(members)
            continue
        kept.append(members)
    actor_stories: Counter[str] = Counter()
    actor_types: dict[str, str] = {}
    for members in kept:
        names = {a.name for m in members for a in m.brief.actors}
        actor_stories.update(names)
        for m in members:
            for a in m.brief.actors:
                actor_types.setdefault(a.name, a.type)
    stories = [_story(members, actor_stories) for members in kept]
    order = sorted(range(len(stories)), key=lambda k: (-stories[k].score, k))
    cross = sorted((n for n, c in actor_stories.items() if c >= 2), key=lambda n: (-actor_stories[n], n))
    digest = Digest(
        generated=generated,
        stories=tuple(stories[k] for k in order),
        actors=tuple(DigestActor(n, actor_types[n], actor_stories[n]) for n in cross[:MAX_CROSS_ACTORS]),
        failures=tuple(failures),
        skipped=skipped,
    )
    return Built(digest, tuple(m for members in kept for m in members))


def _story(members: list[Analysed], actor_stories: Counter[str]) -> Story:
    """A story led by its fullest article; scored by how many sources carry it, then by
    its commitments, actors, and actors it shares with the day's other stories."""
    lead = max(members, key=lambda m: m.brief.sentence_count)  # max keeps the first on ties
    brief = lead.brief
    shared = sum(1 for a in brief.actors if actor_stories[a.name] >= 2)
    score = len(members) + 0.3 * min(len(brief.commitments), 3) + 0.1 * min(len(brief.actors), 5) + 0.2 * min(shared, 5)
    sources = tuple(StorySource(m.brief.source, m.brief.headline, m.link, m.brief.date) for m in members)
    return Story(headline=brief.headline, sources=sources, brief=brief, score=round(score, 6))
