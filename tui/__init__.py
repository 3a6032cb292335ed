"""newsread: a terminal reader for news articles."""

# The one place the version is written: pyproject.toml reads it from here (a plain constant,
# so knowing it costs nothing: it is part of the analysis cache key read before first paint).
__version__ = "0.1.0"
