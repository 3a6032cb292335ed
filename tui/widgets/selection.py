"""Selecting a passage of the article, by keyboard (``v``) or with the mouse.

A selection is two offsets into ``Article.text``. By keyboard it starts on the first word of
the cursor's sentence and one end (the *active* end, ``o`` swaps which) follows the movement
keys: a word (``w``/``W``), a sentence (``)``/``(``), lines and pages (the same column that
many lines away), the top or bottom. The end snaps to whole words and sentences, so a
passage never starts or stops inside a word, and it never becomes empty.

With the mouse, Textual's own text selection is mapped back to offsets: every painted segment
carries ``offset`` metadata of (column in its wrapped line, line index), so the screen's
selection arrives as line/column pairs that the view's line→offset map turns into offsets.

``SelectableText`` is a base of ``ArticleView``: it holds the selection, its key actions,
and what Textual asks of a selectable widget; the view's movement actions ask
``extend_selection`` first.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from rich.style import Style
from textual.geometry import Offset
from textual.message import Message
from textual.selection import Selection

from tui.sentences import trim

if TYPE_CHECKING:
    from tui.model import Article

WORD_RE = re.compile(r"\w+(?:['’.\-]\w+)*")
"""A word as a selection end sees it: "al-Abadi", "Abadi’s" and "U.S" are one word each."""

Move = Literal["word", "sentence", "lines", "edge"]


def offset_meta(column: int, line: int) -> Style:
    """What Textual's selection reads off a painted segment: where its first character is."""
    return Style.from_meta({"offset": (column, line)})


@dataclass(slots=True)
class TextSelection:
    """``[start, end)`` of the text; ``at_end``: the movement keys move ``end`` (else ``start``)."""

    start: int
    end: int
    at_end: bool = True
    by_mouse: bool = False

    @property
    def active(self) -> int:
        return self.end if self.at_end else self.start


@dataclass(frozen=True, slots=True)
class Stops:
    """Where the two ends of a selection may rest: word and sentence edges, sorted."""

    starts: list[int]
    ends: list[int]
    sentence_starts: list[int]
    sentence_ends: list[int]

    @classmethod
    def of(cls, text: str, sentences: list[tuple[int, int]]) -> Stops:
        words = [(m.start(), m.end()) for m in WORD_RE.finditer(text)]
        s_starts = [s for s, _ in sentences]
        s_ends = [e for _, e in sentences]
        return cls(sorted({s for s, _ in words} | set(s_starts)),
                   sorted({e for _, e in words} | set(s_ends)), s_starts, s_ends)


def _step(stops: list[int], pos: int, count: int) -> int:
    """The ``count``-th stop after ``pos`` (before it when negative), or the last one there is."""
    if not stops:
        return pos
    if count > 0:
        i = bisect_right(stops, pos) + count - 1
        return stops[min(i, len(stops) - 1)]
    i = bisect_left(stops, pos) + count
    return stops[max(i, 0)]


