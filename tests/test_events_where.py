"""Where an event happened, on stories written for these tests: a place that only measures a
distance or a size, gives an address or a plan's aim is not it (an office's place is); a club an object came from is no
place; an object that is a part of a country by its direction is the place, before a
participle's; and such a part is nearer than the dateline's city. The engine's whole path:
truecased parse, canonical entities, claims, events."""

from __future__ import annotations

import pytest

from tui.analysis.chunks import parse_one
from tui.analysis.engine import analyze_doc
from tui.analysis_model import Event
from tui.model import Article


def _events(nlp, text: str, title: str | None = None) -> list[Event]:
    if title:
        text = f"{title}\n\n{text}\n"
    article = Article(text=text, title=title, published="2025-03-12")
    return analyze_doc(parse_one(nlp, text), article, "test", "test").events


def _where(nlp, text: str, trigger: str, title: str | None = None) -> list[str]:
    event = next(e for e in _events(nlp, text, title) if e.trigger.text == trigger)
    return [w.text for w in event.where]


@pytest.mark.parametrize(("text", "trigger", "where"), [
    # the place a distance is counted from is not where the action was
    ("The probe photographed a moon 400 million miles away from Earth on Friday.", "photographed", []),
    ("Scientists spotted a comet 90 million miles from Earth, the agency said on Tuesday.", "spotted", []),
    ("Fans flew from Madrid to Paris on Sunday.", "flew", ["Madrid"]),
    ("Hamas freed three hostages from Gaza on Saturday.", "freed", ["Gaza"]),
    # the event itself that far from a place: the distance is where
    ("The lorry crashed 20 miles from Perth on Monday.", "crashed", ["20 miles from Perth"]),
    # what is acted on at an earthly distance from a place is acted on there
    ("Police found a body two miles from Dover on Monday.", "found", ["two miles from Dover"]),
    ("Radar detected a drone 50 km from Warsaw on Friday.", "detected", ["50 km from Warsaw"]),
    ("Astronomers discovered a planet 40 light-years from Earth.", "discovered", []),
    # an address set off by commas is the person's, the court is where they appeared
    ("Martin Hale, of Gorton, appeared before Manchester Crown Court on Tuesday.", "appeared",
     ["Manchester Crown Court"]),
    ("The minister appeared before the Senate committee on Tuesday.", "appeared", []),
    ("Residents of Whitby, a town in Yorkshire, voted against the plan on Monday.", "voted", ["Whitby"]),
    # what a multiple of a measure is counted against is no place either
    ("Fire destroyed a forest three times the size of Malta in Chile on Sunday.", "destroyed", ["Chile"]),
    ("Fire destroyed an area twice the size of Malta in Chile on Sunday.", "destroyed", ["Chile"]),
    ("Police sealed off the half of Leeds that flooded on Sunday.", "sealed", ["Leeds"]),
    # "half" before a group is a part of it, which is where it lives, no multiple of a measure
    ("Half the residents of Kherson have fled since Monday.", "fled", ["Kherson"]),
    ("Half the population of Gaza has fled since October, the UN said.", "fled", ["Gaza"]),
    ("Storms battered the north of Wales on Sunday.", "battered", ["Wales"]),
    # the place of an office before its holder's name is, as a rule, where the holder acts: a
    # city's mayor opens its bridge, its officer is charged there, with a name or without
    ("London Mayor Sadiq Khan opened the new bridge on Monday.", "opened", ["London"]),
    ("Chicago police officer John Dale was charged on Monday with shooting a teenager.", "charged", ["Chicago"]),
    ("Texas governor Greg Abbott signed the bill on Monday.", "signed", ["Texas"]),
    ("The Texas governor signed the bill on Monday.", "signed", ["Texas"]),
    # the one a verb of obtaining got its object from is a party, not a place
    ("Ajax signed the defender from Feyenoord on Tuesday.", "signed", []),
    ("Germany imported gas from Norway last year.", "imported", []),
    ("Police rescued two children from Bradford on Monday.", "rescued", ["Bradford"]),
    # a part of a country by its direction, as the object, is the place, before a participle's
    ("A powerful storm hit southern England on Friday, flooding homes in Brighton.", "hit", ["southern England"]),
    ("A storm hit the coast on Friday, flooding homes in Brighton.", "hit", ["Brighton"]),
    ("The hurricane struck Cuba on Monday, cutting power in Havana.", "struck", ["Cuba"]),  # what a force hits
    ("Germany beat France 2-0 in Berlin on Saturday.", "beat", ["Berlin"]),
    ("England beat Northern Ireland 2-0 on Saturday.", "beat", []),
])
def test_where_in_a_sentence(nlp, text: str, trigger: str, where: list[str]) -> None:
    assert _where(nlp, text, trigger) == where


