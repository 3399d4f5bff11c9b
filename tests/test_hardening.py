"""The attack run of issue 10, case by case: what a hostile folder, feed, server or
file system does to brief, and what brief does instead. Special files are made in
tmp_path only (never /dev); servers listen on 127.0.0.1 only, for a bounded time."""

from __future__ import annotations

import dataclasses
import gzip
import json
import os
import socket
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefcli.cli import app
from briefcli.errors import ExitCode, NetworkError
from briefcli.inputs.fetch import fetch
from conftest import SAMPLE

runner = CliRunner()
ARTICLE = (
    "Council approves flood plan\n\n"
    "The council of Portmere approved a £2bn plan to protect 40,000 homes from rising seas. "
    "Council leader Helen Carter said the authority would build a new sea wall by 2030.\n\n"
    "Opposition councillor David Marsh said the levy would fall hardest on poor households."
)
NULL, FULL = os.makedev(1, 3), os.makedev(1, 7)  # the numbers of /dev/null and /dev/full


def run(*args: str, **kwargs):
    return runner.invoke(app, list(args), env={"SOURCE_DATE_EPOCH": "1795000000"}, **kwargs)


def one_error_line(result, code: int) -> str:
    assert result.exit_code == code, result.stderr
    assert result.stderr.startswith("brief: error: ") and result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def device(folder: Path, name: str, number: int) -> Path:
    path = folder / name
    os.mknod(path, stat.S_IFCHR | 0o666, number)
    return path


# 1. -o into devices, FIFOs and symlinks


