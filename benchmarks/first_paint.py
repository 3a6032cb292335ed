"""Time to first paint and key latency of the reader, against a bare Textual app as the floor.

Each first-paint run is a fresh process, timed from just before it is spawned until the
compositor hands the terminal an update holding the first words of the article's first
paragraph (headless: the update is inspected, not written). The reader runs through the real
``newsread PATH`` code path (argument parsing, ingest, store, app); the floor is Header +
Static + Footer showing the same paragraph. Key latency (``j``, ``G``) is measured in one
process on the long article: from the key event posted to the screen update that shows it.

    .venv/bin/python benchmarks/first_paint.py [--runs 7]

Goals: seed within 1.5x the floor, 50,000 words within 2x, keys under 50 ms median.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_328267cee0c06e12.txt"
SIZE = (100, 30)

# Patch App._display so that the first update holding MARKER prints the time and ends the
# process (teardown is not part of first paint). Headless apps compose and render as usual.
# The reader's App is patched only when the reader runs it (in run_app), not imported up
# front: the reader's own order of work before that (the engine process started before
# Textual is imported) is part of what is measured.
PAINT_PROBE = """
import os, sys, time
T0, MARKER = float(sys.argv[1]), sys.argv[2]
EARLY = []  # the reader's: whether the engine's process was running before the app ran
def engine_cpu():
    # seconds of CPU the engine's process has used so far (Linux: its /proc stat; else 0)
    mp = sys.modules.get("multiprocessing")
    used = 0.0
    for child in mp.active_children() if mp else ():
        try:
            fields = open("/proc/%d/stat" % child.pid).read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        used += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return used
def end_children():
    # what quitting the reader does (run_app stops its engine): a worker left running past
    # os._exit would take a core from the next run being timed
    mp = sys.modules.get("multiprocessing")
    for child in mp.active_children() if mp else ():
        child.kill()
        child.join(1)
def probe_app(App):
    from textual._compositor import CompositorUpdate
    from rich.console import Console
    _console = Console(width={w}, height={h}, color_system=None, force_terminal=True)
    _display = App._display
    def probe(self, screen, renderable):
        if isinstance(renderable, CompositorUpdate) and MARKER in renderable.render_segments(_console):
            print(time.time() - T0, time.process_time(), engine_cpu(), int(any(EARLY)), flush=True)
            end_children()
            os._exit(0)
        _display(self, screen, renderable)
    App._display = probe
    _run = App.run
    def run(self, *args, **kwargs):
        kwargs.update(headless=True, size=({w}, {h}))
        return _run(self, *args, **kwargs)
    App.run = run
""".format(w=SIZE[0], h=SIZE[1])

READER = PAINT_PROBE + """
import tui.commands.read as read
read.missing_terminal = lambda: None  # headless: no terminal is needed, none is there
_run_app = read.run_app
def run_app(app):
    from textual.app import App
    EARLY.append(app.engine is not None)
    probe_app(App)
    return _run_app(app)
read.run_app = run_app
from tui.cli import main
main([sys.argv[3]])
"""

FLOOR = PAINT_PROBE + """
from textual.app import App
from textual.widgets import Footer, Header, Static
probe_app(App)
class Bare(App):
    def compose(self):
        yield Header()
        yield Static(MARKER)
        yield Footer()
