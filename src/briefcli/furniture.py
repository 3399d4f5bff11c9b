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

from .extract.lexicon import HONORIFICS

# Photo agencies and credit words that end a caption credit ("Jane Doe/AFP/Getty Images").
_AGENCY = (
    r"(?:Getty(?: Images)?|AFP|Reuters|AP(?: Photo)?|PA(?: Wire| Images| Media)?|EPA(?:-EFE)?|Shutterstock|"
    r"Alamy(?: Stock Photo)?|Rex(?: Features)?|REX|Corbis|Bloomberg|Xinhua|Anadolu(?: Agency)?|SWNS|"
    r"Splash News|Backgrid|Instagram|Twitter|Facebook|YouTube|Handout|Supplied|File)"
)
_CREDIT = re.compile(rf"(?:^|\s)(?:[\w.'’ -]{{1,40}}/)+\s?{_AGENCY}\b|\b(?:Getty Images|Shutterstock)\b", re.UNICODE)
# A tabloid caption label: one to three words and a colon before a capitalised sentence
# ("Murdered: At least two ...", "On the scene: Police ...").
_LABEL = re.compile(r"^(?P<label>[A-Z][a-z’'-]+(?: [a-z’'-]+){0,2}):\s+(?=[\"“‘'A-Z0-9])")
# A timestamp as pages print one: "10:32 EST, 24 March 2021", "Wed 24 Mar 2021 10.32 GMT",
# "March 24, 2021 at 9:05 a.m.", "2021-03-24T10:32".
_CLOCK = r"\d{1,2}[:.]\d{2}\s?(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4}\b)?"
_DAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
_STAMP = (
    rf"(?:(?:{_CLOCK},?\s*)?{_DAY}(?:\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    rf",?\s+\d{{4}}(?:,?\s*(?:at\s+)?{_CLOCK})?"
    r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?"
    rf"|{_CLOCK}(?:,?\s*{_DAY}\d{{1,2}}\s+[A-Z][a-z]+)?)"
)
_STAMPED = re.compile(
    rf"(?:^|\s*\|\s*|\s+)(?:published|updated|posted|modified|last (?:updated|modified)|first published|date)"
    rf"(?:\s*:\s*|\s+(?:at|on)\s+|\s+)(?:{_STAMP})",
    re.IGNORECASE,
)
# Whole lines that are furniture. Each is anchored on both ends or asks for a phrase no
# article sentence uses ("Scroll down for video"); lines of furniture are short.
_LINE = re.compile(
    r"^(?:"
    r"(?:read|see|watch|click here for|find out) more\b.*|click here\b.*"
    r"|more (?:news|stories|on this story|from \w+)\s*:.*"
    r"|(?:related|recommended|trending|popular|top stories|latest|see also|also read|read next|"
    r"editor'?s picks?|you may also like|most (?:read|watched|popular|shared)(?: videos?| stories| news)?)"
    r"(?: (?:topics|articles|stories|content|coverage|links|news|videos?))?\s*(?::.*)?"
    r"|(?:image|media|video|photo) (?:caption|copyright|source)\b.*|media playback is unsupported\b.*"
    r"|(?:additional )?(?:reporting|writing|editing)(?: by\b.*)|\d+ min(?:ute)?s? read"
    r"|(?:sign in|log in|subscribe(?: now)?|register|skip to (?:main )?content|back to top|loading\W*)"
    r"|(?:view|show|hide|read|see) (?:all )?(?:\d+ )?comments?|tags?\s*:.*|follow @\w+.*"
    r"|(?:do you have a story|we pay for your stories|email us at|got a story)\b.*"
    r"|.*\b(?:see|read) our privacy (?:notice|policy)\b.*"
    r"|share (?:on|via|with) \w+.*"
    r"|scroll down for (?:video|more|comments)\b.*"
    r"|(?:story|article) continue[sd]? below.*|continue reading(?: below| the main story)?.*"
    r"|advertisement\b.{0,40}|sponsored(?: content)?"
    r"|please (?:enter|provide) your [\w ]{2,30}[!.]?(?: here)?"
    r"|you have entered an incorrect [\w ]{2,30}[!.]?"
    r"|(?:[A-Z]\s+){2,}[+-]?|[•·|]\s*(?:share|tweet|email|print|comment|comments|save|copy link)\b.*"
    r"|share (?:this|the) (?:article|story|page)|.*\bcontributed (?:to )?(?:this|the) (?:report|story)\.?"
    r"|(?:share|tweet|email|print|save|comments?)(?:\s*[•·|/]\s*(?:share|tweet|email|print|save|comments?))*"
    r"|(?:image|photo(?:graph)?|picture|video|credit|source|composite)s?\s*(?:copyright|credit|caption)?\s*[:©].*"
    r"|©.*|copyright\s*(?:©\s*)?\d{4}.*|.*\ball rights reserved\b.*"
    r")$",
    re.IGNORECASE,
)
MAX_FURNITURE_WORDS = 25
MAX_CAPTION_WORDS = 40
# Promos addressed to the reader, wherever they sit in a line.
_PROMO = re.compile(
    r"(?:^|(?<=[.!?”\"]\s))[^.!?]{0,80}?\b(?:"
    r"(?:delivered|sent|straight|directly|direct) (?:\w+ )?to your inbox"
    r"|sign up (?:to|for|now|here|today)\b|subscribe (?:to|now|today|here)\b"
    r"|(?:sign up|subscribe|register|get|receive|join)\b[^.!?]{0,60}\bnewsletters?\b"
    r"|download (?:our|the \w+) app|follow us on|join us on|like us on|get the [\w ]{1,30} app\b"
    r"|(?:stories|news|updates|alerts) (?:straight |direct )?(?:by|to your) email"
    r")[^.!?]*(?:[.!?]+|$)",
    re.IGNORECASE,
)
# Furniture glued inside a line.
_INLINE = re.compile(
    r"\s*\((?:pictured|pictured [^()]{1,60}|left|right|centre|center|above|below|top|bottom|inset|"
    r"file(?: photo| picture| image)?|stock image|library image)\)"
    r"|\s*(?:•\s*)?\b(?:Scroll down for (?:video|more)|Article continued below|Story continues below(?: advertisement)?"
    r"|Continue reading below|Most watched videos|Please enter your comment!?|Please enter your name here)\b[.!]?"
    r"|\s*\b(?:A\s){2,}A?\s?\+"
    r"|\s*•\s*(?:Share|Tweet|Email|Print|Comments?)\b",
)
# "By Jane Doe", "By JANE DOE and JOHN ROE For The Daily Example", "By Jane Doe, Political Editor".
_BYLINE = re.compile(
    r"^By\s+(?P<name>(?:[A-Z][\w.'’-]+)(?:\s+(?!(?:FOR|For|IN|In)\b)(?:[A-Z][\w.'’-]+|van|de|von|al|and|&)){0,6})"
    r"(?:\s*(?:,|\b(?i:for|in)\b|\|)\s*[^.!?]{0,60})?$",
    re.UNICODE,
)
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")


