"""A sidebar row laid out for the width it is given: a name cut with an ellipsis, and what is
said of it (a type and a count) kept whole at the row's right edge.

Left to Textual's wrapping, a row such as "Port of Spain  place ×3" broke between the type and
its count on a narrow sidebar (a no-break space did not hold them: Textual's ``Content`` wraps
at any whitespace), so the count stood alone on a line of its own and the rows went ragged. A
``FittedRow`` is one line (two with ``more``) at every width: a reader scanning the column finds
every count at the same place, and a cut name says so with "…".
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

GAP = 2
"""Cells at least between the name (with its mark) and the tail."""
MIN_HANGING = 8
"""Cells a hanging row's later lines need beside their indent to be worth indenting."""


def cut(content: Content, width: int) -> Content:
    """``content`` as is if it fits in ``width`` cells, else cut to ``width`` with "…" as
    its last cell, no space before it ("Federation of…", not "Federation of …"); nothing at
    a width of 0 or less."""
    if content.cell_length <= width:
        return content
    if width <= 0:
        return Content("")
    return Content.assemble(content.truncate(width - 1).rstrip(), "…")


@dataclass(frozen=True, eq=False)
class FittedRow(Visual):
    """``name`` then ``mark`` on the left, ``tail`` at the right edge, on one line of the
    row's width: the name is cut (an ellipsis ending it) so that the mark and the tail show
    whole; ``more``, if any, is a second line cut to the width likewise. On a width too
    narrow even for the mark and the tail, the whole line is cut at its end."""

    name: Content
    tail: Content
    mark: Content = Content("")
    more: Content | None = None

    @property
    def content(self) -> Content:
        """The row's words on their own (no layout): what a copy or a test reads."""
        line = Content.assemble(self.name, self.mark, " " * GAP, self.tail)
        return line if self.more is None else Content("\n").join([line, self.more])

    @property
    def plain(self) -> str:
        """``content``'s text, as ``Content.plain`` (an option's prompt is read so)."""
        return self.content.plain

    def lines(self, width: int) -> list[Content]:
        """The row's lines at ``width`` cells, none longer (shorter only if all fits)."""
        fixed = self.mark.cell_length + GAP + self.tail.cell_length
        name = cut(self.name, max(width - fixed, 1))
        left = Content.assemble(name, self.mark)
        line = Content.assemble(left, " " * max(width - left.cell_length - self.tail.cell_length, GAP), self.tail)
        lines = [cut(line, width)]
        if self.more is not None:
            lines.append(cut(self.more, width))
        return lines

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        return Content("\n").join(self.lines(width)).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max(line.cell_length for line in self.content.split("\n"))

    def get_height(self, rules: RulesMap, width: int) -> int:
        return 1 if self.more is None else 2


@dataclass(frozen=True, eq=False)
class HangingRow(Visual):
    """``content`` wrapped to the row's width with its second and later lines indented by
    ``indent`` cells, so that where one row ends and the next begins shows at the left edge
    (a claim's or an event's words ran on flush with the next row's first word)."""

    content: Content
    indent: int = 2

    @property
    def plain(self) -> str:
        """``content``'s text, as ``Content.plain`` (an option's prompt is read so)."""
        return self.content.plain

    def lines(self, width: int) -> list[Content]:
        """The row's lines at ``width`` cells: the first as wrapped, the others indented (not
        on a width that leaves them fewer than ``MIN_HANGING`` cells: a narrow row wraps flush)."""
        indent = self.indent if width - self.indent >= MIN_HANGING else 0
        lines = [line.rstrip() for line in self.content.wrap(max(width - indent, 1))]
        return lines[:1] + [Content.assemble(" " * indent, line) for line in lines[1:]]

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        return Content("\n").join(self.lines(width)).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.content.cell_length

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self.lines(width))
