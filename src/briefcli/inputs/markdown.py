"""Markdown notes: headings become structure, formatting, links and images are stripped.

Parsed with markdown-it-py (CommonMark, already installed with Rich): the first
level-1 heading is the title, other headings stay lines of their own
(subheadings), list items become lines, code blocks, raw HTML, images and
tables are left out; list items become paragraphs of their own. YAML front matter gives title, author and date.
"""

from __future__ import annotations

import re

from ..model import Source

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_FIELD = re.compile(r"^(title|author|byline|date)\s*:\s*(.+?)\s*$", re.MULTILINE | re.IGNORECASE)


def from_markdown(text: str, name: str) -> Source:
    from markdown_it import MarkdownIt

    meta: dict[str, str] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        meta = {key.lower(): value.strip("\"'") for key, value in _FIELD.findall(front.group(1))}
        text = text[front.end() :]
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    blocks: list[str] = []
    title = meta.get("title")
    skip_until: str | None = None
    for i, token in enumerate(tokens):
        if skip_until:
            if token.type == skip_until:
                skip_until = None
            continue
        if token.type == "table_open":
            skip_until = "table_close"
        elif token.type == "inline" and i > 0:
            line = _plain(token)
            if not line:
                continue
            opener = tokens[i - 1]
            if opener.type == "heading_open" and opener.tag == "h1" and title is None:
                title = line
            elif opener.type == "heading_open":
                blocks.append(line)
            else:
                blocks.append(line)  # a list item is a block of its own, its marker dropped
    if title and blocks and blocks[0] == title:
        blocks.pop(0)
    return Source(
        name=name,
        text="\n\n".join(([title] if title else []) + blocks),
        kind="markdown",
        title=title,
        byline=meta.get("author") or meta.get("byline"),
        date=meta.get("date"),
    )


def _plain(inline) -> str:
    """The text of an inline token: emphasis, code and link markup dropped, images left out."""
    parts = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return " ".join("".join(parts).split())
