"""Datelines (tui/analysis/datelines.py) and what the engine makes of them, on lines written for
these tests in the agencies' forms."""

from __future__ import annotations

import pytest

from tui.analysis.chunks import parse_one
from tui.analysis.datelines import MAX_JOINED, find_datelines
from tui.analysis.engine import analyze_doc
from tui.analysis_model import Analysis
from tui.model import Article


def analysed(nlp, text: str) -> Analysis:
    title = text.split("\n", 1)[0]
    return analyze_doc(parse_one(nlp, text), Article(text=text, title=title, published="2025-04-12"), "test", "test")


def parts(text: str) -> list[tuple[str, str | None, str | None, str | None, str, bool]]:
    """Each dateline as (place, region, wire, dash, the lead's first words, certain)."""
    def part(span: tuple[int, int] | None) -> str | None:
        return text[span[0]:span[1]] if span else None
    return [(part(d.place), part(d.region), part(d.wire), part(d.dash), text[d.end:d.end + 8], d.certain)
            for d in find_datelines(text)]


@pytest.mark.parametrize("text, expected", [
    ("BRACKLEY, Ohio - The mayor said on Monday that the bridge would close.",
     ("BRACKLEY", "Ohio", None, "-", "The mayo", True)),
    ("LONDON (Reuters) - People who cycle to work sleep better, a survey found.",
     ("LONDON", None, "Reuters", "-", "People w", True)),
    ("ALBANY, N.Y. — A former clerk was sentenced on Friday.",
     ("ALBANY", "N.Y.", None, "—", "A former", True)),
    ("OSLO, Nov. 8, 2024 (AFP) – Norway's parliament voted to raise the levy.",
     ("OSLO", None, "AFP", "–", "Norway's", True)),
    ("PORT OF SPAIN, Trinidad (AP) -- Ferries stopped running.",
     ("PORT OF SPAIN", "Trinidad", "AP", "--", "Ferries ", True)),
    ("NICE 2024-06-30\nCyclists crossed the line in heavy rain.",
     ("NICE", None, None, None, "\nCyclist", True)),
    ("KYIV — Sirens sounded across the capital overnight.",
     ("KYIV", None, None, "—", "Sirens s", False)),
])
def test_a_dateline_gives_its_place_region_wire_and_where_the_lead_begins(text, expected):
    assert parts(text) == [expected]


def test_a_wire_dateline_after_a_byline_on_the_same_line_is_one():
    text = "By Ann Lee and Tom Park WASHINGTON (Reuters) - The Senate passed the bill."
    assert parts(text) == [("WASHINGTON", None, "Reuters", "-", "The Sena", True)]


@pytest.mark.parametrize("text", [
    "SOCCER - WALES BEAT SAN MARINO",  # a topic line over a headline in capitals
    "Members of the EU - a bloc of 27 - said so.",  # capitals inside a sentence, no wire
    "The NHS - short of staff - cancelled 40 operations.",
    "BROADWAY BEAT—\"A new show opens,\" by a critic.",  # a column's label: no running text after the dash
])
def test_capitals_before_a_dash_elsewhere_are_no_dateline(text):
    assert parts(text) == []


def test_the_lead_after_a_hyphen_dateline_is_the_claim_content_and_the_wire_is_credited(nlp):
    text = ("Survey Finds Cyclists Sleep Better\n\nLONDON (Reuters) - People who cycle to work sleep "
            "better than those who drive, researchers reported on Tuesday.\n")
    analysis = analysed(nlp, text)
    contents = {(c.kind, c.content.text) for c in analysis.claims}
    lead = "People who cycle to work sleep better than those who drive"
    assert ("indirect", lead) in contents
    credit = next(c for c in analysis.claims if c.kind == "credit")
    assert (credit.source.text, credit.cue.text) == ("Reuters", "-")
    assert credit.content.text.startswith("People who cycle")


def test_the_city_of_a_dateline_with_its_state_places_the_headline_event(nlp):
    text = ("Former Clerk Sentenced for Theft\n\nALBANY, N.Y. — A former town clerk who took "
            "$80,000 from a parks fund was sentenced on Friday to two years in prison.\n")
    analysis = analysed(nlp, text)
    top = analysis.events[0]
    assert top.trigger.text == "Sentenced"
    assert [w.text for w in top.where] == ["ALBANY"]
    labels = {e.name: e.label for e in analysis.entities}
    assert labels["ALBANY"] == "GPE" and labels["N.Y."] == "GPE"


def test_a_run_in_lead_in_in_capitals_is_cut_from_the_lead_but_is_no_certain_place():
    text = "EVEN THE HARBOR BOARD THINKS IT IS TOO LATE — Its chairman said on Monday the plan had failed."
    assert parts(text) == [("EVEN THE HARBOR BOARD THINKS IT IS TOO LATE", None, None, "—", "Its chai", False)]


@pytest.mark.parametrize("text, expected", [
    ("New York (AFP) – A jury cleared the former mayor on Friday.",
     ("New York", None, "AFP", "–", "A jury c", True)),
    ("Dec 29 (Reuters) - The ferry operator raised its fares.",
     (None, None, "Reuters", "-", "The ferr", True)),
])
def test_before_a_wire_the_place_may_be_a_name_or_left_out(text, expected):
    assert parts(text) == [expected]


