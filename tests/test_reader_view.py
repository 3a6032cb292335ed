"""The article view's wrapping (offsets kept, widths respected) and its decoration layers."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from reader_articles import reading
from tui.model import Article
from tui.widgets.article_view import _wrap

pytestmark = pytest.mark.anyio


def lines(text: str, width: int) -> list[str]:
    starts, ends = _wrap(text, [(0, len(text))], width)
    return [text[s:e] for s, e in zip(starts, ends)]


def test_wrap_breaks_at_spaces_and_keeps_offsets() -> None:
    assert lines("the cat sat on the mat", 10) == ["the cat", "sat on the", "mat"]


def test_wrap_cuts_a_word_longer_than_the_line() -> None:
    assert lines("abcdefghijklmno pq", 6) == ["abcdef", "ghijkl", "mno pq"]


def test_wrap_keeps_hard_line_breaks_and_no_break_spaces() -> None:
    assert lines("Headline here\nby\u00a0Jane\u00a0Doe reporting", 12) == [
        "Headline", "here", "by\u00a0Jane\u00a0Doe", "reporting",
    ]


def test_wrap_counts_cells_for_wide_characters() -> None:
    text = "東京 大阪 名古屋 札幌 福岡"
    out = lines(text, 8)
    assert out == ["東京", "大阪", "名古屋", "札幌", "福岡"]
    assert all(cell_len(line) <= 8 for line in out)


def test_paragraphs_get_a_blank_line_between() -> None:
    text = "One two.\n\nThree four."
    starts, ends = _wrap(text, [(0, 8), (10, 21)], 40)
    assert [text[s:e] for s, e in zip(starts, ends)] == ["One two.", "", "Three four."]


def test_items_of_one_list_are_not_spaced() -> None:
    text = "Intro.\n\none\n\ntwo\n\nAfter."
    starts, ends = _wrap(text, [(0, 6), (8, 11), (13, 16), (18, 24)], 40, frozenset({2}))
    assert [text[s:e] for s, e in zip(starts, ends)] == ["Intro.", "", "one", "two", "", "After."]


async def test_decorations_paint_exact_spans_and_layers_are_separate() -> None:
    article = Article(text="Alpha beta gamma delta.\n\nEpsilon zeta.", title=None)
    async with reading(article) as (app, pilot):
        await app.workers.wait_for_complete()  # the store's read of notes sets its layer too: first, not after ours
        view = app.screen.view
        strong = view.get_component_rich_style("article-view--ent-person")  # bold
        view.set_decorations("entities", [(6, 10, "ent-person"), (25, 32, "ent-person")])
        view.set_decorations("notes", [(11, 16, "ent-place")])  # italic
        await pilot.pause()

        def bold(y: int) -> list[str]:
            return [s.text for s in view.render_line(y) if s.style and s.style.bold == strong.bold and s.style.bold]

        assert bold(0) == ["beta"]
        assert bold(2) == ["Epsilon"]
        view.set_decorations("entities", [])
        await pilot.pause()
        assert bold(0) == []
        assert any(s.text == "gamma" and s.style.italic for s in view.render_line(0))
        with pytest.raises(ValueError, match="no style 'nope'"):
            view.set_decorations("x", [(0, 1, "nope")])


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
@pytest.mark.parametrize("size", [(120, 24), (44, 16)])
async def test_the_views_lines_are_textuals_own(theme: str, size: tuple[int, int]) -> None:
    """The view and its scrollbar make their rows without Textual's per-row cache
    (``plain_rows``): what they hand the compositor is what Textual's own path
    (``Widget.render_lines``) makes, row for row, cropped or not, after scrolls, with every
    kind of decoration (translucent backgrounds blended, control characters dimmed), on a
    dark and a light theme, with margins and without."""
    from textual.geometry import Region
    from textual.widget import Widget

    from tui.config import Config

    words = "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu. " * 6
    text = "Title line\n\n" + "\n\n".join(words + f"Part {n}\x1b[31m done." for n in range(12))
    article = Article(text=text, title="Title line")
    async with reading(article, Config(theme=theme), size=size) as (app, pilot):
        view = app.screen.view
        view.set_decorations("entities", [(12, 17, "ent-person"), (30, 60, "ent-org"), (500, 520, "ent-date")])
        view.set_decorations("claims", [(18, 90, "claim-content"), (20, 25, "claim-cue")])
        view.set_decorations("notes", [(40, 140, "note-yellow")])
        view.set_decorations("search", [(50, 55, "search-current")])
        width, height = view.region.size

        bar = view.vertical_scrollbar
        assert type(bar).render_lines is not Widget.render_lines

        def same(crop: Region) -> None:
            view._styles_cache.clear()  # Textual's path, made afresh
            assert view.render_lines(crop) == Widget.render_lines(view, crop)
            bar._styles_cache.clear()
            whole = bar.region.reset_offset
            assert bar.render_lines(whole) == Widget.render_lines(bar, whole)

        for scroll in (0, 3, 7):
            view.scroll_to(y=scroll, animate=False)
            await pilot.pause()
            same(Region(0, 0, width, height))
            same(Region(3, 2, width - 5, height - 4))
        view.action_next_sentence()
        await pilot.pause()
        same(Region(0, 0, width, height))


async def test_no_style_of_the_view_depends_on_its_focus() -> None:
    """ArticleView skips Textual's restyle when its focus changes (``watch_has_focus``): that
    holds only while no rule of the stylesheet matches the view, or a part of it, by focus.
    A rule that does (``ArticleView:focus``, ``ArticleView:focus > .article-view--cursor``)
    fails here rather than going stale on screen."""
    from textual.dom import DOMNode

    from tui.widgets.article_view import ArticleView

    async with reading() as (app, _pilot):
        view = app.screen.query_one(ArticleView)
        parts = [view]
        for name in sorted(view.COMPONENT_CLASSES):
            part = DOMNode(classes=name)
            part._attach(view)
            parts.append(part)
        focus = {"focus", "blur"}
        for rule in app.stylesheet.rules:
            for selector_set in rule.selector_set:
                if not any(focus & set(s.pseudo_classes) for s in selector_set.selectors):
                    continue
                matched = [p for p in parts if list(app.stylesheet._check_rule(rule, p.css_path_nodes))]
                assert not matched, f"{rule.css.splitlines()[0]} depends on the view's focus"
