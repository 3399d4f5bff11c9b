"""NLTK's Punkt and Snowball modules, imported without NLTK's package initialiser.

``import nltk.tokenize.punkt`` first runs ``nltk/__init__.py``, which imports nearly all of
NLTK (numpy, scipy, corpus readers, an HTTP client, chunkers, translation metrics): about
0.4 s, more than a short article's whole analysis, for two modules brief uses. Here the
packages on the way (``nltk``, ``nltk.tokenize``, ``nltk.stem``, ``nltk.corpus``) are
registered with their initialisers not run, the module wanted is imported under them, and
then every ``nltk`` entry this added to ``sys.modules`` is taken out again: a later
``import nltk`` in the same process (sumy's own algorithms, a caller's code) runs NLTK's
initialiser as usual and gets the whole package. The modules brief holds keep working, as
each keeps its own references to what it imported.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

_PACKAGES = ("nltk", "nltk.tokenize", "nltk.stem", "nltk.corpus")


class _NoStopwords:
    """Stands in for ``nltk.corpus.stopwords``, which the Snowball module imports and uses
    only when asked to skip stop words (brief never asks: sumy's list is used instead)."""

    def words(self, language: str) -> list[str]:
        raise LookupError("NLTK's stop-word corpus is not loaded; brief ships sumy's list")


@cache
def nltk_module(name: str) -> ModuleType:
    """The NLTK module ``name`` (under one of the packages above), loaded as the module
    docstring says; simply imported when NLTK is already imported in this process."""
    if "nltk" in sys.modules:
        return importlib.import_module(name)
    spec = importlib.util.find_spec("nltk")  # finding a top-level package runs none of it
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("No module named 'nltk'", name="nltk")
    root = Path(next(iter(spec.submodule_search_locations)))
    before = set(sys.modules)
    try:
        for package in _PACKAGES:
            folder = root.joinpath(*package.split(".")[1:])
            package_spec = importlib.util.spec_from_file_location(
                package, folder / "__init__.py", submodule_search_locations=[str(folder)]
            )
            assert package_spec is not None
            sys.modules[package] = importlib.util.module_from_spec(package_spec)
        sys.modules["nltk.corpus"].stopwords = _NoStopwords()  # type: ignore[attr-defined]
        return importlib.import_module(name)
    finally:
        for key in set(sys.modules) - before:
            if key == "nltk" or key.startswith("nltk."):
                del sys.modules[key]
