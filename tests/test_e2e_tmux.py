"""The real ``newsread`` command in a real terminal (tmux): what a user sees and presses.

Waits poll the screen (never a fixed sleep as an assertion); a test fails only when the
expected text has not appeared within a generous deadline.
"""

from __future__ import annotations

import shlex
import shutil
import sys
from pathlib import Path

import pytest

from reader_articles import HOSTILE_TEXT, SEED_TITLE

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

NEWSREAD = shutil.which("newsread", path=str(Path(sys.executable).parent)) or "newsread"


def test_bare_newsread_opens_the_sample_goes_to_the_end_and_quits(tmux) -> None:
    """The first `newsread` (an empty library) opens the bundled sample."""
    term = tmux(shlex.quote(NEWSREAD))
    screen = term.wait_for("The Islamic State (ISIS) group")
    assert SEED_TITLE in screen
    # the start of the first paragraph, beside the column the sidebar holds for the analysis
    assert "The Islamic State (ISIS) group on Sunday sealed" in screen
    term.press("G")
    term.wait_for("AFP contributed to this report.")
    term.press("q")
    assert term.exit_status() == 0


def test_markup_and_escape_sequences_in_an_article_are_inert(tmux, tmp_path: Path) -> None:
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE_TEXT, encoding="utf-8")
    term = tmux(f"{shlex.quote(NEWSREAD)} {shlex.quote(str(article))}", size=(130, 30))  # whole lines beside the sidebar
    screen = term.wait_for("Last line.")
    assert "This has [bold]x[/bold] and [@click=app.quit]quit[/] in it." in screen
    assert "Clear: ␛[2J done. Clipboard: ␛]52;c;aGVsbG8=␇ end." in screen
    term.press("j", "k", "G", "g", "Enter", "?")
    term.wait_for("Scroll down one line")  # the help screen: every key above was handled
    term.press("Escape")
    after = term.wait_gone("Scroll down one line")
    assert "This has [bold]x[/bold] and [@click=app.quit]quit[/] in it." in after  # not cleared
    assert not term.exit_file.exists()  # still running
    assert term.buffers() == ""  # the OSC 52 write did not reach tmux's clipboard
    term.press("q")
    assert term.exit_status() == 0
