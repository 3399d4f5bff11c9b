"""Actors: the people, organisations and places a story is about.

Rule-based and offline: a name source (``names``: capitalised runs today, a
learned tagger later) proposes candidate spans in each sentence; here they are
split into titles and names with the shipped lexicon and typed (gazetteer,
organisation and place words, honorifics, titles); ``roles`` finds the role the
text gives a person and ``registry`` folds the mentions across the article:
surnames, given names and honorifics into full names ("Ms Hewitt" -> Patricia
Hewitt), titles into their holder ("the president" -> the one president named),
acronyms into their expansion, variants into one name (ISIS, Isil, Daesh),
demonyms into their country ("North Korean" -> North Korea).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from ..model import Actor, ActorType, Sentence
from ..parallel import halved
from ..patterns import LazyPattern
from ..tagging import load_name_tagger
from ..tagging.features import (
    ALWAYS_CAPITALISED,
    KIND_BIT,
    MOSTLY_LOWER,
    RARELY_CAPITALISED,
    capitalisation,
    folded,
    name_kinds,
)
from . import lexicon
from .names import HYPHEN_PARTICLE, PARTICLES, TOKEN, NameSource, capitalised_runs, strip_possessive
from .quote_marks import open_after
from .recognised import (
    AUXILIARY_AFTER,
    initials_after,
    name_after_opener,
    recognised_runs,
    spokesperson_after,
    tagged,
    tagged_organisation,
    tagged_person,
)
from .registry import (
    NOT_YET,
    Entity,
    Mention,
    Registry,
    councils_by_town,
    display_name,
    fold_singles,
    holder,
    holders_by_initials,
    placed_team,
    plain_apostrophes,
    register_short_forms,
)
from .roles import (
    PORTFOLIO,
    apposition,
    body_apposition,
    describes_person,
    descriptor_before,
    owned_role,
    portfolio_fields,
    relative_role,
    role_before,
)

_CONNECT_OF = {"of", "for"}
# Sentences from which finding names is worth a second process (a fork and a pipe cost a few
# milliseconds; a typical article of 30 sentences takes under 0.1 s).
PARALLEL_SENTENCES = 300
MAX_BODY_WORDS = 5  # words of a body named before a title ("Transport and Works Committee Chairman X")
_POSSESSIVE = LazyPattern(r"['’]s$")
_QUOTES_AND_SPACE = " \t\"'“”‘’(["


@dataclass(frozen=True)
class ActorIndex:
    """The actors of an article and where each sentence mentions them."""

    actors: tuple[Actor, ...]
    mentions: dict[int, list[Mention]]
    dateline: tuple[str, ...] = ()  # the places of the story's dateline: where it happens
    told: Mapping[str, str] = field(default_factory=dict)  # person -> "he" or "she", as the article says
    titled: Mapping[str, str] = field(default_factory=dict)  # person -> "he" or "she", as their honorific says

    def may_be(self, name: str, pronoun: str) -> bool:
        """Whether ``pronoun`` can stand for the person ``name``, by their name, the article's word
        or the honorific it calls them by ("she" is not the Declan Furlong it calls "Mr Furlong")."""
        return lexicon.may_be(name, pronoun, self.told.get(name) or self.titled.get(name))

    def known_to_be(self, name: str, pronoun: str) -> bool:
        """Whether the person's name, or the article's word for them, says ``pronoun`` stands for them."""
        return lexicon.known_to_be(name, pronoun, self.told.get(name))

    @cached_property
    def type_of(self) -> dict[str, ActorType]:
        """Actor name -> type."""
        return {a.name: a.type for a in self.actors}

    def in_sentence(self, index: int) -> list[Mention]:
        return self.mentions.get(index, [])

    def last_person(
        self, before: int, pronoun: str | None = None, opened: Mapping[int, str] | None = None
    ) -> str | None:
        """The person of the latest sentence up to ``before`` that names one (one ``pronoun``,
        "he" or "she", can stand for, when given): the first it names, its subject as news writes
        it ("Jo Lee set off from John O'Groats. The grandfather said" is Jo Lee, whatever the place is read as).
        A sentence that ``opened`` (sentence -> its opening pronoun) with that pronoun has it as its
        subject, so the people it names are others: "Jo Lee is to open a bistro. He bought the
        building from Ken Lowry. He has promised ..." is Jo Lee."""
        known = self.type_of
        while opened and pronoun and before > 0 and opened.get(before) == pronoun:
            before -= 1
        for index in range(before, -1, -1):
            people = [
                m
                for m in self.in_sentence(index)
                if m.key and known.get(m.key) == "person" and (pronoun is None or self.may_be(m.key, pronoun))
            ]
            if people:
                return people[0].key
        return None


