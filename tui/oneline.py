"""Text from outside shown on a terminal: the one sanitiser, and lines, cells and JSON built on it.

Every string that reaches a screen or a terminal — the reader's text, titles, panes, tables,
toasts, dialogs, error lines on stderr — passes through :func:`inert` (or :func:`line`,
:func:`clip`, :func:`dumps`, which use it), so that text from a web page, a feed, a file or an
import can never drive the terminal: no ``ESC [2J`` clearing the screen, no OSC 52 writing the
clipboard, no OSC 0/2 retitling the window, no OSC 8 link, no C1 control, and no bidi override
reordering what is shown around it (CVE-2021-42574, "Trojan Source").

Core: imports neither Textual nor Rich, so the CLI and the UI share it.
"""

from __future__ import annotations

import json
import re
from typing import Any

# What a terminal would obey rather than print: C0 but tab and newline, DEL, C1, and the bidi
# embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069; the marks U+200E/U+200F
# open no run and stay, as Arabic and Hebrew text needs them).
CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

_TABLE = {c: 0x2400 + c for c in range(0x20)}  # U+2400..U+241F: control pictures (␛ for ESC)
_TABLE.update({0x7F: 0x2421, 0x09: 0x20, 0x0A: 0x0A})
_TABLE.update({c: 0xFFFD for c in (*range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A))})
_TABLE[0xFE0F] = 0xFE0E  # VS16 → VS15: see inert's docstring


def inert(text: str) -> str:
    """The same text, one character for one (offsets hold), safe to hand to a terminal.

    Each character of ``CONTROL_RE`` becomes a visible stand-in: a C0 control its control
    picture (ESC → ``␛``, BEL → ``␇``), DEL ``␡``, a C1 control or a bidi control ``�``
    (U+FFFD); a tab becomes a space and a newline stays.

    An emoji presentation selector (VS16, U+FE0F) becomes the text presentation one (VS15,
    U+FE0E), also one for one: terminals disagree on the width of ``⏺️`` (tmux gives it one
    cell, others two, Rich counts two), and a row measured wrong shifts everything after it on
    the line (the sidebar's border). In text presentation every party counts the base
    character's own width (``wcwidth``), so each row is as wide on screen as Textual laid it out.
    """
    return text.translate(_TABLE)


def unless_edited(value: str, original: str) -> str:
    """What an input field that showed ``inert(original)`` holds: ``original`` itself when the
    reader left the field as shown (so an imported note is saved as it was, not as shown),
    else ``value`` as typed."""
    return original if value == inert(original) else value


def one_line(text: str) -> str:
    """Line breaks and runs of spaces told as one space."""
    return " ".join(text.split())


def line(text: str) -> str:
    """``text`` as one inert line: for an error line, a toast, a table cell."""
    return inert(one_line(text))


def cells(text: str) -> int:
    """How many terminal cells ``text`` (already inert, one line) takes, as terminals count
    them (``wcwidth``: a CJK character or an emoji two, a combining mark none)."""
    from wcwidth import wcswidth, wcwidth

    width = wcswidth(text)
    return width if width >= 0 else sum(max(0, wcwidth(c)) for c in text)


def clip(text: str, width: int) -> str:
    """``text`` as one inert line, cut to ``width`` terminal cells with an ellipsis (a wide
    character that would straddle the edge goes too)."""
    flat = line(text)
    if cells(flat) <= width:
        return flat
    out, used = [], 0
    for ch in flat:
        w = cells(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` terminal cells: a column of a table whose
    rows line up on screen whatever their scripts."""
    return text + " " * max(0, width - cells(text))


def dumps(data: Any, *, indent: int | None = None) -> str:
    """JSON for a terminal or a file: non-ASCII text kept readable, but every character of
    ``CONTROL_RE`` written as a ``\\uXXXX`` escape, so the JSON still holds the text exactly
    while a terminal showing it sees no control (``json`` escapes only C0 of its own accord)."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    # outside strings JSON has no such characters, so every match is inside a string
    return CONTROL_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
