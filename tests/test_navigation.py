"""Claim, source, event and mention navigation, on a hand-built analysis and on the seed's."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tui.analysis_model import Analysis, Claim, Cue, Entity, Event, Mention, Ref, Trigger, When
from tui.highlights import entity_marks, group_counts, group_of
from tui.model import Article, Span
from tui.navigation import Navigator, Place, source_groups

TEXT = (
    "Flood closes bridge\n\n"
    'Ann Lee, the mayor of Dunmore, said "we are ready." '
    "She added that crews from Acme Corp were out on Monday. "
    "Acme Corp closed the bridge on Monday, according to police. "
    "Lee urged calm."
)


def _at(phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(phrase, start + 1)
    return start, start + len(phrase)


def _span(phrase: str, nth: int = 0) -> Span:
    return Span.of(TEXT, *_at(phrase, nth))


def _ref(phrase: str, entity: str | None, nth: int = 0) -> Ref:
    s, e = _at(phrase, nth)
    return Ref(s, e, TEXT[s:e], entity)


def _cue(word: str, lemma: str, stance: str = "neutral") -> Cue:
    s, e = _at(word)
    return Cue(s, e, word, lemma, stance)  # type: ignore[arg-type]


def _mention(phrase: str, nth: int = 0) -> Mention:
    s, e = _at(phrase, nth)
    return Mention(s, e, TEXT[s:e])


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    entities = [
        Entity("e1", "PERSON", "Ann Lee", [_mention("Ann Lee"), _mention("Lee", 1)], ["Lee"]),
        Entity("e2", "GPE", "Dunmore", [_mention("Dunmore")]),
        Entity("e3", "ORG", "Acme Corp", [_mention("Acme Corp"), _mention("Acme Corp", 1)]),
        Entity("e4", "DATE", "Monday", [_mention("Monday"), _mention("Monday", 1)]),
    ]
    # listed out of text order on purpose: the navigator sorts them
    claims = [
        Claim("c3", "indirect", _span("Acme Corp closed the bridge on Monday"), _cue("according to", "according to"),
              _ref("police", None)),
        Claim("c1", "direct", _span('"we are ready."'), _cue("said", "say"),
              _ref("Ann Lee, the mayor of Dunmore", "e1")),
        Claim("c2", "indirect", _span("crews from Acme Corp were out on Monday"), _cue("added", "add"),
              replace(_ref("She", "e1"), resolution="pronoun")),
        Claim("c4", "indirect", _span("calm"), _cue("urged", "urge", "directive"), _ref("Lee", "e1", 1)),
    ]
    events = [
        Event("v1", Trigger(*_at("closed"), "closed", "close"), _span("closed the bridge"),
              [_ref("Acme Corp", "e3", 1)], [], [], When(*_at("Monday", 1), "Monday", "2026-11-23"), 0.9),
        Event("v0", Trigger(*_at("closes"), "closes", "close"), _span("closes bridge"),
              [_ref("Flood", None)], [], [_ref("Dunmore", "e2")], None, 0.5),
    ]
    return Analysis(Article(TEXT, title="Flood closes bridge"), "test", "none", entities, claims, events)


def test_claims_in_text_order_with_status(analysis: Analysis) -> None:
    nav = Navigator(analysis)
    stop = nav.next_claim(Place(0, 19))
    assert stop is not None
    assert TEXT[stop.place.start:stop.place.end] == '"we are ready."'
    assert stop.status == "claim 1/4 · Ann Lee · said"
    assert set(stop.marks) == {
        (*_at('"we are ready."'), "claim-content"),
        (*_at("said"), "claim-cue"),
        (*_at("Ann Lee, the mayor of Dunmore"), "claim-source"),
    }
    assert stop.view == (_at("Ann Lee")[0], _at('"we are ready."')[1])
    second = nav.next_claim(stop.place)
    assert second is not None and second.status == "claim 2/4 · She → Ann Lee? · added"
    third = nav.next_claim(second.place)
    assert third is not None and third.status == "claim 3/4 · police · according to"
    fourth = nav.next_claim(third.place)
    assert fourth is not None and fourth.status == "claim 4/4 · Ann Lee · urged"
    assert nav.next_claim(fourth.place) is None
    back = nav.previous_claim(fourth.place)
    assert back is not None and back.place == third.place
    assert nav.previous_claim(stop.place) is None


def test_claim_keys_from_plain_text_start_at_the_cursor(analysis: Analysis) -> None:
    nav = Navigator(analysis)
    sentence = _at("Acme Corp closed the bridge on Monday, according to police.")
    stop = nav.next_claim(Place(*sentence))
    assert stop is not None and stop.place.index == 2
    before = nav.previous_claim(Place(*sentence))
    assert before is not None and before.place.index == 1


def test_source_and_back(analysis: Analysis) -> None:
    nav = Navigator(analysis)
    claim = nav.claim(1)
    source = nav.toggle_source(claim.place)
    assert source is not None
    assert (source.place.start, source.place.end) == _at("Ann Lee")  # who "She" refers to
    assert source.status == "source of claim 2/4 · She → Ann Lee?"
    assert (*_at("Ann Lee"), "focus") in source.marks
    assert (*_at("She"), "claim-source") in source.marks  # the pronoun stays marked
    returned = nav.toggle_source(source.place)
    assert returned is not None and returned.place == claim.place
    assert returned.status == "claim 2/4 · She → Ann Lee? · added"


def test_source_of_a_pronoun_is_its_antecedent() -> None:
    """`s` on "he said" goes to the phrase "he" refers to, even one that names no entity."""
    text = "The harbour master spoke first. Later he said the port was shut."
    s, e = text.index("he said"), text.index("he said") + 2
    a, b = text.index("The harbour master"), text.index(" spoke")
    claim = Claim("c1", "indirect", Span.of(text, text.index("the port"), len(text) - 1),
                  Cue(e + 1, e + 5, "said", "say"), Ref(s, e, "he", None, Span.of(text, a, b)))
    nav = Navigator(Analysis(Article(text), "test", "none", [], [claim], []))
    source = nav.toggle_source(nav.claim(0).place)
    assert source is not None and text[source.place.start:source.place.end] == "The harbour master"
    assert source.status == "source of claim 1/1 · he → The harbour master"
    assert nav.toggle_source(source.place).place == nav.claim(0).place  # type: ignore[union-attr]


def test_source_from_the_sentence_under_the_cursor(analysis: Analysis) -> None:
    nav = Navigator(analysis)
    sentence = Place(*_at("Acme Corp closed the bridge on Monday, according to police."))
    source = nav.toggle_source(sentence)
    assert source is not None and source.place.kind == "source"
    assert TEXT[source.place.start:source.place.end] == "police"
    assert nav.toggle_source(source.place).place.index == 2  # type: ignore[union-attr]
    assert nav.toggle_source(Place(0, 19)) is None  # the headline holds no claim


def test_events_most_salient_first_by_default(analysis: Analysis) -> None:
    nav = Navigator(analysis)
    first = nav.next_event(Place(*_at("Lee urged calm.")))  # from anywhere: the top of the list
    assert first is not None and first.status == "event 1/2 · Acme Corp · closed the bridge · 2026-11-23"
    second = nav.next_event(first.place)
    assert second is not None and second.status == "event 2/2 · Flood · closes bridge · Dunmore"
    assert nav.next_event(second.place) is None
    assert nav.previous_event(Place(0, 1)) == second  # from anywhere: the bottom of the list
    assert nav.event_index("v1") == 0


def test_event_filters(analysis: Analysis) -> None:
    """Only events outside quotes, or whose who is a person / an organisation; `}` and the
    status count within the listing."""
    quote = Claim("q", "direct", _span("closes bridge"), _cue("said", "say"), _ref("Ann Lee", "e1"))
    quoted = Analysis(analysis.article, "test", "none", analysis.entities, [*analysis.claims, quote],
                      analysis.events)
    nav = Navigator(quoted)
    nav.list_events(which="unquoted")
    assert [e.id for e in nav.events] == ["v1"]  # "closes" is inside the quote
    first = nav.next_event(Place(0, 1))
    assert first is not None and first.status.startswith("event 1/1 · Acme Corp")
    nav.list_events(which="org")
    assert [e.id for e in nav.events] == ["v1"]  # Acme Corp; "Flood" names no one
    nav.list_events(which="person")
    assert nav.events == [] and nav.next_event(Place(0, 1)) is None
    urged = Event("v2", Trigger(*_at("urged"), "urged", "urge"), _span("urged calm"), [_ref("Lee", "e1", 1)],
                  [], [], None, 0.2)
    nav = Navigator(Analysis(analysis.article, "test", "none", analysis.entities, analysis.claims,
                             [*analysis.events, urged]))
    nav.list_events(which="person")
    assert [e.id for e in nav.events] == ["v2"]
    nav.list_events(which="all", order="text")
    assert [e.id for e in nav.events] == ["v0", "v1", "v2"]


def test_events_by_text_position(analysis: Analysis) -> None:
    nav = Navigator(analysis)
    nav.list_events(order="text")
    first = nav.next_event(Place(0, 1))
    assert first is not None and first.status == "event 1/2 · Flood · closes bridge · Dunmore"
    second = nav.next_event(first.place)
    assert second is not None
    assert second.status == "event 2/2 · Acme Corp · closed the bridge · 2026-11-23"
    assert set(second.marks) == {
        (*_at("closed the bridge"), "event-what"),
        (*_at("Acme Corp", 1), "event-who"),
        (*_at("Monday", 1), "event-when"),
    }
    assert nav.next_event(second.place) is None
    assert nav.previous_event(second.place).place == first.place  # type: ignore[union-attr]
    assert nav.event_index("v0") == 0


def test_entity_mentions_cycle(analysis: Analysis) -> None:
    nav = Navigator(analysis)
    sentence = Place(*_at("She added that crews from Acme Corp were out on Monday."))
    stop = nav.next_mention(sentence)  # first entity in the sentence: Acme Corp, mention 1
    assert stop is not None
    assert stop.status == "Acme Corp · organisation · mention 2/2"
    assert (stop.place.start, stop.place.end) == _at("Acme Corp", 1)
    wrapped = nav.next_mention(stop.place)
    assert wrapped is not None and (wrapped.place.start, wrapped.place.end) == _at("Acme Corp")
    assert nav.previous_mention(wrapped.place).place == stop.place  # type: ignore[union-attr]
    assert nav.next_mention(Place(0, 19)) is None


def test_source_groups_and_entity_highlights(analysis: Analysis) -> None:
    nav = Navigator(analysis)
    assert source_groups(nav) == [("Ann Lee", [0, 1, 3]), ("police", [2])]
    assert group_of("GPE") == "place" and group_of("SOMETHING") == "other"
    marks = entity_marks(analysis, {"person", "place"})
    assert sorted(marks) == sorted([
        (*_at("Ann Lee"), "ent-person"), (*_at("Lee", 1), "ent-person"), (*_at("Dunmore"), "ent-place"),
    ])
    assert group_counts(analysis) == {"person": 1, "org": 1, "place": 1, "date": 1, "group": 0, "other": 0}


def test_the_seed(seed_analysis: Analysis) -> None:
    """The first claim of the seed is its wire credit, "…, reports AFP"; `s` lands on AFP."""
    nav = Navigator(seed_analysis)
    text = seed_analysis.article.text
    first = nav.next_claim(Place(0, 1))
    assert first is not None
    assert first.status.startswith(f"claim 1/{len(nav.claims)} · AFP · reports")
    source = nav.toggle_source(first.place)
    assert source is not None and text[source.place.start:source.place.end] == "AFP"
    assert nav.toggle_source(source.place).place == first.place  # type: ignore[union-attr]
    pronouns = [i for i, c in enumerate(nav.claims) if c.source is not None and c.source.antecedent is not None]
    assert pronouns  # "he said", "It said": told with who they refer to
    for i in pronouns:
        src = nav.claims[i].source
        assert f"· {src.text} → " in nav.claim_status(i)
        assert nav.claim_status(i).endswith(f"? · {nav.claims[i].cue.text}")  # not named: to be checked
        landed = nav.toggle_source(nav.claim(i).place)
        assert landed is not None and (landed.place.start, landed.place.end) == (
            src.antecedent.start, src.antecedent.end)
    named = [i for i, c in enumerate(nav.claims) if c.source is not None and c.source.resolution == "named"]
    assert named and all("?" not in nav.ref_name(nav.claims[i].source) for i in named)
    top = max(seed_analysis.events, key=lambda e: e.salience)
    assert " ".join(top.what.text.split()) in nav.event(nav.event_index(top.id)).status


@pytest.fixture(scope="session")
def seed_analysis(nlp) -> Analysis:
    from seed_analysis import seed_analysis

    return seed_analysis()


def test_a_passive_reads_from_its_subject_not_its_agent_twice() -> None:
    text = "The senator was questioned by federal investigators in Ohio."

    def ref(phrase: str, entity: str | None = None) -> Ref:
        start = text.index(phrase)
        return Ref(start, start + len(phrase), phrase, entity)

    what = ref("was questioned by federal investigators")
    questioned = Event("v1", Trigger(*_span_of(text, "questioned"), "questioned", "question"),
                       Span.of(text, what.start, what.end), [ref("federal investigators")],
                       [ref("The senator")], [ref("Ohio", "e1")], None, 0.9)
    active = replace(questioned, what=Span.of(text, *_span_of(text, "questioned")))
    ohio = Entity("e1", "GPE", "Ohio", [Mention(*_span_of(text, "Ohio"), "Ohio")])
    nav = Navigator(Analysis(Article(text), "test", "none", [ohio], [], [questioned]))
    assert nav.event_parts(questioned) == ("The senator", "was questioned by federal investigators", "Ohio")
    # an agent outside the predicate is the one who acts, said first
    assert nav.event_parts(active) == ("federal investigators", "questioned", "Ohio")


def _span_of(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def test_a_name_before_the_noun_it_describes_does_not_name_the_phrase() -> None:
    """"A Senate committee" is not the Senate, nor "the Obama administration" Obama; "Senator
    Jack Morrow of Ohio" is Jack Morrow."""
    text = "A Senate committee voted on Monday. Senator Jack Morrow of Ohio voted too."

    def ref(phrase: str, entity: str) -> Ref:
        start = text.index(phrase)
        return Ref(start, start + len(phrase), phrase, entity)

    senate = Entity("e1", "ORG", "Senate", [Mention(*_span_of(text, "Senate"), "Senate")])
    morrow = Entity("e2", "PERSON", "Jack Morrow", [Mention(*_span_of(text, "Jack Morrow"), "Jack Morrow")])
    committee = Event("v1", Trigger(*_span_of(text, "voted"), "voted", "vote"), Span.of(text, *_span_of(text, "voted")),
                      [ref("A Senate committee", "e1")], [], [], None, 0.9)
    senator = replace(committee, id="v2", who=[ref("Senator Jack Morrow of Ohio", "e2")])
    nav = Navigator(Analysis(Article(text), "test", "none", [senate, morrow], [], [committee, senator]))
    assert nav.event_parts(committee)[0] == "A Senate committee"
    assert nav.event_parts(senator)[0] == "Jack Morrow"


