"""Claims and their sources, one failure class per test (issue 10): each on sentences
written for it, with the exact content, cue, source, entity and resolution expected."""

from __future__ import annotations

import pytest

from test_claims import claims_of, only
from tui.analysis_model import Claim


def claim_in(nlp, text: str, content: str) -> Claim:
    """The one claim of ``text`` whose content is ``content`` (fails when there is not exactly one)."""
    claims, _ = claims_of(nlp, text)
    return only(claims, content)


def one(nlp, text: str) -> tuple[Claim, dict[str, str]]:
    """The only claim of ``text`` and the names of the text's entities by id."""
    claims, index = claims_of(nlp, text)
    assert len(claims) == 1, [c.content.text for c in claims]
    return claims[0], {e.id: e.name for e in index.entities}


def source_of(claim: Claim, names: dict[str, str]) -> tuple[str, str | None, str | None, str | None]:
    """(source text, entity name, antecedent text, resolution)."""
    src = claim.source
    assert src is not None
    return (src.text, names.get(src.entity) if src.entity else None,
            src.antecedent.text if src.antecedent else None, src.resolution)


# --- curly apostrophes ---------------------------------------------------------------------

@pytest.mark.parametrize("apostrophe", ["’", "'"])
@pytest.mark.parametrize("contraction", ["can{}t", "doesn{}t", "isn{}t"])
def test_a_contraction_with_either_apostrophe_keeps_the_claim(nlp, apostrophe, contraction):
    word = contraction.format(apostrophe)
    text = (f"The strike {word} end until the owners talk, the union{apostrophe}s leader, "
            f"Bernadette O{apostrophe}Connor, told members.")
    claim, names = one(nlp, text)
    assert claim.content.text == f"The strike {word} end until the owners talk"
    assert claim.cue is not None and claim.cue.text == "told"
    assert source_of(claim, names) == (
        f"the union{apostrophe}s leader, Bernadette O{apostrophe}Connor", f"Bernadette O{apostrophe}Connor", None, "named")


def test_the_issue_contraction_sentence(nlp):
    claim, names = one(nlp, "It can’t end until the owners talk, the union’s leader, Bernadette O’Connor, told members.")
    assert claim.content.text == "It can’t end until the owners talk"
    assert source_of(claim, names)[1:] == ("Bernadette O’Connor", None, "named")


def test_a_curly_quote_with_a_contraction_inside_is_one_direct_claim(nlp):
    claim, names = one(nlp, "“We can’t wait and we won’t,” said Dorothea Blum, the union’s treasurer.")
    assert (claim.kind, claim.content.text) == ("direct", "“We can’t wait and we won’t,”")
    assert source_of(claim, names)[1:] == ("Dorothea Blum", None, "named")


# --- manner of speaking --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "cue", "lemma", "source"), [
    ('"This stadium will never pay for itself," grumbled Councillor Ines Varga.', "grumbled", "grumble",
     "Councillor Ines Varga"),
    ('"The lease ends in May and so do we," sighed the shopkeeper.', "sighed", "sigh", "the shopkeeper"),
    ('"Nobody reads the small print any more," scoffed Teodor Lind.', "scoffed", "scoff", "Teodor Lind"),
    ('"We were here first, you know," snapped the landlord.', "snapped", "snap", "the landlord"),
    ('"The ferry will be late again," quipped a commuter.', "quipped", "quip", "a commuter"),
])
def test_a_manner_of_speaking_verb_after_a_quote_is_its_cue(nlp, text, cue, lemma, source):
    claim, _ = one(nlp, text)
    assert claim.kind == "direct"
    assert claim.content.text == text[:text.index(",\"") + 2]
    assert (claim.cue.text, claim.cue.lemma) == (cue, lemma)
    assert claim.source is not None and claim.source.text == source


def test_a_manner_of_speaking_verb_without_a_quote_reports_nothing(nlp):
    claims, _ = claims_of(nlp, "The crowd laughed that the band had come back. The mayor sighed.")
    assert claims == []


# --- appositive sources --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "content", "source", "entity"), [
    ("The council will borrow the money, its chairman, Owen Pritchard, said on Monday.",
     "The council will borrow the money", "its chairman, Owen Pritchard", "Owen Pritchard"),
    ("A spokesperson for the agency, Daniel Whitcomb, said the report was accurate.",
     "the report was accurate", "A spokesperson for the agency, Daniel Whitcomb", "Daniel Whitcomb"),
    ("Its personnel chief, Martin Seiler, said the depot would close.",
     "the depot would close", "Its personnel chief, Martin Seiler", "Martin Seiler"),
    ("The bakery's owner, Priya Raman, said she would hire two more bakers.",
     "she would hire two more bakers", "The bakery's owner, Priya Raman", "Priya Raman"),
    # the parser hangs the name on the phrase's last noun ("union"): it still names the head
    ("The head of the nurses' union, Saoirse Delacroix-Mbeki, said staff were exhausted.",
     "staff were exhausted", "The head of the nurses' union, Saoirse Delacroix-Mbeki", "Saoirse Delacroix-Mbeki"),
])
def test_an_appositive_name_is_the_source_entity(nlp, text, content, source, entity):
    claim, names = one(nlp, text)
    assert claim.content.text == content
    assert source_of(claim, names) == (source, entity, None, "named")


# --- pronoun sources ----------------------------------------------------------------------

def test_a_pronoun_takes_the_most_recent_subject_not_the_last_speaker(nlp):
    claims, index = claims_of(nlp, "Mayor Lena Hart praised the plan. His nephew, Kyle Baxter, disagreed. "
                                   "He said the expansion would bring customers.")
    names = {e.id: e.name for e in index.entities}
    said = next(c for c in claims if c.content.text == "the expansion would bring customers")
    assert source_of(said, names) == ("He", "Kyle Baxter", "His nephew, Kyle Baxter", "pronoun")


def test_she_after_a_spokeswoman_named_in_apposition(nlp):
    claims, index = claims_of(nlp, "A spokeswoman for the shipping association, Renata Vollmer, said members "
                                   "were not consulted. She said they would appeal.")
    names = {e.id: e.name for e in index.entities}
    appeal = next(c for c in claims if c.content.text == "they would appeal")
    assert source_of(appeal, names) == (
        "She", "Renata Vollmer", "A spokeswoman for the shipping association, Renata Vollmer", "pronoun")


def test_a_pronoun_after_a_quote_takes_the_subject_before_it(nlp):
    claim, names = one(nlp, 'Chairman Felix Arden rejected that. "We have offered three plans," he said.')
    assert claim.content.text == '"We have offered three plans,"'
    assert source_of(claim, names) == ("he", "Felix Arden", "Chairman Felix Arden", "pronoun")


def test_she_skips_a_man_named_more_recently(nlp):
    claims, index = claims_of(nlp, "Mrs. Agnes Molloy opened the hearing. Her deputy, Mr. Colm Reidy, "
                                   "read the charges. She said the vote would be held in June.")
    names = {e.id: e.name for e in index.entities}
    said = next(c for c in claims if c.content.text == "the vote would be held in June")
    assert source_of(said, names)[1:] == ("Agnes Molloy", "Mrs. Agnes Molloy", "pronoun")


