"""The garbage collector's pace: paused during start-up work, its full rounds moved off the keys.

Start-up (imports, building the screen, loading spaCy's model) makes objects by the hundred
thousand that live as long as the process and almost no garbage, yet every 700 new objects
set off a collection that goes through the young ones, and every tenth of those the older
ones too: time spent finding nothing to free (``paused``).

CPython starts a full collection (generation 2) by itself once ten collections of generation 1
have run since the last one (and the objects that survived since are a quarter of those that
survived it). A full round walks every object the process tracks, on the thread that happens
to allocate: in the reader, the UI thread, between a key and its frame. Measured on a
50,000-word article with ``j``/``k`` held (``benchmarks/analysis_perf.py``'s keys, 100x30):
one every ~50 keys, 100-130 ms each with nothing frozen, 30-50 ms with the reader frozen as
painted (``settle``), on a 2-core machine shared with other work; and they were all the keys
over 100 ms.

``IdleCollector`` takes those rounds over while the app runs: generation 2's threshold is
raised so that CPython never starts one itself, and ``tick`` (on a timer) runs it once as many
generation-1 rounds have passed as CPython's own threshold asks for and no input has come for
``IDLE`` seconds, then freezes what survived (``settle``), so that the next full round walks only
what is new. Under keys that never pause, it runs anyway after ``OVERDUE`` rounds: a bound on
the garbage in cycles that may pile up meanwhile. Python 3.14's incremental collector does its
old generation in small steps of its own; its threshold is left as it is there.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

IDLE = 0.5
"""Seconds without input after which a full round may run (a key typed during it waits)."""
OVERDUE = 200
"""Generation-1 rounds after which a full round runs even under keys: some 2,000 ``j``
presses (one such round every dozen keys, measured), a minute of a key held down."""
NEVER = 1 << 30
"""Generation 2's threshold while the collector holds it: CPython never reaches it."""
INCREMENTAL = sys.version_info >= (3, 14)
"""CPython 3.14 collects the old generation incrementally: no long full rounds to move."""


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection inside the block; when it ends without an error, what exists
    then is left out of every later collection (``gc.freeze``: still freed when nothing
    refers to it, but the rare cycle made meanwhile only when the process ends), and
    collections go on as they were.

    A zero threshold rather than ``gc.disable``, which a library may undo: srsly's msgpack
    loader calls ``gc.enable`` after each array it reads, some 90 times while spaCy's small
    English model loads.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
        gc.freeze()
    finally:
        gc.set_threshold(*thresholds)


def pause() -> Callable[[], None]:
    """No automatic collection from now until the returned function is called, which
    leaves what exists then out of later collections (``settle``) and lets them go on as
    they were. For work that is not a block: the reader's first frame, from the app's mount
    to the paint (some thirty young-generation rounds over objects that all live on, ~8 ms
    of its ~100)."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0)

    def resume() -> None:
        settle()
        gc.set_threshold(*thresholds)

    return resume


def settle() -> None:
    """Leave the objects that exist now out of the garbage collector's rounds (``gc.freeze``).

    A full collection goes through every tracked object of the reader: a long article's, then
    its analysis's hundred thousand, 100 to 200 ms each time on the UI thread. Frozen, those
    objects stay out of every round (still freed when nothing refers to them, but garbage in a
    cycle, a widget closed meanwhile, only once the reader has closed and handed them back with
    ``gc.unfreeze``: ``AnalysisScreen.on_unmount``, ``IdleCollector.stop``).
    """
    gc.freeze()


class IdleCollector:
    """Full collections moved to the moments without input (see the module docstring).

    ``start`` when the app starts, ``input_seen`` with each key or mouse event, ``tick`` on a
    timer, ``stop`` when the app ends (the thresholds as they were, the frozen objects back).
    Times are ``time.monotonic()`` seconds.
    """

    def __init__(self, idle: float = IDLE, overdue: int = OVERDUE) -> None:
        self.idle = idle
        self.overdue = overdue
        self.last_input = 0.0
        self._saved: tuple[int, int, int] | None = None

    @property
    def holding(self) -> bool:
        """Whether full rounds are ours (between ``start`` and ``stop``, before 3.14)."""
        return self._saved is not None

    def start(self, now: float) -> None:
        """Take full rounds over from CPython (a no-op on 3.14's incremental collector); the
        first waits for ``idle`` seconds after ``now`` too, like one after a key (start-up's
        first frames are the reader's to paint)."""
        self.last_input = now
        if self._saved is None and not INCREMENTAL:
            self._saved = gc.get_threshold()
            gc.set_threshold(self._saved[0], self._saved[1], NEVER)

    def stop(self) -> None:
        """Give them back: CPython's thresholds as they were, nothing left frozen."""
        if self._saved is not None:
            gc.set_threshold(*self._saved)
            self._saved = None
            gc.unfreeze()

    def input_seen(self, now: float) -> None:
        self.last_input = now

    def due(self, now: float) -> bool:
        """Whether ``tick`` at ``now`` runs a full round: as many generation-1 rounds since the
        last one as CPython would wait for, and either ``idle`` seconds without input or
        ``overdue`` rounds."""
        if self._saved is None:
            return False
        rounds = gc.get_count()[2]
        return rounds >= self._saved[2] and (now - self.last_input >= self.idle or rounds >= self.overdue)

    def tick(self, now: float) -> bool:
        """Run a full round if one is ``due`` (then ``settle`` the survivors); True if it ran."""
        if not self.due(now):
            return False
        gc.collect()
        settle()
        return True
