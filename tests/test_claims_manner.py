"""Manner-of-speaking reports beside a quote, and refusals (issue 10, "Claims and sources"):
the speaker of `"…," fumed the club's captain, Joe Bramwell` is the name however the parser
hangs it, a quote's own "not" is never part of the cue, and "declined to <verb>" is a refusal
while "denied knowing …" stays a denial. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_claims import claims_of


def quads(nlp, text: str) -> list[tuple]:
    """(content, (cue, lemma, stance), (source, resolution, entity name)) of each claim."""
    claims, index = claims_of(nlp, text)
    return [(c.content.text, c.cue and (c.cue.text, c.cue.lemma, c.cue.stance),
             c.source and (c.source.text, c.source.resolution, c.source.entity and index.by_id[c.source.entity].name))
            for c in claims]


@pytest.mark.parametrize(("text", "cue", "source", "name"), [
    # the name after the description, hung by the parser on the quote's verb
    ('"The pitch was a disgrace," fumed the visiting team\'s coach, Marek Olsen.', ("fumed", "fume", "neutral"),
     "the visiting team's coach, Marek Olsen", "Marek Olsen"),
    ('"The pitch was a disgrace," snapped the coach, Mr. Marek Olsen.', ("snapped", "snap", "assertive"),
     "the coach, Mr. Marek Olsen", "Marek Olsen"),
    # the subject before a verb the lexicon lacks, a name set beside its description
    ('"We gave everything," the 23-year-old striker, Tomas Berg, beamed.', ("beamed", "beam", "neutral"),
     "the 23-year-old striker, Tomas Berg", "Tomas Berg"),
    ('"We gave everything," the striker, Tomas Berg, grinned.', ("grinned", "grin", "neutral"),
     "the striker, Tomas Berg", "Tomas Berg"),
    # a past tense the parser took for a participle on the noun before it
    ('"I\'m lost for words," the singer, Ms. Clara Dunn, posted on Twitter.', ("posted", "post", "neutral"),
     "the singer, Ms. Clara Dunn", "Clara Dunn"),
    # the cue taken for the name's modifier: the source is the name's phrase alone
    ('"The bridge opens in May," enthused site engineer Rosa Tamm.', ("enthused", "enthuse", "neutral"),
     "site engineer Rosa Tamm", "Rosa Tamm"),
    # the subject's pieces hung on the quote's verb, the cue read as a bare participle
    ('"We were robbed," the club\'s captain, Joe Bramwell, fumed after the match.', ("fumed", "fume", "neutral"),
     "the club's captain, Joe Bramwell", "Joe Bramwell"),
    ('"It was perfect," Lindgren, 19, beamed.', ("beamed", "beam", "neutral"), "Lindgren", "Lindgren"),
    # an adverb inside the subject
    ('"It was perfect," a visibly emotional Sara Lindgren beamed.', ("beamed", "beam", "neutral"),
     "a visibly emotional Sara Lindgren", "Sara Lindgren"),
    # a negation inside the quote is not the cue's
    ('"Definitely not," countered Professor Hal Wren.', ("countered", "counter", "denial"),
     "Professor Hal Wren", "Hal Wren"),
    ('"No, never," replied the treasurer, Ada Pike.', ("replied", "reply", "neutral"), "the treasurer, Ada Pike",
     "Ada Pike"),
])
def test_a_named_speaker_after_a_manner_verb(nlp, text, cue, source, name):
    content = text[:text.index('"', 1) + 1]
    assert quads(nlp, text) == [(content, cue, (source, "named", name))]


@pytest.mark.parametrize(("text", "cue", "source"), [
    ('"We won," the players, soaked to the skin, cheered.', ("cheered", "cheer", "neutral"),
     "the players, soaked to the skin"),
    ('"We\'re thrilled," the couple, married for 40 years, beamed.', ("beamed", "beam", "neutral"), "the couple"),
    ('"Never again," the climbers, frozen to the bone, groaned.', ("groaned", "groan", "neutral"),
     "the climbers, frozen to the bone"),
])
def test_a_participle_aside_on_the_speaker_is_no_cue(nlp, text, cue, source):
    content = text[:text.index('"', 1) + 1]
    assert quads(nlp, text) == [(content, cue, (source, "described", None))]


@pytest.mark.parametrize(("text", "cue"), [
    ("Told three times to leave, the protester insisted he had a right to stay.", "Told"),
    ("Warned 12 times about the leak, the landlord did nothing.", "Warned 12 times about"),
    ("Fined two times for speeding, the driver lost his licence.", "Fined"),
])
def test_a_participle_opening_its_sentence_before_a_number_has_no_speaker(nlp, text, cue):
    claims, _ = claims_of(nlp, text)
    assert [c.source for c in claims if c.cue.text == cue] in ([], [None])


def test_a_past_form_before_a_number_and_a_colon_names_its_speaker(nlp):
    claims, _ = claims_of(nlp, "Said two residents: the noise has to stop now.")
    assert [(c.content.text, c.cue.text, c.source.text) for c in claims] == [
        ("the noise has to stop now", "Said", "two residents")]


@pytest.mark.parametrize(("text", "source"), [
    ('"What a view!" gushed a tourist from Bergen.', "a tourist from Bergen"),  # not a participle opening a clause
    ('"What a view!" gushed two hikers from Bergen.', "two hikers from Bergen"),
])
def test_a_described_speaker_keeps_where_it_is_from(nlp, text, source):
    assert quads(nlp, text) == [('"What a view!"', ("gushed", "gush", "assertive"), (source, "described", None))]


@pytest.mark.parametrize(("text", "content", "cue", "source"), [
    ('The goalkeeper snarled at photographers: "Get out of my way."', '"Get out of my way."',
     ("snarled", "snarl", "neutral"), "The goalkeeper"),
    ('The old fisherman grumbled to the crowd: "Nobody listens to us."', '"Nobody listens to us."',
     ("grumbled", "grumble", "neutral"), "The old fisherman"),
    ('The winger hissed at fans: "You should be ashamed of yourselves."', '"You should be ashamed of yourselves."',
     ("hissed", "hiss", "neutral"), "The winger"),
    ('The chef hissed at critics: "Cook it yourselves then."', '"Cook it yourselves then."',
     ("hissed", "hiss", "neutral"), "The chef"),
])
def test_a_manner_verb_taken_for_a_participle_before_a_colon(nlp, text, content, cue, source):
    assert quads(nlp, text) == [(content, cue, (source, "described", None))]


@pytest.mark.parametrize(("text", "content", "cue", "stance"), [
    ("The club declined to name the buyer.", "to name the buyer", "declined", "other"),
    ("The ministry declined to give a date for the talks.", "to give a date for the talks", "declined", "other"),
    ("The agency refused to publish the inspection reports.", "to publish the inspection reports", "refused", "other"),
    ("The treasurer declined to elaborate.", "to elaborate", "declined", "other"),
    # a denial of having done or said something stays a denial
    ("The coach denied knowing about the bonus.", "knowing about the bonus", "denied", "denial"),
    ("The mayor denied telling staff that the pool would close.", "telling staff that the pool would close",
     "denied", "denial"),
    ("The union declined the offer.", "the offer", "declined", "denial"),
])
def test_a_refusal_to_act_is_no_denial(nlp, text, content, cue, stance):
    claims, _ = claims_of(nlp, text)
    assert [(c.content.text, c.cue.text, c.cue.stance) for c in claims] == [(content, cue, stance)]


@pytest.mark.parametrize(("text", "cue", "source", "name"), [
    # an age standing for the person, its name set beside it, after a manner verb the lexicon lacks or has
    ('"I never doubted it," beamed the 24-year-old, Lena Okoye.', ("beamed", "beam", "neutral"),
     "the 24-year-old, Lena Okoye", "Lena Okoye"),
    ('"My legs were gone," grinned the 30-year-old, Pavel Nowak.', ("grinned", "grin", "neutral"),
     "the 30-year-old, Pavel Nowak", "Pavel Nowak"),
    # a phrasal manner verb keeps its particle
    ('"The report is wrong," fired back the agency\'s director, Ines Moreau.', ("fired back", "fire back", "neutral"),
     "the agency's director, Ines Moreau", "Ines Moreau"),
    # a name after a description and an undotted title is named
    ('"Absurd," scoffed the former ambassador, Sir Peter Vane.', ("scoffed", "scoff", "neutral"),
     "the former ambassador, Sir Peter Vane", "Peter Vane"),
])
def test_a_manner_verb_names_a_speaker_set_after_a_description(nlp, text, cue, source, name):
    content = text[:text.index('"', 1) + 1]
    assert quads(nlp, text) == [(content, cue, (source, "named", name))]


def test_a_phrasal_manner_verb_after_its_speaker_keeps_the_particle(nlp):
    text = 'The chef was furious. "The review was unfair," he shot back.'
    [(content, cue, _source)] = quads(nlp, text)
    assert (content, cue) == ('"The review was unfair,"', ("shot back", "shoot back", "neutral"))


@pytest.mark.parametrize(("text", "cue", "source"), [
    # the tagger reads a manner verb before a role and a name as the role's adjective
    ('The council approved the mast.\n\n"It is a blot on the hill," huffed resident Moira Tate.',
     ("huffed", "huff", "neutral"), "resident Moira Tate"),
    # a manner verb no lexicon lists: its speaker, not the previous paragraph's
    ('The council approved the mast.\n\n"It is a blot on the hill," harrumphed farmer Owen Price.',
     ("harrumphed", None, "neutral"), "farmer Owen Price"),
])
def test_a_quote_with_a_manner_verb_is_its_speakers_not_the_last_sources(nlp, text, cue, source):
    _content, (word, lemma, stance), found = quads(nlp, text)[-1]
    assert ((word, cue[1] and lemma, stance), found) == (cue, (source, "named", source.split(" ", 1)[1]))


def test_a_quote_breaking_off_for_words_where_no_cue_is_read_goes_on_from_nobody(nlp):
    text = 'Dam safe, say officials\n\nOfficials said the dam was safe.\n\n"It\'s a farce," a retired engineer, Bill Hay, chuntered.'
    assert quads(nlp, text)[-1] == ('"It\'s a farce,"', None, None)


@pytest.mark.parametrize(("text", "content", "source"), [
    # no quote broken off: the quote goes on from the speaker before it
    ('Dam news\n\nSite manager Ruth Hall said the dam was safe.\n\n"We check it every week."',
     '"We check it every week."', ("Site manager Ruth Hall", "inferred", "Ruth Hall")),
    # a particle that belongs to the sentence after the verb, not to a manner verb
    ('"We lost," the captain sighed, back in the dressing room.', '"We lost,"',
     ("the captain", "described", None)),
    # an -ed adjective after a quote that is no verb's past tense
    ('"We won," said the talented striker Ola Berg.', '"We won,"', ("the talented striker Ola Berg", "named", "Ola Berg")),
    # an -ed word the lemmatizer knows as an adjective is the name's, though its verb is known too
    ('"It\'s a scandal," frustrated resident Pat Roe, a retired teacher.', '"It\'s a scandal,"', None),
])
def test_manner_near_misses(nlp, text, content, source):
    found = [q for q in quads(nlp, text) if q[0] == content]
    assert [q[2] for q in found] == [source]
