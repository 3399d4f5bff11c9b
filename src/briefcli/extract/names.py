"""Candidate name spans: where a sentence may name someone.

This is the one place that proposes names, so that a recognised-name source (a
learned tagger) can replace it: ``actors`` asks a ``NameSource`` for the spans
of each sentence and does the rest (titles, typing, folding). Today's source is
rule-based: maximal runs of capitalised words, joined by "of"/"for"/"and"/"the"
where names allow, with lower-case particles inside names ("Haider al-Abadi",
"Ludwig van Beethoven") and a nickname in quotes between given name and surname
skipped ('Joaquin "El Chapo" Guzman' is Joaquin Guzman).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from ..tagging.features import ALWAYS_CAPITALISED, RARELY_CAPITALISED, capitalisation
from . import lexicon

Token = tuple[int, int, str]  # start, end, text
Span = list[Token]  # the tokens of one candidate name, in order
NameSource = Callable[[str], list[Span]]

# (a magnitude glued to a figure is no word: "$48M", "1.2B", "20K")
TOKEN = re.compile(r"(?:[A-Z]\.){2,}|(?!(?<=\d)(?:[MBK]|bn|tn)\b)[^\W\d_](?:[\w&-]|['’](?=\w))*")
_CONNECT = frozenset(["of", "for"])
# Lower-case name particles: "van", "de", "bin"; or glued by a hyphen: "al-Abadi", "el-Sisi".
PARTICLES = frozenset(
    [
        "al",
        "el",
        "bin",
        "ibn",
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "du",
        "des",
        "la",
        "le",
        "ter",
        "ten",
        "ap",  # Welsh: "Rhodri ap Iorwerth"
        "las",
        "los",
        "y",  # "Ministerio de Agricultura y Ganadería", "José Ortega y Gasset"
        "para",  # "Agua para Tecolote", a body's name in Spanish or Portuguese
    ]
)
HYPHEN_PARTICLE = re.compile(r"^(?:al|el|ul|ad|as|ash|at|ar|an|abu|bin|ibn|ben)-(?=[A-Z])")
_CONTRACTIONS = ("'m", "’m", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "n't", "n’t")
_ADJECTIVE = re.compile(r"-(?:based|led|backed|owned|born|style|made|funded|run|bound|focused|friendly|linked)$")
# A capital only before a hyphen and lower-case parts after it: a common compound ("U-turns",
# "Anti-war", "Mum-of-two"), not a name ("Jean-Paul", "Rolls-Royce", "al-Abadi"). It may go on
# a name ("European Low-fare Airlines Association") but never opens one; one letter before the
# hyphen ("U-turns", "X-rays") or several lower-case parts ("Mum-of-two") are never in a name.
_LOWER_TAIL = re.compile(r"^[A-Z][a-z]*(?:-[a-z]+)+$")
_COMPOUND = re.compile(r"^(?:[A-Z](?:-[a-z]+)+|[A-Z][a-z]*(?:-[a-z]+){2,})$")
# A local authority as UK broadsheets write it, in lower case after its place: "Worcestershire
# county council", "Leeds city council" (read as the body's name, capitalised).
_LOWER_COUNCIL = re.compile(
    r" (?:(?:county|city|district|borough|town|parish|municipal|village) )?council\b| municipality\b"
)
_UNION_LOCAL = re.compile(r" (\d{1,5})\b")
# A party initial and a state after a US politician's name: "Sen. Ann Roe, R-Ohio," "D-N.Y." (not a school
# district's number in Roman numerals: "the Kelby R-IV School District")
_AFFILIATION = re.compile(r"^[RDI]-(?![IVX]+$)[A-Z]")
_NICKNAME = re.compile(r"\s[\"“‘']((?:[A-Z][\w'’.-]*\s?){1,3})[\"”’']\s")


def tokens(text: str) -> list[Token]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def is_cap(token: str) -> bool:
    """Capitalised, or a surname glued to its particle ("al-Abadi"); not an adjective made
    from a name ("Linux-based", "Saudi-led", "UK-born"), a common compound ("U-turns") nor a
    US politician's party and state ("R-Ohio", "D-Calif")."""
    if token.endswith(_CONTRACTIONS):
        return False  # "I'm", "We're", "Don't": a pronoun or a verb, never a name
    if "-" not in token:
        return token[:1].isupper()
    if _ADJECTIVE.search(token) or _COMPOUND.match(token) or _AFFILIATION.match(token):
        return False
    return token[:1].isupper() or bool(HYPHEN_PARTICLE.match(token))


def _particle_joins(text: str, run: Span, toks: list[Token], j: int) -> bool:
    """A lower-case particle inside a name or after an honorific: "Nick Van den Brul", "Ludwig van
    Beethoven", "Ms de la Fuente"."""
    return (
        toks[j][2] in PARTICLES
        and j + 1 < len(toks)
        and text[run[-1][1] : toks[j][0]] == " "
        and text[toks[j][1] : toks[j + 1][0]] == " "
        and (is_cap(toks[j + 1][2]) or toks[j + 1][2] in PARTICLES)
        and (run[-1][2] not in lexicon.NON_NAMES or run[-1][2] in lexicon.HONORIFICS)  # "Ms de la Fuente"
    )


