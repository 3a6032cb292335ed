"""The analysis on the reader (Pilot): worker, keys, toggles, sidebar.

The keys are tested on the seed's analysis injected with ``show_analysis`` (computed once per
session), so no test waits on a worker's timing; the worker has tests of its own.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import replace

import pytest
from conftest import ROOT
from reader_articles import FakeEngine, crowded, reader_app, seed_article, showing

from tui.analysis_cache import cached
from tui.analysis_model import Analysis, story_events
from tui.engine_process import Progress
from tui.model import Article
from tui.navigation import Navigator
from tui.screens.reader_analysis import SPINNER, counts
from tui.store.anchoring import annotation_on
from tui.store.database import Store

pytestmark = pytest.mark.anyio


@pytest.fixture(scope="session")
def seed(nlp) -> Analysis:
    from seed_analysis import seed_analysis

    return seed_analysis()


def status(app) -> str:
    return str(app.screen.query_one("#status").render())


def marked(app, layer: str) -> set[tuple[str, str]]:
    """(text, style) of every span of a decoration layer of the article view."""
    view = app.screen.view
    found = view._layers.get(layer)
    return {(view.article.text[s:e], name) for s, e, name in (found.spans if found else [])}


def analysing_app(article: Article, compute: Callable[[Article], Analysis] | None = None):
    """A reader that analyses ``article``, with nothing in the cache; ``compute`` stands in for
    the engine process (None: the real one)."""
    app = reader_app(article)
    app.analyse = True
    if compute is not None:
        app.engine = FakeEngine(compute)
    return app


def held_app(monkeypatch, seed: Analysis, article: Article | None = None):
    """A reader analysing ``article`` (the seed's) with nothing in the cache, whose engine holds
    the seed's analysis until the returned event is set: (app, release)."""
    release = threading.Event()

    def compute(article: Article) -> Analysis:
        release.wait(10)
        return replace(seed, article=article)

    monkeypatch.setattr("tui.analysis_cache.cached", lambda article, model: None)
    return analysing_app(article or seed_article(), compute), release


async def until(pilot, done: Callable[[], bool], tries: int = 600) -> None:
    """Pause until ``done()`` (a bounded wait on work in another thread or process, not a timing)."""
    for _ in range(tries):
        if done():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"gave up waiting; the status line says {status(pilot.app)!r}")


async def shown(pilot, seed: Analysis):
    app = pilot.app
    await pilot.pause()
    app.screen.show_analysis(replace(seed, article=app.screen.article))
    await pilot.pause()
    return app.screen


async def test_claims_in_order_with_source_and_back(seed: Analysis) -> None:
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await shown(pilot, seed)
        total = len(seed.claims)
        assert status(app) == counts(seed)
        await pilot.press("right_square_bracket")
        assert status(app) == f"claim 1/{total} · AFP · reports"
        assert {("reports", "claim-cue"), ("AFP", "claim-source")} <= marked(app, "navigation")
        assert "reports AFP" in screen.view.cursor_text
        await pilot.press("s")
        assert status(app) == f"source of claim 1/{total} · AFP"
        text = screen.article.text
        assert text[screen.place.start:screen.place.end] == "AFP"
        assert ("AFP", "focus") in marked(app, "navigation")
        await pilot.press("s")
        assert status(app) == f"claim 1/{total} · AFP · reports"
        await pilot.press("right_square_bracket", "right_square_bracket")
        nav = Navigator(seed)
        assert status(app) == nav.claim_status(2)
        await pilot.press("left_square_bracket")
        assert status(app) == nav.claim_status(1)
        claims = app.screen.query_one("#claims")
        assert claims.get_option_at_index(claims.highlighted).id == "claim:1"


async def test_source_of_a_pronoun_claim_is_who_it_refers_to(seed: Analysis) -> None:
    """`s` on "…, he said" lands on the phrase "he" stands for, and `s` again comes back."""
    nav = Navigator(seed)
    index = next(i for i, c in enumerate(nav.claims) if c.source is not None and c.source.antecedent is not None)
    antecedent = nav.claims[index].source.antecedent
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await shown(pilot, seed)
        await pilot.press(*["right_square_bracket"] * (index + 1), "s")
        assert (screen.place.start, screen.place.end) == (antecedent.start, antecedent.end)
        assert (antecedent.text, "focus") in marked(app, "navigation")
        view = screen.view
        assert view.scroll_y <= view.line_of_offset(antecedent.start) < view.scroll_y + view.page_height
        await pilot.press("s")
        assert status(app) == nav.claim_status(index)


async def test_a_claim_far_down_scrolls_into_view(seed: Analysis) -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await shown(pilot, seed)
        await pilot.press(*["right_square_bracket"] * 7)
        assert status(app) == f"claim 7/{len(seed.claims)} · Muhannad Haimour · said"
        view = screen.view
        line = view.line_of_offset(screen.place.start)
        assert view.scroll_y <= line < view.scroll_y + view.page_height
        await pilot.press("s")
        assert screen.article.text[screen.place.start:screen.place.end].startswith("Muhannad Haimour")
        await pilot.press("right_parenthesis")  # the next sentence: the reader is on plain text again
        assert screen.place.kind == "text"
        assert marked(app, "navigation") == set()
        assert status(app) == f"S shows the sidebar: {counts(seed)}"  # 80 columns: folded


