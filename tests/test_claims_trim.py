"""Claims: contents that end where PolNeAR ends them, not where the parse lets them run on
(what was said, without when, where and how it was said), on sentences written for these tests."""

from __future__ import annotations

import pytest
from test_claims import claims_of, only


@pytest.mark.parametrize(("text", "content", "cue", "lemma", "source"), [
    ("Rural voters favored her by nine points in the western counties.", "her", "favored", "favor", "Rural voters"),
    ("Most farmers opposed him on the council.", "him", "opposed", "oppose", "Most farmers"),
    ("The dockers' union has endorsed Marta Ostrowska, the harbour pilot.", "Marta Ostrowska", "has endorsed",
     "endorse", "The dockers' union"),
    ("Two councillors backed Owen Pritchard throughout the long debate.", "Owen Pritchard", "backed", "back",
     "Two councillors"),
])
def test_a_side_taken_ends_with_whom_it_was_taken_for(nlp, text, content, cue, lemma, source):
    claims, _ = claims_of(nlp, text)
    claim = only(claims, content)
    assert claim.cue is not None and (claim.cue.text, claim.cue.lemma) == (cue, lemma)
    assert claim.kind == "indirect"
    assert claim.source is not None and claim.source.text == source


@pytest.mark.parametrize(("text", "content"), [
    ("The teachers backed Owen Pritchard for mayor.", "Owen Pritchard for mayor"),
    ("The nurses supported Ruth Hale over Daniel Whitcomb.", "Ruth Hale over Daniel Whitcomb"),
    ("The union endorsed Kasia Nowak in the primary.", "Kasia Nowak in the primary"),
    ("The mayor supported the plan by a wide margin.", "the plan by a wide margin"),
])
def test_the_role_of_the_side_taken_stays_in_the_content(nlp, text, content):
    claims, _ = claims_of(nlp, text)
    only(claims, content)


@pytest.mark.parametrize(("text", "content"), [
    ("The ferry operator pledged to keep the service running – even as the council cut its budget.",
     "to keep the service running"),
    ("Analysts expect the board to cut fares — saving riders millions.", "the board to cut fares"),
    ("Ilse Brandt said the toll would rise in May - although drivers were never told why.",
     "the toll would rise in May"),
])
def test_an_adverbial_aside_after_a_dash_is_the_writers(nlp, text, content):
    claims, _ = claims_of(nlp, text)
    claim = only(claims, content)
    assert claim.kind == "indirect"


@pytest.mark.parametrize(("text", "content"), [
    ("She said the new bridge – and its toll – would be debated in May.",
     "the new bridge – and its toll – would be debated in May"),
    ("He said the bridge would open in May – a month late.", "the bridge would open in May – a month late"),
    ('She said the council would "cut fares - unless the state pays."', 'the council would "cut fares - unless the state pays."'),
    ("He said the well-known pier would close once the tide turned.", "the well-known pier would close once the tide turned"),
])
def test_what_a_dash_does_not_set_aside_stays(nlp, text, content):
    claims, _ = claims_of(nlp, text)
    only(claims, content)


@pytest.mark.parametrize(("text", "content", "cue", "source"), [
    ('The harbour master summed up the long winter: "We kept every ferry running," she said.',
     '"We kept every ferry running,"', "said", "she"),
    ('The toll drew anger from drivers ("We pay twice for one bridge," wrote one).',
     '"We pay twice for one bridge,"', "wrote", "one"),
])
def test_a_quote_led_in_by_a_colon_or_a_bracket_is_the_whole_content(nlp, text, content, cue, source):
    claims, _ = claims_of(nlp, text)
    claim = only(claims, content)
    assert claim.kind == "direct"
    assert claim.cue is not None and claim.cue.text == cue
    assert claim.source is not None and claim.source.text == source


def test_a_quote_ending_a_clause_of_reported_words_keeps_the_clause(nlp):
    text = 'The harbour master said the ferries "kept running all winter," she told reporters.'
    claims, _ = claims_of(nlp, text)
    assert only(claims, 'The harbour master said the ferries "kept running all winter,"').kind == "mixed"


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("The minister is acknowledging mistakes and learning from them.", "mistakes", "is acknowledging"),
    ('She is writing a memoir called "Ashore" and running the campaign.', 'a memoir called "Ashore"', "is writing"),
    ("The council is backing a plan to widen the harbour and dredging the old channel.", "a plan to widen the harbour",
     "is backing"),
])
def test_an_ing_verb_joined_to_an_ing_cue_is_not_part_of_its_content(nlp, text, content, cue):
    claims, _ = claims_of(nlp, text)
    claim = only(claims, content)
    assert claim.cue is not None and claim.cue.text == cue


def test_a_list_in_the_content_of_an_ing_cue_stays_whole(nlp):
    claims, _ = claims_of(nlp, "He is promoting a plan for cheaper fares and lower tolls.")
    only(claims, "a plan for cheaper fares and lower tolls")


