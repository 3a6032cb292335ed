"""A fact-checker's keys on the reader: verdicts (``c``), corrections (``C``), unreviewed claims
only (``R``), copy a claim (``y``), open the article's URL (``o``).

A base of ``ReaderScreen`` beside the notes and the analysis (Textual runs the ``on_…``
handlers of every class in the screen's MRO). Verdicts and corrections are loaded and saved
through the notes' queue of store calls (one at a time, in order, "saved" said once
committed). The analysis is shown with the corrections applied (``tui.review``), and shown
again when one is made; each claim's verdict is a word in the Claims pane and on the status
line, never a colour alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.screen import Screen
from textual.worker import Worker, WorkerState

from tui.navigation import Navigator, Place, Stop
from tui.oneline import clip
from tui.review import (RATING_NAMES, Correction, Fix, Review, Verdict, apply_corrections,
                        verdicts_by_claim)
from tui.screens.reader_analysis import Prepared
from tui.store.anchoring import annotation_on
from tui.store.reviews import reviews_for_article, save_review, target_on
from tui.widgets.bindings import REVIEW_KEYS, bindings
from tui.widgets.tabs import show_tab

if TYPE_CHECKING:
    from tui.analysis_model import Analysis
    from tui.model import Article
    from tui.screens.review_dialogs import CorrectionDraft, VerdictDraft
    from tui.store.database import Store
    from tui.widgets.article_view import ArticleView

STATUS_WIDTH = 90
"""Characters of a copied claim repeated on the status line."""


class ReviewScreen(Screen):
    """The fact-checking part of the reader screen (see the module docstring)."""

    BINDINGS = bindings(REVIEW_KEYS)

    article: Article
    view: ArticleView
    analysis: Analysis | None
    nav: Navigator | None
    place: Place
    set_status: Callable[[str], None]
    _store_call: Callable[[Callable[[Store], Any], Callable[[Any], None]], None]
    _move: Callable[[Callable[[Navigator, Place], Stop | None], str], None]
    unreviewed_only = False
    _raw: Analysis | None = None
    _stop: Stop | None = None
    """The stop ``go`` was given last, before the verdict's words (``_say_stop_again``)."""

    def __init__(self) -> None:
        super().__init__()
        self.reviews: list[Review] = []

    def on_mount(self) -> None:
        self._store_call(lambda store: reviews_for_article(store, self.article), self._reviews_loaded)

    def _reviews_loaded(self, reviews: list[Review]) -> None:
        self.reviews = reviews
        if self._raw is not None and self._corrections():
            self.show_analysis(self._raw)
        else:
            self._show_reviews()
            self._say_stop_again()
        orphans = sum(r.anchor.orphan for r in reviews)
        if orphans:
            self.notify(f"{orphans} verdict(s) or correction(s) no longer find their words in this text; "
                        "kept, and listed by newsread export", severity="warning", markup=False)

    # --- what is shown ----------------------------------------------------------------------------

    def _corrections(self) -> list[Correction]:
        return [r for r in self.reviews if isinstance(r, Correction)]

    def verdicts(self) -> dict[int, Verdict]:
        """The verdict of each claim that has one, by index into ``nav.claims``."""
        if self.nav is None:
            return {}
        return verdicts_by_claim(self.nav.claims, [r for r in self.reviews if isinstance(r, Verdict)])

    def _unreviewed(self, index: int, verdicts: dict[int, Verdict]) -> bool:
        verdict = verdicts.get(index)
        return verdict is None or verdict.open

    def prepare(self, analysis: Analysis) -> Prepared:
        """The analysis with the reader's corrections applied, and its navigator (called in
        the analysis's worker thread: it only reads the reviews)."""
        fixes = self._corrections()
        shown = apply_corrections(analysis, fixes)
        return Prepared(analysis, shown, Navigator(shown), tuple(fixes))

    def show_prepared(self, prepared: Prepared) -> None:
        """The analysis with the reader's corrections applied (each claim's verdict comes with
        the sidebar, ``fill_sidebar``)."""
        if list(prepared.fixes) != self._corrections():  # the reviews came in while it was made ready
            prepared = self.prepare(prepared.raw)
        self._raw = prepared.raw
        super().show_prepared(prepared)  # type: ignore[misc]
        if self.place.kind != "text":  # its index counted the claims or events before the correction
            self.view.set_decorations("navigation", [])
            self.place = Place(self.place.start, self.place.end)

    def fill_sidebar(self) -> bool:
        """The analysis's sidebar, with each claim's verdict (see ``AnalysisScreen.fill_sidebar``)."""
        filled = super().fill_sidebar()  # type: ignore[misc]
        if filled:
            self._show_reviews()
        return filled

    def _show_reviews(self) -> None:
        sidebar, nav = self.current_sidebar(), self.nav  # type: ignore[attr-defined]  # not mounted for this
        if sidebar is None or nav is None:
            return
        verdicts = self.verdicts()
        corrected = self.analysis.corrected if self.analysis is not None else set()
        badges = {}
        for i, claim in enumerate(nav.claims):
            words = [f"[{RATING_NAMES[verdicts[i].rating]}]"] if i in verdicts else []
            if claim.id in corrected:
                words.append("[corrected]")
            if words:
                badges[i] = " ".join(words)
        shown = {i for i in range(len(nav.claims)) if self._unreviewed(i, verdicts)}
        label = f"Claims {len(nav.claims)}"
        if self.unreviewed_only:
            label = f"Claims {len(shown)}/{len(nav.claims)}"  # the status line says which
        sidebar.set_claims(badges, shown if self.unreviewed_only else None, label)

    def go(self, stop: Stop) -> None:
        """A claim's stop says its verdict when it has one, and whether it was corrected."""
        self._stop = stop
        super().go(replace(stop, status=self._stop_words(stop)))  # type: ignore[misc]

    def _stop_words(self, stop: Stop) -> str:
        """``stop``'s status, with its claim's verdict and "corrected" when it has them."""
        if stop.place.kind not in ("claim", "source") or self.nav is None:
            return stop.status
        verdict = self.verdicts().get(stop.place.index)
        words = [f"verdict: {RATING_NAMES[verdict.rating]}"] if verdict else []
        if self.analysis is not None and self.nav.claims[stop.place.index].id in self.analysis.corrected:
            words.append("corrected")
        return " · ".join([stop.status, *words])

    def _say_stop_again(self) -> None:
        """The stop the reader is still on, said again with what the reviews now tell of it:
        they are read after the first frame, and a claim reached before they landed (a cached
        analysis, ``]`` at once) was said without its verdict. Not when the status line has
        moved on to something else."""
        stop = self._stop
        if stop is None or stop.place != self.place or self.status_text != self._stop_status:
            return
        self._stop_status = self._stop_words(stop)
        self.set_status(self._stop_status)

    # --- moving: unreviewed claims only -------------------------------------------------------------

    def action_unreviewed_only(self) -> None:
        """Filter the Claims pane (and ]/[) to unreviewed claims, or back to all; shows the pane,
        with the keys in it if they were in another pane (hidden, that pane left them nowhere: j
        and k did nothing until tab)."""
        self.unreviewed_only = not self.unreviewed_only
        self._show_reviews()
        for tabs in self.query("TabbedContent"):
            show_tab(tabs, "claims-pane")
        sidebar = self.analysis_sidebar  # type: ignore[attr-defined]
        if sidebar is not None and sidebar.has_focus_within:  # its tabs are there: shown at once
            sidebar.shown_list().focus()
        self.set_status("unreviewed claims only: ] and [ skip the others (R: all claims)"
                        if self.unreviewed_only else "all claims (R: unreviewed only)")

    def _skipping(self, step: Callable[[Navigator, Place], Stop | None]) -> Callable[[Navigator, Place], Stop | None]:
        """``step`` repeated past the reviewed claims while only unreviewed ones are wanted."""
        if not self.unreviewed_only:
            return step
        verdicts = self.verdicts()

        def find(nav: Navigator, place: Place) -> Stop | None:
            stop = step(nav, place)
            while stop is not None and not self._unreviewed(stop.place.index, verdicts):
                stop = step(nav, stop.place)
            return stop

        return find

    def action_next_claim(self) -> None:
        self._move(self._skipping(Navigator.next_claim),
                   "no more unreviewed claims after this one" if self.unreviewed_only else "no more claims after this one")

    def action_previous_claim(self) -> None:
        self._move(self._skipping(Navigator.previous_claim),
                   "no unreviewed claim before this one" if self.unreviewed_only else "no claim before this one")

    # --- verdicts ---------------------------------------------------------------------------------

    def _claim_here(self) -> int | None:
        """The claim the reader is on, or None (said on the status line)."""
        if self.nav is None:
            self.set_status("the analysis is not ready yet: no claims to check")
            return None
        index = self.nav.claim_at(self.place)
        if index is None:
            self.set_status("no claim here: ] goes to the next claim")
            self.app.bell()
        return index

    def action_verdict(self) -> None:
        index = self._claim_here()
        if index is None or self.nav is None:
            return
        claim = self.nav.claims[index]
        current = self.verdicts().get(index)
        from tui.screens.review_dialogs import VerdictDialog, VerdictDraft  # paid on the key, not at start

        draft = VerdictDraft(current.rating, current.anchor.note, list(current.evidence)) if current else None
        heading = f"Verdict on claim {index + 1}/{len(self.nav.claims)}"
        self.app.push_screen(VerdictDialog(claim.content.text, heading, draft),
                             partial(self._give_verdict, index, current))

    def _give_verdict(self, index: int, current: Verdict | None, draft: VerdictDraft | None) -> None:
        if draft is None or self.nav is None:
            self.set_status("no verdict given (escape)")
            return
        claim = self.nav.claims[index]
        anchor = annotation_on(self.article, claim.content.start, claim.content.end, note=draft.note)
        if current is not None:  # the claim's verdict changes: the same review, modified
            anchor = replace(anchor, id=current.anchor.id, created=current.anchor.created)
        verdict = Verdict(anchor, draft.rating, draft.evidence)
        said = f"verdict saved: {RATING_NAMES[draft.rating]} on claim {index + 1}/{len(self.nav.claims)}"
        self._store_call(lambda store: save_review(store, verdict), partial(self._saved_review, said))

    def _saved_review(self, status: str, review: Review) -> None:
        self.reviews = [r for r in self.reviews if r.anchor.id != review.anchor.id] + [review]
        if isinstance(review, Correction) and self._raw is not None:
            self.show_analysis(self._raw)
        else:
            self._show_reviews()
        self.set_status(status)
        self.notify("saved", timeout=2)

    # --- corrections ------------------------------------------------------------------------------

    def action_correct(self) -> None:
        """What can be corrected where the reader stands: a claim (its source, or drop it), an
        event (drop it), an entity's mention (merge it into another entity, or split it out)."""
        nav = self.nav
        if nav is None:
            self.set_status("the analysis is not ready yet: nothing to correct")
            return
        place = self.place
        entities = sorted(((e.id, e.name) for e in nav.entities.values()), key=lambda e: e[1].casefold())
        span: tuple[int, int] | None = None
        fixes: list[Fix] = []
        what = ""
        if place.kind == "event":
            what, fixes = f"event {place.index + 1}/{len(nav.events)}", ["drop_event"]
            span = (nav.events[place.index].what.start, nav.events[place.index].what.end)
        elif place.kind != "mention" and (index := nav.claim_at(place)) is not None:
            claim = nav.claims[index]
            what, fixes = f"claim {index + 1}/{len(nav.claims)}", ["source", "drop_claim"]
            span = (claim.content.start, claim.content.end)
        elif (found := nav.entity_at(place)) is not None:
            entity_id, mention = found
            at = nav.mention(entity_id, mention).place
            what, fixes, span = f"this mention of {nav.entities[entity_id].name}", ["merge", "split"], (at.start, at.end)
            entities = [e for e in entities if e[0] != entity_id]
        if span is None:
            self.set_status("nothing to correct here: go to a claim (]), an event (}) or a name (e)")
            self.app.bell()
            return
        from tui.screens.review_dialogs import CorrectionDialog  # paid on the key, not at start

        self.app.push_screen(CorrectionDialog(self.article.text[span[0]:span[1]], f"Correct {what}", fixes, entities),
                             partial(self._correct, span))

    def _correct(self, span: tuple[int, int], draft: CorrectionDraft | None) -> None:
        if draft is None or self.nav is None:
            self.set_status("nothing corrected (escape)")
            return
        target = None
        if draft.entity is not None:
            mention = self.nav.entities[draft.entity].mentions[0]
            target = target_on(self.article, mention.start, mention.end)
        fix = Correction(annotation_on(self.article, *span), draft.fix, target, draft.name)
        said = f"correction saved: {fix.describe()}"
        self._store_call(lambda store: save_review(store, fix), partial(self._saved_review, said))

    # --- out of the reader --------------------------------------------------------------------------

    def action_copy_claim(self) -> None:
        """The claim, who makes it and the article's address, to the clipboard (OSC 52)."""
        index = self._claim_here()
        if index is None or self.nav is None:
            return
        claim = self.nav.claims[index]
        who = self.nav.speaker(claim.source)[1] if claim.source is not None else ""
        from tui.report import attribution  # the report module is only for this key and export

        text = attribution(claim.content.text, who, self.article)
        self.app.copy_to_clipboard(text)
        self.set_status(f"copied: {clip(text, STATUS_WIDTH)}")

    def action_open_url(self) -> None:
        """The article's URL in the web browser (in a thread: a browser may take its time)."""
        url = self.article.url
        if not url:
            self.set_status("this article has no URL to open (it was read from a file or stdin)")
            self.app.bell()
            return
        import webbrowser  # only when asked to open one

        self.set_status(f"opening {clip(url, STATUS_WIDTH)} in the web browser")
        self.run_worker(partial(webbrowser.open, url), name=url, group="browser", thread=True, exit_on_error=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group != "browser" or event.state not in (WorkerState.SUCCESS, WorkerState.ERROR):
            return
        if event.state == WorkerState.SUCCESS and worker.result:
            self.set_status(f"opened {clip(worker.name, STATUS_WIDTH)} in the web browser")
        else:
            self.set_status(f"no web browser could open {clip(worker.name, STATUS_WIDTH)}")
