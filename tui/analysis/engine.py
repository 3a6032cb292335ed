"""Article → Analysis: one spaCy pass per batch, then entities, claims and events per document.

A long article is parsed a chunk at a time and joined into one document (``chunks``): the
same analysis, in memory that does not grow with its length.

Entities come first because claims and events point at them (through an ``EntityIndex``),
and events come last because they record the claim they are reported in.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from tui.analysis.chunks import parse, parse_one
from tui.analysis.claims import extract_claims
from tui.analysis.entities import extract_entities
from tui.analysis.events import extract_events
from tui.analysis.faults import collecting
from tui.analysis.pipeline import load_pipeline, model_label
from tui.analysis.refs import EntityIndex
from tui.analysis.version import engine_version
from tui.analysis_model import Analysis
from tui.model import Article
from tui.sentences import trim

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

BATCH_SIZE = 32


def analyze_articles(articles: Sequence[Article], model: str | None = None) -> Iterator[Analysis | Exception]:
    """Analyses of ``articles`` in order, each yielded as soon as it is done; the pipeline runs
    once over all of them (``nlp.pipe``, through ``chunks.parse``).

    An article the engine fails on as a whole (spaCy itself raising, say) is yielded as the
    exception in its place, and the others are still analysed: when a batch of ``nlp.pipe``
    breaks off, every article from there on is parsed on its own. Failures of single items
    inside an article are its analysis's ``failures``. A missing pipeline raises
    ``NewsreadError`` before anything is yielded.
    """
    if not articles:
        return
    nlp = load_pipeline(model)
    longest = max(len(a.text) for a in articles)
    if longest >= nlp.max_length:  # a long article is still one document, not an error
        nlp.max_length = longest + 1
    label, version = model_label(nlp), engine_version()
    docs = parse(nlp, (a.text for a in articles), BATCH_SIZE)
    for i, article in enumerate(articles):
        try:
            doc = next(docs)
        except Exception:  # noqa: BLE001 - the batch broke off: parse the rest one by one
            for rest in articles[i:]:
                yield _guarded(nlp, None, rest, version, label)
            return
        yield _guarded(nlp, doc, article, version, label)


def _guarded(nlp: Language, doc: Doc | None, article: Article, version: str, label: str) -> Analysis | Exception:
    """The analysis of one article (parsed here when ``doc`` is None), or the exception that
    cost it: one article must never cost the others."""
    try:
        return analyze_doc(doc if doc is not None else parse_one(nlp, article.text), article, version, label)
    except Exception as exc:  # noqa: BLE001 - reported by the caller, with its traceback
        return exc


def analyze(article: Article, model: str | None = None) -> Analysis:
    """The analysis of one article (the reader's worker calls this); raises what cost it."""
    result = next(analyze_articles([article], model))
    if isinstance(result, Exception):
        raise result
    return result


def analyze_doc(doc: Doc, article: Article, version: str, model: str) -> Analysis:
    """The analysis of one parsed article. An unexpected exception on one item (a claim
    candidate, an event clause, an entity merge) loses that item only and is recorded in
    ``failures`` (see ``faults``); one in an extractor's set-up still raises."""
    with collecting(doc) as failures:
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
        failures=failures,
    )


def sentence_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    """spaCy's sentences as (start, end) offsets into ``text`` (the doc's own, not rebuilt
    from its tokens), surrounding whitespace left out."""
    spans = (trim(text, sent.start_char, sent.end_char) for sent in doc.sents)
    return [(start, end) for start, end in spans if start < end]
