"""Notes in the reader (Pilot): annotate a claim, a keyboard or mouse selection, a sentence;
the marks on the text; the Notes pane (jump, edit, delete, undo, orphans); a read-only store.

The seed's analysis is injected (computed once per session), and each test waits for the
reader's store workers to finish before it reads the store, so no test depends on timing.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from reader_articles import held, reader_app, seed_article
from test_reader_analysis import seed, status  # noqa: F401 (seed: the session's analysis fixture)
from textual.geometry import Offset
from textual.selection import Selection

from tui.analysis_model import Analysis
from tui.config import Config
from tui.model import NOTE_COLOURS
from tui.model import Article
from tui.navigation import Navigator
from tui.screens.annotate import AnnotateDialog, parse_tags
from tui.store import database
from tui.store.anchoring import annotation_on
from tui.store.database import Store
from tui.widgets.notes_pane import ORPHAN_MARK, NotesPane

pytestmark = pytest.mark.anyio


def saved() -> list:
    with Store.open() as store:
        return store.all_annotations()


async def settled(pilot) -> None:
    """Every store worker has returned and its result is on screen."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def analysed(pilot, seed: Analysis):
    app = pilot.app
    await settled(pilot)
    app.screen.show_analysis(replace(seed, article=app.screen.article))
    await pilot.pause()
    return app.screen


def rows(pane: NotesPane) -> list[str]:
    return [pane.get_option_at_index(i).prompt.plain for i in range(pane.option_count)]


async def test_a_on_a_claim_saves_its_exact_quote(seed: Analysis) -> None:
    claim = Navigator(seed).claims[0]
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot, seed)
        await pilot.press("right_square_bracket", "a")
        assert isinstance(app.screen, AnnotateDialog)
        assert app.screen.query_one("#annotate-heading").render().plain == "Annotate the claim"
        await pilot.press(*"check the figure", "enter")
        await settled(pilot)
        [ann] = saved()
        text = screen.article.text
        assert (ann.start, ann.end) == (claim.content.start, claim.content.end)
        assert ann.exact == text[claim.content.start:claim.content.end]
        assert ann.exact.startswith("The Islamic State (ISIS) group on Sunday sealed")
        assert (ann.note, ann.tags, ann.color) == ("check the figure", [], "yellow")
        assert status(app) == "note saved on “The Islamic State (ISIS) group on Sunday sealed its capture…”"
        view = screen.view
        assert [(s, e, name) for s, e, name in view._layers["notes"].spans] == [
            (ann.start, ann.end, "note-yellow")]
        for colour in NOTE_COLOURS:  # a cue that needs no colour, for NO_COLOR and monochrome
            assert view.get_component_rich_style(f"article-view--note-{colour}").underline


async def test_tags_and_colour_from_the_dialog_and_escape_saves_nothing() -> None:
    app = reader_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        screen = app.screen
        start, end = screen.view.sentences[0]
        await pilot.press("a", "escape")
        await settled(pilot)
        assert saved() == [] and status(app) == "not annotated (escape)"
        await pilot.press("a", *"first", "tab", *"check, figures ,check", "tab", "right", "right", "space", "ctrl+s")
        await settled(pilot)
        [ann] = saved()
        assert (ann.exact, ann.note, ann.tags, ann.color) == (
            screen.article.text[start:end], "first", ["check", "figures"], "blue")


def test_tags_are_trimmed_and_unique() -> None:
    assert parse_tags(" a, b ,,a, c d ") == ["a", "b", "c d"]


async def test_v_and_movement_keys_select_the_exact_span() -> None:
    app = reader_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        screen = app.screen
        text = screen.article.text
        await pilot.press("right_parenthesis", "right_parenthesis")  # the lead, under title and credit
        first = screen.view.sentences[2]
        await pilot.press("v")
        assert text[slice(*screen.view.selected_span)] == "The"
        await pilot.press("w", "w", "w")
        assert text[slice(*screen.view.selected_span)] == "The Islamic State (ISIS"
        await pilot.press("o", "w")  # the other end: one word in
        assert text[slice(*screen.view.selected_span)] == "Islamic State (ISIS"
        await pilot.press("o", "W")
        assert text[slice(*screen.view.selected_span)] == "Islamic State"
        assert status(app) == "selected 2 words · a annotates · escape cancels"
        await pilot.press("a", *"who", "enter")
        await settled(pilot)
        [ann] = saved()
        assert (ann.start, ann.exact) == (first[0] + 4, "Islamic State")
        assert screen.view.selected_span is None
        assert "selection" not in screen.view._layers


async def test_sentence_and_line_moves_extend_the_selection() -> None:
    app = reader_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        view = app.screen.view
        text = view.article.text
        await pilot.press("right_parenthesis", "right_parenthesis", "v", "right_parenthesis")
        assert view.selected_span == view.sentences[2]
        await pilot.press("right_parenthesis")
        assert view.selected_span == (view.sentences[2][0], view.sentences[3][1])
        await pilot.press("left_parenthesis", "left_parenthesis")  # never empty: the first word stays
        assert text[slice(*view.selected_span)] == "The"
        await pilot.press("j")  # the same column one line down, to the end of the word there
        start, end = view.selected_span
        line = view.line_of_offset(start)
        assert view.line_of_offset(end) == line + 1
        assert text[end - 1].isalnum() and not text[end].isalnum()
        await pilot.press("escape")
        assert view.selected_span is None
        await pilot.press("j")  # movement is movement again
        assert view.selected_span is None


