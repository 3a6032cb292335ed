"""Sentence spans for the reader's cursor, before (or without) the engine.

The reader must paint at once, long before spaCy could load, so its first idea of the
sentences comes from ``sentencex`` (a rule-based segmenter compiled to native code: a
50,000-word article splits in a few milliseconds; its indices are code points, like ours).
Sentences never cross a paragraph. Inside one, a line break ends a sentence when the next
line starts like a new one (a title above its caption), but not in hard-wrapped prose.
"""

from __future__ import annotations

from sentencex import get_sentence_boundaries

_JOINERS = ",;:-–—("


def split_sentences(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return ``(start, end)`` code-point spans of the sentences, in order, whitespace trimmed."""
    out: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs or [(0, len(text))]:
        for b in get_sentence_boundaries("en", text[p_start:p_end]):
            _add_lines(text, p_start + b["start_index"], p_start + b["end_index"], out)
    return out


def _add_lines(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    """Add one segment, cut again at the line breaks that start a new sentence."""
    piece_start = start
    search = start
    while True:
        nl = text.find("\n", search, end)
        if nl < 0:
            _add_trimmed(text, piece_start, end, out)
            return
        before = text[piece_start:nl].rstrip()
        after = text[nl + 1:end].lstrip()
        if before and after and before[-1] not in _JOINERS and not after[0].islower():
            _add_trimmed(text, piece_start, nl, out)
            piece_start = nl + 1
        search = nl + 1


def _add_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    start, end = trim(text, start, end)
    if start < end:
        out.append((start, end))


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the whitespace at its edges (a sentence never starts on a space)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
