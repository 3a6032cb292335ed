"""Loading the spaCy pipeline, lazily: importing this module does not import spaCy."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from tui.config import DEFAULT_MODEL
from tui.errors import NewsreadError

if TYPE_CHECKING:
    from spacy.language import Language

INSTALL_HINT = {
    DEFAULT_MODEL: "pip install --require-hashes -r requirements.lock",
}


@lru_cache(maxsize=4)
def load_pipeline(name: str | None) -> Language:
    """The named installed pipeline (default: the pinned en_core_web_sm), loaded once per process."""
    import spacy

    name = name or DEFAULT_MODEL
    try:
        return spacy.load(name)
    except OSError:
        hint = INSTALL_HINT.get(name, f"python -m spacy download {name}")
        raise NewsreadError(f"spaCy pipeline {name!r} is not installed; install it with: {hint}") from None


def model_label(nlp: Language) -> str:
    """Name and version of a pipeline, as the analysis records it (part of the cache key)."""
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"
