"""Resolving a time expression of an article ("Sunday", "last year", "June 2014") to ISO 8601.

News writes dates relative to the day it is published, so every relative expression is
resolved against ``Article.published``; without it only expressions that carry their own
year can be placed. The answer keeps the granularity the words give: "last year" is a
year ("2014"), "June 2014" a month ("2014-06"), "Sunday" a day ("2015-05-17"), never a
made-up day. Weekdays follow the news convention: "Sunday" is the last Sunday on or
before the day of publication, "last Thursday" the last one strictly before it. What the
article says will happen lies ahead (``future=True``): "will vote on Friday" is the first
Friday on or after the day of publication, "will be shipped in January" the first January
from the month of publication on.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import MAXYEAR, MINYEAR, date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        ("jan january", "feb february", "mar march", "apr april", "may", "jun june",
         "jul july", "aug august", "sep sept september", "oct october", "nov november",
         "dec december")
    )
    for m in names.split()
}
FUTURE_MODALS = {"will", "shall", "'ll", "wo"}  # "wo" as in "won't"
DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}

_WORD = re.compile(r"[a-z]+|\d+")
_ISO = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14)}
_ORDINAL_DAY = re.compile(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)")
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d\d){1,2}(?:\s*[ap]\.?m\b\.?|\b)|\b\d{1,2}\s*[ap]\.?m\b\.?")
"""A clock time ("14:05", "9.30am", "3 p.m."), whose hour is no day of the month."""
_AGO = re.compile(r"\b(\d{1,5}|[a-z]+) (day|week|month|year)s? ago\b")  # a longer number is no date (and int() refuses 4,300 digits)


def has_future_modal(verb: Token) -> bool:
    """Whether a verb has a modal of the future: "will vote", "'ll be shipped", "won't open"
    (what tells ``resolve_date`` to look ahead)."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_MODALS for c in verb.children)


@lru_cache(maxsize=256)
def parse_published(published: str | None) -> date | None:
    """The day of publication from an ISO date or date-time; None when absent, unreadable, or
    so near the ends of the calendar (years 1 and 9999) that the arithmetic of relative
    dates (a year, a month, some weeks either way) would overflow."""
    if not published:
        return None
    try:
        day = datetime.fromisoformat(published.strip().replace("Z", "+00:00")).date()
    except ValueError:
        import dateparser  # here, not above: see _relative

        parsed = dateparser.parse(published, settings={"PREFER_DATES_FROM": "past"})
        day = parsed.date() if parsed else None
    return day if day is not None and MINYEAR < day.year < MAXYEAR else None


@lru_cache(maxsize=4096)
def resolve_date(text: str, published: str | None, future: bool = False) -> str | None:
    """ISO 8601 date of a time expression ("2014", "2014-06" or "2014-06-01"), or None. A
    clock time in it is no day ("14:05 EST, 10 April 2025" is April 10).

    ``future``: the expression dates something still to come (a clause in the future tense),
    so a weekday or a month without a year is the next one, not the last. None whenever the
    expression needs a day of publication and ``published`` gives none."""
    low = _CLOCK.sub(" ", text.lower().replace("\u2019", "'"))
    words = _WORD.findall(low)
    base = parse_published(published)
    iso = _ISO.search(low)
    if iso:
        return _iso(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)) if iso.group(3) else None)
    explicit = _absolute(words, low, base, future)
    if explicit is not None or base is None:
        return explicit
    return _relative(words, low, base, future)


def _absolute(words: list[str], low: str, base: date | None, future: bool) -> str | None:
    """Calendar dates written out: "June 2014", "Nov. 3", "November 3, 2016", "2014"."""
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    year = next((int(w) for w in words if _YEAR.match(w)), None)
    day = next((int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31), None)
    if re.search(r"\d{4}'?s\b", low):
        return None  # a decade ("the 1990s") is no date
    if month is None:
        if year is not None and not any(w in ("last", "next", "this") for w in words):
            return f"{year:04d}"
        return None
    if year is None:
        if base is None:
            return None
        year = base.year
        shift = {"next": 1, "last": -1}.get(words[words.index("year") - 1]) if "year" in words[1:] else None
        if shift is not None:  # "May 3 next year"
            year += shift
        elif future:  # the first such month (or day) from the day of publication on
            if (month, day or 31) < (base.month, base.day):
                year += 1
        # Else a month named without a year is this year's, unless that lies well ahead of the story.
        elif date(year, month, min(day or 1, 28)) > base + timedelta(days=31):
            year -= 1
    return _iso(year, month, day)


