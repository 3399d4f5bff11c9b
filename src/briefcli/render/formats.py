"""Pick the renderer for a format and write its output in one go."""

from __future__ import annotations

from ..model import Brief
from ..output import Output

CHUNK = 1 << 16


def render(brief: Brief, fmt: str, out: Output) -> str:
    """The whole output of one brief as a string."""
    if fmt == "rich":
        from . import rich

        console = out.console()
        with console.capture() as captured:
            rich.render(brief, console)
        return captured.get()
    from . import json, markdown, text

    return {"text": text.render, "json": json.render, "markdown": markdown.render}[fmt](brief)


def write(brief: Brief, fmt: str, out: Output) -> None:
    """Render fully first, so an error never leaves half a brief; then write in chunks,
    so a reader that goes away (`| head`) is noticed at once (a single huge write to a
    closed pipe can pass unreported)."""
    rendered = render(brief, fmt, out)
    for start in range(0, len(rendered), CHUNK):
        out.stdout.write(rendered[start : start + CHUNK])
        out.stdout.flush()
