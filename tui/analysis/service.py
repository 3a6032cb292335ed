"""The analysis cache's lookup by key, shared by ``newsread analyze`` and the reader
(``tui.analysis_cache``): no spaCy, the model part of the key read from the pipeline's meta.json."""

from __future__ import annotations

from typing import Any

from tui.analysis.pipeline import model_key
from tui.analysis.version import engine_version
from tui.model import Article
from tui.store.database import Store


def cached_json(store: Store, article: Article, model: str | None) -> dict[str, Any] | None:
    """The stored ``newsread/analysis@1`` object of this text, engine and model, if any."""
    key = model_key(model)
    return store.cached_analysis(article.id, engine_version(), key) if key else None