async def test_one_event_order_in_pane_keys_and_status(seed: Analysis) -> None:
    """Enter on the first listed event says "event 1/n"; `}` goes down the pane's list; `t`
    in the pane lists them in text order, and then `}` and the status follow that. The pane
    lists the events that carry the story (the rest behind f, "show all")."""
    ranked = story_events(seed.events)
    n = len(ranked)
    assert 2 < n < len(seed.events)
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await shown(pilot, seed)
        events = screen.query_one("#events")
        caption = str(screen.query_one("#events-caption").render())
        assert f"{n} of {len(seed.events)}: the story, most salient first" in caption and "f show all" in caption
        events.focus()
        await pilot.press("enter")
        assert status(app).startswith(f"event 1/{n} · ")
        assert app.focused is screen.view  # read on from there
        assert screen.place.start <= ranked[0].what.start
        await pilot.press("right_curly_bracket")
        assert status(app).startswith(f"event 2/{n} · ")
        assert events.highlighted == 1
        assert events.get_option_at_index(1).id == f"event:{ranked[1].id}"
        events.focus()
        await pilot.press("t")
        assert "in text order" in str(screen.query_one("#events-caption").render())
        by_text = sorted(ranked, key=lambda e: (e.trigger.start, e.what.start))
        row = by_text.index(ranked[1])
        assert events.highlighted == row  # still on the same event
        await pilot.press("right_curly_bracket")
        assert status(app).startswith(f"event {row + 2}/{n} · ")
        assert events.get_option_at_index(row + 1).id == f"event:{by_text[row + 1].id}"
        screen.show_analysis(screen.analysis)  # shown again (a correction): the chosen order stays
        await pilot.pause()
        assert "in text order" in str(screen.query_one("#events-caption").render())


async def test_f_in_the_events_pane_filters_them(seed: Analysis) -> None:
    """f: all (show all), outside quotes, who is a person, who is an organisation, back to
    the story; } follows the listing."""
    nav = Navigator(seed)
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await shown(pilot, seed)
        events = screen.query_one("#events")
        events.focus()
        listed = []
        for which in ("all", "unquoted", "person", "org"):
            events.focus()
            await pilot.press("f")
            nav.list_events(which=which)
            listed.append(len(nav.events))
            assert events.option_count == len(nav.events) <= len(seed.events)
            assert [events.get_option_at_index(i).id for i in range(len(nav.events))] == [
                f"event:{e.id}" for e in nav.events]
            caption = str(screen.query_one("#events-caption").render())
            assert (f"{len(nav.events)} of {len(seed.events)}" if which != "all" else "all events") in caption
            if len(nav.events) >= 2:
                await pilot.press("g", "enter", "right_curly_bracket")
                assert status(app) == nav.event(1).status
        assert listed[0] == len(seed.events)  # show all
        assert screen.query_one("Tabs").query_one("#--content-tab-events-pane").label.plain == f"Events {listed[-1]}"
        assert listed[1] >= 2 and listed[3] >= 2  # the seed's events are told, and organisations act
        events.focus()
        await pilot.press("f")
        assert events.option_count == len(story_events(seed.events))


async def test_events_by_text_position(seed: Analysis) -> None:
    nav = Navigator(seed)
    nav.list_events(order="text", which="story")
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await shown(pilot, seed)
        screen.query_one("#events").focus()
        await pilot.press("t")
        screen.view.focus()
        await pilot.press("right_curly_bracket")
        assert status(app) == nav.event(0).status
        await pilot.press("right_curly_bracket", "right_curly_bracket")
        assert status(app) == nav.event(2).status
        await pilot.press("left_curly_bracket")
        assert status(app) == nav.event(1).status
        what = nav.events[1].what
        assert (screen.article.text[what.start:what.end], "event-what") in marked(app, "navigation")


async def test_entity_mentions_cycle(seed: Analysis) -> None:
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await shown(pilot, seed)
        isis = next(e for e in seed.entities if e.name == "Islamic State")
        n = len(isis.mentions)
        await pilot.press("right_square_bracket", "e")  # the first claim starts with "The Islamic State"
        assert status(app) == f"Islamic State · organisation · mention 2/{n}"
        await pilot.press("E", "E")
        assert status(app) == f"Islamic State · organisation · mention {n}/{n}"
        last = sorted(isis.mentions, key=lambda m: m.start)[-1]
        assert (screen.place.start, screen.place.end) == (last.start, last.end)