Bare().run()
"""

KEYS = {"j": (("j", "j"),), "G": (("G", "G"), ("g", "g"))}
"""Label → the keys pressed in turn, each timed: j moves down, G goes to the end and g back."""


async def key_latency(app: Any, keys: dict[str, tuple[tuple[str, str], ...]], presses: int = 15,
                      prepare: Callable[[Any], None] | None = None) -> dict[str, float]:
    """Median ms from a key event posted to the screen update that shows it, per label.

    ``keys``: label → (key name, character) pairs pressed in turn; ``prepare`` runs on the app
    once it has painted, before the first key.
    """
    from textual import events
    from textual._compositor import CompositorUpdate
    from textual.app import App

    painted = asyncio.Event()
    display = App._display

    def probe(self: App, screen: Any, renderable: Any) -> None:
        display(self, screen, renderable)
        if isinstance(renderable, CompositorUpdate):
            painted.set()

    App._display = probe  # type: ignore[method-assign]
    out: dict[str, float] = {}
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            if prepare is not None:
                prepare(app)
                await pilot.pause()
            for label, sequence in keys.items():
                times = []
                for _ in range(presses):
                    for key, character in sequence:
                        await pilot.pause(0.05)
                        painted.clear()
                        start = time.perf_counter()
                        app.post_message(events.Key(key, character))
                        await asyncio.wait_for(painted.wait(), 10)  # a key that paints nothing fails, not hangs
                        times.append(time.perf_counter() - start)
                out[label] = statistics.median(times) * 1000
    finally:
        App._display = display  # type: ignore[method-assign]
    return out


def long_article(path: Path, words: int = 50_000) -> str:
    """A made-up article of ``words`` words: a headline, then paragraphs of 3-6 sentences."""
    rng = random.Random(7)
    vocab = ("the council said on Monday that a new bridge over river would open after "
             "years of delay officials and residents in northern town welcomed plan which "
             "costs million dollars according to report published by ministry").split()
    names = ["Ramadi", "Anbar", "Baghdad", "Palmyra", "UNESCO", "Abadi", "Barazi"]
    out, count = ["Council approves the long-delayed bridge over the river\n"], 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(3, 6)):
            n = rng.randint(8, 24)
            body = [rng.choice(vocab + names) for _ in range(n)]
            sentences.append(" ".join(body).capitalize() + ".")
            count += n
        out.append(" ".join(sentences))
    path.write_text("\n\n".join(out) + "\n", encoding="utf-8")
    return " ".join(out[1].split()[:4])


def with_bytecode(folder: Path) -> None:
    """Let the runs cache their bytecode (in ``folder``, not the source tree), as an installed
    newsread has it: where PYTHONDONTWRITEBYTECODE is set, every run would otherwise compile
    newsread's modules anew while the floor's (Textual's) come compiled, and the ratio would
    measure the compiler."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")


@dataclass(frozen=True)
class Probed:
    """One probed run: seconds from just before the process was spawned to the marker on
    screen (``wall``), CPU seconds its own process (``cpu``) and the reader's engine process
    (``engine_cpu``, 0 where it has none) had used by then, and whether the reader started
    its engine before the app ran (``early``: the CLI saw a spare core)."""

    wall: float
    cpu: float
    engine_cpu: float
    early: bool


def probed(script: str, marker: str, *args: str, timeout: float = 120) -> Probed:
    """Run a probe script (``READER`` or ``FLOOR``) until ``marker`` is painted."""
    start = time.time()
    out = subprocess.run([sys.executable, "-c", script, str(start), marker, *args],
                         capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    if out.returncode != 0 or not out.stdout.strip():
        raise SystemExit(f"run failed ({out.returncode}): {out.stderr.strip()[-2000:]}")
    wall, cpu, engine, early = out.stdout.split()[:4]
    return Probed(float(wall), float(cpu), float(engine), early == "1")


def first_paint(script: str, marker: str, *args: str, timeout: float = 120) -> float:
    """Seconds from spawning a probe script to ``marker`` on screen (see ``probed``)."""
    return probed(script, marker, *args, timeout=timeout).wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        long_path = Path(tmp) / "long.txt"
        long_marker = long_article(long_path)
        seed_marker = "The Islamic State (ISIS) group on Sunday"
        env_note = f"{args.runs} runs each, {SIZE[0]}x{SIZE[1]}, headless"
        os.environ["NEWSREAD_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ["NEWSREAD_CONFIG"] = str(Path(tmp) / "config.toml")
        with_bytecode(Path(tmp))
        cases = {
            "floor (Header+Static+Footer)": (FLOOR, seed_marker),
            "reader, seed": (READER, seed_marker, str(SEED)),
            "reader, 50,000 words": (READER, long_marker, str(long_path)),
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        first_paint(FLOOR, seed_marker)  # warm the file cache and .pyc files
        for _ in range(args.runs):  # interleaved, so that a slow moment hurts all alike
            for name, case in cases.items():
                times[name].append(first_paint(*case))
        floor = statistics.median(times["floor (Header+Static+Footer)"])
        print(f"first paint ({env_note})")
        goals = {"reader, seed": 1.5, "reader, 50,000 words": 2.0}
        for name, runs in times.items():
            median = statistics.median(runs)
            goal = f"  (goal <= {goals[name]}x)" if name in goals else ""
            print(f"  {name:30} median {median * 1000:7.1f} ms  ratio {median / floor:4.2f}x{goal}")
        from tui.app import NewsreadApp
        from tui.config import Config
        from tui.ingest import load

        app = NewsreadApp(load(str(long_path)), Config(theme="textual-dark"))
        latency = asyncio.run(key_latency(app, KEYS))
        print("key latency on the 50,000-word article (median of 15; goal < 50 ms)")
        for key, ms in latency.items():
            print(f"  {key}: {ms:6.1f} ms")


if __name__ == "__main__":
    main()
