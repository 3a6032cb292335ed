"""The store under faults: killed writers, two writers, files that are not ours, a newer
schema, a data dir we may not write. Nothing reported saved is lost; nothing not ours is
touched (issue 5, "Faults")."""

from __future__ import annotations

import os
import random
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import tui.store.database as database
from tui.errors import NewsreadError
from tui.model import Annotation
from tui.paths import database_path
from tui.store.database import SCHEMA_VERSION, SQLITE_HEADER, Store

# A child that saves annotations in a loop and prints each id once add_annotation returned.
SAVER = """
import sys
from tui.model import Annotation
from tui.store.database import Store

tag, count = sys.argv[1], int(sys.argv[2])
with Store.open() as store:
    n = 0
    while count < 0 or n < count:
        ann = store.add_annotation(Annotation(id="", article_id="sha256:loop", start=0, end=4,
                                              exact="loop", prefix="", suffix=" text",
                                              note=f"{tag} {n}"))
        print(ann.id, flush=True)
        n += 1
"""


def _saver(tag: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", SAVER, tag, str(count)],
                            stdout=subprocess.PIPE, text=True)


def _ann(note: str = "x") -> Annotation:
    return Annotation(id="", article_id="sha256:a", start=0, end=5, exact="words", prefix="",
                      suffix=" here", note=note)


def test_sigkill_loses_no_annotation_reported_saved() -> None:
    reported: list[str] = []
    for round_ in range(3):
        child = _saver(f"round{round_}", -1)
        assert child.stdout is not None
        for _ in range(15 + 7 * round_):
            reported.append(child.stdout.readline().strip())
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()
        child.wait()
        reported += [line for line in rest.split("\n")[:-1]]  # only complete lines
        assert child.returncode == -signal.SIGKILL
    with Store.open() as store:
        saved = {a.id for a in store.all_annotations()}
    assert set(reported) <= saved
    conn = sqlite3.connect(database_path())
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_two_processes_writing_at_once_both_sets_are_saved() -> None:
    children = [_saver("first", 40), _saver("second", 40)]
    outputs = [c.communicate()[0].split() for c in children]
    assert [c.returncode for c in children] == [0, 0]
    with Store.open() as store:
        notes = sorted(a.note for a in store.all_annotations())
        ids = {a.id for a in store.all_annotations()}
    assert notes == sorted(f"{tag} {n}" for tag in ("first", "second") for n in range(40))
    assert ids == set(outputs[0]) | set(outputs[1])


@pytest.mark.parametrize("content", [
    random.Random(5).randbytes(8192),
    b"These are my notes, not a database.\n",
    SQLITE_HEADER + random.Random(6).randbytes(8192 - len(SQLITE_HEADER)),
], ids=["random-bytes", "text-file", "sqlite-header-then-garbage"])
def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(content: bytes) -> None:
    path = database_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    for readonly in (False, True):
        with pytest.raises(NewsreadError) as err:
            Store.open(readonly=readonly)
        assert str(path) in str(err.value) and "\n" not in str(err.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in path.parent.iterdir()) == ["newsread.db"]


@pytest.mark.parametrize("readonly", [False, True])
def test_a_damaged_database_is_refused_on_open_and_left_as_it_was(readonly: bool) -> None:
    """Issue 14, item 23: a valid header over damaged pages used to be opened and written to."""
    with Store.open() as store:
        store.import_annotations([replace(_ann(f"note {n} " + "padding " * 40), id=str(n),
                                          created="t", modified="t") for n in range(200)])
    path = database_path()
    data = bytearray(path.read_bytes())
    data[4096:] = bytes(len(data) - 4096)  # every page after the first zeroed
    path.write_bytes(bytes(data))
    with pytest.raises(NewsreadError) as err:
        Store.open(readonly=readonly)
    assert str(err.value).startswith(f"{path}: corrupt database (") and "\n" not in str(err.value)
    assert path.read_bytes() == bytes(data)
    assert sorted(p.name for p in path.parent.iterdir()) == ["newsread.db"]


