"""Claims of known cues whose content sits outside the cue's own complements: the noun a
relative clause hangs on, a gerund the parser took for a clause, a view noun's object, a
hedged "it", a question clause after "about/on", a stance the subject receives."""

from __future__ import annotations

import pytest
from analysis_contract import check_contract
from test_claims import claims_of, only

from tui.analysis.chunks import parse_one
from tui.analysis.engine import analyze_doc
from tui.model import Article


def reported(nlp, text: str, content: str) -> tuple[str, str, str | None, str | None]:
    """(cue text, cue lemma, source text, source resolution) of the one claim with that content."""
    claims, _ = claims_of(nlp, text)
    c = only(claims, content)
    assert c.cue is not None
    return c.cue.text, c.cue.lemma, c.source.text if c.source else None, c.source.resolution if c.source else None


def contents(nlp, text: str) -> list[str]:
    return [c.content.text for c in claims_of(nlp, text)[0]]


@pytest.mark.parametrize(("text", "content", "expected"), [
    ("The harbour board dropped the toll plan, a scheme the mayor had backed for years.",
     "a scheme", ("had backed", "back", "the mayor", "described")),
    ("Senator Tom Hale spoke in Dayton on Friday. Voters heard again the promises he has been repeating since the spring.",
     "the promises", ("has been repeating", "repeat", "he", "pronoun")),
    ("The ferry operator got everything the mayor wanted from the port.",
     "everything", ("wanted", "want", "the mayor", "described")),
])
def test_a_relative_clause_with_no_object_reports_the_noun_it_hangs_on(nlp, text, content, expected):
    assert reported(nlp, text, content) == expected


@pytest.mark.parametrize(("text", "noun"), [
    ("The mayor signed the budget that the council backed.", "the budget"),  # a relative pronoun opens the clause
    ("The ferry plan announced on Monday will cost more.", "The ferry plan"),  # a participle, not a relative clause
    ("The union backed a plan that cuts fares.", "a plan"),  # the relative clause's subject is the pronoun
])
def test_no_relative_object_without_a_subject_of_its_own_or_with_a_relative_pronoun(nlp, text, noun):
    assert noun not in contents(nlp, text)


@pytest.mark.parametrize(("text", "content", "expected"), [
    ("The transit union has endorsed putting cameras on every bus.", "putting cameras on every bus",
     ("has endorsed", "endorse", "The transit union", "described")),
    ("Mayor Ruth Okafor did not mention raising the parking fees.", "raising the parking fees",
     ("did not mention", "mention", "Mayor Ruth Okafor", "named")),
    # a pronoun with an of-phrase is an object even of a clause cue; a bare "it" is not
    ("Hale did not mention any of her rivals.", "any of her rivals", ("did not mention", "mention", "Hale", "named")),
])
def test_a_gerund_or_a_quantity_of_something_is_the_object_of_a_cue_that_takes_one(nlp, text, content, expected):
    assert reported(nlp, text, content) == expected


def test_a_bare_pronoun_is_no_content_of_a_clause_cue(nlp):
    assert contents(nlp, "Hale did not mention it.") == []


@pytest.mark.parametrize(("text", "content", "expected"), [
    ("The board's rejection of the toll plan surprised nobody.", "the toll plan",
     ("rejection", "rejection", "The board", "described")),
    ("Few were moved by the mayor's argument about the budget.", "the budget",
     ("argument", "argument", "the mayor", "described")),
    ("The union kept alive its hopes of a late deal.", "a late deal", ("hopes", "hope", "The union", "described")),
])
def test_a_noun_of_view_or_hope_reports_its_of_or_about_object(nlp, text, content, expected):
    assert reported(nlp, text, content) == expected


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("The toll plan was popular in May. By June it appeared to divide the council.",
     "it appeared to divide the council", "appeared"),
    ("The new bridge design looked bold on paper. Up close it seemed like a mistake.",
     "it seemed like a mistake", "seemed"),
    # an impersonal "it" with the clause under the adjective: what follows "it seems"
    ("It seems increasingly likely that the council will delay the vote.",
     "increasingly likely that the council will delay the vote", "seems"),
])
def test_it_that_stands_for_something_is_hedged_with_its_predicate(nlp, text, content, cue):
    c = only(claims_of(nlp, text)[0], content)
    assert (c.cue.text, c.cue.stance, c.source) == (cue, "hedged", None)


