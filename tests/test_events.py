"""Events: who did what to whom, where and when, ordered by salience.

Texts are written for these tests, except the seed article shipped in seeds/.
"""

from __future__ import annotations

import pytest

from tui.analysis.events import SALIENCE_WEIGHTS, event_candidates, extract_events, rank_events
from tui.analysis.refs import EntityIndex
from tui.analysis_model import STORY_CAP, STORY_SALIENCE, Claim, Cue, Entity, Event, Mention, Ref, Trigger, story_events
from tui.model import Article, Span, StyleSpan


def _events(nlp, text: str, published: str | None = None, title: str | None = None,
            claims: list[Claim] | None = None, **fields) -> tuple[Article, list[Event]]:
    """Events over spaCy's own entities (one entity per mention): the engine's canonical
    entities are tested elsewhere; here only the event logic is. ``fields``: more Article
    fields (paragraphs, styles)."""
    article = Article(text=text, title=title, published=published, **fields)
    doc = nlp(text)
    return article, extract_events(doc, article, _index(doc), claims or [])


def _index(doc) -> EntityIndex:
    return EntityIndex([Entity(f"e{i}", e.label_, e.text, [Mention(e.start_char, e.end_char, e.text, e.label_)])
                        for i, e in enumerate(doc.ents)])


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each blank-line separated paragraph of ``text``."""
    out, start = [], 0
    for part in text.split("\n\n"):
        out.append((start, start + len(part)))
        start += len(part) + 2
    return out


def _texts(refs: list[Ref]) -> list[str]:
    return [r.text for r in refs]


def _spans_are_exact(article: Article, events: list[Event]) -> None:
    text = article.text
    for ev in events:
        for span in [ev.trigger, ev.what, *ev.who, *ev.whom, *ev.where] + ([ev.when] if ev.when else []):
            assert text[span.start:span.end] == span.text


def test_seed_top_event_is_the_capture_of_ramadi(nlp, seed_text: str) -> None:
    article, events = _events(nlp, seed_text)
    top = events[0]
    assert top.id == "v1"
    assert top.trigger.text == "sealed" and top.trigger.lemma == "seal"
    assert top.what.text == "sealed its capture of the Iraqi city of Ramadi"
    assert _texts(top.who) == ["The Islamic State (ISIS) group"]
    assert top.who[0].entity is not None
    assert _texts(top.where) == ["Ramadi"]
    assert top.when is not None and top.when.text == "Sunday"
    assert top.when.date is None  # the .txt has no publication date to resolve against
    assert seed_text[top.what.start:top.what.end] == top.what.text
    _spans_are_exact(article, events)
    assert [e.id for e in events] == [f"v{i}" for i in range(1, len(events) + 1)]
    assert all(0.0 <= e.salience <= 1.0 for e in events)
    assert [e.salience for e in events] == sorted((e.salience for e in events), reverse=True)


def test_seed_dates_resolve_against_publication(nlp, seed_text: str) -> None:
    _, events = _events(nlp, seed_text, published="2015-05-18")
    assert events[0].when is not None and events[0].when.date == "2015-05-17"
    dated = {e.when.text: e.when.date for e in events if e.when}
    assert dated["last year"] == "2014"
    assert dated["last Thursday"] == "2015-05-14"


def test_who_what_whom_where_when(nlp) -> None:
    text = "Firefighters rescued a family of four from a burning house in Leeds last Thursday."
    article, events = _events(nlp, text, published="2016-11-09")
    ev = events[0]
    assert ev.trigger.text == "rescued"
    assert ev.what.text == "rescued a family of four"
    assert _texts(ev.who) == ["Firefighters"]
    assert _texts(ev.whom) == ["a family of four"]
    assert _texts(ev.where) == ["Leeds"]
    assert ev.when is not None and (ev.when.text, ev.when.date) == ("last Thursday", "2016-11-03")
    _spans_are_exact(article, events)


def test_conjoined_actors_are_one_ref(nlp) -> None:
    text = "Bill Smith and Anna Jones won the city marathon in Boston in June 2014."
    _, events = _events(nlp, text, published="2016-11-09")
    ev = events[0]
    assert _texts(ev.who) == ["Bill Smith and Anna Jones"]
    assert ev.who[0].entity is not None
    assert ev.when is not None and (ev.when.text, ev.when.date) == ("June 2014", "2014-06")


def test_passive_agent_is_who_and_subject_is_whom(nlp) -> None:
    text = "The senator was questioned by federal investigators in Ohio last week."
    _, events = _events(nlp, text, published="2016-11-09")
    ev = events[0]
    assert ev.what.text == "was questioned by federal investigators"
    assert _texts(ev.who) == ["federal investigators"]
    assert _texts(ev.whom) == ["The senator"]
    assert _texts(ev.where) == ["Ohio"]


def test_reported_event_is_linked_to_its_claim_not_the_speech_verb(nlp) -> None:
    text = "The minister said that the army had withdrawn from the border town of Kessab on Friday."
    start = text.index("that the army")
    said = text.index("said")
    claim = Claim(
        id="c1", kind="indirect",
        content=Span.of(text, start, len(text) - 1),
        cue=Cue(said, said + 4, "said", "say"),
        source=Ref(0, 12, "The minister"),
    )
    _, events = _events(nlp, text, published="2016-11-09", claims=[claim])
    assert [e.trigger.text for e in events] == ["withdrawn"]
    ev = events[0]
    assert ev.claim == "c1"
    assert ev.what.text == "had withdrawn from the border town of Kessab"
    assert _texts(ev.who) == ["the army"]
    assert _texts(ev.where) == ["the border town of Kessab"]
    assert ev.when is not None and ev.when.date == "2016-11-04"


def test_lead_comes_before_later_paragraphs(nlp) -> None:
    text = ("Heavy rain flooded roads in Maidstone on Tuesday.\n\n"
            "Residents cleared debris from their gardens in the afternoon.\n\n"
            "The council opened a shelter at the town hall.")
    _, events = _events(nlp, text)
    assert [e.trigger.text for e in events] == ["flooded", "cleared", "opened"]
    assert [e.sentence for e in events] == [0, 1, 2]
    assert events[0].salience > events[1].salience > events[2].salience


def test_headline_event_takes_time_and_place_from_the_lead(nlp) -> None:
    title = "Flooding closes schools across the county"
    text = (f"{title}\n\nHeavy rain flooded roads in Maidstone on Tuesday, and officials closed "
            "twelve schools. The county council said it would reopen them next week.")
    article, events = _events(nlp, text, published="2016-11-09", title=title)
    ev = events[0]
    assert ev.trigger.text == "closes"
    assert ev.what.text == "closes schools"
    assert _texts(ev.who) == ["Flooding"]
    assert _texts(ev.where) == ["Maidstone"]
    assert ev.when is not None and (ev.when.text, ev.when.date) == ("Tuesday", "2016-11-08")
    _spans_are_exact(article, events)


@pytest.mark.parametrize("verb", ["voted", "decided"])  # the parser makes "to close" an advcl, an xcomp
def test_what_was_decided_acts_through_the_one_who_decided(nlp, verb: str) -> None:
    """Deciding, agreeing or voting is told as a claim; what was decided is still an event, and
    with no one urged its actor is the one who decided."""
    text = f"The harbour board {verb} on Monday to close the old pier."
    at = text.index(verb)
    claim = Claim(
        id="c1", kind="indirect",
        content=Span.of(text, text.index("to close"), len(text) - 1),
        cue=Cue(at, at + len(verb), verb, verb[:-1], "assertive"),
        source=Ref(0, 17, "The harbour board"),
    )
    _, events = _events(nlp, text, claims=[claim])
    assert [e.trigger.text for e in events] == ["close"]
    assert _texts(events[0].who) == ["The harbour board"]
    assert events[0].what.text == "to close the old pier"
    assert events[0].claim == "c1"


@pytest.mark.parametrize("title", ["Brixmoor to cut 1,200 jobs as orders slump",
                                   "Kestrel Motors to shut two plants as sales slump"])
def test_a_headline_plan_before_a_subordinate_clause_is_the_story(nlp, title: str) -> None:
    text = f"{title}\n\nThe company said on Tuesday it would make the cuts by March."
    _, events = _events(nlp, text, published="2026-03-10", title=title)
    top = events[0]
    assert top.trigger.text in ("cut", "shut")
    assert top.what.text == title[title.index(" to ") + 1:title.index(" as ")]
    assert _texts(top.who) == [title[:title.index(" to ")]]


def test_headline_present_tense_misread_as_a_noun(nlp) -> None:
    """Headline grammar: "X protests outside Y" is a verb, whatever the tagger says."""
    title = "Mayor Jane Doe protests outside City Hall"
    text = f"{title}\n\nThe mayor of Springfield stood on the steps for an hour on Monday."
    _, events = _events(nlp, text, published="2016-11-09", title=title)
    ev = events[0]
    assert ev.trigger.text == "protests"
    assert ev.what.text == "protests outside City Hall"
    assert _texts(ev.who) == ["Mayor Jane Doe"]


def test_directive_content_acts_through_the_one_urged(nlp) -> None:
    text = "The governor urged police officers to stay calm in Manchester."
    urged = text.index("urged")
    claim = Claim(
        id="c1", kind="indirect",
        content=Span.of(text, text.index("police"), len(text) - 1),
        cue=Cue(urged, urged + 5, "urged", "urge", "directive"),
        source=Ref(0, 12, "The governor"),
    )
    _, events = _events(nlp, text, claims=[claim])
    assert [e.trigger.text for e in events] == ["stay"]
    ev = events[0]
    assert ev.what.text == "to stay calm"
    assert _texts(ev.who) == ["police officers"]
    assert _texts(ev.where) == ["Manchester"]
    assert ev.claim == "c1"


def test_a_span_counted_from_an_event_is_one_time_expression(nlp) -> None:
    text = "The council approved the new budget just three weeks before the local elections."
    _, events = _events(nlp, text, published="2016-11-09")
    ev = events[0]
    assert ev.when is not None
    assert (ev.when.text, ev.when.date) == ("just three weeks before the local elections", None)


def test_headline_event_does_not_borrow_a_background_date(nlp) -> None:
    """A date long before publication in the lead is background, not the headline's time."""
    title = "Storm damage shuts village school"
    text = (f"{title}\n\nThe school, which was built in 1998, lost its roof in high winds. "
            "Pupils will be taught in the church hall.")
    _, events = _events(nlp, text, published="2016-11-09", title=title)
    ev = events[0]
    assert ev.trigger.text == "shuts"
    assert ev.when is None
    text = text.replace("in high winds", "in high winds last month")
    _, events = _events(nlp, text, published="2016-11-09", title=title)
    assert events[0].when is not None and (events[0].when.text, events[0].when.date) == ("last month", "2016-10")


