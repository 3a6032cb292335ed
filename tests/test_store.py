"""The store: library, analysis cache, annotations, and where annotations go when the
article they were made on changes."""

from __future__ import annotations

import sqlite3
import zlib
from dataclasses import replace
from pathlib import Path

import pytest

from tui.errors import NewsreadError
from tui.model import Annotation, Article
from tui.paths import database_path
from tui.store.anchoring import annotation_on
from tui.store.database import SCHEMA_VERSION, LibraryEntry, Store

BODY = (
    "The bridge over the river will close for repairs in March, the city engineer said on "
    "Friday.\n\nDrivers will be sent through the old town, where shop owners fear a loss of "
    "customers during the works."
)


def _article(body: str = BODY, title: str = "Bridge to close", input: str | None = "/news/bridge.txt",
             **kw: str) -> Article:
    text = f"{title}\n\n{body}"
    return Article(text=text, title=title, input=input, paragraphs=[(0, len(title))], **kw)


def _note(article: Article, quote: str, note: str = "check", tags: tuple[str, ...] = ()) -> Annotation:
    start = article.text.index(quote)
    return annotation_on(article, start, start + len(quote), note=note, tags=tags)


@pytest.fixture()
def store() -> Store:
    with Store.open() as s:
        yield s


def test_open_creates_the_data_dir_in_wal_mode_at_the_current_schema(store: Store) -> None:
    assert store.path == database_path() and store.path.exists()
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_a_new_library_gets_its_whole_schema_at_once_or_not_at_all(monkeypatch) -> None:
    """All migrations are one transaction: another connection never finds the schema half
    built (a reader opening the library read-only while the reader's own thread created it
    found schema 1 of 3 and refused it)."""
    import tui.store.database as database

    broken = [*database.MIGRATIONS[:-1], (*database.MIGRATIONS[-1], "CREATE TABLE articles (x)")]
    monkeypatch.setattr(database, "MIGRATIONS", broken)
    with pytest.raises(NewsreadError):
        Store.open()
    conn = sqlite3.connect(database_path())
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchone()[0] == 0
    conn.close()
    monkeypatch.undo()
    with Store.open() as s:
        assert s.writable


def test_article_round_trip_and_library_order(store: Store) -> None:
    first = _article(source="Coast Daily", byline="A. Writer", published="2024-03-01",
                     url="https://example.org/bridge")
    second = _article(body="Another story entirely.", title="Ferry fares rise", input="/news/ferry.md")
    store.save_article(first)
    store.save_article(second)
    assert store.get_article(first.id) == first
    assert store.get_article("sha256:none") is None
    assert store.last_read_article() == second
    store.touch_article(first.id)
    assert store.last_read_article() == first
    assert store.article_by_input("/news/ferry.md") == second
    assert store.article_by_input("/news/none.txt") is None
    assert [e.title for e in store.list_articles()] == ["Bridge to close", "Ferry fares rise"]


def test_an_edited_file_is_one_library_entry_counting_every_version_notes(store: Store) -> None:
    old = _article()
    store.save_article(old)
    store.add_annotation(_note(old, "city engineer", tags=("sources",)))
    new = _article(body=BODY + " Work starts on 3 March.")
    store.save_article(new)
    entries = store.list_articles()
    assert entries == [LibraryEntry(new.id, "Bridge to close", None, None, "/news/bridge.txt",
                                    entries[0].last_read, 1)]
    assert store.article_by_input("/news/bridge.txt") == new


def test_library_filter_matches_titles_notes_and_tags_ignoring_case(store: Store) -> None:
    bridge, ferry = _article(), _article(body="Fares rise.", title="Ferry fares", input="/f.txt")
    store.save_article(bridge)
    store.save_article(ferry)
    store.add_annotation(_note(bridge, "shop owners", note="Ask the TRADERS' union", tags=("Économie",)))
    assert [e.title for e in store.list_articles("ferry")] == ["Ferry fares"]
    assert [e.title for e in store.list_articles("traders")] == ["Bridge to close"]
    assert [e.title for e in store.list_articles("éCONOMIE")] == ["Bridge to close"]
    assert store.list_articles("nowhere") == []


def test_piped_articles_are_separate_library_entries(store: Store) -> None:
    one, two = _article(input="-"), _article(body="Other.", title="Other", input="-")
    store.save_article(one)
    store.save_article(two)
    assert sorted(e.title for e in store.list_articles()) == ["Bridge to close", "Other"]


def test_remove_article_keeps_annotations_unless_asked(store: Store) -> None:
    article = _article()
    store.save_article(article)
    ann = store.add_annotation(_note(article, "old town"))
    store.save_analysis({"article": {"id": article.id}, "engine": {"version": "1", "model": "m"}})
    store.remove_article(article.id)
    assert store.get_article(article.id) is None and store.list_articles() == []
    assert store.cached_analysis(article.id, "1", "m") is None
    assert store.annotations_for(article.id) == [ann]
    store.save_article(article)
    store.remove_article(article.id, with_annotations=True)
    assert store.all_annotations() == []


def test_analysis_cache_is_keyed_by_article_engine_and_model(store: Store) -> None:
    doc = {"schema": "newsread/analysis@1", "engine": {"version": "0.3", "model": "en_core_web_sm"},
           "article": {"id": "sha256:abc", "text": "Zoë sagte «hallo»."}, "entities": [{"id": "e1"}]}
    store.save_analysis(doc)
    assert store.cached_analysis("sha256:abc", "0.3", "en_core_web_sm") == doc
    assert store.cached_analysis("sha256:abc", "0.4", "en_core_web_sm") is None
    assert store.cached_analysis("sha256:abc", "0.3", "en_core_web_trf") is None
    store.save_analysis({**doc, "entities": []})
    assert store.cached_analysis("sha256:abc", "0.3", "en_core_web_sm")["entities"] == []


