"""Sources the actor index does not know: a name met once, in the sentence that gives its words.

A short story, or a long one's minor voice ("Shopkeeper Rita Hughes fears that ...", '"We
apologise," Skyway Air said.'), names its source once; the actor index, which wants more
evidence of a name, may not list it, and the sentence would read as the article's own. The
grammar of reported speech names the source all the same: the subject that opens the sentence
before a verb of speech, the name after a quote's closing mark, the name after "according to".
Only a sentence with no speaker found by ``attribution.speakers`` is read here, so a known
actor always wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Sentence
from ..patterns import LazyPattern
from ..tagging.features import RARELY_CAPITALISED, capitalisation
from . import lexicon
from .names import strip_possessive

_VERBS = (
    r"(?:said|says|told|tells|added|adds|warned|warns|argued|argues|insisted|insists|claimed|claims|believes|believed"
    r"|thinks|thought|fears|feared|denied|denies|stressed|stresses|noted|notes|admitted|admits"
    r"|explained|explains|acknowledged|acknowledges|revealed|reveals|confirmed|confirms|wrote|writes"
    r"|tweeted|replied|maintained|maintains|conceded|concedes|hit back|(?:agreed|agrees)(?= that)"
    r"|posted(?= on | that|:))\b"
)
_SPEECH = re.compile(r"\b" + _VERBS)  # every pattern but the last two needs one
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|to|and|the|&|de|van|von|da|di|le|la)\s+)*[A-Z][\w'’.-]*){0,5}"
# A lower-case noun for the kind of body after its name: "the Kelby Bus Workers union said".
_BODY_NOUNS = "union|party|group|charity|council|campaign|coalition|alliance|association|trust"
# "Shopkeeper Rita Hughes fears", "But local GP Dr Sanjay Mehta said", "Cradlecare, which
# makes baby monitors, said in a statement", "Former owner Keith Blanchard posted on X".
_SUBJECT = LazyPattern(
    r"^[\"“‘']?(?:(?:In|On|At|After|Before|During|Earlier|Later|Last|This|Speaking|Writing|Asked|Responding"
    r"|Addressing|Talking|Separately|Previously|Following)\b[^,;:\"“”]{0,80},\s+)?"
    r"(?:(?:But|And|Yet|However|Meanwhile|Now),?\s+)?(?:(?:[Tt]he|[Aa]n?)\s+)?"
    r"(?P<lead>(?:[A-Z][a-z-]+\s+(?=[a-z]))??(?:[a-z][\w-]*\s+){0,3}?)"
    rf"(?P<name>{_NAME})(?:['’]s\s+[a-z]+|\s+(?:{_BODY_NOUNS}|spokes(?:man|woman|person)|official|representative))??(?:\s+\([^)]{{1,20}}\))?(?:,\s+[^,]{{1,100}},)?\s+"
    rf"(?:(?:has|have|had|also|later|then|previously|once|again)\s+){{0,2}}{_VERBS}"
)
# Lower-case words before a name after the verb: "said estate agent", not "said through the".
_DESCRIPTION = r"(?:(?!(?:through|to|by|in|on|at|from|with|for|of|that|it|he|she|they)\b)[a-z][\w-]*\s+){0,3}?"
# "Prices will rise, Acme Foods said.", "..., said estate agent Harcourt Lane on Monday."
_CLOSING = LazyPattern(
    rf",\s+(?:(?:said|says|added|adds)\s+{_DESCRIPTION}(?P<inverted>{_NAME})(?:,\s+[a-z][^,]{{0,100}})?"
    rf"|(?P<name>{_NAME})\s+(?:said|says|added|adds|told\s+[^,.;]{{1,40}}?))(?:\s+on\s+[A-Z][a-z]+day)?[.!]?$"
)
# '"We apologise," Skyway Air said.', '"...," said estate agent Harcourt Lane.'
_AFTER_QUOTE = LazyPattern(
    rf"[,!?][\"”’']\s+(?:(?:said|says|added|adds|insisted|warned|explained)\s+{_DESCRIPTION}"
    rf"(?P<inverted>{_NAME})|(?P<name>{_NAME})(?:,\s+[^,]{{1,100}},)?\s+{_VERBS})"
)
# '"...," said a spokesperson for Tamar Rail', "added an official from the Kelby Trust": the body they speak for.
_VOICE_AFTER_VERB = LazyPattern(
    r"\b(?:said|says|added|adds|insisted|warned|explained)\s+an?\s+(?:[a-z-]+\s+)?"
    rf"(?:spokes(?:man|woman|person)|official|representative)\s+(?:for|from|at)\s+(?:the\s+)?(?P<name>{_NAME})"
)
# "according to the estate agent Harcourt Lane", "according to art expert Isabel Marquez";
# not "according to figures from the ONS" (the article's own figures, from a record).
_ACCORDING = LazyPattern(
    rf"\b(?i:a)ccording to\s+(?:(?:the|an?)\s+)?(?:(?!(?:from|by|of|in|at|for)\b)[a-z][\w-]*\s+){{0,3}}"
    rf"(?P<name>{_NAME})"
)
# "They were told by plant manager Rhona Gilchrist that ...": the agent of a passive verb of speech.
_TOLD_BY = LazyPattern(
    rf"\b(?:was|were|been)\s+(?:told|informed|warned|assured)\s+by\s+{_DESCRIPTION}(?P<name>{_NAME})"
)
_RECORDS = re.compile(r"\b(?:data|figures|records|documents|filings?|statistics|accounts|estimates?)\b")
# "He added", "The spokeswoman said": the source of the sentence before goes on.
_PRONOUN = LazyPattern(
    r"^[\"“‘']?(?:He|She|The\s+spokes(?:man|woman|person))\s+(?:(?:[a-z]\w*ly|also|then|later)\s+)?" + _VERBS
)
_OPENING_QUOTE = re.compile(r"^\s*[\"“‘']")


def sources(sentences: Sequence[Sentence], found: Sequence[str | None]) -> list[str | None]:
    """``found`` with each unattributed sentence given the source its grammar names, if any;
    "He added ..." and a quote that opens the next sentence go on with such a source."""
    out = list(found)
    last: str | None = None  # the source named here in the sentence before
    for k, sentence in enumerate(sentences):
        if out[k] is not None:
            last = None
            continue
        named = _named(sentence.text)
        if named is None and last and (_PRONOUN.match(sentence.text) or _OPENING_QUOTE.match(sentence.text)):
            named = last
        out[k] = named
        last = named
    return out


_RECORD_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:data|figures|records|documents|filings?|statistics|accounts)\b"
)


def _of_a_record(text: str, according: re.Match[str]) -> bool:
    """Whether "according to" cites a record, not a source: "figures from the ONS", "USDA data"."""
    before = _RECORDS.search(text, according.start(), according.start("name"))
    return before is not None or _RECORD_AFTER.match(text, according.end("name")) is not None


def _named(text: str) -> str | None:
    """The source the sentence's grammar names, without its title or description."""
    speech = _SPEECH.search(text) is not None
    for pattern, needed in (
        (_SUBJECT, speech),
        (_AFTER_QUOTE, speech),
        (_CLOSING, speech),
        (_VOICE_AFTER_VERB, speech),
        (_ACCORDING, "ccording to" in text),
        (_TOLD_BY, " by " in text),
    ):
        match = pattern.search(text) if needed else None
        if not match:
            continue
        if pattern is _ACCORDING and _of_a_record(text, match):
            continue
        if pattern is _SUBJECT and not _speaks_for(match["lead"]):
            continue
        inverted = match.groupdict().get("inverted")
        name = _bare(inverted or match["name"])
        if name:
            return name
    return None


