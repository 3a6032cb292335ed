"""Corrections to the main-content tree trafilatura hands back (its XML: p, head, list/item,
table/row/cell, quote, hi, ref, lb), before it is rendered to reading text, and to the
parsed page before trafilatura reads it.

Each fixes a class of page that trafilatura gets wrong on its own:

- **lists and subheadings restored**: a list, table or definition list standing directly in
  ``<body>`` between two kept paragraphs ("the auditor said the utility had:" + four items),
  or a subheading between two kept paragraphs of a bare page, is dropped by the default
  extraction; trafilatura's recall-favouring pass keeps it. Lists of that pass whose
  preceding paragraph the default pass kept are put back after that paragraph, headings whose
  following paragraph it kept are put back before it; nothing else of the recall pass is
  taken, so its extra boilerplate stays out.
- **live-blog times restored**: the time of each entry of a live blog (a ``<time>`` that is
  a block of its own, "14:05") is too short for the extraction to keep; when a page has two
  or more such times, each is put back before the kept paragraph that follows it.
- **footnotes restored**: the list of notes at the end of an article, whose items the
  text's note marks link to (``<a href="#fn1">1</a>`` → ``<li id="fn1">``), is dropped by
  both passes (its back-links make it look like navigation); it is put back at the end, as
  a numbered list without the back-links.
- **link lines dropped**: a block whose words are (nearly) all inside links ("Front page
  Local Sport |", a "News / Weather" side menu, a list of related headlines, "Read more:"
  and a linked headline) is navigation, not article text.
- **metadata lines dropped**: a short line before the article's first sentence-length
  paragraph that holds the publication date ("Staff reporter · 2026-05-03") is the byline
  and dateline, shown apart from the text; a short line with a copyright sign is a footer.
- **the headline once**: a heading or paragraph repeating the title (an ``<h1>`` inside a
  layout table, a subtitle that restates it) is dropped when the title is already shown.
- **embedded posts dropped**: a ``<blockquote>`` directly followed by a ``<script src>`` is
  the embed code of a post from another site (a social network's widget), not article text.
- **layout tables** (a table whose cells hold paragraphs or headings) are read cell by cell
  as blocks, not as one row of text joined by " | ".
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator

from lxml.etree import Element, SubElement, _Element

_BLOCK_TAGS = {"p", "head", "list", "table", "quote", "code"}
_WORD = re.compile(r"\w+")
# share of a block's words inside links from which it is navigation: the short-element link
# density limit of boilerplate removal (trafilatura's own checks use 0.5-0.8); 3 of 4 keeps a
# sentence with a linked name ("<a>Jane Doe</a> reports") and drops "Read more: <a>headline</a>"
_LINK_SHARE = 0.75
_META_WORDS = 8  # at most this many words in a byline/dateline or copyright line
_PROSE_WORDS = 15  # a paragraph this long is article text: metadata lines come before it
_MONTHS = ("january february march april may june july august september october november "
           "december").split()
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Text compared across the two passes and with the title: whitespace made one space,
    case folded."""
    return _SPACE.sub(" ", text).strip().casefold()


def text_of(el: _Element) -> str:
    return _SPACE.sub(" ", "".join(el.itertext())).strip()


def drop_embeds(page: _Element) -> None:
    """Remove from the parsed ``page`` each ``<blockquote>`` directly followed by a
    ``<script src>``: the embed code of a post from another site (the widget script turns the
    quote into the post). Changes ``page`` in place."""
    for quote in list(page.iter("blockquote")):
        after = quote.getnext()
        if after is not None and after.tag == "script" and after.get("src"):
            _remove(quote)


def restore_footnotes(page: _Element, body: _Element) -> None:
    """Append to ``body`` the footnotes of the parsed ``page`` that the kept text links to
    and that are not in ``body`` yet (see the module docstring). Changes ``body`` in place."""
    targets = {(ref.get("target") or "").partition("#")[2] for ref in body.iter("ref")} - {""}
    present = {normalise(text_of(item)) for item in body.iter("item")}
    notes = Element("list", rend="ol")
    for item in page.iter("li"):
        if item.get("id") not in targets:
            continue
        note = copy.deepcopy(item)
        for back in list(note.iter("a")):
            if (back.get("href") or "").startswith("#"):
                _remove(back)
        text = text_of(note)
        if text and normalise(text) not in present:
            SubElement(notes, "item").text = text
    if len(notes):
        body.append(notes)


