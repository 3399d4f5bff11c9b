"""Event clustering of `brief digest` scored against labels.

FOLDER holds one article per .txt file (title on the first line) and ``labels.tsv``:
one line per article, "file name<TAB>event label" (an unrelated story has a label of
its own). The articles are briefed once; the clustering then runs at each setting
asked for and is scored by pairwise precision, recall and F1 (pairs of articles put
in one story), B-cubed F1, and the number of stories against the labelled number.
Third-party articles stay out of the repository: the folder is given on the command
line (the README says how the dev set was built).

Usage: python benchmarks/digest_clustering.py FOLDER [--threshold 0.16,0.2] [--pair 0.3]
       [--weights 0.7,0.2,0.1] [--jobs N]
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from itertools import combinations
from pathlib import Path

from briefcli.brief import Options
from briefcli.digest import cluster
from briefcli.digest.build import analyse_all, build, default_jobs, gather
from briefcli.digest.cluster import Clustering
from briefcli.digest.collect import collect
from briefcli.limits import DEFAULT_TIMEOUT


def read_labels(folder: Path) -> dict[str, str]:
    lines = (folder / "labels.tsv").read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if line.strip())


def pairs(groups: list[list[str]]) -> set[tuple[str, str]]:
    return {pair for group in groups for pair in combinations(sorted(group), 2)}


def scores(predicted: list[list[str]], truth: dict[str, str]) -> tuple[float, float, float, float]:
    """Pairwise precision, recall, F1 and B-cubed F1 of predicted groups of file names."""
    actual_groups: dict[str, list[str]] = {}
    for name, label in truth.items():
        actual_groups.setdefault(label, []).append(name)
    got, want = pairs(predicted), pairs(list(actual_groups.values()))
    precision = len(got & want) / len(got) if got else 1.0
    recall = len(got & want) / len(want) if want else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    cluster_of = {name: k for k, group in enumerate(predicted) for name in group}
    b_precision = b_recall = 0.0
    for name in truth:
        mine = {n for n in truth if cluster_of.get(n) == cluster_of.get(name)}
        same = {n for n in truth if truth[n] == truth[name]}
        b_precision += len(mine & same) / len(mine)
        b_recall += len(mine & same) / len(same)
    b_precision, b_recall = b_precision / len(truth), b_recall / len(truth)
    b_f1 = 2 * b_precision * b_recall / (b_precision + b_recall)
    return precision, recall, f1, b_f1


def floats(text: str) -> list[float]:
    return [float(x) for x in text.split(",")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    default = Clustering()
    parser.add_argument("--threshold", type=floats, default=[default.threshold], help="comma-separated values")
    parser.add_argument("--pair", type=floats, default=[default.pair], help="comma-separated values")
    parser.add_argument("--weights", default=None, help="cosine,names,figures weights (default: the shipped ones)")
    parser.add_argument("--jobs", type=int, default=default_jobs())
    args = parser.parse_args()
    if not (args.folder / "labels.tsv").is_file():
        sys.exit(f"digest_clustering: {args.folder}/labels.tsv not found; give a folder of articles with labels.tsv")
    truth = read_labels(args.folder)
    items, failures = collect([str(args.folder / name) for name in sorted(truth)])
    if failures:
        sys.exit(f"digest_clustering: cannot read {failures[0].line}")
    start = time.perf_counter()
    analysed = analyse_all(items, Options(sentences=2), max_bytes=10 << 20, timeout=DEFAULT_TIMEOUT, jobs=args.jobs)
    gathered = gather(analysed)
    briefed = time.perf_counter() - start
    events = len(set(truth.values()))
    print(f"{len(truth)} articles, {events} labelled stories; briefed in {briefed:.1f} s")
    if args.weights:
        cluster.W_COSINE, cluster.W_NAMES, cluster.W_FIGURES = floats(args.weights)
    print(f"{'threshold':>9} {'pair':>5} {'pair P':>6} {'pair R':>6} {'pair F1':>7} {'B3 F1':>6} {'stories':>7}")
    for threshold in args.threshold:
        for pair in args.pair:
            settings = replace(default, threshold=threshold, pair=pair)
            digest = build(gathered, generated="2026-11-29T07:00:00+00:00", clustering=settings).digest
            predicted = [[Path(s.name).name for s in story.sources] for story in digest.stories]
            p, r, f1, b3 = scores(predicted, truth)
            print(f"{threshold:>9.2f} {pair:>5.2f} {p:>6.3f} {r:>6.3f} {f1:>7.3f} {b3:>6.3f} {len(predicted):>7}")


if __name__ == "__main__":
    main()
