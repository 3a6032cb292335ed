"""Event classes of issue 10 found on wire-style stories written for the purpose (not tuned
on): datelines, headlines, passive voice, named facilities. The engine's whole path:
truecased parse, canonical entities, claims, events."""

from __future__ import annotations

import pytest

from tui.analysis.chunks import parse_one
from tui.analysis.engine import analyze_doc
from tui.analysis_model import Event
from tui.model import Article


def _events(nlp, body: str, title: str | None = None, published: str = "2025-06-11") -> list[Event]:
    text = f"{title}\n\n{body}\n" if title else body
    article = Article(text=text, title=title, published=published)
    return analyze_doc(parse_one(nlp, text), article, "test", "test").events


def _by_trigger(events: list[Event], trigger: str) -> Event:
    return next(e for e in events if e.trigger.text == trigger)


def test_a_time_between_the_verb_and_its_argument_does_not_cut_the_argument_off(nlp) -> None:
    board = _events(nlp, "The county board will vote on Tuesday on a proposal to raise bus fares.")
    ruled = _events(nlp, "The regulator ruled on Friday against the merger of the two airlines.")
    shifted = _events(nlp, "The government announced on Monday a ban on disposable vapes.")
    assert [_by_trigger(board, "vote").what.text, _by_trigger(ruled, "ruled").what.text,
            _by_trigger(shifted, "announced").what.text] == [
        "will vote on Tuesday on a proposal to raise bus fares",
        "ruled on Friday against the merger of the two airlines",
        "announced on Monday a ban on disposable vapes"]
    walked = _events(nlp, "Dock workers walked out on Monday in a dispute over pay.")  # a particle is no bare verb
    assert _by_trigger(walked, "walked").what.text == "walked out"


def test_a_passive_s_agent_is_who_without_the_clause_s_circumstances(nlp) -> None:
    title = "Mayor ousted by council over expenses row"
    ousted = _by_trigger(_events(nlp, "The mayor of Leeds was removed from office on Tuesday.", title), "ousted")
    stopped = _by_trigger(_events(nlp, "The driver was stopped by police in Leeds on Monday."), "stopped")
    cleared = _by_trigger(_events(nlp, "The founder was cleared of fraud by a jury at Southwark Crown Court on Thursday."),
                          "cleared")
    assert [([r.text for r in e.who], [r.text for r in e.whom], e.what.text) for e in (ousted, stopped, cleared)] == [
        (["council"], ["Mayor"], "ousted by council"),
        (["police"], ["The driver"], "was stopped by police"),
        (["a jury"], ["The founder"], "was cleared of fraud by a jury")]
    assert [r.text for r in stopped.where] == ["Leeds"]
    assert [r.text for r in cleared.where] == ["Southwark Crown Court"]


def test_a_by_phrase_on_a_passive_s_infinitive_is_its_agent_but_a_means_is_not(nlp) -> None:
    forced = _by_trigger(_events(nlp, "Prime Minister Lars Holm was forced to resign on Wednesday by a rebellion in "
                                      "his own party."), "forced")
    means = _by_trigger(_events(nlp, "The patients were forced to travel by bus."), "forced")
    assert ([r.text for r in forced.who], [r.text for r in forced.whom]) == (
        ["a rebellion in his own party"], ["Prime Minister Lars Holm"])
    assert ([r.text for r in means.who], means.whom) == (["The patients"], [])


def test_an_agent_with_a_relative_clause_ends_before_it(nlp) -> None:
    ev = _by_trigger(_events(nlp, "The mayor was removed from office by the city council, which met in the town hall."),
                     "removed")
    assert ([r.text for r in ev.who], ev.what.text) == (["the city council"], "was removed from office by the city council")


def test_a_headline_s_actor_is_shown_as_its_lead_names_it_in_full(nlp) -> None:
    record = _events(nlp, "Kenyan runner Daniel Okonjo broke the 10,000 metres world record on Thursday.",
                     "Okonjo smashes world record in Oslo")
    bar = _events(nlp, "The makers of Toblerone changed the shape of the bar on Tuesday.", "Toblerone changes shape")
    assert [r.text for r in _by_trigger(record, "smashes").who] == ["Kenyan runner Daniel Okonjo"]
    assert [r.text for r in _by_trigger(bar, "changes").who] == ["Toblerone"]  # the makers are others


