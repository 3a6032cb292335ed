"""The real ``newsread`` command in a real terminal (tmux): what a user sees and presses.

Waits poll the screen (never a fixed sleep as an assertion); a test fails only when the
expected text has not appeared within a generous deadline.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader_articles import HOSTILE_TEXT, SEED_TITLE

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

NEWSREAD = shutil.which("newsread", path=str(Path(sys.executable).parent)) or "newsread"
DEADLINE = 20.0


class Terminal:
    """One tmux session running one shell command; the command's exit status lands in a file."""

    def __init__(self, command: str, tmp: Path, size: tuple[int, int] = (100, 30)) -> None:
        self.name = f"newsread-{uuid.uuid4().hex[:8]}"
        self.exit_file = tmp / "exit-status"
        env = {"NEWSREAD_DATA_DIR": str(tmp / "data"), "NEWSREAD_CONFIG": str(tmp / "config.toml")}
        assignments = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        script = f"{assignments} {command}; echo $? > {shlex.quote(str(self.exit_file))}; sleep 60"
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", self.name, "-x", str(size[0]), "-y", str(size[1]),
             "sh", "-c", script],
            check=True, env={**os.environ, "TERM": "xterm-256color"},
        )

    def screen(self) -> str:
        out = subprocess.run(["tmux", "capture-pane", "-p", "-t", self.name],
                             capture_output=True, text=True, check=True)
        return out.stdout

    def press(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def wait_for(self, check: Callable[[str], bool], what: str) -> str:
        end = time.monotonic() + DEADLINE
        while True:
            screen = self.screen()
            if check(screen):
                return screen
            if time.monotonic() > end:
                raise AssertionError(f"never saw {what}; the screen was:\n{screen}")
            time.sleep(0.1)

    def wait_for_text(self, text: str) -> str:
        return self.wait_for(lambda screen: text in screen, repr(text))

    def exit_status(self) -> int:
        end = time.monotonic() + DEADLINE
        while not (self.exit_file.exists() and self.exit_file.read_text().strip()):
            if time.monotonic() > end:
                raise AssertionError(f"newsread did not exit; the screen was:\n{self.screen()}")
            time.sleep(0.1)
        return int(self.exit_file.read_text())

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Callable[..., Terminal]]:
    opened: list[Terminal] = []

    def open_(args: str, size: tuple[int, int] = (100, 30)) -> Terminal:
        opened.append(Terminal(f"{shlex.quote(NEWSREAD)} {args}", tmp_path, size))
        return opened[-1]

    yield open_
    for t in opened:
        t.close()


def test_bare_newsread_opens_the_sample_goes_to_the_end_and_quits(terminal) -> None:
    """The first `newsread` (an empty library) opens the bundled sample."""
    term = terminal("")
    screen = term.wait_for_text("The Islamic State (ISIS) group")
    assert SEED_TITLE in screen
    # the start of the first paragraph, beside the column the sidebar holds for the analysis
    assert "The Islamic State (ISIS) group on Sunday sealed" in screen
    term.press("G")
    term.wait_for_text("AFP contributed to this report.")
    term.press("q")
    assert term.exit_status() == 0


def test_markup_and_escape_sequences_in_an_article_are_inert(terminal, tmp_path: Path) -> None:
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE_TEXT, encoding="utf-8")
    term = terminal(shlex.quote(str(article)), size=(130, 30))  # whole lines beside the sidebar
    screen = term.wait_for_text("Last line.")
    assert "This has [bold]x[/bold] and [@click=app.quit]quit[/] in it." in screen
    assert "Clear: ␛[2J done. Clipboard: ␛]52;c;aGVsbG8=␇ end." in screen
    term.press("j", "k", "G", "g", "Enter", "?")
    term.wait_for_text("Scroll down one line")  # the help screen: every key above was handled
    term.press("Escape")
    after = term.wait_for(lambda screen: "Scroll down one line" not in screen, "help closed")
    assert "This has [bold]x[/bold] and [@click=app.quit]quit[/] in it." in after  # not cleared
    assert not term.exit_file.exists()  # still running
    clipboard = subprocess.run(["tmux", "show-buffer"], capture_output=True, text=True)
    assert "hello" not in clipboard.stdout  # the OSC 52 write did not reach tmux's clipboard
    term.press("q")
    assert term.exit_status() == 0
