"""Offline sentence and word tokenisation.

NLTK's Punkt algorithm with parameters brief builds and ships
(``data/punkt_english.json``, made by ``scripts/build_punkt.py``), so no
NLTK data is ever looked up. ``SumyTokenizer`` plugs the same splitter into
sumy's parsers, which would otherwise load Punkt data and fail offline.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

WORD_RE = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*", re.UNICODE)
_SUMY_WORD_RE = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$", re.UNICODE)


@lru_cache(maxsize=1)
def punkt() -> PunktSentenceTokenizer:
    """The shipped Punkt model (loaded once)."""
    raw = json.loads(resources.files("briefcli.data").joinpath("punkt_english.json").read_text("utf-8"))
    params = PunktParameters()
    params.abbrev_types = set(raw["abbrev_types"])
    params.sent_starters = set(raw["sent_starters"])
    for word, flags in raw["ortho_context"].items():
        params.ortho_context[word] = flags
    return PunktSentenceTokenizer(params)


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """Start/end offsets of the sentences of one paragraph."""
    return [(s, e) for s, e in punkt().span_tokenize(paragraph) if paragraph[s:e].strip()]


def split_sentences(paragraph: str) -> list[str]:
    return [paragraph[s:e] for s, e in sentence_spans(paragraph)]


def words(text: str) -> list[str]:
    """Word tokens (letters and digits, with inner apostrophes, hyphens and dots)."""
    return WORD_RE.findall(text)


class SumyTokenizer:
    """sumy's tokenizer interface (``to_sentences``/``to_words``) on brief's splitter."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.strip() for s in split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in words(sentence) if _SUMY_WORD_RE.match(w))


def article_sentences(article) -> tuple:
    """Split an Article's paragraphs into numbered Sentences with their offsets."""
    from .model import Sentence

    out = []
    offset = 0
    for number, paragraph in enumerate(article.paragraphs):
        speaker = article.attributions[number] if article.attributions else None
        for start, end in sentence_spans(paragraph):
            out.append(Sentence(len(out), paragraph[start:end], number, offset + start, speaker))
        offset += len(paragraph) + 2
    return tuple(out)
