"""``newsread export ARTICLE --format md|csv|json|claimreview [-o FILE]``: one article's claims,
verdicts, corrections and notes as a report (``tui.report``).

The analysis is the reader's: from the cache, else computed (and kept), with the reader's
corrections applied. A bad ARTICLE or an ``-o`` that cannot be written is told in one line
before anything is analysed or saved; the file is written whole or not at all.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tui.config import load_config
from tui.errors import NewsreadError
from tui.model import Article
from tui.oneline import dumps, inert, line
from tui.report import build_report, to_claimreview, to_csv, to_json, to_markdown
from tui.review import Correction, Verdict, apply_corrections
from tui.store.database import Store
from tui.store.reviews import reviews_for_article


def run(args: argparse.Namespace) -> int:
    out = Path(args.output) if args.output else None
    if out is not None:
        _check_writable(out)
    model = args.model or load_config().model
    article = _article(args.article, args.encoding)
    from tui.analysis.engine import analyze
    from tui.analysis_cache import cached, keep

    analysis = cached(article, model)
    if analysis is None:
        analysis = analyze(article, model)
        keep(analysis)
    with Store.open() as store:
        reviews = reviews_for_article(store, article)
        notes = store.annotations_for_article(article)
    corrections = [r for r in reviews if isinstance(r, Correction)]
    report = build_report(apply_corrections(analysis, corrections),
                          [r for r in reviews if isinstance(r, Verdict)], notes, corrections)
    if args.format == "md":
        text = to_markdown(report)
    elif args.format == "csv":
        text = to_csv(report)
    else:
        data = to_json(report) if args.format == "json" else to_claimreview(report)
        text = dumps(data, indent=2) + "\n"
    if out is None:
        if hasattr(sys.stdout, "reconfigure"):
            sys.stdout.reconfigure(encoding="utf-8")
        # to a terminal, Markdown and CSV (its CRLF rows as lines) are shown inert (JSON
        # escapes them in any case); to a pipe or a file they stay exact
        sys.stdout.write(inert(text.replace("\r\n", "\n")) if sys.stdout.isatty() else text)
        return 0
    from tui.commands.annotations import _write_atomically

    _write_atomically(out, text)
    print(line(f"exported {len(report.claims)} claims of {article.title or args.article} to {out}"),
          file=sys.stderr)
    return 0


def _article(name: str, encoding: str | None) -> Article:
    """A path, URL or ``-`` as the reader opens it, or the id (``sha256:…``) of an article in
    the library."""
    if name.startswith("sha256:"):
        with Store.open(readonly=True) as store:
            found = store.get_article(name)
        if found is None:
            raise NewsreadError(f"{name}: no such article in the library")
        return found
    from tui.reading import load_article  # a URL read before is read offline from the library

    return load_article(name, encoding)


def _check_writable(out: Path) -> None:
    """Refuse at once an output that cannot be written (a missing or read-only folder, a
    folder as the file, a read-only file), before any work is done."""
    folder = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        raise NewsreadError(f"{out}: is a folder, not a file")
    if not folder.is_dir():
        raise NewsreadError(f"{out}: cannot write (no folder {folder})")
    if not os.access(folder, os.W_OK | os.X_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise NewsreadError(f"{out}: cannot write (permission denied)")
