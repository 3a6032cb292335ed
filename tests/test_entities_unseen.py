"""Entity classes of issue 10 on stories written for the purpose (not tuned on): company
suffixes, Title Case headlines, recalled surnames inside longer names, headline capitals.
The whole path the engine takes: the headline truecased for the parser, then the rules."""

from __future__ import annotations

from tui.analysis.chunks import parse_one
from tui.analysis.engine import analyze_doc
from tui.analysis.entities import extract_entities
from tui.analysis_model import Entity
from tui.ingest.txt import article_from_text
from tui.model import Article


def _entities(nlp, text: str) -> list[Entity]:
    return extract_entities(parse_one(nlp, text), article_from_text(text))


def _named(entities: list[Entity]) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.label, [m.text for m in e.mentions]) for e in entities}


def test_a_company_suffix_ends_an_organisation_the_model_missed_or_cut(nlp) -> None:
    text = ("Suppliers Sue Over Late Payments\n\n"
            "Harlow Brothers & Co. filed a lawsuit against Pemberton Foods Inc. on Wednesday.\n\n"
            "Northgate Holdings plc announced a share buyback.\n\n"
            "The suit also names Wexford Paper Co.\n")
    named = _named(_entities(nlp, text))
    for name in ("Harlow Brothers & Co.", "Pemberton Foods Inc.", "Northgate Holdings plc", "Wexford Paper Co."):
        assert named[name] == ("ORG", [name])


def test_a_company_suffix_takes_an_of_but_ends_at_the_first_suffix(nlp) -> None:
    text = ("Miners Return\n\n"
            "Workers at Copper Holdings of Zambia Ltd returned on Friday, the owner said.\n\n"
            "Shares in Marlow Controls Inc and Penrose Corp rose.\n")
    named = _named(_entities(nlp, text))
    assert named["Copper Holdings of Zambia Ltd"] == ("ORG", ["Copper Holdings of Zambia Ltd"])
    assert "Marlow Controls Inc and Penrose Corp" not in named


def test_one_title_case_line_with_at_is_a_headline_not_a_fixture_list(nlp) -> None:
    text = ("Strike Talks Resume at Steelworks\n\n"
            "Union leaders met managers on Wednesday to discuss the pay offer.\n")
    names = {e.name for e in _entities(nlp, text)}
    assert not names & {"Strike Talks Resume", "Strike Talks", "Steelworks"}


def test_a_modifier_title_in_a_title_case_headline_makes_no_person(nlp) -> None:
    text = ("Pinecrest Labs Hires Former NASA Engineer To Lead Quantum Sensing Push\n\n"
            "Pinecrest Labs said on Wednesday it had hired Dolores Achterberg, a former NASA engineer, "
            "to run its quantum sensing unit in Boulder.\n")
    named = _named(_entities(nlp, text))
    assert named["NASA"] == ("ORG", ["NASA", "NASA"])
    assert named["Pinecrest Labs"] == ("ORG", ["Pinecrest Labs", "Pinecrest Labs"])
    assert not any("Quantum" in name or "Hires" in name for name in named)


def test_a_name_only_the_headline_tags_in_capitals_is_found_as_the_body_writes_it(nlp) -> None:
    text = ("SEVERN TRENT FINED OVER SEWAGE SPILLS INTO RIVER AVON\n\n"
            "Severn Trent was fined 2 million pounds on Thursday for sewage spills into the River Avon "
            "near Stratford.\n")
    named = _named(_entities(nlp, text))
    assert named["Severn Trent"][1] == ["SEVERN TRENT", "Severn Trent"]
    assert named["River Avon"] == ("LOC", ["RIVER AVON", "River Avon"])
    assert not any("SEWAGE" in name or "FINED" in name for name in named)


def test_a_three_word_title_case_title_invents_no_organisation(nlp) -> None:
    text = ("Regulator Fines Utilities\n\n"
            "The regulator said the three companies would refund customers.\n")
    assert "Regulator Fines Utilities" not in {e.name for e in _entities(nlp, text)}