MAX_POSSESSED_WORDS = 3  # capitalised words after a plural possessive up to the body's word


_PARTY_PLURALS = frozenset(party.split()[-1] for party in lexicon.PARTY_PLURALS) | {"Greens"}


def _plural_possessive_joins(text: str, run: Span, toks: list[Token], j: int) -> bool:
    """A plural possessive before an organisation word, or before a few capitalised words
    that end in one, names one body: "the Mums' Army", "the Teachers' Union", "Veterans'
    Association", "the Pharmacists' Defence Association"; so does the possessive of people
    who campaign, before any capitalised word ("Parents' Food Watch", "Residents' Road Alert")."""
    return (
        run[-1][2].endswith("s")
        and text[run[-1][1] : toks[j][0]] in ("' ", "’ ")
        and (_ends_in_body_word(text, toks, j) or (run[-1][2] in lexicon.CAMPAIGNERS and is_cap(toks[j][2])))
        and (run[-1][2] not in lexicon.NON_NAMES or run[-1][2] in lexicon.HONORIFICS)  # "Ms de la Fuente"
        and run[-1][2] not in _PARTY_PLURALS  # a party's portfolio: "the Liberal Democrats' Treasury spokesman"
    )


def _ends_in_body_word(text: str, toks: list[Token], j: int) -> bool:
    """Whether ``toks[j]``, or one of the next few capitalised words run on from it by spaces,
    is an organisation word."""
    for k in range(j, min(j + MAX_POSSESSED_WORDS, len(toks))):
        if not is_cap(toks[k][2]) or (k > j and text[toks[k - 1][1] : toks[k][0]] != " "):
            return False
        if toks[k][2] in lexicon.ORG_WORDS:
            return True
    return False


_TITLES_OFFICES = frozenset(["Office", "Department", "Bureau"])
# Officeholders who run an office of their own, beyond the titles: "the Public Defender's Office", "the Medical
# Examiner's Office", "the State Comptroller's Office".
_OFFICE_HOLDERS = lexicon.TITLE_WORDS | frozenset(
    re.findall(
        r"\w+", "Defender Advocate Coroner Assessor Treasurer Comptroller Controller Recorder Registrar Examiner"
    )
)


def _title_office(text: str, run: Span, toks: list[Token], j: int) -> bool:
    """An officeholder's possessive before the office it runs is one body's name: "Yavallo
    County Sheriff's Office", "the District Attorney's Office", "the Governor's Office"."""
    word = run[-1][2]
    return (
        word.endswith(("'s", "’s"))
        and word[:-2] in _OFFICE_HOLDERS
        and text[run[-1][1] : toks[j][0]] == " "
        and toks[j][2] in _TITLES_OFFICES
    )


def _saints_joins(text: str, run: Span, toks: list[Token], j: int) -> bool:
    """A saint's or the monarch's possessive opens a building's or body's name: "St Mary's
    Hospital", "St Aldric's Children's Hospice", "His Majesty's Inspectorate of Prisons" (not
    "St Mirren's Jo Lee": the words after end in an organisation or place word)."""
    royal = len(run) == 2 and run[0][2] in ("His", "Her") and run[1][2] in ("Majesty's", "Majesty’s")
    if _title_office(text, run, toks, j):
        return True
    opening = run[1 if run[0][2] == "The" and len(run) > 1 else 0][2]  # (also "The St Aldhelm's Trust")
    saint = opening in lexicon.SAINT_WORDS
    if not (saint or royal) or not run[-1][2].endswith(("'s", "’s")):
        return False
    if text[run[-1][1] : toks[j][0]] != " ":
        return False
    k = j
    while k + 1 < len(toks) and is_cap(toks[k + 1][2]) and text[toks[k][1] : toks[k + 1][0]] == " ":
        k += 1
    last = re.sub(r"['’]s$", "", toks[k][2])
    return is_cap(toks[j][2]) and (royal or last in lexicon.ORG_WORDS or last in lexicon.PLACE_WORDS)


def _after_nickname(text: str, run: Span, toks: list[Token], j: int) -> int:
    """Where the surname after a quoted nickname starts, or ``j`` when there is none."""
    if run[-1][2] not in lexicon.first_names():
        return j
    match = _NICKNAME.match(text, run[-1][1])
    if not match:
        return j
    k = j
    while k < len(toks) and toks[k][0] < match.end():
        k += 1
    return k if k < len(toks) and toks[k][0] == match.end() and is_cap(toks[k][2]) else j


# Public bodies named for the area they serve, which may be two places joined by "and".
_AREA_BODIES = frozenset(["Council", "Police", "Constabulary", "Authority", "Trust", "Hospitals", "Board"])
# Heads of public bodies whose names list their fields with "and".
_DEPARTMENTS = frozenset(
    [
        "Department",
        "Ministry",
        "Office",
        "Centers",
        "Centres",
        "Institute",
        "Agency",
        "Bureau",
        "School",
        "College",
        "Inspectorate",
        "Directorate",
    ]
)


