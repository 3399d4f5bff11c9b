"""Actors: the people, organisations and places a story is about.

Rule-based and offline: capitalised runs are found in each sentence, split
into titles and names with the shipped lexicon, typed (gazetteer, organisation
words, honorifics, titles), then folded across the article: surnames and
honorifics into full names ("Ms Hewitt" -> Patricia Hewitt), titles into
their holder ("the Secretary General" -> Mark Rutte), demonyms into their
country ("North Korean" -> North Korea).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from ..model import Actor, ActorType, Sentence
from . import lexicon
from .names import HYPHEN_PARTICLE, PARTICLES, TOKEN, NameSource, capitalised_runs

_CONNECT_OF = {"of", "for"}
_POSSESSIVE = re.compile(r"['’]s$")
_QUOTES_AND_SPACE = " \t\"'“”‘’(["


@dataclass
class Mention:
    """One reference to an actor inside a sentence."""

    sentence: int
    start: int
    end: int
    surface: str
    key: str = ""  # the canonical actor name, once resolved
    kind: str = "name"  # name | single | title | honorific
    type: ActorType | None = None
    role: str | None = None
    locative: bool = False


@dataclass
class _Entity:
    name: str
    type: ActorType
    first: int
    role: str | None = None
    role_rank: int = 0  # 3 attribution line, 2 apposition, 1 title before the name
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    all_locative: bool = True
    provisional: bool = False  # several words of unknown type, settled once all mentions are in
    person_evidence: int = 0  # surname or honorific mentions, attribution lines
    surfaces: dict[str, int] = field(default_factory=dict)  # how the article writes it, in order
    affiliation: bool = False  # named as a person's employer: "analyst Jane Doe of Acme Capital"


@dataclass(frozen=True)
class ActorIndex:
    """The actors of an article and where each sentence mentions them."""

    actors: tuple[Actor, ...]
    mentions: dict[int, list[Mention]]

    @cached_property
    def type_of(self) -> dict[str, ActorType]:
        """Actor name -> type."""
        return {a.name: a.type for a in self.actors}

    def in_sentence(self, index: int) -> list[Mention]:
        return self.mentions.get(index, [])

    def last_person(self, before: int) -> str | None:
        """The person most recently mentioned in sentences up to ``before``."""
        known = self.type_of
        for index in range(before, -1, -1):
            people = [m for m in self.in_sentence(index) if m.key and known.get(m.key) == "person"]
            if people:
                return people[-1].key
        return None


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("-", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _strip_possessive(word: str) -> str:
    return _POSSESSIVE.sub("", word)


@lru_cache(maxsize=8192)
def _known(name: str) -> bool:
    """A name in the shipped gazetteer or list of organisations."""
    gazetteer = lexicon.places()
    return name in lexicon.KNOWN_ORGS or name in gazetteer["names"] or name in gazetteer["demonyms"]


@lru_cache(maxsize=8192)
def _classify(name: str) -> tuple[str | None, str]:
    """Kind and canonical name of a name found on its own: person, organization, place,
    "name" (several words, type still unknown) or None (not an actor, or one unknown word)."""
    gazetteer = lexicon.places()
    if name in lexicon.KNOWN_ORGS:
        return "organization", lexicon.KNOWN_ORGS[name]
    if name in gazetteer["names"]:
        return "place", gazetteer["names"][name][0]
    if name in gazetteer["demonyms"]:
        return "place", gazetteer["demonyms"][name]
    words = name.split()
    if len(words) == 1 and name in lexicon.ORG_WORDS:
        return None, name  # a generic word ("the Alliance") refers to a named body
    if len(words) > 1 and _strip_possessive(words[-1]) in lexicon.EVENT_WORDS:
        return None, name  # a named day or event ("Boxing Day", "Black Friday") is a date
    if len(words) > 1 and (words[-1] in lexicon.PLACE_WORDS or words[0] == "County"):
        return "place", name  # "Victoria Station", "Kent County", "County Durham"
    law = words[-1] in lexicon.LEGISLATION_WORDS or (
        len(words) > 2 and words[0] in lexicon.LEGISLATION_WORDS and words[1] == "of"
    )
    if any(w in lexicon.GEOGRAPHY_WORDS for w in words) or law:
        return None, name  # a river, a mountain; a law ("Freedom of Information Act", "Act of Parliament")
    if any(w in lexicon.ORG_WORDS for w in words) or any(p in lexicon.ORG_WORDS for w in words for p in w.split("-")):
        return "organization", name
    if _is_acronym(name):
        return "organization", name
    if len(words) >= 2:
        if words[0] in lexicon.first_names() and words[0] not in lexicon.HONORIFICS:
            return "person", name
        return "name", name
    return None, name


_DESCRIBED = re.compile(
    r"(?:^|[\s,(])((?:(?:[A-Z][\w'’.-]*|and|of|the)\s+){0,4}(?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*)"
    r"(?:\s+(?:for|of|on|at)\s+(?:the\s+)?[\w-]+){0,2})\s*$"
)


_NOT_IN_ROLE = frozenset(
    [
        "by",
        "with",
        "from",
        "as",
        "is",
        "was",
        "were",
        "are",
        "has",
        "had",
        "have",
        "a",
        "an",
        "including",
        "like",
        "said",
        "says",
        "told",
    ]
)


def _descriptor_before(text: str, start: int) -> tuple[str | None, str | None]:
    """Evidence from lower-case words right before a name: ("person", role) for
    "spokeswoman for women Sandra Gidley", ("organization", None) for "music publisher X"."""
    previous = text[max(0, start - 30) : start].split()
    if not previous or not previous[-1][:1].islower():
        return None, None  # only lower-case words describe (cheap test before the regex)
    match = _DESCRIBED.search(text[max(0, start - 100) : start])
    if not match:
        return None, None
    phrase, head = match.group(1), match.group(2)
    tail = [w for w in phrase.split() if w[:1].islower()]
    if head in lexicon.ORG_DESCRIPTORS and tail and tail[-1] == head:
        return "organization", None
    heads = {w for w in tail if w in lexicon.PERSON_DESCRIPTORS}
    if heads:
        words = phrase.split()
        # The role starts after the last word that cannot be part of one ("created by author X").
        cut = max(
            (i + 1 for i, w in enumerate(words) if w in _NOT_IN_ROLE or w.endswith(("ly", "ed", "ing"))), default=0
        )
        words = words[cut:]
        while words and (words[0] in lexicon.NON_NAMES or words[0] in ("and", "of", "the")):
            words = words[1:]
        role = " ".join(words).strip(" ,")
        return "person", role if 1 <= len(role.split()) <= 10 else None
    return None, None


def _adjectival(text: str, end: int) -> bool:
    """A place or nationality used as an adjective: "US media giant", "German music group",
    "UK finance minister" (a descriptor in the next two lower-case words)."""
    following = text[end : end + 40].split()[:2]
    descriptors = lexicon.INDUSTRY_WORDS | lexicon.ORG_DESCRIPTORS | lexicon.PERSON_DESCRIPTORS
    return bool(following) and (
        following[0] in descriptors or (following[0].islower() and len(following) > 1 and following[1] in descriptors)
    )


def _title_span(words: list[str]) -> int:
    """How many leading words form a title (optionally after an organisation acronym)."""
    n = 0
    while n < len(words) and (words[n] in lexicon.TITLE_WORDS or words[n] in _CONNECT_OF | {"and", "the"}):
        n += 1
    while n and words[n - 1] in _CONNECT_OF | {"and", "the"}:
        n -= 1
    if n and not any(w in lexicon.TITLE_HEADS for w in words[:n]):
        return 0
    if n and n < len(words) and words[n] in _CONNECT_OF:
        return len(words)  # "Secretary General of the Alliance": the rest names the body
    return n


def _titled_name_at(words: list[str]) -> int:
    """Where a title starts after one to three leading words and a name follows it
    ("Ford Executive Chairman Bill Ford" -> 1), else 0."""
    for k in (1, 2, 3):
        if any(w in lexicon.TITLE_WORDS for w in words[:k]):
            break
        n = _title_span(words[k:]) if len(words) > k else 0
        if n and k + n < len(words) and words[k + n][:1].isupper() and words[k + n] not in lexicon.TITLE_WORDS:
            return k
    return 0


_LABEL_AFTER = re.compile(r"\s*:")


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


def _not_a_name_at_start(word: str, lowercase: set[str]) -> bool:
    """A capitalised word that only starts the sentence: one the article also writes in
    lower case, or an adverb or participle ("Speaking", "Frankly", "Asked") that is no
    known name."""
    if word in lexicon.TITLE_WORDS or _known(word) or word in lexicon.first_names():
        return False
    return word.lower() in lowercase or (len(word) > 4 and word.endswith(("ing", "ly", "ed")))


def _mentions_in_run(run: list[tuple[int, int, str]], sentence: Sentence, lowercase: set[str]) -> list[Mention]:
    """Split one capitalised run into mentions (titles, names, organisations)."""
    text = sentence.text
    while run:
        if _known(" ".join(_strip_possessive(t[2]) for t in run)):
            break  # "New York": a known name, even when it starts like a common word
        word = _strip_possessive(run[0][2])
        at_start = not text[: run[0][0]].strip(_QUOTES_AND_SPACE)
        common = word in lexicon.NON_NAMES and word not in lexicon.HONORIFICS
        if common or (at_start and _not_a_name_at_start(word, lowercase)):
            run = run[1:]
        else:
            break
    if not run:
        return []
    if _label(run, text):
        return []  # a caption or list label opening the sentence: "Frustration: fans ..."
    words = [_strip_possessive(t[2]) for t in run]
    preceding = text[max(0, run[0][0] - 12) : run[0][0]].split()
    locative = bool(preceding) and preceding[-1] in lexicon.LOCATIVE

    def span(a: int, b: int, **kw) -> Mention:
        surface = " ".join(words[a:b])
        return Mention(sentence.index, run[a][0], run[b - 1][1], surface, locative=locative, **kw)

    whole = " ".join(words)
    kind, canonical = _classify(whole)
    titled = _titled_name_at(words)
    named_body = kind == "organization" and words[-1] in lexicon.ORG_WORDS and not _title_span(words)
    if (
        kind in ("place", "organization")
        and (named_body or not (_title_span(words) or titled))
        and whole not in lexicon.TITLE_WORDS
    ):
        if kind == "place" and _adjectival(text, run[-1][1]):
            return []
        return [span(0, len(words), key=canonical, type=kind)]

    out: list[Mention] = []
    start = 0
    # A body or place before a title: "NATO Secretary General Mark Rutte", "Europe Director X",
    # "Ford Executive Chairman Bill Ford" (a name after the title makes the first word a body).
    for k in (1, 2, 3):
        if any(w in lexicon.TITLE_WORDS for w in words[:k]):
            break
        if len(words) > k and _title_span(words[k:]):
            kind, canonical = _classify(" ".join(words[:k]))
            if kind in ("organization", "place") or (k == 1 and _is_acronym(words[0])) or k == titled:
                if kind != "place":  # a place before a title names a portfolio, not an actor
                    out.append(span(0, k, key=canonical, type="organization"))
                start = k
                break
    # A nationality before a name: "American Justin Gatlin".
    while start < len(words) - 2 and words[start] in lexicon.places()["demonyms"]:
        start += 1
    if start < len(words) - 1 and words[start] in lexicon.places()["demonyms"] and words[start + 1][:1].isupper():
        start += 1
    if words[start] in lexicon.HONORIFICS and (len(words) == start + 1 or words[start + 1][:1].isupper()):
        rest = words[start + 1 :]
        if rest:
            out.append(span(start, len(words), kind="honorific", type="person"))
            out[-1].surface = " ".join(rest)
        return out
    n = _title_span(words[start:])
    role = " ".join(words[: start + n]) if n else None
    name_start = start + n
    if name_start >= len(words):
        if role:
            out.append(span(start, len(words), kind="title"))
            out[-1].role = " ".join(words[start:])
        return out
    # A title after the name: "Mark Rutte Secretary General of NATO".
    name_end = len(words)
    for k in range(name_start + 1, len(words)):
        if _title_span(words[k:]) == len(words) - k:
            name_end = k
            role = " ".join(words[k:])
            break
    name = " ".join(words[name_start:name_end])
    if name in lexicon.NON_NAMES or name in lexicon.EVENT_WORDS:
        return out  # "General Election": a title word before a common word names no one
    kind, canonical = _classify(name)
    evidence, described_role = (None, None) if name_start else _descriptor_before(text, run[0][0])
    if evidence == "person":
        role = role or described_role
    if role and kind in (None, "name"):
        evidence = "person"
    if kind is None and name_end - name_start == 1:
        if evidence:
            out.append(span(name_start, name_end, key=canonical, type=evidence, role=role))
        else:
            out.append(span(name_start, name_end, kind="single"))
    elif kind == "name":
        if evidence:
            out.append(span(name_start, name_end, key=canonical, type=evidence, role=role))
        else:
            out.append(span(name_start, name_end, kind="multi", key=canonical))
    elif kind is not None:
        out.append(span(name_start, name_end, key=canonical, type="person" if role else kind, role=role))
    return out


_LETTER = re.compile(r"[^\W\d_]")
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ]")


def _shouting(text: str) -> bool:
    """Mostly capital letters: a sentence in capitals, where every word looks like a name."""
    letters = len(_LETTER.findall(text))
    return letters >= 20 and len(_CAPITAL.findall(text)) > 0.6 * letters


def find_mentions(sentences: Sequence[Sentence], source: NameSource = capitalised_runs) -> list[Mention]:
    """Every candidate mention, in article order, from the name spans ``source`` proposes."""
    lowercase = {w for s in sentences for w in TOKEN.findall(s.text) if w.islower()}
    lowercase |= {w.lower() for w in lexicon.NON_NAMES}
    mentions = []
    for sentence in sentences:
        if _shouting(sentence.text):
            continue  # in capitals every word looks like a name
        found = [m for run in source(sentence.text) for m in _mentions_in_run(run, sentence, lowercase)]
        found += _common_titles(sentence)
        mentions.extend(sorted(found, key=lambda m: m.start))
    return mentions


_HEADS = sorted({w.lower() for w in lexicon.TITLE_HEADS if w.isalpha()} | {"prime minister"}, key=len, reverse=True)
_COMMON_TITLE = re.compile(r"(?<![,(] )\b[Tt]he ((?:(?!said\b|says\b)[a-z-]+ ){0,2}(?:" + "|".join(_HEADS) + r"))\b")


def _common_titles(sentence: Sentence) -> list[Mention]:
    """A title in lower case standing for its holder: "the president said" (not an
    apposition: "Jane Doe, the president of X," gives a role, not a mention)."""
    return [
        Mention(sentence.index, m.start(), m.end(), m.group(), kind="title", role=m.group(1))
        for m in _COMMON_TITLE.finditer(sentence.text)
    ]


_APPOSITION = re.compile(r"^,\s+((?:the\s+)?[^,.;:\"“”]{3,80}?)\s*(?:[,.;:]|$)")


_NOT_ROLE_START = frozenset(
    ["with", "in", "at", "on", "from", "who", "which", "whose", "where", "when", "seen", "shown"]
)


def _can_be_role(words: list[str]) -> bool:
    """A phrase can give a role unless a caption or a list put it there: it opens with a
    participle or preposition ("pictured with the Secretary of State today", "seen at"), or
    it holds another person's name ("John Kerry and French foreign minister")."""
    first = words[0]
    participle = first.islower() and first.endswith(("ed", "ing")) and first not in _ROLE_PARTICIPLES
    if first in _NOT_ROLE_START or participle:
        return False
    return not any(w in lexicon.first_names() and w not in lexicon.TITLE_WORDS for w in words)


