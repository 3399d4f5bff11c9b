"""Build the shipped tagger parameters (src/briefcli/data/pos_tagger.npz, ner_tagger.npz).

Both taggers are averaged structured perceptrons (Collins 2002) over the
features of ``briefcli.tagging.features``, decoded with first-order Viterbi.
Training is vectorised with numpy: one sum gives a sentence's emission scores,
and only the features of mis-tagged tokens are updated. The name tagger is
trained with word dropout (``hide_words``) and reads the word classes that
``scripts/build_clusters.py`` writes, so build those first. The epoch kept is
the best on the development split; the test split is never read here.

- pos: CoNLL-2000 (WSJ sections 15-18, Penn Treebank tags); the last tenth of
  train.txt is the development split, test.txt (section 20) stays held out.
- ner: CoNLL-2003 English; train on train.txt, choose on valid.txt; test.txt
  stays held out.

Corpora are not part of brief: pass the directory holding them.

Usage: python scripts/build_tagger.py {pos,ner} CORPUS_DIR [--epochs N] [--dropout RATE]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np

from briefcli.tagging import NER_FILE, POS_FILE
from briefcli.tagging.conll import Sentence, entity_f1, read_columns
from briefcli.tagging.features import Featurizer
from briefcli.tagging.model import Parameters, Tagger, viterbi

DATA = Path(__file__).resolve().parent.parent / "src" / "briefcli" / "data"
MIN_COUNT = 2  # features seen once in training are dropped: they cost size and barely generalise
PRUNE = 0.05  # rows whose averaged weights are all below this are dropped before shipping
MARGINS = (10, 20, 30, 40, 60, 80, 120)  # anchoring margins tried for decoding, fastest first
MARGIN_LOSS = 0.001  # development score a margin may lose against full Viterbi (it buys speed)
LEXICAL = ("w=", "Fw=", "<", ">")  # a token's own word and the word pairs it is in (see hide_words)
FORBIDDEN = -1e4  # score of label transitions IOB2 does not allow (O -> I-PER, B-ORG -> I-LOC)

Encoded = tuple[np.ndarray, np.ndarray, np.ndarray]  # feature ids, token starts, gold tag indexes


def vocabulary(sentences: list[Sentence]) -> list[str]:
    """Feature names seen at least MIN_COUNT times in training, in first-seen order."""
    seen: dict[str, int] = {}
    featurizer = Featurizer(seen, grow=True)
    counts = np.zeros(0, dtype=np.int64)
    for tokens, _ in sentences:
        flat, _ = featurizer.sentence(tokens)
        if len(seen) > len(counts):
            counts = np.concatenate([counts, np.zeros(len(seen) - len(counts) + 100_000, dtype=np.int64)])
        np.add.at(counts, flat, 1)
    return [name for name, i in seen.items() if counts[i] >= MIN_COUNT]


def encode(sentences: list[Sentence], names: list[str], tags: list[str]) -> list[Encoded]:
    featurizer = Featurizer({name: i for i, name in enumerate(names)})
    index = {tag: i for i, tag in enumerate(tags)}
    out = []
    for tokens, labels in sentences:
        flat, starts = featurizer.sentence(tokens)
        out.append((flat, starts, np.array([index[label] for label in labels], dtype=np.int64)))
    return out


def constraints(tags: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Transition and start penalties that keep IOB2 well formed (all zero for POS tags)."""
    transitions = np.zeros((len(tags), len(tags)), dtype=np.float32)
    start = np.zeros(len(tags), dtype=np.float32)
    for j, tag in enumerate(tags):
        if tag.startswith("I-"):
            start[j] = FORBIDDEN
            for i, before in enumerate(tags):
                if before[2:] != tag[2:]:
                    transitions[i, j] = FORBIDDEN
    return transitions, start


def hide_words(item: Encoded, lexical: np.ndarray, rate: float, rng: np.random.Generator) -> Encoded:
    """The sentence with each token's own word features hidden at ``rate`` (word dropout).

    A tagger that always sees the word learns the names of its training set by
    heart; hiding them now and then makes it learn the shapes, affixes and
    contexts that also find names it has never seen.
    """
    flat, starts, gold = item
    n = len(starts)
    token = np.repeat(np.arange(n), np.diff(np.append(starts, len(flat))))
    keep = ~(lexical[flat] & (rng.random(n) < rate)[token])
    counts = np.bincount(token[keep], minlength=n)
    return flat[keep], np.concatenate(([0], np.cumsum(counts)[:-1])), gold