# (also a union's branch, which ends in its number: "United Metal and Appliance Workers Local 2219")
_BODY_OR_POST = lexicon.ORG_WORDS | lexicon.TITLE_HEADS | {"Local"}
# Words that end a body's name and name no field it works in, so a body named with one is complete before "and".
_COMPLETE_HEADS = frozenset(
    [
        "Council",
        "Authority",
        "Trust",
        "Board",
        "Constabulary",
        "Group",
        "Ltd",
        "Limited",
        "plc",
        "PLC",
        "Inc",
        "Corporation",
        "Company",
        "Club",
        "Airport",
        "Railway",
        "Railways",
        "Hospital",
    ]
)


# The people a union organises, after the trades it names: "Food and Commercial Workers".
_TRADES_PEOPLE = frozenset(["Workers", "Employees"])


_POSSESSIVE_END = re.compile(r"['’]s$")
POSSESSIVE_ENDINGS = ("'s", "’s")  # for str.endswith: "Acme's", "Acme’s"


def strip_possessive(word: str) -> str:
    """A word without its possessive "'s": "Acme's" -> "Acme"."""
    return _POSSESSIVE_END.sub("", word)


def _bare_word(word: str) -> str:
    """A word without any possessive ending, plural ones too: "Workers'" -> "Workers"."""
    return strip_possessive(word).rstrip("'’")


def _gazetted(word: str) -> bool:
    """A place or body the shipped lists name."""
    return word in lexicon.places()["names"] or word in lexicon.KNOWN_ORGS


def _joins_body(run: Span, toks: list[Token], k: int) -> bool:
    """Whether "and" before ``toks[k]`` is inside one organisation's name: the name so far is
    a department "of"/"for" something ("Department of Health and Social Care", "Office of
    Management and Budget"), or a common word before it and capitalised words ending in an
    organisation word after it ("Competition and Consumer Commission"). Never before a person
    ("Acme and John Lee") or between two names ("Shell and BP Group")."""
    words = [t[2] for t in run]
    nxt = toks[k][2]
    # A company whose legal form closes the name, a given name's or a place's before "and" included: "Clyde and
    # Isles Ferries Ltd", "Harlow and Sons Plc"
    legal = list(itertools.takewhile(lambda t: is_cap(t[2]), toks[k : k + 5]))
    closed = lexicon.closes_company(words[-1])  # ("Beta Ltd and Gamma Inc": two)
    if len(words) <= 2 and not closed and len(legal) > 1 and legal[-1][2].rstrip(".") in lexicon.COMPANY_SUFFIXES:
        return toks[k - 1][2] == "and" and nxt not in lexicon.first_names()
    if not is_cap(nxt) or nxt in lexicon.first_names() or nxt in lexicon.NON_NAMES or words[0] in lexicon.first_names():
        return False
    body_of = any(w in _DEPARTMENTS and after in ("of", "for") for w, after in itertools.pairwise(words))
    ahead = list(itertools.takewhile(lambda t: is_cap(t[2]), toks[k : k + 4]))
    common = capitalisation(words[-1]) == RARELY_CAPITALISED  # "Competition", not "Shell"
    # ... or common words both sides, as bodies are named for what they do ("Securities and
    # Exchange Commission", "University and College Union"), not "Shell and BP Group"
    both_common = (
        toks[k - 1][2] == "and"  # not "the World Bank and the International Monetary Fund"
        and all(0 < capitalisation(w) < ALWAYS_CAPITALISED for w in (words[-1], nxt))
        and not (len(words) > 1 and words[-1] in _COMPLETE_HEADS)  # "Kelby Council and Network Rail": two
    )
    # ... or one word news has no record of, before a body named with several ("Maritime and
    # Coastguard Agency", "Dunmore and Kelby Hospitals NHS Trust"), as a known one would be
    # ("Google and Acme Capital" is two)
    named = [w for w in words if w != "The"]
    lone = len(named) == 1 and capitalisation(named[0]) == 0 and not _gazetted(named[0])
    further = list(itertools.takewhile(lambda t: is_cap(t[2]), toks[k : k + 6]))
    if lone and toks[k - 1][2] == "and" and len(further) > 1 and further[-1][2] in lexicon.ORG_WORDS:
        return True
    # ... or one word news also writes in lower case, or a nationality before another, before a
    # body named with several ("Postal and Logistics Union", "Transport and Depot Workers'
    # Alliance", "British and Irish Association of Zoos"): a body's fields, not two names
    demonyms = lexicon.places()["demonyms"]
    fields = len(named) == 1 and (
        (
            0 < capitalisation(named[0]) < ALWAYS_CAPITALISED
            and capitalisation(nxt) < ALWAYS_CAPITALISED  # not "Shell and BP Group": two names
            and not _gazetted(named[0])
        )
        or (named[0] in demonyms and nxt in demonyms)
    )
    if fields and toks[k - 1][2] == "and" and any(_bare_word(t[2]) in lexicon.ORG_WORDS for t in further[1:]):
        return True
    # ... or two places before a public body that serves both ("Devon and Cornwall Police",
    # "Easterby and Wold NHS Trust", "Kensington and Chelsea Council")
    serves = [t[2] for t in further[1:]]
    public = "NHS" in serves or (bool(serves) and serves[-1] in _AREA_BODIES)
    places = [w for w in named if w != "NHS"]  # ("NHS Pelham and Wyre Integrated Care Board")
    if public and len(places) == 1 and toks[k - 1][2] == "and" and places[0] not in lexicon.KNOWN_ORGS:
        return True
    # ... or a health service named for its hospitals ("Kelby and Vey Hospital and Health Service", as Queensland's are)
    if words[-1] == "Hospital" and toks[k - 1][2] == "and" and [t[2] for t in toks[k : k + 2]] == ["Health", "Service"]:
        return True
    # ... or a health board named "NHS" and the two areas it serves ("NHS Kelby and Vey", "NHS Greater Kelby and Vey")
    if words[0] == "NHS" and 1 < len(words) <= 3 and toks[k - 1][2] == "and":
        return True
    # ... or a body "of" two kinds of members, both plural nouns, that end its name
    # ("Association of Zoos and Aquariums", "Society of Authors and Illustrators")
    members = (
        toks[k - 1][2] == "and"
        and any(w in lexicon.ORG_WORDS and after in ("of", "for") for w, after in itertools.pairwise(words))
        and all(w.endswith("s") and capitalisation(w) < ALWAYS_CAPITALISED for w in (words[-1], nxt))
        and not _gazetted(nxt)
        and (k + 1 >= len(toks) or not is_cap(toks[k + 1][2]))
    )
    # ... or a body "of" the people of two fields, whose plural ends its name ("Union of Prison and Custody Officers")
    staff = (
        both_common
        and any(w in lexicon.ORG_WORDS and after == "of" for w, after in itertools.pairwise(words))
        and len(ahead) > 1
        and ahead[-1][2].endswith("s")
        and 0 < capitalisation(ahead[-1][2]) < ALWAYS_CAPITALISED
    )
    # ... or a union named for the trades its workers work in ("United Kiln and Glass Workers Local 77"),
    # after no body's own name ("Kelby Council and Acme Workers Union" is two)
    trades = (
        toks[k - 1][2] == "and"
        and any(t[2] in _TRADES_PEOPLE for t in ahead[1:])
        and not any(w in lexicon.ORG_WORDS or w in _COMPLETE_HEADS or _gazetted(w) for w in words)
    )
    # ... up to a body's name or a post named for its fields ("Police and Crime Commissioner")
    return (
        body_of or members or staff or trades or ((common or both_common) and any(t[2] in _BODY_OR_POST for t in ahead))
    )


