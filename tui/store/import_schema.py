"""What an imported annotation may hold: a JSON Schema (Draft 2020-12) for one W3C Annotation
as ``newsread annotations import`` reads it (issue 14, item 19).

An import file comes from anywhere, so every field is checked for its type and range before
anything is built from it: positions are integers from 0 to ``MAX_POSITION`` (never ``1e30``,
``Infinity`` or a string), a selector's ``type`` is a string (never a list), texts are strings
of bounded length, and the ``newsread:`` keys have the types ``export`` writes. What the schema
cannot say (a reversed range, a timestamp that is no date, a lone surrogate) ``tui.store.export``
checks after it.

The W3C model lets ``body``, ``target`` and ``selector`` be one object or a list of them; both
are accepted. Keys the schema does not name are ignored, as other tools add their own.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from tui.oneline import clip

MAX_POSITION = 2**31 - 1
"""Beyond any article (articles are at most 64 MiB)."""
MAX_TEXT = 1_000_000
"""Characters of a quote, a note or a tag: far beyond any real one."""
MAX_ITEMS = 1000
"""Selectors, bodies or targets in one annotation."""

_TEXT = {"type": "string", "maxLength": MAX_TEXT}
_NAME = {"type": "string", "maxLength": 4096}
_POSITION = {"type": "integer", "minimum": 0, "maximum": MAX_POSITION}


def _one_or_list(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "array", "items": schema, "maxItems": MAX_ITEMS}]}


_SELECTOR = {
    "type": "object",
    "required": ["type"],
    "properties": {"type": _NAME},
    "allOf": [
        {"if": {"properties": {"type": {"const": "TextQuoteSelector"}}},
         "then": {"required": ["exact"],
                  "properties": {"exact": {**_TEXT, "minLength": 1}, "prefix": _TEXT, "suffix": _TEXT}}},
        {"if": {"properties": {"type": {"const": "TextPositionSelector"}}},
         "then": {"required": ["start", "end"], "properties": {"start": _POSITION, "end": _POSITION}}},
    ],
}
_BODY = {
    "type": "object",
    "properties": {"type": _NAME, "value": _TEXT, "purpose": _NAME, "format": _NAME},
}
_TARGET = {
    "anyOf": [
        {"type": "string", "maxLength": 4096},  # a bare IRI: allowed, but places nothing
        {"type": "object",
         "properties": {"source": _NAME, "styleClass": _NAME, "selector": _one_or_list(_SELECTOR)}},
    ],
}
ANNOTATION_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "A W3C Web Annotation as newsread imports it",
    "type": "object",
    "required": ["type", "id", "target"],
    "properties": {
        "type": {"const": "Annotation"},
        "id": {"type": "string", "minLength": 1, "maxLength": 4096},
        "created": _NAME,
        "modified": _NAME,
        "motivation": {"anyOf": [_NAME, {"type": "array", "items": _NAME}]},
        "body": _one_or_list(_BODY),
        "bodyValue": _TEXT,
        "target": _one_or_list(_TARGET),
        "newsread:article": _NAME,
        "newsread:input": {"anyOf": [_NAME, {"type": "null"}]},
        "newsread:title": {"anyOf": [_TEXT, {"type": "null"}]},
        "newsread:orphan": {"type": "boolean"},
    },
}


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator  # only an import pays for it

    Draft202012Validator.check_schema(ANNOTATION_SCHEMA)
    return Draft202012Validator(ANNOTATION_SCHEMA)


def schema_problem(record: Any) -> str | None:
    """What is wrong with one imported record, in a few words naming the field
    (``target/selector/1/start: 1e+30 is greater than the maximum of 2147483647``), or None."""
    from jsonschema.exceptions import best_match

    error = best_match(_validator().iter_errors(record))
    if error is None:
        return None
    while error.context:  # "not valid under any of the given schemas": say why, in the branch
        error = max(error.context, key=lambda e: len(e.absolute_path))  # that got furthest
    where = "/".join(str(part) for part in error.absolute_path)
    return clip(f"{where}: {error.message}" if where else error.message, 200)
