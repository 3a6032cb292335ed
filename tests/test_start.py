"""Start-up: what the reader does before its first frame, and when the engine starts.

No timings here (benchmarks/first_paint.py and analysis_perf.py measure them): these tests
pin the order of work that makes the start quick.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import wait
from contextlib import contextmanager
from dataclasses import replace
from importlib.resources import files
from pathlib import Path

import pytest
from reader_articles import SEED, reader_app
from seed_analysis import frozen_seed_analysis
from textual._compositor import CompositorUpdate
from textual.app import App

from tui.analysis.pipeline import model_key
from tui.analysis.version import engine_version
from tui.analysis_cache import cached, keep
from tui.app import FIRST_STYLES, LATER_STYLES, NewsreadApp
from tui.cli import main
from tui.commands import read
from tui.engine_process import EngineProcess
from tui.ingest import load
from tui.model import Article
from tui.store.database import Store

pytestmark = pytest.mark.anyio


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[tuple[NewsreadApp, list[int], int]]:
    """Each app the CLI runs (it is not run): the app, its engine's worker pids at that moment,
    and how many objects the collector had frozen then."""
    seen: list[tuple[NewsreadApp, list[int], int]] = []

    def run(app: NewsreadApp, **_: object) -> int:
        seen.append((app, app.engine.pids if app.engine is not None else [], gc.get_freeze_count()))
        return 0

    monkeypatch.setattr(NewsreadApp, "run", run)
    monkeypatch.setattr(read, "missing_terminal", lambda: None)  # as if in a terminal
    # the reader leaves with os._exit while a thread of its engine still winds down: here it
    # returns, and the CLI goes on to return the status
    monkeypatch.setattr(read.os, "_exit", lambda status: None)
    return seen


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_an_article_s_engine_is_started_before_the_app_runs_and_killed_after(started, monkeypatch) -> None:
    """Started ahead, loading its model, whether or not the analysis is cached (the reader
    reads the cache once on screen: nothing is asked of the engine before the app runs)."""
    monkeypatch.setattr(read, "spare_core", lambda: True)
    assert main([str(SEED)]) == 0
    ((app, pids, frozen),) = started
    assert app.engine is not None and len(pids) == 1 and app.engine._current is None
    assert frozen > 0 and gc.get_freeze_count() == 0  # frozen while the app ran, not after
    assert _gone(pids[0])  # quitting kills the worker, whatever it was doing


@pytest.fixture
def ahead(monkeypatch: pytest.MonkeyPatch) -> list[str | EngineProcess]:
    """In order: each engine the CLI starts ahead, and "read" when it files the input read in
    the library."""
    seen: list[str | EngineProcess] = []
    engine_ahead, filed = read._engine_ahead, read._filed

    def start(model: str | None) -> EngineProcess:
        seen.append(engine_ahead(model))
        return seen[-1]

    monkeypatch.setattr(read, "_engine_ahead", start)
    monkeypatch.setattr(read, "_filed", lambda *args: seen.append("read") or filed(*args))
    return seen


def test_the_engine_starts_before_the_article_is_read(started, ahead, monkeypatch) -> None:
    monkeypatch.setattr(read, "spare_core", lambda: True)
    assert main([str(SEED)]) == 0
    ((app, _, _),) = started
    assert ahead == [app.engine, "read"]


@pytest.mark.parametrize("in_cache", [True, False], ids=["cached", "not-cached"])
async def test_the_engine_started_ahead_is_stopped_once_the_reader_finds_the_cache_else_asked(
        ahead, monkeypatch, in_cache) -> None:
    """The CLI starts the engine before it knows whether the analysis is cached (the cache's
    modules are none of the first frame's); the reader, once on screen, reads the cache and
    stops the engine, which nothing was asked of, or asks that same worker for the analysis.
    The app is run here under Pilot, not by the CLI, whose way out stops the engine anyway."""
    monkeypatch.setattr(read, "spare_core", lambda: True)
    monkeypatch.setattr(read, "missing_terminal", lambda: None)  # as if in a terminal
    apps: list[NewsreadApp] = []
    monkeypatch.setattr(read, "run_app", lambda app: apps.append(app) or 0)
    article = load(str(SEED))
    kept = replace(frozen_seed_analysis(), article=article, engine_version=engine_version(), model=model_key(None))
    if in_cache:
        keep(kept)
    assert (cached(article, None) is not None) is in_cache
    assert main([str(SEED)]) == 0
    (app,) = apps
    engine, _ = ahead
    try:
        (pid,) = engine.pids
        assert app.engine is engine and app.analyse
        async with app.run_test(size=(100, 30)) as pilot:
            for _ in range(1200):
                await pilot.pause(0.05)
                if app.screen.analysis is not None:
                    break
            assert app.screen.analysis is not None and app.screen.analysis.article.id == article.id
            if in_cache:
                assert app.screen.analysis.claims == kept.claims
                assert engine.pids == [] and _gone(pid)
            else:
                assert engine.pids == [pid]  # the worker started ahead did the analysis
    finally:
        engine.stop()


def test_input_that_cannot_be_read_stops_the_engine_started_ahead(started, ahead, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(read, "spare_core", lambda: True)
    assert main([str(tmp_path / "missing.txt")]) == 2
    (engine,) = ahead  # told before anything is filed in the library
    assert started == [] and isinstance(engine, EngineProcess) and engine.pids == []


def test_the_article_is_filed_in_the_library_beside_the_app_s_import(started, monkeypatch) -> None:
    """The library's writes (an fsync per commit, a new library's schema first) wait on the
    disk in a thread of their own while the main thread imports the app; the article is in
    the library, and read last, before the app runs."""
    threads = []
    filed = read._filed
    monkeypatch.setattr(read, "_filed", lambda *args: threads.append(threading.current_thread()) or filed(*args))
    assert main([str(SEED), "--no-analysis"]) == 0
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    with Store.open() as store:
        last = store.last_read_article()
    assert last is not None and last.id == load(str(SEED)).id


def test_the_reader_keeps_the_regular_expressions_of_its_imports_apart_from_the_engine_s(started, monkeypatch) -> None:
    """The modules the reader imports before its first frame (Textual's stylesheet tokenizer,
    ours) compile their patterns from the reader's own kept file (``tui.regex_cache``), not
    the engine's, which each would otherwise write over with its own."""
    from tui.paths import cache_dir

    entered: list[Path] = []

    @contextmanager
    def kept(folder: Path):
        entered.append(folder)
        yield

    monkeypatch.setattr(read, "kept_regexes", kept)
    assert main([str(SEED), "--no-analysis"]) == 0
    assert entered == [cache_dir() / "reader"] and cache_dir() / "reader" != cache_dir()


