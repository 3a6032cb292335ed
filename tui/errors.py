"""The one kind of failure a user is meant to see: a clear line, exit status 2."""

from __future__ import annotations

import sys

from tui.oneline import line


class NewsreadError(Exception):
    """Bad input or an unusable environment, told in one line (the CLI adds no traceback).

    The message names what is wrong and, where there is one, the path or URL it concerns.
    """

    exit_status = 2


def tell(message: str) -> None:
    """One error line on stderr, ``newsread: …``, made inert: messages quote paths, URLs,
    titles and servers' words, any of which may hold a terminal escape."""
    print(f"newsread: {line(message)}", file=sys.stderr)
