"""Pick the renderer for a format and render briefs one at a time, as each is ready."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..model import Brief
from ..output import Output

TEXT_SEPARATOR = "\n" + "=" * 72 + "\n\n"
MARKDOWN_SEPARATOR = "\n---\n\n"


def pieces(briefs: Iterable[Brief], fmt: str, out: Output, *, several: bool) -> Iterator[str]:
    """The output brief by brief, each piece as soon as its brief comes: several briefs
    are clearly separated in text, Markdown and Rich; JSON gives an object for one input
    and an array for ``several``; JSON Lines gives one object per line. No brief, no output."""
    first = True
    for brief in briefs:
        yield _piece(brief, fmt, out, first=first, several=several)
        first = False
    if fmt == "json" and several and not first:
        yield "\n]\n"


def _piece(brief: Brief, fmt: str, out: Output, *, first: bool, several: bool) -> str:
    if fmt == "rich":
        from rich.rule import Rule

        from . import rich

        console = out.console()
        with console.capture() as captured:
            if not first:
                console.print(Rule(style="blue"))
            rich.render(brief, console)
        return captured.get()
    if fmt in ("json", "jsonl"):
        from . import json

        if fmt == "jsonl":
            return json.render_line(brief)
        return ("[\n" if first else ",\n") + json.array_item(brief) if several else json.render(brief)
    from . import markdown, text

    if fmt == "markdown":
        return ("" if first else MARKDOWN_SEPARATOR) + markdown.render(brief)
    return ("" if first else TEXT_SEPARATOR) + text.render(brief)