def test_a_damaged_cache_entry_is_a_miss_and_the_next_save_replaces_it(store: Store) -> None:
    """An entry SQLite's own checks pass but that is no zlib-compressed JSON object (a bit flip,
    another program's write) reads as nothing cached: the analysis is computed again, not
    failed on."""
    doc = {"schema": "newsread/analysis@1", "engine": {"version": "0.3", "model": "m"},
           "article": {"id": "sha256:abc", "text": "Text."}, "entities": []}
    store.save_analysis(doc)
    for damaged in (b"\x00\x11\x22\x33", zlib.compress(b"\xff\xfe not utf-8"), zlib.compress(b"[1, 2]"), "text"):
        with store._write() as conn:
            conn.execute("UPDATE analyses SET data = ?", (damaged,))
        assert store.cached_analysis("sha256:abc", "0.3", "m") is None
    store.save_analysis(doc)
    assert store.cached_analysis("sha256:abc", "0.3", "m") == doc


def test_annotation_add_update_delete_undo(store: Store) -> None:
    article = _article(url="https://example.org/b")
    store.save_article(article)
    ann = store.add_annotation(_note(article, "shop owners", tags=("economy", "check")))
    assert ann.id and ann.created and ann.modified == ann.created
    assert (ann.input, ann.url, ann.title) == ("/news/bridge.txt", "https://example.org/b", "Bridge to close")
    assert store.annotations_for(article.id) == [ann]
    edited = store.update_annotation(replace(ann, note="ask them", color="green"))
    assert edited.modified > ann.modified
    assert store.annotations_for(article.id) == [edited]
    gone = store.delete_annotation(ann.id)
    assert gone == edited and store.annotations_for(article.id) == []
    store.restore_annotation(gone)
    assert store.all_annotations() == [edited]
    with pytest.raises(NewsreadError, match="not found"):
        store.delete_annotation("no-such-id")
    with pytest.raises(NewsreadError, match="not found"):
        store.update_annotation(replace(ann, id="no-such-id"))


def test_annotations_are_listed_in_reading_order(store: Store) -> None:
    article = _article()
    late = store.add_annotation(_note(article, "customers"))
    early = store.add_annotation(_note(article, "bridge over"))
    assert store.annotations_for(article.id) == [early, late]
    assert store.all_annotations() == [late, early]


def test_an_edited_file_carries_its_annotations_to_the_new_text(store: Store) -> None:
    old = _article()
    kept = store.add_annotation(_note(old, "shop owners fear a loss"))
    lost = store.add_annotation(_note(old, "in March"))
    new = _article(body="Update: the council voted again.\n\n" + BODY.replace("in March", "soon"))
    anns = store.annotations_for_article(new)
    assert [(a.id, a.exact, a.orphan) for a in anns] == [
        (kept.id, "shop owners fear a loss", False), (lost.id, "in March", True)]
    assert new.text[anns[0].start:anns[0].end] == "shop owners fear a loss"
    # saved: the new id, the new place, and the orphan's old selector (to place it later)
    assert store.annotations_for(new.id) == anns
    assert store.annotations_for(old.id) == []
    assert (anns[1].start, anns[1].prefix) == (lost.start, lost.prefix)
    # the old version comes back (an undo in the editor): both find their words again
    again = store.annotations_for_article(old)
    assert [(a.id, a.start, a.end, a.orphan) for a in again] == [
        (lost.id, lost.start, lost.end, False), (kept.id, kept.start, kept.end, False)]


def test_a_copy_elsewhere_is_recognised_by_title_but_takes_no_orphans(store: Store) -> None:
    original = _article()
    placed = store.add_annotation(_note(original, "old town"))
    store.add_annotation(_note(original, "city engineer"))
    copy = _article(body=BODY.replace("city engineer", "mayor"), input="/tmp/copy.txt")
    anns = store.annotations_for_article(copy)
    assert [(a.id, copy.text[a.start:a.end], a.input) for a in anns] == [
        (placed.id, "old town", "/tmp/copy.txt")]
    namesake = _article(body="Nothing alike at all.", input="/elsewhere.txt")
    assert store.annotations_for_article(namesake) == []
    assert len(store.all_annotations()) == 2


def test_a_read_only_store_places_annotations_without_saving(store: Store) -> None:
    old = _article()
    ann = store.add_annotation(_note(old, "old town"))
    new = _article(body="New lead.\n\n" + BODY)
    store.close()
    with Store.open(readonly=True) as ro:
        assert [new.text[a.start:a.end] for a in ro.annotations_for_article(new)] == ["old town"]
        assert ro.annotations_for(old.id) == [ann]


def test_two_stores_on_one_file_see_each_others_writes(store: Store) -> None:
    article = _article()
    with Store.open() as other:
        ann = other.add_annotation(_note(article, "old town"))
        assert store.annotations_for(article.id) == [ann]


def test_a_missing_database_opened_read_only_is_an_empty_library(tmp_path: Path) -> None:
    with Store.open(tmp_path / "none" / "newsread.db", readonly=True) as ro:
        assert ro.all_annotations() == [] and ro.list_articles() == []
        with pytest.raises(NewsreadError, match="read-only"):
            ro.add_annotation(_note(_article(), "old town"))
    assert not (tmp_path / "none").exists()
