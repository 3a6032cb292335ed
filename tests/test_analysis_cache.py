"""The reader's analysis cache: kept once computed, then read back without spaCy."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from dataclasses import replace

from conftest import ROOT, SEED

from tui.analysis.engine import analyze
from tui.analysis.version import engine_version
from tui.analysis_cache import cached, keep
from tui.ingest import load
from tui.model import Article
from tui.paths import database_path


def test_keep_then_cached_without_spacy(nlp) -> None:
    article = load(str(SEED))
    assert cached(article, None) is None
    computed = analyze(article)
    keep(computed)
    again = cached(article, None)
    assert again is not None
    assert again.article is article
    assert again.to_json() == computed.to_json()
    # A fresh process reads the cache and never imports spaCy (the reader's fast path). The
    # engine's files may be edited while the tests run: key its copy by the engine on disk now.
    keep(replace(computed, engine_version=engine_version.__wrapped__()))
    probe = (
        "import sys\n"
        "from tui.analysis_cache import cached\n"
        "from tui.ingest import load\n"
        f"a = cached(load({str(SEED)!r}), None)\n"
        "print(len(a.claims), 'spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == [str(len(computed.claims)), "False"]


def test_a_library_that_cannot_be_read_is_a_cache_miss() -> None:
    """The reader's cache lookup never fails the analysis: a library it cannot read (here, of a
    newer schema) has nothing cached, and the engine computes."""
    database_path().parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(database_path())
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    assert cached(Article(text="Council votes\n\nThe council voted on Monday."), None) is None
