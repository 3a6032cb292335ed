"""A fact-checker's work on an article: verdicts on its claims and corrections of its analysis.

Both are anchored on the article's words exactly like notes (an ``Annotation`` holding the W3C
TextQuoteSelector and TextPositionSelector, the note, the timestamps and the orphan flag), so
they follow the words when the article's text changes and are never lost. Nothing here names
an engine id: a claim is the one whose content the anchor covers, an entity the one with a
mention under an anchor, so a correction applies to every analysis of the article, cached,
recomputed or from a newer engine, and ``apply_corrections`` is a pure function of the two.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal, get_args

from tui.model import Annotation, Span

if TYPE_CHECKING:
    from tui.analysis_model import Analysis, Claim, Entity, Event, Mention, Ref

Rating = Literal["true", "mostly true", "misleading", "false", "unverifiable", "needs check"]
RATINGS: tuple[Rating, ...] = get_args(Rating)
"""The verdicts, in the order the dialog offers them."""

RATING_NAMES: dict[str, str] = {r: r.capitalize() for r in RATINGS}
"""How a verdict is written for people (and as ClaimReview ``alternateName``): ``False``."""

RATING_VALUES: dict[str, int] = {"true": 5, "mostly true": 4, "misleading": 2, "false": 1}
"""Verdicts on a truth scale (1 worst, 5 best) as ClaimReview ``ratingValue``; the others
(unverifiable, needs check) say nothing about truth and carry only their name."""

OPEN_RATINGS = frozenset({"needs check"})
"""Verdicts that leave a claim to be reviewed: "unreviewed" means no verdict or one of these."""

Fix = Literal["source", "drop_claim", "drop_event", "merge", "split"]
FIXES: tuple[Fix, ...] = get_args(Fix)
"""What a correction does: set a claim's source, drop a claim or an event, merge the entity
under the anchor into the one under ``target``, split the mention under the anchor out of
its entity."""


def parse_rating(value: str) -> Rating:
    """A verdict as typed or imported (any case, ``_`` or ``-`` for a space, or its name).

    Raises ValueError naming the verdicts when ``value`` is none of them.
    """
    key = " ".join(value.replace("_", " ").replace("-", " ").split()).lower()
    if key not in RATINGS:
        raise ValueError(f"unknown verdict {value!r} (verdicts: {', '.join(RATINGS)})")
    return key  # type: ignore[return-value]


@dataclass(slots=True)
class Verdict:
    """A verdict on the claim whose content ``anchor`` covers; ``anchor.note`` is the note,
    ``evidence`` the URLs that support it."""

    anchor: Annotation
    rating: Rating
    evidence: list[str] = field(default_factory=list)

    @property
    def open(self) -> bool:
        return self.rating in OPEN_RATINGS


@dataclass(slots=True)
class Correction:
    """A fix of what the engine found, anchored on the claim's content (``source``,
    ``drop_claim``), the event's words (``drop_event``) or an entity's mention (``merge``,
    ``split``). ``target`` anchors a mention of the entity meant (the source, or the entity to
    merge into); ``name`` is a source typed by the reader instead."""

    anchor: Annotation
    fix: Fix
    target: Annotation | None = None
    name: str = ""

    def describe(self) -> str:
        """One line for people: ``source → Muhannad Haimour``, ``claim dropped``."""
        if self.fix == "source":
            return f"source → {self.name or (self.target.exact if self.target else '?')}"
        if self.fix == "merge":
            return f"“{self.anchor.exact}” merged into “{self.target.exact if self.target else '?'}”"
        return {"drop_claim": "claim dropped", "drop_event": "event dropped",
                "split": f"“{self.anchor.exact}” split out"}[self.fix]


Review = Verdict | Correction


# --- finding what an anchor covers -----------------------------------------------------------


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _best(spans: Iterable[tuple[int, int, int]], start: int, end: int) -> int | None:
    """The index of the span (start, end, index) that overlaps [start, end) most, None if none does
    (an empty anchor counts as covering the character at its offset)."""
    end = max(end, start + 1)
    best, most = None, 0
    for s, e, i in spans:
        shared = _overlap((s, max(e, s + 1)), (start, end))
        if shared > most:
            best, most = i, shared
    return best


def claim_index(claims: Sequence[Claim], start: int, end: int) -> int | None:
    """The claim whose content overlaps ``[start, end)`` most (code points), or None."""
    return _best(((c.content.start, c.content.end, i) for i, c in enumerate(claims)), start, end)


def verdicts_by_claim(claims: Sequence[Claim], verdicts: Iterable[Verdict]) -> dict[int, Verdict]:
    """Each placed verdict on the claim (index into ``claims``) its anchor overlaps most; of
    several on one claim, the one modified last."""
    out: dict[int, Verdict] = {}
    for v in sorted(verdicts, key=lambda v: v.anchor.modified):
        i = None if v.anchor.orphan else claim_index(claims, v.anchor.start, v.anchor.end)
        if i is not None:
            out[i] = v
    return out


def _entity_at(entities: Sequence[Entity], start: int, end: int) -> tuple[Entity, Mention] | None:
    """The entity with the mention that overlaps ``[start, end)`` most, and that mention."""
    mentions = [(e, m) for e in entities for m in e.mentions]
    i = _best(((m.start, m.end, n) for n, (_, m) in enumerate(mentions)), start, end)
    return mentions[i] if i is not None else None


# --- applying corrections ----------------------------------------------------------------------


def apply_corrections(analysis: Analysis, corrections: Iterable[Correction]) -> Analysis:
    """``analysis`` with the reader's corrections applied, oldest first; ``analysis`` is not
    changed. Orphaned corrections, and those whose claim, event or entity is not in this
    analysis, are skipped. The ids of the claims and entities a correction changed are added
    to ``corrected`` of the result, so that the reader and reports can say so.

    Offsets of the anchors (and targets) must already be placed on ``analysis.article.text``
    (``tui.store.reviews.reviews_for_article`` does so).
    """
    fixes = [fix for fix in sorted(corrections, key=lambda c: (c.anchor.created, c.anchor.id))
             if not (fix.anchor.orphan or (fix.target is not None and fix.target.orphan))]
    if not fixes:  # nothing changes: no deep copy (a 50,000-word analysis's takes half a second)
        return replace(analysis, corrected=set(analysis.corrected))
    out = copy.deepcopy(analysis)
    for fix in fixes:
        _APPLY[fix.fix](out, fix)
    return out


def _fix_source(an: Analysis, fix: Correction) -> None:
    from tui.analysis_model import Entity, Mention, Ref  # not made before the first frame (its docstring)

    i = claim_index(an.claims, fix.anchor.start, fix.anchor.end)
    if i is None:
        return
    claim = an.claims[i]
    text = an.article.text
    if fix.target is not None and (found := _entity_at(an.entities, fix.target.start, fix.target.end)):
        entity, mention = found
        named = Span(mention.start, mention.end, mention.text)
        if claim.source is None:
            claim.source = Ref(named.start, named.end, named.text, entity.id)
        else:
            src = claim.source
            claim.source = Ref(src.start, src.end, src.text, entity.id, antecedent=named)
        an.corrected.add(claim.id)
        return
    name = fix.name or (fix.target.exact if fix.target is not None else "")
    words = claim.source or claim.cue
    if not name.strip() or words is None:
        return
    # A typed name is an entity of its own, mentioned where the claim names its source.
    entity = Entity(id=f"corrected:{name}", label="PERSON", name=name,
                    mentions=[Mention(words.start, words.end, text[words.start:words.end])])
    known = next((e for e in an.entities if e.id == entity.id), None)
    if known is None:
        an.entities.append(entity)
    elif all(m.start != words.start for m in known.mentions):
        known.mentions.append(entity.mentions[0])
        known.mentions.sort(key=lambda m: (m.start, m.end))
    claim.source = Ref(words.start, words.end, text[words.start:words.end], entity.id)
    an.corrected |= {claim.id, entity.id}


def _drop_claim(an: Analysis, fix: Correction) -> None:
    i = claim_index(an.claims, fix.anchor.start, fix.anchor.end)
    if i is None:
        return
    gone = an.claims.pop(i).id
    for event in an.events:
        if event.claim == gone:
            event.claim = None


def _drop_event(an: Analysis, fix: Correction) -> None:
    i = _best(((e.what.start, e.what.end, n) for n, e in enumerate(an.events)),
              fix.anchor.start, fix.anchor.end)
    if i is not None:
        an.events.pop(i)


def _refs(an: Analysis) -> Iterable[tuple[Claim | Event, str, int, Ref]]:
    """Every ref of the analysis with where it sits: (owner, field, index in the list, ref)."""
    for claim in an.claims:
        if claim.source is not None:
            yield claim, "source", -1, claim.source
    for event in an.events:
        for name in ("who", "whom", "where"):
            for n, ref in enumerate(getattr(event, name)):
                yield event, name, n, ref


def _set_ref(owner: Claim | Event, name: str, n: int, ref: Ref) -> None:
    if n < 0:
        setattr(owner, name, ref)
    else:
        getattr(owner, name)[n] = ref


def _merge(an: Analysis, fix: Correction) -> None:
    if fix.target is None:
        return
    gone = _entity_at(an.entities, fix.anchor.start, fix.anchor.end)
    into = _entity_at(an.entities, fix.target.start, fix.target.end)
    if gone is None or into is None or gone[0] is into[0]:
        return
    a, b = gone[0], into[0]
    b.mentions = sorted({(m.start, m.end): m for m in b.mentions + a.mentions}.values(),
                        key=lambda m: (m.start, m.end))
    b.aliases = list(dict.fromkeys([*b.aliases, a.name, *a.aliases]))
    an.entities.remove(a)
    for owner, name, n, ref in list(_refs(an)):
        if ref.entity == a.id:
            _set_ref(owner, name, n, replace(ref, entity=b.id))
    an.corrected.add(b.id)


def _split(an: Analysis, fix: Correction) -> None:
    found = _entity_at(an.entities, fix.anchor.start, fix.anchor.end)
    if found is None or len(found[0].mentions) < 2:
        return
    old, mention = found
    old.mentions = [m for m in old.mentions if m != mention]
    new = replace(old, id=f"{old.id}/split:{mention.start}", name=mention.text, mentions=[mention], aliases=[])
    an.entities.insert(an.entities.index(old) + 1, new)
    for owner, name, n, ref in list(_refs(an)):
        if ref.entity == old.id and _overlap((ref.start, ref.end), (mention.start, mention.end)) > 0:
            _set_ref(owner, name, n, replace(ref, entity=new.id))
    an.corrected |= {old.id, new.id}


_APPLY = {"source": _fix_source, "drop_claim": _drop_claim, "drop_event": _drop_event,
          "merge": _merge, "split": _split}
