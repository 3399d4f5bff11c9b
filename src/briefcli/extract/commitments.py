"""Commitments: who pledged, planned or promised what, with amounts and deadlines.

Each sentence is scored from its commitment cues, strongest first: a pledge,
a plan, a promise, an intention or an obligation ("pledged", "plans to", "is
to", "will" with a subject that can commit) counts fully; "would" in reported
speech and passive or weak cues count less; an amount, a deadline and a
subject that can commit add to it. Calls on others ("must", "should",
"urged") and hypotheticals ("if ... would") count against it. A sentence that
enumerates the items of a commitment named just before it ("the first thing
... is the new command") inherits it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Commitment, Sentence
from . import lexicon
from .actors import ActorIndex, Mention

THRESHOLD = 2.5
STRONG, MEDIUM, WEAK = 2.0, 1.5, 1.0

# "will" before a verb of prediction, not of action: "rebuilding will cost $486bn".
_PREDICTION = (
    r"(?:\w+ly |again |also |still |never |not |even )?"
    r"(?:be|cost|take|mean|need|remain|become|happen|face|see|affect|hit|suffer|lose|depend|require|last|prove|do)\b"
)
_STRONG = re.compile(
    r"\b(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed)?|commit(?:s|ted)?|commitments?|"
    r"plans? to|planned to|planning to|intends? to|intended to|aims? to|aiming to|hopes? to|hoping to|"
    rf"going to (?!{_PREDICTION})|agreed?s? to|agreed|offer(?:s|ed)? to|set to|expects? to|"
    r"(?:is|are|was|were) to (?!be\b)|(?:has|have) to (?!be\b)|"
    r"(?:is|are) projecting|projects|forecasts?|to invest|shall)\b",
    re.IGNORECASE,
)
# Every cue below starts with one of these: a cheap substring test rules most sentences out.
_CUE_STARTS = (
    "will",
    "'ll",
    "would",
    "shall",
    "pledg",
    "promis",
    "vow",
    "commit",
    "plan",
    "intend",
    "aim",
    "hop",
    "going to",
    "agree",
    "offer",
    "set to",
    "expect",
    "is to",
    "are to",
    "was to",
    "were to",
    "has to",
    "have to",
    "project",
    "forecast",
    "invest",
    "announc",
    "unveil",
    "launch",
    "propos",
    "allocat",
    "earmark",
)
_WILL = re.compile(rf"\b(?:will|'ll)\b(?! {_PREDICTION})", re.IGNORECASE)
# A belief about the future is a forecast, not a pledge: "Greene believes Gatlin will ...".
_BELIEF = re.compile(
    r"\b(?:think|thinks|thought|believe|believes|believed|expect|expects|predict|predicts|predicted|fear|fears|"
    r"feared|doubt|doubts|hopes that|hope that)\b[^.;:]*\b(?:will|would|going to)\b",
    re.IGNORECASE,
)
_WOULD = re.compile(r"\bwould\b(?! be \w+(?:ed|en)\b)(?! (?:have|say|think|argue|like|love)\b)", re.IGNORECASE)
_WEAK = re.compile(
    r"\b(?:will be|would be|announc(?:es|ed)|unveil(?:s|ed)|launch(?:es|ed)|propos(?:es|ed)|allocated|earmarked)\b",
    re.IGNORECASE,
)
_PAST_PASSIVE = re.compile(r"\b(?:was|were|been|being) (?:announced|unveiled|launched|proposed)\b", re.IGNORECASE)
_CALL_ON_OTHERS = re.compile(
    r"\b(?:must|should|ought to|urged?|urging|called (?:on|for)|calls (?:on|for)|needs? to)\b", re.IGNORECASE
)
_HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|while|whilst|although|though|whether)\b[^.;:]*?\bwould\b|\bwould have\b", re.IGNORECASE
)
_ENUMERATION = re.compile(
    r"^(?:as well as|in addition|also|first|second|third|the first|the second)\b|\bthe (?:first|second|next) thing\b",
    re.IGNORECASE,
)
_ANIMATE_BEFORE = re.compile(
    r"\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|ministers|officials|government|company|firm|party|council|"
    r"authority|authorities|group|union|bank|board|administration|agency|committee|leaders|police)\s+$"
)
_TOPIC = re.compile(r"\b(?:commitments?|pledges?|promises?)\b", re.IGNORECASE)
_SUBJECT_PRONOUN = re.compile(
    r"\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Tt]he (?:company|firm|group|bank|business|retailer|carrier))\b"
)

_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_SCALE = r"(?:\s?(?:bn|billion|million|m|trillion|tn|thousand|k))?"
_AMOUNT = re.compile(
    rf"(?:[£$€¥]\s?{_NUMBER}{_SCALE}\b"
    rf"|\b{_NUMBER}{_SCALE}\s?(?:euros?|dollars?|pounds?|yen|yuan|roubles?|rubles?|hryvnias?|francs?|rupees?|pence)\b"
    rf"|\b{_NUMBER}\s?(?:%|per ?cent\b|percent\b)"
    rf"|\b{_NUMBER}{_SCALE}\s(?:troops|soldiers|jobs|homes|people|workers|staff|tonnes|tons|barrels)\b)",
    re.IGNORECASE,
)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DEADLINE = re.compile(
    r"\b(?:next|this|later this|early next|late next) (?:year|month|week|spring|summer|autumn|winter)\b|"
    r"\b(?:by|until|till|before|no later than|from|within|starting|in)\s+"
    r"(?:the\s+(?:end|start|middle|beginning)\s+of\s+(?:the\s+)?(?:next\s+)?\w+(?:\s\d{4})?"
    rf"|(?:early|mid|late|mid-)?\s?{_MONTH}(?:\s\d{{1,2}})?(?:,?\s\d{{4}})?"
    r"|(?:early |mid-|late )?(?:19|20)\d\d(?:/\d\d)?"
    r"|next (?:year|month|week|spring|summer|autumn|winter|parliament)"
    r"|the next \d+ (?:days|weeks|months|years)"
    r"|\d+ (?:days|weeks|months|years))",
)
_TRAILING_FRAME = re.compile(r",\s*[^,]{2,60}?\b(?:said|says|noted|added|told \w+|stressed|emphasi[sz]ed)\.?\s*$")
_LEAD_IN = re.compile(r"^(?:as well as|in addition,?|also,?|and)\s+", re.IGNORECASE)
_BY_AGENT = re.compile(r"\b\w+(?:ed|en|wn) by (?:the )?(?:[A-Z][\w'-]*\s+(?:(?:and|of|for)\s+)?){0,6}$")
_PARTY = re.compile(r"\b(?:his|her|their) (?:party|company|firm|government|group|team|club)\b")


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    weight: float


def best_cue(text: str, subject_before, subject_right_before) -> Cue | None:
    """The strongest commitment cue of a sentence (the earliest among equals)."""
    lower = text.lower()
    if not any(start in lower for start in _CUE_STARTS):
        return None
    cues = [Cue(m.start(), m.end(), STRONG) for m in _STRONG.finditer(text)]
    for m in _WILL.finditer(text):
        cues.append(Cue(m.start(), m.end(), STRONG if subject_before(m.start()) else WEAK))
    if lexicon.SPEECH_RE.search(text):  # reported speech: "she said ministers would consult"
        for m in _WOULD.finditer(text):
            cues.append(Cue(m.start(), m.end(), MEDIUM if subject_right_before(m.start()) else WEAK))
    if not _PAST_PASSIVE.search(text):
        cues += [Cue(m.start(), m.end(), WEAK) for m in _WEAK.finditer(text)]
    if not cues:
        return None
    return max(cues, key=lambda c: (c.weight, -c.start))


def _what(text: str, cue: Cue | None) -> str:
    """The committed thing: the sentence from its cue on, without the reporting frame."""
    span = text[cue.start :] if cue and cue.start < len(text) // 2 else text
    if " is " in span and _ENUMERATION.search(text):
        span = span.split(" is ", 1)[1]
    span = _LEAD_IN.sub("", _TRAILING_FRAME.sub("", span.strip()))
    return span.rstrip(" .;:!?\"”'’")


class _Context:
    """What the attribution of a commitment needs to know about the article."""

    def __init__(self, index: ActorIndex):
        self.index = index
        self.type_of = index.type_of
        organisations = [a for a in index.actors if a.type == "organization"]
        self.main_organisation = organisations[0].name if organisations else None
        self.roles = {a.name: a.role or "" for a in index.actors}

    def candidates(self, sentence: Sentence) -> list[Mention]:
        """Mentions that can commit: not an audience ("told GMTV"), not a mere location."""
        text = sentence.text
        out = []
        for m in self.index.in_sentence(sentence.index):
            before = text[: m.start].split()[-1:] or [""]
            if before[0] in ("told", "tells", "telling") or (self.type_of.get(m.key) == "place" and m.locative):
                continue
            out.append(m)
        return out

    def party_of(self, person: str | None) -> str | None:
        """The organisation named in a person's role ("Liberal Democrat spokeswoman")."""
        role = self.roles.get(person or "", "")
        for actor in self.index.actors:
            if actor.type == "organization" and any(
                form in role for form in (actor.name, *actor.aliases) if len(form) > 2
            ):
                return actor.name
        return None