def test_he_skips_a_gendered_noun_of_the_other_gender(nlp):
    claims, index = claims_of(nlp, "The actor Tomas Brandt arrived late. His sister, Greta Brandt, "
                                   "spoke first. He said the film was finished.")
    names = {e.id: e.name for e in index.entities}
    said = next(c for c in claims if c.content.text == "the film was finished")
    assert said.source is not None and said.source.resolution == "pronoun"
    assert names[said.source.entity] == "Tomas Brandt"


def test_a_pronoun_is_not_guessed_across_a_paragraph_of_other_people(nlp):
    text = ("Governor Hal Quist signed the budget on Friday.\n\n"
            "Critics, among them Ruth Ebner and Paul Sato, met Anna Kovac and Ivo Petrov to plan a protest.\n\n"
            "He said the cuts were unavoidable.")
    claims, _ = claims_of(nlp, text)
    said = next(c for c in claims if c.content.text == "the cuts were unavoidable")
    assert said.source is not None
    assert (said.source.text, said.source.entity, said.source.antecedent, said.source.resolution) == (
        "He", None, None, "unknown")


def test_it_refers_to_an_organisation_not_a_person(nlp):
    claims, index = claims_of(nlp, "The Harbour Authority fined Jonas Weller. It said the fine would be doubled.")
    names = {e.id: e.name for e in index.entities}
    said = next(c for c in claims if c.content.text == "the fine would be doubled")
    assert source_of(said, names) == ("It", "Harbour Authority", "The Harbour Authority", "pronoun")


# a given name tells the gender where no title or gendered noun does; a subject of told gender
# that agrees comes before a nearer one of the other gender or of untold gender
@pytest.mark.parametrize(("text", "content", "entity", "antecedent"), [
    ("Councillor Brenda Hollis opened the session. Her deputy, Gavin Tate, questioned the figures. "
     "She said the library would stay open.", "the library would stay open", "Brenda Hollis", "Councillor Brenda Hollis"),
    ("The treasurer, Oscar Lindqvist, met the union's negotiator, Fiona Baird. She said afterwards that the talks "
     "had stalled.", "that the talks had stalled", "Fiona Baird", "Fiona Baird"),
    ("Detective Laura Voss led the raid, helped by Constable Derek Hume. He said the house had been empty for "
     "weeks.", "the house had been empty for weeks", "Derek Hume", "Constable Derek Hume"),
    ("Mrs. Quayle chaired the inquiry. Dr. Okonkwo gave evidence for an hour. She said the report would be "
     "published in May.", "the report would be published in May", "Quayle", "Mrs. Quayle"),
])
def test_a_pronoun_takes_the_subject_whose_given_name_or_title_agrees(nlp, text, content, entity, antecedent):
    claims, index = claims_of(nlp, text)
    names = {e.id: e.name for e in index.entities}
    said = only(claims, content)
    assert source_of(said, names)[1:] == (entity, antecedent, "pronoun")


# a given name the parser cut off as a sentence of its own at a paragraph's start still tells the gender
@pytest.mark.parametrize(("text", "content", "entity"), [
    ("T\n\nFatima Zahra said the council would meet. She said the vote was close.", "the vote was close",
     "Fatima Zahra"),
    ("T\n\nSvetlana Ivanova beat Ama Owusu in the final. She said the wind had made it hard.",
     "the wind had made it hard", "Svetlana Ivanova"),
    ("T\n\nIngrid Holm spoke first. The board met at noon. Shares fell sharply. She said the vote was fair.",
     "the vote was fair", "Ingrid Holm"),
    ("T\n\nGreta Lindahl opened the depot. The trucks left at dawn. She said the roads were clear.",
     "the roads were clear", "Greta Lindahl"),
])
def test_a_given_name_split_off_at_a_paragraph_start_tells_the_gender(nlp, text, content, entity):
    src = claim_in(nlp, text, content).source
    assert src is not None and src.antecedent is not None
    assert (src.text, src.antecedent.text, src.resolution) == ("She", entity, "pronoun")


# a given name borne by men and women alike tells no gender, so it blocks neither pronoun
@pytest.mark.parametrize(("text", "content", "entity"), [
    ("Hilary Benn addressed the conference. He said the plan was flawed.", "the plan was flawed", "Hilary Benn"),
    ("Kelly Slater won the final in Tahiti. He said the waves were perfect.", "the waves were perfect",
     "Kelly Slater"),
    ("Lynn Swann caught the pass. He said the ball had slipped.", "the ball had slipped", "Lynn Swann"),
    ("Ali Krieger scored the winner. She said the team had never given up.", "the team had never given up",
     "Ali Krieger"),
    ("Terry Gross hosted the show. She said the guest had been candid.", "the guest had been candid", "Terry Gross"),
])
def test_a_given_name_of_either_gender_does_not_block_a_pronoun(nlp, text, content, entity):
    claims, index = claims_of(nlp, text)
    names = {e.id: e.name for e in index.entities}
    assert source_of(only(claims, content), names)[1:] == (entity, entity, "pronoun")


@pytest.mark.parametrize(("text", "content"), [
    # a justice of told gender and a prosecutor who is only an object: nobody to be "he"
    ("Justice Miriam Stone questioned the prosecutor. He said the files had been lost.", "the files had been lost"),
    # one entity for two people of different titles ("Lady Fenwick", "Mr. Rupert Fenwick"): no gender
    ("Lady Fenwick's son, Mr. Rupert Fenwick, sold the farm. She said the money would go to charity.",
     "the money would go to charity"),
    # a coordinated subject is no antecedent of a singular pronoun
    ("Dr. Mbatha, the anaesthetist, and Nurse Adeyemi both gave evidence. She said the monitor had failed.",
     "the monitor had failed"),
])
def test_a_pronoun_with_no_agreeing_antecedent_stays_unknown(nlp, text, content):
    source = claim_in(nlp, text, content).source
    assert source is not None
    assert (source.entity, source.antecedent, source.resolution) == (None, None, "unknown")


@pytest.mark.parametrize(("text", "content", "antecedent"), [
    ("The mayor arrived an hour late. She said the roads had been closed.", "the roads had been closed", "The mayor"),
    ("The judge adjourned the hearing until Monday. He said the jury needed a rest.", "the jury needed a rest",
     "The judge"),
    ('A local fisherman watched the boats burn. "I have lost everything," he said.', '"I have lost everything,"',
     "A local fisherman"),
    ("The club's goalkeeper was taken off at half-time. He later said he had felt faint.", "he had felt faint",
     "The club's goalkeeper"),
])
def test_a_noun_for_a_person_s_role_is_an_antecedent(nlp, text, content, antecedent):
    assert source_of(claim_in(nlp, text, content), {})[1:] == (None, antecedent, "pronoun")


@pytest.mark.parametrize(("text", "entity"), [
    # a speaker with a given name, the tagger's label aside
    ("The vote was close. Tomasz Wrona said the count was fair. He said a recount was not needed.", "Wrona"),
    ("Exam results came out on Friday. Gwen Palmer said the results were the best yet. She said the staff had "
     "worked hard.", "Gwen Palmer"),
    # a person's role beside the name
    ("Exam results came out on Friday.\n\nGwen Palmer, the head teacher, said the results were the best yet.\n\n"
     "She said the staff had worked hard.", "Gwen Palmer"),
    ("Exam results came out on Friday. Head teacher Gwen Palmer praised the pupils. "
     '"They worked hard. The staff did too. I could not be prouder," she said.', "Gwen Palmer"),
])
def test_a_person_the_tagger_calls_an_organisation_is_an_antecedent(nlp, text, entity):
    claims, index = claims_of(nlp, text)
    names = {e.id: e.name for e in index.entities}
    said = claims[-1]
    assert said.source is not None and said.source.text in ("He", "She", "she")
    assert (names.get(said.source.entity), said.source.resolution) == (entity, "pronoun")


