"""Who commits, on whole invented articles dense with pledges and with look-alikes that are none.

Each set (``benchmarks/pledges1`` to ``benchmarks/pledges21``; see their READMEs) holds articles
``NAME.txt`` written blind, each with an answer key ``NAME.expect.txt``, one line per item in
article order:

- ``C: <a sentence's opening words> => <who> | <another acceptable who>``: a commitment, and
  who makes it;
- ``N: <a sentence's opening words>``: a sentence that looks like a pledge and is none (a
  forecast, a rule, a condition, a call on others, a refusal, a timetable, a pledge kept long
  ago).

Where the outlets sets score a brief against one annotator's whole reading, these score the
committer on sentences chosen because finding it takes work: a spokesperson named after the
verb, "the council" among several councils, "it" two sentences on, "we" in a quote.

Scores: the commitments found (an item of the brief's list holds the opening's first or last
six words, as ``extraction_quality.py`` matches), ``who`` accuracy on those found (equal to
one of the key's names, case and a leading "the" ignored), and the look-alikes listed.

Usage: python benchmarks/pledges.py [DIR ...] [--verbose]
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from pathlib import Path

from briefcli.brief import make_brief
from briefcli.model import Commitment
from extraction_quality import sentence_matches

ROOT = Path(__file__).resolve().parent
SETS = (
    "pledges1",
    "pledges2",
    "pledges3",
    "pledges4",
    "pledges5",
    "pledges6",
    "pledges7",
    "pledges8",
    "pledges9",
    "pledges10",
    "pledges11",
    "pledges12",
    "pledges13",
    "pledges14",
    "pledges15",
    "pledges16",
    "pledges17",
    "pledges18",
    "pledges19",
    "pledges20",
    "pledges21",
)


@dataclass
class Tally:
    """Counts over one set."""

    pledges: int = 0
    found: int = 0
    right: int = 0
    lookalikes: int = 0
    listed: int = 0
    notes: list[str] = field(default_factory=list)


def _name(text: str) -> str:
    """A name as compared: case, spacing, a leading "the" and the apostrophe's style aside."""
    return re.sub(r"^the\s+", "", " ".join(text.lower().replace("’", "'").split()))


def score_article(article: Path, tally: Tally) -> None:
    """Add one article's items to ``tally``."""
    commitments: list[Commitment] = list(make_brief(article.read_text(encoding="utf-8"), article.name).commitments)
    key = article.with_name(article.stem + ".expect.txt")
    for line in key.read_text(encoding="utf-8").splitlines():
        kind, _, rest = line.partition(": ")
        opening, _, whos = rest.partition(" => ")
        hits = [c for c in commitments if sentence_matches(c.text, opening)]
        if kind == "C":
            tally.pledges += 1
            if not hits:
                tally.notes.append(f"  missed  {article.stem}: {opening[:70]}")
                continue
            tally.found += 1
            wanted = {_name(who) for who in whos.split(" | ")}
            if _name(hits[0].who) in wanted:
                tally.right += 1
            else:
                tally.notes.append(f"  who     {article.stem}: {opening[:60]} -> {hits[0].who!r}, want {whos}")
        elif kind == "N":
            tally.lookalikes += 1
            if hits:
                tally.listed += 1
                tally.notes.append(f"  listed  {article.stem}: {opening[:70]}")


def score(folder: Path) -> Tally:
    """The tally of every article in ``folder``."""
    tally = Tally()
    for article in sorted(folder.glob("*.txt")):
        if not article.name.endswith(".expect.txt"):
            score_article(article, tally)
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, help="sets to score (default: every pledges set)")
    parser.add_argument("--verbose", action="store_true", help="list each miss (do not use on a held-out set)")
    args = parser.parse_args()
    for folder in args.dirs or [ROOT / name for name in SETS]:
        tally = score(folder)
        found = tally.found / tally.pledges if tally.pledges else 0.0
        right = tally.right / tally.found if tally.found else 0.0
        print(
            f"{folder.name}: commitments found {found:.2f} ({tally.found}/{tally.pledges}); "
            f"who {right:.2f} ({tally.right}/{tally.found}); look-alikes listed {tally.listed}/{tally.lookalikes}"
        )
        if args.verbose:
            print("\n".join(tally.notes))


if __name__ == "__main__":
    main()
