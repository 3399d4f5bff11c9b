"""HTML digest: one self-contained file with inline CSS, ready to mail.

Every piece of article text goes through ``html.escape``; only http(s) links become
anchors. No scripts, no external resources.
"""

from __future__ import annotations

from html import escape

from ..model import Digest, Sourced, Story
from ..safe_text import one_line
from .common import (
    commitment_details,
    coverage,
    main_stories,
    more_stories,
    outlet,
    plural,
    sections,
    story_counts,
    title,
)
from .wire import STORY_ACTORS, STORY_CLAIMS, STORY_COMMITMENTS

# Styles go on each element (style="..."): mail clients drop <style> blocks and classes.
STYLE = {
    "body": "margin:0;padding:0;background:#f4f1ea;color:#1d1d1f;font-family:Georgia,'Times New Roman',serif;"
    "line-height:1.55",
    "page": "max-width:42em;margin:0 auto;padding:1.5em 1em 3em",
    "h1": "font-size:1.7em;margin:.2em 0 .1em;font-weight:normal",
    "meta": "color:#6b6b6b;font-size:.9em;margin:0 0 1.2em;font-family:Helvetica,Arial,sans-serif",
    "box": "background:#fff;border:1px solid #e2ddd2;border-radius:6px;padding:.8em 1.2em;margin:1em 0",
    "h2": "font-size:1.05em;margin:.2em 0 .5em;text-transform:uppercase;letter-spacing:.08em;color:#8a5a00;"
    "font-family:Helvetica,Arial,sans-serif",
    "section": "font-size:1.3em;margin:2em 0 .2em;color:#8a5a00;font-weight:normal;border-bottom:2px solid #e2ddd2",
    "top": "margin:0;padding-left:1.4em",
    "topitem": "margin:.25em 0",
    "count": "display:inline-block;background:#efe6d2;color:#5d4300;border-radius:9px;padding:0 .5em;"
    "font-size:.8em;font-family:Helvetica,Arial,sans-serif;white-space:nowrap",
    "story": "font-size:1.3em;margin:.1em 0 .3em;line-height:1.3",
    "quote": "margin:.7em 0;padding:.1em 0 .1em .9em;border-left:3px solid #c9a45c",
    "ref": "color:#8b8b8b;font-size:.8em;font-family:Helvetica,Arial,sans-serif;white-space:nowrap",
    "sources": "margin:.2em 0 0;padding-left:1.2em;color:#555;font-size:.88em;font-family:Helvetica,Arial,sans-serif",
    "label": "font-weight:bold;font-family:Helvetica,Arial,sans-serif;font-size:.85em;margin:.9em 0 .2em",
    "list": "margin:.2em 0;padding-left:1.2em",
    "detail": "white-space:nowrap;color:#2f6b2f",
    "actors": "color:#555;font-size:.9em;margin:.6em 0 0",
    "failures": "color:#a33;font-size:.9em",
    "a": "color:#0b5394",
}


def _e(text: str | None) -> str:
    return escape(text or "", quote=True)


def _link(text: str, url: str | None) -> str:
    if url and url.startswith(("http://", "https://")):
        return f'<a href="{_e(one_line(url))}" style="{STYLE["a"]}">{_e(one_line(text))}</a>'
    return _e(one_line(text))


def _ref(story: Story, item: Sourced) -> str:
    return f'<span style="{STYLE["ref"]}">{_e(outlet(story, item))}, sentence {item.item.sentence}</span>'


def _commitment(story: Story, c: Sourced) -> str:
    details = "; ".join(
        f'<span style="{STYLE["detail"]}">{label}:&nbsp;{_e(value)}</span>'
        for label, value in commitment_details(c.item.amount, c.item.deadline)
    )
    text = f"<strong>{_e(c.item.who)}</strong>: {_e(c.item.what)}" + (f" ({details})" if details else "")
    return f"<li>{text} {_ref(story, c)}</li>"


