"""One-line text for terminals: flattened, control characters made harmless, cut with an ellipsis."""

from tui.oneline import clip, one_line


def test_one_line_folds_breaks_and_spaces() -> None:
    assert one_line("  Ramadi\n\nfell   on\tSunday ") == "Ramadi fell on Sunday"


def test_clip_cuts_with_an_ellipsis_and_hides_control_characters() -> None:
    assert clip("Ramadi fell on Sunday", 10) == "Ramadi fe…"
    assert clip("Ramadi fell", 11) == "Ramadi fell"
    assert clip("red\x1b[31m alert", 20) == "red␛[31m alert"


def test_clip_and_pad_count_terminal_cells_not_characters() -> None:
    from tui.oneline import cells, pad

    assert cells("港口委员会") == 10 and cells("café") == 4 and cells("e\u0301") == 1
    assert clip("港口委员会推迟投票", 9) == "港口委员…"  # 8 cells + the ellipsis
    assert cells(clip("港口委员会推迟投票", 10)) <= 10
    assert clip("⏺️ Live", 20) == "⏺︎ Live"  # shown in text presentation: one cell
    assert pad("港口", 6) == "港口  " and cells(pad("港口", 6)) == 6
    assert pad("too long", 3) == "too long"
