"""The library: ``newsread library --list`` and the library screen (Pilot)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Button, DataTable, Input, Label

from tui.app import NewsreadApp
from tui.cli import main
from tui.config import Config
from tui.ingest import load
from tui.model import Article
from tui.screens.library import KEEP_NOTES, WITH_NOTES, LibraryScreen, RemoveDialog
from tui.screens.reader import ReaderScreen
from tui.store.anchoring import annotation_on
from tui.store.database import Store

pytestmark = pytest.mark.anyio

TIDES = "Spring tides flood the causeway twice"
MARKET = "The fish market moves to the quay"


@pytest.fixture
def library(tmp_path: Path) -> dict[str, Article]:
    """Two articles read before, the first with a note; the second was read last."""
    tides_path = tmp_path / "tides.md"
    tides_path.write_text(
        f"---\ntitle: {TIDES}\nsource: Harbour Gazette\npublished: 2026-02-01\n---\n\n"
        "The causeway to the island was under water on Sunday morning, the harbour master said.\n",
        encoding="utf-8")
    market_path = tmp_path / "market.txt"
    market_path.write_text(f"{MARKET}\n\nStalls will open at the quay from April.\n",
                           encoding="utf-8")
    tides, market = load(str(tides_path)), load(str(market_path))
    with Store.open() as store:
        store.save_article(tides)
        start = tides.text.index("harbour master")
        store.add_annotation(annotation_on(tides, start, start + len("harbour master"),
                                           note="ask for the tide tables"))
        store.save_article(market)
    return {"tides": tides, "market": market}


def test_list_as_json(library: dict[str, Article], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["library", "--list", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [(e["title"], e["source"], e["published"], e["annotations"]) for e in out] == [
        (MARKET, None, None, 0),
        (TIDES, "Harbour Gazette", "2026-02-01", 1),
    ]
    assert out[1]["id"] == library["tides"].id and out[1]["input"] == library["tides"].input


def test_list_as_a_table_filtered_by_a_note(library: dict[str, Article],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["library", "--list", "--filter", "TIDE TABLES"]) == 0
    with Store.open() as store:
        read = next(e.last_read[:10] for e in store.list_articles() if e.title == TIDES)
    assert capsys.readouterr().out.splitlines() == [
        f"{'title':<48}  {'source':<20}  published   last_read   notes",
        f"{TIDES:<48}  {'Harbour Gazette':<20}  2026-02-01  {read}  1",
    ]


def test_an_empty_library(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["library", "--list", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def titles(app: NewsreadApp) -> list[str]:
    table = app.screen.query_one(DataTable)
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


async def test_the_library_screen_lists_filters_and_opens(library: dict[str, Article]) -> None:
    app = NewsreadApp(None, Config())  # what `newsread library` opens
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, LibraryScreen)
        table = app.screen.query_one(DataTable)
        assert [[str(c) for c in table.get_row_at(i)][:3] + [str(table.get_row_at(i)[4])]
                for i in range(2)] == [
            [MARKET, "", "", ""],
            [TIDES, "Harbour Gazette", "2026-02-01", "1"],
        ]
        await pilot.press("slash", *"tide tables")
        assert app.screen.query_one(Input).value == "tide tables"
        assert titles(app) == [TIDES]
        assert str(app.screen.query_one("#list-status", Label).content) == \
            "1 article matching “tide tables” · by last read · Enter opens · s sorts · / filters"
        await pilot.press("enter", "enter")  # leave the filter, open the row
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.id == library["tides"].id
        await pilot.press("q")
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("escape", "q")
        assert app.return_value == 0


async def test_opening_moves_an_article_to_the_top(library: dict[str, Article]) -> None:
    app = NewsreadApp(None, Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("down", "enter")
        assert app.screen.article.title == TIDES
        await pilot.press("q")
        assert titles(app) == [TIDES, MARKET]


async def test_L_in_the_reader_opens_the_library(library: dict[str, Article]) -> None:
    app = NewsreadApp(library["market"], Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("L")
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("q")
        assert isinstance(app.screen, ReaderScreen)


async def test_removing_keeps_the_notes_unless_asked(library: dict[str, Article]) -> None:
    tides = library["tides"]
    app = NewsreadApp(None, Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("down", "x")
        assert isinstance(app.screen, RemoveDialog)
        await pilot.press("escape")
        assert titles(app) == [MARKET, TIDES]
        await pilot.press("x")
        await pilot.click(f"#{KEEP_NOTES}")
        assert titles(app) == [MARKET]
        with Store.open() as store:
            assert store.get_article(tides.id) is None
            assert [a.note for a in store.all_annotations()] == ["ask for the tide tables"]
            store.save_article(tides)  # read again: its note comes back with it
        app.screen.refresh_entries()
        assert titles(app) == [TIDES, MARKET]
        await pilot.press("x")
        assert "It has 1 note." in [str(w.content) for w in app.screen.query(Label)]
        await pilot.click(f"#{WITH_NOTES}")
        assert titles(app) == [MARKET]
        with Store.open() as store:
            assert store.all_annotations() == []
        await pilot.press("x")  # an article without notes: only one way to remove it
        assert [str(b.label) for b in app.screen.query(Button)] == ["Remove", "Cancel"]
        await pilot.click(f"#{KEEP_NOTES}")
        assert titles(app) == []
        assert str(app.screen.query_one("#list-status", Label).content) == "0 articles"


def test_the_command_opens_the_app_on_the_library(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[NewsreadApp] = []
    monkeypatch.setattr(NewsreadApp, "run", lambda app, **_: started.append(app) or 0)
    monkeypatch.setattr("tui.commands.read.missing_terminal", lambda: None)  # as if in a terminal
    assert main(["library"]) == 0
    assert [(app.article, app.analyse) for app in started] == [(None, True)]
    assert isinstance(started[0].get_default_screen(), LibraryScreen)


async def test_the_command_opens_the_library_filtered(library: dict[str, Article],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """`newsread library --filter TEXT` opened the whole library (the filter was dropped)."""
    started: list[NewsreadApp] = []
    monkeypatch.setattr(NewsreadApp, "run", lambda app, **_: started.append(app) or 0)
    monkeypatch.setattr("tui.commands.read.missing_terminal", lambda: None)  # as if in a terminal
    assert main(["library", "--filter", "tide tables"]) == 0
    async with started[0].run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert started[0].screen.query_one(Input).value == "tide tables"
        assert titles(started[0]) == [TIDES]


def test_the_command_on_a_corrupt_database_is_one_line_before_the_screen(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("NEWSREAD_DATA_DIR", str(tmp_path / "data"))
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "newsread.db").write_bytes(b"not a database at all, " * 100)
    monkeypatch.setattr(NewsreadApp, "run", lambda app, **_: pytest.fail("the app started"))
    monkeypatch.setattr("tui.commands.read.missing_terminal", lambda: None)
    assert main(["library"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"newsread: {tmp_path / 'data' / 'newsread.db'}: ") and err.count("\n") == 1


def test_list_columns_line_up_with_wide_and_combining_characters(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 15.7: a CJK or emoji title is as wide on screen as it is counted."""
    from wcwidth import wcswidth

    with Store.open() as store:
        for title in ("港口委员会推迟渡轮码头投票，居民要求举行第二次听证会并公开所有资料",
                      "Café owners welcome the tram", "⏺️ Live: harbour vote"):
            store.save_article(Article(text=f"{title}\n\nBody.", title=title, source="Gazette"))
    assert main(["library", "--list"]) == 0
    rows = capsys.readouterr().out.splitlines()
    columns = {wcswidth(row[:row.index("Gazette")]) for row in rows[1:]}
    assert columns == {wcswidth(rows[0][:rows[0].index("source")])}


