"""Issue 14: what the README promises, the tool does (each case a newcomer hit)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import pytest
from typer.testing import CliRunner

from briefcli import evaluate
from briefcli.brief import Options, make_brief
from briefcli.cli import app
from briefcli.errors import ExitCode
from briefcli.limits import MAX_HEADLINE_CHARS
from briefcli.text import words
from conftest import ROOT, SAMPLE
from serve import serving

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


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
    failure = json.loads(result.stdout)["failures"][0]  # the path is said once, as the source
    assert failure["source"].endswith("config.xml") and failure["error"] == "not an RSS or Atom feed"


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
    assert len(brief.headline) <= MAX_HEADLINE_CHARS and brief.headline.endswith("…")
    lead = "Unpunctuated " + "x" * 1500 + " ends here."
    assert len(make_brief(lead, "y").headline) <= MAX_HEADLINE_CHARS


# 12. The sample's headline reads as one: a whole sentence, not one cut mid-way.


def test_sample_headline_is_a_whole_sentence():
    brief = make_brief(SAMPLE.read_text(encoding="utf-8"), "sample")
    assert brief.headline.endswith("war against Ukraine") and "…" not in brief.headline


# 1. Re-running the cron line the same day loses nothing.


def test_new_only_rerun_keeps_the_earlier_digest_and_writes_new_stories_beside_it(tmp_path):
    news, state = tmp_path / "news", tmp_path / "state.sqlite"
    news.mkdir()
    (news / "a.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    target = tmp_path / "digests" / "2026-11-29.html"
    args = ["digest", str(news), "--new-only", "--state", str(state), "-f", "html", "-o", str(target)]
    assert run(*args).exit_code == 0
    morning = target.read_bytes()
    assert b"Mark Rutte" in morning
    again = run(*args, "--verbose")
    assert again.exit_code == 0 and "kept as it was" in again.stderr
    assert target.read_bytes() == morning
    (news / "b.txt").write_text(
        "Ferry strike called off\n\nThe ferry workers' union called off Friday's strike after talks. "
        "Helen Carter, its leader, said the deal protects every job until 2028.",
        encoding="utf-8",
    )
    later = run(*args)
    assert later.exit_code == 0 and target.read_bytes() == morning
    noon = target.with_name("2026-11-29-2.html").read_text(encoding="utf-8")
    assert "Ferry strike" in noon and "Mark Rutte" not in noon


# 4. --output makes its folders, as --state does.


def test_output_makes_missing_folders_for_summarize_and_digest(tmp_path):
    brief_file = tmp_path / "new" / "deeper" / "brief.txt"
    assert run("summarize", str(SAMPLE), "-o", str(brief_file)).exit_code == 0
    assert brief_file.read_text(encoding="utf-8").startswith("NATO")
    digest_file = tmp_path / "digests" / "today.md"
    assert run("digest", str(SAMPLE), "-o", str(digest_file)).exit_code == 0
    assert digest_file.exists()


# 5. Every error is one line with a documented code.


def test_bad_option_values_are_one_line_and_exit_2():
    for args in (
        ["summarize", str(SAMPLE), "-f", "bogus"],
        ["summarize", str(SAMPLE), "--ratio", "5"],
        ["summarize", str(SAMPLE), "--max-bytes", "99999999999999999999"],
        ["summarize"],
        ["summarize", str(SAMPLE), "--jobs", "2"],
        ["nonsense"],
    ):
        result = run(*args)
        assert result.exit_code == ExitCode.USAGE, args
        assert result.stderr.startswith("brief: error: ") and result.stderr.count("\n") == 1, result.stderr
        assert "Value error" not in result.stderr and result.stdout == ""


def test_missing_eval_extra_names_the_readme_command(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "rouge_score", None)
    evaluate._scorer.cache_clear()
    reference = tmp_path / "ref.txt"
    reference.write_text("NATO plans to bring Ukraine's victory closer.\n", encoding="utf-8")
    try:
        result = run("eval", str(SAMPLE), str(reference))
    finally:
        evaluate._scorer.cache_clear()
    assert result.exit_code == ExitCode.USAGE
    assert "python -m pip install '.[eval]'" in result.stderr and result.stderr.count("\n") == 1


# 7. --help names placeholders, not Python types.


def test_help_placeholders_do_not_leak_types():
    for command in ("summarize", "digest", "eval", "batch"):
        text = run(command, "--help").stdout
        for leak in ("<list", "<str>", "<int", "<float", "<path>", "<text>", "{"):
            assert leak not in text, (command, leak)


# 8. One summary length at a time; --words is a true budget.


def test_summary_lengths_are_mutually_exclusive():
    for args in (["-n", "2", "--words", "50"], ["--ratio", "0.5", "-n", "2"], ["--ratio", "0.5", "--words", "9"]):
        result = run("summarize", str(SAMPLE), *args)
        assert result.exit_code == ExitCode.USAGE and result.stderr.count("\n") == 1, args
        assert "give only one" in result.stderr


def test_words_is_at_most_that_many_words():
    text = SAMPLE.read_text(encoding="utf-8")
    for budget in (5, 30, 60):
        summary = make_brief(text, "s", Options(words=budget)).summary
        assert sum(len(words(s.text)) for s in summary) <= budget
    assert make_brief(text, "s", Options(words=5)).summary == ()


# 9. Several inputs: each brief printed when ready, errors in input order.


def test_each_brief_is_printed_as_soon_as_it_is_ready(tmp_path):
    """The second input is a page the server holds back: the first brief must be out
    before it is answered, and the third input's error comes after the second brief."""
    release = threading.Event()
    with serving(SAMPLE.read_bytes(), hold=release) as url:
        command = [sys.executable, "-m", "briefcli", "summarize", str(SAMPLE), url, str(tmp_path / "missing.txt")]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            first: list[str] = []
            reader = threading.Thread(target=lambda: first.append(process.stdout.readline()))
            reader.start()
            reader.join(20)
            assert first and first[0].startswith("NATO Secretary General"), "the first brief waited for the second"
            release.set()
            rest = process.stdout.read()
            assert process.wait(30) == ExitCode.UNREADABLE
        finally:
            process.kill()
    second = rest.index(f"source: {url}")
    error = rest.index("brief: error: ")
    assert second < error and "missing.txt: no such file" in rest[error:]


# 11. Benchmarks without the evaluation set: one clear line, exit 2.


@pytest.mark.parametrize("script", ["summary_quality", "long_article", "digest_throughput", "extraction_quality"])
def test_benchmarks_without_the_evaluation_set_say_so(script, tmp_path):
    path = ROOT / "benchmarks" / f"{script}.py"
    env = {**os.environ, "BRIEF_EVAL_DIR": str(tmp_path / "absent")}
    result = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "BRIEF_EVAL_DIR" in result.stderr and "Traceback" not in result.stderr