_OF = re.compile(
    r"\b([A-Za-z]+)\s+(?:for|at|from|with|of|to|in|on|along|near|across|around|outside|inside|by|behind|beyond|within)"
    r"\s+(?:the\s+)?(?:" + lexicon.COMPASS_WORD + r"\s+)?$"  # ("Farmers in southern Punjab")
)
# People who speak for the name after them: "a spokeswoman for", "analysts at", "officials from".
_VOICES = lexicon.VOICE_NOUNS  # not "people": "people in Kelby said" are not Kelby's voice
_KIN = frozenset({"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "friend"})


def _speaks_for(lead: str) -> bool:
    """Whether the words before the name leave it the speaker: none, a description ("local
    GP"), or people who speak for it ("a spokeswoman for"); not "a source close to", "friends of"."""
    joined = _OF.search(lead)
    word = joined.group(1).lower() if joined else ""
    return joined is None or (word in _VOICES and word not in _KIN)


# A compound of a capitalised word and lower-case ones, no one's name: "DAD-of-two", "Mum-of-three".
_DESCRIBING_COMPOUND = LazyPattern(r"[A-Z][A-Za-z]*(?:-[a-z]+)+")


def _bare(name: str) -> str | None:
    """A name without the words before it that describe or title its person ("Gardener
    Philippa Dunn", "GP Dr Sanjay Mehta", "Captain Jo Lee"); None for a common word that only
    opens the sentence ("Officials", "Forecasters")."""
    words = strip_possessive(name.rstrip(".")).split()
    titles = [k for k, word in enumerate(words) if word in lexicon.TITLE_WORDS or word.lower() in _PEOPLE]
    if titles and len(words) - titles[-1] > 2:
        words = words[titles[-1] + 1 :]  # "Carlow County Prosecutor Anthony Resnick"
    if len(words) > 1 and words[0].endswith("s") and _common(words[0]) and words[1].islower():
        return None  # "Residents of Kelby Vale said": the residents speak
    while len(words) > 1 and words[0] not in lexicon.STYLES and words[1][:1].isupper() and _describes(words):
        words.pop(0)
    if len(words) == 1 and (_common(words[0]) or _DESCRIBING_COMPOUND.fullmatch(words[0])):
        return None  # (nor a description a tabloid shouts: "A MUM-of-three has told of ...")
    if _medium(words):
        return None  # "according to the Kelby Gazette", '"...," Brenda Lowe told ITV News': never the source
    return " ".join(words)


def _medium(words: list[str]) -> bool:
    """Whether the name is an outlet or a platform, which carries words and speaks none of its own."""
    name = " ".join(words)
    return (
        name in lexicon.NEWS_OUTLETS
        or words[-1] in lexicon.NEWS_WORDS
        or any(w in lexicon.PLATFORMS for w in words)
        or (words[0] in lexicon.NEWS_OUTLETS and words[-1] not in lexicon.ORG_WORDS)  # "BBC Radio Kent"
    )


_PEOPLE = lexicon.PERSON_DESCRIPTORS - {"son", "daughter", "wife", "husband", "mother", "father"}
_HYPHENATED = re.compile(r"[A-Z][a-z]*-[a-z]")  # "Ex-manager", "Co-founder"
_COMMON = (RARELY_CAPITALISED, RARELY_CAPITALISED + 1)  # words news mostly writes in lower case
# Endings of nouns for people by what they do: "Curator", "Optometrist", "Forecasters".
_AGENT = re.compile(r"(?:er|or|ist|ian|ant|ent|eur|ier|keeper|man|woman)s?$")


def _common(word: str) -> bool:
    """A common noun capitalised to open the sentence, not a name: "Officials", "Forecasters"."""
    return (
        word in lexicon.NON_NAMES
        or _HYPHENATED.match(word) is not None
        or capitalisation(word) in _COMMON
        or (word.endswith("s") and _AGENT.search(word) is not None)
    )


def _describes(words: list[str]) -> bool:
    """Whether the first word titles or describes the person named after it rather than opens
    the name: "Judge", "GP" or "Curator" before "Finlay MacRae", not "Gambling" of "Gambling
    Harm Action" nor "Campaign" of "Campaign to Protect ...", whose other words are no person's."""
    first = words[0]
    if first in lexicon.TITLE_WORDS or first in lexicon.HONORIFICS or first.lower() in lexicon.PERSON_DESCRIPTORS:
        return True
    if words[1] in lexicon.HONORIFICS:
        return True  # "GP Dr Sanjay Mehta"
    return _occupation_before_name(words)


def _occupation_before_name(words: Sequence[str]) -> bool:
    """Whether three capitalised words are a common noun for what someone does and the first
    name and surname of a person ("Curator Finlay MacRae", "Optometrist Harjit Sandhu"): a word
    no list of occupations holds, known as one by its ending or by news writing it in lower case.
    A two-word name stays whole ("Baker Hughes", "Skyway Air")."""
    if len(words) != 3 or _given(words[0]) or not words[0].isalpha():
        return False
    first, rest = words[0], words[1:]
    person = _given(rest[0]) or all(capitalisation(w) not in _COMMON for w in rest)
    common = first.isupper() or _common(first) or _AGENT.search(first) is not None
    return person and common and not any(w in lexicon.ORG_WORDS for w in rest)


def _given(word: str) -> bool:
    return word in lexicon.first_names() or word in lexicon.given_genders()
