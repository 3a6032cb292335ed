"""Events: who did what to whom, where and when, most salient first.

Each clause with an action (a verb with a subject) is an event. A verb that only introduces
speech ("said", "told") is not: the clause it reports is the event, tied to the claim it is
reported in. A copula ("X is Y") tells no action, and neither do the words of a direct quote
(the speaker's, not the story's) nor a subheading; a clause that retells an earlier one (the
headline repeated as the subtitle) is the same event. The parts are dependency phrases of spaCy's parse, cut to what a reader wants
in a sidebar: ``what`` is the predicate with its object ("sealed its capture of the Iraqi
city of Ramadi"), not the whole sentence; time clauses and "after …" phrases are left out.

Headlines are written in their own grammar ("Nurse protests outside Halden Tower",
"Victims named") which a model trained on running text often misparses, so a title gets a
second reading by the rules of headline grammar. A headline says what happened and the lead
says when and where: a title event missing those takes them from the lead's events.

Salience is a weighted mean of features in [0, 1] that hold for any news story: position
(title and lead weigh most), the clause's rank (main clause over subordinate), a named actor,
how much it retells the headline, a place and a time, how prominent its actor is across the
article, whether the article tells it or reports someone saying it, and whether it happened.
The weights are chosen by ``benchmarks/events_loco.py``, leaving one kind of story out.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

from tui.analysis.datelines import PARTY, PLACE_WORDS, Dateline, find_datelines
from tui.analysis.furniture import find_furniture
from tui.analysis.dates import FUTURE_MODALS, SEASONS, WEEKDAYS, has_future_modal, parse_published, resolve_date
from tui.analysis.entities import PLACE_LABELS, known_words, lexicon
from tui.analysis.faults import isolated
from tui.analysis.intervals import SpanIndex
from tui.analysis.quotes import find_pieces, single_pieces, spoken_straight_pieces
from tui.analysis.refs import EntityIndex
from tui.analysis_model import STORY_SALIENCE, Claim, Event, Ref, Trigger, When
from tui.model import Article, Span

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokenSpan

SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
OBJECTS = {"dobj", "dative", "attr", "acomp", "oprd"}
# Complements that belong to the predicate whether or not it has an object.
COMPLEMENTS = OBJECTS | {"prt", "xcomp", "ccomp"}
CLAUSE_RANK = {"ROOT": 1.0, "headline": 1.0, "conj": 0.85, "reported": 0.95, "ccomp": 0.7,
               "parataxis": 0.7, "advcl": 0.55, "relcl": 0.5, "acl": 0.5}
# Dependencies of a verb form that only modifies a noun ("dredging plan"): no clause of its own.
NOUN_MODIFIERS = {"compound", "amod", "nmod"}
# Phrases that are not part of an argument's name: clauses hung on it, asides.
PRUNE = {"relcl", "acl", "appos", "advcl", "prn", "conj", "cc", "parataxis"}
# Prepositions that add examples or comparisons to a noun phrase, not part of what it names.
ASIDE_PREPS = {"including", "excluding", "like", "unlike", "besides", "such"}
# Prepositions that open a time or circumstance, not an argument of the action.
CIRCUMSTANCE = {"after", "before", "since", "until", "following", "amid", "despite", "during",
                "as", "because", "while", "when", "ahead", "prior", "than", "like"}
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout", "into",
               "from", "on", "to", "around", "within", "off", "over", "along"}
# Verbs of harm done to people or things, whose doer is never the place it happened at
# ("an attack on a checkpoint that killed five soldiers": the attack killed, not the checkpoint).
IMPACT_VERBS = frozenset({"hit", "strike", "batter", "lash", "pound", "rock", "shake", "grip", "flood", "swamp",
                          "engulf", "ravage", "devastate", "hammer", "blanket"})
"""Verbs of what a storm, flood, quake, fire or blast does to a place ("Earthquake strikes Kobe",
"Storm batters Brighton"): the closed set of headline verbs of natural impact."""
CASUALTY_VERBS = {"kill", "injure", "wound", "hurt", "maim", "destroy", "damage"}
# Words that are a preposition or open a clause ("after the vote", "after the vote failed").
SUBORDINATORS = {"after", "before", "since", "until", "till", "once"}
# Quantifiers that float after the subject they count ("Macy's and Kohl's both reported").
FLOATING_QUANTIFIERS = {"both", "all", "each"}
# Prepositions that give a reason or a purpose ("ousted over expenses", "banned for doping").
CAUSE_PREPS = {"over", "for"}
# Verbs of obtaining, whose "from" names the one a thing is got from, a party, not a place (Levin
# 1993, 13.5.2 "obtain" verbs, with a club's signing and a country's importing).
OBTAINING = {"acquire", "borrow", "buy", "hire", "import", "inherit", "lease", "loan", "obtain", "poach",
             "procure", "purchase", "recruit", "rent", "sign"}
# Words of a multiple of a measure ("twice the size of", "three times the length of"); not "half",
# which is as often a part of a group that is where it lives ("half the residents of Kherson fled").
MULTIPLES = {"twice", "thrice", "times"}
# Prepositions whose object takes part in the action (an opponent, an agent), not its place.
OPPONENT_PREPS = {"against", "by", "versus", "vs", "vs."}
# Entity types that can act, and nouns that name a point or stretch of time ("by the deadline",
# "by the weekend" set a limit, not an agent).
ACTOR_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
# Verbs whose "it" is no one: the weather's ("said it would rain") and the dummy subject of a
# span or a judgement ("said it would take years", "said it was too early to tell")
DUMMY_IT_VERBS = {"be", "take", "rain", "snow", "hail", "pour", "drizzle", "freeze", "thaw", "seem", "appear", "remain"}
TIME_NOUNS = {"deadline", "end", "start", "beginning", "close", "weekend", "midnight", "noon", "dawn", "dusk",
              "morning", "afternoon", "evening", "night", "day", "week", "month", "year", "time", "date",
              "then", "now", "today", "tomorrow", "tonight"}
# Prepositions that only ever locate, and the names that cannot be where something is.
SITE_PREPS = {"at", "outside", "inside", "near"}
NOT_SITES = {"PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
             "QUANTITY"}
RELATIVE = {"who", "which", "that", "whom"}
SPEAKERS_OWN = {"its", "their"}  # "X said its sales fell": the possessive of a named speaker
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
           "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
           "southwestern", "north-east", "north-west", "south-east", "south-west", "north-eastern",
           "north-western", "south-eastern", "south-western"}  # the closed class of compass words
# Verbs that link a subject to a description of it, as "be" does (Quirk et al., copular verbs).
LINKING_VERBS = {"become", "remain", "seem", "appear", "stay", "look", "sound", "feel", "prove", "grow",
                 "stand", "lie", "sit"}
# Entity types that are no name of an actor ("last month's storm" names no one).
NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
HEADLINE_STOP = {",", ":", ";", "as", "after", "while", "but", "when", "amid", "before",
                 "despite", "and", "|", "-", "\u2013", "\u2014"}
SENTENCE_END = re.compile(r"[.!?\"'\u201d\u2019)]\s*$")
AGE = re.compile(r"\d+[- ]years?[- ]old|\baged?\b", re.I)
LEAD_SENTENCES = 10
LEAD_WEIGHT = 0.7  # the first sentence of the body, against 1.0 for the headline
RELATIVE_TIME = re.compile(r"\b(before|after|ago|earlier|later|hours of)\b", re.I)
POSSIBILITY_MODALS = {"could", "may", "might", "can", "should", "must"}
# Verbs whose "to" infinitive lies ahead of them: "plans to launch", "is expected to resume"
PROSPECTIVE = {"go", "set", "due", "plan", "expect", "schedule", "intend", "aim", "hope", "prepare",
               "promise", "pledge", "vow", "threaten", "propose", "seek", "want", "decide", "agree",
               "forecast", "predict"}
# Verbs that move an event later: the time they move it "to" or "until" lies ahead of the telling
DEFERRALS = {"postpone", "delay", "defer", "adjourn", "reschedule", "push", "put"}
# Adjectives whose "to" infinitive tells what happens or will: "is due to open", "was able to escape"
BOUND_TO = {"due", "set", "likely", "unlikely", "poised", "bound", "certain", "sure", "able", "ready", "about",
            "quick", "swift", "slow"}  # "was quick to condemn": it was done
DEGREE = {"very", "too", "so", "extremely", "highly", "increasingly", "deeply", "less", "more", "most"}
AUXILIARIES = {"be", "have", "do"}  # the primary auxiliaries with a third person "-s"
REFUSALS = {"decline", "refuse"}  # verbs whose infinitive is what the subject will not do
AGENT_NOUN_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents")  # workers, actors, activists, …
BODY_VERB_WINDOW = 300  # tokens after a headline whose verbs can tell the headline's own
HEADING_WORDS = 12  # a plain-text line longer than this is a sentence missing its full stop
RETELLING = 0.6  # Jaccard overlap of actor and predicate words above which a clause retells another
WORDS = re.compile(r"\w+")
LIST_SEPARATORS = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
CLOCK = re.compile(r"\d[:.]\d\d|\d\s*[ap]\.?m\b|\bmidnight\b|\bnoon\b", re.I)


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Lemmas of verbs that introduce speech or thought (data file, one per line)."""
    text = files("tui.analysis").joinpath("data/event_verbs.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@dataclass
class _Found:
    """A clause found in a sentence: its verb, how it ranks, and its subject.

    A headline read by headline grammar has no usable parse: its subject and predicate are
    token ranges (``subject_range``, ``predicate``) instead of a subject token, and so is the
    object of a verb the parser misread (``object_range``).
    """

    verb: Token
    rank: str
    subject: Token | None
    subject_range: tuple[int, int] | None = None
    predicate: tuple[int, int] | None = None
    object_range: tuple[int, int] | None = None


@dataclass
class _Clause:
    """An event before it gets its id and final salience; spans are token index ranges."""

    verb: Token
    rank: str
    who: list[tuple[int, int]]
    whom: list[tuple[int, int]]
    what: tuple[int, int]
    where: tuple[int, int] | None
    when: tuple[int, int] | None
    position: float
    in_title: bool
    offset: int
    own_place: bool
    grounded: int = 0  # how many of place and time the sentence itself gives (not lent ones)
    tense_of_when: Token | None = None  # the verb whose tense resolves a lent time ("will vote on Friday")
    shown_who: list[tuple[int, int]] | None = None  # a headline's actor as its lead names it in full


BACKGROUND_SCALE = 0.7
"""Salience factor of a clause that only tells more of a participant (", which employs 21,000
people", ", who had expected deeper cuts") or a condition ("unless the city improves its
offer"): the story's events come first, and these go behind "show all" (``BACKGROUND_CAP``)."""
BACKGROUND_CAP = STORY_SALIENCE - 0.01
"""Most salience a background clause keeps after ``BACKGROUND_SCALE``: just below
``tui.analysis_model.STORY_SALIENCE``, so that one in the lead sentence (", which employs
21,000 people" scores ~0.83 before scaling, ~0.58 after) goes behind "show all" too."""

SALIENCE_WEIGHTS: dict[str, float] = {
    "position": 0.4, "rank": 0.1, "named": 0.4, "echo": 0.2, "grounded": 0.0,
    "prominence": 0.1, "early": 0.0, "action": 0.2, "realis": 0.2,
}
"""Weight of each salience feature (see ``Candidate.features``); salience is the weighted mean.
Chosen with ``benchmarks/events_loco.py`` on g5-dev: the setting its grid picks on all six
categories (each category weighing alike); leaving one category out, three of the six folds
pick it too. Only the ratios matter."""


@dataclass
class Candidate:
    """An event with the features its salience is weighed from, each in [0, 1]:

    - ``position``: title 1.0, first body sentence ``LEAD_WEIGHT``, decaying by 0.85 a sentence;
    - ``rank``: main clause over conjoined, reported and subordinate ones (``CLAUSE_RANK``);
    - ``named``: the actor is a named entity (1), a noun phrase (0.5), a pronoun, a bare
      count or none (0);
    - ``echo``: share of the headline's content words the clause retells (title events 1);
    - ``grounded``: how many of place and time the sentence itself gives, halved;
    - ``prominence``: the actor's share of mentions relative to the most mentioned entity;
    - ``early``: how near the sentence start the verb is (1 at the start, 0 from 50 tokens on);
    - ``action``: 0 for what someone is reported to say ("The minister said that the army
      had withdrawn"), 1 for an action the article tells, also with its attribution after it
      ("The army withdrew on Friday, officials said", "…, reports AFP"), and for the speaker's
      own act it announces ("Halvorsen said it would cut 2,000 jobs");
    - ``realis``: 1 for what happened, happens or is announced ("will vote"), 0 for what is
      only possible, wished or denied ("would win", "could close", "did not vote").
    """

    event: Event
    features: dict[str, float]
    shown_who: list[Ref] | None = None  # the actor as shown, when not as the clause names it
    background: bool = False  # a clause that tells of a participant or a condition (``_is_background``)


def extract_events(doc: Doc, article: Article, index: EntityIndex, claims: list[Claim]) -> list[Event]:
    """Every action clause of the article as an Event, most salient first (ids v1, v2, …)."""
    return rank_events(event_candidates(doc, article, index, claims), SALIENCE_WEIGHTS)


def rank_events(candidates: list[Candidate], weights: dict[str, float]) -> list[Event]:
    """The candidates' events with salience = the ``weights``-weighted mean of their features
    (for a background clause times ``BACKGROUND_SCALE``, at most ``BACKGROUND_CAP``; rounded to 4
    places, in [0, 1]), most salient first (ties in text order), ids v1, v2, ….
    Raises ValueError when the weights sum to zero or less."""
    total = sum(weights.values())
    if total <= 0:
        raise ValueError("salience weights must sum to more than zero")
    for c in candidates:
        score = sum(w * c.features[k] for k, w in weights.items()) / total
        if c.background:
            score = min(score * BACKGROUND_SCALE, BACKGROUND_CAP)
        c.event.salience = round(min(1.0, max(0.0, score)), 4)
    order = sorted(range(len(candidates)), key=lambda i: -candidates[i].event.salience)
    out = []
    for n, i in enumerate(order, 1):
        ev = candidates[i].event
        ev.id = f"v{n}"
        out.append(ev)
    return out


def event_candidates(doc: Doc, article: Article, index: EntityIndex, claims: list[Claim],
                     quoted: bool = False) -> list[Candidate]:
    """Every action clause of the article as a Candidate, in text order, salience not yet set.

    Left out: clauses inside direct quotes unless ``quoted`` (what a speaker says happened is
    the speaker's claim, and quotes are full of "I am an optimist"), subheadings (a label
    over a section, not a sentence of the story), a clause in page furniture (a scrape's byline
    and timestamps, a photo caption: ``furniture``, whose times and places are no event's
    either), and a clause that retells one before it (a headline repeated as the subtitle)."""
    text = article.text
    title_end = _title_end(text, article)
    inside_quotes = [] if quoted else _quoted(text)
    headings = _headings(article, title_end)
    cues = {c.cue.start for c in claims if c.cue and _reports_a_clause(doc, c)}
    # a dateline's place is where the story was filed, lent to the lead below, never a clause's
    # own place (the parser often takes "KINGSPORT, England (Reuters) -" into the lead's clause)
    datelines = find_datelines(text)
    filed = [(d.start, d.end) for d in datelines]
    # a scrape's byline, timestamps and photo captions tell of the page, not of the story
    furniture = list(find_furniture(text))
    places = [p for p in _place_mentions(doc, index) if not _covered(doc[p[0]].idx, filed)
              and not _covered(doc[p[0]].idx, furniture)]
    dates = [d for d in _time_expressions(doc) if not _covered(doc[d[0]].idx, furniture)]
    clauses: list[_Clause] = []
    body_k = 0
    lead = [len(doc), 0]  # token range of the lead: the first sentences of the body
    first_end = 0  # where its first sentence ends
    for sent in _segments(doc):
        in_title = sent.start_char < title_end
        if in_title:
            position = 1.0
        elif SENTENCE_END.search(sent.text):
            position = LEAD_WEIGHT * 0.85 ** body_k
            body_k += 1
            if body_k <= LEAD_SENTENCES:
                lead[1] = sent.end
            if body_k == 1:
                first_end = sent.end
        else:
            position = 0.2  # a caption, credit or share button: no sentence of the story
        if not in_title:
            lead[0] = min(lead[0], sent.start)
        if _covered(sent.start_char, headings):
            continue
        found: list[_Found] = []
        with isolated(sent.start_char):
            found = [f for f in _sentence_clauses(sent, cues, in_title)
                     if not _covered(f.verb.idx, inside_quotes) and not _covered(f.verb.idx, furniture)]
        for f in found:
            if f.subject is not None and _covered(f.subject.idx, filed):
                f.subject = _past_dateline(f.subject, filed)
            with isolated(f.verb.idx):
                clause = _build(doc, sent, f, places, dates, position, in_title)
                clause.who = [w for w in (_past_dateline_words(doc, w, filed) for w in clause.who) if w is not None]
                clauses.append(clause)
    prominence = _prominence(index)
    title = doc.char_span(0, title_end, alignment_mode="expand") if title_end else None
    headline = _content_lemmas(doc, (0, title.end)) if title else set()
    _lend_lead_circumstances(doc, clauses, (lead[0], lead[1], first_end), article.published, dates, places, index, prominence,
                             datelines)
    starts = [sent.start_char for sent in doc.sents if text[sent.start_char:sent.end_char].strip()]
    candidates: list[Candidate] = []
    holders = SpanIndex((c.content.start, c.content.end, c) for c in claims)
    for c in clauses:
        with isolated(c.verb.idx):
            candidates.append(_event(doc, article, index, c, holders, prominence, headline, starts))
    kept = _without_retellings(candidates)  # by the words of each clause itself
    for cand in kept:
        if cand.shown_who:
            cand.event.who = cand.shown_who
    return kept


def _reports_a_clause(doc: Doc, claim: Claim) -> bool:
    """Whether a claim reports a clause, which is then the event. One whose content is only
    the object of its cue, without a verb ("Voters rejected the measure", "Residents voted
    against the plan", "complained about the delays", "The merger was rejected by
    shareholders"), names what the act was about: the act itself is the event, also when
    the thing has clauses of its own ("A convoy carrying aid was attacked by gunmen",
    "The scheme, proposed by a developer, was opposed by the club"). A wire
    credit ("AFP contributed to this report") and a description ("which it describes as one
    of the most important sites") are no acts. A verb form that only modifies a noun ("a
    dredging plan", ``NOUN_MODIFIERS``) makes no clause."""
    span = doc.char_span(claim.content.start, claim.content.end, alignment_mode="expand")
    if span is None or claim.kind == "credit":
        return True
    root = span.root
    if root.pos_ in ("NOUN", "PROPN", "PRON") and root.dep_ in ("dobj", "pobj", "nsubjpass") and all(
            t.is_punct or root.left_edge.i <= t.i <= root.right_edge.i for t in span):
        return False  # a thing with its own clauses ("A convoy carrying aid was attacked by gunmen")
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ not in NOUN_MODIFIERS for t in span) or not (
        root.dep_ in ("dobj", "pobj", "nsubjpass") or root.dep_ == "prep" and root.lower_ != "as")


