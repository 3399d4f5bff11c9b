"""Speed on long input: brief end to end against sumy's LexRank and TextRank.

Builds one text from the 100 BBC articles (about 35,000 words, 1,800 sentences),
times `brief summarize` on it as a user runs it (a new process, imports
included; median of --runs), and sumy's LexRank and TextRank on the same
sentences in this process (their ranking alone, imports excluded). Then
brief at 4x and 16x that length (copies with their paragraphs in another
order), to show how time grows.

Usage: python benchmarks/long_article.py [EVAL_DIR] [--runs 3] [--skip-sumy]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from briefcli.clean import clean
from briefcli.rank import rank
from briefcli.text import article_sentences
from evaldata import HELP, eval_folder


def build_text(directory: Path, copies: int) -> str:
    """The BBC articles joined; each further copy shuffles the paragraphs (fixed seed)."""
    paragraphs = [
        p.strip()
        for f in sorted(directory.glob("*.article.txt"))
        for p in f.read_text(encoding="utf-8").split("\n\n")
        if p.strip()
    ]
    rng = random.Random(2026)
    out = list(paragraphs)
    for _ in range(copies - 1):
        shuffled = list(paragraphs)
        rng.shuffle(shuffled)
        out.extend(shuffled)
    return "\n\n".join(out)


def time_brief(path: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "briefcli", "summarize", str(path), "-f", "json"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def time_sumy(text: str, algorithm: str) -> float:
    article = clean(text, "long")
    sentences = article_sentences(article)
    start = time.perf_counter()
    rank(sentences, article.title, 3, algorithm)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, help=HELP)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-sumy", action="store_true", help="skip the slow sumy anchors")
    args = parser.parse_args()
    bbc = eval_folder(args.directory, "bbc", "*.article.txt")
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for copies in (1, 4, 16):
            text = build_text(bbc, copies)
            path = Path(tmp) / f"long-{copies}x.txt"
            path.write_text(text, encoding="utf-8")
            n = len(article_sentences(clean(text, "long")))
            rows.append((copies, len(text.split()), n, time_brief(path, args.runs)))
        base_text = build_text(bbc, 1)
    print(f"brief summarize (new process, median of {args.runs}):")
    print(f"{'length':>6} {'words':>8} {'sentences':>9} {'seconds':>8} {'s per 1k sentences':>19}")
    for copies, words, n, seconds in rows:
        print(f"{copies:>5}x {words:>8} {n:>9} {seconds:>8.2f} {1000 * seconds / n:>19.3f}")
    if not args.skip_sumy:
        brief_1x = rows[0][3]
        print("sumy on the 1x text (ranking only, this process):")
        for algorithm in ("lexrank", "textrank"):
            seconds = time_sumy(base_text, algorithm)
            print(f"  {algorithm:<9} {seconds:7.2f} s   brief is {seconds / brief_1x:5.1f}x faster end to end")


if __name__ == "__main__":
    main()
