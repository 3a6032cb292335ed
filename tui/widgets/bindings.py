"""Every key of the reader, as data: one table that the screens bind, the footer shows, the
help screen lists and the command palette offers, so that none of them can drift.

Ids are what the user remaps in ``config.toml`` (``[keymap] line_down = "j,down,ctrl+n"``):
Textual's keymap replaces the keys of the binding with that id.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from textual.binding import Binding
from textual.keys import KEY_NAME_REPLACEMENTS, KEY_TO_UNICODE_NAME, Keys, _normalize_key_list, key_to_character

from tui.errors import NewsreadError
from tui.highlights import ENTITY_GROUPS


@dataclass(frozen=True, slots=True)
class KeySpec:
    id: str
    keys: str
    action: str
    description: str
    footer: str | None = None
    """The short label in the footer; ``None`` keeps the binding out of the footer. The footer
    holds what a new reader cannot guess (the analysis, the sidebar, notes, help) and must fit
    80 columns: the rest is in the help screen and the palette."""
    key_display: str | None = None
    priority: bool = False
    """Handled as the key arrives, before keys typed after it reach the focused widget."""


SELECTION_KEYS: tuple[KeySpec, ...] = (
    KeySpec("select", "v", "select", "Select a passage from the cursor (the movement keys move its end)"),
    KeySpec("word_forward", "w", "word_forward", "Selection: its end one word further"),
    KeySpec("word_back", "W", "word_back", "Selection: its end one word back"),
    KeySpec("swap_selection_end", "o", "swap_selection_end", "Selection: move the other end"),
    KeySpec("cancel_selection", "escape", "cancel_selection", "Cancel the selection"),
)
"""Selecting a passage to annotate, bound on the article view (``tui.widgets.selection``)."""

VIEW_KEYS: tuple[KeySpec, ...] = (
    KeySpec("line_down", "j,down", "line_down", "Scroll down one line"),
    KeySpec("line_up", "k,up", "line_up", "Scroll up one line"),
    KeySpec("page_down", "space,pagedown", "page_down", "Scroll down one page", key_display="spc"),
    KeySpec("page_up", "b,pageup", "page_up", "Scroll up one page"),
    KeySpec("half_page_down", "d", "half_page_down", "Scroll down half a page"),
    KeySpec("half_page_up", "u", "half_page_up", "Scroll up half a page"),
    KeySpec("top", "g,home", "top", "Go to the top"),
    KeySpec("bottom", "G,end", "bottom", "Go to the bottom"),
    KeySpec("next_sentence", "right_parenthesis", "next_sentence", "Cursor to the next sentence"),
    KeySpec("previous_sentence", "left_parenthesis", "previous_sentence",
            "Cursor to the previous sentence"),
    *SELECTION_KEYS,
)
"""Movement, bound on the article view (a sidebar with focus can bind j/k its own way)."""

ANNOTATION_KEYS: tuple[KeySpec, ...] = (
    KeySpec("annotate", "a", "annotate", "Annotate the selection, claim or sentence at the cursor", "Note"),
    KeySpec("edit_annotation", "A", "edit_annotation", "Edit the note at the cursor (or picked in Notes)"),
    KeySpec("delete_annotation", "x", "delete_annotation", "Delete the note at the cursor (or picked in Notes)"),
    KeySpec("undo_delete", "U", "undo_delete", "Undo the last deletion of a note"),
    KeySpec("show_notes", "m", "show_notes", "Notes pane: go to it (again: back to the article)", "Notes"),
)
"""The reader's notes (``tui.screens.reader_annotations``), bound on the reader screen."""

READER_KEYS: tuple[KeySpec, ...] = (
    KeySpec("search", "slash", "search", "Search the article", key_display="/", priority=True),
    KeySpec("next_match", "n", "next_match", "Next search match"),
    KeySpec("previous_match", "N", "previous_match", "Previous search match"),
    KeySpec("help", "question_mark,f1", "help", "Show every key", "Help", "?"),
    KeySpec("library", "L", "app.library", "Open the library"),
    KeySpec("focus_next", "tab", "focus_pane", "Focus: from the article to the sidebar's pane, and back "
            "(a folded sidebar unfolds meanwhile)", "Panes"),
    KeySpec("focus_previous", "shift+tab", "focus_pane", "Focus: the same, the other way round"),
    KeySpec("quit", "q", "quit", "Quit", "Quit"),
    *ANNOTATION_KEYS,
)
"""Bound on the reader screen, whatever has focus in it."""

