"""Direct quotes with their speaker, including block quotes under an attribution line."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Quote, Sentence
from ..text import words
from .quote_marks import quoted_spans

MIN_QUOTE_WORDS = 4


def extract(text: str, sentences: Sequence[Sentence], speakers: Sequence[str | None]) -> list[Quote]:
    """Quotes in article order, verbatim from ``text`` (the cleaned article the sentences
    index); a quote that spans several sentences is given whole."""
    out: list[Quote] = []
    paragraphs: dict[int, list[int]] = {}
    for k, sentence in enumerate(sentences):
        paragraphs.setdefault(sentence.paragraph, []).append(k)
    for members in paragraphs.values():
        first, last = sentences[members[0]], sentences[members[-1]]
        start = first.start
        paragraph = text[start : last.start + len(last.text)]
        if first.speaker:  # a block quote: the whole paragraph is the quote
            out.append(Quote(first.index, paragraph, speakers[members[0]]))
            continue
        for opens, closes in quoted_spans(paragraph):
            quote = paragraph[opens:closes]
            if len(words(quote)) < MIN_QUOTE_WORDS:
                continue
            k = max(k for k in members if sentences[k].start - start <= opens - 1)
            out.append(Quote(sentences[k].index, quote.strip(), speakers[k]))
    return out