_INNER = frozenset(["on", "to", "in", "against"])
# Initials after a name, in brackets or as its other name: " (CRLV)", ", or CLEET,".
_BRACKETED_INITIALS = re.compile(r" \(([A-Z]{2,9})\)|,\s+or\s+(?:the\s+)?([A-Z]{2,9})\b")
_NAME_LINKS = frozenset(["of", "for", "and", "the", "&"])


def _spelled_by_initials(text: str, run: Span, toks: list[Token], k: int) -> bool:
    """Whether "and" before ``toks[k]`` is inside one name, as the initials in brackets right after
    it spell ("Coastal Rescue and Lifeboat Volunteers (CRLV)", "Council on Law Enforcement Education
    and Training, or CLEET,"): the letters tell one name from two."""
    initials = [t[2][0] for t in run if t[2] != "The" and is_cap(t[2])]
    for end in range(k, min(len(toks), k + 6)):
        word = toks[end][2]
        if not (is_cap(word) or word in _NAME_LINKS) or text[toks[end - 1][1] : toks[end][0]] != " ":
            return False
        initials += [word[0]] if is_cap(word) else []
        bracketed = _BRACKETED_INITIALS.match(text, toks[end][1])
        if bracketed:
            return (bracketed.group(1) or bracketed.group(2)) == "".join(initials)
    return False


def _common(word: str) -> bool:
    """A word news writes in lower case at least now and then: no place, day or unknown name."""
    return 0 < capitalisation(word) < ALWAYS_CAPITALISED and word not in lexicon.first_names()


