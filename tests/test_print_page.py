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


def test_a_jump_by_see_and_turn_to_with_its_slug_is_closed():
    for out, back in (("See POOL, Page A6", "POOL from Page A1"), ("Turn to page 5", "From front page")):
        page = _page(
            _STORY.replace("2028. The council said it would bor-\n", f"2028. The council said it would bor-\n{out}\n"
                           f"INSIDE\nLetters 12\nWEATHER Showers\n6 THE HARNLEY ECHO Friday, May 2, 2025\n{back}\n")
        )  # fmt: skip
        article = clean(page, "t")
        assert "The council said it would borrow £9 million towards the cost" in article.text, out
        assert "WEATHER" not in article.text and "Page" not in article.text


def test_a_folio_or_masthead_above_the_story_is_no_headline():
    for top in ("8  Harnley Echo, Friday, May 2, 2025\n", "Week of May 2-8, 2025 • Vol. 48, No. 45 • 75 cents\n"):
        page = top + "New pool for Harnley\nBy JO PELLOW\n" + _STORY
        assert clean(page, "t").title == "New pool for Harnley", top


def test_a_drop_cap_and_a_paragraphs_last_word_alone_rejoin_their_words():
    story = _STORY.replace("The Harnley Town Council voted on\n", "T\nhe Harnley Town Council voted on\n")
    story = story.replace("old baths had become too expen-\nsive to repair.", "old baths had become too ex-\npensive.")
    text = clean(_page(story), "t").text
    assert text.startswith("The Harnley Town Council voted on Monday")
    assert text.endswith("old baths had become too expensive.")


def test_a_caption_set_between_a_sentences_lines_goes_with_its_credit_on_the_line_under_it():
    story = _STORY.replace(
        "Quay Road site for housing.\n",
        "Quay Road site for\nSHUT Swimmers outside the baths\non Quay Road yesterday.\n"
        "Photograph: Al Marsh\nhousing.\n",
    )
    text = clean(_page(story), "t").text
    assert "Quay Road site for housing. Council leader" in text and "Swimmers" not in text


def test_a_credit_carried_onto_the_next_line_goes_whole():
    story = _STORY.replace(
        "for housing.\n", "for housing.\nThe old baths on Quay Road last\nweek. Photograph: Al Marsh/\nThe Echo\n"
    )
    text = clean(_page(story), "t").text
    assert "for housing. Council leader Ruth Danvers said" in text and "Echo" not in text


def test_a_pull_quote_goes_and_the_quote_it_repeats_stays():
    story = _STORY + '\n"We cannot keep patching the old\nbaths," Danvers said. "They are\nfinished."\n'
    page = _page(story.replace("raise the rest from the sale of the\n", "raise the rest from the sale of the\n"
                               "‘We cannot keep\npatching the old baths’\n"))  # fmt: skip
    text = clean(page, "t").text
    assert "from the sale of the Quay Road site for housing." in text
    assert '"We cannot keep patching the old baths," Danvers said.' in text
    assert "‘We cannot" not in text


def test_the_next_story_under_a_headline_in_capitals_is_cut():
    page = _page(_STORY + "\nGULL SNATCHES\nPENSIONER'S CHIPS\nA PENSIONER was hurt by a gull.\n")
    text = clean(page, "t").text
    assert text.endswith("old baths had become too expensive to repair.")


def test_a_byline_set_without_its_by_signs_the_headline_and_its_post_goes():
    page = _MASTHEAD + "Town votes to build\na new pool by 2028\nJO PELLOW\nHEALTH CORRESPONDENT\n" + _STORY
    article = clean(page, "t")
    assert article.title == "Town votes to build a new pool by 2028"
    assert article.byline == "JO PELLOW" and "CORRESPONDENT" not in article.text


def test_a_contact_line_by_name_and_a_corrections_note_are_not_the_story():
    page = _page(_STORY + "\nJo Pellow can be reached at\njpellow@harnleyecho.com.\nMARDEN ROOFING CO.\n")
    assert clean(page, "t").text.endswith("old baths had become too expensive to repair.")
    from briefcli.furniture import is_furniture

    assert is_furniture("In last week's edition, a story misspelled the name of Jo Roe. The Echo regrets the error.")


def test_a_jump_to_the_back_page_in_brackets_and_a_credit_after_a_dash_go():
    story = _STORY.replace(
        "2028. The council said it would bor-\n",
        "2028. The council said it would bor-\nContinued on back page\nWEATHER Showers\n"
        "Pool plan (Continued from front page)\n",
    ).replace("for housing.\n", "for housing.\nThe baths on Quay Road in 1998.\n— Photo: Al Marsh\n")
    text = clean(_page(story), "t").text
    assert "The council said it would borrow £9 million" in text and "for housing. Council leader" in text
    assert "Continued" not in text and "WEATHER" not in text and "Photo" not in text


def test_a_short_item_above_the_pages_first_byline_is_another_story():
    page = (
        _MASTHEAD + "IN BRIEF\nBins change\nfor holiday\nBin collections will move to Saturday next week, the\n"
        "council has said. Residents should leave bins out by 7am.\nNew pool for Harnley\nBy JO PELLOW\n" + _STORY
    )
    article = clean(page, "t")
    assert article.title == "New pool for Harnley"
    assert article.text.startswith("The Harnley Town Council voted on Monday") and "bins" not in article.text


def test_a_second_reporter_joins_the_byline_and_a_section_in_capitals_under_the_story_is_cut():
    page = (
        _MASTHEAD
        + "New pool for Harnley\nBy JO PELLOW\nand AL MARSH\n"
        + _STORY
        + "\nDEATHS\nROE Ada. Peacefully,\naged 91.\n"
    )
    article = clean(page, "t")
    assert article.byline == "JO PELLOW and AL MARSH"
    assert article.text.startswith("The Harnley Town Council") and "Peacefully" not in article.text


def test_a_corrections_box_between_the_storys_lines_goes_and_the_story_goes_on():
    story = _STORY.replace(
        "Quay Road site for housing.\n",
        "Quay Road site for housing.\nCORRECTIONS\nIn last week's edition we\nmisspelled the name of Ada Roe.\n"
        "The Echo regrets the error.\n",
    )
    text = clean(_page(story), "t").text
    assert "for housing. Council leader Ruth Danvers said" in text and "Ada Roe" not in text


def test_an_ocr_copys_ligatures_stray_rule_and_broken_hyphen_are_read_as_letters():
    story = _STORY.replace("Council leader Ruth Danvers said the\n", "| Council leader Ruth Danvers said the\n")
    story = story.replace("is expected to open in the spring of\n", "is expected to ﬁnally open in the spring of\n")
    story = story.replace("leisure centre beside the rail sta-\n", "leisure centre beside the rail sta¬\n")
    text = clean(_page(story), "t").text
    assert "is expected to finally open" in text and "beside the rail station," in text
    assert "housing. Council leader Ruth Danvers said" in text


def test_a_credit_over_its_caption_takes_the_caption_under_it_not_the_story_above():
    story = _STORY.replace(
        "Quay Road site for housing.\n",
        "Quay Road site for housing.\nPhoto: AL MARSH\nSwimmers at the Quay Road baths,\nwhich closed in March.\n",
    )
    text = clean(_page(story), "t").text
    assert "from the sale of the Quay Road site for housing. Council leader" in text and "Swimmers" not in text
