"""Whom a pronoun source refers back to: "He said …" after "His nephew, Kyle Baxter, disagreed."

The rule a careful reader follows, kept small: the most recent earlier subject (outside
quotes) that agrees with the pronoun in number, in kind (a person for he/she — a named person
or a noun for a person's role, "The mayor … She said" —, not a person for it, a plural or a
group for they) and in gender where the text tells the candidate's gender (an honorific or a
gendered noun in ``data/gender.toml``: "Mrs.", "nephew", "spokeswoman"; else a common given
name in ``data/given_names.toml``: "Denise Walsh"). A subject whose gender the text tells and
agrees comes before a nearer one whose gender it does not tell, and one of the other gender
never qualifies. The search goes back two sentences (not counting sentences wholly inside a
quotation); past them only to a subject of the pronoun's told gender with nobody named in
between who could be "he" or "she" as well. A person pronoun is left unresolved rather than
guessed when the candidate stands in an earlier paragraph with other people named in between.
A relative pronoun ("…, who had championed the project") refers to the noun its clause
hangs on ("economists at Halden University, who argue": the economists, not the university).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Literal, NamedTuple

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
_SENTENCES_FAR = 5  # how far back a subject of told gender is sought when none is nearer
_PLURAL_KINDS = {"ORG", "NORP", "GPE"}  # "the ministry … they said", "Iraqis … they"
_NAME_KINDS = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"}  # not numbers or dates


def _read_genders(name: str) -> dict[str, Gender]:
    """Lower-case word → gender, from the ``male`` and ``female`` lists of data file ``name``."""
    data = tomllib.loads(resources.files("tui.analysis").joinpath(f"data/{name}").read_text(encoding="utf-8"))
    return {w: g for g in ("male", "female") for w in data[g]}  # type: ignore[misc]


@lru_cache(maxsize=1)
def gender_words() -> dict[str, Gender]:
    """Lower-case word → the gender it tells (``data/gender.toml``)."""
    return _read_genders("gender.toml")


@lru_cache(maxsize=1)
def given_names() -> dict[str, Gender]:
    """Lower-case given name → the gender most of its bearers have (``data/given_names.toml``)."""
    return _read_genders("given_names.toml")


def stray_first_name(doc: Doc, left: int) -> int:
    """Where a name starting at token ``left`` of ``doc`` starts once its first words that the
    parser cut off as a sentence of their own are given back (`Lucia Moreno said …` at the
    head of a paragraph, "Lucia" parsed as a one-word sentence): the start of that sentence
    when it is only capitalised proper nouns on the same line; else ``left``."""
    if left == 0 or not doc[left].is_sent_start or not doc[left].is_title:
        return left
    before = doc[left - 1].sent
    if before.end == left and all(t.pos_ == "PROPN" and t.is_title for t in before) \
            and "\n" not in doc[before.start:left].text_with_ws:
        return before.start
    return left


def given_name_gender(doc: Doc, first: int, last: int) -> Gender | None:
    """The gender the common given name opening the name at tokens ``first``..``last``
    (inclusive) of ``doc`` suggests ("Grace Mbeki"), the first name cut off by the parser
    given back (``stray_first_name``); None for a one-word name or an unknown given name."""
    first = stray_first_name(doc, first)
    return given_names().get(doc[first].lower_) if first < last else None


def _relative_kind(head: Token) -> Literal["person", "thing"] | None:
    """What a relative clause on the phrase tells of it: "who" a person, "which" a thing."""
    for clause in head.children:
        if clause.dep_ == "relcl":
            rel = next((c for c in clause.children if c.lower_ in ("who", "which") and c.tag_ in ("WP", "WDT")), None)
            if rel is not None:
                return "person" if rel.lower_ == "who" else "thing"
    return None


def _asking(verb: Token) -> bool:
    """``verb`` puts a question to someone: "ask" with the one asked as its object or passive
    subject; not "asked them to …" (an infinitive, or "to" the parser took for a preposition)
    nor "asked the governor for money" (a request)."""
    return verb.lemma_ == "ask" and not any(c.dep_ == "xcomp" or c.dep_ in ("prep", "aux") and c.lower_ in ("for", "to")
                                              for c in verb.children)


def _asker(tok: Token) -> bool:
    """``tok`` is the one who put a question: the subject of "asked the striker …", or the agent
    of "was asked by a journalist …" (a pronoun after it more likely stands for the one asked)."""
    if tok.dep_ == "nsubj":
        return _asking(tok.head) and any(c.dep_ in ("dobj", "dative") for c in tok.head.children)
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent" and _asking(tok.head.head)


def _asked(subj: Token) -> Token | None:
    """The one a subject put a question to ("A reporter asked the striker about …": the
    striker), a candidate for a pronoun after it like a subject; None if ``subj`` asked nobody."""
    if subj.dep_ != "nsubj" or not _asking(subj.head):
        return None
    return next((c for c in subj.head.children if c.dep_ in ("dobj", "dative")), None)


class _Candidate(NamedTuple):
    """One earlier phrase a pronoun may stand for, with what orders it among the others."""

    rank: int  # 0: agrees in what the text tells (a gender, a plural); 1: merely not against it
    back: int  # sentences back from the pronoun
    role: int  # 0: a subject or an earlier speaker; 1: a person named elsewhere in a sentence
    aside: int  # 1: a subject inside what a speaker reports, or the one who put a question; else 0
    minus_i: int  # the later, the better
    head: Token
    ref: Ref


class Antecedents:
    """Pronoun resolution over one parsed document.

    ``phrase(head, stop=None)`` turns a head token into the source phrase the claims use,
    never reaching ``stop``; ``quoted`` says
    whether a token lies inside a quotation (a subject inside someone's quote is not a
    candidate: "We have offered three plans," he said — "we" is not "he"); ``person_noun``
    whether a common noun names a person's role ("mayor", "goalkeeper").
    """

    def __init__(self, doc: Doc, index: EntityIndex, phrase: Callable[..., Ref],
                 quoted: Callable[[Token], bool], person_noun: Callable[[Token], bool]) -> None:
        self.doc = doc
        self.text = doc.text  # built anew on every access of ``doc.text``
        self.index = index
        self.phrase = phrase
        self.quoted = quoted
        self.person_noun = person_noun
        self.sents = list(doc.sents)
        self._entity_gender, self._persons = self._people_of_entities()

    def relative(self, tok: Token) -> Ref | None:
        """The phrase a relative pronoun stands for: "Ruth Calder" for the "who" of
        "Senator Ruth Calder, who had championed …"; for a "who" on a place or an organisation
        after a preposition, the people it belongs to ("economists at Halden University, who
        argue …": the economists); a description in apposition takes the entity of the name it
        describes ("Hamid Rezai, a farmer who said …": "a farmer", Hamid Rezai). None when
        ``tok`` is no relative pronoun."""
        if tok.lower_ not in RELATIVE_PRONOUNS or tok.tag_ not in ("WP", "WDT"):
            return None
        clause = tok.head
        if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
            return None
        noun = clause.head
        while (tok.lower_ == "who" and noun.dep_ == "pobj" and noun.head.dep_ == "prep"
               and noun.head.head.pos_ in ("NOUN", "PROPN") and not self._is_person(noun, self.phrase(noun))
               and self._is_person(noun.head.head, self.phrase(noun.head.head))):
            noun = noun.head.head
        ref = self.phrase(noun, clause.left_edge)
        if ref.entity is None and noun.dep_ == "appos":
            named = self.phrase(noun.head, noun.left_edge)
            if self._label(named.entity) == "PERSON":
                return replace(ref, entity=named.entity)
        return ref

    def personal(self, tok: Token, speakers: Sequence[Token] = ()) -> Ref | None:
        """The antecedent of a personal pronoun, or None (see module doc); ``speakers`` are
        the head tokens of earlier claims' sources, candidates too ("…," said Mayor Hart — an
        inverted subject the parser may take for an object). In the pronoun's own sentence, its
        subject first; before it, a subject whose gender the text tells and agrees, in the
        pronoun's paragraph, before a nearer one of untold gender ("Mrs. Walsh chaired the
        meeting. Dr. Okafor objected. She said …"); else sentence by sentence back, a subject
        before a person named elsewhere in the sentence whose gender agrees ("Lord Price spoke
        to Lady Dunn. She said …"). Past two sentences only as ``_SENTENCES_FAR`` says."""
        word = tok.lower_
        if word not in PERSON_PRONOUNS and word not in THING_PRONOUNS and word not in PLURAL_PRONOUNS:
            return None
        pos = next((i for i, s in enumerate(self.sents) if s.start <= tok.i < s.end), 0)
        near = self._candidates(word, tok, self._window_start(pos, _SENTENCES_BACK), speakers, pos)
        if near:
            best = min(near, key=lambda c: (c.back > 0, c.back > 0 and self._jumps(c, tok), c.back, c.role, c.aside,
                                            c.rank, c.minus_i))
            if word in PERSON_PRONOUNS and "\n" in self.text[best.head.idx:tok.idx] and (
                    best.role or self._others_between(tok, best.ref.entity, best.head.right_edge.idx + len(best.head.right_edge))):
                return None  # in an earlier paragraph: only its subject, and only with nobody else like it about
            return best.ref
        if word not in PERSON_PRONOUNS:
            return None
        far = self._candidates(word, tok, self._window_start(pos, _SENTENCES_FAR), speakers, pos)
        latest = min(far, key=lambda c: (c.back, c.role, c.minus_i), default=None)
        if latest is None or latest.rank or latest.role or self._others_between(
                tok, latest.ref.entity, latest.head.right_edge.idx + len(latest.head.right_edge)):
            return None
        return latest.ref

    def _jumps(self, cand: _Candidate, pronoun: Token) -> bool:
        """Whether the candidate yields to a farther one whose gender the text tells: it is
        of untold gender (he/she), or it stands in an earlier paragraph than the pronoun (where a
        nearer subject of untold gender is likelier the one meant). A plural subject comes before
        an organisation for "they" only within one sentence, not across sentences."""
        return (bool(cand.rank) and pronoun.lower_ in PERSON_PRONOUNS) or "\n" in self.text[cand.head.idx:pronoun.idx]

    def _window_start(self, pos: int, back: int) -> int:
        """Index of the first token ``back`` sentences before sentence ``pos``, not counting
        sentences wholly inside a quotation (a long quote before "she said" is one turn)."""
        i, counted = pos, 0
        while i > 0 and counted < back:
            i -= 1
            if any(not self.quoted(t) and not t.is_punct and not t.is_space for t in self.sents[i]):
                counted += 1
        return self.sents[i].start

    def _candidates(self, word: str, tok: Token, first: int, speakers: Sequence[Token], pos: int) -> list[_Candidate]:
        """The subjects and earlier speakers from token ``first`` to the pronoun that agree
        with it, and for he/she the persons named there whose told gender agrees."""
        subjects = [t for t in self.doc[first:tok.i] if t.dep_ in _SUBJECTS and not self.quoted(t)]
        speaking = {s.i for s in speakers}
        cues = {s.head.i for s in speakers}
        asked = [o for t in subjects if (o := _asked(t)) is not None and not self.quoted(o)]
        heads = {t.i: t for t in [*subjects, *(s for s in speakers if first <= s.i < tok.i), *asked]}
        out: list[_Candidate] = []
        for cand in heads.values():
            if cand.pos_ == "PRON" and stray_first_name(self.doc, cand.i) == cand.i or cand.tag_ in ("WP", "WDT"):
                continue  # a pronoun; but a surname under a stray first name is one the tagger mistook ("Svetlana | Ivanova")
            ref = probe = self.phrase(cand, next((c for c in cand.rights if c.dep_ == "prep"), None)
                                      if cand in asked else None)  # "the striker", not "… about his future"
            if cand.i in speaking and self._label(ref.entity) not in (None, "PERSON") and self._given(cand) is not None:
                probe = replace(ref, entity=None)  # a speaker with a given name the tagger labelled otherwise: "Vera Ingram said"
            if self.agrees(word, cand, probe):
                if word in PERSON_PRONOUNS:
                    rank = 0 if self.gender(cand, probe) is not None else 1
                else:
                    rank = 0 if word in THING_PRONOUNS or self._plural(cand) else 1  # "Investors …" before "Helix Corp."
                aside = _asker(cand) or any(a.dep_ == "ccomp" and a.head.i in cues for a in cand.ancestors)
                out.append(_Candidate(rank, pos - self._sentence_at(cand, pos), 0, int(aside), -cand.i, cand, ref))
        if word in PERSON_PRONOUNS:
            taken = {c.head.i for c in out}
            for cand in self._gendered_persons(first, tok, PERSON_PRONOUNS[word]):
                if cand.i not in taken:  # also the first of two subjects ("Ms. Ortiz and her husband")
                    joined = next((c for c in cand.rights if c.dep_ == "cc"), None)  # the one person, not the pair
                    out.append(_Candidate(1, pos - self._sentence_at(cand, pos), 1, 0, -cand.i, cand,
                                          self.phrase(cand, joined)))
        return out

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

    @staticmethod
    def _plural(head: Token) -> bool:
        """A plural noun or a coordination, also of a name the parser hung on an appositive
        ("Dr. Patel, the surgeon, and Nurse Okoye both"; not "Ada Roe, a developer and
        spokeswoman", one person)."""
        return head.tag_ in ("NNS", "NNPS") or any(
            c.dep_ == "conj" or c.dep_ == "appos" and (c.lower_ in ("both", "all") or any(
                a.dep_ == "conj" and a.pos_ == "PROPN" for a in c.children))
            for c in head.children)

    def _label(self, entity: str | None) -> str | None:
        """The entity's label, ``PERSON`` for a person the tagger labelled otherwise ("Vera
        Ingram, the head teacher" as ORG); None for no entity."""
        if entity is None or entity not in self.index.by_id:
            return None
        return "PERSON" if entity in self._persons else self.index.by_id[entity].label

    def _is_person(self, head: Token, ref: Ref) -> bool:
        """A person's name or a noun for a person ("economists", "the mayor")."""
        label = self._label(ref.entity)
        return label == "PERSON" or label is None and (self.person_noun(head) or self.gender(head, ref) is not None)

    def agrees(self, word: str, head: Token, ref: Ref) -> bool:
        """Number, kind and (where the text tells it) gender."""
        label = self._label(ref.entity)
        plural = self._plural(head)
        told = _relative_kind(head)  # "Northline Rail, which …": the text says a thing, whatever the tagger's label
        if word in PERSON_PRONOUNS:
            if plural or (label is not None and label != "PERSON") or told == "thing":
                return False
            gender = self.gender(head, ref)
            if gender is not None:
                return gender == PERSON_PRONOUNS[word]
            return label == "PERSON" or told == "person" or self.person_noun(head)  # "The mayor … She said"
        if word in THING_PRONOUNS:
            return (not plural and (label != "PERSON" or told == "thing") and told != "person"
                    and self.gender(head, ref) is None and not self.person_noun(head))
        return plural or label in _PLURAL_KINDS

    def gender(self, head: Token, ref: Ref) -> Gender | None:
        """What the text tells of a candidate's gender: its head noun or an appositive's
        ("His nephew, Kyle Baxter"), a title before it ("Mrs. Hart"), what the text says
        elsewhere of the entity it names, or the given name before a name the tagger missed
        ("Grace Mbeki")."""
        words = gender_words()
        near = (head, *[c for c in head.children if c.dep_ in ("appos", "compound")])
        for tok in near:
            if tok.lower_.rstrip(".") in words:
                return words[tok.lower_.rstrip(".")]
        if head.dep_ == "appos" and head.head.lower_ in words:
            return words[head.head.lower_]
        if ref.entity:
            return self._entity_gender.get(ref.entity)
        return self._given(head)

    def _given(self, head: Token) -> Gender | None:
        """The gender a common given name before a name's last word suggests ("Grace Mbeki")."""
        if head.pos_ != "PROPN" and stray_first_name(self.doc, head.i) == head.i:
            return None
        first = min((t.i for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"), default=head.i)
        return given_name_gender(self.doc, first, head.i)

    def _people_of_entities(self) -> tuple[dict[str, Gender], set[str]]:
        """Person entities whose gender the text tells at one of their mentions — a title or
        gendered noun just before it ("Mrs. Hart", "Spokeswoman Jane Doe") or in apposition,
        else a common given name ("Denise Walsh"); none where mentions disagree ("Lady
        Ashworth", "Mr. Henry Ashworth" in one entity) — and the ids of the entities that are
        persons: those labelled so, and names of another label with a person's role or title
        beside them ("Vera Ingram, the head teacher")."""
        words = gender_words()
        genders: dict[str, Gender] = {}
        persons: set[str] = set()
        for entity in self.index.entities:
            if entity.label not in _NAME_KINDS:
                continue
            told: set[Gender] = set()
            given: set[Gender] = set()
            person = entity.label == "PERSON"
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
                told |= {words[t.lower_.rstrip(".")] for t in near if t.lower_.rstrip(".") in words}
                person = person or any(t.pos_ == "NOUN" and self.person_noun(t) for t in near) or bool(told)
                if (first := given_name_gender(self.doc, span.start, span.end - 1)) is not None:
                    given.add(first)
            if person:
                persons.add(entity.id)
                if len(told or given) == 1:
                    genders[entity.id] = next(iter(told or given))
        return genders, persons

    def _others_between(self, pronoun: Token, entity: str | None, start: int) -> bool:
        """Another person than the candidate's entity is named, outside quotes, from character
        ``start`` to the pronoun whose gender the text does not tell to be other than the pronoun's (a "Mrs.
        Sato" does not stand in the way of "he")."""
        gender = PERSON_PRONOUNS.get(pronoun.lower_)
        return any(self._label(eid) == "PERSON" and eid != entity
                   and self._entity_gender.get(eid, gender) == gender and not self.quoted(self.doc.char_span(
                       s, e, alignment_mode="expand").root)
                   for s, e, eid in self.index.mentions_in(start, pronoun.idx))
