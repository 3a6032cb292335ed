"""The engine's version, part of every analysis cache key.

newsread's release number alone would let a changed rule or lexicon serve stale analyses
from the cache during development and between releases; hashing the engine's own source
and data files makes any change to them invalidate the cache by itself. Reading a few
dozen small files costs about a millisecond and needs no spaCy.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from tui import __version__

_HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def engine_version() -> str:
    digest = hashlib.sha256()
    files = sorted(_HERE.glob("*.py")) + sorted(p for p in (_HERE / "data").glob("*") if p.is_file())
    for path in files:
        digest.update(path.relative_to(_HERE).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return f"{__version__}+{digest.hexdigest()[:12]}"
