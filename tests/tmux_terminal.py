"""A real terminal for end-to-end tests: one shell command in a tmux server of its own.

The terminal obeys what a program sends it (``set-clipboard on``: OSC 52 writes a tmux buffer;
``allow-rename on``: OSC 0/2 retitle the pane), so a leaked escape sequence shows; every byte
the pane receives is logged from the start (``pipe-pane``, attached before the command runs).
Each terminal has its own server (``-L``), so no other test's buffers or titles interfere.
Waits poll the screen (never a fixed sleep as an assertion) up to a generous ``DEADLINE``.
"""

from __future__ import annotations

import shlex
import subprocess
import time
import uuid
from collections.abc import Callable
from pathlib import Path

DEADLINE = 30.0
"""Seconds a wait polls before it fails (a cold analysis on a busy machine takes a while)."""


class Terminal:
    """``command`` run by ``sh`` in a ``size`` (columns, rows) tmux pane, with its own data and
    config dirs under ``tmp``; its exit status lands in ``exit_file``, its raw output in ``log``."""

    def __init__(self, tmp: Path, command: str, size: tuple[int, int] = (100, 30)) -> None:
        self.socket = f"newsread-{uuid.uuid4().hex[:8]}"
        self.log = tmp / f"{self.socket}.log"
        self.exit_file = tmp / f"{self.socket}.exit"
        go = tmp / f"{self.socket}.go"
        conf = tmp / f"{self.socket}.conf"
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
        """A tmux command on this terminal's server; its stdout."""
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True,
                              check=True).stdout

    def pane_title(self) -> str:
        return self.tmux("display", "-p", "-t", "t", "#{pane_title}")

    def buffers(self) -> str:
        """tmux's paste buffers, one line each (what OSC 52 wrote to the clipboard); "" for none."""
        return subprocess.run(["tmux", "-L", self.socket, "list-buffers"], capture_output=True, text=True).stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "t")

    def press(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "t", *keys)

    def wait_until(self, check: Callable[[str], bool], what: str) -> str:
        """The first screen that passes ``check``; AssertionError naming ``what`` after ``DEADLINE``."""
        end = time.monotonic() + DEADLINE
        while True:
            screen = self.screen()
            if check(screen):
                return screen
            if time.monotonic() > end:
                raise AssertionError(f"never saw {what}; the screen was:\n{screen}")
            time.sleep(0.1)

    def wait_for(self, text: str) -> str:
        """The first screen that shows ``text``."""
        return self.wait_until(lambda screen: text in screen, repr(text))

    def wait_gone(self, text: str) -> str:
        """The first screen that no longer shows ``text``."""
        return self.wait_until(lambda screen: text not in screen, f"{text!r} gone")

    def exit_status(self) -> int:
        """The command's exit status, once it has ended."""
        end = time.monotonic() + DEADLINE
        while not (self.exit_file.exists() and self.exit_file.read_text().strip()):
            if time.monotonic() > end:
                raise AssertionError(f"newsread did not exit; the screen was:\n{self.screen()}")
            time.sleep(0.1)
        return int(self.exit_file.read_text())

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)
