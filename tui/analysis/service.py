"""One article's analysis for the reader: from the cache when it is there, else computed and kept.

The two halves are separate calls so the reader can try the cache first and show the result
without ever importing spaCy (the cache key's model part comes from the pipeline's
meta.json, the engine part from hashing the engine's files), and only then pay for a model
load in ``compute``. ``newsread analyze`` looks up its cache entries with ``cached_json``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tui.analysis.pipeline import model_key
from tui.analysis.version import engine_version
from tui.errors import NewsreadError
from tui.model import Analysis, Article
from tui.store.database import Store


def cached_json(store: Store, article: Article, model: str | None) -> dict[str, Any] | None:
    """The stored ``newsread/analysis@1`` object of this text, engine and model, if any."""
    key = model_key(model)
    return store.cached_analysis(article.id, engine_version(), key) if key else None


def cached(article: Article, model: str | None) -> Analysis | None:
    """The cached analysis of ``article`` (with this article's own metadata), or None."""
    with Store.open(readonly=True) as store:
        data = cached_json(store, article, model)
    return replace(Analysis.from_json(data), article=article) if data else None


def compute(article: Article, model: str | None) -> Analysis:
    """Analyse ``article`` now (loading spaCy) and keep the result for next time, unless some
    sentence could not be analysed (the next time tries again)."""
    from tui.analysis.engine import analyze

    analysis = analyze(article, model)
    if analysis.failures:
        return analysis
    try:
        with Store.open() as store:
            if store.writable:
                store.save_analysis(analysis.to_json())
    except NewsreadError:  # a full disk or a lock held too long: shown now, computed again next time
        pass
    return analysis
