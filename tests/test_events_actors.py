"""Event classes found by the second tester on fresh stories (sentences written for the
purpose): who is the whole actor phrase (a clause's subject the parser took for the object of
"after", the noun a relative clause of harm tells of, a coordination, "they" for plural
speakers), a city after "in" in a market report is the where, and a place name that is a
team's in a headline is no where. Exact expected values."""

from __future__ import annotations

import pytest

from tui.analysis.chunks import parse_one
from tui.analysis.engine import analyze_doc
from tui.analysis_model import Analysis, Event
from tui.model import Article
from tui.navigation import Navigator


def _analysis(nlp, body: str, title: str | None = None, published: str = "2025-03-14") -> Analysis:
    text = f"{title}\n\n{body}" if title else body
    return analyze_doc(parse_one(nlp, text), Article(text=text, title=title, published=published), "test", "test")


def _events(nlp, body: str, title: str | None = None) -> list[Event]:
    return _analysis(nlp, body, title).events


def _who(nlp, body: str, what: str) -> list[str]:
    return [r.text for r in next(e for e in _events(nlp, body) if e.what.text == what).who]


def _where(nlp, body: str, what: str, title: str | None = None) -> list[str]:
    return [r.text for r in next(e for e in _events(nlp, body, title) if e.what.text == what).where]


# --- a clause's subject taken for the object of "after", "before", "until" ---------------------

@pytest.mark.parametrize(("body", "what", "who"), [
    ("Beef prices have risen this year after drought in Nebraska and Iowa cut cattle herds.", "cut cattle herds",
     ["drought in Nebraska and Iowa"]),
    ("The downgrade came a day after Macy's and Kohl's both reported lower forecasts.", "reported lower forecasts",
     ["Macy's and Kohl's"]),
    ("Fuel prices rose before flooding in the Rhine valley closed two refineries.", "closed two refineries",
     ["flooding in the Rhine valley"]),
    ("Ferries stopped running after a storm off the coast of Wales damaged the harbour.", "damaged the harbour",
     ["a storm"]),
    ("Schools closed until heavy snow in the Highlands eased on Friday.", "eased", ["heavy snow in the Highlands"]),
])
def test_a_subject_read_as_the_object_of_after_is_the_clause_s_actor(nlp, body, what, who) -> None:
    assert _who(nlp, body, what) == who


@pytest.mark.parametrize(("body", "what", "who"), [
    ("Prices rose after the vote and fell on Friday.", "fell", ["Prices"]),
    ("Shares fell after the announcement, and analysts cut their targets.", "cut their targets", ["analysts"]),
    ("The team won after a penalty in extra time and celebrated in the square.", "celebrated in the square",
     ["The team"]),
])
def test_a_verb_joined_by_and_or_a_comma_keeps_its_own_subject(nlp, body, what, who) -> None:
    assert _who(nlp, body, what) == who


def test_the_time_before_such_a_clause_is_not_anchored_on_its_subject(nlp) -> None:
    events = _events(nlp, "Beef prices have risen this year after drought in Nebraska and Iowa cut cattle herds.")
    assert {e.when.text for e in events if e.when} == {"this year"}


# --- the noun a relative clause of harm tells of -------------------------------------------------

@pytest.mark.parametrize(("body", "what", "who"), [
    ("Islamic State claimed responsibility for an attack on an army checkpoint in Diyala province that killed "
     "five Iraqi soldiers.", "killed five Iraqi soldiers", ["an attack on an army checkpoint in Diyala province"]),
    ("Rebels claimed a raid on a base near Goma that killed 14 soldiers.", "killed 14 soldiers",
     ["a raid on a base near Goma"]),
    ("Police named a gunman at a school in Ohio who wounded three pupils.", "wounded three pupils", ["a gunman"]),
    ("Officials described a blast at a chemical plant in Tianjin that injured 80 workers.", "injured 80 workers",
     ["a blast"]),
    ("An attack that killed 12 villagers in Katsina was blamed on bandits.", "killed 12 villagers in Katsina",
     ["An attack"]),
])
def test_a_clause_of_harm_tells_of_the_noun_whose_place_it_hangs_on(nlp, body, what, who) -> None:
    assert _who(nlp, body, what) == who


@pytest.mark.parametrize(("body", "what", "who"), [
    ("The union called a strike at a plant in Turin that employs 2,000 people.", "employs 2,000 people",
     ["a plant in Turin"]),
    ("Investigators visited a factory in Gujarat that makes blood pressure tablets.", "makes blood pressure tablets",
     ["a factory in Gujarat"]),
    ("Doctors at a clinic in Leeds treated a man who injured his leg.", "injured his leg", ["a man"]),
])
def test_other_relative_clauses_tell_of_the_noun_they_hang_on(nlp, body, what, who) -> None:
    assert _who(nlp, body, what) == who


# --- a coordination is one actor phrase ----------------------------------------------------------

@pytest.mark.parametrize(("body", "what", "who"), [
    ("Smith and Jones met union leaders in Bergen on Tuesday.", "met union leaders in Bergen", ["Smith and Jones"]),
    ("Russia, China and Iran blocked the resolution on Friday.", "blocked the resolution", ["Russia, China and Iran"]),
    ("The mayor and her deputy resigned on Thursday.", "resigned", ["The mayor and her deputy"]),
    ("The treaty was signed by Kowalski and Brandt in Warsaw.", "was signed by Kowalski and Brandt",
     ["Kowalski and Brandt"]),
])
def test_a_coordinated_subject_or_agent_is_one_phrase(nlp, body, what, who) -> None:
    assert _who(nlp, body, what) == who


