"""The reader's engine in a process of its own.

spaCy's import, the model load and every analysis run in one worker process
(``concurrent.futures.ProcessPoolExecutor`` with the spawn start method: a fresh interpreter
that inherits neither the reader's threads nor its terminal), so that the reader's process,
and its interpreter lock, only paints and receives results. The reader starts it on its first
cache miss, a few milliseconds after start-up, so that the model loads on the other core
while the text is being painted; an article whose analysis is cached never starts it.

A worker that dies (killed, out of memory) fails the analysis it was running with
``EngineStopped``, never a hang; the next analysis starts a new worker. ``stop`` kills the
worker without waiting for it (quitting must not wait on spaCy), and so does asking for a
new analysis while one is still running: one analysis at a time, the article on screen's.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import redirect_stderr
from multiprocessing import resource_tracker
from multiprocessing.process import BaseProcess

from tui.analysis_cache import keep
from tui.errors import NewsreadError
from tui.model import Analysis, Article
ORPHAN_CHECK = 0.5
"""Seconds between the worker's checks that the reader's process is still its parent."""
KILL_WAIT = 1.0
"""Seconds at most to reap a killed worker (SIGKILL takes effect at once; this is not a wait
for its work)."""


class EngineStopped(NewsreadError):
    """The worker process ended before the analysis was done (killed, crashed, out of memory)."""


def _worker_setup(reader: int) -> None:
    """The worker's first step. Its stdout and stderr go nowhere (the terminal is the reader's,
    and a library's warning printed on it would garble the screen; errors still come back,
    raised by the analysis's future). And it ends when the reader's process ``reader`` is gone
    however that ended (killed, crashed): a pool worker otherwise waits on its queue forever,
    a model's worth of memory held by nobody."""
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    os.close(null)
    threading.Thread(target=_end_with, args=(reader,), daemon=True).start()


def _end_with(reader: int) -> None:
    while os.getppid() == reader:
        time.sleep(ORPHAN_CHECK)
    os._exit(0)


def _load(model: str | None) -> None:
    """In the worker: import spaCy and load the model, ahead of the first analysis."""
    from tui.analysis.pipeline import load_pipeline

    load_pipeline(model)


def compute(article: Article, model: str | None) -> Analysis:
    """In the worker: analyse ``article`` and keep the result in the cache."""
    from tui.analysis.engine import analyze

    analysis = analyze(article, model)
    keep(analysis)
    return analysis


class EngineProcess:
    """The reader's one worker process (see the module docstring). Thread-safe."""

    def __init__(self, model: str | None) -> None:
        self.model = model
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._workers: set[BaseProcess] = set()
        self._current: Future[Analysis] | None = None

    def start(self) -> None:
        """Start the worker, which loads the model at once; returns without waiting."""
        with self._lock:
            self._started()

    def analyse(self, article: Article) -> Future[Analysis]:
        """The analysis of ``article``, computed in the worker and kept in the cache.

        A previous analysis still running is abandoned (its worker killed, its future
        cancelled or failed with ``BrokenProcessPool``). ``result`` waits for the answer.
        """
        with self._lock:
            if self._current is not None and not self._current.done():
                self._kill()
            self._current = self._started().submit(compute, article, self.model)
            return self._current

    def result(self, future: Future[Analysis]) -> Analysis:
        """Wait for ``future``: its analysis, or ``EngineStopped`` if the worker died first."""
        try:
            return future.result()
        except BrokenProcessPool:
            raise EngineStopped(f"the engine's process {self._how_it_ended()} before the analysis was done") from None

    @property
    def pids(self) -> list[int]:
        """Process ids of the live workers (none before the first ``start`` or ``analyse``)."""
        with self._lock:
            return [p.pid for p in self._workers if p.pid is not None and p.is_alive()]

    def stop(self) -> None:
        """Kill the worker and drop what it was doing; returns at once."""
        with self._lock:
            self._kill()

    def _started(self) -> ProcessPoolExecutor:
        if self._pool is not None and self._pool_broken():
            self._kill()
        if self._pool is None:
            # The tracker process that spawn needs is handed sys.stderr's descriptor, and a
            # running Textual app has replaced sys.stderr with a capture that has none.
            with open(os.devnull, "w") as null, redirect_stderr(null):
                resource_tracker.ensure_running()
            before = set(multiprocessing.active_children())
            pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                       initializer=_worker_setup, initargs=(os.getpid(),))
            pool.submit(_load, self.model)  # with spawn, the worker is started by this call
            self._workers = set(multiprocessing.active_children()) - before
            self._pool = pool
        return self._pool

    def _pool_broken(self) -> bool:
        return any(not p.is_alive() for p in self._workers)

    def _how_it_ended(self) -> str:
        with self._lock:
            codes = [p.exitcode for p in self._workers if not p.is_alive()]
        if codes and codes[0] is not None and codes[0] < 0:
            return f"was stopped by signal {-codes[0]}"
        return f"ended with status {codes[0]}" if codes else "ended"

    def _kill(self) -> None:
        for p in self._workers:
            p.kill()
            p.join(KILL_WAIT)
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool, self._workers, self._current = None, set(), None
