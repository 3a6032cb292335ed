"""Events: leave-one-category-out (LOCO) choice of the salience weights, beside the plain score.

    nice .venv/bin/python benchmarks/events_loco.py [DATADIR] [--eval EVALDIR]

DATADIR is a `score.py events` set with a `manifest.tsv` (columns article, category), by
default `../shared/eval/data/g5-dev`. The engine runs once per article (spaCy, entities,
claims, event candidates with their salience features). Then, for each category, the salience
weights are chosen on the other categories alone (a grid over each feature's weight, the
headline position's held fixed since only ratios matter; the best mean over the categories
of their mean precision, ties to the setting nearest equal weights) and the held-out category
is scored with them by `score.py`'s own `score_events`. Printed: each fold, the mean of the folds' mean precisions (the number that
says how the choice generalises to a kind of story it never saw), the plain score with the
engine's weights, the weights the same choice makes on all categories, and how many events
`story_events` keeps against how many of the top-3 answers it keeps.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import importlib.util
import io
import itertools
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

from tui.analysis.claims import extract_claims
from tui.analysis.engine import sentence_spans
from tui.analysis.entities import extract_entities
from tui.analysis.events import BACKGROUND_CAP, BACKGROUND_SCALE, SALIENCE_WEIGHTS, Candidate, event_candidates, rank_events
from tui.analysis.pipeline import load_pipeline, model_label
from tui.analysis.refs import EntityIndex
from tui.analysis.version import engine_version
from tui.analysis_model import STORY_SALIENCE, Analysis, story_events
from tui.ingest import load

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ("who", "what", "when", "where")
GRID = (0.0, 0.1, 0.2, 0.4)  # the weights tried for every feature but the fixed one
FIXED = "position"


def _eval_dir(given: Path | None) -> Path:
    for d in [given] if given else [ROOT.parent / "shared" / "eval", ROOT.parent.parent / "shared" / "eval"]:
        if d is not None and (d / "score.py").exists():
            return d
    sys.exit("events_loco: cannot find score.py; give --eval DIR")


def _scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Item:
    """One article: its candidates, its analysis to print, and per event what each answer scores."""

    def __init__(self, path: Path, category: str, analysis: Analysis, candidates: list[Candidate],
                 gold: dict[str, list[str]], tok_f1) -> None:
        self.path, self.category, self.analysis, self.candidates = path, category, analysis, candidates
        self.gold = gold
        self.features = np.array([[c.features[k] for k in SALIENCE_WEIGHTS] for c in candidates], dtype=np.float64)
        self.scale = np.array([[BACKGROUND_SCALE if c.background else 1.0] for c in candidates], dtype=np.float64)
        self.cap = np.array([[BACKGROUND_CAP if c.background else np.inf] for c in candidates], dtype=np.float64)
        answers = [_answers(c) for c in candidates]
        self.answered = {q: np.array([a[q] is not None for a in answers]) for q in QUESTIONS}
        self.correct = {q: np.array([a[q] is not None and max((tok_f1(a[q], g) for g in gold[q]), default=0) >= 0.5
                                     for a in answers]) for q in QUESTIONS}


def _answers(c: Candidate) -> dict[str, str | None]:
    ev = c.event
    got = {"who": " ".join(r.text for r in ev.who), "what": ev.what.text,
           "when": ev.when.text if ev.when else "", "where": " ".join(r.text for r in ev.where)}
    return {q: v if any(ch.isalnum() for ch in v) else None for q, v in got.items()}


def _gold(path: Path) -> dict[str, list[str]]:
    g5 = json.loads(path.with_name(path.name[:-3] + ".gold.json").read_text(encoding="utf-8"))
    return {q: [x["text"] for x in (g5.get(q) or {}).get("annotated") or []
                if isinstance(x, dict) and isinstance(x.get("text"), str) and x["text"].strip()]
            for q in QUESTIONS}


def _run_engine(paths: list[Path], categories: dict[str, str], tok_f1) -> list[Item]:
    nlp = load_pipeline(None)
    label, version = model_label(nlp), engine_version()
    articles = [load(str(p)) for p in paths]
    items = []
    for path, article, doc in zip(paths, articles, nlp.pipe(a.text for a in articles)):
        entities = extract_entities(doc, article)
        index = EntityIndex(entities)
        claims = extract_claims(doc, article, index)
        candidates = event_candidates(doc, article, index, claims)
        analysis = Analysis(article, version, label, entities, claims, [], sentence_spans(doc, article.text))
        items.append(Item(path, categories[path.name[:-3]], analysis, candidates, _gold(path), tok_f1))
    return items


def _grid() -> np.ndarray:
    free = [k for k in SALIENCE_WEIGHTS if k != FIXED]
    rows = []
    for values in itertools.product(GRID, repeat=len(free)):
        w = dict(zip(free, values))
        w[FIXED] = SALIENCE_WEIGHTS[FIXED]
        rows.append([w[k] for k in SALIENCE_WEIGHTS])
    return np.array(rows, dtype=np.float64)


def _counts(items: list[Item], grid: np.ndarray) -> dict[str, dict[str, np.ndarray]]:
    """Per category and question, answered and correct counts of the top event for every setting."""
    out: dict[str, dict[str, np.ndarray]] = defaultdict(lambda: defaultdict(lambda: np.zeros(len(grid))))
    for it in items:
        if not it.candidates:
            continue
        # salience as rank_events gives it (a mean, scaled and capped for background clauses,
        # rounded to 4 places); first maximum: text order
        top = np.concatenate([np.argmax(np.round(np.minimum(it.features @ part.T / part.sum(axis=1) * it.scale,
                                                            it.cap), 4), axis=0)
                              for part in np.array_split(grid, 8)])
        for q in QUESTIONS:
            if it.gold[q]:
                out[it.category][f"{q}.gold"] += 1
                out[it.category][f"{q}.answered"] += it.answered[q][top]
                out[it.category][f"{q}.correct"] += it.correct[q][top]
    return out


def _mean_precision(counts, categories: list[str]) -> np.ndarray:
    precisions = []
    for q in QUESTIONS:
        answered = sum(counts[c][f"{q}.answered"] for c in categories)
        correct = sum(counts[c][f"{q}.correct"] for c in categories)
        precisions.append(np.divide(correct, answered, out=np.zeros_like(correct), where=answered > 0))
    return sum(precisions) / len(QUESTIONS)


def _choose(counts, categories: list[str], grid: np.ndarray) -> tuple[int, float]:
    """The best setting on these categories: the highest mean over the categories of their
    mean precision (each kind of story counts alike, however many articles it has); of equal
    ones, the nearest to equal weights (a prior that owes nothing to any category, so that
    no fold's choice leans on the weights the engine took from all of them)."""
    score = sum(_mean_precision(counts, [c]) for c in categories) / len(categories)
    best = score.max()
    tied = np.flatnonzero(score >= best - 1e-9)
    shares = grid[tied] / grid[tied].sum(axis=1, keepdims=True)
    pick = tied[np.argmin(np.abs(shares - 1 / grid.shape[1]).sum(axis=1))]
    return int(pick), float(best)


def _score(score, items: list[Item], weights: dict[str, float]) -> dict:
    """score.py's own events metrics for these articles ranked with these weights."""
    problems = score.Problems()
    arts = []
    for it in items:
        it.analysis.events = rank_events(it.candidates, weights)
        obj = json.loads(json.dumps(it.analysis.to_json()))
        arts.append(score.Article(it.path, obj, problems))
    with contextlib.redirect_stdout(io.StringIO()):
        metrics, _rows, _last, _extra = score.score_events(arts, None, problems)
    return metrics


def _weights(row: np.ndarray) -> dict[str, float]:
    return {k: round(float(v), 3) for k, v in zip(SALIENCE_WEIGHTS, row)}


def _story_report(items: list[Item]) -> str:
    """How many events story_events keeps, how many of the correct top-3 answers it keeps, and
    the lowest salience of an article's third event (the most STORY_SALIENCE may be)."""
    kept_counts, all_counts, hits, kept_hits, thirds = [], [], 0, 0, []
    for it in items:
        events = rank_events(it.candidates, SALIENCE_WEIGHTS)
        if events:
            thirds.append(events[min(2, len(events) - 1)].salience)
        story = {id(e) for e in story_events(events)}
        kept_counts.append(len(story))
        all_counts.append(len(events))
        index = {id(c.event): n for n, c in enumerate(it.candidates)}
        for ev in events[:3]:
            n = index[id(ev)]
            right = sum(bool(it.correct[q][n]) for q in QUESTIONS)
            hits += right
            kept_hits += right if id(ev) in story else 0
    return (f"story_events: median {statistics.median(kept_counts):g} of {statistics.median(all_counts):g} "
            f"events per article (max {max(kept_counts)} of {max(all_counts)}); keeps {kept_hits} of the "
            f"{hits} correct answers given by the top 3 events; lowest third-ranked salience "
            f"{min(thirds, default=0):.3f} (STORY_SALIENCE {STORY_SALIENCE})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("datadir", type=Path, nargs="?")
    ap.add_argument("--eval", type=Path, help="the folder of score.py (default ../shared/eval)")
    args = ap.parse_args(argv)
    eval_dir = _eval_dir(args.eval)
    datadir = args.datadir or eval_dir / "data" / "g5-dev"
    score = _scorer(eval_dir)
    with open(datadir / "manifest.tsv", encoding="utf-8", newline="") as f:
        categories = {row["article"]: row["category"] for row in csv.DictReader(f, delimiter="\t")}
    paths = [p for p in score.list_inputs("events", datadir) if p.name[:-3] in categories]
    items = _run_engine(paths, categories, score.tok_f1)
    grid = _grid()
    counts = _counts(items, grid)
    cats = sorted({it.category for it in items})
    folds = []
    print(f"{'held out':<24} {'n':>3}  {'train':>6}  {'held-out mean':>13}  weights chosen on the other five")
    for held in cats:
        pick, train = _choose(counts, [c for c in cats if c != held], grid)
        weights = _weights(grid[pick])
        metrics = _score(score, [it for it in items if it.category == held], weights)
        folds.append(metrics["mean_precision"])
        n = sum(it.category == held for it in items)
        print(f"{held:<24} {n:>3}  {train:6.3f}  {metrics['mean_precision']:13.3f}  {weights}")
    pick, train = _choose(counts, cats, grid)
    print(f"weights chosen on all categories (train {train:.3f}): {_weights(grid[pick])}")
    print(_story_report(items))
    plain = _score(score, items, SALIENCE_WEIGHTS)
    q = plain["questions"]
    print("plain (engine weights): " + " ".join(f"{k}={q[k]['precision']:.3f}" for k in QUESTIONS)
          + f" mean={plain['mean_precision']:.3f} top3_mean={plain['top3_mean_precision']:.3f}")
    print(f"events_loco folds={len(folds)} loco_mean={sum(folds) / len(folds):.3f} "
          f"plain_mean={plain['mean_precision']:.3f} n_articles={len(items)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
