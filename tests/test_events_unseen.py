"""Event classes of issue 10 on stories written for the purpose (not tuned on): linking
verbs, a headline's passive infinitive, quotes in straight single quotes. The engine's whole
path: truecased parse, canonical entities, claims, events."""

from __future__ import annotations

from tui.analysis.chunks import parse_one
from tui.analysis.engine import analyze_doc
from tui.analysis_model import Event
from tui.model import Article


def _events(nlp, text: str, title: str | None = None, published: str | None = None) -> list[Event]:
    article = Article(text=text, title=title, published=published)
    return analyze_doc(parse_one(nlp, text), article, "test", "test").events


def test_a_linking_verb_with_a_predicate_is_no_event(nlp) -> None:
    text = ("The council remains the largest owner of bridges in the county. "
            "Traffic became heavier after the ring road closed. "
            "She was the first engineer to inspect it.")
    assert sorted(e.trigger.text for e in _events(nlp, text)) == ["closed"]


def test_a_headline_passive_infinitive_is_one_event(nlp) -> None:
    text = "Old bridge to be demolished\n\nEngineers will demolish the Hallam Bridge in Sheffield next spring.\n"
    title = [e for e in _events(nlp, text, title="Old bridge to be demolished") if e.trigger.start < 27]
    assert [(e.trigger.text, e.what.text) for e in title] == [("demolished", "to be demolished")]


def test_a_sentence_in_straight_single_quotes_gives_no_event(nlp) -> None:
    text = ("Commuters complained about the escalators at Kingsway station.\n\n"
            "'They promised repairs by Christmas,' said Deepak Varma.\n\n"
            "The transport authority replaced one escalator in October.\n")
    assert sorted(e.trigger.text for e in _events(nlp, text, published="2025-11-06")) == ["complained", "replaced"]


def test_a_cue_whose_content_holds_no_verb_is_an_event(nlp) -> None:
    text = "Voters in Ohio rejected the measure on Tuesday. Residents of Whitby voted against the plan."
    ev = next(e for e in _events(nlp, text, published="2025-11-06") if e.trigger.text == "rejected")
    assert ([r.text for r in ev.who], ev.what.text, [r.text for r in ev.where], ev.when.date) == (
        ["Voters in Ohio"], "rejected the measure", ["Ohio"], "2025-11-04")
    assert any(e.what.text == "voted against the plan" for e in _events(nlp, text))


def test_the_end_of_a_score_is_no_one_acted_on(nlp) -> None:
    text = "Brazil beat Argentina 2-0 in Rio de Janeiro on Thursday."
    ev = _events(nlp, text, published="2025-11-06")[0]
    assert ([r.text for r in ev.whom], [r.text for r in ev.where]) == (["Argentina"], ["Rio de Janeiro"])


def _whens(nlp, text: str, published: str) -> dict[str, str | None]:
    return {e.what.text: e.when.date if e.when else None for e in _events(nlp, text, published=published)}


def test_an_infinitive_of_a_plan_or_expectation_is_dated_forward(nlp) -> None:
    text = ("The agency plans to launch the weather satellite in March. "
            "Talks between the two sides are expected to resume on Wednesday.")
    whens = _whens(nlp, text, "2025-11-06")  # a Thursday
    assert whens["to launch the weather satellite"] == "2026-03"
    assert whens["are expected to resume"] == "2025-11-12"


def test_a_present_tense_dated_in_its_own_clause_is_a_schedule(nlp) -> None:
    text = ("Exhibition diary\n\n"
            "The exhibition opens on Saturday at the city museum.\n\n"
            "Figures released on Monday show a rise in unemployment.\n\n"
            "The council closed the library on Monday.\n")
    whens = _whens(nlp, text, "2025-11-06")
    assert whens["opens"] == "2025-11-08"
    assert whens["show a rise in unemployment"] == "2025-11-03"
    assert whens["closed the library"] == "2025-11-03"


def test_a_headline_placed_in_a_country_takes_the_nearer_place_of_its_lead(nlp) -> None:
    text = ("Verstappen wins in Brazil\n\n"
            "Max Verstappen won the Sao Paulo Grand Prix at Interlagos on Sunday, ahead of Lando Norris.\n")
    events = _events(nlp, text, title="Verstappen wins in Brazil", published="2025-11-06")
    head = next(e for e in events if e.trigger.text == "wins")
    assert ([r.text for r in head.where], head.when.date) == (["Interlagos"], "2025-11-02")


def test_a_place_phrase_stops_before_the_larger_place_it_lies_in(nlp) -> None:
    text = "A strong earthquake struck near the city of Malatya in eastern Turkey early on Monday."
    ev = _events(nlp, text, published="2025-11-06")[0]
    assert [r.text for r in ev.where] == ["the city of Malatya"]


def test_a_headline_verb_the_tagger_missed_is_the_verb_its_lead_uses(nlp) -> None:
    title = "Police clear protest camp at Berlin university"
    text = (f"{title}\n\n"
            "German police on Thursday cleared a protest camp outside the main building of the university, "
            "detaining 35 people.\n")
    head = [e for e in _events(nlp, text, title=title, published="2025-11-06") if e.trigger.start < len(title)]
    assert [([r.text for r in e.who], e.trigger.text, e.what.text) for e in head] == [
        (["German police"], "clear", "clear protest camp at Berlin university")]


def test_a_subject_the_parser_split_in_two_is_one_phrase(nlp) -> None:
    text = "A magnitude 6.1 earthquake struck near the city of Malatya early on Monday."
    ev = _events(nlp, text, published="2025-11-06")[0]
    assert [r.text for r in ev.who] == ["A magnitude 6.1 earthquake"]


def test_a_name_in_apposition_to_the_subject_is_part_of_who(nlp) -> None:
    text = "Germany's biggest union, Verdi, called a strike at six airports."
    ev = _events(nlp, text)[0]
    assert [r.text for r in ev.who] == ["Germany's biggest union, Verdi"]


def test_a_question_s_wh_word_is_no_actor_and_a_state_verb_no_event(nlp) -> None:
    text = ("Police have not said what caused the fire. "
            "Firefighters fought the blaze at the Victoria Mill, which had stood empty for years.")
    triggers = sorted(e.trigger.text for e in _events(nlp, text))
    assert triggers == ["fought"]


def test_a_headline_describing_its_place_takes_the_name_its_lead_gives(nlp) -> None:
    title = "Fire guts historic mill in Lancashire town"
    text = (f"{title}\n\n"
            "A fire that broke out on Wednesday night destroyed a cotton mill in the Lancashire town of Darwen, "
            "the fire service said on Thursday.\n")
    head = next(e for e in _events(nlp, text, title=title, published="2025-11-06") if e.trigger.text == "guts")
    assert ([r.text for r in head.where], head.when.date) == (["the Lancashire town of Darwen"], "2025-11-05")


def test_a_wire_credit_or_a_description_is_no_act(nlp) -> None:
    text = ("The agency urged both sides to spare the temple, which it describes as one of the finest "
            "of its age.\n\nAFP contributed to this report.\n")
    assert not {"describes", "contributed"} & {e.trigger.text for e in _events(nlp, text)}
