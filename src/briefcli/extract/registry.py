"""The entities of an article and how names fold into them.

A registry keeps the entities found so far and finds them again under another
form of their name: without spaces or hyphens ("TimeWarner" = "Time Warner"),
by acronym ("NUJ" for the National Union of Journalists, written out or given in
brackets) or shorter name ("Acme" for Acme Motors), by surname, given name or surname without its particle for people
("Hewitt", "Patricia", "Abadi"), by title for the one holder of a role ("the
Secretary General"). ``actors`` decides what is a name; this module decides
which names are the same actor and what it is called.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from ..model import ActorType
from ..tagging.features import ALWAYS_CAPITALISED, KIND_BIT, MOSTLY_LOWER, capitalisation, name_kinds
from . import lexicon
from .names import HYPHEN_PARTICLE, PARTICLES, POSSESSIVE_ENDINGS

NOT_YET = 10**9  # no body sentence has mentioned the entity yet


def plain_apostrophes(text: str) -> str:
    """``text`` with each ’ written ', as names are: "O’Neill" and "O'Neill" are one name, and a text
    searched for a name finds it either way (the length is kept, so offsets hold)."""
    return text.replace("’", "'")


@dataclass
class Mention:
    """One reference to an actor inside a sentence."""

    sentence: int
    start: int
    end: int
    surface: str
    key: str = ""  # the canonical actor name, once resolved
    kind: str = "name"  # name | single | title | honorific | short (of a body named elsewhere)
    type: ActorType | None = None
    role: str | None = None
    locative: bool = False
    setting: bool = False  # right after "in", "near", "outside": where, not who
    modifier: bool = False  # between "the" and a noun: "the Kwinana refinery"
    owned: bool = False  # between an owner and a noun: "its Kelby workforce", what the owner has there


@dataclass
class Entity:
    """An actor being assembled from its mentions."""

    name: str
    type: ActorType
    first: int
    role: str | None = None
    role_rank: int = 0  # 3 attribution line, 2 apposition, 1 title before the name
    role_source: Mention | None = None  # the mention the role was given at ("its chief executive, X")
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    all_locative: bool = True
    all_sited: bool = True  # every mention a setting or after "at": where something is, never who acts
    provisional: bool = False  # several words of unknown type, settled once all mentions are in
    person_evidence: int = 0  # surname or honorific mentions, attribution lines
    body_evidence: int = 0  # its last word alone after "the": "The Stags will" is no one's surname
    surfaces: dict[str, int] = field(default_factory=dict)  # how the article writes it, in order
    opened: int = 0  # mentions by its first word alone ("Pinecrest" for Pinecrest Markets)
    affiliation: bool = False  # named as a person's employer: "analyst Jane Doe of Acme Capital"


class People:
    """Trailing parts of people's full names ("Rutte" -> "Mark Rutte"), the latest name
    added winning a tie, so a surname folds into its full name in constant time."""

    def __init__(self) -> None:
        self.by_suffix: dict[tuple[str, ...], str] = {}
        self.by_given: dict[str, str | None] = {}  # None: two people share the given name
        self.by_family: dict[str, str | None] = {}  # a first word no given name: "Zhang" of Zhang Wei

    def add(self, name: str, sure: bool = True, latest: bool = True) -> None:
        """``sure``: the name is known to be a person's, so a rare first word is a given name
        (not for several words of a type still unknown: "Pinecrest Markets"). ``latest``: the name
        wins a tie over the names added before (a caption's name does not: "Ellie Kennedy, 9," under
        a picture is not the "Kennedy" the story quotes after naming Paula Kennedy). A name a
        tabloid shouts in capitals ("MARCO BELLINI") is found again as the story goes on writing it
        ("Bellini", "Marco")."""
        self._add(name, name, sure, latest)
        if name.isupper() and any(len(w) > 1 for w in name.split()):
            self._add(" ".join(w[:1] + w[1:].lower() for w in name.split()), name, sure, latest)

    def _add(self, written: str, name: str, sure: bool, latest: bool) -> None:
        """Index ``name`` by the parts of its name as ``written``."""
        parts = tuple(written.split())
        for k in range(1, len(parts)):
            suffix = parts[-k:]
            if latest or suffix not in self.by_suffix:
                self.by_suffix[suffix] = name
            # A surname without its particle: "Abadi" for "al-Abadi", "Brul" for "van den Brul".
            bare = list(suffix)
            while len(bare) > 1 and bare[0] in PARTICLES:
                bare.pop(0)
            bare[0] = HYPHEN_PARTICLE.sub("", bare[0])
            self.by_suffix.setdefault(tuple(bare), name)
        if len(parts) > 2 and parts[-1] in lexicon.NAME_SUFFIXES:
            # "Cole" and "Bobby Cole" are Bobby Cole Jr ("Penhallow" is Oliver Penhallow KC), unless a
            # name named before holds them (his father Bobby Cole Sr, named after him, does not take
            # them from the story's man).
            for k in range(1, len(parts) - 1):
                self.by_suffix.setdefault(parts[-k - 1 : -1], name)
        given = [p for p in parts if p not in lexicon.HONORIFICS]
        first = len(given) > 1 and (_given_name(given[0]) or (sure and _rare(given[0])))
        if len(given) == 3 and (first or _rare(given[0])) and _rare(given[1]) and _rare(given[2]):
            # Spanish and Portuguese names carry two surnames and news writes the first alone
            # ("Teodora Quispe Mamani" ... "Quispe said"), unless a name before holds it; a word
            # news uses ("Mary Ann Smith", "Durkin Pest Control") is no surname of that kind.
            self.by_suffix.setdefault((given[1],), name)
        if first:
            self.by_given[given[0]] = name if self.by_given.get(given[0], name) == name else None
        if len(given) > 1 and given[0] not in lexicon.first_names() and given[0] not in PARTICLES:
            # Chinese, Korean and Vietnamese names put the family name first ("Zhang Wei",
            # "Nguyen Thi Lan"), and news writes "Mr Zhang" after them.
            self.by_family[given[0]] = name if self.by_family.get(given[0], name) == name else None

    def fold(self, surface: str, entities: dict[str, Entity], styled: bool = False) -> str | None:
        """The full name a surname, a partial name or a given name used alone belongs to; after
        an honorific (``styled``), also the first word of one person's name when no given name
        is ("Mr Zhang" for Zhang Wei): an honorific goes before a family name."""
        if surface in entities and entities[surface].type == "person":
            return surface
        found = self.by_suffix.get(tuple(surface.split())) or self.by_given.get(surface)
        if not found and _capital_particle(surface):  # "Al-Haddadi" opening a sentence, "De la Fuente"
            found = self.by_suffix.get(tuple((surface[:1].lower() + surface[1:]).split()))
        return found or (self.by_family.get(surface) if styled else None)


# Particles that Irish and Scottish Gaelic surnames always write with a capital and a space:
# "Ní Fhloinn", "Ó Briain", "Nic Aodha", "Mac Giolla".
_GAELIC_PARTICLES = frozenset(["Ní", "Nic", "Ó", "Ua", "Uí", "Mac", "Mhic"])


def _capital_particle(surface: str) -> bool:
    """Whether a surname opens with its particle capitalised, as at the start of a sentence
    ("De la Fuente") or always ("Ní Fhloinn")."""
    words = surface.split()
    if len(words) == 2 and words[0] in _GAELIC_PARTICLES:
        return True
    lowered = surface[:1].lower() + surface[1:]
    return lowered != surface and (lowered.split()[0] in PARTICLES or bool(HYPHEN_PARTICLE.match(lowered)))


def _rare(word: str) -> bool:
    """A word news has never been seen to use: in a person's name first, a rarer given name
    that can stand for them alone ("Zayna Holt" ... "Zayna said")."""
    return word.isalpha() and capitalisation(word) == 0


class Registry:
    """The entities found so far, looked up by name, by name without spaces or hyphens
    ("TimeWarner" = "Time Warner"), and by surname for people."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.squashed: dict[str, str] = {}
        self.people = People()

    @staticmethod
    def squash(name: str) -> str:
        """The name without "The", spaces, dots, hyphens or apostrophes, in lower case."""
        return re.sub(r"[\s.\-']", "", name.removeprefix("The ")).lower()

    def find(self, name: str) -> Entity | None:
        key = self.squashed.get(self.squash(name))
        return self.entities[key] if key else None

    def add(self, name: str, type_: ActorType, provisional: bool = False, latest: bool = True) -> Entity:
        """The entity of ``name``, added when new (``latest``: see ``People.add``)."""
        existing = self.find(name)
        if existing:
            return existing
        e = self.entities[name] = Entity(name, type_, NOT_YET, provisional=provisional)
        self.squashed[self.squash(name)] = name
        if type_ == "person":
            self.people.add(name, sure=not provisional, latest=latest)
        return e

    def fold_person(self, surface: str, styled: bool = False) -> str | None:
        return self.people.fold(surface, self.entities, styled)

    def surname(self, name: str) -> str:
        """A surname and a generation ("Cole Jr") or a surname with its particle ("De la Fuente",
        "Van der Walle") is the full name with it, when the article has one: a name of several
        words like any other, but a surname all the same."""
        words = name.split()
        generation = len(words) == 2 and words[1] in lexicon.GENERATIONS
        return (self.fold_person(name) or name) if generation or _capital_particle(name) else name


