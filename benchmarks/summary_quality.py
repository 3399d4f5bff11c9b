"""Summary quality on the BBC set: brief's ranker against lead-k and sumy's algorithms.

Prints mean ROUGE-1/2/L F1 (rouge-score, Porter stemming) for every algorithm,
all with brief's sentence splitter and the reference's sentence count, and
brief's score as a ratio of each anchor's from the same run.

Usage: python benchmarks/summary_quality.py [EVAL_DIR] [--algorithms brief,lexrank,...]
Needs the bench extra: pip install '.[bench]'
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from briefcli.clean import clean
from briefcli.evaluate import METRICS, reference_sentences, rouge
from briefcli.rank import rank
from briefcli.text import article_sentences
from evaldata import HELP, eval_folder

ANCHORS = ["lead", "lexrank", "textrank", "lsa", "luhn"]


def load(directory: Path) -> list[tuple[str, str, list[str]]]:
    """(name, article text, reference sentences) for every article with a summary."""
    items = []
    for article in sorted(directory.glob("*.article.txt")):
        summary = article.with_name(article.name.replace(".article.txt", ".summary.txt"))
        if summary.exists():
            reference = reference_sentences(summary.read_text(encoding="utf-8"), summary.name)
            items.append((article.name.removesuffix(".article.txt"), article.read_text(encoding="utf-8"), reference))
    return items


def pick(algorithm: str, sentences, title: str | None, k: int) -> list[int]:
    if algorithm == "lead":
        return list(range(min(k, len(sentences))))
    return rank(sentences, title, k, algorithm)


def evaluate(items, algorithms: list[str], fixed: int | None = None) -> dict[str, dict[str, float]]:
    totals = {a: {m: [] for m in METRICS} | {"seconds": 0.0} for a in algorithms}
    for name, raw, reference in items:
        article = clean(raw, name)
        sentences = article_sentences(article)
        for algorithm in algorithms:
            start = time.perf_counter()
            chosen = pick(algorithm, sentences, article.title, fixed or len(reference))
            totals[algorithm]["seconds"] += time.perf_counter() - start
            scores = rouge(reference, [sentences[i].text for i in chosen])
            for metric in METRICS:
                totals[algorithm][metric].append(scores[metric])
    return {a: {m: statistics.fmean(v[m]) for m in METRICS} | {"seconds": v["seconds"]} for a, v in totals.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, help=HELP)
    parser.add_argument("--algorithms", default=",".join(["brief", *ANCHORS]))
    parser.add_argument("--sentences", type=int, help="a fixed summary length instead of the reference's")
    args = parser.parse_args(argv)
    bbc = eval_folder(args.directory, "bbc", "*.article.txt")
    items = load(bbc)
    if not items:
        print(f"no articles with summaries in {bbc}", file=sys.stderr)
        return 2
    algorithms = args.algorithms.split(",")
    results = evaluate(items, algorithms, args.sentences)
    length = f"{args.sentences} sentences" if args.sentences else "reference sentence count"
    print(f"{len(items)} articles from {bbc}; length = {length}")
    print(f"{'algorithm':<10} {'R1':>6} {'R2':>6} {'RL':>6} {'seconds':>8}   brief/anchor R1 R2 RL")
    ours = results.get("brief")
    for algorithm, r in results.items():
        ratio = ""
        if ours and algorithm != "brief":
            ratio = "   " + " ".join(f"{ours[m] / r[m]:.3f}" for m in METRICS)
        print(f"{algorithm:<10} {r['rouge1']:6.1f} {r['rouge2']:6.1f} {r['rougeL']:6.1f} {r['seconds']:8.2f}{ratio}")
    if ours:
        beaten = all(ours[m] > r[m] for a, r in results.items() if a != "brief" for m in METRICS)
        print(f"brief beats every anchor on all three scores: {'yes' if beaten else 'no'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