def test_the_worker_yields_to_the_reader() -> None:
    """Its scheduling priority is lower than the reader's (a higher nice value), and so is
    that of the resource tracker started with it."""
    from multiprocessing import resource_tracker

    if os.getpriority(os.PRIO_PROCESS, 0) >= 19:
        pytest.skip("this process already has the lowest priority")
    engine = EngineProcess(None)
    try:
        engine.start()
        (pid,) = engine.pids
        tracker = resource_tracker._resource_tracker._pid
        assert tracker is not None
        for other in (pid, tracker):
            assert os.getpriority(os.PRIO_PROCESS, other) > os.getpriority(os.PRIO_PROCESS, 0)
    finally:
        engine.stop()


def test_the_worker_is_spawned_by_a_thread_of_its_own_and_stop_right_after_start_leaves_none() -> None:
    """``start`` spawns in a thread (its waits are not the reader's); any other method waits
    for that thread first, so a stop at once after the start (a feed, bad input) finds the
    worker and kills it rather than leaving one spawned after the stop."""
    import multiprocessing

    spawned_in: list[threading.Thread] = []
    engine = EngineProcess(None)
    started = engine._started

    def record():
        spawned_in.append(threading.current_thread())
        return started()

    engine._started = record  # type: ignore[method-assign]
    before = set(multiprocessing.active_children())
    engine.start()
    engine.stop()
    assert len(spawned_in) == 1 and spawned_in[0] is not threading.current_thread()
    assert engine.pids == []
    left = set(multiprocessing.active_children()) - before
    for p in left:  # a killed worker may take a moment to be reaped on a loaded machine; a leaked one never ends
        p.join(10)
    assert all(not p.is_alive() for p in left)


