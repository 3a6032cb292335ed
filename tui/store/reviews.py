"""Verdicts and corrections in the database, with the guarantees of annotations.

The ``reviews`` table has the annotation columns (so a row's anchor is read, written, placed
and merged by the very code that does it for notes in ``tui.store.database``), plus ``kind``
(``verdict`` or ``correction``) and ``body``, the rest as JSON. Every change is its own
transaction, committed before the function returns; re-anchoring onto a changed text saves the
new placement, orphans included, never drops one.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import replace
from typing import Any

from tui.errors import NewsreadError
from tui.model import Annotation, Article
from tui.review import FIXES, Correction, Review, Verdict, parse_rating
from tui.store.anchoring import make_selector, reanchor
from tui.store.database import _ANNOTATION_COLUMNS, Store, instant, now

_COLUMNS = f"kind, body, {_ANNOTATION_COLUMNS}"
_TARGET_KEYS = ("exact", "prefix", "suffix", "start", "end", "orphan")


def _target_json(target: Annotation | None) -> dict[str, Any] | None:
    if target is None:
        return None
    return {"exact": target.exact, "prefix": target.prefix, "suffix": target.suffix,
            "start": target.start, "end": target.end, "orphan": target.orphan}


def _target(anchor: Annotation, data: dict[str, Any] | None) -> Annotation | None:
    """The target selector as an annotation beside its review's anchor (so that ``reanchor``
    places it)."""
    if data is None:
        return None
    return replace(anchor, id=anchor.id + "#target", note="", **{k: data[k] for k in _TARGET_KEYS})


def body(review: Review) -> tuple[str, dict[str, Any]]:
    """(kind, body) of a review as stored and exported."""
    if isinstance(review, Verdict):
        return "verdict", {"rating": review.rating, "evidence": list(review.evidence)}
    return "correction", {"fix": review.fix, "target": _target_json(review.target), "name": review.name}


def from_body(kind: str, data: dict[str, Any], anchor: Annotation) -> Review:
    """The review of a stored or exported (kind, body) on ``anchor``; KeyError or ValueError
    when the body lacks what its kind needs (callers word the error)."""
    if kind == "verdict":
        return Verdict(anchor, parse_rating(str(data["rating"])), [str(u) for u in data.get("evidence", [])])
    if kind == "correction":
        if data["fix"] not in FIXES:
            raise ValueError(f"unknown correction {data['fix']!r} (corrections: {', '.join(FIXES)})")
        return Correction(anchor, data["fix"], _target(anchor, data.get("target")), str(data.get("name") or ""))
    raise ValueError(f"unknown review kind {kind!r}")


def _review(row: sqlite3.Row) -> Review:
    return from_body(row["kind"], json.loads(row["body"]), Store._annotation(row))


def _put(conn: sqlite3.Connection, review: Review) -> None:
    kind, data = body(review)
    conn.execute(f"REPLACE INTO reviews ({_COLUMNS}) VALUES ({', '.join('?' * 18)})",
                 (kind, json.dumps(data, ensure_ascii=False), *Store._params(review.anchor)))


def target_on(article: Article, start: int, end: int) -> Annotation:
    """A selector for a correction's ``target``: ``article.text[start:end]``."""
    exact, prefix, suffix = make_selector(article.text, start, end)
    return Annotation(id="", article_id=article.id, start=start, end=end, exact=exact,
                      prefix=prefix, suffix=suffix)


def save_review(store: Store, review: Review) -> Review:
    """Save a new review or replace one with the same id; committed when this returns.
    Fills in the id, the timestamps (``modified`` moves) and the article's input, url, title."""
    stamp = now()
    anchor = review.anchor
    anchor = replace(anchor, id=anchor.id or str(uuid.uuid4()), created=anchor.created or stamp,
                     modified=stamp)
    with store._write() as conn:
        review = replace(review, anchor=Store._named(conn, anchor))
        _put(conn, review)
    return review


def delete_review(store: Store, review_id: str) -> None:
    with store._write() as conn:
        if conn.execute("DELETE FROM reviews WHERE id = ?", (review_id,)).rowcount == 0:
            raise NewsreadError(f"review {review_id}: not found (deleted meanwhile?)")


def all_reviews(store: Store) -> list[Review]:
    return [_review(r) for r in store._rows(f"SELECT {_COLUMNS} FROM reviews ORDER BY created, id")]


def reviews_for_article(store: Store, article: Article) -> list[Review]:
    """The verdicts and corrections of this article placed on its current text, in reading
    order, orphans last: found and re-anchored exactly as ``Store.annotations_for_article``
    finds notes (by id, input, URL, or title when the words are found), a correction's target
    with it; the new placements are saved (not on a read-only database)."""
    where, params = Store._belonging(article)
    query = f"SELECT {_COLUMNS} FROM reviews WHERE {where}"
    if not store.writable:
        return _place(article, [_review(r) for r in store._rows(query, tuple(params))])[0]
    with store._write() as conn:
        placed, moved = _place(article, [_review(r) for r in conn.execute(query, params)])
        for review in moved:
            _put(conn, review)
    return placed


def _place(article: Article, found: list[Review]) -> tuple[list[Review], list[Review]]:
    """(every review of the article in reading order, those whose placement changed)."""
    by_id = {r.anchor.id: r for r in found}
    anchors, moved_anchors = Store._place(article, [r.anchor for r in found])
    moved_ids = {a.id for a in moved_anchors}
    placed: list[Review] = []
    moved: list[Review] = []
    for anchor in anchors:
        review = replace(by_id[anchor.id], anchor=anchor)
        if anchor.id in moved_ids:
            if isinstance(review, Correction) and review.target is not None:
                review = replace(review, target=replace(reanchor(review.target, article.text),
                                                        article_id=article.id))
            moved.append(review)
        placed.append(review)
    return placed, moved


def import_reviews(store: Store, reviews: list[Review]) -> tuple[int, int, int]:
    """Merge reviews by id in one transaction, as ``Store.import_annotations`` merges notes:
    (added, updated, unchanged)."""
    added = updated = unchanged = 0
    with store._write() as conn:
        for review in reviews:
            row = conn.execute(f"SELECT {_COLUMNS} FROM reviews WHERE id = ?",
                               (review.anchor.id,)).fetchone()
            if row is None:
                stamp = now()
                anchor = review.anchor
                _put(conn, replace(review, anchor=replace(
                    anchor, created=anchor.created or stamp,
                    modified=anchor.modified or anchor.created or stamp)))
                added += 1
                continue
            saved = _review(row)
            if _replaces(review, saved):
                _put(conn, review)
                updated += 1
            else:
                unchanged += 1
    return added, updated, unchanged


def _replaces(imported: Review, saved: Review) -> bool:
    """As for notes: a differing review modified no earlier than the saved one replaces it."""
    if Store._replaces(imported.anchor, saved.anchor):
        return True
    theirs, mine = instant(imported.anchor.modified), instant(saved.anchor.modified)
    return theirs is not None and mine is not None and theirs >= mine and body(imported) != body(saved)
