"""The reading screen: header, the article (with a sidebar slot), search line, status, footer.

Later features compose onto it: the analysis fills ``sidebar`` and writes counts with
``set_status``; entities, claims and notes decorate ``view`` through its layers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Footer, Input, Label

from tui.model import Article
from tui.oneline import one_line
from tui.screens.frames import PromptScreen
from tui.screens.reader_analysis import AnalysisScreen
from tui.screens.reader_annotations import AnnotationScreen
from tui.screens.reader_reviews import ReviewScreen
from tui.sentences import split_sentences
from tui.widgets.article_view import ArticleView
from tui.widgets.bindings import READER_KEYS, bindings
from tui.oneline import inert

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class SearchInput(Input):
    """The ``/`` line: matches show as the query is typed, Enter keeps them, escape gives up;
    ↑/↓ bring back the queries searched before (``history``, oldest first, shared by the
    readers of one session).

    Enter and escape are handled in the key's own turn (``on_submit``, ``on_cancel``, which
    give the keys back to the article), and a key that reaches the line after that goes to the
    app again: keys typed in one burst ('/palmyra', Enter, 'n': a fast typist, a paste) all
    come to the line before it handles the first, and a binding ran only once its key had
    bubbled up to the app, after the 'n' was typed into the line ('palmyran': no match)."""

    BINDINGS = [
        Binding("up", "history(-1)", "Earlier search", show=False),
        Binding("down", "history(1)", "Later search", show=False),
    ]

    def __init__(self, history: list[str], on_submit: Callable[[str], None], on_cancel: Callable[[], None],
                 **kwargs: Any) -> None:
        """``on_submit(query)``: Enter; ``on_cancel()``: escape; each called in the key's own
        turn, and takes the focus elsewhere."""
        super().__init__(**kwargs)
        self.history = history
        self._on_submit, self._on_cancel = on_submit, on_cancel
        self._recalled = len(history)

    async def _on_key(self, event: events.Key) -> None:
        focused = self.screen.focused is self  # at once (has_focus waits for the Blur event)
        if focused and event.key not in ("enter", "escape"):
            return  # typed into the line (Input's own handling)
        event.stop()
        event.prevent_default()
        if focused and event.key == "enter":
            self._on_submit(self.value)
        elif focused:
            self._on_cancel()
        else:  # typed after Enter, in the same burst: the article's
            self.app.post_message(events.Key(event.key, event.character))

    def start(self) -> None:
        """A new search: an empty line, the history recalled from its newest end."""
        self._recalled = len(self.history)
        self.value = ""

    def remember(self, query: str) -> None:
        if query and (not self.history or self.history[-1] != query):
            self.history.append(query)

    def action_history(self, step: int) -> None:
        at = self._recalled + step
        if 0 <= at <= len(self.history):
            self._recalled = at
            self.value = self.history[at] if at < len(self.history) else ""
            self.cursor_position = len(self.value)


class ReaderScreen(ReviewScreen, AnnotationScreen, AnalysisScreen, PromptScreen):
    BINDINGS = bindings(READER_KEYS)

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article
        self._query = ""
        self._search_origin = 0
        self.status_text = ""

    def compose(self) -> ComposeResult:
        a = self.article
        with Horizontal(id="header"):
            yield Label(Content(inert(a.title or a.input or "Untitled")), id="title")
            yield Label(Content(meta_line(a)), id="meta")
        info = info_line(a)
        if info:
            yield Label(Content(info), id="info")
        with Horizontal(id="body"):
            yield ArticleView(a, split_sentences(a.text, a.paragraphs), id="article")
            held = self.sidebar_placeholder()
            yield Vertical(*held, id="sidebar", classes="held" if held else "")
        with Horizontal(id="statusbar"):
            yield Label(id="status")
            yield Label(id="position")
        yield Footer(compact=True)

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def sidebar(self) -> Vertical:
        """An empty, hidden column beside the article: mount panes in it, then set ``display = True``."""
        return self.query_one("#sidebar", Vertical)

    def on_mount(self) -> None:
        self.view.focus()
        self.watch(self.view, "scroll_y", self._show_position)
        self.watch(self.view, "virtual_size", self._show_position)  # re-wrapped on resize
        self.call_after_refresh(self._show_position)
        self.call_after_refresh(self._mount_search_box)
        if self.app.analyse:
            self.call_after_refresh(_ready_for_the_analysis)

    def _mount_search_box(self) -> None:
        if self.is_attached:  # not when the reader quit at its first frame
            self._search_box()

    def _search_box(self) -> SearchInput:
        """The ``/`` line, hidden until asked for. Mounted once the first frame is painted (an
        Input's styles and widget are none of that frame's: ~8 ms), or by the first ``/`` if
        that comes first; in its place in the DOM either way, above the status bar."""
        found = self.query(SearchInput)
        if found:
            return found.first()
        box = SearchInput(self.app.search_history, self._keep_search, self._cancel_search, id="search",
                          placeholder="search (matches show as you type; Enter keeps them, ↑↓ earlier searches)")
        self.mount(box, before="#statusbar")
        return box

    def set_status(self, text: str) -> None:
        """Tell the reader something on the status line (plain text, never markup)."""
        self.status_text = text
        # its width is the bar's rest (1fr) whatever it says: no layout of the screen for it
        self.query_one("#status", Label).update(Content(inert(text)), layout=False)

    def _show_position(self) -> None:
        view = self.view
        if not view.line_count:
            return
        bottom = min(view.line_count, int(view.scroll_y) + view.page_height)
        where = "All" if view.line_count <= view.page_height else f"{100 * bottom // view.line_count}%"
        label = self.query_one("#position", Label)
        total = len(view.sentences)
        # as wide as it can get for this article, so that moving never changes its width: a
        # layout of the screen takes tens of milliseconds, 100+ with the sidebar's panes
        text = f"sentence {view.cursor + 1}/{total}  {where}".rjust(len(f"sentence {total}/{total}  100%"))
        shown = str(label.content)
        if text == shown:  # most lines scrolled: nothing to paint, and the frame stays the view's
            return
        label.update(text, layout=len(text) != len(shown))

    def on_article_view_cursor_moved(self) -> None:
        self._show_position()

    # --- search ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """In the search line a '/' is text: the priority binding steps aside, so the key
        reaches the line in its turn (handled ahead of the letters before it, it came first)."""
        return not (action == "search" and isinstance(self.focused, SearchInput))

    def action_search(self) -> None:
        """Open the search line (``/`` is a priority key, so a query typed ahead lands in it)."""
        box = self._search_box()
        view = self.view
        self._search_origin = view.cursor
        box.start()
        box.display = True
        self.set_focus(box)  # at once, not after a refresh: typed-ahead keys belong to the box

    def _close_search(self) -> None:
        box = self.query_one(SearchInput)
        box.display = False
        self.set_focus(self.view)

    def _search_from_origin(self, query: str) -> None:
        """Search as from where ``/`` was pressed (each keystroke starts there again)."""
        view = self.view
        if view.sentences:
            view.search(query, view.sentences[self._search_origin][0])
            if not query:
                view.set_cursor(self._search_origin)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Incremental search: the matches of what is typed so far, the first one shown."""
        if not isinstance(event.input, SearchInput) or not event.input.display:
            return
        event.stop()
        self._search_from_origin(event.value)
        self._tell_match(event.value)

    def _cancel_search(self) -> None:
        """Escape: back where ``/`` was pressed, with the search before this one."""
        self._search_from_origin(self._query)
        self.view.set_cursor(self._search_origin)
        self._close_search()
        self.set_status(f"search cancelled: back to '{self._query}'" if self._query else "search cancelled")

    def _keep_search(self, query: str) -> None:
        """Enter in the search line: the search is kept, the keys go back to the article."""
        box = self.query_one(SearchInput)
        self._close_search()
        self._query = query
        box.remember(query)
        self._search_from_origin(query)
        self._tell_match()

    def action_next_match(self) -> None:
        self.view.step_match(1)
        self._tell_match()

    def action_previous_match(self) -> None:
        self.view.step_match(-1)
        self._tell_match()

    def _tell_match(self, query: str | None = None) -> None:
        """``match 2/4 for 'x'``, and when the move ran past an end of the article, that it
        went on from the other (``search hit BOTTOM, continuing at TOP``, as vim says)."""
        current, total = self.view.match_position
        query = self._query if query is None else query
        if not query:
            self.set_status("no search yet: press / to search")
        elif total:
            wrapped = self.view.wrapped
            went_on = f" · search hit {wrapped}, continuing at {'TOP' if wrapped == 'BOTTOM' else 'BOTTOM'}"
            self.set_status(f"match {current}/{total} for '{query}'" + (went_on if wrapped else ""))
        else:
            self.set_status(f"no match for '{query}'")

    # --- leaving --------------------------------------------------------------------------

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen())

    def action_quit(self) -> None:
        """Back to the feed or library the article was opened from, else quit."""
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        else:
            self.app.exit(0)


def _ready_for_the_analysis() -> None:
    """Import the analysis sidebar's modules (with Textual's tabs, ~15 ms) once the first
    frame is painted, while the engine works: not before that frame, which does not show
    them, nor when the analysis lands and the reader is waiting for it."""
    import tui.widgets.sidebar  # noqa: F401


def info_line(article: Article) -> str:
    """Byline and address under the header (``By Jane Roe · https://…``), empty when the
    source gave neither."""
    byline = one_line(article.byline or "")
    if byline and not byline.lower().startswith("by "):
        byline = f"By {byline}"
    return inert(" · ".join(part for part in (byline, one_line(article.url or "")) if part))


def meta_line(article: Article) -> str:
    """Source and date for the header (the date shortened when it is an ISO timestamp)."""
    date = article.published or ""
    if ISO_DATE.match(date):
        date = date[:10]
    return inert(" · ".join(part for part in (article.source, date) if part))
