"""brief batch and brief digest on a Dask LocalCluster of two worker processes: the same
bytes as the local engine, a worker killed mid-run loses and repeats nothing, a bad record
becomes an error object, and the digest folds the same stories."""

from __future__ import annotations

import json
import os
import signal
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from archive_data import records, write_jsonl
from briefcli.archive.dask_engine import run_dask
from briefcli.archive.local import run_local
from briefcli.archive.partitions import chunked
from briefcli.brief import Options
from briefcli.cli import app
from briefcli.errors import ExitCode

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

runner = CliRunner()
BBC = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "bbc"


@pytest.fixture(scope="module")
def cluster():
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0"
        ) as local,
        distributed.Client(local) as client,
    ):
        yield local, client


def test_cli_on_the_cluster_equals_the_local_engine(cluster, tmp_path):
    local, _ = cluster
    source = write_jsonl(tmp_path / "in.jsonl", records(30))
    here, there = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert runner.invoke(app, ["batch", str(source), "-o", str(here), "-j", "1"]).exit_code == ExitCode.PARTIAL
    result = runner.invoke(
        app,
        ["batch", str(source), "-o", str(there), "--engine", "dask", "--partition", "4"],
        env={"BRIEF_DASK_SCHEDULER": local.scheduler_address},
    )
    assert result.exit_code == ExitCode.PARTIAL
    assert there.read_bytes() == here.read_bytes()
    errors = [json.loads(line) for line in there.read_text(encoding="utf-8").splitlines() if '"error"' in line]
    assert [(e["id"], e["code"]) for e in errors] == [("r0012", 4), ("r0025", 4)]


def test_a_worker_killed_mid_run_loses_and_repeats_nothing(cluster):
    _, client = cluster
    items = records(60)
    expected = [line for part in run_local(chunked(items, 2), Options(), jobs=1, max_bytes=1 << 20) for line in part]
    pids = list(client.run(os.getpid).values())
    got: list[str] = []
    first = threading.Event()

    def consume() -> None:
        for part in run_dask(client, chunked(items, 2), Options(), max_bytes=1 << 20):
            got.extend(part)
            first.set()

    worker = threading.Thread(target=consume)
    worker.start()
    assert first.wait(60)
    os.kill(pids[0], signal.SIGKILL)  # the nanny starts a new worker; the scheduler reruns its tasks
    done_at_kill = len(got)
    worker.join(120)
    assert done_at_kill < 40  # the kill came while most partitions were still to run
    assert got == expected
    assert len({json.loads(line)["id"] for line in got}) == 60
    client.wait_for_workers(2, timeout=60)


@pytest.mark.skipif(not BBC.is_dir(), reason="../shared/eval/bbc is not beside this checkout")
def test_digest_on_the_cluster_folds_the_same_stories(cluster, tmp_path):
    local, _ = cluster
    folder = tmp_path / "news"
    folder.mkdir()
    for path in sorted(BBC.glob("*.article.txt"))[:30]:
        title, *paragraphs = path.read_text(encoding="utf-8").split("\n\n")
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
        copy = "\n\n".join([f"{title} (updated)", *reversed(paragraphs[:-1] or paragraphs)])
        (folder / f"copy-{path.name}").write_text(copy, encoding="utf-8")
    env = {"SOURCE_DATE_EPOCH": "1795000000"}
    here = runner.invoke(app, ["digest", str(folder), "-f", "json", "-j", "1"], env=env)
    there = runner.invoke(
        app, ["digest", str(folder), "-f", "json", "--engine", "dask", "--scheduler", local.scheduler_address], env=env
    )
    assert here.exit_code == there.exit_code == 0
    assert there.stdout == here.stdout
    assert len(json.loads(there.stdout)["stories"]) < 35  # the copies folded into their originals' stories
