"""Roles: the title or function the text gives a person, and where it may come from.

A role comes from a title before the name ("Trade and Industry Secretary Patricia
Hewitt"), lower-case words before it ("spokeswoman for women Sandra Gidley"), an
apposition after it ("Mark Rutte, Secretary General of NATO,") or a title with a
comma before it. Never from a caption or a list: a phrase that opens with a
participle or preposition ("pictured with the Secretary of State today") or that
holds another person's name ("John Kerry and French foreign minister") is no role.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from ..model import Sentence
from . import lexicon
from .registry import Mention, placed_team

_DESCRIBED = re.compile(
    r"(?:^|[\s,(])((?:(?:['‘\"“]?[A-Z][\w'’.-]*|and|&|of|the)\s+){0,6}(?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*)"
    r"(?:\s+(?:for|of|on|at)\s+(?:the\s+)?[\w-]+){0,2})\s*$"
)


# A post and the field it is over, in lower case, before the holder's name: "Chair of trustees", "Head of operations".
_TITLE_OF_FIELD = re.compile(r"(?:^|[\s,(\"“])([A-Z][a-z]+ of (?:the )?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*$")
# A kind of body with its name apposed after it: "A parents' group, X,", "the charity, X,".
_KIND_APPOSED = re.compile(
    r"(?:^|[\s\"“‘'])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){0,3}?([a-z][\w-]*),\s*$"
)
# A person's noun and the preposition that ties it to a body: "spokesman for", "chief executive of".
_PERSON_OF = re.compile(r"\b([a-z]+)\s+(?:for|of|at)\s")
# A name closed by a comma as an apposition is: "Granby Families First," "Parents for Safe Roads," "Aguas de Tecolote,".
_APPOSED_NAME = re.compile(
    r"[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|the|&|on|in|de|del|la|las|los|do|da|dos|das|du|des|y|para))"
    r"{0,7},"
)
# A body's descriptor and the words that give its name: "a ransomware group known as X".
_NAMED_BODY = re.compile(r"\b" + lexicon.ORG_DESCRIPTOR_WORDS + r",?\s+(?:known\s+as|called|named|dubbed)\s+$")
# Prepositions after which a name is where something is, never who a description describes.
_PLACE_PREPOSITIONS = frozenset(["in", "near", "outside", "inside", "across", "throughout", "around", "into"])
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
        # a clause, not a noun phrase: "the president will sign whatever Congress sends"
        "will",
        "would",
        "can",
        "could",
        "should",
        "must",
        "may",
        "might",
        "did",
        "does",
        "do",
        "whatever",
        "whoever",
        "that",
        "which",
        "who",
        "whom",
        "if",
        "when",
        "where",
        "while",
        "because",
        "since",
        "although",
        "though",
        "unless",
        "until",
        # a preposition that opens no role's complement: "reacted with fury after owner X"
        "after",
        "before",
        "against",
        "over",
        "into",
        "about",
        "than",
    ]
)


def descriptor_before(text: str, start: int) -> tuple[str | None, str | None]:
    """Evidence from lower-case words right before a name, and the role they give if it is a
    person's: ("person", role) for "spokeswoman for women Sandra Gidley", ("organization",
    role) for "music publisher X", ("work", None) for a title ("the film X"), which names no
    actor, (None, role) for an agent noun ("marathon runner X"), which fits a company too."""
    previous = text[max(0, start - 30) : start].split()
    if not previous or not previous[-1][:1].islower():
        return None, None  # only lower-case words describe (cheap test before the regex)
    if _NAMED_BODY.search(text, max(0, start - 40), start):
        return "organization", None  # "a ransomware group known as X", "a firm called X"
    kind = _KIND_APPOSED.search(text, max(0, start - 60), start)
    apposed = kind and _APPOSED_NAME.match(text, start)  # (not "After meeting the club, Jo Lee said")
    # ... not the body a person's noun is of: "a spokesman for the agency, Rui Lema, said" names the spokesman
    held = _PERSON_OF.findall(text, kind.start(), kind.end(1)) if kind else []
    person_of = any(
        (w in lexicon.PERSON_DESCRIPTORS or w in lexicon.ROLE_NOUNS) and w not in lexicon.ORG_DESCRIPTORS for w in held
    )
    if apposed and not person_of and kind.group(1) in lexicon.ORG_DESCRIPTORS and kind.group(1) not in _PERSON_OR_BODY:
        return "organization", None  # "A parents' group, Granby Families First, said": the group named
    if previous[-1] in _PLACE_PREPOSITIONS or previous[-1] == "on":
        return None, None  # "its head office in Perth": a place, not the head; "a judge on Kelby Bake-Off": a show
    titled = _TITLE_OF_FIELD.search(text, max(0, start - 60), start)
    if titled and titled.group(1).split()[0].lower() in lexicon.ROLE_NOUNS:
        if titled.group(1).split()[-1] in lexicon.ORG_DESCRIPTORS:
            return "organization", None  # "Chair of arts charity Kelby Aid quits": the charity's chair
        return "person", titled.group(1)  # "Chair of trustees Jo Lee", "Head of operations Jo Lee"
    match = _DESCRIBED.search(text[max(0, start - 100) : start])
    if not match:
        return None, None
    phrase, head = match.group(1), match.group(2)
    tail = [w for w in phrase.split() if w[:1].islower()]
    if head in lexicon.WORK_DESCRIPTORS and tail and tail[-1] == head:
        return "work", None  # "the play The Vagina Monologues", "the programme Go Digital"
    heads = {w for w in tail if w in lexicon.PERSON_DESCRIPTORS or w in lexicon.ROLE_NOUNS}
    last = phrase.split()[-1]
    if heads and (last in _BEFORE_BODY or (last != head and last in lexicon.ORG_DESCRIPTORS)):
        # "a spokeswoman for Human Rights Watch", "chairman of retailer Penbury Stores": the body
        return "organization", None
    if head in lexicon.ORG_DESCRIPTORS and tail and tail[-1] == head:
        # "the club's owner X": a person as often as a company, so the name decides ("its owner
        # X" is a company's, most often another company).
        either = head in _PERSON_OR_BODY and "its" not in tail
        return (None if either else "organization"), _role(phrase, {head})
    role = _role(phrase, heads) if heads else None
    if role and phrase.split()[0] == "Its" and len(phrase.split()) == len(role.split()) + 1:
        return "person", "its " + role  # "Its director Jo Roe": the body's the sentence before opens with
    if role:
        return "person", role
    if tail and tail[-1] == head and _occupation(head):
        return None, _role(phrase, {head})
    return None, None


# Words for a company that describe a person as often: "the club's American owner Jo Lee".
_PERSON_OR_BODY = frozenset(["owner", "owners", "rival", "rivals"])
# A noun for who does something: "runner", "organiser", "economist", "historian".
_AGENT_NOUN = re.compile(r"[a-z]{3}(?:er|or|ist|ian)$")
_NOT_AGENTS = frozenset(
    [
        "after",
        "other",
        "under",
        "never",
        "whether",
        "either",
        "neither",
        "rather",
        "together",
        "however",
        "whatever",
        "whenever",
        "wherever",
        "former",
        "latter",
        "major",
        "minor",
        "prior",
        "earlier",
        "later",
        # comparatives that open place and body names: "Greater Manchester", "Safer Roads Alliance"
        "greater",
        "upper",
        "lower",
        "inner",
        "outer",
        "better",
        "safer",
        "bigger",
        "wider",
        "further",
        "greener",
        *("smaller", "larger", "older", "younger", "newer", "higher", "closer", "cheaper", "stronger", "longer"),
        *("shorter", "harder", "easier", "faster", "slower", "richer", "poorer", "deeper", "broader", "fewer"),
    ]
)


def _verb_like(word: str) -> bool:
    """A lower-case participle or adverb, which ends a clause before a role ("created by author X")."""
    return word.islower() and word.endswith(("ly", "ed", "ing"))


def _role(phrase: str, heads: set[str]) -> str | None:
    """The role a descriptor phrase gives: from the first word that can start one, holding a
    head word, at most ten words long."""
    words = phrase.split()
    # The role starts after the last word that cannot be part of one ("created by author X").
    # (a lower-case participle or adverb: "Kelby United chairman", "Reading manager" keep their name)
    cut = max(
        (
            i + 1
            for i, w in enumerate(words)
            if w in _NOT_IN_ROLE
            or (_verb_like(w) and w not in _ROLE_PARTICIPLES and not (i and words[i - 1].lower() == "chief"))
        ),  # (a chief's field is the title's: "chief operating officer", "chief nursing officer")
        default=0,
    )
    words = words[cut:]
    if not heads & set(words):
        return None  # the descriptor is in another phrase ("the minister laughing at X"): none
    # ... and after a preposition before its head: "its ban on world champion X", "gave the job to manager X"
    # ("spokeswoman for women X" keeps the complement after its head)
    first = next(k for k, w in enumerate(words) if w in heads)
    words = words[max((k + 1 for k, w in enumerate(words[:first]) if w in _COMPLEMENT), default=0) :]
    of = words.index("of") if "of" in words else -1
    if of > 0 and not heads & set(words[:of]):
        words = words[of + 1 :]  # "the words of chairman X": the role is what follows "of"
    while words and (words[0] in lexicon.NON_NAMES or words[0] in ("and", "of", "the")):
        words = words[1:]
    role = " ".join(words).strip(" ,")
    return role if 1 <= len(role.split()) <= 10 else None


_COMPLEMENT = frozenset(["of", "for", "to", "at", "in", "with", "from", "on"])
_BEFORE_BODY = frozenset(["for", "of", "at", "to", "with", "the"])
# (an abbreviation's stop inside the phrase is no end: "president of the St. Odile Parish Council", "chief executive
# of Acme Co.")
_ABBREVIATED = r"(?:(?<=\bSt)|(?<=\bMt)|(?<=\bFt)|(?<=\b[A-Z])|(?<=\bCo)|(?<=\bInc)|(?<=\bLtd)|(?<=\bCorp)|(?<=\bJr))"
_ABBREVIATION_STOP = _ABBREVIATED + r"\.(?=\s?[A-Z,])"
_THOUSANDS = r"(?<=\d)[,.](?=\d{3}\b)"  # (a figure's own comma or stop is no end: "with 3,100 flats")
_APPOSITION = re.compile(
    rf"^,\s+((?:the\s+)?(?:[^,.;:\"“”]|{_ABBREVIATION_STOP}|{_THOUSANDS}){{3,120}}?)\s*"
    rf"(?:(?!{_THOUSANDS})[,;:]|(?!{_ABBREVIATION_STOP}|{_THOUSANDS})\.|$)"
)


# A caption, a relative clause or another clause: no role.
_NOT_ROLE_START = frozenset(
    [
        "with",
        "in",
        "at",
        "on",
        "from",
        "who",
        "which",
        "whose",
        "where",
        "when",
        "seen",
        "shown",
        "while",
        "whilst",
        "although",
        "though",
        "but",
        "and",
        "because",
        "as",
        "after",
        "before",
        "since",
        "if",
    ]
)


def _can_be_role(words: list[str]) -> bool:
    """A phrase can give a role unless a caption, a list or a verb put it there: it opens with a
    participle or preposition ("pictured with the Secretary of State today", "seen at"), or
    it holds another person's name ("John Kerry and French foreign minister")."""
    first = words[0]
    participle = first.islower() and first.endswith(("ed", "ing")) and first not in _ROLE_PARTICIPLES
    # "Professor Ada Brisk, said the university would ...": the name's own verb, no role.
    if first in _NOT_ROLE_START or participle or lexicon.SPEECH_RE.fullmatch(first):
        return False
    if first in lexicon.ABBREVIATED_TITLES:
        return False  # "On Capitol Hill, Sen. Jo Lee said": the title opens the next person's name
    if {w.lower() for w in words} <= _PHOTO_POSITIONS:
        return False  # a caption's "Jo Roe, center, speaks": where she stands in the picture
    owners = _possessive_runs(words)
    return not any(
        w in lexicon.first_names()
        and w not in lexicon.TITLE_WORDS
        and before not in _SAINT
        and k not in owners
        and not _inside_body_name(words, k)
        for k, (before, w) in enumerate(zip(["", *words], words, strict=False))
    )  # (a saint's name is a place's or a body's: "head of the St Mary Parish Council")


