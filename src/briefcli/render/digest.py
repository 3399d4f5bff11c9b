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


def story_counts(digest: Digest) -> str:
    """ "12 stories from 15 articles" (shared wording for every format)."""
    articles = sum(len(s.sources) for s in digest.stories)
    return f"{plural(len(digest.stories), 'story', 'stories')} from {plural(articles, 'article')}"


def commitment_line(who: str, what: str, amount: str | None, deadline: str | None) -> str:
    details = "; ".join(f"{k}: {v}" for k, v in (("amount", amount), ("deadline", deadline)) if v)
    return f"{who}: {what}" + (f" ({details})" if details else "")


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"
