"""Time until the analysis is on screen, cold and cached, against the first-paint floor; and
the latency of the analysis keys on a long analysed article.

Each display run is a fresh ``newsread PATH`` process (the real CLI path: ingest, store, app,
worker), timed from just before it is spawned until the compositor hands the terminal an
update whose status line holds the counts ("… entities · … claims · … events"). Cold runs
start from an empty data dir, so the worker loads spaCy and analyses; cached runs reuse a
data dir where the analysis is stored, so spaCy is never imported. The floor is the bare
Textual app of ``first_paint.py`` (its probe and floor, imported, not copied), run in the
same loop so that a slow moment hurts all alike.

Key latency (``]``, ``[``, ``s``, ``j``) is measured in this process on a 50,000-word article
with its analysis shown (the seed repeated, with the seed's analysis over every copy): from
the key event posted to the screen update that shows its effect.

    .venv/bin/python benchmarks/analysis_display.py [--runs 5]

Goals: cached within 1.5x of the floor; keys under 50 ms median.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from first_paint import FLOOR, READER, SEED, SIZE, first_paint, key_latency, with_bytecode  # noqa: E402

from tui.analysis.chunks import moved  # noqa: E402
from tui.analysis.engine import analyze  # noqa: E402
from tui.analysis_model import Analysis  # noqa: E402
from tui.app import NewsreadApp  # noqa: E402
from tui.config import Config  # noqa: E402
from tui.ingest import load  # noqa: E402

COUNTS_MARKER = " entities · "
FLOOR_MARKER = "The Islamic State (ISIS) group on Sunday"

LONG_WORDS = 50_000
KEYS = {"]": (("right_square_bracket", "]"),), "[": (("left_square_bracket", "["),), "s": (("s", "s"),),
        "j": (("j", "j"),)}
"""15 presses of ] go through claims, [ comes back, s toggles to the source."""


def long_analysis(folder: Path) -> Analysis:
    """The seed repeated to 50,000 words, with the seed's analysis repeated over every copy.

    Real news prose at a real density of entities, claims and events, without analysing
    50,000 words in the benchmark (the engine's own benchmark times that).
    """
    seed = load(str(SEED))
    base = analyze(seed).to_json()
    copies = -(-LONG_WORDS // len(seed.text.split()))
    path = folder / "long.txt"
    text = "\n\n".join([seed.text] * copies)
    path.write_text(text, encoding="utf-8")
    article = load(str(path))
    if article.text != text:
        raise SystemExit("ingest changed the long article's text: the copied offsets would not hold")
    step = len(seed.text) + 2
    data: dict[str, Any] = {**base, "article": article.to_json(), "entities": [], "claims": [], "events": [],
                            "sentences": []}
    for k in range(copies):
        copy = moved(base, k * step, f"{k}:")
        for key in ("entities", "claims", "events", "sentences"):
            data[key] += copy[key]
    return replace(Analysis.from_json(data), article=article)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["NEWSREAD_CONFIG"] = str(Path(tmp) / "config.toml")
        with_bytecode(Path(tmp))
        cached_dir = Path(tmp) / "cached"

        def with_data(data: Path, script: str, marker: str, *argv: str) -> float:
            os.environ["NEWSREAD_DATA_DIR"] = str(data)
            return first_paint(script, marker, *argv)

        def cached_run(i: int) -> float:
            # Fill the cache first, untimed: the engine's version is a hash of its files, so an
            # edit to them during the run (development) would turn a cached run into a cold one.
            with_data(cached_dir, READER, COUNTS_MARKER, str(SEED))
            return with_data(cached_dir, READER, COUNTS_MARKER, str(SEED))

        cases = {
            "floor (first paint, bare Textual)": lambda i: with_data(Path(tmp) / "floor", FLOOR, FLOOR_MARKER),
            "analysis shown, cached": cached_run,
            "analysis shown, cold": lambda i: with_data(Path(tmp) / f"cold{i}", READER, COUNTS_MARKER, str(SEED)),
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        for i in range(args.runs):
            for name, run in cases.items():
                times[name].append(run(i))
        floor = statistics.median(times["floor (first paint, bare Textual)"])
        print(f"seed: process start until the analysis is shown ({args.runs} runs each, "
              f"{SIZE[0]}x{SIZE[1]}, headless)")
        goals = {"analysis shown, cached": 1.5}
        for name, runs in times.items():
            median = statistics.median(runs)
            goal = f"  (goal <= {goals[name]}x)" if name in goals else ""
            print(f"  {name:34} median {median * 1000:7.1f} ms  ratio {median / floor:4.2f}x{goal}", flush=True)

        analysis = long_analysis(Path(tmp))
        words = len(analysis.article.text.split())
        app = NewsreadApp(analysis.article, Config(theme="textual-dark"))
        latency = asyncio.run(key_latency(app, KEYS, prepare=lambda a: a.screen.show_analysis(analysis)))
        print(f"key latency on a {words:,}-word analysed article ({len(analysis.entities):,} entities, "
              f"{len(analysis.claims):,} claims, {len(analysis.events):,} events; median of 15; goal < 50 ms)")
        for key, ms in latency.items():
            print(f"  {key}: {ms:6.1f} ms")


if __name__ == "__main__":
    main()
