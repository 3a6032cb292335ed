"""An installed newsread must hold all its code, its styles and its sample article."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed_in_pyproject() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "tui").rglob("__init__.py")
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def test_styles_and_seeds_are_resources() -> None:
    assert any(p.name.endswith(".tcss") for p in files("tui.styles").iterdir())
    assert any(p.name.endswith(".txt") for p in files("tui.seeds").iterdir())
