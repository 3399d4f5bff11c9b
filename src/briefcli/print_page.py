"""Undo a printed page's layout in text copied from a PDF or an e-paper.

A printed story runs in narrow columns, hyphenates words at the line's end, jumps to another page
("Continued on Page 12" … "From Page 1") with that page's header, boxes and slugs between, hangs its
pictures' captions between its lines with the credit run in ("… in January 2024. Picture: Kelby Post"),
and shares the page with other stories under their own headlines and bylines. A web page does none of
this, so the cleaner runs the pass only on text whose lines show the print layout (``is_print_copy``), then
reads what is left as it reads any hard-wrapped text.
"""

from __future__ import annotations

import re

from . import furniture
from .endings import finished

# A word hyphenated at the line's end: "un-" / "der" (a dash between words is spaced: "Kelby -").
_SPLIT_WORD = re.compile(r"[a-z]-$")
MIN_PRINT_LINES = 12
MIN_SPLIT_WORDS = 3
MAX_COLUMN_WIDTH = 60  # a column's median line, in characters: a web paragraph's line is far longer
_PAGE = r"(?:Page|Pg\.?|P\.)\s*[A-Z]?\d{1,3}|[A-Z]\d{1,2}"  # "Page 12", "Pg. 4", "A4"
_JUMP_OUT = re.compile(
    rf"^(?:(?:Story )?Continued|Cont(?:'|’)?d\.?|(?:Please )?(?:see|turn to)\b.{{0,30}}?)\s*(?:on|to|,)?\s*"
    rf"(?:{_PAGE})\.?$",
    re.IGNORECASE,
)
_JUMP_IN = re.compile(rf"^(?:(?:Continued|Cont(?:'|’)?d\.?) )?from (?:{_PAGE})\.?$", re.IGNORECASE)
# A caption whose credit is run in at its end: "Flood water on Mill Lane, in January 2024. Picture: Kelby Post".
_RUN_IN_CREDIT = re.compile(
    r"(?:^|[.!?]\s+)(?:Picture|Pic|Photo|Photograph|Image)s?(?: by)?:\s+[A-Z][\w.&'’ /-]{1,40}$", re.IGNORECASE
)
# The reporter's contact line that closes a printed story: "Reach Jo Roe at jroe@…", "Contact Jo Roe on 555-0142".
_CONTACT = re.compile(r"^(?:Reach|Contact|Email|E-mail|Write to) [A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){0,3} (?:at|on|via)\b")
MAX_CAPTION_LINES = 4
# The reporter's post under a printed byline: "Post Reporter", "Staff Writer", "Political Correspondent".
_POST = re.compile(r"^(?:[A-Z][\w'’-]+ ){1,3}(?:Reporter|Writer|Correspondent|Editor|Columnist)$")
# A contents box's item: a section and its page ("Letters 14", "Sport 22-27", "Obituaries A5").
_CONTENTS_ITEM = re.compile(r"^(?:[A-Z][A-Za-z]*:\s*)?[A-Z][\w&'’ ]{1,30}? [A-Z]?\d{1,3}(?:-\d{1,3})?$")
MIN_CONTENTS_ITEMS = 3


