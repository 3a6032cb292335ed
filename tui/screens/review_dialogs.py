"""The dialogs of a fact-checker's keys: a verdict on a claim (``c``) and a correction of the
analysis (``C``). Like the annotate dialog they only collect; the reader saves what they return
and says "saved" once the store has committed it.

Verdict: the claim, the six verdicts (``1``…``6`` or the arrows and space), a note and the
evidence URLs; Enter in a line or ctrl+s saves, escape gives up. Correction: what can be
corrected where the reader stands, an entity to pick (a claim's source, or the entity to merge
into) or a typed name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlparse

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, RadioButton, RadioSet, Select, Static

from tui.review import RATING_NAMES, RATINGS, Fix, Rating
from tui.screens.annotate import shown_quote
from tui.oneline import inert, unless_edited


@dataclass(slots=True)
class VerdictDraft:
    """What the verdict dialog returns."""

    rating: Rating = "needs check"
    note: str = ""
    evidence: list[str] = field(default_factory=list)


def parse_evidence(text: str) -> list[str]:
    """URLs separated by spaces or commas, each ``http(s)://host…``, in order, no repeats.

    Raises ValueError naming the first one that is not such a URL.
    """
    urls = [u for u in re.split(r"[\s,]+", text.strip()) if u]
    for url in urls:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ValueError(f"not a web address: {url}")
    return list(dict.fromkeys(urls))


class _Dialog(ModalScreen):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", show=False),
        Binding("ctrl+s", "save", "Save", show=False),
    ]

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        raise NotImplementedError

    def action_cancel(self) -> None:
        self.dismiss(None)

    def refuse(self, why: str) -> None:
        self.query_one(".review-error", Static).update(Content(inert(why)))
        self.app.bell()


class VerdictDialog(_Dialog):
    BINDINGS = [Binding(str(n), f"choose({n - 1})", show=False) for n in range(1, len(RATINGS) + 1)]

    def __init__(self, quote: str, heading: str, draft: VerdictDraft | None = None) -> None:
        super().__init__()
        self.quote = quote
        self.heading = heading
        self.draft = draft or VerdictDraft()

    def compose(self) -> ComposeResult:
        with Vertical(classes="review-dialog"):
            yield Static(Content(inert(self.heading)), classes="review-heading")
            yield Static(Content(shown_quote(self.quote)), classes="review-quote")
            yield Label(self._chosen(self.draft.rating), id="verdict-chosen")
            with RadioSet(id="verdict-rating"):
                for n, rating in enumerate(RATINGS, 1):
                    yield RadioButton(f"{n} {RATING_NAMES[rating]}", value=rating == self.draft.rating, name=rating)
            yield Label("Note")
            yield Input(inert(self.draft.note), placeholder="why: what the evidence shows", id="verdict-note")
            yield Label("Evidence (web addresses, space-separated)")
            yield Input(inert(" ".join(self.draft.evidence)), placeholder="https://…", id="verdict-evidence")
            yield Static("", classes="review-error")
            yield Static("1-6 or ↑ ↓ space: verdict · tab: next field · Enter or ctrl+s saves · escape cancels",
                         classes="review-hint")

    def on_mount(self) -> None:
        self.query_one(RadioSet).focus()

    @staticmethod
    def _chosen(rating: str) -> str:
        """The verdict chosen, in words: the radio buttons differ by colour alone."""
        return f"Verdict: {RATING_NAMES[rating]}"

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        if event.pressed.name:
            self.query_one("#verdict-chosen", Label).update(self._chosen(event.pressed.name))

    def action_choose(self, index: int) -> None:
        list(self.query(RadioButton))[index].value = True

    def action_save(self) -> None:
        pressed = self.query_one(RadioSet).pressed_button
        try:
            evidence = parse_evidence(unless_edited(self.query_one("#verdict-evidence", Input).value,
                                                    " ".join(self.draft.evidence)))
        except ValueError as exc:
            self.refuse(str(exc))
            return
        self.dismiss(VerdictDraft(
            rating=pressed.name if pressed is not None and pressed.name else self.draft.rating,  # type: ignore[arg-type]
            note=unless_edited(self.query_one("#verdict-note", Input).value, self.draft.note).strip(),
            evidence=evidence,
        ))


@dataclass(slots=True)
class CorrectionDraft:
    """What the correction dialog returns: the fix, the entity picked (its id) or a typed name."""

    fix: Fix
    entity: str | None = None
    name: str = ""


FIX_LABELS: dict[str, str] = {
    "source": "Set the claim's source",
    "drop_claim": "Not a claim: drop it",
    "drop_event": "Not an event: drop it",
    "merge": "Same as another entity: merge into it",
    "split": "Not this entity: split this mention out",
}
NEEDS_ENTITY = frozenset({"source", "merge"})


class CorrectionDialog(_Dialog):
    """``fixes``: the corrections that make sense here, first one chosen; ``entities``: (id,
    name) of the entities to pick from."""

    def __init__(self, quote: str, heading: str, fixes: list[Fix], entities: list[tuple[str, str]]) -> None:
        super().__init__()
        self.quote = quote
        self.heading = heading
        self.fixes = fixes
        self.entities = entities

    def compose(self) -> ComposeResult:
        with Vertical(classes="review-dialog"):
            yield Static(Content(inert(self.heading)), classes="review-heading")
            yield Static(Content(shown_quote(self.quote)), classes="review-quote")
            with RadioSet(id="correction-fix"):
                for n, fix in enumerate(self.fixes):
                    yield RadioButton(FIX_LABELS[fix], value=n == 0, name=fix)
            yield Label("Entity", id="correction-entity-label")
            yield Select([(inert(name), eid) for eid, name in self.entities], id="correction-entity",
                         prompt="pick an entity")
            yield Label("or a name (the source, when it is no entity here)", id="correction-name-label")
            yield Input(placeholder="e.g. a spokesman named later", id="correction-name")
            yield Static("", classes="review-error")
            yield Static("↑ ↓ space: what to correct · tab: next field · Enter or ctrl+s saves · escape cancels",
                         classes="review-hint")

    def on_mount(self) -> None:
        self.query_one(RadioSet).focus()
        self._fit()

    def on_radio_set_changed(self) -> None:
        self._fit()

    def _fix(self) -> Fix:
        pressed = self.query_one(RadioSet).pressed_button
        return pressed.name if pressed is not None and pressed.name else self.fixes[0]  # type: ignore[return-value]

    def _fit(self) -> None:
        """The entity and name lines only for the fixes that use them."""
        fix = self._fix()
        for part in ("#correction-entity", "#correction-entity-label"):
            self.query_one(part).display = fix in NEEDS_ENTITY
        for part in ("#correction-name", "#correction-name-label"):
            self.query_one(part).display = fix == "source"

    def action_save(self) -> None:
        fix = self._fix()
        picked = self.query_one(Select).value
        entity = picked if isinstance(picked, str) else None
        name = " ".join(self.query_one("#correction-name", Input).value.split())
        if fix == "source" and not (entity or name):
            self.refuse("pick an entity or type a name")
            return
        if fix == "merge" and entity is None:
            self.refuse("pick the entity to merge into")
            return
        self.dismiss(CorrectionDraft(fix, entity if fix in NEEDS_ENTITY and not name else None,
                                     name if fix == "source" else ""))
