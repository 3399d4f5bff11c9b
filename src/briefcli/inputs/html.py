"""Saved web pages: the article's text, title, byline and date, via trafilatura.

trafilatura is the strongest open article extractor (it tops the published
boilerplate-removal benchmarks and removes navigation, ads, cookie banners,
related-links boxes and comments). It parses the page it is given and fetches
nothing; DOCTYPE internal subsets are removed first, so no entity is ever
expanded or loaded.
"""

from __future__ import annotations

import re

from ..errors import NoTextError
from ..model import Source

_DOCTYPE_SUBSET = re.compile(rb"<!DOCTYPE[^>\[]*\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)
_ENTITY = re.compile(rb"<!ENTITY[^>]*>", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
PROSE_WORDS = 4  # fewer words than this in every paragraph: navigation, not an article


def from_html(data: bytes, name: str) -> Source:
    """The main text of an HTML page, one paragraph per block, headings on their own lines."""
    import trafilatura

    data = _ENTITY.sub(b"", _DOCTYPE_SUBSET.sub(b"", data))
    document = trafilatura.bare_extraction(
        data,
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
