"""Rich layout for terminals. Article text goes in as ``Text`` objects, never markup."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model import Brief, Digest
from ..safe_text import one_line
from .claims import marked_and_listed
from .digest import commitment_line, plural, story_counts
from .wire import STORY_ACTORS, STORY_COMMITMENTS

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


def build_digest(digest: Digest) -> Group:
    """The digest for a terminal: the ranked list, shared actors, one panel per story."""
    top = Table.grid(padding=(0, 1))
    top.add_column(justify="right")
    top.add_column(ratio=1)
    for k, story in enumerate(digest.stories, 1):
        top.add_row(
            Text(f"{k}.", style="dim"),
            Text.assemble((story.headline, "bold"), (f"  {plural(len(story.sources), 'source')}", "dim")),
        )
    parts = [
        Text(f"Digest, {digest.generated}", style="bold yellow"),
        Text(f"{story_counts(digest)}; {digest.skipped} already seen or too old", style="dim"),
        _section("Main stories", top),
    ]
    if digest.actors:
        parts.append(
            _section(
                "Actors across stories",
                Text(", ".join(f"{a.name} ({a.stories})" for a in digest.actors)),
            )
        )
    for k, story in enumerate(digest.stories, 1):
        brief = story.brief
        body = [Text("; ".join(one_line(s.name) for s in story.sources), style="dim")]
        body += [Text.assemble((f"[{s.sentence}] ", "dim"), s.text) for s in brief.summary]
        for c in brief.commitments[:STORY_COMMITMENTS]:
            body.append(Text.assemble(("commitment ", "green"), commitment_line(c.who, c.what, c.amount, c.deadline)))
        if brief.actors:
            body.append(Text(", ".join(f"{a.name} ({a.type})" for a in brief.actors[:STORY_ACTORS]), style="cyan"))
        parts.append(_section(f"{k}. {story.headline}", Group(*body)))
    if digest.failures:
        parts.append(
            _section("Inputs that failed", Text("\n".join(one_line(f.error) for f in digest.failures), style="red"))
        )
    return Group(*parts)