_FUNCTION_WORDS = frozenset(["of", "for", "and", "the", "&", "de", "du", "to", "on", "in", "against"])


def register_short_forms(mentions: list[Mention], registry: Registry, alone: frozenset[str] = frozenset()) -> None:
    """Shorter names of an organisation fold into it wherever in the article either comes:
    its initials ("National Union of Journalists" is the NUJ), its distinctive word before
    organisation words ("Acme" for Acme Motors) and its name without the country before it
    ("Media Council" for the Ugandan Media Council), and a name with its legal ending is the body named
    without it before ("Acme Foods to close bakery", then "Acme Foods Inc. said"). Three words or more of
    a type still unknown whose initials the article writes as a word ("World Food Programme" and "the
    WFP") are the same body's, however it is named first, as is a name of unknown type (a key in
    ``alone``: one that stands alone somewhere, as a body's name does, not only before a noun as a
    product's) whose short form the article names as a body (``full_name_of``). A headline or a bullet
    point may name a council by its kind alone ("County council vows ..."): the story's one council of
    that kind."""
    written = {m.surface.lower() for m in mentions if m.surface.isupper() and m.surface.isalpha()}
    mixed = {m.surface.lower() for m in mentions if _MIXED_INITIALS.fullmatch(m.surface)}
    bodies = {m.surface for m in mentions if m.kind == "name" and m.type == "organization"}
    names = {m.surface for m in mentions if m.kind in ("name", "multi") and len(m.surface.split()) > 1}
    openings = Counter(name.split()[0] for name in names if not _peoples_group(name.split()))
    councils: dict[str, set[str]] = {}  # "County Council" -> the county councils the story names
    # Towns whose council the story names: "Kelby" alone there is the town's or its council's, never
    # the University of Kelby's or Kelby College's.
    council_towns = set(filter(None, map(_council_town, bodies)))
    endings = Counter(end for name in bodies for end in _common_endings(name.split()))
    for before, m in itertools.pairwise([None, *mentions]):
        words = [w for w in m.surface.split() if w not in _FUNCTION_WORDS]
        initials = "".join(w[0] for w in words).lower()
        union = registry.find(_branch_of(before, m) or "")
        if union:  # "The Gulf Coast Dockworkers Union, Local 27, which": its branch
            registry.squashed.setdefault(registry.squash(m.surface), union.name)
        if m.kind == "name" and m.type == "organization" and len(words) >= 2:
            bare = _without_ending(m.key.split())[:1]
            named = registry.find(bare[0]) if bare else None
            if named and named.type == "organization":  # "Acme Foods to close bakery ... Acme Foods Inc. said"
                registry.squashed.setdefault(registry.squash(m.key), named.name)
            e = registry.add(m.key, "organization")
            registry.squashed.setdefault(initials, e.name)
            every = "".join(w[0] for w in m.surface.split() if w not in ("the", "&")).lower()
            if every in mixed:  # "DfT" for the Department for Transport: its small words' letters in lower case
                registry.squashed.setdefault(every, e.name)
            for short in (a for a in written if len(a) >= MIN_SYLLABLE_ACRONYM and _syllable_acronym(a, words)):
                registry.squashed.setdefault(short, e.name)  # "CAMRA" for the Campaign for Real Ale
            if m.surface.split()[-2:-1] == ["and"] and initials[:-1] in written:
                # initials that leave out a field added to the name later: "the CDC" is the Centers for Disease
                # Control and Prevention
                registry.squashed.setdefault(initials[:-1], e.name)
            for short in _short_forms(e.name.split()):
                town_named = e.name.endswith(f" of {short}") or e.name.split()[-1] in _PLACED_INSTITUTIONS
                if not (short in council_towns and town_named):
                    registry.squashed.setdefault(registry.squash(short), e.name)
            for short in _common_endings(m.surface.split()):
                if endings[short] == 1:  # ("Health Board" of two health boards is neither's)
                    registry.squashed.setdefault(registry.squash(short), e.name)
            coined = _coined_opening(words) and not _peoples_group(words)
            if openings[words[0]] == 1 and coined and words[0] not in council_towns:
                registry.squashed.setdefault(registry.squash(words[0]), e.name)
            for short in _council_by_its_place(e.name.split()):
                # (also when the short form came first, in a headline: "Marlshire council to cut jobs")
                if registry.squashed.get(registry.squash(short), short) == short:
                    registry.squashed[registry.squash(short)] = e.name
            if _council_by_its_place(e.name.split()):
                councils.setdefault(" ".join(e.name.split()[-2:]), set()).add(e.name)
        elif m.kind == "name" and m.type == "place" and _ISLE_OF.fullmatch(m.key):
            e = registry.add(m.key, "place")  # "the Isle of Cruinnsay ... live on Cruinnsay": the island
            registry.squashed.setdefault(registry.squash(_ISLE_OF.fullmatch(m.key).group(1)), e.name)
        elif m.kind == "multi" and m.key in alone and full_name_of(m.key.split(), bodies):
            # "Kestrel Robotics said ... Kestrel Chief Executive Jo Lee": the tagger knows the short
            # form for a body, and the name it is short for is that body's full name
            e = registry.add(m.key, "organization")
            for short in _short_forms(e.name.split()):
                registry.squashed.setdefault(registry.squash(short), e.name)
        elif m.kind == "multi" and len(words) >= 3 and initials in written:
            e = registry.add(m.key, "person", provisional=True)
            registry.squashed.setdefault(initials, e.name)
    for kind, named in councils.items():  # "County council vows to rescue routes": the one county council
        if len(named) == 1 and registry.squashed.get(registry.squash(kind), kind) == kind:
            registry.squashed[registry.squash(kind)] = next(iter(named))


