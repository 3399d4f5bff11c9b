"""The exit-code contract, row by row: bad input gets one line on stderr and its code;
odd but readable input still gets a brief. The README's exit-code table matches."""

import json

import pytest
from typer.testing import CliRunner

from briefcli.cli import app
from briefcli.errors import ExitCode

runner = CliRunner()

GERMAN = "Die Bundesregierung hat am Montag neue Hilfen beschlossen. Kanzler Scholz sagte, das Paket sei wichtig."
RUSSIAN = "Правительство объявило о новых мерах поддержки. Министр заявил, что план вступит в силу в январе."
CHINESE = "政府周一宣布了新的援助计划。部长表示，该计划将于明年一月生效。"
CAPITALS = "THE MINISTER SAID THE NEW TAX WILL RAISE FOUR BILLION POUNDS BY 2027. CRITICS SAID IT WAS UNFAIR."
LIST = "Key points\n\n- The tax rises in April.\n- Ministers will review it in 2026.\n- Critics oppose it."
TABLE = "Results\n\n| Party | Seats |\n|---|---|\n| Labour | 412 |\n| Conservatives | 121 |\n\nLabour won the vote."
LONG_SENTENCE = "The minister said " + " ".join(["that the plan would work"] * 2000) + "."

SUCCEEDS = {
    "one sentence": "The minister resigned on Monday.",
    "no punctuation at all": "minister resigns after long row over budget plans",
    "a single 10,000-word sentence": LONG_SENTENCE,
    "German": GERMAN,
    "Russian": RUSSIAN,
    "Chinese": CHINESE,
    "capitals": CAPITALS,
    "a list": LIST,
    "a table": TABLE,
    "invalid UTF-8 (Windows-1252)": b"The caf\xe9 owner said \x93no\x94.",
}


@pytest.mark.parametrize("name", sorted(SUCCEEDS))
def test_odd_but_readable_input_still_gets_a_brief(tmp_path, name):
    content = SUCCEEDS[name]
    path = tmp_path / "article.txt"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    result = runner.invoke(app, ["summarize", str(path), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["headline"] and data["summary"]
    assert result.stderr == ""


def test_capitals_do_not_make_every_word_an_actor(tmp_path):
    path = tmp_path / "caps.txt"
    path.write_text(CAPITALS, encoding="utf-8")
    data = json.loads(runner.invoke(app, ["summarize", str(path), "-f", "json"]).stdout)
    assert data["actors"] == []


def test_tables_and_lists_keep_their_rows_apart(tmp_path):
    path = tmp_path / "list.txt"
    path.write_text(LIST, encoding="utf-8")
    data = json.loads(runner.invoke(app, ["summarize", str(path), "-f", "json", "-n", "5"]).stdout)
    assert [s["text"] for s in data["summary"]] == [
        "- The tax rises in April.",
        "- Ministers will review it in 2026.",
        "- Critics oppose it.",
    ]


FAILS = {
    "missing file": (None, ExitCode.UNREADABLE, "no such file"),
    "empty file": (b"", ExitCode.NO_TEXT, "no article text found"),
    "whitespace only": (b" \n\t\n  \n", ExitCode.NO_TEXT, "no article text found"),
    "NUL bytes": (b"text\x00with\x00nuls", ExitCode.UNREADABLE, "binary"),
    "an image": (bytes(range(256)) * 40, ExitCode.UNREADABLE, "binary"),
    "control-character soup": (bytes(range(1, 32)) * 50, ExitCode.UNREADABLE, "binary"),
}


@pytest.mark.parametrize("name", sorted(FAILS))
def test_bad_input_rows(tmp_path, name):
    content, code, message = FAILS[name]
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    result = runner.invoke(app, ["summarize", str(path)])
    assert result.exit_code == code
    assert result.stderr.startswith("brief: error: ") and message in result.stderr
    assert result.stderr.count("\n") == 1 and result.stdout == ""


def test_no_read_permission(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("Secret text.", encoding="utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("pathlib.Path.open", refuse)  # root ignores file modes, so fake it
    result = runner.invoke(app, ["summarize", str(path)])
    assert result.exit_code == ExitCode.UNREADABLE and "permission denied" in result.stderr


def test_too_large_is_refused_with_the_limit_named(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("A sentence here. " * 1000, encoding="utf-8")
    result = runner.invoke(app, ["summarize", str(path), "--max-bytes", "1000"])
    assert result.exit_code == ExitCode.UNREADABLE
    assert "larger than --max-bytes (1000 bytes)" in result.stderr
    stdin = runner.invoke(app, ["summarize", "-", "--max-bytes", "1000"], input="A sentence here. " * 1000)
    assert stdin.exit_code == ExitCode.UNREADABLE and "standard input" in stdin.stderr


def test_debug_shows_the_traceback(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("briefcli.batch.make_brief", broken)
    path = tmp_path / "a.txt"
    path.write_text("Fine text.", encoding="utf-8")
    quiet = runner.invoke(app, ["summarize", str(path)])
    assert quiet.exit_code == ExitCode.INTERNAL
    assert quiet.stderr == "brief: error: internal error: RuntimeError: boom (rerun with --debug for details)\n"
    loud = runner.invoke(app, ["summarize", str(path), "--debug"])
    assert isinstance(loud.exception, RuntimeError)
    monkeypatch.setenv("BRIEF_DEBUG", "1")
    assert isinstance(runner.invoke(app, ["summarize", str(path)]).exception, RuntimeError)


def test_interrupted_output_leaves_no_temporary_file(tmp_path, monkeypatch):
    from briefcli.output import Output, output_to

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr("os.replace", interrupted)
    target = tmp_path / "out.md"
    with pytest.raises(KeyboardInterrupt), output_to(target, Output.from_system()) as write:
        write("half")
    assert list(tmp_path.iterdir()) == []


HOSTILE = (
    "Minister [bold red]quits[/bold red] and [link=http://evil.example]click[/link] here today.\n\n"
    "The \x1b[2J\x1b[H screen \x1b]0;new title\x07 and \x1b]52;c;cm0gLXJmIC8=\x07 clipboard "
    "\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\ said \u202edaolnwod\u202c the [x](http://evil.example) plan "
    '<script>alert(1)</script> would "go ahead" next year.'
)


@pytest.mark.parametrize("fmt", ["rich", "text", "json", "markdown"])
def test_hostile_text_is_inert_in_every_format(fmt, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")  # a real terminal's code path for rich
    result = runner.invoke(app, ["summarize", "-", "-f", fmt, "-n", "5"], input=HOSTILE)
    assert result.exit_code == 0
    out = result.stdout
    for sequence in ("\x1b]", "\x1b[2J", "\x1b[H", "\x07", "\u202e", "\u202c"):
        assert sequence not in out
    if fmt == "json":
        data = json.loads(out)
        assert "[bold red]quits[/bold red]" in data["headline"]
    if fmt == "rich":
        assert "[bold red]quits[/bold red]" in out  # markup shown as text, not applied
    if fmt == "markdown":
        assert "\\[x\\](http://evil.example)" in out and "\\<script\\>" in out