def test_a_bracketed_aside_with_a_dash_inside_a_sentence_is_no_wire():
    assert parts("A spokesman for Sen. Dana Reyes (R-Ore.) - who had backed the plan - said no.") == []


def test_a_named_politician_with_party_and_state_opening_a_line_is_no_dateline():
    assert parts("Sen. Dana Reyes (R-Ore.), who chairs the panel, said the bill was dead.") == []


def test_a_party_and_state_in_brackets_before_a_dash_is_no_wire():
    assert parts("Sen. Dana Reyes (R-Ore.) – Elected in 2018") == []


def test_the_speaker_after_a_named_dateline_is_the_whole_phrase_not_a_word_of_its_modifier(nlp):
    text = ("Actress Will Not Vote for Mayor\n\nNew York (AFP) \u2013 Award-winning actress Lena Marsh said on "
            "Monday she would not vote for the mayor.\n")
    said = next(c for c in analysed(nlp, text).claims if c.cue and c.cue.text == "said")
    assert said.source.text == "Award-winning actress Lena Marsh"
    assert said.source.resolution == "named"


def test_a_tokenised_dateline_with_a_space_before_its_comma():
    assert parts("BRACKWELL , Ruritania 2026-05-03\nFixtures on Saturday:") == [
        ("BRACKWELL", "Ruritania", None, None, "\nFixture", True)]


def test_a_dateline_after_a_captions_words_on_its_line_starts_a_new_sentence():
    assert parts("Photo credit LONDON -- The bakery raised its prices.") == [
        ("LONDON", None, None, "--", "The bake", False)]


@pytest.mark.parametrize("text", [
    "Analysts said the FOMC ( Federal Open Market Committee ) would meet again.",  # an acronym spelt out
    "Holt ( N ) - Dunmore ( to be played on Sunday )",  # a fixture: a one-letter mark is no wire
])
def test_brackets_after_capitals_are_a_wire_only_in_a_datelines_form(text):
    assert parts(text) == []


@pytest.mark.parametrize("text, expected", [
    # an agency in lower case
    ("BERLIN (dpa) - Germany's cabinet agreed on Wednesday to spend more on rail lines.",
     [("BERLIN", None, "dpa", "-", "Germany'", True)]),
    # a wire alone opening its line, as scraped pages keep it
    ("(Reuters) - Oil prices rose on Thursday as traders worried about supply.",
     [(None, None, "Reuters", "-", "Oil pric", True)]),
    # a byline with its agency before the dateline: the writer's name is no place
    ("By Maria Lopez, Associated Press WASHINGTON (AP) — Lawmakers agreed on Monday.",
     [("WASHINGTON", None, "AP", "—", "Lawmaker", True)]),
    # a name with its acronym in brackets opening a line is no place with a wire
    ("The European Union (EU) — a bloc of 27 nations — said on Tuesday it would act.", []),
    ("The North Atlantic Treaty Organization (NATO) - the alliance - met in Brussels.", []),
])
def test_lower_case_wires_bare_wires_bylines_and_spelled_out_acronyms(text, expected):
    assert parts(text) == expected


def test_a_bare_wire_at_a_lines_start_is_credited_and_left_out_of_the_content(nlp):
    text = "Oil rises on supply fears\n\n(Reuters) - Oil prices rose on Thursday as traders worried, analysts said."
    claims = analysed(nlp, text).claims
    assert [(c.kind, text[c.content.start:c.content.end]) for c in claims if c.kind == "credit"] == [
        ("credit", "Oil prices rose on Thursday as traders worried, analysts said")]
    assert [text[c.content.start:c.content.end] for c in claims if c.kind != "credit"] == [
        "Oil prices rose on Thursday as traders worried"]


def test_a_bylines_writer_and_a_spelled_out_acronym_are_no_places(nlp):
    text = ("Deal reached on spending\n\nBy Maria Lopez, Associated Press WASHINGTON (AP) — Lawmakers agreed "
            "on Monday.\nThe European Union (EU) — a bloc of 27 nations — said on Tuesday it would act.")
    places = {text[m.start:m.end] for e in analysed(nlp, text).entities if e.label == "GPE" for m in e.mentions}
    assert places == {"WASHINGTON"}


@pytest.mark.parametrize("lead, source", [
    # a number opening the speaker's phrase counts a word of it
    ("Two-time champion Maria Delgado said the win was her best.", "Two-time champion Maria Delgado"),
    ("Three officials said the road would close on Friday.", "Three officials"),
    # an apposition after the speaker's name ends before its comma
    ("Champion Maria Delgado, a former Olympian, said the win was her best.", "Champion Maria Delgado, a former Olympian"),
])
def test_the_speaker_after_a_dateline_from_a_number_or_with_an_apposition(nlp, lead, source):
    text = f"Delgado wins again\n\nDENVER (AP) \u2014 {lead}\n"
    said = next(c for c in analysed(nlp, text).claims if c.cue and c.cue.text == "said")
    assert said.source.text == source