# Initials that keep a small word's letter in lower case: "DfT", "MoD".
_MIXED_INITIALS = re.compile(r"[A-Z](?:[a-z]?[A-Z])+")

# What a place's institution is named as, after the place: "Kelby" alone is the town, never Kelby College, where
# the story names the town's council.
_PLACED_INSTITUTIONS = frozenset(["College", "University", "School", "Academy", "Hospital", "Library", "Museum"])
# An island's name with its kind, which news then drops: "Isle of Cruinnsay", "Island of Kelby".
_ISLE_OF = re.compile(r"(?:Isle|Island) of ([A-Z][\w'’-]+)")
# A union's branch by its number: "Local 417", "Lodge 31".
_BRANCH = re.compile(r"(?:Local|Lodge) \d{1,5}")


def _branch_of(before: Mention | None, m: Mention) -> str | None:
    """The organisation a union branch's number is set beside, between commas: "the Gulf Coast Dockworkers Union,
    Local 27, which represents": that union's."""
    if before is None or not _BRANCH.fullmatch(m.surface) or before.type != "organization":
        return None
    return before.key if before.sentence == m.sentence and m.start == before.end + 2 else None


def full_name_of(words: list[str], bodies: set[str]) -> bool:
    """Whether a name of unknown type is the full name of one of ``bodies`` ("Kestrel Robotics" of
    "Kestrel"), not a branch or a province the words it adds name ("Acme Europe", "Ca Mau Province",
    "the North West"), nor a body of its own that a known one's name opens ("NHS Confederation")."""
    places = lexicon.places()
    for short in (bodies & set(_short_forms(words))) - lexicon.KNOWN_ORGS.keys():
        added = words[len(short.split()) :]
        if added and not any(
            w in places["names"] or w in places["demonyms"] or w in _REGION_WORDS or w in lexicon.CONTINENTS
            for w in added
        ):
            return True
    return False


