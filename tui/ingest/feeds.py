"""RSS and Atom feeds: a list of entries to choose from, and the article behind each.

Parsing is feedparser's; it is lenient, so a malformed feed (its ``bozo`` flag) still yields
whatever entries it could read and the feed carries a warning instead of failing. Bytes are
always handed to feedparser by us (from a file or from ``tui.ingest.http``), never a URL, so
every fetch goes through the one client with its limits. Read/unread state lives in the store,
keyed by the feed's input (its URL or absolute path) and each entry's id.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tui.errors import NewsreadError
from tui.ingest.http import HTML_TYPES, Page, fetch, is_url, looks_like_feed
from tui.model import Article


@dataclass(slots=True)
class FeedEntry:
    id: str
    feed: str
    title: str
    link: str | None = None
    source: str | None = None
    published: str | None = None
    summary: str = ""
    content: str | None = None
    content_type: str = "text/html"
    read: bool = False


@dataclass(slots=True)
class Feed:
    input: str
    title: str
    link: str | None = None
    entries: list[FeedEntry] = field(default_factory=list)
    warning: str | None = None


def is_feed_file(arg: str) -> bool:
    """A local file whose first element is ``<rss``, ``<feed`` or ``<rdf:RDF``."""
    if arg == "-" or is_url(arg):
        return False
    try:
        with open(arg, "rb") as f:
            return looks_like_feed(f.read(4096))
    except OSError:
        return False  # ingest of the path tells what is wrong with it


def open_input(arg: str, encoding: str | None = None) -> Article | Feed:
    """What ``newsread ARG`` reads: a feed when the file or URL is one, else the article."""
    from tui.ingest import load
    from tui.ingest.web import FeedFound

    if is_feed_file(arg):
        return load_feed(arg)
    try:
        return load(arg, encoding=encoding)
    except FeedFound as found:
        return feed_from_page(found.page)


def load_feed(arg: str) -> Feed:
    """The feed at a URL or in a file, entries marked read from the store."""
    if is_url(arg):
        page = fetch(arg)
        if not page.is_feed:
            raise NewsreadError(f"{arg}: not a feed ({page.content_type or 'no content type'})")
        return feed_from_page(page)
    path = Path(arg)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NewsreadError(f"{arg}: {exc.strerror or exc}") from None
    return parse_feed(data, str(path.resolve()))


def feed_from_page(page: Page) -> Feed:
    headers = {"content-location": page.final_url}
    if page.content_type:
        ctype = page.content_type + (f"; charset={page.charset}" if page.charset else "")
        headers["content-type"] = ctype
    return parse_feed(page.body, page.url, headers)


def parse_feed(data: bytes, input: str, headers: dict[str, str] | None = None) -> Feed:
    """Parse feed bytes; ``input`` names the feed in messages and in the read/unread table."""
    import feedparser  # only when a feed is read

    parsed = feedparser.parse(data, response_headers=headers or {})
    meta = parsed.get("feed", {})
    if parsed.get("bozo") and not parsed.entries and not meta.get("title"):
        raise NewsreadError(f"{input}: not a readable feed ({_bozo_reason(parsed)})")
    title = _clean(meta.get("title")) or input
    read = read_entries(input)
    entries = [_entry(e, input, title, read) for e in parsed.entries]
    warning = None
    if parsed.get("bozo"):
        n = len(entries)
        warning = (f"malformed feed ({_bozo_reason(parsed)}); "
                   f"showing the {n} entr{'y' if n == 1 else 'ies'} that could be read")
    return Feed(input=input, title=title, link=meta.get("link"), entries=entries, warning=warning)


def entry_article(entry: FeedEntry) -> Article:
    """The entry's article: the feed's own full text when it carries it, else its page.

    The article is saved to the library and the entry marked read.
    """
    from tui.ingest.web import keep, load_url

    if entry.content:
        from tui.ingest.html import article_from_html

        article = article_from_html(
            _as_html(entry), url=entry.link, input=entry.link or f"{entry.feed}#{entry.id}"
        )
        keep(article)
    elif entry.link:
        article = load_url(entry.link)
    else:
        raise NewsreadError(f"{entry.feed}: entry {entry.title!r} has neither text nor a link")
    mark_read(entry)
    return article


def mark_read(entry: FeedEntry) -> None:
    """Remember the entry as read. A library that cannot be written (read-only, locked) must
    not stop the reading; the article's own notice already says it was not saved."""
    from tui.store.database import Store

    entry.read = True
    try:
        with Store.open() as store:
            store.mark_entry_read(entry.feed, entry.id)
    except NewsreadError:
        pass


def read_entries(feed: str) -> set[str]:
    """The entries read before; none known when the library cannot be opened."""
    from tui.store.database import Store

    try:
        with Store.open() as store:
            return store.read_entries(feed)
    except NewsreadError:
        return set()


def _entry(e: Any, feed: str, feed_title: str, read: set[str]) -> FeedEntry:
    title = _clean(e.get("title")) or "(untitled)"
    entry_id = e.get("id") or e.get("link") or title
    content = None
    content_type = "text/html"
    for part in e.get("content", []):
        if part.get("value", "").strip():
            content, content_type = part["value"], part.get("type", "text/html")
            break
    return FeedEntry(
        id=entry_id,
        feed=feed,
        title=title,
        link=e.get("link"),
        source=_clean(e.get("source", {}).get("title")) or feed_title,
        published=_iso(e.get("published_parsed") or e.get("updated_parsed")),
        summary=_text(e.get("summary", "")),
        content=content,
        content_type=content_type,
        read=entry_id in read,
    )


def _as_html(entry: FeedEntry) -> str:
    """A small document around the feed's text so extraction sees its title and date."""
    from html import escape

    body = entry.content or ""
    if entry.content_type not in HTML_TYPES:
        body = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n") if p.strip())
    meta = ""
    if entry.published:
        meta += f'<meta property="article:published_time" content="{escape(entry.published)}">'
    if entry.source:
        meta += f'<meta property="og:site_name" content="{escape(entry.source)}">'
    title = escape(entry.title)
    return (f"<html><head><title>{title}</title>{meta}</head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


def _iso(parsed: Any) -> str | None:
    """feedparser normalises every date format to a UTC struct_time."""
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC).isoformat().replace("+00:00", "Z")


def _text(html: str) -> str:
    if "<" not in html:
        return " ".join(html.split())
    import lxml.etree
    import lxml.html

    try:
        return " ".join(lxml.html.fromstring(html).text_content().split())
    except lxml.etree.ParserError:  # an empty fragment; the raw text is still a summary
        return " ".join(html.split())


def _clean(value: Any) -> str:
    return " ".join(str(value).split()) if value else ""


def _bozo_reason(parsed: Any) -> str:
    exc = parsed.get("bozo_exception")
    if exc is None:
        return "unknown error"
    if hasattr(exc, "getLineNumber"):  # the XML parser's SAXParseException
        return f"line {exc.getLineNumber()}: {exc.getMessage()}"
    return str(exc)
