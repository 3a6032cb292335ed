"""The analysis: what the engine found in one article (``Analysis``: its entities with their
mentions, the claims with their cue and source, the events), and its JSON contract
(``newsread/analysis@1``).

Plain dataclasses like those of ``tui.model`` (the article, the notes), kept apart from them
so that the reader's first frame, which shows an article and its notes before there is any
analysis, does not pay for making these classes (a dataclass's methods are compiled when its
class is made: ~7 ms for these here). Offsets are Unicode code-point indices into
``Article.text``, end exclusive, everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from tui.model import Article, Span

ANALYSIS_SCHEMA = "newsread/analysis@1"


EntityLabel = Literal[
    "PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
    "LANGUAGE", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL",
]
ClaimKind = Literal["direct", "indirect", "mixed", "credit"]
Stance = Literal["neutral", "assertive", "concessive", "denial", "directive", "hedged", "other"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One place an entity is named: code points ``start``–``end`` (end exclusive), its text, and the
    label the engine gave that one mention when it differs from its entity's (else None)."""

    start: int
    end: int
    text: str
    label: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.label is not None:
            out["label"] = self.label
        return out


@dataclass(slots=True)
class Entity:
    """One thing the article names, however often and in whatever words ("ISIS", "Islamic State"):
    its id ("e1"), label (spaCy's: PERSON, ORG, GPE …), canonical name, its mentions in text
    order and its other names."""

    id: str
    label: str
    name: str
    mentions: list[Mention]
    aliases: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "name": self.name,
            "aliases": list(self.aliases),
            "mentions": [m.to_json() for m in self.mentions],
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Entity:
        return cls(
            id=d["id"],
            label=d["label"],
            name=d["name"],
            aliases=list(d.get("aliases", [])),
            mentions=[Mention(m["start"], m["end"], m["text"], m.get("label")) for m in d["mentions"]],
        )


# How a claim's source was found: ``named`` (a name in the sentence), ``described`` (a
# description: "a local official", "Abadi's spokesman"), ``pronoun`` (he/she/it/they or
# "who", resolved to its antecedent), ``inferred`` (the speaker of an earlier quote, for a
# quote with no cue of its own), ``unknown`` (a pronoun with no antecedent one can trust).
Resolution = Literal["named", "described", "pronoun", "inferred", "unknown"]


@dataclass(frozen=True, slots=True)
class Ref:
    """A span that may name one of the article's canonical entities (``entity`` is its id)."""

    start: int
    end: int
    text: str
    entity: str | None = None
    antecedent: Span | None = None  # for a pronoun ("he said"): the phrase it refers back to
    resolution: Resolution | None = None  # a claim's source: how it was found (see Resolution)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text, "entity": self.entity}
        if self.antecedent is not None:
            out["antecedent"] = self.antecedent.to_json()
        if self.resolution is not None:
            out["resolution"] = self.resolution
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Ref:
        a = d.get("antecedent")
        return cls(d["start"], d["end"], d["text"], d.get("entity"),
                   Span(a["start"], a["end"], a["text"]) if a else None, d.get("resolution"))


@dataclass(frozen=True, slots=True)
class Cue:
    """The words that mark an attribution ("said", "according to", a dash after a wire): code points
    ``start``–``end`` (end exclusive), their text, lemma and stance (neutral, denial …)."""

    start: int
    end: int
    text: str
    lemma: str
    stance: Stance = "neutral"

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text,
                "lemma": self.lemma, "stance": self.stance}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Cue:
        return cls(d["start"], d["end"], d["text"], d.get("lemma", d["text"].lower()),
                   d.get("stance", "neutral"))


@dataclass(slots=True)
class Claim:
    """One attribution: its content (what is reported, in ``parts`` when a quote is split), the cue,
    the source (None when nobody is named), its kind (direct, indirect, mixed, credit) and the
    index of its sentence in ``Analysis.sentences``."""

    id: str
    kind: ClaimKind
    content: Span
    cue: Cue | None
    source: Ref | None
    sentence: int | None = None
    parts: tuple[Span, ...] = ()  # a content in pieces (a quote split by "said X"): the pieces

    def to_json(self) -> dict[str, Any]:
        content = self.content.to_json()
        if self.parts:
            content["parts"] = [p.to_json() for p in self.parts]
        out: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "content": content,
            "cue": self.cue.to_json() if self.cue else None,
            "source": self.source.to_json() if self.source else None,
        }
        if self.sentence is not None:
            out["sentence"] = self.sentence
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Claim:
        c = d["content"]
        return cls(
            id=d["id"],
            kind=d["kind"],
            content=Span(c["start"], c["end"], c["text"]),
            cue=Cue.from_json(d["cue"]) if d.get("cue") else None,
            source=Ref.from_json(d["source"]) if d.get("source") else None,
            sentence=d.get("sentence"),
            parts=tuple(Span(p["start"], p["end"], p["text"]) for p in c.get("parts", ())),
        )


