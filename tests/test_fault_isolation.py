"""One item the engine fails on costs that item only: the CLI warns and prints the rest, the
reader shows the rest with a discreet notice. The failures are made by monkeypatching one
extractor of each kind (claims, events, entities) to raise on one item of a sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reader_articles import FakeEngine, reader_app

import tui.analysis.claims as claims_module
import tui.analysis.entities as entities_module
import tui.analysis.events as events_module
from tui.analysis.engine import analyze_doc
from tui.analysis.faults import isolated
from tui.cli import main
from tui.engine_process import compute
from tui.model import Article

TEXT = (
    "Harbour strike ends in Fenwick\n"
    "The dock workers of Fenwick returned to work on Tuesday, the union said. "
    "Port director Maria Lund warned that ships would still queue for a week. "
    "Mayor Tom Hale praised both sides.\n"
)
WARNED = TEXT.index("Port director")  # the sentence whose claim and event fail
HALE = TEXT.index("Mayor Tom Hale")  # the sentence whose entity fails


@pytest.fixture
def broken(monkeypatch):
    """The claim cued by "warned", the event of "queue" and the entity Tom Hale raise."""
    verb_claim = claims_module._Finder.verb_claim
    build = events_module._build
    entity = entities_module._entity

    def failing_claim(self, tok):
        if tok.text == "warned":
            raise ValueError("min() arg is an empty sequence")
        return verb_claim(self, tok)

    def failing_build(doc, sent, found, *args):
        if found.verb.text == "queue":
            raise IndexError("list index out of range")
        return build(doc, sent, found, *args)

    def failing_entity(text, members, label):
        if text[members[0].start:members[0].end] == "Tom Hale":
            raise KeyError("e9")
        return entity(text, members, label)

    monkeypatch.setattr(claims_module._Finder, "verb_claim", failing_claim)
    monkeypatch.setattr(events_module, "_build", failing_build)
    monkeypatch.setattr(entities_module, "_entity", failing_entity)


def _check_the_rest(claims: list[tuple[str, str]], events: list[str], entities: list[str]) -> None:
    assert claims == [("The dock workers of Fenwick returned to work on Tuesday", "said"),
                      ("both sides", "praised")]
    assert sorted(events) == ["ends", "praised", "returned"]
    assert "Maria Lund" in entities and "Fenwick" in entities and "Tom Hale" not in entities


def test_the_engine_loses_only_the_items_that_failed(nlp, broken):
    analysis = analyze_doc(nlp(TEXT), Article(TEXT), "test", "test")
    assert [(f.offset, f.error) for f in analysis.failures] == [(HALE, "KeyError"), (WARNED, "ValueError")]
    assert "Traceback" in analysis.failures[0].detail
    _check_the_rest([(c.content.text, c.cue.text) for c in analysis.claims if c.cue],
                    [e.trigger.text for e in analysis.events], [e.name for e in analysis.entities])


def test_analyze_warns_per_sentence_and_prints_the_rest(nlp, broken, capsys, tmp_path: Path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    status = main(["analyze", str(path), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 0
    assert err.splitlines() == [
        f"newsread: warning: {path}: one sentence at {HALE} could not be analysed (KeyError)",
        f"newsread: warning: {path}: one sentence at {WARNED} could not be analysed (ValueError)",
    ]
    (obj,) = [json.loads(line) for line in out.splitlines()]
    assert set(obj) == {"schema", "engine", "input", "article", "entities", "claims", "events", "sentences"}
    _check_the_rest([(c["content"]["text"], c["cue"]["text"]) for c in obj["claims"]],
                    [e["trigger"]["text"] for e in obj["events"]], [e["name"] for e in obj["entities"]])
    main(["analyze", str(path), "--format", "jsonl"])  # not cached: the engine runs, and warns, again
    assert capsys.readouterr().err.count("warning") == 2


def test_outside_the_engine_isolated_hides_nothing():
    with pytest.raises(ValueError):
        with isolated(0):
            raise ValueError("a defect of an extractor called on its own")



def status(app) -> str:
    return str(app.screen.query_one("#status").render())


@pytest.mark.anyio
async def test_the_reader_shows_the_rest_and_a_discreet_notice(nlp, broken, monkeypatch):
    monkeypatch.setattr("tui.analysis_cache.cached", lambda article, model: None)
    app = reader_app(Article(TEXT, title="Harbour strike ends in Fenwick"))
    app.analyse = True
    app.engine = FakeEngine(lambda article: compute(article, None))  # in this process: the breakage applies
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        analysis = app.screen.analysis
        assert analysis is not None
        assert status(app).endswith(" · 2 sentences not analysed")
        assert "Error" not in status(app) and "min()" not in status(app)
        _check_the_rest([(c.content.text, c.cue.text) for c in analysis.claims if c.cue],
                        [e.trigger.text for e in analysis.events], [e.name for e in analysis.entities])
        await pilot.press("right_square_bracket")
        assert status(app).endswith("· the union? · said")  # a description, not a name: to check


@pytest.mark.anyio
async def test_an_article_the_engine_fails_on_shows_no_exception_text(monkeypatch):
    def fail(article: Article):
        raise ValueError("min() arg is an empty sequence")

    monkeypatch.setattr("tui.analysis_cache.cached", lambda article, model: None)
    app = reader_app(Article(TEXT))
    app.analyse = True
    app.engine = FakeEngine(fail)
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(200):  # the worker fails (waiting on it would raise its error here)
            await pilot.pause(0.05)
            if status(app).startswith("no analysis"):
                break
        assert status(app) == "no analysis: the engine failed (ValueError)"