def test_a_woman_three_sentences_back_with_only_men_between(nlp):
    text = ("Mrs. Ingrid Solberg, the council leader, defended the budget.\n\n"
            "The opposition leader, Mr. Victor Hale, called it reckless. His colleague, Mr. Owen Price, said it "
            "would close libraries.\n\n"
            '"We have protected the services that matter," she said.')
    claims, index = claims_of(nlp, text)
    names = {e.id: e.name for e in index.entities}
    said = only(claims, '"We have protected the services that matter,"')
    assert source_of(said, names)[1:] == (
        "Ingrid Solberg", "Mrs. Ingrid Solberg, the council leader", "pronoun")


def test_they_takes_a_plural_subject_before_an_organisation(nlp):
    claims, _ = claims_of(nlp, "Traders dumped the bonds on Friday after Corvane Bank cut its forecast. "
                               "They said the outlook had darkened.")
    said = only(claims, "the outlook had darkened")
    assert source_of(said, {})[2:] == ("Traders", "pronoun")



@pytest.mark.parametrize(("text", "content", "antecedent"), [
    ("Investors sold the shares on Monday. Helix Corp. issued a statement. They said the results would improve.",
     "the results would improve", "Helix Corp."),
    ("Residents packed the hall on Tuesday. Marlow Council published its plan. They said the rents would rise.",
     "the rents would rise", "Marlow Council"),
])
def test_they_takes_the_nearer_organisation_over_a_plural_subject_sentences_before(nlp, text, content, antecedent):
    assert source_of(claim_in(nlp, text, content), {})[2:] == (antecedent, "pronoun")

# --- relative pronoun sources ---------------------------------------------------------------

def test_a_relative_pronoun_source_is_resolved_to_its_antecedent(nlp):
    claims, index = claims_of(nlp, "The bridge was opened by Senator Ruth Calder, who had championed the project "
                                   "for a decade.")
    names = {e.id: e.name for e in index.entities}
    assert len(claims) == 1
    assert source_of(claims[0], names) == ("who", "Ruth Calder", "Senator Ruth Calder", "pronoun")


@pytest.mark.parametrize(("text", "content", "entity", "antecedent"), [
    # "who" on an organisation after a preposition: the people it belongs to
    ("The study was led by researchers at Marwick College, who warn that the river is dying.",
     "that the river is dying", None, "researchers at Marwick College"),
    ("The letter was signed by doctors from the Northgate Trust, who say the ward is unsafe.",
     "the ward is unsafe", None, "doctors from the Northgate Trust"),
    # a description in apposition takes the entity of the name it describes
    ("Among the callers was Ottilie Brandt, a nurse who said the night shift was short of staff.",
     "the night shift was short of staff", "Ottilie Brandt", "a nurse"),
])
def test_who_stands_for_the_people_not_the_place_or_the_description(nlp, text, content, entity, antecedent):
    claims, index = claims_of(nlp, text)
    names = {e.id: e.name for e in index.entities}
    assert source_of(only(claims, content), names) == ("who", entity, antecedent, "pronoun")


# --- "was quoted as saying" --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "content", "source", "resolution"), [
    ("Pellegrini was quoted as saying the referee had been bribed.", "as saying the referee had been bribed",
     "Pellegrini", "named"),
    ("Mrs. Joanna Field was quoted in the Gazette as saying the school would close.",
     "as saying the school would close", "Mrs. Joanna Field", "named"),
    ("The ambassador was quoted by the Courier as saying the talks were over.", "as saying the talks were over",
     "The ambassador", "described"),
    ('"We will not retreat," the colonel was quoted as saying.', '"We will not retreat,"', "the colonel", "described"),
])
def test_the_one_quoted_as_saying_is_the_source_not_the_outlet(nlp, text, content, source, resolution):
    src = claim_in(nlp, text, content).source
    assert src is not None and (src.text, src.resolution) == (source, resolution)



@pytest.mark.parametrize("text", [
    "The figure was cited as showing that crime had fallen.",
    "The study was cited as proving that the drug worked.",
])
def test_a_thing_cited_as_showing_is_no_speaker(nlp, text):
    claims, _ = claims_of(nlp, text)
    assert all(c.source is None for c in claims)

# --- what a source phrase leaves out ------------------------------------------------------------

@pytest.mark.parametrize(("text", "content", "source"), [
    ("The depot will shut, said Kofi Mensah, the drivers' union secretary, on Thursday.", "The depot will shut",
     "Kofi Mensah, the drivers' union secretary"),
    ('"Nobody came," said Brigid Lowry, whose shop flooded twice this year.', '"Nobody came,"', "Brigid Lowry"),
    ("A police officer, who asked not to be named, said the van had been stolen.", "the van had been stolen",
     "A police officer"),
    ('"It is the end of an era," said Walter Price, 81.', '"It is the end of an era,"', "Walter Price"),
    ("Agnes Moody, 72, said the bus was her only link to town.", "the bus was her only link to town", "Agnes Moody"),
    # a relative clause on the object of the source's preposition is an aside too
    ("Doctors at St Mary's Hospital, who treated the victims, said the injuries were severe.",
     "the injuries were severe", "Doctors at St Mary's Hospital"),
    ("Engineers from Halden Motors, who built the prototype, said the engine was efficient.",
     "the engine was efficient", "Engineers from Halden Motors"),
    ("Nurses at the Lakeside clinic, which opened in May, said the wards were full.", "the wards were full",
     "Nurses at the Lakeside clinic"),
    # a relative clause that says which people is not an aside
    ("People who live near the quarry said the blasting cracked their walls.", "the blasting cracked their walls",
     "People who live near the quarry"),
])
def test_a_source_leaves_out_asides_at_its_end(nlp, text, content, source):
    src = claim_in(nlp, text, content).source
    assert src is not None and src.text == source


# --- non-claims ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Not everyone welcomed the decision.",
    "No one welcomed the new timetable.",
    "The company did not respond to requests for comment.",
    "The ministry did not answer questions about the contract.",
    "Sales were expected to double.",
    "Exports were expected to fall by a third next year.",
    "The canal was supposed to allow larger ships.",
    "The council raised the fee in order to pay for the new bridge.",  # a compound preposition
    "She was in charge of the investigation into the fire.",
    "The mayor kept a spare key in case of a flood.",
])
def test_not_a_claim(nlp, text):
    claims, _ = claims_of(nlp, text)
    assert claims == []


@pytest.mark.parametrize(("text", "content"), [
    ("The ministry declined to say how much it would cost.", "to say how much it would cost"),
    ("The club declined to comment on the transfer.", "to comment on the transfer"),
])
def test_declining_to_say_is_a_refusal_not_a_denial(nlp, text, content):
    claim, _ = one(nlp, text)
    assert claim.content.text == content
    assert (claim.cue.text, claim.cue.lemma, claim.cue.stance) == ("declined", "decline", "other")


