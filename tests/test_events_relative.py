"""A time or a place inside a relative clause set off by a comma, a dash or a bracket is that
clause's, not the main clause's ("met with Kellner, who resigned on Monday": Monday is the
resignation's), and a relative clause takes none from the main clause, but a clause
"where …" happens at the place it hangs on. Stories written for the purpose."""

from __future__ import annotations

from tui.analysis.chunks import parse_one
from tui.analysis.engine import analyze_doc
from tui.model import Article


def _circumstances(nlp, text: str) -> dict[str, tuple[str | None, list[str]]]:
    """Each event's trigger: (its time as written, its places)."""
    article = Article(text=text, published="2025-11-06")
    events = analyze_doc(parse_one(nlp, text), article, "test", "test").events
    return {e.trigger.text: (e.when.text if e.when else None, [p.text for p in e.where]) for e in events}


def test_a_time_in_a_comma_set_relative_clause_on_an_object_of_a_preposition_is_its_own(nlp) -> None:
    text = "Harbour news\n\nThe ferry board met with Ilse Marquardt, who resigned on Monday.\n"
    got = _circumstances(nlp, text)
    assert got["met"][0] is None
    assert got["resigned"][0] == "Monday"


def test_a_which_clause_and_a_whose_clause_keep_their_times(nlp) -> None:
    text = ("Harbour news\n\nThe council approved the dredging plan, which takes effect on Friday. "
            "Officials thanked Tomas Rieger, whose term ended in March.\n")
    got = _circumstances(nlp, text)
    assert (got["approved"][0], got["takes"][0]) == (None, "Friday")
    assert (got["thanked"][0], got["ended"][0]) == (None, "March")


def test_a_relative_clause_between_dashes_keeps_its_time(nlp) -> None:
    # the parser hangs the clause on the verb (an adverbial clause), opened by "who"
    text = "Harbour news\n\nThe ferry board met with Ilse Marquardt — who resigned on Monday — for an hour.\n"
    assert _circumstances(nlp, text)["met"][0] is None


def test_a_restrictive_relative_clause_still_dates_the_main_clause(nlp) -> None:
    # "the man who resigned on Monday" says which man; the time is left to the sentence
    text = "Harbour news\n\nThe ferry board met with the man who resigned on Monday.\n"
    assert _circumstances(nlp, text)["met"][0] == "Monday"


def test_places_stay_in_their_clauses_but_a_where_clause_takes_its_antecedent(nlp) -> None:
    text = ("Harbour news\n\nThe ferry board met in Bergen with Ilse Marquardt, who lives in Tromso. "
            "The rowing crew travelled to Trondheim, where it won the cup on Sunday.\n")
    got = _circumstances(nlp, text)
    assert (got["met"], got["lives"]) == ((None, ["Bergen"]), (None, ["Tromso"]))
    assert (got["travelled"], got["won"]) == ((None, ["Trondheim"]), ("Sunday", ["Trondheim"]))


def test_a_headline_takes_no_time_from_a_comma_set_relative_clause_of_the_lead(nlp) -> None:
    text = ("Ferry board met with Ilse Marquardt, who resigned on Monday\n\n"
            "The ferry board met with Ilse Marquardt, who resigned on Monday, to discuss the timetable.\n")
    article = Article(text=text, published="2025-11-06")
    events = analyze_doc(parse_one(nlp, text), article, "test", "test").events
    assert [(e.trigger.start, e.when) for e in events if e.trigger.text == "met"] == [(12, None)]  # the lead's "met" is the same event


def test_a_headline_takes_its_time_from_a_relative_clause_on_a_thing_in_the_lead(nlp) -> None:
    # a clause on the story's own thing ("The increase, which … announced on Monday") dates it
    text = ("Ferry operator raises fares for island routes\n\n"
            "The increase, which the operator announced on Monday, is the first in a decade for the island routes.\n")
    article = Article(text=text, published="2025-11-06")
    events = analyze_doc(parse_one(nlp, text), article, "test", "test").events
    assert [(e.trigger.text, e.when.text if e.when else None) for e in events] == [
        ("raises", "Monday"), ("announced", "Monday")]
