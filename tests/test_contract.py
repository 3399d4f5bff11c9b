"""Issue 14: what the README promises, the tool does (each case a newcomer hit)."""

from __future__ import annotations

import json
import os

from typer.testing import CliRunner

from briefcli.brief import HEADLINE_CHARS, make_brief
from briefcli.cli import app
from briefcli.errors import ExitCode
from conftest import SAMPLE

runner = CliRunner()


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


# 2. Feeds: a cut-off feed or an XML file that is no feed is a failure, never 0 stories.


def test_truncated_feed_alone_is_an_error_and_nothing_is_written(tmp_path):
    feed = tmp_path / "cut.xml"
    feed.write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>A</title><description>Hel')
    target = tmp_path / "digest.html"
    result = run("digest", str(feed), "-f", "html", "-o", str(target))
    assert result.exit_code == ExitCode.UNREADABLE
    assert "cut.xml: not a well-formed RSS/Atom feed" in result.stderr
    assert "nothing written" in result.stderr and not target.exists()


def test_xml_that_is_no_feed_makes_the_digest_partial(tmp_path):
    (tmp_path / "config.xml").write_text('<?xml version="1.0"?><config><a>1</a></config>', encoding="utf-8")
    result = run("digest", str(tmp_path / "config.xml"), str(SAMPLE), "-f", "json")
    assert result.exit_code == ExitCode.PARTIAL
    assert json.loads(result.stdout)["failures"][0]["error"].endswith("config.xml: not an RSS or Atom feed")


# 3. No article text, binary data behind a BOM, and a cap on headlines.


def test_a_page_of_navigation_only_has_no_article_text(tmp_path):
    page = tmp_path / "nav.html"
    page.write_text(
        "<html><head><title>Example News</title></head><body><div id='menu'>menu</div>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World Politics Sport</a></li></ul></nav>"
        "</body></html>",
        encoding="utf-8",
    )
    result = run("summarize", str(page))
    assert result.exit_code == ExitCode.NO_TEXT and result.stdout == ""
    assert result.stderr.startswith("brief: error: ") and result.stderr.count("\n") == 1


def test_random_bytes_behind_a_utf16_bom_are_binary(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(b"\xff\xfe" + os.urandom(3000))
    result = run("summarize", str(path))
    assert result.exit_code == ExitCode.UNREADABLE
    assert "looks like binary data" in result.stderr


def test_real_utf16_text_still_reads(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("Ukraine's Zelensky meets Mr Rutte in Kyiv. Ему рады.".encode("utf-16"))
    assert run("summarize", str(path)).exit_code == 0


def test_headlines_are_capped():
    title = "Word " * 400
    brief = make_brief("Body sentence one. Body sentence two.", "x", title=title.strip())
    assert len(brief.headline) <= HEADLINE_CHARS and brief.headline.endswith("…")
    lead = "Unpunctuated " + "x" * 1500 + " ends here."
    assert len(make_brief(lead, "y").headline) <= HEADLINE_CHARS


# 12. The sample's headline reads as one: a whole sentence, not one cut mid-way.


def test_sample_headline_is_a_whole_sentence():
    brief = make_brief(SAMPLE.read_text(encoding="utf-8"), "sample")
    assert brief.headline.endswith("war against Ukraine") and "…" not in brief.headline
