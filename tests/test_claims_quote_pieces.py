"""One speaker's quoted words around one cue are one attribution, in pieces (PolNeAR's
convention): a quote left open at a paragraph's end, and a second quote after a long
description of the speaker; on sentences written for these tests."""

from __future__ import annotations

import pytest

from test_claims import claims_of


def rows(nlp, text: str) -> list[tuple[str, str, str | None, str | None, list[str]]]:
    claims, _ = claims_of(nlp, text)
    return [(c.kind, c.content.text, c.cue.text if c.cue else None, c.source.text if c.source else None,
             [p.text for p in c.parts]) for c in claims]


# --- a quote left open at a paragraph's end ------------------------------------------------

@pytest.mark.parametrize(("text", "first", "second"), [
    ("The club fights on.\n\n“We built this club from nothing,” Dana Ruiz said. “Nobody gave us a cent, and we "
     "paid every debt ourselves.\n\n“The stadium plan changes none of that,” Ruiz said.",
     ("said", "Dana Ruiz", ["“We built this club from nothing,”",
                            "“Nobody gave us a cent, and we paid every debt ourselves."]),
     ("“The stadium plan changes none of that,”", "said", "Ruiz")),
    # the next paragraph's quote breaking off with a question for its cue
    ('Harbour vote.\n\n"The harbour needs dredging before winter," said Ola Berg, the port captain. "Ships are '
     'already turning away.\n\n"Who will pay for the dredger?" she asked.',
     ("said", "Ola Berg, the port captain", ['"The harbour needs dredging before winter,"',
                                             '"Ships are already turning away.']),
     ('"Who will pay for the dredger?"', "asked", "she")),
])
def test_an_open_quote_stops_at_the_break_when_the_next_paragraph_has_its_own_attribution(nlp, text, first, second):
    found = rows(nlp, text)
    assert len(found) == 2
    assert found[0][1] == text[text.index(first[2][0]):text.index(first[2][1]) + len(first[2][1])]
    assert (found[0][2], found[0][3], found[0][4]) == first
    assert found[1][1:4] == second and found[1][4] == []


def test_an_open_quote_after_a_colon_stops_at_the_break_too(nlp):
    text = ("Farm prices.\n\nJon Holm put it plainly: “Milk prices have fallen for three years.\n\n"
            "“My father farmed here, and so did his father,” Holm added.")
    found = rows(nlp, text)
    assert [r[1] for r in found] == ["“Milk prices have fallen for three years.",
                                     "“My father farmed here, and so did his father,”"]
    assert found[1][2:4] == ("added", "Holm")


def test_an_open_quote_runs_on_when_the_next_paragraph_has_no_attribution(nlp):
    text = ("Library cuts.\n\n“We have cut the hours twice already,” Mina Patel said. “Another cut would close "
            "the reading room.\n\n“We are asking the council to think again. The children need somewhere to go.”")
    found = rows(nlp, text)
    assert len(found) == 1
    assert found[0][2:] == ("said", "Mina Patel", [
        "“We have cut the hours twice already,”",
        "“Another cut would close the reading room.\n\n“We are asking the council to think again. "
        "The children need somewhere to go.”"])


def test_an_open_quote_alone_in_its_paragraph_runs_on_to_the_attribution_after_it(nlp):
    text = ("The mayor spoke on Monday.\n\n“Work on the bridge starts in May. It will take six weeks.\n\n"
            "“The road stays open the whole time,” Ann Lee said.")
    found = rows(nlp, text)
    assert len(found) == 1
    assert found[0][1:4] == (text[text.index("“Work"):text.index(" Ann")], "said", "Ann Lee")


# --- a second quote after a long description of the speaker --------------------------------

_ENGINEER = ("said Tomas Ek, an engineer with the regional transport board who has inspected the bridge every "
             "spring for twenty years, ever since the old crossing collapsed in the great storm of 1998")


