"""What the engine found, on the reader: the worker that fetches it, the highlights, the
sidebar, and the keys that move through claims, sources, events and mentions.

The base class of ``ReaderScreen`` (Textual calls the ``on_…`` handlers of every class in
the screen's MRO and merges their bindings, so these run beside the reader's own). A worker
thread reads the cache (no spaCy import at all when it is there), else asks the engine
process (``tui.engine_process``) and waits for its answer: spaCy never runs in the reader's
process. The worker starts once the text is on screen (the first frame owes nothing to the
analysis; the engine process may already be loading its model, started ahead by the CLI, and
is stopped here when the cache has the analysis), and a result is dropped if the screen has
moved on to another article meanwhile.
Analysis keys pressed before the analysis is in say what is coming on the status line's
ticker. A long article arrives chunk by chunk, the chunk at the reading position first
(``show_part``): its highlights at once, its claims, events and mentions for the keys; the
sidebar waits for the whole analysis, which the worker thread makes ready for the screen
(``prepare``: corrections applied, navigator made), so that the UI thread only paints it.
Each frame on the way must stay short: see ``tui.collector`` for the garbage collector's part.
Which claim or event to go to is decided by the headless ``tui.navigation``; this class
only paints the stop it returns.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable
from concurrent.futures import wait
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual import events
from textual.content import Content
from textual.screen import UPDATE_PERIOD, Screen
from textual.timer import Timer
from textual.widgets import Static
from textual.worker import Worker, WorkerState, get_current_worker

from tui.collector import settle
from tui.errors import NewsreadError
from tui.highlights import ENTITY_GROUPS, entity_marks
from tui.navigation import EVENT_FILTERS, EventFilter, EventOrder, Navigator, Place, Stop
from tui.widgets.article_view import MARGIN, READING_WIDTH
from tui.widgets.bindings import ANALYSIS_KEYS, bindings

if TYPE_CHECKING:
    from textual.containers import Vertical
    from textual.style import Style

    from tui.analysis_model import Analysis
    from tui.engine_process import EngineProcess, Progress
    from tui.model import Article
    from tui.review import Correction
    from tui.widgets.article_view import ArticleView
    from tui.widgets.sidebar import AnalysisSidebar
    from tui.widgets.tabs import TabsLabelled

SIDEBAR_MIN_WIDTH = 100
"""Below this many columns the sidebar starts hidden (S still shows it)."""
SIDEBAR_SHARE = 3
"""The sidebar takes a third of the terminal's width, so wide terminals give it room too..."""
SIDEBAR_COLUMNS = 46
"""...and never fewer columns than this: its border and the four tab labels with two-digit
counts ("Events 32  Entities 37  Claims 17  Notes 12", each with a cell of padding each side)."""
PENDING = "Events, entities and claims appear here when the analysis is done."

LEGEND_COLUMN = 16
"""Width of a legend entry's name: the longest ("organisations") and two spaces."""

PROGRESS_WAIT = 0.1
"""Seconds the worker thread waits for the analysis before looking again for a chunk done."""

SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"

STEP_GAP = UPDATE_PERIOD
"""Seconds between two steps of an analysis's landing (counts and highlights; the column's
width; the sidebar shown; its rows): a frame's time, so that a key pressed meanwhile is
painted in a frame of its own, not after two of those steps' frames back to back."""

LINKING = "all chunks done, linking them across the article"
"""The status once every chunk of a long article is in: the engine then finds the entities,
claims and events of the whole text (names merged, sources resolved and events ranked across
chunks), the last and longest step (a 50,000-word article: ~4 s of CPU, some 6 s on a busy
machine, when the status said "analysing 100%"; ``tui.engine_process.compute``)."""