def test_a_place_modifying_a_noun_that_is_no_title_is_kept(nlp) -> None:
    """ "UK stores" are in the UK: a place modifying a noun that is no person's title."""
    assert _where(nlp, "The chain said on Monday it would close 40 shops.", "close",
                  title="Supermarket to close UK stores") == ["UK"]


@pytest.mark.parametrize(("title", "lead", "trigger", "where"), [
    # a headline's part of a country is where it happened, not the city it was filed from
    ("Floods swamp western Kenya", "NAIROBI (AP) — Heavy rain flooded western Kenya on Tuesday, forcing "
     "thousands from their homes.", "swamp", ["western Kenya"]),
    ("Quake shakes northern Italy", "ROME (AP) — A magnitude 5.8 earthquake struck northern Italy on Monday, "
     "rattling windows in Milan and halting trains, officials said.", "shakes", ["northern Italy"]),
    # a headline's country gives way to the retelling's part of it, not to the dateline then
    ("Cyclone floods villages in Mozambique", "MAPUTO, Mozambique (Reuters) — Cyclone Dara flooded villages in "
     "southern Mozambique on Monday, officials said.", "floods", ["southern Mozambique"]),
    # near misses: a country alone still takes the dateline's city
    ("Cyclone floods villages in Mozambique", "MAPUTO, Mozambique (Reuters) — Cyclone Dara flooded villages in "
     "Mozambique on Monday, officials said.", "floods", ["MAPUTO"]),
    ("Quake jolts Taiwan", "TAIPEI (Reuters) — An earthquake struck Taiwan on Friday, officials said.", "jolts",
     ["TAIPEI"]),
    ("Floods kill 10 in South Africa", "JOHANNESBURG (Reuters) — Floods killed 10 people in South Africa on "
     "Monday, officials said.", "kill", ["JOHANNESBURG"]),
    ("Wildfire spreads in Greece", "ATHENS (AP) — A wildfire spread through forests in the Peloponnese on Sunday.",
     "spreads", ["ATHENS"]),
    # a headline's name the lead gives only as a plan's aim is not the story's place
    ("Court rejects Chad appeal", "The UK Supreme Court on Monday rejected the appeal over the plan to fly "
     "migrants to Chad.", "rejects", []),
    ("Judges reject Kenya deportation appeal", "Three judges on Monday rejected an appeal against a plan to "
     "deport two men to Kenya.", "reject", []),
    ("Court rejects Chad appeal", "The court on Monday rejected the appeal by migrants held in Chad.", "rejects",
     ["Chad"]),
    ("Chad court frees journalist", "A court in Chad on Monday freed a journalist held for a year.", "frees",
     ["Chad court"]),
    # a place in a plan (an infinitive on a noun) is not the story's, one of a doing is
    ("Judges dismiss Congo appeal", "Three judges on Monday dismissed the appeal over the plan to send migrants "
     "to Congo.", "dismiss", []),
    ("Judges dismiss appeal", "The government flew migrants to Congo on Monday after judges dismissed the appeal.",
     "dismiss", ["Congo"]),
    # the club the player came from is not where; the dateline is
    ("Porto sign Argentine striker", "LISBON (Reuters) - Porto have signed Argentine striker Diego Paz from "
     "River Plate for 12 million euros, the club said on Monday.", "sign", ["LISBON"]),
])
def test_headline_where_against_the_dateline(nlp, title: str, lead: str, trigger: str, where: list[str]) -> None:
    assert _where(nlp, lead, trigger, title=title) == where