def test_a_denial_stays_a_denial(nlp):
    claim, _ = one(nlp, "The minister denied the report.")
    assert (claim.content.text, claim.cue.stance) == ("the report", "denial")


# --- split quotes ------------------------------------------------------------------------------

def test_a_split_quote_holds_its_two_parts_and_not_the_attribution(nlp):
    text = '"We will rebuild the school," said Marianne Okafor, the director. "It will take two years."'
    claim, names = one(nlp, text)
    assert claim.kind == "direct"
    assert [p.text for p in claim.parts] == ['"We will rebuild the school,"', '"It will take two years."']
    assert all("said" not in p.text for p in claim.parts)
    assert (claim.content.start, claim.content.end) == (claim.parts[0].start, claim.parts[-1].end)
    assert source_of(claim, names) == ("Marianne Okafor, the director", "Marianne Okafor", None, "named")


def test_a_split_quote_around_a_speaker_before_the_cue(nlp):
    text = '"It doesn’t matter what we charge," the guild’s chairman, Ruben Okonjo, told members, "if the dock floods."'
    claim, names = one(nlp, text)
    assert [p.text for p in claim.parts] == ['"It doesn’t matter what we charge,"', '"if the dock floods."']
    # the closing quote the parser hangs on the speaker is not part of the source
    assert source_of(claim, names) == ("the guild’s chairman, Ruben Okonjo", "Ruben Okonjo", None, "named")


def test_a_quote_in_one_piece_has_no_parts(nlp):
    claim, _ = one(nlp, '"The roof leaks," said the caretaker.')
    assert claim.parts == ()


# --- how each source was found ------------------------------------------------------------------

def test_resolution_of_named_described_inferred_sources(nlp):
    text = ('Olga Marsh said the pool would reopen. A local official said the repairs were late. '
            '"The tiles are cracked," Marsh said. The pool stays shut.\n\n"Nobody warned us about the damage at all."')
    claims, _ = claims_of(nlp, text)
    got = [(c.content.text, c.source.text if c.source else None, c.source.resolution if c.source else None)
           for c in claims]
    assert got == [
        ("the pool would reopen", "Olga Marsh", "named"),
        ("the repairs were late", "A local official", "described"),
        ('"The tiles are cracked,"', "Marsh", "named"),
        ('"Nobody warned us about the damage at all."', "Marsh", "inferred"),
    ]


# --- sources through syntax ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "content", "cue", "source"), [
    # a gerund after a preposition: the subject of the verb the preposition hangs on
    ("The governor answered by calling the audit a stunt.", "the audit a stunt", "calling", "The governor"),
    ("The coach erred in saying that the stadium was full.", "that the stadium was full", "saying", "The coach"),
    # ... through a reported clause with a reporting verb of its own, to the outermost speaker
    ("Ada Lutz, the campaign's manager, said that the candidate was not contradicting his stance by accepting "
     "the money, noting that most of it would go to the party.", "that most of it would go to the party",
     "noting", "Ada Lutz, the campaign's manager"),
    # a statement put out "saying …" is its issuer's
    ("The ferry company issued a statement saying the crossing would resume.", "the crossing would resume",
     "saying", "The ferry company"),
    # an infinitive after an object: the object does it
    ("The delay led several engineers to argue that the design was flawed.", "that the design was flawed",
     "to argue", "several engineers"),
    # ... unless the object is the means it is done with: the subject does it
    ("The mayor used her speech to attack the harbour board.", "the harbour board", "to attack", "The mayor"),
    ("The ruling left the council to decide whether the pier would close.", "whether the pier would close",
     "to decide", "the council"),
    # an infinitive on a noun: whoever has the chance, not the chance
    ("The mayor has a rare chance to show that the plan works.", "that the plan works", "to show", "The mayor"),
])
def test_the_speaker_of_a_cue_hung_on_another_word(nlp, text, content, cue, source):
    claims, _ = claims_of(nlp, text)
    claim = next(c for c in claims if c.content.text == content)
    assert claim.cue is not None and claim.cue.text == cue
    assert claim.source is not None and claim.source.text == source


@pytest.mark.parametrize(("text", "content", "cue", "source"), [
    ("The union is calling for the city to hire more drivers.", "the city to hire more drivers",
     "is calling for", "The union"),
    ("The senator called for an inquiry to examine the contracts.", "an inquiry to examine the contracts",
     "called for", "The senator"),
    ("The moderator asked the mayor if the budget was balanced.", "if the budget was balanced", "asked",
     "The moderator"),
    ("Asked about the closure, the manager shrugged.", "the closure", "Asked about", None),
])
def test_requests_and_questions(nlp, text, content, cue, source):
    claim, _ = one(nlp, text)
    assert claim.content.text == content
    assert claim.cue is not None and claim.cue.text == cue
    assert (claim.source.text if claim.source else None) == source


def test_an_infinitive_after_an_adjective_takes_the_subject_of_its_copula(nlp):
    claims, _ = claims_of(nlp, "The senator was quick to endorse the new candidate.")
    claim = next(c for c in claims if c.content.text == "the new candidate")
    assert claim.source is not None and claim.source.text == "The senator"


# --- speakers the parser hung elsewhere ------------------------------------------------------

@pytest.mark.parametrize(("text", "content", "cue", "source"), [
    # after an interrupted quote, the speaker that follows its first piece
    ('"Nobody expected the bridge to close so soon," said Hannah Brill, who chaired the transport '
     'committee during the first inquiry yet voted against the final report.',
     '"Nobody expected the bridge to close so soon,"', "said",
     "Hannah Brill"),
    ('"The budget is tight but honest," added a Glenmore councillor. "We cut nothing that matters."',
     '"The budget is tight but honest," added a Glenmore councillor. "We cut nothing that matters."', "added",
     "a Glenmore councillor"),
    # the phrase right before a finite cue that the parser left without a subject
    ("''They were rivals, but also friends,'' Oskar Lund, the mayor's former chief of staff, said of their "
     "years at the town hall.", "''They were rivals, but also friends,''", "said",
     "Oskar Lund, the mayor's former chief of staff"),
    # "by phone" is no agent of an active verb
    ('"The river is rising faster than anyone predicted," Edda Moritz, the flood warden, said by phone.',
     '"The river is rising faster than anyone predicted,"', "said", "Edda Moritz, the flood warden"),
    # a past tense the parser took for a participle on the noun before it
    ("Two shipping analysts, Ilse Marten and Joel Ekdahl, found in 2019 that the northern route was the "
     "cheapest in the region.", "that the northern route was the cheapest in the region", "found",
     "Two shipping analysts, Ilse Marten and Joel Ekdahl"),
])
def test_a_speaker_the_parser_attached_elsewhere(nlp, text, content, cue, source):
    claim = claim_in(nlp, text, content)
    assert claim.cue is not None and claim.cue.text == cue
    assert claim.source is not None and claim.source.text == source


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("Asked whether the toll would rise, the minister said the budget was fixed.",
     "whether the toll would rise", "Asked"),
    ("Asked what might surprise voters about him, he says he still plays in a brass band.",
     "what might surprise voters about him", "Asked"),
    ('Asked what a firm deal looks like, Novak replied: "We are a long way off."',
     "what a firm deal looks like", "Asked"),
    ('When asked what the fund would buy, Ms. Abara said: "Boats, mostly."', "what the fund would buy", "asked"),
])
def test_the_one_asked_is_not_the_asker(nlp, text, content, cue):
    claim = claim_in(nlp, text, content)
    assert claim.cue is not None and claim.cue.text == cue
    assert claim.source is None


