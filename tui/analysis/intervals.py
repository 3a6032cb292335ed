"""Which of many spans overlap a stretch of text, without looking at all of them.

The extractors ask this of every candidate (is this quote claimed already, which claims
hold this verb, which claim's content holds this cue); asked of a list, it made an article
with thousands of claims cost their square.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Items with character spans ``[start, end)``, kept sorted by start (then insertion).

    ``overlapping(a, b)`` costs a binary search plus one step per item starting within the
    longest span's length before ``b``: for the short, scattered spans of an article, the few
    near the query.
    """

    def __init__(self, items: Iterable[tuple[int, int, T]] = ()) -> None:
        self._keys: list[tuple[int, int]] = []  # (start, insertion number)
        self._items: list[tuple[int, int, T]] = []
        self._longest = 0
        for start, end, item in items:
            self.add(start, end, item)

    def add(self, start: int, end: int, item: T) -> None:
        key = (start, len(self._keys))
        at = bisect_left(self._keys, key)
        self._keys.insert(at, key)
        self._items.insert(at, (start, end, item))
        self._longest = max(self._longest, end - start)

    def overlapping(self, start: int, end: int) -> list[T]:
        """Items whose span shares a character with ``[start, end)`` (for ``end == start + 1``:
        those holding the character at ``start``), in order of start, then insertion."""
        i = bisect_left(self._keys, (end, -1))  # the first item starting at or after ``end``
        found = []
        while i > 0 and self._items[i - 1][0] > start - self._longest:
            i -= 1
            s, e, item = self._items[i]
            if s < end and e > start:
                found.append(item)
        found.reverse()
        return found

    def __bool__(self) -> bool:
        return bool(self._items)

