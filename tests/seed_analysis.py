"""The seed's analysis, computed once per test session and shared by the navigation, reader
and snapshot tests (so snapshots never depend on when a worker finishes).

It is the analysis of the reader tests' seed article, whose publication date lets the
engine resolve "Sunday" and "last year" to dates.
"""

from __future__ import annotations

from functools import lru_cache

from reader_articles import seed_article

from tui.model import Analysis


@lru_cache(maxsize=1)
def seed_analysis() -> Analysis:
    from tui.analysis.engine import analyze

    return analyze(seed_article())
