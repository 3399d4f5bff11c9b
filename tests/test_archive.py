"""brief batch on the local engine: the pure record function, JSON Lines in and out,
error objects, input order, --resume after a killed run, and no Dask on the plain path."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from archive_data import records, write_jsonl
from briefcli.archive import brief_json, brief_record
from briefcli.archive.sink import cut_torn_line
from briefcli.cli import app
from briefcli.errors import ExitCode
from conftest import ROOT, SAMPLE

runner = CliRunner()


def batch(*args, input=None):
    return runner.invoke(app, ["batch", *args], input=input)


def test_record_in_brief_dict_out():
    text = SAMPLE.read_text(encoding="utf-8")
    result = brief_record({"id": 7, "text": text, "source": "wire"})
    assert list(result)[:3] == ["id", "schema", "source"]
    assert result["id"] == 7 and result["source"] == "wire" and result["summary"]
    assert (
        brief_json({"id": 7, "text": text, "source": "wire"})
        == json.dumps(result, ensure_ascii=False, separators=(",", ":")) + "\n"
    )


@pytest.mark.parametrize(
    ("record", "code"),
    [
        ({"id": "a", "text": "   "}, ExitCode.NO_TEXT),
        ({"id": "b"}, ExitCode.NO_TEXT),
        ({"id": "c", "text": 5}, ExitCode.UNREADABLE),
        ({"text": "No id here."}, ExitCode.UNREADABLE),
        ({"id": "d", "path": "/no/such/file.txt"}, ExitCode.UNREADABLE),
    ],
)
def test_a_bad_record_becomes_an_error_object(record, code):
    result = brief_record(record)
    assert list(result) == ["id", "error", "code"]
    assert result["id"] == record.get("id") and result["code"] == code


def test_jsonl_in_order_with_errors_and_exit_7(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", records(14))
    with source.open("a", encoding="utf-8") as handle:
        handle.write("{not json\n[1, 2]\n")
    result = batch(str(source), "-j", "1")
    assert result.exit_code == ExitCode.PARTIAL
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in lines] == [f"r{i:04d}" for i in range(14)] + [f"{source}:15", f"{source}:16"]
    assert [r["code"] for r in lines if "error" in r] == [4, 3, 3]
    assert "r0012: no article text found" in result.stderr


def test_stdin_records_and_article_files_give_the_summarize_brief(tmp_path):
    line = json.dumps({"id": "s", "text": SAMPLE.read_text(encoding="utf-8"), "source": str(SAMPLE)})
    from_stdin = json.loads(batch("-", input=line + "\n").stdout)
    from_file = json.loads(batch(str(SAMPLE)).stdout)
    summarized = json.loads(runner.invoke(app, ["summarize", str(SAMPLE), "-f", "json"]).stdout)
    assert from_file == {"id": str(SAMPLE), **summarized}
    assert from_stdin == {"id": "s", **summarized}


def test_same_bytes_for_any_worker_count_and_partition(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", records(30))
    outputs = []
    for args in (["-j", "1"], ["-j", "2", "--partition", "3"], ["-j", "2", "--partition", "64"]):
        target = tmp_path / f"out{len(outputs)}.jsonl"
        assert batch(str(source), "-o", str(target), *args).exit_code == ExitCode.PARTIAL
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]


def test_cut_torn_line(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"id":1}\n{"id":2}\n{"id":3,"sch')
    cut_torn_line(path)
    assert path.read_bytes() == b'{"id":1}\n{"id":2}\n'
    cut_torn_line(path)
    assert path.read_bytes() == b'{"id":1}\n{"id":2}\n'


def test_resume_after_a_killed_run_has_no_duplicates(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", records(40))
    full, target = tmp_path / "full.jsonl", tmp_path / "out.jsonl"
    assert batch(str(source), "-o", str(full), "-j", "1").exit_code == ExitCode.PARTIAL
    command = [sys.executable, "-m", "briefcli", "batch", str(source), "-o", str(target), "-j", "1", "--partition", "2"]
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not target.exists() or target.read_bytes().count(b"\n") < 6):
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with target.open("ab") as handle:  # as if the kill had come in the middle of a write
        handle.write(full.read_bytes().splitlines(keepends=True)[30][:25])
    assert 6 <= target.read_bytes().count(b"\n") < 40
    assert batch(str(source), "-o", str(target), "--resume", "-j", "2").exit_code == ExitCode.PARTIAL
    assert target.read_bytes() == full.read_bytes()
    assert batch(str(source), "-o", str(target), "--resume").exit_code == ExitCode.OK  # nothing left to do
    assert target.read_bytes() == full.read_bytes()


def test_resume_refuses_a_file_that_is_not_batch_output(tmp_path):
    target = tmp_path / "notes.jsonl"
    target.write_text("hello\n", encoding="utf-8")
    result = batch(str(SAMPLE), "-o", str(target), "--resume")
    assert result.exit_code == ExitCode.UNWRITABLE
    assert target.read_text(encoding="utf-8") == "hello\n"
    assert batch(str(SAMPLE), "--resume").exit_code == ExitCode.USAGE


def test_plain_cli_never_imports_dask():
    code = "import sys, briefcli.cli; sys.argv = ['brief', '--version']\ntry:\n    briefcli.cli.main()\n"
    code += "except SystemExit:\n    pass\nassert not {'dask', 'distributed'} & set(sys.modules), 'dask imported'"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_missing_dask_extra_is_one_line_with_the_install_command(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails, as without the extra
    result = batch(str(SAMPLE), "--engine", "dask")
    assert result.exit_code == ExitCode.USAGE
    install = "python -m pip install 'brief-cli[dask]'"
    assert result.stderr == f"brief: error: --engine dask needs the dask extra: {install}\n"
