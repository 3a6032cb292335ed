"""What every sidebar pane is made of: a list moved through with the reader's own keys, and
article words made into a row (inert, on one line, cut to an excerpt).

Its own module so that the analysis panes (``tui.widgets.sidebar``) and the Notes pane
(``tui.widgets.notes_pane``) both build on it without importing each other.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList

from tui.oneline import inert

EXCERPT = 60
"""Characters of article text a row shows at most (the ellipsis included)."""


class PaneList(OptionList):
    """A pane's rows, moved through with the reader's own j/k/g/G."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]


def _flat(text: str) -> str:
    """Article words for a row: inert (never markup or control), line breaks as spaces."""
    return inert(" ".join(text.split()))


def _excerpt(text: str) -> str:
    """``_flat`` text cut to ``EXCERPT`` characters, an ellipsis marking the cut."""
    flat = _flat(text)
    return flat if len(flat) <= EXCERPT else flat[: EXCERPT - 1].rstrip() + "…"
