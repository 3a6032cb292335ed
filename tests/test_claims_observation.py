"""Claims: "find"/"see" with an object and the state it was found in tell what somebody came
upon, not what they say (``_Finder.observation``); a finding's document, a that-clause or a
judgement stays a claim. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_claims import claims_of


def found(nlp, text: str) -> list[tuple[str, str, str]]:
    """(cue, content, source) of each claim whose cue is a form of "find" or "see"."""
    claims, _ = claims_of(nlp, text)
    return [(c.cue.text, c.content.text, c.source.text if c.source else "") for c in claims
            if c.cue and c.cue.lemma in ("find", "see")]


@pytest.mark.parametrize("text", [
    "Rescuers found the boy alive after three days in the rubble.",
    "Police found the car abandoned near the river on Sunday.",
    "Doctors found the skipper unconscious on the quay.",
    "Divers found the ferry's captain unconscious in the wheelhouse.",
    "Firefighters who reached the farm found the barn ablaze.",
    "The senator found himself embroiled in a row over his expenses.",
])
def test_a_state_come_upon_is_no_claim(nlp, text: str) -> None:
    assert found(nlp, text) == []


@pytest.mark.parametrize(("text", "claim"), [
    ("The report found that the council had overspent by two million pounds.",
     ("found", "that the council had overspent by two million pounds", "The report")),
    ("The inquiry found the ferry's logbook destroyed.",
     ("found", "the ferry's logbook destroyed", "The inquiry")),
    ("Investigators found the pilot had ignored two warnings.",
     ("found", "the pilot had ignored two warnings", "Investigators")),
    # people whose work is finding: their finding is a report, whatever state it names
    ("Investigators found the ferry's logbook destroyed.", ("found", "the ferry's logbook destroyed", "Investigators")),
    ("Auditors found the harbour accounts falsified.", ("found", "the harbour accounts falsified", "Auditors")),
    ("The coroner found the death unexplained.", ("found", "the death unexplained", "The coroner")),
    ("I find his message chilling.", ("find", "his message chilling", "I")),
])
def test_a_finding_or_a_judgement_stays_a_claim(nlp, text: str, claim: tuple[str, str, str]) -> None:
    assert found(nlp, text) == [claim]
