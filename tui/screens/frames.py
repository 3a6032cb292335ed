"""When a screen paints: at once, unless two frames were painted within the last frame's time.

Textual paints a screen from a timer (``Screen._update_timer``, ``1 / TEXTUAL_FPS`` seconds,
60 frames a second by default) that is paused between updates and resumed by the next one.
Its ticks keep to a grid set when the timer started, and a tick that comes late (a paused
timer resumed after its grid point) moves the next one to the grid point *after* the next:
one to two frames away (Textual 8.2's ``Timer._run``: ``count = int((now - start) /
interval + 1)``, then ``start + (count + 1) * interval``). A key pressed just after another
update was painted (the status line's spinner, ten times a second while the analysis runs)
then waited up to two frames, 33 ms, with nothing to do: they were the keys over 33 ms of
``benchmarks/analysis_perf.py``'s j/k row (about 30 ms idle of 35 ms, the UI thread's own
work 3-6 ms of it).

``FrameTimer`` keeps Textual's rate, a frame per ``1 / TEXTUAL_FPS`` seconds over time, but
lets ``BURST`` frames be painted back to back (a token bucket, kept as the time the frames
painted so far would be due at that rate): a key's frame no longer waits because the
spinner's was painted a moment before it, and a stream of updates still gets no more than
the rate. Measured on the same row (100x30, 2 cores shared with other work): p99 36-42 ms
with Textual's timer (31-45 ms in runs beside these); 27-30 ms with one frame's wait counted
from the last frame; 20-30 ms with two frames back to back (load average 2-7), the median
unchanged. ``PromptScreen`` gives a screen one, and a compositor that tells every widget made
visible that it was (``tui.screens.layout_events``).
"""

from __future__ import annotations

from collections.abc import Callable

from textual._time import get_time, sleep
from textual.screen import UPDATE_PERIOD, Screen
from textual.timer import EventTargetGone, Timer

from tui.screens.layout_events import ReflowCompositor


BURST = 2
"""Frames a ``FrameTimer`` may paint back to back (then one per interval)."""


class FrameTimer(Timer):
    """A repeating timer that ticks as soon as it is active, as long as that keeps it to one
    tick per ``interval`` seconds over time with up to ``BURST`` at once (see the module
    docstring). For a screen's updates: it ignores ``repeat``, ``skip`` and ``reset``."""

    async def _run(self) -> None:
        due = float("-inf")  # when the ticks so far are due at one per interval (a tick may come BURST - 1 before)
        count = 0
        while True:
            wait = due - (BURST - 1) * self._interval - get_time()
            if wait > 0:
                await sleep(wait)
            await self._active.wait()
            now = get_time()
            due = max(due, now) + self._interval
            count += 1
            try:
                await self._tick(next_timer=now, count=count)
            except EventTargetGone:
                break


class PromptScreen(Screen):
    """A screen painted by a ``FrameTimer``: an update waits for the screen only when two
    frames were painted within the last frame's time; laid out by a ``ReflowCompositor``, so
    that a widget made visible always gets its ``Show`` and ``Resize``."""

    _frame_timer: FrameTimer | None = None
    _after_frame: tuple[Callable[[], object], ...] = ()

    def __init__(self, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._compositor = ReflowCompositor()

    def call_after_frame(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` (in a turn of its own) once the screen has painted its next frame.

        Textual's ``call_after_refresh`` does not wait for one: it runs when the screen next
        goes idle, which can come before the widgets just changed have told the screen they
        need painting (each tells it in a message of its own), so a callback that adds work
        (mounting widgets) lands in the very frame it was to follow.
        """
        self._after_frame = (*self._after_frame, callback)

    def _compositor_refresh(self) -> None:
        """Paint (Textual's), then the callbacks waiting for a frame (``call_after_frame``)."""
        super()._compositor_refresh()
        callbacks, self._after_frame = self._after_frame, ()
        for callback in callbacks:
            self.call_next(callback)

    @property
    def _update_timer(self) -> Timer:
        """The timer that paints the screen (Textual's own is made here, lazily, too)."""
        if self._frame_timer is None:
            timer = self._frame_timer = FrameTimer(self, UPDATE_PERIOD, name="screen_update",
                                                   callback=self._on_timer_update, pause=True)
            timer._start()
            self._timers.add(timer)
        return self._frame_timer
