"""Render the README's picture: brief's Rich output on the sample, exported as SVG by Rich.

Usage: python scripts/make_screenshot.py
"""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from briefcli.brief import make_brief
from briefcli.render import rich

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    sample = ROOT / "samples" / "nato-ukraine.txt"
    brief = make_brief(sample.read_text(encoding="utf-8"), "samples/nato-ukraine.txt")
    console = Console(record=True, width=90, file=io.StringIO(), force_terminal=True, color_system="truecolor")
    rich.render(brief, console)
    out = ROOT / "docs" / "brief.svg"
    out.write_text(console.export_svg(title="brief summarize samples/nato-ukraine.txt"), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