@pytest.mark.parametrize(("text", "pieces", "cue", "source"), [
    # the speaker's description too long for one interrupted quote
    (f"''The bridge is safe,'' {_ENGINEER}. ''We found nothing that worries us.''",
     ["''The bridge is safe,''", "''We found nothing that worries us.''"], "said", None),
    # the second piece breaking off with a comma for no attribution of its own
    ("“In other news,” the mayor wrote on Friday, “the library reopens next week,”",
     ["“In other news,”", "“the library reopens next week,”"], "wrote", "the mayor"),
    # no comma after the cue
    ("“The ferry will run all winter,” she said “and we have the crews and the fuel.”",
     ["“The ferry will run all winter,”", "“and we have the crews and the fuel.”"], "said", "she"),
])
def test_two_quotes_around_one_cue_and_its_speaker_are_one_claim(nlp, text, pieces, cue, source):
    found = rows(nlp, text)
    assert len(found) == 1
    assert found[0][1:3] == (text, cue)
    assert source is None or found[0][3] == source
    assert found[0][4] == pieces


def test_a_quote_after_its_own_cue_stays_a_claim_of_its_own(nlp):
    text = f'"The bridge is safe," {_ENGINEER}. "We found nothing that worries us," he added.'
    assert [(r[1], r[2]) for r in rows(nlp, text)] == [('"The bridge is safe,"', "said"),
                                                      ('"We found nothing that worries us,"', "added")]


def test_a_quoted_phrase_hanging_on_another_verb_after_the_cue_is_no_piece_of_the_quote(nlp):
    text = ('"We owe her a great deal," he said, introducing Ruth Hale as "a builder of bridges and a friend to '
            'every farmer in the valley."')
    assert '"We owe her a great deal,"' in [r[1] for r in rows(nlp, text)]


def test_a_quote_in_the_next_paragraph_is_no_piece_of_the_one_before(nlp):
    text = f'Bridge.\n\n"The bridge is safe," {_ENGINEER}.\n\n"We found nothing that worries us," he added.'
    assert [r[1] for r in rows(nlp, text)] == [
        '"The bridge is safe,"', '"We found nothing that worries us,"']


# --- a quote opening the paragraph after its speaker's cue ----------------------------------

def test_a_quote_opening_the_next_paragraph_goes_on_from_the_cue_that_ends_the_one_before(nlp):
    text = ("Pier.\n\n“We will rebuild the pier before the summer,” the harbour master said.\n\n"
            "“The work starts in April, and the boats can stay in the water.”")
    assert rows(nlp, text) == [
        ("direct", text[text.index("“We"):], "said", "the harbour master",
         ["“We will rebuild the pier before the summer,”",
          "“The work starts in April, and the boats can stay in the water.”"])]


@pytest.mark.parametrize("text", [
    # the cue's sentence does not end its paragraph
    "Pier.\n\n“We will rebuild the pier before the summer,” the harbour master said. She then turned to the "
    "fishermen.\n\n“Who will pay for the timber?”",
    # a credit after a dash is no reporting verb: a list of voices, each its own
    "Pier.\n\n“The pier is a disgrace and the council knows it.” ― Ann Lee\n\n"
    "“We have waited ten years for the repairs.” ― Bo Ek",
    # the next paragraph's quote has a cue of its own
    "Pier.\n\n“We will rebuild the pier before the summer,” the harbour master said.\n\n"
    "“That is what they said last year,” a fisherman replied.",
    # the claim before is no quote
    "Pier.\n\nThe harbour master said the pier would be rebuilt before the summer.\n\n"
    "“The work starts in April, and the boats can stay in the water.”",
])
def test_a_quote_opening_the_next_paragraph_stays_a_claim_of_its_own(nlp, text):
    found = rows(nlp, text)
    assert len(found) == 2
    assert found[1][1].startswith("“") and "\n" not in found[1][1]


# --- an answer, another speaker, a second credit: no piece across the break -----------------