async def test_a_mouse_selection_maps_to_article_offsets() -> None:
    app = reader_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        screen = app.screen
        view = screen.view
        text = view.article.text
        start = text.index("Islamic State")
        line = view.line_of_offset(start)
        column = start - view.line_span(line)[0]
        screen.selections = {view: Selection(Offset(column, line), Offset(column + len("Islamic State"), line))}
        await pilot.pause()
        assert view.selected_span == (start, start + len("Islamic State"))
        assert view.get_selection(screen.selections[view]) == ("Islamic State", "\n")
        await pilot.press("a", "enter")
        await settled(pilot)
        [ann] = saved()
        assert (ann.start, ann.exact) == (start, "Islamic State")
        assert screen.selections == {}


async def test_a_mouse_drag_selects_words(tmp_path) -> None:
    app = reader_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        view = app.screen.view
        text = view.article.text
        start = text.index("Islamic State")
        line = view.line_of_offset(start)
        x = view._margin + start - view.line_span(line)[0]
        y = line - int(view.scroll_y)
        await pilot.mouse_down(view, offset=(x, y))
        await pilot.hover(view, offset=(x + len("Islamic State") - 1, y))
        await pilot.mouse_up(view, offset=(x + len("Islamic State") - 1, y))
        await pilot.pause()
        assert view.selected_span == (start, start + len("Islamic State"))


async def test_notes_pane_lists_jumps_edits_deletes_and_undoes(seed: Analysis) -> None:
    article = seed_article()
    text = article.text
    first = text.index("Palmyra")
    second = text.index("Haider al-Abadi")
    with Store.open() as store:
        store.add_annotation(annotation_on(article, second, second + 15, note="the PM", tags=["who"]))
        store.add_annotation(annotation_on(article, first, first + 7, note="heritage site", color="green"))
    app = reader_app(article)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot, seed)
        assert screen.view._layers["notes"].spans == [
            (first, first + 7, "note-green"), (second, second + 15, "note-yellow")]
        await pilot.press("m")
        await pilot.pause()
        pane = screen.query_one(NotesPane)
        assert app.focused is pane
        assert rows(pane) == ["“Palmyra”\n  heritage site\n  green",
                              "“Haider al-Abadi”\n  the PM\n  #who · yellow"]
        await pilot.press("j", "enter")
        assert (screen.place.start, screen.place.end) == (second, second + 15)
        assert screen.view.line_of_offset(second) >= screen.view.scroll_y
        assert status(app) == "note: the PM"
        await pilot.press("A")
        assert isinstance(app.screen, AnnotateDialog)
        await pilot.press("ctrl+a", "ctrl+k", *"prime minister", "enter")
        await settled(pilot)
        assert {a.note for a in saved()} == {"heritage site", "prime minister"}
        assert rows(pane)[1] == "“Haider al-Abadi”\n  prime minister\n  #who · yellow"
        await pilot.press("x")
        await settled(pilot)
        assert [a.exact for a in saved()] == ["Palmyra"]
        assert rows(pane) == ["“Palmyra”\n  heritage site\n  green"]
        assert status(app) == "note deleted on “Haider al-Abadi”: U undoes"
        await pilot.press("U")
        await settled(pilot)
        assert sorted(a.exact for a in saved()) == ["Haider al-Abadi", "Palmyra"]
        assert rows(pane)[1] == "“Haider al-Abadi”\n  prime minister\n  #who · yellow"
        assert pane.current.exact == "Haider al-Abadi"
        assert status(app) == "note restored on “Haider al-Abadi”"
        assert screen.query_one("#notes-pane").parent is not None
        assert str(screen.query_one("TabbedContent").get_tab("notes-pane").label) == "Notes 2"


async def test_x_in_the_article_deletes_the_note_under_the_cursor() -> None:
    article = seed_article()
    with Store.open() as store:
        store.add_annotation(annotation_on(article, 0, len(article.title), note="title"))
    app = reader_app(article)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await pilot.press("right_parenthesis", "x")  # not on the note: nothing to delete
        await settled(pilot)
        assert status(app) == "no note here: a annotates, m lists the notes"
        await pilot.press("left_parenthesis")
        assert status(app) == "note: title"  # reading onto a note shows it
        await pilot.press("x")
        await settled(pilot)
        assert saved() == []
        assert "notes" not in app.screen.view._layers


