"""Rank sentences with a selectable sumy summarizer; brief's own is the default.

sumy identifies sentences by their text, so two identical sentences would
collapse into one; brief builds sumy's document from its own sentences and
maps the picks back by object identity, so each pick keeps its position.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import import_module

from .model import Sentence

DEFAULT_ALGORITHM = "brief"
ALGORITHMS: dict[str, str] = {
    "brief": "briefcli.ranker:BriefSummarizer",
    "lexrank": "sumy.summarizers.lex_rank:LexRankSummarizer",
    "textrank": "sumy.summarizers.text_rank:TextRankSummarizer",
    "lsa": "briefcli.sumy_fixes:SortedLsaSummarizer",
    "luhn": "sumy.summarizers.luhn:LuhnSummarizer",
    "kl": "sumy.summarizers.kl:KLSummarizer",
    "sumbasic": "sumy.summarizers.sum_basic:SumBasicSummarizer",
    "reduction": "sumy.summarizers.reduction:ReductionSummarizer",
}


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """sumy's English stop words, read straight from its package data (sumy's own
    lookup goes through pycountry's language table, which costs 40 ms at start-up)."""
    import pkgutil

    from sumy.utils import parse_stop_words

    return frozenset(parse_stop_words(pkgutil.get_data("sumy", "data/stopwords/english.txt")))


@cache
def make_summarizer(algorithm: str):
    """The named summarizer with English Snowball stemming (what sumy's Stemmer("english")
    gives) and sumy's English stop words."""
    from nltk.stem.snowball import EnglishStemmer

    module_name, class_name = ALGORITHMS[algorithm].split(":")
    cls = getattr(import_module(module_name), class_name)
    stemmer = EnglishStemmer().stem
    if algorithm == DEFAULT_ALGORITHM:
        return cls(stemmer, stop_words())
    summarizer = cls(stemmer)
    summarizer.stop_words = stop_words()
    return summarizer


def sumy_document(sentences: Sequence[Sentence], title: str | None):
    """A sumy document of the article's sentences, one paragraph per article paragraph."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    from .text import SumyTokenizer

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
    importance score of every sentence (used to order claims, whatever the algorithm)."""
    if not sentences:
        return [], []
    from .ranker import select

    document = sumy_document(sentences, title)
    ours = make_summarizer(DEFAULT_ALGORITHM)
    scores, rows = ours.rate(document)
    if count <= 0:
        picks: list[int] = []
    elif algorithm == DEFAULT_ALGORITHM:
        picks = select(scores, rows, count)
    else:
        position = {id(s): i for i, s in enumerate(document.sentences)}
        picks = sorted(position[id(s)] for s in make_summarizer(algorithm)(document, count))
    return [sentences[i].index for i in picks], [float(x) for x in scores]


def rank(sentences: Sequence[Sentence], title: str | None, count: int, algorithm: str = DEFAULT_ALGORITHM) -> list[int]:
    """Indices (article order) of the ``count`` best sentences by ``algorithm``, through
    the sumy summarizer interface every algorithm shares."""
    if count <= 0 or not sentences:
        return []
    document = sumy_document(sentences, title)
    position = {id(s): i for i, s in enumerate(document.sentences)}
    picks = make_summarizer(algorithm)(document, count)
    return sorted(sentences[position[id(s)]].index for s in picks)