# --- a quote introduced by the sentence before it ---------------------------------------------

@pytest.mark.parametrize(("text", "quote", "cue", "source", "resolution"), [
    ('The harbour master, Piet Jansen, agreed. "Without the ferry the island empties in ten years."',
     '"Without the ferry the island empties in ten years."', "agreed", "The harbour master, Piet Jansen", "named"),
    ('After the vote, Councillor Mona Reyes gloated: "I told you the bridge would never be built."',
     '"I told you the bridge would never be built."', "gloated", "Councillor Mona Reyes", "named"),
    ('The mayor then listed the conditions for a deal:\n\n'
     '"First, the unions must accept the new rota. Second, the depot stays open."',
     '"First, the unions must accept the new rota. Second, the depot stays open."', "listed", "The mayor",
     "described"),
])
def test_a_quote_after_the_sentence_that_introduces_it(nlp, text, quote, cue, source, resolution):
    claims, _ = claims_of(nlp, text)
    claim = only(claims, quote)
    # a verb right before the colon is how it was said, a cue (test_claims_unseen.py), listed or not
    assert (claim.cue.text if claim.cue else None) == cue
    assert claim.source is not None and (claim.source.text, claim.source.resolution) == (source, resolution)


def test_a_sentence_that_reports_something_of_its_own_introduces_no_quote(nlp):
    text = 'Rosa Lind said the plan was sound. Then the chairman spoke.\n\n"Nobody will pay the toll."'
    claims, _ = claims_of(nlp, text)
    claim = only(claims, '"Nobody will pay the toll."')
    assert claim.cue is None
    assert claim.source is not None and (claim.source.text, claim.source.resolution) == ("Rosa Lind", "inferred")


# --- a cue hung on the wrong clause ------------------------------------------------------------

@pytest.mark.parametrize(("text", "content", "source", "resolution"), [
    # a second verb the parser hangs on the reported clause goes on from the speaker
    ("Mr. Holt said he first heard the alarm at midnight and suspected that the dam had failed.",
     "that the dam had failed", "Mr. Holt", "named"),
    # a document that speaks in a relative clause: whoever put it out
    ("The harbour trust released a short video that accuses the council of neglecting the docks.",
     "neglecting the docks", "The harbour trust", "described"),
    ("The museum issued a statement that blamed the contractor for the delay.", "the delay", "The museum",
     "described"),
])
def test_the_speaker_of_a_cue_on_the_wrong_clause(nlp, text, content, source, resolution):
    claim = claim_in(nlp, text, content)
    assert claim.source is not None and (claim.source.text, claim.source.resolution) == (source, resolution)


@pytest.mark.parametrize(("text", "content", "source"), [
    # a possessive pronoun on an object stands for the subject
    ("Senator Ada Brink stepped up her attacks on the port authority.", "the port authority", "Senator Ada Brink"),
    # "her" cannot stand for a man: the possessive stays the source
    ("Mr. Tom Hale renewed her criticism of the budget.", "the budget", "her"),
    # a dateline is not the speaker
    ("Ferry fares to rise\n\nKESTREL BAY, Maine (AP) — The harbour commission said on Monday that ferry "
     "fares would rise in June.", "that ferry fares would rise in June", "The harbour commission"),
    ("Ferry fares to rise\n\nOSTBY -- Councillor Ivar Lunde said the pier would close for a month.",
     "the pier would close for a month", "Councillor Ivar Lunde"),
    # speakers the tagger misread: a word of the name hung on the verb still belongs to the speaker
    ("“We will achieve justice in this case,” Tulsa police Chief Ana Ruiz said Monday.",
     "“We will achieve justice in this case,”", "Tulsa police Chief Ana Ruiz"),
    # a verb the tagger took for a noun ("claims") keeps its subject
    ("But Trump claims that he should be the exception.", "that he should be the exception", "Trump"),
    # a participle the parser took for the main verb: its subject and clause speak
    ("Activists clamoring to block the new runway say they have a majority in the council.",
     "they have a majority in the council", "Activists clamoring to block the new runway"),
])
def test_the_speaker_of_a_sentence(nlp, text, content, source):
    claim = claim_in(nlp, text, content)
    assert claim.source is not None and claim.source.text == source


def test_a_quote_goes_on_from_the_speaker_not_from_a_question_nobody_asked(nlp):
    text = '"Anybody can change," Ivo Marek said when asked about the mayor\'s temper.\n\n"But I see no sign of it at all."'
    claims, _ = claims_of(nlp, text)
    claim = only(claims, text)  # the quote opening the next paragraph is a piece of the speaker's claim
    assert [p.text for p in claim.parts] == ['"Anybody can change,"', '"But I see no sign of it at all."']
    assert claim.source is not None and (claim.source.text, claim.source.resolution) == ("Ivo Marek", "named")


def test_a_quote_goes_on_from_the_speaker_not_from_a_relative_clause_about_them(nlp):
    text = ('"The ferry will run all winter," said Bob Marr, a pilot who said he has crossed the strait a '
            'thousand times.\n\n"Nobody can stop us now, not even the storms."')
    claims, index = claims_of(nlp, text)
    names = {e.id: e.name for e in index.entities}
    claim = only(claims, text)  # the quote opening the next paragraph is a piece of the speaker's claim
    assert [p.text for p in claim.parts] == ['"The ferry will run all winter,"',
                                             '"Nobody can stop us now, not even the storms."']
    assert claim.source is not None and claim.source.text.startswith("Bob Marr")
    assert names[claim.source.entity] == "Bob Marr"



def test_a_participle_read_as_a_noun_goes_on_from_the_verb_it_is_joined_to(nlp):
    text = ("The governor spent the evening praising the volunteers, thanking the firefighters for their "
            "courage and warning that the river would rise again.")
    claims, _ = claims_of(nlp, text)
    claim = only(claims, "that the river would rise again")
    assert claim.cue is not None and claim.cue.text == "warning"
    assert claim.source is not None and claim.source.text == "The governor"


@pytest.mark.parametrize(("text", "source"), [
    ("The minister faced questions about the contract.", None),
    ("The coach fielded questions about the transfer.", None),
    ("The senator raised questions about the contract.", "The senator"),
])
def test_questions_taken_are_not_the_taker_s(nlp, text, source):
    claim, _ = one(nlp, text)
    assert (claim.source.text if claim.source else None) == source


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("It is hard to predict whether the ferry will survive the winter.", "whether the ferry will survive the winter",
     "to predict"),
    # "without mentioning …" is how the talking would go, not what it is about (tests/test_claims_trim.py)
    ("It's impossible to talk about the harbour without mentioning the strike.", "the harbour", "to talk about"),
])
def test_an_impersonal_it_is_nobody_s_claim(nlp, text, content, cue):
    claim = claim_in(nlp, text, content)
    assert claim.cue is not None and claim.cue.text == cue
    assert claim.source is None