def test_where_someone_comes_from_is_not_where_it_happened(nlp) -> None:
    text = "Two climbers from Glasgow were rescued by helicopter on Sunday."
    _, events = _events(nlp, text, published="2016-11-09")
    ev = events[0]
    assert ev.trigger.text == "rescued"
    assert ev.where == []


def test_place_named_with_its_surroundings_is_one_answer(nlp) -> None:
    text = "A farmer found the missing dog in a remote village of Yunnan Province on Sunday."
    _, events = _events(nlp, text, published="2016-11-09")
    ev = events[0]
    assert ev.trigger.text == "found"
    assert _texts(ev.where) == ["a remote village of Yunnan Province"]


def test_headline_event_takes_the_place_its_headline_names(nlp) -> None:
    """ "Texas storm: Council closes schools": the topic names the place; the lead's other
    places (America, Dallas) are farther from the event."""
    title = "Texas storm: Council closes schools"
    text = (f"{title}\n\nHeavy rain hit the south of America on Tuesday. Officials in Dallas "
            "also shut roads, and America braced for more rain.")
    _, events = _events(nlp, text, published="2016-11-09", title=title)
    ev = events[0]
    assert ev.trigger.text == "closes"
    assert _texts(ev.where) == ["Texas"]


def test_headline_event_takes_time_and_place_from_the_lead_sentence_that_retells_it(nlp) -> None:
    title = "Council closes village school"
    text = (f"{title}\n\nStorms hit Britain on Monday and Britain counted the damage. "
            "The council closed the village school in Cornwall on Wednesday after its roof collapsed.")
    _, events = _events(nlp, text, published="2016-11-11", title=title)
    ev = events[0]
    assert ev.trigger.text == "closes"
    assert ev.when is not None and (ev.when.text, ev.when.date) == ("Wednesday", "2016-11-09")
    assert _texts(ev.where) == ["Cornwall"]