async def test_mentions_of_the_entity_at_the_selection_end(seed: Analysis) -> None:
    """`e` cycles the entity under the selection's end ("Haider"), not the sentence's first
    ("Iraqi"); a selection ending on no entity says so."""
    abadi = next(e for e in seed.entities if e.name == "Haider al-Abadi")
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await shown(pilot, seed)
        view = screen.view
        view.set_cursor(view.sentence_at(seed.article.text.index("Iraqi Prime Minister Haider")))
        await pilot.press("v", "w", "w", "w")
        start, end = view.selected_span
        assert seed.article.text[start:end].endswith("Haider")
        await pilot.press("e")
        assert status(app).startswith(f"Haider al-Abadi · person · mention 2/{len(abadi.mentions)}")
        await pilot.press("e")  # round to the first, not stuck on the selection's end
        assert status(app).startswith(f"Haider al-Abadi · person · mention 1/{len(abadi.mentions)}")
        await pilot.press("escape", "v", "w")  # "Iraqi Prime": ends on no entity
        await pilot.press("e")
        assert status(app) == "no entity at the end of the selection"


async def test_entity_types_in_plain_words_and_their_colours(seed: Analysis) -> None:
    """The Entities pane and the status say "organisation", "place", "group", "number"…, never
    ORG, GPE, NORP, CARDINAL; each name wears its type's style, as in the article."""
    labels = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE",
              "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await shown(pilot, seed)
        entities = screen.analysis_sidebar.pane("entities")
        rows = [entities.get_option_at_index(i).prompt for i in range(entities.option_count)]
        words = {w.strip("×0123456789,") for row in rows for w in row.plain.split()}
        assert not words & labels
        assert any(re.search(r"  organisation +×", row.plain) for row in rows)
        assert any(re.search(r"  group +×", row.plain) for row in rows)
        isis = next(row for row in rows if row.plain.startswith("Islamic State "))
        org_style = screen.view.get_visual_style("article-view--ent-org", partial=True)
        assert [s.style for s in isis.content.spans if s.start == 0] == [org_style]
        await pilot.press("right_square_bracket", "e")
        assert " · organisation · " in status(app)


async def test_entity_types_toggle_and_legend(seed: Analysis) -> None:
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await shown(pilot, seed)
        assert ("Muhannad Haimour", "ent-person") in marked(app, "entities")
        await pilot.press("1")
        assert status(app) == "people: not highlighted"
        styles = {name for _, name in marked(app, "entities")}
        assert "ent-person" not in styles and {"ent-org", "ent-place", "ent-date"} <= styles
        legend = app.screen._legend()
        assert legend.plain.splitlines() == [
            "1 people          2 organisations", "3 places          4 dates & numbers", "5 groups          6 other names",
        ]
        assert [str(span.style) for span in legend.spans if legend.plain[span.start:span.end] == "people"] == [
            "strike dim"
        ]
        await pilot.press("1")
        assert status(app) == "people: highlighted"
        assert ("Muhannad Haimour", "ent-person") in marked(app, "entities")


async def test_palette_runs_the_analysis_actions(seed: Analysis) -> None:
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await shown(pilot, seed)
        commands = {c.title: c.callback for c in app.get_system_commands(app.screen)}
        await commands["Highlight places: on/off"]()
        await pilot.pause()
        assert status(app) == "places: not highlighted"
        await commands["Next claim: its content, cue and source"]()
        await pilot.pause()
        assert status(app) == f"claim 1/{len(seed.claims)} · AFP · reports"


