"""Who asserts each sentence: the source of reported speech, quotes and block quotes."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from itertools import pairwise

from ..model import Sentence
from ..patterns import LazyPattern
from . import lexicon
from .actors import ActorIndex, Mention
from .names import strip_possessive
from .quote_marks import open_after, quoted_spans, runs
from .registry import plain_apostrophes

# "according to X", and a quote's attribution in the sentence after it: "That was the promise
# from Jane Doe", "the words of the minister".
_ACCORDING = LazyPattern(
    r"\b(?:according to|(?:promise|pledge|vow|words|message|warning) (?:(?:(?:came|comes) )?(?:from|of)"
    r"|(?:was|were) (?:made|given|delivered) by))\s+",
    re.IGNORECASE,
)
# "according to figures presented by the finance chief", "to records cited by the attorney
# general's office": whoever brings the record out vouches for it.
_RECORD_BY = LazyPattern(
    r"(?:[\w-]+\s+){0,2}(?:data|figures|records|documents|filings?|statistics|accounts|estimates)\s+"
    r"(?:presented|released|published|compiled|cited|provided|issued|produced|shared)\s+by\s+"
)
_OPENING_QUOTE = LazyPattern(r"^\s*[\"“‘']")
_RECORD = LazyPattern(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:data|figures|records|documents|filings?|statistics|accounts)\b")
# A sentence that opens by saying whose the quote before it was: "The pledge came from Jo Lee".
_NAMES_THE_QUOTE = LazyPattern(
    r"^(?:That|The|This|Those|These) (?:(?:was|were) the )?(?:promise|pledge|vow|words|message|warning)s? "
    r"(?:(?:(?:came|comes) )?(?:from|of)|(?:was|were) (?:made|given|delivered) by)\b"
)
# A study's author speaks through its findings: "a report published on Monday by the audit
# office found ...", "an analysis by the think tank Jones & Co estimated ...".
_AUTHORED = LazyPattern(
    r"\b(?:an?|the|its|their|his|her|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:report|study|analysis|survey|review|audit|investigation|inquiry|poll|assessment)"
    r"(?:\s+[\w-]+){0,5}?\s+by\s+(?:the\s+)?",
    re.IGNORECASE,
)
# The verbs whose subject is a sentence's source: reported speech, and what a study or an
# analyst established ("the institute calculated that ...", "the audit found that ...").
_SOURCE_VERB = LazyPattern(
    lexicon.SPEECH_RE.pattern + r"|\b(?:found|finds|calculated|calculates|showed|shows)\b(?= that\b)"
    r"|\b(?:expects?|projected|forecasts?)\b(?! (?:to|by)\b)"  # a forecast is its source's: "Analysts at Acme expect"
    r"|\bprojects\b(?= (?:that|the|an?|\d))"  # ("The institute projects the shortfall at $2bn"; not "two projects")
    r"|\b(?:was|were|is|are|has been|had been) (?:widely )?quoted as saying\b"  # a passive whose subject spoke
)
# Verbs that report speech only when they frame a quote ('"Why now?" asked Jo Lee', '"Run!" she
# shouted'): elsewhere "asked" is a request ("asked the council to act") and "cried" no speech.
_FRAMING_VERB = LazyPattern(
    r"\b(?:asked|asks|shouted|shouts|cried|exclaimed|screamed|yelled|whispered|sighed|wondered|pleaded|begged)\b"
)
_QUOTE_JUST_BEFORE = LazyPattern(r"[,.!?][\"”’']\s+(?:[\w'’.-]+\s+){0,4}$")
_AUTHOR_SPAN = 40  # characters of description between "by" and the author's name
# "said that X ...": a name after the verb and "that" opens the reported clause; it is not the speaker.
_THAT = LazyPattern(r"\bthat\b")
# Verbs whose name after them is their object, never an inverted speaker: "urged Acme to ...",
# "told Jo Lee that ...", "welcomed Acme's plan" (unlike "..., said Jo Lee").
_TAKES_OBJECT = LazyPattern(
    r"told|tells|urge[sd]|warn(?:s|ed)|accuse[sd]|welcome[sd]|call(?:s|ed)|praise[sd]|critici[sz]e[sd]|blame[sd]"
    r"|condemn(?:s|ed)|attack(?:s|ed)|question(?:s|ed)|demand(?:s|ed)|describe[sd]|deni(?:es|ed)|dismisse[sd]"
)
# What a defendant admits or denies in court is a charge: a plea, not speech.
_PLEA = LazyPattern(r"\s+(?:[\w-]+\s+){0,2}(?:counts?|charges?|offences?|offenses?)\b")
# Senses of a verb of speech that say nothing: a phrasal verb ("called in administrators",
# "called off the strike") and a set of accounts ("reported a loss", "reports record profits").
_NOT_SPEECH = LazyPattern(
    r"call(?:s|ed)\s+(?:in|off|up|time)\b"
    r"|report(?:s|ed)\s+(?:an?\s+|its\s+|their\s+)?(?:[\w£$€.,-]+\s+){0,3}?"
    r"(?:profits?|loss(?:es)?|revenues?|sales|earnings|turnover|income|deficits?|surplus)\b"
)
# A verb of speech whose subject does not assert the sentence: a passive ("was admitted to
# hospital", "has been accused of", "is said to be") names who was spoken of, and an aside
# ("fined £2m, in what the regulator called a failure") only labels the article's own fact.
_NOT_SPEAKING = LazyPattern(
    rf"(?:{lexicon.PASSIVE_BEFORE}|\bwhat\s+(?:[\w'’&.-]+\s+){{1,6}}"
    # ... nor does the writer's own hedge: "it's fair to say", "needless to say", "suffice it to say"
    r"|\b(?i:fair|safe|true|needless|suffice(?: it)?|hard|easy)\s+to\s+)$"
)
# A verb of speech inside a clause of time ("days after the minister warned that", "Even
# before Acme announced it") dates the sentence's own assertion; it does not source it.
_WHEN_CLAUSE = LazyPattern(
    r"\b(?:(?:days|weeks|months|hours|years|shortly|just|soon|even|only|long)\s+)?(?:after|before|since|until)\s+"
    r"[^,;:.!?\"“”]{1,80}$",
    re.IGNORECASE,
)
_FRAMES = LazyPattern(r"\b(?:comes?|came|follows?|followed)\b[^,]{0,20}$")
# "Prices rose by 9%, and the regulator warned that ...": a clause joined after the
# article's own (no quote, no other speech before it) adds a voice; the sentence opens with the article's.
_AND_CLAUSE = LazyPattern(r"^[^\"“”:;]{20,}?,\s+and\s+[^;:\"“”]{1,120}$")
# "X defended the rise, saying ...", "X hit back, telling the Post: ...": the participle's
# speaker is the sentence's subject.
_PARTICIPLE = LazyPattern(
    r", (?:saying|adding|arguing|warning|insisting|claiming|noting|stressing|telling|writing|explaining"
    r"|admitting|declaring|describing|posting)\b"
)
_JOINED = LazyPattern(r"[^,]\s" + lexicon.JOINED_BY_AND)
_DESCRIBED_FIRST = LazyPattern(r"^[^,]{1,60},\s*$")  # "Acme's chief executive, " before the name
# After "said X", a verb within a few words makes X (part of) the reported clause's subject
# ("said Acme stores had closed", "said Acme had closed"); a speaker's name ends or is described.
_CLAUSE_GOES_ON = LazyPattern(r"(?:\s+[a-z]+){0,2}\s+(?:had|has|have|was|were|is|are|would|will|could|should)\b")


# A sentence opening with a person's or a body's office or campaign as the speaker: "Vey's office said …".
_OWNERS_OFFICE = LazyPattern(
    r"[\"“]?(?:(?:But|And) )?(?:[A-Z][\w.'’-]* )*?[A-Z][\w.’-]*?(?P<name>)['’]s (?:press )?(?:office|campaign)"
    r" (?:also )?(?:said|says|told|added|confirmed|announced|estimated|estimates)\b"
)


def _office_named(post: str, index: ActorIndex) -> str | None:
    """The body a post's office is, where the story names it ("the sheriff's office" with the Kelby County
    Sheriff's Office in the story): an institution that speaks as itself, not the post's holder."""
    ending = f"{strip_possessive(post).split()[-1]}'s office".lower()
    return next(
        (
            a.name
            for a in index.actors
            if a.type == "organization" and plain_apostrophes(a.name).lower().endswith(ending)
        ),
        None,
    )


_OFFICE_AFTER = LazyPattern(r"['’]s office\b")
# "The sheriff's office said": a post's office as the subject that speaks.
_POSTS_OFFICE_SAID = LazyPattern(
    r"[\"“]?(?:(?:But|And) )?[Tt]he (?:[a-z-]+ )?(?P<post>[a-z]+)['’]s (?:press )?office (?:also )?"
    r"(?:said|says|told|added|confirmed|announced|estimated|estimates)\b"
)


def _author(text: str, named: list[Mention]) -> str | None:
    """The body or person a study is "by", when the sentence reports one ("a report by X")."""
    authored = _AUTHORED.search(text) if " by " in text else None
    if not authored:
        return None
    if _SOURCE_VERB.search(text, 0, authored.start()) and not _ACCORDING.search(text, 0, authored.start()):
        return None  # (a source who said it first cites the study: "Jo Roe said …, a figure from a study by X")
    end = authored.end()
    by = (m for m in named if 0 <= m.start - end <= _AUTHOR_SPAN and not _CLAUSE_BREAK.search(text[end : m.start]))
    return next((m.key for m in by), None)


# Lower-case words that describe the source named after "according to": "record shop owner",
# "the estate agent"; not a record's ("figures from", "data published by").
_SOURCE_DESCRIPTION = LazyPattern(
    r"(?:(?:the|an?)\s+)?(?:(?!(?:from|by|of|in|at|for|to|on|with|data|figures|records|statistics)\b)[a-z][\w-]*\s+){1,3}"
    r"(?:of\s+(?:the\s+)?)?"  # ... or a post at the body named: "the operations director of Acme"
)


_TITLES_BEFORE = LazyPattern(
    r"(?:[A-Z][a-z]+\s+){0,2}(?:(?:"  # (also after the words that say whose: "District Attorney", "State Senator")
    + "|".join(map(re.escape, sorted(lexicon.TITLE_WORDS | lexicon.TITLE_HEADS | lexicon.HONORIFICS)))
    + r")\.?\s+){1,4}"
)


def _described_to(between: str) -> bool:
    """Whether the words between "according to" and a name only describe it ("record shop owner") or give
    the person's title ("That was the promise from Superintendent Dr. Jo Lee")."""
    return len(between) <= 6 or any(p.fullmatch(between) for p in (_SOURCE_DESCRIPTION, _TITLES_BEFORE))


