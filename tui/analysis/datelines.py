"""Datelines: the place (and perhaps region, date and wire) that opens a story's lead.

"PORTSMOUTH, N.H. (AP) — The harbor authority voted …", "LONDON (Reuters) - People who …",
"OSLO, Nov. 8 (AFP) —", "BRACKLEY, Ohio - The mayor …", "KYIV — …", "LONDON 1996-08-30".
One finder for the whole engine: entities make the place a place, claims start a content
after the dateline and credit its wire, events never take its place for a clause's own.
Offsets are code points into the article's text, end exclusive.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

_CAPITALS = r"[A-Z][A-Z'’.-]+(?:[ \t]++[A-Z][A-Z'’.-]*){0,11}"
"""A place's name in capitals ("PORT OF SPAIN", "ST. LOUIS"), or words in capitals."""
MAX_JOINED = 5
"""How many places at most a dateline joins to its first ("OSLO, BERGEN, STAVANGER": two)."""
_JOINT = re.compile(r"[ \t]*+[/,][ \t]*+")
"""What joins the places of one dateline: a slash, a comma."""

_DATELINE = re.compile(
    r"(?:^[ \t]*+|(?<=\S[ \t]))"  # a line's start; or after a byline's words, then with a wire
    # PORTSMOUTH, ST. LOUIS, PORT OF SPAIN; or a run-in lead-in in capitals ("EVEN THE BOARD
    # AGREES —"), no place but no part of the lead either: without a region, date or wire it
    # is no place unless named again (see ``Dateline.certain``)
    # several places joined by slashes or listed with commas ("ISLAMABAD/NEW DELHI", "BEIJING,
    # SHANGHAI, HONG KONG": the last after a comma is read as the region, as in "SEOUL, TOKYO"),
    # up to six (a bound, or a long line of capitals and commas is read to its end from each
    # of its words: quadratic in the line's length)
    rf"(?:(?P<place>{_CAPITALS}(?:[ \t]*+/[ \t]*+{_CAPITALS}|,[ \t]*+{_CAPITALS}(?<!\.)(?=[ \t]*+,)){{0,{MAX_JOINED}}}+)"
    r"|(?!By[ \t])(?P<named>[A-Z][a-z'’.-]+(?:[ \t]++(?:of[ \t]++)?[A-Z][a-z'’.-]+){0,3}))?"  # New York (AFP): with a wire only; "By Ann Lee, …" is a byline
    r"(?:[ \t]*+,[ \t]*+(?P<region>[A-Z][\w.'’-]*(?:[ \t]++[A-Z][\w.'’-]*){0,3}))?"  # , N.H. / , England
    r"(?:[ \t]*+,?[ \t]*+(?P<date>[A-Z][a-z]{2,8}\.?[ \t]++\d{1,2}(?:,[ \t]*+\d{4})?))?"  # , Nov. 8 / , April 1, 2016
    r"(?:[ \t]*+\([ \t]*+(?P<wire>[A-Za-z][\w.&'’/-][\w.&'’ /-]{0,28}?)[ \t]*+\)[ \t]*+(?:(?P<wire_dash>--?|[–—])[ \t]*+)?"  # (AP) —
    r"|[ \t]++(?P<iso>\d{4}-\d\d-\d\d)\b[ \t]*+"  # LONDON 1996-08-30
    # a dash with a space on one side at least ("MOVING SHOP—" is a column's label), then the
    # lead's running text
    r"|(?:[ \t]++(?P<dash>--?|[–—])|(?P<tight_dash>--?|[–—])(?=[ \t]))[ \t]*+(?=[^\n]{0,40}[a-z]))",
    re.MULTILINE,
)


PARTY = re.compile(r"[DRI](?:[-–][A-Z][\w. ]*)?")
"""A politician's party and state in brackets ("(R-Texas)", "(D)"; an en dash as a hyphen: "(R–Fla.)"), which is no wire (nor,
for ``entities``, a place)."""

def _abbreviates(wire: str, name: str) -> bool:
    """Whether the bracketed ``wire`` is the initials of the capitalised words of ``name``
    ending it ("The European Union (EU)", "NORTH ATLANTIC TREATY ORGANIZATION (NATO)"): an
    acronym spelled out, not an agency."""
    letters = "".join(c for c in wire if c.isalpha()).upper()
    initials = "".join(w[0] for w in name.split() if w[0].isupper())
    return len(letters) > 1 and initials.endswith(letters)


PLACE_WORDS = 4  # "PORT OF SPAIN", "SALT LAKE CITY", "ST. MARY'S CITY": no place is longer


