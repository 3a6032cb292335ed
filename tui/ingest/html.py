"""HTML → Article: the main text and metadata as trafilatura finds them.

trafilatura removes the page's boilerplate (navigation, footers, comments) and hands back
the article as a small XML tree (p, head, list/item, quote, hi, ref, code, table). That tree
is rendered here to reading text, title first, with headings, emphasis, code, quotes, list
items and links kept as styles, so HTML and Markdown articles read and style alike.
"""

from __future__ import annotations

import copy
import re

from lxml.etree import _Element

from tui.errors import NewsreadError
from tui.ingest import main_content
from tui.ingest.blocks import ReadingText
from tui.model import Article, StyleKind

_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # what a browser collapses; a no-break space stays
_HI_STYLES: dict[str, StyleKind] = {"#b": "strong", "#i": "em", "#t": "code"}
_HEADINGS = {f"h{n}" for n in range(1, 7)}
_INLINE_PARENTS = {"p", "head", "item", "cell", "hi", "ref", "del"}
_BULLET = "• "


def article_from_html(
    html: str, *, url: str | None = None, input: str | None = None, label: str | None = None
) -> Article:
    """The article in an HTML page. ``url`` is where it came from (it resolves relative
    links and helps the metadata); ``label`` names it in error messages (default: input)."""
    import trafilatura  # a second to import: paid only by HTML input
    from trafilatura.settings import set_date_params
    from trafilatura.utils import load_html

    options = dict(
        url=url,
        include_formatting=True,
        include_links=True,
        include_comments=False,
        include_images=False,
    )
    name = label or input or url
    try:
        # parsed once: embeds are removed before extraction, and live-blog times and footnotes
        # are read from the page afterwards; each pass gets a copy (trafilatura prunes its input)
        page = load_html(html)
        if page is not None:
            main_content.drop_embeds(page)
        source = page if page is not None else html
        doc = trafilatura.bare_extraction(
            copy.deepcopy(source),
            with_metadata=True,
            # a date only from the page's metadata (meta tags, JSON-LD, <time>, the URL), never
            # guessed from a year in the body text ("finished by 2026" is not a publication date)
            date_extraction_params=set_date_params(extensive=False),
            **options,
        )
        body = getattr(doc, "body", None)
        if doc is None or body is None or not "".join(body.itertext()).strip():
            raise NewsreadError(f"{name}: no article text found in the HTML")
        recall = trafilatura.bare_extraction(copy.deepcopy(source), favor_recall=True, **options)
        main_content.restore_blocks(body, getattr(recall, "body", None))
        if page is not None:
            main_content.restore_times(page, body)
            main_content.restore_footnotes(page, body)
    except NewsreadError:
        raise
    except Exception:  # noqa: BLE001 (lxml, htmldate and trafilatura raise anything on hostile markup)
        raise NewsreadError(f"{name}: not a readable HTML page") from None
    title = _clean(doc.title)
    first = body[0] if len(body) else None
    title_shown = bool(title) and not (first is not None and first.tag == "head"
                                       and _same(_text_of(first), title))
    if not title and first is not None and first.tag == "head":
        title = _text_of(first)
    main_content.prune(body, title, title_shown, _clean(doc.date))
    if not "".join(body.itertext()).strip():
        raise NewsreadError(f"{label or input or url}: no article text found in the HTML")
    out = ReadingText()
    if title_shown:
        out.add_block(title, "h1")
    _flow(body, out)
    out.end_block()
    return Article(
        text=out.text,
        title=title,
        source=_clean(doc.sitename) or _clean(doc.hostname),
        byline=_clean(doc.author),
        published=_clean(doc.date),
        url=_clean(doc.url) or url,
        input=input,
        paragraphs=out.paragraphs,
        styles=out.styles,
    )


def _clean(value: str | None) -> str | None:
    """Metadata on one line, and None rather than an empty string."""
    joined = " ".join((value or "").split())
    return joined or None


def _text_of(el: _Element) -> str:
    return _HTML_SPACE.sub(" ", "".join(el.itertext())).strip()


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _flow(el: _Element, out: ReadingText) -> None:
    """Mixed content: the element's text, then each child and the text that follows it."""
    _add(el.text, out)
    for child in el:
        _element(child, out)
        _add(child.tail, out)


def _add(text: str | None, out: ReadingText) -> None:
    """Text as a browser shows it: runs of whitespace are one space, also across tags."""
    text = _HTML_SPACE.sub(" ", text or "")
    out.add(text[1:] if text.startswith(" ") and out.at_space else text)


def _element(el: _Element, out: ReadingText) -> None:
    tag = el.tag
    parent = el.getparent()
    inline_code = tag == "code" and parent is not None and parent.tag in _INLINE_PARENTS
    if tag == "lb":
        out.add("\n")
    elif tag == "graphic":
        return
    elif tag in ("hi", "ref") or inline_code:
        kind = "code" if inline_code else _HI_STYLES.get(el.get("rend") or "")
        if tag == "ref":
            kind = "link"
        style = out.open_style(kind, el.get("target") if tag == "ref" else None) if kind else None
        _flow(el, out)
        if style:
            out.close_style(style)
    elif tag == "head":
        out.begin_block()
        rend = el.get("rend") or ""
        style = out.open_style(rend if rend in _HEADINGS else "h2")  # type: ignore[arg-type]
        _flow(el, out)
        out.close_style(style)
        out.end_block()
    elif tag == "code":
        out.begin_block(verbatim=True)
        style = out.open_style("code")
        out.add("".join(el.itertext()))
        out.close_style(style)
        out.end_block()
    elif tag == "list":
        ordered = el.get("rend") == "ol"
        for number, item in enumerate((c for c in el if c.tag == "item"), start=1):
            handle = out.open_container()
            out.set_prefix(f"{number}. " if ordered else _BULLET)
            _flow(item, out)
            out.close_container(handle, "list_item")
    elif tag == "quote":
        handle = out.open_container()
        _flow(el, out)
        out.close_container(handle, "quote")
    elif tag == "table" and main_content.is_layout_table(el):
        for cell in el.iter("cell"):
            out.begin_block()
            _flow(cell, out)
            out.end_block()
    elif tag == "table":
        for row in el.iter("row"):
            out.begin_block()
            for i, cell in enumerate(c for c in row if c.tag == "cell"):
                out.add(" | " if i else "")
                _flow(cell, out)
            out.end_block()
    elif tag in ("p", "ab", "div", "row", "cell"):
        out.begin_block()
        _flow(el, out)
        out.end_block()
    else:  # del and anything trafilatura adds later: keep the words
        _flow(el, out)
