"""Claims of known cues whose content sits outside the cue's own complements: the noun a
relative clause hangs on, a gerund the parser took for a clause, …"""

from __future__ import annotations

import pytest
from test_claims import claims_of, only


@pytest.mark.parametrize(("text", "content", "cue", "lemma", "source", "resolution"), [
    ("The harbour board dropped the toll plan, a scheme the mayor had backed for years.",
     "a scheme", "had backed", "back", "the mayor", "described"),
    ("Senator Tom Hale spoke in Dayton on Friday. Voters heard again the promises he has been repeating since the spring.",
     "the promises", "has been repeating", "repeat", "he", "pronoun"),
    ("The ferry operator got everything the mayor wanted from the port.",
     "everything", "wanted", "want", "the mayor", "described"),
])
def test_a_relative_clause_with_no_object_reports_the_noun_it_hangs_on(nlp, text, content, cue, lemma, source, resolution):
    claims, _ = claims_of(nlp, text)
    c = only(claims, content)
    assert (c.cue.text, c.cue.lemma, c.source.text, c.source.resolution) == (cue, lemma, source, resolution)


@pytest.mark.parametrize("text", [
    "The mayor signed the budget that the council backed.",  # a relative pronoun opens the clause
    "The ferry plan announced on Monday will cost more.",  # a participle, not a relative clause
    "The union backed a plan that cuts fares.",  # the relative clause's subject is the pronoun
])
def test_no_relative_object_without_a_subject_of_its_own_or_with_a_relative_pronoun(nlp, text):
    claims, _ = claims_of(nlp, text)
    assert not [c for c in claims if c.cue.text in ("backed", "announced")
                and c.content.text in ("the budget", "The ferry plan", "a plan")], [(c.cue.text, c.content.text) for c in claims]


@pytest.mark.parametrize(("text", "content", "cue", "lemma", "source", "resolution"), [
    ("The transit union has endorsed putting cameras on every bus.", "putting cameras on every bus",
     "has endorsed", "endorse", "The transit union", "described"),
    ("Mayor Ruth Okafor did not mention raising the parking fees.", "raising the parking fees",
     "did not mention", "mention", "Mayor Ruth Okafor", "named"),
])
def test_a_gerund_is_the_object_of_a_cue_that_takes_one(nlp, text, content, cue, lemma, source, resolution):
    claims, _ = claims_of(nlp, text)
    c = only(claims, content)
    assert (c.cue.text, c.cue.lemma, c.source.text, c.source.resolution) == (cue, lemma, source, resolution)



@pytest.mark.parametrize(("text", "content", "cue", "lemma", "source"), [
    ("The board's rejection of the toll plan surprised nobody.", "the toll plan", "rejection", "rejection", "The board"),
    ("Few were moved by the mayor's argument about the budget.", "the budget", "argument", "argument", "the mayor"),
    ("The union kept alive its hopes of a late deal.", "a late deal", "hopes", "hope", "The union"),
])
def test_a_noun_of_view_or_hope_reports_its_of_or_about_object(nlp, text, content, cue, lemma, source):
    claims, _ = claims_of(nlp, text)
    c = only(claims, content)
    assert (c.cue.text, c.cue.lemma, c.source.text, c.source.resolution) == (cue, lemma, source, "described")


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("The toll plan was popular in May. By June it appeared to divide the council.",
     "it appeared to divide the council", "appeared"),
    ("The new bridge design looked bold on paper. Up close it seemed like a mistake.",
     "it seemed like a mistake", "seemed"),
    # an impersonal "it" with the clause under the adjective: what follows "it seems"
    ("It seems increasingly likely that the council will delay the vote.",
     "increasingly likely that the council will delay the vote", "seems"),
])
def test_it_that_stands_for_something_is_hedged_with_its_predicate(nlp, text, content, cue):
    claims, _ = claims_of(nlp, text)
    c = only(claims, content)
    assert (c.cue.text, c.cue.stance, c.source) == (cue, "hedged", None)


@pytest.mark.parametrize(("text", "content", "cue", "source", "resolution"), [
    ("Mayor Ruth Okafor made conflicting statements about how the bridge would be paid for.",
     "how the bridge would be paid for", "statements", "Mayor Ruth Okafor", "named"),
    ("The board's decision on whether the ferry will run in winter is due in May.",
     "whether the ferry will run in winter", "decision", "The board", "described"),
])
def test_a_cue_noun_reports_the_question_clause_of_its_about_phrase(nlp, text, content, cue, source, resolution):
    claims, _ = claims_of(nlp, text)
    c = only(claims, content)
    assert (c.cue.text, c.source.text, c.source.resolution) == (cue, source, resolution)


def test_a_plain_object_of_a_noun_without_an_object_frame_is_no_content(nlp):
    claims, _ = claims_of(nlp, "The mayor's statement about the weather was brief.")
    assert [c.content.text for c in claims] == []


@pytest.mark.parametrize(("text", "content", "cue", "source"), [
    ("Council members disagree on how the new tax should be spent.", "how the new tax should be spent",
     "disagree", "Council members"),
    ("Reporters pressed the mayor on why the ferry was late.", "why the ferry was late", "pressed", "Reporters"),
])
def test_a_clause_cue_reports_the_question_clause_of_its_about_phrase(nlp, text, content, cue, source):
    claims, _ = claims_of(nlp, text)
    c = only(claims, content)
    assert (c.cue.text, c.source.text, c.source.resolution) == (cue, source, "described")


def test_a_pronoun_with_an_of_phrase_is_an_object_even_of_a_clause_cue(nlp):
    claims, _ = claims_of(nlp, "Hale did not mention any of her rivals.")
    c = only(claims, "any of her rivals")
    assert (c.cue.text, c.source.text, c.source.resolution) == ("did not mention", "Hale", "named")
    claims, _ = claims_of(nlp, "Hale did not mention it.")  # a bare pronoun stays no content of a clause cue
    assert [c.content.text for c in claims] == []


@pytest.mark.parametrize(("text", "content", "cue", "source"), [
    ("The toll plan drew sharp criticism from the harbour union.", "The toll plan", "criticism", "the harbour union"),
    ("Mayor Ruth Okafor won the endorsement of the teachers' union.", "Mayor Ruth Okafor", "endorsement",
     "the teachers' union"),
    ("Hale has strong support among nurses.", "Hale", "support", "nurses"),
])
def test_a_stance_the_subject_receives_is_about_the_subject_and_given_by_the_giver(nlp, text, content, cue, source):
    claims, _ = claims_of(nlp, text)
    c = only(claims, content)
    assert (c.cue.text, c.source.text, c.source.resolution) == (cue, source, "described")


@pytest.mark.parametrize("text", [
    "The toll plan drew criticism for its cost.",  # the noun's own object: what it is criticised for
    "The toll plan drew criticism.",  # nobody gives it
])
def test_a_received_stance_needs_a_giver_and_no_object_of_its_own(nlp, text):
    claims, _ = claims_of(nlp, text)
    assert not [c for c in claims if c.content.text == "The toll plan"], [(c.cue.text, c.content.text) for c in claims]
