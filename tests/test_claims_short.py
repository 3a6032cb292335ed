"""Claims: contents that must not stop short of what was said (PolNeAR's bounds), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from test_claims import claims_of


def contents(nlp, text: str) -> list[tuple[str, str]]:
    claims, _ = claims_of(nlp, text)
    return [(c.cue.text if c.cue else "", c.content.text) for c in claims]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The senator attacked the governor for remarks made on Monday about the flood budget.",
     "attacked", "the governor for remarks made on Monday about the flood budget"),
    ("The coach thanked the volunteers for clearing the pitch on Saturday morning.",
     "thanked", "the volunteers for clearing the pitch on Saturday morning"),
])
def test_a_date_inside_the_clause_of_an_objects_phrase_keeps_the_phrase(nlp, text, cue, content):
    assert (cue, content) in contents(nlp, text)


def test_a_dated_phrase_of_its_own_is_still_the_setting(nlp):
    text = "The senator attacked the governor on Monday."
    assert contents(nlp, text) == [("attacked", "the governor")]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The governor endorsed one of the cheaper ways out of the dispute: paying the nurses for their overtime.",
     "endorsed", "one of the cheaper ways out of the dispute: paying the nurses for their overtime"),
    ("The board reaffirmed that the plan's biggest weakness is its cost: 40% of residents say they cannot pay more.",
     "reaffirmed", "that the plan's biggest weakness is its cost: 40% of residents say they cannot pay more"),
])
def test_what_a_colon_spells_out_is_part_of_the_content(nlp, text, cue, content):
    assert (cue, content) in contents(nlp, text)


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The mayor will talk about housing and how it is changing the city's old neighbourhoods.",
     "will talk about", "housing and how it is changing the city's old neighbourhoods"),
    ("The coach spoke about the injury and how long the striker would be out.",
     "spoke about", "the injury and how long the striker would be out"),
    ("The report detailed the costs of the flood, and how the council failed to prepare for it.",
     "detailed", "the costs of the flood, and how the council failed to prepare for it"),
])
def test_a_question_clause_joined_to_the_object_is_part_of_the_content(nlp, text, cue, content):
    assert (cue, content) in contents(nlp, text)


def test_in_support_of_after_the_object_is_no_setting(nlp):
    text = "The teacher praised her pupils in support of the new library."
    assert ("praised", "her pupils in support of the new library") in contents(nlp, text)


@pytest.mark.parametrize(("text", "cue", "content"), [
    ('The senator blamed the rise in burglaries on "soft judges" in the county courts.',
     "blamed", 'the rise in burglaries on "soft judges" in the county courts'),
    ('The minister responded with chants of "no more cuts" from the back benches.',
     "responded", 'with chants of "no more cuts" from the back benches'),
])
def test_a_quoted_phrase_inside_the_objects_phrase_is_reported_with_the_phrase(nlp, text, cue, content):
    assert contents(nlp, text) == [(cue, content)]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The governor supports tightening the border, temporarily freezing new visas and ending the lottery for green cards.",
     "supports", "tightening the border, temporarily freezing new visas and ending the lottery for green cards"),
    ("The union urged the board to drop the rule, replace its chairman and open its books.",
     "urged", "the board to drop the rule, replace its chairman and open its books"),
])
def test_the_later_verbs_of_a_list_begun_in_the_content_are_part_of_it(nlp, text, cue, content):
    assert contents(nlp, text) == [(cue, content)]


def test_a_participle_after_the_object_is_no_list(nlp):
    text = "Experts welcomed the plan, saying it would cut costs."
    assert contents(nlp, text) == [("welcomed", "the plan"), ("saying", "it would cut costs")]


def test_in_and_a_gerund_after_the_object_is_no_setting(nlp):
    text = "The senator questioned the mayor's judgment in closing the harbour."
    assert ("questioned", "the mayor's judgment in closing the harbour") in contents(nlp, text)


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The senator attacked the mayor on Monday over her handling of the flood.",
     "attacked", "the mayor on Monday over her handling of the flood"),
    ("The minister defended himself on Friday for closing the rural schools.",
     "defended", "himself on Friday for closing the rural schools"),
])
def test_a_setting_followed_by_a_phrase_of_the_content_stays_inside_it(nlp, text, cue, content):
    assert (cue, content) in contents(nlp, text)


@pytest.mark.parametrize(("text", "cue", "content"), [
    ('The mayor opened with a call for the Green Party to "embrace" her budget and the new tram line.',
     "call", 'the Green Party to "embrace" her budget and the new tram line'),
    ("She kept up her attack on the housing minister, Ana Ruiz, over her department's sales of public land.",
     "attack", "the housing minister, Ana Ruiz, over her department's sales of public land"),
])
def test_the_phrases_after_what_a_cue_noun_is_about_belong_to_it(nlp, text, cue, content):
    assert (cue, content) in contents(nlp, text)


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Conservationists tend to favor small projects, like planting hedges and restoring ponds.",
     "to favor", "small projects, like planting hedges and restoring ponds"),
    ("The council agreed to embrace several of her proposals, including free buses and a later closing time for parks.",
     "agreed", "to embrace several of her proposals, including free buses and a later closing time for parks"),
])
def test_examples_after_the_object_name_what_it_is(nlp, text, cue, content):
    assert (cue, content) in contents(nlp, text)
