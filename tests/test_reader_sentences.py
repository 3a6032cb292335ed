"""The reader's own sentence splitter (sentencex, cut at paragraphs and headline lines)."""

from __future__ import annotations

from tui.sentences import split_sentences


def spans_text(text: str, paragraphs: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, paragraphs)]


def test_sentences_with_abbreviations_and_quotes() -> None:
    text = 'Dr. Smith went to Washington. He said “it is fine.” Then U.S. forces left.'
    assert spans_text(text, [(0, len(text))]) == [
        "Dr. Smith went to Washington.", "He said “it is fine.”", "Then U.S. forces left.",
    ]


def test_sentences_never_cross_paragraphs_and_a_headline_stands_alone() -> None:
    text = "Storm hits the coast\nPhoto: a flooded street\n\nThe storm came at night. It left.\n"
    assert spans_text(text, [(0, 44), (46, 79)]) == [
        "Storm hits the coast", "Photo: a flooded street", "The storm came at night.", "It left.",
    ]


def test_hard_wrapped_prose_is_not_cut_at_its_line_breaks() -> None:
    text = "The council met on Monday and,\nafter a long debate, voted\nto close the bridge."
    assert spans_text(text, []) == [text]


def test_offsets_are_code_points() -> None:
    text = "Ça va? “Oui,” dit-il. Ünïcödé ends here."
    spans = split_sentences(text, [])
    assert [text[s:e] for s, e in spans] == ["Ça va?", "“Oui,” dit-il.", "Ünïcödé ends here."]
