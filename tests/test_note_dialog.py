"""The note dialog (Pilot): Enter saves from every row, as its hint says, and an edit opens
with the cursor after the note, so a key typed early adds to it instead of replacing it."""

from __future__ import annotations

import pytest
from reader_articles import reader_app

from tui.annotation_marks import NOTE_COLOURS
from tui.screens.annotate import AnnotateDialog, NoteDraft

pytestmark = pytest.mark.anyio


async def _dialog(pilot, draft: NoteDraft | None = None) -> list[NoteDraft | None]:
    got: list[NoteDraft | None] = []
    await pilot.pause()
    pilot.app.push_screen(AnnotateDialog("the passage", "Note on the passage", draft), got.append)
    await pilot.pause()
    return got


async def test_enter_on_the_colour_row_picks_the_colour_and_saves() -> None:
    app = reader_app()
    async with app.run_test(size=(100, 30)) as pilot:
        got = await _dialog(pilot)
        assert "Enter or ctrl+s saves" in str(app.screen.query_one("#annotate-hint").render())
        await pilot.press(*"first", "tab", "tab", "right", "right", "enter")
        await pilot.pause()
        assert [(d.note, d.color) for d in got] == [("first", NOTE_COLOURS[2])]


async def test_an_edit_opens_with_the_cursor_after_the_note() -> None:
    app = reader_app()
    async with app.run_test(size=(100, 30)) as pilot:
        got = await _dialog(pilot, NoteDraft(note="the PM", tags=["who"], color=NOTE_COLOURS[1]))
        await pilot.press(*" of Iraq", "tab", *", check", "enter")
        await pilot.pause()
        assert [(d.note, d.tags, d.color) for d in got] == [("the PM of Iraq", ["who", "check"], NOTE_COLOURS[1])]
