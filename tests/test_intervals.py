"""SpanIndex answers as a scan of every span would, in the same order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis.intervals import SpanIndex

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 15)).map(lambda p: (p[0], p[0] + p[1])),
                 max_size=30)


@settings(max_examples=100, deadline=None, derandomize=True, database=None)
@given(spans=spans, later=spans, query=st.tuples(st.integers(0, 80), st.integers(0, 10)))
def test_overlapping_is_a_scan_of_every_span(spans, later, query):
    start, end = query[0], query[0] + query[1]
    index = SpanIndex((s, e, n) for n, (s, e) in enumerate(spans))
    for n, (s, e) in enumerate(later, len(spans)):
        index.add(s, e, n)
    every = list(enumerate(spans + later))
    expected = sorted((n for n, (s, e) in every if s < end and e > start), key=lambda n: ((spans + later)[n][0], n))
    assert index.overlapping(start, end) == expected


def test_a_point_query_finds_the_spans_holding_it():
    index = SpanIndex([(0, 10, "sentence"), (3, 5, "quote"), (5, 5, "empty"), (12, 20, "next")])
    assert index.overlapping(4, 5) == ["sentence", "quote"]
    assert index.overlapping(5, 6) == ["sentence"]
    assert index.overlapping(10, 12) == [] and not SpanIndex()