@pytest.mark.parametrize("name", ["Brixmoor Holdings Inc.", "Kestrel Shipping Co.", "Wexley Mills Ltd."])
def test_a_company_source_keeps_its_final_dot_and_its_entity(nlp, name):
    text = f"{name} said on Tuesday it would close two mills."
    claim, names = one(nlp, text)
    assert source_of(claim, names) == (name, name, None, "named")


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("Chief executive Dana Okonkwo told analysts on a call that the company had no choice.", "told",
     "Chief executive Dana Okonkwo"),
    ("The harbourmaster told reporters on a call on Monday that the channel would stay shut.", "told",
     "The harbourmaster"),
    # the clause hung on a noun of the setting's "of" phrase
    ("The ferry line said in the first of two statements that the crossings would resume on Friday.", "said",
     "The ferry line"),
    ("Hale wrote in one of a series of messages that the vote had been rigged.", "wrote", "Hale"),
])
def test_a_clause_hung_on_where_it_was_said_is_what_was_said(nlp, text, cue, source):
    """The parser hangs the that-clause on the call it was said on; the call is no cue."""
    content = text[text.index("that"):-1]
    claim = claim_in(nlp, text, content)
    assert claim.cue is not None and claim.cue.text == cue
    assert claim.source is not None and claim.source.text == source
    claims, _ = claims_of(nlp, text)
    assert len(claims) == 1


@pytest.mark.parametrize(("text", "content", "cue", "source"), [
    ("While she's claimed she will stay in the race until June, Ortiz has little cash left.",
     "she will stay in the race until June", "claimed", "she"),
    ("She's forecast a late surge for the party.", "a late surge for the party", "forecast", "She"),
    ("He's told reporters that the plan is dead.", "that the plan is dead", "told", "He"),
    ("She's warned that the bridge is unsafe.", "that the bridge is unsafe", "warned", "She"),
    # a true passive has nobody speaking: "it", or nothing after the participle
    ("It's said that the mayor never sleeps.", "that the mayor never sleeps", "said", None),
    # … a "been" ("has been told"), or one addressed with no object ("is told", "is reminded")
    ("He's been told the plan is dead.", "the plan is dead", "told", None),
    ("She's been warned that the bridge is unsafe.", "that the bridge is unsafe", "warned", None),
    ("He's told that he will lose his seat.", "that he will lose his seat", "told", None),
    ("He's reminded that the deadline is Friday.", "that the deadline is Friday", "reminded", None),
])
def test_an_s_before_a_participle_with_a_clause_is_has(nlp, text, content, cue, source):
    """The parser reads "he's said" as a passive ("he is said"); with a clause or an object after
    it, it is "he has said", and "he" is the speaker."""
    claim = claim_in(nlp, text, content)
    assert claim.cue is not None and claim.cue.text == cue
    assert (claim.source.text if claim.source else None) == source


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Within hours, Ms. Ortiz was pushed onto the defensive and said that her figures had been misread.",
     "that her figures had been misread", "Ms. Ortiz"),
    ("The mayor was asked about the bridge and said it would open in May.", "it would open in May", "The mayor"),
    ("The coach was booed by fans but insisted the team would recover.", "the team would recover", "The coach"),
    ("The council was told of the cost and argued that the fund was too small.", "that the fund was too small",
     "The council"),
    ("The striker was benched in April and complained that the coach ignored him.", "that the coach ignored him",
     "The striker"),
])
def test_a_verb_joined_to_a_passive_shares_its_subject(nlp, text, content, source):
    claim = claim_in(nlp, text, content)
    assert claim.source is not None and claim.source.text == source


@pytest.mark.parametrize(("text", "expected"), [
    # "praised" is a passive participle too: nobody named praises the plan
    ("The plan was approved and praised as a model.", [("The plan", "approved", None)]),
    # … and so is one the tagger calls finite, with an "as" phrase or a "by" agent and no object
    ("The levy was passed in March and hailed as the start of a new era.", []),
    ("The treaty was signed on Friday and welcomed as a turning point.", []),
    ("The rebate was approved in June and praised by farmers across the valley.", [("The rebate", "approved", None)]),
    # a finite verb with its object or clause goes on from the passive's subject
    ("Hale was arrested in May and denied all charges.", [("all charges", "denied", "Hale")]),
])
def test_a_participle_joined_to_a_passive_has_no_speaker(nlp, text, expected):
    claims, _ = claims_of(nlp, text)
    assert [(c.content.text, c.cue.text if c.cue else None, c.source.text if c.source else None)
            for c in claims] == expected


@pytest.mark.parametrize(("text", "content", "source"), [
    ("As part of his plea, Tom Hale, 44, said that he had cheated nearly 100 people.",
     "that he had cheated nearly 100 people", "Tom Hale"),  # the age is an aside, not the source
    ("In a statement to the Herald, her senior adviser, Jake Sullen, said the bridge would open in May.",
     "the bridge would open in May", "her senior adviser, Jake Sullen"),
    # the parser joined the name to the phrase's object and set the description beside the name
    ("In an interview with the Herald, Ruth Calder, the council's leader, said the bridge would reopen.",
     "the bridge would reopen", "Ruth Calder, the council's leader"),
    ("In a call with the Courier, Omar Vance, the union's treasurer, said the strike fund was empty.",
     "the strike fund was empty", "Omar Vance, the union's treasurer"),
    ("After a meeting with the Tribune, Lena Ortiz, a nurse, said the ward was short of staff.",
     "the ward was short of staff", "Lena Ortiz, a nurse"),
])
def test_a_speaker_set_beside_the_object_of_an_opening_phrase_is_the_speaker(nlp, text, content, source):
    """The parser hangs the name on the opening phrase's object ("his plea, Tom Hale"), and the
    verb has no subject; the speaker is the name, not the object."""
    claim = claim_in(nlp, text, content)
    assert claim.source is not None and claim.source.text == source


# --- the doer of a gerund ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "content", "source"), [
    ("The guild was the loudest in condemning the parking levy.", "the parking levy", "The guild"),
    ("The mayor was quick in criticizing the plan.", "the plan", "The mayor"),
    ("Some backing the rail proposal have since changed their minds.", "the rail proposal", "Some"),
    ("Those backing Senator Osei packed the hall.", "Senator Osei", "Those"),
])
def test_the_doer_of_a_gerund_after_an_adjective_or_a_pronoun_is_its_source(nlp, text, content, source):
    claims, _ = claims_of(nlp, text)
    claim = next(c for c in claims if c.content.text == content)
    assert claim.source is not None and claim.source.text == source


@pytest.mark.parametrize(("text", "content", "source"), [
    # a role capitalised at the start of a sentence or in a headline is no name
    ("Police said the lorry had been stolen.", "the lorry had been stolen", "Police"),
    ("The lane was closed. Police said the lorry had been stolen.", "the lorry had been stolen", "Police"),
    ("On Monday, police said the lorry had been stolen.", "the lorry had been stolen", "police"),
    ("Coach says squad 'lacked belief' after defeat\n\nThe side lost 4-1 at home on Saturday.",
     "squad 'lacked belief'", "Coach"),
])
def test_a_role_word_capitalised_is_described_not_named(nlp, text, content, source):
    src = claim_in(nlp, text, content).source
    assert src is not None and (src.text, src.resolution) == (source, "described")


