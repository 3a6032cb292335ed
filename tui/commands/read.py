"""``newsread [ARTICLE]``: load the article, then (only then) start the Textual app.

Loading first means a bad path, an empty or binary file or an undecodable one is told in
one line by the CLI, before the terminal is switched into application mode.
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib.resources import files

from tui.config import load_config
from tui.errors import NewsreadError
from tui.ingest import load
from tui.ingest.feeds import Feed, open_input
from tui.model import Article
from tui.store.database import Store

SAMPLE = "000_328267cee0c06e12.txt"


def run(args: argparse.Namespace) -> int:
    config = load_config()
    if args.model:
        config.model = args.model
    with Store.open() as store:
        opened = _open(args, store)
        if isinstance(opened, Article):
            store.save_article(opened)  # now the article read last, for a bare `newsread`
    if args.article == "-":
        _keyboard_from_terminal()
    from tui.app import NewsreadApp

    status = NewsreadApp(opened, config, analyse=not args.no_analysis).run()
    return status or 0


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
