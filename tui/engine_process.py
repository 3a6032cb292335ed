"""The reader's engine in a process of its own.

spaCy's import, the model load and every analysis run in one worker process
(``concurrent.futures.ProcessPoolExecutor`` with the spawn start method: a fresh interpreter
that inherits neither the reader's threads nor its terminal), so that the reader's process,
and its interpreter lock, only paints and receives results. ``newsread ARTICLE`` starts it
before Textual is even imported when a core is spare, so that the model loads on that core
while the text is being painted (the reader, once the text is on screen, asks it for the
analysis, or stops it when the cache has the analysis: ``stop_idle``); else the reader starts
it on its first cache miss, once the text is on screen.

A long article is analysed chunk by chunk (``tui.analysis.chunks``), the chunk at the reading
position first, and before it a screenful from there (``chunks.preview``, a fifth of the
parse of a chunk): what each chunk alone shows is sent to the reader as soon as it is done
(``Progress``, on a ``multiprocessing`` queue handed to the worker when it starts), so that
highlights and claims appear while the rest is analysed; the final analysis, of all the
chunks joined into one document, is the same as ``newsread analyze`` prints, and is the one
kept in the cache (by a task of its own after it: the reader has the analysis while it is
written).

A worker that dies (killed, out of memory) fails the analysis it was running with
``EngineStopped``, never a hang; the next analysis starts a new worker. ``stop`` kills the
worker without waiting for it (quitting must not wait on spaCy), and so does asking for a
new analysis while one is still running: one analysis at a time, the article on screen's.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import queue
import sys
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import nullcontext, redirect_stderr
from multiprocessing import resource_tracker
from dataclasses import dataclass, replace
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue
from typing import TYPE_CHECKING

from tui.errors import NewsreadError
from tui.orphans import end_with

if TYPE_CHECKING:  # tui.model too: the reader starts this process before it needs the model (~20 ms)
    from spacy.tokens import Doc

    from tui.analysis.chunks import Chunk
    from tui.analysis_model import Analysis
    from tui.model import Article

KILL_WAIT = 1.0
"""Seconds at most to reap a killed worker (SIGKILL takes effect at once; this is not a wait
for its work)."""
PIECE_ITEMS = 64
"""Entities, claims, events or sentences per pickled piece of a finished analysis (see
``_packed``): one piece unpickles in a few milliseconds."""
PIECES = ("entities", "claims", "events", "sentences")
"""The fields of ``Analysis`` sent in pieces."""


TRACKER_QUIET = "ignore:resource_tracker:UserWarning"
"""The -W option that silences spawn's resource tracker's warning of leaked semaphores."""


NICENESS = 10
"""How much lower than the reader's the worker's scheduling priority is (``nice``)."""


def _yield_to_reader(pid: int | None, niceness: int = NICENESS) -> None:
    """Lower the just started process ``pid``'s priority by ``niceness`` (at most to 19),
    so that where the reader and it both want a core (a busy machine, or a single core) the
    reader's frames come first and the engine takes what they leave: at ``NICENESS`` Linux
    gives the worker about a tenth of a shared core while the reader is busy, and all of it
    once the reader waits. On two idle cores each has its own and this changes nothing.
    Left as it is where priorities cannot be set (no ``os.setpriority``; a process already
    gone)."""
    if pid is None or not hasattr(os, "setpriority"):
        return
    try:
        os.setpriority(os.PRIO_PROCESS, pid, min(os.getpriority(os.PRIO_PROCESS, 0) + niceness, 19))
    except OSError:
        pass


def _tracker_running() -> None:
    """Start the resource tracker process that spawn needs, unless it runs.

    It is handed ``sys.stderr``'s descriptor, and a running Textual app has replaced
    ``sys.stderr`` with a capture whose descriptor is -1 (which spawning refuses): then it is
    handed /dev/null's, ``sys.stderr`` redirected for that moment (before the app, another
    thread may be printing on the real one, so it is left alone). Either way it writes on the
    terminal it inherits, after the reader has left: its warning of the semaphores a killed
    worker leaves is no news to a reader, and is turned off in it (the -W options of this
    interpreter are the ones it is started with)."""
    if TRACKER_QUIET not in sys.warnoptions:
        sys.warnoptions.append(TRACKER_QUIET)
    try:
        usable = sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):  # no stderr, or one with no descriptor at all
        usable = False
    if usable:
        resource_tracker.ensure_running()
        return
    with open(os.devnull, "w") as null, redirect_stderr(null):
        resource_tracker.ensure_running()


class EngineStopped(NewsreadError):
    """The worker process ended before the analysis was done (killed, crashed, out of memory)."""


@dataclass(frozen=True)
class Progress:
    """One chunk of an analysis under way, sent when it is done.

    ``found`` is what the chunk alone shows, at its offsets in the whole article (ids prefixed
    with ``index``, the chunk's place in the text; its ``article`` is a stand-in with the
    right id and no text); ``done`` is the share of the text analysed so far, in (0, 1].
    The first update of a long article may be a ``preview`` of the part on screen, with
    the index of the chunk that holds it: that chunk's update replaces it.
    """

    article_id: str
    index: int
    done: float
    found: Analysis


_updates: Queue[Progress] | None = None
"""In the worker: where ``Progress`` goes (set when the worker starts)."""


def _worker_setup(reader: int, updates: Queue[Progress]) -> None:
    """The worker's first step. Its stdout and stderr go nowhere (the terminal is the reader's,
    and a library's warning printed on it would garble the screen; errors still come back,
    raised by the analysis's future). And it ends when the reader's process ``reader`` is gone
    however that ended (killed, crashed): a pool worker otherwise waits on its queue forever,
    a model's worth of memory held by nobody.

    Its OpenBLAS (numpy's) gets one thread, unless told otherwise: the engine's matrix
    products go through blis (thinc's NumpyOps), never OpenBLAS, whose pool of a thread per
    core, started while numpy is imported, cost ~50 ms of CPU on the way to the first
    analysis (numpy reads the setting when imported, after this step)."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    os.close(null)
    global _updates
    _updates = updates
    end_with(reader)


def _load(model: str | None) -> None:
    """In the worker: import spaCy, load the model and import the engine with its lexicon,
    ahead of the first analysis; the regular expressions all this compiles are kept from one
    start to the next (``tui.regex_cache``: a fifth of this work on the sample)."""
    from tui.paths import cache_dir
    from tui.regex_cache import kept_regexes

    with kept_regexes(cache_dir()):
        from tui.analysis.pipeline import load_pipeline

        load_pipeline(model)
        from tui.analysis import casing, chunks, engine, version  # noqa: F401  (compute's)
        from tui.analysis.entities import lexicon

        lexicon()


_computed: Analysis | None = None
"""In the worker: the analysis ``compute`` returned last, for ``keep_computed``."""


def keep_computed() -> None:
    """In the worker: keep the analysis computed last in the cache. A task of its own, after
    ``compute``'s: the reader has the analysis while it is being written."""
    global _computed
    from tui.analysis_cache import keep  # not at the top: the worker imports this module before spaCy

    if _computed is not None:
        keep(_computed)
        _computed = None


_analysed = False
"""In the worker: whether ``compute`` has run in it yet."""


def compute(article: Article, model: str | None, at: int = 0) -> Analysis:
    """In the worker: analyse ``article`` (for ``keep_computed`` to keep); a long article
    chunk by chunk from offset ``at`` on, each chunk told as ``Progress`` when done.

    The worker's first analysis compiles the patterns the engine makes where it first uses
    them (some 25 on the sample, ~10 ms: a character class holding a character past U+00FF,
    such as ``[\\w'’-]``, takes milliseconds): they are kept from one worker to the next
    (``tui.regex_cache``, a file of their own); later analyses find them in ``re``'s cache."""
    global _computed, _analysed
    from tui.paths import cache_dir
    from tui.regex_cache import kept_regexes

    first, _analysed = not _analysed, True
    with kept_regexes(cache_dir() / "analysis") if first else nullcontext():
        _computed = _analysis(article, model, at)
    return _computed


def _analysis(article: Article, model: str | None, at: int) -> Analysis:
    """``compute``'s analysis."""
    from tui.analysis.casing import truecased
    from tui.analysis.chunks import chunks, core, joined, preview, reading_order
    from tui.analysis.engine import analyze, analyze_doc
    from tui.analysis.pipeline import load_pipeline, model_label, verb_forms
    from tui.analysis.version import engine_version

    parts = chunks(article.text)
    if len(parts) == 1:
        analysis = analyze(article, model)
    else:
        nlp = load_pipeline(model)
        text = truecased(article.text, verb_forms(nlp))  # what the parser reads (see tui.analysis.casing): same offsets
        nlp.max_length = max(nlp.max_length, *(part.after - part.before + 1 for part in parts))
        label, version = model_label(nlp), engine_version()
        order = reading_order(parts, at)
        first = preview(text, parts, at)
        if first is not None:  # the part on screen at once, standing in for its chunk until that is done
            found = _piece(article, first, core(first, nlp(text[first.before:first.after])), f"{order[0]}:",
                           version, label)
            _tell(Progress(article.id, order[0], (first.end - first.start) / len(text), found))
        cores: dict[int, Doc] = {}
        for i in order:
            part = parts[i]
            cores[i] = core(part, nlp(text[part.before:part.after]))
            done = sum(parts[k].end - parts[k].start for k in cores) / len(text)
            _tell(Progress(article.id, i, done, _piece(article, part, cores[i], f"{i}:", version, label)))
        analysis = analyze_doc(joined(text, [cores[i] for i in range(len(parts))]), article, version, label)
    return analysis


def _compute_packed(article: Article, model: str | None, at: int) -> list[bytes]:
    """In the worker: ``compute``, its analysis sent back ``_packed``."""
    return _packed(compute(article, model, at))


def _packed(analysis: Analysis) -> list[bytes]:
    """``analysis`` pickled in pieces: the rest of it first, then its entities, claims, events
    and sentences ``PIECE_ITEMS`` at a time.

    Unpickling holds the interpreter lock for the whole of one ``pickle.loads``, and the
    reader's screen waits for it: a 50,000-word analysis unpickled in one go held it some
    200 ms (a frozen frame), in pieces it is let go every few milliseconds (``_unpacked``).
    """
    out = [pickle.dumps(replace(analysis, **{name: [] for name in PIECES}), pickle.HIGHEST_PROTOCOL)]
    for name in PIECES:
        items = getattr(analysis, name)
        out += [pickle.dumps((name, items[i:i + PIECE_ITEMS]), pickle.HIGHEST_PROTOCOL)
                for i in range(0, len(items), PIECE_ITEMS)]
    return out


def _unpacked(pieces: list[bytes]) -> Analysis:
    """The analysis ``_packed`` made ``pieces`` of, unpickled one piece at a time."""
    analysis: Analysis = pickle.loads(pieces[0])
    for piece in pieces[1:]:
        name, items = pickle.loads(piece)
        getattr(analysis, name).extend(items)
    return analysis


def _piece(article: Article, part: Chunk, doc: Doc, prefix: str, version: str, label: str) -> Analysis:
    """What chunk ``part`` (parsed as ``doc``) alone shows, at its offsets in ``article``."""
    from tui.analysis.chunks import moved
    from tui.analysis.engine import analyze_doc
    from tui.analysis_model import Analysis
    from tui.model import Article

    found = analyze_doc(doc, Article(text=article.text[part.start:part.end]), version, label).to_json()
    found = moved(found, part.start, prefix)
    found["article"] = {"id": article.id, "text": ""}
    return Analysis.from_json(found)


def _tell(update: Progress) -> None:
    if _updates is not None:
        _updates.put(update)


def _failed(future: Future[list[bytes]]) -> bool:
    """Done without an analysis: cancelled, or raised (the worker died, the engine failed)."""
    return future.done() and (future.cancelled() or future.exception() is not None)


class EngineProcess:
    """The reader's one worker process (see the module docstring). Thread-safe."""

    def __init__(self, model: str | None) -> None:
        self.model = model
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._workers: set[BaseProcess] = set()
        self._current: Future[list[bytes]] | None = None
        self._current_id = ""
        """The id of the article ``_current`` analyses."""
        self._updates: Queue[Progress] | None = None
        self._ahead: threading.Thread | None = None
        """The thread ``start`` spawns the worker in, while it may still be at it."""

    def start(self) -> None:
        """Start the worker, which loads the model at once. Returns at once: the worker is
        spawned by a thread of its own, as spawning waits for the new interpreter's exec
        and for the pool's own thread to run (5–15 ms of waiting measured here, more on a
        busy machine), which the caller (the reader on its way to its first frame) need not
        do. Every other method waits for that thread to be done first. A start that fails
        there (no process could be made) leaves no worker: ``analyse`` starts one, and
        raises what goes wrong then."""
        with self._state():  # started under the lock: no other thread can find it set and not yet started
            self._ahead = threading.Thread(target=self._start_ahead, name="engine-start", daemon=True)
            self._ahead.start()

    def _start_ahead(self) -> None:
        with self._lock:
            try:
                self._started()
            except Exception:  # told by the analysis that starts it again (see start)
                self._kill()

    def _state(self) -> threading.Lock:
        """The lock on this engine's state, once a start under way in ``start``'s thread is done."""
        ahead = self._ahead
        if ahead is not None and ahead is not threading.current_thread():
            ahead.join()
        return self._lock

    def analyse(self, article: Article, at: int = 0) -> Future[list[bytes]]:
        """The analysis of ``article``, computed in the worker (a long one from offset ``at``
        on, told chunk by chunk through ``progress``) and kept in the cache; ``result``
        gives it (the future holds it in pickled pieces).

        The analysis of the same article asked for before and not failed is that one again
        (a reader shown again while its analysis is still under way: another reader's start
        cancelled its worker, not the analysis). A previous analysis of another article still
        running is abandoned (its worker killed, its future cancelled or failed with
        ``BrokenProcessPool``).
        ``result`` waits for the answer.
        """
        with self._state():
            current = self._current
            if current is not None and self._current_id == article.id and not _failed(current):
                return current
            if current is not None and not current.done():
                self._kill()
            pool = self._started()
            self._current = pool.submit(_compute_packed, article, self.model, at)
            pool.submit(keep_computed)
            self._current_id = article.id
            return self._current

    def progress(self, timeout: float) -> Progress | None:
        """The next chunk done, waiting ``timeout`` seconds at most; None if none came (or
        there is no worker). Chunks of an abandoned analysis may still come: check the id."""
        with self._state():
            updates = self._updates
        if updates is None:
            time.sleep(timeout)
            return None
        try:
            return updates.get(timeout=timeout)
        except (queue.Empty, OSError, ValueError):  # nothing yet, or the queue closed by a kill
            return None

    def result(self, future: Future[list[bytes]]) -> Analysis:
        """Wait for ``future``: its analysis (unpickled in this thread, a piece at a time), or
        ``EngineStopped`` if the worker died first."""
        try:
            return _unpacked(future.result())
        except BrokenProcessPool:
            raise EngineStopped(f"the engine's process {self._how_it_ended()} before the analysis was done") from None

    @property
    def pids(self) -> list[int]:
        """Process ids of the live workers (none before the first ``start`` or ``analyse``)."""
        with self._state():
            return [p.pid for p in self._workers if p.pid is not None and p.is_alive()]

    def stop(self) -> None:
        """Kill the worker and drop what it was doing; returns at once (once a start under way
        in ``start``'s thread is done: a few milliseconds)."""
        with self._state():
            self._kill()

    def stop_idle(self) -> None:
        """Kill the worker if no analysis has been asked of it (one started ahead, loading
        the model for an article whose analysis turned out to be cached): a core and the
        model's memory back at once. One that has work goes on. Returns at once (as ``stop``)."""
        with self._state():
            if self._current is None:
                self._kill()

    def _started(self) -> ProcessPoolExecutor:
        if self._pool is not None and self._pool_broken():
            self._kill()
        if self._pool is None:
            _tracker_running()
            # Its start (an interpreter's, ~60 ms of CPU) comes at the reader's busiest moment,
            # and the worker's: lowest of all, as nothing waits for it (the semaphores it is told
            # of wait in its pipe), so that the worker, not it, has the other core.
            _yield_to_reader(getattr(resource_tracker._resource_tracker, "_pid", None), 19)
            before = set(multiprocessing.active_children())
            spawn = multiprocessing.get_context("spawn")
            self._updates = spawn.Queue()
            pool = ProcessPoolExecutor(1, mp_context=spawn, initializer=_worker_setup,
                                       initargs=(os.getpid(), self._updates))
            try:
                pool.submit(_load, self.model)  # with spawn, the worker is started by this call
            except BaseException:  # the worker may be spawned already (the pool's own thread then failed to start)
                for worker in set(multiprocessing.active_children()) - before:
                    worker.kill()
                    worker.join(KILL_WAIT)
                pool.shutdown(wait=False, cancel_futures=True)
                raise
            self._workers = set(multiprocessing.active_children()) - before
            for worker in self._workers:
                _yield_to_reader(worker.pid)
            self._pool = pool
        return self._pool

    def _pool_broken(self) -> bool:
        return any(not p.is_alive() for p in self._workers)

    def _how_it_ended(self) -> str:
        with self._state():
            deadline = time.monotonic() + KILL_WAIT
            for p in self._workers:  # its pipe can close a moment before the killed process can be reaped
                p.join(KILL_WAIT)
                # and the pool's own thread may be reaping it at the same moment: then this one's
                # wait finds no child, and the exit code is there once that thread has set it
                while p.exitcode is None and time.monotonic() < deadline:
                    time.sleep(0.01)
            codes = [p.exitcode for p in self._workers if p.exitcode is not None]
        if codes and codes[0] is not None and codes[0] < 0:
            return f"was stopped by signal {-codes[0]}"
        return f"ended with status {codes[0]}" if codes else "ended"

    def _kill(self) -> None:
        for p in self._workers:
            p.kill()
            p.join(KILL_WAIT)
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool, self._workers, self._current, self._updates = None, set(), None, None
