"""Claims: where a content starts and ends (PolNeAR's bounds), on sentences written for these tests."""

from __future__ import annotations

from test_claims import check, claims_of, only


def only_contents(nlp, cases) -> None:
    """Each (text, content) of ``cases`` yields exactly one claim, with that content."""
    for text, content in cases:
        claims, _ = claims_of(nlp, text)
        assert [c.content.text for c in claims] == [content], text


def test_a_quote_going_on_after_an_indirect_claim_is_a_piece_of_it(nlp):
    text = 'The ferry will run all winter, the harbour master said on Monday. "Nobody on the island will be cut off again."'
    claims, _ = claims_of(nlp, text)
    claim = only(claims, text)
    check(claim, "mixed", "said", "say", "neutral", "the harbour master")
    assert [p.text for p in claim.parts] == ["The ferry will run all winter",
                                             '"Nobody on the island will be cut off again."']
    assert len(claims) == 1


def test_a_quote_going_on_after_a_mixed_claim_is_a_piece_of_it(nlp):
    text = 'The ferry "will run all winter" this year, Ilse Brandt said on Monday. "Nobody will be cut off again."'
    claims, _ = claims_of(nlp, text)
    claim = only(claims, text)
    check(claim, "mixed", "said", "say", "neutral", "Ilse Brandt")
    assert [p.text for p in claim.parts] == ['The ferry "will run all winter" this year', '"Nobody will be cut off again."']
    assert len(claims) == 1


def test_a_quote_after_a_claim_whose_cue_comes_first_stays_a_claim_of_its_own(nlp):
    text = 'Ilse Brandt said the ferry would run all winter. "Nobody on the island will be cut off again."'
    claims, _ = claims_of(nlp, text)
    assert [c.content.text for c in claims] == [
        "the ferry would run all winter", '"Nobody on the island will be cut off again."']
    assert claims[1].source is not None and claims[1].source.resolution == "inferred"


def test_a_quote_in_the_next_paragraph_stays_a_claim_of_its_own(nlp):
    text = 'The ferry will run all winter, the harbour master said on Monday.\n\n"Nobody on the island will be cut off again."'
    claims, _ = claims_of(nlp, text)
    assert [c.content.text for c in claims] == [
        "The ferry will run all winter", '"Nobody on the island will be cut off again."']
    assert claims[1].source is not None and claims[1].source.resolution == "inferred"


def test_an_object_content_keeps_a_phrase_with_in_that_is_no_setting(nlp):
    claims, _ = claims_of(nlp, "The union leader praised the drivers for their patience in a long and bitter dispute.")
    check(only(claims, "the drivers for their patience in a long and bitter dispute"),
          "indirect", "praised", "praise", "assertive", "The union leader")
    claims, _ = claims_of(nlp, "Residents questioned the council's record in housing.")
    only(claims, "the council's record in housing")


def test_an_object_content_stops_before_where_and_how_it_was_said(nlp):
    for text in ("The mayor praised the firefighters in a speech.",
                 "The mayor praised the firefighters at a ceremony in Leeds.",
                 "The minister defended her budget in an interview with the local paper.",
                 "The minister defended her budget in a statement."):
        claims, _ = claims_of(nlp, text)
        assert [c.content.text for c in claims] in (["the firefighters"], ["her budget"]), text


def test_an_object_content_ends_before_a_description_with_a_clause_of_its_own(nlp):
    claims, _ = claims_of(nlp, "Farmers voted for Ruth Hale, a nurse who has never held office.")
    check(only(claims, "Ruth Hale"), "indirect", "voted for", "vote for", "assertive", "Farmers")
    claims, _ = claims_of(nlp, "The council recommended a different builder, one that is known for its schools.")
    only(claims, "a different builder")


def test_an_object_content_keeps_a_short_appositive_and_a_list(nlp):
    # (after a verb of taking a side the name alone is the content: test_claims_trim.py)
    claims, _ = claims_of(nlp, "Campaigners praised Owen Price, the mayor.")
    only(claims, "Owen Price, the mayor")
    claims, _ = claims_of(nlp, "The senator thanked her parents, her sisters and her staff.")
    only(claims, "her parents, her sisters and her staff")


# --- a clause set inside a content, holding a cue of its own --------------------------------

def test_a_relative_clause_inside_a_that_clause_does_not_end_it(nlp):
    text = "The report says that Walker, who charges thousands of dollars for a talk, has lost clients since the scandal."
    claims, _ = claims_of(nlp, text)
    claim = only(claims, "that Walker, who charges thousands of dollars for a talk, has lost clients since the scandal")
    check(claim, "indirect", "says", "say", "neutral", "The report")