def _inner_word_joins(run: Span, word: str, toks: list[Token], k: int) -> bool:
    """Whether "on", "to", "in" or "against" before ``toks[k]`` goes on a body's long name, as
    bodies named for what they do are ("Committee on Standards in Public Life", "Society for
    the Prevention of Cruelty to Children", "Campaign to Protect Rural England", "Freedom to
    Read Coalition"): "on" or "to" right after an organisation word, or "to" before words that
    end in one; the others in a name that already says what its body is "of", "for" or "on";
    always before a common word, never a place, a day or a name ("the Commission on Monday",
    "Acme Council in Leeds")."""
    words = [t[2] for t in run]
    nxt = toks[k][2]
    if not is_cap(nxt) or not _common(nxt) or nxt in lexicon.NON_NAMES:
        return False
    if word in ("on", "to") and words[-1] in _BODY_NAMED_FOR:
        return True
    if word == "to" and _common(words[-1]):
        ahead = list(itertools.takewhile(lambda t: is_cap(t[2]), toks[k : k + 4]))
        if ahead[-1][2] in lexicon.ORG_WORDS:
            return True
    body_of = any(w in lexicon.ORG_WORDS and after in ("of", "for", "on") for w, after in itertools.pairwise(words))
    return body_of and _common(words[-1])


_BODY_NAMED_FOR = lexicon.ORG_WORDS | {"Campaign", "Action"}


# Prepositions in a campaign's name after the people it is for: "Families Behind the Walls", "Parents Against the Cuts".
_CAMPAIGN_PREPOSITIONS = frozenset(["Behind", "Against", "Beyond", "Without", "Under", "Inside", "Outside", "Of"])


def _campaign_joins(text: str, run: Span, toks: list[Token], j: int) -> bool:
    """Whether "for" or "the" before ``toks[j + 1]`` goes on a campaign's name: "for" after people
    named for their cause ("Dunmore Parents for Justice"; not after a person: "Jo Lee for Acme") or after
    "Campaign" ("Campaign for Real Ale", as "to" does: "Campaign to Protect Rural England"),
    "the" after the one verb that opens the name ("Save the Wrenbeck") or after such people and a preposition
    ("Families Behind the Walls")."""
    word, prev = toks[j][2], run[-1][2]
    if j + 1 >= len(toks) or not is_cap(toks[j + 1][2]) or text[run[-1][1] : toks[j + 1][0]] != f" {word} ":
        return False
    if word == "the":  # ... or after people and a preposition: "Families Behind the Walls"
        named_for_people = len(run) == 2 and run[0][2] in lexicon.CAMPAIGNERS and prev in _CAMPAIGN_PREPOSITIONS
        return (len(run) == 1 and prev in lexicon.CAMPAIGN_VERBS) or named_for_people
    if word in ("for", "to") and prev == "Campaign" and [w for _, _, w in run[:-1]] in ([], ["The"]):
        return True  # a campaign named for its cause: "Campaign for Real Ale", "Campaign to Protect Rural England"
    return word == "for" and _for_a_cause(run)


def _for_a_cause(run: Span) -> bool:
    """Whether the run names people a cause may follow ("Dunmore Parents", not a person: "Jo Lee")."""
    return run[-1][2] in lexicon.CAMPAIGNERS and run[0][2] not in lexicon.first_names()


def _campaign_joins_article(text: str, run: Span, toks: list[Token], j: int) -> bool:
    """Whether "for" and an article before ``toks[j + 2]`` go on the name of people named for their cause, as "for"
    does alone (``_campaign_joins``): "Students for an Open Kelby", "Parents for a Safer Dunmore"."""
    if j + 2 >= len(toks) or toks[j][2] != "for" or toks[j + 1][2] not in ("a", "an", "the"):
        return False
    if not is_cap(toks[j + 2][2]) or text[run[-1][1] : toks[j + 2][0]] != f" for {toks[j + 1][2]} ":
        return False
    return _for_a_cause(run)


def _nhs_trust_words(text: str, run: Span, toks: list[Token], j: int) -> int:
    """How many words in lower case from ``toks[j]`` end an NHS trust's name after "NHS" ("Kelby Hospitals NHS
    foundation trust", "Kelby NHS trust"): 2, 1 or 0."""
    if run[-1][2] != "NHS" or len(run) < 2 or run[-2][2] in lexicon.NON_NAMES or text[run[-1][1] : toks[j][0]] != " ":
        return 0  # (not "An NHS trust is to close")
    if toks[j][2] == "trust":
        return 1
    two = j + 1 < len(toks) and toks[j][2] == "foundation" and toks[j + 1][2] == "trust"
    return 2 if two and text[toks[j][1] : toks[j + 1][0]] == " " else 0


def _portfolio(run: Span) -> bool:
    """Whether the run is a title with its portfolio after "for", which may list fields with
    "and" ("Secretary of State for Energy Security and Net Zero", "Minister for Women and Equalities")."""
    words = [t[2] for t in run]
    return "for" in words and any(w in lexicon.TITLE_HEADS for w in words[: words.index("for")])


_FIELDS = re.compile(r"(?:, [A-Z][\w-]*(?: [A-Z][\w-]*)?)*,? and [A-Z][\w-]*(?: [A-Z][\w-]*)?\b")
# ... after a title, the last field one word, its holder's name next: "MEC for Sport, Arts and Culture Jo Lee".
_TITLED_FIELDS = re.compile(r"(?:, [A-Z][\w-]*(?: [A-Z][\w-]*)?)*,? and [A-Z][\w-]*\b")
_FIELD_WORD = re.compile(r"[A-Z][\w-]*")


