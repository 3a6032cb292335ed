"""newsread: a terminal reader for news articles."""

from __future__ import annotations

from functools import cache


@cache
def _installed_version() -> str:
    # importlib.metadata costs ~50 ms at import: paid only by whoever asks for the version
    # (--version, the engine's cache key, the web User-Agent), never on the way to first paint.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsread")
    except PackageNotFoundError:  # running from a checkout that was never installed
        return "0.0.0+checkout"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _installed_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
