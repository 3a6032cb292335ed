"""The reader's frames: painted by ``FrameTimer`` (two back to back, then one per interval),
on a clock of the test's own, so that nothing here depends on how fast the machine is."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
from textual._context import active_app

from reader_articles import reading
from tui.model import Article
from tui.screens import frames
from tui.screens.frames import BURST, FrameTimer

pytestmark = pytest.mark.anyio

INTERVAL = 0.1


class Clock:
    """Seconds that pass when the test says so (``now``); ``sleep`` waits for them."""

    def __init__(self) -> None:
        self.now = 0.0

    def get_time(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        until = self.now + seconds
        while self.now < until:
            await asyncio.sleep(0)


class Target:
    """What the timer is for (it keeps a weak reference; the callback does the work)."""


async def settle() -> None:
    for _ in range(10):
        await asyncio.sleep(0)


async def test_frames_come_at_once_then_keep_to_the_rate(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock()
    monkeypatch.setattr(frames, "get_time", clock.get_time)
    monkeypatch.setattr(frames, "sleep", clock.sleep)
    ticks: list[float] = []

    def paint() -> None:  # as a screen's update does: paint, then wait for the next update
        ticks.append(clock.now)
        timer.pause()

    active_app.set(SimpleNamespace(_exit=False, features=frozenset()))  # type: ignore[arg-type]  # what a tick reads
    timer = FrameTimer(Target(), INTERVAL, callback=paint, pause=True)
    timer._start()
    try:
        await settle()
        assert ticks == []  # paused: nothing to paint

        for n in range(BURST):  # updates one after another: painted at once, up to BURST
            clock.now += 0.001
            timer.resume()
            await settle()
            assert len(ticks) == n + 1 and ticks[-1] == pytest.approx(clock.now)

        clock.now += 0.001
        timer.resume()  # one more within the interval waits for the rate: one per interval
        await settle()
        assert len(ticks) == BURST
        clock.now = ticks[0] + INTERVAL - 0.001
        await settle()
        assert len(ticks) == BURST
        clock.now = ticks[0] + INTERVAL  # one interval after the first of the burst
        await settle()
        assert ticks[-1] == pytest.approx(ticks[0] + INTERVAL)

        clock.now = 10.0  # after a pause, updates are painted at once again
        for _ in range(BURST):
            timer.resume()
            await settle()
            assert ticks[-1] == pytest.approx(10.0)
        assert len(ticks) == 2 * BURST + 1
        assert timer._task is not None and not timer._task.done()  # ticked, never failed
    finally:
        timer.stop()


async def test_the_reader_paints_with_a_frame_timer() -> None:
    article = Article(text="One line. " * 400, title=None)
    async with reading(article) as (app, pilot):
        await pilot.press("j")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen._update_timer, FrameTimer)
        assert getattr(screen, "_Screen__update_timer", None) is None  # Textual's own never made
        assert screen.view.scroll_y == 1
