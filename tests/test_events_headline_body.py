"""Event classes of the second tester's round, on stories written for the purpose: a headline
verb read by the verb the body tells it with, a lead sentence the parser found no verb in.
The engine's whole path: truecased parse, canonical entities, claims, events."""

from __future__ import annotations

import pytest

from tui.analysis.chunks import parse_one
from tui.analysis.engine import analyze_doc
from tui.analysis_model import Event
from tui.model import Article


def _events(nlp, title: str, body: str, published: str = "2025-03-14") -> list[Event]:
    text = f"{title}\n\n{body}\n"
    article = Article(text=text, title=title, published=published)
    return analyze_doc(parse_one(nlp, text), article, "test", "test").events


def _headline(nlp, title: str, body: str) -> list[tuple[str, str]]:
    return [(" ".join(r.text for r in e.who), e.what.text)
            for e in sorted(_events(nlp, title, body), key=lambda e: e.trigger.start) if e.trigger.start < len(title)]


@pytest.mark.parametrize(("title", "body", "want"), [
    ("Museum returns stolen mask to Peru",
     "The Dunmore Museum returned a carved wooden mask to Peru on Tuesday.",
     [("The Dunmore Museum", "returns stolen mask to Peru")]),
    ("Mayor Ellen Sato Signs Transit Bill Into Law",
     "Mayor Ellen Sato signed the transit bill on Thursday after months of debate.",
     [("Mayor Ellen Sato", "Signs Transit Bill")]),
    ("Bishop Anton Weller Apologises To Former Pupils",
     "Bishop Anton Weller apologised to former pupils of St Jude's School on Sunday.",
     [("Bishop Anton Weller", "Apologises To Former Pupils")]),
    ("Peace talks resume in Doha as fighting spreads",
     "Delegations resumed peace talks in Doha on Monday while fighting spread to two more provinces.",
     [("Peace talks", "resume in Doha")]),
    ("Police name man charged with murder",
     "Police named the man charged with the murder of a pensioner in Hull on Monday.",
     [("Police", "name man charged with murder")]),
    ("Flu cases rise in Ohio as clinics extend hours",
     "Flu cases in Ohio rose to 2,300 this week, and several clinics extended their opening hours.",
     [("Flu cases in Ohio", "rise in Ohio"), ("clinics", "extend hours")]),
])
def test_a_headline_verb_is_the_word_the_body_tells_it_with(nlp, title, body, want) -> None:
    assert _headline(nlp, title, body) == want


@pytest.mark.parametrize(("title", "body", "want"), [
    # the body's verb is not a word of the headline: the parser's reading stands
    ("Storm damage forces road closures",
     "Storm damage forced the closure of three roads on Tuesday, and crews damaged a bridge.",
     [("Storm damage", "forces road closures")]),
    ("Oil prices fall as demand weakens",
     "Oil prices fell on Monday as demand weakened in China.",
     [("Oil prices", "fall"), ("demand", "weakens")]),
    ("Harbour bridge to close for repairs",
     "The harbour bridge will close for repairs in May, the council said.",
     [("Harbour bridge", "to close for repairs")]),
])
def test_a_headline_verb_the_parser_found_stands(nlp, title, body, want) -> None:
    assert _headline(nlp, title, body) == want


@pytest.mark.parametrize(("body", "who", "what"), [
    ("Hartley Rovers sacked coach Dan Mills on Sunday, two days after a 4-1 loss.", "Hartley Rovers",
     "sacked coach Dan Mills"),
    ("Westbrook Athletic appointed manager Sara Lind on Monday, a week after the club's relegation.",
     "Westbrook Athletic", "appointed manager Sara Lind"),
])
def test_a_lead_without_a_verb_in_the_parse_has_its_event_first(nlp, body, who, what) -> None:
    top = _events(nlp, "Club news", body + " The club was founded in 1901.")[0]
    assert (" ".join(r.text for r in top.who), top.what.text) == (who, what)


def test_a_participle_after_a_determiner_stays_a_modifier(nlp) -> None:
    events = _events(nlp, "Club news", "The sacked manager Dan Mills, a fan favourite. The club thanked him.")
    assert [e.what.text for e in events] == ["thanked him"]


def _whos(nlp, body: str) -> dict[str, list[str]]:
    return {e.trigger.text: [r.text for r in e.who] for e in _events(nlp, "Round-up", body)}


@pytest.mark.parametrize(("body", "verb", "who"), [
    ("Delegates from Chile and Peru signed a fishing accord on Tuesday.", "signed", ["Delegates from Chile and Peru"]),
    ("The Bureau of Alcohol, Tobacco and Firearms seized 40 rifles in Ohio.", "seized",
     ["The Bureau of Alcohol, Tobacco and Firearms"]),
    ("Marsh & McLennan bought a Dutch broker on Monday.", "bought", ["Marsh & McLennan"]),
    ("Police in Leeds and Bradford arrested nine men.", "arrested", ["Police in Leeds and Bradford"]),
])
def test_an_and_inside_a_name_or_a_dependent_joins_no_two_actors(nlp, body, verb, who) -> None:
    assert _whos(nlp, body)[verb] == who


