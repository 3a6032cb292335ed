"""How fast `newsread analyze` is, measured against raw spaCy on the same texts in the same run.

    .venv/bin/python benchmarks/analyze_speed.py [--runs 3] [--copies 40] [--limit N]

1. cold: `newsread analyze --format jsonl --no-cache FILE...` over many articles against raw
   spaCy over the same files, both as whole processes (start-up, model load, reading the files,
   `nlp.pipe`), in words/second; the floor is 0.75x raw spaCy. With the model already loaded
   in this process, `nlp.pipe` and the engine (`analyze_articles`) are timed too, to tell
   the engine's own cost from start-up.
2. cached: `newsread analyze SEED` once to fill the cache, then again: total process time
   (user + system CPU, and wall), whose floor is 0.3 s — a cache hit must not import spaCy.

Texts: the PolNeAR dev articles in ../shared/eval/data/polnear-dev when that folder exists
(read at run time, never copied), else the bundled seed repeated with varied names.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_328267cee0c06e12.txt"
DEV = ROOT.parent / "shared" / "eval" / "data" / "polnear-dev"
NEWSREAD = [sys.executable, "-m", "tui"]
RAW_SPACY = [sys.executable, "-c", (
    "import sys; from pathlib import Path; from tui.analysis.pipeline import load_pipeline\n"
    "nlp = load_pipeline(None)\n"
    "for doc in nlp.pipe((Path(p).read_text(encoding='utf-8') for p in sys.argv[1:]), batch_size=32): pass\n"
)]
THROUGHPUT_FLOOR = 0.75
CACHED_CEILING = 0.3

NAMES = ["Ramadi", "Mosul", "Falluja", "Tikrit", "Kirkuk", "Basra", "Najaf", "Karbala", "Samarra", "Baiji"]
PEOPLE = ["Haider al-Abadi", "Nouri al-Maliki", "Ayad Allawi", "Adil Abdul-Mahdi", "Fuad Masum"]


def _texts(tmp: Path, copies: int) -> list[Path]:
    """The articles to analyse, as files (the command reads files)."""
    if DEV.is_dir():
        return sorted(DEV.glob("*.txt"))
    seed = SEED.read_text(encoding="utf-8")
    paths = []
    for i in range(copies):
        text = seed.replace("Ramadi", NAMES[i % len(NAMES)]).replace("Haider al-Abadi", PEOPLE[i % len(PEOPLE)])
        paths.append(tmp / f"article_{i:03d}.txt")
        paths[-1].write_text(f"{text}\n\n(Copy {i}.)\n", encoding="utf-8")
    return paths


def process_times(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one child process, with the processes it
    waited for (the workers of `--jobs`)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(argv, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--copies", type=int, default=40, help="seed copies when the dev set is absent")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles (quick runs)")
    args = ap.parse_args()

    sys.path.insert(0, str(ROOT))
    from tui.analysis.engine import analyze_articles
    from tui.analysis.pipeline import load_pipeline
    from tui.ingest import load

    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        env = dict(os.environ, NEWSREAD_DATA_DIR=str(tmp / "data"), NEWSREAD_CONFIG=str(tmp / "none.toml"))
        paths = _texts(tmp, args.copies)[:args.limit or None]
        articles = [load(str(p)) for p in paths]
        texts = [a.text for a in articles]
        words = sum(len(t.split()) for t in texts)
        source = DEV.name if DEV.is_dir() else f"seed x{len(paths)}"
        print(f"texts: {len(paths)} articles ({source}), {words} words; {args.runs} runs each")

        nlp = load_pipeline(None)
        raw, engine, raw_proc, cold = [], [], [], []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            for _doc in nlp.pipe(texts, batch_size=32):
                pass
            raw.append(words / (time.perf_counter() - t0))
            t0 = time.perf_counter()
            for _analysis in analyze_articles(articles):
                pass
            engine.append(words / (time.perf_counter() - t0))
            wall, _cpu = process_times([*RAW_SPACY, *map(str, paths)], env)
            raw_proc.append(words / wall)
            wall, _cpu = process_times([*NEWSREAD, "analyze", "--format", "jsonl", "--no-cache", *map(str, paths)], env)
            cold.append(words / wall)
        raw_m, engine_m, raw_proc_m, cold_m = (statistics.median(x) for x in (raw, engine, raw_proc, cold))
        ratio = cold_m / raw_proc_m
        print(f"raw spaCy nlp.pipe, model loaded         {raw_m:9.0f} words/s")
        print(f"engine analyze_articles, model loaded    {engine_m:9.0f} words/s  ratio {engine_m / raw_m:.2f}")
        print(f"raw spaCy, whole process                 {raw_proc_m:9.0f} words/s")
        print(f"newsread analyze, cold, whole process    {cold_m:9.0f} words/s  ratio {ratio:.2f}"
              f"  (floor {THROUGHPUT_FLOOR}: {'ok' if ratio >= THROUGHPUT_FLOOR else 'BELOW'})")

        cached_argv = [*NEWSREAD, "analyze", "--format", "jsonl", str(SEED)]
        process_times(cached_argv, env)  # fills the cache
        hits = [process_times(cached_argv, env) for _ in range(max(args.runs, 5))]
        wall_m = statistics.median(h[0] for h in hits)
        cpu_m = statistics.median(h[1] for h in hits)
        print(f"cached analyze of the seed: process CPU {cpu_m:.3f} s, wall {wall_m:.3f} s"
              f"  (ceiling {CACHED_CEILING} s: {'ok' if cpu_m <= CACHED_CEILING else 'ABOVE'}, "
              f"ratio {cpu_m / CACHED_CEILING:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
