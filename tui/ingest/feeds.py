"""RSS and Atom feeds: a list of entries to choose from, and the article behind each.

Parsing is feedparser's; it is lenient, so a malformed feed (its ``bozo`` flag) still yields
whatever entries it could read and the feed carries a warning instead of failing. Bytes are
always handed to feedparser by us (from a file or from ``tui.ingest.http``), never a URL, so
every fetch goes through the one client with its limits. Read/unread marks are the caller's
(``tui.reading`` keeps them in the store, keyed by the feed's input and each entry's id).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tui.errors import NewsreadError
from tui.ingest.http import HTML_TYPES, Page, fetch
from tui.ingest.sniff import is_url
from tui.model import Article

MAX_ENTRIES = 500
"""Entries listed from one feed. News feeds carry tens; feedparser costs about a millisecond
an entry, so a feed of 20,000 (an archive, or an attack) is cut here, before parsing, and its
list shows at once, saying how many entries it held."""
_ENTRY_END = re.compile(rb"</(?:[\w.-]+:)?(?:item|entry)\s*>")
_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)\b")
_CLOSING = {b"rss": b"</channel></rss>", b"feed": b"</feed>", b"rdf:RDF": b"</rdf:RDF>"}


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


def load_feed(arg: str) -> Feed:
    """The feed at a URL or in a file (entries all unread: read marks are the caller's)."""
    if is_url(arg):
        page = fetch(arg)
        if not page.is_feed:
            raise NewsreadError(f"{arg}: not a feed ({page.content_type or 'no content type'})")
        return feed_from_page(page)
    from tui.ingest import read_file  # the same 64 MiB cap as an article

    path = Path(arg)
    return parse_feed(read_file(path, arg), str(path.resolve()))


def feed_from_page(page: Page) -> Feed:
    headers = {"content-location": page.final_url}
    if page.content_type:
        ctype = page.content_type + (f"; charset={page.charset}" if page.charset else "")
        headers["content-type"] = ctype
    return parse_feed(page.body, page.url, headers)


def parse_feed(data: bytes, input: str, headers: dict[str, str] | None = None) -> Feed:
    """Parse feed bytes; ``input`` names the feed in messages and in the read/unread table."""
    import feedparser  # only when a feed is read

    data, total = _first_entries(data)
    try:
        parsed = feedparser.parse(data, response_headers=headers or {})
    except Exception:  # noqa: BLE001 (its parsers raise anything on hostile bytes, e.g. on &#xd800;)
        raise NewsreadError(f"{input}: not a readable feed") from None
    meta = parsed.get("feed", {})
    if parsed.get("bozo") and not parsed.entries and not meta.get("title"):
        raise NewsreadError(f"{input}: not a readable feed ({_bozo_reason(parsed)})")
    title = _plain(meta, "title") or input
    entries = [_entry(e, input, title) for e in parsed.entries]
    warning = None
    if parsed.get("bozo"):
        n = len(entries)
        warning = (f"malformed feed ({_bozo_reason(parsed)}); "
                   f"showing the {n} entr{'y' if n == 1 else 'ies'} that could be read")
    elif total > MAX_ENTRIES:
        warning = f"a long feed: showing its first {len(entries)} of {total} entries"
    return Feed(input=input, title=title, link=meta.get("link"), entries=entries, warning=warning)


def _first_entries(data: bytes) -> tuple[bytes, int]:
    """The feed cut after its ``MAX_ENTRIES``-th entry and closed again (unchanged when it
    holds fewer), and how many entries it holds, counted by their closing tags."""
    ends = [m.end() for m in _ENTRY_END.finditer(data)]
    root = _ROOT.search(data[:4096])
    if len(ends) <= MAX_ENTRIES or root is None:
        return data, len(ends)
    return data[:ends[MAX_ENTRIES - 1]] + _CLOSING[root.group(1)], len(ends)


def entry_text_article(entry: FeedEntry) -> Article:
    """The article made of what the feed carries for ``entry``: its full text, else its
    summary (no page is fetched); its title, source and date are the feed's. Raises
    NewsreadError when the entry carries no text at all."""
    from tui.ingest.html import article_from_html

    article = article_from_html(_as_html(entry), url=entry.link,
                                input=entry.link or f"{entry.feed}#{entry.id}",
                                label=f"{entry.feed}: entry {entry.title!r}")
    # the feed's own fields, as the feed gives them (a date only from the feed, never guessed)
    article.published = entry.published
    article.url = entry.link
    return article


def _entry(e: Any, feed: str, feed_title: str) -> FeedEntry:
    title = _plain(e, "title") or "(untitled)"
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
        summary=html_to_text(e.get("summary", "")),
        content=content,
        content_type=content_type,
    )


def _as_html(entry: FeedEntry) -> str:
    """A small document around the feed's text so extraction sees its title and date."""
    from html import escape

    if entry.content:
        body = entry.content
        if entry.content_type not in HTML_TYPES:
            body = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n") if p.strip())
    else:  # what the feed says of it: its summary, already text
        body = "".join(f"<p>{escape(p)}</p>" for p in entry.summary.split("\n\n"))
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


# Elements after which a browser starts a new line or block: a paragraph break in the text.
_BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table",
                     "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "figure",
                     "figcaption", "header", "footer", "aside", "hr"})


def html_to_text(html: str) -> str:
    """A feed's HTML field (a title or summary of ``type="html"``) as text: tags dropped,
    entities decoded, whitespace runs made one space, and each block element (a paragraph,
    a list item, a ``<br>``) its own paragraph, paragraphs joined by a blank line — so that
    "…he said.</p><p>Critics…" never reads "…he said.Critics…". Text without markup is only
    normalised."""
    if "<" not in html and "&" not in html:
        return " ".join(html.split())
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):  # nothing parsable: the raw text still reads
        return " ".join(html.split())
    for el in root.iter():
        if el.tag in _BLOCKS or el.tag == "br":
            el.tail = "\n\n" + (el.tail or "")
            if el.tag in _BLOCKS:
                el.text = "\n\n" + (el.text or "")
    paragraphs = (" ".join(p.split()) for p in root.text_content().split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _plain(item: Any, key: str) -> str:
    """A feed's or entry's title on one line as text, its markup dropped when the feed
    declares it HTML (Atom ``type="html"``/``"xhtml"``; feedparser keeps the tags)."""
    value = item.get(key) or ""
    kind = (item.get(f"{key}_detail") or {}).get("type", "text/plain")
    return " ".join(html_to_text(value).split()) if "html" in kind else _clean(value)


def _clean(value: Any) -> str:
    return " ".join(str(value).split()) if value else ""


def _bozo_reason(parsed: Any) -> str:
    exc = parsed.get("bozo_exception")
    if exc is None:
        return "unknown error"
    if hasattr(exc, "getLineNumber"):  # the XML parser's SAXParseException
        return f"line {exc.getLineNumber()}: {exc.getMessage()}"
    return str(exc)