def restore_times(page: _Element, body: _Element) -> None:
    """Put back the times of live-blog entries of the parsed ``page`` in ``body``, each as a
    paragraph before the kept paragraph that follows it (see the module docstring); nothing
    when fewer than two are found (a single one is the article's date line). Changes
    ``body`` in place."""
    kept = {normalise(text_of(el)): el for el in body.iter("p")}
    found: list[tuple[str, _Element]] = []
    for time in page.iter("time"):
        block = _alone_in_block(time)
        following = _first_paragraph_after(block) if block is not None else None
        target = kept.get(normalise(text_of(following))) if following is not None else None
        if target is not None:
            found.append((text_of(time), target))
    if len(found) < 2:
        return
    for text, target in found:
        paragraph = Element("p")
        paragraph.text = text
        target.addprevious(paragraph)


def _alone_in_block(el: _Element) -> _Element | None:
    """The outermost ancestor of ``el`` whose text is just the text of ``el``; None when
    ``el`` has no text or shares its parent with other text."""
    key = normalise(text_of(el))
    block = None
    for ancestor in el.iterancestors():
        if normalise(text_of(ancestor)) != key:
            break
        block = ancestor
    return block if key else None


def _first_paragraph_after(el: _Element) -> _Element | None:
    """The first ``<p>`` with text in the first following sibling of ``el`` that has text."""
    for sibling in el.itersiblings():
        if not text_of(sibling):
            continue
        return next((p for p in sibling.iter("p") if text_of(p)), None)
    return None


def restore_blocks(body: _Element, recall: _Element | None) -> None:
    """Put back the lists and tables of the ``recall`` pass that stand right after a block
    the default pass kept in ``body``, and its subheadings that stand right before one (see
    the module docstring). Changes ``body`` in place."""
    if recall is None:
        return
    kept = {normalise(text_of(el)): el for el in _blocks(body)}
    present = {normalise(text_of(el)) for el in body.iter("list", "table", "head")}
    for el in recall.iter("head"):
        key = normalise(text_of(el))
        following = _next_block(el)
        target = kept.get(normalise(text_of(following))) if following is not None else None
        anchor = _previous_block(el)
        if (not key or key in present or target is None or anchor is None
                or normalise(text_of(anchor)) not in kept or _is_link_only(el)):
            continue
        clone = copy.deepcopy(el)
        clone.tail = None
        target.addprevious(clone)
        present.add(key)
    for el in recall.iter("list", "table"):
        key = normalise(text_of(el))
        if not key or key in present or _is_link_only(el):
            continue
        anchor = _previous_block(el)
        target = kept.get(normalise(text_of(anchor))) if anchor is not None else None
        if target is None:
            continue
        clone = copy.deepcopy(el)
        clone.tail = None
        target.addnext(clone)
        present.add(key)


def prune(body: _Element, title: str | None, title_shown: bool, date: str | None = None) -> None:
    """Drop link blocks and list items, repeats of the title (all of them when the title is
    shown on its own, else every one after the first), and byline/dateline and copyright
    lines (see the module docstring); ``date`` is the page's publication date, ISO
    ``YYYY-MM-DD``. Changes ``body`` in place."""
    _wrap_loose_text(body)
    seen_title = title_shown
    in_prose = False
    date_words = _date_words(date)
    for el in list(body.iter("p", "head", "item", "row", "cell", "list")):
        if el.getparent() is None:
            continue
        words = [w.casefold() for w in _WORD.findall(text_of(el))]
        if el.tag in ("p", "head") and title and normalise(text_of(el)) == normalise(title):
            if seen_title:
                _remove(el)
            seen_title = True
            continue
        if el.tag == "p" and len(words) <= _META_WORDS and (
                "\N{COPYRIGHT SIGN}" in text_of(el)
                or (not in_prose and _shows_date(words, date_words))):
            _remove(el)
            continue
        in_prose = in_prose or (el.tag == "p" and len(words) >= _PROSE_WORDS)
        if _is_link_only(el) or (el.tag in ("p", "head", "item") and _is_link_line(el)):
            _remove(el)


