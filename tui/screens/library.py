"""The library: every article opened before, to find again, reopen or remove.

The list comes from the store on every change of the filter (SQLite answers in well under a
frame for any library a person reads); removing asks first, and only its second choice takes
the article's notes with it.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Button, DataTable, Footer, Input, Label

from tui.errors import NewsreadError
from tui.oneline import clip
from tui.store.database import LibraryEntry, Store
from tui.oneline import inert

KEEP_NOTES, WITH_NOTES = "keep", "with-notes"

SORTS: dict[str, tuple[Callable[[LibraryEntry], object], bool]] = {
    "last read": (lambda e: e.last_read, True),
    "published": (lambda e: e.published or "", True),
    "title": (lambda e: (e.title or e.input or e.id).casefold(), False),
    "notes": (lambda e: e.annotation_count, True),
}
"""What ``s`` orders the library by, in turn: name → (key, newest or most first)."""


def short_date(value: str | None) -> Text:
    """Dates in lists are days: an ISO timestamp is cut to its date (as text, never markup)."""
    return Text(inert((value or "")[:10]))


def title_width(screen: Screen, others: int) -> int:
    """The title column takes what the other columns, their padding and a scrollbar leave."""
    return max(16, screen.size.width - others - 2)


class ListScreen(Screen):
    """A titled table to pick from with a status line under it: the library, a feed."""

    DEFAULT_CSS = """
    #list-title { width: 100%; padding: 0 1; background: $panel; text-style: bold; }
    #list-table { height: 1fr; }
    #list-status { width: 100%; padding: 0 1; color: $text-muted; }
    """

    lay_out: Callable[[], None]
    """Fill the table from the rows already at hand, the title column as wide as the screen
    allows (each list has its own columns); never a fetch."""
    _laid_out_width = -1

    def on_resize(self, event: events.Resize) -> None:
        """The title column follows the width: rows are laid out again only when it changed
        (a screen gets several resizes of one size while it is first shown)."""
        if event.size.width != self._laid_out_width:
            self.lay_out()

    def table_and_status(self, *below_table: Widget) -> ComposeResult:
        yield DataTable(id="list-table", cursor_type="row", zebra_stripes=True)
        yield from below_table
        yield Label(id="list-status")
        yield Footer()

    @property
    def table(self) -> DataTable:
        return self.query_one("#list-table", DataTable)

    def set_status(self, text: str) -> None:
        self.query_one("#list-status", Label).update(Text(inert(text)))

    def action_back(self) -> None:
        """Back to where the list was opened from, or out of newsread when it is the first screen."""
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        else:
            self.app.exit(0)


class RemoveDialog(ModalScreen[str | None]):
    """Remove an article: its notes stay unless the second, explicit choice is taken."""

    DEFAULT_CSS = """
    RemoveDialog { align: center middle; }
    #remove-dialog { width: 72; height: auto; padding: 1 2; border: thick $error; background: $surface; }
    #remove-dialog Label { width: 100%; }
    #remove-choices { height: auto; margin-top: 1; }
    #remove-choices Button { margin-right: 1; }
    """

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, entry: LibraryEntry) -> None:
        super().__init__()
        self.entry = entry

    def compose(self) -> ComposeResult:
        notes = self.entry.annotation_count
        with Vertical(id="remove-dialog"):
            yield Label(Text(f"Remove “{inert(self.entry.title or self.entry.id)}” from the library?"))
            yield Label(f"It has {notes} note{'s' if notes != 1 else ''}." if notes else "It has no notes.")
            with Horizontal(id="remove-choices"):
                yield Button("Remove, keep notes" if notes else "Remove", id=KEEP_NOTES,
                             variant="primary")
                if notes:
                    yield Button("Remove with its notes", id=WITH_NOTES, variant="error")
                yield Button("Cancel", id="cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id if event.button.id in (KEEP_NOTES, WITH_NOTES) else None)


class LibraryScreen(ListScreen):
    DEFAULT_CSS = "#library-filter { margin: 0 1; }"
    BINDINGS = [
        Binding("enter", "open", "Open", id="library_open"),
        Binding("x,delete", "remove", "Remove", id="library_remove"),
        Binding("slash", "filter", "Filter", key_display="/", id="library_filter"),
        Binding("s", "sort", "Sort", id="library_sort"),
        Binding("escape,q", "back", "Back", id="library_back"),
    ]

    def __init__(self, filter_text: str = "") -> None:
        super().__init__()
        self.entries: list[LibraryEntry] = []
        self.filter_text = filter_text
        self.sort = "last read"

    def compose(self) -> ComposeResult:
        yield Label("Library", id="list-title")
        yield Input(self.filter_text, placeholder="filter titles and notes (/)", id="library-filter")
        yield from self.table_and_status()

    def on_mount(self) -> None:
        self.table.focus()

    def on_screen_resume(self) -> None:
        """Shown, first or back from reading (last-read times and note counts have changed):
        the one fetch of the start-up."""
        self.refresh_entries()

    def refresh_entries(self) -> None:
        """Fetch the entries that match the filter, and lay them out."""
        try:
            with Store.open() as store:
                self.entries = store.list_articles(filter_text=self._filter_text())
        except NewsreadError as exc:
            self.notify(str(exc), severity="error", markup=False)
            self.entries = []
        key, reverse = SORTS[self.sort]
        self.entries.sort(key=key, reverse=reverse)  # stable: ties stay most recently read first
        self.lay_out()

    def action_sort(self) -> None:
        """Order by the next of last read, published, title, notes."""
        names = list(SORTS)
        self.sort = names[(names.index(self.sort) + 1) % len(names)]
        self.refresh_entries()

    def _filter_text(self) -> str:
        return self.query_one("#library-filter", Input).value

    def lay_out(self) -> None:
        self._laid_out_width = self.size.width
        text = self._filter_text()
        table = self.table
        row = table.cursor_row
        table.clear(columns=True)
        width = title_width(self, 16 + 10 + 10 + 5 + 12)
        table.add_column("Title", width=width)
        table.add_column("Source", width=16)
        table.add_columns("Published", "Last read", "Notes")
        for e in self.entries:
            table.add_row(
                Text(clip(inert(e.title or e.input or e.id), width)),  # a long title ends in "…"
                Text(clip(inert(e.source or ""), 16)),
                short_date(e.published),
                short_date(e.last_read),
                str(e.annotation_count) if e.annotation_count else "",
                key=e.id,
            )
        if self.entries:
            table.move_cursor(row=min(row, len(self.entries) - 1))
        count = len(self.entries)
        status = f"{count} article{'s' if count != 1 else ''}" + (f" matching “{text}”" if text else "")
        self.set_status(f"{status} · by {self.sort} · Enter opens · s sorts · / filters" if count else status)

    @on(Input.Changed, "#library-filter")
    def _filter_changed(self) -> None:
        self.refresh_entries()

    @on(Input.Submitted, "#library-filter")
    def _filter_done(self, event: Input.Submitted) -> None:
        event.stop()
        self.table.focus()

    @on(DataTable.RowSelected, "#list-table")
    def _row_selected(self) -> None:
        self.action_open()

    def _current(self) -> LibraryEntry | None:
        if not self.entries:
            return None
        return self.entries[min(self.table.cursor_row, len(self.entries) - 1)]

    def action_filter(self) -> None:
        self.query_one("#library-filter", Input).focus()

    def action_back(self) -> None:
        if self.focused is self.query_one("#library-filter", Input):
            self.table.focus()
        else:
            super().action_back()

    def action_open(self) -> None:
        entry = self._current()
        if entry is None:
            return
        try:
            with Store.open() as store:
                article = store.get_article(entry.id)
                if article is not None and store.writable:
                    try:
                        store.touch_article(entry.id)
                    except NewsreadError:  # a full disk: it opens, only its place in the list stays
                        pass
        except NewsreadError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        if article is None:
            self.notify(f"{entry.title}: no longer in the library", severity="error", markup=False)
            self.refresh_entries()
            return
        self.app.open_article(article)

    def action_remove(self) -> None:
        entry = self._current()
        if entry is not None:
            self.app.push_screen(RemoveDialog(entry), lambda choice: self._remove(entry, choice))

    def _remove(self, entry: LibraryEntry, choice: str | None) -> None:
        if choice is None:
            return
        try:
            with Store.open() as store:
                store.remove_article(entry.id, with_annotations=choice == WITH_NOTES)
        except NewsreadError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        kept = " (its notes are kept)" if choice == KEEP_NOTES and entry.annotation_count else ""
        self.notify(f"Removed “{entry.title}”{kept}", markup=False)
        self.refresh_entries()