def sidebar_width(columns: int, tab_labels: Iterable[str] = ()) -> int:
    """The sidebar's width in cells at ``columns`` terminal columns: a share of them, at least
    ``SIDEBAR_COLUMNS``, and at least what ``tab_labels`` need, so no label is ever cut. On a
    wide terminal it also takes what the article, whose lines stop at ``READING_WIDTH``,
    would leave as blank margins (up to half the width)."""
    labels = sum(cell_len(label) + 2 for label in tab_labels) + 1
    article = READING_WIDTH + 2 * MARGIN + 1  # its text, margins and scrollbar
    spare = min(columns - article, columns // 2)
    return max(columns // SIDEBAR_SHARE, SIDEBAR_COLUMNS, labels, spare)


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def counts(analysis: Analysis) -> str:
    """``37 entities · 17 claims · 30 events``: the status once the analysis is shown, with
    ``· 1 sentence not analysed`` when the engine failed on some (never the error itself)."""
    parts = [
        f"{len(analysis.entities)} {'entity' if len(analysis.entities) == 1 else 'entities'}",
        plural(len(analysis.claims), "claim"),
        plural(len(analysis.events), "event"),
    ]
    if analysis.failures:
        parts.append(f"{plural(len(analysis.failures), 'sentence')} not analysed")
    return " · ".join(parts)


@dataclass(frozen=True)
class Prepared:
    """An analysis made ready for the screen off the UI thread: as it came (``raw``), as
    shown (``shown``: the reader's corrections ``fixes`` applied) and its navigator."""

    raw: Analysis
    shown: Analysis
    nav: Navigator
    fixes: tuple[Correction, ...] = ()


class AnalysisScreen(Screen):
    """The analysis half of the reader screen (see the module docstring)."""

    BINDINGS = bindings(ANALYSIS_KEYS)

    article: Article
    view: ArticleView
    sidebar: Vertical
    set_status: Callable[[str], None]
    status_text: str
    call_after_frame: Callable[[Callable[[], object]], None]

    analysis: Analysis | None = None
    _parts: dict[int, Analysis]
    """The chunks of a long article's analysis shown so far, by place in the text, until
    ``analysis`` is in; each is painted as a layer of its own (``entities-N``)."""
    nav: Navigator | None = None
    place: Place = Place(0, 0)
    shown_groups: frozenset[str] = frozenset(ENTITY_GROUPS)
    _sidebar_wanted: bool | None = None
    _sidebar_due = False
    """The analysis shown has no sidebar yet: it comes after its counts, in steps
    (``fill_sidebar``), or at once when something asks for it (``analysis_sidebar``)."""
    _arriving: AnalysisSidebar | None = None
    """The sidebar on its way: made, mounted out of sight, shown once whole (``fill_sidebar``)."""
    _notes_focused = False
    """The Notes pane shown alone had the focus as the sidebar was made: its own gets it."""
    _stop_status = ""
    _phase = ""
    _asked = ""
    _failure: str | None = None
    _unfolded = False
    _mentions_from: tuple[int, int] | None = None
    """The selection ``e``/``E`` last started from (another one starts them again)."""
    """The sidebar was folded and tab unfolded it: shift+tab or tab back to the article folds it."""
    _started = 0.0
    _ticker: Timer | None = None

    # --- the worker -----------------------------------------------------------------------

    def on_mount(self) -> None:
        self._parts = {}
        view = self.view
        if view.sentences:
            self.place = Place(*view.sentences[view.cursor])

    def on_unmount(self) -> None:
        """What ``settle`` left out of the collector's rounds goes back in, so that the cycles
        of this closed reader (its widgets) are collected."""
        gc.unfreeze()

    def on_screen_resume(self) -> None:
        """Shown (first, or again after another article's reader or a dialog): analyse if not
        done yet, once the screen has painted; not again after it failed (the notice and the
        sidebar say so, and a dialog closed is no reason to try again)."""
        if self.app.analyse and self.analysis is None and self._failure is None:
            self.call_after_refresh(self._analyse_if_needed)

    def _analyse_if_needed(self) -> None:
        if self.analysis is None and self._failure is None and not self._analysing() and self.app.screen is self:
            self.start_analysis()

    def sidebar_placeholder(self) -> list[Static]:
        """What the sidebar holds before the analysis: when it will show one, a word on it.

        Composed with the screen (mounting it later costs a second frame), so the column is
        held from the first paint and the text does not reflow under the reader's eyes when
        the analysis arrives.
        """
        if self.app.analyse and self.app.size.width >= SIDEBAR_MIN_WIDTH:
            return [Static(PENDING, id="sidebar-pending")]
        return []

    def _analysing(self) -> bool:
        return any(w.group == "analysis" and w.node is self and not w.is_finished for w in self.app.workers)

    def start_analysis(self) -> None:
        """Fetch or compute this article's analysis in a thread.

        Another reader's analysis still running (the article opened before this one) is
        cancelled: one analysis at a time, for the article on screen. That reader starts
        again when it is shown again.
        """
        for worker in self.app.workers:
            if worker.group == "analysis" and worker.node is not self and not worker.is_finished:
                worker.cancel()
        settle()  # the reader as painted: its text, wrapped lines and widgets
        self._phase, self._started = "reading the cache", time.monotonic()  # _asked: a key pressed before this
        self._ticker = self.set_interval(0.1, self._tick)  # a cached analysis is shown before the first tick
        self._parts = {}
        work = partial(self._analyse, self.article, self.app.config.model, self.app.engine_process(), self.place.start)
        self.run_worker(work, name="analysis", group="analysis", thread=True,
                        exclusive=True, exit_on_error=False)

    def _analyse(self, article: Article, model: str, engine: EngineProcess, at: int) -> Prepared:
        """In the worker thread: the cache first (a few milliseconds), the engine process
        only when it has nothing (from offset ``at`` on); this thread then only waits for its
        answer and hands each chunk done to the UI thread. The answer is made ready for the
        screen here too (``prepare``), so that the UI thread only paints it. An engine that
        has nothing asked of it is stopped when the cache has the analysis (the CLI starts
        one ahead, before it knows).

        The cache's module (and the engine's key modules it imports) is imported here, in
        this thread after the first frame, not before it."""
        from tui.analysis_cache import cached

        found = cached(article, model)
        if found is not None:
            engine.stop_idle()
        else:
            self._phase = "analysing"
            future = engine.analyse(article, at)
            worker = get_current_worker()
            while not future.done() and not worker.is_cancelled:
                update = engine.progress(0)
                if update is None:
                    wait([future], PROGRESS_WAIT)  # returns the moment the analysis is in
                elif update.article_id == article.id:
                    self.app.call_from_thread(self.show_part, update)
            found = engine.result(future)
        return self.prepare(found)

    def show_part(self, update: Progress) -> None:
        """A chunk of a long article's analysis: its highlights (a layer of its own, so that
        only its lines repaint), and the keys move through the claims, events and mentions
        found so far (the sidebar waits for the whole)."""
        if self.analysis is not None or update.article_id != self.article.id:
            return
        self._parts[update.index] = update.found
        self.nav = None  # made again, with this chunk, when a key asks for it
        self._phase = f"analysing {update.done:.0%}" if update.done < 1 else LINKING
        self.view.set_decorations(f"entities-{update.index}", entity_marks(update.found, self.shown_groups))
        self._tick()
        settle()

    def _navigator(self) -> Navigator | None:
        """The analysis's navigator; while chunks arrive, one over the chunks shown so far."""
        if self.nav is None and self._parts:
            pieces = [self._parts[i] for i in sorted(self._parts)]
            self.nav = Navigator(replace(
                pieces[0], article=self.article,
                entities=[e for p in pieces for e in p.entities], claims=[c for p in pieces for c in p.claims],
                events=[e for p in pieces for e in p.events], sentences=[s for p in pieces for s in p.sentences],
            ))
            self.nav.list_events("story", "story")
        return self.nav

    def _tick(self) -> None:
        """``⠹ claims: analysing 40%… 3.2 s``: what the reader last asked for, and how far it is."""
        elapsed = time.monotonic() - self._started
        frame = SPINNER[int(elapsed * 10) % len(SPINNER)]
        self.set_status(f"{frame} {self._asked}{self._phase}… {elapsed:.1f} s")

    def _say_coming(self, asked: str) -> bool:
        """While the analysis is under way, keep ``asked`` on its ticker (told at once) and
        say True; before its worker starts (once the screen is painted), say ``asked`` with
        that it is starting, kept for the ticker; else False (no analysis is coming)."""
        if self._ticker is not None:
            self._asked = asked
            self._tick()
            return True
        if not self.app.analyse or self.analysis is not None or self._failure is not None:
            return False
        self._asked = asked
        self.set_status(f"{asked}analysis starting…")
        return True

    def _stop_ticker(self) -> None:
        if self._ticker is not None:
            self._ticker.stop()
            self._ticker = None

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group != "analysis" or event.state not in (
            WorkerState.SUCCESS, WorkerState.ERROR, WorkerState.CANCELLED
        ):
            return
        self._stop_ticker()
        if event.state == WorkerState.SUCCESS:
            prepared = worker.result
            if isinstance(prepared, Prepared) and prepared.raw.article.id == self.article.id:
                self.show_prepared(prepared)
        elif event.state == WorkerState.CANCELLED:
            self._asked = ""  # not said again when it starts again
            self.set_status("analysis stopped for another article; it starts again here when you come back")
        elif event.state == WorkerState.ERROR:
            error = worker.error  # an unexpected one's text means nothing to a reader: its kind only
            why = str(error) if isinstance(error, NewsreadError) else f"the engine failed ({type(error).__name__})"
            self._failure = why
            self.set_status(f"no analysis: {why}")
            for pending in self.query("#sidebar-pending").results(Static):
                pending.update(Content(f"No analysis: {why}\n\nThe article can still be read and annotated."))
            self.notify(f"The article can be read, but not analysed: {why}",
                        severity="error", markup=False)

    # --- showing it -----------------------------------------------------------------------

    def prepare(self, analysis: Analysis) -> Prepared:
        """``analysis`` made ready for the screen: its navigator (a few tens of milliseconds
        on a 50,000-word article: the worker thread calls this, not the UI thread)."""
        return Prepared(analysis, analysis, Navigator(analysis))

    def show_analysis(self, analysis: Analysis) -> None:
        """Decorate the article and fill the sidebar at once (tests call this to inject an analysis)."""
        self.show_prepared(self.prepare(analysis))
        self.reveal_sidebar()

    def show_prepared(self, prepared: Prepared) -> None:
        """Decorate the article with an analysis made ready (``prepare``) and say its counts;
        its sidebar comes after, in steps a frame apart (``fill_sidebar``).

        The counts and highlights are what the reader waits for, and the frame that shows
        them is the analysis's last step on a cold start: with the sidebar's legend, tabs and
        panes composed and laid out in it, that frame came 32-102 ms (median 66) after this
        call on the sample, of which 22-41 ms of the UI thread's CPU; without them 16-47 ms
        (median 29), of which 10-19 ms (100x30, 18 runs each on 2 shared cores). Until then the
        column holds what it held (the word on the analysis to come, or the sidebar of the
        analysis this one replaces).
        """
        self._stop_ticker()
        for index in self._parts:
            self.view.set_decorations(f"entities-{index}", [])
        analysis = prepared.shown
        self.analysis, self._parts = analysis, {}
        listing = (self.nav.event_order, self.nav.event_filter) if self.nav is not None else ("story", "story")
        self.nav = prepared.nav
        self.nav.list_events(*listing)  # at first the events that carry the story (f: show all, filters)
        self._paint_entities()
        self._sidebar_due = True
        self.call_after_frame(partial(self.set_timer, STEP_GAP, self.fill_sidebar))
        self.set_status(self._counts_status())

    def _counts_status(self) -> str:
        """The analysis's counts for the status line; when the sidebar is folded (narrow, or
        S), said to be there first, where a status cut short on the right keeps it ("208
        entities · 1167 claims · 1937 events · S shows …" lost it at 80 columns)."""
        found = counts(self.analysis) if self.analysis is not None else ""
        return found if self._sidebar_shown() else f"S shows the sidebar: {found}"

    def _saying_counts(self) -> bool:
        """Whether the status line says the counts (either way ``_counts_status`` puts them)."""
        if self.analysis is None:
            return False
        found = counts(self.analysis)
        return self.status_text in (found, f"S shows the sidebar: {found}")

    def fill_sidebar(self) -> bool:
        """Make the sidebar of the analysis shown if it has none yet (see ``show_prepared``);
        whether it did.

        Each frame of its arrival does one thing: the column takes the width its tabs'
        labels need (the article re-wrapped; it still holds what it held: the word on the
        analysis to come, the Notes pane shown alone, a sidebar this one replaces); after
        that frame the sidebar is mounted out of sight, its widgets composed over Textual's
        turns; once whole it is shown, laid out and painted (``on_analysis_sidebar_whole``),
        and its rows come a frame later (``EventList.on_show``). On a 50,000-word article at
        100x30, 2 shared cores, those were one frame of 90-150 ms, now each 25-95 ms
        (``benchmarks/analysis_perf.py``, the lead's callback timings). What asks for the
        sidebar meanwhile has it mounted at once (``analysis_sidebar``), and shown at once
        where the reader is to see it (``reveal_sidebar``).
        """
        if not self._sidebar_due or self.nav is None or not self.is_attached:
            return False
        self._sidebar_due = False
        notes = self.sidebar.query("#notes")  # shown alone (m) while the analysis ran
        on_notes = bool(notes) and self.sidebar.display
        from tui.widgets.sidebar import AnalysisSidebar  # imported once there is one to show

        initial = "notes-pane" if on_notes else "events-pane"
        sidebar = AnalysisSidebar(self.nav, self._legend(), self._type_styles(), self.jump_to, initial,
                                  self.notes_label())
        sidebar.display = False
        self._arriving = sidebar
        self._notes_focused = bool(notes) and notes.first().has_focus
        width = sidebar_width(self.size.width, sidebar.tab_labels)
        if self.sidebar.display and self.sidebar.outer_size.width != width:
            self.sidebar.styles.width = width
            self.call_after_frame(self._mount_arriving)
        else:
            self._mount_arriving()
        return True

    def _mount_arriving(self) -> None:
        """Mount the sidebar made by ``fill_sidebar``, out of sight, if it is not yet."""
        sidebar = self._arriving
        if sidebar is not None and sidebar.parent is None and self.is_attached:
            self.sidebar.mount(sidebar)
            self._size_sidebar()

    def notes_label(self) -> str:
        """The Notes tab's label (the reader's notes count it, ``reader_annotations``)."""
        return "Notes"

    def on_analysis_sidebar_whole(self, message: AnalysisSidebar.Whole) -> None:
        """The sidebar mounted out of sight is whole: shown a frame's time later (``fill_sidebar``)."""
        if message.sidebar is self._arriving:
            self.set_timer(STEP_GAP, self.reveal_sidebar)

    def reveal_sidebar(self) -> None:
        """Show the analysis's sidebar now if it is still on its way (``fill_sidebar``), in
        place of what the column held; whole or not."""
        self.fill_sidebar()
        self._mount_arriving()
        sidebar, self._arriving = self._arriving, None
        if sidebar is None or not sidebar.is_attached:
            return
        for child in self.sidebar.children:
            if child is not sidebar:
                child.remove()
        sidebar.display = True
        if self._notes_focused:  # the analysis landing never moves the reader's focus (its Notes pane is shown)
            sidebar.focus_shown_list()
        self._fit_sidebar()  # and again with each tab label it gets (on_tabs_labelled)
        self.call_after_refresh(settle)  # the sidebar's widgets too

    def _paint_entities(self) -> None:
        if self.analysis is not None:
            self.view.set_decorations("entities", entity_marks(self.analysis, self.shown_groups))
        for index, found in self._parts.items():
            self.view.set_decorations(f"entities-{index}", entity_marks(found, self.shown_groups))

    def _type_styles(self) -> dict[str, Style]:
        """Each entity type group's style as the article paints it (read from entities.tcss)."""
        return {group: self.view.get_visual_style(f"article-view--ent-{group}", partial=True)
                for group in ENTITY_GROUPS}

    def _legend(self) -> Content:
        """Each type as it is painted, hidden ones struck out.

        Two to a line, in columns, so that no name is split across lines.
        """
        parts: list[str | tuple[str, object]] = []
        styles = self._type_styles()
        for n, (group, (label, _)) in enumerate(ENTITY_GROUPS.items(), 1):
            style = styles[group] if group in self.shown_groups else "strike dim"
            parts += [f"{n} ", (label, style)]
            parts.append(" " * (LEGEND_COLUMN - len(label)) if n % 2 else "\n")
        return Content.assemble(*parts).rstrip()  # type: ignore[arg-type]

    @property
    def analysis_sidebar(self) -> AnalysisSidebar | None:
        """The sidebar of the analysis shown: the one mounted last, while one it replaces may
        still be on its way out; mounted now if it was still to come (``fill_sidebar``),
        shown or not (``reveal_sidebar`` shows it)."""
        self.fill_sidebar()
        self._mount_arriving()
        return self._mounted_sidebar()

    def current_sidebar(self) -> AnalysisSidebar | None:
        """The sidebar of the analysis shown as it stands, none mounted for asking: the one on
        its way (``fill_sidebar``; what is set on it before it is mounted, it is composed with),
        else the one mounted last."""
        return self._arriving if self._arriving is not None else self._mounted_sidebar()

    def _mounted_sidebar(self) -> AnalysisSidebar | None:
        """The analysis sidebar mounted last, if any (none is mounted for it here)."""
        found = self.sidebar.query("AnalysisSidebar")
        return found.last() if found else None

    def on_resize(self, event: events.Resize) -> None:
        self._fit_sidebar()

    def on_tabs_labelled(self, message: TabsLabelled) -> None:
        """The sidebar's tabs are there or one has a new label (a count landed): size the
        sidebar again so that every label shows whole; whether it is shown stays as it is."""
        message.stop()
        self._size_sidebar()

    def _fit_sidebar(self) -> None:
        """Size the sidebar with the terminal and show it when there is room (or as S asked)."""
        self._size_sidebar()
        if self._saying_counts():  # the sidebar folds or unfolds: the counts say so (or not) again
            self.set_status(self._counts_status())
        if not self.sidebar.children:
            return
        self.sidebar.display = self._sidebar_shown()
        if not self.sidebar.display and self.sidebar.has_focus_within:
            self.view.focus()

    def _size_sidebar(self) -> None:
        """The sidebar's width for the terminal's and the labels its tabs have now (the tabs
        of the sidebar mounted last, not of one on its way out; before they are there, the
        labels they are composed with)."""
        sidebar = self._mounted_sidebar()
        labels: list[str] = []
        if sidebar is not None:
            labels = [tab.label.plain for tab in sidebar.query("Tab")] or sidebar.tab_labels
        self.sidebar.styles.width = sidebar_width(self.size.width, labels)

    def _sidebar_shown(self) -> bool:
        """Whether the sidebar is shown once it has something: when there is room for it,
        unless S said otherwise."""
        return self.size.width >= SIDEBAR_MIN_WIDTH if self._sidebar_wanted is None else self._sidebar_wanted

    # --- moving ---------------------------------------------------------------------------

    def _move(self, find: Callable[[Navigator, Place], Stop | None], miss: str, what: str = "claims") -> None:
        """Go to the stop ``find`` gives, else say ``miss``; before the analysis is in, say that
        ``what`` (the findings the key moves through) is coming."""
        nav = self._navigator()
        if nav is None:
            if not self._say_coming(f"{what}: "):
                self._say_no_analysis()
            return
        stop = find(nav, self.place)
        if stop is None:
            if not self._say_coming(f"{miss} yet · "):
                self.set_status(miss)
            self.app.bell()
            return
        self.go(stop)

    def _say_no_analysis(self, what: str = "") -> None:
        """Tell why the analysis (and ``what`` needs it, e.g. "no sidebar") is not there:
        switched off, failed, still running (said on its ticker), or stopped."""
        if not self.app.analyse:
            why = "the analysis is switched off (--no-analysis)"
        elif self._failure is not None:
            why = f"the analysis failed: {self._failure}"
        elif self._say_coming(f"{what}: " if what else ""):
            return
        else:
            why = "no analysis for this article"
        self.set_status(f"{what}: {why}" if what else why)

    def go(self, stop: Stop) -> None:
        """Put the reader on a stop: cursor, highlights, scroll, status, sidebar selection."""
        self.place = stop.place
        view = self.view
        view.set_decorations("navigation", list(stop.marks))
        view.set_cursor(view.sentence_at(stop.place.start), scroll=False)
        view.show_offsets(*stop.view)
        if not self._say_coming(f"{stop.status} · "):
            self.set_status(stop.status)
        self._stop_status = stop.status
        sidebar = self.analysis_sidebar
        if sidebar is not None:
            sidebar.follow(stop.place)

    def on_article_view_cursor_moved(self, message: ArticleView.CursorMoved) -> None:
        """A move of our own keeps its place (the cursor is on its sentence); any other leaves it.

        A message about a sentence the cursor has already left (keys typed fast: ``]`` ten
        times) is stale and changes nothing."""
        if message.index != self.view.cursor:
            return
        if self.view.sentence_at(self.place.start) != message.index:
            if self.place.kind != "text":
                self.view.set_decorations("navigation", [])
                if self.analysis is not None and self.status_text == self._stop_status:  # not a newer word, e.g. "match 2/4"
                    self.set_status(self._counts_status())
            self.place = Place(message.start, message.end)

    def jump_to(self, kind: str, key: str) -> None:
        """Enter on a row of a pane (``kind`` event, entity or claim; ``key`` its id or claim
        index): go there, and read on from there (the article takes the focus; tab goes back
        to the pane, which stays on the row)."""
        nav = self.nav
        if nav is None:
            return
        self.set_focus(self.view)  # at once: keys typed right after Enter belong to the article
        if self._unfolded:  # a folded sidebar that tab unfolded folds again: read on, full width
            self._unfolded = False
            self.sidebar.display = False
        if kind == "claim":
            self.go(nav.claim(int(key)))
        elif kind == "event":
            index = nav.event_index(key)
            if index is not None:
                self.go(nav.event(index))
        elif kind == "entity":
            self.go(nav.mention(key, 0))

    def action_next_claim(self) -> None:
        self._move(Navigator.next_claim, "no more claims after this one")

    def action_previous_claim(self) -> None:
        self._move(Navigator.previous_claim, "no claim before this one")

    def action_source(self) -> None:
        self._move(Navigator.toggle_source, "no claim with a source here: ] goes to the next claim", "sources")

    def action_next_event(self) -> None:
        self._move(Navigator.next_event, "no more events after this one", "events")

    def action_previous_event(self) -> None:
        self._move(Navigator.previous_event, "no event before this one", "events")

    def action_next_mention(self) -> None:
        self._mention(Navigator.next_mention)

    def action_previous_mention(self) -> None:
        self._mention(Navigator.previous_mention)

    def _mention(self, find: Callable[[Navigator, Place], Stop | None]) -> None:
        """``e``/``E`` from the entity at the cursor: under the selection's moving end when
        there is a selection, else the mention ``e`` last went to, else the first entity of
        the span the reader is on (a claim, an event, the cursor's sentence)."""
        view = self.view
        focus = view.selection_focus
        if focus is not None and (self.place.kind != "mention" or self._mentions_from != view.selected_span):
            self._mentions_from = view.selected_span  # a new or moved selection: start from its end
            self.place = Place(focus, focus + 1)
            self._move(find, "no entity at the end of the selection", "entities")
        else:
            self._move(find, "no entity here: e and E go through the mentions of the entity at the cursor", "entities")

    def action_toggle_event_order(self) -> None:
        """List (and go through) the events most salient first, or in text order."""
        if self.nav is not None:
            self._relist_events(order="text" if self.nav.event_order == "story" else "story")
        else:
            self._say_no_analysis()

    def action_next_event_filter(self) -> None:
        """List (and go through) only some events: the next choice of ``EVENT_FILTERS``."""
        if self.nav is not None:
            names = list(EVENT_FILTERS)
            self._relist_events(which=names[(names.index(self.nav.event_filter) + 1) % len(names)])
        else:
            self._say_no_analysis()

    def _relist_events(self, order: EventOrder | None = None, which: EventFilter | None = None) -> None:
        """Change the events' listing and keep the reader on the event it was on (on its text
        when a filter now hides it)."""
        nav = self.nav
        if nav is None:
            return
        on = nav.events[self.place.index].id if self.place.kind == "event" else None
        nav.list_events(order, which)
        if on is not None:
            index = nav.event_index(on)
            self.place = Place(self.place.start, self.place.end) if index is None else replace(self.place, index=index)
        sidebar = self.analysis_sidebar
        if sidebar is not None:
            sidebar.relist_events()
            sidebar.follow(self.place)
        from tui.widgets.sidebar import ORDER_CAPTION

        self.set_status(f"events: {len(nav.events)} of {len(nav.analysis.events)}, "
                        f"{EVENT_FILTERS[nav.event_filter]}, {ORDER_CAPTION[nav.event_order]}")

    def action_focus_pane(self) -> None:
        """tab / shift+tab: from the article to the list of the sidebar's shown pane, and
        back. A folded sidebar (narrow terminal) unfolds while it has the focus."""
        if not self.view.has_focus:
            self.view.focus()
            if self._unfolded:
                self._unfolded = False
                self.sidebar.display = False
            return
        self.reveal_sidebar()
        sidebar = self.analysis_sidebar
        if sidebar is not None and not sidebar.tabs_ready:  # just mounted: its panes and tabs come a few turns later
            sidebar.when_ready(self.action_focus_pane, tabs=True)
            return
        notes = self.sidebar.query("#notes")  # shown alone (m) while there is no analysis, or not at all
        target = sidebar.shown_list() if sidebar is not None else notes.first() if notes else None
        if target is None:
            self._say_no_analysis("no sidebar")
            return
        if not self.sidebar.display:
            self._unfolded = True
            self.sidebar.display = True
        self.set_focus(target)  # at once: keys typed right after tab (Enter) belong to the pane

    def action_toggle_sidebar(self) -> None:
        self.reveal_sidebar()
        if self.analysis_sidebar is None:
            self._say_no_analysis("no sidebar")
            return
        self._sidebar_wanted = not self.sidebar.display
        self._fit_sidebar()

    def action_toggle_entities(self, group: str) -> None:
        label = ENTITY_GROUPS[group][0]
        if group in self.shown_groups:
            self.shown_groups = self.shown_groups - {group}
            told = f"{label}: not highlighted"
        else:
            self.shown_groups = self.shown_groups | {group}
            told = f"{label}: highlighted"
        if not self._say_coming(f"{told} once the analysis is in · "):
            self.set_status(told)
        self._paint_entities()
        sidebar = self.analysis_sidebar
        if sidebar is not None:
            sidebar.set_legend(self._legend())