# Participles that belong to roles: "newly-appointed" is one word, these are separate.
_ROLE_PARTICIPLES = frozenset(["acting", "leading", "retired", "elected", "disgraced", "governing", "ruling"])


def _apposition(sentence: Sentence, mention: Mention) -> str | None:
    """A role given right after a name: "Mark Rutte, Secretary General of NATO,"."""
    match = _APPOSITION.match(sentence.text[mention.end :])
    if not match:
        return None
    phrase = match.group(1)
    words = phrase.split()
    if not _can_be_role(words):
        return None
    heads = {w.strip("'’s") for w in words}
    if heads & lexicon.TITLE_HEADS or {w.lower() for w in words} & lexicon.ROLE_NOUNS:
        return phrase if len(words) <= 12 else None
    return None


def _role_before(sentence: Sentence, mention: Mention, previous: Mention | None) -> str | None:
    """A title run right before a name with a comma: "The Shadow Secretary ..., Theresa May,"."""
    if previous and previous.kind == "title" and sentence.text[previous.end : mention.start].strip() == ",":
        return previous.role
    return None


class _People:
    """Trailing parts of people's full names ("Rutte" -> "Mark Rutte"), the latest name
    added winning a tie, so a surname folds into its full name in constant time."""

    def __init__(self) -> None:
        self.by_suffix: dict[tuple[str, ...], str] = {}
        self.by_given: dict[str, str | None] = {}  # None: two people share the given name

    def add(self, name: str) -> None:
        parts = tuple(name.split())
        for k in range(1, len(parts)):
            suffix = parts[-k:]
            self.by_suffix[suffix] = name
            # A surname without its particle: "Abadi" for "al-Abadi", "Brul" for "van den Brul".
            bare = list(suffix)
            while len(bare) > 1 and bare[0] in PARTICLES:
                bare.pop(0)
            bare[0] = HYPHEN_PARTICLE.sub("", bare[0])
            self.by_suffix.setdefault(tuple(bare), name)
        given = [p for p in parts if p not in lexicon.HONORIFICS]
        if len(given) > 1 and given[0] in lexicon.first_names():
            self.by_given[given[0]] = name if self.by_given.get(given[0], name) == name else None

    def fold(self, surface: str, entities: dict[str, _Entity]) -> str | None:
        """The full name a surname, a partial name or a given name used alone belongs to."""
        if surface in entities and entities[surface].type == "person":
            return surface
        return self.by_suffix.get(tuple(surface.split())) or self.by_given.get(surface)


