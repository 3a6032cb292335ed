"""Articles the reader tests open: the bundled seed and one full of markup and escapes.

Built straight from the model (no ingest) so that the reader's tests test the reader only.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import AsyncIterator, Callable
from concurrent.futures import Future
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from tui.analysis_model import Analysis, Claim, Cue, Entity, Mention, Ref
from tui.config import Config
from tui.engine_process import Progress
from tui.model import Article, Span

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_328267cee0c06e12.txt"
SEED_TITLE = "Sunnis flee the violence in the city of Ramadi, Iraq"

HOSTILE_TEXT = (
    "Markup and escapes\n\n"
    "This has [bold]x[/bold] and [@click=app.quit]quit[/] in it.\n\n"
    "Clear: \x1b[2J done. Clipboard: \x1b]52;c;aGVsbG8=\x07 end. Bell \x07 and DEL \x7f here.\n\n"
    "Last line.\n"
)


def seed_article() -> Article:
    return Article(text=SEED.read_text(encoding="utf-8"), title=SEED_TITLE, source="Reuters",
                   published="2015-05-17T10:00:00Z", input=str(SEED))


def hostile_article() -> Article:
    return Article(text=HOSTILE_TEXT, title="Title [b]bold[/b] \x1b[31mred", source="\x1b]52;c;eA==\x07src")


def crowded(speakers: int) -> Analysis:
    """An article of ``speakers`` lines "Speaker K said the plan would work.", each a claim whose
    source is an entity of its own (a long article's four-digit counts, without the engine)."""
    lines, entities, claims, sentences = ["Many voices on one plan"], [], [], []
    at = len(lines[0]) + 2
    for k in range(speakers):
        line = f"Speaker {k} said the plan would work."
        name, cue = line.index(" said"), line.index("said")
        entities.append(Entity(f"e{k}", "PERSON", f"Speaker {k}", [Mention(at, at + name, line[:name])]))
        claims.append(Claim(f"c{k}", "indirect", Span(at + cue + 5, at + len(line) - 1, line[cue + 5:-1]),
                            Cue(at + cue, at + cue + 4, "said", "say"), Ref(at, at + name, line[:name], f"e{k}")))
        sentences.append((at, at + len(line)))
        lines.append(line)
        at += len(line) + 2
    article = Article(text="\n\n".join(lines) + "\n", title=lines[0])
    return Analysis(article, "test", "none", entities, claims, [], sentences)


def reader_app(article: Article | None = None, config: Config | None = None):
    """A reader on ``article`` (the seed by default) with a fixed theme, for stable pictures."""
    from tui.app import NewsreadApp

    return NewsreadApp(article or seed_article(), config or Config(theme="textual-dark"))


@asynccontextmanager
async def reading(article: Article | None = None, config: Config | None = None,
                  size: tuple[int, int] = (80, 24)) -> AsyncIterator[tuple]:
    """``(app, pilot)`` of a reader that has painted its first screen."""
    app = reader_app(article, config)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        yield app, pilot


@asynccontextmanager
async def showing(analysis: Analysis, size: tuple[int, int] = (120, 40)) -> AsyncIterator[tuple]:
    """``(app, pilot)`` of a reader on ``analysis``'s article, its store reads (notes, reviews)
    done, with ``analysis`` shown as if the worker had brought it."""
    app = reader_app(analysis.article)
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.screen.show_analysis(analysis)
        await pilot.pause()
        yield app, pilot


class FakeEngine:
    """Stands in for the engine process: ``analyse`` runs ``compute`` in a thread of this one
    (so a test's monkeypatches apply: ``FakeEngine(lambda a: tui.engine_process.compute(a,
    None))`` runs the real worker's code here); ``updates`` feeds ``progress``."""

    def __init__(self, compute: Callable[[Article], Analysis]) -> None:
        self.compute = compute
        self.updates: queue.SimpleQueue[Progress] = queue.SimpleQueue()

    def analyse(self, article: Article, at: int = 0) -> Future[Analysis]:
        future: Future[Analysis] = Future()

        def run() -> None:
            try:
                future.set_result(self.compute(article))
            except Exception as exc:  # noqa: BLE001 - handed to the reader, as the real engine does
                future.set_exception(exc)

        threading.Thread(target=run, daemon=True).start()
        return future

    def result(self, future: Future[Analysis]) -> Analysis:
        return future.result()

    def progress(self, timeout: float) -> Progress | None:
        try:
            return self.updates.get(timeout=timeout)
        except queue.Empty:
            return None

    def stop(self) -> None:
        pass

    def stop_idle(self) -> None:
        pass


def held(monkeypatch: Any, owner: object, name: str) -> threading.Event:
    """Make ``owner.name`` (a store read) wait until the event returned is set, as a slow
    read would (at most 30 s): what the reader does meanwhile can be tested."""
    release = threading.Event()
    original = getattr(owner, name)

    def waiting(*args: Any, **kwargs: Any) -> Any:
        release.wait(timeout=30)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, waiting)
    return release
