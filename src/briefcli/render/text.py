"""Plain text for pipes: no colour, no wrapping, one item per line, "[n]" = sentence index.

Layout (stable): a section title in capitals on its own line, then its items,
each indented by two spaces; sections are separated by a blank line.
"""

from __future__ import annotations

from ..model import Brief, Digest
from ..safe_text import one_line
from .claims import marked_and_listed
from .common import commitment_line, coverage, main_stories, more_stories, outlet, plural, sections, story_counts, title
from .wire import STORY_ACTORS, STORY_CLAIMS, STORY_COMMITMENTS


def _commitment_details(amount: str | None, deadline: str | None) -> str:
    parts = [f"amount: {amount}" if amount else "", f"deadline: {deadline}" if deadline else ""]
    details = "; ".join(p for p in parts if p)
    return f" ({details})" if details else ""


def render(brief: Brief) -> str:
    head = [brief.headline, f"source: {one_line(brief.source)}"]
    head += [
        f"{label}: {one_line(value)}" for label, value in (("byline", brief.byline), ("date", brief.date)) if value
    ]
    sections: list[list[str]] = [head]
    marked, listed = marked_and_listed(brief)
    sections.append(
        ["SUMMARY"]
        + [
            f"  [{s.sentence}] {s.text}" + (f"  (key claim, {marked[s.sentence]})" if s.sentence in marked else "")
            for s in brief.summary
        ]
    )
    if listed:
        sections.append(["KEY CLAIMS"] + [f"  [{c.sentence}] {c.who}: {c.text}" for c in listed])
    if brief.commitments:
        sections.append(
            ["COMMITMENTS"]
            + [
                f"  [{c.sentence}] {c.who}: {c.what}{_commitment_details(c.amount, c.deadline)}"
                for c in brief.commitments
            ]
        )
    if brief.actors:
        sections.append(
            ["ACTORS"]
            + [
                f"  {a.name}\t{a.type}\t{a.role or '-'}\t{a.mentions} mention{'s' if a.mentions != 1 else ''}"
                for a in brief.actors
            ]
        )
    if brief.quotes:
        sections.append(
            ["QUOTES"] + [f"  [{q.sentence}] {q.speaker or 'unattributed'}: “{q.text}”" for q in brief.quotes]
        )
    return "\n\n".join("\n".join(lines) for lines in sections) + "\n"


def render_digest(digest: Digest) -> str:
    """The digest as plain text: the main stories, actors across stories, then each story
    (by section when feeds give categories); "[outlet #n]" = sentence n of that source."""
    lines = [title(digest), f"{story_counts(digest)}; {digest.skipped} skipped", ""]
    lines += ["MAIN STORIES"] + [f"  {k}. {s.headline} ({coverage(s)})" for k, s in enumerate(main_stories(digest), 1)]
    if more_stories(digest):
        lines.append(f"  {more_stories(digest)}")
    if digest.actors:
        lines += ["", "ACTORS ACROSS STORIES"] + [
            f"  {a.name}\t{a.type}\t{plural(a.stories, 'story', 'stories')}" for a in digest.actors
        ]
    for section, stories in sections(digest):
        if section:
            lines += ["", "#" * 72, section.upper()]
        for k, story in stories:
            lines += ["", "=" * 72, f"{k}. {story.headline}", f"  {coverage(story)}"]
            lines += [
                f"  source: {one_line(s.outlet)}: {s.headline}"
                + (f" <{one_line(s.link)}>" if s.link else "")
                + (f" ({one_line(s.date)})" if s.date else "")
                for s in story.sources
            ]
            lines += [f"  [{outlet(story, s)} #{s.item.sentence}] {s.item.text}" for s in story.summary]
            for c in story.claims[:STORY_CLAIMS]:
                lines.append(f"  claim [{outlet(story, c)} #{c.item.sentence}] {c.item.who}: {c.item.text}")
            for c in story.commitments[:STORY_COMMITMENTS]:
                line = commitment_line(c.item.who, c.item.what, c.item.amount, c.item.deadline)
                lines.append(f"  commitment [{outlet(story, c)} #{c.item.sentence}] {line}")
            if story.actors:
                lines.append("  actors: " + ", ".join(f"{a.name} ({a.type})" for a in story.actors[:STORY_ACTORS]))
    if digest.failures:
        lines += ["", "FAILED INPUTS"] + [f"  {one_line(f.line)}" for f in digest.failures]
    return "\n".join(lines) + "\n"
