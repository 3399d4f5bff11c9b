"""Pick the digest renderer for a format."""

from __future__ import annotations

from ..model import Digest
from ..output import Output


def render(digest: Digest, fmt: str, out: Output) -> str:
    if fmt == "rich":
        from . import rich

        console = out.console()
        with console.capture() as captured:
            console.print(rich.build_digest(digest))
        return captured.get()
    from . import html, json, markdown, text

    return {
        "text": text.render_digest,
        "json": json.render_digest,
        "markdown": markdown.render_digest,
        "html": html.render_digest,
    }[fmt](digest)
