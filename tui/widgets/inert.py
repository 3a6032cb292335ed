"""Text from a file shown as text: never markup, never a terminal control sequence.

Every control character (C0 but the newline, DEL, C1) is swapped for a visible stand-in of
exactly one character, so an ESC that would start ``\\x1b[2J`` or an OSC 52 clipboard write
shows as ``␛`` and offsets into the text stay true. A tab becomes a plain space.

An emoji presentation selector (VS16, U+FE0F) becomes the text presentation one (VS15,
U+FE0E), also one for one: terminals disagree on the width of ``⏺️`` (tmux gives it one cell,
others two, Rich counts two), and a row measured wrong shifts everything after it on the line
(the sidebar's border). In text presentation every party counts the base character's own
width (``wcwidth``), so each row is as wide on screen as Textual laid it out.
"""

from __future__ import annotations

import re

CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

_TABLE = {c: 0x2400 + c for c in range(0x20)}  # U+2400..U+241F: control pictures
_TABLE.update({0x7F: 0x2421, 0x09: 0x20, 0x0A: 0x0A})
_TABLE.update({c: 0xFFFD for c in range(0x80, 0xA0)})
_TABLE[0xFE0F] = 0xFE0E  # VS16 → VS15: see the module docstring


def inert(text: str) -> str:
    """The same text, one character for one, safe to hand to a terminal."""
    return text.translate(_TABLE)
