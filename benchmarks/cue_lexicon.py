"""Where the cue lexicon's figures come from: how often a word is a gold attribution cue in a
PolNeAR-style set, against how often it occurs, and how its content hangs on it.

For every word of the set (lemma and part of speech, lemmatised as ``cues.cue_lemma`` does)
it counts its occurrences, how many of them lie inside a gold cue span, and, for those, the
dependency path from the cue word to the head of the gold content (``ccomp``,
``dobj``, ``prep:of>pobj``, ``nsubj`` …; ``up`` when the content's head governs the cue,
``none`` when the content is elsewhere in the sentence or beyond). Precision =
gold / occurrences is an upper bound for a row added to ``tui/analysis/data/cues.tsv``:
the frames then say which of those paths count.

    .venv/bin/python benchmarks/cue_lexicon.py ../shared/eval/data/polnear-train [--min 8] [--all]
    .venv/bin/python benchmarks/cue_lexicon.py DIR --docbin PARSED.spacy   # Docs parsed once

Without ``--all`` only words the lexicon lacks are listed. The texts are read at run time
and never copied; the printout holds counts only. Options: ``--min`` the least gold count
to list, ``--show LEMMA/POS`` the paths of one word in full.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from tui.analysis.cues import cue_lemma, lookup
from tui.analysis.pipeline import load_pipeline

_POS = ("VERB", "NOUN", "ADJ", "ADV", "ADP", "AUX")


def read_ann(text: str) -> list[tuple[list[tuple[int, int]], list[tuple[int, int]]]]:
    """(cue spans, content spans) of every attribution of a brat standoff file; Content2 joins Content."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for line in text.splitlines():
        if line.startswith("T") and "\t" in line:
            tid, info = line.split("\t")[:2]
            _, _, offsets = info.partition(" ")
            spans[tid] = [(int(a), int(b)) for a, b in (p.split() for p in offsets.split(";"))]
    out = []
    for line in text.splitlines():
        if not line.startswith("E") or "\t" not in line:
            continue
        roles = dict(r.split(":", 1) for r in line.split("\t")[1].split() if ":" in r)
        cue = spans.get(roles.get("Cue", ""), [])
        content = [s for role in ("Content", "Content2") for s in spans.get(roles.get(role, ""), [])]
        if content:
            out.append((cue, content))
    return out


def path_to(cue, head) -> str:
    """The dependency path from the cue word down to the content's head, as ``dep`` or
    ``prep:of>pobj``; ``up`` when the content's head governs the cue; ``none`` otherwise."""
    if head.head.i == cue.i:
        return head.dep_
    if head.head.head.i == cue.i and head.head.i != head.i:
        mid = head.head
        return f"{mid.dep_}:{mid.lower_ if mid.pos_ == 'ADP' else mid.pos_}>{head.dep_}"
    if cue in head.subtree:
        return "up"
    return "none"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data")
    ap.add_argument("--docbin")
    ap.add_argument("--min", type=int, default=8)
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--show", action="append", default=[])
    args = ap.parse_args(argv)
    paths = sorted(p for p in Path(args.data).glob("*.txt"))
    if args.docbin:
        import spacy
        from spacy.tokens import DocBin

        order = Path(args.docbin + ".paths").read_text().split("\n")
        by_name = dict(zip((Path(p).name for p in order),
                           DocBin().from_disk(args.docbin).get_docs(spacy.blank("en").vocab)))
        docs = (by_name[p.name] for p in paths)
    else:
        nlp = load_pipeline(None)
        nlp.max_length = 2_000_000
        docs = nlp.pipe(p.read_text(encoding="utf-8") for p in paths)
    occ: Counter = Counter()
    gold: Counter = Counter()
    rels: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for p, doc in zip(paths, docs):
        cues: dict[int, str] = {}  # token → path to its content's head
        for cue_spans, content in read_ann(p.with_suffix(".ann").read_text(encoding="utf-8")):
            chead = doc.char_span(*content[0], alignment_mode="expand")
            for a, b in cue_spans:
                span = doc.char_span(a, b, alignment_mode="expand")
                for tok in span or ():
                    if tok.pos_ in _POS:
                        cues[tok.i] = path_to(tok, chead.root) if chead else "none"
        for tok in doc:
            if tok.pos_ not in _POS or not re.match(r"\w", tok.text):
                continue
            pos = "VERB" if tok.pos_ == "AUX" else tok.pos_
            key = (cue_lemma(tok.text, tok.lemma_, pos), pos)
            occ[key] += 1
            if tok.i in cues:
                gold[key] += 1
                rels[key][cues[tok.i]] += 1
    print("lemma\tpos\tgold\toccurrences\tprecision\tin_lexicon\tpaths")
    for key, n in gold.most_common():
        if n < args.min:
            break
        known = lookup(*key) is not None
        if known and not args.all:
            continue
        top = ", ".join(f"{r} {c}" for r, c in rels[key].most_common(5))
        print(f"{key[0]}\t{key[1]}\t{n}\t{occ[key]}\t{n / occ[key]:.2f}\t{'yes' if known else 'no'}\t{top}")
    for item in args.show:
        lemma, _, pos = item.partition("/")
        print(item, dict(rels[(lemma, pos)].most_common()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