def test_a_database_locked_too_long_is_an_error_and_the_lock_holder_keeps_its_data(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    with Store.open() as store:
        ann = store.add_annotation(_ann("before"))
        holder = sqlite3.connect(database_path(), isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(NewsreadError) as err:
            store.add_annotation(_ann("blocked"))
        assert str(err.value) == (f"{database_path()}: the database stayed locked by another "
                                  "program for 0.05 s; nothing was saved")
        holder.execute("ROLLBACK")
        holder.close()
        assert store.all_annotations() == [ann]
        assert store.add_annotation(_ann("after")).note == "after"


def test_another_programs_sqlite_database_is_refused() -> None:
    path = database_path()
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewsreadError, match="not newsread's"):
        Store.open()
    assert path.read_bytes() == before


def test_a_newer_schema_is_refused_with_both_versions() -> None:
    with Store.open() as store:
        store.add_annotation(_ann())
    conn = sqlite3.connect(database_path())
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    for readonly in (False, True):
        with pytest.raises(NewsreadError) as err:
            Store.open(readonly=readonly)
        assert str(err.value) == (f"{database_path()}: written by a newer newsread "
                                  f"(schema {SCHEMA_VERSION + 1}, this one knows {SCHEMA_VERSION})")


def _schema(monkeypatch: pytest.MonkeyPatch, migrations: list[tuple[str, ...]]) -> None:
    monkeypatch.setattr(database, "MIGRATIONS", migrations)
    monkeypatch.setattr(database, "SCHEMA_VERSION", len(migrations))


def test_migrations_upgrade_an_older_file_keeping_its_data(monkeypatch: pytest.MonkeyPatch) -> None:
    current = database.MIGRATIONS
    _schema(monkeypatch, current[:1])  # a file written by the first schema
    with Store.open() as store:
        ann = store.add_annotation(_ann())
    newer = [*current, ("ALTER TABLE annotations ADD COLUMN reviewed INTEGER",)]
    _schema(monkeypatch, newer)
    with pytest.raises(NewsreadError, match=f"schema 1 needs upgrading to {len(newer)}"):
        Store.open(readonly=True)
    with Store.open() as store:
        assert store.all_annotations() == [ann]
        store.mark_entry_read("https://example.org/feed", "entry-1")  # a table of schema 2
    conn = sqlite3.connect(database_path())
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(newer)
    assert "reviewed" in [r[1] for r in conn.execute("PRAGMA table_info(annotations)")]
    conn.close()


def test_a_read_only_data_dir_reads_and_refuses_to_save(monkeypatch: pytest.MonkeyPatch) -> None:
    """Root ignores file modes, so the denial is simulated where the store asks for it."""
    with Store.open() as store:
        ann = store.add_annotation(_ann())
    data_dir = database_path().parent
    real_access = os.access
    monkeypatch.setattr(database.os, "access", lambda p, mode: False if mode == os.W_OK
                        and Path(p).parent in (data_dir, data_dir.parent) else real_access(p, mode))
    with Store.open() as store:
        assert not store.writable
        assert store.all_annotations() == [ann]
        with pytest.raises(NewsreadError) as err:
            store.add_annotation(_ann("new"))
        assert str(err.value) == f"{database_path()}: the database is read-only; nothing was saved"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to a read-only directory")
def test_a_chmod_read_only_data_dir_reads_and_refuses_to_save() -> None:
    with Store.open() as store:
        ann = store.add_annotation(_ann())
    data_dir = database_path().parent
    database_path().chmod(0o444)
    data_dir.chmod(0o555)
    try:
        with Store.open() as store:
            assert store.all_annotations() == [ann]
            with pytest.raises(NewsreadError, match="read-only"):
                store.add_annotation(_ann("new"))
    finally:
        data_dir.chmod(0o755)


def _can_mount_read_only() -> bool:
    """A private mount namespace (unprivileged where user namespaces are allowed)."""
    return shutil.which("unshare") is not None and subprocess.run(
        ["unshare", "-rm", "true"], capture_output=True).returncode == 0


# Run inside a read-only bind mount of the data dir: read, then try to save.
READ_ONLY_CHILD = """
from tui.errors import NewsreadError
from tui.model import Annotation
from tui.store.database import Store
with Store.open() as store:
    print(store.writable, [a.note for a in store.all_annotations()])
    try:
        store.add_annotation(Annotation(id="", article_id="a", start=0, end=1, exact="x",
                                        prefix="", suffix=""))
    except NewsreadError as exc:
        print(exc)
"""


@pytest.mark.skipif(not _can_mount_read_only(), reason="needs unshare -rm (mount namespaces)")
def test_a_read_only_file_system_reads_and_refuses_to_save() -> None:
    with Store.open() as store:
        store.add_annotation(_ann("kept"))
    data = shlex.quote(str(database_path().parent))
    script = (f"mount --bind {data} {data} && mount -o remount,bind,ro {data} && "
              f"exec {shlex.quote(sys.executable)} -c {shlex.quote(READ_ONLY_CHILD)}")
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True)
    assert done.stdout.splitlines() == [
        "False ['kept']", f"{database_path()}: the database is read-only; nothing was saved"]
