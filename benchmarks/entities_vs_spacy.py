"""Mention-level entity P/R/F1 of newsread's canonical entities against raw spaCy NER.

    .venv/bin/python benchmarks/entities_vs_spacy.py [DATADIR...]

Scored as `score.py entities` does: exact span and label, labels mapped to CoNLL's
PER/ORG/LOC/MISC (dates and numbers dropped). DATADIR is a `score.py entities` set (`*.txt`
and `gold.jsonl`); without one, two built-in sets are used: hand-written news sentences
annotated here in CoNLL conventions (no "the", no "'s", no titles), and the seed with
`../shared/eval/data/seed/*.entities.json` when that file exists (OntoNotes boundaries:
it keeps "The" in "The Islamic State", so it rewards the raw model's boundaries there).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_GOLD = ROOT.parent / "shared" / "eval" / "data" / "seed" / "000_328267cee0c06e12.entities.json"
CONLL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
         "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC", "PRODUCT": "MISC",
         "PER": "PER", "MISC": "MISC"}

# Written for this benchmark; each gold list names the entities in order of appearance.
HANDMADE = [
    ("Iraqi Prime Minister Haider al-Abadi visited Mosul on Monday. Abadi's office said the "
     "United Nations would send aid to the city, and the UN envoy Jan Kubis agreed.",
     [("Iraqi", "MISC"), ("Haider al-Abadi", "PER"), ("Mosul", "LOC"), ("Abadi", "PER"),
      ("United Nations", "ORG"), ("UN", "ORG"), ("Jan Kubis", "PER")]),
    ("Fighting raged in the town of Kobani, where Kurdish forces held out against the Islamic "
     "State. Kobani lies near the Turkish border.",
     [("Kobani", "LOC"), ("Kurdish", "MISC"), ("Islamic State", "ORG"), ("Kobani", "LOC"),
      ("Turkish", "MISC")]),
    ("German Chancellor Angela Merkel met French President Francois Hollande in Paris. Merkel "
     "told reporters that the European Union would not bend, and Hollande agreed.",
     [("German", "MISC"), ("Angela Merkel", "PER"), ("French", "MISC"), ("Francois Hollande", "PER"),
      ("Paris", "LOC"), ("Merkel", "PER"), ("European Union", "ORG"), ("Hollande", "PER")]),
    ("Shares of Apple fell 3 percent on Wall Street after the company warned of weak iPhone sales "
     "in China. Apple chief executive Tim Cook said demand would recover.",
     [("Apple", "ORG"), ("Wall Street", "LOC"), ("iPhone", "MISC"), ("China", "LOC"), ("Apple", "ORG"),
      ("Tim Cook", "PER")]),
    ("The U.S. State Department said on Tuesday that Secretary of State John Kerry would travel to "
     "Geneva for talks with Russian Foreign Minister Sergei Lavrov. Kerry and Lavrov last met in Vienna.",
     [("U.S. State Department", "ORG"), ("John Kerry", "PER"), ("Geneva", "LOC"), ("Russian", "MISC"),
      ("Sergei Lavrov", "PER"), ("Kerry", "PER"), ("Lavrov", "PER"), ("Vienna", "LOC")]),
    ("Manchester United beat Chelsea 2-1 at Old Trafford on Saturday, with Wayne Rooney scoring "
     "twice. Rooney now has 12 goals for United this season.",
     [("Manchester United", "ORG"), ("Chelsea", "ORG"), ("Old Trafford", "LOC"), ("Wayne Rooney", "PER"),
      ("Rooney", "PER"), ("United", "ORG")]),
    ("Protesters marched through central Caracas on Sunday, demanding that President Nicolas "
     "Maduro step down. Maduro's government blamed the opposition coalition MUD for the unrest.",
     [("Caracas", "LOC"), ("Nicolas Maduro", "PER"), ("Maduro", "PER"), ("MUD", "ORG")]),
    ("The World Health Organization (WHO) declared the outbreak in West Africa an emergency. "
     "WHO Director-General Margaret Chan urged Liberia, Sierra Leone and Guinea to act.",
     [("World Health Organization", "ORG"), ("WHO", "ORG"), ("West Africa", "LOC"), ("WHO", "ORG"),
      ("Margaret Chan", "PER"), ("Liberia", "LOC"), ("Sierra Leone", "LOC"), ("Guinea", "LOC")]),
    ("Residents of the village of Umm Qasr said British troops had left. A spokesman for the "
     "Ministry of Defence in London declined to comment.",
     [("Umm Qasr", "LOC"), ("British", "MISC"), ("Ministry of Defence", "ORG"), ("London", "LOC")]),
    ("Boeing said it would cut 4,000 jobs at its plant in Everett, Washington, after orders from "
     "Emirates and Qatar Airways slowed. Boeing shares rose on the New York Stock Exchange.",
     [("Boeing", "ORG"), ("Everett", "LOC"), ("Washington", "LOC"), ("Emirates", "ORG"),
      ("Qatar Airways", "ORG"), ("Boeing", "ORG"), ("New York Stock Exchange", "ORG")]),
]


def _spans(text: str, gold: list[tuple[str, str]]) -> set[tuple[int, int, str]]:
    out, pos = set(), 0
    for surface, label in gold:
        start = text.index(surface, pos)
        out.add((start, start + len(surface), label))
        pos = start + len(surface)
    return out


def _sets() -> dict[str, list[tuple[str, set[tuple[int, int, str]]]]]:
    sets: dict[str, list[tuple[str, set[tuple[int, int, str]]]]] = {}
    for arg in sys.argv[1:]:
        folder = Path(arg)
        items = []
        for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = (folder / row["file"]).read_text(encoding="utf-8")
            items.append((text, {(g["start"], g["end"], CONLL[g["label"]]) for g in row["entities"]}))
        sets[folder.name] = items
    if sets:
        return sets
    sets["handmade (CoNLL conventions)"] = [(t, _spans(t, g)) for t, g in HANDMADE]
    if SEED_GOLD.exists():
        data = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
        text = (ROOT / "seeds" / data["article"]).read_text(encoding="utf-8")
        gold = {(m["start"], m["end"], CONLL[e["label"]]) for e in data["entities"]
                for m in e["mentions"] if e["label"] in CONLL}
        sets["seed (OntoNotes boundaries)"] = [(text, gold)]
    return sets


def _prf(counts: Counter[str]) -> str:
    p = counts["tp"] / counts["sys"] if counts["sys"] else 0.0
    r = counts["tp"] / counts["gold"] if counts["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from tui.analysis.entities import extract_entities
    from tui.analysis.pipeline import load_pipeline
    from tui.model import Article

    nlp = load_pipeline(None)
    for name, items in _sets().items():
        raw, ours = Counter(), Counter()
        misses: list[str] = []
        for text, gold in items:
            doc = nlp(text)
            raw_spans = {(e.start_char, e.end_char, CONLL[e.label_]) for e in doc.ents if e.label_ in CONLL}
            our_spans = {(m.start, m.end, CONLL[e.label]) for e in extract_entities(doc, Article(text))
                         for m in e.mentions if e.label in CONLL}
            for counts, found in ((raw, raw_spans), (ours, our_spans)):
                counts.update(tp=len(found & gold), sys=len(found), gold=len(gold))
            misses += [f"-{text[s:e]}/{lab}" for s, e, lab in sorted(gold - our_spans)]
            misses += [f"+{text[s:e]}/{lab}" for s, e, lab in sorted(our_spans - gold)]
        print(f"{name}: {len(items)} texts, {raw['gold']} gold mentions")
        print(f"  raw spaCy   {_prf(raw)}")
        print(f"  newsread    {_prf(ours)}")
        print(f"  newsread misses (-) and extras (+): {' '.join(misses[:40])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
