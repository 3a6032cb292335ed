"""The learned cue detector: reporting words the lexicon lacks, found by their parse."""

from __future__ import annotations

from importlib import resources

import pytest

from tui.analysis.claims import extract_claims
from tui.analysis.cue_model import candidate, cue_model, features, frame_of, learned_cue
from tui.analysis.cues import lookup
from tui.analysis.entities import extract_entities
from tui.analysis.refs import EntityIndex
from tui.model import Article, Claim


def claims_of(nlp, text: str) -> list[Claim]:
    article = Article(text=text)
    doc = nlp(article.text)
    return extract_claims(doc, article, EntityIndex(extract_entities(doc, article)))


def test_the_weights_file_loads_and_names_its_source():
    raw = resources.files("tui.analysis").joinpath("data/cue_model.tsv").read_text(encoding="utf-8")
    header = [line for line in raw.splitlines() if line.startswith("#")]
    assert any("benchmarks/cue_model.py" in line and "polnear-train" in line for line in header)
    assert any("polnear-dev" in line for line in header)  # the held-out figures
    assert len(raw.encode()) < 300_000
    model = cue_model()
    assert 0.0 < model.threshold < 1.0
    assert "bias" in model.weights and len(model.weights) > 100


@pytest.mark.parametrize(("text", "content", "cue", "source"), [
    # a verb with a that-clause, not in the lexicon
    ("The referee ruled that the goal would stand.", "that the goal would stand", "ruled", "The referee"),
    # a verb with an object and its "as" complement, its subject a named person
    ("Inspector Ruth Calloway identified the driver as the main suspect.",
     "the driver as the main suspect", "identified", "Inspector Ruth Calloway"),
])
def test_a_cue_the_lexicon_lacks_gives_a_claim(nlp, text, content, cue, source):
    doc = nlp(text)
    word = cue.split()[0]
    tok = next(t for t in doc if t.text == word)
    assert lookup(tok.lemma_, "VERB") is None and lookup(tok.lemma_, "ADJ") is None  # the model's, not the lexicon's
    found = [c for c in claims_of(nlp, text) if c.content.text == content]
    assert len(found) == 1
    claim = found[0]
    assert claim.cue is not None and claim.cue.text == cue and claim.cue.stance == "other"
    assert claim.source is not None and claim.source.text == source


def test_a_word_the_model_does_not_trust_gives_no_claim(nlp):
    for text, word in (("The new ferry carried the mayor to the island.", "carried"),
                       ("The harbour master rang the bell twice.", "rang")):
        doc = nlp(text)
        tok = next(t for t in doc if t.text == word)
        frame = candidate(tok, set())
        assert frame is not None and frame.kind == "object"  # asked, and turned down
        assert cue_model().probability(features(tok, frame, set())) < cue_model().threshold
        assert claims_of(nlp, text) == []


@pytest.mark.parametrize(("text", "word"), [
    ("The new canal was supposed to allow larger ships.", "supposed"),
    ("Exports were expected to double by the spring.", "expected"),
    ("The port is likely to close for a week.", "likely"),
])
def test_modal_and_expectation_frames_are_never_the_models_cues(nlp, text, word):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert candidate(tok, set()) is None
    assert learned_cue(tok, set()) is None
    assert not [c for c in claims_of(nlp, text) if c.cue is not None and c.cue.text.endswith(word)]


def test_a_verb_whose_object_is_a_noun_cue_leaves_the_claim_to_the_noun(nlp):
    doc = nlp("The company issued a statement that the factory would close in March.")
    issued = next(t for t in doc if t.text == "issued")
    assert frame_of(issued) is not None  # it governs an object …
    assert candidate(issued, set()) is None  # … but "statement" is the cue


def test_a_quoted_word_is_never_a_candidate(nlp):
    doc = nlp('She wrote: "The chairwoman ruled that the motion was out of order."')
    ruled = next(t for t in doc if t.text == "ruled")
    assert candidate(ruled, set()) is not None
    assert candidate(ruled, {ruled.i}) is None
