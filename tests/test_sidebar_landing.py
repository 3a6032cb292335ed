"""The analysis landing on the reader (Pilot): its counts first, the sidebar a frame later,
and keys pressed as it lands.

The analysis is the seed's frozen one, handed to the screen as the analysis worker hands it
(``show_prepared``), so no test waits on the engine.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace

import pytest
from reader_articles import FakeEngine, crowded, reader_app
from seed_analysis import frozen_seed_analysis

from tui.analysis_model import Analysis
from tui.screens.reader_analysis import counts, sidebar_width

pytestmark = pytest.mark.anyio


def status(app) -> str:
    return str(app.screen.query_one("#status").render())


async def settled(pilot, done) -> None:
    """Pause until ``done()``: the landing's steps are a frame's time apart (timers), which
    a bare pause does not wait for (a bounded wait, not a timing)."""
    for _ in range(200):
        if done():
            return
        await pilot.pause(0.02)
    raise AssertionError("the sidebar never landed")


@asynccontextmanager
async def landing(monkeypatch, *keys: str, analysis: Analysis | None = None,
                  size: tuple[int, int] = (120, 40)) -> AsyncIterator[tuple]:
    """``(app, pilot, screen, analysis)``: a reader analysing the seed (or ``analysis``'s
    article; its engine held, the column held for the sidebar), painted, given ``keys`` (and a
    pause), then handed the analysis as the analysis worker hands it; nothing awaited after that."""
    release = threading.Event()
    analysis = analysis or frozen_seed_analysis()

    def compute(article):
        release.wait(10)
        return replace(analysis, article=article)

    monkeypatch.setattr("tui.analysis_cache.cached", lambda article, model: None)
    app = reader_app(analysis.article)
    app.analyse, app.engine = True, FakeEngine(compute)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        if keys:
            await pilot.press(*keys)
            await pilot.pause()
        screen = app.screen
        shown = replace(analysis, article=screen.article)
        screen.show_prepared(screen.prepare(shown))
        try:
            yield app, pilot, screen, shown
        finally:
            release.set()


async def test_the_counts_are_painted_before_the_sidebar_is_mounted(monkeypatch) -> None:
    """The frame that shows the counts does not wait for the sidebar (its legend, tabs and panes
    composed and laid out): the column holds the word on the analysis until the frame after."""
    from textual.app import App

    frames: list[tuple[str, bool]] = []  # (status line, an analysis sidebar shown) at each paint
    display = App._display

    def probe(self, screen, renderable) -> None:
        if isinstance(screen, type(self.screen)) and screen.is_current:
            frames.append((status(self), any(s.display for s in screen.sidebar.query("AnalysisSidebar"))))
        display(self, screen, renderable)

    monkeypatch.setattr(App, "_display", probe)
    async with landing(monkeypatch) as (app, pilot, screen, analysis):
        assert not screen.sidebar.query("AnalysisSidebar") and screen.sidebar.query("#sidebar-pending")
        await settled(pilot, lambda: not screen.sidebar.query("#sidebar-pending"))
        await pilot.pause()
        assert screen.sidebar.query_one("AnalysisSidebar").display
        shown = [has_sidebar for line, has_sidebar in frames if line == counts(analysis)]
        assert shown[0] is False and shown[-1] is True, [f for f in frames if f[0]]


async def test_keys_pressed_as_the_analysis_lands_wait_for_the_sidebar(monkeypatch) -> None:
    """``]`` and tab handled before the sidebar is there (or composed): the reader goes to the
    claim, and the keys land in the pane once it is there, instead of raising ``NoMatches``."""
    async with landing(monkeypatch) as (app, pilot, screen, analysis):
        screen.action_next_claim()  # mounts the sidebar at once (it is asked for), not composed yet
        assert screen.analysis_sidebar is not None and not screen.analysis_sidebar.composed
        screen.action_focus_pane()
        for _ in range(3):
            await pilot.pause()
        assert app.is_running and app.return_code is None
        assert status(app).startswith(f"claim 1/{len(analysis.claims)}")
        sidebar = screen.analysis_sidebar
        assert sidebar.composed and app.focused is sidebar.shown_list()
        claims = sidebar.query_one("#claims")
        assert claims.highlighted is not None and claims.get_option_at_index(claims.highlighted).id == "claim:0"


async def test_a_sidebar_not_yet_composed_takes_a_legend_and_a_listing(monkeypatch) -> None:
    """Toggling an entity type (its legend) and the events' order while the sidebar is mounted
    but not composed loses nothing: compose shows the state they set."""
    async with landing(monkeypatch) as (app, pilot, screen, _):
        sidebar = screen.analysis_sidebar  # asked for: mounted now, composed a refresh later
        assert sidebar is not None and not sidebar.composed
        screen.action_toggle_entities("person")
        screen.action_toggle_event_order()
        for _ in range(3):
            await pilot.pause()
        assert app.is_running and sidebar.composed
        legend = screen.query_one("#legend").render()
        people = str(legend).index("people")
        assert any("strike" in str(span.style) and span.start <= people < span.end for span in legend.spans)
        assert "in text order" in str(screen.query_one("#events-caption").render())


async def test_tab_before_the_tabs_say_which_pane_is_shown_waits_for_them(monkeypatch) -> None:
    """tab handled after the sidebar's compose but before its tabs are there (a few turns
    later): the pane's list is focused once they are, instead of Textual making a tab active
    that is not there yet (``ValueError``, which ended the reader); → then goes to the next."""
    from textual.widgets import TabbedContent

    async with landing(monkeypatch) as (app, pilot, screen, _):
        sidebar = screen.analysis_sidebar
        while not sidebar.composed:
            await asyncio.sleep(0)
        assert sidebar.query_one(TabbedContent).active == ""  # the moment this is about
        screen.action_focus_pane()
        for _ in range(3):
            await pilot.pause()
        assert app.is_running and app.return_code is None
        assert app.focused is sidebar.query_one("#events")
        sidebar.action_switch_pane(1)
        await pilot.pause()
        assert sidebar.query_one(TabbedContent).active == "entities-pane"
        assert app.focused is sidebar.query_one("#entities")


async def test_the_notes_pane_focused_as_the_analysis_lands_keeps_the_focus(monkeypatch) -> None:
    """The Notes pane shown alone (m) and focused while the analysis runs: once the sidebar is
    mounted the focus goes to its Notes pane when its tabs are there (asked for a refresh later
    it was not composed yet: ``NoMatches`` ended the reader)."""
    from textual.widgets import TabbedContent

    async with landing(monkeypatch, "m") as (app, pilot, screen, _):
        assert app.focused is not None and app.focused.id == "notes"
        await settled(pilot, lambda: screen._arriving is None and screen._mounted_sidebar() is not None
                      and screen._mounted_sidebar().tabs_ready
                      and not [w for w in screen.sidebar.children if w.id == "notes"])  # the pane alone gone
        await pilot.pause()
        await pilot.pause()
        assert app.is_running and app.return_code is None
        sidebar = screen.analysis_sidebar
        assert sidebar.query_one(TabbedContent).active == "notes-pane"
        assert app.focused is sidebar.query_one("#notes")


@pytest.mark.parametrize("keys", [(), ("m",)], ids=["events", "notes"])
@pytest.mark.parametrize("turns", range(6))
async def test_quitting_as_the_analysis_lands_is_clean(monkeypatch, keys: tuple[str, ...], turns: int) -> None:
    """``q`` a few turns of the event loop after the analysis is handed over, while its
    sidebar's widgets are still being mounted (on the Events pane, or on the Notes pane shown
    alone before): the reader quits with status 0, and no widget still mounting raises at
    exit (Textual's tabs mounted empty as the app closed raised ``No Tab with id``)."""
    async with landing(monkeypatch, *keys) as (app, pilot, screen, _):
        for _ in range(turns):
            await asyncio.sleep(0)
        await pilot.press("q")
    assert app.return_code == 0


async def test_the_column_takes_its_width_before_the_sidebar_shows(monkeypatch) -> None:
    """Tabs whose labels need a wider column (four-digit counts at 100 columns): the column
    widens, and the article re-wraps, in a frame that still shows the word on the analysis;
    the sidebar, mounted meanwhile out of sight, is shown in a later frame, at that width."""
    from textual.app import App

    frames: list[tuple[bool, bool, int]] = []  # (word shown, sidebar shown, column width) at each paint
    mounted_in_width_frame: list[bool] = []  # a sidebar mounted, hidden, in a frame that re-wraps at the new width
    display = App._display

    def probe(self, screen, renderable) -> None:
        if isinstance(screen, type(self.screen)) and screen.is_current:
            column = screen.sidebar
            pending = bool(column.query("#sidebar-pending"))
            sidebar = any(s.display for s in column.query("AnalysisSidebar"))
            frames.append((pending, sidebar, column.outer_size.width))
            if pending and len(frames) > 1 and frames[-2][2] != column.outer_size.width:
                mounted_in_width_frame.append(bool(column.query("AnalysisSidebar")))
        display(self, screen, renderable)

    monkeypatch.setattr(App, "_display", probe)
    analysis = crowded(1000)
    async with landing(monkeypatch, analysis=analysis, size=(100, 30)) as (app, pilot, screen, _):
        held = screen.sidebar.outer_size.width
        await settled(pilot, lambda: screen._arriving is None and screen._mounted_sidebar() is not None)
        await pilot.pause()
        wide = sidebar_width(100, screen._mounted_sidebar().tab_labels)
        assert wide > held and screen.sidebar.outer_size.width == wide
    assert (True, False, wide) in frames  # the column widened with the word still in it
    assert all(width == wide for _, shown, width in frames if shown)
    assert frames.index((True, False, wide)) < next(i for i, f in enumerate(frames) if f[1])
    assert mounted_in_width_frame == [False]  # the mount's cost comes a frame after the re-wrap's


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (160, 45)], ids=["80x24", "120x40", "160x45"])
@pytest.mark.parametrize("path", ["cached", "streamed"])
async def test_a_sidebar_repainted_while_hidden_is_whole_once_shown(monkeypatch, path: str,
                                                                    size: tuple[int, int]) -> None:
    """A widget of the sidebar repainted while it is mounted out of sight (a tab's label, the
    legend), a frame painted, then the sidebar shown (by its own step, or S on a narrow
    terminal): every pane shown gets its rows and the tabs their underline. Textual had the
    sidebar in its lazily rebuilt map of the screen the moment it was shown, so its widgets
    got no ``Show`` and no ``Resize``: the Events pane stayed empty for good (its rows come on
    ``Show``) and the underline had no width (a cached analysis at 160x45, in tmux). The same
    holds for each pane that → shows after one of its widgets was repainted hidden."""
    from textual.widgets import OptionList
    from textual.widgets._tabs import Underline

    from tui.screens.reader_analysis import AnalysisScreen

    analysis = frozen_seed_analysis()
    monkeypatch.setattr(AnalysisScreen, "on_analysis_sidebar_whole", lambda self, message: None)  # shown below
    if path == "cached":
        monkeypatch.setattr("tui.analysis_cache.cached",
                            lambda article, model: replace(analysis, article=article))
    else:
        monkeypatch.setattr("tui.analysis_cache.cached", lambda article, model: None)
    app = reader_app(analysis.article)
    app.analyse, app.engine = True, FakeEngine(lambda article: replace(analysis, article=article))
    async with app.run_test(size=size) as pilot:
        screen = app.screen
        await settled(pilot, lambda: screen._arriving is not None and screen._arriving.tabs_ready)
        sidebar = screen._arriving
        sidebar.query_one("#legend").refresh()  # repainted out of sight
        await pilot.pause()
        if screen._sidebar_shown():
            screen.reveal_sidebar()  # the landing's own step
        else:
            await pilot.press("S")
        await settled(pilot, lambda: sidebar.display and screen.sidebar.display)

        def whole(name: str) -> bool:
            pane = sidebar.query_one(f"#{name}", OptionList)
            underline = sidebar.query_one(Underline)
            lines = [strip.text.strip() for strip in pane.render_lines(pane.region.reset_offset)]
            return (pane.option_count > 0 and any(lines)
                    and underline.highlight_end > underline.highlight_start)

        await settled(pilot, lambda: whole("events"))
        for name in ("entities", "claims"):
            sidebar.query_one(f"#{name}").refresh()  # repainted out of sight, then its pane shown
            await pilot.pause()
            sidebar.action_switch_pane(1)
            await settled(pilot, lambda: whole(name))
        assert app.is_running and app.return_code is None