def _inside_body_name(words: list[str], k: int) -> bool:
    """Whether the given name at ``k`` is inside a body's name, after a capital and before the organisation word
    that ends it ("convener of the Save Loch Ross Clinic campaign"): no person's."""
    end = k
    while end + 1 < len(words) and words[end + 1][:1].isupper():
        end += 1
    return k > 0 and words[k - 1][:1].isupper() and end > k and words[end].rstrip(",.") in lexicon.ORG_WORDS


def _possessive_runs(words: list[str]) -> set[int]:
    """The positions of capitalised words that end in a possessive: a role's owner ("Sierra Holdfast's chief
    executive", "Jo Roe's barrister"), whose given name is no other person listed beside the role."""
    owners: set[int] = set()
    for k, w in enumerate(words):
        if w.endswith(("'s", "’s")) and w[:1].isupper():
            owners.update(range(_name_start(words, k), k + 1))
    return owners


def _name_start(words: list[str], k: int) -> int:
    """Where the capitalised run that ends at ``words[k]`` starts: "Sierra Holdfast's" -> the position of "Sierra"."""
    start = k
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    return start


# Where a caption puts a person in its picture: "Jo Roe, center,", "Ann Lee, second from left,".
_PHOTO_POSITIONS = frozenset(
    [
        *("left", "right", "center", "centre", "middle", "front", "back", "rear", "top", "bottom", "above", "below"),
        *("inset", "foreground", "background", "second", "third", "far", "from"),
    ]
)
_SAINT = lexicon.SAINT_WORDS | {"San", "Santa", "Sainte"}  # (also before a given name: "San Jose")


