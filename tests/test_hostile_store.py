"""Issue 14, items 19–24: every imported field is checked, one line per bad record; imports
never erase; a damaged database is refused untouched; a full disk still reads."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tui.cli import main
from tui.ingest import load
from tui.model import Annotation, Article
from tui.paths import database_path
from tui.store import database
from tui.store.anchoring import annotation_on
from tui.store.database import Store
from tui.store.export import read_annotations, to_jsonl, to_w3c

TEXT = "Ferry cuts\n\nThe island ferry will run four crossings a day from November.\n"


def record(**changes: object) -> dict:
    """A good W3C record of a note on "four crossings", with ``changes`` applied by key path."""
    ann = Annotation(id="a1", article_id="x", start=38, end=52, exact="four crossings",
                     prefix="", suffix="", note="check", created="2026-01-01T00:00:00+00:00",
                     modified="2026-01-01T00:00:00+00:00")
    obj = to_w3c(ann)
    for path, value in changes.items():
        node = obj
        *parents, last = path.split(".")
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        node[int(last) if last.isdigit() else last] = value
    return obj


def jsonl(tmp_path: Path, *records: dict | str) -> Path:
    path = tmp_path / "notes.jsonl"
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records),
                    encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


# --- 19, 20: every field validated, one line per bad record, the import file blamed ------------


BAD = [
    ({"target.selector.1.start": 1e30}, "target/selector/1/start: 1e+30 is greater than the maximum"),
    ({"target.selector.1.end": float("inf")}, "target/selector/1/end: inf is not of type 'integer'"),
    ({"target.selector.0.type": ["TextQuoteSelector"]}, "target/selector/0/type: ['TextQuoteSelector'] is not of type 'string'"),
    ({"target.selector.1.start": -3}, "target/selector/1/start: -3 is less than the minimum of 0"),
    ({"target.selector.1.start": 60}, "TextPositionSelector start 60 is after its end 52"),
    ({"target.selector.0.exact": ""}, "target/selector/0/exact: '' should be non-empty"),
    ({"newsread:title": {"a": 1}}, "newsread:title: {'a': 1} is not of type 'string'"),
    ({"body": [{"type": "TextualBody", "value": 7, "purpose": "tagging"}]}, "body/0/value: 7 is not of type 'string'"),
    ({"id": 12}, "id: 12 is not of type 'string'"),
    ({"newsread:orphan": "no"}, "newsread:orphan: 'no' is not of type 'boolean'"),
    ({"created": "2026-13-45"}, "created '2026-13-45' is not an ISO 8601 date and time"),
    ({"body": [{"type": "TextualBody", "value": "\ud800"}]}, "lone surrogate"),
]


def test_each_bad_record_is_one_line_naming_its_line_and_nothing_is_imported(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = record(id="good")
    records = [record(**{"id": f"bad{n}", **changes}) for n, (changes, _) in enumerate(BAD)]
    path = jsonl(tmp_path, good, *records, "{not json")
    status, out, err = run(capsys, "annotations", "import", str(path))
    assert status == 2
    lines = err.splitlines()
    assert len(lines) == len(BAD) + 1
    for number, (line, (_, says)) in enumerate(zip(lines, BAD), start=2):
        assert line.startswith(f"newsread: {path}: line {number}: ") and says in line, line
    assert lines[-1].startswith(f"newsread: {path}: line {len(BAD) + 2}: not JSON")
    assert "database" not in err and "Traceback" not in err
    assert lines[-1].endswith(f"; nothing imported ({len(BAD) + 1} bad records)")
    assert out == ""
    with Store.open() as store:
        assert store.all_annotations() == []  # a bad record changes nothing
    path.write_text(json.dumps(good) + "\n", encoding="utf-8")
    assert run(capsys, "annotations", "import", str(path)) == (0, f"{path}: 1 added, 0 updated, 0 unchanged\n", "")


def test_a_json_array_names_each_bad_record_by_its_index(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.json"
    path.write_text(json.dumps([record(id="g"), record(id="b", **{"target.selector.1.start": -1})]))
    status, out, err = run(capsys, "annotations", "import", str(path))
    assert status == 2 and err.startswith(f"newsread: {path}: annotation 2: target/selector/1/start")


@pytest.mark.parametrize("changes", [
    {"target.selector.1.end": 500},  # past the end of the text
    {"target.selector.1.start": 0, "target.selector.1.end": 14},  # holds other words
    {"target.selector.0.exact": "six crossings"},  # a quote not in the text
])
def test_an_impossible_position_is_never_shown_as_placed(changes: dict, tmp_path: Path) -> None:
    story = tmp_path / "ferry.txt"
    story.write_text(TEXT, encoding="utf-8")
    article = load(str(story))
    path = jsonl(tmp_path, record(**{"newsread:article": article.id, **changes}))
    with Store.open() as store:
        store.import_annotations(read_annotations(path))
        [ann] = store.annotations_for_article(article)
    # re-anchored (by its quote, or fuzzily) where its words are, or an orphan
    assert ann.orphan or (0 <= ann.start < ann.end <= len(article.text)
                          and article.text[ann.start:ann.end] == ann.exact)


# --- 21: JSONL is split on "\n" only ---------------------------------------------------------


@pytest.mark.parametrize("separator", ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"])
def test_a_note_holding_any_unicode_line_separator_round_trips(
        separator: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ann = Annotation(id="s1", article_id="x", start=0, end=5, exact="Ferry", prefix="", suffix="",
                     note=f"first{separator}second", tags=[f"t{separator}u"],
                     created="2026-01-01T00:00:00+00:00", modified="2026-01-01T00:00:00+00:00")
    path = tmp_path / "out.jsonl"
    path.write_text(to_jsonl([ann]), encoding="utf-8")
    [back] = read_annotations(path)
    assert (back.note, back.tags) == (ann.note, ann.tags)


# --- 22: imports are idempotent and never erase a field --------------------------------------


def test_a_reimport_without_created_or_names_keeps_them(tmp_path: Path) -> None:
    full = record(**{"newsread:title": "Ferry cuts", "newsread:input": "/news/ferry.txt"})
    bare = {k: v for k, v in record(**{"modified": "2026-02-01T00:00:00+00:00"}).items()
            if k not in ("created", "newsread:title", "newsread:input", "newsread:article")}
    bare["bodyValue"] = "checked"
    with Store.open() as store:
        assert store.import_annotations(read_annotations(jsonl(tmp_path, full))) == (1, 0, 0)
        assert store.import_annotations(read_annotations(jsonl(tmp_path, bare))) == (0, 1, 0)
        assert store.import_annotations(read_annotations(jsonl(tmp_path, bare))) == (0, 0, 1)
        [saved] = store.all_annotations()
    assert (saved.created, saved.title, saved.input, saved.article_id) == (
        "2026-01-01T00:00:00+00:00", "Ferry cuts", "/news/ferry.txt", "x")
    assert saved.modified == "2026-02-01T00:00:00+00:00" and "checked" in saved.note


# --- 23: a damaged database is refused on open, byte-identical, no -wal/-shm left ---------------


@pytest.mark.parametrize("damage", [
    "DROP TABLE annotations",
    "ALTER TABLE annotations DROP COLUMN note",
    "DROP TABLE feed_entries_read",
])
@pytest.mark.parametrize("argv", [["library", "--list"], ["annotations", "list"],
                                  ["annotations", "import", "IMPORT"]])
def test_a_database_missing_part_of_its_schema_is_refused_untouched(
        damage: str, argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open() as store:
        store.save_article(Article(text=TEXT, title="Ferry cuts"))
    path = database_path()
    conn = sqlite3.connect(path)
    conn.execute(damage)
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")  # as a foreign tool leaves it: one file
    conn.close()
    before = path.read_bytes()
    argv = [str(jsonl(tmp_path, record())) if a == "IMPORT" else a for a in argv]
    status, out, err = run(capsys, *argv)
    assert status == 2 and err.startswith(f"newsread: {path}: damaged database (schema ")
    assert err.count("\n") == 1
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["newsread.db"]


# --- 24: a full disk ---------------------------------------------------------------------------


def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every connection may not grow the database by a page: SQLite's SQLITE_FULL, as on a full disk."""
    connect = database._connect

    def full(target: str, *, uri: bool = False) -> sqlite3.Connection:
        conn = connect(target, uri=uri)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {max(pages, 1)}")
        return conn

    monkeypatch.setattr(database, "_connect", full)


