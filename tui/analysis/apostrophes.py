"""Words with a curly apostrophe (’) read as the same words with a straight one (').

The small English model learned its words mostly with straight apostrophes: it reads a word
through four features of the word's lexeme (NORM, PREFIX, SUFFIX and SHAPE, the pipeline's
``tok2vec`` ``attrs``), and a curly apostrophe changes the norm and the shape of a name it has
no other clue about. "O’Malley" was tagged a common noun where "O'Malley" is a proper one, so
"Shane O’Malley said …" had no named source. spaCy's own norm exceptions cover contractions
("n’t", "’s") but not the shape, nor names.

``straighten_apostrophes`` (a pipeline component, before ``tok2vec``) gives each lexeme with a
curly apostrophe and a letter the four features of its straight-apostrophe twin; the text, and
so every offset and token text, stays the input's own. A lone ’ (a closing single quote as much
as an apostrophe) is left as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

CURLY = "’"
STRAIGHT = "'"


def straighten_apostrophes(doc: Doc) -> Doc:
    """Give every lexeme of ``doc`` whose text holds ``’`` and a letter the norm, shape,
    prefix and suffix of the text with ``'`` instead (the vocab is changed, once per word:
    the same word later in this or another document reads the same). Returns ``doc``."""
    vocab = doc.vocab
    for tok in doc:
        text = tok.text
        if CURLY not in text or not any(c.isalpha() for c in text):
            continue
        lex = tok.lex
        if STRAIGHT in lex.shape_:  # done already
            continue
        twin = vocab[text.replace(CURLY, STRAIGHT)]
        lex.norm_, lex.shape_, lex.prefix_, lex.suffix_ = twin.norm_, twin.shape_, twin.prefix_, twin.suffix_
    return doc
