"""The article itself: a Line-API scroll view that wraps, paints and decorates ``Article.text``.

Why the Line API (as Toolong does): a 50,000-word article is a few thousand wrapped lines,
and only the twenty or so on screen are ever turned into strips. Wrapping is one pass that
jumps from break to break with ``str.rfind`` (no per-word loop for ordinary text), and every
wrapped line keeps its ``[start, end)`` code-point offsets into ``Article.text`` so that any
span of the engine, the store or the search maps straight to cells.

Safety: the text is content. It becomes ``Segment`` text directly (never parsed as markup),
and control characters (C0 but newline, DEL, C1, so ESC and the start of every terminal
sequence, and the bidi overrides and isolates) are shown as visible, dimmed stand-ins, one
character for one, so offsets hold (``tui.oneline.inert``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.css.styles import RenderStyles
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar
from textual.strip import Strip

from tui.model import NOTE_COLOURS
from tui.highlights import ENTITY_GROUPS
from tui.model import Article
from tui.widgets.bindings import VIEW_KEYS, bindings
from tui.widgets.plain_rows import PlainScrollBar, is_plain, rows
from tui.oneline import CONTROL_RE, inert
from tui.widgets.selection import SelectableText, offset_meta

READING_WIDTH = 88
"""Widest line of text: long lines are hard to read, so wide terminals get margins."""

MARGIN = 2
"""Cells kept blank on each side of the text when the terminal is narrower than a line."""

PARAGRAPHS_RE = re.compile(r"[^\n]+(?:\n[^\n]+)*")

OVER_CURSOR = ("navigation", "search", "selection")
"""Layers painted above the cursor: the claim or event the reader moved to, search matches,
the passage being selected."""

Decoration = tuple[int, int, str]
"""``(start, end, style)``: a span of Article.text and a style name of ``ArticleView``."""


PLAIN_CLASSES = frozenset({
    "article-view--title",
    "article-view--cursor",
    "article-view--control",
    "article-view--search",
    "article-view--search-current",
    "article-view--h1",
    "article-view--h2",
    "article-view--h3",
    "article-view--h4",
    "article-view--h5",
    "article-view--h6",
    "article-view--em",
    "article-view--strong",
    "article-view--code",
    "article-view--quote",
    "article-view--list_item",
    "article-view--link",
})
"""The component classes of the text's own look (styles/reader.tcss): the title, the cursor,
control characters, search matches, the structure of a rich source."""
DECORATION_CLASSES = frozenset({
    # the analysis (styles/entities.tcss)
    *(f"article-view--ent-{group}" for group in ENTITY_GROUPS),
    "article-view--claim-content",
    "article-view--claim-cue",
    "article-view--claim-source",
    "article-view--event-what",
    "article-view--event-who",
    "article-view--event-whom",
    "article-view--event-where",
    "article-view--event-when",
    "article-view--focus",
    # notes and the selection (styles/annotations.tcss)
    *(f"article-view--note-{colour}" for colour in NOTE_COLOURS),
    "article-view--selection",
})
"""The component classes of what is laid over the text (``set_decorations``): styled from
the first of them set on the view (``ArticleView._get_component_classes``)."""


@dataclass(slots=True)
class _Layer:
    spans: list[Decoration]
    starts: list[int]
    longest: int

    @classmethod
    def of(cls, spans: list[Decoration]) -> _Layer:
        ordered = sorted(spans)
        return cls(ordered, [s for s, _, _ in ordered], max((e - s for s, e, _ in ordered), default=0))

    def overlapping(self, start: int, end: int) -> list[Decoration]:
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        return [d for d in self.spans[lo:hi] if d[1] > start and d[0] < end]


class ArticleView(SelectableText, ScrollView, can_focus=True):
    """The reading view: wrapped text, a cursor on the current sentence, decoration layers.

    Later features decorate through ``set_decorations(layer, spans)``; a layer replaces only
    itself, so search, entities, claims and notes never clobber each other. Style names are
    component classes (``article-view--NAME``) styled in ``styles/*.tcss``. While a passage
    is selected (``SelectableText``), the movement actions move the selection's end instead.
    """

    BINDINGS = bindings(VIEW_KEYS)

    COMPONENT_CLASSES = {*PLAIN_CLASSES, *DECORATION_CLASSES}
    _decorated = False
    """Whether a decoration was set: the stylesheet styles ``DECORATION_CLASSES`` from then on."""

    class CursorMoved(Message):
        """The reading cursor is on another sentence (``index`` into ``sentences``)."""

        def __init__(self, view: ArticleView, index: int, start: int, end: int) -> None:
            super().__init__()
            self.view = view
            self.index = index
            self.start = start
            self.end = end

    def __init__(
        self,
        article: Article,
        sentences: list[tuple[int, int]],
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.article = article
        self._display = inert(article.text)
        self._paragraphs = article.paragraphs or [
            (m.start(), m.end()) for m in PARAGRAPHS_RE.finditer(article.text)
        ]
        self._tight = _tight_paragraphs(self._paragraphs, article)
        self._sentences = sentences or [(s, e) for s, e in self._paragraphs]
        self._sentence_starts = [s for s, _ in self._sentences]
        self._cursor = 0
        self._layers: dict[str, _Layer] = {}
        base: list[Decoration] = [(s.start, s.end, s.kind) for s in article.styles]
        if article.title and article.text.startswith(article.title):
            base.append((0, len(article.title), "title"))
        base += [(m.start(), m.end(), "control") for m in CONTROL_RE.finditer(article.text)]
        self._layers["text"] = _Layer.of(base)
        self._width = -1
        """The view's width the text was last wrapped for (-1: never)."""
        self._wrap_width = 0
        self._margin = 0
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._matches: list[tuple[int, int]] = []
        self._match = -1
        self.wrapped: str | None = None
        """The end of the article the last move to a match ran past, or None."""
        self._strips: LRUCache[int, Strip] = LRUCache(1024)
        self._styles: dict[str, Style] = {}

    # --- geometry -------------------------------------------------------------------------

    @property
    def line_count(self) -> int:
        return len(self._starts)

    @property
    def page_height(self) -> int:
        return max(1, self.scrollable_content_region.height)

    def line_of_offset(self, offset: int) -> int:
        """The wrapped line that shows ``offset`` (or the nearest one before it)."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def line_span(self, line: int) -> tuple[int, int]:
        return self._starts[line], self._ends[line]

    def on_resize(self) -> None:
        self._fit(self.scrollable_content_region.width)

    def _fit(self, width: int) -> None:
        """Wrap the text for a view ``width`` cells wide, keeping the top line's text in view.

        Called on a resize, and by the first ``render_line`` when the view has never been
        wrapped for its width: the Resize event comes after the first frame is drawn, and
        that frame must already hold the text (first paint)."""
        self._width = width
        wrap = max(10, min(READING_WIDTH, width - 2 * MARGIN))
        self._margin = max(0, (width - wrap) // 2)
        if wrap == self._wrap_width:
            self._strips.clear()
            return
        anchor = self._starts[int(self.scroll_y)] if self._starts else 0
        self._wrap_width = wrap
        self._starts, self._ends = _wrap(self._display, self._paragraphs, wrap, self._tight)
        self._strips.clear()
        self.virtual_size = Size(width, len(self._starts))
        self.scroll_to(y=self.line_of_offset(anchor), animate=False)

    # --- painting -------------------------------------------------------------------------

    def watch_has_focus(self, has_focus: bool) -> None:
        """No restyle when the focus comes or goes (Textual's default): no style of the view
        depends on it (``tests/test_reader_view.py`` checks the stylesheet), and a restyle
        goes through its thirty-odd component classes, ~6 ms, one of them before the first
        frame."""

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._strips.clear()

    def _get_component_classes(self) -> frozenset[str]:  # type: ignore[override]
        """The component classes the stylesheet styles on each restyle of the view (Textual's
        classmethod gives them all): the text's own, and the decorations' once one is set.
        The view is restyled twice before its first frame (mounted, then its screen resumed),
        each time through every class; the decorations' twenty, which no first frame shows,
        were ~17 million instructions of the sample's (100x30, callgrind)."""
        return frozenset(self.COMPONENT_CLASSES) if self._decorated else PLAIN_CLASSES

    def get_component_styles(self, *names: str) -> RenderStyles:
        """Textual's, with the decorations' classes styled first when one is asked for."""
        if not PLAIN_CLASSES.issuperset(names):
            self._style_decorations()
        return super().get_component_styles(*names)

    def _style_decorations(self) -> None:
        """Style ``DECORATION_CLASSES`` from now on, starting now if the view is mounted (else
        its mount does): painting the first decoration needs them. The app's stylesheets of
        them are read first if it reads them after its first frame and has not yet
        (``NewsreadApp.read_later_styles``): what is read from these styles may be kept
        (the sidebar's legend), and must not be read from a stylesheet without them."""
        if not self.is_mounted:
            self._decorated = True
            return
        read_later = getattr(self.app, "read_later_styles", None)
        if read_later is not None:
            read_later()  # nothing once read
        if not self._decorated:
            self._decorated = True
            self.app.stylesheet.apply(self)

    def _style(self, name: str) -> Style:
        """The style of a component class, translucent colours blended over the view's own
        background (a terminal has no alpha: ``$primary 20%`` must become a real colour)."""
        style = self._styles.get(name)
        if style is None:
            styles = self.get_component_styles(f"article-view--{name}")
            style = styles.partial_rich_style
            under = self.background_colors[1]
            for rule, attribute in (("background", "bgcolor"), ("color", "color")):
                colour = styles.get_rule(rule)
                if colour is not None and 0 < colour.a < 1:
                    style += Style(**{attribute: (under + colour).rich_color})
            self._styles[name] = style
        return style

    def render_line(self, y: int) -> Strip:
        return self._line(int(self.scroll_y) + y, self._fitted_width())

    def _fitted_width(self) -> int:
        """The text's width in cells, the lines wrapped again first when it has changed."""
        width = self.scrollable_content_region.width
        if width != self._width:
            self._fit(width)
        return width

    def _line(self, index: int, width: int) -> Strip:
        """Wrapped line ``index`` painted ``width`` cells wide (kept until it changes)."""
        if index >= len(self._starts):
            return Strip.blank(width, self.rich_style)
        strip = self._strips.get(index)
        if strip is None:
            strip = self._strips[index] = self._render_wrapped(index, width)
        return strip

    def render_lines(self, crop: Region) -> list[Strip]:
        """The rows of ``crop``, each wrapped line's kept strip (``_line``) made a row by
        ``plain_rows.rows``: Textual's own path kept rows by their place on screen, so a
        scroll by one line made all of them again; here it renders only the line it brings
        in. Given a border, padding or the like (none in ``styles/reader.tcss``), Textual's
        own path draws them."""
        if not is_plain(self):
            return super().render_lines(crop)
        text_width = self._fitted_width()
        top = int(self.scroll_y)
        return rows(self, crop, lambda y: self._line(top + y, text_width))

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        """The view's scrollbar, made on first use as Textual's own is, but a ``PlainScrollBar``."""
        if self._vertical_scrollbar is None:
            bar = self._vertical_scrollbar = PlainScrollBar(
                vertical=True, name="vertical", thickness=self.scrollbar_size_vertical)
            bar.display = False
            self.app._start_widget(self, bar)
        return self._vertical_scrollbar

    def _render_wrapped(self, index: int, width: int) -> Strip:
        start, end = self._starts[index], self._ends[index]
        base = self.rich_style
        spans: list[Decoration] = []
        for name, layer in self._layers.items():
            if name not in OVER_CURSOR:
                spans += layer.overlapping(start, end)
        if self._sentences:
            c_start, c_end = self._sentences[self._cursor]
            if c_start < end and c_end > start:
                spans.append((c_start, c_end, "cursor"))
        for name in OVER_CURSOR:  # paint over the cursor, so they stay visible on it
            layer = self._layers.get(name)
            if layer is not None:
                spans += layer.overlapping(start, end)
        cuts = sorted({start, end, *(max(start, s) for s, _, _ in spans), *(min(end, e) for _, e, _ in spans)})
        # every cell carries its (column, line): Textual's mouse selection reads it (selection.py)
        segments = [Segment(" " * self._margin, base + offset_meta(-self._margin, index))]
        for a, b in zip(cuts, cuts[1:]):
            style = base
            for s, e, name in spans:
                if s <= a and e >= b:
                    style += self._style(name)
            segments.append(Segment(self._display[a:b], style + offset_meta(a - start, index)))
        return Strip(segments).adjust_cell_length(width, base)

    def _refresh_offsets(self, start: int, end: int) -> None:
        """Repaint the lines that show ``[start, end)`` (after the cursor or a layer moved)."""
        if not self._starts:
            return
        first, last = self.line_of_offset(start), self.line_of_offset(max(start, end - 1))
        if last - first >= len(self._strips):  # a long stretch (a whole analysis): fewer strips kept than lines
            self._strips.clear()
        else:
            for line in range(first, last + 1):
                self._strips.discard(line)
        self.refresh_lines(first, last - first + 1)  # ScrollView's: lines of the whole text, not the screen

    # --- decorations ----------------------------------------------------------------------

    def set_decorations(self, layer: str, spans: list[Decoration]) -> None:
        """Replace one layer of highlights (``[]`` clears it); unknown styles fail at once."""
        for _, _, name in spans:
            if f"article-view--{name}" not in self.COMPONENT_CLASSES:
                raise ValueError(f"no style {name!r}: add article-view--{name} to COMPONENT_CLASSES")
        if not self._decorated and any(f"article-view--{name}" in DECORATION_CLASSES for _, _, name in spans):
            self._style_decorations()
        old = self._layers.get(layer)
        if spans:
            self._layers[layer] = _Layer.of(spans)
        elif self._layers.pop(layer, None) is None:
            return  # cleared already: nothing to repaint
        # repaint only the lines the layer covered or covers (a selection grown by a word, not the page)
        touched = [x for x in (old, self._layers.get(layer)) if x is not None]
        self._refresh_offsets(min(x.starts[0] for x in touched), max(x.starts[-1] + x.longest for x in touched))

    # --- search ---------------------------------------------------------------------------

    def search(self, query: str, origin: int | None = None) -> int:
        """Highlight every match (smart case: case-blind unless the query has a capital) and
        go to the first one at or after ``origin`` (an offset; the cursor's sentence by
        default), round to the first of the article when there is none after it
        (``wrapped`` says so). Returns the number of matches."""
        flags = 0 if any(c.isupper() for c in query) else re.IGNORECASE
        self._matches = [
            (m.start(), m.end()) for m in re.finditer(re.escape(query), self.article.text, flags)
        ] if query else []
        if not self._matches:
            self._match = -1
            self.wrapped = None
            self.set_decorations("search", [])
            return 0
        if origin is None:
            origin = self._sentences[self._cursor][0] if self._sentences else 0
        first = bisect_left(self._matches, (origin, 0))
        self._match = first - 1
        self.step_match(1)
        return len(self._matches)

    @property
    def match_position(self) -> tuple[int, int]:
        """``(current, total)``, current counted from 1 (0 when there is no match)."""
        return self._match + 1, len(self._matches)

    def step_match(self, delta: int) -> None:
        """Go to the next (``1``) or previous (``-1``) match, wrapping around the article
        (``wrapped`` is then "BOTTOM" or "TOP", the end it ran past, as less and vim say)."""
        if not self._matches:
            return
        target = self._match + delta
        self.wrapped = "BOTTOM" if target >= len(self._matches) else "TOP" if target < 0 else None
        self._match = target % len(self._matches)
        spans = [(s, e, "search") for s, e in self._matches]
        spans[self._match] = (*self._matches[self._match], "search-current")
        self.set_decorations("search", spans)
        start, end = self._matches[self._match]
        self.set_cursor(self.sentence_at(start), scroll=False)
        self.show_offsets(start, end)

    # --- the reading cursor ---------------------------------------------------------------

    @property
    def sentences(self) -> list[tuple[int, int]]:
        return self._sentences

    @property
    def cursor(self) -> int:
        return self._cursor

    @property
    def cursor_text(self) -> str:
        start, end = self._sentences[self._cursor]
        return self.article.text[start:end]

    def sentence_at(self, offset: int) -> int:
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    def set_cursor(self, index: int, *, scroll: bool = True) -> None:
        """Put the cursor on sentence ``index`` and, unless told not to, bring it into view."""
        if not self._sentences:
            return
        index = max(0, min(index, len(self._sentences) - 1))
        if index != self._cursor:
            self._refresh_offsets(*self._sentences[self._cursor])
            self._cursor = index
            self._refresh_offsets(*self._sentences[index])
            self.post_message(self.CursorMoved(self, index, *self._sentences[index]))
        if scroll:
            self.show_offsets(*self._sentences[index])

    def show_offsets(self, start: int, end: int) -> None:
        """Scroll as little as possible so that ``[start, end)`` is on screen (its start first)."""
        if not self._starts:
            return
        first, last = self.line_of_offset(start), self.line_of_offset(max(start, end - 1))
        top, height = int(self.scroll_y), self.page_height
        if first < top:
            self._scroll_top(first)
        elif last >= top + height:
            self._scroll_top(min(first, last - height + 1))

    def _scroll_top(self, line: int) -> None:
        self.scroll_to(y=max(0, min(line, self.line_count - self.page_height)), animate=False)

    def _follow(self, top: int) -> None:
        """Less-like: the view moved, so keep the cursor on a sentence that is still visible."""
        if not self._sentences or not self._starts:
            return
        bottom = min(self.line_count, top + self.page_height) - 1
        c_start, c_end = self._sentences[self._cursor]
        if self.line_of_offset(max(c_start, c_end - 1)) < top:
            first = self.sentence_at(self._starts[top])
            if self._sentence_starts[first] < self._starts[top] and first + 1 < len(self._sentences):
                if self.line_of_offset(self._sentence_starts[first + 1]) <= bottom:
                    first += 1
            self.set_cursor(first, scroll=False)
        elif self.line_of_offset(c_start) > bottom:
            self.set_cursor(self.sentence_at(self._ends[bottom] - 1), scroll=False)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """Whatever scrolled (keys, wheel, scrollbar), the cursor stays in view."""
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value):
            self._follow(round(new_value))

    def scroll_lines(self, delta: int) -> None:
        if self.extend_selection("lines", delta):
            return
        self._scroll_top(int(self.scroll_y) + delta)

    def offset_at(self, x: int, y: int) -> int | None:
        """The text offset under the cell ``(x, y)`` of the view, ``None`` off the text."""
        line = int(self.scroll_y) + y
        if not 0 <= line < self.line_count:
            return None
        start, end = self._starts[line], self._ends[line]
        column = x - self._margin
        if column < 0 or start == end:
            return None
        for offset in range(start, end):
            column -= cell_len(self._display[offset])
            if column < 0:
                return offset
        return None

    def on_click(self, event: events.Click) -> None:
        offset = self.offset_at(event.x, event.y)
        if offset is not None:
            self.set_cursor(self.sentence_at(offset), scroll=False)

    # --- actions (bound by the reader screen, offered by the palette) -----------------------

    def action_line_down(self) -> None:
        self.scroll_lines(1)

    def action_line_up(self) -> None:
        self.scroll_lines(-1)

    def action_page_down(self) -> None:
        self.scroll_lines(self.page_height)

    def action_page_up(self) -> None:
        self.scroll_lines(-self.page_height)

    def action_half_page_down(self) -> None:
        self.scroll_lines(self.page_height // 2)

    def action_half_page_up(self) -> None:
        self.scroll_lines(-(self.page_height // 2))

    def action_top(self) -> None:
        if self.extend_selection("edge", -1):
            return
        self._scroll_top(0)
        self.set_cursor(0, scroll=False)

    def action_bottom(self) -> None:
        if self.extend_selection("edge", 1):
            return
        self._scroll_top(self.line_count)
        self.set_cursor(len(self._sentences) - 1, scroll=False)

    def action_next_sentence(self) -> None:
        if self.extend_selection("sentence", 1):
            return
        self.set_cursor(self._cursor + 1)

    def action_previous_sentence(self) -> None:
        if self.extend_selection("sentence", -1):
            return
        self.set_cursor(self._cursor - 1)


def _tight_paragraphs(paragraphs: list[tuple[int, int]], article: Article) -> frozenset[int]:
    """Paragraphs that follow another item of the same list: no blank line before them."""
    items = {(s.start, s.end) for s in article.styles if s.kind == "list_item"}
    return frozenset(
        n for n in range(1, len(paragraphs)) if paragraphs[n] in items and paragraphs[n - 1] in items
    )


def _wrap(
    display: str, paragraphs: list[tuple[int, int]], width: int, tight: frozenset[int] = frozenset()
) -> tuple[list[int], list[int]]:
    """Greedy word wrap of every paragraph, a blank line between paragraphs (not list items).

    Returns parallel lists of line starts and ends (offsets into the text; a blank line is
    ``(start of the next paragraph, same)``). Hard line breaks inside a paragraph are kept.
    """
    starts: list[int] = []
    ends: list[int] = []
    for number, (p_start, p_end) in enumerate(paragraphs):
        if number and number not in tight:
            starts.append(p_start)
            ends.append(p_start)
        line_start = p_start
        while line_start <= p_end:
            nl = display.find("\n", line_start, p_end)
            line_end = p_end if nl < 0 else nl
            _wrap_line(display, line_start, line_end, width, starts, ends)
            line_start = line_end + 1
    return starts, ends


def _wrap_line(display: str, pos: int, end: int, width: int, starts: list[int], ends: list[int]) -> None:
    if not display[pos:end].isascii() and cell_len(display[pos:end]) != end - pos:
        _wrap_cells(display, pos, end, width, starts, ends)
        return
    while end - pos > width:
        brk = display.rfind(" ", pos, pos + width + 1)
        if brk <= pos:
            starts.append(pos)
            ends.append(pos + width)
            pos += width
            continue
        starts.append(pos)
        ends.append(brk)
        pos = brk + 1
        while pos < end and display[pos] == " ":
            pos += 1
    starts.append(pos)
    ends.append(end)


def _wrap_cells(display: str, pos: int, end: int, width: int, starts: list[int], ends: list[int]) -> None:
    """The slow path, for lines with wide (CJK, emoji) or zero-width characters."""
    emitted = len(starts)
    line_start: int | None = None
    line_end, used = pos, 0
    for word in re.finditer(r"\S+", display[pos:end]):
        w_start, w_end = pos + word.start(), pos + word.end()
        cells = cell_len(word.group())
        if line_start is not None:
            gap = cell_len(display[line_end:w_start])
            if used + gap + cells <= width:
                used += gap + cells
                line_end = w_end
                continue
            starts.append(line_start)
            ends.append(line_end)
        while cells > width:  # a word wider than the line: cut it by characters
            cut = w_start + 1
            while cut < w_end and cell_len(display[w_start:cut + 1]) <= width:
                cut += 1
            starts.append(w_start)
            ends.append(cut)
            w_start = cut
            cells = cell_len(display[w_start:w_end])
        line_start, line_end, used = w_start, w_end, cells
    if line_start is not None:
        starts.append(line_start)
        ends.append(line_end)
    elif len(starts) == emitted:
        starts.append(pos)
        ends.append(end)