@pytest.mark.parametrize(("body", "what", "who"), [
    ("Devon and Cornwall Police arrested two men on Monday.", "arrested two men", ["Devon and Cornwall Police"]),
    ("Negotiators from Israel and Hamas resumed talks in Cairo.", "resumed talks in Cairo",
     ["Negotiators from Israel and Hamas"]),
    ("Halden & Sons plc agreed to a takeover on Monday.", "agreed to a takeover", ["Halden & Sons plc"]),
])
def test_an_and_inside_a_name_or_a_dependent_stays_as_it_is(nlp, body, what, who) -> None:
    assert _who(nlp, body, what) == who


@pytest.mark.parametrize(("body", "what", "who"), [
    ("Smith and Jones said on Thursday that they would appeal.", "would appeal", ["Smith and Jones"]),
    ("Residents said they had been evacuated on Sunday.", "had been evacuated", ["Residents"]),
    ("Officials said they would reopen the road in May.", "would reopen the road", ["Officials"]),
    # not a speaker in the singular
    ("The council said they would close the library.", "would close the library", ["they"]),
    ("Smith said they would appeal the ruling.", "would appeal the ruling", ["they"]),
    ("Police said the suspects fled and they were later arrested.", "were later arrested", ["they"]),
])
def test_they_in_reported_speech_is_a_plural_or_coordinated_speaker(nlp, body, what, who) -> None:
    assert _who(nlp, body, what) == who


def test_the_reader_shows_a_coordination_as_itself_and_files_it_under_each_name_s_type(nlp) -> None:
    analysis = _analysis(nlp, "Anna Berg and Lars Holm opened a bakery in Malmo on Monday. "
                              "Anna Berg said on Tuesday that the bakery would hire ten people.")
    nav = Navigator(analysis)
    opened = next(e for e in analysis.events if e.what.text == "opened a bakery")
    assert nav.event_parts(opened)[0] == "Anna Berg and Lars Holm"
    nav.list_events(order="text", which="person")
    assert opened in nav.events
    source = analysis.claims[0].source
    assert source is not None and nav.ref_name(source) == "Anna Berg"


# --- where: a city after "in" in a market report -------------------------------------------------

@pytest.mark.parametrize(("body", "what", "where"), [
    ("Shares rose in London on Monday.", "rose in London", ["London"]),
    ("Stocks fell in Tokyo on Tuesday after the yen strengthened.", "fell in Tokyo", ["Tokyo"]),
    ("The dollar rose in London trading on Monday.", "rose in London trading", ["London"]),
    ("Stocks fell in early Tokyo trade on Tuesday.", "fell in early Tokyo trade", ["Tokyo"]),
    ("Oil prices slipped in New York trading on Wednesday.", "slipped in New York trading", ["New York"]),
    # a determiner or a place noun makes the phrase a place of its own
    ("The patient died in a London hospital on Wednesday.", "died in a London hospital", ["a London hospital"]),
    ("Two men were arrested in a Paris suburb on Friday.", "were arrested in a Paris suburb", ["a Paris suburb"]),
    ("The boy was found in Leeds city centre on Thursday.", "was found in Leeds city centre", ["Leeds city centre"]),
    ("She was treated in London hospitals for weeks.", "was treated in London hospitals", ["London hospitals"]),
    ("Exams were held in Lagos schools on Monday.", "were held in Lagos schools", ["Lagos schools"]),
])
def test_a_city_after_in_is_the_where_of_a_market_move(nlp, body, what, where) -> None:
    assert _where(nlp, body, what) == where


# --- a headline's team is no where ---------------------------------------------------------------

@pytest.mark.parametrize(("title", "body", "what", "where"), [
    ("Dallas fire head coach after playoff loss", "The Dallas Cowboys fired head coach Brett Lorimer on Monday.",
     "fire head coach", []),
    ("Leeds sack manager after defeat", "Leeds United sacked manager Piet Vandermolen on Friday.", "sack manager", []),
    ("Portsmouth sack coach after heavy defeat", "Portsmouth FC sacked head coach Lena Moss on Friday.",
     "sack coach", []),
    # a place that does something to no one stays the where
    ("Chicago erupts in celebration after title win", "Fans filled the streets of Chicago on Sunday night.",
     "erupts in celebration", ["Chicago"]),
    ("Leeds council closes libraries after budget cut", "The council voted on Thursday to close six libraries.",
     "closes libraries", ["Leeds"]),
])
def test_a_headline_s_place_name_acting_on_an_object_is_no_where(nlp, title, body, what, where) -> None:
    assert _where(nlp, body, what, title) == where


@pytest.mark.parametrize(("text", "found"), [
    ("Portsmouth FC sacked head coach Lena Moss on Friday.", [(["Portsmouth FC"], "sacked head coach Lena Moss")]),
    ("Rovers FC signed winger Tom Adeyemi", [(["Rovers FC"], "signed winger Tom Adeyemi")]),
    # a bare acronym before a participle is a compound modifier's agent ("EU-funded")
    ("EU funded bridge in Gdansk", []),
])
def test_a_name_ending_in_an_acronym_before_a_past_is_the_subject(nlp, text, found) -> None:
    events = _events(nlp, text)
    assert [([r.text for r in e.who], e.what.text) for e in events] == found