async def test_orphans_are_listed_and_kept() -> None:
    article = seed_article()
    with Store.open() as store:
        store.add_annotation(annotation_on(article, 0, len(article.title), note="the headline"))
    changed = Article(text="A different headline\n\nNothing of the old words is here at all.",
                      title="A different headline", input=article.input)
    app = reader_app(changed)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await pilot.press("m")
        await pilot.pause()
        pane = app.screen.query_one(NotesPane)
        assert rows(pane) == [f"{ORPHAN_MARK} “Sunnis flee the violence in the city of Ramadi, Iraq”"
                              "\n  the headline\n  yellow"]
        assert "notes" not in app.screen.view._layers
        await pilot.press("enter")
        assert status(app) == "orphan: “Sunnis flee the violence in the city of Ramadi, Iraq” is no longer in this text"
        [ann] = saved()
        assert ann.orphan and ann.note == "the headline"
        await pilot.press("m")  # back to the article; the pane shown alone goes away with it
        assert app.focused is app.screen.view and not app.screen.sidebar.display


async def test_a_read_only_store_says_so_and_the_reader_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "_may_write", lambda path: False)
    app = reader_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await pilot.press("a", *"lost?", "enter")
        await settled(pilot)
        path = database.database_path()
        assert status(app) == f"notes: {path}: the database is read-only; nothing was saved"
        assert [n.message for n in app._notifications] == [f"{path}: the database is read-only; nothing was saved"]
        assert app.is_running and app.screen.query_one("#status")
        await pilot.press("j", "q")
    assert app.return_value == 0


async def test_the_annotation_keys_can_be_remapped() -> None:
    app = reader_app(config=Config(theme="textual-dark", keymap={"annotate": "ctrl+n", "select": "V"}))
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await pilot.press("a", "v")
        assert app.screen.view.selected_span is None and not isinstance(app.screen, AnnotateDialog)
        await pilot.press("V", "ctrl+n")
        assert isinstance(app.screen, AnnotateDialog)
        assert app.screen.heading == "Annotate the selection"


async def test_annotation_keys_are_in_help_and_palette() -> None:
    from tui.screens.help import HELP_KEYS

    app = reader_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        ids = {spec.id for spec in HELP_KEYS}
        assert {"annotate", "edit_annotation", "delete_annotation", "undo_delete", "show_notes", "select",
                "word_forward", "word_back", "swap_selection_end", "cancel_selection"} <= ids
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert "Annotate the selection, claim or sentence at the cursor" in titles
        assert "Undo the last deletion of a note" in titles


async def test_a_note_written_while_the_notes_still_load_is_saved_not_dropped(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The store takes one call at a time: a note typed while the article's notes were still
    loading (re-anchoring a long history) was refused with 'try again', its text gone."""
    loading = held(monkeypatch, Store, "annotations_for_article")
    app = reader_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("a", *"kept", "enter")
        await pilot.pause()
        loading.set()
        await settled(pilot)
        await settled(pilot)
        assert [a.note for a in saved()] == ["kept"]
        assert [a.note for a in app.screen.annotations] == ["kept"]


async def test_notes_that_land_while_the_sidebar_is_being_mounted_label_its_tab(seed: Analysis) -> None:
    """A cached analysis is shown at once and the notes and verdicts, loaded after the first
    frame, can land while the sidebar is being mounted: its panes there, their tabs not yet.
    The Notes and Claims tabs' labels were asked of tabs not there (NoMatches: the reader
    ended). Here the notes and verdicts land at every step of the mount; the labels are put
    on the tabs once they are there."""
    import asyncio

    article = seed_article()
    at = article.text.index("Palmyra")
    with Store.open() as store:
        store.add_annotation(annotation_on(article, at, at + 7, note="heritage site"))
    app = reader_app(article)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = app.screen
        screen.show_analysis(replace(seed, article=screen.article))
        steps_with_panes_only = 0
        for _ in range(200):
            panes, tabs = screen.sidebar.query("TabPane"), screen.sidebar.query("ContentTab")
            steps_with_panes_only += bool(panes) and len(tabs) < len(panes)
            screen._list_notes()
            for sidebar in screen.sidebar.query("AnalysisSidebar"):
                sidebar.set_claims({}, None, "Claims (shown)")
            await asyncio.sleep(0)
        await pilot.pause()
        labels = [str(tab.label.plain) for tab in screen.sidebar.query("Tab")]
        assert steps_with_panes_only and "Notes 1" in labels and "Claims (shown)" in labels, (steps_with_panes_only, labels)


@pytest.mark.parametrize(("action", "pane"), [("show_notes", "notes-pane"), ("unreviewed_only", "claims-pane")])
async def test_a_key_that_opens_a_pane_while_the_sidebar_is_being_mounted_opens_it(
        seed: Analysis, action: str, pane: str) -> None:
    """m (Notes) or R (unreviewed claims) at any step of the sidebar's mount: the pane is shown
    once its tab is there (asking for the tab before raised NoMatches)."""
    import asyncio

    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = app.screen
        screen.show_analysis(replace(seed, article=screen.article))
        for _ in range(60):
            if screen.sidebar.query("TabPane") and not screen.sidebar.query("ContentTab"):
                break
            await asyncio.sleep(0)
        else:
            pytest.fail("never saw the sidebar's panes before their tabs")
        getattr(screen, f"action_{action}")()
        await pilot.pause()
        await pilot.pause()
        assert screen.sidebar.query_one("TabbedContent").active == pane
