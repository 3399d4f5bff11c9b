"""How the lines of a hard-wrapped paragraph join: shared by the cleaner and the printed page's pass
(``print_page``), which carries a paragraph's last word back onto the line above it."""

from __future__ import annotations

import re

# A line ending on a word no heading or sentence ends on: the next line carries it on ("Board members Jo Roe and").
DANGLING = re.compile(r"\b(?:and|or|but|of|the|a|an|to|in|on|at|by|for|from|with|as)$", re.IGNORECASE)
_HYPHENATED_END = re.compile(r"\b([A-Za-z]+)-$")
_WORD_START = re.compile(r"([a-z]+)")


def joined(previous: str, line: str) -> str:
    """Two lines of a hard-wrapped paragraph as one. A word split at the line's end by a hyphen is joined whole
    ("mil-" / "lion": "million"; "Kel-" / "by's": "Kelby's"; "with-" / "in": "within", a word news writes), unless
    both its parts are words news writes in lower case and the whole is none, a compound's ("flood-" / "relief":
    "flood-relief", "well-" / "known")."""
    split = _HYPHENATED_END.search(previous)
    rest = _WORD_START.match(line) if split else None
    if not rest:
        return previous + " " + line
    from .tagging.features import MOSTLY_LOWER, RARELY_CAPITALISED, capitalisation

    lower = (RARELY_CAPITALISED, MOSTLY_LOWER)
    whole = capitalisation(split.group(1) + rest.group(1)) in lower
    compound = not whole and capitalisation(split.group(1)) in lower and capitalisation(rest.group(1)) in lower
    return previous + line if compound else previous[:-1] + line
