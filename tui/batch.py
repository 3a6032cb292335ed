"""Many articles analysed over several processes (``newsread analyze --jobs N``), the results
in input order.

The articles are cut, in input order, into units of consecutive articles (``units``): about
one ``nlp.pipe`` batch of text each (``chunks.BATCH_CHARS``, what one process parses together
anyway), and smaller and smaller towards the end, so that the processes run out of work at
nearly the same moment. Every unit is handed to a ``ProcessPoolExecutor`` (spawn: fresh
interpreters, each importing spaCy and loading the model once, in ``_load``, as soon as it
starts); a process takes the next unit whenever it is free. Each unit comes back as the
analyses' JSON (built in the worker: the parent only orders, prints and caches), and is
yielded as soon as it and the units before it are in, so the output streams in input order.

The pool can be started before the inputs are read (``Batch.start``), so that the model
loads while this process reads, parses and looks the inputs up. One process, or a few short
articles (``WORDS_PER_JOB``), need no pool: the engine runs here.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from typing import Any

from tui.analysis.chunks import BATCH_CHARS
from tui.analysis_model import Failure
from tui.errors import NewsreadError
from tui.model import Article
from tui.orphans import end_with

Outcome = tuple[dict[str, Any], list[Failure]] | Exception
"""An article's analysis (its ``newsread/analysis@1`` JSON, and the sentences it could not
analyse), or the exception that cost it."""

WORDS_PER_JOB = 5_000
"""Words of text at least for each process: another process loads the model again (a second
or two of a core), which a few short articles would not pay back."""
UNIT_CHARS = BATCH_CHARS
"""Characters of text per unit at most (an article longer than this is a unit alone): as
much as the engine parses in one ``nlp.pipe`` batch, so a process batches as well as one
process alone does."""
TAIL_SHARE = 2
"""Each unit holds at most 1 / (``TAIL_SHARE`` x processes) of the text still to hand out
("guided self-scheduling", Polychronopoulos and Kuck, IEEE Trans. Computers 36(12), 1987),
so the last units are small and no process is left working alone for long."""


def units(sizes: Sequence[int], jobs: int) -> list[range]:
    """The indexes of articles of ``sizes`` characters each, cut in order into runs: each run
    at most ``UNIT_CHARS`` and at most 1 / (``TAIL_SHARE`` x ``jobs``) of the characters left
    from its start on, but at least one article."""
    out: list[range] = []
    left = sum(sizes)
    start = 0
    while start < len(sizes):
        most = min(UNIT_CHARS, left / (TAIL_SHARE * max(jobs, 1)))
        end, size = start + 1, sizes[start]
        while end < len(sizes) and size + sizes[end] <= most:
            size += sizes[end]
            end += 1
        out.append(range(start, end))
        left -= size
        start = end
    return out


class Batch:
    """The processes of one ``newsread analyze`` run, ``jobs`` at most: none until ``start`` or
    ``analyses`` asks for them; once started, they do all the work, whatever its size."""

    def __init__(self, model: str | None, jobs: int) -> None:
        self.model, self.jobs = model, jobs
        self._pool: ProcessPoolExecutor | None = None
        self._workers = 1
        self._futures: list[Future[list[Outcome]]] = []

    def start(self, workers: int | None = None) -> None:
        """Start ``workers`` processes now (default and at most ``jobs``), each importing spaCy
        and loading the model at once; nothing for one, or when they are started already."""
        workers = self.jobs if workers is None else min(workers, self.jobs)
        if self._pool is not None or workers <= 1:
            return
        self._pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_load, initargs=(self.model, os.getpid()))
        self._workers = workers
        for _ in range(workers):  # the pool starts a process per task submitted while none is idle
            self._pool.submit(int)

    def analyses(self, articles: list[Article]) -> Iterator[Outcome]:
        """The outcome of analysing each of ``articles``, in input order, each unit's as soon as
        it and those before it are done. A missing pipeline raises ``NewsreadError``; a
        worker process that dies fails the articles not yet yielded with ``BrokenProcessPool``."""
        if not articles:
            return
        if self._pool is None:
            self.start(sum(len(a.text.split()) for a in articles) // WORDS_PER_JOB)
        if self._pool is None:
            yield from _outcomes(articles, self.model)
            return
        cut = units([len(a.text) for a in articles], self._workers)
        self._futures = [self._submit(self._pool, articles[unit.start:unit.stop]) for unit in cut]
        for unit, future in zip(cut, self._futures):
            try:
                outcomes = future.result()
            except BrokenProcessPool as exc:
                outcomes = [exc] * len(unit)
            yield from outcomes

    def _submit(self, pool: ProcessPoolExecutor, articles: list[Article]) -> Future[list[Outcome]]:
        """The outcomes of ``articles`` to come from a worker (a pool broken already fails them)."""
        try:
            return pool.submit(_analyse_unit, articles, self.model)
        except BrokenProcessPool as exc:
            failed: Future[list[Outcome]] = Future()
            failed.set_exception(exc)
            return failed

    def close(self) -> None:
        """Shut the pool down: units not begun are dropped, idle processes end now, and one
        under way ends with its unit (an interrupted reader, ``| head``, waits for that unit
        at most, a second or so, not for the rest).

        It waits for the pool's manager thread, as the interpreter's exit would anyway: left
        running, it can close its wake-up pipe while the exit writes to it, and Python 3.11
        then prints an ignored ``OSError: [Errno 9] Bad file descriptor`` traceback
        (``concurrent.futures.process._python_exit``) after a run that went well."""
        for future in self._futures:  # (the pool's own cancel_futures misses them once the pool is freed)
            future.cancel()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _load(model: str | None, parent: int) -> None:
    """A new worker's first step: end with ``parent`` (this run's process) however that ends
    (``orphans``), and import spaCy and load the model. A missing model is told by the first
    unit instead (``load_pipeline`` raises it again there)."""
    from tui.analysis.pipeline import load_pipeline

    end_with(parent)
    with suppress(NewsreadError):
        load_pipeline(model)


def _outcomes(articles: Sequence[Article], model: str | None) -> Iterator[Outcome]:
    """The engine's outcome for each of ``articles``, in order, in this process."""
    from tui.analysis.engine import analyze_articles

    for result in analyze_articles(articles, model):
        yield result if isinstance(result, Exception) else (result.to_json(), result.failures)


def _analyse_unit(articles: list[Article], model: str | None) -> list[Outcome]:
    """In a worker: the outcomes of one unit, in order. An exception that cost an article
    carries its traceback as a note (an exception pickled back to the parent loses it)."""
    out = list(_outcomes(articles, model))
    for outcome in out:
        if isinstance(outcome, Exception) and outcome.__traceback__ is not None:
            outcome.add_note("In the worker process:\n" + "".join(traceback.format_tb(outcome.__traceback__)).rstrip())
    return out