def test_a_start_that_fails_in_its_thread_leaves_no_worker_and_the_analysis_tells_why(monkeypatch, capsys) -> None:
    """No process could be made (a limit on processes, no memory): nothing is printed on the
    terminal from the start's thread, no worker is left, and the analysis that starts the
    engine again raises what goes wrong, for the reader to tell."""
    import tui.engine_process as engine_process

    def refused(*args, **kwargs):
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(engine_process, "ProcessPoolExecutor", refused)
    engine = EngineProcess(None)
    engine.start()
    assert engine.pids == []
    with pytest.raises(OSError, match="temporarily unavailable"):
        engine.analyse(Article(text="Ferry fares\n\nFares rise, the mayor said.\n"))
    engine.stop()
    assert capsys.readouterr().err == ""


def test_a_start_that_fails_once_the_worker_is_spawned_kills_that_worker(monkeypatch) -> None:
    """The pool spawns its worker, then its own thread cannot start (a limit on threads): the
    worker spawned is killed, not left loading a model for nobody."""
    import concurrent.futures.process as pool_module
    import multiprocessing

    def refused(self):
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(pool_module._ExecutorManagerThread, "start", refused)
    before = set(multiprocessing.active_children())
    engine = EngineProcess(None)
    engine.start()
    assert engine.pids == []
    assert set(multiprocessing.active_children()) - before == set()
    engine.stop()


def test_on_a_busy_machine_the_engine_waits_for_the_first_frame(started, monkeypatch) -> None:
    """No core to spare: the reader asks for the analysis once its text is on screen."""
    monkeypatch.setattr(read, "spare_core", lambda: False)
    assert main([str(SEED)]) == 0
    assert [app.engine for app, _, _ in started] == [None]


@pytest.mark.parametrize(("load_average", "cores", "spare"), [(0.4, 2, True), (2.5, 2, True), (4.0, 2, False),
                                                             (6.5, 2, False), (1.2, 1, True), (2.0, 1, False)])
def test_the_engine_starts_first_unless_every_core_is_saturated(monkeypatch, load_average, cores, spare) -> None:
    monkeypatch.setattr(os, "getloadavg", lambda: (load_average, 0.0, 0.0))
    monkeypatch.setattr("tui.config.default_jobs", lambda: cores)
    assert read.spare_core() is spare


def test_asking_again_for_the_article_under_way_gets_the_same_analysis() -> None:
    """A reader shown again while its analysis is under way (another reader's start cancelled
    its worker, not the analysis) asks for it again: the same future, not a killed worker and
    a new one."""
    article = load(str(SEED))
    engine = EngineProcess(None)
    try:
        first = engine.analyse(article)
        (pid,) = engine.pids
        assert engine.analyse(article, 40) is first and engine.pids == [pid]
        other = engine.analyse(Article(text=article.text + "\n"))
        assert other is not first and engine.pids != [pid]  # another article: a new worker
        wait([first], timeout=10)  # the pool's own thread fails the abandoned one, a moment later
        assert first.done()
    finally:
        engine.stop()


def test_stop_idle_stops_an_engine_nothing_was_asked_of_and_leaves_one_at_work() -> None:
    """What two readers may do at once (one finds its article's analysis cached, the other
    asks for another's): stopped while idle, the engine starts again for the next analysis;
    asked first, it is not stopped and its analysis comes."""
    article = Article(text="Ferry fares\n\nThe mayor of Kestrel, Ann Poole, said on Tuesday that fares would rise.\n")
    engine = EngineProcess(None)
    try:
        engine.start()
        (idle,) = engine.pids
        engine.stop_idle()
        assert engine.pids == [] and _gone(idle)
        asked = engine.analyse(article)  # the next reader's cache miss: a worker again
        (working,) = engine.pids
        engine.stop_idle()  # the other reader's cache hit, after it
        assert engine.pids == [working]
        found = engine.result(asked)
        assert found.article.id == article.id and "Ann Poole" in {e.name for e in found.entities}
        engine.stop_idle()  # done: kept, for the next analysis
        assert engine.pids == [working]
    finally:
        engine.stop()


