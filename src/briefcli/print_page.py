"""Undo a printed page's layout in text copied from a PDF or an e-paper.

A printed story runs in narrow columns, hyphenates words at the line's end, jumps to another page
("Continued on Page 12" … "From Page 1") with that page's header, boxes and slugs between, hangs its
pictures' captions between its lines with the credit run in ("… in January 2024. Picture: Kelby Post"),
prints pull quotes, drop caps, folios and corrections boxes, and shares the page with other stories under
their own headlines and bylines. A web page does none of this, so the cleaner runs the pass only on text
whose lines show the print layout (``is_print_copy``), then reads what is left as it reads any
hard-wrapped text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import furniture, wrapping
from .endings import finished
from .extract import lexicon
from .patterns import LazyPattern

_STRAY_BAR = LazyPattern(r"^\|\s+(?=[^|]*$)")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
# A word hyphenated at the line's end: "un-" / "der" (a dash between words is spaced: "Kelby -").
_SPLIT_WORD = LazyPattern(r"[a-z]-$")
MIN_PRINT_LINES = 12
MIN_SPLIT_WORDS = 3
MAX_COLUMN_WIDTH = 60  # a column's median line, in characters: a web paragraph's line is far longer
NARROW_COLUMN = 36
_PAGE = r"(?:Page|Pg\.?|P\.)\s*[A-Z]?\d{1,3}|[A-Z]\d{1,2}|(?:the )?(?:back|front) page"  # "Page 12", "A4", "back page"
# Where a story leaves its page: "Continued on Page 4", "See SCHOOLS, Page A6", "Turn to page 5", "Continued on A4".
_JUMP_OUT = LazyPattern(
    rf"^(?![^.!?]*\bfrom\b)\(?(?:(?:Story |Please )?(?:Continued|Cont(?:'|’)?d\.?|see|turn to)\b[^.!?]{{0,30}}?)"
    rf"\s*(?:on|to|,)?\s*(?:{_PAGE})\.?\)?$",
    re.IGNORECASE,
)
# ... and where it comes back: "From Page 1", "Continued from Page 1", "SCHOOLS from Page A1", "From front page".
_JUMP_IN = LazyPattern(
    rf"^(?:[A-Z][\w'’ ]{{1,30}}[ |]+)?\(?(?:(?:Continued|Cont(?:'|’)?d\.?) )?(?:[A-Z][A-Z'’ ]{{1,30}},? )?from "
    rf"(?:{_PAGE}|page one)\.?\)?$",
    re.IGNORECASE,
)
# A caption whose credit is run in at its end: "Flood water on Mill Lane, in January 2024. Picture: Kelby Post".
_RUN_IN_CREDIT = LazyPattern(
    r"(?:^|[.!?]\s+)(?:[—–-]\s*)?(?:Picture|Pic|Photo|Photograph|Image)s?(?: by)?:\s+[A-Z][\w.&'’ /-]{1,40}$"
    r"|(?:^|[.!?]\s+)\((?:Picture|Pic|Photo|Photograph|Image)s?(?: by|:)\s+[A-Z][^()]{1,50}\)$",  # "(Photo by Jo Roe)"
    re.IGNORECASE,
)
MAX_CREDIT_TAIL_WORDS = 4
_OPEN_CREDIT = LazyPattern(r"(?:^|[.!?]\s+)\(?(?:Picture|Pic|Photo|Photograph|Image)s?(?: by|:)?$", re.IGNORECASE)
# The reporter's contact line that closes a printed story: "Reach Jo Roe at jroe@…", "Contact Jo Roe on 555-0142",
# "Jo Roe can be reached at …".
_CONTACT = LazyPattern(
    r"^(?:Reach|Contact|Email|E-mail|Write to) [A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){0,3} (?:at|on|via)\b"
    r"|^[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,3} (?:can|may) be (?:reached|contacted|emailed) at\b"
)
MAX_CAPTION_LINES = 4
# The reporter's post under a printed byline: "Post Reporter", "Staff Writer", "Political Correspondent".
_POST = LazyPattern(
    r"^(?:[A-Z][\w'’-]+ ){1,3}(?:Reporter|Writer|Correspondent|Editor|Columnist)$"
    r"|^(?:[A-Z][A-Z'’-]+ ){1,3}(?:REPORTER|WRITER|CORRESPONDENT|EDITOR|COLUMNIST)$"
)
_AND_NAME = LazyPattern(r"^and [A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+){1,2}$")
_CAPS_NAME = LazyPattern(r"^[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,2}$")
# A contents box's item: a section and its page ("Letters 14", "Sport 22-27", "Obituaries A5").
_CONTENTS_ITEM = LazyPattern(r"^(?:[A-Z][A-Za-z]*:\s*)?[A-Z][\w&'’ ]{1,30}? [A-Z]?\d{1,3}(?:-\d{1,3})?$")
MIN_CONTENTS_ITEMS = 3
# A page's folio: its number and the day's date, with the paper's name ("8 Daily Clarion, Friday, June 6, 2025",
# "A4 ■ THURSDAY, OCTOBER 9, 2025   THE RIVERTON GAZETTE"); or the number alone.
_PAGE_NUMBER = LazyPattern(r"^[A-Z]?\d{1,3}\s|\s[A-Z]?\d{1,3}$|^[A-Z]?\d{1,3}$")
# A masthead's line: the paper's volume and number, its price ("Vol. 48, No. 45 • 75 cents", "No. 7,412  Price £1.20").
_MASTHEAD = LazyPattern(r"\bVol\.? \d+,? No\.? \d|\bNo\. \d[\d,]*\s+Price\b", re.IGNORECASE)
_DAY = LazyPattern(rf"\b(?:{'|'.join(sorted(lexicon.WEEKDAYS | lexicon.FULL_MONTHS))})\b", re.IGNORECASE)
# A sentence's last word alone on a line, which the cleaner would read as a label: "park.", "2021."
_TAIL = LazyPattern(r"^[a-z0-9][\w'’,-]*[.!?][\"'”’)]*$")
# A drop cap: the story's first letter set apart on its own line ("F" / "URIOUS families", "T" / "he 47 bus").
_DROP_CAP = LazyPattern(r"^[A-Z]$")
# A photographer's credit in capitals over the caption: "KEVIN DORSEY | MERIDIAN TRIBUNE".
_CAPS_CREDIT = LazyPattern(r"^[A-Z][A-Z.'’ -]{2,40} [|/] [A-Z][A-Z.'’ &-]{2,40}$")
# A picture's credit alone on the line under its caption: "Picture: Sam Pryce", "Photograph: Alan Pike".
_CREDIT_LINE = LazyPattern(r"^(?:[—–-]\s*)?(?:Picture|Pic|Photo|Photograph|Image)s?(?: by)?:?\s+[A-Z][\w.'’ /-]{1,40}$")
# A caption's shouted label: "STINK Overflowing bins on Cressley Road".
_CAPTION_LABEL = LazyPattern(r"^[A-Z]{3,}(?: [A-Z]{2,})* [A-Z][a-z]")
# A pull quote: words of the story printed again in large type between its lines, in quotes of its own and with no
# stop before the closing one ("‘They find money" / "for new offices but" / "can’t empty a bin’").
_PULL_OPEN = "‘“'\""
_PULL_CLOSE = "’”'\""
MAX_PULL_LINES = 6
PULL_RUN = 5  # words of a pull quote in a row that the story prints elsewhere
MAX_SPEAKER_LINES = 2
_WORD = LazyPattern(r"[a-z]+")
_SAID = LazyPattern(r"\b(?:said|says|added|adds|told|tells|asked|asks)\b")
_NAMED = LazyPattern(r"^[A-Z][\w'’-]+ [A-Z][\w'’-]+")  # a pull quote's speaker: "Hector Villanueva, owner of"


def is_print_copy(lines: list[str]) -> bool:
    """Whether ``lines`` are a printed page's: narrow columns with words split by a hyphen at the line's end,
    which a web page never does."""
    given = [line.strip() for line in lines if line.strip()]
    if len(given) < MIN_PRINT_LINES:
        return False
    splits = sum(1 for line in given if _SPLIT_WORD.search(line))
    width = sorted(len(line) for line in given)[len(given) // 2]
    # (a tabloid's narrower columns hyphenate less: two splits do there)
    return (splits >= MIN_SPLIT_WORDS and width <= MAX_COLUMN_WIDTH) or (splits > 1 and width <= NARROW_COLUMN)


def unprint(text: str) -> tuple[str, list[str]]:
    """A printed page's ``text`` without its layout (jumps spliced, run-in captions and their credits gone,
    the page's other stories cut), and the lines removed."""
    # A PDF's ligatures are their letters ("ﬁnal": "final"), and a soft hyphen or an OCR's "¬" ending a line splits
    # its word as a hyphen does ("recov\u00ad" / "ering", "restric¬" / "tions").
    text = text.translate(_LIGATURES)
    lines = [line.rstrip()[:-1] + "-" if line.rstrip().endswith(("\u00ad", "¬")) else line for line in text.split("\n")]
    lines = [_STRAY_BAR.sub("", line) for line in lines]  # an OCR's stray column rule: "| said retired teacher …"
    removed: list[str] = []
    lines = _without_boxes(lines, removed)
    # The story's jump closed: from "Continued on Page 12" to "From Page 1" (the other page's header, slug and boxes
    # between, blank lines too) out, so the word split across the jump is one again ("chil-" / "dren").
    lines = _without_runs(lines, removed, _JUMP_OUT.match, _JUMP_IN.match, len(lines))
    lines = _without_captions(lines, removed)
    # A corrections box between the story's lines: its label and note, to the line that regrets the error.
    lines = _without_runs(lines, removed, _CORRECTIONS.match, _ERROR.search, MAX_BOX_LINES)
    lines = _without_pull_quotes(lines, removed)
    lines = _first_story(lines, removed)
    lines = _headline_whole(_drop_caps_joined(_tails_joined(lines)))
    return "\n".join(lines), removed