_CENTRE = ("Centre", "Center")


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("-", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


@lru_cache(maxsize=8192)
def _known(name: str) -> bool:
    """A name in the shipped gazetteer or list of organisations."""
    gazetteer = lexicon.places()
    return name in lexicon.KNOWN_ORGS or name in gazetteer["names"] or name in gazetteer["demonyms"]


def _inner_geography(words: list[str]) -> bool:
    """A name with a word of geography inside, not at either end and not a law's or an event's
    ("Pelican Gulf Terminals", "Redwood Valley Foods"): a firm named for a place, or a place
    ("Ozark Falls Valley", "River Senne" end or open with it); the tagger's reading decides."""
    ends = {words[0], strip_possessive(words[-1])}
    return (
        len(words) > 2
        and any(w in lexicon.GEOGRAPHY_WORDS for w in words[1:-1])
        and not ends & (lexicon.GEOGRAPHY_WORDS | lexicon.LEGISLATION_WORDS | set(lexicon.EVENT_WORDS))
    )


_LEVIES = frozenset(["National Insurance"])
_WORD_BEFORE = LazyPattern(r"([A-Za-z]+)\s+$")


def _body_word_before(text: str, start: int) -> bool:
    """Whether the word right before a name is the kind of body it is ("the airline Delta"), which makes a
    place's name a body's; not a body placed there ("a sister company in the Midlands")."""
    word = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(word) and word.group(1).lower() in lexicon.ORG_DESCRIPTORS


# Parks that are businesses, not grounds: "Safari Park", "Theme Park", "Wildlife Park" (a "Country Park" is a place).
_ATTRACTION_PARKS = frozenset(["Safari", "Wildlife", "Theme", "Animal", "Adventure", "Water", "Holiday", "Farm"])


_ROAD_NUMBER = LazyPattern(r"[AMBN]\d{1,4}(?:\(M\))?|(?:I|US|SR|SH)[- ]?\d{1,3}")


# The fields a province's or a state's department is named by after the place: "Alberta Health", "NSW Education".
_DEPARTMENT_FIELDS = frozenset(
    ["Health", "Justice", "Education", "Transport", "Environment", "Agriculture", "Housing", "Infrastructure"]
)


# A body named for the office it serves, a title after "Office of" or "Ministry of": "the Office of the Attorney
# General", "Ministry of Attorney General", "Office of the Governor" (no holder: the office's staff).
_OFFICE_OF_HOLDER = LazyPattern(
    r"(?:The )?(?:Office|Ministry|Department) of (?:the )?(?:[A-Z][\w.-]* ){0,2}"
    r"(?:Attorney|Solicitor|Auditor|Inspector|Surveyor|Advocate|Governor|Mayor|Premier|President|Prime Minister"
    r"|Lieutenant Governor|Comptroller|Ombudsman|Commissioner|Chief Medical Officer)(?: General)?"
)
_OFFICE_OPENINGS = ("The", "Office", "Ministry", "Department")


@lru_cache(maxsize=8192)
def _classify(name: str) -> tuple[str | None, str]:
    """Kind and canonical name of a name found on its own: person, organization, place, "name" (several
    words, or one with a capital inside, type still unknown) or None (not an actor, or one unknown word)."""
    gazetteer = lexicon.places()
    if name.isupper() and len(name) > 3 and " " not in name and _known(name.capitalize()):
        name = name.capitalize()  # "TORY leader", "AMERICA has slapped": a known name shouted, not an acronym
    if name in lexicon.KNOWN_ORGS:
        return "organization", lexicon.KNOWN_ORGS[name]
    if name in gazetteer["names"]:
        return "place", gazetteer["names"][name][0]
    if name in gazetteer["demonyms"]:
        return "place", gazetteer["demonyms"][name]
    if name.endswith("ns") and (name[:-1] in gazetteer["demonyms"] or name[:-2] in gazetteer["names"]):
        return None, name  # a place's people ("Nova Scotians", "Canadians"): no one body or person
    words = name.split()
    if len(words) > 1 and any(m.end() == len(name) for m in lexicon.STOPPED_LEGAL_FORM.finditer(name)):
        return "organization", name  # "Blue Maguey Imports Inc.", "Winnica Import Sp. z o.o.": a company's legal form
    if len(words) > 1 and words[0] in lexicon.CAMPAIGN_VERBS:
        return "organization", name  # a campaign named for its call: "Save Sandleigh Station", "Keep Kelby Open"
    if len(words) > 2 and words[0] == "Campaign" and words[1] in ("for", "to", "Against"):
        # ... or for its cause: "Campaign for Real Ale", "Campaign to Protect Rural England"
        return "organization", name
    if len(words) > 2 and words[0] == "Friends" and words[1] == "of":
        return "organization", name  # a group of a place's supporters: "Friends of Meadowbank Park"
    if len(words) == 2 and words[1] in _DEPARTMENT_FIELDS and words[0] in gazetteer["names"]:
        return "organization", name  # a province's or state's department by its field: "Alberta Justice"
    if len(words) > 1 and words[0] in lexicon.PRISON_STYLES:
        return "organization", name  # a prison by its style: "HMP Kelby", "HMYOI Marlow", which its governor runs
    if len(words) > 1 and words[0] == "NHS" and name not in gazetteer["names"]:
        return "organization", name  # a health board by its area: "NHS Kelby", "NHS Kelby and Vey"
    if len(words) > 2 and "NHS" in words[1:-1] and words[-1] == "trust":
        return "organization", name  # a trust as British papers write it: "Kelby Hospitals NHS foundation trust"
    if len(words) == 1 and name in lexicon.ORG_WORDS:
        return None, name  # a generic word ("the Alliance") refers to a named body
    if len(words) > 1 and words[0] in _DEVOLVED and _devolved_party(words[1:]):
        return "organization", name  # "Scottish Conservatives", "Welsh Labour": a nation's own party
    if len(words) == 2 and words[0] == "Big":
        return None, name  # an industry as a whole: "Big Pharma", "Big Tech", "Big Oil"
    if name in _LEVIES:
        return None, name  # a tax named like a body: "tax and National Insurance"
    if len(words) > 1 and strip_possessive(words[-1]) in lexicon.EVENT_WORDS:
        return None, name  # a named day or event ("Boxing Day", "Black Friday") is a date
    if len(words) == 2 and words[0] in lexicon.STORM_WORDS:
        return None, name  # weather: "Hurricane Odessa", "Storm Ciara"
    if len(words) > 1 and words[-1] in _CENTRE and words[-2] in lexicon.VENUE_WORDS:
        return "place", name  # "Kelby Leisure Centre": where, not who
    if len(words) > 2 and (
        (words[-1] in _CENTRE and 0 < capitalisation(words[-2]) <= MOSTLY_LOWER)
        or (words[0] in _CENTRE and words[1] in ("for", "of"))
    ):
        return "organization", name  # "Kelby Medical Center", "Centre for Urban Mobility"; not the town Sioux Center
    if len(words) > 2 and words[0] in _MUNICIPAL and words[1] == "of":
        return "organization", name  # "the City of Kelby": the town's corporation, in talks and in court
    if len(words) > 2 and words[-1] == "District" and words[-2] in lexicon.DISTRICT_SERVICES:
        return "organization", name  # "Tolliver County Fire District": a public body, not an area
    if len(words) > 2 and words[-1] == "Park" and words[-2] in _ATTRACTION_PARKS:
        return "organization", name  # "Kelby Safari Park", "Marlow Theme Park": a business that runs itself
    if len(words) == 2 and words[0] in ("Co", "Co.") and words[1] not in lexicon.ORG_WORDS:
        return "place", name  # an Irish county as Irish news writes it: "Co Tyrone", "Co. Cork"
    if len(words) == 2 and words[0] in ("Upper", "Lower") and words[1] not in lexicon.ORG_WORDS | _HOUSES:
        return "place", name  # a village's: "Upper Thornby", "Lower Slaughter" (not a legislature's "Upper House")
    street = words[-1] in _STREETS and all(w[:1].isupper() for w in words)
    if len(words) > 1 and (words[-1] in _LANDSCAPE or street) and words[0] not in lexicon.first_names():
        # "Sage Crossing", "Permian Basin": no given name before the land's word; a street, also after a body's
        # word: "Church Lane" (not "Office of Rail and Road")
        return "place", name
    if placed_team(words):
        return "organization", name  # "Fort Kelby Falcons", "San Vey Otters": a team by its town and nickname
    if (
        len(words) > 1
        and (words[-1] in lexicon.PLACE_WORDS or words[0] in lexicon.PLACE_OPENERS)
        and not any(w in lexicon.ORG_WORDS for w in words)  # "Quill County School District" is a body
    ):
        return "place", name  # "Victoria Station", "Kent County", "County Durham", "Port Talbot"
    law = words[-1] in lexicon.LEGISLATION_WORDS or (
        len(words) > 2 and words[0] in lexicon.LEGISLATION_WORDS and words[1] == "of"
    )
    if len(words) > 1 and (words[-1] in lexicon.ORG_WORDS or words[-1] in lexicon.CLUB_ONLY_ENDINGS) and not law:
        return "organization", name  # a body named after its area: "Thames Valley Police", "Wexby Rovers"
    if "&" in words and any(w in lexicon.ORG_WORDS for w in words):
        return "organization", name  # "Ozark Valley Power & Light": a firm, though named for a valley
    geography = any(w in lexicon.GEOGRAPHY_WORDS for w in words)
    if geography and lexicon.PEOPLE_PLURAL.fullmatch(words[-1]) and words[-1] not in _WATERS:
        return "organization", name  # people named for what they look after: "River Guardians", "Lake Protectors"
    if geography or law:
        return None, name  # a river, a mountain; a law ("Freedom of Information Act", "Act of Parliament")
    if any(w in lexicon.ORG_WORDS for w in words) or any(p in lexicon.ORG_WORDS for w in words for p in w.split("-")):
        return "organization", name
    if "&" in words or (len(words) > 2 and words[-2] == "Local" and words[-1].isdigit()):
        return "organization", name  # "Carrow & Finch": a firm; "Transit Workers United Local 212": a union
    if len(words) > 1 and lexicon.BRAND_WORD.fullmatch(strip_possessive(words[-1])):
        return "organization", name  # "Suwannee AgriBlend", "Kelby FreshCo": a brand, no surname
    if lexicon.BRAND_WORD.fullmatch(strip_possessive(name)):
        return "name", name  # "TixDirect": a name, no common word, though not a person's
    if _is_acronym(name):
        return "organization", name
    if len(words) > 2 and any(w in _CAUSE_WORDS for w in words[1:-1]) and words[0] not in lexicon.first_names():
        return "organization", name  # "Save the Wrenbeck", "Parents for Safe Roads": a cause names a campaign
    if len(words) >= 2:
        first = words[0].capitalize() if name.isupper() else words[0]  # "MARCO BELLINI" in a tabloid
        if first in lexicon.first_names() and first not in lexicon.HONORIFICS:
            return "person", name
        return "name", name
    return None, name


_MUNICIPAL = frozenset(["City", "Town", "Village", "Borough"])
# (``lexicon.PEOPLE_PLURAL`` ends a group's name after a river's or a lake's word, but not the water's own plurals:
# "River Waters")
_WATERS = frozenset(["Waters", "Rivers", "Headwaters", "Borders", "Corners", "Towers", "Quarters", "Flowers"])
# Words for land and the places built on it that end a place's name and are no one's surname, after no given
# name: "Sage Crossing", "Permian Basin", "Saltmarsh Quay" (not "Hill" or "Vale": "Fiona Hill", "Romy Vale").
_LANDSCAPE = frozenset(
    re.findall(r"\w+", "Crossing Basin Wharf Quay Gardens Sands Cove Promenade Esplanade Flats Heights")
    + re.findall(r"\w+", "Close Crescent Drive Terrace Boulevard Mews")  # a street's: "Larchmere Close", "Elm Drive"
    + re.findall(r"\w+", "Parkway Highway Freeway Expressway Turnpike")  # a road's: "Juniper Parkway" (not "Pike")
)
_STREETS = frozenset(["Street", "Road", "Avenue", "Lane", "Row"])
_PARTIES = frozenset(["Conservatives", "Labour", "Liberal Democrats"])
_HOUSES = frozenset(["House", "Chamber", "Court", "Tribunal", "School", "Sixth"])  # "Upper House", "Lower Court"
_DEVOLVED = frozenset(["Scottish", "Welsh"])  # the nations whose branches of the UK's parties are parties


def _devolved_party(words: list[str]) -> bool:
    """Whether the words after a nation's adjective name a party: "the Scottish Conservatives" and
    "Welsh Labour" are the nations' own parties, not the UK's."""
    return lexicon.KNOWN_ORGS.get(" ".join(words)) in _PARTIES


def _adjectival(text: str, end: int) -> bool:
    """A place or nationality used as an adjective: "US media giant", "German music group",
    "UK finance minister" (a descriptor in the next two lower-case words)."""
    following = [w.strip(',.;:!?)"”’') for w in text[end : end + 40].split()[:2]]
    descriptors = lexicon.INDUSTRY_WORDS | lexicon.ORG_DESCRIPTORS | lexicon.PERSON_DESCRIPTORS
    return bool(following) and (
        following[0] in descriptors or (following[0].islower() and len(following) > 1 and following[1] in descriptors)
    )


_ONE_OF = LazyPattern(r"\b(?:[Aa]n?|(?:[Aa]n?|[Tt]he) [\w-]+-year-old)\s+$")
_AS_NOUN = LazyPattern(r"(?:[,.;:)]|\s+(?:who|whose|was|is|has|had|said|says|told)\b)")


def _one_national(text: str, run: list[tuple[int, int, str]], whole: str) -> bool:
    """A nationality standing for one person: "an American who", "the 24-year-old Argentine,"."""
    return (
        whole in lexicon.places()["demonyms"]
        and bool(_ONE_OF.search(text, max(0, run[0][0] - 30), run[0][0]))
        and bool(_AS_NOUN.match(text, run[-1][1]))
    )


# A legislature's chamber inside a tier's title: "State Senate Majority Leader Jo Lee", "State House Speaker Al Roe".
_CHAMBERS = frozenset(["Senate", "House", "Assembly"])
# The bodies whose members news titles so: "City Council Member Jo Roe", "School Board Member Al Roe".
_SEATED_IN = frozenset(["Council", "Board", "Committee", "Assembly", "Commission", "Cabinet"])
_SEAT_TIERS = frozenset(["City", "Town", "County", "School", "Village", "Borough", "District", "State", "Parish"])


def _seat_span(words: list[str]) -> int:
    """How many leading words title a member by the body they sit on ("Council Member", "City Council Member",
    "School Board Member"), else 0: a member alone titles no one ("EU Member States")."""
    k = 1 if words[:1] and words[0] in _SEAT_TIERS else 0
    return k + 2 if words[k : k + 2] and words[k] in _SEATED_IN and words[k + 1 : k + 2] == ["Member"] else 0


def _title_span(words: list[str]) -> int:
    """How many leading words form a title (optionally after an organisation acronym)."""
    n = _seat_span(words)
    while n < len(words) and (words[n] in lexicon.TITLE_WORDS or words[n] in _CONNECT_OF | {"and", "the"}):
        n += 1
        n += _joined_subject(words, n)
    while n and words[n - 1] in _CONNECT_OF | {"and", "the"}:
        n -= 1
    while 0 < n < len(words) - 2 and _field_word(words[n]) and words[n + 1] in lexicon.TITLE_HEADS:
        n += 2  # "Chief Fire Officer Jo Lee", "Chief Nursing Officer": a field's word inside the title
    # (a judge's "Justice" heads a title before a given name, "Supreme Court Justice Ann Roe", not "Ministry of
    # Justice"; or before two last words no lower-case word's, a name no list has: "Justice Odile Roe")
    judge = (
        n < len(words)
        and words[n - 1 : n] == ["Justice"]
        and (
            words[n] in lexicon.first_names()
            or (len(words) - n == 2 and not any(0 < capitalisation(w) <= MOSTLY_LOWER for w in words[n:]))
        )
    )
    if n and not judge and not any(w in lexicon.TITLE_HEADS for w in words[:n]):
        # "State Information Technology Secretary Jo Lee": a tier's word, fields no list has, then the office
        k = n
        while (
            k < min(len(words) - 2, n + 2)
            and words[k] not in lexicon.TITLE_HEADS
            and (words[k] in lexicon.TITLE_WORDS or _field_word(words[k]) or words[k] in _CHAMBERS)
        ):
            k += 1
        if k == n or words[k] not in lexicon.TITLE_HEADS:
            return 0
        n = k + 1
    fields = _second_field(words, n)
    if fields:  # "Minister of Agriculture and Animal Resources Dr Jo Roe": the portfolio's second field is the title's
        return fields
    # "Minister of Housing, Water and Sanitation Jo Banda": a portfolio's fields listed with commas after "of"
    listed_of = (
        n < len(words) and words[n] == "of" and words[n - 1] in lexicon.PORTFOLIO_HEADS and "," in " ".join(words)
    )
    # "Minister of Employment Aino Kettunen": a portfolio after "of" as after "for", when a holder's name ends the run
    of_portfolio = 0 < n < len(words) - 2 and words[n] == "of" and words[n - 1] in lexicon.PORTFOLIO_HEADS
    if n and n < len(words) and words[n] == "of" and not (listed_of or of_portfolio):
        return len(words)  # "Secretary General of the Alliance": the rest names the body
    if n and n < len(words) and ("for" in words[: n + 1] or listed_of or of_portfolio):
        # "Secretary of State for Energy Security and Net Zero", "Minister for Defence
        # Procurement": one portfolio, up to a person's name ("Minister for Women and
        # Equalities Anne Lowe"), a given name the list has, else two words news never writes in lower case.
        given = lexicon.first_names()
        named = next((k for k in range(n, len(words) - 1) if words[k] in given), len(words))
        last_two = words[-2:]
        portfolio = (
            listed_of or of_portfolio or words[words.index("for") - 1] in lexicon.PORTFOLIO_HEADS
        )  # (not "MP for X", a seat)
        if named == len(words) and portfolio and len(words) - n >= 2 and _unlisted_name(*last_two):
            # a given name the list lacks: "Minister for Transport Declan Furlong", and any more words of the
            # name before it that news never writes in lower case, after the portfolio's last field, which it
            # may ("Minister of Food, Agriculture and Fisheries Gudrun Hlin Asgeirsdottir")
            start = len(words) - 2
            while start - 1 > n + 1 and _name_word(words[start - 1]):
                start -= 1
            return start
        return named
    return n


# A portfolio's first subject and "and" before the words of its second: "Environment and | Forestry Minister X".
_PORTFOLIO_AND = LazyPattern(rf"\b(?:{'|'.join(sorted(w for w in lexicon.TITLE_WORDS if w.isalpha()))}) and $")


# Bodies whose chair's or member's title follows their name: "Health and Safety Committee Chairman X".
_CHAIRED_BODIES = frozenset(
    ["Committee", "Subcommittee", "Board", "Council", "Commission", "Panel", "Caucus", "Authority", "Assembly"]
)


def _joined_subject(words: list[str], at: int) -> int:
    """How many capitalised words at ``at``, after "and", a title and a name follow: a portfolio's
    second subject no list has ("Trade and Industrialisation Cabinet Secretary Jo Wambui",
    "Environment and Forestry Minister Jo Banda")."""
    if at < 2 or words[at - 1] != "and" or words[at - 2] not in lexicon.TITLE_WORDS:
        return 0
    for k in range(at, min(at + 2, len(words) - 1)):
        if not words[k][:1].isupper() or words[k] in lexicon.TITLE_WORDS | _CHAIRED_BODIES:
            return 0
        if words[k + 1] in lexicon.TITLE_WORDS:  # (no name after it: "Health and Safety Executive" is a body)
            named = any(w not in lexicon.TITLE_WORDS for w in words[k + 1 :])
            return k + 1 - at if named else 0
    return 0


def _honorific_inside(words: list[str], start: int) -> int:
    """Where an honorific (no peer's style) opens a person's name inside a run, after words that are no title's head,
    no honorific and no given name ("Heritage Dr Olivia Grant-Campbell", the run cut from "Minister of Creative
    Industries and Heritage"): the words before it are no part of the name. 0 when none."""
    for k in range(start + 1, len(words) - 1):
        if words[k] in lexicon.HONORIFICS - lexicon.STYLES and words[k + 1][:1].isupper():
            before = words[start:k]
            plain = not any(
                w in lexicon.TITLE_HEADS or w in lexicon.HONORIFICS or w in lexicon.first_names() for w in before
            )
            return k if plain else 0
    return 0


# A title and the first fields of its portfolio, cut from the rest at "and" or "for" ("Minister of Creative
# Industries and", "Assistant Minister of Agriculture and Land Reclamation for").
_PORTFOLIO_OPENING = LazyPattern(
    r"((?:[A-Z][\w'’.-]*|of|for|the)(?: (?:[A-Z][\w'’.-]*|of|for|the|and|,))*?),? (?P<link>and|for) $"
)


# Offices a place has, and its name before them: "Tarsa Governor", "Kelby Mayor", "Ontario Premier".
_MAYOR_AFTER = LazyPattern(r" [Mm]ayor(?:['’]s)?\b")
# (also a member's seat: "Kelby MP Jo Bell", "Louth TD Ann Roe", "Lakeland MLA Jo Bell")
_PLACE_OFFICES = frozenset(
    {"Governor", "Gov.", "Mayor", "Premier", "Governor-General", "Lieutenant-Governor", "MP", "TD", "MLA", "MPP", "MSP"}
)
_JURISDICTIONS = frozenset({"City", "County", "State", "Town", "Borough", "District", "Parish", "Village", "Township"})


def _portfolio_before(text: str, at: int, fields: list[str]) -> str | None:
    """A portfolio's whole title where "and" cut its last fields, before the honorific of its holder's name, from
    its title ("Minister of Creative Industries and Heritage Dr Olivia Grant-Campbell"): the holder's role."""
    opening = _PORTFOLIO_OPENING.search(text, max(0, at - 120), at)
    words = opening.group(1).split() if opening else []
    title = next((k for k, w in enumerate(words) if w in lexicon.TITLE_WORDS), None)
    if title is None or not any(w in lexicon.PORTFOLIO_HEADS for w in words[title:]):
        return None
    return " ".join([*words[title:], opening.group("link"), *fields]).replace(" ,", ",")


def _unlisted_name(given: str, surname: str) -> bool:
    """A given name no list has and a surname after a portfolio: words news never writes in lower case, the surname
    one it may know as always capitalised ("Minister of State for Nature Aoife Brennan")."""
    known_surname = capitalisation(surname) == ALWAYS_CAPITALISED and _personal(surname)
    return _never_lower(given) and (_never_lower(surname) or known_surname)


# Endings of the abstract and collective nouns that name a portfolio's fields, rarely a person's name:
# "Fisheries", "Waterways", "Transition", "Development", "Security".
_FIELD_ENDINGS = ("ies", "ways", "tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence", "ship", "ing", "ure")


def _second_field(words: list[str], n: int) -> int:
    """Where the holder's name starts after a portfolio's second field that no list has ("Minister of Agriculture and
    Animal Resources Dr Jo Roe"): the title's words stop at "and", the field's run to an honorific, a given name or
    the name's words; 0 when "and" does not follow a portfolio there."""
    if not 0 < n < len(words) - 2 or words[n] != "and":
        return 0
    if not any(
        w in lexicon.PORTFOLIO_HEADS and after in ("of", "for") for w, after in itertools.pairwise(words[: n + 1])
    ):
        return 0
    k = n + 1
    while k < len(words) - 2 and not (
        _name_word(words[k]) or words[k] in lexicon.HONORIFICS or words[k] in lexicon.first_names()
    ):
        k += 1
    return k if k > n + 1 else 0


def _field_word(word: str) -> bool:
    """A capitalised word that may name a portfolio's field: a common word news also writes in lower case
    ("Information", "Technology", "Safety"), no name's."""
    return word[:1].isupper() and 0 < capitalisation(word) < ALWAYS_CAPITALISED


def _fields_opening(words: list[str]) -> int:
    """How many words opening a run are a portfolio's fields before its holder's name of two words or more
    ("Employment Aino Kettunen" after "Minister of Labour and"): none news writes as a name's; 0 if the run opens
    with a name."""
    k = 0
    while k < len(words) - 2 and not (_name_word(words[k]) or words[k] in lexicon.first_names()):
        k += 1
    return k if k and (_name_word(words[k]) or words[k] in lexicon.first_names()) else 0


def _name_word(word: str) -> bool:
    """A word of a person's name after a portfolio: one news never writes in lower case, or a name it knows as
    always capitalised ("Hicham"), and no field of the portfolio: no common word or its plural, none ending the
    way abstract nouns do ("Fisheries", "Transition")."""
    lower = word.lower()
    if (
        not word.replace("-", "").replace("'", "").replace("’", "").isalpha()
        or lower.endswith(_FIELD_ENDINGS)
        or (lower.endswith("s") and 0 < capitalisation(word[:-1]) < ALWAYS_CAPITALISED)
    ):
        return False
    return _never_lower(word) or (capitalisation(word) == ALWAYS_CAPITALISED and _personal(word))


def _never_lower(word: str) -> bool:
    """A word news never writes in lower case and no known place or body: a person's name."""
    return word[:1].isupper() and capitalisation(word) == 0 and not _known(word)


_SERVICE_NOUNS = (
    frozenset({"fire", "police", "county", "city"})
    | {w.lower() for w in lexicon.ORG_WORDS if w.isalpha()}
    | lexicon.ORG_DESCRIPTORS
)


def _heads_title(word: str, following: str) -> bool:
    """Whether ``word``, a noun for a body or a public service, opens a title: "Fire Chief",
    "Union Leader", "Club Captain"."""
    return word.lower() in _SERVICE_NOUNS and following in lexicon.TITLE_HEADS


# A military rank closing a title, before the holder's name.
_RANK_END = LazyPattern(
    r" (?:(?:Major|Lieutenant|Brigadier|Maj|Lt|Brig)[ -]General|Brigadier|Colonel|Col|(?:Air|Vice|Rear) "
    r"(?:Marshal|Admiral)|Air Chief Marshal)$"
)


# Titles a holder keeps whatever their post, as a style before the name: "Vice-chancellor Professor Jo Roe".
_STYLE_TITLES = frozenset(["Professor", "Councillor"])


def _title_role(words: list[str]) -> str:
    """A title as a role, abbreviations written out ("Michigan Gov." -> "Michigan Governor");
    one after another title is a style before the name, dropped ("Committee Chairman Rep. Jo Doe"), as is an
    honorific or a military rank between the title and the name ("Deputy Minister for Rural Roads Dr. Omar Sabry",
    "Governor Major General Adel Fathy")."""
    bare = [w if "." in w[:-1] else w.rstrip(".") for w in words]  # (an abbreviation's stop goes, not "U.S."'s)
    while len(bare) > 1 and bare[-1] in lexicon.HONORIFICS - lexicon.STYLES:
        bare.pop()
    rank = _RANK_END.search(" ".join(bare))
    if rank and any(w in lexicon.TITLE_HEADS for w in " ".join(bare)[: rank.start()].split()):
        bare = " ".join(bare)[: rank.start()].split()  # "Tarsa Governor Major General Adel Fathy": the office
    if (bare[-1] in lexicon.TITLES_WRITTEN_OUT or bare[-1] in _STYLE_TITLES) and any(
        w in lexicon.TITLE_HEADS for w in bare[:-1]
    ):
        bare.pop()  # (and an academic's or a councillor's style: "Vice-chancellor Professor Jo Roe")
    return " ".join(lexicon.TITLES_WRITTEN_OUT.get(w, w) for w in bare)


def _titled_name_at(words: list[str]) -> int:
    """Where a title starts after one to MAX_BODY_WORDS leading words and a name follows it
    ("Ford Executive Chairman Bill Ford" -> 1), else 0."""
    for k in range(1, MAX_BODY_WORDS + 1):
        if any(w in lexicon.TITLE_WORDS for w in words[:k]):
            break
        n = _title_span(words[k:]) if len(words) > k else 0
        if n and k + n < len(words) and words[k + n][:1].isupper() and words[k + n] not in lexicon.TITLE_WORDS:
            return k
    return 0


def _surname_like_title(words: list[str]) -> bool:
    """Whether a given name and a title word that is also a common surname are one person's name
    ("Stephen King", "Sarah Bishop", "Imran Sheikh"), not a name and the title after it. A given
    name that is a known place's too ("Georgia", in the gazetteer) may be the place whose title follows; one the
    tagger only saw as a place now and then ("David") is a given name."""
    if len(words) != 2 or words[1] not in lexicon.TITLE_SURNAMES:
        return False
    kinds = name_kinds(words[0])
    placed = kinds & KIND_BIT["place"] and words[0] in lexicon.places()["names"]
    return bool(kinds & KIND_BIT["given"]) and not placed


def _campaign_named_for_place(words: list[str], text: str, start: int, end: int) -> bool:
    """Whether a name that ends like a place's is a group's, named for the place it campaigns in:
    more words than a place's name, and a descriptor of a body before it or after it ("the group
    Clean Taps Pell County", "Clean Rivers Kelby County, a residents' group,")."""
    if len(words) < 3 or " ".join(words) in lexicon.places()["names"]:
        return False
    return descriptor_before(text, start)[0] == "organization" or lexicon.BODY_AFTER.match(text, end) is not None


def _ends_in_title(words: list[str]) -> bool:
    """Words after a body's name form a post with no holder named: "Acme Health CEO
    apologises" is the body and its chief executive, no body called "Acme Health CEO" (a
    body named "of" or "for" something ends with it: "Office of the Public Counsel")."""
    return not _CONNECT_OF & set(words) and any(_title_span(words[k:]) == len(words) - k for k in range(1, len(words)))


_LABEL_AFTER = LazyPattern(r"\s*:")
# A minister's title in lower case: a capital opening the sentence before it is the holder's portfolio
# ("Rail minister Jo Penn", "Rail minister orders review"), where a body's word before a title
# a body's officer holds too is the body ("Trust chairwoman Jo Penn").
_PORTFOLIO_TITLE = LazyPattern(" " + lexicon.MINISTERIAL)
_BODY_WORDS = lexicon.ORG_WORDS - lexicon.TITLE_WORDS  # "League", not "Office" ("Foreign Office Minister")


def _label(run: list[tuple[int, int, str]], text: str) -> bool:
    """One unknown capitalised word and a colon opening a sentence: a label, not a name."""
    word = run[0][2]
    return (
        len(run) == 1
        and not text[: run[0][0]].strip(_QUOTES_AND_SPACE)
        and bool(_LABEL_AFTER.match(text, run[0][1]))
        and not _known(word)
        and word not in lexicon.first_names()
    )


def _descriptor(word: str) -> bool:
    """A common noun that describes the name after it ("charity", "retailer", "striker")."""
    lower = word.lower()
    return word not in lexicon.TITLE_WORDS and (lower in lexicon.ORG_DESCRIPTORS or lower in lexicon.PERSON_DESCRIPTORS)


def _named_after_opener(word: str, run: list[tuple[int, int, str]], text: str) -> ActorType | None:
    """What a word opening the sentence describes when a name follows it ("Organiser Jo Lee
    said", "Optometrist Harjit Sandhu", "Contractor Ellison Rail"): an English name has nothing
    before its given name but a title or an honorific, so the word is no part of the name. A
    person after a known given name, or when the tagger reads one and no word of the name is
    common; a company when the tagger reads a body, or a person named with common words."""
    if len(run) < 3 or not word.isalpha() or not word[1:].islower():
        return None
    if word in lexicon.TITLE_WORDS or word in lexicon.HONORIFICS or word in lexicon.first_names() or _known(word):
        return None
    if word in lexicon.ORG_WORDS and not describes_person(word.lower()):
        return None  # a body's word opens its name: "University Sains Teratai will move"
    rest = [strip_possessive(t[2]) for t in run[1:]]
    if _describes_body_after(word, rest):
        return "organization"
    # "Chef Lucia de la Fuente", "Engineer Yusuf al-Haddadi": a surname's particles are no words.
    rest = [HYPHEN_PARTICLE.sub("", w) for w in rest if w not in PARTICLES]
    if len(rest) > 3 or not all(w[:1].isupper() and _personal(w) for w in rest):
        return None
    if rest[0] in lexicon.first_names() or rest[0] in lexicon.given_genders():
        return "person"
    occupation = word.lower().endswith(("man", "woman")) or describes_person(word.lower())
    if occupation and len(rest) == 2 and capitalisation(word) < ALWAYS_CAPITALISED and _unlike_common_words(rest):
        return "person"  # "Landowner Hamish Fraser said", "Fisherman Callum Sinclair, 63,": an occupation
    kind = name_after_opener(text, run[0], (run[1][0], run[-1][1]))
    if kind is None:
        return None
    return "person" if kind == "PER" and _unlike_common_words(rest) else "organization"


def _describes_body_after(word: str, rest: list[str]) -> bool:
    """A noun for who does something, one news writes in lower case ("Builders", "Organiser"),
    before a company's name: one with "&", a body's word or a common noun at its end ("Builders
    Jo Hale & Sons", "Organiser Hilltop Events"). Not a surname shaped like one ("Turner Construction")."""
    if len(rest) < 2 or not 0 < capitalisation(word) <= MOSTLY_LOWER:
        return False
    noun = word.lower()
    if not (describes_person(noun) or (noun.endswith("s") and describes_person(noun[:-1]))):
        return False
    last = rest[-1]
    return "&" in rest or last in lexicon.ORG_WORDS or 0 < capitalisation(last) <= MOSTLY_LOWER


def _person_name(run: list[tuple[int, int, str]], text: str) -> bool:
    """Whether a run is a person's name: a known given name and more, or what the tagger reads as one."""
    if len(run) < 2:
        return False
    if run[0][2] in lexicon.first_names():
        return True
    return _unlike_common_words([t[2] for t in run]) and tagged_person(text, run[0][0], run[-1][1])


def _unlike_common_words(words: list[str]) -> bool:
    """No word of a name is one news writes in lower case more often than not: "Ellison Rail"
    or "Kelsey Water" is a company's name as likely as a person's, whatever the tagger says."""
    return not any(w[:1].isupper() and 0 < capitalisation(strip_possessive(w)) <= MOSTLY_LOWER for w in words)


def _rarely_capitalised(word: str) -> bool:
    """A word news writes in lower case mid-sentence almost always ("Shares", "Local",
    "Speaking"), as learned from unlabeled news with the tagger's word classes."""
    return capitalisation(word) == RARELY_CAPITALISED


# (an inflected form or an adjective's ending, which no acronym has: "SLAMMED", "RECKLESS bosses", "FEARFUL")
_INFLECTED = LazyPattern(r"[A-Z]{3,}(?:ING|ED|ES|LY|LESS|FUL|OUS)")


def _emphasis(word: str) -> bool:
    """A common word in capitals for emphasis, not an acronym: one news writes in lower case
    ("A ROGUE builder") or an inflected form ("empire COLLAPSES", "SLAMMED"), which acronyms
    never are, or a pronoun a tabloid shouts at its reader ("is YOUR branch on the list?")."""
    if word in lexicon.SHOUTED_PRONOUNS:
        return True
    return word.isupper() and len(word) > 3 and (_rarely_capitalised(word) or bool(_INFLECTED.fullmatch(word)))


_DESCRIBED_AFTER = LazyPattern(r" ([a-z][\w-]*)\b")


def _shouted_modifier(word: str, text: str, end: int) -> bool:
    """A tabloid's opening word in capitals that news mostly writes in lower case, before the
    noun it qualifies ("RUGBY side Harlow Vale RFC", "SOAP star Jo Pell"): emphasis on a common
    word, not an acronym (those are unknown words, or written in capitals). A union's name may
    be a common word in capitals, before its officers and members ("UNITE official Jo Lee",
    "UNISON members"), which is no description of a kind of body or person."""
    after = _DESCRIBED_AFTER.match(text, end)
    noun = after.group(1) if after else ""
    return noun in _KINDS and word.isupper() and len(word) > 3 and capitalisation(word) == MOSTLY_LOWER


# What a word in capitals can qualify: a kind of body or person, not an officer of a body.
_KIN_GIVEN_NAMES = frozenset({"nan", "nana"})  # a tabloid's kin words that are given names too
_KINDS = (lexicon.ORG_DESCRIPTORS | lexicon.PERSON_DESCRIPTORS) - lexicon.ROLE_NOUNS - {"union", "official"}


_EXCLAIMED = LazyPattern(r"\s*!")
_OBJECT_AFTER = LazyPattern(r" (?:him|them|me|us)\b")  # what only a verb has right after it


def _exclamation(run: list[tuple[int, int, str]], text: str) -> bool:
    """One word in capitals before "!": an exclamation ("WHOOPS! Club ..."), not a name."""
    return len(run) == 1 and run[0][2].isupper() and bool(_EXCLAIMED.match(text, run[0][1]))


def _not_a_name_at_start(word: str, lowercase: set[str], named: bool = False) -> bool:
    """A capitalised word that only starts the sentence: one the article also writes in
    lower case, or an adverb or participle ("Speaking", "Frankly", "Asked") that is no
    known name. A word ``named`` by its context (a verb of speech follows it: "Fielding said";
    ``_name_shaped_like_adverb``: "Tessaly County") stays a name, shaped like a participle or not."""
    if word in lexicon.TITLE_WORDS or word in lexicon.HONORIFICS or _known(word) or word in lexicon.first_names():
        return False  # "Dr Ann Lee said": an honorific opens a name wherever it stands
    participle = len(word) > 4 and word.endswith(("ing", "ly", "ed")) and not named
    return word.lower() in lowercase or participle


def _name_shaped_like_adverb(run: list[tuple[int, int, str]], text: str) -> bool:
    """A name that ends as an adverb does ("Tessaly County will spend", not "Frankly, the council"): a word in
    "ly" news never writes, whose stem is no word news writes in lower case ("Tessa", not "interesting" of
    "Interestingly"), and which the name tagger reads as a name's."""
    word = strip_possessive(run[0][2])
    if not word.endswith("ly") or capitalisation(word):
        return False
    stem = word[:-2].lower()
    stems = {stem, stem + "e", stem[:-1] + "y", stem[:-2] if stem.endswith("al") else stem}
    if any(capitalisation(s) in (RARELY_CAPITALISED, MOSTLY_LOWER) for s in stems):
        return False
    return tagged(text, run[0][0], run[0][1])


def _speaking_name(m: Mention, by_sentence: dict[int, Sentence]) -> bool:
    """Whether a single word is the subject of a verb of speech ("Unison said", "In a
    statement, Cradlecare said"): opening the sentence or a clause, not a common noun
    ("Forecasters said") nor a known place; or names an unnamed spokesperson's body."""
    if m.kind != "single":
        return False
    text = by_sentence[m.sentence].text
    word = strip_possessive(m.surface)
    if spokesperson_after([(m.start, m.end, m.surface)], text):
        # "A Kelby spokesperson said": the body speaks, unless a capital opens a common word ("A Government spokesman")
        return not 0 < capitalisation(word) <= MOSTLY_LOWER and not _known(word)
    body = _WHICH_CLAUSE.match(text, m.end)  # "Unite, which represents 700 drivers, said": a body,
    if lexicon.SPEECH_RE.match(text, body.end() if body else m.end + 1) is None:  # even named by a verb
        return False
    before = text[: m.start].rstrip(_QUOTES_AND_SPACE)
    return (
        (not before or before.endswith(","))
        and (body is not None or not 0 < capitalisation(word) <= MOSTLY_LOWER)
        and not (word.endswith("s") and describes_person(word[:-1].lower()))
        and not _known(word)
    )


# A relative clause about a thing or a body between a name and its verb: ", which represents 700 drivers, ".
_WHICH_CLAUSE = LazyPattern(r",\s+which\s+[^,.;:!?\"“”]{1,120},\s+")


def _body_after(text: str, end: int) -> bool:
    """Whether what follows a name says it is a body's: an apposition of a kind of body, or a
    "which" clause of what it does ("Save Kelby Births, which has gathered 14,000 signatures,")."""
    return bool(lexicon.BODY_AFTER.match(text, end) or lexicon.WHICH_AFTER.match(text, end))


def _speaks(run: list[tuple[int, int, str]], text: str) -> bool:
    """Whether a one-word run is followed by a verb of speech ("Fielding said")."""
    return len(run) == 1 and lexicon.SPEECH_RE.match(text, run[0][1] + 1) is not None


_ARTICLES_AND_DATES = lexicon.MONTHS | lexicon.WEEKDAYS | lexicon.HONORIFICS | {"The", "A", "An"}

# A finite verb or ", which" after a run: the run is the sentence's subject.
_SUBJECT_OF = LazyPattern(
    r"(?:,\s+which\b|\s+(?:[a-z]+ly\s+)?(?:has|have|had|is|was|will|would|said|told|found|made|won|lost|[a-z]{3,}(?:ed|s))\b)"
)


def _body_of_common_words(run: list[tuple[int, int, str]], text: str, lowercase: set[str]) -> bool:
    """Two capitalised words opening a sentence as its subject, the second a word news writes
    in lower case or a place: a body named for what it does ("Tenants Advice said", "Charity
    Tribunal opens", "Historic Wales confirmed"), not a word opening the sentence before a
    name ("Rival Acme said", "Parents Jo and Ben Lee"). After a descriptor ("charity",
    "network") only an organisation word makes the pair a name ("Charity Shelter said" is the
    charity Shelter; "Watchdog Ofcom said" is Ofcom, a known body), or a word the article also
    writes in ``lowercase``: a common noun alone is no name, so the descriptor is part of it
    ("Network Power said ... power cuts")."""
    if len(run) == 3 and _SUBJECT_OF.match(text, run[2][1]):
        return _common_words_and_place(run)
    if len(run) != 2 or not _SUBJECT_OF.match(text, run[1][1]):
        return False
    first, second = run[0][2], strip_possessive(run[1][2])
    if (
        first.endswith("ly")
        or first in lexicon.NON_NAMES
        or first.lower() in lexicon.COMPASS
        or second in lexicon.TITLE_HEADS
        or second in lexicon.first_names()
    ):
        return False
    if _descriptor(first):  # ("Watchdog Ofcom said": a known body's own name is the body)
        return (second in lexicon.ORG_WORDS and not _known(second)) or second.lower() in lowercase
    return second in lexicon.ORG_WORDS or 0 < capitalisation(second) <= MOSTLY_LOWER or _known(second)


def _common_words_and_place(run: list[tuple[int, int, str]]) -> bool:
    """Two common words and a place's or a name's word, as the subject: a campaign named for what it wants where
    ("Clean Air Kelby welcomed", "Safe Streets Ashby said"); not a descriptor before a body's or a person's
    name ("Rival Acme Corp", "Local Green Party"), nor a word before a title ("Former Deputy Mayor")."""
    first, second, last = run[0][2], run[1][2], strip_possessive(run[2][2])
    common = all(0 < capitalisation(w) <= MOSTLY_LOWER for w in (first, second))
    return (
        common
        and not first.endswith("ly")
        and first not in lexicon.NON_NAMES
        and not {first, second} & (lexicon.TITLE_WORDS | lexicon.ORG_WORDS)
        and capitalisation(last) == 0
        and last not in lexicon.ORG_WORDS | lexicon.TITLE_HEADS
        and not {second, last} & lexicon.first_names()  # ("Farmer Bill Calloway told": a person)
    )


_NEXT_WORD = LazyPattern(r" ([a-z]+)\b")
_QUOTE_OPENS = LazyPattern(r"(?:\b(?:joins|joined|join|on|told)|\w['’]s) [\"“‘']$")
_QUOTE_CLOSES = LazyPattern(r"\.?[\"”’']")


# A currency's noun after initials: "CFA francs", "CFP francs".
_CURRENCY_AFTER = LazyPattern(
    r"\s+(?:francs?|dollars?|pounds?|rupees?|shillings?|pesos?|euros?|dinars?|rand|naira|cedis?|kwacha|yuan|lira|"
    r"ringgit|baht|won|yen|dirhams?|riyals?|taka|kip|leones?|birr|dalasis?)\b"
)


def _programme(run: list[tuple[int, int, str]], text: str) -> bool:
    """A name in quotes after "joins", "on" or a broadcaster's possessive, or before the
    word for who appears in it, is a programme: "joins 'Varney & Co.' to discuss", "said on
    NBC's "Meet the Press", "'Island Hearts' star Jo Lee"."""
    closes = _QUOTE_CLOSES.match(text, run[-1][1])
    if not closes:
        return False
    if _QUOTE_OPENS.search(text, max(0, run[0][0] - 12), run[0][0]):
        return True
    starring = _NEXT_WORD.match(text, closes.end())
    return bool(_QUOTE_BEFORE.search(text, max(0, run[0][0] - 2), run[0][0])) and (
        starring is not None and starring.group(1) in _APPEARS_IN
    )


_QUOTE_BEFORE = LazyPattern(r"[\"“‘']$")
# Who appears in a programme: "'Island Hearts' star", "the "Quiz Night" host".
_APPEARS_IN = frozenset(["star", "stars", "contestant", "winner", "host", "presenter", "favourite", "actor", "actress"])


def _field_of_descriptor(run: list[tuple[int, int, str]], text: str) -> bool:
    """A generic organisation word before a lower-case descriptor names the field of what
    follows, no body: "Energy regulator Ofgem", "Media group Acme"."""
    following = _NEXT_WORD.match(text, run[-1][1])
    return (
        len(run) == 1
        and run[0][2] in lexicon.ORG_WORDS
        and following is not None
        and following.group(1) in lexicon.ORG_DESCRIPTORS
    )


_INDEFINITE_BEFORE = LazyPattern(r"(?:^|\s)An? $")


def _title_case(text: str) -> bool:
    """Most words of more than three letters capitalised: a headline in title case."""
    long_words = [w for w in TOKEN.findall(text) if len(w) > 3]
    return len(long_words) >= 3 and sum(w[:1].isupper() for w in long_words) >= 0.6 * len(long_words)


def _work_title(run: list[tuple[int, int, str]], text: str) -> bool:
    """Inside a sentence, capitals on two common words in a row mark the title of a work or
    show, not a name: "a documentary called No More Mr Nasty"; so do quotation marks around a title's words alone
    ('the series "Pip and the Puddle Patrol," is'), whose names are its characters', not actors."""
    lead = [t[2] for t in run[:2]]
    if ('"' in text or "“" in text) and any(
        m.start() < run[0][0] and run[-1][1] <= m.end() for m in _QUOTED_TITLE.finditer(text)
    ):
        return True
    return (
        len(lead) == 2
        and bool(text[: run[0][0]].strip(_QUOTES_AND_SPACE))
        and all(w in lexicon.NON_NAMES and w not in _ARTICLES_AND_DATES for w in lead)
    )


# A title in quotation marks inside a sentence: two words or more, every one capitalised but a title's small words.
_QUOTED_TITLE = LazyPattern(
    r"(?<=\w )[\"“](?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|and|the|of|a|an|in|on|at|to|for|&|or))+[,.!?]?[\"”]"
)


_HELD_IN = frozenset(
    ["stake", "stakes", "shares", "investment", "investments", "interest", "holding", "holdings", "confidence"]
)
_SETTING_WORDS = frozenset(["in", "near", "outside", "across", "throughout", "around", "along"])
# "the town of X", "the villages of X and Y", "hometown of X", "parts of X" (a list of names may
# come between).
_SETTLEMENT_OF = LazyPattern(
    r"\b(?:villages?|towns?|city|cities|hometown|port|suburbs?|neighbou?rhoods?|parts|areas|streets|outskirts"
    r"|municipality|municipalities|districts?|province|region|parish|commune|hamlet|islands?|mayors?|residents)"
    r" of (?:the )?"
    r"(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}(?:,| and| or) )*$"
    # ... or the places named as examples of a kind: "smaller towns such as X and Y", "villages including X"
    r"|\b(?:villages|towns|cities|suburbs|neighbou?rhoods|areas|districts|communities|islands|places|stations)"
    r"(?:,)? (?:such as|including|like) (?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}(?:,| and| or) )*$"
)
_SETTLEMENT_CUES = (" of ", " such as ", " including ", " like ")  # the words _SETTLEMENT_OF joins a kind and names by

# A later item of a list of places after "in": "spills in Kent, Surrey and Essex".
_LISTED_IN = LazyPattern(
    r"\b(?:in|across|throughout|around|near)\s+(?:the\s+)?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
    r"(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})*(?:,| and| or)(?: and| or)? $"
)

# ... where the item ends the list or the phrase (not "in Ohio and Ohio schools").
# A subject that introduces a body by its kind and a clause before the name set after it between commas: "A charity
# that trains guide dogs in Northern Ireland, Paws Forward NI, has been left", "A firm based in Leeds, Bramwells,".
_INTRODUCED_BEFORE_NAME = LazyPattern(
    r"[\"“‘']?(?:A|An)\s+(?:[\w'’-]+\s+){0,3}?([a-z-]+)\s+(?:that|which|set up|founded|based|run)\b[^,]{0,80},\s+$"
)
_PEOPLES_KINDS = frozenset(["owner", "owners", "parent", "rival", "rivals", "side", "team", "site", "maker", "makers"])


_OWNED_BODY_BEFORE_NAME = LazyPattern(
    r".*\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w'’-]*['’]s?)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+),\s+$"
)


def _described_body_before(text: str, m: Mention) -> bool:
    """Whether a name is set between commas after a subject that describes a body by its kind ("A charity
    that trains guide dogs, Paws Forward,") or after whose body it is ("his company, Kelby Darts Events,",
    "the council's contractor, Brask Waste,")."""
    described = _INTRODUCED_BEFORE_NAME.fullmatch(text, 0, m.start) or _OWNED_BODY_BEFORE_NAME.fullmatch(
        text, 0, m.start
    )
    kind = described.group(1) if described else ""
    return kind in lexicon.ORG_DESCRIPTORS - _PEOPLES_KINDS and text.startswith(",", m.end)


_APPOSED_NAME_ENDS = LazyPattern(r",\s+(?!and\b|or\b|nor\b)[a-z]")
_ITEM_ENDS = LazyPattern(r"(?:[,.;:)]|\s+(?:and|or|on|in|at|from|to|for|between|over|since|last|this)\b|\s*$)")


# The ends of a route or a stretch: "between Kelsby and the coast", "from Hatherby to Kelsby".
_RANGE_OPENS = LazyPattern(r"\b(?:between|from)\s+(?:the\s+)?$")
_RANGE_GOES_ON = LazyPattern(r"\s+(?:and|to)\s")
_RANGE_CLOSES = LazyPattern(
    r"\b(?:between|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:and|to)\s+(?:the\s+)?$"
)


def _in_a_range(text: str, start: int, end: int) -> bool:
    """Whether a name is an end of a route or a stretch ("between Kelsby and the coast", "from
    Hatherby to Kelsby"): where things are, a setting as after "in" (a word named only in settings
    is a place: ``fold_singles``)."""
    opens = _RANGE_OPENS.search(text, max(0, start - 14), start) and _RANGE_GOES_ON.match(text, end)
    return bool(opens or _RANGE_CLOSES.search(text, max(0, start - 60), start))


# "At" before a name makes it the site of something as the setting words do ("a halt at Brindle Cross"), though a
# body may stand after it too ("jobs at Acme"): only a name never named otherwise is a place for it.
_AT_BEFORE = LazyPattern(r"\bat\s+(?:the\s+)?$")


# A preposition that sites a thing ("at", "in"), not one a message goes by ("to", "from").
_SITED_AT = LazyPattern(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]round|[Oo]utside|[Ii]nside|[Aa]long)\s+(?:the\s+)?$")


