"""Names the learned tagger recognises, wired into the name source of ``actors``.

Capitalised runs (``names.capitalised_runs``) are good span proposals where the
rules are strong (titles, honorifics, "Secretary General of NATO"), but in any
outlet's prose a capital letter also opens sentences ("Speaking", "Because"),
captions and titles of works. The name tagger, trained on news, tells these
apart: a proposal it marks all-O is dropped unless a strong rule vouches for it.

Measured and left out: names only the tagger finds (lower-case brands) were none
on the dev set yet tagging every sentence doubled the time of a long article; and
typing stays with the rules (titles, first names, gazetteer), as the tagger's
types were less reliable (companies named like people: "Time Warner", "Google").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..tagging import entity_tags
from ..tagging.features import capitalisation
from . import lexicon
from .names import Span, capitalised_runs, strip_possessive
from .registry import local_council

# The corpus way: words (hyphens and inner apostrophes kept, "'s" apart), acronyms with
# full stops ("U.S."), and every other non-space character on its own.
_CORPUS_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|['’]s\b|\w+(?:-\w+)*(?:['’](?!s\b)\w+)*|[^\w\s]")
_ACRONYM = re.compile(r"[A-Z](?:[A-Z&.]*[A-Z]|[A-Z]*\d+)")
_SPEAKS = re.compile(r"\s+(?:" + "|".join(sorted(lexicon.SPEECH_VERBS)) + r")\b")
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
# A pronoun that stresses who, right after the run: only a name takes one ("Crane himself broke his silence").
_STRESSED = re.compile(r",? (?:himself|herself|itself|themselves)\b")
_WORD_BEFORE = re.compile(r"\b([a-z]+)['’]? $")
_CONTEXT = 2  # tokens tagged either side of a proposal
_POSSESSIVE_TOKEN = re.compile(r"['’]s")
_BRACKETED = re.compile(r" \(([A-Z]{2,9})\)")
AUXILIARY_AFTER = re.compile(r"\s+(?:will|would|has|had|have|is|was|are|were|plans|wants|intends|must|could|can|may)\b")
_GEOGRAPHY_BEFORE_OF = lexicon.GEOGRAPHY_WORDS | {"Isle", "Isles"}
_VOICE_FOR = re.compile(r"\bspokes(?:man|woman|person|people)\s+(?:for|at)\s+(?:the\s+)?$", re.IGNORECASE)
# ... or between an article and "spokesperson": "A Kelby spokesperson said".
_ARTICLE_BEHIND = re.compile(r"(?:^|\s)[Aa]n?\s+$")
_SPOKESPERSON_NEXT = re.compile(r"\s+spokes(?:man|woman|person)\b")


@lru_cache(maxsize=4096)
def corpus_tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, token) of one sentence split the way the tagger's corpus was."""
    return tuple((m.start(), m.end(), m.group()) for m in _CORPUS_TOKEN.finditer(text))


