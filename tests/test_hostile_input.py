"""Issue 14, items 8–12 and 15: hostile articles are one error line (or a notice), never a
traceback, and a bad input does not cost the other inputs their output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main
from tui.errors import NewsreadError
from tui.ingest import load
from tui.ingest.front_matter import MAX_BYTES, MAX_DEPTH


@pytest.fixture
def no_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """``analyze`` without spaCy: these tests are about ingest."""
    from tui.commands import analyze

    monkeypatch.setattr(analyze, "_outcomes", lambda articles, model, use_cache, jobs: iter([
        ({"schema": "newsread/analysis@1", "engine": {"version": "x", "model": model},
          "entities": [], "claims": [], "events": []}, []) for _ in articles]))


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def md(tmp_path: Path, front: str, name: str = "a.md") -> Path:
    return write(tmp_path, name, f"---\n{front}\n---\n\nThe harbour reopened on Friday.\n")


def one_line_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsread: ") and "Traceback" not in err
    return err


# --- 8: dates in front matter are text, parsed by us --------------------------------------


@pytest.mark.parametrize("value", ["2024-13-01", "2024-02-30", "2024-05-01T25:00:00",
                                   "2024-05-01 10:00:00+99:00", "2024-05-01T10:61:00Z"])
def test_an_impossible_front_matter_date_is_left_out_with_a_notice(
        value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], no_engine: None) -> None:
    path = md(tmp_path, f"title: Harbour\npublished: {value}")
    article = load(str(path))
    assert article.published is None and value in (article.notice or "")
    good = md(tmp_path, "title: Quay\npublished: 2024-05-01", name="b.md")
    assert main(["analyze", str(path), str(good)]) == 0  # the other input is still printed
    out, err = capsys.readouterr()
    assert [a["article"]["published"] for a in json.loads(out)] == [None, "2024-05-01"]
    assert err.count("\n") == 1 and f"date '{value}' is not a valid date" in err


@pytest.mark.parametrize(("value", "kept"), [
    ("2024-05-01", "2024-05-01"),
    ("2024-05-01 10:00:00Z", "2024-05-01T10:00:00+00:00"),
    ("'2024-05-01T10:00:00+02:00'", "2024-05-01T10:00:00+02:00"),
    ("May 3, 2024", "May 3, 2024"),  # not ISO: as written, for the engine's date parser
    ("~", None),
])
def test_a_readable_front_matter_date(value: str, kept: str | None, tmp_path: Path) -> None:
    article = load(str(md(tmp_path, f"date: {value}")))
    assert (article.published, article.notice) == (kept, None)


def test_front_matter_scalars_are_text(tmp_path: Path) -> None:
    article = load(str(md(tmp_path, f"title: {'9' * 5000}\nsource: 0x1F\nbyline: [Ada, Bo]")))
    assert (article.title, article.source, article.byline) == ("9" * 5000, "0x1F", "Ada, Bo")


# --- 9, 12: lone surrogates, codecs that are not text encodings -----------------------------


@pytest.mark.parametrize("front", ['title: "\\ud800"', 'source: "a\\udfff"', 'byline: ["\\ud83d"]'])
def test_a_lone_surrogate_in_front_matter_is_refused(
        front: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = one_line_error(capsys, "analyze", str(md(tmp_path, front)))
    assert "lone surrogate" in err


@pytest.mark.parametrize(("data", "encoding", "says"), [
    (b"said +2AA- x\n", "utf-7", "lone surrogate U+D800"),
    (b"said \\ud800 x\n", "unicode_escape", "lone surrogate"),
    (b"said x\n", "undefined", "cannot be read as undefined"),
    (b"said x\n", "rot13", "unknown encoding"),
    (b"said x\n", "base64", "unknown encoding"),
    (b"said x\n", "no-such-codec", "unknown encoding"),
])
def test_encodings_that_do_not_give_text_are_refused(
        data: bytes, encoding: str, says: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    assert says in one_line_error(capsys, "analyze", "--encoding", encoding, str(path))


# --- 10, 15: nesting, anchors and aliases, size -------------------------------------------


def test_deep_nesting_in_front_matter_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = one_line_error(capsys, "analyze", str(md(tmp_path, "title: " + "[" * 1000 + "]" * 1000)))
    assert f"nested more than {MAX_DEPTH} deep" in err
    assert load(str(md(tmp_path, "title: [[[a]]]", name="b.md"))).title == "[['a']]"


def test_yaml_anchors_and_aliases_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        for p, c in zip("abcdefgh", "bcdefghi"))
    err = one_line_error(capsys, "analyze", str(md(tmp_path, bomb + "title: boom")))
    assert "anchors and aliases" in err
    err = one_line_error(capsys, "analyze", str(md(tmp_path, "title: !!python/name:os.system x", "b.md")))
    assert "tags such as" in err


def test_front_matter_over_the_limit_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = one_line_error(capsys, "analyze", str(md(tmp_path, "title: " + "x" * MAX_BYTES)))
    assert "front matter larger than 64 KB" in err


# --- 11: HTML that breaks the extractor -----------------------------------------------------


@pytest.mark.parametrize("html", [
    "<code></code>&#7<p>",  # lxml: "All strings must be XML compatible"
    "<?html><embed>",  # an AssertionError inside htmldate
    "<html><body><code>\x0b</code>&#11;<p>x</p></body></html>",
])
def test_html_the_extractor_cannot_read_is_one_line(
        html: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], no_engine: None) -> None:
    bad = write(tmp_path, "bad.html", html)
    good = write(tmp_path, "good.txt", "Quay\n\nThe harbour reopened on Friday.\n")
    assert main(["analyze", str(bad), str(good)]) == 2
    out, err = capsys.readouterr()
    assert [a["article"]["title"] for a in json.loads(out)] == ["Quay"]
    assert err.count("\n") == 1 and err.startswith(f"newsread: {bad}: ")
    assert "not a readable HTML page" in err or "no article text" in err


def test_a_feed_the_parser_chokes_on_is_one_line(tmp_path: Path) -> None:
    from tui.ingest.feeds import parse_feed

    with pytest.raises(NewsreadError, match="not a readable feed"):
        parse_feed(b"<rss><channel><title>F &#xd800;</title></channel></rss>", "f.xml")
