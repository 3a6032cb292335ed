"""SVG pictures of the reader on the seed (pytest-textual-snapshot; `--snapshot-update` to renew)."""

from __future__ import annotations

import pytest

from reader_articles import reader_app


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_reader_on_the_seed(snap_compare, size: tuple[int, int]) -> None:
    assert snap_compare(reader_app(), terminal_size=size)


def test_reader_after_search_and_paging(snap_compare) -> None:
    assert snap_compare(reader_app(), terminal_size=(80, 24), press=["slash", *"ramadi", "enter", "n", "n"])


def test_help_screen(snap_compare) -> None:
    assert snap_compare(reader_app(), terminal_size=(80, 24), press=["question_mark"])