class _Registry:
    """The entities found so far, looked up by name, by name without spaces or hyphens
    ("TimeWarner" = "Time Warner"), and by surname for people."""

    def __init__(self) -> None:
        self.entities: dict[str, _Entity] = {}
        self.squashed: dict[str, str] = {}
        self.people = _People()

    @staticmethod
    def squash(name: str) -> str:
        return re.sub(r"[\s.\-']", "", name).lower()

    def find(self, name: str) -> _Entity | None:
        key = self.squashed.get(self.squash(name))
        return self.entities[key] if key else None

    def add(self, name: str, type_: ActorType, provisional: bool = False) -> _Entity:
        existing = self.find(name)
        if existing:
            return existing
        e = self.entities[name] = _Entity(name, type_, NOT_YET, provisional=provisional)
        self.squashed[self.squash(name)] = name
        if type_ == "person":
            self.people.add(name)
        return e

    def fold_person(self, surface: str) -> str | None:
        return self.people.fold(surface, self.entities)


_ACRONYM_AFTER = re.compile(r" \(([A-Z][A-Z&.]{1,9})\)")
HEADLINE = -1  # the sentence index of mentions in the title
NOT_YET = 10**9  # no body sentence has mentioned the entity yet


def build_index(
    sentences: Sequence[Sentence], attributions: Sequence[str] = (), title: str | None = None
) -> ActorIndex:
    """Find, type and fold the actors of an article (its title counts: "Labour plans ...")."""
    headline = [Sentence(index=HEADLINE, text=title, paragraph=HEADLINE, start=0)] if title else []
    mentions = find_mentions([*headline, *sentences])
    registry = _Registry()
    entities = registry.entities

    def set_role(e: _Entity, role: str | None, rank: int) -> None:
        if role and rank > e.role_rank:
            e.role, e.role_rank = role, rank

    by_sentence = {s.index: s for s in [*headline, *sentences]}
    _register_initials(mentions, registry)
    # Pass 1: full names, organisations and places; several-word names of unknown type.
    previous: Mention | None = None
    for m in mentions:
        if (m.kind == "name" and m.type) or m.kind == "multi":
            e = registry.add(m.key, m.type or "person", provisional=m.kind == "multi")
            m.key = e.name
            if m.kind == "multi" and _affiliation(by_sentence[m.sentence].text, m, previous, entities):
                e.affiliation = True
            acronym = _ACRONYM_AFTER.match(by_sentence[m.sentence].text, m.end)
            if acronym and e.type == "organization":  # "Securities Exchange Commission (SEC)"
                registry.squashed.setdefault(registry.squash(acronym.group(1)), e.name)
            if e.type == "person":
                sentence = by_sentence[m.sentence]
                set_role(e, _apposition(sentence, m), 2)
                set_role(e, _role_before(sentence, m, previous), 2)
                set_role(e, m.role, 1)
        previous = m
    # Attribution lines under block quotes name people with their roles.
    for line in attributions:
        pseudo = Sentence(index=-1, text=line, paragraph=-1, start=0)
        for m in find_mentions([pseudo]):
            if m.kind in ("name", "single", "multi") and (m.type in (None, "person")):
                e = registry.add(registry.fold_person(m.surface) or m.surface, "person")
                e.person_evidence += 1
                set_role(e, m.role, 3)
    # Pass 2: surnames, honorifics, titles and bare single words.
    for m in mentions:
        if m.kind in ("single", "honorific") and not m.key:
            m.key = registry.fold_person(m.surface) or ""
            if not m.key and m.kind == "honorific":
                # Known only as "Mr Howard": the honorific stays, the surname alone is ambiguous.
                written = by_sentence[m.sentence].text[m.start : m.end]
                m.key = registry.add(_strip_possessive(written), "person").name
            if m.key:
                entities[m.key].person_evidence += 1
        elif m.kind == "title":
            m.key = _holder(m.role or m.surface, entities) or ""
    _fold_singles(mentions, registry)
    for m in mentions:
        if m.key and m.key in entities:
            e = entities[m.key]
            e.mentions += 1
            if m.sentence != HEADLINE:
                e.first = min(e.first, m.sentence)
            e.all_locative &= m.locative
            if m.kind != "title":
                e.surfaces[m.surface] = e.surfaces.get(m.surface, 0) + 1
            if m.surface != e.name:
                e.aliases.add(m.surface)
    actors = []
    renamed: dict[str, str] = {}  # canonical name -> the name shown
    for e in entities.values():
        if e.provisional and not (e.person_evidence or e.role):
            # Several capitalised words, no first name, never a surname alone, no title:
            # a company or body ("Time Warner") if it recurs, else too unsure to list.
            e.type = "organization"
            if e.mentions < 2 and not e.affiliation:
                continue
        if e.mentions == 0 or (e.type == "place" and e.all_locative):
            continue
        name = _display_name(e)
        used = e.aliases | ({e.name} if e.name in e.surfaces else set())
        aliases = tuple(sorted(a for a in used if a != name))
        first = HEADLINE if e.first == NOT_YET else e.first
        actors.append(Actor(name, e.type, e.role, e.mentions, first, aliases))
        renamed[e.name] = name
    actors.sort(key=lambda a: (-a.mentions, a.sentence, a.name))
    by_index: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.key in renamed:
            m.key = renamed[m.key]
            by_index[m.sentence].append(m)
    return ActorIndex(tuple(actors), dict(by_index))


