"""Event classes where the parse or the entity types fail a story's main event: a sentence the
parser rooted on its subject noun, a headline in British plural agreement, a headline's place
the model typed as something else, and a headline's place lent from a sentence of another
event. Sentences written for the purpose; exact expected values."""

from __future__ import annotations

from tui.analysis.chunks import parse_one
from tui.analysis.engine import analyze_doc
from tui.analysis_model import Event
from tui.model import Article


def _events(nlp, body: str, published: str | None = "2026-03-04", title: str | None = None) -> list[Event]:
    text = f"{title}\n\n{body}" if title else body
    return analyze_doc(parse_one(nlp, text), Article(text=text, title=title, published=published), "test", "test").events


def _told(events: list[Event]) -> list[tuple[str, str, str | None, str | None]]:
    """(who, what, when, where) of each event, in text order."""
    return [(" | ".join(r.text for r in e.who), e.what.text, e.when.text if e.when else None,
             " | ".join(r.text for r in e.where) or None) for e in sorted(events, key=lambda e: e.what.start)]


# --- a sentence the parser rooted on its subject noun ------------------------------------------

def test_a_past_the_parser_hung_on_the_opening_noun_is_the_sentence_s_verb(nlp) -> None:
    assert _told(_events(nlp, "The bridge reopened on Monday after engineers inspected it.")) == [
        ("The bridge", "reopened", "Monday", None), ("engineers", "inspected it", None, None)]
    assert _told(_events(nlp, "The yen weakened in Singapore on Wednesday. Traders cited comments by the "
                              "central bank.", title="Currency markets")) == [
        ("The yen", "weakened in Singapore", "Wednesday", "Singapore"),
        ("Traders", "cited comments by the central bank", None, None)]
    assert _told(_events(nlp, "Shares edged higher in Frankfurt on Friday. Banks led the gains.", title="Markets")) == [
        ("Shares", "edged higher in Frankfurt", "Friday", "Frankfurt"), ("Banks", "led the gains", None, None)]
    # a paragraph of its own: the parser's sentence ends in the line break after the full stop
    assert _told(_events(nlp, "The shilling steadied in Nairobi on Wednesday.\n\nDealers cited the central bank.",
                         title="Currency markets")) == [
        ("The shilling", "steadied in Nairobi", "Wednesday", "Nairobi"), ("Dealers", "cited the central bank", None, None)]


def test_a_participle_modifying_a_noun_stays_a_modifier(nlp) -> None:
    # with an agent (a caption's participle), under a sentence's own verb, or on a noun inside a phrase
    assert _told(_events(nlp, "The bridge damaged by the flood on Monday. Repairs start soon.", title="Town news")) \
        == [("Repairs", "start soon", None, None)]
    assert _told(_events(nlp, "The bridge reopened on Monday is the oldest in the city.", title="Town news")) == []
    assert _told(_events(nlp, "A list of the roads closed on Monday. Drivers should check before travelling.",
                         title="Town news")) == [("Drivers", "should check", None, None)]


# --- a headline's place lent from the lead ------------------------------------------------------

def _headline(nlp, title: str, body: str) -> tuple[str, str | None]:
    ev = next(e for e in _events(nlp, body, title=title) if e.sentence == 0)
    return ev.what.text, " | ".join(r.text for r in ev.where) or None


def test_a_headline_takes_no_place_from_a_thing_acting_in_another_event(nlp) -> None:
    assert _headline(nlp, "EU ministers agree deal on migrant quotas",
                     "European interior ministers agreed on Tuesday to share responsibility for asylum seekers. "
                     "The talks had stalled for months. A separate protest in Vienna drew hundreds of people.") == (
        "agree deal on migrant quotas", None)
    assert _headline(nlp, "Wheat prices climb to two-year high",
                     "Wheat prices rose sharply on Monday as traders worried about supply. A drought in Kansas "
                     "has cut yields this season, farmers said.") == ("climb", None)
    assert _headline(nlp, "Bank raises interest rates", "The central bank raised its main rate to 5 percent on "
                     "Thursday. A fire in Berlin destroyed a warehouse.") == ("raises interest rates", None)


def test_a_headline_still_takes_the_place_of_people_or_of_its_own_event(nlp) -> None:
    # people at a place are of the story's scene; a clause sharing the headline's words retells it
    assert _headline(nlp, "Flood warning issued for east coast", "Forecasters warned of heavy rain on Sunday. "
                     "Families in Chicago were moved to a sports hall.") == (
        "Flood warning issued for east coast", "Chicago")
    assert _headline(nlp, "Ministers agree climate deal", "Environment ministers agreed on Tuesday to cut emissions "
                     "by half. Protesters in Brussels welcomed the deal.") == ("agree climate deal", "Brussels")
    assert _headline(nlp, "Police arrest man over stabbing", "A man was stabbed on Friday night. Police in Leeds "
                     "arrested a 24-year-old on Saturday.") == ("arrest man", "Leeds")
    # a thing acting in a sentence that shares the headline's words is of its story
    assert _headline(nlp, "Storm kills three", "A tornado in Oklahoma flattened dozens of homes on Sunday, killing "
                     "three people.") == ("kills three", "Oklahoma")
    assert _headline(nlp, "Fire destroys warehouse", "A blaze in Sheffield gutted a furniture store on Monday, destroying "
                     "its warehouse.")[1] == "Sheffield"


