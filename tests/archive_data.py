"""Records for the brief batch tests: the bundled sample and fixtures, with small edits,
so every record is a different article and a mix-up in the output order would show."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import ROOT, SAMPLE

FIXTURES = ROOT / "tests" / "fixtures"


def records(count: int) -> list[dict]:
    """``count`` records: text ones (paragraphs rotated, a numbered closing line), an HTML
    one every seventh, and a bad one (no text) every thirteenth."""
    paragraphs = [p for p in SAMPLE.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    title, body = paragraphs[0], paragraphs[1:]
    html = (FIXTURES / "news-page.html").read_text(encoding="utf-8")
    out: list[dict] = []
    for i in range(count):
        rid = f"r{i:04d}"
        if i % 13 == 12:
            out.append({"id": rid, "text": "  "})
        elif i % 7 == 6:
            out.append({"id": rid, "html": html, "source": f"page-{i}"})
        else:
            k = i % len(body)
            text = "\n\n".join([*body[k:], *body[:k], f"Officials said on day {i} that talks would go on."])
            out.append({"id": rid, "title": f"{title} ({i})", "text": text, "date": "2026-11-29"})
    return out


def write_jsonl(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in items), encoding="utf-8")
    return path