def test_a_headline_topic_word_the_body_capitalises_only_by_position_or_in_a_longer_name_is_no_name(nlp) -> None:
    text = ("HOCKEY - KESTREL SIGN NEW COACH .\n"
            "LONDON 2025-03-02\n"
            "Hockey club Kestrel signed a coach on Friday , officials said .\n")
    assert not any(m.text == "HOCKEY" for e in _entities(nlp, text) for m in e.mentions)


def test_a_match_against_a_name_makes_it_a_club(nlp) -> None:
    text = ("Rain Hits County Games\n\n"
            "Durnford made up for lost time in their match against Wexleyshire on Friday, "
            "while Wexleyshire lost two wickets before lunch.\n")
    assert next(e.label for e in _entities(nlp, text) if e.name == "Wexleyshire") == "ORG"


def test_name_words_before_an_age_are_one_person_the_model_missed(nlp) -> None:
    text = ("Three Injured in Warehouse Fire\n\n"
            "Gordon Mbeki, 47, a forklift driver, was treated for burns on Sunday.\n\n"
            "His colleague, Elena Vasquez, 33, said the alarm did not sound.\n\n"
            "The owner, Rupert Hale, 61, declined to comment.\n\n"
            "Firefighter Aiko Sato, aged 29, was also hurt.\n\n"
            "Mbeki's daughter, Thandi, 19, visited him in hospital.\n")
    entities = _entities(nlp, text)
    named = _named(entities)
    assert named["Gordon Mbeki"][0] == "PERSON"
    assert [(e.label, e.name) for e in entities if e.name in ("47", "33")] == [("CARDINAL", "47"), ("CARDINAL", "33")]


def test_a_percentage_written_two_ways_is_one_value(nlp) -> None:
    text = ("Steelworkers Reject Offer\n\n"
            "Union leaders rejected a pay offer of 15% on Wednesday. The company said 1,200 workers "
            "would be affected, and 1200 is too many for the union. Workers want 15 per cent.\n")
    values = [(e.label, [m.text for m in e.mentions]) for e in _entities(nlp, text)
              if e.label in ("PERCENT", "CARDINAL", "MONEY")]
    assert values == [("PERCENT", ["15%", "15 per cent"]), ("CARDINAL", ["1,200", "1200"])]


def test_capitalised_words_ending_in_an_organisation_word_are_an_organisation(nlp) -> None:
    """Each its own: "Water" of Anglian Water is no recalled mention of Yorkshire Water."""
    text = ("Weekend Round-Up\n\n"
            "The Liberal Democrats won the seat.\n\n"
            "Yorkshire Water raised bills by 8 percent.\n\n"
            "Anglian Water and Thames Water were fined.\n")
    named = _named(_entities(nlp, text))
    for name in ("Yorkshire Water", "Anglian Water", "Thames Water"):
        assert named[name] == ("ORG", [name])


def test_the_head_of_a_name_with_of_is_its_first_part(nlp) -> None:
    text = ("Regulators Act Against Chemical Importer\n\n"
            "The Office of Rail and Road (ORR) opened an inquiry on Monday.\n")
    named = _named(_entities(nlp, text))
    assert named["Office of Rail and Road"] == ("ORG", ["Office of Rail and Road", "ORR"])


def test_abbreviated_titles_make_one_person_and_no_name_of_their_own(nlp) -> None:
    text = ("State Budget Talks Stall\n\n"
            "Sen. Marisol Etxeberria said the budget would not pass this week.\n\n"
            "Cllr Bronwen Pritchard asked for a delay.\n\n"
            "Det. Insp. Farhan Qureshi led the investigation.\n\n"
            "Supt. Ilse Vandenberghe said traffic would be diverted.\n")
    names = [(e.label, e.name) for e in _entities(nlp, text) if e.label != "DATE"]
    assert names == [("PERSON", "Marisol Etxeberria"), ("PERSON", "Bronwen Pritchard"),
                     ("PERSON", "Farhan Qureshi"), ("PERSON", "Ilse Vandenberghe")]