_OF_AFTER_PERSON = re.compile(r"^,?\s+(?:of|at|from)\s+(?:the\s+)?$")


def _affiliation(text: str, m: Mention, previous: Mention | None, entities: dict[str, _Entity]) -> bool:
    """Several capitalised words right after a person and "of"/"at" name the body they
    work for ("analyst Jane Doe of Acme Capital"), even when named only once."""
    return (
        previous is not None
        and previous.sentence == m.sentence
        and previous.key in entities
        and entities[previous.key].type == "person"
        and bool(_OF_AFTER_PERSON.match(text[previous.end : m.start]))
    )


_FUNCTION_WORDS = frozenset(["of", "for", "and", "the", "&", "de", "du"])


def _register_initials(mentions: list[Mention], registry: _Registry) -> None:
    """An acronym folds into the organisation whose capitalised words it abbreviates
    ("National Union of Journalists" is the NUJ), wherever in the article either comes."""
    for m in mentions:
        words = [w for w in m.surface.split() if w not in _FUNCTION_WORDS]
        if m.kind == "name" and m.type == "organization" and len(words) >= 2:
            e = registry.add(m.key, "organization")
            registry.squashed.setdefault("".join(w[0] for w in words).lower(), e.name)


def _display_name(e: _Entity) -> str:
    """The name as the article writes it: its canonical form when the article uses it (or
    for a person, whose full name is what the article wrote), else the form it uses most
    ("UK", not "United Kingdom"), never a demonym."""
    if e.type == "person" or not e.surfaces or e.name in e.surfaces:
        return e.name
    demonyms = lexicon.places()["demonyms"]
    used = [s for s in e.surfaces if s not in demonyms and s[:1].isupper() and s not in lexicon.TITLE_WORDS]
    order = {s: k for k, s in enumerate(e.surfaces)}
    return max(used, key=lambda s: (e.surfaces[s], -order[s])) if used else e.name