def _without_boxes(lines: list[str], removed: list[str]) -> list[str]:
    """Lines without the page's contents box ("INSIDE: Letters 14 | Puzzles 18 | Sport 22-27"), the reporter's
    post under a byline ("By JO ROE" / "Post Reporter"), the page's number alone and, above the story, its folio and
    masthead; a byline set without its "By" over the post ("GRACE ADEYEMI" / "HEALTH CORRESPONDENT") gets one, and a
    second reporter's line ("and AL LEE") joins the byline."""
    kept: list[str] = []
    told = False
    for line in lines:
        items = re.split(r"\s*[|•·]\s*", line.strip())
        contents = len(items) >= MIN_CONTENTS_ITEMS and all(_CONTENTS_ITEM.match(x) for x in items)
        if kept and _AND_NAME.match(line.strip()) and furniture.byline(kept[-1].strip()):
            kept[-1] = f"{kept[-1].rstrip()} {line.strip()}"  # a second reporter: "By JO ROE" / "and AL LEE"
            continue
        post = _POST.match(line.strip()) and kept and furniture.byline(kept[-1].strip())
        if _POST.match(line.strip()) and kept and _CAPS_NAME.match(kept[-1].strip()):
            kept[-1] = "By " + kept[-1].strip()  # a byline set without its "By": "GRACE ADEYEMI" / "HEALTH EDITOR"
            post = True
        number = _PAGE_NUMBER.search(line.strip())
        head = not told and (_MASTHEAD.search(line) or _dated(line.strip()))  # (above the story: a masthead's)
        folio = head or (number and (number.group() == line.strip() or (not told and _folio(line.strip()))))
        told = told or finished(line)
        if contents or post or folio:
            removed.append(line.strip())
        else:
            kept.append(line)
    return kept


