"""Claims: how far a content reaches past its cue's clause (PolNeAR's bounds), on sentences
written for these tests."""

from __future__ import annotations

from test_claims import check, claims_of, only


def test_according_to_between_two_joined_clauses_vouches_for_the_one_it_hangs_on(nlp):
    text = ("Hale leads Ruiz by forty delegates after the spring contests, according to a tally by the party, "
            "but Ruiz has vowed to fight on to the convention in July.")
    claims, _ = claims_of(nlp, text)
    check(only(claims, "Hale leads Ruiz by forty delegates after the spring contests"),
          "indirect", "according to", "according to", "neutral", "a tally by the party")
    text = ("Only one ferry was cancelled last winter on the northern route, according to the harbour board, "
            "and there were only three delays in the whole season.")
    claims, _ = claims_of(nlp, text)
    only(claims, "Only one ferry was cancelled last winter on the northern route")


def test_according_to_inside_a_clause_vouches_for_the_whole_clause(nlp):
    text = ("The old ferry to the three outer islands of the northern bay, according to the harbour board's latest "
            "annual report, will stop running in March for lack of passengers and crew.")
    claims, _ = claims_of(nlp, text)
    only(claims, text[:-1])


def test_an_object_content_keeps_its_as_predicate_before_an_adjective_or_participle(nlp):
    for text, content in (("The critics described the new ferry timetable as rushed and confusing.",
                           "the new ferry timetable as rushed and confusing"),
                          ("Ruiz has described the harbour plan as doomed to fail.", "the harbour plan as doomed to fail"),
                          ("The council praised the harbour crews as tireless.", "the harbour crews as tireless")):
        claims, _ = claims_of(nlp, text)
        only(claims, content)


def test_an_as_clause_of_time_or_comment_after_the_object_stays_out(nlp):
    claims, _ = claims_of(nlp, "The mayor praised the harbour crews as the storm eased.")
    only(claims, "the harbour crews")
    claims, _ = claims_of(nlp, "The union backed the harbour plan as shown by its vote on Monday.")
    only(claims, "the harbour plan")


def test_an_object_phrase_with_a_date_only_in_a_phrase_of_its_own_is_no_setting(nlp):
    for text, content in (("She has cited her role as the chair of a ferry commission in 2004.",
                           "her role as the chair of a ferry commission in 2004"),
                          ('The mayor blasted Ruiz as a "disgrace" on Monday.', 'Ruiz as a "disgrace" on Monday')):
        claims, _ = claims_of(nlp, text)
        only(claims, content)
    claims, _ = claims_of(nlp, "The mayor praised the crews on Monday.")
    only(claims, "the crews")


def test_according_to_after_a_short_clause_joined_to_a_longer_one_vouches_for_the_short_one(nlp):
    # the first side is too short to be read with the second; it is still the one vouched for
    text = ("Hale leads by 40 delegates, according to a count by the party, "
            "but Ruiz has vowed to fight on until the convention in July.")
    claims, _ = claims_of(nlp, text)
    check(only(claims, "Hale leads by 40 delegates"),
          "indirect", "according to", "according to", "neutral", "a count by the party")
    # between a clause's subject and its verb: the clause, in two pieces around it
    text = "Sales, according to the filing, fell sharply in the third quarter after a long decline."
    claims, _ = claims_of(nlp, text)
    c = only(claims, text[:-1])
    assert [p.text for p in c.parts] == ["Sales", "fell sharply in the third quarter after a long decline"]
