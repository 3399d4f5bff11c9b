"""Test set-up: prove brief needs no NLTK data by pointing NLTK at an empty folder."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

_EMPTY_NLTK = tempfile.mkdtemp(prefix="brief-empty-nltk-")
atexit.register(shutil.rmtree, _EMPTY_NLTK, ignore_errors=True)  # one empty folder per run, not one left per run
os.environ["NLTK_DATA"] = _EMPTY_NLTK  # before anything imports nltk

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "nato-ukraine.txt"
GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture
def no_nltk_data(monkeypatch):
    """Make any NLTK data lookup fail loudly, as on a machine that never downloaded any."""
    import nltk.data

    def refuse(*args, **kwargs):
        raise LookupError("test: NLTK data lookups are forbidden")

    monkeypatch.setattr(nltk.data, "find", refuse)
    monkeypatch.setattr(nltk.data, "load", refuse)
