"""Long texts parsed a chunk at a time, so that memory stays flat in their length.

spaCy's pipeline on one 50,000-word document peaks near a gigabyte (its parser and tagger
hold arrays over the whole document); on a few thousand words it needs a few tens of
megabytes. So a long text is cut at line starts (where the engine's paragraph component
already ends every sentence, so no sentence and no dependency arc crosses a cut) into
chunks of about ``CHUNK_CHARS``; each chunk is parsed inside a window holding some
``CONTEXT_CHARS`` of the text on either side (the statistical models look at neighbouring
tokens, so a token near a cut sees the same neighbours as in the whole text); the chunk's
own tokens are kept and the chunks are joined into one ``Doc`` of the whole text. The
engine's extraction then runs over that ``Doc`` exactly as over one parsed in one go: same
text, same offsets. A text shorter than a chunk is parsed in one go, as before.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tui.analysis.casing import truecased
from tui.analysis.pipeline import verb_forms

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

CHUNK_CHARS = 8_000
"""Characters of text per chunk, about 1,300 words (cut at the first line start after it)."""
BATCH_CHARS = 16_000
"""Characters of text at most parsed together (one ``nlp.pipe`` batch): a batch's working
memory grows with its text, whatever the number of documents in it."""
PREVIEW_CHARS = 3_000
"""Characters of text, about a screenful (30 wrapped lines of 88 and some), in the reader's
first, quick parse of a long article (``preview``): the part on screen is highlighted after
a fifth of a second of parsing instead of the second a whole chunk takes."""
CONTEXT_CHARS = 600
"""Characters at least, whole lines, parsed on each side of a chunk and then dropped. On the
84 PolNeAR dev articles cut into 1,500-character chunks, 400 gave every token the tags,
arcs and entities of one parse of the whole, and the same analyses (none: 3 of 9 differed)."""


@dataclass(frozen=True, slots=True)
class Chunk:
    """Code points ``[start, end)`` of a text that one parse stands for, parsed within the
    window ``[before, after)`` (which holds it)."""

    start: int
    end: int
    before: int
    after: int


def line_starts(text: str) -> list[int]:
    """Offsets where a line begins with a visible character (never 0): where a cut is safe."""
    return [i for i in range(1, len(text)) if text[i - 1] == "\n" and not text[i].isspace()]


def chunks(text: str, size: int | None = None, context: int | None = None) -> list[Chunk]:
    """``text`` cut at line starts into chunks of at least ``size`` code points (default
    ``CHUNK_CHARS``; the last may be shorter, a text without line breaks is one chunk), each
    with its parsing window of ``context`` more on each side (default ``CONTEXT_CHARS``)."""
    size = CHUNK_CHARS if size is None else size
    context = CONTEXT_CHARS if context is None else context
    starts = line_starts(text)
    cuts = [0]
    for s in starts:
        if s - cuts[-1] >= size and len(text) - s >= size // 4:  # no sliver of a last chunk
            cuts.append(s)
    cuts.append(len(text))
    return [_windowed(text, starts, start, end, context) for start, end in zip(cuts, cuts[1:])]


def _windowed(text: str, starts: list[int], start: int, end: int, context: int) -> Chunk:
    """Chunk ``[start, end)`` of ``text`` with its window: ``context`` more on each side, to
    the nearest line starts (``starts``) beyond."""
    i = bisect_right(starts, start - context)
    before = starts[i - 1] if i else 0
    j = bisect_left(starts, end + context)
    after = starts[j] if j < len(starts) else len(text)
    return Chunk(start, end, before, after)


def preview(text: str, parts: list[Chunk], at: int, size: int | None = None,
            context: int | None = None) -> Chunk | None:
    """A short chunk to parse before ``parts`` so that the reader sees the text at offset
    ``at`` (its reading position) analysed first: from the line start at or before ``at``,
    at least ``size`` code points (default ``PREVIEW_CHARS``) to the next line start, with a
    window of ``context`` (default ``CONTEXT_CHARS``). None when the chunk of ``parts`` that
    holds ``at`` is hardly longer (nothing to gain). What it finds stands in for that chunk
    until the chunk is done; the analysis itself is still made of ``parts`` alone."""
    size = PREVIEW_CHARS if size is None else size
    context = CONTEXT_CHARS if context is None else context
    holding = parts[reading_order(parts, at)[0]]
    starts = line_starts(text)
    i = bisect_right(starts, at)
    start = starts[i - 1] if i else 0
    j = bisect_left(starts, start + size)
    end = starts[j] if j < len(starts) else len(text)
    if 2 * (end - start) > holding.end - holding.start:
        return None
    return _windowed(text, starts, start, end, context)


def reading_order(parts: list[Chunk], at: int) -> list[int]:
    """Indexes of ``parts``: the chunk holding offset ``at`` first, then the ones after it,
    then the ones before it (a reader reads on, and back only later)."""
    here = next((i for i, part in enumerate(parts) if part.start <= at < part.end), 0)
    return [*range(here, len(parts)), *range(here)]


def parse(nlp: Language, texts: Iterable[str], batch_size: int, size: int | None = None,
          context: int | None = None) -> Iterator[Doc]:
    """``nlp.pipe(texts)``, a long text a chunk at a time: one ``Doc`` per text, in order,
    each with the text and token offsets one parse of the whole would have. The parser reads
    each text ``truecased`` (headline capitals as the body writes the words), so a Doc's
    text may differ from its text in case, never in length or offsets.

    Windows of all texts are parsed in batches of ``batch_size`` windows and ``BATCH_CHARS``
    characters at most, so many short texts are still batched together and a batch's memory
    stays bounded.
    """
    planned: deque[tuple[str, list[Chunk]]] = deque()

    def windows() -> Iterator[str]:
        verbs = verb_forms(nlp)
        for text in (truecased(t, verbs) for t in texts):
            parts = chunks(text, size, context)
            planned.append((text, parts))
            for part in parts:
                yield text[part.before:part.after]

    docs = (doc for batch in _batches(windows(), batch_size) for doc in nlp.pipe(batch, batch_size=len(batch)))
    for first in docs:
        text, parts = planned.popleft()
        if len(parts) == 1:
            yield first
        else:
            cores = [core(parts[0], first)]
            del first  # each window's parse is let go once its core is taken: one at a time in memory
            cores += [core(part, next(docs)) for part in parts[1:]]
            yield joined(text, cores)


def _batches(texts: Iterable[str], most: int) -> Iterator[list[str]]:
    """``texts`` in lists of ``most`` at most and ``BATCH_CHARS`` characters at most (a longer
    text alone)."""
    batch: list[str] = []
    size = 0
    for text in texts:
        if batch and (len(batch) == most or size + len(text) > BATCH_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(text)
        size += len(text)
    if batch:
        yield batch


def parse_one(nlp: Language, text: str) -> Doc:
    """``nlp(text)``, a chunk at a time when ``text`` is long (see ``parse``)."""
    return nlp(truecased(text, verb_forms(nlp))) if len(chunks(text)) == 1 else next(parse(nlp, [text], 1))


def core(part: Chunk, window: Doc) -> Doc:
    """The tokens of chunk ``part`` alone, from the parse of its window (a ``Doc`` of
    ``text[part.start:part.end]``), without the window's tensor (tok2vec's features, which
    no extraction reads: kept, its slice would hold the whole window's array, ~0.8 MB per
    chunk, as long as the chunk lives).

    Raises ValueError if the chunk's edges are not token edges in the window's parse (they
    are line starts, where spaCy's tokenizer always splits).
    """
    span = window.char_span(part.start - part.before, part.end - part.before)
    if span is None:
        raise ValueError(f"chunk {part.start}-{part.end} does not fall on token edges")
    found = span.as_doc()
    found.tensor = found.tensor[:0].copy()  # a copy: a view would keep the whole array
    return found


def joined(text: str, cores: list[Doc]) -> Doc:
    """One ``Doc`` of ``text`` from its chunks' own tokens (``cores``, in text order).

    Raises ValueError if they do not give back ``text`` exactly.
    """
    from spacy.tokens import Doc

    whole = Doc.from_docs(cores, ensure_whitespace=False, exclude=["tensor"])
    if whole.text != text:
        raise ValueError("the joined chunks do not give back the text")
    return whole


def moved(findings: dict[str, Any], offset: int, prefix: str) -> dict[str, Any]:
    """Analysis JSON of a piece of a text as found in the whole: its entities, claims, events
    and sentences moved ``offset`` code points on, ids (and the references to them) made
    unique with ``prefix``. Other keys are left as they are."""
    out = dict(findings)
    for key in ("entities", "claims", "events"):
        out[key] = _moved(findings[key], offset, prefix)
    out["sentences"] = [[start + offset, end + offset] for start, end in findings["sentences"]]
    return out


def _moved(node: Any, offset: int, prefix: str) -> Any:
    if isinstance(node, list):
        return [_moved(item, offset, prefix) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _moved(value, offset, prefix) for key, value in node.items()}
    if isinstance(node.get("start"), int) and isinstance(node.get("end"), int):
        out["start"], out["end"] = node["start"] + offset, node["end"] + offset
    for key in ("id", "entity", "claim"):
        if isinstance(node.get(key), str):
            out[key] = prefix + node[key]
    return out
