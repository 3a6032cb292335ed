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
2. a fuzzy match, scored the way the Hypothesis client scores text-quote anchors
   (``src/annotator/anchoring/match-quote.ts``: quote similarity weighed 50, prefix 20,
   suffix 20, nearness to the old position 2). Candidates start and end on word boundaries
   (a match never begins mid-word), the quote must stay above ``QUOTE_CUTOFF`` and the whole
   score above ``SCORE_CUTOFF``, so an edited quote is placed only where its surroundings
   vouch for it; and the best candidate must beat the runner-up by ``UNIQUE_MARGIN``: two
   near-equal passages (the same sentence about another division, another day) make an
   orphan, never a guess.
3. otherwise the annotation is an orphan: kept with its selectors, so a later version of the
   text (or the old one again) can still place it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from tui.model import DEFAULT_NOTE_COLOR, Annotation, Article

CONTEXT = 32
# Indel similarity (0-1) between the saved quote and a candidate passage: one changed word in
# a sentence stays above it, a rewritten or replaced phrase falls below.
QUOTE_CUTOFF = 0.75
# Weights of Hypothesis's matchQuote (quote, prefix, suffix, position), and the weighted score
# (0-1) a fuzzy candidate must reach. With the quote at its cutoff, the context must agree
# about as well as an untouched one does (0.75 * 50 + 0.85 * 40 + 2 = 73.5 of 92 ≈ 0.80); a
# quote with one word changed (≈ 0.93) whose surroundings are another paragraph's (≈ 0.45)
# scores ≈ 0.72 and stays an orphan: tests/test_anchoring.py holds these near misses.
WEIGHTS = (50, 20, 20, 2)
SCORE_CUTOFF = 0.8
# A best candidate within this score of the second best is not unique: orphan.
UNIQUE_MARGIN = 0.05
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
    """The one passage of ``text`` that an edited quote most likely became, on word
    boundaries, or None (see the module's rule 2)."""
    if not _WORD.search(ann.exact):
        return None
    flat = _flatten(text)
    quote = _flatten(ann.exact).text.strip()
    words = [(m.start(), m.end()) for m in _WORD.finditer(flat.text)]
    scored = sorted(((_score(ann, quote, flat, s, e), s, e) for s, e in _candidates(quote, flat.text, words)),
                    reverse=True)
    if not scored or scored[0][0] < SCORE_CUTOFF:
        return None
    best, s, e = scored[0]
    if len(scored) > 1 and best - scored[1][0] < UNIQUE_MARGIN:
        return None
    return flat.origin[s], flat.origin[e - 1] + 1


_WORD = re.compile(r"\w+")


def _candidates(quote: str, flat: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Word-aligned passages of ``flat`` whose similarity to ``quote`` reaches the cutoff,
    one per place (overlapping windows keep their best), each refined to the word-aligned
    start and end most like the quote. Linear in the text: one rapidfuzz pass over a window
    per word."""
    from rapidfuzz import fuzz, process

    ends = [e for _, e in words]
    windows: list[tuple[int, int]] = []
    for s, _ in words:
        j = min(bisect_left(ends, s + len(quote)), len(ends) - 1)
        windows.append((s, ends[j]))
    hits = process.extract(quote, [flat[s:e] for s, e in windows], scorer=fuzz.ratio,
                           score_cutoff=QUOTE_CUTOFF * 100 - 10, limit=None)
    chosen: list[tuple[int, int]] = []
    for _, _, i in sorted(hits, key=lambda h: (-h[1], h[2])):
        s, e = _refine(quote, flat, words, i)
        if fuzz.ratio(quote, flat[s:e]) < QUOTE_CUTOFF * 100:
            continue
        if all(e <= cs or s >= ce for cs, ce in chosen):
            chosen.append((s, e))
    return chosen


def _refine(quote: str, flat: str, words: list[tuple[int, int]], i: int) -> tuple[int, int]:
    """The word-aligned passage near window ``i`` most like ``quote``: its start moved a few
    words either way, then its end, each to the best ``fuzz.ratio``."""
    from rapidfuzz import fuzz

    reach = max(2, len(quote.split()) // 4)
    ends = [e for _, e in words]
    j = min(bisect_left(ends, words[i][0] + len(quote)), len(ends) - 1)
    first = max(range(max(0, i - reach), min(len(words), i + reach + 1)),
                key=lambda k: (fuzz.ratio(quote, flat[words[k][0]:ends[max(j, k)]]), -abs(k - i)))
    s = words[first][0]
    last = max(range(max(first, j - reach), min(len(words), j + reach + 1)),
               key=lambda k: (fuzz.ratio(quote, flat[s:ends[k]]), -abs(k - j)))
    return s, ends[last]


def _score(ann: Annotation, quote: str, flat: _Flat, s: int, e: int) -> float:
    """Hypothesis's weighted score (0-1) of the passage ``flat.text[s:e]``: quote, prefix and
    suffix similarity, and nearness to the saved position."""
    from rapidfuzz import fuzz

    prefix, suffix = _flatten(ann.prefix).text, _flatten(ann.suffix).text
    before, after = flat.text[max(0, s - len(prefix)):s], flat.text[e:e + len(suffix)]
    scores = (fuzz.ratio(quote, flat.text[s:e]) / 100,
              fuzz.ratio(prefix, before) / 100 if prefix else 1.0,
              fuzz.ratio(suffix, after) / 100 if suffix else 1.0,
              1 - abs(flat.origin[s] - ann.start) / max(1, len(flat.text)))
    return sum(w * x for w, x in zip(WEIGHTS, scores)) / sum(WEIGHTS)