def _who(sentence: Sentence, cue: Cue | None, speaker: str | None, context: _Context) -> str:
    """Who commits: the agent of "announced by X", the subject before the cue (a pronoun
    resolved through the speaker or the article's main organisation), an organisation
    named in the sentence, or whoever is speaking."""
    text = sentence.text
    mentions = context.candidates(sentence)
    if cue:
        agents = [m for m in mentions if m.start >= cue.end and _BY_AGENT.search(text[: m.start])]
        if agents:
            return agents[0].key
        before = [m for m in mentions if m.end <= cue.start and m.key != speaker]
        clause = text[: cue.start]
        if _PARTY.search(clause[-40:]) and context.party_of(speaker):
            return context.party_of(speaker)
        if before:
            return before[-1].key
        pronoun = list(_SUBJECT_PRONOUN.finditer(clause[-60:]))
        if pronoun:
            word = pronoun[-1].group().lower()
            if speaker and word in ("i", "we", "he", "she"):
                return speaker
            if word == "it" or word.startswith("the "):  # a person reporting about "it" (a plan), else the company
                if speaker and context.type_of.get(speaker) == "person" and lexicon.SPEECH_RE.search(text):
                    return speaker
                if context.main_organisation:
                    return context.main_organisation
    organisations = [m.key for m in mentions if context.type_of.get(m.key) == "organization" and m.key != speaker]
    if organisations:
        return organisations[-1]
    return speaker or "article"


