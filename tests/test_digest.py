"""brief digest: inputs, folding, new-only state, safety for cron, formats."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefcli.cli import app
from briefcli.digest.dedupe import Folder, shingles, signature
from briefcli.errors import ExitCode

BBC = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "bbc"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
runner = CliRunner()
needs_bbc = pytest.mark.skipif(not BBC.is_dir(), reason="../shared/eval/bbc is not beside this checkout")

STORY_A = (
    "Harbour city unveils flood plan\n\n"
    "The council of Portmere has unveiled a £2bn plan to protect 40,000 homes from rising seas. "
    "Council leader Helen Carter said the authority would build a new sea wall by 2030.\n\n"
    "The Environment Agency has pledged £800m towards the scheme, while the rest will come from grants.\n\n"
    "Opposition councillor David Marsh said the levy would fall hardest on low-income households.\n\n"
    "Residents will be consulted on the route of the new wall in the spring, the council said."
)
STORY_B = (
    "Helen Carter opens new library\n\n"
    "Council leader Helen Carter opened the town's new central library on Saturday, after a two-year build. "
    "The library holds 80,000 books and a children's reading room, and will open seven days a week.\n\n"
    "Local author Sam Reed read from his latest novel to a crowd of several hundred families."
)


def copy_of_a() -> str:
    """A re-published copy: another headline, the last paragraph trimmed."""
    paragraphs = STORY_A.split("\n\n")
    return "\n\n".join(["Portmere's £2bn sea defence plan revealed", *paragraphs[1:-1]])


RSS = (FIXTURES / "coast.rss").read_text(encoding="utf-8")
ATOM = (FIXTURES / "harbour.atom").read_text(encoding="utf-8")


@pytest.fixture
def news(tmp_path):
    folder = tmp_path / "news"
    (folder / "local").mkdir(parents=True)
    (folder / "a.txt").write_text(STORY_A, encoding="utf-8")
    (folder / "local" / "a-copy.txt").write_text(copy_of_a(), encoding="utf-8")
    (folder / "b.md").write_text("# " + STORY_B.replace("\n\n", "\n\n", 1), encoding="utf-8")
    (folder / "coast.rss").write_text(RSS, encoding="utf-8")
    (folder / "harbour.atom").write_text(ATOM, encoding="utf-8")
    (folder / ".hidden.txt").write_text("Hidden files are left out of a folder.", encoding="utf-8")
    return folder


def digest(*args, env=None):
    return runner.invoke(app, ["digest", *args], env={"SOURCE_DATE_EPOCH": "1795000000", **(env or {})})


def fold(texts: list[str]) -> list[list[int]]:
    folder = Folder()
    for text in texts:
        hashed = shingles(text)
        folder.add(hashed, signature(hashed))
    return folder.groups()


def test_dedupe_folds_copies_not_different_stories_about_the_same_person():
    assert fold([STORY_A, copy_of_a(), STORY_B]) == [[0, 1], [2]]


def test_folding_at_the_end_keeps_the_same_groups_and_leads_as_folding_on_arrival(tmp_path):
    """The Dask engine folds once every article has come (a grouping); the local engine
    folds each as it comes: the same groups, each led by its fullest article."""
    from briefcli.brief import Options
    from briefcli.digest.build import analyse, gather
    from briefcli.digest.collect import Item

    texts = [STORY_A, copy_of_a(), STORY_B, STORY_A + "\n\nA later paragraph adds one more sentence here."]
    paths = []
    for k, text in enumerate(texts):
        (tmp_path / f"{k}.txt").write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / f"{k}.txt"))
    analysed = [analyse(Item(p, path=p), Options(), 1 << 20, 30.0) for p in paths]

    def at_the_end(hashed, signatures):
        folder = Folder()
        for h, sig in zip(hashed, signatures, strict=True):
            folder.add(h, sig)
        return folder.groups()

    here, there = gather(analysed), gather(analysed, grouping=at_the_end)
    assert here.groups() == there.groups() == [[0, 1, 3], [2]]
    assert here.leads == there.leads and here.leads[0][0] == 3  # the fullest copy leads
    assert there.shingles == []  # dropped once folded


@needs_bbc
def test_dedupe_on_real_articles():
    article = (BBC / "politics-001.article.txt").read_text(encoding="utf-8")
    paragraphs = article.split("\n\n")
    copy = "\n\n".join(["Hewitt sets out new maternity pay plans", *paragraphs[1:-2]])
    same_actor = (BBC / "politics-005.article.txt").read_text(encoding="utf-8")  # also about Gordon Brown
    assert fold([article, copy, same_actor]) == [[0, 1], [2]]


def test_digest_of_a_folder_with_feeds(news):
    result = digest(str(news), "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == 2 and data["generated"] == "2026-11-18T11:06:40+00:00"
    assert data["title"] == "Digest — Wednesday 18 November 2026"
    headlines = [s["headline"] for s in data["stories"]]
    assert len(headlines) == 5  # A and its copy fold; B; two RSS items; one Atom entry
    story_a = next(s for s in data["stories"] if len(s["sources"]) == 2)
    assert story_a is data["stories"][0]  # covered by two sources: the main story
    assert {Path(s["name"]).name for s in story_a["sources"]} == {"a.txt", "a-copy.txt"}
    ferry = next(s for s in data["stories"] if s["headline"] == "Ferry strike called off")
    assert ferry["sources"][0]["link"] == "https://example.com/ferry" and ferry["sources"][0]["date"] == "2026-11-20"
    assert any(a["name"] == "Helen Carter" and a["stories"] == 2 for a in data["actors"])
    assert "Hidden files" not in result.stdout
    assert data["failures"] == [] and data["skipped"] == 0


def test_one_bad_input_is_reported_and_the_digest_still_written(news, tmp_path):
    (news / "broken.xml").write_bytes(b"<rss><channel><item><title>Cut off")
    (news / "binary.txt").write_bytes(b"\x00\x01\x02 binary")
    target = tmp_path / "digest.md"
    result = digest(str(news), "-o", str(target))
    assert result.exit_code == ExitCode.PARTIAL
    assert "binary.txt: looks like binary data" in result.stderr
    text = target.read_text(encoding="utf-8")
    assert "## Inputs that failed" in text and "binary.txt" in text
    assert "## Main stories" in text


def test_nothing_readable_writes_nothing(tmp_path):
    target = tmp_path / "digest.html"
    result = digest(str(tmp_path / "missing"), "-f", "html", "-o", str(target))
    assert result.exit_code == ExitCode.UNREADABLE
    assert not target.exists() and "nothing written" in result.stderr


def test_new_only_repeats_nothing_even_republished(news, tmp_path):
    state = tmp_path / "state.sqlite"
    first = json.loads(digest(str(news), "-f", "json", "--new-only", "--state", str(state)).stdout)
    assert len(first["stories"]) == 5
    again = json.loads(digest(str(news), "-f", "json", "--new-only", "--state", str(state)).stdout)
    assert again["stories"] == [] and again["skipped"] == 6
    tomorrow = tmp_path / "tomorrow"
    tomorrow.mkdir()
    (tomorrow / "republished.txt").write_text(copy_of_a().replace("revealed", "unveiled again"), encoding="utf-8")
    (tomorrow / "new.txt").write_text(
        "Bridge repairs delayed\n\nRepairs to the old swing bridge over the river will not finish until March, "
        "engineers said on Monday, after rust was found in the main girders. Drivers face a ten-mile detour.",
        encoding="utf-8",
    )
    next_day = json.loads(digest(str(tomorrow), "-f", "json", "--new-only", "--state", str(state)).stdout)
    assert [s["headline"] for s in next_day["stories"]] == ["Bridge repairs delayed"]
    assert next_day["skipped"] == 1


def test_new_only_to_stdout_records_nothing_when_the_print_fails(news, tmp_path, monkeypatch):
    from briefcli.errors import OutputError
    from briefcli.output import Output

    def broken(self, text):
        raise OutputError("stdout: broken pipe")

    state = tmp_path / "state.sqlite"
    with monkeypatch.context() as patched:
        patched.setattr(Output, "write", broken)
        failed = digest(str(news), "-f", "json", "--new-only", "--state", str(state))
    assert failed.exit_code != 0
    again = json.loads(digest(str(news), "-f", "json", "--new-only", "--state", str(state)).stdout)
    assert len(again["stories"]) == 5  # shown again, not lost


def test_unusable_state_file(news, tmp_path):
    state = tmp_path / "state.sqlite"
    state.write_bytes(b"this is not a database" * 100)
    result = digest(str(news), "--new-only", "--state", str(state))
    assert result.exit_code == ExitCode.STATE and "state file" in result.stderr


def test_since_filters_by_file_time_and_feed_date(news):
    old = 1795000000 - 3 * 86400
    for path in news.rglob("*.txt"):
        os.utime(path, (old, old))
    data = json.loads(digest(str(news), "-f", "json", "--since", "24h").stdout)
    # files are three days old; feed items are dated 2026-11-19/20, after the fixed "now" minus 24h
    assert all(not s["sources"][0]["name"].endswith(".txt") for s in data["stories"])
    assert digest(str(news), "--since", "yesterday").exit_code == ExitCode.USAGE


def test_stdin_list_and_globs(news):
    listing = f"{news / 'a.txt'}\n{news / 'b.md'}\n"
    from_stdin = runner.invoke(app, ["digest", "-", "-f", "json"], input=listing)
    assert len(json.loads(from_stdin.stdout)["stories"]) == 2
    globbed = digest(str(news / "*.txt"), "-f", "json")
    assert [s["sources"][0]["name"] for s in json.loads(globbed.stdout)["stories"]] == [str(news / "a.txt")]


def test_html_is_self_contained_and_escaped(news, tmp_path):
    (news / "evil.txt").write_text(
        'Hack attempt <script>alert("x")</script> fails\n\n'
        'The council said the <img src=x onerror=alert(1)> attack on its "website" failed on Monday. '
        "Officials said no data was lost in the attack.",
        encoding="utf-8",
    )
    html = digest(str(news), "-f", "html").stdout
    assert html.startswith("<!DOCTYPE html>") and '<body style="' in html  # inline CSS: mail clients drop <style>
    assert "<script" not in html and "<img" not in html and "alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
    assert 'href="https://example.com/ferry"' in html and "&lt;img src=x onerror" in html


def test_every_format_renders(news):
    for fmt in ("markdown", "text", "rich", "html", "json"):
        result = digest(str(news), "-f", fmt)
        assert result.exit_code == 0 and "Ferry strike called off" in result.stdout


@needs_bbc
def test_parallel_output_equals_serial(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for path in sorted(BBC.glob("business-00*.article.txt")):
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    serial = digest(str(folder), "-f", "json", "-j", "1")
    parallel = digest(str(folder), "-f", "json", "-j", "2")
    assert serial.exit_code == 0 and serial.stdout == parallel.stdout
    assert len(json.loads(serial.stdout)["stories"]) == 9


def test_two_runs_at_once_share_the_state_safely(news, tmp_path):
    state = tmp_path / "state.sqlite"
    command = [sys.executable, "-m", "briefcli", "digest", str(news), "-f", "json", "--new-only", "--state", str(state)]
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1795000000"}
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in range(2)]
    results = [p.communicate(timeout=120) for p in runs]
    assert [p.returncode for p in runs] == [0, 0], [err.decode() for _, err in results]
    outputs = [json.loads(out) for out, _ in results]
    assert sorted(len(o["stories"]) for o in outputs) == [0, 5]  # one run has them all, the other none
    with sqlite3.connect(state) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT COUNT(*) FROM articles").fetchone() == (6,)


class _BusyOnce:
    """A connection whose ``nth`` statement starting with ``prefix`` answers "database is locked" at
    once, as SQLite does in WAL mode while another run sets the file up or recovers its log."""

    def __init__(self, db, prefix, nth):
        self.db, self.prefix, self.nth, self.answered = db, prefix, nth, False

    def execute(self, sql, *args):
        if sql.startswith(self.prefix):
            self.nth -= 1
            if self.nth == 0:
                self.answered = True
                raise sqlite3.OperationalError("database is locked")
        return self.db.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self.db, name)


@pytest.mark.parametrize(("prefix", "nth"), [("PRAGMA journal_mode", 1), ("BEGIN IMMEDIATE", 2)])
def test_a_lock_answered_at_once_is_waited_for_not_an_error(tmp_path, monkeypatch, prefix, nth):
    from briefcli.digest import state

    connect = sqlite3.connect
    monkeypatch.setattr(state.sqlite3, "connect", lambda *a, **k: _BusyOnce(connect(*a, **k), prefix, nth))
    store = state.SeenStore(tmp_path / "state.sqlite")  # sets the file up: one BEGIN IMMEDIATE
    with store.transaction():  # the run's own
        store.db.execute("SELECT COUNT(*) FROM articles")
    assert store.db.answered


@needs_bbc
def test_ctrl_c_stops_workers_and_writes_nothing(tmp_path):
    import signal
    import time

    folder = tmp_path / "many"
    folder.mkdir()
    originals = sorted(BBC.glob("*.article.txt"))
    for i in range(1500):
        text = originals[i % len(originals)].read_text(encoding="utf-8")
        (folder / f"a{i:04d}.txt").write_text(f"Edition {i}\n\n{text}", encoding="utf-8")
    target = tmp_path / "digest.html"
    process = subprocess.Popen(
        [sys.executable, "-m", "briefcli", "digest", str(folder), "-f", "html", "-o", str(target), "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    time.sleep(2.5)  # into the work
    os.killpg(process.pid, signal.SIGINT)  # as a terminal sends Ctrl-C: to the whole group
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == ExitCode.INTERRUPTED
    assert stderr == "brief: interrupted\n"
    assert list(tmp_path.iterdir()) == [folder]  # no digest, no temporary file
