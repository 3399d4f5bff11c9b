"""Plain text for pipes: no colour, no wrapping, one item per line, "[n]" = sentence index.

Layout (stable): a section title in capitals on its own line, then its items,
each indented by two spaces; sections are separated by a blank line.
"""

from __future__ import annotations

from ..model import Brief, Digest
from ..safe_text import one_line
from .claims import marked_and_listed
from .digest import commitment_line, plural, story_counts
from .wire import STORY_ACTORS, STORY_COMMITMENTS


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
    """The digest as plain text: the ranked list, actors across stories, then each story."""
    lines = [f"DIGEST {digest.generated}", f"{story_counts(digest)}; {digest.skipped} skipped", ""]
    lines += ["MAIN STORIES"] + [
        f"  {k}. {s.headline} ({plural(len(s.sources), 'source')})" for k, s in enumerate(digest.stories, 1)
    ]
    if digest.actors:
        lines += ["", "ACTORS ACROSS STORIES"] + [
            f"  {a.name}\t{a.type}\t{plural(a.stories, 'story', 'stories')}" for a in digest.actors
        ]
    for k, story in enumerate(digest.stories, 1):
        lines += ["", "=" * 72, f"{k}. {story.headline}"]
        lines += [f"  source: {one_line(s.name)}" + (f" <{one_line(s.link)}>" if s.link else "") for s in story.sources]
        lines += [f"  [{s.sentence}] {s.text}" for s in story.brief.summary]
        for c in story.brief.commitments[:STORY_COMMITMENTS]:
            lines.append("  commitment: " + commitment_line(c.who, c.what, c.amount, c.deadline))
        if story.brief.actors:
            lines.append("  actors: " + ", ".join(f"{a.name} ({a.type})" for a in story.brief.actors[:STORY_ACTORS]))
    if digest.failures:
        lines += ["", "FAILED INPUTS"] + [f"  {one_line(f.error)}" for f in digest.failures]
    return "\n".join(lines) + "\n"
