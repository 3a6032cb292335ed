"""Bad input through the real command: one line on stderr naming the path, exit 2, nothing else.

Run as subprocesses (``python -m tui`` and the installed ``newsread`` script) so that what is
checked is what a user sees, including that no traceback and no screen escape leaks out.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d4944415478da63f8cfc0f01f0005000201d1e2b3a70000000049454e44ae426082"
)
NEWSREAD = Path(sys.executable).with_name("newsread")
COMMANDS = {
    "python -m tui": [sys.executable, "-m", "tui"],
    "newsread": [str(NEWSREAD)],
}


def _latin1(d: Path) -> Path:
    path = d / "cafe.txt"
    path.write_bytes("Le caf\u00e9 ferm\u00e9\n\nLe maire a parl\u00e9.\n".encode("latin-1"))
    return path


def _png(d: Path) -> Path:
    path = d / "picture.png"
    path.write_bytes(PNG)
    return path


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "missing": (lambda d: Path("/nonexistent"), "no such file"),
    "directory": (lambda d: d, "is a directory, not an article file"),
    "dev-null": (lambda d: Path("/dev/null"), "empty file"),
    "png": (_png, "binary file (image/png), not a text article"),
    "latin-1": (_latin1, "not valid UTF-8 (byte 0xe9 at offset 6); try --encoding latin-1"),
}


@pytest.mark.parametrize("command", COMMANDS, ids=list(COMMANDS))
@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, command: str, case: str) -> None:
    if command == "newsread" and not NEWSREAD.exists():
        pytest.skip("the newsread console script is not installed next to this Python")
    make, problem = CASES[case]
    path = make(tmp_path)
    result = subprocess.run(
        [*COMMANDS[command], str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "TERM": "xterm-256color"},
    )
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr == f"newsread: {path}: {problem}\n"



@pytest.mark.parametrize(("argv", "told"), [
    (["analyze", "--jobs", "0", "a.txt"],
     "newsread analyze: argument --jobs: '0' is not a whole number of at least 1 (see newsread analyze --help)"),
    (["analyze", "--format", "xml", "a.txt"],
     "newsread analyze: argument --format: invalid choice: 'xml' (choose from 'json', 'jsonl')"
     " (see newsread analyze --help)"),
    (["analyze"], "newsread analyze: the following arguments are required: PATH (see newsread analyze --help)"),
    (["annotations"],
     "newsread annotations: the following arguments are required: action (see newsread annotations --help)"),
    (["--bogus\x1b[2J"], "newsread: unrecognized arguments: --bogus␛[2J (see newsread --help)"),
], ids=["jobs-0", "format", "no-path", "no-action", "unknown-option-with-escape"])
def test_a_usage_error_is_one_inert_line_and_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str],
                                                     told: str) -> None:
    from tui.cli import main

    with pytest.raises(SystemExit) as exited:
        main(argv)
    out, err = capsys.readouterr()
    assert (exited.value.code, out, err) == (2, "", told + "\n")
