"""Claims of issue 10's classes on sentences written to probe them anew (not the issue's own):
each failed before its fix; exact content, cue, source, entity and resolution expected."""

from __future__ import annotations

import pytest

from test_claim_sources import one, source_of
from test_claims import claims_of


def named(index) -> dict[str, str]:
    return {e.id: e.name for e in index.entities}


# --- a curly apostrophe inside a name ---------------------------------------------------------

@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_a_name_with_a_curly_apostrophe_is_a_name(nlp, apostrophe):
    claim, _ = one(nlp, f"Shane O{apostrophe}Malley said the club doesn{apostrophe}t need a new stadium.")
    assert claim.content.text == f"the club doesn{apostrophe}t need a new stadium"
    assert claim.source is not None
    assert (claim.source.text, claim.source.resolution) == (f"Shane O{apostrophe}Malley", "named")


def test_according_to_a_name_with_a_curly_apostrophe(nlp):
    claim, names = one(nlp, "According to Liam O’Neill, the agency hasn’t paid its suppliers since June.")
    assert claim.content.text == "the agency hasn’t paid its suppliers since June"
    assert (claim.cue.text, claim.cue.lemma) == ("According to", "according to")
    assert source_of(claim, names) == ("Liam O’Neill", "Liam O’Neill", None, "named")


@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_the_apostrophe_leaves_the_text_as_it_is(nlp, apostrophe):
    doc = nlp(f"The union{apostrophe}s leader, Bernadette O{apostrophe}Connor, told members.")
    assert [t.text for t in doc][:5] == ["The", "union", f"{apostrophe}s", "leader", ","]
    assert (doc[6].text, doc[6].pos_) == (f"O{apostrophe}Connor", "PROPN")


# --- a trailing attribution whose speaker the parser hung on the clause before ---------------

@pytest.mark.parametrize(("text", "content", "cue", "source"), [
    # the speaker taken for an appositive of the clause's object
    ("The airport will add a second runway, its director, Katarzyna Nowak, said on Friday.",
     "The airport will add a second runway", "said", "its director, Katarzyna Nowak"),
    # ... or for its object, the cue for a bare participle
    ("The school will close, the district's superintendent, Beatriz Alonso, announced on Wednesday.",
     "The school will close", "announced", "the district's superintendent, Beatriz Alonso"),
])
def test_a_trailing_speaker_set_off_by_commas(nlp, text, content, cue, source):
    claim, _ = one(nlp, text)
    assert claim.content.text == content
    assert claim.cue is not None and claim.cue.text == cue
    assert claim.source is not None and (claim.source.text, claim.source.resolution) == (source, "named")


def test_a_trailing_cue_with_a_noun_after_it_is_not_given_the_phrase_before(nlp):
    # the noun after the cue may be its inverted subject: the phrase before is not taken for it
    claims, _ = claims_of(nlp, "The firm fired its chief, Jo Hale, said people close to the board.")
    assert all(c.source is None or c.source.text != "its chief, Jo Hale" for c in claims)


# --- non-claims -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The airline did not respond to a request for comment on Sunday.",
    "Representatives of the band could not immediately be reached for comment on Friday.",
    "The mayor's office did not immediately respond to emails seeking comment.",
    "The agency did not return a call seeking comment.",
    "The ministry did not reply to messages on Monday.",
])
def test_no_answer_to_a_request_for_comment(nlp, text):
    claims, _ = claims_of(nlp, text)
    assert claims == []


def test_a_date_after_a_speech_noun_is_no_content(nlp):
    claims, _ = claims_of(nlp, "The ministry issued a statement on Friday.")
    assert claims == []


# --- a relative clause that reports is not part of another claim's source ---------------------

@pytest.mark.parametrize(("text", "outer", "cue", "speaker", "inner", "name", "antecedent"), [
    ("The plan was opposed by Councillor Ada Moss, who has argued that the park must stay.",
     "The plan", "opposed", "Councillor Ada Moss", "that the park must stay", "Ada Moss", "Councillor Ada Moss"),
    ("The deal was backed by Hannah Cole, who insisted it would save jobs.",
     "The deal", "backed", "Hannah Cole", "it would save jobs", "Hannah Cole", "Hannah Cole"),
])
def test_a_reporting_relative_clause_is_its_own_claim(nlp, text, outer, cue, speaker, inner, name, antecedent):
    claims, index = claims_of(nlp, text)
    names = named(index)
    assert [c.content.text for c in claims] == [outer, inner]
    assert claims[0].cue.text == cue
    assert source_of(claims[0], names) == (speaker, name, None, "named")
    assert source_of(claims[1], names) == ("who", name, antecedent, "pronoun")


# --- a pronoun's antecedent named outside the subject -----------------------------------------

@pytest.mark.parametrize(("pronoun", "content", "name", "antecedent"), [
    ("She", "the reform would fail", "Fenella Dunn", "Lady Fenella Dunn"),
    ("He", "the reform would pass", "Alwyn Price", "Lord Alwyn Price"),
])
def test_a_pronoun_takes_the_person_of_its_gender_in_the_sentence_before(nlp, pronoun, content, name, antecedent):
    text = f"Lord Alwyn Price spoke to Lady Fenella Dunn after the vote. {pronoun} said {content}."
    claim, names = one(nlp, text)
    assert claim.content.text == content
    assert source_of(claim, names) == (pronoun, name, antecedent, "pronoun")


