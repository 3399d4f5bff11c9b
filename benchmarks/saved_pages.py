"""Page furniture on whole web pages saved as text, written blind with an answer key each.

Each page ``NAME.txt`` in ``benchmarks/pages`` (see its README) has a key ``NAME.key.txt``, one item per line:

- ``HEADLINE: <the story's headline>``: the brief's headline should be it;
- ``F: <a furniture line's opening words>``: a caption, promo, related headline, bio or note, never shown in the
  brief's summary, claims, commitments or quotes (its first six words are looked for there);
- ``N: <a name only furniture holds>``: a photographer, an author, the site itself, never listed as an actor;
- ``S: <a story sentence's opening words>``: a sentence of the story, kept by cleaning (its first or last eight
  words, so that a dateline the cleaning strips, "PORTLAND — The ...", does not count as the sentence lost).

Usage: python benchmarks/saved_pages.py [DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from pathlib import Path

from briefcli.brief import cleaned, make_brief

ROOT = Path(__file__).resolve().parent / "pages"
F_WORDS = 6  # a furniture line's words looked for in what the brief shows
S_WORDS = 8  # a story sentence's words looked for in the cleaned text


@dataclass
class Tally:
    """Right out of total, per kind of key item, and what went wrong."""

    counts: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in ("HEADLINE", "F", "N", "S")})
    notes: list[str] = field(default_factory=list)

    def add(self, kind: str, hit: bool) -> None:
        self.counts[kind][0] += hit
        self.counts[kind][1] += 1


def _norm(text: str) -> str:
    text = text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    return " ".join(text.lower().split())


def score_page(page: Path, tally: Tally) -> None:
    """Add one page's key items to ``tally``."""
    raw = page.read_text(encoding="utf-8")
    brief = make_brief(raw, page.name)
    body = _norm(cleaned(raw, page.name).text)
    shown = [_norm(x.text) for x in (*brief.summary, *brief.claims, *brief.commitments, *brief.quotes)]
    names = {_norm(a.name) for a in (*brief.actors, *brief.minor_actors)}
    for line in page.with_name(page.stem + ".key.txt").read_text(encoding="utf-8").splitlines():
        kind, _, value = line.partition(": ")
        wanted = _norm(value)
        if not wanted or kind not in tally.counts:
            continue
        if kind == "HEADLINE":
            hit = wanted == _norm(brief.headline)
        elif kind == "F":
            opening = " ".join(wanted.split()[:F_WORDS])
            hit = any(re.search(rf"(?<!\w){re.escape(opening)}(?!\w)", text) for text in shown)  # (whole words)
        elif kind == "N":
            hit = wanted in names
        else:  # (its first or last words, as ../shared/eval scores a sentence: a brief may drop its dateline)
            said = wanted.split()
            hit = " ".join(said[:S_WORDS]) in body or " ".join(said[-S_WORDS:]) in body
        tally.add(kind, hit)
        if hit == (kind in ("F", "N")):
            tally.notes.append(f"  {kind} {page.stem}: {value[:70]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=ROOT, help="folder of pages and keys")
    parser.add_argument("--verbose", action="store_true", help="list each headline missed, furniture shown, ...")
    args = parser.parse_args()
    tally = Tally()
    for page in sorted(args.directory.glob("*.txt")):
        if not page.name.endswith(".key.txt"):
            score_page(page, tally)
    (h, hn), (f, fn), (n, nn), (s, sn) = (tally.counts[k] for k in ("HEADLINE", "F", "N", "S"))
    print(
        f"{args.directory.name}: headlines right {h}/{hn}; furniture shown {f}/{fn}; "
        f"furniture names listed as actors {n}/{nn}; story sentences kept {s}/{sn}"
    )
    if args.verbose:
        print("\n".join(tally.notes))


if __name__ == "__main__":
    main()
