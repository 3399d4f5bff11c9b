"""Salience: which actors a reader of the brief needs, and which are only named in passing.

A story is about the people and bodies it names often, names early or in its
headline, lets speak, commit or act (a country as the subject of a verb), and
introduces with a role; a name that turns up once, late, in a list ("rivals such
as X, Y and Z") is background. Each actor gets a score in [0, 1] from those
signals; the ones at or above ``THRESHOLD`` (and always the ``MIN_ACTORS`` best,
so a brief never lists none) are the brief's actors, the rest its minor actors.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..model import Actor, Commitment, Sentence
from . import lexicon
from .actors import HEADLINE, ActorIndex, noun_like
from .registry import Mention, plain_apostrophes

THRESHOLD = 0.2
MIN_ACTORS = 2
FULL_MENTIONS = 3  # mentions at which the mention signal is full
FULL_ACTS = 2  # sentences spoken or commitments made at which that signal is full
SETTING_FACTOR = 0.5  # a continent or world region is where a story happens, rarely who acts
LIST_FACTOR = 0.5  # named once as one item of a list: background
MIN_LIST = 3  # names in a row that make a list
_LIST_GLUE = re.compile(r"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
# Weights of the signals; they add up to 1.
W_MENTIONS, W_EARLY, W_HEADLINE, W_ACTS, W_ROLE = 0.4, 0.2, 0.1, 0.2, 0.1


def score(actor: Actor, acts: int, in_headline: bool, sentence_count: int, listed: bool = False) -> float:
    """The actor's salience from its mentions, first position, headline, acts and role;
    ``listed``: its one mention is an item of a list ("rivals X, Y and Z")."""
    early = 1.0 if actor.sentence < 0 else 1.0 - actor.sentence / max(sentence_count, 1)
    total = (
        W_MENTIONS * min(1.0, actor.mentions / FULL_MENTIONS)
        + W_EARLY * early
        + W_HEADLINE * in_headline
        + W_ACTS * min(1.0, acts / FULL_ACTS)
        + W_ROLE * bool(actor.role)
    )
    if actor.name in lexicon.CONTINENTS:
        total *= SETTING_FACTOR
    if listed and actor.mentions == 1:
        total *= LIST_FACTOR
    return round(total, 2)


_KIN = frozenset(
    [
        "son",
        "daughter",
        "wife",
        "husband",
        "mother",
        "father",
        "sister",
        "brother",
        "baby",
        "grandson",
        "granddaughter",
        "dad",
        "mum",
        "mom",
        "grandmother",
        "grandfather",
        "gran",
        "grandad",
        "nephew",
        "niece",
        "aunt",
        "uncle",
        "cousin",
    ]
)


def _kin_in_passing(actor: Actor, acts: int = 0) -> bool:
    """A relative named by a given name alone who never speaks ("gave birth to son Alfie",
    "her son Alfie, 2, has asthma"): background, however often named."""
    return (
        actor.type == "person"
        and not acts
        and " " not in actor.name
        and bool(actor.role)
        and actor.role.split()[-1].lower() in _KIN
    )


def listed(sentences: Sequence[Sentence], index: ActorIndex) -> set[str]:
    """Actors named as items of a list: ``MIN_LIST`` names or more joined only by commas
    and "and"/"or" ("Brazil, Russia, India and China")."""
    out: set[str] = set()
    for sentence in sentences:
        run: list[str] = []
        previous = None
        for m in index.in_sentence(sentence.index):
            if previous is not None and _LIST_GLUE.match(sentence.text[previous.end : m.start]):
                run.append(m.key)
            else:
                if len(run) >= MIN_LIST:
                    out.update(run)
                run = [m.key]
            previous = m
        if len(run) >= MIN_LIST:
            out.update(run)
    return out


# A finite verb right after a name: the name is its subject ("Acme has begun", "Norway also
# proposed", "the board is"); a possessive is not ("Acme's shares").
_VERB_AFTER = re.compile(
    r"\s+(?:(?:also|now|then|still|already|[a-z]\w*ly)\s+)?"
    r"(?:has|have|had|is|are|was|were|will|would|could|can|did|does|[a-z]{3,}ed)\b"
)


def spoken_or_committed(speakers: Sequence[str | None], commitments: Sequence[Commitment]) -> set[tuple[str, int]]:
    """(actor, sentence) of every sentence an actor speaks in or commits in."""
    spoken = {(who, k) for k, who in enumerate(speakers) if who}
    return spoken | {(c.who, c.sentence) for c in commitments}


def subjects(sentences: Sequence[Sentence], index: ActorIndex) -> set[tuple[str, int]]:
    """(place, sentence) of every sentence a place is the subject of a verb in: a country
    that acts is a party, not a setting (people and bodies act by speaking or committing,
    and a word read as a body only because it recurs is no surer for being a subject)."""
    places = {a.name for a in index.actors if a.type == "place"}
    return {
        (m.key, s.index)
        for s in sentences
        for m in index.in_sentence(s.index)
        if m.key in places and _VERB_AFTER.match(s.text, m.end)
    }


# A body a speaker is introduced as working for: "an analyst at Acme", "Jo Lee of Acme".
_WORKS_FOR = re.compile(
    r"\b(?:of|at|for)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*-based\s+)?(?:[a-z][\w-]*\s+){0,3}$"
)  # (also after the body's kind: "co-ordinator of the campaign group Clean Air Kelby")
_EMPLOYER_SPAN = 90  # characters from the speaker's name to the employer's


_WHOSE = re.compile(r",\s+whose\s+(?:[a-z-]+\s+){1,3}")


def employers(sentences: Sequence[Sentence], index: ActorIndex, speakers: Sequence[str | None]) -> set[tuple[str, int]]:
    """(organisation, sentence) of every sentence a person speaks in and is introduced as
    working for it ("said Jo Lee, a metals analyst at Acme Capital", "Jo Lee of Acme Law
    said", "Acme, whose spokesman Jo Lee said"): the body speaks through its people."""
    orgs = {a.name for a in index.actors if a.type == "organization"}
    out: set[tuple[str, int]] = set()
    for sentence in sentences:
        who = speakers[sentence.index] if 0 <= sentence.index < len(speakers) else None
        if not who:
            continue
        mentions = index.in_sentence(sentence.index)
        starts = [m.end for m in mentions if m.key == who]
        named = [m.start for m in mentions if m.key == who]
        for m in mentions:
            after = (
                any(0 <= m.start - end <= _EMPLOYER_SPAN for end in starts)
                and _WORKS_FOR.search(sentence.text, max(0, m.start - 40), m.start) is not None
            )
            # "campaign group Rail Ahead, whose spokesman Ivor Patel said": the body, then its voice
            before = any(m.end < start and _WHOSE.fullmatch(sentence.text, m.end, start) for start in named)
            if m.key in orgs and (after or before):
                out.add((m.key, sentence.index))
    return out


def sources_only(sentences: Sequence[Sentence], index: ActorIndex, own: frozenset[str] = frozenset()) -> set[str]:
    """News outlets (known by name, or ``own``: those the page signs as its own) every mention of which is the
    channel someone spoke through or a report came from ("told CNN", "NBC News reported"): where the story comes
    from, not who is in it."""
    # (a byline in capitals, "By JO ROE FOR THE KELBY POST"; the page's outlets are read without their "The")
    signed = {name.casefold() for name in own}
    outlets = {
        a.name
        for a in index.actors
        if a.type == "organization"
        and (
            lexicon.news_outlet(a.name)
            or a.name.removeprefix("The ").casefold() in signed
            or _signed_edition(a.name, own)
        )
    }
    return _only_in_passing(sentences, index, outlets, lambda text, m: lexicon.spoken_through(text, m.start, m.end))


def _signed_edition(name: str, own: frozenset[str]) -> bool:
    """Whether a name is an edition of an outlet the page signs by its acronym ("KNX Online" of "KNX")."""
    words = name.split()
    return len(words) > 1 and words[0].isupper() and words[0] in own


def _only_in_passing(
    sentences: Sequence[Sentence],
    index: ActorIndex,
    names: set[str],
    in_passing: Callable[[str, Mention], bool],
    acting: frozenset[str] = frozenset(),
) -> set[str]:
    """The ``names`` every mention of which in the body ``in_passing(text, mention)`` calls
    background (a channel, a venue, a forum), and that are not in ``acting``."""
    if not names:
        return set()
    used = set(acting)
    for sentence in sentences:
        text = sentence.text
        used.update(m.key for m in index.in_sentence(sentence.index) if m.key in names and not in_passing(text, m))
    return names - used


# A journalist someone spoke to: "told CNN's Jo Lee", "told 'Morning Show' co-host Jo Lee",
# "said in an interview with NBC anchor Jo Lee".
_INTERVIEWER_BEFORE = re.compile(
    r"\b(?:told|tells|telling|asked by|interviewed by|interview with|speaking to|spoke to|speaks to)\s+"
    r"(?:[^.;:]{0,40}?\s)?"
    r"(?:(?P<outlet>[A-Z][\w&.]*)['’]s?|host|co-host|anchor|presenter|reporter|correspondent|interviewer|journalist)"
    r"\s+$"
)


def interviewers(sentences: Sequence[Sentence], index: ActorIndex) -> set[str]:
    """People every mention of whom is the journalist someone spoke to ("told CNN's Jo Lee",
    "told 'Morning Show' co-host Jo Lee"): they carry the story, they are not in it."""
    people = {a.name for a in index.actors if a.type == "person"}
    asked: set[str] = set()
    other = {m.key for m in index.in_sentence(HEADLINE)}
    for sentence in sentences:
        text = sentence.text
        for m in index.in_sentence(sentence.index):
            if m.key not in people:
                continue
            match = _INTERVIEWER_BEFORE.search(text, max(0, m.start - 70), m.start)
            outlet = match and match.group("outlet")
            if match and (not outlet or lexicon.news_outlet(outlet)):
                asked.add(m.key)
            else:
                other.add(m.key)
    return asked - other


# A chamber named as where something is said or done: "told the House of Commons", "a vote in
# the Senate" (not a court: "at Crown Court" is where a judge sentences, a party to the story).
_VENUE_WORDS = frozenset(["House", "Commons", "Lords", "Parliament", "Senate", "Congress", "Assembly"])
_VENUE_BEFORE = re.compile(r"\b(?:told|tell|tells|telling|in|at|before|to|into|on the floor of)\s+(?:the\s+)?$")


def venues(sentences: Sequence[Sentence], index: ActorIndex) -> set[str]:
    """Chambers every mention of which is where someone spoke or something happens ("told the
    House of Commons", "a vote in the Senate"): the setting, not a party."""
    chambers = {a.name for a in index.actors if a.type == "organization" and a.name.split()[-1] in _VENUE_WORDS}
    return _only_in_passing(
        sentences,
        index,
        chambers,
        lambda text, m: bool(_VENUE_BEFORE.search(text, max(0, m.start - 30), m.start)),
        frozenset(m.key for m in index.in_sentence(HEADLINE)),
    )


# Courts and competitions: where a case is heard or a club plays, rarely a party to the story.
_FORUM_WORDS = frozenset(["Court", "League", "Cup", "Championship"])
_FORUM_BEFORE = re.compile(r"\b(?:in|into|to|from)\s+(?:the\s+)?$")
_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b(?!\s+(?:of|to|for)\b)")


def _modifies_noun(text: str, end: int) -> bool:
    """A name right before a common noun ("Appeals Court judge"), not before a verb, a
    preposition or a time ("at Marrowby Crown Court yesterday")."""
    noun = _NOUN_AFTER.match(text, end)
    word = noun.group(1) if noun else ""
    return bool(word) and noun_like(word) and word.capitalize() not in lexicon.NON_NAMES and word != "tonight"


_PHRASE_GOES_ON = re.compile(r"\s+[a-z]+(?:['’]s)?\s+(?:[a-z]|$)|\s+[a-z]+$")
_OWN_BODIES = lexicon.RULING_NOUNS | {"council", "councils", "voters", "lawmakers", "officials"}


def _headline_modifier(title: str, end: int) -> bool:
    """A name in a headline before a noun phrase it modifies ("shut Idaho fuel depot", "Utah
    water board"), not before a verb and its object ("Kenya lift ban") or the place's own
    rulers ("Brayford council approves")."""
    noun = _NOUN_AFTER.match(title, end)
    return (
        _modifies_noun(title, end)
        and noun is not None
        and noun.group(1) not in _OWN_BODIES
        and bool(_PHRASE_GOES_ON.match(title, end))
    )


def forums(sentences: Sequence[Sentence], index: ActorIndex) -> set[str]:
    """Courts and leagues every mention of which is a forum entered ("proceedings in the High
    Court", "back to the Border League") or a modifier of a noun ("an Appeals Court claim", "the
    Border League club"): the setting of a case or a season, not a party. A court where the
    story's hearing was held ("at Marrowby Crown Court") or one that acts keeps its place."""
    bodies = {a.name for a in index.actors if a.type == "organization" and _FORUM_WORDS & set(a.name.split())}
    return _only_in_passing(
        sentences,
        index,
        bodies,
        lambda text, m: bool(_FORUM_BEFORE.search(text, max(0, m.start - 12), m.start)) or _modifies_noun(text, m.end),
    )


MIN_NATIONS = 3  # countries named at which a story is one among nations (a summit, an alliance)


def settings_only(
    index: ActorIndex, acts: Counter, headline: set[str], modifiers: set[str] | frozenset[str] = frozenset()
) -> set[str]:
    """Places that never act (no speech, pledge or verb of their own) and are not in the
    headline: a state, region or town named as where things happen ("Idaho Attorney General
    X", "a plant near Brantwick"), also when the headline names it only as a noun's modifier
    (``modifiers``: "shut Idaho fuel depot"; a country there is more often a subject: "Ghana
    lift ban"). A country is such a setting too in a story that names fewer than
    ``MIN_NATIONS`` countries (the home country of a domestic story: "tutors all over
    Britain"); among several nations each is a party, through its government, and
    keeps its place by salience alone."""
    gazetteer = lexicon.places()["names"]

    def country(a: Actor) -> bool:
        return any(gazetteer.get(name, ("", ""))[1] == "country" for name in (a.name, *a.aliases))

    places = [a for a in index.actors if a.type == "place"]
    among_nations = sum(country(a) for a in places) >= MIN_NATIONS
    return {
        a.name
        for a in places
        if not acts[a.name]
        and (a.name not in headline or (a.name in modifiers and not country(a)))
        and not (among_nations and country(a))
    }


# A town's own bodies and parts after its name: "Brantwick Mayor", "the Brantwick area", "Brantwick station".
_CIVIC_AFTER = re.compile(r"\s+(?:council|mayor|area|residents|station|town|city)\b", re.IGNORECASE)


def towns_as_settings(sentences: Sequence[Sentence], index: ActorIndex, acts: Counter, headline: set[str]) -> set[str]:
    """One-word names read as bodies (they recur, no first name) that never act and are named
    as where things happen ("a plant in Brantwick", "a hearing in Brantwick") or before a
    town's council, mayor or station ("Brantwick council leader"): a town, the setting of the story."""
    candidates = {
        a.name
        for a in index.actors
        if a.type == "organization"
        and " " not in a.name
        and not a.name.isupper()
        and a.name not in lexicon.ORG_WORDS
        and a.name not in lexicon.KNOWN_ORGS
        and not acts[a.name]
        and a.name not in headline
    }
    if not candidates:
        return set()
    by_index = {s.index: s.text for s in sentences}
    towns: set[str] = set()
    for k, mentions in index.mentions.items():
        for m in mentions:
            if m.key in candidates and (m.setting or _CIVIC_AFTER.match(by_index.get(k, ""), m.end)):
                towns.add(m.key)
    return towns


_KNOWN_BODIES = frozenset(lexicon.KNOWN_ORGS.values())


# Buildings a body runs: where things happen to people ("admitted to Kell Royal Hospital").
_FACILITY_WORDS = frozenset(
    ["Hospital", "School", "Library", "Base", "Station", "Airport", "Prison", "Centre", "Center"]
)


def facilities(index: ActorIndex, acts: Counter) -> set[str]:
    """A hospital, school, base or station that never speaks or pledges and is only named as
    where something happens ("admitted to Kell Royal Hospital", "outside Mossley Primary
    School", "planes moved to Varn Air Force Base"): the setting, not a party (one whose
    spokesman speaks, or that is the subject of a sentence, keeps its place)."""
    named = {
        a.name
        for a in index.actors
        if a.type == "organization" and a.name.split()[-1] in _FACILITY_WORDS and not acts[a.name]
    }
    for mentions in index.mentions.values():
        for m in mentions:
            if m.key in named and not m.locative:
                named.discard(m.key)
    return named


# A party's members as a body ("Democrats", "the Tories"): named once without a word of their
# own, the background of a politician's story ("joined the Greens in opposing it").
_PARTIES = lexicon.PARTY_PLURALS


def funds(index: ActorIndex, acts: Counter) -> set[str]:
    """Funds that never speak or pledge: money paid into or out of ("£300m through the Rural
    Roads Fund", "a grant from the Heritage Fund"), not a party (a fund that acts, or a known
    institution such as the International Monetary Fund, stays)."""
    return {
        a.name
        for a in index.actors
        if a.type == "organization" and a.name.endswith(" Fund") and not acts[a.name] and a.name not in _KNOWN_BODIES
    }


# Before a work or product: "dating show Quiz Night", "which makes Quiz Night".
_WORK_BEFORE = re.compile(r"\b(?:show|series|programme|program|game|makes|made|set of \w+['’]s)\s+(?:the\s+)?$")
# A work's noun, its title in apposition after it: "her podcast, Roe Talks", "his memoir, Kelby Boy".
_WORK_TITLED = re.compile(
    r"\b(?:podcast|show|series|programme|column|blog|album|single|book|documentary|film|novel|memoir|channel),\s+$"
)


def works(sentences: Sequence[Sentence], index: ActorIndex, acts: Counter, title: str = "") -> set[str]:
    """Names that never act, every mention of which modifies a noun ("the Skyline racing
    games", "a Quiz Night star", "EuroDraw winner") or follows "on", "show", "makes": a
    programme, game or product, not a party to the story."""
    texts = {s.index: s.text for s in sentences} | {HEADLINE: title}
    candidates = {
        a.name
        for a in index.actors
        if a.type == "organization"
        and not acts[a.name]
        and not a.name.isupper()
        and a.name not in _KNOWN_BODIES
        and a.name not in lexicon.KNOWN_ORGS
    }
    # ... and names, of a person's form too, set after a work's noun as its title: "on her podcast, Roe Talks,"
    titled = {a.name for a in index.actors if a.type == "person" and not acts[a.name]}
    used_otherwise: set[str] = set()
    for k, mentions in index.mentions.items():
        text = texts.get(k, "")
        for m in mentions:
            if m.key not in titled and m.key not in candidates:
                continue
            entitled = _WORK_TITLED.search(text, max(0, m.start - 24), m.start) is not None
            if m.key in titled and not entitled:
                used_otherwise.add(m.key)
            if m.key in candidates and not (
                entitled or _work_modifier(text, m.end) or _WORK_BEFORE.search(text, max(0, m.start - 24), m.start)
            ):
                used_otherwise.add(m.key)
    return (candidates | titled) - used_otherwise


# After a body's name, the people who act for it: "Acme members", "the Acme group", "Acme boss".
_ITS_PEOPLE = frozenset(
    [
        "members",
        "member",
        "union",
        "group",
        "official",
        "officials",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "staff",
        "workers",
        "organizer",
        "organiser",
        "boss",
        "bosses",
        "chief",
        "source",
        "sources",
        "leader",
        "leaders",
        "party",
        "government",
        "colleagues",
        "campaigners",
    ]
)


def _work_modifier(text: str, end: int) -> bool:
    """A name before a noun that is not the people or posts of a body ("the Skyline racing
    games", "a Quiz Night star"; not "Acme members", "Acme director")."""
    noun = _NOUN_AFTER.match(text, end)
    return (
        _modifies_noun(text, end)
        and noun is not None
        and noun.group(1) not in _ITS_PEOPLE
        and noun.group(1).capitalize() not in lexicon.TITLE_WORDS
    )


def rank(
    index: ActorIndex,
    sentences: Sequence[Sentence],
    speakers: Sequence[str | None],
    commitments: Sequence[Commitment],
    title: str = "",
    byline: str = "",
    own_outlets: frozenset[str] = frozenset(),
) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """(actors that matter, most salient first; actors named in passing, in article order;
    ``title``: the headline the index's ``HEADLINE`` mentions are in; ``byline``: the
    article's authors, who write the story and are not in it, also when a closing line
    names them: "Jo Lee reported from Boise"); ``own_outlets``: the outlets the page signs as its own)."""
    acts = Counter(
        who
        for who, _ in {
            *spoken_or_committed(speakers, commitments),
            *subjects(sentences, index),
            *employers(sentences, index, speakers),
        }
    )
    headline = {m.key for m in index.in_sentence(HEADLINE)}
    # "Navy to shut Idaho fuel depot": a place in the headline as a noun's modifier is no party.
    # ... nor one named only as where ("upgrade for northern Scotland", "floods in Kent").
    parties = {
        m.key for m in index.in_sentence(HEADLINE) if not (_headline_modifier(title, m.end) or m.setting or m.locative)
    }
    in_lists = listed(sentences, index)
    settings = Counter(m.key for ms in index.mentions.values() for m in ms if m.locative)

    def weighed(a: Actor) -> Actor:
        """A place counts only the mentions where it is more than a setting ("in Ohio")."""
        return replace(a, mentions=a.mentions - settings[a.name]) if a.type == "place" else a

    scored = sorted(
        (
            replace(a, salience=score(weighed(a), acts[a.name], a.name in headline, len(sentences), a.name in in_lists))
            for a in index.actors
        ),
        key=lambda a: (-a.salience, -a.mentions, a.sentence, a.name),
    )
    channels = sources_only(sentences, index, own_outlets) | interviewers(sentences, index) | venues(sentences, index)
    channels |= settings_only(index, acts, headline, headline - parties) | forums(sentences, index)
    channels |= towns_as_settings(sentences, index, acts, headline) | funds(index, acts)
    channels |= works(sentences, index, acts, title) | facilities(index, acts)
    channels |= {a.name for a in index.actors if a.name in _PARTIES and a.mentions == 1 and not acts[a.name]}
    channels |= {a.name for a in index.actors if _kin_in_passing(a, acts[a.name])}
    byline = plain_apostrophes(byline)
    channels |= {a.name for a in index.actors if a.type == "person" and byline and a.name in byline}
    major = tuple(
        a for k, a in enumerate(scored) if (k < MIN_ACTORS or a.salience >= THRESHOLD) and a.name not in channels
    )
    picked = {a.name for a in major}
    minor = tuple(sorted((a for a in scored if a.name not in picked), key=lambda a: (a.sentence, a.name)))
    return major, minor