def test_a_subject_of_untold_gender_still_comes_first(nlp):
    claims, index = claims_of(nlp, "Maria Costa thanked Peter Novak for his help. She said the project was finished.")
    said = next(c for c in claims if c.content.text == "the project was finished")
    assert source_of(said, named(index)) == ("She", "Maria Costa", "Maria Costa", "pronoun")


def test_not_every_one_of_a_group_is_nobody_in_particular(nlp):
    text = "Town news\n\nNot every shop owner welcomed the pedestrian zone."  # "not" hung on "every"
    claims, _ = claims_of(nlp, text)
    assert claims == []


def test_a_trailing_told_keeps_its_addressee_out_of_the_content(nlp):
    claim, names = one(nlp, "Wages will be frozen, the firm's new finance chief, former banker Ruth Adler, "
                            "told staff on Monday.")
    assert claim.content.text == "Wages will be frozen"
    assert claim.cue is not None and claim.cue.text == "told"
    assert source_of(claim, names) == (
        "the firm's new finance chief, former banker Ruth Adler", "Ruth Adler", None, "named")


# --- quotes -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("opening", "closing"), [("“", "”"), ('"', '"')])
def test_a_split_quote_with_its_comma_outside_the_marks(nlp, opening, closing):
    first, second = f"{opening}The council{closing}", f"{opening}has failed the town.{closing}"
    claim, names = one(nlp, f"{first}, said Ms. Hanna Berg, {second}")
    assert claim.kind == "direct"
    assert [p.text for p in claim.parts] == [first, second]
    assert source_of(claim, names) == ("Ms. Hanna Berg", "Hanna Berg", None, "named")


@pytest.mark.parametrize(("text", "cue", "source"), [
    ('Said one official: "We have no idea where the money went."', "Said", "one official"),
    ('Whispered a nurse: "They have not paid us since March."', "Whispered", "a nurse"),
])
def test_an_inverted_cue_before_a_colon_and_a_quote(nlp, text, cue, source):
    claim, names = one(nlp, "Ward news\n\n" + text)
    assert claim.kind == "direct"
    assert claim.content.text == text[text.index('"'):]
    assert claim.cue is not None and claim.cue.text == cue
    assert source_of(claim, names) == (source, None, None, "described")


def test_a_pronoun_across_a_paragraph_of_someone_of_the_other_gender(nlp):
    text = ('Mr. Anders Holm inspected the lift.\n\nMrs. Lena Sato, the tenant, was not convinced.\n\n'
            '"The repairs are finished," he said.')
    claims, index = claims_of(nlp, text)
    said = next(c for c in claims if c.content.text == '"The repairs are finished,"')
    assert source_of(said, named(index)) == ("he", "Anders Holm", "Mr. Anders Holm", "pronoun")


def test_a_relative_pronoun_antecedent_leaves_out_a_clause_taken_for_its_modifier(nlp):
    # the parser takes "angered" for a modifier of "parents": a verb with a subject is a clause
    claims, _ = claims_of(nlp, "School news\n\nThe decision angered parents, who said the school had broken its promise.")
    said = next(c for c in claims if c.content.text == "the school had broken its promise")
    assert said.source is not None and said.source.antecedent is not None
    assert (said.source.text, said.source.antecedent.text, said.source.resolution) == ("who", "parents", "pronoun")


@pytest.mark.parametrize(("text", "pronoun", "content", "name", "antecedent"), [
    ("Ms. Ana Ortiz and her husband run the bakery. She said sales had fallen.",
     "She", "sales had fallen", "Ana Ortiz", "Ms. Ana Ortiz"),
    ("Mr. Dan Roe and Mrs. Eve Roe sold the farm. He said the price was too low.",
     "He", "the price was too low", "Dan Roe", "Mr. Dan Roe"),
])
def test_a_pronoun_takes_one_person_of_a_pair_by_gender(nlp, text, pronoun, content, name, antecedent):
    claims, index = claims_of(nlp, text)
    said = next(c for c in claims if c.content.text == content)
    assert source_of(said, named(index)) == (pronoun, name, antecedent, "pronoun")


# --- a manner of speaking the lexicon does not list -------------------------------------------

@pytest.mark.parametrize(("text", "cue", "lemma", "source"), [
    ('"The other side never had a chance," gloated the party chairman.', "gloated", "gloat", "the party chairman"),
    ('"Nobody asked us," he groused, as the meeting broke up.', "groused", "grouse", "he"),
    ('"That is the best pie in the county," enthused Mrs. Vera Holt.', "enthused", "enthuse", "Mrs. Vera Holt"),
    ('"We could always try the ferry," ventured a passenger.', "ventured", "venture", "a passenger"),
])
def test_a_verb_in_the_place_of_said_after_a_quote_is_its_cue(nlp, text, cue, lemma, source):
    claims, _ = claims_of(nlp, text)
    claim = claims[0]
    assert (claim.kind, claim.content.text) == ("direct", text[:text.index(',"') + 2])
    assert claim.cue is not None and (claim.cue.text, claim.cue.lemma) == (cue, lemma)
    assert claim.source is not None and claim.source.text == source