# --- a headline's place the model typed as something else -----------------------------------------

def test_a_name_a_force_of_nature_hits_is_where(nlp) -> None:
    # York typed an organisation, Kobe and Brighton people; Beirut a place acted on
    assert _headline(nlp, "Flooding hits York", "Heavy rain flooded streets in York on Saturday. Hundreds of homes "
                     "in York were evacuated.") == ("hits York", "York")
    assert _headline(nlp, "Earthquake strikes Kobe", "A strong earthquake struck Kobe on Friday morning, damaging "
                     "buildings. There were no reports of deaths in Kobe.") == ("strikes Kobe", "Kobe")
    assert _headline(nlp, "Storm batters Brighton", "Waves smashed the seafront in Brighton on Sunday as the storm "
                     "arrived.") == ("batters Brighton", "Brighton")
    assert _headline(nlp, "Explosion rocks Beirut", "A huge explosion in Beirut's port on Tuesday killed dozens of "
                     "people.") == ("rocks Beirut", "Beirut")


def test_a_party_hit_by_a_party_is_no_where(nlp) -> None:
    assert _headline(nlp, "Trump hits China with new tariffs", "President Donald Trump imposed new tariffs on Chinese "
                     "goods on Friday.") == ("hits China", None)
    assert _headline(nlp, "Germany hit France with tariffs", "Germany imposed tariffs on French wine on Monday.") == (
        "hit France", None)
    assert _headline(nlp, "Strike hits Ryanair", "Pilots at Ryanair walked out on Friday, cancelling 200 flights.") == (
        "hits Ryanair", None)
    # a firm hit and put after "in" that the article makes speak is no place
    assert _headline(nlp, "Losses hit Barclays", "Heavy trading losses hit Barclays on Monday. Shares in Barclays fell "
                     "6% in London. Barclays said it would cut costs.") == ("hit Barclays", "London")
    assert _headline(nlp, "Tariffs hit Toyota", "New tariffs hit Toyota on Friday, as investors sold shares in Toyota "
                     "in Tokyo. Toyota said it was studying the rules.") == ("hit Toyota", "Tokyo")


# --- a headline in British plural agreement ------------------------------------------------------

def _title_events(nlp, title: str, body: str) -> list[tuple[str, str]]:
    return [(" | ".join(r.text for r in e.who), e.what.text) for e in _events(nlp, body, title=title)
            if e.sentence == 0]


def test_a_club_or_council_in_the_plural_acts_in_the_headline(nlp) -> None:
    # a verb that is no noun; one opening its object with an adjective; one after a name the lead makes act
    assert _title_events(nlp, "Everton appoint Silva as manager", "Everton have named Rui Silva as their new head "
                         "coach on a three-year contract.") == [("Everton", "appoint Silva")]
    assert _title_events(nlp, "United sign striker", "Newcastle United completed the transfer of Brazilian forward "
                         "Lucas Mota on Friday.") == [("Newcastle United", "sign striker")]
    assert _title_events(nlp, "Rangers sack manager after cup defeat", "Rangers dismissed Piet Dekker on Sunday.") \
        == [("Rangers", "sack manager")]
    assert _title_events(nlp, "Wolves sign new striker", "The Midlands club have completed a deal for Danish "
                         "forward Erik Lund.") == [("Wolves", "sign new striker")]
    assert _title_events(nlp, "Airline scrap six routes", "The carrier will drop the flights from next month, it said "
                         "on Tuesday.") == [("Airline", "scrap six routes")]


def test_a_noun_modifying_a_noun_in_a_headline_is_no_verb(nlp) -> None:
    assert _title_events(nlp, "Council tax rise", "Council tax will rise by 5 percent in April, the council said "
                         "on Monday.") == []
    assert _title_events(nlp, "Everton fan zone", "The fan zone outside Goodison Park will open on Saturday.") == []
    assert _title_events(nlp, "Premier League transfer news", "Chelsea are close to signing a Brazilian forward, "
                         "reports say.") == []
    assert _title_events(nlp, "Tesla price cuts", "Tesla lowered the price of its cars in China on Friday.") == []
    # a name the lead only says is something does not act
    assert _title_events(nlp, "Man United transfer news", "Manchester United are close to signing a Dutch defender, "
                         "sources said on Friday.") == []
    assert _title_events(nlp, "Leeds United injury update", "Leeds United are without three defenders for Saturday's "
                         "match.") == []
    # a headline with a verb the tagger saw keeps it
    assert _title_events(nlp, "Everton fan favourite Jones leaves club", "Midfielder Sam Jones has left Everton after "
                         "nine years, the club said.") == [("Everton fan favourite Jones", "leaves club")]
    assert _title_events(nlp, "Council budget 2026 approved", "Councillors approved the budget on Monday.") == [
        ("Council budget", "approved")]