# The people of a body or a place, who name a group of their own after it: "Acme Victims", "Kelby Residents".
_ITS_PEOPLE = frozenset(
    re.findall(
        r"\w+",
        "Victims Survivors Customers Parents Residents Fans Supporters Members Users Passengers Tenants Families "
        "Workers Staff Investors Shareholders Campaigners Neighbours Neighbors Patients Pensioners",
    )
)
_REGION_WORDS = lexicon.PLACE_WORDS | {w.capitalize() for w in lexicon.COMPASS} | {"North", "South", "East", "West"}


# Plurals that end places' names after a place's opening word: "San Juan Islands", "Port Hope Docks".
_GEOGRAPHIC_PLURALS = frozenset(
    re.split(
        r"\s+",
        "Hills Docks Lakes Keys Woods Rapids Waters Plains Heights Springs Falls Flats Islands Isles Mountains Gardens "
        "Sands Fields Meadows Marshes Narrows Shores Dunes Cliffs Downs Moors Fens Palms Oaks Pines Acres Commons Mews",
    )
)


def placed_team(words: list[str]) -> bool:
    """Whether a name is a town's opening with a place's word and a plural nickname after it ("Fort Kelby
    Falcons", "San Vey Otters"): a team, no place ("Fort Kelby", "San Vey Islands" are)."""
    last = words[-1]
    return (
        len(words) >= 3
        and words[0] in lexicon.PLACE_OPENERS
        and last.endswith("s")
        and not last.endswith("ss")
        and last.isalpha()
        and last[:1].isupper()
        and last not in lexicon.PLACE_WORDS
        and last not in lexicon.GEOGRAPHY_WORDS
        and last not in _GEOGRAPHIC_PLURALS
    )


def _short_forms(words: list[str]) -> list[str]:
    """The distinctive word of "Acme Motors" or "University of Harnford", the "Media Council" of "Ugandan
    Media Council", the saint of "St Aldric's Hospice" and the family of "Pennock's Bakery"."""
    places = lexicon.places()
    first, rest = words[0], words[1:]
    out = []
    if rest and all(w in lexicon.ORG_WORDS for w in rest) and _distinctive(first):
        out.append(first)

    if len(rest) >= 2 and (first in places["names"] or first in places["demonyms"]):
        out.append(" ".join(rest))
    if len(words) >= 2 and first in lexicon.PRISON_STYLES:
        out.append(" ".join(rest))  # "Farrowdale" for HMP Farrowdale: a jail is called by its name alone
    if len(words) >= 3 and words[-1] in places["names"] and words[-2] in lexicon.ORG_WORDS:
        out.append(" ".join(words[:-1]))  # "Arts Council" of Arts Council England: the nation it serves left out
    if len(rest) >= 2 and first in ("St", "St.", "Saint") and rest[0].endswith(POSSESSIVE_ENDINGS):
        out.append(f"{first} {rest[0][:-2]}")  # "St Aldric's" for St Aldric's Children's Hospice
    family_firm = words[-1].rstrip(".") in lexicon.LEGAL_FORM_ABBREVIATIONS and len(words) <= 4
    shop = len(words) == 2 and words[1] in lexicon.SHOP_TRADES
    if (shop or family_firm) and words[0].endswith(POSSESSIVE_ENDINGS):
        out.append(words[0][:-2])  # "Pennock's" for Pennock's Bakery or Vossberg's Candy Co., its owner kept apart
    if len(words) == 3 and first in ("University", "College") and rest[0] == "of" and _distinctive(rest[1]):
        out.append(rest[1])  # "Harnford" for the University of Harnford, as for Harnford University
    if len(words) > 2 and words[-2] in ("Local", "Lodge") and words[-1].isdigit():
        out.append(" ".join(words[-2:]))  # "Local 417" for Canadian Transit Workers' Union Local 417, its branch
    if len(words) == 2 and words[1] in lexicon.CLUB_ONLY_ENDINGS and words[1] not in ("FC", "AFC"):
        out.append(words[1])  # "Rovers" for Wexby Rovers: fans and reporters call a club so
    if placed_team(words):
        out.append(words[-1])  # "Falcons" for the Fort Kelby Falcons: a team by its nickname
    out.extend(_before_what_it_is(words))
    out.extend(_before_its_last_word(words))
    out.extend(_without_ending(words))
    return out


_CLUB_FORMS = frozenset(["FC", "AFC", "RFC", "RLFC", "F.C."])  # a club's company ending, which news often drops
# The kind of local authority a council's full name gives, which news drops once it has named it.
_COUNCIL_KINDS = frozenset(["County", "Borough", "District", "City", "Town", "Parish", "Metropolitan", "Regional"])


