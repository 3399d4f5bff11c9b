"""The publication date a page prints as a time stamp ("Published 6:12 PM EDT June 4, 2025",
"Wednesday 11 June 2025", "2025-03-12T07:00"), read as an ISO date (YYYY-MM-DD), as trafilatura
gives one for a saved HTML page. Only a stamp that names its year is read, and a numeric date
only when its day cannot be taken for its month ("17-04-2025", "02/27/2025"): "03/04/2025" is
March in one country and April in another, and a wrong date is worse than none."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    name: k
    for k, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_WRITTEN = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),  # June 4, 2025
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),  # 4 June 2025
)
_ISO = re.compile(rf"\b{_YEAR}-(?P<month>\d{{2}})-(?P<day>\d{{2}})(?!\d)")  # "2025-03-12T07:00" too
_NUMERIC = re.compile(rf"\b(?P<first>\d{{1,2}})([-./])(?P<second>\d{{1,2}})\2{_YEAR}\b")
MAX_DAY_AS_MONTH = 12


def printed_date(stamp: str) -> str | None:
    """The ISO date of the first date with its year in ``stamp``; None when it names none, or
    only a numeric date whose day and month could be either way round."""
    for pattern in (*_WRITTEN, _ISO):
        match = pattern.search(stamp)
        if match:
            month = match.group("month")
            number = int(month) if month.isdigit() else _MONTHS.get(month.lower())
            found = _iso(int(match.group("year")), number, int(match.group("day")))
            if found:
                return found
    match = _NUMERIC.search(stamp)
    if not match:
        return None
    first, second = int(match.group("first")), int(match.group("second"))
    if first > MAX_DAY_AS_MONTH >= second:
        return _iso(int(match.group("year")), second, first)  # the day first: "17-04-2025"
    if second > MAX_DAY_AS_MONTH >= first:
        return _iso(int(match.group("year")), first, second)  # the month first: "02/27/2025"
    return None


def _iso(year: int, month: int | None, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat() if month else None
    except ValueError:
        return None  # "February 30": no date