@pytest.mark.parametrize(("text", "cue", "source"), [
    # a verb of asking: the next quote is the answer
    ('Pier plan\n\n"Are you ready for the final?" the host asked.\n\n'
     '"Absolutely. We have trained for months and nobody is injured."', "asked", "the host"),
    ('Pier plan\n\n"Will the pier reopen?" a reporter asked the mayor.\n\n"Not this year. The money has run out."',
     "asked", "a reporter"),
    ('Dam\n\n"Where is the money?" the auditor demanded of the treasurer.\n\n"Spent on the pier, every penny of it."',
     "demanded", "the auditor"),
    # asking with no question mark
    ('Road\n\n"Tell us where the money went," the councillor demanded.\n\n"It went on the new roof and the boiler."',
     "demanded", "the councillor"),
    # a question put to someone, with a verb of saying
    ('Road\n\n"Is the road open?" the driver said to the warden.\n\n"Only for buses, and only until noon."',
     "said", "the driver"),
])
def test_a_quote_after_a_question_is_the_answer_and_no_piece_of_it(nlp, text, cue, source):
    first, second = text.split("\n\n")[1:]
    asked = first[:first.rindex('"') + 1]
    assert rows(nlp, text) == [("direct", asked, cue, source, []), ("direct", second, None, source, [])]


def test_a_question_the_speaker_answers_himself_goes_on_across_the_break(nlp):
    text = 'Road\n\n"Who would have believed it?" the coach said.\n\n"We were bottom of the league in March."'
    assert rows(nlp, text) == [("direct", text[text.index('"Who'):], "said", "the coach",
                                ['"Who would have believed it?"', '"We were bottom of the league in March."'])]


@pytest.mark.parametrize(("text", "second"), [
    ('Pier\n\n"The pier is safe," the engineer said.\n\n'
     '"Then why is it closed?" A fisherman in the crowd wanted to know.', '"Then why is it closed?"'),
    ('Road\n\n"The ferry runs on time," the captain said.\n\n'
     '"It was late twice this week." A passenger on the deck had timed it.', '"It was late twice this week."'),
    ('Road\n\n"Our water is clean," the mayor said.\n\n"Not in my street." Residents of Mill Lane are angry.',
     '"Not in my street."'),
])
def test_a_quote_whose_paragraph_names_someone_else_is_no_piece_of_the_one_before(nlp, text, second):
    found = rows(nlp, text)
    first = text.split("\n\n")[1]
    assert found[0] == ("direct", first[:first.index(",") + 2], "said", found[0][3], [])
    assert found[1] == ("direct", second, None, found[0][3], [])


def test_a_quote_whose_paragraph_goes_on_with_a_pronoun_goes_on_across_the_break(nlp):
    text = ('Road\n\n"We will win the final," the coach said.\n\n'
            '"The players believe it and so do I." He was sure of it.')
    assert rows(nlp, text) == [("direct", text[text.index('"We'):text.index(" He")], "said", "the coach",
                                ['"We will win the final,"', '"The players believe it and so do I."'])]


@pytest.mark.parametrize(("text", "source"), [
    ('Dam\n\n"We will win," the coach said, according to the club\'s website.\n\n'
     '"Nobody is injured and nobody is tired."', "the coach"),
    ('Road\n\n"The pier will reopen in May," the mayor said, according to the council\'s minutes.\n\n'
     '"The repairs are nearly done and the money is there."', "the mayor"),
    ('Road\n\n"Prices will fall," the minister said, the agency reported.\n\n'
     '"Fuel is already cheaper than it was in June."', "the minister"),
])
def test_a_second_credit_of_the_first_quote_makes_no_second_claim_of_it(nlp, text, source):
    first, second = text.split("\n\n")[1:]
    assert rows(nlp, text) == [("direct", text[text.index(first):], "said", source,
                                [first[:first.index(",") + 2], second])]


# --- a quote after an abbreviation's dot, and "according to" inside a clause ---------------

@pytest.mark.parametrize(("text", "pieces", "source"), [
    # the dot of "a.m." / "p.m." / a state's abbreviation ends the sentence before the quote
    ('Flood news\n\nThe river peaked at 4 a.m. "We moved the cattle early," said farmer Ivo Marsh, "and lost none."',
     ['"We moved the cattle early,"', '"and lost none."'], "farmer Ivo Marsh"),
    ('Flood news\n\nThe siren went at 9 p.m. "Nobody slept," said Ruth Abel, a warden. "Not one of us."',
     ['"Nobody slept,"', '"Not one of us."'], "Ruth Abel, a warden"),
    ('Race news\n\nShe spoke at a diner in Aiken, S.C. "The race is close," she said, "but we lead."',
     ['"The race is close,"', '"but we lead."'], "she"),
])
def test_a_quote_after_an_abbreviations_dot_opens_its_own_sentence(nlp, text, pieces, source):
    [(kind, _content, _cue, src, parts)] = rows(nlp, text)
    assert (kind, parts, src) == ("direct", pieces, source)


