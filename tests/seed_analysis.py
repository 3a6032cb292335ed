"""The seed's analysis, for the reader tests.

``seed_analysis`` is the engine's live answer, computed once per test session and shared by
the navigation and reader tests (so no test waits on a worker's timing). ``frozen_seed_analysis``
is that answer as saved once in ``data/seed.analysis.json``, for the SVG snapshots: they
picture the reader, and must not change every time an engine rule does (the engine has tests
of its own). Renew the file with ``python tests/seed_analysis.py`` when the contract changes.

It is the analysis of the reader tests' seed article, whose publication date lets the
engine resolve "Sunday" and "last year" to dates.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from reader_articles import seed_article

from tui.analysis_model import Analysis

FROZEN = Path(__file__).resolve().parent / "data" / "seed.analysis.json"


@lru_cache(maxsize=1)
def seed_analysis() -> Analysis:
    from tui.analysis.engine import analyze

    return analyze(seed_article())


def frozen_seed_analysis() -> Analysis:
    analysis = Analysis.from_json(json.loads(FROZEN.read_text(encoding="utf-8")))
    analysis.article = seed_article()  # the same text; its input path is this checkout's
    return analysis


if __name__ == "__main__":
    FROZEN.write_text(json.dumps(seed_analysis().to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {FROZEN}")