def test_a_name_whose_s_the_model_left_out_keeps_it_when_it_owns_nothing(nlp) -> None:
    text = ("Retailers Report Weak Christmas Sales\n\n"
            "Sainsbury's said sales fell 2 percent over the holiday period.\n\n"
            "Macy's will close 60 stores next year.\n\n"
            "Domino's raised its forecast on Tuesday.\n\n"
            "President Recep Tayyip Erdogan's spokesman declined to comment, and Erdogan's office said nothing.\n")
    named = _named(_entities(nlp, text))
    assert named["Sainsbury's"] == ("ORG", ["Sainsbury's"])
    assert named["Macy's"] == ("ORG", ["Macy's"])
    assert named["Domino's"] == ("ORG", ["Domino's"])
    assert named["Recep Tayyip Erdogan"] == ("PERSON", ["Recep Tayyip Erdogan", "Erdogan"])


def test_a_surname_in_a_capitals_headline_joins_the_person_the_body_names(nlp) -> None:
    text = ("DELACROIX AND MBEMBA SEAL MERGER OF KORVAL AND TESSINE MINING\n\n"
            "Chief executive Juliette Delacroix of Korval Mining and her Tessine Mining counterpart, "
            "Patrice Mbemba, signed the deal in Johannesburg on Friday.\n")
    named = _named(_entities(nlp, text))
    assert named["Patrice Mbemba"] == ("PERSON", ["MBEMBA", "Patrice Mbemba"])
    assert named["Juliette Delacroix"] == ("PERSON", ["DELACROIX", "Juliette Delacroix"])
    assert named["Tessine Mining"] == ("ORG", ["TESSINE MINING", "Tessine Mining"])


def test_an_acronym_may_take_a_letter_from_a_connector(nlp) -> None:
    text = ("Agencies Respond to Outbreak\n\n"
            "The Economic Community of West African States (ECOWAS) called an emergency summit.\n\n"
            "The Office of Rail and Road (ORR) opened an inquiry.\n\n"
            "ECOWAS will meet again in March.\n")
    named = _named(_entities(nlp, text))
    assert named["Economic Community of West African States"] == (
        "ORG", ["Economic Community of West African States", "ECOWAS", "ECOWAS"])
    assert named["Office of Rail and Road"] == ("ORG", ["Office of Rail and Road", "ORR"])


def test_a_result_with_its_score_before_the_opponent_names_two_clubs(nlp) -> None:
    text = ("Juventus Held as Napoli Extend Lead\n\n"
            "Juventus drew 1-1 with Torino on Saturday, while Napoli beat Lazio 3-0 to go four points clear.\n")
    named = _named(_entities(nlp, text))
    for club in ("Juventus", "Torino", "Napoli", "Lazio"):
        assert named[club][0] == "ORG"


def test_a_calendar_day_written_two_ways_is_one_value_and_a_weekday_stays_apart(nlp) -> None:
    text = ("Tram line opening delayed\n\n"
            "The tram line will not open on March 10 as planned, the operator said on Tuesday.\n\n"
            "Engineers found faults during tests on 4 March, and again on Tuesday.\n\n"
            "The new opening date is 10 March.\n")
    doc = parse_one(nlp, text)
    article = article_from_text(text)
    article.published = "2025-03-06"
    dates = [(e.name, [m.text for m in e.mentions]) for e in extract_entities(doc, article) if e.label == "DATE"]
    assert dates == [("March 10", ["March 10", "10 March"]), ("Tuesday", ["Tuesday", "Tuesday"]),
                     ("4 March", ["4 March"])]


