"""The name tagger wired into actor extraction, on invented sentences."""

import subprocess
import sys

from briefcli.extract.names import capitalised_runs
from briefcli.extract.recognised import corpus_tokens, recognised_runs, tagged
from helpers import analyse


def surfaces(text, runs):
    return [text[run[0][0] : run[-1][1]] for run in runs]


def test_a_capitalised_word_the_tagger_calls_no_name_is_no_proposal():
    text = "Furious residents met Maria Lopez in Valencia on Wednesday."
    assert "Furious" in surfaces(text, capitalised_runs(text))
    kept = surfaces(text, recognised_runs(text))
    assert "Furious" not in kept
    assert {"Maria Lopez", "Valencia"} <= set(kept)


def test_caption_labels_and_opening_adverbs_are_dropped():
    for text, word in [("Exclusive: Jane Doe quits the club", "Exclusive"), ("Tonight the council meets.", "Tonight")]:
        assert word in surfaces(text, capitalised_runs(text))
        assert word not in surfaces(text, recognised_runs(text))


def test_strong_rules_keep_their_proposals_whatever_the_tagger_says():
    cases = {
        'Kowalski added: "We will not give up."': "Kowalski",  # the subject of a speech verb
        "Officials from the G20 met in Lagos.": "G20",  # an acronym
        "The talks were led by the Secretary General of NATO.": "Secretary General of NATO",  # a title
        "She thanked Mrs Okafor warmly.": "Mrs Okafor",  # an honorific
        "Portmere group voted on Monday.": "Portmere",  # before a lower-case organisation word
        "Portmere council voted on Monday.": "Portmere council",  # a place's council, one name
        "Nobody expected Gloria Mbeki to win.": "Gloria Mbeki",  # a known first name and more
    }
    for text, name in cases.items():
        assert name in surfaces(text, recognised_runs(text)), text


def test_a_recurring_sentence_opener_is_no_longer_an_organisation():
    text = (
        "Furious fans booed the Rovers manager. Furious, Ann Carter left the ground. Ann Carter said she would return."
    )
    actors = {a.name for a in analyse(text)[2].actors}
    assert "Furious" not in actors
    assert "Ann Carter" in actors


def test_sentences_are_split_the_corpus_way_with_character_offsets():
    text = "Mr O'Brien's U.S. firm, Acme-Global, didn't sell."
    toks = corpus_tokens(text)
    assert [t[2] for t in toks] == [
        "Mr",
        "O'Brien",
        "'s",
        "U.S.",
        "firm",
        ",",
        "Acme-Global",
        ",",
        "didn't",
        "sell",
        ".",
    ]
    assert all(text[start:end] == token for start, end, token in toks)


def test_a_name_deep_in_a_long_sentence_is_tagged_in_its_window():
    text = "After a long and difficult week of talks about the budget and the schools, " * 3 + "Maria Lopez spoke."
    start = text.index("Maria")
    assert tagged(text, start, start + len("Maria Lopez"))
    assert not tagged(text, text.index("week"), text.index("week") + 4)


def test_version_loads_no_tagger_and_names_load_without_the_pos_model():
    code = (
        "from briefcli.brief import make_brief; "
        "make_brief('Furious fans met Maria Lopez in Valencia. She said so.', 'x'); "
        "from briefcli.tagging import tagger; "
        "print(tagger.cache_info().currsize)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "1"  # the name tagger only
    version = "import sys, briefcli.cli as c; sys.argv = ['brief', '--version']\ntry:\n    c.main()\n"
    version += "except SystemExit:\n    pass\nassert 'briefcli.tagging' not in sys.modules, 'tagger imported'"
    subprocess.run([sys.executable, "-c", version], capture_output=True, text=True, check=True)


def test_a_name_given_once_that_the_tagger_reads_as_a_person_is_a_person():
    actors = {a.name: a for a in analyse("The crowd cheered Dermot Kilbane's late goal on Saturday.")[2].actors}
    assert actors["Dermot Kilbane"].type == "person"
    assert "Halvard Tern" not in {a.name for a in analyse("He bought shares in Halvard Tern.")[2].actors}
    # A word the article also writes in lower case makes it a title, not a person.
    titled = {a.name: a for a in analyse("Critics hated Bitter Moon, a bitter tale of revenge.")[2].actors}
    assert "Bitter Moon" not in titled


def test_a_word_shouted_in_capitals_is_no_name_but_a_long_acronym_still_is():
    from briefcli.extract.actors import build_index
    from briefcli.model import Sentence

    texts = [
        "Residents said the state of the street was DISGUSTING and must be fixed NOW.",
        "UNESCO has listed the old harbour, and OPEC met in Vienna.",
    ]
    names = {a.name for a in build_index([Sentence(i, t, i, 0) for i, t in enumerate(texts)]).actors}
    assert {"UNESCO", "OPEC"} <= names
    assert not {"DISGUSTING", "NOW"} & names


def test_saint_with_a_full_stop_stays_in_the_name():
    from briefcli.extract.actors import build_index
    from briefcli.model import Sentence

    texts = ["Doctors at St. Brennan Medical Group said so.", "St. Brennan Medical Group was hit hard."]
    names = {a.name for a in build_index([Sentence(i, t, i, 0) for i, t in enumerate(texts)]).actors}
    assert names == {"St. Brennan Medical Group"}


def test_a_title_before_the_name_does_not_keep_the_person_and_the_place_together():
    from briefcli.extract.recognised import recognised_runs

    runs = recognised_runs("Rep. Amir Hadden of California, the top Democrat on the panel, said the firm had failed.")
    assert [[t[2] for t in run] for run in runs] == [["Rep", "Amir", "Hadden"], ["California"]]
