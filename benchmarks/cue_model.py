"""Fit the learned cue detector (``tui/analysis/cue_model.py``) on a PolNeAR-style set and
write its weights file ``tui/analysis/data/cue_model.tsv``.

Candidates are the words the engine would hand the model: a verb, noun or adjective outside
quotes, not in the cue lexicon, not a modal or expectation word, governing a content
structure (``cue_model.frame_of``). A candidate is positive when it lies in a gold cue
span and the content its frame gives matches that attribution's gold content (token Dice
>= 0.5, the scorer's match). The model is an L2-regularised logistic regression fitted by
full-batch gradient descent (Adagrad) in numpy; features seen fewer than ``--min-count``
times are dropped, and the written file keeps the ``--keep`` largest weights. The
threshold is chosen on train alone, on probabilities held out by article folds
(``chosen_threshold``).

    .venv/bin/python benchmarks/cue_model.py ../shared/eval/data/polnear-train \\
        --dev ../shared/eval/data/polnear-dev [--docbin T.spacy --dev-docbin D.spacy] [--write]

The texts are read at run time and never copied; the printout and the file hold feature
names (lemmas, tags, dependency labels) and figures only;
the figures in the header are candidate-level precision and recall, on train held out by
folds and on ``--dev``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from cue_lexicon import read_ann

from tui.analysis.cue_model import candidate, features
from tui.analysis.pipeline import load_pipeline
from tui.analysis.quotes import find_quotes

OUT = Path(__file__).resolve().parent.parent / "tui" / "analysis" / "data" / "cue_model.tsv"


def docs_of(data: Path, docbin: str | None):
    """(path, Doc) of every article of a set, parsed now or read from a DocBin parsed once."""
    paths = sorted(data.glob("*.txt"))
    if docbin:
        import spacy
        from spacy.tokens import DocBin

        order = Path(docbin + ".paths").read_text().split("\n")
        by_name = dict(zip((Path(p).name for p in order),
                           DocBin().from_disk(docbin).get_docs(spacy.blank("en").vocab)))
        return [(p, by_name[p.name]) for p in paths]
    nlp = load_pipeline(None)
    nlp.max_length = 2_000_000
    return list(zip(paths, nlp.pipe(p.read_text(encoding="utf-8") for p in paths)))


def content_tokens(frame) -> set[int]:
    """Token indices of the content a frame gives: its parts' subtrees (to the sentence end for a colon)."""
    if frame.kind == "colon":
        first = frame.parts[0]
        return set(range(min(t.i for t in first.sent if t.i >= first.left_edge.i), first.sent.end))
    return {t.i for p in frame.parts for t in p.subtree}


def examples(data: Path, docbin: str | None, groups: list[str] | None = None) -> tuple[list[list[str]], list[int]]:
    """Features and labels of every candidate of a set (``groups`` gets each one's file name)."""
    X, y = [], []
    for path, doc in docs_of(data, docbin):
        text = doc.text
        quoted = {t.i for q in find_quotes(text) for s, e in q.pieces
                  for t in (doc.char_span(s, e, alignment_mode="expand") or ())}
        gold: dict[int, list[set[int]]] = {}  # cue token → gold contents (token sets) of its attributions
        for cue_spans, content in read_ann(path.with_suffix(".ann").read_text(encoding="utf-8")):
            toks = {t.i for a, b in content for t in (doc.char_span(a, b, alignment_mode="expand") or ())
                    if not t.is_punct and not t.is_space}
            for a, b in cue_spans:
                for t in doc.char_span(a, b, alignment_mode="expand") or ():
                    gold.setdefault(t.i, []).append(toks)
        for tok in doc:
            frame = candidate(tok, quoted)
            if frame is None:
                continue
            mine = {i for i in content_tokens(frame) if not doc[i].is_punct and not doc[i].is_space}
            hit = any(g and mine and 2 * len(g & mine) / (len(g) + len(mine)) >= 0.5 for g in gold.get(tok.i, ()))
            X.append(features(tok, frame, quoted))
            y.append(int(hit))
            if groups is not None:
                groups.append(path.name)
    return X, y


