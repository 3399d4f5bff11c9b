"""Markdown: headings and bullet lists, ready to paste into notes or email."""

from __future__ import annotations

import re

from ..model import Brief, Digest
from ..safe_text import one_line
from .claims import marked_and_listed
from .common import commitment_line, coverage, main_stories, more_stories, outlet, plural, sections, story_counts, title
from .wire import STORY_ACTORS, STORY_CLAIMS, STORY_COMMITMENTS

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
    """The digest in Markdown: the main stories and shared actors first, then each story
    (under its section when feeds give categories), every quote its own paragraph."""
    out = [f"# {md(title(digest))}", "", f"*{story_counts(digest)}; {digest.skipped} already seen or too old.*", ""]
    out += ["## Main stories", ""]
    out += [f"{k}. {md(s.headline)} ({coverage(s)})" for k, s in enumerate(main_stories(digest), 1)] or ["None."]
    if more_stories(digest):
        out += ["", f"*{more_stories(digest)}*"]
    if digest.actors:
        out += ["", "## Actors across stories", ""]
        out += [f"- **{md(a.name)}** ({a.type}): {plural(a.stories, 'story', 'stories')}" for a in digest.actors]
    for section, stories in sections(digest):
        if section:
            out += ["", "---", "", f"## {md(section)}"]
        level = "###" if section else "##"
        for k, story in stories:
            out += ["", "---", "", f"{level} {k}. {md(story.headline)}", "", f"*{coverage(story)}*", ""]
            for s in story.sources:
                date = f" ({md(one_line(s.date))})" if s.date else ""
                out.append(f"- {md(one_line(s.outlet))}: {_link(s.headline, s.link)}{date}")
            for s in story.summary:
                out += ["", f"> {md(s.item.text)} ({md(outlet(story, s))}, sentence {s.item.sentence})"]
            claims = story.claims[:STORY_CLAIMS]
            if claims:
                out += ["", "**Claims**", ""]
                out += [
                    f"- **{md(c.item.who)}**: {md(c.item.text)} ({md(outlet(story, c))}, sentence {c.item.sentence})"
                    for c in claims
                ]
            commitments = story.commitments[:STORY_COMMITMENTS]
            if commitments:
                out += ["", "**Commitments**", ""]
                out += [
                    f"- {md(commitment_line(c.item.who, c.item.what, c.item.amount, c.item.deadline))} "
                    f"({md(outlet(story, c))}, sentence {c.item.sentence})"
                    for c in commitments
                ]
            if story.actors:
                names = ", ".join(f"{md(a.name)} ({a.type})" for a in story.actors[:STORY_ACTORS])
                out += ["", f"**Actors:** {names}"]
    if digest.failures:
        out += ["", "---", "", "## Inputs that failed", ""] + [f"- {md(one_line(f.line))}" for f in digest.failures]
    return "\n".join(out) + "\n"
