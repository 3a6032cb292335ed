"""Looking up which canonical entity a stretch of text names.

Claims and events point their sources, agents and places at entities; they all ask this
index rather than each walking the entity list.
"""

from __future__ import annotations

from bisect import bisect_right

from tui.analysis_model import Entity, Ref


class EntityIndex:
    """Mentions of every entity, sorted by start, for span → entity look-ups."""

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        self.by_id = {e.id: e for e in entities}
        pairs = sorted((m.start, m.end, e.id) for e in entities for m in e.mentions)
        self._starts = [p[0] for p in pairs]
        self._pairs = pairs

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Mentions lying inside [start, end), in text order."""
        i = bisect_right(self._starts, start - 1)
        out = []
        while i < len(self._pairs) and self._pairs[i][0] < end:
            if self._pairs[i][1] <= end:
                out.append(self._pairs[i])
            i += 1
        return out

    def entity_at(self, start: int, end: int) -> str | None:
        """The entity a span names: the mention it equals, else the first person, else the first
        mention inside it that is not a nationality or group word.

        "Iraqi Prime Minister Haider al-Abadi" → Abadi (a person beats the NORP "Iraqi");
        "the ISIS statement" → ISIS; but "Syrian troops" are not "Syrian": a NORP inside a
        longer phrase only describes it.
        """
        inside = self.mentions_in(start, end)
        for s, e, eid in inside:
            if s == start and e == end:
                return eid
        for _s, _e, eid in inside:
            if self.by_id[eid].label == "PERSON":
                return eid
        return next((eid for _s, _e, eid in inside if self.by_id[eid].label != "NORP"), None)

    def ref(self, text: str, start: int, end: int, entity: str | None = None) -> Ref:
        """A Ref over article ``text``; the entity is looked up unless given."""
        return Ref(start, end, text[start:end], entity if entity is not None else self.entity_at(start, end))
