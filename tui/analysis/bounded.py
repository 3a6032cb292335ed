"""Bounds on the work spaCy and the extractors do per stretch of text, so that no input costs
more than a fixed multiple of news text of the same size.

- spaCy's tokenizer strips prefixes and suffixes off a whitespace-free stretch one at a time,
  rescanning the rest each time: quadratic in the stretch's length (``"x" + "](" * 4000``, 8 KB,
  took 27 s). ``BoundedTokenizer`` hands it at most ``RUN_LIMIT`` characters of such a stretch at
  once. No word is that long; a URL that is may be cut into two tokens.
- The parser gives a text without sentence ends (``"word " * 200000``) one sentence of any
  length, and the extractors walk a token's subtree, its sentence or its children: work that
  grows with the sentence. ``cap_sentences`` (a pipeline component, before the parser) starts a
  new sentence after ``SENTENCE_LIMIT`` tokens without a sentence end; news sentences are far
  shorter, so only run-on text is cut.

The text, and so every offset, is the input's own: cuts fall between tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc

RUN_LIMIT = 100
"""Characters of a whitespace-free stretch given to spaCy's tokenizer at once; a longer one is
cut into tokens of at most this many characters."""
PUNCT_LIMIT = 8
"""Symbols in a row (no letter, digit or space among them) that are one token, not one each:
news writes at most a few (``.”)``), a run of more is noise and would cost a token per character."""
SENTENCE_LIMIT = 150
"""Tokens after which a sentence without an end of its own is ended."""

_RUN = re.compile(rf"\S{{{RUN_LIMIT + 1},}}|[^\w\s]{{{PUNCT_LIMIT},}}")
_ENDS = frozenset(".!?;…")


class BoundedTokenizer:
    """spaCy's tokenizer, except on the runs ``_RUN`` finds (longer than ``RUN_LIMIT`` without
    whitespace, or ``PUNCT_LIMIT`` symbols in a row): each of those is cut into tokens of at most
    ``RUN_LIMIT`` characters without the tokenizer. A text without such a run (all news) is
    tokenized in one call, exactly as before; otherwise the docs of the stretches are joined
    into one doc of the whole text."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if _RUN.search(text) is None:
            return self.tokenizer(text)
        from spacy.tokens import Doc

        docs, start = [], 0
        for run in _RUN.finditer(text):
            if run.start() > start:
                docs.append(self.tokenizer(text[start:run.start()]))
            words = list(_chunks(text, run.start(), run.end()))
            spaced = text.startswith(" ", run.end())  # a space after the run is its last token's
            docs.append(Doc(self.tokenizer.vocab, words=words, spaces=[False] * (len(words) - 1) + [spaced]))
            start = run.end() + spaced
        if start < len(text):
            docs.append(self.tokenizer(text[start:]))
        return Doc.from_docs(docs, ensure_whitespace=False)

    def __getattr__(self, name: str) -> object:  # rules, to_disk …: the wrapped tokenizer's
        return getattr(self.tokenizer, name)


def _chunks(text: str, start: int, end: int) -> Iterator[str]:
    """``text[start:end]`` in pieces of at most ``RUN_LIMIT`` characters, each cut after a
    non-word character when one lies in the second half of its window (words are rarely split)."""
    while end - start > RUN_LIMIT:
        soft = next((i for i in range(start + RUN_LIMIT - 1, start + RUN_LIMIT // 2 - 1, -1)
                     if not text[i].isalnum()), None)
        cut = soft + 1 if soft is not None else start + RUN_LIMIT
        yield text[start:cut]
        start = cut
    yield text[start:end]


def cap_sentences(doc: Doc) -> Doc:
    """Start a sentence after ``SENTENCE_LIMIT`` tokens with no sentence end (``.!?;…`` or a
    line break) among them: the parser keeps the starts it is given."""
    from spacy.attrs import SENT_START

    known = doc.to_array([SENT_START])
    cuts, since = [], 0
    for tok in doc:
        if since >= SENTENCE_LIMIT:
            cuts.append(tok.i)
        if since >= SENTENCE_LIMIT or known[tok.i] == 1:
            since = 0
        since = 0 if tok.text[-1:] in _ENDS or "\n" in tok.text else since + 1
    return set_sentence_starts(doc, cuts)


def set_sentence_starts(doc: Doc, starts: list[int]) -> Doc:
    """Mark the tokens at ``starts`` as sentence starts, in one write: spaCy's per-token setter
    checks the whole doc for a parse first, which made a text of many lines quadratic."""
    if starts:
        from spacy.attrs import SENT_START

        values = doc.to_array([SENT_START])
        values[starts] = 1
        doc.from_array([SENT_START], values.reshape(-1, 1))
    return doc
