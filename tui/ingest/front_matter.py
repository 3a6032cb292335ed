"""The YAML front matter of a Markdown article, read as text and nothing more.

Front matter comes with files from anywhere, so the YAML is read with the least a loader can
do (issue 14, items 8–10 and 15):

- every scalar is text (PyYAML's ``BaseLoader``): no timestamp constructor to raise on
  ``2024-13-01`` or an offset of ``+99:00``, no 5,000-digit integer to convert; the date
  fields are parsed here, and one that is not a date is left out with a notice;
- anchors and aliases are refused, so a few hundred bytes cannot expand to gigabytes, and
  so are tags (``!!python/object``…): there is nothing to construct but text;
- nesting deeper than ``MAX_DEPTH`` is refused (never a RecursionError);
- front matter over ``MAX_BYTES`` is refused;
- text holding a lone surrogate (a ``"\\ud800"`` escape) is refused.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import yaml

from tui.errors import NewsreadError
from tui.ingest.decode import valid_unicode
from tui.ingest.sniff import FRONT_MATTER

MAX_BYTES = 64 * 1024
"""Front matter is a few named fields; more than this is not front matter but an attack."""
MAX_DEPTH = 20
"""Lists and mappings nested deeper than this are refused (fields are one or two deep)."""
DATE_KEYS = ("published", "date")
_ABSENT = {"", "~", "null", "Null", "NULL"}  # YAML's spellings of nothing, read as text


class _TextLoader(yaml.BaseLoader):
    """``BaseLoader`` (every scalar a string) that refuses tags, anchors, aliases and deep nesting."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise yaml.composer.ComposerError(
                None, None, "anchors and aliases (& and *) are not accepted", event.start_mark)
        if getattr(event, "tag", None) not in (None, "!"):
            raise yaml.composer.ComposerError(
                None, None, f"tags such as {event.tag} are not accepted", event.start_mark)
        if self._depth >= MAX_DEPTH:
            raise yaml.composer.ComposerError(
                None, None, f"nested more than {MAX_DEPTH} deep", event.start_mark)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def split_front_matter(text: str, label: str) -> tuple[dict[str, Any], str]:
    """The front matter's fields (every value a string, or lists and mappings of strings) and
    the body after it (leading blank lines dropped). Raises NewsreadError naming ``label``."""
    match = FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    source = match.group(1) or ""
    if len(source.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise NewsreadError(f"{label}: front matter larger than {MAX_BYTES // 1024} KB")
    try:
        meta = yaml.load(source, Loader=_TextLoader)  # noqa: S506 (BaseLoader: text only, see above)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "cannot be parsed"
        raise NewsreadError(f"{label}: front matter is not valid YAML ({problem}{where})") from None
    if meta is None or meta == "":
        meta = {}
    if not isinstance(meta, dict):
        raise NewsreadError(f"{label}: front matter is not a set of 'key: value' fields")
    return meta, text[match.end():].lstrip("\n")


def field(meta: dict[str, Any], label: str, *keys: str) -> str | None:
    """The first present key as one string (a list of names joined), None when absent."""
    for key in keys:
        value = meta.get(key)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if not (isinstance(v, str) and v in _ABSENT))
        if value is None or str(value).strip() in _ABSENT:
            continue
        return valid_unicode(str(value).strip(), f"{label}: front matter {key!r}")
    return None


def published(meta: dict[str, Any], label: str) -> tuple[str | None, str | None]:
    """(the publication date, a notice). An ISO 8601 date or date-time comes back in ISO form
    (``2024-05-01``, ``2024-05-01T10:00:00+02:00``); other text (``May 3, 2024``) as written,
    for the engine's date parser. A value that starts like an ISO date but is none
    (``2024-13-01``, ``2024-02-30``, hour 25, offset ``+99:00``) is left out, and the notice
    says so."""
    value = field(meta, label, *DATE_KEYS)
    if value is None or not _looks_iso(value):
        return value, None
    try:
        moment: date = datetime.fromisoformat(value) if len(value) > 10 else date.fromisoformat(value)
    except ValueError as exc:
        return None, f"{label}: front matter date {value!r} is not a valid date ({exc}); left out"
    return moment.isoformat(), None


def _looks_iso(value: str) -> bool:
    """``YYYY-MM-DD`` at the start: what YAML itself would have taken for a timestamp."""
    head = value[:10]
    return len(head) == 10 and head[4] == head[7] == "-" and (head[:4] + head[5:7] + head[8:]).isdigit()