def _folio(line: str) -> bool:
    """A page's folio: its number at one end, and a day's date (a month's or weekday's name, and a year)."""
    return bool(_DAY.search(line)) and re.search(r"\b(?:19|20)\d{2}\b", line) is not None and not finished(line)


_FULL_DATE = LazyPattern(
    rf"\b(?:{'|'.join(sorted(lexicon.WEEKDAYS))}),? (?:\d{{1,2}} )?[a-z]+\.? (?:\d{{1,2}},? )?"
    r"(?:19|20)\d{2}\b",
    re.IGNORECASE,
)


def _dated(line: str) -> bool:
    """A line above the story with the day's full date: the masthead's ("THE NORTHERN CHRONICLE Wednesday November
    12 2025", "WEDNESDAY, APRIL 16, 2025 • MERIDIAN, OHIO • $2")."""
    return bool(_FULL_DATE.search(line)) and not finished(line)


def _without_runs(
    lines: list[str], removed: list[str], opens: Callable[[str], object], closes: Callable[[str], object], reach: int
) -> list[str]:
    """Lines without each run from a line ``opens`` matches to the next line ``closes`` matches, ``reach`` lines on
    at most; with no such line, only the opening line goes."""
    kept: list[str] = []
    k = 0
    while k < len(lines):
        if opens(lines[k].strip()):
            end = next((j for j in range(k + 1, min(k + 1 + reach, len(lines))) if closes(lines[j].strip())), k)
            removed.extend(x.strip() for x in lines[k : end + 1] if x.strip())
            k = end + 1
            continue
        kept.append(lines[k])
        k += 1
    return kept