# Participles that belong to roles: "newly-appointed" is one word, these are separate.
_ROLE_PARTICIPLES = frozenset(
    [
        *("acting", "leading", "retired", "elected", "disgraced", "governing", "ruling", "managing", "founding"),
        *("presiding", "outgoing", "incoming", "reigning", "sitting", "commanding", "consulting", "supervising"),
    ]
)


# What US news puts between a politician's name and the apposition: a party and state tag
# ("Rep. Jo Doe, R-Ariz., chairman of ...") or a home state ("Rep. Jo Doe of Ohio, the ...").
# ... or, in local news, an age ("Jo Roe, 38, a night-shift nurse,", "Jo Roe, 63, of Church Lane, a retired teacher,").
_ADDRESS = r"of\s+[A-Z][^,;:\"“”()]{1,40}"  # where a person lives, after their name and age: "of Church Lane"
_PARTY_OR_HOME = re.compile(
    rf"^(?:,\s+[RDI]-[A-Z][A-Za-z.]*|\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|,\s+\d{{1,3}}(?:,\s+{_ADDRESS})?)(?=,)"
)
# "the top Democrat on the panel": a party's member ranked within a body is a role.
_RANKED = frozenset(["top", "ranking", "senior", "leading"])


def apposition(sentence: Sentence, mention: Mention) -> str | None:
    """A role given right after a name, also after a party tag or home state: "Mark Rutte,
    Secretary General of NATO,", "Rep. Jo Doe, R-Ariz., chairman of the caucus,"."""
    after = sentence.text[mention.end :]
    tag = _PARTY_OR_HOME.match(after)
    rest = after[tag.end() :] if tag else after
    match = _APPOSITION.match(rest)
    if not match or match.group(1).startswith("who "):
        return relative_role(after)
    phrase = match.group(1)
    fields = _LISTED_FIELDS.match(rest, match.end(1))
    if fields:  # "the chair of the Commons culture, media and sport committee": its fields listed with commas
        phrase += fields.group()
    words = phrase.split()
    if _ADVOCATE.fullmatch(phrase):
        return phrase  # a British court's advocate: "Jo Roe, prosecuting, said"
    if not _can_be_role(words):
        return None
    # The head comes before a complement ("a friend of the party leader" is no leader) or a participle's clause
    # ("the lawyer representing the family": a lawyer).
    clause = next((k for k, (w, nxt) in enumerate(itertools.pairwise(words)) if _clause_participle(w, nxt)), None)
    head_words = list(itertools.takewhile(lambda w: w not in _COMPLEMENT, words[:clause]))
    heads = {w.strip("'’s") for w in head_words}
    parts = {p for w in head_words for p in w.lower().split("-")}  # "ex-chief"
    noun = head_words[-1].lower() if head_words else ""  # "a lecturer", not "a bitter tale"
    ranked = head_words[-1] in lexicon.PARTY_MEMBERS and any(w in _RANKED for w in head_words) if head_words else False
    if heads & lexicon.TITLE_HEADS or parts & lexicon.ROLE_NOUNS or describes_person(noun) or ranked:
        if len(words) > MAX_APPOSED_WORDS and "with" in words:  # a long description's "with" clause is no post's:
            words = words[: words.index("with")]  # "a night-shift nurse at Kelby Hospital with two children at ..."
            phrase = " ".join(words)
        return phrase if len(words) <= MAX_APPOSED_WORDS else None
    return None