def test_place_in_a_relative_clause_on_an_argument_is_not_the_events(nlp) -> None:
    text = "Two men who lived in Cornwall were arrested in Bristol on Friday."
    _, events = _events(nlp, text, published="2016-11-09")
    ev = next(e for e in events if e.trigger.text == "arrested")
    assert _texts(ev.where) == ["Bristol"]


def test_a_name_the_action_is_located_at_is_its_place(nlp) -> None:
    """ "outside Harrow Towers": the tagger calls the building an organisation, the
    preposition says it is where the protest was."""
    text = "Rock Star Jo Bell protests outside Harrow Towers after the vote"
    _, events = _events(nlp, text, published="2016-11-09")
    ev = events[0]
    assert ev.trigger.text == "protests"
    assert _texts(ev.where) == ["Harrow Towers"]


def test_without_a_headline_clause_the_first_sentence_takes_the_leads_time(nlp) -> None:
    text = ("Rescue workers are digging through the rubble of a collapsed block of flats. "
            "The building fell down in Cardiff on Monday night, and neighbours heard a roar.")
    _, events = _events(nlp, text, published="2016-11-08")
    ev = next(e for e in events if e.trigger.text == "digging")
    assert ev.what.text == "are digging through the rubble of a collapsed block of flats"
    assert ev.when is not None and (ev.when.text, ev.when.date) == ("Monday night", "2016-11-07")
    assert ev.where == []  # a place comes from the event's own sentence (only a headline borrows)


