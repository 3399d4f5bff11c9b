"""Digest throughput and folding on 100, 1,000 and 5,000 articles.

Articles are the 100 BBC articles and variants of them (a new headline, paragraphs
in another order, the last paragraph trimmed), so every variant must fold into its
original's story. Each size runs `brief digest FOLDER -f json` in a new process and
reports wall time, articles per second, peak memory of the whole process tree
(sampled from /proc) and the folding's pairwise precision and recall.

Two pairs of BBC articles report the same story themselves (read and judged by hand:
sport-012 and sport-020 differ in a few words; entertainment-007 and -013 are the
same prize story a day apart), so their folding counts as right.

Usage: python benchmarks/digest_throughput.py [EVAL_DIR] [--sizes 100,1000,5000] [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from itertools import combinations
from pathlib import Path

from evaldata import HELP, eval_folder
from process_tree import descendants, run_sampled, status_kb

SAME_STORY = {"sport-020": "sport-012", "entertainment-013": "entertainment-007"}


def make_articles(directory: Path, folder: Path, count: int) -> dict[str, str]:
    """Write ``count`` articles; return file name -> the story (original article) it tells."""
    paths = sorted(directory.glob("*.article.txt"))
    originals = [p.read_text(encoding="utf-8") for p in paths]
    stories = [SAME_STORY.get(p.name.removesuffix(".article.txt"), p.name.removesuffix(".article.txt")) for p in paths]
    rng = random.Random(count)
    truth = {}
    for i in range(count):
        base = i % len(originals)
        title, *paragraphs = [p for p in originals[base].split("\n\n") if p.strip()]
        if i >= len(originals):  # a variant: new headline, shuffled paragraphs, maybe trimmed
            rng.shuffle(paragraphs)
            if i % 2 and len(paragraphs) > 3:
                paragraphs = paragraphs[:-1]
            title = f"{title} (edition {i // len(originals)})"
        name = f"article-{i:05d}.txt"
        (folder / name).write_text("\n\n".join([title, *paragraphs]), encoding="utf-8")
        truth[name] = stories[base]
    return truth


def run(folder: Path, jobs: int | None) -> tuple[float, int, dict]:
    out = folder.parent / f"{folder.name}.json"
    command = [sys.executable, "-m", "briefcli", "digest", str(folder), "-f", "json", "-o", str(out)]
    if jobs:
        command += ["--jobs", str(jobs)]
    peak = 0

    def sample(root: int) -> None:
        nonlocal peak
        peak = max(peak, 1024 * sum(status_kb(pid, "VmRSS") for pid in descendants(root)))

    elapsed, process = run_sampled(command, sample, 0.05, env={**os.environ, "SOURCE_DATE_EPOCH": "1795000000"})
    if process.returncode != 0:
        raise SystemExit(f"brief digest failed with exit code {process.returncode}")
    return elapsed, peak, json.loads(out.read_text(encoding="utf-8"))


def folding_quality(digest: dict, truth: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of the folding against the known originals."""
    predicted = set()
    for story in digest["stories"]:
        names = sorted(Path(s["name"]).name for s in story["sources"])
        predicted |= set(combinations(names, 2))
    groups: dict[str, list[str]] = {}
    for name, base in truth.items():
        groups.setdefault(base, []).append(name)
    actual = {pair for names in groups.values() for pair in combinations(sorted(names), 2)}
    if not actual and not predicted:
        return 1.0, 1.0
    precision = len(predicted & actual) / len(predicted) if predicted else 1.0
    recall = len(predicted & actual) / len(actual) if actual else 1.0
    return precision, recall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, help=HELP)
    parser.add_argument("--sizes", default="100,1000,5000")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: one per core)")
    args = parser.parse_args()
    bbc = eval_folder(args.directory, "bbc", "*.article.txt")
    print(
        f"{'articles':>8} {'stories':>7} {'seconds':>8} {'per s':>7} {'ms/article':>10} {'peak MB':>8} "
        f"{'fold P':>6} {'fold R':>6}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            folder = Path(tmp) / f"n{size}"
            folder.mkdir()
            truth = make_articles(bbc, folder, size)
            elapsed, peak, digest = run(folder, args.jobs)
            precision, recall = folding_quality(digest, truth)
            print(
                f"{size:>8} {len(digest['stories']):>7} {elapsed:>8.1f} {size / elapsed:>7.1f} "
                f"{1000 * elapsed / size:>10.1f} {peak / 2**20:>8.0f} {precision:>6.3f} {recall:>6.3f}"
            )


if __name__ == "__main__":
    main()
