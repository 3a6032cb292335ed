"""Seconds per MB of the engine (spaCy and the extractors) on pathological text, against news
text of the same size measured in the same run.

    .venv/bin/python benchmarks/pathological_text.py [--size 100000] [--only NAME]

Each text is one document of ``--size`` characters, analysed as ``analyze_doc(nlp(text))``;
the time is CPU time of this process (``time.process_time``), so other work on the machine
does not count. The floor is news text: the PolNeAR dev articles in
../shared/eval/data/polnear-dev joined into one text when that folder exists (read at run
time, never copied), else the bundled seed repeated. Every pathological text must stay under
``RATIO_CEILING`` times news text per MB; each is also timed at a quarter of the size, and the
``growth`` column (seconds per MB at full size over a quarter) shows whether the work grows
faster than the text (1.0 is linear).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_328267cee0c06e12.txt"
DEV = ROOT.parent / "shared" / "eval" / "data" / "polnear-dev"
RATIO_CEILING = 3.0


def _news() -> str:
    if DEV.is_dir():
        return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt")))
    return SEED.read_text(encoding="utf-8")


def _fuzz(n: int) -> str:
    """Printable noise: letters, digits, punctuation, quote marks, brackets, spaces and breaks."""
    rng = random.Random(7)
    alphabet = "abcXYZ019 .,;:!?'\"“”‘’()[]{}<>-—–/\\@#$%&*+=_~`|\n\u00a0😀"
    return "".join(rng.choice(alphabet) for _ in range(n))


CASES: dict[str, Callable[[int], str]] = {
    "punctuation run": lambda n: "x" + "](" * (n // 2),
    "spaced symbols": lambda n: "] ( " * (n // 4),
    "one run-on sentence": lambda n: "word " * (n // 5),
    "nested reports": lambda n: "He said that she said that " * (n // 27),
    "quotes": lambda n: '"Yes," he said. ' * (n // 16),
    "pronoun sources": lambda n: "He said it. " * (n // 12),
    "unbalanced quotes": lambda n: "“Nobody knows " * (n // 14),
    "names": lambda n: "Ana Ruiz met Tom Hale in Leeds. " * (n // 32),
    "line breaks": lambda n: "Mayor:\n" * (n // 7),
    "no spaces": lambda n: "abc,def;" * (n // 8),
    "capitals then blanks": lambda n: "By AN LEE" + " \t" * (n // 2) + "x",  # a dateline's gaps
    "capitals and commas": lambda n: ", ".join(["OSLO BERGEN"] * (n // 13)),  # a dateline's places, on one line
    "fuzz": _fuzz,
}


def _sized(text: str, size: int) -> str:
    return (text * (size // max(1, len(text)) + 1))[:size]


def _seconds(nlp, text: str) -> float:
    from tui.analysis.engine import analyze_doc
    from tui.model import Article

    start = time.process_time()
    analysis = analyze_doc(nlp(text), Article(text=text), "bench", "bench")
    spent = time.process_time() - start
    assert not analysis.failures, analysis.failures[0].detail
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000, help="characters per text (default 100000)")
    parser.add_argument("--only", help="only the pathological case of this name")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from tui.analysis.pipeline import load_pipeline

    nlp = load_pipeline(None)
    nlp.max_length = max(nlp.max_length, args.size + 1)
    mb = args.size / 1_000_000
    news = _sized(_news(), args.size)
    _seconds(nlp, news[:2000])  # warm up
    floor = _seconds(nlp, news) / mb
    print(f"{'text':22} {'s/MB':>8} {'ratio':>6} {'growth':>7}")
    print(f"{'news (floor)':22} {floor:8.1f} {1.0:6.2f}")
    worst = 0.0
    for name, make in CASES.items():
        if args.only and name != args.only:
            continue
        full = _seconds(nlp, make(args.size)) / mb
        quarter = _seconds(nlp, make(args.size // 4)) / (mb / 4)
        ratio = full / floor
        worst = max(worst, ratio)
        print(f"{name:22} {full:8.1f} {ratio:6.2f} {full / quarter:7.2f}")
    print(f"worst ratio {worst:.2f} (ceiling {RATIO_CEILING}): {'ok' if worst < RATIO_CEILING else 'OVER'}")
    return 0 if worst < RATIO_CEILING else 1


if __name__ == "__main__":
    sys.exit(main())