@dataclass(frozen=True)
class Dateline:
    """One dateline: ``place`` ("PORTSMOUTH"; None in "Dec 29 (Reuters) -"; the first of
    several: "ISLAMABAD" of "ISLAMABAD/NEW DELHI"), ``region`` ("N.H."), ``wire`` ("AP", inside
    its brackets) and ``dash`` ("—") as (start, end) spans or None, and ``places``, every
    place of the dateline before its region (one, or those a slash or a comma joins: "ISLAMABAD"
    and "NEW DELHI"); ``start`` where its
    place begins (else its date, else the wire's bracket) and ``end`` where the lead's words
    begin (after the dash and spaces).

    ``certain`` says the line is a dateline beyond doubt (a region, a date or a wire follows
    capitals of up to four words, or several such places are joined: "SEOUL/TOKYO —"); a bare "KYIV —" could be a label in capitals ("BREAKING
    —", a run-in lead-in), which is a place only where the article names it again (see
    ``entities``)."""

    start: int
    end: int
    place: tuple[int, int] | None
    region: tuple[int, int] | None
    wire: tuple[int, int] | None
    dash: tuple[int, int] | None
    certain: bool
    places: tuple[tuple[int, int], ...] = ()


@lru_cache(maxsize=2)
def find_datelines(text: str) -> tuple[Dateline, ...]:
    """The datelines of ``text`` in text order (found once per text: entities, claims and
    events of one analysis all ask; ~40 ms for 50,000 words).

    A dateline is a place in capitals opening a line, perhaps its region or country and a
    date after commas, then a wire in brackets, an ISO date, or a dash followed by the lead's
    running text (a line of capitals with a dash is a topic line, "SOCCER - WALES BEAT SAN
    MARINO", not a dateline). Before a wire, the place may be written as a name ("New York
    (AFP) –"; not a byline's "By Ann Lee", nor a name whose initials the brackets hold: "The
    European Union (EU) —") or left out ("Dec 29 (Reuters) -", "(Reuters) -"). After other
    words on its line (a byline, a caption: "By Ann Lee WASHINGTON (Reuters) - …", "Photo
    LONDON -- The …") the place is in capitals, and a dash follows it, after a wire or before
    a new sentence. The form is the news agencies' (AP Stylebook, "datelines"; Reuters' and
    AFP's copy alike).
    """
    found = []
    at = 0
    while (m := _DATELINE.search(text, at)) is not None:
        at = m.start() + 1  # a match that is no dateline may hold one further on: "By Ann Lee, AP WASHINGTON (AP) —"
        at_line_start = not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip()
        place = "place" if m.group("place") else "named" if m.group("named") else None
        wired = (m.group("wire") is not None and not PARTY.fullmatch(m.group("wire"))
                 and not _abbreviates(m.group("wire"), m.group(place) if place else ""))
        if at_line_start:  # a name, a date or nothing before a wire only with the dash after it: not "Sen. Ann Lee (R-Ore.),"
            kept = place == "place" or wired and m.group("wire_dash") is not None
        else:  # after a byline or a caption's words, a place in capitals with a wire, or with a dash
            # that starts a new sentence ("Photo LONDON -- The …"; not "the EU - a bloc of 27")
            kept = place == "place" and (wired and m.group("wire_dash") is not None or bool(m.group("dash") or m.group("tight_dash"))
                                         and text[m.end():m.end() + 1].isupper())
        if not kept:
            continue
        at = max(at, m.end())
        dash = next((g for g in ("wire_dash", "dash", "tight_dash") if m.group(g)), None)
        start = m.start(place) if place else m.start("date") if m.group("date") else text.index("(", m.start())
        places = _places(text, *m.span(place)) if place else ()
        found.append(Dateline(
            start=start, end=m.end(), place=places[0] if places else None,
            region=m.span("region") if m.group("region") else None,
            wire=m.span("wire") if wired else None,  # not a party and state, nor an acronym spelled out
            dash=m.span(dash) if dash else None,
            certain=all(len(text[s:e].split()) <= PLACE_WORDS for s, e in places)
            and (wired or any(m.group(g) for g in ("region", "date", "iso")) or len(places) > 1),
            places=places))
    return tuple(found)


def _places(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The places of a dateline's ``text[start:end]``, as spans: the pieces between its
    slashes and commas (``_JOINT``)."""
    out, at = [], start
    for joint in [*_JOINT.finditer(text, start, end), None]:
        cut = joint.start() if joint else end
        out.append((at, cut))
        at = joint.end() if joint else end
    return tuple(out)