def _without_captions(lines: list[str], removed: list[str]) -> list[str]:
    """Lines without a picture's caption: the caption's lines above a credit run in at its end ("… last week.
    Photograph: Lucy Hart/" / "The Chronicle") or alone on the line under it ("Picture: Sam Pryce"), or the lines
    under a credit alone on its line ("SAMUEL OKONJO/THE GAZETTE", "KEVIN DORSEY | THE TRIBUNE") down to the
    caption's full stop."""
    kept: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k].strip()
        credit = _CREDIT_LINE.match(line) and kept and kept[-1].strip()
        run_in = None
        following = lines[k + 1].strip() if k + 1 < len(lines) else ""
        carried = line.endswith("/") or _OPEN_CREDIT.search(line)
        if not credit and carried and following and len(following.split()) <= MAX_CREDIT_TAIL_WORDS:
            # the credit carried to the next line: "Photograph: Lucy Hart/" / "The Chronicle", "(Photo by" / "Jo Roe)"
            run_in = _RUN_IN_CREDIT.search(line + ("" if line.endswith("/") else " ") + following)
            if run_in:
                line = f"{line}\n{following}"
                k += 1
        run_in = run_in or (not credit and _RUN_IN_CREDIT.search(line))
        below = _caption_below(lines, k) if credit and not _caption_above(kept) else None
        if below is not None:
            removed.extend(x.strip() for x in lines[k : below + 1])  # the credit over its caption: "Photo: JO ROE" / …
            k = below + 1
            continue
        if credit or run_in:
            start = _caption_start(kept if credit else [*kept, line])
            removed.extend([*(x.strip() for x in kept[start:]), line])
            del kept[start:]
            k += 1
            continue
        if line and (furniture.credit_only(line) or _CAPS_CREDIT.match(line)):
            end = next(
                (j for j in range(k + 1, min(k + 1 + MAX_CAPTION_LINES, len(lines))) if finished(lines[j])), None
            )
            if end is not None and all(x.strip() for x in lines[k + 1 : end + 1]):
                removed.extend(x.strip() for x in lines[k : end + 1])
                k = end + 1
                continue
        kept.append(lines[k])
        k += 1
    return kept


def _caption_above(kept: list[str]) -> bool:
    """Whether the lines above a credit alone on its line are its caption: the last one ends no sentence ("… the
    Ashby Fold stop last month" / "Picture: Sam Pryce"), one of them opens with a shouted label, or they open with a
    capital straight after a sentence's end (not the tail of the story's sentence: "… raise the rest from the" /
    "Quay Road site for housing.")."""
    start = _caption_start(kept)
    opened = kept[start].strip()[:1].isupper() and (
        start == 0 or not kept[start - 1].strip() or finished(kept[start - 1])
    )
    return not finished(kept[-1]) or opened or any(_CAPTION_LABEL.match(x.strip()) for x in kept[start:])


def _caption_below(lines: list[str], k: int) -> int | None:
    """The last line of a caption under the credit at line ``k`` ("Photo: JO ROE" / "Workers inspect the outlet …" /
    "… in nine years."): opening with a capital, ended within a few lines; None when the lines under it are none."""
    if k + 1 >= len(lines) or not lines[k + 1].strip()[:1].isupper():
        return None
    return next((j for j in range(k + 1, min(k + 1 + MAX_CAPTION_LINES, len(lines))) if finished(lines[j])), None)


