"""A widget's rows for the compositor without Textual's row-keyed line cache.

Textual draws each row of a widget through its ``StylesCache``: the widget's ``render_line``,
then borders, padding, tint and opacity, then the app's line filters, kept by the row's place
in the widget. A view that scrolls by one line shows another line on every row, so that cache
made them all again on each ``j``: the article's 27 rows and its scrollbar's 27, more than
half of a scroll's frame on a 50,000-word article (``benchmarks/analysis_perf.py``'s keys,
100x30). ``rows`` does what that path does for a *plain* widget (none of those styles: the
line padded to the content width with the widget's background, the filters, the crop) on
strips the widget keeps itself, so that a row shown before costs a look-up in the strips'
own caches of their padded and filtered copies.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.style import Style
from textual.geometry import Region
from textual.scrollbar import ScrollBar
from textual.strip import Strip
from textual.widget import Widget


def is_plain(widget: Widget) -> bool:
    """Whether ``widget`` has none of the styles ``StylesCache`` draws besides its lines:
    border, padding, outline, tint, opacity, text opacity, hatch."""
    styles = widget.styles
    return not (any(styles.gutter) or any(edge for edge, _ in styles.outline) or styles.tint.a
                or widget.opacity != 1 or styles.text_opacity != 1 or styles.has_rule("hatch"))


def rows(widget: Widget, crop: Region, line: Callable[[int], Strip]) -> list[Strip]:
    """The rows of ``crop`` (a region of plain ``widget``) as Textual's ``StylesCache`` makes
    them, from ``line(y)``, the content line on row ``y``."""
    under, background = widget.background_colors
    pad = Style(bgcolor=(under + background).rich_color)  # what StylesCache pads with (its "inner")
    width = widget.content_region.width
    filters = widget.get_line_filters()
    strips = []
    for y in crop.line_range:
        strip = line(y).adjust_cell_length(width, pad)
        for line_filter in filters:
            strip = strip.apply_filter(line_filter, background)
        strips.append(strip)
    left, right = crop.column_span
    if (left, right) != (0, widget.region.width):
        strips = [strip.crop(left, right) for strip in strips]
    return strips


class PlainScrollBar(ScrollBar):
    """Textual's scrollbar with its rows made by ``rows``: each move of the view moved its
    thumb, and ``StylesCache`` made all its rows again, as many as the view's."""

    def render_lines(self, crop: Region) -> list[Strip]:
        if not is_plain(self):
            return super().render_lines(crop)
        return rows(self, crop, self.render_line)
