"""The progress bar of ``newsread analyze`` on a terminal: rich's, on stderr, with the files
done, words per second and time left.

UI, so that the headless command never imports rich: it asks for this only when stderr is a
terminal. Its stdout (the JSON) is left alone; what the command writes to stderr meanwhile
(warnings, errors) is printed above the bar.
"""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, Progress, ProgressColumn, Task, TextColumn, TimeRemainingColumn
from rich.text import Text


class _WordsPerSecond(ProgressColumn):
    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:,.0f} words/s" if task.speed else "… words/s")


class AnalyzeProgress:
    """A bar over ``files`` articles of ``words`` words in all; ``done`` after each, ``close`` at the end."""

    def __init__(self, files: int, words: int) -> None:
        self._files = files
        self._bar = Progress(
            TextColumn("analysing"), BarColumn(), TextColumn("{task.fields[done]}/{task.fields[files]} files"),
            _WordsPerSecond(), TimeRemainingColumn(),
            console=Console(stderr=True), transient=True, redirect_stdout=False,
        )
        self._task = self._bar.add_task("analyse", total=max(words, 1), done=0, files=files)
        self._bar.start()

    def done(self, words: int) -> None:
        """One more article done, of ``words`` words."""
        self._bar.update(self._task, advance=words, done=self._bar.tasks[0].fields["done"] + 1)

    def close(self) -> None:
        self._bar.stop()
