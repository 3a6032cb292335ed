"""What ``newsread`` reads, with the library around it: ingest turns an input into an
``Article`` or a ``Feed`` and knows nothing else; this module is the caller that
orchestrates, as the reader is for the analysis cache.

- a URL's article is saved to the library as soon as it is fetched, and when the URL cannot
  be reached again the copy saved last is read instead (``Article.notice`` says so);
- a feed's entries carry their read marks from the library, and opening one marks it read;
- ``newsread analyze`` gets one article per input, or one per entry for a feed.

Core: imports neither Textual nor Rich (``tests/test_layers.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.errors import NewsreadError
from tui.ingest import load
from tui.ingest.sniff import is_feed_file, is_url
from tui.model import Article
from tui.store.database import Store

if TYPE_CHECKING:  # the feeds' and the web's modules are imported for a feed or a URL only
    from tui.ingest.feeds import Feed, FeedEntry


def open_input(arg: str, encoding: str | None = None) -> Article | Feed:
    """What ``newsread ARG`` reads: the feed when the file or URL is one (entries marked read
    from the library), else the article (a URL's kept in the library, or its saved copy when
    the URL cannot be reached). Raises NewsreadError for what cannot be read."""
    if is_feed_file(arg):
        from tui.ingest.feeds import load_feed

        return with_read_marks(load_feed(arg))
    if not is_url(arg):  # a file or stdin: the reader's start imports none of the web's modules
        return load(arg, encoding=encoding)
    from tui.ingest.feeds import feed_from_page
    from tui.ingest.web import FeedFound

    try:
        return load_article(arg, encoding)
    except FeedFound as found:
        return with_read_marks(feed_from_page(found.page))


def load_article(arg: str, encoding: str | None = None) -> Article:
    """The article named by ``arg``; a URL's is kept in the library, and read from there
    when the URL is unreachable now (raises the Unreachable error when nothing was kept)."""
    if not is_url(arg):
        return load(arg, encoding=encoding)
    from tui.ingest.http import Unreachable

    try:
        article = load(arg)
    except Unreachable as exc:
        saved = _saved_copy(arg)
        if saved is None:
            raise
        saved.notice = f"{exc}; showing the copy saved in the library"
        return saved
    keep(article)
    return article


def articles_to_analyse(arg: str, encoding: str | None = None,
                        entries: int | None = None) -> list[Article | NewsreadError]:
    """What ``newsread analyze ARG`` analyses: the article; for a feed (file or URL), one
    article per entry in feed order — the first ``entries`` when given — each made of what
    the feed itself carries (its full text, else its summary; no page is fetched), or the
    error of an entry that carries no text. Raises NewsreadError when ARG cannot be read."""
    from tui.ingest.feeds import entry_text_article

    opened = open_input(arg, encoding)
    if isinstance(opened, Article):
        return [opened]
    chosen = opened.entries if entries is None else opened.entries[:entries]
    if not chosen:
        raise NewsreadError(f"{arg}: a feed with no entries")
    found: list[Article | NewsreadError] = []
    for entry in chosen:
        try:
            found.append(entry_text_article(entry))
        except NewsreadError as exc:
            found.append(exc)
    return found


def entry_article(entry: FeedEntry) -> Article:
    """The article behind a feed entry: the feed's own full text when it carries it, else
    its page; kept in the library and the entry marked read. Raises NewsreadError."""
    from tui.ingest.feeds import entry_text_article

    if entry.content:
        article = entry_text_article(entry)
        keep(article)
    elif entry.link:
        article = load_article(entry.link)
    else:
        raise NewsreadError(f"{entry.feed}: entry {entry.title!r} has neither text nor a link")
    mark_read(entry)
    return article


def with_read_marks(feed: Feed) -> Feed:
    """``feed`` with each entry's ``read`` set from the library (none when it cannot be opened)."""
    try:
        with Store.open() as store:
            read = store.read_entries(feed.input)
    except NewsreadError:
        read = set()
    for entry in feed.entries:
        entry.read = entry.id in read
    return feed


def mark_read(entry: FeedEntry) -> None:
    """Remember the entry as read. A library that cannot be written (read-only, locked) must
    not stop the reading; the article's own notice already says it was not saved."""
    entry.read = True
    try:
        with Store.open() as store:
            store.mark_entry_read(entry.feed, entry.id)
    except NewsreadError:
        pass


def keep(article: Article) -> None:
    """Save to the library; a library that cannot be written must not stop the reading."""
    try:
        with Store.open() as store:
            store.save_article(article)
    except NewsreadError as exc:
        article.notice = "; ".join(filter(None, (article.notice, f"not saved to the library: {exc}")))


def _saved_copy(url: str) -> Article | None:
    try:
        with Store.open() as store:
            return store.article_by_input(url)
    except NewsreadError:
        return None
