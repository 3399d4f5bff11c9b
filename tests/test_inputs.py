"""Real-world inputs: saved web pages, Markdown, encodings, URLs and several files at once."""

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefcli.cli import app
from briefcli.errors import ExitCode, NetworkError
from briefcli.inputs import detect_kind, load
from briefcli.inputs.fetch import fetch

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGE = FIXTURES / "news-page.html"
NOISE = ("cookies", "Celebrity", "Football", "SuperPhone", "Copyright", "Share on", "Gary", "Photo", "Home")
runner = CliRunner()


def brief_json(*args):
    result = runner.invoke(app, ["summarize", *args, "-f", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_html_page_gives_body_only_with_title_byline_date():
    data = brief_json(str(PAGE), "-n", "5")
    assert data["headline"] == "Harbour city unveils £2bn flood defence plan"
    assert data["byline"] == "Maria Lopez" and data["date"] == "2026-11-20"
    everything = json.dumps(data, ensure_ascii=False)
    for noise in NOISE:
        assert noise not in everything, noise
    assert "Portmere has unveiled a £2bn plan" in data["summary"][0]["text"]
    names = {a["name"]: a for a in data["actors"]}
    assert names["Helen Carter"]["type"] == "person" and names["Helen Carter"]["role"] == "Council leader"
    assert names["Environment Agency"]["type"] == "organization"
    money = [c for c in data["commitments"] if c["amount"] == "£800m"]
    assert money and money[0]["who"] == "Environment Agency"


def test_a_second_page_layout_without_article_tags():
    data = brief_json(str(FIXTURES / "wire-story.htm"), "-n", "5")
    assert data["headline"] == "Steelworks to close with loss of 900 jobs" and data["date"] == "2026-11-21"
    everything = json.dumps(data, ensure_ascii=False)
    for noise in ("Lottery", "dog", "Horoscopes", "cruise", "Tweet", "Sign in", "Cookie", "Picture", "Most read"):
        assert noise not in everything, noise
    assert data["summary"][0]["text"].startswith("The Redcar steelworks will close in March")
    actors = {a["name"]: a for a in data["actors"]}
    assert actors["Mark Benson"]["role"] == "Chief executive"
    assert actors["Karen Doyle"]["role"] == "Union official"
    assert actors["Teesside Steel"]["type"] == "organization"  # "its owner Teesside Steel"
    assert any(c["amount"] == "£5m" and c["who"] == "Teesside Steel" for c in data["commitments"])


def test_html_is_detected_by_content_and_entities_are_not_expanded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    page = tmp_path / "saved"  # no suffix: detected by content
    page.write_text(
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]><html><body><article>'
        "<p>The minister said the new bridge will open in 2027 after years of delay. &xxe;</p>"
        "<p>Engineers said the bridge would carry 40,000 cars a day across the river.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert detect_kind(str(page), page.read_bytes()) == "html"
    data = brief_json(str(page))
    assert "TOPSECRET" not in json.dumps(data)
    assert data["summary"]


def test_markdown_structure_and_formatting():
    source = load(str(FIXTURES / "notes.md"))
    assert source.kind == "markdown"
    assert source.title == "Rail operator pledges new trains"
    assert (source.byline, source.date) == ("Sam Okafor", "2026-11-18")
    assert "**" not in source.text and "](" not in source.text and "train.png" not in source.text
    assert "code blocks" not in source.text and "| North |" not in source.text
    assert "What was promised" in source.text  # a subheading line
    data = brief_json(str(FIXTURES / "notes.md"), "-n", "10")
    texts = [s["text"] for s in data["summary"]]
    assert "Chief executive Priya Nair said the company will spend £1.2bn on the new trains." in texts
    assert "What was promised" not in texts
    assert "Fares will be frozen until 2027." in texts


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("cp1252.txt", "The mayor of São Paulo said the café tax would rise by 5% next year."),
        ("latin1.txt", "Der Bürgermeister sagte, die Steuer werde steigen."),
        ("utf16le-nobom.txt", "Le maire a déclaré que la taxe augmenterait l’an prochain."),
        ("utf16-bom.txt", "Le maire a déclaré que la taxe augmenterait l’an prochain."),
        ("utf8-bom.txt", "The minister said “the plan” — at last — will go ahead."),
    ],
)
def test_encodings_decode_and_smart_punctuation_survives(name, expected):
    data = brief_json(str(FIXTURES / name))
    assert data["summary"][0]["text"] == expected