def test_a_relative_clause_on_the_subject_of_a_noun_cues_clause_does_not_end_it(nlp):
    text = "Many voters share the concern that groups like the militia, which claimed the attack, are recruiting in the valley."
    claims, _ = claims_of(nlp, text)
    claim = only(claims, "that groups like the militia, which claimed the attack, are recruiting in the valley")
    assert claim.cue is not None and claim.cue.text == "concern"


def test_an_adverbial_clause_with_a_cue_before_the_verb_of_a_that_clause_does_not_end_it(nlp):
    text = "Officials say that, even if they thought it was fair, a recount of the vote could not be done."
    claims, _ = claims_of(nlp, text)
    claim = only(claims, "that, even if they thought it was fair, a recount of the vote could not be done")
    check(claim, "indirect", "say", "say", "neutral", "Officials")
    assert len(claims) == 1


def test_a_clause_with_a_cue_after_the_content_still_ends_it(nlp):
    text = "The mayor said the fares would rise, arguing that the ferry lost money."
    claims, _ = claims_of(nlp, text)
    assert [c.content.text for c in claims] == ["the fares would rise", "that the ferry lost money"]


# --- a list of verbs begun in the content ----------------------------------------------

def test_a_list_of_bare_verbs_after_an_infinitive_goes_with_the_content(nlp):
    # the tagger takes "lower" for an adjective and "repair" for a present verb
    text = "The mayor urged the council to lower bus fares, repair the old bridge and hire more nurses."
    claims, _ = claims_of(nlp, text)
    claim = only(claims, "the council to lower bus fares, repair the old bridge and hire more nurses")
    check(claim, "indirect", "urged", "urge", "directive", "The mayor")


def test_a_list_of_four_verbs_each_hung_on_the_one_before_goes_with_the_content(nlp):
    text = ("Hale urged the party to scrap its delegate rules, replace the committee's leaders, "
            "open up registration, and make its contests open to everyone.")
    claims, _ = claims_of(nlp, text)
    only(claims, "the party to scrap its delegate rules, replace the committee's leaders, "
                 "open up registration, and make its contests open to everyone")


def test_a_list_of_infinitives_in_a_reported_clause_goes_with_it(nlp):
    text = "The governor said money is urgently needed to hire teachers, repair schools and buy new books."
    claims, _ = claims_of(nlp, text)
    claim = only(claims, "money is urgently needed to hire teachers, repair schools and buy new books")
    check(claim, "indirect", "said", "say", "neutral", "The governor")


def test_a_clause_with_its_own_subject_after_the_content_is_no_item_of_a_list(nlp):
    text = "The mayor promised to cut fares, and the council voted against it."
    claims, _ = claims_of(nlp, text)
    assert claims[0].content.text == "to cut fares"


# --- a list of noun phrases begun with an object -----------------------------------------

def test_a_list_of_noun_phrases_after_an_object_goes_with_the_content(nlp):
    # the parser hangs "the lack …" on the subject, as its appositive
    text = "The bishop spoke of the poverty in the valley, the lack of jobs for the young and the violence of the gangs."
    claims, _ = claims_of(nlp, text)
    claim = only(claims, "the poverty in the valley, the lack of jobs for the young and the violence of the gangs")
    check(claim, "indirect", "spoke of", "speak of", "neutral", "The bishop")


def test_a_list_of_possessed_noun_phrases_goes_with_the_content(nlp):
    text = "Friends praised his gifts as a speaker, his knowledge of the law and the calm he brought to the council."
    claims, _ = claims_of(nlp, text)
    only(claims, "his gifts as a speaker, his knowledge of the law and the calm he brought to the council")


def test_a_subject_after_the_object_and_its_comma_is_no_item_of_a_list(nlp):
    text = "The mayor praised Ruth Hale, and the council voted for the plan."
    claims, _ = claims_of(nlp, text)
    assert [c.content.text for c in claims] == ["Ruth Hale", "the plan"]


def test_a_verb_going_on_with_the_speaker_after_a_content_with_no_subject_ends_it(nlp):
    claims, _ = claims_of(nlp, "The coach has pledged to rebuild the squad and signed two strikers on Friday.")
    assert [c.content.text for c in claims] == ["to rebuild the squad"]
    assert claims[0].cue is not None and claims[0].cue.text == "has pledged"
    claims, _ = claims_of(nlp, "The inspector described the wiring as unsafe and ordered new cables.")
    assert [c.content.text for c in claims] == ["the wiring as unsafe", "new cables"]
    claims, _ = claims_of(nlp, "Engineers said the dam had cracked and flooded two farms in the valley.")
    assert [c.content.text for c in claims] == ["the dam had cracked and flooded two farms in the valley"]