@contextmanager
def _at_first_frame(seen: Callable[[App, CompositorUpdate], None]) -> Iterator[None]:
    """While the block runs, ``seen(app, update)`` is called with the first screen update
    of a run app, before it is written."""
    display = App._display
    first: list[bool] = []

    def probe(self: App, screen: object, renderable: object) -> None:
        if isinstance(renderable, CompositorUpdate) and not first:
            first.append(True)
            seen(self, renderable)
        display(self, screen, renderable)

    App._display = probe  # type: ignore[method-assign]
    try:
        yield
    finally:
        App._display = display  # type: ignore[method-assign]


async def test_the_first_frame_holds_the_text() -> None:
    """The view wraps on its first render: the first frame is not a blank page waiting for the
    Resize event that comes after it."""
    from rich.console import Console

    frames: list[str] = []
    console = Console(width=100, height=30, color_system=None)
    with _at_first_frame(lambda app, update: frames.append(update.render_segments(console))):
        app = reader_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
    assert "The Islamic State (ISIS) group on Sunday" in frames[0]


def _stylesheets(app: NewsreadApp) -> set[str]:
    """The names of the app's own stylesheets (styles/*.tcss) its stylesheet has read."""
    return {Path(path).name for path, _ in app.stylesheet.source if str(path).endswith(".tcss")}


def test_every_stylesheet_shipped_is_read_before_or_after_the_first_frame() -> None:
    shipped = {p.name for p in files("tui.styles").iterdir() if p.name.endswith(".tcss")}
    assert sorted(FIRST_STYLES + LATER_STYLES) == sorted(shipped)


async def test_the_first_frame_reads_the_reader_s_stylesheet_the_rest_come_after_it() -> None:
    """Parsing the stylesheets of what the first frame does not show (dialogs, highlights,
    the sidebar) waits for that frame, and so does styling the view's decorations (until the
    first is set); then they style the reader as before."""
    read_by_then: list[set[str]] = []
    with _at_first_frame(lambda app, update: read_by_then.append(_stylesheets(app))):
        app = reader_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            read_by_then.append(_stylesheets(app))
            view = app.screen.query_one("ArticleView")
            assert "article-view--ent-person" not in view._component_styles  # no decoration yet: not styled
            view.set_decorations("entities", [(0, 5, "ent-person")])
            person = view.get_component_styles("article-view--ent-person")
            await pilot.press("question_mark")
            await pilot.pause()
            help_width = app.screen.query_one("#help").styles.width
    assert read_by_then == [set(FIRST_STYLES), set(FIRST_STYLES + LATER_STYLES)]
    assert person.text_style.bold and person.color.hex == "#56B4E9"  # entities.tcss
    assert help_width is not None and help_width.value == 72  # help.tcss


async def test_a_dialog_opened_before_the_later_stylesheets_are_read_is_styled_by_them(monkeypatch) -> None:
    read_later = NewsreadApp.read_later_styles
    monkeypatch.setattr(NewsreadApp, "read_later_styles", lambda self: None)  # not yet
    app = reader_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen.query_one("#help").styles.width.value != 72  # help.tcss not read yet
        read_later(app)
        await pilot.pause()
        assert app.screen.query_one("#help").styles.width.value == 72
        await pilot.press("escape")
        await pilot.pause()
        view = app.screen.query_one("ArticleView")
        assert view.get_component_styles("article-view--ent-person").color.hex == "#56B4E9"


async def test_a_decoration_s_style_asked_for_before_the_later_stylesheets_are_read_reads_them(monkeypatch) -> None:
    """The sidebar's legend keeps the entity types' styles it is made with (``_type_styles``):
    asked for before the first frame's after-refresh has read entities.tcss (a cached
    analysis, a key typed ahead), they come from the whole stylesheet all the same."""
    call_after_refresh = NewsreadApp.call_after_refresh

    def not_after_refresh(self: NewsreadApp, callback, *args, **kwargs) -> bool:
        if getattr(callback, "__name__", "") == "read_later_styles":
            return True  # not yet: as if the styles were asked for before the first frame was done
        return call_after_refresh(self, callback, *args, **kwargs)

    monkeypatch.setattr(NewsreadApp, "call_after_refresh", not_after_refresh)
    app = reader_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert _stylesheets(app) == set(FIRST_STYLES)
        view = app.screen.query_one("ArticleView")
        person = view.get_visual_style("article-view--ent-person", partial=True)
        assert _stylesheets(app) == set(FIRST_STYLES + LATER_STYLES)
    assert person.bold and person.foreground is not None and person.foreground.hex.upper() == "#56B4E9"


