"""`newsread analyze` when the engine fails: on one article, on one sentence, or is stopped.

One article must never cost a batch, and one sentence never an article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tui.analysis.engine as engine
from tui.cli import main

TEXTS = {
    "a_port.txt": "Dockers in Fenwick walked out on Monday, the union said.\n",
    "b_broken.txt": "BROKEN The library in Ashby closed its doors on Friday after a flood.\n",
    "c_farm.txt": "Farmers near Lowmoor said the drought had cost them half their wheat.\n",
}


@pytest.fixture
def paths(tmp_path: Path) -> list[str]:
    out = []
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        out.append(str(tmp_path / name))
    return out


def _analyze(capsys, *argv: str) -> tuple[int, list[dict], str]:
    status = main(["analyze", "--format", "jsonl", "--no-cache", *argv])
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines()], err


class _Pipeline:
    """The real pipeline, except that a text starting with BROKEN makes spaCy itself raise:
    in ``pipe`` (the whole batch breaks off there) and when parsed on its own."""

    def __init__(self, nlp) -> None:
        self.nlp = nlp
        self.meta, self.max_length = nlp.meta, nlp.max_length
        self.parsed: list[str] = []

    def _check(self, text: str) -> None:
        if text.startswith("BROKEN"):
            raise RuntimeError("the parser gave up")

    def pipe(self, texts, batch_size: int = 32):
        texts = list(texts)
        for text in texts:
            self._check(text)  # raises in the middle of the batch, as a component would
        yield from self.nlp.pipe(texts)

    def __call__(self, text: str):
        self.parsed.append(text)
        self._check(text)
        return self.nlp(text)


def test_an_article_spacy_fails_on_is_one_line_and_the_others_are_printed(nlp, capsys, paths, monkeypatch):
    fake = _Pipeline(nlp)
    monkeypatch.setattr(engine, "load_pipeline", lambda _model: fake)
    status, objs, err = _analyze(capsys, *paths)
    assert status == 2
    assert err == f"newsread: {paths[1]}: could not be analysed (RuntimeError)\n"
    assert [o["input"] for o in objs] == [paths[0], paths[2]]
    assert objs[0]["article"]["text"] == TEXTS["a_port.txt"] and objs[0]["claims"]
    assert len(fake.parsed) == 3  # the batch broke off: each article parsed on its own


def test_debug_adds_the_traceback(nlp, capsys, paths, monkeypatch):
    monkeypatch.setattr(engine, "load_pipeline", lambda _model: _Pipeline(nlp))
    _, _, err = _analyze(capsys, "--debug", paths[1])
    first, *rest = err.splitlines()
    assert first == f"newsread: {paths[1]}: could not be analysed (RuntimeError)"
    assert rest[0] == "Traceback (most recent call last):"
    assert rest[-1] == "RuntimeError: the parser gave up"
    monkeypatch.setenv("NEWSREAD_DEBUG", "1")
    _, _, err = _analyze(capsys, paths[1])
    assert "Traceback (most recent call last):" in err


def test_each_line_is_out_before_the_next_article_is_analysed(nlp, capsys, paths, monkeypatch):
    """ctrl-c during the third article keeps the first two on stdout."""
    real = engine.analyze_doc

    def interrupted(doc, article, version, model):
        if article.text == TEXTS["c_farm.txt"]:
            raise KeyboardInterrupt
        return real(doc, article, version, model)

    monkeypatch.setattr(engine, "analyze_doc", interrupted)
    status, objs, _ = _analyze(capsys, paths[0], paths[2], paths[1])
    assert status == 130
    assert [o["input"] for o in objs] == [paths[0]]


def test_an_article_whose_process_died_says_so_in_words(capsys, paths, monkeypatch):
    """A killed worker (``BrokenProcessPool``, the batch's own test kills one) is told as what
    happened, not as a class name only a Python programmer reads; the other inputs still print."""
    from concurrent.futures.process import BrokenProcessPool

    from tui.batch import Batch

    def analyses(self, articles):
        yield ({"schema": "x", "engine": {}, "entities": [], "claims": [], "events": []}, [])
        for _ in articles[1:]:
            yield BrokenProcessPool("A process in the process pool was terminated abruptly")

    monkeypatch.setattr(Batch, "analyses", analyses)
    status, objs, err = _analyze(capsys, "--jobs", "1", *paths)
    assert status == 2
    assert err.splitlines() == [
        f"newsread: {p}: could not be analysed (its analysis process ended before it was done: killed, or out of memory?)"
        for p in paths[1:]
    ]
    assert [o["input"] for o in objs] == [paths[0]]