@pytest.mark.parametrize(("text", "content", "expected"), [
    ("Mayor Ruth Okafor made conflicting statements about how the bridge would be paid for.",
     "how the bridge would be paid for", ("statements", "statement", "Mayor Ruth Okafor", "named")),
    ("The board's decision on whether the ferry will run in winter is due in May.",
     "whether the ferry will run in winter", ("decision", "decision", "The board", "described")),
    ("Council members disagree on how the new tax should be spent.", "how the new tax should be spent",
     ("disagree", "disagree", "Council members", "described")),
    ("Reporters pressed the mayor on why the ferry was late.", "why the ferry was late",
     ("pressed", "press", "Reporters", "described")),
])
def test_a_cue_reports_the_question_clause_of_its_about_phrase(nlp, text, content, expected):
    assert reported(nlp, text, content) == expected


@pytest.mark.parametrize(("text", "content", "expected"), [
    ("The mayor's statement about the weather was brief.", "the weather",
     ("statement", "statement", "The mayor", "described")),
    ("Councillor Ada Brook's remarks on the harbour toll angered the union.", "the harbour toll",
     ("remarks", "remark", "Councillor Ada Brook", "named")),
])
def test_the_about_or_on_object_of_a_noun_of_speech_is_its_content(nlp, text, content, expected):
    assert reported(nlp, text, content) == expected


@pytest.mark.parametrize("text", [
    "The union issued a statement on Friday.",  # "on" a date: when, not what about
    "Her message of hope moved the crowd.",  # "of" names no topic of a noun without an object frame
    "The report ends with a clear implication about the budget.",  # nobody speaks of the topic
])
def test_no_topic_of_a_date_or_of_an_of_phrase(nlp, text):
    assert contents(nlp, text) == []


@pytest.mark.parametrize(("text", "content", "expected"), [
    ("The toll plan drew sharp criticism from the harbour union.", "The toll plan",
     ("criticism", "criticism", "the harbour union", "described")),
    ("Mayor Ruth Okafor won the endorsement of the teachers' union.", "Mayor Ruth Okafor",
     ("endorsement", "endorsement", "the teachers' union", "described")),
    ("Hale has strong support among nurses.", "Hale", ("support", "support", "nurses", "described")),
    ("Her strong support among nurses helped Hale win.", "Her", ("support", "support", "nurses", "described")),
])
def test_a_stance_the_subject_receives_is_about_the_subject_and_given_by_the_giver(nlp, text, content, expected):
    assert reported(nlp, text, content) == expected


@pytest.mark.parametrize("text", [
    "The toll plan drew criticism for its cost.",  # the noun's own object: what it is criticised for
    "The toll plan drew criticism.",  # nobody gives it
])
def test_a_received_stance_needs_a_giver_and_no_object_of_its_own(nlp, text):
    assert "The toll plan" not in contents(nlp, text)


@pytest.mark.parametrize(("text", "content", "expected"), [
    # "as" before an adjective or a participle: the parser makes it an adverb of a clause on the cue
    ("Most riders see the new timetable as far too complicated.", "the new timetable as far too complicated",
     ("see", "see", "Most riders", "described")),
    ("Councillor Ada Brook views the harbour plan as doomed by its cost.", "the harbour plan as doomed by its cost",
     ("views", "view", "Councillor Ada Brook", "named")),
    # "as" before a noun, hung on the object
    ("Many residents see the new ferry as a waste of money.", "the new ferry as a waste of money",
     ("see", "see", "Many residents", "described")),
])
def test_a_view_cue_takes_its_object_and_as_wherever_the_parser_hangs_the_as(nlp, text, content, expected):
    assert reported(nlp, text, content) == expected


def test_an_as_clause_of_time_is_no_view(nlp):
    # the clause after "as" has a subject of its own: when it was painted, not what it was painted as
    assert contents(nlp, "The mayor painted a bleak picture of the port as the ferries stood idle.") == []


