"""A note made in a real terminal (tmux), found by the CLI, and kept on its words in an edited copy.

On the seed: wait for the analysis, ``]`` to the first claim, ``a``, a one-line note, Enter,
``q``; ``newsread annotations list --format json`` has it with the claim's exact words; then a
copy of the file with a new first paragraph opens with the note on the same words, both in
``annotations list COPY`` and on screen (underlined: the cue that needs no colour).
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

NOTE = "check the figure"
NEW_PARAGRAPH = "Editor's note: this story was updated with a new paragraph at the top of the report.\n\n"
UNDERLINE = "4"
SGR = re.compile(r"\x1b\[([0-9;:]*)m")


def attributes_at(styled: str, words: str) -> set[str]:
    """The SGR attributes (colours left out) in force where ``words`` first start on screen."""
    for line in styled.splitlines():
        plain = SGR.sub("", line)
        if words not in plain:
            continue
        target, seen, found = plain.index(words), 0, set()
        pos = 0
        for m in SGR.finditer(line):
            seen += m.start() - pos
            pos = m.end()
            if seen > target:
                break
            codes = m.group(1).split(";")
            i = 0
            while i < len(codes):
                if codes[i] in ("38", "48"):
                    i += 3 if i + 1 < len(codes) and codes[i + 1] == "5" else 5
                    continue
                if codes[i] in ("0", ""):
                    found.clear()
                elif codes[i] not in ("39", "49"):
                    found.add(codes[i])
                i += 1
        return found
    raise AssertionError(f"{words!r} is not on screen:\n{SGR.sub('', styled)}")


def newsread(tmp: Path, *args: str) -> str:
    env = {**os.environ, "NEWSREAD_DATA_DIR": str(tmp / "data"), "NEWSREAD_CONFIG": str(tmp / "config.toml")}
    done = subprocess.run([NEWSREAD, *args], capture_output=True, text=True, env=env, check=True)
    return done.stdout


def first_claim(tmp: Path, path: Path) -> tuple[int, int]:
    """The first claim in reading order, as the engine found it (from the analysis cache)."""
    analysis = json.loads(newsread(tmp, "analyze", str(path), "--format", "json"))
    return min((c["content"]["start"], c["content"]["end"]) for c in analysis["claims"])


def test_a_claim_noted_in_tmux_stays_on_its_words_in_an_edited_copy(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    term = Terminal(tmp_path, f"{shlex.quote(NEWSREAD)} {shlex.quote(str(SEED))}", size=(120, 35))
    try:
        wait(term, COUNTS)
        term.press("]")
        wait(term, r"claim 1/\d+ · ")
        term.press("a")
        wait(term, "Annotate the claim")
        term.press(NOTE, "Enter")
        wait(term, "note saved on “")
        term.press("q")
        assert term.exit_status() == 0
    finally:
        term.close()

    start, end = first_claim(tmp_path, SEED)
    [ann] = json.loads(newsread(tmp_path, "annotations", "list", "--format", "json"))
    assert (ann["start"], ann["end"], ann["note"], ann["orphan"]) == (start, end, NOTE, False)
    assert ann["exact"] == text[start:end]
    assert ann["exact"].startswith("The Islamic State (ISIS) group on Sunday sealed its capture")

    # A copy with a new first paragraph (under the title, so it is still the same story).
    title_end = text.index("\n\n") + 2
    copy = tmp_path / "corrected.txt"
    copy.write_text(text[:title_end] + NEW_PARAGRAPH + text[title_end:], encoding="utf-8")

    term = Terminal(tmp_path, f"NO_COLOR=1 {shlex.quote(NEWSREAD)} --no-analysis {shlex.quote(str(copy))}",
                    size=(120, 35))
    try:
        wait(term, re.escape("Editor's note: this story was updated"), 20)
        deadline = time.monotonic() + 20
        while UNDERLINE not in attributes_at(styled_screen(term), "sealed its capture"):
            assert time.monotonic() < deadline, f"the note is not marked:\n{styled_screen(term)!r}"
            time.sleep(0.1)
        styled = styled_screen(term)
        assert UNDERLINE in attributes_at(styled, "The Islamic State (ISIS) group")
        assert UNDERLINE not in attributes_at(styled, "Editor's note")
        assert UNDERLINE not in attributes_at(styled, "reports AFP.")
        term.press("q")
        assert term.exit_status() == 0
    finally:
        term.close()

    [moved] = json.loads(newsread(tmp_path, "annotations", "list", str(copy), "--format", "json"))
    shift = len(NEW_PARAGRAPH)
    assert (moved["start"], moved["end"], moved["exact"]) == (start + shift, end + shift, ann["exact"])
    assert copy.read_text(encoding="utf-8")[moved["start"]:moved["end"]] == ann["exact"]
    assert moved["note"] == NOTE and not moved["orphan"]
