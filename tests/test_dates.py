"""The publication date a page prints as a time stamp, read as an ISO date."""

import pytest

from briefcli.clean import clean
from briefcli.dates import printed_date


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("Published: 6:12 PM EDT June 4, 2025", "2025-06-04"),
        ("Wednesday 11 June 2025", "2025-06-11"),
        ("Sept. 12, 2024", "2024-09-12"),
        ("Posted 1 October 2024 in Pay & conditions", "2024-10-01"),
        ("Released 07:00:04 12 March 2025", "2025-03-12"),
        ("2025-03-12T07:00", "2025-03-12"),
        ("17-04-2025", "2025-04-17"),  # the day first: it cannot be a month
        ("02/27/2025", "2025-02-27"),  # the month first
    ],
)
def test_a_printed_stamp_is_read_as_an_iso_date(stamp, iso):
    assert printed_date(stamp) == iso


@pytest.mark.parametrize("stamp", ["03/04/2025", "Updated 2 hours ago", "May 2025", "February 30, 2024", "14:32 GMT"])
def test_a_stamp_with_no_certain_day_gives_no_date(stamp):
    assert printed_date(stamp) is None


def test_a_plain_text_page_has_the_date_it_prints_above_its_story():
    page = (
        "Kelby council to close two branch libraries\n\nBy Jo Roe | March 3, 2025 5:14 PM | 3 min read\n\n"
        "The Kelby board voted 6-1 on Tuesday to close two branch libraries, officials said.\n\n"
        "The decision follows a review that began on January 14, 2024, the council said."
    )
    assert clean(page, "t").date == "2025-03-03"
    # A date given with the input (front matter, a page's metadata) wins; a story's own dates are no stamp.
    assert clean(page, "t", date="2025-03-04").date == "2025-03-04"
    assert clean(page.replace("By Jo Roe | March 3, 2025 5:14 PM | 3 min read", "By Jo Roe"), "t").date is None