def places(text: str) -> list[list[str]]:
    """Each dateline's places (``Dateline.places``) as written."""
    return [[text[s:e] for s, e in d.places] for d in find_datelines(text)]


@pytest.mark.parametrize("text, expected, region", [
    ("VILNIUS/RIGA (Reuters) - The two ports agreed on a ferry timetable.", ["VILNIUS", "RIGA"], None),
    ("TALLINN / NEW HARBOUR, Nov 3 (Reuters) - Ferry fares rose.", ["TALLINN", "NEW HARBOUR"], None),
    ("OSLO/BERGEN — Norway's ferry crews walked out on Monday.", ["OSLO", "BERGEN"], None),
    # listed with commas, the last is read as the region, as in "SEOUL, TOKYO"
    ("OSLO, BERGEN, STAVANGER (Reuters) - Ferry crews walked out.", ["OSLO", "BERGEN"], "STAVANGER"),
    # a state's abbreviation after a comma is the region, never one of the places
    ("WASHINGTON, D.C., Nov. 3 (AP) — The council met.", ["WASHINGTON"], "D.C."),
])
def test_a_dateline_of_places_joined_by_slashes_or_commas_gives_every_place(text, expected, region):
    assert places(text) == [expected]
    d = find_datelines(text)[0]
    assert (text[slice(*d.place)], text[slice(*d.region)] if d.region else None, d.certain) == (expected[0], region, True)


def test_each_place_of_a_slash_joined_dateline_is_a_place_entity_and_the_first_places_the_lead(nlp):
    text = ("Baltic neighbours resume ferry talks\n\nVILNIUS/RIGA (Reuters) - Lithuania and Latvia resumed ferry talks on Tuesday.\n")
    analysis = analysed(nlp, text)
    labels = {e.name: e.label for e in analysis.entities}
    assert (labels["VILNIUS"], labels["RIGA"]) == ("GPE", "GPE")
    # the countries that act are no place of the talks: the dateline places them
    assert {e.trigger.text: [w.text for w in e.where] for e in analysis.events} == {
        "resume": ["VILNIUS"], "resumed": ["VILNIUS"]}


@pytest.mark.parametrize("lead, source", [
    # a time, a place or a circumstance fronted before the speaker, after a wire's dateline
    ("On Tuesday, officials said the pier would reopen.", "officials"),
    ("Late on Friday, the harbour master's office said the pier would reopen.", "the harbour master's office"),
    ("In a statement, county engineers said the pier would reopen.", "county engineers"),
    ("Two days later, officials said the pier would reopen.", "officials"),
])
@pytest.mark.parametrize("dateline", ["BRACKWELL (AP) \u2014", "BRACKWELL, Maine (Reuters) -", "BRACKWELL (AFP) \u2013"])
def test_the_speaker_after_a_fronted_phrase_in_a_wire_datelines_lead(nlp, dateline, lead, source):
    text = f"Pier to reopen\n\n{dateline} {lead}\n"
    said = next(c for c in analysed(nlp, text).claims if c.cue and c.cue.text == "said")
    assert (said.content.text, said.source.text) == ("the pier would reopen", source)


@pytest.mark.parametrize("dateline, wire", [
    ("BRACKWELL (AFP) \u2013", "AFP"), ("BRACKWELL (dpa) -", "dpa"), ("(Reuters) -", "Reuters"),
])
def test_a_datelines_wire_is_an_organisation_and_its_credits_source(nlp, dateline, wire):
    text = f"Pier to reopen\n\n{dateline} The pier will reopen on Friday.\n"
    analysis = analysed(nlp, text)
    orgs = {e.id: e.name for e in analysis.entities if e.label == "ORG"}
    credit = next(c for c in analysis.claims if c.kind == "credit")
    assert (credit.source.text, orgs.get(credit.source.entity)) == (wire, wire)


def test_a_dateline_joins_six_places_at_most():
    """A bound on the places one dateline joins: unbounded, a long line of capitals and commas
    (a roll call, a shouted list) was read to its end from each of its words, its time growing
    with the square of its length (15 s for a 65,000-character line, 0.05 s before joined
    places; benchmarks/pathological_text.py's "capitals and commas" times it)."""
    text = ", ".join(["OSLO BERGEN"] * 5000) + " went on strike."
    find_datelines.cache_clear()
    assert find_datelines(text) == ()
    text = "OSLO, BERGEN, STAVANGER, TROMSO, BODO, MOLDE (Reuters) - Workers went on strike."
    (dateline,) = find_datelines(text)
    assert [text[s:e] for s, e in dateline.places] == ["OSLO", "BERGEN", "STAVANGER", "TROMSO", "BODO"]
    assert text[slice(*dateline.region)] == "MOLDE"
    text = "OSLO, BERGEN, STAVANGER, TROMSO, BODO, MOLDE, ALTA (Reuters) - Workers went on strike."
    (dateline,) = find_datelines(text)
    assert len(dateline.places) == MAX_JOINED + 1
