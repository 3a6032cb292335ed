"""Annotations out and back in: W3C Web Annotation JSON-LD (the model Hypothesis and other
annotation tools speak) and JSONL, one such annotation per line.

Each annotation becomes a W3C ``Annotation``: the note a ``TextualBody`` (purpose
commenting), each tag a ``TextualBody`` (purpose tagging), the target a ``SpecificResource``
on the article with a ``TextQuoteSelector`` and a ``TextPositionSelector`` and the colour as
its ``styleClass``. The article is named by its URL, else its file as a ``file:`` URI, else
``urn:newsread:sha256:…``. What the model has no word for (the article id, the input as
typed, the title, the orphan flag) goes in ``newsread:`` keys, which JSON-LD reads as
absolute IRIs and other tools ignore; with them an export re-imports field for field.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import unquote, urlparse

from tui.errors import NewsreadError
from tui.ingest.decode import valid_unicode
from tui.model import DEFAULT_NOTE_COLOR, NOTE_COLOURS, Annotation
from tui.oneline import dumps
from tui.store.database import instant
from tui.store.import_schema import schema_problem

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
URN_UUID = "urn:uuid:"
URN_ARTICLE = "urn:newsread:"
T = TypeVar("T")
MAX_IMPORT_BYTES = 64 * 2**20
"""The same cap as an article: an export of tens of thousands of notes is a few MB."""


class BadRecords(NewsreadError):
    """Some records of an import file cannot be used: ``problems`` holds one line for each,
    naming the file and the record's line (JSONL) or index (JSON); ``good`` holds what the
    good records were made into."""

    def __init__(self, problems: list[str], good: list[Any]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems
        self.good = good


def _source(ann: Annotation) -> str:
    if ann.url:
        return ann.url
    if ann.input and Path(ann.input).is_absolute():
        return Path(ann.input).as_uri()
    return URN_ARTICLE + ann.article_id


def to_w3c(ann: Annotation, *, context: bool = True) -> dict[str, Any]:
    """One W3C Annotation; ``context=False`` for items embedded in a collection."""
    body: list[dict[str, Any]] = []
    if ann.note:
        body.append({"type": "TextualBody", "value": ann.note, "format": "text/plain",
                     "purpose": "commenting"})
    body += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in ann.tags]
    out: dict[str, Any] = {"@context": W3C_CONTEXT} if context else {}
    out.update({
        "id": ann.id if ":" in ann.id else URN_UUID + ann.id,
        "type": "Annotation",
        "motivation": "commenting" if ann.note else "highlighting",
        "created": ann.created,
        "modified": ann.modified,
        "body": body,
        "target": {
            "type": "SpecificResource",
            "source": _source(ann),
            "styleClass": ann.color,
            "selector": [
                {"type": "TextQuoteSelector", "exact": ann.exact, "prefix": ann.prefix,
                 "suffix": ann.suffix},
                {"type": "TextPositionSelector", "start": ann.start, "end": ann.end},
            ],
        },
        "newsread:article": ann.article_id,
        "newsread:input": ann.input,
        "newsread:title": ann.title,
        "newsread:orphan": ann.orphan,
    })
    return out


def to_collection(anns: list[Annotation]) -> dict[str, Any]:
    """Every annotation as one W3C AnnotationCollection with its single page embedded."""
    return {
        "@context": W3C_CONTEXT,
        "id": URN_UUID + str(uuid.uuid4()),
        "type": "AnnotationCollection",
        "label": "newsread annotations",
        "total": len(anns),
        "first": {"type": "AnnotationPage", "startIndex": 0,
                  "items": [to_w3c(a, context=False) for a in anns]},
    }


def to_jsonl(anns: list[Annotation]) -> str:
    return "".join(dumps(to_w3c(a)) + "\n" for a in anns)


def read_annotations(path: Path) -> list[Annotation]:
    """The annotations in a file written by ``export`` (either format) or another W3C tool:
    an AnnotationCollection, an AnnotationPage, a list, one Annotation, or JSONL. Raises as
    ``read_records`` does."""
    return read_records(path, from_w3c)


def read_records(path: Path, convert: Callable[[Any, str], T]) -> list[T]:
    """Every record of an import file (as ``read_annotations`` reads it) made into what
    ``convert(record, where)`` makes of it, ``where`` naming the record's line (JSONL, split on
    ``\\n`` only: a note may hold U+2028 and the other line separators of Unicode) or index.

    Raises NewsreadError when the file cannot be read at all, and BadRecords, with one line
    for each bad record (not JSON, or refused by ``convert``), when any is bad.
    """
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_IMPORT_BYTES + 1)
        text = data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise NewsreadError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from exc
    if len(data) > MAX_IMPORT_BYTES:
        raise NewsreadError(f"{path}: larger than {MAX_IMPORT_BYTES // 2**20} MiB, too large for an export")
    try:
        parsed = json.loads(text)
    except RecursionError:
        raise NewsreadError(f"{path}: nested too deep to be an annotation export") from None
    except json.JSONDecodeError:  # JSONL: each line is parsed, and told about, on its own
        records = [(f"line {n}", line) for n, line in enumerate(text.split("\n"), 1) if line.strip()]
        jsonl = True
    else:
        records = [(f"annotation {n}", item) for n, item in enumerate(_items(parsed, path), 1)]
        jsonl = False
    good: list[T] = []
    problems: list[str] = []
    for where, record in records:
        label = f"{path}: {where}"
        try:
            good.append(convert(_parsed(record, label) if jsonl else record, label))
        except NewsreadError as exc:
            problems.append(str(exc))
    if problems:
        raise BadRecords(problems, good)
    return good


def _parsed(line: str, label: str) -> Any:
    """One JSONL record; ``label`` starts the error line."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise NewsreadError(f"{label}: not JSON ({exc.msg})") from None
    except RecursionError:
        raise NewsreadError(f"{label}: nested too deep") from None