def test_the_pipeline_loads_only_what_the_engine_runs(nlp) -> None:
    """The disabled sentence recogniser is not loaded; the bare tokenizer got the saved rules
    and patterns (a contraction, an abbreviation, a currency and a URL come apart as always)."""
    assert "senter" not in nlp.component_names
    words = [t.text for t in nlp.tokenizer("Don't the U.S. officials' e-mails cost $5,000 at https://example.org?")]
    assert words == ["Do", "n't", "the", "U.S.", "officials", "'", "e", "-", "mails", "cost", "$", "5,000", "at",
                     "https://example.org", "?"]


def test_the_saved_special_cases_are_taken_as_saved_and_one_added_later_is_checked(nlp) -> None:
    """The bare tokenizer loads the pipeline's special cases unchecked (spaCy's own refuses a
    saved case whose pieces do not make up its text; ours takes it as saved), holds all of
    them as spaCy's does, and checks a case added afterwards as spaCy would."""
    import srsly
    from spacy.attrs import ORTH
    from spacy.tokenizer import Tokenizer

    from tui.analysis.saved_rules import SavedRulesTokenizer

    saved = nlp.tokenizer.tokenizer.to_bytes(exclude=["vocab"])
    theirs, ours = Tokenizer(nlp.vocab).from_bytes(saved), SavedRulesTokenizer(nlp.vocab).from_bytes(saved)
    assert len(ours.rules) == len(theirs.rules) > 1000 and ours.rules == theirs.rules
    text = "I can't say the U.S. gov't won't pay $5,000 :) o.k.?"
    assert [(t.text, t.norm_, t.idx) for t in ours(text)] == [(t.text, t.norm_, t.idx) for t in theirs(text)]
    data = srsly.msgpack_loads(saved)
    data["exceptions"]["wannabe"] = [{ORTH: "wan"}, {ORTH: "nab"}]  # "wannab" is not "wannabe"
    broken = srsly.msgpack_dumps(data)
    with pytest.raises(ValueError, match="E997"):
        Tokenizer(nlp.vocab).from_bytes(broken)
    assert "wannabe" in SavedRulesTokenizer(nlp.vocab).from_bytes(broken).rules
    with pytest.raises(ValueError, match="E997"):
        ours.add_special_case("gonna", [{ORTH: "gon"}, {ORTH: "NA"}])


def test_the_vocabulary_s_saved_strings_are_not_loaded_yet_every_string_a_parse_shows_is_there(nlp) -> None:
    """The model's 84,780 saved strings are left on disk; the strings of a parse are added as
    it is made, so every attribute a token shows by its hash reads back. (The session's model
    holds the strings of every test's parse before this one, some ten thousand in the whole
    suite: far fewer than half the saved ones, which loading them would add at once.)"""
    assert len(nlp.vocab.strings) < 84_780 // 2
    doc = nlp("The mayor of Kestrel, Ann Poole, denied on Tuesday that the ferries were running late.")
    for token in doc:
        shown = [token.lemma_, token.norm_, token.tag_, token.dep_, token.ent_type_, str(token.morph),
                 token.shape_, token.prefix_, token.suffix_]
        assert all(isinstance(value, str) for value in shown)
    assert [t.lemma_ for t in doc if t.text in ("denied", "ferries", "were")] == ["deny", "ferry", "be"]
    assert {(e.text, e.label_) for e in doc.ents} >= {("Ann Poole", "PERSON"), ("Tuesday", "DATE")}


