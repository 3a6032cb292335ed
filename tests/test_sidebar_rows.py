"""The sidebar's rows on a narrow sidebar (Pilot): one line each, the type and the count never
parted from each other, a name too long for the row cut with an ellipsis."""

from __future__ import annotations

import re

import pytest
from reader_articles import showing

from tui.analysis_model import Analysis, Claim, Cue, Entity, Mention, Ref
from tui.model import Article, Span

pytestmark = pytest.mark.anyio

NAMES = [
    ("ORG", "Caribbean Federation of Independent Harbour Pilots and Boatmen", 12),
    ("GPE", "Port of Spain", 3),
    ("PERSON", "Alethea Marguerite Oyelaran-Whitcombe", 2),
    ("ORG", "Tobago Ferries", 1),
]


def harbour() -> Analysis:
    """An article naming each of ``NAMES`` as often as it says, the last sentence a claim
    whose source has a long name."""
    lines, entities = ["Harbour pilots"], []
    for k, (label, name, count) in enumerate(NAMES):
        entities.append(Entity(f"e{k}", label, name, [], [name, name.upper()] if k == 1 else []))
        lines += [f"{name} was there." for _ in range(count)]
    text = "\n\n".join(lines) + "\n"
    at = 0
    for line in lines[1:]:
        at = text.index(line, at)
        name = line.removesuffix(" was there.")
        entity = next(e for e in entities if e.name == name)
        entity.mentions.append(Mention(at, at + len(name), name))
        at += len(line)
    said = ("The strike would go on until the harbour board agreed to hire more pilots for the night shifts, "
            "the federation's general secretary and chief negotiator said.")
    text += "\n" + said + "\n"
    start = text.index(said)
    comma, cue = start + said.index(", the"), start + said.index("said")
    claims = [Claim("c0", "indirect", Span(start, comma, text[start:comma]), Cue(cue, cue + 4, "said", "say"),
                    Ref(comma + 2, cue - 1, text[comma + 2:cue - 1]))]
    return Analysis(Article(text=text, title=lines[0]), "test", "none", entities, claims, [],
                    [(0, len(text))])


async def pane_lines(app, pilot, name: str) -> list[str]:
    """The lines pane ``name`` shows, once it is the pane shown."""
    app.screen.query_one("TabbedContent").active = f"{name}-pane"
    await pilot.pause()
    pane = app.screen.query_one(f"#{name}")
    return [strip.text.strip() for strip in pane.render_lines(pane.region.reset_offset)]


@pytest.mark.parametrize("size", [(100, 30), (160, 45)])
async def test_entity_rows_keep_type_and_count_together_and_cut_the_name(size: tuple[int, int]) -> None:
    """One line per entity, its type and count in columns at the right edge (the count had
    wrapped onto a line of its own), a long name ending in "…" and every short one whole."""
    async with showing(harbour(), size) as (app, pilot):
        lines = [line for line in await pane_lines(app, pilot, "entities") if line.strip()]
        assert len(lines) == len(NAMES)  # no "also PORT OF SPAIN": an alias only in capitals is no other name
        counts = [re.search(r"×\s*\d+$", line) for line in lines]
        assert all(counts), lines
        assert len({m.end() for m in counts}) == 1  # every count ends at the same column
        types = [line.index(word) for line, word in zip(lines, ("organisation", "place", "person", "organisation"))]
        assert len(set(types)) == 1  # the type words in a column
        assert [int(m.group().lstrip("× ")) for m in counts] == [count for _, _, count in NAMES]
        assert re.match(r"Caribbean Federation (of|of .*[^ ])… +organisation ×12$", lines[0]), lines[0]
        assert lines[1].startswith("Port of Spain ") and lines[3].startswith("Tobago Ferries ")


async def test_a_source_header_keeps_its_count_and_a_claim_hangs_under_its_first_line() -> None:
    """A claims pane header: a long source cut with "…", its count on the same line; the
    claim's words run on indented under its first line (they ran on flush with it, as a
    next row would begin)."""
    async with showing(harbour(), (100, 30)) as (app, pilot):
        pane = app.screen.query_one("TabbedContent")
        pane.active = "claims-pane"
        await pilot.pause()
        claims = app.screen.query_one("#claims")
        lines = [s.text.rstrip() for s in claims.render_lines(claims.region.reset_offset) if s.text.strip()]
        assert re.fullmatch(r" the federation's general secretary .*[^ ]… +1", lines[0]), lines
        assert lines[1].startswith(" ○ said · indirect  The strike would go on")
        assert len(lines) >= 3 and all(line.startswith("   ") and line[3] != " " for line in lines[2:]), lines


@pytest.mark.parametrize("width", [0, 1, 2, 3, 5, 12, 40])
def test_a_row_is_never_wider_than_its_width_and_a_narrow_one_hangs_nothing(width: int) -> None:
    from textual.content import Content

    from tui.widgets.fitted_row import FittedRow, HangingRow

    fitted = FittedRow(Content("Port of Spain"), Content("place ×3"), more=Content("also PORT OF SPAIN"))
    assert all(line.cell_length <= width for line in fitted.lines(width))
    hanging = HangingRow(Content("Delia Farrow · had pushed for the plan for three years"))
    lines = hanging.lines(width)
    assert all(line.cell_length <= max(width, 1) for line in lines)
    assert len(lines) <= len(hanging.content.plain)  # a narrow row wraps flush, not one cell a line
