"""Turn raw article text into a clean ``Article``.

Removes what must never reach a brief or a terminal (escape sequences,
control, bidi and zero-width characters) and the noise of scraped pages (photo captions,
"Share" buttons glued to sentences), and keeps the structure a reader relies
on: the title, subheadings, paragraphs, and attribution lines that follow
block quotes ("Mark Rutte Secretary General of NATO").
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

from . import furniture, print_page, transcript, wrapping
from .dates import printed_date
from .endings import finished
from .extract import lexicon
from .model import Article
from .patterns import LazyPattern
from .safe_text import sanitize

# A sentence's end inside a line, not an abbreviation's stop before a name or a number: "No. 14 Iowa State",
# "Dr. Jo Lee", "J. K. Rowling", "St. Anne's".
_SENTENCE_BREAK = LazyPattern(
    # (a look-behind takes words of one length: grouped by theirs; titles before a name: "Sen. Okafor-Bell")
    r"(?<!\b[A-Z])(?<!\b(?:No|Mr|Ms|Dr|St|vs|Jr|Sr|Lt))(?<!\b(?:Nos|Mrs|Sen|Rep|Gov|Gen|Col|Sgt|Rev|Det|Pfc|Cpl|Maj))"
    r"(?<!\b(?:Capt|Coun|Cllr|Prof|Supt|Insp))"
    r"(?:[.!?…][\"'”’)\]]*\s+[\"“‘']?[A-Z]|(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?<!\bSept)"
    r"[.!?…][\"'”’)\]]*\s+[\"“‘']?[0-9])"  # (a month's short form before its day: "on Feb. 26")
)
# "WASHINGTON (Reuters) - ", "LONDON, Nov 20 (AP) — ", "KYIV — ", "OSLO/SYDNEY, Nov 27 (Reuters) - ": a wire dateline.
_DATELINE = LazyPattern(
    r"^(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+(?:[ /][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+){0,3})?"  # "OSLO/SYDNEY", "MEDELLÍN"
    r"(?P<date>, [^()\n]{1,40}?)?"  # ", Nov 20"
    r"\s*(?P<agency>\([A-Za-z][\w .&-]{0,30}\))?"  # "(Reuters)"
    r"\s*[-–—]{1,2}(?:\s+(?=\S)|(?=[\"“A-Z][a-z]))"  # (or run into the story: "ST ANN'S BAY, St Ann —Residents")
)
_LAST_TERMINAL = LazyPattern(r"[.!?…][\"'”’)\]]*(?=\s+\S[^.!?…]*$)")
_CAPTION = LazyPattern(
    r"\((?:photos?|images?|pictures?|photograph|credit|source|video)\s*:"
    r"|^(?:photos?|images?|pictures?|photograph|video|watch|listen)\s*:"
    r"|(?:getty images|/ ?reuters|/ ?afp|/ ?ap photo|shutterstock)\s*\)?$",
    re.IGNORECASE,
)
_SOCIAL = {
    "share",
    "tweet",
    "email",
    "print",
    "comment",
    "comments",
    "save",
    "copy link",
    "share this",
    "share this article",
    "read more",
    "advertisement",
    "like",
    "follow",
}
_CONNECTORS = {"of", "the", "for", "and", "de", "von", "van", "at", "to", "in", "on", "a", "an"}
MAX_HEADING_WORDS = 20


def is_heading(line: str) -> bool:
    """A short line with no sentence-final punctuation anywhere: a title or subheading."""
    line = line.strip()
    return (
        bool(line)
        and (not finished(line) or _PLACED_END.search(line) is not None)
        and not _SENTENCE_BREAK.search(_INNER_STATE.sub(_unstopped, line) if "." in line else line)
        and not line.rstrip("\"”’'").endswith((":", ",", ";"))  # (nor a quote broken off: '"We lost,"')
        and len(line.split()) <= MAX_HEADING_WORDS
    )


# A headline's dateline place, its state or province abbreviated, ends in a stop that ends no sentence: "Flash
# flooding swamps dozens of homes in Carrow Lake, Alta."
_STATES = "|".join(map(re.escape, sorted(lexicon.STATE_ABBREVIATIONS)))
_PLACED_END = LazyPattern(r", (?:" + _STATES + r")$")
# ... and inside a heading, before its next word: "North Calif. Sports", a menu's item.
_INNER_STATE = LazyPattern(r"\b(?:" + _STATES + r")(?= [A-Z])")


def _unstopped(match: re.Match) -> str:
    return match.group().rstrip(".")


def is_caption(line: str) -> bool:
    return bool(_CAPTION.search(line.strip()))


def looks_like_attribution(fragment: str) -> bool:
    """A name with an optional title, as printed under a block quote."""
    tokens = fragment.split()
    if not 2 <= len(tokens) <= 12 or not tokens[0][:1].isupper() or not tokens[1][:1].isupper():
        return False
    return all(t[:1].isupper() or t.lower() in _CONNECTORS for t in tokens)


# "Port Calder, Oregon (CNX) — ": a place in ordinary case, then the agency in brackets.
# "Washington CNN — ": a place in ordinary case, then the outlet in capitals without brackets.
_AGENCY_DATELINE = re.compile(
    r"^(?!(?:The|A|An|This|That|Its|His|Her|Our|Their)\b)"
    r"[A-Z][\w'’.\-]+(?:,? [A-Z][\w'’.\-]+){0,4}\s*(?:\([A-Z][\w .&-]{0,30}\)|(?<=[a-z.])\s[A-Z]{2,6})"
    r"\s*[-–—]{1,2}\s+(?=[\"“‘'A-Z0-9])"
)
MIN_PLACE_LETTERS = 7
# A state agency's dateline, the agency's name between slashes: "MOSCOW, March 3. /TASS/. The region will …".
_SLASHED_AGENCY_DATELINE = LazyPattern(
    r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]{1,40}, [A-Z][a-z]{2,8}\.? \d{1,2}\. /[A-Z][\w .&-]{1,30}/\.?\s+(?=[\"“‘A-Z0-9])"
)
# A dateline in capitals closed by a stop, as some sites print it: "ORTALY. The Tuzbulak regional administration …".
_STOP_DATELINE = LazyPattern(r"^([A-Z]{3,}(?:[ -][A-Z]{3,})?)\.\s+(?=(?:The|A|An|[A-Z][a-z]+)\s)")
MAX_DATELINE_PARAGRAPH = 3
MAX_STANDFIRST_POINTS = 5
# A site's sign-off run onto the story's last sentence: "… a lot at the new site. – Rappler.com", its initials
# ('… should not have to." DM'), never a time's zone ("5:12 p.m. ET"), or its name in brackets ('… on our waitlist."
# [Tyee]'; an agency's in capitals, "[YONHAP]", credits a caption).
_SIGN_OFF = LazyPattern(
    r"(?<=[.!?\"”’])\s+(?:[–—-]\s*[A-Z][\w-]*(?:\.[a-z]{2,3}){1,2}"
    r"|(?<![ap]\.m\.)(?<![AP]\.M\.)(?!(?:[ECMP][SD]?T|GMT|BST|UTC|IST|CES?T|AE[SD]T|SAST|WAT|EAT|HKT|SGT|JST|KST)$)"
    r"[A-Z]{2,3}"
    r"|\[[A-Z][a-z][\w.]{0,20}\])$"
)
MIN_STORY_LINES_ABOVE_COMMENTS = 3  # a comment section's notice opens it below the story, never above
_BARE_LIST_HEAD = LazyPattern(
    r"\s*(?:(?:Trending|Popular)(?: [Nn]ow| [Tt]oday)?|Latest (?:[Ss]tories|[Nn]ews|[Hh]eadlines|[Aa]rticles))\s*:?\s*$"
)  # ("Latest Stories" may be a menu's item above the headline: a head of links only below the story)
_BARE_TOPICS = LazyPattern(r"\s*Topics\s*$")
# A point of a list: "- Mayor says tankers will be doubled.", "• Fares rise in May."
_BULLET_POINT = LazyPattern(r"^[-•*▪●]\s+\S")
_BULLET_GLYPH = LazyPattern(r"^[•▪●]\s+(?=\S)")
# Pictographs opening or closing a line, a messaging channel's markers ("🔴 Council approves …", "📸 Water tanks at …",
# "Horn Daily Wire 🔴"): no words.
_PICTOGRAPHS = LazyPattern(
    r"^\s*(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u25B6\u25BA\u23EF\u23F5]\s*)+"  # (and a player's ▶ button)
    r"|(?:\s*[\U0001F000-\U0001FAFF\u2600-\u27BF])+\s*$"
)
MIN_TITLE_WORDS = 4  # the nav labels above a headline are shorter
MAX_NAV_WORDS = 2
MAX_HEADLINE_WORDS = 45  # a tabloid's headline runs on past a heading's length
MIN_POINT_WORDS, MAX_POINT_WORDS = 6, 40  # a point of a summary above the story: a sentence's length


# "PUNE: ", "NEW DELHI: ": a place in capitals and a colon before a capitalised sentence (as Indian and
# Pakistani dailies print a dateline); a flag such as "BREAKING: " or "UPDATE: " goes the same way.
_COLON_DATELINE = LazyPattern(r"^[A-Z][A-Z'’.\-]{2,}(?: [A-Z][A-Z'’.\-]+){0,2}:\s*(?=[\"“‘A-Z])")  # "NAGPUR:The" too
# "Mumbai: The …": a place the gazetteer knows, in ordinary case, and a colon.
_PLACE_COLON = re.compile(r"^(?P<place>[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2}):\s+(?=[\"“‘A-Z])")


# "Marsabit, Kenya – ": a town in ordinary case, then a country, region or state the gazetteer knows, and a dash.
_PLACE_DATELINE = LazyPattern(
    r"^(?:[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,2}, )?(?P<where>[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,2})"
    r"\s+[-–—]{1,2}\s*(?=[\"“‘A-Z])"
)  # (also the known place alone: "Washington — The Senate …")
# "Law360 (October 14, 2024, 6:12 PM EDT) -- A judge …": the outlet and its date and time in brackets.
_OUTLET_DATED_DATELINE = LazyPattern(
    r"^[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3} \([A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}(?:, [^()]{1,25})?\)"
    r"\s*[-–—]{1,2}\s*(?=[\"“‘A-Z])"
)


# "BENGALURU, Mar 4 (PTI) The …", "New Delhi [India], March 4 (ANI): The …", "Canberra, March 4 (AAP) - The …",
# "Vale de Azinhal, 4 June (Lusa) - The …": a place (its particles in lower case), a date and the agency in brackets,
# with a dash, a colon or nothing after it.
_DATED_AGENCY_DATELINE = LazyPattern(
    r"^[A-Z][\w'’.\-]+(?: (?:(?:de|da|do|dos|das|del|di|du|la|le|el|al|sur|upon|am|an|der) ){0,2}[A-Z][\w'’.\-]+){0,2}"
    r"(?: \[[A-Z][\w ]{1,20}\])?, "
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:, \d{4})? \([A-Z][\w .&-]{1,20}\)"
    r"\s*(?:[-–—:]{1,2}\s*)?(?=[\"“‘A-Z])"
)
# "June 10 (Reuters) - The …": a date and the agency in brackets, no place.
_DATE_AGENCY_DATELINE = LazyPattern(
    r"^[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? \([A-Z][\w .&-]{1,30}\)\s*[-–—:]{1,2}\s*(?=[\"“‘A-Z])"
)
# "(ANSA) - ROME, MAY 20 - The …": an agency's service, the agency first, then the place and the date.
_AGENCY_FIRST_SOURCE = r"\([A-Z][\w .&-]{1,20}\)\s*[-–—]{1,2}\s*"
_AGENCY_FIRST = LazyPattern(_AGENCY_FIRST_SOURCE)
_AGENCY_FIRST_DATELINE = LazyPattern(
    rf"^{_AGENCY_FIRST_SOURCE}[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){{0,2}}, "
    r"(?:[A-Za-z]{3,9}\.? \d{1,2}|\d{1,2} [A-Za-z]{3,9})(?:, \d{4})?\s*[-–—]{1,2}\s*(?=[\"“‘A-Z])"
)
# "CNN — ", "AP — ": a network's or an agency's name alone before a dash, its brackets lost in the copy.
_OUTLET_DATELINE = LazyPattern(
    r"^(?:CNN|AP|AFP|UPI|Reuters|Xinhua|Kyodo|Yonhap|Bernama|ANSA|EFE|AAP|ANI|PTI|IANS|NBC News|CBS News|ABC News"
    r"|Fox News|Bloomberg)\s*[-–—]{1,2}\s*(?=[\"“A-Z][a-z])"
)
# "Cedar Falls, N.J. — ", "Pasadena, Calif. — ": a town in ordinary case, a state's or province's abbreviation, a dash.
_STATE_DATELINE = LazyPattern(
    r"^[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2}, (?!(?:Jr|Sr|St|Inc|Co|Corp|Ltd|Mr|Mrs|Ms|Dr)\.)"
    r"(?:[A-Z][a-z]{1,5}\.|[A-Z]\.[A-Z]\.)"
    r"\s*[-–—]{1,2}\s+(?=[\"“‘A-Z])"
)


# A press release's dateline: "BOSTON--(BUSINESS WIRE)--", "DENVER, March 3, 2026 /PRNewswire/ --".
_RELEASE_DATELINE = LazyPattern(
    r"^[A-Z][A-Za-z'’.]+(?:[ /][A-Z][A-Za-z'’.]+){0,3}(?:, [^()\n/]{1,40}?)?\s*"
    r"(?:[-–—]{1,2}\s*\([A-Z][\w .&-]{1,30}\)|/[A-Z][\w .&-]{1,30}/)\s*[-–—]{1,2}\s*(?=[\"“‘A-Z])"
)

# A government release's date, then its place, each before a dash: "October 2, 2024 — Saint-Aubert, Quebec — Rising …".
_DATE_PLACE_DATELINE = LazyPattern(
    r"^(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\s+[-–—]{1,2}\s+"
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?:, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})?\s+[-–—]{1,2}\s+(?=[\"“‘A-Z])"
)


def strip_dateline(paragraph: str) -> str:
    """The first paragraph without its wire dateline (``_without_dateline``), printed once or twice."""
    stripped = _without_dateline(paragraph)
    dateline = paragraph[: len(paragraph) - len(stripped)].strip()
    if dateline and stripped.startswith(dateline):  # "ANKENY HEIGHTS, Iowa — ANKENY HEIGHTS, Iowa — More …"
        return stripped[len(dateline) :].lstrip()
    return stripped


def _without_dateline(paragraph: str) -> str:
    """The first paragraph without its wire dateline. Without an agency or a date, the
    capitals must name a known place, or be a long word (not an acronym) before a dash and a
    capitalised sentence, so "NATO - the alliance - said" stays whole."""
    dated = (
        _DATED_AGENCY_DATELINE.match(paragraph)
        or _DATE_AGENCY_DATELINE.match(paragraph)
        or _STATE_DATELINE.match(paragraph)
        or _RELEASE_DATELINE.match(paragraph)
        or _OUTLET_DATED_DATELINE.match(paragraph)
        or _DATE_PLACE_DATELINE.match(paragraph)
        or (paragraph[:1] == "(" and _AGENCY_FIRST_DATELINE.match(paragraph))
        or _OUTLET_DATELINE.match(paragraph)
        or _SLASHED_AGENCY_DATELINE.match(paragraph)
    )
    if dated:
        return paragraph[dated.end() :]
    colon = _COLON_DATELINE.match(paragraph) or _PLACE_COLON.match(paragraph)
    if colon and colon.re is _PLACE_COLON:
        from .extract.lexicon import places

        if colon.group("place") not in places()["names"]:
            colon = None
    if colon and len(paragraph[colon.end() :].split()) >= 4:
        return paragraph[colon.end() :]
    place = _PLACE_DATELINE.match(paragraph)
    if place:
        from .extract.lexicon import places

        if place.group("where") in places()["names"]:
            return paragraph[place.end() :]
    stop = _STOP_DATELINE.match(paragraph)
    if stop and len(stop.group(1).replace(" ", "")) >= MIN_PLACE_LETTERS - 1:
        return paragraph[stop.end() :]  # a long place word in capitals and a stop: "ORTALY. The regional …"
    match = _DATELINE.match(paragraph) or _AGENCY_DATELINE.match(paragraph)
    if match and match.re is _AGENCY_DATELINE:
        return paragraph[match.end() :]
    if not match or not (match.group("place") or match.group("agency")):
        return paragraph
    if not (match.group("agency") or match.group("date")):
        from .extract.lexicon import places

        place = match.group("place")
        rest = paragraph[match.end() :]
        # (also before a plain hyphen: "LINDEN HOLLOW - The", "KELBYVILLE - The"; a short word's aside stays,
        # "NATO - the alliance - said")
        long_word = len(place.replace(" ", "")) >= MIN_PLACE_LETTERS and rest[:1].isupper()
        if place.title() not in places()["names"] and not long_word:
            return paragraph
    return paragraph[match.end() :]


# The places opening a dateline, before a comma, a bracket or a dash: "OSLO/SYDNEY", "Port Calder".
_DATELINE_PLACES = LazyPattern(r"[A-Z][\w'’.\-]*(?:[ /][A-Z][\w'’.\-]*)*?(?=\s*(?:,|\(|[-–—])|\s[A-Z]{2,6}\s*[-–—])")


def dateline_places(prefix: str) -> tuple[str, ...]:
    """The places a stripped dateline names, in ordinary case ("NEW YORK (AP) — " -> New York);
    none for a flag before a colon ("BREAKING: ")."""
    agency = _AGENCY_FIRST.match(prefix)
    match = _DATELINE_PLACES.match(prefix, agency.end() if agency else 0)
    if not match or prefix.rstrip().endswith(":"):
        return ()
    places = (p.rstrip("-–—") for p in match.group().split("/"))  # "BOSTON--(BUSINESS WIRE)--"
    return tuple(p.title() if p.isupper() else p for p in places)


def split_trailer(paragraph: str) -> tuple[str, str]:
    """Split a paragraph into its sentences and an unpunctuated trailing fragment."""
    match = _LAST_TERMINAL.search(paragraph)
    if not match:
        return paragraph, ""
    return paragraph[: match.end()], paragraph[match.end() :].strip()


_LIST_ITEM = LazyPattern(r"^(?:[-*•–▪●■◦]|\d{1,3}[.)])\s+\S")
_TABLE_ROW = LazyPattern(r"^\|.*\|$")
_TABLE_RULE = LazyPattern(r"^\|?[\s:|+-]+\|?$")


def _hard_wrapped(lines: list[str]) -> bool:
    """Lines broken inside sentences (a wrapped paragraph), not one paragraph per line as in
    a page saved as text: most lines but the last stop without a sentence's end."""
    inner = lines[:-1]
    if not inner:
        return False
    # A wrapped line fills the width: short unpunctuated lines (menus, labels) say nothing either way.
    longest = max(len(line) for line in lines)
    if len(lines) == 2 and len(lines[0].split()) <= MAX_MENU_LABEL_WORDS and len(lines[0]) * 4 < longest:
        return False  # a section's label over its headline ("Economy" / "Kelby to build …"), no wrapped sentence
    # (nor does a menu run on one line, every word capitalised: "Scottish News Football Sport TV & Showbiz Money")
    inner = [line for line in inner if (len(line) * 2 >= longest and not _menu_run(line)) or finished(line)] or inner
    unfinished = sum(not finished(line) for line in inner)

    # (of two lines, one finished: a headline over its standfirst as likely as a sentence ending at a line's end;
    # so is one unfinished line over one that opens with a capital, a headline over its standfirst, finished or not)
    over_standfirst = (len(inner) == 1 and is_heading(inner[0]) and lines[-1][:1].isupper()) and not (
        wrapping.DANGLING.search(inner[0]) or furniture.is_furniture(inner[0])
    )
    return unfinished * 2 >= len(inner) and not (len(inner) == 2 and unfinished == 1) and not over_standfirst


