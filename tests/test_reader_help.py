"""Help screen, command palette and keymap: all three read the one binding table."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from reader_articles import reading
from tui.config import load_config
from tui.widgets.bindings import ANALYSIS_KEYS, EVENTS_PANE_KEYS, READER_KEYS, REVIEW_KEYS, VIEW_KEYS

pytestmark = pytest.mark.anyio
ALL_KEYS = VIEW_KEYS + READER_KEYS + ANALYSIS_KEYS + REVIEW_KEYS


def help_text(app, width: int = 66) -> str:
    """The help table as the screen shows it at ``width`` columns."""
    console = Console(width=width, color_system=None)
    with console.capture() as capture:
        console.print(app.screen.key_table())
    return capture.get()


@pytest.mark.parametrize("key", ["question_mark", "f1"])
async def test_help_lists_every_binding_and_escape_closes_it(key: str) -> None:
    async with reading() as (app, pilot):
        await pilot.press(key)
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        rows = app.screen.rows()
        assert [description for _, description in rows[:-1]] == [spec.description for spec in ALL_KEYS]
        assert rows[0] == ("j, ↓", "Scroll down one line")
        assert rows[-1] == ("^p", "Command palette: every action by name")
        shown = help_text(app, width=40).splitlines()
        assert len(shown) > len(rows)  # some descriptions wrap at 40 columns...
        column = shown[0].index("Scroll")
        keys = {k for k, _ in rows} | {""}
        assert all(line[:column].strip() in keys for line in shown)  # ...under themselves
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "ReaderScreen"


async def test_a_new_reader_finds_the_sidebar_notes_and_pane_keys() -> None:
    """The footer shows S, tab, }, a and m (it fits 80 columns); the help lists tab,
    shift+tab and Enter in the panes and the pane's own keys; the palette has one Quit."""
    async with reading() as (app, pilot):
        footer = app.screen._compositor.render_strips()[-1].text
        for shown in ("tab Panes", "] Claim", "} Event", "S Sidebar", "? Help", "q Quit", "a Note", "m Notes",
                      "^p palette"):
            assert shown in footer
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert titles.count("Quit") == 1
        for spec in EVENTS_PANE_KEYS:
            assert spec.description in titles
        await pilot.press("question_mark")
        await pilot.pause()
        keys = [k for k, _ in app.screen.rows()]
        assert "tab" in keys and "shift+tab" in keys
        panes = dict(app.screen.pane_rows())
        assert panes["enter"].startswith("Go to the row's") and panes["t"] == EVENTS_PANE_KEYS[0].description


async def test_palette_offers_every_action_and_runs_it() -> None:
    async with reading() as (app, pilot):
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for spec in ALL_KEYS:
            assert spec.description in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Go to the bottom")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        view = app.screen.view
        assert view.scroll_y == view.line_count - view.page_height
        assert view.cursor_text == "AFP contributed to this report."


async def test_keymap_from_the_config_file_rebinds_keys(tmp_path: Path, monkeypatch) -> None:
    config_file = tmp_path / "config.toml"
    config_file.write_text('theme = "textual-dark"\n[keymap]\nline_down = "x"\ndelete_annotation = "D"\nquit = "Q"\n',
                           encoding="utf-8")
    monkeypatch.setenv("NEWSREAD_CONFIG", str(config_file))
    async with reading(config=load_config()) as (app, pilot):
        await pilot.press("x", "x")
        assert app.screen.view.scroll_y == 2
        await pilot.press("j", "q")
        assert app.screen.view.scroll_y == 2
        assert app.is_running
        await pilot.press("question_mark")
        await pilot.pause()
        rows = app.screen.rows()
        assert rows[0] == ("x", "Scroll down one line")
        assert ("Q", "Quit") in rows
        await pilot.press("escape", "Q")
        await pilot.pause()
    assert app.return_value == 0


@pytest.mark.parametrize(
    ("config_text", "told"),
    [
        ('[keymap]\nnext_clam = "]"\n', "[keymap] 'next_clam' is not a binding id (ids: annotate, bottom,"),
        ('[keymap]\nnext_claim = "ctrl+"\n', "[keymap] next_claim = 'ctrl+': 'ctrl+' is not a key"),
        ('[keymap]\nnext_claim = ""\n', "[keymap] next_claim = '': '' is not a key"),
        ('[keymap]\nsource = "s,sss"\n', "[keymap] source = 's,sss': 'sss' is not a key"),
        ('theme = "no-such-theme"\n', "unknown theme 'no-such-theme' (themes: "),
        ('[keymap]\nnext_claim = "s"\n', "[keymap] 's' would be the key of both next_claim and source"),
        ('[keymap]\nline_down = "x"\n', "[keymap] 'x' would be the key of both line_down and delete_annotation"),
    ],
)
def test_a_mistyped_config_is_one_line_before_the_screen(tmp_path: Path, monkeypatch, capsys,
                                                         config_text: str, told: str) -> None:
    """Textual would ignore the key (leaving it dead) or raise a traceback on the theme."""
    from tui.cli import main

    config_file = tmp_path / "config.toml"
    config_file.write_text(config_text, encoding="utf-8")
    monkeypatch.setenv("NEWSREAD_CONFIG", str(config_file))
    article = tmp_path / "a.txt"
    article.write_text("A headline\n\nA body sentence.\n", encoding="utf-8")
    assert main([str(article), "--no-analysis"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"newsread: {config_file}: {told}")
    assert err.count("\n") == 1


def test_every_key_name_of_the_tables_and_the_readme_is_accepted_by_the_keymap_check() -> None:
    from tui.app import NewsreadApp
    from tui.widgets.bindings import check_keymap

    keymap = {spec.id: spec.keys for spec in ALL_KEYS}
    keymap |= {"next_claim": "],f5,comma", "source": "s,ctrl+s", "library_open": "o"}
    check_keymap(keymap, NewsreadApp.binding_contexts(), "config.toml")


async def test_help_pages_with_the_readers_keys() -> None:
    """In a short terminal the list is longer than the screen: j/k alone took 40 presses."""
    async with reading(size=(60, 20)) as (app, pilot):
        await pilot.press("question_mark")
        await pilot.pause()
        box = app.screen.query_one("#help")
        await pilot.press("G")
        await pilot.pause()
        assert box.scroll_y == box.max_scroll_y > 0
        await pilot.press("g", "space")
        await pilot.pause()
        assert box.scroll_y == box.scrollable_content_region.height
        await pilot.press("b")
        await pilot.pause()
        assert box.scroll_y == 0
