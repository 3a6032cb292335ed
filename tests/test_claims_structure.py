"""Claims the parse's structure or the lexicon's frames decide: what a cue's object is,
which phrases of a sentence are no one's report."""

from __future__ import annotations

import pytest
from test_claims import check, claims_of, only


@pytest.mark.parametrize(("text", "content", "cue", "lemma", "source"), [
    ("The mayor blamed the delay on the weather.", "the delay on the weather", "blamed", "blame", "The mayor"),
    ("Hale blamed several factors, including budget cuts that removed grants from the port.",
     "several factors, including budget cuts that removed grants from the port", "blamed", "blame", "Hale"),
    ("The board had chided the mayor on Monday for staying on vacation instead of visiting the flooded towns.",
     "the mayor on Monday for staying on vacation instead of visiting the flooded towns", "had chided", "chide",
     "The board"),
])
def test_blaming_or_chiding_reports_whom_or_what_it_blames(nlp, text, content, cue, lemma, source):
    """Blame and reproach in words, like "criticized": the object is the position taken
    (PolNeAR train: 31 of 41 objects of "blame" and all 5 of "chide" are gold contents)."""
    claims, _ = claims_of(nlp, text)
    check(only(claims, content), "indirect", cue, lemma, "assertive", source)


@pytest.mark.parametrize("text", ["Hale blamed herself.", "The mayor blamed it."])
def test_blaming_a_pronoun_reports_nothing(nlp, text):
    assert claims_of(nlp, text)[0] == []


@pytest.mark.parametrize(("text", "content", "source"), [
    ("In nearby Dunmore, the old paper mill is still running, but it is losing money on every order, "
     "said the firm's finance director, Ruth Hale.",
     "In nearby Dunmore, the old paper mill is still running, but it is losing money on every order",
     "the firm's finance director, Ruth Hale"),
    ("The ferry is running late again, and the fares will rise next month, said a spokesman for the port.",
     "The ferry is running late again, and the fares will rise next month", "a spokesman for the port"),
])
def test_an_attribution_with_its_subject_after_the_verb_hung_on_the_clause_before_reports_it(nlp, text, content, source):
    """The parser hangs "…, said X" on the reported clause as a conjunct: its subject follows it."""
    claims, _ = claims_of(nlp, text)
    check(only(claims, content), "indirect", "said", "say", "neutral", source)
