"""Key claims: the article's most important assertions, each with its source.

A claim's score starts from the sentence's importance (brief's ranker) and rewards what
makes an assertion worth listing: a named source (one that opens the sentence counts
even when the actor index missed it, and is the claim's source), reported speech (said,
told, according to, warned ...), the actors it is about, hard figures, and findings
(what an inquiry found, what analysts estimated: the established facts a story rests
on). News is written top-down, so the lead and the paragraphs just after it carry the
story's main assertions: a position prior that fades over the first few sentences of the
body (a bullet summary or standfirst above it is display copy, not the article's
assertion: it only fills places nothing else takes). Being in quotation marks earns
nothing by itself: quotes are as often colour as substance, and a bare quote that goes
on with a source's words ("We will not give up.") keeps its source but earns nothing for
it: the named source's bonus goes to the sentence that reports their speech. Calls on
others ("urged", "should") are requests, not assertions, and count less, as do
hypotheticals ("If the plant closes, jobs would go"); a sentence that repeats the
content of a claim already chosen is passed over (MMR on content words), and a source
that already has claims yields to the article's other voices. Commitments are listed on
their own, so they come last here, filling only places no other assertion takes; so does
a source's report of its own plan ("the union said it would strike"), a commitment
whether or not the commitments found it. The lead told in the article's own voice is the
exception: it is the news itself ("The museum is to return 32 objects ..."), a claim even
when the commitments list it too. News introduces each voice with a sentence of
reported speech that names the speaker and sums up their position ("X, the union's
leader, said the cuts were unlawful"); the quotes that follow elaborate it. A study, an
inquiry or an analyst is introduced the same way by what it found or estimated. So the first
sentence that reports a source's speech or finding earns a bonus over that source's later
sentences. A quote that runs over several sentences is one statement, listed once, at
its first line. A member of the public met in passing ("resident Jo Lee, 67, said") gives the
story colour, not one of its key positions: their words count less than a figure's; and a
source the story names throughout is one of its main actors, whose words count more than a
voice heard once. A key assertion says who asserts what about whom, and in what setting: it
runs long, while a short sentence is most often colour or a fragment of a quote ("It was a
shock."), so a sentence earns a bonus for its length, up to a point.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..endings import finished as ends_as_sentence
from ..model import Claim, Sentence
from ..text import words
from . import lexicon, quote_marks
from .actors import ActorIndex

MAX_CLAIMS = 6
# The order in which candidates fill the claims: assertions, then commitments and plans, then display copy.
TIERS = ASSERTION, PLAN, DISPLAY = 0, 1, 2
MIN_WORDS = 6
ATTRIBUTED_BONUS = 0.4  # reported speech of a named source is what "who asserts what" is about
ACTOR_BONUS = 0.1  # per actor named besides the speaker: specific claims beat vague ones
MAX_ACTOR_BONUS = 3
FIGURE_BONUS = 0.3  # numbers, money and percentages: checkable facts, the core of a news claim
CALL_PENALTY = 0.4
CONDITION_PENALTY = 0.4  # a hypothetical ("If ..., it would ...") asserts no fact
SILENCE_PENALTY = 0.8  # a source that says nothing ("declined to comment"): no assertion at all
REDUNDANCY = 0.5  # weight of the overlap with the most similar claim already chosen
DUPLICATE = 0.8  # overlap at which a sentence only repeats a chosen claim
POOL_FACTOR = 8  # candidates considered per claim wanted
SAME_SOURCE = 0.4  # per claim already given to a source, scaled by how little of the article that source voices
SPEECH_BONUS = 0.4  # a reporting verb marks an assertion even when its source is unnamed ("analysts said")
LEAD_BONUS = 0.4  # the lead's weight; sentence i gets LEAD_BONUS / (1 + i / LEAD_DECAY)
LEAD_DECAY = 4.0  # sentences over which the position prior halves
FINDING_BONUS = 0.4  # an established fact: what an inquiry found, an analyst estimated
FIRST_VOICE_BONUS = 0.4  # the sentence that introduces a source's speech or finding states their position
LAY_PENALTY = 0.4  # a member of the public met in passing: colour, not one of the story's key voices
LAY_MENTIONS = 2  # a voice named in more sentences than this is one of the story's figures
PROMINENCE_BONUS = 0.2  # a source named throughout the story is one of its main actors, not a passing voice
PROMINENT_MENTIONS = 10  # mentions at which a source earns the whole prominence bonus
LENGTH_BONUS = 0.7  # a key assertion carries its source, its content and its context: it runs long
FULL_LENGTH = 40  # words at which a sentence earns the whole length bonus

# Words that make a source a member of the public, said of them where they are named: an age in
# apposition ("Jo Lee, 67,"), or what they are to the story ("resident Jo Lee", "Jo Lee, a commuter").
_LAY_WORDS = (
    r"(?i:residents?|customers?|passengers?|shoppers?|commuters?|neighbou?rs?|parents?|mum|mother|dad|father"
    r"|grandmother|grandfather|grandad|pensioner|owner|landlady|regulars?|locals?|fans?|holidaymakers?|villagers?"
    r"|organi[sz]er|volunteer|tenants?|patients?|motorists?|drivers?|students?|pupils?)"
)
_LAY_BEFORE = re.compile(rf"\b{_LAY_WORDS}(?:-of-\w+)?\s+(?:[\w'’-]+\s+){{0,2}}$")
_LAY_AFTER = re.compile(rf",\s(?:\d{{1,3}},|(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?{_LAY_WORDS}\b)")
_FIGURE = re.compile(r"[£$€¥]\s?\d|\d\s?%|\b\d[\d,.]*\s?(?:bn|m|billion|million|per ?cent)\b|\b\d{2,}[\d,]*\b")
# A sentence that opens with a condition states what would follow if it held, not a fact:
# "If the plant closes, 300 jobs would go."
_CONDITION = re.compile(r"^[\"'“‘]?(?:If|Unless)\b")
# A source reporting what it, or the body it speaks for, will do: a plan, which brief lists with
# the commitments, not an assertion of fact or judgment ("the union said it would strike",
# "she said her department plans to ..."); "it would be ..." judges, and stays.
_BODIES = sorted({w.lower() for w in lexicon.ORG_WORDS if w.isalpha()} | lexicon.ORG_DESCRIPTORS, key=len, reverse=True)
_PLAN = re.compile(
    r"\b(?:said|says|told [\w ]{0,30}?|confirmed|insisted)\s+(?:that\s+)?"
    r"(?:it|he|she|they|we|(?:his|her|its|their)\s+(?:[\w-]+\s+)?\w+|the\s+(?:" + "|".join(_BODIES) + r"))"
    r"\s+(?:would|will|was going to|is going to|planned to|plans to|intended to|intends to|expected to|expects to"
    r"|hoped to|hopes to)\b(?!\s+be\b)"
)
# A source saying it says nothing: "declined to comment", "does not comment on", "could not be
# reached for comment", "did not respond to a request for comment", "is in close contact with".
_SILENCE = re.compile(
    r"\b(?:declined|refused|would not|wouldn't|does not|doesn't|did not|didn't|do not) (?:immediately )?"
    r"(?:to )?(?:comment|respond)|\bcould not be reached\b|\bno comment\b|\bin close contact with\b",
    re.IGNORECASE,
)
_CALL = re.compile(r"\b(?:urged?|urging|called on|calls on|should|must|ought to)\b", re.IGNORECASE)
# Verbs of reported speech and stance: the sentence asserts something on someone's word (also
# "called the project the largest investment": a judgment; not "called on" or "called for", calls).
# Narrower than lexicon.SPEECH_RE, which also finds the speakers of announcements, calls and
# demands ("announced", "urged", "called"): those are not assertions, and rewarding them
# lowered the dev claims recall from 0.67 to 0.57.
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|according to|argued?s?|warn(?:s|ed)|claim(?:s|ed)|insist(?:s|ed)"
    r"|stress(?:es|ed)|believes?|describe[sd]|admit(?:s|ted)|denie[sd]|accuse[sd]|dismisse[sd]"
    r"|condemn(?:s|ed)|critici[sz]e[sd]|blame[sd]|call(?:s|ed)(?! (?:on|for|off|in|up|out|back)\b))\b",
    re.IGNORECASE,
)
# A sentence that opens with a name of two capitalised words or more and goes on to its
# verb of speech names its source, even one the actor index does not know ("Harbour Rail
# Watch, a passengers' group, said ..."); "Analysts said" names no one.
_NAMED_SOURCE = re.compile(
    # (not an article and a description a tabloid shouts: "A MUM-of-three has told of ...")
    r"^(?:The )?(?!An? )(?P<name>[A-Z][\w&'’-]*(?: (?:of |for |to |and |the |& )*[A-Z][\w&'’-]*)+)(?: \([A-Z]{2,}\))?"
    r"(?:, (?:[^,]|(?<=\d),(?=\d{3})){1,80},)? (?:has |have |had |also )?"  # (an aside may hold "1,400")
    r"(?:said|says|told|warned|argued|insisted|claimed|estimated|calculated|found|concluded|confirmed)\b"
)
# A verb of speech in the passive reports what was said of its subject, by no one named ("is
# accused of", "is said to be", "was told"): no source's assertion.
_PASSIVE = re.compile(lexicon.PASSIVE_BEFORE + "$")
# "..., saying the price was fair": a participle after a comma reports its subject's words.
_PARTICIPLE = re.compile(
    r", (?:saying|arguing|warning|insisting|claiming|accusing|blaming|describing|denying"
    r"|calling(?! (?:on|for|off|in|up|out|back)\b))\b"
)
# What an inquiry, a study, a count or an analyst established: a finding is the fact the
# story rests on ("the audit found ...", "analysts estimated ...", "figures show ...",
# "projections suggest ...", "analysts predicted ..."), and so is a fact the article takes from
# a record ("according to figures from the regulator", "records obtained by the paper").
_FINDING = re.compile(
    r"\b(?:found|finds|estimated|estimates|calculated|calculates|concluded|concludes|confirmed|confirms|predicted|predicts"
    r"|suggest|suggests"
    r"|showed|(?<![Tt]he )(?<![Aa] )shows?)\b(?!\s+(?:out|up)\b)"
    r"|\b[Aa]ccording to (?:[\w.'’-]+ ){0,4}?(?:data|figures|records|documents|filings?|statistics|accounts)\b"
    r"|\b(?i:data|figures|records|documents|filings?|statistics|accounts) (?:obtained|seen|reviewed|filed|published)\b"
)
# A line that ends without a full stop, question or exclamation mark is display copy: a
# tabloid's bullet summary, a broadsheet's standfirst, a prompt to comment. It sums up (or
# sells) the story the body then tells in sentences; the body's sentence is the claim (endings.finished).
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "but",
        "that",
        "this",
        "it",
        "its",
        "is",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "by",
        "with",
        "as",
        "at",
    ]
)


def _content(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in words(text) if w.lower() not in _STOP)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _select(candidates: list[tuple], chosen: list[tuple], limit: int, share: dict[str, float]) -> None:
    """Add to ``chosen`` the best of ``candidates`` one at a time until it holds ``limit``
    (MMR: content overlap with a chosen claim and a source's earlier claims count against)."""
    # Penalties only lower a score, so the best picks are among the best raw scores.
    candidates = sorted(candidates, key=lambda c: (-c[0], c[1]))[: POOL_FACTOR * limit]
    while candidates and len(chosen) < limit:
        candidates = [c for c in candidates if all(_overlap(c[4], k[4]) < DUPLICATE for k in chosen)]
        if not candidates:
            break

        def adjusted(c: tuple) -> float:
            repeats = sum(1 for k in chosen if c[3] and k[3] == c[3])
            redundancy = REDUNDANCY * max((_overlap(c[4], k[4]) for k in chosen), default=0.0)
            return c[0] - redundancy - SAME_SOURCE * repeats * (1 - share.get(c[3], 0.0))

        best = max(candidates, key=lambda c: (adjusted(c), -c[1]))
        chosen.append(best)
        candidates.remove(best)


def extract(
    sentences: Sequence[Sentence],
    importance: Sequence[float],
    speakers: Sequence[str | None],
    index: ActorIndex,
    exclude: set[int],
    limit: int = MAX_CLAIMS,
) -> list[Claim]:
    """The ``limit`` most important assertions, most important first (``choose`` of
    ``scored``)."""
    return choose(scored(sentences, importance, speakers, index), speakers, exclude, limit)


def scored(
    sentences: Sequence[Sentence], importance: Sequence[float], speakers: Sequence[str | None], index: ActorIndex
) -> list[tuple]:
    """Every candidate assertion with its score: (score, sentence index, text, source, content words,
    tier: ASSERTION, PLAN or DISPLAY, whether it is the news lead in the article's own voice).
    Apart from ``choose``, so that a long article scores its claims while its commitments are found."""
    top = max(importance, default=0.0) or 1.0
    out = []
    named_in = {a.name: a.mentions for a in index.actors}
    introduced: set[str] = set()  # sources whose speech the article has already reported
    body = 0  # the article's sentences so far: its lead is the first, after any display copy
    for sentence, score, who in zip(sentences, importance, speakers, strict=True):
        text = sentence.text.rstrip()
        position = body
        finished = ends_as_sentence(text)
        body += finished
        speech = _speech(text)
        finding = _FINDING.search(text) is not None
        first_voice = bool(who) and (speech or finding) and who not in introduced
        if first_voice:
            introduced.add(who)
        if text.endswith("?") or len(words(text)) < MIN_WORDS:
            continue
        named = {m.key for m in index.in_sentence(sentence.index)} - {who}
        # Speech is reported by a verb (any that names a speaker, "added", "announced" ...), or by
        # the attribution line under a block quote; a bare quote only goes on with it.
        reported = bool(who) and (speech or sentence.speaker is not None or lexicon.SPEECH_RE.search(text) is not None)
        named_source = None if who else _NAMED_SOURCE.match(text)
        if named_source:
            who, reported = _untitled(named_source.group("name")), True
        score = score / top + (ATTRIBUTED_BONUS if reported else 0.0) + ACTOR_BONUS * min(len(named), MAX_ACTOR_BONUS)
        score += SPEECH_BONUS if speech else 0.0
        score += FINDING_BONUS if finding else 0.0
        score += FIRST_VOICE_BONUS if first_voice else 0.0
        score += FIGURE_BONUS if _FIGURE.search(text) else 0.0
        score -= CALL_PENALTY if _CALL.search(text) else 0.0
        score -= CONDITION_PENALTY if _CONDITION.match(text) else 0.0
        score -= SILENCE_PENALTY if _SILENCE.search(text) else 0.0
        lay = bool(who) and reported and named_in.get(who, 0) <= LAY_MENTIONS and _lay(text, who, index, sentence)
        score -= LAY_PENALTY if lay else 0.0
        score += PROMINENCE_BONUS * min(named_in.get(who, 0), PROMINENT_MENTIONS) / PROMINENT_MENTIONS if who else 0.0
        score += LEAD_BONUS / (1 + position / LEAD_DECAY)
        score += LENGTH_BONUS * min(len(words(text)), FULL_LENGTH) / FULL_LENGTH
        tier = DISPLAY if not finished else PLAN if _PLAN.search(text) else ASSERTION
        news = finished and position == 0 and not who
        out.append((score, sentence.index, sentence.text, who, _content(text), tier, news))
    return _one_per_quote(out, sentences)


def _lay(text: str, who: str, index: ActorIndex, sentence: Sentence) -> bool:
    """Whether the sentence names its source as a member of the public ("resident Jo Lee",
    "Jo Lee, 67,"): a voice of colour, whom a busy reader can skip for the story's figures."""
    named = [m for m in index.in_sentence(sentence.index) if m.key == who]
    spans = [(m.start, m.end) for m in named] or [(k, k + len(who)) for k in [text.find(who)] if k >= 0]
    return any(
        _LAY_BEFORE.search(text, max(0, start - 40), start) or _LAY_AFTER.match(text, end) for start, end in spans
    )


def _speech(text: str) -> bool:
    """Whether ``text`` reports someone's words: a verb of speech not in the passive, or a
    participle after a comma ("..., saying the price was fair")."""
    active = any(not _PASSIVE.search(text, 0, verb.start()) for verb in _SPEECH.finditer(text))
    return active or _PARTICIPLE.search(text) is not None


def _untitled(name: str) -> str:
    """A name without the title before it: "Partner Jo Lee" -> "Jo Lee"."""
    parts = name.split()
    titles = [k for k, part in enumerate(parts) if part in lexicon.TITLE_WORDS]
    return " ".join(parts[titles[-1] + 1 :]) if titles and len(parts) - titles[-1] > 2 else name


def _one_per_quote(candidates: list[tuple], sentences: Sequence[Sentence]) -> list[tuple]:
    """A quote of several sentences is one statement, listed where it opens (its first line
    is what the speaker leads with) with the score of its best sentence: often the one that
    names the speaker at its end ('"... ," she said.')."""
    by_index = {c[1]: c for c in candidates}
    for run in quote_marks.runs(sentences):
        opening = by_index.get(sentences[run[0]].index)
        if len(run) < 2 or opening is None:
            continue
        parts = [by_index.pop(sentences[k].index) for k in run if sentences[k].index in by_index]
        best = max(c[0] for c in parts)
        by_index[opening[1]] = (best, *opening[1:])
    return sorted(by_index.values(), key=lambda c: c[1])


def choose(candidates: list[tuple], speakers: Sequence[str | None], exclude: set[int], limit: int) -> list[Claim]:
    """The ``limit`` best of ``scored``'s candidates. The sentences in ``exclude`` (the
    commitments) come only after every other assertion: a short article that has fewer than
    ``limit`` of those still states its deals and pledges as facts ("X has agreed a deal"),
    and they are better claims than none. Display copy (lines with no full stop) comes last."""
    # A source's report of its own plan is a commitment too, whether or not the commitments found it;
    # but the lead told in the article's own voice is the news itself ("The museum is to return 32
    # objects ..."), an assertion even when it states a plan, unlike a source's plan ("X said it would").
    tiers = [c[5] if c[6] else max(c[5], PLAN) if c[1] in exclude else c[5] for c in candidates]
    assertions, pledges, display = ([c for c, t in zip(candidates, tiers, strict=True) if t == k] for k in TIERS)
    # A brief's claims should cover the article's voices, in proportion to how much each
    # speaks: a source's every claim already chosen costs its next one in proportion to the
    # attributed sentences voiced by others, so the sole voice of an interview is never held back.
    voiced = [w for w in speakers if w]
    share = {w: voiced.count(w) / len(voiced) for w in set(voiced)}
    chosen: list[tuple] = []
    _select(assertions, chosen, limit, share)
    _select(pledges, chosen, limit, share)
    _select(display, chosen, limit, share)
    return [Claim(sentence=c[1], text=c[2], who=c[3] or "article") for c in chosen]
