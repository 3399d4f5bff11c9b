"""Read an article from a file or standard input and decode it to text."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path
from typing import BinaryIO

from .errors import InputError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
STDIN = "-"

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_source(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None) -> str:
    """Return the decoded text of ``source`` (a path, or ``-`` for stdin)."""
    if source == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
        name = "standard input"
    else:
        data = _read_file(Path(source), max_bytes)
        name = source
    if len(data) > max_bytes:
        raise InputError(f"{name}: larger than --max-bytes ({max_bytes} bytes); raise the limit to read it")
    return decode(data, name)


def _read_file(path: Path, max_bytes: int) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not an article file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def decode(data: bytes, name: str = "input") -> str:
    """Decode bytes: a BOM wins, then UTF-8, then Windows-1252 (old news files)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\x00" in data:
        raise InputError(f"{name}: looks like binary data, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if _looks_binary(text):
        raise InputError(f"{name}: looks like binary data, not text")
    return text


def _looks_binary(text: str) -> bool:
    """More than 5% control or undecodable characters: not an article."""
    sample = text[:65536]
    odd = sum(1 for ch in sample if ch == "\ufffd" or (ch < " " and ch not in "\n\r\t\f\x1b") or "\x7f" <= ch < "\xa0")
    return bool(sample) and odd > 0.05 * len(sample)
