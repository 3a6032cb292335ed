"""Cue words used in a sense that reports nothing, kept out as classes (issue 10): a "case"
that is a lawsuit or an instance, an attack that is an act of force, a cue verb in the
imperative or in a yes-or-no question addressed to the reader, a roster or a kicker under a
line's label, an office sought or won; each beside a sentence of the same shape that stays a
claim."""

from __future__ import annotations

from test_claims import claims_of


def triples(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    claims, _ = claims_of(nlp, text)
    return [(c.content.text, c.cue.text if c.cue else None, c.source.text if c.source else None) for c in claims]


# --- "case": an argument only when someone makes it or owns it -------------------------------

def test_case_as_lawsuit_or_instance_is_no_claim(nlp):
    assert triples(nlp, "In the case of the northern district, the money arrived late.") == []
    assert triples(nlp, "The files are now evidence in a criminal case against the former treasurer.") == []
    assert triples(nlp, "Doctors reported new cases of the fever in the valley.") == [
        ("new cases of the fever in the valley", "reported", "Doctors")]


def test_case_made_or_owned_stays_a_claim(nlp):
    assert triples(nlp, "The union made the case that the plant should stay open.") == [
        ("that the plant should stay open", "case", "The union")]
    assert triples(nlp, "Voters liked her case for a new bridge.") == [("a new bridge", "case", "her")]


# --- an attack that is an act of force -------------------------------------------------------

def test_attack_of_force_is_no_claim(nlp):
    assert triples(nlp, "Four guards died in the 2019 attack on the embassy.") == []
    assert triples(nlp, "The deadly attack on the market shocked the town.") == []
    assert triples(nlp, "Officials reviewed the attacks on the depot in Lagos.") == []


def test_attack_in_words_stays_a_claim(nlp):
    assert triples(nlp, "The senator launched a sharp attack on the tax plan.") == [
        ("the tax plan", "attack", "The senator")]


# --- the writer addressing the reader ---------------------------------------------------------

def test_imperative_to_the_reader_is_no_claim(nlp):
    assert triples(nlp, "Consider the record turnout in the spring primaries.") == []
    assert triples(nlp, "Imagine the uproar if the council raised taxes again.") == []
    assert triples(nlp, "Remember: the bridge closed twice last winter.") == []
    assert triples(nlp, "Call it the politics of spite.") == []
    assert triples(nlp, "Don't blame the ferry crews.") == []  # a negative imperative: its "do" opens the sentence
    assert triples(nlp, "Do not forget that the bridge closed twice last winter.") == []


def test_a_yes_or_no_question_to_the_reader_is_no_claim(nlp):
    assert triples(nlp, "Do you back the ferry levy? Vote in our poll.") == []
    assert triples(nlp, "Will you vote for the levy in May?") == []


def test_a_question_in_an_interview_or_about_others_stays_a_claim(nlp):
    assert triples(nlp, "Q: Yet the ferry sank twice. Do you believe the yard can fix it?") == [
        ("the yard can fix it", "Do you believe", "you")]
    assert triples(nlp, '"Do you support the mayor?" the host asked.') == [
        ('"Do you support the mayor?"', "asked", "the host")]
    assert triples(nlp, "Do they support the mayor? Nobody knows.") == [("the mayor", "Do they support", "they")]
    assert triples(nlp, "Do they back the ferry levy? Few do.") == [("the ferry levy", "Do they back", "they")]


def test_a_negative_imperative_after_a_bullet_is_no_claim(nlp):
    # a list of advice: the bullet opens the sentence, the "do" the imperative
    text = "Tips for the storm:\n- Don't forget that the bridge will be closed.\n- Consider the record turnout."
    assert triples(nlp, text) == []
    # after a bullet, a negated cue with its subject is still a claim
    assert triples(nlp, "Notes:\n- The mayor did not blame the ferry crews.") == [
        ("the ferry crews", "did not blame", "The mayor")]


def test_a_negated_cue_with_its_subject_stays_a_claim(nlp):
    assert triples(nlp, "The mayor did not blame the ferry crews.") == [("the ferry crews", "did not blame", "The mayor")]


def test_imperative_reporting_a_quote_or_told_to_someone_stays(nlp):
    assert triples(nlp, 'Read the note: "We will not back down on the budget."') == [
        ('"We will not back down on the budget."', "Read", None)]
    assert triples(nlp, "The mayor told voters to remember that the bridge closed twice last winter.") == [
        ("voters to remember that the bridge closed twice last winter", "told", "The mayor")]


# --- a line's label that names nobody speaking ------------------------------------------------

def test_roster_under_a_heading_is_no_claim(nlp):
    text = "Panel members\n\nOhio: Dana Price, Walter Greene, Mia Holt, Oscar Bell.\n\nThe panel met on Monday."
    assert triples(nlp, text) == []


def test_kicker_before_a_headline_is_no_speaker(nlp):
    assert triples(nlp, "LOOK: Council Votes To Close The Old Bridge") == [
        ("To Close The Old Bridge", "Votes", "Council")]


def test_speaker_line_stays(nlp):
    assert triples(nlp, "Senator Hale: We will not pay for the bridge") == [
        ("We will not pay for the bridge", ":", "Senator Hale")]


# --- an office sought or won ------------------------------------------------------------------

def test_running_for_office_is_no_claim(nlp):
    assert triples(nlp, "Dana Ruiz, who is seeking re-election, toured the plant.") == []
    assert triples(nlp, "As she seeks the White House, the senator has cut her travel.") == []
    assert triples(nlp, "The mayor needs six more votes to claim the nomination.") == []


def test_seeking_or_claiming_something_else_stays(nlp):
    assert triples(nlp, "The council is seeking a delay in the vote.") == [
        ("a delay in the vote", "is seeking", "The council")]
    assert triples(nlp, "The mayor claimed victory on Tuesday night.") == [("victory", "claimed", "The mayor")]
