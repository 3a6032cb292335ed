"""Whom a pronoun source refers back to: "He said …" after "His nephew, Kyle Baxter, disagreed."

The rule a careful reader follows, kept small: the most recent earlier subject (outside
quotes) that agrees with the pronoun in number, in kind (a person for he/she, not a person
for it) and in gender where the text tells the candidate's gender (an honorific or a
gendered noun in ``data/gender.toml``: "Mrs.", "nephew", "spokeswoman"). The search goes
back two sentences at most, and a person pronoun is left unresolved rather than guessed
when the candidate stands in an earlier paragraph with other people named in between.
A relative pronoun ("…, who had championed the project") refers to the noun its clause
hangs on.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Literal

from tui.analysis.refs import EntityIndex
from tui.analysis_model import Ref

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Gender = Literal["male", "female"]

PERSON_PRONOUNS = {"he": "male", "she": "female", "him": "male", "her": "female"}
THING_PRONOUNS = {"it", "its"}
PLURAL_PRONOUNS = {"they", "them", "we"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
_SUBJECTS = ("nsubj", "nsubjpass")
_SENTENCES_BACK = 2
_PLURAL_KINDS = {"ORG", "NORP", "GPE"}  # "the ministry … they said", "Iraqis … they"


@lru_cache(maxsize=1)
def gender_words() -> dict[str, Gender]:
    """Lower-case word → the gender it tells (``data/gender.toml``)."""
    raw = resources.files("tui.analysis").joinpath("data/gender.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    return {w: g for g in ("male", "female") for w in data[g]}  # type: ignore[misc]


def _relative_kind(head: Token) -> Literal["person", "thing"] | None:
    """What a relative clause on the phrase tells of it: "who" a person, "which" a thing."""
    for clause in head.children:
        if clause.dep_ == "relcl":
            rel = next((c for c in clause.children if c.lower_ in ("who", "which") and c.tag_ in ("WP", "WDT")), None)
            if rel is not None:
                return "person" if rel.lower_ == "who" else "thing"
    return None


class Antecedents:
    """Pronoun resolution over one parsed document.

    ``phrase(head, stop=None)`` turns a head token into the source phrase the claims use,
    never reaching ``stop``; ``quoted`` says
    whether a token lies inside a quotation (a subject inside someone's quote is not a
    candidate: "We have offered three plans," he said — "we" is not "he").
    """

    def __init__(self, doc: Doc, index: EntityIndex, phrase: Callable[..., Ref],
                 quoted: Callable[[Token], bool]) -> None:
        self.doc = doc
        self.index = index
        self.phrase = phrase
        self.quoted = quoted
        self.sents = list(doc.sents)
        self._entity_gender = self._genders_of_entities()

    def relative(self, tok: Token) -> Ref | None:
        """The phrase a relative pronoun stands for: "Ruth Calder" for the "who" of
        "Senator Ruth Calder, who had championed …"; None when ``tok`` is no relative pronoun."""
        if tok.lower_ not in RELATIVE_PRONOUNS or tok.tag_ not in ("WP", "WDT"):
            return None
        clause = tok.head
        if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
            return None
        return self.phrase(clause.head, clause.left_edge)

    def personal(self, tok: Token, speakers: Sequence[Token] = ()) -> Ref | None:
        """The antecedent of a personal pronoun, or None (see module doc); ``speakers`` are
        the head tokens of earlier claims' sources, candidates too ("…," said Mayor Hart — an
        inverted subject the parser may take for an object). Sentence by sentence back from
        the pronoun: a subject whose gender the text tells and agrees, then a person named
        elsewhere in the sentence whose gender agrees ("Lord Price spoke to Lady Dunn. She
        said …"), then a subject of untold gender ("Maria Costa thanked Peter Novak. She …")."""
        word = tok.lower_
        if word not in PERSON_PRONOUNS and word not in THING_PRONOUNS and word not in PLURAL_PRONOUNS:
            return None
        pos = next((i for i, s in enumerate(self.sents) if s.start <= tok.i < s.end), 0)
        first = self.sents[max(0, pos - _SENTENCES_BACK)].start
        subjects = [t for t in self.doc[first:tok.i] if t.dep_ in _SUBJECTS and not self.quoted(t)]
        heads = {t.i: t for t in [*subjects, *(s for s in speakers if first <= s.i < tok.i)]}
        ranked: list[tuple[int, int, int, Ref]] = []  # (sentence back, tier, -position, phrase)
        for cand in heads.values():
            if cand.pos_ == "PRON" or cand.tag_ in ("WP", "WDT"):
                continue
            ref = self.phrase(cand)
            if self.agrees(word, cand, ref):
                told = word in PERSON_PRONOUNS and self.gender(cand, ref) is not None
                ranked.append((pos - self._sentence_at(cand, pos), 0 if told else 2, -cand.i, ref))
        if word in PERSON_PRONOUNS:
            ranked_at = {-r[2] for r in ranked}
            for cand in self._gendered_persons(first, tok, PERSON_PRONOUNS[word]):
                if cand.i not in ranked_at:  # also the first of two subjects ("Ms. Ortiz and her husband")
                    joined = next((c for c in cand.rights if c.dep_ == "cc"), None)  # the one person, not the pair
                    ranked.append((pos - self._sentence_at(cand, pos), 1, -cand.i, self.phrase(cand, joined)))
        if not ranked:
            return None
        back, _tier, minus_i, ref = min(ranked, key=lambda r: r[:3])
        if word in PERSON_PRONOUNS and self._others_between(self.doc[-minus_i], tok, ref.entity):
            return None
        return ref

    def _sentence_at(self, tok: Token, upto: int) -> int:
        """Index of the sentence holding ``tok``, searched back from sentence ``upto``."""
        return next(i for i in range(upto, -1, -1) if self.sents[i].start <= tok.i)

    def _gendered_persons(self, first: int, pronoun: Token, gender: Gender) -> list[Token]:
        """Heads of the person names between token ``first`` and the pronoun, outside quotes,
        whose entity the text gives the pronoun's gender ("Lady Fenella Dunn")."""
        start, end = self.doc[first].idx, pronoun.idx
        out = []
        for s, e, eid in self.index.mentions_in(start, end):
            if self._entity_gender.get(eid) != gender:
                continue
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is not None and not self.quoted(span.root):
                out.append(span.root)
        return out

    def agrees(self, word: str, head: Token, ref: Ref) -> bool:
        """Number, kind and (where the text tells it) gender."""
        label = self.index.by_id[ref.entity].label if ref.entity in self.index.by_id else None
        plural = head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in head.children)
        told = _relative_kind(head)  # "Northline Rail, which …": the text says a thing, whatever the tagger's label
        if word in PERSON_PRONOUNS:
            gender = self.gender(head, ref)
            if plural or (label is not None and label != "PERSON") or told == "thing":
                return False
            if label is None and gender is None:
                return False  # "the plan" is no "he": only a person or a gendered noun is
            return gender is None or gender == PERSON_PRONOUNS[word]
        if word in THING_PRONOUNS:
            return not plural and (label != "PERSON" or told == "thing") and told != "person" and self.gender(head, ref) is None
        return plural or label in _PLURAL_KINDS

    def gender(self, head: Token, ref: Ref) -> Gender | None:
        """What the text tells of a candidate's gender: its head noun or an appositive's
        ("His nephew, Kyle Baxter"), a title before it ("Mrs. Hart"), or what the text says
        elsewhere of the entity it names."""
        words = gender_words()
        for tok in (head, *[c for c in head.children if c.dep_ in ("appos", "compound")]):
            if tok.lower_ in words:
                return words[tok.lower_]
        if head.dep_ == "appos" and head.head.lower_ in words:
            return words[head.head.lower_]
        return self._entity_gender.get(ref.entity) if ref.entity else None

    def _genders_of_entities(self) -> dict[str, Gender]:
        """Person entities whose gender the text tells at one of their mentions: a title or
        gendered noun just before it ("Mrs. Hart", "Spokeswoman Jane Doe") or in apposition."""
        words = gender_words()
        out: dict[str, Gender] = {}
        for entity in self.index.entities:
            if entity.label != "PERSON":
                continue
            for m in entity.mentions:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                near = [span.root.head] if span.root.dep_ == "appos" else []
                near += [c for c in span.root.children if c.dep_ == "appos"]
                if span.start > 0:
                    near.append(self.doc[span.start - 1])
                    if span.start > 1 and self.doc[span.start - 1].text == ".":
                        near.append(self.doc[span.start - 2])
                near += [t for t in span if t.dep_ == "compound"]
                found = {words[t.lower_.rstrip(".")] for t in near if t.lower_.rstrip(".") in words}
                if len(found) == 1:
                    out[entity.id] = found.pop()
                    break
        return out

    def _others_between(self, cand: Token, pronoun: Token, entity: str | None) -> bool:
        """The candidate is in an earlier paragraph and another person is named after it
        whose gender the text does not tell to be other than the pronoun's: too far to tell
        which of them "he" is (a "Mrs. Sato" between does not stand in the way of "he")."""
        text = self.doc.text
        if "\n" not in text[cand.idx:pronoun.idx]:
            return False
        cand_end = cand.right_edge.idx + len(cand.right_edge)
        gender = PERSON_PRONOUNS.get(pronoun.lower_)
        return any(self.index.by_id[eid].label == "PERSON" and eid != entity
                   and self._entity_gender.get(eid, gender) == gender
                   for _s, _e, eid in self.index.mentions_in(cand_end, pronoun.idx))
