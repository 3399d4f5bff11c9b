"""RSS and Atom feed files: each item becomes an article (title, link, date, content)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from html import unescape

from ..errors import InputError
from ..model import Source

FEED_SUFFIXES = {".xml", ".rss", ".atom", ".rdf"}
_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL)


def looks_like_feed(data: bytes) -> bool:
    return bool(_FEED_START.search(data[:2048]))


@dataclass(frozen=True)
class FeedEntry:
    """One feed item as an article, with what the feed says around it."""

    source: Source
    when: float | None  # publication time (seconds since the epoch), when given
    category: str | None  # the item's first category (a digest section)
    outlet: str  # the feed's title


def feed_items(data: bytes, name: str) -> list[FeedEntry]:
    """The feed's items as articles (HTML content turned into text)."""
    import feedparser

    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    _check_feed(parsed, name)
    feed_title = parsed.feed.get("title") or name
    items = []
    for entry in parsed.entries:
        content = entry.get("content") or []
        html = content[0].get("value", "") if content else entry.get("summary", "")
        text = _html_text(html)
        title = " ".join((entry.get("title") or "").split()) or None
        if not text and not title:
            continue
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        timestamp = float(calendar.timegm(when)) if when else None
        date = datetime.fromtimestamp(timestamp, tz=timezone.utc).date().isoformat() if timestamp else None
        link = entry.get("link")
        tags = [" ".join((t.get("term") or t.get("label") or "").split()) for t in entry.get("tags") or []]
        items.append(
            FeedEntry(
                Source(
                    name=f"{feed_title}: {link or title}",
                    text="\n\n".join(p for p in ([title] if title else []) + [text] if p),
                    kind="feed",
                    title=title,
                    byline=" ".join((entry.get("author") or "").split()) or None,
                    date=date,
                    link=link,
                ),
                timestamp,
                next((t for t in tags if t), None),
                " ".join(str(feed_title).split()),
            )
        )
    return items


def _check_feed(parsed, name: str) -> None:
    """A cut-off feed or an XML file that is no feed at all is a failure to report, not
    zero stories: feedparser would quietly return what it read before the break."""
    import feedparser

    problem = parsed.get("bozo_exception") if parsed.bozo else None
    harmless = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
    if problem is not None and not isinstance(problem, harmless):
        raise InputError(f"{name}: not a well-formed RSS/Atom feed ({problem})")
    if not parsed.version:
        raise InputError(f"{name}: not an RSS or Atom feed")


def _html_text(html: str) -> str:
    """Paragraph text of a feed item's (sanitised) HTML content."""
    if "<" not in html:  # feedparser hands text back HTML-escaped: "AT&amp;T" is "AT&T"
        return " ".join(unescape(html).split())
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml raises several types on broken markup; the item's text is then empty
        return ""
    for bad in root.xpath("//script|//style|//figure|//figcaption|//img"):
        bad.drop_tree()
    blocks = [" ".join(el.text_content().split()) for el in root.xpath("//p|//li|//h2|//h3|//blockquote")]
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) if blocks else " ".join(root.text_content().split())