@pytest.mark.parametrize("size", [(100, 30), (160, 45)])
async def test_sidebar_grows_with_the_terminal_and_its_tabs_are_whole(seed: Analysis, size: tuple[int, int]) -> None:
    """A third of the width (40 columns at every width, before), and every tab label whole
    ("Notes" read "Not")."""
    app = reader_app()
    async with app.run_test(size=size) as pilot:
        screen = await shown(pilot, seed)
        await pilot.press("a", "enter")  # a note, so the Notes tab has a count too
        await pilot.pause()
        sidebar = screen.sidebar
        assert sidebar.size.width + 1 >= max(size[0] // 3, 46)  # +1: its border
        tabs = list(screen.query("Tab"))
        assert [tab.label.plain for tab in tabs][-1] == "Notes 1"
        for tab in tabs:
            assert tab.region.right <= sidebar.region.right
            assert tab.region.width >= len(tab.label.plain) + 2
        assert screen.view.size.width >= size[0] - sidebar.outer_size.width - 1
        assert screen.view._margin <= 2  # wide terminals: no blank margins beside the article


def tab_labels_whole(screen) -> list[str]:
    """The labels of the sidebar's tabs, once it is asserted that each shows whole: the tab
    inside the sidebar (not scrolled off nor past its edge), as wide as its label and padding."""
    sidebar = screen.sidebar
    tabs = list(screen.analysis_sidebar.query("Tab"))
    for tab in tabs:
        assert sidebar.content_region.contains_region(tab.region), (tab.label.plain, tab.region, sidebar.content_region)
        assert tab.region.width >= len(tab.label.plain) + 2
    return [tab.label.plain for tab in tabs]


@pytest.mark.parametrize("size", [(100, 30), (120, 40)])
async def test_tab_labels_with_a_long_articles_counts_are_whole(size: tuple[int, int]) -> None:
    """Four-digit counts ("Events 12  Entities 208  Claims 1167  Notes" on a 50,000-word
    article: the Notes count cut off): the sidebar was sized before its tabs had their labels,
    and the Notes count comes later still, from the store. It is sized again with every label
    its tabs get (here also R's "Claims 1200/1200")."""
    analysis = crowded(1200)
    article = analysis.article
    at = article.text.index("Speaker 7 ")
    with Store.open() as store:
        store.add_annotation(annotation_on(article, at, at + 9, note="who is this"))
    async with showing(analysis, size) as (app, pilot):
        screen = app.screen
        assert tab_labels_whole(screen) == ["Events 0", "Entities 1200", "Claims 1200", "Notes 1"]
        await pilot.press("R")
        await pilot.pause()
        assert tab_labels_whole(screen)[2] == "Claims 1200/1200"


async def test_a_new_tab_label_resizes_the_sidebar_but_never_folds_it() -> None:
    """Narrow terminal: a label that grows while the folded sidebar is unfolded (tab, then R's
    "Claims 1200/1200") widens it and leaves it open."""
    async with showing(crowded(1200), (80, 24)) as (app, pilot):
        screen = app.screen
        await pilot.press("tab")
        await pilot.pause()
        assert screen.sidebar.display
        await pilot.press("R")
        await pilot.pause()
        assert screen.sidebar.display
        assert tab_labels_whole(screen)[2] == "Claims 1200/1200"


async def test_the_analysis_landing_keeps_the_notes_pane_and_focus(seed: Analysis) -> None:
    """`m` while the analysis runs, then the analysis lands: still on Notes, focus still there."""
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "notes"
        screen = await shown(pilot, seed)
        await pilot.pause()
        assert screen.query_one("TabbedContent").active == "notes-pane"
        assert app.focused is not None and app.focused.id == "notes"
        assert screen.sidebar.display


async def test_events_are_set_apart_and_every_stance_mark_is_explained(seed: Analysis) -> None:
    """A rule between events (they ran together); the Claims pane and the help say what each
    stance mark means."""
    from tui.screens.help import HelpScreen
    from tui.widgets.sidebar import STANCE_MARKS, STANCE_WORDS

    app = reader_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await shown(pilot, seed)
        events = screen.query_one("#events")
        assert events.option_count == len(story_events(seed.events))
        lines = [strip.text for strip in events.render_lines(events.region.reset_offset)]
        rules = [i for i, line in enumerate(lines) if line.strip() and set(line.strip()) <= set("─━")]
        assert len(rules) >= 3 and all(b - a > 1 for a, b in zip(rules, rules[1:]))
        meanings = [f"{STANCE_MARKS[stance]} {word}" for stance, word in STANCE_WORDS.items()]
        screen.query_one("TabbedContent").active = "claims-pane"
        await pilot.pause()
        caption = str(screen.query_one("#claims-caption").render())
        assert all(m in caption for m in meanings)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert all(m in str(app.screen.query_one("#help-marks").render()) for m in meanings)


async def test_the_stance_marks_above_the_claims_keep_each_mark_with_its_word() -> None:
    """The narrowest sidebar (100 columns): the legend's lines break between entries ("»" at
    the end of one line and "urged" on the next, before)."""
    async with showing(crowded(3), (100, 30)) as (app, pilot):
        app.screen.query_one("TabbedContent").active = "claims-pane"
        await pilot.pause()
        caption = app.screen.query_one("#claims-caption")
        lines = [strip.text.strip() for strip in caption.render_lines(caption.region.reset_offset)]
        assert lines == ["○ said  ! claimed  ~ admitted  ✗ denied", "» urged  ? reportedly  · other"]


async def test_sidebar_focus_collapse_and_enter(seed: Analysis) -> None:
    nav = Navigator(seed)
    nav.list_events(which="story")
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await shown(pilot, seed)
        assert screen.sidebar.display
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is screen.query_one("#events")  # the list itself: Enter acts at once
        await pilot.press("right")
        assert app.focused is screen.analysis_sidebar.pane("entities")  # ← → go from pane to pane
        await pilot.press("left", "shift+tab")
        assert app.focused is screen.view
        events = screen.query_one("#events")
        top = max(seed.events, key=lambda e: e.salience)
        assert events.get_option_at_index(0).id == f"event:{top.id}"
        events.focus()
        await pilot.press("enter")
        assert status(app) == nav.event(nav.event_index(top.id)).status
        entities = screen.analysis_sidebar.pane("entities")
        isis = next(e for e in seed.entities if e.name == "Islamic State")
        row = next(i for i in range(entities.option_count) if entities.get_option_at_index(i).id == f"entity:{isis.id}")
        entities.focus()
        entities.highlighted = row
        await pilot.press("enter")
        first = min(isis.mentions, key=lambda m: m.start)
        assert status(app) == f"Islamic State · organisation · mention 1/{len(isis.mentions)}"
        assert (screen.place.start, screen.place.end) == (first.start, first.end)
        await pilot.press("e")
        assert status(app) == f"Islamic State · organisation · mention 2/{len(isis.mentions)}"
        await pilot.press("S")
        assert not screen.sidebar.display and app.focused is screen.view
        await pilot.press("S")
        assert screen.sidebar.display
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await shown(pilot, seed)
        assert not screen.sidebar.display
        assert status(app) == "S shows the sidebar: " + counts(seed)  # folded away, but there
        await pilot.press("tab")  # the folded sidebar unfolds while it has the focus
        await pilot.pause()
        assert screen.sidebar.display and app.focused is screen.query_one("#events")
        await pilot.press("tab")
        assert not screen.sidebar.display and app.focused is screen.view
        await pilot.press("tab")
        await pilot.pause()
        await pilot.press("enter")  # go to the event, read on at full width
        assert not screen.sidebar.display and app.focused is screen.view
        assert screen.place.kind == "event"
        await pilot.press("S")
        assert screen.sidebar.display


async def test_a_folded_sidebar_is_said_to_be_there_even_when_the_counts_are_long() -> None:
    """80 columns, four-digit counts: the status line, cut short on the right, still says how
    to show the folded sidebar (it came after the counts and lost its last word)."""
    async with showing(crowded(1200), (80, 24)) as (app, _):
        said, shown = status(app), app.screen.query_one("#status").size.width
        assert len(said) > shown and said.index("S shows the sidebar") + len("S shows the sidebar") < shown



async def test_the_counts_say_the_sidebar_is_folded_only_while_it_is() -> None:
    """The counts on the status line follow the sidebar: a resize that unfolds it drops "S
    shows the sidebar" (it stayed, the sidebar shown), one that folds it, or S, puts it first."""
    analysis = crowded(3)
    found = counts(analysis)
    async with showing(analysis, (120, 30)) as (app, pilot):
        assert status(app) == found
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not app.screen.sidebar.display and status(app) == f"S shows the sidebar: {found}"
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert app.screen.sidebar.display and status(app) == found
        await pilot.press("S")
        assert not app.screen.sidebar.display and status(app) == f"S shows the sidebar: {found}"
        await pilot.press("S")
        assert app.screen.sidebar.display and status(app) == found

async def test_keys_before_the_analysis_say_so() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("right_square_bracket")
        assert status(app) == "the analysis is switched off (--no-analysis)"
        await pilot.press("S")
        assert status(app) == "no sidebar: the analysis is switched off (--no-analysis)"
        await pilot.press("tab")  # no sidebar, and no notes pane either
        assert status(app) == "no sidebar: the analysis is switched off (--no-analysis)"
        assert app.focused is app.screen.view


async def test_keys_during_the_analysis_say_what_is_coming(monkeypatch, seed: Analysis) -> None:
    """Analysis keys pressed before it is in are told on the ticker, which keeps running; a
    type hidden meanwhile stays hidden when the analysis arrives."""
    app, release = held_app(monkeypatch, seed)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: "analysing…" in status(app))
        for key, said in [("right_square_bracket", "claims: analysing… "), ("s", "sources: analysing… "),
                          ("right_curly_bracket", "events: analysing… "), ("e", "entities: analysing… "),
                          ("S", "no sidebar: analysing… "),
                          ("1", "people: not highlighted once the analysis is in · analysing… ")]:
            await pilot.press(key)
            assert status(app)[0] in SPINNER and status(app)[2:].startswith(said), status(app)
            await pilot.pause(0.15)  # a tick later it is still said
            assert status(app)[2:].startswith(said), status(app)
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert status(app) == counts(seed)
        assert "ent-person" not in {name for _, name in marked(app, "entities")}



