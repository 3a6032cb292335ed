"""The seed's analysis, computed once per test session and shared by the navigation, reader
and snapshot tests (so snapshots never depend on when a worker finishes)."""

from __future__ import annotations

from functools import lru_cache

from conftest import SEED

from tui.ingest import load
from tui.model import Analysis


@lru_cache(maxsize=1)
def seed_analysis() -> Analysis:
    from tui.analysis.engine import analyze

    return analyze(load(str(SEED)))
