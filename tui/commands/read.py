"""``newsread [ARTICLE]``: load the article, then (only then) start the Textual app.

Loading first means a bad path, an empty or binary file or an undecodable one is told in
one line by the CLI, before the terminal is switched into application mode. Before even
that, when the cores have time to spare, the engine's process is started (``_engine_ahead``),
so that spaCy loads beside the reader while it reads the article and paints it. Filing the
article in the library (``_filed``: its commits wait on the disk) runs in a thread while the
app's modules are imported, and the regular expressions those imports compile are kept from
one start to the next (``tui.regex_cache``, in a folder of the reader's own).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from tui.collector import paused
from tui.config import load_config
from tui.errors import NewsreadError
from tui.paths import cache_dir
from tui.regex_cache import kept_regexes

if TYPE_CHECKING:  # imported where used: the engine starts before any of them (``_engine_ahead``)
    from tui.app import NewsreadApp
    from tui.engine_process import EngineProcess
    from tui.ingest.feeds import Feed
    from tui.model import Article
    from tui.store.database import Store

SAMPLE = "000_328267cee0c06e12.txt"


def run(args: argparse.Namespace) -> int:
    with paused():  # the start-up's objects live as long as the app: no collections for them (tui.collector)
        app = _reader(args)
    return run_app(app)


def _reader(args: argparse.Namespace) -> NewsreadApp:
    """The app on what ``args`` name, not yet run, and the engine started if it may have work.

    Whether the article's analysis is cached is the reader's to find out once the text is
    on screen (``AnalysisScreen._analyse``): the engine started ahead is asked for the analysis
    then, or stopped when the cache has it. Its model is still loading either way."""
    config = load_config()
    if args.model:
        config.model = args.model
    analyse = not args.no_analysis
    early = analyse and spare_core()
    engine = _engine_ahead(config.model) if early and missing_terminal() is None else None
    try:
        # the modules the library's thread below uses to file a named article, imported here
        # so that the thread does not import them while the main thread imports the app's (a
        # bare `newsread` still imports the bundled sample's package there: nothing else does)
        with kept_regexes(cache_dir() / "reader"):  # the reader's own, apart from the engine's (tui.regex_cache)
            from tui.reading import open_input

            named = open_input(args.article, encoding=args.encoding) if args.article else None
            with ThreadPoolExecutor(1, thread_name_prefix="library") as library:
                filed = library.submit(_filed, named)
                from tui.app import NewsreadApp  # imported while the library's writes wait on the disk

                opened = filed.result()
        from tui.model import Article

        if args.article == "-":
            _keyboard_from_terminal()
            if engine is None and early and isinstance(opened, Article) and missing_terminal() is None:
                engine = _engine_ahead(config.model)  # keys from the terminal now: it is one
        if engine is not None and not isinstance(opened, Article):  # a feed: nothing for it to do yet
            engine.stop()
            engine = None
        return NewsreadApp(opened, config, analyse=analyse, engine=engine)
    except BaseException:
        if engine is not None:
            engine.stop()
        raise


def _filed(named: Article | Feed | None) -> Article | Feed:
    """What the reader opens — ``named`` (read from its input), else the article read last,
    else the bundled sample — saved to the library when it is an article.

    Run in a thread of its own while the app's modules are imported: the library's writes
    are committed with an fsync each (and a new library is created first, its schema
    committed), tens of milliseconds of waiting on the disk that the first frame need not
    wait for (the interpreter lock is free while SQLite waits). Bad input has been told
    by then: ``named`` is read before.
    """
    from tui.model import Article
    from tui.store.database import Store

    with Store.open() as store:
        opened = named if named is not None else _last_read(store)
        if isinstance(opened, Article) and store.writable:  # a read-only library still reads
            try:
                store.save_article(opened)  # now the article read last, for a bare `newsread`
            except NewsreadError as exc:  # a full disk, a lock held too long: read all the same
                opened.notice = f"not saved to the library: {exc}"
        return opened


def spare_core() -> bool:
    """Whether the cores this process may use have time to spare for the engine while the
    reader starts: the last minute's load average is below twice their number.

    The engine's worker runs at a lower priority than the reader (``engine_process``), so it
    takes only what the reader leaves and needs no whole core of its own: started first of
    all, it overlaps the reader's start wherever there is idle time. Measured here (2 cores,
    ``benchmarks/analysis_perf.py``, 5 runs each) with the load average between 1 and 2, a
    start-up's own load: the engine started first gave the sample's counts at 4.6x the floor
    against 6.2x, and its first paint at 1.44x against 1.46x. Only where every core is
    saturated does one more process cost the first frame (load 6 to 7 on 2 cores: about 1.6x
    the floor with the engine first, 1.4x without); there the engine starts once the text
    is on screen (the reader asks for it then)."""
    from tui.config import default_jobs

    cores = default_jobs()
    try:
        load = os.getloadavg()[0]
    except OSError:  # no load average on this system: assume time to spare
        return True
    return load < 2 * cores


def _engine_ahead(model: str | None) -> EngineProcess:
    """The engine process, started before anything else: before the article is read and
    before Textual is imported, so that the worker's interpreter, spaCy's import and the
    model's load run on the spare core from the first moment while this one reads the
    article and paints it. The reader, once on screen, asks it for the article's analysis,
    or stops it when the analysis is cached (``AnalysisScreen._analyse``); a feed's is
    stopped at once (``_reader``)."""
    from tui.engine_process import EngineProcess

    engine = EngineProcess(model)
    engine.start()
    return engine


def run_app(app: NewsreadApp) -> int:
    """Run the app to its end and give its exit status, without waiting for unfinished work.

    Our own loop, not asyncio.run(): that would join the worker threads on the way out,
    and an analysis still running would hold the exit until spaCy is done (seconds).
    The engine's process is killed on the way out, however the app ended.

    What start-up made (modules, classes, the screen) lives as long as the app, so it is
    frozen out of the garbage collector's view (``gc.freeze``) while the app runs: otherwise
    a full collection over it, some 50,000 objects, would fall in the first frame (about
    90 ms, a fifth of the floor's whole first paint) and again now and then under the keys.
    """
    import asyncio

    gc.freeze()
    try:
        _check_terminal()
        loop = asyncio.new_event_loop()
        app.run(loop=loop)
        status = app.return_code or 0  # 1 when an error ended it (its result is None then)
    finally:
        gc.unfreeze()
        if app.engine is not None:
            app.engine.stop()
    if any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        # The reader has left, so unfinished work is dropped. All that was saved is
        # committed, and SQLite's journal keeps a half-done write from landing.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    loop.close()
    return status


def _check_terminal() -> None:
    missing = missing_terminal()
    if missing is not None:
        raise NewsreadError(f"{missing} is not a terminal, and the reader needs one "
                            "(newsread analyze prints the analysis, newsread library --list the library)")


def missing_terminal() -> str | None:
    """The first of standard input, output and error that is not a terminal, by name; None
    when all three are. A screen needs all three: keys come from stdin, Textual draws on
    stderr, and an output into a pipe or a file is read by a program, not a person."""
    for name, stream in (("standard input", sys.stdin), ("standard output", sys.stdout),
                         ("standard error", sys.stderr)):
        if stream is None or not stream.isatty():
            return name
    return None


def _last_read(store: Store) -> Article:
    """The article read last, else the bundled sample."""
    from importlib.resources import files  # here: its imports (zipfile's too) are no first frame's of a named article

    from tui.ingest import load

    return store.last_read_article() or load(str(files("tui.seeds") / SAMPLE))


def _keyboard_from_terminal() -> None:
    """The article came on stdin, so keys must come from the terminal itself."""
    if sys.stdin.isatty():
        return
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise NewsreadError("-: the article was read from stdin, but there is no terminal for the keys") from None
    os.dup2(tty, sys.stdin.fileno())
    os.close(tty)
