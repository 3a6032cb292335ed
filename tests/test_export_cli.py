"""``newsread export ARTICLE --format md|csv|json|claimreview`` (issue 12): the reports open
where they are meant to (csv module, markdown-it-py, the schema.org vocabulary), corrections
outlive re-analysis and edits, and bad input is one line, exit 2, with nothing saved touched."""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from datetime import date
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from seed_analysis import frozen_seed_analysis

from conftest import SEED
from tui.cli import main
from tui.ingest import load
from tui.model import Article
from tui.paths import database_path
from tui.report import CSV_COLUMNS, md_escape
from tui.review import Correction, Verdict
from tui.store.anchoring import annotation_on
from tui.store.database import Store
from tui.store.reviews import save_review, target_on

VOCABULARY = json.loads((Path(__file__).parent / "data" / "schemaorg.claimreview.json").read_text("utf-8"))
FIRST_CLAIM = "The Islamic State (ISIS) group on Sunday sealed its capture"


def _seed(tmp_path: Path) -> tuple[Path, Article]:
    """The seed copied to a file of the test's own, its analysis (the frozen one) in the cache,
    so that exporting it loads no spaCy."""
    from tui.analysis.pipeline import model_key
    from tui.analysis.version import engine_version

    path = tmp_path / "story.txt"
    path.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    article = load(str(path))
    data = frozen_seed_analysis().to_json()
    data["engine"] = {"version": engine_version(), "model": model_key(None)}
    data["article"]["id"] = article.id
    with Store.open() as store:
        store.save_analysis(data)
    return path, article


def _verdict(article: Article, rating: str = "false", note: str = "It fell a week later") -> Verdict:
    claim = next(c for c in frozen_seed_analysis().claims if c.content.text.startswith(FIRST_CLAIM))
    with Store.open() as store:
        return save_review(store, Verdict(annotation_on(article, claim.content.start, claim.content.end, note=note),
                                          rating, ["https://example.org/evidence"]))  # type: ignore[arg-type]


