"""What an article says about its event, computed in the worker that briefs it: the
title and lead words, the names of actors and places, the figures and years it gives.

Event clustering (cluster.py) compares these; the lead is where news puts the who,
what, where and when, so later paragraphs (background, page furniture) weigh nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from ..model import Brief
from ..text import WORD_RE, words

LEAD_WORDS = 60  # words of body text after the title that count as the lead
TITLE_WEIGHT = 2  # a title word counts as much as this many lead words
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_FIGURE = re.compile(r"\d[\d,.]*\d|\d")


@dataclass(frozen=True)
class Features:
    """Term counts of title and lead, actor names, figures (no years) and years."""

    terms: dict[str, int]
    names: frozenset[str]
    figures: frozenset[str]
    years: frozenset[str]


def features(body: str, brief: Brief, stop_words: frozenset[str], stem: Callable[[str], str]) -> Features:
    """The event features of one article, from its cleaned body (page furniture gone,
    so the lead is the story's first words) and its brief."""
    spans = [m.end() for m in islice(WORD_RE.finditer(body), LEAD_WORDS)]
    lead_text = body[: spans[-1]] if spans else ""
    lead = words(lead_text)
    # People recur from one event to the next (two summits of the same leaders): their
    # names count among the names below, not among the words that tell events apart.
    people = {w.lower() for a in brief.actors if a.type == "person" for n in (a.name, *a.aliases) for w in words(n)}
    terms: Counter[str] = Counter()
    for weight, tokens in ((TITLE_WEIGHT, words(brief.headline)), (1, lead)):
        for token in tokens:
            lower = token.lower()
            if lower in stop_words or lower in people or len(lower) < 2 or any(c.isdigit() for c in lower):
                continue
            terms[stem(lower)] += weight
    numbers = {_normal_figure(m) for part in (brief.headline, lead_text) for m in _FIGURE.findall(part)}
    years = frozenset(n for n in numbers if _YEAR.match(n))
    figures = frozenset(n for n in numbers if n not in years and len(n) > 1)
    names = frozenset(a.name.lower() for a in brief.actors)
    return Features(dict(terms), names, figures, years)


def _normal_figure(figure: str) -> str:
    """ "2,750" and "2750" are the same figure; a trailing dot is punctuation."""
    return figure.replace(",", "").rstrip(".")