_OPENING_ON = LazyPattern(r"On (?:the )?")


def _opening_setting(run: list[tuple[int, int, str]], text: str) -> bool:
    """A name in the phrase that opens a sentence with "On", set off by a comma, is where the
    sentence happens ("On Capitol Hill, Sen. Jo Lee said", "On Main Street, shops closed early")."""
    return bool(_OPENING_ON.fullmatch(text, 0, run[0][0])) and text.startswith(",", run[-1][1])


def _locative(before: str) -> bool:
    """A name after a preposition of place, also with "the" or opening the sentence, or after
    a compass word (a region of a place is where, never who): "in London", "to the UK",
    "In Paris on Monday", "and northern Idaho"."""
    words = before.lower().split()
    if words and words[-1] == "the":
        words.pop()
    return bool(words) and (words[-1] in lexicon.LOCATIVE or words[-1] in lexicon.COMPASS)


_IN_REGION = LazyPattern(r", ((?:[A-Z][\w.]*)(?: [A-Z][\w.]*)?)(?=[\s,;:)]|$)(?!\s*['’]s)(?!\s+(?:and|or)\b)")
_LIST_GOES_ON = LazyPattern(r"\s+(?:and|or)\b")


# Who lives in a place, or a part of it: "Ely resident Jo Lee", "an Ely native", "the Eastgate neighborhood", "the
# Fairholme estate" (a housing estate).
_RESIDENT_AFTER = LazyPattern(r"\s+(?:residents?|natives?|neighbou?rhoods?|suburbs?|estates?)\b")


def _resident_of(run: list[tuple[int, int, str]], text: str) -> bool:
    """A name before "resident", "native", "neighborhood", "suburb" or "estate" is where people live ("Ely resident Jo
    Lee", "the Eastgate neighborhood"), not one with a possessive: a care home firm's residents ("Acme's residents") are
    its clients."""
    return not _POSSESSIVE.search(run[-1][2]) and bool(_RESIDENT_AFTER.match(text, run[-1][1]))


def _in_region(text: str, end: int) -> bool:
    """A name followed by a comma and a state, region or country: a town ("Omaha, Nebraska",
    "Port Halcott, S.C.")."""
    match = _IN_REGION.match(text, end)
    if not match:
        return False
    region = match.group(1)
    known = lexicon.places()["names"].get(region)
    return region in lexicon.STATE_ABBREVIATIONS or (known is not None and known[1] in ("region", "country"))


def _modifier(text: str, start: int, end: int) -> bool:
    """A place name between "the" or "its" and a lower-case noun modifies it: "the Kwinana
    refinery", "its Ohio corridor", "the American system" (not before the country's rulers or
    an agent: "the Norwegian state", "the Russian aggressor" are the country acting)."""
    if not _DETERMINER_BEFORE.search(text, max(0, start - 6), start):
        return False
    following = _NEXT_LOWER.match(text, end)
    return (
        following is not None
        # "the UK's decision" is the UK's own; "the UK's biggest award" ranks it in a setting
        and (not _POSSESSIVE.search(text[start:end]) or _SUPERLATIVE.fullmatch(following.group(1)) is not None)
        and noun_like(following.group(1))
        and following.group(1) not in _RULERS
    )


def _owned(text: str, start: int, end: int) -> bool:
    """A name between an owner and a lower-case noun names what the owner has there, not a body
    that acts: "its Kelby workforce", "Acme Logistics' Kelby distribution centre"."""
    if not _OWNER_BEFORE.search(text, max(0, start - 8), start):
        return False
    following = _NEXT_LOWER.match(text, end)
    return following is not None and noun_like(following.group(1))


_OWNER_BEFORE = LazyPattern(r"(?:\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)|\w['’]s?) $")
# Verbs after "The United States", "The UK": the name is the subject, not a modifier.
_NOT_NOUNS = lexicon.SPEECH_VERBS | lexicon.COMMON_VERBS


# Last words of bodies' and places' names, which alone are a short name, never a surname.
_NAME_HEADS = (
    lexicon.ORG_WORDS
    | lexicon.PLACE_WORDS
    | frozenset(["City", "Town", "United", "Rovers", "Athletic", "Wanderers", "Albion", "Rangers"])
)


# Ordinals, which open names ("First Direct", "Third Sector Trust") as well as lists.
_ORDINALS = frozenset(["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"])


def noun_like(word: str) -> bool:
    """Whether a lower-case word after a name can be a noun it qualifies (not a verb in -ed or
    -s, an adverb in -ly, or a function word)."""
    return word not in _NOT_NOUNS and not word.endswith(("ed", "ly", "s"))


