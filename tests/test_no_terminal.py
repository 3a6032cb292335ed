"""A screen command with no terminal (in a pipe, under cron, in CI) never starts the app:
one line on stderr and exit 2, or, for ``library``, the ``--list`` output.

Run as subprocesses whose standard streams are pipes, as a script would run them; before,
the app started, wrote escape codes into the pipe and waited for keys that never came.
"""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import SEED

ESCAPE = "\x1b"


def _newsread(*args: str, **streams: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL, env={**os.environ, "TERM": "xterm-256color"}, **streams)


def test_reading_without_a_terminal_is_one_line_and_exit_2() -> None:
    for args in ([str(SEED)], [str(SEED), "--no-analysis"], []):
        result = _newsread(*args)
        assert result.returncode == 2, result.stderr
        assert result.stdout == ""
        assert result.stderr == (
            "newsread: standard input is not a terminal, and the reader needs one "
            "(newsread analyze prints the analysis, newsread library --list the library)\n"
        )


def test_library_without_a_terminal_prints_the_list() -> None:
    _newsread(str(SEED))  # into the library (the article is kept even though it cannot be shown)
    listed = _newsread("library", "--list")
    piped = _newsread("library", "--filter", "Ramadi")
    assert piped.returncode == 0, piped.stderr
    assert ESCAPE not in piped.stdout + piped.stderr
    assert piped.stdout == listed.stdout
    assert "Sunnis flee the violence in the city of Ramadi" in piped.stdout
    assert _newsread("library", "--filter", "no such words anywhere").stdout.splitlines()[1:] == []