def test_the_reader_s_first_frame_imports_neither_importlib_resources_nor_the_analysis_cache() -> None:
    """The stylesheets' folder is the tui.styles package's own, and the analysis cache is read
    by the reader's analysis thread once the text is on screen: the reader of a named article
    imports neither importlib.resources (zipfile with it) nor the cache's modules (and the
    engine's key: its pipeline and version modules) before its first frame, some 15 ms of a
    first paint of ~300 (the bare-Textual floor imports none of them); nor the analysis's
    dataclasses (tui.analysis_model, ~7 ms to make). In a fresh interpreter."""
    import subprocess

    script = ("import sys, tui.app, tui.commands.read as read\n"
              "read.spare_core = lambda: False  # no engine process: its imports are the worker's\n"
              "read.missing_terminal = lambda: None\n"
              "unwanted = {'importlib.resources', 'zipfile', 'tui.analysis_cache', 'tui.analysis.pipeline',\n"
              "            'tui.analysis_model'}\n"
              "read.run_app = lambda app: print(sorted(unwanted & set(sys.modules))) or 0\n"
              "from tui.cli import main\n"
              f"assert main([{str(SEED)!r}]) == 0\n"  # the CLI's whole way to the app, the article filed
              "print(all(p.is_file() for p in tui.app.NewsreadApp.CSS_PATH))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["[]", "True"]


def test_spacy_is_imported_without_its_command_line_pydantic_v1_yaml_or_requirements_which_still_work(
        tmp_path: Path) -> None:
    """In a fresh interpreter (this one has spaCy already)."""
    import subprocess

    script = ("import sys\n"
              "from tui.analysis.pipeline import import_spacy\n"
              "spacy = import_spacy()\n"
              "print('typer' in sys.modules, 'spacy.cli' in sys.modules, 'pydantic.v1' in sys.modules)\n"
              "print('srsly.ruamel_yaml' in sys.modules, 'packaging.requirements' in sys.modules)\n"
              "import srsly, spacy.util\n"
              "print(srsly.yaml_loads('kept: 3') == {'kept': 3}, spacy.util.split_requirement('spacy>=3.8'))\n"
              "import spacy.cli\n"
              "print(callable(spacy.cli.info), spacy.cli.__file__ is not None)\n"
              "import pydantic.v1\n"
              "print(pydantic.v1.BaseModel.__module__)\n"
              "import packaging.requirements, srsly._yaml_api\n"
              "print(packaging.requirements.Requirement.__name__, srsly._yaml_api.yaml_dumps.__module__)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert out.stdout.split() == ["False", "False", "False", "False", "False", "True", "('spacy',", "'>=3.8')",
                                  "True", "True", "pydantic.v1.main", "Requirement", "srsly._yaml_api"]


def test_the_lemmatizer_looks_words_up_in_sets_with_the_same_lemmas(nlp) -> None:
    """Its index of known words is sets, and a word the rules could make two ways gets the
    one in the index, as with spaCy's lists ("leaves": "leave" for the verb, "leaf" for the noun)."""
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert index and all(isinstance(words, frozenset) for words in index.values())
    doc = nlp("She leaves the leaves where the geese sat, and he was studying the studies.")
    assert [(t.text, t.lemma_) for t in doc if t.pos_ in ("NOUN", "VERB")] == [
        ("leaves", "leave"), ("leaves", "leaf"), ("geese", "goose"), ("sat", "sit"), ("studying", "study"),
        ("studies", "study")]


def test_catalogue_finds_the_same_entry_points_in_its_table(nlp) -> None:
    """Loading the model left catalogue a table of the installed entry points by group: the
    same ones, in the same order, as its scan of them all would select."""
    import importlib.metadata

    import catalogue

    table = catalogue.AVAILABLE_ENTRY_POINTS
    every = importlib.metadata.entry_points()
    assert isinstance(table, dict) and not hasattr(table, "select")
    assert {group: list(points) for group, points in table.items()} == {
        group: list(every.select(group=group)) for group in every.groups}
    assert [p.name for p in catalogue.Registry(("spacy", "architectures"), entry_points=True)._get_entry_points()] == [
        p.name for p in every.select(group="spacy_architectures")]


def test_the_collector_is_paused_during_start_up_work_and_as_it_was_after() -> None:
    from tui.collector import paused

    before = gc.get_threshold()
    gc.unfreeze()
    try:
        gc.set_threshold(900, 11, 12)
        with pytest.raises(KeyError), paused():
            assert gc.get_threshold()[0] == 0
            raise KeyError("work that failed")
        assert gc.get_threshold() == (900, 11, 12) and gc.get_freeze_count() == 0
        with paused():
            gc.enable()  # as srsly's loader does: still no collection
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold() == (900, 11, 12)
        assert gc.get_freeze_count() > 0  # what is there now is left out of the rounds
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


def test_while_the_model_loads_a_registry_lists_its_functions_as_catalogue_would() -> None:
    """The lists kept are given again only while no function was registered or removed."""
    import catalogue

    from tui.analysis.pipeline import _registry_lists_kept

    things = catalogue.Registry(("newsread_test", "things"))
    others = catalogue.Registry(("newsread_test", "others"))
    plain = catalogue.Registry.get_all
    things.register("one", func=len)
    try:
        with _registry_lists_kept():
            assert catalogue.Registry.get_all is not plain
            assert things.get_all() == {"one": len} and others.get_all() == {}
            assert things.get_all() == {"one": len}  # kept
            others.register("two", func=abs)
            assert things.get_all() == {"one": len} and others.get_all() == {"two": abs}
            catalogue._remove(("newsread_test", "things", "one"))
            assert things.get_all() == {}
        assert catalogue.Registry.get_all is plain
    finally:
        for name in [key for key in catalogue.REGISTRY if key[0] == "newsread_test"]:
            del catalogue.REGISTRY[name]


def test_the_worker_s_first_analysis_keeps_the_patterns_it_compiles(tmp_path: Path) -> None:
    """The patterns the engine compiles where it first uses them are kept for the next worker
    (tui.regex_cache, in the cache folder's "analysis"): a second worker's first analysis
    compiles none of them itself. Each worker in a fresh interpreter, as the reader's are."""
    import subprocess

    from tui.regex_cache import _read, cache_file

    script = ("import sys\n"
              "from re import _compiler\n"
              "from tui.engine_process import _load, compute\n"
              "from tui.ingest import load\n"
              "_load(None)\n"
              "made = []\n"
              "compile_ = _compiler.compile\n"
              "_compiler.compile = lambda p, flags=0: made.append(p) or compile_(p, flags)\n"
              f"compute(load({str(SEED)!r}), None)\n"
              "print(len(made))\n")
    env = dict(os.environ, NEWSREAD_CACHE_DIR=str(tmp_path))
    first, second = (int(subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                                        env=env).stdout) for _ in range(2))
    assert first > 0 and second == 0
    assert len(_read(cache_file(tmp_path / "analysis"))) >= first


