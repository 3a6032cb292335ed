"""Issue 14, "Done when": the real ``newsread`` in a real terminal (tmux, clipboard on), fed an
escape-laden article, feed and annotation file, through every command and screen that prints
their text. What the pane shows (``capture-pane``) holds the escapes inert (``␛]52…``), and
the raw bytes the pane received (``pipe-pane``) hold none of them: the pane's title is
unchanged and tmux's clipboard (OSC 52 makes a buffer when ``set-clipboard`` is on) is empty.

Each terminal is a tmux server of its own (``tmux_terminal``), so no other test's buffers or
titles interfere.
"""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tmux_terminal import Terminal

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

NEWSREAD = shutil.which("newsread", path=str(Path(sys.executable).parent)) or "newsread"

# Each attack ends in a marker, so that the raw log can tell it from Textual's own sequences.
ATTACKS = {
    "clear": "\x1b[2JCLEARED",
    "clipboard": "\x1b]52;c;aGVsbG8=\x07",
    "title": "\x1b]2;PWNTITLE\x07\x1b]0;PWNTITLE\x07",
    "link": "\x1b]8;;http://pwn.test/\x1b\\LINKED\x1b]8;;\x1b\\",
    "c1": "\x9b2J\x9d2;C1TITLE\x9c",
    "bidi": "\u202eRLO\u2066LRI\u2069",
}
EVIL = "".join(ATTACKS.values())
RAW = [b"\x1b[2JCLEARED", b"\x1b]52;", b"\x1b]2;PWN", b"\x1b]0;PWN", b"\x1b]8;;http://pwn",
       "\x9b".encode(), "\x9d".encode(), "\u202e".encode(), "\u2066".encode(), b"PWNTITLE\x07"]


SIZE = (120, 36)
"""Columns and rows of the tests' terminals."""


def assert_nothing_obeyed(term: Terminal) -> None:
    """No attack in the raw output the terminal received, its title as it was, its clipboard empty."""
    time.sleep(0.3)  # let pipe-pane's cat write out what the pane has received
    raw = term.log.read_bytes() if term.log.exists() else b""
    assert raw, "the pane log is empty: pipe-pane did not record"
    found = [seq for seq in RAW if seq in raw]
    assert not found, f"reached the terminal raw: {found}"
    assert term.pane_title() == term.title
    assert term.buffers() == "", f"the clipboard was written: {term.buffers()}"


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """An article, a feed and an annotation file, each full of escapes, all in one library."""
    monkeypatch.setenv("NEWSREAD_DATA_DIR", str(tmp_path / "data"))
    article = tmp_path / "evil.md"
    article.write_text(
        f"---\ntitle: {json.dumps('Evil ' + EVIL)}\nsource: {json.dumps('Src ' + EVIL)}\n"
        f"published: 2024-13-01\n---\n\nThe port said {EVIL} the ferry would run on Monday.\n\n"
        "Second paragraph of the story.\n", encoding="utf-8")
    from tui.ingest import load

    article_id = load(str(article)).id
    note = {
        "type": "Annotation", "id": f"note-{EVIL}", "created": "2026-01-01T00:00:00+00:00",
        "body": [{"type": "TextualBody", "value": f"Note {EVIL}", "purpose": "commenting"},
                 {"type": "TextualBody", "value": f"tag{EVIL}", "purpose": "tagging"}],
        "target": {"source": "urn:newsread:x", "styleClass": ATTACKS["clipboard"],
                   "selector": [{"type": "TextQuoteSelector", "exact": "the ferry would run"}]},
        "newsread:article": article_id, "newsread:title": f"Evil {EVIL}",
    }
    notes = tmp_path / "notes.jsonl"
    notes.write_text(json.dumps(note) + "\n", encoding="utf-8")
    bad = tmp_path / "bad.jsonl"  # refused, record by record, in lines that quote it
    bad.write_text(json.dumps({**note, "id": f"bad{EVIL}", "newsread:title": {"x": EVIL}}) + "\n"
                   + f"not json {EVIL}\n", encoding="utf-8")
    feed = tmp_path / "evil.xml"
    entry = (f"<item><title>Entry {EVIL}</title><description>Summary {EVIL}</description>"
             f"<guid>e1</guid><content:encoded><![CDATA[<p>The full text {EVIL} of the entry, "
             "long enough to be an article.</p>]]></content:encoded></item>")
    feed.write_bytes(('<?xml version="1.0"?><rss version="2.0" '
                      'xmlns:content="http://purl.org/rss/1.0/modules/content/">'
                      f"<channel><title>Feed {EVIL}</title>{entry}</channel></rss>").encode())
    return {"article": article, "notes": notes, "bad": bad, "feed": feed}