# A body's name that opens with a list of trades or fields: "Bakers, Food and Allied Workers' Union", "Retail, Food
# and Warehouse Workers Local 227" (the comma after the first word, then the rest of the name).
_OPENING_LIST = re.compile(r"(?:, [A-Z][\w'’-]+)*, (?:[A-Z][\w'’-]+ )+and (?:[A-Z][\w'’-]+ )*[A-Z][\w'’-]+")


def _listed_opening(text: str, run: Span, toks: list[Token], j: int) -> int:
    """Where the tokens of a body's name that opens with a list end ("Bakers, Food and Allied Workers' Union"), or
    ``j`` when the comma after the one-word run starts no such name: the name ends in an organisation's word, and
    no listed word is a first name, a place or a known body (so "Kelby, Marlow and Henley Council" stays apart)."""
    opening = [t[2] for t in run if t[2] != "The"]
    match = _OPENING_LIST.match(text, run[-1][1]) if len(opening) == 1 else None
    if not match:
        return j
    words = [*opening, *re.findall(r"[A-Z][\w'’-]+", match.group())]
    if strip_possessive(words[-1]) not in lexicon.ORG_WORDS and words[-1] not in ("Local", "Lodge"):
        return j
    places = lexicon.places()
    if any(w in lexicon.first_names() or w in places["names"] or w in lexicon.KNOWN_ORGS for w in words):
        return j
    k = j
    while k < len(toks) and toks[k][1] <= match.end():
        k += 1
    return k


def _listed_fields(text: str, run: Span, toks: list[Token], j: int) -> int:
    """Where the tokens of a department's or a minister's fields listed with commas end ("Ministry of
    Housing, Communities and Local Government", "Department for Digital, Culture, Media and
    Sport", "MEC for Sport, Arts and Culture"), or ``j`` when the comma after the run starts no
    such list: the fields are common capitalised words of one or two, never a person's first name, a
    place, a known body or, before the last, the name of another body ("Resolution Foundation")."""
    words = [t[2] for t in run]
    titled = any(w in lexicon.PORTFOLIO_HEADS and after in ("for", "of") for w, after in itertools.pairwise(words))
    if not (
        text.startswith(", ", run[-1][1])
        and (titled or any(w in _DEPARTMENTS and after in ("of", "for") for w, after in itertools.pairwise(words)))
    ):
        return j
    match = (_TITLED_FIELDS if titled else _FIELDS).match(text, run[-1][1])
    if not match:
        return j
    fields = _FIELD_WORD.findall(match.group())
    places = lexicon.places()
    if any(
        w in lexicon.first_names() or w in places["names"] or w in lexicon.KNOWN_ORGS or w in lexicon.NON_NAMES
        for w in fields
    ):
        return j
    items = [item.strip() for item in re.split(r",| and ", match.group()) if item.strip()]
    if not titled and any(" " in item and item.split()[-1] in lexicon.ORG_WORDS for item in items[:-1]):
        return j  # "Institute for Fiscal Studies, Resolution Foundation and ...": more bodies (a title's are fields)
    k = j
    while k < len(toks) and toks[k][1] <= match.end():
        k += 1
    return k


def _council_place(run: Span) -> bool:
    """Whether a run before "council" ("Kelby parish council") is a place, whose council it is:
    a gazetted place, or words that are no given name, body, title, party or people and no
    possessive (not "Acme's council", "Labour council", "British council"), nor one word news
    mostly writes in lower case, capitalised only to open a line ("Neighbouring council refuses")."""
    words = [t[2] for t in run]
    whole = " ".join(words)
    places = lexicon.places()
    if whole in places["names"]:
        return True
    return not (
        words[0] in lexicon.first_names()
        or whole in lexicon.KNOWN_ORGS
        or whole in places["demonyms"]
        or whole in lexicon.PARTY_MEMBERS
        or any(
            w in lexicon.ORG_WORDS or w in lexicon.TITLE_WORDS or w in lexicon.NON_NAMES or not w[:1].isupper()
            for w in words
        )
        or words[-1].endswith(("'s", "’s", "'", "’"))
        or (len(words) == 1 and capitalisation(words[0]) == RARELY_CAPITALISED)
    )


# A company's abbreviation before its suffix, each with a full stop: "Kelby Engineering Pvt. Ltd.", "Kelby Co. Ltd.".
_SUFFIX_ABBREVIATIONS = lexicon.LEGAL_FORM_ABBREVIATIONS - lexicon.UNSTOPPED_LEGAL_FORMS
_LEGAL_TAIL = re.compile(
    r"(?P<sp>\. z o\.o\.)|\s(?P<form>d\.o\.o\.|d\.d\.|s\.r\.o\.|a\.s\.|Ltda\.)(?=[\s,;:)]|$)"
    # ... or after a comma, as American and Iberian styles write it: "Acme, Inc.", "Corticeira Montado Sul, S.A."
    r"|(?P<comma>,\s(?:S\.A\.(?: de C\.V\.)?|S\.A\.C\.|S\.L\.|Inc\.|L\.L\.C\.|LLC|Ltd\.))(?=[\s;:)]|$)"
)


