"""Every key, listed from the binding tables themselves so that help can never drift."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.widgets.bindings import ANALYSIS_KEYS, EVENTS_PANE_KEYS, READER_KEYS, REVIEW_KEYS, VIEW_KEYS

HELP_KEYS = VIEW_KEYS + READER_KEYS + ANALYSIS_KEYS + REVIEW_KEYS
"""The reader's keys, which act wherever the focus is in it (one keymap context)."""
PANE_KEYS = EVENTS_PANE_KEYS
"""Keys of the sidebar's panes, which act while the pane has focus."""


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", show=False),
        Binding("j,down", "scroll('down')", show=False),
        Binding("k,up", "scroll('up')", show=False),
        Binding("space,pagedown", "scroll('page_down')", show=False),
        Binding("b,pageup", "scroll('page_up')", show=False),
        Binding("g,home", "scroll('home')", show=False),
        Binding("G,end", "scroll('end')", show=False),
    ]

    def compose(self) -> ComposeResult:
        from tui.widgets.sidebar import stance_legend  # the sidebar's module is not the reader's first frame's

        with VerticalScroll(id="help"):
            yield Static(Content("Keys"), id="help-title")
            yield Static(self.key_table(), id="help-keys")
            yield Static(Content("In a sidebar pane (tab goes there)"), classes="help-section")
            yield Static(self.key_table(self.pane_rows()), id="help-pane-keys")
            yield Static(Content("Marks in the Claims pane (the stance of the verb that reports a claim)"),
                         classes="help-section")
            yield Static(Content(stance_legend()), id="help-marks")
            yield Static(Content("escape or q closes this help"), id="help-hint")

    def rows(self) -> list[tuple[str, str]]:
        """``(keys, description)`` of every action, keys as the footer writes them."""
        rows = [(self.app.keys_for(spec), spec.description) for spec in HELP_KEYS]
        rows.append((self.app.get_key_display(Binding(self.app.COMMAND_PALETTE_BINDING, "")),
                     "Command palette: every action by name"))
        return rows

    def pane_rows(self) -> list[tuple[str, str]]:
        """``(keys, description)`` of what the keys do in a pane of the sidebar."""
        return [
            ("enter", "Go to the row's event, entity, claim or note in the article"),
            ("j, k · g, G", "Move down, up · to the first, last row"),
            *((self.app.keys_for(spec), spec.description) for spec in PANE_KEYS),
        ]

    def key_table(self, rows: list[tuple[str, str]] | None = None) -> Table:
        """Two columns, so that a long description wraps under itself, not under the keys;
        ``rows`` defaults to the reader's keys."""
        table = Table.grid(padding=(0, 3))
        table.add_column(no_wrap=True)
        table.add_column()
        for keys, description in self.rows() if rows is None else rows:
            table.add_row(Text(keys, style="bold"), Text(description))
        return table

    def action_scroll(self, direction: str) -> None:
        """The reader's own movement keys, so that a long list reads like the article."""
        box = self.query_one(VerticalScroll)
        getattr(box, f"scroll_{direction}")(animate=False)
