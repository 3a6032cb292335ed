"""``newsread [ARTICLE]``: load the article, then (only then) start the Textual app.

Loading first means a bad path, an empty or binary file or an undecodable one is told in
one line by the CLI, before the terminal is switched into application mode.
"""

from __future__ import annotations

import argparse
from importlib.resources import files

from tui.config import load_config
from tui.ingest import load
from tui.ingest.feeds import Feed, open_input
from tui.model import Article

SAMPLE = "000_328267cee0c06e12.txt"


def run(args: argparse.Namespace) -> int:
    config = load_config()
    article = _article(args)
    from tui.app import NewsreadApp

    status = NewsreadApp(article, config).run()
    return status or 0


def _article(args: argparse.Namespace) -> Article | Feed:
    """The named article (or feed), else the bundled sample."""
    if args.article:
        return open_input(args.article, encoding=args.encoding)
    sample = files("tui.seeds") / SAMPLE
    return load(str(sample))
