"""``newsread annotations list|export|import``: the reader's notes, without the reader."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from tui.errors import NewsreadError, tell
from tui.model import Annotation
from tui.oneline import cells, clip, dumps, line, pad
from tui.review import Review
from tui.store.database import Store
from tui.store.export import BadRecords, from_w3c, read_records, to_collection, to_jsonl
from tui.store.review_w3c import is_review, review_from_w3c, review_to_w3c
from tui.store.reviews import all_reviews, import_reviews

ID_WIDTH = 8
QUOTE_WIDTH = 40
NOTE_WIDTH = 30
TAGS_WIDTH = 30


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
        print(dumps([asdict(a) for a in anns], indent=2))
    else:
        print(_table(anns, with_title=not args.path))
    return 0


def _table(anns: list[Annotation], *, with_title: bool) -> str:
    if not anns:
        return "no annotations"
    head = ["ID", "WHERE", "QUOTE", "NOTE", "TAGS"] + (["ARTICLE"] if with_title else [])
    rows = [head]
    for a in anns:
        row = [line(a.id)[:ID_WIDTH], "orphan" if a.orphan else f"{a.start}-{a.end}",
               f"“{clip(a.exact, QUOTE_WIDTH - 2)}”", clip(a.note, NOTE_WIDTH),
               clip(",".join(a.tags), TAGS_WIDTH)]
        if with_title:
            row.append(clip(a.title or a.input or a.article_id, QUOTE_WIDTH))
        rows.append(row)
    widths = [max(cells(r[i]) for r in rows) for i in range(len(head))]
    return "\n".join("  ".join(pad(c, w) for c, w in zip(r, widths)).rstrip() for r in rows)


def _export(args: argparse.Namespace) -> int:
    """Notes, then verdicts and corrections (motivations assessing and editing)."""
    with Store.open(readonly=True) as store:
        anns = store.all_annotations()
        reviews = all_reviews(store)
    if args.format == "jsonl":
        text = to_jsonl(anns) + "".join(dumps(review_to_w3c(r)) + "\n"
                                        for r in reviews)
    else:
        collection = to_collection(anns)
        collection["first"]["items"] += [review_to_w3c(r, context=False) for r in reviews]
        collection["total"] += len(reviews)
        text = dumps(collection, indent=2) + "\n"
    if not args.output:
        sys.stdout.write(text)
        return 0
    out = Path(args.output)
    _write_atomically(out, text)
    print(line(f"exported {len(anns) + len(reviews)} annotations to {out}"), file=sys.stderr)
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
    """Every record is read and checked before anything is saved: a bad one changes nothing,
    and each bad one is told in a line of its own, naming its line or index (status 2)."""
    path = Path(args.file)
    try:
        records = read_records(path, _record)
    except BadRecords as exc:  # a line for each; the last says that nothing was imported
        *others, last = exc.problems
        for problem in others:
            tell(problem)
        total = f" ({len(exc.problems)} bad records)" if others else ""
        raise NewsreadError(f"{last}; nothing imported{total}") from None
    anns = [r for r in records if isinstance(r, Annotation)]
    reviews = [r for r in records if not isinstance(r, Annotation)]
    with Store.open() as store:
        counts = store.import_annotations(anns)
        if reviews:
            counts = tuple(a + b for a, b in zip(counts, import_reviews(store, reviews)))
    added, updated, unchanged = counts
    print(line(f"{path}: {added} added, {updated} updated, {unchanged} unchanged"))
    return 0


def _record(item: object, where: str) -> Annotation | Review:
    """A note, or a verdict or correction (W3C motivations assessing and editing)."""
    return review_from_w3c(item, where) if is_review(item) else from_w3c(item, where)  # type: ignore[arg-type]