def _common_endings(words: list[str]) -> list[str]:
    """The endings of a body's name, of two words or more, made of common words and body words only, that
    news calls it by once it has named it in full: "Water Works" of Carver Bend Water Works, "Health Board" of
    Kelby Health Board."""
    common = [w in lexicon.ORG_WORDS or 0 < capitalisation(w) <= MOSTLY_LOWER for w in words]
    endings = []
    for k in range(len(words) - 2, 0, -1):
        if not common[k]:
            break
        endings.append(" ".join(words[k:]))
    return endings if endings and common[-1] and not all(common) else []


def _council_by_its_place(words: list[str]) -> list[str]:
    """ "Marlshire Council" (in a headline, "Marlshire council") for Marlshire County Council: news
    names a council by its place and the word "Council", leaving out what kind of authority it is."""
    if len(words) < 3 or words[-1] != "Council" or words[-2] not in _COUNCIL_KINDS:
        return []
    place = words[:-1]
    while place and place[-1] in _COUNCIL_KINDS:
        place.pop()
    return [" ".join([*place, "Council"])] if place else []


def _peoples_group(words: list[str]) -> bool:
    """Whether a name is a group of a body's or a place's people, named after it ("Harrowfield Members' Voice",
    "Fairholme Residents' Association"), which leaves the body or the place its name's opening."""
    return len(words) >= 3 and words[1].endswith(("s'", "s’"))


def _coined_opening(words: list[str]) -> bool:
    """Whether a firm's name of three words or more opens with a coined word that tells it apart
    ("Ridgeline" of Ridgeline Sports Network), which news then calls it by: a word no English text
    was seen to use, opening no other name in the story (a town's name opens its council's, its
    chamber's and its club's), before no public body's noun or legal ending."""
    first, last = words[0], words[-1]
    return (
        len(words) >= 3
        and last in lexicon.ORG_WORDS
        and last.lower() not in lexicon.PUBLIC_BODY_HEADS
        and last.rstrip(".") not in lexicon.COMPANY_SUFFIXES | {"Co", "Cos"}
        and _rare(first)
        and _distinctive(first)
    )


# A word of a legal form written with stops, or the particles inside one: "S.A.", "de", "C.V.", "Sp.", "z", "o.o.".
_STOPPED_PART = re.compile(r"(?:[A-Za-z]{1,4}\.)+|de|z")


MIN_SYLLABLE_ACRONYM = 4  # shorter letters match too many names' openings
MAX_SYLLABLE_LETTERS = 3


def _syllable_acronym(letters: str, words: list[str]) -> bool:
    """Whether an acronym the article writes is made of the openings of every word of a name, in order, up to three
    letters of each ("CAMRA": CAMpaign for Real Ale), as some bodies' acronyms are, not of their initials alone."""
    if not words:
        return not letters
    head = words[0].lower()
    return any(
        letters[:n] == head[:n] and _syllable_acronym(letters[n:], words[1:])
        for n in range(1, min(MAX_SYLLABLE_LETTERS, len(head), len(letters)) + 1)
    )


def _without_ending(words: list[str]) -> list[str]:
    """A body's name without the ending news drops once it has named it: a legal form ("Ltd"), a club's company
    ending ("FC") or a business's "Group" (``_without_legal_ending``, ``_club_without_form``,
    ``_business_without_group``)."""
    return _without_legal_ending(words) + _club_without_form(words) + _business_without_group(words)


def _club_without_form(words: list[str]) -> list[str]:
    """A club's name without the ending its company adds, which news often drops: "Kelby Town" for Kelby Town FC,
    whichever the story names first (not "Kelby" for Kelby FC: that is the town)."""
    club = len(words) >= 3 and words[-1] in _CLUB_FORMS and words[-2] in lexicon.CLUB_ENDINGS
    return [" ".join(words[:-1])] if club else []


def _business_without_group(words: list[str]) -> list[str]:
    """A business's name without "Group" or "Holdings", which news drops as it drops a legal form: "Brookmere
    Housing" for Brookmere Housing Group (not a public body's or a party's group: "Kelby Council Labour Group")."""
    rest = words[:-1]
    grouped = len(words) >= 3 and words[-1] in ("Group", "Holdings")
    if not grouped or any(w.lower() in lexicon.PUBLIC_BODY_HEADS or w in ("Party", "Union", "Labour") for w in rest):
        return []
    return [" ".join(rest)]


def _without_legal_ending(words: list[str]) -> list[str]:
    """A company's name without its legal ending and, then, without the trade it names: news
    writes "Redwood Ridge Forestry Ltd" once, then "Redwood Ridge" ("Redwood Ridge Forestry"),
    even where those words would make a place's name; not when an organisation word is left
    ("Kelby Council Services Ltd" is not Kelby Council)."""
    base = list(words)
    while base and (base[-1] in lexicon.COMPANY_SUFFIXES or _STOPPED_PART.fullmatch(base[-1])):
        base.pop()  # (also a form written with stops: "Tierra Roja S.A. de C.V.", "Winnica Import Sp. z o.o.")
    if len(base) == len(words) or len(base) < 2:
        return []
    trade = base[:-1]
    out = [" ".join(base)]
    if trade and not any(w in lexicon.ORG_WORDS for w in trade) and _distinctive(trade[0]):
        out.append(" ".join(trade))
    return out


MAX_NAME_WORDS_CUT = 3  # a body's name this long or shorter is called by all but its last word


