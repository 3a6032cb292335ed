"""Where a reporting verb's content lies when it is not among the verb's own complements.

``claims._Finder.verb_claim`` first looks for the content the lexicon's frames name among
the cue's children (``said [that …]``); the functions here find it around the cue instead,
in constructions PolNeAR counts as attributions (their figures: PolNeAR train, measured with
the tuning harness of issue 10):

- an "as" clause commenting on the clause it hangs on: ``As the Post reported, [the agency
  issued subpoenas]``, ``[the deficit will grow], as the budget office noted``;
- the clause after an impersonal hedge: ``it seems [likely that the vote will slip]``;
- the clause "made clear" announces: ``she made it clear [that she would veto it]``;
- the one word that stands for a clause: ``half said [so]``, ``most said [yes]``;
- the clause before an attribution the parser hung on it: ``[the harbour should be
  dredged], an editorial reads``.

They take parsed tokens and give token ranges; they build no claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Token

_OWN_CONTENT = {"ccomp", "xcomp", "pcomp", "attr", "acomp", "oprd", "parataxis"}
_ADDRESSEES = {"PERSON", "ORG", "NORP", "GPE"}  # "as she told the Daily News": whom it was told
_PRONOUNS = {"me", "us", "him", "her", "them", "reporters"}
_TELLING = {"tell", "inform", "assure", "reassure", "remind", "brief", "notify", "advise"}  # whose object is the hearer
_SET_OFF = {",", "—", "–", "--", "-"}
_PLAIN = {"clear", "plain"}  # "made it clear that …"
_ANSWERS = {"yes", "no", "so"}  # "half said so"


def commented_clause(verb: Token, settings: Collection[str]) -> tuple[Token, Token] | None:
    """The clause an "as" clause headed by ``verb`` vouches for, as its (first, last) token.

    ``As the Post reported, the agency issued subpoenas`` gives "the agency … subpoenas";
    ``Turnout fell, as the mayor had predicted`` gives "Turnout fell"; with the "as" clause
    inside the clause (``In Ohio, as X noted, turnout fell``) the longer side. None unless
    ``verb`` heads an adverbial clause opened by the subordinator "as", set off by a comma or
    a dash, hung on a verb, and missing its own content: a clause, an infinitive, an object
    (other than whom it was told), a phrase other than one of the saying's ``settings``
    ("in a column", "on Tuesday"). That keeps out the "as" of time (`as he accepted the
    nomination`, `as talks continue to stall`), of comparison (`as easy as it may seem`) and
    "as if"; "as expected" with nobody expecting is the caller's to refuse (it asks for a
    speaker)."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    first = verb.left_edge
    if first.lower_ != "as" or first.dep_ != "mark" or first.head.i != verb.i or first.nbor(1).lower_ in ("if", "though"):
        return None
    if _has_content(verb, settings):
        return None
    lo, hi = verb.left_edge.i, verb.right_edge.i
    doc = verb.doc
    while hi > verb.i and doc[hi].is_punct:  # the comma closing the clause may hang on its verb
        hi -= 1
    before = [t for t in doc[head.left_edge.i:lo] if not t.is_punct]
    after = [t for t in doc[hi + 1:head.right_edge.i + 1] if not t.is_punct]
    side = after if len(after) >= len(before) else before
    if not side:
        return None
    between = doc[hi + 1] if side is after else doc[lo - 1]
    if between.text not in _SET_OFF:
        return None
    return side[0], side[-1]


def _has_content(verb: Token, settings: Collection[str]) -> bool:
    """Whether the verb has a content of its own: a clause, an infinitive, an object other
    than whom it was told (`told staff`, `assured investors`: the object of a verb of telling
    is its hearer), a phrase other than one of the saying's ``settings``."""
    for child in verb.children:
        if child.dep_ in _OWN_CONTENT or child.dep_ == "prep" and child.lower_ not in settings:
            return True
        if (verb.lemma_ not in _TELLING and child.dep_ == "dobj" and child.i > verb.i and child.ent_type_ not in _ADDRESSEES
                and child.lower_ not in _PRONOUNS):
            return True
    return False


