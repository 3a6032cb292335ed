"""Claims: where a content ends when something is joined after it (the speaker's next act, a
second clause or phrase of the cue, a reason), PolNeAR's bounds, on sentences written for
these tests."""

from __future__ import annotations

import pytest

from test_claims import check, claims_of, only


def test_a_joined_report_in_the_cue_s_tense_is_a_claim_of_its_own(nlp):
    text = "The harbour master said the ferry would stop running in March and praised the crew for their patience."
    claims, _ = claims_of(nlp, text)
    assert len(claims) == 2
    check(only(claims, "the ferry would stop running in March"), "indirect", "said", "say", "neutral",
          "The harbour master")
    check(only(claims, "the crew for their patience"), "indirect", "praised", "praise", "assertive",
          "The harbour master")


@pytest.mark.parametrize(("text", "content", "source"), [
    # going on with the reported clause's auxiliary
    ("The mayor said the council would expand the bus service and push for cheaper fares.",
     "the council would expand the bus service and push for cheaper fares", "The mayor"),
    # in the reported clause's tense
    ("The union said its members were tired of waiting and wanted a new offer.",
     "its members were tired of waiting and wanted a new offer", "The union"),
])
def test_a_verb_going_on_with_the_reported_clause_stays_in_it(nlp, text, content, source):
    claims, _ = claims_of(nlp, text)
    check(only(claims, content), "indirect", "said", "say", "neutral", source)
    assert len(claims) == 1


def test_a_second_that_clause_of_the_cue_is_part_of_the_content(nlp):
    claims, _ = claims_of(nlp, "The engineer predicted that fares would rise, but that riders would stay on the buses.")
    check(only(claims, "that fares would rise, but that riders would stay on the buses"),
          "indirect", "predicted", "predict", "hedged", "The engineer")
    assert len(claims) == 1


def test_a_second_phrase_of_the_cue_s_role_is_part_of_the_content(nlp):
    claims, _ = claims_of(nlp, "The union has called for more buses on the coast road, and for cheaper fares.")
    check(only(claims, "more buses on the coast road, and for cheaper fares"),
          "indirect", "has called for", "call for", "directive", "The union")
    assert len(claims) == 1


def test_a_joined_phrase_of_manner_is_no_part_of_the_content(nlp):
    claims, _ = claims_of(nlp, "The union has called for more buses on the coast road, but in a polite letter.")
    assert [c.content.text for c in claims] == ["more buses on the coast road"]


def test_the_reason_of_a_reported_clause_is_part_of_it(nlp):
    text = ("The agency said it did not count those visits in its total because, presumably, visits by officials "
            "were part of the daily routine.")
    claims, _ = claims_of(nlp, text)
    check(only(claims, "it did not count those visits in its total because, presumably, visits by officials were "
                       "part of the daily routine"), "indirect", "said", "say", "neutral", "The agency")
    assert len(claims) == 1


def test_the_reason_after_an_object_content_is_the_writer_s(nlp):
    claims, _ = claims_of(nlp, "The nurses endorsed Ruth Hale because she promised a new clinic.")
    check(only(claims, "Ruth Hale"), "indirect", "endorsed", "endorse", "assertive", "The nurses")