def test_a_coordination_is_told_as_itself_and_filed_under_each_listed_name() -> None:
    """"Ruth Okafor and Brill Freight" is one participant, neither of its names alone, and counts
    as a person and as an organisation; "Devon and Cornwall Police" names one body."""
    text = ("Ruth Okafor and Brill Freight settled the case. Devon and Cornwall Police closed the road. "
            "Tarn, Vell and Okafor left early.")

    def ref(phrase: str, entity: str | None) -> Ref:
        start = text.index(phrase)
        return Ref(start, start + len(phrase), phrase, entity)

    def mention(phrase: str, nth: int = 0) -> Mention:
        start = -1
        for _ in range(nth + 1):
            start = text.index(phrase, start + 1)
        return Mention(start, start + len(phrase), phrase)

    entities = [
        Entity("e1", "PERSON", "Ruth Okafor", [mention("Ruth Okafor"), mention("Okafor", 1)], ["Okafor"]),
        Entity("e2", "ORG", "Brill Freight", [mention("Brill Freight")]),
        Entity("e3", "ORG", "Devon and Cornwall Police", [mention("Devon and Cornwall Police")]),
        Entity("e4", "PERSON", "Tarn", [mention("Tarn")]),
        Entity("e5", "PERSON", "Vell", [mention("Vell")]),
    ]

    def event(eid: str, verb: str, who: Ref) -> Event:
        return Event(eid, Trigger(*_span_of(text, verb), verb, verb), Span.of(text, *_span_of(text, verb)),
                     [who], [], [], None, 0.9)

    settled = event("v1", "settled", ref("Ruth Okafor and Brill Freight", "e1"))
    closed = event("v2", "closed", ref("Devon and Cornwall Police", "e3"))
    left = event("v3", "left", ref("Tarn, Vell and Okafor", "e4"))
    nav = Navigator(Analysis(Article(text), "test", "none", entities, [], [settled, closed, left]))
    assert nav.speaker(settled.who[0]) == ("text:ruth okafor and brill freight", "Ruth Okafor and Brill Freight")
    assert nav.speaker(closed.who[0]) == ("e3", "Devon and Cornwall Police")
    assert nav.speaker(left.who[0]) == ("text:tarn, vell and okafor", "Tarn, Vell and Okafor")
    nav.list_events(which="org", order="text")
    assert [e.id for e in nav.events] == ["v1", "v2"]
    nav.list_events(which="person", order="text")
    assert [e.id for e in nav.events] == ["v1", "v3"]
