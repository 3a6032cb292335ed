"""The garbage collector during start-up work.

Start-up (imports, building the screen, loading spaCy's model) makes objects by the hundred
thousand that live as long as the process and almost no garbage, yet every 700 new objects
set off a collection that goes through the young ones, and every tenth of those the older
ones too: time spent finding nothing to free.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


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
