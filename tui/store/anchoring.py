"""Keeping an annotation on its words when the article's text changes.

An annotation carries a W3C TextPositionSelector (``start``/``end``) and TextQuoteSelector
(``exact`` with 32 characters of ``prefix`` and ``suffix``). Placing it on a new text tries,
in order (DESIGN.md, "Annotations are never lost"):

1. the quote, found verbatim or with only its whitespace changed (re-wrapped lines, doubled
   spaces). Where it occurs more than once, the occurrence whose surroundings agree best with
   the saved prefix and suffix wins, then the one nearest the old position. The old position
   itself, when the quote is still there, is the nearest of all, so "position if the quote
   still matches there" is the first case of this rule; surroundings come first because after
   an insertion above, a repeated phrase can sit at the old offset while the annotated one
   has moved down.
2. a fuzzy match: rapidfuzz locates prefix + quote + suffix (the context pins short quotes),
   then the passage inside that stretch most like the quote; accepted above ``QUOTE_CUTOFF``.
3. otherwise the annotation is an orphan: kept with its selectors, so a later version of the
   text (or the old one again) can still place it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from tui.model import DEFAULT_NOTE_COLOR, Annotation, Article

CONTEXT = 32
# partial_ratio (0-100) that prefix + quote + suffix must reach to say "the passage is here".
REGION_CUTOFF = 60
# ratio (0-100) between the saved quote and the passage found: one changed word in a sentence
# stays above it, a rewritten or replaced phrase falls below.
QUOTE_CUTOFF = 75
# Occurrences of the quote weighed at most (a one-letter quote can occur thousands of times).
MAX_OCCURRENCES = 2000

_SPACE = re.compile(r"\s+")


def make_selector(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The W3C TextQuoteSelector of ``text[start:end]``: (exact, prefix, suffix)."""
    return text[start:end], text[max(0, start - CONTEXT):start], text[end:end + CONTEXT]


def annotation_on(article: Article, start: int, end: int, *, note: str = "",
                  tags: Iterable[str] = (), color: str = DEFAULT_NOTE_COLOR) -> Annotation:
    """A new, unsaved annotation on ``article.text[start:end]``; the store gives it an id."""
    exact, prefix, suffix = make_selector(article.text, start, end)
    return Annotation(id="", article_id=article.id, start=start, end=end, exact=exact,
                      prefix=prefix, suffix=suffix, note=note, tags=list(tags), color=color,
                      input=article.input, url=article.url, title=article.title)


def reanchor(ann: Annotation, new_text: str) -> Annotation:
    """``ann`` placed on ``new_text``: new offsets and selectors, or ``orphan`` with the old
    selectors kept. Only placement changes; ``article_id`` is the caller's to set."""
    placed = _quote(ann, new_text) or _fuzzy(ann, new_text)
    if placed is None:
        return replace(ann, orphan=True)
    start, end = placed
    exact, prefix, suffix = make_selector(new_text, start, end)
    return replace(ann, start=start, end=end, exact=exact, prefix=prefix, suffix=suffix,
                   orphan=False)


@dataclass(frozen=True, slots=True)
class _Flat:
    """A text with every whitespace run made one space, and where each character came from."""

    text: str
    origin: list[int]  # origin[i]: offset in the original text of flat character i


@lru_cache(maxsize=8)
def _flatten(text: str) -> _Flat:
    """Cached: every annotation of an article is re-anchored against the same new text."""
    parts: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in _SPACE.finditer(text):
        parts.append(text[pos:m.start()])
        origin.extend(range(pos, m.start()))
        parts.append(" ")
        origin.append(m.start())
        pos = m.end()
    parts.append(text[pos:])
    origin.extend(range(pos, len(text)))
    return _Flat("".join(parts), origin)


def _agreement(before: str, after: str, prefix: str, suffix: str) -> int:
    """How many characters next to a candidate agree with the saved prefix and suffix."""
    n = 0
    while n < min(len(before), len(prefix)) and before[-1 - n] == prefix[-1 - n]:
        n += 1
    m = 0
    while m < min(len(after), len(suffix)) and after[m] == suffix[m]:
        m += 1
    return n + m


def _quote(ann: Annotation, text: str) -> tuple[int, int] | None:
    needle = _flatten(ann.exact).text
    if not needle.strip():
        return None
    flat = _flatten(text)
    prefix, suffix = _flatten(ann.prefix).text, _flatten(ann.suffix).text
    best: tuple[tuple[int, int], tuple[int, int]] | None = None
    i = flat.text.find(needle)
    for _ in range(MAX_OCCURRENCES):
        if i < 0:
            break
        j = i + len(needle)
        start, end = flat.origin[i], flat.origin[j - 1] + 1
        agree = _agreement(flat.text[max(0, i - len(prefix)):i], flat.text[j:j + len(suffix)],
                           prefix, suffix)
        rank = (-agree, abs(start - ann.start))
        if best is None or rank < best[0]:
            best = (rank, (start, end))
        i = flat.text.find(needle, i + 1)
    return best[1] if best else None


def _fuzzy(ann: Annotation, text: str) -> tuple[int, int] | None:
    # rapidfuzz is imported here, the last resort: opening the store (on the way to first
    # paint) does not pay for it.
    from rapidfuzz import fuzz

    if not ann.exact.strip():
        return None
    lo, hi = 0, len(text)
    context = ann.prefix + ann.exact + ann.suffix
    if len(context) < len(text):
        region = fuzz.partial_ratio_alignment(context, text, score_cutoff=REGION_CUTOFF)
        if region is None:
            return None
        margin = len(context) // 4 + 8
        lo, hi = max(0, region.dest_start - margin), min(len(text), region.dest_end + margin)
    hit = fuzz.partial_ratio_alignment(ann.exact, text[lo:hi], score_cutoff=QUOTE_CUTOFF)
    if hit is None:
        return None
    start, end = _refine(ann.exact, text, lo + hit.dest_start, lo + hit.dest_end)
    if fuzz.ratio(ann.exact, text[start:end]) < QUOTE_CUTOFF:
        return None
    return start, end


def _refine(quote: str, text: str, start: int, end: int) -> tuple[int, int]:
    """Widen or narrow a fixed-width match so that it covers what was inserted or dropped
    inside the quote: the start first, then the end, each to the best ``fuzz.ratio``."""
    from rapidfuzz import fuzz

    reach = max(4, len(quote) // 5)
    start = max(range(max(0, start - reach), min(end, start + reach + 1)),
                key=lambda s: (fuzz.ratio(quote, text[s:end]), -abs(s - start)))
    end = max(range(max(start + 1, end - reach), min(len(text), end + reach) + 1),
              key=lambda e: (fuzz.ratio(quote, text[start:e]), -abs(e - end)))
    return start, end
