"""Moving through what the engine found: claims, their sources, events, entity mentions.

The reader's keys (``]``/``[``, ``s``, ``}``/``{``, ``e``/``E``) and the sidebar's Enter all
land on a ``Stop``; this module decides which, headless, so the rules are tested without a
screen, and on a 50,000-word article each key is a bisect rather than a scan.

A ``Place`` is where the reader stands: a span of the text and what a move put it on.
Keeping the kind and index (not only an offset) is what lets ``]`` step to the claim after
the current one even when two start together, and lets ``s`` return where it came from.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from tui.highlights import type_word
from tui.oneline import one_line

if TYPE_CHECKING:
    from tui.analysis_model import Analysis, Event, Ref
    from tui.model import Span

NEXT_WORD = re.compile(r"[ \t]+([a-z][\w'’-]*)")
"""The word in lower case right after a name, when one follows it on the line."""
LINKING_WORDS = frozenset("of from in at on for to and or who whom whose which that with by as".split())
"""Words after a name that do not make it a modifier of a noun ("Jack Morrow of Ohio")."""
COORDINATOR = re.compile(r"\s(?:and|or|&)\s")
"""The word that joins the names of a list ("Smith and Jones")."""
COORDINATED = re.compile(r"(?:'s|’s)?(?:\s*,|\s+(?:and|or|&)\s|\s*$)")
"""What follows each name of a list: a comma, "and", "or", "&" or the end of the phrase."""

Mark = tuple[int, int, str]
"""``(start, end, style)``: a span of Article.text to highlight and the name of its style."""

PlaceKind = Literal["text", "claim", "source", "event", "mention"]

EventOrder = Literal["story", "text"]
"""How the events are listed and gone through: "story", most salient first (the engine's
``salience``, the lead's main event at the top); "text", in the order the article tells them."""

EventFilter = Literal["story", "all", "unquoted", "person", "org"]
EVENT_FILTERS: dict[EventFilter, str] = {
    "story": "the story",
    "all": "all events",
    "unquoted": "outside quotes",
    "person": "who is a person",
    "org": "who is an organisation",
}
"""Which events are listed and gone through, and how the Events pane says it: those that
carry the story (``tui.analysis_model.story_events``: clause-level detail left out); every one;
those the article tells itself (not inside a direct or mixed quote); those whose who is a
person, or an organisation (a pronoun counts as who it refers to)."""


@dataclass(frozen=True, slots=True)
class Place:
    """Where the reader is. ``index`` counts claims in text order, events in the listing's
    order (``Navigator.list_events``), or mentions of ``entity``."""

    start: int
    end: int
    kind: PlaceKind = "text"
    index: int = -1
    entity: str | None = None
    back: Place | None = None


@dataclass(frozen=True, slots=True)
class Stop:
    """Where a move lands: the place, the span to bring into view, what to highlight, what to say."""

    place: Place
    view: tuple[int, int]
    marks: tuple[Mark, ...]
    status: str


def _union(spans: list[tuple[int, int]]) -> tuple[int, int]:
    return min(s for s, _ in spans), max(e for _, e in spans)


class Navigator:
    """The claims, events and mentions of one analysis, sorted for moving through them."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.entities = {e.id: e for e in analysis.entities}
        self.claims = sorted(analysis.claims, key=lambda c: (c.content.start, c.content.end))
        self._claim_starts = [c.content.start for c in self.claims]
        self.events: list[Event] = []
        self.event_order: EventOrder = "story"
        self.event_filter: EventFilter = "all"
        self._event_starts: list[int] = []
        self._event_index: dict[str, int] = {}
        self._quotes = [(c.content.start, c.content.end) for c in analysis.claims if c.kind in ("direct", "mixed")]
        self.list_events()
        self._mentions = sorted((m.start, m.end, e.id) for e in analysis.entities for m in e.mentions)
        self._mention_starts = [m[0] for m in self._mentions]
        self._longest_mention = max((e - s for s, e, _ in self._mentions), default=0)
        self._by_entity = {
            e.id: sorted((m.start, m.end) for m in e.mentions) for e in analysis.entities
        }

    # --- where the reader is --------------------------------------------------------------

    def stop_at(self, place: Place) -> Stop:
        """The stop for a place (how ``s`` goes back to where it came from)."""
        if place.kind == "claim":
            return self.claim(place.index, back=place.back)
        if place.kind == "event":
            return self.event(place.index)
        if place.kind == "mention" and place.entity is not None:
            return self.mention(place.entity, place.index)
        return Stop(place, (place.start, place.end), (), "")

    def speaker(self, ref: Ref) -> tuple[str, str]:
        """Who a source or participant is: (entity id, name) when its words name the entity, else its words.

        A pronoun stands for its antecedent. "Abadi’s spokesman" is not Abadi, though the
        engine links the span to him: a possessive mention does not name the speaker; nor
        does one name of several listed ("Smith and Jones", ``_listed``).
        """
        span: Ref | Span = ref.antecedent or ref
        entity = self.entities.get(ref.entity) if ref.entity else None
        if entity is not None and (self._names(entity.id, span) or not self._mentions_in(span.start, span.end)) \
                and not self._listed(span):
            return entity.id, entity.name
        words = one_line(span.text)
        return "text:" + words.lower(), words

    def ref_name(self, ref: Ref) -> str:
        """How a source or participant is told: "Muhannad Haimour" for "Muhannad Haimour, spokesman…",
        and a pronoun with who it refers to: "he → Abadi’s spokesman", "It → Syrian Observatory…".
        A claim's source not named in its sentence (a description, a pronoun, an earlier
        speaker: its ``resolution``) ends in "?", so that the reader knows what to check."""
        _, name = self.speaker(ref)
        if ref.antecedent is not None or (ref.entity in self.entities and not self._mentions_in(ref.start, ref.end)):
            name = f"{one_line(ref.text)} → {name}"
        return name if ref.resolution in (None, "named") else f"{name}?"

    def _names(self, entity_id: str, span: Ref | Span) -> bool:
        """Whether a mention of the entity inside the span names it: not "Abadi’s" in "Abadi’s
        spokesman", nor a name before the noun it describes ("Senate" in "A Senate committee",
        "Obama" in "the Obama administration"): a word in lower case right after it, other than
        a preposition, conjunction or relative ("Jack Morrow of Ohio", "Haimour, who …")."""
        text = self.analysis.article.text
        for start, end in self._by_entity.get(entity_id, ()):
            if span.start <= start and end <= span.end and text[end:end + 2] not in ("'s", "’s"):
                after = NEXT_WORD.match(text, end, span.end)
                if after is None or after.group(1) in LINKING_WORDS:
                    return True
        return False

    def _listed(self, span: Ref | Span) -> list[str]:
        """The entities a coordination lists ("Smith and Jones", "Haller, Weiss and Brandt",
        "Acme or the union"): each mention followed (perhaps after its possessive "'s") by a
        comma, "and", "or" or "&", or ending the phrase, when "and", "or" or "&" joins them;
        none when the phrase is no list or lists fewer than two names ("Varga, who …", "Devon
        and Cornwall Police")."""
        text = self.analysis.article.text
        if not COORDINATOR.search(text, span.start, span.end):
            return []
        lo = bisect_left(self._mention_starts, span.start)
        hi = bisect_left(self._mention_starts, span.end)
        listed = [eid for _start, end, eid in self._mentions[lo:hi]
                  if end <= span.end and COORDINATED.match(text, end, span.end)]
        return listed if len(listed) > 1 else []

    def _mentions_in(self, start: int, end: int) -> bool:
        i = bisect_left(self._mention_starts, start)
        return i < len(self._mentions) and self._mentions[i][1] <= end and self._mentions[i][0] < end

    # --- claims -----------------------------------------------------------------------------

    def claim(self, index: int, back: Place | None = None) -> Stop:
        c = self.claims[index]
        marks: list[Mark] = [(c.content.start, c.content.end, "claim-content")]
        spans = [(c.content.start, c.content.end)]
        if c.cue is not None:
            marks.append((c.cue.start, c.cue.end, "claim-cue"))
            spans.append((c.cue.start, c.cue.end))
        if c.source is not None:
            marks.append((c.source.start, c.source.end, "claim-source"))
            spans.append((c.source.start, c.source.end))
        place = Place(c.content.start, c.content.end, "claim", index, back=back)
        return Stop(place, _union(spans), tuple(marks), self.claim_status(index))

    def claim_status(self, index: int) -> str:
        """``claim 7/16 · Muhannad Haimour · said``: position, who, and the verb that says so."""
        c = self.claims[index]
        source = self.ref_name(c.source) if c.source else "no source"
        cue = c.cue.text if c.cue else c.kind
        return one_line(f"claim {index + 1}/{len(self.claims)} · {source} · {cue}")

    def next_claim(self, place: Place) -> Stop | None:
        """The claim after the current one, or the first starting at or after the cursor."""
        if place.kind in ("claim", "source"):
            index = place.index + 1
        else:
            index = bisect_left(self._claim_starts, place.start)
        return self.claim(index) if index < len(self.claims) else None

    def previous_claim(self, place: Place) -> Stop | None:
        if place.kind in ("claim", "source"):
            index = place.index - 1
        else:
            index = bisect_left(self._claim_starts, place.start) - 1
        return self.claim(index) if index >= 0 else None

    def claim_at(self, place: Place) -> int | None:
        """The claim the reader is on: the current one, else the first one the cursor span touches."""
        if place.kind in ("claim", "source"):
            return place.index
        i = bisect_left(self._claim_starts, place.start)
        if i > 0 and self.claims[i - 1].content.end > place.start:
            return i - 1
        if i < len(self.claims) and self._claim_starts[i] < max(place.end, place.start + 1):
            return i
        return None

    def toggle_source(self, place: Place) -> Stop | None:
        """From a claim to its source span; from a source back to where the reader was."""
        if place.kind == "source" and place.back is not None:
            return self.stop_at(place.back)
        index = self.claim_at(place)
        if index is None:
            return None
        c = self.claims[index]
        if c.source is None:
            return None
        src = c.source
        claim_stop = self.claim(index)
        back = place if place.kind == "claim" else claim_stop.place
        start, end = self.referent(src)
        marks = (*claim_stop.marks, (start, end, "focus"))
        status = one_line(f"source of claim {index + 1}/{len(self.claims)} · {self.ref_name(src)}")
        return Stop(Place(start, end, "source", index, back=back), (start, end), marks, status)

    def referent(self, ref: Ref) -> tuple[int, int]:
        """Where the words of a source or participant point, as ``(start, end)`` of the text.

        A pronoun ("he said") points to its antecedent ("Abadi’s spokesman"); words that
        name no entity themselves but are linked to one point to its nearest mention before
        them (its first when none is before); any other ref points to itself.
        """
        if ref.antecedent is not None:
            return ref.antecedent.start, ref.antecedent.end
        mentions = self._by_entity.get(ref.entity or "")
        if mentions and not self._mentions_in(ref.start, ref.end):
            before = bisect_left(mentions, (ref.start, 0)) - 1
            return mentions[max(before, 0)]
        return ref.start, ref.end

    # --- events ---------------------------------------------------------------------------

    def list_events(self, order: EventOrder | None = None, which: EventFilter | None = None) -> None:
        """Set the events that ``}``/``{`` go through and the Events pane lists: which of
        them (``EVENT_FILTERS``) and in what order; None keeps the current choice.

        One order everywhere: ``event(i)`` is the i-th row of the pane and the status counts
        "event i/n" in it. Equal salience keeps text order.
        """
        self.event_order = order or self.event_order
        self.event_filter = which or self.event_filter
        if self.event_filter == "story":
            from tui.analysis_model import story_events  # not made before the first frame (its docstring)

            events = story_events(self.analysis.events)
        else:
            events = [e for e in self.analysis.events if self._passes(e, self.event_filter)]
        by_text = sorted(events, key=lambda e: (e.trigger.start, e.what.start))
        order = self.event_order
        self.events = by_text if order == "text" else sorted(by_text, key=lambda e: -e.salience)
        self._event_starts = [e.trigger.start for e in by_text]
        self._event_index = {e.id: i for i, e in enumerate(self.events)}

    def _passes(self, ev: Event, which: EventFilter) -> bool:
        if which == "unquoted":
            return not any(start <= ev.trigger.start < end for start, end in self._quotes)
        if which in ("person", "org"):
            label = "PERSON" if which == "person" else "ORG"
            return any(label in self._who_labels(r) for r in ev.who)
        return True

    def _who_labels(self, ref: Ref) -> set[str]:
        """The type labels of the entities a participant is (through a pronoun's antecedent):
        each one a coordination lists ("Smith and Jones", ``_listed``)."""
        entity_id, _ = self.speaker(ref)
        ids = [entity_id] if entity_id in self.entities else self._listed(ref.antecedent or ref)
        return {self.entities[i].label for i in ids if i in self.entities}

    def event_index(self, event_id: str) -> int | None:
        """The row of an event in the current listing, None when a filter hides it."""
        return self._event_index.get(event_id)

    def event(self, index: int) -> Stop:
        ev = self.events[index]
        marks: list[Mark] = [(ev.what.start, ev.what.end, "event-what")]
        marks += [(r.start, r.end, "event-who") for r in ev.who]
        marks += [(r.start, r.end, "event-whom") for r in ev.whom]
        marks += [(r.start, r.end, "event-where") for r in ev.where]
        if ev.when is not None:
            marks.append((ev.when.start, ev.when.end, "event-when"))
        span = _union([(s, e) for s, e, _ in marks])
        place = Place(span[0], span[1], "event", index)
        return Stop(place, span, tuple(marks), f"event {index + 1}/{len(self.events)} · {self.event_summary(ev)}")

    def event_parts(self, ev: Event) -> tuple[str, str, str]:
        """who, what, and "where · when" (the resolved date when there is one), each on one line.

        A passive whose agent is inside ``what`` ("was questioned by federal investigators")
        reads from its subject, the ``whom`` ("The senator · was questioned by …"), so the agent
        is not said twice and the one acted on is not left out.
        """
        actors = ev.who
        if ev.whom and ev.who and all(ev.what.start <= r.start and r.end <= ev.what.end for r in ev.who):
            actors = ev.whom
        who = ", ".join(self.ref_name(r) for r in actors) or "—"
        setting = [", ".join(self.ref_name(r) for r in ev.where)] if ev.where else []
        if ev.when is not None:
            setting.append(ev.when.date or ev.when.text)
        return one_line(who), one_line(ev.what.text), one_line(" · ".join(setting))

    def event_summary(self, ev: Event) -> str:
        """who · what · where · when."""
        return " · ".join(part for part in self.event_parts(ev) if part)

    def next_event(self, place: Place) -> Stop | None:
        """The next event of the listing; from elsewhere in the text, in text order the first
        event at or after the cursor, in story order the top of the list."""
        if place.kind == "event":
            index = place.index + 1
        elif self.event_order == "text":
            index = bisect_left(self._event_starts, place.start)
        else:
            index = 0
        return self.event(index) if index < len(self.events) else None

    def previous_event(self, place: Place) -> Stop | None:
        """The event listed before; from elsewhere, the one before the cursor (text order) or
        the bottom of the list (story order)."""
        if place.kind == "event":
            index = place.index - 1
        elif self.event_order == "text":
            index = bisect_left(self._event_starts, place.start) - 1
        else:
            index = len(self.events) - 1
        return self.event(index) if index >= 0 else None

    # --- entity mentions --------------------------------------------------------------------

    def entity_at(self, place: Place) -> tuple[str, int] | None:
        """The entity under the cursor and which of its mentions: the first one in the cursor span."""
        if place.kind == "mention" and place.entity is not None:
            return place.entity, place.index
        if place.kind == "source":
            src = self.claims[place.index].source
            if src is not None and src.entity in self._by_entity:
                mentions = self._by_entity[src.entity]
                return src.entity, max(0, bisect_left(mentions, (src.start, 0)) - 1)
        lo = bisect_left(self._mention_starts, place.start - self._longest_mention)
        hi = bisect_left(self._mention_starts, max(place.end, place.start + 1))
        for start, end, eid in self._mentions[lo:hi]:
            if end > place.start:
                return eid, self._by_entity[eid].index((start, end))
        return None

    def mention(self, entity_id: str, index: int) -> Stop:
        mentions = self._by_entity[entity_id]
        index %= len(mentions)
        start, end = mentions[index]
        entity = self.entities[entity_id]
        status = one_line(f"{entity.name} · {type_word(entity.label)} · mention {index + 1}/{len(mentions)}")
        place = Place(start, end, "mention", index, entity=entity_id)
        return Stop(place, (start, end), ((start, end, "focus"),), status)

    def next_mention(self, place: Place) -> Stop | None:
        """The entity's next mention, round to its first after the last."""
        found = self.entity_at(place)
        return self.mention(found[0], found[1] + 1) if found else None

    def previous_mention(self, place: Place) -> Stop | None:
        found = self.entity_at(place)
        return self.mention(found[0], found[1] - 1) if found else None


def source_groups(nav: Navigator) -> list[tuple[str, list[int]]]:
    """Claims grouped by who makes them (``Navigator.speaker``), groups in order of first claim."""
    groups: dict[str, tuple[str, list[int]]] = {}
    for i, c in enumerate(nav.claims):
        key, name = nav.speaker(c.source) if c.source else ("", "no source")
        groups.setdefault(key, (name, []))[1].append(i)
    return list(groups.values())
