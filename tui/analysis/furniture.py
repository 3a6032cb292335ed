"""Page furniture a scrape keeps inside an article's body: no sentence of the story.

A page copied as text (the Giveme5W1H scrapes of the evaluation data are such) keeps what
stood around the story in the same paragraph: a byline with its timestamps ("By ANN LEE FOR
THE DAILY PAPER PUBLISHED: 09:14 GMT, 14 March 2025 | UPDATED: 11:02 GMT, 14 March 2025")
and a photo caption with its label ("Pictured: the mayor at the opening"). They tell when the
page was written and what a photo shows, never what happened: the pipeline makes each piece
a sentence of its own, so the parser does not run it into the lead (``pipeline``), and events
take no clause, time, place or actor from it (``events``). This is the one finder for both.
Offsets are code points into the text, end exclusive.

The forms are the British tabloids' web pages' (a byline in capitals, "PUBLISHED:" and
"UPDATED:" stamps joined by "|") and the usual caption labels; a stamp needs a date with
its year, so prose ("was published on Monday", "the report, published in 2019") is none.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CLOCK = r"\d{1,2}[:.]\d\d(?:[ \t]*+[AaPp]\.?[Mm]\.?)?(?:[ \t]++[A-Z]{2,4}\b)?"
"""A clock time with its zone: "09:14 GMT", "2.05pm EST"."""
_DAY = (r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?[ \t]++)?"
        r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]++[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?[ \t]++\d{1,2}(?:st|nd|rd|th)?)"
        r",?[ \t]++\d{4}\b")
"""A date with its year, day first or month first, perhaps its weekday: "14 March 2025",
"Fri, Mar. 14, 2025"."""
_TIMESTAMP = (rf"(?:{_CLOCK},?[ \t]++(?:on[ \t]++)?)?{_DAY}"
              rf"(?:[ \t]*+(?:,|at)?[ \t]*+{_CLOCK})?")
"""A clock and a date in either order: "09:14 GMT, 14 March 2025", "March 14, 2025 at 9:14"."""
_STAMP = (r"(?:(?:(?:FIRST[ \t]++)?PUBLISHED|(?:LAST[ \t]++)?UPDATED|POSTED)(?:[ \t]++ON)?[ \t]*+:?"
          r"|(?:(?:First[ \t]++)?[Pp]ublished|(?:Last[ \t]++)?[Uu]pdated|Posted)(?:[ \t]++on)?[ \t]*+:"
          rf")[ \t]*+{_TIMESTAMP}")
"""A timestamp with its label: a label in capitals ("PUBLISHED: …", "UPDATED …"), or one
in lower case with its colon ("Published: …", "Last updated: …")."""
_BYLINE = r"By[ \t]++(?:(?:[A-Z][\w.'’-]*+|and|for|of|the)[ \t]++){1,10}?"
"""A byline's words before its stamps: "By ANN LEE FOR MAILONLINE "."""
_STAMPS = re.compile(
    rf"(?:\b{_BYLINE})?(?<![\w:])(?:{_STAMP})(?:[ \t]*+[|•·]?[ \t]*+(?:{_STAMP}))*+")
"""A run of timestamps, the byline before them if there is one."""

CAPTION_WORDS = 30
"""The most words a caption's text runs to before its end (a sentence's mark, a quote,
a line break); a longer run is taken for the story's own sentences after a bare label."""
_CAPTION = re.compile(
    r"(?:^|(?<=[.!?'\"”’)\]]\s)|(?<=\n))[ \t]*+(?P<label>(?:Pictured|Picture|Photo|Photograph|Image|Above|Inset)[ \t]*+:)"
    r"(?P<words>[^\n.!?\"“”‘]*?)(?=[.!?]|\s[\"“‘']|\n|$)")
"""A caption's label after a sentence's end or at a line's start, and its words up to the
caption's end."""


@lru_cache(maxsize=2)
def find_furniture(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of page furniture in ``text``, in text order, not overlapping: byline and
    timestamp runs (``_STAMPS``) and photo captions (``_CAPTION``; its label alone when its
    words run past ``CAPTION_WORDS``, then taken for the story's). Found once per text:
    the pipeline and events of one analysis both ask."""
    spans = [m.span() for m in _STAMPS.finditer(text)]
    for m in _CAPTION.finditer(text):
        words = m.group("words")
        end = m.end() if len(words.split()) <= CAPTION_WORDS else m.end("label")
        if end < len(text) and text[end] in ".!?":
            end += 1
        spans.append((m.start("label"), end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):  # a caption may hold a stamp on its line: one span of both
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)