def _items(data: Any, path: Path) -> list[Any]:
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise NewsreadError(f"{path}: not a W3C annotation export")
    kind = data.get("type")
    if kind == "AnnotationCollection":
        first = data.get("first")
        if not isinstance(first, dict):
            raise NewsreadError(f"{path}: the collection's pages are not embedded in the file")
        data = first
    elif kind != "AnnotationPage":
        return [data]
    items = data.get("items", [])
    if not isinstance(items, list):
        raise NewsreadError(f"{path}: the page's items are not a list")
    return items


def _listed(value: Any) -> list[Any]:
    """W3C lets a selector, target or body be one object or a list of them."""
    return value if isinstance(value, list) else [value]


def _selectors(target: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found = _listed(target.get("selector", []))
    return {s["type"]: s for s in found if isinstance(s, dict) and "type" in s}


def from_w3c(obj: Any, where: str) -> Annotation:
    """An Annotation from one W3C object; ``where`` starts the error line."""
    if not isinstance(obj, dict) or obj.get("type") != "Annotation":
        raise NewsreadError(f"{where}: not a W3C Annotation object")
    problem = schema_problem(obj)
    if problem is not None:
        raise NewsreadError(f"{where}: {problem}")
    try:
        valid_unicode(json.dumps(obj, ensure_ascii=False), "")
    except NewsreadError:
        raise NewsreadError(f"{where}: holds a lone surrogate (not valid Unicode text)") from None
    target = next((t for t in _listed(obj.get("target")) if isinstance(t, dict) and "TextQuoteSelector"
                   in _selectors(t)), None)
    if target is None or not isinstance(obj.get("id"), str):
        raise NewsreadError(f"{where}: needs an id and a target with a TextQuoteSelector")
    selectors = _selectors(target)
    quote = selectors["TextQuoteSelector"]
    exact = quote["exact"]
    position = selectors.get("TextPositionSelector", {"start": 0, "end": len(exact)})
    start, end = position["start"], position["end"]  # integers in range: the schema says so
    if start > end:
        raise NewsreadError(f"{where}: TextPositionSelector start {start} is after its end {end}")
    texts = [b for b in _listed(obj.get("body", [])) if isinstance(b, dict) and b.get("type") == "TextualBody"]
    notes = [str(b.get("value", "")) for b in texts if b.get("purpose") != "tagging"]
    if isinstance(obj.get("bodyValue"), str):
        notes.append(obj["bodyValue"])
    source = str(target.get("source", ""))
    parsed = urlparse(source)
    created = str(obj.get("created") or "")
    modified = str(obj.get("modified") or created)
    for name, value in (("created", created), ("modified", modified)):
        if value and instant(value) is None:
            raise NewsreadError(f"{where}: {name} {value!r} is not an ISO 8601 date and time")
    return Annotation(
        id=obj["id"].removeprefix(URN_UUID),
        article_id=obj.get("newsread:article")
        or (source.removeprefix(URN_ARTICLE) if source.startswith(URN_ARTICLE) else ""),
        start=start,
        end=end,
        exact=exact,
        prefix=str(quote.get("prefix", "")),
        suffix=str(quote.get("suffix", "")),
        note="\n\n".join(notes),
        tags=[str(b.get("value", "")) for b in texts if b.get("purpose") == "tagging"],
        color=target.get("styleClass") if target.get("styleClass") in NOTE_COLOURS else DEFAULT_NOTE_COLOR,
        created=created,
        modified=modified,
        orphan=bool(obj.get("newsread:orphan", False)),
        input=obj.get("newsread:input")
        or (unquote(parsed.path) if parsed.scheme == "file" else None),
        url=source if parsed.scheme in ("http", "https") else None,
        title=obj.get("newsread:title"),
    )
