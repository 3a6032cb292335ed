"""``newsread analyze PATH...``: the engine's JSON contract on stdout, one object per input
(per entry, in feed order, for a feed; ``--entries N`` takes the first N).

Cached analyses are looked up before anything imports spaCy (the model part of the cache key
comes from the pipeline's meta.json), so a re-run over the same texts costs no model load;
only the misses are analysed, spread over ``--jobs`` processes (``tui.batch``; default: one
per core; with ``--no-cache`` every input is a miss, so those processes are started before the
inputs are read, and load the model meanwhile). Results come out in input
order as soon as each is known: ``--format jsonl`` writes and flushes each line then, so an
interruption at the 50th article keeps the 49 before it.

What goes wrong is told on stderr, one line each, and the others are still printed: a bad
input or an article the engine failed on as a whole is an error (exit status 2 at the end);
a sentence the engine could not analyse is a warning (the article's analysis is printed
without it). ``--debug`` or ``NEWSREAD_DEBUG=1`` adds the traceback. On a terminal, a
progress bar on stderr counts the articles done (``tui.widgets.analyze_progress``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from typing import TYPE_CHECKING, Any

from tui.batch import WORDS_PER_JOB, Batch, Outcome
from tui.config import default_jobs, load_config
from tui.errors import NewsreadError, tell
from tui.model import Article
from tui.oneline import dumps, inert, line

if TYPE_CHECKING:
    from tui.store.database import Store
    from tui.widgets.analyze_progress import AnalyzeProgress

BYTES_PER_WORD = 6
"""Bytes of a UTF-8 news text per whitespace word, about (6.1 over the PolNeAR and G5 dev articles)."""


def run(args: argparse.Namespace) -> int:
    model = args.model or load_config().model
    batch = Batch(model, args.jobs or default_jobs())
    try:
        if args.no_cache:  # every input is a miss: the processes load the model while this one reads
            batch.start(_local_words(args.paths) // WORDS_PER_JOB)
        return _run(args, model, batch)
    finally:
        batch.close()


def _local_words(paths: list[str]) -> int:
    """The words of the local files among ``paths``, roughly, before reading them (a word and
    its space take about ``BYTES_PER_WORD`` bytes)."""
    size = 0
    for path in paths:
        with suppress(OSError):  # not a file, or gone: it is told when it is read
            size += os.path.getsize(path) if os.path.isfile(path) else 0
    return size // BYTES_PER_WORD


def _run(args: argparse.Namespace, model: str, batch: Batch) -> int:
    from tui.reading import articles_to_analyse  # the ingest's parsers: imported once the pool starts

    debug = args.debug or os.environ.get("NEWSREAD_DEBUG", "") not in ("", "0")
    inputs: list[tuple[str, Article]] = []
    status = 0
    for path in args.paths:
        try:
            found = articles_to_analyse(path, args.encoding, args.entries)
        except NewsreadError as exc:
            found = [exc]
        for item in found:
            if isinstance(item, NewsreadError):
                tell(str(item))
                status = 2
            else:
                inputs.append((path, item))
                if item.notice:  # e.g. a front matter date left out: said, not fatal
                    tell(item.notice)
    if not inputs:
        return status
    out = _Output(args.format, several=len(args.paths) > 1 or len(inputs) > 1)
    articles = [a for _, a in inputs]
    bar = _progress(articles)
    try:
        for (path, article), outcome in zip(inputs, _outcomes(articles, model, not args.no_cache, batch)):
            if bar is not None:
                bar.done(len(article.text.split()))
            if isinstance(outcome, Exception):
                _tell(f"newsread: {path}: could not be analysed ({_why(outcome)})",
                      _traceback(outcome) if debug else "")
                status = 2
                continue
            data, failures = outcome
            for f in failures:
                _tell(f"newsread: warning: {path}: one sentence at {f.offset} could not be analysed ({f.error})",
                      f.detail if debug else "")
            out.write(_for_input(data, article))
    finally:
        if bar is not None:
            bar.close()
    out.close()
    return status


def _progress(articles: list[Article]) -> AnalyzeProgress | None:
    """A progress bar on stderr when it is a terminal and there is more than one article."""
    if len(articles) < 2 or not sys.stderr.isatty():
        return None
    from tui.widgets.analyze_progress import AnalyzeProgress

    return AnalyzeProgress(len(articles), sum(len(a.text.split()) for a in articles))


def _tell(message: str, detail: str) -> None:
    """A line on stderr (and, with --debug, a traceback), inert: both may quote the input."""
    sys.stderr.write(line(message) + "\n" + inert(detail))
    sys.stderr.flush()


def _why(exc: Exception) -> str:
    """Why an article failed as a whole, in a few words: the exception's class name, or, when
    its analysis process died under it (killed, out of memory), what happened in plain words."""
    if isinstance(exc, BrokenProcessPool):
        return "its analysis process ended before it was done: killed, or out of memory?"
    return type(exc).__name__


def _traceback(exc: Exception) -> str:
    import traceback

    return "".join(traceback.format_exception(exc))


def _outcomes(articles: list[Article], model: str, use_cache: bool, batch: Batch) -> Iterator[Outcome]:
    """The outcome of every article, in order, each as soon as it is known: from the cache
    where possible, else computed.

    ``--no-cache`` neither reads nor writes the store, so scoring and benchmark runs leave
    the user's library as it was.
    """
    if not use_cache:
        yield from _computed(articles, None, batch)
        return
    from tui.analysis_cache import cached_json
    from tui.store.database import Store

    with Store.open() as store:
        found = [cached_json(store, a, model) for a in articles]
        computed = _computed([a for a, f in zip(articles, found) if f is None], store, batch)
        for f in found:
            yield (f, []) if f is not None else next(computed)


def _computed(articles: list[Article], store: Store | None, batch: Batch) -> Iterator[Outcome]:
    """Outcomes of analysing ``articles`` with ``batch``'s processes, in order; the same text
    given twice is analysed once. A complete analysis is kept in ``store`` (when given and writable: a
    read-only library still gets its analyses printed); one with failures is not, so the
    next run tries again."""
    if not articles:
        return
    results = batch.analyses(list({a.id: a for a in articles}.values()))
    left = Counter(a.id for a in articles)
    known: dict[str, Outcome] = {}  # analysed, and asked for again further on
    for article in articles:
        outcome = known.get(article.id)
        if outcome is None:
            outcome = next(results)
            if store is not None and store.writable and not isinstance(outcome, Exception) and not outcome[1]:
                try:
                    store.save_analysis(outcome[0])
                except NewsreadError as exc:  # a full disk: printed all the same, not kept
                    tell(f"analysis not cached: {exc}")
        left[article.id] -= 1
        if left[article.id]:
            known[article.id] = outcome
        else:
            known.pop(article.id, None)
        yield outcome


def _for_input(data: dict[str, Any], article: Article) -> dict[str, Any]:
    """A stored analysis as this input sees it: its own path and metadata, the stored findings."""
    out = {"schema": data["schema"], "engine": data["engine"]}
    if article.input is not None:
        out["input"] = article.input
    out["article"] = article.to_json()
    out.update((k, v) for k, v in data.items() if k not in out and k != "input")
    return out


class _Output:
    """jsonl: one line per analysis, written and flushed at once; json: one pretty object,
    or an array of them for several inputs, written at the end."""

    def __init__(self, fmt: str, several: bool) -> None:
        self.fmt, self.several = fmt, several
        self.kept: list[dict[str, Any]] = []
        if hasattr(sys.stdout, "reconfigure"):
            sys.stdout.reconfigure(encoding="utf-8")

    def write(self, data: dict[str, Any]) -> None:
        if self.fmt == "jsonl":
            sys.stdout.write(dumps(data) + "\n")
            sys.stdout.flush()
        else:
            self.kept.append(data)

    def close(self) -> None:
        if self.fmt == "jsonl" or not (self.kept or self.several):
            return
        shown = self.kept if self.several else self.kept[0]
        sys.stdout.write(dumps(shown, indent=2) + "\n")
        sys.stdout.flush()
