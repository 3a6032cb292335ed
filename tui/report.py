"""One article's claims with their verdicts, and its notes, as reports that leave the terminal.

``build_report`` gathers them (over an analysis with the corrections already applied);
``to_markdown``, ``to_csv``, ``to_json`` and ``to_claimreview`` write them for an editor, a
spreadsheet, a program and the web (schema.org ``ClaimReview`` JSON-LD, what fact-checkers
publish and search engines read: https://schema.org/ClaimReview and Google's "Fact Check"
structured-data guidelines). ``attribution`` is the one line the reader copies with ``y``.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.analysis_model import Analysis, Claim
from tui.model import Annotation, Article
from tui.navigation import Navigator
from tui.oneline import one_line
from tui.review import RATING_NAMES, RATING_VALUES, Correction, Verdict, verdicts_by_claim

REPORT_SCHEMA = "newsread/report@1"
CSV_COLUMNS = ("source", "source entity", "cue", "stance", "kind", "content", "sentence",
               "start", "end", "verdict", "note")
ORGANISATION_LABELS = frozenset({"ORG", "NORP", "GPE", "FAC", "LOC"})
"""Entity labels whose claims are made by an organisation (schema.org ``Organization``)."""
UNPUBLISHED = frozenset({"needs check"})
"""Verdicts kept out of ClaimReview: a claim still to be checked has not been reviewed."""


@dataclass(slots=True)
class ClaimEntry:
    """One claim of the report: ``number`` counts from 1 in reading order; ``source`` is who
    makes it as the reader tells it, ``entity`` the name of the entity that is (or "")."""

    number: int
    claim: Claim
    source: str
    entity: str
    entity_label: str | None
    verdict: Verdict | None
    corrected: bool


@dataclass(slots=True)
class Report:
    article: Article
    analysis: Analysis
    claims: list[ClaimEntry]
    notes: list[Annotation]
    corrections: list[Correction]
    unplaced: list[Verdict]
    """Verdicts on no claim of this analysis: orphans (their words are gone), or on a claim the
    engine no longer finds. Kept, and listed."""


def article_uri(article: Article) -> str:
    """Where the article is: its URL, else its file as a ``file:`` URI, else its id as a URN
    (the naming ``tui.store.export`` gives an annotation's source)."""
    if article.url:
        return article.url
    if article.input and article.input != "-" and Path(article.input).is_absolute():
        return Path(article.input).as_uri()
    if article.input and article.input != "-":
        return Path(article.input).resolve().as_uri()
    return "urn:newsread:" + article.id


def build_report(analysis: Analysis, verdicts: list[Verdict], notes: list[Annotation],
                 corrections: list[Correction]) -> Report:
    """The report of ``analysis`` (corrections applied, see ``tui.review.apply_corrections``)
    with the verdicts, notes and corrections placed on its text."""
    nav = Navigator(analysis)
    by_claim = verdicts_by_claim(nav.claims, verdicts)
    entries = []
    for i, claim in enumerate(nav.claims):
        source = entity = ""
        label = None
        if claim.source is not None:
            source = nav.ref_name(claim.source)
            key, name = nav.speaker(claim.source)
            if key in nav.entities:
                entity, label = name, nav.entities[key].label
        corrected = claim.id in analysis.corrected or (
            claim.source is not None and claim.source.entity in analysis.corrected)
        entries.append(ClaimEntry(i + 1, claim, source, entity, label, by_claim.get(i), corrected))
    placed = {id(v) for v in by_claim.values()}
    unplaced = [v for v in verdicts if id(v) not in placed]
    return Report(analysis.article, analysis, entries, list(notes), list(corrections), unplaced)


def attribution(content: str, who: str, article: Article) -> str:
    """``“…” — Haider al-Abadi, via AFP, https://…``: a claim's words, who makes it and where,
    on one line to paste elsewhere (the quote marks of a direct quote are not doubled)."""
    parts = [f"“{one_line(content).strip(chr(34) + '“”')}” — {one_line(who) or 'unattributed'}"]
    if article.source:
        parts.append(f"via {one_line(article.source)}")
    parts.append(article_uri(article))
    return ", ".join(parts)


# --- Markdown ---------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~&=])")


def md_escape(text: str) -> str:
    """Article words as Markdown text: every character CommonMark could read as markup is
    backslash-escaped, and line breaks become spaces (a report line never breaks a block)."""
    return _MD_SPECIAL.sub(r"\\\1", one_line(text))


def to_markdown(report: Report) -> str:
    """Title, source, date and URL; each claim with its source, cue and stance, the quoted
    content, verdict and note; then the notes."""
    a = report.article
    out = [f"# {md_escape(a.title or a.input or 'Untitled')}", ""]
    for label, value in (("Source", a.source), ("Byline", a.byline), ("Published", a.published)):
        if value:
            out.append(f"- {label}: {md_escape(value)}")
    out += [f"- URL: <{article_uri(a)}>", "", f"## Claims ({len(report.claims)})", ""]
    for e in report.claims:
        c = e.claim
        cue = f"{md_escape(c.cue.text)} ({c.cue.stance})" if c.cue else "no cue"
        corrected = " · *corrected*" if e.corrected else ""
        out += [f"### {e.number}. {md_escape(e.source or 'no source')} — {cue} · {c.kind}{corrected}", "",
                f"> {md_escape(c.content.text)}", ""]
        if e.verdict is not None:
            out.append(f"**Verdict: {RATING_NAMES[e.verdict.rating]}**")
            if e.verdict.anchor.note:
                out += ["", md_escape(e.verdict.anchor.note)]
            if e.verdict.evidence:
                out += ["", *(f"- Evidence: <{url}>" for url in e.verdict.evidence)]
        else:
            out.append("*No verdict yet.*")
        out.append("")
    if report.unplaced:
        out += [f"## Verdicts on claims no longer found ({len(report.unplaced)})", ""]
        out += [f"- “{md_escape(v.anchor.exact)}”: **{RATING_NAMES[v.rating]}**"
                + (f": {md_escape(v.anchor.note)}" if v.anchor.note else "") for v in report.unplaced]
        out.append("")
    if report.corrections:
        out += [f"## Corrections ({len(report.corrections)})", ""]
        out += [f"- {md_escape(c.describe())}{' (orphan)' if c.anchor.orphan else ''}" for c in report.corrections]
        out.append("")
    out += [f"## Notes ({len(report.notes)})", ""]
    for n in report.notes:
        tags = " ".join(f"#{t}" for t in n.tags)
        line = f"- “{md_escape(n.exact)}”" + (" (orphan)" if n.orphan else "")
        if n.note:
            line += f": {md_escape(n.note)}"
        if tags:
            line += f" {md_escape(tags)}"
        out.append(line)
    if not report.notes:
        out.append("*No notes.*")
    return "\n".join(out) + "\n"


# --- CSV and JSON -------------------------------------------------------------------------------


def to_csv(report: Report) -> str:
    """One row per claim under a header row of ``CSV_COLUMNS``; ``sentence`` counts from 1,
    ``start``/``end`` are code-point offsets into the article's text."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    for e in report.claims:
        c = e.claim
        writer.writerow([
            e.source, e.entity, c.cue.text if c.cue else "", c.cue.stance if c.cue else "", c.kind,
            c.content.text, "" if c.sentence is None else c.sentence + 1, c.content.start, c.content.end,
            RATING_NAMES[e.verdict.rating] if e.verdict else "", e.verdict.anchor.note if e.verdict else "",
        ])
    return buf.getvalue()


def _verdict_json(v: Verdict) -> dict[str, Any]:
    return {"rating": v.rating, "name": RATING_NAMES[v.rating], "note": v.anchor.note,
            "evidence": list(v.evidence), "modified": v.anchor.modified}


def to_json(report: Report) -> dict[str, Any]:
    """``newsread/report@1``: the article's metadata (not its text), each claim as in the
    analysis contract plus who makes it, its verdict and whether a correction touched it,
    the corrections and the notes."""
    a = report.article.to_json()
    a.pop("text"), a.pop("paragraphs"), a.pop("styles")
    return {
        "schema": REPORT_SCHEMA,
        "engine": {"version": report.analysis.engine_version, "model": report.analysis.model},
        "article": {**a, "uri": article_uri(report.article)},
        "claims": [{**e.claim.to_json(), "number": e.number, "source_name": e.source,
                    "source_entity": e.entity or None, "verdict": _verdict_json(e.verdict) if e.verdict else None,
                    "corrected": e.corrected} for e in report.claims],
        "corrections": [{"fix": c.fix, "exact": c.anchor.exact, "start": c.anchor.start,
                         "end": c.anchor.end, "orphan": c.anchor.orphan, "description": c.describe(),
                         "note": c.anchor.note} for c in report.corrections],
        "unplaced_verdicts": [{"exact": v.anchor.exact, "orphan": v.anchor.orphan, **_verdict_json(v)}
                              for v in report.unplaced],
        "notes": [{"exact": n.exact, "start": n.start, "end": n.end, "note": n.note, "tags": n.tags,
                   "color": n.color, "orphan": n.orphan} for n in report.notes],
    }


# --- ClaimReview --------------------------------------------------------------------------------


def to_claimreview(report: Report) -> list[dict[str, Any]]:
    """A schema.org ``ClaimReview`` for every claim with a verdict (not "needs check"): the
    claim's content as ``claimReviewed``, the ``Claim`` it is with its ``author`` and its
    ``appearance`` in the article, the verdict as a ``Rating`` (``alternateName`` its name,
    ``ratingValue`` on a 1-5 scale when it has one, the note as ``ratingExplanation``), and
    the day of the verdict as ``datePublished``."""
    a = report.article
    appearance: dict[str, Any] = {"@type": "NewsArticle", "url": article_uri(a)}
    if a.title:
        appearance["headline"] = one_line(a.title)
    if a.published:
        appearance["datePublished"] = a.published
    if a.source:
        appearance["publisher"] = {"@type": "Organization", "name": one_line(a.source)}
    out = []
    for e in report.claims:
        v = e.verdict
        if v is None or v.rating in UNPUBLISHED:
            continue
        claim: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
        if e.entity or e.source:
            kind = "Organization" if e.entity_label in ORGANISATION_LABELS else "Person"
            claim["author"] = {"@type": kind, "name": e.entity or e.source}
        if a.published:
            claim["datePublished"] = a.published
        rating: dict[str, Any] = {"@type": "Rating", "alternateName": RATING_NAMES[v.rating]}
        if v.rating in RATING_VALUES:
            rating |= {"ratingValue": RATING_VALUES[v.rating], "bestRating": 5, "worstRating": 1}
        if v.anchor.note:
            rating["ratingExplanation"] = v.anchor.note
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": e.claim.content.text,
            "itemReviewed": claim,
            "reviewRating": rating,
            "datePublished": v.anchor.modified[:10],
        }
        if v.evidence:
            review["citation"] = [{"@type": "CreativeWork", "url": url} for url in v.evidence]
        out.append(review)
    return out
