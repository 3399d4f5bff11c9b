"""Where output goes: the streams, whether they are terminals, and colour.

Built once by the CLI and handed to whatever prints, so tests can swap in
fakes instead of patching globals. The default format is decided here only.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .errors import OutputError


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

    def note(self, message: str) -> None:
        """A progress note on stderr (only with --verbose)."""
        print(f"brief: {message}", file=self.stderr)

    def error(self, message: str) -> None:
        """One line on stderr, control characters removed."""
        clean = "".join(ch if ch.isprintable() else "?" for ch in message)
        print(f"brief: error: {clean}", file=self.stderr)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` all or nothing: a temporary file beside it, then a rename,
    so a crash or Ctrl-C never leaves a half-written file."""
    import tempfile

    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException as exc:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise
