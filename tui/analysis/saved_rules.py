"""spaCy's tokenizer, taking a saved pipeline's special cases without checking each again.

Imported only once spaCy is (``pipeline._bare_tokenizer``). Loading a pipeline's tokenizer
goes through ``add_special_case`` for each of its saved special cases (1,347 for the small
English model: "don't", "U.S.", ":)" ...), and each is first checked
(``_validate_special_case``: its pieces' ORTH make up its text, and they set no attribute but
ORTH and NORM), which turns every piece's attribute names into ids once more. Without it the
engine's process takes 3,670 million instructions from its start to the sample's analysis,
with it 3,846 (valgrind's callgrind). The cases a pipeline saved were checked as they were
added to it, before it was saved; what is added to the tokenizer afterwards is checked as
spaCy would.
"""

from __future__ import annotations

from typing import Any

from spacy.tokenizer import Tokenizer


class SavedRulesTokenizer(Tokenizer):
    """``spacy.tokenizer.Tokenizer``, but ``from_bytes`` (and ``from_disk``, which reads the
    file and calls it) does not check the special cases it loads again."""

    loading = False

    def from_bytes(self, bytes_data: bytes, *, exclude: Any = tuple()) -> SavedRulesTokenizer:
        self.loading = True
        try:
            return super().from_bytes(bytes_data, exclude=exclude)
        finally:
            self.loading = False

    def _validate_special_case(self, chunk: str, substrings: Any) -> None:
        if not self.loading:
            super()._validate_special_case(chunk, substrings)
