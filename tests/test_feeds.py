"""Feeds: RSS and Atom from a local server or a file, read state, the feed screen (Pilot)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Label
from web_server import (  # noqa: F401 (web is a fixture)
    ARTICLE_TITLE,
    ERROR_ROUTES,
    FULL_SENTENCE,
    FULL_TITLE,
    SECOND_TITLE,
    WebServer,
    atom_feed,
    web,
)

from tui.app import NewsreadApp
from tui.config import Config
from tui.errors import NewsreadError
from tui.ingest.feeds import Feed, load_feed
from tui.ingest.sniff import is_feed_file, looks_like_feed
from tui.reading import entry_article, open_input
from tui.screens.feed import FeedScreen
from tui.screens.reader import ReaderScreen
from tui.store.database import Store

pytestmark = pytest.mark.anyio

def rows(feed: Feed) -> list[tuple[str, str | None, str | None, bool]]:
    return [(e.title, e.source, e.published, e.read) for e in feed.entries]


def test_atom_feed_lists_its_entries(web: WebServer) -> None:
    feed = load_feed(web.url("/atom.xml"))
    assert (feed.title, feed.input, feed.warning) == ("The Coastal Courier", web.url("/atom.xml"), None)
    assert rows(feed) == [
        (ARTICLE_TITLE, "The Coastal Courier", "2026-03-14T09:30:00Z", False),
        (FULL_TITLE, "The Coastal Courier", "2026-03-13T12:00:00Z", False),
        (SECOND_TITLE, "The Coastal Courier", "2026-03-12T07:15:00Z", False),
    ]
    seawall, lighthouse, ferry = feed.entries
    assert seawall.link == web.url("/article.html")
    assert seawall.summary == "The council voted to rebuild the wall broken by the storms."
    assert (seawall.content, ferry.content) == (None, None)
    assert lighthouse.content.startswith(f"<p>{FULL_SENTENCE} at the town museum")


def test_rss_feed_and_its_full_text(web: WebServer) -> None:
    feed = load_feed(web.url("/rss.xml"))
    assert feed.title == "Island Wire"
    assert [(e.id, e.title, e.published) for e in feed.entries] == [
        (web.url("/ferry.html"), SECOND_TITLE, "2026-03-12T07:15:00Z"),
        (web.url("/lighthouse-1"), FULL_TITLE, "2026-03-13T12:00:00Z"),
    ]
    assert feed.entries[1].content == f"<p>{FULL_SENTENCE} at the town museum on Friday.</p>"


def test_a_feed_served_as_plain_xml_is_recognised_by_its_body(web: WebServer) -> None:
    feed = open_input(web.url("/feed-as-xml"))
    assert isinstance(feed, Feed) and feed.title == "Island Wire"


def test_a_malformed_feed_shows_what_could_be_read_with_a_warning(web: WebServer) -> None:
    feed = load_feed(web.url("/broken.xml"))
    assert feed.title == "Broken Wire"
    assert feed.warning == ("malformed feed (line 5: not well-formed (invalid token)); "
                            "showing the 2 entries that could be read")
    assert feed.entries[0].title == SECOND_TITLE
    assert feed.entries[0].link == web.url("/ferry.html")


@pytest.mark.parametrize(("body", "feed"), [
    (b'<?xml version="1.0"?>\n<!-- note -->\n<?xml-stylesheet href="s.xsl"?>\n<rss version="2.0">', True),
    (b'\xef\xbb\xbf<feed xmlns="http://www.w3.org/2005/Atom">', True),
    (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', True),
    (b"<!DOCTYPE html><html><body><rss>", False),
    (b"<feedback>a form</feedback>", False),
    (b"Plain text that mentions <rss in passing", False),
])
def test_a_feed_is_known_by_its_first_element(body: bytes, feed: bool) -> None:
    assert looks_like_feed(body) is feed


def test_a_feed_file(tmp_path: Path) -> None:
    path = tmp_path / "courier.atom"
    path.write_text(atom_feed("https://courier.example"), encoding="utf-8")
    assert is_feed_file(str(path))
    feed = open_input(str(path))
    assert isinstance(feed, Feed)
    assert feed.input == str(path.resolve())
    assert [e.link for e in feed.entries] == [
        "https://courier.example/article.html", "https://courier.example/lighthouse.html",
        "https://courier.example/ferry.html",
    ]
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    assert not is_feed_file(str(page))


def test_not_a_feed(tmp_path: Path, web: WebServer) -> None:
    with pytest.raises(NewsreadError) as err:
        load_feed(web.url("/article.html"))
    assert str(err.value) == f"{web.url('/article.html')}: not a feed (text/html)"
    junk = tmp_path / "junk.rss"
    junk.write_bytes(b"<rss <<<")
    with pytest.raises(NewsreadError) as err:
        load_feed(str(junk))
    assert str(err.value).startswith(f"{junk.resolve()}: not a readable feed (")


def test_an_entry_with_full_text_opens_without_fetching_its_page(web: WebServer) -> None:
    feed = load_feed(web.url("/atom.xml"))
    article = entry_article(feed.entries[1])
    assert article.title == FULL_TITLE
    assert article.text.startswith(f"{FULL_TITLE}\n\n{FULL_SENTENCE} at the town museum on Friday")
    assert article.text.endswith("every ship that passed the rock in the winter of 1952.")
    assert article.published == "2026-03-13T12:00:00Z"  # the feed's own date, as it gives it
    assert "/lighthouse.html" not in [path for path, _ in web.requests]
    assert feed.entries[1].read


def test_an_entry_without_text_opens_its_page_and_stays_read(web: WebServer) -> None:
    url = web.url("/atom.xml")
    article = entry_article(load_feed(url).entries[0])
    assert article.title == ARTICLE_TITLE and article.input == web.url("/article.html")
    assert [e.read for e in open_input(url).entries] == [True, False, False]
    with Store.open() as store:
        assert [e.title for e in store.list_articles()] == [ARTICLE_TITLE]


# --- the feed screen --------------------------------------------------------------------

def cells(app: NewsreadApp) -> list[list[str]]:
    table = app.screen.query_one(DataTable)
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


def errors(app: NewsreadApp) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "error"]


async def test_the_feed_screen_lists_entries_and_enter_opens_one(web: WebServer) -> None:
    app = NewsreadApp(load_feed(web.url("/atom.xml")), Config())
    async with app.run_test(size=(100, 30)) as pilot:
        assert cells(app) == [
            ["●", ARTICLE_TITLE, "The Coastal Courier", "2026-03-14"],
            ["●", FULL_TITLE, "The Coastal Courier", "2026-03-13"],
            ["●", SECOND_TITLE, "The Coastal Courier", "2026-03-12"],
        ]
        assert str(app.screen.query_one("#list-status", Label).content) == "3 entries, 3 unread"
        summary = app.screen.query_one("#feed-summary", Label)
        assert str(summary.content) == "The council voted to rebuild the wall broken by the storms."
        await pilot.press("down", "down")
        assert str(summary.content) == "Four crossings a day from November."
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.title == SECOND_TITLE
        await pilot.press("q")
        assert isinstance(app.screen, FeedScreen)
        assert [row[0] for row in cells(app)] == ["●", "●", ""]
        assert str(app.screen.query_one("#list-status", Label).content) == "3 entries, 2 unread"


async def test_a_malformed_feed_shows_its_warning(web: WebServer) -> None:
    feed = load_feed(web.url("/broken.xml"))
    app = NewsreadApp(feed, Config())
    async with app.run_test(size=(100, 30)):
        warning = app.screen.query_one("#feed-warning", Label)
        assert warning.display and str(warning.content) == f"⚠ {feed.warning}"
        assert [n.message for n in app._notifications] == [feed.warning]


async def test_failing_entries_notify_and_lose_nothing(
    web: WebServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSREAD_HTTP_TIMEOUT", "0.5")
    monkeypatch.setenv("NEWSREAD_HTTP_MAX_BYTES", "50000")
    entry_article(load_feed(web.url("/atom.xml")).entries[1])  # one article in the library
    app = NewsreadApp(load_feed(web.url("/errors.xml")), Config())
    async with app.run_test(size=(100, 30)) as pilot:
        for row in range(len(ERROR_ROUTES)):
            app.screen.query_one(DataTable).move_cursor(row=row)
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert isinstance(app.screen, FeedScreen)
        assert [row[0] for row in cells(app)] == ["●"] * len(ERROR_ROUTES)
        base = web.base
        assert errors(app) == [
            f"{base}/nothere.html: HTTP 404 Not Found",
            f"{base}/report.pdf: not an HTML page (application/pdf)",
            f"{base}/slow.html: timed out after 0.5 s",
            f"{base}/broken.html: connection broken (peer closed connection without sending "
            "complete message body (received 49 bytes, expected 20000))",
            f"{base}/huge.html: response too large (over 49 KB)",
            f"{base}/loop: too many redirects (more than 5)",
        ]
    with Store.open() as store:
        assert [e.title for e in store.list_articles()] == [FULL_TITLE]


def test_a_broken_library_does_not_stop_the_reading(web: WebServer) -> None:
    from tui.paths import database_path

    db = database_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(b"not a database at all")
    feed = load_feed(web.url("/atom.xml"))
    assert [e.read for e in feed.entries] == [False, False, False]
    article = entry_article(feed.entries[0])
    assert article.title == ARTICLE_TITLE
    assert article.notice == f"not saved to the library: {db}: not an SQLite database (corrupt?); left untouched"
    assert db.read_bytes() == b"not a database at all"


async def test_a_feed_of_one_entry_says_entry(web: WebServer) -> None:
    feed = load_feed(web.url("/atom.xml"))
    feed.entries = feed.entries[:1]
    app = NewsreadApp(feed, Config())
    async with app.run_test(size=(100, 30)):
        assert str(app.screen.query_one("#list-status", Label).content) == "1 entry, 1 unread"
