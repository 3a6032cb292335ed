"""newsread: a terminal reader for news articles."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsread")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+checkout"
