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
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..endings import finished
from ..model import Commitment, Sentence
from ..patterns import LazyPattern
from ..rank import stemmer
from ..text import words
from . import committer, lexicon, quote_marks
from .actors import ActorIndex
from .committer import Resolver

THRESHOLD = 2.5
STRONG, MEDIUM, WEAK = 2.0, 1.5, 1.0

# "will" before a verb of prediction, not of action: "rebuilding will cost $486bn", "will take
# months" (but taking on staff, over a firm, part, action, steps or charge is an act, and so is taking none, any or
# a single one of something: "We will not take a single litre of water from the aquifer", "will take no fee").
_PREDICTION = (
    r"(?:[a-z]\w*ly |again |also |still |never |not |even |always )?"
    # (a feeling foretold is no act either: "I'll miss her every day", "I'll cry when the stand comes down"; a miss
    # denied is a pledge: "We will not miss another wage payment")
    r"(?:be|cost|mean|need|remain|become|happen|(?<!not )(?<!never )miss|cry|"
    r"take(?! (?:on|over|part|action|steps|legal|control|charge|"
    r"no(?! time)|any(?! (?:longer|more|time)\b)|a single)\b)|"
    r"face|see|affect|hit|suffer|lose|depend|require|last|prove|"
    # ("will do damage"; not a vow of effort: "we will do all we can", "I will do whatever it takes")
    r"do(?! (?:everything|whatever|all (?:I|we|they|he|she|it) can|(?:my|our|his|her|their|its) (?:best|utmost))\b)|"
    r"rise|fall|soar|slump|climb|plunge|"  # (what prices and rates do, no one's act)
    r"serve (?:[\w-]+ ){1,3}?(?:years?|months?|weeks?|days?)|serve (?:a|the|his|her|their) [\w -]*sentence)\b"
)  # (a sentence served is the court's, not a pledge: "will serve five years")
_STRONG = LazyPattern(
    r"\b(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed)?|commit(?:s|ted)?|commitments?|"
    r"(?<=(?:is|re|as) )(?:also |now )?committing(?= [^.;]{1,40}? to\b)|"  # "We are committing A$40 million to a"
    r"plans? to|planned to|planning to|intends? to|aims? to|aiming to|"
    r"(?:hopes?|hoping) to(?! be\b)|"  # (a hope to act; "hopes to be fit" wishes for a state)
    r"(?<!is )(?<!are )(?<!was )(?<!were )(?<!been )intended to|"  # (not "the tapes were intended to")
    r"undert(?:ake|akes|ook|aking|aken) (?:not )?to|(?:swore|sworn|swears?) to|(?<!to )set(?:s|ting)? aside|"
    r"(?:is|are) planning (?:a|an)|(?:is|are|was|were) preparing to|"
    # a target one sets oneself: "has set itself a deadline of 30 June to connect the plant"
    r"set(?:s|ting)? (?:itself|themselves|himself|herself|ourselves|myself) (?:a|an) (?:[\w-]+ )?"
    r"(?:deadline|target|goal)|"
    # ... or a deadline set for another, which its setter will hold it to: "has set a deadline of July 31",
    # "gave the company 60 days to submit a plan", "has given the club until March 1 to"
    r"(?<!been )(?:set|sets|setting) (?:a|an) (?:[\w-]+ )?deadline|"
    r"(?<!been )(?:gave|given|gives|giving) (?:[\w'’.-]+ ){1,4}?(?:until|till) (?=[\w ,]{2,30} to\b)|"
    r"(?<!been )(?:gave|given|gives|giving) (?:[\w'’.-]+ ){1,4}?\d+ (?:more )?(?:days|weeks|months) to|"
    # a guarantee or an assurance given binds its giver: "have guaranteed all 220 jobs", "gave an assurance that"
    r"(?:has|have|had) (?:[a-z]\w*ly )?guaranteed|(?<=been )guaranteed(?= by )|"  # (or by its agent, passive)
    # money one is putting in, said in the present: "is putting up 180 million CFA francs", "is contributing $2m"
    r"(?:is|are) (?:putting up|contributing|chipping in|donating)(?= (?:about |around |up to |nearly |almost |some |an "
    r"extra |a further |another )?(?:[£$€¥₹₦]|[A-Z]{1,3}\$?\s?\d|\d))|"
    r"(?<!was )(?<!were )(?<!been )(?<!being )(?:gave|given|gives?) (?:an?|her|his|their|its|a firm|a clear) "
    r"(?:assurances?|undertakings?|guarantees?)|"
    rf"going to (?!{_PREDICTION}|(?:a|an|the|his|her|their|its|our|my|your|this|that)\b)|"  # ("going to a boat": where)
    r"agreed?s? to|agreed|offer(?:s|ed)? to|set to|"
    # an agreement with its day or its terms between verb and "to": "agreed Monday to", "agreed in exchange to"
    r"agreed (?:(?:on |last |this )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|last (?:week|month|night)|this week|"
    r"in (?:exchange|return|principle)|on \w+ \d{1,2}) (?:not )?to|"
    # a schedule of one's own ("the company is due to open the site in March"), not a court's
    # ("is due to appear", "is due to stand trial") nor a thing's ("is due to be published")
    r"(?:is|are) due to(?! (?:be|appear|stand|face|attend|answer|give evidence|return to court)\b)|"
    r"(?:decide[ds]|resolved?|resolves) (?:(?:in|on|last|this|earlier|later) \w+(?: \d{4})? )?(?:not )?to|"
    # (not a turn to speak at a meeting: "about 30 signed up to speak")
    r"sign(?:ed|s)? up (?:to|for)(?! (?:speak|talk|testify|comment|address|attend|watch|ask|play|compete)\b)|"
    r"accept(?:s|ed)? (?:all|every|each|in full)\b(?: [\w'’-]+){0,5}? recommendations?|"
    r"(?:signed|signs|struck|strikes|sealed|seals|clinched) (?:a|an|the) (?:[\w-]+ ){0,3}?"
    r"(?:deal|agreement|contract|accord|pact|memorandum)|"
    r"(?:is|are|was|were) (?:also |now )?to (?!be\b|blame\b)|to invest|shall|"  # (not who "is to blame": a verdict)
    # a deadline set for oneself: "has set itself a deadline of 2027 to", "has given itself until May to"
    r"(?:set|sets|setting|given|gave|gives|giving) (?:itself|themselves|himself|herself|ourselves|myself) "
    r"(?:a deadline|a target|until))\b",
    re.IGNORECASE,
)
# Not what someone binds themself to: an obligation ("we have to regard X as a threat"),
# a forecast ("has forecast a loss", "expects to", "projects a deficit"; not the noun in "clean-up
# projects"), or a description of how a thing was meant to be ("the tapes were intended to be private").
_NOT_PLEDGE = LazyPattern(
    r"\b(?:(?:has|have|had) to|(?:has|have|had) got to|forecasts?|projecting|projected|expects? to|"
    r"projects(?= (?:that|an?|the|\d|[£$€]|growth|losses?|profits?|revenue|sales|deficits?|surplus)\b)|"
    r"(?:is|are|was|were|been|being) (?:intended|planned|meant|supposed|designed|expected|due|set) to)\b",
    re.IGNORECASE,
)
# A pledge named as the subject of what became of it is its history, no pledge: "That vow ran out in June", "The
# promise was quietly dropped", "Their commitment ran out last year".
_PLEDGE_AS_SUBJECT = LazyPattern(
    r"^[\"“‘']?(?:But |And |Yet )?(?:The|That|This|Its|Their|His|Her|Such a) (?:[\w'’-]+ ){0,2}?"
    r"(?:pledge|promise|commitment|vow)s? (?:had |has |have |was |were )?(?:later |since |quietly |never |then )?"
    r"(?:expired|lapsed|ended|ran out|run out|fell through|collapsed|came to nothing|(?:been )?broken|(?:been )?dropped"
    r"|(?:been )?scrapped|(?:been )?abandoned|proved|turned out)\b"
)
# An obligation right after the cue ("they are going to have to defend it", "will need to"), or
# a pledge verb denied ("did not commit", "declined to promise"): no one binds themself.
_OBLIGED_AFTER = LazyPattern(
    r"\s*(?:(?:[a-z]\w*ly|also|now|still|then|first)\s+)?(?:have|has|need|needs) to\b", re.IGNORECASE
)
# A hedge right after "will" or "would" makes a forecast: "the distillery will probably struggle".
_HEDGED_AFTER = LazyPattern(r"\s+(?:probably|possibly|likely|perhaps|almost certainly|surely)\b", re.IGNORECASE)
# A verb of the mind right after "will" or "would" is a belief, a doubt or an opinion, no act: "I'll believe
# it when I see the trucks", "I would think the price is fair", "you'd imagine they will".
_MINDED_AFTER = LazyPattern(
    r"\s+(?:[a-z]\w*ly\s+)?(?:believe|think|assume|doubt|wonder|suspect|imagine|guess|bet|feel|be surprised)\b",
    re.IGNORECASE,
)
_FUTURE_CUES = frozenset(["will", "would", "'ll", "’ll", "'d", "’d"])
# An event's timetable is no one's pledge: "The next board meeting will begin at 6 p.m.", "The match against
# Kinross will start at 2.10pm", "The hearing will resume on Monday".
_TIMETABLE = LazyPattern(
    r"\b(?:meeting|match|game|fixture|hearing|session|trial|inquest|service|ceremony|funeral|vote|debate|concert|"
    r"race|tournament|event|parade|sitting)(?: [\w'’.-]+){0,4} $"
)
_TIMETABLE_AFTER = LazyPattern(r"\s+(?:begin|start|kick off|resume|take place|be held|get under ?way|finish|end)\b")
_DENIED = LazyPattern(
    r"\b(?:(?:did|does|do|has|have|had|would|will|could)(?: not|n['’]t)|never|declined to|refused to|"
    r"stopped short of)\s+(?:[a-z]\w*ly\s+)?(?:commit|pledge|promise|guarantee|vow)",
    re.IGNORECASE,
)
# A refusal to comment is no pledge: "I'm not going to talk about a player who isn't ours yet";
# nor is a figure of speech: "I am not going to pretend this is acceptable", "I'm not going to lie", "I am not going
# to stand here and pretend", "I won't lie".
_REFUSAL = LazyPattern(
    r"\bnot (?:going |about |willing |prepared |planning )?to (?:(?:stand|sit) (?:here|there) and )?"
    r"(?:talk|comment|speculate|discuss|get drawn|go into|get into|pretend|lie|make excuses|tell you|"
    r"make (?:any )?(?:promises|pledges|commitments|guarantees))\b"
    r"|\b(?:won['’]t|will not) lie\b"
    # ... "that was not something we can promise", "every time, they promise jobs" (a habit, told in complaint)
    r"|\bnot (?:something|a thing|anything) (?:that )?(?:we|I|they|he|she|it) can (?:promise|guarantee|commit to)\b"
    r"|\b(?:every|each) time,? (?:they|he|she|it|we|you) (?:promise|pledge|vow)s?\b"
    # ... nor "will not comment on pending litigation", "won't be drawn on", "would (did) not say whether"
    r"|\b(?:(?:will|would|shall|did|does) not|won['’]t|wouldn['’]t|didn['’]t|doesn['’]t) (?:be )?"
    r"(?:comment(?:ing)?|speculat(?:e|ing)|"
    r"discuss(?:ing)?|elaborat(?:e|ing)|drawn|say (?:whether|if|how|why|when|what|who)|go into)\b",
    re.IGNORECASE,
)
# Every cue below starts with one of these: a cheap substring test rules most sentences out.
_CUE_STARTS = (
    "accept",
    "itself",
    "themselves",
    "himself",
    "herself",
    "ourselves",
    "myself",
    "will",
    "'ll",
    "’ll",
    "won't",
    "won’t",
    "would",
    "shall",
    "pledg",
    "promis",
    "vow",
    "commit",
    "plan",
    "undert",
    "swor",
    "swear",
    "prepar",
    "guarant",
    "assuranc",
    "set aside",
    "set a",
    "sets a",
    "setting a",
    "gave",
    "giv",
    "intend",
    "aim",
    "hop",
    "going to",
    "agree",
    "offer",
    "set to",
    "is due to",
    "are due to",
    "decide",
    "resolv",
    "sign",
    "struck",
    "strike",
    "seal",
    "clinch",
    "is to",
    "are to",
    "is also to",
    "are also to",
    "is now to",
    "are now to",
    "was to",
    "were to",
    "invest",
    "putting up",
    "contributing",
    "chipping in",
    "donating",
    "announc",
    "unveil",
    "launch",
    "propos",
    "allocat",
    "earmark",
    "spending",
    "investing",
    "pumping",
    "injecting",
    "plough",
    "plow",
    "cutting",
    "axing",
    "shedding",
    "scrapping",
    "creating",
    "hiring",
    "recruiting",
    "closing",
    "introducing",
    "rolling out",
    "vot",
)
_SCHEDULED = LazyPattern(r"^(?:set|(?:is|are) due) to$", re.IGNORECASE)
_WILL = LazyPattern(rf"\b(?:will|['’]ll)\b(?! {_PREDICTION})", re.IGNORECASE)  # (either apostrophe: "we’ll")
# A speaker's own refusal binds as a pledge does ("I won't sign this"); "he won't answer his
# phone" describes someone else's habit.
_WONT = LazyPattern(rf"\b(?:I|[Ww]e) (won['’]t)\b(?! {_PREDICTION})")
# An act under way from then on: "we will be seeking a judicial review", "I'll be holding the
# minister to every word", or refused: "we will not be reversing our decision"; not a state or
# an outlook ("fans will be hoping", "we'll be facing").
_NOT_AN_ACT = (
    r"(?!(?:hoping|wondering|feeling|thinking|expecting|going|"
    r"facing|missing|suffering|struggling|playing|competing|running|racing|looking|waiting|watching|living|"
    r"trying|coming|staying|remaining|having|getting|doing|saying|asking|interesting|happening)\b)"
)
_WILL_BE_DOING = LazyPattern(
    r"\b(?:will|['’]ll) (?:[a-z]\w*ly |also |now |still |not |never )?be " + _NOT_AN_ACT + r"[a-z]+ing\b"
    # ... also refused, whatever the act: "we will not be asking supporters to pay" (not a state of mind)
    r"|\b(?:will|['’]ll) (?:not|never) be (?!(?:hoping|wondering|feeling|thinking|expecting|facing|missing|suffering"
    r"|struggling|waiting|watching|living|happening|interesting|going)\b)[a-z]+ing\b"
    # ... and a speaker's own going somewhere or for something: "I'll be going round every house", "going for gold"
    r"|(?:(?<=\bI )will|(?<=\bI)['’]ll) be going (?!through|into|in\b|to be\b|to have\b)",
    re.IGNORECASE,
)
# A speaker's own promise to be somewhere: "I will be on that stage on 3 March", "I'll be back at
# the table" (not "at the mercy of", "on the brink"). ("We" too would count, but whose "we" a
# campaign's or a union's official speaks for is not settled, see ``Resolver.pronoun``.)
_WILL_BE_THERE = LazyPattern(
    r"\bI ?((?<= )will|(?<=I)['’]ll) (?:[a-z]\w*ly |also |still )?be (?:back|(?:down |up |over |out )?there"
    r"|(?:at|on|outside) (?!the (?:mercy|brink|verge|edge|receiving end)\b)(?:the|that|our|every|a)\b)"
)
# A plan in the passive: "the money will be used to", "the plant will be closed by May".
_PURPOSE = LazyPattern(r" to [a-z]+")
# The agent of a passive plan, named: "is to be turned into a library by Kelby Council".
_AGENT = LazyPattern(
    r"(?: [\w-]+){0,10}? by (?:(?:[A-Z][\w'’-]*['’]s|its|their|the) (?:[a-z][\w-]* ){0,2}[a-z][\w-]*, "
    r"|(?:the |an? )?" + committer.AGENT_KIND + r")[A-Z]"
)  # "by building firm X"; a role apposed to the agent's name: "by Acme's card processor, Verity Pay,"
# ... or by a body's own committee or panel, named in lower case: "will be reviewed by Kelby Council's
# health scrutiny committee" (the committee, not the council, reviews; a body's board is the body).
_PANEL_AGENT = LazyPattern(
    r"(?: [\w-]+){0,6}? by (?:the )?[A-Z][\w&.-]*(?: (?:[A-Z][\w&.-]*|of|and|for))*['’]s "
    r"((?:[a-z][\w-]* ){0,5}?(?:committee|subcommittee|panel))\b"
)
# ... or by a body's people or its board, which act for it: "will be reviewed by NHS England's regional
# team", "assessed by Hoshida's board", "examined by the council's officers".
_STAFF_AGENT = LazyPattern(
    r"(?: [\w-]+){0,6}? by (?:the )?([A-Z][\w&.-]*(?: (?:[A-Z][\w&.-]*|of|and|for))*)['’]s "
    r"(?:[a-z][\w-]* ){0,2}?(?:team|teams|officials|officers|staff|inspectors|investigators|auditors|lawyers"
    r"|engineers|experts|board|executive|management)\b"
)
# ... or by the noun for a body the story names: "will be reviewed by the ministry before January".
_NOUN_AGENT = LazyPattern(r"(?: [\w-]+){0,6}? by the (" + committer.BODY_NOUNS + r")\b(?!['’])")
# ... or by the bosses of a body's noun: "is to be reviewed by council chiefs".
_BOSSES_AGENT = LazyPattern(r"(?: [\w-]+){0,6}? by (?:the )?(" + committer.BODY_NOUNS + r") (?:chiefs|bosses)\b")
# ... which acts by another it names: "by the government through the Department for Business and Trade".
_THROUGH = LazyPattern(r" through (?:the )?")
# What a court does to a defendant, scheduled: "is to be sentenced next month" (no one's plan).
_COURT_ACT = r"(?!(?:sentenced|tried|arraigned|extradited|remanded|retried|indicted)\b)"
_WILL_BE_DONE = LazyPattern(
    r"\b(?:will|(?:is|are) to) (?:now |also |then )?be "
    + _COURT_ACT
    + r"(?:\w+ed|built|rebuilt|made|spent|sold|paid|cut|shut|held|"
    r"set up|run|sent|kept|given|taken|used|bought|brought|put|laid|drawn up)\b(?! (?:as|that|if)\b)",
    re.IGNORECASE,
)
# A belief about the future is a forecast, not a pledge: "Greene believes Gatlin will ...".
# A belief denied is no plan of the believer's: "I do not think half the waste will be cleared by March".
_NEGATED_BELIEF = LazyPattern(r"\b(?:not|n['’]t|never)\s+$")
_BELIEF = LazyPattern(
    r"\b(?:think|thinks|thinking|thought|believe|believes|believed|believing|expect|expects|predict|predicts|predicted|"
    r"fear|fears|suppose|supposes|guess|reckon|reckons|imagine|imagines|"  # ("I suppose I'll be at the back")
    r"estimates?|estimated|forecasts?|anticipates?|anticipated|projects|projected|"
    r"feared|doubt|doubts|(?-i:hop(?:e|es|ed|ing))(?! to\b)|confident|(?<!make )(?<!makes )(?<!making )sure|certain|"
    r"convinced|optimistic|hopeful|knowing|aware|fearing|afraid|"  # (not "we are going to make sure no child ...":
    # an act of ensuring; "going into work knowing they will be caring for patients in corridors" is a fear)
    r"likely|unlikely|suggests? that|suggested that|claims?|claimed|impression)\b"
    r"[^.;:]*(?:\b(?:will|would|going to)\b|['’]ll\b)"  # (also contracted: "I think we’ll")
    # what the paper hears, not what anyone announced: "It is understood that Kelby City will name"
    r"|\bit is (?:understood|believed|thought|rumoured|rumored)\b"
    # ... nor is a rumour's content: "There have been rumours among vendors that the site will be sold", "Reports
    # circulating on social media that the ministry plans to"
    r"|\b(?:rumou?rs?|speculation|unconfirmed reports?|reports? circulating)\b[^.;:]{0,80}\bthat\b",
    re.IGNORECASE,
)
# "would" in reported speech commits when it reports an act, not a state, an opinion or a
# prediction ("sales would be better", "consumers would understand", "the combined company
# would control 40% of sales", "Marden Fields would never be built on"), a thought ("would
# consider buying it", "would believe it when she saw it"; but "would consider the proposal"
# undertakes a review) or a comment ("would not comment"); "would make a statement" announces one (``_ACT_MADE``).
# What "would have" a thing be is a result to bring about ("would have the pool open again by Christmas", "would
# have all 40 buses running by May"), not a past or a condition ("would have been", "would have to", "would have
# closed").
_BROUGHT_ABOUT = (
    r" (?:the|its|their|our|a|an|all|every|both|\d+) (?:[\w'’-]+ ){0,4}?(?:open|ready|running|reopened|repaired"
    r"|fixed|finished|completed|installed|in place|up and running)\b"
)
# What someone makes as an act of their own, not a state they bring about ("would make services worse"): "would
# make a statement", "would make a formal complaint", "would make a donation".
_ACT_MADE = r"(?:statement|announcement|complaint|payment|donation|offer|apology|bid|application|claim|appeal)\b"
_WOULD = LazyPattern(
    r"\bwould\b(?= (?:not|never) (?:accept|allow|tolerate)\b)|"  # a refusal: "would not accept any more"
    # an act under way from then on: "would not be offering him his job back", "would be seeking"
    r"\bwould\b(?= (?:[a-z]\w*ly |not |never |also |now )?be " + _NOT_AN_ACT + r"[a-z]+ing\b)|"
    r"\bwould\b(?! [\"“]?(?:[a-z]\w*ly |never |not |also |still )?(?:be|say|think|argue|like|love|understand|know|"
    r"feel|want|prefer|see|expect|accept|mean|need|cost|lead|help|make(?! an? (?:[a-z]+ )?" + _ACT_MADE + r")|allow|"
    r"suffer|lose|welcome|remain|become|rise|fall|soar|slump|climb|plunge|"
    r"control|own|dominate|account|represent|contain|exceed|get|receive|gain|benefit|believe|comment|"
    r"consider \w+ing|have(?!" + _BROUGHT_ABOUT + r"))\b)",
    re.IGNORECASE,
)
_WEAK = LazyPattern(
    r"\b(?:will be|would be|announc(?:es|ed)|unveil(?:s|ed)|launch(?:es|ed)|propos(?:es|ed)|allocated|earmarked)\b",
    re.IGNORECASE,
)
# Proposing binds the proposer (a named subject right before: "Acme also proposed a freeze").
_PROPOSAL = LazyPattern(r"\b(?:(?:also|now|formally|has|have|had) )*propos(?:es|ed)\b", re.IGNORECASE)
# Money being spent or jobs cut, made or closed, as an announced plan: "Acme is spending $5m",
# "the papers are axing 90 jobs" (with an amount, see ``score``).
_UNDER_WAY = LazyPattern(
    r"\b(?:is|are|will be) (?:[a-z]\w*ly )?(?:spending|investing|pumping|injecting|ploughing|plowing|"
    r"cutting|axing|shedding|scrapping|creating|hiring|recruiting|closing|launching|introducing|rolling out)\b",
    re.IGNORECASE,
)
# An announcement of what a thing (not its announcer) will do: "the minister announced the
# birth centre would stay open", "Acme confirmed that the plant will close in May".
_ANNOUNCED = LazyPattern(
    r"\b(announced|announces|confirmed|confirms|promised|promises|pledged|pledges|vowed|vows|guaranteed)"
    r"(?: on \w+day| today| yesterday)?"  # ("confirmed on Monday that birthing services would move")
    r"(?: that (?:(?:the|a|an|its|their|his|her|this|all) )?| (?:the|a|an|its|their|his|her|this|all) )"
    r"(?:[\w'’-]+ ){0,6}?(will|would)\b(?! (?:[a-z]\w*ly )?(?:be|have)\b)",
)
# What a body is to be given, said by whoever gives it: "the health secretary said the NHS
# would get an extra £2bn" (the one who gets it commits to nothing).
_GIVEN = LazyPattern(
    r"\b(said|says|announced|announces|confirmed|confirms|promised|promises|pledged|pledges)(?: that)? "
    r"(?:the |a |an |its |their |his |her |all |every )?(?:[\w'’-]+ ){0,5}?(will|would) (?:[a-z]\w*ly |also |now )?"
    r"(?:get|receive|be given|be offered|be handed|be awarded)\b",
)
# A plan in the passive reported by the one who will carry it out: "Acme said surgeries would be
# reviewed case by case" (not a state: "would be affected", "would be delighted").
# A thing someone reports "would be done": "said surgeries would be reviewed".
_STATE_DONE = (
    r"(?!(?:affected|hit|forced|needed|required|expected|allowed|delighted|pleased|based|involved|concerned|"
    r"surprised|disappointed|worried|prepared|used to|able|unable|interested|exposed|harmed|left|lost|disrupted|"
    r"delayed|impacted|stranded|caught|seen|known|told)\b)"
)
_WOULD_BE_DONE = (
    r"(?: that)? (?:the |a |an |its |their |all |every |some |any )?"
    r"(?:[\w'’-]+ ){0,9}?(would) (?:also |now |then |not |never )?be "
    + _STATE_DONE
    + r"[a-z]+(?:ed|en|wn|ilt|ade|ent|ept|old|ut|eld|un)\b"
)
_SAID_DONE = LazyPattern(r"\b(said|says|announced|confirmed)" + _WOULD_BE_DONE)
# ... or promises would be done: "Jo Lee promised that every owner would be offered a car" (by the body she speaks for).
_PROMISED_DONE = LazyPattern(r"(?:promised|pledged|vowed|guaranteed)" + _WOULD_BE_DONE)
_PAST_PASSIVE = LazyPattern(r"\b(?:was|were|been|being) (?:announced|unveiled|launched|proposed)\b", re.IGNORECASE)
_CALL_ON_OTHERS = LazyPattern(
    r"\b(?:must|should|ought to|urged?|urging|called (?:on|for)|calls (?:on|for)|needs? to)\b", re.IGNORECASE
)
# A question the pledge is about, not a call: "is to assess whether the stand should be listed".
_WHETHER = LazyPattern(r"\bwhether\b[^,;.]*$", re.IGNORECASE)
# A clause boundary between a pledge and a later call on others, which leaves the pledge
# standing: "said his office would join the case and urged other states to do the same".
_AFTER_PLEDGE = LazyPattern(r"\b(?:and|because|but|so|since)\b|[,;](?!\d)")  # (not the comma of "£15,000")
# A condition makes a threat or an offer, not a pledge: "if we don't get X, we will vote against".
_HYPOTHETICAL = LazyPattern(
    r"\b(?:if|unless|while|whilst|although|though|whether)\b(?! (?:re-?)?elected\b)[^.;:]*?\bwould\b"
    r"|(?<!than )(?<!than they )(?<!than we )(?<!than it )(?<!than you )\bwould have\b(?!" + _BROUGHT_ABOUT + ")"
    r"|\b(?:if|unless|whether)\b(?! (?:re-?)?elected\b)[^.;:]*?\b(?:will|['’]ll|won['’]t)\b",
    re.IGNORECASE,
)
# ... but one that opens a clause of its own after the pledge conditions that clause only: "We will sue, and if
# the court refuses we will go to the ombudsman".
_NEXT_CLAUSE_IF = LazyPattern(r"\b(?:and|but)\s+if$", re.IGNORECASE)
# What a share of those polled say they would do or plan is a poll's finding, no one's pledge:
# "About 40 per cent of respondents plan to stay at home", "Most said they would use the hall,
# according to the survey" (a share of people as the subject, in a sentence about a poll).
_POLLED_SHARE = LazyPattern(
    r"^(?:(?:about|around|almost|nearly|roughly|more than|over|fewer than|less than|just|only|some) )?"
    r"(?:\d[\d.]*(?: per ?cent|%| percent)|most|many|half|a (?:third|quarter|fifth|majority)|the majority|"
    r"two[- ]thirds|three[- ]quarters|(?:one|two|three|four|five|six|seven|eight|nine|\d) in (?:ten|10|\w+))\b"
    r"(?=.*\b(?:respondents|those (?:surveyed|polled|asked|questioned)|"
    r"(?:the|a|this|its) (?:\w+ )?(?:survey|poll) (?:found|finds|showed|shows|suggests|suggested)|"
    r"according to (?:the|a|this|its) (?:\w+ )?(?:survey|poll))\b)",
    re.IGNORECASE,
)
# A pledge that came to nothing: "promised last year to connect the village but failed to do so".
_UNKEPT = LazyPattern(
    r"\bbut (?:(?:it|they|he|she|the [a-z]+) )?(?:then |later |has |have |had )?(?:failed|never|did not|didn['’]t|"
    r"has not|hasn['’]t)\b"  # (also with its subject: "but it never did")
    # ... or was dropped: "but shelved those plans in 2023", "but later scrapped the scheme"
    r"|\bbut (?:then |later |has since |had since |since )?(?:shelved|scrapped|abandoned|dropped|ditched|reversed"
    r"|withdrew|cancelled|canceled|broke|backtracked|u-turned)\b"
    # ... or is said to be broken: ", a commitment the union says has now been broken"
    r"|, an? (?:commitment|promise|pledge)\b[^.;]{0,40}\b(?:has|had|was|have) (?:now |since |already )?been broken\b"
    # ... or was kept since, told as done in the same sentence: "agreed last year to finish the
    # school, and handed over the keys on Friday"
    r"|\band (?:then |later |duly |finally |has |have )?(?:handed over|completed|delivered|finished|kept (?:its|his|"
    r"her|their) (?:word|promise))\b"
    # ... "and it was fitted in October", "and Town duly reached the semi-finals", "and the clinic did open",
    # "and nothing happened", "a sum it has since paid in full", "a promise it kept in April"
    r"|\band (?:it|he|she|they|the [a-z]+|[A-Z][a-z]+) (?:was |were )?(?:duly |later |then |did |finally |soon )?"
    r"(?:fitted|built|opened|open|installed|delivered|completed|reached|met|paid|hired|launched)\b"
    r"|\band nothing (?:has |had )?(?:happened|came of it)\b"
    # ... "and it never arrived", "and that never happened"; "goalposts promised ... were later withdrawn"
    r"|\band (?:it|that|they|this|none) (?:has |have |had )?never (?:came|come|arrived|happened|materiali[sz]ed)\b"
    r"|\b(?:was|were|has been|had been) (?:later|since|then|subsequently) "
    r"(?:cut|halved|reduced|withdrawn|slashed|axed)\b"
    # ... "made promises before and not delivered", "a new timetable that never materialised"
    r"|\band (?:have |has |had )?(?:not|never) (?:delivered|kept|followed through|honou?red)\b"
    # ... "but construction has yet to begin"
    r"|\bbut (?:[\w-]+ ){0,3}(?:has|have|had|is|are|was|were) (?:still )?yet to\b"
    # ... "but talks collapsed", "but the deal fell through"
    r"|\bbut (?:the |its |their )?(?:[a-z]+ )?(?:talks|plans?|deal|scheme|project|bid|review|process|work|it|they) "
    r"(?:later |then |soon )?(?:collapsed|fell through|stalled|foundered|came to nothing)\b"
    r"|\b(?:that|which) (?:has |have |had )?never (?:materiali[sz]ed|happened|arrived|appeared|came)\b"
    # ... "- a pledge that quietly fizzled out", "a plant in Kelby that was later scrapped", "but only two of the 14
    # sites were ever developed"
    r"|[-–—,] an? (?:pledge|promise|commitment|plan) (?:that|which) (?:[a-z]+ly )?(?:fizzled|petered|came to nothing"
    r"|was (?:[a-z]+ly )?(?:dropped|abandoned|shelved|scrapped|broken)|never)\b"
    r"|\b(?:that|which) (?:was|were) (?:later |since |then |eventually )?"
    r"(?:scrapped|shelved|abandoned|dropped|cancell?ed)\b"
    r"|\bbut only\b[^.;]{0,80}\b(?:was|were|have|has|had) (?:ever|actually|since) \w+ed\b"
    r"|, an? (?:sum|target|promise|pledge|commitment|goal) (?:it|he|she|they|the [a-z]+) (?:has |had )?"
    r"(?:since |later |then |duly |did not |didn['’]t |never |failed to )?"
    r"(?:paid|met|kept|keep|delivered|deliver|honou?red|fulfilled|reached|hit|missed|broke)\b"
)
# A pledge dated by a year alone was made in an earlier one: news dates this year's acts by the day or the month
# ("In 2021 the university promised to grow ...", "The government promised in 2022 to ...", "When it won the
# licence in 2018, Kinwah promised ...", "promised a new ground back in 2019"): a record, no pledge standing.
# The year opens the sentence or follows the verb, so it dates the pledge: not a year in a description ("Rudd, who
# bought the club in 2023, promised", "Acme, founded in 1998, promised"), nor one the pledge is "has" made ("has
# pledged since 2020"), nor its deadline ("pledged to finish by 2030", "to open it in 2027").
_PAST_PLEDGE_VERB = LazyPattern(r"(?:promised|pledged|vowed|agreed|committed|undertook|voted|announced)", re.IGNORECASE)
_BARE_YEAR = r"(?:19|20)\d\d\b(?![-–/]\d)"
# ... or by the years since ("Two years ago the council promised", "promised three years ago to").
_YEARS_AGO = (
    r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ss]everal|[Mm]any|\d{1,2})"
    r" years ago\b"
)
_YEAR_BEFORE = LazyPattern(
    # ... or told as when the news came, "after" the pledge: "The cuts come two years after the university promised",
    # "just months after Acme promised"
    rf"(?:.*\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|just|only|mere|\d+) "
    rf"(?:years?|months?|weeks?|days?) after (?:the |a |an )?(?:[\w'’-]+ ){{0,3}}[\w'’-]+ $)"
    rf"|^[\"“‘']?(?:(?:In|Back in) {_BARE_YEAR}|(?:When|After|Before)\b[^,;.]{{0,80}}\bin {_BARE_YEAR}|{_YEARS_AGO}"
    # ... or an occasion of that year, "After a 2021 audit, Jo Lee promised", "When the 2019 floods hit"
    rf"|(?:When|After)\b[^,;.]{{0,60}}\b(?:a|an|the|its|his|her|their) {_BARE_YEAR}"
    # ... or last year's, or the year of an occasion: "Last year, the council promised", "In his 2021 election
    # campaign, Jo Lee promised"
    rf"|(?:(?:Late|Early|Earlier) )?[Ll]ast (?:year|season|spring|summer|autumn|fall|winter)\b"
    rf"|(?:In|During) (?:his|her|their|its|the) (?:[\w-]+ ){{0,3}}?{_BARE_YEAR})"
    # ... or the year of a pledge the sentence tells first: "made the same pledge in 2017, when it vowed"
    rf"|.*\bin {_BARE_YEAR},? when (?:[\w'’-]+ ){{1,3}}$"
    # ... or the year right before the verb, after who: "Jo Lee, who in 2019 vowed", "The club in 2020 pledged"
    rf"|.*(?:\b(?:who|which|that)|\b[A-Z][\w'’-]*|\bthe [a-z]+) in {_BARE_YEAR} $"
)
_YEAR_AFTER = LazyPattern(
    rf"\s+(?:(?:us|them|him|her|me|you)\s+)?(?:in\s+{_BARE_YEAR}|{_YEARS_AGO}|last (?:year|spring|summer|autumn|fall"
    rf"|winter)\b)"  # (also after whom it was promised to: "promised us in 2021 that", "promised them last summer")
    # ... or after who promised it: "goalposts promised by the Kelby Trust in 2021"
    rf"|\s+by\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{1,4}}in\s+{_BARE_YEAR}"
    rf"|(?:\s+(?!(?:to|by|until|from|for|in)\b)[\w'’-]+){{1,5}}?(?:\s+back|,(?: \w+)?)\s+in\s+{_BARE_YEAR}"
    # ... or dating the occasion it was made at: "promised after a blackout in 2021 that", "pledged in the 2021
    # roads plan that", "vowed at the 2019 launch to"
    rf"|\s+(?:after|during|following|at)\s+(?:(?!to\b)[\w'’-]+\s+){{1,7}}?in\s+{_BARE_YEAR}"
    rf"|\s+(?:in|at|during)\s+(?:the|its|his|her|their|a|an)\s+{_BARE_YEAR}\s+[a-z]"
)  # (right after the verb, or set off: not the pledged act's own year, "promised a stand in 2028")
_PERFECT_BEFORE = LazyPattern(r"\b(?:has|have)\s+(?:[a-z]\w*ly\s+)?$")
# A word that tells the pledge was made before ("first promised", "originally pledged"): then its year may follow the
# pledged thing ("The authority first promised a 24-hour department in 2019").
_FIRST_BEFORE = LazyPattern(r"\b(?:first|once|originally|previously|initially)\s+$")
_PLEDGE_NOUN = LazyPattern(r"(?:pledge|promise|commitment|vow)", re.IGNORECASE)
# ... unless one is to keep or break it now: "I won't be the mayor who breaks that promise".
_DEMONSTRATIVE_BEFORE = LazyPattern(
    r"(?<!\bkeep )(?<!\bbreak )(?<!\bbreaks )(?<!\bhonour )(?<!\bhonor )\b(?:that|this)\s+$", re.IGNORECASE
)
_MADE_BEFORE = LazyPattern(r"\bmade (?:a|an|the|its|his|her|their) (?:[a-z]+ )?$")
_ONCE_BEFORE = LazyPattern(r"\bonce\s+$")
_OBJECT_YEAR = LazyPattern(rf"(?:\s+(?!(?:to|by|until|from|for|in)\b)[\w'’-]+){{1,7}}?\s+in\s+{_BARE_YEAR}")


