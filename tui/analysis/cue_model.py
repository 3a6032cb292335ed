"""A learned second cue detector: reporting words the lexicon (``cues.tsv``) does not list.

News reports stances with hundreds of words, most of them rare ("have negative feelings
toward", "were more divided on", "the message was: …"); a word list never ends. This
module scores any verb or noun that governs a content-bearing structure — a
clause, an infinitive, an object, a prepositional object, a clause after a colon — by a
logistic regression over sparse features of its parse (lemma, tags, dependency, head,
children, subject type, voice, negation, quotes nearby, neighbours' tags, and its place in
the sentence: a lexicon cue above it, whether its subject names a person, organisation,
group or place, the size of its content, its position). Weights and the decision threshold
live in ``data/cue_model.tsv``, written by ``benchmarks/cue_model.py`` from PolNeAR train
(``polnear-train``; its texts are read at run time, the file holds feature names and
weights only): an L2-regularised logistic regression (full-batch Adagrad) over the
candidates of ``candidate``, a candidate being positive when it lies in a gold cue span and
its frame's content matches that attribution's content (token Dice >= .5, the scorer's
match). The threshold is chosen on train alone: on probabilities of each candidate from a
model fitted without its article's fold (5 folds), the one of a grid of .05 steps that
most raises the claims F1 (a new claim pays when right more often than F/2 of the time);
``polnear-dev`` only reports figures (the file's header).

Inference is a dictionary sum over the few dozen features of a candidate: no numpy.
"""

from __future__ import annotations

import math
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from tui.analysis.cues import CueEntry, cue_lemma, cue_table, lookup

if TYPE_CHECKING:
    from spacy.tokens import Token

# an adjective the lexicon lacks is the claims module's own rule's (``attitude_of``: who holds
# the attitude, and not one to come to, "they should get excited about …")
_POS = {"VERB": "VERB", "NOUN": "NOUN"}
# "was expected to double", "is supposed to allow", "is going to", "used to": expectation and
# modal frames are the writer's forecast, never a claim, whatever the model says; nor is a
# copula or light verb ("is", "had", "did") a cue of its own: its speaker is rarely its subject
_MODAL = {"expect", "suppose", "go", "use", "have", "need", "able", "likely", "unlikely", "due", "set", "bind",
          "be", "do", "get"}
_PERSONAL = {"i", "we", "you", "he", "she", "they", "it"}
_CLAUSE = ("ccomp", "parataxis")
_AGENTS = ("PERSON", "ORG", "NORP", "GPE")
_LABEL = ("amod", "compound", "nmod", "nummod", "det", "poss", "case")


@dataclass(frozen=True, slots=True)
class Frame:
    """How a candidate cue governs its content: ``kind`` is ``clause`` (``said [that …]``),
    ``inf`` (``vowed [to …]``), ``object`` (``slammed [the plan]``), ``prep`` (``feelings
    toward [X]``, ``prep`` the preposition token) or ``colon`` (``the message was: […]``);
    ``parts`` are the tokens heading the content (their subtrees are it)."""

    kind: str
    parts: tuple[Token, ...]
    prep: Token | None = None