def _caption_start(lines: list[str]) -> int:
    """Where the caption that ends ``lines`` begins: back up to the last sentence's end (three lines at most; the
    caption's own last line may end in a stop), at the farthest line opening with a capital, as a caption does (the
    line above may be the story's, broken off mid-sentence: "… a year earlier. The" / "A queue of ambulances …"),
    or at a line opening with a shouted label ("STINK Overflowing bins on")."""
    end = len(lines) - 1
    start = end
    first = end
    while start > 0 and end - start < MAX_CAPTION_LINES - 1:
        line, above = lines[start].strip(), lines[start - 1].strip()
        if line[:1].isupper():
            first = start
        if _CAPTION_LABEL.match(line) or not above or finished(above):
            break
        start -= 1
    return first


def _without_pull_quotes(lines: list[str], removed: list[str]) -> list[str]:
    """Lines without a pull quote and its speaker's line under it ("— Council member Jo Roe", "Jo Roe, owner of" /
    "Roe's Bakery")."""
    kept: list[str] = []
    k = 0
    while k < len(lines):
        end = _pull_quote_end(lines, k) if kept else None
        if end is None:
            kept.append(lines[k])
            k += 1
            continue
        after = end + 1
        named = after < len(lines) and _NAMED.match(lines[after].strip())
        if after < len(lines) and lines[after].strip()[:1] in "—–":
            after += 1
        elif named and finished(kept[-1]):  # (between two sentences: the speaker's name and post, unfinished)
            stop = after
            while stop < min(after + MAX_SPEAKER_LINES, len(lines)) and not finished(lines[stop]):
                stop += 1
            after = stop if stop < len(lines) and lines[stop].strip()[:1].isupper() else after
        removed.extend(x.strip() for x in lines[k:after])
        k = after
    return kept


def _pull_quote_end(lines: list[str], k: int) -> int | None:
    """The last line of a pull quote opening at line ``k``: words of the story printed again between its lines, in
    quotes of their own, four lines at most ("‘They find money" / "for new offices but" / "can’t empty a bin’");
    None when no pull quote opens there."""
    if lines[k].strip()[:1] not in _PULL_OPEN:
        return None
    end = next((j for j in range(k, min(k + MAX_PULL_LINES, len(lines))) if lines[j].strip()[-1:] in _PULL_CLOSE), None)
    if end is None:
        return None
    quoted = " ".join(x.strip() for x in lines[k : end + 1])
    if _SAID.search(quoted):
        return None  # the story's own quote, its speaker named in its lines
    words = _WORD.findall(quoted.lower())
    rest = " ".join(_WORD.findall(" ".join(x for j, x in enumerate(lines) if not k <= j <= end).lower()))
    runs = [" ".join(words[i : i + PULL_RUN]) for i in range(max(1, len(words) - PULL_RUN + 1))]
    return end if words and any(f" {run} " in f" {rest} " for run in runs) else None


def _tails_joined(lines: list[str]) -> list[str]:
    """A sentence's last word alone on its line carried back onto the line above ("the Local Services Net-" /
    "work.", "in the" / "park.", "doubled since" / "2021."): alone, the cleaner would read it as a label."""
    kept: list[str] = []
    for line in lines:
        above = kept[-1].rstrip() if kept else ""
        tail = line.strip()
        if above.strip() and _TAIL.match(tail) and not finished(above):
            kept[-1] = wrapping.joined(above, tail)
        else:
            kept.append(line)
    return kept


def _drop_caps_joined(lines: list[str]) -> list[str]:
    """The story's first word whole again when its first letter stands alone on a line: "F" / "URIOUS families"
    ("FURIOUS"), "T" / "he 47 bus" ("The"); "A" and "I" are words of their own before a capital."""
    kept: list[str] = []
    for line in lines:
        above = kept[-1].strip() if kept else ""
        word = line.strip().split()[0] if line.strip() else ""
        if (
            _DROP_CAP.match(above)
            and word[:1].isalpha()
            and (word[:1].islower() or (above not in "AI" and word.isupper()))
        ):
            kept[-1] = above + line.strip()
        else:
            kept.append(line)
    return kept


