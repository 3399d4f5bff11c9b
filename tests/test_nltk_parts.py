"""NLTK's Punkt and Snowball load without NLTK's package initialiser, and leave NLTK whole
for any later ``import nltk``. Each case runs in a new interpreter: this test process may
have imported NLTK already."""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefcli.nltk_parts import _NoStopwords, nltk_module


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_a_brief_imports_no_more_of_nltk_than_punkt_and_snowball():
    out = _run(
        "import sys; from briefcli.brief import make_brief; "
        "b = make_brief('The minister said on Monday that the plan would cost $4m. It starts in May.', 'x.txt'); "
        "print(b.sentence_count, sorted(k for k in sys.modules if k == 'nltk' or k.startswith('nltk.')), "
        "'nltk.corpus.reader' in sys.modules, 'scipy' in sys.modules)"
    )
    assert out == "2 [] False False"


def test_a_later_import_of_nltk_gets_the_whole_package():
    out = _run(
        "import briefcli.text, briefcli.rank; briefcli.rank.stemmer(); import nltk; "
        "from nltk.tokenize.punkt import PunktSentenceTokenizer; import nltk.corpus; "
        "print(callable(nltk.word_tokenize), hasattr(nltk.corpus, 'stopwords'), PunktSentenceTokenizer.__name__)"
    )
    assert out == "True True PunktSentenceTokenizer"


def test_with_nltk_already_imported_its_own_modules_are_used():
    out = _run(
        "import sys, nltk.tokenize.punkt; from briefcli.nltk_parts import nltk_module; "
        "print(nltk_module('nltk.tokenize.punkt') is sys.modules['nltk.tokenize.punkt'])"
    )
    assert out == "True"


def test_the_stemmer_stems_as_snowball_does():
    stem = nltk_module("nltk.stem.snowball").EnglishStemmer().stem
    assert [stem(w) for w in ("running", "pledges", "generously")] == ["run", "pledg", "generous"]


def test_the_stop_word_stand_in_refuses_rather_than_downloading():
    with pytest.raises(LookupError):
        _NoStopwords().words("english")
