"""Verdicts and corrections (issue 12), headless: ``apply_corrections`` over the seed's analysis,
the store's guarantees (own transaction, re-anchored, orphans kept, schema migration) and the
W3C round trip through ``newsread annotations export/import``."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from seed_analysis import frozen_seed_analysis

from tui.analysis_model import Analysis
from tui.cli import main
from tui.model import Article
from tui.navigation import Navigator
from tui.paths import database_path
from tui.review import (RATINGS, Correction, Verdict, apply_corrections, parse_rating,
                        verdicts_by_claim)
from tui.store.anchoring import annotation_on
from tui.store.database import MIGRATIONS, Store
from tui.store.reviews import all_reviews, delete_review, reviews_for_article, save_review, target_on

PRONOUN_CLAIM = '"There is continuous air cover'  # the seed's claim credited to "he"
HAIMOUR = "Muhannad Haimour"
FIRST_CLAIM = "The Islamic State (ISIS) group on Sunday sealed its capture"


def _on(article: Article, words: str, length: int | None = None, **kw) -> tuple[int, int]:
    start = article.text.index(words)
    return start, start + (length if length is not None else len(words))


def _claim(analysis: Analysis, words: str):
    return next(c for c in analysis.claims if c.content.text.startswith(words))


def _correction(article: Article, fix: str, anchor: str, target: str | None = None, name: str = "",
                created: str = "2026-01-01T00:00:00+00:00") -> Correction:
    ann = replace(annotation_on(article, *_on(article, anchor)), id=fix + anchor, created=created)
    return Correction(ann, fix, target_on(article, *_on(article, target)) if target else None, name)  # type: ignore[arg-type]


# --- apply_corrections ---------------------------------------------------------------------------


def test_source_of_a_pronoun_claim_set_to_another_entity() -> None:
    analysis = frozen_seed_analysis()
    before = _claim(analysis, PRONOUN_CLAIM)
    assert (before.source.text, before.source.entity) == ("he", None)

    fixed = apply_corrections(analysis, [_correction(analysis.article, "source", PRONOUN_CLAIM, HAIMOUR)])
    claim = _claim(fixed, PRONOUN_CLAIM)
    haimour = next(e for e in fixed.entities if e.name == HAIMOUR)
    assert (claim.source.text, claim.source.entity, claim.source.antecedent.text) == ("he", haimour.id, HAIMOUR)
    nav = Navigator(fixed)
    assert nav.ref_name(claim.source) == f"he → {HAIMOUR}"
    assert claim.id in fixed.corrected
    # pure: the analysis it was given is as it was
    assert (_claim(analysis, PRONOUN_CLAIM).source.entity, analysis.corrected) == (None, set())


def test_source_set_to_a_typed_name_becomes_an_entity_mentioned_at_the_source() -> None:
    analysis = frozen_seed_analysis()
    fixed = apply_corrections(analysis, [_correction(analysis.article, "source", PRONOUN_CLAIM,
                                                     name="Sabah Karkhout")])
    claim = _claim(fixed, PRONOUN_CLAIM)
    entity = next(e for e in fixed.entities if e.id == claim.source.entity)
    assert (entity.name, [m.text for m in entity.mentions]) == ("Sabah Karkhout", ["he"])
    assert Navigator(fixed).ref_name(claim.source) == "Sabah Karkhout"  # "he" is its mention now


def test_dropped_claims_and_events_are_gone_and_nothing_else() -> None:
    analysis = frozen_seed_analysis()
    event = analysis.events[0]
    fixes = [_correction(analysis.article, "drop_claim", FIRST_CLAIM),
             _correction(analysis.article, "drop_event", event.what.text)]
    fixed = apply_corrections(analysis, fixes)
    assert [c.id for c in fixed.claims] == [c.id for c in analysis.claims if not c.content.text.startswith(FIRST_CLAIM)]
    assert [e.id for e in fixed.events] == [e.id for e in analysis.events if e.id != event.id]


def test_merge_moves_mentions_aliases_and_references() -> None:
    analysis = frozen_seed_analysis()
    # "the Syrian Observatory…" and "It" are one source; merge UNESCO into it, then check refs.
    unesco = next(e for e in analysis.entities if e.name == "UNESCO")
    observatory = next(e for e in analysis.entities if e.name == "Syrian Observatory for Human Rights")
    first = unesco.mentions[0]
    fix = Correction(annotation_on(analysis.article, first.start, first.end), "merge",
                     target_on(analysis.article, observatory.mentions[0].start, observatory.mentions[0].end))
    fixed = apply_corrections(analysis, [fix])
    assert unesco.id not in {e.id for e in fixed.entities}
    merged = next(e for e in fixed.entities if e.id == observatory.id)
    assert {(m.start, m.end) for m in unesco.mentions} <= {(m.start, m.end) for m in merged.mentions}
    assert "UNESCO" in merged.aliases
    assert all(c.source.entity != unesco.id for c in fixed.claims if c.source)
    assert _claim(fixed, "both sides to spare Palmyra").source.entity == observatory.id

    # a moved source is still the words it was, found as it was (here: a pronoun): only its entity changed
    for claim in analysis.claims:
        if claim.source and claim.source.entity == unesco.id:
            claim.source = replace(claim.source, resolution="pronoun")
    moved = {c.id: c.source for c in analysis.claims if c.source and c.source.entity == unesco.id}
    fixed = apply_corrections(analysis, [fix])
    assert moved and all(replace(c.source, entity=unesco.id) == moved[c.id] for c in fixed.claims if c.id in moved)


def test_split_takes_one_mention_out_with_the_references_on_it() -> None:
    analysis = frozen_seed_analysis()
    state = next(e for e in analysis.entities if e.name == "Islamic State")
    isis = next(m for m in state.mentions if m.text == "ISIS" and
                any(c.source and c.source.start == m.start for c in analysis.claims))
    fix = Correction(annotation_on(analysis.article, isis.start, isis.end), "split")
    fixed = apply_corrections(analysis, [fix])
    rest = next(e for e in fixed.entities if e.id == state.id)
    new = next(e for e in fixed.entities if e.mentions == [isis])
    assert isis not in rest.mentions and len(rest.mentions) == len(state.mentions) - 1
    assert [c.source.entity for c in fixed.claims if c.source and c.source.start == isis.start] == [new.id]
    moved = {c.id: c.source for c in analysis.claims if c.source and c.source.start == isis.start}
    assert all(replace(c.source, entity=state.id) == moved[c.id] for c in fixed.claims if c.id in moved)


def test_orphaned_and_unplaceable_corrections_are_skipped() -> None:
    analysis = frozen_seed_analysis()
    orphan = _correction(analysis.article, "drop_claim", FIRST_CLAIM)
    orphan.anchor.orphan = True
    nowhere = Correction(annotation_on(analysis.article, 0, 5), "drop_claim")  # the title: no claim
    fixed = apply_corrections(analysis, [orphan, nowhere])
    assert len(fixed.claims) == len(analysis.claims) and not fixed.corrected


def test_verdicts_go_to_the_claim_they_overlap_most_latest_first() -> None:
    analysis = frozen_seed_analysis()
    nav = Navigator(analysis)
    claim = _claim(analysis, FIRST_CLAIM)
    old = Verdict(replace(annotation_on(analysis.article, claim.content.start, claim.content.end),
                          modified="2026-01-01"), "true")
    new = Verdict(replace(old.anchor, modified="2026-02-01"), "false")
    assert {i: v.rating for i, v in verdicts_by_claim(nav.claims, [new, old]).items()} == {
        nav.claims.index(claim): "false"}


@pytest.mark.parametrize("typed, rating", [("False", "false"), ("mostly_true", "mostly true"),
                                           ("Needs-Check", "needs check"), (" true ", "true")])
def test_parse_rating(typed: str, rating: str) -> None:
    assert parse_rating(typed) == rating


def test_parse_rating_refuses_others_naming_the_verdicts() -> None:
    with pytest.raises(ValueError, match="unknown verdict 'pants on fire' .verdicts: true, mostly true"):
        parse_rating("pants on fire")
    assert len(RATINGS) == 6


# --- the store -------------------------------------------------------------------------------------


def _seed_copy(tmp_path: Path) -> tuple[Path, Article]:
    from conftest import SEED

    from tui.ingest import load

    path = tmp_path / "story.txt"
    path.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    return path, load(str(path))


def test_a_verdict_is_committed_at_once_and_follows_its_words(tmp_path: Path) -> None:
    path, article = _seed_copy(tmp_path)
    with Store.open() as store:
        store.save_article(article)
        saved = save_review(store, Verdict(annotation_on(article, *_on(article, FIRST_CLAIM), note="no"),
                                           "false", ["https://example.org/a"]))
    # committed: another connection sees it at once
    row = sqlite3.connect(database_path()).execute("SELECT kind, body, note FROM reviews").fetchone()
    assert (row[0], json.loads(row[1]), row[2]) == (
        "verdict", {"rating": "false", "evidence": ["https://example.org/a"]}, "no")

    path.write_text("An editor's note opens this version.\n\n" + path.read_text("utf-8"), encoding="utf-8")
    from tui.ingest import load

    moved_article = load(str(path))
    with Store.open() as store:
        [moved] = reviews_for_article(store, moved_article)
    assert moved_article.text[moved.anchor.start:moved.anchor.end] == FIRST_CLAIM
    assert (moved.anchor.id, moved.rating, moved.anchor.article_id) == (saved.anchor.id, "false", moved_article.id)

    path.write_text(path.read_text("utf-8").replace(FIRST_CLAIM, "Nothing of the kind happened"), encoding="utf-8")
    with Store.open() as store:
        [orphan] = reviews_for_article(store, load(str(path)))
        assert orphan.anchor.orphan and orphan.anchor.exact == FIRST_CLAIM
        delete_review(store, orphan.anchor.id)
        assert all_reviews(store) == []


def test_a_correction_target_is_re_anchored_with_it(tmp_path: Path) -> None:
    path, article = _seed_copy(tmp_path)
    with Store.open() as store:
        save_review(store, _correction(article, "source", PRONOUN_CLAIM, HAIMOUR))
    path.write_text("A new first paragraph.\n\n" + path.read_text("utf-8"), encoding="utf-8")
    from tui.ingest import load

    new = load(str(path))
    with Store.open() as store:
        [fix] = reviews_for_article(store, new)
    assert new.text[fix.target.start:fix.target.end] == HAIMOUR
    assert fix.target.start == article.text.index(HAIMOUR) + len("A new first paragraph.\n\n")


def test_a_schema_2_database_gains_the_reviews_table_and_keeps_its_notes(tmp_path: Path) -> None:
    path = database_path()
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:2]:
        for statement in migration:
            conn.execute(statement)
    conn.execute("INSERT INTO annotations VALUES ('n1', 'sha256:x', NULL, NULL, 'T', 0, 1, 'a', '', '', "
                 "'kept', '[]', 'yellow', '2026', '2026', 0)")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with Store.open() as store:
        assert [a.note for a in store.all_annotations()] == ["kept"]
        assert all_reviews(store) == []


# --- W3C round trip ----------------------------------------------------------------------------------


def test_verdicts_and_corrections_round_trip_through_annotations_export_import(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _, article = _seed_copy(tmp_path)
    with Store.open() as store:
        store.add_annotation(annotation_on(article, 0, 6, note="a plain note"))
        verdict = save_review(store, Verdict(annotation_on(article, *_on(article, FIRST_CLAIM), note="wrong day"),
                                             "mostly true", ["https://example.org/e"]))
        fix = save_review(store, _correction(article, "source", PRONOUN_CLAIM, HAIMOUR))
        before = all_reviews(store)
    out = tmp_path / "export.jsonld"
    assert main(["annotations", "export", "-o", str(out)]) == 0
    items = json.loads(out.read_text("utf-8"))["first"]["items"]
    assert sorted(i["motivation"] for i in items) == ["assessing", "commenting", "editing"]
    assessing = next(i for i in items if i["motivation"] == "assessing")
    assert assessing["body"][:2] == [
        {"type": "TextualBody", "value": "Mostly true", "purpose": "assessing"},
        {"type": "TextualBody", "value": "wrong day", "format": "text/plain", "purpose": "commenting"}]
    assert assessing["target"]["selector"][0]["exact"] == FIRST_CLAIM

    monkeypatch.setenv("NEWSREAD_DATA_DIR", str(tmp_path / "elsewhere"))
    assert main(["annotations", "import", str(out)]) == 0
    assert capsys.readouterr().out.endswith(": 3 added, 0 updated, 0 unchanged\n")
    with Store.open() as store:
        assert all_reviews(store) == before
        assert [a.note for a in store.all_annotations()] == ["a plain note"]
    assert main(["annotations", "import", str(out)]) == 0
    assert capsys.readouterr().out.endswith(": 0 added, 0 updated, 3 unchanged\n")
    assert {r.anchor.id for r in before} == {verdict.anchor.id, fix.anchor.id}


def test_an_assessing_annotation_of_another_tool_is_read_from_its_body(tmp_path: Path) -> None:
    from tui.store.review_w3c import review_from_w3c

    obj = {"id": "urn:uuid:00000000-0000-4000-8000-000000000001", "type": "Annotation",
           "motivation": "assessing",
           "body": [{"type": "TextualBody", "value": "Misleading", "purpose": "assessing"},
                    {"type": "TextualBody", "value": "context missing"},
                    {"type": "SpecificResource", "source": "https://example.org/s", "purpose": "linking"}],
           "target": {"source": "https://example.org/story",
                      "selector": {"type": "TextQuoteSelector", "exact": "words"}}}
    review = review_from_w3c(obj, "x")
    assert (review.rating, review.anchor.note, review.evidence, review.anchor.url) == (
        "misleading", "context missing", ["https://example.org/s"], "https://example.org/story")


def test_importing_a_verdict_with_a_wrong_rating_is_one_line_exit_2_and_saves_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, article = _seed_copy(tmp_path)
    with Store.open() as store:
        save_review(store, Verdict(annotation_on(article, *_on(article, FIRST_CLAIM)), "false"))
        store.add_annotation(annotation_on(article, 0, 6, note="kept"))
    out = tmp_path / "export.jsonl"
    assert main(["annotations", "export", "--format", "jsonl", "-o", str(out)]) == 0
    lines = out.read_text("utf-8").splitlines()
    bad = json.loads(lines[1])
    bad["newsread:review"]["rating"] = "pants on fire"
    bad["id"] = "urn:uuid:00000000-0000-4000-8000-00000000000b"
    note = json.loads(lines[0])
    note["id"] = "urn:uuid:00000000-0000-4000-8000-00000000000a"  # new: would be added, if anything were
    out.write_text(json.dumps(note) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    capsys.readouterr()
    db_before = database_path().read_bytes()
    assert main(["annotations", "import", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "line 2: unknown verdict 'pants on fire'" in err and err.endswith("; nothing imported\n")
    assert database_path().read_bytes() == db_before


# --- any corrections, anywhere: the analysis stays whole -------------------------------------------

_FROZEN = frozen_seed_analysis()


@st.composite
def _corrections(draw: st.DrawFn) -> list[Correction]:
    text = _FROZEN.article.text
    out = []
    for n in range(draw(st.integers(1, 6))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start, min(len(text), start + 80)))
        fix = draw(st.sampled_from(["source", "drop_claim", "drop_event", "merge", "split"]))
        target = None
        if draw(st.booleans()):
            t = draw(st.integers(0, len(text) - 1))
            target = target_on(_FROZEN.article, t, min(len(text), t + draw(st.integers(0, 20))))
        name = draw(st.sampled_from(["", "A Named Source"]))
        anchor = replace(annotation_on(_FROZEN.article, start, end), id=f"r{n}", created=f"2026-01-0{n + 1}")
        out.append(Correction(anchor, fix, target, name))  # type: ignore[arg-type]
    return out


@settings(max_examples=120, deadline=None)
@given(_corrections())
def test_any_corrections_leave_a_whole_analysis_with_no_dangling_entity(fixes: list[Correction]) -> None:
    fixed = apply_corrections(_FROZEN, fixes)
    assert all(e.mentions for e in fixed.entities)  # the contract: every entity is mentioned
    ids = {e.id for e in fixed.entities}
    assert len(ids) == len(fixed.entities)
    refs = [c.source for c in fixed.claims if c.source] + [r for e in fixed.events for r in e.who + e.whom + e.where]
    assert all(r.entity is None or r.entity in ids for r in refs)
    assert all(fixed.article.text[m.start:m.end] == m.text for e in fixed.entities for m in e.mentions)
    Navigator(fixed)  # the reader can move through it