@pytest.mark.parametrize(("text", "content", "source"), [
    ("T\n\nMinnie Driver starred in the film. Driver said the role was hard.", "the role was hard", "Driver"),
    ("Paul Farmer founded the charity in 1987. Farmer said the clinics saved lives.", "the clinics saved lives",
     "Farmer"),
    ("Karen Baker opened the shop in 2001. Baker said the rent had doubled.", "the rent had doubled", "Baker"),
])
def test_a_surname_that_is_also_a_role_word_is_named(nlp, text, content, source):
    src = claim_in(nlp, text, content).source
    assert src is not None and (src.text, src.resolution) == (source, "named")


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Harbour deal collapses\n\nLucia Moreno said the deal was dead.", "the deal was dead", "Lucia Moreno"),
    ("Harbour deal collapses\n\nKim Soo-jin said the deal was dead.", "the deal was dead", "Kim Soo-jin"),
    # no headline: the name opens the first paragraph
    ("Lucia Moreno said the deal was dead.", "the deal was dead", "Lucia Moreno"),
    ("T\n\nLucia Moreno said the deal was dead.", "the deal was dead", "Lucia Moreno"),
    # a title cut off so: still named, by the name after it
    ("T\n\nChief Constable Moira Keane said officers had been deployed.", "officers had been deployed",
     "Chief Constable Moira Keane"),
])
def test_a_name_opening_a_paragraph_keeps_its_first_name(nlp, text, content, source):
    """The parser may cut the first name off as a sentence of its own."""
    src = claim_in(nlp, text, content).source
    assert src is not None and (src.text, src.resolution) == (source, "named")


# --- a pronoun after a claim, after a question ------------------------------------------------

def antecedent_of(nlp, text: str, content: str) -> tuple[str, str]:
    """(antecedent text, resolution) of the pronoun source of the claim of ``text`` whose
    content is ``content``."""
    claim = claim_in(nlp, text, content)
    assert claim.source is not None and claim.source.antecedent is not None
    return claim.source.antecedent.text, claim.source.resolution


@pytest.mark.parametrize(("text", "content", "antecedent"), [
    ("The regulator said profits had soared. It said it would review the rules.", "it would review the rules",
     "The regulator"),
    ("The league said the match had been postponed. It said a new date would follow.", "a new date would follow",
     "The league"),
    ("The hospital said the patient was stable. It added that visits would resume.", "that visits would resume",
     "The hospital"),
    # near misses: no speaker before, or only the reported subject agrees with the pronoun
    ("The airline cancelled 300 flights. It said the storm was to blame.", "the storm was to blame", "The airline"),
    ("Police said the suspect had fled. He told a neighbour he would not return.", "he would not return",
     "the suspect"),
    ("The firm said its chief executive had resigned. He said he was proud of the staff.",
     "he was proud of the staff", "its chief executive"),
])
def test_a_pronoun_after_a_claim_is_its_speaker_before_a_subject_it_reports(nlp, text, content, antecedent):
    assert antecedent_of(nlp, text, content) == (antecedent, "pronoun")


@pytest.mark.parametrize(("text", "content", "antecedent"), [
    ('A presenter asked the goalkeeper about the penalty. "I guessed right," he said.', '"I guessed right,"',
     "the goalkeeper"),
    ("The judge was asked by a lawyer about the delay. She said the court was short of staff.",
     "the court was short of staff", "The judge"),
    ("Journalists asked the coach whether he would quit. He said he would not.", "he would not", "the coach"),
    # near misses: a request, not a question; no one asked
    ('The coach asked the players to stay calm. "We will be fine," he said.', '"We will be fine,"', "The coach"),
    ("The fans asked the referee to apologise. They said the game was a farce.", "the game was a farce",
     "The fans"),  # "to" taken for a preposition: still a request
    ("The mayor asked the governor for more money. She said the roads needed repair.", "the roads needed repair",
     "The mayor"),
    ('The captain asked about the weather. "We sail at dawn," she said.', '"We sail at dawn,"', "The captain"),
])
def test_a_pronoun_after_a_question_put_to_someone_is_the_one_asked(nlp, text, content, antecedent):
    assert antecedent_of(nlp, text, content) == (antecedent, "pronoun")


# --- a wrong speaker marked named ------------------------------------------------------------

@pytest.mark.parametrize(("text", "pieces", "source", "entity"), [
    ("Norvale Bank, its chief economist, Ruth Adeyemi, said, expected rates to fall.",
     ("Norvale Bank", "expected rates to fall"), "its chief economist, Ruth Adeyemi", "Ruth Adeyemi"),
    ("The museum, its director, Paul Grant, said, would reopen in May.",
     ("The museum", "would reopen in May"), "its director, Paul Grant", "Paul Grant"),
    ("Oldfield Town, the club's chairman, Roy Bates, said, would not be sold.",
     ("Oldfield Town", "would not be sold"), "the club's chairman, Roy Bates", "Roy Bates"),
])
def test_a_topic_before_a_named_speaker_is_a_piece_of_what_was_said(nlp, text, pieces, source, entity):
    claim, names = one(nlp, text)
    assert tuple(p.text for p in claim.parts) == pieces
    assert source_of(claim, names) == (source, entity, None, "named")


@pytest.mark.parametrize(("text", "content", "source", "resolution"), [
    # near misses: the name before the role is the speaker; a clause after "said" is the content
    ("Vera Ingram, the head teacher, said the school would close.", "the school would close",
     "Vera Ingram, the head teacher", "named"),
    ("Kemal Arslan, its chairman, said the club would not be sold.", "the club would not be sold",
     "Kemal Arslan, its chairman", "named"),
    ("Haldon Mills, its owner said, would close in June.", "Haldon Mills, its owner said, would close in June",
     "its owner", "described"),
])
def test_a_speaker_named_before_its_role_is_no_topic(nlp, text, content, source, resolution):
    claim, names = one(nlp, text)
    assert claim.content.text == content
    assert (claim.source.text, claim.source.resolution) == (source, resolution)


@pytest.mark.parametrize(("text", "source", "entity", "resolution"), [
    ("The widow of the former governor, Sir Alan Pryce, said she would appeal.",
     "The widow of the former governor, Sir Alan Pryce", None, "described"),
    ("The son of the murdered journalist, Maria Quinn, said the family wanted answers.",
     "The son of the murdered journalist, Maria Quinn", None, "described"),
    # near misses: the name after an organisation, or of the head's own gender, is the speaker's
    ("The widow of the miner, Ruth Dale, said she would sue.", "The widow of the miner, Ruth Dale", "Ruth Dale", "named"),
    ("The head of the dockers' union, Moira Kell, said the strike would go on.",
     "The head of the dockers' union, Moira Kell", "Moira Kell", "named"),
    ("A spokesman for the water company, Owen Blake, said the leak was fixed.",
     "A spokesman for the water company, Owen Blake", "Owen Blake", "named"),
    ("A lawyer for the tenant, Ada Obi, said the eviction was unlawful.",
     "A lawyer for the tenant, Ada Obi", "Ada Obi", "named"),
    # after "of" a person, a name whose gender agrees with the head's is still the head's
    ("The daughter of the former senator, Ruth Hale, said the family was grateful.",
     "The daughter of the former senator, Ruth Hale", "Ruth Hale", "named"),
    ("The mother of the jailed activist, Julia Reid, said she was relieved.",
     "The mother of the jailed activist, Julia Reid", "Julia Reid", "named"),
])
def test_a_name_set_after_a_person_inside_the_subject_is_that_persons(nlp, text, source, entity, resolution):
    claims, index = claims_of(nlp, text)
    names = {e.id: e.name for e in index.entities}
    assert [source_of(c, names) for c in claims][:1] == [(source, entity, None, resolution)]


