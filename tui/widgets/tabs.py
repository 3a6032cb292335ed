"""A ``TabbedContent``'s tabs (their labels, the one active), set whether or not the tabs are
composed yet.

A ``TabbedContent`` just mounted already has its panes but not yet their tabs (Textual makes
them when it composes, a refresh later), and the reader's notes and verdicts, loaded after
the first frame, can arrive in between, as can an ``m``: asking for a tab then raised
``NoMatches`` and ended the reader (a cached analysis shown at once, its notes landing a
moment later).

A label set here is announced by ``TabsLabelled``, so that what sizes itself to the tab row
(the reader's sidebar, whose labels must show whole) sizes again: labels change after the
row is laid out (the notes' and verdicts' counts land later still).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.css.query import NoMatches
from textual.message import Message

if TYPE_CHECKING:  # not imported before the reader's first frame (Textual's tabs come with the sidebar)
    from textual.content import Content
    from textual.widgets import TabbedContent


class TabsLabelled(Message):
    """The tabs of a ``TabbedContent`` got their labels or a new one: posted (bubbling) from
    it by ``set_tab_label``, and from a widget whose tabs were just mounted with theirs."""


def set_tab_label(tabs: TabbedContent, pane_id: str, label: str | Content) -> None:
    """Give the tab of the pane ``pane_id`` of ``tabs`` the label ``label`` (see
    ``_once_there``), then post ``TabsLabelled`` from ``tabs``; nothing if it has that label
    already (a new label lays the screen out again: the Notes tab's count, said again when
    its pane is mounted, cost a frame of tens of milliseconds as the analysis landed)."""

    def label_it() -> None:
        tab = tabs.get_tab(pane_id)
        if tab.label.plain == str(label):  # the same words: no layout of the screen for them
            return
        tab.label = label
        tabs.post_message(TabsLabelled())

    _once_there(tabs, pane_id, label_it)


def show_tab(tabs: TabbedContent, pane_id: str) -> None:
    """Make the pane ``pane_id`` of ``tabs`` the one shown (see ``_once_there``)."""

    def show_it() -> None:
        tabs.active = pane_id

    _once_there(tabs, pane_id, show_it)


def _once_there(tabs: TabbedContent, pane_id: str, act: Callable[[], None]) -> None:
    """Run ``act`` at once if the tab of the pane ``pane_id`` is there, else after each refresh
    of ``tabs`` until it is; not at all if ``tabs`` has no such pane, or is removed meanwhile
    (its pending calls go with it)."""
    if not tabs.query(f"#{pane_id}"):
        return
    try:
        tabs.get_tab(pane_id)
    except NoMatches:
        tabs.call_after_refresh(_once_there, tabs, pane_id, act)
        return
    act()
