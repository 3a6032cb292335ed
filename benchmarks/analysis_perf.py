"""Every row of issue 11's table in one run, each against a floor measured in the same run.

1. keys during a cold analysis: ``j``/``k`` on a generated 50,000-word article while its
   analysis runs (fresh data dir, so the engine loads spaCy and analyses), from the key
   event posted to the screen update that shows the scroll; the floor is the same keys with
   the analysis off. Median, p99, max, presses over 100 ms, and event-loop stalls over
   100 ms (a task that sleeps 10 ms and notes how late it wakes).
2. what ``]``, ``s`` and ``1`` answer when pressed before the analysis is in (the status line).
3. peak RSS of ``newsread analyze --no-cache`` on generated articles of 10k, 25k and 50k
   words (the process's own maximum resident set, from ``wait4``); the floor is a Python
   that imports spaCy and loads the model.
4. first paint of the sample and 5. the sample's counts on screen, cold, each against the
   bare-Textual floor of ``first_paint.py`` (its probe and floor, imported, not copied).
   With row 5 the CPU the reader and its engine process had used by the counts, against the
   floor's own (on a machine with no spare core the counts wait for all of it), and in how
   many runs the engine was started before the first frame (the reader starts it after that
   frame where the load average is at twice the cores or more: two different timelines).
6. a 30,000-word article: time until its first highlights are on screen (its first chunk:
   the status line's ``analysing N%``), cold, against the same floor.
7. ``newsread analyze --jobs 2`` against ``--jobs 1`` in words/s over the dev sets (when the
   option exists), each run with the load average before it; the floor is what two processes
   of pure Python get done over one at the same moments (2x on idle cores, less on a shared
   machine: with the kernel's autogroup scheduling, a busy session elsewhere takes its share of
   the cores however many processes this one runs), and the CPU seconds of each tell the
   second process's own cost from contention, and what two idle cores would give at most.

    nice .venv/bin/python benchmarks/analysis_perf.py [--runs 3] [--skip rss,jobs,...]

Runs cache their bytecode, and the engine its compiled regular expressions, in a temporary
folder, as an installed newsread has them after its first run (``first_paint.with_bytecode``,
``NEWSREAD_CACHE_DIR``): a run to the sample's counts fills both before anything is timed.
Row 5b times the counts of the very first start, with no regular expressions kept yet.

Goals (issue 11): keys median <= 1.2x idle, p99 <= 33 ms, no gap over 100 ms; RSS <= 350 MB
and flat; first paint <= 1.3x; cold counts <= 4x; first highlights of 30k words <= 4 s;
--jobs 2 >= 1.7x --jobs 1.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from analysis_display import COUNTS_MARKER, FLOOR_MARKER  # noqa: E402
from analyze_speed import process_times  # noqa: E402
from first_paint import (FLOOR, READER, ROOT, SEED, SIZE, Probed, first_paint, long_article, probed,  # noqa: E402
                         with_bytecode)

DEV = next((p for p in (ROOT.parent / "shared" / "eval" / "data", ROOT.parent.parent / "shared" / "eval" / "data")
            if p.is_dir()), ROOT.parent / "shared" / "eval" / "data")
"""The dev sets (read at run time, never copied): beside the repository, or beside a worktree's folder."""
DEV_SETS = ("polnear-dev", "g5-dev")
NEWSREAD = [sys.executable, "-m", "tui"]
LOAD_MODEL = [sys.executable, "-c", "from tui.analysis.pipeline import load_pipeline; load_pipeline(None)"]
FIRST_CHUNK_MARKER = "%…"
"""On the status line once the first chunk of a long article is on screen (``analysing 5%…``)."""
STALL = 0.1
"""Seconds: a key slower than this, or an event loop late by this much, is a visible gap."""
LONG_WAIT = 900.0
"""Seconds a start-up run may take at most (a cold 30,000-word analysis on a busy machine)."""
KEY_WINDOW = float(os.environ.get("KEY_WINDOW", 90))
"""Seconds of keys during the cold analysis at most (it is stopped when the window ends)."""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def scroll_keys(app: Any, window: float, *, during_analysis: bool) -> dict[str, Any]:
    """Press j (20 times) then k (20 times), over and over, each timed from the key posted to
    the paint that shows the new scroll position; for ``window`` seconds, or until 40 presses
    after the analysis is shown when ``during_analysis``."""
    from textual import events
    from textual._compositor import CompositorUpdate
    from textual.app import App

    painted = asyncio.Event()
    target: list[float] = [-1.0, -1.0]  # the scroll position the key asks for; the line count then
    display = App._display

    def probe(self: App, screen: Any, renderable: Any) -> None:
        display(self, screen, renderable)
        view = getattr(self.screen, "view", None)
        # a paint after the article re-wrapped (the sidebar's column widened) moved every
        # line: the key's own scroll can no longer be told by its position, and this is it
        if isinstance(renderable, CompositorUpdate) and view is not None and (
                view.scroll_y == target[0] or view.line_count != target[1]):
            painted.set()

    stalls: list[float] = []

    async def watch_loop() -> None:
        while True:
            t0 = time.perf_counter()
            await asyncio.sleep(0.01)
            late = time.perf_counter() - t0 - 0.01
            if late > STALL:
                stalls.append(late)

    App._display = probe  # type: ignore[method-assign]
    times: list[float] = []
    told: dict[str, str] = {}
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            status = app.screen.query_one("#status")
            if during_analysis:
                while "analysing" not in str(status.render()):
                    await pilot.pause(0.05)
                for key, char in (("right_square_bracket", "]"), ("s", "s"), ("1", "1")):
                    app.post_message(events.Key(key, char))
                    await pilot.pause(0.15)
                    told[char] = str(status.render())
                app.post_message(events.Key("1", "1"))  # people highlighted again
            watcher = asyncio.get_running_loop().create_task(watch_loop())
            start, after = time.perf_counter(), 0
            view = app.screen.view
            i = 0
            while time.perf_counter() - start < window and after < 40:
                key = "j" if (i // 20) % 2 == 0 else "k"
                i += 1
                await asyncio.sleep(0.03)
                target[:] = [view.scroll_y + (1 if key == "j" else -1), view.line_count]
                painted.clear()
                t0 = time.perf_counter()
                app.post_message(events.Key(key, key))
                await asyncio.wait_for(painted.wait(), 30)
                times.append(time.perf_counter() - t0)
                if not during_analysis or app.screen.analysis is not None:
                    after += 1
            watcher.cancel()
            shown = app.screen.analysis is not None
    finally:
        App._display = display  # type: ignore[method-assign]
    return {"times": times, "stalls": stalls, "told": told, "shown": shown}


def key_rows(long_path: Path, tmp: Path) -> None:
    from tui.app import NewsreadApp
    from tui.config import Config
    from tui.ingest import load

    article = load(str(long_path))
    words = len(article.text.split())
    os.environ["NEWSREAD_DATA_DIR"] = str(tmp / "keys-idle")
    idle = asyncio.run(scroll_keys(NewsreadApp(article, Config(theme="textual-dark")), 20.0, during_analysis=False))
    os.environ["NEWSREAD_DATA_DIR"] = str(tmp / "keys-cold")
    app = NewsreadApp(article, Config(theme="textual-dark"), analyse=True)
    cold = asyncio.run(scroll_keys(app, KEY_WINDOW, during_analysis=True))
    floor = statistics.median(idle["times"])
    print(f"1. j/k latency, {words:,}-word article, key posted -> screen shows the scroll "
          f"(goal: median <= 1.2x idle, p99 <= 33 ms, no gap over {STALL * 1000:.0f} ms)")
    for name, run in (("analysis off (floor)", idle), ("cold analysis running", cold)):
        t = run["times"]
        slow = sum(x > STALL for x in t)
        print(f"   {name:24} n={len(t):4}  median {statistics.median(t) * 1000:6.1f} ms "
              f"({statistics.median(t) / floor:4.2f}x)  p99 {percentile(t, 0.99) * 1000:6.1f} ms  "
              f"max {max(t) * 1000:7.1f} ms  keys > {STALL * 1000:.0f} ms: {slow}  "
              f"loop stalls > {STALL * 1000:.0f} ms: {len(run['stalls'])}"
              + (f" (max {max(run['stalls']) * 1000:.0f} ms)" if run["stalls"] else ""))
    print(f"   analysis shown within the {KEY_WINDOW:.0f} s window: {'yes' if cold['shown'] else 'no'}")
    print("2. keys before the analysis is in (status line after the key)")
    for char, said in cold["told"].items():
        print(f"   {char}: {said}")


def peak_rss(argv: list[str], env: dict[str, str]) -> float:
    """MB: the maximum resident set of one child process (and its own children)."""
    proc = subprocess.Popen(argv, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{argv[2:]} failed: {proc.stderr.read().decode()[-2000:] if proc.stderr else ''}")
    return usage.ru_maxrss / 1024


def rss_rows(tmp: Path) -> None:
    env = dict(os.environ, NEWSREAD_DATA_DIR=str(tmp / "rss"))
    floor = peak_rss(LOAD_MODEL, env)
    print("3. peak RSS of `newsread analyze --no-cache` (goal <= 350 MB, flat in length)")
    print(f"   floor: spaCy imported, model loaded      {floor:7.0f} MB")
    for words in (10_000, 25_000, 50_000):
        path = tmp / f"rss-{words}.txt"
        long_article(path, words)
        mb = peak_rss([*NEWSREAD, "analyze", "--no-cache", "--format", "jsonl", str(path)], env)
        print(f"   {words:6,} words                            {mb:7.0f} MB  ({mb / floor:4.2f}x floor)", flush=True)


def start_rows(runs: int, tmp: Path) -> None:
    runs_of: dict[str, list[Probed]] = {}

    def with_data(data: Path, script: str, marker: str, *argv: str, name: str = "", cache: Path | None = None) -> float:
        os.environ["NEWSREAD_DATA_DIR"] = str(data)
        kept = os.environ["NEWSREAD_CACHE_DIR"]
        os.environ["NEWSREAD_CACHE_DIR"] = str(cache or kept)
        try:
            found = probed(script, marker, *argv, timeout=LONG_WAIT)
        finally:
            os.environ["NEWSREAD_CACHE_DIR"] = kept
        runs_of.setdefault(name, []).append(found)
        return found.wall

    seed_first_line = "The Islamic State (ISIS) group on Sunday"
    long30 = tmp / "long30.txt"
    long_article(long30, 30_000)
    cases = {
        "floor (bare Textual)": lambda i: with_data(tmp / "floor", FLOOR, FLOOR_MARKER, name="floor"),
        "4. sample, first paint": lambda i: with_data(tmp / f"paint{i}", READER, seed_first_line, str(SEED)),
        "5. sample, counts, cold": lambda i: with_data(tmp / f"cold{i}", READER, COUNTS_MARKER, str(SEED),
                                                       name="cold"),
        # the very first start after installing: no regular expressions kept yet (not a goal row)
        "5b. counts, cold, first start ever": lambda i: with_data(tmp / f"first{i}", READER, COUNTS_MARKER,
                                                                  str(SEED), cache=tmp / f"nocache{i}"),
        "6. 30k words, first highlights, cold": lambda i: with_data(tmp / f"long{i}", READER, FIRST_CHUNK_MARKER,
                                                                    str(long30)),
    }
    goals = {"4. sample, first paint": "<= 1.3x", "5. sample, counts, cold": "<= 4x",
             "6. 30k words, first highlights, cold": "<= 4 s"}
    times: dict[str, list[float]] = {name: [] for name in cases}
    first_paint(FLOOR, FLOOR_MARKER)  # warm the file cache and the bytecode
    with_data(tmp / "warm", READER, COUNTS_MARKER, str(SEED))  # the engine's too, and its regular expressions
    runs_of.clear()
    loads = []
    for i in range(runs):  # interleaved, so that a slow moment hurts all alike
        loads.append(os.getloadavg()[0])
        for name, run in cases.items():
            times[name].append(run(i))
    floor = statistics.median(times["floor (bare Textual)"])
    print(f"start-up, process start -> on screen ({runs} runs each, {SIZE[0]}x{SIZE[1]}, headless)")
    for name, found in times.items():
        median = statistics.median(found)
        goal = f"  (goal {goals[name]})" if name in goals else ""
        print(f"   {name:38} median {median * 1000:8.1f} ms  ratio {median / floor:5.2f}x{goal}", flush=True)
    cold, floor_cpu = runs_of["cold"], statistics.median(r.cpu for r in runs_of["floor"])
    reader, engine = statistics.median(r.cpu for r in cold), statistics.median(r.engine_cpu for r in cold)
    print(f"   row 5's CPU (median): reader {reader * 1000:.0f} ms + engine {engine * 1000:.0f} ms = "
          f"{(reader + engine) / floor_cpu:.2f}x the floor's {floor_cpu * 1000:.0f} ms (what the counts wait for "
          "where no core is spare)")
    print(f"   engine started before the first frame in {sum(r.early for r in cold)} of {len(cold)} runs (load "
          f"average {min(loads):.1f}-{max(loads):.1f}; from twice the cores it starts once the text is on screen)")


SPIN = [sys.executable, "-c", "x = 0\nfor i in range(20_000_000): x += i % 7"]
"""A core's worth of pure Python (about 2 s on an idle core): row 7's floor runs it alone, then
twice at once."""


def machine_ceiling() -> float:
    """What two processes get done over one on this machine now: ``SPIN`` alone, then two at
    once (2 for two idle cores; less while others' work takes its share)."""
    alone, _ = process_times(SPIN, dict(os.environ))
    t0 = time.perf_counter()
    both = [subprocess.Popen(SPIN) for _ in range(2)]
    for proc in both:
        proc.wait()
    return 2 * alone / (time.perf_counter() - t0)


def jobs_rows(runs: int, tmp: Path) -> None:
    help_text = subprocess.run([*NEWSREAD, "analyze", "--help"], capture_output=True, text=True, cwd=ROOT).stdout
    print("7. `newsread analyze --jobs 2` vs `--jobs 1`, words/s (goal >= 1.7x)")
    if "--jobs" not in help_text:
        print("   not measured: `newsread analyze` has no --jobs option yet")
        return
    paths = [p for name in DEV_SETS for p in sorted((DEV / name).iterdir()) if p.suffix in (".txt", ".md")]
    if not paths:
        print(f"   not measured: no dev sets under {DEV}")
        return
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    env = dict(os.environ, NEWSREAD_DATA_DIR=str(tmp / "jobs"))
    rates: dict[int, list[float]] = {1: [], 2: []}
    cpu: dict[int, list[float]] = {1: [], 2: []}
    ceilings, loads = [], []
    for _ in range(runs):  # interleaved, so that a slow moment hurts both alike
        loads.append(os.getloadavg()[0])
        ceilings.append(machine_ceiling())
        for jobs in (1, 2):
            argv = [*NEWSREAD, "analyze", "--no-cache", "--format", "jsonl", "--jobs", str(jobs), *map(str, paths)]
            wall, used = process_times(argv, env)
            rates[jobs].append(words / wall)
            cpu[jobs].append(used)
    ceilings.append(machine_ceiling())
    one, two = statistics.median(rates[1]), statistics.median(rates[2])
    ceiling = statistics.median(ceilings)
    print(f"   {len(paths)} files, {words:,} words, median of {runs}: --jobs 1 {one:6.0f} words/s, "
          f"--jobs 2 {two:6.0f} words/s, ratio {two / one:.2f}x")
    print("   each run: " + ", ".join(f"{b / a:.2f}x" for a, b in zip(rates[1], rates[2]))
          + "  (load average before each: " + ", ".join(f"{load:.1f}" for load in loads) + ")")
    print(f"   floor: two processes of pure Python vs one, before and after each run {ceiling:.2f}x "
          f"(2.00x on idle cores); "
          f"--jobs 2 got {two / one / ceiling:.0%} of it")
    cpu_one, cpu_two = statistics.median(cpu[1]), statistics.median(cpu[2])
    print(f"   CPU seconds, median: --jobs 1 {cpu_one:.1f}, --jobs 2 {cpu_two:.1f} (the second process's start "
          f"and model load, the hand-over): on two idle cores at most {2 * cpu_one / cpu_two:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each start-up and --jobs case")
    parser.add_argument("--skip", default="", help="comma-separated parts to leave out: keys,rss,start,jobs")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        os.environ["NEWSREAD_CONFIG"] = str(tmp / "config.toml")
        with_bytecode(tmp)
        os.environ["NEWSREAD_CACHE_DIR"] = str(tmp / "cache")
        if "keys" not in skip:
            long_path = tmp / "long50.txt"
            long_article(long_path, 50_000)
            key_rows(long_path, tmp)
        if "rss" not in skip:
            rss_rows(tmp)
        if "start" not in skip:
            start_rows(args.runs, tmp)
        if "jobs" not in skip:
            jobs_rows(args.runs, tmp)


if __name__ == "__main__":
    main()
