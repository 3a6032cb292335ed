"""Defects found in review, each pinned by the test that failed before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.config import load_config
from tui.errors import NewsreadError


@pytest.mark.parametrize("line", ['model = ["en_core_web_md"]', "theme = 5", "model = 3.8"])
def test_a_model_or_theme_that_is_not_a_string_is_one_line(line: str, tmp_path: Path) -> None:
    """A list became the model name "['en_core_web_md']", and spaCy was asked for it."""
    config = tmp_path / "config.toml"
    config.write_text(line + "\n", encoding="utf-8")
    name = line.split()[0]
    with pytest.raises(NewsreadError) as err:
        load_config(config)
    assert str(err.value) == f"{config}: {name} must be a string (a name in quotes)"


def test_an_article_opens_on_a_read_only_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """README: on a read-only data dir newsread still reads. Saving the article as the one
    read last refused, and `newsread story.txt` stopped with 'nothing was saved'."""
    import os

    from tui.app import NewsreadApp
    from tui.cli import main
    from tui.paths import database_path
    from tui.store import database
    from tui.store.database import Store

    with Store.open():
        pass  # a library exists, then its folder turns read-only
    data_dir = database_path().parent
    real_access = os.access
    monkeypatch.setattr(database.os, "access", lambda p, mode: False if mode == os.W_OK
                        and Path(p).parent in (data_dir, data_dir.parent) else real_access(p, mode))
    story = tmp_path / "story.txt"
    story.write_text("Bridge to close\n\nThe bridge closes in May, officials said.\n", encoding="utf-8")
    opened: list[NewsreadApp] = []
    monkeypatch.setattr(NewsreadApp, "run", lambda app, **_: opened.append(app) or 0)
    monkeypatch.setattr("tui.commands.read.missing_terminal", lambda: None)  # as if in a terminal
    assert main([str(story), "--no-analysis"]) == 0
    assert [app.article.title for app in opened] == ["Bridge to close"]