class Perceptron:
    """Averaged perceptron weights with the lazy-averaging trick (sums of time-stamped updates)."""

    def __init__(self, n_features: int, tags: list[str]) -> None:
        size = len(tags)
        self.params = [np.zeros((n_features, size)), np.zeros((size, size)), np.zeros(size)]
        self.totals = [np.zeros_like(p) for p in self.params]
        self.mask = constraints(tags)
        self.clock = 1

    def predict(self, item: Encoded, params: list[np.ndarray]) -> np.ndarray:
        flat, starts, _ = item
        emissions = np.add.reduceat(params[0][flat], starts, axis=0)
        return np.asarray(viterbi(emissions, params[1] + self.mask[0], params[2] + self.mask[1]))

    def _add(self, which: int, index: tuple, amount: float) -> None:
        np.add.at(self.params[which], index, amount)
        np.add.at(self.totals[which], index, amount * self.clock)

    def learn(self, item: Encoded) -> None:
        flat, starts, gold = item
        predicted = self.predict(item, self.params)
        wrong = predicted != gold
        if wrong.any():
            token = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, len(flat))))
            chosen = wrong[token]
            rows, token = flat[chosen], token[chosen]
            self._add(0, (rows, gold[token]), 1.0)
            self._add(0, (rows, predicted[token]), -1.0)
            self._add(1, (gold[:-1], gold[1:]), 1.0)
            self._add(1, (predicted[:-1], predicted[1:]), -1.0)
            self._add(2, (gold[:1],), 1.0)
            self._add(2, (predicted[:1],), -1.0)
        self.clock += 1

    def averaged(self) -> list[np.ndarray]:
        return [p - t / self.clock for p, t in zip(self.params, self.totals, strict=True)]


Labels = list[list[str]]


def pos_score(gold: Labels, predicted: Labels) -> dict[str, float]:
    right = sum(g == p for gs, ps in zip(gold, predicted, strict=True) for g, p in zip(gs, ps, strict=True))
    return {"accuracy": right / sum(len(g) for g in gold)}


def ner_score(gold: Labels, predicted: Labels) -> dict[str, float]:
    pairs = list(zip(gold, predicted, strict=True))
    scores = {kind: entity_f1(pairs, [kind])[2] for kind in ("PER", "ORG", "LOC", "MISC")}
    scores["all"] = entity_f1(pairs, ["PER", "ORG", "LOC", "MISC"])[2]
    scores["PER+ORG+LOC"] = entity_f1(pairs, ["PER", "ORG", "LOC"])[2]
    return scores


Scorer = Callable[[Labels, Labels], dict[str, float]]


def shipped_score(params: Parameters, dev_set: list[Sentence], scorer: Scorer) -> dict[str, float]:
    """Scores of the parameters as brief will run them (pruned, float16 after saving, anchored)."""
    tagger = Tagger(params, Featurizer({name: i for i, name in enumerate(params.features)}))
    return scorer([labels for _, labels in dev_set], [tagger.tag(tokens) for tokens, _ in dev_set])


def narrowest_margin(params: Parameters, dev_set: list[Sentence], scorer: Scorer, key: str) -> Parameters:
    """The smallest anchoring margin that tags the development split (almost) as well as full Viterbi."""
    exact = shipped_score(params, dev_set, scorer)[key]
    for margin in MARGINS:
        anchored = replace(params, margin=margin)
        score = shipped_score(anchored, dev_set, scorer)[key]
        print(f"margin {margin}: {key} {score:.4f} (full Viterbi {exact:.4f})")
        if score >= exact - MARGIN_LOSS:
            return anchored
    return params