def _dated_past(text: str, cue: Cue) -> bool:
    """Whether the pledge whose cue is at ``cue`` is dated by a past year alone (``_YEAR_BEFORE``, ``_YEAR_AFTER``)."""
    if _PLEDGE_NOUN.fullmatch(text, cue.start, cue.end) and _MADE_BEFORE.search(
        text, max(0, cue.start - 30), cue.start
    ):
        return bool(_YEAR_AFTER.match(text, cue.end))  # "made the same pledge in 2017"
    if not _PAST_PLEDGE_VERB.fullmatch(text, cue.start, cue.end) or _PERFECT_BEFORE.search(text, 0, cue.start):
        return False
    first = _FIRST_BEFORE.search(text, max(0, cue.start - 16), cue.start) and _OBJECT_YEAR.match(text, cue.end)
    once = _ONCE_BEFORE.search(text, max(0, cue.start - 6), cue.start)  # "Jo Lee once promised to": long ago
    return bool(first or once or _YEAR_AFTER.match(text, cue.end) or _YEAR_BEFORE.match(text, 0, cue.start))


# A pledge verb in the past inside a quote: someone recalling what was promised ("They promised to fix those lines
# years back," he said; "We promised them a library, and now it is built"), not the pledge the story reports; one
# made "today" or of late stays ("They have promised", "She promised us this week").
_RECALLED_VERB = LazyPattern(r"(?:promised|pledged|vowed)", re.IGNORECASE)
_RECENT_AFTER = LazyPattern(
    r"(?:\s+(?:us|them|me|you|him|her))?\s+(?:today|tonight|this (?:morning|afternoon|week)|on \w+day)\b"
)