def test_a_past_form_that_is_also_the_base_form_joined_to_an_infinitive_goes_on_with_it(nlp):
    only_contents(nlp, (
            ("The firm vowed to modernise the plant and shut two older lines.",
             "to modernise the plant and shut two older lines"),
            ("The council agreed to repair the roof and set aside funds for the hall.",
             "to repair the roof and set aside funds for the hall"),
            ("The board agreed to sell the land and hit its sales target.", "to sell the land and hit its sales target"),
            ("The league promised to review the rules and spread the games across the week.",
             "to review the rules and spread the games across the week")))


def test_a_bare_infinitive_joined_inside_a_reported_clause_goes_on_with_it(nlp):
    claims, _ = claims_of(nlp, "The manager said the club needs time to rebuild and prove that it can compete.")
    check(only(claims, "the club needs time to rebuild and prove that it can compete"),
          "indirect", "said", "say", "neutral", "The manager")
    assert len(claims) == 1
    claims, _ = claims_of(nlp, "The curator praised the museum, calling it a gem and urging schools to visit it.")
    assert [c.content.text for c in claims] == ["the museum", "it a gem", "schools to visit it"]


def test_a_noun_phrase_joined_after_an_object_is_a_second_object(nlp):
    claims, _ = claims_of(nlp, "The minister pointed to the rising rents — and the shortage of homes behind them.")
    check(only(claims, "the rising rents — and the shortage of homes behind them"),
          "indirect", "pointed to", "point to", "neutral", "The minister")
    claims, _ = claims_of(nlp, "The union warned against a merger, and a second round of cuts.")
    check(only(claims, "a merger, and a second round of cuts"),
          "indirect", "warned against", "warn against", "assertive", "The union")
    claims, _ = claims_of(nlp, "The coach pointed to the injuries and thanked the physios.")
    assert [c.content.text for c in claims] == ["the injuries", "the physios"]
    claims, _ = claims_of(nlp, "The fans called for a new manager, and then a new owner, chanting that the club was dying.")
    assert [c.content.text for c in claims] == ["a new manager", "that the club was dying"]


def test_a_date_modifying_the_noun_of_a_phrase_about_the_matter_makes_it_no_setting(nlp):
    only_contents(nlp, (("The coach has disputed his role in the 2019 betting scandal.",
                         "his role in the 2019 betting scandal"),
                        ("The chemist disputed her share in the 2015 lab fire.", "her share in the 2015 lab fire")))
    for text in ("The mayor praised the volunteers in March.", "The mayor praised the volunteers on Tuesday."):
        claims, _ = claims_of(nlp, text)
        assert [c.content.text for c in claims] == ["the volunteers"], text


def test_a_phrase_of_time_holding_a_date_stays_a_setting(nlp):
    only_contents(nlp, (("Ms. Okafor criticized the president during the 2016 campaign.", "the president"),
                        ("The union praised the nurses throughout the 2020 pandemic.", "the nurses"),
                        ("The mayor has opposed the tower since the 2018 vote.", "the tower"),
                        ("The minister defended the budget before the 2021 election.", "the budget"),
                        ("The banker defended the fund amid the 2008 crisis.", "the fund")))


def test_more_figures_of_a_result_after_a_comma_go_with_the_content(nlp):
    claims, _ = claims_of(nlp, "The fan poll showed the striker top at 40 percent, followed by the keeper at 22 percent.")
    check(only(claims, "the striker top at 40 percent, followed by the keeper at 22 percent"),
          "indirect", "showed", "show", "neutral", "The fan poll")
    only_contents(nlp, (
            ("The poll showed support for the stadium at 55 percent, with 30 percent unsure.",
             "support for the stadium at 55 percent, with 30 percent unsure"),
            ("The poll showed support for the stadium at 55 percent, with 20 percent backing a third site.",
             "support for the stadium at 55 percent, with 20 percent backing a third site"),
            ("The audit showed a deficit of $3 million, with $1 million owed to suppliers.",
             "a deficit of $3 million, with $1 million owed to suppliers"),
            ("The poll showed support for the stadium at 55 percent, compared with 60 percent in May.",
             "support for the stadium at 55 percent")))


def test_a_with_phrase_that_is_a_clause_of_its_own_is_no_figures_of_the_result(nlp):
    claims, _ = claims_of(nlp, "The poll showed support for the stadium at 55 percent, "
                               "with officials saying turnout fell 5 percent.")
    assert [c.content.text for c in claims] == ["support for the stadium at 55 percent", "turnout fell 5 percent"]
    claims, _ = claims_of(nlp, "The poll showed support for the stadium at 55 percent, with backing falling 5 percent since May.")
    assert [c.content.text for c in claims] == ["support for the stadium at 55 percent"]