def _presenter(text: str, position: int, named: list[Mention]) -> str | None:
    """Who brings out the record a sentence is "according to" at ``position``, if the text
    says ("according to figures presented by Jo Lee"): the record is theirs."""
    record = _RECORD_BY.match(text, position)
    if not record:
        return None
    by = [m for m in named if 0 <= m.start - record.end() <= _AUTHOR_SPAN]
    return by[0].key if by and not _CLAUSE_BREAK.search(text, record.end(), by[0].start) else None


def _speaker_from_line(line: str, index: ActorIndex) -> str | None:
    """The person an attribution line under a block quote names."""
    line = plain_apostrophes(line)
    for actor in index.actors:
        if actor.type == "person" and (actor.name in line or any(a in line for a in actor.aliases if " " in a)):
            return actor.name
    return None


# ... the body after its kind in lower case: "Jo Lee of the nonprofit Kelby Tenant Project said".
_AFFILIATION = LazyPattern(
    r"^\s*(?:,|(?:of|from|at)(?: the(?: (?:[a-z][a-z-]*|[A-Z][\w.'’-]*-based)){0,3})?)\s*$"
)  # (also "Jo Lee of the Kelby-based firm Acme LLP said")


_AFTER_QUOTE = LazyPattern(r"[,.!?][\"”’']\s*$")
# One to three parts between commas: "Jo Lee, 72, who has run the club since 2009, said".
# ... the apposition closed, then the verb, an adverb or an auxiliary before it ("…, also said", "…, has said"); not
# another subject ("The victim, Jo Lee, was shot on May 6, investigators said": the investigators')
_APPOSITION_TO_VERB = LazyPattern(
    r"^\s*(?:,[^,]{1,150}){1,3},\s*(?:(?:also|then|later|again|further|now|once|had|has|have|was|is|\w+ly)\s+)?$"
)
_WHICH = LazyPattern(r",\s*(?:(?:the|a|an) (?:[\w'’-]+ ){1,4}?)?(?:which|who|whose|that)\b")
_RELATIVE = LazyPattern(r",\s*(?:which|who|whose)\b[^,]*$", re.IGNORECASE)
_TITLE_SPAN = 50  # characters of title between a speech verb and the name after it
_CLAUSE_BREAK = LazyPattern(r"[,;:.!?\"“”]")
# '"...," replied the Labour candidate, Jo Lee', '"...," said Greece's foreign minister, Jo Lee',
# '"...," said the authority's operations director, Jo Lee': the title, then the name in apposition.
_TITLE_APPOSED = LazyPattern(
    r"\s+(?:the(?:\s[a-z][\w-]*['’]s)?|[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s)\s+(?:[\w-]+\s+){0,3}[a-z]+,\s+"
)
# "it said", "it has also said": a body speaking, right before the verb.
_IT = LazyPattern(r"\b[Ii]t\s+(?:(?:has|had|also|then|later|now|previously)\s+){0,2}$")
_RELATIVE_WORD = LazyPattern(r"\b(?:which|that|what|as)\s+$")
_PRONOUN = LazyPattern(r"\b(?:he|she)\b", re.IGNORECASE)
# A speaker described, not named, right before the verb: "the 58-year-old grinned", "the
# mother-of-two added", "the minister added", "the Portuguese coach said", "the Year 5 pupil
# said" (after a quote, or at the start of a sentence).
_DESCRIBED = LazyPattern(
    r"(?:^|[,.!?][\"”’']?\s*)[Tt]he (?:\d+-year-old|([a-z]+)-of-[a-z]+|(?:[\w-]+ ){0,2}([a-z]+))\s+(?:[a-z]\w*ly\s+)?$"
)
# A person described by age and what they are of a body or a show, right before the verb: "the
# 48-year-old star of Kitchen Rescue told", "the 61-year-old head of Acme said".
_AGED_OF = LazyPattern(
    r"(?:^|[,.!?][\"”’']?\s*)[Tt]he \d{1,3}-year-old(?: [a-z]+){1,2} (?:of|at|for) (?:the )?[A-Z][\w'’&-]*"
    r"(?: [A-Z][\w'’&-]*){0,3}\s+(?:[a-z]\w*ly\s+)?$"
)
_FORMER = LazyPattern(r"\b(?:former|retired|ex-)\s*[a-z]+\s+$")
# A body named by its noun after the verb that ends the sentence: "..., said the association."
_SAID_THE_BODY = LazyPattern(r"\s+the\s+(?:[a-z-]+\s+)??([a-z]+)(?:\s+on\s+\w+|\s+\w+day)?\s*[.!]?[\"”’']?\s*$")
# A body named again by the noun its name ends with, right before the verb: "The agency said",
# "But the commission has also warned" (after the UK Health Security Agency, the Charity Commission).
_DESCRIBED_BODY = LazyPattern(
    r"(?:^|[,.!?;][\"”’']?\s*|\b(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)[Tt]he\s+(?:[a-z-]+\s+)??([a-z]+)"
    r"\s+(?:(?:[a-z]\w*ly|also|has|had|have|then|later|now)\s+){0,2}$"
)
# A body's unnamed officer speaks for it: "The company's lawyer said", "the council's chief executive added".
_BODYS_ROLE = re.compile(
    r"(?:^|[,.!?;][\"”’']?\s*|\b(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)[Tt]he\s+([a-z]+)['’]s\s+(?:[a-z-]+\s+){0,2}?([a-z]+)"
    r"\s+(?:(?:[a-z]\w*ly|also|has|had|have|then|later|now)\s+){0,2}$"
)
_GOES_ON = LazyPattern(r"\b(?:added|adds|continued|went on|also said)\b")
# An unnamed spokesperson speaks for a body: the one the words around name ("an Acme
# spokesman", "a spokeswoman for the trust" with the Westfield NHS Trust in the story), else
# the body named last ("The firm denied it. A spokesman said ..."). "The spokesman" is one
# met before, who may speak for another body.
_SPOKESPERSON = LazyPattern(
    r"\ban?\s+(?:(?:[A-Z][\w&'’-]*\s+){0,3}?([\w-]+)\s+)?spokes(?:man|woman|person)\b"  # "A Kelby Rail spokesman"
    r"(?:\s+for\s+(?:the\s+)?([\w-]+))?[^,;]{0,40}$",
    re.IGNORECASE,
)
# ... and after the verb that ends a quote: '"We are sorry," said a council spokeswoman'.
_SPOKESPERSON_AFTER_VERB = LazyPattern(
    r"\s+an?\s+(?:([\w-]+)\s+)?spokes(?:man|woman|person)\b(?:\s+for\s+(?:the\s+)?([\w-]+))?", re.IGNORECASE
)
# ... or an unnamed officer, by their post at a body named next or by the noun for it: '"...," said the chief
# executive of Acme', '"...," said the managing director, whose family has run Acme', '"...," said the firm's boss'.
_POST_AFTER_VERB = LazyPattern(
    r"\s+the\s+(?:[a-z][\w-]*\s+){0,3}?(?:" + lexicon.ROLE_NOUN_PATTERN + r")(?:\s+(?:of|at|for)"
    r"|,\s+whose\s+family\s+(?:has\s+|have\s+)?(?:long\s+)?(?:run|owned|founded))\s+(?:the\s+)?"
)
_BODYS_POST_AFTER_VERB = LazyPattern(
    r"\s+the\s+([a-z]+)['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + lexicon.ROLE_NOUN_PATTERN + r")\b"
)
# An unnamed officer of a body named by a word of its name: "An Equity official said", "a senior
# Treasury source said", "a Kelby Rovers representative added".
_BODYS_OFFICIAL = LazyPattern(
    r"\b[Aa]n?\s+(?:[a-z]+\s+)?((?:[A-Z][\w&'’-]*\s+){1,3})(?:official|representative|source|insider)\s+(?:[a-z]\w*ly\s+)?$"
)