def is_layout_table(table: _Element) -> bool:
    """A table used for page layout: one of its cells holds block content."""
    return any(child.tag in _BLOCK_TAGS for cell in table.iter("cell") for child in cell)


def _is_link_only(el: _Element) -> bool:
    """Whether every word of ``el`` is inside a link (and it has a word at all)."""
    return _link_share(el) >= 1


def _is_link_line(el: _Element) -> bool:
    """Whether at least ``_LINK_SHARE`` of the words of ``el`` are inside links."""
    return _link_share(el) >= _LINK_SHARE


def _link_share(el: _Element) -> float:
    """The share of the words of ``el`` inside links; 0 when it has no word."""
    words = len(_WORD.findall("".join(el.itertext())))
    linked = sum(len(_WORD.findall("".join(ref.itertext()))) for ref in el.iter("ref")
                 if not any(a.tag == "ref" for a in ref.iterancestors()))
    return linked / words if words else 0.0


def _date_words(date: str | None) -> tuple[set[str], set[str], set[str]]:
    """The ways a line can write the year, the month and the day of ISO ``date``: digits
    with and without a leading zero, the month also as an English name (full or three
    letters). Three empty sets when ``date`` is not ``YYYY-MM-DD``."""
    match = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", date or "")
    if not match:
        return set(), set(), set()
    year, month, day = match.groups()
    name = _MONTHS[int(month) - 1]
    return {year}, {month, month.lstrip("0"), name, name[:3]}, {day, day.lstrip("0")}


def _shows_date(words: list[str], date_words: tuple[set[str], set[str], set[str]]) -> bool:
    """Whether ``words`` (case-folded) hold the year, the month and the day of a date."""
    return all(part and part & set(words) for part in date_words)


def _wrap_loose_text(body: _Element) -> None:
    """In each layout-table cell, make every run of text and inline elements between its
    blocks a paragraph of its own, so that it is judged as a block like the others."""
    for cell in list(body.iter("cell")):
        if not any(child.tag in _BLOCK_TAGS for child in cell):
            continue
        loose, run = cell.text, []
        cell.text = None
        for child in list(cell):
            if child.tag not in _BLOCK_TAGS:
                run.append(child)
                continue
            if run or (loose and loose.strip()):
                child.addprevious(_paragraph_of(loose, run))
            loose, run = child.tail, []
            child.tail = None
        if run or (loose and loose.strip()):
            cell.append(_paragraph_of(loose, run))


def _paragraph_of(text: str | None, run: list[_Element]) -> _Element:
    """A new ``p`` holding ``text`` then the elements of ``run`` (moved into it)."""
    paragraph = Element("p")
    paragraph.text = text
    for el in run:
        paragraph.append(el)
    return paragraph


def _blocks(body: _Element) -> Iterator[_Element]:
    yield from body.iter("p", "head", "item", "quote")


def _previous_block(el: _Element) -> _Element | None:
    """The nearest block before ``el`` among its siblings, with some text."""
    return _neighbour_block(el.itersiblings(preceding=True))


def _next_block(el: _Element) -> _Element | None:
    """The nearest block after ``el`` among its siblings, with some text."""
    return _neighbour_block(el.itersiblings())


def _neighbour_block(siblings: Iterator[_Element]) -> _Element | None:
    """The first of ``siblings`` if it is a block with text (line breaks skipped), else None."""
    for sibling in siblings:
        if sibling.tag in ("p", "head", "quote") and text_of(sibling):
            return sibling
        if sibling.tag != "lb":
            return None
    return None


def _remove(el: _Element) -> None:
    """Remove ``el`` but keep its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail and el.tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)
