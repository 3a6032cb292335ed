"""The garbage collector's full rounds, moved to the reader's idle moments (tui.collector)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from reader_articles import reading
from tui.collector import INCREMENTAL, NEVER, IdleCollector, pause

pytestmark = pytest.mark.skipif(INCREMENTAL, reason="3.14's incremental collector keeps its own pace")


@pytest.fixture
def collector() -> Iterator[IdleCollector]:
    before = gc.get_threshold()
    held = IdleCollector(idle=0.5, overdue=30)
    held.start(now=100.0)
    yield held
    held.stop()
    assert gc.get_threshold() == before


def rounds(n: int) -> None:
    """``n`` collections of generation 1, from none since the last full one."""
    gc.collect()
    for _ in range(n):
        gc.collect(1)


def test_cpython_never_starts_a_full_round_while_the_collector_holds_them(collector: IdleCollector) -> None:
    assert gc.get_threshold()[2] == NEVER
    collector.stop()
    assert gc.get_threshold()[2] != NEVER and not collector.holding


def test_a_full_round_waits_for_cpythons_own_count_and_a_pause_in_the_keys(collector: IdleCollector) -> None:
    collector.stop()
    due_at = gc.get_threshold()[2]  # CPython's own, 10 unless changed
    collector.start(now=100.0)
    rounds(due_at - 1)
    assert not collector.due(200.0)  # idle, but CPython would not collect yet either
    gc.collect(1)
    assert not collector.due(100.2)  # enough rounds, but the start (or a key) was 0.2 s ago
    collector.input_seen(150.0)
    assert not collector.due(150.4)
    assert collector.due(150.5)


def test_under_keys_that_never_pause_a_full_round_runs_once_overdue(collector: IdleCollector) -> None:
    rounds(29)
    collector.input_seen(100.0)
    assert not collector.due(100.1)
    gc.collect(1)
    assert collector.due(100.1)


def test_tick_collects_in_full_and_freezes_the_survivors(collector: IdleCollector) -> None:
    rounds(40)
    gc.unfreeze()
    assert collector.tick(200.0)
    assert gc.get_count()[2] == 0 and gc.get_freeze_count() > 0
    assert not collector.tick(200.0)  # nothing due any more
    collector.stop()
    assert gc.get_freeze_count() == 0


def test_a_pause_stops_automatic_collections_until_resumed_then_freezes_what_exists() -> None:
    before = gc.get_threshold()
    gc.unfreeze()
    resume = pause()
    try:
        assert gc.get_threshold()[0] == 0  # no automatic collection at all
        made = [[] for _ in range(2_000)]  # more than a young generation's worth
        assert gc.get_freeze_count() == 0
    finally:
        resume()
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() >= len(made)
    gc.unfreeze()


@pytest.mark.anyio
async def test_the_reader_holds_full_rounds_while_it_runs_and_hears_every_key() -> None:
    before = gc.get_threshold()
    async with reading() as (app, pilot):
        assert gc.get_threshold()[2] == NEVER
        heard = app.collector.last_input
        await pilot.press("j")
        assert app.collector.last_input > heard
    assert gc.get_threshold() == before
