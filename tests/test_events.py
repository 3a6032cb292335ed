"""Events: who did what to whom, where and when, ordered by salience.

Texts are written for these tests, except the seed article shipped in seeds/.
"""

from __future__ import annotations

from tui.analysis.events import extract_events
from tui.analysis.refs import EntityIndex
from tui.model import (STORY_CAP, STORY_SALIENCE, Article, Claim, Cue, Entity, Event, Mention, Ref, Span,
                       Trigger, story_events)


def _events(nlp, text: str, published: str | None = None, title: str | None = None,
            claims: list[Claim] | None = None) -> tuple[Article, list[Event]]:
    """Events over spaCy's own entities (one entity per mention): the engine's canonical
    entities are tested elsewhere; here only the event logic is."""
    article = Article(text=text, title=title, published=published)
    doc = nlp(text)
    entities = [Entity(f"e{i}", e.label_, e.text, [Mention(e.start_char, e.end_char, e.text, e.label_)])
                for i, e in enumerate(doc.ents)]
    return article, extract_events(doc, article, EntityIndex(entities), claims or [])


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


def test_conjoined_actors_are_separate_refs(nlp) -> None:
    text = "Bill Smith and Anna Jones won the city marathon in Boston in June 2014."
    _, events = _events(nlp, text, published="2016-11-09")
    ev = events[0]
    assert _texts(ev.who) == ["Bill Smith", "Anna Jones"]
    assert all(r.entity is not None for r in ev.who)
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
