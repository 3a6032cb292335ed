"""Crash classes of the engine: every place that took the first, last, least or greatest of
something that can be empty. One test per class, each on sentences written for it."""

from __future__ import annotations

import pytest

from tui.analysis import entities
from tui.analysis.dates import parse_published, resolve_date
from tui.analysis.engine import analyze_doc
from tui.analysis.quotes import find_quotes
from tui.analysis_model import Analysis
from tui.model import Article


def analysed(nlp, text: str, published: str | None = None) -> Analysis:
    article = Article(text=text, published=published)
    return analyze_doc(nlp(text), article, "test", "test")


# --- a fronted relative pronoun with nothing after the cue ------------------------------------

@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    # the sentence: "talking about" takes "what" before it and nothing after it
    ("The mayor told reporters that his rival does not know what he is talking about when he "
     "paints all “rural” towns as places without work.",
     "The mayor", ("told", "tell"),
     "his rival does not know what he is talking about when he paints all “rural” towns as places without work"),
    ("The coach said the referee has no idea what he is talking about.",
     "The coach", ("said", "say"), "the referee has no idea what he is talking about"),
    ("Critics argue the minister does not know what she is talking about.",
     "Critics", ("argue", "argue"), "the minister does not know what she is talking about"),
])
def test_a_cue_whose_only_content_is_a_fronted_wh_word_gives_no_claim_of_its_own(
        nlp, text, source, cue, content):
    claims = analysed(nlp, text).claims
    assert len(claims) == 1
    (claim,) = claims
    assert claim.cue is not None and (claim.cue.text, claim.cue.lemma) == cue
    assert claim.source is not None and claim.source.text == source
    assert claim.content.text.removeprefix("that ") == content  # PolNeAR keeps the "that"


# --- a span over a token's trailing space is empty -------------------------------------------

@pytest.mark.parametrize("text", [
    'Voters were angry. "We will win this fight ',
    'Voters were angry. "We will win this fight,  ',
    'The union said "the strike goes on\t',
])
def test_a_quote_left_open_to_a_trailing_space_ends_at_its_last_word(nlp, text):
    (quote,) = find_quotes(text)
    assert text[quote.start:quote.end] == text[quote.start:].rstrip()
    claim = next(c for c in analysed(nlp, text).claims if c.content.start == quote.start)
    assert claim.kind == "direct" and not claim.content.text[-1].isspace()


# --- a name trimmed to nothing at the very end of the text ------------------------------------

def test_a_mention_of_punctuation_only_at_the_end_of_the_text_is_no_name():
    """The hyphenated-name rule looked at the character after the mention: past the text."""
    text = "Talks with Okafor-"
    assert entities._trim(text, entities._Mention(17, 18, "PERSON"), entities.lexicon()) is None
    assert entities._trim(text, entities._Mention(11, 18, "PERSON"), entities.lexicon()).end == 17


# --- dates near the ends of the calendar and numbers of thousands of digits -------------------

@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01"])
def test_a_publication_date_at_the_end_of_the_calendar_resolves_nothing_relative(nlp, published):
    assert parse_published(published) is None
    assert resolve_date("next week", published) is None
    assert resolve_date("May 2016", published) == "2016-05"
    text = "The council met on Sunday. Next week the mayor will decide, officials said last night."
    analysis = analysed(nlp, text, published)
    assert analysis.events and all(e.when is None or e.when.date is None for e in analysis.events)


def test_a_count_of_thousands_of_digits_is_no_date():
    assert resolve_date("1" * 5000 + " days ago", "2020-03-10") is None
    assert resolve_date("12 days ago", "2020-03-10") == "2020-02-27"


@pytest.mark.parametrize(("words", "resolved"), [
    ("2024-13-01", None), ("2019-00-10", None), ("0000-05-05", None), ("2023-02-30", "2023-02"),
    ("2023-02-03", "2023-02-03"),
])
def test_an_iso_date_the_calendar_lacks_is_not_passed_on(words, resolved):
    assert resolve_date(words, "2024-05-01") == resolved


def test_an_impossible_date_in_the_lead_costs_nothing(nlp):
    text = ("Ferry service resumes\n"
            "The ferry to Holm sailed again on 2024-13-01, the operator said on Sunday.\n")
    analysis = analysed(nlp, text, "2024-05-06")
    assert analysis.failures == []
    dates = {e.when.date for e in analysis.events if e.when}
    assert "2024-13-01" not in dates and dates <= {None, "2024-05-05"}  # Sunday, lent to the lead


# --- a time expression the model ran over a verb ------------------------------------------------

def test_a_time_whose_root_is_a_verb_dates_that_verb(nlp):
    """Word salad of the benchmarks' long-article generator: the model tags "monday welcomed
    years" a DATE whose root is the verb "welcomed"; the time's verb is then that verb (taking
    the rest of the verb's clause outside the time raised on an empty list)."""
    text = ("Which according to of according town palmyra million after monday ramadi by ministry over "
            "published. River a of over open would published residents ramadi. Anbar that in new monday "
            "ministry delay to river monday welcomed years would dollars. That delay ramadi council costs "
            "and the report barazi officials over that costs.")
    analysis = analysed(nlp, text)
    assert [d for d in nlp(text).ents if d.text == "monday welcomed years"]  # the case still arises
    assert analysis.failures == []