def score(text: str, cue: Cue | None, has_subject: bool) -> float:
    """How strongly a sentence commits someone (THRESHOLD and above: a commitment)."""
    if cue is None:
        return 0.0
    total = cue.weight + (1.0 if _AMOUNT.search(text) else 0.0) + (1.0 if _DEADLINE.search(text) else 0.0)
    total += 1.0 if has_subject else 0.0
    if _CALL_ON_OTHERS.search(text):
        total -= 3.0
    if _HYPOTHETICAL.search(text):
        total -= 3.0
    if _BELIEF.search(text):
        total -= 2.0
    return total


def extract(sentences: Sequence[Sentence], index: ActorIndex, speakers: Sequence[str | None]) -> list[Commitment]:
    """Commitments in article order."""
    context = _Context(index)
    out: list[Commitment] = []
    open_topic = False  # the previous sentence named a commitment whose items may follow
    for sentence, speaker in zip(sentences, speakers, strict=True):
        text = sentence.text
        mentions = context.candidates(sentence)

        def subject_before(position: int, text=text, mentions=mentions) -> bool:
            window = text[max(0, position - 50) : position]
            near = any(0 <= position - m.end <= 50 for m in mentions)
            return near or bool(_SUBJECT_PRONOUN.search(window))

        def subject_right_before(position: int, text=text, mentions=mentions) -> bool:
            """Someone who can commit just before "would" (not "the aid would prolong")."""
            near = any(0 <= position - m.end <= 2 for m in mentions)
            return near or bool(_ANIMATE_BEFORE.search(text[max(0, position - 30) : position]))

        cue = best_cue(text, subject_before, subject_right_before)
        committed = score(text, cue, cue is not None and subject_before(cue.start)) >= THRESHOLD
        inherited = open_topic and bool(_ENUMERATION.search(text)) and not _CALL_ON_OTHERS.search(text)
        open_topic = bool(_TOPIC.search(text)) or inherited
        if not (committed or inherited):
            continue
        amount = _AMOUNT.search(text)
        deadline = _DEADLINE.search(text)
        out.append(
            Commitment(
                sentence=sentence.index,
                text=text,
                who=_who(sentence, cue if committed else None, speaker, context),
                what=_what(text, cue if committed else None),
                amount=amount.group().strip() if amount else None,
                deadline=deadline.group().strip() if deadline else None,
            )
        )
    return out
