"""The command line through Typer's CliRunner: formats, options, errors and exit codes."""

import json
import re

import pytest
from typer.testing import CliRunner

from briefcli import __version__
from briefcli.cli import app
from briefcli.errors import ExitCode
from conftest import SAMPLE

runner = CliRunner()
ANSI = re.compile(r"\x1b")


def run(*args, input=None, env=None):
    return runner.invoke(app, list(args), input=input, env=env)


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"brief {__version__}"


def test_help_lists_every_option():
    result = run("summarize", "--help")
    assert result.exit_code == 0
    for option in ("--format", "--sentences", "--ratio", "--words", "--algorithm", "--max-bytes", "--no-color"):
        assert option in result.stdout


def test_pipe_default_is_plain_text_without_escape_codes():
    result = run("summarize", str(SAMPLE))
    assert result.exit_code == 0
    assert not ANSI.search(result.stdout)
    assert result.stdout.splitlines()[3] == "SUMMARY"
    assert "KEY CLAIMS" in result.stdout and "ACTORS" in result.stdout


def test_json_from_stdin():
    result = run("summarize", "-", "--format", "json", input=SAMPLE.read_text(encoding="utf-8"))
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["schema"] == 2 and data["source"] == "<stdin>"
    assert {"headline", "summary", "claims", "commitments", "actors", "quotes"} <= set(data)
    names = [a["name"] for a in data["actors"]]
    assert "Mark Rutte" in names
    for commitment in data["commitments"]:
        assert {"text", "sentence", "who", "what", "amount", "deadline"} <= set(commitment)


def test_markdown():
    result = run("summarize", str(SAMPLE), "-f", "markdown")
    assert result.exit_code == 0
    assert result.stdout.startswith("# ")
    assert "## Summary" in result.stdout and "## Actors" in result.stdout


def test_rich_forced_in_a_pipe_has_no_colour_when_not_a_terminal():
    result = run("summarize", str(SAMPLE), "-f", "rich")
    assert result.exit_code == 0
    assert "Summary" in result.stdout
    assert not ANSI.search(result.stdout)


