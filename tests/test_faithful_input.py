"""Faithful input (issue 15): every word of the article and nothing else — feed text as text,
dates only from metadata — each class on pages and feeds written for these tests."""

from __future__ import annotations

from pathlib import Path

from tui.ingest.feeds import html_to_text, load_feed
from tui.ingest.html import article_from_html
from tui.reading import articles_to_analyse

ATOM_HTML_TITLES = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">Law &lt;i&gt;Weekly&lt;/i&gt; Digest</title>
  <id>urn:test:law</id>
  <updated>2025-06-02T08:00:00Z</updated>
  <entry>
    <title type="html">Court rules on &lt;em&gt;Hale v. Dorset&lt;/em&gt; appeal</title>
    <id>urn:test:law:hale</id>
    <link href="https://law.example/hale"/>
    <updated>2025-06-02T08:00:00Z</updated>
    <summary type="html">&lt;p&gt;The appeal failed, the clerk said.&lt;/p&gt;&lt;p&gt;Critics including the bar council called it a setback.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Tenants <b>win</b> deposit case</div></title>
    <id>urn:test:law:deposit</id>
    <updated>2025-06-01T08:00:00Z</updated>
    <summary>Plain &amp; simple: a summary in text.</summary>
  </entry>
</feed>
"""

RSS_NO_DATE = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour Notes</title><link>https://harbour.example/</link>
<item><title>Dock extension approved</title><link>https://harbour.example/dock</link>
<guid>dock-1</guid>
<description>The new dock will be finished by 2026, the port authority said on Monday.</description>
</item></channel></rss>
"""


def test_html_titles_of_a_feed_and_its_entries_are_text(tmp_path: Path) -> None:
    path = tmp_path / "law.xml"
    path.write_text(ATOM_HTML_TITLES, encoding="utf-8")
    feed = load_feed(str(path))
    assert feed.title == "Law Weekly Digest"
    assert [e.title for e in feed.entries] == ["Court rules on Hale v. Dorset appeal",
                                               "Tenants win deposit case"]
    assert feed.entries[0].summary == ("The appeal failed, the clerk said.\n\n"
                                       "Critics including the bar council called it a setback.")
    assert feed.entries[1].summary == "Plain & simple: a summary in text."


def test_html_to_text_keeps_blocks_apart_and_inline_markup_inline() -> None:
    assert html_to_text("<p>One.</p><p>Two <em>words</em>.</p>") == "One.\n\nTwo words."
    assert html_to_text("First line<br>second line") == "First line\n\nsecond line"
    assert html_to_text("<ul><li>alpha</li><li>beta</li></ul>") == "alpha\n\nbeta"
    assert html_to_text("Fish &amp; chips") == "Fish & chips"
    assert html_to_text("  no   markup here ") == "no markup here"
    assert html_to_text("<p></p>") == ""


def test_a_feed_entry_without_a_date_gets_none_not_a_year_from_its_text(tmp_path: Path) -> None:
    path = tmp_path / "harbour.xml"
    path.write_text(RSS_NO_DATE, encoding="utf-8")
    entry = load_feed(str(path)).entries[0]
    assert entry.published is None
    (article,) = articles_to_analyse(str(path))
    assert article.published is None  # type: ignore[union-attr]
    assert article.text == ("Dock extension approved\n\nThe new dock will be finished by 2026, "  # type: ignore[union-attr]
                            "the port authority said on Monday.")


def test_an_html_page_without_date_metadata_has_no_published_date() -> None:
    body = ("<p>The new dock will be finished by 2026, the port said in a statement on its "
            "plans for the coming years.</p><p>Work starts in the spring of 2025 and crews "
            "will be hired locally, the port authority said.</p>")
    page = f"<html><head><title>Dock plan</title></head><body><article><h1>Dock plan</h1>{body}</article></body></html>"
    assert article_from_html(page).published is None
    dated = page.replace("<head>", '<head><meta property="article:published_time" content="2024-05-02">')
    assert article_from_html(dated).published == "2024-05-02"
