"""Every movement key of DESIGN.md, pressed in a real (headless) app on the seed article."""

from __future__ import annotations

import pytest

from reader_articles import SEED_TITLE, reading

pytestmark = pytest.mark.anyio

FIRST = (
    "The Islamic State (ISIS) group on Sunday sealed its capture of the Iraqi city of Ramadi "
    "after a dramatic pullout by Iraqi forces, but was prevented by Syrian troops from taking "
    "the heritage site of Palmyra, reports AFP."
)
LAST = "AFP contributed to this report."
PAGE = 21  # 24 rows less header, status line and footer


def screen_lines(view) -> list[str]:
    return [view.render_line(y).text.strip() for y in range(view.page_height)]


async def test_opens_at_the_top_with_the_cursor_on_the_title() -> None:
    async with reading() as (app, pilot):
        view = app.screen.view
        assert view.page_height == PAGE
        assert view.scroll_y == 0
        assert view.cursor_text == SEED_TITLE
        assert screen_lines(view)[:4] == [
            SEED_TITLE,
            "Sunnis flee the violence in the city of Ramadi, IraqReuters",
            "",
            "The Islamic State (ISIS) group on Sunday sealed its capture of the Iraqi",
        ]


SCROLLS = [
    (["j"], 1),
    (["down", "down", "down"], 3),
    (["j", "j", "k"], 1),
    (["j", "up"], 0),
    (["space"], PAGE),
    (["pagedown"], PAGE),
    (["space", "b"], 0),
    (["space", "space", "pageup"], PAGE),
    (["d"], PAGE // 2),
    (["d", "d", "u"], PAGE // 2),
    (["k"], 0),
]


async def test_scrolling_keys() -> None:
    """Each row starts from the top (``g``) and ends at the expected first line."""
    async with reading() as (app, pilot):
        for keys, expected in SCROLLS:
            await pilot.press("g", *keys)
            assert (keys, app.screen.view.scroll_y) == (keys, expected)


@pytest.mark.parametrize("key", ["G", "end"])
async def test_bottom_shows_the_last_line_and_puts_the_cursor_on_it(key: str) -> None:
    async with reading() as (app, pilot):
        await pilot.press(key)
        view = app.screen.view
        assert view.scroll_y == view.line_count - PAGE
        assert screen_lines(view)[-1] == LAST
        assert view.cursor_text == LAST


@pytest.mark.parametrize("key", ["g", "home"])
async def test_top_comes_back(key: str) -> None:
    async with reading() as (app, pilot):
        await pilot.press("G", key)
        view = app.screen.view
        assert view.scroll_y == 0
        assert view.cursor_text == SEED_TITLE


async def test_the_cursor_follows_the_view_like_less() -> None:
    """Scrolling the cursor's sentence off the top moves the cursor to the first one in view."""
    async with reading() as (app, pilot):
        await pilot.press("right_parenthesis", "right_parenthesis", "j")
        assert app.screen.view.cursor_text == FIRST  # still in view: it stays
        await pilot.press("g", "j")
        assert app.screen.view.cursor_text == "Sunnis flee the violence in the city of Ramadi, IraqReuters"
        await pilot.press("j")
        assert app.screen.view.cursor_text == FIRST


async def test_sentence_keys_move_the_cursor_and_the_view_follows() -> None:
    async with reading() as (app, pilot):
        view = app.screen.view
        await pilot.press("right_parenthesis", "right_parenthesis")
        assert view.cursor_text == FIRST
        assert view.scroll_y == 0
        await pilot.press(*["right_parenthesis"] * 30)
        assert view.cursor_text == LAST
        assert screen_lines(view)[-1] == LAST
        await pilot.press("left_parenthesis")
        assert view.cursor_text.startswith("UNESCO has urged both sides to spare Palmyra")
        await pilot.press("g", "left_parenthesis")
        assert view.cursor_text == SEED_TITLE


async def test_status_line_tells_the_position() -> None:
    async with reading() as (app, pilot):
        position = app.screen.query_one("#position")
        total = len(app.screen.view.sentences)
        widest = f"sentence {total}/{total}  100%"  # its width from the start: moving never lays out the screen
        assert str(position.render()) == f"sentence 1/{total}  {100 * PAGE // app.screen.view.line_count}%".rjust(len(widest))
        await pilot.press("G")
        await pilot.pause()
        assert str(position.render()) == widest


async def test_q_quits_with_status_0() -> None:
    async with reading() as (app, pilot):
        await pilot.press("q")
        await pilot.pause()
    assert app.return_value == 0


async def test_resize_rewraps_and_keeps_the_place() -> None:
    async with reading() as (app, pilot):
        view = app.screen.view
        await pilot.press("space")
        top_offset = view.line_span(int(view.scroll_y))[0]
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert max(len(view.render_line(y).text.rstrip()) for y in range(38)) <= 16 + 88
        start, end = view.line_span(int(view.scroll_y))
        assert start <= top_offset < max(end, start + 1) or start == top_offset
        bottom = min(view.line_count, int(view.scroll_y) + view.page_height)
        assert str(app.screen.query_one("#position").render()).endswith(f"  {100 * bottom // view.line_count}%")


async def test_any_scroll_keeps_the_cursor_in_view_and_a_click_moves_it() -> None:
    async with reading() as (app, pilot):
        view = app.screen.view
        view.scroll_to(y=40, animate=False)  # as the mouse wheel or the scrollbar would
        await pilot.pause()
        first_visible = view.line_span(40)[0]
        start, end = view.sentences[view.cursor]
        assert view.line_of_offset(end - 1) >= 40 and view.line_of_offset(start) < 40 + PAGE
        assert start >= first_visible or end > first_visible
        await view.run_action("top")
        await pilot.click(offset=(10, 4))  # screen row 4 is view line 3: the first paragraph
        assert view.cursor_text == FIRST