async def test_keys_before_the_analysis_starts_say_it_is_coming(monkeypatch, seed: Analysis) -> None:
    """An analysis key pressed after the first frame but before the analysis's worker starts
    (it starts once the screen is painted) says the analysis is starting, not that there is
    none for this article; the ticker then keeps saying what was asked."""
    from tui.screens.reader_analysis import AnalysisScreen

    app, release = held_app(monkeypatch, seed)
    begin = AnalysisScreen.start_analysis
    monkeypatch.setattr(AnalysisScreen, "start_analysis", lambda self: None)  # the moment before it starts
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("right_square_bracket")
        assert status(app) == "claims: analysis starting…"
        begin(app.screen)
        await until(pilot, lambda: "analysing…" in status(app))  # its first tick
        assert status(app)[2:].startswith("claims: analysing… "), status(app)
        release.set()
        await until(pilot, lambda: status(app) == counts(seed))
        # the sidebar comes a frame after the counts: the test ends once it is whole (Textual's
        # tabs, still mounting as the app closed, raised "No Tab with id" from its _on_mount)
        await until(pilot, lambda: app.screen.analysis_sidebar is not None and app.screen.analysis_sidebar.tabs_ready)


async def test_a_long_article_arrives_chunk_by_chunk(monkeypatch, seed: Analysis) -> None:
    """A chunk done: its highlights at once, the keys on what it found, the share done on the
    status line, and once all are done, that they are being linked (the engine's pass over the
    whole article, its longest step); the whole analysis then brings the sidebar. Another
    article's chunk is ignored."""
    article = seed_article()
    app, release = held_app(monkeypatch, seed, article)
    found = replace(seed, article=Article(text="", id=article.id))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: "analysing…" in status(app))
        app.engine.updates.put(Progress("another article", 0, 0.9, found))
        app.engine.updates.put(Progress(article.id, 1, 0.4, found))
        await until(pilot, lambda: "analysing 40%" in status(app))
        assert ("Muhannad Haimour", "ent-person") in marked(app, "entities-1")
        assert app.screen.analysis_sidebar is None and app.screen.analysis is None
        await pilot.press("right_square_bracket")
        assert status(app)[2:].startswith(f"claim 1/{len(seed.claims)} · AFP · reports · analysing 40%"), status(app)
        app.engine.updates.put(Progress(article.id, 0, 1.0, found))  # the last chunk: the whole article's pass next
        await until(pilot, lambda: "all chunks done, linking them across the article…" in status(app))
        release.set()
        await until(pilot, lambda: status(app) == counts(seed))
        await pilot.pause()
        assert app.screen.analysis_sidebar is not None
        assert marked(app, "entities-1") == set() and ("Muhannad Haimour", "ent-person") in marked(app, "entities")