class SelectableText:
    """The selection half of ``ArticleView`` (see the module docstring)."""

    class SelectionChanged(Message):
        """The selection moved, appeared (``span`` set) or went away (``span`` None)."""

        def __init__(self, span: tuple[int, int] | None) -> None:
            super().__init__()
            self.span = span

    article: Article
    _selection: TextSelection | None = None
    _stops: Stops | None = None

    @property
    def selected_span(self) -> tuple[int, int] | None:
        """The selected ``[start, end)``, or None when nothing is selected."""
        sel = self._selection
        return (sel.start, sel.end) if sel is not None else None

    @property
    def selection_focus(self) -> int | None:
        """The offset of the character at the selection's moving end (its last character when
        that is the end), or None when nothing is selected: the cursor position of ``e``/``E``."""
        sel = self._selection
        if sel is None:
            return None
        return max(sel.start, sel.end - 1) if sel.at_end else sel.start

    def _show_selection(self, sel: TextSelection | None) -> None:
        self._selection = sel
        self.set_decorations("selection", [(sel.start, sel.end, "selection")] if sel else [])
        self.post_message(self.SelectionChanged(self.selected_span))

    def clear_selection(self) -> None:
        """Forget the selection, the keyboard's and the mouse's."""
        if self._selection is None:
            return
        if self._selection.by_mouse:
            self.screen.clear_selection()
        self._show_selection(None)

    # --- by keyboard ----------------------------------------------------------------------

    def _stops_now(self) -> Stops:
        if self._stops is None:
            self._stops = Stops.of(self.article.text, self.sentences)
        return self._stops

    def action_select(self) -> None:
        """Start a selection on the first word of the cursor's sentence (again: start over)."""
        if not self.sentences:
            return
        if self._selection is not None and self._selection.by_mouse:
            self.screen.clear_selection()
        start = self.sentences[self.cursor][0]
        end = _step(self._stops_now().ends, start, 1)
        self._show_selection(TextSelection(start, max(end, start + 1)))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The selection's own keys act only while there is one (escape is free otherwise)."""
        if action in ("cancel_selection", "swap_selection_end", "word_forward", "word_back"):
            return self._selection is not None
        return True

    def action_cancel_selection(self) -> None:
        self.clear_selection()

    def action_swap_selection_end(self) -> None:
        sel = self._selection
        if sel is not None:
            sel.at_end = not sel.at_end
            self.show_offsets(sel.active, sel.active)

    def action_word_forward(self) -> None:
        self.extend_selection("word", 1)

    def action_word_back(self) -> None:
        self.extend_selection("word", -1)

    def extend_selection(self, move: Move, count: int) -> bool:
        """Move the active end of the selection; False (nothing done) when there is none."""
        sel = self._selection
        if sel is None:
            return False
        stops = self._stops_now()
        ends = stops.ends if sel.at_end else stops.starts
        pos = sel.active
        if move == "word":
            target = _step(ends, pos, count)
        elif move == "sentence":
            target = _step(stops.sentence_ends if sel.at_end else stops.sentence_starts, pos, count)
        elif move == "edge":
            target = _snap(ends, 0 if count < 0 else len(self.article.text), sel.at_end)
        else:
            target = _snap(ends, self._same_column(pos, count), sel.at_end)
        if sel.at_end:
            sel.end = target if target > sel.start else _step(stops.ends, sel.start, 1)
        else:
            sel.start = target if target < sel.end else _step(stops.starts, sel.end, -1)
        self._show_selection(sel)
        self.set_cursor(self.sentence_at(max(0, sel.active - (1 if sel.at_end else 0))), scroll=False)
        self.show_offsets(sel.active, sel.active)
        return True

    def _same_column(self, pos: int, lines: int) -> int:
        line = self.line_of_offset(pos)
        start, _ = self.line_span(line)
        there = max(0, min(self.line_count - 1, line + lines))
        t_start, t_end = self.line_span(there)
        return min(t_start + pos - start, t_end)

    # --- with the mouse (what Textual asks of a selectable widget) -------------------------

    def _offset_of(self, point: Offset | None, default: int) -> int:
        if point is None or not self.line_count:
            return default
        if point.y >= self.line_count:
            return len(self.article.text)
        start, end = self.line_span(max(0, point.y))
        return min(start + max(0, point.x), end)

    def _mouse_span(self, selection: Selection) -> tuple[int, int]:
        start = self._offset_of(selection.start, 0)
        end = self._offset_of(selection.end, len(self.article.text))
        return trim(self.article.text, start, end)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        start, end = self._mouse_span(selection)
        return self.article.text[start:end], "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        if selection is None:
            if self._selection is not None and self._selection.by_mouse:
                self._show_selection(None)
            return
        start, end = self._mouse_span(selection)
        self._show_selection(TextSelection(start, end, by_mouse=True) if start < end else None)


def _snap(stops: list[int], offset: int, at_end: bool) -> int:
    """An end lands after the word it is in; a start at the beginning of its word."""
    if at_end:
        i = bisect_left(stops, offset)
        return stops[min(i, len(stops) - 1)] if stops else offset
    i = bisect_right(stops, offset) - 1
    return stops[max(i, 0)] if stops else offset
