"""``newsread annotations list|export|import`` and issue 5's "Done when", headless: a note on
the seed's first claim survives a new first paragraph and becomes an orphan, not lost, when
its words are edited away."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED
from tui.cli import main
from tui.ingest import load
from tui.paths import database_path
from tui.store.anchoring import annotation_on
from tui.store.database import Store

# The content of the seed's first claim (credited "reports AFP").
CLAIM = "The Islamic State (ISIS) group on Sunday sealed its capture of the Iraqi city of Ramadi"


def _annotate_seed(note: str = "Check against the Reuters report") -> str:
    article = load(str(SEED))
    start = article.text.index(CLAIM)
    with Store.open() as store:
        store.save_article(article)
        return store.add_annotation(annotation_on(article, start, start + len(CLAIM), note=note,
                                                  tags=["isis", "ramadi"], color="blue")).id


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:
    assert main(["annotations", "list", "--format", "json", *argv]) == 0
    return json.loads(capsys.readouterr().out)


def test_done_when_the_note_follows_its_words_and_orphans_are_kept(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ann_id = _annotate_seed()
    [listed] = _json(capsys)
    assert (listed["id"], listed["exact"], listed["note"], listed["tags"], listed["color"],
            listed["orphan"]) == (ann_id, CLAIM, "Check against the Reuters report",
                                  ["isis", "ramadi"], "blue", False)

    seed = SEED.read_text(encoding="utf-8")
    lead = seed.index("The Islamic State")
    copy = tmp_path / "copy.txt"
    copy.write_text(seed[:lead] + "An editor's note opens this corrected version.\n\n" + seed[lead:],
                    encoding="utf-8")
    [moved] = _json(capsys, str(copy))
    text = load(str(copy)).text
    assert text[moved["start"]:moved["end"]] == CLAIM
    assert moved["start"] == listed["start"] + len("An editor's note opens this corrected version.\n\n")
    assert (moved["id"], moved["exact"], moved["orphan"]) == (ann_id, CLAIM, False)

    copy.write_text(copy.read_text("utf-8").replace(
        "sealed its capture of the Iraqi city of Ramadi", "was said to be near the desert town"),
        encoding="utf-8")
    [orphan] = _json(capsys, str(copy))
    assert (orphan["id"], orphan["exact"], orphan["orphan"]) == (ann_id, CLAIM, True)
    [still] = _json(capsys)
    assert (still["id"], still["orphan"], still["note"]) == (ann_id, True, "Check against the Reuters report")


def test_list_as_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    ann_id = _annotate_seed(note="short")
    assert main(["annotations", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "WHERE", "QUOTE", "NOTE", "TAGS", "ARTICLE"]
    start = load(str(SEED)).text.index(CLAIM)
    assert lines[1].split("  ")[:2] == [ann_id[:8], f"{start}-{start + len(CLAIM)}"]
    assert "“The Islamic State (ISIS) group on Sun…”" in lines[1]
    assert lines[1].endswith("Sunnis flee the violence in the city of…")
    assert main(["annotations", "list", str(SEED)]) == 0
    assert "ARTICLE" not in capsys.readouterr().out


def test_list_of_an_empty_library(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["annotations", "list"]) == 0
    assert capsys.readouterr().out == "no annotations\n"
    assert not database_path().exists()  # listing creates nothing


def test_export_import_round_trip_through_the_cli(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _annotate_seed("first")
    _annotate_seed("second")
    before = _json(capsys)
    for fmt in ("w3c", "jsonl"):
        out = tmp_path / f"notes.{fmt}"
        assert main(["annotations", "export", "--format", fmt, "-o", str(out)]) == 0
        assert capsys.readouterr().err == f"exported 2 annotations to {out}\n"
        monkeypatch.setenv("NEWSREAD_DATA_DIR", str(tmp_path / f"fresh-{fmt}"))
        assert main(["annotations", "import", str(out)]) == 0
        assert capsys.readouterr().out == f"{out}: 2 added, 0 updated, 0 unchanged\n"
        assert main(["annotations", "import", str(out)]) == 0
        assert capsys.readouterr().out == f"{out}: 0 added, 0 updated, 2 unchanged\n"
        assert _json(capsys) == before
    assert main(["annotations", "export"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 2


def test_a_corrupt_database_is_one_line_exit_2_and_untouched() -> None:
    path = database_path()
    path.parent.mkdir(parents=True)
    junk = random.Random(9).randbytes(4096)
    path.write_bytes(junk)
    for argv in (["list"], ["export"], ["list", str(SEED)]):
        done = subprocess.run([sys.executable, "-m", "tui", "annotations", *argv],
                              capture_output=True, text=True)
        assert (done.returncode, done.stdout) == (2, "")
        assert done.stderr == f"newsread: {path}: not an SQLite database (corrupt?); left untouched\n"
    assert path.read_bytes() == junk


def test_import_of_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["annotations", "import", str(tmp_path / "nope.json")]) == 2
    assert capsys.readouterr().err == (
        f"newsread: {tmp_path / 'nope.json'}: cannot read (No such file or directory)\n")
