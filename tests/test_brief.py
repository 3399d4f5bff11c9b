"""The pipeline end to end on the founding sample: the issue's acceptance criteria."""

import pytest

from briefcli.brief import Options, headline, make_brief
from briefcli.clean import clean
from briefcli.errors import NoTextError


@pytest.fixture
def brief(sample_text, no_nltk_data):
    return make_brief(sample_text, "samples/nato-ukraine.txt")


def test_actors_of_the_sample(brief):
    actors = {a.name: a for a in brief.actors + brief.minor_actors}
    expected = {
        "Mark Rutte": "person",
        "NATO": "organization",
        "Ukraine": "place",
        "Russia": "place",
        "North Korea": "place",
        "Iran": "place",
        "China": "place",
        "Ukraine-NATO Council": "organization",
    }
    for name, kind in expected.items():
        assert actors[name].type == kind, name
    assert "Secretary General of NATO" in actors["Mark Rutte"].role
    assert "Rutte" in actors["Mark Rutte"].aliases
    assert "North Korean" in actors["North Korea"].aliases
    main = [a.name for a in brief.actors]
    assert main[:2] == ["Mark Rutte", "NATO"]  # the most salient first
    assert all(0 < a.salience <= 1 for a in brief.actors)


def test_commitments_of_the_sample(brief):
    texts = [c.text for c in brief.commitments]
    assert any("NATO command for the coordination of security assistance and training" in t for t in texts)
    money = [c for c in brief.commitments if c.amount == "40 billion euros"]
    assert money and money[0].deadline == "until 2024"


def test_claim_about_russian_weapons_is_rutte_s(brief):
    (claim,) = [c for c in brief.claims if "North Korean weapons and troops" in c.text]
    assert claim.who == "Mark Rutte"
    assert "Iranian drones" in claim.text and "Chinese dual-purpose goods" in claim.text


def test_block_quotes_are_attributed(brief):
    assert [q.speaker for q in brief.quotes] == ["Mark Rutte", "Mark Rutte"]


def test_everything_is_verbatim_and_traceable(brief, sample_text):
    body = clean(sample_text, "x").text
    items = [*brief.summary, *brief.claims, *brief.commitments, *brief.quotes]
    assert items
    for item in items:
        assert item.text in body
        assert 0 <= item.sentence < brief.sentence_count
    for c in brief.commitments:
        assert c.what in c.text


def test_noise_never_appears(brief):
    rendered = " ".join([brief.headline] + [i.text for i in (*brief.summary, *brief.claims, *brief.quotes)])
    for noise in ("(Photo:", "Share", "NATO plans to bring Ukraine's victory closer", "Rutte urged not to forget"):
        assert noise not in rendered


def test_summary_length_options(sample_text):
    assert len(make_brief(sample_text, "s").summary) == 3
    assert len(make_brief(sample_text, "s", Options(sentences=5)).summary) == 5
    assert len(make_brief(sample_text, "s", Options(ratio=0.5)).summary) == 6
    by_words = make_brief(sample_text, "s", Options(words=60)).summary
    assert len(by_words) >= 1 and sum(len(s.text.split()) for s in by_words) <= 60


def test_headline_uses_title_or_lead():
    assert headline(clean("A Title\n\nBody text here.", "x"), "Body text here.") == "A Title"
    lead = "Short lead sentence here."
    assert headline(clean(lead, "x"), lead) == "Short lead sentence here"


def test_empty_article_is_an_error():
    with pytest.raises(NoTextError):
        make_brief("  \n\n ", "empty")


def test_output_is_deterministic(sample_text):
    assert make_brief(sample_text, "s") == make_brief(sample_text, "s")
