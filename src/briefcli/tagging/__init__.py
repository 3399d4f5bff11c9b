"""The tagging stage: parts of speech and names for one sentence's tokens.

Both taggers are linear sequence models trained here from open corpora
(``scripts/build_tagger.py``) and shipped as parameters in ``briefcli/data``,
so tagging is offline and deterministic. Parameters load on first use, not at
import, so commands that never tag (``brief --version``) start as fast as before.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from .features import Featurizer, word_classes
from .model import Parameters, Tagger

POS_FILE = "pos_tagger.npz"
NER_FILE = "ner_tagger.npz"


@cache
def taggers() -> tuple[Tagger, Tagger]:
    """The shipped part-of-speech and name taggers, loaded once, sharing one featurizer."""
    params = []
    for name in (POS_FILE, NER_FILE):
        with resources.files("briefcli.data").joinpath(name).open("rb") as handle:
            params.append(Parameters.load(handle))
    word_classes()  # read with the parameters, so that the first sentence tagged pays no load
    names = dict.fromkeys(name for p in params for name in p.features)
    featurizer = Featurizer({name: i for i, name in enumerate(names)})
    return Tagger(params[0], featurizer), Tagger(params[1], featurizer)


def pos_tags(tokens: list[str]) -> list[str]:
    """Penn Treebank part-of-speech tags (NN, NNP, VBD, ...), one per given token."""
    return taggers()[0].tag(list(tokens))


def entity_tags(tokens: list[str]) -> list[str]:
    """IOB2 name labels (B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC, O), one per given token."""
    return taggers()[1].tag(list(tokens))