def _recalled_in_quote(text: str, cue: Cue) -> bool:
    """Whether the pledge verb at ``cue`` is a past one inside a quote: a recollection (``_RECALLED_VERB``)."""
    if not _RECALLED_VERB.fullmatch(text, cue.start, cue.end) or _PERFECT_BEFORE.search(text, 0, cue.start):
        return False
    return quote_marks.open_after(text[: cue.start], None) is not None and not _RECENT_AFTER.match(text, cue.end)


# What a recalled pledge said would happen: "We were promised in 2023 that the roof would be fixed", "had
# promised in 2019 that the line would reopen".
_PLEDGED_THAT = LazyPattern(r"[^.;:!?\"“”]{0,60}?\bthat\s+[^.;:!?\"“”]{0,80}$")
# ... or without "that", its subject right after the verb: "Back in 2016, Jo Lee vowed the club would never move".
_PLEDGED_BARE = LazyPattern(r"\s+(?:the |its |his |her |their )?[\w'’-]+(?: [\w'’-]+)?\s+$")
# ... or after whom it was made to, when the pledge is dated: "In 2018, Acme promised county inspectors it would".
_PLEDGED_TO_BARE = LazyPattern(r"\s+(?:[a-z]+\s+){1,2}(?:the |its |his |her |their )?[\w'’-]+\s+$")