def _with_legal_form(text: str, run: Span) -> Span:
    """The run with the legal form that closes a company's name as written: the stop of "Inc." (also where it ends
    the sentence), Poland's "Sp. z o.o.", the Balkans' "d.o.o." after the name."""
    start, end, word = run[-1]
    tail = _LEGAL_TAIL.match(text, end)
    if tail and tail.group("sp") and word == "Sp" and len(run) > 1:
        return [*run[:-1], (start, tail.end(), word + tail.group())]
    if tail and tail.group("form") and len(run) >= 1 and word[:1].isupper() and word not in lexicon.NON_NAMES:
        return [*run, (tail.start("form"), tail.end(), tail.group("form"))]
    if tail and tail.group("comma") and len(run) > 1 and word not in lexicon.NON_NAMES:
        return [*run[:-1], (start, tail.end(), word + tail.group("comma"))]
    # (a British "Ltd" takes no stop: the one at the sentence's end is the sentence's, "... by Lorrimer Media Ltd.")
    ends = not text[end + 1 :].strip() or text[end + 1 : end + 3].strip()[:1].isupper()
    stopped = word in lexicon.LEGAL_FORM_ABBREVIATIONS and not (ends and word in lexicon.UNSTOPPED_LEGAL_FORMS)
    if stopped and len(run) > 1 and text.startswith(".", end):
        return [*run[:-1], (start, end + 1, word + ".")]
    return run


# Plurals whose possessive takes "'s", inside a body's name: "People's Committee", "Fishermen's Co-operative".
_PLURAL_OWNERS = re.compile(r"(?:People|Children|[A-Za-z]*(?:Men|men))['’]s")


# The words that end a shop's or a restaurant's name after its owner's possessive: "Crane's Kitchen", "Ma's Bakery".
_SHOP_HEADS = frozenset(
    re.findall(
        r"\w+",
        "Kitchen Kitchens Bakery Bakeries Cafe Café Diner Grill Deli Pantry Bistro Pizzeria Restaurant Restaurants"
        " Tavern Emporium Garage Brewery Creamery Butchers",
    )
)


def _owners_shop(text: str, toks: list[Token], j: int) -> bool:
    """Whether ``toks[j]``, after a possessive, ends a shop's name ("Crane's Kitchen said"): its last capital."""
    following = toks[j + 1][2] if j + 1 < len(toks) and text[toks[j][1] : toks[j + 1][0]] == " " else ""
    return toks[j][2] in _SHOP_HEADS and not is_cap(following)


# A royal or church title's possessive inside an institution's or a place's name: "King's College", "Court of
# King's Bench", "the Prince's Trust", "Bishop's Stortford".
_TITLED_OWNER = re.compile(r"(?:King|Queen|Prince|Princess|Bishop|Lord|Duke|Earl)['’]s")


# Natural features a place is named after someone's possessive for: "Kelby's Bay", "Martha's Vineyard", "Land's End".
_FEATURES_OWNED = frozenset(re.findall(r"\w+", "Bay Island Vineyard Wood Cove Creek Landing Inlet Reach End Peak"))


