"""Brief every article (in parallel, output order fixed), fold near-copies, cluster the
articles that report one event into one story, leave out what earlier runs included,
rank the stories by importance, count actors across them."""

from __future__ import annotations

import hashlib
import os
import signal
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from functools import partial

import numpy as np

from ..brief import Options, make_brief
from ..errors import BriefError
from ..inputs import is_url, load
from ..model import Brief, Digest, DigestActor, Failure, Story, StorySource
from ..text import words
from .cluster import DEFAULT, Clustering, cluster
from .collect import Item
from .dedupe import Folder, shingles, signature
from .features import Features, features
from .state import SeenStore
from .story import Member, Told, make_story, outlet_of, story_terms

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
    shingles: np.ndarray | None = None
    signature: np.ndarray | None = None
    features: Features | None = None


def analyse(item: Item, options: Options, max_bytes: int, timeout: float) -> Analysed:
    """Load and brief one article (runs in a worker process)."""
    from ..clean import clean
    from ..rank import stemmer, stop_words

    try:
        source = item.source or load(
            item.path or item.label,
            max_bytes=max_bytes,
            timeout=timeout,
            regular_only=item.walked,
            follow=item.follow,
        )
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


Grouping = Callable[[list[np.ndarray], list[np.ndarray]], list[list[int]]]


class Gathered:
    """The articles of a digest, taken one at a time as they are briefed, so memory grows
    with the stories kept, not with every brief held at once.

    Each article is kept as a compact ``Member`` (its source, fingerprints, event features,
    publication time, length; see story.py), plus its shingles for folding. What an article
    says (``Told``: summary sentences with their numbers, claims, commitments, actors) is
    kept for one article per near-copy group only, its lead (the fullest article, the
    first on ties): near-copies say the same thing. Near-copies are folded as they arrive
    (dedupe.Folder), and a group's lead replaced when a fuller copy comes. With a
    ``grouping`` instead (the Dask engine's fold, a shuffle that needs every article), the
    fold runs once all have arrived, so each article's Told is held until then."""

    def __init__(self, grouping: Grouping | None = None) -> None:
        self.members: list[Member] = []
        self.errors: list[Failure] = []
        self.grouping = grouping
        self.folder = Folder() if grouping is None else None
        self.shingles: list[np.ndarray] = []  # with a grouping only (the Folder keeps its own)
        self.leads: dict[int, tuple[int, Told]] = {}  # group root -> (member index, what it says)
        self._groups: list[list[int]] | None = None

    def add(self, a: Analysed) -> None:
        if a.brief is None:
            self.errors.append(Failure.of(a.item.label, a.error or "", a.code))
            return
        index = len(self.members)
        self.members.append(_member(a))
        told = Told.of(a.brief)
        if self.folder is None:
            self.shingles.append(a.shingles)
            self.leads[index] = (index, told)
            return
        joined = self.folder.add(a.shingles, a.signature)
        candidates = [self.leads.pop(r) for r in joined if r in self.leads] + [(index, told)]
        self.leads[self.folder.root(index)] = max(candidates, key=self._fullest)

    def _fullest(self, lead: tuple[int, Told]) -> tuple[int, int]:
        return self.members[lead[0]].sentence_count, -lead[0]

    def groups(self) -> list[list[int]]:
        """The near-copy groups (member indices in input order), in order of first member;
        a group's lead is ``leads[group[0]]``."""
        if self.folder is not None:
            return self.folder.groups()
        if self._groups is None:
            self._groups = self.grouping(self.shingles, [m.signature for m in self.members])
            self.leads = {g[0]: max((self.leads[i] for i in g), key=self._fullest) for g in self._groups}
            self.shingles = []
        return self._groups


def gather(analysed: Iterable[Analysed], grouping: Grouping | None = None) -> Gathered:
    gathered = Gathered(grouping)
    for a in analysed:
        gathered.add(a)
    return gathered


@dataclass(frozen=True)
class Built:
    digest: Digest
    included: tuple[Member, ...]  # the articles to record as seen once the digest is written


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


def _member(a: Analysed) -> Member:
    b = a.brief
    source = StorySource(b.source, b.headline, a.link, b.date, outlet_of(a.link, a.item.outlet, b.source))
    return Member(source, a.fingerprint, a.signature, a.features, published(a), b.sentence_count, a.item.category)


def build(
    gathered: Gathered,
    *,
    generated: str,
    failures: Sequence[Failure] = (),
    store: SeenStore | None = None,
    skipped: int = 0,
    clustering: Clustering = DEFAULT,
) -> Built:
    """Stories from the gathered articles, ranked; actors across stories; failures kept.
    Near-copy groups (folded as the articles came, or by the Dask engine) that earlier
    runs included are left out; event clustering joins the groups that report one event,
    and each event is told once from the leads of its groups."""
    failures = list(failures) + gathered.errors
    kept: list[Member] = []
    told: list[Told] = []  # one per kept group
    groups: list[list[int]] = []  # the kept groups, as indices into kept
    for group in gathered.groups():
        members = [gathered.members[i] for i in group]
        if store and any(store.is_seen(m.fingerprint, m.source.link, m.signature) for m in members):
            skipped += len(members)
            continue
        groups.append(list(range(len(kept), len(kept) + len(members))))
        kept.extend(members)
        told.append(gathered.leads[group[0]][1])
    group_of = {i: g for g, group in enumerate(groups) for i in group}
    when = [m.published for m in kept]
    events = cluster(groups, [m.features for m in kept], when, clustering)
    terms = story_terms()
    stories = [
        make_story([kept[i] for i in event], [told[g] for g in dict.fromkeys(group_of[i] for i in event)], terms)
        for event in events
    ]
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
