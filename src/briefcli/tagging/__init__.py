"""The tagging stage: parts of speech and names for one sentence's tokens.

Both taggers are linear sequence models trained here from open corpora
(``scripts/build_tagger.py``) and shipped as parameters in ``briefcli/data``,
so tagging is offline and deterministic. Parameters load on first use, not at
import, so commands that never tag (``brief --version``) start as fast as before.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from .features import Featurizer, name_lists, word_classes
from .model import Parameters, Tagger

POS_FILE = "pos_tagger.npz"
NER_FILE = "ner_tagger.npz"


_SHARED = Featurizer({})  # one vocabulary for both taggers, grown as each loads


@cache
def tagger(name: str) -> Tagger:
    """One shipped tagger (POS_FILE or NER_FILE), loaded on first use, so a caller that only
    needs names never pays for loading the part-of-speech model."""
    with resources.files("briefcli.data").joinpath(name).open("rb") as handle:
        params = Parameters.load(handle)
    word_classes(), name_lists()  # read with the parameters, so that the first sentence tagged pays no load
    return Tagger(params, _SHARED)


def taggers() -> tuple[Tagger, Tagger]:
    """The part-of-speech and name taggers (both loaded)."""
    return tagger(POS_FILE), tagger(NER_FILE)


def load_name_tagger() -> None:
    """Load the name tagger now (it otherwise loads on first use)."""
    tagger(NER_FILE)


def pos_tags(tokens: list[str]) -> list[str]:
    """Penn Treebank part-of-speech tags (NN, NNP, VBD, ...), one per given token."""
    return tagger(POS_FILE).tag(list(tokens))


def entity_tags(tokens: list[str]) -> list[str]:
    """IOB2 name labels (B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC, O), one per given token."""
    return tagger(NER_FILE).tag(list(tokens))