def capitalised_runs(text: str) -> list[Span]:
    """Maximal runs of capitalised tokens, joined by 'of'/'for'/'and'/'the' where names allow."""
    toks = tokens(text)
    runs: list[Span] = []
    i = 0
    while i < len(toks):
        word = toks[i][2]
        if (word[0].islower() and "-" not in word) or not is_cap(word) or _LOWER_TAIL.match(word):
            i += 1  # (most words: lower case, no hyphen that could glue a particle, so no name)
            continue
        run = [toks[i]]
        j = i + 1
        while j < len(toks):
            gap = text[run[-1][1] : toks[j][0]]
            prev = run[-1][2]
            word = toks[j][2]
            glued = gap == " " or (
                gap == ". "
                and (
                    prev in lexicon.HONORIFICS
                    or prev in lexicon.ABBREVIATED_TITLES
                    or prev == "St"
                    or len(prev) == 1
                    or (prev in _SUFFIX_ABBREVIATIONS and word in lexicon.COMPANY_SUFFIXES)  # "Pvt. Ltd.", "Co. Ltd."
                )
            )
            if (
                (glued or gap == " & ")
                and is_cap(word)
                and (
                    not prev.endswith(("'s", "’s"))
                    or _PLURAL_OWNERS.fullmatch(prev)
                    or _TITLED_OWNER.fullmatch(prev)
                    or _owners_shop(text, toks, j)
                    or word in _FEATURES_OWNED  # "Kelby's Bay Regional Council"
                )
            ):
                if gap == " & ":  # "Marks & Spencer": the ampersand is part of the name
                    run.append((run[-1][1] + 1, run[-1][1] + 2, "&"))
                if gap == ". " and (prev == "St" or prev in _SUFFIX_ABBREVIATIONS):  # "St. Brennan", "Pvt. Ltd"
                    run[-1] = (run[-1][0], run[-1][1] + 1, prev + ".")  # ... keep their full stops
                run.append(toks[j])
                j += 1
                continue
            if _plural_possessive_joins(text, run, toks, j):  # "Mums' Army", "Teachers' Union"
                run[-1] = (run[-1][0], run[-1][1] + 1, prev + text[run[-1][1]])
                run.append(toks[j])
                j += 1
                continue
            if _campaign_joins(text, run, toks, j):  # "Save the Wrenbeck", "Parents for Safe Roads"
                run.extend(toks[j : j + 2])
                j += 2
                continue
            if _campaign_joins_article(text, run, toks, j):  # "Students for an Open Kelby"
                run.extend(toks[j : j + 3])
                j += 3
                continue
            trust = _nhs_trust_words(text, run, toks, j)
            if trust:  # "Kelby Hospitals NHS foundation trust", as British papers write one in lower case
                run.extend(toks[j : j + trust])
                j += trust
                continue
            if _particle_joins(text, run, toks, j) or _saints_joins(text, run, toks, j):
                run.append(toks[j])
                j += 1
                continue
            skip = _after_nickname(text, run, toks, j)
            if skip != j:
                run.append(toks[skip])
                j = skip + 1
                continue
            # "Secretary General of (the) NATO", "Trade and Industry Secretary"
            if glued and word in _CONNECT | _INNER | {"and"} and j + 1 < len(toks):
                k = j + 1
                if toks[k][2] == "the" and k + 1 < len(toks):
                    k += 1
                nxt = toks[k][2]
                names = [t[2] for t in run if t[2] not in lexicon.HONORIFICS and t[2] not in lexicon.TITLE_WORDS]
                personal = len(names) >= 2 and names[0] in lexicon.first_names()  # "John Smith of Acme"
                joinable = (
                    prev in lexicon.TITLE_WORDS
                    or prev in lexicon.ORG_WORDS
                    or prev in ("Centre", "Center", "Centres", "Centers")  # "Centre for Urban Mobility"
                    or (
                        word == "of" and not personal and nxt not in lexicon.NON_NAMES and prev not in lexicon.NON_NAMES
                    )
                )
                if word in _INNER:
                    joinable = _inner_word_joins(run, word, toks, k)
                if word == "and":
                    joinable = (
                        (prev in lexicon.TITLE_WORDS and nxt in lexicon.TITLE_WORDS)
                        or _joins_body(run, toks, k)
                        or _spelled_by_initials(text, run, toks, k)
                        or _portfolio(run)
                    ) and not (k > j + 1 and nxt in _DEPARTMENTS)  # "the Ministry of X and the Ministry of Y": two
                money = text.startswith("$", toks[k][1])  # "Tallara Resources for A$10.4 billion": a price
                if joinable and is_cap(nxt) and not money and text[toks[j][1] : toks[k][0]].strip(" ") in ("", "the"):
                    run.extend(toks[j : k + 1])
                    j = k + 1
                    continue
            listed = _listed_fields(text, run, toks, j)
            listed = _listed_opening(text, run, toks, j) if listed == j else listed
            if listed != j:  # "Ministry of Housing, Communities and Local Government", "Bakers, Food and Allied ..."
                for k in range(j, listed):  # (not the comma after the name: "… Local Government, and council tax")
                    comma = text[toks[k][1] : toks[k][1] + 1] == "," and k < listed - 1
                    if comma or text[toks[k][1] : toks[k][1] + 1] in ("'", "’"):  # (and a plural's "Workers' Union")
                        toks[k] = (toks[k][0], toks[k][1] + 1, toks[k][2] + text[toks[k][1]])
                run[-1] = (run[-1][0], run[-1][1] + 1, run[-1][2] + ",")
                run.extend(toks[j:listed])
                j = listed
                continue
            break
        while run[-1][2] in PARTICLES:
            run.pop()
        run = _with_legal_form(text, run)
        while j < len(toks) and toks[j][0] < run[-1][1]:  # (past a form after a comma: "Acme, Inc.")
            j += 1
        if run[-1][2] == "A" and text.startswith("/S", run[-1][1]) and len(run) > 1:  # "Nordvind Energi A/S"
            run[-1] = (run[-1][0], run[-1][1] + 2, "A/S")
            while j < len(toks) and toks[j][0] < run[-1][1]:
                j += 1
        local = _UNION_LOCAL.match(text, run[-1][1]) if run[-1][2] in ("Local", "Lodge") else None
        if local:  # "Transit Workers United Local 212", "Police Lodge 31": a union's branch keeps its number
            run.append((local.start(1), local.end(1), local.group(1)))
        council = _LOWER_COUNCIL.match(text, run[-1][1])
        if council and _council_place(run):
            while j < len(toks) and toks[j][0] < council.end():  # "Worcestershire county council's"
                run.append((toks[j][0], toks[j][1], toks[j][2][:1].upper() + toks[j][2][1:]))
                j += 1
        runs.append(run)
        i = j
    return runs
