"""Renderers: one module per format, each turning a Brief into output. None analyses."""

from __future__ import annotations

FORMATS = ("rich", "text", "json", "markdown")
