"""The pipeline: raw text -> clean -> sentences -> rank -> extract -> Brief.

Analysis only: nothing here prints. Renderers take the Brief it returns.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .errors import NoTextError
from .limits import MAX_HEADLINE_CHARS
from .model import Article, Brief, Sentence, SummarySentence
from .parallel import both

if TYPE_CHECKING:
    from .extract.actors import ActorIndex

DEFAULT_SENTENCES = 3
# A lead sentence up to this long is the headline whole: a complete statement reads as
# a headline, a sentence cut in the middle does not.
HEADLINE_WORDS = 30
SHORT_HEADLINE_WORDS = 16
# The analysis stack: NLTK, numpy and sumy come with it, most of a cold start's time.
ANALYSIS_MODULES = (
    "briefcli.text",
    "briefcli.rank",
    "briefcli.extract.actors",
    "briefcli.extract.claims",
    "briefcli.extract.attribution",
    "briefcli.extract.commitments",
    "briefcli.extract.unlisted",
)
# Input this long is cleaned in a forked child while a cold process imports the analysis
# stack (cleaning needs none of it); shorter input costs less to clean than a fork.
EARLY_FORK_CHARS = 30_000
RANKING_NICENESS = 10  # the ranking child's scheduling priority, below the name finding's


@dataclass(frozen=True)
class Options:
    """How long the summary is and which ranker makes it."""

    sentences: int = DEFAULT_SENTENCES
    ratio: float | None = None
    words: int | None = None
    algorithm: str = "brief"
    max_claims: int = 6


def headline(article: Article, lead: str) -> str:
    """The title when the article has one, else the lead sentence (its first clause, or
    its first words, when it is long); never longer than MAX_HEADLINE_CHARS (a huge
    one-word input is not printed twice)."""
    if article.title:
        return _capped(article.title)
    text = lead.strip().rstrip(".!?…")
    tokens = text.split()
    if len(tokens) <= HEADLINE_WORDS:
        return _capped(text)
    clause = text.split(", ")[0]
    if HEADLINE_WORDS // 2 <= len(clause.split()) <= HEADLINE_WORDS:
        return _capped(clause + "…")
    return _capped(" ".join(tokens[:SHORT_HEADLINE_WORDS]).rstrip(",;:") + "…")


def _capped(text: str) -> str:
    """``text`` cut at the last word that fits MAX_HEADLINE_CHARS, marked with "…"."""
    if len(text) <= MAX_HEADLINE_CHARS:
        return text
    from .text import cut_at_space

    return cut_at_space(text, MAX_HEADLINE_CHARS - 1).rstrip(",;:") + "…"


def summary_length(options: Options, n: int) -> int:
    """Sentences to rank for an article of ``n`` sentences: by --ratio, all of them for
    --words (the word budget then picks), else --sentences."""
    if options.ratio is not None:
        return max(1, round(n * options.ratio))
    return options.sentences if options.words is None else n


def make_brief(
    raw: str,
    source: str,
    options: Options = Options(),
    *,
    title: str | None = None,
    byline: str | None = None,
    date: str | None = None,
) -> Brief:
    """Analyse one article's text into a Brief (title, byline and date when the input's
    format gave them)."""
    article = cleaned(raw, source, title=title, byline=byline, date=date)  # first: see cleaned()
    from .extract import claims, commitments, quotes, salience
    from .extract.actors import PARALLEL_SENTENCES
    from .furniture import page_outlets
    from .rank import rank_and_score
    from .text import article_sentences

    sentences = article_sentences(article)
    if not sentences:
        raise NoTextError(f"{source}: no article text found")
    count = summary_length(options, len(sentences))
    long = len(sentences) >= PARALLEL_SENTENCES  # a long article uses a second core (parallel.py)
    # The ranking is not needed before the claims: its child runs niced, on the core the halved
    # name finding leaves idle when it ends (the index's last steps and the speakers are serial).
    (index, who), (picked, scores) = both(
        lambda: _index_and_speakers(sentences, article),
        lambda: rank_and_score(sentences, article.title, count, options.algorithm),
        fork=long,
        nice=RANKING_NICENESS,
    )
    if options.words is not None:
        picked = _within_words(picked, sentences, options.words, scores)
    # ... and finds its commitments there while this process scores the claims (the two sides
    # take about as long).
    (heard, candidates, voices), found = both(
        lambda: _sources_and_claims(sentences, scores, who, index),
        lambda: commitments.extract(sentences, index, who),
        fork=long,
    )
    own = page_outlets(article.removed)
    major, minor = salience.rank(index, sentences, voices, found, article.title or "", article.byline or "", own)
    key_claims = claims.choose(candidates, heard, {c.sentence for c in found}, options.max_claims)
    return Brief(
        source=source,
        headline=headline(article, sentences[0].text),
        summary=tuple(SummarySentence(i, sentences[i].text) for i in picked),
        claims=tuple(replace(c, in_summary=c.sentence in picked) for c in key_claims),
        commitments=tuple(found),
        actors=major,
        quotes=tuple(quotes.extract(article.text, sentences, heard)),
        minor_actors=minor,
        algorithm=options.algorithm,
        sentence_count=len(sentences),
        byline=article.byline,
        date=article.date,
    )


def _index_and_speakers(sentences: Sequence[Sentence], article: Article) -> tuple[ActorIndex, list[str | None]]:
    """The actor index of the sentences, and the speaker of each (attribution.speakers)."""
    from .extract import attribution
    from .extract.actors import build_index

    attributions = [a for a in article.attributions if a]
    index = build_index(sentences, attributions, article.title, article.dateline, article.removed)
    return index, attribution.speakers(sentences, index)


def _sources_and_claims(
    sentences: Sequence[Sentence], scores: Sequence[float], who: list[str | None], index: ActorIndex
) -> tuple[list[str | None], list[tuple], list[str | None]]:
    """The sources of the sentences (``who``, and those only their grammar names: claims and
    quotes give them too), the claims' candidates, and the voices of the sentences."""
    from .extract import attribution, claims, unlisted

    heard = unlisted.sources(sentences, who)
    return heard, claims.scored(sentences, scores, heard, index), attribution.voices(sentences, index, who)


