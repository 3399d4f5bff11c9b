"""Commitments: who pledged, planned or promised what, with amounts and deadlines.

A sentence commits someone when it carries a commitment cue (will, plans to,
pledged, agreed, committed, is to, announced, proposals...) that is not only a
call on others (must, should, urged). A sentence that enumerates the items of
a commitment named just before it ("the first thing ... is the new command")
inherits it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Commitment, Sentence
from .actors import ActorIndex

_VERBAL = re.compile(
    r"\b(?:will|would|shall|'ll|plans? to|planned to|planning to|pledged?s?|promised?s?|vow(?:ed|s)?|"
    r"agreed?s?|commits?|committed|"
    r"(?:is|are|was|were) (?:set |due |going )?to (?!be (?:\w+ )?(?:said|seen|noted|asked))|"
    r"intends? to|aims? to|announced|unveiled|launched|to launch|propos(?:ed|es)|to invest|allocated?|earmarked?)\b",
    re.IGNORECASE,
)
_NOMINAL = re.compile(r"\b(?:commitments?|pledges?|promises?|proposals?|plans?|funding|package)\b", re.IGNORECASE)
_CALL_ON_OTHERS = re.compile(
    r"\b(?:must|should|ought to|urged?|urging|called on|calls on|need to|needs to)\b", re.IGNORECASE
)
_ENUMERATION = re.compile(
    r"^(?:as well as|in addition|also|first|second|third|the first|the second)\b|\bthe (?:first|second|next) thing\b",
    re.IGNORECASE,
)
_NOT_COMMITMENT = re.compile(r"\b(?:would (?:be|have) been|would not|will not be|if\b|unless\b)", re.IGNORECASE)

_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_SCALE = r"(?:\s?(?:bn|billion|million|m|trillion|tn|thousand|k))?"
_AMOUNT = re.compile(
    rf"(?:[£$€¥]\s?{_NUMBER}{_SCALE}\b"
    rf"|\b{_NUMBER}{_SCALE}\s?(?:euros?|dollars?|pounds?|yen|yuan|roubles?|rubles?|hryvnias?|francs?|rupees?|pence)\b"
    rf"|\b{_NUMBER}\s?(?:%|per ?cent\b|percent\b)"
    rf"|\b{_NUMBER}{_SCALE}\s(?:troops|soldiers|jobs|homes|people|workers|staff|tonnes|tons|barrels|weeks|months|years|days)\b)",
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


def is_commitment_sentence(text: str) -> bool:
    """A commitment cue that binds someone, not only a call on others or a hypothetical."""
    if _NOT_COMMITMENT.search(text):
        return False
    cue = _VERBAL.search(text) or _NOMINAL.search(text)
    if not cue:
        return False
    return not (_CALL_ON_OTHERS.search(text) and not _VERBAL.search(text))


def _what(text: str, cue: re.Match | None) -> str:
    """The committed thing: the sentence from its cue on, without the reporting frame."""
    span = text[cue.start() :] if cue and cue.start() < len(text) // 2 else text
    if " is " in span and _ENUMERATION.search(text):
        span = span.split(" is ", 1)[1]
    span = _LEAD_IN.sub("", _TRAILING_FRAME.sub("", span.strip()))
    return span.rstrip(" .;:!?\"”'’")


def _who(sentence: Sentence, index: ActorIndex, cue: re.Match | None, speaker: str | None) -> str:
    """The committing actor: the subject before a verbal cue, else an organisation named
    in the sentence, else whoever is speaking."""
    types = index.type_of
    mentions = [m for m in index.in_sentence(sentence.index) if m.key != speaker]
    if cue and _VERBAL.fullmatch(cue.group()):
        before = [m for m in mentions if m.end <= cue.start() and types.get(m.key) != "place"]
        if before:
            return before[-1].key
    orgs = [m.key for m in mentions if types.get(m.key) == "organization"]
    if orgs:
        return orgs[-1]
    return speaker or "article"


def extract(sentences: Sequence[Sentence], index: ActorIndex, speakers: Sequence[str | None]) -> list[Commitment]:
    """Commitments in article order."""
    out: list[Commitment] = []
    open_topic = False  # the previous sentence named a commitment whose items may follow
    for sentence, speaker in zip(sentences, speakers, strict=True):
        text = sentence.text
        direct = is_commitment_sentence(text)
        inherited = open_topic and bool(_ENUMERATION.search(text)) and not _CALL_ON_OTHERS.search(text)
        open_topic = bool(_NOMINAL.search(text)) or (inherited and open_topic)
        if not (direct or inherited):
            continue
        cue = _VERBAL.search(text) or _NOMINAL.search(text) if direct else None
        amount = _AMOUNT.search(text)
        deadline = _DEADLINE.search(text)
        out.append(
            Commitment(
                sentence=sentence.index,
                text=text,
                who=_who(sentence, index, cue, speaker),
                what=_what(text, cue),
                amount=amount.group().strip() if amount else None,
                deadline=deadline.group().strip() if deadline else None,
            )
        )
    return out
