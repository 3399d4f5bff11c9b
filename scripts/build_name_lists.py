"""Build the shipped name lists (src/briefcli/data/name_lists.npz) from open gazetteers.

A tagger trained on one year of one agency's news has never seen most of the
towns, companies, clubs and surnames it meets later; a list says what a
capitalised word usually names when its context does not. Only a table of
word -> kinds of name it occurs in is shipped (a bit per kind: a whole place,
part of a place's name, a whole organisation, part of one, a surname, a given
name), never the lists themselves; words are keyed lower-cased and with
accents folded, as the tagger looks them up.

The lists (one name per line) are gathered from open sources listed in the
README's credits: GeoNames-derived towns and regions, company, club, party and
international-organisation lists, US Census surnames and US SSA given names.

Usage: python scripts/build_name_lists.py LISTS_DIR
(LISTS_DIR holds places.txt, organisations.txt, surnames.txt, first_names.txt)
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

import numpy as np

from briefcli.tagging.features import NAME_KINDS, NAME_LISTS_FILE, folded

DATA = Path(__file__).resolve().parent.parent / "src" / "briefcli" / "data"
SOURCES = {"places.txt": ("place", "place-part"), "organisations.txt": ("org", "org-part")}
SINGLE = {"surnames.txt": "surname", "first_names.txt": "given"}
WORD = re.compile(r"[^\W\d_]+(?:[-'.][^\W\d_]+)*\.?")


def capitalised_words(name: str) -> list[str]:
    """The words of a name that can carry it: capitalised ones ("de", "of", "al" are not)."""
    return [word for word in WORD.findall(name) if word[:1].isupper()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lists", type=Path, help="directory of the gathered name lists")
    args = parser.parse_args()
    started = time.perf_counter()
    bit = {kind: 1 << i for i, kind in enumerate(NAME_KINDS)}
    table: dict[str, int] = {}

    def mark(word: str, kind: str) -> None:
        key = folded(word)
        table[key] = table.get(key, 0) | bit[kind]

    for file, (whole, part) in SOURCES.items():
        for line in (args.lists / file).read_text("utf-8").splitlines():
            words = capitalised_words(line.strip())
            if len(words) == 1 and len(WORD.findall(line)) == 1:
                mark(words[0], whole)
            else:
                for word in words:
                    mark(word, part)
    for file, kind in SINGLE.items():
        for line in (args.lists / file).read_text("utf-8").splitlines():
            words = capitalised_words(line.strip())
            if len(words) == 1:
                mark(words[0], kind)
    words = sorted(table)
    out = DATA / NAME_LISTS_FILE
    np.savez_compressed(
        out,
        words=np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8),
        kinds=np.array([table[w] for w in words], dtype=np.uint8),
    )
    counts = {kind: sum(1 for w in words if table[w] & bit[kind]) for kind in NAME_KINDS}
    print(
        f"{len(words):,} words ({', '.join(f'{k} {v:,}' for k, v in counts.items())}); "
        f"wrote {out.name} ({out.stat().st_size / 1e6:.2f} MB) in {time.perf_counter() - started:.1f} s"
    )


if __name__ == "__main__":
    main()
