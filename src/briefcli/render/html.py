"""HTML digest: one self-contained file with inline CSS, ready to mail.

Every piece of article text goes through ``html.escape``; only http(s) links become
anchors. No scripts, no external resources.
"""

from __future__ import annotations

from html import escape

from ..model import Digest, Story
from ..safe_text import one_line
from .digest import commitment_line, plural, story_counts
from .wire import STORY_ACTORS, STORY_COMMITMENTS

CSS = """
body{font-family:Georgia,'Times New Roman',serif;max-width:46em;margin:2em auto;padding:0 1em;color:#1d1d1f;
line-height:1.5}
h1{font-size:1.6em;margin-bottom:.2em}
h2{font-size:1.25em;margin:1.6em 0 .3em;border-top:1px solid #ddd;padding-top:1em}
.meta,.sources{color:#666;font-size:.9em}ol.top li{margin:.2em 0}.actors{font-size:.92em}
blockquote{margin:.6em 0;padding-left:.8em;border-left:3px solid #9bb}.n{color:#999;font-size:.8em}
ul.commitments li{margin:.2em 0}.failures{color:#a33;font-size:.9em}
"""


def _e(text: str | None) -> str:
    return escape(text or "", quote=True)


def _link(text: str, url: str | None) -> str:
    if url and url.startswith(("http://", "https://")):
        return f'<a href="{_e(one_line(url))}">{_e(one_line(text))}</a>'
    return _e(one_line(text))


def _story(k: int, story: Story) -> str:
    brief = story.brief
    parts = [f'<h2 id="story-{k}">{k}. {_e(story.headline)}</h2>']
    parts.append('<p class="sources">Sources: ' + "; ".join(_link(s.name, s.link) for s in story.sources) + "</p>")
    parts += [f'<blockquote>{_e(s.text)} <span class="n">({s.sentence})</span></blockquote>' for s in brief.summary]
    commitments = brief.commitments[:STORY_COMMITMENTS]
    if commitments:
        items = "".join(f"<li>{_e(commitment_line(c.who, c.what, c.amount, c.deadline))}</li>" for c in commitments)
        parts.append(f'<p><strong>Commitments</strong></p><ul class="commitments">{items}</ul>')
    if brief.actors:
        names = ", ".join(f"{_e(a.name)} ({_e(a.type)})" for a in brief.actors[:STORY_ACTORS])
        parts.append(f'<p class="actors"><strong>Actors:</strong> {names}</p>')
    return "\n".join(parts)


def _count(story: Story) -> str:
    return plural(len(story.sources), "source")


def render_digest(digest: Digest) -> str:
    top = "".join(
        f'<li><a href="#story-{k}">{_e(s.headline)}</a> <span class="meta">({_e(_count(s))})</span></li>'
        for k, s in enumerate(digest.stories, 1)
    )
    body = [
        f"<h1>Digest, {_e(digest.generated)}</h1>",
        f'<p class="meta">{_e(story_counts(digest))}; {digest.skipped} already seen or too old.</p>',
        "<h2>Main stories</h2>",
        f'<ol class="top">{top}</ol>' if top else "<p>None.</p>",
    ]
    if digest.actors:
        actors = "".join(
            f"<li>{_e(a.name)} ({_e(a.type)}): {plural(a.stories, 'story', 'stories')}</li>" for a in digest.actors
        )
        body.append(f'<h2>Actors across stories</h2><ul class="actors">{actors}</ul>')
    body += [_story(k, s) for k, s in enumerate(digest.stories, 1)]
    if digest.failures:
        failed = "".join(f"<li>{_e(one_line(f.error))}</li>" for f in digest.failures)
        body.append(f'<h2>Inputs that failed</h2><ul class="failures">{failed}</ul>')
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Digest, {_e(digest.generated)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
