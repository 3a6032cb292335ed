"""Markup left in plain text: the tags of an embedded post or link pasted with an article.

A story copied from a web page can keep an embed's tags (`<tweet id="…" author="@x">…</tweet>`,
`<a href="…">`). Their names and attribute values are no prose: the attribute quotes are no
quotation, "tweet" in a tag name no reporting verb. The text between an opening and a closing
tag (the post itself) is prose and stays.
"""

from __future__ import annotations

import re

from tui.analysis.intervals import SpanIndex

# an opening, closing or empty tag on one line: a name right after "<", attributes, ">"
_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s+[\w:.-]+(?:\s*=\s*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s<>\"']+))?)*\s*/?>")


class Tags:
    """The markup tags of a text, as character spans ``[start, end)``."""

    def __init__(self, text: str) -> None:
        self.spans = [(m.start(), m.end()) for m in _TAG.finditer(text)]
        self._index = SpanIndex((s, e, (s, e)) for s, e in self.spans)

    def holds(self, pos: int) -> bool:
        """Whether the character at ``pos`` lies inside a tag."""
        return bool(self._index.overlapping(pos, pos + 1))

    def clip(self, start: int, end: int, anchor: int) -> tuple[int, int]:
        """``[start, end)`` cut at the tags inside it to the stretch holding ``anchor`` (a
        content keeps to the prose beside its cue)."""
        for s, e in self._index.overlapping(start, end):
            if e <= anchor:
                start = max(start, e)
            elif s > anchor:
                end = min(end, s)
        return start, end
