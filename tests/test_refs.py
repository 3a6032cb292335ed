"""Which entity a source or participant phrase names (tui.analysis.refs)."""

from __future__ import annotations

from tui.analysis.refs import EntityIndex
from tui.analysis_model import Entity, Mention

TEXT = "Iraqi Prime Minister Haider al-Abadi said Syrian troops read the ISIS statement."


def _entity(eid: str, label: str, word: str) -> Entity:
    start = TEXT.index(word)
    return Entity(eid, label, word, [Mention(start, start + len(word), word)])


INDEX = EntityIndex([
    _entity("e1", "NORP", "Iraqi"),
    _entity("e2", "PERSON", "Haider al-Abadi"),
    _entity("e3", "NORP", "Syrian"),
    _entity("e4", "ORG", "ISIS"),
])


def _named(phrase: str) -> str | None:
    start = TEXT.index(phrase)
    return INDEX.ref(TEXT, start, start + len(phrase)).entity


def test_a_person_beats_the_nationality_before_the_name() -> None:
    assert _named("Iraqi Prime Minister Haider al-Abadi") == "e2"


def test_an_exact_mention_names_itself() -> None:
    assert _named("Syrian") == "e3"


def test_an_organisation_inside_a_nominal_is_what_it_names() -> None:
    assert _named("the ISIS statement") == "e4"


def test_a_nationality_word_only_describes_a_longer_phrase() -> None:
    assert _named("Syrian troops") is None
