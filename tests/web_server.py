"""A real HTTP server on 127.0.0.1 for the web, feed and library tests.

Every page and feed here was written for these tests. The server runs in a thread on a free
port; ``WebServer.stop()`` shuts it down so that a test can check what still works offline.
"""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

ARTICLE_TITLE = "Harbour town votes to rebuild its flooded sea wall"
ARTICLE_FIRST = "The council of Porthmoor voted on Tuesday to rebuild the sea wall"

ARTICLE_HTML = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{ARTICLE_TITLE} | The Coastal Courier</title>
  <meta property="og:title" content="{ARTICLE_TITLE}">
  <meta property="og:site_name" content="The Coastal Courier">
  <meta name="author" content="Mara Quill">
  <meta property="article:published_time" content="2026-03-14T09:30:00Z">
</head>
<body>
  <header>
    <nav class="menu">
      <ul>
        <li><a href="/">Home</a></li><li><a href="/weather">Weather desk</a></li>
        <li><a href="/sport">Sport round-up</a></li><li><a href="/subscribe">Subscribe today</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <h1>{ARTICLE_TITLE}</h1>
      <p class="byline">By Mara Quill</p>
      <p>{ARTICLE_FIRST} that the February storms broke in three places, after a debate that
      lasted well past midnight and filled the old market hall with residents.</p>
      <p>"We cannot wait for another winter like the last one," said Ada Penrose, who chairs the
      harbour committee. She said the work would begin in May and finish before October.</p>
      <p>The engineering firm Tregarth Civil estimated the cost at four million pounds, most of
      it to be met by a regional flood fund that the county applied to in January.</p>
      <p>Fishermen who moor their boats behind the wall welcomed the decision, although several
      asked the council to keep the slipway open while the builders are at work.</p>
    </article>
  </main>
  <aside class="related"><h2>Most read</h2><ul><li><a href="/x">Lifeboat crew honoured</a></li></ul></aside>
  <footer>
    <p>Copyright 2026 The Coastal Courier. All rights reserved.</p>
    <p><a href="/privacy">Privacy policy</a> | <a href="/cookies">Cookie settings</a></p>
  </footer>
</body>
</html>
"""

SECOND_TITLE = "Ferry timetable changes for the winter season"
SECOND_HTML = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{SECOND_TITLE}</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{SECOND_TITLE}</h1>
<p>The island ferry will run four crossings a day from November instead of six, the operator
announced on Monday, citing lower passenger numbers after the summer.</p>
<p>Commuters said the earliest crossing, at ten past six, must stay, and the operator agreed to
keep it for at least the first month while it reviews the demand.</p>
</article><footer>Island Ferries Ltd. Terms of carriage.</footer></body></html>
"""

FULL_TITLE = "Lighthouse keeper's diary goes on display"
FULL_SENTENCE = "A diary kept by the last keeper of the Gull Rock light went on display"


def atom_feed(base: str) -> str:
    """Three entries: two that point at pages, one that carries its full text."""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>The Coastal Courier</title>
  <link href="{base}/"/>
  <id>urn:test:courier</id>
  <updated>2026-03-15T08:00:00Z</updated>
  <entry>
    <title>{ARTICLE_TITLE}</title>
    <link href="{base}/article.html"/>
    <id>urn:test:courier:seawall</id>
    <published>2026-03-14T09:30:00Z</published>
    <updated>2026-03-14T09:30:00Z</updated>
    <summary>The council voted to rebuild the wall broken by the storms.</summary>
  </entry>
  <entry>
    <title>{FULL_TITLE}</title>
    <link href="{base}/lighthouse.html"/>
    <id>urn:test:courier:lighthouse</id>
    <published>2026-03-13T12:00:00Z</published>
    <updated>2026-03-13T12:00:00Z</updated>
    <summary>The diary of the last keeper is in the museum.</summary>
    <content type="html">&lt;p&gt;{FULL_SENTENCE} at the town museum on Friday, forty years
      after the light was automated.&lt;/p&gt;&lt;p&gt;The museum's curator, Jory Venn, said the
      diary records every ship that passed the rock in the winter of 1952.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>{SECOND_TITLE}</title>
    <link href="{base}/ferry.html"/>
    <id>urn:test:courier:ferry</id>
    <published>2026-03-12T07:15:00Z</published>
    <updated>2026-03-12T07:15:00Z</updated>
    <summary>Four crossings a day from November.</summary>
  </entry>
</feed>
"""


def rss_feed(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Island Wire</title>
    <link>{base}/</link>
    <description>News from the islands</description>
    <item>
      <title>{SECOND_TITLE}</title>
      <link>{base}/ferry.html</link>
      <guid>{base}/ferry.html</guid>
      <pubDate>Thu, 12 Mar 2026 07:15:00 GMT</pubDate>
      <description>Four crossings a day from November.</description>
    </item>
    <item>
      <title>{FULL_TITLE}</title>
      <link>{base}/lighthouse.html</link>
      <guid>lighthouse-1</guid>
      <pubDate>Fri, 13 Mar 2026 12:00:00 GMT</pubDate>
      <description>The diary of the last keeper.</description>
      <content:encoded><![CDATA[<p>{FULL_SENTENCE} at the town museum on Friday.</p>]]></content:encoded>
    </item>
  </channel>
</rss>
"""