def test_output_into_a_device_writes_through_it(tmp_path):
    null = device(tmp_path, "null", NULL)
    assert run("summarize", str(SAMPLE), "-o", str(null)).exit_code == 0
    assert stat.S_ISCHR(os.lstat(null).st_mode) and os.lstat(null).st_rdev == NULL
    full = device(tmp_path, "full", FULL)
    message = one_error_line(run("summarize", str(SAMPLE), "-o", str(full)), ExitCode.UNWRITABLE)
    assert "No space left on device" in message
    assert stat.S_ISCHR(os.lstat(full).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["full", "null"]  # no temporary left


def test_output_into_a_fifo_is_read_by_its_reader(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run("summarize", str(SAMPLE), "-f", "json", "-o", str(fifo))
    reader.join(10)
    assert result.exit_code == 0 and received
    assert json.loads(received[0])["source"] == str(SAMPLE)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_output_through_a_symlink_replaces_its_target(tmp_path):
    target = tmp_path / "real.md"
    target.write_text("yesterday", encoding="utf-8")
    link = tmp_path / "today.md"
    link.symlink_to(target.name)
    assert run("summarize", str(SAMPLE), "-f", "markdown", "-o", str(link)).exit_code == 0
    assert link.is_symlink() and os.readlink(link) == "real.md"
    assert target.read_text(encoding="utf-8").startswith("# ")


# 9. modes


def test_output_keeps_the_mode_of_a_file_and_gives_a_new_one_the_umask(tmp_path):
    existing = tmp_path / "digest.html"
    existing.write_text("old", encoding="utf-8")
    existing.chmod(0o644)
    assert run("summarize", str(SAMPLE), "-o", str(existing)).exit_code == 0
    assert stat.S_IMODE(existing.stat().st_mode) == 0o644
    previous = os.umask(0o027)
    try:
        assert run("summarize", str(SAMPLE), "-o", str(tmp_path / "new.txt")).exit_code == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o640


# 12. disk full on standard output


def test_disk_full_on_stdout_is_a_write_error(tmp_path):
    full = device(tmp_path, "full", FULL)
    with full.open("w") as stdout:
        done = subprocess.run(
            [sys.executable, "-m", "briefcli", "summarize", str(SAMPLE), "-f", "json"],
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    assert done.returncode == ExitCode.UNWRITABLE
    assert done.stderr == "brief: error: standard output: cannot write (No space left on device)\n"


# 2 and 8. names, links and feed fields reach the output on one line, inert

HOSTILE_NAME = "evil\x1b]52;c;cm0gLXJmIC8=\x07\x1b[2J\u202e\u200b\nsource: forged.txt"


@pytest.mark.parametrize("fmt", ["text", "markdown", "rich", "json"])
def test_hostile_file_names_are_printed_inert_by_summarize(tmp_path, fmt):
    path = tmp_path / HOSTILE_NAME
    path.write_text(ARTICLE, encoding="utf-8")
    result = run("summarize", str(path), "-f", fmt)
    assert result.exit_code == 0, result.stderr
    for bad in ("\x1b", "\x07", "\u202e", "\u200b"):
        assert bad not in result.stdout
    assert not any(line.startswith("source: forged") for line in result.stdout.splitlines())


@pytest.mark.parametrize("fmt", ["text", "markdown", "rich", "html"])
def test_hostile_file_names_are_printed_inert_by_digest(tmp_path, fmt):
    news = tmp_path / "news"
    news.mkdir()
    (news / f"{HOSTILE_NAME}.txt").write_text(ARTICLE, encoding="utf-8")
    (news / "other.txt").write_bytes(b"\x00\x01 binary")  # a failure: its name is printed in the footer too
    result = run("digest", str(news), "-f", fmt)
    assert result.exit_code == ExitCode.PARTIAL, result.stderr
    for bad in ("\x1b", "\x07", "\u202e", "\u200b"):
        assert bad not in result.stdout
    assert not any(line.lstrip().startswith("source: forged") for line in result.stdout.splitlines())


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Coast</title>
<item><title>Council approves flood plan</title><link>https://example.com/a
# Injected heading
- fake bullet</link>
<description>{description}</description></item></channel></rss>"""


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_a_feed_link_with_newlines_cannot_forge_lines(tmp_path, fmt):
    feed = tmp_path / "coast.rss"
    feed.write_text(FEED.format(description=ARTICLE.replace("\n\n", " ")), encoding="utf-8")
    result = run("digest", str(feed), "-f", fmt)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert not any(line.startswith(("# Injected", "- fake")) for line in lines)
    # kept, on the source's line (in Markdown inside the link's address, spaces as %20)
    assert sum("Injected heading" in line or "Injected%20heading" in line for line in lines) == 1


# 16. zero-width spaces, and feed descriptions escaped once


def test_zero_width_spaces_are_removed_when_cleaning():
    text = ARTICLE.replace("flood", "fl\u200bood").replace("Carter", "Car\u2060ter\ufeff")
    result = run("summarize", "-", "-f", "json", input=text)
    assert "\u200b" not in result.stdout and "\u2060" not in result.stdout and "\ufeff" not in result.stdout
    assert "Helen Carter" in {a["name"] for a in json.loads(result.stdout)["actors"]}


def test_feed_descriptions_are_not_escaped_twice(tmp_path):
    feed = tmp_path / "coast.rss"
    description = ARTICLE.replace("\n\n", " ").replace("Council leader", "AT&amp;T and the council leader")
    feed.write_text(FEED.format(description=description).replace("\n# Injected heading\n- fake bullet", ""))
    html = run("digest", str(feed), "-f", "html").stdout
    assert "AT&amp;T" in html and "&amp;amp;" not in html


# 3. a total deadline for a fetch


def _drip_server(response: bytes) -> tuple[str, threading.Event]:
    """A server that sends ``response`` one byte every 50 ms, to each client, until stopped."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            with client:
                client.recv(65536)
                for byte in response:
                    if stop.wait(0.05):
                        break
                    try:
                        client.sendall(bytes([byte]))
                    except OSError:
                        break
        listener.close()

    threading.Thread(target=serve, daemon=True).start()
    return f"http://127.0.0.1:{listener.getsockname()[1]}/story", stop


@pytest.mark.parametrize(
    "response",
    [
        b"HTTP/1.0 200 OK\r\nX-Slow: " + b"a" * 10_000 + b"\r\n\r\n",  # dripping headers
        b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n" + b"The port reopened. " * 1000,  # dripping body
    ],
)
def test_a_dripping_server_is_cut_off_at_the_total_deadline(response):
    url, stop = _drip_server(response)
    try:
        started = time.monotonic()
        with pytest.raises(NetworkError, match="no complete answer within 1 s"):
            fetch(url, max_bytes=1 << 20, timeout=1.0)
        assert time.monotonic() - started < 5
        result = run("summarize", url, "--timeout", "0.5")
        assert "no complete answer within 0.5 s" in one_error_line(result, ExitCode.NETWORK)
    finally:
        stop.set()


def test_a_name_look_up_that_hangs_is_cut_off_at_the_total_deadline(monkeypatch):
    release = threading.Event()

    def hanging_look_up(*args, **kwargs):
        release.wait(10)  # a resolver that does not answer
        raise socket.gaierror("gave up")

    monkeypatch.setattr(socket, "getaddrinfo", hanging_look_up)
    started = time.monotonic()
    try:
        with pytest.raises(NetworkError, match=r"no complete answer within 0\.5 s"):
            fetch("http://news.invalid/story", max_bytes=1 << 20, timeout=0.5)
        assert time.monotonic() - started < 3
    finally:
        release.set()


# 10. malformed addresses


@pytest.mark.parametrize("url", ["http://[::1", "http://127.0.0.1:port/story", "http://127.0.0.1:99999/", "http:///x"])
def test_malformed_urls_are_one_line_and_exit_6(url):
    assert "not a valid address" in one_error_line(run("summarize", url), ExitCode.NETWORK)


# 4 and 15. the folder walk: special files skipped, symlinks followed only with --follow


def test_folder_walk_skips_fifos_sockets_and_devices(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "story.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(news / "fifo.txt")
    device(news, "null.txt", NULL)
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(news / "socket.txt"))
        done = subprocess.run(
            [sys.executable, "-m", "briefcli", "digest", str(news), "-f", "json", "--follow"],
            capture_output=True,
            text=True,
            timeout=120,  # before: blocked on the FIFO forever
        )
    assert done.returncode == 0, done.stderr
    assert [Path(s["sources"][0]["name"]).name for s in json.loads(done.stdout)["stories"]] == ["story.txt"]


@pytest.mark.parametrize("name", ["story.txt", "feed.xml", "page"])
def test_a_file_swapped_for_a_fifo_after_the_walk_is_refused_not_waited_on(tmp_path, monkeypatch, name):
    from briefcli.digest import collect
    from briefcli.errors import InputError
    from briefcli.inputs import load

    news = tmp_path / "news"
    news.mkdir()
    os.mkfifo(news / name)
    monkeypatch.setattr(collect, "ARTICLE_SUFFIXES", collect.ARTICLE_SUFFIXES | {""})
    monkeypatch.setattr(collect, "_regular", lambda path, follow: True)  # checked while it was still a file
    outcome: list = []

    def read_all() -> None:
        try:
            items, failures = collect.collect([str(news)])
            outcome.extend(failures)
            for item in items:
                load(item.path, regular_only=item.walked)
        except InputError as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read_all, daemon=True)
    reader.start()
    reader.join(10)
    assert not reader.is_alive(), "blocked on the FIFO"
    assert outcome and "not a regular file" in str(outcome[-1])


@pytest.mark.parametrize("follow", [False, True])
def test_a_file_swapped_for_a_symlink_after_the_walk_is_read_only_with_follow(tmp_path, monkeypatch, follow):
    from briefcli.digest import collect
    from briefcli.errors import InputError
    from briefcli.inputs import load

    secret = tmp_path / "secret.txt"
    secret.write_text(ARTICLE, encoding="utf-8")
    news = tmp_path / "news"
    news.mkdir()
    (news / "story.txt").symlink_to(secret)
    monkeypatch.setattr(collect, "_regular", lambda path, follow: True)  # checked while it was still a file
    items, failures = collect.collect([str(news)], follow=follow)
    assert not failures and [item.follow for item in items] == [follow]
    if follow:
        assert load(items[0].path, regular_only=True, follow=True).text == ARTICLE
    else:
        with pytest.raises(InputError, match="a symbolic link"):
            load(items[0].path, regular_only=True, follow=False)


def test_a_fifo_named_on_the_command_line_is_still_read(tmp_path):
    fifo = tmp_path / "piped.txt"
    os.mkfifo(fifo)
    writer = subprocess.Popen(["sh", "-c", f"cat > '{fifo}'"], stdin=subprocess.PIPE)
    writer.stdin.write(ARTICLE.encode())
    writer.stdin.close()
    done = subprocess.run(
        [sys.executable, "-m", "briefcli", "summarize", str(fifo), "-f", "json"], capture_output=True, timeout=120
    )
    writer.wait(timeout=30)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["summary"]


def test_folder_walk_follows_symlinks_only_when_asked(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("The root password is swordfish, the administrator said on Monday.", encoding="utf-8")
    news = tmp_path / "news"
    (news / "sub").mkdir(parents=True)
    (news / "story.txt").write_text(ARTICLE, encoding="utf-8")
    (news / "passwd.txt").symlink_to(secret)
    (news / "sub" / "loop").symlink_to(news)  # a folder link back up: must not loop
    plain = run("digest", str(news), "-f", "json")
    assert plain.exit_code == 0 and "swordfish" not in plain.stdout
    globbed = run("digest", str(news / "*.txt"), "-f", "json")
    assert globbed.exit_code == 0 and "swordfish" not in globbed.stdout
    followed = run("digest", str(news), "-f", "json", "--follow")
    assert followed.exit_code == 0 and "swordfish" in followed.stdout
    assert len(json.loads(followed.stdout)["stories"]) == 2  # the loop entered once


# 5 and 11. the state file fails after opening: exit 8, nothing written, nothing recorded


def _state_that_refuses_writes(path: Path) -> None:
    """A real state file whose every INSERT fails, as a read-only one does."""
    assert run("digest", "/nonexistent-brief-input", "--new-only", "--state", str(path)).exit_code
    with sqlite3.connect(path) as db:
        db.execute("CREATE TRIGGER refuse BEFORE INSERT ON articles BEGIN SELECT RAISE(ABORT, 'read-only'); END")


def test_state_that_cannot_be_written_writes_no_digest(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    state, target = tmp_path / "state.sqlite", tmp_path / "digest.html"
    _state_that_refuses_writes(state)
    args = ("digest", str(tmp_path / "a.txt"), "--new-only", "--state", str(state), "-f", "html")
    assert "read-only" in one_error_line(run(*args, "-o", str(target)), ExitCode.STATE)
    assert not target.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".digest")]
    target.write_text("this morning's digest", encoding="utf-8")
    one_error_line(run(*args, "-o", str(target)), ExitCode.STATE)
    assert target.read_text(encoding="utf-8") == "this morning's digest"
    with sqlite3.connect(state) as db:
        assert db.execute("SELECT COUNT(*) FROM articles").fetchone() == (0,)


def test_state_corruption_found_after_opening_is_exit_8(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    state, target = tmp_path / "state.sqlite", tmp_path / "digest.md"
    assert run("digest", str(tmp_path / "a.txt"), "--new-only", "--state", str(state)).exit_code == 0
    with sqlite3.connect(state) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(state.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page:] = b"\xa5" * (len(data) - page)  # every page but the schema's
    state.write_bytes(bytes(data))
    (tmp_path / "b.txt").write_text(ARTICLE.replace("Portmere", "Eastbay"), encoding="utf-8")
    result = run("digest", str(tmp_path / "b.txt"), "--new-only", "--state", str(state), "-o", str(target))
    assert "malformed" in one_error_line(result, ExitCode.STATE)
    assert not target.exists()


# 6. no wall-clock guard decides the output


def test_sentence_splitting_never_runs_under_nltks_wall_clock_guard(monkeypatch):
    from briefcli import text
    from briefcli.brief import make_brief

    # The guard of the Punkt module brief holds (NLTK's, or its copy loaded by nltk_parts).
    monkeypatch.setattr(text._punkt.redos, "DEFAULT_TIMEOUT", 1e-9)  # any guarded match would now fail
    paragraph = " ".join(f"Officials said on day {n} that the U.S. plan would cost $4.5bn." for n in range(2000))
    assert make_brief(paragraph, "one-paragraph.txt").sentence_count == 2000


# 7. sizes within --max-bytes cost seconds, not minutes or gigabytes


def test_sentences_past_the_limit_are_not_even_split(monkeypatch):
    import briefcli.text
    from briefcli.clean import clean

    monkeypatch.setattr(briefcli.text, "MAX_SENTENCES", 1000)
    article = clean("Go now. " * 200_000, "many.txt")  # 1.6 MB, one paragraph, 200,000 sentences
    started = time.monotonic()
    sentences = briefcli.text.article_sentences(article)
    assert len(sentences) == 1000 and time.monotonic() - started < 20


def test_a_huge_single_word_is_cut_in_headline_and_summary():
    from briefcli.brief import make_brief
    from briefcli.limits import MAX_HEADLINE_CHARS, MAX_SENTENCE_CHARS

    brief = make_brief("a" * 3_000_000, "word.txt")
    assert len(brief.headline) == MAX_HEADLINE_CHARS and brief.headline.endswith("…")
    assert len(brief.summary[0].text) == MAX_SENTENCE_CHARS


def test_sumy_rankers_rank_the_first_sentences_only(monkeypatch):
    import briefcli.rank
    from briefcli.clean import clean
    from briefcli.text import article_sentences

    monkeypatch.setattr(briefcli.rank, "SUMY_MAX_SENTENCES", 5)
    sentences = article_sentences(clean(" ".join(f"Event {n} happened in town." for n in range(50)), "x"))
    assert max(briefcli.rank.rank(sentences, None, 3, "lexrank")) < 5


@pytest.mark.parametrize(
    ("reference", "code", "message"),
    [
        ("", ExitCode.NO_TEXT, "the reference summary is empty"),
        ("\n  \n", ExitCode.NO_TEXT, "the reference summary is empty"),
        ("A line.\n" * 101, ExitCode.UNREADABLE, "at most 100 lines"),
        ("word " * 5000, ExitCode.UNREADABLE, "20,000 characters"),
    ],
)
def test_eval_reference_empty_or_too_large_is_an_error(tmp_path, reference, code, message):
    path = tmp_path / "reference.txt"
    path.write_text(reference, encoding="utf-8")
    assert message in one_error_line(run("eval", str(SAMPLE), str(path)), code)


# 14. compressed pages are inflated up to --max-bytes only


def test_gzip_html_is_capped_by_max_bytes_after_inflating(tmp_path):
    page = f"<html><head><title>Flood plan</title></head><body><article><p>{ARTICLE}</p>".encode()
    small, bomb = tmp_path / "small.html", tmp_path / "bomb.html"
    small.write_bytes(gzip.compress(page + b"</article></body></html>"))
    bomb.write_bytes(gzip.compress(page + b"<p>" + b"x" * 5_000_000 + b"</p></article></body></html>"))
    assert json.loads(run("summarize", str(small), "-f", "json").stdout)["headline"] == "Flood plan"
    result = run("summarize", str(bomb), "--max-bytes", "100000")
    assert "larger than --max-bytes (100000 bytes) once inflated" in one_error_line(result, ExitCode.UNREADABLE)


def test_a_large_digest_keeps_one_brief_per_story(tmp_path):
    import tracemalloc

    from briefcli.brief import make_brief
    from briefcli.digest.build import Analysed, gather
    from briefcli.digest.collect import Item
    from briefcli.digest.dedupe import shingles, signature
    from briefcli.model import SummarySentence

    base = make_brief(ARTICLE, "a.txt")
    hashed = shingles(ARTICLE)

    def copies():  # 300 copies of one story, each brief carrying 100 KB of its own
        for n in range(300):
            summary = (SummarySentence(0, f"{n} " + "x" * 100_000),)
            brief = dataclasses.replace(base, source=f"{n}.txt", summary=summary)
            yield Analysed(Item(f"{n}.txt"), brief, None, 0, None, str(n), hashed, signature(hashed))

    tracemalloc.start()
    try:
        gathered = gather(copies())
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert gathered.folder.groups() == [list(range(300))] and len(gathered.leads) == 1
    assert held < 10_000_000  # all 300 briefs would hold 30 MB of summaries


def test_folding_many_look_alike_stories_costs_linear_memory():
    import tracemalloc

    import numpy as np

    from briefcli.digest.dedupe import Folder, signature

    rng = np.random.default_rng(1)
    template = rng.integers(0, 2**32, 24, dtype=np.uint64).astype(np.uint32)
    folder = Folder()
    tracemalloc.start()
    try:
        for _ in range(600):  # one template, 40% of every story: they collide in LSH buckets, never fold
            story = np.unique(np.concatenate([template, rng.integers(0, 2**32, 36, dtype=np.uint64).astype(np.uint32)]))
            folder.add(story, signature(story))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(folder.groups()) == 600
    assert peak < 8_000_000  # remembering every compared pair took 17 MB here, gigabytes at 20,000