def test_an_age_inside_the_object_stays_in_the_predicate(nlp) -> None:
    text = "Police officers are trying to reach a five-year-old girl who is stuck on a cliff."
    _, events = _events(nlp, text, published="2016-11-08")
    ev = next(e for e in events if e.trigger.text == "trying")
    assert ev.what.text == "are trying to reach a five-year-old girl"


def test_last_night_is_the_time_of_the_event(nlp) -> None:
    text = "A lorry crashed into a bridge in Bristol late last night."
    _, events = _events(nlp, text, published="2016-11-09")
    ev = events[0]
    assert ev.trigger.text == "crashed"
    assert ev.when is not None and (ev.when.text, ev.when.date) == ("late last night", "2016-11-08")


def _bare_event(n: int, salience: float) -> Event:
    what = Span(0, 4, "went")
    return Event(f"v{n}", Trigger(0, 4, "went", "go"), what, [], [], [], None, salience)


def test_story_events_keep_the_salient_ones_most_salient_first() -> None:
    low, high, mid = (_bare_event(1, STORY_SALIENCE - 0.01), _bare_event(2, 0.9),
                      _bare_event(3, STORY_SALIENCE))
    assert [e.id for e in story_events([low, high, mid])] == ["v2", "v3"]


def test_story_events_always_keep_the_main_event_and_never_more_than_the_cap() -> None:
    weak = [_bare_event(1, 0.1), _bare_event(2, 0.2)]
    assert [e.id for e in story_events(weak)] == ["v2"]
    assert story_events([]) == []
    many = [_bare_event(n, 0.99) for n in range(STORY_CAP + 5)]
    assert len(story_events(many)) == STORY_CAP


# --- issue 10: events and dates -----------------------------------------------------------

def test_future_tense_resolves_forward(nlp) -> None:
    _, events = _events(nlp, "The council will vote on Friday.", published="2024-03-12")  # a Tuesday
    ev = events[0]
    assert ev.what.text == "will vote"
    assert ev.when is not None and (ev.when.text, ev.when.date) == ("Friday", "2024-03-15")
    _, events = _events(nlp, "The first trams will be shipped in January.", published="2024-03-12")
    assert events[0].when is not None and (events[0].when.text, events[0].when.date) == ("January", "2025-01")
    _, events = _events(nlp, "The council voted on Friday.", published="2024-03-12")
    assert events[0].when is not None and events[0].when.date == "2024-03-08"


