"""Structure never wears an entity type's non-colour cue: a bold headline read as a person,
an italic blockquote as a place (entities.tcss gives bold, italic, underline and overline to
the types). Checked on the styles the view resolves, in a dark and a light theme."""

from __future__ import annotations

import pytest
from reader_articles import reader_app

from tui.config import Config

pytestmark = pytest.mark.anyio

STRUCTURE = ("title", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "quote", "list_item", "link")
CUES = ("bold", "italic", "underline", "overline")


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_structure_has_no_entity_cue(theme: str) -> None:
    app = reader_app(config=Config(theme=theme))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.screen.view
        for name in STRUCTURE:
            style = view.get_component_rich_style(f"article-view--{name}", partial=True)
            worn = [cue for cue in CUES if getattr(style, cue)]
            assert not worn, f"{name} is {worn}"
        person = view.get_component_rich_style("article-view--ent-person", partial=True)
        assert person.bold  # the cue the headline took
