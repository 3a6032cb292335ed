"""One thing said, cut in two where a quote begins (issue 10): two contents of one cue with
nothing but spaces, commas, dashes or a "but"/"and" between them are one claim; contents of
different cues, or set apart by a sentence, stay two."""

from __future__ import annotations

from test_claims import claims_of


def rows(nlp, text: str) -> list[tuple[str, str, str | None, str | None]]:
    claims, _ = claims_of(nlp, text)
    return [(c.kind, c.content.text, c.cue.text if c.cue else None, c.source.text if c.source else None) for c in claims]


def test_object_and_quote_of_one_cue_are_one_claim(nlp):
    assert rows(nlp, "The mayor thanked the volunteers “for their patience during the long winter.”") == [
        ("mixed", "the volunteers “for their patience during the long winter.”", "thanked", "The mayor")]
    assert rows(nlp, 'The senator defended the tax plan -- "It will pay for the new bridge within ten years."') == [
        ("mixed", 'the tax plan -- "It will pay for the new bridge within ten years."', "defended", "The senator")]


def test_contents_of_one_cue_joined_by_but_or_and_are_one_claim(nlp):
    assert rows(nlp, "Hale said she had received offers for the land, but “the offers were far too low for a family farm.”") == [
        ("mixed", "she had received offers for the land, but “the offers were far too low for a family farm.”", "said", "Hale")]
    assert rows(nlp, "Ruiz recalled the flood, and “all the neighbors who came to help with sandbags.”") == [
        ("mixed", "the flood, and “all the neighbors who came to help with sandbags.”", "recalled", "Ruiz")]


def test_contents_of_two_cues_stay_two(nlp):
    assert rows(nlp, 'The mayor praised the plan. "It will pay for the bridge within ten years," she said.') == [
        ("indirect", "the plan", "praised", "The mayor"),
        ("direct", '"It will pay for the bridge within ten years,"', "said", "she")]
