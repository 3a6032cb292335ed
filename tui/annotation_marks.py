"""How the reader's notes show on the article: one style per colour, found by offset.

Headless like ``tui.highlights``: the colour names are data here, what each looks like lives
in ``styles/annotations.tcss`` (a colour plus an underline, so NO_COLOR still shows the note).
"""

from __future__ import annotations

from tui.model import NOTE_COLOURS, Annotation
from tui.navigation import Mark


def note_style(color: str) -> str:
    """The ArticleView style of a note; a colour from elsewhere (an import) shows as the default."""
    return f"note-{color if color in NOTE_COLOURS else NOTE_COLOURS[0]}"


def note_marks(annotations: list[Annotation]) -> list[Mark]:
    """Every placed note (orphans have no place in this text)."""
    return [(a.start, a.end, note_style(a.color)) for a in annotations if not a.orphan]


def annotation_at(annotations: list[Annotation], start: int, end: int) -> Annotation | None:
    """The note the reader stands on: the first placed one overlapping ``[start, end)``
    (a point, ``start == end``, counts as the character there)."""
    end = max(end, start + 1)
    for ann in annotations:
        if not ann.orphan and ann.start < end and ann.end > start:
            return ann
    return None
