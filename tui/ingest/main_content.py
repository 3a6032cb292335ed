"""Corrections to the main-content tree trafilatura hands back (its XML: p, head, list/item,
table/row/cell, quote, hi, ref, lb), before it is rendered to reading text.

Each fixes a class of page that trafilatura gets wrong on its own:

- **lists restored**: a list, table or definition list standing directly in ``<body>``
  between two kept paragraphs ("the auditor said the utility had:" + four items) is dropped
  by the default extraction; trafilatura's recall-favouring pass keeps it. Lists of that pass
  whose neighbouring paragraph the default pass kept are put back after that paragraph;
  nothing else of the recall pass is taken, so its extra boilerplate stays out.
- **link-only lines dropped**: a block whose every word is inside a link ("Front page Local
  Sport |", a "News / Weather" side menu, a list of related headlines) is navigation, not
  article text.
- **the headline once**: a heading or paragraph repeating the title (an ``<h1>`` inside a
  layout table, a subtitle that restates it) is dropped when the title is already shown.
- **layout tables** (a table whose cells hold paragraphs or headings) are read cell by cell
  as blocks, not as one row of text joined by " | ".
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator

from lxml.etree import _Element

_STRUCTURED = {"list", "table"}
_BLOCK_TAGS = {"p", "head", "list", "table", "quote", "code"}
_ALNUM = re.compile(r"\w")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Text compared across the two passes and with the title: whitespace made one space,
    case folded."""
    return _SPACE.sub(" ", text).strip().casefold()


def text_of(el: _Element) -> str:
    return _SPACE.sub(" ", "".join(el.itertext())).strip()


def restore_lists(body: _Element, recall: _Element | None) -> None:
    """Put back the lists and tables of the ``recall`` pass that stand right after a block
    the default pass kept in ``body`` (see the module docstring). Changes ``body`` in place."""
    if recall is None:
        return
    kept = {normalise(text_of(el)): el for el in _blocks(body)}
    present = {normalise(text_of(el)) for el in body.iter("list", "table")}
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


def prune(body: _Element, title: str | None, title_shown: bool) -> None:
    """Drop link-only blocks and list items, and repeats of the title (all of them when the
    title is shown on its own, else every one after the first). Changes ``body`` in place."""
    seen_title = title_shown
    for el in list(body.iter("p", "head", "item", "row", "cell", "list")):
        if el.getparent() is None:
            continue
        if el.tag in ("p", "head") and title and normalise(text_of(el)) == normalise(title):
            if seen_title:
                _remove(el)
            seen_title = True
            continue
        if _is_link_only(el):
            _remove(el)


def is_layout_table(table: _Element) -> bool:
    """A table used for page layout: one of its cells holds block content."""
    return any(child.tag in _BLOCK_TAGS for cell in table.iter("cell") for child in cell)


def _is_link_only(el: _Element) -> bool:
    """Whether every word of ``el`` is inside a link (and it has a word at all)."""
    words = len(_ALNUM.findall("".join(el.itertext())))
    linked = sum(len(_ALNUM.findall("".join(ref.itertext()))) for ref in el.iter("ref")
                 if not any(a.tag == "ref" for a in ref.iterancestors()))
    return words > 0 and linked >= words


def _blocks(body: _Element) -> Iterator[_Element]:
    yield from body.iter("p", "head", "item", "quote")


def _previous_block(el: _Element) -> _Element | None:
    """The nearest block before ``el`` in document order with some text."""
    for prev in el.itersiblings(preceding=True):
        if prev.tag in ("p", "head", "quote") and text_of(prev):
            return prev
        if prev.tag not in ("lb",):
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