def test_a_verb_right_before_a_colon_and_a_quote_is_its_cue(nlp):
    claim, names = one(nlp, 'Ms. Rosa Klein gloated: "I told you so."')
    assert (claim.kind, claim.content.text) == ("direct", '"I told you so."')
    assert claim.cue is not None and (claim.cue.text, claim.cue.lemma) == ("gloated", "gloat")
    assert source_of(claim, names) == ("Ms. Rosa Klein", "Rosa Klein", None, "named")


@pytest.mark.parametrize("text", [
    '"Jaws," released in 1975, made the summer blockbuster.',  # a title, a participle after it
    '"Hamilton," which opened in 2015, is still sold out.',  # a relative clause
])
def test_a_quote_followed_by_other_verbs_is_not_said_by_anyone(nlp, text):
    claims, _ = claims_of(nlp, text)
    assert all(c.cue is None or c.cue.text not in ("released", "opened") for c in claims)


def test_a_comment_asked_for_is_no_claim(nlp):
    claims, _ = claims_of(nlp, "The council did not respond to a request for comment on her remarks.")
    assert claims == []


def test_a_dateline_is_no_part_of_a_content(nlp):
    text = ("Harbour news\n\nKILBRIDE — The town’s harbour will be dredged next year, the council’s chairman, "
            "Eamon O’Donnell, said on Tuesday.\n")
    claim, _ = one(nlp, text)
    assert claim.content.text == "The town’s harbour will be dredged next year"
    assert claim.source is not None and claim.source.text == "the council’s chairman, Eamon O’Donnell"


def test_the_cue_of_a_split_quote_is_the_verb_nearest_a_piece_not_a_relative_clause(nlp):
    text = ('"This stadium will never pay for itself," grumbled Alderman Tomasz Wójcik, who has opposed the '
            'project since 2019. "Never."')
    claims, _ = claims_of(nlp, text)
    quote = next(c for c in claims if c.kind == "direct")
    assert [p.text for p in quote.parts] == ['"This stadium will never pay for itself,"', '"Never."']
    assert quote.cue is not None and quote.cue.text == "grumbled"
    assert quote.source is not None and quote.source.resolution == "named"


def test_emails_seeking_comment_on_a_day_ask_for_nothing_said(nlp):
    claims, _ = claims_of(nlp, "He did not respond to phone calls and emails seeking comment on Monday.")
    assert claims == []


def test_a_restrictive_relative_pronoun_source_is_the_pronoun(nlp):
    claims, index = claims_of(nlp, "Councillors who back the deal say it will bring jobs.")
    backed = next(c for c in claims if c.content.text == "the deal")
    assert source_of(backed, named(index)) == ("who", None, "Councillors", "pronoun")


def test_it_after_a_name_the_text_calls_a_thing(nlp):
    # the tagger takes "Northline Rail" for a person; "which" says it is a thing
    text = "Northline Rail, which has refused to raise its offer, said it was disappointed. It said talks could resume."
    claims, index = claims_of(nlp, text)
    said = next(c for c in claims if c.content.text == "talks could resume")
    assert source_of(said, named(index)) == (
        "It", "Northline Rail", "Northline Rail", "pronoun")


@pytest.mark.parametrize("text", [
    "Ek, 71, was expected to announce an interim plan next week.",
    "The mayor was expected to say that the budget was balanced.",
])
def test_a_cue_inside_a_forecast_has_said_nothing_yet(nlp, text):
    claims, _ = claims_of(nlp, text)
    assert claims == []


def test_an_expectation_someone_holds_stays_a_claim(nlp):
    claim, _ = one(nlp, "Analysts expected him to announce a merger.")
    assert (claim.content.text, claim.cue.text) == ("him to announce a merger", "expected")
    assert claim.source is not None and claim.source.text == "Analysts"


def test_a_capitalised_plural_at_a_sentence_start_is_a_description(nlp):
    text = "Flood defences fail in Lowmoor\n\nResidents of Lowmoor say they weren’t warned before the river rose."
    claim, _ = one(nlp, text)
    assert claim.content.text == "they weren’t warned before the river rose"
    assert claim.source is not None
    assert (claim.source.text, claim.source.entity, claim.source.resolution) == ("Residents of Lowmoor", None, "described")


def test_a_number_heading_a_source_is_not_its_entity(nlp):
    text = "One of the riders, Marco Bellini, denied wrongdoing. “I’ve never taken anything,” he said."
    claims, index = claims_of(nlp, text)
    names = named(index)
    denied, quote = claims
    assert source_of(denied, names) == ("One of the riders, Marco Bellini", "Marco Bellini", None, "named")
    assert source_of(quote, names) == ("he", "Marco Bellini", "One of the riders, Marco Bellini", "pronoun")
