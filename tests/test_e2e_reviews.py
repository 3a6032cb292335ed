"""A verdict given in a real terminal (tmux), there when the reader comes back, and published
as ClaimReview (issue 12's "Done when").

Open the sample (bare ``newsread``), wait for the analysis, ``]``, ``c``, ``4`` (False), a note,
Enter, ``q``; open it again: the first claim's status line and the Claims pane (``R`` twice:
shown, all claims) say ``False``; ``newsread export seeds/… --format claimreview`` prints a
ClaimReview of that claim rated ``False``.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from reader_articles import SEED
from test_e2e_analysis import COUNTS, styled_screen, wait
from test_e2e_tmux import NEWSREAD
from tmux_terminal import Terminal

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

NOTE = "Ramadi fell a week later"
PLACEHOLDER = "why: what the evidence shows"  # the note's, tui/screens/review_dialogs.py
SGR = re.compile(r"\x1b\[[0-9;:]*m")


def _line(styled: str, words: str) -> str:
    """The styled row of the screen that shows ``words``."""
    return next(line for line in styled.splitlines() if words in SGR.sub("", line))


def test_a_verdict_given_in_tmux_is_shown_again_and_exported_as_claimreview(tmp_path: Path) -> None:
    term = Terminal(tmp_path, shlex.quote(NEWSREAD), size=(120, 35))
    try:
        wait(term, COUNTS)
        term.press("]")
        wait(term, r"claim 1/\d+ · AFP · reports")
        term.press("c")
        wait(term, r"Verdict on claim 1/\d+")
        term.press("4")
        wait(term, "Verdict: False")
        # Keys sent before the tab has moved focus reach the verdicts, not the note: wait
        # until the note's line is painted as focused (its background changes).
        unfocused = _line(styled_screen(term), PLACEHOLDER)
        term.press("Tab")
        deadline = time.monotonic() + 10
        while _line(styled_screen(term), PLACEHOLDER) == unfocused:
            assert time.monotonic() < deadline, "the note never took focus"
            time.sleep(0.1)
        term.press("-l", NOTE)
        wait(term, NOTE)
        term.press("Enter")
        wait(term, r"verdict saved: False on claim 1/\d+")
        term.press("q")
        assert term.exit_status() == 0
    finally:
        term.close()

    term = Terminal(tmp_path, f"NO_COLOR=1 {shlex.quote(NEWSREAD)}", size=(120, 35))
    try:
        wait(term, COUNTS)
        term.press("]")
        wait(term, r"claim 1/\d+ · AFP · reports · verdict: False")
        term.press("R")
        wait(term, r"unreviewed claims only: \] and \[ skip the others")
        term.press("R")
        wait(term, re.escape("all claims (R: unreviewed only)"), 10)
        wait(term, re.escape("[False] ○ reports · indirect"), 10)
        term.press("q")
        assert term.exit_status() == 0
    finally:
        term.close()

    env = {**os.environ, "NEWSREAD_DATA_DIR": str(tmp_path / "data"), "NEWSREAD_CONFIG": str(tmp_path / "config.toml")}
    done = subprocess.run([NEWSREAD, "export", str(SEED), "--format", "claimreview"],
                          capture_output=True, text=True, env=env, check=True)
    [review] = json.loads(done.stdout)
    analysis = json.loads(subprocess.run([NEWSREAD, "analyze", str(SEED)], capture_output=True, text=True,
                                         env=env, check=True).stdout)
    first = min(analysis["claims"], key=lambda c: c["content"]["start"])
    assert review["@type"] == "ClaimReview"
    assert review["reviewRating"]["alternateName"] == "False"
    assert review["reviewRating"]["ratingExplanation"] == NOTE
    assert review["claimReviewed"] == first["content"]["text"]
    assert re.match(r"^The Islamic State \(ISIS\) group on Sunday sealed", review["claimReviewed"])
