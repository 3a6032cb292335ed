"""Where newsread keeps its data and config (DESIGN.md: platformdirs, env overrides)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "newsread"


def data_dir() -> Path:
    """The data folder; ``NEWSREAD_DATA_DIR`` wins so tests and users can point elsewhere."""
    override = os.environ.get("NEWSREAD_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP, appauthor=False))


def cache_dir() -> Path:
    """The folder of what newsread can make again when it is gone (compiled regular
    expressions: ``tui.regex_cache``); ``NEWSREAD_CACHE_DIR`` wins, as the data folder's does."""
    override = os.environ.get("NEWSREAD_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir(APP, appauthor=False))


def database_path() -> Path:
    return data_dir() / "newsread.db"


def config_path() -> Path:
    """The config file; ``NEWSREAD_CONFIG`` names the file itself."""
    override = os.environ.get("NEWSREAD_CONFIG")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP, appauthor=False)) / "config.toml"