@pytest.mark.parametrize("text", [
    'The ticket was led by Mr. "Buck" Doyle, a rancher.',
    'The ticket was led by Mr. "Big Mike" Doyle, a rancher.',
    'They talked until 2 a.m. "about nothing," she said.',
    # a one-word quote, a name's or a term's; a phrase after a determiner's abbreviation
    'Fans called Mr. "Buck," as he was known, a hero.',
    'Many immigrants chase the U.S. "Big Dream," she said, though few reach it.',
    'Some mock our U.K. "Special Relationship," he said, but it holds.',
])
def test_a_name_in_quotes_after_an_abbreviations_dot_is_no_sentence(nlp, text):
    assert [s.text for s in nlp("Race news\n\n" + text).sents][1:] == [text]


@pytest.mark.parametrize(("text", "pieces", "source"), [
    ("Budget news\n\nThe deficit, according to the treasury, will halve by 2030.",
     ["The deficit", "will halve by 2030"], "the treasury"),
    ("Budget news\n\nThe new bridge, according to engineers at the council, is unsafe.",
     ["The new bridge", "is unsafe"], "engineers at the council"),
])
def test_according_to_between_subject_and_verb_splits_the_content(nlp, text, pieces, source):
    [(_kind, content, cue, src, parts)] = rows(nlp, text)
    assert (cue, src, parts) == ("according to", source, pieces)
    assert content == text[text.index(pieces[0]):text.index(pieces[1]) + len(pieces[1])]


@pytest.mark.parametrize(("text", "content"), [
    # at a sentence's start or end, or inside a relative clause: one piece
    ("Budget news\n\nAccording to the treasury, the deficit will halve.", "the deficit will halve"),
    ("Budget news\n\nThe deficit will halve, according to the treasury.", "The deficit will halve"),
    ("Budget news\n\nIts chief, who according to aides is tired, will resign.", "is tired"),
])
def test_according_to_outside_a_clause_keeps_one_piece(nlp, text, content):
    [(_kind, got, _cue, _src, parts)] = rows(nlp, text)
    assert (got, parts) == (content, [])


# --- a question in quotes and its answer -------------------------------------------------

@pytest.mark.parametrize(("text", "answer", "cue", "source"), [
    ('Rates news\n\n"Will rents fall?" "Not this year," said the analyst, Dr. Mia Holt.', '"Not this year,"', "said",
     "the analyst, Dr. Mia Holt"),
    ('Bridge news\n\n"Is the bridge safe?" "Yes, completely," the engineer, Ada Lunn, replied.', '"Yes, completely,"',
     "replied", "the engineer, Ada Lunn"),
])
def test_an_answer_right_after_a_quoted_question_is_its_speakers(nlp, text, answer, cue, source):
    found = [r for r in rows(nlp, text) if r[1] == answer]
    assert [(k, c, s) for k, _content, c, s, _parts in found] == [("direct", cue, source)]


@pytest.mark.parametrize(("text", "phrase"), [
    # a quote after a quoted word that ends no sentence stays a phrase of its sentence
    ('Pub news\n\nThe sign said "Closed" "until further notice" all week.', '"until further notice"'),
    # nor does one in lower case after a quoted question or cry: a phrase of the sentence
    ('Pub news\n\nHe asked "Why now?" "in a rage," witnesses said.', '"in a rage,"'),
    ('Pub news\n\nThe band played "Where Is Love?" "the old way," critic Sam Lowe wrote.', '"the old way,"'),
])
def test_a_quote_after_a_quoted_word_in_a_sentence_is_no_answer(nlp, text, phrase):
    assert all(r[1] != phrase for r in rows(nlp, text))
