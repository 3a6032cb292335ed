"""The reporting-cue lexicon: which words introduce an attribution, with what stance.

The table is data (``data/cues.tsv``) so that a reader can add "opine" without touching
code; ``benchmarks/cue_lexicon.py`` measures, on an annotated set, which words are cues
and how their content hangs on them (the source of the rows' figures). ``frames`` says which complements of the cue carry the attributed content:
``c`` a clause (``said that …``), ``i`` an infinitive (``urged them to …``), ``o`` a direct
object (``denied the report``), ``p`` an object with its predicate (``called it a hoax``),
``a`` an object with "as", and only then (``sees the deal as a trap``, not ``saw the
mayor``), ``n`` in the passive with nobody named, what is named with its name or view (``the
contests known as Super Tuesday``, ``the plan is seen as a trap``), ``r`` the whole clause, subject included, with nobody quoted (``the plan
seems to work``), ``q`` a quotation beside the verb and nothing else (``"…," grumbled X``:
a manner of speaking reports a quote, never a clause of its own). A cue whose object never counts is not fooled by "she said it twice"
while one with ``o`` still catches "denied the allegations".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class CueEntry:
    lemma: str
    pos: str
    stance: str
    frames: str


@lru_cache(maxsize=1)
def cue_table() -> dict[tuple[str, str], CueEntry]:
    """(lemma, part of speech) → entry; multiword lemmas ("according to", "call for") keep their space."""
    table: dict[tuple[str, str], CueEntry] = {}
    raw = resources.files("tui.analysis").joinpath("data/cues.tsv").read_text(encoding="utf-8")
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, pos, stance, frames = line.split("\t")
        table.setdefault((lemma, pos), CueEntry(lemma, pos, stance, frames.strip("-")))
    return table


@lru_cache(maxsize=1)
def _parts_of_speech() -> frozenset[str]:
    """The parts of speech the table has rows for."""
    return frozenset(pos for _lemma, pos in cue_table())


def lookup(lemma: str, pos: str) -> CueEntry | None:
    return cue_table().get((lemma.lower(), pos))


_SUFFIXES = (("ies", "y"), ("ied", "y"), ("es", ""), ("ed", ""), ("s", ""), ("d", ""), ("ing", ""), ("ing", "e"))


@lru_cache(maxsize=8192)
def cue_lemma(word: str, lemma: str, pos: str) -> str:
    """The model's lemma, unless it misses the cue a regular inflection plainly is: the
    small model lemmatises "hopes" as "hop". Only a stem the table knows replaces it."""
    lemma = lemma.lower()
    table = cue_table()
    if (lemma, pos) in table or pos not in _parts_of_speech():
        return lemma
    word = word.lower()
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[:-len(suffix)] + repl
            for cand in (stem, stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem):
                if (cand, pos) in table:
                    return cand
    return lemma
