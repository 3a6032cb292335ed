"""The lines around the article at 80 columns: a long status is cut with an ellipsis before
the position, a notification never covers the status line or the position, and the byline
and address ingest read are shown under the header (Pilot, screen text)."""

from __future__ import annotations

import pytest
from reader_articles import reader_app

from tui.model import Article

pytestmark = pytest.mark.anyio

LONG = "claim 12/17 · The Syrian Observatory for Human Rights Foundation monitoring group · said"


def rows(app) -> list[str]:
    """The screen as text, one string per row."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


async def test_a_long_status_ends_in_an_ellipsis_before_the_position() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.set_status(LONG)
        await pilot.pause()
        status_row = rows(app)[-2]
        assert status_row.startswith(" claim 12/17 · The Syrian Observatory")
        clipped, _, position = status_row.partition("…")
        assert position.startswith("  ") and position.lstrip().startswith("sentence 1/19"), status_row  # a gap, not "…sentence"


async def test_a_notification_leaves_the_status_line_and_footer_readable() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        app.screen.set_status("note deleted · U undoes")
        app.notify("A notification long enough to need two lines at this width", markup=False)
        await pilot.pause(0.3)
        assert app.screen.query("Toast")
        *_, status_row, footer = rows(app)
        assert status_row.startswith(" note deleted · U undoes") and status_row.rstrip().endswith("sentence 1/19  31%")
        assert "q Quit" in footer


async def test_the_byline_and_address_are_shown_under_the_header() -> None:
    article = Article("Bridge to close\n\nThe bridge closes in May.", title="Bridge to close", source="Gazette",
                      byline="Jane Roe", url="https://news.example/bridge", published="2026-03-01")
    app = reader_app(article)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = rows(app)
        assert screen[0].rstrip().endswith("Gazette · 2026-03-01")
        assert screen[1].strip() == "By Jane Roe · https://news.example/bridge"
