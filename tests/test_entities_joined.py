"""Names joined by a lower-case word (entities._joined_names), on sentences written for the
purpose: "Port of Spain" is one place, not "Port" and "Spain"; "Stratford-upon-Avon" one
place, not a person "Stratford"; a club and its city, a person and a country stay apart."""

from __future__ import annotations

from tui.analysis.chunks import parse_one
from tui.analysis.entities import extract_entities
from tui.ingest.txt import article_from_text


def _named(nlp, text: str) -> dict[str, tuple[str, list[str]]]:
    entities = extract_entities(parse_one(nlp, text), article_from_text(text))
    return {e.name: (e.label, [m.text for m in e.mentions]) for e in entities}


def test_a_head_word_of_a_name_is_one_name(nlp) -> None:
    named = _named(nlp, "Ferries from Port of Spain were cancelled on Monday after the storm.\n\n"
                        "Officials in Port of Spain said the harbour would reopen.\n")
    assert named["Port of Spain"] == ("GPE", ["Port of Spain", "Port of Spain"])
    assert "Port" not in named and "Spain" not in named


def test_places_and_an_organisation_of_that_shape(nlp) -> None:
    named = _named(nlp, "The ministers met on the Isle of Man before flying to the Gulf of Mexico.\n\n"
                        "The Bank of England kept its rates, and a tanker ran aground in the Bay of Bengal.\n")
    assert named["Isle of Man"][1] == ["Isle of Man"]
    assert named["Gulf of Mexico"] == ("LOC", ["Gulf of Mexico"])
    assert named["Bank of England"] == ("ORG", ["Bank of England"])
    assert named["Bay of Bengal"][1] == ["Bay of Bengal"]
    assert not {"Man", "Mexico", "England", "Bengal"} & set(named)


def test_places_linked_by_upon_or_a_hyphenated_preposition(nlp) -> None:
    named = _named(nlp, "Officials in Stratford-upon-Avon welcomed the grant on Friday.\n\n"
                        "Fans travelled from Newcastle upon Tyne and Rio de Janeiro for the final.\n")
    assert named["Stratford-upon-Avon"] == ("GPE", ["Stratford-upon-Avon"])
    assert named["Newcastle upon Tyne"][1] == ["Newcastle upon Tyne"]
    assert named["Rio de Janeiro"][1] == ["Rio de Janeiro"]
    assert "Stratford" not in named and "Tyne" not in named


def test_names_beside_a_lower_case_word_that_joins_nothing_stay_apart(nlp) -> None:
    named = _named(nlp, "Ajax of Amsterdam beat Celtic on Wednesday.\n\n"
                        "Marta Ostrowska of Poland spoke first, and the Commander-in-Chief spoke last.\n\n"
                        "Biden on China was firm.\n")
    assert "Amsterdam" in named and "Poland" in named and "China" in named
    assert not any(" of " in name or " on " in name or "Chief" in name for name in named)


def test_each_way_the_model_cuts_a_head_of_name_is_joined() -> None:
    """Whatever halves the model tagged: both, the name only, the head only."""
    from tui.analysis.entities import _joined_names, _Mention, lexicon

    text = "From Port of Spain to the Isle of Man, then Port of Spain again."
    first, isle, again = text.index("Port"), text.index("Isle"), text.rindex("Port")

    def joined(*spans: tuple[int, int, str]) -> list[str]:
        names = [_Mention(s, e, label) for s, e, label in spans]
        return [text[m.start:m.end] for m in _joined_names(text, names, lexicon())]

    spain = text.index("Spain")
    assert joined((first, first + 4, "GPE"), (spain, spain + 5, "GPE")) == ["Port of Spain"]
    assert joined((spain, spain + 5, "GPE")) == ["Port of Spain"]
    assert joined((isle, isle + 4, "LOC")) == ["Isle of Man"]
    assert joined((again + 8, again + 13, "GPE"), (isle, isle + 4, "LOC")) == ["Isle of Man", "Port of Spain"]


def test_a_dateline_in_capitals_with_a_lower_case_link_is_the_place_the_body_names(nlp) -> None:
    named = _named(nlp, "PORT OF SPAIN — Ferries were cancelled on Monday, officials in Port of Spain said.\n")
    assert named["Port of Spain"] == ("GPE", ["PORT OF SPAIN", "Port of Spain"])
    assert "SPAIN" not in named


def test_a_country_named_with_and_is_never_cut_at_its_and(nlp) -> None:
    named = _named(nlp, "The Trinidad and Tobago Police Service said the pilots had warned the Port Authority of "
                        "Trinidad and Tobago twice.\n\nBosnia and Herzegovina sent a team.\n")
    assert named["Trinidad and Tobago Police Service"] == ("ORG", ["Trinidad and Tobago Police Service"])
    assert named["Port Authority of Trinidad and Tobago"] == ("ORG", ["Port Authority of Trinidad and Tobago"])
    assert not {"Tobago", "Tobago Police Service", "Port Authority of Trinidad"} & set(named)


def test_a_company_word_at_the_end_makes_an_organisation_of_a_place_name(nlp) -> None:
    named = _named(nlp, "Police found the lifeboat near the Isle of Man Sugar Company jetty on Friday.\n")
    assert named["Isle of Man Sugar Company"][0] == "ORG"