def _body_by_word(index: ActorIndex, words: str) -> str | None:
    """The one organisation the words name ("Equity", "Kelby Rovers"), whole or as the end of its name."""
    words = words.strip()
    named = [a.name for a in index.actors if a.type == "organization" and (a.name == words or words in a.aliases)]
    named = named or [
        a.name for a in index.actors if a.type == "organization" and f" {a.name} ".find(f" {words} ") >= 0
    ]
    return named[0] if len(named) == 1 else None


_UNNAMED = frozenset({"spokesman", "spokeswoman", "spokesperson", "official"})
# The person a sentence opens with, after a title or description in capitals ("Detective
# Inspector Jo Bell of ...", "Local Labour MP Ann Ray, who ...").
# Also a title in lower case after the body's name: "Acme chairman Sir Jo Bell", "NUJ official Ann Ray",
# or after a possessive: "The striker's agent Jo Bell".
# What a tabloid calls the person its sentence opens with, before the name: "Under-fire owner Jo Vey".
_OPENING_PEOPLE = frozenset(
    ["owner", "landlord", "tycoon", "billionaire", "millionaire", "businessman", "businesswoman"]
)
_OPENS_WITH = LazyPattern(
    # (also a role apposed before the name, "Kelby Athletic's chairman, Jo Roe, made his money", but not one owned
    # by a pronoun: "His landlord, Jo Roe, has agreed" is there for the one "he" goes on to be)
    # (also after a lead-in and as a tabloid describes them: "After the verdict, an emotional Jo Roe thanked the jury")
    r"^[\"“‘']?(?!(?:His|Her|Their) [^,]*,)(?:[A-Z][^,\"“”]{0,40},\s+)?(?:an? [a-z]+\s+)?"
    r"(?:(?:[A-Z][\w.'’-]*|the|of|and|for|&|[a-z]+['’]s|"
    + "|".join(sorted(w for w in lexicon.ROLE_NOUNS | lexicon.PERSON_DESCRIPTORS | _OPENING_PEOPLE if w.isalpha()))
    + r"),?\s+){0,6}$"
)
# Between a subject and its verb: a possessive, an acronym in brackets, an apposition and a
# few words ("IBM (International) has also said", "Rutte once again drew attention").
_ADJACENT = LazyPattern(
    r"^\)?(?:['’]s)?\s*(?:\([^)]{1,20}\)\s*)?(?:(?:,[^,]{1,150}){1,3},\s*)?(?:,\s*|(?:[\w'’\"“”-]+\s+){0,3})$"
)
# People who speak for the body named after them: "analysts at Acme", "officials from the
# ministry", "a spokeswoman for the council". The body is the source, not a setting.
_VOICES = lexicon.VOICE_NOUNS | {"people"}
_VOICE_OF = LazyPattern(r"\b([A-Za-z]+)\s+(?:at|from|for|of|with)\s+(?:the\s+)?$")


