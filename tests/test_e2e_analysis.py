"""The analysis in a real terminal (tmux): counts, claim and source keys, the events pane,
and entity types told apart without colour (NO_COLOR).

The first open of the seed computes its analysis (spaCy loads in the worker), so the waits
for it are longer than the reader's own; they poll and never sleep as an assertion.
"""

from __future__ import annotations

import random
import re
import shlex
import time
from pathlib import Path

import pytest
from reader_articles import SEED
from test_e2e_tmux import NEWSREAD
from tmux_terminal import Terminal

pytestmark = pytest.mark.e2e

ANALYSIS_DEADLINE = 60.0
COUNTS = re.compile(r"\d+ entit(?:y|ies) · \d+ claims? · \d+ events?")
SGR = re.compile(r"((?:\x1b\[[0-9;:]*m)+)")


def wait(term: Terminal, pattern: str | re.Pattern[str], deadline: float = ANALYSIS_DEADLINE) -> str:
    """The first screen that matches ``pattern``; AssertionError after ``deadline`` seconds. A
    key's answer is waited for as long as the analysis: on a loaded 2-core machine (the suite,
    other jobs) a repaint can take seconds, and the deadline only bounds a failure."""
    end = time.monotonic() + deadline
    while True:
        screen = term.screen()
        if re.search(pattern, screen):
            return screen
        if time.monotonic() > end:
            raise AssertionError(f"never saw {pattern!r}; the screen was:\n{screen}")
        time.sleep(0.1)


def styled_screen(term: Terminal) -> str:
    """The screen with its styles (SGR sequences kept)."""
    return term.tmux("capture-pane", "-p", "-e", "-t", "t")


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
    return Terminal(tmp_path, f"{env} {shlex.quote(NEWSREAD)} {shlex.quote(str(SEED))}".strip(), size=(120, 35))


def test_claim_source_and_events_pane(tmp_path: Path) -> None:
    term = open_seed(tmp_path)
    try:
        wait(term, COUNTS)
        term.press("]")
        status = wait(term, r"claim 1/\d+ · AFP · reports").splitlines()[-2]
        assert status.lstrip().startswith("claim 1/")
        term.press("s")
        wait(term, r"source of claim 1/\d+ · AFP")
        focus = re.search(r"\x1b\[(?:[0-9]+;)*7(?:;[0-9]+)*m(?:\x1b\[[0-9;:]*m)*AFP", styled_screen(term))
        assert focus, "the cursor (reverse video) is not on AFP"
        term.press("s")
        wait(term, r"claim 1/\d+ · AFP · reports")
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


def long_article(path: Path, words: int) -> None:
    """A made-up article of ``words`` words or more, paragraphs numbered ``§1``, ``§2``…"""
    rng = random.Random(11)
    people = ["Marta Kowalczyk", "Idris Bello", "the harbour master", "Councillor Ruth Ames"]
    places = ["Port Ellery", "the Bergmoor valley", "Lisbon", "the northern quay"]
    verbs = ["said", "told reporters", "argued", "insisted"]
    things = ["the ferry terminal would open in May", "the budget had doubled since March",
              "the dredging had stopped twice", "nobody had asked the fishermen"]
    out, count, n = ["Ferry terminal plans divide Port Ellery"], 6, 0
    while count < words:
        n += 1
        sentences = [f"§{n}"]
        for _ in range(rng.randint(3, 5)):
            sentences.append(f"{rng.choice(people).capitalize()} {rng.choice(verbs)} in {rng.choice(places)} "
                             f"that {rng.choice(things)}.")
        paragraph = " ".join(sentences)
        count += len(paragraph.split())
        out.append(paragraph)
    path.write_text("\n\n".join(out) + "\n", encoding="utf-8")


def test_a_long_article_scrolls_while_its_analysis_streams_in(tmp_path: Path) -> None:
    """Issue 11, "Done when": a 50,000-word article read with j held down while its analysis
    runs (cold): the view moves on and the status bar's percentage rises."""
    article = tmp_path / "long.txt"
    long_article(article, 50_000)
    term = Terminal(tmp_path, f"{shlex.quote(NEWSREAD)} {shlex.quote(str(article))}", size=(100, 30))
    try:
        wait(term, r"analysing \d+%", 180)  # the model loads, the part on screen comes first
        seen: list[int] = []
        furthest = 0
        end = time.monotonic() + 600
        while time.monotonic() < end and not (len(set(seen)) >= 3 and furthest > 20):
            term.press(*"j" * 5)
            screen = term.screen()
            seen += [int(p) for p in re.findall(r"analysing (\d+)%", screen)]
            furthest = max([furthest, *(int(n) for n in re.findall(r"§(\d+)", screen))])
            time.sleep(0.05)
        assert len(set(seen)) >= 3 and seen == sorted(seen), seen  # it rose, and never fell back
        assert furthest > 20  # the view moved on, down the article, while the analysis ran
        assert not term.exit_file.exists()
        term.press("q")
        assert term.exit_status() == 0
    finally:
        term.close()
