"""Issue 14, "Done when": hostile bytes through ingest (txt, Markdown with front matter, HTML,
feeds, every decoding path) and through annotation import give an Article, a Feed, annotations
or one NewsreadError line — never another exception — and every span the ingest makes holds
``0 <= start <= end <= len(text)``.

A bounded, derandomised budget keeps it fast and the suite deterministic; the fragments are
the pieces the attacks of issue 14 were made of, so small examples reach the parsers' corners.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.errors import NewsreadError
from tui.ingest import parse
from tui.ingest.decode import decode
from tui.ingest.feeds import parse_feed
from tui.model import Article
from tui.oneline import CONTROL_RE, clip, dumps, inert, line
from tui.store.database import Store
from tui.store.export import BadRecords, read_annotations, to_w3c

BUDGET = settings(max_examples=60, deadline=None, derandomize=True,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

FRAGMENTS = [
    "---\n", "title: ", "published: ", "date: ", "2024-13-01", "2024-02-30T25:00:00+99:00",
    '"\\ud800"', "&a ", "*a", "!!python/object ", "[", "]", "{", "}", ": ", "- ", "\n", "\n\n",
    "<html>", "<body>", "<p>", "</p>", "<code>", "</code>", "&#7", "&#xd800;", "<?html>", "<embed>",
    "<h1>", "<ul><li>", "<table><tr><td>", "<!--", "-->", "<![CDATA[", "]]>", "# ", "> ", "* ",
    "`", "**", "[x](", ")", "\x1b[2J", "\x1b]52;c;aGk=\x07", "\x9b", "\u202e", "\u2028", "\r",
    "\t", "\x00", "said ", "The minister ", '"', "“", "”", "\ufeff", "\udc80",
]
hostile_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)),
                        max_size=30).map("".join)


def _spans_hold(article: Article) -> None:
    n = len(article.text)
    for start, end in article.paragraphs:
        assert 0 <= start <= end <= n
    for style in article.styles:
        assert 0 <= style.start <= style.end <= n


@BUDGET
@given(text=hostile_text, name=st.sampled_from(["a.txt", "a.md", "a.html", "stdin"]))
def test_ingest_of_hostile_text_is_an_article_or_one_line(text: str, name: str) -> None:
    try:
        article = parse(text, label="fuzz", input=None, name=name, sniff_only=name == "stdin")
    except NewsreadError as exc:
        assert "\n" not in line(str(exc))
        return
    _spans_hold(article)
    article.text.encode("utf-8")  # hashable, savable, printable: no lone surrogate got through
    for value in (article.title, article.source, article.byline, article.published, article.url):
        assert value is None or CONTROL_RE.search(inert(value)) is None


@BUDGET
@given(data=st.one_of(st.binary(max_size=200), hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass"))),
       encoding=st.sampled_from([None, "utf-8", "latin-1", "utf-7", "utf-16", "unicode_escape",
                                 "raw_unicode_escape", "idna", "punycode", "undefined", "rot13", "cp1252"]))
def test_decoding_hostile_bytes_is_text_or_one_line(data: bytes, encoding: str | None) -> None:
    try:
        text = decode(data, "fuzz", encoding)
    except NewsreadError:
        return
    text.encode("utf-8")


@BUDGET
@given(body=hostile_text, declaration=st.sampled_from(
    ['<?xml version="1.0"?>', '<?xml version="1.0" encoding="utf-7"?>',
     '<?xml version="1.0" encoding="x\x1b]0;T\x07"?>', ""]))
def test_a_hostile_feed_is_a_feed_or_one_line(body: str, declaration: str) -> None:
    data = f"{declaration}<rss><channel><title>{body}</title><item><title>{body}</title>" \
           f"<description>{body}</description></item></channel></rss>"
    try:
        feed = parse_feed(data.encode("utf-8", "surrogatepass"), "fuzz.xml")
    except NewsreadError:
        return
    for entry in feed.entries:
        assert isinstance(entry.title, str) and CONTROL_RE.search(inert(entry.title)) is None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | hostile_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8)
# Where a record's fields live, so that mutations hit the fields the importer reads.
FIELDS = ["id", "type", "created", "modified", "body", "bodyValue", "target", "target.source",
          "target.styleClass", "target.selector", "target.selector.0.exact", "target.selector.0.type",
          "target.selector.1.start", "target.selector.1.end", "target.selector.1.type",
          "newsread:article", "newsread:input", "newsread:title", "newsread:orphan"]


def _set(obj: dict, path: str, value: object) -> None:
    """``obj`` at the dotted ``path`` (keys, list indices) set to ``value``, where it exists."""
    *parents, last = path.split(".")
    node: object = obj
    for key in [*parents, last]:
        parent = node
        if isinstance(node, dict):
            node = node.get(key)
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return
    if isinstance(parent, dict):
        parent[last] = value
    elif isinstance(parent, list):
        parent[int(last)] = value


@BUDGET
@given(changes=st.lists(st.tuples(st.sampled_from(FIELDS), json_values), max_size=4),
       jsonl=st.booleans(), extra=hostile_text)
def test_a_hostile_import_is_annotations_or_one_line_per_record(
        changes: list[tuple[str, object]], jsonl: bool, extra: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    from tui.model import Annotation

    record = to_w3c(Annotation(id="f1", article_id="x", start=0, end=5, exact="Ferry", prefix="",
                               suffix=" runs", note="n", tags=["t"],
                               created="2026-01-01T00:00:00+00:00", modified="2026-01-01T00:00:00+00:00"))
    for path, value in changes:
        _set(record, path, value)
    path = Path(tmp_path_factory.mktemp("fuzz")) / "in.jsonl"
    text = json.dumps(record) + "\n" + extra if jsonl else json.dumps([record])
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        anns = read_annotations(path)
    except BadRecords as exc:
        assert all("\n" not in p for p in exc.problems)
        anns = exc.good
    except NewsreadError:
        return
    with Store.open(path.parent / "db.sqlite") as store:
        store.import_annotations(anns)
        for ann in store.all_annotations():
            assert 0 <= ann.start <= ann.end
            assert CONTROL_RE.search(clip(ann.note, 80) + line(ann.id) + dumps(ann.tags)) is None
            article = Article(text="Ferry runs\n\nThe ferry runs at six.", id=ann.article_id or "x")
            for placed in store.annotations_for_article(article):
                assert placed.orphan or article.text[placed.start:placed.end] == placed.exact
