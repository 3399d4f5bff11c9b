"""Accuracy, speed, load time and size of the shipped taggers.

- parts of speech: token accuracy on CoNLL-2000 test.txt (WSJ section 20), a
  split the training script never reads;
- names: entity F1 on CoNLL-2003 valid.txt per type and for PER+ORG+LOC
  together (exact span and type, like conlleval); ``--test`` scores the held-out
  test.txt instead (measure it once, never tune on it);
- tokens per second through both taggers on one core, load time, parameter size.

Usage: python benchmarks/tagging.py CONLL2000_DIR CONLL2003_DIR [--test]
"""

from __future__ import annotations

import argparse
import sys
import time
from importlib import resources
from pathlib import Path

from briefcli.tagging import NER_FILE, POS_FILE, entity_tags, pos_tags, taggers
from briefcli.tagging.conll import entity_f1, read_columns
from briefcli.tagging.features import CLASSES_FILE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("conll2000", type=Path, help="directory with CoNLL-2000 test.txt")
    parser.add_argument("conll2003", type=Path, help="directory with CoNLL-2003 valid.txt and test.txt")
    parser.add_argument("--test", action="store_true", help="score names on the held-out test split")
    args = parser.parse_args()
    split = "test.txt" if args.test else "valid.txt"
    pos_path, ner_path = args.conll2000 / "test.txt", args.conll2003 / split
    for path in (pos_path, ner_path):
        if not path.is_file():
            sys.exit(f"corpus file not found: {path} (see the README's Benchmarks section for where to get it)")

    started = time.perf_counter()
    taggers()
    load_ms = (time.perf_counter() - started) * 1000
    size = sum(resources.files("briefcli.data").joinpath(f).stat().st_size for f in (POS_FILE, NER_FILE, CLASSES_FILE))

    pos_set = read_columns(pos_path, 1)
    right = sum(p == g for tokens, gold in pos_set for p, g in zip(pos_tags(tokens), gold, strict=True))
    total = sum(len(tokens) for tokens, _ in pos_set)
    print(f"POS accuracy, CoNLL-2000 test (WSJ 20, {total:,} tokens): {right / total:.4f}")

    ner_set = read_columns(ner_path, 3)
    started, cpu_started = time.perf_counter(), time.process_time()
    for tokens, _ in ner_set:
        pos_tags(tokens)
        entity_tags(tokens)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    tokens_count = sum(len(tokens) for tokens, _ in ner_set)

    pairs = [(gold, entity_tags(tokens)) for tokens, gold in ner_set]
    scores = [(kind, entity_f1(pairs, [kind])) for kind in ("PER", "ORG", "LOC", "MISC")]
    scores += [("all four", entity_f1(pairs, ["PER", "ORG", "LOC", "MISC"]))]
    scores += [("PER+ORG+LOC", entity_f1(pairs, ["PER", "ORG", "LOC"]))]
    print(f"Entity F1, CoNLL-2003 {split.removesuffix('.txt')} ({len(ner_set):,} sentences):")
    for kind, (precision, recall, f1) in scores:
        print(f"  {kind:<12} P {precision:.4f}  R {recall:.4f}  F1 {f1:.4f}")
    print(
        f"Speed, both taggers, one core: {tokens_count / cpu_seconds:,.0f} tokens/s of CPU time, "
        f"{tokens_count / seconds:,.0f} tokens/s of wall time ({tokens_count:,} tokens, words first seen)"
    )
    print(f"Load time, both taggers: {load_ms:.0f} ms; parameters: {size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
