"""Rank sentences with a selectable sumy summarizer; brief's own is the default.

sumy identifies sentences by their text, so two identical sentences would
collapse into one; brief builds sumy's document from its own sentences and
maps the picks back by object identity, so each pick keeps its position.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import import_module
from typing import TYPE_CHECKING

from ..endings import finished
from ..limits import SUMY_MAX_SENTENCES

if TYPE_CHECKING:
    from ..model import Sentence

DEFAULT_ALGORITHM = "brief"
ALGORITHMS: dict[str, str] = {
    "brief": "briefcli.rank.summarizer:BriefSummarizer",
    "lexrank": "sumy.summarizers.lex_rank:LexRankSummarizer",
    "textrank": "sumy.summarizers.text_rank:TextRankSummarizer",
    "lsa": "briefcli.rank.sumy_fixes:SortedLsaSummarizer",
    "luhn": "sumy.summarizers.luhn:LuhnSummarizer",
    "kl": "sumy.summarizers.kl:KLSummarizer",
    "sumbasic": "sumy.summarizers.sum_basic:SumBasicSummarizer",
    "reduction": "sumy.summarizers.reduction:ReductionSummarizer",
}


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """sumy's English stop words, read from its package data without importing sumy's
    utilities (which pull in ``requests``, and a language table costing 40 ms)."""
    from importlib import resources

    text = resources.files("sumy").joinpath("data/stopwords/english.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


@lru_cache(maxsize=1)
def stemmer():
    """NLTK's English Snowball stemmer: what sumy's ``Stemmer("english")`` gives."""
    from ..nltk_parts import nltk_module

    return nltk_module("nltk.stem.snowball").EnglishStemmer().stem


@cache
def make_summarizer(algorithm: str):
    """The named sumy summarizer with English stemming and sumy's English stop words."""
    module_name, class_name = ALGORITHMS[algorithm].split(":")
    cls = getattr(import_module(module_name), class_name)
    if algorithm == DEFAULT_ALGORITHM:
        return cls(stemmer(), stop_words())
    summarizer = cls(stemmer())
    summarizer.stop_words = stop_words()
    return summarizer


@lru_cache(maxsize=1)
def _terms():
    from .scoring import Terms

    return Terms(stemmer(), stop_words())


def sumy_document(sentences: Sequence[Sentence], title: str | None):
    """A sumy document of the article's sentences, one paragraph per article paragraph."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    from ..text import SumyTokenizer

    tokenizer = SumyTokenizer()
    paragraphs: list[list] = []
    if title:
        paragraphs.append([SumySentence(title, tokenizer, is_heading=True)])
    last = None
    for sentence in sentences:
        if sentence.paragraph != last or not paragraphs:
            paragraphs.append([])
            last = sentence.paragraph
        paragraphs[-1].append(SumySentence(sentence.text, tokenizer))
    return ObjectDocumentModel([Paragraph(p) for p in paragraphs])


def rank_and_score(
    sentences: Sequence[Sentence], title: str | None, count: int, algorithm: str = DEFAULT_ALGORITHM
) -> tuple[list[int], list[float]]:
    """The ``count`` best sentence indices by ``algorithm`` (article order), and brief's
    importance score of every sentence (used to order claims, whatever the algorithm).

    brief's own ranker is scored here straight from the sentences' words, without
    building a sumy document (same words, same numbers as ``BriefSummarizer``, which a
    test checks), because sumy's document model costs start-up time on every run."""
    if not sentences:
        return [], []
    from ..text import SumyTokenizer
    from .scoring import select

    tokenizer = SumyTokenizer()
    scores, rows = _terms().score(
        [tokenizer.to_words(s.text) for s in sentences], tokenizer.to_words(title) if title else []
    )
    if count <= 0:
        picks: list[int] = []
    elif algorithm == DEFAULT_ALGORITHM:
        picks = select(
            _quotes_at_openings(
                sentences, _without_questions(sentences, _without_repeated_points(sentences, scores, tokenizer))
            ),
            rows,
            count,
        )
    else:
        picks = rank(sentences, title, count, algorithm)
        return picks, [float(x) for x in scores]
    return [sentences[i].index for i in picks], [float(x) for x in scores]


MAX_POINTS = 5  # a summary in points above the story is short
MIN_POINT_WORDS = 5
REPEATED_SHARE = 0.8


def _without_repeated_points(sentences: Sequence[Sentence], scores, tokenizer):
    """The scores to pick a summary by, with the points of a summary above the story (lines without a full
    stop among the first sentences: "Ann Vey fell at the home in 2024") set to nothing when a later sentence
    of the story holds their words: the story says it in full, and the point is the page's, not the story's."""
    points = [
        s.index for s in sentences[:MAX_POINTS] if not finished(s.text) and len(s.text.split()) >= MIN_POINT_WORDS
    ]
    if not points:
        return scores
    vocabulary: dict[str, int] = {}
    terms = [set(_terms().ids(tokenizer.to_words(s.text), vocabulary)) for s in sentences]
    last = max(points)
    kept = scores.copy()
    for i in points:
        later = (t for t in terms[last + 1 :] if t)
        if terms[i] and any(len(terms[i] & t) >= REPEATED_SHARE * len(terms[i]) for t in later):
            kept[i] = 0.0
    return kept


_CLOSING_QUOTES = "\"'”’)"


def _without_questions(sentences: Sequence[Sentence], scores):
    """The scores with every question set to nothing: a summary tells what happened, and a question in a news
    page is a subheading ("Should you walk after every meal?"), a call for readers' stories or a rhetorical
    turn, which the sentences after it answer."""
    asked = [k for k, s in enumerate(sentences) if s.text.rstrip().rstrip(_CLOSING_QUOTES).endswith("?")]
    if not asked:
        return scores
    kept = scores.copy()
    kept[asked] = 0.0
    return kept


def _quotes_at_openings(sentences: Sequence[Sentence], scores):
    """The scores with nothing for the sentences of a quote after its first: shown alone, such a sentence begins
    in the middle of someone's words and ends on a closing mark whose opening the reader never sees ("Nobody
    wants to sit at a loom ...," Ayla Erdin said.). The quote's first sentence keeps its own score (moving the
    best sentence's score there picks short openers such as "'This is not the end.")."""
    from ..extract.quote_marks import runs

    kept = scores.copy()
    for run in runs(sentences):
        if len(run) > 1:
            kept[run[1:]] = 0.0
    return kept


def rank(sentences: Sequence[Sentence], title: str | None, count: int, algorithm: str = DEFAULT_ALGORITHM) -> list[int]:
    """Indices (article order) of the ``count`` best sentences by ``algorithm``, through
    the sumy summarizer interface every algorithm shares."""
    if count <= 0 or not sentences:
        return []
    sentences = sentences[:SUMY_MAX_SENTENCES]  # sumy's rankers grow as n²: minutes beyond this
    document = sumy_document(sentences, title)
    position = {id(s): i for i, s in enumerate(document.sentences)}
    picks = make_summarizer(algorithm)(document, count)
    return sorted(sentences[position[id(s)]].index for s in picks)
