"""Article text is content: markup and terminal sequences in it show as text and do nothing."""

from __future__ import annotations

import pytest

from reader_articles import hostile_article, reading
from tui.oneline import inert

pytestmark = pytest.mark.anyio


def test_inert_keeps_one_character_for_one() -> None:
    text = "a\x1b[2Jb\x07c\x7fd\x9be\tf\ng"
    assert inert(text) == "a␛[2Jb␇c␡d\ufffde f\ng"
    assert len(inert(text)) == len(text)


async def test_markup_and_escapes_are_shown_not_obeyed() -> None:
    async with reading(hostile_article()) as (app, pilot):
        view = app.screen.view
        lines = [view.render_line(y).text.strip() for y in range(8)]
        assert lines[2] == "This has [bold]x[/bold] and [@click=app.quit]quit[/] in it."
        assert lines[4] == "Clear: ␛[2J done. Clipboard: ␛]52;c;aGVsbG8=␇ end. Bell ␇ and DEL ␡ here."
        for strip in (view.render_line(y) for y in range(8)):
            for seg in strip:  # no link, no action: nothing a click could fire
                assert seg.style is None or (seg.style.link is None and "@click" not in seg.style.meta)
        assert str(app.screen.query_one("#title").render()) == "Title [b]bold[/b] ␛[31mred"
        assert str(app.screen.query_one("#meta").render()) == "␛]52;c;eA==␇src"
        await pilot.click(offset=(20, 3))
        await pilot.press("j", "k", "G", "g")
        assert app.is_running
