"""Articles from the web: fetched from a real server on 127.0.0.1, kept, reopened offline.

The error cases run the real ``newsread`` command: each must print exactly one line on
stderr and exit 2, and must leave the library as it was.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from web_server import (  # noqa: F401 (web is a fixture)
    ARTICLE_FIRST, ARTICLE_TITLE, FULL_SENTENCE, FULL_TITLE, SECOND_TITLE, WebServer, rss_feed, web,
)

from tui.cli import main
from tui.errors import NewsreadError
from tui.ingest.http import USER_AGENT, Limits
from tui.ingest.web import FeedFound
from tui.model import Article
from tui.reading import load_article, open_input
from tui.store.anchoring import annotation_on
from tui.store.database import Store

BOILERPLATE = ("Weather desk", "Subscribe today", "Most read", "Copyright", "Privacy policy",
               "Cookie settings", "Lifeboat crew")
SMALL = {"NEWSREAD_HTTP_TIMEOUT": "0.5", "NEWSREAD_HTTP_MAX_BYTES": "50000"}


def newsread(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args], capture_output=True, text=True, timeout=120,
        env={**os.environ, **SMALL},
    )


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in SMALL.items():
        monkeypatch.setenv(name, value)


def library_ids() -> list[str]:
    with Store.open() as store:
        return [e.id for e in store.list_articles()]


@pytest.mark.slow
def test_analyze_url_gives_the_article_without_the_page_around_it(web: WebServer) -> None:
    url = web.url("/article.html")
    done = newsread("analyze", url, "--format", "json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    article = out["article"]
    assert out["input"] == url
    assert article["title"] == ARTICLE_TITLE
    assert article["source"] == "The Coastal Courier"
    assert article["text"].startswith(f"{ARTICLE_TITLE}\n\n{ARTICLE_FIRST} that the February")
    assert article["text"].endswith("keep the slipway open while the builders are at work.")
    for words in BOILERPLATE:
        assert words not in article["text"]
    # the page is in the library now: with the server gone the same command still answers
    web.stop()
    again = newsread("analyze", url, "--format", "json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["article"] == article


def test_fetch_identifies_itself_and_follows_redirects(web: WebServer) -> None:
    article = load_article(web.url("/hop1"))
    assert article.title == ARTICLE_TITLE
    assert article.url == web.url("/article.html")
    assert article.input == web.url("/hop1")
    assert [path for path, _ in web.requests] == ["/hop1", "/hop2", "/hop3", "/article.html"]
    assert {h["User-Agent"] for _, h in web.requests} == {USER_AGENT}
    assert USER_AGENT.startswith("newsread/") and USER_AGENT.endswith(" (+terminal news reader)")


def test_a_page_reopens_offline_from_the_library_with_its_annotations(web: WebServer) -> None:
    url = web.url("/article.html")
    article = load_article(url)
    assert article.notice is None
    start = article.text.index("Ada Penrose")
    with Store.open() as store:
        store.add_annotation(annotation_on(article, start, start + len("Ada Penrose"),
                                           note="chairs the harbour committee?"))
    web.stop()

    again = open_input(url)
    assert again.id == article.id and again.text == article.text
    assert again.notice == (f"{url}: cannot reach host ([Errno 111] Connection refused); "
                            "showing the copy saved in the library")
    with Store.open() as store:
        notes = store.annotations_for_article(again)
        entries = store.list_articles()
    assert [(n.exact, n.note, n.start) for n in notes] == [
        ("Ada Penrose", "chairs the harbour committee?", start)]
    assert [(e.title, e.input, e.annotation_count) for e in entries] == [(ARTICLE_TITLE, url, 1)]


def test_a_failing_server_also_falls_back_but_a_missing_page_does_not(web: WebServer) -> None:
    article = load_article(web.url("/article.html"))
    with Store.open() as store:
        for path in ("/down.html", "/nothere.html"):
            store.save_article(Article(text=f"{article.text}\n\n{path}", input=web.url(path)))
    saved = load_article(web.url("/down.html"))
    assert saved.notice == (f"{web.url('/down.html')}: HTTP 503 Service Unavailable; "
                            "showing the copy saved in the library")
    with pytest.raises(NewsreadError) as err:
        load_article(web.url("/nothere.html"))
    assert str(err.value) == f"{web.url('/nothere.html')}: HTTP 404 Not Found"


@pytest.mark.anyio
async def test_the_app_says_when_it_shows_the_saved_copy(web: WebServer) -> None:
    from tui.app import NewsreadApp
    from tui.config import Config
    from tui.screens.reader import ReaderScreen

    url = web.url("/article.html")
    load_article(url)
    web.stop()
    saved = open_input(url)
    app = NewsreadApp(saved, Config())
    async with app.run_test(size=(100, 30)):
        assert isinstance(app.screen, ReaderScreen) and app.screen.article.id == saved.id
        assert [(n.message, n.severity) for n in app._notifications] == [(saved.notice, "warning")]


@pytest.mark.anyio
async def test_offline_the_library_screen_reopens_the_page(web: WebServer) -> None:
    from textual.widgets import DataTable

    from tui.app import NewsreadApp
    from tui.config import Config
    from tui.screens.reader import ReaderScreen

    article = load_article(web.url("/article.html"))
    start = article.text.index("Tregarth Civil")
    with Store.open() as store:
        store.add_annotation(annotation_on(article, start, start + 14, note="which firm?"))
    web.stop()
    app = NewsreadApp(None, Config())
    async with app.run_test(size=(140, 30)) as pilot:  # wide enough for the whole title
        table = app.screen.query_one(DataTable)
        row = [str(cell) for cell in table.get_row_at(0)]
        assert (row[0], row[2], row[4]) == (ARTICLE_TITLE, "2026-03-14", "1")
        assert "The Coastal Courier".startswith(row[1].rstrip("…"))  # the column may clip it
        await pilot.press("enter")
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.text == article.text
    with Store.open() as store:
        assert [(n.exact, n.note) for n in store.annotations_for_article(article)] == [
            ("Tregarth Civil", "which firm?")]


def test_unreachable_without_a_saved_copy_is_an_error(web: WebServer) -> None:
    url = web.url("/article.html")
    web.stop()
    with pytest.raises(NewsreadError) as err:
        load_article(url)
    assert str(err.value) == f"{url}: cannot reach host ([Errno 111] Connection refused)"


def test_a_feed_url_is_not_an_article(web: WebServer) -> None:
    url = web.url("/atom.xml")
    with pytest.raises(FeedFound) as err:
        load_article(url)
    assert str(err.value) == f"{url}: a feed, not an article (open it with `newsread {url}`)"
    assert err.value.page.content_type == "application/atom+xml"


def test_limits_come_from_the_environment(small_limits: None) -> None:
    assert Limits.from_env() == Limits(timeout=0.5, max_bytes=50000, max_redirects=5)


def test_the_environment_only_narrows_the_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """README: the variables narrow the limits; a larger value keeps the default."""
    monkeypatch.setenv("NEWSREAD_HTTP_TIMEOUT", "3600")
    monkeypatch.setenv("NEWSREAD_HTTP_MAX_BYTES", str(2**40))
    assert Limits.from_env() == Limits()


@pytest.mark.parametrize("name, value", [("NEWSREAD_HTTP_TIMEOUT", "-1"), ("NEWSREAD_HTTP_TIMEOUT", "nan"),
                                         ("NEWSREAD_HTTP_MAX_BYTES", "0")])
def test_a_limit_that_is_not_positive_is_one_line(name: str, value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(NewsreadError) as err:
        Limits.from_env()
    assert str(err.value) == f"{name}: {value!r} is not a positive number"


ERRORS = [
    ("/nothere.html", "HTTP 404 Not Found"),
    ("/report.pdf", "not an HTML page (application/pdf)"),
    ("/data.json", "not an HTML page (application/json)"),
    ("/slow.html", "timed out after 0.5 s"),
    ("/broken.html", "connection broken (peer closed connection without sending complete "
                     "message body (received 49 bytes, expected 20000))"),
    ("/huge.html", "response too large (over 49 KB)"),
    ("/loop", "too many redirects (more than 5)"),
]


@pytest.mark.parametrize(("path", "message"), ERRORS, ids=[p for p, _ in ERRORS])
def test_each_failure_is_one_line_and_status_2(
    web: WebServer, small_limits: None, capsys: pytest.CaptureFixture[str], path: str, message: str
) -> None:
    load_article(web.url("/article.html"))
    before = library_ids()
    url = web.url(path)
    assert main([url]) == 2
    assert capsys.readouterr() == ("", f"newsread: {url}: {message}\n")
    assert library_ids() == before


def test_the_command_tells_each_failure_in_one_line(web: WebServer) -> None:
    """The real command, all failures in one run: one line each, status 2, no traceback."""
    urls = [web.url(path) for path, _ in ERRORS]
    done = newsread("analyze", *urls)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.splitlines() == [
        f"newsread: {url}: {message}" for url, (_, message) in zip(urls, ERRORS)]


@pytest.mark.slow
def test_analyze_gives_one_analysis_per_feed_entry_by_url_and_by_file(web: WebServer, tmp_path: Path) -> None:
    """A feed is analysed entry by entry, in feed order, from what the feed carries (its
    full text, else its summary), each with the entry's title, link and date; the same for
    the feed as a file, where the raw XML used to be analysed as text."""
    url = web.url("/rss.xml")
    saved = tmp_path / "wire.xml"
    saved.write_text(rss_feed(web.url("")), encoding="utf-8")
    for arg in (url, str(saved)):
        done = newsread("analyze", arg, "--format", "jsonl")
        assert done.returncode == 0, done.stderr
        rows = [json.loads(line)["article"] for line in done.stdout.splitlines()]
        assert [(r["title"], r["url"], r["published"]) for r in rows] == [
            (SECOND_TITLE, web.url("/ferry.html"), "2026-03-12T07:15:00Z"),
            (FULL_TITLE, web.url("/lighthouse.html"), "2026-03-13T12:00:00Z"),
        ]
        assert rows[0]["text"] == f"{SECOND_TITLE}\n\nFour crossings a day from November."
        assert rows[1]["text"].startswith(f"{FULL_TITLE}\n\n{FULL_SENTENCE} at the town museum")
        assert not any("<?xml" in r["text"] for r in rows)
    first = newsread("analyze", str(saved), "--entries", "1", "--format", "jsonl")
    assert [json.loads(line)["article"]["title"] for line in first.stdout.splitlines()] == [SECOND_TITLE]
    bad = newsread("analyze", str(saved), "--entries", "0")
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr == ("newsread analyze: argument --entries: '0' is not a whole number of at least 1"
                          " (see newsread analyze --help)\n")


def test_unreachable_host_from_the_command_line(web: WebServer) -> None:
    url = web.url("/ferry.html")
    web.stop()
    done = newsread("analyze", url)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"newsread: {url}: cannot reach host ([Errno 111] Connection refused)\n"
