"""Properties that hold for any input: no crash, valid JSON, verbatim items, determinism."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefcli.brief import make_brief
from briefcli.clean import clean
from briefcli.errors import NoTextError
from briefcli.render import json as json_render
from briefcli.render import markdown, text

WORDS = st.sampled_from(
    [
        "The",
        "minister",
        "NATO",
        "said",
        "will",
        "pledged",
        "£40m",
        "by",
        "2027",
        "Mr.",
        "Smith",
        "U.S.",
        "“quote”",
        '"plan"',
        "Russia's",
        "Ukraine",
        "Council",
        "of",
        "Europe",
        "according",
        "to",
        "him",
        "she",
        "told",
        "Share",
        "(Photo:",
        "x)",
        "\x1b[31m",
        "[bold]",
        "\u202e",
        "2024",
        "%",
        "and",
    ]
)
SENTENCE = st.lists(WORDS, min_size=1, max_size=25).map(lambda ws: " ".join(ws)) | st.text(max_size=200)
ENDINGS = st.sampled_from([".", "!", "?", "", "...", '."', "\n", "\n\n"])
ARTICLE = st.lists(st.tuples(SENTENCE, ENDINGS).map("".join), min_size=0, max_size=30).map(" ".join)


def _brief_or_none(raw: str):
    try:
        return make_brief(raw, "prop")
    except NoTextError:
        return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE)
def test_any_text_gives_a_verbatim_brief_or_a_clean_error(raw):
    brief = _brief_or_none(raw)
    if brief is None:
        assert not clean(raw, "prop").paragraphs or not clean(raw, "prop").text.strip()
        return
    body = clean(raw, "prop").text
    for item in (*brief.summary, *brief.claims, *brief.quotes, *brief.commitments):
        assert item.text in body
        assert 0 <= item.sentence < brief.sentence_count
    assert json.loads(json_render.render(brief))["schema"] == 2
    assert "\x1b" not in text.render(brief) and "\x1b" not in markdown.render(brief)


@settings(max_examples=50, deadline=None)
@given(ARTICLE)
def test_same_input_same_output(raw):
    first, second = _brief_or_none(raw), _brief_or_none(raw)
    assert first == second
    if first is not None:
        assert json_render.render(first) == json_render.render(second)
