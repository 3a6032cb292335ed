"""``newsread [ARTICLE]``: load the article, then (only then) start the Textual app.

Loading first means a bad path, an empty or binary file or an undecodable one is told in
one line by the CLI, before the terminal is switched into application mode.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import threading
from importlib.resources import files
from typing import TYPE_CHECKING

from tui.config import load_config
from tui.errors import NewsreadError
from tui.ingest import load
from tui.ingest.feeds import Feed
from tui.model import Article
from tui.reading import open_input
from tui.store.database import Store

if TYPE_CHECKING:  # the UI is imported only once the article has loaded
    from tui.app import NewsreadApp

SAMPLE = "000_328267cee0c06e12.txt"


def run(args: argparse.Namespace) -> int:
    config = load_config()
    if args.model:
        config.model = args.model
    with Store.open() as store:
        opened = _open(args, store)
        if isinstance(opened, Article) and store.writable:  # a read-only library still reads
            try:
                store.save_article(opened)  # now the article read last, for a bare `newsread`
            except NewsreadError as exc:  # a full disk, a lock held too long: read all the same
                opened.notice = f"not saved to the library: {exc}"
    if args.article == "-":
        _keyboard_from_terminal()
    from tui.app import NewsreadApp

    return run_app(NewsreadApp(opened, config, analyse=not args.no_analysis))


def run_app(app: NewsreadApp) -> int:
    """Run the app to its end and give its exit status, without waiting for unfinished work.

    Our own loop, not asyncio.run(): that would join the worker threads on the way out,
    and an analysis still running would hold the exit until spaCy is done (seconds).
    """
    missing = missing_terminal()
    if missing is not None:
        raise NewsreadError(f"{missing} is not a terminal, and the reader needs one "
                            "(newsread analyze prints the analysis, newsread library --list the library)")
    loop = asyncio.new_event_loop()
    status = app.run(loop=loop) or 0
    if any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        # The reader has left, so unfinished work is dropped. All that was saved is
        # committed, and SQLite's journal keeps a half-done write from landing.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    loop.close()
    return status


def missing_terminal() -> str | None:
    """The first of standard input, output and error that is not a terminal, by name; None
    when all three are. A screen needs all three: keys come from stdin, Textual draws on
    stderr, and an output into a pipe or a file is read by a program, not a person."""
    for name, stream in (("standard input", sys.stdin), ("standard output", sys.stdout),
                         ("standard error", sys.stderr)):
        if stream is None or not stream.isatty():
            return name
    return None


def _open(args: argparse.Namespace, store: Store) -> Article | Feed:
    """The named article (or feed), else the article read last, else the bundled sample."""
    if args.article:
        return open_input(args.article, encoding=args.encoding)
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
