"""Long texts parsed a chunk at a time: the same Doc, the same analysis, memory flat.

The article is written for these tests: a quote that runs over two paragraphs, a source
named by a pronoun after a paragraph break, names that come back chunks later.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis import chunks as chunking
from tui.analysis.chunks import chunks, line_starts, moved, parse, reading_order
from tui.analysis.engine import analyze, analyze_doc
from tui.analysis_cache import cached
from tui.model import Article

PARAGRAPHS = [
    "Harbour council approves the new ferry terminal",
    "The harbour council of Port Ellery voted on Tuesday to build a ferry terminal on the old "
    "coal pier, ending a dispute that had split the town for three years.",
    "\u201cThis is the best day for the harbour since the railway came,\u201d said Mayor Linnea "
    "Okafor after the vote. \u201cWe waited long enough.",
    "Now the work begins,\u201d she added.",
    "Opponents of the plan, led by the fishermen's cooperative, said the terminal would push "
    "their boats out of the inner basin.",
    "Their chairman, Tomas Brandvold, told reporters that the cooperative would appeal to the "
    "regional court in Bergmoor. He said the council had ignored two studies of the basin.",
    "The Ministry of Transport said it would pay a third of the cost, about 40 million euros.",
    "Okafor denied that the fishermen had been ignored. She said the council met them eleven times.",
    "Construction is due to start in March and the first ferry should dock in the summer of 2027, "
    "according to the council's own timetable.",
    "Brandvold urged residents to attend the next public meeting on Friday.",
]
TEXT = "\n\n".join(PARAGRAPHS) + "\n"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="ab .\u201c\n", max_size=30), max_size=30),
       st.integers(1, 200), st.integers(0, 100))
def test_chunks_tile_the_text_at_line_starts(lines: list[str], size: int, context: int) -> None:
    text = "\n".join(lines)
    parts = chunks(text, size, context)
    assert parts[0].start == 0 and parts[-1].end == len(text)
    cuts = set(line_starts(text))
    for part, after in zip(parts, parts[1:]):
        assert part.end == after.start and after.start in cuts
    for part in parts:
        assert part.before <= part.start < part.end <= part.after or text == ""
        assert part.before in cuts | {0} and part.after in cuts | {len(text)}
        assert part.start - part.before >= context or part.before == 0
        assert part.after - part.end >= context or part.after == len(text)


def test_reading_order_starts_where_the_reader_is() -> None:
    parts = chunks(TEXT, 150, 50)
    assert len(parts) >= 4
    at = parts[2].start + 3
    assert reading_order(parts, at) == [*range(2, len(parts)), 0, 1]


def test_chunked_parse_gives_the_same_analysis(nlp) -> None:
    article = Article(text=TEXT, title=PARAGRAPHS[0])
    whole = analyze_doc(nlp(TEXT), article, "v", "m").to_json()
    (doc,) = parse(nlp, [TEXT], 8, size=150, context=200)
    assert doc.text == TEXT and len(chunks(TEXT, 150, 200)) >= 4
    assert analyze_doc(doc, article, "v", "m").to_json() == whole
    assert any(c["source"] and c["source"]["text"] == "she" for c in whole["claims"])  # the case is in it


def test_a_chunk_keeps_none_of_its_window_s_features(nlp) -> None:
    """What is kept of a window's parse is its own tokens: tok2vec's array over the whole
    window (what made memory grow with the article's length) is neither copied nor viewed."""
    part = chunks(TEXT, 150, 200)[1]
    window = nlp(TEXT[part.before:part.after])
    assert window.tensor.size > 0
    kept = chunking.core(part, window)
    assert kept.text == TEXT[part.start:part.end]
    assert kept.tensor.size == 0 and kept.tensor.base is None
    (doc,) = parse(nlp, [TEXT], 8, size=150, context=200)
    assert doc.tensor.size == 0


def test_moved_shifts_offsets_and_ids() -> None:
    found = {"entities": [{"id": "e1", "mentions": [{"start": 0, "end": 3}]}],
             "claims": [{"source": {"start": 4, "end": 7, "entity": "e1"}}],
             "events": [{"id": "v1", "claim": "c1"}], "sentences": [[0, 9]], "schema": "s"}
    out = moved(found, 100, "2:")
    assert out["entities"] == [{"id": "2:e1", "mentions": [{"start": 100, "end": 103}]}]
    assert out["claims"] == [{"source": {"start": 104, "end": 107, "entity": "2:e1"}}]
    assert out["events"] == [{"id": "2:v1", "claim": "2:c1"}]
    assert out["sentences"] == [[100, 109]] and out["schema"] == "s"


def test_the_worker_tells_each_chunk_then_keeps_the_whole(nlp, monkeypatch) -> None:
    """``compute`` (in-process here): chunks from the reading position on, each told with what
    it alone shows at its offsets in the whole; the result is the one-go analysis, kept by the
    task after it (the reader has it while it is written)."""
    from tui import engine_process

    told: list[engine_process.Progress] = []
    monkeypatch.setattr(chunking, "CHUNK_CHARS", 150)
    monkeypatch.setattr(chunking, "CONTEXT_CHARS", 200)
    monkeypatch.setattr(engine_process, "_updates", type("Sink", (), {"put": staticmethod(told.append)})())
    article = Article(text=TEXT, title=PARAGRAPHS[0])
    parts = chunks(TEXT)
    at = parts[1].start
    result = engine_process.compute(article, None, at)
    assert [u.index for u in told] == reading_order(parts, at)
    assert [round(u.done, 6) for u in told] == sorted(round(u.done, 6) for u in told) and told[-1].done == 1.0
    for update in told:
        part = parts[update.index]
        assert update.article_id == article.id
        for entity in update.found.entities:
            for m in entity.mentions:
                assert part.start <= m.start < m.end <= part.end and TEXT[m.start:m.end] == m.text
    assert result.to_json() == analyze(article).to_json()
    assert cached(article, None) is None
    engine_process.keep_computed()
    assert cached(article, None) is not None


def test_batches_are_bounded_in_texts_and_characters(monkeypatch) -> None:
    monkeypatch.setattr(chunking, "BATCH_CHARS", 10)
    texts = ["aaaa", "bbbb", "cc", "d" * 25, "e", "f", "g"]
    batches = list(chunking._batches(texts, 2))
    assert [t for b in batches for t in b] == texts
    assert batches == [["aaaa", "bbbb"], ["cc"], ["d" * 25], ["e", "f"], ["g"]]


def test_a_finished_analysis_travels_in_small_pieces(nlp, monkeypatch) -> None:
    """The worker sends its analysis pickled a few items a piece (the reader unpickles them one
    at a time, never the whole in one hold of its interpreter lock), and it comes back whole."""
    from tui import engine_process

    monkeypatch.setattr(engine_process, "PIECE_ITEMS", 2)
    analysis = analyze(Article(text=TEXT, title=PARAGRAPHS[0]))
    pieces = engine_process._packed(analysis)
    items = sum(len(getattr(analysis, name)) for name in engine_process.PIECES)
    assert len(pieces) >= 1 + items // 2 and items > 6
    back = engine_process._unpacked(pieces)
    assert back.to_json() == analysis.to_json() and back.article == analysis.article


def test_the_part_on_screen_comes_first_then_its_chunk_replaces_it(nlp, monkeypatch) -> None:
    """A long article: a screenful from the reading position is told before anything else, as
    the chunk that holds it (whose own update then replaces it); the analysis is still the one
    of the chunks alone."""
    from tui import engine_process

    told: list[engine_process.Progress] = []
    monkeypatch.setattr(chunking, "CHUNK_CHARS", 700)
    monkeypatch.setattr(chunking, "PREVIEW_CHARS", 150)
    monkeypatch.setattr(chunking, "CONTEXT_CHARS", 200)
    monkeypatch.setattr(engine_process, "_updates", type("Sink", (), {"put": staticmethod(told.append)})())
    article = Article(text=TEXT, title=PARAGRAPHS[0])
    parts = chunks(TEXT)
    at = TEXT.index("Opponents of the plan")
    here = reading_order(parts, at)[0]
    first = chunking.preview(TEXT, parts, at)
    assert first is not None and (first.start, first.end) == (at, TEXT.index("The Ministry"))  # whole lines, 150 and more
    result = engine_process.compute(article, None, at)
    assert [u.index for u in told] == [here, *reading_order(parts, at)]
    assert told[0].done == (first.end - first.start) / len(TEXT) < told[1].done
    mentions = {(m.start, m.text) for e in told[0].found.entities for m in e.mentions}
    assert (TEXT.index("Tomas Brandvold"), "Tomas Brandvold") in mentions
    assert all(first.start <= start < first.end for start, _ in mentions)
    assert result.to_json() == analyze(article).to_json()


def test_no_preview_when_the_chunk_is_hardly_longer() -> None:
    parts = chunks(TEXT, 700, 200)
    assert chunking.preview(TEXT, parts, 0, 150, 200) is not None
    assert chunking.preview(TEXT, parts, 0, 400, 200) is None
    assert chunking.preview(TEXT, chunks(TEXT, 10_000), 0, 150, 200) is not None
    assert chunking.preview(TEXT, chunks(TEXT, 10_000), 0, 1_000, 200) is None
