"""``newsread analyze PATH...``: the engine's JSON contract on stdout, one object per input
(per entry, in feed order, for a feed; ``--entries N`` takes the first N).

Cached analyses are looked up before anything imports spaCy (the model part of the cache key
comes from the pipeline's meta.json), so a re-run over the same texts costs no model load;
only the misses are analysed, together, in one ``nlp.pipe`` batch. A bad input is told on
stderr as soon as it is met, the others are still printed, and the exit status says so.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from tui.config import load_config
from tui.errors import NewsreadError
from tui.model import Article
from tui.reading import articles_to_analyse


def run(args: argparse.Namespace) -> int:
    model = args.model or load_config().model
    articles: list[Article] = []
    status = 0
    for path in args.paths:
        try:
            found = articles_to_analyse(path, args.encoding, args.entries)
        except NewsreadError as exc:
            found = [exc]
        for item in found:
            if isinstance(item, NewsreadError):
                print(f"newsread: {item}", file=sys.stderr)
                status = 2
            else:
                articles.append(item)
    if not articles:
        return status
    results = _analyses(articles, model, use_cache=not args.no_cache)
    _print(results, args.format, several=len(args.paths) > 1 or len(results) > 1)
    return status


def _analyses(articles: list[Article], model: str, use_cache: bool) -> list[dict[str, Any]]:
    """The analysis of every article, in order: from the cache where possible, else computed.

    ``--no-cache`` neither reads nor writes the store, so scoring and benchmark runs leave
    the user's library as it was.
    """
    if not use_cache:
        return [_for_input(data, a) for a, data in zip(articles, _compute(articles, model))]
    from tui.analysis.service import cached_json
    from tui.store.database import Store

    with Store.open() as store:
        found = [cached_json(store, a, model) for a in articles]
        misses = [a for a, f in zip(articles, found) if f is None]
        computed = iter(_compute(misses, model))
        for i, f in enumerate(found):
            if f is None:
                found[i] = next(computed)
                if store.writable:  # a read-only library still gets its analyses printed
                    store.save_analysis(found[i])
    return [_for_input(data, a) for a, data in zip(articles, found)]


def _compute(articles: list[Article], model: str) -> list[dict[str, Any]]:
    """Analyses of ``articles`` in one batch; the same text given twice is analysed once."""
    if not articles:
        return []
    from tui.analysis.engine import analyze_articles

    distinct = list({a.id: a for a in articles}.values())
    by_id = {an.article.id: an.to_json() for an in analyze_articles(distinct, model)}
    return [by_id[a.id] for a in articles]


def _for_input(data: dict[str, Any], article: Article) -> dict[str, Any]:
    """A stored analysis as this input sees it: its own path and metadata, the stored findings."""
    out = {"schema": data["schema"], "engine": data["engine"]}
    if article.input is not None:
        out["input"] = article.input
    out["article"] = article.to_json()
    out.update((k, v) for k, v in data.items() if k not in out and k != "input")
    return out


def _print(results: list[dict[str, Any]], fmt: str, several: bool) -> None:
    """jsonl: one line each; json: one pretty object, or an array of them for several inputs."""
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    if fmt == "jsonl":
        for data in results:
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(json.dumps(results if several else results[0], ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()