async def test_a_killed_engine_is_a_notice_and_reading_goes_on() -> None:
    """The engine's worker process killed mid-analysis: a notice, the keys still work, q quits."""
    app = analysing_app(seed_article())
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.engine is not None and app.engine.pids and "analysing" in status(app))
        (pid,) = app.engine.pids
        os.kill(pid, signal.SIGKILL)
        await until(pilot, lambda: status(app).startswith("no analysis"))
        assert status(app) == f"no analysis: the engine's process was stopped by signal {signal.SIGKILL} before the analysis was done"
        assert any("can be read, but not analysed" in str(n.message) for n in app._notifications)
        await pilot.press("j")
        assert app.screen.view.scroll_y == 1
        await pilot.press("right_square_bracket")
        assert status(app).startswith("the analysis failed: the engine's process was stopped")
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_quitting_does_not_wait_for_the_engine() -> None:
    """q while the engine works: the reader ends, the worker is killed, nothing is half kept."""
    article = seed_article()
    app = analysing_app(article)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.engine is not None and app.engine.pids and "analysing" in status(app))
        (pid,) = app.engine.pids
        await pilot.press("q")
    with pytest.raises(ProcessLookupError):  # killed and reaped
        os.kill(pid, 0)
    assert cached(article, None) is None  # it was stopped, not waited for


async def test_a_damaged_cache_entry_is_computed_again_by_the_engine_not_failed_on() -> None:
    """An entry of the cache that cannot be decoded is no analysis: the engine (the CLI's,
    started ahead, stopped only when the cache has the analysis) is asked for it, the reader
    shows it, and the entry is replaced. It failed the analysis ("the engine failed (error)")
    and left the engine started ahead idle, a model's memory held for the whole session."""
    from seed_analysis import frozen_seed_analysis

    from tui.analysis.pipeline import model_key
    from tui.analysis.version import engine_version
    from tui.analysis_cache import keep

    kept = replace(frozen_seed_analysis(), engine_version=engine_version(), model=model_key(None))
    keep(kept)
    with Store.open() as store, store._write() as conn:
        conn.execute("UPDATE analyses SET data = ?", (b"\x00\x11\x22\x33",))
    asked: list[str] = []

    class Engine(FakeEngine):
        def stop_idle(self) -> None:
            asked.append("stop_idle")

    def compute(article: Article) -> Analysis:
        asked.append("analyse")
        keep(replace(kept, article=article))  # as the worker's keep_computed does
        return replace(kept, article=article)

    app = reader_app(kept.article)
    app.analyse, app.engine = True, Engine(compute)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.screen.analysis is not None or status(app).startswith("no analysis"))
        assert status(app) == counts(kept) and asked == ["analyse"]
    found = cached(kept.article, None)
    assert found is not None and found.claims == kept.claims


async def test_worker_computes_and_a_second_article_cancels_the_first(monkeypatch, seed: Analysis) -> None:
    """The first article's analysis is held back; opening another cancels it, coming back restarts it."""
    release = threading.Event()
    calls: list[str] = []

    def compute(article: Article) -> Analysis:
        calls.append(article.title or "")
        if article.title == "first":
            release.wait(10)
        return replace(seed, article=article)

    monkeypatch.setattr("tui.analysis_cache.cached", lambda article, model: None)
    first = Article(text=seed.article.text, title="first")
    second = Article(text=seed.article.text + "\n", title="second")
    app = analysing_app(first, compute)
    async with app.run_test(size=(120, 40)) as pilot:
        reader_one = app.screen
        for _ in range(200):  # until the held-back analysis is under way and the status says so
            await pilot.pause(0.05)
            if "analysing…" in status(app):
                break
        assert calls == ["first"] and status(app).startswith(tuple(SPINNER))
        app.open_article(second)
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is not reader_one and status(app) == counts(seed)
        assert reader_one.analysis is None
        release.set()
        await pilot.press("q")  # back to the first article: its analysis starts again
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is reader_one and reader_one.analysis is not None
        assert status(app) == counts(seed)
        assert calls == ["first", "second", "first"]


