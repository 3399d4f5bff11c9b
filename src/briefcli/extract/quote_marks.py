"""Where quotation marks open and close in a sentence: the one reading of quote marks that
attribution (whose words a sentence carries), actors (a body named inside a quote is the
speaker's word, not the sentence's subject) and claims (a quote of several sentences is one
statement) share."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import Sentence

_DOUBLE_OPEN, _DOUBLE_CLOSE, _SINGLE_OPEN, _SINGLE_CLOSE = "“", "”", "‘", "’"
_QUOTE_MARK = re.compile("[\"'“”‘’]")


def open_after(text: str, inside: str | None) -> str | None:
    """The quote still open at the end of ``text`` ("double" or "single"), given the one open
    at its start (``_marks``)."""
    last = inside
    for _, last in _marks(text, inside):  # noqa: B007 (the state after the last mark)
        pass
    return last


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the words inside each quote that opens and closes in ``text``, in
    double marks or in single ones as British papers print them (‘We will act,’ she said)."""
    out: list[tuple[int, int]] = []
    opened = 0
    for k, inside in _marks(text, None):
        if inside and not opened:
            opened = k + 1
        elif not inside and opened:
            out.append((opened, k))
            opened = 0
    return out


def _marks(text: str, inside: str | None) -> Iterator[tuple[int, str | None]]:
    """Each quote mark's position in ``text`` with the quote open after it, given the one open
    at its start. Straight marks open or close by position; a single mark counts only where a
    quote can start (after a space, a colon or a dash, before a letter) or end (after a word or
    punctuation, before a space or punctuation), which leaves apostrophes ("don't", "Mums' Army"
    when no single quote is open) alone; a straight double mark opens after a space even before
    another, as copied pages print it ('could be " very important'))."""
    for mark in _QUOTE_MARK.finditer(text):
        k, char = mark.start(), mark.group()
        before = text[k - 1] if k else " "
        after = text[k + 1] if k + 1 < len(text) else " "
        can_open = (before.isspace() or before in ":(—–-") and (not after.isspace() or char == '"')
        can_close = not before.isspace() and not after.isalnum()
        if char in '"' + _DOUBLE_OPEN + _DOUBLE_CLOSE:
            if inside == "double" and char != _DOUBLE_OPEN and can_close:
                inside = None
            elif inside is None and char != _DOUBLE_CLOSE and (char == _DOUBLE_OPEN or can_open):
                inside = "double"
        elif char in "'" + _SINGLE_OPEN + _SINGLE_CLOSE:
            if inside == "single" and char != _SINGLE_OPEN and can_close:
                inside = None
            elif inside is None and char != _SINGLE_CLOSE and can_open and after.isalpha():
                inside = "single"
        yield k, inside


_OPENS_WITH_QUOTE = re.compile(r"^\s*[\"“‘']")


def runs(sentences: Sequence[Sentence]) -> list[list[int]]:
    """The positions of the sentences of each quote, in order: one sentence, or several when the
    quote runs on. A quote left open at the end of a paragraph goes on in the next when that one
    opens with a quote mark (how news prints a quote of several paragraphs)."""
    out: list[list[int]] = []
    inside: str | None = None
    run: list[int] = []
    for k, sentence in enumerate(sentences):
        new_paragraph = k and sentence.paragraph != sentences[k - 1].paragraph
        if new_paragraph and inside and not _OPENS_WITH_QUOTE.match(sentence.text):
            inside = None
            out.append(run)
            run = []
        was = inside
        inside = open_after(sentence.text, inside)
        if was or inside:
            run.append(k)
        if run and not inside:
            out.append(run)
            run = []
    if run:
        out.append(run)
    return out
