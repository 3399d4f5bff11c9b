"""Brief every article (in parallel, output order fixed), fold near-copies, cluster the
articles that report one event into one story, leave out what earlier runs included,
rank the stories by importance, count actors across them."""

from __future__ import annotations

import hashlib
import os
import signal
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from functools import partial

import numpy as np

from ..brief import Options, make_brief
from ..errors import BriefError
from ..inputs import is_url, load
from ..model import Brief, Digest, DigestActor, Failure, Story
from ..text import words
from .cluster import DEFAULT, Clustering, cluster
from .collect import Item
from .dedupe import fold, shingles, signature
from .features import Features, features
from .state import SeenStore
from .story import Member, Terms, make_story, outlet_of

MAX_CROSS_ACTORS = 10
PARALLEL_FROM = 8  # fewer articles than this are briefed in this process (no pool start-up)
RECENCY_WEIGHT = 0.5  # importance: outlets first; recency and actor centrality only break
CENTRALITY_WEIGHT = 0.4  # ties between stories with as many outlets (together below 1)


@dataclass(frozen=True)
class Analysed:
    """One article after briefing: its brief (or its error), fingerprints and event features."""

    item: Item
    brief: Brief | None = None
    error: str | None = None
    code: int = 0
    link: str | None = None
    fingerprint: str = ""
    shingles: frozenset[int] = frozenset()
    signature: np.ndarray | None = None
    features: Features | None = None


def analyse(item: Item, options: Options, max_bytes: int, timeout: float) -> Analysed:
    """Load and brief one article (runs in a worker process)."""
    from ..clean import clean
    from ..rank import stemmer, stop_words

    try:
        source = item.source or load(item.path or item.label, max_bytes=max_bytes, timeout=timeout)
        brief = make_brief(
            source.text, source.name, options, title=source.title, byline=source.byline, date=source.date
        )
    except BriefError as exc:
        return Analysed(item, error=str(exc), code=int(exc.exit_code))
    hashed = shingles(source.text)
    fingerprint = hashlib.sha256(" ".join(words(source.text.lower())).encode()).hexdigest()
    link = source.link or (item.path if item.path and is_url(item.path) else None)
    body = clean(source.text, source.name, title=source.title, byline=source.byline, date=source.date).paragraphs
    event = features("\n\n".join(body), brief, stop_words(), stemmer())
    return Analysed(item, brief, None, 0, link, fingerprint, hashed, signature(hashed), event)


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


def published(a: Analysed) -> float | None:
    """When the article appeared: the date it states, else the feed's time or file time."""
    if a.brief and a.brief.date:
        try:
            day = datetime.fromisoformat(a.brief.date[:10]).replace(tzinfo=timezone.utc)
        except ValueError:
            day = None
        if day:
            return day.timestamp()
    return a.item.when


def build(
    analysed: Sequence[Analysed],
    *,
    generated: str,
    failures: Sequence[Failure] = (),
    store: SeenStore | None = None,
    skipped: int = 0,
    grouping: Callable[[list[frozenset[int]], list[np.ndarray]], list[list[int]]] = fold,
    clustering: Clustering = DEFAULT,
) -> Built:
    """Stories from the analysed articles, ranked; actors across stories; failures kept.
    ``grouping`` folds near-copies (dedupe.fold here, or the same on Dask); the event
    clustering then joins the near-copy groups that report one event."""
    ok = [a for a in analysed if a.brief is not None]
    failures = list(failures) + [Failure.of(a.item.label, a.error or "", a.code) for a in analysed if a.error]
    kept: list[Analysed] = []
    groups: list[list[int]] = []
    for group in grouping([a.shingles for a in ok], [a.signature for a in ok]):
        members = [ok[i] for i in group]
        if store and any(store.is_seen(m.fingerprint, m.link, m.signature) for m in members):
            skipped += len(members)
            continue
        groups.append(list(range(len(kept), len(kept) + len(members))))
        kept.extend(members)
    when = [published(a) for a in kept]
    events = cluster(groups, [a.features for a in kept], when, clustering)
    from ..rank import stemmer, stop_words

    terms = Terms(stemmer(), stop_words())
    stories = [make_story([_member(kept[i]) for i in event], terms) for event in events]
    latest = [max((when[i] for i in event if when[i] is not None), default=None) for event in events]
    actor_stories: Counter[str] = Counter(a.name for s in stories for a in s.actors)
    actor_types = {a.name: a.type for s in stories for a in reversed(s.actors)}
    stories = _scored(stories, latest, actor_stories)
    order = sorted(range(len(stories)), key=lambda k: (-stories[k].score, k))
    cross = sorted((n for n, c in actor_stories.items() if c >= 2), key=lambda n: (-actor_stories[n], n))
    digest = Digest(
        generated=generated,
        stories=tuple(stories[k] for k in order),
        actors=tuple(DigestActor(n, actor_types[n], actor_stories[n]) for n in cross[:MAX_CROSS_ACTORS]),
        failures=tuple(failures),
        skipped=skipped,
    )
    return Built(digest, tuple(kept[i] for event in events for i in event))


def _member(a: Analysed) -> Member:
    brief = a.brief
    return Member(brief, a.link, outlet_of(a.link, a.item.outlet, brief.source), a.item.category)


def _scored(stories: list[Story], latest: list[float | None], actor_stories: Counter[str]) -> list[Story]:
    """Importance: distinct outlets, then (as fractions below one) how recent the story
    is and how many of its actors appear in the day's other stories."""
    times = [t for t in latest if t is not None]
    low, high = (min(times), max(times)) if times else (0.0, 0.0)
    shared = [sum(1 for a in s.actors if actor_stories[a.name] >= 2) for s in stories]
    most = max(shared, default=0) or 1
    scored = []
    for story, t, n in zip(stories, latest, shared, strict=True):
        recency = (t - low) / (high - low) if t is not None and high > low else 0.0
        score = story.outlets + RECENCY_WEIGHT * recency + CENTRALITY_WEIGHT * n / most
        scored.append(replace(story, score=round(score, 6)))
    return scored
