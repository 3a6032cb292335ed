"""The ``newsread/analysis@1`` contract as tests check it: the JSON Schema, and what a schema
cannot say — every span lies in the text (``0 <= start <= end <= len(text)``) and its text is
the article's text at its offsets; every sentence is trimmed and not blank."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema

SCHEMA = json.loads((Path(__file__).parent / "data" / "analysis.schema.json").read_text(encoding="utf-8"))


def spans(node: Any) -> Iterator[dict[str, Any]]:
    """Every object with start, end and text inside a JSON value."""
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys():
            yield node
        for v in node.values():
            yield from spans(v)
    elif isinstance(node, list):
        for v in node:
            yield from spans(v)


def check_contract(obj: dict[str, Any]) -> None:
    """Raise AssertionError (or jsonschema's ValidationError) where ``obj`` breaks the contract."""
    jsonschema.validate(obj, SCHEMA)
    text = obj["article"]["text"]
    for key in ("entities", "claims", "events"):
        for span in spans(obj[key]):
            assert 0 <= span["start"] <= span["end"] <= len(text), (key, span)
            assert text[span["start"]:span["end"]] == span["text"], (key, span)
    for start, end in obj["sentences"]:
        assert 0 <= start < end <= len(text), (start, end)
        assert text[start:end] == text[start:end].strip() != ""