def _before_its_last_word(words: list[str]) -> list[str]:
    """A short firm's name without its last word, the trade or thing it names ("Healwell" for
    Healwell Pharmacy, "Brenmoor Valley" for Brenmoor Valley Water): news calls a firm by the
    words that tell it apart, when those are no place, person's given name or common word. Not
    a body named by its kind or a club by its town, whose first words are the town's name, nor a group of a
    body's people ("Acme Victims" is no Acme)."""
    head = words[:-1]
    if not 2 <= len(words) <= MAX_NAME_WORDS_CUT or not all(w.isalpha() and w[:1].isupper() for w in words):
        return []
    if words[-1] in lexicon.ORG_WORDS or words[-1] in lexicon.CLUB_ENDINGS or words[-1] in _ITS_PEOPLE:
        return []  # "Harcombe Council", "Harcombe Rovers": alone, "Harcombe" is the town (see _short_forms)
    if any(w in _COMMON or w in _PLACE_MAKERS for w in head) or not _distinctive(head[0]):
        return []
    name = " ".join(head)
    return [] if name in lexicon.places()["names"] else [name]


_PLACE_MAKERS = lexicon.PLACE_WORDS | lexicon.PLACE_OPENERS


def _before_what_it_is(words: list[str]) -> list[str]:
    """The name's words before the first organisation word, when two or more: "Dunmere Heath"
    for Dunmere Heath Police or Dunmere Heath Power & Water, the words that tell the body
    apart, with no common word among them. A known place or a name a place word makes one
    ("Port Delling" of Port Delling Authority) is the place, and a club the town's club."""
    cut = next((k for k, w in enumerate(words) if w in lexicon.ORG_WORDS), 0)
    head = words[:cut]
    if cut < 2 or head[-1] in lexicon.CLUB_ENDINGS or " ".join(head) in lexicon.places()["names"]:
        return []
    if any(w in _PLACE_MAKERS for w in head):
        return []
    return [" ".join(head)] if all(w[:1].isupper() and w.isalpha() and w not in _COMMON for w in head) else []


_COMMON = lexicon.ORG_WORDS | lexicon.TITLE_WORDS | lexicon.NON_NAMES | lexicon.HONORIFICS


def _distinctive(word: str) -> bool:
    """A word that names one body on its own: no place, title, organisation or given name."""
    places = lexicon.places()
    return (
        word not in _COMMON
        and word not in lexicon.first_names()
        and word not in places["names"]
        and word not in places["demonyms"]
    )


def display_name(e: Entity) -> str:
    """The name as the article writes it: its canonical form when the article uses it (or
    for a person, whose full name is what the article wrote), else the form it uses most
    ("UK", not "United Kingdom"), never a demonym; and as the article writes it in its body,
    not in a tabloid's capitals for emphasis ("ASHBURY Town owner ..." then "Ashbury Town")."""
    if _shouted(e.name):
        calm = [s for s in e.surfaces if s.lower() == e.name.lower() and not _shouted(s)]
        if calm:
            return max(calm, key=lambda s: e.surfaces[s])
    if e.type == "person" or not e.surfaces or e.name in e.surfaces:
        return e.name
    demonyms = lexicon.places()["demonyms"]
    used = [s for s in e.surfaces if s not in demonyms and s[:1].isupper() and s not in lexicon.TITLE_WORDS]
    calm = [s for s in used if not (s.isupper() and len(s) > 3 and lexicon.KNOWN_ORGS.get(s.capitalize()))]
    order = {s: k for k, s in enumerate(e.surfaces)}  # (not "TORY", a known name shouted, beside "Tories")
    return max(calm or used, key=lambda s: (e.surfaces[s], -order[s])) if used else e.name


def _shouted(name: str) -> bool:
    """A word of four letters or more in capitals beside words that are not: emphasis, not an
    acronym ("ASHBURY Town"; "NATO" and "UNESCO" are names as written)."""
    words = name.split()
    return any(len(w) > 3 and w.isupper() and w.isalpha() for w in words) and not all(w.isupper() for w in words)


class Named(Protocol):
    """An entity being assembled or an actor listed: what a title's holder is found among."""

    name: str
    type: str
    role: str | None


def _title_head(word: str) -> bool:
    """A title's head word, also as the last part of a compound ("Vice-chancellor")."""
    return any(w in lexicon.TITLE_HEADS for w in (word, word.capitalize(), word.split("-")[-1].capitalize()))


# Words that make a post another one than its head says: "the Chancellor" is not the shadow
# chancellor, the deputy chancellor or the former one.
_OTHER_HOLDER = frozenset(["shadow", "deputy", "vice", "former", "ex", "assistant", "acting", "interim", "junior"])


def holder(title: str, people: Iterable[Named]) -> str | None:
    """The one person whose role shares the title's head words ("Secretary General"); of
    several, the one whose role the title wholly covers ("Skills Minister", not the "shadow
    skills minister")."""
    heads = {w.lower() for w in title.split() if _title_head(w)}
    if not heads:
        return None
    said = {w.lower() for w in title.split()}
    # ... and the words of a portfolio it names before its head ("Education" of "the Education Secretary"): no
    # "regional secretary"
    before_head = list(itertools.takewhile(lambda w: not _title_head(w), title.split()))
    portfolio = {w.lower() for w in before_head if w[:1].isupper() and 0 < capitalisation(w) <= MOSTLY_LOWER}
    roles = {e.name: set(re.findall(r"[\w'’-]+", e.role.lower())) for e in people if e.type == "person" and e.role}
    holders = [  # ("the Chancellor" is no Shadow Chancellor)
        e
        for e in people
        if e.name in roles and heads | portfolio <= roles[e.name] and not (roles[e.name] & _OTHER_HOLDER) - said
    ]
    if len(holders) > 1:  # a role the title wholly covers: the Skills Minister, not her shadow
        holders = [e for e in holders if roles[e.name] <= said]
    return holders[0].name if len(holders) == 1 else None