# What someone said in a past year would happen: "Acme had said in 2018 that it would", "told MPs in 2019 that".
_SAID_IN_YEAR = LazyPattern(
    rf"\b(?:said|stated|insisted|told(?: [\w'’-]+){{1,3}}?) (?:in {_BARE_YEAR}|last year|{_YEARS_AGO}),? (?:that )?"
    rf"[^.;:!?\"“”]{{0,80}}$"
    # ... "In 2018 it said it would decide on the site", "Back in 2020, the firm told staff it would"
    rf"|^[\"“‘']?(?:In|Back in) {_BARE_YEAR},? [^.;:!?\"“”]{{0,50}}?"
    rf"\b(?:said|stated|insisted|told(?: [\w'’-]+){{1,3}}?),? (?:that )?[^.;:!?\"“”]{{0,80}}$"
)


def _within_past_pledge(text: str, cue: Cue) -> bool:
    """Whether the cue is in the that-clause of a pledge verb dated in the past, pluperfect or received, or of a
    past year's words (``_SAID_IN_YEAR``)."""
    if _SAID_IN_YEAR.search(text, max(0, cue.start - 160), cue.start):
        return True
    verbs = list(_PAST_PLEDGE_VERB.finditer(text, max(0, cue.start - 140), cue.start))
    if not verbs:
        return False
    verb = verbs[-1]
    if not (
        _PLEDGED_THAT.fullmatch(text, verb.end(), cue.start) or _PLEDGED_BARE.fullmatch(text, verb.end(), cue.start)
    ):
        dated_to = _PLEDGED_TO_BARE.fullmatch(text, verb.end(), cue.start)
        return bool(dated_to) and _dated_past(text, Cue(verb.start(), verb.end(), STRONG))
    before = text[max(0, verb.start() - 40) : verb.end()]
    return (
        _dated_past(text, Cue(verb.start(), verb.end(), STRONG))
        or bool(_PLUPERFECT.search(text, max(0, verb.start() - 20), verb.start()))
        or bool(_PROMISED_TO.search(before))
    )


# A past act told in a relative clause describes its subject: "the Office of Administration,
# which signed the contract, ...".
_RELATIVE_OPENS = LazyPattern(
    r"\b(?:(?:which|who)\s+(?:[a-z]\w*ly\s+)?|whose\s+[a-z][\w-]*\s+(?:[A-Z][\w'’-]*\s+){1,3})$"
)  # (also "The Lions, whose coach Jo Hale signed a new contract, ...")


# A relative clause about a thing just named, the money of a pledge: "committed €1.5bn ..., part of which will be
# used to rebuild ports" is what becomes of it, not a plan of its own to outrank the pledge.
_OF_WHICH = LazyPattern(
    r",\s+(?:(?:part|some|most|much|all|half|none|each|any|the rest|the bulk|the remainder)\s+of\s+)?which\s+$"
)


def _past_act(cue: str) -> bool:
    """Whether a cue tells a past act ("agreed", "signed a contract", "struck a deal"), not a plan."""
    first = cue.split()[0].lower()
    return cue.lower().endswith("ed") or first.endswith("ed") or first in ("struck", "gave", "given")


# A plan that was, not one that is: "had planned to open the hall in 2024".
_PLUPERFECT = LazyPattern(r"\bhad (?:[a-z]\w*ly |once |long |also )?(?:been )?$")
_PAST_PLANS = ("planned", "intended", "hoped", "aimed", "promised", "pledged", "vowed")
# ... but reported speech puts a standing pledge in the pluperfect: "Jo Lee said the union had promised to ballot
# members" tells that it has (a plan so reported is as often one given up: "she said it had planned to …, but").
_PLEDGED = ("promised", "pledged", "vowed")
# ... unless it says when the promise was made, a promise recalled: "said the council had promised residents in 2024
# never to cut rounds", "had promised families when it bought the home", "had promised a bridge in two previous
# elections".
_RECALLED_AT = LazyPattern(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:in (?:19|20)\d\d|in the (?:summer|spring|autumn|fall|winter)\b"
    r"|last (?:year|month|week|summer|spring|autumn|fall|winter)\b|(?:\w+ )?years? ago\b|when\b|back in\b"
    r"|in (?:\w+ )?(?:previous|past|earlier|former)\b)"  # ("in two previous elections")
)
_BACKSHIFTED = LazyPattern(
    r"\b(?:said|told [\w-]+|added|confirmed|insisted|stressed)\s+(?:that\s+)?(?:the |its |his |her |their )?"
    r"[\w'’-]+(?: [\w'’-]+){0,3}\s+had (?:[a-z]\w*ly |also )?$"
)


def _plan_that_was(text: str, cue: re.Match) -> bool:
    """Whether a plan in the pluperfect is one that was, not one that is ("had planned to open the hall in 2024"):
    a pledge reported in the pluperfect stands (``_BACKSHIFTED``), unless it says when it was made
    (``_RECALLED_AT``)."""
    word = cue.group().lower()
    if not (word.startswith(_PAST_PLANS) and _PLUPERFECT.search(text, cue.start() - 20, cue.start())):
        return False
    reported = word.startswith(_PLEDGED) and _BACKSHIFTED.search(text, max(0, cue.start() - 80), cue.start())
    return not (reported and not _RECALLED_AT.match(text, cue.end()))


# A condition after a reported pledge, in its clause: "it would take action unless she could
# prove she was injured" (after ", and" a new pledge may stand unconditioned).
_CONDITION = LazyPattern(r"\b(?:if|unless|only (?:once|when|after))\b", re.IGNORECASE)  # ("would sign only once")
_ENUMERATION = LazyPattern(
    r"^(?:as well as|in addition|also|first|second|third|the first|the second)\b|\bthe (?:first|second|next) thing\b",
    re.IGNORECASE,
)
# Also a person's description ("said the singer would") and those who act for a body or a client.
_ANIMATE_WORDS = frozenset(
    re.split(
        r"\s+",
        "I We we He he She she They they It it ministers officials government company firm party council authority "
        "authorities group union bank board administration agency committee leaders police department state office "
        "district trust church club team school hospital charity regulator league ministry service city county town "
        "township village borough "
        "airline carrier operator retailer railway business firms companies organisation organization campaign "
        "association federation commission foundation alliance coalition cooperative co-operative insurer lender "
        "utility chain supermarket broadcaster publisher developer manufacturer carmaker university client force forum "
        "society watchdog airport network clients investigators inspectors trustees regents governors supervisors "
        "corporation municipality shire "
        "consortium partnership side owners owner buyer organisers organizers fund metro varsity diocese "
        "lodge local chamber chapter senate co-op coop branch jail prison",  # (a union's lodge, a faculty senate)
    )
)
_ANIMATE_BEFORE = lexicon.PERSON_DESCRIPTORS | _ANIMATE_WORDS | lexicon.VENUE_BODIES


_BRACKETED_BEFORE_WOULD = LazyPattern(r"\s\([A-Z][\w&.-]{1,11}\),?\s")


def _animate_before(text: str, position: int) -> bool:
    """Whether a word that can commit ends right before ``position``, then a space ("she would",
    "the council would"); plain string work, as this runs for every "would"."""
    head = text[max(0, position - 30) : position]
    word = head.rstrip()
    if len(word) == len(head):
        return False
    start = len(word)
    while start and (word[start - 1].isalnum() or word[start - 1] == "_"):
        start -= 1
    return word[start:] in _ANIMATE_BEFORE


# What an owner decides for its premises, said of them: "the store would stay open", "the branch would close".
_PREMISES = frozenset(
    re.findall(
        r"\w+",
        "store shop branch plant factory site depot mill office library pool station ward unit clinic bakery pub",
    )
)
# ... and of an owner's premises named together: "the shops would close in three waves", "its branches would shut";
# not shops at large ("many small shops would close": a forecast).
_OWN_PREMISES = LazyPattern(
    r"\b(?:the|its|their|our) (?:[\w-]+ )?(?:stores|shops|branches|plants|factories|sites|depots|mills|offices"
    r"|libraries|pools|stations|wards|units|clinics|bakeries|pubs) $"
)
_FATE_AFTER = LazyPattern(r"would (?:not )?(?:(?:stay|remain|be kept) open\b|(?:close|reopen|shut)\b)")


def _premises_fate(text: str, position: int) -> bool:
    """Whether the "would" at ``position`` tells what becomes of premises ("said the store would stay open"):
    its owner's decision, reported, as binding as its own "we will keep it open"."""
    if _FATE_AFTER.match(text, position) is None:
        return False
    before = text[max(0, position - 20) : position].split()
    return (bool(before) and before[-1].lower() in _PREMISES) or _OWN_PREMISES.search(
        text, max(0, position - 40), position
    ) is not None


_TOPIC = LazyPattern(r"\b(?:commitments?|pledges?|promises?)\b", re.IGNORECASE)
# The body or country someone leads, named by their possessive: "His government will host", "Her country would not".
_LED_BODY = r"(?:[Hh]is|[Hh]er|[Mm]y|[Tt]heir) (?:own )?(?:country|" + committer.BODY_NOUNS + r")"
_LED_BODY_BEFORE = LazyPattern(_LED_BODY + r" $")
# ... also a body named by what it is ("the festival committee", "the county council").
_SUBJECT_PRONOUN = LazyPattern(
    r"\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Tt]he (?:two |three |both )?(?:[a-z][\w-]+(?<=s)['’] |[a-z][\w-]+ )?"
    + committer.BODY_NOUNS  # (a plural's possessive before it: "The students' union")
    + r"|[Tt]he "  # a person the story named, described: "The 52-year-old has vowed to"
    + committer.DESCRIBED_PERSON
    + r"|[Tt]he (?:[A-Z][\w'’-]+ )?(?:boss|chairman|chairwoman|owner|founder)"  # "the Ravenbrook boss has vowed"
    + r"|[Ii]ts (?:[\w-]+ )?(?:board|directors|trustees)"  # a body's governors for the body: "Its board agreed to"
    + r"|"
    + _LED_BODY
    + r")(?!\w)"
)
# A government by its metonym as the subject, opening its clause right before the verb: "The Treasury has agreed
# to", "But Cardiff Bay has agreed", "said the Crown would" (not "Lawyers for the Crown will", "The Crown Court").
_METONYM_SUBJECT = LazyPattern(
    r"(?:^|[,;:]\s+|\b(?:[Aa]nd|[Bb]ut|that|said|says)\s+)[\"“‘']?"
    + lexicon.GOVERNMENT_METONYMS
    + r"\s+(?:(?:has|have|also|now|then|already|[a-z]\w*ly)\s+){0,3}$"
)

# A second verb phrase joined by "and" shares the first one's subject: "Kelby Ferries said it was
# sorry and would spend £4m", "The parish council has voted to object and will commission a
# survey". Its subject is then a pronoun after a verb of speech, or, with no such verb before it
# (after one, a clause opens with a subject of its own: "X says the closure is wrong and will
# gut ..."), the one that opens the sentence.
_JOINED = LazyPattern(lexicon.JOINED_BY_AND)
_SAID_PRONOUN = LazyPattern(
    r"\b(?:said|says|added|confirmed|announced|insisted)\s+(?:that\s+)?(?:it|he|she|they|we|the (?:[\w-]+ )?"
    + committer.BODY_NOUNS
    + r")\b"
)
_REPORTS = LazyPattern(r"\b(?:said|says|say|told|tells|added|adds|confirmed|announced|insisted|warned)\b")