MIN_MENU_RUN_WORDS = 6


def _menu_run(line: str) -> bool:
    """Menu items run on one line: six words or more, each capitalised or a sign ("TV & Showbiz"), no word of a
    sentence in lower case."""
    words = line.split()
    return len(words) >= MIN_MENU_RUN_WORDS and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


# A caption ends with the day its picture was taken: "… near Port Calder, Oregon, on August 12, 2025."
_CAPTION_DATE = LazyPattern(r"\b(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4})\.?$")
MAX_LINK_TITLE_WORDS = 26  # (a magazine's two-part title: "A chain pays dishwashers $25 an hour. Its founder says …")
MAX_BOX_POINTS = 4
SHORT_LINE = 0.8
MAX_QUOTE_NAME_WORDS = 4
MIN_SPACED_LINES = 8
MIN_STORY_PARAGRAPHS = 3  # a comment count near the headline is above the story, not the head of its comments
SPACED_SHARE = 0.9


def _header_block(lines: list[str]) -> bool:
    """Whether a block holds a page's header, no promo wrapped over lines: a headline over its date or byline (a
    picture's caption ending the block may make it read as furniture whole)."""
    signs = [x for x in lines if furniture.byline(x) or furniture.stamp_only(x)]
    return bool(signs) and any(is_heading(x) and len(x.split()) >= MIN_TITLE_WORDS for x in lines if x not in signs)


MIN_ECHO_WORDS = 5
MAX_FIGURE_LINES = 3  # a picture's caption, its credit, a tag


def _without_echoed_figure(lines: list[str]) -> list[str]:
    """The lines without a picture's caption and credit that a page prints on their own lines and again, run
    together, onto the next line, the story's next sentence glued onto the copy ("A ferry at the quay." / "Jo
    Roe/Agency" / "A ferry at the quay.Jo Roe/AgencyThe port said …"): the lines and the copy go. (Where the
    line goes on otherwise, the lines may be a pull quote's copy of the paragraph's opening, or a caption's first
    sentence over the whole caption: nothing goes here.)"""
    out: list[str] = []
    i = 0
    while i < len(lines):
        n, rest = _echoed_lines(lines, i)
        if n and (rest[0].isupper() or rest[0] in '"“‘'):  # (the story's next sentence run onto the copy)
            lines = [*lines[: i + n], rest.strip(), *lines[i + n + 1 :]]
            i += n  # the printed lines go
        else:
            out.append(lines[i])
            i += 1
    return out


def _echoed_lines(lines: list[str], i: int) -> tuple[int, str]:
    """How many lines from ``i`` on (``MAX_FIGURE_LINES`` at most) the next line opens with again, run together with
    or without spaces between them, and what follows the copy there: (0, "") when none, or when the copy is too
    short to be more than a chance."""
    for n in range(1, MAX_FIGURE_LINES + 1):
        if i + n >= len(lines):
            break
        after = " ".join(lines[i + n].split())
        parts = [" ".join(part.split()) for part in lines[i : i + n]]
        for echo in ("".join(parts), " ".join(parts)):
            if after.startswith(echo) and len(after) > len(echo) and len(echo.split()) >= MIN_ECHO_WORDS:
                return n, after[len(echo) :]
    return 0, ""