@pytest.mark.parametrize(("body", "verb", "who"), [
    ("Chile and Peru signed a fishing accord on Tuesday.", "signed", ["Chile and Peru"]),
    ("Rescuers and volunteers searched the hillside on Monday.", "searched", ["Rescuers and volunteers"]),
    ("Marsh and Aon both raised their forecasts.", "raised", ["Marsh and Aon"]),
])
def test_actors_joined_by_and_are_one_phrase(nlp, body, verb, who) -> None:
    # the whole subject, as the sentence names it; the parser's split of the first conjunct
    # ("Chile | and Peru") is mended
    assert _whos(nlp, body)[verb] == who


def test_what_the_lead_reports_is_the_story_not_a_later_action(nlp) -> None:
    body = ("Harwick Foods said on Tuesday that its quarterly profit fell 18 percent. "
            "A rival, Dunmore Brands, bought a bakery chain in May. "
            "Shares in Harwick closed lower.")
    top = _events(nlp, "Figures from the food trade", body)[0]
    assert top.what.text == "fell"


def test_what_a_later_sentence_reports_stays_behind_the_actions(nlp) -> None:
    body = ("Harwick Foods bought a bakery chain on Tuesday. "
            "A rival, Dunmore Brands, opened two plants in May. "
            "An analyst said that the deal would raise prices.")
    events = _events(nlp, "Food company buys bakery chain", body)
    assert events[-1].what.text == "would raise prices"


STORY = 0.56  # tui.analysis_model.STORY_SALIENCE


def _salience(nlp, title: str, body: str) -> dict[str, float]:
    return {e.what.text: e.salience for e in _events(nlp, title, body)}


@pytest.mark.parametrize(("body", "what"), [
    ("Chemists in Oslo isolated a fungus that eats polystyrene on Monday.", "eats polystyrene"),
    ("Senator Rhoda Kell, who drafted the measure, praised the vote on Friday.", "drafted the measure"),
    ("The council approved a plan on Tuesday that caps rents in the old town.", "caps rents in the old town"),
    ("Coach Ivo Marsh had a 41-12 record in three seasons.", "had a 41-12 record"),
    ("Divers found a wreck that holds Roman coins off Malta on Monday.", "holds Roman coins"),
])
def test_what_tells_more_of_a_participant_is_behind_show_all(nlp, body, what) -> None:
    assert _salience(nlp, "Round-up", body)[what] < STORY


@pytest.mark.parametrize(("body", "what"), [
    ("Police named the man who has been charged with the murder on Monday.", "has been charged with the murder"),
    ("The boy, who fell into a well on Sunday, was rescued on Monday.", "fell into a well"),
    ("Rangers had talks with the club on Monday about a transfer.", "had talks with the club"),
])
def test_a_dated_or_perfect_relative_clause_or_an_act_with_have_may_be_the_story(nlp, body, what) -> None:
    assert _salience(nlp, "Round-up", body)[what] >= STORY


def test_a_headline_relative_clause_is_behind_the_headline_verb(nlp) -> None:
    sal = _salience(nlp, "Divers Find Wreck That Holds Roman Coins",
                    "Divers from Valletta found a wreck off Malta on Monday. It holds Roman coins.")
    assert sal["Holds Roman Coins"] < STORY <= sal["Find Wreck"]


def _whats(nlp, body: str) -> list[str]:
    return sorted(e.what.text for e in _events(nlp, "Round-up", body))


@pytest.mark.parametrize("body", [
    "The mayor's spokesman declined to comment.",
    "The union refused to say how many members voted.",
    "Chief analyst Ruth Moe said Spain and Greece were most exposed.",
    'The party said it was "proud to serve".',
    "Officials said the bridge was too damaged to repair.",
])
def test_a_refusal_a_question_or_a_graded_state_is_no_event(nlp, body) -> None:
    assert _whats(nlp, body) == []


@pytest.mark.parametrize(("body", "whats"), [
    ("The plan was strongly criticised by the union on Monday.", ["was strongly criticised by the union"]),
    ("The prisoner was able to escape through a window.", ["was able to escape through a window"]),
    ("The council declined the offer on Friday.", ["declined the offer"]),
    ("Workers were exposed to asbestos at the plant.", ["were exposed to asbestos at the plant"]),
    ("Two men were earlier charged with theft.", ["were earlier charged with theft"]),
    ("The minister was quick to condemn the attack.", ["was quick to condemn the attack"]),
])
def test_an_act_in_the_passive_or_an_ability_stays_an_event(nlp, body, whats) -> None:
    assert _whats(nlp, body) == whats


def _when(nlp, body: str, published: str) -> dict[str, str | None]:
    return {e.what.text: e.when.date if e.when else None for e in _events(nlp, "Round-up", body, published)}


