"""Article words made into a pane's row: an excerpt cut after a whole word."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.widgets.pane_list import EXCERPT, _excerpt, _flat

TOLD = "The council said the new bridge over the river would open in the spring of next year"


@pytest.mark.parametrize(("text", "excerpt"), [
    (TOLD, "The council said the new bridge over the river would open…"),  # not "…open in t…"
    ("The bridge " + "x" * 80, "The bridge " + "x" * 48 + "…"),  # a long word: cut inside it
    ("short\nand  plain", "short and plain"),
])
def test_an_excerpt_ends_after_a_whole_word(text: str, excerpt: str) -> None:
    assert _excerpt(text) == excerpt


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(st.lists(st.text(alphabet="ab", min_size=1, max_size=40), min_size=1, max_size=40).map(" \n".join))
def test_an_excerpt_is_the_start_of_the_text_cut_at_a_space_when_it_can_be(text: str) -> None:
    flat, excerpt = _flat(text), _excerpt(text)
    assert len(excerpt) <= EXCERPT
    if excerpt == flat:
        return
    kept = excerpt.removesuffix("…")
    assert excerpt.endswith("…") and flat.startswith(kept)
    if " " in flat[EXCERPT // 2:EXCERPT]:  # a space to cut at, after half the excerpt
        assert flat[len(kept)] == " "
