"""Markdown: headings and bullet lists, ready to paste into notes or email."""

from __future__ import annotations

import re

from ..model import Brief, Digest
from ..safe_text import one_line
from .claims import marked_and_listed
from .digest import commitment_line, plural, story_counts
from .wire import STORY_ACTORS, STORY_COMMITMENTS

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md(text: str) -> str:
    """Article text as literal Markdown (no emphasis, links or HTML from the article)."""
    return _SPECIAL.sub(r"\\\1", text)


def render(brief: Brief) -> str:
    credits = "".join(
        f"; {label} {md(one_line(value))}" for label, value in (("by", brief.byline), ("dated", brief.date)) if value
    )
    out = [
        f"# {md(brief.headline)}",
        "",
        f"*Source: {md(one_line(brief.source))}{credits}; sentence numbers refer to the article.*",
        "",
    ]
    marked, listed = marked_and_listed(brief)
    out += ["## Summary", ""]
    for s in brief.summary:
        mark = f" — *key claim, {md(marked[s.sentence])}*" if s.sentence in marked else ""
        out.append(f"- {md(s.text)} ({s.sentence}){mark}")
    out.append("")
    if listed:
        out += ["## Key claims", ""] + [f"- **{md(c.who)}**: {md(c.text)} ({c.sentence})" for c in listed] + [""]
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


def _link(text: str, url: str | None) -> str:
    """A source name, linked when its address is http(s); names and addresses are made
    one line first, so a newline in a feed's link cannot start a heading or a bullet."""
    safe = one_line(url) if url and url.startswith(("http://", "https://")) else None
    name = md(one_line(text))
    return f"[{name}](<{safe.replace(' ', '%20').replace('<', '%3C').replace('>', '%3E')}>)" if safe else name


def render_digest(digest: Digest) -> str:
    """The digest in Markdown: the ranked list and shared actors first, then each story."""
    out = [
        f"# Digest, {md(digest.generated)}",
        "",
        f"*{story_counts(digest)}; {digest.skipped} already seen or too old.*",
        "",
        "## Main stories",
        "",
    ]
    out += [f"{k}. {md(s.headline)} ({plural(len(s.sources), 'source')})" for k, s in enumerate(digest.stories, 1)] or [
        "None."
    ]
    if digest.actors:
        out += ["", "## Actors across stories", ""]
        out += [f"- **{md(a.name)}** ({a.type}): {plural(a.stories, 'story', 'stories')}" for a in digest.actors]
    for k, story in enumerate(digest.stories, 1):
        out += ["", "---", "", f"## {k}. {md(story.headline)}", ""]
        out.append("*Sources: " + "; ".join(_link(s.name, s.link) for s in story.sources) + "*")
        out += [""] + [f"> {md(s.text)} ({s.sentence})" for s in story.brief.summary]
        commitments = story.brief.commitments[:STORY_COMMITMENTS]
        if commitments:
            out += ["", "**Commitments**", ""]
            out += ["- " + md(commitment_line(c.who, c.what, c.amount, c.deadline)) for c in commitments]
        if story.brief.actors:
            names = ", ".join(f"{md(a.name)} ({a.type})" for a in story.brief.actors[:STORY_ACTORS])
            out += ["", f"**Actors:** {names}"]
    if digest.failures:
        out += ["", "---", "", "## Inputs that failed", ""] + [f"- {md(one_line(f.error))}" for f in digest.failures]
    return "\n".join(out) + "\n"
