"""Loading the spaCy pipeline, lazily: importing this module does not import spaCy."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from tui.analysis.bounded import BoundedTokenizer, cap_sentences, set_sentence_starts
from tui.config import DEFAULT_MODEL
from tui.errors import NewsreadError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

INSTALL_HINT = {
    DEFAULT_MODEL: "pip install --require-hashes -r requirements.lock",
}


@lru_cache(maxsize=4)
def load_pipeline(name: str | None) -> Language:
    """The named installed pipeline (default: the pinned en_core_web_sm), loaded once per process."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=_paragraph_starts)
    if not Language.has_factory(SENTENCE_CAP):
        Language.component(SENTENCE_CAP, func=cap_sentences)
    name = name or DEFAULT_MODEL
    try:
        nlp = spacy.load(name)
    except OSError:
        hint = INSTALL_HINT.get(name, f"python -m spacy download {name}")
        raise NewsreadError(f"spaCy pipeline {name!r} is not installed; install it with: {hint}") from None
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
        nlp.add_pipe(SENTENCE_CAP, before="parser")
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    return nlp


PARAGRAPHS = "newsread_paragraphs"  # the component that makes a line break a sentence boundary
SENTENCE_CAP = "newsread_sentence_cap"  # the one that ends a run-on sentence (see bounded.py)


def _paragraph_starts(doc: Doc) -> Doc:
    """A line break ends a sentence: the parser otherwise runs a headline into the first
    body sentence (and the tagger's entities across it), which no reader would do."""
    return set_sentence_starts(doc, [tok.i + 1 for tok in doc[:-1] if tok.is_space and "\n" in tok.text])


def model_label(nlp: Language) -> str:
    """Name and version of a pipeline, as the analysis records it (part of the cache key)."""
    return _label(nlp.meta)


def _label(meta: dict) -> str:
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


@lru_cache(maxsize=8)
def model_key(name: str | None) -> str | None:
    """The label ``model_label`` would give the named pipeline, read from its meta.json alone.

    The analysis cache is looked up before spaCy is imported, so the model part of its key
    must be known without loading anything. None when the pipeline cannot be found this
    way: the caller then has to load it (and gets the install hint if it is missing).
    """
    import json
    from importlib.util import find_spec
    from pathlib import Path

    name = name or DEFAULT_MODEL
    path = Path(name)
    if not path.exists():
        try:
            spec = find_spec(name)
        except (ImportError, ValueError):
            return None
        if spec is None or not spec.submodule_search_locations:
            return None
        path = Path(next(iter(spec.submodule_search_locations)))
    try:
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return _label(meta)
