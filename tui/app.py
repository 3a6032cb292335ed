"""The Textual app: one reader screen over one article, keys from the binding table.

The article has already been loaded (by ``tui.commands.read``) when this module is
imported, so bad input never reaches a terminal in application mode.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.notifications import SeverityLevel
from textual.screen import Screen

import tui.styles
from tui.collector import IdleCollector, pause
from tui.config import Config
from tui.errors import NewsreadError
from tui.model import Article
from tui.oneline import inert
from tui.paths import config_path
from tui.screens.help import HELP_KEYS, PANE_KEYS
from tui.screens.reader import ReaderScreen
from tui.widgets.bindings import SELECTION_KEYS, VIEW_KEYS, KeySpec, check_keymap

if TYPE_CHECKING:
    from tui.engine_process import EngineProcess
    from tui.ingest.feeds import Feed

STYLES = Path(tui.styles.__file__).parent
"""The stylesheets' folder. Textual reads a stylesheet from a file on disk, so this is the
package's own folder rather than ``importlib.resources.files`` (whose imports, zipfile's among
them, cost ~6 ms before the first frame for the same path)."""
FIRST_STYLES = ("reader.tcss",)
"""The stylesheets read before the first frame: the reader's own (and its sidebar's column)."""
LATER_STYLES = ("help.tcss", "entities.tcss", "sidebar.tcss", "annotations.tcss", "reviews.tcss")
"""The stylesheets of what no first frame shows (the help, the analysis's highlights and
sidebar, notes and the selection, the dialogs), read once it is painted (``read_later_styles``)."""
COLLECT_EVERY = 0.25
"""Seconds between looks for a moment to run the garbage collector's full round (``tui.collector``)."""


