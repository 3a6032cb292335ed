"""tui.batch: how the articles are cut into units for the processes, and what a dead worker
or a failed article comes back as (``newsread analyze --jobs`` end to end: test_analyze_cli)."""

from __future__ import annotations

import multiprocessing
import os
import signal
from concurrent.futures.process import BrokenProcessPool

from hypothesis import given, settings
from hypothesis import strategies as st

import tui.analysis.engine as engine
from tui.batch import TAIL_SHARE, UNIT_CHARS, Batch, _analyse_unit, units
from tui.model import Article


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(st.lists(st.integers(1, 40_000), max_size=60), st.integers(1, 8))
def test_units_cover_the_articles_in_order_and_shrink_towards_the_end(sizes: list[int], jobs: int) -> None:
    cut = units(sizes, jobs)
    assert [i for unit in cut for i in unit] == list(range(len(sizes)))
    left = sum(sizes)
    for unit in cut:
        size = sum(sizes[i] for i in unit)
        most = min(UNIT_CHARS, left / (TAIL_SHARE * jobs))
        assert len(unit) == 1 or size <= most  # over the bound only as one long article
        if unit.stop < len(sizes):  # and as full as the bound allows
            assert size + sizes[unit.stop] > most
        left -= size


def test_units_of_many_equal_articles() -> None:
    """100 articles of 1,000 characters over 2 processes: 16 to a unit while more than 64,000
    characters are left, then fewer, down to one at the end."""
    assert [len(unit) for unit in units([1_000] * 100, 2)] == [16, 16, 16, 13, 9, 7, 5, 4, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1]


def test_a_worker_that_dies_fails_the_articles_left_and_nothing_hangs() -> None:
    batch = Batch(None, 2)
    batch.start()
    try:
        worker = multiprocessing.active_children()[0]
        os.kill(worker.pid, signal.SIGKILL)
        worker.join(10)
        articles = [Article(text=f"Article {i}\n\nThe mayor of Lisbon opened a library on Monday.\n") for i in range(3)]
        outcomes = list(batch.analyses(articles))
    finally:
        batch.close()
    assert len(outcomes) == 3 and all(isinstance(o, BrokenProcessPool) for o in outcomes)


def test_an_article_that_fails_in_a_worker_keeps_its_traceback(nlp, monkeypatch) -> None:
    """The exception comes back pickled, without its frames: they travel as a note, for --debug."""

    def broken(*_args, **_kwargs):
        raise RuntimeError("the extractor broke")

    monkeypatch.setattr(engine, "analyze_doc", broken)
    article = Article(text="Library opens\n\nThe mayor of Lisbon opened a library on Monday.\n")
    [outcome] = _analyse_unit([article], None)
    assert isinstance(outcome, RuntimeError)
    assert "In the worker process:" in outcome.__notes__[0] and "in broken" in outcome.__notes__[0]
