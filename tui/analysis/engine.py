"""Article → Analysis: one spaCy pass per batch, then entities, claims and events per document.

Entities come first because claims and events point at them (through an ``EntityIndex``),
and events come last because they record the claim they are reported in.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from tui.analysis.claims import extract_claims
from tui.analysis.entities import extract_entities
from tui.analysis.events import extract_events
from tui.analysis.pipeline import load_pipeline, model_label
from tui.analysis.refs import EntityIndex
from tui.analysis.version import engine_version
from tui.model import Analysis, Article
from tui.sentences import trim

if TYPE_CHECKING:
    from spacy.tokens import Doc

BATCH_SIZE = 32


def analyze_articles(articles: Sequence[Article], model: str | None = None) -> Iterator[Analysis]:
    """Analyses of ``articles`` in order; the pipeline runs once over all of them (``nlp.pipe``)."""
    if not articles:
        return
    nlp = load_pipeline(model)
    longest = max(len(a.text) for a in articles)
    if longest >= nlp.max_length:  # a long article is still one document, not an error
        nlp.max_length = longest + 1
    label, version = model_label(nlp), engine_version()
    docs = nlp.pipe((a.text for a in articles), batch_size=BATCH_SIZE)
    for article, doc in zip(articles, docs):
        yield analyze_doc(doc, article, version, label)


def analyze(article: Article, model: str | None = None) -> Analysis:
    """The analysis of one article (the reader's worker calls this)."""
    return next(analyze_articles([article], model))


def analyze_doc(doc: Doc, article: Article, version: str, model: str) -> Analysis:
    entities = extract_entities(doc, article)
    index = EntityIndex(entities)
    claims = extract_claims(doc, article, index)
    events = extract_events(doc, article, index, claims)
    return Analysis(
        article=article,
        engine_version=version,
        model=model,
        entities=entities,
        claims=claims,
        events=events,
        sentences=sentence_spans(doc, article.text),
    )


def sentence_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    """spaCy's sentences as (start, end) offsets into ``text`` (the doc's own, not rebuilt
    from its tokens), surrounding whitespace left out."""
    spans = (trim(text, sent.start_char, sent.end_char) for sent in doc.sents)
    return [(start, end) for start, end in spans if start < end]