def q(path: Path | str) -> str:
    return shlex.quote(str(path))


def test_commands_print_hostile_text_inert(tmux, hostile: dict[str, Path], tmp_path: Path) -> None:
    missing = tmp_path / f"missing{ATTACKS['title']}.txt"
    script = "; ".join([
        f"{q(NEWSREAD)} annotations import {q(hostile['notes'])}",
        f"{q(NEWSREAD)} annotations import {q(hostile['bad'])}",
        f"{q(NEWSREAD)} analyze --no-cache {q(hostile['article'])} {q(missing)} | head -c 600",
        f"{q(NEWSREAD)} annotations list",
        f"{q(NEWSREAD)} annotations export --format jsonl | head -c 600",
        f"{q(NEWSREAD)} library --list",
        f"{q(NEWSREAD)} export {q(hostile['article'])} --format md",  # the engine runs once, then cached
        f"{q(NEWSREAD)} export {q(hostile['article'])} --format csv",
        f"{q(NEWSREAD)} export {q(hostile['article'])} --format json | head -c 600",
        "echo ALL-DONE",
    ])
    p = tmux(f"sh -c {q(script)}", size=SIZE)
    screen = p.wait_for("ALL-DONE")
    assert "␛]52;c;aGVsbG8=␇" in screen  # shown, not obeyed
    assert_nothing_obeyed(p)


def test_screens_show_hostile_text_inert(tmux, hostile: dict[str, Path], tmp_path: Path) -> None:
    imported = subprocess.run([NEWSREAD, "annotations", "import", str(hostile["notes"])],
                              capture_output=True, text=True,
                              env={"NEWSREAD_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"})
    assert imported.returncode == 0 and "1 added" in imported.stdout

    reader = tmux(f"{q(NEWSREAD)} --no-analysis {q(hostile['article'])}", size=SIZE)
    reader.wait_for("␛[2JCLEARED␛]52;c;aGVsbG8=␇")  # in the title, the source and the text
    reader.wait_for("'2024-13-01'")  # the notice toast: the date left out
    reader.press("m")  # the Notes pane: the note, its tags, its colour
    reader.wait_for("#tag␛[2JCLEARED")
    reader.press("A")  # the note dialog, filled with the note
    reader.wait_for("Tags (comma-separated)")
    reader.press("Escape")  # alone: tmux reads ESC and the next key together as alt+key
    reader.wait_gone("Tags (comma-separated)")
    reader.press("?")
    reader.wait_for("Scroll down one line")
    reader.press("Escape")
    reader.wait_gone("Scroll down one line")
    reader.press("L")  # the library, then the remove dialog and its toast
    reader.wait_for("1 article")
    reader.press("x")
    reader.wait_for("from the library?")
    reader.press("Enter")
    reader.wait_for("Removed")
    reader.press("q", "q")
    assert reader.exit_status() == 0
    assert_nothing_obeyed(reader)

    feed = tmux(f"{q(NEWSREAD)} --no-analysis {q(hostile['feed'])}", size=SIZE)
    feed.wait_for("Feed ␛[2JCLEARED")
    feed.press("Enter")  # the "Opening …" toast, then the entry's article
    feed.wait_for("of the entry, long enough")  # (the HTML parser drops ESC; the rest shows)
    feed.press("q", "q")
    assert feed.exit_status() == 0
    assert_nothing_obeyed(feed)


def test_the_analysis_panes_show_hostile_text_inert(tmux, tmp_path: Path) -> None:
    """With the engine: the claims quote the escapes in the article's marks, the status bar
    and the Claims pane."""
    story = tmp_path / "claims.txt"
    story.write_text(
        f"Ferry cuts\n\nThe harbour master Ada Quill said on Monday that the island ferry "
        f"would run {EVIL} four crossings a day.\n\n\"We have no choice {EVIL},\" said Quill.\n",
        encoding="utf-8")
    reader = tmux(f"{q(NEWSREAD)} {q(story)}", size=SIZE)
    reader.wait_for("Claims")  # the analysis is in: the sidebar's tabs
    reader.press("]")  # the first claim: its content, cue and source, and the status bar
    reader.wait_for("claim 1/")
    reader.press("Tab", "Right", "Right")  # the sidebar's tabs, on to the Claims pane
    reader.wait_until(lambda screen: any("␛]52;c;aGVsbG8=␇" in row.partition("│")[2] for row in screen.splitlines()),
                      "the quote in the Claims pane")
    reader.press("q")
    assert reader.exit_status() == 0
    assert_nothing_obeyed(reader)
