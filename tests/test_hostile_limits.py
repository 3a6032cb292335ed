"""Issue 14, items 14, 17 and 18: one deadline for a whole HTTP exchange, a size cap on local
feed files, and no redirect from a public host to a local or private address."""

from __future__ import annotations

import ipaddress
import threading
import time
from pathlib import Path

import pytest
from web_server import WebServer, web  # noqa: F401 (web is a fixture)

from tui.cli import main
from tui.errors import NewsreadError
from tui.ingest import MAX_BYTES, http
from tui.ingest.feeds import load_feed
from tui.ingest.web import load_url
from tui.store.database import Store


def test_a_server_dripping_its_headers_is_cut_off_at_the_one_deadline(
        web: WebServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Each header byte comes well inside a read timeout, so only a deadline for the whole
    exchange stops it; the server is still dripping when newsread gives up."""
    finished = threading.Event()

    def drip(h) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"x" * 200 + b"\r\n"
        try:
            for byte in head:
                h.wfile.write(bytes([byte]))
                h.wfile.flush()
                time.sleep(0.05)  # 0.05 s a byte: about 12 s in all, never 0.5 s without one
        except OSError:
            return
        finished.set()

    web.routes["/drip"] = drip
    monkeypatch.setenv("NEWSREAD_HTTP_TIMEOUT", "0.5")
    url = web.url("/drip")
    assert main(["analyze", url]) == 2
    assert capsys.readouterr().err == f"newsread: {url}: timed out after 0.5 s\n"
    assert not finished.is_set()


def test_a_local_feed_file_has_the_article_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tui import ingest

    monkeypatch.setattr(ingest, "MAX_BYTES", 1000)
    path = tmp_path / "big.xml"
    path.write_text("<rss><channel><title>Big</title>" + "<item><title>x</title></item>" * 100
                    + "</channel></rss>", encoding="utf-8")
    with pytest.raises(NewsreadError, match=r"big.xml: larger than 0 MiB, too large"):
        load_feed(str(path))
    assert MAX_BYTES == 64 * 2**20


@pytest.fixture
def public_localhost(monkeypatch: pytest.MonkeyPatch) -> None:
    """``localhost`` passes for a public host (93.184.216.34) in the redirect guard's eyes,
    while the connection still goes to the test server on 127.0.0.1."""
    real = http.addresses

    def addresses(host: str):
        return [ipaddress.ip_address("93.184.216.34")] if host == "localhost" else real(host)

    monkeypatch.setattr(http, "addresses", addresses)


@pytest.mark.parametrize(("target", "host"), [
    ("http://127.0.0.1:{port}/article.html", "127.0.0.1"),
    ("http://[::1]:{port}/", "::1"),
    ("http://10.0.0.7/", "10.0.0.7"),
    ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
    ("http://192.168.1.1/", "192.168.1.1"),
])
def test_a_public_host_may_not_redirect_to_a_local_or_private_address(
        target: str, host: str, web: WebServer, public_localhost: None) -> None:
    port = web.server.server_address[1]
    web.routes["/away"] = _redirect(target.format(port=port))
    url = f"http://localhost:{port}/away"
    with pytest.raises(NewsreadError) as err:
        load_url(url)
    assert str(err.value) == (f"{url}: refused a redirect from a public host to {host}, "
                              "a local or private address")
    assert [p for p, _ in web.requests] == ["/away"]  # the local address was never asked
    with Store.open() as store:
        assert store.list_articles() == []


def test_a_local_host_may_redirect_locally_and_a_public_one_publicly(
        web: WebServer, public_localhost: None) -> None:
    port = web.server.server_address[1]
    web.routes["/away"] = _redirect(f"http://localhost:{port}/article.html")
    assert load_url(f"http://localhost:{port}/away").title  # public to public: followed
    assert load_url(web.url("/hop1")).title  # 127.0.0.1 to itself: a local page, followed


def _redirect(to: str):
    def handle(h) -> None:
        h.send_response(302)
        h.send_header("Location", to)
        h.send_header("Content-Length", "0")
        h.end_headers()

    return handle


@pytest.mark.parametrize("short", [0, 24])
def test_an_understated_content_length_is_told(short: int, web: WebServer) -> None:
    body = (b"<html><head><title>Quay</title></head><body><article><p>The harbour reopened on "
            b"Friday after the storm, the port authority said in a statement.</p></article></body></html>")
    declared = len(body) - short

    def understated(h) -> None:
        h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                      + f"Content-Length: {declared}\r\nConnection: close\r\n\r\n".encode() + body)
        h.wfile.flush()
        h.close_connection = True

    web.routes["/short"] = understated
    url = web.url("/short")
    article = load_url(url)
    assert "The harbour reopened on Friday" in article.text
    if short:  # the last 24 bytes (the closing tags) were cut: said, not silent
        assert article.notice == (f"{url}: the server sent more than the {declared} bytes its "
                                  "Content-Length announced; the page may be cut short")
    else:
        assert article.notice is None


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_a_feed_of_thousands_of_entries_lists_its_first_ones_and_says_so(kind: str, tmp_path: Path) -> None:
    from tui.ingest.feeds import MAX_ENTRIES

    n = 3 * MAX_ENTRIES
    if kind == "rss":
        body = "".join(f"<item><title>Tide table {i}</title><guid>t{i}</guid></item>" for i in range(n))
        text = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Tides</title>{body}</channel></rss>'
    else:
        body = "".join(f"<entry><title>Tide table {i}</title><id>t{i}</id></entry>" for i in range(n))
        text = f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Tides</title>{body}</feed>'
    path = tmp_path / "tides.xml"
    path.write_text(text, encoding="utf-8")
    feed = load_feed(str(path))
    assert [e.title for e in feed.entries] == [f"Tide table {i}" for i in range(MAX_ENTRIES)]
    assert feed.warning == f"a long feed: showing its first {MAX_ENTRIES} of {n} entries"
    assert feed.title == "Tides"
