"""`newsread analyze` end to end: the JSON contract, input order, bad inputs, the cache."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from analysis_contract import check_contract
from conftest import ROOT

from tui.cli import main

FIRST = """Council approves new bridge for Millbrook
The Millbrook town council voted on Tuesday to build a second bridge over the Avon River.
"We have waited long enough," Mayor Jane Porter said after the vote.
"""
SECOND = """Storm closes harbour in Kestrel Bay
Fishing boats stayed in port on Monday as a storm hit Kestrel Bay, the coast guard said.
Officials from the National Weather Service expect calmer seas by Thursday.
"""


@pytest.fixture
def articles(tmp_path: Path) -> list[Path]:
    paths = []
    for name, text in (("b_bridge.txt", FIRST), ("a_storm.txt", SECOND)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _analyze(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    status = main(["analyze", *map(str, argv)])
    out, err = capsys.readouterr()
    return status, out, err


def _check(obj: dict) -> None:
    """Valid against the schema, every span in bounds and equal to the article's text at its offsets."""
    check_contract(obj)


def test_jsonl_prints_one_line_per_input_in_input_order(nlp, capsys, articles):
    status, out, err = _analyze(capsys, *articles, "--format", "jsonl")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 2
    objs = [json.loads(line) for line in lines]
    assert [o["input"] for o in objs] == [str(p) for p in articles]
    assert objs[0]["article"]["text"] == FIRST
    for obj in objs:
        _check(obj)
    names = {e["name"]: e["label"] for e in objs[0]["entities"]}
    assert names["Jane Porter"] == "PERSON"
    assert names["Avon River"] == "LOC"


def test_json_is_one_object_for_one_input_and_an_array_for_several(nlp, capsys, articles):
    status, out, _ = _analyze(capsys, articles[0], "--format", "json")
    assert status == 0 and out.startswith("{\n")
    one = json.loads(out)
    _check(one)
    assert one["input"] == str(articles[0])
    status, out, _ = _analyze(capsys, *articles, "--format", "json")
    several = json.loads(out)
    assert [o["input"] for o in several] == [str(p) for p in articles]
    assert several[0] == one


def test_a_bad_input_is_told_and_the_others_are_still_printed(nlp, capsys, articles, tmp_path):
    missing = tmp_path / "nowhere.txt"
    status, out, err = _analyze(capsys, articles[0], missing, articles[1], "--format", "jsonl")
    assert status == 2
    assert err.splitlines() == [f"newsread: {missing}: no such file"]
    assert [json.loads(line)["input"] for line in out.splitlines()] == [str(articles[0]), str(articles[1])]


def test_only_bad_inputs_print_nothing(capsys, tmp_path):
    status, out, err = _analyze(capsys, tmp_path / "gone.txt")
    assert (status, out) == (2, "")
    assert err == f"newsread: {tmp_path / 'gone.txt'}: no such file\n"


def test_a_cached_analysis_is_served_without_the_engine(nlp, capsys, articles, monkeypatch):
    _, first, _ = _analyze(capsys, *articles, "--format", "jsonl")

    def no_engine(*_args, **_kwargs):
        raise AssertionError("the engine ran although both analyses are cached")

    monkeypatch.setattr("tui.analysis.engine.analyze_articles", no_engine)
    status, again, _ = _analyze(capsys, *articles, "--format", "jsonl")
    assert status == 0 and again == first


def test_a_damaged_cache_entry_is_analysed_again_without_a_traceback(nlp, capsys, articles):
    """An entry that is no zlib-compressed JSON (SQLite's checks pass) is a miss: the analysis
    is computed again and replaces it (it was a zlib.error traceback, status 1)."""
    from tui.store.database import Store

    _, first, _ = _analyze(capsys, articles[0], "--format", "jsonl")
    with Store.open() as store, store._write() as conn:
        conn.execute("UPDATE analyses SET data = ?", (b"\x00\x11\x22\x33",))
    status, again, err = _analyze(capsys, articles[0], "--format", "jsonl")
    assert (status, again, err) == (0, first, "")
    with Store.open() as store:
        kept = [json.loads(line)["article"]["id"] for line in first.splitlines()]
        assert store.cached_analysis(kept[0], *_key()) is not None


def _key() -> tuple[str, str]:
    from tui.analysis.pipeline import model_key
    from tui.analysis.version import engine_version

    key = model_key(None)
    assert key is not None
    return engine_version(), key


def test_no_cache_recomputes(nlp, capsys, articles, monkeypatch):
    _analyze(capsys, articles[0])
    import tui.analysis.engine as engine

    batches = []
    real = engine.analyze_articles

    def counting(arts, model=None):
        batches.append([a.input for a in arts])
        return real(arts, model)

    monkeypatch.setattr(engine, "analyze_articles", counting)
    status, _, _ = _analyze(capsys, *articles, "--no-cache", "--format", "jsonl")
    assert status == 0
    assert batches == [[str(p) for p in articles]]  # both, in one batch
    _analyze(capsys, *articles, "--format", "jsonl")
    assert batches[1:] == [[str(articles[1])]]  # --no-cache saved nothing; the first was cached before


