"""A widget made visible is told so (``Show``, ``Resize``) however its screen was asked about
its layout in between.

Textual's compositor tells widgets they were shown or resized by comparing the map of a new
layout with the map it keeps of the last (``Compositor.reflow``: ``shown = new - old``, resized
when a size differs). But it keeps that map lazily: once anything marks a widget that is not on
screen as changed, the map is invalid, and the next question about any widget's place
(``Widget.region``, asked by Textual itself, e.g. by the ``display`` setter) lays the whole
screen out again and keeps *that* as the last map (``Compositor.full_map``, Textual 8.2). A
widget made visible with the map invalid (``display = True`` asks for its own region at once)
is then in the "last" map before the next reflow: the reflow finds nothing new, and the widget
and everything in it never get ``Show`` nor ``Resize``. The reader's sidebar, mounted hidden
and shown once whole, lost them intermittently (whether the map was invalid at that moment
depended on what had been repainted since the last layout): its Events pane, which makes its
rows on ``Show``, stayed empty for good, and the tabs' underline, placed on ``Resize``, had
no width (a cached analysis at 160x45 in tmux).

``ReflowCompositor`` compares each reflow with the map of the previous *reflow*, what the
widgets were last told, whatever was laid out lazily in between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual._compositor import Compositor

if TYPE_CHECKING:
    from textual._compositor import CompositorMap, ReflowResult
    from textual.geometry import Size
    from textual.widget import Widget


class ReflowCompositor(Compositor):
    """Textual's compositor, whose ``reflow`` reports as shown, hidden or resized what changed
    since the last reflow (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__()
        self._reflowed: CompositorMap = {}
        """The full map the last ``reflow`` made (the widgets were told about it)."""

    def reflow(self, parent: Widget, size: Size) -> ReflowResult:
        """Lay out ``parent`` at ``size``; the widgets shown, hidden and resized since the last
        reflow (Textual's, against the map that reflow made, not one made lazily since)."""
        self._full_map = self._reflowed
        result = super().reflow(parent, size)
        self._reflowed = self._full_map
        return result

    def clear(self) -> None:
        """Forget every widget (the screen closes)."""
        super().clear()
        self._reflowed = {}