def fit(X: list[list[str]], y: list[int], l2: float, min_count: int, steps: int) -> dict[str, float]:
    """Weights of an L2 logistic regression over indicator features (Adagrad, full batch)."""
    counts = Counter(f for row in X for f in set(row))
    names = sorted(f for f, n in counts.items() if n >= min_count or f == "bias")
    index = {f: i for i, f in enumerate(names)}
    rows = np.array([r for r, row in enumerate(X) for f in row if f in index], dtype=np.int64)
    cols = np.array([index[f] for row in X for f in row if f in index], dtype=np.int64)
    target = np.array(y, dtype=np.float64)
    w = np.zeros(len(names))
    g2 = np.full(len(names), 1e-8)
    n = len(y)
    for _ in range(steps):
        z = np.bincount(rows, weights=w[cols], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        grad = np.bincount(cols, weights=(p - target)[rows], minlength=len(names)) / n + l2 * w
        g2 += grad * grad
        w -= 0.5 * grad / np.sqrt(g2)
    return dict(zip(names, w.tolist()))


def scores(weights: dict[str, float], X: list[list[str]]) -> np.ndarray:
    z = np.array([sum(weights.get(f, 0.0) for f in row) for row in X])
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def chosen_threshold(X: list[list[str]], y: list[int], groups: list[str], args: argparse.Namespace) -> tuple[float, np.ndarray]:
    """The threshold chosen on train alone: probabilities of each candidate from a model
    fitted without its article's fold (``--folds`` folds by file name), and the threshold
    that most raises the claims F1 of the lexicon (``--base-f1``; adding n cues of which t
    are right raises an F1 of F about as t - n·F/2 does)."""
    fold = np.array([hash_fold(g, args.folds) for g in groups])
    oof = np.zeros(len(y))
    for k in range(args.folds):
        train = np.flatnonzero(fold != k)
        w = fit([X[i] for i in train], [y[i] for i in train], args.l2, args.min_count, args.steps)
        held = np.flatnonzero(fold == k)
        oof[held] = scores(w, [X[i] for i in held])
    t = np.array(y)
    grid = [round(0.2 + 0.05 * i, 2) for i in range(13)]
    gains = [((oof >= th) & (t == 1)).sum() - (oof >= th).sum() * args.base_f1 / 2 for th in grid]
    return grid[int(np.argmax(gains))], oof


def hash_fold(name: str, folds: int) -> int:
    """A fold for a file name, the same on every run (no salted ``hash``)."""
    return sum(name.encode()) % folds


def report(name: str, p: np.ndarray, y: list[int], thresholds: list[float]) -> list[str]:
    """Candidate-level precision and recall at each threshold, one line each."""
    t = np.array(y)
    out = []
    for th in thresholds:
        sel = p >= th
        tp = int((sel & (t == 1)).sum())
        out.append(f"{name} threshold {th:.2f}: flagged {int(sel.sum())} of {len(y)} candidates, "
                   f"precision {tp / max(1, int(sel.sum())):.3f}, recall {tp / max(1, int(t.sum())):.3f} of {int(t.sum())} positives")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--dev", type=Path)
    ap.add_argument("--docbin")
    ap.add_argument("--dev-docbin")
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--steps", type=int, default=1500)
    ap.add_argument("--keep", type=int, default=2000)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--base-f1", type=float, default=0.78, help="the lexicon's claims content F1 on the training set")
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(OUT.parents[3])}")
    args = ap.parse_args(argv)
    groups: list[str] = []
    X, y = examples(args.data, args.docbin, groups)
    threshold, oof = chosen_threshold(X, y, groups, args)
    weights = fit(X, y, args.l2, args.min_count, args.steps)
    kept = sorted(weights.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:args.keep]
    weights = dict(kept)
    ths = sorted({0.3, 0.4, 0.5, 0.6, threshold})
    lines = [f"threshold {threshold} chosen on {args.folds}-fold held-out probabilities of {args.data.name}"]
    lines += report(f"train, {args.folds}-fold held out", oof, y, ths)
    if args.dev:
        Xd, yd = examples(args.dev, args.dev_docbin)
        lines += report(f"held out ({args.dev.name})", scores(weights, Xd), yd, ths)
    print("\n".join(lines))
    if args.write:
        header = [
            "# Weights of the learned cue detector (tui/analysis/cue_model.py): feature<TAB>weight, logistic regression.",
            f"# Produced by benchmarks/cue_model.py from {args.data.name} (PolNeAR train split, read at run time; no text here)",
            f"# l2 {args.l2}, min count {args.min_count}, {args.steps} Adagrad steps, the {len(weights)} largest weights kept.",
            "# Candidate-level figures (a candidate is right when its frame's content matches a gold content, Dice >= .5):",
            *(f"#   {line}" for line in lines),
            f"# threshold: {threshold}",
        ]
        body = [f"{name}\t{w:.4f}" for name, w in sorted(weights.items())]
        OUT.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
