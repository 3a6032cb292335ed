"""The bounds on spaCy's work per run of text: the text and its offsets stay the input's own,
news is tokenized as spaCy would, and runs and run-on sentences are cut."""

from __future__ import annotations

import pytest

from tui.analysis.bounded import PUNCT_LIMIT, RUN_LIMIT, SENTENCE_LIMIT


def test_news_is_tokenized_as_spacy_tokenizes_it(nlp):
    text = "The mayor (D-Ohio) said: “It’s over…” — then left at 6:30 a.m. for https://example.org/x?y=1."
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in nlp.tokenizer.tokenizer(text)]


@pytest.mark.parametrize("text", [
    "x" + "](" * 400,
    "He said!!!!!!!!!! no.\n" + "a" * 250 + "  end",
    "“" * 30 + " Nobody\u00a0knows " + "-" * 301 + "\n\n" + "?" * 9,
    "abc,def;" * 60 + " tail",
])
def test_a_long_run_is_cut_into_tokens_of_bounded_length_keeping_the_text(nlp, text):
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)
    assert max(len(t.text) for t in doc) <= RUN_LIMIT
    assert len(doc) < len(text) / PUNCT_LIMIT  # not a token per character


def test_symbols_in_a_row_are_one_token_not_one_each(nlp):
    doc = nlp.make_doc("Wait!!!!!!!!!!!! What?")
    assert [t.text for t in doc] == ["Wait", "!!!!!!!!!!!!", "What", "?"]
    assert nlp.make_doc("Really?!”) No.")[1].text == "?"  # a few are news: spaCy's own tokens


def test_a_run_on_text_gets_sentences_of_bounded_length(nlp):
    doc = nlp("word " * (3 * SENTENCE_LIMIT))
    lengths = [len(s) for s in doc.sents]
    assert len(lengths) >= 3 and max(lengths) <= SENTENCE_LIMIT


def test_sentences_of_news_length_are_the_parsers_own(nlp):
    text = ("The council, which met on Tuesday in the old hall by the river, voted to close the "
            "library, the pool and the youth centre, and to sell the land to a developer. ") * 3
    assert [s.text.strip() for s in nlp(text).sents] == [text[:len(text) // 3].strip()] * 3
