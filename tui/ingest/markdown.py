"""Markdown with optional YAML front matter → Article.

The body is rendered to reading text by markdown-it-py: markup characters go, the words stay
exactly as written (a soft line break becomes one space, so a hard-wrapped paragraph keeps
its length), and headings, emphasis, code, quotes, list items and links are kept as styles
over the rendered text. Raw HTML is not interpreted: it stays visible as the characters it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from tui.ingest.blocks import ReadingText
from tui.ingest.front_matter import field, published, split_front_matter
from tui.model import Article, StyleKind

_PARSER = MarkdownIt("commonmark", {"html": False})
_BULLETS = ("• ", "◦ ", "▪ ")
_INLINE_STYLES: dict[str, StyleKind] = {"em": "em", "strong": "strong", "link": "link"}


def article_from_markdown(text: str, *, label: str, input: str | None = None) -> Article:
    """``label`` names the input in error messages (a path, or stdin)."""
    meta, body = split_front_matter(text, label)
    title = field(meta, label, "title")
    date, notice = published(meta, label)
    tokens = _PARSER.parse(body)
    out = ReadingText()
    if title and not _opens_with_heading(tokens, title):
        out.add_block(title, "h1")
    _render(tokens, out)
    if title is None and out.styles and out.paragraphs:
        first = out.styles[0]
        if first.kind.startswith("h") and (first.start, first.end) == out.paragraphs[0]:
            title = out.text[first.start:first.end]
    return Article(
        text=out.text,
        title=title,
        source=field(meta, label, "source", "publisher", "site"),
        byline=field(meta, label, "byline", "author", "authors"),
        published=date,
        url=field(meta, label, "url", "link"),
        input=input,
        paragraphs=out.paragraphs,
        styles=out.styles,
        notice=notice,
    )


def _opens_with_heading(tokens: Sequence[Token], title: str) -> bool:
    """Whether the body already starts with the title as a heading (then it is not doubled)."""
    return (
        len(tokens) > 1
        and tokens[0].type == "heading_open"
        and " ".join(tokens[1].content.split()).casefold() == " ".join(title.split()).casefold()
    )


def _render(tokens: Sequence[Token], out: ReadingText) -> None:
    lists: list[str] = []  # markup of the open lists, innermost last
    containers: list[int] = []
    heading = None
    for tok in tokens:
        kind = tok.type
        if kind == "heading_open":
            out.begin_block()
            heading = out.open_style(tok.tag)  # type: ignore[arg-type]  # "h1".."h6"
        elif kind == "heading_close":
            if heading is not None:
                out.close_style(heading)
            heading = None
            out.end_block()
        elif kind == "paragraph_open":
            out.begin_block()
        elif kind == "paragraph_close":
            out.end_block()
        elif kind == "inline":
            _render_inline(tok.children or [], out)
        elif kind in ("bullet_list_open", "ordered_list_open"):
            lists.append(kind)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind in ("list_item_open", "blockquote_open"):
            containers.append(out.open_container())
            if kind == "list_item_open":
                ordered = lists and lists[-1] == "ordered_list_open"
                out.set_prefix(f"{tok.info}{tok.markup} " if ordered else _bullet(lists))
        elif kind in ("list_item_close", "blockquote_close"):
            out.close_container(containers.pop(), "list_item" if kind == "list_item_close" else "quote")
        elif kind in ("fence", "code_block"):
            out.begin_block(verbatim=True)
            style = out.open_style("code")
            out.add(tok.content)
            out.close_style(style)
            out.end_block()
        # hr and html blocks (off in this parser) carry no words


def _bullet(lists: list[str]) -> str:
    depth = sum(1 for kind in lists if kind == "bullet_list_open") - 1
    return _BULLETS[min(depth, len(_BULLETS) - 1)]


def _render_inline(children: Sequence[Token], out: ReadingText) -> None:
    open_styles = []
    for tok in children:
        kind = tok.type
        if kind == "text":
            out.add(tok.content)
        elif kind == "softbreak":
            out.add(" ")
        elif kind == "hardbreak":
            out.add("\n")
        elif kind == "code_inline":
            style = out.open_style("code")
            out.add(tok.content)
            out.close_style(style)
        elif kind.endswith("_open") and kind[:-5] in _INLINE_STYLES:
            href = tok.attrs.get("href") if kind == "link_open" else None
            open_styles.append(out.open_style(_INLINE_STYLES[kind[:-5]], str(href) if href else None))
        elif kind.endswith("_close") and kind[:-6] in _INLINE_STYLES and open_styles:
            out.close_style(open_styles.pop())
        # images carry no reading text: their alt text describes a picture that is not shown
