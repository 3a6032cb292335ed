"""The reader's notes: making, marking, listing, editing, deleting (and undoing) them.

A base of ``ReaderScreen`` beside ``AnalysisScreen`` (Textual runs the ``on_…`` handlers of
every class in the screen's MRO). Every store call runs in a worker thread (a database
locked by another newsread may keep it waiting), one change at a time so that they reach the
store in the order they were made; "saved" is said only once the store call has returned,
which is when the change is committed. A read-only or broken database is told on the status
line and in a notification; the article stays readable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.content import Content
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from tui.annotation_marks import annotation_at, note_marks
from tui.errors import NewsreadError
from tui.model import Annotation, Article
from tui.navigation import Place, Stop
from tui.store.anchoring import annotation_on
from tui.store.database import Store
from tui.widgets.pane_list import _excerpt
from tui.widgets.tabs import set_tab_label, show_tab

if TYPE_CHECKING:
    from textual.containers import Vertical

    from tui.screens.annotate import NoteDraft
    from tui.widgets.article_view import ArticleView
    from tui.widgets.notes_pane import NotesPane
    from tui.widgets.selection import SelectableText

GROUP = "annotations"


def _with_store(call: Callable[[Store], Any]) -> Any:
    """In a worker thread: open the database, make one call, close it."""
    with Store.open() as store:
        return call(store)


class AnnotationScreen(Screen):
    """The notes half of the reader screen (see the module docstring)."""

    article: Article
    view: ArticleView
    sidebar: Vertical
    set_status: Callable[[str], None]
    go: Callable[[Stop], None]
    reveal_sidebar: Callable[[], None]
    place: Place
    _sidebar_wanted: bool | None

    def __init__(self) -> None:
        super().__init__()
        self.annotations: list[Annotation] = []
        self._deleted: list[Annotation] = []
        self._pending: dict[Worker, Callable[[Any], None]] = {}
        self._waiting: list[tuple[Callable[[Store], Any], Callable[[Any], None]]] = []
        self._held = True
        """Store calls wait until the screen has painted (``on_mount``)."""

    # --- the store, off the UI thread ---------------------------------------------------------

    def on_mount(self) -> None:
        self._store_call(lambda store: store.annotations_for_article(self.article), self._loaded)
        # The notes (and the verdicts, queued behind them) load once the text is on screen:
        # the thread's database work would take turns at the interpreter lock with the
        # first frame, and the marks come a frame later either way.
        self.call_after_refresh(self._release_store_calls)

    def _store_call(self, call: Callable[[Store], Any], done: Callable[[Any], None]) -> None:
        """Run ``call`` on the store in a thread, then ``done`` with its result. One call at a
        time, in order: a note saved while the notes still load waits its turn, never dropped."""
        self._waiting.append((call, done))
        if not self._pending and not self._held:
            self._next_store_call()

    def _release_store_calls(self) -> None:
        self._held = False
        if not self._pending and self.is_attached:  # not when the reader quit at its first frame
            self._next_store_call()

    def _next_store_call(self) -> None:
        if self._waiting:
            call, done = self._waiting.pop(0)
            worker = self.run_worker(partial(_with_store, call), group=GROUP, thread=True, exit_on_error=False)
            self._pending[worker] = done

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        done = self._pending.get(event.worker)
        if done is None or event.state not in (WorkerState.SUCCESS, WorkerState.ERROR, WorkerState.CANCELLED):
            return
        del self._pending[event.worker]
        if event.state == WorkerState.SUCCESS:
            done(event.worker.result)
        elif event.state == WorkerState.ERROR:
            error = event.worker.error
            why = str(error) if isinstance(error, NewsreadError) else f"{type(error).__name__}: {error}"
            self.set_status(f"notes: {why}")
            self.notify(why, title="Notes", severity="error", markup=False)
        self._next_store_call()

    def _loaded(self, annotations: list[Annotation]) -> None:
        self.annotations = annotations
        self._show_notes()
        orphans = sum(a.orphan for a in annotations)
        if orphans:
            self.notify(f"{orphans} note(s) no longer find their words in this text: "
                        "listed as orphans in Notes (m)", severity="warning", markup=False)

    # --- showing them -------------------------------------------------------------------------

    def _show_notes(self) -> None:
        self.annotations.sort(key=lambda a: (a.orphan, a.start, a.end))
        self.view.set_decorations("notes", note_marks(self.annotations))
        self._list_notes()

    def _list_notes(self) -> None:
        """Fill the Notes pane and its tab's count (the article's marks are not touched)."""
        for pane in self.query("NotesPane"):
            pane.show(self.annotations)
        for tabs in self.query("TabbedContent"):
            set_tab_label(tabs, "notes-pane", Content(self.notes_label()))

    def notes_label(self) -> str:
        """The Notes tab's label: its count of notes."""
        return f"Notes {len(self.annotations)}"

    def on_notes_pane_ready(self) -> None:
        self._list_notes()

    @property
    def notes_pane(self) -> NotesPane | None:
        found = self.query("NotesPane")
        return found.first() if found else None

    def action_show_notes(self) -> None:
        """Open the sidebar on the Notes pane and put the keys there; from the pane, back to
        the article (a pane shown alone, without an analysis, is hidden again)."""
        self.reveal_sidebar()  # the analysis's, if it is on its way
        pane = self.notes_pane
        if pane is not None and pane.has_focus:
            if pane.parent is self.sidebar:
                self.sidebar.display = False
                self._sidebar_wanted = None
            self.view.focus()
            return
        if pane is None:  # no analysis sidebar (yet): the pane alone
            from tui.widgets.notes_pane import NotesPane

            self.sidebar.mount(NotesPane(id="notes"))
        for tabs in self.query("TabbedContent"):
            show_tab(tabs, "notes-pane")
        self._sidebar_wanted = True
        self.sidebar.display = True
        self.call_after_refresh(self._focus_notes)

    def _focus_notes(self) -> None:
        pane = self.notes_pane
        if pane is not None:
            pane.focus()

    def on_notes_pane_picked(self, message: NotesPane.Picked) -> None:
        ann = message.ann
        if ann.orphan:
            self.set_status(f"orphan: “{_excerpt(ann.exact)}” is no longer in this text")
            self.app.bell()
            return
        status = f"note: {_excerpt(ann.note or ann.exact)}"
        self.go(Stop(Place(ann.start, ann.end), (ann.start, ann.end), ((ann.start, ann.end, "focus"),), status))

    def on_article_view_cursor_moved(self, message: ArticleView.CursorMoved) -> None:
        """Reading onto a note shows it on the status line. Not for a move to a claim, event
        or note (its stop says what it is), nor while selecting (the status counts words)."""
        if self.view.sentence_at(self.place.start) == message.index or self.view.selected_span is not None:
            return
        ann = annotation_at(self.annotations, message.start, message.end)
        if ann is not None:
            self.set_status(f"note: {_excerpt(ann.note or ann.exact)}")

    # --- making one ---------------------------------------------------------------------------

    def _target(self) -> tuple[int, int, str]:
        """What ``a`` annotates: the selection, else the claim, source or mention the reader
        was moved to, else the cursor's sentence. (The selection comes first: it is the one
        the reader made on purpose, even inside a claim.)"""
        view: SelectableText = self.view  # type: ignore[assignment]
        span = view.selected_span
        if span is not None:
            return *span, "selection"
        place = self.place
        if place.kind in ("claim", "source", "mention") and place.start < place.end:
            return place.start, place.end, place.kind
        start, end = self.view.sentences[self.view.cursor]
        return start, end, "sentence"

    def action_annotate(self) -> None:
        from tui.screens.annotate import AnnotateDialog  # the dialogs are not the first frame's

        if not self.view.sentences:
            return
        start, end, what = self._target()
        quote = self.article.text[start:end]
        self.app.push_screen(AnnotateDialog(quote, f"Annotate the {what}"),
                             partial(self._create, start, end))

    def _create(self, start: int, end: int, draft: NoteDraft | None) -> None:
        if draft is None:
            self.set_status("not annotated (escape)")
            return
        ann = annotation_on(self.article, start, end, note=draft.note, tags=draft.tags, color=draft.color)
        self._store_call(lambda store: store.add_annotation(ann), self._created)

    def _created(self, ann: Annotation) -> None:
        self.annotations.append(ann)
        self.view.clear_selection()  # type: ignore[attr-defined]
        self._show_notes()
        self._saved(f"note saved on “{_excerpt(ann.exact)}”")

    def _saved(self, status: str) -> None:
        self.set_status(status)
        self.notify("saved", timeout=2)

    # --- editing and deleting -----------------------------------------------------------------

    def _current(self) -> Annotation | None:
        """The note the keys act on: the one highlighted in Notes when it has focus, else the
        one under the reader's place in the article."""
        pane = self.notes_pane
        if pane is not None and pane.has_focus:
            return pane.current
        return annotation_at(self.annotations, self.place.start, self.place.end)

    def _no_note(self) -> None:
        self.set_status("no note here: a annotates, m lists the notes")
        self.app.bell()

    def action_edit_annotation(self) -> None:
        from tui.screens.annotate import AnnotateDialog, NoteDraft

        ann = self._current()
        if ann is None:
            self._no_note()
            return
        draft = NoteDraft(ann.note, list(ann.tags), ann.color)
        self.app.push_screen(AnnotateDialog(ann.exact, "Edit the note", draft), partial(self._edit, ann))

    def _edit(self, ann: Annotation, draft: NoteDraft | None) -> None:
        if draft is None:
            self.set_status("note unchanged (escape)")
            return
        edited = replace(ann, note=draft.note, tags=draft.tags, color=draft.color)
        self._store_call(lambda store: store.update_annotation(edited), self._edited)

    def _edited(self, ann: Annotation) -> None:
        self.annotations = [ann if a.id == ann.id else a for a in self.annotations]
        self._show_notes()
        self._saved(f"note saved on “{_excerpt(ann.exact)}”")

    def action_delete_annotation(self) -> None:
        ann = self._current()
        if ann is None:
            self._no_note()
            return
        self._store_call(lambda store: store.delete_annotation(ann.id), self._gone)

    def _gone(self, ann: Annotation) -> None:
        self._deleted.append(ann)
        self.annotations = [a for a in self.annotations if a.id != ann.id]
        self._show_notes()
        self.set_status(f"note deleted on “{_excerpt(ann.exact)}”: U undoes")
        self.notify("note deleted: press U to undo", timeout=4)

    def action_undo_delete(self) -> None:
        if not self._deleted:
            self.set_status("no deleted note to bring back")
            self.app.bell()
            return
        ann = self._deleted[-1]
        self._store_call(lambda store: store.restore_annotation(ann), lambda _: self._restored(ann))

    def _restored(self, ann: Annotation) -> None:
        self._deleted.remove(ann)
        self.annotations.append(ann)
        self._show_notes()
        pane = self.notes_pane
        if pane is not None:
            pane.select_note(ann.id)
        self._saved(f"note restored on “{_excerpt(ann.exact)}”")

    # --- the selection ------------------------------------------------------------------------

    def on_selectable_text_selection_changed(self, message: SelectableText.SelectionChanged) -> None:
        if message.span is None:
            return
        start, end = message.span
        words = len(self.article.text[start:end].split())
        self.set_status(f"selected {words} word{'s' if words != 1 else ''} · a annotates · escape cancels")
