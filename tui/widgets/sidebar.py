"""The analysis beside the article: a legend of entity types and three panes.

Events (most salient first), Entities (most mentioned first) and Claims (grouped by who
makes them), then the reader's Notes (``tui.widgets.notes_pane``). Enter on a row asks the
reader to jump there (``Picked``); the reader calls ``follow`` after every move so the
selection stays on what the article shows.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from tui.model import Claim, Entity, Event
from tui.navigation import Navigator, Place, source_groups
from tui.oneline import inert
from tui.widgets.notes_pane import NotesPane
from tui.widgets.pane_list import PaneList, _excerpt, _flat

STANCE_MARKS = {
    "neutral": "○", "assertive": "!", "concessive": "~", "denial": "✗",
    "directive": "»", "hedged": "?", "other": "·",
}
"""One glyph per cue stance, so a column of claims shows at a glance who denies or urges."""

PAGE = 100
"""Rows a pane lays out at a time. Textual lays out every row of a list as it is added, and a
long article's thousands of rows took seconds; so a pane gets its rows a page at a time, the
next page when the selection reaches the last row laid out (or a move needs a row further on)."""


def claim_row(claim: Claim, badge: str = "") -> Content:
    """``○ said · direct  “God has enabled…”``: stance mark, cue verb, kind badge, what is claimed;
    ``badge`` (a verdict, e.g. ``[False]``) first, in words so that it reads without colour."""
    cue = claim.cue.text if claim.cue else "—"
    mark = STANCE_MARKS.get(claim.cue.stance if claim.cue else "other", "·")
    return Content.assemble(
        *([(f"{badge} ", "bold reverse")] if badge else []),
        f"{mark} ",
        (_flat(cue), "bold"),
        (f" · {claim.kind}", "italic"),
        "  ",
        _excerpt(claim.content.text),
    )


class AnalysisSidebar(Vertical):
    """Legend and panes of one analysis (mounted into the reader's sidebar slot)."""

    class Picked(Message):
        """Enter on a row: ``kind`` is event, entity or claim; ``key`` the event/entity id or claim index."""

        def __init__(self, kind: str, key: str) -> None:
            super().__init__()
            self.kind = kind
            self.key = key

    def __init__(self, nav: Navigator, legend: Content) -> None:
        super().__init__()
        self.nav = nav
        self._legend = legend
        self._event_rows: dict[str, int] = {}
        self._entity_rows: dict[str, int] = {}
        self._claim_rows: dict[int, int] = {}
        self.claim_badges: dict[int, str] = {}
        """A badge per claim (index into ``nav.claims``): its verdict, see ``set_claims``."""
        self.claims_shown: set[int] | None = None
        """The claims the Claims pane lists; None: all of them."""
        self.claims_label = f"Claims {len(nav.claims)}"
        self._rows: dict[str, list[Callable[[], Option]]] = {"events": self._events()}

    def compose(self) -> ComposeResult:
        yield Static(self._legend, id="legend")
        with TabbedContent(initial="events-pane"):
            with TabPane(f"Events {len(self.nav.events)}", id="events-pane"):
                yield PaneList(*self._made("events", 0), id="events")
            with TabPane(f"Entities {len(self.nav.entities)}", id="entities-pane"):
                yield PaneList(id="entities")
            with TabPane(self.claims_label, id="claims-pane"):
                yield PaneList(id="claims")
            with TabPane("Notes", id="notes-pane"):  # filled by the reader (reader_annotations)
                yield NotesPane(id="notes")

    def pane(self, name: str) -> PaneList:
        """The list of pane ``name``, its rows made the first time they are needed (the pane
        shown, or a move to follow): only the Events rows are laid out as the analysis arrives."""
        found = self.query_one(f"#{name}", PaneList)
        if name not in self._rows:
            self._rows[name] = self._entities() if name == "entities" else self._claims()
            found.add_options(self._made(name, 0))
        return found

    def _made(self, name: str, start: int, end: int | None = None) -> list[Option]:
        """Rows ``start`` to ``end`` (default: a page on) of pane ``name``, made now."""
        return [make() for make in self._rows[name][start:start + PAGE if end is None else end]]

    def _row(self, name: str, row: int) -> PaneList:
        """Pane ``name`` with its rows laid out up to ``row`` at least."""
        found = self.pane(name)
        if row >= found.option_count:
            found.add_options(self._made(name, found.option_count, row + PAGE))
        return found

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        name = event.option_list.id or ""
        if name in self._rows and event.option_index == event.option_list.option_count - 1:
            self._row(name, event.option_index + 1)

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        name = (event.pane.id or "").removesuffix("-pane")
        if name in ("entities", "claims"):
            self.pane(name)

    def set_legend(self, legend: Content) -> None:
        self._legend = legend
        self.query_one("#legend", Static).update(legend)

    def _events(self) -> list[Callable[[], Option]]:
        ranked = sorted(self.nav.events, key=lambda e: -e.salience)
        self._event_rows = {e.id: row for row, e in enumerate(ranked)}
        return [partial(lambda e: Option(self._event_row(e), id=f"event:{e.id}"), e) for e in ranked]

    def _event_row(self, event: Event) -> Content:
        """``who`` in bold, then what happened, then where and when in italics."""
        who, what, setting = (inert(part) for part in self.nav.event_parts(event))
        return Content.assemble((who, "bold"), " · ", what, *([(f" · {setting}", "italic")] if setting else []))

    def _entities(self) -> list[Callable[[], Option]]:
        ranked = sorted(self.nav.entities.values(), key=lambda e: (-len(e.mentions), e.mentions[0].start))
        self._entity_rows = {e.id: row for row, e in enumerate(ranked)}
        return [partial(self._entity_option, e) for e in ranked]

    def _entity_option(self, e: Entity) -> Option:
        aliases = [a for a in e.aliases if a != e.name]
        prompt = Content.assemble(
            (_flat(e.name), "bold"), f"  {e.label} ×{len(e.mentions)}",
            *([(" [corrected]", "bold")] if e.id in self.nav.analysis.corrected else []),
            *([("\n  also " + _flat(", ".join(aliases)), "italic")] if aliases else []),
        )
        return Option(prompt, id=f"entity:{e.id}")

    def _claims(self) -> list[Callable[[], Option]]:
        rows: list[Callable[[], Option]] = []
        self._claim_rows = {}
        for name, indexes in source_groups(self.nav):
            indexes = [i for i in indexes if self.claims_shown is None or i in self.claims_shown]
            if not indexes:
                continue
            header = Content.assemble((_flat(name), "bold underline"), f"  {len(indexes)}")
            rows.append(partial(Option, header, disabled=True))
            for i in indexes:
                self._claim_rows[i] = len(rows)
                rows.append(partial(self._claim_option, i))
        return rows

    def _claim_option(self, i: int) -> Option:
        return Option(claim_row(self.nav.claims[i], self.claim_badges.get(i, "")), id=f"claim:{i}")

    def set_claims(self, badges: dict[int, str], shown: set[int] | None, label: str) -> None:
        """Badges of the claims, which of them the Claims pane lists, and its tab's label; the
        rows are made again if they were made already."""
        self.claim_badges, self.claims_shown, self.claims_label = badges, shown, label
        if not self.is_mounted or not self.query(TabbedContent):  # compose will use them
            return
        if "claims" in self._rows:
            pane = self.query_one("#claims", PaneList)
            keep = pane.highlighted
            pane.clear_options()
            self._rows["claims"] = self._claims()
            pane.add_options(self._made("claims", 0))
            if keep is not None and self._rows["claims"]:
                row = min(keep, len(self._rows["claims"]) - 1)
                self._row("claims", row).highlighted = row
        self.query_one(TabbedContent).get_tab("claims-pane").label = Content(label)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        kind, _, key = (event.option.id or "").partition(":")
        if key:
            self.post_message(self.Picked(kind, key))

    def follow(self, place: Place) -> None:
        """Select the row of what the reader now stands on (the pane shown stays the same)."""
        if place.kind in ("claim", "source"):
            self.pane("claims")  # first: making the rows makes the row index
            if place.index in self._claim_rows:  # not when the pane lists unreviewed claims only
                row = self._claim_rows[place.index]
                self._row("claims", row).highlighted = row
        elif place.kind == "event":
            row = self._event_rows[self.nav.events[place.index].id]
            self._row("events", row).highlighted = row
        elif place.kind == "mention" and place.entity is not None:
            self.pane("entities")
            row = self._entity_rows[place.entity]
            self._row("entities", row).highlighted = row