def malformed_feed(base: str) -> str:
    """Readable first entry, then an unclosed element and a stray ampersand."""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Broken Wire</title>
<item><title>{SECOND_TITLE}</title><link>{base}/ferry.html</link>
<pubDate>Thu, 12 Mar 2026 07:15:00 GMT</pubDate></item>
<item><title>Storm & surge <b>warning</title><link>{base}/storm.html</link>
</channel>
"""


ERROR_ROUTES = {
    "Missing page": "/nothere.html",
    "A PDF report": "/report.pdf",
    "A slow page": "/slow.html",
    "A broken page": "/broken.html",
    "A huge page": "/huge.html",
    "A redirect loop": "/loop",
}


def errors_feed(base: str) -> str:
    """One entry for each way fetching an entry's page can fail."""
    items = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link><guid>{path}</guid></item>"
        for title, path in ERROR_ROUTES.items()
    )
    return f"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Trouble Wire</title><link>{base}/</link>{items}</channel></rss>
"""


Handler = Callable[[http.server.BaseHTTPRequestHandler], None]


def _send(status: int, content_type: str, body: bytes) -> Handler:
    def handle(h: http.server.BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Content-Type", content_type)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    return handle


def _redirect(to: str) -> Handler:
    def handle(h: http.server.BaseHTTPRequestHandler) -> None:
        h.send_response(302)
        h.send_header("Location", to)
        h.send_header("Content-Length", "0")
        h.end_headers()

    return handle


def _slow(h: http.server.BaseHTTPRequestHandler) -> None:
    """Answers only after any test timeout has passed."""
    time.sleep(2.0)
    _send(200, "text/html", ARTICLE_HTML.encode())(h)


def _broken(h: http.server.BaseHTTPRequestHandler) -> None:
    """Promises a long body, sends a little of it and hangs up."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Content-Length", "20000")
    h.end_headers()
    h.wfile.write(b"<html><body><p>The beginning of a page that never")
    h.wfile.flush()
    h.close_connection = True
    h.connection.shutdown(2)


def _huge(h: http.server.BaseHTTPRequestHandler) -> None:
    """A body with no declared length that goes on far past any limit a test sets."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.end_headers()
    h.close_connection = True
    try:
        h.wfile.write(b"<html><body>")
        for _ in range(200):
            h.wfile.write(b"<p>" + b"filler " * 1000 + b"</p>")
    except (BrokenPipeError, ConnectionResetError):
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients that give up (the timeout and size tests) are expected, not news."""


@dataclass
class WebServer:
    server: http.server.ThreadingHTTPServer
    thread: threading.Thread
    requests: list[tuple[str, dict[str, str]]]
    """(path, headers) of every request served, in order."""
    routes: dict[str, Handler]
    """What each path answers; a test may add its own."""

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def stop(self) -> None:
        if self.thread.is_alive():
            self.server.shutdown()
            self.server.server_close()
            self.thread.join()


def start_server() -> WebServer:
    routes: dict[str, Handler] = {}
    requests: list[tuple[str, dict[str, str]]] = []

    class RequestHandler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            requests.append((self.path, dict(self.headers)))
            handler = routes.get(self.path.split("?")[0])
            if handler is None:
                _send(404, "text/html", b"<html><body><h1>Not here</h1></body></html>")(self)
            else:
                handler(self)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = QuietServer(("127.0.0.1", 0), RequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    web = WebServer(server, thread, requests, routes)
    base = web.base
    html = "text/html; charset=utf-8"
    routes.update({
        "/article.html": _send(200, html, ARTICLE_HTML.encode()),
        "/ferry.html": _send(200, html, SECOND_HTML.encode()),
        "/atom.xml": _send(200, "application/atom+xml", atom_feed(base).encode()),
        "/rss.xml": _send(200, "application/rss+xml", rss_feed(base).encode()),
        "/feed-as-xml": _send(200, "text/xml", rss_feed(base).encode()),
        "/broken.xml": _send(200, "application/rss+xml", malformed_feed(base).encode()),
        "/errors.xml": _send(200, "application/rss+xml", errors_feed(base).encode()),
        "/down.html": _send(503, "text/html", b"<html><body>Back soon</body></html>"),
        "/report.pdf": _send(200, "application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"),
        "/data.json": _send(200, "application/json", b'{"headline": "not a page"}'),
        "/slow.html": _slow,
        "/broken.html": _broken,
        "/huge.html": _huge,
        "/hop1": _redirect("/hop2"),
        "/hop2": _redirect("/hop3"),
        "/hop3": _redirect("/article.html"),
        "/loop": _redirect("/loop"),
    })
    thread.start()
    return web


@pytest.fixture
def web() -> Iterator[WebServer]:
    server = start_server()
    yield server
    server.stop()