@pytest.mark.parametrize(("text", "content", "expected"), [
    ("Councillor Ada Brook is proud of the new ferry.", "the new ferry", ("proud", "proud", "Councillor Ada Brook", "named")),
    ("The mayor, who is sick of the delays, left early.", "the delays", ("sick", "sick", "who", "pronoun")),
    ("Mayor Ruth Okafor was glad that the vote was over.", "that the vote was over",
     ("glad", "glad", "Mayor Ruth Okafor", "named")),
])
def test_a_predicate_adjective_with_about_of_or_a_clause_said_of_a_person_is_an_attitude(nlp, text, content, expected):
    assert reported(nlp, text, content) == expected


@pytest.mark.parametrize("text", [
    "The harbour plan is short of money.",  # said of a thing
    "They should get excited about the new toll on the bridge.",  # one to come to, not one held
])
def test_no_attitude_of_a_thing_or_of_one_to_come(nlp, text):
    assert contents(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Jones was innocent of the charges.",  # a state or a quality, not a feeling or a view of anything
    "Microsoft is independent of the government.",
    "Smith was capable of anything.",
    "She is worthy of the prize.",
    "He was short of breath.",
    "He was typical of his generation.",
    "We are capable of winning.",
    "Councillor Ada Brook was unaware of the new toll.",  # not knowing a thing: the writer's report
])
def test_an_adjective_of_no_feeling_certainty_or_speech_is_no_attitude(nlp, text):
    assert contents(nlp, text) == []


@pytest.mark.parametrize(("text", "content", "expected"), [
    ("Mayor Ruth Okafor was nervous about the vote.", "the vote", ("nervous", "nervous", "Mayor Ruth Okafor", "named")),
    ("He was full of praise for the staff.", "the staff", ("praise", "praise", None, None)),  # the noun, not "full"
])
def test_an_attitude_is_a_feeling_or_view_and_full_of_leaves_the_noun_its_cue(nlp, text, content, expected):
    assert reported(nlp, text, content) == expected


def test_an_attitude_in_a_title_case_headline_keeps_the_articles_own_text(nlp):
    # the parser reads the headline truecased ("proud"); the cue must be the article's "Proud"
    text = ("They Are Proud Of The New Ferry In Dunmore\n\n"
            "The town opened its new ferry on Monday. Residents said they were proud of it.")
    analysis = analyze_doc(parse_one(nlp, text), Article(text), "test", "test")
    check_contract(analysis.to_json())
    cues = [c.cue for c in analysis.claims if c.cue is not None and c.cue.lemma == "proud"]
    assert [(c.start, c.end, c.text) for c in cues] == [(9, 14, "Proud")]


@pytest.mark.parametrize("text", [
    "Her comments on Twitter drew criticism.",
    "The company's statement on its website gave no details.",
    "His remarks on television angered voters.",  # the parser runs "television" into a clause
    "The minister's comments on social media drew a rebuke.",
])
def test_on_a_medium_says_where_it_was_said_not_what_about(nlp, text):
    assert contents(nlp, text) == []


@pytest.mark.parametrize(("text", "content", "expected"), [
    ("Her views on China are well known.", "China", ("views", "view", "Her", "unknown")),
    ("Councillor Ada Brook's remarks on the television licence angered the union.", "the television licence",
     ("remarks", "remark", "Councillor Ada Brook", "named")),  # a medium that only modifies the topic
])
def test_on_a_place_or_a_topic_a_medium_only_modifies_stays_the_topic(nlp, text, content, expected):
    assert reported(nlp, text, content) == expected


@pytest.mark.parametrize(("text", "content", "expected"), [
    # the parser read "sleep" as a noun and made "People" the reporting verb's first subject
    ("People who cycle sleep better, researchers reported.",
     "People who cycle sleep better", ("reported", "report", "researchers", "described")),
    ("People who cycle to work sleep better than those who drive, researchers reported on Tuesday.",
     "People who cycle to work sleep better than those who drive", ("reported", "report", "researchers", "described")),
])
def test_a_clause_the_parser_hung_on_the_attribution_after_it_is_its_content(nlp, text, content, expected):
    assert reported(nlp, text, content) == expected


