"""W3C Web Annotation export and import: the shape other tools expect, and a round trip that
gives back every field of every annotation, however often it is imported."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import jsonschema
import pytest

from tui.errors import NewsreadError
from tui.model import Annotation, Article
from tui.store.database import Store
from tui.store.export import (W3C_CONTEXT, from_w3c, read_annotations, to_collection, to_jsonl,
                              to_w3c)

SELECTORS = {
    "type": "array",
    "prefixItems": [
        {"type": "object", "required": ["type", "exact", "prefix", "suffix"],
         "properties": {"type": {"const": "TextQuoteSelector"}}},
        {"type": "object", "required": ["type", "start", "end"],
         "properties": {"type": {"const": "TextPositionSelector"},
                        "start": {"type": "integer"}, "end": {"type": "integer"}}},
    ],
    "minItems": 2,
}
ANNOTATION = {
    "type": "object",
    "required": ["id", "type", "created", "modified", "body", "target"],
    "properties": {
        "id": {"type": "string", "pattern": "^urn:uuid:[0-9a-f-]{36}$"},
        "type": {"const": "Annotation"},
        "motivation": {"enum": ["commenting", "highlighting"]},
        "body": {"type": "array", "items": {
            "type": "object", "required": ["type", "value", "purpose"],
            "properties": {"type": {"const": "TextualBody"}, "value": {"type": "string"},
                           "purpose": {"enum": ["commenting", "tagging"]}}}},
        "target": {"type": "object", "required": ["source", "selector"],
                   "properties": {"source": {"type": "string", "pattern": "^(https?|file|urn):"},
                                  "selector": SELECTORS}},
    },
}
COLLECTION = {
    "type": "object",
    "required": ["@context", "id", "type", "total", "first"],
    "properties": {
        "@context": {"const": W3C_CONTEXT},
        "type": {"const": "AnnotationCollection"},
        "first": {"type": "object", "required": ["type", "items"],
                  "properties": {"type": {"const": "AnnotationPage"},
                                 "items": {"type": "array", "items": ANNOTATION}}},
    },
}


def _saved_annotations() -> list[Annotation]:
    """A spread of annotations: every optional field set and unset, an orphan, Unicode."""
    web = Article(text="Headline\n\nThe minister said the figures were final.", title="Headline",
                  url="https://example.org/news/1", input="https://example.org/news/1")
    file = Article(text="Local news\n\nThe café on Quay Street reopened.", title="Local news",
                   input="/home/reader/news/local café.txt")
    piped = Article(text="Piped text with a claim in it.", input="-")
    with Store.open() as store:
        return [
            store.add_annotation(Annotation(
                id="", article_id=web.id, start=14, end=26, exact="minister sai",
                prefix="Headline\n\nThe ", suffix="d the figures", note="Which figures?\nAsk.",
                tags=["numbers", "follow-up"], color="pink", input=web.input, url=web.url,
                title=web.title)),
            store.add_annotation(Annotation(
                id="", article_id=file.id, start=16, end=20, exact="café", prefix="Local news\n\nThe ",
                suffix=" on Quay", input=file.input, title=file.title)),
            store.add_annotation(Annotation(
                id="", article_id=piped.id, start=0, end=5, exact="Piped", prefix="",
                suffix=" text", note="«orphan»", orphan=True, input="-")),
        ]


def test_w3c_export_has_the_web_annotation_shape() -> None:
    anns = _saved_annotations()
    doc = to_collection(anns)
    jsonschema.validate(doc, COLLECTION)
    assert doc["total"] == 3
    first = doc["first"]["items"][0]
    assert first["body"] == [
        {"type": "TextualBody", "value": "Which figures?\nAsk.", "format": "text/plain",
         "purpose": "commenting"},
        {"type": "TextualBody", "value": "numbers", "purpose": "tagging"},
        {"type": "TextualBody", "value": "follow-up", "purpose": "tagging"},
    ]
    assert first["target"]["source"] == "https://example.org/news/1"
    assert first["target"]["styleClass"] == "pink"
    assert first["target"]["selector"][0] == {"type": "TextQuoteSelector", "exact": "minister sai",
                                              "prefix": "Headline\n\nThe ", "suffix": "d the figures"}
    second, third = doc["first"]["items"][1:]
    assert second["target"]["source"] == "file:///home/reader/news/local%20caf%C3%A9.txt"
    assert second["motivation"] == "highlighting" and second["body"] == []
    assert third["target"]["source"] == "urn:newsread:" + anns[2].article_id
    for item in doc["first"]["items"]:
        datetime.fromisoformat(item["created"])
    for line in to_jsonl(anns).splitlines():
        obj = json.loads(line)
        assert obj["@context"] == W3C_CONTEXT
        jsonschema.validate(obj, ANNOTATION)


@pytest.mark.parametrize("fmt", ["w3c", "jsonl"])
def test_export_then_import_into_an_empty_data_dir_round_trips(
        fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    anns = _saved_annotations()
    out = tmp_path / f"export.{fmt}"
    out.write_text(json.dumps(to_collection(anns)) if fmt == "w3c" else to_jsonl(anns), "utf-8")
    monkeypatch.setenv("NEWSREAD_DATA_DIR", str(tmp_path / "empty"))
    with Store.open() as store:
        assert store.import_annotations(read_annotations(out)) == (3, 0, 0)
        assert store.all_annotations() == anns
        assert store.import_annotations(read_annotations(out)) == (0, 0, 3)
        assert store.all_annotations() == anns


def test_import_updates_what_was_edited_after_the_export_and_keeps_newer_local_edits() -> None:
    anns = _saved_annotations()
    edited = replace(anns[0], note="resolved", modified="2999-01-01T00:00:00+00:00")
    stale = replace(anns[1], note="older text", modified="2000-01-01T00:00:00+00:00")
    with Store.open() as store:
        assert store.import_annotations([edited, stale, anns[2]]) == (0, 1, 2)
        assert [a.note for a in store.all_annotations()] == ["resolved", "", "«orphan»"]


def test_a_plain_w3c_annotation_from_another_tool_is_imported_and_placed(tmp_path: Path) -> None:
    other = {
        "@context": W3C_CONTEXT, "id": "https://annotations.example/a/17", "type": "Annotation",
        "bodyValue": "Source?",
        "target": {"source": "https://example.org/story",
                   "selector": {"type": "TextQuoteSelector", "exact": "the bridge will close"}},
    }
    path = tmp_path / "one.json"
    path.write_text(json.dumps(other), "utf-8")
    [ann] = read_annotations(path)
    assert (ann.id, ann.note, ann.url, ann.article_id, ann.exact) == (
        "https://annotations.example/a/17", "Source?", "https://example.org/story", "",
        "the bridge will close")
    assert to_w3c(ann)["id"] == "https://annotations.example/a/17"
    story = Article(text="Bridge\n\nOfficials said the bridge will close in May.",
                    url="https://example.org/story", input="https://example.org/story")
    with Store.open() as store:
        store.import_annotations([ann])
        [placed] = store.annotations_for_article(story)
    assert story.text[placed.start:placed.end] == "the bridge will close"
    assert placed.article_id == story.id


@pytest.mark.parametrize("content, message", [
    ("{not json", "line 1: not JSON (Expecting property name enclosed in double quotes)"),
    ('{"type": "AnnotationCollection", "first": "https://x/page1"}',
     "the collection's pages are not embedded in the file"),
    ('[{"type": "Annotation", "id": "a", "target": "https://x"}]',
     "annotation 1: needs an id and a target with a TextQuoteSelector"),
    ('[{"type": "Note"}]', "annotation 1: not a W3C Annotation object"),
])
def test_bad_import_files_are_one_line_errors(content: str, message: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, "utf-8")
    with pytest.raises(NewsreadError) as err:
        read_annotations(path)
    assert str(err.value) == f"{path}: {message}"


def test_from_w3c_rejects_a_position_that_is_not_a_number() -> None:
    obj = to_w3c(Annotation(id="u", article_id="a", start=0, end=1, exact="x", prefix="", suffix=""))
    obj["target"]["selector"][1]["start"] = "zero"
    with pytest.raises(NewsreadError, match="here: target/selector/1/start: .zero. is not of type .integer."):
        from_w3c(obj, "here")


def test_import_compares_instants_not_the_text_of_timestamps() -> None:
    """'06:00+02:00' is 04:00 UTC: an export made then must not overwrite a local edit of
    04:30 UTC, and a 'Z' stamp of the same instant as the saved one changes nothing."""
    anns = _saved_annotations()
    with Store.open() as store:
        local = store.update_annotation(replace(anns[0], note="local edit"))
        local = replace(local, modified="2026-11-26T04:30:00+00:00")
        store.restore_annotation(local)
        older = replace(anns[0], note="exported earlier", modified="2026-11-26T06:00:00+02:00")
        same_instant = replace(anns[1], modified=anns[1].modified.replace("+00:00", "Z"))
        assert store.import_annotations([older, same_instant]) == (0, 0, 2)
        assert [a.note for a in store.all_annotations()][:2] == ["local edit", ""]


def test_an_annotation_without_timestamps_is_stamped_once_and_never_overwrites_a_local_edit(
        tmp_path: Path) -> None:
    """Stamped 'now' at each reading, a re-import counted as an update and undid local edits."""
    other = {"id": "https://annotations.example/a/18", "type": "Annotation", "bodyValue": "Source?",
             "target": {"selector": {"type": "TextQuoteSelector", "exact": "the bridge"}}}
    path = tmp_path / "one.json"
    path.write_text(json.dumps(other), "utf-8")
    with Store.open() as store:
        assert store.import_annotations(read_annotations(path)) == (1, 0, 0)
        [saved] = store.all_annotations()
        assert saved.created == saved.modified != ""
        store.update_annotation(replace(saved, note="answered"))
        assert store.import_annotations(read_annotations(path)) == (0, 0, 1)
        assert [a.note for a in store.all_annotations()] == ["answered"]


def test_an_import_with_a_timestamp_that_is_no_date_is_one_line(tmp_path: Path) -> None:
    obj = to_w3c(Annotation(id="u", article_id="a", start=0, end=1, exact="x", prefix="", suffix="",
                            created="2026-01-01T00:00:00+00:00", modified="yesterday"))
    path = tmp_path / "bad.json"
    path.write_text(json.dumps([obj]), "utf-8")
    with pytest.raises(NewsreadError) as err:
        read_annotations(path)
    assert str(err.value) == f"{path}: annotation 1: modified 'yesterday' is not an ISO 8601 date and time"
