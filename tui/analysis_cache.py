"""The analysis cache, as its callers use it: read without spaCy, written once computed.

The cache is the caller's, not the engine's (``tui.analysis`` never opens the store):
``newsread analyze`` looks its inputs up with ``cached_json``; the reader reads it in a
thread of its own process before asking the engine process for anything, and the engine
process keeps what it computed with ``keep``. The cache key's model part comes from the
pipeline's meta.json and its engine part from hashing the engine's files, so a hit never
imports spaCy.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tui.analysis.pipeline import model_key
from tui.analysis.version import engine_version
from tui.analysis_model import Analysis
from tui.errors import NewsreadError
from tui.model import Article
from tui.store.database import Store


def cached_json(store: Store, article: Article, model: str | None) -> dict[str, Any] | None:
    """The stored ``newsread/analysis@1`` object of this text, engine and model, if any."""
    key = model_key(model)
    return store.cached_analysis(article.id, engine_version(), key) if key else None


def cached(article: Article, model: str | None) -> Analysis | None:
    """The cached analysis of ``article`` (with this article's own metadata), or None; None
    too when the library cannot be read now (locked, damaged, of another schema) or the entry
    is not an analysis (damaged): the engine then computes the analysis (and its ``keep``
    replaces a damaged entry), and the reader's own use of the library says what is wrong."""
    try:
        with Store.open(readonly=True) as store:
            data = cached_json(store, article, model)
    except NewsreadError:
        return None
    if not data:
        return None
    try:
        return replace(Analysis.from_json(data), article=article)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def keep(analysis: Analysis) -> None:
    """Store ``analysis`` for next time, unless some sentence could not be analysed (the next
    time tries again); a read-only library keeps nothing, and says nothing."""
    if analysis.failures:
        return
    try:
        with Store.open() as store:
            if store.writable:
                store.save_analysis(analysis.to_json())
    except NewsreadError:  # a full disk or a lock held too long: shown now, computed again next time
        pass
