"""How far two people agree on an article's key claims, next to how far brief agrees with them.

"The 3-6 most important assertions" is a judgment: a second annotator, who chose six claims
per article without seeing the first one's gold (`second/NAME.json` beside `gold/`), recalls
only part of it. That recall, scored the way brief's claims are (the full article sentence
a prefix opens must match the gold prefix, `extraction_quality.sentence_matches`), is the
ceiling a claim ranker can be expected to reach on such articles; brief's recall of the same
gold, and of the second annotator's claims, are printed beside it.

Usage: python benchmarks/claims_agreement.py [SET_DIR ...]   (default: outlets9 and outlets10)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from briefcli.brief import make_brief
from briefcli.clean import clean
from briefcli.text import article_sentences
from extraction_quality import article_text, ratio, sentence_matches

HERE = Path(__file__).resolve().parent


def full_sentences(prefixes: list[str], sentences: list[str]) -> list[str]:
    """The article sentence each prefix opens (the prefix itself where none matches)."""
    return [next((s for s in sentences if sentence_matches(s, p)), p) for p in prefixes]


def recalled(gold: list[str], chosen: list[str]) -> int:
    """How many gold prefixes one of the chosen sentences matches."""
    return sum(any(sentence_matches(c, g) for c in chosen) for g in gold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, default=[HERE / "outlets9", HERE / "outlets10"])
    args = parser.parse_args(argv)
    print(f"{'article':<17} {'gold':>4} {'second':>7} {'brief':>6} {'brief vs second':>16}")
    totals = [0, 0, 0, 0, 0]
    for folder in args.sets:
        for path in sorted((folder / "second").glob("*.json")):
            second = json.loads(path.read_text(encoding="utf-8"))
            gold = json.loads((folder / "gold" / path.name).read_text(encoding="utf-8"))
            raw = article_text(folder, gold["article"])
            sentences = [s.text for s in article_sentences(clean(raw, gold["article"]))]
            gold_prefixes = [c["sentence"] for c in gold["claims"]]
            second_prefixes = [c["sentence"] for c in second["claims"]]
            brief = [c.text for c in make_brief(raw, gold["article"]).claims]
            row = [
                len(gold_prefixes),
                recalled(gold_prefixes, full_sentences(second_prefixes, sentences)),
                recalled(gold_prefixes, brief),
                len(second_prefixes),
                recalled(second_prefixes, brief),
            ]
            totals = [t + r for t, r in zip(totals, row, strict=True)]
            print(f"{gold['article']:<17} {row[0]:4d} {row[1]:7d} {row[2]:6d} {row[4]:9d} of {row[3]:<4d}")
    gold_n, second_hits, brief_hits, second_n, brief_second = totals
    print(f"\noverall ({gold_n} gold claims, {second_n} second-annotator claims)")
    print(f"  second annotator's recall of the gold   {ratio(second_hits, gold_n):.2f}")
    print(f"  brief's recall of the gold               {ratio(brief_hits, gold_n):.2f}")
    print(f"  brief's recall of the second annotator   {ratio(brief_second, second_n):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
