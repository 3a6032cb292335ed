"""Scraped page furniture (bylines with timestamps, photo captions) and whose time a time is:
the time of saying, a time inside a noun's modifier, a time that runs on into "after …", and
a dateline the parser makes the lead's subject. The engine's whole path on texts written for
these tests."""

from __future__ import annotations

import pytest

from tui.analysis.chunks import parse_one
from tui.analysis.dates import resolve_date
from tui.analysis.engine import analyze_doc
from tui.analysis.furniture import find_furniture
from tui.analysis_model import Event
from tui.model import Article


def _events(nlp, body: str, title: str | None = None, published: str = "2025-06-14") -> list[Event]:
    text = f"{title}\n\n{body}\n" if title else f"{body}\n"
    return analyze_doc(parse_one(nlp, text), Article(text=text, title=title, published=published),
                       "test", "test").events


def _by_trigger(events: list[Event], trigger: str) -> Event:
    return next(e for e in events if e.trigger.text == trigger)


def _when(ev: Event) -> tuple[str, str | None] | None:
    return (ev.when.text, ev.when.date) if ev.when else None


# --- page furniture --------------------------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("By RUTH OKAFOR FOR THE EVENING POST PUBLISHED: 08:40 BST, 3 June 2025 | UPDATED: 10:15 BST, 3 June 2025 "
     "Ferry crews walked out.",
     ["By RUTH OKAFOR FOR THE EVENING POST PUBLISHED: 08:40 BST, 3 June 2025 | UPDATED: 10:15 BST, 3 June 2025"]),
    ("Last updated: June 3, 2025 at 9:05 a.m. The ferry sailed late.", ["Last updated: June 3, 2025 at 9:05 a.m."]),
    ("The pier reopened. Pictured: volunteers painting the railings 'It looks new,' she said.",
     ["Pictured: volunteers painting the railings"]),
    ("The pier reopened.\nPhoto: the new railings.\nCrowds came.", ["Photo: the new railings."]),
])
def test_bylines_timestamps_and_captions_are_furniture(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in find_furniture(text)] == found


@pytest.mark.parametrize("text", [
    "The report was published on 3 June 2025 by the ferry company.",  # a verb of the story
    "The guidance, updated: in June 2025, tells crews to stay ashore.",  # no date with a day
    "Her memoir, Published Quietly, came out in 2025.",  # a title, no stamp
    "Investigators pictured the scene from the air.",  # a verb, no caption label
    "The pier reopened. He was pictured: smiling at the crowd.",  # the label after a word, not a sentence's end
])
def test_prose_is_no_furniture(text: str) -> None:
    assert find_furniture(text) == ()


def test_a_bylines_stamps_give_no_time_or_actor_and_a_caption_no_event(nlp) -> None:
    events = _events(nlp, "By RUTH OKAFOR PUBLISHED: 08:40 BST, 13 June 2025 | UPDATED: 10:15 BST, 14 June 2025 "
                          "A ferry operator cancelled all crossings to the islands on Thursday, the company said. "
                          "Pictured: passengers waiting at the terminal in Oban The strike is the third this year.")
    lead = _by_trigger(events, "cancelled")
    assert [r.text for r in lead.who] == ["A ferry operator"]
    assert _when(lead) == ("Thursday", "2025-06-12")
    assert not any(e.trigger.text in ("PUBLISHED", "UPDATED", "Pictured") for e in events)
    assert not any(e.when and "June 2025" in e.when.text for e in events)


def test_a_stamp_does_not_date_a_lead_without_a_time(nlp) -> None:
    events = _events(nlp, "By ANA LIMA PUBLISHED: 09:00 EDT, 12 June 2025 A bakery chain closed four shops in Leeds.")
    assert _when(_by_trigger(events, "closed")) is None


