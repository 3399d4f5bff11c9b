"""Offline sentence and word tokenisation.

NLTK's Punkt algorithm with parameters brief builds and ships
(``data/punkt_english.json``, made by ``scripts/build_punkt.py``), so no
NLTK data is ever looked up. ``SumyTokenizer`` plugs the same splitter into
sumy's parsers, which would otherwise load Punkt data and fail offline.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources
from itertools import islice

from .limits import MAX_SENTENCE_CHARS, MAX_SENTENCES
from .nltk_parts import nltk_module

_punkt = nltk_module("nltk.tokenize.punkt")
PunktLanguageVars = _punkt.PunktLanguageVars
PunktParameters = _punkt.PunktParameters
PunktSentenceTokenizer = _punkt.PunktSentenceTokenizer
PunktToken = _punkt.PunktToken

WORD_RE = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*", re.UNICODE)
_SUMY_WORD_RE = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$", re.UNICODE)


@cache
def _plain(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(pattern, flags)


class _PlainRegexVars(PunktLanguageVars):
    """Punkt's own patterns, run by the standard ``re``. NLTK 3.10 runs them under a
    wall-clock guard (5 s) that fails long paragraphs on a loaded machine only, so the
    same input could give a brief on one machine and an error on another; the patterns
    are linear, so no guard is needed. (_PlainRegexToken does the same for tokens.)"""

    re_boundary_realignment = _plain(PunktLanguageVars.re_boundary_realignment.pattern, re.MULTILINE)

    def period_context_re(self) -> re.Pattern[str]:
        return _plain(super().period_context_re().pattern, re.UNICODE | re.VERBOSE)

    def _word_tokenizer_re(self) -> re.Pattern[str]:
        return _plain(super()._word_tokenizer_re().pattern, re.UNICODE | re.VERBOSE)


_NON_PUNCT = re.compile(r"[^\W\d]", re.UNICODE)


class _PlainRegexToken(PunktToken):
    __slots__ = ()
    _RE_ELLIPSIS = _plain(PunktToken._RE_ELLIPSIS.pattern, 0)
    _RE_NUMERIC = _plain(PunktToken._RE_NUMERIC.pattern, 0)
    _RE_INITIAL = _plain(PunktToken._RE_INITIAL.pattern, re.UNICODE)
    _RE_ALPHA = _plain(PunktToken._RE_ALPHA.pattern, re.UNICODE)

    @property
    def is_non_punct(self) -> bool:
        return bool(_NON_PUNCT.search(self.type))


@lru_cache(maxsize=1)
def punkt() -> PunktSentenceTokenizer:
    """The shipped Punkt model (loaded once)."""
    raw = json.loads(resources.files("briefcli.data").joinpath("punkt_english.json").read_text("utf-8"))
    params = PunktParameters()
    params.abbrev_types = set(raw["abbrev_types"])
    params.sent_starters = set(raw["sent_starters"])
    for word, flags in raw["ortho_context"].items():
        params.ortho_context[word] = flags
    return PunktSentenceTokenizer(params, lang_vars=_PlainRegexVars(), token_cls=_PlainRegexToken)


# A quoted question or exclamation that its attribution goes on after: '"Why?" asked Jo Lee.',
# '"Stop!" she shouted.' A sentence never opens in lower case, so the quote's mark ends no sentence.
_QUOTED_MARK_END = re.compile(r"[?!][\"'”’]\s*$")
_LOWER_START = re.compile(r"\s*[a-z]")


# A country's or body's initials with their stops ("the U.S.", "the U.N."), then a name of two
# capitalised words or more that opens no sentence: the initials open the name ("the U.S. Coast
# Guard", "the U.S. Department of Justice"), however often its first word opens a sentence elsewhere.
# A sentence after "the U.S." opens with a word sentences open with ("He", "The", "But") or a common
# noun ("... sold in the U.S. Shortages of children's medicines could worsen").
_INITIALS_END = re.compile(r"\b(?:[A-Z]\.){2,}[\"'”’]?\s*$")
_NAME_WORD = re.compile(r"\s*([A-Z][a-z]+)(?:\s+(?:of|and|for|on)\b)?\s+[A-Z][a-z]")
_OPENERS = frozenset(
    re.findall(
        r"\w+",
        "a an the he she it they we i you his her its their our my this that these those there here but and or so "
        "yet in on at for from with by to of after before when while as if since then now still also meanwhile "
        "however some many most all both each one two three no not only even",
    )
)


# No sentence opens with a closing bracket or a comma, nor in lower case after an abbreviation's stop: a party and
# state in brackets ("Sen. Jo Roe (D-N.M.), who …", "Sen. Jo Roe (R-Neb.) and …") end no sentence.
_GOES_ON = re.compile(r"\s*[),;:]")
_ABBREVIATION_END = re.compile(r"\b[A-Z][A-Za-z.\-]{0,5}\.\)?\s*$")  # "Neb.", "(D-N.M.)"
# A name's short form in brackets after a company's "S.A.C." or "Inc." goes on with the sentence that named it:
# "... by Andina Orgánica S.A.C. (CAO), which will".
_SHORT_FORM_GOES_ON = re.compile(r"\([A-Z][A-Za-z.&-]{0,11}\)\s*(?:[),;:]|[a-z])")


def _within(paragraph: str, held: tuple[int, int], start: int) -> bool:
    """Whether the sentence at ``start`` goes on from the one ``held``: a quoted question or
    exclamation before its lower-case attribution, a bracket's close or a lower-case word after an
    abbreviation (``_GOES_ON``), or initials before the rest of a name."""
    if _GOES_ON.match(paragraph, start):
        return True
    if _SHORT_FORM_GOES_ON.match(paragraph, start) and _ABBREVIATION_END.search(paragraph, held[0], held[1]):
        return True
    if _LOWER_START.match(paragraph, start) and (
        _QUOTED_MARK_END.search(paragraph, held[0], held[1]) or _ABBREVIATION_END.search(paragraph, held[0], held[1])
    ):
        return True
    word = _NAME_WORD.match(paragraph, start)
    return bool(word and word.group(1).lower() not in _OPENERS and _INITIALS_END.search(paragraph, held[0], held[1]))


# A time's "a.m." or "p.m." before a quotation that opens with a capital ends its sentence: a time never
# goes on into a quote ("... after the last bus leaves at 11 p.m. "For people like me, ..."), though
# Punkt reads the abbreviation's stop as no sentence's end.
_TIME_BEFORE_QUOTE = re.compile(r"\b[ap]\.m\.(?=\s+[\"“][A-Z])")
_SPACES = re.compile(r"\s*")


def _punkt_spans(paragraph: str) -> Iterator[tuple[int, int]]:
    """Punkt's sentence spans, each cut after a time that a quotation follows (``_TIME_BEFORE_QUOTE``)."""
    for s, e in punkt().span_tokenize(paragraph):
        for cut in _TIME_BEFORE_QUOTE.finditer(paragraph, s, e):
            yield s, cut.end()
            s = _SPACES.match(paragraph, cut.end()).end()
        yield s, e


