"""Page furniture in text saved from web pages: what a page prints around an article.

A page saved as text keeps its captions, photo credits, bylines, timestamps,
newsletter promos, share and text-size widgets and "Read more" links as lines
of their own, or glued to the sentence after them once hard-wrapped lines are
joined. None of it is the article, and a summary or a claim made of it misleads.
The patterns below describe how pages phrase furniture (an imperative addressed
to the reader, a label and a colon, an agency credit, a timestamp), not any one
site, and each asks for more than a single word so a real sentence survives.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .endings import finished
from .extract.lexicon import HONORIFICS, NON_NAMES, STATE_ABBREVIATIONS, places
from .extract.lexicon import TITLE_WORDS_OF_PAPERS as _PAPERS
from .patterns import LazyPattern

# A wire's or a channel's dateline after a place, or alone: "(KNX) — ".
_WIRE_DATELINE = r"\([A-Z]{2,6}\)\s[—–-]\s"
# A day's name in a pattern read without regard to case: "every Tuesday and Friday".
_DAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# Photo agencies and credit words that end a caption credit ("Jane Doe/AFP/Getty Images").
_AGENCY = (
    r"(?:Getty(?: Images)?|AFP|Reuters|AP(?: Photo)?|PA(?: Wire| Images| Media)?|EPA(?:-EFE)?|Shutterstock|"
    r"Alamy(?: Stock Photo)?|Rex(?: Features)?|REX|Corbis|Bloomberg|Xinhua|Anadolu(?: Agency)?|SWNS|"
    r"Splash News|Backgrid|Instagram|Twitter|Facebook|YouTube|Handout|Supplied|File)"
)
_CREDIT_ONLY = LazyPattern(rf"(?:[\w.'’ -]{{1,40}}/)+\s?{_AGENCY}(?:/[\w.'’ -]{{1,40}})*")
# Any outlet's credit: capitalised names either side of a slash ("LYDIA BARNES/Riverton Sentinel",
# "Trevor Brine/CBC"), alone on a line or in brackets at the end of a caption ("… on Wednesday. (Trevor Brine/CBC)",
# "… on Thursday.(ABC North Coast: Tessa Flemming)").
_NAME = r"[A-Z][\w.'’&-]*(?: (?:[A-Z][\w.'’&-]*|of|the|and|de|van|von))*"
_ANY_CREDIT = LazyPattern(rf"(?:{_NAME}\s?/\s?)+{_NAME}")
_CREDIT_LABEL = (
    r"(?:Photographer|Photography|Photograph|Photo|Foto|Picture|Pic|Image|Credit|PICTURE|PIC)s?(?: [Cc]redits?)?"
    # (Foto: a credit in Spanish, Italian, German …; a tabloid's "PIC: JO ROE")
)
# A picture's credit in brackets: "(Trevor Brine/CBC)", "(KTVX / Jo Bloggs)", "(Pic: Jo Bloggs/Agency)",
# "(Image: Town Post)"; at a caption's start, also an outlet and a name: "(ABC North Coast: Tessa Flemming)".
_PHOTO_BRACKET = (  # ... and a wire's "(AP Photo/Jo Roe, File)", a bar's "(Jo Roe | The Post)"
    rf"\((?:(?:{_CREDIT_LABEL}\s*:\s*)?(?:{_NAME}\s?[/|]\s?)+{_NAME}(?:,\s?(?:File|Handout|Pool))?"
    rf"|{_CREDIT_LABEL}\s*:\s*{_NAME}(?: (?:file|handout))?"  # "(Photo: Kelby Observer file)"
    rf"|(?:File|Archive) [Pp](?:hoto|icture)\s*:\s*{_NAME}"  # "(File photo: Kelby News Agency)" (in brackets only)
    # "(Photo courtesy of X)", also after the outlet's name: "(Express Photo by Jo Roe)"
    # ... of a holder in lower case: "(Photo courtesy of the parish)", "(Picture courtesy of her family)"
    rf"|{_CREDIT_LABEL} courtesy of (?:the|his|her|their) [a-z]+(?: [a-z]+)?"
    rf"|(?:[A-Z][\w.'’&-]* ){{0,3}}{_CREDIT_LABEL} (?:courtesy(?: of)?|by) (?:the )?{_NAME}(?:\s?/\s?{_NAME})*"
    r"(?:,\s?\d{5,9})?)\)"  # (and the picture desk's number: "(Picture by Jo Roe, 33451207)")
)
_BRACKET = rf"(?:{_PHOTO_BRACKET}|\({_NAME}:\s?{_NAME}\))"
_BRACKET_CREDIT = LazyPattern(rf"{_BRACKET}$")
# ... in square brackets, as state media and some broadcasters print one: "[Photo/Xinhua]", "[Photo by Jo Roe/For
# Acme Daily]", "[Photo provided to Acme Daily]", "[Jo Roe/Acme TV]".
_SQUARE_CREDIT = LazyPattern(
    rf"\[(?:{_CREDIT_LABEL}(?: by {_NAME}| provided to {_NAME})?(?:\s?/\s?{_NAME})*|{_NAME}(?:\s?/\s?{_NAME})+)\]$"
)
# A credit in words: "Photo by Jo Roe", "Picture courtesy of Kelby Council".
_CREDIT_WORDS = r"(?:Photo|Photograph|Picture|Image|Video)s? (?:by|courtesy of)"
# A name in a credit: a capitalised word that does not open a sentence.
_CREDIT_NAME = r"(?!(?:The|A|An|He|She|It|They|We|His|Her|Their|Its|In|On|At|But|Police|Officials)\b)[A-Z][\w.'’-]*"
# What opens the sentence after a credit: a quote, a capitalised word before a lowercase one, a name and a comma.
_SENTENCE_NEXT = (
    r"(?=\s+(?:[\"“]|[A-Z][a-z]*\s+[a-z]|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2},"
    r"|(?:The|A|An|In|On|At|He|She|It|They|We|His|Her|Its|Their)\s))"  # ("… Tran Minh Khoa The Vietnam Association …")
)
# A photographer's name, and the agency after a slash, shortest first, up to the sentence after them.
_PHOTOGRAPHER = (
    rf"(?:{_CREDIT_NAME}(?: {_CREDIT_NAME}){{1,2}}?|{_CREDIT_NAME}(?=\s?/))"  # (one word only before a slash)
    rf"(?:\s?/\s?{_CREDIT_NAME}(?: {_CREDIT_NAME}){{0,2}}?)?{_SENTENCE_NEXT}"
)
# Titles whose stop ends no sentence: "Fr. Jo Roe blesses the boat" (each a look-behind of its own width).
_TITLES_STOPPED = ("Dr", "Mr", "Mrs", "Ms", "St", "Prof", "Fr", "Rev", "Sr", "Capt", "Lt", "Sgt", "Insp", "Supt")
_AFTER_END = r"(?:(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))" + "".join(rf"(?<!\b{title}\. )" for title in _TITLES_STOPPED)
_TITLE_STOP = r"\b(?:" + "|".join(_TITLES_STOPPED) + r")\. "  # a title's stop inside a sentence: "Dr. Jo Roe"
# a sentence's capital, not "Jan. 15." (a title's stop inside: "Fr. Jo Roe blesses the boat")
_CAPTION_TEXT = r"(?=[\"“‘A-Z])(?:[^.!?()]|" + _TITLE_STOP + r"){1,200}[.!?]?\s?"
# A word's stop glued onto the next capital with no space, where a copy ran a caption's block onto the story's
# sentence before it: "… the pension preserved.Jo Roe, an inspector, joined the picket line. (Al Lee/Kelby Courant)".
_STOP_SEAM = r"(?<=[a-z][.!?])(?=[A-Z])"
# A caption, its credit, and the sentence after them glued on, at a line's start or after a sentence: the
# caption runs back to the last sentence's end. "A flooded street on Thursday.(ABC North Coast: Tessa
# Flemming)An evacuation centre has opened.", "… homes. A man fills a tank (Pic: Jo Bloggs/Agency) The
# utility said …", "… decades. Jo Roe speaks at the meeting on Tuesday. Staff photo by Ada Novak "You …"".
_GLUED_CAPTION_SOURCE = (
    rf"(?:^{_CAPTION_TEXT}{_BRACKET}|(?:{_AFTER_END}|{_STOP_SEAM}){_CAPTION_TEXT}{_PHOTO_BRACKET})\s*(?=[\"“A-Z])"
    rf"|(?:^|{_AFTER_END}){_CAPTION_TEXT}(?:(?:Staff|File|Contributed|Submitted) photo|Photo|Photograph) "
    rf"(?:by|courtesy of) {_PHOTOGRAPHER}\s*"
    # ... or any words in brackets after the caption's stop, glued to the next sentence with no space, as only a
    # copy of a picture's block over the story's next one gives: "… in February. (City of Kelby)Two storms …"
    # (a title's stop is no sentence's end: "… babies. Dr. Jo Roe will still see patients. (Al Lee for KFF)The …")
    rf"|(?:^|{_AFTER_END})(?<!\b[DM]r\. )(?<!Mrs\. )(?<!Ms\. )(?<!St\. )(?<!Prof\. )(?=[\"“‘A-Z])"
    rf"(?:[^.!?()]|{_TITLE_STOP}){{1,200}}[.!?]\s?\([^()]{{2,100}}\)(?=[\"“A-Z])"
)
_GLUED_CAPTION = LazyPattern(_GLUED_CAPTION_SOURCE)
# A caption under its label at a line's start, its credit, then the story's sentence: "Shaken: Jo Roe, 58, near
# the site. Picture: Ada Novak/SWNS Jo Roe, 58, was out …".
_LABELLED_CAPTION_SOURCE = (
    rf"^[A-Z][a-z’'-]+(?: [a-z’'-]+){{0,2}}:\s+[^.!?]{{1,200}}[.!?]\s*{_CREDIT_LABEL}\s*:\s*{_PHOTOGRAPHER}\s*"
)
_LABELLED_CAPTION = LazyPattern(_LABELLED_CAPTION_SOURCE)
# A caption and its credit ending a line after a sentence of the story: "… tumbling onto the beach. Drone
# footage shows the fall. Credit: @jo/TikTok". The sentence before the credit is the caption.
_TAIL_CAPTION_SOURCE = rf"(?<=[.!?])\s+{_CAPTION_TEXT}(?:{_CREDIT_LABEL}\s*:\s*[^.!?]{{1,80}}|{_PHOTO_BRACKET})$"
_TAIL_CAPTION = LazyPattern(_TAIL_CAPTION_SOURCE)
MIN_LEAD_WORDS = 10  # a caption opens with a short phrase naming what the picture shows; a story's sentence is longer
# A story's sentence tells what happened or will: a past form, an auxiliary; a caption says what the picture shows.
TOLD = LazyPattern(
    r"\b(?:[a-z]{3,}ed|will|would|has|have|had|was|were|is|are|been|could|can|may|might|must|should|did|does"
    r"|won|lost|took|made|went|began|fell|rose|came|gave|got|left|met|paid|ran|sold|told|found|held|kept|set)\b"
)
_GLUED_LABEL = LazyPattern(
    r"[.!?](?:Credit|Photo|Picture|Image)s?:"
)  # a credit run onto a stop: "… 2026.Credit: Jo Roe"
# A caption's phrase naming who or what the picture shows on the day it was taken, with no verb that tells: "Year 6
# students at Kelby Public School at pick-up on Wednesday."
_SHOWN_PHRASE = LazyPattern(r"[A-Z][^.!?]{10,150} on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.")
# A picture's credit with no caption of its own, after a sentence of the story: "… three times a week. (Image:
# Agency) "Without it …"", "… closed in 2015. Getty Images He has …". A caption runs into its credit without a
# full stop ("Jo Roe at the bus stop (Image: Agency)"); a full stop, a space and a labelled credit, or a bare
# agency's name between two sentences, mark a picture dropped between sentences, and the sentence stays.
_STORY_CREDIT_SOURCE = (
    rf"(?<=[.!?\"”’])\s+(?:\({_CREDIT_LABEL}(?:\s*:\s*|\s+by\s+){_NAME}(?:\s?/\s?{_NAME})*\)(?=\s+[\"“‘A-Z]|\s*$)"
    r"|(?:(?:AFP via )?Getty Images|Shutterstock|Alamy(?: Stock Photo)?)(?=\s+[\"“‘A-Z]))"
)
_STORY_CREDIT = LazyPattern(_STORY_CREDIT_SOURCE)
# A caption of one sentence opening its line, then its credit: at the line's end or run into the next sentence
# without a space. "A flooded yard on Elm Road. Courtesy Jo Roe", "Pupils on the steps. Ada Novak for the
# Example Post", "Ann Vey at the plant. | Jo Roe/EXAMPLE", "Crews at the main. Credit: KTVX 10 / Jo RoeThe …",
# "A drawing of the Hexco depot. HexcoThe firm said …"
# (a one-word credit that names what the caption shows: the firm handed the picture out).
_CAPTION_ABBREV = (
    r"\b(?:St|Mr|Mrs|Ms|Dr|Prof|Ir|Ing|Engr|Atty|Rep|Sen|Gov|Ave|Rd|Jr|Sr|Co|Lt|Gen|Sgt|No|Jan|Feb|Aug|Sept?|Oct|Nov"
    r"|Dec|[A-Z])\."
    # (a state's between its town and the caption's next words: "near Penns Hollow, Pa., after a storm")
    r"|(?<=, )(?:" + "|".join(sorted(a.rstrip(".") for a in STATE_ABBREVIATIONS if a.count(".") == 1)) + r")\.(?=,)"
)
# A caption of two or three sentences over its credit in brackets: "Riders board a bus on Feb. 27. The route is the
# first ... (Jo Roe / Harbor Tribune)".
_BRACKETED_CAPTION = LazyPattern(
    rf"^(?=[A-Z])(?:(?:[^().!?]|{_CAPTION_ABBREV}){{1,200}}[.!?]\s+){{2,3}}{_PHOTO_BRACKET}$"
)
# ... or of one sentence that dates the picture or names it, over its credit in brackets or after a copyright sign:
# "Learners share a textbook at Kelby High on 14 March 2025. (Photo: Jo Roe)", "File photo of workers at a site.
# (Photo: CNA/Jo Roe)", "A grower checks his vines on March 12, 2025. © Jo Roe, AFP". (A story's sentence over a
# dropped picture's credit dates no picture: "The council voted on Tuesday. (Photo: Jo Roe)" stays.)
_ONE_LINE_CAPTION = LazyPattern(
    rf"^(?=[A-Z])(?:(?:File |Handout |Stock )?(?:photo|picture|image|rendering|view) of |(?=.*\b(?:on|in) "
    rf"(?:\d{{1,2}} [A-Z][a-z]+ \d{{4}}|[A-Z][a-z]+\.? \d{{1,2}}, \d{{4}})\.\s*(?:\(|©)))"
    rf"(?:[^().!?©]|{_CAPTION_ABBREV}){{1,250}}[.!?]\s*(?:{_PHOTO_BRACKET}|©\s*{_NAME}(?:,\s*{_NAME})?)$",
    re.IGNORECASE,
)
# A picture from the paper's files or a handout, credited so: "File photo", "Staff picture", "Handout image".
_FILED_PHOTO = r"(?:File|Staff|Stock|Handout|Library|Archive) (?:photo|picture|image)"
_AFTER_STOP = LazyPattern(r"(?<=[.!?])\s?(?=[A-Z])")
_FIRM_END = LazyPattern(r"\b(?:Co|Inc|Corp|Ltd)\.$")
# The story's first word, which a credit runs into: a whole capitalised word ("Hospital", "McDonald's"), not the
# rest of a name with a capital inside it ("PublicaHospital" of "ProPublicaHospital").
_STORY_WORD = r"(?:Ma?c)?[A-ZÀ-ÞĦ][a-zà-ÿħ]+(?![^\W\d_])"
# A credit in words whose last name touches the story's next sentence, after its caption (at a line's start, after a
# sentence, or glued on a sentence's stop) or opening the line alone: "Swimmers at the lido on Monday.Credit: Jo Roe,
# KNXKelby Council said …", "… in March. Picture supplied by Kelby Pottery GuildThe guild will …", "… in May.Jo Lee at
# the site. Photo by Ann Vey/Kelby PostOrganisers expect …", "Photo illustration by Jo Roe/Kelby | Getty Images |
# Kelby Rowing ClubThe club will race …"; or a caption over a bracket of credits glued to it: "Jo Lee and the
# ferry (Kelby Ferries, Instagram, Photo-illustration by Jo Roe/Kelby Post)Kelby Ferries will add …".
_GLUED_CREDIT_NAMES = r"[A-Z][\w.'’&-]*(?:(?: | ?/ ?| \| |, )(?:[A-Z][\w.'’&-]*|of|the|and))*"
_GLUED_WORDED_CREDIT = LazyPattern(
    r"(?:^(?:(?=[A-Z])[^.!?()\"“”]{1,150}[.!?] )?|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=[a-z][.!?]))"
    r"(?:(?=[A-Z])[^.!?()\"“”]{1,200}[.!?]?\s?)??"  # (a line may open with a caption of two sentences)
    r"(?:(?:(?:Staff|File) )?(?:Photo|Picture|Image|Rendering)s?(?:[- ][Ii]llustration)?"
    r"(?: by| supplied by| courtesy of|:)"
    r"|Credit:|Photograph:|Photograph by|Illustration by|Courtesy(?: of)?) "
    rf"{_GLUED_CREDIT_NAMES}(?:(?<=[a-z])(?<!Mc)(?<!Mac)|(?<=[A-Z]{{2}}))(?={_STORY_WORD}[\s’',])"
    rf"|^(?=[A-Z])[^.!?()]{{10,200}}\((?:[^()]{{1,80}}, )?(?:Photo|Picture|Image)s?(?:[- ][Ii]llustration)? by "
    rf"[^()]{{1,80}}\)(?=[\"“]|{_STORY_WORD}\s)"
)
# A short name in quotes inside a caption, a machine's, a boat's or a nickname ("A crane named “Vey” at the dock"):
# no one's words.
_QUOTED_NAME_SOURCE = r"[“\"][A-Z][^”\".!?]{0,30}[”\"]"
_QUOTED_NAME = LazyPattern(_QUOTED_NAME_SOURCE)
_CREDITED_CAPTION_SOURCE = (  # (a caption ends in a stop, or with no stop before a bar: "… in Kumasi | File photo")
    rf"^(?P<caption>(?=[A-Z])(?:(?:[^.!?\"“”]|{_CAPTION_ABBREV}|{_QUOTED_NAME_SOURCE}){{1,200}}[.!?]"
    rf"|[^.!?\"“”|]{{1,200}}?(?=\s\|\s)"
    # (or with no stop, its last word touching a tabloid's "Credit:": "… from the bake-offCredit: Jo Roe / Agency")
    rf"|[^.!?\"“”|]{{1,200}}?(?<=[^\W_])(?=Credit\s*:)"
    # (or before a credit's label in capitals: "Shuttered shops on High Street PICTURE: Jo Roe")
    rf"|[^.!?\"“”|]{{1,200}}?(?= (?:PICTURE|PHOTO|IMAGE)S?\s*:)))"
    rf"\s?(?:[|—–]\s*|-\s+)?"
    rf"(?:(?:(?:Photo|Image|Picture)\s+(?i:credit)|{_CREDIT_LABEL}|Source)\s*:\s*|(?:Photo|Picture|Image) / )?"
    rf"(?:(?i:courtesy)(?: (?i:of))? {_NAME}|{_FILED_PHOTO}|Supplied(?: by {_NAME})?|SUPPLIED"  # ("Supplied by X")
    rf"|(?:PHOTO|Photo|IMAGE|Image|PICTURE|Picture)\s?\|\s?{_NAME}(?:\s?\|\s?{_NAME})?"  # "PHOTO | JO ROE | AGENCY"
    rf"|(?:{_NAME} )?(?:[Pp]hoto|[Pp]icture|[Ii]mage)s? by {_NAME}(?![A-Z][\w.'’-]*\s?/)"  # "Photo by Jo Roe.", "Kelby
    # Times photo by Jo Roe" (not up to a capital inside a name before a slash: "Photo by KelbyPost/Jo Roe")
    rf"|(?<=: )(?:{_CREDIT_NAME}|\d[\d.]*)(?: (?:{_CREDIT_NAME}|\d[\d.]*)){{0,4}}(?=\s+[\"“]|\s+[A-Z][a-z]*\s+[a-z])"
    # (or touching the story's first word: "PICTURE: Jo RoeTwo of every ten …")
    rf"|(?<=: )(?:{_CREDIT_NAME} ){{1,3}}{_CREDIT_NAME}(?=" + _STORY_WORD + r" [A-Za-z])"
    rf"|{_NAME}(?:\s?/\s?[A-Za-z][\w]*\.?){{2,3}}"
    rf"|{_CREDIT_NAME}(?: {_CREDIT_NAME}){{1,2}} for (?:the |The )?{_NAME}"
    rf"|{_CREDIT_NAME}(?: {_CREDIT_NAME}){{1,2}} The {_NAME}(?=\s*$)"  # "Jo Roe The Kelby Eagle"
    # (a paper's offer of a print after the credit: "Jo Roe/Daily. Buy this photo.")
    rf"|{_NAME}(?: \d{{1,3}})?(?:\s?/\s?{_NAME}){{1,2}}(?:\. Buy (?:this|a) (?:photo|print)\.)?"
    rf"|{_CREDIT_NAME} {_CREDIT_NAME}(?: {_CREDIT_NAME})?(?=\s*$)"
    rf"|(?<=: ){_NAME} \| {_NAME}"  # (a labelled photographer and outlet across a bar: "Photo credit: Jo Roe | Post")
    # (a photographer's name after the caption's bar, touching the story's first word: "… meeting | Jo RoeCouncillor")
    rf"|(?<=\| )(?:{_CREDIT_NAME} ){{1,2}}{_CREDIT_NAME}(?=" + _STORY_WORD + r" )"
    # (or the outlet and what kind of picture it is, glued on: "… at dusk.KNX/Aerial viewThe mill …")
    rf"|(?<=[.!?]){_NAME}/[A-Z][a-z]+(?: [a-z]+){{1,2}}(?=" + _STORY_WORD + r"\s)"
    rf"|{_CREDIT_NAME}(?: {_CREDIT_NAME}){{0,3}} (?i:file)(?: (?i:photo|picture|image))?(?=\s*$)"  # "Gulf Ledger file"
    rf"|(?:{_CREDIT_NAME} )?@\w{{2,30}}(?=\s*$)"  # a post's handle, after its platform: "Foto: Twitter @Trenes"
    # (a body's or a photographer's name of two to five words touching the caption's stop and the story's first word:
    # "… empty since the 1980s.Kelby Heritage TrustA community group …")
    rf"|(?<=[.!?])(?:{_CREDIT_NAME} ){{1,4}}{_CREDIT_NAME}(?=" + _STORY_WORD + r"|A [a-z])"
    # (a photographer's name and outlet touching a dateline in capitals: "… 2025. Jo Roe, Kelby NewsKELBY CITY — ")
    rf"|(?<=[.!?] )(?:{_CREDIT_NAME} ){{1,2}}{_CREDIT_NAME}, {_NAME}(?=[A-Z]{{3,}}[A-Z ]*\s[—–-]\s)"
    r"|(?P<handout>[A-Z][\w'’-]+?))"
    r"(?:\s*$|(?<=[a-z.])(?<!Mc)(?<!Mac)(?=" + _STORY_WORD + r"|A [a-z])|(?<=\d)(?=\s+[A-Z])"
    # (a handout's "Supplied" before a sentence's "A" and a name, or before a lead's first word in capitals:
    # "SuppliedA Kelby firm", "Picture: SUPPLIEDORCHARD owners in Kelby …")
    r"|(?<=Supplied)(?=A [A-Z])|(?<=SUPPLIED)(?=[A-Z]+ [a-z])"
    r"|(?<=[a-z.])(?=[\"“][A-Z])"  # (or a quote's mark: 'Jo Roe for the Kelby Reader"I'm not …')
    r"|(?<=[A-Z]{2})(?=" + _STORY_WORD + r")"  # (or an agency's initials: "Jo Roe/KTVKelby's bike share …")
    r"|(?<=[a-z])(?=[A-Z]{3,}[A-Z ]*\s[—–-]\s)"  # (or a dateline in capitals: "Jo Roe, Kelby NewsKELBY CITY — ")
    rf"|(?<=[A-Za-z])(?={_WIRE_DATELINE}))"  # (or a wire's or channel's: "Jo Roe/KNX(KNX) — A fire …")
)
_CREDITED_CAPTION = LazyPattern(_CREDITED_CAPTION_SOURCE)
# A word run into a capitalised one: "… the PostHer lawyer said", "… Jo Roe/KTVKelby's", "… Jo RoeA student"
_CAMEL = LazyPattern(
    r"[a-z][A-Z][a-z]|[A-Z]{2}[A-Z][a-z]{2}|[a-z]A [a-zA-Z]|[a-z][A-Z]{3,}[A-Z ]*\s[—–-]\s"
    rf"|[A-Za-z]{_WIRE_DATELINE}"
)  # (... "Jo Roe/KNX(KNX) — ": a credit touching a wire's or channel's dateline)
_STOP_GLUE = LazyPattern(r"[a-z]\.[A-Z][a-z]")  # ... or after a credit's stop: "ANTARA FOTO/Fauzan/nym.Jakarta"
# A labelled credit after the caption's sentence, before the story's: "… slipway. Picture: Solent Wave 107.4 The …".
_LABELLED_RUN = LazyPattern(
    r"[.!?] (?:(?:Photo|Image|Picture) (?i:credit)|Photo|Picture|Image|Credit)s?(?:: | / )|(?<=[^\W_])Credit\s*: "
    r"|(?<=[a-z]) (?:PICTURE|PHOTO|IMAGE)S?\s*: "
)  # (or "Credit:" touching an unstopped caption's last word: "… on Sunday, as temperatures fell to -8CCredit: Jo Roe")
# A caption over its photographer's name and outlet across a slash, a space before the story's sentence: "Shoppers
# queue outside a store in May. Jo Roe/KNN Retail sales rose …".
_SLASHED_CREDIT_RUN = LazyPattern(
    r"^(?P<caption>(?=[A-Z])[^.!?\"“”]{1,200}[.!?]) (?:[A-Z][\w'’.-]* ){1,2}[A-Z][\w'’.-]*/"
    # (the outlet's initials, or one word before a sentence's usual first word: "Jo Roe/Kelbyphoto The vote …")
    r"(?:[A-Z]{2,6}\s+(?!(?:Wire|Images|Photos?|Pictures|News|Media)\b)(?=" + _STORY_WORD + r"\s)"
    r"|(?!The\b)[A-Z][a-z]+\s+(?=(?:The|A|An|He|She|It|They|We|His|Her|Its"
    r"|Their|This|But)\s))"
)
# A caption ending in a tag for a picture from the files, then the story's sentence or nothing: "Jo Roe at the
# clinic last year (file photo) Her son said …", "The island has had no ferry since January (File image)".
_TAGGED_CAPTION_SOURCE = (
    r"^(?=[A-Z])[^.!?()\"“”]{1,200}\((?i:file|stock|library|archive) (?i:photo|picture|image)\)(?:\s+(?=[\"“A-Z])|\s*$)"
)
_TAGGED_CAPTION = LazyPattern(_TAGGED_CAPTION_SOURCE)
# What tells a story's sentence from a caption ending in a full stop: someone's words, or a sentence's length.
_REPORTS_SOURCE = r"[\"“”]|\b(?:said|says|told|tells|added|according)\b"
_REPORTS = LazyPattern(_REPORTS_SOURCE)
MIN_STORY_WORDS = 12
MAX_CAPTION_LINE_WORDS = 30
_CREDIT = LazyPattern(rf"(?:^|\s)(?:[\w.'’ -]{{1,40}}/)+\s?{_AGENCY}\b|\b(?:Getty Images|Shutterstock)\b", re.UNICODE)
# A tabloid caption label: one to three words and a colon before a capitalised sentence
# ("Murdered: At least two ...", "On the scene: Police ...").
_LABEL = LazyPattern(r"^(?P<label>[A-Z][a-z’'-]+,?(?: [a-z’'-]+){0,2}):\s+(?=[\"“‘'A-Z0-9])")  # "Yes, but: Anglers …"
# A timestamp as pages print one: "10:32 EST, 24 March 2021", "Wed 24 Mar 2021 10.32 GMT",
# "March 24, 2021 at 9:05 a.m.", "2021-03-24T10:32"; after its label, which may touch the stamp before it
# ("Published … 2021Updated 9:05 a.m. …").
_CLOCK = r"\d{1,2}[:.]\d{2}\s?(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4}\b)?"
_DAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
_STAMP = (
    rf"(?:(?:{_CLOCK},?\s*)?{_DAY}(?:\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    rf",?\s+\d{{4}}(?:,?\s*(?:at\s+)?{_CLOCK})?"
    r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?"
    rf"|{_CLOCK}(?:,?\s*{_DAY}\d{{1,2}}\s+[A-Z][a-z]+)?)"
)
_STAMPED_SOURCE = (
    rf"(?:^|\s*\|\s*|\s+|(?<=\d))(?:published|updated|posted|modified|last (?:updated|modified)|first published|date)"
    rf"(?:\s*:\s*|\s+(?:at|on)\s+|\s+)(?:{_STAMP})"
)
_STAMPED = LazyPattern(_STAMPED_SOURCE, re.IGNORECASE)


# Whole lines that are furniture. Each is anchored on both ends or asks for a phrase no
# article sentence uses ("Scroll down for video"); lines of furniture are short.
# A comment section's button: "Add comment", "Leave a Reply", "Post Comment".
_COMMENT_BUTTON = r"(?:add|post|leave|write|submit) (?:a |your )?(?:comment|reply)"
_RELEASE_LABEL_SOURCE = r"(?:for immediate release|(?:news|media|press) release)"
_HANDLE_SOURCE = r"@\w{2,30}"  # a social network's handle: "@MayorVarga"
# The note over points a machine wrote: "This is AI generated summarization, which may have errors." (a box's head)
_AI_SUMMARY_NOTE_SOURCE = r"this is (?:an )?ai[- ]generated summar(?:y|i[sz]ation)\b"
# A picture's button, its caption on the line under it: "Open this photo in gallery:".
_OPEN_PICTURE_SOURCE = (
    r"open this (?:photo|image|picture|video) in (?:the )?(?:gallery|full ?screen|a new (?:tab|window))\s*:?"
)
# "Read also" in the languages whose sites run English editions (French, Spanish, Portuguese, Italian, German).
_READ_ALSO = (
    r"[àa] lire (?:aussi|[ée]galement)|lire aussi|(?:lea|lee) tambi[ée]n|(?:tambi[ée]n )?te puede interesar"
    r"|leia tamb[ée]m|leggi anche|lesen sie auch"
)
# ... and "Most read", "Trending" (a list of links follows).
_MOST_READ_ABROAD = r"lo m[áa]s (?:le[íi]do|visto)|tendencias|les plus lus|mais lidas|i pi[ùu] letti|meistgelesen"
# A head of links with the site's name inside it: "Related Tyee stories:".
_RELATED_SITE = r"related (?:[\w.'’]+ ){1,2}(?:articles|stories|coverage|content|links)"
# The networks a share box offers, each a button's whole label: "Facebook", "WhatsApp", "Email".
_NETWORKS = r"facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|messenger|flipboard|e-?mail"
_LINE = LazyPattern(
    r"^(?:"
    r"(?:read|see|watch|click here for|find out) more\b(?![^.!?]*\b(?:said|says|told|added)\b).*|(?:click|tap) here\b.*"
    r"|more (?:news|stories|on this story|from \w+)\s*:.*|(?:story|quick|useful) links|related players"
    r"|(?:popular|trending)(?: now| today)?(?: (?:on|at|from) [\w.'’ ]{1,30})?"  # a list's head: "Popular on KBN"
    r"|(?:related|recommended|trending|popular|top stories|top of the news|top headlines|latest|see also|also read"
    r"|read next|"
    r"editor'?s picks?|you may also like"
    r"|(?:the )?most (?:read|watched|popular|shared|viewed)(?: videos?| stories| news)?"
    r"(?: from [\w.'’ ]{1,30})?)"
    r"(?: (?:topics?|articles?|stories|story|content|coverage|links?|news|videos?))?\s*(?::.*)?"
    rf"|{_RELATED_SITE}\s*:?"
    # Topic and tag headers, comment widgets, end-of-article notes about the article itself.
    r"|(?:explore |more on |suggested |related )?(?:more on )?(?:these |this )?topics?\s*:?|reuse this content"
    r"|\d[\d,.]*k? shares?|comments?\s*\(?\d[\d,]*\)?|share what you think|view all(?: comments)?"
    r"|the comments below have not been moderated\b.*|share or comment on (?:this|the) (?:article|story)\b.*"
    r"|(?:(?:newest|oldest|best rated|worst rated|most recent|top comments)\s*){2,}"
    r"|our standards\s*:.*|from the section\b.*"
    r"|this (?:article|story|report|piece) (?:was|has been|is) (?:updated|amended|corrected|changed|edited)\b.*"
    r"|this (?:article|story|piece) (?:appears|appeared|was published|originally appeared|first appeared) in\b.*"
    # Live pages, players and galleries: "Key events", "Listen to this article", "VIDEO 2:31", "Image 2 of 6".
    r"|live|key events|show key events only|please (?:turn on|enable) javascript\b.*"
    r"|listen to (?:this |the )?(?:article|story)\b.*|listen\s*[·•|-]?\s*\d{1,2}:\d{2}"
    r"|listen to [\"“‘'].{2,80}?[\"”’']\s*:"  # a podcast's player below: 'Listen to “It’s All Good: A Podcast”:'
    r"|(?:audio\s*:\s*)?(?:hear|listen to) (?:this|the) (?:article|story) (?:read )?(?:aloud|out)\b.*"
    r"|\d+(?:\s?[–-]\s?\d+)? min(?:ute)?s?(?: (?:to )?read| listen)?"
    r"|(?:(?:image|photo|picture|slide|list)s?\s*)?\d+ of \d+|watch now|video(?: ad feedback| \d{1,2}:\d{2})"
    r"|\d{1,2}:\d{2}\s*[-–—]\s*source\s*:.*|search(?: \S+){0,3}\s*(?:\.\.\.|…)"
    r"|don[’']?t miss\b[^.!?]*|data (?:(?:is|are) )?(?:a real-time snapshot|delayed)\b.*"
    r"|more from\b[^.!?]{0,50}|more on this story"
    # Widget and section labels that stand alone on a line.
    r"|sign up|(?:published|updated|posted)(?: on| at)?|print(?: this (?:page|article|story))?|(?:link )?copied!?"
    # A share box's buttons and an audio player's note: "Share via", "Close extra sharing options", "Copy Link URL
    # Copied!", "This is read by an automated voice. Please verify its accuracy."
    r"|share via|(?:close|show) (?:extra|more) sharing options|(?:copy link )?url copied!?"
    r"|this (?:article |story )?is (?:read|narrated) by an automated voice\b.*"
    r"|(?:the )?(?:voice|audio|narration|translation)s? (?:is|are) ai-generated\b.*"  # "Voice is AI-generated. …"
    # a sign-up form's small print: "You may occasionally receive promotional content from the Kelby Times."
    r"|(?:you )?may (?:occasionally |also )?receive promotional (?:content|emails|messages|offers)\b.*"
    r"|listen"
    r"|save(?: this)?(?: article| story| for later)?|read (?:the )?full (?:article|story)|open in (?:the )?app"
    r"|(?:go to|view|visit) (?:the )?full (?:site|version|website)|reading time\s*:?\s*\d+\s*min(?:ute)?s?"
    r"|from (?:our|the) live (?:team|desk|blog team)\s*:.*"
    r"|" + _AI_SUMMARY_NOTE_SOURCE + r".*|how does this (?:article |story )?make you feel\??"
    # A press office's labels and a page's way back: "FOR IMMEDIATE RELEASE", "Media release", "Case #: 25-0045",
    # "Back to Media releases"; a recipe card's and a repost's buttons.
    rf"|{_RELEASE_LABEL_SOURCE}|case (?:#|no\.?|number)\s*:?\s*[\w-]+"
    # ... and its embargo: "EMBARGOED UNTIL 00:01 BST TUESDAY 8 OCTOBER 2024", "Embargo: 10am, 3 May"
    r"|(?:embargoed? (?:until|till|to)|under embargo until|embargo\s*:)[^.!?]{1,60}"
    r"|back to (?:[\w&'’-]+ ){0,3}[\w&'’-]+|(?:jump to|print|pin|save|rate this) recipe"
    r"|report this (?:article|post)|[\w.'’ -]{1,40} reposted this"
    # A blogging platform's: "Published inThe Civic Ledger", "Jo RoeFollow", "Member-only story".
    r"|published in ?(?-i:[A-Z])[\w.&'’ -]{1,40}|(?-i:[A-Z])[\w'’-]+ (?-i:[A-Z])[\w'’-]+ ?follow|member-only story"
    r"|got (?:news|a (?:news )?tip|a story(?: idea)?)\?.*"
    r"|posted by [^.!?]{1,40} on [a-z]+\.? \d{1,2}, \d{4}(?: at \d{1,2}:\d{2} ?[ap]\.?m\.?)?\..*"
    r"|filed under:? (?-i:[A-Z])[\w&'’ -]{1,30}(?:, (?-i:[A-Z])[\w&'’ -]{1,30}){0,5}"
    # Contact boxes, forms and widgets: "P.O. Box 500 Station A Toronto", "Toll-free (Canada only): 1-866-306-4636",
    # "Please log in to comment.", "New to LinkedIn? Join now", "Did you find what you were looking for?".
    r"|.*\bp\.? ?o\.? box \d+\b.*|(?:toll[- ]free|tel|telephone|phone|fax)\b[^.!?]{0,40}?:?\s*[+(]?\d[\d ()-]{6,}"
    r"|please (?:log|sign) in to (?:comment|reply)\.?|new to [\w.]+\?\s*(?:join|sign up)(?: now)?"
    r"|did you find what you were looking for\??|your subscription (?:has been|was) successful\.?"
    r"|for (?:feedback|complaints|inquiries|enquiries)\b[^.!?]{0,40}\bcontact us\.?"
    r"|tried this recipe\?.*|your email address will not be published\b.*"
    r"|this transcript was (?:machine|computer|automatically)[- ]generated\b.*"
    # A podcast's or a broadcast's credits: "Produced by Jo Roe. Edited by Ann Lee. Music by Blue Dot Sessions."
    r"|(?:(?:produced|edited|mixed|engineered|hosted|music|sound design|fact-checked) by [^.!?]{1,40}\.\s*){2,}"
    # A press release's minister under its heading: "The Hon. Jo Roe MP".
    r"|the hon(?:ourable|orable|\.)? (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){0,3}"
    r"(?: (?-i:MP|MLA|MLC|MSP|MS|TD|MHA))?"
    r"|newsletters?"
    r"|\d+ comments?|log in to comment|recommended(?: for you)?|more stories|paid post|partner content"
    r"|promoted(?: content)?|from our partners|ad|report an error|send us feedback|editorial standards|tip us off"
    r"|read our comment policy|breaking(?: news)?|live updates?|key points|highlights|in this (?:article|story)\s*:?"
    r"|contents|show (?:more|less)|expand|close|menu|search|(?:the )?associated press|reuters staff"
    # A search box's prompt: "Search for company or instrument", "Search for news, symbols or companies".
    r"|search(?: for)? (?:compan(?:y|ies)|instruments?|tickers?|symbols?|quotes?|news|articles|stories|topics"
    r"|keywords?|people|jobs)(?:(?:,| or| and) \w+){0,3}"
    r"|(?:photos?|pictures?|images?) (?:by|courtesy of) the (?:author|writer|reporter)\.?"
    r"|[a-z]{1,4}\."  # an abbreviation alone, a roster card's class year: "Sr.", "Fr."
    r"|e-?mail address\s*:|follow(?: us)?\s*:"
    # A site's menu on one line, from its home link to its search or "More": "Home News Culture Music Search".
    r"|(?-i:Home(?: [A-Z][\w'’-]*| &){3,} (?:Search|More|Menu))"
    r"|accessibility (?:links|help)|keyboard shortcuts for (?:the )?(?:audio|video) player"
    r"|(?:open|close) (?:side )?navigation menu|(?:open|close) search(?: bar)?|add to my\w{0,6}|search the [\w ]{1,30}"
    r"|unlock the [^.!?]{1,40}\bdigest\b[^.!?]{0,20}|enjoy more audio and podcasts on\b.*"
    r"|[^.!?]{1,80}\bselects (?:his|her|their) favou?rite stories in this\b[^.!?]{0,40}\."
    r"|(?:now playing|up next|next up|playing next)(?:\s*[:-].*)?"  # a player's: "Now Playing: …", "… - Source: X"
    # A developing story's labels on their own lines: "Update, 4:45 p.m.:", "Original story:".
    r"|(?:update[ds]?|original (?:story|post|report)|editor['’]?s note)(?:,? [\w.: ]{1,25}?)?\s*:"
    r"|enter (?:your )?(?:city|town|zip|post ?code|location|address)\b[^.!?]{0,40}"  # a weather site's search box
    r"|alert\s*:.*\bclick (?:here )?for (?:more )?details\W*"  # a site's alert banner: "ALERT: … Click for details."
    r"|(?:photo-?illustration|illustration) by [^.!?]{1,40}\.?(?: sources?: [^.!?]{1,40}\.?)?"
    # A printed front page's index of sections and pages: "Obituaries A5 | Opinion A6 | Sports B1".
    r"|(?:[a-z&]+(?: [a-z&]+)? [a-h]\d{1,2}\s*\|\s*)+[a-z&]+(?: [a-z&]+)? [a-h]\d{1,2}"
    # A player's download link: "Download MP3 (3.8 MB)".
    r"|download (?:the )?(?:mp3|audio|podcast|episode|pdf)(?: \([\d.,]+ ?[kmg]b\))?"
    # A market announcement's number: "RNS Number : 4821K".
    r"|(?:rns|announcement|release|reference) (?:number|no\.?)\s*:\s*\w+"
    r"|(?:getty(?: images)?|epa|reuters|afp|ap|pa)"
    r"|.*\b(?:hide|toggle|show) caption|enlarge this image|\d+-minute (?:listen|read)"
    r"|to contact the (?:reporters?|editors?|authors?)(?: responsible)? (?:on|for) this story\b.*|allow \w+ content\??"
    r"|skip (?:\w+ )?(?:post|content|video)(?![\w-]).*|end of (?:\w+ )?(?:post|content|video)(?![\w-]).*"
    r"|see more on\s*:.*|share full (?:article|story)|send (?:any )?(?:a )?friend (?:a|this) (?:story|article)"
    r"|gift (?:this )?article|skip (?:advertisement|ad)|ad feedback|supported by|bookmark|more info|sort by\b.*"
    r"|(?:want to )?join the (?:debate|conversation|discussion)(?:\s*[:!.?].*)?|invalid e-?mail(?: address)?"
    r"|something went wrong\b.*"
    # a plea for a reader's tip: "Help keep our content free … by leaving a tip today.", "Want to leave a tip?"
    r"|(?:[^.!?]{0,40}[.!?]\s+)?(?:help|support)\b[^.!?]{0,120}\b(?:leave|leaving) (?:us )?a tip\b[^.!?]{0,30}[.!?]?"
    r"|(?:want to |please )?leave (?:us )?a tip\??"
    # the author's social accounts: "For updates on this story, follow Jo Roe on Facebook, X and Instagram."
    r"|(?:for (?:updates|more)\b[^,.!?]{0,40}, )?follow [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} on "
    r"(?:Facebook|X|Twitter|Instagram|TikTok|Threads|LinkedIn|Bluesky)\b[^.!?]{0,60}[.!?]?"
    # a funder's note: "Environmental coverage on kelby.com is supported by a grant from the Kelby Foundation."
    r"|[^.!?]{0,60}\bcoverage\b(?:[^.!?]|\.(?=\S)){0,80}\bis (?:supported|funded|made possible)(?: in part)? by "
    r"(?:an? )?(?:grant|gift|donation)s?\b[^.!?]{0,120}[.!?]?"  # (not "The hospital's coverage is funded by the state")
    r"|view (?:gallery|all \d+ (?:images|photos|pictures))|\+\d+|[_*=~#-]{3,}"
    r"|(?:video|watch|listen)(?: now| live)?\s*:.*|reporting from [A-Z][^.!?]{1,40}"
    r"|a version of this (?:article|story) appears in print\b.*|.*\bopens (?:in a |in )?new (?:tab|window)\W*"
    # A local TV station's video player: its countdown, its placeholder title, its list, its app note.
    r"|next up in \d{1,2}|more videos|example video title will go here for this video"
    r"|to stream [^.!?]{1,40} on your phone, you need the [^.!?]{1,40} app\."
    r"|follow [\w'’ ]{1,40} on (?:whatsapp|twitter|x|facebook|instagram|tiktok|threads|bluesky|youtube|linkedin|"
    r"google news)\b.*"
    # Notes to the reader about the page: comment-section rules, the site's policies, sign-up small print,
    # live-page widgets, a support appeal's thanks, a teaser cut off mid-sentence ("He was born...").
    r"|(?:\w+ )?welcome to the (?:discussion|conversation|comments)\.?|please turn off your caps lock\.?"
    r"|what do you think\s*\?.*"
    r"|why you can trust\b.*"
    r"|(?:this (?:article|story) )?(?:appeared|appears) in (?:the )?[^.!?]{0,40}\bprint edition\b.*"
    r"|.*\bis not responsible for the content of external (?:sites|websites|links|pages)\b.*"
    r"|read about our approach to external linking\.?|get involved|#\w+|refresh|resize|live reporting|live text"
    r"|edited by [^.!?]{1,60}|all times (?:stated |shown |are |given )+(?:in |are )?\w+\.?"
    r"|show (?:the )?(?:latest|new|more|all) (?:updates|posts|entries)|(?:scroll|swipe) (?:down )?to continue\b.*"
    r"|tickers? in this (?:article|story)|in short\s*:?|date\s*:|what[’']?s next\s*\??"
    r"|sign(?: me)? up(?: now| here| today)?\s*!?"
    r"|(?:a|our|the) (?:free )?(?:(?:daily|weekly|monthly|fortnightly|morning|evening|twice-weekly) )?newsletter "
    r"(?:about|with|from|for|on|that|covering)\b.*"
    # ... a newsletter named, with its outlet and its day: "Tide Table, KNX's weekly coast newsletter, lands every
    # Monday."
    r"|[^.!?,]{1,40}, (?:our|(?:the )?(?:[\w&-]+ ){0,2}[\w&-]+['’]s) (?:free )?"
    r"(?:(?:daily|weekly|monthly|morning|evening) )?(?:[\w-]+ )?newsletter, "
    r"(?:arrives|lands|comes|goes out|is delivered)\b.*"
    r"|acknowledge?ment of country|about the authors?"
    # Corrections and notes on the article's age.
    r"|(?:corrections?|clarifications?|editor[’']?s note)\s*:.*"
    r"|an earlier version of this (?:article|story|report)\b.*"
    r"|an earlier version (?:said|stated|misstated|gave|named|described|referred|reported|wrongly|incorrectly)\b.*"
    r"|this (?:article|story|piece) is (?:more|over) than (?:a|an|\d+) \w+ old"
    r"|(?:warning\s*:\s*)?this (?:article|story|report|page) contains (?:details|descriptions|images|content)\b"
    r"[^.!?]*\b(?:distressing|upsetting|disturbing|offensive|graphic)\b.*"
    # A video or podcast card: "WATCH | Parents worry …", "Duration 2:04".
    r"|(?:watch|listen|video|audio|photos?|gallery)\s*\|.*"
    r"|(?:(?:video|audio|clip) )?duration\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s.*)?"
    r"|.*\bcopyright\b.*\b(?:cannot|may not|must not) be (?:reproduced|republished|redistributed|published)\b.*"
    r"|[a-z]{2,5} = [\w ]{1,40}\btime\b.*|.*[\w,](?:\.{3}|…)"
    # A line ending in a bare web address: "Follow our coverage at https://…".
    r"|(?:[^.!?]{0,120}\s)?\S*(?:https?://|www\.)\S+"
    # A consent banner, in the site's own voice.
    r"|we value your privacy"
    # The site addressing its reader, a teaser cut off before its link, a pitch for the site's news.
    r"|dear (?:visitors?|readers?|users?|subscribers?),.*|.*\w(?:\.{3,}|…)\s*read more"
    r"|get the latest\b[^.!?]{0,60}\bnews\b[^.!?]{0,80}\.?|watch live(?: news| tv| stream| coverage)?\s*:?"
    # How to reach the writer: "Contact IndyStar education reporter Jo Roe at jroe@example.com or 317-555-0148.",
    # "Jo Roe: jroe@example.com, 412-555-0163"
    r"|contact (?:[\w'’.-]+ ){0,8}?at (?:[\w.+-]+@\S+|\(?\d{3}\)?[-. ]\d{3}[-.]\d{4}\b).*"
    r"|[a-z][\w'’.-]*(?: [a-z][\w'’.-]*){1,3}: [\w.+-]+@[\w-]+\.\S+.*"
    # A photo's reprint button; a list of a section's or an author's stories ("Latest in Success", "More from
    # Fortune", "More by Jo Roe").
    r"|buy (?:now|photo|this photo|reprints?)|purchase (?:this )?photo"
    r"|.{3,60} contributed (?:reporting|research|data analysis|additional reporting)(?: to this (?:report|story))?\."
    r"|(?:latest|more) (?:in|from|by) (?-i:[A-Z][\w.'’&]*(?: [A-Z][\w.'’&]*){0,2})"
    r"|(?:we|this (?:site|website)|our (?:site|website))(?: and our (?:\w+ )?partners)? uses? "
    r"(?:(?:its|our) own (?:and third[- ]party )?)?cookies\b.*"
    r"|(?:accept|reject|allow|refuse|decline)(?: all)?(?: cookies)?"
    r"|manage (?:preferences|cookies|settings|options|consent)"
    r"|cookie (?:settings|policy|preferences|notice)"
    r"|(?:image|media|video|photo) (?:caption|copyright|source)\b.*|media playback is unsupported\b.*"
    r"|(?:additional )?(?:reporting|writing|editing)(?: by\b.*)"
    r"|(?:sign in|log in|login|subscribe(?: now)?|register|back to top|loading\W*)|subscribe\s*:.*"
    # the print edition's links: "e-Paper", "ePaper", "e-Edition", "Today's Paper"
    r"|e-?paper|e-?edition|today['’]s paper|print edition"
    # The links and labels at the top of a page: skip links, the site's logo and home link, the menu button.
    r"|(?:\w+ )?skip (?:to|next|past) [^.!?]{1,40}|accessibility help"
    r"|(?:your|my) account|print subscriptions?|[^.!?]{0,40}\b(?:homepage|home page|logo)|skip links?"
    r"|(?:[^.!?]{0,40}\s[-–—|]\s)?back to (?:home|the home ?page)|show navigation(?: menu)?"
    r"|please use (?:a |the )?[\w ]{1,20} browser\b.*|filed under\s*:?"
    r"|list of \d+ items|end of list|keep reading|rss(?: feeds?)?|play|pause|mute|unmute|replay|play video|full ?screen"
    r"|(?:hamburger |main |site )?navigation(?: button| menu)?|(?:hamburger )?menu(?: button)?|(?:watch|listen) live"
    r"|(?:view|show|hide|read|see) (?:all )?(?:\d+ )?comments?(?: \(\d[\d,]*\))?|tags?\s*:.*|follow @\w+.*"
    r"|(?:do you have a story|we pay for your stories|email us at|got a story)\b.*"
    # Skip links and language toggles, a messaging channel's counts and labels, a wiki's tagline (round fifteen).
    r"|jump to (?:navigation|search|content|main content)|language selection|fran[çc]ais|english|fr|en"
    r"|(?:search|rechercher) [\w.]+\.(?:ca|gov|gc\.ca|org)|you are here\s*:|date modified\s*:.*"
    r"|pinned message|forwarded from\b.*"
    r"|[\d.,]+k?\s+(?:edited\s+)?\d{1,2}:\d{2}|from wiki\w+, the free\b.*"
    # A comment section's buttons and form labels: "Add comment", "Leave a Reply", "Reply To:".
    rf"|{_COMMENT_BUTTON}|reply(?: to)?\s*:"
    r"|.*\b(?:see|read) our privacy (?:notice|policy)\b.*"
    r"|share(?: (?:this|the))?(?: article| story)? (?:on|via|with|to|in) \w+.*"
    rf"|(?:{_NETWORKS}|copy (?:link|url))"
    r"|scroll down for (?:video|more|comments)\b.*"
    r"|(?:story|article) continue[sd]? (?:below|after)\b.*|continue reading(?: below| the main story)?.*"
    r"|advertisement\b.{0,40}|sponsored(?: content)?|advertise with (?:us|[\w&'’ ]{1,30})\.?"
    r"|please (?:enter|provide) your [\w ]{2,30}[!.]?(?: here)?"
    r"|you have entered an incorrect [\w ]{2,30}[!.]?"
    r"|(?:[A-Z]\s+){2,}[+-]?|[•·|]\s*(?:share|tweet|email|print|comment|comments|save|copy link)\b.*"
    r"|share (?:this|the) (?:article|story|page)|.*\bcontributed (?:to )?(?:this|the) (?:report|story)\.?"
    r"|(?:share|tweet|email|print|save|comments?)(?:\s*[•·|/]\s*(?:share|tweet|email|print|save|comments?))*"
    # a share bar's buttons run on one line with no marks between: "Facebook Tweet Email Link Link Copied!"
    rf"|(?:(?:{_NETWORKS}|tweet|sms|share|print|save|link|copy link|(?:link )?copied!?|comments?)(?:\s+|$)){{3,}}"
    r"|(?:image|photo(?:graph)?|picture|video|credit|source|composite)s?\s*(?:copyright|credit|caption)?\s*[:©].*"
    r"|©.*|copyright\s*(?:©\s*)?\d{4}.*|.*\ball rights reserved\b.*"
    # a site's rights notice in words: "The material on this site may not be reproduced … without permission of X."
    r"|(?:the )?(?:material|content)s? (?:on|of) this (?:site|website|page) may not be reproduced\b.*"
    # An embedded post's handle, button and counts ("@MayorVarga", "Follow", "1.4K", "Read 96 replies"), a widget's
    # help text, a station's live player ("ON AIR NOW: The Midday Rundown"), an edition's switch.
    rf"|{_HANDLE_SOURCE}|follow|follow (?:us|[\w.'’ ]{{1,30}}) ?:|\d[\d.,]*[km]|read \d[\d.,]*k? (?:replies|comments)"
    r"|press enter to [^.!?]{1,60}|(?:on air now|on air|listen live|now playing|live now)\s*:.*"
    r"|english edition|se connecter|s[’']abonner\b.*"
    # A reader app's buttons around a story it shows: "Mark all as read", "Read Later", "Save to Board".
    r"|mark (?:all )?as (?:read|unread)|(?:read|save for) later|recently read|save to (?:board|collection)"
    r"|visit (?:the )?(?:website|site)|view original|summari[sz]e with [\w ]{1,20}|upgrade to [\w+ ]{1,15}"
    # An English edition's chrome left in its own language: skip links, ad labels, "read also" links, a page's
    # share, size and listen buttons (French, Spanish, Portuguese, Italian, German).
    r"|(?:aller|passer) au contenu(?: principal)?|(?:ir|saltar) al contenido(?: principal)?"
    r"|(?:pular|ir) para o conte[úu]do(?: principal)?|vai al contenuto(?: principale)?"
    r"|(?:direkt )?zum inhalt(?: springen)?"
    r"|publicit[ée]|publicidad|publicidade|pubblicit[àa]|anuncio|werbung|anzeige"
    rf"|(?:{_READ_ALSO})\s*:?.*"
    # ... its lists' heads, subscription and cookie notices, buttons and rights line
    rf"|{_MOST_READ_ABROAD}"
    r"|comentarios|commentaires|coment[áa]rios|commenti|kommentare"
    r"|suscr[íi]bete\b.*|abonnez-vous\b.*|ya soy suscriptor|d[ée]j[àa] abonn[ée]e?|aceptar|accepter|aceitar"
    r"|(?:este sitio|este sitio web|ce site|nous utilisons des|utilizamos)\b[^.!?]{0,40}\b(?:cookies|t[ée]moins)\b.*"
    r"|.*\b(?:todos los derechos reservados|tous droits r[ée]serv[ée]s|todos os direitos reservados"
    r"|tutti i diritti riservati|alle rechte vorbehalten)\b.*"
    r"|partager(?: l[’']article)?|taille du texte|[ée]couter l[’']article\b.*|agrandir l[’']image\b.*"
    r"|compartir(?: en \w+)?|tama[ñn]o (?:de|del) (?:la )?(?:letra|texto)|escuchar (?:la )?(?:noticia|nota)\b.*"
    # ... and its time stamps: "Publié le 3 juin 2025 à 5 h 00 HAE", "Publicado el 12 de mayo de 2025, 10:42"
    r"|(?:publi[ée]|mis [àa] jour|modifi[ée]|publicado|actualizado|atualizado|pubblicato|aggiornato"
    r"|ver[öo]ffentlicht|aktualisiert)(?: (?:le|el|em|il|am))?:? \d{1,2}\.? (?:de )?[^\W\d_]+\.? (?:de )?\d{4}"
    r"(?:,? (?:[àa] |a las |um )?\d{1,2}(?: ?h ?|:)\d{2}(?: ?uhr)?)?(?: [A-Z]{2,5})?"
    r")$",
    re.IGNORECASE,
)
# Lines of furniture that open with a word few article lines open with: a video player's labels, a press
# release's frame, a live page's notice that it has moved on, a credit to an agency's material, a newsletter's
# last button, a note on the print edition, a paywall's buttons, an author's and a release's contact lines.
# They are looked for only in a line that opens so (or is one e-mail address), and compiled on first use,
# so start-up does not pay for them.
_RARE_STARTS = (
    "video player", "the video player", "this is a modal", "beginning of dialog", "end of dialog", "close modal",
    "caption settings", "captions settings", "news provided", "want your", "our live coverage", "our coverage",
    "information from", "material from", "reporting from", "thanks for", "thank you for", "ready for more",
    "let's go", "let’s go", "this ad", "this advertisement", "published in", "printed in", "was published in",
    "this article", "this story", "a version of", "sign in", "log in", "view offers", "view more offers",
    "view all offers", "article content", "author of", "x:", "twitter:", "instagram:", "threads:", "bluesky:",
    "media", "press", "investor", "company", "view original", "reply", "thank", "more", "what we", "stock chart",
    "this content", "this video", "to use this", "sorry", "video unavailable", "an error", "your browser", "open image",
    "you have", "this is a subscriber", "purchase a", "with ", "(with", "— with", "– with", "- with", "join our",
    "this report", "update", "disclosure", "we'd", "we’d", "by clicking", "you're", "you’re", "check your", "oops",
    "except for the headline", "follow us", "support ", "story text", "text settings", "learn more", "forum view",
    "loading comments", "prev story", "next story", "this live", "follow the latest", "follow our latest", "look back",
    "new you can", "you can now", "—with", "–with",
    "add ", "try ", "start your", "get ", "limited time", "published by", "part of the", "elsewhere on", "previous",
    "click to", "register", "read our", "thanks", "copy", "become a", "watch ", "listen ",
)  # fmt: skip
_RARE_LINE_SOURCE = (
    r"^(?:(?:the )?video player is loading\W*|this is a modal window\W*|(?:beginning|end) of dialog window\b.*"
    r"|close modal dialog|captions? settings(?:,? opens captions? settings dialog)?|news provided by\b.*"
    r"|want your (?:company[’']?s )?news featured\b.*"
    r"|our (?:live )?coverage (?:of [^.!?]{1,40} )?has (?:moved|ended|finished|concluded)\b.*"
    r"|(?:information|material|reporting) from [^.!?]{1,60}\b(?:was|were) used in this (?:report|story|article)\W*"
    # (a streaming promo, "Watch every bulletin free on Kelby+ >>"; a pitch's button, "Become a member")
    r"|watch [^.!?]{0,60}\b(?:for )?free on [\w+.-]{1,20}(?: [\w+.-]{1,20})?\W*"
    # (a station's promo: "Listen to Kelby FM on 96.4FM or on the app.")
    r"|listen (?:live )?to (?-i:[A-Z])[\w+.-]*(?: [\w+.-]+){0,3} on \d[^!?]{0,80}"
    r"|become an? (?:member|subscriber|supporter|patron|donor|insider)(?: today| now)?\W*"
    r"|(?:thank you|thanks) for (?:reading|subscribing|signing up|registering|listening|watching)"
    r"(?: [^.!?,]{1,40})?[.!]*"
    r"|ready for more\s*\??|let[’']?s go!?|this (?:ad|advertisement) has not loaded\b.*"
    r"|(?:(?:this|a version of this) (?:article|story) )?(?:was )?(?:published|printed) in (?:the )?[^.!?]{0,40}"
    r"\bprint edition\b.*"
    r"|(?:sign in|log in)(?: or (?:create an account|register|subscribe))?|view (?:more |all )?offers|article content"
    r"|author of the article\s*:?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:x|twitter|instagram|threads|bluesky)\s*:\s*@\w+"
    r"|(?:media|press|investor|company)(?: relations)? contacts?\s*:.*|view original content\b.*|reply|thank"
    r"|more\s*:|what we(?:[’']re| are) covering|stock chart icon"
    # A player's or an embed's apology, a paywall's count, an agency's share of the story, a sign-up's replies.
    r"|this content is not available\b.*|this video (?:can ?not|could not|is not|isn[’']t) (?:be played|available)\b.*"
    r"|to use this feature\b.*|sorry,? this (?:video|content|clip|page|feature)\b.*|video unavailable\b.*"
    r"|an error (?:has )?occurred\b.*|your browser does not support\b.*|open image modal"
    r"|you have \d+ free (?:articles?|stories) (?:left|remaining)\b.*|this is a subscriber-only (?:article|story)\b.*"
    r"|purchase a subscription\b.*|with inputs from [^.!?]{1,40}|[—–-]?\s*with (?:aap|ap|afp|reuters|pa|wires|agencies)"
    r"|[—–-]?\s*with (?:additional )?(?:assistance|reporting) (?:from|by) (?-i:[A-Z])[\w.'’-]*"
    r"(?:(?:,| and| &)? (?-i:[A-Z])[\w.'’-]*){0,8}\.?"
    r"|this report by [^.!?]{1,40} was first published\b.*|join our whatsapp (?:channel|group|community)\b.*"
    r"|updated?,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2}[:.]\d{2})[^!?]{0,40}?:\s.*|disclosure\s*:.*"
    r"|this (?:article|story) (?:was|is) featured in\b.*|we[’']d love to hear from you\W*"
    r"|by clicking [\"“']?(?:sign up|subscribe|submit|register|continue|accept|i agree)\b.*"
    r"|(?:except for the headline,? )?this (?:story|article|report) has not been edited by\b.*|follow us\s*:?"
    r"|story text|text settings|learn more|forum view|loading comments\W*|(?:prev|previous|next) story"
    r"|this live (?:blog|page|coverage) (?:is now|has) (?:closed|ended)\b.*"
    r"|follow (?:the|our) latest (?:updates|coverage) here\W*|look back (?:on|at) how (?:the day|today|it)\b.*"
    r"|add [^.!?]{1,30} (?:on|to) google(?: news)?"
    r"|copy(?:/paste)? (?:the )?(?:article )?(?:video )?embed (?:link|code)\b.*"
    # Offers, sign-in prompts and page links: "Try 1 month free", "Log in or register to comment", "Previous 1 Next".
    r"|(?![^.!?]*\b(?:said|says|told)\b)(?:try|start|get)\b[^.!?]{0,30}\b(?:free trial|months? free|weeks? free"
    r"|for [$£€]\d)\b.*|limited time offer"
    r"|(?:log in|sign in)(?: or (?:register|create an account|subscribe))?"
    r" to (?:comment|reply|continue|read more|save)\b.*|register to (?:read|continue|comment)\b.*"
    r"|this (?:article|story|content) is (?:reserved|only available|available) (?:for|to) (?:subscribers|members)\b.*"
    r"|read (?:our|the) (?:full |latest )?coverage\b[^.!?]{0,60}\bhere\W*"
    r"|published by [^.!?]{1,50}\b(?:ltd|limited|inc|llc|plc|group|media)\.?"
    r"|part of the [^.!?]{1,80}\b(?:group|network)"
    r"|elsewhere on (?:the )?[\w ]{1,20}|previous(?: \d+)? next|click to (?:enlarge|expand|play|view)\b.*"
    r"|thank(?:s| you)!?|(?:new )?you can now listen to\b.*"
    r"|support (?:the )?(?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*)?"
    r"|you[’']re all set\W*|check your inbox\b.*|oops\W.*"
    r")$"
)
_RARE_LINE = LazyPattern(_RARE_LINE_SOURCE, re.IGNORECASE)


# Page chrome seen in round seven's pages, as whole lines: a video card's reporter, a poll and a podcast player, sales
# banners, comment prompts, a page's feedback widget, press-office notes, FAQ heads, a post's counters, paywall and
# publication blurbs, funding and charity notes, a helpline box, bare domains, a consent banner's lines and buttons,
# a page's badges. Compiled on first use, and asked only of lines that open or end as these do (``_chrome_line``).
# A note that a picture only illustrates the story: "File photo used for illustrative purposes only", "Image for
# representation purposes", "Representative image".
_ILLUSTRATIVE_SOURCE = (
    r"(?:(?:file|stock|representative|representational) )?(?:photo|picture|image)s?(?: (?:is|are))?(?: used)? for "
    r"(?:illustrative|illustration|representation(?:al)?|representative) purposes?(?: only)?\.?"
    r"|(?:representative|representational) (?:photo|picture|image)\.?"
)
_CHROME_LINE_SOURCE = (
    r"^(?:"
    # A video card's credit to its reporter: "Jo Roe reports."
    r"(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}) reports\.?"
    # A poll's question under its label, a podcast player: "POLL: Should …?", "▶ 18:42 The Daily Brief …".
    r"|poll\s*:[^.!]*\?|[▶►⏵]\s*\d{1,2}:\d{2}\b.*"
    # A sales banner under its shouted label or over its button: "BUY TICKETS: …", "Book now: …", "… SHOP NOW".
    r"|(?:buy|book|get) (?:your )?(?:tickets|now|seats|places)\s*:.*|.*\b(?-i:BUY NOW|SHOP NOW|BOOK NOW|DONATE NOW)"
    r"|[£$€]\d[\d,.]* (?:could|would|can|will) (?:pay for|buy|fund|provide|give)\b.*\bdonate (?:today|now)\W*"
    # A comment box's prompt, a page's feedback widget, a press office's note to editors.
    r"|be the first (?:one |person )?to comment\b.*|(?:was|is) this (?:page|article|information) (?:helpful|useful)\b.*"
    r"|report a (?:problem|bug|mistake|error) (?:with|on) this page\W*|notes? (?:to|for) editors\s*:?"
    r"|(?:for )?(?:media|press) (?:enquiries|inquiries)\s*[:,].*|out of hours\s*:\s*[+\d(][\d ()+-]{6,}\.?"
    r"|frequently asked questions|faqs?"
    # A post's counters and a publication's blurb: "214 Reposts 38 Quotes 1,102 Likes", "Over 9,000 subscribers."
    r"|(?:[\d,.]+[km]? (?:reposts|retweets|quotes|likes|replies|views|shares|comments)\s*){2,}"
    r"|(?:over|more than|join) [\d,.]+k?\+? (?:other )?(?:paid )?(?:subscribers|readers)(?: already| today)?\W*"
    r"|[\d,.]+[km]? (?:subscribers|followers|members)"  # a channel's count under its name: "48.2K subscribers"
    r"|this (?:post|article|story|content) is for (?:paid )?(?:subscribers|members)\b.*|upgrade to (?:paid|premium)\b.*"
    r"|(?:like\s*|comment\s*|restack\s*|share\s*){2,}"
    # A note on who funds the outlet's reporting: "Local news here is journalism co-funded by …".
    r"|[^.!?]{0,60}\bjournalism (?:(?:is )?(?:co-)?funded (?:by|through)|supported by)\b[^.!?]{0,80}\.?"
    r"|registered with the fundraising regulator\W*|discover more from\b.*"
    # A helpline box: a line that opens by speaking to the reader and gives the site's own number to call.
    r"|if you\b[^.!?]{0,80},\s*(?:call|ring|phone|text|contact) our\b[^.!?]*\b\d{3,5} ?\d{3} ?\d{3,4}\b.*"
    r"|.*\b(?:subscribe|listen|follow) (?:on|in|via) (?:apple podcasts|spotify|google podcasts|pocket casts)\b.*"
    # A bare domain, as a reader view prints the site it saved: "example-post.co.uk".
    r"|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|news|gov|edu|io|co|uk|au|nz|ca|in|za|sg|ie)(?:/\S*)?"
    r"|view original(?: (?:article|page|story))?"
    r"|(?:we|this (?:site|website)|our (?:site|website))(?: and our (?:\w+ )?partners)?"
    r"(?: uses?|[’']d (?:also )?like to (?:use|set)| would (?:also )?like to (?:use|set))(?: [\w-]+){0,2} cookies\b.*"
    r"|cookies on (?:the )?(?:[\w-]+\.[\w.-]+|[\w.'’ -]{1,30} (?:website|site))"
    r"|(?:(?:accept|reject|allow|refuse|decline|view|manage|change)(?: all)?(?: additional| optional| analytics"
    r"| essential| non-essential)?(?: cookies)?(?: settings| preferences)?\s*){1,4}"
    # A page's badges and counters: "Subscriber only content", "∙ Paid", a like count, "Donate now", an e-mail box.
    r"|(?:[∙·•]\s*)?(?:paid|premium|subscribers?[- ]only(?: content| article| story)?|members?[- ]only(?: content)?)"
    r"|\d{1,6}|donate(?: now| today)?|(?:type|enter) your (?:e-?mail|email address)\b.*"
    r"|i(?:['’]d| would) like to (?:contribute|donate|give|support [\w ]{1,30})"  # a donation's button
    # A paywall's offer, its price for a term: "Only $1 for 4 weeks", "Then £9 per month.", "Subscribe for KSh 99 …".
    r"|\w*?(?:only|just|then|subscribe(?: now)?(?: for)?|try|from|now)(?: only| just)? (?:(?-i:[A-Z][A-Za-z]{0,2}) ?)?"
    r"[$£€¥₹]?\s?\d[\d,.]*(?:\s?(?-i:[A-Z]{1,3}))? (?:for (?:the first |your first |\d+ |one |two |three |six )?"
    r"(?:weeks?|months?|days?|years?)|(?:per|a|/) ?(?:week|month|year|mo|wk|yr))\b[^.!?]{0,40}[.!]?"
    r"|[$£€¥₹]\s?\d[\d,.]* for \d+ (?:weeks?|months?)[.!]?"  # ... or its price alone: "$1 for 4 weeks."
    # A share widget's prompt: "Kindly share this story:", "Share this article".
    r"|(?:please |kindly )?share this (?:story|article|post|page)\s*[:!.]?"
    # A footer's rights line, a wire story's update note, a comment box's state and rule, an illustration's
    # credit: "Copyright THE EXAMPLE POST.", "All rights reserved.", "(Updates with comment in third paragraph.)",
    # "Comments have been disabled on this article.", "Please keep it civil.", "Illustration by Jo Roe."
    r"|(?:copyright\s*|©\s*)+(?:\d{4}\s*)?(?-i:[A-Z][\w&'’.-]*(?:,? (?:[A-Z][\w&'’.-]*|of|the|and|&))*)\.?"
    r"(?:\s*all rights reserved\.?)?|all rights reserved\.?|\(updates? (?:with|to|throughout)\b[^()]{1,80}\)\.?"
    r"|comments (?:have been|are) (?:disabled|closed|turned off)(?: (?:on|for) this (?:article|story|page))?\.?"
    r"|please keep (?:it|comments|the conversation) (?:civil|respectful|clean)\.?"
    r"|(?:illustrations?|graphics?) by (?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*){0,3}\.?"
    r"(?:\s+sources?\s*:\s*[^.!?]{1,100}\.?)?"
    # A broadcaster's weather banner: "Severe Thunderstorm Watch for Jackson and Clay counties until 11 p.m.",
    # "Weather Alert: Flood Watch in effect for Clark County until 8 a.m. Thursday" (not a story's sentence about one,
    # which reports its source: "… until Friday, forecasters said.")
    r"|(?:weather alert:\s*)?(?!.*\b(?:said|says|according)\b)"
    r"(?:(?:excessive|extreme|severe|winter|flash|coastal|red flag"
    r"|tornado|flood|heat|wind|freeze|frost|ice|blizzard|thunderstorm|storm|fire weather|air quality|dense fog"
    r"|hurricane|tropical storm)\s+)+(?:watch|warning|advisory|alert)\s+(?:in effect\s+)?(?:for|until)\b"
    r"(?=[^!?]*\b(?:until|through)\b)[^!?]{0,140}"
    # A note that the picture only illustrates the story: "File photo used for illustrative purposes only".
    rf"|{_ILLUSTRATIVE_SOURCE}"
    # The site's software, in its footer: "Powered by BLOX Content Management System from TownNews.com."
    r"|powered by (?-i:[A-Z])[\w.&'’-]*(?: (?:(?-i:[A-Z])[\w.&'’-]*|from|and|of|the|by))*\.?"
    # A picture's sources: "Sources: Getty; Town Museum."
    r"|sources?\s*:\s*[^.!?]{0,80}\b(?-i:Getty|Shutterstock|Alamy|Reuters|AFP|AP|EPA)\b[^.!?]{0,80}\.?"
    # A wiki's footer: when the page was edited and its licence (MediaWiki sites print them).
    r"|this page was last (?:edited|modified) on [^.!?]{1,60}\."
    r"|(?:text|content) is available under the creative commons\b[^!?]{0,200}"
    # A nonprofit newsroom's licence: "This work is licensed under a Creative Commons ... License."
    r"|this (?:work|story|article) is licensed under (?:a |the )?creative commons\b[^!?]{0,200}"
    # A source a story lists under its "Sources": its author, its title in quotes, the outlet and the date after
    # a dash ("Jo Roe. “Port strike: what the deal says” — Kelby Tribune, October 1, 2024").
    r"|(?:(?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*){0,3}\. )?[\"“][^\"”]{3,160}[\"”]\s+[—–-]\s+[^,]{2,80}, "
    r"(?:[a-z]+ \d{1,2}, \d{4}|\d{1,2} [a-z]+ \d{4})"
    r")$"
)
_CHROME_LINE = LazyPattern(_CHROME_LINE_SOURCE, re.IGNORECASE)
_CHROME_STARTS = (
    "poll", "▶", "►", "⏵", "buy ", "book ", "get ", "be the first", "was this", "is this", "report a", "note",
    "for media", "for press", "media", "press", "out of hours", "frequently", "faq", "over ", "more than", "join ",
    "this ", "upgrade", "like", "comment", "restack", "share", "registered", "discover", "if you", "we", "our ",
    "cookies", "accept", "reject", "allow", "refuse", "decline", "view", "manage", "change", "∙", "·", "•", "paid",
    "premium", "subscriber", "member", "donate", "type", "enter", "£", "$", "€", "www.", "please", "kindly",
    "copyright", "©", "all rights", "(update", "comments", "illustration",
    "graphic", "source", "i would", "i'd", "i’d", "text is", "content is", "powered by", "weather alert",
    "excessive", "extreme", "severe", "winter", "flash", "coastal", "red flag", "tornado", "flood", "heat", "wind",
    "freeze", "frost", "ice", "blizzard", "thunderstorm", "storm", "fire weather", "air quality", "dense fog",
    "hurricane", "tropical", "file photo", "stock photo", "photo ", "picture ", "image ", "representati",
)  # fmt: skip
_CHROME_HINTS = (
    "reports", "podcasts", "spotify", "journalism", " NOW", "Subscribe for", " per month", " per week", " per year",
    " a month", " a week", " a year", " for the first", " weeks", " months", '" — ', "” — ",
)  # fmt: skip


def _chrome_line(line: str, lower: str) -> bool:
    """Whether a line is chrome of ``_CHROME_LINE_SOURCE`` (asked only where its openings or words appear)."""
    hinted = line[:1].isdigit() or " " not in line or lower.startswith(_CHROME_STARTS) or _has(line, _CHROME_HINTS)
    return hinted and bool(_CHROME_LINE.match(line))


# A site's name and tagline: "Sky Example - Breaking news from the UK and around the world".
_TAGLINE = LazyPattern(
    r"^[^.!?|]{1,40}\s[-–—|]\s(?:[A-Z][\w'’-]*\s)?(?:breaking|latest|the latest|today's|local) news\b[^.!?]*$",
    re.IGNORECASE,
)  # (also after the place it covers: "Kelby Courier – Kelby breaking news and sport")


# ... or a masthead's slogan, the paper praising itself: "Nigeria's Most Trusted Newspaper", "The Voice of Kelby",
# "Your Trusted Source for Local News", "The Nation's Leading Daily".
_SLOGAN = LazyPattern(
    r"(?:[A-Z][\w'’.]*(?:['’]s)? |The |Your )*(?:(?:Most|Best|Leading|Largest|Biggest|Trusted|Widely[ -]Read|Truly"
    r"|Independent|Authentic|Number One|No\.? ?1|Favou?rite|Premier|Foremost|Credible|Reliable|National|Only) )+"
    r"(?:[A-Z][\w-]* |for |of |and |in )*(?:Newspapers?|News(?:papers?| Source| Site| Portal)?|Daily|Paper|Source"
    r"|Voice|Tabloid|Weekly)(?: (?:in|for|of|since) [\w ,]{1,30})?"
    r"|The (?:Voice|Conscience|Heartbeat|Pulse) of (?:the )?[A-Z][\w ]{1,30}"
    # ... also in lower case after the place's possessive: "Kelby's first and favourite newspaper"
    r"|[A-Z][\w.-]*(?: [A-Z][\w.-]*)?['’]s (?:(?:first|oldest|leading|largest|biggest|best|favou?rite|most trusted"
    r"|most read|number one|only)(?:,? and |, | ))+(?:daily |national |independent |online )?"
    r"(?:newspaper|news ?paper|daily|news source|news site|news website)",
)
# ... or after the site's name, as a browser's title bar prints both, maybe with a third part: "Kelby Herald - Kelby's
# Most Trusted News Source - Kelby headlines".
_NAMED_SLOGAN = LazyPattern(rf"[^.!?|]{{1,40}}\s[-–—|]\s(?:{_SLOGAN.pattern})(?:\s[-–—|]\s[^.!?|]{{1,40}})?")
# ... or what the site is, after its name and a stop or a dash: "KelbyPress. Kelby Valley News Agency".
_NAMED_AGENCY = LazyPattern(
    r"[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,2}(?:\.|\s[-–—|]) (?:[A-Z][\w'’-]* ){0,4}"
    r"(?:News Agency|News Service|Newswire|News Network|Press Agency)"
)


# The links above a headline: the site's home link ("Example News - Home"), a navigation label ("Search & Section
# Navigation"), a share widget's buttons run together ("Share & Save —").
_MASTHEAD_SOURCE = (
    r"^(?:[^.!?|]{1,40}\s[-–—|]\s+home(?: ?page)?|[\w&'’ ]{0,30}\bnavigation"
    r"|(?:share|save|print|e-?mail|comment)(?:\s*(?:&|\+|,|and)\s*(?:share|save|print|e-?mail|comment))+\s*[-–—:]?)$"
)
_MASTHEAD = LazyPattern(_MASTHEAD_SOURCE, re.IGNORECASE)


# Notes about the page, of any length: the print edition's line, a player's browser notice, a reader-revenue
# appeal that ends in its button ("… as the story unfolds. Support Now", "… three days of food. Give now") or counts
# its supporters.
_PAGE_NOTE_SOURCE = (
    r"^(?:a version of this (?:article|story) appears? in print\b.*|.*\bis not supported (?:on|in|by) (?:your|this) "
    r"browser\b.*|please (?:use|switch to|try) (?:chrome|firefox|edge|safari|a (?:different|supported|modern) "
    r"browser)\b.*|.*[.!?]\s+(?:support (?:now|us|today|the (?-i:[A-Z])[\w’'-]+(?: (?-i:[A-Z])[\w’'-]+)?)"
    r"|(?:sign(?: me)? up|subscribe|give|donate)(?: now| here| today)?)"
    r"|.*\bjoin (?:more than |over |nearly )?[\d.,]+(?: ?(?:million|thousand|m|k))? (?:other )?"
    r"(?:supporters|readers|members|subscribers)\b.*"
    # A page's small print: follow links, a corrections policy, tips and privacy lines, a paywall's and a player's
    # notes, a syndication ban, a related link run into its label ("More:Title").
    r"|follow [^.!?]{1,60} on [^.!?]*\b(?:facebook|instagram|twitter|tiktok|whatsapp|youtube|x)\b[^.!?]*[.!]?"
    r"|a correction was (?:made|appended) on\b.*|when we learn of a mistake\b.*|.*\bif you spot an error\b.*"
    r"|story tips (?:can|may) be sent to\b.*|our privacy (?:notice|policy) explains\b.*"
    r"|this (?:story|article) is available exclusively to\b.*|(?:new ?)?you can now listen to\b.*"
    r"|this material may not be (?:published|reproduced|broadcast|rewritten|redistributed)\b.*"
    r"|.*\brepublishing this (?:content|article|story)\b.*"  # "… To learn more about republishing this content, …"
    r"|.*\bparticipates? in (?:various |several )?affiliate (?:marketing )?programs\b.*"  # an affiliate disclosure
    # a broadcaster's sign-off: "Stay with KLBY for updates on this story.", "Stay with us for the latest."
    r"|stay with (?:us|(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,3}) for "
    r"(?:the latest|(?:more |further )?updates)\b.*"
    # the print edition's dated line: "Published in The Kelby Tribune, March 13th, 2024."
    r"|published in (?:the )?(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,4}, (?:(?-i:[A-Z])[a-z]+\.? \d{1,2}"
    r"(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?-i:[A-Z])[a-z]+),? \d{4}\.?"
    r"|support [^.!?]{0,40}\bjournalism[.!]?|more:(?=\S).*|more in (?-i:[A-Z])[\w.&'’ ]{0,30}"
    # A footer's rights line and the legal lines after it: "© 2026 Example Media Ltd. All rights reserved. …"
    r"|(?:[^.!?]{0,80}[.!?]\s*){0,2}all rights reserved\b.*"
    r"|reporting from (?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*)*(?:, (?-i:[A-Z])[\w.'’-]*)?)$"
)
_PAGE_NOTE = LazyPattern(_PAGE_NOTE_SOURCE, re.IGNORECASE)
# How the notes anchored at a line's start open (a line opening otherwise skips the pattern).
_NOTE_STARTS = (
    "a version of", "please use", "please switch", "please try", "follow ", "a correction", "when we learn",
    "story tips", "our privacy", "this story is available", "this article is available", "newyou", "new you",
    "you can now", "this material", "support ", "more:", "more in ", "reporting from", "published in ", "stay with ",
)  # fmt: skip
# The head of a box of points beside the story: an explainer, a summary the site wrote or had written, a
# video's card: "Quick Guide", "Key Takeaways", "What to know about the closures:", "Show Caption" (not "hide
# caption", which ends a caption above the story in another layout).
_BOX_HEAD_SOURCE = (
    r"^(?:quick guide|key takeaways|key points(?: ai[- ](?:assisted|generated) summary)?|(?:ai-generated|ai) summary"
    r"|summari[sz]e this (?:article|story)"
    r"(?: with ai)?|what to know about [^.!?]{1,80}:"
    r"|what you need to know\s*:?|in this (?:issue|edition|newsletter)\s*:?"
    r"|show caption|in short\s*:|summary\s*:|(?:summary )?(?:generated|written|created) (?:by|with|using) ai)$"
)
_BOX_HEAD = LazyPattern(_BOX_HEAD_SOURCE, re.IGNORECASE)
MAX_NOTE_WORDS = 80  # an appeal runs to a paragraph, not to a story
MAX_BOX_WORDS = 16  # a box's point is a line, a sentence or two; the story's lede runs longer


def page_note(line: str) -> bool:
    """A note about the page or an appeal to its reader (``_PAGE_NOTE_SOURCE``), however long."""
    lower = line.lower()
    tail = lower.rsplit(". ", 1)[-1]
    hinted = (
        lower.startswith(_NOTE_STARTS)
        or tail.startswith(("support ", "sign up", "sign me up", "subscribe", "give", "donate"))
        or "browser" in lower
        or "spot an error" in lower
        or "all rights reserved" in lower
        or "republishing this" in lower
        or "affiliate" in lower
        or ("join " in lower and any(map(lower.__contains__, ("supporters", "readers", "members", "subscribers"))))
    )
    return hinted and len(line.split()) <= MAX_NOTE_WORDS and bool(_PAGE_NOTE.match(line.strip()))


def summary_box(line: str) -> bool:
    """The button over a summary the site had written ("Summarize this article with AI") or the label of one it
    wrote ("In short:", "Summary:"): its points are the story's sentences retold, a sentence's length each, up to
    the furniture after them. (Not "What's next?" under them: what it tells may be in no other paragraph.)"""
    return box_head(line) and line.strip().lower().startswith(("summar", "in short", "this "))


# How many points a summary's label holds when no furniture ends them: "Summary:" one paragraph, "In short:" two
# lines (then the story's own lede, which the points retell).
_LABEL_POINTS = {"summary": 1, "in short": 2}


def box_points(line: str) -> int | None:
    """The most points a box head (a ``box_head`` line) holds (``_LABEL_POINTS``), or None for as many as it lists."""
    lower = line.strip().lower()
    return next((n for head, n in _LABEL_POINTS.items() if lower.startswith(head)), None)


# How a box head opens (``_BOX_HEAD_SOURCE``'s first words): a cheap test before the pattern.
_BOX_HEAD_STARTS = (
    "quick", "key", "ai", "what to know", "what you need", "show", "summar", "in this", "in short", "generated",
    "written", "created",
)  # fmt: skip


_AI_SUMMARY_NOTE = LazyPattern(_AI_SUMMARY_NOTE_SOURCE, re.IGNORECASE)


def box_head(line: str) -> bool:
    """The head of a box of points beside the story (``_BOX_HEAD_SOURCE``, or the note that a machine wrote
    them): the short lines under it are the box's, not the story's."""
    line = line.strip().rstrip("ⓘ ")  # (the box's info button: "Key Points AI-assisted summary ⓘ")
    if line[:5].lower() == "this " and _AI_SUMMARY_NOTE.match(line):
        return True
    if not line.lower().startswith(_BOX_HEAD_STARTS):
        return False
    return len(line.split()) <= MAX_BOX_WORDS and bool(_BOX_HEAD.match(line))


# A death notice's listing and the site's lines around it: the services ("Visitation: Friday, October 11, …",
# "Burial: Mt. Olive Cemetery"), the funeral home's note, a florist's offer, the paper's notice line.
_NOTICE_SOURCE = (
    r"^(?:(?:visitation|viewing|calling hours|funeral(?: service| mass)?|(?:mass of christian )?burial"
    r"|memorial (?:service|mass|gathering)|celebration of life|graveside service|interment|inurnment|entombment"
    r"|committal|wake)s?\s*:\s+.+"
    r"|arrangements (?:by|are by|are in the care of|entrusted to|under the direction of|handled by)\b.*"
    r"|online condolences (?:may|can) be\b.*|to send flowers\b.*|.*\bplant a tree in memory of\b.*"
    r"|published (?:by|in) (?-i:[A-Z])[^.!?]{1,60} (?:on|from) (?-i:[A-Z])[a-z]{2,8}\.? \d{1,2}(?:, \d{4})?\.?"
    r"|obituary notices are\b.*|sign (?:the |our )?guest ?book|(?:\d+|show all|view all) entries)$"
)
_NOTICE = LazyPattern(_NOTICE_SOURCE, re.IGNORECASE)
_NOTICE_STARTS = (
    "visitation", "viewing", "calling hours", "funeral", "mass of", "burial", "memorial", "celebration of life",
    "graveside", "interment", "inurnment", "entombment", "committal", "wake", "arrangements", "online condolences",
    "to send flowers", "published by", "published in", "obituary notices",
)  # fmt: skip


# A site's notes and chrome seen in the black-box rounds ten to fifteen (Ghanaian, Malaysian, US metro, newswire,
# university, NGO, sports and legal pages; newsletters, aggregators, apps), as whole lines: comment and feedback
# prompts, share prompts, paywall banners, contact labels, newsletter blurbs and footers, a land acknowledgement, a
# charity's and a company's registration, a betting promo and its gambling notice, a case's box and a list of cases.
_SITE_NOTES_SOURCE = (
    r"^(?:login to (?:comment|reply)\b.*|an official website of\b.*"
    # A nonprofit newsroom's republishing terms and its funders: "You are free to republish this story ...", "Kelby
    # Ledger is supported by the Acme Foundation and readers like you. See a full list of our funders."
    r"|you (?:are free|may|can) (?:to )?republish (?:this|our) (?:story|article|work)\b[^!?]{0,300}"
    r"|[^.!?]{1,60} is (?:supported|funded|made possible) by\b[^.!?]{1,200}\breaders like you\W*"
    r"|see (?:a|the|our) (?:full |complete )?list of (?:our )?(?:funders|donors|supporters|sponsors)\W*"
    r"|please credit (?-i:[A-Z])[^.!?]{1,120}\.|photos? (?:and [a-z]+ )?(?:may|can) not be republished\b[^.!?]{0,120}\."
    r"|(?:found|did you find) (?:this|a|an|the) [^.!?]{0,40}\b(?:article|story|page)"
    r"\b[^.!?]{0,20}\?|report it to us\W*|thank you for your (?:report|feedback)\W*"
    r"|share (?:it|this(?: article| story)?) with (?:your )?friends\b.*"
    r"|you[’']re reading (?:a|an|this) (?:story|article) (?:available )?(?:only )?(?:to|for) "
    r"[^.!?]{0,40}\bsubscribers\W*"
    r"|thank you for (?:supporting|your support of) [^.!?]{0,30}\bjournalism\W*"
    r"|thank you for (?:donating|your donation|giving)(?: to)? [^.!?]{1,40}"
    r"|(?:investor relations|media relations|press contacts?|media contacts?)\s*:?"
    r"|get (?:the|our) [^.!?]{0,40}\b(?:stories|news|headlines)\b[^.!?]{0,40}\b(?:every|each) \w+\W*"
    r"|.*\b(?:sits|is located|stands|are located|is built) on the (?:traditional|ancestral|unceded)\b.*"
    r"|we (?:recogni[sz]e|acknowledge|honou?r) their (?:enduring|continuing|ongoing) (?:connection|relationship)\b.*"
    r"|be the first to hear\b.*|registered charity (?:no|number)\b.*|[^.!?]{0,80}\bcompany limited by guarantee\b.*"
    r"|.*\bbonus bets?\b.*|claim offer\b.*|gambling problem\b.*|call 1-800-gambler\W*|terms apply\W*|21\+\W*"
    # a correction's note: "… misspelled the name of Jo Roe. The Herald regrets the error."
    r"|[^!?]{0,300}\bregrets? the errors?\W*"
    # a bookmaker's odds line and its small print; a print edition's offer
    r"|(?:bet now|latest odds)\s*[:|].*|.*\b(?:begambleaware(?:\.org)?|t&cs apply)\b.*"
    r"|get [^.!?]{1,60} delivered (?:to your (?:door|home|inbox)|\d+ times a (?:year|month)|every (?:week|month))\W*"
    # a legal site's case box and its list of cases: "Case Title: X v. Y", "X v. Y, No. 24-2201 (Fed. Cir.)"
    r"|(?:case (?:title|name|number|no\.?)|docket(?: number| no\.?)?|nature of suit|court|judges?|firms?)"
    r"\s*:\s*.{1,120}"
    r"|(?-i:[A-Z])[^!?]{1,80}?\bv\. (?-i:[A-Z])[^!?]{1,80}, No\. [\w-]{2,20} \([^()]{2,30}\)\W*"
    # round thirteen: a site's channels on messaging apps, a comment form's and a newsletter form's notes, an appeal
    # priced as a coffee, a reporter's contact line, a handle to follow, a company's registration, an AI-use note
    r"|(?-i:[A-Z])[^.!?]{1,40} (?:is|are) (?:now )?(?:on|available on) (?:telegram|whatsapp|google news)\W*"
    r"|join our (?:telegram |whatsapp )?(?:channel|community)\b.*|save my name, email,? and website in this browser\b.*"
    r"|follow [^.!?]{1,40} on (?:viber|telegram|whatsapp|google news)\b.*"
    # twenty-sixth session, a helper's twenty-first page attack: a messaging channel's call around its link
    r"|stay (?:informed|updated|connected)(?: and ahead of the curve)?\W*"
    r"|don['’]t miss (?:a|any|another) (?:headline|story|update|thing)\b.*"
    r"|republish (?:our|this) articles? for free\b.*"
    # ... a nonprofit newsroom's supporter note, its policies, its festival, its funders' link
    r"|[^.!?]{1,80}\b(?:has been|have been|is|are) an? financial supporters? of\b.*"
    r"|financial supporters play no role in\b.*|find a complete list of them here\W*"
    r"|learn about (?-i:[A-Z])[^.!?]{1,60}['’]s? policies\b.*|who funds us\W*"
    r"|join us for [^.!?]{0,80}\b(?:speakers|festival|summit)\b.*"
    # ... a broadcaster's footer: whose website it is, its disclaimer for links out
    r"|(?-i:[A-Z])[\w.]{1,30} is the (?:official )?website of\b.*"
    # ... a wire's: what it is and whom it serves ("Reuters, the news and media division of X, is the world's largest
    # multimedia news provider", "X provides business, financial and national news to professionals")
    r"|(?-i:[A-Z])[\w.]{1,30}(?:, the [^,]{3,60},)? is the world['’]s (?:largest|leading|biggest|oldest) "
    r"(?:[\w-]+ ){0,2}news (?:provider|agency|organi[sz]ation|service)\b.*"
    r"|(?-i:[A-Z])[\w.]{1,30} provides (?:[\w,-]+ ){1,8}news to (?:professionals|subscribers|clients|media)\b.*"
    # ... a menu's controls, read aloud to screen readers: "Expand/collapse submenu for Music", "Toggle more options"
    r"|expand/collapse (?:sub)?menu\b.*|toggle (?:more options|navigation|(?:sub)?menu|search)\W*"
    r"|keyboard shortcuts for audio player\W*|(?:open|close) navigation menu\W*|accessibility links\W*"
    # ... a translation banner, an ad-blocker's plea, a help link, an update note, a partnership credit
    r"|[^.!?]{1,30}\bai is in beta\b.*|translations may contain inaccuracies\b.*"
    r"|we rely on advertising to (?:help )?fund\b.*|we urge you to turn off your ad ?blocker\b.*"
    r"|(?:need help\? )?(?:visit|see) our ad ?blocking instructions\b.*"
    r"|need help\? (?:reach|contact|email|visit) us\b.*"
    r"|update:? [\d/.-]{6,10},? .{0,30}?:\s*this (?:article|story) (?:was|has been) updated\b.*"
    r"|this (?:story|report|article) comes from [^.!?]{0,80}\bpartnership with\b.*"
    # ... a summary's link, an affiliate note, a newsletter's pitch, a log-in prompt, an ad-lite pitch, a form's
    # error, a comment section's invitation, a video's promo, a tip line, a membership plea
    r"|read a summary of this (?:article|story)\b.*"
    r"|(?:[^.!?]|\.(?=\w)){1,40} may (?:receive|earn|get) (?:a )?(?:small )?(?:commission|compensation|share of"
    r" (?:the )?(?:sales|revenue))\b[^.!?]{0,40}\b(?:links?|buy|purchase)\b.*"
    r"|an? (?:morning|evening|daily|weekly|weekday) newsletter (?:to|that|for)\b.*|join us each (?:morning|evening|day)"
    r" for\b.*"
    r"|have an account\?\s*(?:log|sign) in\W*|did you know with an? [^.!?]{0,40}\bsubscription\b.*"
    r"|sorry, there seems? to be (?:some |an )?(?:issues?|problems?|errors?)\W*|please try again later\W*"
    r"|[^.!?]{1,40} encourages reader (?:discussion|comments?)\b.*"
    r"|user feedback, insights and back-and-forth exchanges\b.*|please review our [^.!?]{0,40}\b(?:rules|guidelines|"
    r"policy|policies)\b.*"
    r"|watch the latest edition of\b.*|send your news stories to\b.*"
    r"|support (?-i:[A-Z])[^.!?]{1,40}['’]s? journalism\W*|become an? (?-i:[A-Z])[^.!?]{1,30} and help us\b.*"
    # ... an app's call, a copyright note's claim on the article
    r"|click and read now\b.*|copyright in this (?:article|story|content) is owned by\b.*"
    # ... a newsletter's blurb: "The Reuters Power Up newsletter provides everything you need to know about ..."
    r"|(?:the |our )?[^.!?]{0,40}\bnewsletter (?:provides|brings|gives|delivers|has) (?:you )?everything you need\b.*"
    r"|[^.!?]{1,40} is not responsible for the content of external (?:internet )?(?:sites|websites|links)\b.*"
    r"|please (?:select|choose) at least one (?:mailing list|newsletter|list)\W*"
    r"|we use \w+ as our (?:marketing|email|newsletter) platform\b.*"
    r"|independent journalism (?:costs money|needs your support)\W*"
    r"|support (?:the )?(?-i:[A-Z])[^.!?]{1,40} for (?:the price of|as little as) [^.!?]{1,30}\W*"
    r"|.*\bcan be reached at \S+@\S+.*|.*\bfollow @\w+ on (?:x|twitter|instagram|facebook|tiktok|threads)\b.*"
    r"|[^.!?]{1,60} (?:is|are) registered in (?:england|scotland|wales|northern ireland)\b.*\b(?:number|no)\b.*"
    r"|[^.!?]{1,60} uses? (?:ai|artificial intelligence)(?: tools)? to (?:assist|help|support)\b[^.!?]{0,80}"
    r"\bwhile maintaining editorial\b.*"
    # round fourteen: a newsletter's footer and a mail's disclaimer, an aggregator's and an app's notes, labels
    r"|enjoyed this\?|forward (?:it|this(?: e-?mail| newsletter)?) to a friend\W*"
    r"|you(?: are receiving| received| have received) this (?:e-?mail|newsletter|message) because\b.*"
    r"|our mailing address is\s*:?|want to change how you receive these e-?mails\?"
    r"|you can update your preferences or unsubscribe\b.*|this e-?mail and any attachments are confidential\b.*"
    r"|(?:confidentiality notice\s*:\s*)?this e-?mail and any attachments are intended only for\b.*"
    r"|out of hours\s*:\s*(?:please )?(?:call|contact|ring)\b.*"
    r"|the (?:opinion|views?) of the (?:editorial board|editors?) may not coincide with\b.*"
    r"|if you have received (?:it|this(?: e-?mail)?) in error\b.*|(?:share(?: this)?|search keywords)\s*:"
    r"|[^.!?]{1,40} is part of the [^.!?]{1,40} family of brands\W*"
    r"|(?:the )?local democracy reporting service (?:is|was) (?:funded|part-funded|a public service)\b.*"
    r"|this (?:article|story) was (?:written|produced) by (?:a|an|our) [^.!?]{1,60}[.!]?"
    r"|stay up to date with (?:personali[sz]ed|the latest) news\b.*"
    r"|(?-i:[A-Z])[^.!?]{1,40} is an? (?:independent|nonprofit|non-profit|not-for-profit|reader-(?:funded|supported))"
    r"(?:,? (?:independent|nonprofit|non-profit|local))? (?:newsroom|news (?:site|organi[sz]ation|outlet))\b.*"
    # a members' area's prompt: "Members: read the full details in the Members' area (login required)."
    r"|[^.!?]{0,120}\((?:login|log-in|sign-in|sign in|members only|subscribers only)(?: required)?\)\W*"
    # a school district's or an employer's notice of the law against discrimination, and a site's notes to readers
    r"|[^.!?]{0,80}\bprohibits discrimination, harassment\b.*"
    r"|(?:did you )?(?:notice|spot|find|see) (?:a|an) (?:typo|mistake|error)\?"
    r"|select it and press ctrl\s*\+\s*enter\b.*|quotation is permitted with (?:a )?reference to\b.*"
    r"|the content of this (?:site|website|page) is protected by copyright\b.*"
    r"|to comment on this (?:article|story),? please (?:log|sign) in\b.*"
    # a note that a story was machine-translated, and how the site works
    r"|this (?:news )?(?:article|story|content) (?:has been|was) (?:automatically |machine[- ])?translated\b.*"
    r"|this (?:news )?(?:article|story) has been written and (?:carefully )?fact-checked by an external\b.*"
    r"|[^.!?]{0,80}\buse (?:automatic|machine) translation tools?\b.*"
    r"|providing you with (?:automatically|machine)[- ]translated (?:news|articles|stories)\b.*"
    r"|translated from \w+ by (?:deepl|google translate|machine translation|ai)\b[^.!?]{0,20}"
    r"|if you want to know more about how we work\b.*"
    # a publisher's legal lines, privacy and access notes, app badges, data credits, a newsletter's blurb
    r"|[^.!?]{0,80}\b(?:limited|ltd)\b[^.!?]{0,30}\bno\.? \d{5,}\b.*|.*\bregistered office\s*:.*"
    r"|[^.!?]{0,120}\bare (?:registered )?trade ?marks\b.*|[^.!?]{0,40}™[^.!?]{0,10}©.*"
    r"|privacy notice\s*:.*|we use google recaptcha\b.*|[^.!?]{0,80}\bprivacy policy and terms of service apply\b.*"
    r"|your information (?:is being|will be|is) handled in accordance with\b.*"
    r"|[^.!?]{0,60}\bto create products that are accessible to all\b.*|get it on (?:the )?(?:app store|google play)\b.*"
    r"|(?:terms (?:&|and) conditions\.? )?(?:market )?data (?:provided|supplied|powered) by (?-i:[A-Z])[\w.&-]{1,30}\.?"
    r"|prices? (?:taken|correct|accurate) (?:at|as of) (?:the )?time of (?:publishing|publication|writing)\W*"
    r"|summary is ai-generated\b.*|(?:get )?a free (?:daily|weekly) (?:digest|newsletter|round-?up|briefing)\b.*"
    # nineteenth session, a helper's fourth run: a media outlet's registration, a cookie notice's first words, a
    # developing story's promise,
    # a station's list of closings, an update's stamp alone, a note on who funds the coverage
    r"|(?:mass )?media (?:outlet )?registration certificate\b.*|(?:this|the|our) (?:site|website) uses cookies\W*"
    r"|this is a developing story\W*(?:(?:stay|check back) [^.!?]{1,60}\W*)?"
    r"|(?:check|see|view) our (?:full |complete )?list of\b[^.!?]{1,60}\W*"
    r"|updated?,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{1,3}t)?\W*"
    r"|(?:editor['’]s note\s*:\s*[^.!?]{0,80}|[^.!?]{0,40}\b(?:our|this) )(?:coverage|reporting|journalism)\b"
    r"[^.!?]{0,80}\bis (?:supported|funded|underwritten|made possible)\b[^.!?]*\W*"
    r"(?:[^.!?]{0,60}\bover our (?:reporting|journalism|coverage)\W*)?"
    # nineteenth session, a helper's fifth run: a market widget's delay note, a republishing note in raw HTML, a
    # nonprofit newsroom's line, a donation by text message, a health site's sourcing note, an embedded post
    r"|(?:quote |market |price )?data (?:is )?delayed (?:by )?(?:at least )?\d{1,2} (?:minutes|mins)\b.*"
    r"|.*<a (?:target|href)=.*"
    r"|[^.!?]{0,80}\bis an? (?:independent, )?"
    r"(?:nonprofit|non-profit|not-for-profit|member-supported|reader-supported),? "
    r"(?:nonpartisan |non-partisan |independent )?(?:newsroom|news (?:organi[sz]ation|site|outlet))\b.*"
    r"|donations (?:to [^.!?]{1,40} )?are tax[- ]deductible\b.*"
    r"|.*\btext [A-Z0-9]{2,15} to \d{4,6} to (?:give|donate)\b.*"
    r"|[^.!?]{0,60}\buses only (?:high-quality|trusted|reputable) sources\b.*|read our editorial process\b.*"
    r"|a post shared by\b.*|get [^.!?]{1,60} on (?:the |our )[^.!?]{1,40} app\W*(?:download\b.*)?"
    r"|download (?:it |the app |our app )?(?:now |today )?(?:for|on) (?:iphone|ios|android)\b.*"
    # a document viewer's controls: "Page 1 of 23", "Contributed to DocumentCloud by …"
    r"|page \d{1,3} of \d{1,4}\W*|contributed to documentcloud by\b.*|view (?:the )?(?:full )?(?:document|pdf)\W*"
    # ... and the pleading's caption it shows: "JO ROE, et al., … on behalf of their children, Plaintiffs,"
    r"|[^!?]{1,200},\s*(?-i:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?)[.,]?"
    # a newsletter's tagline: "A weekly round-up from your community council"
    r"|(?:an?|your) (?:weekly|daily|monthly|fortnightly) (?:news )?(?:round-?up|digest|newsletter|briefing|bulletin)"
    r"(?: (?:from|for|of) [^.!?]{1,60})?\W*"
    # a science site's notes: a journal reference with its DOI, a citation with its address in angle brackets, the
    # site's disclaimers and feeds; a site's tagline ("Your source for the latest research news"); a crime charity's box
    r"|.*\bdoi:\s*10\.\d{4,}/\S+.*|.*<(?:https?://|www\.)[^<>\s]+>\W*"
    r"|keep up to date with (?:the latest )?(?:news )?from [^.!?]{1,40} via\b.*"
    r"|(?:the )?views expressed (?:here|on this (?:site|page)|in this (?:article|story))[^.!?]{0,20}\bdo not "
    r"necessarily reflect\b.*|financial support for [^.!?]{1,40} comes from\b.*"
    r"|your (?:source|home|destination|guide|go-to source) for (?:the )?(?:latest )?[^.!?]{1,40}\W*"
    r"|[^.!?]{0,40}\bcrime ?stoppers is an independent charity\b.*|.*\b100% anonymously\W*"
    r"|your ip address (?:is|will) never (?:be )?traced\b.*"
    # nineteenth session, a helper's ninth run: a membership box ("Not a member yet? Join the UWA today from £2.10 …")
    r"|(?:not a member yet|need help at work)\?\s*join\b.*"
    r"|join (?:the |our )?(?:(?-i:[A-Z])[\w'’&-]* ){1,3}today (?:from|for (?:just |only )?)\s?[£$€]\S*.*"
    # nineteenth session, a helper's eighth run: a city site's account banner, a student paper's donation box
    r"|create an? (?:website |free )?account\s*[-–—:]\s*[^.!?]{0,100}\b(?:notification|subscriptions?|save)\b.*"
    r"|[^.!?]{0,60}\bis run entirely by [^.!?]{1,40}\bstudents\b.*|your donation helps (?:cover|pay|fund)\b.*"
    r"|.*\b(?:opinion pieces|the views expressed[^.!?]{0,40}) (?:reflect|are) (?:the views of|those of) (?:their|the) "
    r"authors?\b.*"
    # nineteenth session, a helper's seventh run: an e-paper's offer, a saved-articles note, a newsletter's delivery, a
    # reader-funding pitch, a reporter's contact line, a related-topics label, a comment login, a cookie's buttons
    r"|get (?:exclusive |unlimited )?access to [^.!?]{1,60}\b(?:e-?paper|digital edition|print edition|replica)\b.*"
    r"|you can manage (?:your )?saved (?:articles|stories)\b.*"
    r"|[^.!?]{0,100}\bdelivered (?:free )?(?:to your inbox )?every (?:weekday|day|morning|week|weekend"
    rf"|{_DAY_NAME}(?: and {_DAY_NAME})?)(?: morning)?\W*"
    r"|[^.!?]{0,80}\bkeeps? paywalls away\b.*|.*\breaders like you have (?:already )?stepped up\b.*"
    r"|contact (?:the )?(?:reporter|writer|author)s?\b[^.!?]{0,40}(?:@|\bat\b).*|read related topics\s*:?"
    r"|to join the conversation,? please (?:log|sign) in\b.*"
    r"|click \W?accept(?: all)?\W? to consent\b.*"
    # a title's owner: "The Northmoor Evening Star is part of Calder Regional Media Ltd."
    r"|(?:the )?(?-i:[A-Z])[\w'’ -]{0,40}\b(?-i:" + "|".join(sorted(_PAPERS)) + r") is "
    r"(?:part of|a member of|owned by|published by|a (?:division|brand|title) of) .*"
    # a numbered reference: "3. National Sleep Council. Melatonin use in children. Updated 2024."
    r"|\d{1,2}\.\s+(?-i:[A-Z])[^.!?]{2,80}\.\s+[^!?]{3,200}?\.\s+(?:(?:updated|published|accessed|retrieved) )?"
    r"(?:[a-z]{3,9}\.? )?(?:\d{1,2},? )?(?:19|20)\d{2}\.?"
    # a newsletter's blurb, an app's button: "Get smarter, faster on the news …", "Download for free.", "Read it now."
    r"|get (?:smarter|caught up|up to speed)\b[^.!?]{0,80}\b(?:news|stories|headlines|morning|day)\b.*"
    r"|download (?:it |the app |our app )?(?:for free|free|now|today)\W*|read it (?:now|here|free)\W*"
    r"|correction,? [^.!?]{1,40}?:\s*an earlier version of this (?:story|article)\b.*"
    # a wiki's notice that a story is archived as it was written
    r"|this page is archived,? and is no longer (?:publicly )?editable\b.*"
    r"|articles presented on [\w ]{1,30} reflect the specific time at which they were written\b.*"
    # a listed company's notice that its announcement holds inside information, under the market rules it cites
    r"|this announcement (?:contains|is released as containing) inside information\b.*"
    # a membership site's account notices: "Welcome back! You've successfully signed in.", "Your link has expired."
    r"|(?:(?:welcome back|success|great)! )?(?:you[’']ve|you have) successfully (?:signed|logged|subscribed)\b.*"
    r"|(?:success! )?your (?:account is (?:now )?fully activated|billing info(?:rmation)? has been updated)\b.*"
    r"|your (?:magic |login |sign-in )?link has expired\W*|great! next, complete checkout\b.*"
    # a broadcaster's access note, a read-aloud player's, a paywall's pitch and a topic's follow button: "Closed
    # Captioning and Described Video is available for many shows offered on Kelby Play.", "Voiced by artificial
    # intelligence.", "This audio is auto-generated. Please let us know if you have feedback.", "Subscribe to Kelby
    # Pro for the latest on farm policy. Request a free trial.", "Follow topic:"
    r"|closed captioning (?:and described video )?(?:is|are) available\b.*"
    r"|voiced by (?:artificial intelligence|ai)\W*|this audio is (?:auto-generated|ai-generated|generated by ai)\W*"
    r"|please let us know if you have (?:any )?feedback\W*"
    r"|subscribe to [^.!?]{1,60} for (?:the latest|more|updates)\b[^.!?]{0,80}\."
    r"|request a (?:free|complimentary) (?:trial|demo)\W*|\*?terms and conditions apply\W*"
    r"|follow (?:topic|this topic|us|[^.!?:]{1,40}\b(?:english|news|online))\s*:"
    # a cookie banner: "We use cookies to ensure you get the best experience on our websites. By continuing, you are
    # agreeing to our use of cookies. To find out more, please click this link." ("We use our own and third-party
    # cookies to improve our services")
    r"|we use (?:our own (?:and third[- ]party )?|third[- ]party )?cookies\b[^.!?]{0,120}[.!]?"
    # ... "If you continue browsing, we consider that you accept their use."
    r"|if you continue (?:browsing|to browse|(?:to use|using) (?:this|our|the) (?:site|website|page)),? (?:we "
    r"(?:consider|assume|will assume|['’]ll assume)|you (?:are )?(?:agree|accept|consent))\b[^.!?]{0,80}[.!]?"
    r"|(?:accept|reject|decline)(?: all)?(?: cookies)? (?:settings|preferences|options)"
    # a footer's thanks and rights: "Thank you for reading our article. You can keep up-to-date by subscribing to our
    # daily newsletter.", "All the contents on this site are copyrighted ©. Any reproduction requires the prior
    # permission of X."
    r"|thank you for reading(?: (?:our|this|the))? (?:article|story|piece|post)\W*"
    r"|you can keep up[- ]to[- ]date by subscribing to (?:our|the) [^.!?]{0,40}newsletters?\W*"
    r"|all (?:the )?contents? (?:on|of) this (?:site|website) (?:are|is) (?:copyrighted|protected)\b[^.!?]{0,20}[.!]?"
    r"|any reproduction requires the (?:prior )?(?:written )?(?:permission|consent|authori[sz]ation) of "
    r"[^.!?]{1,60}[.!]?"
    # ... a reporter's sign-off ("Jo Roe reported from Kelby."), a site's pitch for gifts ("X stands out as a place
    # where you can find stories from around the world. Please consider a donation to keep our work independent.")
    r"|(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3} reported from [A-Z][\w'’-]*(?:,? (?:[A-Z][\w'’-]*|and))*)\."
    r"|(?-i:[A-Z])[\w'’ ]{1,40} (?:is|stands out as) (?:a|the) place where you can (?:find|read|get)\b"
    r"[^.!?]{0,120}[.!]?"
    r"|please consider (?:a donation|donating|a gift|supporting us)\b[^.!?]{0,80}[.!]?"
    r"|by continuing(?: to [^,.!?]{1,40})?, you (?:are )?agree(?:ing)? to "
    r"(?:our|the) use of cookies\W*|to find out more, (?:please )?(?:click|see|read) (?:this|our|here)\b[^.!?]{0,40}\W*"
    # a newsroom's notes under its story: what it is ("Kelby Health News is a national newsroom that produces ..."),
    # that the story may be republished, its call for sources ("We'd like to speak with current and former staff
    # at ...", "Click here to contact our team."), its reporter's address ("Jo Roe: jroe@kelby.org,")
    r"|(?-i:[A-Z])[^.!?]{1,60} is an? (?:[\w-]+ ){0,3}(?:newsroom|news (?:organi[sz]ation|service|outlet|agency))\b.*"
    r"|this (?:story|article) (?:can|may) be republished\b.*"
    r"|we[’']?d (?:like|love) to (?:speak|hear|talk) (?:with|to|from)\b[^.!?]{1,200}[.!]?"
    r"|click here to (?:contact|reach|get in touch with) (?:our|the) (?:team|newsroom|reporters?)\W*"
    r"|(?:(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+){1,3}:\s+)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[,;]?"
    # a membership pitch: "Want to support Kelby News? Join Kelby+ and get exclusive content."
    r"|want to support (?-i:[A-Z])[^?]{0,40}\?|join (?-i:[A-Z])[^.!?]{0,30} (?:and|to) get (?:exclusive|more|unlimited)"
    r"\b[^.!?]{0,60}[.!]?"
    # a sponsor's line, alone: "Supported by Harbourside Energy — powering Pelham since 1962."
    r"|(?:supported|powered|presented|brought to you) by (?-i:[A-Z])[^,.!?]{1,60}(?:\s[—–-]\s[^.!?]{1,80})?[.!]?)$"
)
_SITE_NOTES = LazyPattern(_SITE_NOTES_SOURCE, re.IGNORECASE)
_SITE_NOTES_HINTS = (
    "is archived", "articles presented",
    "login to", "official website", "found ", "did you find", "report it", "thank you for", "share it", "share this",
    "reading", "relations", "contact", "get the", "get our", "traditional", "ancestral", "unceded", "we recogni",
    "we acknowledge", "we honou", "be the first to hear", "registered charity", "limited by guarantee", "bonus bet",
    "claim offer", "gambl", "terms apply", "case ", "docket", "nature of suit", "court:", "judge", "firm", " v. ",
    "telegram", "whatsapp", "google news", "join our", "save my name", "at least one", "platform", "independent journ",
    "price of", "as little as", "reached at", "follow @", "registered in", "editorial",
    "enjoyed this", "forward it", "forward this", "receiv", "mailing address", "preferences", "confidential",
    "in error", "share:", "share this:", "search keywords", "family of brands", "democracy reporting",
    "stay up to date", "an independent news", "was written by", "was produced by", "supported by", "powered by",
    "presented by", "brought to you by", "required)", "only)", "inside information", "prohibits discrimination",
    "translat", "external editorial", "how we work", "no.", "registered office", "trademark", "trade mark", "™",
    "privacy notice", "recaptcha", "terms of service apply", "handled in accordance", "accessible to all", "app store",
    "google play", "data provided", "data supplied", "data powered", "time of publishing", "time of publication",
    "time of writing", "ai-generated", "a free daily", "a free weekly", "an earlier version",
    "typo", "mistake?", "error?", "ctrl", "protected by copyright", "quotation is permitted", "to comment on this",
    "intended only", "out of hours", "not coincide", "viber", "regret", "bet now", "latest odds", "t&cs",
    " delivered ", "successfully", "fully activated", "billing info", "link has expired", "complete checkout",
    "get smarter", "get caught up", "get up to speed", "download", "read it ", "registration certificate",
    "uses cookies", "developing story", "delayed", "<a ", "nonprofit", "non-profit", "not-for-profit",
    "tax-deductible", "tax deductible", "to give", "to donate", "sources", "updated 1", "updated 2", ". 19", ". 20",
    " is part of", " is a member of", " is owned by", " is published by", " is a division of", " is a brand of",
    " is a title of", "editorial process", "post shared", " app", "list of", "update", "supported", "funded",
    "underwritten", "made possible", "page 1 of", "documentcloud", "view the", "view doc", "view pdf", "view full",
    "plaintiff", "defendant", "petitioner", "respondent", "appell", "weekly", "daily", "monthly", "fortnightly",
    "member yet", "help at work", "today from", "today for", "create a", "create an", "run entirely by",
    "your donation", "opinion pieces", "e-paper", "epaper",
    "saved articles", "saved stories", "delivered every", "paywalls away", "stepped up",
    "contact the", "contact report", "related topics", "join the conversation", "to consent", "doi:", "<http", "<www",
    "keep up to date", "views expressed", "financial support", "your source", "your home",
    "your destination", "your guide", "your go-to", "crimestoppers", "crime stoppers", "anonymously", "ip address",
    "reader-funded", "reader-supported", "profit news", "newsroom", "republish", "readers like you", "list of our",
    "please credit", "closed captioning", "voiced by", "this audio is", "have feedback", "have any feedback",
    "subscribe to", "free trial", "complimentary trial", "news organi", "news service", "news outlet",
    "news agency", "d like to", "d love to", "click here to", "@", "want to support", "and get exclusive",
    "terms and conditions apply", "follow ", "cookies", "to find out more", "continue browsing", "continue to",
    "continue using", "thank you for reading", "reproduction", "reported from", "place where you can",
    "please consider",
    "stay informed", "stay updated", "stay connected", "miss a", "miss any", "miss another", "financial supporter",
    "policies", "who funds", "join us for", "complete list", "website of", "not responsible", "news provider",
    "news to ", "everything you need", "menu", "toggle", "keyboard shortcuts", "accessibility links", "in beta",
    "inaccuracies", "advertising", "ad blocker", "adblock", "need help", "partnership with", "summary of this",
    "commission", "compensation", "newsletter", "each morning", "each evening", "have an account", "did you know",
    "sorry, there", "try again", "encourages reader", "user feedback", "please review", "latest edition",
    "send your news", "journalism", "and help us", "click and read", "copyright in this",
)  # fmt: skip

MIN_ROW_FIGURES = 4
MAX_ROW_CHARS = 80
MAX_SITE_NOTES_CHARS = 400  # a footer's notes run to three or four sentences


@lru_cache(maxsize=1024)
def _site_notes(line: str) -> bool:
    """Whether every sentence of the line, after a label ("Subscriber exclusive:"), is ``_SITE_NOTES_SOURCE``'s.
    Kept: a short line is asked twice (is it furniture at any length, is it a line of furniture)."""
    if _SITE_NOTES.match(line):
        return True  # (whole: a case's name has stops inside it, "Acme Inc. v. Bolt Ltd")
    line = _WIDGET_LABEL.sub("", line)
    return all(_SITE_NOTES.match(part) for part in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", line) if part)


_WIDGET_LABEL = LazyPattern(r"^[A-Z][\w ]{2,30}:\s+")  # "Subscriber exclusive: "


def _figures_row(line: str) -> bool:
    """A row of a table or a score box: figures, and at most two words ("KSU 7 3 7 10 27", "1 2 3 4 T")."""
    if len(line) > MAX_ROW_CHARS:
        return False  # a paragraph, not a row (cheap test first: every line is asked)
    cells = line.split()
    figures = sum(cell.replace(",", "").replace(".", "").replace("-", "").isdigit() for cell in cells)
    return figures >= MIN_ROW_FIGURES and len(cells) - figures <= 2


# A call for readers' stories: a question to the reader, then how to reach the newsroom ("Have a tip about
# rental fees? Contact our investigations desk at …", "Were you affected? Tell us here."). A question in the
# story is answered by the story, never followed by an imperative to get in touch.
_CALL_OUT_SOURCE = (
    r"^(?!.*[\"“”])(?=[^?]{0,150}\b(?:you|your|yours)\b|(?:have|got|know|seen|spotted|witnessed) (?:a|an|any|some)\b)"
    r"[A-Z][^?]{3,150}\?\s+(?:please )?(?:(?:tell|email|e-mail|message|text|drop|call|ring|dm) us|let us know"
    r"|contact (?:us|our|the|me)|get in touch|send (?:us|it|them|your|a|an)|whatsapp|write to|reach (?:us|out)"
    r"|submit|share (?:it|them|your)|fill (?:in|out)|click|email|e-mail)\b[^?]{0,160}$"
)
_CALL_OUT = LazyPattern(_CALL_OUT_SOURCE, re.IGNORECASE)
MAX_CALL_OUT_CHARS = 320


def _call_out(line: str) -> bool:
    """Whether the line asks readers for their stories and says where to send them (``_CALL_OUT_SOURCE``)."""
    return "?" in line and len(line) <= MAX_CALL_OUT_CHARS and bool(_CALL_OUT.match(line))


# A sponsor's credit, naming the sponsor by its title in capitals: "Hawk Field is presented by Lakeside Health, the
# Official Healthcare Provider of Northbrook State Athletics", "Great Lakes Ford Dealers – Official Vehicle of the
# Hawks".
_SPONSOR_TITLE = LazyPattern(
    r"\bOfficial (?:[A-Z][\w&-]* ){0,3}(?:Partner|Provider|Sponsor|Supplier|Vehicle|Bank|Airline|Carrier|Hotel"
    r"|Timekeeper|Outfitter|Beverage|Beer|Car|Pharmacy|Insurer)s? (?:of|for|to)\b"
)
MAX_SPONSOR_WORDS = 30


def _furniture_line(line: str) -> bool:
    """A whole line of widget, label or note furniture (``line`` stripped)."""
    if "Official" in line and len(line.split()) <= MAX_SPONSOR_WORDS and _SPONSOR_TITLE.search(line):
        return True
    if _LINE.match(line) or ((line[:1].isdigit() or line[:1].isupper()) and _figures_row(line)):
        return True
    if _call_out(line):
        return True
    lower = line.lower()
    notice = lower.startswith(_NOTICE_STARTS) or "in memory of" in lower or "guest" in lower or "entries" in lower
    if notice and _NOTICE.match(line):
        return True
    if _has(lower, _SITE_NOTES_HINTS) and len(line) <= MAX_SITE_NOTES_CHARS and _site_notes(line):
        return True
    if " news" in lower and _TAGLINE.match(line):
        return True
    if _SLOGAN.fullmatch(line.rstrip(" .")) or (" - " in line and _NAMED_SLOGAN.fullmatch(line.rstrip(" ."))):
        return True
    if ("News" in line or "Press" in line) and _NAMED_AGENCY.fullmatch(line.rstrip(" .")):
        return True
    if line.rstrip()[-4:].isdigit() and " of " in line and _SECTION_DAY.fullmatch(line.strip()):
        return True
    if (" home" in lower or "navigation" in lower or "&" in lower) and _MASTHEAD.match(line):
        return True
    if lower.startswith(("hey", "hi ", "hi,", "hello")):  # a pitch's greeting: "Hi there, thanks for reading."
        line = _HELLO.sub("", line)
        lower = line.lower()
    rare = lower.startswith(_RARE_STARTS) or ("@" in lower and " " not in lower)
    return (rare and bool(_RARE_LINE.match(line))) or _chrome_line(line, lower)


_HELLO = LazyPattern(r"^(?:Hey|Hi|Hello)(?: there| friend| reader)?[,!]\s+", re.IGNORECASE)


# A section's name over the day's stories: "Sport News of Monday, 3 March 2025", "Business News of March 3, 2025".
_SECTION_DAY = LazyPattern(
    r"(?:[A-Z][\w&'’-]* ){1,3}of (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?"
    r"(?:\d{1,2} [A-Z][a-z]+,? \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4})"
)


# A comment section's house rules, each a capitalised label and its sentence: "Keep it Clean. Please avoid …",
# "Be Nice. No racism …" (the label's capitals tell it from a quoted "Be careful.").
_HOUSE_RULE = LazyPattern(r"^(?:Keep it|Don[’']?t|Be|Share with|No) [A-Z][a-z]+\.\s+\S.*")
MAX_FURNITURE_WORDS = 25
MAX_CAPTION_WORDS = 40
MAX_QUESTION_WORDS = 15  # a promo's question to the reader is short
MAX_LEFT_WORDS = 8  # a widget label or a thank-you left beside a promo is short; a note on the story is not
# Promos addressed to the reader, wherever they sit in a line.
# A site's own terms, as its notices name them: "Terms of Use", "Privacy Policy", "Cookie Notice".
_SITE_TERMS = (
    r"(?:terms (?:of (?:use|service)|(?:and|&) conditions)|privacy (?:policy|notice|statement)|cookie (?:policy|notice)"
    r"|user agreement)\b"
)

_PROMO_SOURCE = (  # (not inside a quote: "“We are not going to sign up to a scheme,” he said" is a speaker's)
    r"(?:^|(?<=[.!?”\"]\s))[^.!?“”\"]{0,80}?\b(?:"
    r"(?:delivered|sent|straight|directly|direct) (?:\w+ )?to your inbox"
    r"|(?:we|we['’]ll) (?:deliver|send|bring) (?:[\w'’-]+ ){1,4}to your inbox"  # "We deliver Kelby news to your inbox"
    r"|(?:sent|delivered) straight to your (?:phone|mobile)"
    # (the reader is told to sign up; "Residents can sign up for the alerts", "it would not sign up to the deal",
    # "Farmers refused to sign up to the scheme" are the story's)
    r"|(?<!\bcan )(?<!\bcould )(?<!\bwill )(?<!\bmay )(?<!\bmust )(?<!\bshould )(?<!\bwould )"
    r"(?<!\bnot )(?<!n't )(?<!\bnever )(?<!ed to )(?<!es to )(?<!se to )(?<!ee to )"
    r"(?:sign up (?:to|for|now|here|today)|subscribe (?:to|for|now|today|here))\b"
    r"|(?<!\bcan )(?<!\bwill )(?<!\bmay )(?<!\bmust )sign up (?:for )?free\W*$"  # (ending the promo's line: "…
    # lands every Monday. Sign up free"; not the story's "Residents can sign up free")
    r"|you (?:can|may) (?:sign up|subscribe)\b"
    r"|(?:get|enjoy|for|unlock) unlimited access\b"
    # Appeals for money and tips, affiliate notes, contact lines: the site speaking to its reader.
    r"|support us (?:from|today|now|by|with)\b"
    r"|support (?:us|the \w+(?: \w+)?) from (?:as little as |just |only )?[£$€]\d"
    # A member station's appeal: "Your gift matters.", "KXYZ depends on the support of listeners like you.", "KXYZ
    # is a member station of the Example Public Media network."
    r"|^your (?:gift|donation|support|contribution) (?:matters|makes a difference|counts)(?=[.!]|$)"
    r"|\bdepends on (?:the )?(?:support|generosity) of (?:members|listeners|readers|viewers|people) like you\b"
    r"|\bis a member station of\b"
    r"|(?:i|we) hope you (?:enjoyed|appreciated|found|liked) (?:this|the|our) (?:article|story|piece|journalism)"
    r"|(?:please |would )consider (?:supporting|subscribing|donating|a (?:regular )?contribution|making a)\b"
    r"|remind (?:you|me) to (?:contribute|donate|subscribe)|questions about contributing|every contribution\b"
    r"|we acknowledge (?:the )?(?:aboriginal|traditional|first nations|indigenous)\b|pay (?:our )?respects to elders\b"
    # Paywalls, sign-in walls and the reader's side of the page.
    r"|\bto continue reading\b|continue reading (?:this|the|your)\b|\bfor (?:paid )?subscribers only\b"
    r"|(?:reached|used) your (?:\w+ )?(?:limit|allowance) of free\b|already have an account\b"
    r"|create (?:a |an )?(?:free )?account (?:to|and|or|now|today|for free)\b"
    r"|sign in to (?:read|continue|comment|save|keep)\b"
    r"|subscribe to (?:continue|read)\b"
    r"|by continuing to (?:use|browse)\b|you agree to (?:our|the) use of cookies\b|have your say\b"
    r"|commented on this (?:story|article)\b|on our live ?blog\b|send (?:this|the) (?:article|story) to a friend\b"
    r"|(?:watch|see|listen to) the (?:full )?(?:video|interview|clip|report) (?:above|below)\b"
    # A funding note: "The Example Press receives support from several private foundations …"
    r"|\breceives? (?:financial )?support from\b[^.!?]{0,80}\b(?:foundations?|philanthrop\w*|donors)\b"
    r"|\bis solely responsible for all (?:its )?content\b|see more about\b[^.!?]{0,60}\bhere\b"
    # A comment section's policy: "We reserve the right to remove any content …", "New comments are only accepted …".
    r"|we reserve the right to (?:remove|edit|delete|close)\b"
    r"|violat\w* (?:the|our|these) (?:community|house) (?:standards|rules|guidelines)\b"
    r"|new comments are (?:only )?accepted\b|comments are (?:closed|open|moderated|pre-moderated)\b"
    # ... its welcome: "Welcome to The Example Record's comment community.", "This is a space where subscribers can
    # engage with each other", "Interact with The Example Record"
    r"|^welcome to (?:the )?[\w.&'’ -]{2,40} comment(?:ing)? (?:community|section|space)\b"
    r"|\bthis is a space where (?:subscribers|readers|members) can\b|^interact with (?-i:[A-Z])[\w.&'’ -]{2,40}$"
    # ... and its terms: "By submitting a comment, you accept that ...", "Pseudonyms will no longer be permitted.",
    # "Already have an account?"
    r"|\bby (?:submitting|posting) (?:a|your) comments?\b|^pseudonyms (?:will|are) (?:no longer |not )?(?:be )?"
    r"(?:permitted|allowed|accepted)\b|^already have an? (?:[\w.&'’-]+ ){0,3}account\s*\?"
    r"|\b(?:flag|report) (?:link|button) next to\b|we ask that you report\b"
    # Sign-up, comment and syndication notes: "… values your comments …", "Originally published as …".
    r"|\bvalues your comments\b|review our comment(?:ing|s)? policy\b|you are commenting as\b|we need your support\b"
    r"|we need your help to keep (?:reporting|covering|publishing|writing|our journalism)\b"
    r"|support (?:us|our work|our journalism) on (?:patreon|ko-?fi|buy me a coffee)\b"
    r"|independent journalism is\b|our free [\w ]{1,30} (?:email|newsletter)\b|please refresh the page\b"
    r"|please enter a valid\b|(?:thank you|thanks) for (?:registering|signing up|subscribing)\b"
    r"|read the full (?:story|article) (?:on|at)\b|^originally (?:published|appeared) (?:as|in|on|at|by)\b"
    r"|this (?:article|story) (?:was )?(?:originally|first) (?:published|appeared)\b|unlimited digital access\b"
    # ... or on how it was made: "This article was produced for Acme's Local Reporting Network in partnership with …"
    r"|^this (?:article|story|report|investigation) (?:was|is) (?:produced|co-published|reported|published) "
    r"(?:for|in partnership with|in collaboration with|as part of)\b"
    # A note on the text itself or its masthead: "This article was originally written in German.", "It has been
    # translated from Spanish.", "Cold Chain Operations is published by Meridian Trade Media."
    r"|^(?:this|the) (?:article|story|piece|text|report) (?:was|has been) (?:originally )?(?:written|translated)"
    r" (?:in|from) (?-i:[A-Z])\w+\.?$|^(?:it|this) (?:was|has been) translated (?:from|into) (?-i:[A-Z])\w+\.?$"
    r"|^(?-i:[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,5} is published by [A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|&))*)"
    r"(?:, (?:a|an|part of) [^.!?]{1,60})?\.?$"  # (also its owner's: "…, a Graham Holdings Company.")
    r"|\d+% off your first\b"
    # A widget's error: "We are experiencing some problems, please try again later."
    r"|^we(?: are|['’]re) experiencing (?:some )?(?:technical )?(?:problems|difficulties|issues)\b[^.!?]{0,20}"
    r"\bplease try again\b"
    # A paywall's notice: "This is a Premium article available exclusively to our subscribers.", "To read 250+ such
    # premium articles every month", "You have exhausted your free article limit."
    r"|\b(?:article|story|content)s? (?:is |are )?(?:only )?available (?:exclusively|only) (?:to|for) (?:our )?"
    r"(?:subscribers|members)\b|^to read [\d,+]+ (?:such )?premium articles\b"
    r"|\bexhausted your (?:free )?(?:article|story) limit\b|\breached your (?:free )?(?:article|story) limit\b"
    # A paywall's offer: "Complete digital access to …", "Explore our full range of subscriptions."
    r"|\b(?:complete|full|unlimited) digital access to\b"
    r"|(?:explore|see|view|compare) (?:all )?(?:of )?our (?:full )?(?:range of )?subscription(?:s| plans| options)\b"
    r"|cancel (?:at )?any ?time\b|already (?:a )?(?:paid )?(?:subscriber|member|registered user)\s*\?"
    r"|(?:want|like) to (?:see|read|get) more (?:stories|news|articles|content) like this\b"
    r"|\b(?:catch|get|read|find|keep up with) all the latest\b|catch your daily dose\b"
    # A sentence that opens by telling the reader to get the news: "Get Current Updates on India News …".
    r"|(?:^|(?<=[.!?\"”]\s))(?:catch|get|read|follow|stay (?:updated|up to date) (?:with|on))\b[^.!?,]{0,60}"
    r"\b(?:latest|breaking|current) (?:news|updates|headlines)\b"
    r"|if you (?:buy|purchase) (?:something|anything|a product)\b[^.!?]{0,40}\b(?:links?|through|via)\b"
    r"|will be added to your\b[^.!?]{0,40}\b(?:digest|feed)\b|\bour journalists (?:report|write|edit|produce)\b"
    r"|\bby (?:submitting|entering|providing) your e-?mail\b|\byou agree to (?:our|the|its) (?:terms|privacy|user)"
    r"|this site is protected by recaptcha\b|\bconstitutes (?:acceptance|agreement) (?:of|to) (?:its|our|the)\b"
    r"|(?:the|this) (?:audio|summary|article|story)(?: version)?(?: of this (?:article|story))? (?:is|was|has been) "
    r"(?:generated|created|produced|summari[sz]ed) (?:by|using|with)\b"
    r"|(?:support|fund) (?:our (?:independent )?(?:journalism|work|reporting)|independent journalism)\b"
    r"|\bthe (?:news|stories) that matters? (?:most )?to you\b"  # "Slate is covering the stories that matter to you."
    # ... "At HuffPost, we believe that everyone needs high-quality journalism, but …", "That is why we are committed
    # to providing … news", "If you enjoyed this article, we have a proposal for you: Join NRPLUS. Members get …, no
    # paywalls or meters", "By using this site you agree to …"
    r"|\bwe believe (?:that )?everyone (?:needs|deserves) (?:[\w-]+ ){0,3}?(?:journalism|news|information)\b"
    r"|\bwe (?:don['’]t|do not) have a paywall\b"
    r"|\bplease consider (?:becoming an? |joining (?:the |our )?)(?:[\w-]+ ){0,2}?(?:member|subscriber|supporter|donor"
    r"|builder|patron)s?\b"
    r"|\bwe are committed to (?:providing|bringing you|delivering)\b[^.!?]{0,80}\b(?:news|journalism|reporting)\b"
    r"|\bno paywalls?\b|\bmembers help keep\b"
    # ... its newsletter's offer: "Every day or once a week, our original stories … deliver the full story, for free."
    r"|\bour (?:original |own |latest )?(?:stories|reporting|coverage)\b[^.!?]{0,80}\bfor free\b"
    # ... and its nonprofit pitch: "This story, like all the news we publish, is free to read. That's because X is a
    # 501c3 nonprofit organization. We do not … lock our news behind a paywall"
    r"|\blike all the (?:news|stories|journalism|reporting) we (?:publish|produce)\b"
    r"|\bis a 501\s?\(?c\)?\s?\(?3\)? (?:non-?profit|charity|organi[sz]ation)\b"
    # ... "an independent, 501(c)(3), journalist-run newsroom. Every dime we make funds reporting from …"
    r"|\b501\s?\(?c\)?\s?\(?3\)?\W[^.!?]{0,40}\b(?:newsroom|news (?:organi[sz]ation|site|outlet|service))\b"
    r"|\b(?:every|each) (?:dime|dollar|penny|cent|pound|donation|gift)\b[^.!?]{0,40}\b(?:funds?|supports?|pays? for"
    r"|goes (?:to|into|toward)) (?:our |local |independent )?(?:reporting|journalism|newsroom)\b"
    r"|\block our (?:news|journalism|stories) behind\b"
    r"|^if you (?:enjoyed|liked|value|appreciated) (?:this|our) (?:article|story|journalism|reporting|work)\b"
    r"|^by using (?:this|our) (?:site|website|app|service)\b"
    # ... and its notice of new terms: "Updates to our Terms of Use", "We are updating our Terms of Use. Please
    # carefully review the updated Terms before proceeding to our website."
    r"|\bwe(?: are|['’]re|['’]ve| have) (?:updat|chang|revis)\w* our "
    + _SITE_TERMS
    + r"|^(?:updates?|changes) to our "
    + _SITE_TERMS
    + r"\W*$|\breview (?:the|our) (?:updated|new|revised) (?:terms|privacy|policies)\b"
    r"|\bour journalism\b|a small favou?r to ask|email us (?:at|on)\b|whatsapp us\b"
    # A live page's host speaking to the reader: "Welcome to our coverage of …", "Handing over now to my colleague
    # …", "Stay with us for the latest.", "… you can share your photos with us using the form below."
    r"|(?:^|(?<=[.!?\"”]\s))(?:welcome to our (?:live )?coverage|handing over (?:now )?to\b|stay with us (?:for|as)\b)"
    r"|\bshare your (?:[\w,]+ ){0,4}?(?:photos|pictures|videos|stories|experiences)\b[^.!?]{0,30}\bwith us\b"
    r"|\busing the form below\b"
    r"|we pay for (?:your )?(?:videos|stories|pictures|photos)\b|click here\b"
    r"|(?:got|have) a (?:news )?(?:story|tip)(?: for us)?\s*\?|send (?:it|them) to\s+[\w.+-]+@"
    # ... a reporter's call for tips: "Do you have information about X? Contact Jo Roe at jo@example.com …"
    r"|^do you have (?:any )?(?:information|a tip|tips|knowledge|a story)\b[^.!?]{0,100}\?"
    r"|\bcontact (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){0,2} (?:at|on) [\w.+-]+@[\w-]+\."
    # ... "If you have inside knowledge of a topic in the news, contact KBN.", "Open this photo in gallery:"
    r"|^if you have (?:inside knowledge|a news tip|a story (?:idea|tip|for us))\b[^.!?]{0,80}\b"
    r"(?:contact|email|e-mail|get in touch with|let us know|write to)\b(?![^.!?]*\b(?:said|says)\b)"
    r"|^" + _OPEN_PICTURE_SOURCE + r"$"
    # An investment page's disclaimer: "… does not constitute investment advice.", "Past performance is not …".
    r"|\b(?:does|do|is) not (?:constitute|intended as|represent) (?:\w+ )?(?:investment|financial|legal) advice\b"
    # A health or science site's: "Content on this website is for information only. It is not intended to …".
    r"|\bis not intended (?:as|to (?:provide|be|constitute|replace)) (?:\w+ ){0,3}?(?:medical|professional|health)"
    r" (?:\w+ ){0,2}?(?:advice|diagnosis|treatment)\b"
    r"|\b(?:content|information|material) on this (?:web)?site is (?:provided )?for (?:general )?information(?:al)?"
    r" (?:purposes )?only\b"
    r"|\bpast performance is (?:not|no) (?:a )?(?:guide|guarantee|indication)\b"
    r"|send us (?:a |your )?(?:news )?tips?\b|\bwe (?:may )?(?:earn|receive|get) (?:a |an )?(?:small )?commission\b"
    r"|thank you for (?:supporting|reading) (?:the )?(?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*){0,3}[.!]"
    r"|listen to more (?:stories|articles|podcasts)\b|\busing ai(?:-generated)? (?:narration|voices?)\b"
    # A site's small print: external links, the press code it keeps, complaints, reading lists, a missing page.
    r"|\bis not responsible for the content of external\b|\badheres? to (?:the )?[^.!?]{0,60}\beditors[’']? code\b"
    r"|\bif you have a complaint about (?:the |our )?editorial content\b|\bsave articles to read later\b"
    r"|^this (?:story|article|report) was (?:written|produced) by (?:a|an|our)\b"
    r"|\bthe (?:content|page) you requested (?:does not|doesn[’']t) exist\b"
    r"|(?:(?:have|got) (?:something|anything) to say\s*\?\s*)?leave (?:a|your) comment (?:below|here)\b"
    r"|send (?:a|your) (?:news )?tip to (?:our|the) (?:reporters|newsroom|journalists)\b"
    r"|we may (?:earn|receive) (?:a |an )?(?:small )?(?:commission|affiliate)"
    r"|see our (?:ethics|editorial|affiliate|privacy|cookie)\w* (?:statement|policy|notice|guidelines)"
    r"|follow (?:topics|authors)\b|reach (?:him|her|them|me) at\s+(?:\S+@|[+(]?\d)"
    r"|(?:we|this (?:site|website)|our (?:site|website))(?: and our (?:\w+ )?partners)?"
    r"(?: uses?|[’']d (?:also )?like to (?:use|set)| would (?:also )?like to (?:use|set))(?: [\w-]+){0,2} cookies\b"
    # A blog post's footer: "Posted by Kelby Now on May 16, 2025 at 7:42 am. Filed under … You can leave a response"
    r"|(?:^|(?<=[.!?]\s))posted by [^.!?]{1,40} on (?-i:[A-Z])[a-z]+\.? \d{1,2}, \d{4}"
    r"|(?:^|(?<=[.!?]\s))filed under (?-i:[A-Z])|\bresponses to this entry\b|\byou can leave a response\b"
    # A site's notes to its readers: "Our journalists work hard to bring you …", "Dear Readers, we've made some
    # changes to the way you post comments.", "Court Ledger reports are accurate at the time of publication."
    r"|\bour journalists work hard\b|\bsupport quality journalism\b|^dear readers?,[^.!?]{0,80}\bcomments?\b"
    r"|\b(?:reports|articles|stories) (?:are|were) accurate at the time of publication\b"
    # A public broadcaster's underwriting: "Support for KQRN comes from Kelby Credit Union, serving …".
    r"|^support for (?-i:[A-Z])[\w.&'’ -]{0,40} (?:comes|is provided) (?:from|by)\b"
    # Sign-in and channel prompts, a feedback box: "Sign in or create your Pitchside account to join the discussion."
    r"|\bsign in or (?:create|register)\b[^.!?]{0,60}\b(?:account|discussion|comment)"
    r"|\bjoin (?:the |our )?[^.!?]{0,40}\bwhatsapp channel\b|\bwe welcome (?:both )?positive and negative comments\b"
    # A sponsor's line and a regulated firm's legal note: "Sponsored by Kelby Credit Union. … Federally insured by
    # NCUA.", "Acme is a trading name of Acme Media Ltd, which is authorised and regulated by the FCA."
    r"|(?:^|(?<=[.!?]\s))(?:sponsored by (?-i:[A-Z])|ask about our\b)|\bfederally insured by\b"
    r"|\bis a trading name of (?-i:[A-Z])[^.!?]{0,60}\b(?:registered|regulated|authori[sz]ed|company number)\b"
    r"|\bauthori[sz]ed and regulated by the financial conduct authority\b"
    # A police release's small print: "Arrest information is not an indication of guilt."
    r"|\b(?:arrest|charging) information is not an indication of guilt\b|\ball persons are presumed innocent\b"
    r"|(?:^|(?<=[.!?]\s))whatsapp channel\s*:"
    # A public broadcaster's appeal: "Local journalism like this depends on listeners like you. Make your gift …".
    r"|\bdepends on (?:listeners|readers|viewers|supporters|members) like you\b"
    r"|(?-i:Make) (?:your|a) (?:gift|donation)\b"  # the imperative, opening its sentence
    r"|become a (?:[\w-]+ ){0,2}(?:member|sustainer|supporter) (?:today|now)\b"
    # A market page's notes: "All quotes delayed a minimum of 15 minutes.", "See here for a complete list of …".
    r"|\bquotes (?:are )?delayed (?:by )?(?:a minimum of |at least )?\d+ min(?:ute)?s\b"
    r"|see here for a complete list of exchanges\b"
    r"|(?:^|(?<=[.!?]\s))for more information(?: (?:about|on) [^,.!?]{1,60})?,? (?:visit|call|go to|see)\b"
    # A consent banner's standard text: "We and our 842 partners store and/or access information on a device …".
    r"|we and our (?:\d+ )?partners (?:store|process|may (?:use|store|process)|use (?:cookies|data|precise))\b"
    r"|\bstore and/or access information on a device\b|\bclick to consent\b"
    # A comment section's small print: "Our community guidelines apply.", "Please keep comments civil."
    r"|our community (?:guidelines|rules|standards) apply\b"
    r"|please keep (?:your )?(?:comments|conversations|discussions?) (?:civil|respectful|on topic)\b"
    r"|we use your sign-?up\b|unsubscribe at any time|adverts from us\b|as a subscriber\b"
    r"|\brecommendations for other related newsletters\b|\bour privacy (?:notice|policy) explains\b"
    # A site's own notes in its voice: an acknowledgement of country, a note on its sources, its daily selection.
    r"|\backnowledges? [^.!?]{0,80}\bTraditional (?:Custodians|Owners) of the lands? (?:where|on which) we\b"
    r"|^[\w'’ -]{1,30}['’]s reporting relies on\b|\beditors send (?:out )?a selection of the day['’]s\b"
    # ... its channel on a messaging app, the press code it keeps, its log-in trouble
    r"|(?:^|(?<=[.!?]\s))(?:follow|join) (?:the|our) [^.!?]{0,40}\bchannel on (?:whatsapp|telegram|signal)\b"
    r"|^stay in the loop!"
    r"|\bsubscribes? to the press code\b|\bproblems with (?:subscriber )?log-?ins\b|\bneed not log in\b"
    r"|\ba log-?in is (?:still )?required\b"
    r"|gift (?:\d+ |this |an? )?articles?\b"
    # Notes about the article itself, however long.
    r"|a version of this (?:article|story) appears in print\b"
    r"|^this (?:article|story|report|piece) (?:was|has been) (?:updated|amended|corrected|changed|edited)\b"
    r"|this article contains content provided by\b|we ask for your permission before\b"
    r"|transcripts? (?:are|is) created\b|this (?:text|transcript) may not be in its final form"
    r"|as (?:your|a) preferred source\b|more of our (?:stories|journalism|coverage)\b|\bin your in-?box\b"
    r"|headlines are here\b|(?:check out|visit|head to|go to)\b[^.!?]{0,60}\b[\w-]+\.(?:com|co\.uk|org|net)\b"
    r"|for (?:the )?latest (?:news|headlines|updates)[^.!?]{0,60}\b(?:head|go|visit|download|sign up|follow)\b"
    r"|(?:sign up|subscribe|register|get|receive|join)\b[^.!?]{0,80}\bnewsletters?\b"
    r"|download (?:our|the)(?: [\w'’-]+){0,5} app\b|follow us on|join us on|like us on|get the [\w ]{1,40} app\b"
    r"|(?:stories|news|updates|alerts) (?:straight |direct )?(?:by|to your) email"
    r")(?:[^.!?]|[.!?](?=\w))*(?:[.!?]+|$)"
)

# Promos addressed to the reader, wherever they sit in a line: the costliest pattern here, asked
# only where a promo's words appear.
_PROMO = LazyPattern(_PROMO_SOURCE, re.IGNORECASE)


# Round five's pitches, asked only where their own words appear (compiled on first use): a newsletter's and a
# paywall's, a comment section's rules, a press release's boilerplate.
_PITCH_SOURCE = (
    r"(?:^|(?<=[.!?”\"]\s))[^.!?]{0,80}?\b(?:"
    # A newsletter's and a paywall's pitch: "… is a reader-supported publication", "X is supported by readers and
    # members", "… with one account", "Enjoy additional articles per month", "Or sign in if you have an account".
    r"\bis a reader-supported (?:publication|newsletter|site)\b|\bis supported by (?:its )?readers\b"
    r"|\bconsider becoming a (?:free or )?(?:paid )?"
    r"(?:subscriber|member|supporter)\b|\bto receive new posts\b"
    r"|(?:want|looking for) (?:the|all the) latest\b[^.!?]{0,80}\?"
    r"|\bif you(?:[’']ve| have) got a (?:[\w-]+ )?story\b|\bby emailing us\b|\bby registering for free\b"
    r"|\bregister for free (?:here|now|today)\b"
    r"|\bsign[- ]in if you (?:already )?have an account\b"
    r"|\b(?:access|sites|publications|titles)\b[^.!?]{0,60}\bwith (?:one|a single) (?:free )?account\b"
    r"|\bunlimited (?:online|digital|web) access\b|(?:^|(?<=[.!?\"”]\s))unlimited access\b"
    r"|\b(?:additional|more|extra|free|\d+) (?:free )?articles "
    r"(?:per|a|each) month\b|\bemail updates from your\b"
    r"|\bjoin the (?:conversation|discussion|debate) (?:in the comments|below)\b"
    r"|\bfrom our award-winning (?:journalists|reporters|writers|newsroom|team)\b"
    r"|(?:^|(?<=[.!?]\s))(?:exclusive (?:articles|content|stories) from\b|plus,? [^.!?]{0,80}\bnewsletter\b)"
    r"|\bwe encountered an (?:issue|error|problem) signing you up\b|(?:^|(?<=[.!?]\s))please try again\b"
    r"|\binterested in (?:more |our |other )?newsletters\b|\b(?:browse|tap) here\b"
    # A comment section's rules and policy: "The rules of replying: Be respectful. …", "Visit our Community Guidelines".
    r"|\bis committed to maintaining a\b[^.!?]{0,40}\bforum\b|\bplease keep (?:your )?comments\b"
    r"|\bcomments may take\b|\ba reply to your comment\b|\b(?:visit|read|see|review|about|check) our community "
    r"(?:guidelines|standards|rules)\b|\bthe rules of (?:replying|commenting|posting)\b"
    r"|\bthis is a space for\b[^.!?]{0,40}\bdiscussions?\b|\buse your real name\b"
    r"|\bno (?:\w+, ){2,}(?:\w+ )?or (?:racist|abusive|offensive|obscene|discriminatory|vulgar|threatening) "
    r"(?:language|comments|content|posts) will\b"
    r"|\bkeep (?:comments|your comments) (?:\w+ )?(?:relevant|civil|respectful|clean)\b"
    r"|\bkeep it (?:\w+ and )?relevant to the (?:conversation|discussion|topic)\b"
    r"|(?:^|(?<=[.!?\"”]\s))be (?:respectful|transparent|civil|kind|nice|truthful|polite|honest|proactive)\."
    r"|\bfind out what[’']s happening in\b[^.!?]{0,60}\b(?:updates|alerts)\b"
    r"|\bwant to (?:post|write|contribute|advertise|blog) (?:on|for|with|to)\b[^.!?]{0,40}\?"
    r"|\bviews expressed (?:in this [\w ]{1,20} )?are "
    r"(?:the author[’']?s|those of the (?:author|writer)|(?:his|her|their)) own\b"
    r"|(?:^|(?<=[.!?]\s))become a (?:[\w/-]+ )?(?:member|subscriber|supporter|patron)\b[^.!?]{0,60}[.!]"
    r"|(?:^|(?<=[.!?]\s))don[’']?t miss out[.!]"
    # A site's footer and channel promos: "Catch all the City News … on The Daily X.", "Join X's Telegram channel …".
    r"|(?:^|(?<=[.!?]\s))catch all the\b[^.!?]{0,120}\bnews\b"
    r"|(?:^|(?<=[.!?]\s))(?:join|follow|subscribe to) (?:our|(?:the )?[\w.-]+[’']s) (?:telegram|whatsapp|signal|viber) "
    r"(?:channel|group|community)\b"
    # A comment section's and an opinion page's notes: "… names will appear with each submission …".
    r"|\bwill appear with (?:each|every|your) (?:submission|comment|post)\b"
    r"|(?:^|(?<=[.!?]\s))disclaimer\s*:"
    r"|\b(?:their|his|her|the author[’']?s) own and (?:do|does) not necessarily (?:represent|reflect) the views of\b"
    # A transcript's, a newsletter's and a charity's small print, a helpline box.
    r"|\baccuracy and availability may vary\b|\bauthoritative record of\b[^.!?]{0,60}\bis the audio record\b"
    r"|(?:^|(?<=[.!?]\s))get the latest\b[^.!?]{0,80}\bdelivered (?:weekly|daily|every \w+|to you)\b"
    r"|\bis a registered charity\b[^.!?]{0,60}\(?(?:no\.?\s*)?\d{5,}\)?"
    r"|\bdon[’']?t miss out on the (?:latest )?(?:headlines|news|stories)\b"
    r"|\bfollowed (?:categories|topics|authors) will be added to\b|\bin the comments(?: section)? below\b"
    r"|(?:^|(?<=[.!?]\s))(?:stay|keep|get|start|sign up|subscribe)\b[^.!?]{0,60}\bour (?:free )?"
    r"(?:daily|weekly|morning|evening|twice-weekly) (?:news )?(?:e-?mail|newsletter|briefing)\b"
    r"|\bby (?:signing up|subscribing|registering),? you (?:acknowledge|agree|confirm|consent)\b"
    r"|\bis protected by recaptcha\b"
    r"|\balready (?:contributed|donated|supporting)\s*\?|\blog in to hide\b"
    # A comment box's offer to post to Facebook too, a subscription's thanks, a reader's prompt to share.
    r"|\bpost your (?:[\w-]+ )?comments? to\b|\byour comment will be posted\b|\byour facebook timeline\b"
    r"|\blink your [\w ]{0,30}account with\b|\byour first post to\b|\bwould like it to be posted\b"
    r"|\byour details from facebook\b|\byou(?:[’']re| are) (?:now )?subscribed\b"
    r"|\byour (?:subscription|support|contribution|membership) (?:supports|helps|funds|makes)\b"
    r"|(?:^|(?<=[.!?]\s))(?:enjoy(?:ed)? reading|found this (?:useful|helpful|interesting))\s*\?"
    r"|(?:^|(?<=[.!?]\s))share it(?: with a friend)?[.!]|\bfollow other [\w ]{1,30} readers\b"
    r"|\bjoin thought-provoking conversations\b|\blisten to our (?:latest )?podcasts?\b"
    r"|(?:^|(?<=[.!?]\s))want (?:a|the|all the|more)\b[^.!?]{0,60}"
    r"\b(?:news|stories|headlines|briefing|updates|gossip)\b[^.!?]{0,40}\?"
    r"|(?:^|(?<=[.!?]\s))(?![^.!?]*\b(?:said|says|told|according)\b)(?:try|broaden|discover|enjoy|get)\b[^.!?]{0,60}"
    r"\b(?:award-winning (?:\w+ )?journalism"
    r"|free for \d+ (?:months?|weeks?)|free trial)\b"
    r"|\bdon[’']?t have an account(?: yet)?\s*\?|(?:^|(?<=[.!?]\s))create one (?:now|today|for free)\b"
    # A donation box's pitch and a podcast's promo: "… relies on readers like you. A gift of £5 a month keeps …
    # Donate today.", "This week's episode of X looks at … Find it wherever you get your podcasts."
    r"|\brelies on (?:readers|supporters|donors|listeners|members) like you\b"
    r"|\ba (?:gift|donation) of [£$€][\d.,]+ (?:a|per|each) (?:month|week)\b"
    r"|(?:^|(?<=[.!?]\s))donate (?:today|now)\b|\bwherever you get your podcasts\b"
    r"|(?:^|(?<=[.!?]\s))(?:listen:\s*)?(?:this|last|next) week[’']s episode of\b"
    # A press release's boilerplate: the safe-harbour note and the contact line.
    r"|\bcontains forward-looking statements\b|\bidentify forward-looking statements\b"
    r"|\bactual results (?:may|could) differ materially\b|\bundertakes? no obligation to (?:update|revise)\b"
    r"|\bfor more information,? (?:visit|see|go to|contact|please visit)\b"
    r")(?:[^.!?]|[.!?](?=\w))*(?:[.!?]+|$)"
)

# Compiled apart from the promos, so that an article with an ordinary promo does not pay for them.
_PITCH = LazyPattern(_PITCH_SOURCE, re.IGNORECASE)


# Furniture glued inside a line.
_INLINE = LazyPattern(
    r"\s*\((?:pictured|pictured [^()]{1,60}|left|right|centre|center|above|below|top|bottom|inset|"
    r"file(?: photo| picture| image)?|stock image|library image)\)"
    r"|\s*(?:•\s*)?\b(?:Scroll down for (?:video|more)|Article continued below"
    r"|Listen to this (?:article|story)(?:\s*\d+ min(?:ute)?s?)?"
    r"|(?:Story|Article) continues (?:below|after)(?: (?:this |the )?(?:advertisement|ad))?"
    r"|(?:Advertisement\s*[-–—]?\s*)?Scroll to continue(?: reading)?"
    r"|Continue reading below|Most watched videos|Please enter your comment!?|Please enter your name here)\b[.!]?"
    r"|\s*\b(?:A\s){2,}A?\s?\+"
    r"|\s*•\s*(?:Share|Tweet|Email|Print|Comments?)\b"
    r"|(?<=[.!?\"”])\s*…\s*See more$",  # a social post's fold: "… lost his footing.… See more"
)
# A widget word between two sentences or after the last: "… on Friday. Advertisement The court …", or glued to the
# paragraph it opens: "AdvertisementThe bond would …".
_INLINE_WIDGET = LazyPattern(
    r"(^)(?:Advertisement|ADVERTISEMENT)(?=[A-Z\"“][a-z])"
    r"|([.!?\"”’])\s*(?:Advertisement|ADVERTISEMENT|Share this (?:article|story)|Share|Print|Email|Comments?"
    r"|(?:Click to share|Share) on (?:Facebook|Twitter|X|WhatsApp|LinkedIn|Reddit|Pinterest|Telegram|Email)"
    r"(?: \(Opens in new window\))?)"
    r"(?=\s+[\"“‘A-Z]|\s*$)"
    # A related link or an event's promo under its shouted label, glued to the end of the sentence before it: "… she
    # said.RELATED: …", "… the whole way."EVENT: Cold Chain Expo | 18–19 November | Register now".
    r"|([.!?\"”’])\s*(?:RELATED|READ MORE|SEE ALSO|ALSO READ|MORE|EVENT|WEBINAR|SPONSORED|PROMOTED)\s*:"
    r"\s*[^.!?]{1,120}$"
)
# A reading list's button at the end of a section's label, glued or spaced: "Retail sectorAdd to myNews".
_SAVE_BUTTON = LazyPattern(
    r"(?<=\S)\s*Add to (?:my ?[\w]+|(?:my |your )?(?:favou?rites|reading list|saved(?: articles)?))$"
)
MAX_LABEL_WORDS = 6
# A caption credit glued between two sentences: "… behaviour. Jo Bloggs/PA Wire The agency said …".
_INLINE_CREDIT = LazyPattern(
    rf"(?<=[.!?\"”’])\s+(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}\s?/\s?)+{_AGENCY}(?: Wire| Images)?\b"
    r"(?=\s+[\"“A-Z])"
)
# A picture's credit run into the sentence after it at a line's start: "Ian Pike/SWNS Police are appealing …".
_LEAD_CREDIT = LazyPattern(
    rf"^(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}\s?/\s?)+{_AGENCY}(?: Wire| Images)?\s+(?=[\"“]|[A-Z][a-z]*\s+[a-z])"
)
# A picture's credit opening a paragraph, the credit of the picture above it: "(Photo: Jo Roe/Agency via Getty
# Images) The council …", "(Jo Roe/Agency) The …", "Photo: Jo Roe/Agency The …", "(Photo: Getty Images) The …". The
# sentence after it is the story's, so only the credit goes.
_OPENING_CREDIT_SOURCE = (
    rf"^(?:\((?:(?:{_CREDIT_LABEL}\s*:|{_CREDIT_WORDS})\s*[^()]{{1,80}}"
    rf"|(?:{_NAME}(?: [Pp]hoto| [Pp]icture)?\s?[/|]\s?)+{_NAME}(?: via {_NAME})?)\)"  # ("KNN photo/Jo Roe", a bar)
    rf"|{_CREDIT_LABEL}\s*:\s*(?:{_CREDIT_NAME}(?: {_CREDIT_NAME}){{0,3}}\s?/\s?)+{_AGENCY}(?: via Getty Images)?)"
    r"\s*(?=[\"“‘]?[A-Z][\w'’-]*\s+[\w\"“])"
)
_OPENING_CREDIT = LazyPattern(_OPENING_CREDIT_SOURCE)
_CREDIT_OPENINGS = ("(", "Photo", "Picture", "Pic", "Image", "Credit")
# A labelled credit run into the sentence after it without a space: "Photo: Jo RoeResidents who objected …",
# "Photo courtesy of the Kelby Rowing ClubThe shed …"; also a photographer's name and outlet over a slash, as a
# caption's credit line gives them ("Jo Roe / Kelby HeraldFarmers there say …").
_GLUED_OPENING_CREDIT = LazyPattern(
    rf"(?:{_CREDIT_LABEL}\s*:|{_CREDIT_WORDS})\s*[^.!?]{{1,60}}?[a-z](?={_STORY_WORD})"
    rf"|{_CREDIT_NAME} {_CREDIT_NAME} / {_NAME}?[a-z](?={_STORY_WORD}\s+[a-z])"
)
MIN_CREDITED_WORDS = 4
# A credit or a label run into the story's sentence without a space, opening the line: the rest of a credit
# after a dash ("— Graphic OnlineSpeaking during a tour …") or a label in capitals ("PHOTO GALLERY (CLICK TO
# ENLARGE)A small town …", "WATCHThe council …"), or a caption under its label in capitals, with no stop, its
# last word in lower case touching the sentence's capital ("ANGRY: Jo Roe says she is still waiting on her
# parcelGrandmother Jo Roe, 61, paid …"), or a place's name ("… outside the chalets in MorzineAnn Roe, 52, said …"; not
# a name's own capital: "MacDonald", "FitzRoy"). Only what touches the sentence's capital goes.
_GLUED_OPENING_LABEL = LazyPattern(
    r"[—–]\s*[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3}?[a-z](?=[A-Z][a-z])"
    r"|[A-Z][A-Z ():/&-]{3,60}?(?:\)(?=[A-Z](?:[a-z]|\s+[a-z]))|[A-Z](?=[A-Z][a-z]))"
    r"|(?P<label>[A-Z]{3,}(?: [A-Z]{2,}){0,2}): (?:[^.!?\s]+ ){3,40}?(?:[a-z]{2,}|(?!Fitz)[A-Z][a-z]{3,})(?=[A-Z][a-z])"
    rf"|(?i:{_ILLUSTRATIVE_SOURCE})(?=[A-Z])"  # "File photo used for illustrative purposes onlyKelby: …"
)


# A promo or a video's label opening the line, with no stop before the story's sentence: "Get the Daily Brief
# newsletter in your inbox The council said …", "WATCH: Crews clear the flood (1:32)The council said …". The label
# ends where a promo does ("… newsletter", "… in your inbox", "… app") or at the video's running time.
_OPENING_PROMO_SOURCE = (
    r"^(?:(?:get|sign up for|subscribe to|receive|download)\b[^.!?]{1,60}?"
    r"\b(?:newsletters?|in your in-?box|to your in-?box|app)"
    r"|(?:watch|video|listen)\s*:\s*[^.!?()]{1,100}?\(\d{1,2}:\d{2}\))"
    r"\s*(?=[\"“‘]?(?-i:[A-Z])[\w'’-]*\s+[\w\"“])"
)
_OPENING_PROMO = LazyPattern(_OPENING_PROMO_SOURCE, re.IGNORECASE)
_PROMO_OPENINGS = ("get", "sign", "subscribe", "receive", "download", "watch", "video", "listen")


def opening_credit(line: str) -> int:
    """The length of a picture's credit, a promo or a video's label opening ``line`` before a sentence of the
    story (0 when there is none): the sentence after it must end as sentences do, so a caption's own credit on
    its own line stays whole, and so does a promo whose pitch follows it."""
    if line[:9].lower().startswith(_PROMO_OPENINGS):
        match = _OPENING_PROMO.match(line)
        rest = line[match.end() :] if match else ""
        if len(rest.split()) >= MIN_STORY_WORDS and finished(rest) and rest[:1].isupper():
            return match.end()
    glued = _GLUED_OPENING_LABEL.match(line) or (_GLUED_SIGNATURE.match(line) if " for " in line[:80] else None)
    if glued and glued.groupdict().get("label") and glued["label"].title() in places()["names"]:
        glued = None  # a dateline ("NEW DELHI: The ministry said …") opens the story's own sentence
    if glued:
        rest = line[glued.end() :]
        return glued.end() if len(rest.split()) >= MIN_CREDITED_WORDS and finished(rest) else 0
    if not line.startswith(_CREDIT_OPENINGS) and " / " not in line[:60]:
        return 0
    match = _OPENING_CREDIT.match(line) or _GLUED_OPENING_CREDIT.match(line)
    if not match:
        return 0
    rest = line[match.end() :]
    return match.end() if len(rest.split()) >= MIN_CREDITED_WORDS and finished(rest) else 0


# A caption without a full stop whose credit runs into the story's next sentence, the credit's last word touching
# that sentence's capital: "… a year GettyLocal MP Jo Roe said …", "… since Saturday Photo: SuppliedTraders say …".
_GLUED_CREDIT_SOURCE = (
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))(?=[A-Z])[^.!?\"“”]{1,200}?\s"
    r"(?:(?:Photograph|Photo|Picture|Pic|Image|Credit)s?\s*:\s*)?"
    r"(?:Getty(?: Images)?|AFP|PA(?: Media| Wire)?|EPA|Shutterstock|Alamy|Supplied)(?=[A-Z][a-z])"
)
_GLUED_CREDIT = LazyPattern(_GLUED_CREDIT_SOURCE)
_GLUED_CREDIT_HINTS = ("Getty", "AFP", "PA", "EPA", "Shutterstock", "Alamy", "Supplied")
# A picture's widget around its caption: "Enlarge this image" above it, "hide caption" or "toggle caption" below.
_PICTURE_OPEN_SOURCE = r"^(?:enlarge|expand|view|open) (?:this |the )?(?:image|photo|picture)$"
_PICTURE_OPEN = LazyPattern(_PICTURE_OPEN_SOURCE, re.IGNORECASE)
_PICTURE_CLOSE_SOURCE = r"\b(?:hide|toggle) caption$"
_PICTURE_CLOSE = LazyPattern(_PICTURE_CLOSE_SOURCE, re.IGNORECASE)
MAX_CAPTION_LINES = 3


_FAQ_HEAD_SOURCE = r"^(?:frequently asked questions|faqs?)\s*:?$"
_FAQ_HEAD = LazyPattern(_FAQ_HEAD_SOURCE, re.IGNORECASE)


def faq_head(line: str) -> bool:
    """The heading of a box of questions and answers about the site's service ("Frequently asked questions"):
    the lines packed under it are the box."""
    return bool(_FAQ_HEAD.match(line.strip()))


def picture_open(line: str) -> bool:
    """A picture's "Enlarge this image" button: its caption and credit follow."""
    return bool(_PICTURE_OPEN.match(line.strip()))


def picture_close(line: str) -> bool:
    """A picture's "hide caption" button: the caption and credit are above it."""
    return bool(_PICTURE_CLOSE.search(line.strip()))


# A link or video label after a sentence: "… by 2027. Read more: Warnings issued for six beaches", "… staff."À lire
# aussi : Nurses warn of closures" (an edition's own language, glued). The
# title runs to the end of the line, or to the first word that opens a sentence after a lowercase word.
_INLINE_LINK = LazyPattern(
    r"(?<=[.!?\"”’])(?:\s+(?:Read [Mm]ore|READ MORE|Related|RELATED|More [Nn]ews|MORE NEWS|Watch|WATCH|See [Aa]lso|"
    rf"Also [Rr]ead|ALSO READ|Read [Nn]ext|Listen|LISTEN)|\s*(?i:{_READ_ALSO}))\s*[:|]\s+"  # (glued, in French)
    r"(?:[^.!?\n]*$|[^.!?\n]*?[a-z,]\s(?=(?:The|A|An|He|She|It|They|We|I|Her|His|Their|Its|In|On|At|But|And|Mr|Mrs|Ms|"
    r"Dr|This|That|These|Those|There|Police|Officials)\s))"
)
# A reporting note in brackets at a paragraph's end: "… on Monday. (Reporting by Jo Roe; Editing by Ann Lee)".
# Its parts name the staff and their towns only ("Reporting by Jo Roe in Lima and Ana Ruiz in Quito", "Editing
# by Tom Lee"), so "Reporting by the inspectors found …" is a sentence. "Jo Roe in Lima contributed reporting."
_STAFF_LINK = r"(?-i:in|and|at|from|of|the|de|da|do|van|von|for)|&"
_STAFF_WORDS = rf"(?-i:[A-Z])[\w.'’-]*(?:,? (?:(?-i:[A-Z])[\w.'’-]*|{_STAFF_LINK}))*"
_STAFF_PART = (
    r"(?:(?:additional|further) )?(?:reporting|writing|editing|compiled|research|fact-checking|graphics"
    rf"|production|translation)(?: and (?:reporting|writing|editing|research))? by {_STAFF_WORDS}"
)
_STAFF_CONTRIBUTED = rf"{_STAFF_WORDS} contributed (?:additional )?reporting(?: (?:from|in) {_STAFF_WORDS})?"
# ... and on a line of its own, the bare "Jo Roe contributed." or "Jo Roe of KNX contributed from Kelby." (not
# inline: "… on Monday. The Council contributed.")
_STAFF_NOTE_SOURCE = (
    rf"^(?:\(?{_STAFF_PART}(?:\s*;\s*{_STAFF_PART})*\.?\)?|{_STAFF_CONTRIBUTED}"
    rf"|{_STAFF_WORDS} contributed(?: (?:from|in) {_STAFF_WORDS})?)\.?$"
)
_STAFF_NOTE = LazyPattern(_STAFF_NOTE_SOURCE, re.IGNORECASE)
# The same note at a paragraph's end, in brackets or after a sentence.
_INLINE_NOTE_SOURCE = (
    rf"\s*\({_STAFF_PART}(?:\s*;\s*{_STAFF_PART})*\.?\)"
    rf"|(?<=[.!?\"”])\s+(?:{_STAFF_PART}(?:\s*;\s*{_STAFF_PART})*|{_STAFF_CONTRIBUTED})\.?$"
)
_INLINE_NOTE = LazyPattern(_INLINE_NOTE_SOURCE, re.IGNORECASE)
_STAFF_JOBS = re.findall(r"\w+", "reporting writing editing compiled research checking graphics production translation")


def _staff_hint(line: str) -> bool:
    """Whether a line may hold a staff note (``_STAFF_PART``): one of its jobs then "by", or "contributed"."""
    lower = line.lower()
    return "contributed" in lower or any(job + " by " in lower for job in _STAFF_JOBS)


# A picture's credit between a caption and the next sentence: "… on Main Street. Picture: Tom Ferris The blaze …"
_INLINE_LABEL_CREDIT = LazyPattern(
    rf"(?<=[.!?])\s*(?:Photograph|Photo|Picture|Pic|Image|Credit)s?\s*:\s*{_CREDIT_NAME}"
    rf"(?:\s?/\s?{_CREDIT_NAME}|\s{_CREDIT_NAME}){{0,4}}(?=\s+(?:[\"“]|[A-Z][a-z]*\s+[a-z]))"
)
# "By Jane Doe", "By JANE DOE and JOHN ROE For The Daily Example", "By Jane Doe, Political Editor".
_BYLINE = LazyPattern(
    # "By Jo Roe", "By: Jo Roe", "ByJo Roe" (saved without its space), "Report by Jo Roe at Kelby Park", "Author: Jo
    # Roe", a live blog's "Live coverage by Jo Roe in Kelby and Ann Vey"
    r"^(?:(?:(?:Words|Text|Story|Written|Reported|Report|Reporting|Interview|Posted|Compiled|Edited"
    r"|(?:Live )?(?:[Cc]overage|[Uu]pdates|[Bb]log)|Additional reporting) by|By:?|BY:?|by:?)\s+|By(?=[A-Z][a-z])"
    r"|(?:Author|Authors|Writer|Reporter)\s*:\s*)"
    r"(?P<name>(?:[A-Z][\w.'’-]+)(?:\s+(?!(?:FOR|For|IN|In|AT|At)\b)(?:[A-Z][\w.'’-]+|van|de|von|al|and|&)){0,6})"
    # (a dash: "– Senior Reporter, X"; the wires that helped: "By Jo Roe with agencies", "with AP")
    r"(?:\s*(?:,|\b(?i:for|in|at|with)\b|\||\s[–—-])\s*(?:[^.!?]|\.(?=\w)){0,60})?$",
    re.UNICODE,
)
# A byline with no "By": the author's name, a dot or a bar, and their desk ("Jo Roe · Health Reporter, The Ledger").
_DESK_BYLINE = LazyPattern(
    r"^(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})\s*[·|]\s*(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Reporter|Writer|Editor|Correspondent|Columnist|Producer|Journalist)\b[^.!?]{0,60}$"
)
# A caption whose credit went to the next line: "Nora Vale and Theo Grant. Photo:".
_CREDIT_LABEL_END = LazyPattern(rf"(?:^|[.!?]\s*|(?<=[a-z])){_CREDIT_LABEL}\s*:$")
# A caption's credit at the end of its line: "… at dusk. Photograph: Jo Bloggs/Example",
# "… from the crashCredit: Supplied", "Photographs by Aled Morgan", "… at the site. Photo / Jo Roe" (after a
# sentence's end, glued to the caption's last word, or opening the line; capitalised, so "a photo by" in prose stays).
_CREDIT_TAIL = LazyPattern(
    # (a tabloid's caption ends in its credit after a space, with no stop: "… the house Credit: Kelby Press Agency";
    # "Credit" glued onto a caption's last number: "… home since 1978Credit: Jo Roe / Daily Blaze")
    r"(?:^|[.!?]\s*(?:[-–—|]\s*)?|(?<=[a-z])|(?<=[0-9])(?=Credit\b)|(?<=[a-z0-9] )(?=Credit: [A-Z]))"
    r"(?:Photograph|Photo|Picture|Pic|Image|Illustration|Credit|Video"
    r"|(?:File|Staff|Library|Stock) (?:photo|picture|image|pic)|[A-Z][a-z]+pic"  # "File photo: …", "Nationalpic by …"
    r"|[A-Z][a-z]+ (?:photo|picture)(?=:)"  # an outlet's: "Tribune photo: Jo Roe"
    r"|(?:[A-Z]{2,5} )?(?:PHOTO|PICTURE|IMAGE|CREDIT))s?(?: credits?)?"
    r"(?:\s*:\s*|\s+(?:by|BY)\s+|\s+courtesy(?: of)?\s+|\s+/\s+(?=[A-Z])|\s+\|\s+(?=[A-Z]))"  # ("STAFF PHOTO BY")
    # the credit's own stops only after an initial or a title: "Dr. Jo Lee", "J. Lee"
    r"(?:[^.!?]|(?<=\b[A-Z])\.|(?<=\bDr|\bMr|\bMs|\bSt|\bJr)\.|(?<=\bMrs)\.|(?<=\bProf)\.){1,80}$"
    # ... or the writer's own: "… set to close in March. Photo by the author."
    r"|(?<=[.!?] )(?:Photos?|Pictures?|Images?) (?:by|courtesy of) the (?:author|writer|reporter)\.?$"
    # ... or a name's, with its own stop, after the caption's sentence: "… the storm. Photo by Jo Roe for The Ledger."
    r"|(?<=[.!?] )(?:Photograph|Photo|Picture|Image)s? by [A-Z][^.!?]{1,80}\.$"
    # ... or an agency's "photo" and its date after the caption's sentence: "… in Kaohsiung. CNA photo March 14, 2025"
    r"|(?<=[.!?] )[A-Z]{2,6} (?:photo|picture)(?: [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?$"
    # ... or the agency's copyright after an unpunctuated caption: "Workers at a plant near Turin © NOVA"
    r"|^[^.!?©]{10,200} © ?[A-Z][\w&'’ /-]{1,30}$"
    # ... or a photographer and their job, glued on or not: "… painted in 1994.Jo Roe / Staff Photographer"
    r"|(?<=[.!?])\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} / (?:(?:Staff|Contributing|Freelance|Senior) )?Photographer$"
    # ... or a photographer and their outlet, with a full stop: "… in Tsing Lam. File photo: Jo Roe/Kelby Post."
    r"|(?:^|(?<=[.!?] ))(?:(?:File|Staff) [Pp]hoto|Photograph|Photo|Picture|Image)s?: "
    r"[A-Z][^.!?/]{1,40}/[A-Z][^.!?/]{1,30}\.$"
)
# A line that is only a time stamp: "July 17, 2025 11:43 AM GMT+1 Updated 2 hours ago", "15:30, 21 NOV 2024",
# "11:58 BST", "Published 3 hours ago" (every word a date or time word, and a number among them).
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
_STAMP_WORDS = {
    *_MONTHS,
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "am", "pm", "a.m", "p.m", "gmt", "bst", "utc", "est", "edt", "cst",
    "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest", "et", "pt", "ist", "aest", "aedt", "published", "updated",
    "date", "dated", "posted", "modified", "released", "last", "first", "on", "at", "ago", "a", "an", "min", "read",
    "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "mins", "hr", "hrs", "sec", "secs", "month",
    "months", "year", "years", "yr", "yrs", "yesterday", "today", "created", "and", "|", "-", "–",
    "—", "/",
}  # fmt: skip
_STAMP_NUMBER = LazyPattern(
    r"^(?:\d{1,4}(?:st|nd|rd|th|h|hrs?|m|mins?|d)?|\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ap]m)?|\d{4}-\d{2}-\d{2}\S*"
    r"|\d{1,2}([-./])\d{1,2}\1(?:\d{4}|\d{2})|\d{1,2},\d{4})$"  # (a day first: "17-04-2025", "04.06.2025"; "05.14.25";
    # "Mar 3,2025")
)
_STAMP_ZONE = LazyPattern(r"^(?:gmt|utc)[+-]\d{1,2}(?::?\d{2})?$")
_ZONE = LazyPattern(r"[A-Z]{2,5}")  # a time zone's letters after the time: "MYT", "HKT", "SAST", "NZDT"
# A menu of links in a line: "Order Reprints | Today's Paper | Subscribe" (three or more short items).
_MENU = LazyPattern(r"^[^\W\d][^|\d]{0,29}(?:\s+\|\s+[^\W\d][^|\d]{0,29}){2,}$")
# Breadcrumbs: "Home > News > World", "Home › World › Europe".
_CRUMB = r"(?:\s*(?:>|›|»|→)\s*|\s+/\s+)"
_BREADCRUMB = LazyPattern(
    rf"^[\w&'’ ,-]{{1,30}}{_CRUMB}[\w&'’ ,-]{{1,30}}(?:{_CRUMB}[\w&'’ ,-]{{1,30}}){{0,5}}$"
    # A trail that ends in the story's own headline: "Home / Cities / Pune News / Civic body to build …".
    rf"|^[\w&'’ ,-]{{1,30}}(?:{_CRUMB}[\w&'’ ,-]{{1,30}}){{1,6}}{_CRUMB}[^.!?|]{{1,150}}$"
)
_CRUMB_STEP = LazyPattern(_CRUMB)


def crumb_tail(line: str) -> str | None:
    """The last step of a breadcrumb trail ("Home > News > Council to close two schools"), which names the page
    itself; None when the line is no trail."""
    if not _CRUMB_STEP.search(line) or not _BREADCRUMB.match(line):  # (the step's mark first: every line is asked)
        return None
    return _CRUMB_STEP.split(line)[-1].strip(" .…")


_RELEASE_LABEL = LazyPattern(rf"(?i:{_RELEASE_LABEL_SOURCE})\s*:?$")


def release_label(line: str) -> bool:
    """A press office's label alone on its line: "FOR IMMEDIATE RELEASE", "News release"."""
    return bool(_RELEASE_LABEL.match(line))


# A market ticker: "DOW 39,112.16 +0.4%", "AAPL +1.2%", "S&P 500 5,487.03 -0.1%".
_MARKET_QUOTE = (
    r"(?:[A-Z][\w&.^-]{0,14}(?:\s[A-Z0-9][\w&.^-]{0,14}){0,2}\s+)?(?:[$£€]?[\d,]+(?:\.\d+)?\s+)?"
    r"[+\-−–▲▼]\s?[\d,]*\.?\d+%?(?:\s+\(?[+\-−–]?\s?[\d.]+%\)?)?"
)
# ... or a row of them: "S&P 500 5,432.10 +21.62 (+0.40%)   Dow 30 39,118.86 -45.20 (-0.12%)".
_TICKER = LazyPattern(rf"^{_MARKET_QUOTE}(?:\s+{_MARKET_QUOTE}){{0,7}}$")
# A market quote's value on its own line, under its name: "-0.45%", "1.0842 +0.12%", "-5/32 Yield 4.312%".
_QUOTE_TOKEN = LazyPattern(r"^(?:[+\-−–▲▼]?[$£€]?\d[\d,./]*%?|\(?[+\-−–]?\d[\d.,]*%\)?|[A-Za-z]{1,6})$")
MAX_QUOTE_TOKENS = 4


def quote_value(line: str) -> bool:
    """A line of market figures ("-0.45%", "1.0842 +0.12%", "-5/32 Yield 4.312%"): numbers, at most one
    short word, and a percentage or a fraction among them."""
    tokens = line.split()
    if not tokens or len(tokens) > MAX_QUOTE_TOKENS or not all(_QUOTE_TOKEN.match(t) for t in tokens):
        return False
    numbers = [t for t in tokens if any(c.isdigit() for c in t)]
    words = len(tokens) - len(numbers)
    return bool(numbers) and words <= 1 and any("%" in t or "/" in t for t in numbers)


# An author line with a social handle ("Lena Sato @lenasato") or a job title ("Rowan Pilgrim Housing correspondent").
_AUTHOR_LINE = LazyPattern(
    r"^(?!.*\b(?:Named|Appointed|Becomes|Made|Hired|Promoted|Quits|Resigns|To|As|Is|Was|New|Former)\b)"
    r"(?!(?:Our|Own|Senior|Chief|Staff|Deputy|Associate|Assistant|Contributing|Managing|Executive|Special|Digital|News|Local"
    r"|National|International|Investigative)\b)"
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}?)"
    r"(?:\s+@\w+|(?:,|\s*[·|])?(?:\s+[A-Z][\w-]+(?: (?:of|and|&) [A-Z][\w-]+)?){0,3}"
    r"(?:\s+(?:staff|senior|chief|special|contributing|deputy))?\s+"
    r"(?i:correspondent|editor|reporter|writer|columnist|journalist|reporting service)(?:\s+@\w+)?"
    r"(?: (?:and|&) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})?)$"  # (a second author after: "... and Al Lee")
)  # (a pool's reporter: "Jo Roe Local Democracy Reporting Service", as UK regional sites sign its copy; "JO ROE,
# Nikkei staff writer")
# An author's bio, as printed at the end: "Jane Doe is a reporter covering …", "Carla Nguyen covers education for …".
_BIO = LazyPattern(
    # "I'm a staff writer at Acme covering …" (in the first person)
    r"^(?:I['’]m an? (?:[\w-]+ ){0,3}(?:writer|reporter|editor|correspondent|journalist|columnist)"
    r" (?:at|for|with) [A-Z]"
    r"|(?:[A-Z][\w'’.-]+ ){1,3}is (?:a|an|the|(?:the )?(?:[A-Z][\w'’.-]* ){0,3}[A-Z][\w'’.-]*['’]s)(?: [\w'’-]+){0,4}? "
    r"(?i:reporter|writer|journalist|"  # (a post written with capitals: "a Senior Reporter at")
    r"correspondent|editor|columnist|contributor|producer|author|freelancer|critic|reviewer|photographer)s?\b"
    # "Jo Roe is news editor of Cold Chain Review" (a post in lower case, without an article, at the outlet)
    r"|(?:[A-Z][\w'’.-]+ ){1,3}is (?:[\w'’-]+ ){0,2}(?:reporter|writer|correspondent|editor(?:-in-chief)?|columnist)"
    r" (?:of|at|for)"
    r" (?:the )?[A-Z]"
    # "Jo Roe is Markets Editor." (a desk's title, capitalised, without an article)
    r"|(?:[A-Z][\w'’.-]+ ){1,3}is (?:(?:The )?(?:[A-Z][\w.-]* ){0,3}[A-Z][\w.-]*['’]s )?(?:[A-Z][\w&-]+ ){1,3}"
    r"(?:Editor|Reporter|Correspondent|Writer|Columnist)\b"
    # "Jo Roe is the Kelby Daily Times Central Otago reporter, based in Alexandra." (the outlet and the beat by name)
    r"|(?:[A-Z][\w'’.-]+ ){1,3}is the (?:[A-Z][\w'’.-]* ){1,7}(?:reporter|correspondent|editor|columnist|writer)\b"
    # "Jo Roe joined the KTVX 7 news team in 2023 …", "Jo Roe joined KTVX 7 as a digital producer in 2022 …"
    r"|(?:[A-Z][\w'’.-]+ ){1,3}joined (?:the )?[\w&' ]{0,30}\b(?:news team|newsroom|news desk|staff)\b"
    r"|(?:[A-Z][\w'’.-]+ ){1,3}joined (?:the )?(?:[A-Z0-9][\w&'’.-]* ){1,4}as an? (?:[\w-]+ ){0,3}"
    r"(?:reporter|producer|writer|editor|correspondent|journalist|anchor|meteorologist|photographer|columnist)\b"
    # "KNX 9 reporter Jo Roe covers the Kelby schools. Send Jo your news tips." (a station's tagline for its reporter,
    # then an invitation to write to them)
    r"|(?:[A-Z0-9][\w&'’.-]* ){1,4}(?:reporter|correspondent|anchor|journalist) (?:[A-Z][\w'’.-]+ ){1,3}"
    r"(?:covers|reports on|writes about) [^.!?]{3,60}[.!?]\s+(?:Share|Send|Email|Contact|Reach|Pitch)\b"
    # "Antczak covers Southern California news for The Associated Press." (a surname alone will do)
    r"|(?:[A-Z][\w'’.-]+ ){1,3}has reported from [^.!?]{3,60} since (?:19|20)\d\d\b"
    r"|(?:[A-Z][\w'’.-]+ ){1,3}(?:covers|writes about|reports on|has covered|has reported on)\b.*\b"
    r"(?:for (?:the )?[A-Z]|from [A-Z]\w+[.!](?:\s|$)|[Rr]each|[Ff]ollow|[Cc]ontact|[Ee]mail))"
    # "Jo Roe covers the NBA. She joined the network in 2019." (the beat, then the author's past)
    r"|(?:[A-Z][\w'’.-]+ ){1,3}(?:covers|writes about|reports on) [^.!?]{3,80}[.!?]\s+(?:He|She|They)"
    r" (?:joined|has covered|previously|is based|has written)\b"
    # "Jo Roe joined the Post in 2020 and covers transport." "Jo, a correspondent with seven years' experience,
    # covers the Assembly."
    r"|(?:[A-Z][\w'’.-]+ ){1,3}joined (?:the )?(?:[A-Z0-9][\w&'’.-]* ){1,4}in (?:19|20)\d\d,? and (?:covers|reports on"
    r"|writes about)\b"
    # "Jo joined the Echo in 2019 after training on the Kelby Journal. She covers transport ..."
    r"|(?:[A-Z][\w'’.-]+ ){1,3}joined (?:the )?(?:[A-Z][\w&'’.-]* ){1,4}in (?:19|20)\d\d\b"
    r"(?=[^.!?]{0,80}[.!?]\s+(?:He|She|They) (?:covers|writes about|reports on)\b)"
    r"|(?:[A-Z][\w'’.-]+ ){0,2}[A-Z][\w'’.-]+, an? [^,]{0,60}\b(?:reporter|correspondent|journalist|writer|editor)\b"
    r"[^,]{0,60}, (?:covers|reports on|writes about"
    # "Chinedu, a South-East correspondent with The PUNCH, has over nine years' experience covering ..."
    r"|has (?:over |more than |nearly |almost |about )?[\w-]+ years['’]? (?:of )?experience)\b"
    # "Adebayo has over six years of experience covering local governments ... for PUNCH."
    r"|(?:[A-Z][\w'’.-]+ ){1,3}has (?:over |more than |nearly |almost |about )?[\w-]+ years['’]? (?:of )?experience"
    r" (?:covering|reporting on|writing about)\b.*\bfor (?:the )?[A-Z]"
    # "Ada Ruiz has contributed to the magazine since 2019." (a magazine's contributor note)
    r"|(?:[A-Z][\w'’.-]+ ){1,3}has (?:contributed to|written for"
    r"|been (?:a )?(?:staff writer|contributor|columnist|writer) (?:at|for))"
    r" (?:the|this) (?:magazine|paper|newspaper|site|publication|newsletter)\b"
)
# A bio's second sentence, the author's beat or book: "He covers the Pioneers …", "She is the author of …".
_BIO_MORE = LazyPattern(
    r"[.!?]\s+(?:He|She|They) (?:covers?|has covered|joined|previously (?:worked|covered|reported)|writes? about"
    r"|is based in|is the author of|holds a degree|can be reached at)\b|[.!?]\s+Before joining\b"
    r"|[.!?]\s+(?:Reach|Contact|Email|Follow|Find) (?:him|her|them)\b"
)
# A blog's feed footer under the story: "The post Council votes to close pool appeared first on Kelby Post."
_FEED_FOOTER = LazyPattern(r"^The post .{5,250} appeared first on .{2,80}$")
# A press release's issuer, by its legal name alone ("Harbison Medical Devices, Inc."), or its closing
# "SOURCE …" line: a company's legal name is never a sentence of the story.
_RELEASE_LINE = LazyPattern(
    r"^(?:SOURCE )?(?:[A-Z][\w&'’.-]*,? ){1,6}"
    r"(?:Inc|Corp|Corporation|Ltd|Limited|LLC|LP|plc|PLC|Co|AG|SA|SE|NV|GmbH)\.?$"
    r"|^SOURCE [A-Z][^.!?]{1,80}$"
)
# A press release's closing sections, whose paragraphs are boilerplate: "About Harbison Medical Devices",
# "Forward-Looking Statements", "Safe Harbor Statement".
_BOILER_HEAD = LazyPattern(
    r"^(?:About (?P<issuer>[A-Z][\w&.,'’-]*)(?: [A-Z][\w&.,'’-]*){0,5}"
    r"|(?i:forward[- ]looking statements?|safe harbou?r statement"
    # A research story's closing references: "Story Source:", "Journal Reference:", "Cite This Page:".
    r"|story source|journal references?|cite this (?:page|article)|how to cite(?: this)?(?: article)?"
    # ... a death notice's guest book: its entries, their signers and dates
    r"|guest ?book"
    # ... a press release's end mark and the notes under it: "ENDS", "-30-", "###", "Notes to editors"
    r"|[-–—]*\s*ends\s*[-–—]*|-30-|#{3}|notes? (?:to|for) editors?|editor['’]?s notes?"
    r"|cautionary (?:note|statement)(?: [\w-]+){0,4}))\s*:?$"
)
# A caption glued to the sentence after it with no space: "… at the car parkThe trust said …".
_GLUE = LazyPattern(
    r"\b[a-z]{3,}(?=[A-Z][a-z])"
    # or a capitalised last word run into a word that opens sentences: "… on SundayPolice said …"
    r"|(?<=[a-z]{2})(?=(?:The|A|An|He|She|It|They|We|His|Her|Their|Its|In|On|At|But|Police|Officials|Mr|Mrs|Ms|Dr)\s)"
)
# A caption's last word, a place's name, run into the capitalised first word of a sentence: "… at home in
# LeedsStaff said …".
_PLACE_GLUE_SOURCE = r"(?<=[a-z]{2})(?=[A-Z][a-z]+ [a-z])"
_PLACE_GLUE = LazyPattern(_PLACE_GLUE_SOURCE)
# A caption opening a line, its full stop run into the story's first word: copy-paste drops the break between a
# picture's caption and the paragraph under it ("Members rally outside the hospital in June.Members of the union
# have voted …", "Queues formed in the CBD.Contacted, the manager said …"); a writer's sentence keeps the space after
# its stop.
_STOP_GLUED_CAPTION = LazyPattern(r"^(?=[A-Z])[^.!?\"“”]{10,200}?(?:[a-z]{2}|[A-Z]{2})\.(?=[A-Z][a-z]+[ ,])")
# ... and a sentence's stop, or its closing quote, run into the furniture after it: "… in September.Support us on
# Patreon.", "… had been "brushed aside".Join our WhatsApp channel".
_GLUED_STOP_HINT = LazyPattern(r"[.!?][\"”’]?[A-Z]|[\"”’][.!?][A-Z]")  # (what _GLUED_STOP needs, found fast)
_GLUED_STOP = LazyPattern(
    r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]+\.? )|(?<=[a-z][.!?][\"”’]|[a-z][\"”’][.!?])(?=[A-Z][a-z]+\.? )"  # ("….Rev. Jo")
)
# A caption under its label in capitals glued onto the story sentence's stop at the line's end: "… shoppers to the
# site.MARKET HALL: The new market hall, which opened in August. —Photo: JO ROE" (a story never glues a label onto
# its stop; not a credit's label: "… on Monday.PHOTOGRAPH: JO ROE FOR THE CHRONICLE" is the caption's own).
_LABELLED_CAPTION_TAIL = LazyPattern(
    r"(?<=[a-z][.!?])(?!(?:PHOTO|PHOTOGRAPH|PICTURE|PIC|IMAGE|CREDIT|VIDEO|WATCH|READ|MORE)S?:)"
    r"[A-Z]{2,}(?: [A-Z]{2,}){0,3}: [A-Z][^:!?\"“”]*[a-z][^:!?\"“”]*?"
    r"(?:\s*[—–-]?\s*(?:Photo|Picture|Image|Credit)s?:\s*[^:!?]{1,60})?$"
)
# A live page's time stamp run into its entry: "14:32 GMT The council met …".
_CLOCK_LEAD = LazyPattern(
    r"^\d{1,2}[:.]\d{2}\s?(?:[AaPp]\.?[Mm]\.?)?\s*(?:GMT|BST|UTC|E[SD]T|C[SD]T|M[SD]T|P[SD]T|CES?T|AE[SD]T|IST)\s+"
    r"(?=[\"“A-Z])"
)
# A copyright line run onto the last sentence: "… on Monday. Copyright 2026 The Example Press. All rights reserved."
_COPYRIGHT_TAIL = LazyPattern(r"(?<=[.!?\"”])\s+(?:Copyright\s*(?:©\s*)?|©\s*)\d{4}\b.*$")
# A header whose next unpunctuated lines are link titles, tags or a video's title, not the article.
_LINK_HEAD = LazyPattern(
    r"^(?:related(?: articles?| stories| content| links| coverage| video| cases| sections| documents| players)?"
    rf"|{_RELATED_SITE}"
    r"|(?:story|quick|useful) links"
    r"|read (?:more|next)(?: from [\w.'’ ]{1,30})?"
    r"|keep reading|more (?:news|stories)|top of the news"  # (not "Top stories": a news app's menu item too)
    r"|(?:latest|more) (?:in|from|by) (?-i:[A-Z][\w.'’&]*(?: [A-Z][\w.'’&]*){0,2})"  # "Latest in Success", "More by X"
    r"|(?:the )?most (?:popular|read|viewed|watched|shared)(?: \w+)?(?: from [\w.'’ ]{1,30})?|more on this story"
    r"|(?:popular|trending)(?: now| today)? (?:on|at|from) [\w.'’ ]{1,30}"  # "Popular on KBN" (not a menu's "Trending")
    r"|recommended(?: \w+)?|you may also like|you might also like|see also|also read|don[’']t miss|more(?=\s*:)"
    rf"|{_MOST_READ_ABROAD}"
    r"|watch now|watch|now playing|video(?: \d{1,2}:\d{2}| ad feedback)?|explore more on these topics"
    r"|(?:watch|listen|video|audio|photos?|gallery)\s*\|.*"
    r"|(?:suggested |related )?topics|tags|filed under|(?:our )?sources"
    r"|share or comment on (?:this|the) (?:article|story)\b.*)\s*:?$",
    re.IGNORECASE,
)


def byline(line: str) -> str | None:
    """The name(s) of a "By NAME" line, or None when the line is not a byline (nor is a box's head: "BY THE
    NUMBERS", "By our staff")."""
    placed = _PLACED_AUTHORS.match(line.strip()) if " in " in line else None
    if placed:
        return placed.group(1)
    partners = _PARTNER_AUTHORS.match(line.strip()) if " and " in line else None
    if partners:  # "by Jo Roe, ProPublica, and Al Lee, The Kelby Courier": each reporter, their outlet apart
        return f"{partners.group(1)} and {partners.group(2)}"
    match = _BYLINE.match(line.strip()) or (_DESK_BYLINE.match(line.strip()) if "·" in line or "|" in line else None)
    if not match or len(line.split()) > 16 or match.group("name").split()[0].lower() in _NO_NAME_OPENS:
        return None
    return match.group("name")


# The outlet a byline signs for after its reporter ("By Jo Roe, KNX Business", "By JO ROE FOR THE KELBY LEDGER"), and
# a copyright line's owner ("(c) 2024 KNX News. All Rights Reserved.", "© Kelby Ledger 2025").
_SIGNED_FOR = LazyPattern(
    r"\s*(?:,|\||·|\b(?i:for)\b)\s*(?:(?i:the) )?(?P<outlet>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3})\W*$"
)
_COPYRIGHT = LazyPattern(  # (at a line's start or inside a footer's line: "About us  ©2024 KNX Media Group, Inc.")
    r"(?:^|(?<=\s))(?:©|\([cC]\)|Copyright)\s*(?:\d{4}\s+)?(?:(?i:the) )?"
    r"(?P<outlet>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3})\b"
)
_ACRONYM = LazyPattern(r"[A-Z][A-Z0-9]{1,5}")
# ... or in a line's furniture elsewhere: the author's bio ("Jo Roe is a courts reporter for KNX Online."), the site's
# own tip line or newsletter ("Got a story for the Kelby Post newsroom?", "Sign up for The Kelby Post's Weekend
# Reads"), its group ("Part of the Kelby Post & Marlow Star group").
_OUTLET_NAME = r"(?P<outlet>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3}?)"
_OWN_OUTLET_ELSEWHERE = tuple(
    LazyPattern(source)
    for source in (
        rf"\b(?:reporter|writer|editor|correspondent|producer|journalist) (?:for|at|with) (?:the |The )?{_OUTLET_NAME}"
        r"(?=[.,]|\s*$)",
        rf"\b(?:story|tip|tips) for (?:the |The )?{_OUTLET_NAME}(?= news team| newsroom|\?)",
        rf"\bSign up (?:for|to) (?:the |The )?{_OUTLET_NAME}['’]s\b",
        rf"^Part of (?:the |The )?{_OUTLET_NAME}(?= (?:&|and) )",
    )
)


def page_outlets(removed: tuple[str, ...]) -> frozenset[str]:
    """The outlets a page signs as its own in the lines removed as furniture: a byline's outlet after its
    reporter, a copyright sign's owner (``_OWN_OUTLET_ELSEWHERE``: also the bio's, the tip line's). The story
    names them only as where someone spoke ("told KNX"), so an outlet the word lists do not know is still no
    actor; an acronym opening the name ("KNX Business", "KNX News") is the outlet too."""
    found: set[str] = set()
    for line in removed:
        line = line.strip()
        name = byline(line)
        signed = _SIGNED_FOR.match(line, line.find(name) + len(name)) if name and name in line else None
        match = (
            signed
            or _COPYRIGHT.search(line)
            or next(filter(None, (p.search(line) for p in _OWN_OUTLET_ELSEWHERE)), None)
        )
        if match:
            outlet = match.group("outlet")
            first = outlet.split()[0]
            acronym = _ACRONYM.fullmatch(first) and not outlet.isupper()  # (not a word of a name in capitals)
            found |= {outlet, first} if acronym else {outlet}
    return frozenset(found)


# Reporters named with where each filed from, with no "By", as a business daily signs a story: "Tom Hale in
# Johannesburg and Priya Nair in London" (two at least: one, "Taylor Swift in Tokyo", may be a headline).
_PERSON = r"[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: [A-Z][a-z'’-]+){1,2}"
_PLACE = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
_PLACED_AUTHORS = LazyPattern(rf"^({_PERSON}) in {_PLACE}(?:, {_PERSON} in {_PLACE})*,? and {_PERSON} in {_PLACE}$")


# Reporters of partner outlets, each with theirs: "by Jo Roe, ProPublica, and Al Lee, The Kelby Courier-Ledger".
_OUTLET = r"(?:The )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}"
_PARTNER_AUTHORS = LazyPattern(rf"^[Bb]y ({_PERSON}), {_OUTLET},? and ({_PERSON}), {_OUTLET}$")
_NO_NAME_OPENS = frozenset(["the", "a", "an", "our", "this", "these", "its", "their"])


MAX_AUTHOR_DATED_WORDS = 12
_STAMP_THEN_BY = LazyPattern(r"^(.{4,60}?\d{4}(?:,? \d{1,2}:\d{2}(?: ?[ap]m)?)?)\s+by\s+(.{3,80})$", re.IGNORECASE)


def _stamped_byline(line: str) -> str | None:
    """The author of a date and then a byline on one line ("March 6, 2025 by Jo Roe, Kelby", as blogs print one)."""
    stamped = _STAMP_THEN_BY.match(line)
    return byline("By " + stamped.group(2)) if stamped and stamp_only(stamped.group(1)) else None


# An author's picture, its alt text copied with the page: "Jessica Faraday's profile picture".
_AVATAR = LazyPattern(
    r"^(?:(?P<named>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})['’]s (?:profile |author )?(?:picture|photo|image|avatar)"
    r"|(?i:(?:profile |author )?(?:picture|photo|image|avatar)) (?:for|of) "
    r"(?P<of>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}))$"
)  # "Jo Roe's profile picture", "Profile picture for Jo Roe"
# The sections a dated row files its story under, after a bar: " | All, Kelby, Business".
_FILED_TAGS = LazyPattern(r"(?<=\d)\s+\|\s+[A-Z][\w&' ]{1,20}(?:,\s*[A-Z][\w&' ]{1,20}){1,5}\s*$")
# The number a site's system files a story under, closing its author's and date's row: " | Story: 310577".
_STORY_NUMBER = LazyPattern(r"\s+[|·]\s+(?:Story|Article)(?: ID| No\.?)?:?\s*#?\d{3,}\s*$")
# An author's name, a spaced dash and the date: "Priya Venkataraman - Jan 14, 2025 3:45 pm UTC".
_AUTHOR_DASH_STAMP = LazyPattern(
    r"^([A-Z][^-–—|·/]{2,50}?)\s+[-–—|·/]\s+([^|·]{6,60})$"
)  # (or a bar or a slash: "Jo Roe | 3.11.2025", "Jo Roe / March 6, 2025")
_AUTHOR_DATED = LazyPattern(r"(.{3,60}?[a-z])(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)")
# A row's items, the separator spaced or not ("By Jo Roe·March 11, 2025"), or a spaced slash, as a reader app
# sets its source, author and age ("Kelby Post / by Jo Roe / 3h").
_ROW_GAP = LazyPattern(r"\s*[|·•∙]\s*|\s+/\s+")


# A staff byline that names no one: "Our Staff Reporter", "By Special Correspondent", "Express News Service".
_STAFF_BYLINE = LazyPattern(
    r"^(?:by )?(?:our |own |a )?"
    r"(?:(?:staff|special|city|legal|political|sports|business|web|news|online|digital|senior) )?"
    r"(?:reporter|correspondent|writer|desk|bureau)s?$|^(?-i:[A-Z])\w+ news service$",
    re.IGNORECASE,
)


_DOCUMENT_CONTROL = LazyPattern(
    r"download (?:the )?(?:pdf|document|file)|page 1 of \d{1,4}|view (?:the )?(?:full )?(?:document|pdf)", re.I
)


def document_control(line: str) -> bool:
    """A document viewer's first control ("Download PDF", "Page 1 of 23"): the line above it is the document's title."""
    return bool(_DOCUMENT_CONTROL.fullmatch(line.strip().rstrip(".")))


def staff_byline(line: str) -> bool:
    """A byline that names no one, which still signs the headline above it, alone or before its date ("Staff
    Correspondent, Mar 3, 2025", "Staff Reporter | Published: 09:10, Mar 3, 2025")."""
    line = line.strip()
    head, *rest = _STAFF_DATE_GAP.split(line, maxsplit=1)
    return bool(_STAFF_BYLINE.match(line)) or bool(rest and _STAFF_BYLINE.match(head) and stamp_only(rest[0]))


_STAFF_DATE_GAP = LazyPattern(r"\s*,\s*|\s+\|\s+")


# A title's name in capitals, its masthead: "THE KELBY COAST STAR", "THE HOLLIN BRIDGE BULLETIN".
_MASTHEAD_NAME = LazyPattern(r"(?:THE )?[A-Z][A-Z'’ -]{2,40} (?:" + "|".join(sorted(map(str.upper, _PAPERS))) + ")")
# A newsletter's or paper's issue line: "Issue 212 -- Friday 14 February 2025", "No. 9,412 | Thursday 12 June 2025".
_ISSUE_LINE = LazyPattern(r"(?:Issue|Edition|No\.|Vol\.)\s*[\d,]{1,6}\s*(?:--|[-–—|,·])\s*.{0,40}\b\d{4}")
_PLACE_BEFORE_STAMP = LazyPattern(r"(?:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2},)?")
# A line of another script than the story's, alone: a menu in the site's other language ("होम", "ताज़ा ख़बरें").
_LATIN = LazyPattern(r"[A-Za-z]")
_SCRIPT_MENU_ITEM = LazyPattern(r"[^\W\d_][^.!?。！？，,;；:：]{0,29}")  # short, a letter first, no sentence's stops
MAX_SCRIPT_MENU_WORDS = 4


def credited_author(line: str) -> str | None:
    """The author a furniture line names: a byline, an author line (also run into its date: "Jo Roe, Staff
    ReporterMarch 4, 2025"), or a byline among a row's items ("KQRN | By Jo Roe")."""
    if "|" in line or "·" in line:
        line = _STORY_NUMBER.sub("", line)  # "Jo Roe - Jun 3, 2025 / 2:05 pm | Story: 310577": the CMS's number
        line = _FILED_TAGS.sub("", line)  # "KELBY NEWS - Apr 9, 2025 - 07:45 | All, Kelby, Business": its sections
    found = byline(line) or author_line(line) or _stamped_byline(line)
    dated = _AUTHOR_DATED.match(line)  # "Jo Roe, Staff ReporterMarch 4, 2025": the author, then the date
    if not found and dated and stamp_only(line[dated.end() :]):
        found = author_line(dated.group(1)) or byline(dated.group(1))
    avatar = None if found else _AVATAR.match(line.strip())
    if avatar:  # "Jo Roe's profile picture": the author's picture, its alt text copied
        found = byline("By " + (avatar["named"] or avatar["of"]))
    dashed = None if found else _AUTHOR_DASH_STAMP.match(line.strip())
    if dashed and stamp_only(dashed.group(2)) and not stamp_only(dashed.group(1) + " 1 Jan"):
        # "Jo Roe - Jan 14, 2025 3:45 pm UTC" (not a stamp's own label: "Updated - November 19, 2024 ...")
        found = byline("By " + dashed.group(1))
    if found or not (_has(line, _META_MARKS) or " / " in line):
        return found
    return next((name for item in _ROW_GAP.split(line) if item and (name := byline(item.strip()))), None)


# What follows a label when it is one quotation and nothing else: "Fire chief: 'Not one job will go'", a headline's
# point giving the words of the one the label describes, which a caption's description of its picture is not.
_QUOTED_AFTER_LABEL = LazyPattern(r":\s+['‘\"“].{2,}['’\"”]$")


def caption_label(line: str) -> str | None:
    """The label of a caption that opens with one ("Murdered", "On the scene"), or None.
    A label is never a speaker: "Mr Smith: We ..." in a transcript stays."""
    match = _LABEL.match(line)
    if not match:
        return None
    label = match.group("label")
    first, *rest = label.split()
    if first in HONORIFICS or first in _SUBJECT_PRONOUNS or any(w in _SPEECH_WORDS for w in rest):
        return None  # a speaker's words introduced: "He explained:", "Mum told the Echo:"
    return label


_SUBJECT_PRONOUNS = frozenset(["I", "He", "She", "We", "They", "It"])
_SPEECH_WORDS = frozenset(
    re.findall(
        r"\w+",
        "said says added adds wrote writes asked asks told tells explained explains continued insisted warned admitted "
        "revealed recalled claimed stated commented replied declared confirmed posted tweeted"
        # (and a tabloid's verbs of a vow or a cry: "Tom vowed:", "Mum fumed:")
        " vowed vows pledged pledges promised promises fumed raged blasted slammed joked quipped boasted sobbed wept"
        " gushed begged pleaded urged",
    )
)


# Words one of the patterns needs: a line without any of them skips that pattern, so long
# articles are not slowed down by furniture they do not have.
_STAMP_HINTS = ("publish", "updat", "posted", "modified", "date")
_PROMO_HINTS = (
    "inbox",
    "whatsapp",
    "telegram",
    "stay in the loop",
    "press code",
    "log-in",
    "log in",
    "traditional custodians",
    "traditional owners",
    "reporting relies",
    "try again",
    "if you have",
    "open this",
    "interact with",
    "a space where",
    "exclusively",
    "premium",
    "limit",
    "your donation",
    "your support",
    "your contribution",
    "like you",
    "member station",
    "comment",
    "pseudonym",
    "account",
    "written in",
    "translated",
    "published by",
    "need your help",
    "on patreon",
    "on ko-fi",
    "on kofi",
    "buy me a coffee",
    "posted by",
    "filed under",
    "responses to this entry",
    "leave a response",
    "journalists work hard",
    "quality journalism",
    "dear reader",
    "time of publication",
    "sponsored by",
    "federally insured",
    "trading name",
    "ask about our",
    "financial conduct authority",
    "indication of guilt",
    "presumed innocent",
    "support for",
    "sign in or",
    "a donation",
    "member today",
    "member now",
    "delayed",
    "for more information",
    "complete list of exchanges",
    "partners",
    "click to consent",
    "community guidelines",
    "community rules",
    "community standards",
    "digital access",
    "our subscription",
    "range of subscription",
    "your phone",
    "your mobile",
    "support us",
    "as little as",
    "from just £",
    "from just $",
    "from just €",
    "from only £",
    "from only $",
    "support our",
    "fund our",
    "everyone needs",
    "everyone deserves",
    "committed to providing",
    "committed to bringing",
    "committed to delivering",
    "no paywall",
    "a paywall",
    "please consider",
    "we publish",
    "we produce",
    "501",
    "every dime",
    "every dollar",
    "every penny",
    "every donation",
    "each donation",
    "behind a paywall",
    "for free",
    "members help keep",
    "by using this",
    "by using our",
    "our terms",
    "our privacy",
    "our cookie",
    "our user agreement",
    "review the ",
    "review our ",
    "if you enjoyed",
    "if you liked",
    "if you value",
    "if you appreciated",
    "that matter to you",
    "that matters to you",
    "that matter most to you",
    "independent journalism",
    "our journalism",
    "for us",
    "send it",
    "send them",
    "advice",
    "information only",
    "informational purposes only",
    "past performance",
    "welcome to our",
    "handing over",
    "with us",
    "form below",
    "small favo",
    "whatsapp",
    "we pay",
    "click here",
    "tap here",
    "support from",
    "solely responsible",
    "see more about",
    "daily dose",
    "our free",
    "refresh the page",
    "a valid",
    "thank you for",
    "full story",
    "full article",
    "originally",
    "first published",
    "first appeared",
    "off your first",
    "reserve the right",
    "violat",
    "ask that you report",
    "link next to",
    "button next to",
    "latest news",
    "latest updates",
    "latest headlines",
    "current news",
    "current updates",
    "current headlines",
    "breaking news",
    "breaking updates",
    "breaking headlines",
    "a story",
    "a tip",
    "a news",
    "send us",
    "content of external",
    "editors' code",
    "editors’ code",
    "complaint about",
    "read later",
    "was written by",
    "was produced by",
    "you requested",
    "receive a commission",
    "earn a commission",
    "get a commission",
    "small commission",
    "listen to more",
    "ai narration",
    "ai voice",
    "tip to ",
    "may earn",
    "may receive",
    "affiliate",
    "see our",
    "follow topics",
    "follow authors",
    "reach him",
    "reach her",
    "reach them",
    "reach me",
    "cookies",
    "sign-up",
    "signup",
    "adverts",
    "headlines are here",
    ".com",
    ".co.uk",
    ".org",
    ".net",
    "for the latest",
    "for latest",
    "version of this",
    "this article",
    "this story",
    "this report",
    "this piece",
    "content provided",
    "your permission",
    "transcript",
    "final form",
    "preferred source",
    "more of our",
    "sign up",
    "subscribe",
    "newsletter",
    "download",
    "follow us",
    "join us",
    "like us",
    "email",
    " app ",
    " app.",
    " app,",
    " app!",
    " apps",
    "hope you",
    "consider supporting",
    "consider subscribing",
    "consider donating",
    "consider a",
    "consider making",
    "remind you",
    "remind me",
    "about contributing",
    "every contribution",
    "cancel any",
    "cancel at any",
    "already a",
    "already registered",
    "print edition",
    "more stories",
    "more news",
    "more articles",
    "more content",
    "all the latest",
    "if you buy",
    "if you purchase",
    "added to your",
    "our journalists",
    "recaptcha",
    "you agree",
    "constitutes",
    "generated",
    "summari",
    "we acknowledge",
    "continue reading",
    "allowance of free",
    "create a free",
    "sign in to",
    "continuing to",
    "have your say",
    "live blog",
    "liveblog",
    "to a friend",
    "interview above",
    "interview below",
    "video above",
    "video below",
    "clip above",
    "clip below",
    "gift",
    "respects to elders",
    "in-box",
)
# The words the pitches of ``_PITCH_SOURCE`` need (few and short: every line is scanned for them).
_PITCH_HINTS = (
    "readers like you",
    "supported by",
    "gift of",
    "donation of",
    "donate today",
    "donate now",
    "your podcasts",
    "episode of",
    "miss out",
    "catch all the",
    "telegram",
    "whatsapp",
    "signal channel",
    "viber",
    "will appear with",
    "disclaimer",
    "not necessarily",
    "availability may vary",
    "authoritative record",
    "get the latest",
    "registered charity",
    "by subscribing",
    "by registering",
    "become a ",
    "reader-supported",
    "consider becoming",
    "receive new posts",
    "want the latest",
    "want all the latest",
    "want a quick",
    "want more",
    "you've got a",
    "you’ve got a",
    "you have got a",
    "emailing us",
    "for free",
    "free for",
    "free trial",
    "have an account",
    "one account",
    "single account",
    "unlimited",
    "articles per",
    "articles a month",
    "articles each",
    "email updates",
    "in the comments",
    "conversation below",
    "discussion below",
    "debate below",
    "award-winning",
    "exclusive",
    "newsletter",
    " email",
    "briefing",
    "signing you up",
    "please try again",
    "browse here",
    "tap here",
    "committed to maintaining",
    "keep comments",
    "keep your comments",
    "keep conversations",
    "keep discussion",
    "comments may",
    "your comment",
    "our community",
    "rules of",
    "this is a space for",
    "use your real name",
    "language will",
    "comments will",
    "content will",
    "posts will",
    "relevant to the",
    "be respectful",
    "be transparent",
    "be civil",
    "happening in",
    "want to post",
    "want to write",
    "want to contribute",
    "views expressed",
    "become a member",
    "become a subscriber",
    "become a supporter",
    "miss out on the",
    "will be added to",
    "forward-looking",
    "differ materially",
    "obligation to",
    "for more information",
    "by signing up",
    "protected by recaptcha",
    "already contributed",
    "already donated",
    "to hide",
    "create one",
    "post your",
    "facebook",
    "first post to",
    "be posted to",
    "account with",
    "subscribed",
    "your subscription",
    "your support",
    "your contribution",
    "reading?",
    "found this",
    "share it",
    "follow other",
    "thought-provoking",
    "podcast",
)
_INLINE_HINTS = (
    "(", "•", "scroll down", "continue", "most watched", "please enter", "a a", "listen to this", "see more"
)  # fmt: skip
_WIDGET_HINTS = (
    "Advertisement", "ADVERTISEMENT", "Share", "Print", "Email", "Comment", "share on", "RELATED", "READ MORE",
    "SEE ALSO", "ALSO READ", "MORE:", "EVENT:", "WEBINAR:", "SPONSORED:", "PROMOTED:",
)  # fmt: skip
_CREDIT_HINTS = ("/", "getty", "shutterstock")


_SEEN: dict[tuple[int, str], bool] = {}
MAX_SEEN = 512


def _has(lower: str, hints: tuple[str, ...]) -> bool:
    """Whether any hint occurs in the line. A line is asked about more than once (is it furniture, what is
    glued in it), so recent answers are kept; map avoids a generator frame per hint (the lists are long)."""
    key = (id(hints), lower)
    found = _SEEN.get(key)
    if found is None:
        if len(_SEEN) > MAX_SEEN:
            _SEEN.clear()
        found = _SEEN[key] = any(map(lower.__contains__, hints))
    return found


MAX_STAMP_CHARS = 80  # a stamp's length: longer lines are prose
# Dates run together without spaces, and a date in figures among words.
_GLUED_DATES = LazyPattern(r"(?<=\d{4})(?=\d)|(?<=\d)(?=[A-Z])")
_NUMERIC_DATE = LazyPattern(r"\b\d{1,2}/\d{1,2}/\d{4}\b")
# A press office's stamp in figures: "Date: 03/11/2025 Time: 1:45 p.m.".
_NUMERIC_STAMP = LazyPattern(
    r"^(?:date\s*:\s*)?\d{1,2}/\d{1,2}/\d{2,4}(?:,?\s+(?:time\s*:\s*)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?$",
    re.IGNORECASE,
)
# A second stamp run into the first without a space.
_GLUED_STAMP = LazyPattern(r"(?<=\d)(?=(?:Updated|Published|Posted|Modified|Last updated)\b)")
MAX_STAMP_TOKENS = 20  # the longest time stamp, in words and numbers


# The sections a post is filed in, after its stamp: "Posted 1 October 2024 in Pay & conditions, Branch news".
_FILED_IN = LazyPattern(r"(?<=\d) in (?-i:[A-Z])[\w&'’ -]{1,40}(?:, (?-i:[A-Z])[\w&'’ -]{1,40}){0,3}$")
MAX_FILED_CHARS = MAX_STAMP_CHARS + 4 * 42  # a stamp, and up to four sections' names


_PUBLISHED_NOTE = LazyPattern(
    r"^this (?:article |story |page )?was (?=(?:first |last )?(?:published|updated|posted)\b)", re.IGNORECASE
)


_STAMP_LABELS = frozenset(["updated", "published", "posted", "modified", "last updated", "first published"])


def stamp_only(line: str) -> bool:
    """A line that is only a time stamp (with "Published", "Updated … ago", a time zone), or a
    stamp and a short section label after a dash or bar ("Jun 5, 2025 - Politics & Policy")."""
    line = re.sub(r"\.?\s*from the section\b.*$", "", line, flags=re.IGNORECASE)
    line = _PUBLISHED_NOTE.sub("", line)  # "This was published 3 hours ago": the stamp, told as a sentence
    if len(line) <= MAX_FILED_CHARS and " in " in line:  # (cheap tests first: every line is asked)
        line = _FILED_IN.sub("", line)  # "Posted 1 October 2024 in Pay & conditions, Branch news": its sections
    line = _GLUED_STAMP.sub(" ", line)  # "12:32, 12 May 2025Updated 14:05, 12 May 2025"
    if _NUMERIC_STAMP.match(line):
        return True
    short = len(line) <= MAX_STAMP_CHARS
    if short and (_GLUED_DATES.search(line) or _NUMERIC_DATE.search(line)):  # "08/12/202508/12/2025August 12, 2025"
        rest = _NUMERIC_DATE.sub(" ", _GLUED_DATES.sub(" ", line)).strip(" ,|·")
        return not rest or _stamp_tokens(rest)
    parts = re.split(r"\s+[-–—|·•/]\s+|\s*[·•]\s*", line)  # (a middle dot parts a row's items, spaced or not)
    # (the stamp's label may stand apart: "Updated - November 19, 2024 08:47 pm IST - KARUMBUR")
    labelled = len(parts) > 1 and (_stamp_tokens(parts[0]) or parts[0].strip(" :").lower() in _STAMP_LABELS)
    if labelled and all(_stamp_tokens(p) or (len(p.split()) <= 4 and not finished(p)) for p in parts[1:]):
        return True
    label = _DATE_THEN_LABEL.fullmatch(line) if short else None
    if label and _stamp_tokens(label["date"]):
        return True  # a stamp and its section's label run on without a mark: "16 June 2025 Health and Care"
    return _stamp_tokens(line)  # a dash inside the stamp: "Updated May 5, 2025 — 6.12pm, first published at 4.30pm"


# A day's date and a section's label in title case after it, no mark between: "16 June 2025 Health and Care".
_DATE_THEN_LABEL = LazyPattern(r"(?P<date>\d{1,2} [A-Z][a-z]+ \d{4}) [A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|and|&|of)){0,3}")


def _stamp_tokens(line: str) -> bool:
    """Whether every word of the line is a date's or a time's, a time's zone in capitals after it
    ("7:12 AM MYT", "09:30 HKT") whatever its name."""
    tokens: list[str] = []
    for token in line.split():
        token = token.strip(",.|()*:")
        if token:
            word = token.lower()
            after_time = tokens and (tokens[-1] in ("am", "pm", "a.m", "p.m") or ":" in tokens[-1])
            tokens.append("gmt" if after_time and word not in _STAMP_WORDS and _ZONE.fullmatch(token) else word)
            if len(tokens) > MAX_STAMP_TOKENS:
                return False  # a paragraph: not read to its end
    if not tokens or not any(_STAMP_NUMBER.match(t) for t in tokens):
        return False
    return all(
        t in _STAMP_WORDS or _STAMP_NUMBER.match(t) or _STAMP_ZONE.match(t) or _PRINT_PAGE.fullmatch(t) for t in tokens
    )


# The printed edition's page after a stamp, glued on or not: "Mon, Oct 13, 2025 page3", "May 5, 2025 - Page 3".
_PRINT_PAGE = LazyPattern(r"page(?:\d{1,3})?")


# A photographer's signature under a caption, for the title that sent them: "Tomas Vane for Harbour Magazine".
_SIGNATURE_SOURCE = (
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2} for (?:The )?(?:[A-Z][\w'’&-]+ ){0,3}"
    r"(?:Magazine|Times|Post|News|Journal|Herald|Review|Observer|Tribune|Press|Gazette|Chronicle|Standard|Weekly"
    r"|Quarterly|Monthly|Daily|Telegraph|Guardian|Independent|Courier|Mail|Record|Globe|Examiner|Radio|TV"
    r"|[A-Z]{3,5})"  # (a broadcaster by its letters: "Jo Roe for CNN")
)
_SIGNATURE = LazyPattern(_SIGNATURE_SOURCE + "$")
# ... run into the story's next sentence, as a copied page glues a credit to it: "Jo Roe for NY PostThe suspect …".
_GLUED_SIGNATURE = LazyPattern(_SIGNATURE_SOURCE + r"(?=[A-Z][a-z])")
# A handout picture's credit: "Obtained by the NY Post", "Provided by Kelby Police Department".
_HANDOUT_CREDIT = LazyPattern(rf"(?:Obtained|Provided|Supplied|Permission granted) by (?:the )?{_NAME}")
# A caption's last sentence, then its credit across a slash or a handout's: "… programs. Jo Roe/STAT", "… since 2022.
# Permission granted by Acme Energy".
_CREDIT_ENDING = LazyPattern(
    rf"(?<=[a-z0-9%)][.!?])\s+(?:{_ANY_CREDIT.pattern}|{_HANDOUT_CREDIT.pattern}"
    rf"|\({_NAME} for (?:the )?{_NAME}\))$"  # (or a photographer's for an outlet: "(Jo Roe for Kelby Health News)")
)
MAX_CREDITED_CAPTION_WORDS = 60  # a feature's caption may run to two long sentences over its credit


def credit_ending(line: str) -> bool:
    """A line of a caption's length that ends on its picture's credit, across a slash, a handout's or a
    photographer's for an outlet ("The plant's two units have run at 40%. Permission granted by Acme Energy"): a
    caption, whatever its sentences report (not "(Image: Agency)", which a tabloid sets after the story's sentence
    over a picture dropped below it)."""
    return len(line.split()) <= MAX_CREDITED_CAPTION_WORDS and _CREDIT_ENDING.search(line) is not None


def signature(trailer: str) -> bool:
    """A photographer's signature for the outlet ("Ada Novak for The Harbour Times"), or a credit across a slash
    after a dash ("- Jo Roe/Photographer"): the text above it is its picture's caption, quotes and all."""
    trailer = trailer.strip()
    dashed = trailer[:1] in "-–—" and credit_only(trailer.lstrip("-–— "))
    return bool(_SIGNATURE.match(trailer)) or (dashed and "/" in trailer)


MAX_CREDIT_WORDS = 12
_LABELLED_CREDIT = LazyPattern(
    rf"^(?:{_CREDIT_LABEL}(?: by)?\s*:\s*|\(?(?:{_CREDIT_LABEL} )?[Cc]ourtesy(?: of |:\s*)"
    r"|(?:STAFF |FILE )?(?:PHOTO|PICTURE|IMAGE)S? BY )"  # ("STAFF PHOTO BY JO ROE", in capitals)
    r"[A-Z][^.!?()]{1,80}\)?$"
)


def credit_label_alone(line: str) -> bool:
    """A picture credit's label alone on its line ("Photo", "Image:"): the photographer's name is on the next."""
    return _CREDIT_LABEL_ALONE.fullmatch(line.strip()) is not None


_CREDIT_LABEL_ALONE = LazyPattern(rf"{_CREDIT_LABEL}\s*:?", re.IGNORECASE)


def labelled_credit(line: str) -> bool:
    """A picture's credit alone on its line, under its label, as names across a slash or as a courtesy ("Photo: Jo
    Roe/The Sentinel", "Ethan Morrow/Reuters", "Courtesy of Acme Robotics"): its caption may stand under it."""
    return bool(_LABELLED_CREDIT.match(line.strip())) or credit_only(line)


def credit_only(line: str) -> bool:
    """A line that is a picture credit and nothing else ("Ethan Morrow/Reuters")."""
    line = line.strip()
    return len(line.split()) <= 8 and bool(
        _CREDIT_ONLY.fullmatch(line)
        or _ANY_CREDIT.fullmatch(line)
        or _BRACKETED_NAME.fullmatch(line)
        or _ELLIPSIS_CREDIT.fullmatch(line)
        or _STAFF_CREDIT.fullmatch(line)
        or _SIGNATURE.fullmatch(line)
        or _HANDOUT_CREDIT.fullmatch(line)
    )


def handout_credit(line: str) -> bool:
    """A handout picture's credit alone on its line: "Provided by Kelby Police Department", "Obtained by the Post"."""
    return bool(_HANDOUT_CREDIT.fullmatch(line.strip()))


def row_credit(line: str) -> bool:
    """A picture's credit set as a row, the photographer and the outlet across a bar ("Luis Ortega | The Market
    Wire"): under a dated caption, that caption's (a byline row looks the same, so only there)."""
    return bool(_ROW_CREDIT.fullmatch(line.strip()))


_ROW_CREDIT = LazyPattern(
    r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} \| (?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4}"
)


def caption_credit(line: str) -> bool:
    """A credit that only ever stands under its picture's caption: "Credit...Jo Roe for The Daily Meridian"."""
    return bool(_ELLIPSIS_CREDIT.fullmatch(line.strip()))


# A credit as a paper prints it under its caption: "Credit...Jo Roe for The Daily Meridian"; a wire's picture on a
# local site: "Gil Marchand - staff, AP".
_ELLIPSIS_CREDIT_SOURCE = rf"Credit(?:\.{{3}}|…)\s?{_NAME}(?: for {_NAME})?"
_ELLIPSIS_CREDIT = LazyPattern(_ELLIPSIS_CREDIT_SOURCE)
# The author's address under the story: "Contact Jo Roe: jroe@kelby.com.", "Jo Roe may be reached at jroe@kelby.com."
_AUTHORS_ADDRESS = LazyPattern(
    r"(?:(?:Contact|Email|E-mail|Reach) (?:[A-Z][\w'’.-]+ ){0,2}[A-Z][\w'’.-]+(?: at|:)"
    r"|(?:[A-Z][\w'’.-]+ ){1,2}[A-Z][\w'’.-]+ (?:may|can) be (?:reached|contacted) (?:by email )?(?:at|on|via))"
    r"\s*(?:\+?[\d(][\d() .-]{5,18}\d,? or )?[\w.+-]+@[\w-]+\.\w"  # (a phone first: "at 555-0142 or jo@…")
)
_BY_CREDITED_CAPTION = LazyPattern(
    rf"(?=[A-Z])(?P<shows>[^.!?]{{5,200}}[.!?])\s+(?:Photo|Picture|Image)s? (?:by|courtesy of) "
    rf"{_NAME}(?:\s?/\s?{_NAME})*$"
)
# ... or over its credit in brackets: "Farmers inspect a field damaged by hail on Monday. (Photo: Jo Roe)", "Officers
# inspect cans at a warehouse in Izmir, Oct. 4, 2023. (AA Photo)" (``shows`` must tell nothing: "The council voted 7-2
# on Tuesday to close the pool and the library next year. (Photo: Jo Roe)" is the story's sentence over a dropped
# picture's credit).
_BRACKET_CREDITED_CAPTION = LazyPattern(
    rf"^(?=[A-Z])(?P<shows>(?:[^().!?\"“”]|{_CAPTION_ABBREV}){{5,250}}[.!?])\s*"
    rf"(?:{_PHOTO_BRACKET}|\({_NAME} (?:Photo|Photograph|File Photo)\))$"
)
_PARTICIPLE_BY = LazyPattern(r"\b[a-z]{3,}ed by\b")  # what the picture shows was done: "a field damaged by hail"
# A wire caption's date of the picture, its weekday and its full date: "… on Saturday, April 5, 2025".
_PICTURE_DAY = LazyPattern(
    r"^[^,]{10,120} on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\b"
)
_COMMISSIONED_CREDIT = LazyPattern(rf"[.!?\"”’]\s?{_CREDIT_LABEL}\s*:\s*{_NAME} for {_NAME}$")
_ELLIPSIS_CREDITED = LazyPattern(rf"[.!?\"”’]\s?{_ELLIPSIS_CREDIT_SOURCE}$")  # (the same credit, closing a caption)
_STAFF_CREDIT = LazyPattern(rf"{_NAME} [-–] (?:staff|freelance|contributed|special to {_NAME})(?:, {_NAME})?")


_BRACKETED_NAME = LazyPattern(r"\([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}\)")  # a credit alone: "(AccuWeather)"


def link_head(line: str) -> bool:
    """A header ("Related", "Most popular", "VIDEO 2:31", "Topics") whose following unpunctuated
    lines are link titles, tags or a video's title."""
    return bool(_LINK_HEAD.match(line.strip().strip("•·|>*- ").strip()))


def boiler_head(line: str) -> str | bool:
    """A press release's closing heading, whose paragraphs are boilerplate: True for "Forward-Looking
    Statements", the issuer's first word for "About Harbison Medical" (its paragraph opens with the issuer's
    name: a subheading "About Town" above a story's paragraph is no such heading), False otherwise."""
    match = _BOILER_HEAD.match(line.strip())
    if not match:
        return False
    return match.group("issuer").rstrip(",.") if match.group("issuer") else True


def full_bio(line: str) -> bool:
    """An author's bio in two sentences, the role and then the beat ("Jo Roe is a reporter for … She covers …"),
    or in one that names the beat ("Jo Roe is a senior correspondent at The Post, covering housing."): a bio
    wherever it stands, with or without a byline beside it."""
    return author_bio(line) and bool(_BIO_MORE.search(line) or _BIO_BEAT.search(line))


# A bio's beat after its role, ending the sentence: ", covering housing and ageing issues.", "… editor of the Post
# and writes about local government."
_BIO_BEAT = LazyPattern(
    r"(?:, | and )(?:covering|who covers|reporting on|writing about|writes about|covers|reports on) [^.!?]{3,80}[.!?]?$"
    r"|, based in [A-Z][^.!?]{1,40}[.!?]?$"  # (or their base: "Jo Roe is the Post's health reporter, based in Kelby.")
)


def author_bio(line: str) -> bool:
    """An author's bio as pages print one at the end ("Jane Doe is a reporter covering …"), also after a dash ("—
    Jane Doe covers courts.")."""
    line = line.strip().lstrip("—– ")
    signed = _SIGNED_BIO.match(line)  # "Jo Roe, Staff Writer. Jo Roe covers …": the author's line, then the bio
    line = line[signed.end() :] if signed else line
    return bool(_BIO.match(line)) and line.split()[0] not in HONORIFICS and len(line.split()) <= 60


_CONTACT = r"(?:\+?[\d(][\d() .-]{6,18}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"  # "206-555-0118", "jroe@example.com"
_SIGNED_BIO = LazyPattern(
    r"(?:[A-Z][\w'’.-]+ ){1,2}[A-Z][\w'’.-]+"
    r"(?:, (?:[A-Z][\w&-]+ ){0,3}(?i:writer|reporter|editor|correspondent|columnist)"
    # (or the name alone, or with how to reach them: "Jo Roe. Jo Roe covers …", "Jo Roe: 206-555-0118 or jroe@…")
    rf"|: {_CONTACT}(?:,? (?:or|and) {_CONTACT})?)?"
    r"\.\s+(?=[A-Z])"
)


# An appeal for money or subscriptions, in the site's voice: the lines between two of them are its pitch.
_APPEAL = LazyPattern(
    r"\b(?:contribut\w*|donat\w*|support (?:us|the \w+|our|independent|(?-i:[A-Z])\w+)|supporting (?:us|the|our)"
    r"|journalism)\b",
    re.IGNORECASE,
)
# A label above an advertiser's text ("Sponsored", "Paid post", "From our partners", "A message from Acme:"), or
# above a publication's blurb ("Discover more from The Example Letter").
_AD_HEAD = LazyPattern(
    r"^(?:sponsored(?: content| links?| stories| by [\w ]{1,30})?|paid (?:post|content)"
    r"|promoted(?: content| by [\w ]{1,30})?|from our (?:partners|sponsors)"
    r"|(?:featured )?(?:local )?(?:deals|savings|offers)|stock chart icon|discover more from [\w.'’ -]{1,40}"
    r"|a message from (?-i:[A-Z])[\w.&'’ -]{1,40}:|disclosure statement|disclosures?|partners)$",
    re.IGNORECASE,
)
MAX_PITCH_LINES = 6
# A picture a reader or a source sent in, credited so at the end of its caption: "Photo: Contributed", "(Supplied)".
_CONTRIBUTED_CREDIT = LazyPattern(
    r"(?:\b(?:photos?|images?|pictures?|pics?)(?:\s+credit)?\s*[:/|-]\s*|\(|\s[-–—|/]\s*)"
    r"(?:contributed|submitted|supplied)\)?\.?\s*$",
    re.IGNORECASE,
)
MAX_BLURB_WORDS = 12


_DURATION = LazyPattern(
    r"^(?:play (?:video|audio)\.? )?(?:(?:video|audio|clip) )?duration\s*:?\s*"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}[′']\s*\d{1,2}[″\"]?|\d{1,2} minutes?(?:,? (?:and )?\d{1,2} seconds?)?"
    r"|\d{1,2} seconds?)$"
    r"|^\d{1,2}:\d{2} / \d{1,2}:\d{2}(?::\d{2})?$|^\d{1,2} ?m(?: \d{1,2} ?s)?$",
    re.IGNORECASE,
)  # "Duration: 4:21", "Duration: 4′ 21″", "Play Video. Duration: 1 minute 42 seconds", "0:00 / 1:02", "1 m 42 s"


def duration(line: str) -> bool:
    """A player card's running time ("Duration 2:04", "Video duration 2:14"): the card's one-sentence description
    follows."""
    return bool(_DURATION.match(line.strip()))


_TIMED_CARD = LazyPattern(r"^[^.!?]{3,120}\s\(\d{1,2}:\d{2}\)$")
# A clip's blurb, its presenter at work in the present: "Jo Roe breaks down why …", "Jo Roe and Ana Ruiz discuss …".
_PRESENTER_BLURB = LazyPattern(
    r"^(?:[A-Z][\w'’.-]+ ){1,3}(?:and (?:[A-Z][\w'’.-]+ ){1,3})?"
    r"(?:breaks? down|explains?|discuss(?:es)?|reacts? to|looks? (?:at|ahead)|weighs? in|previews?|analy[sz]es?"
    r"|assess(?:es)?|explores?|unpacks?)\b[^.!?]{3,160}[.!?]?$"
)


def timed_card(line: str) -> bool:
    """A video card's title closing on its running time ("Why clubs are cutting sports (1:52)")."""
    return bool(_TIMED_CARD.match(line.strip()))


def presenter_blurb(line: str) -> bool:
    """A clip's one-sentence blurb, its presenter at work in the present ("Jo Roe breaks down why …"): under a
    timed card's title, the card's; a story's sentence under it tells what was done or said."""
    return bool(_PRESENTER_BLURB.match(line.strip()))


_TRANSCRIPT_TOGGLE = LazyPattern(
    r"^(?:(show|view|read|open|expand|see|hide|close|collapse) )?(?:the )?(?:full |video |audio )?transcript:?$",
    re.IGNORECASE,
)
# A line of a player's transcript: its time into the clip ("0:07", "1:02:15"), and the speaker's label in capitals.
_TRANSCRIPT_LINE = LazyPattern(r"^\d{1,2}:\d{2}(?::\d{2})?\s+\S|^[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}:\s")


def transcript_toggle(line: str) -> str | None:
    """A player's transcript button: "open" for the one that shows it (its timed lines follow), "close" for the
    one that hides it; None for a line that is neither."""
    match = _TRANSCRIPT_TOGGLE.match(line.strip())
    if not match:
        return None
    return "close" if (match.group(1) or "").lower() in ("hide", "close", "collapse") else "open"


def handle(line: str) -> bool:
    """A social network's handle alone on its line ("@MayorVarga"): an embedded post's text follows."""
    return bool(_HANDLE.fullmatch(line.strip()))


_HANDLE = LazyPattern(_HANDLE_SOURCE)


def transcript_line(line: str) -> bool:
    """A line of a player's transcript under its button: "0:07 Our reporter was at the meeting.", "ANCHOR: Good
    evening", or a broadcast's words in capitals as its captions are typed ("TONIGHT, PARENTS ARE ASKING …")."""
    line = line.strip()
    return bool(_TRANSCRIPT_LINE.match(line)) or (line.isupper() and len(line.split()) >= MIN_CAPTIONED_WORDS)


MIN_CAPTIONED_WORDS = 6  # a transcript's line in capitals runs to a sentence; a heading in capitals is shorter


# An author's name over their bio, which opens with it again: "Jo Roe Jo Roe reports on ...", "Jo Roe: jroe@kelby.com;
# Jo Roe covers ..." (the name, then the bio from its second telling).
_AUTHOR_BOX = LazyPattern(r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})(?::\s*\S+@\S+?;|:)?\s+(?=(?P=name)\s)")
# An author's beat in one sentence, which names the author: "Jo Roe covers county government."
_BEAT = LazyPattern(r"^(?:[A-Z][\w'’.-]+ ){1,3}(?:covers|writes about|reports on)\b[^.!?]{1,120}[.!]?$")


def bio_of(line: str, names: str | None) -> bool:
    """An author's bio naming one of the article's own authors ("Jay Petersen is a news editor covering …"
    under "by Jay Petersen"), wherever it stands; a beat may name the author by the given name alone ("Tomás
    reports on Chilean markets" under "By Natalia Ibarra and Tomás Lechner"). An author's box, the name over its bio
    (run into one line, its address between: "Jo Roe: jroe@kelby.com; Jo Roe covers rivers for the Kelby Times"),
    is one whoever signs the story."""
    line = line.lstrip("—– ")  # (after a dash: "— Jo Roe covers courts.")
    boxed = _AUTHOR_BOX.match(line)
    if boxed and (author_bio(line[boxed.end() :]) or _BEAT.match(line[boxed.end() :])):
        return True
    if not names or not (author_bio(line) or _BEAT.match(line)):
        return False
    subject = line.split(" is ", 1)[0] if " is " in line[:60] else ""  # (a byline may run on into its outlet:
    named = [name.strip() for name in re.split(r",| and | & ", names) if name.strip()]  # "By Jo Roe Fox News")
    given = [name.split()[0] for name in named if len(name.split()) > 1]  # "Tomás reports on ..." (a wire's habit)
    # (the author by surname alone, as a magazine's byline box has it: "Kerrigan is a Forbes news desk reporter")
    by_name = (subject and (name.startswith(subject + " ") or name.endswith(" " + subject)) for name in named)
    return (
        any(line.startswith(name + " ") for name in named)
        or any(by_name)
        or (_BEAT.match(line) is not None and any(line.startswith(name + " ") for name in given))
    )


# The head of the readers' comments under a story: their count ("Comments - 3", "3 Comments", "Comments (23)") or
# the button to add one ("Add comment", "Leave a Reply").
_COMMENTS_HEAD = LazyPattern(
    r"^(?:\d+\s+)?(?:readers?['’]?\s+)?comments?(?:\s*(?:[-–:]\s*)?\(?\d+\)?)?(?: section)?"
    r"|\d[\d.,]*K?\s+comments?\s+\d[\d.,]*K?\s+shares?"  # a social post's counts: "312 comments  468 shares"
    rf"|{_COMMENT_BUTTON}$",
    re.IGNORECASE,
)
# A social network's buttons and age under a comment: "Like · Reply · 1h", "Like · Reply · 58m · Edited".
_COMMENT_ACTIONS = LazyPattern(r"^Like\s*[·•]\s*Reply\b.*$")


def comment_actions(line: str) -> bool:
    """The buttons under a comment on a social post: the comments run from its counts to the page's end."""
    return bool(_COMMENT_ACTIONS.match(line.strip()))


def comments_head(line: str) -> bool:
    """The head of a story's comment section: its count of comments, or the button to add one."""
    return len(line) <= MAX_COMMENTS_HEAD_CHARS and bool(_COMMENTS_HEAD.fullmatch(line.strip()))


MAX_COMMENTS_HEAD_CHARS = 30
# A commenter's name before the comment's stamp: "Prasanna Thursday, 14 March 2024 07:52 AM", "Alex M. • Mar 4, 2025".
_COMMENTER = LazyPattern(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}(?:\s*[•·|–—-])?\s+(?=\S)")


# A comment section's house notice: "Comments will be moderated.", "You must be logged in to post a comment.",
# "Read the comments policy here.", "Comments not loading?"
_COMMENT_NOTICE_SOURCE = (
    r"^(?:(?:all )?comments? (?:are|will be|may be|must be|can only be|can be) (?:\w+ ){0,2}?(?:moderated|pre-moderated"
    r"|edited|reviewed|approved|authori[sz]ed|added by|posted by|subject to)\b"
    r"|(?:you must be|please) (?:logged|signed|log|sign) in to (?:post|leave|add|join)\b"
    r"|(?:read )?(?:the |our )?comments? (?:policy|guidelines)\b|comments? (?:not loading|are closed|closed)\b"
    # ... or who may comment: "Users with a Kelby ID can leave comments on our news stories."
    r"|(?:readers|users|subscribers|members)\b[^.!?]{0,40}? can (?:leave|post|add|write) (?:a )?comments? "
    r"(?:on|under|below) (?:our|this|these)\b"
    # ... or why only some may: "Why are you making commenting on The Herald only available to subscribers?", "It
    # should be a safe space …, but a growing number of comments were being written by people who were not …"
    r"|why\b[^.!?]{0,40}\bcommenting\b[^.!?]{0,60}\b(?:subscribers|members)\b"
    # ... or what becomes of comments that break its rules, or whose views they are: "Comments that violate
    # guidelines risk being deleted", "Comments are the opinion of the commenter and not of the X."
    r"|comments? that (?:violate|break|breach) (?:our |the |these |community )?(?:guidelines|rules|standards)"
    r"|comments? (?:are|reflect) (?:the )?(?:views?|opinions?) of (?:the )?(?:commenters?|authors?|readers?|users?)\b"
    # ... or its promise to host them: "Crikey is committed to hosting lively discussions."
    r"|[^.!?]{0,40}\bcommitted to hosting (?:[\w-]+ ){0,2}?(?:discussions?|conversations?|debates?)\b"
    r"|[^.!?]{0,120}\bcomments (?:were|are|had been) (?:being )?(?:written|posted|left) by (?:people|users|accounts) "
    r"who (?:were|are) not (?:\w+ )?(?:readers|subscribers|members)\b)"
)
_COMMENT_NOTICE = LazyPattern(_COMMENT_NOTICE_SOURCE, re.IGNORECASE)
# A site's footer opening on its rights and their years, its company's notes after them.
_RIGHTS_FOOTER = LazyPattern(r"(?:©\s*(?:copyright\s*)?|copyright\s*©\s*)\d{4}\b", re.IGNORECASE)
MAX_NOTICE_WORDS = 60


def comment_notice(line: str) -> bool:
    """A comment section's notice: its first sentence is one (``_COMMENT_NOTICE_SOURCE``), and every sentence
    after it speaks of comments ("The website also has the right not to publish selected comments.")."""
    if "comment" not in line.lower() or len(line.split()) > MAX_NOTICE_WORDS or not _COMMENT_NOTICE.match(line):
        return False
    sentences = re.split(r"(?<=[.!?])\s+", line)
    if sentences[-1] != sentences[0] and _ACCOUNT_BUTTON.fullmatch(sentences[-1]):
        sentences.pop()  # the notice's own button after it: "… to post a comment. Log in"
    # (also the account it needs: "You can create your Kelby ID via this link.")
    return all(_ABOUT_COMMENTS.search(s) for s in sentences[1:])


_ABOUT_COMMENTS = LazyPattern(
    r"comment|browser|javascript|account|\bID\b|log ?in|sign ?in|conversation|discussion|guidelines", re.IGNORECASE
)


_ACCOUNT_BUTTON = LazyPattern(r"(?:log ?in|sign ?in|sign up|register|subscribe)(?: now| here)?\W*", re.IGNORECASE)


def commenter_stamp(line: str) -> bool:
    """A comment's signature: a name of up to three words, then only a time stamp."""
    name = _COMMENTER.match(line)
    return bool(name) and len(line) <= MAX_STAMP_CHARS and stamp_only(line[name.end() :])


_READERS_HEAD = LazyPattern(
    r"^(?:get involved|have your say|your (?:comments|views|messages)|readers?[’']? (?:comments|views))\b"
)


# The notice that opens a comment section after the story: "Conversations are opinions of our readers and are subject
# to the Code of Conduct. The Star does not endorse these opinions."
_COMMENTS_OPEN = LazyPattern(
    r"^(?:conversations|comments|the comments(?: below)?|reader comments) (?:are|reflect|represent) (?:the )?"
    r"(?:opinions|views) of (?:our |the |its )?readers\b",
    re.IGNORECASE,
)


def comments_open(line: str) -> bool:
    """Whether the line opens a comment section: what follows it on the page is readers' words, not the story's."""
    return line[:1] in "CcTtRr" and bool(_COMMENTS_OPEN.match(line.strip()))


def readers_head(line: str) -> bool:
    """A live page's call for readers' messages ("Get involved"), above the messages it prints."""
    return bool(_READERS_HEAD.match(line.strip().lower()))


def appeal(line: str) -> bool:
    """A line of furniture asking the reader for money or a subscription (a picture credited to a reader,
    "Photo: Contributed", asks for nothing)."""
    return bool(_APPEAL.search(_CONTRIBUTED_CREDIT.sub("", line))) and is_furniture(line)


# The button over a picture, whose caption is the line under it: "Open this photo in gallery:", "Enlarge".
_PICTURE_HEAD = LazyPattern(
    r"^(?:" + _OPEN_PICTURE_SOURCE + r"|(?:enlarge|expand) (?:this )?(?:image|photo|picture)|enlarge)$", re.IGNORECASE
)


_ADDRESSED_CREDIT = LazyPattern(r"[.!?]\s+[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_ENLARGED = LazyPattern(r"enlarge\s*/\s+\S", re.IGNORECASE)


def picture_head(line: str) -> bool:
    """A picture's button, alone on its line: the line under it is the picture's caption."""
    return bool(_PICTURE_HEAD.match(line.strip()))


def note_head(line: str) -> bool:
    """The label of the writer's note to readers, alone on its line ("Note from the author:"): the note is under it."""
    return bool(_NOTE_TO_READERS.match(line.strip())) and line.strip().endswith(":")


def ad_head(line: str) -> bool:
    """A label ("Sponsored", "Paid post") above an advertiser's line of text."""
    return bool(_AD_HEAD.match(line.strip().strip("•·|>*- ").strip()))


def reader_blurb(line: str) -> bool:
    """A short line speaking to the reader that introduces the promo under it ("Add some good to your
    morning."): second person, no quotation, no reporting verb."""
    if len(line.split()) > MAX_BLURB_WORDS or re.search(r"^[\"“‘']|\b(?:said|says|told|asked)\b", line):
        return False
    return bool(re.search(r"\byou(?:r)?\b", line, re.IGNORECASE))


# What a line without its promos must hold to be more than their leftovers: a word (not the ")." an aside's
# abbreviation left: "… (conference calls, etc.). And importantly, members help keep …").
_WORD_LEFT = LazyPattern(r"\w")


def promo(line: str) -> bool:
    """A line that is a promo addressed to the reader from end to end."""
    line = line.strip()
    lower = line.lower()
    found = (_has(lower, _PROMO_HINTS) and _PROMO.search(line)) or (_has(lower, _PITCH_HINTS) and _PITCH.search(line))
    return bool(found) and not _WORD_LEFT.search(_unpromo(line))


def author_line(line: str) -> str | None:
    """The name of an author line without "By": "Lena Sato @lenasato", "Rowan Pilgrim Housing correspondent"."""
    match = _AUTHOR_LINE.match(line.strip())
    return match.group("name") if match else None


# A menu bar saved as text: items apart by runs of spaces or bars ("Home  World  Business  Sign in",
# "Site | News  Sport"); prose is single-spaced.
_MENU_GAP_SOURCE = r"\s{2,}|\s+[|·•∙]\s+"
_MENU_GAP = LazyPattern(_MENU_GAP_SOURCE)
MAX_MENU_ITEM_WORDS = 4
MIN_MENU_ITEMS = 3
# A menu item in dotted capitals ("U.K.", "U.S."), whose stop ends no sentence.
_DOTTED_CAPITALS = LazyPattern(r"(?:[A-Z]\.){2,}")


def nav_line(line: str) -> bool:
    """A site's menu or breadcrumb trail on a line: the page's header, which stands above its headline."""
    return bool(_MENU.match(line) or _BREADCRUMB.match(line)) or spaced_menu(line) or section_menu(line)


def spaced_menu(line: str) -> bool:
    """A line of menu items: three or more short items none of which ends a sentence, or two that are
    each a widget's label ("Subscribe  Sign in")."""
    if "  " not in line:
        return False
    items = [item for item in _MENU_GAP.split(line.strip()) if item]
    if any(
        len(item.split()) > MAX_MENU_ITEM_WORDS or (finished(item) and not _DOTTED_CAPITALS.fullmatch(item))
        for item in items
    ):
        return False
    return len(items) >= MIN_MENU_ITEMS or (len(items) == 2 and all(_furniture_line(i) for i in items))


# A fact-check's box: the claim's date and medium above the claim ("stated on October 3, 2024 in a Facebook
# post:"), and the rating in capitals, alone or with its meaning ("FALSE", "MOSTLY TRUE – The statement is …").
_CLAIM_BOX = LazyPattern(
    r"(?i:stated|said|claimed|posted|shared|wrote) (?i:on|in) [A-Z][a-z]+\.? \d{1,2},? \d{4},? (?:in|on|at|during) "
    r"[^.!?]{1,80}:"
)
_RATING = LazyPattern(
    r"(?:TRUE|MOSTLY TRUE|HALF TRUE|MOSTLY FALSE|FALSE|PANTS ON FIRE!?|MISLEADING|MISSING CONTEXT|MIXTURE"
    r"|UNPROVEN|UNSUPPORTED|OUT OF CONTEXT|ALTERED|SATIRE|CORRECT ATTRIBUTION|MISATTRIBUTED|FAKE|PARTLY FALSE)"
    r"(?:\s*[–—-]\s*[^.!?]{1,80}[.!?]?)?"
)


def claim_box(line: str) -> bool:
    """The line over a fact-checked claim that says when and where it was made: the claim under it is the
    checked one, quoted, not the story's."""
    return bool(_CLAIM_BOX.fullmatch(line.strip()))


# The sections a news site's menu lists: "News Business Sport Tech Lifestyle Opinion".
_SECTIONS = frozenset(
    re.findall(
        r"[\w-]+",
        "home news latest world local nation national regional metro politics business money markets economy "
        "finance sport sports football tech technology science health lifestyle life style culture arts "
        "entertainment showbiz celebrity features opinion comment analysis education travel food weather "
        "climate environment video videos photos podcasts podcast live cars motoring property jobs puzzles games "
        "obituaries e-paper epaper ipaper newsletters music tv film films movies books fashion beauty royals soccer "
        "weird innovation earth audio indepth crime wellbeing shopping deals reviews gaming gadgets space nature "
        "crosswords horoscopes offers media photography "
        # regional editions: "Home InDepth UK Politics England N. Ireland Scotland Wales"
        "uk us england scotland wales ireland europe asia africa americas australia canada india china",
    )
)
# A site's account links, which close its menu line: "… Puzzles Newsletters Log in".
_ACCOUNT_WORDS = ("Log in", "Sign in", "Sign up", "Register", "Subscribe", "My account", "Search", "Menu")
_ACCOUNT_LINKS = LazyPattern(r"(?:\s+(?:" + "|".join(_ACCOUNT_WORDS) + "))+$")
# Initials in a section's name, "U.S.", "N. Ireland", read without their stops; and the "&" inside one ("Culture
# & Trends").
_INITIALS = LazyPattern(r"(?<!\S)((?:[A-Z]\.)+)(?=\s|$)")
_AMPERSAND = LazyPattern(r"\s&(?=\s)")
MIN_SECTIONS = 3
MAX_SECTION_MENU_CHARS = 160


def section_menu(line: str) -> bool:
    """A site's menu written as one line of capitalised words ("News Business Sport Tech Lifestyle
    Opinion Education Videos iPaper"): every word capitalised, and most of them, three or more, the names of
    sections (a headline in title case names a few: "Health Secretary Backs New Science Funding")."""
    if len(line) > MAX_SECTION_MENU_CHARS:
        return False  # a paragraph, not a menu (cheap test first: every line is asked)
    if "." in line:  # (each rewrite only where it can apply: every line is asked)
        line = _INITIALS.sub(lambda m: m.group(1).replace(".", ""), line)
    if " & " in line:
        line = _AMPERSAND.sub("", line)
    if line.endswith(_ACCOUNT_WORDS):
        line = _ACCOUNT_LINKS.sub("", line)
    if "." in line:
        return False
    items = line.split()
    if len(items) <= MIN_SECTIONS or not all(item[:1].isupper() or item[1:2].isupper() for item in items):
        return False
    sections = sum(item.lower() in _SECTIONS for item in items)
    return sections >= MIN_SECTIONS and sections * 3 >= len(items) * 2


_META_GAP_SOURCE = r"\s+[|·•∙]\s+|\s*[|·]\s*"
_META_MARKS = ("·", "|", "•", "∙")
_META_GAP = LazyPattern(_META_GAP_SOURCE)
MAX_META_ITEM_WORDS = 8


def meta_row(line: str) -> bool:
    """A row of an article's meta data between dots or bars, a time stamp or reading time among them
    ("Jo Roe · Echo News · Posted: May 3, 2025", "Research news · 3 May 2025 · 5 min read"): no item is prose."""
    items = [item for item in _META_GAP.split(line) if item]
    if len(items) >= 2 and items[-1].lstrip().startswith("©") and len(line.split()) <= MAX_META_ITEM_WORDS * 3:
        return True  # a footer's row: "The Kelby Alibi | 2118 Central Ave, Kelby | © 2025 Alibi Media Co."
    if len(items) < 2 or any(
        len(item.split()) > MAX_META_ITEM_WORDS or (finished(item) and not stamp_only(item)) for item in items
    ):
        return False  # (a stamp's "p.m." ends no sentence: "By Jo Roe, KSL.com | Posted - March 27, 2025 at 7:41 p.m.")
    return any(stamp_only(item) or _furniture_line(item) or byline(item) for item in items)


def stamped_row(line: str) -> bool:
    """An agency copy's row of source, time stamp and editor, which dates the headline above it as a stamp alone
    does ("Source: Huaxia| 2025-01-05 18:22:41|Editor: huaxia")."""
    if "Source:" not in line and "Editor:" not in line:
        return False
    items = [item.strip() for item in _META_GAP.split(line) if item.strip()]
    labelled = any(item.startswith(("Source:", "Editor:")) for item in items)
    return labelled and meta_row(line) and any(stamp_only(item) for item in items)


# A team's line-up ("Kelby: Ruiz; Mensah, Hollis (Barlow 34), Fenwick; …"): six or more names, each perhaps with a
# substitute and his minute in brackets, between commas and semicolons, and nothing else.
_PLAYER = (
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?: \([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2},? \d{1,3}(?:\+\d)?['’]?\))?"
)
_LINEUP = LazyPattern(
    rf"^(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,3}}(?: \(\d-\d-\d(?:-\d)?\))?:\s*)?"
    rf"{_PLAYER}(?:[;,] {_PLAYER}){{5,}}\.?$"
)
# A match official's line: "Referee: Jo Lee.", "Ref: Jo Lee (Kelby)".
_OFFICIAL = LazyPattern(r"^(?:Referee|Ref|Umpires?|Match referee|Video assistant referee|VAR):\s*[A-Z][^.!?]{0,40}\.?$")
# A gallery's counter opening a picture's caption.
_GALLERY = LazyPattern(r"^(?:(?:Item|Photo|Image|Picture|Slide) \d{1,2} of \d{1,2}\s|\[\d{1,2}/\d{1,2}\]\s?(?=\S))")


# A broadcast reporter's sign-off closing a video's description: "Dana Whitcomb reports.", "Jo Roe has more."
_REPORTER_SIGNOFF = LazyPattern(r"(?:^|[.!?]\s+)(?:[A-Z][\w'’-]+ ){1,3}(?:reports|has more|has the story)\.$")
# ... or introduced by it, the outlet's reporter and where from: "Sentinel News' Jo Roe reports from Kelby on the fight
# over water rights." (a video's card: the story tells its news, not who reports it).
_REPORTS_FROM = LazyPattern(
    r"(?:[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3}['’]s? )?(?:[A-Z][\w'’-]+ ){2,3}(?:reports|has (?:more|the story)) "
    r"(?:live )?from (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?:the )?[A-Z][^.!?]{1,120}\.$"
)


# A video's caption, in the present, of someone speaking to a programme named in quotes: "Army veteran Jo Roe tells
# 'Kelby Morning' he now drives three hours for a checkup." (a story reports what was told, in the past).
_TELLS_SHOW = LazyPattern(r"[^.!?\"“]{3,80} tells [\"“'‘][A-Z][^\"”'’]{1,40}[\"”'’] [^.!?]{3,200}[.!]")


# Where a menu's links were copied with no space between them: "Accessibility helpSkip to navigationSkip to content".
_GLUED_ITEM = LazyPattern(r"(?<=[a-z])(?=[A-Z])")
MAX_GLUED_ITEM_WORDS = 5


def _glued_menu(line: str) -> bool:
    """A row of a page's links copied glued together, two or more of them furniture on their own ("Skip to
    content", "Subscribe") and none a sentence; "McDonald's and YouTube team up" has none."""
    items = [item.strip() for item in _GLUED_ITEM.split(line) if item.strip()]
    if any(len(item.split()) > MAX_GLUED_ITEM_WORDS or finished(item) for item in items):
        return False
    return sum(is_furniture(item) for item in items) >= 2


_STAMP_AFTER_BYLINE = LazyPattern(r",\s*(?=(?:Updated|Published|Posted)\b)")


# The writer's or the newsroom's word to readers, labelled so: "A note from the reporters: This story took three
# months ...", "Note from the author: Hi, this is Jo Roe. ...", "A note from Jo: Reporting like this means ...".
_NOTE_TO_READERS = LazyPattern(
    r"^(?:[Aa] )?[Nn]ote from (?:(?:the|our) (?:author|reporter|writer|editor|newsroom)s?|[A-Z][\w'’-]+):(?:\s|$)"
)


# A caption of one sentence or two over the credit of a picture someone handed out, in brackets: "… early on May 29.
# (Police handout)", "Jo Roe with her son in 2019. (Family photo)", "… (Courtesy of the Kelby Fire Department)".
_HANDED_OUT_CAPTION = LazyPattern(
    rf"^(?=[A-Z])(?:[^().!?]|{_CAPTION_ABBREV}){{1,250}}[.!?]\s+(?:(?=[A-Z])(?:[^().!?]|{_CAPTION_ABBREV}){{1,250}}[.!?]\s+)?"
    r"\((?:[A-Z][\w'’.-]* ){0,3}(?i:handout|family photo|courtesy(?: of)? [^()]{2,60}|supplied|submitted photo)\)$"
)
# A station's note of where the story came from, under it: "The Source: Information for this story came from …".
_SOURCE_NOTE = LazyPattern(r"The Sources?:\s")
# A broadcaster's reporter signing off a video's blurb, the blurb's last sentence: "FOX 5 NY's Jo Roe reports.",
# "KTVX's Jo Roe has the story.", "NBC 5's Jo Roe has more."
_VIDEO_SIGNOFF = LazyPattern(
    r"(?:^|[.!?]\s+)(?:[A-Z0-9][\w&.-]* ){0,3}[A-Z0-9][\w&.-]*['’]s (?:[A-Z][\w'’-]+ ){1,2}"
    r"(?:reports|has (?:the|this) story|has (?:more|the latest|the details|details)(?: on [^.!?]{1,80})?)\.$"
)


_NAME_AND_PAPER = LazyPattern(
    r"(?:[A-Z][\w'’.-]+ ){1,2}[A-Z][\w'’.-]+, (?:The )?(?:[A-Z][\w'’&.-]* ){0,3}(?:" + "|".join(sorted(_PAPERS)) + r")"
)
# One sentence of a caption, then the body that handed out the picture in brackets, two words or more.
_BODY_CREDITED_CAPTION = LazyPattern(
    r"[A-Z][^.!?\"“”()]{10,250}[.!?] \([A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|of|and|the|for|&)){1,5}\)"
)
# A caption of a sentence or three whose credit is glued onto its last stop, closing the line: "… on Monday. The unit
# will close June 30.Jo Roe jroe@example.com", "… next spring.Courtesy of Acme Payments".
_GLUED_CREDIT_CAPTION = LazyPattern(
    r"^(?=[A-Z])(?:[^.!?\"“”@]{1,200}[.!?]\s+){0,2}[^.!?\"“”@]{1,200}[a-z0-9][.!?]"
    rf"(?:(?i:courtesy)(?: (?i:of))? (?:the )?{_NAME}"
    rf"|(?:[A-Z][\w'’.-]+ ){{1,3}}(?:\| )?[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*$"
)
_DATA_TERMS = LazyPattern(r"^(?:Intraday |Market |Stock )?[Dd]ata provided by [^.]{2,60}\bsubject to terms of use\b")
_SITE_NOTICE = LazyPattern(
    r"(?:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3} is a (?:registered )?trademark of\b"
    r"|Join us (?:at|for) .*\b(?:[Rr]egister|[Ss]ign up|[Gg]et (?:your )?tickets)(?: now| here| today)?[.!]?$)"
)
_SUBSCRIBER_PITCH = LazyPattern(r"\b[Jj]oin (?:over|more than) [\d.,]+(?: million)? [\w ]{0,30}subscribers\b")


# A picture's alt text copied with the page, naming the story it illustrates: "Article image for Kelby …".
_IMAGE_ALT = LazyPattern(
    r"(?:Article|Main|Featured|Lead|Hero|Header) (?:image|photo|picture) for:?\s+(?P<title>\S.{10,})"
)


def image_title(line: str) -> str | None:
    """The story's title a picture's alt text names ("Article image for 'Kelby parents angry'"), else None."""
    found = _IMAGE_ALT.fullmatch(line.strip())
    return found["title"] if found else None


# A caption that says its picture is from the files: "A file photo of farmers in Kelby.", "File image shows the pier."
_FILE_PICTURE_LINE = LazyPattern(
    r"(?:An? )?[Ff]ile (?:photo|picture|image|photograph)(?: of| shows?)\b[^.!?\"“”]{3,150}\.?"
)
_CLAUSE_VERB = LazyPattern(r"\b(?:was|were|is|are|has|have|had|said|says|told)\b")
# A weather strip: places' temperatures, each after its place's name, and the sky's words ("Mostly sunny").
_WEATHER = LazyPattern(
    r"(?:Weather:?\s+)?(?:(?:[A-Z][\w'’.-]*\s+){0,3}(?:of\s+[A-Z][\w'’.-]*\s+)?-?\d{1,3}\s?°\s?[CF]?\s*"
    r"(?:(?i:mostly|partly|light|heavy|scattered|sunny|cloudy|clear|rain|showers|fog|foggy|snow|storms?|thunderstorms"
    r"|windy|overcast|drizzle|haze|hazy|fair|humid|sun|cloud|clouds)\s*)*[|·•,]?\s*)+"
)


# Languages as a site's switcher names them, in English and in their own words (two-word names joined by "_").
_LANGUAGES = frozenset(
    re.split(
        r"\s+",
        """english español espanol français francais português portugues català catala galego euskara deutsch italiano
    nederlands polski русский українська беларуская български српски srpski hrvatski bosanski slovenščina slovenčina
    čeština magyar română shqip македонски ελληνικά türkçe azərbaycan қазақша кыргызча oʻzbek o‘zbek o'zbek тоҷикӣ
    türkmen ქართული հայերեն العربية عربي فارسی دری پښتو اردو עברית हिन्दी हिंदी বাংলা தமிழ் తెలుగు मराठी ગુજરાતી ਪੰਜਾਬੀ
    සිංහල नेपाली 中文 简体中文 繁體中文 日本語 한국어 ไทย tiếng_việt bahasa_indonesia bahasa_melayu bahasa
    filipino tagalog kiswahili swahili hausa yorùbá yoruba igbo amharic አማርኛ somali soomaali afaan_oromoo kinyarwanda
    svenska norsk dansk suomi íslenska eesti latviešu lietuvių gaeilge cymraeg spanish french portuguese german
    italian russian arabic chinese japanese korean hindi urdu persian farsi turkish ukrainian""",
    )
)
_LANGUAGE_SEPARATORS = LazyPattern(r"\s*[,|/·•]\s*|\s+")
MIN_LANGUAGES = 3  # a switcher names several; two words may be a headline's ("English Heritage")
# A note offering the story in other languages: "Read this post in Bahasa Indonesia, Español, Français".
_READ_IN = LazyPattern(
    r"(?:read|view|see) (?:this|the) (?:post|article|story|page) in\b.*|this (?:post|article|story) is (?:also )?"
    r"available in\b.*|(?:also )?available in\s*:.*",
    re.IGNORECASE,
)
# A site's greeting over its pages: "Welcome to the Kelby Regional Council" (no sentence of a story).
_SITE_GREETING = LazyPattern(r"Welcome to (?:the )?[A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|of|the|and|for|&))*\.?")


def _language_menu(line: str) -> bool:
    """A site's switch of languages, the line only languages' names (``_LANGUAGES``: "Español English Português
    Català Galego", "العربية 中文 English Français"), or a note offering the story in them (``_READ_IN``)."""
    if _READ_IN.fullmatch(line):
        return True
    joined = re.sub(r"\b(Tiếng|Bahasa|Afaan) (\w+)", r"\1_\2", line)
    words = [w for w in _LANGUAGE_SEPARATORS.split(joined) if w]
    return len(words) >= MIN_LANGUAGES and all(w.casefold() in _LANGUAGES for w in words)


def is_furniture(line: str, *, labels: bool = True) -> bool:
    """A line that is page furniture from end to end (a caption, credit, promo, widget,
    timestamp or byline) and holds no sentence of the article. Without ``labels`` a caption's
    label does not make a line furniture: where the headline stands, "Germany: Rhine shipping halted" is it."""
    line = line.strip().strip("•·|>*- ").strip()
    if not line or not any(map(str.isalnum, line)):
        return True  # nothing to read: a bullet, a rule, a box's glyph ("■")
    if line.startswith("(") and line.endswith(")") and (is_furniture(line[1:-1]) or _BRACKETED_NAME.fullmatch(line)):
        return True  # "(Reporting by Jo Bloggs; Editing by Ana Ruiz)", a credit alone: "(AccuWeather)"
    if (" for " in line and _SIGNATURE.fullmatch(line)) or (" by " in line and _HANDOUT_CREDIT.fullmatch(line)):
        return True  # a picture's credit alone: "Jo Roe for CNN", "Obtained by the NY Post"
    if _language_menu(line) or _SITE_GREETING.fullmatch(line):
        return True  # a site's languages ("Español English Português Català") or its greeting ("Welcome to the UN")
    if _GALLERY.match(line):
        return True  # a picture's caption in a gallery: "Item 1 of 2 The logo …", "[1/2] The logo …"
    if duration(line):
        return True  # a player's running time: "Play Video. Duration: 1 minute 42 seconds", "1 m 42 s"
    if " image " in line[:20] and image_title(line):
        return True  # a picture's alt text naming the story: "Article image for 'Parents angry as early bus is cut'"
    if "ile " in line[:8] and _FILE_PICTURE_LINE.fullmatch(line) and not _CLAUSE_VERB.search(line):
        return True  # a picture from the files, captioned: "A file photo of farmers in Kelby." (not "… was released")
    if "°" in line and _WEATHER.fullmatch(line):
        return True  # a weather strip: "Kelby 31°C Mostly sunny", "Weather: 34° Partly cloudy", "Vey 12° Ash 9°"
    if "terms of use" in line and len(line.split()) <= MAX_NOTE_WORDS and _DATA_TERMS.search(line):
        return True  # "Intraday Data provided by FACTSET and subject to terms of use. Historical and …"
    if len(line.split()) <= MAX_NOTE_WORDS and _SITE_NOTICE.match(line):
        return True  # "FORTUNE is a trademark of …", "Join us at the Kelby Summit … Register now."
    if "subscribers" in line and len(line.split()) <= MAX_CAPTION_WORDS and _SUBSCRIBER_PITCH.search(line):
        return True  # "ForbesDaily: Join over 1 million Forbes Daily subscribers and get our best stories …"
    if agency_alone(line) or paper_credit(line):
        return True  # a photographer's or writer's name and their paper alone: "Jo Roe, The Detroit News"
    if _GLUED_STOP_HINT.search(line) and _story_before_glued_caption(line):
        return False  # "… in April.Jo Roe with the petition (Image: Al Lee)": strip_inline drops the caption
    if (
        ("@" in line[-60:] or "ourtesy" in line[-80:])
        and len(line.split()) <= MAX_CAPTION_WORDS
        and _GLUED_CREDIT_CAPTION.match(line)
        and not _REPORTS.search(line)
    ):
        return True  # a caption over its credit glued onto its stop: "… close June 30.Jo Roe jroe@example.com"
    if line.endswith(")") and len(line.split()) <= MAX_CAPTION_WORDS and _BODY_CREDITED_CAPTION.fullmatch(line):
        return True  # "A rendering shows the planned arena. (Kestrel Sports Development)": a handout's caption
    if len(line.split()) <= MAX_CAPTION_WORDS and ("©" in line or line.endswith(")")) and _ONE_LINE_CAPTION.match(line):
        return True  # a picture's caption, dated or named, over its credit
    if line.endswith(")") and len(line.split()) <= MAX_CAPTION_WORDS and _HANDED_OUT_CAPTION.match(line):
        return True  # a picture handed out, captioned: "A suspect leaves a store. (Police handout)"
    credited = (
        _BY_CREDITED_CAPTION.match(line) if " by " in line[-80:] and len(line.split()) <= MAX_CAPTION_WORDS else None
    )
    if credited and (not TOLD.search(credited["shows"]) or _says_as_caption(credited["shows"])):
        return True  # a sentence telling nothing over its credit: "The district's offices. Photo by Jo Roe/Kelby News"
    bracketed = (
        _BRACKET_CREDITED_CAPTION.match(line) if line.endswith(")") and len(line.split()) <= MAX_CAPTION_WORDS else None
    )
    dated = _PICTURE_DAY.match(bracketed["shows"]) if bracketed else None
    shows = (bracketed["shows"][: dated.end()] if dated else bracketed["shows"]) if bracketed else ""
    if bracketed and (not TOLD.search(_PARTICIPLE_BY.sub("", shows)) or _says_as_caption(shows)):
        # ... or over its credit in brackets: "A court in Kelby. (Photo: Kelby Observer file)"; what the picture
        # shows on its day, before what had come to pass ("Snow weighs down trees on Saturday, April 5, 2025, after
        # a storm moved through. (Photo by Jo Roe/The Kelby Post)")
        return True
    if len(line.split()) <= MAX_CAPTION_WORDS and _caption_over_outlet_credit(line):
        return True  # "Jo Roe speaks before the vote. Al Lee, Kelby Post", "… in Kelby. Special to The Bee"
    if " for " in line[-80:] and len(line.split()) <= MAX_CAPTION_WORDS and _COMMISSIONED_CREDIT.search(line):
        # a caption a paper closes with the credit of a picture it commissioned: "Pupils at the gate.Credit...Jo Roe
        # for The Meridian", "A depot near Kelby. Photo: Jo Roe for The Meridian"
        return True
    if "Credit" in line[-80:] and len(line.split()) <= MAX_CAPTION_WORDS and _ELLIPSIS_CREDITED.search(line):
        return True  # ... or with its credit after an ellipsis: "Pupils at the gate.Credit...Jo Roe"
    if "Source:" in line[-80:] and len(line.split()) <= MAX_CAPTION_WORDS and _SOURCED_CAPTION.search(line):
        return True  # a caption over its agency's and photographer's credit: "A nurse at work. Source: AAP / Jo Roe"
    if "/" in line[-60:] and len(line.split()) <= MAX_CAPTION_WORDS and _SLASHED_CAPTION.match(line):
        return True  # a caption of a sentence or three over an agency's credit: "Ice coats trees. Jo Roe/Getty Images"
    if line.endswith(")") and len(line.split()) <= MAX_CAPTION_WORDS and _BRACKETED_CAPTION.match(line):
        return (
            True  # a caption of two short sentences or three over its credit: "Divers swim … a decade. (Photo: Jo Roe)"
        )
    if _LINEUP.match(line) or _OFFICIAL.match(line):
        return True  # a team's line-up, a match's referee: the match's data, not the report
    if comment_notice(line):
        return True  # "Comments will be moderated. Please keep comments civil.", however long
    if line[:1] in "©Cc" and _RIGHTS_FOOTER.match(line):
        return True  # "© Copyright 2001-2025. This site is part of … Registered in England & Wales", however long
    if line.startswith("The Source") and _SOURCE_NOTE.match(line):
        return True  # where the story came from, however long
    if line[:14].lower().startswith(("note from", "a note from")) and _NOTE_TO_READERS.match(line):
        return True  # the writer's word to readers under the story, most often a plea for support, however long
    if line.endswith(".") and len(line.split()) <= MAX_CAPTION_WORDS and _VIDEO_SIGNOFF.search(line):
        return True  # a video's blurb, signed off by its reporter: "Tenants say … KTVX's Jo Roe reports."
    if "@" in line and len(line.split()) <= MAX_CAPTION_WORDS and _AUTHORS_ADDRESS.match(line):
        return True  # how to reach the author: "Contact Jo Roe: jroe@kelby.com. Follow her on X @jroe."
    if "@" in line and _ADDRESSED_CREDIT.search(line):
        return True  # a caption closed by its photographer's name and address: "… in Kelby. Jo Roe jroe@kelby.com"
    if line[:7].lower() == "enlarge" and _ENLARGED.match(line):
        return True  # a picture's button run into its caption, however long: "Enlarge / Shredded cells at a plant."
    if "|" in line and _CREDITED_LINE.match(line):
        return True  # a caption under its credit and a bar, however long: "Photo By Sgt. Jo Roe | Soldiers …"
    if len(line) <= MAX_SITE_NOTES_CHARS and _has(line.lower(), _SITE_NOTES_HINTS) and _site_notes(line):
        return True  # a footer's notes, however many words: "This email is confidential. If you have received …"
    credit = opening_credit(line)
    if credit:
        return is_furniture(line[credit:], labels=labels)  # the sentence after the credit decides
    if "/" in line and _LEAD_CREDIT.match(line):
        return is_furniture(_LEAD_CREDIT.sub("", line), labels=labels)  # the sentence after the credit decides
    if _staff_hint(line) and _STAFF_NOTE.match(line):
        return True  # "(Reporting by Jo Roe in Lima; Editing by Ana Ruiz)", however long
    if line[:1] in "IMR" and _CONTRIBUTED_NOTE.match(line):
        return True  # "Information for this article was contributed by Jo Roe of the Kelby Gazette."
    story = _drop_story_credits(_drop_credited_caption(_drop_slashed_credit_run(_drop_caption_run(line))))
    if story != line:
        return is_furniture(story, labels=labels)  # a picture's credit between sentences is not their caption
    story = _uncaption(line)
    if story != line:
        return is_furniture(story, labels=labels)  # the sentences around a glued caption decide
    if _MENU.match(line) or spaced_menu(line) or section_menu(line) or (_has(line, _META_MARKS) and meta_row(line)):
        return True
    if _GLUED_ITEM.search(line) and _glued_menu(line):
        return True
    if claim_box(line) or (line[:1].isupper() and _RATING.fullmatch(line.strip())):
        return True
    lower = line.lower()
    words = len(line.split())
    if byline(line) or staff_byline(line) or (line.isupper() and _MASTHEAD_NAME.fullmatch(line)):
        return True
    if " by " in lower and _stamped_byline(line):
        return True  # a date and then a byline: "March 6, 2025 by Jo Roe, Kelby"
    stamp = _STAMP_AFTER_BYLINE.search(line) if lower.startswith("by ") else None
    if stamp:  # a byline and then its stamp: "By Jo Roe Globe Staff,Updated March 18, 2025, 6:04 p.m."
        return bool(byline(line[: stamp.start()])) and is_furniture(line[stamp.end() :])
    if (line[:2] in ("A ", "a ") or lower.startswith(("disclosure", "partners"))) and ad_head(line):
        return True  # a sponsor's message's label: "A message from Acme Energy:"; an author's "Disclosure statement"
    if line[:1] in "IENV" and _ISSUE_LINE.fullmatch(line):
        return True
    if _has(lower, _STAMP_HINTS) and _PLACE_BEFORE_STAMP.fullmatch(_STAMPED.sub("", line).strip(" |")):
        return True  # a stamp, alone or after the story's place: "Charanpur, Updated: Mar 03, 2025 14:32 IST"
    if words <= MAX_SCRIPT_MENU_WORDS and not _LATIN.search(line) and _SCRIPT_MENU_ITEM.fullmatch(line):
        return True  # a menu's item in the site's other script
    if (
        words <= MAX_AUTHOR_DATED_WORDS
        and (_AUTHOR_DATED.match(line) or " - " in line or _AVATAR.match(line))
        and credited_author(line)
    ):
        return True  # an author line run into its date or dashed from it: "Jo Roe, Staff ReporterMarch 4, 2025"
    if (
        stamp_only(line)
        or author_line(line)
        or _RELEASE_LINE.match(line)
        or _BREADCRUMB.match(line)
        or _TICKER.match(line)
        or quote_value(line)
    ):
        return True
    if (
        words <= MAX_CAPTION_WORDS
        and line.endswith((" reports.", " has more.", " has the story."))
        and (_REPORTER_SIGNOFF.search(line))
    ):
        return True  # a video's description, signed off by its reporter: "... by fall 2026. Dana Whitcomb reports."
    if words <= MAX_CAPTION_WORDS and " tells " in line and _TELLS_SHOW.fullmatch(line):
        return True  # a video's caption: "Army veteran Jo Roe tells 'Kelby Morning' he now drives three hours ..."
    if words <= MAX_CAPTION_WORDS and " report" in line and _REPORTS_FROM.fullmatch(line):
        return True  # ... or introducing its reporter: "Sentinel News' Jo Roe reports from Kelby on the water fight."
    if words <= MAX_CAPTION_WORDS and (
        (_CREDIT_TAIL.search(line) and not _reported_before_credit(line))
        or (line.endswith(")") and _BRACKET_CREDIT.search(line))
        or (line.endswith("]") and _SQUARE_CREDIT.search(line))
        or (line.endswith(":") and _CREDIT_LABEL_END.search(line))
    ):
        return True  # a caption ending in its credit
    if ("/" in line or " - " in line or line.startswith("Credit")) and credit_only(line):
        return True  # a credit of any outlet, alone on its line
    if words <= MAX_CREDIT_WORDS and "ourtesy" in line and _LABELLED_CREDIT.match(line):
        return True  # a courtesy credit alone on its line: "Courtesy of Acme Robotics"
    if words <= MAX_FURNITURE_WORDS and (_furniture_line(line) or _HOUSE_RULE.match(line)):
        return True
    if words <= MAX_AD_WORDS and _CALL_NOW.search(line):
        return True  # an advertiser's line ending in its number: "Removals to Spain weekly. Call 952 000 000"
    if words <= MAX_CAPTION_WORDS and _has(lower, _CREDIT_HINTS) and _CREDIT.search(_INLINE_CREDIT.sub("", line)):
        return True  # a caption with its credit: never a sentence of the article
    if labels and caption_label(line) and not finished(line) and not _QUOTED_AFTER_LABEL.search(line):
        return True  # "Murdered: At least two ... on Tuesday" (no full stop: a caption)
    if page_note(line) or box_head(line) or (line.startswith("The post ") and _FEED_FOOTER.match(line)):
        return True
    if newsletter_item(line):
        return True
    if (_has(lower, _PROMO_HINTS) or _has(lower, _PITCH_HINTS)) and not _WORD_LEFT.search(_unpromo(line)):
        return True
    return _every_sentence_furniture(line, labels)


# A political newsletter's recurring items, each under its label in capitals: who moved jobs, whose birthday it is,
# the trivia answer, its thanks, where the governor is today ("— ON THE MOVE: Jo Roe is now deputy chief of staff",
# "BIRTHDAYS: State Rep. Ada Lee", "THANKS to our editor, Jo Roe", "WHERE'S THE GOVERNOR: At the Capitol at 10 a.m.").
_NEWSLETTER_ITEM = LazyPattern(
    r"(?:[—–-]\s*)?(?:(?:HAPPY )?BIRTHDAYS?|ON THE MOVE|TRANSITIONS|MEDIA MOVES|JOB MOVES|(?:TODAY['’]S )?TRIVIA"
    r"|SPOTTED|THANKS|WHERE['’]S THE [A-Z][A-Z ]{2,20}|(?:QUOTE|TWEET|CLIP|PHOTO) OF THE DAY)(?::\s|\s(?=[a-z]))"
)
# ... and its author's greeting: "Good Tuesday morning, Illinois. Jo Roe here, on two hours of sleep. Thanks for
# reading." (not a greeting that goes on with the news).
_GREETING = LazyPattern(
    r"(?:Good|Happy) (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day ?)?(?:morning|afternoon|evening|weekend)?\b"
    r"[^.!]{0,40}[.!] (?:.*\b(?:[A-Z][\w'’-]+ here,|[Tt]hanks for reading|[Ww]elcome to)\b.*)"
)
MAX_GREETING_WORDS = 60


def newsletter_item(line: str) -> bool:
    """A newsletter's recurring item under its label, or its author's greeting (``_NEWSLETTER_ITEM``, ``_GREETING``)."""
    if line[:1] in "—–-" or line[:3].isupper():
        return bool(_NEWSLETTER_ITEM.match(line.lstrip()))
    return (
        line.startswith(("Good ", "Happy ")) and len(line.split()) <= MAX_GREETING_WORDS and bool(_GREETING.match(line))
    )


_SENTENCE_GAP = LazyPattern(r"(?<=[a-z][.!?])\s+(?=[A-Z])")
MAX_NOTE_SENTENCES = 4


def _every_sentence_furniture(line: str, labels: bool) -> bool:
    """Whether a short line of a few sentences is furniture sentence by sentence, kinds mixed: a pitch before a
    promo ("Support local journalism. Sign up for Acme Local to learn more."). Each has three words or more."""
    if len(line) > MAX_SITE_NOTES_CHARS or not _SENTENCE_GAP.search(line):
        return False
    parts = _SENTENCE_GAP.split(line)
    return len(parts) <= MAX_NOTE_SENTENCES and all(
        len(part.split()) >= MIN_NOTE_WORDS and is_furniture(part, labels=labels) for part in parts
    )


MIN_NOTE_WORDS = 3


# An advertiser's or a contact's line ends in a number to call, with no stop: the story's sentences end in one.
_CALL_NOW = LazyPattern(
    r"\b(?:[Cc]all|[Rr]ing|[Pp]hone|[Tt]el\.?|WhatsApp)\s*(?:us\s*)?(?:on|at|:)?\s*\+?\d[\d ()-]{6,}\d$"
)
MAX_AD_WORDS = 15
# A promo's pitch, an imperative to the reader about the news on offer.
_BLURB = LazyPattern(
    r"^(?:Start|Begin|End|Get|Receive|Enjoy|Catch up|Stay|Keep up|Discover|Explore)\b[^.!?]*"
    r"\b(?:stories|news|headlines|analysis|insights|updates|journalism)\b",
    re.IGNORECASE,
)


_PROMO_PARTS = LazyPattern(r"(?<=[.!?])\s+|\s{2,}")  # the sentences and buttons a promo's pitch leaves


@lru_cache(maxsize=1024)
def _unpromo(line: str) -> str:
    """The line without its promos, and without the blurb left after one when that blurb
    speaks to the reader ("The news you need to start your day."). Kept for the line's second
    question (is it furniture, what is glued in it): the costliest pattern here runs once."""
    lower = line.lower()
    kept = _PROMO.sub("", line) if _has(lower, _PROMO_HINTS) else line
    if _has(lower, _PITCH_HINTS):  # on the promos' remains, spaced as sentences are: "… journalism. Become a …"
        spaced = " ".join(kept.split())
        pitched = _PITCH.sub("", spaced)
        kept = pitched if pitched != spaced else kept
    if kept != line and len(kept.split()) <= 10 and re.search(r"\byou(?:r)?\b", kept, re.IGNORECASE):
        return ""
    if kept != line and len(kept.split()) <= MAX_FURNITURE_WORDS and _BLURB.match(kept.strip()):
        return ""  # the promo's pitch in the reader's imperative: "Start the day with a summary of …"
    question = kept.strip()
    if kept != line and question.endswith("?") and len(question.split()) <= MAX_QUESTION_WORDS and "." not in question:
        return ""  # the question a comment promo puts: "Should parking be free? Tell us in the comments below"
    if kept != line and author_bio(kept):
        return ""  # an author's bio beside the contact line: "Jo Roe is a reporter … Reach her at jo@…"
    if kept != line and kept.strip() and len(kept.split()) <= MAX_LEFT_WORDS and _furniture_line(kept.strip()):
        return ""  # a widget label or a thank-you left after the promo: "Already a member? Sign In"
    parts = _PROMO_PARTS.split(kept.strip())
    if kept != line and len(parts) > 1 and all(_furniture_line(part) for part in parts):
        return ""  # ... or several, each a sentence or a button: "Hi there, thanks for reading. … Become a member"
    return kept


# A caption's credit naming its photographer, the name's last word run into the story's next sentence: "Pigs at
# the fair. Photo: Jo RoeThe show's judges said …" (the caption before it, a short sentence, goes with it; so does
# one with no stop, the label run onto its last word: "Pigs at the fairCredit: Jo RoeThe show's judges said …").
_CREDIT_LABEL_WORDS = r"(?:Photograph|Photo|Picture|Pic|Image|Credit)s?(?: credits?)?"
# (the label's colon, or a slash or "by" after it: "Photo / Jo RoeCouncil …", "Photo by Jo Roe /PNGChu is …")
_LABEL_OR_COPYRIGHT = r"(?:" + _CREDIT_LABEL_WORDS + r"(?:\s*:|\s/(?=\s)|\sby(?=\s))|©)"
_NAMED_CREDIT_SOURCE = (
    r"^(?P<caption>(?:(?=[A-Z])[^.!?\"“”]{1,200}[.!?]\s+){1,3}"
    # (or a caption of two sentences, the label touching its last stop: "… the marina. Its shutters …2022.Photo:")
    r"|(?=[A-Z])(?:[^.!?\"“”]{1,200}[.!?]\s+)?[^.!?\"“”]{1,200}[.!?](?=" + _LABEL_OR_COPYRIGHT + r"))?"
    r"(?P<glued>(?=[A-Z])(?:[^.!?\"“”:©]|(?<=\d)\.(?=\d)){1,200}?[a-z0-9](?= ?"  # (a decimal's point: "£3.2m")
    + _LABEL_OR_COPYRIGHT
    + r"))? ?"
    + _LABEL_OR_COPYRIGHT
    # (the photographer and the outlet after a slash: "Picture: Jo Roe/Daily LanternThe block …")
    # (or a body's name with its small words: "Credit: HM Inspectorate of PrisonsThe jail …")
    # (the name runs to its last join: "Photo / Jo McCardleCouncil chief executive …")
    # (or a handout's: "Picture: Family handoutA RETIRED baker …")
    + r"\s*(?:[A-Z][\w'’.-]*(?:\s|\s?/\s?)(?:(?:of|the|and|for)\s)?){0,4}"
    + r"(?:[A-Z][\w'’-]*[a-z]|[A-Z]{2,6}|handout|supplied)"
    # (a word of the story, not an outlet's: "Photo by KelbyPost/Tran Minh Khoa"; "McDonald's" whole; also "A" or a
    # tabloid's opening or a dateline in capitals: "Picture: Jo Roe/Daily LanternA CAFE owner …", "… LanternANGRY
    # diners …", "Photo: Jo Roe/KelbyNewsKELBY, Vey Region - …")
    r"(?<!Mc)(?<!Mac)(?=(?:Ma?c)?[A-Z][a-z'’]+[\s,]|(?<=[a-z])(?:A\s|[A-Z]{3,}[\s,]))"
)
_LABELLED = LazyPattern(_LABEL_OR_COPYRIGHT)
_NAMED_CREDIT = LazyPattern(_NAMED_CREDIT_SOURCE)
# ... or with no label, the photographer and their outlet after a slash, run onto the caption's stop and into the
# story's next sentence: "Workers leave on Tuesday.Jo Roe/KNNThe plant has made ...", "….Jo Roe/Getty ImagesThe …".
_SLASHED_CREDIT = LazyPattern(
    # (a caption may hold an abbreviation's stop: "A rider waits for the No. 14 bus outside the hospital.")
    r"^(?P<caption>(?=[A-Z])(?:\b(?:No|St|Mt|Ft|Dr|Mr|Mrs|Ms)\. |[^.!?\"“”]){1,200}[.!?]) ?"
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2} ?/ ?(?:[A-Z]{2,8}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}?)"
    r"(?=[A-Z][a-z]|A\s[A-Za-z][a-z])"
)  # (also after a space, and before a story opening with "A": "… in May. Jo Roe/KNNA Kelby firm said …")
# ... or an agency's name alone, after the caption's stop: "… every season since. Getty ImagesSupporters said …".
_AGENCY_GLUED_CREDIT = LazyPattern(
    r"^(?P<caption>(?=[A-Z])(?:\b(?:No|St|Mt|Ft|Dr|Mr|Mrs|Ms)\. |[^.!?\"“”]){1,200}[.!?]) ?"
    r"(?:Getty Images|Shutterstock|Alamy(?: Stock Photo)?|AP Photo|Reuters|AFP)(?=[A-Z][a-z])"
)

# ... or the photographer "for" their outlet or over its name, run onto a caption with no stop and into the next
# sentence: "Protesters outside the town hall before the voteJo Roe for The QuillThe meeting ran …", "… at the
# launchJo Roe/Kelby PhotosThe plan …".
_FOR_CREDIT = LazyPattern(
    r"^(?P<glued>(?=[A-Z])[^.!?\"“”/]{1,200}?[a-z])[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}"
    r"(?: for (?:[Tt]he )?(?:[A-Z][\w'’-]* ){0,2}|/(?:[A-Z][\w'’&-]* ){0,3})[A-Z][\w'’-]*?[a-z](?=[A-Z][a-z])"
)


# A caption of one to three sentences ending on an agency's credit across a slash, unbracketed: "Ice coats tree
# branches in this file photo. Forecasters warn of more ice. Jo Roe/Getty Images".
_SLASHED_CAPTION = LazyPattern(
    # (an initial's stop ends no sentence: "the central U.S. this week")
    r"^(?:(?=[A-Z])(?:[^.!?\"“”]|\.(?=\S)|(?<=\b[A-Z])\.(?=\s+[a-z])){1,200}[.!?]\s+){1,3}"
    rf"(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}\s?/\s?)+{_AGENCY}(?: Images| Wire)?\s*$"
)


def _drop_named_credit(line: str) -> str:
    """The line without a photographer's or an agency's credit run into the next sentence (``_NAMED_CREDIT_SOURCE``,
    ``_SLASHED_CREDIT``, ``_AGENCY_GLUED_CREDIT``, ``_FOR_CREDIT``), and without the caption before it when that
    caption is a short sentence reporting nobody's words."""
    if not _CAMEL.search(line) and "/" not in line:
        return line
    labelled = _LABELLED.search(line) is not None
    match = (
        (labelled and _NAMED_CREDIT.match(line))
        or ("/" in line and _SLASHED_CREDIT.match(line))
        or _AGENCY_GLUED_CREDIT.match(line)
        or ((" for " in line or "/" in line) and _FOR_CREDIT.match(line))
    )
    if not match:
        return line
    if match.groupdict().get("glued"):
        return line[match.end() :]  # (no sentence runs onto a credit's label without its stop)
    caption = match.group("caption") or ""
    if len(caption.split()) > MAX_CAPTION_LINE_WORDS or reports_as_story(caption):
        return caption.rstrip() + " " + line[match.end() :]
    return line[match.end() :]


# A caption of two or three short sentences at a line's start, then its labelled credit, at the line's end or run
# into the story's next sentence after its stop: "Residents fetch water from the stream on January 10. The district
# has the lowest rate of piped water. Photo: Jo Roe." / "… on Monday. Photo: Jo Roe.Some residents said …"
_CAPTION_RUN_SOURCE = (
    r"^(?P<caption>(?:(?=[A-Z])[^.!?\"“”]{1,200}[.!?]\s*){1,3})"
    # (a credit in capitals alone, run into the story: "… for 30 years. SUPPLIEDThe trust …")
    r"(?:(?<=\s)[A-Z]{4,}(?=[A-Z][a-z])"
    # (a credit in capitals in square brackets, the outlet after a bar: "[YONHAP]", "[ JO ROE | Times ]")
    r"|\[\s?[A-Z][A-Z'’.&-]+(?: [A-Z][A-Z'’.&-]+){0,4}(?:\s?[|/]\s?[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3})?\s?\]"
    r"(?:\s*$|(?=[\"“A-Z]))"
    r"|(?:Photo|Picture|Image|Credit)s?\s*:\s*"
    r"(?:[A-Z]{2,}(?: [A-Z]{2,})*(?=[A-Z][a-z])"  # (in capitals, run into the story: "Picture: SUPPLIEDResidents")
    # ... or a name whose last word runs into the story's first: "Credit: Jo RoeIn two hours she …" (a whole word:
    # "Credit: Jo Roe for ProPublicaHospital CEO Jo Lee …" runs into "Hospital", not "PublicaHospital")
    r"|[A-ZÀ-ÞĦ](?:[\w'’-]| (?=\S)){0,60}?(?<=[a-zà-ÿħ])(?=" + _STORY_WORD + ")"
    r"|[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|de|van|von|da))*(?:\s?/\s?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)?\.?"
    r"(?:\s*$|(?<=\.)(?=[\"“A-Z]))|[\w'’-]+(?: [a-z][\w'’-]*){0,3}\.?\s*$))"  # (or "Wikinews contributors.")
)
_CAPTION_RUN = LazyPattern(_CAPTION_RUN_SOURCE)
# ... or a caption with no stop, a bar, and its credit in capitals run into the story: "The 47 bus is one of 14
# routes to go | GETTYCouncil bosses say …", "Crowds at the gates | PA WIREThe club said …".
_BARRED_CAPTION = LazyPattern(
    r"^(?P<caption>(?=[A-Z])[^.!?|\"“”]{1,200}?) \| [A-Z]{2,}(?: [A-Z]{2,}){0,2}(?=[A-Z][a-z])"
)
_CAPITALS_RUN_ON = LazyPattern(r"[A-Z]{4}[A-Z][a-z]")  # a credit in capitals run into the story ("SUPPLIEDThe")
MAX_RUN_CAPTION_WORDS = 45
MAX_CAPTION_SENTENCE_WORDS = 25


# A picture's credit, a bar, then its caption, the whole line: "Courtesy Photo | U.S. Army Sgt. …", "Photo By Sgt. Jo
# Roe | Soldiers with the 717th …" (a military news site's captions).
_CREDITED_LINE = LazyPattern(r"^(?:Courtesy (?:Photo|Image)|(?:Photo|Image|Video) [Bb]y [^|]{2,60}?)\s*\|\s*\S")


def _drop_caption_run(line: str) -> str:
    """The line without a caption of up to three short sentences and the labelled credit after it
    (``_CAPTION_RUN_SOURCE``); a run of the story's sentences, reporting someone's words, stays."""
    if ": " not in line and "[" not in line and " | " not in line and not _CAPITALS_RUN_ON.search(line):
        return line
    if _GLUED_STOP_HINT.search(line) and _story_before_glued_caption(line):
        return line  # a story's sentence before a caption glued onto its stop: only the caption goes (below)
    match = _CAPTION_RUN.match(line) or (_BARRED_CAPTION.match(line) if " | " in line else None)
    if not match or len(match.group("caption").split()) > MAX_RUN_CAPTION_WORDS or _REPORTS.search(match.group()):
        return line
    if any(len(part.split()) > MAX_CAPTION_SENTENCE_WORDS for part in _AFTER_STOP.split(match.group("caption"))):
        return line  # a sentence of the story's length: the story's, not a caption's
    return line[match.end() :].strip()


def _drop_slashed_credit_run(line: str) -> str:
    """The line without a short caption and its credit across a slash run into it (``_SLASHED_CREDIT_RUN``); a
    sentence reporting someone's words, or telling what happened, is the story's, and stays."""
    found = _SLASHED_CREDIT_RUN.match(line) if "/" in line else None
    if not found or _REPORTS.search(found["caption"]) or len(found["caption"].split()) > MAX_CAPTION_LINE_WORDS:
        return line
    # a caption tells what a picture shows in the present ("Pupils wait to be collected …"), the story's sentence
    # what happened: "The fine was small. Jo Roe/PA The agency said …" keeps its sentence (only the credit goes)
    return line if TOLD.search(_PASSIVE_INFINITIVE.sub("", found["caption"])) else line[found.end() :]


_PASSIVE_INFINITIVE = LazyPattern(r"\bto be [a-z]+ed\b")


@lru_cache(maxsize=1024)
def _drop_credited_caption(line: str) -> str:
    """The line without a caption and its credit at its start (``_CREDITED_CAPTION_SOURCE``): the story's
    sentence run into the credit is what remains. A caption names what a picture shows in one short sentence,
    reporting nobody's words; a one-word credit must name something the caption names. Kept, like _uncaption's:
    both questions asked of a line (is it furniture, what is glued in it) ask it."""
    if " image)" in line or " photo)" in line or " picture)" in line:
        line = _TAGGED_CAPTION.sub("", line)
    # (the credit may touch the caption's full stop: "… on Saturday.Courtesy Kessler County", and end
    # in a company's abbreviation: "Courtesy Acme Candy Co.")
    unfinished = not finished(line) or _FIRM_END.search(line) is not None
    credit = min(len(line.rsplit(". ", 1)[-1].split()), len(_AFTER_STOP.split(line)[-1].split()))
    open_end = unfinished and credit <= MAX_CREDIT_WORDS and credit < len(line.split())
    camel = _CAMEL.search(line) or _STOP_GLUE.search(line, line.find(". ") + 1)
    stop = max(line.rfind(".", 0, camel.start()), line.rfind(" | ", 0, camel.start())) if camel else -1
    run_in = stop > 0 and len(line[stop : camel.start()].split()) <= MAX_CREDIT_WORDS
    if not open_end and not run_in and not _LABELLED_RUN.search(line):
        return line  # neither a credit at the line's end after a sentence nor one run into the next sentence
    match = _CREDITED_CAPTION.match(line)
    if not match:
        return line
    caption = match.group("caption")
    handout = match.group("handout")
    if len(caption.split()) > MAX_CAPTION_LINE_WORDS or _REPORTS.search(_QUOTED_NAME.sub("", caption)):
        return line
    if handout and not re.search(rf"\b{re.escape(handout)}\b", caption):
        return line
    return line[match.end() :].strip()


def _drop_story_credits(line: str) -> str:
    """The line without the credits of pictures that sit between the story's sentences
    (``_STORY_CREDIT_SOURCE``), so the sentence before a credit is not read as its caption. A short
    sentence reporting nobody's words keeps its credit: it may be a caption that ends in a full stop."""
    if (
        not ("(" in line and (":" in line or " by " in line))
        and "Getty" not in line
        and "Shutterstock" not in line
        and "Alamy" not in line
    ):
        return line

    def drop(match: re.Match[str]) -> str:
        before = re.split(r"(?<=[.!?])\s+(?=[\"“‘A-Z])", line[: match.start()])[-1]
        story = len(before.split()) >= MIN_STORY_WORDS or _REPORTS.search(before)
        return "" if story else match.group()

    return _STORY_CREDIT.sub(drop, line)


_BRACKET_GLUED = LazyPattern(r"\)[\"“A-Z]")  # a bracket closed on the next sentence's first letter


@lru_cache(maxsize=1024)
def _uncaption(line: str) -> str:
    """The line without a caption and its credit glued between the story's sentences or after them
    (``_GLUED_CAPTION_SOURCE``, ``_LABELLED_CAPTION_SOURCE``, ``_TAIL_CAPTION_SOURCE``); the line itself when
    it has none, or when all of it is the caption (a caption of two sentences opens with a short phrase)."""
    hints = ("hoto", "icture", "mage", "Courtesy")
    if ":" not in line and ")" not in line and not any(hint in line for hint in hints):
        return line
    kept = line
    if caption_label(kept):
        kept = _LABELLED_CAPTION.sub("", kept)
    if "hoto" in kept or ("(" in kept and ("/" in kept or ":" in kept or _BRACKET_GLUED.search(kept))):
        # (what _GLUED_CAPTION needs)
        kept = _GLUED_CAPTION.sub("", kept)
    if " by " in kept or ": " in kept or "Courtesy " in kept:
        kept = _GLUED_WORDED_CREDIT.sub(" ", kept)
    tail = _TAIL_CAPTION.search(kept)
    lead = re.split(r"(?<=[.!?])\s", kept, maxsplit=1)[0] if tail else ""
    if tail and _GLUED_LABEL.search(tail.group()) and _SHOWN_PHRASE.fullmatch(lead) and not TOLD.search(lead):
        return ""  # the whole line is the caption, its phrase first: "Pupils at pick-up on Monday. They … Credit: X"
    if tail and len(lead.split()) >= MIN_LEAD_WORDS:
        kept = kept[: tail.start()]
    return kept if kept == line else " ".join(kept.split())


# An embedded post between its skip link and its end marker: "Skip twitter post … End of twitter post".
_EMBED = LazyPattern(
    r"^[ \t]*skip (?:\w+ )?(?:post|content|video)(?![\w-])[^\n]*\n.*?"
    r"^[ \t]*end of (?:\w+ )?(?:post|content|video)(?![\w-])[^\n]*$",
    re.IGNORECASE | re.MULTILINE | re.DOTALL,
)


def strip_embeds(text: str) -> str:
    """The text without embedded posts marked by a skip link and an end marker."""
    return _EMBED.sub("", text) if "skip" in text.lower() else text


# A reading list's head: "Most read", "TRENDING ON KBN", "What people are reading on KBN", "Top stories today".
_LIST_HEAD = LazyPattern(
    r"^(?=.*\b(?:most|read|reading|popular|trending|viewed|watched|watching|clicked|hot|top|latest|recommended)\b)"
    r"(?:[^.!?:]|\.(?=\w)){1,60}:?$",  # (a site's address in it: "Most read on KBN.com")
    re.IGNORECASE,
)
_RANKED_TITLE = LazyPattern(r"^(\d{1,2})[.)]\s+\S")  # "1. Tornado watch issued for eastern Kansas"
MAX_LIST_HEAD_WORDS = 8
MAX_LABEL_HEAD_WORDS = 3  # a head with a colon: "Most read:", "Trending now:"
MAX_RANKED_TITLE_WORDS = 25
MIN_RANKED_TITLES = 2


def _ranked_titles(lines: list[str], start: int) -> list[int]:
    """The indexes of the titles numbered 1, 2, 3 … from ``start`` on (blank lines between them), each a headline
    that ends in no full stop."""
    found: list[int] = []
    for k in range(start, len(lines)):
        line = lines[k].strip()
        if not line:
            continue
        number = _RANKED_TITLE.match(line)
        if not number or int(number.group(1)) != len(found) + 1 or line.endswith("."):
            break
        if len(line.split()) > MAX_RANKED_TITLE_WORDS:
            break
        found.append(k)
    return found


def strip_ranked_lists(text: str) -> str:
    """The text without a reading list: a head ("Most read", "Trending on KBN") over headlines numbered from 1,
    which a page sets beside or under its story. (A story's own numbered points end in full stops or follow a
    sentence that leads into them; the headline above a list article is the page's first line and stays.)"""
    if "1. " not in text and "1) " not in text:
        return text
    lines = text.split("\n")
    dropped: set[int] = set()
    first = next((k for k, line in enumerate(lines) if line.strip()), 0)
    for k, line in enumerate(lines):
        head = line.strip()
        most = MAX_LABEL_HEAD_WORDS if head.endswith(":") else MAX_LIST_HEAD_WORDS  # ("Its top goals are:" leads in)
        if k == first or not _LIST_HEAD.match(head) or len(head.split()) > most:
            continue
        titles = _ranked_titles(lines, k + 1)
        if len(titles) >= MIN_RANKED_TITLES:
            dropped.update([k, *titles])
    return "\n".join(line for k, line in enumerate(lines) if k not in dropped) if dropped else text


# A caption over its photographer's name and e-mail address, glued onto the story's next sentence: "… district data
# shows. Jo Roe jroe@example.comKendrick Alvarado-Sims, an organizer, said …".
_EMAIL_CREDIT_GLUED = LazyPattern(
    r"^(?=[A-Z])[^\"“”@]{1,300}?[.!?]\s+(?:[A-Z][\w'’.-]+ ){1,3}[\w.+-]+@[\w-]+(?:\.[\w-]+)*?"
    r"\.(?:com|org|net|edu|gov|co\.uk|com\.au|ca)(?=[A-Z][a-z])"
)
# ... or over its credit in words, glued onto the story: "… in March 2025 - Copyright Euronews/Jo RoeThe town …",
# "… in 2019. Photo courtesy of Kelby barangay councilCabrera, for her part, …".
_WORDED_CREDIT_GLUED = LazyPattern(
    r"^(?=[A-Z])[^\"“”]{5,250}?(?: [-–—|] (?:Copyright|©) ?[A-Z][\w.'’&-]*"
    r"(?: ?/ ?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})?"
    r"|[.!?] (?:Photo|Picture|Image)s? courtesy of (?:the )?[\w'’&. -]{2,60}?)(?<=[a-z])(?=[A-Z][a-z]+[ ,])"
)
# ... or over its photographer and paper after a comma ("… an internal audit. Jo Roe, The Detroit NewsStanding before
# the judge, …"): a caption of one to three sentences.
_PAPER_CREDIT_GLUED = LazyPattern(
    r"^(?=[A-Z])(?:[^.!?\"“”]{3,200}[.!?]\s?){1,3}"
    r"(?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+, (?:The )?(?:[A-Z][\w'’&.-]* ){0,3}(?:"
    + "|".join(sorted(_PAPERS))
    + r")(?=[A-Z][a-z'’]+[ ,])"
)
# The credits glued onto the story's next sentence, each after its caption (``_drop_glued_credit``).
_GLUED_CREDITS = (_EMAIL_CREDIT_GLUED, _PAPER_CREDIT_GLUED, _WORDED_CREDIT_GLUED)
_GLUED_CREDIT_MARKS = ("@", ", ", "opyright", "©", "courtesy of")  # (one of them in a line's head: a cheap test first)
# A caption of no full sentence, its agency or its note in brackets, run into the story's sentence without a space,
# or into its dateline ("… on WhatsApp (Representational)Hyderabad: A 68-year-old …").
_AGENCY_CAPTION = LazyPattern(r"^[A-Z][^.!?()\"“”]{10,200} \([A-Z][\w .&/-]{1,30}\)(?=[A-Z][a-z]+[ :])")
# ... or one with no stop run onto a dateline in capitals: "… with placardsPUNE: Over 200 parents …".
_CAPTION_ON_DATELINE = LazyPattern(r"^[A-Z][^.!?()\"“”:]{10,200}?[a-z](?=[A-Z]{3,}(?:[ -][A-Z]{3,})?: [A-Z0-9])")
_UPDATE_LABEL = LazyPattern(
    r"^(?:ADDED|UPDATED?|UPDATE \d{1,2}|EDITOR['’]S NOTE|Added|Update[ds]?),?\s*(?:AT\s*|at\s*)?\d{1,2}[:.]\d{2}\s*"
    r"(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{1,3}T\s*)?:\s*(?=[\"“A-Z])"  # (its zone too: "Update, 5:40 p.m. ET:")
)


# What cites a source, in a note: a page ("p. 14"), "ibid.", "et al.", a DOI, a title in quotes before its comma.
_CITATION = LazyPattern(r"\bpp?\. ?\d|\bibid\b|\bet al\.|\bdoi\b|[“\"][^”\"]{3,120},[”\"]", re.IGNORECASE)
# A note's number run into the end of the sentence it is for: "… used to make by car.1 The average …".
_NOTE_HINT = LazyPattern(r"[a-z][.,;:!?]\d")  # (what the note's number needs, found fast)
_NOTE_MARK = LazyPattern(r"(?<=[a-z]{3}[.,;:!?])\d{1,2}(?=\s+[\"“A-Z]|\s*$)")
# ... or in square brackets, after a word or a stop: "… at high doses.[1] The product's label …".
_BRACKET_NOTE = LazyPattern(r"(?<=[a-z.,;:!?”\"’)\]])\[\d{1,3}\](?=[\s.,;:[]|$)")
# The site's note of where a story's sentence came from, glued onto its stop at the line's end: "… no commitment had
# been made.(Source: 1News)" (a caption's "(Source: X)" stands apart, after a space).
_GLUED_SOURCE_NOTE = LazyPattern(r"(?<=[.!?\"”’])\((?:Source|Sources): [^()]{1,40}\)$")


def citation(line: str) -> bool:
    """Whether a line cites its source as a note does (a page, "ibid.", a DOI, a title in quotes)."""
    return bool(_CITATION.search(line))


# A photographer's name and outlet, or a contributor's note, closing a caption after its stop: "Al Lee, Kelby-Post",
# "AL LEE, KELBY COLONIST", "Special to The Bee", "VIA KELBY HOUSING SOCIETY".
_OUTLET_CREDIT_AFTER_STOP = LazyPattern(
    r"(?<=[a-z0-9][.!?]) (?:(?P<given>[A-Z][\w'’.-]+) (?:[A-Z][\w'’.-]+ )?[A-Z][\w'’.-]+, (?:The )?[A-Z][\w'’&.-]*"
    r"(?: [A-Z][\w'’&.-]*){0,3}"
    # (in capitals, after a comma or "for" its paper: "JO ROE, THE LEDGER", "JO ROE FOR THE LEDGER")
    r"|(?P<shouted>[A-Z][A-Z'’.-]+)(?: [A-Z][A-Z'’.-]+){1,2}(?:,| FOR) [A-Z][A-Z'’&.-]+(?: [A-Z][A-Z'’&.-]+){0,3}"
    r"|Special to (?:The )?[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3}"
    r"|(?:VIA|Via) (?:THE |The )?[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,5})$"  # (a handout's: "VIA ACME SOCIETY")
)


def _caption_over_outlet_credit(line: str) -> bool:
    """Whether the line is a caption over its photographer's name and outlet, or a contributor's note, after its stop
    (``_OUTLET_CREDIT_AFTER_STOP``): what the picture shows, reporting no one's words in the past as a story does."""
    hinted = any(hint in line[-60:] for hint in (",", "Special to", "VIA ", "Via ", " FOR "))
    credit = _OUTLET_CREDIT_AFTER_STOP.search(line) if hinted else None
    if credit is None or len(line[: credit.start()].split()) < 3 or reports_as_story(line):
        return False
    given = credit["given"] or (credit["shouted"] or "").capitalize()  # (a photographer's name, not a headline's
    return given not in NON_NAMES  # common words: "… to Keep Its Staff. Three Years Later, Here's What Happened")


# Who else gathered a story's facts, under it: "Information for this article was contributed by Jo Roe of …".
_CONTRIBUTED_NOTE = LazyPattern(
    r"(?:Information|Material|Reporting) for this (?:article|report|story) (?:was|were) (?:contributed|provided"
    r"|gathered) by [A-Z]"
)


def _story_before_glued_caption(line: str) -> bool:
    """Whether the line opens with a story's sentence that a picture's caption and credit are glued onto by its stop,
    as a copied page runs them ("… before their meeting in April.Jo Roe with the petition (Image: Al Lee)"): a
    sentence of a story's length that is no furniture itself, before a caption that is furniture, not a credit
    alone ("… move in next spring.Courtesy of Acme": the credit glued onto a caption's own stop goes with it)."""
    glue = _GLUED_STOP.search(line)
    head, tail = (line[: glue.start()], line[glue.start() :]) if glue else (line, "")
    if not tail or len(head.split()) < MIN_STORY_WORDS:
        return False
    return not is_furniture(head) and is_furniture(tail) and not (credit_only(tail) or labelled_credit(tail))


def _drop_stop_glued(line: str) -> str:
    """The line without furniture run onto a sentence's stop (``_GLUED_STOP``), or else without a caption run into
    its first sentence by the caption's full stop (``_STOP_GLUED_CAPTION``): a short sentence reporting nobody's
    words, before a sentence of a story's length that is no furniture."""
    for glue in _GLUED_STOP.finditer(line):
        head, tail = line[: glue.start()], line[glue.start() :]
        if is_furniture(tail) and not credit_only(tail):  # (a caption's credit: the caption goes with it, below)
            return head
    match = _STOP_GLUED_CAPTION.match(line)
    if not match or len(match.group().split()) > MAX_CAPTION_LINE_WORDS or _REPORTS.search(match.group()):
        return line
    rest = line[match.end() :]
    credit = _CREDIT_GLUED_AHEAD.match(rest)  # (the caption's credit, glued to both: "… on Tuesday.Jo Roe/The Post"")
    rest = rest[credit.end() :] if credit else rest
    return rest if len(rest.split()) >= MIN_STORY_WORDS and finished(rest) else line


# A photographer's name and a slash or a bar glued onto a caption's stop: "… fewer than 700.Jo Roe/The ChronicleThe
# board …", "… in May 2024.Jo Roe/Staff photographer", "… officials said.Jo Roe | Kelby Media for Kelby.comThe …".
_SLASH_CREDIT_ON_STOP = LazyPattern(
    r"(?<=[a-z0-9%][.!?])(?:\s?(?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+(?P<bar>\s?/\s?| \| )"
    r"| \| (?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+, )(?=[A-Z])"  # (or the bar first: "… 2025. | Jo Roe, Kelby News")
)
# ... and the end of the outlet or post after the slash: a capital glued onto its last letter ("ChronicleThe").
_GLUED_CAPITAL = LazyPattern(r"(?<=[a-z])(?=[A-Z\"“])")
MAX_OUTLET_WORDS = 6  # "Kelby Advance Media for Kelby.com"


def _drop_slash_glued_caption(line: str) -> str:
    """The line without a caption whose credit is glued onto its stop, a name and a slash or a bar ("Jo Roe/The
    Chronicle", "Jo Roe/Staff photographer", "Jo Roe | Kelby Media"): the caption is the line before it, a caption's
    length (and, before a slash, which may end a story's sentence over a dropped picture, reporting no one's words);
    the story goes on where a capital is glued onto the credit's last letter, else the line was all caption."""
    credit = _SLASH_CREDIT_ON_STOP.search(line)
    if not credit:
        return line
    caption = line[: credit.start()]
    slash = "/" in (credit.group("bar") or "")
    if len(caption.split()) > MAX_CAPTION_LINE_WORDS or (slash and _REPORTS.search(caption)):
        return line
    rest = line[credit.end() :]
    glued = _GLUED_CAPITAL.search(rest)
    outlet = rest[: glued.start()] if glued else rest
    if len(outlet.split()) > MAX_OUTLET_WORDS:
        return line
    return rest[glued.start() :] if glued else ""


# A photographer's name and their outlet across a slash, glued to the sentence after them with no space: a quote's
# mark or a subject word run onto the outlet's last letter ("Jo Roe/The Kelby Post"Nine …", "Jo Roe/PostThe …").
_CREDIT_GLUED_AHEAD = LazyPattern(
    r"(?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]*?\s?/\s?(?:[A-Z][\w'’&-]*? ?){1,4}?"
    r"(?=[\"“]\w|(?<=[a-z])(?:The|He|She|It|They|We|His|Her|Its|Their)\s)"
)


# A caption's credit with no label, run into the story's next sentence with no space: an agency's name ("… landed
# almost dailyKelby News AgencyThe jail holds …"), a photographer's for an outlet ("Jo Roe for NCXThe department
# said …"), or either in capitals ("… on SundayJO ROE FOR THE COURIERThe worst damage …": two words, or one of
# four letters or more, "SUPPLIEDThe"; not "The USAThe"); the caption before it has no stop of its own, or ends on
# one glued to the credit ("… shown in 2023.CBS News ChicagoThe plant opened …": a station's news and its city).
_CREDIT_RUN_ON_HINT = LazyPattern(
    r"(?:[A-Z]{2}|Agency|Press|News|Media|Images|Photos|Pictures|[.!?][A-Z][^.!?]{3,40}?[a-z])"
    r"(?=The\s|He\s|She\s|It\s|One\s|In\s)"
)
_CREDIT_RUN_ON = LazyPattern(
    r"^(?=[A-Z\"“‘])[^.!?]{0,250}?(?:(?<=[a-z0-9])[.!?])?"
    r"(?:\b[A-Z][\w'’-]* (?:[A-Z][\w'’-]* )?(?:[Ff]or|FOR) (?:[Tt]he |THE )?[A-Z][\w'’&-]*"
    # (one word in capitals glued onto the caption's last word or figure too: "… since 2021PIXFOTOOne of …")
    r"(?: [A-Z][\w'’&-]*){0,3}?|\b[A-Z][A-Z'’&-]+(?: [A-Z][A-Z'’&-]+)+|(?:\b|(?<=[a-z0-9]))[A-Z]{4,}"
    r"|\b(?:[A-Z][\w'’&-]* ){1,3}(?:Agency|Press|News|Media|Images|Photos|Pictures)(?: [A-Z][a-z]+)?)"
    r"(?=(?:The|He|She|It|They|We|His|Her|Their|Its|One|In)\s)"
)


def _drop_unlabelled_credit(line: str) -> str:
    """The line without a caption and its unlabelled credit run into the story's next sentence
    (``_CREDIT_RUN_ON``): what follows must be a finished sentence of a story's length."""
    match = _CREDIT_RUN_ON.match(line)
    if not match or len(match.group().split()) > MAX_CAPTION_LINE_WORDS + MAX_CREDIT_WORDS:
        return line
    rest = line[match.end() :]
    return rest if len(rest.split()) >= MIN_STORY_WORDS and finished(rest) else line


# A picture's credit after a sentence that reports someone's words: "… this year, the agency said. Photo: © X/Y".
_SOURCED_CAPTION = LazyPattern(
    r"[.!?]\s+Source:\s*[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}\s?/\s?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s*$"
)
_REPORTED_CREDIT = LazyPattern(rf"(?<=[.!?\"”’])\s*{_CREDIT_LABEL}\s*:\s*[^.!?]{{1,60}}$")  # (glued: "said.PICTURE:")


def _drop_glued_credit(line: str) -> str:
    """The line without a caption and its credit glued onto the story (``_GLUED_CREDITS``): a caption's length, and
    the story's finished sentence after it."""
    for pattern in _GLUED_CREDITS:
        match = pattern.match(line)
        if match and len(match.group().split()) <= MAX_RUN_CAPTION_WORDS:
            rest = line[match.end() :]
            return rest if len(rest.split()) >= MIN_STORY_WORDS and finished(rest) else line
    return line


def _reported_before_credit(line: str) -> bool:
    """Whether the sentence before a credit at the line's end reports someone's words: the story's, not a caption.
    A caption of one sentence reports in the present ("Members say they were never told about the fee. Picture:
    X"), as a story reports in the past or in quotes."""
    credit = _REPORTED_CREDIT.search(line)
    before = line[: credit.start()] if credit else ""
    glued = [glue.start() for glue in _GLUED_STOP.finditer(before)]
    before = before[glued[-1] :] if glued else before  # (a caption glued onto the story's sentence is the one before)
    if len(before.split()) < MIN_STORY_WORDS or not _REPORTS.search(before):
        return False
    return reports_as_story(before) or _SECOND_SENTENCE.search(before) is not None


# A picture's credit opening a line, its last word glued onto the story's first: "Courtesy of Varden MutualWhen Ruth
# Alcott told the board …".
_OPENING_GLUED_CREDIT = LazyPattern(
    r"^(?:Courtesy(?: of)?|(?:Photo|Picture|Image)s?(?: courtesy of| by)?:?|Credit:)\s+"
    r"(?:[A-Z][\w'’&.-]*\s+(?:(?:of|the|and|for)\s+)?){0,4}[A-Z][\w'’&-]*?[a-z](?=[A-Z][a-z'’]*\s)"
)  # (the story's first word may be "A": "Picture: Jo RoeA detailed design is due …")


def agency_alone(line: str) -> bool:
    """A picture agency's or a stock library's name alone on a line: the credit under a caption ("Dreamstime")."""
    return _AGENCY_ALONE.fullmatch(line.strip()) is not None


_AGENCY_ALONE = LazyPattern(
    r"Getty Images|Dreamstime|iStock(?:photo)?|Alamy(?: Stock Photo)?|Shutterstock|Unsplash|Pexels|AP Photo|AFP|Reuters"
)


def paper_credit(line: str) -> bool:
    """A name and a paper alone on a line, after a comma: "Jo Roe, The Detroit News" (a photographer's or writer's)."""
    return ", " in line and _NAME_AND_PAPER.fullmatch(line.strip()) is not None


def opening_glued_credit(line: str) -> int:
    """Where the story starts after a picture's credit glued onto it at the line's start (0 when there is none)."""
    match = _OPENING_GLUED_CREDIT.match(line) if line[:1] in "CPI" else None
    return match.end() if match else 0


def _says_as_caption(text: str) -> bool:
    """Whether ``text``, one sentence over a picture's credit, reports in the present as a caption does ("Jo Roe
    says the rise will add £210,000 to the firm's costs."), not in the past as the story's sentence does."""
    return _SAYS.search(text) is not None and not reports_as_story(text)


_SAYS = LazyPattern(r"\b(?:says|say)\b")


def reports_as_story(text: str) -> bool:
    """Whether ``text`` reports someone's words as a story does, in the past or in quotes; a caption reports in the
    present ("Farmers say they will be hit hardest"), and being told of a thing reports no one ("were never told")."""
    return _REPORTED_IN_PAST.search(_TOLD_PASSIVE.sub("", text)) is not None


_REPORTED_IN_PAST = LazyPattern(r"[\"“”]|\b(?:said|told|added|according)\b")
_SECOND_SENTENCE = LazyPattern(r"[.!?]\s+[\"“A-Z]")
_TOLD_PASSIVE = LazyPattern(r"\b(?:was|were|been|being|is|are)\s+(?:never\s+|not\s+)?told\b")  # (told of, not telling)


# A link's note on where it opens, inside a sentence: "Rival Acme (ACME.N), opens new tab, which reports ...".
_NEW_TAB = LazyPattern(r",? \(?opens (?:in a |in )?new (?:tab|window)\)?(?=\W)")


# A caption dated as pictures are, its photographer's name glued to its stop and to the story's next sentence, no
# space either side, as a copied page runs them together: "Floodwaters cover Main Street on Tuesday, June 18,
# 2024.Jo RoeFire Chief Al Lee said …"; the name may be followed by its outlet or address after a comma or a bar
# ("… 2025. Jo Roe, Kelby Free Press", "… 2025.Jo Roe | NJ Advance Media for NJ.comThe hospital …").
_DATED_CAPTION_GLUED = LazyPattern(
    r"^[A-Z][^.!?]{10,200}?\b(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4})\.(?P<space>\s?)"
    r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}"
    r"(?P<outlet>(?:, | \| )(?:[\w.-]+@[\w-]+\.[\w.]*?[a-z]|[A-Z][\w.'’&-]*?(?: (?:[A-Z][\w.'’&-]*?|for|of|the))*?))?"
    r"(?=[A-Z][a-z]|$)"
)


# A caption of a sentence or a few opening its line, its credit in brackets glued onto its stop and onto the story's
# next sentence: "A rendering of the arena. It would also host concerts.(Courtesy of Kelby Architects)The council …";
# after a space, with the photographer's handle: "… ages. (Jo Roe/Kelby Review-Journal) @joroephotoSouthern Nevada …".
_BRACKET_GLUED_CAPTION = LazyPattern(
    rf"(?P<caption>(?=[A-Z])[^()]{{10,250}}?[.!?])\s?(?:{_BRACKET}|\((?i:courtesy)(?: (?i:of))? (?:the )?{_NAME}\))"
    r"(?: @\w+)?(?=[\"“]?[A-Z])"
)
MAX_CAPTION_SENTENCES = 3


def _drop_bracket_glued_caption(line: str) -> str:
    """The line without a caption glued before the story by its bracketed credit (``_BRACKET_GLUED_CAPTION``): a
    caption's length, a few sentences at most, reporting no one's words."""
    glued = _BRACKET_GLUED_CAPTION.match(line) if ")" in line[:400] else None
    if not glued:
        return line
    caption = glued.group("caption")
    sentences = len(re.findall(r"[.!?](?:\s|$)", caption + " "))
    if len(caption.split()) > MAX_CAPTION_WORDS or sentences > MAX_CAPTION_SENTENCES or _REPORTS.search(caption):
        return line
    return line[glued.end() :]


# A caption of someone shown speaking, no verb of its own, glued onto the story's next sentence: "Ama Roe, a trader
# at Kelby, speaking to the Daily GraphicThe Assemblyman for the area said …".
_SPEAKING_CAPTION_GLUED = LazyPattern(
    r"^[A-Z][^.!?\"“”]{5,200}?, (?:speaking|talking|addressing|briefing)\b[^.!?\"“”]{0,80}?[a-z]"
    r"(?=(?:The|A|An|He|She|It|They|We|His|Her|Its|Their|In|On|At|But|Mr|Mrs|Ms|Dr) [\w\"“])"
)


def _drop_speaking_caption(line: str) -> str:
    """The line without a caption of someone speaking glued before the story (``_SPEAKING_CAPTION_GLUED``): a
    caption's length, telling nothing before its participle."""
    glued = _SPEAKING_CAPTION_GLUED.match(line) if ", " in line[:200] else None
    if not glued or len(glued.group().split()) > MAX_CAPTION_LINE_WORDS or TOLD.search(glued.group()):
        return line
    return line[glued.end() :]


def _drop_dated_caption(line: str) -> str:
    """The line without a dated caption and its credit glued before the story's sentence (``_DATED_CAPTION_GLUED``),
    or the whole line when it is such a caption and a credit that names its outlet or address."""
    glued = _DATED_CAPTION_GLUED.match(line) if "." in line[:260] else None
    if glued and glued.end() == len(line):
        return "" if glued.group("outlet") else line
    if glued and glued.group("space") and not glued.group("outlet"):
        return line  # ("… on June 18, 2024. Jo Roe" and the story glued on: no sign of a credit)
    rest = line[glued.end() :] if glued else ""
    return rest if len(rest.split()) >= MIN_CREDITED_WORDS and finished(rest) else line


# A caption glued by its stop between two sentences of the story, its credit glued onto the next: "… for winter
# practice.The old warehouse sits empty on Monday.(Jo Roe | Kelby.com)Ann Vey said …", "… in the fall.The van has served
# schools since 2021. Credit: Jo Roe/Kelby TodayMost of them …", "… at that corner.Residents fill the gym.Jo Roe,
# Kelby Daily StarThe shrine …".
_INNER_CAPTION = LazyPattern(
    r"(?<=[a-z0-9%)][.!?])(?P<caption>[A-Z][^\"“”]{10,250}?[.!?])\s?"
    r"(?P<credit>\([^()]{2,60}\)"
    r"|(?:Credit|Picture|Photo|Image|Photograph)s?:\s?[A-Z][^.!?:]{1,60}?"
    r"|[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}, (?:The )?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,4}?)"
    r"(?<=[a-z)])(?=[A-Z\"“])"
)


# ... or opening the line, unfinished, its labelled credit in brackets glued onto the story's sentence: "Tallow's app
# is used by 41,000 customers, most of them builders (Photo: Tallow/handout)Tallow was last valued at £210m …".
_OPENING_BRACKET_CAPTION = LazyPattern(
    r"^(?P<caption>[A-Z][^.!?\"“”()]{10,200}?)\s?\((?:Photo|Image|Picture|Credit)s?: [^()]{1,60}\)(?=[A-Z\"“])"
)


def _drop_inner_caption(line: str) -> str:
    """The line without a caption and its credit glued between two sentences of the story (``_INNER_CAPTION``), or
    opening the line (``_OPENING_BRACKET_CAPTION``): the caption a caption's length, reporting no one's words, its
    credit a credit; the sentences either side kept."""
    opening = _OPENING_BRACKET_CAPTION.match(line)
    if opening and not _REPORTS.search(opening["caption"]) and len(line[opening.end() :].split()) >= MIN_STORY_WORDS:
        return line[opening.end() :]
    for match in _INNER_CAPTION.finditer(line):
        caption, credit = match["caption"], match["credit"]
        if len(caption.split()) > MAX_CAPTION_LINE_WORDS or _REPORTS.search(caption):
            continue
        if credit.startswith("(") and not _BRACKET_CREDIT.fullmatch(credit) and "|" not in credit:
            continue  # (a bracket that credits no one: "(pictured)", "(the council)")
        return line[: match.start()] + " " + line[match.end() :]
    return line


# A caption's note of who is pictured, glued onto its credit: "… on Saturday night (pictured at last year's
# festival)Picture: Jo Roe/Agency": the caption and credit then go as one (``_OPENING_GLUED_CREDIT`` and the rest).
_PICTURED_BEFORE_CREDIT = LazyPattern(r"\s*\(pictured[^()]{0,80}\)(?=(?:Picture|Photo|Image|Credit)s?:)")


# A picture's text that repeats the story's opening words, glued onto them: "Stallholders at the Kelby market
# hallStallholders at the Kelby market hall have voted …" (a picture's alt text, copied with the page); or a
# caption printed twice in a row ("Dock workers at the yard. [File photo]Dock workers at the yard. [File photo]…"):
# the first copy goes.
MIN_ECHO_CHARACTERS = 15
_ECHOED_OPENING = LazyPattern(
    r"^(?P<alt>[A-Z][^.!?\"“”]{14,150}?)(?<=[a-z0-9])(?=(?P=alt)\b)"
    r"|^(?P<twice>[A-Z\[][^\"“”]{24,250}?[.!?\]])\s?(?=(?P=twice))"
)
# A caption with its credit in square brackets at its end, touching the story's first word: "Nurses outside Kelby
# General on Friday [Pic: Kelby branch]NURSES in Kelby have voted …".
_SQUARE_GLUED_CAPTION = LazyPattern(
    r"^(?=[A-Z])[^.!?\"“”\[\]]{10,200}?\s?\[(?:Pic|Picture|Photo|Image)s?:\s?[^\[\]]{1,60}\](?=[A-Z\"“])"
    # ... or a sentence's caption over a tag for a picture from the files: "Dockers at the yard. [File photo]Dockers …"
    r"|^(?=[A-Z])[^.!?\"“”\[\]]{10,200}[.!?]\s?\[(?:File |Archive )?(?:[Pp]hoto|[Ii]mage|[Pp]icture)\](?=[A-Z\"“])"
)


def strip_inline(line: str) -> str:
    """The line without furniture glued inside it: "(pictured)", share widgets, timestamps,
    reader promos and a caption label before a full sentence."""
    if len(line) > MIN_ECHO_CHARACTERS * 2 and line[:MIN_ECHO_CHARACTERS] in line[MIN_ECHO_CHARACTERS:300]:
        line = _ECHOED_OPENING.sub("", line, count=1)
    if "]" in line[:260]:
        line = _SQUARE_GLUED_CAPTION.sub("", line, count=1)
    if _GLUED_STOP_HINT.search(line) or ")" in line[:260]:
        line = _drop_inner_caption(line)
    if "(pictured" in line:
        line = _PICTURED_BEFORE_CREDIT.sub("", line)
    if "new tab" in line or "new window" in line:
        line = _NEW_TAB.sub("", line)  # a link's note: "Rival Acme (ACME.N), opens new tab, fell 1.2%."
    line = _drop_credited_caption(
        _drop_slashed_credit_run(
            _drop_caption_run(
                _drop_named_credit(
                    _drop_bracket_glued_caption(
                        _drop_dated_caption(_drop_speaking_caption(line[opening_credit(line) :]))
                    )
                )
            )
        )
    )
    if _NOTE_HINT.search(line):
        line = _NOTE_MARK.sub("", line)  # (a note's number: "… by car.1 The average …")
    if "[" in line:
        line = _BRACKET_NOTE.sub("", line)  # "… at high doses.[1] The label …"
    if line.endswith(")") and len(line.split()) >= MIN_STORY_WORDS:
        line = _GLUED_SOURCE_NOTE.sub("", line)
    if ")" in line[:200]:
        line = _AGENCY_CAPTION.sub("", line, count=1)  # "… eastern Seoul (Yonhap)The operator posted …"
    if ": " in line[:260]:
        line = _CAPTION_ON_DATELINE.sub("", line, count=1)
    if _has(line[:320], _GLUED_CREDIT_MARKS):
        line = _drop_glued_credit(line)
    if line[:1] in "AUE" and _UPDATE_LABEL.match(line):
        line = _UPDATE_LABEL.sub("", line)  # "ADDED 11:05 AM:The association said …": a post's update stamp
    if "Add to " in line and len(line.split()) <= MAX_LABEL_WORDS:
        line = _SAVE_BUTTON.sub("", line)
    lower = line.lower()
    if _has(lower, _INLINE_HINTS):
        line = _INLINE.sub("", line)
    if _staff_hint(line):
        line = _INLINE_NOTE.sub("", line)
    if _has(line, _WIDGET_HINTS):
        line = _INLINE_WIDGET.sub(lambda m: m.group(2) or m.group(3) or "", line)
    if ": " in line or "| " in line:
        line = _INLINE_LABEL_CREDIT.sub(" ", _INLINE_LINK.sub(" ", line)).rstrip()
    if "/" in line:
        line = _LEAD_CREDIT.sub("", _INLINE_CREDIT.sub("", line))
    line = _uncaption(_drop_story_credits(line))
    if _has(line, _GLUED_CREDIT_HINTS):
        line = _GLUED_CREDIT.sub("", line)
    if _has(lower, _STAMP_HINTS):
        line = _STAMPED.sub("", line)
    if _has(lower, _PROMO_HINTS) or _has(lower, _PITCH_HINTS):
        line = _unpromo(line)
    if ": " in line and _reported_before_credit(line):
        line = _REPORTED_CREDIT.sub("", line)
    if line[:1].isdigit():
        line = _CLOCK_LEAD.sub("", line)
    elif _GLUED_STOP_HINT.search(line) and (_GLUED_STOP.search(line) or _STOP_GLUED_CAPTION.match(line)):
        line = _drop_stop_glued(line)
    if "opyright" in line or "©" in line:
        line = _COPYRIGHT_TAIL.sub("", line)
    if ": " in line:
        line = _LABELLED_CAPTION_TAIL.sub("", line)
    if _CREDIT_RUN_ON_HINT.search(line):
        line = _drop_unlabelled_credit(line)
    if "/" in line or " | " in line:
        line = _drop_slash_glued_caption(line)
    label = caption_label(line)
    if label and finished(line):
        line = line[len(label) + 1 :]
        glue = _GLUE.search(line)
        if glue:  # the caption ran into the sentence after it: "… car parkThe trust said …"
            line = line[glue.end() :]
    elif "pictured" in line:
        at = line.find("pictured")
        glue = _GLUE.search(line, at) or _PLACE_GLUE.search(line, at)
        caption = re.sub(r", \d{1,3},", "", line[: glue.start()]) if glue else ""  # "Jo Roe, 82, pictured …"
        if glue and "pictured" in caption and not re.search(r"[.!?,;]", caption):
            line = line[glue.end() :]  # "Jo Roe pictured at her home in LeedsThe couple said …"
    return " ".join(line.split())