@pytest.mark.parametrize("headline", ["Harbour board to vote on ferry subsidy", "Harbour board votes on ferry subsidy"])
def test_a_headline_lent_the_leads_future_time_resolves_it_forward(nlp, headline: str) -> None:
    # the headline's plan ("to vote") or the lead's tense ("will vote") says Friday is to come
    text = f"{headline}\n\nThe harbour board will vote on Friday on a subsidy for the island ferry, officials said."
    _, events = _events(nlp, text, published="2024-03-12", title=headline)  # a Tuesday
    head = next(ev for ev in events if ev.trigger.start < len(headline))
    assert head.when is not None and (head.when.text, head.when.date) == ("Friday", "2024-03-15")


@pytest.mark.parametrize(("headline", "lead", "when"), [
    ("Harbour board and union agree ferry deal",
     "Clara Holm and Jonas Eide signed the ferry agreement on Tuesday after six weeks of talks. The harbour board "
     "and the dockers' union will meet again in March.", ("Tuesday", "2024-03-12")),
    ("Vintners and growers agree grape price",
     "The growers signed a deal on the price on Friday. The vintners and the growers will meet to agree next "
     "year's grape price in May.", ("Friday", "2024-03-08")),
])
def test_a_headline_of_what_happened_is_retold_by_a_clause_of_what_happened(nlp, headline, lead, when) -> None:
    # the future clause shares more of the headline's words, but tells another, later event
    _, events = _events(nlp, f"{headline}\n\n{lead}", published="2024-03-12", title=headline)
    head = next(ev for ev in events if ev.trigger.start < len(headline))
    assert head.when is not None and (head.when.text, head.when.date) == when


@pytest.mark.parametrize(("headline", "lead", "when"), [
    # the clause of what is to come has the headline's verb: it retells the headline
    ("Ferry firm cancels sailings",
     "Ferry operator Westlink will cancel sailings to the islands next week. It cancelled three crossings on Friday "
     "because of storms.", ("next week", "2024-W12")),
])
def test_a_headline_is_retold_by_a_clause_of_what_is_to_come_with_its_verb(nlp, headline, lead, when) -> None:
    _, events = _events(nlp, f"{headline}\n\n{lead}", published="2024-03-12", title=headline)
    head = next(ev for ev in events if ev.trigger.start < len(headline))
    assert head.when is not None and (head.when.text, head.when.date) == when


def test_going_to_and_set_to_are_future_too(nlp) -> None:
    _, events = _events(nlp, "Bus drivers are going to strike on Monday.", published="2024-03-12")
    ev = events[0]
    assert ev.trigger.text == "going"
    assert ev.when is not None and ev.when.date == "2024-03-18"


def test_without_a_publication_date_relative_dates_stay_unresolved(nlp) -> None:
    _, events = _events(nlp, "The council voted on Friday to close the library.")
    ev = events[0]
    assert ev.when is not None and (ev.when.text, ev.when.date) == ("Friday", None)
    _, events = _events(nlp, "The council voted in May 2019 to close the library.")
    assert events[0].when is not None and events[0].when.date == "2019-05"


def test_no_events_from_inside_direct_quotes_by_default(nlp) -> None:
    text = '"I am an optimist," she said. "We will fight on until the last day," the mayor added.'
    _, events = _events(nlp, text)
    assert events == []
    doc = nlp(text)
    quoted = event_candidates(doc, Article(text=text), _index(doc), [], quoted=True)
    assert [c.event.what.text for c in quoted] == ["will fight"]


def test_single_quoted_headline_words_are_a_quote_too(nlp) -> None:
    text = "\u2018We will not close the mine\u2019, owner tells miners\n\nThe owner of the mine met union leaders."
    _, events = _events(nlp, text)
    assert "close" not in [e.trigger.lemma for e in events]


def test_no_copular_events(nlp) -> None:
    _, events = _events(nlp, "The mayor is a lawyer. The bridge was old. The mayor closed the bridge.")
    assert [e.what.text for e in events] == ["closed the bridge"]


def test_a_copula_with_a_verb_after_it_is_a_scheduled_event(nlp) -> None:
    _, events = _events(nlp, "The new museum is due to open in May.", published="2024-03-12")
    assert [e.trigger.text for e in events] == ["is"]
    assert events[0].when is not None and events[0].when.date == "2024-05"


