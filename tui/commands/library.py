"""``newsread library``: the articles read before, printed (``--list``) or opened in the app."""

from __future__ import annotations

import argparse

from tui.oneline import clip, dumps, pad
from tui.store.database import LibraryEntry, Store

COLUMNS = ("title", "source", "published", "last_read", "notes")
WIDTHS = {"title": 48, "source": 20, "published": 10, "last_read": 10, "notes": 5}


def run(args: argparse.Namespace) -> int:
    """Open the library on screen, or print it with ``--list`` or when there is no terminal."""
    from tui.commands.read import missing_terminal

    if not args.list and missing_terminal() is None:
        from tui.config import load_config

        config = load_config()
        with Store.open():  # a corrupt or newer database is told in one line, before any screen
            pass
        from tui.app import NewsreadApp
        from tui.commands.read import run_app

        return run_app(NewsreadApp(None, config, analyse=True, library_filter=args.filter))
    with Store.open() as store:
        entries = store.list_articles(filter_text=args.filter)
    if args.format == "json":
        print(dumps([_json(e) for e in entries], indent=2))
    else:
        print(table(entries))
    return 0


def _json(e: LibraryEntry) -> dict[str, object]:
    return {"id": e.id, "title": e.title, "source": e.source, "published": e.published,
            "input": e.input, "last_read": e.last_read, "annotations": e.annotation_count}


def table(entries: list[LibraryEntry]) -> str:
    """Fixed-width columns a terminal or ``grep`` reads; long titles are cut with an ellipsis."""
    rows = [COLUMNS] + [
        (e.title or e.input or e.id, e.source or "", (e.published or "")[:10], e.last_read[:10],
         str(e.annotation_count))
        for e in entries
    ]
    return "\n".join(
        "  ".join(pad(clip(cell, WIDTHS[col]), WIDTHS[col]) for col, cell in zip(COLUMNS, row)).rstrip()
        for row in rows
    )

