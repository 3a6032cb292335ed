"""A wire story's dateline ("KINGSPORT, England (Reuters) -") says where the story was filed:
the lead's fallback place, never a clause's own, and never over a nearer place the lead names.
The engine's whole path on stories written for the purpose."""

from __future__ import annotations

from tui.analysis.chunks import parse_one
from tui.analysis.engine import analyze_doc
from tui.analysis_model import Event
from tui.model import Article


def _events(nlp, title: str, body: str) -> list[Event]:
    text = f"{title}\n\n{body}\n"
    return analyze_doc(parse_one(nlp, text), Article(text=text, title=title, published="2025-04-12"),
                       "test", "test").events


def test_a_facility_the_lead_names_places_the_headline_over_the_datelines_city(nlp) -> None:
    # the parser takes the dateline into the lead's clause as its subject
    events = _events(nlp, "Ashcombe United Beat Holt Town",
                     "HOLT, England (Reuters) - Ashcombe United came from behind to beat Holt Town 2-1 at "
                     "Brennan Park on Saturday.")
    head = events[0]
    assert (head.trigger.text, [r.text for r in head.where]) == ("Beat", ["Brennan Park"])
    lead = next(e for e in events if e.trigger.text == "came")
    assert [r.text for r in lead.where] == ["Brennan Park"]


def test_the_dateline_still_places_a_lead_that_names_no_place(nlp) -> None:
    events = _events(nlp, "Carmaker Stroud recalls 40,000 vans",
                     "COVENTRY, England (Reuters) - Stroud Automotive is recalling 40,000 vans over a brake "
                     "fault, the company said on Friday.")
    assert [r.text for r in events[0].where] == ["COVENTRY"]
