"""Claims whose cue is no verb: an attitude adjective with its preposition, a source phrase
before the clause, a label and a colon. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tui.analysis.claims import extract_claims
from tui.analysis.entities import extract_entities
from tui.analysis.refs import EntityIndex
from tui.model import Article, Claim


def claims_of(nlp, text: str) -> list[Claim]:
    article = Article(text=text)
    doc = nlp(article.text)
    return extract_claims(doc, article, EntityIndex(extract_entities(doc, article)))


def the_claim(claims: list[Claim], content: str) -> Claim:
    found = [c for c in claims if c.content.text == content]
    assert len(found) == 1, [(c.content.text, c.cue and c.cue.text) for c in claims]
    return found[0]


@pytest.mark.parametrize(("text", "content", "cue", "stance", "source"), [
    ("The farmers are confident in the new irrigation plan.", "the new irrigation plan", "confident", "assertive",
     "The farmers"),
    ("Most nurses were unhappy with the hospital's staffing rules.", "the hospital's staffing rules", "unhappy",
     "assertive", "Most nurses"),
    ("The mayor was pleased with the final budget.", "the final budget", "pleased", "neutral", "The mayor"),
    ("The union is devoted to protecting pensions for retired teachers.", "protecting pensions for retired teachers",
     "devoted", "assertive", "The union"),
])
def test_attitude_adjective_takes_its_own_preposition(nlp, text, content, cue, stance, source):
    claim = the_claim(claims_of(nlp, text), content)
    assert (claim.cue.text, claim.cue.stance) == (cue, stance)
    assert claim.source is not None and claim.source.text == source


def test_an_attitude_adjective_takes_only_the_prepositions_of_its_object(nlp):
    """"happy with" names what pleases; "happy in" names where the children are happy."""
    assert [c.content.text for c in claims_of(nlp, "The children were happy with their new school.")] == [
        "their new school"]
    assert claims_of(nlp, "The children were happy in their new school.") == []