def test_the_same_text_twice_is_analysed_once(nlp, capsys, articles, tmp_path, monkeypatch):
    copy = tmp_path / "copy.txt"
    copy.write_text(FIRST, encoding="utf-8")
    import tui.analysis.engine as engine

    seen = []
    real = engine.analyze_articles
    monkeypatch.setattr(engine, "analyze_articles", lambda arts, model=None: seen.extend(arts) or real(arts, model))
    status, out, _ = _analyze(capsys, articles[0], copy, "--format", "jsonl", "--no-cache")
    objs = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and len(seen) == 1
    assert [o["input"] for o in objs] == [str(articles[0]), str(copy)]
    assert objs[0]["entities"] == objs[1]["entities"]


def test_a_missing_model_is_one_clear_line(capsys, articles):
    status, out, err = _analyze(capsys, articles[0], "--model", "xx_no_such_pipeline")
    assert (status, out) == (2, "")
    assert err == ("newsread: spaCy pipeline 'xx_no_such_pipeline' is not installed; "
                   "install it with: python -m spacy download xx_no_such_pipeline\n")


def test_the_model_comes_from_the_config_file(capsys, articles, tmp_path):
    (tmp_path / "config.toml").write_text('model = "xx_configured_pipeline"\n', encoding="utf-8")
    status, _, err = _analyze(capsys, articles[0])
    assert status == 2 and "'xx_configured_pipeline' is not installed" in err


def test_a_cached_analyze_never_imports_spacy(nlp, capsys, articles):
    _analyze(capsys, *articles, "--format", "jsonl")  # fills the cache (NEWSREAD_DATA_DIR of this test)
    probe = (
        "import sys\n"
        "from tui.cli import main\n"
        f"status = main(['analyze', '--format', 'jsonl', {str(articles[0])!r}, {str(articles[1])!r}])\n"
        "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY', status, file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert proc.stderr.strip() == "NO-SPACY 0"
    assert [json.loads(line)["input"] for line in proc.stdout.splitlines()] == [str(p) for p in articles]


def test_jobs_spread_the_articles_and_keep_their_order(nlp, capsys, tmp_path, monkeypatch):
    """--jobs 2: the articles analysed in other processes (the engine of this one never runs),
    printed in input order, byte for byte as --jobs 1 prints them."""
    import tui.analysis.engine as engine
    import tui.batch

    paths = []
    for i, (who, town) in enumerate([("Ada Moreno", "Lisbon"), ("Jonas Weber", "Basel"), ("Mira Sato", "Osaka"),
                                     ("Tariq Haddad", "Amman"), ("Lena Berg", "Bergen")]):
        path = tmp_path / f"{i}.txt"
        path.write_text(f"{town} opens a new library\n\nThe mayor of {town}, {who}, said on Monday that the "
                        f"library would open in May. \"Books are for everyone,\" {who} told reporters.\n",
                        encoding="utf-8")
        paths.append(path)
    paths.append(paths[1])  # the same text again: analysed once, printed twice
    status, one, _ = _analyze(capsys, *paths, "--jobs", "1", "--no-cache", "--format", "jsonl")
    assert status == 0
    monkeypatch.setattr(tui.batch, "WORDS_PER_JOB", 1)  # short articles: spread them all the same
    monkeypatch.setattr(tui.batch, "TAIL_SHARE", 1)  # a unit of two articles first, then of one

    def not_here(*_args, **_kwargs):
        raise AssertionError("the articles were analysed in this process")

    monkeypatch.setattr(engine, "analyze_articles", not_here)
    status, two, _ = _analyze(capsys, *paths, "--jobs", "2", "--no-cache", "--format", "jsonl")
    assert status == 0 and two == one
    assert [json.loads(line)["input"] for line in two.splitlines()] == [str(p) for p in paths]


def test_a_progress_bar_on_stderr_only_when_it_is_a_terminal(tmp_path):
    """stderr a terminal: the bar (files done, words/s) is drawn there; stdout is the JSON alone."""
    paths = []
    for i, town in enumerate(["Lisbon", "Basel"]):
        paths.append(tmp_path / f"{i}.txt")
        paths[-1].write_text(f"{town} opens a library\n\nThe mayor of {town} said the library opens in May.\n",
                             encoding="utf-8")
    main_side, term_side = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "tui", "analyze", "--format", "jsonl", "--no-cache", *map(str, paths)],
                            stdout=subprocess.PIPE, stderr=term_side, cwd=ROOT)
    os.close(term_side)
    drawn = b""
    while True:
        try:
            chunk = os.read(main_side, 4096)
        except OSError:  # the other side closed
            break
        if not chunk:
            break
        drawn += chunk
    out = proc.stdout.read() if proc.stdout else b""
    assert proc.wait() == 0
    assert [json.loads(line)["input"] for line in out.decode().splitlines()] == [str(p) for p in paths]
    assert b"files" in drawn and b"words/s" in drawn