@pytest.mark.parametrize(("body", "what", "date"), [
    ("Snow is forecast for Friday in the Alps.", "is forecast for Friday", "2024-07-26"),
    ("The trial was postponed until March.", "was postponed", "2025-03"),
    ("The vote was delayed to September.", "was delayed", "2024-09"),
    ("The agency will test the drug in Leeds next spring.", "will test the drug", "2025"),
    ("Museums will open their doors every Sunday in October.", "will open their doors", "2024-10"),
    ("The road was closed until June.", "was closed", "2024-06"),  # how long, in the past
    ("The vote was delayed until Monday, when it passed.", "was delayed", "2024-07-22"),  # it came
    ("The shop was raided every day last week.", "was raided", "2024-W29"),
    ("Snow fell on Friday in the Alps.", "fell", "2024-07-19"),
])
def test_a_forecast_a_deferral_a_season_and_a_recurring_day_are_dated(nlp, body, what, date) -> None:
    assert _when(nlp, body, "2024-07-23")[what] == date  # a Tuesday


@pytest.mark.parametrize(("body", "what", "date"), [
    ("Body text. A 19-year-old man has been charged with assault after a woman was attacked on Sunday.",
     "has been charged with assault", None),
    ("Body text. The council closed the pool after inspectors found cracks on Monday.", "closed the pool", None),
    ("Body text. The council closed the pool on Monday after inspectors found cracks.", "closed the pool", "2024-07-22"),
])
def test_a_time_in_a_clause_under_the_verb_is_that_clause_s(nlp, body, what, date) -> None:
    assert _when(nlp, body, "2024-07-23")[what] == date


def _wheres(nlp, title: str, body: str) -> dict[str, list[str]]:
    return {e.what.text: [r.text for r in e.where] for e in _events(nlp, title, body)}


@pytest.mark.parametrize(("title", "body", "what", "where"), [
    # a later sentence places it when the first names no place
    ("Factory fire forces evacuation",
     "A fire forced 200 workers to flee a factory on Tuesday. The blaze broke out at a plant in Dundee.",
     "forces evacuation", ["Dundee"]),
    # a place name on a noun of the lead places it too ("its UK stores")
    ("Grocer shuts stores", "Halberd Foods shut 40 of its UK stores on Tuesday.", "shuts stores", ["UK"]),
    # nor a place that only modifies a noun in the first sentence
    ("IMF cuts growth forecast",
     "The IMF cut its global growth forecast on Tuesday, warning that higher Chinese tariffs would hurt trade.",
     "cuts growth forecast", []),
    # the first sentence's place still places it
    ("Storm floods homes",
     "A storm flooded 300 homes in Galway on Tuesday. Insurers in London said claims would rise.",
     "floods homes", ["Galway"]),
])
def test_a_headline_takes_its_place_from_the_first_sentence_first(nlp, title, body, what, where) -> None:
    assert _wheres(nlp, title, body)[what] == where


@pytest.mark.parametrize(("body", "what", "where"), [
    ("Rescue teams from Ullapool had joined the search.", "had joined the search", []),
    ("Paris police arrested two men on Sunday.", "arrested two men", ["Paris"]),
    ("She was hired by a bank that once had offices in Geneva.", "was hired by a bank", []),
    ("Police arrested a man carrying a knife in Leeds.", "arrested a man carrying a knife in Leeds", ["Leeds"]),
    ("Police stopped a van carrying stolen goods in Luton.", "stopped a van carrying stolen goods in Luton", ["Luton"]),
    ("She won a prize on Monday for a survey that mapped reefs in the Red Sea.", "won a prize", []),
    ("The Boston Celtics beat the Lakers in Los Angeles on Monday.", "beat the Lakers", ["Los Angeles"]),
])
def test_a_place_of_an_origin_or_a_noun_s_clause_is_not_the_event_s(nlp, body, what, where) -> None:
    assert _wheres(nlp, "Round-up", body)[what] == where


@pytest.mark.parametrize(("body", "what", "who"), [
    ("The housing plan was approved by 31 votes to 9 on Monday.", "was approved by 31 votes", ["The housing plan"]),
    ("Fares were cut by 5 percent.", "were cut by 5 percent", ["Fares"]),
    ("The convoy was attacked by 30 gunmen near Kabul.", "was attacked by 30 gunmen", ["30 gunmen"]),
    ("The motion was backed by 40 councillors on Monday.", "was backed by 40 councillors", ["40 councillors"]),
])
def test_a_margin_after_by_is_no_agent(nlp, body, what, who) -> None:
    events = {e.what.text: [r.text for r in e.who] for e in _events(nlp, "Round-up", body)}
    assert events[what] == who


def test_a_during_phrase_places_the_event(nlp) -> None:
    assert _wheres(nlp, "Round-up", "The mayor spoke during a rally in Leeds on Sunday.")["spoke"] == ["Leeds"]
    assert _wheres(nlp, "Round-up", "The mayor resigned after a rally in Leeds on Sunday.")["resigned"] == []


def test_a_clause_on_a_time_is_dated_by_it_and_may_be_the_story(nlp) -> None:
    sal = _salience(nlp, "Round-up", "Body text. The vote was delayed until Monday, when it finally passed. "
                    "The mayor, who drafted the bill, resigned on Friday.")
    assert sal["finally passed"] > sal["drafted the bill"]
