"""An article from a URL: fetched by ``tui.ingest.http``, extracted like an HTML file.

``input`` is set to the URL the user gave. Keeping the page in the library, and reading the
saved copy when the URL cannot be reached, is the caller's (``tui.reading``): ingest knows
nothing of the store.
"""

from __future__ import annotations

from tui.errors import NewsreadError
from tui.ingest.http import Page, fetch
from tui.model import Article


class FeedFound(NewsreadError):
    """The URL is a feed, not an article; carries the fetched page so nobody fetches it twice."""

    def __init__(self, page: Page) -> None:
        super().__init__(f"{page.url}: a feed, not an article (open it with `newsread {page.url}`)")
        self.page = page


def load_url(url: str) -> Article:
    """The article at ``url``. Raises Unreachable (no network, timeout, a failing server),
    FeedFound for a feed, NewsreadError for anything else that is not an article."""
    return article_from_page(fetch(url))


def article_from_page(page: Page) -> Article:
    """The article of a fetched HTML page, its ``input`` the URL asked for."""
    if page.is_feed:
        raise FeedFound(page)
    if not page.is_html:
        raise NewsreadError(f"{page.url}: not an HTML page ({page.content_type})")
    from tui.ingest.html import article_from_html

    article = article_from_html(page.text(), url=page.final_url, input=page.url)
    article.notice = page.warning  # e.g. a body longer than its Content-Length
    return article