def trailing_attribution(verb: Token, settings: Collection[str]) -> tuple[Token, Token] | None:
    """`Facebook built the tool for crises, a spokeswoman said on Saturday, and …`, `The mill
    is hanging on, but it is under pressure, said its chief executive.`: an attribution after
    the clause it reports, set off by a comma, that the parser hung on that clause as a
    conjunct or a complement. Gives the clause before it, as (first, last) token; None unless
    the verb has its subject (before it, or after it when the verb opens the attribution), no
    content of its own (see ``_has_content``), and a comma or dash right before its clause
    (`the team lost and the coach complained` joins two events)."""
    head = verb.head
    if verb.dep_ == "ROOT":
        return _fronted_clause(verb, settings)
    if verb.dep_ not in ("conj", "ccomp") or head.i > verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    inverted = verb.left_edge.i == verb.i  # "…, said its chief executive"
    if not any(c.dep_ == "nsubj" and (c.i < verb.i or inverted) for c in verb.children) or _has_content(verb, settings):
        return None
    lo = verb.left_edge.i
    if lo == 0 or verb.doc[lo - 1].text not in _SET_OFF:
        return None
    before = [t for t in verb.doc[head.left_edge.i:lo] if not t.is_punct]
    return (before[0], before[-1]) if before else None


_FRONTED = {"nsubj", "nsubjpass", "npadvmod", "dep", "dobj", "ccomp"}
"""How the parser hangs the words of a clause it failed to see on the reporting verb after it."""


def _fronted_clause(verb: Token, settings: Collection[str]) -> tuple[Token, Token] | None:
    """`People who cycle sleep better, researchers reported.`: the clause before an attribution
    that ends its sentence, where the parser took the clause's words for the verb's own (its
    subject "People", the clause's verb a noun): the verb then has a second subject, after a
    comma, and the words before that comma are hung on it directly, from the sentence's start.
    Gives them as (first, last) token when they hold a verb (`Yesterday, officials said` has
    none) and the reporting verb has no content of its own."""
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj" and c.left_edge.i > verb.sent.start), None)
    if subject is None or subject.left_edge.nbor(-1).text not in _SET_OFF or _has_content(verb, settings):
        return None
    comma = subject.left_edge.i - 1
    front = [c for c in verb.lefts if c.i < comma]
    start = verb.sent.start
    while start < comma and (verb.doc[start].is_punct or verb.doc[start].is_space):
        start += 1
    if not front or front[0].dep_ not in _FRONTED or front[0].left_edge.i != start:
        return None
    if any(c.dep_ not in _FRONTED and c.dep_ != "punct" for c in front):
        return None  # "After the vote, …", "When it opened, …": a circumstance of the saying
    words = [t for t in verb.doc[start:comma] if not t.is_punct]
    if not any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    return words[0], words[-1]


def impersonal_clause(verb: Token) -> list[Token]:
    """What an impersonal "it seems" hedges: the clause after the verb, with the predicate
    before it (`it seems [likely that …]`, `it appears [that the vote was close]`, `it
    seems like [nobody noticed]`); [] unless "it" is the verb's subject and a clause follows."""
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children):
        return []
    clause = [c for c in verb.rights if c.dep_ == "ccomp"][:1]
    if not clause:
        return []
    pred = [c for c in verb.rights if c.i < clause[0].i and c.dep_ in ("acomp", "oprd", "attr")]
    return pred + clause


def made_clear(verb: Token) -> tuple[Token, Token] | None:
    """`made it clear that …`, `made clear Monday they …`: the adjective ("clear", "plain")
    and the clause it announces, or None. The parser hangs the clause on the verb or on the
    adjective; a clause is needed (`made clear his aim` is an object, no report)."""
    if verb.lemma_ != "make":
        return None
    word = next((c for c in verb.children if c.lower_ in _PLAIN and c.i > verb.i), None)
    if word is None:
        return None
    clause = next((c for c in (*verb.children, *word.children) if c.i > word.i
                   and c.dep_ in ("ccomp", "advcl") and c.pos_ in ("VERB", "AUX")), None)
    return (word, clause) if clause is not None else None


def answer_word(verb: Token) -> Token | None:
    """`half said so`, `72 percent said yes`: the one word a clause-taking verb reports, or
    None (also for `said no to the war`: what was refused is its content, not the word)."""
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.rights):
        return None
    return next((c for c in verb.rights if c.lower_ in _ANSWERS and c.dep_ in ("intj", "advmod", "dobj", "ccomp")
                 and c.n_lefts == c.n_rights == 0), None)