def _always_capitalised(word: str) -> bool:
    """A word news capitalises almost everywhere (learned with the tagger's word classes):
    the name of one body ("Treasury", "Pentagon"), not a generic word for any ("Alliance")."""
    return capitalisation(word) == ALWAYS_CAPITALISED


def fold_singles(
    mentions: list[Mention],
    registry: Registry,
    speaking: frozenset[int] = frozenset(),
    described: frozenset[int] = frozenset(),
) -> None:
    """Unknown single words. A generic organisation word ("the Commission") folds into the
    organisation whose name holds it, nearby first, else anywhere in the article; failing
    that, a word news always capitalises that recurs is a body of its own ("the Treasury"),
    and any other folds into an organisation named in the same or the previous sentence
    ("the Alliance" after NATO). Another word is an organisation if it recurs ("Google"), a
    place if it recurs only after "in", "near" or "outside" ("clinics in Corvell"), or there and
    before a noun ("the Midlands club"), or, a place the shipped name lists know, only after any
    preposition of place ("a skipper from Hull"), or at least twice after those and, but once,
    only after a preposition of place or before a noun ("Locals in Sandleigh ... counters in
    Sandleigh ... Sandleigh police station"). Named once as the subject of a verb of speech (the
    ids in ``speaking``: "Unison said"), a word no one's name explains is a body: news names a
    person in full before it calls them by one name. The first word of a local council's name
    ("Kelby Borough Council") is, alone where things are ("jobs at Kelby", "the Kelby area"),
    the place the council is named for. A recurring word that a clause with "who" describes
    (the ids in ``described``: "Keppner, who has led the office since 2015,") is a person's name,
    whose full form the page gave only in furniture."""
    entities = registry.entities
    singles = [m for m in mentions if m.kind == "single" and not m.key]
    counts: dict[str, int] = defaultdict(int)
    settings: dict[str, int] = defaultdict(int)
    modifiers: dict[str, int] = defaultdict(int)
    wheres: dict[str, int] = defaultdict(int)  # after any preposition of place ("from Hull")
    for m in singles:
        counts[registry.squash(m.surface)] += 1
        settings[registry.squash(m.surface)] += m.setting
        wheres[registry.squash(m.surface)] += m.locative or m.setting
        modifiers[registry.squash(m.surface)] += m.modifier and not m.setting
    who_described = {registry.squash(m.surface) for m in singles if id(m) in described}
    organisations: dict[int, list[str]] = defaultdict(list)
    for n in mentions:
        if n.key in entities and entities[n.key].type == "organization":
            organisations[n.sentence].append(n.key)
    # The bodies, or names of unknown type, whose first word is distinctive: "Pinecrest Markets".
    openers: dict[str, set[str]] = defaultdict(set)
    towns: set[str] = set()  # "Kelby" of "Kelby Borough Council": the place the council is named for
    for name, e in entities.items():
        words = name.split()
        people = words[-1] in _ITS_PEOPLE  # ("Vexco Passengers" campaign against Vexco)
        if len(words) > 1 and (e.type == "organization" or e.provisional) and _distinctive(words[0]) and not people:
            openers[words[0]].add(name)
        if e.type == "organization" and _council_town(name):
            towns.add(words[0])
    for m in singles:
        if m.surface in lexicon.ORG_WORDS:
            nearby = organisations.get(m.sentence - 1, []) + organisations.get(m.sentence, [])
            # "the Commission": the organisation nearby whose name holds the word, else the one
            # anywhere in the article ("European Commission" paragraphs before); far from "the
            # Government of Ghana", "the Government" is the story's own.
            holders = [name for name in nearby if m.surface in name.split()] or [
                name
                for name, e in entities.items()
                if e.type == "organization" and m.surface in name.split() and m.surface not in lexicon.NATIONAL_BODIES
            ]
            if holders:
                m.key = holders[0]
            elif m.surface in lexicon.NATIONAL_BODIES or (
                _always_capitalised(m.surface) and (counts[registry.squash(m.surface)] >= 2 or nearby)
            ):
                # "the Government", "Parliament": the one national body, never an anaphor
                # "the Treasury ... a Treasury spokesman": a body of its own, and never the other body named beside
                # it ("The Pentagon said ..., as the Kelby Institute had ...")
                m.key = registry.add(m.surface, "organization").name
            else:  # "the Alliance" after NATO
                m.key = nearby[0] if nearby else ""
        elif m.surface in towns and (m.locative or m.setting or m.modifier):
            # "900 jobs at Kelby ... Kelby Borough Council's leader": the town, not its council
            # (which a subject stands for: "Kelby to take control of its buses"), nor another body
            # named for it ("Councillors in Kelby ... the Kelby Bobcats"), whose short form it is not
            named_for = registry.find(m.surface)
            if named_for and named_for.type != "place":
                del registry.squashed[registry.squash(m.surface)]
            m.key = registry.add(m.surface, "place").name
        elif registry.find(m.surface):
            m.key = registry.find(m.surface).name
        elif m.surface in towns and any(
            name.split()[-1] in _PLACED_INSTITUTIONS for name in openers.get(m.surface, ())
        ):
            # "its Kelby works", where the story names Kelby College and Kelby Borough Council: the town, no body
            m.key = ""
        elif not m.setting and len(openers.get(m.surface, ())) == 1 and _opens_for(m, openers):
            # "a regional operator, Pinecrest Markets ... Pinecrest operates 62 stores"; a known body's also before
            # a noun: "trained at a Pinecrest gym" (a place's name may go before one: "the Kelby aquifer")
            (m.key,) = openers[m.surface]
            entities[m.key].opened += 1
        elif counts[registry.squash(m.surface)] >= 2 and not _title(m.surface):
            # "clinics in Corvell ... schools near Corvell", "in the Midlands ... the Midlands club":
            # a word found only where things are (or before a noun, as a place is) is a place
            squashed = registry.squash(m.surface)
            place = (
                (settings[squashed] and settings[squashed] + modifiers[squashed] == counts[squashed])
                or (wheres[squashed] == counts[squashed] and name_kinds(m.surface) & KIND_BIT["place"])
                or (settings[squashed] >= 2 and wheres[squashed] + modifiers[squashed] >= counts[squashed] - 1)
            )
            # "his wife, Irene, ... cared for Irene": a given name of one sex is a person's, and so is
            # a name "who" describes
            personal = m.surface in lexicon.given_genders() or squashed in who_described
            kind = "place" if place else "person" if personal else "organization"
            m.key = registry.add(m.surface, kind).name
        elif id(m) in speaking and not (
            _title(m.surface) or m.surface in openers or m.surface in lexicon.first_names()
        ):
            m.key = registry.add(m.surface, "organization").name