def _holder(title: str, entities: dict[str, _Entity]) -> str | None:
    """The person whose role shares the title's head words ("Secretary General")."""
    heads = {w.lower() for w in title.split() if w in lexicon.TITLE_HEADS or w.capitalize() in lexicon.TITLE_HEADS}
    if not heads:
        return None
    holders = [
        e.name
        for e in entities.values()
        if e.type == "person" and e.role and heads <= {w.lower() for w in e.role.split()}
    ]
    return holders[0] if len(holders) == 1 else None


def _fold_singles(mentions: list[Mention], registry: _Registry) -> None:
    """Unknown single words. A generic organisation word ("the Alliance") folds into an
    organisation named in the same or the previous sentence, one whose name holds the
    word first; another word is an organisation if it recurs ("Google", "TimeWarner")."""
    entities = registry.entities
    singles = [m for m in mentions if m.kind == "single" and not m.key]
    counts: dict[str, int] = defaultdict(int)
    for m in singles:
        counts[registry.squash(m.surface)] += 1
    organisations: dict[int, list[str]] = defaultdict(list)
    for n in mentions:
        if n.key in entities and entities[n.key].type == "organization":
            organisations[n.sentence].append(n.key)
    for m in singles:
        if m.surface in lexicon.ORG_WORDS:
            nearby = organisations.get(m.sentence - 1, []) + organisations.get(m.sentence, [])
            nearby.sort(key=lambda name: m.surface not in name.split())
            m.key = nearby[0] if nearby else ""
        elif registry.find(m.surface):
            m.key = registry.find(m.surface).name
        elif counts[registry.squash(m.surface)] >= 2 and m.surface not in lexicon.TITLE_WORDS:
            m.key = registry.add(m.surface, "organization").name