_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_SCALE = r"(?:\s?(?:bn|billion|million|m|trillion|tn|thousand|k|lakh crore|crores?|lakhs?))?"
_AMOUNT = LazyPattern(
    # (South Asian papers: "Rs 40 crore", "₹2 lakh"; a dollar's country before its sign: "R$4.8 billion", "N$96
    # million"; a currency's code or abbreviation: "EGP 9.6 billion", "Tk 1,260 crore", "Rwf14.2 billion")
    rf"(?:(?:\b(?:US|A|C|NZ|HK|S|NT|N|R|Mex|J|TT|EC|Z)[$]|[$£€¥₹]|\bRs\.?|\bINR|\b(?:EGP|KES|KSh|NGN|ZAR|GHS|GH¢|Rwf"
    rf"|RWF|UGX|USh|TZS|Tk|BDT|PKR|LKR|NPR|MXN|BRL|AED|SAR|QAR|MYR|RM|PHP|IDR|Rp|THB|VND|TRY|PLN|ZMW))"
    rf"\s?{_NUMBER}{_SCALE}\b"
    rf"|\b{_NUMBER}{_SCALE}\s?(?:euros?|dollars?|pounds?|yen|yuan|roubles?|rubles?|hryvnias?|francs?|rupees?|pence"
    rf"|pesos?|reais|real|rand|naira|shillings?|cedis?|dirhams?|riyals?|lira|zloty|baht|ringgit|taka|kwacha"
    rf"|rupiah|won|dong|liras)\b"
    rf"|\b{_NUMBER}\s?(?:%|per ?cent\b|percent\b)"
    rf"|\b\d{{1,3}}(?:\.\d{{1,2}})?p\b(?![.:]\d)"  # (pence: "by 8p a litre", not a time)
    rf"|\b{_NUMBER}{_SCALE}\s(?:troops|soldiers|jobs|homes|people|workers|staff|tonnes|tons|barrels)\b)",
    re.IGNORECASE,
)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DEADLINE = LazyPattern(
    r"\b(?:next|this|later this|early next|late next) (?:year|month|week|spring|summer|autumn|winter)\b|"
    # a span counted in words after "within" ("within four years", "within a month"; not "in three
    # years", as in "its first loss in three years")
    r"\bwithin (?:the next )?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|a few|several) "
    r"(?:days?|weeks?|months?|years?)\b|"
    r"\b(?:by|until|till|before|no later than|from|within|starting|in)\s+"
    r"(?:the\s+(?:end|start|middle|beginning)\s+of\s+(?:the\s+)?(?:next\s+)?\w+(?:\s\d{4})?"
    rf"|(?:early|mid|late|mid-)?\s?{_MONTH}(?:\s\d{{1,2}}\b)?(?:,?\s\d{{4}})?"  # (not "June 20" of "June 2027")
    r"|(?:early |mid-|late )?(?:19|20)\d\d(?:/\d\d)?"
    r"|next (?:year|month|week|spring|summer|autumn|winter|parliament)"
    r"|the (?:spring|summer|autumn|fall|winter|new year)\b"
    r"|the next \d+ (?:days|weeks|months|years)"
    r"|\d+ (?:days|weeks|months|years))|"
    # a span in words: "within six months", "within a fortnight"
    r"\bwithin (?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|18|a few) (?:days|weeks|months|years)"
    r"|a (?:week|fortnight|month|year))\b",
)
_SAID = r"(?:said|says|noted|added|told \w+|stressed|emphasi[sz]ed|wrote)"
# The reporting frame after the pledge: ", she said", ', the mayor, Jo Lee, said', '," Jo Lee told reporters' (a
# bare ’ closes no quote: it is a plural's apostrophe, "the nurses’ union said it will").
_TRAILING_FRAME = LazyPattern(
    rf"(?:,\s*[^,]{{2,60}}?\b{_SAID}"
    rf"|,\s*(?:(?:its|his|her|their|the|an?) [^,\"“”]{{2,60}}, [A-Z][^,\"“”]{{2,60}}"
    rf"|[A-Z][^,\"“”]{{2,60}}, (?:its|his|her|their|the|an?) [^,\"“”]{{2,60}}),? {_SAID}"
    rf"|(?:[,.!?]?[\"”]|[,.!?]’)\s+(?:[^\"“”]{{2,100}}?\b{_SAID}\b[^\"“”]{{0,40}}?|{_SAID}\b[^\"“”]{{2,120}}?))\.?\s*$"
)
_OPENING_QUOTE = LazyPattern(r"^[\"“‘](?!.*[\"”’]\W*\w)")  # a quote mark with no closing one after it
_LEAD_IN = LazyPattern(r"^(?:as well as|in addition,?|also,?|and)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    weight: float
    reported: bool = False  # "would" of reported speech: only a subject right before it commits
    # Where the one who commits is the subject: the announcing verb in "the minister announced
    # the centre would stay open" (else the cue itself).
    verb: tuple[int, int] | None = None
    # A pledge noun ("repeated a pledge the company made: it will invest"): among equals, a verb's
    # cue names the one who commits better.
    nominal: bool = False
    # A plan in the passive that its sayer reports ("Acme said surgeries would be reviewed"): the body the sayer
    # speaks for carries it out.
    done: bool = False
    # A body's vote ("The board voted 5-2 to close it"): its organisation commits (``_voters``).
    vote: bool = False

    @property
    def subject_span(self) -> tuple[int, int]:
        return self.verb or (self.start, self.end)


# "plans", "promise", "pledge" as nouns ("rejected plans to adopt it", "the pledge to cut",
# "secured commitments from colleagues", "we've heard promises before", "halted plans to shut
# the unit", "action rather than promises"): the sentence names someone's pledge, it does not make one.
_NOUN_USE = LazyPattern(
    r"\b(?:(?:the|a|an|no|its|their|his|her|our|new|any|this|these|those|such|rejected|scrapped|dropped|abandoned|"
    r"opposed|criticised|criticized|of|on|in|with|from|for|by|over|against|than|secured|received|won|sought|obtained|"
    r"halted|shelved|blocked|paused|suspended|ditched|"
    r"heard|broken|empty|"
    r"hollow|previous|past|earlier)\s+(?:(?:big|bold|grand|vague|fresh|similar|repeated|many|several|"
    r"election|campaign|manifesto|[£$€]\d[\w.,]*|(?:19|20)\d\d)\s+)?"  # (its year: "a 2023 pledge to")
    r"|(?:big|bold|grand|vague|repeated|election|campaign|manifesto)\s+"
    r"|(?!(?:it|he|she|that|there|what|who|where|here)['’]s\b)[\w-]+['’]s\s+"  # "the city's plan to"
    r"|[\w-]+s['’]\s+)$",  # "ministers' promise of"
    re.IGNORECASE,
)


# A pledge noun as what its subject makes, repeats, carries or adopts is a pledge made here: "includes a
# pledge to build 500 homes", "restates its commitment to cut water use", "came with a promise of
# no job losses", "has approved a £3m plan to add 12 cubicles" (not one kept or broken: that one is done).
_MADE_PLEDGE = LazyPattern(
    r"\b(?:makes?|made|making|gives?|gave|restate[sd]?|restating|reaffirm(?:s|ed|ing)?|renew(?:s|ed|ing)?|"
    r"repeat(?:s|ed|ing)?|include[sd]?|including|contain(?:s|ed|ing)?|comes? with|came with|approve[sd]?|approving|"
    r"adopt(?:s|ed|ing)?|"
    r"offer(?:s|ed|ing)?)\s+(?:a|an|its|their|his|her|our|my|the)\s+(?:[\w£$€.,-]+\s+)?$",
    re.IGNORECASE,
)


def _as_adjective(text: str, position: int) -> bool:
    """A cue used as an adjective after a possessive or an article: "Acme's proposed takeover", "approves a proposed
    $150 million fund", "the planned closure"."""
    before = text[max(0, position - 6) : position]
    return before.rstrip().endswith(("'s", "’s")) or _ARTICLE_END.search(before) is not None


_ARTICLE_END = LazyPattern(r"(?:^|\s)(?:[Aa]n?|[Tt]he|its|their)\s+$")


# A cue inside a condition is what the other side must do: "would ballot members if the firm did
# not agree to fixed crewing levels".
# (also a condition of time: "the strike would continue until the company agreed to station guards")
_IN_CONDITION = LazyPattern(r"\b(?:if|unless|until|till)\b[^,;.]*$", re.IGNORECASE)


# A promise recalled in a clause of comparison, what was done or not "as it promised": "had failed to trim trees
# as it promised after a storm in 2021" (no pledge made here).
_AS_PROMISED = LazyPattern(r"\bas (?:it|he|she|they|we|the [a-z]+|[A-Z][\w'’-]+) (?:had |has |have )?$")
# A promise someone was made or hears of, not one they make: "he was promised a move", "Kofi
# was given a clear promise", "promises of new stadiums often come to nothing"; not one made by an
# agent named after it ("Battery cells for two years have been promised by Hengtai").
_RECEIVED = LazyPattern(r" of\b")
_PROMISED_TO = LazyPattern(
    r"\b(?:I|he|she|we|they|[A-Z][\w'’-]+) (?:was|were|had been|has been|have been) promised$"
    r"|\b(?:[a-z]+s (?:were|have been)|had been) promised$"  # "Travellers on the line had been promised"
    r"|\b(?:was|were|been) given (?:a|an|the) (?:[\w-]+ )?promise$"
)
_PROMISED_BY = LazyPattern(r"promised by ", re.IGNORECASE)


# A question the story says is open, "will" inside it: "It remains unclear who will pay", "It is not yet clear when
# supply will be restored" (up to a comma: "It is unclear whether X will agree, but Acme will pay" pledges).
_OPEN_QUESTION = LazyPattern(
    r"\b(?:unclear|not (?:yet |still )?clear|(?:not (?:yet )?|un)known|uncertain|remains to be seen|an open question)"
    r"(?:,? (?:however|though|yet),?)? (?:who|whom|when|whether|how|what|which|where|if)\b[^.;,]*$",
    re.IGNORECASE,
)
# What a measure will do, said of the measure: "says the change will save £1.1m a year", "the scheme would create
# 1,800 jobs", "the defences will protect 80 homes", "240 new homes will leave the village safer": a forecast of its
# effect, no one's pledge.
_MEASURE_SUBJECT = LazyPattern(
    r"\b(?:the|this|that|its|their|\d[\d,]*) (?:[\w-]+ )?(?:change|changes|move|plan|scheme|cuts?|closure|merger|"
    r"project|investment|programme|program|upgrade|expansion|shake-up|overhaul|proposal|policy|defences|defenses|"
    r"development|homes|houses)\s+$"
)
_EFFECT_VERB = LazyPattern(
    r"\s+(?:also |not )?(?:save|create|generate|bring|boost|reduce|raise|add|support|lower|increase|lift|cut|protect|"
    r"make|leave|improve|help|benefit|transform|ease|prevent)\b"
)


def _effect_of(text: str, cue: Cue | None) -> bool:
    """Whether the cue's modal tells what a measure will do (``_MEASURE_SUBJECT``, ``_EFFECT_VERB``)."""
    return (
        cue is not None
        and text[cue.start : cue.end].lower() in ("will", "would")
        and bool(_MEASURE_SUBJECT.search(text, max(0, cue.start - 60), cue.start))
        and bool(_EFFECT_VERB.match(text, cue.end))
    )


# A subject named by what it will do, opening the sentence: "The operator that will take over".
_DESCRIBED_SUBJECT = LazyPattern(r"[\"“‘']?(?:The|A|An)\s+(?:[\w'’-]+\s+){1,4}that\s+$")


# A body that decides by vote commits to what it voted to do: "The Kelby City Council voted 5-2 late Tuesday to create
# a civilian board", "The board of Kelby Trust voted unanimously on Wednesday to shut", "Members of Kelby Council's
# planning committee voted by seven votes to five to grant" (its organisation named: ``_voters``). Not a vote against
# or for a thing ("voted against the plan"), nor a vote told as the reason for another act or in a description
# ("after the board voted to close the unit", "Jo Lee, who voted to close it"), nor the vote of a workforce or a
# crowd ("cabin crew voted to strike", "fans voted to rename it"): only a body that decides by vote commits, a union
# or a club by its members too ("Transit Workers Union Local 1187 voted to accept", "Tarata Ski Club members voted"),
# but a vote to strike or walk out is a mandate for action that may follow, not yet a pledge.
_INDUSTRIAL_ACTION = (  # (also "to begin a sit-down strike", "to stage a walkout", "to take industrial action")
    r"(?:(?:begin|start|launch|hold|stage|go\s+on|call|take)\s+(?:[\w-]+\s+){0,3}?)?"
    r"(?:strike|walk\s*-?\s*out|industrial\s+action)\b"
)
_VOTED = LazyPattern(
    r"\b(voted|votes) (?:(?!(?:against|for|no|down|in|on\s+whether)\b)[\w,.'’-]+ ){0,8}?to "
    r"(?!be\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b|"
    + _INDUSTRIAL_ACTION
    + r")(?=[a-z])"
)
_VOTING_BODY = LazyPattern(
    r"\b(?i:council|councill?ors|council ?members|board|committee|commission|commissioners|trustees|regents|governors"
    r"|directors|supervisors|aldermen|authority|assembly|legislature|parliament|senate|panel|cabinet"
    r"|union|local\s+\d+|members|shareholders|delegates)\b"
)


def _vote_clause(text: str, position: int) -> tuple[int, str]:
    """Where the clause of the vote at ``position`` opens, and its words up to the vote (none when a subordinating
    word opens it: "after the board voted to close it" tells why another act was done)."""
    breaks = list(_CLAUSE_BREAK.finditer(text, 0, position))
    if breaks and breaks[-1].group(1):
        return position, ""
    start = breaks[-1].end() if breaks else 0
    return start, text[start:position]


_CLAUSE_BREAK = LazyPattern(r"[,;:]\s|\b(after|when|before|since|because|once|until|who|which|whether|if)\b", re.I)


def _voting_body(text: str, position: int) -> bool:
    """Whether the vote at ``position`` is a body's, the subject of its own clause (``_VOTED``)."""
    return _VOTING_BODY.search(_vote_clause(text, position)[1]) is not None


# A voting body owned by a body called by its noun: "The municipality's infrastructure committee voted".
_OWNED_VOTERS = LazyPattern(r"\b[Tt]he (?:[a-z][\w-]* )?(" + committer.BODY_NOUNS + r")['’]s (?:[a-z][\w-]* ){0,3}$")


def _voters(text: str, cue: Cue, mentions: list, resolver: Resolver) -> str | None:
    """The organisation a vote's clause names first, which its voting body decides for ("The Kelby City Council
    voted", "Members of Kelby Council's planning committee voted", "The board of Kelby Trust voted", "The Kelby School
    District board voted"), or the one named body its owner's noun stands for ("The municipality's infrastructure
    committee voted": the Municipality the story names, by that word). A vote whose clause names none ("The board
    voted", "Councillors in Kelby voted", "Commissioners voted") is left out: which body of the story votes is too
    often unclear to hold it to the vote."""
    start, clause = _vote_clause(text, cue.start)
    named = (m.key for m in mentions if start <= m.start < cue.start and resolver.type_of.get(m.key) == "organization")
    owner = _OWNED_VOTERS.search(clause)
    voting = _VOTING_BODY.search(clause[owner.end(1) :]) if owner else None
    return next(named, None) or (resolver.body_called(owner.group(1)) if owner and voting else None)


# A headline's or a bullet point's plan, written without "is": "Kestrel Broadband to put up bills",
# "Watchdog Ofgem to probe ...", "Rail firm to scrap new timetable" (a line with no full stop; "to be" is a forecast
# or a passive). Its subject is a noun phrase: no pronoun opens it, and no verb stands in it ("She will take X to",
# "Hospice that was meant to benefit", "Families react to closure"); "to" before a gerund is a preposition ("react to
# birthing center closure").
_HEADLINE_TO = LazyPattern(
    r"^(?!(?:I|We|He|She|It|They|You|This|That|There)\b)[A-Z][\w'’&.-]*\s+"
    r"(?:(?!(?:to|will|would|shall|can|could|may|might|must|is|are|was|were|be|been|has|have|had|that|who|which|"
    r"says|said|tells|told|wants|want|needs|hopes|tries|meant|set|due|expected|likely|going|used|able|about|"
    r"reacts?|responds?|returns?|turns?|heads?|goes|go|comes?|looks?|listens?|travels?|flocks?|rush|rushes|"
    r"points?|objects?|belongs?|amounts?|leads?)\b)"
    r"(?![a-z]+ed\s)[A-Za-z][\w'’&.-]*\s+){0,4}(to)\s+(?!be\b)(?![a-z]{4,}ing\b)[a-z]{2,}"
)


def cues_of(text: str, subject_before, subject_right_before) -> list[Cue]:
    """The commitment cues of a sentence, strongest first (among equals a verb before a noun, then the earliest)."""
    lower = text.lower()
    headline = None if finished(text) else _HEADLINE_TO.match(text)
    if not headline and not any(map(lower.__contains__, _CUE_STARTS)):  # (map: no generator frame per cue word)
        return []
    cues = [
        # "set to", "due to": a forecast or a timetable unless someone who can commit is its subject
        # ("rates are set to rise", "the strike is due to start")
        Cue(
            m.start(),
            m.end(),
            WEAK if _SCHEDULED.search(m.group()) and not subject_before(m.start()) else STRONG,
            nominal=nominal,
        )
        for m in _STRONG.finditer(text)
        if not (nominal := bool(_NOUN_USE.search(text[: m.start()])))
        or _MADE_PLEDGE.search(text, max(0, m.start() - 60), m.start())
        if not _IN_CONDITION.search(text, max(0, m.start() - 80), m.start())
        and not (
            _PAST_PLEDGE_VERB.fullmatch(m.group()) and _AS_PROMISED.search(text, max(0, m.start() - 30), m.start())
        )
        and not (m.group().lower() == "promises" and _RECEIVED.match(text, m.end()))
        # (a pledge named by a demonstrative goes back to one told before: "had made that vow hard to keep")
        and not (
            _PLEDGE_NOUN.fullmatch(m.group()) and _DEMONSTRATIVE_BEFORE.search(text, max(0, m.start() - 14), m.start())
        )
        and not (m.group().lower() in ("promises", "pledges") and text.startswith(" before", m.end()))
        and not (_PROMISED_TO.search(text, max(0, m.start() - 40), m.end()) and not _PROMISED_BY.match(text, m.start()))
        and not _plan_that_was(text, m)
        and not _came_to_nothing(text, m.end())  # (a clause about some other promise: "which they promised but ...")
        and not (_past_act(m.group()) and _RELATIVE_OPENS.search(text, max(0, m.start() - 50), m.start()))
    ]
    for m in _WILL.finditer(text):
        if _DESCRIBED_SUBJECT.match(text[: m.start()]):
            continue  # "The operator that will take over in September inherits ...": who it is, not a pledge
        cues.append(Cue(m.start(), m.end(), STRONG if subject_before(m.start()) else WEAK))
    cues += [Cue(m.start(1), m.end(1), STRONG) for m in _WONT.finditer(text)]
    cues += [Cue(m.start(1), m.end(1), STRONG) for m in _WILL_BE_THERE.finditer(text)]
    for m in _WILL_BE_DOING.finditer(text):
        cues.append(Cue(m.start(), m.end(), STRONG if subject_before(m.start()) else WEAK))
    for m in _WILL_BE_DONE.finditer(text):  # with its purpose or agent it commits; else it needs an amount or a date
        done_by = _PURPOSE.match(text, m.end()) or _AGENT.match(text, m.end()) or _NOUN_AGENT.match(text, m.end())
        done_by = done_by and not _OF_WHICH.search(text, max(0, m.start() - 40), m.start())
        cues.append(Cue(m.start(), m.end(), STRONG + (WEAK if done_by else 0.0)))
    for m in _GIVEN.finditer(text):  # before the same "would" read as reported speech
        if subject_before(m.start()):
            cues.append(Cue(m.start(2), m.end(2), MEDIUM, verb=(m.start(), m.end(1))))
    for m in _SAID_DONE.finditer(text):
        if subject_right_before(m.start()):
            cues.append(Cue(m.start(2), m.end(2), MEDIUM, verb=(m.start(), m.end(1)), done=True))
    for m in _ANNOUNCED.finditer(text):  # "the minister announced the centre would stay open" (before
        # the same "would" read as reported speech, which max() would otherwise pick first)
        if subject_before(m.start()):
            cues.append(Cue(m.start(2), m.end(2), MEDIUM, verb=(m.start(), m.end(1))))
    if lexicon.SPEECH_RE.search(text):  # reported speech: "she said ministers would consult"
        for m in _WOULD.finditer(text):
            cues.append(Cue(m.start(), m.end(), MEDIUM if subject_right_before(m.start()) else WEAK, reported=True))
    if not _PAST_PASSIVE.search(text):
        cues += [
            Cue(m.start(), m.end(), WEAK)
            for m in _WEAK.finditer(text)
            if not _as_adjective(text, m.start()) and not text.endswith("there ", 0, m.start())
        ]  # not "there would be no layoffs": no one's act
    cues += [
        Cue(m.start(), m.end(), MEDIUM)
        for m in _PROPOSAL.finditer(text)
        if subject_right_before(m.start()) and not _as_adjective(text, m.start())
    ]  # not "Acme's proposed takeover", an adjective
    cues += [Cue(m.start(), m.end(), WEAK) for m in _UNDER_WAY.finditer(text)]
    cues += [
        Cue(m.start(1), m.end(1), STRONG + WEAK, vote=True)
        for m in _VOTED.finditer(text)
        if _voting_body(text, m.start())
    ]
    if headline:  # "Kestrel Broadband to put up bills by £6 a month": headlines' "is to"
        cues.append(Cue(headline.start(1), headline.end(1), STRONG if subject_before(headline.start(1)) else WEAK))
    # (none inside a question the story says is open: "It remains unclear who will pay for the canopy")
    cues = [c for c in cues if not _OPEN_QUESTION.search(text, 0, c.start)]
    # (a pledge verb that opens a quote of "we", 'She pledged: "We will hire 40 nurses"', yields to the quote's own
    # cue: the speaker pledges for those "we" are)
    return sorted(cues, key=lambda c: (-c.weight, c.nominal, bool(_OPENS_WE_QUOTE.match(text, c.end)), c.start))


_OPENS_WE_QUOTE = LazyPattern(r":\s*[\"“‘']We\b")


# A negation right before the cue, which the pledge keeps: "are not going to", "aren't going to".
_NEGATION_BEFORE = LazyPattern(r"(?:\b(?:not|never|no longer)|\b\w+n['’]t)\s+$", re.IGNORECASE)


# A colon that ends a clause of its own, not one opening a quote ('said: "We will') nor one in brackets ("(NYSE: KLB)").
_CLAUSE_COLON = LazyPattern(r"(?<=\w): (?![\"“‘'])")


def _clause_after_colon(text: str, position: int) -> int:
    """Where the clause of ``position`` starts after a colon that ends another, whose subject is not its own: "They
    have reason to be wary: a 2018 promise by ..." (0 when none)."""
    colons = [
        m.end()
        for m in _CLAUSE_COLON.finditer(text, 0, position)
        if text.count("(", 0, m.start()) <= text.count(")", 0, m.start())
    ]
    return colons[-1] if colons else 0


def _has_subject(cue: Cue, subject_before, subject_right_before) -> bool:
    """Whether the cue's verb has a subject that can commit (right before it, for reported speech's "would")."""
    return (subject_right_before if cue.reported else subject_before)(cue.subject_span[0])


def _what(text: str, cue: Cue | None) -> str:
    """The committed thing: the sentence from its cue on (with a negation right before it), without the
    reporting frame."""
    start = cue.start if cue else 0
    negation = _NEGATION_BEFORE.search(text, max(0, start - 20), start) if cue else None
    start = negation.start() if negation else start
    span = text[start:] if cue and cue.start < len(text) // 2 else text
    if " is " in span and _ENUMERATION.search(text):
        span = span.split(" is ", 1)[1]
    span = _OPENING_QUOTE.sub("", _LEAD_IN.sub("", _TRAILING_FRAME.sub("", span.strip())))
    return span.rstrip(" .;:!?\"”'’")


# A clause of its own after the pledge, about something else: "would return to the table on
# Dec. 3, when a mediator is due to join talks".
_SUBORDINATE = LazyPattern(
    r"\b(?:when|which|where|who|whom|whose|(?:after|before|until)(?! (?:the|a|an|its|his|her|their|\d|and|but)\b))\b",
    re.IGNORECASE,
)  # ("before the August term" is a date, no clause; "made promises before and" an adverb)


def _came_to_nothing(text: str, end: int) -> bool:
    """Whether the pledge that ends at ``end`` is said, in its own clause, to have come to
    nothing: "promised last year to connect the village but failed to do so"."""
    unkept = _UNKEPT.search(text, end)
    clause = _SUBORDINATE.search(text, end, unkept.end()) if unkept else None  # (up to its end: "before and" is
    return bool(unkept) and not (clause and clause.start() < unkept.start())  # an adverb, seen with what follows)


# The next sentence says the pledge came to nothing: "In 2019 the department pledged to build a
# crossing. It was never built." (a record of a broken pledge, no pledge standing).
_NEVER_DONE = LazyPattern(
    r"^(?:It|That|This|They|These|Those|The (?:[\w-]+ ){0,2}?[\w-]+) (?:was |were |has |have |had )?"
    r"(?:never|still not|not yet) (?:been )?(?:[a-z]+ed|built|done|made|paid|kept|begun|happened|come|came)\b"
    r"|^Nothing (?:has|had|was) (?:happened|been done|come of it)\b"
)


def _never_done(sentences: Sequence[Sentence], k: int) -> bool:
    """Whether the sentence after the ``k``th says that what it pledged was never done."""
    return k + 1 < len(sentences) and _NEVER_DONE.match(sentences[k + 1].text) is not None


def _own_clause(text: str, cue: Cue, position: int) -> bool:
    """Whether ``position`` is in the pledge's clause: before its cue, or after it with no
    subordinate clause, nor another clause joined after a comma, opening between ("said it would offer
    severance, and about 150 workers are expected to be offered jobs")."""
    return position < cue.end or not (
        _SUBORDINATE.search(text, cue.end, position) or _NEXT_CLAUSE.search(text, cue.end, position)
    )


_NEXT_CLAUSE = LazyPattern(r"(?:,|;) (?:and|but|while|whereas) |; ")


_PAST_CUE = LazyPattern(r"(?:announc|unveil|launch|propos)ed", re.IGNORECASE)


# A date in a past relative clause, which says when something was done, not by when it will be: "Jo Lee, who took
# office in October, said", "the centre, which opened in 1974, will close".
_PAST_CLAUSE = LazyPattern(
    r"\b(?:who|which)\s+(?:[a-z]+\s+){0,4}?(?:[a-z]+ed|took|began|came|went|was|were|won|built|became|held|ran"
    r"|left|made|got)\s+(?:[a-z]+\s+){0,2}$"
)


def deadline_of(text: str, cue: Cue | None) -> re.Match | None:
    """The pledge's deadline: the first after its cue, else the first before it, never a date in a past relative
    clause."""
    found = [m for m in _DEADLINE.finditer(text) if not _PAST_CLAUSE.search(text, max(0, m.start() - 60), m.start())]
    after = [m for m in found if cue is not None and m.start() >= cue.start]
    return (after or found or [None])[0]


def score(text: str, cue: Cue | None, has_subject: bool) -> float:
    """How strongly a sentence commits someone (THRESHOLD and above: a commitment)."""
    if cue is None:
        return 0.0
    deadline = _DEADLINE.search(text)  # (any date counts here: ``deadline_of`` picks the pledge's own)
    if deadline and deadline.group().startswith("in ") and _PAST_CUE.fullmatch(text, cue.start, cue.end):
        deadline = None  # "announced the deal in March": when it was done, not a deadline
    total = cue.weight + (1.0 if _AMOUNT.search(text) else 0.0) + (1.0 if deadline else 0.0)
    total += 1.0 if has_subject else 0.0
    calls = [m for m in _CALL_ON_OTHERS.finditer(text) if not _WHETHER.search(text, max(0, m.start() - 60), m.start())]
    if any(not _AFTER_PLEDGE.search(text, cue.end, m.start()) for m in calls):
        total -= 3.0  # but not a call in a clause after the pledge: "will seek to join the case and urged"
    # "they would seek to overturn it if they took control" (a "will ... unless" threat stands)
    condition = _CONDITION.search(text, cue.end) if text[cue.start : cue.end].lower() == "would" else None
    hypothetical = [
        h for h in _HYPOTHETICAL.finditer(text) if not _NEXT_CLAUSE_IF.search(text, cue.end, h.start() + len("if"))
    ]
    if hypothetical or (condition and not _AFTER_PLEDGE.search(text, cue.end, condition.start())):
        total -= 3.0
    belief = _BELIEF.search(text)
    if belief:  # a prediction named as one is no one's act at all: "predicts that prices will drop"
        negated = _NEGATED_BELIEF.search(text, max(0, belief.start() - 12), belief.start())
        doubted = ("predict", "forecast", "doubt", "rumo", "specul", "unconfirmed", "report")
        total -= 3.0 if belief.group().lower().startswith(doubted) or negated else 2.0
    if _POLLED_SHARE.match(text) or _HEARSAY_OR_HABIT.search(text, 0, cue.start) or _FINDING.search(text, 0, cue.start):
        total -= 3.0
    if _WHICH_ENABLES.match(text, cue.start) and text.endswith(("which ", "that "), 0, cue.start):
        total -= 3.0  # "$85 million in financing, led by Acme Capital, which will let its stores stay open": an effect
    if _CRITICS_SAY_IT.search(text, 0, cue.start):
        total -= 3.0  # "Opponents say it would undercut rail freight": what a plan would do, in its critics' words
    if _WHOSE_ASIDE.search(text, 0, cue.start) and "," in text[cue.end :]:
        total -= 3.0  # "Farmer Jo Lee, 55, whose land the mast will stand on, declined to comment": a description
    refusals = list(_REFUSAL.finditer(text))
    if any(m.start() <= cue.start < m.end() for m in refusals):
        total -= 3.0
    elif any(m.start() < cue.start and " say " in m.group() for m in refusals):
        total -= 3.0  # what a source would not say: "would not say whether the plant would close"
    if cue.weight < STRONG and any(_own_clause(text, cue, m.start()) for m in _NOT_PLEDGE.finditer(text)):
        total -= 3.0
    if _OBLIGED_AFTER.match(text, cue.end) or _DENIED.search(text) or _came_to_nothing(text, cue.end):
        total -= 3.0
    if _dated_past(text, cue) or _within_past_pledge(text, cue) or _recalled_in_quote(text, cue):
        total -= 3.0
    history = _PLEDGE_AS_SUBJECT.match(text)
    if history and cue.start < history.end():
        total -= 3.0
    if text[cue.start : cue.end].lower() in ("will", "would") and _HEDGED_AFTER.match(text, cue.end):
        total -= 3.0
    if text[cue.start : cue.end].lower() in _FUTURE_CUES and _MINDED_AFTER.match(text, cue.end):
        total -= 3.0
    timetable = _TIMETABLE_AFTER.match(text, cue.end) and _TIMETABLE.search(text, max(0, cue.start - 60), cue.start)
    if text[cue.start : cue.end].lower() in _FUTURE_CUES and timetable:
        total -= 3.0
    return total


# What the speaker keeps being told will happen, or what is promised each time something happens, names no pledge
# of anyone's: "we keep getting told one more bond will solve it", "Every time it floods, they promise a fix" (a
# pledge the speaker was told of stands: "had been told by managers that the trust will pay").
_HEARSAY_OR_HABIT = LazyPattern(
    r"\b(?:(?:keep|keeps|kept) (?:getting|being) told(?: that)?|every time|each time|whenever"
    # ... "They keep telling me the lift will be fixed", "They've been telling us for months they would call"
    r"|(?:keep|keeps|kept) (?:telling|promising|saying)|(?:have|has|had|['’]ve) been (?:telling|promising|saying) "
    r"(?:[\w'’-]+ ){0,2}for (?:[\w-]+ ){0,2}?(?:years|months|ages|decades))\b[^.!?;]{0,60}$",
    re.IGNORECASE,
)


# A relative clause set off by commas about someone's land or place, the cue inside it: "whose land the mast will stand
# on", "where the depot will be built" (what is said of the place, not a pledge).
_WHOSE_ASIDE = LazyPattern(r", (?:whose|where) [^,]*$")


# A relative clause telling what a thing will let happen ("which will let its stores stay open", "that will allow the
# firm to hire"), and critics' or observers' words on what "it" (a plan, never they) would do.
_WHICH_ENABLES = LazyPattern(r"(?:will|would) (?:also )?(?:let|allow|enable|help|mean|permit)\b")
_CRITICS_SAY_IT = LazyPattern(
    r"\b(?:[Oo]pponents|[Cc]ritics|[Cc]ampaigners|[Rr]esidents|[Ee]xperts|[Aa]nalysts|[Ee]conomists|[Aa]ctivists"
    r"|[Oo]bservers|[Ss]ceptics|[Ss]keptics|[Dd]etractors|[Ee]nvironmentalists) (?:have |had )?(?:say|said|argue|argued"
    r"|warn|warned|fear|feared|claim|claimed|believe|believed)(?: that)? it $"
)


# What a survey, a study or a report found others had planned is a finding, no one's pledge: "A survey by an industry
# group found that more than 70% of bus companies had reduced or planned to reduce services".
_FINDING = LazyPattern(
    r"\b(?:survey|study|poll|report|research|analysis|audit|census)\b[^.;]{0,60}\b(?:found|finds|showed|shows"
    r"|suggested|suggests|revealed|reveals)(?: that)?\b[^.;!?,]*$",  # (in its clause: not "…, said it would")
    re.IGNORECASE,
)


# The sum of a plan named before, as the subject: "The money will be used to", "The extra
# funding is to".
_THE_MONEY = LazyPattern(
    r"^[\"“‘']?(?:The|This|That|Its|Their) (?:\w+ )?(?:money|cash|funding|funds|investment|sum|grant|injection)\b"
)
_MONEY_REACH = 5  # sentences
_BACK_REFERENCE = LazyPattern(r"^[\"“‘']?(?:The|This|These|That|Those|Its|Their)\b")
_BACK_NOUN = LazyPattern(r"^[\"“‘']?The (?:[A-Z][\w-]* )*(\w+)")  # (the noun after any name: "The German group")
# ... or after an opening clause of time or condition: "Until the plant is running, the authority plans to".
_NOUN_AFTER_CLAUSE = LazyPattern(
    r"^[\"“‘']?(?:Until|Once|When|While|After|Before|Unless|From|Starting|Beginning)\b[^,]{3,80}, the "
    r"(?:[A-Z][\w-]* )*(\w+)"
)
# ... or a body the story introduces by its kind: "A water utility serving 41,000 people said it would".
_A_BODY = LazyPattern(r"^[\"“‘']?An? (?:[\w-]+ ){0,2}?(" + committer.BODY_NOUNS + r")\b")


def _committer(found: list[Commitment], sentence: Sentence, who: str, resolver: Resolver) -> str:
    """With no one named, a plan whose subject points back ("The money will be used to ...")
    goes on the commitment of the sentence just before: "Acme is spending $5m. The money ...";
    the money of a plan, on the last sum pledged a few sentences before. A body ("The group
    expects ...") is not the person whose pledge came before."""
    if who != "article" or not found:
        return who
    noun = _BACK_NOUN.match(sentence.text)
    body = noun is not None and re.fullmatch(committer.BODY_NOUNS, noun.group(1)) is not None
    other_kind = noun is not None and (
        not committer.noun_fits(noun.group(1), found[-1].who)
        or (body and resolver.type_of.get(found[-1].who) == "person")
    )
    if found[-1].sentence == sentence.index - 1 and _BACK_REFERENCE.match(sentence.text) and not other_kind:
        return found[-1].who  # (not what is of another kind: "The broadcaster" after the regulator's plan)
    if _THE_MONEY.match(sentence.text):
        sums = [c for c in found if c.amount and sentence.index - c.sentence <= _MONEY_REACH]
        return sums[-1].who if sums else who
    return who


def _reported(who: str, sentence: Sentence, cue: Cue | None, said_before: str | None) -> str:
    """With no one named, a backshifted "would" and no speech verb of its own goes on reporting
    the speaker of the sentence before (``said_before``), also across a paragraph break: "Jo Lee
    said the fund would open in May. Grants would be capped at £5,000"."""
    text = sentence.text
    if who != "article" or not said_before or cue is None or lexicon.SPEECH_RE.search(text):
        return who
    return said_before if text[cue.start : cue.end].lower().startswith("would") else who


# "It" opening a sentence as its subject (not "It is", "It will be": no one's).
_IT_SUBJECT = LazyPattern(r"^(?:But |And )?It (?!(?:is|was|would be|will be)\b)")
# The article's own "we" or "I", outside any quote and with no one speaking: "We will answer the
# most common questions next week" is the outlet's plan, no actor's.
_NARRATOR = LazyPattern(r"^(?:We|I)\b(?!['’]?[\"”])")
# A sentence that opens a quotation: the speaker's own words.
_QUOTED = LazyPattern(r"^[\"“‘']")


# A pledge in the passive, its agent named after it: "£45,000 has been pledged by the Amani Mothers Fund",
# "Free testing has been promised by the county health department".
_PASSIVE_PLEDGE = LazyPattern(r"\b(?:been|was|were|is|are|being) (?:[a-z]\w*ly )?$")
_BY_NAME = LazyPattern(rf"(?:\s+[\w'’-]+){{0,4}}?\s+by\s+(?:the\s+)?(?:{lexicon.GOVERNMENT_LEVEL}\s+)?")


def _pledged_by(text: str, cue: Cue | None, mentions: list) -> bool:
    """Whether the cue is a pledge verb in the passive whose agent, a name, follows it: the agent commits."""
    if cue is None or not _PASSIVE_PLEDGE.search(text, max(0, cue.start - 20), cue.start):
        return False
    by = _BY_NAME.match(text, cue.end)
    return by is not None and any(m.start == by.end() for m in mentions)


def _own_passive(text: str, cue: Cue | None, speaker: str | None, resolver: Resolver) -> bool:
    """A plan in the passive in the speaker's own words ('"From May, every case will be
    reviewed by a senior officer," the chief constable said') is theirs to carry out, or
    their body's when they speak for one (see ``Resolver.body_of``). So is one a body, or one who speaks for a body,
    is the source of, closing the sentence ("Steel netting will be put up over every yard, the Ministry of Justice
    said last night"); not a state the plan leaves people in ("Flights will be disrupted, the airline said"), nor
    what someone who speaks for no body says will be done ("The road will be shut, resident Jo Lee said")."""
    if not (cue and speaker and _WILL_BE_DONE.match(text, cue.start)):
        return False
    if _QUOTED.match(text):
        return True
    body = resolver.type_of.get(speaker) == "organization" or resolver.body_of(speaker) is not None
    return body and _STATE_AFTER.match(text, cue.start) is not None and bool(committer.CLOSING_BODY_SOURCE.search(text))


_STATE_AFTER = LazyPattern(r"\w+ (?:\w+ )?(?:\w+ )?be " + _STATE_DONE)


def _passive_committer(
    text: str, cue: Cue | None, mentions: list, speaker: str | None, resolver: Resolver
) -> str | None:
    """Who carries out a plan in the passive: its agent ("is to be turned into a library by Kelby
    Council", "by the ministry": the one the story names so; "by Kelby Council's scrutiny committee":
    that committee; "by NHS England's regional team": NHS England), else whoever announces it ("Acme
    said Jo Lee is to be dropped": Acme, not Jo Lee, whom it is done to)."""
    if cue is None or not _WILL_BE_DONE.match(text, cue.start):
        return None
    panel = _PANEL_AGENT.match(text, cue.end)
    if panel:
        return panel.group(1)
    staff = _STAFF_AGENT.match(text, cue.end)
    if staff:  # "will be reviewed by NHS England's regional team": NHS England (as the story names it)
        return next((m.key for m in mentions if m.start == staff.start(1)), staff.group(1))
    bosses = _BOSSES_AGENT.match(text, cue.end)
    if bosses:  # "is to be reviewed by council chiefs": the council the story names
        return resolver.bosses_body(bosses.group(1))
    agent = _AGENT.match(text, cue.end)
    named = [m.key for m in mentions if agent and m.start <= agent.end() - 1 < m.end]
    noun = _NOUN_AGENT.match(text, cue.end) if not named else None
    through = _THROUGH.match(text, noun.end()) if noun else None
    acting = [m.key for m in mentions if through and m.start == through.end()]
    if acting:  # "will be paid by the government through the Department for Business": the department
        return acting[0]
    called = (  # "will be reviewed by the ministry", "will be paid for by the city"
        resolver.body_called(noun.group(1)) or resolver.place_for(noun.group(1)) or resolver.council_of(noun.group(1))
        if noun
        else None
    )
    return named[0] if named else called or resolver.announcer(speaker)


def _sayers_body(who: str, cue: Cue, text: str, resolver: Resolver) -> str:
    """Who carries out a plan in the passive that ``who`` reports (``Cue.done``) with no agent of its own: a person's
    body, one the story names as such ("Acme's chief commercial officer, Jo Lee, said four flights would be
    operated": Acme), an officeholder themself; not a word of their title ("Kelby Regional Education Officer")."""
    done = cue.done or _PROMISED_DONE.match(text, cue.start) is not None
    if not done or resolver.type_of.get(who) != "person" or _BY_AGENT_AFTER.match(text, cue.end):
        return who
    body = resolver.announcer(who) or who
    named = resolver.mentions.get(body, 0) > 1
    organisation = lexicon.name_head(body) in lexicon.ORG_WORDS | lexicon.BUSINESS_WORDS  # "Gwayi Agro Holdings"
    return body if body == who or resolver.type_of.get(body) != "organization" or named or organisation else who


_BY_AGENT_AFTER = LazyPattern(
    r"[^.;:]{0,40}?\bby\b(?! (?:the (?:end|start|middle|beginning|close|time)|next|this|then|mid|early|late|\d"
    r"|(?-i:[A-Z])[a-z]+day|(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|spring|summer|autumn|fall|winter|Christmas|Easter)\b)",
    re.IGNORECASE,
)  # (an agent, not a deadline: "would be commissioned by the end of June")


def _item_committer(found: list[Commitment], sentence: Sentence, speaker: str | None, resolver: Resolver) -> str:
    """An enumerated item ("As well as X, ...", "The first thing is ...") is committed by
    whoever committed the item just before it."""
    if found and found[-1].sentence == sentence.index - 1:
        return found[-1].who
    return resolver.who_of_item(sentence, speaker)


# A headline or a bullet point that sums up a pledge shares at least this part of its words with
# the story's report of it.
RESTATED = 0.3
# Words that say nothing of what is pledged: function words, and the pledging itself.
_NOT_CONTENT = frozenset(
    re.findall(
        r"\w+",
        "the a an of to in on for and or but that this it its is was were be been has have had by with as at from not "
        "will would he she they we his her their him them says said vow vows vowed pledge pledges pledged promise "
        "promises promised insists insisted",
    )
)


def _content(text: str) -> frozenset[str]:
    """The stems of the words that say what is pledged."""
    stem = stemmer()
    return frozenset(stem(w) for w in (w.lower() for w in words(text)) if w not in _NOT_CONTENT)


def _described_by_noun(c: Commitment, resolver: Resolver) -> bool:
    """Whether a headline's or a bullet's bare noun found its body only by how the story describes it ("Firm
    vows" and "Meterlink, the firm that fitted the meters"), not by the noun in its name ("Council to inspect":
    Kelby Borough Council): the line may then sum up another body's pledge."""
    end = None if finished(c.text) else resolver.bare_opening(c.text)
    said = {w.lower().rstrip("s") for w in words(c.text[:end])} if end else set()
    return bool(said) and not said & {w.lower().rstrip("s") for w in c.who.split()}


def _restated(found: list[Commitment], resolver: Resolver) -> list[Commitment]:
    """A headline or a bullet point sums up a pledge that the story then reports ("Striker vows he
    will never play for the club again" ... "Morrow vowed that he would never play for Kelby
    again"): when its own subject names no one ("Striker", "Boss", "Player's agent"), it is the
    pledge of whoever the report gives, the report that shares most of its words (at least
    ``RESTATED``); else of the body its bare noun stands for ("Operator promises to refund"). A bare noun
    that found its body only by a description sums up an organisation's reported pledge the same way."""
    reports = [(c, _content(c.text)) for c in found if finished(c.text) and c.who != "article"]
    out = []
    for c in found:
        described = c.who != "article" and _described_by_noun(c, resolver)
        summed = _content(c.text) if (c.who == "article" and not finished(c.text)) or described else frozenset()
        noun = resolver.bare_noun(c.text) if summed else None  # ("Quarry firm to pay": a firm's report, no council's)
        shares = [
            (len(summed & said) / len(summed), report.who)
            for report, said in reports
            if summed
            and (not described or resolver.type_of.get(report.who) == "organization")
            and (noun is None or resolver.fits(noun, report.who))
        ]
        best = max(shares, key=lambda s: s[0], default=(0.0, c.who))
        if best[0] >= RESTATED:
            out.append(replace(c, who=best[1]))
        else:
            out.append(replace(c, who=resolver.display_subject(c.text) or c.who) if c.who == "article" else c)
    return out


def extract(sentences: Sequence[Sentence], index: ActorIndex, speakers: Sequence[str | None]) -> list[Commitment]:
    """Commitments in article order."""
    resolver = Resolver(index, sentences)
    out: list[Commitment] = []
    open_topic = False  # the previous sentence named a commitment whose items may follow
    for k, (sentence, speaker) in enumerate(zip(sentences, speakers, strict=True)):
        said_before = speakers[k - 1] if k else None  # whose reported speech may go on here
        text = sentence.text
        mentions = resolver.candidates(sentence)

        def joined(position: int, text=text, mentions=mentions) -> bool:
            """A verb joined by "and" to one whose subject can commit (see _JOINED)."""
            if not _JOINED.search(text, max(0, position - 20), position):
                return False
            if _SAID_PRONOUN.search(text, 0, position):
                return True
            opener = any(m.start <= 4 for m in mentions) or committer.OPENING_BODY.match(text) is not None
            return opener and not _REPORTS.search(text, 0, position)

        people = committer.PEOPLE_PLACED.match(text)  # "Parents in the town of Kellerton have vowed": no place's

        def subject_before(position: int, text=text, mentions=mentions, people=people) -> bool:
            clause = _clause_after_colon(text, position)
            window = text[max(clause, position - 50) : position]
            near = any(
                m.start >= clause
                and (0 <= position - m.end <= 50 or committer.RELATIVE_BETWEEN.fullmatch(text, m.end, position))
                and not (people and m.end <= people.end() and _WHERE_PEOPLE_ARE.search(text, 0, m.start))
                for m in mentions
            )
            if near or _SUBJECT_PRONOUN.search(window) or joined(position):
                return True
            opening = committer.OPENING_BODY.match(text)  # "The co-op, which counts 1,140 families, has also agreed to"
            if opening and committer.RELATIVE_BETWEEN.fullmatch(text, opening.end(), position):
                return True
            if _METONYM_SUBJECT.search(text, max(0, position - 60), position):
                return True  # "The Treasury has agreed to": a government named by its metonym
            delayed = committer.DELAYED_BODY.match(text)
            if (delayed and 0 <= position - delayed.end() <= 50) or committer.described_agent(
                text[:position], text[position : position + 12]
            ):
                return True  # "A Dorset council has pledged", "A local pie-maker has promised": a body described
            if committer.described_person_before(text[:position]):
                return True  # "On Friday the actor vowed": a person the story named, called by a noun
            if committer.promised_to_everyone(text, position):
                return True  # "Every patient whose operation was cancelled will get a phone call"
            if committer.MEMBERS.search(text[max(0, position - 40) : position].rstrip()):
                return True  # "Its members will stay out": the union's (``committer.MEMBERS``)
            if committer.officials_subject(text[:position], text):
                return True  # "Federal regulators will examine ..., a spokeswoman for the Department said"
            if committer.group_subject(text[:position]) or committer.local_government_subject(text[:position]):
                return True  # "Village committees in Talafa have pledged", "The Oruña regional government has"
            if committer.councillors_subject(text[:position]):
                return True  # "Cabinet members agreed to": the council's
            bare = Resolver.bare_opening(text)
            if bare is not None and 0 <= position - bare <= 2:
                return True  # "Operator promises to refund season tickets": a bullet's bare noun for a body
            unlisted = resolver.unlisted(text, mentions, position)
            return bool(unlisted) and 0 <= position - unlisted.end() <= 50  # "Orbitel will close"

        def subject_right_before(position: int, text=text, mentions=mentions) -> bool:
            """Someone who can commit just before "would" (not "the aid would prolong")."""
            near = any(
                0 <= position - m.end <= 2 or _BRACKETED_BEFORE_WOULD.fullmatch(text, m.end, position) for m in mentions
            )  # (also "the Kelby Municipal Council (KMC) would", "the manager, Kelby Rail (KR), would")
            members = committer.MEMBERS.search(text, max(0, position - 40), position - 1) or (  # "its members would"
                committer.SPOKEN_MEMBERS.search(text, max(0, position - 40), position - 1)  # "said members would"
            )
            led = _LED_BODY_BEFORE.search(text, max(0, position - 60), position)  # "his country would"
            animate = (
                near or _animate_before(text, position) or joined(position) or members is not None or led is not None
            )
            return animate or _premises_fate(text, position)

        cues = [
            c
            for c in cues_of(text, subject_before, subject_right_before)
            if not c.vote or _voters(text, c, mentions, resolver)
        ]
        cue = cues[0] if cues else None
        has_subject = cue is not None and _has_subject(cue, subject_before, subject_right_before)
        passive = not has_subject and _own_passive(text, cue, speaker, resolver)
        has_subject = has_subject or passive or _pledged_by(text, cue, mentions)
        if score(text, cue, has_subject) < THRESHOLD:
            # A weaker cue whose verb has a subject that can commit: in "X said the company would hire 60 workers
            # and has promised to keep a crew", "has promised" has none of its own.
            cue = next((c for c in cues[1:] if _has_subject(c, subject_before, subject_right_before)), cue)
            has_subject = has_subject or (cue is not None and _has_subject(cue, subject_before, subject_right_before))
        committed = (
            score(text, cue, has_subject) >= THRESHOLD and not _never_done(sentences, k) and not _effect_of(text, cue)
        )
        inherited = open_topic and bool(_ENUMERATION.search(text)) and not _CALL_ON_OTHERS.search(text)
        open_topic = bool(_TOPIC.search(text)) or inherited
        # the article's question pledges nothing, nor one asked in quotes ('she asked: "Will anyone use it?"')
        asked = text.rstrip().rstrip("\"”’'").endswith("?") and not _QUOTED.match(text)
        if not (committed or inherited) or asked or (speaker is None and _NARRATOR.match(text)):
            continue
        amount = _AMOUNT.search(text)
        deadline = deadline_of(text, cue)
        who = _reported(
            resolver.body_of(speaker)
            if passive and resolver.body_of(speaker)
            else (_WILL_BE_DONE.match(text, cue.start) and resolver.ours(sentence, cue.start, speaker))
            or _passive_committer(text, cue, mentions, speaker, resolver)
            or _committer(
                out,
                sentence,
                _sayers_body(resolver.who(sentence, *cue.subject_span, speaker), cue, text, resolver),
                resolver,
            )
            if committed and cue and not _ENUMERATION.search(text)
            else _item_committer(out, sentence, speaker, resolver),
            sentence,
            cue,
            said_before,
        )
        spoke_before = said_before if resolver.type_of.get(said_before or "") == "organization" else None
        if who == "article" and committed and spoke_before and _IT_SUBJECT.match(text):
            who = spoke_before  # "..., the trust said. It has also pledged to": the body that spoke just before
        if committed and cue and cue.vote and resolver.type_of.get(who) != "organization":
            who = _voters(text, cue, mentions, resolver) or who
        if committed and cue and who == "article" and finished(text) and not _ENUMERATION.search(text):
            # "A jobs fair will be held ..., and the council is to ask the government for £2m": no one does the
            # first thing, so the sentence's next pledge with a subject says whose it is
            later = (c for c in cues if c.start > cue.start and _has_subject(c, subject_before, subject_right_before))
            other = next(later, None)
            if other is not None:
                who = _reported(
                    _committer(out, sentence, resolver.who(sentence, *other.subject_span, speaker), resolver),
                    sentence,
                    other,
                    said_before,
                )
        out.append(
            Commitment(
                sentence=sentence.index,
                text=text,
                who=who,
                what=_what(text, cue if committed else None),
                amount=amount.group().strip() if amount else None,
                deadline=deadline.group().strip() if deadline else None,
            )
        )
    # A headline, bullet or standfirst whose pledge no one in the story makes is a label for the
    # story ("Unions vow to fight the closure"), not a commitment a reader can hold anyone to.
    kept = [_place_named(c) for c in _restated(out, resolver) if c.who != "article" or finished(c.text)]
    return _story_owners(kept, resolver)


# A place named by its kind as the subject that speaks or commits: "The town of Kamisawa, which will lose four
# routes, said it would spend 30 million yen" is the town's (its government's) plan, never the story's firm's.
_PLACE_OF_SUBJECT = LazyPattern(
    r"^[\"“‘']?(?:But |And )?[Tt]he (?:town|city|village|borough|township|municipality|county|district|province|island)"
    r" of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})(?:, [^,]{1,120},)? (?:(?:said|says|announced|confirmed) (?:that )?it "
    r"(?:would|will|plans|is to)|will|would|is to|plans|has (?:pledged|promised|agreed|vowed)|pledged|promised|agreed"
    r"|vowed)\b"
)


def _place_named(c: Commitment) -> Commitment:
    """A pledge whose subject is a place named by its kind (``_PLACE_OF_SUBJECT``), itself or as "it": the place's,
    not the body the story last named."""
    place = _PLACE_OF_SUBJECT.match(c.text)
    return replace(c, who=place.group(1)) if place else c


# Where people of a kind are, before a name in their phrase: "in", "from", "the seaside town of" (the name is a
# place's, however the story folds it: "Parents in the town of Kelby have vowed" are no Kelby Council).
_WHERE_PEOPLE_ARE = LazyPattern(
    r"(?:\b(?:in|from|across|around)|\b(?:town|village|city|suburb|hamlet|island|county|district|region|area) of)"
    r"\s+(?:the\s+)?$"
)


# People the story does not name, opening a sentence that reports their words: members of the public ("Some longtime
# fans said"), whose plans are never a body's, or a body's officers by its kind ("City leaders said").
_UNNAMED_SAYERS = LazyPattern(
    r"[\"“]?(?:(?:Some|Many|Most|Several|A few|Other|Local) )?(?:[a-z]+ )?(?:(?P<public>fans|residents|parents|people"
    r"|critics|opponents|supporters|customers|neighbou?rs|commuters|riders|tenants|shoppers|voters)"
    r"|(?P<kind>[A-Z]?[a-z]+) (?:leaders|officials|bosses|chiefs))\b(?=[^.!?]{0,40}\b(?:said|say|says|told)\b)"
)


def _officers_of(kind: str | None, owner: str, resolver: Resolver) -> bool:
    """Whether officers named by their body's kind ("City leaders", "Company officials") can be the owner's: the
    kind fits it, and a place's government is a public body's ("City leaders" are no hockey team's)."""
    if not kind or not resolver.fits(kind.lower(), owner):
        return False
    return kind.lower() not in _GOVERNING_KINDS or lexicon.public_body(owner)


_GOVERNING_KINDS = frozenset(["city", "town", "village", "county", "state", "borough", "council", "government"])


def _story_owners(found: list[Commitment], resolver: Resolver) -> list[Commitment]:
    """A plan the story reports with no one doing it ("Tenants will be offered a visit within 28 days",
    "The eight buildings are to be offered on £1 leases") is the plan of the body whose story it is: the one
    that makes most of the story's other pledges, when one does (at least two, more than anyone else), and
    when the plan's own noun for a body can stand for it ("The company said it would" is no transit agency's)."""
    counts = Counter(c.who for c in found if c.who != "article").most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[1][1] == counts[0][1]):
        return found
    owner = counts[0][0]

    def owned(c: Commitment) -> bool:
        noun = _BACK_NOUN.match(c.text) or _NOUN_AFTER_CLAUSE.match(c.text) or _A_BODY.match(c.text)
        body = noun is not None and re.fullmatch(committer.BODY_NOUNS, noun.group(1)) is not None
        sayers = _UNNAMED_SAYERS.match(c.text)
        if sayers and (sayers["public"] or not _officers_of(sayers["kind"], owner, resolver)):
            return False  # "Some fans said they planned to …", "City leaders said …" (no team's): theirs, unnamed
        return c.who == "article" and (not body or resolver.fits(noun.group(1), owner))

    return [replace(c, who=owner) if owned(c) else c for c in found]
