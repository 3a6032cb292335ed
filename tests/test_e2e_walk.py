"""The walk of issue 13 in a real terminal (tmux), at the narrowest and a wide size: open the
sample, ``]`` ×10, ``s``, ``s``, ``}``, tab to Events, Enter, ``v w w e``, ``a`` note Enter,
``m``, ``?``, ``q``. Each key shows its documented effect, and nothing is cut or covered: the
tab labels are whole, the status and the footer keep their own rows.
"""

from __future__ import annotations

import re
import shlex

import pytest
from reader_articles import SEED
from test_e2e_analysis import COUNTS, wait
from test_e2e_tmux import NEWSREAD
from tmux_terminal import Terminal

pytestmark = pytest.mark.e2e

TABS = re.compile(r"Events \d+  Entities \d+  Claims \d+  Notes \d+")


@pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=["80x24", "160x45"])
def test_the_walk(tmp_path, size: tuple[int, int]) -> None:
    term = Terminal(tmp_path, f"{shlex.quote(NEWSREAD)} {shlex.quote(str(SEED))}", size)
    try:
        wait(term, COUNTS)
        term.press(*["]"] * 10)
        wait(term, r"claim 10/\d+ · ")
        term.press("s")
        wait(term, r"source of claim 10/")
        term.press("s")
        wait(term, r"\n claim 10/\d+ · ")
        term.press("}")
        wait(term, r"event 1/\d+ · ")
        term.press("Tab")
        screen = wait(term, r"t order · f ")  # the Events pane, unfolded at 80 columns
        assert TABS.search(screen)
        term.press("Enter")
        wait(term, r"event \d+/\d+ · ")
        for key, told in (("v", "selected 1 word"), ("w", "selected 2 words"), ("w", "selected 3 words"),
                          ("e", r"mention \d+/\d+")):
            term.press(key)
            wait(term, told)
        term.press("a")
        wait(term, r"Annotate the selection[\s\S]*“\S+ \S+ \S+”")  # the three words selected
        term.press("-l", "walk note")
        term.press("Enter")
        wait(term, r"note saved on ")
        term.press("m")
        screen = wait(term, r"Notes 1")
        screen = wait(term, r"walk note")
        assert TABS.search(screen), screen
        term.press("?")
        wait(term, r"Scroll down one line")
        term.press("q")
        # The help is gone once the screen below it is whole again (tabs and note back in view):
        # waiting only for the help's text to vanish can catch tmux between two partial repaints.
        screen = wait(term, r"^(?![\s\S]*Scroll down one line)(?=[\s\S]*walk note)(?=[\s\S]*" + TABS.pattern + ")")
        rows = screen.rstrip("\n").split("\n")
        assert rows[-1].lstrip().startswith("tab Panes") and "^p palette" in rows[-1]
        assert rows[-2].startswith(" note saved on ") and re.search(r"sentence \d+/\d+ +\d+%$", rows[-2].rstrip())
        assert TABS.search(screen) and "walk note" in screen
        assert not term.exit_file.exists()
    finally:
        term.close()

