"""Issue 14, "Done when": the real ``newsread`` in a real terminal (tmux, clipboard on), fed an
escape-laden article, feed and annotation file, through every command and screen that prints
their text. What the pane shows (``capture-pane``) holds the escapes inert (``␛]52…``), and
the raw bytes the pane received (``pipe-pane``) hold none of them: the pane's title is
unchanged and tmux's clipboard (OSC 52 makes a buffer when ``set-clipboard`` is on) is empty.

Each test runs its own tmux server (``-L``), so no other test's buffers or titles interfere.
"""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

NEWSREAD = shutil.which("newsread", path=str(Path(sys.executable).parent)) or "newsread"
DEADLINE = 30.0

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


class Pane:
    """One command in a pane of a private tmux server, its raw output logged from the start."""

    def __init__(self, tmp: Path, command: str, size: tuple[int, int] = (120, 36)) -> None:
        self.socket = f"newsread-hostile-{uuid.uuid4().hex[:8]}"
        self.log = tmp / f"{self.socket}.log"
        self.exit_file = tmp / f"{self.socket}.exit"
        go = tmp / f"{self.socket}.go"
        conf = tmp / "tmux.conf"
        conf.write_text(f"set -g set-clipboard on\nset -g allow-rename on\n"
                        f"set -g default-size {size[0]}x{size[1]}\n")
        env = {"NEWSREAD_DATA_DIR": str(tmp / "data"), "NEWSREAD_CONFIG": str(tmp / "config.toml"),
               "TERM": "xterm-256color"}
        assignments = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        script = (f"while [ ! -e {shlex.quote(str(go))} ]; do sleep 0.05; done; "
                  f"unset COLUMNS LINES; {assignments} {command}; "
                  f"echo $? > {shlex.quote(str(self.exit_file))}; sleep 60")
        self.tmux("-f", str(conf), "new-session", "-d", "-s", "t", "-x", str(size[0]), "-y", str(size[1]),
                  "sh", "-c", script)
        self.title = self.pane_title()
        self.tmux("pipe-pane", "-t", "t", "-o", f"cat >> {shlex.quote(str(self.log))}")
        go.touch()

    def tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True,
                              check=True).stdout

    def pane_title(self) -> str:
        return self.tmux("display", "-p", "-t", "t", "#{pane_title}")

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "t")

    def press(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "t", *keys)

    def wait_for(self, text: str) -> str:
        end = time.monotonic() + DEADLINE
        while True:
            screen = self.screen()
            if text in screen:
                return screen
            if time.monotonic() > end:
                raise AssertionError(f"never saw {text!r}; the screen was:\n{screen}")
            time.sleep(0.1)

    def wait_gone(self, text: str) -> None:
        end = time.monotonic() + DEADLINE
        while text in (screen := self.screen()):
            if time.monotonic() > end:
                raise AssertionError(f"{text!r} stayed; the screen was:\n{screen}")
            time.sleep(0.1)

    def exit_status(self) -> int:
        end = time.monotonic() + DEADLINE
        while not (self.exit_file.exists() and self.exit_file.read_text().strip()):
            if time.monotonic() > end:
                raise AssertionError(f"newsread did not exit; the screen was:\n{self.screen()}")
            time.sleep(0.1)
        return int(self.exit_file.read_text())

    def assert_nothing_obeyed(self) -> None:
        """No attack in the raw output, the title as it was, the clipboard empty."""
        time.sleep(0.3)  # let pipe-pane's cat write out what the pane has received
        raw = self.log.read_bytes() if self.log.exists() else b""
        assert raw, "the pane log is empty: pipe-pane did not record"
        found = [seq for seq in RAW if seq in raw]
        assert not found, f"reached the terminal raw: {found}"
        assert self.pane_title() == self.title
        buffers = subprocess.run(["tmux", "-L", self.socket, "list-buffers"], capture_output=True, text=True)
        assert buffers.stdout == "", f"the clipboard was written: {buffers.stdout}"

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)


@pytest.fixture
def pane(tmp_path: Path) -> Iterator[Callable[..., Pane]]:
    opened: list[Pane] = []

    def open_(command: str) -> Pane:
        opened.append(Pane(tmp_path, command))
        return opened[-1]

    yield open_
    for p in opened:
        p.close()


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


def test_commands_print_hostile_text_inert(pane, hostile: dict[str, Path], tmp_path: Path) -> None:
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
    p = pane(f"sh -c {q(script)}")
    screen = p.wait_for("ALL-DONE")
    assert "␛]52;c;aGVsbG8=␇" in screen  # shown, not obeyed
    p.assert_nothing_obeyed()


def test_screens_show_hostile_text_inert(pane, hostile: dict[str, Path], tmp_path: Path) -> None:
    imported = subprocess.run([NEWSREAD, "annotations", "import", str(hostile["notes"])],
                              capture_output=True, text=True,
                              env={"NEWSREAD_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"})
    assert imported.returncode == 0 and "1 added" in imported.stdout

    reader = pane(f"{q(NEWSREAD)} --no-analysis {q(hostile['article'])}")
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
    reader.assert_nothing_obeyed()

    feed = pane(f"{q(NEWSREAD)} --no-analysis {q(hostile['feed'])}")
    feed.wait_for("Feed ␛[2JCLEARED")
    feed.press("Enter")  # the "Opening …" toast, then the entry's article
    feed.wait_for("of the entry, long enough")  # (the HTML parser drops ESC; the rest shows)
    feed.press("q", "q")
    assert feed.exit_status() == 0
    feed.assert_nothing_obeyed()


def test_the_analysis_panes_show_hostile_text_inert(pane, tmp_path: Path) -> None:
    """With the engine: the claims quote the escapes in the article's marks, the status bar
    and the Claims pane."""
    story = tmp_path / "claims.txt"
    story.write_text(
        f"Ferry cuts\n\nThe harbour master Ada Quill said on Monday that the island ferry "
        f"would run {EVIL} four crossings a day.\n\n\"We have no choice {EVIL},\" said Quill.\n",
        encoding="utf-8")
    reader = pane(f"{q(NEWSREAD)} {q(story)}")
    reader.wait_for("Claims")  # the analysis is in: the sidebar's tabs
    reader.press("]")  # the first claim: its content, cue and source, and the status bar
    reader.wait_for("claim 1/")
    reader.press("Tab", "Right", "Right")  # the sidebar's tabs, on to the Claims pane
    end = time.monotonic() + DEADLINE
    while not any("␛]52;c;aGVsbG8=␇" in row.partition("│")[2] for row in reader.screen().splitlines()):
        assert time.monotonic() < end, f"the Claims pane never showed the quote:\n{reader.screen()}"
        time.sleep(0.1)
    reader.press("q")
    assert reader.exit_status() == 0
    reader.assert_nothing_obeyed()
