"""``newsread annotations list|export|import``: the reader's notes, without the reader."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from tui.errors import NewsreadError
from tui.model import Annotation
from tui.oneline import clip
from tui.store.database import Store
from tui.store.export import read_annotations, to_collection, to_jsonl

QUOTE_WIDTH = 40
NOTE_WIDTH = 30


def run(args: argparse.Namespace) -> int:
    if args.action == "list":
        return _list(args)
    if args.action == "export":
        return _export(args)
    return _import(args)


def _list(args: argparse.Namespace) -> int:
    """With PATH, the article is read as the reader would and its annotations placed on its
    current text (and saved so), orphans included; without, every annotation as saved."""
    if args.path:
        from tui.ingest import load

        article = load(args.path, encoding=args.encoding)
        with Store.open() as store:
            anns = store.annotations_for_article(article)
    else:
        with Store.open(readonly=True) as store:
            anns = store.all_annotations()
    if args.format == "json":
        print(json.dumps([asdict(a) for a in anns], ensure_ascii=False, indent=2))
    else:
        print(_table(anns, with_title=not args.path))
    return 0


def _table(anns: list[Annotation], *, with_title: bool) -> str:
    if not anns:
        return "no annotations"
    head = ["ID", "WHERE", "QUOTE", "NOTE", "TAGS"] + (["ARTICLE"] if with_title else [])
    rows = [head]
    for a in anns:
        row = [a.id[:8], "orphan" if a.orphan else f"{a.start}-{a.end}",
               f"“{clip(a.exact, QUOTE_WIDTH - 2)}”", clip(a.note, NOTE_WIDTH), ",".join(a.tags)]
        if with_title:
            row.append(clip(a.title or a.input or a.article_id, QUOTE_WIDTH))
        rows.append(row)
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)


def _export(args: argparse.Namespace) -> int:
    with Store.open(readonly=True) as store:
        anns = store.all_annotations()
    if args.format == "jsonl":
        text = to_jsonl(anns)
    else:
        text = json.dumps(to_collection(anns), ensure_ascii=False, indent=2) + "\n"
    if not args.output:
        sys.stdout.write(text)
        return 0
    out = Path(args.output)
    _write_atomically(out, text)
    print(f"exported {len(anns)} annotations to {out}", file=sys.stderr)
    return 0


def _write_atomically(path: Path, text: str) -> None:
    """All or nothing: an interrupted export never leaves half a file where a good one was."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError as exc:
        raise NewsreadError(f"{path}: cannot write ({exc.strerror})") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise NewsreadError(f"{path}: cannot write ({exc.strerror})") from exc


def _import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    anns = read_annotations(path)
    with Store.open() as store:
        added, updated, unchanged = store.import_annotations(anns)
    print(f"{path}: {added} added, {updated} updated, {unchanged} unchanged")
    return 0
