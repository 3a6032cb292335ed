"""Event classes of issue 10 found on wire-style stories written for the purpose (not tuned
on): datelines, headlines, passive voice, named facilities. The engine's whole path:
truecased parse, canonical entities, claims, events."""

from __future__ import annotations

from tui.analysis.chunks import parse_one
from tui.analysis.engine import analyze_doc
from tui.model import Article, Event


def _events(nlp, body: str, title: str | None = None, published: str = "2025-06-11") -> list[Event]:
    text = f"{title}\n\n{body}\n" if title else body
    article = Article(text=text, title=title, published=published)
    return analyze_doc(parse_one(nlp, text), article, "test", "test").events


def _by_trigger(events: list[Event], trigger: str) -> Event:
    return next(e for e in events if e.trigger.text == trigger)


def test_a_time_between_the_verb_and_its_argument_does_not_cut_the_argument_off(nlp) -> None:
    board = _events(nlp, "The county board will vote on Tuesday on a proposal to raise bus fares.")
    ruled = _events(nlp, "The regulator ruled on Friday against the merger of the two airlines.")
    shifted = _events(nlp, "The government announced on Monday a ban on disposable vapes.")
    assert [_by_trigger(board, "vote").what.text, _by_trigger(ruled, "ruled").what.text,
            _by_trigger(shifted, "announced").what.text] == [
        "will vote on Tuesday on a proposal to raise bus fares",
        "ruled on Friday against the merger of the two airlines",
        "announced on Monday a ban on disposable vapes"]
