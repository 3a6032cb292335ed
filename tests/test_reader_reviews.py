"""A fact-checker's keys in the reader (Pilot, issue 12): ``c`` gives a verdict that is saved,
shown in the Claims pane and on the status line in words; ``R`` and ``]`` keep to unreviewed
claims; ``C`` corrects a source; ``y`` copies a claim; ``o`` opens the URL.

The seed's frozen analysis is injected; each test waits for the store workers before it reads
the store, so none depends on timing.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from reader_articles import crowded, held, reader_app, seed_article, showing
from seed_analysis import frozen_seed_analysis
from test_reader_annotations import settled

from tui.navigation import Navigator
from tui.review import Correction, Verdict
from tui.screens.review_dialogs import CorrectionDialog, VerdictDialog, parse_evidence
from tui.store.database import Store
from tui.store.reviews import all_reviews
from tui.widgets.sidebar import AnalysisSidebar

pytestmark = pytest.mark.anyio

PRONOUN_CLAIM = '"There is continuous air cover'


def status(app) -> str:
    return app.screen.status_text


async def analysed(pilot, article=None):
    app = pilot.app
    await settled(pilot)
    app.screen.show_analysis(replace(frozen_seed_analysis(), article=article or app.screen.article))
    await pilot.pause()
    return app.screen


def claim_rows(app) -> list[str]:
    pane = app.screen.query_one(AnalysisSidebar).pane("claims")
    return [pane.get_option_at_index(i).prompt.plain for i in range(pane.option_count)]


def saved() -> list:
    with Store.open() as store:
        return all_reviews(store)


async def test_c_false_note_saves_a_verdict_shown_in_words(monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    nav = Navigator(frozen_seed_analysis())
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "c")
        assert isinstance(app.screen, VerdictDialog)
        await pilot.press("4", "tab", *"fell a week later", "enter")
        await settled(pilot)
        [verdict] = saved()
        claim = nav.claims[0]
        assert isinstance(verdict, Verdict)
        assert (verdict.rating, verdict.anchor.note, verdict.anchor.start, verdict.anchor.end) == (
            "false", "fell a week later", claim.content.start, claim.content.end)
        assert status(app) == f"verdict saved: False on claim 1/{len(nav.claims)}"
        rows = [r for r in claim_rows(app) if "sealed its capture" in r]
        assert rows == ["[False] ○ reports · indirect  The Islamic State (ISIS) group on Sunday sealed its capture…"]
        # the status line of the claim says it too, and the next claim has none
        await pilot.press("right_square_bracket")
        assert status(app).endswith("· Haider al-Abadi · urged")
        await pilot.press("left_square_bracket")
        assert status(app) == f"claim 1/{len(nav.claims)} · AFP · reports · verdict: False"
        # c again edits the same verdict
        await pilot.press("c")
        assert app.screen.query_one("#verdict-note").value == "fell a week later"
        await pilot.press("2", "ctrl+s")
        await settled(pilot)
        [edited] = saved()
        assert (edited.anchor.id, edited.rating) == (verdict.anchor.id, "mostly true")


async def test_a_saved_verdict_is_shown_when_the_article_is_opened_again() -> None:
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "c", "5", "ctrl+s")
        await settled(pilot)
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await analysed(pilot)
        await settled(pilot)
        assert any(r.startswith("[Unverifiable] ○ reports") for r in claim_rows(app))


async def test_a_claim_reached_before_its_verdict_is_read_says_it_once_read(monkeypatch) -> None:
    """The reviews are read after the first frame: with a cached analysis shown at once and
    ] pressed at once, claim 1 was said without its verdict, and stayed so."""
    from tui.screens import reader_reviews

    monkeypatch.setenv("NO_COLOR", "1")
    n = len(Navigator(frozen_seed_analysis()).claims)
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "c", "4", "ctrl+s")
        await settled(pilot)
    reading = held(monkeypatch, reader_reviews, "reviews_for_article")
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.screen.show_analysis(replace(frozen_seed_analysis(), article=app.screen.article))
        await pilot.press("right_square_bracket")
        assert status(app) == f"claim 1/{n} · AFP · reports"
        reading.set()
        await settled(pilot)
        assert status(app) == f"claim 1/{n} · AFP · reports · verdict: False"
        await pilot.press("right_square_bracket", "left_square_bracket")
        assert status(app) == f"claim 1/{n} · AFP · reports · verdict: False"


async def test_escape_and_bad_evidence_save_nothing() -> None:
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "c", "escape")
        assert status(app) == "no verdict given (escape)"
        await pilot.press("c", "4", "tab", "tab", *"not-a-url", "enter")
        assert isinstance(app.screen, VerdictDialog)
        assert "not a web address: not-a-url" in str(app.screen.query_one(".review-error").render())
        await pilot.press("escape")
        await settled(pilot)
        assert saved() == []


def test_parse_evidence() -> None:
    assert parse_evidence(" https://a.org/x, http://b.org  https://a.org/x ") == ["https://a.org/x", "http://b.org"]
    for bad in ("ftp://a.org", "https://", "javascript:alert(1)"):
        with pytest.raises(ValueError, match="not a web address"):
            parse_evidence(bad)


async def test_unreviewed_only_filters_the_pane_and_skips_reviewed_claims() -> None:
    nav = Navigator(frozen_seed_analysis())
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket", "c", "1", "ctrl+s")
        await settled(pilot)
        await pilot.press("g", "R")
        assert status(app) == "unreviewed claims only: ] and [ skip the others (R: all claims)"
        tabs = app.screen.query_one("TabbedContent")
        assert tabs.active == "claims-pane"
        assert tabs.get_tab("claims-pane").label.plain == f"Claims {len(nav.claims) - 1}/{len(nav.claims)}"
        assert not any("[True]" in r for r in claim_rows(app))
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert status(app).startswith(f"claim 3/{len(nav.claims)} ·")  # claim 2 has a verdict
        await pilot.press("left_square_bracket")
        assert status(app).startswith(f"claim 1/{len(nav.claims)} ·")
        await pilot.press("R")
        assert any(r.startswith("[True]") for r in claim_rows(app))


async def test_R_from_another_pane_takes_the_keys_to_the_claims() -> None:
    """R with the keys in the Events pane: the Claims pane is shown and has them (the Events
    pane, hidden, left them nowhere: j and k did nothing); from the article they stay there."""
    async with showing(crowded(3)) as (app, pilot):
        screen = app.screen
        await pilot.press("tab", "R")
        await pilot.pause()
        claims = screen.query_one("#claims")
        assert app.focused is claims
        before = claims.highlighted
        await pilot.press("j")
        assert claims.highlighted != before
        await pilot.press("tab", "R")
        assert app.focused is screen.view


async def test_C_sets_the_source_of_a_pronoun_claim_and_it_shows_as_corrected() -> None:
    nav = Navigator(frozen_seed_analysis())
    index = next(i for i, c in enumerate(nav.claims) if c.content.text.startswith(PRONOUN_CLAIM))
    haimour = next(e for e in nav.entities.values() if e.name == "Muhannad Haimour")
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        screen.go(nav.claim(index))
        await pilot.press("C")
        dialog = app.screen
        assert isinstance(dialog, CorrectionDialog)
        assert dialog.fixes == ["source", "drop_claim"]
        dialog.query_one("Select").value = haimour.id
        await pilot.press("ctrl+s")
        await settled(pilot)
        [fix] = saved()
        assert isinstance(fix, Correction) and fix.fix == "source" and fix.target.exact == "Muhannad Haimour"
        assert status(app) == "correction saved: source → Muhannad Haimour"
        claim = next(c for c in screen.analysis.claims if c.content.text.startswith(PRONOUN_CLAIM))
        assert screen.nav.ref_name(claim.source) == "he → Muhannad Haimour"
        assert any("[corrected]" in r for r in claim_rows(app))
        screen.go(screen.nav.claim(index))
        assert status(app).endswith("· he → Muhannad Haimour · said · corrected")


async def test_C_drops_an_event() -> None:
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        before = len(screen.analysis.events)
        await pilot.press("right_curly_bracket", "C")
        assert app.screen.fixes == ["drop_event"]
        await pilot.press("ctrl+s")
        await settled(pilot)
        assert len(screen.analysis.events) == before - 1
        assert status(app).startswith("correction saved: event dropped")
        await pilot.press("right_curly_bracket")
        assert status(app).startswith("event ") and f"/{len(screen.nav.events)} · " in status(app)  # as listed


async def test_C_drops_a_claim_and_the_keys_count_without_it() -> None:
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        total = len(screen.nav.claims)
        await pilot.press("right_square_bracket", "right_square_bracket", "C", "down", "space", "ctrl+s")
        await settled(pilot)
        assert status(app) == "correction saved: claim dropped"
        assert len(screen.nav.claims) == total - 1
        assert not any("government forces to hold fast" in c.content.text for c in screen.nav.claims)
        await pilot.press("right_square_bracket")
        assert status(app).startswith(f"claim 2/{total - 1} · Haider al-Abadi · saying")


async def test_y_copies_the_claim_with_attribution_and_url(monkeypatch) -> None:
    article = replace(seed_article(), url="https://example.org/ramadi")
    copied: list[str] = []
    app = reader_app(article)
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
    async with app.run_test(size=(120, 40)) as pilot:
        await analysed(pilot, article)
        await pilot.press("right_square_bracket", "right_square_bracket", "y")
        claim = Navigator(frozen_seed_analysis()).claims[1]
        assert copied == [f"“{claim.content.text}” — Haider al-Abadi, via Reuters, https://example.org/ramadi"]
        assert status(app).startswith("copied: “government forces to hold fast")


async def test_o_opens_the_url_and_says_so(monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    article = replace(seed_article(), url="https://example.org/ramadi")
    app = reader_app(article)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("o")
        await settled(pilot)
        assert opened == ["https://example.org/ramadi"]
        assert status(app) == "opened https://example.org/ramadi in the web browser"
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("o")
        assert status(app) == "this article has no URL to open (it was read from a file or stdin)"


async def test_o_still_moves_the_other_end_of_a_selection(monkeypatch) -> None:
    monkeypatch.setattr("webbrowser.open", lambda url: pytest.fail("opened a browser"))
    app = reader_app(replace(seed_article(), url="https://example.org/ramadi"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("v", "w", "o")
        assert app.screen.view.selected_span is not None


async def test_C_on_a_name_merges_its_entity_into_another_marked_corrected() -> None:
    nav = Navigator(frozen_seed_analysis())
    unesco = next(e for e in nav.entities.values() if e.name == "UNESCO")
    observatory = next(e for e in nav.entities.values() if e.name == "Syrian Observatory for Human Rights")
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        screen.go(nav.mention(unesco.id, 0))
        await pilot.press("C")
        dialog = app.screen
        assert dialog.fixes == ["merge", "split"]
        assert unesco.id not in [eid for eid, _ in dialog.entities]
        dialog.query_one("Select").value = observatory.id
        await pilot.press("ctrl+s")
        await settled(pilot)
        assert status(app) == "correction saved: “UNESCO” merged into “Syrian Observatory for Human Rights”"
        assert unesco.id not in screen.nav.entities
        pane = app.screen.query_one(AnalysisSidebar).pane("entities")
        rows = [pane.get_option_at_index(i).prompt.plain for i in range(pane.option_count)]
        assert any(r.startswith("Syrian Observatory for Human Rights") and "[corrected]" in r for r in rows)
