"""Page furniture: invented lines in the styles of pages saved as text, and whole saved
pages (tests/fixtures/saved/) whose briefs must hold no furniture and keep every sentence."""

from pathlib import Path

import pytest

from briefcli.brief import make_brief
from briefcli.clean import clean
from briefcli.furniture import byline, caption_label, is_furniture, strip_inline

SAVED = Path(__file__).resolve().parent / "fixtures" / "saved"


@pytest.mark.parametrize(
    "line",
    [
        "Jo Bloggs/Example Agency/Getty Images",
        "Murdered: At least two people were shot in the street on Sunday",
        "Sign up to our morning newsletter",
        "Get the best of the Example Times delivered directly to your inbox",
        "Read more",
        "Read more: How the vote was won",
        "Scroll down for video",
        "Please enter your comment!",
        "More news: Storm closes ports along the coast",
        "Article continued below",
        "Most watched videos",
        "A A A +",
        "• Share",
        "PUBLISHED: 08:01 EST, 3 May 2022 | UPDATED: 09:40 EST, 3 May 2022",
        "Last updated at 14:20 3 May 2022",
        "date 2022-05-03",
        "By Ama Mensah",
        "By KEN ADAMS FOR THE EXAMPLE POST",
        "Related: Fares to rise in January",
        "Copyright 2022 Example News. All rights reserved.",
        "Example Press writer Ana Ruiz contributed to this report.",
        "Image caption Protesters gathered outside the court",
        "Media playback is unsupported on your device",
        "Reporting by Ana Ruiz; Editing by Tom Lee",
        "5 min read",
        "Related Topics",
        "Photograph: Jo Bloggs/Example Agency",
        "CLICK HERE TO GET THE EXAMPLE NEWS APP",
        "Get the biggest daily stories by email",
        "Do you have a story? Email us at tips@example.com",
        "Please see our Privacy Notice for details of your data protection rights.",
        "Share on WhatsApp",
    ],
)
def test_furniture_lines(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the plan would be published in May.",
        "Updated rules will come into force on 1 May 2023, the regulator said.",
        "By Tuesday the crowd had gone home.",
        "Read the report and you will see why, she said.",
        "Mr Okoro: We will not give up.",
        "Residents said the petition had 3,000 signatures.",
        "Related charges were dropped in 2019.",
        "The firm changed its privacy policy last year.",
        "Share prices fell 5% on Monday.",
        "Reporting restrictions were lifted by the judge.",
    ],
)
def test_sentences_are_not_furniture(line):
    assert not is_furniture(line)


def test_glued_furniture_is_cut_and_the_sentence_kept():
    assert strip_inline("Jane Roe (pictured) said she would stand.") == "Jane Roe said she would stand."
    assert strip_inline("Shares fell. Scroll down for video The bank said more.") == "Shares fell. The bank said more."
    assert strip_inline("Anger: Fans waited for hours outside.") == "Fans waited for hours outside."
    assert caption_label("Mr Smith: We will go on.") is None
    assert byline("By Lucia Ferrante, Transport Correspondent") == "Lucia Ferrante"


def test_caption_between_paragraphs_is_not_glued_to_the_next_sentence():
    text = "Title\n\nThe first paragraph ends here.\nHeartbroken: Her mother at the scene on Monday\nPolice said more."
    article = clean(text, "t")
    assert article.paragraphs == ("The first paragraph ends here.", "Police said more.")


def test_agency_dateline_without_a_place_is_trimmed():
    article = clean("Title\n\n(Example News) — The senate passed the bill on Monday.", "t")
    assert article.paragraphs == ("The senate passed the bill on Monday.",)


def test_byline_line_becomes_the_byline():
    article = clean("Title here\n\nBy Ama Mensah\n\nThe council met on Monday.", "t")
    assert article.byline == "Ama Mensah"
    assert article.paragraphs == ("The council met on Monday.",)


_FURNITURE_WORDS = (
    "Getty",
    "SWNS",
    "pictured",
    "newsletter",
    "inbox",
    "Read more",
    "Scroll down",
    "comment!",
    "More news",
    "continued below",
    "continues below",
    "Most watched",
    "A A A",
    "Share",
    "PUBLISHED",
    "Last updated",
    "2021-03-24",
    "(AP)",
    "By ",
    "Relieved:",
    "Frustration:",
    "Credit:",
    "Copyright",
    "contributed to this report",
    "Advertisement",
    "You may also like",
    "Related:",
)

_KEPT = {
    "tabloid": [
        "A village baker has won her fight to keep her shop open",
        "Maria Lindqvist, 54, said she would reopen the bakery on Monday",
        "Council leader Gareth Pryce said the authority would review",
        "Residents said the bakery had been a meeting place",
    ],
    "wire": [
        "A robotic rover has found rock layers",
        "The space agency plans to send a second rover",
    ],
    "magazine": [
        "Night trains were written off a decade ago",
        "The rail company said it will add six sleeper routes",
        "Critics say the services still depend on public money",
    ],
    "regional": [
        "The Riverside Bridge will stay closed to traffic",
        "The council said it will open a temporary footbridge",
        "Bus routes will be diverted over the Mill Lane crossing",
    ],
}


@pytest.mark.parametrize("name", sorted(_KEPT))
def test_saved_pages_brief_without_furniture(name):
    raw = (SAVED / f"{name}.txt").read_text(encoding="utf-8")
    brief = make_brief(raw, name)
    shown = [s.text for s in brief.summary] + [c.text for c in brief.claims]
    shown += [c.text for c in brief.commitments] + [q.text for q in brief.quotes] + [brief.headline]
    for text in shown:
        for word in _FURNITURE_WORDS:
            assert word not in text, (word, text)
    body = clean(raw, name).text
    for sentence in _KEPT[name]:
        assert sentence in body
    assert not brief.headline.startswith(("By ", "Last updated", "PUBLISHED"))