def _opens_for(m: Mention, openers: Mapping[str, set[str]]) -> bool:
    """Whether a single word that opens one name stands for what that name names: alone, or before a noun ("trained at
    a Pinecrest gym") unless the name is a place's ("Kelby South", "the Vey End": "the Kelby aquifer" is the
    place's) or the word a common one."""
    (name,) = openers[m.surface]
    # (nor a word news also writes in lower case: "The Daily and Sunday Kelby papers" are not Daily Vey's)
    known = capitalisation(m.surface) in (0, ALWAYS_CAPITALISED)
    return not m.modifier or (name.split()[-1] not in _PLACE_ENDS and known)


# The last words of places' names: "Kelby South", "Kelby Park", "the Vey End".
_PLACE_ENDS = lexicon.PLACE_WORDS | lexicon.GEOGRAPHY_WORDS | frozenset(["North", "South", "East", "West", "End"])


def holders_by_initials(people: Iterable[Named]) -> dict[str, str]:
    """Each spelling of title words' initials that one person's role holds, with that person: news writes a
    title short once it has given it in full ("Cabinet Secretary" -> "the CS", "Chief Justice" -> "the CJ")."""
    holders: dict[str, set[str]] = defaultdict(set)
    for e in people:
        if e.type == "person" and e.role:
            for initials in _initial_runs(e.role.split()):
                holders[initials].add(e.name)
    return {initials: names.pop() for initials, names in holders.items() if len(names) == 1}


def _initial_runs(words: list[str]) -> set[str]:
    """The initials of every run of two or more title words: "Trade Cabinet Secretary" -> {"TC", "CS", "TCS"}."""
    return {
        "".join(w[0] for w in words[i:j])
        for i in range(len(words))
        for j in range(i + 2, len(words) + 1)
        if all(w in lexicon.TITLE_WORDS for w in words[i:j])
    }


# What follows a place's name in its local authority's: "Borough Council", "City Council".
_LOCAL_COUNCIL = re.compile(r"(?:(?:Borough|City|County|District|Town|Parish|Metropolitan|Regional|Shire) )+Council")


def local_council(name: str) -> bool:
    """Whether a name is a local council's, a place's name and then its kind of council ("Oakhurst District
    Council"), not a national body's ("Arts Council")."""
    found = _LOCAL_COUNCIL.search(name)
    return found is not None and found.start() > 0 and found.end() == len(name)


def _given_name(word: str) -> bool:
    """A given name, also one of two joined by a hyphen ("Mary-Beth", "Jean-Luc"), which news writes alone as it
    writes any given name."""
    names = lexicon.first_names()
    return word in names or ("-" in word and all(part in names for part in word.split("-")))


def councils_by_town(bodies: Iterable[str]) -> dict[str, str]:
    """The one local council the story names for each town ("Tallong" -> Tallong Shire Council): the body a town's
    name stands for where it is named as a body ("a spokeswoman for Tallong")."""
    found: dict[str, set[str]] = defaultdict(set)
    for body in bodies:
        town = _council_town(body)
        if town:
            found[town].add(body)
    return {town: next(iter(named)) for town, named in found.items() if len(named) == 1}


def _council_town(name: str) -> str | None:
    """The place a local council is named for: "Kelby" of "Kelby Borough Council", or of "Shire of Kelby"."""
    words = name.split()
    of_place = _COUNCIL_OF_PLACE.fullmatch(name)
    if of_place:
        return of_place.group(1)
    return words[0] if len(words) > 1 and _LOCAL_COUNCIL.fullmatch(" ".join(words[1:])) else None


# A local government named as its place's kind, before the place: "Shire of Kellerton", "Township of Lanark".
_COUNCIL_OF_PLACE = re.compile(r"(?:Shire|Township|Municipality|Borough|Rural Municipality) of ([A-Z][\w'’-]+)")


def _title(word: str) -> bool:
    return word in lexicon.TITLE_WORDS or (word.endswith("s") and word[:-1] in lexicon.TITLE_WORDS)
