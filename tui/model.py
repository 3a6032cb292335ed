"""The data every layer shares: articles and annotations; analyses in ``tui.analysis_model``.

Plain dataclasses, no behaviour beyond (de)serialisation, so that ingest, the engine, the
store, the CLI and the UI can all speak them without importing each other. Offsets are
Unicode code-point indices into ``Article.text``, end exclusive, everywhere.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

def article_id(text: str) -> str:
    """The identity of an article is its text: the same words give the same id anywhere."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article: code points ``start``–``end`` (end exclusive) into ``article.text`` and the text there."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """A span whose text is taken from the article, so it can never disagree with it."""
        return cls(start, end, text[start:end])

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


StyleKind = Literal[
    "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "quote", "list_item", "link"
]


@dataclass(frozen=True, slots=True)
class StyleSpan:
    """Presentation kept from a rich source (Markdown, HTML) over a stretch of plain text."""

    start: int
    end: int
    kind: StyleKind
    href: str | None = None


@dataclass(slots=True)
class Article:
    """One article as the reader reads it: ``text`` is everything shown, title first."""

    text: str
    title: str | None = None
    source: str | None = None
    byline: str | None = None
    published: str | None = None
    url: str | None = None
    input: str | None = None
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    styles: list[StyleSpan] = field(default_factory=list)
    id: str = ""
    # A word for the reader about this copy (e.g. a saved copy shown because the page could not
    # be fetched); said on screen, never part of the article or its JSON.
    notice: str | None = None

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.text)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "byline": self.byline,
            "published": self.published,
            "url": self.url,
            "text": self.text,
            "paragraphs": [list(p) for p in self.paragraphs],
            "styles": [asdict(s) for s in self.styles],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], input: str | None = None) -> Article:
        return cls(
            text=data["text"],
            title=data.get("title"),
            source=data.get("source"),
            byline=data.get("byline"),
            published=data.get("published"),
            url=data.get("url"),
            input=input,
            paragraphs=[(int(a), int(b)) for a, b in data.get("paragraphs", [])],
            styles=[StyleSpan(**s) for s in data.get("styles", [])],
            id=data.get("id") or "",
        )


# --- annotations --------------------------------------------------------------------------

DEFAULT_NOTE_COLOR = "yellow"
"""The colour of a note made or imported without one."""

NOTE_COLOURS: tuple[str, ...] = (DEFAULT_NOTE_COLOR, "green", "blue", "pink")
"""The colours a note can have, in the order the annotate dialog offers them (first: default);
an import maps any other to the default, so only these are ever stored."""


@dataclass(slots=True)
class Annotation:
    """A reader's note on a passage, anchored so that it survives edits to the article.

    ``start``/``end`` are where it sits in the article as last anchored; ``exact``, ``prefix``
    and ``suffix`` are the W3C TextQuoteSelector that re-anchoring relies on when the text
    changes. ``orphan`` is set when no placement could be found: kept, never deleted.
    ``input``, ``url`` and ``title`` copy the article's, so an annotation still knows where it
    belongs when its text changed (a new id) or the article left the library.
    """

    id: str
    article_id: str
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    note: str = ""
    tags: list[str] = field(default_factory=list)
    color: str = DEFAULT_NOTE_COLOR
    created: str = ""
    modified: str = ""
    orphan: bool = False
    input: str | None = None
    url: str | None = None
    title: str | None = None
