"""Text that is safe to print: no escape sequences, control, bidi or zero-width characters.

Everything brief prints that came from outside (article text, file names, URLs, feed
titles and links, error messages) passes through here, so a hostile input cannot move
the cursor, write the clipboard, reorder a line or forge one.
"""

from __future__ import annotations

import re
import unicodedata

# ESC sequences (CSI, OSC, single-character), other C0/C1 controls, bidi controls, zero-width.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: titles, clipboard, hyperlinks
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC strings
    r"|\x1b[@-Z\\-_]?"  # two-character sequences, or a lone ESC
)
_CONTROLS = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0 and C1 controls, but tab, newline and CR
    r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings, overrides, isolates
    r"\u180e\u200b\u2060\ufeff]"  # zero-width spaces and joiners that only hide things
)
_LINE_SEPARATORS = re.compile(r"\r\n?|[\u2028\u2029]")


def sanitize(text: str) -> str:
    """Text safe to print, lines kept: NFC, Unix newlines, tabs as spaces, no escapes,
    control, bidi or zero-width characters. A tab is a gap of two spaces, as a copied page's menu sets its items apart
    ("Mumbai<tab>Delhi<tab>Pune" is a menu's run, not a heading)."""
    text = _LINE_SEPARATORS.sub("\n", text).replace("\t", "  ")
    text = _CONTROLS.sub("", _ESCAPES.sub("", text))
    return unicodedata.normalize("NFC", text)


def one_line(text: str) -> str:
    """A name (file name, URL, feed title or link, message) safe to print on one line:
    sanitised, every run of whitespace (newlines included) one space."""
    return " ".join(sanitize(text).split())
