"""Which entity mentions the reader highlights, and in which style.

spaCy's eighteen labels fold into six groups a reader can tell apart at a glance (and in
monochrome: each group has its own text attribute in ``styles/entities.tcss``). The groups
are data here; their colours and attributes live in the stylesheet, never in Python.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.analysis_model import Analysis
    from tui.navigation import Mark

ENTITY_GROUPS: dict[str, tuple[str, tuple[str, ...]]] = {
    "person": ("people", ("PERSON",)),
    "org": ("organisations", ("ORG",)),
    "place": ("places", ("GPE", "LOC", "FAC")),
    "date": ("dates & numbers", ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL")),
    "group": ("groups", ("NORP",)),
    "other": ("other names", ("PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE")),
}
"""group id → (what the legend calls it, the labels it holds); toggled with keys 1..6 in this order.
"groups" are spaCy's NORP: nationalities, religious and political groups ("Iraqi", "Sunnis")."""

_GROUP_OF = {label: group for group, (_, labels) in ENTITY_GROUPS.items() for label in labels}


def group_of(label: str) -> str:
    """The group of an entity label; a label from some other pipeline counts as "other"."""
    return _GROUP_OF.get(label, "other")


TYPE_WORDS: dict[str, str] = {
    "person": "person", "org": "organisation", "place": "place", "group": "group", "other": "other name",
}
"""What one entity of a group is called on screen: the legend's word, in the singular."""


def type_word(label: str) -> str:
    """The plain word for an entity's type, never spaCy's label: "person", "organisation",
    "place", "group", "other name", and in "dates & numbers" "date" (DATE, TIME) or "number"."""
    group = group_of(label)
    if group == "date":
        return "date" if label in ("DATE", "TIME") else "number"
    return TYPE_WORDS[group]


def entity_marks(analysis: Analysis, shown: set[str] | frozenset[str]) -> list[Mark]:
    """Every mention of the entities whose group is shown, styled ``ent-GROUP``."""
    out: list[Mark] = []
    for entity in analysis.entities:
        group = group_of(entity.label)
        if group in shown:
            out += [(m.start, m.end, f"ent-{group}") for m in entity.mentions]
    return out


def group_counts(analysis: Analysis) -> dict[str, int]:
    """Entities per group, for the legend."""
    counts = dict.fromkeys(ENTITY_GROUPS, 0)
    for entity in analysis.entities:
        counts[group_of(entity.label)] += 1
    return counts
