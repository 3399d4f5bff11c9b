"""JSON: one object per brief, keys in a fixed order, UTF-8 text kept as is."""

from __future__ import annotations

import json
import textwrap

from ..model import Brief, Digest
from .wire import digest_to_dict, to_dict


def render(brief: Brief) -> str:
    return json.dumps(to_dict(brief), ensure_ascii=False, indent=2) + "\n"


def array_item(brief: Brief) -> str:
    """One element of a JSON array of briefs, laid out as ``json.dumps(array, indent=2)``
    would, so an array can be printed one brief at a time."""
    return textwrap.indent(json.dumps(to_dict(brief), ensure_ascii=False, indent=2), "  ")


def render_line(brief: Brief) -> str:
    """JSON Lines: one compact object, newline-terminated (line breaks in text are escaped)."""
    return json.dumps(to_dict(brief), ensure_ascii=False, separators=(",", ":")) + "\n"


def render_digest(digest: Digest) -> str:
    return json.dumps(digest_to_dict(digest), ensure_ascii=False, indent=2) + "\n"
