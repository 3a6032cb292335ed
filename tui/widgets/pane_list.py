"""What every sidebar pane is made of: a list moved through with the reader's own keys, that
lays out its rows a page at a time, and article words made into a row (inert, on one line,
cut to an excerpt).

Its own module so that the analysis panes (``tui.widgets.sidebar``) and the Notes pane
(``tui.widgets.notes_pane``) both build on it without importing each other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.oneline import inert

EXCERPT = 60
"""Characters of article text a row shows at most (the ellipsis included)."""

PAGE = 100
"""Rows a pane lays out at a time. Textual's OptionList measures every option as it is added
(its height at the list's width), so a long article's thousands of rows froze the reader for
seconds; a pane gets a page of them, the next page when the selection reaches the last row
laid out, or at once the row a move needs (``show_row``)."""

Row = Callable[[], Option]
"""Makes one row of a pane, when the row is laid out."""


class PaneList(OptionList):
    """A pane's rows, moved through with the reader's own j/k/g/G.

    Rows given as ``rows`` (``set_rows``) are made and laid out a ``PAGE`` at a time; rows
    added as options (``add_options``) are laid out at once, as OptionList's.
    """

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]

    def __init__(self, *, rows: Sequence[Row] = (), separated: bool = False, id: str | None = None) -> None:
        """``rows``: the pane's rows, each made when it is laid out; ``separated``: a rule
        between rows (a separator, which OptionList does not count as a row)."""
        self._rows: Sequence[Row] = rows
        self._separated = separated
        super().__init__(*self._made(0, PAGE), id=id)

    def set_rows(self, rows: Sequence[Row], keep: int | None = None) -> None:
        """Replace the rows (a page laid out); the selection on row ``keep`` (or the last
        row, if there are fewer now), else on none."""
        self.clear_options()
        self._rows = rows
        self.add_options(self._made(0, PAGE))
        if keep is not None and rows:
            self.show_row(min(keep, len(rows) - 1))

    def show_row(self, row: int) -> None:
        """Select row ``row``, laid out first if it is not yet (to the end of its page)."""
        self._lay_out(row + PAGE)
        self.highlighted = row

    def _lay_out(self, end: int) -> None:
        """Lay out the rows before ``end``."""
        start = self.option_count
        if start < min(end, len(self._rows)):
            self.add_options(self._made(start, end))

    def _made(self, start: int, end: int) -> list[Option | None]:
        """Rows ``start`` to ``end`` made, a separator after each but the pane's last."""
        out: list[Option | None] = []
        last = len(self._rows) - 1
        for i, make in enumerate(self._rows[start:end], start):
            out.append(make())
            if self._separated and i < last:
                out.append(None)  # after the row, not before the next: a leading None re-measures the list
        return out

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """The selection on the last row laid out, or the last but one (the last may be a
        claims pane's header, which the selection skips): lay out the next page."""
        if event.option_list is self and event.option_index >= self.option_count - 2:
            self._lay_out(self.option_count + PAGE)

    def action_last(self) -> None:
        """G: the last row, every row laid out first (the one move that needs them all)."""
        self._lay_out(len(self._rows))
        super().action_last()


def _flat(text: str) -> str:
    """Article words for a row: inert (never markup or control), line breaks as spaces."""
    return inert(" ".join(text.split()))


def _excerpt(text: str) -> str:
    """``_flat`` text cut to ``EXCERPT`` characters, an ellipsis marking the cut: after the
    last whole word that fits ("…costs and over…", not "…and over c…"), or inside a word
    when that would leave less than half of them (one very long word, an address)."""
    flat = _flat(text)
    if len(flat) <= EXCERPT:
        return flat
    space = flat.rfind(" ", 0, EXCERPT)
    return flat[: space if space >= EXCERPT // 2 else EXCERPT - 1].rstrip() + "…"