def _story(k: int, story: Story) -> str:
    parts = [
        f'<div style="{STYLE["box"]}" id="story-{k}">',
        f'<h3 style="{STYLE["story"]}">{k}. {_e(story.headline)}</h3>',
        f'<span style="{STYLE["count"]}">{_e(coverage(story))}</span>',
    ]
    parts += [f'<p style="{STYLE["quote"]}">{_e(s.item.text)} {_ref(story, s)}</p>' for s in story.summary]
    claims = story.claims[:STORY_CLAIMS]
    if claims:
        items = "".join(
            f"<li><strong>{_e(c.item.who)}</strong>: {_e(c.item.text)} {_ref(story, c)}</li>" for c in claims
        )
        parts.append(f'<p style="{STYLE["label"]}">Claims</p><ul style="{STYLE["list"]}">{items}</ul>')
    commitments = story.commitments[:STORY_COMMITMENTS]
    if commitments:
        items = "".join(_commitment(story, c) for c in commitments)
        parts.append(f'<p style="{STYLE["label"]}">Commitments</p><ul style="{STYLE["list"]}">{items}</ul>')
    if story.actors:
        names = ", ".join(f"{_e(a.name)} ({_e(a.type)})" for a in story.actors[:STORY_ACTORS])
        parts.append(f'<p style="{STYLE["actors"]}"><strong>Actors:</strong> {names}</p>')
    sources = "".join(
        f"<li>{_e(one_line(s.outlet))}: {_link(s.headline, s.link)}"
        + (f" ({_e(one_line(s.date))})" if s.date else "")
        + "</li>"
        for s in story.sources
    )
    parts.append(f'<p style="{STYLE["label"]}">Sources</p><ul style="{STYLE["sources"]}">{sources}</ul></div>')
    return "\n".join(parts)


def render_digest(digest: Digest) -> str:
    """One self-contained page: the main stories, shared actors, then each story in a card."""
    top = "".join(
        f'<li style="{STYLE["topitem"]}"><a href="#story-{k}" style="{STYLE["a"]}">{_e(s.headline)}</a> '
        f'<span style="{STYLE["count"]}">{_e(coverage(s))}</span></li>'
        for k, s in enumerate(main_stories(digest), 1)
    )
    more = f'<p style="{STYLE["meta"]}">{_e(more_stories(digest))}</p>' if more_stories(digest) else ""
    body = [
        f'<h1 style="{STYLE["h1"]}">{_e(title(digest))}</h1>',
        f'<p style="{STYLE["meta"]}">{_e(story_counts(digest))}; {digest.skipped} already seen or too old.</p>',
        f'<div style="{STYLE["box"]}"><h2 style="{STYLE["h2"]}">Main stories</h2>'
        + (f'<ol style="{STYLE["top"]}">{top}</ol>{more}' if top else "<p>None.</p>")
        + "</div>",
    ]
    if digest.actors:
        actors = ", ".join(f"{_e(a.name)} ({plural(a.stories, 'story', 'stories')})" for a in digest.actors)
        body.append(f'<div style="{STYLE["box"]}"><h2 style="{STYLE["h2"]}">Actors across stories</h2>{actors}</div>')
    for section, stories in sections(digest):
        if section:
            body.append(f'<h2 style="{STYLE["section"]}">{_e(section)}</h2>')
        body += [_story(k, s) for k, s in stories]
    if digest.failures:
        failed = "".join(f"<li>{_e(one_line(f.line))}</li>" for f in digest.failures)
        body.append(
            f'<div style="{STYLE["box"]}"><h2 style="{STYLE["h2"]}">Inputs that failed</h2>'
            f'<ul style="{STYLE["failures"]}">{failed}</ul></div>'
        )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title(digest))}</title>\n</head>\n"
        f'<body style="{STYLE["body"]}">\n<div style="{STYLE["page"]}">\n'
        + "\n".join(body)
        + "\n</div>\n</body>\n</html>\n"
    )
