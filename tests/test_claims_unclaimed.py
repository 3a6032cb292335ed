"""Classes of issue 10 ("Claims and sources") beside the manner verbs: phrases that look like
reports and are none (`went according to plan`, `That said, …`, `is intended to`, `is due to`,
a wish to stay unnamed, "Not everyone was happy", who wrote a report), a name set beside an
"according to" description, an attribution inside an unquoted content (its two pieces), "said
in a letter that …", an unquoted question before "asked X" and a headline's role before a name.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_claims import claims_of


def described(nlp, text: str) -> list[tuple]:
    """(content, cue, source, resolution, entity name, parts) of each claim."""
    claims, index = claims_of(nlp, text)
    return [(c.content.text, c.cue and c.cue.text, c.source and c.source.text, c.source and c.source.resolution,
             c.source and c.source.entity and index.by_id[c.source.entity].name, [p.text for p in c.parts])
            for c in claims]


@pytest.mark.parametrize("text", [
    "The inquiry went according to plan.",
    "Tickets were allocated according to the rules of the league.",
    "With that said, the club remains in debt.",
    "This said, the bridge still needs repairs.",
    "The new levy is intended to fund the ferries.",
    "The minister is due to announce the budget next week.",
    "The board is set to discuss the merger on Friday.",
    "Not everyone was pleased with the new timetable.",
    "No one in the valley was happy about the dam.",
    "The study was written by researchers at Marlow College.",
])
def test_no_claim(nlp, text):
    assert described(nlp, text) == []


@pytest.mark.parametrize(("text", "content", "source"), [
    ("A lock keeper, who asked not to be publicly identified, said the canal had flooded twice.",
     "the canal had flooded twice", "A lock keeper"),
    ("One official, who requested that his name be withheld, said the talks had stalled.", "the talks had stalled",
     "One official"),
    ("A porter, who declined to be named, said the lift had failed.", "the lift had failed",
     "A porter"),
    ("A local trader, who did not want to be identified, said business had collapsed.", "business had collapsed",
     "A local trader"),
])
def test_a_wish_to_stay_unnamed_is_no_claim(nlp, text, content, source):
    assert described(nlp, text) == [(content, "said", source, "described", None, [])]


@pytest.mark.parametrize(("text", "content", "cue", "source"), [
    ("A spokesman said the officer would not be named.", "the officer would not be named", "said", "A spokesman"),
    ("The coroner said the remains could not be identified.", "the remains could not be identified", "said",
     "The coroner"),
    ("The court said the name of the witness must be withheld.", "the name of the witness must be withheld", "said",
     "The court"),
    ("She said her name had not been used in the advert.", "her name had not been used in the advert", "said", "She"),
    ("The family asked that the boy not be named.", "that the boy not be named", "asked", "The family"),
    ("The driver never expected to be named in the inquiry's findings.", "to be named in the inquiry's findings",
     "never expected", "The driver"),
    ("The ministry announced that the pilots would not be identified.", "that the pilots would not be identified",
     "announced", "The ministry"),
])
def test_what_is_said_of_someone_else_staying_unnamed_stays_a_claim(nlp, text, content, cue, source):
    assert [d[:3] for d in described(nlp, text)] == [(content, cue, source)]


def test_according_to_a_source_stays_a_claim(nlp):
    assert described(nlp, "The economy grew by 2% according to official figures.") == [
        ("The economy grew by 2%", "according to", "official figures", "described", None, [])]


@pytest.mark.parametrize(("text", "content", "source", "name", "parts"), [
    ("According to the club's physio, Mr. Owen Tate, the striker will miss a month.",
     "the striker will miss a month", "the club's physio, Mr. Owen Tate", "Owen Tate", []),
    ("According to its treasurer, Lena Ford, the charity is broke.", "the charity is broke",
     "its treasurer, Lena Ford", "Lena Ford", []),
    ('"The deal," according to the union\'s chief negotiator, Ms. Ruth Kamau, "is off the table."',
     '"The deal," according to the union\'s chief negotiator, Ms. Ruth Kamau, "is off the table."',
     "the union's chief negotiator, Ms. Ruth Kamau", "Ruth Kamau", ['"The deal,"', '"is off the table."']),
    # a title of the lexicon with no dot before the name
    ("According to the survey's author, Professor Hal Wren, prices will fall.", "prices will fall",
     "the survey's author, Professor Hal Wren", "Hal Wren", []),
    ("According to the museum's curator, Dame Ruth Gale, the vase is fake.", "the vase is fake",
     "the museum's curator, Dame Ruth Gale", "Ruth Gale", []),
])
def test_according_to_a_description_with_the_name_beside_it(nlp, text, content, source, name, parts):
    assert described(nlp, text) == [(content, "according to" if text[0] != "A" else "According to", source, "named",
                                     name, parts)]


@pytest.mark.parametrize("text", [
    "According to the club's physio, Owen Tate, and the manager, the striker is fit.",
    "According to the firm's chief, Dr Ada Pike, or her deputy, sales are up.",
])
def test_according_to_a_list_of_sources_is_not_cut_after_its_first_name(nlp, text):
    # the name is one of a list, not set beside the description: the content does not open with the list's "and"
    assert [(c.split(",")[0], s) for c, _, s, *_ in described(nlp, text)] == [
        (text.split(", ")[1], text[len("According to "):text.index(",")])]


def test_according_to_a_document_before_the_clause_subject(nlp):
    # the name after the comma is the reported clause's subject, not the document's author
    assert described(nlp, "According to an audit of the fund, Carla Moss, the treasurer, moved the money.") == [
        ("Carla Moss, the treasurer, moved the money", "According to", "an audit of the fund", "described", None, [])]


@pytest.mark.parametrize(("text", "cue", "source", "name", "parts"), [
    ("The old pier, the council said, will be demolished in spring.", "said", "the council", None,
     ["The old pier", "will be demolished in spring"]),
    ("The ferry, its owners said on Friday, will stop running in May.", "said", "its owners", None,
     ["The ferry", "will stop running in May"]),
    ("She would have stayed, her agent said, if the club had asked.", "said", "her agent", None,
     ["She would have stayed", "if the club had asked"]),
    ("Rents will keep rising, the housing minister, Paul Dent, warned, but more slowly.", "warned",
     "the housing minister, Paul Dent", "Paul Dent", ["Rents will keep rising", "but more slowly"]),
    ("The tunnel will reopen, the mayor said, though it may be late.", "said", "the mayor", None,
     ["The tunnel will reopen", "though it may be late"]),
])
def test_an_unquoted_content_around_its_attribution_is_said_in_two_pieces(nlp, text, cue, source, name, parts):
    resolution = "named" if name else "described"
    assert described(nlp, text) == [(text.rstrip("."), cue, source, resolution, name, parts)]


@pytest.mark.parametrize("text", [
    "Rents will keep rising, the bank warned, before the meeting ended.",
    "Rents will keep rising, the bank warned, before heading home.",
    "Rents will keep rising, the bank warned, when the figures came out.",
])
def test_a_trailing_attribution_then_how_it_was_said_stays_one_piece(nlp, text):
    assert described(nlp, text) == [("Rents will keep rising", "warned", "the bank", "described", None, [])]


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Rents will rise, the agent said, but she admitted she was not sure.",
     ("Rents will rise", "said", "the agent"), ("she was not sure", "admitted", "she")),
    ("The pier will reopen in May, officials said, though they declined to give a date.",
     ("The pier will reopen in May", "said", "officials"), ("to give a date", "declined", "they")),
    ("The ferry will sail, the captain said, but he conceded the sea was rough.",
     ("The ferry will sail", "said", "the captain"), ("the sea was rough", "conceded", "he")),
])
def test_a_clause_with_its_own_report_after_but_is_a_claim_of_its_own(nlp, text, first, second):
    assert [d[:3] for d in described(nlp, text)] == [first, second]


@pytest.mark.parametrize(("text", "content", "cue", "source"), [
    ("The strike ended on Friday. Ana Ruiz wrote in an email that the vote had been postponed.",
     "that the vote had been postponed", "wrote", "Ana Ruiz"),
    ("The talks failed. The club's owners said in a letter that the stadium would be sold.",
     "that the stadium would be sold", "said", "The club's owners"),
    # the "that" taken for the relative clause's object
    ("The mayor said in a letter that the pier would close.", "that the pier would close", "said", "The mayor"),
    ("The firm said in a filing that profits had fallen.", "that profits had fallen", "said", "The firm"),
    ("The airline said in a letter that the route would end.", "that the route would end", "said", "The airline"),
])
def test_said_in_a_letter_that(nlp, text, content, cue, source):
    # the parser takes the "that" for a relative pronoun on "letter"
    assert [(c, k, s) for c, k, s, *_ in described(nlp, text)] == [(content, cue, source)]


def test_an_unquoted_question_before_asked(nlp):
    assert described(nlp, "The meeting dragged on. Who will pay for the bridge? asked one resident.") == [
        ("Who will pay for the bridge?", "asked", "one resident", "described", None, [])]


@pytest.mark.parametrize(("title", "source", "content"), [
    ("Rovers boss Keogh: We were not good enough", "Rovers boss Keogh", "We were not good enough"),
    ("Fed chief Powell: rates will stay high for longer", "Fed chief Powell", "rates will stay high for longer"),
])
def test_a_headline_role_before_the_name(nlp, title, source, content):
    claims, _ = claims_of(nlp, f"{title}\n\nThe match ended on Sunday.")
    assert [(c.content.text, c.cue.text, c.source.text) for c in claims] == [(content, ":", source)]


@pytest.mark.parametrize("title", [
    "Shares slump Monday: what it means for savers",
    "Match preview Liverpool: Salah a doubt for the final",
    "House price index London: values fall again",
    "Player ratings Arsenal: Saka shines in win",
    "Council tax rise Bristol: what you need to know",
    "Weather forecast Leeds: rain all week long",
])
def test_a_headline_label_that_is_no_speaker(nlp, title):
    claims, _ = claims_of(nlp, f"{title}\n\nMarkets fell.")
    assert claims == []


@pytest.mark.parametrize("text", [
    # a standard after "according to" on a verb is how a thing is done: no source
    "The pupils were grouped according to ability.",
    "The repairs went according to plan.",
])
def test_according_to_a_standard_after_a_verb_is_no_claim(nlp, text):
    assert described(nlp, "Town news\n\n" + text) == []


@pytest.mark.parametrize(("text", "content", "source"), [
    # a source after "according to" on a verb: a finding, a person, a name, a determined noun,
    # a bare noun for a body or its evidence (no word list tells it from a measure's)
    ("Exports fell according to research by the bank.", "Exports fell", "research by the bank"),
    ("Turnout fell according to officials.", "Turnout fell", "officials"),
    ("The fund grew according to its manager.", "The fund grew", "its manager"),
    ("The rebels retreated according to intelligence.", "The rebels retreated", "intelligence"),
    ("The patient improved according to staff.", "The patient improved", "staff"),
    ("The tanks advanced according to footage.", "The tanks advanced", "footage"),
])
def test_according_to_a_source_after_a_verb_stays_a_claim(nlp, text, content, source):
    assert [d[:3] for d in described(nlp, "Town news\n\n" + text)] == [(content, "according to", source)]


@pytest.mark.parametrize(("text", "source"), [
    # a margin of votes or points names nobody: the verdict stays, with no source
    ("The merger was rejected by 31 votes to 9.", None),
    ("The motion was rejected by five points.", None),
    # a counted group, or a count with whose it is, names its source
    ("The merger was rejected by 12 shareholders.", "12 shareholders"),
    ("The merger was rejected by 70 percent of members.", "70 percent of members"),
])
def test_a_margin_of_votes_is_no_source(nlp, text, source):
    [(content, _cue, src, *_rest)] = described(nlp, "Town news\n\n" + text)
    assert (content, src) == ("The merger" if "merger" in text else "The motion", source)