MAX_APPOSED_WORDS = 12  # a role in apposition; a longer phrase is a description
# The rest of a body's name that lists its fields in lower case with commas, after the first: ", media and sport
# committee" (of "the culture, media and sport committee").
_LISTED_FIELDS = re.compile(
    r"(?:, [a-z]+)*,? and [a-z]+ (?:select )?(?:committee|department|ministry|board|panel|commission|directorate)\b"
)
# An advocate in a British court, named with the side they speak for: "Jo Roe, prosecuting, said".
_ADVOCATE = re.compile(r"(?:prosecuting|defending|mitigating)(?: for (?:the )?[A-Z][\w ]{1,30})?")


def _clause_participle(word: str, following: str) -> bool:
    """Whether a present participle opens a clause with its object: "representing the family", not "marketing
    director"."""
    return word.islower() and word.endswith("ing") and word not in _ROLE_PARTICIPLES and following in _OBJECT_OPENERS


_OBJECT_OPENERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "them", "him"])


# "Jo Lee, 34, who chairs the Finance Committee,": a relative clause whose verb is a post, also after a
# description that is no role ("Jo Lee, a potter who chairs the parish council,") or an address ("Jo Lee, 63, of
# Church Lane, who chairs"), and before the body's initials ("who leads the Kelby Growers' Union (KGU),").
_RELATIVE = re.compile(
    rf"^,\s+(?:\d{{1,3}},\s+)?(?:{_ADDRESS},\s+)?(?:an?\s+[^,;:\"“”()]{{1,50}}?\s+)?"
    r"who\s+(?:(?:now|currently|also)\s+)?(set up|[\w-]+)\s+"
    r"((?:the\s+|[A-Z])[^,.;:\"“”()]{2,70}?)(?=\s*[,.;:]|\s+\(|\s+(?:since|for|until|from|and|but)\b)"
)
_POSTS = {
    "chairs": "chair of",
    "heads": "head of",
    "leads": "leader of",
    "manages": "manager of",
    "owns": "owner of",
    "founded": "founder of",
    "co-founded": "co-founder of",
    "set up": "founder of",
    "started": "founder of",
    "formed": "founder of",
    "established": "founder of",
    "chaired": "former chair of",
    "headed": "former head of",
    "managed": "former manager of",
    "owned": "former owner of",
}