def labels(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, name label) of the tokens covering the characters ``start:end`` of a
    sentence. Only a window of ``_CONTEXT`` tokens either side is tagged: the tagger's
    features look two words away (on a long article every window agreed with tagging the
    whole sentence), and tagging whole sentences would cost the long-article budget."""
    toks = corpus_tokens(text)
    inside = [i for i, t in enumerate(toks) if t[0] < end and start < t[1]]
    if not inside:
        return []
    first, last = max(0, inside[0] - _CONTEXT), min(len(toks), inside[-1] + 1 + _CONTEXT)
    found = entity_tags([t[2] for t in toks[first:last]])
    return [(toks[i][0], toks[i][1], found[i - first]) for i in inside]


def tagged(text: str, start: int, end: int) -> bool:
    """Whether the name tagger calls any of the characters ``start:end`` of a sentence part of
    the name of a person, organisation or place: an actor. Its other names (MISC:
    "Republican" in "a Republican senator", "Californian", events, titles of works) are not."""
    return any(label[2:] in ("PER", "ORG", "LOC") for _, _, label in labels(text, start, end))


# What a place a body runs is named as: "Kelby Leisure Centre", "Marlow Library".
_VENUES = frozenset(["Centre", "Center", "Library", "Museum", "Theatre", "Pool", "Hall", "Stadium", "Depot"])


def split_affiliation(run: Span, text: str) -> list[Span]:
    """A person and their organisation run together by "of" ("Jane Roe of Acme Bank", "Dr Ann
    Lee of the University of Kent") as two runs, where the tagger reads a person before the
    "of" and a new name after it; "Bank of England" and "Duke of York" stay whole, and so does
    a name whose word before "of" says it is a body ("Tea Board of Kenya"): no person's name
    ends in "Board" or "Authority", whatever the tagger reads. A body and the council it works for
    ("Kelby Leisure Centre for Oakhurst District Council") are two runs as well."""
    served = next((k for k, t in enumerate(run) if t[2] == "for"), None)
    council = served is not None and local_council(" ".join(t[2] for t in run[served + 1 :]))
    if council and served >= 2 and (run[served - 1][2] in lexicon.ORG_WORDS or run[served - 1][2] in _VENUES):
        return [run[:served], run[served + 1 :]]  # "the Kelby Leisure Centre for Oakhurst District Council": two bodies
    cut = next((k for k, t in enumerate(run) if t[2] == "of"), None)
    if cut is None or cut == 0 or run[cut - 1][2] in lexicon.ORG_WORDS:
        return [run]
    before, after = run[:cut], run[cut + 1 :]
    if after and after[0][2] == "the":
        after = after[1:]
    if not after:
        return [run]
    found = {t_start: label for t_start, _, label in labels(text, run[0][0], run[-1][1])}
    # Titles before the name are O, or MISC ("Rep."): only the name's own words count.
    titles = lexicon.TITLE_WORDS | lexicon.HONORIFICS
    own = [t for t in before if t[2] not in titles]
    person = {found.get(t[0], "O")[2:] for t in own} - {""}
    named = found.get(after[0][0], "O")
    # ... never a word of geography, which opens a place's name with "of" ("Isles of Tarn Council")
    place = len(own) == 1 and own[0][2] in _GEOGRAPHY_BEFORE_OF
    if (
        not place
        and person == {"PER"}
        and found.get(before[-1][0], "O").endswith("PER")
        and named in ("B-ORG", "B-LOC")
    ):
        return [before, after]
    return [run]


def _name_labels(text: str, start: int, end: int) -> list[str]:
    """The name labels of the words of ``start:end``, a possessive "'s" left out."""
    return [label for a, b, label in labels(text, start, end) if not _POSSESSIVE_TOKEN.fullmatch(text[a:b])]


def tagged_person(text: str, start: int, end: int) -> bool:
    """Whether the name tagger calls every word of ``start:end`` part of a person's name."""
    found = _name_labels(text, start, end)
    return bool(found) and all(label.endswith("-PER") for label in found)


def tagged_organisation(text: str, start: int, end: int) -> bool:
    """Whether the name tagger reads ``start:end`` as one organisation's name, every word of it
    ("Pelican Gulf Terminals said": a company, though "Gulf" is a place's word)."""
    found = _name_labels(text, start, end)
    return bool(found) and found[0] == "B-ORG" and all(label == "I-ORG" for label in found[1:])


def name_after_opener(text: str, opener: tuple[int, int, str], name: tuple[int, int]) -> str | None:
    """ "PER" or "ORG" when the tagger reads a sentence's first word as no name and the words
    ``name`` (start, end) after it as one name of that kind ("Optometrist Harjit Sandhu said",
    "Contractor Ellison Rail said"), else None."""
    first = labels(text, opener[0], opener[1])
    if not first or any(label != "O" for _, _, label in first):
        return None
    kinds = {label[2:] for _, _, label in labels(text, *name)}
    return kinds.pop() if len(kinds) == 1 and kinds <= {"PER", "ORG"} else None


def _short_acronym(word: str) -> bool:
    """Capitals no sentence start explains and too short to be a word shouted for emphasis
    ("IBM", "G8"; not "NOW"). Longer ones are left to the tagger, which tells "UNESCO" and
    "OPEC" from a tabloid's "DISGUSTING" or "SHAMBLES" by their context."""
    letters = word.replace(".", "").replace("&", "")
    return (
        bool(_ACRONYM.fullmatch(word))
        and (len(letters) <= 3 or any(c.isdigit() for c in word))
        and (word.capitalize() not in lexicon.NON_NAMES)
    )


def _strong(run: Span, text: str) -> bool:
    """A proposal the rules vouch for whatever the tagger says: the subject of a speech verb ("Smith added:"), a
    name stressed by a pronoun ("Crane himself"), a name with its initials after it in brackets ("World Food
    Programme (WFP)"), a name before or after a lower-case organisation word or descriptor ("Portmere council",
    "Acme group", "charity Calmer"), a known first name and more ("Ann Carter"), a title, an honorific, an
    organisation word, an age after it, a short acronym ("IBM", "G8"), or a name in the shipped gazetteer or list
    of organisations."""
    if _SPEAKS.match(text, run[-1][1]) or (len(run) > 1 and run[0][2] in lexicon.first_names()):
        return True
    if _STRESSED.match(text, run[-1][1]):
        return True  # "Crane himself said": a name, stressed
    if initials_after(run, text) or (len(run) > 1 and lexicon.AGE_AFTER.match(text, run[-1][1])):
        return True  # "World Food Programme (WFP)"; "Bethan Price, 29,": only a person is given an age
    following = _NEXT_WORD.match(text, run[-1][1])
    if following and (following[1] in lexicon.ORG_DESCRIPTORS or following[1].capitalize() in lexicon.ORG_WORDS):
        return True
    preceding = _WORD_BEFORE.search(text, max(0, run[0][0] - 24), run[0][0])
    if preceding and (preceding[1] in lexicon.ORG_DESCRIPTORS or preceding[1] in lexicon.ACTS_FOR):
        return True  # "mental health charity Calmer", "conciliation service Tallo", "ticketing agent TixDirect"
    if len(run) > 1 and lexicon.WHICH_AFTER.match(text, run[-1][1]):
        return True  # "run by Durham Reclaim, which took over the site": a body's name
    if lexicon.BODY_AFTER.match(text, run[-1][1]):
        return True  # "Clean Air Kelby, a campaign group set up by parents,": a body's name
    if _VOICE_FOR.search(text, max(0, run[0][0] - 30), run[0][0]):
        return True  # "a spokesperson for Redline Coaches": whom a spokesperson speaks for is named
    if spokesperson_after(run, text):
        return True  # "A Kelby spokesperson said": the body is named, though no one in it is
    if len(run) > 1 and lexicon.STOPPED_LEGAL_FORM.fullmatch(run[-1][2]):
        return True  # "Winnica Import Sp. z o.o.", "Mezcal Tierra Roja S.A. de C.V.": a company's legal form ends it
    if len(run) > 1 and run[-2][2] in ("Local", "Lodge") and run[-1][2].isdigit():
        return True  # "Local 417", "Teamsters Local 727": a union's branch by its number
    if _unknown_subject(run, text):
        return True  # "Quarrystone Data will build": a word news never writes, as a clause's subject
    places = lexicon.places()
    whole = " ".join(strip_possessive(t[2]) for t in run if t[2] != "The")
    if whole in lexicon.KNOWN_ORGS or whole in places["names"]:
        return True  # "The World Food Programme reopened ...": known as a whole, whatever its words
    for _, _, word in run:
        bare = strip_possessive(word)
        if (
            _short_acronym(bare)
            or bare in lexicon.TITLE_WORDS
            or bare in lexicon.HONORIFICS
            or bare in lexicon.ORG_WORDS
            or bare in lexicon.KNOWN_ORGS
            or bare in places["names"]
            or bare in places["demonyms"]
        ):
            return True
    return False


def spokesperson_after(run: Span, text: str) -> bool:
    """Whether the run stands between an article and "spokesperson": "A Kelby spokesperson said"
    (the run may hold the article that opens the sentence)."""
    opening = run[0][2] in ("A", "An") and len(run) > 1
    return (
        opening or _ARTICLE_BEHIND.search(text, max(0, run[0][0] - 4), run[0][0]) is not None
    ) and _SPOKESPERSON_NEXT.match(text, run[-1][1]) is not None


def _unknown_subject(run: Span, text: str) -> bool:
    """Whether the run opens with a word news never writes (no common word, whatever capital a sentence gives it)
    and more words of the name, and a verb follows it, as its subject: "Quarrystone Data will build"."""
    first = run[0][2]
    return (
        len(run) > 1  # (one word alone may be a place's: "Mossbridge will lose its biggest employer")
        and first.isalpha()
        and len(first) > 3
        and capitalisation(first) == 0
        and first not in lexicon.NON_NAMES
        and AUXILIARY_AFTER.match(text, run[-1][1]) is not None
    )


def initials_after(run: Span, text: str) -> bool:
    """Whether the run's initials follow it in brackets: "World Food Programme (WFP)" is a name."""
    bracketed = _BRACKETED.match(text, run[-1][1])
    capitals = "".join(t[2][0] for t in run if t[2][:1].isupper() and t[2] != "The")
    return bool(bracketed) and len(run) > 1 and bracketed[1] == capitals


def recognised_runs(text: str) -> list[Span]:
    """The capitalised runs of a sentence that a strong rule vouches for or the tagger
    confirms; a lone common word ("The", "He") is left to the rules, which drop it."""
    return [
        run
        for whole in capitalised_runs(text)
        for run in split_affiliation(whole, text)
        if (len(run) == 1 and strip_possessive(run[0][2]) in lexicon.NON_NAMES)
        or _strong(run, text)
        or tagged(text, run[0][0], run[-1][1])
    ]