def _export(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(["export", *argv]) == 0
    return capsys.readouterr().out


# --- ClaimReview against the schema.org vocabulary ------------------------------------------------


def _ancestry(name: str, table: dict[str, str | None]) -> list[str]:
    chain = []
    while name is not None:
        chain.append(name)
        name = table[name]  # type: ignore[assignment]
    return chain


def _literal_fits(value: Any, ranges: list[str]) -> bool:
    kinds = {k for r in ranges if r in VOCABULARY["datatypes"] for k in _ancestry(r, VOCABULARY["datatypes"])}
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return "Number" in kinds
    if not isinstance(value, str):
        return False
    if "URL" in ranges and re.match(r"^(https?|file|urn):", value):
        return True
    if "Date" in ranges and date.fromisoformat(value[:10]) and len(value) == 10:
        return True
    if "DateTime" in ranges and re.match(r"^\d{4}-\d\d-\d\dT", value):
        return True
    return "Text" in ranges


def check_schemaorg(node: dict[str, Any], where: str = "$") -> None:
    """Every @type a schema.org type, every property one used on that type (its domain holds
    the type or one it is a subclass of), every value in the property's range."""
    types = VOCABULARY["types"]
    kind = node.get("@type")
    assert kind in types, f"{where}: unknown type {kind!r}"
    lineage = _ancestry(kind, types)
    for prop, value in node.items():
        if prop.startswith("@"):
            continue
        spec = VOCABULARY["properties"].get(prop)
        assert spec is not None, f"{where}.{prop}: not a schema.org property"
        assert set(spec["domain"]) & set(lineage), f"{where}.{prop}: not used on {kind}"
        for n, item in enumerate(value if isinstance(value, list) else [value]):
            here = f"{where}.{prop}[{n}]"
            if isinstance(item, dict):
                assert item.get("@type") in types, f"{here}: unknown type {item.get('@type')!r}"
                assert set(spec["range"]) & set(_ancestry(item["@type"], types)), f"{here}: out of range"
                check_schemaorg(item, here)
            else:
                assert _literal_fits(item, spec["range"]), f"{here}: {item!r} is not a {spec['range']}"


def test_the_checker_refuses_what_schema_org_does_not_define() -> None:
    good = {"@type": "Rating", "alternateName": "False", "ratingValue": 1}
    check_schemaorg(good)
    for bad in ({**good, "verdict": "False"}, {**good, "claimReviewed": "x"}, {"@type": "Verdict"},
                {"@type": "ClaimReview", "reviewRating": {"@type": "Person", "name": "x"}},
                {"@type": "ClaimReview", "datePublished": "yesterday"}):
        with pytest.raises((AssertionError, ValueError)):
            check_schemaorg(bad)


def test_claimreview_of_a_verdict_is_valid_schema_org(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, article = _seed(tmp_path)
    verdict = _verdict(article)
    with Store.open() as store:  # a claim still to check is not published
        claim = frozen_seed_analysis().claims[3]
        save_review(store, Verdict(annotation_on(article, claim.content.start, claim.content.end), "needs check"))
    [review] = json.loads(_export(capsys, str(path), "--format", "claimreview"))
    check_schemaorg(review)
    claim = next(c for c in frozen_seed_analysis().claims if c.content.text.startswith(FIRST_CLAIM))
    assert review["@context"] == "https://schema.org"
    assert review["claimReviewed"] == claim.content.text
    assert review["reviewRating"]["alternateName"] == "False"
    assert review["reviewRating"]["ratingExplanation"] == "It fell a week later"
    assert review["itemReviewed"]["author"] == {"@type": "Organization", "name": "AFP"}
    assert review["itemReviewed"]["appearance"]["url"] == path.as_uri()
    assert review["datePublished"] == verdict.anchor.modified[:10]


# --- CSV, Markdown, JSON -------------------------------------------------------------------------------


def test_csv_opens_with_the_csv_module_one_row_per_claim(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, article = _seed(tmp_path)
    _verdict(article)
    rows = list(csv.reader(io.StringIO(_export(capsys, str(path), "--format", "csv"))))
    analysis = frozen_seed_analysis()
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 1 + len(analysis.claims)
    records = [dict(zip(CSV_COLUMNS, r)) for r in rows[1:]]
    first = records[0]
    assert (first["source"], first["cue"], first["stance"], first["kind"], first["verdict"], first["note"]) == (
        "AFP", "reports", "neutral", "indirect", "False", "It fell a week later")
    assert article.text[int(first["start"]):int(first["end"])] == first["content"]
    assert [r["verdict"] for r in records[1:]] == [""] * (len(records) - 1)


def test_markdown_renders_with_markdown_it_and_keeps_article_words_as_text(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from markdown_it import MarkdownIt

    path, article = _seed(tmp_path)
    _verdict(article, note="*not* [a link](http://x) <b>")
    md = _export(capsys, str(path), "--format", "md")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tokens = MarkdownIt("commonmark").parse(md)
        html = MarkdownIt("commonmark").render(md)
    headings = [t.content for i, t in enumerate(tokens) if i and tokens[i - 1].type == "heading_open"]
    assert headings[0] == "Sunnis flee the violence in the city of Ramadi, Iraq"
    assert headings[1] == f"Claims ({len(frozen_seed_analysis().claims)})"
    assert "<strong>Verdict: False</strong>" in html
    assert "*not* [a link](http://x) &lt;b&gt;" in html  # the note stays text: no emphasis, link or tag
    assert "<blockquote>\n<p>The Islamic State (ISIS) group on Sunday" in html
    assert headings[-1].startswith("Notes (0)")


def test_json_report_says_which_claims_have_verdicts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, article = _seed(tmp_path)
    _verdict(article, rating="misleading")
    report = json.loads(_export(capsys, str(path), "--format", "json"))
    assert report["schema"] == "newsread/report@1"
    assert [c["verdict"]["name"] for c in report["claims"] if c["verdict"]] == ["Misleading"]
    assert "text" not in report["article"]


# --- corrections that survive re-analysis (Done when) -----------------------------------------------------


def test_done_when_a_pronoun_source_correction_survives_recompute_and_a_new_first_paragraph(
        nlp, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    report = json.loads(_export(capsys, str(path), "--format", "json"))  # computed by the engine
    pronoun = next(c for c in report["claims"] if c["source"] and c["source"]["text"] == "he")
    article = load(str(path))
    haimour = article.text.index("Muhannad Haimour")
    with Store.open() as store:
        save_review(store, Correction(
            annotation_on(article, pronoun["content"]["start"], pronoun["content"]["end"]), "source",
            target_on(article, haimour, haimour + len("Muhannad Haimour"))))

    def corrected(report: dict) -> list[tuple[str, str, bool]]:
        return [(c["content"]["text"][:30], c["source_entity"], c["corrected"]) for c in report["claims"]
                if c["content"]["text"] == pronoun["content"]["text"]]

    expected = [(pronoun["content"]["text"][:30], "Muhannad Haimour", True)]
    assert corrected(json.loads(_export(capsys, str(path), "--format", "json"))) == expected

    assert main(["analyze", "--no-cache", str(path)]) == 0  # recomputed by the engine
    capsys.readouterr()
    with Store.open() as store:  # and the cached analysis gone: the export computes afresh
        store.remove_article(article.id)
    assert corrected(json.loads(_export(capsys, str(path), "--format", "json"))) == expected

    path.write_text("A new first paragraph, added by the editors.\n\n" + path.read_text("utf-8"), encoding="utf-8")
    assert corrected(json.loads(_export(capsys, str(path), "--format", "json"))) == expected


# --- bad input ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("argv, message", [
    (["{tmp}/missing.txt"], "missing.txt"),
    (["sha256:" + "0" * 64], "no such article in the library"),
    (["{seed}", "-o", "{tmp}/no/such/folder/report.md"], "cannot write (no folder"),
    (["{seed}", "-o", "{tmp}"], "is a folder, not a file"),
])
def test_bad_input_is_one_line_exit_2_and_nothing_saved_is_touched(
        argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, article = _seed(tmp_path)
    _verdict(article)
    capsys.readouterr()
    before = database_path().read_bytes()
    argv = [a.format(tmp=tmp_path, seed=path) for a in argv]
    assert main(["export", *argv, "--format", "claimreview"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("newsread: ") and message in err
    assert database_path().read_bytes() == before


def test_output_file_is_written_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, article = _seed(tmp_path)
    _verdict(article)
    out = tmp_path / "report.json"
    assert main(["export", str(path), "--format", "claimreview", "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    assert json.loads(out.read_text("utf-8"))[0]["reviewRating"]["alternateName"] == "False"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=60))
def test_article_words_stay_text_in_the_markdown_report(words: str) -> None:
    """Whatever an article or note says, markdown-it reads it back as those words, no markup."""
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(f"- x: {md_escape(words)}\n")
    match = re.fullmatch(r"<ul>\n<li>x:(.*)</li>\n</ul>\n", html, re.S)
    assert match is not None and "<" not in match.group(1), html
    assert unescape(match.group(1)).strip() == " ".join(words.split())


def test_a_verdict_whose_claim_is_gone_is_listed_not_lost(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, article = _seed(tmp_path)
    _verdict(article, note="was here")
    claim = next(c for c in frozen_seed_analysis().claims if c.content.text.startswith(FIRST_CLAIM))
    path.write_text(path.read_text("utf-8").replace(claim.content.text, "Nothing of the kind was said"),
                    encoding="utf-8")
    report = json.loads(_export(capsys, str(path), "--format", "json"))
    [gone] = report["unplaced_verdicts"]
    assert (gone["orphan"], gone["name"], gone["note"]) == (True, "False", "was here")
    assert gone["exact"].startswith(FIRST_CLAIM)
    md = _export(capsys, str(path), "--format", "md")
    assert "## Verdicts on claims no longer found (1)" in md


def test_removing_an_article_with_its_notes_takes_its_verdicts(tmp_path: Path) -> None:
    from tui.store.reviews import all_reviews

    _, article = _seed(tmp_path)
    _verdict(article)
    with Store.open() as store:
        store.save_article(article)
        store.remove_article(article.id)
        assert len(all_reviews(store)) == 1
        store.remove_article(article.id, with_annotations=True)
        assert all_reviews(store) == []
