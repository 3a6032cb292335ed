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