def test_two_contents_around_one_verb_of_saying_are_one_claim(nlp):
    text = '"The pitch was a disgrace," the coach said, that nobody should have played on it.'
    claims, _ = claims_of(nlp, text)
    claim = only(claims, text[:-1])
    check(claim, "mixed", "said", "say", "neutral", "the coach")
    assert [p.text for p in claim.parts] == ['"The pitch was a disgrace,"', "that nobody should have played on it"]
    assert len(claims) == 1


def test_what_is_hung_on_a_verb_of_saying_after_its_speaker_is_no_second_claim(nlp):
    for text in ('"The budget works," the treasurer said on Monday, in a talk titled "Sound Money."',
                 '"We gave everything," the captain said after the draw, a "bitter" night for the club.'):
        claims, _ = claims_of(nlp, text)
        assert [c.content.text for c in claims] == [text[:text.index(",") + 2]], text
    for text, contents in (
            ('"Prices will rise," the analyst said, adding that wages would lag.',
             ['"Prices will rise,"', "that wages would lag"]),
            ('"We will appeal," the lawyer said after the ruling, calling it "a travesty."',
             ['"We will appeal,"', 'it "a travesty."'])):
        claims, _ = claims_of(nlp, text)
        assert [c.content.text for c in claims] == contents, text


def test_a_clause_of_when_after_a_verb_of_saying_is_no_piece_of_its_content(nlp):
    claims, _ = claims_of(nlp, '"Our club will survive," Wells said, as a few old members swept the car park.')
    assert [c.content.text for c in claims] == ['"Our club will survive,"']


def test_contents_around_a_cue_across_a_semicolon_a_relative_clause_or_the_speaker_stay_apart(nlp):
    claims, _ = claims_of(nlp, "The rally heard nothing of ''the bad times'' or ''the closures''; "
                               "the mayor called the plant ''a jewel.''")
    assert [c.content.text for c in claims][1:] == ["the plant ''a jewel.''"]
    text = ('"When the council says it cannot pay, I do not believe it," said Ann Lee, head of the science '
            'department at Hull University, who co-developed the flood model with the city.')
    claims, _ = claims_of(nlp, text)
    assert claims[0].content.text == text[:text.index(" said")]
    claims, _ = claims_of(nlp, '"Night Desk" host Ann Lee said that the council had lied about the budget.')
    assert "that the council had lied about the budget" in [c.content.text for c in claims]


def test_two_contents_of_one_cue_with_a_few_words_of_one_phrase_between_are_one_claim(nlp):
    claims, _ = claims_of(nlp, 'Critics blamed the "perfect storm" for the collapse of the bakery.')
    check(only(claims, '"perfect storm" for the collapse of the bakery'), "mixed", "blamed", "blame", "assertive",
          "Critics")
    assert len(claims) == 1
    claims, _ = claims_of(nlp, 'The coach called the pitch "a swamp" and said the match "should never have started."')
    assert [c.content.text for c in claims] == ['the pitch "a swamp"', 'the match "should never have started."']
    text = 'The report went on to discuss coastal roads and bridges, to state, "The ferry is the only safe route."'
    claims, _ = claims_of(nlp, text)
    assert [c.content.text for c in claims] == ["coastal roads and bridges", '"The ferry is the only safe route."']


def test_a_dated_phrase_of_an_occasion_stays_a_setting_whatever_its_preposition(nlp):
    only_contents(nlp, (("She criticized the plan on the Sunday show.", "the plan"),
                        ("He praised the miners at the 2019 funeral.", "the miners"),
                        ("The senator thanked the nurses at the May 4 memorial.", "the nurses")))


def test_a_noun_joined_after_an_object_across_a_time_set_off_by_commas_is_no_second_object(nlp):
    only_contents(nlp, (("The minister defended the budget and, last week, the tax rise.", "the budget"),
                        ("The coach praised the keeper and, on Sunday, the new striker.", "the keeper")))


def test_figures_after_a_comma_of_another_kind_or_no_share_of_the_result_stay_out(nlp):
    only_contents(nlp, (
        ("The poll showed the mayor at 48 percent, with $2 million spent on adverts since June.",
         "the mayor at 48 percent"),
        ("The poll showed the mayor at 48 percent, with an error margin of 3 percent.", "the mayor at 48 percent"),
        ("The survey showed the bank's profit at $3 billion, followed by a drop of 12 percent in its shares on "
         "Monday.", "the bank's profit at $3 billion"),
        ("The study showed the council's debt at $40 million, with 12 percent of it owed to banks.",
         "the council's debt at $40 million")))


def test_a_count_of_times_after_a_quoted_object_is_no_content(nlp):
    only_contents(nlp, (('He blamed "bad luck" for the second time in a week.', '"bad luck"'),
                        ('The coach blamed "tired legs" for the third time this season.', '"tired legs"')))
