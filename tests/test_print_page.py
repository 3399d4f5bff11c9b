"""Text copied from a printed page: its layout undone before the cleaner reads it (invented pages)."""

from briefcli.clean import clean
from briefcli.print_page import is_print_copy, unprint

_STORY = """The Harnley Town Council voted on
Monday to close the old swimming
baths on Quay Road and build a new
leisure centre beside the rail sta-
tion, ending a dispute that has run
for more than three years.
The new centre will have a 25-metre
pool, a learner pool and a gym, and
is expected to open in the spring of
2028. The council said it would bor-
row £9 million towards the cost and
raise the rest from the sale of the
Quay Road site for housing.
Council leader Ruth Danvers said the
old baths had become too expen-
sive to repair."""

_MASTHEAD = "THE HARNLEY ECHO\nFriday, May 2, 2025 | Vol. 88, No. 104 | £1.20\n"


def _page(body: str) -> str:
    return _MASTHEAD + "New pool for Harnley\nBy JO PELLOW\nEcho Reporter\n" + body


def test_a_printed_page_is_told_by_its_narrow_hyphenated_columns():
    assert is_print_copy(_page(_STORY).split("\n"))
    web = [
        "The Harnley Town Council voted on Monday to close the old swimming baths on Quay Road and build a "
        "new leisure centre beside the rail station, ending a dispute that has run for years."
    ] * 30
    assert not is_print_copy(web)
    wrapped_email = _STORY.replace("-\n", "").split("\n")  # narrow lines, but no word split at a line's end
    assert not is_print_copy(wrapped_email + wrapped_email)


def test_a_page_that_is_no_print_copy_keeps_what_the_pass_would_cut():
    text = "Pool plan approved\n\nThe council voted to build a pool.\nReach Jo Roe at the town hall on Monday.\n"
    assert not is_print_copy(text.split("\n"))
    assert "Reach Jo Roe at the town hall on Monday." in clean(text, "t").text


def test_a_headline_set_in_one_long_line_is_no_measure_of_the_columns_under_it():
    page = _MASTHEAD + "Harnley town council votes to close its old baths and build a new pool by 2028\n" + _STORY
    text = unprint(page)[0]
    assert "Harnley town council votes" in text and "The Harnley Town Council voted on" in text
    article = clean(page, "t")
    assert article.text.startswith(
        "The Harnley Town Council voted on Monday to close the old swimming baths on Quay Road and build a new "
        "leisure centre beside the rail station, ending a dispute that has run for more than three years."
    )


def test_a_stories_jump_is_closed_and_the_other_pages_furniture_between_dropped():
    page = _page(
        _STORY.replace(
            "2028. The council said it would bor-\n",
            "2028. The council said it would bor-\nContinued on Page 6\n\nWEATHER Showers, high 14\n\n"
            "6 THE HARNLEY ECHO Friday, May 2, 2025\nPOOL\nFrom Page 1\n",
        )
    )
    article = clean(page, "t")
    assert "The council said it would borrow £9 million towards the cost" in article.text
    for furniture in ("Continued", "WEATHER", "Page 1", "POOL"):
        assert furniture not in article.text


def test_a_caption_with_its_credit_run_in_is_dropped_from_between_the_storys_lines():
    caption = "The old baths on Quay Road, closed in\nMarch 2024. Picture: Harnley Echo\n"
    page = _page(_STORY.replace("for housing.\n", "for housing.\n" + caption))
    article = clean(page, "t")
    assert "closed in" not in article.text and "Picture:" not in article.text
    assert "the sale of the Quay Road site for housing. Council leader Ruth Danvers said" in article.text


def test_a_caption_under_its_credit_alone_on_a_line_is_dropped():
    page = _page(_STORY.replace("2028. ", "2028.\n\nJO PELLOW/THE ECHO\nSwimmers at the Quay Road baths\nin 1998.\n\n"))
    article = clean(page, "t")
    assert "Swimmers" not in article.text and "PELLOW/" not in article.text
    assert "The council said it would borrow £9 million" in article.text


def test_the_pages_next_story_under_its_own_byline_is_cut():
    page = _page(_STORY + "\nBus depot to\nmove to Eastfield\nBy AL MARSH\nThe county's main bus depot will\nmove.")
    article = clean(page, "t")
    assert "bus depot" not in article.text and "Eastfield" not in article.text
    assert article.text.endswith("old baths had become too expensive to repair.")


def test_the_reporters_contact_line_ends_the_story():
    page = _page(_STORY + "\nReach Jo Pellow at jpellow@\nharnleyecho.com.\nBRIEFS\nFete on Sunday\nThe fete opens.")
    article = clean(page, "t")
    assert "Reach" not in article.text and "fete" not in article.text
    assert article.text.endswith("old baths had become too expensive to repair.")


def test_the_contents_box_and_the_reporters_post_are_dropped_and_the_headline_kept_whole():
    page = (
        _MASTHEAD + "INSIDE: Letters 12 | Puzzles 20 | Sport 30-35\nTown votes to build\na new pool by 2028\n"
        "By JO PELLOW\nEcho Reporter\n" + _STORY
    )
    article = clean(page, "t")
    assert article.title == "Town votes to build a new pool by 2028"
    assert article.byline == "JO PELLOW"
    assert "Letters" not in article.text and "Echo Reporter" not in article.text
    assert article.text.startswith("The Harnley Town Council voted on Monday")


def test_a_line_ending_on_and_is_no_heading_above_its_paragraph():
    text = "Pool plan\n\nCouncillors Ada Lee and\nTom Fry voted against the plan.\n"
    assert clean(text, "t").paragraphs == ("Councillors Ada Lee and Tom Fry voted against the plan.",)
