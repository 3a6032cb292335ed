"""Many articles analysed over several processes (``newsread analyze --jobs N``), the results
in input order.

The articles are dealt out in contiguous batches, a few per process so that a long article
does not leave the others idle, to a ``ProcessPoolExecutor`` (spawn: fresh interpreters,
each loading the model once); each batch goes through the engine's ``analyze_articles`` (one
``nlp.pipe`` per batch) and its results come back in order. One process, or a single batch,
needs no pool, nor do a few short articles (``WORDS_PER_JOB``): the engine runs here.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import repeat

from tui.model import Analysis, Article

BATCHES_PER_JOB = 4
"""Batches dealt to each process: more balance the load, fewer batch more texts per pipe."""
WORDS_PER_JOB = 5_000
"""Words of text at least for each process: another process loads the model again (a second
or two of a core), which a few short articles would not pay back."""


def default_jobs() -> int:
    """The number of processes when none is asked for: the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _analyse_batch(articles: list[Article], model: str | None) -> list[Analysis | Exception]:
    """In a worker: the engine's outcomes for one batch, in order."""
    from tui.analysis.engine import analyze_articles

    return list(analyze_articles(articles, model))


def analyses(articles: list[Article], model: str | None, jobs: int) -> Iterator[Analysis | Exception]:
    """``analyze_articles(articles, model)`` spread over ``jobs`` processes at most: each article's
    analysis, or the exception that cost it, in input order, a batch at a time. A missing
    pipeline raises ``NewsreadError`` (from the first batch)."""
    jobs = min(jobs, sum(len(a.text.split()) for a in articles) // WORDS_PER_JOB)
    size = max(1, -(-len(articles) // (max(jobs, 1) * BATCHES_PER_JOB)))
    batches = [articles[i:i + size] for i in range(0, len(articles), size)]
    if jobs <= 1 or len(batches) <= 1:
        from tui.analysis.engine import analyze_articles

        yield from analyze_articles(articles, model)
        return
    pool = ProcessPoolExecutor(min(jobs, len(batches)), mp_context=multiprocessing.get_context("spawn"))
    try:
        for results in pool.map(_analyse_batch, batches, repeat(model)):
            yield from results
    finally:  # an interrupted reader (``| head``) does not wait for the batches under way
        pool.shutdown(wait=False, cancel_futures=True)