def test_windows_1252_smart_quotes_and_dashes():
    data = brief_json(str(FIXTURES / "cp1252.txt"), "-n", "2")
    assert any("“unfair” and – in their words – a mistake" in s["text"] for s in data["summary"])


def test_many_inputs_are_separated_and_jsonl(tmp_path):
    inputs = [str(PAGE), str(FIXTURES / "notes.md"), str(FIXTURES / "cp1252.txt")]
    text = runner.invoke(app, ["summarize", *inputs])
    assert text.exit_code == 0 and text.stdout.count("=" * 72) == 2
    lines = runner.invoke(app, ["summarize", *inputs, "-f", "jsonl"]).stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == inputs
    array = json.loads(runner.invoke(app, ["summarize", *inputs, "-f", "json"]).stdout)
    assert [b["source"] for b in array] == inputs
    markdown = runner.invoke(app, ["summarize", *inputs, "-f", "markdown"]).stdout
    assert markdown.count("\n---\n") == 2


def test_one_bad_input_among_many(tmp_path):
    result = runner.invoke(app, ["summarize", str(PAGE), str(tmp_path / "missing.txt"), "-f", "jsonl"])
    assert result.exit_code == ExitCode.UNREADABLE
    assert len(result.stdout.splitlines()) == 1 and "no such file" in result.stderr


ROUTES = {
    "/article.html": (200, "text/html; charset=utf-8", PAGE.read_bytes()),
    "/plain": (200, "text/plain", b"The port will reopen next week, officials said. Ships are waiting."),
    "/big": (200, "text/plain", b"A sentence here. " * 5000),
}


REDIRECTS = {"/loop": "/loop", "/elsewhere": "file:///etc/passwd", "/moved": "/article.html"}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path in REDIRECTS:
            self.send_response(302)
            self.send_header("Location", REDIRECTS[self.path])
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(2)
        status, kind, body = ROUTES.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_is_fetched_and_treated_as_html(server):
    data = brief_json(f"{server}/moved")
    assert data["headline"] == "Harbour city unveils £2bn flood defence plan"
    assert data["source"] == f"{server}/moved"
    assert brief_json(f"{server}/plain")["summary"][0]["text"].startswith("The port will reopen")


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "HTTP 404"),
        ("/loop", "too many redirects"),
        ("/elsewhere", "non-http"),
    ],
)
def test_url_failures_are_one_line_and_exit_6(server, path, message):
    result = runner.invoke(app, ["summarize", f"{server}{path}"])
    assert result.exit_code == ExitCode.NETWORK
    assert message in result.stderr and result.stderr.count("\n") == 1


def test_url_size_cap_timeout_scheme_and_offline(server):
    result = runner.invoke(app, ["summarize", f"{server}/big", "--max-bytes", "1000"])
    assert result.exit_code == ExitCode.NETWORK and "--max-bytes" in result.stderr
    with pytest.raises(NetworkError, match=r"no complete answer within 0\.5 s"):
        fetch(f"{server}/slow", max_bytes=1000, timeout=0.5)
    assert runner.invoke(app, ["summarize", "ftp://127.0.0.1/x"]).exit_code == ExitCode.NETWORK
    refused = runner.invoke(app, ["summarize", "http://127.0.0.1:9/article"])  # nothing listens on port 9
    assert refused.exit_code == ExitCode.NETWORK and "offline" in refused.stderr


def test_each_address_a_name_has_is_tried_in_turn(server, monkeypatch):
    real = socket.getaddrinfo
    port = int(server.rsplit(":", 1)[1])

    def two_addresses(host, port_, *args, **kwargs):  # the first refuses, the second answers
        return real("127.0.0.1", 9, *args, **kwargs)[:1] + real("127.0.0.1", port, *args, **kwargs)[:1]

    monkeypatch.setattr(socket, "getaddrinfo", two_addresses)
    data, _ = fetch(f"http://news.test:{port}/plain", max_bytes=1 << 20, timeout=5)
    assert data