_SUPERLATIVE = LazyPattern(r"[a-z]{2,}est|most|first|top|leading|only")
_DETERMINER_BEFORE = LazyPattern(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)|\w['’]s) $")
_NEXT_LOWER = LazyPattern(r" ([a-z]+)\b(?! (?:of|to|for)\b)")
_RULERS = lexicon.RULING_NOUNS
# A town and a comma before: the state or country is the town's address ("Marlow Creek, Ohio").
_TOWN_BEFORE = LazyPattern(r"\b[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}, $")


def _address(text: str, start: int, end: int, kind: str | None) -> bool:
    """A state or country after a town and a comma: "Boise, Idaho", "Perth, Australia" (not an
    item of a list: "France, Spain and Italy", "Siemens, Germany and France")."""
    match = _TOWN_BEFORE.search(text, max(0, start - 40), start)
    if kind != "place" or not match or _LIST_GOES_ON.match(text, end):
        return False
    town = match.group()[:-2]
    known = lexicon.places()["names"].get(town)
    return (known is None or known[1] == "city") and town not in lexicon.places()["demonyms"]


# Words that count a party's members ("a Republican", "eight Republican colleagues").
_COUNTED = LazyPattern(
    r"\b(?:[Aa]n?|[Ff]ellow|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Ff]ew|[Mm]ore|\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|dozen)\s+$"
)


_PARTY_FIRST_WORDS = frozenset(name.split()[0] for name in lexicon.PARTY_MEMBERS)


def _party_member(run: list[tuple[int, int, str]], text: str) -> bool:
    """A party's singular after "a" or a count names members, not the party: "Sen. Ann Roe, a
    Republican from Iowa", "eight Republican colleagues", "some Conservative MPs"."""
    if len(run) > 2 or strip_possessive(run[0][2]) not in _PARTY_FIRST_WORDS:
        return False
    surface = " ".join(strip_possessive(t[2]) for t in run)
    return surface in lexicon.PARTY_MEMBERS and bool(_COUNTED.search(text, max(0, run[0][0] - 12), run[0][0]))


_COMBINING = LazyPattern(
    r"(?:Anglo|Franco|Sino|Russo|Austro|Italo|Indo|Afro|Greco|Hispano|Luso|Turco|Nippo|Judeo)-(\w+)"
)


def _joint_nationality(word: str) -> bool:
    """Two nationalities joined by a combining form ("Franco-German", "Sino-Russian",
    "Anglo-Dutch"): an adjective, never a name of its own."""
    match = _COMBINING.fullmatch(word)
    return bool(match) and match[1] in lexicon.places()["demonyms"]


# Lower-case words inside a name that no person's or place's name holds: a campaign's, named for
# its cause ("Freedom to Learn", "Campaign to Protect Rural Wessex").
_CAUSE_WORDS = frozenset(["the", "for", "to", "against"])
_CLERICAL = frozenset(["Canon", "Archdeacon", "Prebendary"])  # after "the Reverend", before the name


def _styled_at(words: list[str], start: int) -> bool:
    """Whether a person's name opens at ``start`` with an honorific, or with a cleric's style
    before a name that is no body's or place's ("Canon Ruth Bell", "Canon Bell", not the
    camera maker Canon or "Canon Europe")."""
    word, rest = words[start], words[start + 1 :]
    if word == "Lord" and rest and rest[0] in lexicon.TITLE_HEADS:
        return False  # "Lord Mayor Jo Roe", "Lord Chancellor": a title's word, no peer's style
    if word in lexicon.HONORIFICS:  # "Mr al-Haddadi", "Ms de la Fuente": a surname's particle
        return not rest or rest[0][:1].isupper() or rest[0] in PARTICLES or bool(HYPHEN_PARTICLE.match(rest[0]))
    return word == "Canon" and bool(rest) and _classify(" ".join(rest))[0] not in ("place", "organization")


def _numbered_head(run: list[tuple[int, int, str]]) -> str:
    """The last word of a name before the number a body's branch or district carries
    ("Transit Workers Union Local 1187": "Union"; "Kelby School District 94": "District")."""
    words = [t[2] for t in run]
    while len(words) > 1 and words[-1].isdigit():
        words.pop()
        if len(words) > 1 and words[-1] == "Local":
            words.pop()
    return words[-1]


_NOT_IN_PERSON_NAME = lexicon.TITLE_WORDS | lexicon.ORG_WORDS | lexicon.HONORIFICS | lexicon.PLACE_WORDS


def _employer_at(words: list[str]) -> int:
    """Where "of" splits a given name and surname from the body after it ("Jo Lee of Acme
    Talent" -> 2), else 0: no one's name has "of" after a given name (a common one, or a word
    news never uses) and a surname."""
    at = words.index("of") if "of" in words else 0
    lead = 0  # ... also after a party's and a title's words: "Republican Sen. Jo Lee of Texas"
    while lead < at and (words[lead] in _PARTY_TAGS or words[lead] in lexicon.TITLE_WORDS):
        lead += 1
    return (
        at
        if at - lead in (2, 3)
        and at + 1 < len(words)
        and (words[lead] in lexicon.first_names() or capitalisation(words[lead]) == 0)
        and words[at + 1][:1].isupper()
        and not any(w in _NOT_IN_PERSON_NAME or _known(w) or _rarely_capitalised(w) for w in words[lead:at])
        else 0
    )


# A party's word before a holder's title: "Republican Sen. Jo Lee", "Democratic Gov. Ann Roe".
_PARTY_TAGS = lexicon.PARTY_MEMBERS | {"Democratic", "GOP"}


_PORTFOLIO_GOES_ON = LazyPattern(r"(?:,\s+(?:and\s+)?|\s+and\s+)$")


def _in_portfolio(run: list[tuple[int, int, str]], text: str) -> bool:
    """A later field of a portfolio listed with commas: "Food", "Rural Affairs" of
    "Secretary of State for Environment, Food and Rural Affairs"."""
    start = run[0][0]
    if not _PORTFOLIO_GOES_ON.search(text, max(0, start - 6), start):
        return False
    found = PORTFOLIO.search(text, max(0, start - 120), run[-1][1] + 80)
    return found is not None and found.start() < start <= found.end() and portfolio_fields(found)


_VERB_NEXT = LazyPattern(r" [a-z]")
_COMMA_NEXT = LazyPattern(r",")


def _bare_title(run: list[tuple[int, int, str]], text: str) -> bool:
    """A post named without its holder as a sentence's subject, as headlines and bullet
    points write it: a title head after words news writes in lower case ("Skills Minister
    says", "Transport Secretary warns"), then a verb, not a name; or before its holder's name
    set off by commas ("the Police and Crime Commissioner, Jo Lee,": a post named for its
    fields, no body called "Crime"; "the Office of the Public Counsel," is a body). A head
    that names bodies too is a post only after a title word ("Chief Executive", not "the
    Health and Safety Executive")."""
    words = [strip_possessive(t[2]) for t in run]
    if _seat_title(words) and _COMMA_NEXT.match(text, run[-1][1]):
        return True  # "Independent TD for Galway East, Séamus Rooney,": a member's post with its seat, apposed
    return (
        len(words) > 1
        and words[-1] in lexicon.TITLE_HEADS
        and (words[-1] not in lexicon.ORG_WORDS or words[-2] in lexicon.TITLE_WORDS)
        and all(w in lexicon.TITLE_WORDS or 0 < capitalisation(w) <= MOSTLY_LOWER for w in words[:-1])
        and (
            bool(_VERB_NEXT.match(text, run[-1][1]))
            or ("of" not in words and bool(_COMMA_NEXT.match(text, run[-1][1])))
        )
    )


def _seat_title(words: list[str]) -> bool:
    """A member's post named with the seat they hold: a title head before "for" and a place's capitalised
    words after it ("Independent TD for Galway East", "Conservative MP for Kelby and Vey")."""
    at = words.index("for") if "for" in words else 0
    return (
        0 < at < len(words) - 1
        and words[at - 1] in lexicon.TITLE_HEADS
        and words[at - 1] not in lexicon.PORTFOLIO_HEADS
        and all(
            w in lexicon.TITLE_WORDS or w in _PARTY_WORDS or 0 < capitalisation(w) <= MOSTLY_LOWER
            for w in words[: at - 1]
        )
        and all(w[:1].isupper() or w == "and" for w in words[at + 1 :])  # (a seat of two places: "Kelby and Vey")
        and words[-1][:1].isupper()
    )


# The words of a party's member or name before a member's post: "Conservative MP", "Liberal Democrat MP".
_PARTY_WORDS = frozenset(w for name in _PARTY_TAGS | _PARTIES for w in name.split())


_ON_OWNER = LazyPattern(r"\bon (?:(?:her|his|their|its|the|our|my|your) )?$", re.IGNORECASE)
_NEXT_WORD = LazyPattern(r"\s+([a-z]+)")


def _medium(run: list[tuple[int, int, str]], text: str) -> bool:
    """A social platform named as where something was posted ("an emotional Instagram post",
    "on her TikTok"), not as a company that acts."""
    if len(run) != 1 or strip_possessive(run[0][2]) not in lexicon.PLATFORMS:
        return False
    after = _NEXT_WORD.match(text, run[0][1])
    return bool(after and after.group(1) in lexicon.MEDIUM_NOUNS) or bool(
        _ON_OWNER.search(text, max(0, run[0][0] - 12), run[0][0])
    )


def _kicker(run: list[tuple[int, int, str]], text: str) -> int:
    """How many words of a tabloid kicker open the run: two or more words in capitals opening the
    sentence before one in mixed case ("PARK LIFE ROW Callowgate Athletic's", "RAIL MISERY Minister
    hauls in"), a label and no part of the name, when one of them is a word news writes in lower
    case (a pair of acronyms, "US FDA", is none); so is the whole run when a colon ends it
    ("FLUSHED OUT: Sewage firm ...", also in quotes: "'PEOPLE WILL DIE': Fury as ...")."""
    if text[: run[0][0]].strip(_QUOTES_AND_SPACE):
        return 0
    shouted = list(itertools.takewhile(lambda t: t[2].isupper() and len(t[2]) > 1, run))
    common = any(capitalisation(strip_possessive(t[2])) in (RARELY_CAPITALISED, MOSTLY_LOWER) for t in shouted)
    label = len(shouted) == len(run) and text[run[-1][1] :].lstrip(_QUOTES_AND_SPACE).startswith(":")
    return len(shouted) if len(shouted) >= 2 and (len(shouted) < len(run) or label) and common else 0


def _opens_known(run: list[tuple[int, int, str]]) -> bool:
    """Whether the run is a known name, or opens with one of two words or more before a title
    ("New Zealand Prime Minister Ann Vey")."""
    return any(_known(" ".join(strip_possessive(t[2]) for t in run[:k])) for k in {len(run), *range(2, len(run))})


# What only a person's name is followed by: a clause about them, their age given with "aged" (bare, ``AGE_AFTER``).
_PERSON_AFTER = LazyPattern(r", (?:who|whose)\b|, aged \d{1,3},")


def _mentions_in_run(
    run: list[tuple[int, int, str]],
    sentence: Sentence,
    lowercase: set[str],
    inside: frozenset[str] = frozenset(),
    shouted_nouns: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Split one capitalised run into mentions (titles, names, organisations); ``inside``: the names of several
    words the article writes inside a sentence (``_names_inside``); ``shouted_nouns``: ``_shouted_nouns``."""
    text = sentence.text
    run = run[_kicker(run, text) :]
    if not run or _work_title(run, text):
        return []
    if len(run) == 1 and run[0][2] in lexicon.MAYOR_KINDS and _MAYOR_AFTER.match(text, run[0][1]):
        return []  # "Metro mayor Jo Lee": a kind of mayor, the title's first word
    whole = " ".join(t[2] for t in run) if run[0][2] in _OFFICE_OPENINGS else ""
    if whole and _OFFICE_OF_HOLDER.fullmatch(whole):
        start = run[1][0] if run[0][2] == "The" else run[0][0]
        body = whole.removeprefix("The ")  # "the Office of the Attorney General": the office's body, no post
        return [Mention(sentence.index, start, run[-1][1], body, key=body, type="organization")]
    if _bare_title(run, text):  # "Skills Minister says she will": the post, standing for its holder
        surface = " ".join(strip_possessive(t[2]) for t in run)
        return [Mention(sentence.index, run[0][0], run[-1][1], surface, kind="title", role=surface)]
    # Where descriptions end: before "The" of "the play The Vagina Monologues".
    article_at = run[0][0] if run[0][2] in ("The", "A", "An") else None
    stripped = False
    described = None  # "Prosecutor Jo Lee said": a person descriptor opening the sentence is her role
    service = None  # "Fire Chief Jo Lee": the body's noun that opens her title
    described_type: ActorType | None = None  # what an opening descriptor says the name is
    common_pair = False
    while run:
        initialled = initials_after(run, text) and run[0][2][:1].isupper() and run[0][2] not in lexicon.NON_NAMES
        if _opens_known(run) or initialled:
            break  # "New York": a known name, even when it starts like a common word; "Kelby Vikas Aghadi (KVA)"
        word = strip_possessive(run[0][2])
        at_start = not text[: run[0][0]].strip(_QUOTES_AND_SPACE)
        # A capital "The" inside a sentence belongs to a name: "the quality of The Daily Telegraph".
        if word in ("His", "Her") and len(run) > 2 and run[1][2].startswith("Majesty"):
            break  # "His Majesty's Treasury": the monarch's possessive opens a body's name
        # "the conservative Budget Integrity Caucus": inside a sentence, a body's name keeps its
        # common first word.
        inside_body = not at_start and len(run) > 2 and strip_possessive(run[-1][2]) in lexicon.ORG_WORDS
        # ... as does a body's unit after its owner's possessive: "the council's Budget Committee"
        inside_body = inside_body or (
            not at_start
            and len(run) == 2
            and strip_possessive(run[-1][2]) in lexicon.ORG_WORDS
            and _OWNED_UNIT_BEFORE.search(text, max(0, run[0][0] - 30), run[0][0]) is not None
        )
        common = (
            word in lexicon.NON_NAMES
            and word not in lexicon.HONORIFICS
            and not (word in lexicon.TITLE_HEADS and len(run) > 1)  # "CEO Jo Lee": a title, not a common word
            and (at_start or word != "The")
            and not (inside_body and word != "The")
            # ... as does a capital "An" after a lower-case word: an Irish name's article ("from An Garda Síochána")
            and not (word == "An" and len(run) > 1 and _AFTER_LOWER_WORD.search(text, 0, run[0][0]))
            # "Second Door Trust, a housing charity, has agreed": an ordinal opening a body's name given in apposition
            and not (word in _ORDINALS and len(run) > 2 and _body_after(text, run[-1][1]))
        )
        # A word news writes in lower case opening the sentence, alone or before "of"
        # ("Shares of Acme rose"); before a capital it may begin a title ("Former Tory chancellor").
        # ... unless the run is a body's name ("Shipping and Waterways Committee").
        body = any(strip_possessive(t[2]) in lexicon.ORG_WORDS for t in run[1:])
        # ... but "Members of the Drivers Alliance": a body's name never opens with such a word and "of".
        alone = len(run) == 1 or (run[1][2].islower() and (not body or run[1][2] == "of"))
        # "Coastal Carolina Power said": a word news capitalises at times, opening a body's
        # name, stays even when the article also writes it in lower case ("coastal towns").
        names_body = len(run) > 1 and (
            strip_possessive(_numbered_head(run)) in lexicon.ORG_WORDS
            or lexicon.STOPPED_LEGAL_FORM.fullmatch(run[-1][2]) is not None  # "Mezcal Tierra Roja S.A. de C.V."
            or (
                len(run) > 2 and run[-2][2] == "Local" and run[-1][2].isdigit()
            )  # a union's "Transit Operators Local 88"
        )
        # "Safe Streets Kelby, a campaign group,": a campaign's name opens with a common word.
        # ... and so does a campaign's call to save something ("Save Kelby Library said").
        appositive_body = (
            (len(run) > 2 and _body_after(text, run[-1][1]))
            or (word in lexicon.CAMPAIGN_VERBS and len(run) > 1)
            or (len(run) > 2 and run[1][2] == "and" and names_body)  # "Postal and Logistics Union"
        )
        # "Local Labour MP Jo Bell": a word news writes in lower case, before a title, is no body.
        before_title = (
            len(run) > 1 and word not in lexicon.TITLE_WORDS and strip_possessive(run[1][2]) in lexicon.TITLE_WORDS
        ) or _before_party_title(word, run)
        opener = _not_a_name_at_start(word, lowercase, _speaks(run, text) or _name_shaped_like_adverb(run, text))
        # ... but a name the article writes whole inside a sentence keeps its first word wherever it stands ("Arts
        # Council England said", after "the Arts Council England grant"), as does a name's short form ("Water Works
        # general manager Jo Roe", after "Carver Bend Water Works")
        # ... or the first words of it ("Copper Hollow Brewing Company will build", after "anyone Copper Hollow hires")
        written_inside = any(" ".join(t[2] for t in run[:k]) in inside for k in range(2, len(run) + 1))
        # ... and a common word that speaks is the surname of the person the story names with it ("Fields said she
        # would", after "the solicitor Helen Fields")
        surname_speaks = _speaks(run, text) and _surname_written(word, inside)
        written_inside = written_inside or surname_speaks
        opener = opener and not written_inside
        dropped = (at_start and not surname_speaks) and (
            (opener and not (names_body and not _rarely_capitalised(word)) and not appositive_body)
            or ((alone or before_title) and _rarely_capitalised(word))
        )
        # "A ROGUE builder": a common word in capitals for emphasis, not an acronym.
        opening = at_start or text[: run[0][0]].strip(_QUOTES_AND_SPACE) in ("A", "An", "The")  # ("A FOOD bank")
        shouted = opening and len(run) == 1 and _shouted_modifier(word, text, run[0][1])
        # ... or a common noun in capitals opening the story after its article (``_shouted_nouns``)
        shouted = shouted or (opening and len(run) == 1 and word in shouted_nouns)
        # "SEWAGE-spewing Acme Water": a compound modifier opening the sentence ends in lower case.
        modifier_word = (
            at_start
            and len(run) > 1
            and "-" in word
            and word.rsplit("-", 1)[1].isalpha()
            and word.rsplit("-", 1)[1].islower()
        )
        dropped = dropped or _emphasis(word) or shouted or modifier_word
        # "Charity Age Concern said", "Striker Jo Lee scored": a descriptor opening the sentence.
        # (a kin word that is also a given name opens a full name only: "Nan Maureen Tibbs", not "Nan Goldin")
        if at_start and not alone and _descriptor(word) and (word.lower() not in _KIN_GIVEN_NAMES or len(run) > 2):
            dropped = True  # ... and the descriptor says what the name is
            described_type = "organization" if word.lower() in lexicon.ORG_DESCRIPTORS else "person"
        # (a word the article also writes in lower case opens no name, but still says what follows it:
        # "Promoter Northgate Live has agreed" ... "the promoter said")
        says_what = not dropped or (opener and described_type is None and not common and noun_like(word))
        named = (
            _named_after_opener(word, run, text)
            if at_start and says_what and not appositive_body and not written_inside and word not in inside
            else None
        )
        opens_person = named == "person"
        if named:
            dropped, described_type = True, named
        # "Tenants Advice said": two common words naming a body, however news writes them.
        common_pair = at_start and not common and not _emphasis(word) and _body_of_common_words(run, text, lowercase)
        if common_pair:
            dropped, described_type = False, None
        if common or dropped or (word.islower() and stripped):  # the "of" left by a dropped word
            person_word = dropped and at_start and (word.lower() in lexicon.PERSON_DESCRIPTORS or opens_person)
            described = word.lower() if person_word and len(run) > 1 and run[1][2][:1].isupper() else None
            # "Fire Chief Jo Lee", "Union Leader Jo Lee": a body's noun, written in lower case
            # elsewhere, is the first word of the title it opens.
            service = word if at_start and len(run) > 1 and _heads_title(word, run[1][2]) else None
            run = run[1:]
            stripped = True
        else:
            break
    if sentence.index == HEADLINE and _title_case(text):
        # "Council Refuses to Budge": in a headline in title case, verbs and common nouns
        # after a name have capitals too; a name ends before an auxiliary or a possessive
        # ("Rural Hospital Is Closing Its Maternity Ward").
        cut = next((k for k, t in enumerate(run) if t[2] in lexicon.TITLE_CASE_BREAKS), len(run))
        run = run[:cut] if cut else run
        if run and _INDEFINITE_BEFORE.search(text, 0, run[0][0]):
            return []  # "A Rural Hospital Is Closing": a kind of thing, never a name
        while len(run) > 1 and _rarely_capitalised(strip_possessive(run[-1][2])):
            run = run[:-1]
    # "Pop star Jo Pell SLAMS ex": a verb in capitals for emphasis after a name is no part of it.
    while len(run) > 1 and _emphasis(strip_possessive(run[-1][2])) and not run[-2][2].isupper():
        run = run[:-1]
    if not run or _party_member(run, text) or _field_of_descriptor(run, text) or _programme(run, text):
        return []
    if len(run) == 1 and _ROAD_NUMBER.fullmatch(strip_possessive(run[0][2])):
        return []  # a road by its number: "a crash on the A5", "the M6", "I-95", "SH2"
    if len(run) == 1 and run[0][2].isupper() and _CURRENCY_AFTER.match(text, run[0][1]):
        return []  # "180 million CFA francs": the currency's initials, no one's name
    if len(run) == 1 and _joint_nationality(strip_possessive(run[0][2])):
        return []  # "a Franco-German consortium": an adjective, no actor
    if len(run) == 1 and run[0][2].isupper() and _OBJECT_AFTER.match(text, run[0][1]):
        return []  # "workmates to SUE him": a verb in capitals for emphasis, before its object
    if _label(run, text) or _exclamation(run, text) or _medium(run, text):
        return []  # a caption or list label opening the sentence: "Frustration: fans ..."
    if _in_portfolio(run, text):
        return []  # "Food" of "Secretary of State for Environment, Food and Rural Affairs"
    # A possessive inside a name stays: "St Aldric's Children's Hospice".
    words = [t[2] for t in run[:-1]] + [strip_possessive(run[-1][2])]
    before = text[max(0, run[0][0] - 24) : run[0][0]]
    window = text[max(0, run[0][0] - 80) : run[0][0]]  # (the cues first: a cheap test before the pattern)
    settlement = any(cue in window for cue in _SETTLEMENT_CUES) and bool(
        _SETTLEMENT_OF.search(text, max(0, run[0][0] - 80), run[0][0])
    )
    modifier = _modifier(text, run[0][0], run[-1][1])
    listed_in = _LISTED_IN.search(text, max(0, run[0][0] - 80), run[0][0])
    listed_setting = bool(listed_in) and (
        bool(_ITEM_ENDS.match(text, run[-1][1]))
        or (" ".join(words) in lexicon.places()["names"] and bool(_STANDS_ALONE.match(text, run[-1][1])))
    )  # (a known place ends the list before a verb: "offices across Ohio and Indiana said")
    # ... but a name set between commas after a setting, a verb after it, is an apposition to what comes before
    # ("A charity that trains guide dogs in Northern Ireland, Paws Forward NI, has been left £800,000")
    apposed = text[: run[0][0]].endswith(", ") and bool(_APPOSED_NAME_ENDS.match(text, run[-1][1]))
    listed_setting = listed_setting and not (apposed and " ".join(words) not in lexicon.places()["names"])
    opening_setting = _opening_setting(run, text)
    locative = _locative(before) or settlement or modifier or listed_setting or opening_setting
    owned = _owned(text, run[0][0], run[-1][1])
    preceding = before.lower().split()[-3:]
    if preceding and preceding[-1] == "the":
        preceding.pop()
    # "clinics in Corvell", not "a stake in Tallara": a holding in a body is no place
    setting = (
        bool(preceding)
        and preceding[-1] in _SETTING_WORDS
        and not (len(preceding) > 1 and preceding[-2].strip(",") in _HELD_IN)
    ) or _in_a_range(text, run[0][0], run[-1][1])
    # ... and so is a later item of a list after such a word ("hospitals in Haddon and Carnford")
    before_list = text[: listed_in.start()].lower().split() if listed_in else []
    setting = setting or opening_setting or (listed_setting and not (before_list and before_list[-1] in _HELD_IN))

    def span(a: int, b: int, **kw) -> Mention:
        surface = " ".join(words[a:b])
        return Mention(
            sentence.index,
            run[a][0],
            run[b - 1][1],
            surface,
            locative=locative,
            setting=setting,
            modifier=modifier,
            owned=owned,
            **kw,
        )

    at = _employer_at(words)
    if at:  # "Jo Lee of Acme Talent": the person, then the body she works for
        head, tail = run[:at], run[at + 1 :]
        return _mentions_in_run(head, sentence, lowercase, inside, shouted_nouns) + _mentions_in_run(
            tail, sentence, lowercase, inside, shouted_nouns
        )
    whole = " ".join(words)
    if text[: run[0][0]].endswith(", ") and {whole, whole + "."} & lexicon.STATE_ABBREVIATIONS:
        return []  # a town's state or province, abbreviated: "Kelso Harbour, N.S., will": where, never who
    kind, canonical = _classify(whole)
    read_as_person = described_type == "person" or bool(
        _PERSON_AFTER.match(text, run[-1][1]) or lexicon.AGE_AFTER.match(text, run[-1][1])
    )
    if kind == "place" and read_as_person and words[0] in lexicon.first_names():
        # "Mum Kerry Lane said", "Pensioner Jo Street", "Jo Park, whose two children attend …", "Jo Park, 41,":
        # a person described so, her surname a road's or a park's word
        kind, described_type = "name", "person"
    if common_pair and kind == "name":
        kind = "organization"  # no one is named with two common words
    initials = _ACRONYM_AFTER.match(text, run[-1][1])
    capitals = "".join(w[0] for w in words if w[0].isupper())
    if kind == "name" and len(words) > 2 and initials and folded(initials.group(1)) == folded(capitals):
        kind = "organization"  # "Fonds Sahel Énergie (FSE)": a body's name, given with its initials
    if (
        kind in (None, "name")
        and words[0] not in lexicon.first_names()
        and not any(w in lexicon.ORG_WORDS or w in lexicon.TITLE_WORDS or w in lexicon.NON_NAMES for w in words)
        and (settlement or _in_region(text, run[-1][1]) or _resident_of(run, text))
    ):
        locative = True  # a town in an address ("Jo Lee, of Ely, Kent") is where, not who
        # "Omaha, Nebraska", "the village of Ely", "Ely resident Jo Lee"
        return [span(0, len(words), key=whole, type="place")]
    titled = _titled_name_at(words)
    # "Premier League", "Chancellor's Office": a title word before one generic organisation word
    # names a body, not a person called "League".
    title_body = len(words) > 1 and _title_span(words) == len(words) - 1 and words[-1] in _BODY_WORDS
    # ... as does a title's word opening a name after "the": "the General Medical Council" is no general
    the_before = _THE_BEFORE.search(text, max(0, run[0][0] - 4), run[0][0]) is not None
    titled_words = _title_span(words)
    named_body = kind == "organization" and (
        (
            words[-1] in lexicon.ORG_WORDS
            and (title_body or not titled_words or (the_before and titled_words < len(words) - 1))
        )  # (not "the Secretary General of the Alliance", a title all through)
        or (len(words) > 2 and lexicon.closes_company(words[-1]))  # "Premier Kitchens Ltd": no one holds a post at Ltd
    )
    if (
        kind in ("place", "organization")
        and (named_body or not (_title_span(words) or titled or _ends_in_title(words)))
        and whole not in lexicon.TITLE_WORDS
    ):
        if kind == "place" and (_adjectival(text, run[-1][1]) or _one_national(text, run, whole)):
            return []
        if _address(text, run[0][0], run[-1][1], kind):
            locative = True
        if kind == "place" and _campaign_named_for_place(words, text, run[0][0], run[-1][1]):
            kind = "organization"
        if kind == "place" and _body_word_before(text, run[0][0]):
            kind, canonical = "organization", whole  # "mobile network Volta", "the airline Delta": a body's name
        if kind == "place" and lexicon.BODY_AFTER.match(text, run[-1][1]):
            kind, canonical = "organization", whole  # "Napo, the probation officers' union, said": a body's name
        return [span(0, len(words), key=canonical, type=kind)]

    if len(words) == 3 and words[0] in lexicon.HONORIFICS and words[1] == "Justice":
        # "Mrs Justice Pellow": a judge's style is her name as news writes it, no honorific before a title.
        return [span(0, 3, key=whole, type="person", role="judge")]
    out: list[Mention] = []
    start = 0
    # A body or place before a title: "NATO Secretary General Mark Rutte", "Europe Director X",
    # "Health and Care Committee Chairwoman X",
    # "Ford Executive Chairman Bill Ford" (a name after the title makes the first word a body).
    for k in range(1, MAX_BODY_WORDS + 1):
        if any(w in lexicon.TITLE_WORDS or w in lexicon.HONORIFICS for w in words[:k]):
            break
        if len(words) > k and _title_span(words[k:]):
            kind, canonical = _classify(" ".join(words[:k]))
            if kind in ("organization", "place") or (k == 1 and _is_acronym(words[0])) or k == titled:
                # A place or words news writes in lower case before a title name a portfolio
                # ("Skills Minister Jo Penn"), a party's singular the holder's party ("Tory MP
                # Jo Bell"): none is an actor there.
                portfolio = kind == "place" or all(0 < capitalisation(w) <= MOSTLY_LOWER for w in words[:k])
                # ... and an unknown word before the title of a place's own office is that place ("Tarsa Governor
                # Adel Fathy", "Kelby Mayor Jo Bell"): no body called "Tarsa"
                portfolio = portfolio or (kind is None and words[k] in _PLACE_OFFICES)
                portfolio = portfolio or _PORTFOLIO_AND.search(text[max(0, run[0][0] - 30) : run[0][0]]) is not None
                # ... nor is the kind of place whose office it is ("City Attorney Jo Roe", "County Executive X")
                portfolio = portfolio or (k == 1 and words[0] in _JURISDICTIONS)
                # ... nor a state's or a nation's party, the holder's ("Arizona Democratic Gov. Ann Roe")
                portfolio = portfolio or (
                    k > 1 and words[k - 1] in _PARTY_TAGS and _classify(" ".join(words[: k - 1]))[0] == "place"
                )
                if not portfolio and " ".join(words[:k]) not in lexicon.PARTY_MEMBERS:
                    out.append(span(0, k, key=canonical, type="organization"))
                start = k
                break
    # A nationality before a name: "American Justin Gatlin"; not a nation's own party ("the Scottish
    # Conservatives", "Welsh Labour"), a body of its own.
    devolved = start < len(words) - 1 and words[start] in _DEVOLVED and _devolved_party(words[start + 1 :])
    while not devolved and start < len(words) - 2 and words[start] in lexicon.places()["demonyms"]:
        start += 1
    nationality = start < len(words) - 1 and words[start] in lexicon.places()["demonyms"]
    if not devolved and nationality and words[start + 1][:1].isupper():
        start += 1
    styled = _honorific_inside(words, start)
    portfolio = _portfolio_before(text, run[0][0], words[start:styled]) if styled and not start else None
    if styled:  # "... and Heritage Dr Olivia Grant-Campbell": a portfolio's last word before the name's honorific
        kind, canonical = _classify(" ".join(words[start:styled]))
        if kind in ("organization", "place") and not portfolio:
            out.append(span(start, styled, key=canonical, type=kind))
        start = styled
    fields = 0 if styled or start else _fields_opening(words)
    portfolio = portfolio or (_portfolio_before(text, run[0][0], words[:fields]) if fields else None)
    if portfolio and not styled:  # "Minister of Labour and | Employment Aino Kettunen": the field is the title's
        start = fields
    if _styled_at(words, start):
        rest = words[start + 1 :]
        while len(rest) > 1 and (rest[0] in _CLERICAL or rest[0] in lexicon.HONORIFICS - lexicon.STYLES):
            rest = rest[1:]  # "the Rev Canon Jo Bell", "the Rev Dr Jo Bell": styles one after another
        if rest:
            # "CBI director general Sir Jo Doe": the role before the honorific is hers.
            role = portfolio or (None if start else descriptor_before(text, run[0][0])[1])
            out.append(span(start, len(words), kind="honorific", type="person", role=role))
            out[-1].surface = " ".join(rest)
        return out
    n = _title_span(words[start:])
    if not n and not start and service in _SEATED_IN and words[:1] == ["Member"] and len(words) > 1:
        n = 1  # "Council Member Jo Roe said", its body's noun dropped as the sentence's first word
    role = _title_role(words[: start + n]) if n else described if not start else None
    role = f"{service} {role}" if service and role and not start else role
    role = role or portfolio
    if n and not start and all(w.rstrip(".") in lexicon.TITLES_WRITTEN_OUT or w in _STYLE_TITLES for w in words[:n]):
        # "Council leader Cllr Jo Bell", "committee chairman Rep. Jo Doe", "Chief executive Professor Jo Roe": the
        # words before a bare abbreviated title or a style say more than it does.
        evidence, fuller = descriptor_before(text, run[0][0])
        post = (text[: run[0][0]].split() or [""])[-1]  # ... as does a deputy's post: "Vice-chancellor Professor"
        if evidence == "person" and fuller:
            role = fuller
        elif post in lexicon.HYPHENATED_TITLES:
            role = post
    name_start = start + n
    while n and name_start < len(words) - 1 and words[name_start] in lexicon.HONORIFICS - lexicon.STYLES:
        name_start += 1  # "Health Commissioner Dr Ann Cole": the honorific is no part of the name
    if name_start >= len(words):
        if role:
            out.append(span(start, len(words), kind="title"))
            out[-1].role = " ".join(words[start:])
        return out
    # A title after the name: "Mark Rutte Secretary General of NATO"; not a title's word that is a surname too after
    # a title and one name ("Chief Alma Cardinal": no one is titled twice, before the name and after it).
    name_end = len(words)
    surname = _surname_like_title(words[name_start:]) or (
        n > 0 and len(words) - name_start == 2 and words[-1] in lexicon.TITLE_SURNAMES
    )
    for k in range(name_start + 1, len(words)):
        if _title_span(words[k:]) == len(words) - k and not surname:
            name_end = k
            role = " ".join(words[k:])
            break
    name = " ".join(words[name_start:name_end])
    if name in lexicon.NON_NAMES or name in lexicon.EVENT_WORDS:
        return out  # "General Election": a title word before a common word names no one
    kind, canonical = _classify(name)
    if kind == "place" and read_as_person and name.split()[0] in lexicon.first_names():
        kind = "name"  # (as above)
    if name_end < len(words) and name_end - name_start == 1 and kind is None and name not in lexicon.first_names():
        if not start and _SITED_AT.search(before):
            # "ewes at Kelby Head": where something is, a headland's or a farm's name, never an officer's body
            # (not "a letter to the Acme CEO"); an actor only as the short form of a body the article names ("at
            # Kelby General" for Kelby General Hospital)
            return [span(0, len(words), kind="short", key=whole)]
        # "Acme Health CEO apologises": one word before a title, no name after it, is the
        # body whose officer the title is.
        out.append(span(name_start, name_end, key=canonical, type="organization"))
        return out
    evidence, described_role = (
        (None, None) if name_start else descriptor_before(text, run[0][0] if article_at is None else article_at)
    )
    if evidence == "work":
        return out
    # "marathon runner Jo Lee": an agent noun describes a company as well, but not a person's name.
    # ... but "investment group Tallow Ridge" is a body whatever its name looks like.
    shaped = described_role and evidence != "organization" and _person_name(run[name_start:name_end], text)
    if evidence == "person" or kind == "person" or shaped:
        role = role or described_role
    brand = not n and lexicon.BRAND_WORD.fullmatch(strip_possessive(name)) is not None
    # ... and a name before the noun for its kind of body is the body's, whatever title stands before it ("leader
    # of the opposition Kelby Independents group")
    grouped = _NEXT_LOWER.match(text, run[-1][1])
    body_name = brand or (grouped is not None and grouped.group(1) in _GROUP_NOUNS)
    if role and kind in (None, "name"):  # (what describes a brand's name is its trade: "ticketing agent TixDirect")
        evidence = "organization" if body_name else "person"
        role = None if body_name else role
    evidence = evidence or (described_type if kind in (None, "name") else None)
    opens = not text[: run[0][0]].strip(_QUOTES_AND_SPACE)  # a capital there may be a common noun: "Farm union"
    one_word = not opens and kind is None and name not in lexicon.ORG_WORDS and _employs(text, run[-1][1])
    several = kind == "name" and name_end == len(words) and _employer_words(words, text, run[-1][1])
    # ... also two words that read as a person's name, which no post and another name follow: "Morgan Kelby analyst
    # Jo Roe", "Sydney Vey chief executive Ann Roe" (a body's, named for a place or its founders)
    # (a person has a spokesman, a lawyer: "Jo Vey spokesman Al Lee")
    if (
        kind == "person"
        and not n
        and name_end == len(words) == 2
        and not _PERSONAL_STAFF.match(text, run[-1][1])
        and _employer_words(words, text, run[-1][1])
    ):
        kind, several = "name", True
    # "Clean Air Kelby, a campaign group set up by parents,": the apposition says what it is; and
    # "Fenwick Buses, which runs most services,": "which" follows a thing or a body, never a person.
    several_words = name_end - name_start > 1
    apposed = (
        kind in (None, "name")
        and name_end == len(words)
        and (
            lexicon.BODY_AFTER.match(text, run[-1][1]) is not None
            or lexicon.APPOSED_AGENT_WHICH.match(text, run[-1][1]) is not None
            or (
                several_words
                and (bool(lexicon.WHICH_AFTER.match(text, run[-1][1])) or words[name_start] in lexicon.CAMPAIGN_VERBS)
            )
        )
    )
    if not evidence and (one_word or several or apposed):
        evidence = "organization"
    if kind is None and name_end - name_start == 1:
        common = 0 < capitalisation(strip_possessive(words[name_start])) <= MOSTLY_LOWER
        if n and name_start == start + n and common and not _surname_written(name, inside):
            return out  # "the Premier Division", "a Premier Inn": a title word opens a name of a thing, no one's
        if opens and common and _PORTFOLIO_TITLE.match(text, run[-1][1]):
            return out  # "Rail minister Jo Penn": a portfolio, no short form of "Network Rail"
        if n and name_start == start + n:  # "Cllr Pike", "Chief Vukovich": a surname, folded like "Mr Pike"
            out.append(span(name_start, name_end, kind="honorific", type="person", role=role))
        elif evidence:
            out.append(span(name_start, name_end, key=canonical, type=evidence, role=role))
        else:
            out.append(span(name_start, name_end, kind="single"))
    elif kind is None and name_end - name_start > 1 and evidence == "organization" and apposed:
        out.append(span(name_start, name_end, key=canonical, type="organization", role=role))
    elif kind is None and name_end - name_start > 1 and not evidence:
        # "Ozark Falls Valley, which serves": a name shaped like geography is an actor only as
        # the short form of a body the article names ("Ozark Falls Valley Gas Co"), or where its
        # geography is inside it and the tagger reads all of it as one organisation's name, or it
        # is a clause's subject ("Saguaro Valley Disposal will suspend"): what a place's name ends in
        # its geography, a body's in what it is or does.
        inner = _inner_geography(words[name_start:name_end])
        end = run[name_end - 1][1]
        if inner and (tagged_organisation(text, run[name_start][0], end) or AUXILIARY_AFTER.match(text, end)):
            out.append(span(name_start, name_end, key=canonical, type="organization"))
        else:
            out.append(span(name_start, name_end, kind="short", key=canonical))
    elif kind == "name":
        if evidence:
            out.append(span(name_start, name_end, key=canonical, type=evidence, role=role))
        else:
            out.append(span(name_start, name_end, kind="multi", key=canonical))
    elif kind is not None:
        out.append(span(name_start, name_end, key=canonical, type="person" if role else kind, role=role))
    return out


def _people_spoken_for(mentions: Sequence[Mention], by_sentence: dict[int, Sentence]) -> list[Mention]:
    """One word read as a body for the noun before it ("a spokesman for Vey", "a lawyer for Vey") that is the
    surname of a person the story names in full: people have spokesmen and lawyers as bodies do, and news calls
    a person by surname alone after naming them."""
    surnames = {
        m.key.split()[-1]
        for m in mentions
        if m.kind in ("name", "multi")
        and m.type in (None, "person")
        and len(m.key.split()) > 1
        and m.key.split()[0] in lexicon.first_names()
    }
    return [
        m
        for m in mentions
        if m.kind == "name"
        and m.type == "organization"
        and m.key in surnames
        and _FOR_OR_OF_BEFORE.search(by_sentence[m.sentence].text, max(0, m.start - 6), m.start) is not None
    ]


_FOR_OR_OF_BEFORE = LazyPattern(r"\b(?:for|of) $")


def _double_surnames(mentions: Sequence[Mention]) -> list[Mention]:
    """Two words that end the full name of a person the story named before ("Ana Ruiz Cortez" ... "Ruiz
    Cortez said"): her two surnames, written without the given name as one surname would be; no second person."""
    full: dict[tuple[str, ...], int] = {}
    for m in mentions:
        words = m.key.split()
        named = len(words) == 3 and words[0] in lexicon.first_names()
        if named and m.kind in ("name", "multi") and m.type in (None, "person"):
            full.setdefault(tuple(words[1:]), m.sentence)
    return [m for m in mentions if m.kind == "multi" and full.get(tuple(m.key.split()), m.sentence) < m.sentence]


# The people who work for a person, whose name may stand before their post: "Jo Vey spokesman Al Lee".
_PERSONAL_STAFF = LazyPattern(
    r"\s+(?:spokes(?:man|woman|person)|aide|adviser|advisor|lawyer|attorney|agent|publicist|representative"
    r"|chief of staff|campaign manager|press secretary)\b"
)
_ROLE_NAME_AFTER = LazyPattern(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:" + "|".join(sorted(lexicon.ROLE_NOUNS, key=len, reverse=True)) + r")\s+[A-Z]"
)


def _before_party_title(word: str, run: list[tuple[int, int, str]]) -> bool:
    """Whether a common word opens a party's name and a title after it ("Local Tory MP Jo Bell", "Local Liberal
    Democrat MP Jo Bell"): it qualifies the title, and is no part of the party's name."""
    words = [strip_possessive(t[2]) for t in run[1:]]
    return word not in lexicon.TITLE_WORDS and any(
        " ".join(words[:k]) in lexicon.KNOWN_ORGS and words[k] in lexicon.TITLE_WORDS for k in range(1, len(words))
    )


# A body's possessive before one of its units' names: "the council's ", "the university's ".
_OWNED_UNIT_BEFORE = LazyPattern(r"\bthe [a-z]+['’]s $")


def _employer_words(words: list[str], text: str, end: int) -> bool:
    """Several words before a lower-case role and a name that are the body the person works for
    ("Greenfield Dairies managing director Jo Bell"): none a title, a known body or a common word
    ("Former Labour minister Ann Carter" is a qualifier and a party)."""
    plain = not any(w in lexicon.TITLE_WORDS or w in lexicon.KNOWN_ORGS or w in lexicon.NON_NAMES for w in words)
    return plain and _employs(text, end)


def _employs(text: str, end: int) -> bool:
    """A word before a lower-case role and another name is the body that person works for:
    "Acme deputy chief executive Jane Doe", "Borg spokesman John Smith" (several words may
    be a qualifier and a party: "Former Labour minister Ann Carter")."""
    return bool(_ROLE_NAME_AFTER.match(text, end))


_LETTER = LazyPattern(r"[^\W\d_]")
_CAPITAL = LazyPattern(r"[A-ZÀ-ÖØ-Þ]")


def _shouting(text: str) -> bool:
    """Mostly capital letters: a sentence in capitals, where every word looks like a name."""
    capitals = len(_CAPITAL.findall(text))
    if capitals <= 12:  # at least 20 letters, more than 0.6 of them capitals: no need to count the letters
        return False
    letters = len(_LETTER.findall(text))
    return letters >= 20 and capitals > 0.6 * letters


# Verbs people do as a sentence's subject, right after it: "Parents say", "Residents were told", "Fans fear".
_PEOPLE_VERBS = frozenset(
    re.findall(
        r"\w+",
        "say says said told tell are were have had will would can could warn warned claim claimed fear feared want "
        "wanted hope hoped believe believed",
    )
)


def _lowercase_words(sentences: Sequence[Sentence]) -> set[str]:
    """The words an article writes in lower case, and the common words: capitalised, they
    open a sentence or a title rather than name someone."""
    lowercase: set[str] = set()
    openers: set[str] = set()  # the words that open a sentence or a line
    alone: set[str] = set()  # ... before a verb of people (``_PEOPLE_VERBS``)
    opening_names: set[str] = set()  # ... before a capitalised one
    capitalised_inside: set[str] = set()
    shouted: set[str] = set()  # a word in capitals opening a sentence before one in lower case
    for s in sentences:
        tokens = TOKEN.findall(s.text)
        lowercase.update(w for w in tokens if w.islower())
        openers.update(tokens[:1])
        # (a word before a verb of people, or opening a name: "Arms Trade Watch UK", "Friends of X")
        if len(tokens) > 1:
            if tokens[1] in _PEOPLE_VERBS:
                alone.add(tokens[0])
            elif tokens[1][:1].isupper() or tokens[1] in ("of", "and", "&", "for"):
                opening_names.add(tokens[0])
        if len(tokens) > 1 and tokens[0].isupper() and tokens[1].islower():  # ("PELLOW Hawks": a name's)
            shouted.add(tokens[0])
        capitals = [w[:1].isupper() for w in tokens] + [False]
        # (a word alone, not one of a name's: "Shipyard" of "Federation of Shipyard Trades" is no name of its own)
        capitalised_inside.update(
            w for k, w in enumerate(tokens) if k and capitals[k] and not capitals[k - 1] + capitals[k + 1]
        )
    # "SHIPYARD workers were celebrating" under "Shipyard bosses promise ...": a tabloid's opening word in
    # capitals, which the story writes with a capital only where a line starts, is a common word, not an acronym
    # (acronyms keep their capitals; a name is written inside a sentence somewhere).
    common = {w.lower() for w in shouted if len(w) > 3 and w.isalpha()}
    common = {w for w in common if w.capitalize() in openers and w.capitalize() not in capitalised_inside}
    # "Parents say they were told …": a plural news writes in lower case, capitalised only where it opens a sentence,
    # is the people it names, not a body (a party the story names inside a sentence, "the Nationals", stays one).
    people = {
        w.lower()
        for w in alone - capitalised_inside - opening_names
        if w.endswith("s") and w.istitle() and w.isalpha() and capitalisation(w) in (RARELY_CAPITALISED, MOSTLY_LOWER)
    }
    return lowercase | common | people | {w.lower() for w in lexicon.NON_NAMES}


def _shouted_nouns(sentences: Sequence[Sentence]) -> frozenset[str]:
    """Common nouns a tabloid sets in capitals after "A" opening a sentence ("A YOB who went on the rampage", "A
    POLICE force branded …"): in capitals only there, and written elsewhere in lower case or opening a line ("Yob who
    hurled …", "Police appeal …"), unlike an acronym, which keeps its capitals ("The WHO said")."""
    tokens = [TOKEN.findall(s.text) for s in sentences]
    capitals = Counter(w for line in tokens for w in line if w.isupper() and w.isalpha())
    plain = {w for line in tokens for w in line if w.islower()} | {line[0].lower() for line in tokens if line}
    return frozenset(
        line[1]
        for line in tokens
        if len(line) > 2
        and line[0] in ("A", "An")  # (not "The": "The WHO said")
        and line[1].isupper()
        and len(line[1]) > 2
        and line[2].islower()
        and capitals[line[1]] == 1
        and line[1].lower() in plain
    )


def _surname_written(word: str, inside: frozenset[str]) -> bool:
    """Whether a common word is the surname of a person the article names with a given name ("Fiona Bright"): after
    a title, it is her ("Cllr Bright also pledged"), not a thing's name ("a Premier Inn")."""
    return any(name.endswith(" " + word) and name.split()[0] in lexicon.first_names() for name in inside)


def _names_inside(sentences: Sequence[Sentence]) -> frozenset[str]:
    """The capitalised runs of several words the article writes where no capital is the sentence's (a run inside
    a sentence, or one opening it without its first word), and their endings of several words: names, and the
    short forms of names, as the article spells them ("Water Works", of "Carver Bend Water Works"); and a word
    written alone with its capital inside a sentence ("said Lim had"), a name's word, never a descriptor's."""
    names = set()
    for s in sentences:
        for run in capitalised_runs(s.text):
            words = [t[2] for t in run]
            inside = bool(s.text[: run[0][0]].strip(_QUOTES_AND_SPACE))
            if inside and len(words) == 1:
                names.add(strip_possessive(words[0]))
            words = words if inside else words[1:]
            names.update(" ".join(words[k:]) for k in range(len(words) - 1))
    return frozenset(names)


_AFTER_LOWER_WORD = LazyPattern(r"\b[a-z]+ $")


def find_mentions(
    sentences: Sequence[Sentence], source: NameSource = recognised_runs, lowercase: set[str] | None = None
) -> list[Mention]:
    """Every candidate mention, in article order, from the name spans ``source`` proposes
    (``lowercase``: ``_lowercase_words`` of the sentences, when the caller has it already)."""
    if lowercase is None:
        lowercase = _lowercase_words(sentences)
    inside = _names_inside(sentences)
    shouted = _shouted_nouns(sentences)

    def in_order(part: Sequence[Sentence]) -> list[Mention]:
        mentions = []
        for sentence in part:
            if _shouting(sentence.text):
                continue  # in capitals every word looks like a name
            found = [
                m for run in source(sentence.text) for m in _mentions_in_run(run, sentence, lowercase, inside, shouted)
            ]
            found += _common_titles(sentence)
            bodies = _bodies_in_lower_case(sentence)
            found = [m for m in found if not any(b.start <= m.start and m.end <= b.end for b in bodies)] + bodies
            listed = _bodies_named_by_a_list(sentence)
            found = [m for m in found if not any(b.start < m.end and m.start < b.end for b in listed)] + listed
            mentions.extend(sorted(found, key=lambda m: m.start))
        return mentions

    if len(sentences) >= PARALLEL_SENTENCES:
        load_name_tagger()  # before the fork, so that both processes share it
    found = _defined_acronyms(_joined_companies(halved(in_order, sentences, PARALLEL_SENTENCES), sentences), sentences)
    terms = _terms_abbreviated(sentences)
    for m in found:
        m.surface, m.key = plain_apostrophes(m.surface), plain_apostrophes(m.key)
    return [m for m in found if m.surface not in terms] if terms else found


# Lower-case words and, in brackets, the initials of their last few ("tonnes of cane a day (TCD)").
_LOWER_DEFINED = LazyPattern(r"((?:\b[a-z][\w-]*\s+){2,8})\(([A-Z]{2,6})\)")
_SMALL_WORDS = frozenset(["of", "a", "an", "the", "per", "and", "for", "to", "in", "on"])


def _terms_abbreviated(sentences: Sequence[Sentence]) -> set[str]:
    """Initials the story gives words it writes in lower case: a measure or a term ("7,500 tonnes of cane a day
    (TCD)", "sport utility vehicles (SUV)"), no one's name wherever they stand."""

    def spelled(words: list[str], initials: str) -> bool:
        """Whether the last few words, small ones counted or not, spell the initials."""
        tails = (words[-n:] for n in range(1, len(words) + 1))
        return any(
            "".join(w[0] for w in tail).upper() == initials
            or "".join(w[0] for w in tail if w not in _SMALL_WORDS).upper() == initials
            for tail in tails
        )

    return {
        found.group(2)
        for s in sentences
        for found in _LOWER_DEFINED.finditer(s.text)
        if spelled(found.group(1).split(), found.group(2))
    }


# Initials the story gives a name in brackets ("Githuri Express Travellers Sacco (GETS)"), and a word in capitals.
_DEFINED_ACRONYM = LazyPattern(r"\b[A-Z][\w'’&.-]* \(([A-Z]{2,9})\)")  # (a name's: not "sport utility vehicle (SUV)")
_CAPITALS_WORD = LazyPattern(r"\b[A-Z]{2,9}\b")


def _defined_acronyms(mentions: list[Mention], sentences: Sequence[Sentence]) -> list[Mention]:
    """Initials the story gives a body in brackets name it wherever they stand, also where they spell a common
    word the name tagger reads as one ("GETS, which has 64 vehicles, said it would", "CARE will open two schools")."""
    defined = {found.group(1) for s in sentences for found in _DEFINED_ACRONYM.finditer(s.text)}
    if not defined:
        return mentions
    covered = {(m.sentence, k) for m in mentions for k in range(m.start, m.end)}
    added = [
        Mention(s.index, found.start(), found.end(), found.group(), key=found.group(), type="organization")
        for s in sentences
        for found in _CAPITALS_WORD.finditer(s.text)
        if found.group() in defined and (s.index, found.start()) not in covered
    ]
    return sorted(mentions + added, key=lambda m: (m.sentence, m.start)) if added else mentions


# A company named for two words joined by "and", with its legal form: "Clyde and Isles Ferries Ltd".
_AND_COMPANY = LazyPattern(
    r"([A-Z][\w'’-]*) and ((?:[A-Z][\w'’-]* ){0,3}[A-Z][\w'’-]*) (?:"
    + "|".join(sorted(lexicon.COMPANY_SUFFIXES))
    + r")\.?"
)


def _joined_companies(mentions: list[Mention], sentences: Sequence[Sentence]) -> list[Mention]:
    """A company the story names with its legal form after two words joined by "and" ("Clyde and Isles Ferries
    Ltd") is one company where it is named without it ("Clyde and Isles Ferries said"): not "Clyde" and a second
    body "Isles Ferries", which a run without a legal form splits into."""
    joined = {
        found.group(2): f"{found.group(1)} and {found.group(2)}"
        for m in mentions
        for found in [_AND_COMPANY.fullmatch(m.surface)]
        if found
    }
    if not joined:
        return mentions
    texts = {s.index: s.text for s in sentences}
    spans = []
    for m in mentions:
        name = joined.get(m.surface)
        start = m.start - len(name) + len(m.surface) if name else -1
        if name and start >= 0 and texts[m.sentence][start : m.end] == name:
            spans.append(replace(m, start=start, surface=name, key=name, kind="name", type="organization"))
    inside = {
        (n.sentence, m.start)
        for n in spans
        for m in mentions
        if m.sentence == n.sentence and n.start <= m.start < n.end
    }
    return sorted(
        [m for m in mentions if (m.sentence, m.start) not in inside] + spans, key=lambda m: (m.sentence, m.start)
    )


_HEADS = sorted({w.lower() for w in lexicon.TITLE_HEADS if w.isalpha()} | {"prime minister"}, key=len, reverse=True)
_COMMON_TITLE = LazyPattern(r"(?<![,(] )\b[Tt]he ((?:(?!said\b|says\b)[a-z-]+ ){0,2}(?:" + "|".join(_HEADS) + r"))\b")


@lru_cache(maxsize=1)
def _lower_case_bodies() -> re.Pattern[str]:
    """Bodies news names in lower case after a capitalised word that says whose they are: a
    nation's ministry or embassy ("the Norwegian defence ministry", "the Russian embassy"), a
    devolved government ("the Welsh government"), a committee of Parliament ("the Commons
    work and pensions committee"), a UN agency ("the UN refugee agency") and a union named by
    one word, common or not ("the Forge union"; a known one keeps its own name: "the Unite union")."""
    nations = "|".join(sorted(map(re.escape, lexicon.places()["demonyms"]), key=len, reverse=True))
    return LazyPattern(
        r"(?:\b(?:[Tt]he|[Aa]n?) |^)(?P<body>"
        rf"(?:{nations}) (?:[a-z]+ ){{0,3}}?(?:ministry|embassy|consulate)"
        r"|(?:Scottish|Welsh|Northern Irish) (?:government|executive)"
        r"|(?:Commons|Lords) (?:[a-z]+ ){1,4}?committee"
        r"|UN (?:refugee|food|children's|health|migration) agency|UN nuclear watchdog"
        rf"|(?<=[Tt]he )(?!(?:{nations})\b)[A-Z][a-z]{{2,}} union"
        r")\b(?!['’-])"
    )


def _bodies_in_lower_case(sentence: Sentence) -> list[Mention]:
    """The bodies of ``_lower_case_bodies`` in a sentence, and a region's government (``_regional_government``),
    as organisations named as written."""
    found = [*_lower_case_bodies().finditer(sentence.text), *_TOWN_POLICE.finditer(sentence.text)]
    if "government" in sentence.text:
        found += [m for m in _REGIONAL_GOVERNMENT.finditer(sentence.text) if _regional_government(m)]
    found = [m for m in found if not (m["body"].endswith(" union") and _known(m["body"].split()[0]))]
    return [
        Mention(sentence.index, m.start("body"), m.end(), m["body"], key=m["body"], kind="name", type="organization")
        for m in found
    ]


# A state's, a province's or a county's government, named in lower case after the region: "the Kerala government",
# "the NSW government", "the Kelby County government".
_REGIONAL_GOVERNMENT = LazyPattern(
    r"(?<=[Tt]he )(?P<body>(?P<region>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) "
    r"(?:state |provincial |territory )?government)\b(?!['’-])"
)


def _regional_government(m: re.Match[str]) -> bool:
    """Whether ``_REGIONAL_GOVERNMENT`` found a region's government: a region the gazetteer knows as one, a county,
    or initials it does not know as a country's ("NSW"); a nation's government is its country's ("the British
    government" is the United Kingdom's), however the story names it."""
    region = m["region"]
    known = lexicon.places()["names"].get(region)
    if known is not None:
        return known[1] == "region"
    return region.split()[-1] == "County" or re.fullmatch(r"[A-Z]{2,4}", region) is not None


# A town's police as the subject of what they said or did: "..., Dayton police said".
_TOWN_POLICE = LazyPattern(
    r"(?:^|(?<=, )|(?<=\bby ))(?P<body>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? police)"
    r"(?=,| (?:have |has |had )?(?:said|say|says|confirmed|added|arrested|charged|told|appealed|believe)\b)"
)


# A body named by a list of what it deals with, commas and all: "the Foreign, Commonwealth and Development
# Office", "the Commons Science, Innovation and Technology Committee".
_LISTED_BODY = LazyPattern(
    r"\b(?P<body>(?:[A-Z][a-z]+, ){1,3}[A-Z][a-z]+(?: [A-Z][a-z]+)? and [A-Z][a-z]+(?: [A-Z][a-z]+)? "
    r"(?:Select )?(?:Committee|Office|Department|Ministry))\b(?!['’-])"
)


def _bodies_named_by_a_list(sentence: Sentence) -> list[Mention]:
    """The bodies of ``_LISTED_BODY`` in a sentence, as organisations named as written: a capitalised
    run stops at a comma, and would name the body by its last items only ("Development Office"); and
    the shops of ``_FAMILY_SHOP``."""
    return [
        Mention(sentence.index, m.start("body"), m.end(), m["body"], key=m["body"], kind="name", type="organization")
        for pattern in (_LISTED_BODY, _FAMILY_SHOP)
        for m in pattern.finditer(sentence.text)
    ]


# A family's shop or firm, named by its surname in the possessive and its trade or legal form: "Thwaite's Bakery",
# "Vossberg's Candy Co.", which a capitalised run splits at the possessive into a surname and a name.
_FAMILY_SHOP = LazyPattern(
    r"(?<![\w'’-])(?P<body>[A-Z][a-z]+(?:-[A-Z][a-z]+)?['’]s (?:"
    + "|".join(sorted(lexicon.SHOP_TRADES))
    + r"|(?:[A-Z][a-z]+ ){1,2}(?:Co\.|Inc\.|Ltd\.?|LLC|Company|Corp\.)(?!\w)))(?:\b|(?<=\.))(?!['’-])"
)


def _common_titles(sentence: Sentence) -> list[Mention]:
    """A title in lower case standing for its holder: "the president said" (not an
    apposition: "Jane Doe, the president of X," gives a role, not a mention)."""
    return [
        Mention(sentence.index, m.start(), m.end(), m.group(), kind="title", role=m.group(1))
        for m in _COMMON_TITLE.finditer(sentence.text)
    ]


# A relative clause that only a person takes: "Keppner, who has led the office since 2015,".
_WHO_AFTER = LazyPattern(r",? who\b")


_PLURAL = LazyPattern(r"[A-Z][a-z]+[^s]s")


def _articled(name: str, first: Mention | None, by_sentence: dict[int, Sentence]) -> bool:
    """Whether a name of several words ending in a plural is written after "the", whole and by its last word alone:
    "The Kelby Ironclads will leave ... the Ironclads would play" is a team; no person is named so."""
    last = name.split()[-1]
    if not _PLURAL.fullmatch(last) or first is None:
        return False  # (a team's name is a plural: not "the Hallam Broad Canal ... the Canal & River Trust")
    if not _THE_BEFORE.search(by_sentence[first.sentence].text, max(0, first.start - 4), first.start):
        return False
    alone = re.compile(rf"\b[Tt]he {re.escape(last)}\b(?!\s*[&A-Z])")
    return any(alone.search(s.text) for s in by_sentence.values())


def _settled(e: Entity, first: Mention | None, by_sentence: dict[int, Sentence], lowercase: set[str]) -> bool:
    """Whether an entity is listed, its type settled: several capitalised words with no first
    name, never a surname alone and no title are a company or body ("Time Warner") if they
    recur, a person if named once and the tagger reads every word as a person's name, an
    organisation if it reads them as one organisation's opening the sentence, else too unsure
    to list; a place only ever named as a setting ("in Paris") is not listed."""
    if e.provisional and not (e.person_evidence or e.role):
        # (several words only ever named as the site of something, "a site at Brindle Cross ... a halt at
        # Brindle Cross", are a place however often they recur)
        e.type = "place" if e.all_sited else "organization"
        # Its first word alone once ("Arash" after "Arash Sigarchi") is the same actor but no
        # sign of a body: a given name as much as a short company name; news calls people by
        # their surname, so twice ("Pernod ... Pernod") it is a body's short name.
        if e.mentions - e.opened < 2 and e.opened < 2 and not e.affiliation:
            # (no person is only ever where things happen: "On Capitol Hill, Sen. Jo Lee said")
            tagged = not e.all_sited and _tagged_person(first, by_sentence, lowercase)
            articled = (tagged or e.mentions < 2) and _articled(e.name, first, by_sentence)
            if tagged and not articled:
                e.type = "person"
            elif e.mentions < 2 and not articled and not _tagged_organisation(first, by_sentence):
                return False
    if e.name in _KINDS_ALONE or e.name.lower() in lexicon.ORG_DESCRIPTORS:
        # a kind of body or area on its own ("Commission" of "County Commission Chairman"), or a trade opening a
        # bullet ("Grocer promises full refunds")
        return False
    return not (e.mentions == 0 or (e.type == "place" and e.all_locative))


# Words for a kind of body or area that name no one on their own: a title cut from a longer name
# ("County Commission Chairman Roy Abernathy", "Merrow County District Attorney Joan Pruitt").
_KINDS_ALONE = frozenset(
    re.findall(
        r"\w+",
        """Commission Committee Council Board Authority Agency Department Ministry Office Service Association
        Company Group Trust District County State Province Region Court Bureau Panel Foundation Institute
        University College School Hospital Division Unit Commissioner Commissioners Municipal Municipality
        Corporation Shire""",
    )
)


# A name inside the description set after a subject: "Kestrel Lines, the carrier that is Meridian's biggest customer,".
_IN_APPOSITION = LazyPattern(r"^[^,]{2,60},\s*(?:an?|the)\s[^,]*$")


MAX_TITLE_INITIALS = 4  # "the CS", "the PS", "the DCJ": a title written short is a few capitals


def _titles_written_short(mentions: Sequence[Mention], registry: Registry) -> None:
    """Capitals that spell one person's title ("Cabinet Secretary Jo Wambui ... the CS said") are
    that person, no body of their own."""
    entities = registry.entities
    short = [m for m in mentions if _is_acronym(m.surface) and len(m.surface) <= MAX_TITLE_INITIALS]
    holders = holders_by_initials(entities.values()) if short else {}
    for m in short:
        holder_named = holders.get(m.surface)
        if holder_named and m.key != holder_named:
            written = m.key
            m.key, m.type = holder_named, "person"
            if written in entities and not any(n.key == written for n in mentions):
                del entities[written], registry.squashed[registry.squash(written)]


def _owner_form(m: Mention) -> str:
    """How a role names the body a possessive means: as the story wrote it there ("chief executive of Acme"), but
    by its full name where that was only the word for its kind ("the Playhouse's": of Kelby Playhouse)."""
    return m.key if m.surface in lexicon.ORG_WORDS else m.surface


def _organisations_named_before(
    mentions: Sequence[Mention], by_sentence: dict[int, Sentence], bodies: set[str]
) -> dict[int, str | None]:
    """For each mention (by id), the organisation a possessive before it most likely means
    ("its chief executive", "the group's president"): the body its sentence opens with by its noun ("The
    federation will pay UK Anti-Doping ..., its chief executive, Jo Lee, said"), else the first one its
    sentence names before it outside quotation marks (a sentence's subject comes first; a quote's words are
    the speaker's; "the company's chief executive, Jo Lee, disputed the Commission's view"
    does not mean the Commission), else the one named last in the sentences before, outside a
    relative clause or a passive's agent ("Acme, which is owned by Bolt Capital, was fined. Its
    chief executive" and "Acme has been bought by Bolt Capital. Its founder" are Acme's), never a
    news outlet named as where someone spoke ("Lo told WKRV. The company's president")."""
    owner: dict[int, str | None] = {}
    earlier: str | None = None
    recent: list[str] = []  # the bodies named so far, the last named last (and the subject before after them)
    last = -1
    for index, group in itertools.groupby(mentions, key=lambda m: m.sentence):
        for between in range(last + 1, index):  # sentences that name no one may still open with a body
            unnamed = by_sentence.get(between)
            opening = _body_opening(unnamed.text, bodies, [*recent, earlier or ""]) if unnamed else None
            # ... one the story names ("The airport, which ..."), else one it does not ("The island's community
            # trust plans ..."): "Its chairman" next is that body's, not one named sentences before
            earlier = opening or (None if unnamed and _unnamed_body_opening(unnamed.text) else earlier)
        last = index
        group = list(group)
        text = by_sentence[index].text
        named = [
            m
            for m in group
            if m.key in bodies
            and open_after(text[: m.start + 1], None) != "double"
            and not (lexicon.news_outlet(m.key) and lexicon.spoken_through(text, m.start, m.end))
        ]  # (an outlet someone "told" is no body the story's possessives mean)
        subject = _body_opening(
            text, bodies, [*recent, earlier or ""]
        )  # "The federation will pay UK Anti-Doping ..., its chief executive"
        # ... or one it does not name: "The state housing agency has committed $60m, its director said" is no
        # body's named sentences before
        described = _DESCRIBED_BODY_OPENING.match(text)
        unnamed_subject = not subject and bool(described) and described.group(1).capitalize() in lexicon.ORG_WORDS
        # (the body as the sentence describes it: "its president" of "The students' union has agreed" is "president
        # of the students' union")
        unnamed = described.group().lstrip("\"“‘'").replace("The", "the", 1) if unnamed_subject else None
        for m in group:
            before = [_owner_form(b) for b in named if b.start < m.start]
            owner[id(m)] = subject or (before[0] if before else unnamed if unnamed_subject else earlier)
        acting = [m for m in named if not m.setting]  # not where it happens: "a vigil outside the State Department"
        main = [
            m
            for m in acting
            if not lexicon.IN_RELATIVE.search(text, 0, m.start)
            and not _IN_APPOSITION.search(text, 0, m.start)
            and not _PASSIVE_AGENT.search(text, max(0, m.start - 60), m.start)
        ]
        opener = next((m for m in main if not text[: m.start].strip(_QUOTES_AND_SPACE)), None)  # (its subject)
        earlier = (
            _owner_form(opener or (main or acting)[-1])
            if acting
            else _body_opening(text, bodies, [*recent, earlier or ""]) or earlier
        )
        recent = [body for body in recent if body not in {m.key for m in named}] + [m.key for m in named]
    return owner


# A body's relative clause saying it employs or runs (narrower than ``lexicon.WHICH_AFTER``, which takes any
# deed): "Acme, which employs 200,".
_EMPLOYS = LazyPattern(r",\s+which\s+(?:employs|runs|owns|operates|manages)\b")


def _its_subjects(mentions: Sequence[Mention], by_sentence: dict[int, Sentence], bodies: set[str]) -> dict[int, str]:
    """Sentence -> the body a bare "Its" opening it means (or an "its" in one opening with "It"): the one opening the
    sentence before as its subject
    ("Bayou Keepers, a group that has sued the plant's owners, called on the EPA to act. Its director, Jo Roe,"
    is the group's, not the EPA's; a noun's possessive, "the force's", goes by the kind of body instead), but
    the one that sentence says employs or runs people or things, which has the officers ("Kelby Live is made by
    Acme Studios, which employs the presenters. Its managing director, Jo Roe,": Acme Studios')."""
    opening = {
        index: m.key
        for index, group in itertools.groupby(mentions, key=lambda m: m.sentence)
        for m in itertools.islice(group, 1)
        if m.key in bodies and _SUBJECT_OPENING.fullmatch(by_sentence[index].text[: m.start])
    }
    for m in mentions:
        if m.key in bodies and _EMPLOYS.match(by_sentence[m.sentence].text, m.end):
            opening[m.sentence] = m.key
    owners: dict[int, str] = {}
    for index, sentence in by_sentence.items():
        if sentence.text.startswith("Its ") and index - 1 in opening:
            owners[index] = opening[index - 1]
        elif sentence.text.startswith("It ") and " its " in sentence.text:
            # ... and an "its" in a sentence opening with "It", after the sentences about the body: "The Kelby
            # Alliance has 4,000 signatures. The group says ... It will deliver the petition, its chair, Jo Roe, said."
            before = next((opening[j] for j in (index - 1, index - 2) if j in opening), None)
            if before:
                owners[index] = before
    return owners


# A hospital's unit, by itself or with its town, no body of its own ("A&E", "Kelby A&E"; "Save Kelby A&E" is a
# campaign's name).
_HOSPITAL_UNIT = LazyPattern(r"(?:(?!Save |Keep |Protect |Defend |Friends )[A-Z][\w'’-]+(?:['’]s)? )?(?:A&E|ICU)")
# A sentence opening with a body the story describes, not by a bare noun ("The company" is one named before):
# "The state housing finance agency has", "The students' union has agreed".
_DESCRIBED_BODY_OPENING = LazyPattern(
    r"[\"“‘']?The (?:[a-z][\w-]*(?<=s)['’] |[a-z][\w-]* ){1,3}?([a-z]+)\b(?!['’])"
    r"(?= (?:has|have|had|is|was|will|would|says|said|plans|agreed)\b)"  # (the noun right before its verb)
)
# What may come before a body opening its sentence as the subject: "The Kelby Trust said".
# (or past its kind of body: "Residents' group Keep Kelby Quiet", "Campaign group Vey Watch")
_SUBJECT_OPENING = LazyPattern(r"[\"“‘']?(?:The |" + lexicon.KIND_OPENING + r")?")


# (also a participle's agent with no auxiliary, described: "investors led by the American venture firm Corbel")
_PASSIVE_AGENT = LazyPattern(
    r"\b(?:(?:been|was|were|is|are|be)\s+(?:[a-z]\w*ly\s+)?)?\w+(?:ed|en|wn|ld|ght)\s+by\s+"
    r"(?:the\s+|an?\s+)?(?:(?!(?:and|but|or|said|says)\b)[\w-]+\s+){0,3}$"
)
# A sentence opening with a body by the noun its name is built on: "The airport, which handled ...".
_OPENING_NOUN = LazyPattern(r"[\"“‘']?The (?:([a-z]+) )?([a-z]+)\b(?!['’])")


MAX_SUBJECT_WORDS = 4


def _unnamed_body_opening(text: str) -> bool:
    """Whether a sentence opens with a body by its noun, as its subject ("The island's community trust plans",
    "The council said"), a possessive's owner aside ("The trust's chairman")."""
    words = text.lstrip("\"“‘'").split()[: MAX_SUBJECT_WORDS + 1]
    if not words or words[0] != "The":
        return False
    return any(
        word.islower() and word.capitalize() in lexicon.ORG_WORDS and not word.endswith(("'s", "’s", "'", "’"))
        for word in words[1:]
    )


def _body_opening(text: str, bodies: set[str], recent: Sequence[str] = ()) -> str | None:
    """The one body whose name is built on the noun a sentence opens with ("The airport, which
    handled 2m passengers, says ..." is Kelby Airport; "The district council" is Wendham
    District Council): the subject a later "its chief executive" belongs to, not a body named
    in a sentence before. Of several so built, the one last in ``recent`` (the bodies in the order named, then the
    subject of the sentence before): after "Marlow council ... Kelby district council will publish", "The council"
    is Kelby's, and no other kind of body ("its Liberal Democrat administration" is no council); after "Kelby
    Council, which runs the market, wrote to Vey Parish Council. The council plans to", Kelby Council's."""
    found = _OPENING_NOUN.match(text)
    if not found:
        return None
    qualifier, noun = found.group(1), found.group(2)
    if qualifier:
        phrase = f" {qualifier.capitalize()} {noun.capitalize()}"
        named = [body for body in bodies if f" {body} ".find(phrase + " ") >= 0]
        if len(named) == 1:
            return named[0]
        if noun.capitalize() in lexicon.ORG_WORDS:
            return None  # "The health board had", "The consumer group Vexo said": a body no name here is built on
        noun = qualifier  # "The airport said": the first word was the noun
    if noun.capitalize() not in lexicon.ORG_WORDS:
        return None
    named = [body for body in bodies if noun.capitalize() in body.split()]
    if len(named) > 1:
        named = [body for body in recent if body in named][-1:]
    return named[0] if len(named) == 1 else None


_ACRONYM_AFTER = LazyPattern(r" \(([A-Z][A-Z&.]{1,9})\)")
HEADLINE = -1  # the sentence index of mentions in the title
_LAW_ACRONYM = LazyPattern(r"\b(?:" + "|".join(sorted(lexicon.LEGISLATION_WORDS)) + r") \(([A-Z][A-Za-z0-9&.-]{1,9})\)")
# A company's stock code in brackets after its name: "Kestrel Robotics (KSTR.O)", "(NYSE: KSTR)".
_TICKER = LazyPattern(
    r"\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|AIM|TSX|TSXV|ASX|AMEX|OTC|HKEX|SGX|NSE|BSE|TSE|JSE|SIX|Xetra|Euronext)"
    r"\s*:\s*[A-Z0-9][A-Z0-9.]{0,9}|[A-Z0-9]{1,6}\.[A-Z]{1,3})\)"
)
_STORM = LazyPattern(r"\b(?:" + "|".join(sorted(lexicon.STORM_WORDS)) + r") ([A-Z][a-z]+)\b")


# An actor's part: up to three lower-case words, then the character's name ("played feisty barmaid Jo Lee").
_PLAYS = LazyPattern(
    r"\b(?:plays|played|playing|portrays|portrayed|portraying|voices|voiced)((?: [a-z'’-]+){0,3})"
    r" ([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?)"
)
# ... not a match or a team's player: "played for Jo Lee's side", "plays alongside Jo Lee".
_FUNCTION_WORD = LazyPattern(
    r"\b(?:for|against|with|alongside|under|in|at|on|to|the|a|an|his|her|their|its|down|up|off|out|and|as|by)\b"
)


# A product or work introduced by what it is: "The drug, Zentrol, is used by", "the film Qwell", "its best-selling
# asthma inhaler, Brevair,".
_PRODUCT = LazyPattern(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir) "
    r"(?:(?!(?:by|of|in|on|at|for|from|to|with|and|or|as|that|which)\b)[a-z][a-z-]* ){0,3}?"
    r"(?:drug|medicine|medication|vaccine|pill|device|inhaler|injection|jab|tablet|treatment|therapy|"
    + "|".join(sorted(lexicon.WORK_DESCRIPTORS))
    + r"),? ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)


def _products(text: str) -> set[str]:
    """Products and works the story introduces by their kind ("the drug, Zentrol,"): named
    again alone ("the price of Zentrol"), they are things, not actors; never a known name."""
    given, platforms = lexicon.first_names(), lexicon.PLATFORMS
    return {name for name in _PRODUCT.findall(text) if not (_known(name) or name in given or name in platforms)}


def _characters(text: str) -> set[str]:
    """The characters actors play ("she plays barmaid Jo Lee ... will see Jo die"), and their
    given names: people in a work, no one in the story."""
    given = lexicon.first_names()
    names = {
        m.group(2)
        for m in _PLAYS.finditer(text)
        if m.group(2).split()[0] in given and not (m.group(1) and _FUNCTION_WORD.search(m.group(1)))
    }
    return names | {name.split()[0] for name in names}


def _named_before_alone(mentions: Sequence[Mention], name: str, surname: str) -> bool:
    """Whether the story names ``name`` in full before it first calls anyone by ``surname`` alone: then the
    surname is that person's, not a caption's namesake ("Paula Kennedy says …" before "Ms Kennedy said", under a
    picture of "Ellie Kennedy, 9"); a surname used before the story names anyone in full is the caption's."""
    named = min((m.sentence for m in mentions if m.key == name), default=NOT_YET)
    alone = (m.sentence for m in mentions if m.kind in ("single", "honorific") and m.surface.split()[-1] == surname)
    return named <= min(alone, default=NOT_YET)


# A river's name, with its kind before or after it: "the River Aske", "the Aske river".
_RIVER = LazyPattern(r"\bRiver ([A-Z][a-z]+)\b(?! [A-Z])|\b([A-Z][a-z]+) river\b")


def _rivers(text: str) -> set[str]:
    """The names the story gives rivers ("the River Aske ... spills into the Aske"): where things happen, no actor
    wherever it is named alone, never a body however often it recurs."""
    names = {found.group(1) or found.group(2) for found in _RIVER.finditer(text)}
    return {name for name in names if not _opens_body(name, text)}


# A fire's name as news gives a wildfire: "the Cedar Gap Fire", "the Kelby Complex Fire"; not "Kelby Fire
# Department", "Cal Fire" (a service, named without "the").
_FIRE_NAME = LazyPattern(r"\b(?!The\b)((?:[A-Z][a-z]+ ){1,3}Fire)\b(?!['’]s? [A-Z]| [A-Z])")
_WILDFIRE_WORDS = LazyPattern(
    r"\b(?:acres|hectares|contain(?:ed|ment)|blaze|wildfire|bushfire|evacuat\w+|burn(?:s|ed|ing|t))\b"
)


def _wildfires(text: str) -> set[str]:
    """The names of fires a story about a blaze gives ("the Cedar Gap Fire has burned 3,000 acres"): an event,
    never a body, when every mention has "the" before it; a fire service keeps its bare name ("Cal Fire said")."""
    if not _WILDFIRE_WORDS.search(text):
        return set()
    found: dict[str, bool] = {}
    for match in _FIRE_NAME.finditer(text):
        the = _THE_BEFORE.search(text, max(0, match.start() - 4), match.start()) is not None
        found[match.group(1)] = found.get(match.group(1), True) and the
    return {name for name, always_the in found.items() if always_the}


def _opens_body(word: str, text: str) -> bool:
    """Whether a word opens the name of a body the story writes ("Lunda Basin Authority"), which it may stand
    for alone."""
    body = LazyPattern(rf"\b{re.escape(word)}(?: [A-Z][\w'’-]*){{0,3}} ([A-Z][\w'’-]*)")
    return any(found.group(1) in lexicon.ORG_WORDS for found in body.finditer(text))


def build_index(
    sentences: Sequence[Sentence],
    attributions: Sequence[str] = (),
    title: str | None = None,
    dateline: Sequence[str] = (),
    removed: Sequence[str] = (),
) -> ActorIndex:
    """Find, type and fold the actors of an article (its title counts: "Labour plans ...";
    the places of its ``dateline`` are places wherever the text names them: "a Denver startup"; a
    surname the text uses alone is the person a line ``removed`` as furniture names in full: "Sheriff
    Ray Dunnigan addresses the court" in a caption above "Dunnigan told the court")."""
    headline = [Sentence(index=HEADLINE, text=title, paragraph=HEADLINE, start=0)] if title else []
    lowercase = _lowercase_words(sentences)
    mentions = find_mentions([*headline, *sentences], lowercase=lowercase | _lowercase_words(headline))
    every_text = "\n".join(s.text for s in [*headline, *sentences])
    # "Odessa made landfall" after "Hurricane Odessa": the storm, not the city; "the DSA" after
    # "the Digital Services Act (DSA)": the law, not a body.
    not_actors = (
        set(_STORM.findall(every_text))
        | set(_LAW_ACRONYM.findall(every_text))
        | _characters(every_text)
        | _products(every_text)
        | _rivers(every_text)
        | _wildfires("\n".join(s.text for s in sentences))
    )
    if not_actors:
        mentions = [m for m in mentions if m.surface not in not_actors]
    mentions = [m for m in mentions if not _HOSPITAL_UNIT.fullmatch(m.surface)]
    by_sentence = {s.index: s for s in [*headline, *sentences]}
    mentions = [
        m
        for m in mentions
        if not (
            _in_ticker(by_sentence[m.sentence].text, m)
            or _family_named(by_sentence[m.sentence].text, m)
            or _currency(by_sentence[m.sentence].text, m)
            or _grade_letter(by_sentence[m.sentence].text, m)
        )
    ]
    registry = Registry()
    entities = registry.entities

    def set_role(e: Entity, role: str | None, rank: int, m: Mention) -> None:
        # ... or the same title said more fully: "Chairman Jo Lee", then "Stags chairman Jo Lee"
        fuller = bool(role and e.role) and rank == e.role_rank and _said_more_fully(e.role or "", role or "")
        if role and (rank > e.role_rank or fuller):
            e.role, e.role_rank, e.role_source = role, rank, m

    for place in dateline:
        registry.add(place, "place")
    alone = frozenset(m.key for m in mentions if _STANDS_ALONE_OR_CODED.match(by_sentence[m.sentence].text, m.end))
    register_short_forms(mentions, registry, alone)
    town_councils = councils_by_town(m.key for m in mentions if m.kind == "name" and m.type == "organization")
    for m in [*_people_spoken_for(mentions, by_sentence), *_double_surnames(mentions)]:
        m.kind, m.key, m.type = "single", "", None  # folded to the person in pass 2
    # Pass 1: full names, organisations and places; several-word names of unknown type.
    previous: Mention | None = None
    for m in mentions:
        if m.kind == "name" and m.type == "organization" and m.key in town_councils:
            m.key = town_councils[m.key]  # "a spokeswoman for Tallong": the body, Tallong Shire Council
        if (m.kind == "name" and m.type) or m.kind == "multi":
            shortened = registry.surname(m.key) != m.key
            e = registry.add(registry.surname(m.key), m.type or "person", provisional=m.kind == "multi")
            if e.provisional and m.kind == "name" and m.type != "person":
                # "Elk Grove campuses ... Elk Grove resident Jo Lee": a later mention says what it is
                e.type, e.provisional = m.type, False
            if m.kind == "multi" and _TICKER.match(by_sentence[m.sentence].text, m.end + 1):
                e.type, e.provisional = "organization", False  # "Kestrel Robotics (KSTR.O)": a listed company
            if m.kind == "multi" and _described_body_before(by_sentence[m.sentence].text, m):
                e.type, e.provisional = "organization", False  # "A charity that trains guide dogs, Paws Forward,"
                set_role(e, role_before(by_sentence[m.sentence], m, previous), 2, m)  # "Her publisher, Kelby Books,"
            m.key = e.name
            if m.kind == "multi" and _affiliation(by_sentence[m.sentence].text, m, previous, entities):
                e.affiliation = True
            e.person_evidence += (
                m.kind == "multi" and lexicon.AGE_AFTER.match(by_sentence[m.sentence].text, m.end) is not None
            )
            # "De Villiers said" after "Pieter de Villiers": news shortens a person, never a body, to the
            # surname with its particle (or its generation: "Cole Jr").
            e.person_evidence += shortened
            acronym = _ACRONYM_AFTER.match(by_sentence[m.sentence].text, m.end)
            if acronym and e.type == "organization":  # "Securities Exchange Commission (SEC)"
                registry.squashed.setdefault(registry.squash(acronym.group(1)), e.name)
            if e.type == "person":
                sentence = by_sentence[m.sentence]
                roles = [apposition(sentence, m), role_before(sentence, m, previous)]
                if lexicon.AGE_AFTER.match(sentence.text, m.end):
                    roles.reverse()  # a post before a name and its age, over a description after them: "Its
                    # organizer, Jo Lee, 41, a dental hygienist," organises
                for role in roles:
                    set_role(e, role, 2, m)
                set_role(e, m.role, 1, m)
                # a post after a description that is none, below a title: "Jo Lee, a potter who chairs the
                # parish council,"; "State Sen. Jo Lee, a Democrat who chairs the panel," is a senator
                set_role(e, relative_role(sentence.text[m.end :]), 1, m)
        previous = m
    # Attribution lines under block quotes name people with their roles.
    for line in attributions:
        pseudo = Sentence(index=-1, text=line, paragraph=-1, start=0)
        for m in find_mentions([pseudo]):
            if m.kind in ("name", "single", "multi") and (m.type in (None, "person")):
                e = registry.add(registry.fold_person(m.surface) or m.surface, "person")
                e.person_evidence += 1
                set_role(e, m.role, 3, m)
    # Captions name people in full, with their titles, whom the text may call by surname only; a
    # person only furniture names is no actor (no mention counts them).
    for line in removed:
        pseudo = Sentence(index=-1, text=line, paragraph=-1, start=0)
        for m in find_mentions([pseudo]):
            if m.kind == "name" and m.type == "person" and len(m.key.split()) > 1:
                surname = m.key.split()[-1]
                named = registry.fold_person(surname)  # the story's own person of that surname, if any
                latest = not (named and named != m.key and _named_before_alone(mentions, named, surname))
                e = registry.add(registry.fold_person(m.key) or m.key, "person", latest=latest)
                set_role(e, apposition(pseudo, m), 1, m)  # "Jo Lee, Acme's chief executive, speaks at ..."
                set_role(e, m.role, 1, m)
    # Pass 2: surnames, honorifics, titles and bare single words.
    for m in mentions:
        if m.kind == "short":
            found = registry.find(m.surface)
            m.key = found.name if found and found.type == "organization" else ""
        if m.kind in ("single", "honorific") and not m.key and not _shop_name(m, by_sentence):
            m.key = registry.fold_person(m.surface, styled=m.kind == "honorific") or ""
            if m.key:
                m.key = _introduced_before(m, m.key, mentions, entities)
            if not m.key and m.kind == "single" and body_apposition(by_sentence[m.sentence], m):
                # "Brightvale, a smaller rival, moved quickly": a word no one's surname, described as a body
                m.key = registry.add(m.surface, "organization").name
            if not m.key and m.kind == "honorific":
                # Known only as "Mr Howard": the honorific stays, the surname alone is ambiguous;
                # "Dr Ann Lee" is Ann Lee.
                written = by_sentence[m.sentence].text[m.start : m.end]
                styled = written.split()[0] in lexicon.STYLES
                full = m.surface if len(m.surface.split()) > 1 and not styled else strip_possessive(written)
                m.key = registry.add(full, "person").name
            if m.key:
                e = entities[m.key]
                # "City" for Dunmore City is the club's short name, no surname: no sign of a person;
                # nor is a word news writes after "the" ("The Stags will"): people have no article.
                text = by_sentence[m.sentence].text
                after_the = not m.modifier and _THE_BEFORE.search(text, max(0, m.start - 4), m.start) is not None
                e.person_evidence += strip_possessive(m.surface) not in _NAME_HEADS and not after_the
                e.body_evidence += after_the
                set_role(e, apposition(by_sentence[m.sentence], m), 2, m)  # "Ms Doe, the club's chairwoman,"
                set_role(e, role_before(by_sentence[m.sentence], m, None), 2, m)  # "its chief, Sir Jo Doe,"
                set_role(e, m.role, 1, m)
        elif m.kind == "title":
            m.key = holder(m.role or m.surface, entities.values()) or ""
    for e in entities.values():
        given = e.name.split()[0] in lexicon.first_names()
        bodily = e.body_evidence >= min(2, e.person_evidence + 1)  # (twice is no one's surname)
        if e.type == "person" and bodily and not e.role and not given:
            e.type = "organization"  # "Halbury Stags ... The Stags will": a team, not a person
    for m, named in _named_next(mentions, by_sentence, entities):
        set_role(entities[named.key], m.role or m.surface, 1, named)
    for m in mentions:
        if m.kind == "title" and not m.key:
            m.key = holder(m.role or m.surface, entities.values()) or _body_by_initials(m, registry)
    _titles_written_short(mentions, registry)
    _beside_places(mentions, by_sentence)
    fold_singles(
        mentions,
        registry,
        frozenset(id(m) for m in mentions if _speaking_name(m, by_sentence)),
        frozenset(id(m) for m in mentions if _WHO_AFTER.match(by_sentence[m.sentence].text, m.end)),
    )
    for_country = _capitals_as_countries(mentions, entities)
    for m in mentions:
        if m.key and m.key in entities:
            e = entities[m.key]
            e.mentions += 1
            if m.sentence != HEADLINE:
                e.first = min(e.first, m.sentence)
            e.all_locative &= m.locative
            e.all_sited &= (
                m.setting or _AT_BEFORE.search(by_sentence[m.sentence].text, max(0, m.start - 8), m.start) is not None
            )
            if m.kind != "title" and id(m) not in for_country:  # (the country keeps its own name)
                e.surfaces[m.surface] = e.surfaces.get(m.surface, 0) + 1
            if m.surface != e.name:
                e.aliases.add(m.surface)
            dotted = _dotted_initials(m, by_sentence)
            if dotted:
                e.aliases.add(dotted)
    actors = []
    renamed: dict[str, str] = {}  # canonical name -> the name shown
    first_seen = {m.key: m for m in reversed(mentions) if m.kind == "multi"}
    listed = [e for e in entities.values() if _settled(e, first_seen.get(e.name), by_sentence, lowercase)]
    _retype_employers(listed)
    _retype_it_sayers(listed, mentions, by_sentence)
    _retype_described_bodies(listed)
    _retype_trade_named(listed)
    bodies = {e.name for e in listed if e.type == "organization"}
    owner = _organisations_named_before(mentions, by_sentence, bodies)
    its_subject = _its_subjects(mentions, by_sentence, bodies)
    for m in mentions:
        if m.key in bodies and not entities[m.key].role:
            entities[m.key].role = body_apposition(by_sentence[m.sentence], m)
    # A body's acronym in someone's role, written out: "general manager of HATA" -> "... of the
    # Halbrook Area Transit Authority" (the reader of a brief has not seen where it was defined).
    expansions = {a: e.name for e in listed if e.type == "organization" for a in e.aliases if _is_acronym(a)}
    possessive_named = _named_with_possessive(mentions, by_sentence, bodies)
    for e in listed:
        name = possessive_named.get(e.name) or display_name(e)
        if _INITIAL.search(name):  # "K. R. Rao" as the article writes it, not as its tokens read
            name = next((a for a in sorted(e.aliases) if a.replace(".", "") == name), name)
        used = e.aliases | ({e.name} if e.name in e.surfaces else set())
        aliases = tuple(sorted(a for a in used if a != name))
        first = HEADLINE if e.first == NOT_YET else e.first
        owner_of = owner.get(id(e.role_source))  # (by its full name, which says what kind of body it is)
        if e.role and e.role.startswith(("its ", "Its ")) and e.role_source is not None:
            owner_of = its_subject.get(e.role_source.sentence, owner_of)
        role = owned_role(e.role, expansions.get(owner_of or "", owner_of), bodies) if e.role else None
        if role and role.split()[0] in _PERSONAL_POSSESSIVES:
            role = _whose(role, e, mentions, entities)
        elif role and role.startswith("whose ") and e.role_source is not None:
            role = _whose_body(role, e.role_source, mentions, by_sentence, bodies)
        elif role:
            role = _full_possessor(role, registry, e.name)
        if role:
            role = _without_epithet(_acronyms_written_out(role, expansions))
        actors.append(Actor(name, e.type, role, e.mentions, first, aliases))
        renamed[e.name] = name
    actors.sort(key=lambda a: (-a.mentions, a.sentence, a.name))
    by_index: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.key in renamed:
            m.key = renamed[m.key]
            by_index[m.sentence].append(m)
    people = {a.name for a in actors if a.type == "person"}
    return ActorIndex(
        tuple(actors),
        dict(by_index),
        tuple(dateline),
        _one_pronoun_each(by_index, by_sentence, people, _said_pronoun),
        _one_pronoun_each(by_index, by_sentence, people, _honorific_pronoun),
    )


# "Rhys Jenkins said he", "Rhys Jenkins, the garage's owner, told reporters she": the pronoun the
# article itself uses for a person right after naming them as a speaker.
_SAID_PRONOUN = LazyPattern(
    r"(?:,[^,;\"“”]{1,80})?,?\s+(?:[a-z]\w*ly\s+|also\s+)?(?:(?:said|says|added|insisted|admitted|confirmed)\s+|"
    r"told\s+(?:[\w'’]+\s+){1,3}?)(?:that\s+)?([Hh]e|[Ss]he)\b"
)


# A name the article calls by an honorific, the honorific inside the mention or right before it ("Mr Furlong").
_HONORIFIC_OPENS = LazyPattern(
    r".*?\b("
    + "|".join(map(re.escape, sorted(lexicon.SEXED_HONORIFICS, key=len, reverse=True)))
    + r")(?!\w)\s+(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*$"
)


def _body_by_initials(m: Mention, registry: Registry) -> str:
    """The body whose initials a post's abbreviation also is, when the article names that body in full ("the
    Maritime and Coastguard Agency ... An MCA spokeswoman said": the agency, no member of a county assembly); the
    mention becomes that body's name. Else ""."""
    initials = m.surface.split()[-1]
    body = registry.find(initials) if initials.isupper() and initials.isalpha() and len(initials) > 1 else None
    if body is None or body.type != "organization" or body.name == initials:
        return ""
    m.kind, m.type, m.role = "name", "organization", None
    m.start = m.end - len(initials)
    m.surface = initials
    return body.name


def _said_pronoun(text: str, m: Mention) -> str | None:
    """The pronoun the article uses right after naming a speaker ("Rhys Jenkins said he was delighted")."""
    said = _SAID_PRONOUN.match(text, m.end)
    return said.group(1).lower() if said else None


def _honorific_pronoun(text: str, m: Mention) -> str | None:
    """The pronoun the honorific the article calls the person by calls for ("Mr Furlong": "he")."""
    honorific = _HONORIFIC_OPENS.match(text[max(0, m.start - 10) : m.end])
    return lexicon.honorific_pronoun(honorific.group(1)) if honorific else None


def _one_pronoun_each(
    by_index: Mapping[int, list[Mention]],
    by_sentence: dict[int, Sentence],
    people: set[str],
    read: Callable[[str, Mention], str | None],
) -> dict[str, str]:
    """The people whose sex ``read`` finds at their mentions: by the pronoun the article uses as they
    speak (a given name no list holds, "Rhys", "Bethan", is then known) or by their honorific ("Mr
    Furlong"); a person given both sexes stays unknown."""
    told: dict[str, set[str]] = defaultdict(set)
    for k, found in by_index.items():
        for m in found:
            pronoun = read(by_sentence[k].text, m) if m.key in people and k in by_sentence else None
            if pronoun:
                told[m.key].add(pronoun)
    return {name: words.pop() for name, words in told.items() if len(words) == 1}


# What follows a name that stands alone, not one that possesses a noun: a verb, or punctuation.
_STANDS_ALONE = LazyPattern(
    r"\s*(?:[,.;:!?)]|$|(?:has|have|had|is|are|was|were|will|would|can|could|did|does|and|"
    + "|".join(sorted(lexicon.SPEECH_VERBS))
    + r")\b)"
)

# ... or before its code in brackets: "Kestrel Robotics (KSTR.O) said".
_STANDS_ALONE_OR_CODED = LazyPattern(_STANDS_ALONE.pattern + r"|\s*\(")


def _introduced_before(m: Mention, key: str, mentions: Sequence[Mention], entities: Mapping[str, Entity]) -> str:
    """The person a surname used alone stands for when two of the story's people share it: the
    one named in full before it, as news introduces a person before calling them by surname
    ("Terry Pellow won ... Mr Pellow has agreed ... his wife, Jackie Pellow"), not whoever of the
    two was named last."""
    surname = strip_possessive(m.surface.split()[-1])
    if key.split()[-1] != surname:
        return key  # a given name alone, or a name folded some other way
    sharing = {n for n, e in entities.items() if e.type == "person" and n.split()[-1] == surname}
    if len(sharing) < 2:
        return key
    before = {x.key for x in mentions if x.kind == "name" and x.key in sharing and 0 <= x.sentence < m.sentence}
    return before.pop() if len(before) == 1 else key


def _in_ticker(text: str, m: Mention) -> bool:
    """Whether a mention is a stock code or its exchange in brackets ("(KSTR.O)", "(NYSE: KSTR)"):
    the company's code, no one of its own."""
    return any(t.start() < m.start and m.end < t.end() for t in _TICKER.finditer(text))


# Currencies written before an amount: "Rs 12 crore", "Rs. 500", "NT$38 million", "HK$150", "KSh 2,000", "US$40".
_CURRENCIES = frozenset(re.findall(r"\S+", "Rs Rs. Rp Tk KSh Ksh NT HK NZ US Dh Dhs RM"))
_AMOUNT_AFTER = LazyPattern(r"\.?\$|\.?\s?\d")
_SIGNED_AMOUNT = LazyPattern(r"[$¢£€₦₹₱₵]\s?\d")


_GRADED = LazyPattern(r"\b(?!(?:on|by|from|at|with|and|or|to|for|of|in|as|than)\s)[a-z]+\s$")


def _family_named(text: str, m: Mention) -> bool:
    """Whether a single name is a family's, before "family" after a lower-case "the": "the lawyer for the Vey
    family" names no body called Vey, nor the story's Jo Vey (the family opening a sentence may commit: "The Vey
    family will sue")."""
    return (
        len(m.surface.split()) == 1
        and _FAMILY_AFTER.match(text, m.end) is not None
        and text.endswith("the ", 0, m.start)
    )


_FAMILY_AFTER = LazyPattern(r" famil(?:y|ies)\b")


def _grade_letter(text: str, m: Mention) -> bool:
    """Whether a mention is one letter after a common noun that it grades ("a band D home", "grade A
    milk", "type B"): a class, no one."""
    return len(m.surface) == 1 and _GRADED.search(text, 0, m.start) is not None


def _currency(text: str, m: Mention) -> bool:
    """Whether a mention is a currency's abbreviation before an amount ("the Rs 50 lakh penalty",
    "NT$38 million"), no one at all."""
    if len(m.surface) <= 3 and m.surface.isupper() and _SIGNED_AMOUNT.match(text, m.end):
        return True  # any country's letters glued to a currency's sign before an amount: "GH¢5,000", "N$300"
    dollar = text.startswith("$", m.end)
    return m.surface in _CURRENCIES and (dollar or (m.surface != "US" and _AMOUNT_AFTER.match(text, m.end) is not None))


def _shop_name(m: Mention, by_sentence: dict[int, Sentence]) -> bool:
    """Whether a single word is written in the possessive with nothing it possesses after it
    ("Dellow's will close 30 shops", "fans of Dellow's were"): a business named so, which is no
    person's surname even when the story names its founder ("Albert Dellow")."""
    text = by_sentence[m.sentence].text if m.sentence in by_sentence else ""
    return (
        m.kind == "single"
        and bool(_POSSESSIVE.search(text[m.start : m.end]))
        and bool(_STANDS_ALONE.match(text, m.end))
    )


def _named_with_possessive(
    mentions: Sequence[Mention], by_sentence: dict[int, Sentence], bodies: set[str]
) -> dict[str, str]:
    """Bodies whose name ends in "'s" ("Sainsbury's", "Fairbrook's"): written so every time the
    article names them, and at least once standing alone ("Fairbrook's said", "at Fairbrook's,"),
    not only before what they own ("Fairbrook's chief executive")."""
    written: dict[str, list[str]] = defaultdict(list)
    alone: set[str] = set()
    for m in mentions:
        if m.key not in bodies or m.sentence not in by_sentence:
            continue
        text = by_sentence[m.sentence].text
        raw = text[m.start : m.end]
        written[m.key].append(raw)
        if _POSSESSIVE.search(raw) and _STANDS_ALONE.match(text, m.end):
            alone.add(m.key)
    return {
        key: max(forms, key=forms.count)
        for key, forms in written.items()
        if key in alone and all(_POSSESSIVE.search(f) for f in forms)
    }


def _dotted_initials(m: Mention, by_sentence: dict[int, Sentence]) -> str | None:
    """A name as written with a full stop after its initials ("K. R. Rao", which the
    tokens keep as "K R Rao"): a form readers and other sources use for the same person."""
    if not _INITIAL.search(m.surface) or m.sentence not in by_sentence:
        return None
    written = by_sentence[m.sentence].text[m.start : m.end]
    return written if written != m.surface and written.replace(".", "") == m.surface else None


_INITIAL = LazyPattern(r"(?:^| )[A-Z](?= )")
_THE_BEFORE = LazyPattern(r"\b[Tt]he $")
_COORDINATED = LazyPattern(r"(?:,|,? and|,? or)\s+(?:the\s+)?$")


def _said_more_fully(title: str, role: str) -> bool:
    """Whether ``role`` is a bare ``title`` with the body it is of before it ("Chairman" ->
    "Stags chairman", "Chief" -> "Fire Chief")."""
    return " " not in title and len(role) > len(title) and role.lower().endswith(" " + title.lower())


def _named_next(
    mentions: Sequence[Mention], by_sentence: dict[int, Sentence], entities: dict[str, Entity]
) -> list[tuple[Mention, Mention]]:
    """Titles no one holds yet, each with the person who opens the next sentence by their full
    name, new to the story and given no role: news names the post first and its holder next
    ("..., the Health Secretary has pledged. Jo Lee said the money would ...")."""
    names_in: dict[int, list[Mention]] = defaultdict(list)
    first_named: dict[str, int] = {}
    for n in mentions:
        if n.kind == "name":
            names_in[n.sentence].append(n)
        if n.key:
            first_named.setdefault(n.key, n.sentence)
    out = []
    for m in mentions:
        if m.kind != "title" or m.key or m.sentence not in by_sentence or not _TITLE_HEAD_WORD.search(m.surface):
            continue
        following = by_sentence.get(m.sentence + 1)
        opening = [
            n
            for n in names_in.get(m.sentence + 1, [])
            if following is not None and not following.text[: n.start].strip(_QUOTES_AND_SPACE)
        ]
        named = opening[0] if opening else None
        entity = entities.get(named.key) if named else None
        earlier = named is not None and first_named.get(named.key, named.sentence) < named.sentence
        if named and entity and entity.type == "person" and not entity.role and not earlier:
            m.key = named.key
            out.append((m, named))
    return out


_TITLE_HEAD_WORD = LazyPattern(r"\b(?:Secretary|Minister|Chancellor|President|Governor|Mayor|Prime Minister)\b", re.I)


@lru_cache(maxsize=1)
def _seats() -> dict[str, tuple[str, ...]]:
    """Each capital and seat of power, with the countries or bodies it may stand for."""
    return {
        **{capital: (country,) for capital, country in lexicon.places()["capitals"].items()},
        **lexicon.SEATS_OF_POWER,
    }


def _capitals_as_countries(mentions: Sequence[Mention], entities: dict[str, Entity]) -> set[int]:
    """A capital in a story that names its country stands for that country: news writes
    "Beijing vowed", "Moscow dismissed the sanctions" for the government, one actor with the
    country it names elsewhere; so does a seat of power ("the Kremlin", "the Pentagon":
    lexicon.SEATS_OF_POWER). Returns the ids of the mentions moved to their country or body."""
    moved = set()
    for m in mentions:
        housed = [name for name in _seats().get(m.key, ()) if name in entities and name != m.key]
        if housed and m.key in entities:
            m.key = housed[0]
            moved.add(id(m))
    return moved


def _beside_places(mentions: Sequence[Mention], by_sentence: dict[int, Sentence]) -> None:
    """An unknown word listed with a place is a place too, where things are ("between Kelby
    and Leeds", "the Kelby, Ashford and Leeds branches"): its mention is a setting."""
    for index, group in itertools.groupby(mentions, key=lambda m: m.sentence):
        group = list(group)
        text = by_sentence[index].text
        for a, b in itertools.pairwise(group):
            gap = text[a.end : b.start]
            if len(gap) > 10 or not _COORDINATED.match(gap):
                continue
            for single, other in ((a, b), (b, a)):
                if single.kind == "single" and not single.key and other.type == "place":
                    single.setting = True


_PERSONAL_POSSESSIVES = frozenset(["his", "her"])


def _retype_it_sayers(listed: list[Entity], mentions: Sequence[Mention], by_sentence: dict[int, Sentence]) -> None:
    """A name the tagger read as a person's that says what "it" will do of itself ("Rheinfeld Drahtwerk, a German
    spring maker, said it would move its orders") is a body's: no one says "it" of themself. Not a name that opens
    with a given name or an honorific, nor one the story gives a person's role or evidence ("Mr Shah")."""
    unsure = {
        e.name: e
        for e in listed
        if e.type == "person"
        and not e.person_evidence
        and len(e.name.split()) > 1
        and (e.name.split()[0] not in lexicon.first_names() or _common_last_word(e.name))  # ("Van Dael Drinks")
        and e.name.split()[0] not in lexicon.HONORIFICS
        and (
            not any(w.lower() in lexicon.ROLE_NOUNS for w in (e.role or "").split())  # ("a spokeswoman")
            or _THING_CLAUSE.search(e.role or "") is not None  # (not "the benefit manager that handles ...")
            or _OWNED_BODY_ROLE.fullmatch(e.role or "") is not None  # ("His label, Kelby Vey, said it")
        )
    }
    for m in mentions:
        e = unsure.get(m.key)
        if e is not None and m.sentence in by_sentence and _SAYS_IT.match(by_sentence[m.sentence].text, m.end):
            e.type = "organization"


# Surnames that are common nouns news writes in lower case: "Jo Banks", "Ola Brooks".
_SURNAMES_IN_LOWER_CASE = frozenset(
    re.split(r"\s+", "Banks Brooks Fields Woods Waters Hills Rivers Parks Sands Mills Wells Stones Rhodes Lyons Bates")
)


def _retype_trade_named(listed: list[Entity]) -> None:
    """A name the tagger read as a person's that ends in a word news writes in lower case ("Vey Talent",
    "Dunmore Mortgages") is a business's: no one's surname is "talent".
    Not a name that opens with a given name or an honorific ("Gwen Park"), nor one with a person's evidence ("Mr
    Leisure", "Leisure, 41,"), nor one the story gives a person's role."""
    for e in listed:
        words = e.name.split()
        if (
            e.type == "person"
            and not e.person_evidence
            and len(words) > 1
            and words[-1].isalpha()
            and capitalisation(words[-1]) == RARELY_CAPITALISED
            and words[-1] not in _SURNAMES_IN_LOWER_CASE
            and words[0] not in lexicon.first_names()
            and words[0] not in lexicon.HONORIFICS
            and not any(w.lower() in lexicon.ROLE_NOUNS for w in (e.role or "").split())
        ):
            e.type = "organization"


def _retype_described_bodies(listed: list[Entity]) -> None:
    """A name the tagger read as a person's that the story describes as a business no person is ("Kelby Mutual,
    once the state's fourth-largest home insurer,") is a body's; not a name that opens with a given name or an
    honorific, nor one with a person's evidence."""
    for e in listed:
        words = e.name.split()
        described = _COMPLEMENT_OPENS.split(e.role or "")[0].split()  # (the head before "of", "in": "a maker of …")
        head = described[-1].lower() if described else ""
        if (
            e.type == "person"
            and not e.person_evidence
            and head in _BUSINESSES_ONLY
            and words[0] not in lexicon.first_names()
            and words[0] not in lexicon.HONORIFICS
        ):
            e.type = "organization"


_COMPLEMENT_OPENS = LazyPattern(r" (?:of|in|for|at|with|that|which|whose) ")
# Words for a business that never describe a person ("a home insurer", "the supermarket chain"; not "developer",
# "publisher" or "contractor", which people are too).
_BUSINESSES_ONLY = frozenset(
    re.findall(
        r"[\w-]+",
        "company companies firm carmaker retailer insurer reinsurer lender airline manufacturer chain bank wholesaler"
        " supermarket discounter conglomerate housebuilder drugmaker chipmaker automaker steelmaker planemaker"
        " shipbuilder consortium utility newspaper magazine broadcaster newsroom charity hospice hospital school"
        " university college brewery",
    )
)


# A description's clause about a thing or a body, not a person: "the pharmacy benefit manager that handles ...".
_THING_CLAUSE = LazyPattern(r"\b(?:that|which) [a-z]+s\b")


# A tabloid's judgement of someone before their post, no part of it: "under-fire manager", "tragic mum".
_EPITHETS = frozenset(
    re.findall(
        r"\S+",
        "under-fire embattled beleaguered disgraced shamed tragic heartbroken grieving devastated furious brave plucky "
        "outspoken troubled axed stricken",
    )
)


def _without_epithet(role: str) -> str:
    """The role without the judgement a tabloid opens it with ("Under-fire Kelby Athletic boss" -> "Kelby Athletic
    boss"), unless that is all of it."""
    words = role.split()
    k = 0
    while k < len(words) - 1 and words[k].lower().strip(",") in _EPITHETS:
        k += 1
    return " ".join(words[k:])


def _common_last_word(name: str) -> bool:
    """Whether a name ends in a plural that news writes in lower case ("Van Dael Drinks"): no one's surname."""
    last = name.split()[-1]
    return last.endswith("s") and capitalisation(last) == RARELY_CAPITALISED


# Someone's business, named in apposition as a person's adviser is: "her publisher", "his label".
_OWNED_BODY_ROLE = LazyPattern(r"(?:[Hh]er|[Hh]is|[Tt]heir) " + lexicon.ORG_DESCRIPTOR_WORDS)
# A subject's saying verb, past one aside between commas, then "it" and what it will do: ", a German spring maker,
# said it would", " said on Tuesday that it plans" (not "it was", which may be about anything).
_SAYS_IT = LazyPattern(
    r"(?:,[^,\"“”]{3,160},|,(?=\s))?\s+(?:said|says|announced|confirmed)"
    r"(?: on [A-Z][a-z]+| last [a-z]+| [A-Z][a-z]+day)?"
    r"(?: that)? it (?:would|will|plans|planned|intends)\b"
)


def _retype_employers(listed: list[Entity]) -> None:
    """A name that another actor's role makes their employer ("Halvorsen Health chief
    executive", "spokesman for Halvorsen Health", "Kelby Town's chief executive") is a body,
    even where the tagger read it as a person's (its short name is no surname: "Halvorsen said it
    would"); not a name that opens with a given name or an honorific ("Joe Biden adviser", "Mr
    Hale's solicitor")."""
    employers = {
        strip_possessive(found.group(1) or found.group(2))  # ("Dunsworth Town's chief executive")
        for e in listed
        if e.type == "person" and e.role and e.role.split()[-1].lower() in lexicon.ROLE_NOUNS
        for found in [_EMPLOYER_IN_ROLE.search(e.role)]
        if found
    }
    for e in listed:
        words = e.name.split()
        personal = words[0] in lexicon.first_names() or words[0] in lexicon.HONORIFICS
        short = len(words) > 1 and words[-1] in employers and words[-1] in lexicon.CLUB_ENDINGS | lexicon.ORG_WORDS
        if e.type == "person" and (e.name in employers or short) and not personal:
            e.type = "organization"  # (also by the short name a club goes by: "Town's chief executive")


# The employer a role names: capitalised words before a post in lower case ("Halvorsen Health
# chief executive"), or after "of", "for" or "at" at its end ("spokesman for Halvorsen Health").
_EMPLOYER_IN_ROLE = LazyPattern(
    r"^([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*)*) (?:[a-z-]+ ){0,2}[a-z-]+$"
    r"|\b(?:of|for|at) (?:the )?([A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|and|for|the))*)$"
)


def _whose(role: str, e: Entity, mentions: Sequence[Mention], entities: dict[str, Entity]) -> str:
    """A role given through "his" or "her", the pronoun read as the person named last before
    it whom it can stand for ("Mr Reed ... His solicitor, Ann Cole," -> "Tom Reed's
    solicitor"): in a brief the pronoun points at nothing. Unchanged without one."""
    pronoun, rest = role.split(maxsplit=1) if " " in role else (role, "")
    source = e.role_source
    if rest and source is not None:
        seen = False
        for m in reversed(mentions):
            seen = seen or m is source
            other = entities.get(m.key) if seen and m.key != e.name else None
            if other is not None and other.type == "person" and lexicon.may_be(other.name, pronoun):
                return f"{display_name(other)}'s {rest}"
    return role


# (after the body's own apposition in lower case, and before the holder's title: "Kelby Trust, a charity for
# retired miners, whose director, Dr Jo Roe,")
_WHOSE_BETWEEN = LazyPattern(
    r"(?:,\s+(?:an?|the)\s+[a-z0-9'’ -]{1,100}?)?,\s+whose\s+[a-z -]+,?\s+(?:(?:Dr|Prof|Sir|Dame|Cllr)\.?\s+)?"
)


def _whose_body(
    role: str, source: Mention, mentions: Sequence[Mention], by_sentence: dict[int, Sentence], bodies: set[str]
) -> str:
    """A role given through "whose" after a body's name ("Track Forward, whose spokesman Ivo
    Penrith") with the body named: "spokesman of Track Forward". Unchanged after anyone else."""
    text = by_sentence[source.sentence].text
    before = [m for m in mentions if m.sentence == source.sentence and m.end <= source.start]
    if before and before[-1].key in bodies and _WHOSE_BETWEEN.fullmatch(text, before[-1].end, source.start):
        return f"{role.removeprefix('whose ')} of {before[-1].surface}"
    return role


_NAME_POSSESSIVE = LazyPattern(r"^([A-Z][\w-]*)['’]s ")


def _acronyms_written_out(role: str, expansions: dict[str, str]) -> str:
    """``role`` with each acronym of a body the article names in full written out after "of",
    "for" or "at" ("director of MCCPA" -> "director of the Michigan Child Care Providers
    Alliance")."""
    if not expansions:
        return role
    words = role.split()
    for i, word in enumerate(words[1:], 1):
        full = expansions.get(word)
        own = full is not None and full.split() == words[i : i + len(full.split())]  # the name itself: "NHS Kelby"
        if full and not own and words[i - 1] in ("of", "for", "at"):  # not "NATO Secretary General": the text's own
            words[i] = full if full.startswith("The ") else f"the {full}"
    return " ".join(words)


def _full_possessor(role: str, registry: Registry, holder: str) -> str:
    """A role through a surname's or given name's possessive names the person in full
    ("Reed's solicitor" -> "Tom Reed's solicitor"): the short form is the article's shorthand. Never the
    role's own ``holder``: "Reed's mother, Ann Reed" is the mother of the story's other Reed."""
    match = _NAME_POSSESSIVE.match(role)
    full = registry.fold_person(match.group(1)) if match else None
    if full == holder:
        kin = [
            n
            for n, e in registry.entities.items()
            if e.type == "person" and n != holder and n.split()[-1] == full.split()[-1]
        ]
        full = kin[0] if len(kin) == 1 else None
    if not full or full == match.group(1):
        return role
    return f"{display_name(registry.entities[full])}'s {role[match.end() :]}"


def _tagged_person(m: Mention | None, by_sentence: dict[int, Sentence], lowercase: set[str]) -> bool:
    """A name the tagger reads as a person's, none of whose words the article also writes in
    lower case or uses for places, bodies and events ("Strong Medicine", "The Goat" are titles)."""
    if m is None or any(w.lower() in lowercase or not _personal(w) for w in m.surface.split()):
        return False
    return tagged_person(by_sentence[m.sentence].text, m.start, m.end)


# Bodies of people a name before them is one of ("the Kelby Independents group"), never a person's name.
_GROUP_NOUNS = frozenset(["group", "party", "union", "campaign", "charity", "coalition", "alliance"])
# Kinds of body a name before them is one of ("the Glens Air Ambulance charity"), not a place's or a thing's.
_BODY_KINDS = lexicon.ORG_DESCRIPTORS - frozenset(
    re.findall(r"\w+", "site side owner owners rival rivals parent brand website giant body maker makers")
)


def _tagged_organisation(m: Mention | None, by_sentence: dict[int, Sentence]) -> bool:
    """A name opening its sentence, or before a noun for its kind of body ("the Glens Air Ambulance charity
    would"), that the tagger reads, every word of it, as one organisation's ("Straits Pacific Terminals
    already handles cargo"): named once, a body the sentence is about is still one (named in passing, it
    is too unsure to list)."""
    if m is None:
        return False
    text = by_sentence[m.sentence].text
    following = _NEXT_LOWER.match(text, m.end)
    kind = following is not None and following.group(1) in _BODY_KINDS  # "the Glens Air Ambulance charity would"
    if text[: m.start].strip(_QUOTES_AND_SPACE) and not kind:
        return False
    if 0 < capitalisation(strip_possessive(m.surface.split()[0])) <= MOSTLY_LOWER:
        return False  # a common word before the name may describe it: "Builders Carrow Pask agreed"
    return tagged_organisation(by_sentence[m.sentence].text, m.start, m.end)


def _personal(word: str) -> bool:
    return not (
        word in lexicon.ORG_WORDS
        or word in lexicon.PLACE_WORDS
        or word in lexicon.EVENT_WORDS
        or word in lexicon.GEOGRAPHY_WORDS
        or _known(word)
    )


# The people who make up a body or whom it serves, before its name: "members of", "activists with", "customers of"
# (an event has neither: "organisers of the Hay Festival", "volunteers at the Games").
_MEMBERS_OF = LazyPattern(
    r"\b(?:[Mm]embers of|(?:[Aa]ctivists|[Cc]ampaigners|[Vv]olunteers) (?:with|from)"
    r"|(?:[Cc]ustomers|[Ee]mployees|[Ss]hareholders|[Ss]ubscribers|[Pp]olicyholders) (?:of|at|in)) (?:the )?$"
)
_OF_AFTER_PERSON = LazyPattern(r"^,?\s+(?:of|at|from)\s+(?:the\s+)?$")


def _affiliation(text: str, m: Mention, previous: Mention | None, entities: dict[str, Entity]) -> bool:
    """Several capitalised words right after a person and "of"/"at" name the body they
    work for ("analyst Jane Doe of Acme Capital"), or after the people who make it up ("activists
    with Kelby Justice Now"), even when named only once."""
    if _MEMBERS_OF.search(text, max(0, m.start - 30), m.start):
        return True
    return (
        previous is not None
        and previous.sentence == m.sentence
        and previous.key in entities
        and entities[previous.key].type == "person"
        and bool(_OF_AFTER_PERSON.match(text[previous.end : m.start]))
    )
