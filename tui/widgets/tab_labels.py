"""Labels of a ``TabbedContent``'s tabs, set whether or not the tabs are composed yet.

A ``TabbedContent`` just mounted already has its panes but not yet their tabs (Textual makes
them when it composes, a refresh later), and the reader's notes and verdicts, loaded after
the first frame, can arrive in between: asking for a tab then raised ``NoMatches`` and
ended the reader (a cached analysis shown at once, its notes landing a moment later).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.css.query import NoMatches

if TYPE_CHECKING:  # not imported before the reader's first frame (Textual's tabs come with the sidebar)
    from textual.content import Content
    from textual.widgets import TabbedContent


def set_tab_label(tabs: TabbedContent, pane_id: str, label: str | Content) -> None:
    """Give the tab of the pane ``pane_id`` of ``tabs`` the label ``label``: at once if the
    tab is there, else after each refresh of ``tabs`` until it is (and not at all if ``tabs``
    has no such pane, or is removed meanwhile: its pending calls go with it)."""
    try:
        tabs.get_tab(pane_id).label = label
    except NoMatches:
        if tabs.query(f"#{pane_id}"):
            tabs.call_after_refresh(set_tab_label, tabs, pane_id, label)
