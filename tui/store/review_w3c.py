"""Verdicts and corrections as W3C Web Annotations, beside the notes in an annotations export.

A review is the W3C annotation of its anchor (``tui.store.export.to_w3c``) with the
motivation the model has for it: a verdict is ``assessing`` (its body a ``TextualBody`` with
purpose ``assessing`` whose value is the verdict's name, ``False``, and each evidence URL a
``SpecificResource`` with purpose ``linking``), a correction ``editing`` (a ``TextualBody``
saying what it changes). The note stays a ``commenting`` body. ``newsread:review`` carries
the review as newsread stores it, so an export re-imports field for field; a verdict made by
another tool is read from its ``assessing`` body.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tui.errors import NewsreadError
from tui.review import RATING_NAMES, Review, Verdict
from tui.store.export import from_w3c, to_w3c
from tui.store.reviews import body, from_body

MOTIVATIONS = {"verdict": "assessing", "correction": "editing"}
REVIEW_KEY = "newsread:review"


def review_to_w3c(review: Review, *, context: bool = True) -> dict[str, Any]:
    """One W3C Annotation for a verdict or correction; ``context=False`` inside a collection."""
    out = to_w3c(review.anchor, context=context)
    kind, data = body(review)
    out["motivation"] = MOTIVATIONS[kind]
    notes = [b for b in out["body"] if b.get("purpose") == "commenting"]
    if isinstance(review, Verdict):
        out["body"] = [{"type": "TextualBody", "value": RATING_NAMES[review.rating], "purpose": "assessing"},
                       *notes,
                       *({"type": "SpecificResource", "source": url, "purpose": "linking"}
                         for url in review.evidence)]
    else:
        out["body"] = [{"type": "TextualBody", "value": review.describe(), "purpose": "editing"}, *notes]
    out[REVIEW_KEY] = {"kind": kind, **data}
    return out


def is_review(obj: Any) -> bool:
    """Whether a W3C object of an import is a verdict or correction rather than a note."""
    return isinstance(obj, dict) and (REVIEW_KEY in obj or obj.get("motivation") in MOTIVATIONS.values())


def review_from_w3c(obj: dict[str, Any], where: str) -> Review:
    """The review in one W3C object (``is_review``); a wrong verdict, or a correction without
    what it needs, raises NewsreadError starting with ``where``."""
    anchor = from_w3c(obj, where)
    bodies = [b for b in obj.get("body", []) if isinstance(b, dict)] if isinstance(obj.get("body"), list) \
        else [obj["body"]] if isinstance(obj.get("body"), dict) else []
    note = "\n\n".join(str(b.get("value", "")) for b in bodies
                       if b.get("type") == "TextualBody" and b.get("purpose") in (None, "commenting"))
    anchor = replace(anchor, note=note)
    data = obj.get(REVIEW_KEY)
    if not isinstance(data, dict):  # another tool's: an assessing annotation, read from its body
        if obj.get("motivation") != "assessing":
            raise NewsreadError(f"{where}: a correction needs its {REVIEW_KEY} object")
        rating = next((b.get("value") for b in bodies if b.get("purpose") == "assessing"), None)
        data = {"kind": "verdict", "rating": rating if isinstance(rating, str) else "",
                "evidence": [b["source"] for b in bodies
                             if b.get("purpose") == "linking" and isinstance(b.get("source"), str)]}
    try:
        return from_body(str(data.get("kind")), data, anchor)
    except (KeyError, TypeError, ValueError) as exc:
        why = exc.args[0] if isinstance(exc, ValueError) else f"missing {exc}"
        raise NewsreadError(f"{where}: {why}") from None