# "Jo Lee, who became chief executive in March,": a relative clause that names the post taken.
_TOOK_POST = re.compile(
    r"^,\s+(?:\d{1,3},\s+)?who\s+(?:became|was appointed|was named|took over as|joined as)\s+(?:the\s+)?"
    r"((?:[\w'’-]+\s+){0,3}?[\w'’-]+?)(?=\s+(?:in|on|last|this|earlier|after|of|at)\b|\s*[,.;:])"
)


def relative_role(after: str) -> str | None:
    """The post a relative clause right after a name gives ("Jo Lee, who chairs the Finance
    Committee," -> "chair of the Finance Committee"; "who managed the shop" -> "former manager
    of the shop"; "who became chief executive in March" -> "chief executive"), from ``after``,
    the text after the name."""
    took = _TOOK_POST.match(after)
    head = took.group(1).split()[-1].lower() if took else ""
    if took and (head in lexicon.ROLE_NOUNS or head.capitalize() in lexicon.TITLE_HEADS):
        return took.group(1)
    match = _RELATIVE.match(after)
    if not match or match.group(1) not in _POSTS:
        return None
    if match.group(1) in _FOUNDING and not _BODY_FOUNDED.search(match.group(2)):
        return None  # "who started the petition in March" founded no body
    return f"{_POSTS[match.group(1)]} {match.group(2)}"


# Verbs of founding that also take things ("set up a stall"): a post only when what they take names a body.
_FOUNDING = frozenset(["set up", "started", "formed", "established"])
_BODY_FOUNDED = re.compile(
    r"^(?:the\s+)?[A-Z]|\b(?:group|campaign|charity|company|firm|business|association|society|club|trust)\b"
)


# Occupations and standings the agent-noun ending misses: "US playwright Jo Lee", "TV chef Jo Lee",
# "world champion Jo Lee", "Kelby resident Jo Lee", "mum-of-two Jo Lee".
_OCCUPATIONS = frozenset(
    [
        *("playwright", "poet", "chef", "champion", "pilot", "surgeon", "athlete", "medic", "paramedic", "jockey"),
        *("vicar", "bishop", "rabbi", "imam", "cleric", "chaplain", "resident", "tenant", "neighbour", "neighbor"),
        "parent",
    ]
)
_PARENT_OF = re.compile(r"(?:mum|mom|mother|dad|father|grandmother|grandfather|gran|grandad)-of-[a-z]+")


