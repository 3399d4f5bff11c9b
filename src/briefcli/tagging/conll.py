"""Reading CoNLL column corpora and scoring names the way ``conlleval`` does.

Shared by the training script and the benchmark, so both read the corpora and
count entity spans identically (exact span and type; an ``I-`` label that does
not continue a span of its type starts a new one, as in conlleval).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

Sentence = tuple[list[str], list[str]]


def read_columns(path: Path, label_column: int) -> list[Sentence]:
    """Sentences of (tokens, labels) from a file of whitespace columns, blank lines between sentences."""
    sentences: list[Sentence] = []
    tokens: list[str] = []
    labels: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        fields = line.split()
        if fields and fields[0] != "-DOCSTART-":
            tokens.append(fields[0])
            labels.append(fields[label_column])
        elif not fields and tokens:
            sentences.append((tokens, labels))
            tokens, labels = [], []
    return sentences


def entity_spans(labels: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) of every name in an IOB2 label sequence."""
    spans: set[tuple[int, int, str]] = set()
    start, kind = 0, ""
    for i, label in enumerate([*labels, "O"]):
        prefix, _, label_kind = label.partition("-")
        continues = prefix == "I" and label_kind == kind
        if kind and not continues:
            spans.add((start, i, kind))
            kind = ""
        if prefix in ("B", "I") and not continues:
            start, kind = i, label_kind
    return spans


def entity_f1(pairs: Iterable[tuple[list[str], list[str]]], types: Iterable[str]) -> tuple[float, float, float]:
    """Precision, recall and F1 over the names of the given types, for (gold, predicted) label pairs."""
    wanted = set(types)
    hits = found = expected = 0
    for gold, predicted in pairs:
        gold_spans = {s for s in entity_spans(gold) if s[2] in wanted}
        predicted_spans = {s for s in entity_spans(predicted) if s[2] in wanted}
        hits += len(gold_spans & predicted_spans)
        found += len(predicted_spans)
        expected += len(gold_spans)
    precision = hits / found if found else 0.0
    recall = hits / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
