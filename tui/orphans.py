"""Worker processes that end with the process that started them.

A ``ProcessPoolExecutor`` worker whose parent is killed (SIGKILL, out of memory, a crash)
does not notice: it finishes what it holds and then waits on its queue forever, a model's
worth of memory held by nobody. ``end_with`` makes it notice.
"""

from __future__ import annotations

import os
import threading
import time

ORPHAN_CHECK = 0.5
"""Seconds between a worker's checks that its parent is still its parent."""


def end_with(parent: int) -> None:
    """In a worker: end this process (``os._exit(0)``) within ``ORPHAN_CHECK`` seconds of the
    process ``parent`` (its parent's pid, given by the parent itself) being gone, however that
    ended. Watched from a daemon thread, so it returns at once."""
    threading.Thread(target=_watch, args=(parent,), daemon=True).start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(ORPHAN_CHECK)
    os._exit(0)
