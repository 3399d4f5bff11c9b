"""Renderers: one module per format, each turning a Brief (or a Digest) into output.
None analyses."""

FORMATS = ("rich", "text", "json", "jsonl", "markdown")
DIGEST_FORMATS = ("rich", "text", "json", "markdown", "html")