def _iso(year: int, month: int, day: int | None) -> str | None:
    """"2016-05-03", or "2016-05" without a day or with one the month lacks ("February 30":
    keep what is sure); None for a month or year the calendar lacks ("2024-13-01", "0000-05")."""
    if not (1 <= month <= 12 and MINYEAR <= year):
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return f"{year:04d}-{month:02d}"


def _relative(words: list[str], low: str, base: date, future: bool) -> str | None:
    """Expressions that only mean something from the day of publication."""
    for i, w in enumerate(words):
        if w in WEEKDAYS:
            before = words[i - 1] if i else ""
            back = (base.weekday() - WEEKDAYS.index(w)) % 7
            if before == "last" and back == 0:
                back = 7
            if before == "next":
                return (base + timedelta(days=(7 - back) % 7 or 7)).isoformat()
            if future and before != "last":
                return (base + timedelta(days=(7 - back) % 7)).isoformat()
            return (base - timedelta(days=back)).isoformat()
    for w in words:
        if w in DAY_WORDS:
            return (base + timedelta(days=DAY_WORDS[w])).isoformat()
    ordinal = _ORDINAL_DAY.fullmatch(low.strip())
    if ordinal:  # "on the 20th": of the month of publication, or the next or last one
        return _month_day(base, int(ordinal.group(1)), future)
    season = next((w for w in words if w in SEASONS), None)
    if season is not None:
        return _season_year(base, SEASONS[season], words, future)
    if re.search(r"\blast (night|evening)\b", low):  # the evening before the day of writing
        return (base - timedelta(days=1)).isoformat()
    if "morning" in words or "evening" in words or "afternoon" in words:
        if "this" in words:
            return base.isoformat()
    for i, w in enumerate(words[:-1]):
        shift = {"last": -1, "this": 0, "next": 1, "past": -1}.get(w)
        if shift is None:
            continue
        unit = words[i + 1]
        if unit == "year":
            return f"{base.year + shift:04d}"
        if unit == "month":
            m = base.year * 12 + base.month - 1 + shift
            return f"{m // 12:04d}-{m % 12 + 1:02d}"
        if unit == "week":
            y, wk, _ = (base + timedelta(weeks=shift)).isocalendar()
            return f"{y:04d}-W{wk:02d}"
    ago = _AGO.search(low)
    if ago:
        n = NUMBER_WORDS.get(ago.group(1), None) if not ago.group(1).isdigit() else int(ago.group(1))
        if n is not None:
            # dateparser is imported only here and for a publication date that is not ISO:
            # its import (with regex, pytz and tzlocal: ~60 ms) would otherwise fall on
            # every analysis's way, the reader's cold start first
            import dateparser

            parsed = dateparser.parse(
                f"{n} {ago.group(2)}s ago",
                settings={"RELATIVE_BASE": datetime.combine(base, datetime.min.time()),
                          "PREFER_DATES_FROM": "past"},
            )
            if parsed:
                unit = ago.group(2)
                if unit == "year":
                    return f"{parsed.year:04d}"
                if unit == "month":
                    return f"{parsed.year:04d}-{parsed.month:02d}"
                return parsed.date().isoformat()
    return None


def _month_day(base: date, day: int, future: bool) -> str | None:
    """A day of the month named alone ("the 20th"): in the month of publication, unless that
    day is past when the story looks ahead (then next month's) or well ahead when it looks
    back (then last month's); a month without that day gives way to the next one that has it
    (the last one, looking back): "the 31st" in April is May's; None for no day of any month."""
    if not 1 <= day <= 31:
        return None
    month = base.year * 12 + base.month - 1
    if future and day < base.day:
        month += 1
    elif not future and day > base.day + 1:
        month -= 1
    step = 1 if future else -1
    while MINYEAR <= month // 12 <= MAXYEAR and day > monthrange(month // 12, month % 12 + 1)[1]:
        month += step
    return _iso(month // 12, month % 12 + 1, day)


def _season_year(base: date, months: tuple[int, int], words: list[str], future: bool) -> str:
    """The year (as "2024") of a season named without one ("in the spring", "next summer",
    "last winter"), a season being the months ``months`` of ``SEASONS`` (winter's run into
    the next year): the season under way or the next one when the story looks ahead, the
    one under way or the last one when it looks back; "next" and "last" skip the one under
    way. The year is the one the season begins in: what is sure of it."""
    start, end = months
    now = base.month + (12 if end > 12 and base.month <= end - 12 else 0)  # January is in last year's winter
    year = base.year - (now > 12)
    if "next" in words:
        return f"{year + 1 if now >= start else year:04d}"
    if "last" in words:
        return f"{year - 1 if now <= end else year:04d}"
    if future:
        return f"{year + 1 if now > end else year:04d}"
    return f"{year - 1 if now < start else year:04d}"
