"""Read bytes from a file or standard input, and decode them to text."""

from __future__ import annotations

import codecs
import errno
import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..limits import DEFAULT_MAX_BYTES

STDIN = "-"

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_bytes(
    source: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
    regular_only: bool = False,
    follow: bool = True,
) -> tuple[bytes, str]:
    """The bytes of ``source`` (a path, or ``-`` for stdin) and a name for messages;
    ``regular_only``: refuse anything but a regular file, and a symbolic link unless
    ``follow`` (see ``open_regular``)."""
    if source == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data, name = stream.read(max_bytes + 1), "<stdin>"
    else:
        data, name = _read_file(Path(source), max_bytes, regular_only, follow), source
    if len(data) > max_bytes:
        what = "standard input" if source == STDIN else source
        raise InputError(f"{what}: larger than --max-bytes ({max_bytes} bytes); raise the limit to read it")
    return data, name


def open_regular(path: Path, *, follow: bool = True) -> BinaryIO:
    """``path`` opened for reading only if it is a regular file when opened. A folder walk
    checks each file first, but a file swapped for a FIFO or device after the check would
    block the read forever: opened without blocking, the open file itself is checked.
    Without ``follow``, a symbolic link swapped in after the check is refused as well
    (the walk skipped links, so a planted one must not be read through)."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags if follow else flags | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP and not follow:
            raise InputError(f"{path}: a symbolic link (it changed after the folder was read)") from None
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise InputError(f"{path}: not a regular file (it changed after the folder was read)")
    return os.fdopen(fd, "rb")


def _read_file(path: Path, max_bytes: int, regular_only: bool = False, follow: bool = True) -> bytes:
    try:
        with open_regular(path, follow=follow) if regular_only else path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not an article file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def decode(data: bytes, name: str = "input", *, strict: bool = True) -> str:
    """Decode bytes: a BOM wins; then UTF-16 without a BOM (told by its zero bytes),
    UTF-8, and charset-normalizer's best guess for legacy encodings (Windows-1252,
    Latin-1 ...). With ``strict``, binary data is refused."""
    text = _decoded(data, name, strict=strict)
    if strict and _looks_binary(text):
        raise InputError(f"{name}: looks like binary data, not text")
    return text


def _decoded(data: bytes, name: str, *, strict: bool) -> str:
    """The text under the encoding the bytes announce or most likely use (not yet validated)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    if strict and b"\x00" in data:
        raise InputError(f"{name}: looks like binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _legacy(data)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly Latin script has a zero in every other byte."""
    sample = data[:4096]
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


# Legacy encodings of news files, most likely first: charset-normalizer picks among
# them, and on a tie (short texts often fit several) the earlier one wins.
LEGACY_ENCODINGS = ("cp1252", "iso8859_15", "latin_1", "cp1251", "koi8_r")


def _legacy(data: bytes) -> str:
    """A single-byte legacy encoding, as charset-normalizer guesses it (Windows-1252 if unsure)."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:65536], cp_isolation=list(LEGACY_ENCODINGS)))
    if not matches:
        return data.decode("cp1252", errors="replace")
    best = min(
        matches,
        key=lambda m: (round(m.chaos, 3), -round(m.coherence, 3), LEGACY_ENCODINGS.index(m.encoding)),
    )
    return data.decode(best.encoding, errors="replace")


# Code points no article is made of: controls, unassigned, private use, lone surrogates.
# Random bytes behind a UTF-16 BOM decode without error, but one in eight or so of
# their "characters" falls here, where real text of any script has next to none.
_NOT_TEXT = {"Cc", "Cn", "Co", "Cs"}


def _looks_binary(text: str) -> bool:
    """More than 5% control, unassigned, private-use or undecodable characters: not an article."""
    import unicodedata

    sample = text[:65536]
    odd = sum(
        1 for ch in sample if ch == "\ufffd" or (ch not in "\n\r\t\f\x1b" and unicodedata.category(ch) in _NOT_TEXT)
    )
    return bool(sample) and odd > 0.05 * len(sample)
