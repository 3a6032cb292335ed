"""A feed and the library in a real terminal: `newsread FEED-URL`, Enter, q, then offline
`newsread library` reopens what was read."""

from __future__ import annotations

import shlex
import shutil

import pytest
from test_e2e_tmux import NEWSREAD
from web_server import SECOND_TITLE, WebServer, web  # noqa: F401 (fixture)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

FERRY_WORDS = "The island ferry will run four crossings a day"  # a line beside the sidebar


def test_read_a_feed_entry_then_reopen_it_offline(tmux, web: WebServer) -> None:  # noqa: F811
    term = tmux(f"{shlex.quote(NEWSREAD)} {shlex.quote(web.url('/atom.xml'))} --no-analysis")
    term.wait_for("3 entries, 3 unread")
    term.press("Down", "Down", "Enter")
    screen = term.wait_for(FERRY_WORDS)
    assert SECOND_TITLE in screen
    term.press("q")
    term.wait_for("3 entries, 2 unread")
    term.press("q")
    assert term.exit_status() == 0

    web.stop()
    library = tmux(f"{shlex.quote(NEWSREAD)} library")
    screen = library.wait_for("1 article")
    assert SECOND_TITLE in screen
    library.press("Enter")
    library.wait_for(FERRY_WORDS)
    library.press("q", "q")
    assert library.exit_status() == 0