@pytest.mark.parametrize("words, iso", [
    ("14:05 EST, 10 April 2025", "2025-04-10"),
    ("9.30am on 3 May", "2025-05-03"),
    ("3 p.m. on June 7", "2025-06-07"),
    ("22:15, Friday 6 June 2025", "2025-06-06"),
])
def test_a_clocks_hour_is_never_the_day(words: str, iso: str) -> None:
    assert resolve_date(words, "2025-06-14") == iso


@pytest.mark.parametrize("words, iso", [
    ("June 14", "2025-06-14"),  # a day alone stays a day
    ("the 9th", "2025-06-09"),
    ("3 June", "2025-06-03"),
])
def test_a_day_without_a_clock_is_still_read(words: str, iso: str) -> None:
    assert resolve_date(words, "2025-06-14") == iso


# --- the time of saying ----------------------------------------------------------------------

@pytest.mark.parametrize("body, trigger, when", [
    ("Four hikers were rescued from a gorge on Tuesday evening, the coastguard said on Wednesday.",
     "rescued", ("Tuesday evening", "2025-06-10")),
    ("Two fishermen drowned in a squall on Thursday morning, harbour officials said on Monday.",
     "drowned", ("Thursday morning", "2025-06-12")),
    ("Three miners were trapped by a rockfall on Friday afternoon, the company said on Saturday.",
     "trapped", ("Friday afternoon", "2025-06-13")),
])
def test_a_reported_event_keeps_its_own_time_over_the_saying(nlp, body: str, trigger: str, when) -> None:
    assert _when(_by_trigger(_events(nlp, body), trigger)) == when


@pytest.mark.parametrize("body, trigger, when", [
    # no time of its own: the saying's is the nearest the story gives
    ("Four hikers were rescued from a gorge, the coastguard said on Wednesday.", "rescued", ("Wednesday", "2025-06-11")),
    ("The rail operator said on Monday it would cut 40 services.", "cut", ("Monday", "2025-06-09")),
    # a day and a part of the day the tagger typed apart are one time, not a day modifying a noun
    ("Crews restored power on Friday afternoon.", "restored", ("Friday afternoon", "2025-06-13")),
])
def test_the_saying_still_dates_what_has_no_time_of_its_own(nlp, body: str, trigger: str, when) -> None:
    assert _when(_by_trigger(_events(nlp, body), trigger)) == when


# --- a time inside a noun's modifier ---------------------------------------------------------

@pytest.mark.parametrize("body, trigger", [
    ("Customs officers seized a sculpture smuggled out of Peru three years ago.", "seized"),
    ("Detectives arrested a man wanted since 2021 for arson.", "arrested"),
    ("The library returned a manuscript borrowed in 1952.", "returned"),
    # a year after another phrase of the participle is still the noun's history
    ("The airline grounded jets built at its Toulouse plant in 2011.", "grounded"),
])
def test_a_time_in_a_participle_on_a_noun_is_not_the_events(nlp, body: str, trigger: str) -> None:
    assert _when(_by_trigger(_events(nlp, body), trigger)) is None


@pytest.mark.parametrize("body, trigger, when", [
    # the verb's own time beside the modifier's
    ("On Monday, customs officers seized a sculpture smuggled out of Peru three years ago.", "seized",
     ("Monday", "2025-06-09")),
    # a time after the participle's agent ends the whole clause, as the parser cannot tell
    ("A grain trader raised $12 million in a round led by two pension funds on Tuesday.", "raised",
     ("Tuesday", "2025-06-10")),
    # a participle on the subject tells which one it is
    ("A report released on Tuesday criticised the regulator.", "criticised", ("Tuesday", "2025-06-10")),
    # a day after another phrase of the participle ends the whole clause
    ("Rescuers pulled a girl trapped under a collapsed wall on Monday.", "pulled", ("Monday", "2025-06-09")),
    ("A court jailed a builder convicted of tax fraud on Friday.", "jailed", ("Friday", "2025-06-13")),
    ("Customs officers seized cigarettes hidden in a van at Calais on Saturday.", "seized", ("Saturday", "2025-06-14")),
    # a participle the parser hung on a noun that is an adverbial clause ("-ing"): its time is the event's
    ("The home side won the final in extra time, sealing the title on Sunday.", "won", ("Sunday", "2025-06-08")),
])
def test_a_time_the_verb_owns_is_kept(nlp, body: str, trigger: str, when) -> None:
    assert _when(_by_trigger(_events(nlp, body), trigger)) == when