def _quoted(text: str) -> list[tuple[int, int]]:
    """Character ranges of the direct quotes, double or single (straight single ones in the
    body too), quote marks included."""
    doubles = find_pieces(text)
    return sorted(doubles + single_pieces(text, doubles) + spoken_straight_pieces(text, doubles))


def _headings(article: Article, title_end: int) -> list[tuple[int, int]]:
    """Character ranges of the subheadings below the title: heading styles of a Markdown or
    HTML source, and in plain text a short line without closing punctuation standing as a
    paragraph of its own between two paragraphs that end as sentences do."""
    out = [(s.start, s.end) for s in article.styles if s.kind.startswith("h") and s.start >= title_end]
    paragraphs = [p for p in article.paragraphs if p[0] >= title_end]
    text = article.text
    for before, para, after in zip(paragraphs, paragraphs[1:], paragraphs[2:]):
        line = text[para[0]:para[1]].strip()
        if (line and len(line.split()) <= HEADING_WORDS and not SENTENCE_END.search(line)
                and SENTENCE_END.search(text[before[0]:before[1]].rstrip())
                and SENTENCE_END.search(text[after[0]:after[1]].rstrip())):
            out.append(para)
    return sorted(out)


def _past_dateline(subj: Token, filed: list[tuple[int, int]]) -> Token:
    """The lead's subject for a subject the parser found in a dateline (``filed``, sorted
    character ranges): the apposition it hung on the dateline's place after the dateline
    ("NEW YORK (Reuters) - Wall Street's main indexes fell": the indexes, not New York),
    else the subject as found."""
    return next((c for c in subj.children if c.dep_ == "appos" and not _covered(c.idx, filed)
                 and c.idx > subj.idx), subj)


def _past_dateline_words(doc: Doc, phrase: tuple[int, int], filed: list[tuple[int, int]]) -> tuple[int, int] | None:
    """An actor's token range without the dateline the parser took into it as a modifier
    ("HONG KONG (Reuters) - Asian stocks slipped" → "Asian stocks"): it starts at the first
    token after the dateline (``filed``: sorted character ranges) it starts in. None for a
    phrase wholly inside one: where the story was filed acted in it no more than its wire."""
    if not _covered(doc[phrase[0]].idx, filed):
        return phrase
    k = bisect_right(filed, (doc[phrase[0]].idx, float("inf"))) - 1
    start = next((t.i for t in doc[phrase[0]:phrase[1]] if t.idx >= filed[k][1]), phrase[1])
    return (start, phrase[1]) if start < phrase[1] else None