def test_a_person_tagged_from_the_surname_takes_the_given_names_before_it(nlp) -> None:
    """The model tags "Alonso" alone; the given name the parser hangs on it joins the person,
    a title or an acronym before it does not ("CEO", "Mayor"), nor a word of the line above."""
    text = ("Club Names New Coach\n\n"
            "The club's new coach, Beatriz Alonso, said the squad would recover.\n\n"
            "Beatriz Alonso took training on Tuesday, and Halvard CEO Ingrid Solberg watched.\n")
    named = _named(_entities(nlp, text))
    assert named["Beatriz Alonso"] == ("PERSON", ["Beatriz Alonso", "Beatriz Alonso"])
    assert not any(name.startswith(("CEO", "Halvard CEO")) for name in named)
    assert "Alonso" not in named


def test_a_role_before_a_name_is_no_given_name(nlp) -> None:
    named = _named(_entities(nlp, "Tour Goes On\n\nSinger Adele said the tour would go on.\n"))
    assert named["Adele"] == ("PERSON", ["Adele"])
    assert "Singer Adele" not in named


def test_a_datelines_region_is_a_place_and_no_alias_of_its_agency(nlp) -> None:
    # the region after a dateline's city is a place, not an organisation the agency's
    # "(AP)" after it would name as its acronym
    for region in ("Vt.", "Ore.", "Tasmania"):
        text = (f"BRENTFIELD, {region} (AP) — Volunteers in Brentfield reopened the old ferry landing "
                "on Saturday after two years of repairs.\n")
        named = _named(_entities(nlp, text))
        assert named[region] == ("GPE", [region])
        assert named["Brentfield"] == ("GPE", ["BRENTFIELD", "Brentfield"]) and named["AP"] == ("ORG", ["AP"])


def test_numbers_after_aged_or_ages_are_ages_not_dates(nlp) -> None:
    text = ("Three teenagers, aged 15 and 16, were rescued from the quarry on Sunday. Every summer the "
            "club runs swimming lessons for children aged 8 to 12.\n")
    labels = {e.name: e.label for e in _entities(nlp, text)}
    # the model tags both as dates
    assert (labels["15 and 16"], labels["8 to 12"], labels["Sunday"]) == ("CARDINAL", "CARDINAL", "DATE")


def test_a_name_after_a_word_that_locates_within_it_is_a_place(nlp) -> None:
    text = ("A water main burst in downtown Pellham on Monday, flooding shops. Crews from rural Dunsby "
            "and across southeastern Varrow Valley helped.\n")
    labels = {e.name: e.label for e in _entities(nlp, text)}
    assert labels["Pellham"] == labels["Dunsby"] == labels["Varrow Valley"] == "GPE"


def test_a_numbered_road_is_a_facility_not_a_time_or_a_product(nlp) -> None:
    text = ("Police stopped the van on Route 9 hours after the break-in. A tanker overturned on I-80 near "
            "Corliss, and State Highway 12 was closed for three hours.\n")
    named = _named(_entities(nlp, text))
    assert {name: named[name][0] for name in ("Route 9", "I-80", "State Highway 12")} == \
        {"Route 9": "FAC", "I-80": "FAC", "State Highway 12": "FAC"}
    assert named["three hours"][0] == "TIME" and not any("hours" in n for n in named if n != "three hours")


def test_a_town_written_with_its_state_or_country_is_a_place(nlp) -> None:
    # the model takes the town for a person in both mentions
    text = ('"This is a gut punch for Brackley," said Mayor Ana Ruiz of Brackley, Ohio, where one of the '
            "plants employs 350 people.\n")
    named = _named(_entities(nlp, text))
    assert named["Brackley"] == ("GPE", ["Brackley", "Brackley"]) and named["Ana Ruiz"][0] == "PERSON"


def test_a_company_named_with_and_without_its_suffix_is_one_organisation(nlp) -> None:
    text = ("CALDER MILLS TO SHUT DYE WORKS\n\n"
            "Calder Mills Ltd. said on Monday it would shut its dye works. Harlow Brothers & Co. bought "
            "the site; Harlow Brothers said it would build homes there.\n")
    named = _named(_entities(nlp, text))
    assert named["Calder Mills Ltd."] == ("ORG", ["CALDER MILLS", "Calder Mills Ltd."])
    assert named["Harlow Brothers & Co."] == ("ORG", ["Harlow Brothers & Co.", "Harlow Brothers"])


