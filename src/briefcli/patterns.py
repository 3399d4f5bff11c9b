"""Regular expressions compiled on their first use.

Every brief is a new process, and compiling brief's larger patterns costs more than running
them on a short article: most lines and sentences never need the rare-furniture, caption or
reported-speech patterns, nor most of the rules that resolve who commits, so they are compiled
only when a line or sentence first asks.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import cached_property

_END = sys.maxsize


class LazyPattern:
    """A ``re.Pattern`` for ``pattern`` and ``flags``, compiled on the first call of a method; ``pattern`` is
    the source, as a compiled pattern's is, so that larger patterns can be built from it. Once compiled, the
    compiled pattern's own methods stand in for these on the instance, so that rules run on every sentence of a
    long article pay nothing for the laziness."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        _CREATED.append(self)

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return compiled

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = _END) -> list:
        return self.compiled.findall(text, pos, endpos)

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.compiled.sub(replacement, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return self.compiled.split(text, maxsplit)


def compile_all() -> None:
    """Compile every pattern made so far: ahead of a long article, while another process cleans it, so that the
    rules met first on its sentences do not compile one after another on the way."""
    for lazy in _CREATED:
        lazy.compiled  # noqa: B018 (compiled and kept by the property)


_CREATED: list[LazyPattern] = []
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")
