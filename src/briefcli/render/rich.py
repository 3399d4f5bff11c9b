"""Rich layout for terminals. Article text goes in as ``Text`` objects, never markup."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..model import Brief, Digest, Sourced, Story
from ..safe_text import one_line
from .claims import marked_and_listed
from .common import commitment_details, coverage, main_stories, more_stories, outlet, sections, story_counts, title
from .wire import STORY_ACTORS, STORY_CLAIMS, STORY_COMMITMENTS

TYPE_STYLE = {"person": "cyan", "organization": "magenta", "place": "green"}


def _ref(index: int) -> Text:
    return Text(f"[{index}]", style="dim")


def _list(items: list[tuple[int, Text]]) -> Table:
    table = Table.grid(padding=(0, 1))
    table.add_column(justify="right", no_wrap=True)
    table.add_column(ratio=1)
    for index, text in items:
        table.add_row(_ref(index), text)
    return table


def _section(title: str, body) -> Panel:
    return Panel(body, title=Text(title, style="bold"), title_align="left", border_style="blue")


def build(brief: Brief) -> Group:
    """The brief as a group of Rich renderables, one panel per non-empty section."""
    parts = [
        Text(brief.headline, style="bold yellow"),
        Text(
            " · ".join(
                part
                for part in (
                    one_line(brief.source),
                    f"by {one_line(brief.byline)}" if brief.byline else "",
                    one_line(brief.date or ""),
                    f"{brief.sentence_count} sentences",
                    f"ranked by {brief.algorithm}",
                )
                if part
            ),
            style="dim",
        ),
    ]
    marked, listed = marked_and_listed(brief)
    summary = []
    for s in brief.summary:
        line = Text(s.text)
        if s.sentence in marked:
            line.append("  key claim, ", style="dim").append(marked[s.sentence], style="bold cyan")
        summary.append((s.sentence, line))
    parts.append(_section("Summary", _list(summary)))
    if listed:
        items = [(c.sentence, Text.assemble((c.who, "bold cyan"), ": ", c.text)) for c in listed]
        parts.append(_section("Key claims", _list(items)))
    if brief.commitments:
        items = []
        for c in brief.commitments:
            line = Text.assemble((c.who, "bold cyan"), ": ", c.what)
            for label, value in (("amount", c.amount), ("deadline", c.deadline)):
                if value:
                    line.append(f"  {label}: ", style="dim").append(value, style="bold green")
            items.append((c.sentence, line))
        parts.append(_section("Commitments", _list(items)))
    if brief.actors:
        table = Table(expand=True, box=None, padding=(0, 1))
        table.add_column("Actor", style="bold")
        table.add_column("Type")
        table.add_column("Role", ratio=1)
        table.add_column("Mentions", justify="right")
        for a in brief.actors:
            table.add_row(Text(a.name), Text(a.type, style=TYPE_STYLE[a.type]), Text(a.role or "—"), str(a.mentions))
        parts.append(_section("Actors", table))
    if brief.quotes:
        items = [
            (q.sentence, Text.assemble("“", (q.text, "italic"), "” — ", (q.speaker or "unattributed", "cyan")))
            for q in brief.quotes
        ]
        parts.append(_section("Quotes", _list(items)))
    return Group(*parts)


def render(brief: Brief, console: Console) -> None:
    console.print(build(brief))


def _rows(rows: list[tuple[Text, object]]) -> Table:
    """A label column that never wraps beside a text column: a wrapped line stays
    indented under its text, never under the label."""
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column(ratio=1)
    for label, body in rows:
        table.add_row(label, body)
    return table


def _source_ref(story: Story, item: Sourced) -> Text:
    return Text(f"[{outlet(story, item)} #{item.item.sentence}]", style="dim")


def _commitment(c: Sourced) -> Group:
    """Who commits to what, then each detail on its own line, label and value unbroken."""
    details = _rows(
        [
            (Text(f"{label}:", style="dim"), Text(value, style="bold green"))
            for label, value in commitment_details(c.item.amount, c.item.deadline)
        ]
    )
    return Group(Text.assemble((c.item.who, "bold cyan"), ": ", c.item.what), details)


def _story_panel(k: int, story: Story) -> Panel:
    body: list = [Text(coverage(story), style="dim")]
    body.append(_rows([(_source_ref(story, s), Text(s.item.text)) for s in story.summary]))
    rows = [
        (
            Text("claim", style="yellow"),
            Text.assemble((c.item.who, "bold cyan"), ": ", c.item.text, " ", _source_ref(story, c)),
        )
        for c in story.claims[:STORY_CLAIMS]
    ]
    rows += [(Text("commitment", style="green"), _commitment(c)) for c in story.commitments[:STORY_COMMITMENTS]]
    if rows:
        body.append(_rows(rows))
    if story.actors:
        body.append(Text(", ".join(f"{a.name} ({a.type})" for a in story.actors[:STORY_ACTORS]), style="cyan"))
    sources = [
        (
            Text(one_line(s.outlet), style="dim"),
            Text(
                s.headline
                + (f" <{one_line(s.link)}>" if s.link else "")
                + (f" ({one_line(s.date)})" if s.date else ""),
                style="dim",
            ),
        )
        for s in story.sources
    ]
    body.append(_rows(sources))
    return _section(f"{k}. {story.headline}", Group(*body))


def build_digest(digest: Digest) -> Group:
    """The digest for a terminal: the main stories, shared actors, one panel per story."""
    top = _rows(
        [
            (Text(f"{k}.", style="dim"), Text.assemble((story.headline, "bold"), (f"  {coverage(story)}", "dim")))
            for k, story in enumerate(main_stories(digest), 1)
        ]
    )
    listing: list = [top]
    if more_stories(digest):
        listing.append(Text(more_stories(digest), style="dim"))
    parts: list = [
        Text(title(digest), style="bold yellow"),
        Text(f"{story_counts(digest)}; {digest.skipped} already seen or too old", style="dim"),
        _section("Main stories", Group(*listing)),
    ]
    if digest.actors:
        parts.append(
            _section("Actors across stories", Text(", ".join(f"{a.name} ({a.stories})" for a in digest.actors)))
        )
    for section, stories in sections(digest):
        if section:
            parts.append(Rule(Text(section, style="bold magenta"), style="magenta"))
        parts += [_story_panel(k, s) for k, s in stories]
    if digest.failures:
        parts.append(
            _section("Inputs that failed", Text("\n".join(one_line(f.line) for f in digest.failures), style="red"))
        )
    return Group(*parts)
