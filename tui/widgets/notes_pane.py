"""The reader's notes on this article, as a list beside it.

One row per note in reading order: the quoted words, the note, the tags and colour. Notes
whose words are no longer in the text (orphans) come last, marked ``⚠ orphan``: kept and
shown, never dropped. Enter asks the reader to jump to a note (``Picked``); the reader keeps
the list up to date with ``show``, and edits or deletes ``current`` when the list has focus.
"""

from __future__ import annotations

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.model import Annotation
from tui.widgets.pane_list import PaneList, _excerpt, _flat

ORPHAN_MARK = "⚠ orphan"


def note_row(ann: Annotation) -> Content:
    """``“quoted words…”`` then the note and ``#tags · colour`` on lines of their own."""
    head: list[str | tuple[str, str]] = [(f"{ORPHAN_MARK} ", "bold")] if ann.orphan else []
    lines = [Content.assemble(*head, (f"“{_excerpt(ann.exact)}”", "italic"))]
    if ann.note:
        lines.append(Content.assemble("  ", (_flat(ann.note), "bold")))
    tags = " ".join(f"#{_flat(t)}" for t in ann.tags)
    lines.append(Content(f"  {tags + ' · ' if tags else ''}{_flat(ann.color)}"))
    return Content("\n").join(lines)


class NotesPane(PaneList):
    """The Notes pane (mounted in the analysis sidebar, or alone when there is no analysis)."""

    class Picked(Message):
        """Enter on a note: ``ann`` is the note to go to."""

        def __init__(self, ann: Annotation) -> None:
            super().__init__()
            self.ann = ann

    class Ready(Message):
        """The pane is mounted and empty: the reader fills it with ``show``."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.notes: list[Annotation] = []

    def on_mount(self) -> None:
        self.post_message(self.Ready())

    def show(self, notes: list[Annotation]) -> None:
        """List these notes; the highlight stays on the same note when it is still there."""
        keep = self.current.id if self.current is not None else None
        self.notes = list(notes)
        self.clear_options()
        if not notes:
            self.add_option(Option(Content("No notes yet: a annotates the claim, selection or sentence"),
                                   disabled=True))
            return
        self.add_options(Option(note_row(a), id=a.id) for a in notes)
        ids = [a.id for a in notes]
        self.highlighted = ids.index(keep) if keep in ids else 0

    @property
    def current(self) -> Annotation | None:
        """The highlighted note."""
        row = self.highlighted
        return self.notes[row] if row is not None and row < len(self.notes) else None

    def select_note(self, ann_id: str) -> None:
        for row, ann in enumerate(self.notes):
            if ann.id == ann_id:
                self.highlighted = row

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        ann = self.current
        if ann is not None:
            self.post_message(self.Picked(ann))