def test_the_worker_starts_numpy_with_one_openblas_thread() -> None:
    """The engine's products go through blis; OpenBLAS's pool of threads is not started."""
    if os.environ.get("OPENBLAS_NUM_THREADS", "1") != "1":
        pytest.skip("OPENBLAS_NUM_THREADS is set here: the worker keeps it")
    engine = EngineProcess(None)
    try:
        engine.start()
        assert engine.pids  # waits for the start's own thread
        assert engine._pool is not None
        assert engine._pool.submit(os.getenv, "OPENBLAS_NUM_THREADS").result(timeout=120) == "1"
    finally:
        engine.stop()


def test_a_reader_that_fails_exits_with_status_1(monkeypatch, capsys) -> None:
    """An error the reader did not handle ends it with Textual's traceback and exit status 1,
    not the 0 of a reader quit with q (``app.run`` gives no result then, read as 0)."""
    from functools import partial

    from tui.screens.reader import ReaderScreen

    def fail(self) -> None:
        raise RuntimeError("a bug")

    app = reader_app()
    monkeypatch.setattr(ReaderScreen, "_mount_search_box", fail)  # a step after the first frame
    monkeypatch.setattr(app, "run", partial(app.run, headless=True))
    monkeypatch.setattr(read, "missing_terminal", lambda: None)  # as if in a terminal
    monkeypatch.setattr(read.os, "_exit", lambda status: None)
    assert read.run_app(app) == 1
    assert "a bug" in capsys.readouterr().err
