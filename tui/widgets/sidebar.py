"""The analysis beside the article: a legend of entity types and three panes.

Events (most salient first, or in text order: ``}``/``{`` and the status follow the
pane), Entities (most mentioned first) and Claims (grouped by who
makes them), then the reader's Notes (``tui.widgets.notes_pane``). Enter on a row has the
reader jump there (``on_pick``); the reader calls ``follow`` after every move so the
selection stays on what the article shows.

The reader may call it the moment it is mounted, before Textual has composed its panes (a
refresh later): a key pressed as the analysis lands. What needs the panes then waits for them
(``composed``): asking for them at once raised ``NoMatches`` and ended the reader; what focuses
a pane waits for its tabs too (``tabs_ready``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import UPDATE_PERIOD
from textual.style import Style
from textual.widgets import OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from tui.analysis_model import Claim, Entity, Event
from tui.highlights import group_of, type_word
from tui.navigation import EVENT_FILTERS, Navigator, Place, source_groups
from tui.oneline import inert
from tui.widgets.bindings import EVENTS_PANE_KEYS, bindings
from tui.widgets.fitted_row import FittedRow, HangingRow
from tui.widgets.notes_pane import NotesPane
from tui.widgets.pane_list import PaneList, Row, _excerpt, _flat
from tui.widgets.tabs import TabsLabelled, set_tab_label, show_tab

STANCE_MARKS = {
    "neutral": "○", "assertive": "!", "concessive": "~", "denial": "✗",
    "directive": "»", "hedged": "?", "other": "·",
}
"""One glyph per cue stance, so a column of claims shows at a glance who denies or urges."""

STANCE_WORDS = {
    "neutral": "said", "assertive": "claimed", "concessive": "admitted", "denial": "denied",
    "directive": "urged", "hedged": "reportedly", "other": "other",
}
"""What each stance mark stands for, by a cue verb of that stance (DESIGN.md's examples)."""


def stance_legend(per_line: int = len(STANCE_WORDS)) -> str:
    """``○ said  ! claimed  ~ admitted …``: every stance mark and what it means, ``per_line``
    of them to a line (all on one by default)."""
    entries = [f"{STANCE_MARKS[stance]} {word}" for stance, word in STANCE_WORDS.items()]
    return "\n".join("  ".join(entries[i:i + per_line]) for i in range(0, len(entries), per_line))


CLAIMS_LEGEND_PER_LINE = 4
"""Stance marks to a line above the Claims pane: the first four take 38 cells, which the
narrowest sidebar holds; left to wrap, a line broke between "»" and "urged"."""


ROWS_AFTER = UPDATE_PERIOD
"""Seconds from the frame that first shows the Events pane to its rows: a frame's time, so
that a key pressed meanwhile is painted in a frame of its own, not after the sidebar's
frame and its rows' back to back."""


class JumpList(PaneList):
    """A pane whose Enter goes to the row's place in the article in the key's own turn, so
    keys typed right after Enter (``v``, ``w``…) act there, after the jump."""

    def action_select(self) -> None:
        """Enter: go to the row now (a message would be handled after the keys typed next)."""
        option = self.highlighted_option
        if option is not None and not option.disabled:
            self.query_ancestor(AnalysisSidebar).pick(option)


class EventList(JumpList):
    """The Events pane's rows, with the keys that choose which events and in what order."""

    BINDINGS = bindings(EVENTS_PANE_KEYS)

    def on_show(self) -> None:
        """Laid out on screen (a frame painted it, empty): its rows, a frame's time later
        (``AnalysisSidebar.pane``)."""
        self.set_timer(ROWS_AFTER, self._fill)

    def on_focus(self) -> None:
        """Focused before that frame (tab at once): its rows now, for the keys that follow."""
        self._fill()

    def _fill(self) -> None:
        if self.is_attached:
            self.query_ancestor(AnalysisSidebar).pane("events")


ORDER_CAPTION = {"story": "most salient first", "text": "in text order"}


def events_caption(nav: Navigator) -> Content:
    """The lines above the events: which are listed and in what order, and the keys (or
    clicks) that change them."""
    which = EVENT_FILTERS[nav.event_filter]
    shown = which if nav.event_filter == "all" else f"{len(nav.events)} of {len(nav.analysis.events)}: {which}"
    names = list(EVENT_FILTERS)
    after = names[(names.index(nav.event_filter) + 1) % len(names)]
    return Content.assemble(
        (f"{shown}, {ORDER_CAPTION[nav.event_order]}", "bold"), "\n",
        Content.from_markup("[@click=screen.toggle_event_order]t[/] order · "
                            "[@click=screen.next_event_filter]f[/] "),
        "show all" if after == "all" else EVENT_FILTERS[after],
    )


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

    BINDINGS = [
        Binding("left", "switch_pane(-1)", "Previous pane", show=False),
        Binding("right", "switch_pane(1)", "Next pane", show=False),
    ]
    PANES = ("events", "entities", "claims", "notes")

    class Whole(Message):
        """Posted once the sidebar and everything in it are mounted (its tabs included)."""

        def __init__(self, sidebar: AnalysisSidebar) -> None:
            super().__init__()
            self.sidebar = sidebar

    def __init__(self, nav: Navigator, legend: Content, type_styles: Mapping[str, Style],
                 on_pick: Callable[[str, str], None], initial: str = "events-pane",
                 notes_label: str = "Notes") -> None:
        """``type_styles``: entity type group → its style in the article (names in the
        Entities pane wear it); ``on_pick(kind, key)``: Enter or a click on a row (kind
        event, entity or claim; key the event/entity id or claim index), called in the
        key's own turn, before any key typed after it; ``initial``: the pane shown first;
        ``notes_label``: the Notes tab's label (the reader keeps it up to date)."""
        super().__init__()
        self._initial = initial
        self._notes_label = notes_label
        self._on_pick = on_pick
        self.nav = nav
        self._legend = legend
        self._type_styles = type_styles
        self._entity_rows: dict[str, int] = {}
        self._claim_rows: dict[int, int] = {}
        self._filled: set[str] = set()
        self.claim_badges: dict[int, str] = {}
        """A badge per claim (index into ``nav.claims``): its verdict, see ``set_claims``."""
        self.claims_shown: set[int] | None = None
        """The claims the Claims pane lists; None: all of them."""
        self.claims_label = f"Claims {len(nav.claims)}"

    @property
    def tab_labels(self) -> list[str]:
        """The labels its tabs are composed with, in order (for the reader to size the
        column before they are there)."""
        return [f"Events {len(self.nav.events)}", f"Entities {len(self.nav.entities)}", self.claims_label,
                self._notes_label]

    def compose(self) -> ComposeResult:
        events, entities, claims, notes = self.tab_labels
        yield Static(self._legend, id="legend")
        with TabbedContent():  # the first pane; ``initial`` once the tabs are there (on_mount)
            with TabPane(events, id="events-pane"):
                yield Static(events_caption(self.nav), id="events-caption", classes="pane-caption")
                yield EventList(separated=True, id="events")
            with TabPane(entities, id="entities-pane"):
                yield JumpList(id="entities")
            with TabPane(claims, id="claims-pane"):
                yield Static(stance_legend(CLAIMS_LEGEND_PER_LINE), id="claims-caption", classes="pane-caption")
                yield JumpList(id="claims")
            with TabPane(notes, id="notes-pane"):  # filled by the reader (reader_annotations)
                yield NotesPane(id="notes")

    def on_mount(self) -> None:
        """Mounted, and so is all it holds, its tabs with their first labels: said for the
        reader to fit them, and to show it if it waited for this (``Whole``). The pane shown
        first is chosen now, not by Textual's ``TabbedContent(initial=…)``: its tabs make that
        one active when they are mounted, and a reader quitting while they were still to be
        mounted (the frame the analysis landed) had them mounted empty, so that making it
        active raised ``ValueError: No Tab with id`` at exit."""
        if self._initial != self.PANES[0] + "-pane":
            show_tab(self.query_one(TabbedContent), self._initial)
        self.post_message(TabsLabelled())
        self.post_message(self.Whole(self))

    @property
    def composed(self) -> bool:
        """Whether its legend and panes are there (Textual composes it a refresh after mounting)."""
        return bool(self.query("#events"))

    @property
    def tabs_ready(self) -> bool:
        """Whether its tabs are there and say which pane is shown, a few turns after its
        compose: a pane's list focused before that has Textual make the pane's tab active
        while there is none (``ValueError: No Tab with id``, which ended the reader)."""
        return self.composed and bool(self.query_one(TabbedContent).active)

    def pane(self, name: str) -> PaneList:
        """The list of pane ``name``, its rows made the first time they are needed (the pane
        shown, or a move to follow). The Events rows are laid out a frame's time after the
        frame that first shows the sidebar (``EventList.on_show``), unless needed before: the
        legend, tabs and captions in one frame and the rows in the next keep each frame of
        the analysis's arrival shorter (a 50,000-word article at 100x30, UI-thread CPU: the
        frame that shows the sidebar 34-37 ms with its rows, 25-29 ms without; the rows'
        frame 22-32 ms)."""
        found = self.query_one(f"#{name}", PaneList)
        if name not in self._filled:
            self._filled.add(name)
            rows = {"events": self._events, "entities": self._entities, "claims": self._claims}[name]
            found.set_rows(rows(), keep=0 if name == "events" else None)  # events: Enter goes to the first
        return found

    def when_ready(self, act: Callable[[], object], *, tabs: bool = False) -> None:
        """Run ``act`` now if the panes are there (``composed``; with ``tabs``, their tabs too:
        ``tabs_ready``), else after each refresh until they are; never once it is removed."""
        if self.tabs_ready if tabs else self.composed:
            act()
        elif self.is_attached:
            self.call_after_refresh(self.when_ready, act, tabs=tabs)

    def focus_shown_list(self) -> None:
        """Focus the list of the pane shown, once its tabs are there (``tabs_ready``)."""
        self.when_ready(lambda: self.shown_list().focus(), tabs=True)

    def shown_list(self) -> OptionList:
        """The list of the pane shown (the one tab and Enter act on)."""
        name = self.query_one(TabbedContent).active.removesuffix("-pane")
        return self.query_one(f"#{name}", OptionList) if name == "notes" else self.pane(name)

    def action_switch_pane(self, step: int) -> None:
        """← / →: the pane before or after the one shown, with the focus in it."""
        tabs = self.query_one(TabbedContent)
        name = tabs.active.removesuffix("-pane")
        tabs.active = f"{self.PANES[(self.PANES.index(name) + step) % len(self.PANES)]}-pane"
        self.shown_list().focus()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        name = (event.pane.id or "").removesuffix("-pane")
        if name in ("entities", "claims"):
            self.pane(name)

    def set_legend(self, legend: Content) -> None:
        self._legend = legend
        if self.composed:  # else compose shows it
            self.query_one("#legend", Static).update(legend)

    def _events(self) -> list[Row]:
        """One row per event (the pane sets a rule between rows, so events never run together)."""
        return [partial(self._event_option, e) for e in self.nav.events]

    def _event_option(self, event: Event) -> Option:
        return Option(HangingRow(self._event_row(event)), id=f"event:{event.id}")

    def relist_events(self) -> None:
        """Show the navigator's listing of events again (its order or filter changed)."""
        if not self.composed:  # compose lists them as the navigator has them now
            return
        self.pane("events").set_rows(self._events(), keep=0)  # Enter picks at once
        self.query_one("#events-caption", Static).update(events_caption(self.nav))
        set_tab_label(self.query_one(TabbedContent), "events-pane", Content(f"Events {len(self.nav.events)}"))

    def _event_row(self, event: Event) -> Content:
        """``who`` in bold, then what happened, then where and when in italics."""
        who, what, setting = (inert(part) for part in self.nav.event_parts(event))
        return Content.assemble((who, "bold"), " · ", what, *([(f" · {setting}", "italic")] if setting else []))

    def _entities(self) -> list[Row]:
        """Entities most mentioned first (``_entity_rows``: each one's row); their types and
        counts in two columns as wide as the pane's longest."""
        ranked = sorted(self.nav.entities.values(), key=lambda e: (-len(e.mentions), e.mentions[0].start))
        self._entity_rows = {e.id: row for row, e in enumerate(ranked)}
        types = max((len(type_word(e.label)) for e in ranked), default=0)
        counts = max((len(str(len(e.mentions))) for e in ranked), default=0)
        return [partial(self._entity_option, e, types, counts) for e in ranked]

    def _entity_option(self, e: Entity, types: int, counts: int) -> Option:
        """``Port of Spain   place ×3``: the name in its type's style, cut to fit (``FittedRow``),
        the type word padded to ``types`` cells and the count to ``counts`` digits; its other
        names on a line below, not those that only differ from it in case (a dateline's
        "PORT OF SPAIN")."""
        aliases = list({a.casefold(): a for a in e.aliases if a.casefold() != e.name.casefold()}.values())
        prompt = FittedRow(
            Content.styled(_flat(e.name), self._type_styles.get(group_of(e.label), "bold")),
            Content(f"{type_word(e.label):<{types}} ×{len(e.mentions):>{counts}}"),
            mark=Content.styled(" [corrected]", "bold") if e.id in self.nav.analysis.corrected else Content(""),
            more=Content.styled("  also " + _flat(", ".join(aliases)), "italic") if aliases else None,
        )
        return Option(prompt, id=f"entity:{e.id}")

    def _claims(self) -> list[Row]:
        """Claims under a header per source (``_claim_rows``: each claim's row)."""
        rows: list[Row] = []
        self._claim_rows = {}
        for name, indexes in source_groups(self.nav):
            indexes = [i for i in indexes if self.claims_shown is None or i in self.claims_shown]
            if not indexes:
                continue
            header = FittedRow(Content.styled(_flat(name), "bold underline"), Content(str(len(indexes))))
            rows.append(partial(Option, header, disabled=True))
            for i in indexes:
                self._claim_rows[i] = len(rows)
                rows.append(partial(self._claim_option, i))
        return rows

    def _claim_option(self, i: int) -> Option:
        return Option(HangingRow(claim_row(self.nav.claims[i], self.claim_badges.get(i, ""))), id=f"claim:{i}")

    def set_claims(self, badges: dict[int, str], shown: set[int] | None, label: str) -> None:
        """Badges of the claims, which of them the Claims pane lists, and its tab's label; the
        rows are made again if they were made already."""
        self.claim_badges, self.claims_shown, self.claims_label = badges, shown, label
        if not self.is_mounted or not self.query(TabbedContent):  # compose will use them
            return
        if "claims" in self._filled:
            pane = self.query_one("#claims", PaneList)
            pane.set_rows(self._claims(), keep=pane.highlighted)
        set_tab_label(self.query_one(TabbedContent), "claims-pane", Content(label))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """A click on a row (Enter calls ``pick`` itself)."""
        event.stop()
        self.pick(event.option)

    def pick(self, option: Option) -> None:
        kind, _, key = (option.id or "").partition(":")
        if key:
            self._on_pick(kind, key)

    def follow(self, place: Place) -> None:
        """Select the row of what the reader now stands on (the pane shown stays the same);
        once the panes are there if they are not yet."""
        self.when_ready(partial(self._follow, place))

    def _follow(self, place: Place) -> None:
        if place.kind in ("claim", "source"):
            claims = self.pane("claims")  # first: giving the rows makes the row index
            if place.index in self._claim_rows:  # not when the pane lists unreviewed claims only
                claims.show_row(self._claim_rows[place.index])
        elif place.kind == "event":
            self.pane("events").show_row(place.index)
        elif place.kind == "mention" and place.entity is not None:
            entities = self.pane("entities")
            entities.show_row(self._entity_rows[place.entity])
