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


def _page(body: str, title: str = "Audit finds gaps at water utility") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


LEAD = ("<p>The state auditor released her review of the Millbrook water utility on Thursday "
        "after a year of delays and two changes of director.</p>")
CLOSE = ("<p>The utility's director, Camille Brandt, said the findings were being addressed "
         "and that a new billing system would be in place by the autumn.</p>")


def test_a_bare_list_between_kept_paragraphs_is_kept_with_its_bullets() -> None:
    items = ["failed to replace 40 percent of its lead service lines on schedule;",
             "billed 1,200 households twice for the same quarter;",
             "left two pumping stations without backup power;",
             "kept no inventory of its valves older than 1990."]
    ul = "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    text = article_from_html(_page(f"<h1>Audit finds gaps at water utility</h1>{LEAD}"
                                   f"<p>In the report, the auditor said the utility had:</p>{ul}{CLOSE}")).text
    assert "the utility had:\n\n" + "\n\n".join(f"• {i}" for i in items) + "\n\nThe utility's director" in text
    ol = ul.replace("<ul>", "<ol>").replace("</ul>", "</ol>")
    text = article_from_html(_page(f"<div>{LEAD}<p>The auditor listed three steps:</p>{ol}{CLOSE}</div>")).text
    assert "\n\n".join(f"{n}. {i}" for n, i in enumerate(items, 1)) in text


def test_a_menu_of_links_is_not_article_text_but_a_linked_phrase_in_a_sentence_is() -> None:
    nav = ('<ul><li><a href="/">Front page</a></li><li><a href="/local">Local</a></li>'
           '<li><a href="/sport">Sport</a></li></ul>')
    body = (f"{nav}<h1>Audit finds gaps at water utility</h1>{LEAD}"
            '<p>The full <a href="/report.pdf">audit report</a> runs to 212 pages, the office said.</p>'
            f'{CLOSE}<p><a href="/a">Council race tightens</a> | <a href="/b">Bridge closed</a></p>')
    text = article_from_html(_page(body)).text
    assert "Front page" not in text and "Council race" not in text and " | " not in text
    assert "The full audit report runs to 212 pages, the office said." in text


def test_a_headline_in_a_layout_table_comes_out_once_without_the_menu() -> None:
    title = "Ferry strike ends after two weeks"
    body = (f'<table width="100%"><tr><td colspan="2"><a href="/">Front page</a> '
            f'<a href="/local">Local</a> <a href="/sport">Sport</a> |</td></tr>'
            f'<tr><td><a href="/news">News</a><br><a href="/weather">Weather</a></td><td>'
            f'<h1>{title}</h1><p>Crews on the island ferry returned to work on Saturday after '
            f'the operator agreed to hire six more deckhands, ending a strike.</p>'
            f'<p>"We got what we asked for," said the union\'s representative, Tomas Reyes.</p>'
            f'<p>The operator said timetables would be back to normal by Monday.</p></td></tr></table>')
    article = article_from_html(_page(body, title))
    assert article.text.count(title) == 1 and article.text.startswith(title + "\n\nCrews on")
    assert "Front page" not in article.text and "Weather" not in article.text and "|" not in article.text
    assert article.text.endswith("back to normal by Monday.")


def test_a_data_table_keeps_its_rows() -> None:
    table = ("<table><tr><th>Station</th><th>Backup power</th></tr>"
             "<tr><td>North Road</td><td>none</td></tr><tr><td>Quarry Lane</td><td>diesel</td></tr></table>")
    text = article_from_html(_page(f"{LEAD}<p>The stations and their backup power:</p>{table}{CLOSE}")).text
    assert "North Road | none\n\nQuarry Lane | diesel" in text


def test_a_subheading_between_kept_paragraphs_of_a_bare_page_is_kept() -> None:
    body = (f"<h1>Audit finds gaps at water utility</h1>{LEAD}<h2>What happens next</h2>"
            f"{CLOSE}<p>The auditor will check the utility's progress again in the spring, "
            "her office said on Friday.</p>")
    text = article_from_html(_page(body)).text
    assert "two changes of director.\n\nWhat happens next\n\nThe utility's director" in text


def test_a_read_more_line_is_navigation_but_a_sentence_naming_a_linked_person_is_not() -> None:
    body = (f"<article><h1>Audit finds gaps at water utility</h1>{LEAD}"
            '<p><strong>Read more:</strong> <a href="/x">Why the utility changed its director '
            "twice</a></p>"
            '<p><a href="/people/brandt">Camille Brandt</a> reports to the board.</p>'
            f"{CLOSE}</article>")
    text = article_from_html(_page(body)).text
    assert "Read more" not in text and "changed its director" not in text
    assert "Camille Brandt reports to the board." in text