def _lines(raw: str, state: dict) -> tuple[list[str], str | None]:
    """A block's lines without page furniture, and the byline among them if any. ``state``
    carries across blocks whether the last header ("Related", "VIDEO 2:31", "Topics") still
    has its link titles or tags coming: unpunctuated lines until a sentence; whether a line as long
    as a headline has been kept ("titled": before it, "Spain: Drought forces …" is the headline, after
    it "Injured: Jo Roe, 41, …" is a caption); whether a sentence of the story has ("body"); and
    whether a press release's boilerplate section is running ("boiler"); whether a comment section has
    opened below the story under its notice ("conversation": the rest of the page is readers' words)."""
    if state.get("conversation"):
        return [], None
    lines, found = [], None
    picture = None  # the index of the line after a picture's "Enlarge this image" button or a post's author
    island = 0  # the index of the last line kept straight after furniture: a caption between widgets and a credit
    listed_at = None  # the number of lines kept when a byline below the story was dropped: a list of stories
    given = _without_echoed_figure([x.strip() for x in raw.split("\n") if x.strip()])
    joined = " ".join(given)
    # A wrapped paragraph's lines are single-spaced: a menu's runs of spaces say the lines are a page's header.
    wrapped = len(given) > 1 and _hard_wrapped(given) and not any(map(furniture.spaced_menu, given))
    # A link line over a sentence of the story ("Tap here to read more about …" / "Passengers will pay …") is no
    # promo wrapped over two lines: the first line is a promo on its own, the next opens a sentence that is none.
    rest = " ".join(given[1:])
    # ... nor is a label on its own line over the sentence it labels ("Update, 4:45 p.m.:" / "City officials said …").
    first = given[0] if given else ""
    label = furniture.promo(first) or (len(given) == 2 and first.endswith(":") and furniture.is_furniture(first))
    wrapped = wrapped and not (rest[:1].isupper() and label and not furniture.is_furniture(rest))
    if (
        wrapped
        and (furniture.is_furniture(joined) or furniture.opening_credit(joined) >= len(given[0]))
        and not _header_block(given)
    ):
        # A promo or note hard-wrapped over several lines, or a picture's credit on a line above its caption.
        names = (furniture.byline(x) or furniture.author_line(x) for x in given)
        name = next((n for n in names if n), None)
        for line in given:
            _note_printed(line, state)
        if (name or any(map(furniture.stamp_only, given))) and state.get("told", 0) <= 1 and state.get("last"):
            state.setdefault("signed", []).append(state["last"])  # a byline block under its headline signs it
        return [], name
    state.pop("box", None)  # a box's points are lines of the paragraph under its head, never the next one
    if not state.get("message"):
        state.pop("next", None)
        state.pop("next_words", None)  # ... and an advertiser's copy is under its label, not past a blank line (but a
        # sponsor's message is the paragraph after its "A MESSAGE FROM ...:", in a newsletter set apart by one)
    for line in given:
        line = _PICTOGRAPHS.sub("", line.replace("\ufe0f", "")).strip()
        if not line or _TABLE_RULE.match(line):
            continue
        if state.get("comments") and (
            furniture.comment_actions(line) or furniture.stamp_only(line) or furniture.commenter_stamp(line)
        ):
            # Under a social post, the comments' buttons follow each comment; a stamp alone on its line is a
            # comment's, under its commenter's name ("Jo Roe" / "2 hr ago"), or after it ("JoRoe · 2 hours ago").
            state["comments"] = "comment"
            continue
        if state.get("comments") and not furniture.is_furniture(line):  # (the page's own furniture: handled below)
            if _comment_part(line, state):
                continue
            state["comments"] = False  # the story's next paragraph, under a count of comments between its paragraphs
        toggle = furniture.transcript_toggle(line)
        if toggle or (state.get("transcript") and furniture.transcript_line(line)):
            state["transcript"] = toggle == "open" or (state.get("transcript") and not toggle)
            continue  # a player's transcript, between its buttons: the clip's words, timed, not the story's
        state["transcript"] = False
        if state.pop("timed_card", False) and furniture.presenter_blurb(line):
            state.setdefault("dropped", []).append(line)
            continue  # a clip's blurb under its card's title: "Jo Roe breaks down why clubs are cutting sports."
        state["timed_card"] = furniture.timed_card(line)
        if state.get("paragraphs", 0) >= MIN_STORY_PARAGRAPHS and furniture.comments_head(line):
            state["comments"] = "head"  # a comment count or button after the story: its comments may follow
            continue
        head = state.get("body") and furniture.boiler_head(line)
        if head:
            # A press release's "About …" section, after the story: boilerplate; one after another such
            # section is too, however its paragraph opens ("About SMUD" / "As the nation's sixth-largest …").
            state["boiler"] = True if state.get("boiler") is True else head
            continue
        boiler = state.get("boiler")
        label = len(line.split()) <= MAX_NAV_WORDS or _name_line(line)
        if boiler is True and is_heading(line) and label and not furniture.link_head(line):
            continue  # a label or a name inside the section: "MLA", "Media contact", a guest book entry's signer
        if boiler and not is_heading(line) and (boiler is True or line.startswith(boiler)):
            state["boiler"] = True  # the section's first paragraph opens with the issuer's name; the rest follow
            continue
        # The section's own widgets go on with it (a guest book's "Sign the Guest Book", "Add a photo | Light a
        # candle"); a list's header ends it.
        state["boiler"] = boiler is True and not furniture.link_head(line) and furniture.is_furniture(line)
        credited = furniture.opening_glued_credit(line)
        if credited:  # "Courtesy of Acme MutualWhen Ruth Alcott told …": the credit, and its caption above it
            above = lines[-1] if lines else ""
            one = len(above.split()) <= MAX_CAPTION_LINE_WORDS and not _SENTENCE_BREAK.search(above)
            if one and finished(above) and not furniture.reports_as_story(above):  # (a caption's "says" is present)
                state.setdefault("dropped", []).append(lines.pop())
            line = line[credited:]
        line = _glued_story(line) or line  # "… sign up to our newsletter hereCampaigners delivered …": the story
        standfirst = _before_byline_row(line)
        if standfirst:  # "Can it keep its word? | By Jo Roe | Kelby Weekly | 8 October 2025": the standfirst
            state.setdefault("dropped", []).append(line[len(standfirst) :])
            found = found or furniture.credited_author(line[len(standfirst) :])
            line = standfirst
        line = _SIGN_OFF.sub("", line)  # "… next week. – Rappler.com": the site's sign-off after the story's last words
        if state.get("signed_once") and line.strip().lower() == "video":
            # a clip's label below the author or the date (above them, a menu's item: "Photos", "Video", headline)
            state.setdefault("dropped", []).append(line)
            state["links"] = "clip"
            continue
        if lines and furniture.credit_label_alone(line) and _caption_over_credit(lines[-1]):
            # a credit's label alone, under the caption it credits, over the photographer's name: "Fishermen at
            # Kelby Beach on Monday, October 14, 2024." / "Photo" / "Jo Roe"
            state.setdefault("dropped", []).extend([lines.pop(), line])
            state["last"] = lines[-1] if lines else None
            state["next"] = True
            continue
        # A wrapped sentence's last words on their own line are no furniture, however short ("… about $28 a" / "year.").
        carried = wrapped and bool(lines) and line[:1].islower() and finished(line) and not finished(lines[-1])
        if found and furniture.bio_of(line, found):
            state.setdefault("dropped", []).append(line)
            island = len(lines)
            continue  # the author's bio under their byline, before the story: "Jo Roe is a senior reporter …"
        if lines and island == len(lines) - 1 and _photographer_for(line) and _set_apart_caption(lines[-1]):
            state.setdefault("dropped", []).extend([lines.pop(), line])
            continue  # a caption set apart, over its photographer's credit for an outlet: "Jo Roe for Vox"
        if not carried and furniture.is_furniture(line, labels=bool(state.get("titled")) or not is_heading(line)):
            state.setdefault("dropped", []).append(line)
            # (or the title a picture's alt text names: "Article image for Kelby parents angry …")
            tail = (furniture.crumb_tail(line) or furniture.image_title(line)) if "crumb" not in state else None
            if tail and len(tail.split()) >= MIN_TITLE_WORDS and not furniture.stamp_only(tail):
                state["crumb"] = tail  # (not a row's stamp: "Jo Roe / TNN / Updated: Oct 14, 2025, 22:15 IST")
            author = furniture.credited_author(line)
            found = found or author
            listed = author and state.get("paragraphs", 0) >= MIN_STORY_PARAGRAPHS and furniture.byline(line)
            if listed and lines and listed_at == len(lines) - 1:
                # below the story, one line kept between two bylines: a listed story's title, over its author
                # ("… Here's what's at stake." / "By Jo Roe")
                state.setdefault("dropped", []).append(lines.pop())
            listed_at = len(lines) if listed else None
            signature = (
                author or furniture.staff_byline(line) or furniture.stamp_only(line) or furniture.stamped_row(line)
            )
            if furniture.release_label(line):
                state["release"] = True
            if not signature and furniture.nav_line(line):
                state["last"] = None  # a site's menu or trail stands above the headline: nothing kept above signs
            _note_printed(line, state)
            if signature and state.get("told", 0) <= 1 and state.get("last"):
                # The line kept above an author or a date, before the story (a standfirst may stand between); across
                # a release's label, a weaker sign: the heading the date stands over may be the headline.
                state.setdefault("released" if state.get("release") else "signed", []).append(state["last"])
                if _LIFESPAN.fullmatch(line) and _NAMED.fullmatch(state["last"]):
                    state.setdefault("lived", []).append(state["last"])  # "Ada M. Pellow" / "1940 – 2025"
            state["stamped"] = bool(signature) or state.get("stamped", False)
            state["signed_once"] = bool(signature) or state.get("signed_once", False)
            state["apart"] = True  # furniture between the line kept last and the next
            # (a bare "Trending" heads a list of stories below the story, where no menu stands; above it, it may
            # be a menu's item over the headline)
            below_story = state.get("paragraphs", 0) >= MIN_STORY_LINES_ABOVE_COMMENTS and _BARE_LIST_HEAD.match(line)
            # (and a bare "Topics" above the headline is the menu's button, not a head of tags: the headline and
            # the labels over it follow)
            menu_button = _BARE_TOPICS.match(line) and not state.get("body")
            if (furniture.link_head(line) and not menu_button) or below_story:
                head = line.strip().rstrip(":").strip().lower()
                state["links"] = "menu" if _MENU_HEAD.match(head) else "video" if head in _VIDEO_HEADS else "head"
            elif state.get("links") == "video":
                state["links"] = None  # a video's title is the line right under its label, or there is none
            elif (
                furniture.ad_head(line)
                or furniture.duration(line)
                or furniture.picture_head(line)
                or furniture.note_head(line)
            ):
                state["next"] = True  # an advertiser's text under its label, a video's description under its card,
                # a picture's caption under its button (a caption's length), the writer's note to readers
                # (a sponsor's message, an author's disclosure and a note run to a paragraph)
                message = line.lower().startswith(("a message from", "disclosure"))
                state["message"] = message or furniture.note_head(line)
                state["next_words"] = (
                    furniture.MAX_NOTE_WORDS
                    if state["message"]
                    else MAX_CAPTION_LINE_WORDS
                    if furniture.picture_head(line)
                    else furniture.MAX_FURNITURE_WORDS
                )
            elif furniture.claim_box(line):
                state["checked"] = True  # the checked claim under its date and medium ...
                if lines and not finished(lines[-1]) and len(lines[-1].split()) <= MAX_CLAIMANT_WORDS:
                    lines.pop()  # ... and its claimant above them: "Viral image", "Facebook posts"
                    state["last"] = lines[-1] if lines else None
            elif furniture.readers_head(line):
                state["readers"] = True
            elif furniture.box_head(line):
                state["box"] = 0
                state["retold"] = furniture.summary_box(line)  # a summary's points are sentences
                state["box_points"] = furniture.box_points(line) or MAX_BOX_POINTS
            elif state.get("box"):
                del state["box"]  # furniture after a box's points ends the box
            elif lines and furniture.agency_alone(line) and _caption_over_credit(lines[-1]):
                lines.pop()  # a caption over a stock library's or an agency's name: "Lanes converted." / "Dreamstime"
            elif (
                lines
                and furniture.labelled_credit(line)
                and _caption(lines[-1])
                and finished(lines[-1])
                and not furniture.TOLD.search(lines[-1])
                and lines[-1][:1] not in _QUOTES
            ):
                lines.pop()  # a caption telling nothing above its credit: "Robots at a plant." / "Courtesy: Acme"
            elif (
                lines and state.get("signed_once") and furniture.paper_credit(line) and _caption_over_credit(lines[-1])
            ):
                lines.pop()  # ... or its photographer and paper, below the byline: "A plow clears Main Street." / "Jo
                # Roe, Kelby News" (above it, the line may be the standfirst over the author's)
            elif (
                len(lines) > 1
                and (furniture.credit_only(line) or furniture.labelled_credit(line))
                and lines[-1].startswith(lines[-2])
            ):
                del lines[-2:]  # a caption printed twice (its picture's text, then the caption) above its credit
            elif lines and len(line) > len(lines[-1]) and line.startswith(lines[-1]) and line.endswith(")"):
                lines.pop()  # ... or plain, then with its credit: "Pupils in class." / "Pupils in class. (Jo Roe)"
            elif (
                lines
                and furniture.caption_credit(line)
                and len(lines[-1].split()) <= MAX_CAPTION_LINE_WORDS
                and not _SENTENCE_BREAK.search(lines[-1])
            ):
                lines.pop()  # the caption above a credit only ever printed under one: "Credit...Jo Roe for The Post"
            elif (
                lines
                and furniture.credit_only(line)
                and (
                    _CAPTION_DATE.search(lines[-1])
                    or (island == len(lines) - 1 and _caption(lines[-1]))
                    or (island == len(lines) - 1 and state.get("paragraphs", 0) <= 1 and _lead_caption(lines[-1]))
                    # (a paragraph of one sentence and a credit is a picture's caption, reporting in the present
                    # as captions do: "Superintendent Jo Roe says the district …"; "The sheriff said …" is the story's)
                    or (
                        len(given) == 2
                        and island == len(lines) - 1
                        and _lead_caption(lines[-1])
                        and not _REPORTED_IN_PROSE.search(lines[-1])
                    )
                    or (_caption(lines[-1]) and line.strip("() ") in lines[-1])  # it names its credit's source
                    or (island == len(lines) - 1 and _caption_and_note(lines[-1]))
                    # (a handout's credit is printed under a picture only: "A map shows …" / "Provided by Kelby")
                    or (furniture.handout_credit(line) and _caption(lines[-1]))
                )
            ):
                lines.pop()  # a picture's caption sits directly above its credit
            elif lines and furniture.document_control(line) and _document_title(lines[-1]):
                lines.pop()  # a document's title above its viewer: "Acme complaint (Kelby Sup. Ct.)" / "Download PDF"
            elif lines and furniture.quote_value(line) and _quote_name(lines[-1]):
                lines.pop()  # a market quote's name sits above its value: "Crude Oil" / "+0.84%"
            elif lines and furniture.promo(line) and furniture.reader_blurb(lines[-1]):
                lines.pop()  # the blurb above a promo: "Add some good to your morning."
            elif furniture.labelled_credit(line):
                state["credited"] = True  # a credit over its picture's caption: "Photo: Jo Roe/Agency" / "A ferry …"
            if furniture.faq_head(line):
                return lines, found  # a box of questions and answers: the rest of its block
            state["footnote"] = bool(state.get("body")) and line.isdigit() and len(line) <= 2  # a note's number
            if furniture.picture_open(line) or (
                "@" in line and (furniture.author_line(line) or furniture.handle(line))
            ):
                picture = len(lines)  # a picture's caption follows, or an embedded post's text under its author
            elif picture is not None and (furniture.picture_close(line) or furniture.stamp_only(line)):
                if 0 < len(lines) - picture <= furniture.MAX_CAPTION_LINES:
                    del lines[picture:]  # the caption between a picture's buttons, a post's text above its time
                picture = None
            elif (
                furniture.picture_close(line)
                and lines
                and state.get("credit_at") == len(lines)
                and len(lines[-1].split()) <= MAX_CAPTION_LINE_WORDS
                and not _SENTENCE_BREAK.search(lines[-1])
            ):
                lines.pop()  # a caption over its credit and the picture's "hide caption" button
            state["credit_at"] = len(lines) if furniture.credit_only(line) else None
            if furniture.appeal(line):
                # An appeal's pitch runs between its first and last asking lines.
                start = state.get("appeal")
                if start is not None and 0 < len(lines) - start <= furniture.MAX_PITCH_LINES:
                    del lines[start:]
                state["appeal"] = len(lines)
            island = len(lines)
            continue
        if state.pop("next", None):
            state.pop("message", None)
            if len(line.split()) <= state.pop("next_words", furniture.MAX_FURNITURE_WORDS) and not _REPORTED.search(
                line
            ):
                continue  # the line under the label or card (an advertiser's copy reports no one's words)
        if lines and furniture.row_credit(line) and _CAPTION_DATE.search(lines[-1]):
            lines.pop()  # a dated caption over its credit as a row: "A shop in Kelby, Feb. 8, 2024." / "Jo Roe | CNBC"
            continue
        if state.pop("credited", None) and (_present_caption(line) or _PICTURE_OF.match(line)):
            state.setdefault("dropped", []).append(line)  # (a caption names people in full: kept aside)
            continue  # the caption under its picture's credit, told in the present as captions are
        if state.get("stamped") and state.get("told", 0) <= 1 and _shown_doing(line):
            state.setdefault("dropped", []).append(line)
            continue  # a picture's caption under the page's date, above the story: "Volunteers painting a bus shelter."
        credit = furniture.opening_credit(line) if line.startswith("(") else 0
        if credit and _present_caption(line[credit:]):
            state.setdefault("dropped", []).append(line[credit:].strip())
            continue  # ... or after it on its line: "(Kelby News photo/Jo Roe) A ferry leaves the pier on Tuesday."
        if state.get("checked") is True and line[:1] in _QUOTES:
            state["checked"] = line  # a fact-check's claim, quoted under its box ...
            continue
        if line == state.get("checked"):
            continue  # ... and again in the box's copy at the page's end
        if state.pop("footnote", None) and furniture.citation(line):
            continue  # a note under its number after the story: "1" / "Kelby Council, “Annual Report,” 2024, p. 14."
        if "box" in state:
            # A point is a line, a sentence or two; one without a stop may run to a sentence's length.
            words = len(line.split())
            point = words <= furniture.MAX_BOX_WORDS or (
                words <= MAX_POINT_WORDS and (not finished(line) or state.get("retold"))
            )
            points = point and len(_SENTENCE_BREAK.findall(line)) <= 1
            if points and state["box"] < state.get("box_points", MAX_BOX_POINTS):
                state["box"] += 1
                continue  # a point of the box
            del state["box"]
        if state.get("conversation"):
            continue  # a comment section after the story: readers' words, whatever they look like
        if state.get("paragraphs", 0) >= MIN_STORY_LINES_ABOVE_COMMENTS and furniture.comments_open(line):
            state["conversation"] = True
            continue
        if state.get("readers"):
            if _READER.match(line):
                continue  # a reader's message on a live page: "Ravi, Ashby: That was never a penalty."
            state["readers"] = False
        if state.get("clip"):
            clip, state["clip"] = state["clip"], None
            if line == clip:
                continue  # "Now Playing" / a clip's title / the same title again
        if state.get("links") == "blurb":
            state["links"] = None
            if finished(line) and len(line.split()) <= MAX_CAPTION_LINE_WORDS and not _SENTENCE_BREAK.search(line):
                continue  # a clip's blurb of one sentence under its title: "Video" / title / "Tenants say …"
        if state.get("links"):
            title = not finished(line) or (line.endswith("?") and not _REPORTED.search(line))
            # Among titles already listed, one set as a sentence is one more: "Copper hits 10-month high on supply
            # worries." (a headline's grammar: one short sentence, no comma, no article or pronoun to open it, reporting
            # no one; "This is the third fire at the market." is the story going on below an "Also read" box)
            title = title or (state["links"] == "titles" and _headline_sentence(line)) or _LABELLED_TITLE.match(line)
            title = title or _title_cased_headline(line)  # "A Sheriff Billed a Family. It Gets Worse."
            # (under a menu's label, its items: a site's sections, not the headline below them)
            most = MAX_MENU_LABEL_WORDS if state["links"] == "menu" else MAX_LINK_TITLE_WORDS
            if title and len(line.split()) <= most:  # a headline may ask a question
                state["clip"] = line if state["links"] == "video" else None  # (a player prints its title twice)
                state["links"] = _AFTER_TITLE.get(state["links"], "titles")
                continue
            if state["links"] == "titles" and _TEASER.match(line):
                continue  # a listed story's date and teaser: "Apr. 2, 2025 — Researchers found …"
            state["links"] = None
        if state.get("paragraphs", 0) <= 1 and furniture.credit_ending(line):
            state.setdefault("dropped", []).append(line)
            continue  # above the story (a standfirst may stand above it), a picture's caption over its credit
        stripped = furniture.strip_inline(line)
        if stripped and stripped != line and line.endswith(stripped):
            # a caption glued before the story's sentence names people in full, as one on its own line does
            state.setdefault("dropped", []).append(line[: -len(stripped)].strip())
        line = stripped
        if line:
            lines.append(line)
            if not state.pop("apart", False):
                state.setdefault("under", set()).add(line)  # straight under the line kept before it
            if state.pop("stamped", False) and state.get("told", 0) <= 1:
                state.setdefault("dated", []).append(line)  # the line kept below an author or a date
            state["last"] = line
            state.pop("release", None)
            # sentences since the last heading (a headline in title case, finished or not, is one: "Vessey County's
            # 911 Overhaul Was Supposed to Save Lives. Calls Are Still Going Unanswered.")
            told = finished(line) and not _title_cased_headline(line)
            state["told"] = state.get("told", 0) + 1 if told else 0
            state["body"] = state.get("body") or finished(line)
            state["paragraphs"] = state.get("paragraphs", 0) + finished(line)
            state["titled"] = state.get("titled") or len(line.split()) >= MIN_TITLE_WORDS
    return lines, found


