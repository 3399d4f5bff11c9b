"""The tagging stage on invented news sentences: real behaviour, no corpora, no NLTK data."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources

import pytest

from briefcli.tagging import NER_FILE, entity_tags, features, pos_tags
from briefcli.tagging.conll import entity_spans
from briefcli.tagging.features import Featurizer, name_kinds, type_features, word_classes
from briefcli.tagging.model import Parameters, Tagger

LABELS = {"B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC", "O"}


def words(sentence: str) -> list[str]:
    """Tokens of a sentence written with spaces between them, as the corpora give them."""
    return sentence.split()


def names(tokens: list[str]) -> dict[str, str]:
    """The names found in a sentence: text -> type."""
    return {" ".join(tokens[s:e]): kind for s, e, kind in entity_spans(entity_tags(tokens))}


def test_person_organisation_and_place():
    tokens = words("Angela Merkel met officials of Siemens in Berlin .")
    assert names(tokens) == {"Angela Merkel": "PER", "Siemens": "ORG", "Berlin": "LOC"}


def test_names_of_several_words_and_a_nationality():
    tokens = words("The European Commission said on Thursday it disagreed with German advice to consumers .")
    found = names(tokens)
    assert found["European Commission"] == "ORG"
    assert found["German"] == "MISC"


def test_all_caps_headline():
    tokens = words("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .")
    found = names(tokens)
    assert found.get("JAPAN") == "LOC"
    assert found.get("CHINA") == "LOC"


def test_parts_of_speech_are_penn_treebank_tags():
    tokens = words("The minister said the company would cut 200 jobs in March .")
    assert pos_tags(tokens) == ["DT", "NN", "VBD", "DT", "NN", "MD", "VB", "CD", "NNS", "IN", "NNP", "."]


def test_one_label_per_given_token_never_resplit():
    tokens = ["U.S.-based", "Acme", "Corp.", "didn't", "say", "$", "1.5bn", "--", "", "ok"]
    assert len(pos_tags(tokens)) == len(tokens)
    tags = entity_tags(tokens)
    assert len(tags) == len(tokens)
    assert set(tags) <= LABELS


def test_empty_sentence():
    assert pos_tags([]) == []
    assert entity_tags([]) == []


def test_single_token():
    assert entity_tags(["London"]) == ["B-LOC"]
    assert pos_tags(["London"]) == ["NNP"]


def test_long_sentence_is_tagged_whole_and_well_formed():
    sentence = "Boris Johnson told reporters in London that Reuters and the BBC had asked Google to explain ."
    tokens = sentence.split() * 40
    tags = entity_tags(tokens)
    assert len(tags) == len(tokens) == len(pos_tags(tokens))
    for before, label in zip(["O", *tags], tags, strict=False):
        if label.startswith("I-"):
            assert before[2:] == label[2:]  # IOB2: an I- label continues a name of its type


def test_deterministic_and_independent_of_call_order():
    tokens = words("Vladimir Putin spoke to Emmanuel Macron by telephone from Moscow .")
    first = (pos_tags(tokens), entity_tags(tokens))
    entity_tags(words("Another sentence about Paris ."))
    assert (pos_tags(tokens), entity_tags(tokens)) == first
    assert entity_tags(tuple(tokens)) == first[1]


def test_caller_list_is_not_changed():
    tokens = words("Officials in Kyiv said so .")
    copy = list(tokens)
    entity_tags(tokens)
    pos_tags(tokens)
    assert tokens == copy


@pytest.mark.parametrize(
    ("labels", "spans"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], {(0, 2, "PER"), (3, 4, "LOC")}),
        (["I-ORG", "I-ORG", "B-ORG"], {(0, 2, "ORG"), (2, 3, "ORG")}),  # conlleval: stray I- starts a name
        (["B-PER", "I-LOC"], {(0, 1, "PER"), (1, 2, "LOC")}),
        ([], set()),
    ],
)
def test_entity_spans_count_like_conlleval(labels, spans):
    assert entity_spans(labels) == spans


def test_parameters_load_lazily_one_model_at_a_time_and_without_nltk_data():
    code = (
        "import sys, nltk; nltk.data.path[:] = []; import briefcli.tagging as t; "
        "assert t.tagger.cache_info().currsize == 0; "
        "print(t.entity_tags(['Paris'])); "
        "assert t.tagger.cache_info().currsize == 1"  # names only: the POS model stays unloaded
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "['B-LOC']"


def test_a_model_joining_the_shared_vocabulary_leaves_the_other_models_tags_unchanged():
    # Names first (the POS model unloaded), then the POS model joins the shared featurizer:
    # the name tags of the same sentence must not change, nor those of a new one.
    code = (
        "import briefcli.tagging as t; s = 'Ms Okonkwo told Halvard Bank in Lagos she would stay'.split(); "
        "u = 'Quentaro Mining said Bremsa would buy it'.split(); "
        "before = t.entity_tags(s); size = len(t._SHARED.vocabulary); t.pos_tags(s); "
        "assert len(t._SHARED.vocabulary) > size; "
        "assert t.entity_tags(s) == before, (t.entity_tags(s), before); "
        "print(t.entity_tags(u) == t.tagger(t.NER_FILE).tag(list(u)))"
    )
    alone = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert alone.stdout.strip() == "True"
    other = "import briefcli.tagging as t; print(t.entity_tags('Quentaro Mining said Bremsa would buy it'.split()))"
    first = subprocess.run([sys.executable, "-c", other], capture_output=True, text=True, check=True).stdout
    both = "import briefcli.tagging as t; t.pos_tags(['x']); " + other.split("; ", 1)[1]
    assert subprocess.run([sys.executable, "-c", both], capture_output=True, text=True, check=True).stdout == first


def test_word_classes_group_words_used_alike():
    classes = word_classes()
    assert classes["monday"][:-1] == classes["friday"][:-1]
    assert classes["london"][0] != classes["monday"][0]
    *levels, capitals = classes["friday"]
    current = type_features("Friday", caps=False)[2]
    assert [f for f in current if f.startswith("k")] == [f"k{level}={c}" for level, c in enumerate(levels)]
    assert f"u={capitals}" in current


def test_capitalisation_buckets_tell_names_from_common_words():
    classes = word_classes()
    assert classes["london"][-1] > classes["bank"][-1] > classes["the"][-1]
    assert "k=none" in type_features("Hexagrind", caps=False)[2]


def test_names_never_seen_in_training_found_from_context():
    tokens = words("Tomasz Wrobelski , chief executive of Hexagrind Corp , said on Monday the plant would close .")
    assert names(tokens) == {"Tomasz Wrobelski": "PER", "Hexagrind Corp": "ORG"}


def test_name_lists_are_read_without_case_or_accents():
    place = 1 << features.NAME_KINDS.index("place")
    assert name_kinds("Kecskemét") == name_kinds("KECSKEMET") == name_kinds("kecskemet")
    assert name_kinds("Kecskemét") & place
    assert name_kinds("Qzxvorth") == 0


def test_name_lists_tell_the_tagger_what_an_unseen_capitalised_word_names(monkeypatch):
    lists = (["brennholt", "zubrovka"], [1 << features.NAME_KINDS.index("surname"), 1 << 0])
    monkeypatch.setattr(features, "name_lists", lambda: lists)
    assert "n=place" in type_features("Zubrovka", False)[2]
    assert not any(name.startswith("n=") for name in type_features("zubrovka", False)[2])  # lower case: a word
    with resources.files("briefcli.data").joinpath(NER_FILE).open("rb") as handle:
        tagger = Tagger(Parameters.load(handle), Featurizer({}))
    assert tagger.tag(words("Talks resumed in Zubrovka on Monday .")) == ["O", "O", "O", "B-LOC", "O", "O", "O"]
    assert tagger.tag(words("Brennholt said the talks would resume ."))[0] == "B-PER"


def test_the_name_taggers_gazetteer_is_the_one_it_was_trained_with():
    from briefcli.extract import lexicon
    from briefcli.tagging.features import gazetteer

    assert lexicon.places()["names"]["Gloucestershire"] == ("Gloucestershire", "region")  # actor rules know it
    assert "gloucestershire" not in gazetteer()  # the tagger's weights were learned without it


def test_the_actor_rules_know_every_countrys_states_and_provinces_but_no_name_a_person_or_a_word_shares():
    from briefcli.extract import lexicon

    names = lexicon.places()["names"]
    for region in ("Sonora", "Sindh", "Gauteng", "Oaxaca", "Khyber Pakhtunkhwa", "Guangdong"):
        assert names[region] == (region, "region")
    for not_only_a_place in ("Victoria", "Mendoza", "Guerrero", "Central", "Somali", "Unity"):
        assert not_only_a_place not in names