# --- a time runs on into "after …" ------------------------------------------------------------

@pytest.mark.parametrize("body, trigger, when", [
    ("The levee gave way on Sunday after weeks of rain.", "gave", ("Sunday", "2025-06-08")),
    ("The bridge reopened early Friday morning after a safety inspection.", "reopened",
     ("early Friday morning", "2025-06-13")),
    ("The striking nurses returned to work on Thursday after talks with the board.", "returned",
     ("Thursday", "2025-06-12")),
])
def test_a_day_ends_before_the_after_that_follows_it(nlp, body: str, trigger: str, when) -> None:
    assert _when(_by_trigger(_events(nlp, body), trigger)) == when


@pytest.mark.parametrize("body, trigger, text", [
    # a span of time counted from an event keeps its anchor
    ("The mayor resigned three days after the inquiry.", "resigned", "three days after the inquiry"),
    ("Fans queued for hours before the gates opened.", "queued", None),
    ("The sirens sounded minutes after the blast.", "sounded", "minutes after the blast"),
])
def test_a_span_counted_from_an_event_keeps_its_anchor(nlp, body: str, trigger: str, text) -> None:
    ev = _by_trigger(_events(nlp, body), trigger)
    assert (ev.when.text if ev.when else None) == text


# --- a dateline is never the actor -----------------------------------------------------------

@pytest.mark.parametrize("body, trigger, who", [
    ("NEW YORK (Reuters) - The dollar's slide deepened on Monday.", "deepened", ["The dollar's slide"]),
    ("NEW YORK (Reuters) - Wall Street's three main indexes rose on Friday.", "rose", ["Wall Street's three main indexes"]),
    ("HONG KONG (Reuters) - Asian stocks slipped on Wednesday.", "slipped", ["Asian stocks"]),
])
def test_a_dateline_the_parser_made_the_subject_gives_way_to_the_lead(nlp, body: str, trigger: str, who) -> None:
    ev = _by_trigger(_events(nlp, body), trigger)
    assert [r.text for r in ev.who] == who


@pytest.mark.parametrize("body, trigger, who", [
    # the place is the actor when it is no dateline
    ("New York sued the drug maker on Monday.", "sued", ["New York"]),
    ("CHICAGO (Reuters) - Chicago's mayor signed the budget on Monday.", "signed", ["Chicago's mayor"]),
    ("SAN FRANCISCO (Reuters) - Silicon Valley's biggest lenders cut rates on Monday.", "cut",
     ["Silicon Valley's biggest lenders"]),
    ("LONDON (Reuters) - London, the capital, banned diesel buses on Monday.", "banned", ["London"]),
])
def test_a_subject_outside_the_dateline_is_kept(nlp, body: str, trigger: str, who) -> None:
    ev = _by_trigger(_events(nlp, body), trigger)
    assert [r.text for r in ev.who] == who


def test_a_stamp_inside_a_caption_is_one_span_of_furniture() -> None:
    # the spans are disjoint: a caption that holds a stamp on its line is one span, not two nested
    text = ("The mayor spoke. Pictured: the mayor at the opening PUBLISHED: 09:14 GMT, 14 March 2025 | "
            "UPDATED: 10:02 GMT, 14 March 2025 with friends. Then it rained.")
    spans = find_furniture(text)
    assert [text[s:e] for s, e in spans] == [text[17:text.index(" Then")]]
