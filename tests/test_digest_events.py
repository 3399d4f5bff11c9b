"""brief digest: one story per event, told once from its sources; the digest's layout."""

import io
import json
import re
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from briefcli.brief import Options
from briefcli.clean import clean
from briefcli.cli import app
from briefcli.digest import build as build_module
from briefcli.digest.build import analyse
from briefcli.digest.cluster import Clustering, cluster
from briefcli.digest.collect import Item
from briefcli.model import Commitment, Digest, Source, Sourced, Story, StorySource, SummarySentence
from briefcli.render import markdown, rich, text
from briefcli.render.common import MAIN_STORIES
from briefcli.render.html import render_digest as html_digest
from briefcli.text import article_sentences, words

EVENTS = Path(__file__).resolve().parent / "fixtures" / "events"
runner = CliRunner()


def digest(*args):
    return runner.invoke(app, ["digest", *args], env={"SOURCE_DATE_EPOCH": "1795000000"})


def groups(data: dict) -> set[frozenset[str]]:
    return {frozenset(Path(s["name"]).name for s in story["sources"]) for story in data["stories"]}


def test_one_event_from_three_outlets_is_one_story_and_the_main_one():
    data = json.loads(digest(str(EVENTS), "-f", "json").stdout)
    assert groups(data) == {
        frozenset({"fire-courier.txt", "fire-gazette.txt", "fire-herald.txt"}),
        frozenset({"seawall-vote-courier.txt", "seawall-vote-gazette.txt"}),  # same people as the tram vote,
        frozenset({"tram-vote-courier.txt", "tram-vote-gazette.txt"}),  # another vote, figures and week
        frozenset({"cup-final.txt"}),
        frozenset({"comet.txt"}),
        frozenset({"bakery.txt"}),
    }
    first = data["stories"][0]
    assert first["outlets"] == 3 and len(first["sources"]) == 3
    assert [s["outlets"] for s in data["stories"]] == sorted((s["outlets"] for s in data["stories"]), reverse=True)
    assert {s["outlet"] for s in first["sources"]} == {"fire-courier.txt", "fire-gazette.txt", "fire-herald.txt"}


def test_a_story_is_told_once_verbatim_and_traceable():
    data = json.loads(digest(str(EVENTS), "-f", "json").stdout)
    for story in data["stories"]:
        names = {s["name"] for s in story["sources"]}
        assert story["headline"] in {s["headline"] for s in story["sources"]}
        for item in story["summary"] + story["claims"] + story["commitments"]:
            assert item["source"] in names
            raw = Path(item["source"]).read_text(encoding="utf-8")
            sentences = article_sentences(clean(raw, item["source"]))
            assert sentences[item["sentence"]].text == item["text"]  # verbatim, at its number
        assert not {c["text"] for c in story["claims"]} & {s["text"] for s in story["summary"]}  # said once
        said = [frozenset(w.lower() for w in words(s["text"])) for s in story["summary"]]
        for k, a in enumerate(said):
            for b in said[k + 1 :]:
                assert len(a & b) / len(a | b) < 0.5  # no two sentences saying the same thing


def test_clustering_does_not_depend_on_input_order():
    files = sorted(str(p) for p in EVENTS.glob("*.txt"))
    forward = json.loads(digest(*files, "-f", "json").stdout)
    backward = json.loads(digest(*reversed(files), "-f", "json").stdout)
    assert groups(forward) == groups(backward)
    assert json.loads(digest(*files, "-f", "json").stdout) == forward  # the same run gives the same digest


def test_reports_too_far_apart_in_time_are_different_events():
    analysed = [analyse(Item(str(p), path=str(p)), Options(), 1 << 20, 30.0) for p in sorted(EVENTS.glob("fire-*.txt"))]
    features = [a.features for a in analysed]
    day = 86400.0
    assert cluster([], features, [0.0, day, 2 * day]) == [[0, 1, 2]]
    assert cluster([], features, [0.0, day, 30 * day], Clustering(window=4 * day)) == [[0, 1], [2]]


def test_a_fetched_url_is_its_own_link(monkeypatch):
    url = "https://news.example.com/fire"
    body = (EVENTS / "fire-courier.txt").read_text(encoding="utf-8")
    monkeypatch.setattr(build_module, "load", lambda *a, **k: Source(name=url, text=body, kind="html"))
    assert analyse(Item(url, path=url), Options(), 1 << 20, 30.0).link == url