# A sentence glued to the furniture before it with no space, a lower-case letter then its capital: "… sign up to our
# free newsletter hereCampaigners from Friends of Ashcombe Library delivered …".
_GLUED = LazyPattern(r"(?<=[a-z])(?=[A-Z][a-z]+ [a-z])")
MIN_GLUED_WORDS = 6


def _glued_story(line: str) -> str | None:
    """The story's sentence glued to the end of a line of furniture, or None: what follows the glue must read as a
    sentence of its own (ended, its first sentence several words long, no furniture)."""
    for glue in _GLUED.finditer(line):
        head, rest = line[: glue.start()], line[glue.start() :]
        word = head.rsplit(None, 1)[-1]
        if not word.islower():
            continue  # a name's or a brand's capital inside it: "McAdie", "WhatsApp"
        first = _SENTENCE_BREAK.split(rest, maxsplit=1)[0]
        if len(first.split()) >= MIN_GLUED_WORDS and finished(rest) and furniture.is_furniture(head):
            return None if furniture.is_furniture(rest) else rest
    return None


_ROW_BAR = LazyPattern(r"\s+\|\s+")


def _before_byline_row(line: str) -> str | None:
    """A magazine's standfirst run into its byline row ("... Can it afford to keep its word? | By Jo Roe | Kelby
    Weekly, Business section | 8 October 2025"): the standfirst, several words that are no furniture before a bar
    whose next item is a byline; the row after it is furniture (its author and outlet are no actors)."""
    for bar in _ROW_BAR.finditer(line):
        head, item = line[: bar.start()], _ROW_BAR.split(line[bar.end() :], maxsplit=1)[0]
        if furniture.byline(item) and len(head.split()) >= MIN_GLUED_WORDS and not furniture.is_furniture(head):
            return head
    return None


def _note_printed(line: str, state: dict) -> None:
    """Keep in ``state`` the first date a line of furniture prints above the story (past a standfirst): the
    page's time stamp, or a byline with its date."""
    if "printed" not in state and state.get("paragraphs", 0) <= 1 and len(line.split()) <= MAX_STAMP_WORDS:
        found = printed_date(line)
        if found:
            state["printed"] = found


def _comment_part(line: str, state: dict) -> bool:
    """Whether a line under a comment section's head is the section's: its buttons, labels and notices, a
    commenter's signature ("Prasanna Thursday, 14 March 2024 07:52 AM"), and the comment under a signature ("The
    last minister promised the same thing in 2019."), of a line that is no furniture of the page's. A comment count
    between paragraphs has no signatures under it: the story's next paragraph ends the section."""
    if furniture.commenter_stamp(line):
        state["comments"] = "comment"
        return True
    label = len(line.split()) <= MAX_COMMENT_LABEL_WORDS and not finished(line)
    return label or state["comments"] == "comment"


