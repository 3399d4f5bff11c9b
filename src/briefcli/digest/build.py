"""Brief every article (in parallel, output order fixed), fold near-duplicates into
stories, leave out what earlier runs included, rank the stories, count actors across them."""

from __future__ import annotations

import hashlib
import os
import signal
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
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
from .dedupe import Folder, shingles, signature
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
    shingles: np.ndarray | None = None
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
) -> Iterator[Analysed]:
    """Every item analysed, in input order, across ``jobs`` processes, handed on one by
    one (so the caller need not hold them all)."""
    work = partial(analyse, options=options, max_bytes=max_bytes, timeout=timeout)
    if jobs <= 1 or len(items) < PARALLEL_FROM:
        for item in items:
            yield work(item)
            advance()
        return
    chunk = max(1, min(16, len(items) // (jobs * 8)))
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_leave_ctrl_c_to_the_parent)
    try:
        for result in pool.map(work, items, chunksize=chunk):
            yield result
            advance()
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)  # Ctrl-C: stop at once, drop queued work
        raise
    pool.shutdown()


def _leave_ctrl_c_to_the_parent() -> None:
    """Workers ignore Ctrl-C; the parent reports it once and stops them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


@dataclass(frozen=True)
class Member:
    """What a digest keeps of an article once briefed: where it came from, its
    fingerprints (for --new-only) and its actors, not its whole brief."""

    source: StorySource
    fingerprint: str
    link: str | None
    signature: np.ndarray
    actors: tuple[tuple[str, str], ...]  # (name, type), in the brief's order
    sentence_count: int


class Gathered:
    """The articles of a digest, folded into stories as they arrive. Memory grows with the
    stories: each keeps only the brief of its lead (its fullest article, the first on ties);
    every other article is kept as a small Member."""

    def __init__(self) -> None:
        self.members: list[Member] = []
        self.errors: list[Failure] = []
        self.folder = Folder()
        self.leads: dict[int, tuple[int, Brief]] = {}  # group root -> (member index, brief)

    def add(self, a: Analysed) -> None:
        if a.brief is None:
            self.errors.append(Failure(a.item.label, a.error or "", a.code))
            return
        b = a.brief
        index = len(self.members)
        self.members.append(
            Member(
                StorySource(b.source, b.headline, a.link, b.date),
                a.fingerprint,
                a.link,
                a.signature,
                tuple((actor.name, actor.type) for actor in b.actors),
                b.sentence_count,
            )
        )
        joined = self.folder.add(a.shingles, a.signature)
        candidates = [self.leads.pop(r) for r in joined if r in self.leads] + [(index, b)]
        self.leads[self.folder.root(index)] = max(candidates, key=lambda c: (c[1].sentence_count, -c[0]))


def gather(analysed: Iterable[Analysed]) -> Gathered:
    gathered = Gathered()
    for a in analysed:
        gathered.add(a)
    return gathered


@dataclass(frozen=True)
class Built:
    digest: Digest
    included: tuple[Member, ...]  # the articles to record as seen once the digest is written


def build(
    gathered: Gathered,
    *,
    generated: str,
    failures: Sequence[Failure] = (),
    store: SeenStore | None = None,
    skipped: int = 0,
) -> Built:
    """Stories from the gathered articles, ranked; actors across stories; failures kept."""
    failures = list(failures) + gathered.errors
    kept: list[tuple[list[Member], Brief]] = []
    for group in gathered.folder.groups():
        members = [gathered.members[i] for i in group]
        if store and any(store.is_seen(m.fingerprint, m.link, m.signature) for m in members):
            skipped += len(members)
            continue
        kept.append((members, gathered.leads[group[0]][1]))
    actor_stories: Counter[str] = Counter()
    actor_types: dict[str, str] = {}
    for members, _ in kept:
        actor_stories.update({name for m in members for name, _ in m.actors})
        for m in members:
            for name, kind in m.actors:
                actor_types.setdefault(name, kind)
    stories = [_story(members, lead, actor_stories) for members, lead in kept]
    order = sorted(range(len(stories)), key=lambda k: (-stories[k].score, k))
    cross = sorted((n for n, c in actor_stories.items() if c >= 2), key=lambda n: (-actor_stories[n], n))
    digest = Digest(
        generated=generated,
        stories=tuple(stories[k] for k in order),
        actors=tuple(DigestActor(n, actor_types[n], actor_stories[n]) for n in cross[:MAX_CROSS_ACTORS]),
        failures=tuple(failures),
        skipped=skipped,
    )
    return Built(digest, tuple(m for members, _ in kept for m in members))


def _story(members: list[Member], brief: Brief, actor_stories: Counter[str]) -> Story:
    """A story led by its fullest article; scored by how many sources carry it, then by
    its commitments, actors, and actors it shares with the day's other stories."""
    shared = sum(1 for a in brief.actors if actor_stories[a.name] >= 2)
    score = len(members) + 0.3 * min(len(brief.commitments), 3) + 0.1 * min(len(brief.actors), 5) + 0.2 * min(shared, 5)
    return Story(headline=brief.headline, sources=tuple(m.source for m in members), brief=brief, score=round(score, 6))
