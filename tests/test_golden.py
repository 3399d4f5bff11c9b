"""Golden output for the sample in every format. Regenerate after an intended change with
BRIEF_UPDATE_GOLDEN=1 pytest tests/test_golden.py, then review the diff."""

import io
import os

import pytest
from rich.console import Console

from briefcli.brief import make_brief
from briefcli.output import Output
from briefcli.render import formats
from conftest import GOLDEN, SAMPLE

SUFFIX = {"text": "txt", "json": "json", "markdown": "md", "rich": "rich.txt"}


def rendered(fmt: str) -> str:
    brief = make_brief(SAMPLE.read_text(encoding="utf-8"), "samples/nato-ukraine.txt")
    stream = io.StringIO()
    out = Output(stream, io.StringIO(), stdout_isatty=False, stderr_isatty=False, color=False)
    if fmt == "rich":  # a fixed 80-column terminal without colour, for a stable file
        from briefcli.render import rich

        console = Console(file=stream, width=80, no_color=True, color_system=None, highlight=False)
        rich.render(brief, console)
    else:
        out.write("".join(formats.pieces([brief], fmt, out, several=False)))
    return stream.getvalue()


@pytest.mark.parametrize("fmt", sorted(SUFFIX))
def test_golden(fmt):
    path = GOLDEN / f"nato-ukraine.{SUFFIX[fmt]}"
    actual = rendered(fmt)
    if os.environ.get("BRIEF_UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")
