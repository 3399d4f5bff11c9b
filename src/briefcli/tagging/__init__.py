"""The tagging stage: parts of speech and names for one sentence's tokens.

Both taggers are linear sequence models trained here from open corpora
(``scripts/build_tagger.py``) and shipped as parameters in ``briefcli/data``,
so tagging is offline and deterministic. Parameters load on first use, not at
import, so commands that never tag (``brief --version``) start as fast as before.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

from .model import Tagger, load

POS_FILE = "pos_tagger.npz"
NER_FILE = "ner_tagger.npz"


@cache
def shipped(name: str) -> Tagger:
    """One shipped tagger, loaded once."""
    with resources.files("briefcli.data").joinpath(name).open("rb") as handle:
        return load(handle)


def pos_tags(tokens: list[str]) -> list[str]:
    """Penn Treebank part-of-speech tags (NN, NNP, VBD, ...), one per given token."""
    return shipped(POS_FILE).tag(list(tokens))


def entity_tags(tokens: list[str]) -> list[str]:
    """IOB2 name labels (B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC, O), one per given token."""
    return shipped(NER_FILE).tag(list(tokens))
