"""Claims whose content is not among the reporting verb's own complements (tui/analysis/verb_frames.py)."""

from __future__ import annotations

import pytest
from test_claims import check, claims_of, only


@pytest.mark.parametrize(("text", "content", "cue", "lemma", "source"), [
    ("As the Ledger reported last week, the county will close two libraries in March.",
     "the county will close two libraries in March", "reported", "report", "the Ledger"),
    ("Ticket sales fell by a third after the fare rise, as the transit board's auditor noted.",
     "Ticket sales fell by a third after the fare rise", "noted", "note", "the transit board's auditor"),
    ("As Ms. Varga pointed out in her column, the bridge has not been inspected since 2009.",
     "the bridge has not been inspected since 2009", "pointed out", "point out", "Ms. Varga"),
    # the parser hangs the comma that closes the "as" clause on its verb
    ("As the Business Times noted, the mayor raised more than a million dollars from developers.",
     "the mayor raised more than a million dollars from developers", "noted", "note", "the Business Times"),
])
def test_an_as_clause_vouches_for_the_clause_it_comments_on(nlp, text, content, cue, lemma, source):
    claims, _ = claims_of(nlp, text)
    check(only(claims, content), "indirect", cue, lemma, "neutral", source)


@pytest.mark.parametrize(("text", "content", "cue", "lemma"), [
    ("The price of the harbour land was not disclosed.", "The price of the harbour land", "not disclosed", "disclose"),
    ("The new library budget was approved on Tuesday.", "The new library budget", "approved", "approve"),
])
def test_a_passive_with_nobody_named_reports_its_subject(nlp, text, content, cue, lemma):
    claims, _ = claims_of(nlp, text)
    c = only(claims, content)
    assert (c.cue.text, c.cue.lemma, c.source) == (cue, lemma, None)


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("It appears that the ferry company never filed the permit.", "that the ferry company never filed the permit", "appears"),
    ("It seems likely that the council will delay the vote.", "likely that the council will delay the vote", "seems"),
])
def test_an_impersonal_it_seems_hedges_the_clause_after_it(nlp, text, content, cue):
    claims, _ = claims_of(nlp, text)
    check(only(claims, content), "indirect", cue, cue[:-1], "hedged", None)


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("The governor made it clear that she would veto the pension bill.", "that she would veto the pension bill", "made it clear"),
    ("The airline made clear on Monday that it would keep the route.", "that it would keep the route", "made clear"),
])
def test_made_clear_reports_the_clause_it_announces(nlp, text, content, cue):
    claims, _ = claims_of(nlp, text)
    c = only(claims, content)
    assert (c.cue.text, c.cue.lemma, c.cue.stance) == (cue, "make clear", "assertive")
    assert c.source is not None and c.source.text in ("The governor", "The airline")


@pytest.mark.parametrize(("text", "content", "cue", "source"), [
    ("Asked whether the tax was fair, 61 percent of renters said no.", "no", "said", "61 percent of renters"),
    ("The mayor thinks so, too.", "so", "thinks", "The mayor"),
])
def test_one_word_standing_for_a_clause_is_the_content(nlp, text, content, cue, source):
    claims, _ = claims_of(nlp, text)
    c = only(claims, content)
    assert (c.cue.text, c.source.text) == (cue, source)


def test_saying_no_to_something_does_not_report_the_word(nlp):
    claims, _ = claims_of(nlp, "The board said no to the stadium loan.")
    assert "no" not in [c.content.text for c in claims]


def test_an_attribution_the_parser_hangs_on_the_clause_it_reports(nlp):
    text = ("The harbour should be dredged before winter, a blunt headline from the Ledger's "
            "opinion desk reads in a column printed on Wednesday.")
    claims, _ = claims_of(nlp, text)
    c = only(claims, "The harbour should be dredged before winter")
    assert (c.cue.text, c.source.text) == ("reads", "a blunt headline from the Ledger's opinion desk")


def test_a_reputation_in_the_passive_is_a_view_nobody_in_particular_gives(nlp):
    claims, _ = claims_of(nlp, "The ferry company is known for its late departures.")
    c = only(claims, "The ferry company is known for its late departures")
    assert (c.cue.text, c.cue.lemma, c.source) == ("known", "know", None)


def test_hoping_for_reports_what_is_hoped_for(nlp):
    claims, _ = claims_of(nlp, "The dockworkers' union is hoping for a better offer from the port.")
    c = only(claims, "a better offer from the port")
    assert (c.cue.text, c.cue.lemma, c.cue.stance, c.source.text) == ("is hoping for", "hope for", "hedged", "The dockworkers' union")


@pytest.mark.parametrize(("text", "content", "cue", "source"), [
    ('"Absolutely," the coach said when asked about the playoffs.', '"Absolutely,"', "said", "the coach"),
    ("The mayor asked who would pay for it.\n\n“Developers!” the crowd shouted.", "“Developers!”", "shouted", "the crowd"),
])
def test_a_one_word_utterance_with_its_cue_is_a_direct_quote(nlp, text, content, cue, source):
    claims, _ = claims_of(nlp, text)
    c = only(claims, content)
    assert (c.kind, c.cue.text, c.source.text) == ("direct", cue, source)




def test_hinting_at_reports_what_is_hinted_at(nlp):
    claims, _ = claims_of(nlp, "The coach hinted at a change of goalkeeper.")
    c = only(claims, "a change of goalkeeper")
    assert (c.cue.text, c.cue.lemma, c.cue.stance) == ("hinted at", "hint at", "hedged")


@pytest.mark.parametrize("text", [
    # an "as" clause of time or manner, or with nobody in it, comments on nothing
    "Fares rose again as the strike continued into its second week.",
    "The crowd cheered as the mayor read her statement.",  # a verb with its own object
    "The senator shrugged at the question, as if he had not heard.",
    "Turnout rose in the east, as expected.",
    # a passive completed by a phrase of its own reports no subject
    "The treasurer was charged with fraud last year.",
    "The senator is favored to win the primary.",
    "The coach made clear his plans for the season.",  # "made clear" with an object
    "The team lost the final and the coach complained.",  # two events joined by "and"
    "'Harbor Town' names its mayor of the year.",  # a name in quotes opening a line: no utterance
])
def test_frames_that_report_nothing(nlp, text):
    claims, _ = claims_of(nlp, text)
    assert claims == [], [(c.cue.text if c.cue else None, c.content.text) for c in claims]