def test_no_events_from_subheadings(nlp) -> None:
    text = ("Council closes library\n\nThe council closed the library in Hove on Monday.\n\n"
            "Readers protest\n\nReaders gathered outside the town hall.")
    heading = text.index("Readers protest")
    styled = [StyleSpan(heading, heading + len("Readers protest"), "h2")]
    for fields in ({"styles": styled}, {"paragraphs": _paragraphs(text)}):
        _, events = _events(nlp, text, title="Council closes library", **fields)
        assert "protest" not in [e.trigger.text for e in events], fields
        assert "gathered" in [e.trigger.text for e in events]


def test_a_headline_and_its_repeated_subtitle_give_one_event(nlp) -> None:
    title = "Council closes village school"
    text = f"{title}\n\nCouncil closes village school after storm\n\nThe roof fell in on Monday."
    _, events = _events(nlp, text, title=title)
    assert [e.trigger.text for e in events].count("closes") == 1


def test_where_prefers_a_named_building_over_a_city_over_a_country(nlp) -> None:
    _, events = _events(nlp, "A bus caught fire outside Waterloo station in London on Monday.")
    assert _texts(events[0].where) == ["Waterloo station"]
    _, events = _events(nlp, "The company opened a factory in Germany, in the city of Dresden, on Monday.")
    assert _texts(events[0].where) == ["the city of Dresden"]
    _, events = _events(nlp, "Fans celebrated at Wrigley Field in Chicago on Thursday.")
    assert _texts(events[0].where) == ["Wrigley Field"]


def test_an_organisation_is_not_where_something_happened(nlp) -> None:
    _, events = _events(nlp, "Protesters gathered outside Congress on Monday.")
    assert events[0].trigger.text == "gathered"
    assert events[0].where == []


def test_who_is_the_whole_subject_phrase(nlp) -> None:
    title = "Rail workers strike over pay"
    text = f"{title}\n\nTrain drivers walked out in Germany on Monday."
    _, events = _events(nlp, text, title=title, published="2024-03-12")
    by_trigger = {e.trigger.text: e for e in events}
    assert _texts(by_trigger["strike"].who) == ["Rail workers"]
    assert _texts(by_trigger["walked"].who) == ["Train drivers"]


def test_a_headline_whose_verb_the_parser_took_for_a_noun(nlp) -> None:
    title = "Rail workers in Germany strike for third day"
    _, events = _events(nlp, f"{title}\n\nThe strike began on Monday.", title=title)
    ev = events[0]
    assert ev.trigger.text == "strike"
    assert _texts(ev.who) == ["Rail workers in Germany"]
    title = "Harbour rescue: Divers search for missing boy"
    _, events = _events(nlp, f"{title}\n\nThe boy fell into the harbour on Monday.", title=title)
    assert "rescue" not in [e.trigger.text for e in events]


def test_who_leaves_out_examples_of_the_actor(nlp) -> None:
    _, events = _events(nlp, "Hospital staff, including doctors and nurses, joined the strike.")
    assert _texts(events[0].who) == ["Hospital staff"]
    _, events = _events(nlp, "Train drivers in Germany walked out on Monday.")
    assert _texts(events[0].who) == ["Train drivers in Germany"]


def test_passive_agent_with_a_from_clause(nlp) -> None:
    _, events = _events(nlp, "The group was prevented by Syrian troops from taking Palmyra.")
    ev = events[0]
    assert ev.trigger.text == "prevented"
    assert _texts(ev.who) == ["Syrian troops"]
    assert _texts(ev.whom) == ["The group"]


def test_salience_is_the_weighted_mean_of_the_features(nlp) -> None:
    text = "The council closed the bridge on Monday. Engineers said that it had cracked."
    doc = nlp(text)
    said = text.index("said")
    claim = Claim(id="c1", kind="indirect", content=Span.of(text, text.index("that it"), len(text) - 1),
                  cue=Cue(said, said + 4, "said", "say"), source=Ref(41, 50, "Engineers"))
    candidates = event_candidates(doc, Article(text=text), _index(doc), [claim])
    assert [c.features["action"] for c in candidates] == [1.0, 0.0]  # the reported one is no action
    events = rank_events(candidates, {"action": 1.0, "position": 0.0})
    assert [e.salience for e in events] == [1.0, 0.0]
    assert [e.id for e in events] == ["v1", "v2"]
    events = rank_events(candidates, SALIENCE_WEIGHTS)
    assert events[0].what.text == "closed the bridge"
    with pytest.raises(ValueError):
        rank_events(candidates, {"action": 0.0})


