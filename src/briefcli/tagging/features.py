"""Features of a sentence's tokens for the taggers, as integer ids.

A linear tagger is only as good as its features, and in news the strong ones
are the word itself, its shape and affixes, its neighbours, and whether it is
a known place or first name. All of these depend only on the word type and on
whether the sentence is an ALL-CAPS headline, so they are computed once per
(word, headline) pair and cached as id lists: tagging then costs a few list
look-ups per token instead of string work, which is what makes it fast.
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
import threading
import unicodedata
from functools import lru_cache
from importlib import resources

import numpy as np

# Positions of the context window, relative to the token being tagged.
OFFSETS = (-2, -1, 0, 1, 2)
FIRST = len(OFFSETS)  # index of the sentence-initial features in a cached entry
CLASSES_FILE = "word_classes.npz"  # built by scripts/build_clusters.py
NAME_LISTS_FILE = "name_lists.npz"  # built by scripts/build_name_lists.py
NAME_KINDS = ("place", "place-part", "org", "org-part", "surname", "given")  # one bit each, in this order
KIND_BIT = {kind: 1 << k for k, kind in enumerate(NAME_KINDS)}  # the bit of ``name_kinds`` for each kind
_CACHE_LIMIT = 300_000  # word types kept before the cache is reset (bounds memory in long digests)
_DIGITS = re.compile(r"\d")
Entry = tuple[list[list[int]], str, str]  # feature ids per window slot, normal form, shape


def shape(word: str) -> str:
    """Word shape with runs collapsed: Obama -> Xx, U.S. -> X.X., 1996-08-22 -> d-d-d."""
    out: list[str] = []
    for char in word:
        code = "X" if char.isupper() else "x" if char.islower() else "d" if char.isdigit() else char
        if not out or out[-1] != code:
            out.append(code)
    return "".join(out)


def all_caps(tokens: list[str]) -> bool:
    """True for headline sentences with no lower-case letter (CoNLL has many); there case says nothing."""
    text = "".join(tokens)
    return text.upper() == text and text.lower() != text


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """Lower-cased word -> gazetteer label, from brief's own word lists (places.json, first_names.txt)."""
    data = resources.files("briefcli.data")
    places = json.loads(data.joinpath("places.json").read_text("utf-8"))
    table: dict[str, str] = {}
    groups = {
        "country": [n for name, aliases in places["countries"].items() for n in (name, *aliases)],
        "city": places["cities"],
        "region": places["regions"],
    }
    for label, names in groups.items():
        for name in names:
            parts = name.split()
            for part in parts:
                table.setdefault(part.lower(), label if len(parts) == 1 else "place-part")
    for demonym in places["demonyms"]:
        table.setdefault(demonym.lower(), "demonym")
    for name in data.joinpath("first_names.txt").read_text("utf-8").split():
        table.setdefault(name.lower(), "first-name")
    return table


@lru_cache(maxsize=1)
def word_classes() -> dict[str, list[int]]:
    """Normal-form word -> its word classes, coarse to fine, then its capitalisation bucket.

    Both are learned from unlabeled news text (``scripts/build_clusters.py``).
    """
    source = resources.files("briefcli.data").joinpath(CLASSES_FILE)
    with source.open("rb") as handle, np.load(handle, allow_pickle=False) as raw:
        words = bytes(raw["words"]).decode("utf-8").split("\n")
        return dict(zip(words, raw["classes"].tolist(), strict=True))


@lru_cache(maxsize=1)
def name_lists() -> tuple[list[str], list[int]]:
    """Folded words in sorted order, and for each the bits of NAME_KINDS: the kinds of
    name it occurs in, in open gazetteers. Kept sorted (searched by bisection, see
    ``name_kinds``) because building a dictionary of them would double the load time."""
    source = resources.files("briefcli.data").joinpath(NAME_LISTS_FILE)
    with source.open("rb") as handle, np.load(handle, allow_pickle=False) as raw:
        return bytes(raw["words"]).decode("utf-8").split("\n"), raw["kinds"].tolist()


def name_kinds(word: str) -> int:
    """Bits of NAME_KINDS for a word (0 when no list has it)."""
    words, kinds = name_lists()
    key = folded(word)
    i = bisect.bisect_left(words, key)
    return kinds[i] if i < len(words) and words[i] == key else 0


