"""Regular expressions compiled on their first use.

Every brief is a new process, and compiling brief's larger patterns costs more than running
them on a short article: most lines and sentences never need the rare-furniture, caption or
reported-speech patterns, so they are compiled only when a line or sentence first asks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property


class LazyPattern:
    """A ``re.Pattern`` for ``source`` and ``flags``, compiled on the first call of a method."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.source, self.flags)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.pattern.search(text, pos)

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text)

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.pattern.sub(replacement, text)

    def split(self, text: str) -> list[str]:
        return self.pattern.split(text)