def cleaned(raw: str, source: str, **given: str | None) -> Article:
    """``clean(raw, source, **given)``; a long input in a process that has not yet imported
    the analysis stack is cleaned in a forked child meanwhile (parallel.both)."""
    cold = not all(name in sys.modules for name in ANALYSIS_MODULES)
    long = len(raw) >= EARLY_FORK_CHARS
    _, article = both(
        lambda: _load_analysis(ahead=long) if cold else None,
        lambda: _clean(raw, source, **given),
        fork=cold and long,
    )
    return article


def _load_analysis(ahead: bool = False) -> None:
    """Import the analysis stack and load the name tagger, the first thing it needs (its
    parameters take longer to read than the rest of its data); ``ahead``, while a long input is
    cleaned elsewhere, compile the analysis's patterns too, as a long article needs most of them."""
    for name in ANALYSIS_MODULES:
        importlib.import_module(name)
    from .tagging import load_name_tagger

    load_name_tagger()
    if ahead:
        from .patterns import compile_all

        compile_all()


def _clean(raw: str, source: str, **given: str | None) -> Article:
    """clean.clean, imported on first use: its page-furniture patterns take a while to compile,
    and a forked child that cleans compiles them while this process imports the rest."""
    from .clean import clean

    return clean(raw, source, **given)


def _within_words(ranked_all: list[int], sentences, budget: int, scores: list[float]) -> list[int]:
    """The best sentences whose words add up to at most ``budget``, never cutting one:
    sentences stay verbatim, so when none is that short the summary is empty (the
    budget is a promise, and the rest of the brief still stands)."""
    from .text import words

    chosen, used = [], 0
    for i in sorted(ranked_all, key=lambda i: (-scores[i], i)):
        n = len(words(sentences[i].text))
        if used + n <= budget:
            chosen.append(i)
            used += n
    return sorted(chosen)