def test_a_headline_s_city_gives_way_to_the_building_its_lead_names(nlp) -> None:
    events = _events(nlp, "Kenyan runner Daniel Okonjo broke the world record at the Hallvard Stadium on Thursday.",
                     "Okonjo smashes world record in Oslo")
    kept = _events(nlp, "Kenyan runner Daniel Okonjo broke the world record on Thursday.",
                   "Okonjo smashes world record in Oslo")
    assert [r.text for r in _by_trigger(events, "smashes").where] == ["the Hallvard Stadium"]
    assert [r.text for r in _by_trigger(kept, "smashes").where] == ["Oslo"]


def test_a_name_before_a_works_or_venue_noun_is_a_site_however_tagged(nlp) -> None:
    # "Ahoy" parsed as an adjective; "plant" and "factory" are facility nouns (place_scale.txt)
    meeting = _events(nlp, "Shareholders approved the takeover on Wednesday at the annual meeting at the Ahoy "
                           "convention centre.")
    strike = _events(nlp, "Workers walked out on Monday at the Dunmore car plant.")
    assert [[r.text for r in e[0].where] for e in (meeting, strike)] == [
        ["the Ahoy convention centre"], ["the Dunmore car plant"]]


def test_a_past_tense_the_parser_took_for_a_participle_on_a_loose_noun_is_an_event(nlp) -> None:
    events = _events(nlp, "LIMA, Peru (AP) \u2014 A landslide buried at least 20 homes in the mountain town of Huaraz "
                          "early on Saturday, killing three people, officials said.", published="2025-02-16")
    buried = _by_trigger(events, "buried")
    assert ([r.text for r in buried.who], [r.text for r in buried.where], buried.when.date) == (
        ["A landslide"], ["the mountain town of Huaraz"], "2025-02-15")


def test_a_bare_count_names_no_actor_and_gives_way_to_the_clause_that_does(nlp) -> None:
    events = _events(nlp, "A tornado tore through the town of Moore, Oklahoma, late on Sunday, killing three people.",
                     "Three killed as tornado hits Oklahoma town")
    assert [(e.trigger.text, [r.text for r in e.who]) for e in events[:2]] == [
        ("hits", ["tornado"]), ("killed", ["Three"])]


def test_a_place_in_a_clause_of_time_or_circumstance_is_not_the_event_s(nlp) -> None:
    events = _events(nlp, "A Nasa spacecraft touched down on the asteroid Bennu on Wednesday, hours after engineers at "
                          "the Jet Propulsion Laboratory in Pasadena sent the final commands.")
    assert _by_trigger(events, "touched").where == []


def test_a_participle_going_on_with_the_event_places_it(nlp) -> None:
    cup = _events(nlp, "Rovers won the cup on Saturday, beating United 2-1 at Wembley Stadium.")
    record = _events(nlp, "Daniel Okonjo broke the world record on Thursday, clocking 26 minutes at the Hallvard "
                          "Stadium in front of a sellout crowd.")
    assert [r.text for r in _by_trigger(cup, "won").where] == ["Wembley Stadium"]
    assert [r.text for r in _by_trigger(record, "broke").where] == ["Hallvard Stadium"]


def test_a_calendar_day_dates_the_event_before_a_time_counted_from_another(nlp) -> None:
    events = _events(nlp, "An unmanned rocket exploded two minutes after lift-off from the Kourou space centre on Sunday.",
                     published="2025-07-07")
    only = _events(nlp, "The rocket exploded two minutes after lift-off.", published="2025-07-07")
    assert (_by_trigger(events, "exploded").when.text, _by_trigger(events, "exploded").when.date) == ("Sunday", "2025-07-06")
    assert _by_trigger(only, "exploded").when.text == "two minutes after lift-off"


def test_a_site_on_the_actor_places_the_event(nlp) -> None:
    nurses = _events(nlp, "Nurses at St Mary's Hospital in Leeds walked out on Friday over pay.")
    dockers = _events(nlp, "Dock workers at the Port of Hamburg walked out on Monday.")
    assert [[r.text for r in _by_trigger(e, "walked").where] for e in (nurses, dockers)] == [
        ["St Mary's Hospital"], ["the Port of Hamburg"]]


def test_of_lead_clauses_telling_as_much_of_the_headline_the_one_with_its_verb_retells_it(nlp) -> None:
    events = _events(nlp, "A man who robbed three banks with a replica gun was jailed for 12 years on Friday at Bristol "
                          "Crown Court.", "Bank robber jailed for 12 years", published="2025-04-26")
    head = events[0]
    assert (head.trigger.start, [r.text for r in head.where], head.when.date) == (
        12, ["Bristol Crown Court"], "2025-04-25")


