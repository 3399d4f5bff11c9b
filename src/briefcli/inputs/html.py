"""Saved web pages: the article's text, title, byline and date, via trafilatura.

trafilatura is the strongest open article extractor (it tops the published
boilerplate-removal benchmarks and removes navigation, ads, cookie banners,
related-links boxes and comments). It parses the page it is given and fetches
nothing; DOCTYPE internal subsets are removed first, so no entity is ever
expanded or loaded. A compressed page (gzip, zstd, brotli) is inflated here, up to
--max-bytes, and trafilatura is handed text, so it never inflates anything itself
(its own cap is 20 MB, whatever --max-bytes says).
"""

from __future__ import annotations

import re

from ..errors import InputError, NoTextError
from ..model import Source

_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^>\[]*\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)
_ENTITY = re.compile(r"<!ENTITY[^>]*>", re.IGNORECASE)
_MAGIC = (b"\x1f\x8b", b"\x28\xb5\x2f\xfd")  # gzip, zstd
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
PROSE_WORDS = 4  # fewer words than this in every paragraph: navigation, not an article


def from_html(data: bytes, name: str, max_bytes: int) -> Source:
    """The main text of an HTML page, one paragraph per block, headings on their own lines."""
    import trafilatura
    from trafilatura.utils import decode_file, handle_compressed_file

    inflated = handle_compressed_file(data, max_size=max_bytes)
    if inflated is data and data.startswith(_MAGIC):
        raise InputError(f"{name}: compressed, and larger than --max-bytes ({max_bytes} bytes) once inflated")
    page = _ENTITY.sub("", _DOCTYPE_SUBSET.sub("", decode_file(inflated, max_size=max_bytes)))
    document = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        deduplicate=False,
    )
    text = getattr(document, "text", None) if document is not None else None
    paragraphs = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if not any(_reads_as_prose(p) for p in paragraphs):
        raise NoTextError(f"{name}: no article text found in the page (only navigation or boilerplate)")
    return Source(
        name=name,
        text="\n\n".join(paragraphs),
        kind="html",
        title=_clean(getattr(document, "title", None)),
        byline=_clean(getattr(document, "author", None)),
        date=_clean(getattr(document, "date", None)),
    )


def _reads_as_prose(paragraph: str) -> bool:
    """What trafilatura keeps of a page without an article is menu labels ("menu",
    "Home", "World Politics Sport"): an article has at least one paragraph that is a
    sentence (several words, ending like one) or a run of ordinary lower-case words."""
    tokens = paragraph.split()
    if len(tokens) < PROSE_WORDS:
        return False
    return bool(_SENTENCE_END.search(paragraph)) or sum(t[:1].islower() for t in tokens) >= PROSE_WORDS


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else ""
    return value or None
