"""One-line text for terminals: flattened, control characters made harmless, cut with an ellipsis."""

from tui.oneline import clip, one_line


def test_one_line_folds_breaks_and_spaces() -> None:
    assert one_line("  Ramadi\n\nfell   on\tSunday ") == "Ramadi fell on Sunday"


def test_clip_cuts_with_an_ellipsis_and_hides_control_characters() -> None:
    assert clip("Ramadi fell on Sunday", 10) == "Ramadi fe…"
    assert clip("Ramadi fell", 11) == "Ramadi fell"
    assert clip("red\x1b[31m alert", 20) == "red␛[31m alert"