def sentence_spans(paragraph: str) -> Iterator[tuple[int, int]]:
    """Start/end offsets of the sentences of one paragraph, found lazily; a quoted question
    or exclamation and the lower-case attribution after it are one sentence, as are initials
    and the name they open ("the U.S. Coast Guard")."""
    held: tuple[int, int] | None = None
    for s, e in _punkt_spans(paragraph):
        if not paragraph[s:e].strip():
            continue
        if held and _within(paragraph, held, s):
            held = (held[0], e)
            continue
        if held:
            yield held
        held = (s, e)
    if held:
        yield held


def split_sentences(paragraph: str) -> list[str]:
    return [paragraph[s:e] for s, e in sentence_spans(paragraph)]


# A sentence's end: a full stop, a question or exclamation mark or an ellipsis, before any closing quotes
# or brackets. A line without one is display copy: a bullet point, a standfirst, a prompt.
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
    """Split an Article's paragraphs into numbered Sentences with their offsets: at most
    MAX_SENTENCES (the rest is not analysed), each cut after MAX_SENTENCE_CHARS, so a
    huge input costs seconds, not minutes or gigabytes. Punkt splits lazily, so what lies
    beyond the limit is never split."""
    from .model import Sentence

    out: list[Sentence] = []
    offset = 0
    for number, paragraph in enumerate(article.paragraphs):
        speaker = article.attributions[number] if article.attributions else None
        for start, end in islice(sentence_spans(paragraph), MAX_SENTENCES - len(out)):
            text = cut_at_space(paragraph[start:end], MAX_SENTENCE_CHARS)
            out.append(Sentence(len(out), text, number, offset + start, speaker))
        if len(out) >= MAX_SENTENCES:
            break
        offset += len(paragraph) + 2
    return tuple(out)


def cut_at_space(text: str, limit: int) -> str:
    """``text`` up to ``limit`` characters, cut at the last space before it if there is one."""
    if len(text) <= limit:
        return text
    space = text.rfind(" ", 0, limit)
    return text[: space if space > 0 else limit]