async def test_an_analysis_error_is_told_and_reading_goes_on(monkeypatch) -> None:
    from tui.errors import NewsreadError

    def fail(article: Article) -> Analysis:
        raise NewsreadError("spaCy pipeline 'nope' is not installed; install it with: python -m spacy download nope")

    monkeypatch.setattr("tui.analysis_cache.cached", lambda article, model: None)
    app = analysing_app(seed_article(), fail)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert status(app).startswith("no analysis: spaCy pipeline 'nope' is not installed")
        await pilot.press("j")
        assert app.screen.view.scroll_y == 1


async def test_a_failed_analysis_says_what_failed_in_the_sidebar_and_keys(monkeypatch) -> None:
    """The sidebar kept saying the analysis would appear; it says what failed and the fix."""
    from tui.errors import NewsreadError

    why = "spaCy pipeline 'nope' is not installed; install it with: python -m spacy download nope"

    def fail(article: Article) -> Analysis:
        raise NewsreadError(why)

    monkeypatch.setattr("tui.analysis_cache.cached", lambda article, model: None)
    app = analysing_app(seed_article(), fail)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        told = str(app.screen.query_one("#sidebar-pending").render())
        assert told.startswith(f"No analysis: {why}")
        await pilot.press("right_curly_bracket")
        assert status(app) == f"the analysis failed: {why}"
        await pilot.press("S")
        assert status(app) == f"no sidebar: the analysis failed: {why}"


async def test_a_failed_analysis_is_not_started_again_by_a_dialog_closing(monkeypatch) -> None:
    """After the analysis failed, the help (or a note's dialog) shown and closed leaves it so:
    the screen shown again started it again, its status 'analysing…' beside a sidebar saying
    it failed (and, the engine's process killed, a second one)."""
    from tui.errors import NewsreadError

    tries: list[Article] = []

    def fail(article: Article) -> Analysis:
        tries.append(article)
        raise NewsreadError("the engine's process was stopped by signal 9 before the analysis was done")

    monkeypatch.setattr("tui.analysis_cache.cached", lambda article, model: None)
    app = analysing_app(seed_article(), fail)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: status(app).startswith("no analysis: "))
        told = status(app)
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(tries) == 1 and status(app) == told


