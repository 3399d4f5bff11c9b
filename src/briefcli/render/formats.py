"""Pick the renderer for a format and render one or many briefs in one go."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Brief
from ..output import Output

TEXT_SEPARATOR = "\n" + "=" * 72 + "\n\n"
MARKDOWN_SEPARATOR = "\n---\n\n"


def render(briefs: Sequence[Brief], fmt: str, out: Output) -> str:
    """The whole output for ``briefs`` as one string: several briefs are clearly
    separated in text, Markdown and Rich; JSON gives an object for one brief and an
    array for several; JSON Lines gives one object per line."""
    if not briefs:
        return ""
    if fmt == "rich":
        from rich.rule import Rule

        from . import rich

        console = out.console()
        with console.capture() as captured:
            for k, brief in enumerate(briefs):
                if k:
                    console.print(Rule(style="blue"))
                rich.render(brief, console)
        return captured.get()
    if fmt in ("json", "jsonl"):
        from . import json

        if fmt == "jsonl":
            return "".join(json.render_line(b) for b in briefs)
        return json.render(briefs[0]) if len(briefs) == 1 else json.render_array(briefs)
    from . import markdown, text

    if fmt == "markdown":
        return MARKDOWN_SEPARATOR.join(markdown.render(b) for b in briefs)
    return TEXT_SEPARATOR.join(text.render(b) for b in briefs)
