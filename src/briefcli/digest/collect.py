"""Find the articles of a digest: files, folders (recursively), globs, RSS/Atom feeds,
and ``-`` for a list of paths on standard input."""

from __future__ import annotations

import glob
import os
import stat
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import BriefError, ExitCode, InputError
from ..inputs import DEFAULT_MAX_BYTES, HTML_SUFFIXES, MARKDOWN_SUFFIXES, is_url, read_bytes
from ..inputs.read import open_regular
from ..model import Failure, Source
from .feeds import FEED_SUFFIXES, feed_items, looks_like_feed

TEXT_SUFFIXES = {".txt", ".text"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | MARKDOWN_SUFFIXES | FEED_SUFFIXES
_GLOB_CHARS = set("*?[")


@dataclass(frozen=True)
class Item:
    """One article to brief: a path or URL to load, or a feed item already in text."""

    label: str
    path: str | None = None
    source: Source | None = None
    when: float | None = None  # publication time, or the file's modification time
    walked: bool = False  # found in a folder or by a glob: read only if still a regular file
    follow: bool = True  # ... and, when walked without --follow, not through a symbolic link
    category: str | None = None  # a feed item's category
    outlet: str | None = None  # a feed item's feed title


def _paths_in(folder: Path, follow: bool) -> list[Path]:
    """Article files below a folder, in a stable order; hidden files and folders skipped.
    Only regular files: a FIFO, socket or device would block or feed the walk forever.
    Symbolic links (to files or folders) are skipped unless ``follow``, so a link planted
    in a shared folder cannot bring ``/etc/passwd`` into a digest; followed folder links
    are entered once (a link to a parent does not loop)."""
    found = []
    entered = set()
    for root, dirs, files in os.walk(folder, followlinks=follow):
        if follow:
            info = os.stat(root)
            if (info.st_dev, info.st_ino) in entered:
                dirs[:] = []
                continue
            entered.add((info.st_dev, info.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if not name.startswith(".") and path.suffix.lower() in ARTICLE_SUFFIXES and _regular(path, follow):
                found.append(path)
    return found


def _regular(path: Path, follow: bool) -> bool:
    """A regular file (through a symlink only when ``follow``)."""
    try:
        info = os.stat(path, follow_symlinks=follow)
    except OSError:
        return False  # a dangling link, or gone since the walk saw it
    return stat.S_ISREG(info.st_mode)


def _expand(arguments: Iterable[str], stdin) -> list[str]:
    """Arguments with ``-`` replaced by the paths listed on standard input."""
    out: list[str] = []
    for argument in arguments:
        if argument == "-":
            stream = stdin if stdin is not None else sys.stdin
            out.extend(line.strip() for line in stream.read().splitlines() if line.strip())
        else:
            out.append(argument)
    return out


def collect(
    arguments: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES, follow: bool = False, stdin=None
) -> tuple[list[Item], list[Failure]]:
    """The articles named by the arguments, in order, and the arguments that failed.
    Files named one by one are read as given; folders and quoted globs are searched,
    with ``follow`` deciding whether symbolic links found there are followed."""
    items: list[Item] = []
    failures: list[Failure] = []
    for argument in _expand(arguments, stdin):
        if is_url(argument):
            items.append(Item(label=argument, path=argument))
            continue
        path = Path(argument)
        if path.is_dir():
            paths = _paths_in(path, follow)
        elif not path.exists() and _GLOB_CHARS & set(argument):
            paths = [Path(p) for p in sorted(glob.glob(argument, recursive=True)) if _regular(Path(p), follow)]
            if not paths:
                failures.append(Failure(argument, "no files match", int(ExitCode.UNREADABLE)))
        else:
            paths = [path]
        walked = paths != [path]
        for file in paths:
            try:
                items.extend(_items_of(file, max_bytes, walked, follow))
            except BriefError as exc:
                failures.append(Failure.of(str(file), str(exc), int(exc.exit_code)))
    return items, failures


def _items_of(file: Path, max_bytes: int, walked: bool, follow: bool) -> list[Item]:
    name = str(file)
    if file.suffix.lower() in FEED_SUFFIXES or (file.is_file() and _sniff_feed(file, follow or not walked)):
        data, _ = read_bytes(name, max_bytes=max_bytes, regular_only=walked, follow=follow)
        return [
            Item(label=e.source.name, source=e.source, when=e.when, category=e.category, outlet=e.outlet)
            for e in feed_items(data, name)
        ]
    try:
        when = file.stat().st_mtime
    except OSError:
        when = None  # reading it will report the error
    return [Item(label=name, path=name, when=when, walked=walked, follow=follow)]


def _sniff_feed(file: Path, follow: bool) -> bool:
    if file.suffix.lower() in ARTICLE_SUFFIXES - FEED_SUFFIXES:
        return False
    try:
        # not file.open: a FIFO swapped in after is_file() would block
        with open_regular(file, follow=follow) as handle:
            return looks_like_feed(handle.read(2048))
    except (OSError, InputError):
        return False
