"""A politician's party and state after the name ("(R-Fla.)", ", D-N.Y.,", "(I-Vt.)") is no
place: not an entity, never an event's where, not cut in half in a claim's source, no part
of an event's actor. Stories written for the purpose."""

from __future__ import annotations

from tui.analysis.chunks import parse_one
from tui.analysis.engine import analyze_doc
from tui.analysis_model import Analysis
from tui.model import Article

STORY = ("Senate rejects ferry subsidy bill\n\n"
         "Sen. Ada Morrow (R-Fla.) voted against the ferry subsidy bill on Tuesday, and Rep. Cal Ostby "
         "(D-N.Y.) backed it. Sen. Pell Hanna, I-Vt., said he would vote against it. "
         "Rep. Juno Alder (D-New Mexico) said she would try again next year.\n")


def _analysis(nlp) -> Analysis:
    article = Article(text=STORY, published="2025-11-06")
    return analyze_doc(parse_one(nlp, STORY), article, "test", "test")


def test_a_party_and_state_label_is_no_entity(nlp) -> None:
    names = {(e.label, e.name) for e in _analysis(nlp).entities if e.label not in ("DATE", "CARDINAL")}
    assert names == {("ORG", "Senate"), ("PERSON", "Ada Morrow"), ("PERSON", "Cal Ostby"),
                     ("PERSON", "Pell Hanna"), ("PERSON", "Juno Alder")}


def test_a_party_and_state_label_places_no_event_and_is_no_part_of_its_actor(nlp) -> None:
    events = _analysis(nlp).events
    assert all(not e.where for e in events)
    assert {e.trigger.text: [w.text for w in e.who] for e in events if e.trigger.text in ("backed", "vote")} == {
        "backed": ["Rep. Cal Ostby"], "vote": ["Sen. Pell Hanna"]}


def test_a_claim_source_keeps_the_label_whole(nlp) -> None:
    sources = {c.content.text: c.source.text for c in _analysis(nlp).claims if c.source is not None}
    assert sources["he would vote against it"] == "Sen. Pell Hanna, I-Vt."
    assert sources["she would try again next year"] == "Rep. Juno Alder (D-New Mexico)"


def test_a_label_written_with_an_en_dash_is_a_label_too(nlp) -> None:
    # typeset text ("smart" punctuation) has "R–Fla." with an en dash for the hyphen
    text = ("Senate passes ferry bill\n\n"
            "WASHINGTON – Sen. Ada Morrow (R–Fla.) said on Tuesday that the ferry bill would pass, "
            "and Rep. Cal Ostby, D–N.Y., backed it.\n")
    analysis = analyze_doc(parse_one(nlp, text), Article(text=text, published="2025-11-06"), "test", "test")
    names = {(e.label, e.name) for e in analysis.entities if e.label not in ("DATE", "CARDINAL")}
    assert names == {("ORG", "Senate"), ("GPE", "WASHINGTON"), ("PERSON", "Ada Morrow"), ("PERSON", "Cal Ostby")}
    assert {e.trigger.text: [w.text for w in e.where] for e in analysis.events if e.trigger.text in ("pass", "backed")} \
        == {"pass": ["WASHINGTON"], "backed": ["WASHINGTON"]}
    assert [c.source.text for c in analysis.claims if c.source is not None] == [
        "Sen. Ada Morrow (R–Fla.)", "Rep. Cal Ostby, D–N.Y."]
