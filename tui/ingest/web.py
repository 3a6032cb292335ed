"""An article from a URL, kept in the library so that it reopens when the network does not.

Every page fetched is saved with ``input`` set to the URL the user gave; when that URL cannot
be reached again (no network, host down, timeout, a failing server), the saved copy is read
instead and ``Article.notice`` says so. A 4xx answer is not papered over: the page may be gone
for a reason, and the user is told.
"""

from __future__ import annotations

from tui.errors import NewsreadError
from tui.ingest.http import Page, Unreachable, fetch
from tui.model import Article


class FeedFound(NewsreadError):
    """The URL is a feed, not an article; carries the fetched page so nobody fetches it twice."""

    def __init__(self, page: Page) -> None:
        super().__init__(f"{page.url}: a feed, not an article (open it with `newsread {page.url}`)")
        self.page = page


def load_url(url: str) -> Article:
    """Fetch, extract and keep the article at ``url``; offline, the copy kept last time."""
    try:
        page = fetch(url)
    except Unreachable as exc:
        saved = _saved_copy(url)
        if saved is None:
            raise
        saved.notice = f"{exc}; showing the copy saved in the library"
        return saved
    return article_from_page(page)


def article_from_page(page: Page) -> Article:
    """The article of a fetched HTML page, saved to the library under the URL asked for."""
    if page.is_feed:
        raise FeedFound(page)
    if not page.is_html:
        raise NewsreadError(f"{page.url}: not an HTML page ({page.content_type})")
    from tui.ingest.html import article_from_html

    article = article_from_html(page.text(), url=page.final_url, input=page.url)
    keep(article)
    return article


def keep(article: Article) -> None:
    """Save to the library; a library that cannot be written must not stop the reading."""
    from tui.store.database import Store

    try:
        with Store.open() as store:
            store.save_article(article)
    except NewsreadError as exc:
        article.notice = f"not saved to the library: {exc}"


def _saved_copy(url: str) -> Article | None:
    from tui.store.database import Store

    try:
        with Store.open() as store:
            return store.article_by_input(url)
    except NewsreadError:
        return None
