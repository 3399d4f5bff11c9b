"""Wording that every digest renderer shares (below the format modules, imports none):
counts, the title's human date, the short list of main stories, sections, references."""

from __future__ import annotations

from datetime import datetime

from ..model import Digest, Sourced, Story
from ..safe_text import one_line

MAIN_STORIES = 8  # "Main stories" is a short list: the rest follow below it


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def story_counts(digest: Digest) -> str:
    """ "12 stories from 15 articles" (shared wording for every format)."""
    articles = sum(len(s.sources) for s in digest.stories)
    return f"{plural(len(digest.stories), 'story', 'stories')} from {plural(articles, 'article')}"


def title(digest: Digest) -> str:
    """ "Digest — Sunday 29 November 2026": a date a reader says, not a timestamp."""
    day = datetime.fromisoformat(digest.generated)
    return f"Digest — {day:%A} {day.day} {day:%B %Y}"


def main_stories(digest: Digest) -> tuple[Story, ...]:
    return digest.stories[:MAIN_STORIES]


def more_stories(digest: Digest) -> str:
    """ "and 4 more stories below", or "" when the main stories are all of them."""
    rest = len(digest.stories) - MAIN_STORIES
    return f"and {plural(rest, 'more story', 'more stories')} below" if rest > 0 else ""


def coverage(story: Story) -> str:
    """ "5 outlets" (how widely the story is covered), with the articles when more."""
    outlets = plural(story.outlets, "outlet")
    articles = len(story.sources)
    return outlets if articles == story.outlets else f"{outlets}, {plural(articles, 'article')}"


def sections(digest: Digest) -> list[tuple[str | None, list[tuple[int, Story]]]]:
    """Stories (numbered in importance order) grouped by feed category, the section of
    the most important story first; one unnamed section when no feed gives categories."""
    numbered = list(enumerate(digest.stories, 1))
    if not any(s.category for s in digest.stories):
        return [(None, numbered)]
    groups: dict[str | None, list[tuple[int, Story]]] = {}
    for k, story in numbered:
        groups.setdefault(story.category, []).append((k, story))
    return [(name or "Other", items) for name, items in groups.items()]


def outlet(story: Story, item: Sourced) -> str:
    """The outlet an item of the story comes from (one line, safe to print)."""
    return one_line(next((s.outlet for s in story.sources if s.name == item.source), item.source))


def commitment_details(amount: str | None, deadline: str | None) -> list[tuple[str, str]]:
    return [(label, value) for label, value in (("amount", amount), ("deadline", deadline)) if value]


def commitment_line(who: str, what: str, amount: str | None, deadline: str | None) -> str:
    details = "; ".join(f"{k}: {v}" for k, v in commitment_details(amount, deadline))
    return f"{who}: {what}" + (f" ({details})" if details else "")