@pytest.mark.parametrize("text", ["Yesterday, officials said.", "After the vote, officials said nothing."])
def test_a_circumstance_before_an_attribution_is_no_content(nlp, text):
    assert contents(nlp, text) == []


@pytest.mark.parametrize(("text", "content", "expected"), [
    ("Radio host Dana Whitlock noticed that two of the ferries skipped the island.",
     "that two of the ferries skipped the island", ("noticed", "notice", "Radio host Dana Whitlock", "named")),
    ("They resent that the fund was cut.", "that the fund was cut", ("resent", "resent", "They", "unknown")),
    ("Deputy Mayor Joel Brandt tried to prove that the tender was rigged.",
     "that the tender was rigged", ("to prove", "prove", "Deputy Mayor Joel Brandt", "named")),
    # the subject a noun for a person's role, or a proper noun the model tagged no entity
    ("The mayor noticed that half the buses ran late.",
     "that half the buses ran late", ("noticed", "notice", "The mayor", "described")),
    ("Officials resent that the fund was cut.", "that the fund was cut", ("resent", "resent", "Officials", "described")),
    ("Residents resent that the library hours were cut.",
     "that the library hours were cut", ("resent", "resent", "Residents", "described")),
    ("Two analysts noticed that the figures did not add up.",
     "that the figures did not add up", ("noticed", "notice", "Two analysts", "described")),
])
def test_a_verb_outside_the_lexicon_with_a_that_clause_reports_it(nlp, text, content, expected):
    assert reported(nlp, text, content) == expected


@pytest.mark.parametrize("text", [
    "She drove so fast that we missed the exit.",  # a result clause
    "The storm was so strong that the ferry stayed in port.",
    "The report noticed that the fund was cut.",  # no person or group noticing
    # a verb that brings about or marks the clause's event: no view held
    "He ensured that the contract went to his brother.",
    "He arranged that the contract went to his brother.",
    "They celebrated that the bridge had reopened.",
    "The treasurer made sure that every invoice was paid.",
    "Fans celebrated that the stadium had finally reopened.",
    "The coach saw to it that the players rested.",
])
def test_a_that_clause_of_result_or_of_no_one_is_no_claim_of_a_verb_outside_the_lexicon(nlp, text):
    assert contents(nlp, text) == []


@pytest.mark.parametrize(("text", "content", "expected"), [
    ("Just criticizing the parking fees will not fix the budget.", "the parking fees",
     ("criticizing", "criticize", None, None)),
    ("Praising the new ferry has become a habit in the town.", "the new ferry", ("Praising", "praise", None, None)),
    # a verb with senses other than a stance, its object something one is for or against
    ("The club spent the winter on defending its ban on away fans.", "its ban on away fans",
     ("defending", "defend", "The club", "described")),
])
def test_a_gerund_of_an_object_cue_with_its_doer_unsaid_is_a_claim(nlp, text, content, expected):
    assert reported(nlp, text, content) == expected


@pytest.mark.parametrize(("text", "content", "expected"), [
    ("Tenants were united in opposing the rent rise.", "the rent rise", ("opposing", "oppose", "Tenants", "described")),
    ("The senator was praised for backing the harbour bill.", "the harbour bill",
     ("backing", "back", "The senator", "described")),
    ("Mayor Hale was elected by promising lower fares.", "lower fares", ("promising", "promise", "Mayor Hale", "named")),
])
def test_the_subject_of_a_passive_does_the_gerund_after_its_preposition(nlp, text, content, expected):
    assert reported(nlp, text, content) == expected


@pytest.mark.parametrize("text", [
    # holding up, aiding, guarding a title, assaulting a place: no stance, and nobody named
    "Supporting the roof are four steel beams.",
    "Backing the wall are two tons of sand.",
    "The fund, aimed at supporting farmers, was cut.",
    "The charity, set up for supporting widows, closed in May.",
    "Defending the title will be hard for the team.",
    "Those attacking the town fled at dawn.",
    "Those defending the fort ran out of water.",
    "Many supporting the roof were made of oak.",
])
def test_a_gerund_of_a_cue_in_a_sense_other_than_a_stance_is_no_claim(nlp, text):
    assert contents(nlp, text) == []
