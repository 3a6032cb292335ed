"""Text told on one line of a terminal: a status line, a table cell, a list row.

One place for it, so that every command and the reader flatten, clean and cut text alike.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # text from the web or an import must not drive the terminal


def one_line(text: str) -> str:
    """Line breaks and runs of spaces told as one space."""
    return " ".join(text.split())


def clip(text: str, width: int) -> str:
    """``text`` on one line, control characters shown as ``?``, cut to ``width`` with an ellipsis."""
    flat = _CONTROL.sub("?", one_line(text))
    return flat if len(flat) <= width else flat[: width - 1] + "…"