def test_a_cached_analysis_opens_without_spacy(seed: Analysis) -> None:
    """With the analysis in the cache the reader shows it and never imports spaCy (a fresh process)."""
    from tui.analysis.version import engine_version

    with Store.open() as store:  # keyed by the engine as it is on disk now (it may be edited during a run)
        store.save_analysis(replace(seed, engine_version=engine_version.__wrapped__()).to_json())
    probe = (
        "import asyncio, sys\n"
        "sys.path.insert(0, 'tests')\n"
        "from reader_articles import reader_app\n"
        "async def main():\n"
        "    app = reader_app()\n"
        "    app.analyse = True\n"
        "    async with app.run_test(size=(120, 35)) as pilot:\n"
        "        await pilot.pause()\n"
        "        await app.workers.wait_for_complete()\n"
        "        await pilot.pause()\n"
        "        print(app.screen.query_one('#status').render())\n"
        "        print('spacy' in sys.modules)\n"
        "asyncio.run(main())\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.stdout.splitlines() == [counts(seed), "False"], out.stderr[-2000:]
    assert seed_article().id == seed.article.id


# --- pictures (pytest-textual-snapshot; `--snapshot-update` to renew) -------------------------


def _inject(seed: Analysis):
    async def run_before(pilot) -> None:
        await shown(pilot, seed)

    return run_before


@pytest.fixture
def frozen() -> Analysis:
    from seed_analysis import frozen_seed_analysis

    return frozen_seed_analysis()


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_snapshot_analysis_shown(snap_compare, frozen: Analysis, size: tuple[int, int]) -> None:
    assert snap_compare(reader_app(), terminal_size=size, run_before=_inject(frozen))


def test_snapshot_a_claim_and_its_source(snap_compare, frozen: Analysis) -> None:
    press = ["right_square_bracket"] * 7 + ["s"]
    assert snap_compare(reader_app(), terminal_size=(120, 40), run_before=_inject(frozen), press=press)


async def test_the_sidebar_column_is_held_so_the_text_does_not_reflow(monkeypatch, seed: Analysis) -> None:
    """From the first paint the sidebar holds its column (a word on the analysis to come):
    when the analysis arrives the article keeps its width, and the reader their place."""
    app, release = held_app(monkeypatch, seed)
    async with app.run_test(size=(110, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        width, lines = screen.view.size.width, screen.view.line_count
        assert screen.sidebar.display
        assert "appear here when the analysis is done" in str(screen.query_one("#sidebar-pending").render())
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert status(app) == counts(seed) and screen.analysis_sidebar is not None
        assert (screen.view.size.width, screen.view.line_count) == (width, lines)


async def test_a_narrow_reader_holds_no_column(monkeypatch) -> None:
    monkeypatch.setattr("tui.analysis_cache.cached", lambda article, model: None)
    app = analysing_app(seed_article(), lambda article: threading.Event().wait(10))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.sidebar.display


async def test_a_narrow_footer_ends_with_the_palette_key(seed: Analysis) -> None:
    """When the keys overflow a narrow footer, the palette key docked on its right covers the
    last column: Textual's compact footer gives every key a right margin, the docked one too,
    and the overflowing keys showed through it ("^p palettem")."""
    app = reader_app()
    async with app.run_test(size=(32, 20)) as pilot:
        await pilot.pause()
        await pilot.pause()
        key = app.screen.query_one("FooterKey.-command-palette")
        assert key.region.right == 32


async def test_a_search_from_a_claim_keeps_its_match_count(seed: Analysis) -> None:
    """Leaving a claim for a search match tells the match, not the counts again."""
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await shown(pilot, seed)
        await pilot.press("right_square_bracket")
        assert status(app).startswith("claim 1/")
        await pilot.press("slash", *"Palmyra", "enter")
        await pilot.pause()
        assert status(app) == "match 1/4 for 'Palmyra'"
        await pilot.press("n")
        await pilot.pause()
        assert status(app) == "match 2/4 for 'Palmyra'"
        await pilot.press("j", "right_parenthesis")  # reading on: the match stays the last word
        await pilot.pause()
        assert status(app) == "match 2/4 for 'Palmyra'"


def repeated(seed: Analysis, copies: int) -> Analysis:
    """The seed's analysis over ``copies`` copies of its text, one after another."""
    from tui.analysis.chunks import moved

    step = len(seed.article.text) + 2
    base = seed.to_json()
    data = {**base, "entities": [], "claims": [], "events": [], "sentences": []}
    for k in range(copies):
        copy = moved(base, k * step, f"{k}:")
        for key in ("entities", "claims", "events", "sentences"):
            data[key] += copy[key]
    article = Article(text="\n\n".join([seed.article.text] * copies), title="many times")
    return replace(Analysis.from_json(data), article=article)


async def test_long_panes_are_laid_out_a_page_at_a_time(seed: Analysis) -> None:
    """Thousands of rows are not laid out at once: a page first, the next one as the selection
    reaches its end, at once the row a move on the article needs, and all of them for G."""
    from tui.widgets.pane_list import PAGE

    copies = (2 * PAGE) // len(seed.events) + 2  # two pages of events and more
    analysis = repeated(seed, copies)
    app = reader_app(analysis.article)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        screen.show_analysis(analysis)
        await pilot.pause()
        events = screen.query_one("#events")
        await pilot.press("tab", "f")  # all events, not only the dozen that carry the story
        assert app.focused is events and screen.nav.event_filter == "all"
        total = len(screen.nav.events)
        assert total > 2 * PAGE and events.option_count == PAGE
        events.highlighted = PAGE - 1  # the end of what is laid out: the next page comes
        await pilot.pause()
        assert events.option_count == 2 * PAGE
        await pilot.press("j")
        assert events.highlighted == PAGE
        last = screen.nav.event(total - 1)  # a row not laid out yet
        screen.go(last)
        await pilot.pause()
        assert events.highlighted == total - 1
        assert events.highlighted_option.id == f"event:{screen.nav.events[total - 1].id}"
        claim = len(screen.nav.claims) - 1
        screen.go(screen.nav.claim(claim))  # the Claims pane's rows, made for the move, a page past it at most
        await pilot.pause()
        claims = screen.query_one("#claims")
        assert claims.highlighted_option.id == f"claim:{claim}"
        await pilot.press("tab", "tab")  # back to the article and to the events pane
        events.highlighted = 0
        await pilot.press("G")
        assert events.option_count == total and events.highlighted == total - 1


async def test_a_shown_analysis_is_left_out_of_the_collectors_rounds_until_the_reader_closes(seed: Analysis) -> None:
    """The objects of an analysis shown are frozen (``gc.freeze``: no full collection goes
    through them on the UI thread); a reader that closes hands them back to the collector."""
    import gc

    from tui.screens.reader import ReaderScreen

    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.collector.stop()  # its idle rounds freeze too: out of the way, nothing frozen
        second = ReaderScreen(seed_article())
        app.push_screen(second)
        await pilot.pause()
        assert gc.get_freeze_count() == 0
        second.show_analysis(replace(seed, article=second.article))
        await pilot.pause()
        assert gc.get_freeze_count() > 0
        app.pop_screen()
        await pilot.pause()
        assert gc.get_freeze_count() == 0