def test_a_passive_keeps_its_argument_and_term_but_not_its_place_time_or_reason(nlp) -> None:
    jailed = _events(nlp, "A man who robbed three banks was jailed for 12 years on Friday at Bristol Crown Court.")
    angry = _events(nlp, "Shoppers were angered over the new price of the chocolate bar.")
    arrested = _events(nlp, "Two men were arrested in Essex on Tuesday.")
    assert [_by_trigger(jailed, "jailed").what.text, _by_trigger(angry, "angered").what.text,
            _by_trigger(arrested, "arrested").what.text] == ["was jailed for 12 years", "were angered", "were arrested"]


def test_the_clause_s_own_place_beats_a_site_on_its_actor(nlp) -> None:
    doctors = _events(nlp, "Doctors at Leeds General Infirmary travelled to London on Monday to protest.")
    staged = _events(nlp, "Engineers at the Dunmore car plant staged a protest outside Parliament House on Friday.")
    nurses = _events(nlp, "Nurses at St Mary's Hospital walked out on Monday.")
    assert [[r.text for r in _by_trigger(doctors, "travelled").where], [r.text for r in _by_trigger(staged, "staged").where],
            [r.text for r in _by_trigger(nurses, "walked").where]] == [
        ["London"], ["Parliament House"], ["St Mary's Hospital"]]


def test_a_time_limit_on_a_passive_s_infinitive_is_no_agent(nlp) -> None:
    deadline = _by_trigger(_events(nlp, "The firm was required to file its accounts by the deadline."), "required")
    month = _by_trigger(_events(nlp, "The company was forced to close by the end of the month."), "forced")
    backbench = _by_trigger(_events(nlp, "The minister was forced to resign by angry backbenchers."), "forced")
    assert [([r.text for r in e.who], [r.text for r in e.whom]) for e in (deadline, month, backbench)] == [
        (["The firm"], []), (["The company"], []), (["angry backbenchers"], ["The minister"])]


def test_a_time_in_a_relative_clause_on_the_actor_is_not_the_actions(nlp) -> None:
    events = _events(nlp, "Kellner, who resigned in March, returned to the board.")
    assert _by_trigger(events, "returned").when is None
    assert _by_trigger(events, "resigned").when.text == "March"


def test_an_action_in_a_relative_clause_does_not_take_the_main_clauses_time(nlp) -> None:
    events = _events(nlp, "The judge read out the verdict. A clerk who took $80,000 from a parks fund was sentenced on Friday.",
                     title="Clerk sentenced")
    assert _by_trigger(events, "sentenced").when.text == "Friday"
    assert _by_trigger(events, "took").when is None


def test_a_time_in_a_relative_clause_further_down_still_dates_the_action(nlp) -> None:
    events = _events(nlp, "The Hawks won 3-2 after a match that was delayed by rain and ended at midnight on Saturday.")
    assert _by_trigger(events, "won").when.text == "midnight on Saturday"


def test_a_headline_is_retold_by_the_leads_main_clause_not_by_a_relative_clause_on_its_words(nlp) -> None:
    events = _events(nlp, "A storm that formed on Sunday flooded streets across the city on Tuesday, officials said.",
                     title="Storm hits coast")
    assert _by_trigger(events, "hits").when.text == "Tuesday"
    assert _by_trigger(events, "formed").when.text == "Sunday"


@pytest.mark.parametrize(("body", "main", "relative", "day"), [
    ("Kellner, who resigned on Monday, returned to the board.", "returned", "resigned", "Monday"),
    ("Police arrested a man, who was released on Friday.", "arrested", "released", "Friday"),
])
def test_a_recent_time_in_a_relative_clause_of_the_first_sentence_is_not_lent_to_its_main_clause(nlp, body, main, relative, day) -> None:
    events = _events(nlp, body)
    assert _by_trigger(events, main).when is None
    assert _by_trigger(events, relative).when.text == day


def test_an_organisation_on_the_actor_is_no_place_but_a_named_facility_is(nlp) -> None:
    events = _events(nlp, "Engineers at Westbay Council finished repairing the bridge on Friday. "
                          "Nurses at St Mary's Hospital walked out on Monday.", title="Bridge repaired")
    assert _by_trigger(events, "finished").where == []
    assert [r.text for r in _by_trigger(events, "walked").where] == ["St Mary's Hospital"]
