"""Claims that are no attribution at all, kept out as classes (issue 10): a quoted label inside a
noun phrase under a verb that reports nothing, …; each beside a sentence of the same shape that
stays a claim."""

from __future__ import annotations

from test_claims import claims_of


def contents(nlp, text: str) -> list[str]:
    claims, _ = claims_of(nlp, text)
    return [c.content.text for c in claims]


# --- a quoted label inside a noun phrase is the writer's, not anyone's words ---------------

def test_quoted_label_modifying_a_noun_is_no_claim(nlp):
    assert contents(nlp, 'The main rival came from church groups and an unaligned "Home First" push.') == []
    assert contents(nlp, "Voters in the valley crushed the party's \"establishment\" candidate in the spring primary.") == []


def test_quoted_object_of_a_verb_stays_a_claim(nlp):
    claims, _ = claims_of(nlp, 'The mayor blasted the plan as "a costly mistake."')
    assert [(c.content.text, c.cue.text if c.cue else None, c.source.text if c.source else None) for c in claims] == [
        ('the plan as "a costly mistake."', "blasted", "The mayor")]
    assert contents(nlp, 'Then she turned to the "fiscal hawks" in her own caucus.') == ['to the "fiscal hawks"']
