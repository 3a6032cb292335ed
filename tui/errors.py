"""The one kind of failure a user is meant to see: a clear line, exit status 2."""

from __future__ import annotations


class NewsreadError(Exception):
    """Bad input or an unusable environment, told in one line (the CLI adds no traceback).

    The message names what is wrong and, where there is one, the path or URL it concerns.
    """

    exit_status = 2
