"""Search (`/`, Enter, `n`, `N`): smart case, highlighted matches, the count on the status line."""

from __future__ import annotations

import pytest

from reader_articles import reader_app, reading

pytestmark = pytest.mark.anyio


def status(app) -> str:
    return str(app.screen.query_one("#status").render())


async def search(pilot, query: str) -> None:
    await pilot.press("slash", *query, "enter")
    await pilot.pause()


async def test_search_counts_and_steps_through_matches() -> None:
    async with reading() as (app, pilot):
        await search(pilot, "palmyra")
        view = app.screen.view
        assert status(app) == "match 1/4 for 'palmyra'"
        assert "Palmyra, reports AFP." in view.cursor_text
        await pilot.press("n")
        assert status(app) == "match 2/4 for 'palmyra'"
        assert view.cursor_text.startswith("But the group also faced another setback")
        await pilot.press("n", "n")
        assert status(app) == "match 4/4 for 'palmyra'"
        assert view.cursor_text.startswith("UNESCO has urged both sides to spare Palmyra")
        await pilot.press("n")
        assert status(app) == "match 1/4 for 'palmyra' · search hit BOTTOM, continuing at TOP"
        await pilot.press("N")
        assert status(app) == "match 4/4 for 'palmyra' · search hit TOP, continuing at BOTTOM"
        assert view.cursor_text.startswith("UNESCO")
        on_screen = [view.render_line(y).text for y in range(view.page_height)]
        assert any("UNESCO has urged both sides to spare Palmyra" in line for line in on_screen)


async def test_a_search_typed_before_the_first_frame_lands_in_the_search_line() -> None:
    """The search line is mounted once the reader has painted, or by the first ``/`` when that
    comes sooner: keys typed at once still search, and there is one line either way."""
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:  # no pause: the first frame is not painted yet
        assert not app.screen.query("#search")
        await pilot.press("slash", *"palmyra", "enter")
        await pilot.pause()
        assert status(app) == "match 1/4 for 'palmyra'"
        assert len(app.screen.query("#search")) == 1
    async with reading() as (app, pilot):
        assert len(app.screen.query("#search")) == 1  # mounted after the first frame
        await search(pilot, "palmyra")
        assert status(app) == "match 1/4 for 'palmyra'" and len(app.screen.query("#search")) == 1


async def test_smart_case() -> None:
    async with reading() as (app, pilot):
        await search(pilot, "daesh")
        assert status(app) == "match 1/2 for 'daesh'"
        await search(pilot, "DAESH")
        assert status(app) == "no match for 'DAESH'"
        await search(pilot, "Daesh")
        assert status(app) == "match 1/2 for 'Daesh'"


async def test_matches_are_painted_on_exactly_their_cells() -> None:
    async with reading() as (app, pilot):
        await search(pilot, "pullout")
        view = app.screen.view
        current = view.get_component_rich_style("article-view--search-current")
        line = next(y for y in range(view.page_height) if "pullout" in view.render_line(y).text)
        painted = [seg.text for seg in view.render_line(line) if seg.style and seg.style.bgcolor == current.bgcolor]
        assert painted == ["pullout"]


async def test_escape_cancels_and_n_without_a_search_says_so() -> None:
    async with reading() as (app, pilot):
        await pilot.press("slash", "j", "escape")
        assert app.screen.query_one("#search").display is False
        assert app.screen.view.has_focus
        await pilot.press("n")
        assert status(app) == "no search yet: press / to search"
        await pilot.press("j")
        assert app.screen.view.scroll_y == 1


async def test_a_slash_inside_the_query_is_text() -> None:
    async with reading() as (app, pilot):
        await search(pilot, "and/or")
        assert status(app) == "no match for 'and/or'"


async def test_a_query_typed_in_one_burst_keeps_its_slashes_in_place() -> None:
    """A terminal delivers typed-ahead or pasted keys at once; the '/' binding fired ahead of
    the letters still queued for the search line ('htt//ps:exa')."""
    from textual import events
    from textual.keys import _character_to_key

    async with reading() as (app, pilot):
        for char in "/https://exa":
            app.post_message(events.Key(_character_to_key(char), char))
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one("#search").value == "https://exa"



async def test_keys_typed_in_one_burst_after_enter_belong_to_the_article() -> None:
    """'/palmyra', Enter and 'n' in one burst (a fast typist, a paste, tmux's send-keys): the
    search is kept and n goes to the next match; the n was typed into the search line
    ('palmyran': no match), Enter's binding run after it."""
    from textual import events
    from textual.keys import _character_to_key

    async with reading() as (app, pilot):
        for char in "/palmyra":
            app.post_message(events.Key(_character_to_key(char), char))
        app.post_message(events.Key("enter", "\r"))
        app.post_message(events.Key("n", "n"))
        for _ in range(4):
            await pilot.pause()
        assert status(app) == "match 2/4 for 'palmyra'"
        assert app.focused is app.screen.view
        top = app.screen.view.scroll_y
        for key, char in [("slash", "/"), ("u", "u"), ("escape", "\x1b"), ("j", "j")]:  # escape, then j
            app.post_message(events.Key(key, char))
        for _ in range(4):
            await pilot.pause()
        assert status(app) == "search cancelled: back to 'palmyra'"
        assert app.screen.view.scroll_y == top + 1 and app.focused is app.screen.view

async def test_matches_show_as_the_query_is_typed_and_escape_goes_back() -> None:
    """Incremental, as less and vim: each key searches from where / was pressed."""
    async with reading() as (app, pilot):
        view = app.screen.view
        await pilot.press("slash", *"palm")
        await pilot.pause()
        assert app.screen.query_one("#search").has_focus  # still typing
        assert status(app) == "match 1/4 for 'palm'"
        assert "Palmyra, reports AFP." in view.cursor_text
        assert len(view._layers["search"].spans) == 4
        await pilot.press(*"yra x")
        await pilot.pause()
        assert status(app) == "no match for 'palmyra x'"
        await pilot.press("escape")
        await pilot.pause()
        assert view.cursor == 0 and "search" not in view._layers
        assert status(app) == "search cancelled"


async def test_up_and_down_bring_back_earlier_searches() -> None:
    async with reading() as (app, pilot):
        await search(pilot, "palmyra")
        await search(pilot, "Ramadi")
        box = app.screen.query_one("#search")
        await pilot.press("slash", "up")
        assert box.value == "Ramadi"
        await pilot.press("up")
        assert box.value == "palmyra"
        await pilot.press("up")  # the oldest stays
        assert box.value == "palmyra"
        await pilot.press("down", "down")
        assert box.value == ""
        await pilot.press("up", "enter")
        await pilot.pause()
        assert status(app).startswith("match ") and "'Ramadi'" in status(app)