def test_a_failure_names_its_source_once(tmp_path):
    (tmp_path / "ok.txt").write_text((EVENTS / "comet.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 binary")
    result = digest(str(tmp_path), "-f", "json")
    failure = json.loads(result.stdout)["failures"][0]
    assert failure["source"].endswith("binary.txt") and "binary.txt" not in failure["error"]
    assert f"{failure['source']}: {failure['error']}" in result.stderr


def _story(k: int, *, amount: str | None = None) -> Story:
    name = f"story-{k}.txt"
    commitments = (
        Sourced(Commitment(1, "x", "The council", "will build a very long sea wall", amount, "by 2030"), name),
    )
    return Story(
        headline=f"Headline {k}",
        sources=(StorySource(name, f"Headline {k}", None, None, name),),
        summary=(
            Sourced(
                SummarySentence(0, "A first sentence that is long enough to wrap in a narrow terminal window."), name
            ),
            Sourced(SummarySentence(3, "A second sentence."), name),
        ),
        commitments=commitments,
        outlets=1,
    )


def test_main_stories_is_a_short_list_and_the_title_a_human_date():
    d = Digest(generated="2026-11-29T07:00:00+00:00", stories=tuple(_story(k) for k in range(12)), actors=())
    for rendered in (markdown.render_digest(d), text.render_digest(d), html_digest(d)):
        assert "Digest — Sunday 29 November 2026" in rendered
        assert "and 4 more stories below" in rendered
    listed = re.findall(r"^\d+\. Headline", markdown.render_digest(d).split("## Actors")[0].split("---")[0], re.M)
    assert len(listed) == MAIN_STORIES
    assert "Headline 11" in markdown.render_digest(d)  # every story still follows in full


def test_markdown_quotes_are_separate_paragraphs():
    out = markdown.render_digest(Digest("2026-11-29T07:00:00+00:00", (_story(1),), ()))
    quotes = [line for line in out.splitlines() if line.startswith("> ")]
    assert len(quotes) == 2 and "\n\n> A second sentence." in out


def _rich_lines(d: Digest, width: int) -> list[str]:
    console = Console(width=width, file=io.StringIO(), color_system=None)
    console.print(rich.build_digest(d))
    return console.file.getvalue().splitlines()


def test_rich_digest_wraps_under_the_text_and_keeps_labels_with_values():
    lines = _rich_lines(Digest("2026-11-29T07:00:00+00:00", (_story(1, amount="£2bn"),), ()), 50)
    first = next(k for k, line in enumerate(lines) if "A first sentence" in line)
    column = lines[first].index("A first sentence")
    assert lines[first + 1][column - 1] == " " and lines[first + 1][column] != " "  # continuation under the text
    assert any(re.search(r"amount: +£2bn", line) for line in lines)
    assert any(re.search(r"deadline: +by 2030", line) for line in lines)


def test_feed_categories_become_sections_escaped(tmp_path):
    items = "".join(
        f"<item><title>{title}</title><link>https://example.com/{k}</link><category>{category}</category>"
        f"<description>{body}</description></item>"
        for k, (title, category, body) in enumerate(
            [
                ("Comet found", "Science &lt;b&gt;", "An amateur astronomer found a comet near the Sun on Thursday."),
                ("Cup won", "Sport", "Portmere Rovers won the county cup on penalties on Saturday afternoon."),
            ]
        )
    )
    (tmp_path / "feed.rss").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Coast &lt;News&gt;</title>{items}</channel></rss>',
        encoding="utf-8",
    )
    md = digest(str(tmp_path), "-f", "markdown").stdout
    assert "## Science \\<b\\>" in md and "## Sport" in md
    html = digest(str(tmp_path), "-f", "html").stdout
    assert "Science &lt;b&gt;" in html and "<b>" not in html
    data = json.loads(digest(str(tmp_path), "-f", "json").stdout)
    assert {s["category"] for s in data["stories"]} == {"Science <b>", "Sport"}
    assert {s["sources"][0]["outlet"] for s in data["stories"]} == {"example.com"}


def test_two_lone_reports_need_a_close_match_or_a_third_report(monkeypatch):
    from briefcli.digest import cluster as cluster_module
    from briefcli.digest.features import Features

    blank = Features({}, frozenset(), frozenset(), frozenset())
    table = {(0, 1): 0.25, (0, 2): 0.25, (1, 2): 0.25, (3, 4): 0.25, (5, 6): 0.45}
    monkeypatch.setattr(cluster_module, "candidates", lambda features, vecs: sorted(table))
    monkeypatch.setattr(cluster_module, "vectors", lambda features: list(range(len(features))))
    monkeypatch.setattr(cluster_module, "similarity", lambda a, b, i, j: table[(i, j)])
    settings = Clustering(threshold=0.16, pair=0.4)
    # three moderate reports corroborate each other; two moderate lone ones do not; a close pair does
    assert cluster([], [blank] * 7, [None] * 7, settings) == [[0, 1, 2], [3], [4], [5, 6]]
