"""Fault isolation: an unexpected exception while extracting one item loses that item only.

The engine runs the extractors of one article inside ``collecting(doc)``; each extractor does
the work on one item (a claim candidate, an event clause, an entity merge) inside
``isolated(offset)``, ``offset`` being a character offset of that item in the text. An
exception there is recorded as a ``Failure`` of the sentence holding ``offset``, and the
extractor goes on with its next item: the rest of the article's analysis is still returned,
and the caller says which sentence could not be analysed.

Outside ``collecting`` (an extractor called on its own, as unit tests do) ``isolated`` catches
nothing, so a defect is not hidden where nobody would report it.
"""

from __future__ import annotations

import traceback
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from types import TracebackType
from typing import TYPE_CHECKING

from tui.analysis_model import Failure

if TYPE_CHECKING:
    from spacy.tokens import Doc


class _Collector:
    """The failures of one article, at most one per sentence (the first)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.failures: list[Failure] = []
        self._starts: list[int] | None = None  # sentence starts, listed at the first failure

    def record(self, offset: int, exc: Exception) -> None:
        if self._starts is None:
            self._starts = [s.start_char for s in self.doc.sents]
        at = self._starts[max(0, bisect_right(self._starts, offset) - 1)] if self._starts else 0
        if any(f.offset == at for f in self.failures):
            return
        detail = "".join(traceback.format_exception(exc))
        self.failures.append(Failure(at, type(exc).__name__, detail))


_active: ContextVar[_Collector | None] = ContextVar("newsread_faults", default=None)


@contextmanager
def collecting(doc: Doc) -> Iterator[list[Failure]]:
    """Collect the failures of items of ``doc`` while the block runs; yields the list they go
    to (in the order they happened, one per sentence, ``Failure.offset`` a sentence start)."""
    collector = _Collector(doc)
    token = _active.set(collector)
    try:
        yield collector.failures
    finally:
        _active.reset(token)


class isolated:  # noqa: N801 - a context manager, named for how it reads: ``with isolated(at):``
    """``with isolated(offset): <work on one item>``: an ``Exception`` raised by the work is
    recorded for the sentence holding ``offset`` (a character offset into the text) and does
    not propagate, when ``collecting`` is active; otherwise it propagates as usual.

    ``KeyboardInterrupt`` and other ``BaseException``\\ s always propagate.
    """

    __slots__ = ("offset",)

    def __init__(self, offset: int) -> None:
        self.offset = offset

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> bool:
        if not isinstance(exc, Exception):
            return False
        collector = _active.get()
        if collector is None:
            return False
        collector.record(self.offset, exc)
        return True