def test_rich_colour_on_a_terminal_and_no_color(monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    coloured = run("summarize", str(SAMPLE), "-f", "rich")
    assert ANSI.search(coloured.stdout)
    plain = run("summarize", str(SAMPLE), "-f", "rich", "--no-color")
    assert not re.search(r"\x1b\[[0-9;]*3[0-9]m|\x1b\[[0-9;]*38;", plain.stdout)
    monkeypatch.setenv("NO_COLOR", "1")
    env_plain = run("summarize", str(SAMPLE), "-f", "rich")
    assert not re.search(r"\x1b\[[0-9;]*3[0-9]m|\x1b\[[0-9;]*38;", env_plain.stdout)


@pytest.mark.parametrize("algorithm", ["brief", "lexrank", "textrank", "lsa", "luhn"])
def test_algorithms_and_length(algorithm):
    result = run("summarize", str(SAMPLE), "-f", "json", "-a", algorithm, "-n", "2")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert len(data["summary"]) == 2 and data["algorithm"] == algorithm


def test_words_budget_never_cuts_a_sentence():
    data = json.loads(run("summarize", str(SAMPLE), "-f", "json", "--words", "50").stdout)
    assert sum(len(s["text"].split()) for s in data["summary"]) <= 50
    text = SAMPLE.read_text(encoding="utf-8")
    assert all(s["text"] in text for s in data["summary"])


@pytest.mark.parametrize(
    ("content", "code", "message"),
    [
        (None, ExitCode.UNREADABLE, "no such file"),
        (b"", ExitCode.NO_TEXT, "no article text"),
        (b"   \n\n\t  \n", ExitCode.NO_TEXT, "no article text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ExitCode.UNREADABLE, "binary"),
    ],
)
def test_bad_input_gives_one_line_and_exit_code(tmp_path, content, code, message):
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    result = run("summarize", str(path))
    assert result.exit_code == code
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_directory_and_size_cap(tmp_path):
    result = run("summarize", str(tmp_path))
    assert result.exit_code == ExitCode.UNREADABLE and "directory" in result.stderr
    result = run("summarize", str(SAMPLE), "--max-bytes", "100")
    assert result.exit_code == ExitCode.UNREADABLE and "--max-bytes" in result.stderr


def test_usage_error_exit_code():
    result = run("summarize", str(SAMPLE), "--format", "yaml")
    assert result.exit_code == ExitCode.USAGE


def test_windows_1252_input_decodes(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("The minister said the caf\xe9 plan was \x93bold\x94 and would cost \x8040m.".encode("latin-1"))
    result = run("summarize", str(path), "-f", "json")
    assert result.exit_code == 0
    assert "café plan was “bold”" in json.loads(result.stdout)["summary"][0]["text"]


def test_hostile_markup_and_escapes_stay_inert(monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    article = (
        "[bold red]Alarm[/bold red] as \x1b]0;pwned\x07minister [link=http://evil]resigns[/link] today.\n\n"
        "The \x1b[2J minister said the plan \u202ewould\u202c go ahead next year."
    )
    for fmt in ("rich", "text", "markdown", "json"):
        result = run("summarize", "-", "-f", fmt, input=article)
        assert result.exit_code == 0
        assert "\x1b]0;" not in result.stdout and "\x1b[2J" not in result.stdout and "\u202e" not in result.stdout
    rich_out = run("summarize", "-", "-f", "rich", input=article).stdout
    assert "[bold red]Alarm[/bold red]" in rich_out


def test_output_file_is_written_whole(tmp_path):
    target = tmp_path / "brief.md"
    result = run("summarize", str(SAMPLE), "-f", "markdown", "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("# ")
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]  # no temporary left behind


def test_output_failures_leave_nothing(tmp_path):
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    result = run("summarize", str(SAMPLE), "-o", str(tmp_path / "a-file" / "b.txt"))
    assert result.exit_code == ExitCode.UNWRITABLE and "cannot create its folder" in result.stderr
    previous = tmp_path / "old.txt"
    previous.write_text("yesterday", encoding="utf-8")
    result = run("summarize", str(tmp_path / "nope.txt"), "-o", str(previous))
    assert result.exit_code == ExitCode.UNREADABLE
    assert previous.read_text(encoding="utf-8") == "yesterday"


def test_eval_scores_against_a_reference(tmp_path):
    reference = tmp_path / "ref.txt"
    reference.write_text("The sugar tax on drinks will rise next year.\nIt rained.\n", encoding="utf-8")
    result = run("eval", str(SAMPLE), str(reference))
    assert result.exit_code == 0
    scores = dict(re.findall(r"(ROUGE-\w+) ([\d.]+)", result.stdout))
    assert set(scores) == {"ROUGE-1", "ROUGE-2", "ROUGE-L"}
    assert all(0 <= float(v) < 50 for v in scores.values())  # an unrelated reference scores low
    # brief's own 2-sentence summary as the reference: the length follows it and scores 100
    summary = json.loads(run("summarize", str(SAMPLE), "-f", "json", "-n", "2").stdout)["summary"]
    reference.write_text("\n".join(s["text"] for s in summary) + "\n", encoding="utf-8")
    result = run("eval", str(SAMPLE), str(reference))
    assert result.stdout.strip() == "ROUGE-1 100.0 ROUGE-2 100.0 ROUGE-L 100.0"


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the ignored exit, as designed
def test_a_ctrl_c_swallowed_by_python_still_ends_the_run_as_interrupted(monkeypatch, capsys):
    """The handler's exit can land in an object's __del__, where Python ignores it; the run
    goes on, and main() still exits 130 (the message was printed once, by the handler)."""
    import signal

    from briefcli import cli

    class Swallowing:
        def __del__(self):
            cli._interrupted(signal.SIGINT, None)

    def app():
        Swallowing()  # dropped at once: its __del__ runs the handler, whose exit Python ignores

    monkeypatch.setattr(cli, "app", app)
    monkeypatch.setattr(cli, "_interrupts", [])
    monkeypatch.setattr(signal, "signal", lambda *a: None)
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code == ExitCode.INTERRUPTED
    assert capsys.readouterr().err.count("brief: interrupted") == 1


def test_a_ctrl_c_exit_python_had_to_ignore_is_not_reported_again(monkeypatch, capsys):
    # A Ctrl-C can land in an object's __del__, where Python ignores the handler's SystemExit
    # and reports it on stderr: brief has said "interrupted" once already and still exits 130.
    import sys

    from briefcli import cli

    class Dying:
        def __init__(self, error):
            self.error = error

        def __del__(self):
            raise self.error

    monkeypatch.setattr(cli, "_interrupts", [2])
    monkeypatch.setattr(sys, "unraisablehook", cli._unraisable)
    Dying(SystemExit(130))
    assert capsys.readouterr().err == ""
    Dying(ValueError("other"))  # anything else is reported as Python would
    assert "ValueError: other" in capsys.readouterr().err


def test_once_interrupted_a_run_writes_no_more_output(monkeypatch):
    # A Ctrl-C whose exit Python swallowed lets the work go on; what it would print is not printed.
    from briefcli import cli

    monkeypatch.setattr(cli, "_interrupts", [])
    pieces = cli._until_interrupted(iter(["one", "two", "three"]))
    assert next(pieces) == "one"
    cli._interrupts.append(2)
    with pytest.raises(SystemExit) as stopped:
        next(pieces)
    assert stopped.value.code == ExitCode.INTERRUPTED
