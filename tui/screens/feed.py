"""A feed's entries in the feed's order; Enter reads one.

Opening an entry may mean fetching its page, so it runs in a thread worker: the list stays
responsive, and a failure is a notification while the list and the library stay as they were.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Label

from tui.errors import NewsreadError
from tui.ingest.feeds import Feed, FeedEntry
from tui.model import Article
from tui.reading import entry_article
from tui.screens.library import ListScreen, short_date, title_width
from tui.oneline import inert

UNREAD = "●"


class FeedScreen(ListScreen):
    DEFAULT_CSS = """
    #feed-warning { width: 100%; padding: 0 1; color: $warning; }
    #feed-summary { width: 100%; max-height: 4; padding: 0 1; border-top: solid $panel; }
    """
    BINDINGS = [
        Binding("enter", "open", "Open", id="feed_open"),
        Binding("L", "app.library", "Library", id="feed_library"),
        Binding("escape,q", "back", "Back", id="feed_back"),
    ]

    def __init__(self, feed: Feed) -> None:
        super().__init__()
        self.feed = feed

    def compose(self) -> ComposeResult:
        feed = self.feed
        yield Label(Text(inert(feed.title)), id="list-title")
        warning = Label(Text(f"⚠ {inert(feed.warning or '')}"), id="feed-warning")
        warning.display = feed.warning is not None
        yield warning
        yield from self.table_and_status(Label(id="feed-summary"))

    def on_mount(self) -> None:
        if self.feed.warning:
            self.notify(self.feed.warning, title="Feed", severity="warning", markup=False)
        self.lay_out()
        self.table.focus()

    def lay_out(self) -> None:
        self._laid_out_width = self.size.width
        table = self.table
        row = table.cursor_row
        table.clear(columns=True)
        table.add_column(" ", key="mark", width=1)
        table.add_column("Title", width=title_width(self, 1 + 16 + 10 + 8))
        table.add_column("Source", width=16)
        table.add_column("Date", width=10)
        for i, e in enumerate(self.feed.entries):
            table.add_row(
                self._mark(e), Text(inert(e.title)), Text(inert(e.source or "")),
                short_date(e.published), key=str(i),
            )
        if self.feed.entries:
            table.move_cursor(row=row)
        self._count()

    def _mark(self, entry: FeedEntry) -> str:
        return "" if entry.read else UNREAD

    def _count(self) -> None:
        entries = self.feed.entries
        unread = sum(not e.read for e in entries)
        n = len(entries)
        self.set_status(f"{n} entr{'y' if n == 1 else 'ies'}, {unread} unread")

    @on(DataTable.RowHighlighted, "#list-table")
    def _show_summary(self, event: DataTable.RowHighlighted) -> None:
        """What the feed says of the entry under the cursor, before it is opened."""
        entry = self.feed.entries[event.cursor_row]
        self.query_one("#feed-summary", Label).update(Text(inert(entry.summary)))

    @on(DataTable.RowSelected, "#list-table")
    def _row_selected(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        if self.feed.entries:
            row = self.table.cursor_row
            self.notify(f"Opening “{self.feed.entries[row].title}”…", markup=False, timeout=2)
            self._fetch(row)

    @work(thread=True, exclusive=True, group="feed-entry")
    def _fetch(self, row: int) -> None:
        entry = self.feed.entries[row]
        try:
            article = entry_article(entry)
        except NewsreadError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error", markup=False)
            return
        self.app.call_from_thread(self._opened, row, article)

    def _opened(self, row: int, article: Article) -> None:
        self.table.update_cell(str(row), "mark", self._mark(self.feed.entries[row]))
        self._count()
        if self.is_current:  # the reader may have gone elsewhere while the page loaded
            self.app.open_article(article)