async def test_long_titles_end_in_an_ellipsis_and_s_sorts(library: dict[str, Article], tmp_path: Path) -> None:
    """Titles were cut with no mark ("…city of Ramad"); there was no sorting and no word on Enter."""
    long_title = "A council votes to rebuild the old harbour wall before the winter storms arrive again"
    path = tmp_path / "wall.md"
    path.write_text(f"---\ntitle: {long_title}\npublished: 2025-06-30\n---\n\nThe vote was close.\n",
                    encoding="utf-8")
    with Store.open() as store:
        store.save_article(load(str(path)))
    app = NewsreadApp(None, Config())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = titles(app)
        assert shown[0].endswith("…") and long_title.startswith(shown[0][:-1])
        status = str(app.screen.query_one("#list-status", Label).content)
        assert "by last read" in status and "Enter opens" in status
        await pilot.press("s")
        def starts() -> list[str]:  # titles are cut at 80 columns
            return [t[:10] for t in titles(app)]

        assert starts() == [TIDES[:10], long_title[:10], MARKET[:10]]  # by published, newest first
        assert "by published" in str(app.screen.query_one("#list-status", Label).content)
        await pilot.press("s")
        assert starts() == [long_title[:10], TIDES[:10], MARKET[:10]]  # by title
        await pilot.press("s")
        assert starts()[0] == TIDES[:10]  # by notes, most first