def train_one(
    seed: int,
    data: tuple[list[Encoded], list[Encoded], list[str]],
    dev_set: list[Sentence],
    epochs: int,
    dropout: float,
    scorer: Scorer,
    key: str,
    lexical: np.ndarray,
) -> tuple[Perceptron, list[np.ndarray]]:
    """One averaged perceptron from one shuffling seed; the epoch kept is the best on the development split."""
    train_data, dev_data, tags = data
    model = Perceptron(len(lexical), tags)
    rng = np.random.default_rng(seed)
    best: tuple[float, int, list[np.ndarray]] = (-1.0, 0, [])
    gold = [labels for _, labels in dev_set]
    for epoch in range(1, epochs + 1):
        for i in rng.permutation(len(train_data)):
            model.learn(hide_words(train_data[i], lexical, dropout, rng) if dropout else train_data[i])
        params = model.averaged()
        predicted = [[tags[t] for t in model.predict(d, params)] for d in dev_data]
        scores = scorer(gold, predicted)
        print(f"seed {seed} epoch {epoch}: " + ", ".join(f"{k} {v:.4f}" for k, v in scores.items()), flush=True)
        if scores[key] > best[0]:
            best = (scores[key], epoch, params)
    print(f"seed {seed}: kept epoch {best[1]}")
    return model, best[2]


def train(
    task: str,
    train_set: list[Sentence],
    dev_set: list[Sentence],
    epochs: int,
    dropout: float,
    scorer: Scorer,
    key: str,
    seeds: int,
):
    started = time.perf_counter()
    tags = sorted({label for _, labels in train_set for label in labels})
    names = vocabulary(train_set)
    lexical = np.array([name.startswith(LEXICAL) for name in names])
    data = encode(train_set, names, tags), encode(dev_set, names, tags), tags
    # Models from several shufflings, averaged: each one's mistakes are partly its own order's.
    runs = [train_one(seed, data, dev_set, epochs, dropout, scorer, key, lexical) for seed in range(seeds)]
    model = runs[0][0]
    best = [sum(parts) / seeds for parts in zip(*(params for _, params in runs), strict=True)]
    trained = time.perf_counter() - started
    weights, transitions, start = best
    keep = np.abs(weights).max(axis=1) >= PRUNE
    kept = [name for name, k in zip(names, keep, strict=True) if k]
    shipped = Parameters(tags, kept, weights[keep], transitions + model.mask[0], start + model.mask[1])
    shipped = narrowest_margin(shipped, dev_set, scorer, key)
    out = DATA / (POS_FILE if task == "pos" else NER_FILE)
    shipped.save(out)
    final = shipped_score(Parameters.load(out), dev_set, scorer)
    print(f"{task} shipped: " + ", ".join(f"{k} {v:.4f}" for k, v in final.items()))
    print(
        f"{task}: trained {seeds} x {epochs} epochs in {trained:.0f} s; "
        f"{len(kept):,} of {len(names):,} features; wrote {out.name} ({out.stat().st_size / 1e6:.2f} MB)"
    )


EPOCHS = {"pos": 6, "ner": 10}  # what the shipped parameters were trained with
DROPOUT = {"pos": 0.0, "ner": 0.2}
SEEDS = {"pos": 1, "ner": 3}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("task", choices=["pos", "ner"])
    parser.add_argument("corpus", type=Path, help="CoNLL-2000 directory (pos) or CoNLL-2003 directory (ner)")
    parser.add_argument("--epochs", type=int, help="passes over the training data (default: pos 6, ner 10)")
    parser.add_argument("--dropout", type=float, help="word dropout rate (default: pos 0, ner 0.2)")
    parser.add_argument("--seeds", type=int, help="models from different shufflings averaged (default: pos 1, ner 3)")
    args = parser.parse_args()
    files = ["train.txt"] if args.task == "pos" else ["train.txt", "valid.txt"]
    for name in files:
        if not (args.corpus / name).is_file():
            raise SystemExit(f"corpus file not found: {args.corpus / name}")
    epochs = args.epochs or EPOCHS[args.task]
    dropout = DROPOUT[args.task] if args.dropout is None else args.dropout
    seeds = args.seeds or SEEDS[args.task]
    if args.task == "pos":
        sentences = read_columns(args.corpus / "train.txt", 1)
        cut = len(sentences) * 9 // 10
        train("pos", sentences[:cut], sentences[cut:], epochs, dropout, pos_score, "accuracy", seeds)
    else:
        train_set = read_columns(args.corpus / "train.txt", 3)
        dev_set = read_columns(args.corpus / "valid.txt", 3)
        train("ner", train_set, dev_set, epochs, dropout, ner_score, "PER+ORG+LOC", seeds)


if __name__ == "__main__":
    main()