def test_byline_dateline_and_copyright_lines_of_a_layout_table_are_not_body() -> None:
    title = "Ferry strike ends after two weeks"
    head = (f'<head><title>{title}</title>'
            '<meta property="article:published_time" content="2026-04-11T08:00:00Z"></head>')
    cell = (f"<h1>{title}</h1>Harbour desk, 11 April 2026"
            "<p>Crews on the island ferry returned to work on Saturday after the operator "
            "agreed to hire six more deckhands, ending a strike.</p>"
            "<p>The new rota starts on 11 April 2026.</p>"
            "<p>The operator said timetables would be back to normal by Monday.</p>")
    foot = ('<a href="/">Front page</a> | <a href="/sport">Sport</a>'
            "<p>\N{COPYRIGHT SIGN} 2026 Island Courier</p>")
    html = (f"<html>{head}<body><table><tr><td>{cell}</td></tr>"
            f"<tr><td>{foot}</td></tr></table></body></html>")
    article = article_from_html(html)
    assert article.published == "2026-04-11"
    assert article.text.startswith(f"{title}\n\nCrews on the island ferry")
    assert "Harbour desk" not in article.text and "Courier" not in article.text
    assert "Front page" not in article.text
    # a date after the article's first sentence-length paragraph is text, not a dateline
    assert "The new rota starts on 11 April 2026." in article.text


def test_an_embedded_post_is_not_body_but_a_quoted_statement_is() -> None:
    post = ('<blockquote class="social-post"><p>Water off again on Elm Street, third time this '
            'week.</p>&mdash; A resident (@elmst) <a href="https://social.example/1">April 2</a>'
            '</blockquote><script async src="https://social.example/widgets.js"></script>')
    statement = ("<blockquote><p>We regret the outages and will replace the mains this "
                 "summer.</p></blockquote>")
    body = (f"<article><h1>Audit finds gaps at water utility</h1>{LEAD}{post}"
            f"<p>The utility said in a statement:</p>{statement}{CLOSE}</article>")
    text = article_from_html(_page(body)).text
    assert "Elm Street" not in text and "@elmst" not in text
    assert "We regret the outages and will replace the mains this summer." in text


def _entry(time: str, text: str) -> str:
    return (f'<div class="entry"><div class="stamp"><time datetime="2026-04-02T{time}">{time}'
            f'</time></div><div class="words"><p>{text}</p></div></div>')


def test_the_times_of_live_blog_entries_are_kept_before_their_entries() -> None:
    first = "Crews have shut the valve on Elm Street and are pumping out the flooded cellar."
    second = ("The utility says the burst main is forty years old and was due for replacement "
              "next spring.")
    live = (f"<article><h1>Audit finds gaps at water utility</h1>{LEAD}<div class=\"live\">"
            f"{_entry('10:20', first)}{_entry('09:45', second)}</div>{CLOSE}</article>")
    text = article_from_html(_page(live)).text
    assert f"10:20\n\n{first}\n\n" in text and f"09:45\n\n{second}\n\n" in text
    # one time standing alone is the article's date line, not an entry's time
    single = (f"<article><h1>Audit finds gaps at water utility</h1>{LEAD}"
              f"{_entry('10:20', first)}{CLOSE}</article>")
    assert "10:20" not in article_from_html(_page(single)).text


def test_footnotes_the_text_links_to_are_kept_at_the_end_without_their_back_links() -> None:
    notes = ('<div class="footnotes"><hr><ol>'
             '<li id="note-1">State audit office, annual report 2025, page 41. '
             '<a href="#mark-1">\N{LEFTWARDS ARROW WITH HOOK}</a></li>'
             '<li id="note-2">Figures supplied by the utility in March. '
             '<a href="#mark-2">\N{LEFTWARDS ARROW WITH HOOK}</a></li></ol></div>')
    body = (f"<article><h1>Audit finds gaps at water utility</h1>{LEAD}"
            '<p>Leaks cost the utility a fifth of its water last year.<sup id="mark-1">'
            '<a href="#note-1">1</a></sup> Bills rose twice as fast as wages.<sup id="mark-2">'
            f'<a href="#note-2">2</a></sup></p>{CLOSE}{notes}</article>')
    for url in (None, "https://water.example/audit"):
        text = article_from_html(_page(body), url=url).text
        assert text.endswith("by the autumn.\n\n1. State audit office, annual report 2025, "
                             "page 41.\n\n2. Figures supplied by the utility in March.")


def test_shown_text_is_as_wide_for_rich_as_for_a_terminal() -> None:
    """Rich lays rows out by its cell widths, the terminal paints by wcwidth's: they must
    agree on every character newsread shows, or a row shifts (issue 15.7)."""
    import wcwidth
    from rich.cells import cell_len

    from tui.oneline import inert

    for text in ("⏺️ Live: the count", "❤️ fans", "Ausschuss 中文 标题", "café", "e\u0301", "😀 ok",
                 "☎️ call", "⚠️ warning", "🇫🇷 France"):
        shown = inert(text)
        assert len(shown) == len(text)  # offsets into the article stay true
        # no emoji presentation selector reaches the terminal: tmux paints "⏺️" in one cell
        # where Rich and wcwidth count two, which shifted the sidebar's border
        assert "\ufe0f" not in shown
        assert cell_len(shown) == wcwidth.wcswidth(shown), text
