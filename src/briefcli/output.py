"""Where output goes: the streams, whether they are terminals, and colour.

Built once by the CLI and handed to whatever prints, so tests can swap in
fakes instead of patching globals. The default format is decided here only.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TextIO

from .errors import OutputError
from .safe_text import one_line

CHUNK = 1 << 16


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

    def write(self, text: str) -> None:
        """Write to stdout in chunks, so a reader that goes away (`| head`) is noticed at
        once (one huge write to a closed pipe can pass unreported). A full disk or another
        write error is an OutputError; stdout is then pointed at /dev/null, so the
        interpreter's final flush cannot print a second error."""
        try:
            for start in range(0, len(text), CHUNK):
                self.stdout.write(text[start : start + CHUNK])
                self.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            with suppress(OSError, ValueError, AttributeError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), self.stdout.fileno())
            raise _cannot_write("standard output", exc) from None

    def note(self, message: str) -> None:
        """A progress note on stderr (only with --verbose)."""
        print(f"brief: {message}", file=self.stderr)

    def error(self, message: str) -> None:
        """One line on stderr, escapes and control characters removed."""
        print(f"brief: error: {one_line(message)}", file=self.stderr)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@contextmanager
def output_to(path: Path | None, out: Output) -> Iterator[Callable[[str], None]]:
    """The one way output is written: a writer for standard output or ``--output``.

    A regular file (a symlink's target included, so the link itself stays) is written to
    a temporary file beside it and renamed into place only when the ``with`` block ends
    without error, so a crash, Ctrl-C or a failed state commit never leaves half a file; it
    keeps an existing file's mode and owner (a new file gets the umask's mode). A device or
    FIFO (``/dev/null``, ``/dev/stdout``, a named pipe) is written directly, never replaced.
    """
    if path is None:
        yield out.write
        return
    try:
        existing = os.stat(path)
    except FileNotFoundError:
        existing = None
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    if existing is not None and stat.S_ISDIR(existing.st_mode):
        raise OutputError(f"{path}: is a directory")
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        yield partial(_write_directly, path)
        return
    target = Path(os.path.realpath(path))
    staged: list[Path] = []
    try:
        yield lambda text: staged.append(_write_beside(path, target, text, existing))
        if staged:
            try:
                os.replace(staged[-1], target)
            except OSError as exc:
                raise _cannot_write(path, exc) from None
    finally:
        for temporary in staged:
            temporary.unlink(missing_ok=True)


def _write_directly(path: Path, text: str) -> None:
    try:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise _cannot_write(path, exc) from None


def _write_beside(path: Path, target: Path, text: str, existing: os.stat_result | None) -> Path:
    """A complete, synced temporary copy next to ``target``, with the mode it will keep."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    temporary = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            if existing is None:
                os.fchmod(fd, 0o666 & ~_umask())
            else:
                os.fchmod(fd, stat.S_IMODE(existing.st_mode))
                if (existing.st_uid, existing.st_gid) != (os.geteuid(), os.getegid()):
                    with suppress(PermissionError):  # only root may give a file away
                        os.fchown(fd, existing.st_uid, existing.st_gid)
            handle.write(text)
            handle.flush()
            os.fsync(fd)
    except BaseException as exc:
        temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _cannot_write(path, exc) from None
        raise
    return temporary


def _umask() -> int:
    """The process umask (reading it means setting it; set back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _cannot_write(path: Path | str, exc: OSError) -> OutputError:
    return OutputError(f"{path}: cannot write ({exc.strerror or exc})")