def frame_of(tok: Token) -> Frame | None:
    """The content structure a verb or noun governs, by one general rule keyed on
    the parse: a clause, else an infinitive, else a direct object, else the object of its
    first preposition (within three words), else the clause after a colon right after it
    (or after the copula it is the subject of); None when it governs none of these."""
    if _POS.get(tok.pos_) is None:
        return None
    if not tok.n_rights:
        return _after_colon(tok)
    rights = list(tok.rights)
    for kind, deps in (("clause", _CLAUSE), ("inf", ("xcomp",))):
        parts = tuple(c for c in rights if c.dep_ in deps and c.pos_ in ("VERB", "AUX"))
        if kind == "clause" and tok.pos_ == "NOUN":
            parts = tuple(c for c in rights if c.dep_ in ("acl", "ccomp") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
        elif kind == "inf" and tok.pos_ == "NOUN":
            parts = tuple(c for c in rights if c.dep_ == "acl" and any(
                m.dep_ == "aux" and m.lower_ == "to" for m in c.children))
        if parts:
            return Frame(kind, parts[:1])
    objs = tuple(c for c in rights if c.dep_ == "dobj")
    if objs and tok.pos_ in ("VERB", "AUX"):
        return Frame("object", objs[:1])
    for c in rights:
        if c.i > tok.i + 3:
            break
        if c.dep_ == "prep":
            pobj = tuple(o for o in c.children if o.dep_ in ("pobj", "pcomp"))
            if pobj:
                return Frame("prep", pobj[:1], c)
    return _after_colon(tok)


def _after_colon(tok: Token) -> Frame | None:
    """`The message was: …`, `Her verdict: …`: a clause after a colon that ends the cue's phrase."""
    doc = tok.doc
    at = tok.right_edge.i + 1
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and tok.head.i == at:
        at += 1
    if at + 1 >= len(doc) or doc[at].text != ":" or doc[at + 1].is_space or doc[at + 1].is_quote:
        return None  # a quote after the colon is the quote pass's, with its speaker
    end = doc[at + 1].sent.end
    heads = tuple(t for t in doc[at + 1:end] if t.head.i < at + 1 or t.head.i >= end or t.head.i == t.i)
    return Frame("colon", heads[:1]) if heads else None


def features(tok: Token, frame: Frame, quoted: Container[int]) -> list[str]:
    """The sparse features of a candidate cue: names of indicator features, each weight 1."""
    pos = _POS[tok.pos_]
    lemma = tok.lemma_.lower()
    head = tok.head
    f = ["bias", f"lp={lemma}|{pos}", f"pos={pos}", f"tag={tok.tag_}", f"dep={tok.dep_}",
         f"hp={head.pos_}", f"dep>hp={tok.dep_}>{head.pos_}",
         f"fr={frame.kind}|{pos}", f"lfr={lemma}|{frame.kind}"]
    if lemma[:5] in _lexicon_stems():
        f.append(f"stem={pos}")  # "criticism" beside "criticize", "feeling" beside "feel"
    if frame.prep is not None:
        f += [f"prep={frame.prep.lower_}|{pos}", f"lprep={lemma}|{frame.prep.lower_}"]
    part = frame.parts[0]
    f.append(f"part={part.pos_}|{frame.kind}")
    if any(m.dep_ == "mark" and m.lower_ == "that" for m in part.children):
        f.append("that")
    for c in tok.children:
        name = c.dep_
        if c.dep_ in ("prep", "prt", "aux", "neg", "mark", "auxpass", "advmod", "det", "poss"):
            name += ":" + c.lower_
        f.append(f"c={name}")
        if c.dep_ in ("nsubj", "nsubjpass", "poss"):
            kind = c.ent_type_ or ("pers" if c.lower_ in _PERSONAL or c.tag_ == "PRP$" else c.pos_)
            f.append(f"subj={c.dep_}|{kind}")
    if tok.dep_ in ("xcomp", "acomp", "dobj", "attr", "pobj"):
        f.append(f"hd={tok.dep_}|{head.lemma_.lower()}")
    near = any(i in quoted for i in range(max(0, tok.i - 3), min(len(tok.doc), tok.i + 4)))
    f.append(f"nearq={near}")
    doc = tok.doc
    inside = [doc[i] for i in range(part.left_edge.i, part.right_edge.i + 1) if i in quoted]
    if inside:
        # a quoted phrase in the content ("blasted the plan as "a costly mistake"") against a
        # scare-quoted label on a noun of it ("the party's "establishment" candidate")
        f.append("qcontent" if any(t.dep_ not in _LABEL for t in inside if not t.is_punct) else "qlabel")
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    f += [f"prevp={prev.pos_ if prev is not None else '<s>'}", f"nextp={nxt.pos_ if nxt is not None else '</s>'}"]
    return f + _shape(tok, part)


def _shape(tok: Token, part: Token) -> list[str]:
    """Features of the candidate's place in its sentence: a cue of the lexicon among its
    nearest four heads (``anc``: it lies inside another claim's content), its subject's
    entity type and whether a person, organisation, group or place is named in it (not the
    subject's word: on train folds it added nothing and ties the model to politics), the
    lemma and size (in buckets of three tokens, up to twelve) of the content's head,
    whether it is the sentence's root, its position in the sentence (buckets of three, up to
    nine), a missing subject, a passive agent."""
    f = []
    head, steps = tok, 0
    while head.head.i != head.i and steps < 4:
        head, steps = head.head, steps + 1
        pos = _POS.get(head.pos_)
        if pos in ("VERB", "NOUN") and lookup(cue_lemma(head.text, head.lemma_, pos), pos) is not None:
            f += [f"anc={head.pos_}|{tok.dep_}", "anccue"]
            break
    subject = False
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            subject = True
            if c.ent_type_:
                f.append(f"sent={c.ent_type_}")
            if any(t.ent_type_ in _AGENTS for t in c.subtree):
                f.append("subjagent")
        elif c.dep_ == "agent":
            f.append("agent")
    if not subject:
        f.append(f"nosubj|{tok.dep_}")
    size = part.right_edge.i - part.left_edge.i + 1  # the parse is projective: its subtree is a span
    before, doc = 0, tok.doc
    while before < 9 and not doc[tok.i - before].is_sent_start:  # words before it in its sentence (not .sent: a scan)
        before += 1
    f += [f"pl={part.lemma_.lower()}", f"len={min(size, 12) // 3}", f"root={tok.dep_ == 'ROOT'}",
          f"spos={before // 3}"]
    return f


@lru_cache(maxsize=1)
def _lexicon_stems() -> frozenset[str]:
    """The first five letters of every one-word lemma of the cue lexicon: a word sharing
    them is likely a derivation of a cue ("feel" → "feelings", "criticize" → "criticism")."""
    return frozenset(lemma[:5] for lemma, _pos in cue_table() if " " not in lemma and len(lemma) >= 4)


@dataclass(frozen=True, slots=True)
class CueModel:
    """Feature weights and the probability above which a candidate is a cue."""

    weights: dict[str, float]
    threshold: float

    def probability(self, feats: list[str]) -> float:
        """The logistic probability that the candidate with these features heads a cue."""
        z = sum(self.weights.get(x, 0.0) for x in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def cue_model() -> CueModel:
    """The weights of ``data/cue_model.tsv``: ``feature<TAB>weight`` rows after ``#`` header
    lines, one of them ``# threshold: P``. Raises ValueError on a malformed row."""
    raw = resources.files("tui.analysis").joinpath("data/cue_model.tsv").read_text(encoding="utf-8")
    weights: dict[str, float] = {}
    threshold = 0.5
    for line in raw.splitlines():
        if line.startswith("# threshold:"):
            threshold = float(line.split(":", 1)[1])
        elif line and not line.startswith("#"):
            name, _, value = line.rpartition("\t")
            weights[name] = float(value)
    return CueModel(weights, threshold)


def candidate(tok: Token, quoted: Container[int]) -> Frame | None:
    """The frame of a word the model is asked about: a verb or noun outside
    quotes (token indices ``quoted``), not in the cue lexicon (alone or with a preposition
    it governs), not a modal or expectation word ("was expected to", "is supposed to": the
    writer's forecast) nor a copula or light verb, governing a content (``frame_of``) that
    is neither headed by a noun cue of the lexicon, nor an infinitive or clause headed by a
    verb cue of it ("tend to favor …"), nor a thing that speaks by a verb cue of it ("a
    video that accuses …"): those claims are the lexicon's; None for any other word."""
    pos = _POS.get(tok.pos_)
    if pos is None or tok.i in quoted or tok.lemma_.lower() in _MODAL:
        return None
    lemma = cue_lemma(tok.text, tok.lemma_, pos)
    if lookup(lemma, pos) is not None or any(
            lookup(f"{lemma} {c.lower_}", pos) is not None for c in tok.rights if c.dep_ in ("prep", "prt")):
        return None
    frame = frame_of(tok)
    if frame is not None and frame.kind in ("object", "prep") and lookup(
            cue_lemma(frame.parts[0].text, frame.parts[0].lemma_, "NOUN"), "NOUN") is not None:
        return None  # "issued a statement that …", "voiced criticism of …": the noun is the cue
    if frame is not None and frame.kind in ("inf", "clause") and _POS.get(frame.parts[0].pos_) == "VERB" and lookup(
            cue_lemma(frame.parts[0].text, frame.parts[0].lemma_, "VERB"), "VERB") is not None:
        return None  # "tend to favor …", "went on to say …": the verb of the lexicon has the claim
    if frame is not None and any(c.dep_ in ("relcl", "acl") and lookup(cue_lemma(c.text, c.lemma_, "VERB"), "VERB")
                                 is not None for p in frame.parts for c in p.children):
        return None  # "released a video that accuses X of …": the thing that speaks has the claim
    return frame


def learned_cue(tok: Token, quoted: Container[int]) -> tuple[CueEntry, Frame] | None:
    """A lexicon entry made up for a word the model takes for a cue (its probability at or
    above the file's threshold), with the frame that carries its content; None otherwise.
    The entry's frames follow the structure: ``c`` for a clause (or a colon), ``i`` an
    infinitive, ``o`` an object (``prep`` naming the preposition of a prepositional one)."""
    frame = candidate(tok, quoted)
    if frame is None:
        return None
    model = cue_model()
    if model.probability(features(tok, frame, quoted)) < model.threshold:
        return None
    pos = _POS[tok.pos_]
    frames = {"clause": "c", "colon": "c", "inf": "i", "object": "o", "prep": "o"}[frame.kind]
    prep = frame.prep.lower_ if frame.prep is not None else ""
    return CueEntry(cue_lemma(tok.text, tok.lemma_, pos), pos, "other", frames, prep), frame