def describes_person(word: str) -> bool:
    """A person descriptor ("adviser", "singer") or an agent noun ("organiser", "member")."""
    return word in lexicon.PERSON_DESCRIPTORS or (bool(_AGENT_NOUN.search(word)) and word not in _NOT_AGENTS)


def _occupation(word: str) -> bool:
    """A word for what a person does or is that gives them a role before their name, and no evidence
    of their type beyond ``describes_person``'s ("TV chef Jo Lee", "world champion Jo Lee")."""
    return describes_person(word) or word in _OCCUPATIONS or _PARENT_OF.fullmatch(word) is not None


# After the quote it attributes too: '"We will," the firm's chief executive, Jo Lee, said'.
_BEFORE_COMMA = re.compile(r"(?:^|[,;:(]\s*|[,.!?…][\"”'’]\s+)([^,;:()\"“”'‘’\s][^,;:()\"“”]{2,79}),\s*$")
# Honorifics and academic styles between a role's comma and the name ("..., Professor Ada Brisk,"), a cleric's
# ("The dean, the Very Rev Ada Brisk,") and a councillor's ("The council's leader, Cllr Ada Brisk,").
_STYLED = re.compile(
    r"(?:\b(?:[Tt]he|Very|Right|Most|Professor|Councillor|Cllr|"
    + "|".join(re.escape(h) for h in sorted(lexicon.HONORIFICS))
    + r")\s+)*$"
)
_CLOSES_APPOSITION = re.compile(r"^(?:['’]s)?(?:,|\s+of\s+[A-Z])")  # "..., Jo Lee of Acme Talent,"
# A role after the verb that attributes a quote, the name closing the sentence or its clause:
# '"We will," said the authority's operations director, Jo Lee.', "according to its chair, Jo Lee,".
_AFTER_VERB = re.compile(
    r"\b(?:said|says|added|adds|explained|warned|insisted|told \w+|according to)\s+"
    r"((?:the|its|his|her|their|(?:[A-Z][\w&-]*\s){0,3}[A-Z][\w-]*['’]s)\s[^,;:()\"“”]{2,70}),\s*$"
)
_ENDS_CLAUSE = re.compile(r"^\s*(?:[,.;!?]|$)")


_CAPS = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
# A portfolio whose fields are listed with commas: "Secretary of State for Environment, Food and
# Rural Affairs", "Minister for Culture, Media and Sport" (the name source splits it at commas).
PORTFOLIO = re.compile(
    r"((?:[A-Z][\w-]*\s+){0,2}(?:Secretary|Minister|Commissioner|Spokesman|Spokeswoman|Spokesperson|Department)"
    r"(?:\s+of\s+State)?\s+for\s+(" + _CAPS + r"(?:,\s+" + _CAPS + r")*,?\s+and\s+" + _CAPS + r"))"
)
_PORTFOLIO_BEFORE = re.compile(PORTFOLIO.pattern + r",\s*$")


def portfolio_fields(match: re.Match) -> bool:
    """Whether a ``PORTFOLIO`` match lists fields, not people ("for Defence, Jo Lee and ...")."""
    given = lexicon.first_names()
    return not any(w in given and w not in lexicon.TITLE_WORDS for w in re.findall(r"[A-Z][\w'’-]*", match.group(2)))


# The bodies a member of which holds a post: "the council's cabinet member for housing, Jo Lee,".
_SEATS = frozenset(["cabinet", "board", "council", "committee", "panel", "commission", "executive", "assembly"])


