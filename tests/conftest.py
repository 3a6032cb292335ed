"""Shared fixtures: every test runs with its own data and config dirs, and the spaCy model
is loaded once per test session (it costs about a second and 100 MB)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tmux_terminal import Terminal

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_328267cee0c06e12.txt"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever reads or writes the user's real library, annotations, config or cache."""
    data = tmp_path / "data"
    monkeypatch.setenv("NEWSREAD_DATA_DIR", str(data))
    monkeypatch.setenv("NEWSREAD_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("NEWSREAD_CONFIG", str(tmp_path / "config.toml"))
    return data


@pytest.fixture(autouse=True)
def _no_exit_of_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """``os._exit`` in the test process would end the whole run with its status, unseen (a
    status 0 passes a run that stopped half-way): the reader's exit path takes it when work is
    left. Here it fails the test instead."""
    def refuse(status: int) -> None:
        raise AssertionError(f"os._exit({status}) called in the test process")

    monkeypatch.setattr(os, "_exit", refuse)


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline, shared by every engine test."""
    from tui.analysis.pipeline import load_pipeline

    return load_pipeline(None)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Callable[..., Terminal]]:
    """Opens a shell command in a real terminal of its own (``tmux_terminal.Terminal``, with
    this test's data and config dirs): ``tmux(command, size=(columns, rows))``. Every one is
    closed when the test ends."""
    from tmux_terminal import Terminal

    opened: list[Terminal] = []

    def open_(command: str, size: tuple[int, int] = (100, 30)) -> Terminal:
        opened.append(Terminal(tmp_path, command, size))
        return opened[-1]

    yield open_
    for terminal in opened:
        terminal.close()