def test_on_a_full_disk_reading_works_and_saving_says_nothing_was_saved(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    story = tmp_path / "ferry.txt"
    story.write_text(TEXT, encoding="utf-8")
    article = load(str(story))
    with Store.open() as store:
        store.save_article(article)
        store.save_analysis({"schema": "newsread/analysis@1", "article": {"id": article.id},
                             "engine": {"version": "v", "model": "m"}, "entities": [],
                             "claims": [], "events": []})
    full_disk(monkeypatch)  # from here on nothing more fits
    status, out, err = run(capsys, "library", "--list")
    assert status == 0 and "Ferry cuts" in out and err == ""
    with Store.open() as store:
        assert store.cached_analysis(article.id, "v", "m") is not None
        with pytest.raises(Exception) as exc:
            store.add_annotation(annotation_on(article, 16, 22, note="x" * 20000))
        assert str(exc.value) == f"{database_path()}: disk full; nothing was saved"
        big = Article(text="Big\n\n" + "words " * 50000, title="Big")
        with pytest.raises(Exception, match="disk full; nothing was saved"):
            store.save_article(big)
        assert [e.title for e in store.list_articles()] == ["Ferry cuts"]

    from tui.commands import read

    shown: list[Article] = []
    monkeypatch.setattr(read, "run_app", lambda app: shown.append(app.article) or 0)
    big_file = tmp_path / "big.txt"
    big_file.write_text("Big\n\n" + "words " * 50000, encoding="utf-8")
    assert main([str(big_file), "--no-analysis"]) == 0  # read all the same, told it was not saved
    assert shown[0].title == "Big" and "disk full; nothing was saved" in (shown[0].notice or "")
