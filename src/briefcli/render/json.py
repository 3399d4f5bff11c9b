"""JSON: one object per brief, keys in a fixed order, UTF-8 text kept as is."""

from __future__ import annotations

import json

from ..model import Brief
from .wire import to_dict


def render(brief: Brief) -> str:
    return json.dumps(to_dict(brief), ensure_ascii=False, indent=2) + "\n"