def test_a_headline_verb_the_parser_left_bare_takes_the_rest_of_the_headline(nlp) -> None:
    title = "Budget row: Mayor cries foul as auditor clears Hanwick"
    _, events = _events(nlp, f"{title}\n\nThe council met on Monday.", title=title)
    ev = next(e for e in events if e.trigger.text == "clears")
    assert ev.what.text == "clears Hanwick"
    assert _texts(ev.who) == ["auditor"]


def test_what_did_not_or_may_not_happen_is_irrealis(nlp) -> None:
    text = "The mayor closed the bridge. The council could reopen it. Engineers did not inspect it."
    doc = nlp(text)
    candidates = event_candidates(doc, Article(text=text), _index(doc), [])
    assert [(c.event.trigger.text, c.features["realis"]) for c in candidates] == [
        ("closed", 1.0), ("reopen", 0.0), ("inspect", 0.0)]


def test_headline_event_takes_a_city_of_the_lead_over_a_country(nlp) -> None:
    title = "Chemical plant fire forces evacuation"
    text = (f"{title}\n\nA chemical plant fire forced an evacuation in Germany on Monday. The plant "
            "lies on the edge of Ludwigshafen, and people in Ludwigshafen were told to stay indoors.")
    _, events = _events(nlp, text, title=title, published="2024-03-12")
    ev = events[0]
    assert ev.trigger.text == "forces"
    assert _texts(ev.where) == ["Ludwigshafen"]
    assert ev.when is not None and ev.when.date == "2024-03-11"


def test_a_place_name_that_takes_part_is_not_where(nlp) -> None:
    _, events = _events(nlp, "Chicago beat Cleveland 8-7 at Progressive Field on Wednesday.")
    assert _texts(events[0].where) == ["Progressive Field"]
    _, events = _events(nlp, "Spain played against Italy.")
    assert events[0].where == []
    _, events = _events(nlp, "Germany beat France.")
    assert events[0].where == []
    _, events = _events(nlp, "Paris celebrated late into the night.")
    assert _texts(events[0].where) == ["Paris"]


def test_a_place_in_a_circumstance_phrase_is_the_other_events(nlp) -> None:
    _, events = _events(nlp, "Police arrested two men in Leeds after a fire at Leeds railway station.")
    ev = next(e for e in events if e.trigger.text == "arrested")
    assert _texts(ev.where) == ["Leeds"]


def test_a_headline_plan_is_an_event_still_to_come(nlp) -> None:
    title = "Harbour bridge to close for repairs after storm damage"
    text = f"{title}\n\nEngineers found cracks in the supports on Thursday. Work starts on Monday."
    _, events = _events(nlp, text, title=title, published="2024-03-12")
    ev = next(e for e in events if e.trigger.text == "close")
    assert _texts(ev.who) == ["Harbour bridge"]
    assert ev.what.text == "to close for repairs"


def test_an_announced_event_is_realis_and_a_date_names_no_actor(nlp) -> None:
    text = "The council will close the bridge. Last month's storm damaged the bridge."
    doc = nlp(text)
    candidates = event_candidates(doc, Article(text=text), _index(doc), [])
    assert [(c.event.trigger.text, c.features["realis"], c.features["named"]) for c in candidates] == [
        ("close", 1.0, 0.5), ("damaged", 1.0, 0.5)]



def test_reported_would_resolves_forward(nlp) -> None:
    text = "The port operator said it would return to talks on Friday."
    _, events = _events(nlp, text, published="2024-03-12")
    ev = next(e for e in events if e.trigger.text == "return")
    assert ev.when is not None and (ev.when.text, ev.when.date) == ("Friday", "2024-03-15")


def test_a_named_site_keeps_its_of(nlp) -> None:
    _, events = _events(nlp, "Dock workers walked off the job at the Port of Hanwick on Monday.")
    assert _texts(events[0].where) == ["the Port of Hanwick"]