def role_before(sentence: Sentence, mention: Mention, previous: Mention | None) -> str | None:
    """A role set before a name between commas: a title run ("The Shadow Secretary ...,
    Theresa May,") or a described function ("the company's chief executive, Jo Lee, said",
    "Hoult's barrister, Ann Cole, said"), whose last word is a role noun."""
    text = sentence.text
    if previous and previous.kind == "title" and text[previous.end : mention.start].strip() == ",":
        return previous.role
    portfolio = _PORTFOLIO_BEFORE.search(text, max(0, mention.start - 120), mention.start)
    if portfolio and portfolio_fields(portfolio) and _CLOSES_APPOSITION.match(text[mention.end :]):
        return portfolio.group(1).removeprefix("The ")
    lead = text[max(0, mention.start - 90) : mention.start]
    styled = lead[: _STYLED.search(lead).start()]  # "its head, Professor Jo Lee,"
    after_verb = _AFTER_VERB.search(styled) if _ENDS_CLAUSE.match(text[mention.end :]) else None
    apposed = _BEFORE_COMMA.search(styled) if _CLOSES_APPOSITION.match(text[mention.end :]) else None
    before = after_verb or apposed
    if not before:
        return None
    words = _from_possessive(before.group(1).split())
    while len(words) > 1 and words[0] in _LEAD_INS:
        words = words[1:]  # "But Corrie's barrister, ...": the role starts after the link word
    # The head comes before a complement: "The chair of the Kelby Board of Health, Jo Lee,".
    head_words = list(itertools.takewhile(lambda w: w not in _COMPLEMENT, words)) or words
    head = head_words[-1].lower().split("-")[-1]  # "vice-chancellor", "co-founder": the last part
    seated = head == "member" and len(head_words) > 1 and head_words[-2].lower() in _SEATS  # "cabinet member"
    # (a bare "member" is no post: "Its member, Tom Lee,")
    if not seated and (head == "member" or (head not in lexicon.ROLE_NOUNS and not _occupation(head))):
        return None
    # "Acme Union, whose president, Jo Lee, said": the body's (``actors._whose_body`` names it)
    whose = words[0] == "whose" and len(words) > 1 and all(w.islower() for w in words[1:])
    if whose:
        words = words[1:]
    if (
        len(words) > (12 if len(head_words) < len(words) else 8)
        or not _can_be_role(words)
        or any(w in _NOT_IN_ROLE or (w == "and" and not _joins_posts(words)) for w in words)
    ):
        return None
    if whose:
        return "whose " + " ".join(words)
    if words[0] in ("The", "A", "An", "Its", "His", "Her", "Their"):
        words[0] = words[0].lower()  # opening the sentence
    return " ".join(words)


def _joins_posts(words: list[str]) -> bool:
    """Whether an "and" in a role joins two posts one person holds ("its co-founder and chief executive",
    "chairman and chief executive of Acme"), not two people ("John Kerry and French foreign minister")."""
    if words.count("and") != 1:
        return False
    k = words.index("and")
    after = words[k + 1] if k < len(words) - 1 else ""
    return (
        k > 0
        and words[k - 1].lower().split("-")[-1] in lexicon.ROLE_NOUNS
        and (after.islower() or (after.isupper() and after.lower() in lexicon.ROLE_NOUNS))  # ("president and CEO")
    )


_LEAD_INS = frozenset(["But", "And", "Yet", "So", "Now", "Meanwhile", "However", "Still", "Instead"])
_POSSESSED = re.compile(r"^(?:its|[Tt]he ([a-z]+)['’]s?)\s+(.+)$")  # not "their": people's too ("their attorney")


def _from_possessive(words: list[str]) -> list[str]:
    """The words from the last possessive determiner on: "in the words of its chief executive"
    -> "its chief executive" (the rest is the clause the role is set in); also from a possessive name or noun after
    a clause that holds no post ("The talks came a day before Acme's chief executive" -> "Acme's chief
    executive", not "the head of Acme's parent company")."""
    at = max((k for k, w in enumerate(words) if w.lower() in ("its", "his", "her", "their")), default=0)
    if at:
        return words[at:]
    owner = max((k for k, w in enumerate(words) if k and w.endswith(("'s", "’s"))), default=0)
    if not owner or any(w.lower().split("-")[-1] in lexicon.ROLE_NOUNS for w in words[:owner]):
        return words
    start = _name_start(words, owner) if words[owner][:1].isupper() else owner  # "Kelby Biologics's"
    if start > 0 and words[start - 1].lower() == "the":
        start -= 1  # "the company's"
    return words[start:]


# Nouns any body is called, whatever its name: "the company's", "the group's".
_ANY_BODY = frozenset(["company", "companies", "firm", "group", "giant", "brand", "chain", "maker", "operator"])


# ... of which these are only a business's: "the company's" is no union's.
_FIRMS = frozenset(["company", "companies", "firm", "brand", "chain", "maker"])
# A union branch's name: "United Care Workers Local 219".
_UNION_LOCAL = re.compile(r"\bLocal \d+\b")


