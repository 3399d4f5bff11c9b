"""A broadcast transcript's speaker labels ("DANA ROE, HOST:", "JO LEE, BYLINE:", "HASKETT:"): the page's layout,
not the story's words. A guest's label says who speaks its paragraph; the host's and the reporter's paragraphs are
the story told in its own voice."""

import re
from collections import Counter
from collections.abc import Sequence

# A name in capitals, maybe with its part in the programme, and a colon opening the paragraph.
_LABEL = re.compile(r"^([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3})(?:, ([A-Z][A-Z'’.\- ]{1,40}))?:\s+(?=\S)")
# The parts of those who tell the story: their paragraphs are the article's own voice.
_NARRATORS = frozenset(["HOST", "BYLINE", "ANCHOR", "REPORTER", "CORRESPONDENT", "NARRATOR", "PRESENTER"])
MIN_LABELS = 3  # turns of speech that make a transcript: a page with fewer has datelines and flags, not speakers


def speaker_labels(blocks: Sequence[str]) -> dict[int, tuple[int, str | None]]:
    """Each labelled paragraph's label end and speaker (a guest's name in ordinary case, in full where a label gave it;
    None for a narrator), when the page is a transcript: at least ``MIN_LABELS`` paragraphs open with a label and
    one speaker's comes back."""
    found = {k: label for k, block in enumerate(blocks) if (label := _LABEL.match(block))}
    surnames = Counter(label.group(1).split()[-1] for label in found.values())
    if len(found) < MIN_LABELS or max(surnames.values(), default=0) < 2:
        return {}
    full: dict[str, set[str]] = {}  # the names labelled in full, by surname
    for label in found.values():
        if " " in label.group(1):
            full.setdefault(label.group(1).split()[-1], set()).add(label.group(1))

    def named(name: str) -> str:  # "HASKETT" is the one NEIL HASKETT labelled, not one of two Lowells
        return next(iter(full[name])) if " " not in name and len(full.get(name, ())) == 1 else name

    narrators = {named(label.group(1)) for label in found.values() if set((label.group(2) or "").split()) & _NARRATORS}
    return {
        k: (label.end(), None if who in narrators else _ordinary_case(who))
        for k, label in found.items()
        for who in [named(label.group(1))]
    }


def _ordinary_case(name: str) -> str:
    """A name in capitals as a story prints it: "NEIL HASKETT" -> "Neil Haskett", "O'NEILL" -> "O'Neill"."""
    return name.title()