def _first_story(lines: list[str], removed: list[str]) -> list[str]:
    """The lines of the page's first signed story: once it has told a sentence, another byline (with the headline
    lines above it) or the reporter's contact line ends it, and once it has told a few, a headline in capitals
    after a sentence's end. A short item told above the page's first byline ("IN BRIEF" / "Bin collections change
    …") is another story: the signed one under it, longer, is the page's."""
    lines = _under_first_byline(lines, removed)
    told = 0
    for k, raw in enumerate(lines):
        line = raw.strip()
        if told and _CONTACT.match(line):
            removed.extend(x.strip() for x in lines[k:] if x.strip())
            return lines[:k]
        if told >= MIN_TOLD and (_shouted_headline(line) or _SECTION.match(line)) and finished(lines[k - 1]):
            removed.extend(x.strip() for x in lines[k:] if x.strip())
            return lines[:k]  # the next story under a headline in capitals ("SEAGULL SWIPES"), or a section ("DEATHS")
        if told and furniture.byline(line):
            start = _headline_start(lines, k)
            removed.extend(x.strip() for x in lines[start:] if x.strip())
            return lines[:start]
        told += finished(line)
    return lines


MIN_TOLD = 3  # sentences the story has told before a headline in capitals is the next story's
# A page's section under the story, in capitals: its notices, briefs, listings.
_SECTION = LazyPattern(
    r"^(?:DEATHS|BIRTHS|OBITUAR(?:Y|IES)|(?:IN )?BRIEFS?|(?:PUBLIC |FAMILY )?NOTICES|CLASSIFIEDS?"
    r"|LETTERS|TELEVISION|TV|LISTINGS|PUZZLES)$"
)
# A corrections box between the story's lines, to its note's last line: "CORRECTION" / … / "regrets the error."
_CORRECTIONS = LazyPattern(r"^(?:CORRECTIONS?|CLARIFICATIONS?|FOR THE RECORD)$")
_ERROR = LazyPattern(r"\berrors?\b[^.!?]*[.!?]$|\bcorrects?\b[^.!?]*[.!?]$", re.IGNORECASE)
MAX_BOX_LINES = 8


def _headline_start(lines: list[str], k: int) -> int:
    """Where the unfinished lines straight above line ``k`` begin: a byline's headline and standfirst."""
    start = k
    while start > 0 and lines[start - 1].strip() and not finished(lines[start - 1]):
        start -= 1
    return start


def _under_first_byline(lines: list[str], removed: list[str]) -> list[str]:
    """The page from the first byline's headline on, when what is told above it (a brief) is shorter than what is
    told under it; else the page as it is."""
    signed = next((k for k, line in enumerate(lines) if furniture.byline(line.strip())), None)
    if signed is None:
        return lines
    start = _headline_start(lines, signed)
    above = sum(map(finished, lines[:start]))
    if not above or above >= sum(map(finished, lines[signed:])):
        return lines
    removed.extend(x.strip() for x in lines[:start] if x.strip())
    return lines[start:]


def _shouted_headline(line: str) -> bool:
    """A line in capitals of two words or more, no sentence: a headline on a printed page."""
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= 2 and bool(letters) and all(c.isupper() for c in letters) and not finished(line)


def _headline_whole(lines: list[str]) -> list[str]:
    """The page's head with a headline set over several lines as one line: above the byline that signs the story
    (before its first sentence), a line opening in lower case, with a figure or a price carries on the one above
    ("Town votes to build" / "a new pool by 2028", "Water bills to rise" / "18% over three years"), as does one under
    a line ending on a word no headline ends on ("Street bridge to" / "close for two years")."""
    signed = next((k for k, line in enumerate(lines) if finished(line) or furniture.byline(line.strip())), None)
    if signed is None or finished(lines[signed]):
        return lines  # no byline under the headline: where the head ends is not known
    kept: list[str] = []
    for line in lines[:signed]:
        above = kept[-1].strip() if kept else ""
        opens = line.strip()[:1]
        carried = opens.islower() or opens.isdigit() or opens in "$£€" or wrapping.DANGLING.search(above)
        if carried and above and not above.endswith("-"):
            kept[-1] = above + " " + line.strip()
        else:
            kept.append(line)
    return kept + lines[signed:]
