"""Markdown: headings and bullet lists, ready to paste into notes or email."""

from __future__ import annotations

import re

from ..model import Brief

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md(text: str) -> str:
    """Article text as literal Markdown (no emphasis, links or HTML from the article)."""
    return _SPECIAL.sub(r"\\\1", text)


def render(brief: Brief) -> str:
    credits = "".join(
        f"; {label} {md(value)}" for label, value in (("by", brief.byline), ("dated", brief.date)) if value
    )
    out = [
        f"# {md(brief.headline)}",
        "",
        f"*Source: {md(brief.source)}{credits}; sentence numbers refer to the article.*",
        "",
    ]
    out += ["## Summary", ""] + [f"- {md(s.text)} ({s.sentence})" for s in brief.summary] + [""]
    if brief.claims:
        out += ["## Key claims", ""] + [f"- **{md(c.who)}**: {md(c.text)} ({c.sentence})" for c in brief.claims] + [""]
    if brief.commitments:
        out += ["## Commitments", ""]
        for c in brief.commitments:
            details = "".join(
                f"; {label}: {md(value)}" for label, value in (("amount", c.amount), ("deadline", c.deadline)) if value
            )
            out.append(f"- **{md(c.who)}**: {md(c.what)} ({c.sentence}{details})")
        out.append("")
    if brief.actors:
        out += ["## Actors", "", "| Name | Type | Role | Mentions |", "| --- | --- | --- | ---: |"]
        out += [f"| {md(a.name)} | {a.type} | {md(a.role or '')} | {a.mentions} |" for a in brief.actors]
        out.append("")
    if brief.quotes:
        out += ["## Quotes", ""]
        out += [f"> {md(q.text)}\n>\n> — {md(q.speaker or 'unattributed')} ({q.sentence})\n" for q in brief.quotes]
    return "\n".join(out).rstrip("\n") + "\n"
