"""Resolving time expressions against the day of publication (pure functions, no spaCy)."""

from __future__ import annotations

import pytest

from tui.analysis.dates import parse_published, resolve_date

MONDAY = "2015-05-18"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Sunday", MONDAY, "2015-05-17"),
        ("on Sunday morning", MONDAY, "2015-05-17"),
        ("Monday", MONDAY, "2015-05-18"),  # the day of publication itself
        ("last Thursday", MONDAY, "2015-05-14"),
        ("last Monday", MONDAY, "2015-05-11"),  # "last" is strictly before
        ("next Friday", MONDAY, "2015-05-22"),
        ("yesterday", MONDAY, "2015-05-17"),
        ("late last night", MONDAY, "2015-05-17"),
        ("Tuesday night", MONDAY, "2015-05-12"),
        ("last Sunday night", MONDAY, "2015-05-17"),
        ("last week", MONDAY, "2015-W20"),
        ("today", MONDAY, "2015-05-18"),
        ("last year", MONDAY, "2014"),
        ("this year", MONDAY, "2015"),
        ("last month", MONDAY, "2015-04"),
        ("last month", "2016-01-10", "2015-12"),
        ("June 2014", MONDAY, "2014-06"),
        ("in June", MONDAY, "2015-06"),  # the coming month: this year's
        ("in September", MONDAY, "2014-09"),  # a month well ahead of the story is last year's
        ("March", MONDAY, "2015-03"),
        ("Nov. 3", "2016-11-08", "2016-11-03"),
        ("November 3, 2016", MONDAY, "2016-11-03"),
        ("2016-11-03", MONDAY, "2016-11-03"),
        ("2014", MONDAY, "2014"),
        ("two days ago", MONDAY, "2015-05-16"),
        ("12:47 a.m. Thursday", "2016-11-03", "2016-11-03"),
        ("Sunday", "2015-05-18T09:30:00Z", "2015-05-17"),
    ],
)
def test_resolves_against_publication(text: str, published: str, expected: str) -> None:
    assert resolve_date(text, published) == expected


@pytest.mark.parametrize("text", ["Sunday", "last Thursday", "yesterday", "last year", "Nov. 3"])
def test_relative_expressions_need_a_publication_date(text: str) -> None:
    assert resolve_date(text, None) is None


@pytest.mark.parametrize(("text", "expected"), [("June 2014", "2014-06"), ("2016-11-03", "2016-11-03"),
                                                ("November 3, 2016", "2016-11-03")])
def test_dates_with_their_own_year_need_no_publication_date(text: str, expected: str) -> None:
    assert resolve_date(text, None) == expected


@pytest.mark.parametrize("text", ["four days", "108 years", "the 1990s", "decades", "two days before the vote"])
def test_durations_and_vague_times_are_unresolved(text: str) -> None:
    assert resolve_date(text, MONDAY) is None


def test_publication_date_forms() -> None:
    assert str(parse_published("2016-11-08")) == "2016-11-08"
    assert str(parse_published("2016-11-08T23:10:00+01:00")) == "2016-11-08"
    assert parse_published(None) is None
    assert parse_published("not a date at all") is None


TUESDAY = "2024-03-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Friday", "2024-03-15"),  # "The council will vote on Friday"
        ("Tuesday", "2024-03-12"),  # the day of publication itself
        ("Monday", "2024-03-18"),
        ("in January", "2025-01"),  # "will be shipped in January": the next January
        ("in March", "2024-03"),  # the month of publication is still to come
        ("March 10", "2025-03-10"),
        ("April 2", "2024-04-02"),
        ("next Friday", "2024-03-15"),
        ("last Friday", "2024-03-08"),  # "last" looks back whatever the tense
        ("June 2023", "2023-06"),  # a year given is kept
    ],
)
def test_future_tense_resolves_forward(text: str, expected: str) -> None:
    assert resolve_date(text, TUESDAY, future=True) == expected


@pytest.mark.parametrize(("text", "expected"), [("on Friday", "2024-03-08"), ("in January", "2024-01")])
def test_past_tense_resolves_back(text: str, expected: str) -> None:
    assert resolve_date(text, TUESDAY) == expected


def test_future_expressions_still_need_a_publication_date() -> None:
    assert resolve_date("on Friday", None, future=True) is None
    assert resolve_date("in January", None, future=True) is None