@dataclass(frozen=True, slots=True)
class Trigger:
    """The verb that names an event: code points ``start``–``end`` (end exclusive), its text and lemma."""

    start: int
    end: int
    text: str
    lemma: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "lemma": self.lemma}


@dataclass(frozen=True, slots=True)
class When:
    """An event's time as the article words it (code points, end exclusive) and, when it can be
    placed, its day resolved against the publication date (``date``: ISO 8601, None otherwise)."""

    start: int
    end: int
    text: str
    date: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "date": self.date}


@dataclass(slots=True)
class Event:
    """Who did what to whom, where and when: the trigger verb, the clause (``what``), the
    participants as spans that may name entities, a time, a salience in [0, 1], the index of its
    sentence and the id of the claim that reports it (None when the article tells it)."""

    id: str
    trigger: Trigger
    what: Span
    who: list[Ref]
    whom: list[Ref]
    where: list[Ref]
    when: When | None
    salience: float
    sentence: int | None = None
    claim: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "trigger": self.trigger.to_json(),
            "what": self.what.to_json(),
            "who": [r.to_json() for r in self.who],
            "whom": [r.to_json() for r in self.whom],
            "where": [r.to_json() for r in self.where],
            "when": self.when.to_json() if self.when else None,
            "salience": self.salience,
            "claim": self.claim,
        }
        if self.sentence is not None:
            out["sentence"] = self.sentence
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Event:
        t, w = d["trigger"], d["what"]
        wn = d.get("when")
        return cls(
            id=d["id"],
            trigger=Trigger(t["start"], t["end"], t["text"], t.get("lemma", t["text"].lower())),
            what=Span(w["start"], w["end"], w["text"]),
            who=[Ref.from_json(r) for r in d.get("who", [])],
            whom=[Ref.from_json(r) for r in d.get("whom", [])],
            where=[Ref.from_json(r) for r in d.get("where", [])],
            when=When(wn["start"], wn["end"], wn["text"], wn.get("date")) if wn else None,
            salience=float(d["salience"]),
            sentence=d.get("sentence"),
            claim=d.get("claim"),
        )


STORY_SALIENCE = 0.56
"""The salience (0..1) an event needs to be one of the events that carry the story; below it
an event is clause-level detail that the sidebar shows only on "show all". Chosen with
``benchmarks/events_loco.py`` on g5-dev: every article keeps its three most salient events
(the lowest third-ranked salience is 0.564), and with them every correct answer they give,
while the median article keeps 9.5 of its 32 events. Salience is a weighted mean, so this
moves with ``tui.analysis.events.SALIENCE_WEIGHTS``: choose them together."""

STORY_CAP = 12
"""At most this many events carry the story, however long the article (at 0.56 alone the
longest g5-dev article kept 40 of 185; the sidebar is a summary, not an index)."""


def story_events(events: list[Event]) -> list[Event]:
    """The events that carry the story, most salient first: those with salience of at least
    ``STORY_SALIENCE``, at most ``STORY_CAP`` of them, and always the most salient one (an
    article with any event has a main event). ``events`` may be in any order; the result is
    sorted by salience, ties kept in their given order."""
    ranked = sorted(events, key=lambda e: -e.salience)
    kept = [e for e in ranked[:STORY_CAP] if e.salience >= STORY_SALIENCE]
    return kept or ranked[:1]


@dataclass(frozen=True, slots=True)
class Failure:
    """A sentence the engine could not analyse (an unexpected exception on one of its items):
    ``offset`` is where the sentence starts, ``error`` the exception's type name, ``detail``
    its traceback (shown only when asked for: ``--debug``, ``NEWSREAD_DEBUG=1``)."""

    offset: int
    error: str
    detail: str = ""


@dataclass(slots=True)
class Analysis:
    """What the engine found in one article; ``to_json`` is the ``newsread/analysis@1`` contract.

    ``failures`` (sentences that could not be analysed) are not part of the contract: the CLI
    tells them on stderr, the reader in its status bar, and such an analysis is not cached.
    """

    article: Article
    engine_version: str
    model: str
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    corrected: set[str] = field(default_factory=set)
    """Ids of the claims and entities a reader's correction changed (``tui.review``); not
    part of the ``newsread/analysis@1`` contract."""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": ANALYSIS_SCHEMA,
            "engine": {"version": self.engine_version, "model": self.model},
        }
        if self.article.input is not None:
            out["input"] = self.article.input
        out["article"] = self.article.to_json()
        out["entities"] = [e.to_json() for e in self.entities]
        out["claims"] = [c.to_json() for c in self.claims]
        out["events"] = [e.to_json() for e in self.events]
        out["sentences"] = [list(s) for s in self.sentences]
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Analysis:
        return cls(
            article=Article.from_json(d["article"], input=d.get("input")),
            engine_version=d["engine"]["version"],
            model=d["engine"]["model"],
            entities=[Entity.from_json(e) for e in d.get("entities", [])],
            claims=[Claim.from_json(c) for c in d.get("claims", [])],
            events=[Event.from_json(e) for e in d.get("events", [])],
            sentences=[(int(a), int(b)) for a, b in d.get("sentences", [])],
        )
