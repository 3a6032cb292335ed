"""The analysis in a real terminal (tmux): counts, claim and source keys, the events pane,
and entity types told apart without colour (NO_COLOR).

The first open of the seed computes its analysis (spaCy loads in the worker), so the waits
for it are longer than the reader's own; they poll and never sleep as an assertion.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import time
from pathlib import Path

import pytest
from reader_articles import SEED
from test_e2e_tmux import NEWSREAD, Terminal

pytestmark = pytest.mark.e2e

ANALYSIS_DEADLINE = 60.0
COUNTS = re.compile(r"\d+ entit(?:y|ies) · \d+ claims? · \d+ events?")
SGR = re.compile(r"((?:\x1b\[[0-9;:]*m)+)")


def wait(term: Terminal, pattern: str | re.Pattern[str], deadline: float = ANALYSIS_DEADLINE) -> str:
    end = time.monotonic() + deadline
    while True:
        screen = term.screen()
        if re.search(pattern, screen):
            return screen
        if time.monotonic() > end:
            raise AssertionError(f"never saw {pattern!r}; the screen was:\n{screen}")
        time.sleep(0.1)


def styled_screen(term: Terminal) -> str:
    return subprocess.run(["tmux", "capture-pane", "-p", "-e", "-t", term.name],
                          capture_output=True, text=True, check=True).stdout


def attributes(styled: str, word: str) -> frozenset[str]:
    """The SGR attributes (colours left out) in force where ``word`` is first drawn."""
    match = re.search(SGR.pattern + re.escape(word), styled)
    assert match, f"{word!r} is not on screen"
    found: set[str] = set()
    for sequence in re.findall(r"\x1b\[([0-9;:]*)m", match.group(1)):
        codes = sequence.split(";")
        i = 0
        while i < len(codes):
            code = codes[i]
            if code in ("38", "48"):
                i += 3 if i + 1 < len(codes) and codes[i + 1] == "5" else 5
                continue
            if code in ("0", ""):
                found.clear()
            elif code not in ("39", "49"):
                found.add(code)
            i += 1
    return frozenset(found)


def open_seed(tmp_path: Path, env: str = "") -> Terminal:
    return Terminal(f"{env} {shlex.quote(NEWSREAD)} {shlex.quote(str(SEED))}".strip(), tmp_path, size=(120, 35))


def test_claim_source_and_events_pane(tmp_path: Path) -> None:
    term = open_seed(tmp_path)
    try:
        wait(term, COUNTS)
        term.press("]")
        status = wait(term, r"claim 1/\d+ · AFP · reports", 10).splitlines()[-2]
        assert status.lstrip().startswith("claim 1/")
        term.press("s")
        wait(term, r"source of claim 1/\d+ · AFP", 10)
        focus = re.search(r"\x1b\[(?:[0-9]+;)*7(?:;[0-9]+)*m(?:\x1b\[[0-9;:]*m)*AFP", styled_screen(term))
        assert focus, "the cursor (reverse video) is not on AFP"
        term.press("s")
        wait(term, r"claim 1/\d+ · AFP · reports", 10)
        sidebar = [line.split("│", 1)[1] for line in term.screen().splitlines() if "│" in line]
        assert any(re.search(r"Events \d+ +Entities \d+ +Claims \d+", line) for line in sidebar)
        caption = next(i for i, line in enumerate(sidebar) if "t order · f " in line)  # the Events pane's
        first_event = " ".join(line.strip() for line in sidebar[caption + 1:caption + 4])
        assert re.match(r"Islamic State · sealed its capture of the Iraqi city of Ramadi", first_event), sidebar
        term.press("q")
        assert term.exit_status() == 0
    finally:
        term.close()


def test_entity_types_differ_without_colour(tmp_path: Path) -> None:
    term = open_seed(tmp_path, "NO_COLOR=1")
    try:
        wait(term, COUNTS)
        styled = styled_screen(term)
        kinds = {word: attributes(styled, word) for word in ("Haider al-Abadi", "Islamic State", "Ramadi", "Sunday")}
        assert all(kinds.values()), kinds
        assert len(set(kinds.values())) == 4, kinds  # people, organisations, places, dates
    finally:
        term.close()
