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
from typing import Any
from urllib.parse import unquote, urlparse

from tui.errors import NewsreadError
from tui.model import DEFAULT_NOTE_COLOR, NOTE_COLOURS, Annotation
from tui.oneline import dumps
from tui.store.database import instant

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
URN_UUID = "urn:uuid:"
URN_ARTICLE = "urn:newsread:"


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
    an AnnotationCollection, an AnnotationPage, a list, one Annotation, or JSONL."""
    return [from_w3c(item, f"{path}: annotation {n}") for n, item in enumerate(read_items(path), 1)]


def read_items(path: Path) -> list[Any]:
    """The W3C objects of a file ``read_annotations`` reads, as JSON, not yet checked."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise NewsreadError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from exc
    try:
        items = _items(json.loads(text), path)
    except json.JSONDecodeError:
        items = []
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    items.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise NewsreadError(f"{path}: line {number}: not JSON ({exc.msg})") from None
    return items


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
        return first.get("items", [])
    if kind == "AnnotationPage":
        return data.get("items", [])
    return [data]


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
    target = next((t for t in _listed(obj.get("target")) if isinstance(t, dict) and "TextQuoteSelector"
                   in _selectors(t)), None)
    if target is None or not isinstance(obj.get("id"), str):
        raise NewsreadError(f"{where}: needs an id and a target with a TextQuoteSelector")
    selectors = _selectors(target)
    quote = selectors["TextQuoteSelector"]
    exact = str(quote.get("exact", ""))
    position = selectors.get("TextPositionSelector", {"start": 0, "end": len(exact)})
    texts = [b for b in _listed(obj.get("body", [])) if isinstance(b, dict) and b.get("type") == "TextualBody"]
    notes = [str(b.get("value", "")) for b in texts if b.get("purpose") != "tagging"]
    if isinstance(obj.get("bodyValue"), str):
        notes.append(obj["bodyValue"])
    source = str(target.get("source", ""))
    parsed = urlparse(source)
    try:
        start, end = int(position["start"]), int(position["end"])
    except (KeyError, TypeError, ValueError):
        raise NewsreadError(f"{where}: TextPositionSelector needs integer start and end") from None
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