MAX_COMMENT_LABEL_WORDS = 5  # a comment form's labels and sort buttons: "Name - Reply Comment", "Sort by"
# A listed story's teaser under its title, opening with its date and a dash.
_TEASER = LazyPattern(r"^[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\s+[-–—]{1,2}\s+\S")
# A reader's message under "Get involved": a first name, perhaps a place, and a colon.
_READER = LazyPattern(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?:, [A-Z][\w'’ -]{1,30})?:\s+\S")
_REPORTED = LazyPattern(r"[\"“”]|\b(?:said|says|told|tells|added|according|announced|wrote)\b")
MAX_CAPTION_LINE_WORDS = 30


# A listed story's title under its section's label, whatever its ending: "Letters: Canal Street deserves better.",
# "Opinion: Bus lanes work. Ask any city."
_LABELLED_TITLE = LazyPattern(
    r"(?:Letters?|Opinion|Editorial|Analysis|Comment|Column|Review|Explainer|Podcast|Video|Watch|Listen|Photos|Gallery)"
    r"\s*[:|]\s*\S"
)
# A video's label ("Watch now"): the one line right under it is the video's title; a site's menu item elsewhere.
_VIDEO_HEADS = frozenset(["watch now", "watch", "now playing"])  # (a player's label over its clip's title)
# What a link head's state becomes after a title under it: a menu goes on, a video's label has had its one title, and
# a clip's card under its label "Video" has its title and then its blurb.
_AFTER_TITLE = {"menu": "menu", "video": None, "clip": "blurb"}
# The label of a site's menu ("Quick links"), whose items are its sections' names.
_MENU_HEAD = LazyPattern(r"(?:quick|useful) links\s*:?$", re.IGNORECASE)
MAX_MENU_LABEL_WORDS = 4


def _headline_sentence(line: str) -> bool:
    """Whether a line ending in a full stop reads as a headline (``_lines``' link titles)."""
    return (
        len(line.split()) <= MAX_HEADLINE_SENTENCE_WORDS
        and "," not in line
        and not _SENTENCE_BREAK.search(line)
        and not _REPORTED.search(line)
        and not _PROSE_OPENING.match(line)
        and not _PROSE_GRAMMAR.search(line)
    )


MAX_HEADLINE_SENTENCE_WORDS = 14
# A headline's grammar drops the past tense's auxiliaries and tells of people by name, not pronoun: "Fans outside the
# arena on Tuesday were divided." and "Jo Roe has been coming to games since he was a boy." are the story's.
_PROSE_GRAMMAR = LazyPattern(r"\b(?:was|were|had|(?:has|have) been|he|she|they|him|them)\b")
_PROSE_OPENING = LazyPattern(
    r"(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|You|There|In|On|At|But|And|So|Since|After|Before|When"
    r"|While|As|His|Her|Their|Its|Our|My|Your)\b"
)


def _caption(line: str) -> bool:
    """A line that reads as a picture's caption above its credit: one short sentence that reports
    nobody's words (a sentence of the story cites its source)."""
    return (
        len(line.split()) <= MAX_CAPTION_LINE_WORDS and not _SENTENCE_BREAK.search(line) and not _REPORTED.search(line)
    )


# A photographer's credit for an outlet named in a word or a few: "Jo Roe for Vox", "Ada Novak for The Kelby Post".
_FOR_CREDIT = LazyPattern(
    r"([A-Z][a-z'’-]+)(?: [A-Z][\w'’-]+){1,2} for (?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}"
)


def _photographer_for(line: str) -> bool:
    """Whether a line is a photographer's credit for an outlet, the photographer named by a given name."""
    credit = _FOR_CREDIT.fullmatch(line.strip())
    return credit is not None and credit.group(1) in lexicon.first_names()


def _set_apart_caption(line: str) -> bool:
    """A finished line that reads as a caption: one sentence reporting no one, or one telling nothing and a note."""
    return finished(line) and (_caption(line) or _caption_and_note(line))


def _caption_and_note(line: str) -> bool:
    """A caption of two sentences, what the picture shows and then a note on it ("An empty hallway at Kelby Middle
    School on a Friday in March. The district moved to a four-day week last fall."): a caption's length, reporting
    nobody's words, its first sentence telling nothing."""
    parts = _SENTENCE_BREAK.split(line)
    return (
        len(parts) == 2
        and len(line.split()) <= MAX_CAPTION_LINE_WORDS
        and not _REPORTED.search(line)
        and not furniture.TOLD.search(parts[0])
    )


def _lead_caption(line: str) -> bool:
    """The one sentence kept before a credit at the story's top, set apart by furniture: the caption of
    the picture above the story's first paragraph, though it cites its source as a story's sentence does
    ("The jail has been over capacity for 22 months, according to the sheriff's office." / "Jo Roe/Courier")."""
    return len(line.split()) <= MAX_CAPTION_LINE_WORDS and not _SENTENCE_BREAK.search(line)


# What a picture is, opening its caption: "A rendering of the planned plant …", "An aerial view of the site …".
_PICTURE_OF = LazyPattern(
    r"(?:An? |The )?(?:artist['’]s )?(?:rendering|impression|aerial view|view|file photo|photo|image|map|screenshot"
    r"|still|drawing|illustration) of\b[^.!?]{1,150}[.!?]?$"
)


def _caption_over_credit(line: str) -> bool:
    """A line kept above a picture's credit that reads as its caption: one short finished sentence, no quote, that
    reports no one as a story does (a caption tells in the present: "A plow clears Main Street after snow fell")."""
    return _caption(line) and finished(line) and not furniture.reports_as_story(line) and line[:1] not in _QUOTES


def _present_caption(line: str) -> bool:
    """A line that reads as a picture's caption under its credit: one short sentence in the present, reporting no
    one ("A ferry leaves the Pier 9 terminal on Tuesday."), or naming what it shows with no verb but a relative
    clause's ("Jo Roe outside her shop on Kelby Road, where 14 bays will be removed.")."""
    return _caption(line) and finished(line) and not furniture.TOLD.search(_without_closing_clause(line))


# Who or what a picture shows, doing something, as a caption opens: "Volunteers painting the old bus shelter ...".
_DOING_OPENING = LazyPattern(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,5}? [a-z]{3,}ing\b")


def _shown_doing(line: str) -> bool:
    """A caption with no credit that says what its picture shows someone doing ("Volunteers painting the old bus shelter
    at Vey Green, which has been shut since 2022."): one finished sentence opening with who and a verb in -ing,
    with no verb of a sentence's own (``_tells``), as a story's first sentence has ("Families living near the plant
    say ...")."""
    return (
        _present_caption(line) and _DOING_OPENING.match(line) is not None and not _tells(_without_closing_clause(line))
    )


# A relative clause after a comma: what a caption's verbless naming may add at its end.
_RELATIVE_CLAUSE = LazyPattern(r", (?P<pronoun>where|when|which|who|whose) ")


def _without_closing_clause(line: str) -> str:
    """The line without a relative clause that closes it ("…, which is due to close in June."; a place's, commas and
    all: "…, where she replaced grass with rock, mulch and plants last fall."), not one set between commas before
    the sentence's own verb ("The vote, which followed hours of testimony, will shift …")."""
    clause = _RELATIVE_CLAUSE.search(line)
    if clause is None:
        return line
    closing = line[clause.end() :]
    placed = clause["pronoun"] in ("where", "when")
    if "," in closing and (not placed or furniture.TOLD.search(closing.rsplit(",")[-1])):
        return line
    return line[: clause.start()]


def _document_title(line: str) -> bool:
    """A document's title as a viewer shows it: short, reporting no one, no sentence's end but a bracket's."""
    return (
        len(line.split()) <= MAX_DOCUMENT_TITLE_WORDS
        and not furniture.TOLD.search(line)
        and (not finished(line) or line.endswith(")"))
    )


MAX_DOCUMENT_TITLE_WORDS = 15


# What a caption says its picture shows, in the present on the day it was taken: "… speaks to the media … on Friday."
_SHOWN_ON_DAY = LazyPattern(r"\b[a-z]{3,}s\b[^.!?]* on (?:" + "|".join(sorted(lexicon.WEEKDAYS)) + r")\.$")
_FULL_NAME = LazyPattern(r"\b[A-Z][a-z'’-]+ [A-Z][a-z'’-]+\b")


def _caption_atop(first: str, second: str) -> bool:
    """Whether the story's first paragraph is its picture's caption with no credit: one short sentence in the
    present about the day it was taken, reporting no one, whose person the longer first paragraph under it names
    ("Rovers head coach Jo Lee speaks to the media at the training ground on Friday." / "Rovers head coach Jo
    Lee has confirmed …")."""
    named = _FULL_NAME.findall(first)
    return (
        _present_caption(first)
        and bool(_SHOWN_ON_DAY.search(first))
        and len(second.split()) > len(first.split())
        and any(name in second for name in named)
    )


def _display_atop_dateline(above: str, dated: str) -> bool:
    """Whether the one-sentence paragraph alone above the paragraph a wire's dateline opens (the story's first) is
    display copy, not the story: a picture's caption in the present ("Waves wash over Harbor Road during the storm."),
    or a clip's blurb that tells the lead again in fewer words, most of its words the lead's."""
    if (
        len(above.split()) > MAX_CAPTION_LINE_WORDS
        or _SENTENCE_BREAK.search(above)
        or _REPORTED.search(above)
        or " say " in above  # (a standfirst's voices: "Parents say the closures …")
    ):
        return False
    if _present_caption(above):
        return True
    told = {w.lower() for w in _CONTENT_WORD.findall(above)}
    return bool(told) and len(told & {w.lower() for w in _CONTENT_WORD.findall(dated)}) >= RESTATED_SHARE * len(told)


_CONTENT_WORD = LazyPattern(r"[A-Za-z]{4,}")
RESTATED_SHARE = 0.7


def _quote_name(line: str) -> bool:
    """A market quote's name ("Crude Oil", "U.S. 10 Yr", "HMRK"): short and unpunctuated."""
    return len(line.split()) <= MAX_QUOTE_NAME_WORDS and not finished(line)


def _apart(previous: str, line: str, following: str | None, longest: int) -> bool:
    """Whether ``line`` starts anew rather than continuing ``previous``. A wrapped line fills the
    block's width, so a heading-like line much shorter than the block's longest line, above a
    capitalised one, is a line of its own (a heading, a caption, a nav label): neither is it
    glued to the line above nor the line below to it."""

    def short(line: str, after: str | None) -> bool:
        opens = after[:1] if after else ""
        label = is_heading(line) or bool(_INITIALS.fullmatch(line))  # (a section's initials: "U.S.")
        if not opens or not label or not (opens.isupper() or opens.isdigit() or opens in "\"“‘'"):
            return False
        return len(line) + 1 + len(after.split()[0]) < SHORT_LINE * longest

    return short(previous, line) or short(line, following)


def _opens_anew(previous: str, line: str) -> bool:
    """In a page saved one paragraph per line, an unpunctuated line (a standfirst, a heading, a label)
    above a line that opens as a sentence or a standfirst does (a capital, a figure, a quote, a price, a dek's
    slash: "$46 million plan …", "/ The phone ships …") is a line of its own, whatever its length; a sentence
    carried on to the next line goes on in lower case. So does a headline of two sentences, the second
    unpunctuated ("Village school to close. Parents say the bus ride is too long"), ending on no word that
    carries a sentence on ("by", "and")."""
    unpunctuated = (
        is_heading(previous)
        or _long_headline(previous)  # a standfirst may run past a heading's length
        or (_two_sentence_headline(previous) and not finished(previous) and not wrapping.DANGLING.search(previous))
    )
    return unpunctuated and (line[:1].isupper() or line[:1].isdigit() or line[:1] in _NEW_LINE_OPENINGS)


_NEW_LINE_OPENINGS = "\"“‘'$£€/"


def _items(lines: list[str]) -> bool:
    """Several capitalised lines none of which ends a sentence: a list whose bullets were lost
    (a summary at the top, a menu), not a wrapped paragraph (which ends with a full stop)."""
    return len(lines) > 1 and all(
        (is_heading(x) or _INITIALS.fullmatch(x)) and (x[:1].isupper() or x[:1].isdigit()) for x in lines
    )


_INITIALS = LazyPattern(r"(?:[A-Z]\.){2,4}")  # a label of initials ("U.S.", "U.K."): its stop ends no sentence


class _Signs(NamedTuple):
    """Where a page signs its headline: the lines kept right above an author's name or a date before the story,
    and the lines that stood straight under the line kept before them (no furniture between)."""

    signed: tuple[str, ...]
    under: frozenset[str]
    dated: tuple[str, ...]  # the lines kept right below an author's name or a date
    lived: tuple[str, ...] = ()  # the names kept right above a life's dates: a death notice's headline
    crumb: str | None = None  # a breadcrumb trail's last step, when as long as a headline: the page's own title
    released: tuple[str, ...] = ()  # the lines kept above a release's label and the date under it
    printed: str | None = None  # the date the page prints above its story (ISO), for the article's date


def _signs(state: dict) -> _Signs:
    return _Signs(
        tuple(state.get("signed", ())),
        frozenset(state.get("under", ())),
        tuple(state.get("dated", ())),
        tuple(state.get("lived", ())),
        state.get("crumb"),
        tuple(state.get("released", ())),
        state.get("printed"),
    )


MAX_STAMP_WORDS = 16  # a stamp, or a byline with its date: "By Jo Roe | Published 6:12 PM EDT June 4, 2025"


def _blocks(text: str, columns: bool = False) -> tuple[list[str], str | None, list[str], _Signs]:
    """Blank-line separated blocks without page furniture, the byline found among it, and the
    furniture's lines (captions name people in full whom the story calls by surname).
    A hard-wrapped block is joined into one line; list items, table rows and the lines
    of a block written one paragraph per line stay lines of their own (table rules are
    dropped). A printed page's ``columns`` are measured by most of their lines, not the longest."""
    blocks, found, state = [], None, {}
    parts = re.split(r"\n\s*\n", furniture.strip_ranked_lists(furniture.strip_embeds(text)))
    if len(parts) >= MIN_SPACED_LINES and sum("\n" not in p.strip() for p in parts) >= SPACED_SHARE * len(parts):
        # A page saved with a blank line after every line: its lines are read in one run, so a caption
        # meets its credit, a quote's name its value and an appeal its pitch as they do without the blanks.
        lines, found = _lines("\n".join(p.strip() for p in parts), state)
        return lines, found, state.get("dropped", []), _signs(state)
    for raw in parts:
        if state.get("links") == "titles":
            state["links"] = None  # a list of links ends at a blank line; a bare header reaches past it
        lines, name = _lines(raw, state)
        found = found or name
        if not lines:
            continue
        if _items(lines):
            blocks.extend(lines)
            continue
        # A heading directly above its paragraph, with no blank line between (no heading ends on "and" or "of": a
        # line that does is a wrapped sentence's, "Board members Jo Roe and" / "Al Lee voted against").
        if (
            len(lines) > 1
            and is_heading(lines[0])
            and len(lines[0].split()) <= 12
            and lines[1].lstrip("(\"“‘'")[:1].isupper()  # (also over a wire's tag: "(LEAD) Kelby to build …")
            and not wrapping.DANGLING.search(lines[0])
        ):
            blocks.append(lines.pop(0))
        wrapped = columns or _hard_wrapped(lines)  # (a printed page's lines are its columns')
        longest = _width(lines) if columns else max(len(x) for x in lines)
        joined: list[str] = []
        for i, line in enumerate(lines):
            following = lines[i + 1] if i + 1 < len(lines) else None
            if (
                joined
                and line in state.get("under", ())  # furniture between two lines parts them
                and (wrapped or not finished(joined[-1]))
                and not _LIST_ITEM.match(line)
                and not _TABLE_ROW.match(line)
                and not _TABLE_ROW.match(joined[-1])
                and not _apart(joined[-1], line, following, longest)
                and not (columns and _spanning(lines[i - 1], line, longest))
                and (wrapped or not _opens_anew(joined[-1], line))
                and not (not columns and joined[-1] in state.get("dated", ()) and _opens_anew(joined[-1], line))
                # (nor a standfirst kept right above its author's byline, below its headline: a line of its own)
                and not (not columns and line in state.get("signed", ()) and _opens_anew(joined[-1], line))
            ):
                joined[-1] = wrapping.joined(joined[-1], line)
            else:
                joined.append(line)
        blocks.extend(joined)
    return blocks, found, state.get("dropped", []), _signs(state)


WIDTH_SHARE = 0.9
SPANNING = 1.3


def _spanning(previous: str, line: str, width: int) -> bool:
    """Whether either of two lines of a printed page runs far wider than its columns: a headline or a folio set
    across them, no column's line to be joined with the next."""
    return max(len(previous), len(line)) > SPANNING * width


def _width(lines: list[str]) -> int:
    """A printed page's block's width: the length nine in ten of its column lines stay within, lines far longer than
    most (a folio, a headline set across the columns) left out, so that they are no measure of the columns."""
    lengths = sorted(len(line) for line in lines)
    median = lengths[len(lengths) // 2]
    lengths = [n for n in lengths if n <= SPANNING * median] or lengths
    return lengths[int(len(lengths) * WIDTH_SHARE)] if len(lengths) > 1 else lengths[0]


_LOGO_TEXT = (" logo", " logo.", " homepage", " home page")


def _without_masthead(blocks: list[str]) -> tuple[list[str], list[str]]:
    """The blocks without the site's name over its logo's text ("The Verge" / "The Verge logo."), at the top of
    the page, and the two lines gone."""
    for k, (block, below) in enumerate(pairwise(blocks[:MAX_TOP_BLOCKS])):
        if below in {block + logo for logo in _LOGO_TEXT}:
            return blocks[:k] + blocks[k + 2 :], blocks[k : k + 2]
    return blocks, []


def _title_index(blocks: list[str], under: frozenset[str], bylined: bool) -> int:
    """Which of the headings at the top is the title, when no author's name or date signs one: the first, unless
    it is a short label (a site section, a nav item: "News", "The Long Read") above a longer heading (``bylined``:
    the page names its author)."""
    top = []
    for block in blocks:
        if not is_heading(block) and not _nav_item(block) and not _long_headline(block):
            break
        top.append(block)
    if top and _trail(top[-1]) and len(top) < len(blocks) and _two_part_headline(blocks[len(top)]):
        return len(top)  # under a section's trail and rubric ("Finance | Glazed and confused"), a two-part headline
    trail = next((i for i, block in enumerate(top[:-1]) if _trail(block)), None)
    if trail is not None and _under_trail(top[:trail], top[trail + 1]):
        return trail + 1  # a section's trail stands right above the headline: "Money | Farm loans"
    label = top and len(top[0].split()) <= 3 and ":" not in top[0]
    menu_only = all(len(block.split()) <= MIN_TITLE_WORDS for block in top) and (  # (a topic's tags may be lower case)
        sum(map(_capitalised, top)) >= MIN_MENU_ITEMS
    )
    if label and menu_only and len(top) < len(blocks) and _two_sentence_headline(blocks[len(top)]):
        # under a menu of short labels only, a headline of two sentences ("A rink is losing money. X may let it
        # melt for good."): no label is the title
        return len(top)
    if label and _capitalised(top[0]):
        long = [i for i, block in enumerate(top) if len(block.split()) >= 4 and not is_caption(block)]
        # A menu's items are short and capitalised ("First Alert Weather Day", "Leeds & West Yorkshire"):
        # a longer heading below them is the title.
        titles = [i for i in long if len(top[i].split()) > 4 or not _capitalised(top[i])]
        if titles:
            return _signed_title(top, titles, under)
        below = blocks[len(top)] if len(top) < len(blocks) else ""
        headline_below = _two_part_headline(below) or _question_headline(below) or _title_cased_headline(below)
        # ... or, on a page that names its author, a headline of two short sentences ("Health" / "A mobile clinic is
        # the only dentist some children have seen. Its money runs out in May." / its dek / "by Jo Roe")
        if not long and (headline_below or (bylined and _two_sentence_headline(below))):
            # under a section's label, a headline with a full stop inside it, one that asks, or a title-case one
            # of two sentences ("A Four-Day Week Was Supposed to Keep Teachers. Now Parents Are Split.")
            return len(top)
        return long[0] if long else 0
    return _below_menu(blocks, top)


_QUOTES = ('"', "“", "'", "‘")
# The dates of a life under a death notice's name: "January 14, 1938 – October 3, 2024", "1938 - 2024".
_LIFESPAN = LazyPattern(r"(?:[A-Z][a-z]+\.? \d{1,2}, )?\d{4}\s*[–—-]\s*(?:[A-Z][a-z]+\.? \d{1,2}, )?\d{4}")
_NAMED = LazyPattern(r"[A-Z][a-z'’-]+(?: (?:[A-Z]\.?|[A-Z][a-z'’-]+)){1,3}")  # "Evelyn R. Kowalczyk"
MAX_CLAIMANT_WORDS = 4  # who made a fact-checked claim, as its box names them: "Viral image", "Jo Roe"
MIN_LOWER_WORDS = 3  # a headline in sentence case: "Kelby votes to close two schools"
MAX_LABEL_WORDS = 4  # a section's label or a site's name: "Politics · Congress", "Kelby Herald Online"
MAX_SIGNED_STEPS = 3  # a standfirst, a label, an author's name and post may stand between a headline and its date
MAX_TOLD_ABOVE = 2  # sentences above a headline: a site's note, a caption; the story's sentences stand below it
MAX_TOP_BLOCKS = 40  # a page's header, menus included, is shorter
DEFER = -1  # the signature tells nothing the page's first line does not


def _named_twice(blocks: list[str], signs: _Signs) -> int | None:
    """The headline a page names twice above its story: the heading a breadcrumb trail names as its last step
    ("Home > News > Council to close two schools"; a step cut short opens it), or a heading printed twice, as a
    release's title is over its text, or at the end of a line above it (the later one, so the header between goes);
    None when there is none."""
    step = " ".join(signs.crumb.split()).casefold() if signs.crumb else None
    seen: dict[str, int] = {}
    told = 0
    for k, block in enumerate(blocks[:MAX_TOP_BLOCKS]):
        told += finished(block) and not block.endswith("?")
        if told > MAX_TOLD_ABOVE:
            return None  # the story has begun (a site's alert or note may stand above the headline)
        text = " ".join(block.split()).casefold().rstrip(" .…")
        if step and (text == step or (len(text) > len(step) and text.startswith(step))):
            return k
        heading = not step and len(text.split()) >= MIN_TITLE_WORDS and is_heading(block)
        # (or the end of a line above: a trail's steps run into it, "ABC NewsNSWDubbo school …"; a section's name
        # in capitals may be printed twice, so only a sentence-case heading counts)
        repeated = text in seen or any(len(t) > len(text) and t.endswith(text) for t in seen)
        if heading and repeated and not _capitalised(block):
            return k
        # ... or the fuller copy of a heading above: "X Reports Third Quarter Results" / "X Reports … ; Raises Outlook"
        if heading and any(len(t.split()) >= MIN_TITLE_WORDS and text.startswith(t) and text != t for t in seen):
            return k
        seen[text] = k
    return None


def _signed_heading(blocks: list[str], signs: _Signs, byline: str | None) -> int | None:
    """The headline as a page prints it above its author and date: the first line so signed that is a headline,
    or the nearest above it when that line is a standfirst or a name (three lines up at most; not a masthead above
    the day's date); and the first of the headings straight above that one, with no furniture between: the
    headline above its unpunctuated standfirst or its points. Else a heading right below an author or a date,
    with the story under it; or the headline above the author's name alone on its line (``byline``), when no
    date signs it ("Kelby buys the old mill" / its standfirst / "Jo Roe" / "Published in"). None when no heading is
    signed either way."""
    top = blocks[:MAX_TOP_BLOCKS]
    lived = next((top.index(line) for line in signs.lived if line in top), None)
    if lived is not None:
        return lived  # a death notice's headline: the name above the dates of a life
    signed = _signed_above(top, signs.signed, signs)
    if signed is None and byline in top:
        signed = _signed_above(top, (byline,), signs)
    if signed == DEFER:
        return None
    dated = next((top.index(line) for line in signs.dated if line in top), None)
    # the story, or a standfirst straight under the headline and then the story
    story_below = dated is not None and any(
        finished(top[k]) and all(line in signs.under for line in top[dated + 1 : k + 1])
        for k in range(dated + 1, min(dated + 3, len(top)))
    )
    told_above = sum(map(finished, top[:dated])) if dated is not None else 0
    if dated is not None and not (_headline_like(top[dated]) and story_below and told_above <= MAX_TOLD_ABOVE):
        dated = None
    if signed is None and dated is not None:
        return dated  # a date over the headline and its story: "FRIDAY, MAY 16, 2025, 7:42 AM" / headline / story
    if signed is None and signs.released:  # a release's letterhead, or its headline, above its label and date
        released = _signed_above(top, signs.released, signs)
        return None if released == DEFER else released
    return signed


def _signed_above(top: list[str], lines: tuple[str, ...], signs: _Signs) -> int | None:
    """The headline a page signs below it with its author or date (see ``_signed_heading``): of ``lines``, the
    lines kept above such a sign."""
    for line in lines:
        if line not in top:
            continue
        mark = top.index(line)
        steps = range(mark, max(-1, mark - MAX_SIGNED_STEPS - 1), -1)
        k = next((k for k in steps if _headline_like(top[k]) or _first_told_headline(top, k)), None)
        if k is None or sum(map(finished, top[:k])) > MAX_TOLD_ABOVE:
            continue  # no headline near, or one below the story's first sentences: a list of links after it
        asks = k > 0 and top[k] in signs.under and top[k - 1] not in signs.under and _question_headline(top[k - 1])
        if asks:  # a headline that asks its question, over its signed standfirst, under furniture
            return k - 1
        menu = {block for block in top[:k] if len(block.split()) <= MAX_NAV_WORDS}
        found = k
        while k > 0 and top[k] in signs.under and _headline_like(top[k - 1]) and not _chrome_heading(top[k - 1], menu):
            k -= 1  # the headline above its standfirst or its points (not a section's menu run on one line above it)
        if k == 1 and top[k] in signs.under:
            return DEFER  # the page's first line above: a tabloid's headline ("CRUMBS! …"), for ``_title_index``
        if k == 1 and _long_headline(top[0]):
            return 0  # ... or right above the points it signs, a tabloid's headline longer than a heading
        return 0 if found - k != 1 and _first_line_over_labels(top, k) else k  # (not a heading over its standfirst)
    return None


_FINITE = frozenset(["VBD", "VBZ", "VBP", "VBN", "MD"])


def _tells(line: str) -> bool:
    """Whether a line has a verb that tells what happened or will ("votes", "fined", "to close"), as a headline
    does and a site's slogan or tagline does not ("Serving the valley since 1891", "Your paper on the coast")."""
    from .tagging import pos_tags  # (here: cleaning a page with no such line loads no tagger)

    tokens = re.findall(r"\w[\w'’.-]*|\S", line)
    tags = pos_tags(tokens)
    return any(tag in _FINITE or (tag == "VB" and k and tokens[k - 1].lower() == "to") for k, tag in enumerate(tags))


def _first_line_over_labels(top: list[str], k: int) -> bool:
    """Whether the headline a page signs is its first line, with only short labels between it and the standfirst
    or points below ("Kelby votes to close two schools" / "Politics · Schools" / "The board says …" / "By Jo Roe";
    "… CANCELS tour …" / "Kelby Herald Online" / "Singer, 29, pulls out …"): a section's or a site's name is never
    a headline's standfirst, so the line the author signs is the standfirst, or the last of the points, under the
    first line (the caller has found no heading straight above its standfirst: "EDUCATION" / "Later bell for
    schools" / "Board approves …" is that heading's, whatever line opens the page)."""
    between = top[1:k]
    return (
        k > 1
        and _headline_like(top[0])
        and len(top[0].split()) > MAX_LABEL_WORDS
        # (not a site's name in title case, "The Kelby Times & The Sunday Kelby Times", nor one with its tagline,
        # "Kelby Courier - Kelby's News", nor a menu or a ticker of prices: a headline's words are in sentence case)
        and not _capitalised(top[0])
        and not any(mark in top[0] for mark in (" | ", " - ", " — "))
        and sum(word[:1].islower() for word in top[0].split()) >= MIN_LOWER_WORDS
        and _tells(top[0])  # (a headline tells what happened; a site's slogan does not: "Your paper on the coast")
        and all(len(block.split()) <= MAX_LABEL_WORDS and not finished(block) for block in between)
    )


def _first_told_headline(top: list[str], k: int) -> bool:
    """A headline of two sentences, set as a story's would be ("A town flooded 4 times in 9 years. Now half of one
    street is taking the buyout."), where an author or a date signs it: the first finished line of the page, with
    no one's words in it (``_two_sentence_headline``)."""
    return _two_sentence_headline(top[k]) and finished(top[k]) and not any(map(finished, top[:k]))


_SCORE = LazyPattern(r"\b\d{1,3}\s?[-–]\s?\d{1,3}\b")
MAX_QUESTION_SENTENCES = 2  # "Kelby paid people to shop local. Did it work?"


def _question_headline(block: str) -> bool:
    """A headline that asks its question ("Kelby paid people to shop local. Did it work?"): of a headline's
    length, one or two sentences ending in a question mark, no one's quoted words."""
    return (
        block.endswith("?")
        and MIN_TITLE_WORDS <= len(block.split()) <= MAX_HEADING_WORDS
        and len(_SENTENCE_BREAK.findall(block)) < MAX_QUESTION_SENTENCES
        and not block.startswith(_QUOTES)
    )


def _headline_like(block: str) -> bool:
    """A line that can be a headline: a heading or a tabloid's long one, of a headline's length, and no banner,
    section trail or name line."""
    return (
        (
            is_heading(block)
            or _long_headline(block)
            or _two_part_headline(block)
            or _question_headline(block)
            or _title_cased_headline(block)
            or _punchline_headline(block)
        )
        and len(block.split()) >= MIN_TITLE_WORDS + _capitalised(block)  # not a name: "Wendy Lau Pei Shan"
        and not (_capitalised(block) and _SCORE.search(block))  # nor a match's score box: "Kelby 2-1 Ashby Town"
        and not _BANNER.match(block)
        and not _trail(block)
        and block.count(" | ") < 2  # a tagline in parts: "Head of Communications at Acme | Speaker | Writer"
        and not _name_line(block)
        and not _issuing_body(block)
    )


# A public body's name as a release prints it over or under its headline: "Department of Roads and Bridges",
# "Ministry of Rail, Roads and Local Transport".
_BODY_HEAD = LazyPattern(r"(?:The )?(?:Department|Ministry|Office|Agency|Bureau|Directorate|Division) (?:of|for) [A-Z]")


def _issuing_body(line: str) -> bool:
    """Whether a line is a public body's name alone, the one that issues a release (``_BODY_HEAD``), not a headline
    in title case that tells what it did ("Department of Health Announces Funding")."""
    return bool(_BODY_HEAD.match(line)) and _capitalised(line) and not _tells(line)


def _signed_title(top: list[str], titles: list[int], under: frozenset[str]) -> int:
    """Which of the long headings at the top (``titles``, indexes into ``top``) is the headline. A banner, a
    section's trail or a menu run on one line is none while a heading follows it. Of the rest, the headline is
    the one signed by its author's name on the line below it (a site's tagline or a dek is not), or the first
    of the headings straight above it (the headline above its unpunctuated dek); else the first under a
    section's label, or the first."""
    menu = {block for block in top if len(block.split()) <= MAX_NAV_WORDS}
    chrome = [i for i in titles if _chrome_heading(top[i], menu)]
    if chrome and chrome[-1] == titles[-1]:
        chrome = []  # the last long heading is chrome: nothing tells it from the headline
    titles = [i for i in titles if i not in chrome]
    signed = next((i for i in titles if i + 1 < len(top) and _name_line(top[i + 1])), None)
    if signed is None:
        # A section's label stands right above the headline ("Society"), below the site's name and tagline; of two
        # such, the headline says more than a menu's longer item ("Kelby Daily Herald Print Edition" / "Arts" /
        # headline).
        kicked = [i for i in titles if i > 1 and len(top[i - 1].split()) <= MAX_NAV_WORDS and _capitalised(top[i - 1])]
        return max(kicked, key=lambda i: len(top[i].split()), default=titles[0])
    while signed - 1 in titles and top[signed] in under:
        signed -= 1  # (no furniture between: "3,120 subscribers" parts a tagline from the headline)
    return signed


# A banner's shouted label before a colon: "WEATHER ALERT: Frost advisory …", "BREAKING NEWS: …", "LIVE: …".
# In capitals or not: "Weather Alert: Heat Advisory in effect …", "Breaking News: …".
_BANNER = LazyPattern(
    r"^(?:[A-Z]+ ){0,2}(?:ALERT|WARNING|ADVISORY|BREAKING|BREAKING NEWS|LIVE|WATCH LIVE)\s*:\s"
    r"|^(?:[A-Z][a-z]+ )?(?:Alert|Warning|Advisory|Breaking|Breaking News|Live|Watch Live|Just In)\s*[:-]\s"
    r"|^JUST IN\s*[:-]\s"
    # a live page's teaser: "Election 2024: Latest updates as early voting expands", "Live updates: …"
    r"|^[^:]{1,40}:\s+(?:Latest|Live) updates\b|^(?:Latest|Live) updates\s*:"
)
MIN_RUN_WORDS = 8


def _chrome_heading(line: str, menu: set[str]) -> bool:
    """A heading that is page chrome though as long as a headline: an alert's banner ("WEATHER ALERT: …"), a
    section's trail or an author's tagline in parts between bars ("Money | Farm loans", "Analyst | Writer"), or
    a section's menu run on one line (eight or more capitalised words with no "of", "the", "to" between them,
    the first an item of the menu above)."""
    if _BANNER.match(line):
        return True
    if _trail(line):
        return True
    words = line.split()
    run = len(words) >= MIN_RUN_WORDS and _capitalised(line) and not any(w in _CONNECTORS for w in words)
    return run and words[0] in menu  # a section's menu opens with the section's name, an item of the menu above


def _under_trail(above: list[str], below: str) -> bool:
    """Whether the heading below a section's trail is the headline: only a menu's short labels stand above the
    trail (not the headline, with the trail and its byline below it), and the heading is no trail or byline."""
    return (
        all(len(block.split()) <= MIN_TITLE_WORDS for block in above)
        and len(below.split()) >= MIN_TITLE_WORDS
        and not _trail(below)
        and not furniture.byline(below)
    )


def _trail(line: str) -> bool:
    """A section's trail or an author's tagline in short parts between bars or dots ("Money | Farm loans", "News ·
    Health · Kelby")."""
    parts = re.split(r" [|·] ", line)
    return len(parts) > 1 and all(len(part.split()) <= MAX_MASTHEAD_WORDS for part in parts)


MAX_NAME_WORDS = 3


def _name_line(line: str) -> bool:
    """A line that reads as a person's name alone, as a byline prints it under a headline: two or three
    capitalised words, with no figure or connecting word."""
    words = line.split()
    return 2 <= len(words) <= MAX_NAME_WORDS and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)


MIN_MENU_ITEMS = 4
MAX_MASTHEAD_WORDS = 5


def _below_menu(blocks: list[str], top: list[str]) -> int:
    """Where the title is when a site's name or slogan (a few capitalised words) tops the page above a menu
    ("Democracy at Dusk" / "Sections" / "Politics" / …): the first heading of five words or more below the
    menu, or, when the headline has full stops of its own, the short block right after the menu; the first
    heading otherwise."""
    menu = [b for b in top[1:] if len(b.split()) <= 3 and _capitalised(b)]
    masthead = len(top[0].split()) <= MAX_MASTHEAD_WORDS and _capitalised(top[0])  # a headline says more
    if not masthead or len(menu) < MIN_MENU_ITEMS or any(b not in menu for b in top[1 : len(menu) + 1]):
        return 0
    after = len(menu) + 1
    if after < len(top):
        return after if len(top[after].split()) > 4 else 0
    short = after < len(blocks) and len(blocks[after].split()) <= MAX_HEADING_WORDS
    if short and len(_SENTENCE_BREAK.findall(blocks[after])) <= 1:
        return after  # a headline of two short sentences: "Rents doubled. Then the landlord sold."
    return 0


def _two_part_headline(line: str) -> bool:
    """A headline in two parts with a full stop between them and none at its end ("The dam came down. Now the fish
    are back"), or a short question ("Tile-makers are booming. Can it last?"): a heading's length, and unlike a
    sentence of the story, unfinished or asking."""
    parts = _SENTENCE_BREAK.split(line)
    asks = line.endswith("?") and len(parts[-1].split()) <= MAX_PUNCHLINE_WORDS
    # (a business magazine's runs longer, unfinished: "An insurer gave 1,800 workers a four-day week at full pay. A
    # year later, its CEO says productivity is up 9%")
    most = MAX_HEADING_WORDS if asks or finished(line) else MAX_TWO_PART_WORDS
    return len(line.split()) <= most and len(parts) > 1 and (asks or not finished(line))


MAX_TWO_PART_WORDS = 26


def _two_sentence_headline(line: str) -> bool:
    """Two sentences of a heading's length, no one's quoted or reported words and not the site's voice: a
    headline in two parts, finished or not ("A software company tried a 4-day week. Now it's making it permanent.")."""
    parts = _SENTENCE_BREAK.split(line)
    return (
        len(parts) == 2
        and len(line.split()) <= (MAX_HEADING_WORDS if finished(line) else MAX_TWO_PART_WORDS)
        and not line.startswith(_QUOTES)
        and not _REPORTED_IN_PROSE.search(line)
        and not _ADDRESSED.search(line)
    )


# Reported words as a story tells them, in the past ("said", "told"); a headline reports in the present
# ("Parents say a 90-minute bus ride is too much", "Now the city says it will be another summer").
_REPORTED_IN_PROSE = LazyPattern(r"[\"“”]|\b(?:said|told|added|according|announced|wrote)\b")


def _punchline_headline(line: str) -> bool:
    """A newsletter's headline of two sentences, the second a short punchline ("Kelby's jail contract quietly
    doubled. Nobody voted on it."): a heading's length, no one's quoted words; only where an author or a date
    signs it (``_headline_like``)."""
    return (
        _two_sentence_headline(line)
        and line.endswith(".")
        and "!" not in line
        and "?" not in line
        and len(_SENTENCE_BREAK.split(line)[1].split()) <= MAX_PUNCHLINE_WORDS
    )


# The site speaking to its reader ("Stand up for the facts! We need your help."), no headline's voice.
_ADDRESSED = LazyPattern(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|I|[Mm]y|[Yy]ou|[Yy]our)\b")


MAX_PUNCHLINE_WORDS = 6


def _title_cased_headline(line: str) -> bool:
    """A magazine's headline of one or two sentences in title case ("A Rural Hospital Is Closing Its Maternity
    Ward. Expectant Mothers Will Drive 90 Miles."): a heading's length, and no sentence of a story capitalises
    every word."""
    words = line.split()
    return (
        MIN_TITLE_CASE_WORDS <= len(words) <= MAX_HEADING_WORDS
        and finished(line)
        and len(_SENTENCE_BREAK.findall(line)) <= 1
        and _capitalised(line)
    )


MIN_TITLE_CASE_WORDS = 6


def _nav_item(block: str) -> bool:
    """A menu item with full stops in it ("U.S.", "U.S. News"): short, and every stop an abbreviation's."""
    return len(block.split()) <= MAX_NAV_WORDS and block.count(".") >= 2 and not block.endswith((". ", ".."))


def _long_headline(line: str) -> bool:
    """A tabloid's headline, longer than a heading but, like one, with no sentence-final
    punctuation ("RATS THE SIZE OF CATS: Fury as rubbish piles up ... says she 'won't be bullied'"),
    or one that ends on its question to the reader ("... to shut 38 stores – is YOUR branch on the list?")."""
    words = len(line.split())
    return (
        MAX_HEADING_WORDS < words <= MAX_HEADLINE_WORDS
        and (not finished(line) or line.endswith("?"))
        and not (_SENTENCE_BREAK.search(line) or line.endswith((":", ",", ";")))
    )


# An author's or a reviewer's line under a headline: "Jo Roe, north of England correspondent", "Medically reviewed
# by Jo Roe, MD", "Fact checked by Jo Roe", "Jo ROE with Al LEE in Paris" (an agency's).
_SIGNED_POINT = LazyPattern(
    r"\b(?i:correspondent|editor|reporter|writer|columnist|journalist)$"
    r"|\b(?:[Rr]eviewed|[Cc]hecked|[Ww]ritten|[Rr]eported|[Ee]dited|[Pp]roduced|[Cc]ompiled) by\b"
    r"|\b[A-Z]{2,}(?:-[A-Z]{2,})? with [A-Z]"
)


def _bullet_summary(blocks: list[str], headline_kept: bool = False) -> set[int]:
    """The indexes of a summary in points right under the headline ("Binmen have been on
    strike for three weeks" / "Council leader has vowed to hire private firms"): two or more
    lines in a row, none ending a sentence, each a sentence's length and written in sentence
    case. They are the story's sentences, not subheadings; a menu or a list of sections is
    short or capitalised word by word, and page furniture stands between headline and story.
    A headline no title was taken from (``headline_kept``: "'I'M STILL DRIVING!' Lorry driver
    who scooped £48m vows ...") is the first block, and the points come right under it."""

    def point(block: str) -> bool:
        words = len(block.split())
        short = MIN_POINT_WORDS <= words <= MAX_POINT_WORDS
        signed = "|" in block or _SIGNED_POINT.search(block) or furniture.is_furniture(block)
        return is_heading(block) and short and not _capitalised(block) and block[:1].isupper() and not signed

    first = 1 if headline_kept and blocks and not finished(blocks[0]) and not point(blocks[0]) else 0
    run: list[int] = []
    for k, block in enumerate(blocks[first:], start=first):
        if k != first + len(run) or not point(block):
            break
        run.append(k)
    return set(run) if len(run) >= 2 else set()


_ATTRIBUTABLE = LazyPattern(r"(?i:quotes? (?:attributable|attributed) to) ([^:\"“]{3,120}):\s*(?=[\"“‘])")
_SAYS = LazyPattern(r"\b(?:said|says|told|tells|added|according|announced|wrote)\b")
_QUOTED_ALONE = LazyPattern(r"^[\"“‘'][^\"“”]{10,200}[\"”’']$")
_WORD = LazyPattern(r"\w+(?:['’]\w+)?")
MIN_PULL_WORDS = 4


def _pull_quote(paragraph: str, others: list[str]) -> bool:
    """A quote alone on its line, with no one said to say it, whose words all stand in the same order in one
    paragraph of the story, or two in a row ("We're not leaving," she said. "This is our home, and …")."""
    if not _QUOTED_ALONE.match(paragraph) or _SAYS.search(paragraph):
        return False
    words = [w.replace("’", "'") for w in _WORD.findall(paragraph.lower())]
    if len(words) < MIN_PULL_WORDS:
        return False
    for k in range(len(others)):
        told = iter(w.replace("’", "'") for w in _WORD.findall(" ".join(others[k : k + 2]).lower()))
        if all(word in told for word in words):
            return True
    return False


def _capitalised(line: str) -> bool:
    """Every word capitalised (or a figure), what is in brackets aside: "Iowa State Cyclones (6-0, 3-0 Big 12)"; a
    masthead's lower-case letter is a brand's ("The i Paper")."""
    words = _BRACKETED.sub(" ", line).split()
    return all(w[:1].isupper() or w[:1].isdigit() or w in _CONNECTORS or w in ("&", "i") for w in words)


_BRACKETED = LazyPattern(r"\([^()]*\)")


# A forwarded e-mail's header: "From: …", "Sent: …" or "Date: …", "To: …", "Subject: …" (and "Cc: …"), one a line.
_MAIL_HEADER = LazyPattern(r"^(?:From|Sent|Date|To|Cc|Subject):[ \t]*\S.*$", re.MULTILINE)
MIN_MAIL_HEADERS = 3
MAX_FORWARD_CHARS = 2000  # the note above a forwarded message is short


def _after_forwarding(text: str) -> str:
    """A forwarded e-mail's message, without the forwarder's greeting, note and signature above its header
    ("Hi Tom, / Worth reading before Thursday. / Sara / From: The Pelham Brief … / Subject: …")."""
    if "From:" not in text[:MAX_FORWARD_CHARS]:
        return text
    blocks: list[list[re.Match]] = []
    for header in _MAIL_HEADER.finditer(text, 0, MAX_FORWARD_CHARS + 400):
        if blocks and not text[blocks[-1][-1].end() : header.start()].strip():
            blocks[-1].append(header)  # the header's lines stand together, one after another
        else:
            blocks.append([header])
    for block in blocks:
        names = {m.group().split(":", 1)[0] for m in block}
        if len(names) >= MIN_MAIL_HEADERS and {"From", "Subject"} <= names:
            return text[block[-1].end() :]
    return text


# An e-mail's subject line opening the text, the mail's own labels before it: "Subject: Fwd: Library to ...".
_SUBJECT = LazyPattern(r"\A\s*Subject:[ \t]*(?:(?:Fwd?|FW|Re):[ \t]*)*(?=\S)", re.IGNORECASE)


def _subject_as_title(text: str) -> str:
    """A mail's text opening with its subject line, the subject as a title line without the mail's labels."""
    return _SUBJECT.sub("", text, count=1)


# A magazine's drop cap saved on a line of its own, the word's rest opening the next ("W" / "hen Esther Vail arrived"):
# one word. (Not "A" or "I", words of their own: "A" / "long way from home".)
_DROP_CAP = LazyPattern(r"(?m)^([B-HJ-Z])\n(?=[a-z]{2})")


def clean(
    raw: str, source: str, *, title: str | None = None, byline: str | None = None, date: str | None = None
) -> Article:
    """Clean raw text into an Article (title, paragraphs, attributions). A ``title`` known
    from the input's format (HTML, Markdown) wins over a first line that looks like one."""
    text = _DROP_CAP.sub(r"\1", _subject_as_title(_after_forwarding(sanitize(raw))))
    columns = print_page.is_print_copy(text.split("\n"))
    text, printed = print_page.unprint(text) if columns else (text, [])
    blocks, found_byline, dropped, signs = _blocks(text, columns)
    blocks, masthead = _without_masthead(blocks)
    removed: list[str] = printed + dropped + masthead
    byline = byline or found_byline
    title = sanitize(title).strip() or None if title else None
    if title and blocks and blocks[0].casefold() == title.casefold():
        blocks.pop(0)
    elif not title and blocks and (named := _named_twice(blocks, signs)) is not None:
        title = blocks.pop(named)
        del blocks[:named]  # the page's header above the headline it names twice
    elif not title and blocks and (signed := _signed_heading(blocks, signs, found_byline)) is not None:
        title = blocks.pop(signed)
        del blocks[:signed]  # the page's header above the headline its author and date sign
    elif not title and blocks and (is_heading(blocks[0]) or _nav_item(blocks[0])) and not is_caption(blocks[0]):
        index = _title_index(blocks, signs.under, found_byline is not None)
        title = blocks.pop(index)
        del blocks[:index]  # the labels above the title: site sections and nav
    elif not title and len(blocks) > 1 and _long_headline(blocks[0]):
        title = blocks.pop(0)
    paragraphs: list[str] = []
    attributions: list[str | None] = []
    subheadings: list[str] = []
    dated = False
    dated_at = 0  # the paragraph the dateline opens
    dateline: tuple[str, ...] = ()
    summary = _bullet_summary(blocks, headline_kept=title is None)
    bullets = 0
    labels = transcript.speaker_labels(blocks)
    for k, block in enumerate(blocks):
        end, speaker = labels.get(k, (0, None))
        block = block[end:]  # a transcript's speaker label: who speaks, not what is said
        if is_caption(block) or (title and k and block.casefold() == title.casefold()):
            removed.append(block)  # (and the headline printed again in a share box or a list after the story)
            continue
        if is_heading(block) and k not in summary:
            subheadings.append(block)
            continue
        body, trailer = split_trailer(block)
        attribution = None
        if trailer and furniture.signature(trailer) and len(body.split()) <= MAX_CAPTION_LINE_WORDS:
            removed.append(body)
            continue  # a caption signed by its photographer, not a block quote's speaker
        if trailer.lower().rstrip("!:") in _SOCIAL:
            block = body
        elif trailer and looks_like_attribution(trailer):
            block, attribution = body, trailer
        attribution = attribution or speaker
        attributable = _ATTRIBUTABLE.match(block)
        if attributable:  # a press release's "Quotes attributable to Jo Roe, Minister for Roads:" before the quote
            block, attribution = block[attributable.end() :], attributable.group(1)
        if furniture.bio_of(block, byline) or furniture.full_bio(block):
            continue  # the author's bio, beside the byline or in two sentences (role, then beat)
        if byline and block.rstrip(",;: ") == byline:
            continue  # the author's name again, alone under their picture: "Jo Roe,"
        early = len(paragraphs) - len(summary) - bullets < MAX_DATELINE_PARAGRAPH
        wire = _DATELINE.match(block)
        under_points = (  # a wire dateline under a standfirst of a few points, a sentence each, with no bullets
            wire is not None
            and wire.group("place") is not None
            and len(paragraphs) <= MAX_STANDFIRST_POINTS
            and all(len(p.split()) <= MAX_POINT_WORDS for p in paragraphs)
        )
        if (early or under_points) and not dated and k not in summary:
            # The dateline opens the story's first paragraph, which may follow a standfirst.
            stripped = strip_dateline(block)
            dated = stripped != block
            if dated:
                dateline = dateline_places(block[: len(block) - len(stripped)])
                dated_at = len(paragraphs)
            block = stripped
        bullets += bool(_BULLET_POINT.match(block))  # a summary in bullet points, above the dated lede
        paragraphs.append(_BULLET_GLYPH.sub("", block))  # the point's words, without its glyph
        attributions.append(attribution)
    if dated_at == 1 and 0 not in summary and _display_atop_dateline(paragraphs[0], paragraphs[1]):
        removed.append(paragraphs.pop(0))  # a picture's caption or a clip's blurb, alone over the dated lead
        del attributions[0]
    pulled = [k for k, block in enumerate(paragraphs) if _pull_quote(block, paragraphs[:k] + paragraphs[k + 1 :])]
    for k in reversed(pulled):  # a pull quote repeats the story's words, set apart in large type
        removed.append(paragraphs.pop(k))
        del attributions[k]
    if len(paragraphs) > 1 and _caption_atop(paragraphs[0], paragraphs[1]):
        removed.append(paragraphs.pop(0))  # the picture's caption above the story, though it has no credit
        del attributions[0]
    while len(paragraphs) > 1 and furniture.author_bio(paragraphs[-1]):
        paragraphs.pop()  # the author's bio at the end
        attributions.pop()
    if not paragraphs and (title or subheadings):
        # Only short unpunctuated lines (a tiny note, a list): they are the article.
        paragraphs = [b for b in ([title] if title else []) + subheadings]
        attributions = [None] * len(paragraphs)
        title, subheadings = None, []
    return Article(
        source=source,
        text="\n\n".join(paragraphs),
        title=title,
        paragraphs=tuple(paragraphs),
        subheadings=tuple(subheadings),
        attributions=tuple(attributions),
        byline=sanitize(byline).strip() or None if byline else None,
        date=sanitize(date).strip() or None if date else signs.printed,
        dateline=dateline,
        removed=tuple(removed),
    )