class NewsreadApp(App[int]):
    CSS_PATH = [STYLES / name for name in FIRST_STYLES]
    TITLE = "newsread"

    def __init__(self, article: Article | Feed | None, config: Config, *, analyse: bool = False,
                 library_filter: str = "", engine: EngineProcess | None = None) -> None:
        """``article`` opens in the reader; a feed opens on its entries, None on the library
        (filtered by ``library_filter``, as ``newsread library --filter`` asks).

        ``analyse`` starts the analysis worker of each article read (the CLI asks for it unless
        ``--no-analysis``; tests that look at the plain reader leave it off). ``engine``: the
        engine process when the caller has started it already (the CLI does, for an article,
        before importing Textual; the reader stops it if the analysis is cached); else it is
        made for the first analysis, its worker started on the first cache miss.
        """
        super().__init__()
        self.article = article
        self.config = config
        self.analyse = analyse
        self.engine = engine
        self.library_filter = library_filter
        self.search_history: list[str] = []
        """The queries searched in this session, oldest first (↑/↓ in the search line)."""
        self.collector = IdleCollector()
        """Runs the garbage collector's full rounds when no key is coming (``tui.collector``)."""
        if config.theme:
            if config.theme not in self.available_themes:
                raise NewsreadError(f"{config_path()}: unknown theme {config.theme!r} "
                                    f"(themes: {', '.join(sorted(self.available_themes))})")
            self.theme = config.theme
        if config.keymap:
            check_keymap(config.keymap, self.binding_contexts(), str(config_path()))
        self.set_keymap(config.keymap)

    @staticmethod
    def binding_contexts() -> list[dict[str, str]]:
        """The ids a ``[keymap]`` may name, with their default keys, screen by screen: the
        reader (its article view's keys included), the sidebar's panes, and the feed and
        library lists."""
        from tui.screens.feed import FeedScreen
        from tui.screens.library import LibraryScreen

        lists = [{b.id: b.key for b in screen.BINDINGS if isinstance(b, Binding) and b.id}
                 for screen in (FeedScreen, LibraryScreen)]
        # The selection's keys act only while a passage is selected (``o`` is then the other
        # end, else the article's URL): a context of their own; so do the panes' keys.
        return [{spec.id: spec.keys for spec in HELP_KEYS if spec not in SELECTION_KEYS},
                {spec.id: spec.keys for spec in SELECTION_KEYS}, {spec.id: spec.keys for spec in PANE_KEYS}, *lists]

    def get_default_screen(self) -> Screen:
        if isinstance(self.article, Article):
            return ReaderScreen(self.article)
        if self.article is None:
            from tui.screens.library import LibraryScreen

            return LibraryScreen(self.library_filter)
        from tui.screens.feed import FeedScreen  # a feed (its module is imported for one only)

        return FeedScreen(self.article)

    def on_mount(self) -> None:
        self.collector.start(time.monotonic())
        self.call_after_refresh(pause())  # none of the first frame's objects is garbage
        self.call_after_refresh(self.read_later_styles)
        self.set_interval(COLLECT_EVERY, lambda: self.collector.tick(time.monotonic()))
        if isinstance(self.article, Article) and self.article.notice:
            self.notify(self.article.notice, severity="warning", markup=False)

    later_styles_read = False
    """Whether ``read_later_styles`` has run."""

    def read_later_styles(self) -> None:
        """Add ``LATER_STYLES`` to the stylesheet and restyle what is mounted by it, once: after
        the first frame is painted, or before when a style they set is asked for first (the
        article view's decorations, ``ArticleView._style_decorations``: a sidebar made before
        would keep the entity types' colours of a stylesheet without entities.tcss). Textual parses every stylesheet of ``CSS_PATH`` before that
        frame, and these were a fifth of what the reader's first frame cost beyond a bare
        Textual app's (~48 of ~330 million instructions, the sample at 100x30, callgrind);
        the sources read before are not parsed again (the stylesheet keeps their rules)."""
        if self.later_styles_read:
            return
        self.later_styles_read = True
        for name in LATER_STYLES:
            self.stylesheet.read(STYLES / name)
        self.stylesheet.parse()
        self.stylesheet.update(self)
        for screen in self.screen_stack:  # a dialog opened before now (as Textual's refresh_css does)
            if screen is not self.screen:
                self.stylesheet.update(screen)

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Every toast passes here (a screen's or widget's ``notify`` calls the app's): its
        message and title made inert, since they quote titles, paths and error lines."""
        super().notify(inert(message), title=inert(title), severity=severity, timeout=timeout,
                       markup=markup)

    def engine_process(self) -> EngineProcess:
        """The process the readers' analyses run in (made on first use; its worker starts
        with the first analysis asked of it)."""
        if self.engine is None:
            from tui.engine_process import EngineProcess

            self.engine = EngineProcess(self.config.model)
        return self.engine

    async def on_event(self, event: events.Event) -> None:
        """Every key and mouse event passes here first: the collector waits for a pause in them."""
        if isinstance(event, events.InputEvent):
            self.collector.input_seen(time.monotonic())
        await super().on_event(event)

    def on_unmount(self) -> None:
        """Quitting kills the engine's worker, whatever it is doing: nothing waits for spaCy;
        the garbage collector's thresholds go back as they were."""
        self.collector.stop()
        if self.engine is not None:
            self.engine.stop()

    def open_article(self, article: Article) -> None:
        """Read an article picked from the library or a feed; ``q`` comes back to the list."""
        self.push_screen(ReaderScreen(article))
        if article.notice:
            self.notify(article.notice, severity="warning", markup=False)

    def action_library(self) -> None:
        from tui.screens.library import LibraryScreen

        if not isinstance(self.screen, LibraryScreen):
            self.push_screen(LibraryScreen())

    def keys_for(self, spec: KeySpec) -> str:
        """The keys of an action as the footer writes them; the user's keymap wins."""
        keys = self.config.keymap.get(spec.id, spec.keys)
        return ", ".join(self.get_key_display(Binding(key.strip(), "")) for key in keys.split(","))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Every action of the binding table, by its description, in the command palette
        (Textual's own Quit left out on the reader, whose Quit goes back first)."""
        if not isinstance(screen, ReaderScreen):
            yield from super().get_system_commands(screen)
            return
        ours = {spec.description for spec in HELP_KEYS + PANE_KEYS}
        yield from (c for c in super().get_system_commands(screen) if c.title not in ours)
        view = screen.view
        for spec in HELP_KEYS + PANE_KEYS:
            target = view if spec in VIEW_KEYS else screen
            yield SystemCommand(
                spec.description,
                f"keys: {self.keys_for(spec)}",
                lambda target=target, action=spec.action: target.run_action(action),
            )
