"""Inputs: files, standard input and URLs, in plain text, HTML or Markdown, any encoding.

``load`` turns one input into a ``Source``: plain text with blank lines between
paragraphs and headings on lines of their own, plus the title, byline and date
its format gave. Everything after this stage reads plain text only.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from ..limits import DEFAULT_TIMEOUT
from ..model import Source
from .read import DEFAULT_MAX_BYTES, STDIN, decode, read_bytes

__all__ = [
    "DEFAULT_MAX_BYTES",
    "HTML_SUFFIXES",
    "MARKDOWN_SUFFIXES",
    "STDIN",
    "decode",
    "detect_kind",
    "is_url",
    "load",
    "read_bytes",
]

_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(rb"<(?:p|div|article|h1|br|span)\b[^>]*>", re.IGNORECASE)
_MARKDOWN_HINTS = re.compile(r"^(?:#{1,6} \S|[-*] \S|> \S)|\[[^\]]+\]\([^)]+\)|\*\*[^*]+\*\*", re.MULTILINE)
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://")) or "://" in source[:12]


def detect_kind(name: str, data: bytes, declared: str | None = None) -> str:
    """html, markdown or text: by the declared content type, the file suffix, then the content."""
    if declared:
        if "html" in declared:
            return "html"
        if "markdown" in declared:
            return "markdown"
    suffix = PurePosixPath(name.split("?")[0]).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    head = data[:4096]
    if _HTML_START.search(head) or len(_HTML_TAGS.findall(head)) >= 3:
        return "html"
    if suffix not in (".txt", ".text") and len(_MARKDOWN_HINTS.findall(decode(head, name, strict=False))) >= 2:
        return "markdown"
    return "text"


def load(
    source: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    stdin=None,
    regular_only: bool = False,
    follow: bool = True,
) -> Source:
    """Read, decode and convert one input (a path, ``-`` for stdin, or an http(s) URL
    fetched within ``timeout`` seconds; ``regular_only``: a path found by a folder walk,
    read only if it is still a regular file, and no symbolic link unless ``follow``)."""
    declared = None
    if is_url(source):
        from .fetch import fetch

        data, declared = fetch(source, max_bytes=max_bytes, timeout=timeout)
        name = source
    else:
        data, name = read_bytes(source, max_bytes=max_bytes, stdin=stdin, regular_only=regular_only, follow=follow)
    kind = detect_kind(source, data, declared)
    if kind == "html":
        from .html import from_html

        return from_html(data, name, max_bytes)
    text = decode(data, name)
    if kind == "markdown":
        from .markdown import from_markdown

        return from_markdown(text, name)
    return Source(name=name, text=text)