def folded(word: str) -> str:
    """Lower case without accents, so "Kecskemét" and "KECSKEMET" find the same entry."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


RARELY_CAPITALISED, ALWAYS_CAPITALISED = 1, 4  # capitalisation buckets (see word_classes)
MOSTLY_LOWER = 2  # the bucket of words news writes in lower case more often than not


def capitalisation(word: str) -> int:
    """How often news writes the word with a capital mid-sentence: 0 unknown, then 1 (almost
    never: "shares", "government") to 4 (almost always: "Treasury", "Pentagon")."""
    known = word_classes().get(normal_form(word))
    return known[-1] if known else 0


def normal_form(word: str) -> str:
    """Lower case with digits as 0, so 1996 and 2001 share weights."""
    return _DIGITS.sub("0", word.lower())


def type_features(word: str, caps: bool) -> list[list[str]]:
    """Feature strings of one word type: one list per window offset, then the sentence-initial ones."""
    lower = normal_form(word)
    mark = "c" if caps else ""  # headline shapes and gazetteer hits get their own weights
    word_shape = mark + "s=" + shape(word)
    capital = caps or word[:1].isupper()
    gaz = gazetteer().get(word.lower()) if capital else None
    kinds = name_kinds(word) if capital else 0
    current = ["bias", "w=" + lower, word_shape]
    current += ["p" + lower[:k] for k in range(1, 5) if len(lower) >= k]
    current += ["x" + lower[-k:] for k in range(1, 5) if len(lower) >= k]
    if caps:
        current.append("caps")
    if gaz:
        current.append(mark + "g=" + gaz)
    if kinds:
        current += [f"n={kind}" for i, kind in enumerate(NAME_KINDS) if kinds >> i & 1]
        current.append(f"{mark}nc={kinds}")
    known = word_classes().get(lower)
    classes = [f"k{level}={c}" for level, c in enumerate(known[:-1])] if known else ["k=none"]
    current += classes
    if known:
        current.append(mark + f"u={known[-1]}")
    per_offset: list[list[str]] = []
    for offset in OFFSETS:
        if offset == 0:
            per_offset.append(current)
            continue
        # Used when this word sits `offset` places from the token being tagged.
        tag = f"{offset}:"
        near = [tag + "w=" + lower, tag + word_shape]
        if abs(offset) == 1:
            near.append(tag + "x" + lower[-3:])
            near += [tag + name for name in classes]
            if gaz:
                near.append(tag + mark + "g=" + gaz)
            if kinds:
                near.append(f"{tag}nc={kinds}")
        per_offset.append(near)
    per_offset.append(["F" + word_shape, "Fw=" + lower])
    return per_offset


class Featurizer:
    """Maps a sentence's tokens to feature ids (and grows the vocabulary while training).

    The shipped taggers share one: its vocabulary is the union of the loaded models'
    features (a model is admitted when it loads, so loading one never loads the
    other's), and it remembers the last sentence, so the second tagger run over a
    sentence reuses the features the first one computed.
    """

    def __init__(self, vocabulary: dict[str, int], grow: bool = False) -> None:
        self.vocabulary = vocabulary
        self.grow = grow
        self._lock = threading.Lock()
        self._reset()

    def _reset(self) -> None:
        self._cache: dict[tuple[str, bool], Entry] = {}
        edge = [[f"{o}:w=<edge>"] for o in OFFSETS]
        self._edge = [self._ids(names) for names in edge]
        self._last: tuple[list[str], tuple[np.ndarray, np.ndarray]] | None = None

    def admit(self, names: list[str]) -> list[int]:
        """Ids of a model's feature names, adding the unseen ones (ids only ever grow)."""
        with self._lock:
            vocabulary = self.vocabulary
            size = len(vocabulary)
            unseen = [name for name in names if name not in vocabulary]
            vocabulary.update(zip(dict.fromkeys(unseen), itertools.count(size)))  # in order, once each
            ids = [vocabulary[name] for name in names]
            if len(vocabulary) != size:
                self._reset()  # cached id lists lack the new features
            return ids

    def _ids(self, names: list[str]) -> list[int]:
        vocabulary = self.vocabulary
        if self.grow:
            return [vocabulary.setdefault(name, len(vocabulary)) for name in names]
        return [i for i in map(vocabulary.get, names) if i is not None]  # one look-up per name

    def _entry(self, word: str, caps: bool) -> Entry:
        key = (word, caps)
        entry = self._cache.get(key)
        if entry is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            ids = [self._ids(names) for names in type_features(word, caps)]
            entry = self._cache[key] = (ids, normal_form(word), shape(word))
        return entry

    def sentence(self, tokens: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Flat feature ids of every token and where each token's ids start."""
        last = self._last  # read once: another thread may replace it meanwhile
        if last is not None and last[0] == tokens:
            return last[1]
        caps = all_caps(tokens)
        entries = [self._entry(token, caps) for token in tokens]
        edge = (self._edge, "<edge>", "<edge>")
        padded = [edge, edge, *entries, edge, edge]
        get = self.vocabulary.get
        grow = self._ids if self.grow else None
        flat: list[int] = list(entries[0][0][FIRST])  # sentence-initial features, in token 0's segment
        starts: list[int] = []
        for i in range(len(entries)):
            starts.append(len(flat))
            flat += padded[i][0][0]
            flat += padded[i + 1][0][1]
            flat += padded[i + 2][0][2]
            flat += padded[i + 3][0][3]
            flat += padded[i + 4][0][4]
            # Word pairs and shape triples are not per word type: looked up per token.
            before, word, after = padded[i + 1], padded[i + 2], padded[i + 3]
            pairs = [f"<{before[1]}|{word[1]}", f">{word[1]}|{after[1]}", f"t{before[2]}|{word[2]}|{after[2]}"]
            flat += grow(pairs) if grow else [v for v in map(get, pairs) if v is not None]
        starts[0] = 0
        result = np.asarray(flat, dtype=np.int64), np.asarray(starts, dtype=np.int64)
        self._last = (list(tokens), result)
        return result
