"""Where output goes: the streams, whether they are terminals, and colour.

Built once by the CLI and handed to whatever prints, so tests can swap in
fakes instead of patching globals. The default format is decided here only.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import TextIO


@dataclass(frozen=True)
class Output:
    stdout: TextIO
    stderr: TextIO
    stdout_isatty: bool
    stderr_isatty: bool
    color: bool

    @classmethod
    def from_system(cls, *, no_color: bool = False) -> Output:
        color = not no_color and "NO_COLOR" not in os.environ
        return cls(sys.stdout, sys.stderr, _isatty(sys.stdout), _isatty(sys.stderr), color)

    def default_format(self) -> str:
        """Rich for a person at a terminal, plain text for a pipe or a file."""
        return "rich" if self.stdout_isatty else "text"

    def console(self):
        """A Rich console on stdout that honours --no-color and NO_COLOR."""
        from rich.console import Console

        return Console(file=self.stdout, no_color=not self.color, highlight=False, soft_wrap=False)

    def error(self, message: str) -> None:
        """One line on stderr, control characters removed."""
        clean = "".join(ch if ch.isprintable() else "?" for ch in message)
        print(f"brief: error: {clean}", file=self.stderr)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