def test_a_described_at_length_appositive_on_the_noun_an_object_ends_with_is_the_writers(nlp):
    text = "The senator mentioned her defence of the Harbour Trust, a charity that runs the old lighthouse."
    claims, _ = claims_of(nlp, text)
    only(claims, "her defence of the Harbour Trust")
    claims, _ = claims_of(nlp, "The mayor praised the work of Ruth Hale, the harbour pilot.")
    only(claims, "the work of Ruth Hale, the harbour pilot")


@pytest.mark.parametrize(("text", "content"), [
    ("She praised his support for the expansion of the Leith Trust, a charity that runs the ferries.",
     "his support for the expansion of the Leith Trust"),
    ("The minister criticized the closure of the wing of St Mary's, a hospital that serves the valley.",
     "the closure of the wing of St Mary's"),
])
def test_the_noun_an_object_ends_with_is_found_through_every_phrase(nlp, text, content):
    """Two phrases deep ("support for the expansion of the Trust"), not one only."""
    claims, _ = claims_of(nlp, text)
    only(claims, content)


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("The mayor talks about the ferries at every stop of her tour.", "the ferries", "talks about"),
    ("She repeated her position at a town hall in Leith.", "her position", "repeated"),
    ("Hale has spoken about the harbour in a way that few mayors do.", "the harbour", "has spoken about"),
])
def test_where_and_how_a_matter_was_spoken_of_is_not_the_matter(nlp, text, content, cue):
    claims, _ = claims_of(nlp, text)
    claim = only(claims, content)
    assert claim.cue is not None and claim.cue.text == cue


@pytest.mark.parametrize(("text", "content"), [
    ("He never mentioned Hale by name.", "Hale by name"),
    ("The mayor talked about the cost of the bridge.", "the cost of the bridge"),
    ("She spoke of the toll as a tax.", "the toll as a tax"),
])
def test_the_role_of_a_matter_spoken_of_stays(nlp, text, content):
    claims, _ = claims_of(nlp, text)
    only(claims, content)


@pytest.mark.parametrize(("text", "content", "source"), [
    ('"Let me be very clear. I will not be neutral," Hale said, in another shot at the mayor.',
     '"Let me be very clear. I will not be neutral,"', "Hale"),
    ('"Are you hurt, friend? Take my arm," he said, when a runner seemed to trip.',
     '"Are you hurt, friend? Take my arm,"', "he"),
    # the parser hangs the cue on the quote's verb as an aside, and the "when"/"as" clause with it
    ('"Stay down," she said, when a marcher seemed to slip.', '"Stay down,"', "she"),
    ('"Are you cold, son? Do not worry," she said, as the rain began to fall.',
     '"Are you cold, son? Do not worry,"', "she"),
    ('"We will appeal," she said, because the ruling had surprised her.', '"We will appeal,"', "she"),
])
def test_how_and_when_a_quote_was_said_is_not_part_of_it(nlp, text, content, source):
    claims, _ = claims_of(nlp, text)
    claim = only(claims, content)
    assert claim.kind == "direct"
    assert claim.source is not None and claim.source.text == source


def test_a_sentence_of_the_speakers_going_on_past_the_cue_stays_one_content(nlp):
    text = '"Only you, Ruth," she said, would turn a fine into a party.'
    claims, _ = claims_of(nlp, text)
    only(claims, text[:-1])


@pytest.mark.parametrize(("text", "content"), [
    ("Hale said the ferry would stop in Leith, where she grew up.", "the ferry would stop in Leith"),
    ("The mayor said the toll would end in 2019, when the bridge is paid off.", "the toll would end in 2019"),
])
def test_a_relative_clause_of_place_or_time_set_off_by_a_comma_is_the_writers(nlp, text, content):
    claims, _ = claims_of(nlp, text)
    only(claims, content)


@pytest.mark.parametrize(("text", "content"), [
    ("Halvorsen Shipping said Monday it would close two yards.", "it would close two yards"),
    ("The harbour master said on Tuesday the channel would stay shut.", "the channel would stay shut"),
    ("Councillor Ines Varga said late Thursday that the deal had collapsed.", "that the deal had collapsed"),
    ("The coach told reporters Friday night his players were exhausted.", "his players were exhausted"),
    ("The ministry said Wednesday the bridge would reopen in May.", "the bridge would reopen in May"),
    ("The company said this week it would cut 400 jobs.", "it would cut 400 jobs"),
])
def test_the_time_of_saying_is_not_in_the_content(nlp, text, content):
    claims, _ = claims_of(nlp, text)
    only(claims, content)


@pytest.mark.parametrize(("text", "content"), [
    ("The clerk said Monday's vote was rigged.", "Monday's vote was rigged"),
    ("Last month, the ferry line cut its fares, the regulator said.", "Last month, the ferry line cut its fares"),
    ("The minister said next year the tax would rise.", "next year the tax would rise"),
    ("The forecaster said Tuesday will be the wettest day.", "Tuesday will be the wettest day"),
])
def test_a_time_of_the_reported_clause_stays_in_it(nlp, text, content):
    claims, _ = claims_of(nlp, text)
    only(claims, content)