@pytest.mark.parametrize(("text", "source", "entity", "resolution"), [
    ("The Home Secretary visited the depot and praised the staff.", "The Home Secretary", None, "described"),
    ("The Health Minister said the wards would reopen.", "The Health Minister", None, "described"),
    # near misses: a name with the title, an organisation's own role
    ("Health Minister Rosa Lind said the wards would reopen.", "Health Minister Rosa Lind", "Rosa Lind", "named"),
    ("The Apple spokesman said the phone was safe.", "The Apple spokesman", "Apple", "described"),
])
def test_a_capitalised_office_title_names_nobody(nlp, text, source, entity, resolution):
    claims, index = claims_of(nlp, text)
    names = {e.id: e.name for e in index.entities}
    assert source_of(claims[0], names) == (source, entity, None, resolution)


# --- roles of people the pronoun may stand for ------------------------------------------------

@pytest.mark.parametrize(("text", "content", "antecedent"), [
    ("The vicar opened the fete. He said the church roof had been repaired.", "the church roof had been repaired",
     "The vicar"),
    ("The envoy landed in Cairo. She said a ceasefire was close.", "a ceasefire was close", "The envoy"),
    ("The lobbyist left the hearing early. She said the bill was dead.", "the bill was dead", "The lobbyist"),
    ("A pharmacist served the queue. He said supplies of the drug were short.", "supplies of the drug were short",
     "A pharmacist"),
    # near misses: nouns that merely end like a person's role stand for a thing
    ("The new checklist reached the crews. It said pilots must rest for ten hours.",
     "pilots must rest for ten hours", "The new checklist"),
    ("The blacklist was published on Friday. It said six firms had broken the rules.",
     "six firms had broken the rules", "The blacklist"),
])
def test_a_role_noun_is_a_person_a_pronoun_may_stand_for(nlp, text, content, antecedent):
    assert antecedent_of(nlp, text, content) == (antecedent, "pronoun")


# --- a quote after a sentence that sets up its speaker ---------------------------------------

@pytest.mark.parametrize(("text", "quote", "source"), [
    ('Coach Rhea Lund was blunt. "We were awful."', '"We were awful."', "Coach Rhea Lund"),
    ('The goalkeeper was furious. "That was never a penalty."', '"That was never a penalty."', "The goalkeeper"),
    ('The treasurer sounded unrepentant. "The books balance."', '"The books balance."', "The treasurer"),
    # near misses: a thing described; a quote with a cue of its own; a description with an object
    ('The road was closed. "We had no warning at all from anyone."', '"We had no warning at all from anyone."', None),
    ('The minister was late. "We had no warning at all," said a guard.', '"We had no warning at all,"', "a guard"),
])
def test_a_quote_after_a_sentence_describing_a_person_is_theirs(nlp, text, quote, source):
    claim = claim_in(nlp, text, quote)
    assert (claim.source.text if claim.source else None) == source
    assert claim.cue is None or claim.cue.text == "said"


def test_a_quote_after_a_description_with_a_complement_goes_on_from_the_last_speaker(nlp):
    text = '"We are ready," said Mayor Ann Cole.\n\nThe council was divided on the plan. "The vote will be close."'
    claim = claim_in(nlp, text, '"The vote will be close."')
    assert (claim.source.text, claim.source.resolution) == ("Mayor Ann Cole", "inferred")


# --- a source's bounds: a relative's people, a quote going on, a clause running into it -------

@pytest.mark.parametrize(("text", "content", "antecedent"), [
    ("The study was led by geologists at the Norsk Polar Institute, who warned the glacier would collapse.",
     "the glacier would collapse", "geologists at the Norsk Polar Institute"),
    ("The audit was done by investigators at the Fair Trade Office, who found the prices were rigged.",
     "the prices were rigged", "investigators at the Fair Trade Office"),
    # near miss: a "which" on the organisation is the organisation
    ("Funds came from the Harlow Trust, which said the grant was its largest.", "the grant was its largest",
     "the Harlow Trust"),
])
def test_who_after_people_at_an_organisation_is_the_people(nlp, text, content, antecedent):
    assert antecedent_of(nlp, text, content) == (antecedent, "pronoun")


@pytest.mark.parametrize(("text", "source"), [
    ('"We lost our homes," said Ana Quispe, a farmer, "and nobody came to help."', "Ana Quispe, a farmer"),
    ('"It was a fair trial," said Omar Haddad, the defence lawyer, "but the sentence is harsh."',
     "Omar Haddad, the defence lawyer"),
    # near miss: a title in quotes after the speaker's role stays in the phrase
    ('"He was always kind," said Ed Munro, a contestant on the show, "The Voyage," last week.',
     'Ed Munro, a contestant on the show, "The Voyage,"'),
])
def test_a_source_stops_where_the_quote_goes_on(nlp, text, source):
    claim, names = one(nlp, text)
    assert source_of(claim, names)[0] == source


@pytest.mark.parametrize(("text", "content", "source"), [
    ("He is confident the deal will close, the company's lawyer, Nina Ross, told the court.",
     "He is confident the deal will close", "the company's lawyer, Nina Ross"),
    ("They're \"very close\" to a deal, the union's negotiator, Sam Idowu, told reporters.",
     "They're \"very close\" to a deal", "the union's negotiator, Sam Idowu"),
    # near miss: a quote before the trailing speaker keeps the name as the speaker
    ("\"Yes, we back the plan,\" Ruth Kemp, founder of the Kemp Trust, tells the Herald.",
     "\"Yes, we back the plan,\"", "Ruth Kemp, founder of the Kemp Trust"),
])
def test_a_clause_before_a_trailing_speaker_stops_before_the_speakers_phrase(nlp, text, content, source):
    claim, _ = one(nlp, text)
    assert (claim.content.text, claim.source.text) == (content, source)


# --- headlines ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "content", "source"), [
    ('Floods: "We lost everything," says shopkeeper', '"We lost everything,"', "shopkeeper"),
    ("Pit Closure: 'They lied to us,' says miner", "'They lied to us,'", "miner"),
    ("Heatwave: 'We cannot cope,' says nurse", "'We cannot cope,'", "nurse"),
    ("Ferry Crash: 'I heard a bang,' says passenger", "'I heard a bang,'", "passenger"),
    # near misses: the label is the speaker when the words after it have no speaker of their own
    ('Minister: "We will not retreat"', '"We will not retreat"', "Minister"),
    ("Coach: 'We deserved far more'", "'We deserved far more'", "Coach"),
])
def test_a_headline_quote_with_its_own_speaker_is_not_the_labels(nlp, title, content, source):
    claims, _ = claims_of(nlp, f"{title}\n\nThe story follows in full.")
    claim = only(claims, content)
    assert claim.source is not None and claim.source.text == source


def test_an_acronym_label_is_no_pronoun(nlp):
    claims, _ = claims_of(nlp, "WHO: New variant 'not more dangerous'\n\nThe agency spoke on Friday.")
    claim = only(claims, "New variant 'not more dangerous'")
    assert (claim.source.text, claim.source.resolution) == ("WHO", "described")