ANALYSIS_KEYS: tuple[KeySpec, ...] = (
    KeySpec("next_claim", "right_square_bracket", "next_claim", "Next claim: its content, cue and source",
            "Claim", "]"),
    KeySpec("previous_claim", "left_square_bracket", "previous_claim", "Previous claim"),
    KeySpec("source", "s", "source", "From a claim to its source, and back"),
    KeySpec("next_event", "right_curly_bracket", "next_event", "Next event", "Event", "}"),
    KeySpec("previous_event", "left_curly_bracket", "previous_event", "Previous event"),
    KeySpec("next_mention", "e", "next_mention", "Next mention of the entity under the cursor"),
    KeySpec("previous_mention", "E", "previous_mention", "Previous mention of the entity under the cursor"),
    KeySpec("toggle_sidebar", "S", "toggle_sidebar", "Show or hide the sidebar", "Sidebar"),
    *(
        KeySpec(f"toggle_{group}", str(n), f"toggle_entities('{group}')", f"Highlight {label}: on/off")
        for n, (group, (label, _)) in enumerate(ENTITY_GROUPS.items(), 1)
    ),
)
"""The analysis: claims, sources, events, mentions, entity highlights (bound on the reader screen)."""

REVIEW_KEYS: tuple[KeySpec, ...] = (
    KeySpec("verdict", "c", "verdict", "Give the current claim a verdict (true … needs check), a note, evidence"),
    KeySpec("correct", "C", "correct", "Correct the analysis here: a claim's source, drop a claim or event, "
            "merge or split an entity"),
    KeySpec("unreviewed_only", "R", "unreviewed_only",
            "Unreviewed claims only, in the Claims pane and for ] and [ (again: all claims)"),
    KeySpec("copy_claim", "y", "copy_claim", "Copy the current claim with its source and the article's URL"),
    KeySpec("open_url", "o", "open_url", "Open the article's URL in the web browser"),
)
"""A fact-checker's keys (``tui.screens.reader_reviews``), bound on the reader screen. ``o``
is also the selection's "other end", which only acts while a passage is selected."""


EVENTS_PANE_KEYS: tuple[KeySpec, ...] = (
    KeySpec("event_order", "t", "screen.toggle_event_order",
            "Events pane: most salient first, or in text order (} and { follow it)"),
    KeySpec("event_filter", "f", "screen.next_event_filter",
            "Events pane: all events, those outside quotes, those whose who is a person or an organisation"),
)
"""Bound on the Events pane's list, so they act while it has focus."""


def bindings(specs: tuple[KeySpec, ...]) -> list[Binding]:
    return [
        Binding(
            s.keys, s.action, s.footer or s.description, show=s.footer is not None,
            key_display=s.key_display, tooltip=s.description, id=s.id, priority=s.priority,
        )
        for s in specs
    ]


_MODIFIERS = frozenset(("ctrl", "shift", "alt", "meta", "super", "hyper"))
_KEY_NAMES = frozenset(
    {key.value.rsplit("+", 1)[-1] for key in Keys} | set(KEY_TO_UNICODE_NAME) | set(KEY_NAME_REPLACEMENTS.values())
)


def check_keymap(keymap: Mapping[str, str], contexts: Iterable[Mapping[str, str]], where: str) -> None:
    """Textual ignores an unknown id or key name in a keymap, and a key given to two actions
    of one screen silently takes it from one of them: a ``[keymap]`` that would leave a key
    dead is refused at start-up instead. ``contexts`` map the ids of each screen to their
    default keys (the article view's keys and its screen's count as one screen)."""
    contexts = list(contexts)
    known = {binding_id for context in contexts for binding_id in context}
    for binding_id, keys in keymap.items():
        if binding_id not in known:
            raise NewsreadError(
                f"{where}: [keymap] {binding_id!r} is not a binding id (ids: {', '.join(sorted(known))})"
            )
        for key in keys.split(","):
            if not _is_key(key.strip()):
                raise NewsreadError(f"{where}: [keymap] {binding_id} = {keys!r}: {key.strip()!r} is not a key")
    for context in contexts:
        owner: dict[str, str] = {}
        for binding_id, default in context.items():
            for key in _normalize_key_list(keymap.get(binding_id, default)).split(","):
                if owner.setdefault(key, binding_id) != binding_id:
                    raise NewsreadError(f"{where}: [keymap] {key!r} would be the key of both "
                                        f"{owner[key]} and {binding_id}")


def _is_key(key: str) -> bool:
    """A key as Textual names it: one character, or a key name after optional modifiers."""
    if len(key) == 1:
        return not key.isspace()
    *modifiers, name = key.split("+")
    if not name or not set(modifiers) <= _MODIFIERS:
        return False
    return len(name) == 1 or name in _KEY_NAMES or key_to_character(name) is not None
