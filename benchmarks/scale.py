"""brief batch at archive scale: articles per second and peak memory per process, for the
local engine with 1 and 2 processes and Dask with 2 workers (a LocalCluster brief starts).

Records are the 100 BBC articles multiplied with small edits (a numbered headline,
paragraphs rotated, a numbered closing sentence), written as JSON Lines on the fly.
Each run is `brief batch FILE -o OUT` in a new process; a sampler reads every process
of its tree from /proc and keeps each one's peak resident memory (VmHWM). "driver" is
the brief process (which also hosts the Dask scheduler); "worker" is the largest of the
others (pool processes, Dask workers). "cpu s" is the user and system time of the whole
tree: with the cores shared, it shows each engine's cost even when wall times are noisy.
Every run's output must be byte-identical to the first one of the same size.

Usage: python benchmarks/scale.py [EVAL_BBC_DIR] [--sizes 10000] [--memory-sizes 10000,30000]
       [--runs local1,local2,dask2]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import sys
import tempfile
from pathlib import Path

from process_tree import descendants, run_sampled, status_kb

DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "bbc"
RUNS = {
    "local1": ["--engine", "local", "-j", "1"],
    "local2": ["--engine", "local", "-j", "2"],
    "dask2": ["--engine", "dask", "-j", "2"],
}


def make_records(directory: Path, target: Path, count: int) -> None:
    """Write ``count`` JSON Lines records, one line at a time."""
    originals = [p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.article.txt"))]
    with target.open("w", encoding="utf-8") as out:
        for i in range(count):
            title, *paragraphs = [p for p in originals[i % len(originals)].split("\n\n") if p.strip()]
            k = (i // len(originals)) % max(1, len(paragraphs))
            body = [*paragraphs[k:], *paragraphs[:k], f"This report is number {i} in the archive."]
            out.write(json.dumps({"id": f"a{i:07d}", "title": f"{title} ({i})", "text": "\n\n".join(body)}) + "\n")


def _cpu_seconds() -> float:
    """User and system time of the finished child processes (and theirs, once waited for)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(source: Path, out: Path, options: list[str]) -> tuple[float, float, int, int]:
    """Seconds, CPU seconds, driver peak MB and largest other process's peak MB of one run."""
    command = [sys.executable, "-m", "briefcli", "batch", str(source), "-o", str(out), *options]
    peaks: dict[int, int] = {}
    cpu = _cpu_seconds()

    def sample(root: int) -> None:
        for pid in descendants(root):
            peaks[pid] = max(peaks.get(pid, 0), status_kb(pid, "VmHWM"))

    elapsed, process = run_sampled(command, sample, 0.2)
    if process.returncode not in (0, 7):
        raise SystemExit(f"brief batch failed with exit code {process.returncode}")
    driver = peaks.pop(process.pid, 0)
    return elapsed, _cpu_seconds() - cpu, driver // 1024, max(peaks.values(), default=0) // 1024


def digest_of(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()[:12]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--sizes", default="10000", help="sizes to run every engine on")
    parser.add_argument("--memory-sizes", default="", help="extra sizes for dask2 only (memory flatness)")
    parser.add_argument("--runs", default=",".join(RUNS), help=f"which of {', '.join(RUNS)}")
    args = parser.parse_args()
    plan = [(int(s), name) for s in args.sizes.split(",") for name in args.runs.split(",")]
    plan += [(int(s), "dask2") for s in args.memory_sizes.split(",") if s]
    print(
        f"{'run':>7} {'records':>8} {'seconds':>8} {'cpu s':>7} {'per s':>7} {'vs local1':>9} {'driver MB':>9} "
        f"{'worker MB':>9} {'output':>12}",
        flush=True,
    )
    with tempfile.TemporaryDirectory() as tmp:
        base: dict[int, tuple[float, str]] = {}
        for size, name in plan:
            source = Path(tmp) / f"in-{size}.jsonl"
            if not source.exists():
                make_records(args.directory, source, size)
            out = Path(tmp) / f"out-{size}-{name}.jsonl"
            elapsed, cpu, driver, worker = run(source, out, RUNS[name])
            rate, digest = size / elapsed, digest_of(out)
            first_rate, first_digest = base.setdefault(size, (rate, digest))
            if digest != first_digest:
                raise SystemExit(f"{name} at {size}: output differs from the first run's")
            out.unlink()
            print(
                f"{name:>7} {size:>8} {elapsed:>8.1f} {cpu:>7.1f} {rate:>7.1f} {rate / first_rate:>8.2f}x {driver:>9} "
                f"{worker:>9} {digest:>12}",
                flush=True,
            )


if __name__ == "__main__":
    main()
