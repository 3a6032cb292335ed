"""Plain text → Article: the text exactly as written, so every offset is an offset in the file.

Plain text has no markup for metadata, so only the title is inferred (a first line that reads
like a headline); source, byline and date are left unknown rather than guessed.
"""

from __future__ import annotations

import re

from tui.model import Article

_MAX_TITLE_CHARS = 160
_MAX_TITLE_WORDS = 25
_MAX_STANDALONE_WORDS = 20
# "WASHINGTON (Reuters) -", "LONDON —", "Paris, May 3 (AFP) -": the start of a lead, not a title
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .'’-]+(?:,[^(\n]{0,40})?\s*(?:\([^)]*\))?|[^(\n]{1,60}\([A-Z][\w ]*\))\s*[-–—]+\s"
)
_BYLINE = re.compile(r"^(?:by|from)\s", re.I)
_OPENING_QUOTES = "\"'‘“«"


def article_from_text(text: str, *, input: str | None = None) -> Article:
    """``text`` is already decoded and newline-normalised; it is kept as it is."""
    paragraphs = paragraph_spans(text)
    return Article(text=text, title=_title(text, paragraphs), input=input, paragraphs=paragraphs)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Maximal runs of non-blank lines, trimmed of the whitespace around them."""
    spans: list[tuple[int, int]] = []
    run_start = None
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            if run_start is None:
                run_start = offset + len(line) - len(line.lstrip())
            run_end = offset + len(line.rstrip())
        elif run_start is not None:
            spans.append((run_start, run_end))
            run_start = None
        offset += len(line) + 1
    if run_start is not None:
        spans.append((run_start, run_end))
    return spans


def _title(text: str, paragraphs: list[tuple[int, int]]) -> str | None:
    """The first line when it reads like a headline (short, not a sentence, not a dateline)
    and more text follows it."""
    if not paragraphs:
        return None
    start, end = paragraphs[0]
    line = text[start:end].split("\n", 1)[0].rstrip()
    if start + len(line) >= paragraphs[-1][1]:
        return None
    if len(line) > _MAX_TITLE_CHARS or len(line.split()) > _MAX_TITLE_WORDS:
        return None
    # A line ending like a sentence starts the lead, unless it stands alone as a short
    # paragraph: some corpora end every headline with a period (others with ";", which
    # hardly ever ends the first line of a lead).
    alone = end == start + len(line) and len(line.split()) <= _MAX_STANDALONE_WORDS
    if line.endswith((",", ":")) or line.endswith(".") and not (alone or line.endswith("...")):
        return None
    if _DATELINE.match(line) or _BYLINE.match(line):
        return None
    if not (line[0].isalnum() or line[0] in _OPENING_QUOTES):
        return None
    return line