def _voiced(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows people who speak for it ("analysts at Acme")."""
    match = _VOICE_OF.search(text, max(0, start - 40), start)
    return bool(match) and match.group(1).lower() in _VOICES


# A group named by a common noun right before the verb is its subject, not the name before it.
_GROUP_SUBJECT = LazyPattern(
    r",\s*(?:officials|analysts|experts|police|authorities|residents|sources|critics|campaigners|witnesses|"
    r"observers|economists|investors|lawyers|doctors|scientists|researchers|forecasters|prosecutors)\s+$"
)

# A name that only qualifies the people who speak: "California fire survivors say", "Kelby
# residents said", "a TikTok star who accused him". They are not the name's voice.
_PEOPLE = (
    r"(?:residents|survivors|victims|families|farmers|voters|workers|people|fans|parents"
    r"|locals|shoppers|commuters|passengers|patients|customers|tenants|users?|stars?|influencers?|creators?)"
)
_PEOPLE_OF = LazyPattern(
    r"^\s+(?:[a-z-]+\s+){0,2}" + _PEOPLE + r"\s+(?:who\s+)?(?:(?:[a-z]\w*ly|also|have|has|had)\s+)?$"
)
# ... or the places they live in: "Residents of Kuala Penyu and Pulau Banggi said", "villagers in Tarn said".
_PEOPLE_IN = LazyPattern(
    r"\b(?i:" + _PEOPLE + r"|villagers|islanders|townspeople)\s+(?:of|in|from|across|around|near)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s+|,?\s+and\s+))*$"
)


def _nearest_before(text: str, mentions: list[Mention], types: dict, position: int, window: int = 60) -> str | None:
    """The subject of a speech verb: the closest mention before it, but the person in
    "Jane Doe of the Health Trust said" or "David Frost, director general of X, said"
    rather than the body they belong to."""
    candidates = [m for m in mentions if m.end <= position and position - m.end <= window + 100]
    if not candidates:
        return None
    people = [m for m in candidates if types.get(m.key) == "person"]
    for m in people:
        # "The Secretary of State, Jo Lee, said": the name in the title's apposition speaks, not
        # whoever else the title was last read as.
        named_after = m.kind == "title" and any(n.start > m.end and n.kind != "title" for n in people)
        if _APPOSITION_TO_VERB.match(text[m.end : position]) and not named_after:
            return m.key
    # "The Nurses Union, which represents 2,400 nurses at three hospitals, said": a body too,
    # when a relative clause, however long, stands between it and the verb, also after a noun
    # ("the union that represents dockers at Kelby,").
    for m in candidates:
        between = text[m.end : position]
        if _WHICH.match(between) and _APPOSITION_TO_VERB.match(between):
            return m.key
    reach = candidates
    candidates = [m for m in candidates if position - m.end <= window]
    if not candidates:
        return None
    chosen = candidates[-1]
    relative = _RELATIVE.search(text[: chosen.start])
    if relative and "," in text[chosen.end : position]:
        # "The state, which owns 41% of Nordvik, said": a name inside a relative clause is
        # not the subject; the name before the clause is, if any, however long the clause.
        candidates = [m for m in reach if m.end <= relative.start()]
        if not candidates:
            return None
        chosen = candidates[-1]
    earlier = [m for m in candidates[:-1] if types.get(m.key) == "person"]
    if types.get(chosen.key) == "place" and earlier:
        return earlier[0].key  # "Zelenskiy thanked Washington but said": the person speaks
    if len(candidates) > 1 and types.get(chosen.key) != "person":
        previous = candidates[-2]
        if types.get(previous.key) == "person" and _AFFILIATION.match(text[previous.end : chosen.start]):
            return previous.key
        bracketed = text[previous.end : chosen.start].strip() == "(" and text.startswith(")", chosen.end)
        if types.get(previous.key) == "person" and bracketed:
            return previous.key  # "Cllr Sunita Rao (Liberal Democrat) said": her party in brackets, not a speaker
    if types.get(chosen.key) == "place" and _PEOPLE_IN.search(text, max(0, chosen.start - 100), chosen.start):
        return None  # "Residents of Kuala Penyu and Pulau Banggi said": the residents speak, not the place
    # Only the subject speaks: "... in Germany, France and Italy, analysts said" is no
    # claim of Italy's.
    between = text[chosen.end : position]
    if between.startswith(")") and text[: chosen.start].endswith("("):
        between = between[1:]  # "the Royal College of Midwives (RCM) said": the short form in brackets
    if not _ADJACENT.match(between) or _GROUP_SUBJECT.search(between) or _PEOPLE_OF.match(between):
        return None  # "... Bellweather Beach, South Carolina, officials said": the officials speak
    possessive = between.startswith(("'s", "’s")) or text[chosen.start : chosen.end].endswith(("'s", "’s"))
    if possessive and not _speaks_for(between.removeprefix("'s").removeprefix("’s")):
        return None  # "the Commission's move, but critics said": not the Commission's words
    return first_conjunct(text, candidates, chosen, types)


def first_conjunct(text: str, candidates: list[Mention], chosen: Mention, types: dict) -> str:
    """The first of the names of one kind a subject joins ("Vexco Haulage and Marlow Freight said they have agreed
    terms", "Acme, Bolt and Vexco said"): a brief names one speaker, and a story names the lead party first."""
    at = candidates.index(chosen)
    while at > 0 and types.get(candidates[at - 1].key) == types.get(chosen.key) != "place":
        joint = text[candidates[at - 1].end : candidates[at].start]
        if joint not in (" and ", ", ", ", and ") or (
            joint == ", " and " and " not in text[chosen.end : chosen.end + 60]
        ):
            break
        at -= 1
    return candidates[at].key


def _last_body(index: ActorIndex, k: int, position: int) -> str | None:
    """The organisation named last before ``position`` in sentence ``k``, else in the three
    sentences before it (a paragraph goes on about its body with "it" and "the company"); not a
    name for what a body has somewhere ("its Kelby workforce")."""
    for j in range(k, max(k - 4, -1), -1):
        for m in reversed(index.in_sentence(j)):
            if j == k and m.end > position:
                continue
            if index.type_of.get(m.key) == "organization" and not m.owned:
                return m.key
    return None


# Last words of a name a noun also stands for: "the charity" is the Kelby Children's Trust,
# "the force" the Dunmere Constabulary or the Kelby Police.
_HEADS_OF = {"charity": ("trust", "foundation", "appeal"), "force": ("constabulary", "police")}


def _body_named(index: ActorIndex, noun: str) -> str | None:
    """The body "the <noun>" names again: the one organisation whose name ends with the noun
    ("the commission": the Charity Commission). The last body named is often another ("the
    company" after its product, "the agency" after the firm it regulates), so no guess."""
    heads = {noun, *_HEADS_OF.get(noun, ())}
    named = [a.name for a in index.actors if a.type == "organization" and a.name.lower().split()[-1] in heads]
    return named[0] if len(named) == 1 else None


_NAME_PHRASE = frozenset({"of", "for", "on"})
# What a body says in writing speaks for it: "the council's ruling said", "the firm's statement added".
_BODYS_WORDS = frozenset(
    {"statement", "ruling", "report", "letter", "website", "filing", "judgment", "submission", "announcement", "notice"}
)


def _for_body(described: re.Match) -> bool:
    """Whether a described speaker is the body itself ("the agency said"), one of its
    officers ("the company's lawyer said") or its words in writing ("the council's ruling
    said"), not a possession ("the firm's shares fell")."""
    role = described.group(2) if described.re is _BODYS_ROLE else None
    return role is None or role in lexicon.ROLE_NOUNS or role in lexicon.PERSON_DESCRIPTORS or role in _BODYS_WORDS


def _body_holding(index: ActorIndex, noun: str) -> str | None:
    """The one organisation whose name is headed by the noun before a phrase: "the museum" for
    the Harwick Museum of Modern Art (but "the charity" is no Charity Commission: a noun any
    body may be called does not name one by a word of its name)."""
    named = [a.name for a in index.actors if a.type == "organization" and _head_noun(a.name) == noun]
    return named[0] if len(named) == 1 else None


def _head_noun(name: str) -> str | None:
    """The noun a body's name is headed by, before its phrase: "museum" in "Harwick Museum of
    Modern Art", "commission" in "Commission for Racial Equality"."""
    words = name.lower().split()
    return next((w for w, after in pairwise(words) if after in _NAME_PHRASE), None)


def _body_meant(
    index: ActorIndex, sentence: Sentence, noun: str, before: str | None, previous: Sentence | None = None
) -> str | None:
    """The body "the <noun>" in ``sentence`` names again: by its name (``_body_named``), else,
    for a noun any body may be called ("the company", "the agency"), the body the sentence
    writes right before that noun ("the Aircrew United union"), else the one it opens with
    ("Acme is recalling 9,000 cars, the company said"), else the body that spoke in the
    sentence before ("The FDA said ... The agency said ...")."""
    generic = noun in lexicon.ORG_DESCRIPTORS
    named = _body_named(index, noun) or (None if generic else _body_holding(index, noun))
    if named or not generic:
        return named
    mentions = index.in_sentence(sentence.index)
    kind = next((m.key for m in mentions if sentence.text.startswith(" " + noun, m.end)), None)
    if kind and _may_be_called(index, kind, noun):
        return kind  # "Members of the Aircrew United union backed ..., the union said": that union
    # A one-word name opening the sentence may be a town read as a body ("Kelby will get a
    # plant, the firm said"); a body that spoke just before is surer.
    opening = mentions[0].key if mentions and mentions[0].start == 0 and " " in mentions[0].key else None
    subject = _subject_before(index, previous) if not noun.endswith("s") else None
    found = next((b for b in (opening, before, subject) if b and _may_be_called(index, b, noun)), None)
    public = noun in lexicon.PUBLIC_BODY_NOUNS
    if found or public:
        ahead = not any(  # (a lead: "the regulator" named later, no body named before it)
            index.type_of.get(m.key) == "organization" for j in range(sentence.index) for m in index.in_sentence(j)
        )
        return found or _last_called(index, sentence.index, noun) or (_only_called(index, noun) if ahead else None)
    # "Accountancy firm Harker Lyle was fined by its regulator. ... The firm said": the one body
    # of the story that may be called so
    return _only_called(index, noun) if noun in lexicon.TRADING_NOUNS else None


# A sentence that names who put one out: "Acme said in a statement", "Acme issued a statement".
_ISSUED = LazyPattern(
    r"\b(?:said|says|announced|added|confirmed)\s+in\s+an?\s+(?:[\w-]+\s+)?(?:statement|letter|filing|release)"
    r"|\b(?:an?|its)\s+(?:[\w-]+\s+)?(?:statement|letter|filing|release)\b"
)


# A sentence in the words of that writing: '"We will appeal," the statement said'.
_WRITING_SAYS = LazyPattern(
    r"\b[Tt]he (?:[\w-]+ )?(?:statement|letter|filing|announcement|notice|release)"
    r" (?:said|says|added|adds|read|reads)\b"
)


def _issuer(sentence: Sentence, index: ActorIndex) -> str | None:
    """The organisation a sentence names as putting out a statement or a letter ("Turkey's Trade Ministry
    called the measure unjustified in a statement on Tuesday"): the first named before those words."""
    issued = _ISSUED.search(sentence.text)
    if not issued:
        return None
    bodies = (
        m.key
        for m in index.in_sentence(sentence.index)
        if m.end <= issued.start() and index.type_of.get(m.key) == "organization"
    )
    return next(bodies, None)


def _only_called(index: ActorIndex, noun: str) -> str | None:
    """The one body of the story that may be "the <noun>", wherever it names it: a lead may call
    a body by its noun before it names it ("Acme will be fined £4m, the industry regulator
    announced. Ofwat said ...")."""
    fitting = [a.name for a in index.actors if _may_be_called(index, a.name, noun)]
    return fitting[0] if len(fitting) == 1 else None


def _subject_before(index: ActorIndex, previous: Sentence | None) -> str | None:
    """The body the sentence before opens with as its subject ("Westerby Rangers have sacked
    their manager. The club said ..."), not as a possessive ("The Tamarack's successor ...")."""
    mentions = index.in_sentence(previous.index) if previous else []
    first = mentions[0] if mentions else None
    if previous is None or first is None or first.start not in (0, 4):
        return None
    possessive = previous.text[first.end - 2 : first.end + 2]
    return None if "'s" in possessive or "’s" in possessive else first.key


def _last_called(index: ActorIndex, k: int, noun: str) -> str | None:
    """The one public body named in the two sentences before ``k``, which "the watchdog" or
    "the agency" names again ("The Gaming Standards Authority opened a case. The watchdog
    said ..."); "the company" or "the group" could be any body, an outlet or a town misread."""
    fitting = [b for b in set(_bodies_before(index, k)) if _may_be_called(index, b, noun)]
    return fitting[0] if len(fitting) == 1 else None


def _bodies_before(index: ActorIndex, k: int) -> Iterator[str]:
    """The organisations named in the two sentences before ``k``."""
    for j in range(max(k - 2, 0), k):
        yield from (m.key for m in index.in_sentence(j) if index.type_of.get(m.key) == "organization")


def _may_be_called(index: ActorIndex, body: str, noun: str) -> bool:
    """Whether ``body`` may be "the <noun>": an organisation, and a public one ("... Authority",
    "... Board") for "the agency", never for "the company"."""
    if index.type_of.get(body) != "organization" or lexicon.other_trade(noun, body):
        return False  # (no airport is "the airline")
    public = lexicon.public_body(body)
    return public if noun in lexicon.PUBLIC_BODY_NOUNS else not (public and noun in lexicon.TRADING_NOUNS)


def _spoken_for(index: ActorIndex, k: int, spokesperson: re.Match) -> str | None:
    """The body an unnamed spokesperson in sentence ``k`` speaks for: the organisation whose
    name holds the word that qualifies them ("a trust spokesman"), else the one named last."""
    qualifier = {w.lower() for w in spokesperson.groups() if w}
    if qualifier:
        bodies = [a.name for a in index.actors if a.type == "organization"]
        # (a firm named with its possessive, "a spokeswoman for Cartwell's": Cartwell's)
        named = [b for b in bodies if qualifier & {strip_possessive(w).lower() for w in b.split()}]
        if "club" in qualifier:  # ... a sports club by the ending of its name ("Kelby Rovers"), a club all the same
            named += [b for b in bodies if b not in named and b.split()[-1] in lexicon.CLUB_ONLY_ENDINGS]
        headed = [b for b in named if lexicon.name_head(b).lower() in qualifier]  # "a university spokesman": no Union
        if len(named) == 1 or len(headed) == 1:
            return named[0] if len(named) == 1 else headed[0]
    if any(w[:1].isupper() for w in spokesperson.groups() if w):
        return None  # "a spokesperson for Tamar Rail", "a Tamar Rail spokesman": a body the index does not list
    return _last_body(index, k, spokesperson.start())


def _speaks_for(between: str) -> bool:
    """After a possessive, a person who speaks for the name: "Acme's chief executive said"."""
    words = {w.lower().strip(",") for w in between.split()}
    return bool(words & (lexicon.ROLE_NOUNS | lexicon.PERSON_DESCRIPTORS))


def _opening_person(sentence: Sentence | None, index: ActorIndex) -> str | None:
    """The person ``sentence`` opens with: who "he said" in the next sentence most likely is."""
    if sentence is None:
        return None
    people = [m for m in index.in_sentence(sentence.index) if index.type_of.get(m.key) == "person"]
    if people and _OPENS_WITH.match(sentence.text[: people[0].start]):
        opener = people[0]
        possessive = sentence.text[opener.start : opener.end].endswith(("'s", "’s", "s'", "s’"))
        owned = _POST_OF_OPENER.match(sentence.text, opener.end) if possessive else None
        if owned:  # "Vey's lawyer, Al Lee, said": the lawyer, whom the possessive only places
            held = [m for m in people[1:] if m.start == owned.end()]
            return held[0].key if held else None
        return people[0].key  # after a title naming a body: "Local Labour MP Ann Ray"
    return None


# A post the opening name's possessive gives, before its holder's name: " lawyer, " of "Jo Vey's lawyer, Al Lee".
_POST_OF_OPENER = LazyPattern(r"\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*,?\s+")


# An apposition or a relative clause between a subject and its verb: "The actress, 44, who plays
# the barmaid, said", "The airport, which handled 2.6 million passengers, says".
_APPOSITION_BEFORE_VERB = LazyPattern(r"(?:,\s*(?:\d{1,3}|(?:which|who|whose)\b[^,;:\"“”]{1,120})){1,2},\s*$")


def _without_apposition(text: str) -> str:
    """``text`` (what comes before a verb) without an apposition or relative clause at its end."""
    apposition = _APPOSITION_BEFORE_VERB.search(text)
    return text[: apposition.start()] + " " if apposition else text


def _described(text: str) -> str | None:
    """When ``text`` ends with a speaker described, not named ("the 58-year-old", "the
    mother-of-two"), the pronoun that may stand for them: "he", "she", or "" when either may."""
    m = _DESCRIBED.search(text[-60:])
    if not m:
        return None
    head, noun = m.groups()
    if noun is not None and _FORMER.search(m.group()):
        return ""  # "the former miner said": what someone used to be is a person's description
    # A spokesperson or an official is seldom anyone named: "the spokesman said".
    if noun is not None and (noun not in lexicon.PERSON_DESCRIPTORS or noun in _UNNAMED):
        return None
    return lexicon.SEX_OF_NOUN.get(head or noun or "", "")


def speaker(
    sentence: Sentence,
    index: ActorIndex,
    paragraph_speaker: str | None,
    last_voice: str | None = None,
    previous: Sentence | None = None,
    asides: bool = False,
    before: str | None = None,
    quoting: str | None = None,
    opened: Mapping[int, str] | None = None,
    framing: Sentence | None = None,
) -> str | None:
    """The actor asserting ``sentence``, or None when the article itself does.
    ``paragraph_speaker`` is the latest speaker in the paragraph so far: an unattributed
    sentence that opens with a quote mark goes on quoting them. ``last_voice`` is the
    person who spoke last: "he said" in a new paragraph is usually them, not whoever was
    last named ("Balls said Brown would stay. He also stressed ..."), unless the sentence
    before opens with another person ("Pastor Jo Bell, who ..., led prayers. He said ...").
    With ``asides``, a voice in a clause the article's own sentence dates or is joined to
    counts too: it is not the sentence's source, but it does speak in the story. ``before``
    is the speaker of the sentence before, whom "the agency said" may name again; ``quoting``
    the quote ("double" or "single") still open from the sentence before, if any; ``opened``
    the pronoun each sentence opens with ("he", "she"), which is its subject (``last_person``); ``framing`` the
    sentence before the quote ``sentence`` closes, when that quote opened sentences before: "Roe, who ..., spoke
    to reporters at the gate. '... . We were wrong,' he said." is Roe's, as a one-sentence quote after it is."""
    if sentence.speaker:
        found = _speaker_from_line(sentence.speaker, index)
        if found:
            return found
    named = index.in_sentence(sentence.index)
    # A name after a preposition ("on Twitter", "in London"), or a place where things are ("offices
    # across Ohio and Indiana"), is never the one speaking ... unless it follows people who speak
    # for it ("analysts at Acme said").
    mentions = [
        m
        for m in named
        if not (
            lexicon.after_preposition(sentence.text, m.start) or (m.locative and index.type_of.get(m.key) == "place")
        )
        or _voiced(sentence.text, m.start)
    ]
    types = index.type_of
    text = sentence.text
    according = _ACCORDING.search(text)
    if (
        according
        and not according.group().lower().startswith("according")
        and open_after(text[: according.start()], quoting)
    ):
        according = None  # '"We heard the message from Washington," said Jo Roe': the quote's words, not its source
    if according:
        after = [m for m in named if m.start >= according.end() and _described_to(text[according.end() : m.start])]
        if after and not _RECORD.match(text, after[0].end):
            # not "according to USDA data": the article's own figures from a record
            office = _office_named(after[0].surface, index) if _OFFICE_AFTER.match(text, after[0].end) else None
            return office or after[0].key
        presenter = _presenter(text, according.end(), named)
        if presenter:
            return presenter
        if re.match(r"(?:him|her)\b", text[according.end() :]):
            return index.last_person(sentence.index - 1)
    author = _author(text, named)
    if author:
        return author
    posts_office = _POSTS_OFFICE_SAID.match(text) if "office" in text else None
    office_named = _office_named(posts_office["post"], index) if posts_office else None
    if office_named:
        return office_named
    office = _OWNERS_OFFICE.match(text) if "office" in text or "campaign" in text else None
    owner = [m.key for m in named if office and office.end("name") <= m.end <= office.end("name") + 2]
    if owner:
        return owner[0]  # "Vey's office said": Vey, whose office speaks for her
    opens_quoting = quoting is not None or _OPENING_QUOTE.match(text) is not None
    participle = _PARTICIPLE.search(text)
    first_verb = _SOURCE_VERB.search(text, 0, participle.start()) if participle else None
    if participle and first_verb is None:
        # "The union was more hostile, arguing that ...; its general secretary, Jo Lee, said":
        # the participle reports the subject the sentence opens with, before any later voice.
        opening = _main_subject(text, mentions, types, participle.start())
        if opening:
            return opening
    for verb in _source_verbs(text):
        if _PLEA.match(text, verb.end()) or _NOT_SPEECH.match(text, verb.start()) or _naming(text, verb):
            continue  # "admitted 22 counts of fraud": a plea in court, which the article reports; "called in"
        if opens_quoting and open_after(text[: verb.start()], quoting):
            continue  # '"She explained she had a contract ..."': the quoted speaker's words, not their source
        if _NOT_SPEAKING.search(text, 0, verb.start()):
            continue  # "was admitted to hospital", "in what the agency called": no one asserts the sentence
        if not asides and (_dated_by(text, verb.start()) or _joined_after_own(text, verb.start())):
            continue  # "..., days after the minister warned that": the article's own sentence
        if _AFTER_QUOTE.search(text[: verb.start()]):
            titled = [  # '"...," said Local 7 President Arlene Duchesne': a title before the name,
                m  # and the person rather than the body in '"...," said AK chief Isaiah Kiplagat'
                for m in mentions
                if 0 <= m.start - verb.end() <= _TITLE_SPAN
                and types.get(m.key) == "person"
                and (
                    not _CLAUSE_BREAK.search(text[verb.end() : m.start])
                    or _TITLE_APPOSED.fullmatch(text, verb.end(), m.start)
                )
            ]
            if titled:
                return titled[0].key
            after = [m for m in mentions if 0 <= m.start - verb.end() <= 8]
            if after:
                return after[0].key  # '"...," added Kiplagat': the speaker follows the verb
            spokesperson = _SPOKESPERSON_AFTER_VERB.match(text, verb.end())
            if spokesperson:
                return _spoken_for(index, sentence.index, spokesperson)  # '"...," said a spokesman for the trust'
            post = _POST_AFTER_VERB.match(text, verb.end())
            body = [m.key for m in mentions if post and m.start == post.end() and types.get(m.key) == "organization"]
            if body:  # '"...," said the chief executive of Acme Foods': an unnamed officer speaks for their body
                return body[0]
            owned = _BODYS_POST_AFTER_VERB.match(text, verb.end())
            meant = _body_meant(index, sentence, owned.group(1), before, previous) if owned else None
            if meant:  # '"...," said the firm's chief executive': the firm's
                return meant
        inverted = _SAID_THE_BODY.match(text, verb.end()) if text[: verb.start()].endswith(", ") else None
        meant = _body_meant(index, sentence, inverted.group(1), before, previous) if inverted else None
        if meant:
            return meant  # "Response times had doubled, said the association."
        subject = _nearest_before(text, mentions, types, verb.start())
        pronouns = [p for p in _PRONOUN.finditer(text[: verb.start()]) if verb.start() - p.end() <= 30]
        if pronouns and (subject is None or pronouns[-1].start() > max(m.end for m in mentions if m.key == subject)):
            said = pronouns[-1].group()  # "he" is not the last voice if she is Maureen
            candidates = (_opening_person(framing or previous, index), last_voice)
            agreeing = [c for c in candidates if c and index.may_be(c, said)]
            return agreeing[0] if agreeing else index.last_person(sentence.index - 1, said.lower(), opened)
        if subject and types.get(subject) != "person" and _AGED_OF.search(text, 0, verb.start()):
            # "The 48-year-old star of Kitchen Rescue told": the person described, not the show
            return index.last_person(sentence.index - 1) or subject
        if subject:
            return subject
        # "Jo Lee has not been charged and denies wrongdoing": a second verb joined by "and"
        # shares the subject the sentence opens with.
        shared = _main_subject(text, mentions, types, verb.start()) if _JOINED.search(text, 0, verb.start()) else None
        if shared:
            return shared
        # "Last month it said ...": the body named last, unless "it" opens a relative clause
        # ("a deal which it had reported as revenue").
        it = _IT.search(text[: verb.start()])
        if it and not _RELATIVE_WORD.search(text[: it.start()]):
            body = _last_body(index, sentence.index, it.start())
            if body:
                return body
        head = _without_apposition(text[: verb.start()])  # "The airport, which ..., says": "The airport says"
        described = _described(head)
        if described is not None:  # named before: "Ioannidis said ... The lawyer added"
            return index.last_person(sentence.index - 1, described or None)
        body = _DESCRIBED_BODY.search(head) or _BODYS_ROLE.search(head)
        meant = _body_meant(index, sentence, body.group(1), before, previous) if body and _for_body(body) else None
        if meant:
            return meant
        spokesperson = _SPOKESPERSON.search(text[: verb.start()]) if "spokes" in text else None
        if spokesperson:
            return _spoken_for(index, sentence.index, spokesperson)
        official = _BODYS_OFFICIAL.search(text, max(0, verb.start() - 60), verb.start())
        body = _body_by_word(index, official.group(1)) if official else None
        if body:
            return body
        after = [  # "said Jane Doe"; not an object's owner ("welcomed Acme's plan") nor "said that Acme ..."
            m
            for m in mentions
            if 0 <= m.start - verb.end() <= 8
            and not text[m.start : m.end].endswith(("'s", "’s"))
            and not _THAT.search(text[verb.end() : m.start])
            and not _CLAUSE_GOES_ON.match(text, m.end)
            and not _TAKES_OBJECT.fullmatch(verb.group())
        ]
        if after:
            return after[0].key
    if participle:
        return _main_subject(text, mentions, types, participle.start())
    if paragraph_speaker and _OPENING_QUOTE.match(text):
        return paragraph_speaker
    return None


def _source_verbs(text: str) -> list[re.Match]:
    """The verbs of speech in ``text``, with those that only frame a quote ('"Why?" asked Jo Lee')."""
    framing = [
        m for m in _FRAMING_VERB.finditer(text) if _QUOTE_JUST_BEFORE.search(text, max(0, m.start() - 40), m.start())
    ]
    found = list(_SOURCE_VERB.finditer(text))
    return sorted(found + framing, key=lambda m: m.start()) if framing else found


# "a documentary called 'No Way Back'", "in a village called Hollin": "called" names a thing.
_THING_CALLED = LazyPattern(r"\S\s+(?:a|an)\s+(?:[\w'’-]+\s+){1,3}$")
_NAME_AFTER = LazyPattern(r"\s+['\"‘“]?[A-Z]")


def _naming(text: str, verb: re.Match) -> bool:
    """Whether the verb is "called" naming a thing the sentence mentions in passing, not a call."""
    return (
        verb.group() == "called"
        and _THING_CALLED.search(text, max(0, verb.start() - 50), verb.start()) is not None
        and _NAME_AFTER.match(text, verb.end()) is not None
    )


def _dated_by(text: str, position: int) -> bool:
    """Whether the verb at ``position`` is in a clause of time that dates the sentence's own
    assertion; not in "The decision comes a week after X warned ...", which only frames X's words."""
    when = _WHEN_CLAUSE.search(text, 0, position)
    return bool(when) and not _FRAMES.search(text, 0, when.start())


# A source set off by a comma right before its verb ("..., the trust said"), and the verb with at most a
# time after it before the sentence ends.
_SOURCE_AFTER_CLAUSES = LazyPattern(r",\s+(?:[\w'’.-]+\s+){1,6}$")
_SENTENCE_ENDS = LazyPattern(r"\w+(?:\s+(?:on\s+)?[\w.]+){0,3}[.!][\"”’']?$")


def _joined_after_own(text: str, position: int) -> bool:
    """Whether the verb at ``position`` is in a clause joined by "and" after one with no voice; not an "and"
    inside a quote in single marks ("'I will write to them, and I will not stop,' she added")."""
    joined = _AND_CLAUSE.match(text[:position])
    comma = text.rfind(", and", 0, position)
    quoted = any(start <= comma < end for start, end in quoted_spans(text[:position]))
    # ... but a source named after the last clause, at the sentence's end, gives the whole sentence: "Pupils
    # will be offered places, and transport will be provided for as long as they attend, the trust said."
    trailing = _SOURCE_AFTER_CLAUSES.search(text, comma + 1, position) and _SENTENCE_ENDS.match(text, position)
    return bool(joined) and not quoted and not _SOURCE_VERB.search(text, 0, comma) and not trailing


def _main_subject(text: str, mentions: list[Mention], types: dict, position: int) -> str | None:
    """The subject the sentence opens with, before ``position``: a name at its start, or the
    person in the apposition of an opening description ("Acme's chief executive, Jo Lee,")."""
    opening = [
        m
        for m in mentions
        if m.end <= position
        and (_OPENS_WITH.match(text[: m.start]) or _DESCRIBED_FIRST.match(text[: m.start]))
        and not _speaks_for(text[m.end : m.end + 20].split(",")[0])  # "the Tory leader": its holder speaks
    ]
    people = [m for m in opening if types.get(m.key) == "person"]
    return next((m.key for m in people + opening), None)


def _within_quotes(sentences: Sequence[Sentence], found: list[str | None]) -> list[str | None]:
    """Sentences in the middle of a quote that runs over several sentences, given its
    speaker: the one named where the quote opens ('Ms Roe said: "We will ...'), else where it
    closes ('... start," she said.')."""
    out = list(found)
    for run in runs(sentences):
        _give(run, out)
    return out


def _give(run: list[int], out: list[str | None]) -> None:
    """The quote's speaker to its unattributed sentences: the first sentence's, else the last's."""
    if not run:
        return
    voice = out[run[0]] or out[run[-1]]
    for k in run:
        out[k] = out[k] or voice


# A spokesperson who speaks unnamed, opening the sentence: "A spokesman for Acme said",
# "An Acme spokeswoman said"; and the sentence after, going on in their voice: "He added:".
_UNNAMED_SPOKESPERSON = LazyPattern(r"^(?:An?|The)\s+(?:[\w&'’.-]+\s+){0,5}?spokes(?:man|woman|person)\s+(?!\(?[A-Z])")
# ... or named after the quote, at the sentence's end: '"...," a county hall spokeswoman said.'
_UNNAMED_SPOKESPERSON_AFTER = LazyPattern(
    r"[,\"”’]\s+(?:an?|the)\s+(?:[\w&'’.-]+\s+){0,5}?spokes(?:man|woman|person)\s+(?:said|added|told [^,.]+)\.[\"”’]?$"
)
_SAME_VOICE_AFTER = LazyPattern(
    r",[\"”’]?\s+(?:he|she|the\s+spokes(?:man|woman|person))\s+(?:also\s+)?(?:added|continued|went on|said)\.[\"”’]?$"
)  # (", the spokesperson said.": the one met in the sentence before)
_SAME_VOICE = LazyPattern(
    r"^(?:He|She)\s+(?:[a-z]\w*ly\s+|also\s+)?(?:added|continued|went on|said|told)\b"
    r"|^The\s+spokes(?:man|woman|person)\s+(?:[a-z]\w*ly\s+|also\s+)?(?:added|continued|went on|said)\b"
)


# A spokesperson named with no body of their own: "Spokeswoman Jo Lee said", "Company
# spokesman Jo Lee said" (not "Labour spokeswoman for health Jo Lee", a politician's portfolio).
_SPOKESPERSON_TITLE = LazyPattern(r"^(?:([A-Z][a-z]+)\s+)?[Ss]pokes(?:man|woman|person)\s+(?=[A-Z])")


def _voice_of_spokesperson(sentence: Sentence, index: ActorIndex, who: str | None) -> str | None:
    """The body a named spokesperson speaks for, when ``who`` is that spokesperson and the
    sentence names no body of theirs: the body named last (they speak its words, not their own)."""
    named = _SPOKESPERSON_TITLE.match(sentence.text)
    qualifier = named.group(1) if named else None
    if not named or (qualifier and qualifier.lower() not in lexicon.ORG_DESCRIPTORS):
        return who
    people = [m for m in index.in_sentence(sentence.index) if m.key == who and m.start == named.end()]
    return (_last_body(index, sentence.index, named.start()) or who) if people else who


def _unnamed_spokesperson(sentence: Sentence) -> bool:
    """Whether an unnamed spokesperson speaks in the sentence ("A spokesman for Acme said ...", '"...," a county
    hall spokeswoman said.')."""
    return bool(_UNNAMED_SPOKESPERSON.match(sentence.text) or _UNNAMED_SPOKESPERSON_AFTER.search(sentence.text))


def _same_voice(sentence: Sentence) -> bool:
    """Whether the sentence goes on in the voice of the sentence before ("He said it would ...", "..., she
    added."): after an unnamed spokesperson's, theirs, not the last person named's."""
    return bool(_SAME_VOICE.match(sentence.text) or _SAME_VOICE_AFTER.search(sentence.text))


# A speaker called the new owner or buyer of what the story is about: "..., the new owner said."
_NEW_OWNER_SAID = LazyPattern(
    r"(?:^|[,.!?][\"”’']?\s*)[Tt]he new (?:owners?|buyers?)\s+(?:[a-z]\w*ly\s+)?(?=" + lexicon.SPEECH_RE.pattern + ")"
)


def _buyer_in(sentence: Sentence, index: ActorIndex) -> str | None:
    """Who a sentence says bought something: the person or body named after "bought by", "sold to"."""
    found = [
        m.key
        for m in index.in_sentence(sentence.index)
        if index.type_of.get(m.key) in ("person", "organization")
        and lexicon.BOUGHT_BY.search(sentence.text, max(0, m.start - 60), m.start)
    ]
    return found[-1] if found else None


# "The 34-year-old wrote:", '"...," the 61-year-old added': the person named with that age.
_AGED_SPEAKER = LazyPattern(
    r"(?:^|[,.!?][\"”’']?\s*)[Tt]he (\d{1,3})-year-old\s+(?:[a-z]\w*ly\s+)?(?=" + lexicon.SPEECH_RE.pattern + ")"
)
_AGE_AFTER_NAME = LazyPattern(r",\s*(\d{1,3}),")


def _ages(sentence: Sentence, index: ActorIndex) -> dict[str, str]:
    """The people ``sentence`` names with their age ("Kerri Mason, 34, ..."), by age."""
    found = {}
    for m in index.in_sentence(sentence.index):
        age = _AGE_AFTER_NAME.match(sentence.text, m.end)
        if age and index.type_of.get(m.key) == "person":
            found[age.group(1)] = m.key
    return found


def _person_in(k: int, index: ActorIndex) -> str | None:
    """The first person sentence ``k`` names (its subject, as news writes it), if any."""
    return next((m.key for m in index.in_sentence(k) if index.type_of.get(m.key) == "person"), None)


def _introduced(k: int, person: str, posts: dict[str, int]) -> bool:
    """Whether sentence ``k`` introduces ``person`` with their post (``posts``: the sentence
    where each person with one is first named), as news brings in a source before their
    quote ("The firm's operations director, Jo Lee, met residents. 'We will cap the site'")."""
    return posts.get(person) == k


# A sentence telling that its subject put out words of their own, which the quote below gives: "Jo Roe issued a
# statement on Tuesday", "... shared a message with fans".
_PUTS_OUT_WORDS = LazyPattern(
    r"\b(?:posted|shared|issued|released|published|put out|wrote|penned|recorded|broke (?:his|her|their) silence)\b"
    r"(?:[^.!?]{0,30}\b(?:apology|statement|message|video|letter|post|tweet|note)\b|\s+(?:in|on|with)\b)"
)


def _puts_out_words(sentence: Sentence | None) -> bool:
    """Whether ``sentence`` tells that its subject put out words of their own (``_PUTS_OUT_WORDS``)."""
    return sentence is not None and _PUTS_OUT_WORDS.search(sentence.text) is not None


def speakers(sentences: Sequence[Sentence], index: ActorIndex) -> list[str | None]:
    """``speaker`` for every sentence, carrying a speaker across the quotes of a paragraph."""
    out: list[str | None] = []
    latest: str | None = None
    voice: str | None = None  # the person who spoke last, across paragraphs
    paragraph = -1
    heard: set[str] = set()  # the people who have spoken so far
    quoting: str | None = None  # the quote left open by the sentence before
    ages: dict[str, str] = {}  # "34" -> the person named with that age ("Kerri Mason, 34,")
    buyer: str | None = None  # whom the story last said bought something: "the new owner"
    issuer: str | None = None  # the body the story last said put out a statement or a letter
    kinds: dict[str, str] = {}  # "charity" -> the body introduced as one: "cycling charity Kelby Safe Roads"
    paragraph_of_quote = -1
    previous: Sentence | None = None
    framing: Sentence | None = None  # the sentence before the quote left open, if any
    unnamed = False  # whether the sentence before is in an unnamed spokesperson's voice
    posts = {a.name: a.sentence for a in index.actors if a.role}
    opened = opening_pronouns(sentences)
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            # A paragraph that is only a quote goes on with the voice of the sentence before: a person's, or an
            # unnamed spokesperson's for their body.
            latest = out[-1] if out and (out[-1] == voice or unnamed) else None
            paragraph = sentence.paragraph
        elif out and out[-1] is None and not _OPENING_QUOTE.match(previous.text if previous else ""):
            # ... but not past the article's own words: "Montana's governor is not waiting.
            # 'We will ...' That promise came from Gov. Jo Lee" is not the last paragraph's voice.
            latest = None
        subject = _person_in(sentence.index - 1, index) if out and out[-1] is None else None
        if subject:
            # An unattributed quote after an article sentence about a source who has spoken
            # is theirs ("Mr Roe has taken the idea to Cambodia. 'We put in 25 laptops ...'");
            # after one about someone who has not, it is no one's we know.
            introduced = _introduced(sentence.index - 1, subject, posts) or _puts_out_words(previous)
            latest = subject if subject in heard or introduced else None
        if sentence.paragraph != paragraph_of_quote and not _OPENING_QUOTE.match(sentence.text):
            quoting = None  # a quote left open ends with its paragraph unless the next opens with a mark
        who = speaker(
            sentence,
            index,
            latest,
            voice,
            previous,
            before=out[-1] if out else None,
            quoting=quoting,
            opened=opened,
            framing=framing if quoting else None,
        )
        framing = framing if quoting else previous  # the sentence before a quote that goes on past this one
        quoting, paragraph_of_quote = open_after(sentence.text, quoting), sentence.paragraph
        goes_on = bool(out and out[-1] and unnamed and _same_voice(sentence))
        who = out[-1] if goes_on else who
        unnamed = goes_on or _unnamed_spokesperson(sentence)
        who = _voice_of_spokesperson(sentence, index, who)
        aged = _AGED_SPEAKER.search(sentence.text)
        who = ages.get(aged.group(1), who) if aged else who
        ages.update(_ages(sentence, index))
        who = buyer if buyer and _NEW_OWNER_SAID.search(sentence.text) else who
        buyer = _buyer_in(sentence, index) or buyer
        # A statement speaks for the body that put it out, a few sentences before: "the statement said".
        who = issuer if who is None and issuer and _WRITING_SAYS.search(sentence.text) else who
        issuer = _issuer(sentence, index) or issuer
        kinds.update(_kinds_introduced(sentence, index))
        said = _KIND_SAYS.match(sentence.text)
        who = kinds.get(said.group(1), who) if said else who
        out.append(who)
        latest = who or latest
        if who and index.type_of.get(who) == "person":
            voice = who
            heard.add(who)
        previous = sentence
    return _attributed_after(sentences, _within_quotes(sentences, _named_after(sentences, index, out)))


_OPENING_PRONOUN = LazyPattern(r"[\"“‘']?(He|She)\b")
# A sentence whose subject is a body called by its kind, before a verb of speech: "The charity says more than …".
_KIND_SAYS = LazyPattern(
    r"(?:(?:But|And) )?[Tt]he ([a-z]+) (?:(?:also|has|had) )?(?=" + lexicon.SPEECH_RE.pattern + ")"
)
_WORD_BEFORE = LazyPattern(r"\b([a-z]+) $")


def _kinds_introduced(sentence: Sentence, index: ActorIndex) -> dict[str, str]:
    """The bodies ``sentence`` introduces by their kind right before their names ("cycling charity Kelby Safe
    Roads", "watchdog group Kelby Watch"): "the charity", "the group" that speaks later is that body, though
    the story names others after it."""
    found = {}
    for m in index.in_sentence(sentence.index):
        word = _WORD_BEFORE.search(sentence.text, 0, m.start) if index.type_of.get(m.key) == "organization" else None
        if word and word.group(1) in lexicon.ORG_DESCRIPTORS:
            found[word.group(1)] = m.key
    return found


def opening_pronouns(sentences: Sequence[Sentence]) -> dict[int, str]:
    """The sentences that open with "he" or "she" (index -> the pronoun): it is their subject."""
    return {s.index: m.group(1).lower() for s in sentences if (m := _OPENING_PRONOUN.match(s.text))}


# A speaker described, not named, before a verb of speech: "the 78-year-old widow told", "the
# mother-of-two said".
_DESCRIBED_SPEAKER = LazyPattern(
    r"(?:^|[,.!?][\"”’']?\s*)[Tt]he (?:\d+-year-old|[a-z]+-of-[a-z]+)(?: [a-z]+)?\s+(?:[a-z]\w*ly\s+)?(?="
    + lexicon.SPEECH_RE.pattern
    + ")"
)


def _named_after(sentences: Sequence[Sentence], index: ActorIndex, found: list[str | None]) -> list[str | None]:
    """A described speaker no one named before ('"...," the 78-year-old widow told the Echo') is
    the person the next sentence names first: tabloids name them after the quote that opens the story."""
    out = list(found)
    for k, sentence in enumerate(sentences[:-1]):
        if out[k] is None and _DESCRIBED_SPEAKER.search(sentence.text) and index.last_person(k - 1) is None:
            out[k] = _person_in(k + 1, index)
    return out


def voices(sentences: Sequence[Sentence], index: ActorIndex, found: Sequence[str | None]) -> list[str | None]:
    """Who speaks in each sentence: its source (``found``, from ``speakers``), else the voice
    of an aside ("Prices rose, and the regulator warned that ..."), which makes its speaker a
    party to the story though the sentence is the article's own."""
    return [
        who or (speaker(s, index, None, asides=True) if _SOURCE_VERB.search(s.text) else None)
        for s, who in zip(sentences, found, strict=True)
    ]


def _attributed_after(sentences: Sequence[Sentence], found: list[str | None]) -> list[str | None]:
    """A quote standing alone with no speaker, attributed in the sentence after it in its
    paragraph ('"We will reopen the line." That was the promise from Jane Doe.'), or at the
    start of the next paragraph by someone who goes on ('Shah, 52, added that ...')."""
    out = list(found)
    for k in range(len(sentences) - 2, -1, -1):
        here, after = sentences[k], sentences[k + 1]
        same = here.paragraph == after.paragraph
        # Or in the paragraph after, when it goes on: 'Shah, 52, added that ...'.
        goes_on = not same and (_GOES_ON.search(after.text[:80]) or _NAMES_THE_QUOTE.match(after.text)) is not None
        named = same and _NAMES_THE_QUOTE.match(after.text) is not None  # (over a voice carried from before)
        alone = (out[k] is None or named) and out[k + 1] and (same or goes_on)
        # A quote that opens and closes within the sentence, and names no source of its own: '"...," the mayor
        # said' is the mayor's, though the story names no mayor, not the next sentence's speaker's.
        if (
            alone
            and _OPENING_QUOTE.match(here.text)
            and open_after(here.text, None) is None
            and not _says_whose(here.text)
        ):
            out[k] = out[k + 1]
    return out


# A quote's close and what follows it: '"We will reopen the line," the mayor said'.
_QUOTE_CLOSED = LazyPattern(r"[,.!?][\"”’']\s")


def _says_whose(text: str) -> bool:
    """Whether a sentence that opens with a quote says after it whose the quote is (a verb of speech)."""
    close = _QUOTE_CLOSED.search(text)
    return close is not None and _SOURCE_VERB.search(text, close.end()) is not None