def is_print_copy(lines: list[str]) -> bool:
    """Whether ``lines`` are a printed page's: narrow columns with words split by a hyphen at the line's end,
    which a web page never does."""
    given = [line.strip() for line in lines if line.strip()]
    if len(given) < MIN_PRINT_LINES:
        return False
    splits = sum(1 for line in given if _SPLIT_WORD.search(line))
    widths = sorted(len(line) for line in given)
    return splits >= MIN_SPLIT_WORDS and widths[len(widths) // 2] <= MAX_COLUMN_WIDTH


def unprint(text: str) -> tuple[str, list[str]]:
    """A printed page's ``text`` without its layout (jumps spliced, run-in captions and their credits gone,
    the page's other stories cut), and the lines removed."""
    lines = text.split("\n")
    removed: list[str] = []
    lines = _without_boxes(lines, removed)
    lines = _spliced(lines, removed)
    lines = _without_captions(lines, removed)
    lines = _first_story(lines, removed)
    lines = _headline_whole(lines)
    return "\n".join(lines), removed


def _without_boxes(lines: list[str], removed: list[str]) -> list[str]:
    """Lines without the page's contents box ("INSIDE: Letters 14 | Puzzles 18 | Sport 22-27") and the
    reporter's post under a byline ("By JO ROE" / "Post Reporter")."""
    kept: list[str] = []
    for line in lines:
        items = re.split(r"\s*[|•·]\s*", line.strip())
        contents = len(items) >= MIN_CONTENTS_ITEMS and all(_CONTENTS_ITEM.match(x) for x in items)
        post = _POST.match(line.strip()) and kept and furniture.byline(kept[-1].strip())
        if contents or post:
            removed.append(line.strip())
        else:
            kept.append(line)
    return kept


def _spliced(lines: list[str], removed: list[str]) -> list[str]:
    """The story's jump closed: from "Continued on Page 12" to "From Page 1" (the other page's header, slug
    and boxes between, blank lines too) out, so the word split across the jump is one again ("chil-" /
    "dren")."""
    kept: list[str] = []
    k = 0
    while k < len(lines):
        if _JUMP_OUT.match(lines[k].strip()):
            back = next((j for j in range(k + 1, len(lines)) if _JUMP_IN.match(lines[j].strip())), None)
            end = k if back is None else back
            removed.extend(x.strip() for x in lines[k : end + 1] if x.strip())
            k = end + 1
            continue
        kept.append(lines[k])
        k += 1
    return kept


def _without_captions(lines: list[str], removed: list[str]) -> list[str]:
    """Lines without a picture's caption: the lines back to the last sentence's end above a credit run in at
    the caption's end ("Picture: Kelby Post"), or the lines under a credit alone on its line
    ("SAMUEL OKONJO/THE GAZETTE") down to the caption's full stop."""
    kept: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k].strip()
        if line and _RUN_IN_CREDIT.search(line):
            start = len(kept)
            while start > 0 and len(kept) - start < MAX_CAPTION_LINES - 1:
                above = kept[start - 1].strip()
                if not above or finished(above):
                    break
                start -= 1
            removed.extend([*(x.strip() for x in kept[start:]), line])
            del kept[start:]
            k += 1
            continue
        if line and furniture.credit_only(line):
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


def _first_story(lines: list[str], removed: list[str]) -> list[str]:
    """The lines of the page's first story: once it has told a sentence, another byline (with the headline
    lines above it) or the reporter's contact line ends it."""
    told = False
    for k, raw in enumerate(lines):
        line = raw.strip()
        if told and _CONTACT.match(line):
            removed.extend(x.strip() for x in lines[k:] if x.strip())
            return lines[:k]
        if told and furniture.byline(line):
            start = k
            while start > 0 and lines[start - 1].strip() and not finished(lines[start - 1]):
                start -= 1
            removed.extend(x.strip() for x in lines[start:] if x.strip())
            return lines[:start]
        told = told or finished(line)
    return lines


def _headline_whole(lines: list[str]) -> list[str]:
    """The page's head with a headline set over two lines as one line: above the byline that signs the story (before
    its first sentence), a line opening in lower case carries on the one above ("Town votes to build" / "a new pool
    by 2028")."""
    signed = next((k for k, line in enumerate(lines) if finished(line) or furniture.byline(line.strip())), None)
    if signed is None or finished(lines[signed]):
        return lines  # no byline under the headline: where the head ends is not known
    kept: list[str] = []
    for line in lines[:signed]:
        above = kept[-1].strip() if kept else ""
        if line.strip()[:1].islower() and above and not above.endswith("-"):
            kept[-1] = above + " " + line.strip()
        else:
            kept.append(line)
    return kept + lines[signed:]