def test_the_last_words_of_one_organisations_name_are_that_organisation(nlp) -> None:
    text = ("Port Authority Raises Fees\n\n"
            "The Kellport Port Authority raised its docking fees on Monday. The Social Democratic Party and "
            "the Free Democratic Party both objected, and the Democratic Party of Kellport stayed silent.\n")
    named = _named(_entities(nlp, text))
    assert named["Kellport Port Authority"] == ("ORG", ["Port Authority", "Kellport Port Authority"])
    # the end of two organisations' names is neither's
    assert not any(len(mentions) > 1 for name, (_, mentions) in named.items() if "Democratic" in name)


def test_a_fixture_told_in_prose_names_a_club_only_in_a_sports_story(nlp) -> None:
    sport = ("Ashcombe United beat Holt 3-1 on Saturday, their third straight win. "
             "Ashcombe host Wexley Town on Tuesday.\n")
    assert _named(_entities(nlp, sport))["Wexley Town"][0] == "ORG"
    # "hosts" as a noun is no fixture: the tournament stays what it is
    hosts = "Ashcombe United beat Holt 3-1 on Saturday. World Cup hosts Brantia beat Kello 2-0 in a friendly.\n"
    assert _named(_entities(nlp, hosts))["World Cup"][0] != "ORG"
    # no result, table or margin: "faces" is no fixture
    storm = "Storm-hit Wexford faces another night of rain.\n"
    assert _named(_entities(nlp, storm))["Wexford"][0] == "GPE"


def test_the_new_name_rules_keep_apart_what_they_should_not_join(nlp) -> None:
    cases = {
        # a company's suffix left out must still leave a company, not a surname
        "Senator Mark Warner criticised the merger. Warner Bros. said the deal would go ahead. "
        "Warner said he would hold hearings.": {"Mark Warner": ("PERSON", ["Mark Warner", "Warner"]),
                                                "Warner Bros.": ("ORG", ["Warner Bros."])},
        "Shares in Smith & Co. fell. Analysts said John Smith, the chief executive, would resign. "
        "Smith declined to comment.": {"Smith & Co.": ("ORG", ["Smith & Co."]),
                                       "John Smith": ("PERSON", ["John Smith", "Smith"])},
        # a company named with the country of its branch stays a company
        "He worked for Chevron, Nigeria, before joining the ministry. A spokesman for Amnesty "
        "International, Kenya, said the arrests were illegal.": {"Chevron": ("ORG", ["Chevron"]),
                                                                  "Amnesty International": ("ORG", ["Amnesty International"])},
        # in running text a shorter name that ends a longer one is another body
        "The Ohio Supreme Court upheld the ruling. Lawyers will appeal to the Supreme Court in Washington.":
            {"Ohio Supreme Court": ("ORG", ["Ohio Supreme Court"]), "Supreme Court": ("ORG", ["Supreme Court"])},
        # players meet in a final too
        "Nadal beat Ruud 6-3 6-2 on Sunday. Nadal faces Alcaraz in the final on Monday.":
            {"Alcaraz": ("PERSON", ["Alcaraz"])},
    }
    for text, expected in cases.items():
        named = _named(_entities(nlp, text + "\n"))
        assert {name: named.get(name) for name in expected} == expected, text


def test_a_form_is_no_road_and_a_possessive_name_may_end_the_text(nlp) -> None:
    text = "Employers must complete Form I-9 for every new worker, and lunch was at McDonald's"
    analysis = analyze_doc(parse_one(nlp, text), Article(text), "t", "t")
    assert not analysis.failures
    assert not any(e.label == "FAC" for e in analysis.entities)
    assert "McDonald's" in {e.name for e in analysis.entities}