_TEAM_NOUNS = frozenset(["club", "team", "side"])


def _team(body: str) -> bool:
    """Whether a body's name is a team's: a club's ending ("Kelby Rovers", "Vey United", "Kelby FC") or a town's
    and a nickname ("Fort Kelby Falcons")."""
    words = body.split()
    return words[-1] in lexicon.CLUB_ENDINGS or placed_team(words)


def owned_role(role: str, owner: str | None, bodies: Iterable[str] = ()) -> str:
    """A role given through a body's possessive, with the body named: "its managing director"
    or "the company's chief executive" -> "managing director of Acme" (``owner``: the
    organisation named last before; but "the trust's chief executive" is of the one body of
    ``bodies`` named as a Trust, whichever was named last, as for any noun a name is built on
    ("the bank's": the Bank) but "company", "group" and the like, which any body is called).
    Unchanged without one, or when the possessor is not a body ("the club's chairwoman" is a
    body's, "the victim's mother" is not)."""
    match = _POSSESSED.match(role)
    if not match:
        return role
    noun = match.group(1)
    if noun == "local":  # a union's branch: "the local's president" is of the one "... Local 219" named
        branches = [b for b in bodies if _UNION_LOCAL.search(b)]
        return f"{match.group(2)} of {branches[0]}" if len(branches) == 1 else role
    if noun and noun not in lexicon.ORG_DESCRIPTORS and noun.capitalize() not in lexicon.ORG_WORDS:
        return role
    specific = noun and noun not in _ANY_BODY  # (words any body is called; "the bank's" is the Bank's)
    named = [
        b for b in bodies if specific and noun in b.lower().split()
    ]  # (also "the Commons public accounts committee")
    if specific and not named and owner and owner.split()[-1] in lexicon.ORG_WORDS and noun not in owner.lower():
        # ... else, when the one named before is named as a body of another kind, the one body named as the noun's
        # kind is: "the hospital's director-general" is the Medical Center's, not the Family Foundation's before it
        named = [  # (a union's "Local" is no "Local Government" ministry's)
            b
            for b in bodies
            if set(b.split()) & set(lexicon.NAMED_AS.get(noun, ()))
            and (noun in lexicon.PUBLIC_KINDS or not lexicon.public_body(b))
        ]
    if len(named) == 1 and not (owner and noun in owner.lower().split()):
        owner = named[0]
    elif owner and noun in _TEAM_NOUNS and not _team(owner):
        owner = None  # "the club's principal owner" is no city council's named before
    elif owner and noun in lexicon.PUBLIC_KINDS and not lexicon.public_kind_fits(noun, owner):
        owner = None  # "the authority's executive director" is not the Environmental Protection Agency's
    elif owner and noun in _ANY_BODY and lexicon.public_body(owner):
        owner = None  # "the company's planning director", "the group's attorney": no council's, court's
    elif owner and noun in _FIRMS and lexicon.union_named(owner):
        owner = None  # "the company's chief executive" is no union's, nor the European Union's
    elif owner and noun and lexicon.other_trade(noun, owner):
        owner = None  # "the union's branch chair" is no inspectorate's or firm's named before
    elif owner and noun == "council" and not set(owner.split()) & lexicon.COUNCIL_WORDS:
        owner = None  # "the council's leader" is no charity's named before ("Vey Meadow Protectors")
    return f"{match.group(2)} of {owner}" if owner else role


def body_apposition(sentence: Sentence, mention: Mention) -> str | None:
    """What a body is, said right after its name: "Acme, a Californian technology company,",
    "Save Our Fields, the campaign group,": an apposition whose head is a word for a body."""
    match = _APPOSITION.match(sentence.text[mention.end :])
    if not match:
        return None
    words = match.group(1).split()
    head_words = list(itertools.takewhile(lambda w: w not in _COMPLEMENT, words))
    if not head_words or words[0].lower() not in ("a", "an", "the") or len(words) > 10:
        return None
    head = head_words[-1]  # in lower case: "the Guardian Media Group" after a comma is the next name in a list
    listed = any(w == "and" and after in ("a", "an", "the") for w, after in itertools.pairwise(head_words))
    if listed:
        return None  # the next bodies of a list: "a group with Acme, the flood group and the agency to monitor it"
    if head.islower() and (head in lexicon.ORG_DESCRIPTORS or head.capitalize() in lexicon.ORG_WORDS):
        return " ".join(words[1:])
    return None
