"""Pick the renderer for a format and write its output in one go."""

from __future__ import annotations

from ..model import Brief
from ..output import Output


def write(brief: Brief, fmt: str, out: Output) -> None:
    """Render fully first, then write, so an error never leaves half a brief."""
    if fmt == "rich":
        from . import rich

        console = out.console()
        with console.capture() as captured:
            rich.render(brief, console)
        out.stdout.write(captured.get())
    else:
        from . import json, markdown, text

        renderer = {"text": text.render, "json": json.render, "markdown": markdown.render}[fmt]
        out.stdout.write(renderer(brief))
    out.stdout.flush()