def _covered(offset: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether a character offset lies inside one of the sorted, non-overlapping ranges."""
    k = bisect_right(ranges, (offset, float("inf"))) - 1
    return k >= 0 and ranges[k][0] <= offset < ranges[k][1]


def _without_retellings(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates without any that retells an earlier one: the same action (trigger
    lemma) with most of the same words in actor and predicate ("Council closes school" as the
    headline and again as the subtitle)."""
    kept: list[Candidate] = []
    seen: list[tuple[str, set[str]]] = []
    for c in candidates:
        ev = c.event
        words = set(WORDS.findall(" ".join([ev.what.text, *(r.text for r in ev.who)]).lower()))
        if any(lemma == ev.trigger.lemma and len(words & other) >= RETELLING * len(words | other)
               for lemma, other in seen):
            continue
        seen.append((ev.trigger.lemma, words))
        kept.append(c)
    return kept


# --- finding clauses ------------------------------------------------------------------------

def _segments(doc: Doc) -> Iterator[TokenSpan]:
    """spaCy's sentences, cut again at line breaks: a headline, caption or paragraph ends there.
    A sentence the parser ended on a word, not a mark or a line break, runs on into the next
    ("Leeds | United sacked manager …", the first word of a name split off)."""
    start = 0
    for sent in doc.sents:
        if sent.end < len(doc) and not doc[sent.end - 1].is_punct and not doc[sent.end - 1].is_space \
                and not doc[sent.end - 1].whitespace_.count("\n"):
            continue
        for t in doc[start:sent.end]:
            if "\n" in t.text:
                if t.i > start:
                    yield doc[start:t.i]
                start = t.i + 1
        if sent.end > start:
            yield doc[start:sent.end]
        start = sent.end


def _title_end(text: str, article: Article) -> int:
    """End offset of the headline at the top of the text, 0 when there is none.

    A first line that the next line repeats with a credit glued on ("…Ramadi, IraqReuters")
    is a photo caption, not a headline.
    """
    if article.title and text.startswith(article.title.strip()):
        end = len(article.title.strip())
    elif article.paragraphs:
        end = article.paragraphs[0][1]
    else:
        nl = text.find("\n")
        end = nl if nl > 0 else 0
    first = text[:end].strip()
    if not first or len(first.split()) > 30 or "\n" in first:
        return 0
    rest = text[end:].lstrip()
    if rest.startswith(first) and rest[len(first):len(first) + 1].isalnum():
        return 0
    return end


def _sentence_clauses(sent: TokenSpan, cues: set[int], in_title: bool) -> list[_Found]:
    """Each action clause of a sentence, in text order."""
    out: list[_Found] = []
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        misread = _past_read_as_modifier(tok, sent)
        if misread is not None:
            out.append(misread)
            continue
        if (tok.pos_ == "AUX" or _is_linking(tok)) and not _is_scheduled_state(tok) or _is_adjectival(tok):
            continue  # "X is Y", "X remains Y", "X is most exposed" say what something is, not what happened
        subj = _subject(tok)
        rank = tok.dep_ if tok.dep_ in CLAUSE_RANK else None
        if in_title and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ in ("nsubj", "ROOT", "appos", "nsubjpass") \
                and tok.head.pos_ != "VERB":  # not "Museum returns stolen mask": a participle on the object
            subj, rank = tok.head, "headline"  # "Victims named as …": a headline passive
        elif in_title and _elided_passive(tok, subj):
            rank = "headline"  # "Stolen painting recovered", "Dozens killed as floods sweep …"
        elif _is_misread_past(tok):
            subj, rank = tok.head, "ROOT"
        # an infinitive after a cue is what was said, even where the parser took it for a purpose
        # ("voted on Monday to close the pier", an advcl)
        infinitive = tok.dep_ == "xcomp" or tok.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        reported = tok.head.i != tok.i and (tok.dep_ == "ccomp" or infinitive) and _introduces_speech(tok.head, cues)
        if subj is None and reported and infinitive:
            # "urged the troops to hold fast": the one urged is the one to act; with no one
            # urged, the one who decided, agreed or voted ("The council voted to close the pier")
            subj = next((c for c in tok.head.children if c.dep_ in ("dobj", "dative")), None) \
                or _subject(tok.head)
        if subj is None or rank is None and not reported or not sent.start <= subj.i < sent.end:
            continue
        if (subj.tag_ in ("WP", "WDT") or subj.left_edge.tag_ in ("WRB", "WDT", "WP")) and subj.head.dep_ != "relcl":
            continue  # "have not said what caused the fire", "how many voted": a question, no actor and no event
        if reported and infinitive and tok.head.lemma_.lower() in REFUSALS:
            continue  # "declined to comment", "refused to name the buyer": what is not done
        if _introduces_speech(tok, cues):
            continue
        if reported:
            rank = "reported"
        out.append(_Found(tok, rank, subj))
    if in_title:
        repaired = _headline_verb(sent, {f.verb.i for f in out})
        if repaired is not None:  # the parser's clause whose subject was this verb goes, and so
            # does a headline passive on its object ("Police name man charged with murder")
            out = [f for f in out if f.verb.i != repaired.verb.i
                   and (f.subject is None or f.subject.i != repaired.verb.i)
                   and not (f.rank == "headline" and f.subject is not None and repaired.predicate is not None
                            and repaired.verb.i < f.subject.i < repaired.predicate[1])] + [repaired]
    return out


def _past_read_as_modifier(verb: Token, sent: TokenSpan) -> _Found | None:
    """A past tense the parser hung on the noun after it as an adjective ("Celtic fired manager
    Rune Eriksen on Monday", the team's name taken for an adjective and the sentence's root
    put on the name): a simple past is never a noun's modifier (a participle would be), so
    the words before it are its subject and the noun phrase it hangs on its object. A past
    participle is read so too in a sentence the parser found no verb in ("Leeds United sacked
    manager Gunnar Solberg on Friday", rooted on the name) when a name, not a determiner,
    comes right before it ("the sacked manager" stays a modifier; "Portsmouth FC sacked", an
    acronym ending the name, is one, ``_ends_a_name``); a capitalised word there is part of
    the name whatever its tag ("Leeds" tagged a verb)."""
    if verb.dep_ != "amod" or verb.head.i < verb.i or verb.tag_ != "VBD" and not (
            verb.tag_ == "VBN" and verb.i > sent.start and _ends_a_name(sent.doc[verb.i - 1])
            and not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" and not t.is_title for t in sent)):
        return None
    start = verb.i
    while start > sent.start and (sent.doc[start - 1].pos_ in ("ADJ", "PROPN", "NOUN", "DET")
                                  or sent.doc[start - 1].is_title and all(x.is_space for x in sent.doc[sent.start:start - 1])) \
            and sent.doc[start - 1].ent_type_ not in ("DATE", "TIME"):
        start -= 1
    obj = verb.head
    while obj.dep_ in NOUN_MODIFIERS and obj.head.i > obj.i:
        obj = obj.head
    if start == verb.i or obj.i >= sent.end:
        return None
    # the name set beside the noun is the one acted on too ("manager Sara Lind", an apposition)
    end = max([obj.i + 1] + [c.right_edge.i + 1 for c in obj.children
                             if c.dep_ == "appos" and c.left_edge.i == obj.i + 1 and c.pos_ == "PROPN"])
    return _Found(verb, "ROOT", None, (start, verb.i), (verb.i, end), (verb.i + 1, end))


def _elided_passive(verb: Token, subj: Token | None) -> bool:
    """Whether a headline's past form after its subject is a passive with "was" left out
    ("Stolen painting recovered", "Dozens killed as floods sweep …"): the parser reads a
    simple past, but headline grammar tells a past event in the present, so a bare past form
    with no auxiliary, object or agent ("Mayor cleared by inquiry" is left to the parser) says
    what was done to its subject. A subject with an article is running text ("Then the dam
    burst"), not headline grammar. Nor is it a passive when the body tells the verb actively
    without an object ("Dam collapsed" over "a dam collapsed on Sunday", "Prices rose sharply"
    over "prices rose in March"; ``_told_actively``); "Hostages freed" over "were freed" or
    "Painting recovered" over "police recovered it" stays one."""
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    # nothing, a break, a preposition or a complement follows ("found safe"), not a word the
    # parser could not place ("Rebels seized depot", "depot" tagged an adjective: its object)
    bare = after is None or "\n" in after.text or after.is_punct or after.lower_ in HEADLINE_STOP \
        or after.pos_ in ("ADP", "ADV") or after.pos_ == "ADJ" and after.dep_ != "dep"
    return bare and verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBN") and subj is not None and subj.i < verb.i \
        and not any(c.dep_ == "det" for c in subj.children) \
        and not any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "agent", "ccomp", "xcomp") or c.lower_ == "by"
                    for c in verb.children) and not _told_actively(verb)


def _told_actively(verb: Token) -> bool:
    """Whether a sentence after the headline's (``verb``'s) uses its verb with a subject (also
    one the parser hung on it, ``_is_misread_past``: "A wildfire spread overnight across …"), no
    passive auxiliary and no object: an intransitive use ("shares slumped 8%"), which a verb
    read as a passive with "was" left out never has ("were killed", "killed 40 people")."""
    lemma, sent = verb.lemma_.lower(), verb.sent
    return any(t.lemma_.lower() == lemma and t.i >= sent.end and t.pos_ == "VERB"
               and (any(c.dep_ == "nsubj" for c in t.children) or _is_misread_past(t))
               and not any(c.dep_ in ("auxpass", "nsubjpass", "dobj", "dative") for c in t.children)
               for t in verb.doc[sent.end:])


def _ends_a_name(tok: Token) -> bool:
    """Whether a word ends a name by its letters: capitalised ("Leeds United"), or an acronym
    after a capitalised word ("Portsmouth FC", "Halvard PLC"). A bare acronym before a past
    participle is the agent of a compound modifier as often ("EU funded bridge", "UN backed
    forces"), and is left to the parser."""
    if tok.pos_ not in ("PROPN", "ADJ", "NOUN"):
        return False
    acronym = tok.is_upper and tok.is_alpha and len(tok) > 1
    return tok.is_title or acronym and tok.i > tok.sent.start and tok.doc[tok.i - 1].is_title


def _is_misread_past(verb: Token) -> bool:
    """A past tense the parser took for a participle on a noun it gave no role ("A landslide
    buried 20 homes in the town, officials said", parsed as "a landslide [that was] buried"
    hung loose on "said"): a participle with a direct object and no passive auxiliary, on a
    noun before it that is no argument of anything, is the noun's verb. So is one without an
    object that the parser hung on the noun phrase opening a sentence it rooted on that noun
    ("The bridge reopened on Monday after engineers inspected it.", "The yen weakened in
    Singapore."): a sentence ending in a full stop has a verb, and a regular past in "-ed"
    right after its opening noun phrase, with no agent ("damaged by fire", a caption's
    participle) and no verb of the sentence outside its own clause, is it."""
    head = verb.head
    if not (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and head.i < verb.i
            and head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dep", "ROOT")
            and not any(c.dep_ in ("auxpass", "aux") for c in verb.children)):
        return False
    if any(c.dep_ == "dobj" for c in verb.children):
        return True
    sent = verb.sent
    own = {t.i for t in verb.subtree}
    last = next((t for t in reversed(sent) if not t.is_space), verb)
    return (head.dep_ == "ROOT" and verb.i == head.i + 1 and head.left_edge.i == sent.start
            and verb.lower_.endswith("ed") and last.text in (".", "!")
            and not any(c.dep_ == "agent" for c in verb.children)
            and not any(t.pos_ in ("VERB", "AUX") and t.i not in own for t in sent))


def _is_linking(verb: Token) -> bool:
    """A verb that links its subject to what it is, as a copula does: with a predicate noun
    ("remains the largest owner", "became the first woman to lead it"; the parser's ``attr``
    is only ever such a complement), or a linking verb with a predicate adjective ("became
    heavier", "had stood empty"; ``LINKING_VERBS``, the closed class of English copulas).
    Not an infinitive: "urged police to stay calm" asks for an action."""
    return any(c.dep_ == "attr" for c in verb.children) or verb.lemma_.lower() in LINKING_VERBS \
        and verb.tag_ != "VB" and any(c.dep_ == "acomp" for c in verb.children) \
        and not any(c.dep_ in ("dobj", "dative") for c in verb.children)


def _is_scheduled_state(aux: Token) -> bool:
    """A copula whose adjective of likelihood or plan takes a verb: "is due to open", "are
    likely to strike", "was able to escape" (the one thing a form of "be" with a complement
    tells that happens; ``BOUND_TO``); not a feeling ("was proud to serve", "sad to lose her")."""
    return any(c.dep_ == "acomp" and c.lemma_.lower() in BOUND_TO and any(x.dep_ == "xcomp" for x in c.children)
               for c in aux.children)


def _is_adjectival(verb: Token) -> bool:
    """A passive participle graded by a degree adverb ("were most exposed", "is very
    concerned", "was too damaged to repair"): an adjective, a state, not an act."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "advmod" and c.i < verb.i and c.lower_ in DEGREE for c in verb.children)


def _subject(verb: Token) -> Token | None:
    """The verb's subject; a conjoined verb shares its head's ("X sealed … but was prevented");
    a sentence's verb without one takes a capitalised word the parser split off right before it
    as a sentence of its own ("Rangers | had talks …")."""
    taken = _subject_taken_by_preposition(verb)
    if taken is not None:
        return taken
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if subjects:  # a headline "Topic: X does Y" may give two; the nearest is the actor
        before = [c for c in subjects if c.i < verb.i]
        return before[-1] if before else subjects[0]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    if verb.dep_ == "ROOT" and verb.left_edge.i > 0:  # "Rangers | had talks …": the parser's split
        stray = verb.doc[verb.left_edge.i - 1]
        if stray.head.i == stray.i and stray.pos_ in ("NOUN", "PROPN") and stray.n_lefts + stray.n_rights == 0 \
                and "\n" not in stray.whitespace_ and stray.is_title:
            return stray
    return None


def _subject_taken_by_preposition(verb: Token) -> Token | None:
    """The subject of a clause after "after", "before", "since", "until" or "once" that the
    parser took for the object of that word as a preposition, leaving the clause's finite verb
    without a subject or with a floating "both" or "all" as one ("prices rose after drought in
    Nebraska and Iowa cut cattle herds", "came a day after Macy's and Kohl's both reported",
    "stopped running after a storm off the coast of Wales damaged the harbour", "closed until
    heavy snow in the Highlands eased"; else "cut" would take "prices" for its subject, or
    "reported" "both", or "eased" none): the preposition's object, when nothing but the words
    of noun phrases lies between it and the clause (no verb, no punctuation, no "and" of two
    clauses: not "rose after the vote and fell on Friday")."""
    if verb.dep_ not in ("advcl", "conj") or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if subjects and not (len(subjects) == 1 and subjects[0].lower_ in FLOATING_QUANTIFIERS
                         and subjects[0].i == verb.left_edge.i and subjects[0].n_lefts + subjects[0].n_rights == 0):
        return None
    doc = verb.doc
    words = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in SUBORDINATORS]
    k = verb.left_edge.i - 1
    while not words and k >= max(0, verb.i - 16):
        tok = doc[k]
        if tok.lower_ in SUBORDINATORS and tok.dep_ == "prep":
            words = [tok]
        elif tok.pos_ in ("VERB", "AUX", "PUNCT", "SCONJ") or tok.dep_ == "cc" and tok.head.pos_ not in ("NOUN", "PROPN"):
            return None
        k -= 1
    obj = next((c for w in words for c in w.children if c.dep_ == "pobj"), None)
    return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in ("DATE", "TIME") else None


def _introduces_speech(tok: Token, cues: set[int]) -> bool:
    """A verb of saying whose content is a clause or quote: the content is the event."""
    if tok.idx in cues:
        return True
    if tok.lemma_.lower() not in speech_verbs():
        return False
    return any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in tok.children) or any(
        t.is_quote for t in tok.sent
    )


def _headline_verb(sent: TokenSpan, known: set[int]) -> _Found | None:
    """Headline present tense the parser took for a plural noun ("Nurse protests outside …").

    A word in -s (or a verb left without subject) right after a name or noun, followed by an
    argument rather than a verb or the end, and before any verb the parser found, is the verb; its subject is what
    precedes it (after a "Topic:" prefix), its predicate what follows up to a clause break.
    But when the parser found no verb and gave its root, a singular noun followed by more
    words, a plural subject ("Rail workers in Germany strike for third day", strike taken for
    a noun), that root is the verb in the plural's present tense. Before both (and before an
    infinitive's "to" that follows it), a word the story's first sentences use as their verb
    is it (``_body_verb``: "Police clear protest camp" over "police cleared a camp").
    """
    toks = list(sent)
    body = sent.doc[sent.end:sent.end + BODY_VERB_WINDOW]
    aligned = _body_verb(sent, known, body)
    planned = _headline_infinitive(sent)
    if planned is not None and not any(v < planned.verb.i for v in known):  # "… to cut jobs as orders slump"
        return aligned if aligned is not None and aligned.verb.i < planned.verb.i else planned
    root = sent.root
    if not known and root.tag_ == "NN" and root.i + 1 < sent.end and not sent.doc[root.i + 1].is_punct and any(
            c.dep_ == "nsubj" and c.i < root.i and c.tag_ in ("NNS", "NNPS") for c in root.children):
        start = next((x.i + 1 for x in reversed(toks[:root.i - sent.start]) if x.text in (":", "|")), sent.start)
        if start < root.i:
            return _Found(root, "headline", None, (start, root.i), (root.i, _headline_clause_end(sent.doc, root.i)))
    if aligned is not None:
        return aligned
    verbless = not any(x.pos_ in ("VERB", "AUX") for x in toks)
    for k, t in enumerate(toks[1:-1], 1):
        if any(v < t.i for v in known):
            return None
        prev, nxt = toks[k - 1], toks[k + 1]
        if _phrase_in(prev, t, body):
            continue  # "Measles cases climb …" over "measles cases rose": a noun phrase of the body
        if verbless and _is_plural_agreement(t, prev, nxt, body):
            # "Everton appoint Silva as manager": the tagger saw no verb (not "Everton fan favourite Jones leaves club")
            start = next((x.i + 1 for x in reversed(toks[:k]) if x.text in (":", "|")), sent.start)
            if start < t.i:
                return _Found(t, "headline", None, (start, t.i), (t.i, _headline_clause_end(sent.doc, t.i)))
        plural = t.tag_ in ("NNS", "NNPS") and t.lower_.endswith("s") and not t.lower_.endswith("ss")
        # or one the parser made an auxiliary, which only "be", "have" and "do" are ("Council
        # approves revised plan")
        subjectless = t.tag_ in ("VBZ", "VBD") and (_subject(t) is None or t.dep_ == "aux" and t.lemma_ not in AUXILIARIES)
        if not (plural or subjectless):
            continue
        if t.ent_iob_ == "I" and t.ent_type_ != "PERSON":
            continue  # "Bristol Rovers": part of a name
        # "Nurse stages protest outside …", not "Rovers fans celebrate their win": the word the
        # parser took for the verb has no object of its own; and a noun of people ("Rail
        # workers strike over pay", "Trump supporters rally") is the subject, not the verb.
        # A past form before a bare noun phrase makes the word the verb only where the body
        # names the word before it, the headline's actor ("Gallery returns looted statues"
        # over "the Marlow Gallery handed over"), as a past tense headline reads the same
        # ("Pension reforms sparked protests", "Rate hikes cooled housing market").
        misread = (nxt.tag_ in ("VB", "VBP") and t.dep_ == "nsubj" and t.head.i == nxt.i
                   and not any(c.dep_ in OBJECTS for c in nxt.children)
                   or _describes_next(nxt) and not _names_in(t, body) and _names_in(prev, body)) \
            and not t.lower_.endswith(AGENT_NOUN_ENDINGS)
        # an adjective starts the predicate ("Voters Worried About …") unless it describes
        # the word's object ("Storm floods coastal villages")
        described = nxt.dep_ == "amod" and nxt.head.head.i == t.i and nxt.head.pos_ in ("NOUN", "PROPN")
        if prev.pos_ not in ("PROPN", "NOUN") or nxt.pos_ == "ADJ" and not described or (
            nxt.pos_ in ("VERB", "AUX", "PUNCT") and not nxt.is_quote and not misread
        ):  # "Voters Worried About …" is a subject with its (elided "are") predicate
            continue
        start = next((x.i + 1 for x in reversed(toks[:k]) if x.text in (":", "|")), sent.start)
        if start >= t.i:
            continue
        return _Found(t, "headline", None, (start, t.i), (t.i, _headline_clause_end(sent.doc, t.i)))
    return None


def _describes_next(part: Token) -> bool:
    """Whether a past form opens the bare noun phrase after it ("Museum returns looted bronzes
    to …", "Council approves revised plan"): a participle in "-ed" or "-en" that modifies the
    noun, or the parser's verb whose object starts right after it with no determiner. Headline
    grammar tells a past event in the present, so the word before it is the verb and this
    form describes the object."""
    doc = part.doc
    if part.tag_ not in ("VBD", "VBN") or not part.lower_.endswith(("ed", "en")) or part.i + 1 >= len(doc) \
            or doc[part.i + 1].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    return part.dep_ == "amod" and part.head.i > part.i or any(
        c.dep_ == "dobj" and c.left_edge.i == part.i + 1 for c in part.children)


def _names_in(tok: Token, body: TokenSpan) -> bool:
    """Whether the body uses a headline word as a noun ("rebels" in "the rebels took the
    town"): then it names someone in the headline too."""
    return any(x.lower_ == tok.lower_ and x.pos_ in ("NOUN", "PROPN") for x in body)


def _is_plural_agreement(word: Token, prev: Token, nxt: Token, body: TokenSpan) -> bool:
    """Whether a headline word is a verb in the plural that British usage gives a club, council
    or party ("Everton appoint Silva as manager", "Council approve budget", "United sign
    striker"), which the tagger, expecting "-s", took for a noun (the caller asks only of a
    headline in which it saw no verb at all): a base form after the
    subject's last word (a noun or a capitalised word), before a phrase that is its object, and
    known to the lemmatizer as a verb (``known_words``), when it is no noun or adjective
    ("appoint", "approve", "confirm"), or opens its object with a determiner, possessive,
    number or adjective, which no noun before it takes into one phrase ("sign new striker",
    "scrap six routes"), or after a name that acts in the story's first sentences (``body``,
    ``_acts_in``) is a word they never use as a noun ("United sign striker" over "Newcastle
    United completed the transfer of …"). Not a noun modifying a noun
    that the body uses so ("Council tax rise" over "council tax will rise", "Everton fan zone"
    over "the fan zone"), nor a word of a name ("Premier League transfer news")."""
    low, doc = word.lower_, word.doc
    if not word.is_alpha or low.endswith("s") or word.ent_iob_ == "I" or word.pos_ == "PROPN" \
            or low not in known_words(doc, "verb") \
            or not (prev.pos_ in ("NOUN", "PROPN") or prev.is_title) or prev.pos_ in ("DET", "ADP", "PRON") \
            or nxt.pos_ not in ("NOUN", "PROPN", "DET", "NUM", "ADJ", "PRON"):
        return False
    if nxt.tag_ in ("DT", "PRP$", "CD", "JJ") or low not in known_words(doc, "noun") and low not in known_words(doc, "adj"):
        return True
    return (prev.pos_ == "PROPN" or prev.ent_type_ != "") and _acts_in(prev, body) and not any(
        t.lemma_.lower() == low and t.pos_ in ("NOUN", "PROPN") for t in body)


def _acts_in(name: Token, body: TokenSpan) -> bool:
    """Whether the story's first sentences (``body``) make a headline's name word the subject of
    a verb of action, as the last word of the subject's head or a name before it ("Newcastle
    United completed the transfer" for "United"); "Premier League" is no actor in a body of
    clubs, nor is a name that only is something ("Manchester United are close to signing …"
    under "Man United transfer news")."""
    for t in body:
        if t.lower_ == name.lower_:
            while t.dep_ == "compound" and t.head.i > t.i:
                t = t.head
            if t.dep_ in SUBJECTS and t.head.pos_ == "VERB":
                return True
    return False


def _body_verb(sent: TokenSpan, known: set[int], body: TokenSpan) -> _Found | None:
    """The headline's verb as the story's first sentences (``body``) use it: "Police clear
    protest camp" over "police cleared a camp", "Gallery returns looted bronze" over "the
    museum returned a plaque", "Archbishop … Apologises To Survivors" over "apologised to
    survivors" (not "to abuse", an infinitive the parser made of the object). The word comes
    after a word of the subject (a noun, a name's "'s", or any capitalised word: "Sheriff
    Dolores Pike orders …"), before any verb the parser found (``known``, token indices) and,
    with a finite one in its own clause, only in "-s", the headline's present ("Storm damage
    forces …" keeps "forces"; "Talks resume in Cairo as strikes hit …" takes "resume"; "Police
    name man charged …" takes "name" over the participle); not a word the body
    uses in the same noun phrase ("Measles cases"). None when no word is such."""
    toks = list(sent)
    start = next((x.i + 1 for x in reversed(toks) if x.text in (":", "|")), sent.start)
    # the first clause break ("as", "after", a comma); "and" may join two actors
    stop = next((x.i for x in toks if x.i > start and x.lower_ in HEADLINE_STOP and x.lower_ != "and"), sent.end)
    lemmas = {t.lemma_.lower() for t in body if t.pos_ == "VERB"}
    for t in toks[1:-1]:
        if any(v <= t.i for v in known) or t.i > stop:
            return None  # a subject runs up to no clause break ("… as Kohl's report")
        if t.i > start + 1 and sent.doc[t.i - 1].pos_ == "VERB" and t.head.i != t.i - 1:
            # nor over a verb ("Moody's downgrades Halworth …"; a first word may be a name:
            # "Leeds"; "Talks resume" read as a verb and its object is a noun phrase)
            return None
        prev = sent.doc[t.i - 1]
        if t.i > start and _verb_forms(t) & lemmas and (t.lower_.endswith("s") or not any(
                v < stop and sent.doc[v].tag_ != "VBN" for v in known)) \
                and not _phrase_in(prev, t, body) and (prev.pos_ in ("NOUN", "PROPN") or prev.is_title
                                                       or prev.is_upper or prev.tag_ in ("NNS", "VBZ", "POS")):
            return _Found(t, "headline", None, (start, t.i), (t.i, _headline_clause_end(sent.doc, t.i)))
    return None


def _verb_forms(tok: Token) -> set[str]:
    """The lemmas a headline word can be the present tense of: itself, its lemma, and
    without the third person's "-s" or "-es" ("orders" → order, "apologises" → apologise)."""
    low = tok.lower_
    return {low, tok.lemma_.lower(), low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low}


def _phrase_in(first: Token, second: Token, body: TokenSpan) -> bool:
    """Whether two adjacent headline words stand together, as nouns, in the body ("Measles
    cases" in "measles cases in West Texas rose"): a noun phrase there, so one here."""
    a, b = first.lower_, second.lower_
    return any(x.lower_ == a and body.doc[x.i + 1].lower_ == b and body.doc[x.i + 1].pos_ != "VERB"
               for x in body[:-1])


def _headline_infinitive(sent: TokenSpan) -> _Found | None:
    """Headline grammar for what is planned: "Harbour bridge to close for repairs" — a noun
    phrase, "to" and a verb say the noun phrase will do it; the subject is the words before
    "to" (after a "Topic:" prefix), the predicate "to" and what follows up to a clause break."""
    toks = list(sent)
    start = next((x.i + 1 for x in reversed(toks) if x.text in (":", "|")), sent.start)
    for k, t in enumerate(toks):
        if t.i <= start or t.lower_ != "to" or k + 1 >= len(toks) or toks[k + 1].tag_ != "VB":
            continue
        before = sent.doc[start:t.i]
        # a name the tagger misread ("Brixmoor" as an adjective) is still a noun phrase
        if any(x.is_punct for x in before) or not any(x.pos_ in ("NOUN", "PROPN") or x.is_title for x in before):
            return None
        verb = toks[k + 1]
        if verb.lemma_ == "be" and k + 2 < len(toks) and toks[k + 2].tag_ == "VBN":
            verb = toks[k + 2]  # "Old bridge to be demolished": the action is the participle's
        return _Found(verb, "headline", None, (start, t.i), (t.i, _headline_clause_end(sent.doc, verb.i)))
    return None


def _headline_clause_end(doc: Doc, verb: int) -> int:
    """Where a headline's predicate ends: at the first clause break after the verb ("as",
    "after", a comma, a colon, …), time (not one that only modifies a noun: "scraps winter
    sailings") or relative pronoun, or the end of the line (the
    headline's, even where the parser ended a sentence before it). Headline grammar puts everything
    the verb does in one run after it ("Inquiry clears mayor", "hands Rovers the title"),
    which the parser, trained on running text, often splits off. A hyphen inside a word
    ("weight-loss jab") is no break."""
    end = verb + 1
    while end < len(doc) and (doc[end].lower_ not in HEADLINE_STOP or _joins_words(doc[end])) and "\n" not in doc[end].text \
            and (doc[end].ent_type_ not in ("DATE", "TIME") or doc[end].dep_ == "compound" and doc[end].head.i > end) \
            and doc[end].lower_ not in RELATIVE:
        end += 1
    while end > verb + 1 and (doc[end - 1].is_punct and not doc[end - 1].is_quote
                              or doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ")):
        end -= 1
    return end


def _joins_words(tok: Token) -> bool:
    """Whether a token is a hyphen inside a word: a dash with no space on either side
    ("weight-loss", "two-lane"); " - " between two phrases is a break."""
    return tok.text in ("-", "\u2013") and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ and not tok.whitespace_ \
        and tok.i + 1 < len(tok.doc)


# --- building one clause ------------------------------------------------------------------

def _build(doc: Doc, sent: TokenSpan, found: _Found, places: list[tuple[int, int]],
           dates: list[tuple[int, int]], position: float, in_title: bool) -> _Clause:
    """The phrases of one clause: subject, predicate, objects, place and time."""
    verb, rank, subj = found.verb, found.rank, found.subject
    whom: list[tuple[int, int]] = []
    if subj is None and found.subject_range and found.predicate:
        who = [found.subject_range]
        what = found.predicate
        whom = [found.object_range] if found.object_range else _headline_object(doc, verb, what)
        scope = set(range(found.subject_range[0], found.predicate[1]))
    else:
        assert subj is not None
        agent = _agent(verb)
        who = _arguments(_resolve_subject(subj), passive_agent=agent)
        what = _predicate(verb)
        whom = [_phrase(o) for o in verb.children if o.dep_ in ("dobj", "dative") and not _in_score(o)]
        if agent is not None and (any(c.dep_ == "auxpass" for c in verb.children) or rank == "headline"):
            # "Mayor ousted by council": the one acted on; "which was founded by": what it stands for
            whom = [_phrase(_resolve_subject(subj) if subj.lower_ in RELATIVE else subj)]
        scope = _clause_tokens(verb)
        if in_title and what[1] > verb.i and all(doc[i].dep_ == "prt" for i in range(verb.i + 1, what[1])) \
                and not any(c.dep_ == "auxpass" for c in verb.children) and verb.dep_ != "acl":
            # a headline verb the parser left without its object or complement ("fights off"
            # when it took "burglar" for an adverb, "found" without "safe"; "holds up" keeps "up");
            # not a participle on the subject, whose clause's own verb may follow ("Figures
            # released by insurer show rise")
            what = (what[0], max(what[1], _headline_clause_end(doc, verb.i)))
        if rank == "headline":  # "Victims named": the headline's passive names its subject
            scope |= {t.i for t in subj.subtree}
            if who and who[0][1] == verb.i:
                what = (who[0][0], what[1])
    sent_tokens = set(range(sent.start, sent.end))
    # the parse's sentences: a clause's tree may cross a line break, and a segment may join two
    whole = (doc[sent.start].sent.start, doc[sent.end - 1].sent.end)
    places, dates = _within(places, *whole), _within(dates, *whole)
    where, own_place = _pick_place(doc, verb, what, scope, sent_tokens, places)
    if where is not None and subj is None and found.subject_range and _acts_on_object(doc, verb, what) \
            and found.subject_range[0] <= where[0] and where[1] <= found.subject_range[1]:
        where, own_place = None, False  # "Dallas fire head coach": the team, not where (``_is_participant``)
    # A headline's topic prefix ("World Series 2016: …") dates the story, not the event; the
    # rest of the headline dates it ("Transit strike to begin next month", where the parser
    # hangs the time on no clause of the event's)
    topic_end = max((t.i + 1 for t in sent if t.text in (":", "|") and t.i < verb.i), default=sent.start)
    when = _pick_date(verb, scope, set(range(topic_end, sent.end)) if in_title else sent_tokens, dates)
    return _Clause(verb, rank, who, whom, what, where, when, position, in_title,
                   verb.i - sent.start, own_place, (where is not None) + (when is not None))


def _headline_object(doc: Doc, verb: Token, what: tuple[int, int]) -> list[tuple[int, int]]:
    """The object of a verb read by headline grammar: the noun phrase right after it in its
    predicate ("returns looted bronzes to Nigeria" → looted bronzes; "sack manager"), up to a
    preposition other than "of" or a break ("forces evacuation of villages near Nice" →
    evacuation of villages); none when a preposition follows the verb ("protests outside
    Halden Tower"), nor when a verb ends the run ("name man charged with arson"; "says audit
    of accounts does not …", the subject of a clause). A list of at most one token range."""
    end = verb.i + 1
    while end < what[1] and (doc[end].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or doc[end].tag_ == "POS"
                             or end == verb.i + 1 and doc[end].tag_ in ("VBN", "VBD") or _joins_words(doc[end])
                             or doc[end].lower_ == "of" and end > verb.i + 1):
        end += 1
    if end < what[1] and doc[end].pos_ not in ("ADP", "PUNCT", "SCONJ", "CCONJ", "PART"):
        return []
    return [(verb.i + 1, end)] if end > verb.i + 1 and doc[end - 1].pos_ in ("NOUN", "PROPN", "NUM") else []


def _acts_on_object(doc: Doc, verb: Token, what: tuple[int, int]) -> bool:
    """Whether a predicate read by headline grammar goes on with an object right after its
    verb ("fire head coach", "sack manager"), not a preposition or an adverb ("erupts in
    celebration"): its subject, if a place name, is a participant, a team or a country."""
    after = verb.i + 1
    return after < what[1] and doc[after].pos_ in ("NOUN", "PROPN", "DET", "ADJ", "NUM", "PRON")


def _in_score(tok: Token) -> bool:
    """A number that ends a score or a range ("beat Argentina 2-0", which the parser reads
    as a second object "0"): no one acted on."""
    doc = tok.doc
    return tok.like_num and tok.i >= 2 and doc[tok.i - 1].text in ("-", "–") and doc[tok.i - 2].like_num


def _within(ranges: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The token ranges of a list sorted by start that lie in ``[start, end)``: a sentence's own
    places or times, found without going through the whole article's."""
    lo = bisect_left(ranges, (start, start))
    hi = bisect_left(ranges, (end, end), lo)
    return [r for r in ranges[lo:hi] if r[1] <= end]


def _resolve_subject(subj: Token) -> Token:
    """A relative pronoun stands for the noun it hangs on; a pronoun in reported speech for a
    speaker it can name: "it" for a single speaker that is no person's role ("FBI declares it
    is done" → FBI; not "the minister", "analysts", nor the "it" of the weather or of "it would
    take years", ``DUMMY_IT_VERBS``), "he"/"she" for a person: a ``person_roles`` noun or a
    name not tagged an organisation or place (not "The company said he would step down"),
    "they" for speakers in the plural or a coordination ("Smith and Jones said they would
    appeal" → Smith and Jones; not "The council said they would")."""
    if subj.lower_ in RELATIVE and subj.head.dep_ == "relcl":
        return _antecedent(subj.head)
    if subj.pos_ == "PRON" and subj.lower_ in ("it", "he", "she", "they"):
        verb = subj.head
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in speech_verbs():
            speaker = _subject(verb.head)
            if speaker is not None and speaker.pos_ in ("PROPN", "NOUN"):
                role = speaker.pos_ == "NOUN" and speaker.lemma_.lower() in lexicon().person_roles
                if subj.lower_ == "they":
                    named = speaker.tag_ in ("NNS", "NNPS") or bool(speaker.conjuncts)
                elif subj.lower_ == "it":
                    named = not role and speaker.tag_ not in ("NNS", "NNPS") and verb.lemma_.lower() not in DUMMY_IT_VERBS
                else:
                    named = role or speaker.pos_ == "PROPN" and speaker.ent_type_ not in ("ORG", "GPE", "NORP", "FAC")
                if named:
                    return speaker
    return subj


def _antecedent(clause: Token) -> Token:
    """The noun a relative clause (its verb ``clause``) tells of: the one the parser hung it
    on, or, for a clause of harm ("that killed five soldiers", ``CASUALTY_VERBS``, active), the
    noun whose place that one is, over each "on", "at", "in" … that leads to it ("an attack on
    an army checkpoint in Diyala province that killed five soldiers": the attack, not the
    checkpoint nor the province; "named a gunman at a school who wounded two": the gunman, also
    where the parser hung "at a school" on the verb, right after its object). A place harms no
    one; "a virus that killed 300 cows" stays as hung."""
    noun = clause.head
    if clause.lemma_.lower() not in CASUALTY_VERBS or any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children):
        return noun
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in PLACE_PREPS \
            and noun.ent_type_ not in ("PERSON", "ORG", "NORP"):
        prep = noun.head
        if prep.head.pos_ in ("NOUN", "PROPN"):
            noun = prep.head
            continue
        return next((c for c in prep.head.children if c.dep_ == "dobj" and c.right_edge.i == prep.i - 1), noun)
    return noun


def _agent(verb: Token) -> Token | None:
    """The "by X" of a passive: the one who acted. In "was forced to resign by a rebellion"
    the parser hangs it on the infinitive, where a by-phrase may as well be a means or a
    time limit: it names the one who forced only when ``_can_act``."""
    for c in verb.children:
        if c.dep_ == "agent":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            return None if obj is not None and _is_margin(obj) else obj
    if any(c.dep_ == "auxpass" for c in verb.children):
        for x in verb.children:
            if x.dep_ != "xcomp":
                continue
            for c in x.children:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None) if c.lower_ == "by" else None
                if obj is not None and _can_act(obj):
                    return obj
    return None


def _is_margin(obj: Token) -> bool:
    """Whether the object of a passive's "by" is a margin, not who acted: a number or amount
    ("cut by 14", "by 5 percent", "by $2 million") or a count against another ("approved by
    27 votes to 14"); "by 30 gunmen" is a count of actors."""
    doc = obj.doc
    return obj.like_num or obj.ent_type_ in ("PERCENT", "MONEY", "QUANTITY") or any(
        c.dep_ == "nummod" for c in obj.children) and obj.i + 2 < len(doc) and doc[obj.i + 1].lower_ == "to" \
        and doc[obj.i + 2].like_num


def _can_act(obj: Token) -> bool:
    """Whether the object of a "by" on an infinitive can be the one who acted: a person,
    organisation, group or country by its entity type, or a noun phrase with a determiner, a
    name or a plural that is no time ("by a rebellion", "by angry backbenchers"; not "by
    train", a means, nor "by the deadline", "by the end of the month", "by Friday", a limit)."""
    if obj.ent_type_ in ACTOR_LABELS:
        return True
    if obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in TIME_NOUNS:
        return False
    return obj.pos_ == "PROPN" or obj.tag_ in ("NNS", "NNPS") or any(g.dep_ in ("det", "poss") for g in obj.children)


def _arguments(subj: Token, passive_agent: Token | None) -> list[tuple[int, int]]:
    """The actor phrases: a coordination is one phrase, the whole subject ("Clara Holm and
    Jonas Eide", also when the parser made each conjunct a subject; ``_joined``), each
    conjunct with the nouns in front of it that the parser left unattached ("Train drivers"
    when it made "Train" a sentence of its own). A passive's agent is the noun phrase without
    the circumstances the parser hangs on it as the clause's last noun (``_agent_cut``): "by
    police in Leeds" → police."""
    if passive_agent is not None:
        conjuncts = [t for t in passive_agent.conjuncts if not _one_name(passive_agent, t)]
        return _joined(subj.doc, [_phrase(t, _agent_cut) for t in [passive_agent, *conjuncts]])
    # a subject before this one with "and" hung on it is a conjunct the parser made a subject
    # of its own ("Finance minister Chidi Okafor and French counterpart Elise Delacroix clashed")
    listed = [c for c in subj.head.children if c.dep_ == subj.dep_ and c.i < subj.i
              and any(x.dep_ == "cc" for x in c.children)] if subj.head.i != subj.i else []
    conjuncts = [t for t in subj.conjuncts if not _one_name(subj, t)]
    phrases = [_with_stray_modifiers(subj.doc, _phrase(t)) for t in [*listed, subj, *conjuncts]]
    return _joined(subj.doc, _with_stray_conjunct(subj.doc, phrases))


def _joined(doc: Doc, phrases: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Conjunct phrases in text order, each run of them apart only by commas and "and", "or",
    "&" or "nor" made one phrase ("Smith and Jones", "Russia, China and Iran": who acted is
    the coordination, as the sentence names it); phrases with more between them stay apart."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(phrases):
        if out and out[-1][1] <= start and all(t.text in (",", "&") or t.lower_ in ("and", "or", "nor")
                                               for t in doc[out[-1][1]:start]):
            out[-1] = (out[-1][0], end)
        elif not out or start >= out[-1][1]:
            out.append((start, end))
    return out


def _with_stray_conjunct(doc: Doc, phrases: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The actor phrases with a first actor the parser split off as a sentence of its own
    before "and" ("Chile | and Peru signed …"): a one-word root that heads nothing, right before
    an "and" or "&" on the first phrase's line. Inside one name ("Marsh & McLennan": "&", or
    one recognised name) it starts the first phrase; otherwise it is an actor of its own, first."""
    i = phrases[0][0]
    if i < 2 or doc[i - 1].lower_ not in ("and", "&") or "\n" in doc[i - 2].whitespace_ + doc[i - 1].whitespace_:
        return phrases
    stray = doc[i - 2]
    if stray.head.i != stray.i or stray.pos_ not in ("NOUN", "PROPN") or any(True for _ in stray.children):
        return phrases
    if doc[i - 1].text == "&" or _one_name(stray, doc[i]):
        return [(stray.i, phrases[0][1]), *phrases[1:]]
    return [(stray.i, stray.i + 1), *phrases]


def _one_name(a: Token, b: Token) -> bool:
    """Whether two tokens lie in one name the recogniser found ("Halden & Sons plc", "Devon
    and Cornwall Police"): an "and" or "&" inside it joins no two actors."""
    lo, hi = sorted((a.i, b.i))
    return bool(a.ent_type_) and a.doc[lo].ent_iob_ in ("B", "I") and all(
        a.doc[k].ent_iob_ == "I" for k in range(lo + 1, hi + 1))


def _agent_cut(c: Token) -> bool:
    """Dependents of a passive's agent that are the clause's, not the agent's: where ("by
    police in Leeds", "by a jury at Southwark Crown Court"), why ("by council over expenses")
    and when ("by a pharmacist in 1923"); a name in a place ("by border guards in Calais",
    whatever the tagger took Calais for) is where. "Shareholders of X", "a rebellion in his
    own party" stay."""
    return c.dep_ == "prep" and (c.lower_ in CIRCUMSTANCE or c.lower_ in CAUSE_PREPS or _is_site(c)
                                 or _is_time_phrase(c) or c.lower_ in PLACE_PREPS and any(
                                     g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children))


def _with_stray_modifiers(doc: Doc, phrase: tuple[int, int]) -> tuple[int, int]:
    """The phrase extended left over adjacent nouns that head nothing and hang on nothing
    (a sentence root of one word), or over a second subject of the same verb that ends right
    where the phrase begins ("A magnitude 6.1 earthquake struck", parsed as two subjects
    "A magnitude" and "6.1 earthquake"): the parser's leftovers of a compound subject."""
    start = phrase[0]
    head = doc[phrase[0]:phrase[1]].root
    while start > 0:
        prev = doc[start - 1]
        if "\n" in prev.whitespace_:
            break
        if prev.dep_ in SUBJECTS and prev.head.i == head.head.i != head.i and prev.pos_ in ("NOUN", "PROPN"):
            start = min(t.i for t in prev.subtree)  # the other subject, whole
            continue
        if prev.pos_ not in ("NOUN", "PROPN") or prev.head.i != prev.i or any(True for _ in prev.children):
            break
        start -= 1
    return start, phrase[1]


def _phrase(tok: Token, cut: Callable[[Token], bool] | None = None) -> tuple[int, int]:
    """The token's noun phrase without clauses, appositions, conjuncts or examples hung on it
    ("Hospital staff, including doctors and nurses," → "Hospital staff"), nor the dependents
    ``cut`` says to leave out; a name in apposition to a description stays, since it says who
    ("Germany's biggest union, Verdi,", "Shares of British Airways owner IAG"), and so do a
    short participle right after the noun ("A convoy carrying aid") and a list of modifiers
    ("German and Dutch farmers")."""
    def pruned(c: Token) -> bool:
        if c.dep_ == "appos" and (c.head.i == tok.i or c.i == c.head.i + 1) and c.head.pos_ == "NOUN" \
                and c.pos_ == "PROPN" and len(list(c.subtree)) <= 4:
            return False
        if c.dep_ in ("conj", "cc") and (c.head.dep_ in NOUN_MODIFIERS or _one_name(tok, c) or c.head.i != tok.i
                                         and c.head.pos_ in ("NOUN", "PROPN")):
            # "German and Dutch farmers": the modifiers' list is part of the name; so is a list
            # inside a dependent ("Negotiators from Israel and Hamas", "Centers for Disease
            # Control and Prevention") and one inside a name ("Halden & Sons plc")
            return False
        if c.dep_ == "acl" and c.head.i == tok.i == c.i - 1 and c.tag_ == "VBG" and len(list(c.subtree)) <= 3:
            return False  # "A convoy carrying aid": a short participle right after the noun says which
        return c.dep_ in PRUNE or c.dep_ == "prep" and c.lower_ in ASIDE_PREPS or cut is not None and cut(c) \
            or c.i > tok.i and _party_label(c)
    keep = _subtree(tok, pruned)
    start, end = _run(tok.doc, keep, tok.i)
    doc = tok.doc
    while start < tok.i and doc[start].is_punct:
        start += 1
    while end - 1 > tok.i and doc[end - 1].is_punct and not (doc[end - 1].text == ")" and "(" in doc[start:end].text):
        end -= 1  # but not the bracket that closes an acronym ("… in Lausanne (EPFL)")
    return start, end


def _party_label(tok: Token) -> bool:
    """Whether the words ``tok`` heads are a politician's party and state ("Sen. Ann Lee,
    R-Fla., said", which the parser hangs on the name as a modifier): an aside, as an
    apposition is."""
    if tok.left_edge.text[0] not in "DRI":
        return False  # quickly: the label opens with its party's letter
    words = tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text
    return ("-" in words or "–" in words) and PARTY.fullmatch(words) is not None


def _run(doc: Doc, keep: set[int], anchor: int) -> tuple[int, int]:
    """The contiguous stretch of kept tokens around the anchor, never across a line break
    (the parser sometimes joins a headline to the first line of the body)."""
    keep = {i for i in keep if "\n" not in doc[i].text}
    start = anchor
    while start - 1 in keep:
        start -= 1
    end = anchor + 1
    while end in keep:
        end += 1
    return start, end


def _predicate(verb: Token) -> tuple[int, int]:
    """The verb with its auxiliaries, negation, particles and objects.

    With an object, prepositional phrases are left out ("win World Series", not "… for the
    first time in 108 years"); without one, the first argument-like one is kept ("protests
    outside Halden Tower"). A passive keeps its first such phrase that is no place and its
    agent ("was cleared of fraud by a jury", "was jailed for 12 years", "was arrested by
    police", not "… in Leeds": where and when hold those). Time phrases and "after/as …" never are, but
    one between the bare verb and its argument stays rather than cut the argument off ("will
    vote on Thursday on a spending plan", not "will vote"; but "walked out", not "walked out
    on Monday in a dispute").
    """
    keep = {verb.i}
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i and not c.is_punct:
            keep.add(c.i)
        elif c.dep_ == "advmod" and c.i == verb.i - 1:  # "finally delivers", "had all but given up"
            keep.update(t.i for t in c.subtree)
        elif c.dep_ == "advmod" and c.i == verb.i + 1:  # "hold fast"
            keep.add(c.i)
    has_object = any(c.dep_ in OBJECTS for c in verb.children)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    took_prep = False
    for c in sorted(verb.children, key=lambda t: t.i):
        if c.i < verb.i:
            continue
        if c.dep_ in COMPLEMENTS:
            keep.update(_pruned_subtree(c))
        elif c.dep_ == "agent" and not has_object and (passive or not took_prep) and _is_argument(c):
            keep.update(_pruned_subtree(c) & _subtree(c, _agent_cut))
            took_prep = True
        elif c.dep_ == "prep" and not has_object and not took_prep and not (passive and _is_site(c)) \
                and _is_argument(c, passive):
            keep.update(_pruned_subtree(c))
            took_prep = True
    start = min(keep)
    span = _run(verb.doc, keep, start)
    later = [i for i in keep if i >= span[1]]
    times = {t.i for c in verb.children if c.i > verb.i and _is_time_phrase(c) for t in c.subtree}
    if later and span[1] == verb.i + 1 and set(range(span[1], min(later))) <= times \
            and not _is_site(verb.doc[min(later)]):
        span = _run(verb.doc, keep | times, start)
    doc = verb.doc
    end = span[1]
    while end > span[0] + 1 and (doc[end - 1].is_punct and not doc[end - 1].is_quote or doc[end - 1].dep_ == "cc"):
        end -= 1
    return span[0], end


def _is_time_phrase(tok: Token) -> bool:
    """A dependent of a verb that only dates it: "on Thursday", "early on Monday", "last week"."""
    if tok.dep_ == "prep":
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        return obj is not None and obj.ent_type_ in ("DATE", "TIME")
    return tok.dep_ in ("npadvmod", "advmod") and tok.ent_type_ in ("DATE", "TIME")


def _is_site(prep: Token) -> bool:
    """A preposition that only locates ("at the city museum", "in Leeds"): where holds it."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return prep.dep_ == "prep" and (prep.lower_ in SITE_PREPS or obj is not None and obj.ent_type_ in PLACE_LABELS)


def _is_argument(prep: Token, passive: bool = False) -> bool:
    """A prepositional phrase that is part of the action, not its time or circumstance. Of a
    passive, "for" and a span of time is (its term: "jailed for 12 years"), a reason is not
    ("are angry over the price", "was fined for speeding")."""
    if prep.lower_ in CIRCUMSTANCE:
        return False
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return False
    if passive and prep.lower_ in CAUSE_PREPS:
        return prep.lower_ == "for" and obj.ent_type_ == "DATE"
    return obj.ent_type_ not in ("DATE", "TIME")


def _pruned_subtree(tok: Token) -> set[int]:
    """The subtree without relative and adverbial clauses, time phrases ("on Friday" the
    parser hangs on "12 years") or asides; a measure inside an adjective stays ("a
    five-year-old boy")."""
    return _subtree(tok, lambda c: (
        c.dep_ in ("relcl", "advcl", "prn", "parataxis", "appos")
        or (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") and c.head.pos_ != "ADJ")
        or (c.dep_ == "prep" and (c.lower_ in CIRCUMSTANCE or _is_time_phrase(c)))
    ))


def _subtree(tok: Token, cut: Callable[[Token], bool]) -> set[int]:
    """Indices of the token's subtree, leaving out every dependent ``cut`` says to."""
    keep = {tok.i}
    stack = [tok]
    while stack:
        for c in stack.pop().children:
            if not cut(c):
                keep.add(c.i)
                stack.append(c)
    return keep


# --- place and time -------------------------------------------------------------------------

def _place_mentions(doc: Doc, index: EntityIndex) -> list[tuple[int, int]]:
    """Token ranges of place mentions: the canonical label decides (Palmyra is a place),
    or for a name the model typed otherwise, its use (``_places_by_use``); a place name in
    the role of a participant (``_is_participant``) is none."""
    out = []
    by_use = _places_by_use(doc, index)
    for s, e, eid in index.mentions_in(0, doc[-1].idx + len(doc[-1].text) if len(doc) else 0):
        if index.by_id[eid].label in PLACE_LABELS or (s, e) in by_use:
            span = doc.char_span(s, e, alignment_mode="expand")
            # not None, nor empty (a mention inside a token's trailing space)
            if span and not _is_participant(doc, (span.start, span.end), index):
                out.append(_with_facility_noun(doc, _with_direction(doc, (span.start, span.end))))
    named = {i for s, e in out for i in range(s, e)}
    return sorted(set(out) | {p for p in _settlement_names(doc) if p[0] not in named})


def _names_actor(index: EntityIndex, first: Token, last: Token) -> bool:
    """Whether the tokens ``first``…``last`` hold the name of a person, organisation, group or
    country (``ACTOR_LABELS``) as the entity index has it ("Trump" in a headline the tagger
    took for a common noun, "President Donald Trump")."""
    eid = index.entity_at(first.idx, last.idx + len(last.text))
    return eid is not None and index.by_id[eid].label in ACTOR_LABELS


def _places_by_use(doc: Doc, index: EntityIndex) -> set[tuple[int, int]]:
    """Character ranges of the mentions of a name the model typed as no place that the article
    uses as one ("Flooding hits York" with York typed an organisation, "Earthquake strikes Kobe"
    with Kobe a person): a name hit by a force of nature (``IMPACT_VERBS`` right before it,
    after a subject that names no one: not "Trump hits China"), that the article also puts
    after "in" ("no deaths in Kobe"), on every mention, unless the article makes it speak: a
    firm so hit and so put ("Losses hit Barclays" … "shares in Barclays") says things
    ("Barclays said …", the subject of a ``speech_verbs`` verb), which a place hit does not."""
    text = doc.text
    struck: set[str] = set()
    for verb in doc[1:-1]:
        name, actor = doc[verb.i + 1], doc[verb.i - 1]
        if verb.lemma_.lower() in IMPACT_VERBS and verb.pos_ in ("VERB", "NOUN") and name.pos_ == "PROPN" \
                and not actor.is_punct and not _names_actor(index, actor, actor):
            hit = [m for m in index.mentions_in(name.idx, name.idx + 200) if m[0] == name.idx]
            if hit and index.by_id[hit[0][2]].label not in PLACE_LABELS:
                struck.add(text[hit[0][0]:hit[0][1]])
    if not struck:
        return set()
    after_in = {t.text for t in doc if t.pos_ == "PROPN" and t.dep_ == "pobj" and t.n_lefts == 0 and t.head.lower_ == "in"}
    speakers = {t.text for t in doc if t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.head.lemma_.lower() in speech_verbs()}
    names = {n for n in struck if n.split()[-1] in after_in and n.split()[-1] not in speakers}
    return {(s, e) for s, e, eid in index.mentions_in(0, len(text)) if text[s:e] in names
            and index.by_id[eid].label not in PLACE_LABELS}


def _settlement_names(doc: Doc) -> Iterator[tuple[int, int]]:
    """Token ranges of the capitalised names after "the town of", "the village of", … (a
    ``settlement`` noun of ``data/place_scale.txt``), and of a name with such a noun after it
    ("Herat province"): places, whether or not the tagger saw one."""
    kinds = place_scale()["settlement"]
    for t in doc:
        names = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == t.i - 1] \
            if t.lower_ in kinds and t.text.islower() else []
        if names:  # "Herat province", "Nyeri county", whatever the tagger took the name for
            yield min(x.i for x in names[0].subtree), t.i + 1
        if t.lower_ in kinds and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "of":
            end = t.i + 2
            while end < len(doc) and doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN"):
                end += 1
            if end > t.i + 2:
                yield t.i + 2, end


def _is_direction_word(tok: Token) -> bool:
    """A compass word modifying a place from outside its name ("central Japan", "the northern
    Philippines"; ``COMPASS``), not a name's own word ("South Africa", "North Carolina")."""
    return tok.lower_ in COMPASS and tok.dep_ == "amod" and tok.ent_iob_ == "O"


def _with_direction(doc: Doc, place: tuple[int, int]) -> tuple[int, int]:
    """A place name with the compass word right before it that modifies it ("central Japan",
    "the northern Philippines" → "northern Philippines"): the part of the place, not all of it."""
    before = place[0] - 1
    if before >= 0 and _is_direction_word(doc[before]) and doc[before].head.i in range(*place):
        return before, place[1]
    return place


def _with_facility_noun(doc: Doc, place: tuple[int, int]) -> tuple[int, int]:
    """A place name with the facility noun it names ("Victoria station", "Leith harbour"): the
    building, not the town the tagger saw in it."""
    root = doc[place[0]:place[1]].root
    end = place[1]
    if end < len(doc) and root.dep_ == "compound" and root.head.i == end \
            and doc[end].lower_ in place_scale()["facility"]:
        return place[0], end + 1
    return place


def _clause_tokens(verb: Token) -> set[int]:
    """The verb's own clause: its subtree without the clauses hung on it ("While X talks, …"),
    nor those hung on its arguments: in "adults who lived in London were named", London is
    where they lived, not where they were named; in "will vote on a plan to build a lane along
    Queen's Road", the road is where the lane would be built."""
    return _subtree(verb, lambda c: c.dep_ == "relcl" or c.dep_ == "acl" and c.pos_ == "VERB"
                    or c.head.i == verb.i and c.dep_ in ("advcl", "ccomp", "conj", "parataxis"))


def _pick_place(doc: Doc, verb: Token, what: tuple[int, int], scope: set[int], sent: set[int],
                places: list[tuple[int, int]]) -> tuple[tuple[int, int] | None, bool]:
    """The place of the action, and whether it was found in the clause itself: the most
    specific (``_specificity``) of the places the clause attaches by a preposition of place
    and the sites it is located at, else of the places named in the clause, else of those on
    its actor (``_actor_site``: "Nurses at St Mary's Hospital walked out"), else of those a
    participle going on with it names ("…, beating United at Wembley Stadium"), else in the
    sentence outside a phrase of another time or circumstance; of equally specific ones the
    first.

    A place that says where someone comes from ("three adults from South London") is theirs,
    not the event's. The object of the preposition is the answer whole when it names the
    place with its surroundings: "in a rural village of Hebei Province".
    """
    # Only the sentence's own places can answer; looking at the whole document's for every
    # event made long articles quadratic.
    places = [p for p in places if p[0] in sent and p[1] - 1 in sent]
    preps = {p: _place_preposition(doc, p) for p in places}
    places = [p for p in places if not _is_origin(preps[p])]
    # a place name modifying a noun names a kind of thing ("her first Grand Slam title", "a
    # Paris fashion label"), not where the clause happens; under a preposition it still does
    modifier = {p for p in places if preps[p] is None and doc[p[0]:p[1]].root.dep_ in NOUN_MODIFIERS}
    inside = [p for p in places if p[0] in scope and p[1] - 1 in scope and not _in_circumstance(doc, p, verb)
              and p not in modifier]
    attached = []
    for p in inside:
        prep = preps[p]
        if prep is not None and prep.lower_ in PLACE_PREPS:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            phrase = _phrase(obj) if obj is not None else p
            if not (phrase[1] - phrase[0] <= 8 and phrase[0] <= p[0] and p[1] <= phrase[1]):
                phrase = p
            elif phrase[1] > p[1] and doc[p[1]].lower_ in PLACE_PREPS:
                phrase = (phrase[0], p[1])  # "the city of Malatya", not "… in eastern Turkey" too
            elif obj is not None and _names_a_session(doc, obj, p):
                phrase = p
            if prep.lower_ == "from" and (measure := _distance(prep)) is not None:
                phrase = (measure.left_edge.i, phrase[1])  # "sank 30 km from Lampedusa": that far from it
            attached.append(_with_apposed_places(doc, phrase, places))
            # "struck Herat province in western Afghanistan": the place the phrase locates
            attached += [q for q in inside if q[0] <= prep.head.i < q[1]]
    site = _named_site(doc, verb, what)
    if site is not None:
        attached.append(site)
    # "Doctors at Leeds General Infirmary travelled to London": a place on the actor is where
    # they come from or work, the event's only when the clause names none of its own
    # ("Nurses at St Mary's Hospital in Leeds walked out")
    actor = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    on_actor = [p for p in attached + inside if p[0] in actor]
    attached, inside = [p for p in attached if p[0] not in actor], [p for p in inside if p[0] not in actor]
    site = _actor_site(doc, verb)
    if site is not None:
        on_actor.append(site)
    # "won the title, beating Sur 2-1 at the Estadio Central": a participle without a subject
    # of its own goes on telling the same event; its site is the event's
    participles = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i
                   and not any(x.dep_ in SUBJECTS or x.dep_ == "mark" for x in c.children)]
    told_on = {t.i for c in participles for t in c.subtree}
    elaborated = [p for p in places if p[0] in told_on and preps[p] is not None and preps[p].lower_ in SITE_PREPS | {"in"}
                  and not _in_circumstance(doc, p, verb)]
    elaborated += [s for s in (_named_site(doc, c, (c.i, c.i + 1)) for c in participles) if s is not None]
    # a place in a time or circumstance phrase is where that other thing happened, and one
    # in a relative clause of another verb where that verb's action did (see _in_other_relative);
    # a clause "where …" happens at the place it hangs on ("flew to Oslo, where it won")
    own_relative = _relative_clause(verb)
    site_of = doc[own_relative].head.i if own_relative is not None and any(
        c.lower_ == "where" for c in doc[own_relative].children) else None
    elsewhere = [p for p in places if not _in_circumstance(doc, p, verb) and not _of_other_clause(doc, p, verb) and (
        p[0] <= (site_of if site_of is not None else -1) < p[1]
        or not _in_other_relative(own_relative, doc[p[0]]))]
    for group, own in ((sorted(attached), True), (inside, True), (sorted(on_actor), True), (elaborated, True),
                       (elsewhere, False)):
        if group:
            return max(group, key=lambda p: _specificity(doc, p)), own
    return None, False


def _names_a_session(doc: Doc, obj: Token, place: tuple[int, int]) -> bool:
    """Whether a place name is only the modifier of a bare common noun after "in" that is no
    building or settlement ("rose in London trading", "fell in early Tokyo deals"): the place
    is the name, not the market's session. With a determiner, or a building or settlement
    noun in the singular or the plural, the phrase is a place of its own ("in a London
    hospital", "in a Paris suburb", "in London hospitals")."""
    kinds = place_scale()
    return obj.pos_ == "NOUN" and obj.i >= place[1] and doc[place[1] - 1].head.i == obj.i \
        and doc[place[1] - 1].dep_ in NOUN_MODIFIERS and obj.lemma_.lower() not in kinds["facility"] | kinds["settlement"] \
        and not any(c.dep_ in ("det", "poss") for c in obj.children)


def _of_other_clause(doc: Doc, place: tuple[int, int], verb: Token) -> bool:
    """Whether a place is where a verb form on a noun under the verb happens ("won a medal
    for her work mapping vents in the Atlantic", "named the firm that built ships in Hull"):
    the first verb above the place is such a clause. A participle on the verb's own object
    tells where the object is as it happens ("arrested a man carrying a knife in Leeds",
    "rescued a dog trapped in a drain in Bath"): no other clause. (A place of a clause with its
    own subject may still place the story, as the sentence's place: "said in Leeds that …".)"""
    tok = doc[place[0]:place[1]].root.head
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    if tok.i == verb.i or tok.pos_ not in ("VERB", "AUX") or tok in verb.ancestors:
        return False
    own_object = tok.head.head.i == verb.i and tok.head.dep_ in ("dobj", "nsubjpass")
    return (tok.dep_ == "relcl" or tok.dep_ == "acl" and not own_object) and verb in tok.ancestors


def _in_circumstance(doc: Doc, place: tuple[int, int], verb: Token) -> bool:
    """Whether a place lies in a time or circumstance phrase of the verb ("arrested a man
    after a fire at Tokyo Station"), or in a clause of another time ("landed hours after
    engineers in Pasadena sent the commands"): it is where that other thing happened. A
    clause of the same occasion places it ("arrested after a man was stabbed at Victoria
    station"), and so does a "during" phrase, of the same time ("spoke during a service at
    St Paul's Cathedral")."""
    tok = doc[place[0]:place[1]].root
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ in CIRCUMSTANCE and tok.lower_ != "during" or tok.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE for c in tok.children) and any(
                c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") for c in tok.children):
            return True  # "after a fire at X", "hours after engineers in Pasadena sent …"
        tok = tok.head
    return False


def _specificity(doc: Doc, phrase: tuple[int, int]) -> int:
    """How closely a place phrase locates an event: 3 a facility or named building (a
    FAC name, or a name headed by a facility noun: "Ellison Field", "Kings Cross station",
    or led by one in a language that puts it first: "Autodromo Hermanos Rodriguez"), 1 a
    country, continent or world region (``data/place_scale.txt``), a list of them, or one's
    part by its direction ("western Afghanistan"), 2 anything else (a city, a village, a
    province)."""
    span = doc[phrase[0]:phrase[1]]
    names = [t for t in span if t.pos_ == "PROPN" or t.ent_type_]
    first = next((t for t in span if t.lower_ != "the"), span.root)
    if any(t.ent_type_ == "FAC" for t in span) or names and (
            span.root.lower_ in place_scale()["facility"] or first.i < span.end - 1
            and first.lower_ in place_scale()["facility_first"]):
        return 3
    countries = place_scale()["country"]
    # a list of places ("Spain and Portugal") is as specific as its members, and a part of a
    # country named by its direction ("western Afghanistan") as the country
    whole = span.text.removeprefix("the ").removeprefix("The ")
    whole = whole.split(" ", 1)[1] if " " in whole and whole.split(" ", 1)[0].lower() in COMPASS else whole
    names = [w.removeprefix("the ").removeprefix("The ") for w in LIST_SEPARATORS.split(span.text)]
    return 1 if whole in countries or all(w in countries for w in names) else 2


@lru_cache(maxsize=1)
def place_scale() -> dict[str, frozenset[str]]:
    """Country and region names, facility head nouns (and those that lead a name) and
    settlement nouns (data file, ``kind<TAB>name`` a line)."""
    text = files("tui.analysis").joinpath("data/place_scale.txt").read_text(encoding="utf-8")
    rows = [line.split("\t", 1) for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {kind: frozenset(name.strip() for k, name in rows if k == kind)
            for kind in ("country", "facility", "facility_first", "settlement")}


def _named_site(doc: Doc, verb: Token, what: tuple[int, int]) -> tuple[int, int] | None:
    """A name the action locates itself at ("protests outside Halden Tower", "won at Ellison
    Field"): a building or venue the tagger does not take for a place is one all the same.
    The preposition hangs on the verb, on its object, agent or occasion, or lies in the
    predicate (a headline's misparse); ``_first_site`` says which names are sites."""
    # a site may hang on the one acted on, the agent or the occasion ("arrested a man at X",
    # "cleared by a jury at Southwark Crown Court", "named at a ceremony at the Guildhall")
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [
        g for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ not in CIRCUMSTANCE
        for g in c.children if g.dep_ == "pobj"]
    preps = [c for c in verb.children if c.dep_ == "prep"] + [
        t for t in doc[what[0]:what[1]] if t.dep_ == "prep" and t.head.i != verb.i] + [
        c for n in nouns for c in n.children if c.dep_ == "prep"]
    return _first_site(doc, preps)


def _actor_site(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """A named site hung on the verb's subject ("Nurses at St Mary's Hospital walked out"):
    where the actor works or comes from, as ``_first_site`` finds it."""
    return _first_site(doc, [c for s in verb.children if s.dep_ == "nsubj" for c in s.children if c.dep_ == "prep"])


def _first_site(doc: Doc, preps: list[Token]) -> tuple[int, int] | None:
    """The token range of the first name in text order that a preposition of ``SITE_PREPS``
    among ``preps`` locates at, without what follows the name but with its own "of" ("Port of
    Hanwick"), at most 6 tokens; None when there is none. An organisation, team, event or work
    is no site unless its name ends in a facility noun ("outside Congress" is outside its
    building, but reads as the body). "before" locates at a named building only ("appeared
    before Kelby Crown Court", not "before the Senate" nor "before Christmas")."""
    for prep in sorted(preps, key=lambda t: t.i):
        if prep.lower_ not in SITE_PREPS | {"before"}:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.ent_type_ in NOT_SITES or not _is_name(obj):
            continue
        phrase = _run(doc, _subtree(obj, lambda c: c.dep_ in PRUNE or c.dep_ == "prep" and c.lower_ != "of"), obj.i)
        if prep.lower_ == "before" and _specificity(doc, phrase) < 3:
            continue
        # a name the tagger ran over the preposition ("the Dutch Grand Prix at Zandvoort" as one
        # organisation) has no type of its own
        label = "" if prep.ent_type_ and prep.ent_iob_ == "I" else obj.ent_type_
        if phrase[1] - phrase[0] <= 6 and (label in PLACE_LABELS or label == ""
                                           or _specificity(doc, phrase) == 3):
            return phrase
    return None


def _is_name(tok: Token) -> bool:
    """A proper noun, or a capitalised noun with one in front ("Harrow Towers" read as a
    plural), or a facility noun with one ("Waterloo station")."""
    return tok.pos_ == "PROPN" or (tok.text[:1].isupper() or tok.lower_ in place_scale()["facility"]) and any(
        c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in tok.children)


def _place_preposition(doc: Doc, place: tuple[int, int]) -> Token | None:
    """The preposition that governs a place mention, through the names and common nouns it
    is part of ("in Baoding, Hebei", "in a village of Hebei"); None when there is none."""
    tok = doc[place[0]:place[1]].root
    while tok.dep_ in ("pobj", "compound", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
        if tok.dep_ == "prep" and tok.lower_ == "of" and tok.head.pos_ == "NOUN" and tok.head.dep_ == "pobj":
            tok = tok.head  # "a rural village of Hebei Province": the village is the place
    return tok if tok.dep_ == "prep" else None


def _is_participant(doc: Doc, place: tuple[int, int], index: EntityIndex) -> bool:
    """A place name that acts or is acted on, not where: the subject of a verb with an object
    or an opponent, or the object ("Germany beat France", "Spain played against Italy"; not of a force of
    nature: "Explosion rocks Beirut", ``_struck``), a possessor ("Cleveland's
    pitcher"), an agent or an opponent ("against Spain", "by Chicago"), or a name listed
    with one ("Pakistan and India resumed talks"), and one that speaks ("…, Zephyr said"). The
    subject of a verb without one stays a place: "Chicago erupted in celebration"; so does an
    object placed in a larger place ("struck Herat province in western Afghanistan")."""
    prep = _place_preposition(doc, place)
    if prep is not None:
        return prep.lower_ in OPPONENT_PREPS or prep.dep_ == "agent"
    root = doc[place[0]:place[1]].root
    while root.dep_ == "conj" and root.head.i < root.i:  # "Pakistan and India resumed talks": as the first
        root = root.head
    if root.dep_ == "nsubj":  # "Chicago erupted" is about the city, "Germany beat France" not
        return root.head.lemma_.lower() in speech_verbs() or any(
            c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in OPPONENT_PREPS for c in root.head.children)
    if root.dep_ == "dobj" and (_located(root) or _struck(root, index)):
        return False
    return root.dep_ in ("dobj", "dative", "poss")


def _struck(obj: Token, index: EntityIndex) -> bool:
    """Whether an object is a place a force of nature hits (``IMPACT_VERBS``: "Explosion rocks
    Beirut", "A storm lashed Galway"), not a party: its verb's subject names no actor
    (``_names_actor``; "Germany hit France with tariffs" is between parties)."""
    verb = obj.head
    return verb.lemma_.lower() in IMPACT_VERBS and not any(
        c.dep_ in SUBJECTS and (c.pos_ == "PROPN" or _names_actor(index, c.left_edge, c.right_edge))
        for c in verb.children)


def _located(tok: Token) -> bool:
    """Whether a noun is placed in a larger place by a phrase of its own ("struck Herat
    province in western Afghanistan") or is a part of one by its direction ("struck central
    Japan", "flooded western Kenya", not a name's own word: "beat Northern Ireland"): a place,
    not a party."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.ent_type_ in PLACE_LABELS for g in c.children)
        or _is_direction_word(c) for c in tok.children)


def _is_origin(prep: Token | None) -> bool:
    """Whether a place's preposition says where someone or something comes from or is
    measured from, not where the action is: "from X" on a noun ("three adults from Leeds");
    "from X" after a distance (``_distance``) on a noun ("a star 40 light-years from Earth"), or
    on a verb when it is beyond the Earth (``_astronomical``: "spotted a comet 90 million miles
    from Earth"): the place the distance is counted from; not "sank 30 km from Lampedusa" nor
    "found a body two miles from Dover", where the event was; "from X" on a verb of obtaining (``OBTAINING``) with
    an object, unless X names a building ("signed the winger from Feyenoord", "imported gas from
    Norway": the one the object came from, a party; not "freed hostages from Gaza"); "of X"
    set off by a comma after a name, an address ("Mark Hale, of Gorton, appeared …"); and "of X"
    after a multiple of a measure ("twice the size of Wales", "1.5 times the area of Texas"),
    not "the two towns of X"."""
    if prep is None:
        return False
    doc, before = prep.doc, prep.i - 1
    if prep.lower_ == "of":  # an address, or what a multiple measures against ("three times the size of Wales")
        det = next((c.i for c in prep.head.children if c.dep_ == "det"), 0)
        return before > 0 and doc[before].text == "," and prep.head.pos_ == "PROPN" and prep.head.i < before \
            or prep.head.pos_ == "NOUN" and det > 0 and doc[det - 1].lower_ in MULTIPLES
    if prep.lower_ != "from":
        return False
    if prep.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return True
    if (measure := _distance(prep)) is not None:  # on a verb, the event's own place unless beyond the Earth
        return prep.head.pos_ != "VERB" or _astronomical(measure)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return prep.head.lemma_.lower() in OBTAINING and obj is not None \
        and any(c.dep_ == "dobj" for c in prep.head.children) and _specificity(doc, _phrase(obj)) < 3


def _astronomical(measure: Token) -> bool:
    """Whether a distance's unit (``_distance``) counts millions or more, or light-years
    ("90 million miles", "40 light-years"): no two places on the Earth are so far apart, so
    what lies that far from the reference point is only seen or reached from it ("spotted a
    comet 90 million miles from Earth"), while at an earthly distance the event is there
    ("found a body two miles from Dover", "seized a boat 30 miles from Malaga")."""
    return any(t.lower_ in ("million", "billion", "trillion", "light")
               for t in measure.subtree if t.i <= measure.i)


def _distance(prep: Token) -> Token | None:
    """The counted unit of a distance right before "from" (or "away from"): "40 light-years
    from Earth", "20 miles away from Perth", a measure the parser hangs on the verb or tags a
    quantity; None when there is none (not a counted thing: "freed three hostages from Gaza")."""
    doc, before = prep.doc, prep.i - 1
    if before >= 0 and doc[before].lower_ == "away":
        before -= 1
    measure = doc[before] if before >= 0 else None
    if measure is not None and measure.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in measure.children) \
            and (measure.ent_type_ == "QUANTITY" or measure.dep_ == "npadvmod"):
        return measure
    return None


def _with_apposed_places(doc: Doc, phrase: tuple[int, int], places: list[tuple[int, int]]) -> tuple[int, int]:
    """ "Baoding, Hebei province": a place followed by the larger place it lies in; and a list
    of places is the whole list ("in Seville, Cordoba and Badajoz")."""
    end = phrase[1]
    # the names listed with a place are places too ("in Cumbria, Durham and Northumberland",
    # where the tagger took Durham for a club)
    listed = [c for c in doc[phrase[0]:end].root.conjuncts if c.i >= end]
    if listed and all(c.pos_ == "PROPN" or any(p[0] <= c.i < p[1] for p in places) for c in listed):
        return phrase[0], max([_phrase(listed[-1])[1], *(p[1] for p in places if p[0] <= listed[-1].i < p[1])])
    if end + 1 < len(doc) and doc[end].text == ",":
        nxt = next((p for p in places if p[0] == end + 1), None)
        if nxt is not None:
            stop = nxt[1]
            if stop < len(doc) and doc[stop].lower_ in ("province", "county", "state", "city", "region", "district"):
                stop += 1
            return phrase[0], stop
    return phrase


def _time_expressions(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the article's points in time, in text order.

    A clock time and its day are one expression ("6:10am on Wednesday", "the early hours of
    Thursday"), so are a day and its part of the day ("Saturday morning"); a season as a time (``_is_season``) is one whether or not the tagger saw it, a
    season noun or name ("a hot spring") none; ages ("62-year-old") and bare durations ("four
    days") are no time of an event.
    """
    ents = [e for e in doc.ents if e.label_ in ("DATE", "TIME") and not AGE.search(e.text)
            and all(_is_season(t) for t in e if t.lower_ in SEASONS)]
    ents = [r for r in (_beyond_recurrence(e) for e in ents) if r is not None]
    merged: list[list[int]] = []
    for e in ents:
        if merged and e.start == merged[-1][1] and e.label_ == "TIME" and not doc[e.start].is_sent_start:
            merged[-1][1] = e.end  # a day and its part the tagger typed apart: "Saturday" (DATE) "morning" (TIME)
            continue
        if merged and (doc[merged[-1][0]].ent_type_ == "TIME" or CLOCK.search(doc[merged[-1][0]:merged[-1][1]].text)):
            gap = doc[merged[-1][1]:e.start]
            if len(gap) <= 3 and all(t.lower_ in ("on", "of", ",", "local", "time") for t in gap) \
                    and "\n" not in gap.text:
                merged[-1][1] = e.end
                continue
        merged.append([e.start, e.end])
    # a season the tagger left untyped after a preposition: "will go on sale in the autumn"
    merged += [[t.left_edge.i, t.i + 1] for t in doc if not t.ent_type_ and _is_season(t)]
    out = []
    for start, end in sorted(merged):
        end = _anchored(doc, start, end)
        words = doc[start:end].text
        if CLOCK.search(words) or resolve_date(words, "2000-01-01") or RELATIVE_TIME.search(words):
            out.append((start, end))
    return out


def _beyond_recurrence(span: TokenSpan) -> TokenSpan | None:
    """A time expression without its recurring part ("every Sunday", "each morning": no point
    in time): what follows the recurring unit, when a time follows it in the expression
    ("every day last week" → "last week"), else None ("every Sunday"; "every Sunday in
    October" leaves October, an expression of its own, to the clause). Token span in, token
    span or None out."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in ("every", "each"):
        return None
    cue = next((t.i for t in span if t.lower_ in ("every", "each")), None)
    if cue is None:
        return span
    unit = next((t.i for t in doc[cue + 1:span.end] if t.pos_ in ("NOUN", "PROPN")), span.end - 1)
    rest = doc[unit + 1:span.end]
    return rest if len(rest) and any(t.ent_type_ in ("DATE", "TIME") and not t.is_punct for t in rest) else None


def _is_season(tok: Token) -> bool:
    """Whether a season word is a time: lowercase, with no determiner but the/this/next/last, no
    adjective and no dependent but a year, modifying no noun ("in the autumn", "next spring", "the
    autumn of 2023"; not "a fall on Ben Nevis", "the fall in oil prices", "the fall of Kabul", "a
    hot spring", "the Arab Spring", "the winter quarter"); one the tagger left untyped only after
    a preposition."""
    def allowed(c: Token) -> bool:
        return c.dep_ in ("det", "amod") and c.lower_ in ("the", "this", "next", "last") or c.dep_ == "nummod" or (
            c.dep_ == "prep" and c.lower_ == "of" and all(g.like_num for g in c.children))
    return tok.text in SEASONS and (tok.ent_type_ or tok.dep_ == "pobj") and tok.dep_ not in NOUN_MODIFIERS \
        and all(allowed(c) for c in tok.children)


def _only_season(span: TokenSpan) -> bool:
    """Whether a time expression is only a season ("the autumn"), which gives way to a day or
    date in the same clause."""
    return any(t.lower_ in SEASONS for t in span) and all(
        t.lower_ in SEASONS or t.pos_ in ("DET", "ADP", "ADJ", "PUNCT") for t in span)


def _anchored(doc: Doc, start: int, end: int) -> int:
    """The end of the time expression ``doc[start:end]``: a span of time counted from an
    event is one expression with its anchor ("two days before the election", "hours after the
    crash"): the end of the anchor phrase. Not when the anchor is a clause whose subject the
    parser took for the object ("a day after Macy's and Kohl's both reported",
    ``_subject_taken_by_preposition``): the time is "a day". A point on the calendar is counted
    from nothing: it ends before the "after" or "before" that follows it, also one the tagger
    took into it ("on Sunday after days of rain", "early Thursday morning after a rain delay")."""
    cut = next((t.i for t in doc[start + 1:end] if t.lower_ in ("before", "after")), end)
    if resolve_date(doc[start:cut].text, "2000-01-01") and not RELATIVE_TIME.search(doc[start:cut].text):
        return cut
    if end >= len(doc) or doc[end].lower_ not in ("before", "after"):
        return end
    obj = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
    if obj is None:
        return end
    last = max(_subtree(obj, lambda c: c.dep_ in PRUNE or c.dep_ == "prep"))
    for verb in doc[last + 1:doc[end].sent.end]:
        taken = _subject_taken_by_preposition(verb) if verb.pos_ == "VERB" else None
        if taken is not None and taken.i == obj.i:
            return end
    return last + 1 if last - end <= 6 else end


def _pick_date(verb: Token, scope: set[int], sent: set[int],
               dates: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The time of the action: the one nearest the verb in the clause, else in the sentence
    but not of another clause (``_of_another_clause``); never a possessor or a noun's modifier
    ("will brief the council on Wednesday's talks next Monday": the talks' day; "cancels
    winter sailings": a kind of sailing; "will appeal the March 3 ruling": the ruling's day); a point on the calendar before a time counted from another event ("exploded two minutes
    after lift-off on Sunday" → Sunday: the reader asks when, the other event has no date)."""
    doc = verb.doc
    for tokens in (scope, sent):
        found = [d for d in dates if d[0] in tokens and d[1] - 1 in tokens and doc[d[0]:d[1]].root.dep_ not in ("poss", "compound", "nmod")]
        if tokens is not scope:
            found = [d for d in found if not _time_of_other_clause(verb, doc[d[0]:d[1]])]
        found = [d for d in found if not _only_season(doc[d[0]:d[1]])] or found
        dated = [d for d in found if not RELATIVE_TIME.search(doc[d[0]:d[1]].text)
                 or resolve_date(doc[d[0]:d[1]].text, "2000-01-01")]
        if found:
            return min(dated or found, key=lambda d: abs(d[0] - verb.i))
    return None


def _time_of_other_clause(verb: Token, when: TokenSpan) -> bool:
    """Whether the time ``when`` in the verb's sentence belongs to a relative clause other than the
    verb's own (``_in_other_relative``), to a participle that modifies a noun
    (``_of_noun_modifier``) or to another clause (``_of_another_clause``)."""
    return _in_other_relative(_relative_clause(verb), when[0]) or _of_noun_modifier(verb, when) \
        or _of_another_clause(verb, when)


def _of_noun_modifier(verb: Token, when: TokenSpan) -> bool:
    """Whether the time ``when`` hangs on a past participle that tells of a noun (a reduced
    relative clause, the parser's ``acl``) other than the verb: that noun's past, not the
    verb's doing ("recovered a painting stolen two years ago", "arrested a man wanted since
    2019"). Not one on the subject, which tells which it is ("Figures released on Monday show
    a rise"), nor a time after another phrase of the participle (its agent, a place, an
    object of a preposition), which the parser hangs on the nearest verb though it ends the
    whole clause ("raised $40 million in a round led by Sequoia on Tuesday", "pulled a boy
    trapped under rubble on Monday": the raising's, the pulling's), unless it counts back or
    names a year only, a noun's history ("a sculpture smuggled out of Peru three years ago",
    "cars built at its plant in 2019")."""
    holder = _verb_of(when)
    if holder is None or holder.i == verb.i or holder.dep_ != "acl" or holder.tag_ != "VBN" \
            or holder.head.pos_ not in ("NOUN", "PROPN") or holder.head.dep_ in SUBJECTS or verb in holder.subtree:
        return False
    if not any(holder.i < c.i and c.right_edge.i < when.start for c in holder.children):
        return True
    return when[-1].lower_ == "ago" or len(resolve_date(when.text, "2000-01-01") or "") == 4


def _of_another_clause(verb: Token, when: TokenSpan) -> bool:
    """Whether a time in the verb's sentence but outside its clause dates another clause: one
    holding the verb itself ("two days after the club was knocked out"); that of the main
    clause, for a verb in a subordinate clause it heads ("sacked the manager on Monday after
    the club was knocked out": the defeat is not Monday's; not one of the same moment, "as",
    "while", "when": "were cancelled on Monday as the storm brought winds"); that of a clause
    coordinated with the verb's, each with its own subject, in another tense ("controllers
    joined them, and drivers will strike on Thursday"; not "Liverpool won and Chelsea lost on
    Sunday"); that of a subordinate clause under the verb ("was charged after a man was
    stabbed on Saturday"; a relative clause's may date it: "met the man who resigned on Monday").
    A verb sharing its subject shares the time ("was arrested and charged on
    Monday"), and one a verb of saying introduces takes the saying's ("said on Monday it would
    cut jobs"). (A clause with a time of its own takes that one first: ``_pick_date``.)"""
    if when.start <= verb.i < when.end:
        return True
    holder = _verb_of(when)
    if holder is None or holder.i == verb.i:
        return False
    if _subordinate_on_the_way(verb, holder) is not None:
        return True
    # a clause under the verb dates its own doing: "was charged after a man was stabbed on Saturday"
    below = _subordinate_on_the_way(holder, verb)
    if below is not None and verb in below.ancestors:
        return True
    if holder in verb.conjuncts:
        return any(c.dep_ in SUBJECTS for c in verb.children) and any(c.dep_ in SUBJECTS for c in holder.children) \
            and _tense(verb) != _tense(holder)
    return False


def _subordinate_on_the_way(tok: Token, top: Token) -> Token | None:
    """The first subordinate clause of another moment ("after", "before", "because"; not "as",
    "while", "when") met climbing the tree from ``tok`` (itself included) up to ``top`` or the
    root, or None."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ not in ("as", "while", "when")
                                       for c in tok.children):
            return tok
        tok = tok.head
    return None


def _tense(verb: Token) -> tuple[bool, bool]:
    """A clause's tense as (to come, past): "will strike" (True, False), "walked out" (False,
    True), "is open" (False, False)."""
    return _is_future(verb), verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _relative_clause(tok: Token) -> int | None:
    """The verb of the innermost relative clause holding ``tok`` (itself included), or None.
    A clause the parser hung elsewhere ("advcl", "ccomp") is one too when it opens with a
    relative pronoun set off by punctuation ("met Kellner — who resigned on Monday — for an
    hour")."""
    for t in (tok, *tok.ancestors):
        if t.dep_ == "relcl" or t.pos_ in ("VERB", "AUX") and t.left_edge.tag_ in ("WP", "WP$", "WDT") \
                and _set_off(t):
            return t.i
    return None


def _set_off(clause: Token) -> bool:
    """Whether the clause of ``clause`` follows a comma, a dash or a bracket: a relative clause
    that says more of a noun already named, not which one is meant."""
    edge = clause.left_edge
    return edge.i > 0 and edge.nbor(-1).text in (",", "—", "–", "-", "--", "(")


def _of_person(clause: Token) -> bool:
    """Whether the relative clause of verb ``clause`` tells of a person: opened by "who" or
    "whom", or hung on a person's name."""
    return clause.left_edge.lower_ in ("who", "whom") or clause.head.ent_type_ == "PERSON"


def _in_other_relative(own: int | None, tok: Token) -> bool:
    """Whether ``tok`` is outside the relative clause a verb is in (``own``, that clause's
    verb, None for a main clause: "a plan that will let ships dock", voted on Tuesday: Tuesday
    is the vote's), or in one set off by a comma, a dash or a bracket (``_set_off``) that
    tells more of a noun anywhere in the sentence ("Finch, who pleaded guilty in March,
    apologized": March is the plea's; so is Monday in "met with Kellner, who resigned on
    Monday" and in "said the board met Kellner, whose term ended on Monday"; but "A fire that
    broke out on Wednesday destroyed …" says which fire)."""
    holder = _relative_clause(tok)
    if own is not None:
        return holder != own
    return holder is not None and _set_off(tok.doc[holder])


def _lend_lead_circumstances(doc: Doc, clauses: list[_Clause], lead: tuple[int, int, int], published: str | None,
                             dates: list[tuple[int, int]], places: list[tuple[int, int]],
                             index: EntityIndex, prominence: dict[str, float], datelines: tuple[Dateline, ...]) -> None:
    """A headline event without time or place takes them from the lead (and when the headline
    has no clause, the event of the first sentence takes the time; its place comes from its
    own sentence, as every body event's does).

    The time is that of the lead clause that retells the headline (most content words
    shared), else the lead's first recent point in time. The place is the retelling clause's
    own place (the event's own sentence: "blocked roads outside the Berlaymont building"),
    else the dateline ("BRUSSELS —", where the story was filed), else a place the
    headline names outside the clause ("Harbour ferry fire: Police name …"), else the
    first sentence's most mentioned place (a city or building before a country) that is not of a
    relative clause, an origin, a phrase of a clause of the future or the actor of another event
    (a thing or happening acting in a clause sharing none of the headline's words: "A drought
    in Kansas has cut yields" under "Wheat prices climb"), else such a place of the lead's
    later sentences; the first of these
    that is not a country, when there is one. A headline placed in a country only takes the
    retelling clause's nearer place or the dateline ("… wins in Brazil" → Interlagos). The
    clauses of the first body sentence without a place of their own take the dateline.
    """
    # not a time in a relative clause set off by a comma that tells of a person ("met
    # Kellner, who resigned on Monday"), whose own doings it dates; one on a thing may date
    # the story's event ("The change, which was announced last month, …")
    in_lead = [d for d in dates if lead[0] <= d[0] and d[1] <= lead[1] and not (
        _in_other_relative(None, doc[d[0]]) and _of_person(doc[_relative_clause(doc[d[0]])]))]
    # A day ("Sunday", "Nov. 6") says when something happened, a bare year or month rarely;
    # and news is of the last few days before publication: an older date in the lead is
    # background ("a photo from 2011"), not the time of the headline's event.
    days = [d for d in in_lead if len(resolve_date(doc[d[0]:d[1]].text, "2000-01-01") or "") == 10]
    recent = [d for d in days if _is_recent(resolve_date(doc[d[0]:d[1]].text, published), published)]
    fresh = [d for d in in_lead if not _is_stale(resolve_date(doc[d[0]:d[1]].text, published), published)]
    when = (recent or [d for d in days if d in fresh] or fresh or [None])[0]
    dateline = _dateline(doc, lead[:2], datelines)

    def weight(p: tuple[int, int]) -> float:
        span = doc[p[0]:p[1]]
        eid = index.entity_at(span.start_char, span.end_char)
        return prominence.get(eid, 0.0) if eid else 0.0
    # the lead's places that may place the story: not where someone comes from ("a call from
    # Stockholm"), nor one of someone's other doings (a relative clause: "who runs a hotel in
    # Stromness"), nor of what is still to come ("will go on sale in Europe")
    # a place in the first sentence comes before a later one's when it is more than a country
    # ("A storm flooded homes in Galway. Insurers in London said …"); a later sentence's
    # places count when the first names none ("A fire forced workers to flee. The blaze broke
    # out at a plant in Dundee"), and a name modifying a noun counts ("its UK stores"): the
    # first sentence alone, with no fallback, left 8 of 21 right g5-dev places unanswered
    lead_places = [p for p in places if lead[0] <= p[0] and p[1] <= lead[1]]
    story_places = [p for p in lead_places if _relative_clause(doc[p[0]]) is None
                    and not _is_origin(prep := _place_preposition(doc, p)) and not _in_future_clause(prep)]
    # a name the lead gives only as such a place is none of the story's in the headline either
    # ("Court rejects Chad appeal" told as "rejected the appeal over its plan to fly migrants to Chad")
    asides = {doc[p[0]:p[1]].text.lower() for p in lead_places} - {doc[p[0]:p[1]].text.lower() for p in story_places}

    def mentioned(told: set[str]) -> tuple[int, int] | None:
        # not a place of the actor of another event, a clause that shares none of the
        # headline's words, when that actor is a thing or happening (a singular common noun):
        # "EU ministers agree deal" is not placed by "A separate protest in Vienna drew
        # hundreds", nor "Wheat prices climb" by "A drought in Kansas has cut yields"; people
        # there are of the story's scene ("Residents in Hull were told to leave"), and so is an
        # actor in a sentence that shares them ("A tornado in Oklahoma flattened homes, killing
        # three" under "Storm kills three")
        others = [w for r in retellers if not _told(doc, r) & told
                  and not _content_lemmas(doc, (r.verb.sent.start, r.verb.sent.end)) & told for w in r.who
                  if doc[w[0]:w[1]].root.tag_ == "NN" and not doc[w[0]:w[1]].root.ent_type_]
        told_places = [p for p in story_places if not any(w[0] <= p[0] and p[1] <= w[1] for w in others)]
        first = [p for p in told_places if p[1] <= lead[2]]
        if any(_specificity(doc, p) > 1 for p in first):
            told_places = first
        return max(told_places, key=lambda p: (_specificity(doc, p) > 1, weight(p), -p[0])) if told_places else None
    retellers = [c for c in clauses if not c.in_title and lead[0] <= c.verb.i < lead[1]]
    # Without a headline clause ("China well rescue: …"), the first sentence tells the story.
    heads = [c for c in clauses if c.in_title] or [c for c in retellers if c.position == LEAD_WEIGHT]
    for c in heads:
        with isolated(c.verb.idx):
            told = _told(doc, c)
            # of equal overlap, the clause with the headline's own verb ("jailed" over "robbed"),
            # then a main clause over a relative one on its words ("A storm that formed on
            # Sunday flooded …" retells "Storm hits coast" with "flooded")
            # a body clause is never retold by a relative clause on its words, whose time is not its own
            others = [r for r in retellers if r is not c and (c.in_title or _relative_clause(r.verb) == _relative_clause(c.verb))]
            # a headline that tells what happened is retold by a clause of what happened when one
            # shares its words ("Board and union agree deal": "signed the agreement", not "will
            # meet again in March"); by one of what is to come only when none does, or when the
            # headline looks ahead ("… to buy …", "will …"), or when a clause of what is to come
            # has its verb ("Ferry firm cancels sailings": "will cancel sailings next week", not
            # "cancelled three crossings on Friday")
            lemma = c.verb.lemma_.lower()
            ahead = _is_future(c.verb) or any(x.dep_ == "aux" and x.lower_ == "to" for x in c.verb.children) \
                or any(_is_future(r.verb) and r.verb.lemma_.lower() == lemma for r in others)
            settled = [r for r in others if not _is_future(r.verb) and _told(doc, r) & told]
            if settled and not ahead:
                others = settled
            retold = max(others, default=None, key=lambda r: (
                len(_told(doc, r) & told), r.verb.lemma_.lower() == c.verb.lemma_.lower(),
                _relative_clause(r.verb) is None))
            if retold is None or not _told(doc, retold) & told:
                retold = None
            own_when = retold.when if retold and retold.when and not _is_stale(
                resolve_date(doc[retold.when[0]:retold.when[1]].text, published), published) else None
            # not to the first sentence from a relative clause or another clause in it (see _pick_date)
            if c.when is None and own_when is not None and (
                    c.in_title or not _of_another_clause(c.verb, doc[own_when[0]:own_when[1]])):
                c.when, c.tense_of_when = own_when, retold.verb
            if c.when is None and when is not None and (
                    c.in_title or not _time_of_other_clause(c.verb, doc[when[0]:when[1]])):
                c.when = when
            if c.in_title and retold is not None:
                c.shown_who = [_fuller(doc, h, retold.who) for h in c.who]
            if not c.own_place and c.in_title:  # a place named elsewhere in the headline is the story's own
                # the city the story was filed from is not where a retelling's part of a country by
                # its direction is ("tore through northern Peru", filed from LIMA)
                lent = _retold_place(doc, retold, dateline)
                named = c.where if c.where and doc[c.where[0]:c.where[1]].text.lower() not in asides else None
                options = [p for p in (lent, None if lent and _is_region(doc, lent) else dateline, named, mentioned(told))
                           if p is not None]
                # a country is the answer only when nothing nearer is given
                c.where = next((p for p in options if _specificity(doc, p) > 1), options[0] if options else None)
            elif c.in_title and c.where is not None:
                # "Verstappen wins in Brazil" over "… won at Interlagos": the lead's retelling
                # (or dateline) places the same event nearer than the headline's country, or
                # names the place the headline only describes ("Lancashire town" → Darwen); a
                # headline's city gives way to the retelling's own building ("… in Oslo" → "at the
                # Hallvard Stadium"); a part of a country by its direction ("slams into northern
                # Peru") is where the event was, the dateline's city where it was told from
                scale = _specificity(doc, c.where)
                vague = scale == 1 or doc[c.where[0]:c.where[1]].root.pos_ == "NOUN"
                lent = _retold_place(doc, retold, dateline) if vague else (
                    retold.where if retold and retold.own_place else None)
                # and a country gives way to the retelling's part of it ("… in Peru" → "northern Peru")
                region = scale == 1 and lent is not None and _is_region(doc, lent) and not _is_region(doc, c.where)
                nearer = [p for p in (lent, dateline if vague and not _is_region(doc, c.where) and not region else None)
                          if p is not None and (_specificity(doc, p) > (1 if vague else scale) or region and p == lent)]
                c.where = nearer[0] if nearer else c.where
            if c.in_title:  # by news convention the lead's circumstances are the headline's own
                c.grounded = (c.where is not None) + (c.when is not None)
    if dateline is not None:  # "OTTAWA — The minister resigned on Sunday": the dateline places the lead
        for c in clauses:
            if c.where is None and not c.in_title and c.position == LEAD_WEIGHT:
                c.where = dateline


def _retold_place(doc: Doc, retold: _Clause | None, dateline: tuple[int, int] | None) -> tuple[int, int] | None:
    """The place the lead clause that retells the headline gives it: its own, or one its
    sentence names that is nearer than the dateline's city ("came from behind to beat Kingsport
    at Ellison Park" filed from KINGSPORT: the ground, a facility, over the city)."""
    if retold is None or retold.where is None:
        return None
    if retold.own_place or dateline is None or _specificity(doc, retold.where) > _specificity(doc, dateline):
        return retold.where
    return None


def _is_region(doc: Doc, place: tuple[int, int]) -> bool:
    """Whether a place phrase names a part of a place by its direction ("the northern
    Philippines", "central Japan"; ``COMPASS``): a modifier outside the name, not a name's own
    word ("South Africa", "North Carolina")."""
    first = next((t for t in doc[place[0]:place[1]] if t.lower_ != "the"), None)
    return first is not None and first.i < place[1] - 1 and _is_direction_word(first)


def _fuller(doc: Doc, short: tuple[int, int], lead: list[tuple[int, int]]) -> tuple[int, int]:
    """A headline's actor as the lead names it in full: the lead's phrase has the same head
    word and holds all its content words and more ("Okonjo" → "Kenyan runner Daniel Okonjo",
    "Landslide" → "A massive landslide"); headlines shorten names, the lead gives the whole
    subject phrase. Another head names another actor ("Brindle" is not "the makers of
    Brindle")."""
    words, head = _content_lemmas(doc, short), doc[short[0]:short[1]].root.lower_
    fuller = [r for r in lead if words and words < _content_lemmas(doc, r) and doc[r[0]:r[1]].root.lower_ == head]
    return fuller[0] if fuller else short


def _told(doc: Doc, c: _Clause) -> set[str]:
    """The content words of a clause's actor and predicate: what it tells."""
    return _content_lemmas(doc, c.what).union(*(_content_lemmas(doc, r) for r in c.who))


def _is_recent(day: str | None, published: str | None) -> bool:
    """Whether a resolved day lies in the week up to the day after publication."""
    base = parse_published(published)
    if base is None or day is None or len(day) != 10:
        return False
    return -1 <= (base - date.fromisoformat(day)).days <= 7


def _is_stale(resolved: str | None, published: str | None) -> bool:
    """Whether a resolved date ended well before publication: a day more than a week, a month
    or year more than a month ("last month" is still news, "2011" is background)."""
    base = parse_published(published)
    if base is None or resolved is None or not re.fullmatch(r"\d{4}(-\d\d){0,2}", resolved):
        return False
    year, month, day = (int(x) for x in (resolved + "-12-31"[len(resolved) - 4:]).split("-"))
    if len(resolved) == 7:
        day = calendar.monthrange(year, month)[1]
    return (base - date(year, month, day)).days > (7 if len(resolved) == 10 else 31)


def _dateline(doc: Doc, lead: tuple[int, int], datelines: tuple[Dateline, ...]) -> tuple[int, int] | None:
    """The token span of the place of the lead's dateline ("WASHINGTON (AP) —", "ALBANY, N.Y. —":
    the city, not its state; not a run-in lead-in in capitals longer than a place's name)."""
    lo = doc[lead[0]].idx if lead[0] < len(doc) else 0
    hi = doc[lead[1] - 1].idx if lead[1] > lead[0] else lo
    for d in datelines:
        if d.place is not None and lo <= d.start < hi and len(doc.text[d.place[0]:d.place[1]].split()) <= PLACE_WORDS:
            span = doc.char_span(*d.place, alignment_mode="contract")
            return (span.start, span.end) if span is not None and len(span) else None
    return None


# --- the Event ------------------------------------------------------------------------------

def _prominence(index: EntityIndex) -> dict[str, float]:
    """Each entity's share of mentions relative to the most mentioned one."""
    counts = {e.id: len(e.mentions) for e in index.entities}
    top = max(counts.values(), default=0)
    return {k: v / top for k, v in counts.items()} if top else {}


def _content_lemmas(doc: Doc, r: tuple[int, int]) -> set[str]:
    return {t.lemma_.lower() for t in doc[r[0]:r[1]] if t.is_alpha and not t.is_stop}


def _event(doc: Doc, article: Article, index: EntityIndex, c: _Clause, claims: SpanIndex[Claim],
           prominence: dict[str, float], headline: set[str], sentence_starts: list[int]) -> Candidate:
    """The Event of a clause with its salience features; ``sentence`` indexes the analysis's
    sentences (spaCy's, blank ones left out, as the engine lists them); ``claims`` by the span
    of their content."""
    text = article.text

    def ref(r: tuple[int, int]) -> Ref:
        s, e = _chars(doc, text, r)
        return index.ref(text, s, e)

    # Headline grammar for a plan: "Bridge to close for repairs" says it will close.
    planned = c.in_title and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in c.verb.children)
    who = [ref(r) for r in c.who if r[1] > r[0]]  # salience weighs the actor as the clause names it
    whom = [ref(r) for r in c.whom if r[1] > r[0]]
    where = [ref(c.where)] if c.where else []
    if where and not _can_be_where(doc, index, where[0], c.where):
        where = []
    when = None
    if c.when:
        s, e = _chars(doc, text, c.when)
        span = doc[c.when[0]:c.when[1]]
        # the tense that places a time is that of the verb the time hangs on: in "said on Monday
        # it would cut jobs" or "agreed on Tuesday to merge", Monday and Tuesday are past
        holder = _verb_of(span) or c.tense_of_when or c.verb
        own = holder.i == c.verb.i
        # a time before the clause its verb introduces is the verb's own ("agreed on Tuesday to
        # merge"): only its auxiliaries place it ahead, not the plan it announces
        before_complement = any(ch.dep_ in ("xcomp", "ccomp") and ch.i >= span.end for ch in holder.children)
        future = planned and own or (has_future_modal(holder) if before_complement else _is_future(holder)) \
            or own and not c.in_title and _is_scheduled_present(c.verb, span) or _deferred_to(holder, span)
        when = When(s, e, text[s:e], resolve_date(text[s:e], article.published, future))
    ws, we = _chars(doc, text, c.what)
    v = c.verb
    trigger = Trigger(v.idx, v.idx + len(v.text), text[v.idx:v.idx + len(v.text)], v.lemma_.lower())
    # The innermost claim that reports it: a quote inside a credited paragraph is the quote's.
    holders = claims.overlapping(v.idx, v.idx + 1)
    claim = min(holders, key=lambda cl: cl.content.end - cl.content.start).id if holders else None
    # a pronoun or a bare count ("Three killed as tornado hits town") names no actor
    named = 1.0 if any(r.entity and index.by_id[r.entity].label not in NOT_NAMES for r in who) else 0.5 if who and not all(
        doc[r[0]].pos_ == "PRON" and r[1] - r[0] == 1 or all(t.like_num for t in doc[r[0]:r[1]]) for r in c.who) else 0.0
    if named < 1 and c.who and doc[c.who[0][0]].lower_ in SPEAKERS_OWN and any(
            cl.source and cl.source.entity and cl.cue and cl.cue.start < v.idx for cl in holders):
        named = 1.0  # "Harwick said its profit fell": the named speaker's own, as named as the speaker
    prom = max((prominence.get(r.entity, 0.0) for r in who if r.entity), default=0.0)
    # The lead sentence that retells the headline is the story's main event.
    told = _told(doc, c)
    echo = 1.0 if c.in_title else len(told & headline) / len(headline) if headline else 0.0
    event = Event(id="", trigger=trigger, what=Span.of(text, ws, we), who=who, whom=whom,
                  where=where, when=when, salience=0.0,
                  sentence=bisect_right(sentence_starts, v.idx) - 1, claim=claim)
    features = {"position": c.position, "rank": CLAUSE_RANK[c.rank], "named": named, "echo": echo,
                "grounded": c.grounded / 2, "prominence": prom, "early": 1 - min(c.offset, 50) / 50,
                "action": 0.0 if any(_foregrounds_speaker(cl) for cl in holders) and not _announces_own(v)
                and c.position != LEAD_WEIGHT else 1.0,
                "realis": 0.0 if _is_irrealis(v) and not planned else 1.0}
    return Candidate(event, features, [ref(r) for r in c.shown_who if r[1] > r[0]] if c.shown_who else None,
                     _is_background(v, c.when is not None) and (not c.in_title and v.lemma_.lower() not in headline
                                                                 or c.in_title and _relative_clause(v) is not None))


def _is_background(verb: Token, dated: bool) -> bool:
    """A clause that tells more of a participant: a relative clause set off by punctuation in
    the present or a perfect (", which employs 21,000 people", ", who had expected deeper cuts":
    what holds of it, not what happened), or in the past with no time of its own (", who
    drafted the law,": a past that identifies; "who fell into a well on Sunday" may be the
    story, ``dated``), a restrictive one in the simple present ("a fungus that digests
    plastic": what it does in general; a restrictive past or perfect may be the story, "named
    the man who has been charged with murder"); a state told with "have" as the main verb
    and no time ("had a 40-22 record", "has two children"; not "had talks on Monday"); or the condition of another ("unless the city
    improves its offer", "if talks fail"): no event of the story itself. The caller keeps one
    whose verb the headline retells ("Police name man charged with murder"); in a headline
    only a relative clause is background ("Divers Find Wreck That Holds Gold": the find is the story)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    simple_present = verb.tag_ in ("VBZ", "VBP") and not aux
    standing = simple_present or any(c.lemma_ == "have" for c in aux)
    relative = _relative_clause(verb)
    set_off = relative is not None and _set_off(verb.doc[relative])
    # a clause on a time is dated by it (", when it finally passed"): what happened then
    dated = dated or relative is not None and verb.doc[relative].head.ent_type_ in ("DATE", "TIME")
    if relative is not None and (standing and set_off or simple_present or set_off and not dated and not aux):
        return True
    if verb.lemma_ == "have" and not aux and not dated and any(c.dep_ == "dobj" for c in verb.children) \
            and not any(c.dep_ in ("xcomp", "ccomp", "prt") for c in verb.children):
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)


def _can_be_where(doc: Doc, index: EntityIndex, place: Ref, phrase: tuple[int, int]) -> bool:
    """Whether a site found by its preposition ("Engineers at Westbay Council finished …") can
    be the event's place: not when the article's entities name an organisation, a person or a
    group there, unless its name ends in a facility noun ("St Mary's Hospital"). A place found
    otherwise (a dateline's, a place name's) is not asked about."""
    if place.entity is None or index.by_id[place.entity].label in PLACE_LABELS:
        return True
    if not any(t.lower_ in SITE_PREPS for t in doc[max(0, phrase[0] - 2):phrase[0]]):
        return True
    return _specificity(doc, phrase) == 3


def _is_irrealis(verb: Token) -> bool:
    """A clause that does not say its action takes place: a modal of possibility or wish
    ("would", "could", "may", "should"; "will" announces, it does not doubt, and so does the
    "would" of reported speech, ``_reported_would``), a negation, or a "to" infinitive
    ("urged troops to hold fast")."""
    reported = _reported_would(verb)
    return any(c.dep_ == "neg" or c.dep_ == "aux" and (c.tag_ == "MD" and c.lower_ not in FUTURE_MODALS
                                                       and not (reported and c.lower_ in ("would", "'d"))
                                                       or c.lower_ == "to") for c in verb.children)


def _announces_own(verb: Token) -> bool:
    """A reported clause of what is to come whose subject is the speaker ("Halvorsen said on
    Tuesday it would cut 2,000 jobs", "he said he will resign"; a pronoun ``_resolve_subject``
    gives the speaker: not the weather's "it" nor another person's "he"): the speaker
    announces its own act, which is the news, as an action told is (not "he said he saw
    smoke": a witness's account; nor "said it would be investigated": an act on it)."""
    subj = _subject(verb)
    return subj is not None and subj.dep_ == "nsubj" and subj.pos_ == "PRON" and _resolve_subject(subj).i != subj.i \
        and _is_future(verb)


def _foregrounds_speaker(claim: Claim) -> bool:
    """A claim whose cue comes before its content: the saying is the news, not the action
    said ("X said that …"); an attribution after the content only sources the fact."""
    return claim.kind != "credit" and claim.cue is not None and claim.cue.start < claim.content.start


def _in_future_clause(tok: Token | None) -> bool:
    """Whether a token (None: no) lies in a clause that tells what is still to come (``_is_future``,
    or an infinitive on a noun)."""
    if tok is None:
        return False
    verb = next((t for t in (tok, *tok.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    # an infinitive on a noun is a plan or an aim, not a doing ("its plan to fly migrants to Chad")
    planned = verb is not None and verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return verb is not None and (_is_future(verb) or planned)


def _is_future(verb: Token) -> bool:
    """Whether a clause tells what is still to come: "will vote", "'ll be shipped", "is going
    to strike", "are set to strike", "is due to open", "plans to launch", "are expected to
    resume" (``PROSPECTIVE``; on the verb or the verb it completes), and in reported speech
    "said it would return to talks on Friday"; a modal of what may come ("could run out of
    beds by January", ``POSSIBILITY_MODALS``) and a plan in the passive ("is scheduled for
    Friday") look ahead too."""
    def scheduled(v: Token) -> bool:  # "is going / set / due to", "plans / is expected to" + verb
        heads = [v, *(c for c in v.children if c.dep_ == "acomp")]
        return any(h.lemma_.lower() in PROSPECTIVE for h in heads) and any(
            c.dep_ == "xcomp" for h in heads for c in h.children)

    def possible(v: Token) -> bool:  # "could run out of beds by January", not "could not say"
        aux = [c for c in v.children if c.dep_ in ("aux", "auxpass", "neg")]
        return any(c.tag_ == "MD" and c.lower_ in POSSIBILITY_MODALS for c in aux) and not any(
            c.dep_ == "neg" or c.lemma_ == "have" for c in aux) and not _told_of_a_past_day(v)

    def planned(v: Token) -> bool:  # "is scheduled for Friday", not "was agreed on Monday"
        return v.lemma_.lower() in PROSPECTIVE and any(
            c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in v.children)

    return has_future_modal(verb) or scheduled(verb) or _reported_would(verb) or possible(verb) or planned(verb) \
        or verb.dep_ in ("xcomp", "conj") and (has_future_modal(verb.head) or scheduled(verb.head))


def _conj_head(verb: Token) -> Token:
    """The first verb of the coordination ``verb`` is joined in ("said it would cut jobs and
    [close] two plants": said's complement "cut"); ``verb`` itself when it is joined to none."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _told_of_a_past_day(verb: Token) -> bool:
    """Whether a clause is reported in the past and set "on" a weekday: "told police she could
    see smoke on Sunday night" tells what was possible then, not what may come."""
    head = _conj_head(verb)
    return head.dep_ == "ccomp" and head.head.tag_ == "VBD" and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(
            w.lower_ in WEEKDAYS for g in c.children if g.dep_ == "pobj" for w in g.subtree)
        for c in verb.children)


def _reported_would(verb: Token) -> bool:
    """ "said it would cut jobs": in reported speech "would" is the "will" of the time of saying
    (the future seen from then), no doubt."""
    head = _conj_head(verb)
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children) and head.dep_ == "ccomp" \
        and head.head.lemma_.lower() in speech_verbs()



def _verb_of(span: TokenSpan) -> Token | None:
    """The verb a time expression hangs on ("will vote on Friday" → vote, "said on Monday that
    …" → said, "for Saturday's match" → the verb of the clause the match is in); None when
    it hangs on no verb (a headline without one)."""
    tok, phrase = span.root, span.root
    while tok.pos_ not in ("VERB", "AUX"):
        if tok.head.i == tok.i:
            return None
        tok, phrase = tok.head, tok
    if phrase.i == tok.i:  # a time the model ran over a verb ("monday welcomed years"): that verb
        return tok
    # between a verb and the clause it introduces, a time is the verb's: "said on Monday it
    # would cut jobs", where the parser hangs "on Monday" on "cut"
    time = {t.i for t in phrase.subtree}
    rest = [t.i for t in tok.subtree if t.i not in time]
    if tok.dep_ in ("ccomp", "xcomp") and tok.head.i < min(time) and max(time) < min(rest):
        return tok.head
    return tok


def _deferred_to(verb: Token, when: TokenSpan) -> bool:
    """Whether a time is where a deferral moves its event: "was postponed until July", "delayed
    to September", "pushed back to next year" (``DEFERRALS``): later than the telling, whatever
    the tense of the moving (not "was closed until June": how long, in the past), unless a
    past clause on the time says it has come ("delayed until Tuesday, when it passed")."""
    prep = when.doc[when.start - 1] if when.start > 0 else None
    # a clause on the time in the past says it has come ("delayed until Tuesday, when it passed")
    come = any(t.dep_ == "relcl" and _tense(t)[1] for t in when.root.children)
    return prep is not None and prep.lower_ in ("until", "till", "to") and verb.lemma_.lower() in DEFERRALS and not come


def _is_scheduled_present(verb: Token, when: TokenSpan) -> bool:
    """A body clause in the present tense dated in its own clause tells a schedule: "The
    exhibition opens on Friday", "Ministers are meeting on Tuesday" lie ahead (a headline's
    present tells the past: "Storm hits Galway on Sunday"; the date of another clause,
    "figures released on Monday show …", says nothing of this one's tense)."""
    present = verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    if not present or verb.lemma_ in ("be", "have") or not len(when):
        return False
    tok = when.root
    while tok.i != verb.i:  # up to the verb through its own phrases, not a subject's clause
        if tok.head.i == tok.i or tok.dep_ in SUBJECTS or tok.dep_ in ("acl", "relcl", "advcl", "ccomp"):
            return False
        tok = tok.head
    return True


def _chars(doc: Doc, text: str, r: tuple[int, int]) -> tuple[int, int]:
    """Character offsets of a token range, without the spaces a token may carry (nbsp)."""
    span = doc[r[0]:r[1]]
    start, end = span.start_char, span.end_char
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    while start < end - 1 and text[start].isspace():
        start += 1
    return start, end
