"""Who commits: the subject of a pledge, resolved.

Putting a pledge in the wrong mouth is the worst error a brief can make, so the
committer is the grammatical subject of the pledge verb, never an actor merely
named nearby ("announced on Twitter", "outside Downing Street"): the agent of a
passive ("announced by X"), the name right before the verb ("the Tories will"),
the person or body before an apposition ("Jane Doe, head of X, says she will"), or a
pronoun resolved: "I" to the speaker, "we" to the speaker's organisation (named
in their role) or the speaker, "he"/"she" to the speaker or the last person
named, "it"/"they" to the organisation or group named last. With no subject
found, a quote's commitment is its speaker's, else the article's.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from functools import cached_property

from ..endings import finished
from ..model import Actor, Sentence
from ..patterns import LazyPattern
from ..tagging.features import MOSTLY_LOWER, RARELY_CAPITALISED, capitalisation
from . import lexicon
from .actors import ActorIndex, Mention
from .attribution import first_conjunct, opening_pronouns
from .names import POSSESSIVE_ENDINGS, strip_possessive
from .quote_marks import open_after
from .registry import holder, local_council, plain_apostrophes

# Words between a subject and its verb: adverbs, auxiliaries and when ("Jo Lee on Wednesday vowed"),
# also a contracted auxiliary ("We're going to", "they've agreed to").
_BETWEEN = LazyPattern(
    r"(?:['’](?:re|ve|m|d)\b)?(?:\s+(?:[a-z]\w*ly|also|now|still|already|then|not|never|first|again|further|even|once|just|soon|later|"
    r"yesterday|today|tonight|last night|this (?:week|morning|afternoon|evening)|"
    r"on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|has|have|had|is|are|was|were|"
    r"will|would|could|did|does|do|says|said|remains?|remained)"
    # (an aside set off by commas: "It has, however, undertaken", "The board, for its part, will")
    r"|,\s*(?:however|though|meanwhile|too|instead|in turn|in return|in exchange|in the meantime|"
    r"for (?:its|their|his|her|our|my) part),)*\s*$"
)
_PRONOUN = LazyPattern(r"\b(I|we|We|he|He|she|She|they|They|it|It)$")
# "The administrators" as the subject, and how a story names the firm appointed to run a failed
# company: "administrators Pell Harwood", "Pell Harwood, the administrators", "the restructuring firm
# Pell Harwood, which was appointed as administrator".
_THE_ADMINISTRATORS = LazyPattern(r"[\"“‘']?(?:(?:But|And|Now) )?[Tt]he (?:joint )?administrators\b")
_ADMINISTRATORS_BEFORE = LazyPattern(r"\b(?:joint )?administrators?,?\s+$")
_ADMINISTRATORS_AFTER = LazyPattern(
    r",\s+(?:the\s+)?(?:joint\s+)?administrators?\b"
    r"|,\s+(?:which|who)\s+(?:was|were|has been|have been|had been)\s+(?:[a-z]\w*ly\s+)?"
    r"(?:appointed|called in|brought in)"
    r"(?:\s+as)?\s+(?:joint\s+)?administrators?\b"
)
# "Jane Doe, head of X, says she"; "Acme, a 30% shareholder in X, decided to"
_APPOSED = LazyPattern(r"^\s*(?:,[^,]{1,100}){1,3},\s*(?:\w+\s+){0,3}$")  # up to three: "X, R-Ohio, whose ...,"
# The kind of body an agent is said to be before its name, or what it does for another: "by mining firm X", "by
# the charity X", "by ticketing agent X".
AGENT_KIND = r"(?:(?:[a-z][\w-]* )?(?:" + "|".join(sorted(lexicon.ORG_DESCRIPTORS | lexicon.ACTS_FOR)) + r") )?"
_BY_AGENT = LazyPattern(
    r"\b(?!(?:seen|obtained|reviewed|viewed|quoted|cited)\b)"
    # (an irregular participle only in a passive, not describing a noun: "a fund run by the union")
    r"(?:\w+(?:ed|en|wn)|(?:be|been|being|is|are|was|were) (?:\w+ )?"
    r"(?:built|made|run|paid|bought|sold|held|led|kept|brought|dug|spent|sent|lent|set|put))"
    r"(?: (?:out|up|off|over|aside))? by "
    r"(?:(?:the |an? )?"
    r"(?:(?:[A-Za-z][\w-]* )?[A-Za-z][\w-]*['’]s )?"  # an owner: "by the state's X", "the State government's X"
    + rf"(?:{lexicon.GOVERNMENT_LEVEL} )?"  # "by the state Department of Health"
    + AGENT_KIND
    # ... or by its kind, then its name: "built by an Indiana firm, Summit Vehicles", "pledged by the club's owner,
    # Fenwick Holdings", "by the owner of the town's distillery, Kinloch Spirits"
    + r"|(?:an?|the) (?:[\w'’-]+ ){0,3}"
    + lexicon.ORG_DESCRIPTOR_WORDS
    + r"(?: of (?:the |an? )?(?:[\w'’-]+ ){0,2}[\w-]+)?, )"
    + r"(?:[A-Z][\w'-]*\s+(?:(?:and|of|for)\s+)?){0,6}$"
)  # (also after the agent's descriptor: "pledged by mining firm X"; not the outlet that saw a document: "according
# to a copy of the agreement seen by Reuters")
_PARTY = LazyPattern(
    r"\b(?:his|her|their|our) (?:party|company|firm|government|group|team|club|office|department|administration|"
    r"agency|ministry)\s*$"
)
# A name inside the subject's noun phrase, not the subject: "every advert featuring Jo Lee will".
_LEAD_SENTENCES = 2  # the opening of a story, which names what it is about
_INSIDE_SUBJECT = LazyPattern(
    r"\b(?:featuring|including|involving|about|against|linking|connecting)\s+(?:the\s+)?$"
    # ... the ends of a route: "A cycle superhighway between Pontyfelin and Caerwen will open", "a line from X to"
    r"|\b(?:between|from)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:and|to)\s+(?:the\s+)?$"
    r"|\b(?:between|from)\s+(?:the\s+)?$"
)
_HIS_OFFICE = LazyPattern(r"\b(?:his|her|their) office\s*$")
# A body its head names by a possessive and its noun, opening the clause: "His office will not ask", "Her group plans".
_LED_NOUN = LazyPattern(r"(?:(?:But|And|Now) )?([Hh]is|[Hh]er|[Mm]y) (?:own )?([a-z]+)\s*")
_POSSESSED_BY = {"his": "he", "her": "she"}
# A body named as an officeholder's office: "the Office of the Public Advocate".
_TITLES_OFFICE = LazyPattern(r"\b([A-Z][\w-]*)['’]s (?:Office|Department)$")  # "Kelby County Sheriff's Office"
_OFFICE_OF = LazyPattern(r"^Office of (?:the )?((?:[A-Z][\w-]*\s)*[A-Z][\w-]*)$")
# a subject opening the sentence, after a lead-in, maybe as a tabloid describes them ("After the verdict, an
# emotional Jo")
_OPENING = LazyPattern(r"^(?:[^,]{0,40},\s*)?(?:[Aa]n? [a-z]+ )?$")
# ... or after a conjunction and an article: "But the Kelby Residents campaign is unconvinced."
# ... or its statement: "A statement from the Department of Housing said".
_STATEMENT_FROM = LazyPattern(
    r"[Aa]n?\s+(?:[a-z]+\s+)?(?:statement|letter|notice|press release)\s+(?:from|by|issued by)\s+(?:the\s+)?"
)
_LEADING_SUBJECT = LazyPattern(
    r"(?:(?:But|And|Yet|So|Now|Meanwhile|However),?\s+)?(?:[Tt]he\s+)?"
    # ... past a word that places or describes it: "Neighbouring Dunmore Water", "Embattled retailer Acme"
    r"(?:(?:Neighbou?ring|Nearby|Fellow|Embattled|Troubled|Struggling|Cash-strapped)\s+(?:[a-z]+\s+)?"
    # ... or past its kind of body: "Residents' group Keep Kelby Quiet", "Campaign group Vey Watch"
    r"|" + lexicon.KIND_OPENING + r")?"
)
# ... or past a phrase set before it and "the": "Further north, the Kelby Ambulance District opened a depot".
_FRONTED_THE = LazyPattern(r"[A-Z][^,]{2,40},\s+[Tt]he\s+")
# An organisation named as the source of figures ("according to LSEG data", "Acme figures show", "data from
# Acme"): a record the story cites, no body the next person named speaks for.
_DATA_AFTER = LazyPattern(r"['’]?s? (?:data|figures|estimates|statistics|survey|polling|analysis|research)\b")
_DATA_BEFORE = LazyPattern(r"\b(?:data|figures|estimates|statistics) (?:from|compiled by|published by) (?:the )?$")


def _data_source(text: str, mention: Mention) -> bool:
    """Whether ``mention`` names the source of figures the sentence cites (``_DATA_AFTER``, ``_DATA_BEFORE``)."""
    return bool(
        _DATA_AFTER.match(text, mention.end) or _DATA_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    )


# A sentence that opens with a body's officer, named after their role: "Its chairman, retired engineer Jo Lee,".
_ITS_OFFICER = LazyPattern(r"[\"“‘']?(?:But |And )?Its (?:[a-z-]+ ){0,2}?([a-z-]+), ")
# A role naming its body by capitalised words after "of": "founder of the Kelby Link campaign group".
_NAMES_ITS_BODY = LazyPattern(r"\b(?:of|at|for) (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+")
# A partnership's style, whose "Company" is no company's noun: "Bresler & Company", "Hale and Company".
_PARTNERSHIP = LazyPattern(r"(?:&|\band) (?:Company|Co\.?)$")
# A body's noun owned by someone and apposed to its name: "his firm, Oyelaran & Reese,", "her charity, Kelby Aid,".
_OWNED_NOUN = LazyPattern(r"(?:\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|\w['’]s?) (?:[\w-]+ )?[a-z]+,\s*$")
# Nouns that stand for an organisation in "the company said it would", "the council will".
BODY_NOUNS = (
    r"(?:company|companies|firms?|groups?|bank|business|retailer|carrier|operator|railway|airline|board|council|"
    r"insurer|lender|utility|chain|supermarket|broadcaster|publisher|developer|manufacturer|carmaker|university|"
    r"co-?operative|co-?op|corporation|municipality|metro|shire|consortium|fund|varsity|diocese|"
    r"government|party|parties|unions?|club|team|side|committee|ministry|department|agency|state|office|administration|"
    r"district|trust|church|school|hospital|charity|regulator|league|federation|association|commission|"
    r"organi[sz]ation|campaign|alliance|coalition|foundation|"
    r"authority|county|city|force|cops|service|forum|society|watchdog|airport|museum|college|brewery|band|orchestra|choir|"
    r"institute|institution|senate|"
    r"inspectorate|directorate|bureau|tribunal|court|ombudsman|discounter|"
    r"network|streamer|studio|label|distillery|winery|creamery|"
    # a trade by what it deals in or makes: "The importer has committed to a floor price"
    r"importer|exporter|wholesaler|distributor|supplier|contractor|processor|producer|miner|sawmill|mill|reinsurer|"
    r"grocer|builder|housebuilder|shipbuilder|drugmaker|chipmaker|steelmaker|automaker|planemaker|toymaker|"
    # a business by its premises, and the tax authority by the name news gives it:
    r"salon|restaurant|pub|hotel|cafe|café|bakery|pharmacy|clinic|hospice|garage|taxman|"
    + "|".join(sorted(lexicon.VENUE_BODIES))
    + ")"
)
# The bodies a politician or official speaks for as themself: "the governor said the state
# would", "the minister told MPs the government would" commit the person who announces it.
# The parts of a government an official speaks of by their noun: "the department will", "the ministry would".
_DEPARTMENTS = frozenset(["department", "ministry"])
_GOVERNING = LazyPattern(r"\b(?:government|state|department|office|administration|ministry)\s*$")
# A town's or a county's own: "the city would" is the city's, announced in its name only by
# its mayor or another officeholder ("Mayor Jo Lee said the city would" is the mayor's).
_LOCALITY = LazyPattern(r"\b(city|county|town)\s*$")
# A town or province the story names, as the subject: "The town has set aside", "The province has committed".
_THE_PLACE = LazyPattern(r"[\"“‘']?(?:(?:But|And|Now|So),? )?[Tt]he (city|town|village|province)")
_THE_PLACE_SAID = LazyPattern(
    r"[\"“‘']?(?:(?:But|And|Now|So),? )?[Tt]he (city|town|village)\s+(?:[a-z]+ly\s+)?"
    r"(?:said|says|announced|confirmed|added|insisted|promised)(?:\s+that)?\s*$"
)
# A place's name, with the particles names hold: "Real de Tecolote", "Kelby".
_PLACE_WORDS = r"(?:[A-Z][\w'’-]*\s(?:(?:de|del|la|da|do|dos|das|van|von|el)\s)?){0,2}[A-Z][\w'’-]*"
# How a story names the place "the city" or "the county" stands for: "the city of Kelby",
# "Marlow County" (also inside a body's name, "Marlow County Board of Supervisors").
_PLACE_NAMED = {
    # (an adjective may come between: "the Flemish town of Oostveld", "the coastal city of Kelby")
    "city": LazyPattern(r"\b[Tt]he (?:[A-Z]?[a-z]+ )?(?:city|town) of (" + _PLACE_WORDS + ")"),
    "town": LazyPattern(r"\b[Tt]he (?:[A-Z]?[a-z]+ )?town of (" + _PLACE_WORDS + ")"),
    "village": LazyPattern(r"\b[Tt]he (?:[A-Z]?[a-z]+ )?village of (" + _PLACE_WORDS + ")"),
    "county": LazyPattern(r"\b((?:[A-Z][\w'’-]*\s){1,2}County)\b"),
}
# A place or body named after a person by "of", ending the subject: " of New Kelby", " of the Kelby Trust".
_OF_PLACE = LazyPattern(r",? of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}$")
# A person named before, described as the subject with their age: "The star, 34,", "The 41-year-old",
# "The mum-of-two".
DESCRIBED_PERSON = (
    r"(?:[a-z][\w-]* )?(?:(?:" + "|".join(sorted(lexicon.PERSON_DESCRIPTORS)) + r"), \d{1,3},"
    r"|\d{1,3}-year-old|(?:mum|mother|dad|father|grandmother|grandfather|gran|grandma|grandad|nan)"
    r"-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"|former [a-z]+)"  # what someone used to be is said of a person: "the former teacher"
)
_AGE = LazyPattern(r"\b(\d{1,3})(?:-year-old|,)")
# A person named before, called again by the noun of their role alone: "The singer has promised"; after a time or
# a participle's clause ("On Friday the actor", "Speaking at the gates, the mother-of-two"), and before a first verb
# phrase that "and" joins to the pledge ("the actor posted a video and").
_CALLED_BY_NOUN = (
    r"[\"“‘']?(?:(?:But|And|Yet|Now) )?"
    r"(?:(?:(?:Last|On|This|Earlier|Later) [\w ]{2,20}?|(?:In|At|After|Despite) (?:a|an|the|her|his) [\w ]{2,30}?"
    r"|[A-Z][a-z]+ing\b[^,;:\"“”]{0,60}),? )?"  # (also a phrase before it: "Despite the row, the widow")
    r"[Tt]he ((?:great-)*(?:" + "|".join(sorted(lexicon.PERSON_DESCRIPTORS | lexicon.ROLE_NOUNS)) + r")"
    r"|[a-z]+-of-(?:[a-z]+|\d{1,2}))"  # (also "the great-gran")
)
_BARE_DESCRIBED = LazyPattern(
    "^" + _CALLED_BY_NOUN + r"(?:\s+(?:[a-z]+ed|broke|spoke|took|gave|told)\b[^,;:\"“”]{0,60}?\s+and)?\s*$"
)
# A speaker's reported clause whose subject is a person called by a noun: "Jo Roe said the star would".
_SAID_OF_DESCRIBED = LazyPattern(
    r"\b(?:said|says|added|insisted|confirmed|understands|understood|(?:has |have )?(?:learned|learnt|revealed))"
    r" (?:that )?the ([a-z]+)\s*$"
)  # (also what an outlet has found out: "the Kelby Post understands the star is set to")
_DESCRIBED_PERSON = LazyPattern(r"^[\"“‘']?(?:The|(?:But|And|Yet|Now) the) " + DESCRIBED_PERSON + "$")
# The one who bought something the story is about, as the subject: "The new owner has pledged to".
_NEW_OWNER = LazyPattern(r"^[\"“‘']?(?:(?:But|And|Yet|Now) )?[Tt]he (?:new )?(?:owners?|buyers?|purchasers?)\s*$")
# A name followed by what it owns or bought ("Tidewell Leisure Ltd, which bought the pier", "Acme, which owns
# the site"), and a thing's owner named as announcing its fate after it ("The pier is to close, its owner has said").
_OWNER_CLAUSE = LazyPattern(
    r",?\s+(?:which|who) (?:has |have |had )?(?:owns?|bought|acquired|purchased|took over|runs?|operates?)\b"
)
_ITS_OWNER_SAID = LazyPattern(
    r"[^.;]{0,120}?,\s+(?:its|their) (?:new )?(?:owners?|landlords?) (?:has |have )?"
    r"(?:announced|said|says|confirmed|promised|pledged|vowed)\b"
)  # (a landlord owns the homes: "Families will be rehoused by June, their landlord has promised")
# ... or its bosses, by a word for the body: ", fire bosses have confirmed".
_BOSSES_SAID = LazyPattern(
    r"[^.;]{0,100}?,\s+([a-z][\w'’-]*)\s+(?:bosses|chiefs)\s+(?:have\s+|has\s+)?(?:announced|said|say|confirmed)\b"
)
# ... or names the body that runs it, with what it is: ", the Marlow Trust, the charity that runs it, confirmed".
_RUNNER_SAID = LazyPattern(
    r"[^.;]{0,80}?,\s+(?:the\s+)?([A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for)){0,6}),\s+(?:the|an?)\s+"
    r"(?:[a-z'’-]+\s+){0,3}(?:that|which|who)\s+(?:runs|owns|operates|manages)\s+it,\s+(?:has\s+)?"
    r"(?:announced|said|says|confirmed)\b"
)
# A closing attribution that names its source by the kind of body it is: "..., the firm said.", "..., a spokeswoman
# for the company said.", "..., the industry regulator announced."; a pledge opening with "It", and one done to its
# subject ("will be hit with a £4m penalty").
_CLOSING_BODY = LazyPattern(
    r",\s+(?:an?\s+(?:spokes(?:man|woman|person)|official|source)\s+(?:for|at)\s+)?(?:the|its)\s+(?:[a-z]+\s+){0,2}?"
    + f"({BODY_NOUNS})"
    # (and the noun's clause saying it runs what the pledge is done to: ", the academy trust that runs them announced")
    + r"(?:\s+that\s+(?:runs|owns|operates|manages)\s+(?:it|them))?"
    + r"\s+(?:said|says|announced|confirmed|added|decided|agreed|told\s+[\w ]{1,30}?)\b[^,;]{0,60}"
    # (then maybe an adjunct of the whole sentence: ", in the latest sign of ...", ", ending 40 years of ...")
    + r"(?:,\s+(?:in|as|after|amid|ending|bringing)\b[^,;\"“”]{0,120})?[.!]?[\"”’']?$"
)
# A past participle, after an adverb maybe: "drawn", "fully paid".
_PARTICIPLE = r"(?:[a-z]\w*ly\s+)?\w+(?:ed|en|wn|id|lt|nt|ut|de|ld|pt)"
# ... after a cue that ends in "be": " drawn down" of "will be drawn down".
_PARTICIPLE_NEXT = LazyPattern(r"\s+" + _PARTICIPLE + r"\b")
# ... or by its name, after a pledge done to a thing: "Lake Orrin will be drawn down ..., the Tamarack County Board of
# Supervisors decided Tuesday."
_CLOSING_NAMED_BODY = LazyPattern(
    r",\s+(?:the\s+)?([A-Z][\w'’&.-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w'’&.-]*){0,7})"
    r"\s+(?:said|announced|confirmed|decided|agreed|voted)\b[^,;]{0,60}[.!]?$"
)
# A closing attribution that calls the speaker by a body's noun: ", the miner said on Tuesday".
_SAID_AS = LazyPattern(
    r",\s+the\s+(?:[a-z][\w-]*\s+){0,2}?(" + BODY_NOUNS + r")\s+(?:said|says|announced|confirmed|added)\b"
)
# A subject something is done to: "was checked", "has been fined", "will be sold".
_DONE_TO = LazyPattern(
    r"\s+(?:was|were|is|are|has been|have been|had been|will be|would be)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ld|ht)\b"
)
_IT_OPENS = LazyPattern(r"[\"“‘']?(?:(?:But|And|Now|Yet) )?It\b(?:\s+(?:[a-z]\w*ly|also|still|now))?")
# A body's spokesperson called by the body's noun, opening the sentence: "A council spokesman said".
_NOUN_SPOKESPERSON = LazyPattern(r"[\"“‘']?(?:An?|The) (" + BODY_NOUNS + r") spokes(?:man|woman|person)\b")
# "It" opening a sentence and going on with what a body did or does: "It has since added two theatres", "It
# employs 400 people" (not "It is unclear", "It was a busy day", "It's": no one).
_IT_DID = LazyPattern(
    r"[\"“‘']?(?:(?:But|And|Now|Yet) )?It (?:(?:also|since|now|then|later|already) )?"
    r"(?!(?:was|seems|appears|remains|means|matters|emerged|follows|comes|happened|has been)\b)"
    r"(?:has|had|[a-z]{2,}(?:ed|es|s))\b"
)
_SANCTIONS = r"(?:hit|fined|barred|banned|forced|ordered|stripped|charged|penali[sz]ed|sanctioned|required)\b"
_PASSIVE_CUE = LazyPattern(r"\s*(?:not\s+)?(?:be\s+)?(?:[a-z]\w*ly\s+)?" + _SANCTIONS)
# ... a cue that holds it: "will also be barred from".
_SANCTION_CUE = LazyPattern(r"\bbe\s+(?:[a-z]\w*ly\s+)?" + _SANCTIONS + "$")
# What a body that judges found or decided: "The regulator found", "The panel has ruled".
_RULED = LazyPattern(r"\s+(?:has |had |also )?(?:found|ruled|decided|concluded|determined)\b")
_BOUGHT = LazyPattern(
    r",?\s+(?:has |have |had )?(?:bought|acquired|purchased|snapped up|taken over|took over"
    r"|(?:has agreed to|agreed to|is to|is set to|will|to) (?:buy|acquire|take over|purchase))\b"
)
# A place's own government named in lower case after it: "The Kaohsiung city government will run", "the Shanghai
# municipal government has pledged".
LOCAL_GOVERNMENT_OF = LazyPattern(
    r"^[\"“‘']?(?:[^,]{0,40},\s*)?[Tt]he ((?:[A-Z][\w'’-]*\s){0,2}[A-Z][\w'’-]*) "
    r"(?:city|town|county|state|provincial|municipal|regional|local) (?:government|administration|authorities)$"
)
# A local body named by its kind and its place, in lower case: "The parish council of Foros da Ribeira".
_COUNCIL_OF = LazyPattern(
    r"^[\"“‘']?(?:[^,]{0,40},\s*)?[Tt]he ((?:parish|town|city|village|municipal|county|district|community|borough|"
    r"regional|local) (?:council|committee|board|assembly)) of "
    r"([A-Z][\w'’-]*(?:\s(?:[A-Z][\w'’-]*|de|da|do|dos|del|la|and)){0,4})(?:,\s(?:which|whose|who)\b[^,]*,)?$"
)
# A place as the subject by the kind it is: "The city of Kelby will", "The town of Marlow Creek has agreed to".
_TOWN_OF = LazyPattern(
    r"^[\"“‘']?(?:[^,]{0,40},\s*)?[Tt]he (?:[A-Z]?[a-z]+ )?(?:city|town|village|borough|county|state) of "
    r"((?:[A-Z][\w'’-]*\s){0,2}[A-Z][\w'’-]*)$"
)
# The same, named: "the Government", "the Department" (an actor of its own).
_THE_GOVERNMENT = LazyPattern(r"\b[Tt]he (?:Government|Department|Administration|Ministry)\s*$")
# "He" or "she" as the one who speaks, right before what they said: "She said he ...".
_PRONOUN_SAID = LazyPattern(
    r"\b([Hh]e|[Ss]he) (?:[a-z]\w*ly |also |then )?(?:said|says|added|adds|told \w+)(?: that)? $"
)
# A sentence that opens with its speaker as a pronoun: "He added that", "She also said".
_HE_SAID = LazyPattern(r"[\"“‘']?(?:He|She) (?:[a-z]\w*ly |also |then )?(?:said|says|added|adds|confirmed|told)\b")
# The head of a police force, a fire service or a sheriff's office, who acts for the one the story names.
_POLICE_HEAD = LazyPattern(
    r"\b(?:chief constable|police chief|chief of police|fire chief|chief of the fire department|chief fire officer"
    r"|sheriff)\b",
    re.IGNORECASE,
)
# The bodies those heads lead, by how their names end.
_POLICE_BODY = LazyPattern(r"\bPolice(?: Department| Service| Force)?$|\bConstabulary$|\bPolice Department\b")
_SHERIFF_BODY = LazyPattern(r"\bSheriff['’]s (?:Office|Department)$")
_FIRE_BODY = LazyPattern(
    r"\bFire (?:and Rescue |& Rescue |Protection )?(?:District|Department|Service|Brigade|Authority)\b"
    r"|\bFire (?:and|&) Rescue$"  # "Kelby County Fire and Rescue"
)
# Leaving a post, what only its holder can pledge: "would retire", "will step down", "would leave the force".
_LEAVES = LazyPattern(r"\s+(?:[a-z]\w*ly\s+|also\s+|now\s+)?(?:retire|resign|step down|stand down|quit|leave)\b")
# A government department by its full name: "the Department of Corrections", "the Ministry for X".
_DEPARTMENT = LazyPattern(r"(?:Department|Ministry) (?:of|for)\b")
# A body named by its title, as the subject of what it said: "The Ardish Treasurer's office
# said it would", "The Kelby parish council announced that it".
_TITLED_BODY = LazyPattern(
    r"^[\"“‘']?The ((?:[A-Z][\w'’-]*\s+){1,4}(?:[a-z]+\s+)?" + BODY_NOUNS + r")\s+(?:[a-z]\w*ly\s+)?"
    r"(?:has\s+|have\s+)?(?:said|says|announced|confirmed|added)\b"
)
# A body named by whose it is: "Her organisation has said it will", "His charity will".
_OWNED_BODY = LazyPattern(
    r"^[\"“‘']?(?:[^,]{0,40},\s*)?([Hh]is|[Hh]er) (?:organi[sz]ation|group|charity|campaign|union|association|"
    r"alliance|trust|firm|company|foundation)\b"
)
# A capitalised name of up to six words ("Harcourt Lane Solicitors", "Friends of the Earth").
_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and|for)){0,5}(?:\s+\d{1,4}\b)?"  # ("School District 94")
# A spokesperson named with their organisation: "an Acme spokeswoman", "a spokesman for Acme".
_SPOKESPERSON_AFTER = LazyPattern(r"(?:['’]s)?\s+(?:\w+\s+)?spokes(?:man|woman|person)\b")
_SPOKESPERSON_BEFORE = LazyPattern(r"\bspokes(?:man|woman|person)\s+(?:for|at|from)\s+(?:the\s+)?$")
_SPOKESPERSON_SAID = LazyPattern(r"\bthe spokes(?:man|woman|person) (?:said|says|added)\b")
# A mayor the story does not name, as the source of a quote: "the mayor said", "said the town's mayor".
_UNNAMED_MAYOR_SAID = LazyPattern(
    r"\b(?:the (?:(?:city|town|village|borough)['’]s )?mayor (?:said|says|added|told)\b|\b(?:said|says|added) the "
    r"(?:(?:city|town|village|borough)['’]s )?mayor\b)"
)
_UNNAMED_SPOKESPERSON = LazyPattern(r"[\"“‘']?(?:An?|The) spokes(?:man|woman|person) (?:said|says|added)\b")
_NAMED_SPOKESPERSON = LazyPattern(
    rf"\b({_NAME})(?:['’]s)?\s+spokes(?:man|woman|person)\b|\bspokes(?:man|woman|person)\s+(?:for|at|from)\s+"
    rf"(?:the\s+)?({_NAME})"
)
_ARTICLE = LazyPattern(r"^(?:An?|The)\s+")
# Bodies that campaign or represent, which a story names by the person who speaks for them.
_CAMPAIGN = LazyPattern(r"groups?|campaign|charity|organi[sz]ation|alliance|association|unions?|coalition|foundation")
# People who make up a body, before its name: "members of Tallgrass Water Watch believed ... The
# group plans to", "Activists with Kelby Justice Now urged" (the body they are of acts, not a setting after a
# preposition).
_PEOPLE_OF_BODY = LazyPattern(
    r"\b(?i:members|supporters|volunteers|founders|organi[sz]ers|campaigners|activists|leaders)"
    r" (?:of|with|from) (?:the )?$"
)
# A relative clause between a subject and its verb: "The group, which has gathered 3,200 signatures, will".
_RELATIVE_TAIL = LazyPattern(r",\s+(?:which|who)\s(?:[^,]|(?<=\d),(?=\d)){1,100},\s*$")
# ... also after a word that says which one: "the festival committee", "the research team".
_COMPANY = LazyPattern(r"\b[Tt]he (?:two |three |both )?(?:[a-z][\w-]* )?" + BODY_NOUNS + "$")
# A body noun as a clause's subject: "The trust has ...", "said the trust accepted".
_NOUN_SUBJECT = LazyPattern(
    # (after a phrase set before the subject: "Under the terms of the licence, the company is required to")
    r"(?:^[\"“‘']?(?:(?:Under|After|Before|Since|Until|In|As|For|With|From|At|On|By) [^,]{3,60},\s+)?"
    r"|\b(?:said|says|announced|confirmed|added)\s+(?:that\s+)?)"
    r"[Tt]he (" + BODY_NOUNS + r")(?:['’]s)?\s+(?!of\b)[a-z]+"  # (its officer: "The agency's director said")
)
# A body described, not named, as a pledge's subject: "A Swedish bus builder", "A local nonprofit that trains
# young people" (its noun in group 1).
_INDEFINITE_SUBJECT = LazyPattern(
    r"[\"“‘']?An? (?:[\w'’-]+ ){0,4}?([a-z][\w-]*)"
    r"(?:,? (?:that|which|based|from|with|in)\b(?:(?!\b(?:could|would|will|may|might|can|should)\b)[^\"“”])*)?"
)
_PLEDGE_VERB = LazyPattern(r"(?:promis|pledg|vow|agree|commit|undert|plan)", re.IGNORECASE)
# An officer described but not named as a pledge's subject: "A police and fire boss", "A council chief".
_DESCRIBED_OFFICER = LazyPattern(
    r"[\"“‘']?An? (?:[\w'’-]+ ){0,4}?(?:" + lexicon.ROLE_NOUN_PATTERN + r")", re.IGNORECASE
)
# ... and how the next sentence opens on the person: with their post alone ("Kelby's Police and Crime Commissioner").
_TITLE_OPENING = LazyPattern(r"(?:(?:[A-Z][\w'’.-]*|and|of|for|the),?\s+)*")
# How a sentence opens on the name it gives a body just described: right away, or after "The group,".
_NAMING_OPENING = LazyPattern(r"(?:The (?:[a-z]+ ){0,2}[a-z]+, )?")
# Who can be described between commas before their verb ("Japan, a creditor nation, signed");
# "In Kent, ..." sets a scene, but a name after a preposition is never a candidate.
_CAN_APPOSE = ("person", "organization", "place")
# A speech verb right after a name: "Jo Hale, has said", "Jo Hale told MPs".
_SAYS = LazyPattern(r",?\s+(?:[a-z]\w*ly\s+|also\s+|has\s+|had\s+|have\s+)*(?:" + lexicon.SPEECH_RE.pattern + r")")
# ... past what the body is: "the Kelby Trust, the charity that runs it, confirmed".
_SAYS_PAST_APPOSITION = LazyPattern(r"(?:,[^,\"“”]{3,80}(?=,))?" + _SAYS.pattern)
_PLEDGED_TO = LazyPattern(r"(?:promised|promises|pledged|pledges|vowed|vows) to\b")
_WORD_BEFORE = LazyPattern(r"(?<![\w'’-])([A-Z][\w'’-]*) $")  # "Kenya's trials": a modifier, never the subject
# What the subject of "will" is given, not what it does: "Kelby will get a new plant".
_GETS = (
    r"get|receive|be given|be offered|be handed|be awarded|be paid|be credited|be refunded|be reimbursed|be compensated"
)
# ... and people given something, whom the body the story is about gives it: "Laid-off workers will get".
_PEOPLE_GIVEN = LazyPattern(
    r"[\"“‘']?(?:(?:All|Every|Each|The|Its|[A-Z][a-z]+(?:-off)?)\s+)?"  # ("Laid-off", "Expectant", "Current")
    r"(?:\d[\d,]*\s+)?(?:[a-z][\w-]*\s+)?"  # ("All 85 staff")
    r"(?i:workers|staff|employees|customers|passengers|residents|members|tenants|families|households|students|"
    r"patients|mothers|parents|pupils|travell?ers|homeowners|fans|drivers|pensioners|shoppers|users|subscribers)"
    # ... who may be picked out by what they did or hold: "Tenants who have reported damp", "Passengers holding
    # weekly tickets for the axed routes", "Staff who leave under the scheme"
    r"(?:\s+(?:who|holding|with|affected)\b[^,;:\"“”]{0,80})?"
)
# ... also counted as a crowd: "MILLIONS of broadband customers", "Thousands of tenants".
_PEOPLE_COUNTED = LazyPattern(r"(?i:millions|thousands|hundreds|dozens)\s+of\s+(?:" + _PEOPLE_GIVEN.pattern + ")")
_WE_END = LazyPattern(r"\b[Ww]e\s*$")  # "we" as the subject: "We will get every window fixed" is done, not got
_RECEIVES = LazyPattern(r"\s+(?:[a-z]\w*ly\s+|also\s+|now\s+)?(?:" + _GETS + r")\b")
_RECEIVES_IN_CUE = LazyPattern(r"\b(?:" + _GETS + r")$")  # (a cue that holds it: "will be offered")
# A body's name qualifying the subject's noun: "The (Daily and Sunday) Ledger newspapers are".
_QUALIFIER_OPENING = LazyPattern(r"^[\"“‘']?The\s+(?:[A-Z][\w'’-]*\s+(?:and\s+|&\s+)?){0,3}$")
_QUALIFIED_NOUN = LazyPattern(r"(?:\s+[a-z][\w-]*){1,2}")
_AGENT_BEFORE = LazyPattern(
    r"\bby\s+(?:the\s+)?$"
    # ... or by their post, then their name: "by the district's treasurer, Jo Roe"
    r"|\bby (?:the|its|an?) (?:[\w'’-]+ ){0,3}(?:" + lexicon.ROLE_NOUN_PATTERN + r"), $"
)
_CLAUSE_BREAK = LazyPattern(r"[,;:]")
# A sentence opening with a body by its noun, or with one of its people through the noun: "The lender has", "The
# brewery's managing director".
_NOUN_OPENING = LazyPattern(r"[\"“]?The ([a-z][\w-]*)(?:['’]s)?\s")
# A sentence opening with one capitalised word and then its verb: "Dunmore also said", "Acme said".
_SHORT_SUBJECT = LazyPattern(
    r"([A-Z][a-z][\w'’-]*) (?=(?:also|now|then|later|has|have|had|was|is|said|says|[a-z]+ed)\b)"
)
# A sentence opening with a body by its noun as its subject, past words that describe it: "The small local firm has",
# "But the union said" (not what the body owns: "The site's fence needs mending").
_BODY_NOUN_OPENING = LazyPattern(
    r"[\"“]?(?:(?:But|And|Yet|Now|Meanwhile),? )?[Tt]he (?:[a-z][\w-]* ){0,2}?(" + BODY_NOUNS + r")\b(?!['’])"
)
# A passive's agent that is a government by its tier, named no other way: "has been pledged by the state government".
_BEEN = LazyPattern(r"\b(?:be|been|being|is|are|was|were)(?:\s+[a-z]\w*ly)?\s*$")
# ... or a body by its noun, the agent of what will be done to a thing: "will be published online by the firm",
# "will be reviewed by the commission's enforcement bureau".
_BY_NOUN = LazyPattern(
    r"\s+(?:(?:not|also)\s+)?(?:be\s+)?(?:[a-z][\w-]*\s+){0,4}?by\s+(?:the|its)\s+("
    + BODY_NOUNS
    + r")(?:['’]s)?\b(?!-)"
)
_PASSIVE_OF = LazyPattern(r"\bbe\s+" + _PARTICIPLE + "$")  # (in the cue)
_PASSIVE_NEXT = LazyPattern(r"\s+(?:(?:not|also)\s+)?be\s+" + _PARTICIPLE + r"\b")
# A cue that holds "be", or one a passive follows: "will be withdrawn" (broader than ``_PASSIVE_OF`` and
# ``_PASSIVE_NEXT``, which need the participle inside the cue or a "be" after it).
_BE_DONE = LazyPattern(r"(?:\bbe|\s+(?:not\s+)?(?:also\s+)?be\s+(?:[a-z]\w*ly\s+)?\w+(?:ed|en|wn))\b")
# ... or the body whose vote it follows from: "Night crews will be withdrawn from April, after the fire authority voted
# 9-5 to cut £6.8m".
_AFTER_VOTE = LazyPattern(
    r"[^.;:]{0,160}?\b(?:after|once|when)\s+(?:the\s+)?(?:(?:board|trustees|directors|members)\s+of\s+(?:the\s+)?)?"
    # (also the board of a body named: "after the board of Kelby Hospitals NHS Trust voted")
    r"(?:([A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for)){0,6})|"
    # (also after a place's possessive: "after the county's fire authority voted")
    r"(?:[a-z][\w'’-]*\s+){0,2}?(" + BODY_NOUNS + r"))\s+(?:had\s+|has\s+)?(?:voted|agreed|decided|resolved)\b"
)
# The services a body runs as a pledge's subject, with the places they serve: "Three rural bus routes serving more
# than a dozen villages", "Winter sailings to Kelby".
_SERVICES_RUN = LazyPattern(
    r"[\"“‘']?(?:[\w'’-]+ ){0,3}(?:routes|services|sailings|flights|trains|buses)"
    r"(?: (?:serving|linking|between|from|to|on|across)\b[^,;]{0,80})?"
)
# A place a body runs for the public as a pledge's subject: "Kelby's midwife-led birth centre", "The library".
_SERVICE_SUBJECT = LazyPattern(
    r"[\"“‘']?(?:[Tt]he |[A-Z][\w'’-]*['’]s )(?:[\w-]+ ){0,3}(?:centre|center|unit|ward|library|pool|clinic|"
    r"museum|theatre|theater|station|depot|branch|office|school)\s*"
)
# ... and a decision of a body's that people will feel: "Customers will pay £4 more after Acme confirmed a rise".
_AFTER_DECISION = LazyPattern(
    _AFTER_VOTE.pattern.replace(
        "voted|agreed|decided|resolved", "voted|agreed|decided|resolved|confirmed|announced"
    ).replace("[^.;:]", r"(?:[^.;:]|\.(?=\d))")  # (a sum's point is no sentence's end: "£4.50")
)
_BY_TIERED = LazyPattern(r"\s+(?:[a-z]\w*\s+){0,2}?by the (\w+) (government|administration)\b")
# A body by its noun right before the pledge's verb: "The project, which the firm agreed to finance".
_NOUN_ENDS = LazyPattern(r"\b(?:the|its|their) (?:[a-z][\w-]* )?" + BODY_NOUNS + r"\s*$")
# A pledge made as what will be done, after its maker's verb: "have vowed that every missed collection will".
_SUBJECT_ENDS = LazyPattern(_PRONOUN.pattern + "|" + _NOUN_ENDS.pattern)
_VOWED_THAT = LazyPattern(r"\s((?:has |have |had )?(?:vowed|promised|pledged|guaranteed)) that\s")
_AGENT_REACH = 4  # words between a pledge verb and the agent of its passive ("pledged in full by")
# A pronoun opening the sentence as the subject of a verb that makes or adopts a plan, whose object
# the commitment's cue is: "It also unveiled a $42 million plan to", "They have drawn up plans to".
_PRONOUN_MAKES_PLAN = LazyPattern(
    r"^[\"“‘']?(?:(?:But|And|Now)\s+)?(It|They|He|She|We)\s+(?:[a-z]\w*ly\s+|also\s+|has\s+|have\s+|had\s+){0,2}"
    r"(?:unveiled|announced|published|launched|outlined|revealed|set out|laid out|drew up|drawn up|approved|adopted"
    r"|submitted|tabled|put forward|unveils|announces|publishes|launches|outlines|reveals|sets out)"
    r"\s+(?:an?|its|their|his|her|the|new|fresh)\b[^,;\"“”]*$"
)
# A lower-case noun right before the verb, as the subject: "..., the front is to withdraw".
_NOUN_AS_SUBJECT = LazyPattern(r"(?:^|[,;] |\b(?:and|but) )[Tt]he ([a-z]{3,})\s*$")
# A mayor's title naming the town: "Allenmouth mayor", "Mayor of Kelby".
_MAYOR_OF = LazyPattern(
    r"^([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*) [Mm]ayor$|\b[Mm]ayor of ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)$"
)
# A city's governing body, as a mayor's "we": "Kelby City Council", "City of Kelby", "Kelby Combined Authority",
# "Kelby municipality", a US town's "Board of Aldermen" (not a county's council: "Kelby County Council" is no
# town's).
_CITY_BODY = LazyPattern(
    r"(?<!County )\b(?:Council|Combined Authority|[Mm]unicipality|[Cc]ity [Gg]overnment|City Commission"
    r"|Board of (?:Aldermen|Selectmen)|Select Board|(?:Village|Town) Board)$|^(?:City|Town|Village|Municipality) of\b"
)
# "I" as a speaker's subject: "and I will report to this council".
_FIRST_PERSON_SINGULAR = LazyPattern(r"\bI(?:\s+(?:will|shall|would|promise)\b|['’]ll\b)")
_MAYORAL = LazyPattern(r"\b(?:[Mm]ayor|[Aa]lderm[ae]n)\b")
_AREAS = frozenset(["County", "State", "Province", "District", "Borough", "Parish", "Region"])  # no town's name ends so
# A sentence opening with "it" as the one who speaks: "It said it would", "It also confirmed that it".
# "It said last night it would", "It said on Tuesday that it would": a body speaking of itself, when it said so.
_IT_SAID_WHEN = LazyPattern(
    r"[\"“‘']?It (?:[a-z]\w*ly |also |then )?(?:said|says|added|confirmed|announced|insisted)"
    r" (?:last night|yesterday|today|on \w+|this week|in a statement) (?:that )?"
)
_IT_SAID = LazyPattern(
    r"[\"“‘']?(?:(?:On|By|Late|Early|Last|This|Earlier|Later) [\w ]{1,25}?,? it|It)"  # (also "On Wednesday it said")
    r" (?:[a-z]\w*ly |also |then )?(?:said|says|added|confirmed|announced)(?: in an? (?:[\w-]+ )?statement)?(?: that)? "
)
# A government a party would form, as the subject: "a Conservative government would", "a Labour administration".
_PARTY_GOVERNMENT = LazyPattern(r"\b[Aa]n? ([A-Z][\w-]*(?: [A-Z][\w-]*)?) (?:government|administration)\s*$")
# A government by its seat, as the subject: "The government in Juba has agreed to", "the shipping
# ministry in Athens will"; and as the one who speaks of itself: "The shipping ministry in Athens said it would".
_SEAT = r"\b[Tt]he (?:government|(?:[a-z]+ )?ministry|foreign office) in ([A-Z][\w-]*(?: [A-Z][\w-]*)?)"
_GOVERNMENT_IN = LazyPattern(_SEAT + "$")
_GOVERNMENT_IN_SAID = LazyPattern(_SEAT + r" (?:has |had )?(?:said|says|announced|confirmed|warned) (?:that )?$")
# A place's government as the subject: "Colombia's government has agreed to", "Kelby's cabinet".
_PLACE_GOVERNMENT = LazyPattern(
    r"[\"“‘']?(?:[Tt]he )?([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})['’]s "
    r"(?:\w+ )?(?:government|cabinet|administration|authorities|department|ministry)$"
)
# ... as the subject of what "it" will do: "North Rhine-Westphalia's state government said it would".
_PLACE_GOVERNMENT_SAID = LazyPattern(
    _PLACE_GOVERNMENT.pattern.removesuffix("$") + r" (?:has |had )?(?:said|says|announced|confirmed) (?:that )?$"
)
# A person's body as the subject: "Lan's company plans to", "Jo Roe's charity will".
_PERSONS_BODY = LazyPattern(
    r"[\"“‘']?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})['’]s (company|firm|business|charity|group)"
)
# A body's governing board or bosses as the subject: "Kelby Rovers' board", "the trust's directors".
_GOVERNING_BOARD = LazyPattern(
    r"[\"“‘']?(?:[Tt]he )?((?:[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,4})|" + BODY_NOUNS + r")(?:['’]s|['’]) "
    r"(?:board(?: of directors)?|directors|trustees|management|owners|bosses|cabinet)\b(?!['’])"
)  # (a council's cabinet decides for it: "The council's cabinet is to consider the tender")
# A body's people opening the sentence as its subject: "Bosses at Kelby Hospital", "Trading standards chiefs at".
_PEOPLE_OF = LazyPattern(
    r"[\"“‘']?(?:[^,]{0,40},\s*)?(?:[A-Za-z-]+ ){0,2}?(?:[Bb]osses|[Cc]hiefs|[Oo]fficials|[Ee]xecutives|[Mm]anagers|"
    r"[Dd]irectors|[Tt]rustees|[Pp]layers|[Vv]olunteers) (?:at|of|from) (?:the )?"
)
_AFFILIATED = LazyPattern(r"\b(?:at|of|from)\s+(?:the\s+)?$")  # "officials at Acme said they"
# A body that says a sentence, named by its noun at the end: "..., the company said."
# A sentence adverbial before the subject: "Even so, it will", "However, they would".
_LEAD_ADVERBIAL = LazyPattern(r"[A-Z][a-z]+(?: [a-z]+){0,3},\s*")
_TRAILING_BODY_SAID = LazyPattern(
    r",\s+the (?:[a-z][\w-]* )?(" + BODY_NOUNS + r")\s+(?:[a-z]\w*ly\s+)?(?:said|says|added|confirmed|announced|told)\b"
    r"[^,]{0,60}[.!?][\"”’']?$"
)
# A source named at a sentence's end, before its verb of speech: "…, the CDC said.", "…, NHS England said."
_SOURCE_AT_END = LazyPattern(
    r",\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,6}\s+(?:said|says|added)[.!?][\"”’']?$"
)
_PUBLIC_NOUNS = frozenset(["agency", "department", "ministry", "regulator", "watchdog", "authority", "office"])
# A body called by the kind the story put before its name, as the subject: "The games maker said".
_KIND_SUBJECT = LazyPattern(r"[\"“‘']?[Tt]he ([a-z][\w-]* [a-z][\w-]*) (?!of\b)")
# A body not yet named, saying what "it" will do: "after a rail union said it would".
# A public body the story never names, as the subject before the pledge or before the "it" that stands for it:
# "The federal government has agreed to", "The county council said it would" (its words, not a place nearby);
# not a bare "the authority", which stands for one named before.
_UNNAMED_PUBLIC_BODY = LazyPattern(
    r"[\"“‘']?(?:[A-Z][^,]{0,40},\s*)?[Tt]he ((?:[a-z][\w-]*\s){0,2}?(?:government|council|administration)"
    # ... the others with a word that says which: "The city's housing authority", "The women and child
    # development department" (a bare "The agency" says no more than no one)
    r"|(?:[a-z]+['’]s\s)?(?:[a-z][\w-]*\s|and\s){0,3}?[a-z][\w-]*\s"
    r"(?:ministry|department|office|cabinet|agency|commission|foundation|authority)"
    r"|[a-z]+['’]s\s(?:ministry|department|office|cabinet|agency|commission|foundation|authority))"
    r"(?:\s+(?:has|have|had|also|now|then|said|says|announced|confirmed|that|on \w+day))*\s*"
)
# ... announcing a plan at the sentence's end: ", the provincial government announced on Monday."
_CLOSING_PUBLIC_BODY = LazyPattern(
    r",\s+the ((?:[a-z][\w-]*\s){0,2}?(?:government|council|administration|ministry|department))\s+"
    r"(?:has\s+|have\s+)?(?:said|says|announced|confirmed)\b[^,;]{0,40}$"
)
_NATIONAL_GOVERNMENT = LazyPattern(r"\b(?:federal|national|central) government\b", re.IGNORECASE)
# A body called by its noun, saying what "it" will do: "The firm said it would offer".
_NOUN_SAID_IT = LazyPattern(
    r"(?:(?:But|And|Now|Meanwhile),? )?[Tt]he ("
    + BODY_NOUNS
    + r") (?:has |had |also )?(?:said|says|announced|confirmed"
    r"|added) (?:that )?(?:it|they)\s*"
)
_UNNAMED_BODY_SAID = LazyPattern(
    r"\b(?:an?|the) (?:[a-z][\w-]* )?("
    + BODY_NOUNS
    + r") (?:has |had )?(?:said|says|announced|confirmed|warned) (?:that )?$"
)
# Plural nouns for people of a kind, which open sentences with a capital: "Skiers", "Campaigners".
_PEOPLE_ENDINGS = ("ers", "ists", "ians", "ants", "ents")
# Nouns of an act, which open sentences with a capital: "Visitation", "Construction", "Enforcement".
_ACT_ENDINGS = ("ation", "ition", "ction", "ment")
# A body's initials in brackets after its name: " (AMC)".
_BRACKETED_END = LazyPattern(r"\s*\([A-Z][A-Za-z&.]{1,9}\)$")
# "the project" as the subject: the body named for it, if the story names one (Resolver._body_ending_in).
_ORG_WORD_SUBJECT = LazyPattern(r"\b[Tt]he ([a-z]+)$")
# The members of a board, who act as it: "the trustees" of the Board of Trustees, "the regents" of the Board of Regents.
_BOARD_MEMBERS = frozenset(["trustees", "governors", "directors", "regents", "supervisors", "commissioners"])
_COMPANY_SUBJECT = LazyPattern(r"\b[Tt]he (?:two |three |both )?(" + BODY_NOUNS + r")\b")
# A name that qualifies the word after it, a person: "The Cabinet minister", "the Acme boss".
_DESCRIBES = LazyPattern(r"\s+([a-z][\w-]*)\b")
_PERSON_NOUNS = lexicon.ROLE_NOUNS | lexicon.PERSON_DESCRIPTORS
_DESCRIBED_OPENING = LazyPattern(r"^(?:[^,]{0,40},\s*)?(?:[Tt]he\s+)?$")
# A thing that opens the sentence as its subject, which a later "it" stands for: "This unit
# will stay open, and it will have the staff it needs".
_THING_SUBJECT = LazyPattern(
    r"^[\"“‘']?(?:The|This|That|Our|Its|Their) ((?:[a-z][\w-]* ){0,2}?[a-z][\w-]*) "
    r"(?:will|would|is|was|has|had|must|can|could|should)\b"
)
_NOT_A_THING = lexicon.SPEECH_VERBS | {"it", "they", "he", "she", "we", "that", "which", "who"}
# Roles of people who speak as themselves: politicians and leaders ("Health Secretary", "council
# leader", "executive vice-president"). A chair speaks for the body they chair ("Jo Lee, chair of
# the residents' alliance, said: 'We will appeal'" is the alliance's appeal).
_OFFICE_WORDS = frozenset(
    re.split(
        r"\s+",
        "minister secretary chancellor mp mep senator sen governor gov mayor councillor cllr commissioner "
        "vice-president leader campaigner congressman congresswoman",
    )
)
# A body's head titled as its secretary, not a minister: "general secretary of the union".
_HEAD_OF_BODY = LazyPattern(r"\bgeneral secretary\b|\bsecretary[ -]general\b")
# A union's or a society's secretary, who speaks for the body the role names ("regional secretary of
# the Kelby Nurses Union", "branch secretary"): their "we" is that body's (a council's leader: see
# ``_local_government``).
_LEADS = LazyPattern(
    r"\b(?:secretary|convenor|convener)\s+of\b|^(?:the )?(?:union|branch|club|society) secretary$", re.IGNORECASE
)
# A prison's governor: "Governor", "the prison governor", "No 1 governor".
_PRISON_GOVERNOR = LazyPattern(
    r"(?:the )?(?:(?:prison|jail)(?:['’]s)? |no\.? ?1 |deputy |acting )?governor", re.IGNORECASE
)  # ("the prison's governor")
# Bodies whose leader is an elected politician, who speaks as themself.
_ELECTED_BODIES = frozenset(["Council", "Party", "Government", "Assembly", "Parliament", "Senate", "Cabinet", "Group"])
# A council's leader or a member of its cabinet (a post of local government: a nation's cabinet
# has ministers), and the bodies a council is named as.
_COUNCIL_LEADER = LazyPattern(r"\bcouncil\b.*\bleader\b|\bleader of\b.*\bcouncil\b|\bcabinet member\b", re.IGNORECASE)
_COUNCIL = LazyPattern(r"\bCouncil\b|^(?:City|Town|Borough) of\b")
# The head of a US county's governing board ("Commission President", "chair of the county board of
# supervisors"), who speaks for the county as a council's leader does for it.
_COUNTY_HEAD = LazyPattern(
    r"^(?:the )?(?:(?:county )?(?:commission|board of (?:supervisors|commissioners))\s+(?:president|chair\w*)"
    r"|(?:president|chair\w*) of the (?:county )?(?:commission|board of (?:supervisors|commissioners))"
    r"|(?:[\w'’-]+ )*county (?:judge|executive|mayor))$",  # (a Texas county judge, a Maryland county executive)
    re.IGNORECASE,
)
_MINISTERS = LazyPattern(r"[\"“‘']?(?:The |Government )?[Mm]inisters\s*")
# ... and a council's members or chiefs, unqualified: "Councillors have", "Town hall chiefs have".
_COUNCILLORS = LazyPattern(
    r"[\"“‘']?(?:(?:The|Local|Town|City|County|Borough|District|Parish) )?[Cc]ouncill?ors\s*"
    r"|[\"“‘']?(?:Town [Hh]all|Council) (?:chiefs|bosses|officials)\s*"
    r"|[\"“‘']?(?:The )?(?:[Cc]abinet|[Cc]ouncil) members\s*"  # a council's cabinet: "Cabinet members agreed to"
)
# Bodies a minister or a secretary of state is of, and speaks for as themself.
_GOVERNMENTAL = LazyPattern(  # (an office named for its task is no department: "Office for Rail Safety")
    r"\b(?:Government|Department|Ministry|Treasury|Cabinet|Office(?! (?:for|of)\b)|Parliament|Senate|Congress)\b"
)
_CLIENT = LazyPattern(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y) clients?$")
# A body's people, or the inquiry it runs, as the subject: "its members will", "their staff
# would", "its inquiry would examine" commit the body; "our pilots will not fly", in its officer's words, too; "my
# officers will patrol the park", in a police chief's, commit the speaker.
MEMBERS = LazyPattern(
    r"\b(its|their|our|my|Its|Their|Our|My) (?:[\w-]+ )?(?:members|staff|workers|employees|officers|drivers|trustees|"
    r"investigators|inspectors|engineers|lawyers|pilots|crews|nurses|teachers|doctors|inquiry|investigation|review|team|"
    r"board|directors|deputies|detectives|firefighters)$"
)
# A body's members with no "its", in what its officer says: "Solidarity spokeswoman Jo Kang said members would",
# "Community council chairman Jo Munro said his members would".
SPOKEN_MEMBERS = LazyPattern(r"\b(?:said|says|added|confirmed)(?: that)?(?: his| her| our)? members$")
# The owner of a pledge named as a noun: "The report restates its commitment to": its, not the report's.
_OWN_PLEDGE = LazyPattern(r"\b([Ii]ts|[Tt]heir)\s*$")
# What "I" promise that "we" will do: "I promise you we will", "I can promise that we will".
_WE_PROMISED = LazyPattern(r"\s*(?:you\s+|them\s+|people\s+|everyone\s+)?(?:that\s+)?we\b")
# A plan of "ours" as the subject: "Our plan is to", "our aim now is to".
# A pledge in the second of two verb phrases shares the first one's subject: "the chair said
# it had raised £140,000 and planned to ask ..." (the 'it', not the chair, plans); "He said he had put
# £6m into the club and would not walk away" (his, not the club's).
_COORDINATED = LazyPattern(
    r"\b(?:said|says|added|confirmed|announced)\s+(?:that\s+)?(it|they|we|he|she)\s+"
    r"(?:[^,;.\"“”]|(?<=\d)[,.](?=\d))*?,?\s+and$"
)
# Who runs a body, opening a sentence: "The board of directors of the Kelby Cooperative", "The management board of".
_GOVERNING_OPENER = LazyPattern(
    r"^The (?:(?:management )?board(?: of directors| of trustees)?|management|trustees|directors|governors)"
    r" of (?:the )?"
)
# A second subject joined to a named first by its description only: "Carney and the hotel group will".
_AND_DESCRIBED = LazyPattern(r"\s+(?:and|&)\s+(?:the|its|his|her|their)\s+(?:[a-z][\w-]*\s*){1,3}")
# A group of people no body stands for, as the subject opening a sentence ("Local graziers raised",
# "Owners of 14 dyeing units met", "The family's neighbours, the Brinkhorst brothers, run"): what a "They"
# opening the next sentence is.
_PEOPLE_NOUN = (
    r"(?i:brothers|sisters|siblings|families|farmers|growers|graziers|ranchers|elders|residents|parents|owners|"
    r"landowners|fishermen|fishers|traders|vendors|villagers|neighbou?rs|shepherds|herders|volunteers|shopkeepers)"
)
# A subject that names a group no body's name holds: bodies or office-holders of a kind, in the plural ("County
# commissioners", "Forty small family cellars in the village of X"), or one body of a kind placed by "in" or "of"
# ("The village committee in Kampung Lingan Ulu"); not people of a kind ("Yarrabin residents will move to level 4
# restrictions", "Milk farmers will be paid"), as often a rule's or a deal's subjects as its makers.
# A body's officials as a subject, unnamed: "Federal regulators", "State inspectors", "Officials".
_OFFICIALS = LazyPattern(
    r"[\"“‘']?(?:(?:But|And|Now),? )?(?:[A-Z][a-z]+ )?(?:[a-z]+ )?"
    r"(?i:regulators|officials|inspectors|investigators|auditors|prosecutors|agents|detectives)"
)
# ... and the body or its spokesperson closing the sentence as its source: ", the agency said", ", a spokeswoman for
# the Department of Transportation said", ", a KBI spokesman said on Tuesday", ", the inspectorate confirmed, and a
# date is expected".
_SOURCE_NAME = r"[A-Z][\w'’&-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’&-]*){0,6}"
CLOSING_BODY_SOURCE = LazyPattern(
    r",\s+(?:an?\s+(?:[A-Z][\w'’&-]*\s+){1,3}spokes(?:man|woman|person)|an?\s+spokes(?:man|woman|person)\s+(?:for|at)\s+"
    r"(?:the\s+)?"
    + _SOURCE_NAME
    + r"|(?:the\s+)?"
    + _SOURCE_NAME
    + r"|the\s+"
    + BODY_NOUNS
    + r")\s+(?:said|says|announced|confirmed)(?:\s+(?:on\s+|in\s+a\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r"(?:\.?$|,\s+(?:and|but)\s)"
)
_GROUP_NOUNS = r"(?:committees|commissioners|councils|cellars|cooperatives|co-ops|elders)"
GROUP_SUBJECT = LazyPattern(
    r"[\"“‘']?(?:(?:But|And|Now),? )?((?:[A-Z][a-z]+\s+)?(?:[a-z][\w'’-]*\s+){0,3}?"
    r"(?:" + _GROUP_NOUNS + r"|committee|council|cooperative|co-op|association)"
    r"(?P<placed>\s+(?:in|of|from)\s+(?:the\s+(?:village|town|district|island) of\s+)?"
    r"[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})"
    r"|(?:(?!(?:He|She|It|They|We)\b)[A-Z][a-z]+\s+)?(?:(?!"
    + lexicon.SPEECH_RE.pattern
    + r")[a-z][\w'’-]*\s+){0,3}?"
    + _GROUP_NOUNS
    + r")"
)  # (not a clause a speaker reports: "She said committees would")
_BODY_NOUN = LazyPattern(r"\b(" + BODY_NOUNS + r")\b", re.IGNORECASE)
# People of a kind as the subject, placed by where they live: "Parents in the Wheatbelt town of Kellerton have vowed"
# (the place is where they are, not who vows).
PEOPLE_PLACED = LazyPattern(
    r"[\"“‘']?(?:[A-Z][a-z]+\s+)?(?:[a-z][\w'’-]*\s+){0,2}?"
    + _PEOPLE_NOUN
    + r"\s+(?:of|in|from|at|across|around)\s+(?:[\w'’-]+\s+){0,5}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
)
_PEOPLE_SUBJECT = LazyPattern(
    r"(?P<people>(?:[A-Z][a-z]+\s+)?(?:[a-z][\w'’-]*\s+){0,3}?"
    + _PEOPLE_NOUN
    + r"(?:\s+(?:of|in|from|at)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?)"
    + r"(?:,\s+(?P<named>the\s+(?:[A-Z][\w'’-]*\s+)+"
    + _PEOPLE_NOUN
    + r"),)?"
    + r"\s+(?:(?:[a-z]+ly|also|have|had|are|were)\s+)*"
    + r"(?:have|had|are|were|will|met|ran|run|own|say|said|told|took|gave|rose|[a-z]+ed)\b"
)
# A subject in the plural that names no one and says what "they" will do: "Prosecutors said they would", "Lawyers
# for the plaintiffs told reporters they would".
_PLURAL_SAYERS = LazyPattern(
    r"[\"“‘']?(?:(?:But|And|Now),? )?(?:[Tt]he )?"
    r"(?P<np>(?:[A-Za-z][a-z-]+ ){0,2}?[A-Za-z][a-z-]*[a-rt-z]s(?: (?:for|of|at|from|in) the [a-z]+)?) "
    r"(?:also )?(?:said|say|added|insisted|confirmed|announced"
    # (whom they told, after them: "Carriers have told the Transportation Department they plan to")
    r"|(?:have |had )?told (?:reporters|[a-z]+|(?:the |an? )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|the [a-z]+))"
    r"(?: that)? "
)
# Two bodies by their nouns as one subject: "The agency and the county council", "The company and the union".
_TWO_BODIES = LazyPattern(
    r"[\"“‘']?(?:(?:But|And|Now),? )?[Tt]he (?:[a-z-]+ ){0,2}?("
    + BODY_NOUNS
    + r") and (?:the |its )?(?:[\w'’-]+ ){0,3}?[\w'’-]+"
)
# Someone the speaker has told or assured they will have or get something: the speaker gives it ("I have told the
# head she will have the money", "We have assured families they will get a place").
_TOLD_RECIPIENT = LazyPattern(
    r"\b(I|[Ww]e)(?:['’]ve| have)? (?:told|assured|reassured|promised|guaranteed) (?:[\w'’-]+ ){1,4}?(?:that )?"
    r"(?:he|she|they|you) $"
)
_GIVEN_AFTER = LazyPattern(r"(?:\s+(?:also|still|all))?\s+(?:have|get|receive)\b")
_OUR_PLAN = LazyPattern(
    r"\b[Oo]ur (?:\w+ )?(?:plan|aim|intention|goal|commitment|promise|pledge|priority|target|ambition|mission)s?$"
)
# ... or people or things of "ours" the pledge is about: "Every one of our employees will receive", "Nobody on our
# waiting list will lose", "Our engineers will work": what "we" undertake.
_OURS = LazyPattern(r"\b[Oo]ur (?:[\w'’-]+ ){0,3}[\w'’-]+$")
# ... or everyone of a kind the pledge is for, then what they will get: "Every patient whose operation was cancelled
# will get a phone call", "Nobody who uses Brevair will pay more than $35", "No tenant will be moved until ...": what
# the speaker's side undertakes, as "we" would (not "Every household will feel the pinch", nor "will have to pay").
_EVERYONE_OF_A_KIND = LazyPattern(
    r"^[\"“‘']?(?:(?:From|By|Until|Under|In) [^,]{1,30}, )?"
    r"(?:[Ee]very|[Ee]ach|[Nn]o|[Nn]obody|[Nn]o one|[Aa]nyone|[Aa]ny)\b[^,;:\"“”]{0,100}$"
)
_WILL_GET = LazyPattern(
    r"(?:will|would|is going to|are going to)(?: also| still| now| all)?(?: not)? (?:" + _GETS + r"|be (?:refunded|"
    r"compensated|paid|contacted|called|rehoused|moved|asked to leave|left)"
    r"|pay (?:more|a penny|anything|nothing|extra|for)|lose)\b"
)
# A person's body named right after them: "Detective Jo Bell of Kelby Police", "Ann Ray, of Acme,".
_OF_BODY = LazyPattern(r"^,?\s+(?:of|at|from)\s+(?:the\s+)?$")
# ... or the body a relative clause right after them says they run: ", who chairs the", ", who has led the".
_RUNS = LazyPattern(
    r",\s+who\s+(?:also\s+|now\s+|still\s+)?(?:chairs|heads|leads|runs|manages|owns|"
    r"has (?:led|run|chaired|headed|managed|owned))\s+(?:the\s+)?"
)
_KIND_WORDS = LazyPattern(r"(?:[a-z][\w'’-]*\s+){0,3}")  # "the group Kelby Mothers", "the campaign group ..."
_BODY_PHRASE = LazyPattern(r"(?:[\w'’-]+\s+){0,2}?(" + BODY_NOUNS + r")(?:['’]s)?\b")
# A name no actor was made of opening the sentence as its subject ("Orbitel is to cut 200
# jobs", "Dorwick Foods, the bakery chain, said it would"): capitalised words, then the verb
# or an apposition.
_UNLISTED = LazyPattern(  # (never ending on "of": "The Union of Municipalities of the Kelby Valley, which ...,")
    r"(?:[A-Z][\w&'’.-]*)(?:\s+(?:(?:&|and)\s+|of\s+(?:the\s+)?)?[A-Z][\w&'’.-]*){0,4}(?=\s+[a-z]|,[^,]{1,100},)"
)
_POSSESSIVE_END = LazyPattern(r"['’]s?$")
_CONTRACTED = LazyPattern(r"['’](?:ll|re|ve|d|m)$")
_CONTRACTED_IS = LazyPattern(r"['’]s$")  # ("It's", "That's": a common word and "is", or an owner's name)
# ... or after the kind of body it is: "Highways contractor Granmore Civil has agreed to", "Tech
# giant Orlix will".
_KIND_BEFORE_NAME = LazyPattern(
    r"(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w'’-]*\s+)?(?i:" + BODY_NOUNS + r"|contractor|provider|giant|builder|housebuilder|"
    r"maker|producer|owner|landlord)s?\s+(?=[A-Z])"
    r"|(?:[A-Za-z-]+ )?(?i:bosses|chiefs|officials|executives|organi[sz]ers|researchers|scientists) (?:at|of|from) "
    r"(?:the )?(?=[A-Z])"  # "Bosses at X", "Organisers of the X Festival", "Researchers at X"
)
# The kind of body in lower case after a name that is no actor's: "The Kelby education department".
_LOWER_BODY = LazyPattern(r"(?:\s+[a-z][\w-]*){0,2}?\s+" + BODY_NOUNS + r"\b")
# A capitalised name before a thing's noun and its verb names the thing, not a body: "The Port Aldous bridge
# will close", "The Lowmoor ferry has stopped" (not "The Treasury also said": a verb's adverb).
_NAMED_THING = LazyPattern(
    r"\s+(?!(?:also|now|still|then|already|today|yesterday|previously|recently|again)\b)[a-z][a-z-]*(?<!ly)"
    r"\s+(?:will|would|has|have|had|is|are|was|were|can|could|may|might|shall|should|must)\b"
)
# A kind of place and the "of" that names it: " town of", " coastal city of".
_PLACE_OF = LazyPattern(
    r"(?:\s+[a-z][\w-]*)?\s+(?:town|city|village|county|region|province|district|island|state)\s+of\b"
)
# The words of a town's governing body's name: "Gránufjörður Municipality", "Kelby Town Council".
_LOCAL_RULE = LazyPattern(r"\b(?:Council|Municipality|Municipal Corporation)$")
_PEOPLE_WORDS = frozenset(["councillors", "members", "people", "workers", "officers", "police"])  # people act
_FIRST_PERSON = LazyPattern(r"(?:^|[\s\"“‘'])I\b")
# The first person singular right before a pledge's cue, as its subject: "I will", "'I'll", "I have promised".
_FIRST_PERSON_BEFORE = LazyPattern(_FIRST_PERSON.pattern + r"(?:['’]ll)?\s*(?:(?:have|had|also|would|will)\s+)?$")
# A bare noun for a body, or for its bosses, opening a headline or a bullet: "Firm promises", "Bosses vow".
_BOSSES = frozenset(["boss", "bosses", "chiefs", "administrators", "owners", "owner"])
# A body's bosses as a sentence's subject, the body after "at" or "of": "Bosses at Acme", "The chiefs of the trust".
_BOSSES_AT = LazyPattern(
    r"(?:(?:But|And|Now) )?(?:[Tt]he )?(?:[Bb]osses|[Cc]hiefs|[Ee]xecutives|[Mm]anagers) (?:at|of) (?:the )?"
)
# The head of a body the story names, called by the body's name and their rank: "the Ravenbrook boss".
_NAMED_BOSS = LazyPattern(
    r"[\"“‘']?(?:(?:But|And|Yet|So|Now) )?[Tt]he ([A-Z][\w'’-]+) (?:boss|chairman|chairwoman|owner|founder)"
)
# A subject of a body's first words and its noun in lower case: "North Calder trust vows".
_PLACED_OPENING = LazyPattern(r"^[-•*\s\"“‘']*(?:The\s)?((?:[A-Z][\w'’-]*\s){1,3})(" + BODY_NOUNS + r")\b")
_BARE_OPENING = LazyPattern(
    # (after a word that says which: "Chocolate firm vows to", "Parcel bosses promise")
    r"^[-•*\s]*(?:([A-Z][\w'’-]*)\s(?=(?-i:[a-z])))?(" + BODY_NOUNS + r"|" + "|".join(_BOSSES) + r")\b",
    re.IGNORECASE,
)
# A headline's or a bullet's subject, a body's noun after a word that says which: "Chocolate firm", "US fund".
_QUALIFIED_BARE = LazyPattern(r"[\"“‘']?([A-Z][\w'’-]*) (" + BODY_NOUNS + r")")
# A union's officer titled as its secretary: "regional secretary", "general secretary".
_UNION_SECRETARY = r"(?:general|regional|branch|national|district|area) secretary"
# A role that names its body by a noun: "the company's chief executive".
_ROLE_OF_BODY = LazyPattern(r"\b(?:the|its) " + BODY_NOUNS + r"['’]s\b", re.IGNORECASE)
# ... or names none, as an executive's or a spokesperson's title, bare or with its body: "Chief executive", "a
# spokesman", "chief executive of Acme Homes".
_OF_A_BODY = r"(?: (?:of|at) (?:the )?(?-i:[A-Z])[^,;]*)?"  # (a name: in capitals)
_SPEAKS_FOR_BODY = LazyPattern(
    _ROLE_OF_BODY.pattern + r"|^(?:an? |the )?(?:" + BODY_NOUNS + r" )?"
    r"(?:(?:national|regional|area|senior) officer|"
    r"(?:(?:regional|area|national|senior|executive|deputy|vice|assistant|district|group)[ -])*"  # "regional vice"
    r"(?:"
    r"chief executive|ceo|press secretary|" + _UNION_SECRETARY + "|"
    r"(?:managing |executive )?director|spokes(?:man|woman|person)|chief operating officer|general manager|"
    r"organi[sz]er|official|president|leader|chief constable|superintendent|principal|head ?teacher|vice-chancellor|"
    r"boss|(?:co-)?founder|"
    r"(?:joint )?administrator))" + _OF_A_BODY + r"$"
    r"|^(?:the )?(?:manager|head coach)" + _OF_A_BODY + r"$",  # a club's manager speaks for the club ("we will")
    re.IGNORECASE,
)
# A role that names its body by a noun after "of": "chair of the residents' alliance".
# A pledge verb's own clause whose subject is the body the pledger speaks for: "pledged (that)
# the company would", "vowed that its members would".
_BODY_CLAUSE = LazyPattern(
    r"\s+(?:that\s+)?(?:(?:the|its) ("
    + BODY_NOUNS
    + r")|(?:its|their) (?:members|staff|workers|volunteers)) (?:would|will)\b"
)
# ... or the body itself, by its name: "She pledged that Acme would hire an auditor".
_NAMED_CLAUSE = LazyPattern(r"\s+(?:that\s+)?([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4}) (?:would|will)\b")
# What an official says will be done, in the passive, to people or things: "said families would be
# notified", "said the road will be reopened by May".
_PASSIVE_CLAUSE = LazyPattern(
    r"\s+(?:that\s+)?(?:[a-z\d][\w'’-]*\s+){1,4}(?:would|will)(?:\s+not)?\s+be\s+(?:[a-z]\w*ly\s+)?"
    r"(?:\w+(?:ed|en)|cut|kept|put|set|shut|held|paid|sold|built|made|spent|lost|left|met|run)\b"
)
# ... or what an officer says a thing will do: "said the unit would stay open", "said prices would be frozen".
_SAID_THING = LazyPattern(
    r"\b(?:said|says|promised|pledged|vowed|confirmed|insisted|announced|added)\s+(?:that\s+)?"
    r"((?:[a-z][\w'’-]*\s+){1,5})(?:would|will)\b"
)
# ... not when the clause's subject is a person, a body or its people: "said he would", "said the council would".
_NO_THING = LazyPattern(
    r"\b(?:he|she|they|we|i|it|you|his|her|my|our|their|ministers?|officials?|police|" + BODY_NOUNS + r")\b"
)
_HEADS_BODY = LazyPattern(
    r"\b(?:chief executive|ceo|president|director|chair(?:man|woman|person)?|(?:co-)?founder|"
    r"spokes(?:man|woman|person)|head|leader|secretary|organi[sz]er|manager|owner|partner|chief|boss|principal|vice-chancellor|superintendent|"
    r"treasurer|commissioner|governor|executive|officer|dean|editor|coach|captain|trustee) "
    r"(?:of|at|for)\b(?! State\b)",
    re.IGNORECASE,
)
_CHAIRED = LazyPattern(
    r"\b(?:chair(?:man|woman|person)?|head|leader|president|convenor|convener) of (?:the )?"
    r"((?:[\w'’-]+ ){0,7}?(" + BODY_NOUNS + r")(?: of [a-z]+)?)$"
)
_ROLE_OF_NAME = LazyPattern(
    r"\b(?:of|at|for) (?:the )?(?:" + lexicon.ORG_DESCRIPTOR_WORDS + r" )?"
    r"((?:[A-Z][\w&.-]*(?:['’]s?)?)(?: (?:[A-Z][\w&.-]*(?:['’]s?)?|of|and|for|&)){0,6})$"
)
# ... and a body's branch by the place it is at: "branch president of the University and College Union at Wexmoor".
_BODY_AT_PLACE = LazyPattern(
    r"\b(?:of|for) (?:the )?([A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|and|for|&)){0,6}) at (?:the )?[A-Z][\w.-]*"
    r"(?: [A-Z][\w.-]*){0,3}$"
)
# What places a subject before the place it names: " in west suburban ", " at ", ", near ".
_LOCATED_IN = LazyPattern(r",? (?:in|at|near|outside) (?:(?:the )?[a-z-]+ ){0,3}")
# A role that names its body by a noun that owns it: "the co-operative's chair".
_NOUN_OWNED_ROLE = LazyPattern(r"^(?:the|its) (" + BODY_NOUNS + r")['’]s ", re.IGNORECASE)
_OF_NOUN_ROLE = LazyPattern(r"\b(?:of|for|at) (?:the|its) (?:[a-z'’-]+ ){0,2}(" + BODY_NOUNS + r")$", re.IGNORECASE)
# Last words of the names of places people gather, which may be named only as where something happens.
_VENUE_HEADS = frozenset(  # ("a packed gym at Kelby High School")
    re.findall(
        r"\w+",
        "Club Hall Arms Inn Hotel Centre Center Theatre Theater Tavern School Academy Stadium Arena Church Library",
    )
)
# "In the" or "at" before a body's name: the name is where something happens ("a meeting in the Social Club").
_VENUE_BEFORE = LazyPattern(r"\b(?:[Ii]n|[Aa]t|inside|outside) (?:the )?$")
# A spokesperson for a body called by its trade ("a spokeswoman for the utility"), not by a noun any body goes by,
# which a story uses for whichever it named last ("a spokeswoman for the company").
_FOR_TRADE = LazyPattern(
    r"\bspokes(?:man|woman|person) for the (?!(?:company|firm|group|business|organi[sz]ation)$)[a-z]+$"
)
_CHAIR = LazyPattern(
    r"chair(?:man|woman|person)?(?: of (?:the )?(?:trustees|governors|directors|board))?", re.IGNORECASE
)
# A superintendent of schools, and the bodies they run ("Harwick County Schools", "Ashgrove School District").
_SUPERINTENDENT = LazyPattern(r"(?:the )?(?:schools |district )?superintendent(?: of schools)?", re.IGNORECASE)
_SCHOOLS = (LazyPattern(r"\bSchools$|\bSchool District$"), LazyPattern(r"\bSchool Board$|\bBoard of Education$"))
# A school by its name's ending ("Fenwick Elementary", "Kelby High School", "St Mary's Primary", an English academy:
# "Castle Street Academy"), and the trust that runs a group of them ("Beacon Ridge Learning Trust", "Kelby Academy
# Trust").
_SCHOOL_NAME = LazyPattern(
    r"\b(?:Elementary|Primary|Middle|High|Junior|Infant|Secondary|Academy)(?: School)?$|\bSchool$"
)
# ... and its head, who speaks for the school itself ("Principal Jo Roe said the school is to hold an open house").
_SCHOOL_HEAD = LazyPattern(r"\b(?:[Pp]rincipal|[Hh]ead ?teacher|[Hh]ead of school|[Hh]eadmaster|[Hh]eadmistress)\b")
_SCHOOL_TRUST = LazyPattern(r"\b(?:Learning|Academy|Academies|Education|Schools) Trust$")
# A role a trading noun opens, a firm's officer's: "company spokesperson", "the firm's director".
_TRADE_ROLE = LazyPattern(
    r"(?:the )?(?:company|firm|developer|operator|miner|carrier|retailer|airline|bank|lender|insurer)(?:['’]s)? ",
    re.IGNORECASE,
)
# An officer only a business has.
_FIRM_OFFICER = LazyPattern(
    r"(?:the )?(?:managing director|chief (?:operating|financial|commercial) officer|coo|cfo)", re.IGNORECASE
)
# ... or one a business, a trust or a public body has, never a school, a church or a library.
_EXECUTIVE_OFFICER = LazyPattern(
    _FIRM_OFFICER.pattern + r"|(?:the )?(?:chief executive(?: officer)?|ceo)", re.IGNORECASE
)
# The last words of the names of bodies no chief executive runs.
_RUN_BY_NO_EXECUTIVE = frozenset(
    [
        "Primary",
        "Infants",
        "Juniors",
        "School",
        "Academy",
        "Church",
        "Cathedral",
        "Chapel",
        "Mosque",
        "Synagogue",
        "Temple",
        "Library",
    ]
)
# A bare title of the head of a business or a school ("boss", "headteacher"), whose body is the one
# the story is about when none is named before.
_EXECUTIVE = LazyPattern(
    r"(?:the )?(?:chief executive|ceo|managing director|chief operating officer|general manager|boss|head ?teacher|"
    r"principal|chair(?:man|woman|person)?|(?:co-)?founder)",
    re.IGNORECASE,
)
# A preposition right before a body the sentence's subject deals with: "gets its money from the ", "sued by ".
_DEALT_WITH = LazyPattern(r"\b(?:from|to|by|with|against|than|for) (?:the )?$")
# A post's owner before it: "Acme's " of "Acme's chief executive".
_OWNER_BEFORE_POST = LazyPattern(r"^(?:[A-Z][\w&.-]*\s)*[A-Z][\w&.-]*['’]s\s")
# Institutions a story names again by the noun their name is built on: "the airport".
_INSTITUTIONS = frozenset(
    {"airport", "museum", "college", "university", "brewery", "hospital", "school"} | lexicon.VENUE_BODIES
)
# A relative clause between a name and its verb, however long: "Kelby Rail Co., which owns the main line
# that passes the site, has agreed to", "The Kelby Electric Cooperative (Keco), which serves the towns,"; or a
# participle's description set off the same way ("The authority, set up in 2011 after floods, has committed"), or
# a description that goes on in one ("Kelby Motor, the Hanoi-based maker of scooters that sold 85,000 units, will").
RELATIVE_BETWEEN = LazyPattern(
    r"\.?(?:\s[A-Za-z]{1,4}\.?)?(?:\s\([A-Z][\w&.-]{1,11}\))?,\s+"
    r"(?:which|who|(?:[a-z]+ed|set up|run|led|founded|owned|based)\s"
    r"|(?:the|an?)\s(?:[\w'’-]+\s){1,5}?(?:that|which|who)\s)"  # "..., the Hanoi-based maker that sold ...,"
    r"(?:[^,;:\"“”]|,(?=\d)){1,150},\s+(?:[a-z]+\s+){0,2}"
)
_PRONOUN_WORD = LazyPattern(r"\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b")
# The words of a speaker's role that can name their body ("district chairman": "district"), titles aside.
_ROLE_WORD = LazyPattern(r"[\w'’-]+")
_TITLE_WORDS_LOWER = frozenset(w.lower() for w in lexicon.TITLE_WORDS)
# A description after a verb of speech, a name set off after it: "said the regency-owned lender, Bank Kelby,".
_SAID_DESCRIPTION = LazyPattern(
    r"\b(?:said|says|added|announced|confirmed|told [\w ]{1,40}?) (?:that )?(?:the|its|his|her|their|an?) "
    r"(?:[\w'’-]+ ){0,4}?[\w'’-]+, $"
)
_APPOSED_END = LazyPattern(r"(?:\s\([A-Z][\w&.-]{1,11}\))?,\s*")  # (its initials may follow it: "Kelby Rail (KR),")
# ... or a name before the noun for its kind: "said the Glens Air Ambulance charity would".
_SAID_THE = LazyPattern(r"\b(?:said|says|added|announced|confirmed)(?: that)? the $")
_KIND_AFTER = LazyPattern(r" " + lexicon.ORG_DESCRIPTOR_WORDS + r" ")
# A clause that gives its body's name: "The group, which calls itself Millbeck Pool Friends,".
_CALLS_ITSELF = LazyPattern(
    r"\b(?:calls? (?:itself|themselves)|(?:known|named|called) as|is (?:known|named|called)) "
    r"((?:[A-Z][\w'’&-]* ?)+)(?=,)"
)
# A body's noun opening the sentence: "The co-op", "An airline".
OPENING_BODY = LazyPattern(r"^(?:The|An?) (?:[\w-]+ )?" + BODY_NOUNS + r"\b(?!['’]s)")
# Nouns news calls a body by only when its name holds one of these words: "the fund" is the Kelby Pension Fund,
# "the metro" Kelby Metro Municipality (a South African city's council), "the varsity" a university (news's word in
# South Asia, Africa and Malaysia), "the diocese" a diocese.
_CALLED_BY_NAME = {
    "fund": frozenset(["Fund", "Fonds", "Fondo", "Fundo"]),
    "metro": frozenset(["Metro", "Metropolitan", "Municipality"]),
    "varsity": frozenset(["University", "Universiti", "Varsity"]),
    "diocese": frozenset(["Diocese", "Archdiocese", "Eparchy"]),
    "museum": frozenset(["Museum", "Museums"]),  # (no council or city the museum stands in)
    "gallery": frozenset(["Gallery", "Galleries"]),
}
# Last words of a body's name that a common noun stands for: "the club" is Dunmore City or Kelby Rovers.
_ENDS_AS = {"club": lexicon.CLUB_ENDINGS, "side": lexicon.CLUB_ENDINGS}  # (a team is "the side" in sport)
# A lead that names its body only by a description, the name coming a sentence or two later
# ("One of Britain's biggest pharmacy chains is to close 212 branches", "A Dorset council has
# pledged ..."): the description is the subject, up to its verb.
# Trades only firms carry on, by the noun news leads with: "A Norwegian shipbuilder has agreed to".
_FIRM_TRADES = (
    r"(?:shipbuilder|housebuilder|toymaker|drugmaker|chipmaker|steelmaker|automaker|planemaker|miner|"
    r"supplier|wholesaler|distributor|bookmaker|energy supplier)"
)
# A firm described by its trade as the sentence's subject, the one the story is about: "The listed grocer, which has
# 212 stores, told the ASX".
_DESCRIBED_FIRM = LazyPattern(
    # (after where it is based: "The Cleveland-based operator", "The New York-based lender")
    r"[\"“‘']?The (?:[a-z][\w-]* |(?:[A-Z][\w.]* )?[A-Z][\w.]*-based ){0,2}("
    + _FIRM_TRADES
    + r"|grocer|retailer|supermarket|chain|carrier|airline|lender"
    r"|insurer|bank|miner|operator|developer|manufacturer|carmaker|utility|company|firm|group)\b"
)
DELAYED_BODY = LazyPattern(
    # (or by its rank in a place: "Britain's biggest housebuilder has", "South Korea's second-largest lender said")
    # (not a body one would have: "A larger combined school would give students more", "A single operator would")
    r"^[\"“‘']?(?:An?(?! (?:larger|bigger|smaller|better|stronger|cheaper|leaner|merged|combined|single|more \w+)\b)"
    r"|One of (?:the|[A-Z][\w'’]*)"
    r"|(?:The (?:world|country|state|county|city|region|province|island)|[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})['’]s"
    r"(?= (?:[a-z]+-)?[a-z]+est\b)) "
    r"(?:(?!(?:of|for|at|from|with|by|to|in|and|the|its|their|his|her|who|which|that)\b)"
    r"(?!(?:" + "|".join(sorted(lexicon.SPEECH_VERBS | _PERSON_NOUNS)) + r")\b)[\w'’-]+ ){0,4}?"
    r"(" + BODY_NOUNS + r"|" + _FIRM_TRADES + r"|system)(?:s|es)?"  # (and "the county's largest school system")
    # (also described by a clause, a participle or a place, figures' commas and stops kept: "A trust that has been
    # criticised ... is to", "A water utility serving about 41,000 people said", "A cooperative in Oberfeld has")
    r"(?: (?:that|which) (?:[^,;:.\"“”]|(?<=\d)[,.](?=\d)){1,160}?"
    r"| (?:serving|running|employing|operating|owning|based|owned|run|in|near|outside|across)"
    r"(?: (?!(?:can|could|may|might|must|should|would|will|is|are|was|were|has|have|had)\b)"
    r"[\w'’()&-]+(?:,\d+)*){1,12}?"
    # (or a passive participle with its agent: "A police force branded 'inadequate' by inspectors is to"; not one
    # that names who runs it, which ``_subject`` gives: "A committee chaired by Jo Lee plans to")
    r"| (?!(?:chaired|led|headed|founded|owned|backed|funded|formed|created)\b)(?:[a-z]+ed|hit) "
    r"(?:[\w'’-]+ ){0,3}?by (?:[\w'’-]+ ){0,3}?[\w'’-]+)?"
    r"(?= (?:[a-z]\w*ly )?(?:has|have|is|are|will|would|plans?|pledged|promised|vowed|agreed|intends|aims"
    r"|said|says|announced|confirmed)\b)"
)
_DELAYED_REACH = 3  # sentences after the lead in which its body is named
# A role that opens with the noun of the body it serves: "union organiser", "council leader".
_NOUN_ROLE = LazyPattern(r"^(?:an? |the )?(" + BODY_NOUNS + r") [a-z-]+(?: [a-z-]+)?$", re.IGNORECASE)
# Any noun that opens a role the same way: "Zoo director", "Museum curator", "Hospice manager".
_HEAD_ROLE = LazyPattern(r"^(?:the )?([A-Za-z]+) [a-z-]+(?: [a-z-]+)?$")
# A description opening the sentence, then the name it describes between commas, then the
# verb: "Its publisher, Orvel Press, announced it would", "The Minister for Ports, Jo Hale,
# pledged". The name is the subject, not a name inside the description.
# Also after a lead-in: "Writing in the Record, the Home Secretary, Ivo Lake, promised".
_DESCRIPTION = (
    r"^[\"“‘']?(?:[A-Z][^,;:\"“”]{2,60},\s*)?"
    r"(?:[Tt]he|Its|His|Her|Their|Our|A|An|[A-Z][\w-]*['’]s)\s[^,;:\"“”]{2,80},\s*"
)
# A name, then a relative clause whose verb is the pledge: "X Solicitors, which said it would",
# "Kelby Council, which has pledged to", "businessman Jo Lee, who has promised to": the name commits;
# so does a body whose officer says "it" will: "Acme Cleaning, whose managing director, Jo Lee, said it would".
_WHICH = LazyPattern(
    rf"\b({_NAME}),\s*(?:which|(who)\b|whose\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+(?:,\s*[^,;]{{1,60}},)?\s+"
    r"(?=(?:[a-z]\w*ly\s+)?(?:has\s+|have\s+)?(?:said|says|announced|confirmed|added)\s+(?:that\s+)?(?:it|they)\s+$))\s*"
    r"(?:(?:[a-z]\w*ly|has|have|had|also|now|said|says|announced|confirmed|added)\s+)*"
    r"(?:that\s+)?(?:it\s+|they\s+|he\s+|she\s+)?$"
)
# The last item of a list, right before a name: "with the company, the unions and ".
# A body by its noun as a relative clause's antecedent: "talks with the federal government, which has agreed to".
_WHICH_BODY = LazyPattern(
    r"\b[Tt]he ((?:[a-z][\w-]* ){0,2})(" + BODY_NOUNS + r"),\s*which\s+(?:(?:[a-z]\w*ly|has|have|had|also|now)\s+)*$"
)
# Qualifiers that make a government or its agency one of its kind: "the federal government", "the state authority".
_TIERED_GOVERNMENT = LazyPattern(r"\b(\w+) government$")
_TIER = frozenset(re.findall(r"\w+", "federal state national provincial regional cantonal central local county city"))


def _gazetteer_kind(name: str) -> str:
    """What the shipped gazetteer says a place is: 'country', 'city', 'region' (a state or province), or ''."""
    return lexicon.places()["names"].get(name, ("", ""))[1]


def _tiered(qualifier: str, noun: str) -> str | None:
    """A government or its agency in the story's words, when its qualifier names its tier ("federal government",
    "cantonal government"); None for any other qualifier."""
    return f"{qualifier} {noun}" if qualifier in _TIER else None


# A capitalised compound that says where a body is based, listed or who owns it, no name: "The Aim-listed group".
_DESCRIBING_COMPOUND = LazyPattern(
    r"\w-(?:listed|based|owned|backed|run|led|born|made|funded|registered|headquartered|controlled|founded)$"
)
_LIST_CLOSES = LazyPattern(r",[^,]{1,60}(?:,| and) (?:the )?$")
_DESCRIBED_NAME = LazyPattern(
    # "Its owner, the investment firm Orvel Capital,", "A local businessman, car dealer Ray Vukovich,"
    # (not a participle's agent: "The Water Board, chaired by Jo Lee, has agreed" is the board's; nor a
    # relative clause's object: "The Kelby Metro, which owns the City Hall, has undertaken" is the Metro's)
    # (also "the" alone and the initials after a name: "The women's co-op that runs the ovens, the Groupement des
    # Fumeuses de Joal (GFJ), has agreed")
    # (nor a place it is based in: "Haddleton's Brewery, based in Harnley, will" is the brewery's)
    _DESCRIPTION + r"(?:(?:the\s+|an?\s+)?(?!(?:the|an?)\s)"
    r"(?:(?!(?:by|which|who|whose|that|in|at|near|from|outside)\s)[a-z][\w-]*\s+){1,3}"
    r"|the\s+)?"
    r"([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and|for|de|des|du|del|la|da|do|dos)){0,6})"
    r"(?:\s+\([A-Z]{2,8}\))?,\s*(?:\w+\s+){0,3}$"
)


_BACK_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
# A description through a body's possessive: "Its chief executive,", "The charity's founder,".
_OWNED_DESCRIPTION = LazyPattern(r"[\"“‘']?(?:Its|Their|The [a-z]+['’]s|[A-Z][\w-]*['’]s)\s")
_BODY_PRONOUN_BEFORE = LazyPattern(r"\b(?:it|they)\s+$")
# A body's bosses as a sentence's subject, after a word that says which or none: "Ferry bosses will".
_BOSSES_SUBJECT = LazyPattern(r"[\"“‘']?(?:([A-Z][\w'’-]*) )?(?:[Bb]osses|[Cc]hiefs)\s*")
# A body noun with no article opening a headline or a bullet: "Club will submit plans", "Operator to pay".
_BARE_BODY = LazyPattern(r"[\"“‘']?(?=[A-Z][a-z]+$)(?i:(" + BODY_NOUNS + r"))")
# A body that governs a place, which the place's name before it stands for: "The Aragón regional government".
_PLACES_BODY = LazyPattern(r"(?i:government|council|authority|administration|state|city|county|assembly|executive)")
# A body's noun or its bosses in lower case after a sentence's opening capital: "Safari park bosses", "Quarry firm".
_BODY_AFTER_OPENER = LazyPattern(r" (?:[a-z][\w'’-]* )?(bosses|chiefs|owners|" + BODY_NOUNS + r")\b")
_QUOTE_OPENS = LazyPattern(r"(?<=\w)\s+[\"“‘']$")
# A role that belongs to a name by its possessive: "Brightwell's chief executive", "Jo Lee's lawyer".
# A role owned by a trade in lower case: "the processor's chief executive", "the importer's buyer".
_TRADE_OWNER = LazyPattern(r"^the (" + "|".join(sorted(lexicon.TRADING_NOUNS)) + r")['’]s [a-z]")
_OWNER = LazyPattern(r"^(?:[Tt]he )?([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,4})['’]s [a-z]")
# ... or by its name before the title of the one who runs it: "Kelby Rovers boss", "Acme chief executive".
# A post whose holder only speaks for a body: "spokeswoman", "press secretary".
_SPEAKS_ONLY = LazyPattern(r"spokes|press secretary")
_NAME_BEFORE_HEAD = LazyPattern(
    r"^([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}) (?:boss|chief executive|managing director|manager|chair(?:man|woman)?|"
    r"owner|founder|press secretary|spokes(?:man|woman|person))$"
)
# A lawyer's or an agent's role that names no body: "her solicitor", "the player's agent".
_COUNSEL_ROLE = LazyPattern(
    r"(?:(?:his|her|their|the|[A-Z][\w-]*(?: [A-Z][\w-]*)*['’]s) )?(?:solicitor|lawyer|attorney|barrister|agent)",
    re.IGNORECASE,
)
# What a speaker says "the singer" or "investigators" will do: a lawyer's "the singer" is the
# client's pledge, a spokesperson's "investigators" their body's.
_THE_DESCRIBED = LazyPattern(r"\bthe (?:" + "|".join(sorted(lexicon.PERSON_DESCRIPTORS)) + r")\s*$")
_SPOKESPERSON_FOR = LazyPattern(r"\bspokes(?:man|woman|person) for (?:the )?(" + _NAME + r")")
_SAID_STAFF = LazyPattern(
    r"\b(?:said|says|added)(?: that)? (?:investigators|inspectors|officers|trustees|officials|members|staff|"
    r"prosecutors|detectives|engineers|crews)\s*$"
)
# A second verb joined by "and" to a first one, whose subject is both's.
_AND_THEN = LazyPattern(lexicon.JOINED_BY_AND)
# A pronoun opening the sentence before a first verb in the past: "It cut its dividend and will raise".
_LEAD_SUBJECT = LazyPattern(  # (also a body by its noun: "The neighborhood council voted to oppose it and agreed to")
    r"(?:It|They|He|She|We|The(?: [a-z-]+)? (?:council|board|committee|authority|union|company|firm|group|trust))"
    r"(?= [a-z]+ed\b| (?:cut|set|put|made|won|lost|sold|paid|took|kept|held|gave|got|ran|met"
    r"|left|said|told|found|bought|built)\b)"
)
_FIRST_VERB = LazyPattern(r"\b(?:will|would|has|have|had|is|are|was|were|'ll)\b|['’]ll\b")
# A family named by its surname, as the subject or the one that says "they would": the family, not one of them
# ("The Pearce family said they would hand in their petition", "The Okafor family will sue").
_FAMILY_SUBJECT = LazyPattern(
    r"[\"“‘']?(?:(?:But|And) )?[Tt]he ((?:[A-Z][\w'’-]+ ){1,2}family)"
    r"(?: (?:has |have )?(?:also )?(?:said|says|told [\w ]{0,30}?)(?: that)? (?:they|we))?"
)
# A body's kind by its qualifier and noun, each a group: "parish council", "school board", "health trust".
_QUALIFIED_KIND = (
    r"(parish|community|town|district|county|city|borough|school|health|water|police|housing) "
    r"(council|board|authority|trust|department|committee|district|corporation)"
)
# A role owned by a body named by its qualified noun: "the county council's cabinet member for education".
_QUALIFIED_OWNER_ROLE = LazyPattern(r"^(?:the )?" + _QUALIFIED_KIND + r"['’]s ", re.IGNORECASE)
# An officer set off by a comma at a sentence's end, their title before their name: ", chief executive ".
_TRAILING_OFFICER = LazyPattern(r",\s+(?:[a-z][\w-]*\s+){1,3}$")
# A body named by a kind in lower case: "the parish council", "the community council".
_QUALIFIED_BODY = LazyPattern(r"^[\"“‘']?[Tt]he " + _QUALIFIED_KIND + r"\b")
# A body by the kind its qualifier makes it, as a clause's whole subject ("The central bank will", "The finance
# ministry plans to", "The students' union said it would", any people's ("the musicians' union"), "The state pension
# fund, which owns 12% of Acme, said it would"): never a body of another kind that merely shares its noun (a
# high-street bank, the firm it owns part of).
# The governing body of a place or a community, named by its tier: "the municipal board", "the band council",
# "the temple administration" (these tiers only with these nouns: "the national council" is no such kind; _kind).
_GOVERNING_TIERS = ("municipal", "band", "parish", "village", "tribal", "temple", "district", "community")
_GOVERNING_BODIES = ("board", "council", "administration", "committee")
_KINDS = (
    r"((?:[a-z]+ )?)(central|finance|foreign|health|defen[cs]e|interior|education|transport|justice|environment|"
    r"[a-z]+s['’]|pension|combined|state|national|federal|provincial|regional|cantonal|"
    + "|".join(_GOVERNING_TIERS)
    + r") (bank|ministry|union|fund|authority|department|inspectorate|regulator|agency|"
    + "|".join(_GOVERNING_BODIES)
    + ")"
)
_KIND_QUALIFIED = LazyPattern(r"[\"“‘']?(?:[A-Z][^,]{0,40},\s*)?[Tt]he " + _KINDS)
_KIND_QUALIFIED_SAID = LazyPattern(
    r"[\"“‘']?(?:[A-Z][^,]{0,40},\s*)?[Tt]he " + _KINDS + r"(?:, (?:which|whose)\b[^,]{0,120},)? (?:has |had )?"
    r"(?:also )?(?:said|says|announced|confirmed|added)(?: that)? "
)


def _kind(found: re.Match[str] | None) -> re.Match[str] | None:
    """A match of ``_KINDS`` that names a body's kind: a governing tier only with a governing body's noun."""
    return found if found and (found.group(2) in _GOVERNING_TIERS) == (found.group(3) in _GOVERNING_BODIES) else None


# The names a central bank goes by: "Bank of Lusmark", "Reserve Bank of India", "Kelby Central Bank".
_CENTRAL_BANK = LazyPattern(r"^(?:Bank of |Reserve Bank|Federal Reserve|National Bank of )|\bCentral Bank\b")
# Who speaks for a person, so that their "we" and "he will" are the client's.
_REPRESENTS = frozenset(
    {"solicitor", "lawyer", "attorney", "barrister", "agent", "representative", "spokesman", "spokeswoman"}
)


# A body's noun saying what "it" will do: "The agency said it would".
_NOUN_SAID = LazyPattern(
    r"[\"“‘']?(?:(?:But|And) )?[Tt]he (" + BODY_NOUNS + r") (?:has |had )?(?:also )?"
    r"(?:said|says|announced|confirmed|added)(?: that)? "
)
# Words before a body's noun that tell no body apart: "the same agency", "the new company".
_NO_QUALIFIER = (
    r"(?:same|other|new|former|whole|first|last|next|own|very|only|two|three|four|both|each|such|that|this|"
    r"\w+['’]s|\w+ing)"
)
# A body called by its noun after a compound or participle that describes it, as the subject of what it said:
# "The cash-strapped authority, which slashed library hours last year, said it would", "The embattled lender said
# it" (a tier's own word, "The band council", "The community council", is part of its name, no description).
_DESCRIBED_NOUN_SAID = LazyPattern(
    r"[\"“‘']?(?:(?:But|And) )?(?P<np>[Tt]he (?!"
    + _NO_QUALIFIER
    + r"\b)(?:[a-z]\w*-[\w-]+|[a-z]\w+ed) (?P<noun>"
    + BODY_NOUNS
    + r"))"
    r"(?:,\s+(?:which|who)\s(?:[^,]|(?<=\d),(?=\d)){1,120},)? (?:has |had )?(?:also )?"
    r"(?:said|says|announced|confirmed|added)(?: that)? "
)
_DESCRIBED_REACH = 6  # sentences back to the words that describe an unnamed body


def _built_on(noun: str, name: str) -> bool:
    """Whether a body's name holds the noun, or a word of the same stem: "the brewery" of Kelby Breweries, "the
    miner" of Minera Altos del Loa, "tram bosses" of WexTram (a part after a capital inside a word). A short noun
    must be whole: "tram" is no stem of "Transport"."""
    stem = noun.lower()[:-1] if len(noun) > 4 else noun.lower()
    words = [part for word in name.split() for part in (word, *_INNER_CAPITAL.findall(word[1:]))]
    return any(word.lower().startswith(stem) for word in words)


# A part of a word that starts with a capital inside it: "Tram" of "WexTram", "Rail" of "ScotRail".
_INNER_CAPITAL = LazyPattern(r"[A-Z][a-z]{2,}")


def _described_body(who: str | None) -> bool:
    """Whether a committer is a body the story gives only by its words in lower case ("municipal board", "federal
    government"), as it gives none of its names."""
    return bool(who) and who[:1].islower() and who.split()[-1].capitalize() in lexicon.ORG_WORDS


def _unnamed_public_body(opening: str) -> str | None:
    """The words for a public body the story does not name when they are all of the clause's
    subject: "federal government" for "The federal government has" (better than no one)."""
    found = _UNNAMED_PUBLIC_BODY.fullmatch(opening)
    return found.group(1) if found else None


def _is_title(words: str) -> bool:
    """A post, not a name: its last word, or that word's last part, is a title head or role
    noun ("Vice-chancellor", "Skills Minister")."""
    last = words.split()[-1]
    return last in lexicon.TITLE_HEADS or last.lower().split("-")[-1] in lexicon.ROLE_NOUNS


def _titled_person(words: str) -> bool:
    """A person by a title the lexicon does not know, then a given name and a surname
    ("Prosecutor Jo Lee", after "Kelby County"): no body that "it" could stand for."""
    parts = words.split()
    return len(parts) >= 3 and parts[0] not in lexicon.first_names() and parts[1] in lexicon.first_names()


def _in_a_name(text: str, start: int) -> bool:
    """Whether a capitalised word right before ``start`` makes the name there part of a longer
    one ("Universities UK", "Visit Wales"); not "The UK", "Yesterday Britain"."""
    word = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(word) and word.group(1) not in lexicon.NON_NAMES


def _own_verb(between: str, name: str = "", person: bool = False, thing: bool = False) -> bool:
    """Whether the words after a name's last comma lead to the pledge as its verb ("Jo Roe,
    head of X, vowed to"), not to a speech verb that opens a clause with a subject of its
    own ("..., said the group will"); a pronoun after it is the name again ("..., said it would"),
    unless it is of the other sex ("Ann Rusk, his barrister, said he would": her client),
    "it" after a person ("Jo Roe, who chairs the branch, said it would": the body) or "he" or
    "she" after a place or a body (``thing``: "The mayor of Wyvern, Dan Lee, said he would": Dan Lee)."""
    tail = between.rsplit(",", 1)[-1].split()
    verbs = [k for k, word in enumerate(tail) if lexicon.SPEECH_RE.fullmatch(word)]
    rest = [w for w in tail[verbs[-1] + 1 :] if w != "that"] if verbs else []
    if (person and rest == ["it"]) or (thing and rest in (["he"], ["she"])):
        return False
    return not rest or (len(rest) == 1 and rest[0] in _BACK_PRONOUNS and lexicon.may_be(name, rest[0]))


# A country's mission abroad: "Embassy of India (in Washington)", "the Kenyan embassy", "British High Commission".
_MISSION_OF = LazyPattern(
    r"\b(?:Embassy|High Commission|Consulate(?: General)?) of (?:the )?([A-Z][\w ]+?)(?: in [A-Z][\w ]+)?$"
)
_MISSION_BY = LazyPattern(
    r"^(?:[Tt]he )?([A-Z][a-z]+) (?:[Ee]mbassy|[Hh]igh [Cc]ommission|[Cc]onsulate(?: [Gg]eneral)?)$"
)


def _embassy_country(body: str) -> str | None:
    """The country an embassy, high commission or consulate represents, when the gazetteer knows it."""
    gazetteer = lexicon.places()
    of = _MISSION_OF.search(body)
    if of and of.group(1) in gazetteer["names"]:
        return gazetteer["names"][of.group(1)][0]
    by = _MISSION_BY.match(body)
    return gazetteer["demonyms"].get(by.group(1)) if by else None


def _apposed(between: str, name: str = "", person: bool = False, thing: bool = False) -> bool:
    """Whether a name is described between commas right before its pledge."""
    return bool(_APPOSED.match(between)) and _own_verb(between, name, person, thing)


# Nouns for a business, and the words in a body's name that say it is none: "the company" a
# union official speaks of is the employer, not the National Union of X.
# Kinds of body that are no firm, and the word before a name that gives one ("campaign group X").
_NOT_FIRMS = frozenset(["charity", "union", "campaign", "association", "alliance", "coalition", "trust"])
_RIVALS = frozenset(["rival", "rivals"])
# What a story writes after the name of an institution a firm may run: "Larch House care home", "Elm Grove school".
_INSTITUTIONS_AFTER = ("care home", "nursing home", "school", "hospital", "hospice", "museum", "library")
# Two subjects joined, the second maybe with its kind: "Acme and Bolt", "Acme and the charity Bolt".
_JOINED = LazyPattern(r" and (?:the )?(?:[a-z][\w-]* )?")
MAX_JOINING_TITLE_WORDS = 3


def _joined_by_title(between: str) -> bool:
    """Whether "and" and the second one's title join two names: " and County Executive ", " and council leader "."""
    if not between.startswith(" and ") or not between.endswith(" "):
        return False
    words = between[5:].split()
    return (
        0 < len(words) <= MAX_JOINING_TITLE_WORDS
        and all(w.isalpha() for w in words)
        and (words[-1] in lexicon.TITLE_WORDS or words[-1].lower() in lexicon.ROLE_NOUNS)
    )


# The words of an apposition after a name: "Coldharbour Confectionery, a Leicestershire chocolate firm".
_APPOSITION_WORDS = LazyPattern(r",\s+(?:an?|the)\s+([^,;:.]{1,80})")
# The last words of bodies named in the plural, which news calls "they": "Falwick Harbour Commissioners".
_PLURAL_BODY_HEADS = frozenset(["Commissioners", "Trustees", "Governors", "Guardians", "Conservators", "Overseers"])
# Who said it, set between a subject and its verb: "The company, Albrecht said, will", "The council, she added, would".
_ASIDE_SAID = LazyPattern(
    r",\s+(?:he|she|they|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:said|says|added|insisted|confirmed|stressed),\s*$"
)
# An apposition that says what kind of body a name is: "Pelham Ridge Capital, a New York-based fund that".
# An apposition's noun ends it, or what describes it follows, where a clause's subject has its verb: "According to
# documents filed with the NHTSA, the company is aware" opens a clause.
_APPOSITION_ENDS = (
    r"(?=[,.;:)]|\s+(?:that|which|who|whose|behind|of|in|for|with|from|and|(?:[\w]+-)?(?:based|founded|owned|run|led"
    r"|backed|controlled|listed)|acting|representing|working|running)\b|$)"  # ("the Kelby firm acting for Jo Roe")
)
# The spellings news uses for one kind of body interchangeably: "a member-owned cooperative ... the co-op said".
_CO_OP_SPELLINGS = frozenset(["cooperative", "co-operative", "co-op", "coop"])


def _same_kind(noun: str) -> frozenset[str]:
    """The noun and the other spellings news writes for the same kind of body (``_CO_OP_SPELLINGS``)."""
    return _CO_OP_SPELLINGS if noun in _CO_OP_SPELLINGS else frozenset([noun])


_APPOSED_KIND = LazyPattern(
    r",\s+(?:an?\s+(?:[\w'’.-]+\s+){0,3}?(" + BODY_NOUNS + r")\b(?!['’-])"
    r"|the\s+(?:[\w'’.-]+\s+){0,3}?(" + BODY_NOUNS + r")\b(?!['’-])" + _APPOSITION_ENDS + ")"
)
# ... or the kind of body before "called" or "named" and the name: "a group called Save the Plough".
_CALLED_KIND = LazyPattern(r"\ban?\s+(?:[\w'’-]+\s+){0,2}?(" + BODY_NOUNS + r")\s+(?:called|named|known as)\s+$")
# ... or a "which" clause saying it represents working people, as a union does: "The Warehouse Alliance, which
# represents 2,100 sorting staff,".
_REPRESENTS_WORKERS = LazyPattern(
    r",\s+which\s+represents\s+(?:[\w'’,-]+\s+){0,5}?(?:workers|staff|employees|drivers|nurses|teachers|doctors|"
    r"officers|firefighters|pilots|crew|dockers|miners|porters|cleaners|guards|lecturers|midwives|paramedics)\b"
)
_KIND_BEFORE = LazyPattern(r"(?:\b([\w-]+['’]?) )?\b([a-z]+)['’]?,? $")
# ... and a group of people, not a firm's "energy group": "campaign group", "residents' group".
# Bodies of members a story names as what they are ("Aircrew United union", "the band The Halyards"):
# "the union" or "the band" is never the story's main firm by default.
_NAMED_KINDS = frozenset(["union", "unions", "party", "parties", "band", "orchestra", "choir"])
_PEOPLES_GROUP = frozenset(["campaign", "pressure", "action", "community", "protest", "lobby", "advocacy", "support"])
# A document a body or person put out, as the subject: "The new manifesto from the Green Party".
_DOCUMENT_OF = LazyPattern(
    r"[\"“‘']?(?:The|Its|Their|His|Her) (?:[a-z-]+ ){0,2}(?:manifesto|budget|plan|plans|strategy|proposals?|document"
    r"|report|statement|letter|programme|program|white paper) (?:from|of|by|published by|drawn up by) (?:the )?"
)
_PARTNER = LazyPattern(
    r"^(?:the |a )?(?:managing |senior |equity )?partner(?: (?:at|in|with) the (?:firm|practice))?$", re.IGNORECASE
)
_PROFESSIONAL_FIRMS = frozenset(
    re.findall(
        r"\S+",
        "Advisory Solicitors LLP Partners Associates Consulting Consultants Accountants Law Legal Restructuring "
        "Insolvency Recovery",
    )
)
_PERFORMERS = frozenset(["band", "orchestra", "choir"])  # named once, then called so all through the story
_TRADING = frozenset(re.findall(r"\w+", "company companies firm firms business retailer carrier operator airline"))
# The nouns that may stand for a place acting as a body: its government ("the government has agreed"), not an agency.
_PLACES_BODIES = frozenset(["government", "state", "country", "nation", "administration", "city", "town", "council"])
# ... and a utility, opening a sentence: "The utility, which serves 1.8 million customers, has agreed" (not
# wherever a noun stands for a body: a public authority is a utility too).
_OPENING_TRADES = _TRADING | {"utility"}
# The last word of a business's name ("Nile Valley Cooperative Bank", "Union Assurance Ltd").
_TRADING_LAST = lexicon.BUSINESS_WORDS | {"Bank", "Insurance", "Assurance"}
_NOT_TRADING = frozenset(
    re.findall(
        r"\w+",
        "Union Unions Party Council Commission Association Federation Committee Agency Department Ministry Police "
        "Charity Campaign Society Congress League Regulator Authority Government Court Parliament Senate Trust "
        "Foundation Fund Fonds Fondo Unión Sindicato Syndicat Partido Consejo Conseil Comisión Asociación Federación "
        "Fédération Ministerio Ministère Gobierno Gouvernement Fundación Fondation Fundação Groupement Cooperative "
        "Cooperativa Coopérative Club",
    )
)


# Nouns for a local government or the place it governs.
_LOCAL_NOUNS = frozenset(["council", "city", "town", "village", "county", "municipality", "borough", "shire"])


def _no_council(body: str) -> bool:
    """Whether a body's name says it is an organisation but none that governs a place ("Sorrel Bay Credit
    Union", "Kestrel Modular Homes", "Municipal Workers United"): what "the council" never stands for. A name
    with no organisation word (a place's) may."""
    words = set(body.split())
    return (
        lexicon.union_named(body)
        or (bool(words & (lexicon.ORG_WORDS | _TRADING_LAST)) and not words & lexicon.COUNCIL_WORDS)
        or lexicon.PEOPLE_PLURAL.fullmatch(body.split()[-1]) is not None  # a group named for its people: "… Protectors"
    )


_FIRM_NOUNS = frozenset(["business", "firm"])
_INSTITUTION_HEADS = frozenset(
    re.findall(r"\w+", "Hospital Infirmary School University College Academy Church Cathedral Museum Library")
)


# A capitalised word joined by a hyphen to a lower-case one ("Top-flight", "Cash-strapped"): a
# compound adjective that opens a line, never the name of a body the story goes on to call "the
# club" ("Rolls-Royce" has capitals throughout).
_COMPOUND_MODIFIER = LazyPattern(r"[A-Z][a-z]*(?:-[a-z]+)+")


# The parts of a list of names: "the UK and Ireland", "Spain, Portugal and France".
_LISTED = LazyPattern(r",\s*(?:and\s+)?|\s+and\s+|\s+&\s+")


def _display_opening(text: str) -> re.Match | None:
    """The bare noun for a body or its bosses opening a line with no full stop (a headline or a
    bullet point: "Firm promises refunds"); a sentence of the story names its subject itself."""
    return None if finished(text) else _BARE_OPENING.match(text)


def _said_of_a_thing(text: str, cue_start: int, cue_end: int) -> bool:
    """Whether a pledge is what its speaker says a thing will do ("Chief executive Jo Roe said the unit would
    stay open"): no one in the clause undertakes it, so the body the speaker is officer of does."""
    return any(
        m.start() <= cue_start and m.end() >= cue_end and not _NO_THING.search(m.group(1))
        for m in _SAID_THING.finditer(text, 0, cue_end + 60)
    )


# A hospital's unit as a pledge's subject: "Kelby's only A&E will close", "The maternity unit is to move".
_UNIT_SUBJECT = LazyPattern(r"\b(?:A&E|ICU|(?:maternity|stroke|cancer|intensive care|children's) (?:unit|ward))\b")
# A hospital's bosses as a pledge's subject ("Hospital bosses vow to", "The hospital's bosses have promised"): the
# body that runs it decides, not the hospital the story names.
_HOSPITAL_BOSSES = LazyPattern(
    r"[-•*\s\"“‘']*(?:[Tt]he )?[Hh]ospital(?:['’]s)? (?:bosses|chiefs)\s+(?:(?:have|has|also)\s+)*"
)
# A place called by its common noun as a pledge's subject: "The yard has", "The plant will".
_FACILITY_SUBJECT = LazyPattern(r"[\"“‘']?The ([a-z]{3,}) (?:(?:has|have|also|now)\s+)*")
# A body that runs hospitals, by its name: "Kelby Hospitals NHS Trust", "Kelby Health Board", "Acme Health System".
_HEALTH_BODY = LazyPattern(r"\b(?:NHS|Hospitals?|Health)\b.*\b(?:Trust|Board|System|Authority|Service)$")


_DESCRIPTION_OPENING = LazyPattern(r"[A-Z][a-z-]+ (?:[a-z-]+ ){0,2}?([a-z-]+) ")  # "Budget airline ", "Rival provider "


def _opens(before: str) -> bool:
    """Whether the text before a name leaves it opening its sentence, after a lead-in ("In June, ") and an
    article or a conjunction ("But the"), or a description of what it is ("Rival provider Kestrel Fibre has")."""
    described = _DESCRIPTION_OPENING.fullmatch(before)
    if described and described.group(1).lower() in lexicon.ORG_DESCRIPTORS:
        return True
    return bool(_OPENING.match(_LEADING_SUBJECT.sub("", before, count=1)))


def _the_subject(text: str, m: Mention) -> bool:
    """Whether a name after an opening "The" (or "But the") is the sentence's subject ("The NMC also approved a
    plan to"), not a name qualifying it: an owner ("The Tamarack's successor") or a currency ("The NIS 4 billion
    facility")."""
    qualifies = _owns(text, m) or _FIGURE_AFTER.match(text, m.end)
    return _opens(text[: m.start]) and not qualifies


_FIGURE_AFTER = LazyPattern(r"\s+[\d$£€]")


def _owns(text: str, mention: Mention) -> bool:
    """Whether a mention is a possessive ("Acme's"), which owns the subject, not is it."""
    return text[mention.start : mention.end].endswith(POSSESSIVE_ENDINGS) or text.startswith(
        POSSESSIVE_ENDINGS, mention.end
    )


# Nouns any kind of body answers to, which no one body's name settles: "the company", "the government".
_GENERIC_BODY_NOUNS = frozenset(
    ["company", "firm", "group", "government", "state", "business", "organisation", "organization"]
)


def _plural(word: str) -> str:
    """A body noun's plural as names carry it: "Utility" -> "Utilities", "Work" -> "Works"."""
    return word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"


def _headed_by(name: str, words: set[str]) -> bool:
    """Whether a body's name is built on one of ``words``, or on no other body's word: "the
    charity" may be the Kelby Hospice Trust, never the Charity Commission."""
    head = lexicon.name_head(name)
    return head in words or head not in lexicon.ORG_WORDS


# The areas a council governs, news's word for the council too: "the shire" is Tallowood Shire Council.
_COUNCIL_AREAS = frozenset(["shire", "borough", "parish", "county", "district", "city", "town"])


def _area_council(name: str, noun: str) -> bool:
    """Whether a body is the council of the kind of area ``noun`` names: "Tallowood Shire Council" for "the shire"."""
    parts = name.split()
    return (
        noun.lower() in _COUNCIL_AREAS and len(parts) > 2 and parts[-1] == "Council" and parts[-2] == noun.capitalize()
    )


def _regulator_named(body: str) -> bool:
    """Whether a body's name is a regulator's or a watchdog's: a public body's (``lexicon.public_body``,
    "... Regulator", "... Ombudsman") or initials."""
    return lexicon.public_body(body) or body.endswith(("Regulator", "Ombudsman")) or lexicon.initials(body)


# A unit of a body named by its possessive ("director of the FTC's Bureau of Competition"): its
# officers speak for the body it is part of.
_UNIT_OF = LazyPattern(
    r"\b(?:of|at) (?:the )?([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,5})['’]s (?:Bureau|Division|Directorate)\b"
)
_REGULATED_BY = LazyPattern(r"(?i:regulator|watchdog)$")


def _calls_itself(noun: str, body: str | None) -> bool:
    """Whether a body's own spokesperson would call it by the noun: a word of its name ("the trust" for the Kelby
    Trust), or a trading noun for a name that ends as a business's ("the company" for Pinecrest Home Assurance)."""
    words = (body or "").split()
    return bool(words) and (noun.capitalize() in words or (noun.lower() in _TRADING and words[-1] in _TRADING_LAST))


def noun_fits(noun: str, body: str | None) -> bool:
    """Whether a common noun can stand for the body: "the company" is no union or party,
    "the club" is a club ("Dunmore City"), not the council named before it, and "the regulator" a
    body named as a regulator is, which no trading noun ("the airline") stands for."""
    if body is not None and _REGULATED_BY.match(noun):
        return _regulator_named(body)
    if body is not None and noun.lower() in lexicon.TRADING_NOUNS | {"group", "campaign"} and lexicon.public_body(body):
        # "the airline", "the broadcaster", "the group" is no regulator or department named beside it, and "the
        # campaign" no council it campaigns against
        return False
    if body is not None and lexicon.other_trade(noun, body):
        return False  # ... and an airport's operator is no airline
    if body is not None and noun.lower() in lexicon.PUBLIC_BODY_HEADS and lexicon.closes_company(body.split()[-1]):
        return False  # "the agency" is no "Sungai Lingan Plantations Bhd": a company by its legal form
    if body is not None and noun.lower() == "force" and not _police_force(body):
        return False  # "the force" is no Police and Crime Panel
    if body is not None and noun.lower() in lexicon.PUBLIC_KINDS and not lexicon.public_kind_fits(noun.lower(), body):
        return False  # "the authority" is no Environmental Protection Agency, nor a chemicals firm
    if (
        body is not None
        and noun.lower() in {*_FIRM_NOUNS, "campaign"}
        and lexicon.name_head(body) in _INSTITUTION_HEADS
    ):
        return False  # "the business" is no hospital, school or museum named beside it, nor "the campaign" to save one
    if body is not None and noun.lower() in _LOCAL_NOUNS and _no_council(body):
        return False  # "the council", "the city" is no credit union, builder or union named beside it
    if body is not None and noun.lower() in _CALLED_BY_NAME:  # "the fund" is a Fund, no council that pays into it
        return bool(set(body.split()) & _CALLED_BY_NAME[noun.lower()])
    if body is not None and noun.lower() in _ENDS_AS:  # "the club" is a club's name, never the council's
        return body.split()[-1] in _ENDS_AS[noun.lower()] or noun.capitalize() in body.split()
    trading = noun.lower() in _TRADING or noun.lower() in lexicon.TRADING_NOUNS  # ("the developer", "the insurer")
    if body is not None and trading and lexicon.known_non_firm(body):
        return False  # "the company" is no NATO named beside it
    if body is not None and body.split()[-1] in _TRADING_LAST:
        return True  # a name that ends as a business's is one, whatever comes before: "Union Bank", "Cooperative Bank"
    return body is None or not trading or not (set(body.split()) & _NOT_TRADING or _peoples_group(body))


# A government's department named by its field in lower case: "the agriculture department", "the health ministry".
_FIELD_DEPARTMENT = LazyPattern(r"\b[Tt]he ([a-z]{4,}) (?:department|ministry|directorate)$")
# Words before "department" that name no field: the tier or the state of the body ("the state department").
_NO_FIELD = frozenset(["state", "federal", "national", "city", "county", "local", "same", "whole", "new", "former"])


def _other_field(noun: str, head: str, body: str) -> bool:
    """Whether a department named by its field ("the agriculture department") is no body the resolver found, whose
    name holds no word of that field ("Kelby Weather Department"; "Department of Agriculture" holds it)."""
    field = _FIELD_DEPARTMENT.search(head) if noun.lower() in ("department", "ministry", "directorate") else None
    if field is None or field[1] in _NO_FIELD or body == "article":
        return False
    return field[1][:5] not in body.lower()


def _run_by_no_executive(body: str) -> bool:
    """Whether the body's name says it is a school, a place of worship or a library (``_RUN_BY_NO_EXECUTIVE``)."""
    return body.split()[-1] in _RUN_BY_NO_EXECUTIVE


def _nicknamed_team(body: str) -> bool:
    """Whether a body's name is a team's: its place and a plural nickname ("Wharfedale Stags", "Kelby Bobcats"),
    no trade or organisation word."""
    words = body.split()
    last = words[-1]
    return (
        len(words) == 2
        and last.endswith("s")
        and last[:1].isupper()
        and last[1:].islower()
        and last not in _NO_NICKNAMES
    )


_NO_NICKNAMES = lexicon.ORG_WORDS | lexicon.BUSINESS_WORDS | lexicon.PLACE_WORDS  # "Acme Homes", "Kelby Springs"


def _police_force(body: str) -> bool:
    """Whether a body's name makes it a police force: "Kelby Police", "Kelby Constabulary", "Police
    Service of Kelby", not a body named for one ("Police Federation", "Police and Crime Panel")."""
    head = lexicon.name_head(body)
    return bool(set(body.split()) & _FORCE_WORDS) and (
        head in _FORCE_WORDS | {"Service"} or head not in lexicon.ORG_WORDS
    )


_FORCE_WORDS = frozenset(["Police", "Constabulary", "Force"])


def _peoples_group(body: str) -> bool:
    """Whether a body is named as a group of people, not a firm: "Foxhill Meadows Action Group",
    "Kelby Residents' Group"."""
    words = body.split()
    return len(words) > 1 and words[-1] == "Group" and (words[-2].lower() in _PEOPLES_GROUP or words[-2][-1] in "'’")


def officials_subject(clause: str, sentence: str) -> bool:
    """Whether the words before a pledge's verb are a body's officials, unnamed, and the sentence closes by naming
    the body or its spokesperson as its source: "Federal regulators will examine ..., a spokeswoman for the
    Department of Transportation said" is the department's pledge."""
    head = clause[: _BETWEEN.search(clause).start()]
    return _OFFICIALS.fullmatch(head) is not None and CLOSING_BODY_SOURCE.search(sentence) is not None


def councillors_subject(clause: str) -> bool:
    """Whether the words before a pledge's verb are a council's members ("Councillors", "Cabinet members"), who act
    for the council the story names."""
    return _COUNCILLORS.fullmatch(clause[: _BETWEEN.search(clause).start()]) is not None


def group_subject(clause: str) -> bool:
    """Whether the words before a pledge's verb are a group's subject (``GROUP_SUBJECT``): "County
    commissioners have"."""
    return GROUP_SUBJECT.fullmatch(clause[: _BETWEEN.search(clause).start()]) is not None


def local_government_subject(clause: str) -> bool:
    """Whether the words before a pledge's verb are a place's own government (``LOCAL_GOVERNMENT_OF``): "The
    Oruña regional government has"."""
    return LOCAL_GOVERNMENT_OF.match(clause[: _BETWEEN.search(clause).start()]) is not None


# A person's nouns that a body is called as often: "The landlord will not raise rents" after a company that owns flats.
_BODY_OR_PERSON = frozenset(["landlord", "investor", "donor"])


def described_person_before(head: str) -> bool:
    """Whether the words before a pledge verb call a person by a noun alone, as news does once it has named them:
    "The singer has promised", "On Friday the actor vowed", "Speaking at the gates, the mother-of-two
    vowed", "the actor posted a video and vowed" (``_BARE_DESCRIBED``)."""
    bare = _BARE_DESCRIBED.match(head[: _BETWEEN.search(head).start()])
    # (a spokesperson's words are their body's; "the landlord" may be a company)
    return bare is not None and not bare.group(1).startswith("spokes") and bare.group(1) not in _BODY_OR_PERSON


def described_agent(head: str, verb: str) -> bool:
    """Whether a pledge verb's subject (``head``, the words before ``verb``, which pledges: a bare
    "will" or "could" tells a thing's fate as often) describes a body by its trade or kind without
    naming it: "A Swedish bus builder has promised", "A local nonprofit that trains young people
    agreed", "A local pie-maker has promised". A thing is no body ("A much-loved library could
    close"), nor a person's noun ("A great-grandmother"), nor a spokesperson's words."""
    head = head[: _BETWEEN.search(head).start()]
    described = _INDEFINITE_SUBJECT.fullmatch(head) if _PLEDGE_VERB.match(verb) else None
    noun = described.group(1).lower() if described else ""
    agent = re.fullmatch(BODY_NOUNS, noun) or noun.endswith(("er", "or")) or noun == "nonprofit"
    person = noun.rsplit("-", 1)[-1] in _PERSON_NOUNS
    return bool(agent) and not person and not lexicon.SPEECH_RE.search(head)


def promised_to_everyone(text: str, cue_start: int) -> bool:
    """Whether the subject before the cue is everyone of a kind and the cue says what they will get
    (``_EVERYONE_OF_A_KIND``): "Every patient whose operation was cancelled will get a phone call"."""
    return (
        _EVERYONE_OF_A_KIND.match(text[:cue_start].rstrip()) is not None
        and _WILL_GET.match(text, cue_start) is not None
    )


# The nouns that stand for a news outlet: "the paper", "the broadcaster".
_OUTLET_NOUNS = frozenset(
    ["paper", "newspaper", "broadcaster", "network", "channel", "station", "outlet", "publication", "magazine"]
)


_ITS_BEFORE = LazyPattern(r"\b(?:its|their) $")


class Resolver:
    """What attribution needs to know about the article: types, roles and organisations."""

    def __init__(self, index: ActorIndex, sentences: Sequence[Sentence] = ()):
        self.index = index
        self.texts = {s.index: s.text for s in sentences}
        self.opened = opening_pronouns(sentences)  # the pronoun each sentence opens with
        self.before_noun: dict[tuple[str, bool], list[str]] = {}
        self.first_of = {a.name: a.sentence for a in index.actors}
        self.affiliations: dict[str, str] | None = None
        self.type_of = index.type_of
        self.roles = {a.name: a.role or "" for a in index.actors}
        self.mentions = {a.name: a.mentions for a in index.actors}
        self.parties: dict[str | None, str | None] = {}
        self.localities: dict[str, str | None] = {}
        self.described: dict[str, str | None] = {}
        self.committed: dict[int, str] = {}  # sentence -> the committer ``who`` found for its pledge
        self.organisations = [a for a in index.actors if a.type == "organization"]
        self.places = [a.name for a in index.actors if a.type == "place"]  # most mentioned first
        # (not a venue, "a meeting in the Rovers Social Club", however often named: no body the story is about)
        acting = [a for a in self.organisations if a.name not in self.venues] or self.organisations
        self.topic = max(acting, key=lambda a: a.mentions).name if acting else None

    def candidates(self, sentence: Sentence) -> list[Mention]:
        """Mentions that can commit: not an audience ("told GMTV"), not a location or a
        platform after a preposition ("on Twitter", "in Downing Street")."""
        text = sentence.text
        mentions = self.index.in_sentence(sentence.index)
        return [m for m in mentions if not lexicon.after_preposition(text, m.start)]

    def party_of(self, person: str | None) -> str | None:
        """The organisation named in a person's role ("Liberal Democrat spokeswoman"), else
        right after their name ("Jo Bell of Kelby Police"), else the one a role names by a
        noun ("the company's chief executive") as the last named before them; worked out
        once per person."""
        if person not in self.parties:
            role = self.roles.get(person or "", "")
            by_noun = _NOUN_ROLE.match(role)
            of_noun = _OF_NOUN_ROLE.search(role)
            owned = _NOUN_OWNED_ROLE.match(role)
            qualified = _QUALIFIED_OWNER_ROLE.match(role)  # "the county council's cabinet member for education"
            unit = _UNIT_OF.search(role)
            speaks_for_body = _SPEAKS_FOR_BODY.search(role)
            self.parties[person] = (
                (self._organisation_named(unit.group(1)) if unit else None)
                or self._body_after_of(role)
                or self._party_in(role)
                or self._owner_in(role)
                or self._trade_owner(role)
                or self._affiliated().get(person or "")
                or (self._named_by_noun(by_noun.group(1), by=self.first_of.get(person or "")) if by_noun else None)
                or (self._named_by_noun(of_noun.group(1), by=self.first_of.get(person or "")) if of_noun else None)
                or (self._named_by_noun(owned.group(1), by=self.first_of.get(person or "")) if owned else None)
                or (self.body_described(*qualified.groups()) if qualified else None)
                or self._headed_by_role(role)
                or (self._owner_before(person, role, owned.group(1) if owned else None) if speaks_for_body else None)
                or (self._spoke_before(person) if person and _CHAIR.fullmatch(role) else None)
                or (self._firm_before(person) if person and _PARTNER.search(role) else None)
                or (
                    self._topic_fitting("company")
                    if _EXECUTIVE.fullmatch(role) or _FIRM_OFFICER.fullmatch(role)
                    else None
                )
                or (self._emergency_service(role) if _POLICE_HEAD.search(role) else None)
                or (self._possessed_officer(person) if person else None)
                or (self._topic_fitting(of_noun.group(1)) if of_noun and _FOR_TRADE.search(role) else None)
            )
        return self.parties[person]

    def _owner_before(self, person: str | None, role: str, owner_noun: str | None) -> str | None:
        """``_named_before`` for an officer's role; where the role names its body by a noun no named body
        holds ("the campaign's organiser"), only a body that noun can stand for: the campaign is no council
        named before it."""
        if _NAMES_ITS_BODY.search(role):
            return None  # "founder of the Kelby Link campaign group": a body the story lists under no name
        named = self._named_before(
            person,
            firm=_FIRM_OFFICER.fullmatch(role) is not None or _TRADE_ROLE.match(role) is not None,
            subject=re.fullmatch(_UNION_SECRETARY, role, re.IGNORECASE) is not None,
            executive=_EXECUTIVE_OFFICER.fullmatch(role) is not None,
        )
        return named if owner_noun is None or self.fits(owner_noun, named) else None

    def _trade_owner(self, role: str) -> str | None:
        """The one body the story calls by the trade a role's possessive names ("Cork processor
        Corticeira SA ... Ana Mota, the processor's chief executive"; "Harlow Grains, a Hamburg-based
        importer ... the importer's buyer"): the noun says whose officer speaks, where the story's
        most-named body may be another."""
        found = _TRADE_OWNER.match(role)
        if not found:
            return None
        noun = found.group(1).lower()
        named = [
            a.name
            for a in self.organisations
            if self.kinds.get(a.name) == noun or (self.roles.get(a.name) or "").lower().endswith(noun)
        ]
        return named[0] if len(named) == 1 else None

    def _possessed_officer(self, person: str) -> str | None:
        """The body whose officer a sentence opening with "Its" introduces ("But the Kelby
        Residents campaign is unconvinced. Its chairman, retired engineer Jo Lee, said"): the
        organisation the sentence before opens with as its subject, which "its" stands for."""
        first = self.first_of.get(person, -1)
        text = self.texts.get(first, "")
        owned = _ITS_OFFICER.match(text)
        named = [m for m in self.index.in_sentence(first) if m.key == person]
        if not owned or owned.group(1).lower() not in lexicon.ROLE_NOUNS or not named:
            return None
        if "," in text[owned.end() : named[0].start] or "," not in text[named[0].end : named[0].end + 1]:
            return None  # the name closes the apposition: "Its chair, Jo Lee,"
        before = self.texts.get(first - 1, "")
        subjects = [
            m.key
            for m in self.index.in_sentence(first - 1)[:1]
            if self.type_of.get(m.key) == "organization" and _LEADING_SUBJECT.fullmatch(before[: m.start])
        ]
        return subjects[0] if subjects else None

    def _emergency_service(self, role: str) -> str | None:
        """The one police force or department the story names, which a police chief heads; the
        one fire service, which a fire chief heads (not the fire authority that governs it); the one
        sheriff's office, which a sheriff heads. Of several, the one the story names most, then the one it names
        first (its own town's fire department, not a neighbouring fire district named further down)."""
        service = _FIRE_BODY if "fire" in role.lower() else _SHERIFF_BODY if "sheriff" in role.lower() else _POLICE_BODY
        forces = [a for a in self.organisations if service.search(a.name)]
        if len(forces) > 1:  # a chief heads the service, not the authority that governs it
            forces = [a for a in forces if not a.name.endswith(" Authority")]

        # ... of several, the one the story names most, then first
        def rank(a: Actor) -> tuple[int, int]:
            return -a.mentions, self.first_of.get(a.name, len(self.texts))

        ranked = sorted(forces, key=rank)
        if len(ranked) > 1 and rank(ranked[0]) == rank(ranked[1]):
            return None
        return ranked[0].name if ranked else None

    def _headed_by_role(self, role: str) -> str | None:
        """The one organisation whose name is built on the noun that opens a role ("Zoo director"
        is of the Hollins Vale Zoo, "Hospice manager" of St Ann's Hospice), else the one the story
        writes with that noun after its name ("Plant president" of "the Acme Packing plant"): that
        noun names the body the person works for, as "council leader" names the council."""
        found = _HEAD_ROLE.match(role)
        if not found or re.search(lexicon.MINISTERIAL, role):
            return None  # ("Rail minister" holds a portfolio, not a post at Network Rail)
        noun = found.group(1)
        named = self._built_on(noun) or self._written_before(noun.lower()) or self._unit_owner(noun.lower())
        return named[0] if len(named) == 1 else None

    def _unit_owner(self, noun: str) -> list[str]:
        """The bodies whose unit the story calls by ``noun`` through their noun's possessive ("Members of the
        union's Kelby branch": "Branch president Jo Roe" is the union's)."""
        owners = re.findall(rf"\bthe ([a-z]+)['’]s (?:[A-Z][\w-]* ){{0,3}}{re.escape(noun)}\b", self.whole_text)
        return sorted({body for owner in owners for body in [self._named_by_noun(owner)] if body})

    def _built_on(self, noun: str) -> list[str]:
        """The organisations whose name is built on ``noun`` (``lexicon.name_head``)."""
        return [a.name for a in self.organisations if lexicon.name_head(a.name) == noun.capitalize()]

    def _written_before(self, noun: str, definite: bool = False) -> list[str]:
        """The organisations the story writes right before a lower-case noun ("the Acme Packing
        plant"), once per noun; not a place's name in another body's unit ("the union's Wexmoor branch").
        ``definite``: only after "the", as the whole name ("the Save Kelby Library campaign"), not the end of a
        longer one nor a qualifier of a description ("a League One club")."""
        if (noun, definite) not in self.before_noun:
            text = self.whole_text
            forms = {form: a.name for a in self.organisations for form in (a.name, *a.aliases)}
            ends = [m.start() for m in re.finditer(rf" {re.escape(noun)}\b", text)]
            named = {
                name
                for at in ends
                for form, name in forms.items()
                if text.endswith(form, 0, at)
                and not text.endswith(POSSESSIVE_ENDINGS, 0, at - len(form) - 1)
                and (not definite or text.endswith(("the ", "The "), 0, at - len(form)))
            }
            self.before_noun[noun, definite] = sorted(named)
        return self.before_noun[noun, definite]

    @cached_property
    def whole_text(self) -> str:
        """The article's text to search for names (written with their plain apostrophes)."""
        return plain_apostrophes("\n".join(self.texts.values()))

    def _affiliated(self) -> dict[str, str]:
        """Each person's organisation named right after them, anywhere in the article."""
        if self.affiliations is None:
            self.affiliations = {}
            for k, mentions in self.index.mentions.items():
                text = self.texts.get(k, "")
                for a, b in itertools.pairwise(mentions):
                    if (
                        self.type_of.get(a.key) == "person"
                        and self.type_of.get(b.key) == "organization"
                        and _OF_BODY.match(text[a.end : b.start])
                    ):
                        self.affiliations.setdefault(a.key, b.key)
                for a in mentions:
                    body = self._run_by(text, a, mentions) if self.type_of.get(a.key) == "person" else None
                    if body:
                        self.affiliations.setdefault(a.key, body)
        return self.affiliations

    def _run_by(self, text: str, person: Mention, mentions: list[Mention]) -> str | None:
        """The body a relative clause right after a person says they run now: "Jo Lee, who runs
        Kelby Films," "Jo Lee, who has led the software company since 2019," (a business named
        by that noun, else the story's main one); their "we" is that body's."""
        clause = _RUNS.match(text, person.end)
        if not clause:
            return None
        named = [
            m.key
            for m in mentions
            if self.type_of.get(m.key) == "organization" and _KIND_WORDS.fullmatch(text, clause.end(), m.start)
        ]
        if named:
            return named[0]
        noun = _BODY_PHRASE.match(text, clause.end())
        if not noun:
            return None
        trading = noun.group(1).lower() in _TRADING  # (not "the board": the story's main body is no board)
        return self._named_by_noun(noun.group(1)) or (self._topic_fitting(noun.group(1)) if trading else None)

    def _firm_before(self, person: str) -> str | None:
        """The professional firm (advisers, solicitors, accountants) named last before a person
        whose role is a partner first appears: "Administrators Fenwick Rowe Advisory confirmed
        ... Partner Jo Lee said" speaks for the firm; a partner in life ("his partner") has none."""
        first = self.first_of.get(person, -1)
        for k in range(first, max(-1, first - 4), -1):
            firms = [
                m.key
                for m in self.index.in_sentence(k)
                if self.type_of.get(m.key) == "organization" and m.key.split()[-1] in _PROFESSIONAL_FIRMS
            ]
            if firms:
                return firms[-1]
        return None

    def _spoke_before(self, person: str) -> str | None:
        """The organisation that speaks (a speech verb right after its name) just before a
        person whose bare title is a chair's first appears, in that sentence or the one before:
        "the Kelby Freelancers' Association said its members were terrified. Chairwoman Jo Lee
        said" speaks for it."""
        first = self.first_of.get(person, -1)
        for k in (first, first - 1):
            text = self.texts.get(k, "")
            spoke = [
                m.key
                for m in self.index.in_sentence(k)
                if self.type_of.get(m.key) == "organization"
                and (k < first or m.key != person)
                and (said := _SAYS_PAST_APPOSITION.match(text, m.end))
                and not _PLEDGED_TO.search(text, m.end, said.end() + 3)
                and not any(p.key == person and p.start < m.start for p in self.index.in_sentence(k))
            ]  # (not one that only pledged to act: "Eastmoor has promised to keep the car park open")
            if spoke:
                return spoke[-1]
        return None

    def _named_before(
        self, person: str | None, firm: bool = False, subject: bool = False, executive: bool = False
    ) -> str | None:
        """The organisation named last before a person first appears (up to three sentences
        back), by its name or by the noun that stands for it ("the trust announced a U-turn.
        Chief executive Jo Lee said"); but the sentence's subject before a body it acts on, if
        the story names it more ("Acme said it had hired the firm Bolt Audit. Chief executive
        Jo Lee said" is Acme's) or calls it by its noun ("The authority will run buses on the
        Bayline's route. General manager Jo Lee said" is the authority's). A ``firm``'s officer (a
        managing director) is no public body's ("The company told the Tribunal ... Managing director
        Jo Lee said"). A union's secretary speaks for the ``subject`` that opens a sentence, however
        often the body it fights is named ("The union said it would strike until the trust paid.
        Regional secretary Jo Lee said")."""
        if person is None:
            return None
        first = self.first_of.get(person, -1)
        for k in range(first, max(-1, first - 4), -1):
            by_noun: list[str] = []  # a body the sentence opens with by its noun ("The authority will run")
            mentions = self.index.in_sentence(k)
            text = self.texts.get(k, "")
            end = len(text) if text else max((m.end for m in mentions), default=0)
            if k == first:
                own = [m.start for m in mentions if m.key == person]
                end = own[0] if own else 0
                opener = self._opener(k, after_the=True) if own and _TRAILING_OFFICER.search(text, 0, end) else None
                if opener and not (firm and lexicon.public_body(opener)):
                    # "Acme, which sells 40% abroad, will ask the General Court to annul the duties, chief executive
                    # Jo Lee told Reuters": an officer named at the end speaks for the sentence's subject
                    return opener
            bodies = [  # not one inside a relative clause: "Usdaw, which represents PulseFit staff, said"
                (m.start, m.key)
                for m in mentions
                if m.end <= end
                and self.type_of.get(m.key) == "organization"
                and not lexicon.IN_RELATIVE.search(text, 0, m.start)
                and not (k == first and open_after(text[: m.start], None) is not None)
                and not _data_source(text, m)
                and m.key not in self.venues  # ("a packed gym at Kelby High School. Superintendent Jo Lee said")
                # (nor the outlet the news came through: "In a letter seen by KNN, chief executive Jo Lee said")
                and not (lexicon.news_outlet(m.key) and lexicon.spoken_through(text, m.start, m.end))
            ]  # ... nor in their own words: '"We will appeal at the General Court," said chief executive Jo Lee'

            for noun in _COMPANY_SUBJECT.finditer(text, 0, end):
                # "The company blamed falling NHS funding": the firm the sentence before opens with ("PageStream
                # has agreed to ... The company also will"), else the one the story is about; not one that only
                # owns a thing after the subject's verb ("Acme carried half of the airport's passengers")
                if text.startswith(POSSESSIVE_ENDINGS, noun.end()) and not _OPENING.match(text[: noun.start()]):
                    continue
                trading = noun.group(1).lower() in _OPENING_TRADES and _OPENING.match(text[: noun.start()])
                opener = self._opener(k - 1, after_the=True) if trading else None
                opener = opener if opener and self.fits(noun.group(1), opener) else None
                named = (
                    self._named_by_noun(noun.group(1), by=k)
                    or opener
                    or (self._topic_fitting(noun.group(1)) if trading else None)
                )
                bodies += [(noun.start(), named)] if named else []
                by_noun += [named] if named and _OPENING.match(text[: noun.start()]) else []
            described = _DESCRIBED_FIRM.match(text) if k < first else None
            # "The listed grocer ... told the ASX": the firm, not the ASX; the body the sentence before opens with,
            # if it fits ("Kelby Air will end flights from Kelby Airport. The regional carrier has flown ...")
            opener = self._opener(k - 1, after_the=True) if described else None
            named = opener if described and self.fits(described.group(1), opener) else None
            named = named or (self._topic_fitting(described.group(1)) if described else None)
            bodies += [(0, named)] if named else []
            bodies = [(start, key) for start, key in bodies if not (firm and lexicon.public_body(key))]
            # ... and a chief executive is no school's, church's or library's (their heads are teachers, clergy,
            # librarians): "Acme Trust will shut Kelby Primary. Chief executive Jo Lee said" is the trust's
            bodies = [(start, key) for start, key in bodies if not (executive and _run_by_no_executive(key))]
            if bodies:
                last = max(bodies)[1]
                bossed = [key for start, key in bodies if k < first and _BOSSES_AT.fullmatch(text[:start])]
                if bossed:  # "Bosses at Acme apologised and said the clinic … Chief executive Jo Lee said": theirs
                    return bossed[0]
                opening = [key for start, key in bodies if _opens(text[:start]) and k < first]
                named_more = opening and self.mentions.get(opening[0], 0) > self.mentions.get(last, 0)
                # (or it pledged there: "Rival Kestrel Fibre has pledged to cover fees for anyone leaving Acme.
                # Founder Jo Lee said" is Kestrel Fibre's)
                pledged = opening and k == first - 1 and self.committed.get(k) == opening[0]
                # (and a body the subject only deals with: "Kelby Hospice ... gets a quarter of its money from the
                # NHS. Chief executive Jo Lee said" is the hospice's)
                dealt_with = opening and _DEALT_WITH.search(text, 0, max(bodies)[0]) is not None
                chosen = named_more or subject or pledged or dealt_with or (opening and opening[0] in by_noun)
                return opening[0] if opening and chosen else last
        return None

    @staticmethod
    def bare_opening(text: str) -> int | None:
        """Where the bare noun for a body or its bosses that opens a headline or a bullet point ends
        ("Operator promises to refund ...", "Bosses vow to ..."), if one does: the line's subject."""
        first = _display_opening(text)
        return first.end() if first else None

    @staticmethod
    def bare_noun(text: str) -> str | None:
        """The bare noun for a body that opens a headline or a bullet point ("Firm promises refunds": "firm"), if one
        does; None for its bosses or an officer ("Bosses vow to", "Metro mayor vows to"), who may be any body's."""
        first = _display_opening(text)
        noun = first.group(2).lower() if first else None
        after = text[first.end() :].split(None, 1) if first else []
        officer = bool(after) and after[0].lower() in _PERSON_NOUNS  # "Metro mayor": the body's noun before an officer
        return None if noun in _BOSSES or officer else noun

    def display_subject(self, text: str) -> str | None:
        """Whose is a pledge in a headline or a bullet point that opens with a bare noun for a
        body or its bosses ("Firm promises refunds", "Council to close three libraries",
        "Bosses vow to save the club"): the body the story names by that noun, else, for a
        firm or its bosses, the organisation the story is most about."""
        first = _display_opening(text)
        if not first:
            return None
        noun = first.group(2).lower()
        if noun in _BOSSES:
            return self.bosses_body(first.group(1))
        return self._called_by_noun(noun) or self._named_by_noun(noun) or self._topic_fitting(noun)

    def _called_by_noun(self, noun: str) -> str | None:
        """The one body the story itself calls by a headline's bare noun, right after naming it: "UK watchdog to
        launch probe" over "The European Commission fined ... the Competition and Markets Authority said it would
        examine ... The watchdog could order" is the Authority, though the Commission fits "watchdog" too."""
        called: set[str] = set()
        for k, text in self.texts.items():
            for use in re.finditer(rf"\b[Tt]he {re.escape(noun)}\b", text):
                before = [m.key for m in self.index.in_sentence(k) if m.end <= use.start()][::-1]
                recent = before + [m.key for j in (k - 1, k - 2) for m in self.index.in_sentence(j)[::-1]]
                near = next((key for key in recent if self.type_of.get(key) == "organization"), None)
                if near and self._named_by_noun(noun, [near]) == near:
                    called.add(near)
        return called.pop() if len(called) == 1 else None

    def bosses_body(self, qualifier: str | None) -> str | None:
        """Whose bosses or chiefs a subject means by the word before them: a body's noun ("Union chiefs agree
        to": the union the story names), a word of one body's name ("Ferry bosses will charter": Westray
        Ferries) or of several, else, or with no word ("Bosses have promised"), the body the story is about."""
        word = (qualifier or "").lower()
        if re.fullmatch(BODY_NOUNS, word):
            return self._named_by_noun(word) or self._topic_fitting(word)
        named = [a for a in self.organisations if word and _built_on(word, a.name) and not lexicon.union_named(a.name)]
        if len(named) > 1 and self.topic not in [a.name for a in named]:
            # ... of several, the one named most ("fire bosses": the fire service, more than its authority; never
            # the Fire Brigades Union, whose officials are no bosses)
            return max(named, key=lambda a: a.mentions).name
        return named[0].name if len(named) == 1 else self.topic

    def _placed_body(self, text: str, cue_start: int) -> str | None:
        """The subject that opens with the first words of a body's name and then its noun, in
        lower case ("North Calder trust vows", "The Kelby council has agreed"): that body."""
        placed = _PLACED_OPENING.match(text)
        if not placed or cue_start - placed.end() > 2:
            return None
        words, noun = placed.group(1).strip(), placed.group(2).capitalize()
        named = [a.name for a in self.organisations if a.name.startswith(words + " ") and noun in a.name.split()]
        return named[0] if len(named) == 1 else None

    def _titled_by(self, noun: str) -> str | None:
        """The one organisation whose name is built on ``noun`` itself ("the airport": Kelby
        Airport; "the museum": the Museum of X), if exactly one is; not a body of another kind the
        noun only qualifies ("the hospital" is no Kelby Hospital Association)."""
        if noun.lower() not in _INSTITUTIONS:
            return None  # not "the state" for the State Department of Health
        words = {noun.capitalize()}
        named = [a.name for a in self.organisations if words & set(a.name.split()) and _headed_by(a.name, words)]
        return named[0] if len(named) == 1 else None

    def _chaired_body(self, noun: str, speaker: str | None, party: str | None) -> str | None:
        """A body no name gives that the speaker's role says they chair or lead, which "the board"
        or "the committee" they speak of is ("Jo Lee, who chairs the board of trustees, said the
        board would": the board of trustees), also within the body they are of ("chair of Kelby
        Council's scrutiny committee ... said the committee would"), unless that is named for the noun."""
        found = _CHAIRED.search(self.roles.get(speaker or "", ""))
        named_for_noun = bool(party) and lexicon.name_head(party or "").lower() == noun.lower()
        if not found or found.group(2).lower() != noun.lower() or named_for_noun:
            return None
        return found.group(1).split("'s ")[-1].split("’s ")[-1]

    def body_called(self, noun: str, recent: Sequence[str] = ()) -> str | None:
        """The one organisation whose name holds ``noun`` (``_named_by_noun``, the one named last in ``recent`` of
        several), if its name does or ends as a body of that kind is named ("the club": Ashbridge Town FC)."""
        named = self._named_by_noun(noun, recent)
        words = named.split() if named else []
        ends_as = bool(words) and words[-1] in _ENDS_AS.get(noun.lower(), ())
        return named if {noun.capitalize(), _plural(noun.capitalize())} & set(words) or ends_as else None

    def _only_body_called(self, noun: str, k: int) -> str | None:
        """The one organisation named by sentence ``k`` whose name is built on ``noun`` or its plural ("the
        utility": Ashby Ferry Public Utilities, not the chemical firm named last); no noun every kind of body
        answers to, nor one that only qualifies another body's ("the charity" is no Charity Commission)."""
        if noun.lower() in _GENERIC_BODY_NOUNS:
            return None
        words = {noun.capitalize(), _plural(noun.capitalize())}
        named = [
            a.name
            for a in self.organisations
            # (not a name the noun only opens: "Club Zephyr" is a venue named by its kind, built on no "club")
            if words & set(a.name.split()[1:]) and _headed_by(a.name, words) and self.first_of.get(a.name, k) <= k
        ]
        return named[0] if len(named) == 1 else None

    def council_of(self, noun: str) -> str | None:
        """The one council the story names for the city, town or county that ``noun`` is ("the city": Harlow
        Springs City Council), which acts for it."""
        named = [a.name for a in self.organisations if a.name.split()[-2:] == [noun.capitalize(), "Council"]]
        return named[0] if len(named) == 1 else None

    def _owned_just_before(self, noun: str, k: int) -> str | None:
        """The body whose noun the sentence before gave with its owner ("the authority's board",
        "Acme's board"): "... and the authority's board met. The board agreed" is the authority's."""
        owned = re.compile(
            r"\b(?:the ([a-z]+)|([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,4}))['’]s? (?:[a-z-]+ )?"
            + re.escape(noun.lower())
            + r"\b"
        )
        text = self.texts.get(k - 1, "")
        found = [m for m in owned.finditer(text) if m.group(2) != "The"]
        if len(found) != 1 or lexicon.after_preposition(text, found[0].start()):
            return None  # (not one named as where or to whom: "handed to the Government's operator")
        by_noun, name = found[0].groups()
        owner = self._named_by_noun(by_noun) if by_noun else self._organisation_named(name)
        return owner if owner and (not by_noun or self.fits(by_noun, owner)) else None

    def _named_just_before(self, noun: str, k: int, speaker: str | None) -> str | None:
        """The body whose own name holds the noun, named in the sentence before ("a Department for Business
        spokesman said ... The department would not"): the one the story names most, else the one just named,
        unless the ``speaker``'s title names the one named most."""
        if self.place_for(noun):
            return None  # (not "the county" of the County Fire District: the county the story names)
        before = [m.key for m in self.index.in_sentence(k - 1)]
        # the one the story names most, else the one just named: "the department" after a county's department is
        # the county's, though the story names the Justice Department more; not where the speaker's title names
        # the one named most ("Deputy Education Minister Jo Roe said the ministry would", after the Works Ministry)
        most = self.body_called(noun)
        titled = (
            set(self.roles.get(speaker or "", "").split()) & set(most.split()) - {noun.capitalize()} if most else ()
        )
        named = [most, None if titled else self.body_called(noun, before[::-1])]
        return next((body for body in named if body in before), None)

    def _others_council(self, noun: str, body: str, speaker: str | None) -> bool:
        """Whether "the council" a mayor speaks of would be ``body``, a council the story gives another
        voice who holds no such office: "Jo Lee, president of the Kelby Builders Council, said ...
        Mayor Ana Ruiz said the council would" is the mayor's council, not the builders'."""
        role = self.roles.get(speaker or "", "")
        if noun.lower() != "council" or not _MAYORAL.search(role) or self.party_of(speaker) == body:
            return False
        party = self.party_of(speaker)
        if party and _LOCAL_RULE.search(party):
            return True  # "Jo Lee, mayor of Gránufjörður, said the council would", after "the Hvalvík council voted"
        return any(
            self.party_of(actor.name) == body and not _MAYORAL.search(actor.role or "")
            for actor in self.index.actors
            if actor.type == "person" and actor.name != speaker
        )

    def _source_just_before(self, noun: str, k: int) -> str | None:
        """The body whose words the sentence before reports at its end, when the noun fits it ("…, the CDC said.
        The agency plans to brief …": the CDC, not another agency the story names more)."""
        said = _SOURCE_AT_END.search(self.texts.get(k - 1, "")) if noun.lower() in _PUBLIC_NOUNS else None
        if not said:
            return None  # (a public body's noun only: "the agency", "the ministry")
        source = next(
            (
                m
                for m in self.index.in_sentence(k - 1)
                if m.start >= said.start() and self.type_of.get(m.key) == "organization"
            ),
            None,
        )
        public = source and (lexicon.public_body(source.key) or lexicon.initials(source.surface))  # ("the CDC")
        return source.key if public else None

    def _headed_by_noun(self, head: str) -> str | None:
        """The one organisation whose name is built on the noun the subject is ("the front",
        "the movement", "the federation"), when the story names one so."""
        noun = _NOUN_AS_SUBJECT.search(head)
        if not noun:
            return None
        named = self._built_on(noun.group(1))
        return named[0] if len(named) == 1 else None

    def _party_named(self, word: str) -> str | None:
        """The party ``word`` is a form of ("Conservative": the Conservatives), by the name the story
        gives it."""
        known = lexicon.KNOWN_ORGS.get(word)
        if not known:
            return None
        named = [
            a.name for a in self.organisations if known in {lexicon.KNOWN_ORGS.get(n) for n in (a.name, *a.aliases)}
        ]
        return named[0] if named else known  # as the story writes it: "Tories"

    def _place_called(self, name: str) -> str | None:
        """The actor a place's name, as written, is one of the forms of."""
        for actor in self.index.actors:
            if name == actor.name or name in actor.aliases:
                return actor.name
        return None

    def _possessor_body(self, owner: str) -> str | None:
        """The organisation a possessive names, by its name or the first words of it ("Fenwick
        Lane's board": Fenwick Lane Football Club), or by the noun for it ("the trust's board")."""
        if owner[:1].islower():
            return self._named_by_noun(owner) or self._topic_fitting(owner)
        starting = [a.name for a in self.organisations if a.name.startswith(owner + " ")]
        return self._organisation_named(owner) or (starting[0] if len(starting) == 1 else None)

    def _one_titled(self, noun: str, speaker: str | None) -> str | None:
        """The one person, not the speaker, whose role as the story gives it ends in ``noun`` ("reality television
        star" for "the star"), if there is just one."""
        holders = [
            a.name
            for a in self.index.actors
            if a.type == "person" and a.name != speaker and (a.role or "").lower().split()[-1:] == [noun.lower()]
        ]
        return holders[0] if len(holders) == 1 else None

    def _described_person(self, head: str, k: int) -> str | None:
        """Whom a description standing for a person named before means ("The 34-year-old has
        promised", "But the former teacher has vowed"): the one named with that age ("Jo Lee,
        34,"), else the person the story is about, named most before it (first named among
        equals), not the last one named: tabloids describe their subject, not a passing voice; but
        one of the sex the description says, named just before ("the mum-of-one")."""
        age = _AGE.search(head)
        pronoun = next((lexicon.SEX_OF_NOUN[w] for w in re.findall(r"[a-z]+", head) if w in lexicon.SEX_OF_NOUN), None)
        before = [
            m
            for j in range(k)
            for m in self.index.in_sentence(j)
            if self.type_of.get(m.key) == "person" and (pronoun is None or self.index.may_be(m.key, pronoun))
        ]  # "the mum-of-one" is a woman
        if age:
            aged = [m.key for m in before if self.texts.get(m.sentence, "").startswith(f", {age.group(1)},", m.end)]
            if aged:
                return aged[-1]
        # (within six when her quotes come between: "Jo Lee, 90, ... She said: "…" … The great-gran vowed")
        recent = [m for m in before if m.sentence >= k - 3] or [m for m in before if m.sentence >= k - 6]
        if pronoun and recent:  # "Emma Ridley, 34, ... she said. But the mum-of-one vowed": the woman just quoted;
            # of two, the one the last sentence opens with ("Jo Lee says Ann Lee lied. But the widow vowed")
            return next(m.key for m in recent if m.sentence == recent[-1].sentence)
        counts = Counter(m.key for m in before)  # (in order of first mention: max keeps the first of equals)
        return max(counts, key=counts.__getitem__) if counts else None

    def _buyer(self, k: int) -> str | None:
        """Who the story last said bought something, before sentence ``k``: the agent of "bought
        by", "acquired by", whom it was "sold to", or the subject of "has bought"."""
        for j in range(k - 1, -1, -1):
            text = self.texts.get(j, "")
            found = [
                m.key
                for m in self.index.in_sentence(j)
                if self.type_of.get(m.key) in ("person", "organization")
                and (lexicon.BOUGHT_BY.search(text, max(0, m.start - 60), m.start) or _BOUGHT.match(text, m.end))
            ]
            if found:
                return found[-1]
        return None

    def _owner_of(self, k: int) -> str | None:
        """The one the story names as owning or having bought something in sentence ``k`` or the two after
        it (news names "its owner" after the news): "Tidewell Leisure Ltd, which bought the pier in 2017,
        said"; else who it last said bought something before (``_buyer``)."""
        for j in (k, k + 1, k + 2):
            text = self.texts.get(j, "")
            found = [
                m.key
                for m in self.index.in_sentence(j)
                if self.type_of.get(m.key) in ("person", "organization") and _OWNER_CLAUSE.match(text, m.end)
            ]
            if found:
                return found[0]
        return self._buyer(k)

    def _person_called(self, noun: str, k: int) -> str | None:
        """The person named before sentence ``k`` whose role the noun ends ("The singer" for
        "Country singer Jo Lee"), the last named if several are."""
        named = [
            m.key
            for j in range(k)
            for m in self.index.in_sentence(j)
            if self.type_of.get(m.key) == "person" and self.roles.get(m.key, "").lower().split()[-1:] == [noun]
        ]
        return named[-1] if named else None

    def _other_body_named(self, noun: str, party: str | None) -> str | None:
        """The body whose name holds the noun a speaker uses, when their own body is named for
        another kind of body (a body noun or an organisation word: "Infirmary"): "Its chairman,
        Jo Lee, said the association would" is the Kelby Taxi Association the story names, not
        the rival Kelby Taxi Group whose name "its" picked up."""
        named = self._named_by_noun(noun)
        word = noun.capitalize()
        if not named or not party or named == party or word not in named.split() or word in party.split():
            return None
        head = lexicon.name_head(party)
        return named if re.fullmatch(BODY_NOUNS, head.lower()) or head in lexicon.ORG_WORDS else None

    def _literally_named(self, noun: str, party: str | None) -> str | None:
        """The body whose own name holds the noun ("the board": the Board of Commissioners),
        when the speaker's title names their body only by a generic word ("Commission Chair Jo
        Lee said the board would")."""
        if not party or party not in lexicon.ORG_WORDS or noun.lower() in _TRADING:
            return None  # (a body's own name stands; a generic word before a title names none)
        named = self._named_by_noun(noun)
        return named if named and noun.capitalize() in named.split() else None

    def _named_by_noun(self, noun: str, recent: Sequence[str] = (), by: int | None = None) -> str | None:
        """The organisation a common noun stands for when one name holds it: "the trust" is
        the Trust the story names (the most mentioned one), one built on that noun first; of
        several that fit equally, the one named last in ``recent`` (the sentences just before:
        "Under Advertising Standards Authority rules, ... The watchdog said it"). Only one named
        by sentence ``by``, if given, or the one the story is about (a local paper's "the council"
        before it names it): "the airline" is no airline the story names only later ("A previous
        operator, Harmattan Air, ...")."""
        words = {
            noun.capitalize(),
            _plural(noun.capitalize()),
            *lexicon.NAMED_AS.get(noun.lower(), ()),
            *_CALLED_BY_NAME.get(noun.lower(), ()),
        }
        ends = _ENDS_AS.get(noun.lower(), ())
        named = [  # not a name with another body's head: "the charity" is no Charity Commission
            a.name
            for a in self.organisations
            if (
                (words & set(a.name.split()) and _headed_by(a.name, words))
                or a.name.split()[-1] in ends
                or (noun.lower() in ("club", "team", "side") and _nicknamed_team(a.name))
                or (noun.lower() == "team" and a.name.split()[-1] in lexicon.CLUB_ENDINGS)  # "Marlow Tide FC"
                or _area_council(a.name, noun)
                or noun.lower() in self.apposed_kinds.get(a.name, ())  # "X, a New York-based fund,"
                or a.name in self._written_before(noun.lower(), definite=True)  # "the Save Kelby Library campaign"
            )
            and not _PARTNERSHIP.search(a.name)
            and (by is None or self.first_of.get(a.name, by) <= by or a.name == self.topic)
        ]
        # "the university": no University and X Union; "the club" no venue ("a meeting in the Rovers Social Club")
        named = [name for name in named if name not in self.venues] or named
        headed = [name for name in named if lexicon.name_head(name) in words]
        # a Union before an Association; not a name the noun only opens ("Club Zephyr", a venue named by its kind)
        own = [name for name in headed or named if noun.capitalize() in name.split()[1:]]
        fitting = own or headed or named
        # (of those named just before, also one the story described as of that kind: "the union" after "The Kelby
        # Alliance, which represents 2,100 sorting staff,")
        near = [
            key
            for key in recent
            if key in fitting or (key in named and noun.lower() in self.apposed_kinds.get(key, ()))
        ]
        return (near or fitting or [None])[0]

    def _owner_in(self, role: str) -> str | None:
        """The body or person a role belongs to by a possessive: "Brightwell's chief executive"
        speaks for Brightwell (the organisation of that name, or one whose name opens with it,
        also one no mention made an actor); "Jo Lee's solicitor" speaks for Jo Lee."""
        possessive = _OWNER.match(role)
        found = possessive or _NAME_BEFORE_HEAD.match(role)
        if not found:
            return None
        owner = found.group(1)
        kind = self.type_of.get(owner) or self.type_of.get(self.person_by_surname(owner) or "")
        first = owner.split()[0]
        if not possessive and (
            kind == "person" or first in lexicon.TITLE_WORDS or 0 < capitalisation(first) <= MOSTLY_LOWER
        ):
            return None  # not a person's, a title's, nor a common word's: "Campaign chair", "Group chief executive"
        if kind == "person":
            head = role.split()[-1].lower()
            return (self.person_by_surname(owner) or owner) if head in _REPRESENTS else None
        if kind == "place" or owner in lexicon.places()["names"]:
            return None
        named = self._organisation_named(owner)
        if named:
            return named
        # ... else the body whose full name ends with it, one name's ending of the other's counted as one body
        # ("Supervisors chairman": the Kelby County Board of Supervisors, also named "Board of Supervisors")
        ending = sorted((a.name for a in self.organisations if a.name.endswith(" " + owner)), key=len)
        return ending[-1] if ending and all(ending[-1].endswith(name) for name in ending) else owner

    def _body_after_of(self, role: str) -> str | None:
        """The body a role names in full after "of", "at" or "for" ("chief executive of Granitex
        Surfaces", "president of Kelby Students' Union"), also one no mention made an actor, when
        no actor's name covers it: a person's, a place's or a shorter name inside it is not it."""
        found = _ROLE_OF_NAME.search(role)
        branch = _BODY_AT_PLACE.search(role)
        body = self._party_in(branch.group(1)) if branch and _HEADS_BODY.search(role, 0, branch.start() + 4) else None
        if body and len(body.split()) >= len(branch.group(1).split()):
            return body  # "branch president of the University and College Union at Wexmoor": the union's
        if not found or not _HEADS_BODY.search(role, 0, found.start() + 4):
            return None  # not an office's portfolio or place: "Secretary of State for Health", "mayor of West Kelby"
        name = found.group(1)
        inside = self._party_in(name)
        if all(self.type_of.get(part) == "place" or part in lexicon.places()["names"] for part in _LISTED.split(name)):
            return None  # ("general manager for the UK and Ireland": a territory, no body)
        if self.type_of.get(name) == "person":
            return None
        if inside and len(inside.split()) >= len(name.split()):
            return inside
        longer = [a.name for a in self.organisations if a.name.startswith(name + " ")]  # a role cut short
        return (
            self._organisation_named(name)
            or (longer[0] if len(longer) == 1 else None)
            or (name if len(name.split()) > 1 else None)
        )

    def _party_in(self, role: str) -> str | None:
        if not role:
            return None
        words = {w.rstrip(".") for w in re.findall(r"[\w&.-]+", role.replace("'s", "").replace("’s", ""))}
        named = [
            (len(form.split()), actor.name)
            for actor in self.organisations
            for form in (actor.name, *actor.aliases)
            if {w.rstrip(".'’") for w in form.split()} <= words
        ]  # the fullest name: "... of the Halbrook Area Transit Authority" is not the town's council
        # (full stops and plural possessives aside: "St. Brendan Medical Center" in a role written "St
        # Brendan Medical Center CEO", "Clyde Metalworkers' Union")
        return max(named, key=lambda n: n[0])[1] if named else None

    def _seat_country(self, seat: re.Match[str] | None) -> str | None:
        """The country whose capital a government or ministry is "in" (``_SEAT``), as the story names it."""
        country = lexicon.places()["capitals"].get(seat.group(1)) if seat else None
        return (self._place_called(country) or country) if country else None

    def group_before(self, sentence: Sentence, before: int, speaker: str | None = None) -> str | None:
        """What "it" and "they" stand for: the organisation or country named first (the
        subject) before ``before`` in this sentence; else the body of the person whose speech
        it is, named before it ("Its chair, Jo Lee, said it had raised ..."); else the one the
        story is about (the most mentioned) among those named in the three sentences before."""
        groups = ("organization", "place")
        text = sentence.text
        seat = self._seat_country(_GOVERNMENT_IN_SAID.search(text[:before]))
        if seat:  # "The shipping ministry in Athens said it would": Greece's
            return seat
        governed = _PLACE_GOVERNMENT_SAID.match(text[:before])
        place = self._place_called(governed.group(1)) if governed else None
        if self.type_of.get(place or "") == "place":  # "North Rhine-Westphalia's state government said it would"
            return place
        unnamed = _UNNAMED_BODY_SAID.search(text[:before])
        named = self._named_by_noun(unnamed.group(1)) if unnamed else None
        if named:  # "across northern England ... after a rail union said it would": the union the story names
            return named
        here = [
            m
            for m in self.candidates(sentence)
            if self.type_of.get(m.key) in groups
            and m.end <= before
            and not (
                text[m.start : m.end].endswith(POSSESSIVE_ENDINGS) and not m.key.endswith(POSSESSIVE_ENDINGS)
            )  # ("Sainsbury's")
            and not (_AGENT_BEFORE.search(text, max(0, m.start - 8), m.start) and "," in text[m.end : before])
            and not (self.type_of.get(m.key) == "place" and (_in_a_name(text, m.start) or m.locative))
            and not _ITS_BEFORE.search(text, max(0, m.start - 6), m.start)  # (what "it" owns: "its Silverfir mine")
        ]  # not the agent of a clause of its own: "Told by CNN that ..., Acme said it would"; nor a
        # place inside a longer name: the UK of "Universities UK (UUK) said it would"; nor where things
        # are: "A utility serving 41,000 people in eastern Ohio said it would"
        for m in here:  # "AK insisted it would": the one who speaks of itself (the first of a joined subject:
            if lexicon.SPEECH_RE.match(text[m.end : before].strip().removesuffix(" that")):  # "Vexco and Marlow said")
                return first_conjunct(text, here, m, self.type_of)
        if here:
            return here[0].key
        affiliated = [  # "officials at Acme said they would": the body they speak for
            m
            for m in self.index.in_sentence(sentence.index)
            if m.end <= before and self.type_of.get(m.key) == "organization" and _AFFILIATED.search(text[: m.start])
        ]
        if affiliated:
            return affiliated[0].key
        if self.type_of.get(speaker or "") == "organization" and "spokes" in text[:before]:
            return speaker  # "A spokesperson for the foodbank said it would": the body the speech is from
        party = self.party_of(speaker) if self.type_of.get(speaker or "") == "person" else None
        spoken = _HE_SAID.match(text) or any(
            m.key == speaker and m.end <= before for m in self.index.in_sentence(sentence.index)
        )  # "Jo Lee, Acme's chief, said ... He added that it would": Acme
        if party and spoken and self.type_of.get(party) not in ("person", "place"):
            return party  # (also a body only their role names: "Acme's chief executive")
        titled = _TITLED_BODY.match(text[:before])
        described = titled is not None and any(map(_DESCRIBING_COMPOUND.search, titled.group(1).split()))
        if titled and not described:  # "The Australian Treasurer's office said it would": that office
            inside = [m.key for m in self.index.in_sentence(sentence.index) if m.end <= titled.end(1)]
            bodies = [key for key in inside if self.type_of.get(key) == "organization"]
            return bodies[0] if bodies else titled.group(1)
        owned = _OWNED_BODY.match(text[:before])
        if owned:  # "Her organisation said it would": the body of the one "her" stands for
            party = self.party_of(self.index.last_person(sentence.index, owned.group(1).lower()))
            if party:
                return party
        qualified = _QUALIFIED_BODY.search(text[:before])
        named = self.body_described(*qualified.groups()) if qualified else None
        if named:  # "the parish council said it would": the Parish Council the story names
            return named
        kind = _KIND_SUBJECT.match(text[:before])
        named = self._kind_named(kind.group(1), sentence.index) if kind else None
        if named:  # "... criticised games maker Pixelforge. The games maker said it would": Pixelforge
            return named
        place = _THE_PLACE_SAID.match(text[:before])
        named = self.place_for(place.group(1)) if place else None
        if named:  # "The town said it would": the town the story names
            return named
        body = _COMPANY_SUBJECT.search(text[:before])
        bare = not text[:before].strip(" \"“‘'") or _LEAD_ADVERBIAL.fullmatch(text[:before]) is not None
        if body is None and bare:
            body = _TRAILING_BODY_SAID.search(text)  # "(Even so,) it will spend £5m, the company said": the company
            other = self._other_pledger_before(sentence.index, body.group(1)) if body else None
            if other:  # "The bank has agreed to refund ... It will also ..., the regulator said": the bank
                return other
            chain = self._subject_chain(sentence.index, body.group(1)) if body else None
            if chain:  # "Vey Drains ... The small local firm has ... It will keep crews there, the company said"
                return chain
        if body and body.group(1) in ("state", "country") and self.places:
            return self.places[0]  # "the state also plans to": the place the story is most about
        if body and self.place_for(body.group(1)):
            return self.place_for(body.group(1))  # "the county said it would": Marlow County
        if body:
            groups = ("organization",)  # "the company said it would": never a town
            recent = [m.key for k in (sentence.index - 1, sentence.index - 2) for m in self.index.in_sentence(k)[::-1]]
            named = (
                self._named_by_noun(body.group(1), recent, by=sentence.index)
                or self._kind_named(body.group(1), sentence.index)
                or self._spokesperson_body(sentence.index, reach=1)
            )
            if named:
                return named  # "the trust" is the Trust the story names; "an Acme spokesman said the company"
            opener = self._opener(sentence.index - 1, after_the=True)
            if opener and self.fits(body.group(1), opener):
                return opener  # "GLWR said it had agreed ... The company said it would": the same one
            noun = body.group(1)
            joined = self._joined_body(sentence.index - 1) if _CAMPAIGN.fullmatch(noun) else None
            if joined:  # "members of Tallgrass Water Watch believed ... The group plans to": that body
                return joined
            voiced = self._voiced_body(sentence.index) if _CAMPAIGN.fullmatch(noun) or noun in _TRADING else None
            if voiced and self.fits(noun, voiced):  # "Jo Lee, chief executive of Acme, said ... The company said it"
                return voiced
        opener = self._opener(sentence.index - 1) if _UNNAMED_SPOKESPERSON.match(text) else None
        if opener:  # "Acme, which owns the line, said ... A spokeswoman said it would": Acme
            return opener
        previous = self._body_noun_subject(sentence.index - 1) if not body else None
        if previous:  # "... said the trust accepted every recommendation. It will recruit": the Trust
            return previous
        governed = self._governed_opener(sentence.index - 1) if not body else None
        if governed:  # "The board of Nordvind Energi signed a deal last week. It will sell power": Nordvind Energi
            return governed
        opens = not body and (not text[:before].strip(" \"“‘'") or bool(_IT_SAID.fullmatch(text[:before])))
        kind_opener = self._kind_opener(sentence.index - 1) if opens else None
        if kind_opener:  # "Ratepayers' group Kelby First said the money was wasted. It has vowed to": the group
            return kind_opener
        opener = self._opener(sentence.index - 1, after_the=True) if opens else None
        joined = opener and re.search(re.escape(opener) + r"(?:['’]s)? and ", self.texts.get(sentence.index - 1, ""))
        if opener and not joined:  # "The Kelby Nurses Union, which represents 2,300 nurses, said ... It said it would"
            return opener  # (not one of two: "Beta Ltd and Gamma Inc also grew. It will open": the story's firm)
        pledged = self.committed.get(sentence.index - 1) if opens else None
        if self.type_of.get(pledged or "") == "organization" or _described_body(pledged):
            return pledged  # "The airline said it would ... It will also keep"; "the municipal board will ... It will"
        through = self._pledger_through_noun(sentence.index - 1) if opens else None
        if through:  # "... promised by Kelby Breweries. The brewery's chief said ... It will also": the brewery
            return through
        chained = self._it_goes_on(sentence.index - 1) if opens else None
        if chained:  # "Harcourt opened in 2018. It has since added two theatres. It will not recruit": Harcourt
            return chained
        spoken = _NOUN_SPOKESPERSON.match(self.texts.get(sentence.index - 1, "")) if opens else None
        voiced = self._named_by_noun(spoken.group(1), by=sentence.index) if spoken else None
        if voiced:  # "A council spokesman said officers were concerned. It will carry out spot checks": the council
            return voiced
        chain = self._subject_chain(sentence.index) if opens and not body else None
        if chain:  # "Vey Drains, a builder, was hired. The small local firm has ... It will keep": Vey Drains
            return chain
        recent = [  # not a setting: "The company admitted the breach at Kelby Crown Court. It will pay"
            m.key
            for index in range(sentence.index - 1, max(-1, sentence.index - 4), -1)
            for m in self.index.in_sentence(index)
            if self.type_of.get(m.key) in groups
            and (not body or self.fits(body.group(1), m.key))
            and not lexicon.after_preposition(self.texts.get(index, ""), m.start)
            and not m.owned  # nor what a body has there: "its Kelby workforce"
        ]
        if recent and self.topic and (not body or self.fits(body.group(1), self.topic)):
            recent.append(self.topic)
        # ... nor the other side named in a phrase before it: "After talks with Ofgem, it has agreed"
        aside = {
            m.key
            for m in self.index.in_sentence(sentence.index)
            if m.end <= before and lexicon.after_preposition(text, m.start)
        }
        recent = [k for k in recent if k not in aside]
        # ... a rival named beside the story's body is its foil: "Its shares fell while rival Aldermann gained"
        recent = [k for k in recent if self.kinds.get(k) not in _RIVALS] or recent
        if recent:
            return max(recent, key=lambda k: (self.mentions[k], -recent.index(k)))
        regulator = body.group(1) if body and _REGULATED_BY.match(body.group(1)) else None
        watchdogs = [a.name for a in self.organisations if regulator and self.fits(regulator, a.name)]
        if len(watchdogs) == 1:  # "the regulator" named sentences back: the one regulator the story names
            return watchdogs[0]
        unlisted = self._unlisted_before(sentence.index - 1)
        if not unlisted and body and body.group(1).lower() in _TRADING:
            return self._topic_fitting(body.group(1))  # "the company" far from any name: the story's firm
        return unlisted

    def _pledger_through_noun(self, k: int) -> str | None:
        """The body that pledged in the sentence before ``k`` when ``k`` opens with it by its noun, or with its officer
        through the noun ("... has been promised by Kelby Breweries. The brewery's managing director said ...", "The
        lender has financed ..."): whom an "It" after them goes on with, not the body the story is most about."""
        opening = _NOUN_OPENING.match(self.texts.get(k, ""))
        noun = opening.group(1) if opening else ""
        pledged = self.committed.get(k - 1)
        if self.type_of.get(pledged or "") != "organization":
            return None
        # a kind any body may be called by ("the lender", "the agency"), else the word its name is built on ("the
        # brewery": Kelby Breweries; no "samity" for a brick company)
        kind = (noun in lexicon.ORG_DESCRIPTORS or noun in lexicon.TRADING_NOUNS) and self.fits(noun, pledged)
        built_on = noun.capitalize() in lexicon.ORG_WORDS and _built_on(noun, pledged)
        return pledged if kind or built_on else None

    def _subject_chain(self, k: int, noun: str | None = None) -> str | None:
        """The organisation an opening "It" in sentence ``k`` goes on about: the nearer of the two sentences before
        that opens with a body by its name (further back, the body the story is most about stands for it), passing
        over one that calls it by its noun ("The small local firm has worked for the utility for years", so
        long as the noun fits the body), tells of its parts or its people ("Its members raised money", "Inspectors
        called on Friday") or of a thing ("The new van cost £40,000"): the subject the story stays
        with, not a body named in passing. A ``noun`` that says what "It" is ("It will ..., the company said") must
        fit it."""
        for j in range(k - 1, max(-1, k - 3), -1):
            text = self.texts.get(j, "")
            opener = self._opener(j, after_the=True) or self._governed_opener(j) or self._short_opener(text)
            if opener and re.search(re.escape(opener) + r"(?:['’]s)? and ", text):
                return None  # one of two ("Beta Ltd and Gamma Inc also grew. It will open"): the story's own body
            if opener and opener not in self.channels and (noun is None or self._may_be_called(noun, opener)):
                return opener
            word = _NOUN_OPENING.match(text)
            owned = word is not None and word.group().rstrip().endswith(POSSESSIVE_ENDINGS)
            built_on = self._named_by_noun(word.group(1), by=j) if word and not owned else None
            if built_on and (noun is None or noun.lower() == word.group(1).lower()):
                return built_on  # "The guild will also fine its members ...": the Guild the story names
            called = _BODY_NOUN_OPENING.match(text)
            if called and noun is None:
                noun = called.group(1)
                named = self._kind_named(noun, j)
                if named:  # "Roe & Vey, the Kelby firm acting for Jo Lee, ... The firm handles": that body
                    return named
        return None

    def _may_be_called(self, noun: str, body: str) -> bool:
        """Whether ``noun`` (a closing "the company said") can stand for ``body`` as a subject the story goes on with:
        ``fits``, and not a union the story calls so ("The GMB union said it was good news") for "the firm"."""
        union = lexicon.union_named(body) or body in self._written_before("union")
        return self.fits(noun, body) and not (noun.lower() in _TRADING and union)

    def _short_opener(self, text: str) -> str | None:
        """The one organisation whose name's first word opens the sentence as its subject, the rest of the name left
        out ("Dunmore also said its checks had failed": Dunmore Building Society)."""
        first = _SHORT_SUBJECT.match(text)
        return self._organisation_named(first.group(1)) if first else None

    def _it_goes_on(self, k: int) -> str | None:
        """The organisation a run of sentences opening with "It" and a verb of what it did, up to sentence ``k``,
        goes on about: the one the sentence before the run opens with. Not after an "It" that stands for no one
        ("It is unclear whether", "It was a busy day")."""
        j = k
        while j >= 0 and _IT_DID.match(self.texts.get(j, "")):
            j -= 1
        return self._opener(j, after_the=True) if 0 <= j < k else None

    def _other_pledger_before(self, k: int, noun: str) -> str | None:
        """The body that pledged in the sentence before ``k`` when ``noun`` cannot stand for it:
        whom an opening "it" goes on with ("The bank has agreed to refund victims. It will also
        appoint a reviewer, the regulator said": the bank), though another body is named saying
        so at the sentence's end. A body that only spoke before ("The union said it was good
        news") is not enough: the closing one is then who "it" is."""
        pledged = self.committed.get(k - 1)
        return pledged if self.type_of.get(pledged or "") == "organization" and not self.fits(noun, pledged) else None

    def _body_noun_subject(self, k: int) -> str | None:
        """The organisation a body noun stands for as the subject of sentence ``k``'s last
        clause ("X said the trust accepted every recommendation", "The council agreed"), when
        one named body holds the noun."""
        text = self.texts.get(k, "")
        if "the " not in text.lower():
            return None
        found = _NOUN_SUBJECT.findall(text)
        if not found:
            return None
        trading = found[-1].lower() in _TRADING  # "The company said ... It also said": the story's firm
        opens = _NOUN_SUBJECT.match(text) is not None
        return (
            self._named_by_noun(found[-1])
            or self._kind_named(found[-1], k)
            # ... the body a sentence before opens with: "Vey Studios said it was sorry. The company has
            # faced criticism before." (not the story's other firm)
            or (self._subject_chain(k, found[-1]) if opens and trading else None)
            or (self._spokesperson_body(k, reach=1) if trading else None)  # "A spokeswoman for Acme said the company"
            or (self._topic_fitting(found[-1]) if trading else None)
            or (self._sole_body_in(k - 1, found[-1]) if opens else None)
        )

    def _sole_body_in(self, k: int, noun: str) -> str | None:
        """The one organisation sentence ``k`` names, when the noun fits it: what a body noun opening the next sentence
        stands for ("Jo Roe, president of Kelby Professional Firefighters, said ... The union is not waiting")."""
        bodies = {m.key for m in self.index.in_sentence(k) if self.type_of.get(m.key) == "organization"}
        body = bodies.pop() if len(bodies) == 1 else None
        return body if body and self.fits(noun, body) else None

    def _governed_opener(self, k: int) -> str | None:
        """The organisation whose board, management or trustees open sentence ``k`` ("The management of Kelby Tanks
        confirmed the order"): what "it" after them stands for, the body they run."""
        text = self.texts.get(k, "")
        opener = _GOVERNING_OPENER.match(text)
        if not opener:
            return None
        return next(
            (
                m.key
                for m in self.index.in_sentence(k)
                if m.start == opener.end() and self.type_of.get(m.key) == "organization"
            ),
            None,
        )

    def _joined_body(self, k: int) -> str | None:
        """The body sentence ``k`` names after the people who make it up ("members of Tallgrass
        Water Watch", "supporters of Save Kelby Library"), if one."""
        text = self.texts.get(k, "")
        bodies = [
            m.key
            for m in self.index.in_sentence(k)
            if self.type_of.get(m.key) == "organization" and _PEOPLE_OF_BODY.search(text, max(0, m.start - 30), m.start)
        ]
        return bodies[0] if bodies else None

    def _kind_named(self, noun: str, k: int) -> str | None:
        """The organisation a story introduced by ``noun`` right before its name, right after it
        ("the Aircrew United union") or in an apposition after it, in sentence ``k`` or the two
        before (for a band, anywhere before): "who founded the group Kelby Parents for Safe Roads.
        ... She said the group would", "Brightwater Mind, a mental health charity in Swansea, ...
        The charity will" is that body, whatever its name is built on."""
        kind = f" {noun.lower()} "
        apposed = re.compile(  # (after its initials too: "the Centre for X (CX), a government agency")
            rf"(?:\s+\([A-Z][\w&.-]{{1,11}}\))?,\s+(?:an?\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(noun.lower())}\b(?!['’])"
            rf"|the\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(noun.lower())}\b(?!['’])" + _APPOSITION_ENDS + ")"
        )
        reach = k + 1 if noun.lower() in _PERFORMERS else 3  # a band: however long ago it was named
        for j in range(k, max(-1, k - reach), -1):
            text = self.texts.get(j, "")
            named = [
                m.key
                for m in self.index.in_sentence(j)
                if self.type_of.get(m.key) == "organization"
                and (
                    f" {text[max(0, m.start - len(kind)) : m.start]}".lower().endswith(kind)
                    or apposed.match(text, m.end)
                    or (text.startswith(kind, m.end) and not _owns(text, m))
                )  # "the Aircrew United union", "the Save X campaign"; not what it owns: "the Government's operator"
            ]
            if named:
                return named[-1]
        return None

    def _unlisted_before(self, k: int) -> str | None:
        """A body no actor was made of that opens one of the sentences up to ``k`` (three back)
        as its subject, which "it", "they" or "the firm" stands for when no body is named
        ("Housing provider Kelby Homes met tenants on Friday. They agreed to ...", "Bosses at
        Kelby Mills confirmed job cuts. ... The firm will offer retraining"), with the kind of body
        the story writes after it in lower case ("The Kelby health department says ...")."""
        for j in range(k, max(-1, k - 3), -1):
            text = self.texts.get(j, "")
            found = self.unlisted(text, self.index.in_sentence(j), len(text), as_subject=True) if text else None
            if found and _COMPOUND_MODIFIER.fullmatch(found.group()):
                continue  # "Top-flight rugby league side also fined": an adjective, no body
            body = _LOWER_BODY.match(text, found.end()) if found else None
            if found and (body or self.type_of.get(found.group()) != "place") and not _titled_person(found.group()):
                return text[found.start() : body.end()] if body else found.group()
        return None

    def _spokesperson_body(self, k: int, reach: int = 3) -> str | None:
        """The organisation a spokesperson speaks for, in sentence ``k`` or the ones before it
        (``reach`` in all): "a spokesman for Acme", "an Acme spokeswoman", "Acme's
        spokesperson" (by any of its names, also where the index found no mention)."""
        for j in range(k, max(-1, k - reach), -1):
            text = self.texts.get(j, "")
            if "spokes" not in text:
                continue
            for m in self.index.in_sentence(j):
                if self.type_of.get(m.key) == "organization" and (
                    _SPOKESPERSON_AFTER.match(text, m.end) or _SPOKESPERSON_BEFORE.search(text[: m.start])
                ):
                    return m.key
            for found in _NAMED_SPOKESPERSON.finditer(text):
                named = self._organisation_named(found.group(1) or found.group(2))
                if named:
                    return named
        return None

    def _organisation_named(self, words: str) -> str | None:
        """The organisation whose name or alias ``words`` ends with, else the one whose name
        it is the first word of ("a Dorlan spokesman" speaks for Dorlan Foods)."""
        words = _ARTICLE.sub("", words)
        for actor in self.organisations:
            if any(words == form or words.endswith(" " + form) for form in (actor.name, *actor.aliases)):
                return actor.name
        first = [a.name for a in self.organisations if a.name.split()[0] == words]
        return first[0] if len(first) == 1 else None

    def _voiced_body(self, k: int) -> str | None:
        """The body of the person who spoke for it just before: "..., said Jo Lee, director of
        Parents for X. The group said it would" is Parents for X."""
        mentions = [m for j in (k - 1, k - 2) for m in self.index.in_sentence(j)]
        people = [m.key for m in mentions if self.type_of.get(m.key) == "person"]
        return self.party_of(people[0]) if people else None

    def _ruling_body(self, k: int) -> str | None:
        """The body whose finding or ruling the sentence before reports, as its subject ("The
        National Rugby Conference found the club had paid ..."): who imposes a sanction told next
        without its agent."""
        body = self._opener(k - 1, after_the=True)
        text = self.texts.get(k - 1, "")
        named = [m for m in self.index.in_sentence(k - 1) if m.key == body]
        return body if named and _RULED.match(text, named[0].end) else None

    def _kind_opener(self, k: int) -> str | None:
        """The organisation sentence ``k`` opens with after the kind of body it is, as its
        subject: "Ratepayers' group Kelby First said", "Developer Kelby Living has"."""
        text = self.texts.get(k, "")
        kind = _KIND_BEFORE_NAME.match(text)
        named = [m.key for m in self.index.in_sentence(k) if kind and m.start == kind.end()]
        return named[0] if named and self.type_of.get(named[0]) == "organization" else None

    def _opener(self, k: int, after_the: bool = False) -> str | None:
        """The organisation sentence ``k`` opens with, as its subject (also when the name was
        not found there as a mention: "ValuFresh, for its part, said ..."; ``after_the``, also
        after "The": "The World Food Programme said it would", for what "it" or "the agency" in
        the next sentence stands for)."""
        previous = self.index.in_sentence(k)
        text = self.texts.get(k, "")
        opener = previous[0] if previous else None
        leading = opener and (
            _OPENING.match(text[: opener.start])
            or (after_the and _LEADING_SUBJECT.fullmatch(text[: opener.start]) and not _owns(text, opener))
            or (after_the and _FRONTED_THE.fullmatch(text[: opener.start]) and not _owns(text, opener))
            or _STATEMENT_FROM.fullmatch(text[: opener.start])
        )  # (not what it owns: "The Tamarack's successor"; a statement's source: "A statement from X said")
        if opener and self.type_of.get(opener.key) == "organization" and leading:
            return opener.key
        if opener and opener.start == 0:
            return None
        plain = plain_apostrophes(text)  # (names are written with the plain apostrophe)
        for actor in self.organisations:
            for name in (actor.name, *actor.aliases):
                if plain.startswith(name) and text[len(name) : len(name) + 1] in (" ", ","):
                    return actor.name
        return None

    def pronoun(self, word: str, sentence: Sentence, at: int, speaker: str | None) -> str | None:
        """What a subject pronoun stands for."""
        word = word.lower()
        if word == "i":
            return speaker
        if word == "we":
            if speaker is None or _SPOKESPERSON_SAID.search(sentence.text):
                # '"We will ...," the spokesperson said': the body they speak for
                return self._spokesperson_body(sentence.index) or self._unnamed_mayors_body(sentence.text) or speaker
            return (
                self._led_body(speaker)
                or self._school_district(speaker)
                or self._headed_team(speaker)
                or self._local_government(speaker)
                or self._mayors_body(speaker, sentence.text)
                or self._governed_prison(speaker)
                or self._politician(speaker)
                or self._represented(speaker)
                or self.party_of(speaker)
                or self._family_business(speaker)
                or speaker
            )
        if word in ("he", "she"):
            if speaker and self.type_of.get(speaker) == "person":
                quoted = (
                    open_after(sentence.text[: at + 1], None) is not None
                )  # (with the pronoun's first letter: '"He')
                if not quoted and self._may_be_speaker(sentence.text[:at], speaker, word):
                    return speaker  # "Jo Lee said she would": the speaker
                # In the speaker's own words "he" is someone else: a client, else the last one named.
                client = self.party_of(speaker) if quoted else None
                if client and self.type_of.get(client) == "person":
                    return client
                others = self._person_agreeing(word, sentence.index, at, besides=speaker)
                if others:
                    return others
            return self._person_agreeing(word, sentence.index, at) or self.index.last_person(
                sentence.index - 1, word, self.opened
            )
        itself = word == "it" and _IT_SAID_WHEN.fullmatch(sentence.text, 0, at) is not None
        if itself and self.type_of.get(speaker or "") == "organization":
            return speaker  # "It said last night it would examine": the body whose words these are, of itself
        sayers = _PLURAL_SAYERS.fullmatch(sentence.text, 0, at) if word == "they" else None
        if (
            sayers
            and not re.search(rf"\b{BODY_NOUNS}\b", sayers.group("np"), re.IGNORECASE)  # ("side" is no "Residents")
            and not any(m.start < sayers.end("np") for m in self.candidates(sentence))
        ):  # "Prosecutors said they would appeal", "Residents said they would keep pressing the city", "Carriers have
            # told the Transportation Department they plan to exit": they themselves, no body named before them (the
            # one they tell or press comes after)
            return sayers.group("np")
        people = _PEOPLE_SUBJECT.match(self.texts.get(sentence.index - 1, "")) if word == "they" else None
        if people and not sentence.text[:at].strip(" \"“‘'"):
            # "Local graziers raised $180,000. They have promised to": the people the sentence before is about
            return people.group("named") or people.group("people")
        plural = self._plural_body_before(sentence.index) if word == "they" and not sentence.text[:at].strip() else None
        if plural:  # "Falwick Harbour Commissioners said the deal followed talks. ... They will dredge": theirs
            return plural
        if word == "they" and not sentence.text[:at].strip() and speaker:
            voiced = self._members_voiced(sentence.index, speaker)
            if voiced:
                return voiced
        described = _DESCRIBED_NOUN_SAID.fullmatch(sentence.text, 0, at) if word == "it" else None
        body = described and self._body_for_noun(
            described.group("noun"), sentence, described.start("noun"), described.group("np"), speaker, []
        )
        if (
            body and body != "article" and noun_fits(described.group("noun"), body)
        ):  # "The cash-strapped authority, which cut library hours, said it would"
            return body
        kind = _kind(_KIND_QUALIFIED_SAID.fullmatch(sentence.text, 0, at))
        if kind:  # "The state pension fund, which owns 12 percent of Acme, said it would": the fund
            return self.of_kind(*kind.groups())
        said = _NOUN_SAID.fullmatch(sentence.text, 0, at)
        return (
            self.group_before(sentence, at, speaker)
            or _unnamed_public_body(sentence.text[:at])
            or (self._described_before(said.group(1), sentence.index, at) if said else None)
        )

    def _plural_body_before(self, k: int) -> str | None:
        """The body with a plural name ("Falwick Harbour Commissioners", "the Kelby Trustees") opening one of the
        two sentences before ``k``, which news calls "they"."""
        for j in (k - 1, k - 2):
            opener = self._opener(j, after_the=True)
            if opener and opener.split()[-1] in _PLURAL_BODY_HEADS:
                return opener
        return None

    def _members_voiced(self, k: int, speaker: str) -> str | None:
        """The body whose officer reports what "they" will do ("Students' union officers have campaigned
        since 2022. They will publish a table, the union's president said"), where the sentences up to it
        name the body or call it by a noun that fits it: its members act together, as its "we" does."""
        party = self.party_of(speaker) if self.type_of.get(speaker) == "person" else None
        if not party or self.type_of.get(party) != "organization":
            return None
        for j in range(k, max(-1, k - 3), -1):
            if any(m.key == party for m in self.index.in_sentence(j)):
                return party
            if any(self.fits(noun, party) for noun in _BODY_NOUN.findall(self.texts.get(j, ""))):
                return party
        return None

    def _led_body(self, speaker: str) -> str | None:
        """The body a secretary's role names ("secretary of the Kelby Nurses Union"): what "we"
        stands for in their words, as a chair's does; a Secretary of State's "we" stays their own. So does any secretary
        of a union ("NEU regional secretary Jo Roe", "Unison branch secretary Jo Roe")."""
        role = self.roles.get(speaker, "")
        body = self.party_of(speaker)
        union = role.lower().endswith("secretary") and (
            lexicon.union_named(body or "") or re.search(_UNION_SECRETARY + "$", role, re.IGNORECASE) is not None
        )  # ("Unison branch secretary": a union's post, whatever its name)
        if not (_LEADS.search(role) or union):
            return None
        return body if self.type_of.get(body or "") == "organization" and not _GOVERNMENTAL.search(body) else None

    def _school_district(self, speaker: str) -> str | None:
        """The schools a superintendent runs ("Superintendent Dr Lorraine Pruitt": 'We will not be
        pulling textbooks'): the one school district the story names, else its one school board."""
        if not _SUPERINTENDENT.fullmatch(self.roles.get(speaker, "")):
            return None
        for kind in _SCHOOLS:  # the district before its board
            schools = [a.name for a in self.organisations if kind.search(a.name)]
            if schools:
                return schools[0] if len(schools) == 1 else None
        return None

    def _headed_team(self, speaker: str) -> str | None:
        """The body a leader's role is built on ("Team leader" of the Glenlarrig Mountain Rescue
        Team, "Band leader" of the Kelby Brass Band): what "we" stands for in their words; a
        council's or a party's leader speaks as themself."""
        role = self.roles.get(speaker, "").removeprefix("the ")
        if not role.lower().endswith("leader") or role.split()[0].capitalize() in _ELECTED_BODIES:
            return None
        return self._headed_by_role(role)

    def _may_be_speaker(self, before: str, speaker: str, pronoun: str) -> bool:
        """Whether "he" or "she" outside a quote can be the speaker: not when the speaker is of the
        other sex, nor when a pronoun of the other sex says it ("She said he intended to repay":
        her client)."""
        said = _PRONOUN_SAID.search(before)
        return self.index.may_be(speaker, pronoun) and not (said and said.group(1).lower() != pronoun)

    def _person_agreeing(self, pronoun: str, k: int, at: int, besides: str | None = None) -> str | None:
        """The person named in sentence ``k`` (the last before the pronoun at ``at``: "He will be
        back on Kelby Today" is not the show's), else in the nearest of the three before (the first
        there, its subject: "Mum Jo Carver filmed her daughter Evie. She plans to ..." is the mum),
        whom ``pronoun`` can stand for; within one sentence, one whose name says they are of its
        sex first: "Ms Roe said she had met the families of Calderbridge. She pledged" is Ms Roe,
        not a word the index took for a name."""
        for j in range(k, max(-1, k - 4), -1):
            people = [
                m.key
                for m in self.index.in_sentence(j)
                if self.type_of.get(m.key) == "person"
                and self.index.may_be(m.key, pronoun)
                and m.key != besides
                and (j < k or m.start < at)
            ]
            agreeing = [name for name in people if self.index.known_to_be(name, pronoun)]
            if people:
                return (agreeing or people)[-1 if j == k else 0]
        return None

    def of_kind(self, modifier: str, qualifier: str, noun: str) -> str:
        """The body "the (<modifier>) <qualifier> <noun>" names by its kind ("the central bank", "the state pension
        fund"): the one organisation the story names of that kind, else those words."""
        words = f"{modifier}{qualifier} {noun}"
        if (qualifier, noun) == ("central", "bank"):
            banks = [a.name for a in self.organisations if _CENTRAL_BANK.search(a.name)]
            return banks[0] if len(banks) == 1 else words
        return self.body_described(qualifier, noun) or words

    def body_described(self, qualifier: str, noun: str) -> str | None:
        """The body "the <qualifier> <noun>" stands for ("the parish council", "the community
        council"): the one organisation whose name holds both words, else the name the story
        gives it in lower case ("Kelby community council")."""
        words = {qualifier, noun}
        named = [a.name for a in self.organisations if words <= set(a.name.lower().split())]
        if len(named) == 1:
            return named[0]
        if named:
            return None
        if qualifier not in self.described:
            pattern = re.compile(r"\b((?:[A-Z][\w'’-]*\s){1,3})" + qualifier + " " + noun + r"\b")
            found = (m.group(1) for _, text in sorted(self.texts.items()) for m in [pattern.search(text)] if m)
            found = (words for words in found if words.split()[0] not in lexicon.NON_NAMES)
            self.described[qualifier] = next((f"{words}{qualifier} {noun}" for words in found), None)
        return self.described[qualifier]

    def announcer(self, speaker: str | None) -> str | None:
        """Who carries out what ``speaker`` announces in the passive ("the library is to be
        closed"): a council's leader's council, as their "we" is (``_local_government``), else an
        officeholder themself, else the body they speak for, else they."""
        leader = speaker is not None and _COUNCIL_LEADER.search(self.roles.get(speaker, "")) is not None
        council = self._local_government(speaker) if leader else None
        return council or self._politician(speaker) or self.body_of(speaker) or speaker

    def everyone_of_a_kind(self, sentence: Sentence, cue_start: int, speaker: str | None) -> str | None:
        """Who undertakes a pledge to everyone of a kind (``_EVERYONE_OF_A_KIND``) in a speaker's words: as "we"."""
        if speaker is None or not promised_to_everyone(sentence.text, cue_start):
            return None
        return self.pronoun("we", sentence, cue_start, speaker)

    def ours(self, sentence: Sentence, cue_start: int, speaker: str | None) -> str | None:
        """Who "we" are when the subject before the cue is people or things of "ours" ("Nobody on our waiting list
        will be bumped", "Every one of our employees will receive"): what "we" undertake, else None."""
        clause = _QUOTE_OPENS.sub("", sentence.text[:cue_start])
        head = clause[: _BETWEEN.search(clause).start()]
        return self.pronoun("we", sentence, cue_start, speaker) if _OURS.search(head) else None

    def body_of(self, speaker: str | None) -> str | None:
        """The organisation a person speaks for, by their role or where they are named: what
        is done in the passive on their word is done by it."""
        party = self.party_of(speaker) if self.type_of.get(speaker or "") == "person" else None
        return party if self.type_of.get(party or "") == "organization" else None

    def who(self, sentence: Sentence, cue_start: int, cue_end: int, speaker: str | None) -> str:
        """The committer of the pledge whose cue spans ``cue_start:cue_end`` (``_who``), kept for the
        next sentence's "It" ("The airline said it would ... It will also keep")."""
        found = self._who(sentence, cue_start, cue_end, speaker)
        found = self._runner(found) if found != "article" else self._run_place(sentence.text[:cue_start])
        found = self._facility_owner(sentence.index, sentence.text[:cue_start]) if found == "article" else found
        head = _SCHOOL_HEAD.search(sentence.text, 0, cue_start) or _SCHOOL_HEAD.search(
            self.roles.get(speaker or "", "")
        )
        found = found if head else self._schools_body(found)  # (a head teacher's "the school" is the school's own)
        unit = found == "article" and _UNIT_SUBJECT.search(sentence.text, 0, cue_start)
        runs = self._health_body() if unit or _HOSPITAL_BOSSES.fullmatch(sentence.text, 0, cue_start) else "article"
        found = runs if runs != "article" else found
        self.committed[sentence.index] = found
        return found

    @cached_property
    def runners(self) -> dict[str, str]:
        """The body the story says runs a place it names ("The Kelby Toy Museum will close, the Marlow Trust, the
        charity that runs it, said": the trust runs the museum), whose decisions about the place are its own."""
        out: dict[str, str] = {}
        for k, text in self.texts.items():
            runner = _RUNNER_SAID.search(text)
            body = self._organisation_named(runner.group(1)) if runner else None
            place = next((m.key for m in self.index.in_sentence(k) if m.key != body), None) if body else None
            if place and self.type_of.get(place) == "organization":
                out.setdefault(place, body)
        return out

    def _runner(self, found: str) -> str:
        """The body that runs the place found, by its name or the name's ending ("Museum of Childhood" for the
        Kelby Museum of Childhood), else found."""
        runs = {body for place, body in self.runners.items() if place == found or place.endswith(" " + found)}
        return runs.pop() if len(runs) == 1 else found

    def _sole_council(self) -> str | None:
        """The one local council the story names, which "the authority" stands for (a council is a local
        authority) when no body is named as an Authority."""
        if any("Authority" in a.name.split() for a in self.organisations):
            return None
        councils = [a.name for a in self.organisations if local_council(a.name)]
        return councils[0] if len(councils) == 1 else None

    def _facility_owner(self, k: int, subject: str) -> str:
        """The organisation whose place a pledge's subject calls by a common noun ("The yard has promised", after
        "Acme Marine won the contract to refit the ferry at its mainland yard"): the one that opens the sentence
        saying "its ... yard", of the three before sentence ``k``; else "article"."""
        called = _FACILITY_SUBJECT.fullmatch(subject)
        if not called:
            return "article"
        owned = re.compile(r"\bits (?:[a-z-]+ ){0,2}" + re.escape(called.group(1)) + r"\b")
        for j in range(k - 1, max(-1, k - 4), -1):
            if owned.search(self.texts.get(j, "")):
                opener = [m.key for m in self.index.in_sentence(j) if m.start <= 4]
                return opener[0] if opener and self.type_of.get(opener[0]) == "organization" else "article"
        return "article"

    def _schools_body(self, found: str) -> str:
        """The body that runs a school found as the committer ("Fenwick Elementary will shut its doors in June"): the
        one school district, board or trust the story names, whose decisions a school's closing and its pupils' moves
        are, as a hospital's are its trust's; else the school found."""
        if not _SCHOOL_NAME.search(found):
            return found
        for kind in (*_SCHOOLS, _SCHOOL_TRUST):
            bodies = [a.name for a in self.organisations if kind.search(a.name) and a.name != found]
            if bodies:
                return bodies[0] if len(bodies) == 1 else found
        return found

    def _health_body(self) -> str:
        """The body the story names as running its hospitals (an NHS trust, a health board, a hospital system),
        the most named if several, whose units' openings and closures are its decisions; else "article"."""
        bodies = [a for a in self.organisations if _HEALTH_BODY.search(a.name)]
        return max(bodies, key=lambda a: a.mentions).name if bodies else "article"

    def _run_place(self, subject: str) -> str:
        """The body that runs the place a pledge's subject calls by a common noun of its name ("A MUSEUM that has
        delighted generations ... is to close": the trust that runs the Kelby Toy Museum), else "article"."""
        words = set(re.findall(r"[a-z]{4,}", subject.lower())) & self.lower_words  # ("museum", never a town's name)
        runs = [body for place, body in self.runners.items() if words & set(re.findall(r"[a-z]{4,}", place.lower()))]
        return runs[0] if len(set(runs)) == 1 else "article"

    def _who(self, sentence: Sentence, cue_start: int, cue_end: int, speaker: str | None) -> str:
        """The committer of the pledge whose cue spans ``cue_start:cue_end``; a chief constable
        acts for their force ("Chief Constable Jo Lee accepted all 12 recommendations"), an officer
        a body's "Its" introduces for that body, but leaving their post is their own act ("said she
        would retire in June")."""
        placed = self._placed_body(sentence.text, cue_start)
        if placed:
            return placed
        told = _TOLD_RECIPIENT.search(sentence.text, max(0, cue_start - 80), cue_start)
        if told and _GIVEN_AFTER.match(sentence.text, cue_end):  # "I have assured the head she will get the money"
            return self.pronoun(told.group(1), sentence, told.start(1), speaker) or speaker or "article"
        delayed = DELAYED_BODY.match(sentence.text)
        partisan = _PARTY_GOVERNMENT.search(sentence.text, 0, cue_start)  # (the party's: "A Labour government would")
        if delayed and 0 <= cue_start - delayed.end() <= 20 and not partisan:
            return self.delayed_body(sentence, delayed)  # (not a name further on: "... nearest NHS clinic")
        owner = self._owner_of(sentence.index) if _ITS_OWNER_SAID.match(sentence.text, cue_end) else None
        if owner:  # "Sandmouth Pier is to close, its owner has announced": whoever the story says owns it
            return owner
        runner = _RUNNER_SAID.match(sentence.text, cue_end)
        runs = self._organisation_named(runner.group(1)) if runner else None
        if runs:  # "The Kelby Toy Museum will close, the Marlow Trust, the charity that runs it, said": the trust's
            return runs
        found = self._subject(sentence, cue_start, cue_end, self._sayer(sentence, cue_start) or speaker)
        bosses = _BOSSES_SAID.match(sentence.text, cue_end) if found == "article" else None
        bosses_own = self.bosses_body(bosses.group(1)) if bosses else None
        if bosses_own:  # "A fire station ... will close in September, fire bosses have confirmed": the fire service's
            return bosses_own
        before = self.committed.get(sentence.index - 1, "article")
        people = _PEOPLE_GIVEN.fullmatch(sentence.text[:cue_start].rstrip())
        if (
            found == "article"
            and before != "article"
            and people
            and self._done_to_a_thing(sentence, cue_start, cue_end)
        ):
            # "... we will refund every passenger,' said Ms Roe. Customers will be emailed by Friday": a pledge
            # done to people that names no doer goes on with the one whose pledge the sentence before gave
            found = before
        trailing = self._trailing_body(sentence, cue_start, cue_end)
        if trailing and trailing != found:
            # "It will take on 30 apprentices, the firm said", "Acme will be fined £4m, the regulator announced":
            # what "it" stands for is the body the closing attribution names, and a sanction is its imposer's
            return trailing
        sanction = _PASSIVE_CUE.match(sentence.text, cue_end) or _SANCTION_CUE.search(sentence.text, cue_start, cue_end)
        imposer = self._ruling_body(sentence.index) if sanction else None
        if imposer and imposer != found:
            # "The Conference found the club had paid ... The Stags will also be barred from": its ruling's
            return imposer
        announcer = self._body_saying(sentence, cue_start)
        if announcer and announcer != found and self.type_of.get(found) in ("person", "place"):
            # "Acme TV confirmed that Rowe would not present the show", "Acme TV said Harbour Lane would
            # return": the channel's decision, not its presenter's nor its show's (a place, by its name)
            return announcer
        clause = _BODY_CLAUSE.match(sentence.text, cue_end)
        person = self.type_of.get(found) == "person"
        body = self.body_of(found) if clause and person else None
        if not body and clause and person and (clause.group(1) or "").lower() == "county":
            body = self._local_government(found)  # "County Judge Jo Lee vowed that the county would": the county
        if body and (clause.group(1) is None or self.fits(clause.group(1), body)):
            return body  # "the chief executive pledged the company would fix 4,000 leaks": the company's
        named = _NAMED_CLAUSE.match(sentence.text, cue_end) if person else None
        own_body = self.body_of(found) if named else None
        if own_body and self._organisation_named(named.group(1)) == own_body:
            return own_body  # "She pledged that Acme would hire an auditor", said by Acme's chief: Acme's
        role = self.roles.get(found, "")
        acted_on = (
            _PASSIVE_CLAUSE.match(sentence.text, cue_end) or _said_of_a_thing(sentence.text, cue_start, cue_end)
        ) and (_SPEAKS_FOR_BODY.search(role) or _SPEAKS_ONLY.search(role) or _CHAIR.fullmatch(role))
        body = (self._school_district(found) or self.body_of(found)) if acted_on and person else None
        if body:  # "Superintendent Jo Lee said families would be notified by text": the district's
            return body
        personal = _LEAVES.match(sentence.text, cue_end)
        introduced = self.first_of.get(found) == sentence.index and _ITS_OFFICER.match(sentence.text)
        officer_of = self._possessed_officer(found) if introduced and not personal else None
        if officer_of:  # "Acme said so. Its founder, Jo Lee, vowed to switch the feature off": Acme's
            return officer_of
        # (but "I will" is the officer's own word: '"I will put the findings to the board," the chief constable said')
        personal = personal or _FIRST_PERSON_BEFORE.search(sentence.text, 0, cue_start) is not None
        force = self.party_of(found) if _POLICE_HEAD.search(self.roles.get(found, "")) and not personal else None
        return force if self.type_of.get(force or "") == "organization" else found

    def _sayer(self, sentence: Sentence, cue_start: int) -> str | None:
        """The person the sentence itself names as saying what holds the pledge ("The Culture
        Secretary, Jo Hale, has said the Government would"), who is its speaker whoever the
        paragraph quotes."""
        text = sentence.text
        for m in self.index.in_sentence(sentence.index):
            if m.end > cue_start:
                break
            said = _SAYS.match(text, m.end)
            if self.type_of.get(m.key) == "person" and said and said.end() <= cue_start:
                return m.key
        return None

    def _body_saying(self, sentence: Sentence, cue_start: int) -> str | None:
        """The organisation that opens the sentence as saying what holds the pledge ("Acme TV
        confirmed last night that"): what it says a person will do is its own decision."""
        text = sentence.text
        for m in self.index.in_sentence(sentence.index):
            if m.end > cue_start or not _opens(text[: m.start]):
                break
            said = _SAYS.match(text, m.end)
            if self.type_of.get(m.key) == "organization" and said and said.end() <= cue_start:
                return m.key
        return None

    def _subject(self, sentence: Sentence, cue_start: int, cue_end: int, speaker: str | None) -> str:
        """Who the pledge is by, as the sentence says it."""
        text = sentence.text
        mentions = self.candidates(sentence)
        clause = _QUOTE_OPENS.sub("", text[:cue_start])  # 'the district said it "will continue'
        aside = _ASIDE_SAID.search(text, 0, cue_start)
        if aside and aside.start() > 0:  # "The company, Albrecht said, will suspend shutoffs": the subject before it
            return self._subject(sentence, aside.start(), aside.start(), speaker)
        head = clause[: _BETWEEN.search(clause).start()]
        qualified = _QUALIFIED_BARE.fullmatch(head) if not finished(text) else None
        called = (
            (
                self._introduced_as(*qualified.groups())
                or self._qualifier_named(*qualified.groups())
                or self._called_by_noun(qualified.group(2))
                or self._named_by_noun(qualified.group(2))
            )
            if qualified
            else None
        )
        if called:  # a bullet's "Chocolate firm vows to": the firm the story calls so, or the one named so
            return called
        group = GROUP_SUBJECT.fullmatch(head)
        placed = group.start("placed") if group and group.group("placed") else len(head)
        if group and all(
            self.type_of.get(m.key) == "place" or m.start >= placed for m in mentions if m.end <= cue_start
        ):
            # "Village committees in Talafa'u and Houmaloa have pledged", "County commissioners have promised":
            # the group the subject names, never a place named inside it
            return group.group(1)
        opening_family = _FAMILY_SUBJECT.match(clause)
        aside = opening_family and RELATIVE_BETWEEN.match(clause, opening_family.end())
        family = _FAMILY_SUBJECT.fullmatch(clause.rstrip()) or (
            opening_family if aside and not any(m.start >= aside.end() for m in mentions) else None
        )  # (also "The Pennock family, which owns 54 per cent, has given an undertaking to")
        if family:  # "The Okafor family will sue", "The Pearce family said they would": the family's, not a member's
            return family.group(1)
        document = _DOCUMENT_OF.match(head)
        authors = [m.key for m in self.index.in_sentence(sentence.index) if document and m.start == document.end()]
        if authors:  # "The new manifesto from the Green Party promises to": the party's pledge
            return authors[0]
        noun_subject = OPENING_BODY.match(text)
        if (
            noun_subject
            and RELATIVE_BETWEEN.fullmatch(text, noun_subject.end(), cue_start)
            and not _PRONOUN_WORD.search(text, text.rfind(", ", 0, cue_start), cue_start)  # (", said it would")
        ):
            # "The co-op, which counts 1,140 families in 12 villages, has agreed to": the noun, its clause aside;
            # "The group, which calls itself Millbeck Pool Friends, will": the name it gives
            itself = _CALLS_ITSELF.search(text, noun_subject.end(), cue_start)
            end = noun_subject.end()
            return itself.group(1) if itself else self._subject(sentence, end, end, speaker)
        apposed = [
            m.key
            for m in mentions
            if (
                (_APPOSED_END.fullmatch(text, m.end, cue_start) and _SAID_DESCRIPTION.search(text, 0, m.start))
                or (_KIND_AFTER.fullmatch(text, m.end, cue_start) and _SAID_THE.search(text, 0, m.start))
            )
            and self.type_of.get(m.key) in ("person", "organization")
        ]
        if apposed:  # "Patel said the air navigation provider, NorthSky Navigation, would": the one named
            return apposed[-1]  # ... "she said the Glens Air Ambulance charity would": the charity
        first = mentions[0] if mentions and _opens(head[: mentions[0].start]) else None
        if (
            first
            and self.type_of.get(first.key) in ("person", "organization")
            and _AND_DESCRIBED.fullmatch(head[first.end :])
        ):
            return first.key  # "Carney and the hotel group will open": the first of two, the one named
        vowed = _VOWED_THAT.search(head)
        if vowed and not any(m.start >= vowed.end() for m in mentions) and not _SUBJECT_ENDS.search(head):
            # "Bosses at X have vowed that every missed collection will be cleared": what they vowed is theirs (not
            # "vowed that the district would", "that it would": a subject of its own)
            return self._subject(sentence, vowed.start(1), vowed.end(1), speaker)
        agents = [m for m in mentions if m.start >= cue_end and _BY_AGENT.search(text[: m.start])]
        # The agent of a passive commits ("proposals announced by X"), but a by-phrase further on does not displace
        # a subject ("Acme said it would pay with a loan arranged by X", "which the firm agreed to ..., was approved
        # by X").
        if agents and (
            len(text[cue_end : agents[0].start].split()) <= _AGENT_REACH
            or not (_PRONOUN.search(head) or any(m.end == len(head) for m in mentions) or _NOUN_ENDS.search(head))
        ):
            return agents[0].key
        done = self._done_to_a_thing(sentence, cue_start, cue_end)
        far = [  # (an agent within the clause, past the verb's complements)
            m
            for m in (mentions if done else [])
            if m.start > cue_end
            and _AGENT_BEFORE.search(text, max(0, m.start - 60), m.start)
            and not _CLAUSE_BREAK.search(text, cue_end, text.rfind(" by ", cue_end, m.start))
            and self.type_of.get(m.key) in ("organization", "person")
        ]
        if far:  # "The hall will be leased to the courts service for £1 a year by Kelby Council": the council's
            return far[0].key
        by_noun = _BY_NOUN.match(text, cue_end) if done else None
        if by_noun:  # "Live data will be published online by the firm from April": the firm the story names
            found = self._body_for_noun(by_noun.group(1), sentence, cue_start, head, speaker, mentions)
            if found != "article":
                return found
        # what is done to a thing, or what a place a body runs does ("Kelby's birth centre is to close, after the
        # board of X voted"), is decided by the body whose vote it follows
        decided = (
            done
            or _BE_DONE.search(text, cue_start, cue_end)
            or _BE_DONE.match(text, cue_end)
            or _SERVICE_SUBJECT.fullmatch(head)
        )
        vote = _AFTER_VOTE.match(text, cue_end) if decided else None
        voters = self._voters_named(vote, sentence, cue_start, head, speaker, mentions) if vote else None
        if voters:  # "Night crews will be withdrawn, after the fire authority voted to": the authority's
            return voters
        people = _PEOPLE_GIVEN.fullmatch(head.rstrip()) or _PEOPLE_COUNTED.fullmatch(head.rstrip())
        run = _SERVICES_RUN.fullmatch(head.rstrip())  # ("Three bus routes … will stop running, after Acme confirmed")
        decision = _AFTER_DECISION.match(text, cue_end) if people or run else None
        deciders = self._voters_named(decision, sentence, cue_start, head, speaker, mentions) if decision else None
        if deciders:  # "Customers will pay £4 more from April after Acme confirmed a rise": Acme's
            return deciders
        tiered = _BY_TIERED.match(text, cue_end) if _BEEN.search(head) else None
        if tiered and _tiered(tiered.group(1).lower(), tiered.group(2)):  # "$15m has been committed by the federal
            return _tiered(tiered.group(1).lower(), tiered.group(2))  # government": unnamed, but the one that pays
        joined = _AND_THEN.search(head) and not lexicon.SPEECH_RE.search(head)  # (not what someone said)
        first = _FIRST_VERB.search(head) if joined else None
        if first and first.start() > 0:  # "Club will submit plans in March and hopes to": the club
            return self._subject(sentence, first.start(), first.end(), speaker)
        lead = _LEAD_SUBJECT.match(head) if joined and not first else None
        if lead:  # "It cut its dividend and will raise": the subject of the first verb, in the past
            return self._subject(sentence, lead.end(), lead.end(), speaker)
        bosses = _BOSSES_SUBJECT.fullmatch(head) if finished(text) else None  # (a bullet's: ``display_subject``)
        whose = self.bosses_body(bosses.group(1)) if bosses else None
        if whose:  # "Ferry bosses will charter", "Bosses have promised"
            return whose
        bare = _BARE_BODY.fullmatch(head)
        if bare:  # a headline's or a bullet's "Club will submit plans": the club the story is about
            named = self._named_by_noun(bare.group(1).lower()) or self._topic_named_as(bare.group(1).lower())
            if named:
                return named
        said_it = _NOUN_SAID_IT.fullmatch(head)
        if said_it:  # "The firm said it would offer": the body the story calls so
            found = self._body_for_noun(said_it.group(1), sentence, cue_start, head, speaker, mentions)
            if found != "article":
                return found
        # "Every one of our employees will receive a year's pay", "No tenant will be moved": what "we" undertake
        ours = self.ours(sentence, cue_start, speaker) or self.everyone_of_a_kind(sentence, cue_start, speaker)
        if ours:
            return ours
        receives = _RECEIVES.match(text, cue_end) or (
            _RECEIVES_IN_CUE.search(text, cue_start, cue_end) and _PEOPLE_GIVEN.fullmatch(head.rstrip())
        )
        if receives and not _WE_END.search(head):  # (not "We will get every window fixed")
            # "Kelby will get a new plant, the firm said": Kelby commits to nothing; "Laid-off workers will get 16
            # weeks' pay": people given something by the body the story is about
            people = _PEOPLE_GIVEN.fullmatch(head.rstrip())
            given = (self.topic if speaker is None else self.body_of(speaker)) if people else None
            return given or speaker or "article"
        partisan = _PARTY_GOVERNMENT.search(head)
        party = self._party_named(partisan.group(1)) if partisan else None
        if party:  # "He said a Conservative government would cut fuel duty": the party's pledge
            return party
        seat = self._seat_country(_GOVERNMENT_IN.search(head))
        if seat:  # "The government in Juba has agreed to": South Sudan's, named so or not
            return seat
        if _MINISTERS.fullmatch(head) and self.type_of.get(speaker or "") != "person":
            # "Ministers have promised to pay": the government department the story names
            government = [a.name for a in self.organisations if _GOVERNMENTAL.search(a.name)]
            if government:
                return government[0]
        council = self._named_by_noun("council") if _COUNCILLORS.fullmatch(head) else None
        if council:  # "Councillors also agreed to", "Town hall chiefs have agreed to": the council the story names
            return council
        office = self._office_of(speaker, head) if _HIS_OFFICE.search(head) else None
        if office:  # "Attorney General Jo Lee said her office would": the Office of the Attorney General
            return office
        led = _LED_NOUN.fullmatch(head)
        headed = self._body_led(led.group(1), led.group(2), sentence, speaker) if led else None
        if headed:  # "Jo Lee, director of the advocacy group Access Kestrel, says ... Her group plans to"
            return headed
        if _PARTY.search(head) and (self._announcer(head, speaker) or self.party_of(speaker)):
            return self._announcer(head, speaker) or self.party_of(speaker)  # "she said her party would"
        described = self._described_by(sentence, head, speaker)
        if described:
            return described
        if _DESCRIBED_PERSON.match(head) and not any(m.end <= cue_start for m in mentions):
            # "The star, 34, has vowed to": the person of that age, else the one the story is about
            return self._described_person(head, sentence.index) or speaker or "article"
        named_before = any(m.end <= cue_start for m in mentions)  # (not the speaker after: "..., said its CFO Jo Lee")
        buyer = self._buyer(sentence.index) if _NEW_OWNER.match(head) and not named_before else None
        if buyer:  # "Jo Lee bought the mill. The new owner has pledged to": Jo Lee
            return buyer
        bare = _BARE_DESCRIBED.match(head)
        known = self._person_called(bare.group(1), sentence.index) if bare and not mentions else None
        if known:  # "Country singer Jo Lee cancelled ... The singer has promised": the one called so
            return known
        described = (
            self._described_person(head, sentence.index)
            if bare and not mentions and bare.group(1) not in lexicon.ROLE_NOUNS
            else None
        )
        if described:  # "Speaking at the gates, the mother-of-two vowed": the one the story is about, of that sex
            return described
        introduced = (
            self._relative_antecedent(sentence, cue_start)
            or self._described_name(sentence, cue_start)
            or self._named_next(sentence, head, mentions, text[cue_start:cue_end])
            or self._officer_named_next(sentence, head, mentions)
        )
        if introduced:
            return introduced
        council = _COUNCIL_OF.match(head)
        if council:  # "The parish council of Foros da Ribeira, which owns the hall, will": that council, not the place
            return f"{council.group(1)} of {council.group(2)}"
        owned = [  # "his firm, Oyelaran & Reese, would": the body the possessive's noun is apposed to
            m
            for m in mentions
            if self.type_of.get(m.key) == "organization"
            and text[m.end : cue_start].strip() == ","
            and _OWNED_NOUN.search(text, 0, m.start)
        ]
        if owned:
            return owned[-1].key
        for m in mentions:
            appositive = self.type_of.get(m.key) in _CAN_APPOSE
            person = self.type_of.get(m.key) == "person"
            thing = self.type_of.get(m.key) in ("place", "organization")
            if m.end <= cue_start and appositive and _apposed(text[m.end : cue_start], m.key, person, thing):
                return self._phrase_head(text, m, mentions)
        if _CLIENT.search(head):  # "his lawyer said his client would appeal": the one they act for
            return self._clients_body(head, speaker) or self._client(speaker) or speaker or "article"
        spoken = self.body_of(speaker) if SPOKEN_MEMBERS.search(head) else None
        if spoken:  # "Association chairman Jo Roe said members would return": the association's
            return spoken
        members = MEMBERS.search(head) or _OWN_PLEDGE.search(head)
        if members:  # "The union said its members will stay out", "The report restates its commitment to"
            owner = {"its": "it", "my": "I"}.get(members.group(1).lower(), "they")  # ("our members": ``ours``, above)
            return self.pronoun(owner, sentence, members.start(), speaker) or speaker or "article"
        if _OUR_PLAN.search(head):  # "Our plan is to hire 300 people": what "we" plan
            return self.pronoun("we", sentence, cue_start, speaker) or speaker or "article"
        coordinated = _COORDINATED.search(head)
        if coordinated:
            return self.pronoun(coordinated.group(1), sentence, coordinated.start(1), speaker) or speaker or "article"
        appointed = self.administrator if _THE_ADMINISTRATORS.match(head) else None
        if appointed:  # "The administrators said they would keep the homes open": the firm appointed
            return appointed
        pronoun = _PRONOUN.search(head)
        unlisted = self.unlisted(text, mentions, cue_start, as_subject=True)
        after = _BODY_AFTER_OPENER.match(text, unlisted.end()) if unlisted and " " not in unlisted.group() else None
        if after and not _PLACES_BODY.search(after.group(1)):
            # "Safari park bosses said they would", "Quarry firm says it will": the capital opens the sentence and
            # says which body: the one named by the noun ("firm"), or whose name is built on the capital (but "The
            # Aragón regional government": a place's own government, which the place stands for)
            noun = after.group(1).lower()
            named = None if noun in _BOSSES else self._named_by_noun(noun)
            return named or self.bosses_body(unlisted.group()) or "article"
        if unlisted and (
            head[unlisted.start() :] == unlisted.group()
            or _apposed(text[unlisted.end() : cue_start], unlisted.group())
            or (pronoun and pronoun.group().lower() in ("it", "they"))
        ):
            # "Orbitel is to cut", "Velmar, a bakery chain, said it would"; a surname the
            # tagger did not confirm is still its person's ("Calloway even vowed").
            if _is_title(unlisted.group()):  # "Vice-chancellor has PLEDGED to": the post's holder
                return holder(unlisted.group(), self.index.actors) or speaker or "article"
            name = _POSSESSIVE_END.sub("", unlisted.group())  # the owner of its subject: "Kelby's state government"
            return self.person_by_surname(name) or name
        if pronoun and pronoun.group().lower() == "it" and not any(m.start < pronoun.start() for m in mentions):
            thing = _THING_SUBJECT.match(text)
            words = thing.group(1).split() if thing else []
            if words and not re.fullmatch(BODY_NOUNS, words[-1]) and not set(words) & _NOT_A_THING:
                return (
                    self._officer_body(speaker, head) or "article"
                )  # "This unit will stay open, and it will have the staff"
        if pronoun:
            word = pronoun.group()
            if word == "I" and _WE_PROMISED.match(text, cue_end):
                word = "we"  # "I promise you we will make a special": what "we" will do
            found = self.pronoun(word, sentence, pronoun.start(), speaker)
            return found or (self._not_a_person(speaker) if word in ("it", "It") else speaker) or "article"
        making = _PRONOUN_MAKES_PLAN.match(head)
        if making:  # "It also unveiled a $42 million plan to": the plan of what the pronoun stands for
            return self.pronoun(making.group(1), sentence, making.start(1), speaker) or speaker or "article"
        persons = _PERSONS_BODY.fullmatch(head)
        person = next((m.key for m in mentions if persons and m.start == persons.start(1)), None)
        if self.type_of.get(person or "") == "person":  # "Lan's company plans to list": the firm she runs
            body = self.party_of(person) or self._topic_fitting(persons.group(2))
            if body:
                return body
        governing = _GOVERNING_BOARD.match(head)  # the sentence's subject: "The trust's board has approved a plan to"
        owner = self._possessor_body(governing.group(1)) if governing else None
        if owner:  # "Kelby Rovers' board has agreed to", "The trust's board has approved": the body's
            return owner
        governed = _PLACE_GOVERNMENT.match(head)
        if governed and self.type_of.get(self._place_called(governed.group(1)) or "") == "place":
            return self._place_called(governed.group(1))  # "Colombia's government has agreed to": Colombia's
        people = _PEOPLE_OF.match(head)
        body = [  # "Bosses at Kelby Hospital have vowed": the hospital's pledge
            m.key
            for m in self.index.in_sentence(sentence.index)
            if people and m.start == people.end() and m.end == len(head) and self.type_of.get(m.key) == "organization"
        ]
        if body:
            return body[0]
        named_end = len(_BRACKETED_END.sub("", head))  # "The Amrapur Municipal Corporation (AMC) will"
        subject = [m for m in mentions if m.end == named_end and not _INSIDE_SUBJECT.search(head, 0, m.start)]
        ministerial = subject and (
            _THE_GOVERNMENT.search(head)
            # (a department the sentence itself makes the subject, "The Ministry of X will ..., the minister
            # announced", pledges as named; the minister's own words are "she said the Ministry would")
            or (_DEPARTMENT.match(subject[-1].key) and lexicon.SPEECH_RE.search(text, 0, subject[-1].start))
        )
        if ministerial and self._politician(speaker):
            return speaker  # "Minister Jo Hale said the Government (the Department of X) would": hers
        if subject:
            return self._phrase_head(text, subject[-1], mentions)
        placed = self._placed_person(head, mentions)
        if placed:  # "Governor Jo Lee of New Kelby has vowed": the governor, the place named only there
            return placed
        town = _TOWN_OF.match(head)
        if town:  # "The city of Kelby will close two lanes": Kelby's, named only there
            return town.group(1)
        place = _THE_PLACE.fullmatch(head)
        named = self.place_for(place.group(1)) if place else None
        if named:  # "The town has set aside €400,000": the one the story names so ("the Flemish town of Oostveld")
            return named
        governed = LOCAL_GOVERNMENT_OF.match(head)
        local = (self._place_called(governed.group(1)) or governed.group(1)) if governed else None
        if local and self.type_of.get(local, "place") == "place":
            # "The Kaohsiung city government will run": the city's, also one the story names only there
            return local
        ending = self._body_ending_in(head)
        if ending:  # "She said the project will monitor": the Buckeye Justice Project
            return ending
        kind = _kind(_KIND_QUALIFIED.fullmatch(head))
        if kind:  # "The central bank will": the one the story names, else the words the story uses for it
            return self.of_kind(*kind.groups())
        bodies = list(_COMPANY_SUBJECT.finditer(head))
        later = (
            bodies
            and lexicon.SPEECH_RE.search(head, 0, bodies[-1].start())  # the subject of what was said
            and not head.startswith(POSSESSIVE_ENDINGS, bodies[-1].end())
            and not lexicon.after_preposition(head, bodies[-1].start())
            and not any(m.start > bodies[-1].start() for m in mentions if m.end <= cue_start)
        )
        pair = _TWO_BODIES.fullmatch(head) if not any(m.end <= cue_start for m in mentions) else None
        named_first = (
            self._body_for_noun(pair.group(1), sentence, cue_start, head[: pair.end(1)], speaker, []) if pair else None
        )
        if named_first and named_first != "article":  # "The agency and the county council have agreed": the first
            return named_first
        # "Dalloway said the company would": Dalloway's company first; also further back in the
        # clause: 'a spokesperson said the company "expects to prevail" and plans to'
        company = _COMPANY.search(head) or _COMPANY.search(_RELATIVE_TAIL.sub("", head))
        if company or later:  # (also "The group, which has gathered 3,200 signatures, will")
            noun = (company or bodies[-1]).group().split()[-1]
            return self._body_for_noun(noun, sentence, cue_start, head, speaker, mentions)
        boss = _NAMED_BOSS.fullmatch(head)
        bosses = [a.name for a in self.index.actors if boss and a.type == "person" and boss.group(1) in (a.role or "")]
        if len(bosses) == 1:  # "Now the Ravenbrook boss has vowed": the "chairman of Ravenbrook Leisure"
            return bosses[0]
        headed = self._headed_by_noun(head)
        if headed:  # "..., the front is to withdraw its fighters": the Upper Nile Patriotic Front
            return headed
        first = mentions[0] if mentions and mentions[0].end <= cue_start else None
        described = first and _DESCRIBES.match(text, first.end)
        if (
            described
            and _DESCRIBED_OPENING.match(text[: first.start])
            and described.group(1).lower() in _PERSON_NOUNS
            and self.type_of.get(first.key) != "person"
        ):
            # "The Cabinet minister announced ...": the person described, not the name that qualifies them
            person = speaker if self.type_of.get(speaker or "") == "person" else None
            return person or self.index.last_person(sentence.index) or first.key
        if (
            first
            and self.type_of.get(first.key) == "organization"
            and _QUALIFIER_OPENING.match(text[: first.start])
            and _QUALIFIED_NOUN.fullmatch(head[first.end :])
        ):
            return first.key  # "The Daily Ledger newspapers are axing 90 jobs": the owner of what is named
        told = _SAID_OF_DESCRIBED.search(head)
        titled = self._one_titled(told.group(1), speaker) if told else None
        if titled:  # "Her spokeswoman said the star would not take a cent": the one the story calls a star
            return titled
        kind = _KIND_BEFORE_NAME.match(text)  # "Developer Kelby Living has unveiled plans to"
        opening = [
            m
            for m in mentions
            if m.end <= cue_start
            and (_OPENING.match(text[: m.start]) or _the_subject(text, m) or (kind and kind.end() == m.start))
        ]
        qualified = _QUALIFIED_BODY.match(text) if not opening else None
        named = self.body_described(*qualified.groups()) if qualified else None
        if named:  # "The parish council has voted to object and will commission a survey"
            return named
        if opening and self.type_of.get(opening[0].key) != "place":
            return opening[0].key  # the sentence's subject: "Acme is spending $5m ... its commitment"
        closing = _CLOSING_PUBLIC_BODY.search(text) if speaker is None else None
        if closing:  # "Solar mini-grids will bring power to seven islands, the provincial government announced"
            noun = closing.group(1).split()[-1]
            return self._named_by_noun(noun, by=sentence.index) or closing.group(1)
        return self._officer_body(speaker, head) or _unnamed_public_body(head) or "article"

    def _body_ending_in(self, head: str) -> str | None:
        """The one body named for a kind of body news has no general noun for ("the project", "the
        institute", "the fund") when the subject is that word: "Buckeye Justice Project ... She said the
        project will monitor"; not a thing of that kind nothing in the story is named for."""
        found = _ORG_WORD_SUBJECT.search(head)
        word = found.group(1).capitalize() if found else ""
        if word.lower() in _BOARD_MEMBERS:  # "said the trustees would": the Board of Trustees the story names
            named = [a.name for a in self.organisations if word in a.name.split()]
            return named[0] if len(named) == 1 else None
        if word not in lexicon.ORG_WORDS or re.fullmatch(BODY_NOUNS, word.lower()):
            return None
        named = [a.name for a in self.organisations if a.name.split()[-1] == word]
        return named[0] if len(named) == 1 else None

    def _done_to_a_thing(self, sentence: Sentence, cue_start: int, cue_end: int) -> bool:
        """Whether the pledge is a passive whose subject no name holds: a thing that will be done ("Refunds will be
        paid", "Live data will be published"), whose doer the sentence names after it, if anyone."""
        text = sentence.text
        passive = _PASSIVE_OF.search(text, cue_start, cue_end) or _PASSIVE_NEXT.match(text, cue_end)
        return bool(passive) and not any(m.end <= cue_start for m in self.candidates(sentence))

    def _trailing_body(self, sentence: Sentence, cue_start: int, cue_end: int) -> str | None:
        """The body a closing attribution names by its kind (", the firm said", ", a spokeswoman for the company
        said", ", the industry regulator announced"), when the pledge's subject is "It" or it is done to the
        subject ("will be fined"): the one the story names that the noun stands for; or by its name, when the
        pledge is done to the subject (", the Kelby Board of Supervisors decided Tuesday")."""
        text = sentence.text
        closing = _CLOSING_BODY.search(text, cue_end)
        opening = _IT_OPENS.match(text)
        passive = _PASSIVE_CUE.match(text, cue_end) or self._done_to_a_thing(sentence, cue_start, cue_end)
        done = passive or (text.endswith("be", cue_start, cue_end) and _PARTICIPLE_NEXT.match(text, cue_end))
        named = _CLOSING_NAMED_BODY.search(text, cue_end) if done else None
        if named:
            bodies = [m.key for m in self.index.in_sentence(sentence.index) if m.start == named.start(1)]
            if bodies and self.type_of.get(bodies[0]) == "organization":
                return bodies[0]
        if not closing or not ((opening and opening.end() >= cue_start - 12) or passive):
            return None
        noun = closing.group(1).lower()
        if opening and self._other_pledger_before(sentence.index, noun):
            return None
        opener = self._opener(sentence.index - 1, after_the=True) if opening else None
        if opener and self.type_of.get(opener) == "organization" and _built_on(noun, opener):
            # "Minera X said it hoped ... It has committed to ..., the miner said": the one "It" goes on with, when
            # its name is built on the noun (not "The GMB union said it was good news. It will ..., the firm said")
            return self._named_by_noun(noun) or opener
        chain = self._subject_chain(sentence.index, noun) if opening else None
        if chain:  # "Vey Drains ... The small local firm has ... It will keep crews there, the company said": Vey
            return chain
        before = self.committed.get(sentence.index - 1)
        if passive and self.type_of.get(before or "") == "organization" and self.fits(noun, before):
            # "... we will pay every colleague," Mr Roe said. Staff will be paid until June, the firm confirmed": the
            # firm whose pledge the sentence before gave goes on
            return before
        fitting = [a for a in self.organisations if self.fits(noun, a.name)]
        top = max((a.mentions for a in fitting), default=0)
        most = [a.name for a in fitting if a.mentions == top]
        return self._named_by_noun(noun) or (most[0] if len(most) == 1 else self._topic_fitting(noun))

    def _body_for_noun(
        self, noun: str, sentence: Sentence, cue_start: int, head: str, speaker: str | None, mentions: list[Mention]
    ) -> str:
        """What "the company", "the council", "the regulator" stands for as a pledge's subject."""
        party = self.party_of(speaker)
        own = self.fits(noun, party)  # a union official's "the company" is the employer, not theirs
        before_cue = (m.key for m in mentions if m.end <= cue_start) if noun == "government" else ()
        mission = next(filter(None, map(_embassy_country, before_cue)), None)
        if mission:  # an embassy's "the government": its country's, not the embassy's
            return self._place_called(mission) or mission
        sayer = speaker if self.type_of.get(speaker or "") == "organization" else None
        # "A spokesperson for Pinecrest Assurance said the company plans to": the body speaking, named before
        itself = _calls_itself(noun, sayer) and any(m.key == sayer for m in mentions if m.end <= cue_start)
        found = (
            (sayer if itself else None)
            or self._owned_just_before(noun, sentence.index)
            or self._qualified_name(noun, head)
            or self._body_the_role_names(noun, speaker)
            or self._chiefs_department(noun, head, speaker)
            or self.said_as.get(noun.lower())  # "Acme will ..., the miner said. The miner also plans": Acme's
            or self._named_just_before(noun, sentence.index, speaker)
            or self._source_just_before(noun, sentence.index)
            or self._announcer(head, speaker)
            or self.place_for(noun)
            or self._titled_by(noun)  # "the airport" is Kelby Airport, whoever speaks of it
            or self._literally_named(noun, party)
            or self._chaired_body(noun, speaker, party)
            or self._other_body_named(noun, party)
            or (self._school_district(speaker or "") if noun.lower() == "district" else None)
            or (party if own else None)
            or (self._family_business(speaker) if noun.lower() in _TRADING else None)
            or self._only_body_called(noun, sentence.index)
            or (self._sole_council() if noun.lower() == "authority" else None)
            or (speaker if party is None and self._role_of_kind(speaker, noun) else None)
            or self._group_governed(sentence, cue_start, head, noun)
            or (self._politician(speaker) if own else None)
            or self._lead_body(noun)  # "The team will ..., Professor Jo Lee said": the institute's
            or (speaker if own else None)
            or (self._town_named() if noun.lower() in ("council", "municipality") else None)
            or _unnamed_public_body(sentence.text[:cue_start])
            or self._described_before(noun, sentence.index, cue_start)
            # "X members voted to sell a stake to Alpine Lift. The company will": the last firm named
            or (self._fitting_before(noun, sentence.index, cue_start) if noun.lower() in _TRADING else None)
            or (self._registered_company() if noun.lower() in ("company", "firm") else None)
            or "article"
        )
        if _other_field(noun, head, found):
            # "The agriculture department plans": no Kelby Weather Department, but the one named so
            return _unnamed_public_body(sentence.text[:cue_start]) or "article"
        if self._others_council(noun, found, speaker):
            party = self.party_of(speaker)
            own = party if party and _LOCAL_RULE.search(party) else None  # her own: "Gránufjörður Municipality"
            return own or self._mayors_town(speaker) or speaker or found
        return found

    def _chiefs_department(self, noun: str, head: str, speaker: str | None) -> str | None:
        """What "the department" stands for in a police or fire chief's words: their own service ("Kelby
        police Chief Jo Lee said the department will"), else the chief, who heads it; never another
        department the story names (a transport department named just before)."""
        chief = _POLICE_HEAD.search(head) if noun.lower() == "department" else None
        if chief is None or self.type_of.get(speaker or "") != "person":
            return None
        return self._emergency_service(chief.group()) or speaker

    def _role_of_kind(self, speaker: str | None, noun: str) -> bool:
        """Whether a person's role is a post in a body of the kind ``noun`` names ("Tenant association president"
        for "the association"): where the story names no such body, the person speaks for it ("Tenant association
        president Jo Roe said the association will hold a meeting": hers, no hospital named before)."""
        role = self.roles.get(speaker or "", "")
        return (
            self.type_of.get(speaker or "") == "person" and re.search(rf"\b{re.escape(noun)}\b", role, re.I) is not None
        )

    def _voters_named(
        self,
        vote: re.Match,
        sentence: Sentence,
        cue_start: int,
        head: str,
        speaker: str | None,
        mentions: list[Mention],
    ) -> str | None:
        """The body an ``_AFTER_VOTE`` match names as voting: by its name, else by its noun."""
        if vote.group(1):
            return self._organisation_named(vote.group(1))
        noun = vote.group(2)
        found = self._named_by_noun(noun.lower()) or self._body_for_noun(
            noun, sentence, cue_start, head, speaker, mentions
        )
        return None if found == "article" else found

    def _introduced_as(self, qualifier: str, noun: str) -> str | None:
        """The one organisation the story calls "<qualifier> <noun>" right before its name or in an apposition
        after it ("Coldharbour Confectionery, a Leicestershire chocolate firm", "chocolate firm Coldharbour")."""
        words = f"{qualifier} {noun}".lower()
        found: set[str] = set()
        for k, mentions in self.index.mentions.items():
            text = self.texts.get(k, "")
            for m in mentions:
                if self.type_of.get(m.key) != "organization":
                    continue
                apposed = _APPOSITION_WORDS.match(text, m.end)
                if text[max(0, m.start - len(words) - 1) : m.start].lower() == f"{words} " or (
                    apposed and f" {words}" in f" {apposed.group(1).lower()}"
                ):
                    found.add(m.key)
        return found.pop() if len(found) == 1 else None

    def _qualified_name(self, noun: str, head: str) -> str | None:
        """The one organisation whose name ends in the words the subject gives it in lower case: "The
        neighborhood council voted" is the Eastgate Neighborhood Council, not the city council named before."""
        qualified = re.search(rf"\b[Tt]he ([a-z][a-z-]+) {re.escape(noun)}\b", head)
        if qualified is None:
            return None
        ending = f" {qualified.group(1)} {noun}".lower()
        named = [a.name for a in self.organisations if a.name.lower().endswith(ending)]
        return named[0] if len(named) == 1 else None

    def _qualifier_named(self, qualifier: str, noun: str) -> str | None:
        """The one organisation whose own name holds the word that says which body a bullet's noun is ("Freight
        operator agrees": Skerrmore Freight; "Drivers' union": the Train Drivers' Association), if its noun fits it."""
        word = strip_possessive(qualifier).rstrip("'’").lower()
        named = [
            a.name
            for a in self.organisations
            if word in {strip_possessive(w).rstrip("'’").lower() for w in a.name.split()} and self.fits(noun, a.name)
        ]
        return named[0] if len(named) == 1 else None

    def _registered_company(self) -> str | None:
        """The one organisation the story names with a company's legal form ("SolKeur SARL", "Kota Timber Sdn
        Bhd"), which "the company" stands for when nothing nearer does."""
        found = [
            a.name
            for a in self.organisations
            if lexicon.closes_company(a.name.split()[-1]) or lexicon.STOPPED_LEGAL_FORM.search(a.name)
        ]
        return found[0] if len(found) == 1 else None

    def _described_before(self, noun: str, k: int, cue_start: int) -> str | None:
        """The words the story gives a body it never names, the latest "the <one or two words> <noun>",
        "<Place>'s <one or two words> <noun>" or "a <one or two words> <noun> official" up to the pledge ("Villagers
        urged the state wildlife agency to ... The agency said it would", "Kenya's agriculture ministry said ... The
        ministry will", "A transport ministry official said the ministry would"): better than no one, as "federal
        government" is."""
        described = rf"(?:(?!{_NO_QUALIFIER}\b)[a-z][\w-]*\s){{1,2}}{re.escape(noun.lower())}"
        pattern = re.compile(
            rf"\b(?:[Tt]he |(?=[A-Z][\w-]*['’]s ))((?:[A-Z][\w-]*['’]s )?{described})\b(?!['’])"
            rf"|\b[Aa]n? ({described}) (?:official|spokes(?:man|woman|person)|source)s?\b"
        )
        for j in range(k, max(-1, k - _DESCRIBED_REACH), -1):
            text = self.texts.get(j, "")
            found = list(pattern.finditer(text, 0, cue_start if j == k else len(text)))
            if found:
                words = found[-1].group(1) or found[-1].group(2)
                bare = {w for w in words.split() if not w.endswith(POSSESSIVE_ENDINGS)}  # (not the owner: "Kenya's")
                named = [a.name for a in self.organisations if bare <= set(a.name.lower().split())]
                return named[0] if len(named) == 1 else words  # ("the water authority": Kelby Water Authority)
        return None

    def _town_named(self) -> str | None:
        """The town the story names as such ("the Flemish town of Oostveld"), whose council "the council" is
        when no council is named: a place that acts, as news writes "Oostveld will pay"."""
        return self.place_for("town") or self.place_for("village") or self.place_for("city")

    def _body_the_role_names(self, noun: str, speaker: str | None) -> str | None:
        """Of several bodies whose names are built on the noun, the one the speaker's role names: "The committee will
        build a school, district chairman Jo Roe said" is the District People's Committee, not the commune's People's
        Committee named last; "The corporation will widen the roads, Municipal Commissioner Jo Roe said" is the
        Municipal Corporation, not the Metro Rail Corporation."""
        role = self.roles.get(speaker or "", "")
        words = {w.lower() for w in _ROLE_WORD.findall(role)} - _TITLE_WORDS_LOWER - {noun.lower(), "the", "of", "and"}
        if not words:
            return None
        called = {noun.capitalize(), *lexicon.NAMED_AS.get(noun.lower(), ()), *_CALLED_BY_NAME.get(noun.lower(), ())}
        fitting = [a.name for a in self.organisations if a.name.split()[-1] in called]  # (names built on the noun)
        shared = {name: len(words & {w.lower() for w in name.split()}) for name in fitting}
        best = max(shared.values(), default=0)
        named = [name for name, count in shared.items() if count == best]
        return named[0] if len(fitting) > 1 and best and len(named) == 1 else None

    def _group_governed(self, sentence: Sentence, cue_start: int, head: str, noun: str) -> str | None:
        """``group_before`` for a body noun; a national government is only a country's, never a town's
        named nearby ("... at the Port Aldous fire hall. The federal government has agreed to"); a noun
        only a body of its name is called by is no other body ("the metro" is no education department)."""
        found = self.group_before(sentence, cue_start)
        if found and noun.lower() in _CALLED_BY_NAME and not self.fits(noun, found):
            return None
        if self.type_of.get(found or "") == "place" and noun.lower() not in _PLACES_BODIES:
            return None  # "She said the environment agency would": no country named before it
        if found and noun.lower() in _TRADING and not noun_fits(noun, found):
            return None  # "the firm" is no court, council or union named before it
        if found and noun.lower() in lexicon.PUBLIC_KINDS and not noun_fits(noun, found):
            # "Bexmoor District Council will spend £2.3m ... The cash-strapped authority said it would": no
            # leisure firm the story is about, but the public body named last before it
            return self._fitting_before(noun, sentence.index, cue_start) or found
        if found and noun.lower() == "state" and _gazetteer_kind(found) == "city":
            return None  # "Officials said the state had promised to match the city's funding": no city is a state
        if found and _NATIONAL_GOVERNMENT.search(head):
            return found if _gazetteer_kind(found) == "country" else None
        if found and head.endswith("government") and not self.fits("government", found):
            # "The cantonal government has promised": no firm named before it, but a government of that tier
            tier = _TIERED_GOVERNMENT.search(head)
            return _tiered(tier.group(1), "government") if tier else None
        if found and noun.lower() in _LOCAL_NOUNS and self.type_of.get(found) == "organization" and _no_council(found):
            return None  # "Caduff said the municipal council would": no ski-lift company named before it
        return found

    def _fitting_before(self, noun: str, k: int, before: int) -> str | None:
        """The organisation named last that ``noun`` can stand for, before ``before`` in sentence ``k`` or in
        the two sentences before it."""
        for j in range(k, max(-1, k - 3), -1):
            named = [
                m.key
                for m in self.index.in_sentence(j)
                if (j < k or m.end <= before) and self.type_of.get(m.key) == "organization" and noun_fits(noun, m.key)
            ]
            if named:
                return named[-1]
        return None

    def _officer_body(self, speaker: str | None, head: str) -> str | None:
        """Whose is a pledge with no committer of its own ("The work is to begin in 2027, chief
        executive Jo Lee said"): an executive's or spokesperson's body, whose plans they report;
        else the speaker's (a politician's own plan is theirs, and so is what "I" will do)."""
        words = {w.lower() for w in re.findall(r"[A-Za-z-]+", head)}
        if _FIRST_PERSON.search(head) or words & lexicon.VOICE_NOUNS or words & _PEOPLE_WORDS:
            return speaker  # "... said ministers will publish": people act, not the body the speaker is near
        role = self.roles.get(speaker or "", "")
        post = _OWNER_BEFORE_POST.sub("", role)  # "Acme's chief executive": a chief executive
        body = self.body_of(speaker) if role and (_SPEAKS_FOR_BODY.search(role) or _EXECUTIVE.fullmatch(post)) else None
        return body or speaker

    def _described_by(self, sentence: Sentence, head: str, speaker: str | None) -> str | None:
        """Whom a speaker's "the singer" or "investigators" stands for: a lawyer's "the singer"
        is their client ("Her solicitor, Jo Lee, said the singer would"); a spokesperson's
        "investigators" are their body's, also one named only there ("a spokeswoman for the
        Kelby Department of Law said investigators would")."""
        if _THE_DESCRIBED.search(head):
            people = [m.key for m in self.candidates(sentence) if self.type_of.get(m.key) == "person"]
            return self._represented(speaker or (people[-1] if people else None))
        if not _SAID_STAFF.search(head):
            return None
        named = _SPOKESPERSON_FOR.search(head)
        return (
            self._spokesperson_body(sentence.index, reach=1)
            or (self._organisation_named(named.group(1)) or named.group(1) if named else None)
            or self.body_of(speaker)
        )

    def _body_led(self, possessive: str, noun: str, sentence: Sentence, speaker: str | None) -> str | None:
        """The body "his group" or "my office" is: the one the person's role names by that noun or whose name has
        it ("head of the Kelby Public Defender's Office": his office), else None (a minister's "her government"
        stays hers)."""
        possessive = possessive.lower()
        person = speaker if possessive == "my" else self.pronoun(_POSSESSED_BY[possessive], sentence, 0, speaker)
        body = self.party_of(person) if self.type_of.get(person or "") == "person" else None
        if self.type_of.get(body or "") != "organization":
            return None
        named = {w.lower() for w in re.findall(r"[\w-]+", f"{self.roles.get(person or '', '')} {body}")}
        return body if noun.lower() in named else None

    def _office_of(self, speaker: str | None, head: str) -> str | None:
        """The body named "Office of the <title>" or "<title>'s Office" whose title the speaker
        holds (every word of it in their role, their name or the clause that says "his office"):
        "Tom Vell, the public advocate, said his office would" is the Office of the Public
        Advocate's; Sheriff Jo Lee's "his office" is the Kelby County Sheriff's Office."""
        if not speaker or self.type_of.get(speaker) != "person":
            return None
        held = set(re.findall(r"[\w-]+", " ".join((self.roles.get(speaker, ""), speaker, head)).lower()))
        for actor in self.organisations:
            title = _OFFICE_OF.match(actor.name) or _TITLES_OFFICE.search(actor.name)
            if title and set(title.group(1).lower().split()) <= held:
                return actor.name
        return None

    def _represented(self, speaker: str | None) -> str | None:
        """Whom a lawyer or an agent says "we" for: their client ('Her solicitor, Jo Lee, said:
        "We will appeal"' is the client's appeal), by a role that is theirs or bare: the person
        their role names, else the one named last before them, else the story's main person; but
        "their attorney" with no one named just before acts for many, unnamed ("the family"), and
        says "we" with them."""
        role = self.roles.get(speaker or "", "")
        if not speaker or not _COUNSEL_ROLE.fullmatch(role):
            return None
        named = self.party_of(speaker)
        if self.type_of.get(named or "") == "person":
            return named
        many = role.lower().startswith("their ")
        return self._person_before(speaker) or (None if many else self._client(speaker))

    def _family_business(self, speaker: str | None) -> str | None:
        """The one business named for the speaker's family ("Croft Family Foods", "Thwaite's Bakery"
        for Martin Croft, Jo Thwaite): what "we" stands for in the words of its owner or manager."""
        if not speaker or self.type_of.get(speaker) != "person" or len(speaker.split()) < 2:
            return None
        surname = speaker.split()[-1]
        named = [a.name for a in self.organisations if strip_possessive(a.name.split()[0]) == surname]
        return named[0] if len(named) == 1 else None

    def _person_before(self, person: str) -> str | None:
        """The person named last before ``person`` first appears (in that sentence or the two
        before) who holds no office and speaks for no body: a lawyer's client is no official."""
        first = self.first_of.get(person, -1)
        for k in range(first, max(-1, first - 3), -1):
            mentions = self.index.in_sentence(k)
            end = next((m.start for m in mentions if m.key == person), 0) if k == first else None
            people = [
                m.key
                for m in mentions
                if self.type_of.get(m.key) == "person"
                and m.key != person
                and (end is None or m.start < end)
                and self._private(m.key)
            ]
            if people:
                return people[-1]
        return None

    def _private(self, person: str) -> bool:
        """Whether ``person`` holds no office and speaks for no body: who a lawyer may act for."""
        role = self.roles.get(person, "")
        return not (self._politician(person) or _SPEAKS_FOR_BODY.search(role) or _EXECUTIVE.search(role))

    def _clients_body(self, head: str, speaker: str | None) -> str | None:
        """Unnamed clients, many of them, act through the body that brought their case: "The
        suit was filed by Kelby Legal Aid. ... He said his clients would ask the court" is the
        body's step (the body named right before the lawyer first appears)."""
        if not speaker or not head.rstrip().endswith("clients") or self.type_of.get(speaker) != "person":
            return None
        party = self.party_of(speaker)
        if party and self.type_of.get(party) == "person":
            return None
        return party or self._named_before(speaker)

    def _client(self, speaker: str | None) -> str | None:
        """Whom a lawyer or an agent acts for: the person their role names ("Jo Lee's
        solicitor"), else the person the story names most, other than them, who holds no office
        (the firm's chief a family sues is the other side)."""
        named = self.party_of(speaker)
        if named and self.type_of.get(named) == "person":
            return named
        people = [a for a in self.index.actors if a.type == "person" and a.name != speaker and self._private(a.name)]
        return max(people, key=lambda a: (a.mentions, -a.sentence)).name if people else None

    def delayed_body(self, sentence: Sentence, found: re.Match) -> str:
        """The body a lead names only by a description (``found``, a ``DELAYED_BODY`` match):
        the organisation that opens one of the next sentences as their subject ("... pharmacy
        chains is to close 212 branches. Healwell Pharmacy, which has 860 shops, said"), if the
        noun fits it, after the one body whose name holds the noun ("An NHS trust is to close":
        the Trust); else the story's; else none ("article")."""
        noun = found.group(1)
        qualified = self._qualified_body(found.string[: found.start(1)].split()[1:], noun)
        if qualified:
            return qualified  # "A residents' group in Fernlea has vowed": the Fernlea Residents' Association
        named = self._named_by_noun(noun)
        named = named if named and noun.capitalize() in named.split() else None
        reach = sentence.index + 1 + _DELAYED_REACH
        if named and self.first_of.get(named, reach) < reach:
            return named  # "An NHS trust is to close ...": the Trust the story names next
        for k in range(sentence.index + 1, reach):
            opener = self._opener(k)
            if opener and self.fits(noun, opener):
                return opener
        # (a body holding the noun named only further on is another: "A housing association ... Calderbrook Homes,
        # whose ... Greenhill Residents' Association")
        return named or self._topic_fitting(noun) or "article"

    def _qualified_body(self, described: list[str], noun: str) -> str | None:
        """The one body whose name holds the people ``noun`` is described as representing ("a residents' group",
        "a tenants' association": the Kelby Residents' Association), if the noun can stand for it; not a trade's
        words ("a wind farm developer" is no Tarnfield Offshore Wind)."""
        words = {w.lower().replace("’", "'") for w in described if w[:1].islower() and w.endswith(("s'", "s’"))}
        named = [
            a.name
            for a in self.organisations
            if words & {w.lower().replace("’", "'") for w in a.name.split()} and self.fits(noun, a.name)
        ]
        return named[0] if len(named) == 1 else None

    def fits(self, noun: str, body: str | None) -> bool:
        """``noun_fits``, and "the company" or "the firm" is no body the story introduced as a group of
        people, a charity or a union ("Residents' group Clean Air Kelby"); "the state" or "the
        government" is a place or a body whose name says it governs, never a firm ("Kedia") nor a body the
        story names only in lower case ("the Kelby clinic")."""
        if body in self.channels and noun.lower() not in _OUTLET_NOUNS:
            return False  # "told the Daily Rocket": the paper the story comes through, no "chain" it reports on
        if noun.lower() in ("state", "government") and body and self.type_of.get(body) in ("organization", None):
            return lexicon.public_body(body or "") or _GOVERNMENTAL.search(body or "") is not None
        if noun.lower() in self.apposed_kinds.get(body or "", ()):
            return True  # "Pelham Ridge Capital, a New York-based fund, ... The fund will": called so by the story
        if noun.lower() in _TRADING and any(body in self._written_before(kind) for kind in _INSTITUTIONS_AFTER):
            return False  # "the firm" is no "Larch House care home" it runs
        return noun_fits(noun, body) and not (noun.lower() in _TRADING and self.kinds.get(body or "") in _NOT_FIRMS)

    @cached_property
    def channels(self) -> frozenset[str]:
        """News outlets the story names only as the channel someone spoke through or its own source ("told the
        Daily Rocket", "the Daily Rocket can reveal"), never as one who acts."""
        outlets = {a.name for a in self.organisations if lexicon.news_outlet(a.name)}
        for k, mentions in self.index.mentions.items():
            text = self.texts.get(k, "")
            for m in mentions:
                if m.key in outlets and not lexicon.spoken_through(text, m.start, m.end):
                    outlets.discard(m.key)
        return frozenset(outlets)

    @cached_property
    def venues(self) -> frozenset[str]:
        """Organisations named as a place people gather ("... Club", "... Hall", "... Arms") that the story's text
        names only as where something happens ("a packed meeting in the Rovers Social Club", "at the Kelby Arms"):
        a venue, which a common noun for a body ("the club") does not stand for while another body fits it, and
        which is no body the story is about (not "jobs at the Kelby Sheriff's Office": an employer)."""
        named: dict[str, bool] = {}
        for k, mentions in self.index.mentions.items():
            text = self.texts.get(k, "")
            for m in mentions:
                venue = bool(m.key) and m.key.split()[-1] in _VENUE_HEADS
                if k >= 0 and m.surface == m.key and venue and self.type_of.get(m.key) == "organization":
                    sited = _VENUE_BEFORE.search(text, max(0, m.start - 12), m.start) is not None
                    named[m.key] = named.get(m.key, True) and sited
        return frozenset(key for key, sited in named.items() if sited)

    @cached_property
    def apposed_kinds(self) -> dict[str, frozenset[str]]:
        """The nouns the story gives each organisation in an apposition right after its name ("Pelham Ridge
        Capital, a New York-based fund that owns ...": fund; "X, which represents 2,100 sorting staff,": union), or
        before "called" ("a group called Save the Plough": group), which then stand for it though its name holds
        none of them."""
        out: dict[str, set[str]] = {}
        for k, mentions in self.index.mentions.items():
            text = self.texts.get(k, "")
            for m in mentions:
                found = _APPOSED_KIND.match(text, m.end)
                if found and self.type_of.get(m.key) == "organization":
                    out.setdefault(m.key, set()).update(_same_kind((found.group(1) or found.group(2)).lower()))
                called = _CALLED_KIND.search(text, max(0, m.start - 60), m.start)
                if called and self.type_of.get(m.key) == "organization":
                    out.setdefault(m.key, set()).add(called.group(1).lower())
                if _REPRESENTS_WORKERS.match(text, m.end) and self.type_of.get(m.key) == "organization":
                    out.setdefault(m.key, set()).add("union")
        return {key: frozenset(nouns) for key, nouns in out.items()}

    @cached_property
    def kinds(self) -> dict[str, str]:
        """Each organisation's kind, as the word right before one of its mentions says it
        ("campaign group X", "the charity X")."""
        out: dict[str, str] = {}
        for k, mentions in self.index.mentions.items():
            text = self.texts.get(k, "")
            for m in mentions:
                word = _KIND_BEFORE.search(text, max(0, m.start - 30), m.start)
                if word and self.type_of.get(m.key) == "organization":
                    qualifier, kind = (word.group(1) or "").lower(), word.group(2)
                    peoples = kind == "group" and (qualifier in _PEOPLES_GROUP or qualifier.endswith(("'", "’")))
                    out.setdefault(m.key, "campaign" if peoples else kind)
        return out

    def _topic_fitting(self, noun: str) -> str | None:
        """The organisation the story is most about (most mentioned), if ``noun`` can stand for it: not
        a union, a party or a band, which a story names as one (``_named_by_noun``)."""
        if noun.lower() in _NAMED_KINDS:
            return None
        return self.topic if self.topic and self.fits(noun, self.topic) else None

    def _topic_named_as(self, noun: str) -> str | None:
        """``_topic_fitting``, or of the bodies named as often as the topic the first the noun can stand for:
        a headline's "Watchdog to block bonuses" is the regulator, though the firm it fines is named as often."""
        found = self._topic_fitting(noun)
        if found or noun.lower() in _NAMED_KINDS:
            return found
        top = max((a.mentions for a in self.organisations), default=0)
        fitting = [a.name for a in self.organisations if a.mentions == top and self.fits(noun, a.name)]
        return fitting[0] if fitting else None

    def _phrase_head(self, text: str, last: Mention, mentions: list[Mention]) -> str:
        """Whose is a subject phrase that ends with ``last``: the first of two bodies or people
        joined by "and" ("Kelby Council and Marlow Council have agreed to", "Acme and the charity
        Bolt Trust have agreed to", "Mayor Jo Lee and County Executive Ron Abel have agreed to": the
        first named's), the person an "of" phrase places
        ("Governor Jo Lee of Kelby State has vowed": the governor)."""
        head = last
        for m in reversed([m for m in mentions if m.end <= last.start]):
            between = text[m.end : head.start]
            same_kind = self.type_of.get(m.key) == self.type_of.get(head.key)
            joined = same_kind and (between == ", " or _JOINED.fullmatch(between) or _joined_by_title(between))
            placed = between in (" of ", ", of ") and self.type_of.get(m.key) == "person"
            # "Kelby Hospital in west suburban Fenwick Park will stop": the place says where the subject is
            located = self.type_of.get(head.key) == "place" and _LOCATED_IN.fullmatch(between) is not None
            if not (joined or placed or located) or (between == ", " and head is last):
                break
            head = m
        return head.key

    def _placed_person(self, head: str, mentions: list[Mention]) -> str | None:
        """The person an "of" phrase that ends the subject places: "Governor Jo Lee of New
        Kelby", where the place is no actor's."""
        place = _OF_PLACE.search(head)
        before = [m for m in mentions if place and m.end == place.start()]
        return before[0].key if before and self.type_of.get(before[0].key) == "person" else None

    def _not_a_person(self, speaker: str | None) -> str | None:
        """What an "it" no body before stands for, by who speaks: the body a person speaks for,
        never the person ("It intends to hire 150 apprentices, managing director Jo Lee said"); a
        "company spokesperson" no body is named near speaks for the story's firm."""
        if self.type_of.get(speaker or "") != "person":
            return speaker
        by_noun = _NOUN_ROLE.match(self.roles.get(speaker or "", ""))
        trading = by_noun and by_noun.group(1).lower() in _TRADING  # "a company spokesperson": the story's firm
        return self.body_of(speaker) or (self._topic_fitting(by_noun.group(1)) if trading else None)

    @cached_property
    def said_as(self) -> dict[str, str]:
        """The body a closing attribution calls by a noun in a sentence that body opens ("Karoo Platinum will invest
        R4bn ..., the miner said"): the story says which body the noun stands for (the first it pairs, per noun), if the
        noun can stand for it (in "Larkfield agreed to extend the talks, the union says", the union reports another)."""
        out: dict[str, str] = {}
        for k, text in self.texts.items():
            closing = _SAID_AS.search(text)
            first = next(iter(self.index.in_sentence(k)), None)
            if (
                closing
                and first
                and first.end < closing.start()
                and _opens(text[: first.start])
                and self.type_of.get(first.key) == "organization"
                and not _DONE_TO.match(text, first.end)  # ("Tashi was checked by vets, the zoo said": not the zoo)
                and self.fits(closing.group(1), first.key)  # ("Acme agreed to talks, the union says": not Acme)
            ):
                out.setdefault(closing.group(1).lower(), first.key)
        return out

    def _lead_body(self, noun: str) -> str | None:
        """The organisation the story is about (named in its opening two sentences, and more
        than any other), if ``noun`` can stand for it: what "the team" a researcher speaks of
        will do is their institute's."""
        topic = self._topic_fitting(noun)
        if not topic or self.first_of.get(topic, _LEAD_SENTENCES) >= _LEAD_SENTENCES:
            return None
        most = self.mentions[topic]
        return topic if sum(a.mentions == most for a in self.organisations) == 1 else None

    def _relative_antecedent(self, sentence: Sentence, cue_start: int) -> str | None:
        """The name a relative clause that pledges is about: "X Solicitors, which said it would"."""
        found = _WHICH.search(sentence.text, max(0, cue_start - 160), cue_start)
        if not found:
            return self._noun_antecedent(sentence.text, cue_start)
        if _LIST_CLOSES.search(sentence.text, 0, found.start(1)):
            return None  # (not the last of a list: "a taskforce with the company and Kelby Council, which will meet")
        start, end = found.span(1)
        inside = [m for m in self.index.in_sentence(sentence.index) if start <= m.start and m.end <= end]
        people = [m.key for m in inside if self.type_of.get(m.key) == "person"]
        if found.group(2) and people:  # "chief executive Jo Lee of Acme Water, who has vowed": Jo Lee
            return people[0]
        # (the mention ending there, though it starts before the words matched: "The Department of Human Settlements
        # and Urban Development, which")
        named = [m.key for m in self.index.in_sentence(sentence.index) if m.end == end and m.start < end]
        return named[-1] if named else self.person_by_surname(found.group(1)) or found.group(1)

    def _noun_antecedent(self, text: str, cue_start: int) -> str | None:
        """The body a relative clause that pledges is about when the story calls it by its noun ("talks with
        the federal government, which has agreed to pay"): the one it names so, else a government's tier
        in the story's words ("federal government"); not the last of a list."""
        found = _WHICH_BODY.search(text, max(0, cue_start - 160), cue_start)
        if not found or _LIST_CLOSES.search(text, 0, found.start()):
            return None
        qualifier, noun = found.group(1).split(), found.group(2).lower()
        if qualifier:
            named = self.body_described(qualifier[-1], noun)
            return named or _tiered(qualifier[-1], noun)
        return self._named_by_noun(noun) or self._topic_fitting(noun)

    def _named_next(self, sentence: Sentence, head: str, mentions: list[Mention], cue: str) -> str | None:
        """The organisation the next sentence opens by naming for the first time, when the pledge's
        subject is a body described but not named (``described_agent``: "A Swedish bus builder has
        promised to open a depot. Kjellberg Coachworks, which supplies ..., has no UK base."; "...
        The group, BuildBellhaven, has placed 900 graduates"): news introduces a body so, then names
        it."""
        if not described_agent(head, cue):
            return None
        if any(self.type_of.get(m.key) in ("person", "organization") for m in mentions if m.end <= len(head)):
            return None  # (a body or person named in the description: "A unit of Acme")
        k = sentence.index + 1
        text = self.texts.get(k, "")
        opening = next(iter(self.index.in_sentence(k)), None)
        if opening is None or not _NAMING_OPENING.fullmatch(text[: opening.start]):
            return None
        earlier = any(m.key == opening.key for j in range(k) for m in self.index.in_sentence(j))
        return opening.key if self.type_of.get(opening.key) == "organization" and not earlier else None

    def _officer_named_next(self, sentence: Sentence, head: str, mentions: list[Mention]) -> str | None:
        """The person the next sentence opens with, by their post, when the pledge's subject is an officer described
        but not named: "A police and fire boss is to shut nine stations. Kelby's Police and Crime Commissioner Jo Roe
        announced the cuts": news introduces a person so, then names them."""
        if not _DESCRIBED_OFFICER.fullmatch(head.strip()) or any(m.end <= len(head) for m in mentions):
            return None
        k = sentence.index + 1
        text = self.texts.get(k, "")
        person = next((m for m in self.index.in_sentence(k) if self.type_of.get(m.key) == "person"), None)
        if person is None or not _TITLE_OPENING.fullmatch(text[: person.start]):
            return None
        # (named for the first time: a bullet's bare "Commissioner to close" names no one)
        earlier = any(m.key == person.key and m.kind != "title" for j in range(k) for m in self.index.in_sentence(j))
        return None if earlier else person.key

    def _described_name(self, sentence: Sentence, cue_start: int) -> str | None:
        """The name a description opening the sentence introduces, as the subject of the
        pledge: "Its publisher, Orvel Press, announced it would" is Orvel Press's."""
        found = _DESCRIBED_NAME.match(sentence.text[:cue_start])
        if not found or not _own_verb(sentence.text[found.end(1) : cue_start], found.group(1)):
            return None
        start, end = found.span(1)
        named = [m.key for m in self.index.in_sentence(sentence.index) if start <= m.start and m.end <= end]
        who = named[-1] if named else self.person_by_surname(found.group(1)) or found.group(1)
        owned = _OWNED_DESCRIPTION.match(sentence.text)
        description = sentence.text[owned.end() : found.start(1)].rstrip(", ") if owned else ""
        head = description.split(" of ")[0].split()[-1:]  # the noun the description is built on: "director of housing"
        officer = bool(head) and head[0].lower() in lexicon.ROLE_NOUNS  # not "Its printer, Acme Inks,"
        if officer and self.type_of.get(who) == "person" and _BODY_PRONOUN_BEFORE.search(sentence.text, 0, cue_start):
            return None  # "Its chief executive, Jo Lee, said it would": the body she heads, not she
        return who

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """The words the article writes in lower case: common nouns, whatever capital a sentence gives them (not
        a name in an address: "investors@kelbyco.com")."""
        text = " ".join(self.texts.values())
        return frozenset(re.findall(r"(?<![\w@./-])[a-z][a-z'’-]+(?![\w@/-]|\.\w)", text))

    def unlisted(self, text: str, mentions: list[Mention], before: int, as_subject: bool = False) -> re.Match | None:
        """A name opening the sentence that is no actor's, with no actor named before the
        pledge: not a common word written with a capital because it starts the sentence
        ("Hospitals", "Ministers"), a title, a nationality or a place. ``as_subject`` (for the
        subject of a pledge already found, not to find one) leaves out a word the article writes in
        lower case elsewhere ("Buses will carry ... the new buses"; a post stays, for its holder),
        and also takes capitals that only a name has: right after an opening "The" ("The
        Treasury"), after a common first word ("Clean Shores Scotland") or after the kind of body
        it is ("Highways contractor X")."""
        kind = _KIND_BEFORE_NAME.match(text) if as_subject else None
        found = _UNLISTED.match(text, kind.end() if kind else 0)
        if not found or any(m.start < before for m in mentions):
            return None
        after_the = as_subject and found.group().startswith("The ")
        if after_the:  # "The Treasury said it would": capitals after "The" are a name's, not the sentence's
            found = _UNLISTED.match(text, 4)
            if not found:
                return None  # "The of ...": no name after it
        words = found.group().split()
        if len(words) > 1 and _DESCRIBING_COMPOUND.search(words[0]):
            # "Riyadh-based Rimal Padel plans to": the name after what describes it
            found = _UNLISTED.match(text, found.start() + len(words[0]) + 1)
            if not found:
                return None
            words = found.group().split()
        first = _CONTRACTED.sub("", words[0])  # ("We'll go to tender": a pronoun)
        if _DESCRIBING_COMPOUND.search(words[-1]):
            return None  # "The Aim-listed group said", "Sapporo-based": what describes a body, not its name
        lower = first.lower()
        if as_subject and len(words) == 1 and not _is_title(first) and self.lower_words & {lower, lower[:-1]}:
            # "Ambulances will be redirected", "Refunds will be paid" (after "will refund"): a word the article
            # writes in lower case, or in the singular, commits no one
            return None
        if (
            first in lexicon.NON_NAMES
            or _CONTRACTED_IS.sub("", first) in lexicon.NON_NAMES  # ("It's as simple as that")
            or first.lower().split("-")[0] in lexicon.NUMBER_WORDS  # ("Twenty homes", "Forty-two staff")
            or first in lexicon.HONORIFICS
            # (but a deputy's post in one hyphenated word opening a headline is its holder's: "Vice-chancellor has
            # PLEDGED to")
            or (first in lexicon.TITLE_WORDS and first not in lexicon.HYPHENATED_TITLES and not after_the)
        ):
            return None
        placed_body = after_the and _LOWER_BODY.match(text, found.end())  # "The Gauteng education department"
        if first in lexicon.places()["demonyms"] or (found.group() in lexicon.places()["names"] and not placed_body):
            return None  # "Norwegian energy group X", a place that is not acting
        if after_the and _NAMED_THING.match(text, found.end()) and not _LOWER_BODY.match(text, found.end()):
            return None  # "The Lowmoor ferry will stop": the ferry, which commits no one
        if after_the and _PLACE_OF.match(text, found.end()):
            return None  # "The Flemish town of Oostveld": what describes the place named after it
        if after_the or kind:  # (not an owner: "The Ardish Treasurer's office")
            return None if found.group().endswith(POSSESSIVE_ENDINGS) else found
        if as_subject and len(words) > 1 and all(capitalisation(w) != RARELY_CAPITALISED for w in words[1:]):
            return found  # "Clean Shores Scotland aims to": a common first word, then a name's capitals
        if capitalisation(first) == RARELY_CAPITALISED or (len(words) == 1 and capitalisation(first) == 2):
            return None
        if len(words) == 1 and first.endswith(_PEOPLE_ENDINGS) and first not in lexicon.KNOWN_ORGS:
            return None  # "Skiers packed the lodge", "Campaigners say": people of a kind, not a name
        if len(words) == 1 and first.endswith(_ACT_ENDINGS) and first not in lexicon.ORG_WORDS:
            return None  # "Visitation will be held Friday", "Construction will start": an act's noun, not a name
        if (
            as_subject
            and len(words) == 1
            and re.fullmatch(BODY_NOUNS, first.lower())
            and first not in lexicon.KNOWN_ORGS
        ):
            return None  # "Union vows to fight on", "Band vows refunds": a body's noun, not its name
        return found

    def person_by_surname(self, word: str) -> str | None:
        """The one person actor whose name ends with ``word``, if exactly one does."""
        people = [name for name, kind in self.type_of.items() if kind == "person" and name.split()[-1] == word]
        return people[0] if len(people) == 1 and " " in people[0] else None

    def _local_government(self, speaker: str | None) -> str | None:
        """What a council's leader speaks for when they say "we" or "the town would": the
        council their role names, else the one council the story names ("Kelby Borough Council
        leader Jo Lee said: 'We will'"); a county board's head, the one county the story names;
        a politician's own act stays theirs (a mayor's "we": ``_mayors_body``)."""
        if speaker and _COUNTY_HEAD.match(self.roles.get(speaker, "")):
            counties = [place for place in self.places if place.endswith(" County")]
            return counties[0] if len(counties) == 1 else None
        if not speaker or not _COUNCIL_LEADER.search(self.roles.get(speaker, "")):
            return None
        party = self.party_of(speaker)
        if party and _COUNCIL.search(party):
            return party
        councils = [a.name for a in self.organisations if _COUNCIL.search(a.name)]
        return councils[0] if len(councils) == 1 else None

    def _mayors_body(self, speaker: str | None, text: str) -> str | None:
        """What a mayor's "we" stands for: the city's governing body named for their town ("City of
        Kelby", "Kelby City Council", "Kelby Combined Authority"), else the town itself; without a town,
        the one such body the story names. A mayor who also says "I" in the sentence speaks as themself."""
        role = self.roles.get(speaker or "", "")
        if not re.search(r"\b[Mm]ayor\b", role) or _COUNTY_HEAD.match(role) or _FIRST_PERSON_SINGULAR.search(text):
            return None
        bodies = [a.name for a in self.organisations if _CITY_BODY.search(a.name)]
        town = self._mayors_town(speaker)
        if not town:
            return bodies[0] if len(bodies) == 1 else None
        own = [name for name in bodies if town in name]
        return own[0] if len(own) == 1 else (None if own else town)

    def _unnamed_mayors_body(self, text: str) -> str | None:
        """What an unnamed mayor's "we" stands for ('"We will ...," the mayor said'): the one city body the story
        names ("Kelby City Council"), else no one."""
        if not _UNNAMED_MAYOR_SAID.search(text) or _FIRST_PERSON_SINGULAR.search(text):
            return None
        bodies = [a.name for a in self.organisations if _CITY_BODY.search(a.name)]
        return bodies[0] if len(bodies) == 1 else None

    def _governed_prison(self, speaker: str | None) -> str | None:
        """The prison a governor runs, where the story names one by its style ("HMP Kelby"): what "we" stands
        for in their words; a state's governor speaks as themself."""
        if not _PRISON_GOVERNOR.fullmatch(self.roles.get(speaker or "", "")):
            return None
        prisons = [a.name for a in self.organisations if a.name.split()[0] in lexicon.PRISON_STYLES]
        return prisons[0] if len(prisons) == 1 else None

    def _politician(self, speaker: str | None) -> str | None:
        """A speaker who holds office speaks as themself: their "we" is their own pledge (an
        executive's, a chair's or a spokesperson's is their body's; so is a union's leader's: "the
        leader of the Kelby chapter of the Care Workers Union")."""
        role = _HEAD_OF_BODY.sub("", self.roles.get(speaker or "", "").lower())
        person = speaker and self.type_of.get(speaker) == "person" and not _SPEAKS_ONLY.search(role)
        offices = set(re.findall(r"[\w-]+", role)) & _OFFICE_WORDS
        union = (self.party_of(speaker) or "") if offices == {"leader"} else ""
        if lexicon.union_named(union) and union.lower() in role:
            return None  # (the union the role names: a "Council leader" is no union's, whoever spoke before)
        return speaker if person and offices else None

    def _announcer(self, head: str, speaker: str | None) -> str | None:
        """The person who announces what "the government", "the state" or "his office" will do,
        or the ministry or department that does; what "the city" will do only if an officeholder,
        where the story names the city."""
        locality = _LOCALITY.search(head)
        council = self._local_government(speaker) if locality and locality.group(1) != "county" else None
        if council:  # "Council leader Jo Lee said the town would": the council's
            return council
        party = self.party_of(speaker) if locality else None
        if party and _area_council(party, locality.group(1)):  # "The city will ..., City Attorney Jo Lee said"
            return party  # ... is the City Council's she works for
        if locality and self.place_for(locality.group(1)):
            return self.place_for(locality.group(1))
        town = self._mayors_town(speaker) if locality and locality.group(1) != "county" else None
        if town:  # "Mayor Jo Lee said the city would": the city she is mayor of
            return town
        spokesperson = "spokes" in self.roles.get(speaker or "", "").lower()
        governing = _GOVERNING.search(head) or locality
        named = (
            self.body_called(governing.group().strip())
            if governing and governing.group().strip() in _DEPARTMENTS
            else None
        )
        if named:  # "The department will also pay ..., he said": the department the story names, not its secretary
            return named
        if speaker and self.type_of.get(speaker) == "person" and not spokesperson and governing:
            return speaker
        if governing and self.type_of.get(speaker or "") == "organization" and _GOVERNMENTAL.search(speaker or ""):
            return speaker  # "the government will raise fuel excise, the Ministry of Finance said": the ministry's
        return None

    @cached_property
    def administrator(self) -> str | None:
        """What "the administrators" stands for: the organisation the story names as appointed to run
        a failed company (``_ADMINISTRATORS_BEFORE`` and ``_AFTER``), not the company they run."""
        for k, text in sorted(self.texts.items()):
            for m in self.index.in_sentence(k):
                near = _ADMINISTRATORS_BEFORE.search(text, max(0, m.start - 24), m.start)
                if self.type_of.get(m.key) == "organization" and (near or _ADMINISTRATORS_AFTER.match(text, m.end)):
                    return m.key
        return None

    def _mayors_town(self, speaker: str | None) -> str | None:
        """The town a mayor is mayor of: the place their role names ("Allenmouth mayor"), else
        the town the story names most (no country, state or region of the gazetteer), else the
        town of its dateline."""
        role = self.roles.get(speaker or "", "")
        if not re.search(r"\b[Mm]ayor\b", role):
            return None
        titled = _MAYOR_OF.search(role)
        town = (titled.group(1) or titled.group(2)) if titled else ""
        town = town.removesuffix("'s").removesuffix("’s")  # "Kelby's mayor"
        if set(town.split()) <= lexicon.TITLE_WORDS | lexicon.MAYOR_KINDS:
            town = ""  # "Executive Mayor", "Deputy Mayor", "Metro mayor": a title's own words, no town
        named = [place for place in self.places if place in role] or ([town] if town else [])
        gazetteer = lexicon.places()["names"]
        towns = [
            place
            for place in self.places
            if (place not in gazetteer or gazetteer[place][1] == "city")
            and place.split()[-1] not in _AREAS | lexicon.SITE_WORDS
        ]  # (not "Carlow County", "Kelby District", "Dellwood Avenue")
        dated = [place for place in self.index.dateline[:1] if place not in gazetteer or gazetteer[place][1] == "city"]
        return (named or towns or dated or [None])[0]

    def place_for(self, noun: str) -> str | None:
        """The place "the city", "the town" or "the county" stands for: the one the story names
        as such first ("the city of Kelby", "Marlow County"); "the province" the one province or state
        it names ("Manitoba")."""
        if noun.lower() == "province":  # "The province has committed $9 million": the one the story names
            regions = {a.name for a in self.index.actors if a.type == "place" and _gazetteer_kind(a.name) == "region"}
            return regions.pop() if len(regions) == 1 else None
        pattern = _PLACE_NAMED.get(noun.lower())
        if pattern is None:
            return None
        if noun.lower() not in self.localities:
            found = (m.group(1).split() for _, text in sorted(self.texts.items()) for m in [pattern.search(text)] if m)
            names = (words[1:] if words[0] in lexicon.NON_NAMES else words for words in found)  # "In Marlow County"
            self.localities[noun.lower()] = next((" ".join(words) for words in names if words[0] != "County"), None)
        return self.localities[noun.lower()]

    def who_of_item(self, sentence: Sentence, speaker: str | None) -> str:
        """The committer of an item enumerated after a named commitment ("the first thing we
        are talking about is ..."): "we", else an organisation named, else the speaker."""
        if re.search(r"\b[Ww]e\b", sentence.text) and (self.party_of(speaker) or speaker):
            return self.party_of(speaker) or speaker or "article"
        named = [m.key for m in self.candidates(sentence) if self.type_of.get(m.key) == "organization"]
        return named[-1] if named else speaker or "article"
