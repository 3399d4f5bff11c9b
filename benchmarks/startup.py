"""Start-up and small-article wall times (median of N runs) next to the bare stack import.

Usage: python benchmarks/startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "nato-ukraine.txt"

COMMANDS = {
    "import nltk, sumy.summarizers.lex_rank (anchor)": [
        sys.executable,
        "-c",
        "import nltk, sumy.summarizers.lex_rank",
    ],
    "brief --version": [sys.executable, "-m", "briefcli", "--version"],
    "brief summarize samples/nato-ukraine.txt": [sys.executable, "-m", "briefcli", "summarize", str(SAMPLE)],
}


def median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    results = {name: median_seconds(cmd, args.runs) for name, cmd in COMMANDS.items()}
    anchor = next(iter(results.values()))
    print(f"median of {args.runs} runs")
    for name, seconds in results.items():
        print(f"{name:<50} {seconds * 1000:7.0f} ms   x{seconds / anchor:.2f} of the anchor")


if __name__ == "__main__":
    main()
