"""The small dialog that makes or edits a note: the passage, a note, tags and a colour.

Enter saves from any line, the colour row included (so a one-line note is ``a``, typing,
Enter); ctrl+s saves from anywhere in it; escape gives up. It opens with the cursor after
the note's words, never with them selected. It only collects: the reader saves what it
returns and says "saved" once the store has committed it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Label, RadioButton, RadioSet, Static

from tui.model import NOTE_COLOURS
from tui.oneline import inert, unless_edited

QUOTE_LIMIT = 400
"""Characters of the passage shown; a longer one is cut in the middle."""


@dataclass(slots=True)
class NoteDraft:
    """What the dialog returns: the note as the reader left it."""

    note: str = ""
    tags: list[str] = field(default_factory=list)
    color: str = NOTE_COLOURS[0]


def parse_tags(text: str) -> list[str]:
    """``"figures, check ,figures"`` → ``["figures", "check"]``: trimmed, no empties, no repeats."""
    return list(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


def shown_quote(quote: str) -> str:
    """The passage as the dialog shows it: inert, one line per paragraph, long ones shortened."""
    flat = inert(" ".join(quote.split()))
    if len(flat) <= QUOTE_LIMIT:
        return f"“{flat}”"
    half = QUOTE_LIMIT // 2
    return f"“{flat[:half].rstrip()} … {flat[-half:].lstrip()}”"


class ColourChoice(RadioSet):
    """The colour row: ← → move, space picks, and Enter picks and saves, as the hint says."""

    BINDINGS = [Binding("enter", "pick_and_save", "Save", show=False)]

    class Chosen(Message):
        """Enter on a colour: ``colour`` is the one highlighted."""

        def __init__(self, colour: str | None) -> None:
            super().__init__()
            self.colour = colour

    def action_pick_and_save(self) -> None:
        self.action_toggle_button()
        index = self._selected  # RadioSet's highlighted button (it has no public name for it)
        button = self._nodes[index] if index is not None else self.pressed_button
        self.post_message(self.Chosen(button.name if button is not None else None))


class AnnotateDialog(ModalScreen[NoteDraft | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", show=False),
        Binding("ctrl+s", "save", "Save", show=False),
    ]

    def __init__(self, quote: str, heading: str, draft: NoteDraft | None = None) -> None:
        super().__init__()
        self.quote = quote
        self.heading = heading
        self.draft = draft or NoteDraft()

    def compose(self) -> ComposeResult:
        with Vertical(id="annotate"):
            yield Static(Content(inert(self.heading)), id="annotate-heading")
            yield Static(Content(shown_quote(self.quote)), id="annotate-quote")
            yield Label("Note")
            # The cursor after the words already there, nothing selected: a key typed early
            # adds to the note, never replaces it.
            yield Input(inert(self.draft.note), placeholder="what to remember about this passage", id="annotate-note",
                        select_on_focus=False)
            yield Label("Tags (comma-separated)")
            yield Input(inert(", ".join(self.draft.tags)), placeholder="e.g. check, figures", id="annotate-tags",
                        select_on_focus=False)
            yield Label("Colour")
            with ColourChoice(id="annotate-colour"):
                for colour in NOTE_COLOURS:
                    yield RadioButton(colour, value=colour == self.draft.color,
                                      name=colour, classes=f"colour-{colour}")
            yield Static("Enter or ctrl+s saves · tab: next field · ← → space: colour · escape cancels",
                         id="annotate-hint")

    def on_mount(self) -> None:
        self.query_one("#annotate-note", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def on_colour_choice_chosen(self, message: ColourChoice.Chosen) -> None:
        self.action_save(message.colour)

    def action_save(self, colour: str | None = None) -> None:
        """Return the draft; ``colour`` (Enter on the colour row) wins over the one pressed."""
        pressed = self.query_one(RadioSet).pressed_button
        note = unless_edited(self.query_one("#annotate-note", Input).value, self.draft.note)
        shown_tags = ", ".join(self.draft.tags)
        tags = unless_edited(self.query_one("#annotate-tags", Input).value, shown_tags)
        self.dismiss(NoteDraft(  # left as shown, an imported note is kept exactly as it was
            note=note if note == self.draft.note else note.strip(),
            tags=self.draft.tags if tags == shown_tags else parse_tags(tags),
            color=colour or (pressed.name if pressed is not None and pressed.name else self.draft.color),
        ))

    def action_cancel(self) -> None:
        self.dismiss(None)