def byline(line: str) -> str | None:
    """The name(s) of a "By NAME" line, or None when the line is not a byline."""
    match = _BYLINE.match(line.strip())
    if not match or len(line.split()) > 16:
        return None
    return match.group("name")


def caption_label(line: str) -> str | None:
    """The label of a caption that opens with one ("Murdered", "On the scene"), or None.
    A label is never a speaker: "Mr Smith: We ..." in a transcript stays."""
    match = _LABEL.match(line)
    if not match:
        return None
    label = match.group("label")
    if label.split()[0] in HONORIFICS or label.split()[-1] in ("said", "says", "added", "wrote", "asked"):
        return None
    return label


# Words one of the patterns needs: a line without any of them skips that pattern, so long
# articles are not slowed down by furniture they do not have.
_STAMP_HINTS = ("publish", "updat", "posted", "modified", "date")
_PROMO_HINTS = (
    "inbox",
    "sign up",
    "subscribe",
    "newsletter",
    "download",
    "follow us",
    "join us",
    "like us",
    "email",
    " app",
)
_INLINE_HINTS = ("(", "•", "scroll down", "continue", "most watched", "please enter", "a a")
_CREDIT_HINTS = ("/", "getty", "shutterstock")


def _has(lower: str, hints: tuple[str, ...]) -> bool:
    return any(hint in lower for hint in hints)


def is_furniture(line: str) -> bool:
    """A line that is page furniture from end to end (a caption, credit, promo, widget,
    timestamp or byline) and holds no sentence of the article."""
    line = line.strip().strip("•·|>*- ").strip()
    if not line:
        return True
    lower = line.lower()
    words = len(line.split())
    if byline(line) or (_has(lower, _STAMP_HINTS) and not _STAMPED.sub("", line).strip(" |")):
        return True
    if words <= MAX_FURNITURE_WORDS and _LINE.match(line):
        return True
    if words <= MAX_CAPTION_WORDS and _has(lower, _CREDIT_HINTS) and _CREDIT.search(line):
        return True  # a caption with its credit: never a sentence of the article
    if caption_label(line) and not _TERMINAL.search(line):
        return True  # "Murdered: At least two ... on Tuesday" (no full stop: a caption)
    return _has(lower, _PROMO_HINTS) and not _PROMO.sub("", line).strip()


def strip_inline(line: str) -> str:
    """The line without furniture glued inside it: "(pictured)", share widgets, timestamps,
    reader promos and a caption label before a full sentence."""
    lower = line.lower()
    if _has(lower, _INLINE_HINTS):
        line = _INLINE.sub("", line)
    if _has(lower, _STAMP_HINTS):
        line = _STAMPED.sub("", line)
    if _has(lower, _PROMO_HINTS):
        line = _PROMO.sub("", line)
    label = caption_label(line)
    if label and _TERMINAL.search(line):
        line = line[len(label) + 1 :]
    return " ".join(line.split())
