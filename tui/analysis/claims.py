"""Attributions (who claims what), following the PolNeAR conventions.

Three passes over one parsed document, each feeding the next:

1. every reporting cue of the lexicon (``cues.tsv``) that governs a content in the parse
   (``said [that …]``, ``urged [them to …]``, ``denied [the report]``, ``his claim [that …]``,
   ``is worried [about …]``, ``according to X, […]``, ``to many, […]``, ``in her view, […]``, ``by one estimate, […]``) gives a claim, its source being the cue's subject; so does a
   speaker's line in a transcript or headline (``PENCE: …``, ``Poll: …``);
2. every quoted passage that no claim covers yet becomes a direct quote, its cue and source
   looked for around it (``"…," he said``, ``X said: "…"``, a quote interrupted by its source),
   or, for a quoted phrase inside a sentence, the verb it hangs on (``called him "a fraud"``);
3. wire credits ("AFP contributed to this report", "(Reuters) -").

A content is one span, and a quote interrupted by ``he said`` is one claim: its span runs
from the first piece to the last, and its ``parts`` are the quoted pieces alone, so that a
reader is never shown the attribution as part of what was said. Only the outermost claim
is kept when one is reported inside another, as PolNeAR annotates.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from tui.analysis.antecedents import Antecedents, gender_words, given_name_gender, given_names, stray_first_name
from tui.analysis.cues import CueEntry, cue_lemma, lookup
from tui.analysis.datelines import PARTY, find_datelines
from tui.analysis.entities import known_words, lexicon
from tui.analysis.faults import isolated
from tui.analysis.intervals import SpanIndex
from tui.analysis.markup import Tags
from tui.analysis.quotes import Quote, breaks_off, find_quotes, find_titles, last_mark
from tui.analysis.refs import EntityIndex
from tui.analysis.verb_frames import answer_word, commented_clause, impersonal_clause, made_clear, trailing_attribution
from tui.analysis_model import Claim, Cue, Ref, Resolution
from tui.model import Article, Span

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable

    from spacy.tokens import Doc, Span as SpacySpan, Token

_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
_CLAUSE_DEPS = {"ccomp", "parataxis"}
_INHERIT_SUBJECT = {"advcl", "xcomp", "conj", "acl", "pcomp", "acomp"}
_ABOUT = {"of", "about", "over", "on", "against"}
_OBJECT_ROLE = {"as", "for", "to", "with"}
# taking a side: the content is whom or what is backed, not where, when or by how much
_BACKING = {"support", "back", "endorse", "favor", "favour", "oppose"}
_SIDE_ROLE = {"for", "to", "over", "than", "against", "as", "of"}  # "backed Hale for mayor", "favored Hale over Ruiz"
# speaking of a matter: the content is the matter, not where, when or how often it was spoken of
_TOPICAL = {"talk", "speak", "boast", "brag", "mention", "recount", "repeat", "reiterate", "discuss"}
_TOPIC_ROLE = {"to", "as", "of", "about", "than", "with", "over", "against", "that", "from", "into", "by"}
_CONTESTS = {"race", "primary", "caucus", "election", "contest", "runoff", "nomination", "vote", "ballot"}  # "backed Hale in the race"
_WH_TAGS = {"WDT", "WP", "WP$", "WRB"}
# Words a time of saying may hold besides its date ("said on Monday", "said late Tuesday", "said that")
_SAYING_TIME_WORDS = {"on", "at", "early", "late", "last", "this", "that", ","}
# Words of a time yet to come, which no past saying is dated by ("said next year the tax would rise")
_FUTURE_TIME_WORDS = {"next", "tomorrow", "coming", "upcoming"}
_QUESTION_WORDS = {"how", "why", "what", "whether", "where", "when"}  # what opens a question clause, not a relative
_FINITE = {"VBD", "VBZ", "VBP"}
_RELATIVES = {"who", "which", "that", "whom"}
_RECEIVING = {"have", "enjoy", "win", "earn", "draw", "receive", "get", "pick", "gain", "garner", "attract",
              "face", "snag", "secure", "spark", "raise", "provoke", "command"}  # "drew criticism from …"
_GIVEN = {"support", "endorsement", "criticism", "praise", "opposition", "backing"}  # "… from someone"
_DEMONSTRATIVES = {"those", "these", "others", "some"}  # "those backing him": who back him
# Cue verbs with a sense other than a stance (holding up, aiding, guarding, assaulting, standing
# for) and what one is for or against in their stance sense (proposals, policies, decisions,
# candidates): with no doer to go by, the object tells the senses apart (_other_sense)
_MANY_SENSES = {"support", "back", "defend", "attack", "represent", "fight", "champion", "target"}
_STANCE_OBJECTS = {"plan", "proposal", "bill", "measure", "policy", "law", "rule", "idea", "decision", "deal",
                   "reform", "ban", "tax", "levy", "budget", "candidate", "candidacy", "nominee", "campaign", "bid",
                   "move", "ruling", "agreement", "treaty", "initiative", "amendment", "motion", "position", "view",
                   "claim", "cause", "scheme", "strategy", "agenda", "program", "programme", "project", "plea",
                   "call", "demand", "request", "stance", "approach", "referendum", "vote"}
_INDEFINITES = {"something", "everything", "anything", "nothing"}  # "everything they wanted"
_AGENTS = {"PERSON", "ORG", "NORP", "GPE"}  # names of those who can speak
_HOLDERS = {"i", "we", "you", "he", "she", "they", "who"}  # who can hold an attitude ("he is proud of …")
_HOLDER_NAMES = {"PERSON", "ORG", "NORP"}
# Verbs that bring about, secure or mark an event: their "that" clause is the event they caused
# or celebrated, not a view they hold ("ensured that the contract went to his brother").
# Causatives of result ("make sure that …") and verbs of ceremony; a verb class, not a count.
_BRINGS_ABOUT = {"ensure", "arrange", "cause", "require", "mandate", "make", "celebrate", "commemorate", "mark",
                 "toast"}
_ATTITUDE_VERBS = {"be", "feel", "seem", "remain"}  # "is proud of", not "should get excited about"
# Adjectives of feeling, of certainty or doubt, and of how openly one speaks, that take an
# "about"/"of" phrase or a clause as what the feeling or view is about (the kinds of stance
# adjective of Biber et al., Longman Grammar of Spoken and Written English, 1999: emotion,
# certainty and doubt, and the manner of speaking; the words chosen by meaning here, not taken
# from its lists); those the cue lexicon has are
# not repeated. Not "innocent of", "capable of", "typical of", "full of": no attitude. "unaware
# of" stays out too (PolNeAR train: 0 of 3 right; not knowing a thing is the writer's report).
# PolNeAR train with this list: 24 of 32 attitude claims right, against 26 of 46 for any adjective.
_ATTITUDES = frozenset({
    # feeling
    "proud", "glad", "sad", "sorry", "furious", "livid", "mad", "annoyed", "irritated", "irked", "incensed",
    "outraged", "indignant", "resentful", "bitter", "disgusted", "appalled", "aghast", "horrified", "shocked",
    "stunned", "surprised", "amazed", "astonished", "alarmed", "dismayed", "troubled", "disturbed", "distressed",
    "saddened", "heartbroken", "devastated", "embarrassed", "ashamed", "humiliated", "nervous", "anxious", "uneasy",
    "jittery", "scared", "frightened", "fearful", "terrified", "excited", "thrilled", "delighted", "elated",
    "ecstatic", "relieved", "thankful", "jealous", "envious", "weary", "sick", "bored", "impatient", "mistrustful",
    "distrustful", "suspicious", "leery", "sanguine", "bullish", "bearish", "ambivalent", "sympathetic", "hostile",
    "unenthusiastic", "sensitive", "curious", "puzzled", "baffled", "perplexed", "confused", "incredulous",
    # certainty or doubt
    "unsure", "uncertain", "doubtful", "dubious", "positive", "conscious", "mindful", "cognizant",
    # how openly or how one speaks of it
    "honest", "candid", "frank", "upfront", "forthright", "forthcoming", "vague", "coy", "cagey", "evasive", "shy",
    "reticent", "unapologetic", "apologetic", "defensive", "dismissive", "scathing", "effusive", "outspoken",
    "emphatic", "insistent", "unequivocal", "explicit",
})
# taking what others say: "she faced questions about …" (the questions are not hers)
_ANSWERING = {"face", "field", "entertain", "receive", "dodge", "duck", "deflect", "sidestep", "fend"}
# verbs of saying after "was quoted as …": the grammar's own small class, not drawn from any text
_SPEECH_GERUNDS = {"say", "tell", "state", "add", "remark", "comment", "declare", "write", "call", "describe",
                   "warn", "claim", "insist", "argue", "complain", "ask", "urge", "predict", "vow", "promise"}
_MEANS = {"use", "employ", "spend", "take", "seize", "exploit"}  # "used the speech to say …"
_PERSONAL = {"his": "he", "her": "she", "its": "it", "their": "they"}  # possessive → personal pronoun
_SUBORDINATORS = {"when", "if", "once", "after", "while", "unless", "until", "though", "although", "as"}
_OBJECTS = {"dobj", "pobj", "dative", "attr", "oprd"}
# verbs whose passive subject is the one addressed ("he's told that …" is "he is told"); not "warn",
# "advise": "she's warned that …" is as often "she has warned"
_ADDRESSED = frozenset({"tell", "inform", "assure", "reassure", "remind", "notify", "brief"})
# verbs of writing and sending outside the lexicon: what they put down is someone's words, however short
_WRITES = frozenset({"scrawl", "scribble", "jot", "type", "text", "email", "e-mail", "message", "chalk", "etch",
                     "inscribe", "carve", "stencil", "graffiti", "spray-paint"})
_MODIFIERS = {"amod", "compound", "nmod", "poss", "nummod"}  # a word in a noun phrase before its noun
_TRAILING_LINK = re.compile(r"(?:,|[\s,;]*\b(?:and|but|while|whereas))\s*$")
_SETTING = {"in", "at", "during", "after", "before", "since", "until", "amid", "while"}  # prepositions of a speech's setting
# … of which "in", "at" and "during" set a saying only with a place, a time or an occasion of speech after them
# ("in a letter", "at a rally", "in Ohio"), not in "praised her [in public]", "her strength [in the suburbs]"
_PLACE_OR_TIME = {"in", "at", "during"}
_FIGURES = {"PERCENT", "MONEY"}  # entity labels of the figures of a reported result
_RELATIVE_OPENERS = {"who", "whom", "which", "whose"}  # words opening a relative clause
_LINK_POS = {"ADP", "DET", "PART", "SCONJ", "CCONJ", "PUNCT"}  # words that link two pieces of one phrase
_OF_TIME = {"during", "throughout", "since", "until", "before", "after", "amid"}  # a phrase of them with a date is a time
_OCCASIONS = {
    "interview", "speech", "letter", "tweet", "post", "op-ed", "column", "memo", "email", "e-mail", "conference",
    "briefing", "hearing", "debate", "rally", "appearance", "remarks", "address", "session", "meeting", "broadcast",
    "video", "ad", "book", "filing", "editorial", "essay", "article", "event", "forum", "show", "podcast",
    "discussion", "conversation", "chat", "press", "radio", "television", "visit", "trip", "ceremony", "summit",
    "convention", "protest", "vigil", "reception", "dinner", "fundraiser", "gathering", "lecture", "seminar", "panel",
    "launch", "parade", "funeral", "memorial",
}
_MEDIA = {  # where one speaks or publishes: "remarks on television", "a statement on its website"
    "television", "tv", "radio", "air", "airwaves", "website", "site", "web", "internet", "blog", "page", "account",
    "feed", "platform", "channel", "podcast", "broadcast", "stage", "camera", "screen", "app",
}  # not "the media", "the video", "the programme", "her record": as often what the remarks are about
_PLATFORMS = {  # the social networks news cites by name, which the tagger may miss as names
    "twitter", "facebook", "instagram", "youtube", "tiktok", "reddit", "linkedin", "snapchat", "weibo", "whatsapp",
}
_STUDIES = {"poll", "survey", "study"}  # "in the poll, …": the source of the clause
_OBSERVING = {"find", "see"}  # "found the boy alive": what was seen, unless a finding's document says it
_BODILY_STATES = {"alive", "dead", "unconscious", "conscious", "unresponsive", "lifeless", "injured", "wounded",
                  "hurt", "unharmed", "safe", "well", "missing", "asleep", "awake", "naked", "empty", "intact",
                  "ablaze", "afloat", "adrift", "aground"}  # what one comes upon a person or thing in, no judgement
_REFLEXIVES = {"myself", "yourself", "himself", "herself", "itself", "oneself", "ourselves", "yourselves", "themselves"}
_FINDERS = _STUDIES | {"report", "audit", "review", "inquiry", "enquiry", "investigation", "probe", "analysis",
                       "research", "assessment", "evaluation", "test", "trial", "court", "jury", "tribunal",
                       "panel", "commission", "committee", "it"}  # "the audit found the agency negligent"
_PERSON_ENDINGS = ("keeper", "worker", "person", "man", "woman")  # English compounds for a person's role
# people whose finding is a finding's report, not what they came upon: "Auditors found the
# accounts falsified". Not the police, rescuers or doctors: they come upon people and things
# ("Police found the car abandoned", "doctors found him unconscious"); nor "officials", too broad.
_FINDING_PEOPLE = {"investigator", "auditor", "inspector", "examiner", "researcher", "scientist", "expert", "analyst",
                   "prosecutor", "coroner", "pathologist", "inquest", "regulator", "watchdog"}
_JOINED = {"conj", "cc", "punct", "advcl", "parataxis", "relcl", "mark", "dep"}  # what a clause joins on, not of it
_VIEWS = {"view", "opinion", "mind", "estimation", "judgment", "judgement"}  # "in her view, …"
_RECKONINGS = {"count", "tally", "estimate", "reckoning", "measure", "calculation"}  # "by one estimate, …"
_VIEWERS = {"them", "him", "her", "me", "us", "many", "some", "others"}  # "To many, the plan is a trap"
_WHEN = {"DATE", "TIME"}
_MESSAGES = {"call", "message", "email", "e-mail", "letter", "inquiry", "enquiry", "query", "text", "voicemail", "note"}
_SEEKING = {"seek", "request", "ask"}  # "emails seeking comment"
_ASKING = _MESSAGES | {"request", "demand", "plea", "appeal"}  # "a request for comment on …"
_ASKING_VERBS = {"ask", "demand", "wonder", "inquire", "enquire", "query", "question", "quiz"}  # "…?" she asked
_CLOSING_MARKS = "\"”’'"  # a quote's closing marks
_TALLIES = {"vote", "ballot", "point", "seat"}  # what a margin is counted in: "rejected by 40 votes to 12"
_PARTICLES = {"back", "out", "up", "off", "on", "in", "down", "away", "over", "along", "around"}  # adverbial particles
_NOT_NAMES = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
_TRIM = " \t\n,;:.-–—()"
_BRACKET_CLOSE = re.compile(r"\.?\)")  # the end of a bracket that trimming took off: "(R-Fla" + ".)"
_DASHES = {"—", "–", "--", "-"}  # a dash setting off an aside (all but "—" only with a space before)
_COMPOUND_PREPOSITIONS = {("in", "order"), ("in", "charge"), ("in", "case")}  # "in order to" …
_ARGUING = {"make", "press", "build", "lay", "argue", "present", "plead", "state", "put", "rest", "outline",
            "bolster", "strengthen", "weaken", "prove"}  # "made the case that …": verbs that make a case
_FORCE = {"deadly", "terrorist", "terror", "violent", "murderous", "suicide", "armed", "bloody", "fatal", "lethal",
          "militant", "chemical", "nuclear", "missile", "rocket", "bomb", "gun", "knife", "devastating"}  # "a deadly attack"
_ASSAULTS = {"attack", "assault"}
_OFFICES = {"nomination", "presidency", "reelection", "re-election", "office", "seat", "governorship",
            "mayoralty", "chairmanship", "leadership", "premiership", "crown", "title"}  # "seeking the nomination"
_RUNNING = {"seek", "pursue", "claim", "clinch", "secure"}  # verbs that take an office as a goal or a prize
_MIN_QUOTE_WORDS = 4
_DESCRIPTION_WORDS = 8  # words of a sentence that describes the speaker of the quote after it
_DESCRIBING = {"be", "sound", "remain"}  # "was defiant", "sounded weary" (not "seemed", a hedge)
_CREDIT_LINE = re.compile(
    r"(?P<src>[A-Z][\w.&' -]{1,60}?)\s+(?P<cue>contributed)\b[^.\n]{0,40}?\b(?P<obj>(?:to )?this (?:report|story|article))"
)
_SPEAKER_LINE = re.compile(
    r"^[\"“]?(?P<src>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}"
    r"|[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}(?P<role>(?: (?!(?:to|on|at|in|of|for|and|or|the|an?|by|with|from|says?)\b)"
    r"[a-z][\w’'-]*){1,2})(?: [A-Z][\w.’'-]*){1,2})(?P<to> (?:[Tt]o|[Oo]n|[Aa]t) [^:\n]{1,60}?)? ?(?P<cue>:)"
    r"[ \t]+(?P<content>\S[^\n]*)", re.M
)
_NOT_SPEAKERS = {
    "update", "updated", "note", "editor's note", "editor’s note", "photo", "photos", "video", "watch",
    "related", "read more", "source", "sources", "via", "correction", "clarification", "disclosure",
    "advertisement", "caption", "credit", "image", "listen", "see also", "tags", "filed under", "q", "a",
    "breaking", "breaking news", "exclusive", "developing", "live", "analysis", "opinion", "commentary",
    "look", "boom", "wow", "bombshell", "flashback", "just in", "must see", "must watch", "must read",
}
_NAME_ITEM = re.compile(r"(?:[A-Z][\w.’'-]*\.? ?){2,4}")  # "Dave Caris", "D.J. Bettencourt": one item of a roster
_LINE = re.compile(r"[^\n]+")
_CAPITALISED = re.compile(r"\b[A-Za-z][\w’']*")  # a headline's words, to tell title case
_PLACE_NAMES = {"GPE", "LOC", "FAC"}  # "United States": a plural inside a place name is no verb
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-–—•*·▪]|\d{1,2}[.)])[ \t]+\S[^\n]*", re.M)  # "- overspent …", "2) hired …"
# what may stand between two contents of one cue that are one: spaces, commas, dashes, a "but"/"and"/"yet"
_TOUCHING = re.compile(r"[ \t\u00a0,–—-]*(?:(?:but|and|yet)[ \t\u00a0,]+)?")
# words that open a qualification of the clause before a trailing attribution, said with it
# (`…, he said, if he had known`, `…, she predicted, but not before spring`): not "when", "as",
# "after", "before", "while", which as often tell when or how it was said, nor "because", as
# often the speaker's reason with claims of its own
_GOES_ON = {"if", "unless", "but", "though", "although", "yet"}
# what a thing is done by, not who says so: `went according to plan`, `set according to the rules`
_NORMS = {"plan", "rule", "schedule", "law", "script", "tradition", "custom", "protocol", "procedure", "guideline",
          "regulation", "instruction", "principle", "standard", "formula", "way", "preference", "need", "merit",
          "seniority", "size", "age", "ability", "taste", "convention", "timetable", "design", "recipe", "order"}
_AUTHORING = {"write", "author", "pen", "draft", "compile", "publish", "edit", "co-write", "ghostwrite"}
_PURPOSES = {"intend", "design", "mean", "aim"}
_NAMING = {"name", "identify", "quote", "cite", "use"}  # "asked not to be named", "that her name not be used"
_WISHES = {"ask", "request", "decline", "refuse", "want", "wish"}  # whose wish not to be named is no claim
_SCHEDULED = {"due", "set", "scheduled", "slated", "poised"}  # "is due to discuss": what has not happened yet
_AFTER_COMMA = re.compile(r",\s*((?:[A-Z][a-z]*\.?\s+)*)$")  # a name's start after a comma and its titles: ", Mrs. "
_COLON_GOES_ON = re.compile(r"[ \t]*:[ \t]+(?=\S)")  # "…: what it spells out", on the same line


def _with_of_phrases(noun: Token) -> Iterable[Token]:
    """``noun`` and the nouns of the "of" phrases hung on it, and on those in turn: "one",
    "series" and "messages" of "one of a series of messages"."""
    yield noun
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ == "pobj":
                    yield from _with_of_phrases(o)


def _setting_clauses(verb: Token) -> list[Token]:
    """That-clauses the parser hung on the noun of a phrase of the saying's setting after
    ``verb`` ("told analysts on a call that …", "said in a statement that …", or on a noun of
    its "of" phrases: "said in one of a series of messages that …"), taking the clause for
    the noun's relative: they are what was said. A "that" the parser took for a relative
    pronoun in no role a relative fills ("said in a letter [that] the merger was off", "that"
    a stray object, or the clause's object, beside the clause's own subject) is the clause's
    mark too."""
    return [c for p in verb.rights if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
            for n in _with_of_phrases(o) for c in n.children if c.dep_ in ("relcl", "acl", "ccomp")
            and any(m.lower_ == "that" and (m.dep_ == "mark" or m.i == c.left_edge.i and m.dep_ in ("pobj", "dep", "dobj")
                                            and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children))
                    for m in c.children)]


def _is_setting_of_cue(noun: Token) -> bool:
    """Whether ``noun`` is where a saying was made ("on a call", "in a statement", "in one of
    a series of messages") and the verb of saying takes the clause the parser hung on it
    (``_setting_clauses``)."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "pobj":
        noun = noun.head.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    verb = noun.head.head
    entry = lookup(_lemma(verb, "VERB"), "VERB") if verb.pos_ == "VERB" else None
    return entry is not None and "c" in entry.frames and not any(c.dep_ in _CLAUSE_DEPS for c in verb.children)


def _outside_clauses(head: Token, skip: Collection[str] = ()) -> list[Token]:
    """The tokens of ``head``'s subtree outside any clause (a verb and what hangs on it) below
    it: "the remarks" of "the remarks [made on Monday]", nothing but "for" of "for [voting]";
    outside too any phrase below it whose dependency label is in ``skip``."""
    out: list[Token] = []
    todo = [head]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo.extend(c for c in tok.children if c.pos_ not in ("VERB", "AUX") and c.dep_ not in skip)
    return out


_ROLE_AGAIN = _OBJECT_ROLE | {"of", "by", "about"}  # "called for X, and for Y": not "…, but in a calm way"


def _wh_conjuncts(cue: Token, parts: list[Token]) -> list[Token]:
    """`talked about housing and how it is changing the city`, `detailed the costs, and why
    they rose`: a question clause joined by "and"/"or" right after the content, which the
    parser hangs on the cue (or on the verb the cue's clause hangs on: `came to talk about
    housing and how …`), is reported with it; so is a second "that" clause joined by
    "and"/"but" (`predicted that fares would rise, but that riders would stay`) and a second
    phrase of the cue's role (``_ROLE_AGAIN``: `called for more buses, and for cheaper fares`,
    `sees it as a tax and as a trap`). PolNeAR train: +2 contents matched, 10 nearer their
    gold bounds, 5 wrong claims reported inside them gone, none lost; dev +1.
    Returns that clause's or phrase's head, or []."""
    if not parts:
        return []
    end = max(p.right_edge.i for p in parts)
    holders = [cue, cue.head] if cue.dep_ in ("advcl", "xcomp") and cue.head.i < cue.i else [cue]
    for holder in holders:
        for c in holder.rights:
            if c.i <= end or c.dep_ in ("cc", "punct"):
                continue
            first = c.left_edge
            between = cue.doc[end + (cue.doc[end].dep_ != "cc"):first.i]  # the "and" may hang on the object
            if (c.dep_ in ("conj", "ccomp") and first.lower_ in _QUESTION_WORDS
                    and any(t.lower_ in ("and", "or") for t in between)
                    and all(t.lower_ in ("and", "or", ",") for t in between)):
                return [c]
            again = first.lower_ == "that" and first.dep_ == "mark" or c.pos_ == "ADP" and c.lower_ in _ROLE_AGAIN
            if (c.dep_ == "conj" and again
                    and any(t.lower_ in ("and", "but") for t in between)
                    and all(t.lower_ in ("and", "but", ",") for t in between)):
                return [c]
            break
    return []


def _object_conjunct(cue: Token, parts: list[Token]) -> list[Token]:
    """`pointed to the rising rents — and the shortage of homes behind them`, `warned against
    a merger, and a second round of cuts`: a noun phrase joined by "and"/"or" right after an
    object content, which the parser hangs on the cue as a second verb, is a second object:
    a noun cannot be joined to a verb. A bare noun with no word before it may be a verb the
    tagger missed (`faults the referee and thanks …`) and stays out; so does a phrase running
    into a clause of the speaker's set off by a comma (`…, and then a rematch, insisting that
    …`), and one holding a time set off by commas (`the budget and, last week, the tax rise`:
    when it was said). PolNeAR train: +1 content matched, 4 nearer their gold, none lost; dev unchanged.
    Returns its head, or []."""
    if not parts or any(p.dep_ in _CLAUSE_DEPS for p in parts):
        return []
    end = max(p.right_edge.i for p in parts)
    nxt = next((c for c in cue.rights if c.i > end and c.dep_ not in ("cc", "punct")), None)
    if (nxt is None or nxt.dep_ != "conj" or nxt.pos_ not in ("NOUN", "PROPN")
            or any(c.dep_ in _SUBJECTS or c.dep_ in ("aux", "xcomp", "dobj") for c in nxt.children)
            or nxt.pos_ == "NOUN" and not any(c.dep_ in _MODIFIERS or c.dep_ == "det" for c in nxt.lefts)):
        return []
    left = cue.doc[nxt.left_edge.i:nxt.i]
    if any(t.text == "," for t in left) and any(t.ent_type_ in _WHEN for t in left):
        return []  # "and, last week, the tax rise": a time set off in it says when, not what
    between = [t.lower_ for t in cue.doc[end + 1:nxt.left_edge.i]]
    if (not any(w in ("and", "or") for w in between) or not all(w in ("and", "or", ",") or w in _DASHES for w in between)
            or any(t.pos_ == "VERB" and t.nbor(-1).text == "," for t in nxt.subtree if t.i > nxt.i)):
        return []  # "…, and then a rematch, insisting that …": a clause of the speaker's own after it
    return [nxt]


_LIST_GAPS = (["and"], ["or"], [",", "and"], [",", "or"], [","])  # what stands between two items of a list


def _list_after(cue: Token, parts: list[Token], item: Callable[[int], int | None],
                starts: Callable[[int], bool], bare_and: bool) -> list[Token]:
    """The later items of a list begun with the content ``parts`` of ``cue``, found by the
    words after it inside the sentence: each item follows a comma, the last "and"/"or" (the
    first may follow a bare "and" only when ``bare_and``). ``item(i)`` gives the index of the
    last word of an item starting at token ``i``, or None when none does; ``starts(i)``
    whether one does, to tell a list the parser hung inside one item ("…, replace its chair
    and open its books"). Returns the last word of each later item, or [] when the list does
    not close with "and"/"or"."""
    doc = cue.doc
    end = max(p.right_edge.i for p in parts)
    while end > cue.i and doc[end].text == ",":  # the parser may end the content with the list's first comma
        end -= 1
    sent_end = cue.sent.end
    out: list[Token] = []
    i = end + 1
    while i < sent_end:
        gap = []
        while i < sent_end and doc[i].lower_ in (",", "and", "or"):
            gap.append(doc[i].lower_)
            i += 1
        last_i = item(i) if i < sent_end else None
        if last_i is None or gap not in _LIST_GAPS or not (out or bare_and or gap == [","]):
            return []
        last = doc[min(max(last_i, i), sent_end - 1)]
        while last.is_punct and last.i > i:
            last = last.nbor(-1)
        out.append(last)
        if gap[-1] in ("and", "or") or any(t.lower_ in ("and", "or") and starts(t.i + 1) for t in doc[i + 1:last.i]):
            return out
        i = last.i + 1
    return []


def _verb_list(cue: Token, parts: list[Token]) -> list[Token]:
    """`supports tightening enforcement, freezing immigration and ending the lottery`, `urged
    the party to drop the rule, replace its chair, open its books and cut its fees`: the later
    verbs of a list begun in the content are part of it, wherever the parser hangs them (on
    the cue, on the sentence's root, each on the one before; ``_list_after``). An adverb may
    stand before each; each has the tag of a verb of the content (a bare verb after an
    infinitive's "to" may be tagged as a present one) and no subject of its own. Returns the
    last word of each later item (the verb's own subtree may hold words before the list, the
    parser having hung the content's verb on it), or []."""
    if not parts:
        return []
    doc = cue.doc
    tags = {t.tag_ for p in parts for t in p.subtree if t.pos_ == "VERB" and t.tag_ in ("VB", "VBG")}
    if "VB" in tags or any(t.dep_ == "aux" and t.lower_ == "to" for p in parts for t in p.subtree):
        tags |= {"VB", "VBP"}  # "to cut fares, repair the bridge": a bare verb the tagger took for a present one

    def item(i: int) -> int | None:
        while i < cue.sent.end - 1 and doc[i].tag_ == "RB":  # "…, instead calling for …"
            i += 1
        verb = doc[i]
        if verb.tag_ not in tags or verb.pos_ != "VERB" or any(k.dep_ in _SUBJECTS for k in verb.children):
            return None
        return max(verb.right_edge.i, i)

    return _list_after(cue, parts, item, lambda i: doc[i].tag_ in tags, bare_and=True)


def _noun_list(cue: Token, parts: list[Token], noun_chunks: dict[int, SpacySpan]) -> list[Token]:
    """`spoke of the poverty in the valley, the lack of jobs and the violence of the gangs`:
    the later noun phrases of a list begun with an object content are part of it, wherever
    the parser hangs them (often as an appositive of the subject; ``_list_after``). The
    first follows a comma; none is the subject of a clause of its own. Returns the last word
    of each later item, or []. ``noun_chunks``: the document's, by their first token's index
    (``_Finder.noun_chunks``)."""
    if not parts or any(p.dep_ not in ("dobj", "pobj") or p.pos_ not in ("NOUN", "PROPN") for p in parts):
        return []
    if any(t.dep_ == "cc" for p in parts for t in p.subtree):
        return []  # "civil rights and justice reform, timely issues …": the object's own list has closed
    after = max(p.right_edge.i for p in parts) + 1
    end = cue.sent.end
    chunks = {i: noun_chunks[i] for i in range(after, end) if i in noun_chunks and noun_chunks[i].end <= end}

    def item(i: int) -> int | None:
        chunk = chunks.get(i)
        if chunk is None or chunk.root.dep_ in _SUBJECTS or chunk.root.pos_ not in ("NOUN", "PROPN"):
            return None
        return max(chunk.root.right_edge.i, chunk.end - 1)

    return _list_after(cue, parts, item, lambda i: i in chunks, bare_and=False)


def _reason_after(cue: Token, parts: list[Token]) -> list[Token]:
    """`wrote that the request was futile, because the records are gone`: a "because" clause
    right after a reported clause with a subject of its own, which the parser hangs on the
    cue, gives the reason of what is reported and is part of it, as PolNeAR has it (train:
    5 contents matched whole, the 4 claims in their reasons gone, net +1 match and none lost;
    dev: 1 and 1, net 0). An object content keeps out: `endorsed him because …` is the
    writer's reason. Returns the clause's head, or []."""
    clause = [p for p in parts if p.dep_ == "ccomp" and p.i > cue.i and any(c.dep_ in _SUBJECTS for c in p.children)]
    if len(clause) != len(parts) or not clause:
        return []
    end = max(p.right_edge.i for p in parts)
    doc = cue.doc
    reason = next((c for c in cue.rights if c.i > end and c.dep_ == "advcl"), None)
    if reason is None or reason.left_edge.lower_ != "because" or any(not t.is_punct for t in doc[end + 1:reason.left_edge.i]):
        return []
    return [reason]


def _examples_after(cue: Token, parts: list[Token]) -> list[Token]:
    """`favors spending projects, like building roads and schools`, `backed several deals,
    including the one with Chile`: examples set off by a comma after an object content, which
    the parser hangs on the cue, name what the object is. Returns their phrase, or []."""
    if not parts or any(p.dep_ in _CLAUSE_DEPS for p in parts):
        return []
    end = max(p.right_edge.i for p in parts)
    doc = cue.doc
    nxt = next((c for c in cue.rights if c.i > end and c.dep_ != "punct"), None)
    if (nxt is None or nxt.dep_ != "prep" or nxt.lower_ not in ("like", "including")
            or [t.text for t in doc[end + 1:nxt.left_edge.i]] != [","]):
        return []
    return [nxt]


def _figures_after(cue: Token, parts: list[Token]) -> list[Token]:
    """`showed support for the stadium at 55 percent, with 30 percent unsure`, `showed the
    striker top at 40 percent, followed by the keeper at 22 percent`: a phrase set off by
    a comma after an object content, which the parser hangs on the cue, that gives more
    figures of the same result (a "with" phrase, or a participle with its "by" agent, holding
    a percentage or a sum) is part of what is reported. The phrase must be no clause of its
    own: with a finite verb, a clause, or a verb whose subject is no figure in it (`, with
    officials saying turnout fell 5 percent`, `, with sales rising 5 percent`) it is the
    writer's; a figure as the subject (`with 30 percent unsure`, `with 20 percent backing
    a third site`) gives a share of the same result. A comparison (`compared with 64
    percent`) is the writer's too; and a content that is a finite clause takes no figures
    (`said it happened, with the club paying $2 million`). The figure must be of the
    content's kind and a share of the same result: the object of "with" itself (not `, with
    $2 million spent` after a percentage, not `, with an error margin of 3 percent`), or
    a rival of the participle's agent with its own "at"/"on" figure and no date (not `,
    followed by a drop of 12 percent on Monday`). PolNeAR train: +1 content matched, one
    claim inside it gone; dev unchanged. Returns the phrase's head, or []."""
    if not parts or any(p.dep_ in _CLAUSE_DEPS or p.tag_ in _FINITE for p in parts):
        return []
    end = max(p.right_edge.i for p in parts)
    doc = cue.doc
    nxt = next((c for c in cue.rights if c.i > end and c.dep_ != "punct"), None)
    if nxt is None or [t.text for t in doc[end + 1:nxt.left_edge.i]] != [","]:
        return []
    if any(t.tag_ in _FINITE or t.tag_ == "MD" or t.dep_ in _CLAUSE_DEPS or t.pos_ == "VERB" and any(
            c.dep_ in _SUBJECTS and c.ent_type_ not in _FIGURES for c in t.children) for t in nxt.subtree):
        return []  # a clause of its own: ", with officials saying turnout fell 5 percent"
    kinds = {t.ent_type_ for p in parts for t in p.subtree if t.ent_type_ in _FIGURES}
    if nxt.dep_ == "prep" and nxt.lower_ == "with":  # the share itself: "with 30 percent unsure"
        return [nxt] if any(t.ent_type_ in kinds and (t.head == nxt or t.dep_ in _SUBJECTS and t.head.head == nxt)
                            for t in nxt.subtree) else []
    agent = next((c for c in nxt.children if c.dep_ == "agent"), None) if nxt.tag_ == "VBN" else None
    rival = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None
    if rival is None or rival.ent_type_ in _FIGURES or any(t.ent_type_ in _WHEN for t in nxt.subtree):
        return []
    return [nxt] if any(c.dep_ == "prep" and c.lower_ in ("at", "on") and any(  # "by the keeper at 22 percent"
        o.dep_ == "pobj" and o.ent_type_ in kinds for o in c.children) for c in (*rival.children, *nxt.children)) else []


def _as_predicate(cue: Token) -> list[Token]:
    """The object and its "as" of a view-taking cue (frame ``a``) where the parser did not hang
    the "as" on the cue: before an adjective or a participle it makes "as" an adverb of a
    clause of its own hung on the cue (`sees the mayor as too cautious`, `view the plan as
    doomed by its cost`), and before a noun it may hang "as" on the object (`see the ferry as a
    waste of money`). Returns the object and that clause, or the object alone when it holds
    the "as"; [] when there is no object before it or the clause has a subject (`painted a
    grim picture as he accepted the nomination`: "as" of time). PolNeAR train: +10 contents
    matched, none wrong; dev +1."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None:
        return []
    if any(c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i for c in obj.children):
        return [obj]
    pred = next((c for c in cue.children if c.i > obj.i and c.dep_ in ("advcl", "ccomp", "xcomp", "acomp", "oprd")
                 and c.left_edge.lower_ == "as" and c.left_edge.i > obj.right_edge.i), None)
    if pred is None or any(k.dep_ in _SUBJECTS for k in pred.children):
        return []
    return [obj, pred]


def _topic_object(noun: Token) -> list[Token]:
    """`her remarks about the mayor`, `his views on trade`: the object of an "about" or "on"
    right after a noun of speech or view the lexicon gives no object frame is what was said or
    thought about, unless it only says when (`a statement on Friday`). Returns that object, or
    []. "of" stays out (`a message of hope`, `his view of the harbour`): PolNeAR train, 46 of
    163 new claims right there, against 33 of 64 here; the caller keeps only those with a
    source (21 of 37 right, against 11 of 26 with none)."""
    prep = next((c for c in noun.rights if c.dep_ == "prep"), None)
    if prep is None or prep.lower_ not in ("about", "on") or prep.i != noun.i + 1:
        return []
    return [o for o in prep.children if o.dep_ in ("pobj", "pcomp") and o.ent_type_ not in _WHEN
            and not _on_medium(prep, o)][:1]


def _on_medium(prep: Token, obj: Token) -> bool:
    """Whether ``obj``, the object of ``prep``, is "on" a medium, saying where something was
    said or shown, not what about: a medium or a place of publication (`comments on Twitter`,
    `a statement on its website`, `remarks on social media`), a building or a stage (a FAC
    name). A word of the object's phrase other than a modifier counts too, for a parse that
    runs the medium into a clause (`remarks on television angered voters`); a modifier does
    not (`remarks on the television industry`)."""
    return prep.lower_ == "on" and any(
        t.lemma_.lower() in _MEDIA or t.lower_ in _PLATFORMS or t.ent_type_ == "FAC"
        or t.lower_ == "media" and any(c.lower_ == "social" for c in t.children)
        for t in obj.subtree if t is obj or t.dep_ not in ("compound", "amod", "nmod", "poss", "det"))


def _time_count(noun: Token) -> bool:
    """`for the second time`, `for the third time this year`: "time" counted by an ordinal or
    a date, which says when something was said or done, never what."""
    return noun.lower_ in ("time", "times") and any(
        k.ent_type_ in ("ORDINAL", "DATE", "TIME") for k in noun.children if k.i < noun.i)


def _compound_preposition(prep: Token, obj: Token) -> bool:
    """`in support of`, `in favor of`, `in defence of`: "in" with a bare noun and "of" is one
    preposition of what something is for, not a place or time it happened in."""
    return (prep.lower_ == "in" and obj.tag_ == "NN" and obj.i == prep.i + 1
            and any(c.dep_ == "prep" and c.lower_ == "of" and c.i == obj.i + 1 for c in obj.children))


def appositives(head: Token) -> list[Token]:
    """The names set beside a noun phrase by commas: its own appositives ("its chairman, Owen
    Pritchard") and one the parser hung on the last noun of its prepositional phrase instead
    ("the head of the nurses' union, Saoirse Delacroix-Mbeki", taken as the union's
    appositive), which closes the phrase; not when that last noun is one for a person after
    "of", who bears the name ("The wife of the late ambassador, Sir Hugh Lamb": the ambassador's
    name; but "counsel for the landlord, James Okoye" names the counsel, as news has it), unless
    its gender agrees with the head's ("The daughter of the former mayor, Ruth Hale"), nor a
    name of the other gender than the noun's, however the parser hung it (``_genders``)."""
    found = [c for c in head.children if c.dep_ == "appos" and _genders(head, c) != "clash"]
    tail = head
    while (preps := [c for c in tail.children if c.dep_ == "prep" and c.i > tail.i]) and \
            (objs := [c for c in preps[-1].children if c.dep_ == "pobj"]):
        tail = objs[-1]
        found += [c for c in tail.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                  and (not (_person_noun(tail) and tail.head.lower_ == "of") or _genders(head, c) == "agree")
                  and all(t.is_punct for t in head.doc[c.right_edge.i + 1:head.right_edge.i + 1])]
    return found


def _genders(noun: Token, name: Token) -> Literal["agree", "clash"] | None:
    """Whether a name set beside ``noun`` tells the same gender as the noun does ("The daughter
    of the former mayor, Ruth Hale": the daughter's name) or the other one ("The widow of the
    governor, Sir Alan Pryce": "Sir" a man, "widow" a woman), by a title or gendered word before
    it or its common given name (``data/gender.toml``, ``data/given_names.toml``); None when
    either tells none."""
    words = gender_words()
    told = words.get(noun.lower_)
    if told is None or name.pos_ != "PROPN":
        return None
    before = [c for c in name.lefts if c.dep_ == "compound"]
    titled = next((words[w] for c in before if (w := c.lower_.rstrip(".")) in words), None)
    named = titled or (given_name_gender(noun.doc, before[0].i, name.i) if before else None)
    return None if named is None else "agree" if named == told else "clash"


def _roster(content: str) -> bool:
    """`Iowa: Tim Albrecht, Brad Anderson, Sara Craig, …`: what follows a line's label is a
    list of three or more names (and nothing else), a roster under a heading, not words said."""
    items = [i.strip() for i in re.split(r",|\band\b", content.rstrip(". ")) if i.strip()]
    return len(items) >= 3 and all(_NAME_ITEM.fullmatch(i) for i in items)


def _names_a_speaker(label: SpacySpan) -> bool:
    """A line's label before its colon names who speaks: a name, a word in capitals, a poll,
    or a capitalised noun (`Insiders: …`, `Newspaper: …`), but not a headline's kicker
    (`Breaking: …`, `Revealed: …`, `The Latest: …`, `Wow: …`)."""
    if any(t.pos_ == "PROPN" or t.ent_type_ in _AGENTS or t.is_upper or t.lemma_.lower() in _STUDIES for t in label):
        return True
    last = label[-1]
    return (all(t.is_title for t in label) and label[0].pos_ != "DET"
            and last.pos_ == "NOUN" and last.tag_ not in ("VBG", "VBN"))


@dataclass(slots=True)
class _Draft:
    """A claim being built: content bounds in characters, the cue and source tokens."""

    start: int
    end: int
    cue: Cue | None
    source: Ref | None
    cue_token: Token | None = None
    kind: str = "indirect"
    inferred: bool = False  # the source is the previous claim's: a quote going on with no cue
    pieces: tuple[tuple[int, int], ...] = ()  # what was said, when the span holds more (a quote going on)


def extract_claims(doc: Doc, article: Article, index: EntityIndex) -> list[Claim]:
    """The article's attributions in text order, ids c1, c2, …"""
    text = article.text
    tags = Tags(text)
    quotes = [q for q in find_quotes(text) if not any(tags.holds(s) or tags.holds(e - 1) for s, e in q.pieces)]
    finder = _Finder(doc, text, index, quotes, tags)
    pieces = {(q.start, q.end): q.pieces for q in finder.quotes if len(q.pieces) > 1}
    drafts = finder.from_cues() + finder.speaker_lines() + finder.headline_verbs()
    drafts = _outermost(drafts, text, pieces)
    drafts += finder.from_quotes(drafts)
    drafts = finder.joined_on_one_cue(drafts)
    drafts = finder.around_one_cue(drafts)
    drafts += finder.credits()
    drafts = _deduplicated(drafts)
    finder.resolve_sources(drafts)
    sent_starts = [s.start_char for s in finder.sents]
    claims = []
    for n, d in enumerate(drafts, 1):
        claims.append(Claim(
            id=f"c{n}",
            kind=d.kind,  # type: ignore[arg-type]
            content=Span.of(text, d.start, d.end),
            cue=d.cue,
            source=d.source,
            sentence=_sentence_of(sent_starts, d.start),
            parts=tuple(Span.of(text, s, e) for s, e in d.pieces or pieces.get((d.start, d.end), ())),
        ))
    return claims


def _sentence_of(starts: list[int], pos: int) -> int:
    return max(0, bisect_right(starts, pos) - 1)


def _outermost(drafts: list[_Draft], text: str, pieces: dict[tuple[int, int], tuple[tuple[int, int], ...]]) -> list[_Draft]:
    """Drop a claim whose cue sits inside another claim's content (reported speech in reported
    speech), except in a trailing relative clause (", which it describes as …"): that one is
    its own claim, and the outer content stops before it. The interruption of a quote
    (``pieces``: a joined quote's bounds → its quoted pieces) is outside it: `"…," she said,
    referring to the mayor. "…"` reports the quote and, on its own, the reference. Two claims
    whose cues each lie in the other's content (`Most voters said that X, according to the
    poll`: the parser runs the "said" clause on over "according to") keep the one that starts
    first, the whole clause being its content."""
    keep = []
    index = SpanIndex((d.start, d.end, d) for d in drafts)  # ends only shrink below: a superset
    for d in drafts:
        cue_at = d.cue.start if d.cue else d.start
        outer = [o for o in index.overlapping(cue_at, cue_at + 1) if o is not d and o.start <= cue_at < o.end
                 and not (d.start <= o.start and o.end <= d.end)
                 and not (d.start < o.start and d.start <= (o.cue.start if o.cue else o.start) < d.end)
                 and not ((o.start, o.end) in pieces and not any(s <= cue_at < e for s, e in pieces[o.start, o.end]))]
        if not outer:
            keep.append(d)
            continue
        rel = _relative_clause_start(d.cue_token)
        if rel is None or any(text[rel:o.end].count("\"") % 2 or rel <= o.start for o in outer):
            continue
        for o in outer:
            if not _resumes_after_relative(d.cue_token, o.end):
                o.end = len(text[:rel].rstrip(" ,;"))
        keep.append(d)
    return keep


def _deduplicated(drafts: list[_Draft]) -> list[_Draft]:
    """One claim per content span (two cues grown onto one quote), the nearest cue winning; text order.
    A claim in pieces counts by its first (`"…," the coach said, according to the club's
    website.¶"…"`: the piece gone on to is the coach's, the first quote both cues')."""
    best: dict[tuple[int, int], _Draft] = {}
    for d in drafts:
        key = d.pieces[0] if d.pieces else (d.start, d.end)
        if key not in best or _cue_distance(d) < _cue_distance(best[key]):
            best[key] = d
    return sorted(best.values(), key=lambda d: (d.start, d.end))


def _cue_distance(d: _Draft) -> int:
    if d.cue is None:
        return 1 << 30
    return max(0, d.start - d.cue.end, d.cue.start - d.end)


class _LastBefore:
    """The claim that ends last before a position: which one a quote with no cue of its own
    goes on from. On a tie, a claim added with ``add`` wins over the first ones (in the order
    added), and among those the earlier."""

    def __init__(self, drafts: list[_Draft]) -> None:
        self._keys: list[tuple[int, int, int]] = []  # (end, -group, -order), ascending
        self._drafts: list[_Draft] = []
        for d in drafts:
            self._insert(d, 1)

    def add(self, d: _Draft) -> None:
        self._insert(d, 0)

    def _insert(self, d: _Draft, group: int) -> None:
        key = (d.end, -group, -len(self._keys))
        at = bisect_left(self._keys, key)
        self._keys.insert(at, key)
        self._drafts.insert(at, d)

    def before(self, pos: int) -> _Draft | None:
        """The claim with a speaker ending last at or before ``pos``, or None: a claim nobody
        made (`…," he said when asked about the vote. "…"`) is no speaker to go on from, nor
        one in a relative clause (`…," said Ruth Hale, who chairs the board. "…"`: Ruth Hale
        goes on, not "who")."""
        at = bisect_right(self._keys, (pos, 1, 1))
        for i in range(at - 1, -1, -1):
            src = self._drafts[i].source
            if src is not None and src.text.lower() not in _RELATIVES:
                return self._drafts[i]
        return None


def _lemma(tok: Token, pos: str) -> str:
    return cue_lemma(tok.text, tok.lemma_, pos)


def _verb_entry(tok: Token) -> CueEntry | None:
    """The verb's lexicon entry, or that of the verb with its object ("as she put it")."""
    lemma = _lemma(tok, "VERB")
    entry = lookup(lemma, "VERB")
    if entry is None:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        entry = lookup(f"{lemma} {obj.lower_}", "VERB") if obj is not None else None
    return entry


def _nominal_adjective(tok: Token) -> bool:
    """An adjective with its own determiner standing for a person, in a noun's place: `the
    19-year-old`, `the injured` (the small model tags "old" of an age an adjective and its
    phrase a date)."""
    return (tok.pos_ == "ADJ"
            and tok.dep_ in ("nsubj", "dobj", "attr", "acomp", "oprd", "npadvmod", "nsubjpass", "appos", "pobj")
            and any(c.dep_ == "det" for c in tok.children))


def _after_comma(text: str, start: int) -> bool:
    """The name starting at ``start`` follows a comma, with only titles between (", Mrs. ",
    ", Sir ", ", Professor "; the lexicon's ``titles``, dotted or not)."""
    m = _AFTER_COMMA.search(text, max(0, start - 30), start)
    return m is not None and all(w.rstrip(".") in lexicon().titles or w.endswith(".") and len(w) <= 6
                                 for w in m.group(1).split())


def _particle_after(verb: Token) -> Token | None:
    """The particle right after a verb of manner that makes it a phrasal one (`shot back`, `hit
    out`, `fired back`), as the tagger reads it or as an adverb of place it took it for; else None."""
    if verb.i + 1 >= len(verb.doc):
        return None
    nxt = verb.nbor(1)
    return nxt if nxt.head == verb and (nxt.dep_ == "prt" or nxt.dep_ == "advmod" and nxt.lower_ in _PARTICLES) else None


def _verb_taken_for_noun(tok: Token) -> bool:
    """A sentence's root the tagger called a noun though it has a subject: the verb of
    `Most voters support the plan`, `The records show that …` (the small model's
    common misreading of a plural subject and its verb), or though a compound before it
    and a clause after it make it one (`Harbour campaign plans to …`)."""
    if tok.dep_ != "ROOT":
        return False
    return any(c.dep_ == "nsubj" for c in tok.children) or (
        any(c.dep_ == "compound" for c in tok.lefts) and any(c.dep_ in ("xcomp", "ccomp") for c in tok.rights))


def _clause_taker(verb: Token) -> CueEntry | None:
    """A verb the lexicon lacks that takes a finite "that" clause after it, its subject one who
    can hold a view (``_can_hold``): `Calder noticed that none of the buses ran on time`,
    `Officials resent that the fund was cut`, `she tried to show that …`. What the clause says
    is the subject's claim, whatever the verb (a structural frame of verbs with a clausal
    complement), except where the clause is no proposition: not "be" or "have", whose "that"
    is mostly a relative misread; not the result of "so"/"such"/"it" … "that" (`saw to it that
    …`); not a verb that brings about or marks the clause's event (``_BRINGS_ABOUT``: `ensured
    that the contract went to …`, `celebrated that the bridge had reopened`). Returns a neutral
    clause-frame entry for the verb, or None."""
    clause = next((c for c in verb.rights if c.dep_ == "ccomp" and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in ("be", "have") or lemma in _BRINGS_ABOUT or clause is None or any(
            t.lower_ in ("so", "such", "it") for t in verb.doc[verb.i:clause.left_edge.i]):
        return None  # "drove so fast that …", "saw to it that …": a result, not a report
    holder = verb
    while holder.dep_ in ("conj", "xcomp") and holder.head.i != holder.i and not any(
            c.dep_ == "nsubj" for c in holder.children):
        holder = holder.head  # "tried to show that …": the subject of "tried"
    if holder.lemma_.lower() in _BRINGS_ABOUT:
        return None  # "made sure that …", "tried to ensure that …"
    subj = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    if subj is None or not _can_hold(subj):
        return None
    return CueEntry(_lemma(verb, "VERB"), "VERB", "neutral", "c")


def _can_hold(subj: Token) -> bool:
    """Whether a subject can hold a view: a personal pronoun or "who", a name (a person,
    group, organisation or country by its entity type, or any proper noun), or a noun for a
    person's role (the entity lexicon's ``person_roles``: "the mayor", "officials") or for
    people whose work is finding (``_FINDING_PEOPLE``); not a thing ("The report noticed …")."""
    return (subj.lower_ in _HOLDERS or subj.ent_type_ in _AGENTS or subj.pos_ == "PROPN"
            or _person_noun(subj) or subj.pos_ == "NOUN" and subj.lemma_.lower() in _FINDING_PEOPLE)


def _a_tally(noun: Token) -> bool:
    """A counted tally of votes (``_TALLIES``) with no phrase after it saying whose it is: the
    margin of `rejected by 40 votes to 12`, `by five points` (not `by 64 percent of voters`,
    `by 12 shareholders`, `by the votes of the members`)."""
    return (noun.lemma_.lower() in _TALLIES and any(c.dep_ == "nummod" for c in noun.children)
            and not any(c.dep_ in ("prep", "relcl", "acl") for c in noun.children))


def _person_noun(tok: Token) -> bool:
    """A common noun for a person's role or a gendered noun (the entity lexicon's
    ``person_roles``: "the mayor", "officials", "his nephew"), or one formed as such nouns are
    ("shopkeeper", "steelworker", "fisherman", "chairperson"; ``_agent_of_ism``)."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in lexicon().person_roles or lemma.endswith(_PERSON_ENDINGS)
                                   or _agent_of_ism(lemma))


def _agent_of_ism(lemma: str) -> bool:
    """A noun formed with "-ist" or "-ician", English's endings for one who practises or holds
    something ("lobbyist", "pharmacist", "physician"); not the short words that merely end so
    ("assist", "wrist", "heist") nor a compound of "list" ("checklist", "playlist"; a vowel
    before "-list" is the ending: "panelist", "specialist")."""
    if lemma.endswith("ician"):
        return True
    if not lemma.endswith("ist") or len(lemma) < 6 or lemma.endswith("sist") and len(lemma) <= 7:
        return False
    return not lemma.endswith("list") or lemma[-5] in "aeiou"


def _a_role(noun: Token) -> bool:
    """A common noun that may name a person's role, so that a name set beside it is that person
    (`the firm's lawyer, Ms. Abigail Stern`): one of the lexicon's roles (``_can_hold``), or any
    noun with a possessor that is no document, study or occasion (`the club's physio`); not `an
    FBI summary`, whose "name" after it is the next clause's subject."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    return _can_hold(noun) or any(c.dep_ == "poss" for c in noun.children) and lemma not in (
        _FINDERS | _OCCASIONS | _MESSAGES | _MEDIA)


def _infinitive(verb: Token) -> bool:
    """A verb with its own "to" before it: `to say`, `to be interviewed`."""
    return any(c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children)


def _bare_gerund(verb: Token) -> bool:
    """A gerund in a phrase or clause hung on another word (a subject, a preposition's object,
    an adverbial or a noun's modifier, an infinitive's complement or a conjunct: `Simply
    complaining about the toll is not enough`, `spent its money on attacking the mayor`, `…
    while touting her record`): PolNeAR counts what it stands for, objected to or backed as an
    attribution even when the sentence leaves its doer unsaid or the parser hides it; not a
    verb in a sense other than a stance (``_other_sense``: `Supporting the roof are four beams`)."""
    return (verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl", "acl", "csubj", "conj", "xcomp")
            and not _other_sense(verb))


def _other_sense(verb: Token) -> bool:
    """A verb of the lexicon that also has a sense other than taking a stance (``_MANY_SENSES``:
    holding up, aiding, guarding, assaulting, standing for: `supporting the roof`, `supporting
    farmers`, `defending the title`, `attacking the town`) whose object is neither a name (a
    proper noun, a person, group, organisation or country) nor something one is for or against
    (``_STANCE_OBJECTS``: a plan, a bill, a decision, a candidate, …). Where the doer is unsaid or
    is a bare "those"/"some", nothing else tells the senses apart."""
    if verb.lemma_.lower() not in _MANY_SENSES:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is None or not (obj.pos_ == "PROPN" or obj.ent_type_ in _AGENTS
                               or obj.lemma_.lower() in _STANCE_OBJECTS)


def _reporting_verb(tok: Token) -> bool:
    """A verb of the cue lexicon standing as a word of its own (not the "called" of "so-called")."""
    if tok.pos_ not in ("VERB", "AUX") or _verb_entry(tok) is None:
        return False
    return not (tok.i > 0 and tok.nbor(-1).text == "-" and not tok.nbor(-1).whitespace_)


def _about_object(dependents: Iterable[Token], cue: CueEntry, about: bool = True) -> list[Token]:
    """The object of the first "of/about/over …" (when ``about``) among a cue's dependents:
    what the allegation or worry is about; or of a preposition the lexicon pairs with the
    cue ("support for", "calls for": rows ``support for``, ``call for`` of the cue's part of speech)."""
    preps = [c for c in dependents if c.dep_ == "prep" and (
        about and c.lower_ in _ABOUT or lookup(f"{cue.lemma} {c.lower_}", cue.pos) is not None)]
    # "a statement on Friday", "for comment on Sunday": a date says when, not what about
    return [o for p in preps[:1] for o in p.children if o.dep_ in ("pobj", "pcomp") and o.ent_type_ not in _WHEN
            and not _on_medium(p, o)]


def _nobody(cue: Token) -> bool:
    """The cue's subject is nobody in particular: "Not everyone welcomed …", "No one said …",
    "Not every shop owner welcomed …" (the "not" hung on the determiner); for an adjective,
    the subject of the verb it completes ("Not everyone was happy with …", "No one in the
    village was pleased about …"), and for an infinitive the subject it shares ("No one was
    eager to attack him")."""
    holder = cue
    while holder.dep_ in ("acomp", "xcomp") and holder.head.i != holder.i:
        holder = holder.head  # "No one was eager to attack him": the subject of "was"
    for subj in (c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lower_ in ("nobody", "none", "noone") or any(
                t.dep_ in ("neg", "det") and t.lower_ in ("not", "no") for t in subj.doc[subj.left_edge.i:subj.i]):
            return True
    return False


def _that_said(cue: Token) -> bool:
    """`That said, the club remains in debt`, `With this said, …`: a concession of the writer's,
    "that" standing for what came before, the verb right after it and a comma right after the
    verb; nobody says the clause that follows."""
    doc = cue.doc
    return (cue.i + 1 < len(doc) and doc[cue.i + 1].text == "," and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "this") and c.i == cue.i - 1 and not list(c.children)
        for c in cue.children))


def _forecast(cue: Token, entry: CueEntry, parts: list[Token]) -> bool:
    """`Sales were expected to double`: a hedging verb in the passive, nobody doing the
    expecting, an infinitive after it — the writer's forecast, not anyone's claim."""
    return (entry.stance == "hedged" and any(c.dep_ == "auxpass" for c in cue.children)
            and not any(c.dep_ == "agent" for c in cue.children)
            and bool(parts) and all(p.dep_ == "xcomp" for p in parts))


def _forecast_of(cue: Token) -> bool:
    """`Ek was expected to announce a plan`, `she is supposed to testify that …`: a cue in the
    writer's forecast (``_forecast``) has not said anything yet; nor has one in a timetable
    (`Councillors are due to discuss the report`, `she is set to announce …`: ``_SCHEDULED``)."""
    head = cue.head
    if cue.dep_ != "xcomp" or head.i == cue.i or not _infinitive(cue):
        return False
    if head.lemma_.lower() in _SCHEDULED and (head.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in head.children)):
        return True
    entry = _verb_entry(head)
    return entry is not None and _forecast(head, entry, [cue])


def _anonymity(cue: Token, parts: list[Token]) -> bool:
    """`who asked not to be named`, `asked that her name not be used`, `who declined to be
    identified`, `did not want to be named`: a wish of the cue's own subject to stay unnamed,
    the condition a source spoke under, not a claim. The cue is one of asking, refusing or
    wanting (``_WISHES``); the content is its subjectless infinitive, a passive of naming
    (``_NAMING``), negated or after a negated or refusing cue, or a clause that the subject's
    own name ("her name") not be used or be withheld. Not what is said of others (`said the
    officer would not be named`, `asked that the boy not be named`). PolNeAR train annotates
    none of 4 such; "requested anonymity to speak freely" stays a claim (it counts 8)."""
    lemma = cue.lemma_.lower()
    if lemma not in _WISHES:
        return False
    refused = lemma in ("decline", "refuse") or any(c.dep_ == "neg" for c in cue.children)
    for p in parts:
        kids = list(p.children)
        negated, naming = any(c.dep_ == "neg" for c in kids), p.lemma_.lower() in _NAMING
        passive = any(c.dep_ == "auxpass" for c in kids)
        if (p.dep_ == "xcomp" and _infinitive(p) and passive and naming and (negated or refused)
                and not any(c.dep_ in _SUBJECTS for c in kids)):
            return True  # "asked not to be named", "declined to be identified"
        name = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() == "name"), None)
        if name is not None and (negated and naming or p.lemma_.lower() == "withhold") and any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in name.children):
            return True  # "asked that her name not be used"
    return False


def _purpose(cue: Token, parts: list[Token]) -> bool:
    """`The new law is intended to curb noise`, `the levy was meant to fund ferries`: a verb of
    purpose (``_PURPOSES``) in the passive with nobody named, said of a thing, whose content is
    an infinitive: what the thing is for, no one's claim, as "was supposed to" (issue 10), though
    PolNeAR annotates some. Not said of people, nor other verbs (`the band was instructed to
    play`)."""
    if cue.lemma_.lower() not in _PURPOSES or not parts or not all(p.dep_ == "xcomp" and _infinitive(p) for p in parts):
        return False
    if any(c.dep_ == "agent" for c in cue.children) or not any(c.dep_ == "auxpass" for c in cue.children):
        return False
    subj = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and subj.pos_ == "NOUN" and not _can_hold(subj)


def _verb_form(verb: Token) -> str:
    """A verb's tag, but VB for a past form that is also the base form (`cut`, `set`, `put`,
    `hit`, `spread`: its text is its lemma) tagged VBD and joined to a base form: `pledged to
    reopen the pool and [cut] its fees` is one infinitive going on, there being no past
    tense in sight to join it to."""
    if (verb.tag_ == "VBD" and verb.dep_ == "conj" and verb.head.tag_ == "VB"
            and verb.lower_ == verb.lemma_.lower()):
        return "VB"
    return verb.tag_


def _finite_form(verb: Token) -> str:
    """The tag of the word that carries a verb's tense: its first auxiliary, else the verb
    (``_verb_form``: "has championed" → VBZ, "would push" → MD, "praised" → VBD, "to reopen X
    and cut Y" → VB for "cut")."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    return aux.tag_ if aux is not None else _verb_form(verb)


def _speaker_goes_on(verb: Token) -> bool:
    """`said the ferry would stop, and praised the crew`, `insists the plan must change and
    has championed another`: a verb joined with no subject, no "that" and a
    complement of its own, whose tense is finite and not the one of the verb it joins, goes
    with the cue, not with what is reported; a verb that goes on with the reported clause's
    auxiliary or tense stays in it (`would expand X and push for Y`, `is acting unlawfully and
    showing disregard`, `was tired of it and wanted change`). PolNeAR train: +15 contents
    matched for 27 claims, dev +1 for 1."""
    if verb.dep_ != "conj" or any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in verb.children):
        return False
    if not any(c.dep_ in ("dobj", "xcomp", "prep", "dative") and c.i > verb.i for c in verb.children):
        return False
    form = _finite_form(verb)
    return form in _FINITE and form != _finite_form(verb.head)


def _goes_on_unfinite(verb: Token, cue: Token) -> bool:
    """`said the club needs time to rebuild [and prove that …]`, `said the levy would fund
    buses and [ask drivers …]`, `said the firm was closing depots, then [selling vans]`: a
    bare infinitive or an -ing verb (``_verb_form``) with no auxiliary of its own, joined to
    a verb of the same form, goes on with that verb, not with a cue of another form: it has
    no tense with which to be the speaker's second act. An -ing verb joined to a participle
    set off as an adverbial stays the speaker's (`praised the pier, calling it a landmark and
    urging visitors to come`). PolNeAR train: 5 contents matched whole, their 5 inner
    claims gone, none lost; dev unchanged."""
    form = _verb_form(verb)
    return (form in ("VB", "VBG") and verb.head.tag_ == form and cue.tag_ != form
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and not (form == "VBG" and verb.head.dep_ == "advcl"))


def _inside_subject_clause(tok: Token, tops: list[Token]) -> bool:
    """Whether ``tok``, or a word on its path of heads up to one of ``tops`` (a content's
    top words) or to the root, has a subject of its own: `the bridge had closed` in `said
    [the bridge had closed and would reopen]`, not `to keep the clinic open`."""
    while True:
        if any(c.dep_ in _SUBJECTS for c in tok.children):
            return True
        if tok in tops or tok.head.i == tok.i:
            return False
        tok = tok.head


def _unanswered(cue: Token, parts: list[Token]) -> bool:
    """`did not respond to requests for comment`, `did not return calls`, `did not reply to
    emails seeking comment`: a negated cue whose object is itself a speech act (a noun of the
    cue lexicon), a message, or something seeking a word — nothing was said."""
    if not any(c.dep_ == "neg" for c in cue.children) or not parts:
        return False
    return all(p.pos_ == "NOUN" and (lookup(cue_lemma(p.text, p.lemma_, "NOUN"), "NOUN") is not None
                                     or p.lemma_.lower() in _MESSAGES
                                     or any(c.dep_ == "acl" and _seeking_a_word(c, [o for o in c.children if o.dep_ == "dobj"])
                                            for c in p.children))
               for p in parts)


def _seeking_a_word(cue: Token, parts: list[Token]) -> bool:
    """`emails seeking comment`, `asked for comment`: a request whose object is a bare speech
    act (a noun of the cue lexicon with no word of its own) asks for nothing in particular,
    and nothing was said."""
    return (cue.lemma_ in _SEEKING and bool(parts)
            and all(p.pos_ == "NOUN" and all(_when(c) for c in p.children)  # "comment on Monday" is bare too
                    and lookup(cue_lemma(p.text, p.lemma_, "NOUN"), "NOUN") is not None for p in parts))


def _when(prep: Token) -> bool:
    """A phrase that only says when: "on Monday", "last week"."""
    return prep.ent_type_ in _WHEN or prep.dep_ == "prep" and all(o.ent_type_ in _WHEN for o in prep.children)


def _asked_for(noun: Token) -> bool:
    """`a request for comment on the merger`, `demands for an apology`: a speech act asked
    for (the object of "for" after a request or a message) was not made."""
    return (noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ == "NOUN"
            and noun.head.head.lemma_.lower() in _ASKING)


def _in_idiom(noun: Token) -> bool:
    """A cue noun inside a compound preposition (`in order to`, `in charge of`, `in case of`):
    a word of the grammar there, no speech act."""
    return (noun.dep_ == "pobj" and (noun.head.lower_, noun.lower_) in _COMPOUND_PREPOSITIONS
            and not any(c.dep_ in ("det", "poss", "amod") for c in noun.children))


def _no_argument(noun: Token) -> bool:
    """"case" as a lawsuit or an instance (`in the case of`, `a criminal case against him`,
    `cases of the virus`, `settled an antitrust case that …`): the noun argues something only
    when a verb of arguing makes it (`made the case that …`, `pressed the case for …`) or
    someone owns it (`her case for a delay`)."""
    if noun.lemma_.lower() != "case" or any(c.dep_ == "poss" for c in noun.children):
        return False
    head = noun.head
    return not (head.pos_ in ("VERB", "AUX") and (head.lemma_.lower() in _ARGUING or head.lower_ in _ARGUING))


def _act_of_force(noun: Token) -> bool:
    """`the 2012 attack on the consulate`, `a deadly attack on a nightclub`, `the attacks on
    the embassy in Nairobi`, `the attacks of Sept. 11`: an attack that is dated, called violent
    or aimed at a place (a place name, or a noun set "in"/"at" one) is an act of force, not
    words against anyone."""
    if noun.lemma_.lower() not in _ASSAULTS:
        return False
    if any(c.dep_ in _MODIFIERS and (c.ent_type_ in _WHEN | {"CARDINAL"} or c.lower_ in _FORCE)
           for c in noun.children):
        return True
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if obj.ent_type_ in _PLACE_NAMES or prep.lower_ == "of" and obj.ent_type_ in _WHEN:
                return True  # "the attack in Brussels", "the attacks of Sept. 11"
            if prep.lower_ in ("on", "against") and any(
                    q.dep_ == "prep" and q.lower_ in ("in", "at") and any(g.ent_type_ in _PLACE_NAMES for g in q.children)
                    for q in obj.children):
                return True  # "the attack on the consulate in Benghazi"
    return False


def _runs_for_office(cue: Token, parts: list[Token]) -> bool:
    """`Ruiz, who is seeking re-election`, `as she seeks the White House`, `enough delegates to
    claim the nomination`: an office sought or won as the only object is a run for it, no
    claim ("claimed victory", a statement, stays)."""
    if cue.lemma_.lower() not in _RUNNING or not parts or any(p.dep_ != "dobj" for p in parts):
        return False
    office = max(parts, key=lambda p: p.i)  # "re - election": the parser may split the word in three
    named = cue.doc[min(p.left_edge.i for p in parts):office.i + 1].text.lower()
    return office.lemma_.lower() in _OFFICES or named.endswith(("re-election", "white house"))


def _to_the_reader(cue: Token) -> bool:
    """`Consider the record turnout.`, `Imagine the spectacle if …`, `Remember: …`, `Call it
    the politics of pique.`, `Don't blame the mayor.`: a cue verb in the imperative, with no
    subject and no auxiliary but the "do" of a negative imperative opening its sentence,
    heading its sentence, is the writer addressing the reader — nobody's claim."""
    return (cue.tag_ == "VB" and cue.dep_ == "ROOT"
            and not any(c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass") and not _imperative_do(c)
                        for c in cue.children))


def _asks_the_reader(cue: Token) -> bool:
    """`Do you support the mayor?`, `Will you vote for the levy?`: a yes-or-no question to
    "you", its auxiliary opening the sentence and the cue its main verb, asks the reader; nobody
    in the story holds what it names (PolNeAR train: 11 such claims, none right). A question put
    in an interview (`Q: Do you think …?`, `Q: Yet it failed. Do you think …?`) is on a line
    opening with its label, and stays (only the question's own line is looked at: a second line
    of the same answer is not); the caller leaves quoted questions alone."""
    sent = cue.sent
    if not (cue.dep_ == "ROOT" and sent.text.rstrip().endswith("?")
            and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in cue.children)
            and any(c.dep_ == "aux" and c.i < cue.i and _opens_its_sentence(c) for c in cue.children)):
        return False
    text = cue.doc.text  # built anew on every access: read only for such a question
    return not _SPEAKER_LINE.match(text, text.rfind("\n", 0, sent.start_char) + 1)


def _imperative_do(aux: Token) -> bool:
    """The "Do" of "Don't blame …", "Do not forget …": a present "do" opening its sentence
    (the tagger takes it for a VBP as often as for a VB), after nothing but punctuation if
    anything (a list's bullet: "- Don't forget that …"; a quotation mark)."""
    return aux.lemma_.lower() == "do" and aux.tag_ in ("VB", "VBP") and _opens_its_sentence(aux)


def _opens_its_sentence(tok: Token) -> bool:
    """Whether only punctuation or space comes before ``tok`` in its sentence (a bullet, a
    quotation mark)."""
    return all(t.is_punct or t.is_space for t in tok.doc[tok.sent.start:tok.i])


def _names_inside_a_phrase(tops: list[Token]) -> bool:
    """A quoted word or name that modifies a noun outside the quote (`crushed the party's
    “establishment” candidate`, `came from an unaligned "Home First" push`): ``tops`` are the
    quote's tokens whose heads lie outside it. Under a verb that reports nothing, such a quote
    is the writer's label for a thing, not anyone's words; a quote that is the object itself
    (`blasted the plan as “a disgrace”`) is not one."""
    words = [t for t in tops if not t.is_punct]
    return bool(words) and all(t.dep_ in _MODIFIERS and t.head.pos_ in ("NOUN", "PROPN") for t in words)


def _perfect_taken_for_passive(verb: Token) -> bool:
    """`he's said he will run`, `she's forecast a late surge`: an "'s" before a past participle
    that has an object or a clause of its own is "has", though the parser reads "is" and calls
    the verb passive and its subject a passive one (PolNeAR train: 9 of 12 such cues' claims
    had no source). Not `it's said that …`, `he's seen as a rival`, `she's expected to win`:
    "it", or no object or clause, is a true passive; nor `he's been told …` (a "been" makes it
    one), nor `he's told that …`, `she's reminded that …` with no object: a verb whose passive
    subject is the one addressed (``_ADDRESSED``) needs its object to be "has"."""
    children = list(verb.children)
    if any(c.lower_ == "been" for c in children):
        return False
    objects = ("dobj",) if _lemma(verb, "VERB") in _ADDRESSED else ("ccomp", "dobj")
    return (any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in children)
            and any(c.dep_ in objects for c in children)
            and any(c.dep_ == "nsubjpass" and c.lower_ != "it" for c in children))


def _title_cased(words: list[str]) -> bool:
    """Words set as a title is: the first capitalised, and each of four letters or more (`Bridge
    Over Troubled Water`, `River Song`); False for no words."""
    return bool(words) and words[0][0].isupper() and all(w[0].isupper() or len(w) <= 3 for w in words)


def _participle_taken_for_finite(verb: Token) -> bool:
    """`The levy was passed in March and hailed as the start of …`, `… and praised by critics`:
    a verb joined to a passive that the tagger called finite (VBD), though with an "as" phrase
    or a "by" agent and no object or clause of its own it is a passive participle too, and
    its subject is what is hailed, not who hails it. `… was booed but insisted the team …`,
    `… was arrested and denied all charges` have their object or clause: finite verbs."""
    children = list(verb.children)
    return (not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children)
            and any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("as", "by") for c in children))


def _describes_noun(tok: Token) -> bool:
    """The verb sits in a clause that describes a noun (a relative clause, a participle on a
    noun): `Ruth Hale, who backs the plan`, `a lawyer representing the family`."""
    while tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
        if tok.dep_ not in ("conj", "xcomp", "ccomp", "advcl", "relcl", "acl"):
            return False
        tok = tok.head
    return False


def _reports_on(tok: Token, gap: SpacySpan) -> bool:
    """A cue in a quote's interruption whose report is still to come: nothing it governs in
    the interruption (`adding:`, `he replied,`), and no "as" clause (`as reported by X`)."""
    if tok.head.lower_ == "as" or any(c.lower_ == "as" and c.dep_ in ("mark", "prep") for c in tok.children):
        return False
    for child in tok.children:
        if not gap.start <= child.i < gap.end:
            continue
        if child.dep_ in ("dobj", "ccomp", "xcomp", "dative"):
            return False
        if child.dep_ == "prep" and child.lower_ not in _SETTING | {"on", "to"} and any(
                c.dep_ in ("pobj", "pcomp") for c in child.children):
            return False  # "said of the plan", "wrote about the vote"
    return True


def _resumes_after_relative(tok: Token | None, end: int) -> bool:
    """`suggest that Hale, who has raised the most, still faces a hard race`: whether the
    relative clause holding ``tok`` is set inside a clause that goes on after it (a word it
    hangs on, directly or not, follows it and starts before character offset ``end``)."""
    while tok is not None and tok.head.i != tok.i and tok.dep_ != "relcl":
        tok = tok.head
    if tok is None or tok.dep_ != "relcl":
        return False
    last = tok.right_edge.i
    return any(last < a.i and a.idx < end for a in tok.ancestors)


def _relative_clause_start(tok: Token | None) -> int | None:
    """Where the non-restrictive relative clause holding ``tok`` starts (its comma), if it does."""
    while tok is not None and tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            left = tok.left_edge
            if left.i > 0 and left.nbor(-1).text == ",":
                return left.nbor(-1).idx
            return None
        tok = tok.head
    return None


class _Finder:
    """The passes over one parsed document; it holds the sentences and quotes, found once, that they all consult."""

    def __init__(self, doc: Doc, text: str, index: EntityIndex, quotes: list[Quote], tags: Tags) -> None:
        self.doc = doc
        self.text = text
        self.tags = tags
        self.index = index
        self.sents = list(doc.sents)
        self._breaks = [i for i, c in enumerate(text) if c == "\n"]
        self.quotes: list[Quote] = []
        for q in quotes:
            with isolated(q.start):
                self.quotes.extend(self.split(q))
        self._quote_index = SpanIndex((q.start, q.end, q) for q in self.quotes)
        self._piece_ends = {e for q in self.quotes for _s, e in q.pieces}
        self.datelines = find_datelines(text)
        self._datelines = [(d.start, d.end) for d in self.datelines]
        titles = find_titles(text)
        self._titles = SpanIndex((s, e, Quote(((s, e),))) for s, e in titles)
        self._quoted = {t.i for s, e in [p for q in self.quotes for p in q.pieces] + titles
                        for t in (doc.char_span(s, e, alignment_mode="expand") or ())}

    # --- helpers ------------------------------------------------------------------------

    def split(self, q: Quote) -> list[Quote]:
        """Cut a joined quote where its interruption holds a second report of what follows
        (`said, adding, "…"`, `she said. He replied: "…"`): PolNeAR counts two claims there.
        A cue that reports something of its own inside the interruption (`said, noting that
        …`, `said, citing a poll`), that describes the speaker (`said Ruth Hale, who backs
        the plan`) or that stands in an "as" clause (`as reported by`) is none, nor is a
        participle of manner (`said, holding back tears`)."""
        parts, current = [], [q.pieces[0]]
        for (gs, ge), piece in zip(q.gaps(), q.pieces[1:]):
            gap = self.doc.char_span(gs, ge, alignment_mode="contract")
            cues = [t for t in gap or () if _reporting_verb(t) and not _describes_noun(t)]
            opens = [t for t in cues if _reports_on(t, gap)]  # type: ignore[arg-type]
            goes_on = any(t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj") for t in opens)
            sentences = len(cues) >= 2 and any(t.is_sent_start and t.is_alpha for t in gap[1:])  # type: ignore[index]
            if any(t is not cues[0] for t in opens) or goes_on or sentences:
                parts.append(Quote(tuple(current)))
                current = []
            current.append(piece)
        parts.append(Quote(tuple(current)))
        return parts

    def in_quote(self, tok: Token) -> bool:
        return tok.i in self._quoted

    def trimmed(self, start: int, end: int) -> tuple[int, int]:
        """Bounds without edge spaces and punctuation; quote marks stay (PolNeAR contents keep them)."""
        t = self.text
        while start < end and (t[start] in _TRIM or t[start].isspace()):
            start += 1
        while end > start and (t[end - 1] in _TRIM or t[end - 1].isspace()):
            end -= 1
        return start, end

    def with_quotes(self, start: int, end: int) -> tuple[int, int]:
        """Grow a content to the whole of every quote it touches (a ccomp stops at the
        sentence end, the quote may go on; the closing mark hangs on the cue verb), and to the
        whole of a quoted title (`on "Meet the Press."`). A content inside the interruption of a quote (`"…," she said, referring to the mayor. "…"`) is
        not in the quote."""
        while True:
            touched = [q for q in self._quote_index.overlapping(start, end) + self._titles.overlapping(start, end)
                       if any(s < end and start < e for s, e in q.pieces)]
            grown = (min([start] + [q.start for q in touched]), max([end] + [q.end for q in touched]))
            if grown == (start, end):
                return start, end
            start, end = grown

    def kind_of(self, start: int, end: int) -> str:
        inside = [q for q in self._quote_index.overlapping(start, end) if start <= q.start and q.end <= end]
        if not inside:
            return "indirect"
        if inside[0].start == start and inside[-1].end == end and len(inside) == 1:
            return "direct"
        return "mixed"

    def cue_of(self, tok: Token, entry: CueEntry, extra: Token | None = None) -> Cue:
        """The cue span: the word, its auxiliaries before it ("has said"), a particle or preposition
        after; never a word of the quote before it (`"Absolutely not," countered X`: not "not")."""
        start, end = tok.idx, tok.idx + len(tok)
        for child in tok.lefts:
            if child.dep_ in ("aux", "neg") and child.i >= tok.i - 3 and not self.in_quote(child):
                start = min(start, child.idx)
        if extra is not None:
            end = max(end, extra.idx + len(extra))
        return Cue(start, end, self.text[start:end], entry.lemma, entry.stance)  # type: ignore[arg-type]

    def phrase(self, tok: Token, stop: Token | None = None, asides: bool = False) -> Ref:
        """The whole noun phrase a token heads, as a source reference: never past ``stop``
        (the cue, or a relative clause hanging on the phrase), never across a line or a colon
        (a parse that runs a dateline or a headline into the sentence), never into a relative
        clause that reports a clause of its own (`Ada Moss, who has argued that …`: a claim
        of its own, whose source is "who"), never into a quote that goes on after a comma past
        its head (`said Luis Mamani, a miner, "and …`; not a title: `a contestant on the show, "The Apprentice,"`), and without the asides at its end (``without_asides``) unless
        ``asides`` (a phrase that is a claim's content)."""
        left, right = tok.left_edge.i, tok.right_edge.i
        if stop is None:
            stop = next((c.left_edge for c in tok.rights if c.dep_ == "relcl" and _reporting_verb(c)
                         and any(g.dep_ in _CLAUSE_DEPS for g in c.children)), None)
        if stop is not None and left < stop.i <= right:
            right = stop.i - 1
        mark = None if asides or self.in_quote(tok) else next(
            (t for t in self.doc[tok.i + 1:right] if t.is_quote and self.doc[t.i - 1].text == ","
             and not self.in_quote(self.doc[t.i - 1]) and self.in_quote(self.doc[t.i + 1])
             and (self.doc[t.i + 1].is_lower or self.doc[t.i + 1].pos_ in ("CCONJ", "PRON"))), None)
        if mark is not None:  # `said Luis Mamani, a miner, "and …`: a quote going on, not the phrase
            right = mark.i - 1
            while right > tok.i and (self.doc[right].is_punct or self.doc[right].dep_ == "cc"):
                right -= 1
        if not asides:
            right = self.without_asides(tok, right)
        clauses = [t.i for t in self.doc[left:tok.i] if t.pos_ == "VERB" and t.dep_ in ("amod", "compound", "nmod")
                   and any(c.dep_ == "nsubj" for c in t.children)]
        if clauses:  # "The decision angered [parents], who …": a "modifier" with a subject is a clause
            left = clauses[-1] + 1
        while left < tok.i and self.doc[left].is_punct:  # a closing quote the parser hung on the speaker
            left += 1
        while left > 0 and tok.tag_ not in _WH_TAGS and self.stray_modifier(self.doc[left - 1], right):
            left -= 1
        left = stray_first_name(self.doc, left)
        toks = self.doc[left:right + 1]
        start, end = toks.start_char, toks.end_char
        anchor = stop.idx if stop is not None else tok.idx  # keep the piece on the cue's line
        for sep in ("\n", ": "):
            cut = self.text.rfind(sep, start, min(anchor, end))
            if cut >= 0:
                start = cut + len(sep)
            cut = self.text.find(sep, max(anchor, start), end)
            if cut >= 0:
                end = cut
        lead = self.dateline_end(start)
        if lead is not None and lead <= tok.idx:
            start = lead
        start, end = self.trimmed(*self.tags.clip(start, end, tok.idx))
        if end <= start:
            start, end = tok.idx, tok.idx + len(tok)
        text = self.text
        if text.count("(", start, end) > text.count(")", start, end) and (closing := _BRACKET_CLOSE.match(text, end)):
            end = closing.end()  # a bracket the phrase opens closes in it: "Sen. Ann Lee (R-Fla.)", not "(R-Fla"
        elif text.startswith(".", end) and PARTY.fullmatch(text, text.rfind(" ", start, end) + 1, end + 1):
            end += 1  # "Sen. Ann Lee, R-Fla.": the state's abbreviation keeps its dot
        return self.ref(start, end, tok)

    def without_asides(self, tok: Token, right: int) -> int:
        """Where a source phrase ends once the asides set off by a comma at its end are left
        out: a relative clause (`Ada Moss, whose son died in the fire`; not `people who live
        near the plant`, which says who), also one on the object of its preposition (`Doctors at
        the clinic, who treated them`), an age (`Ada Moss, 67`) and a time the parser hung on
        the speaker (`said Ada Moss, the traders' chairman, on Tuesday`). Index of the last
        token kept."""
        while True:
            last = right
            while last > tok.i and self.doc[last].is_punct:
                last -= 1
            objects = (o for p in tok.rights if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")
            aside = next((t for t in (*tok.rights, *(c for a in (*appositives(tok), *objects) for c in a.rights))
                          if t.right_edge.i == last and t.left_edge.i > tok.i + 1 and self.doc[t.left_edge.i - 1].text == ","
                          and (t.dep_ == "relcl" or t.like_num and t.dep_ in ("appos", "npadvmod", "amod", "nummod")
                               or t.dep_ in ("prep", "npadvmod") and any(g.ent_type_ in ("DATE", "TIME") for g in t.subtree))),
                         None)
            if aside is None:
                return right
            right = aside.left_edge.i - 2

    def stray_modifier(self, tok: Token, right: int) -> bool:
        """A word right before a noun phrase that the parser hung on a word after it
        (`[Tulsa] police Chief Ana Ruiz said`, "Tulsa" taken for the verb's object): it
        belongs to the phrase."""
        return (tok.pos_ in ("PROPN", "NOUN", "ADJ") and tok.head.i > right and not tok.is_punct
                and not self.in_quote(tok) and not any(c.i < tok.i for c in tok.children)
                and tok.dep_ in ("dobj", "npadvmod", "compound", "amod", "nmod", "dep", "nsubj"))

    def dateline_end(self, pos: int) -> int | None:
        """Where the dateline that ``pos`` lies in ends (`PORTLAND, Ore. (AP) — `), or None."""
        at = bisect_right(self._datelines, (pos, 1 << 62)) - 1
        if at >= 0 and self._datelines[at][0] <= pos < self._datelines[at][1]:
            return self._datelines[at][1]
        return None

    def ref(self, start: int, end: int, head: Token | None = None) -> Ref:
        """A source reference; its entity is the one its head names, else one named in its
        modifiers ("the ISIS statement"), never a possessor ("Abadi's spokesman" is not Abadi)
        nor a capitalised word of an office's title ("The Home Secretary", "the Foreign Minister").
        A name's own final dot ("Brixmoor Holdings Inc."), which trimming took for a full stop,
        is given back."""
        if self.text[end:end + 1] == "." and any(e == end + 1 for _, e, _ in self.index.mentions_in(start, end + 1)):
            end += 1
        if head is None:
            return Ref(start, end, self.text[start:end], self.index.entity_at(start, end))
        mentions = [m for m in self.index.mentions_in(start, end) if self.index.by_id[m[2]].label not in _NOT_NAMES]
        names = [head, *appositives(head)]  # "its chairman, Owen Pritchard"; "One of the riders, Marco Bellini": not "One"
        entity = next((eid for t in names for s, e, eid in mentions if s <= t.idx < e), None)
        office = head.is_title and head.lower_ in lexicon().person_roles  # "The Home Secretary": no "Home"
        for child in head.lefts:
            if entity is None and child.dep_ in ("compound", "nmod") and not (office and child.is_title):
                entity = self.index.entity_at(child.left_edge.idx, child.idx + len(child))
        return Ref(start, end, self.text[start:end], entity)

    def quoted_as_saying(self, tok: Token) -> Ref | None:
        """`X was quoted (in the Herald, by the Tribune) as saying …`: the one quoted — the
        passive subject of "quoted" or "cited" with an "as" and a gerund of speech
        (``_SPEECH_GERUNDS``) — is the speaker, not the outlet that quoted them; None for any
        other passive ("The figure was cited as showing …": a thing shows, nobody speaks)."""
        if tok.lemma_.lower() not in ("quote", "cite") or not any(
                c.dep_ == "prep" and c.lower_ == "as"
                and any(g.tag_ == "VBG" and g.lemma_.lower() in _SPEECH_GERUNDS for g in c.children)
                for c in tok.children):
            return None
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass" and not self.in_quote(c)), None)
        return self.phrase(subj, stop=tok) if subj is not None else None

    def subject(self, tok: Token, depth: int = 0) -> Ref | None:
        """Who is speaking: the cue's subject, the agent of a passive, or (for "saying",
        "and added", "who said") the subject of the clause it hangs on. Where the parser hung
        the speaker elsewhere: the noun phrase right after a cue that follows a quote
        (`"…," said Ruth Hale, who …`), the one right before a finite cue with no subject
        (`Mr. Hale, whose firm …, said`), the phrase after a dateline taken for the subject.
        None when nobody in particular speaks (a passive with no agent, "it is hard to …")."""
        if (inverted := self.inverted_speaker(tok)) is not None:
            return self.phrase(inverted[0], stop=inverted[1])
        if (first := self.finite_taken_for_participle(tok)) is not None:
            return self.ref(*self.trimmed(first.idx, tok.idx), tok.head)
        passive = self.passive(tok)
        if passive and (quoted := self.quoted_as_saying(tok)) is not None:
            return quoted
        for child in tok.children:
            # an agent of an active verb is a misparse: "said by phone" names no speaker
            if child.dep_ == "agent" and (passive or tok.tag_ == "VBN"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return None if _a_tally(pobj) else self.phrase(pobj)
        if passive:
            # `"…," the club's captain, Joe Bramwell, fumed`: a past tense read as a bare participle
            return self.speaker_between(tok)
        relative = tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN")
        subjects = ("nsubj", "csubj", "nsubjpass") if _perfect_taken_for_passive(tok) else ("nsubj", "csubj")
        inverted_first = self.after_quote(tok)  # `Storm Agnes: '…,' says farmer`: the one after the cue speaks
        for child in sorted(tok.children, key=lambda c: inverted_first and c.i < tok.i):
            if inverted_first and child.i < tok.i and any(t.text == ":" for t in self.doc[child.i:tok.i]):
                continue  # the label before a colon and a quote is its topic, not the one who says it
            if child.dep_ in subjects and not self.in_quote(child):
                if child.lower_ in ("there",):
                    return None
                lead = self.dateline_end(child.idx)
                if lead is not None and lead < tok.idx:
                    # `PORTLAND (AP) — The mayor said …`: the parser took the dateline for the subject
                    first = self.doc.char_span(lead, tok.idx, alignment_mode="contract")
                    speaker = self.noun_at(first.start) if first else None
                    if speaker is None and first:
                        # `DENVER (AP) — On Tuesday, officials said …`: the subject after a fronted
                        # phrase, a subject of the verb's own or the phrase after the comma
                        speaker = next((c for c in tok.children if c.dep_ in ("nsubj", "csubj") and first.start <= c.i),
                                       None) or next((self.noun_at(t.i + 1) for t in first if t.text == ","), None)
                    if speaker is None:
                        return None
                    found = self.phrase(speaker, stop=tok)
                    # its words hung on the dateline's place side by side: "– Award-winning actress Lena Marsh said"
                    tail = [c.right_edge for c in child.children if c.dep_ == "appos" and lead <= c.idx and c.right_edge.i < tok.i]
                    end = max([found.end, *(t.idx + len(t) for t in tail)])
                    return found if end == found.end else self.ref(*self.trimmed(found.start, end))
                if relative and child.tag_ == "WDT" and depth < 3:
                    issuer = self.issuer(tok.head, depth)
                    if issuer is not None:
                        return issuer
                if child.i > tok.i and self.after_quote(tok):
                    return self.inverted_phrase(tok, child)  # `"…," insisted the boss, Mrs. Fiona Reid`
                return self.phrase(child, stop=tok)
        if self.after_quote(tok):
            # `"…," grumbled the landlord`: the parser takes an inverted speaker for an object,
            # or for the subject of the next clause (`said Ruth Hale, who chairs the board`)
            speaker = (self.noun_after(tok) if tok.tag_ != "VBG" else None) or next(
                (c for c in tok.rights if c.dep_ in ("dobj", "attr", "acomp", "npadvmod", "oprd")
                 and (c.pos_ in ("NOUN", "PROPN") or _nominal_adjective(c))), None)
            if speaker is not None:
                return self.inverted_phrase(tok, speaker)
        elif (stray := self.stray_speaker(tok)) is not None:
            return self.phrase(stray, stop=tok)
        elif tok.tag_ in _FINITE and not relative:
            # `Mr. Hale, whose firm builds ferries, said …`: a finite verb has a subject, and
            # when the parser hung it elsewhere it is the noun phrase ending right before (before
            # a participle's aside: `the couple, married for 40 years, beamed`)
            aside = self.participle_aside(tok)
            speaker = self.noun_before(aside if aside is not None else tok)
            if speaker is not None:
                return self.phrase(speaker, stop=tok)
            if tok.dep_ == "dep" and tok.head.tag_ in ("VBG", "VBN") and tok.head.i < tok.i:
                # `Activists clamoring to block him say …`: the parser took the participle for
                # the main verb; its subject, with the participle's clause, is the speaker
                subj = next((c for c in tok.head.children if c.dep_ == "nsubj" and not self.in_quote(c)), None)
                if subj is not None:
                    last = self.doc[tok.i - 1]
                    return self.ref(*self.trimmed(subj.left_edge.idx, last.idx + len(last)), subj)
        if depth < 3:
            if tok.dep_ == "advcl" and tok.tag_ == "VBG":
                # "said the tax was unfair, arguing that …": the parser hangs the participle on
                # the reported clause, but whoever said it is also the one arguing
                head, speakers = tok.head, []
                while head.dep_ in (*_CLAUSE_DEPS, "conj") and head.head.i != head.i:
                    head = head.head
                    if _reporting_verb(head):
                        speakers.append(head)
                for verb in reversed(speakers):  # the outermost first: "said the plan was contradicting …, noting …"
                    found = self.subject(verb, depth + 1)
                    if found is not None:
                        return found
            if relative:
                return self.phrase(tok.head, stop=tok.left_edge)
            if tok.dep_ == "pcomp" and tok.head.pos_ == "ADP":
                # "responded by calling him …", "erred in saying …", "made a point of saying …":
                # the gerund's subject is that of the verb the preposition hangs on
                verb = tok.head.head
                while verb.pos_ in ("NOUN", "PROPN", "ADP", "ADJ") and verb.head.i != verb.i:
                    verb = verb.head  # "were united in backing …", "the most aggressive in attacking …"
                if verb.pos_ not in ("VERB", "AUX"):
                    return None
                done_to = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
                if done_to is not None and self.passive(verb):
                    # "Voters are united in backing …", "was praised for backing …": a passive's
                    # subject is the gerund's doer, though nobody is named doing the passive
                    return self.phrase(done_to, stop=verb)
                return self.subject(verb, depth + 1)
            infinitive = _infinitive(tok)
            if self.impersonal(tok):
                return None
            if tok.dep_ == "xcomp" and infinitive:
                # "leads many experts to suspect …", "leaving some to question …": the object does it
                obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
                if obj is not None and obj.pos_ in ("NOUN", "PROPN", "PRON"):
                    if tok.head.lemma_ not in _MEANS:
                        return self.phrase(obj, stop=tok)
                    # "used the speech to refute …": the object is the means; the subject does it
                    return self.subject(tok.head, depth + 1)
            if tok.dep_ == "acl" and infinitive and tok.head.pos_ == "NOUN":
                # "has a rare chance to show …", "asks for an investigation to determine …": the
                # noun is no speaker; whoever has the chance or asks is
                verb = tok.head
                while verb.pos_ in ("NOUN", "PROPN", "ADP") and verb.head.i != verb.i:
                    verb = verb.head
                return self.subject(verb, depth + 1) if verb.pos_ in ("VERB", "AUX") else None
            if tok.dep_ in _INHERIT_SUBJECT and tok.head.i != tok.i:
                noun = tok.head
                if tok.dep_ == "acl" and (noun.pos_ in ("NOUN", "PROPN")
                                          or noun.lower_ in _DEMONSTRATIVES and not _other_sense(tok)):
                    # "the mayor saying …", "those backing the plan": who says or backs it
                    issuer = self.issuer(noun, depth) if tok.tag_ == "VBG" else None
                    if issuer is not None:
                        return issuer
                    return self.phrase(noun, stop=tok)  # "the mayor saying …": the mayor
                if tok.dep_ == "conj":
                    # "She said she admired him and praised …", "has said she wants to act
                    # and has expressed …": the parser hangs the second verb on the reported
                    # clause; it goes on from the speaker's
                    clause = noun
                    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
                        clause = clause.head
                    if clause.dep_ == "ccomp" and _reporting_verb(clause.head):
                        return self.subject(clause.head, depth + 1)
                    if noun.pos_ in ("NOUN", "PROPN") and tok.pos_ == "VERB":
                        # "recalling summer visits and detailing …": a verb is no conjunct of a
                        # noun; it goes on from the verb that noun hangs on
                        verb = noun
                        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                            verb = verb.head
                        return self.subject(verb, depth + 1) if verb.pos_ in ("VERB", "AUX") else None
                    if tok.tag_ in _FINITE and self.passive(noun) and not _participle_taken_for_finite(tok):
                        # "was forced into a retreat and said …", "was joined by X and joked":
                        # a finite verb joined to a passive shares its subject, the one the
                        # passive is about; not its agent, nor "was approved and praised" (a
                        # participle, passive too). PolNeAR train: 5 claims with no source
                        subj = next((c for c in noun.children if c.dep_ == "nsubjpass" and not self.in_quote(c)), None)
                        if subj is not None:
                            return self.phrase(subj, stop=noun)
                return self.subject(tok.head, depth + 1)
        return None

    def finite_taken_for_participle(self, verb: Token) -> Token | None:
        """`"…," the actor, Mr. Ben Solace, posted on Instagram`, `The striker hissed at reporters:
        "…"`: a past tense the parser read as a participle on the noun before it, that noun
        being the whole subject of a report beside a quote (right after the quote, or opening
        its sentence with the quote after a colon): the noun speaks. Not with an agent or
        "been" (`the letter, signed by …`). Gives the first word of the noun's phrase, else None."""
        noun = verb.head
        if (verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.pos_ not in ("NOUN", "PROPN")
                or any(c.dep_ in ("agent", "auxpass", "aux") for c in verb.children)):
            return None
        first = min((c.left_edge for c in noun.lefts if c.dep_ in _MODIFIERS or c.dep_ == "det"), default=noun,
                    key=lambda t: t.i)  # not the quote the parser hung on the noun
        colon = self.text[verb.right_edge.idx + len(verb.right_edge):].lstrip(" ")
        if self.after_quote(first) or (_opens_its_sentence(first) and colon.startswith(":")
                                       and colon[1:].lstrip(" ")[:1] in ('"', "“", "'", "‘")):
            return first
        return None

    def participle_aside(self, verb: Token) -> Token | None:
        """`the couple, married for 40 years, beamed`: the past participle opening a phrase set
        off by commas that ends right before ``verb`` (a verb), an aside on the subject before
        it; else None."""
        if verb.pos_ != "VERB" or verb.i < 3 or self.doc[verb.i - 1].text != ",":
            return None
        return next((t for t in self.doc[max(1, verb.i - 10):verb.i - 1] if t.tag_ == "VBN" and t.pos_ == "VERB"
                     and self.doc[t.i - 1].text == "," and t.right_edge.i == verb.i - 2), None)

    def speaker_between(self, verb: Token) -> Ref | None:
        """`"…," the club's captain, Joe Bramwell, fumed`: the words between a quote and a verb
        with no auxiliary of its own right after their comma, when they are a noun phrase (names,
        nouns, determiners, adjectives, numbers, commas and titles' dots alone, before any
        participle's aside, ``participle_aside``): the speaker, however the parser hung its
        pieces; None otherwise."""
        doc = self.doc
        if verb.i < 2 or doc[verb.i - 1].text != "," or any(
                c.dep_ in ("aux", "auxpass", "nsubjpass") for c in verb.children):
            return None
        aside = self.participle_aside(verb)  # `the couple, married for 40 years, beamed`: the words before it
        last = aside.i - 1 if aside is not None else verb.i - 1
        j = last - 1
        while j >= 0 and not self.in_quote(doc[j]) and (doc[j].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "NUM", "PART")
                                                         or doc[j].text in (",", "-", ".")):
            j -= 1
        first = j + 1
        while first < last and doc[first].is_punct:
            first += 1
        if first >= last or not self.after_quote(doc[first]):
            return None
        return self.ref(*self.trimmed(doc[first].idx, doc[last].idx))

    def stray_name(self, last: Token) -> tuple[int, str] | None:
        """The name of a person set beside a description by commas that ends with ``last`` (`the
        captain[, Joe Bramwell]`, `the firm's lawyer[, Ms. Abigail Stern],`), however the parser
        hung it: the name's end and entity, the name (after any title, dotted or of the lexicon's
        ``titles``) ending its clause or followed by a comma, not by ", and" or ", or" (a list);
        None when no such name follows."""
        if last.i + 2 >= len(self.doc) or self.doc[last.i + 1].text != ",":
            return None
        first = self.doc[last.i + 2]
        while first.tag_ == "NNP" and (first.text.endswith(".") or first.text in lexicon().titles) and (
                first.i + 1 < len(self.doc)):
            first = first.nbor(1)  # "Mrs. Fiona Reid", "Professor Hal Wren": the title before the name
        mention = next(((e, eid) for s, e, eid in self.index.mentions_in(first.idx, first.sent.end_char)
                        if s == first.idx and self.index.by_id[eid].label == "PERSON"), None)
        after = self.text[mention[0]:].lstrip(" ") if mention else ""
        if re.match(r",\s*(?:and|or)\b", after):
            return None  # "the club's physio, Owen Tate, and the manager": one of a list, no name beside
        return mention if mention is not None and (not after or after[0] in ".,;\n") else None

    def inverted_phrase(self, cue: Token, speaker: Token) -> Ref:
        """The speaker after a cue that follows a quote (`"…," fumed the club's captain, Joe
        Bramwell`), whatever the parser hung where: never the quote or the cue itself (`enthused
        [project manager Gustavo Lima]`, the cue taken for the name's modifier), with the name
        set beside the description and hung elsewhere (`, Joe Bramwell`), and with a place or body
        the speaker is from or of that the parser hung on the cue (`gushed one visitor [from
        Leeds]`). The name is the source's entity."""
        found = self.phrase(speaker)
        start, end = max(found.start, cue.idx + len(cue)), found.end
        last = self.doc.char_span(start, end, alignment_mode="expand")
        if not last:
            return found
        nxt = last[-1].i + 1
        for prep in (c for c in cue.rights if c.i == nxt and c.dep_ == "prep" and c.lower_ in ("from", "of")):
            end = prep.right_edge.idx + len(prep.right_edge)  # `one visitor from Leeds`, `Emma Clarke of the agency`
        name = self.stray_name(last[-1]) if last.root.pos_ == "NOUN" or _nominal_adjective(last.root) else None
        if name is not None:
            end, name = name
        if (start, end) == (found.start, found.end):
            return found
        ref = self.ref(*self.trimmed(start, end), speaker)
        return replace(ref, entity=name) if name is not None else ref

    @staticmethod
    def impersonal(tok: Token) -> bool:
        """An infinitive after an impersonal "it is hard", "it's impossible" (`it is hard to
        predict …`): nobody in particular does it."""
        head = tok.head
        return (tok.dep_ == "xcomp" and _infinitive(tok)
                and any(c.lower_ == "it" and c.dep_ in ("nsubj", "expl") for c in head.children)
                and any(c.dep_ in ("acomp", "attr") for c in head.children))

    def issuer(self, noun: Token, depth: int) -> Ref | None:
        """Whoever put out the thing that speaks: the subject of the verb a common noun is the
        object of (`the campaign sent out a statement saying …`, `the senator released a
        video that accuses …`); None for any other noun."""
        if noun.dep_ != "dobj" or noun.pos_ != "NOUN":
            return None
        return self.subject(noun.head, depth + 1)

    def possessor(self, noun: Token, poss: Token) -> Ref:
        """Whose claim a noun cue is: its possessor, but for a possessive pronoun on the object
        of a verb, the verb's subject it stands for (`the senator stepped up her attacks on …`)."""
        word = _PERSONAL.get(poss.lower_)
        if word is not None and noun.dep_ == "dobj":
            subject = self.subject(noun.head)
            head = self.head_of(subject) if subject is not None else None
            if (subject is not None and head is not None and head.pos_ != "PRON" and head.tag_ not in _WH_TAGS
                    and self.antecedents.agrees(word, head, subject)):
                return subject
        marker = next((c for c in poss.children if c.dep_ == "case" and c.i == poss.right_edge.i), None)
        return self.phrase(poss, stop=marker)  # the possessor without its 's: "the senator", not "the senator's"

    def after_quote(self, tok: Token) -> bool:
        """The word comes right after a closing quote, nothing but a comma between (`"…," said X`),
        the quote's last piece or one before an interruption (`"…," said X. "…"`)."""
        return len(self.text[:tok.idx].rstrip(" ,")) in self._piece_ends

    def noun_before(self, tok: Token) -> Token | None:
        """The head of the noun phrase that ends right before ``tok`` (commas and adverbs
        between allowed: `Ruth Hale, the mayor, later said`), or None."""
        i = tok.i - 1
        while i >= 0 and (self.doc[i].text == "," or self.doc[i].pos_ == "ADV"):
            i -= 1
        if i < 0 or self.in_quote(self.doc[i]) or self.doc[i].is_punct and self.doc[i].text != ")":
            return None
        def nominal(t: Token) -> bool:  # a name the tagger took for a verb ("Tulsa police Chief …") is one
            return t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in _NOT_NAMES or t.ent_type_ in _AGENTS

        head = self.doc[i]
        best = head if nominal(head) else None
        apposed = None  # the last name set beside an earlier noun on the way up
        while True:  # up to the largest noun phrase, not into a date or a verb's prepositional phrase
            up = head.head
            if (up.i == head.i or up.i >= tok.i or up.pos_ in ("VERB", "AUX") and not nominal(up) or self.in_quote(up)
                    or up.ent_type_ in _NOT_NAMES or up.pos_ == "ADP" and up.head.pos_ in ("VERB", "AUX")):
                break
            if head.dep_ == "appos" and best is not None and best.ent_type_ not in _PLACE_NAMES:
                # not "Washington, D.C.": a place speaks for nobody. A name the description is set
                # beside, itself no object ("the Herald, Ruth Calder, the council's leader": a
                # conjunct of the object), is the speaker, its description with it
                named = up.pos_ == "PROPN" and up.ent_type_ not in _PLACE_NAMES and up.dep_ not in _OBJECTS
                apposed = up if named else best
            head = up
            best = head if nominal(head) else best
        if best is not None and best.dep_ in _OBJECTS and not nominal(best.head) and apposed is not None:
            # `As part of his plea, Tom Hale, 44, said …`: the parser set the speaker beside the
            # object of the opening phrase; the speaker is the name, not the phrase's object
            best = apposed
        if best is None or best.sent != tok.sent or best.dep_ in _OBJECTS and not nominal(best.head) or (
                best.head.pos_ in ("VERB", "AUX") and not nominal(best.head) and best.head.i < tok.i
                and not self.in_quote(best.head)):
            return None  # `slams the mayor, praises the council`: a phrase of the clause before
        return best

    def inverted_speaker(self, tok: Token) -> tuple[Token, Token] | None:
        """`Said one official: "…"`, `Whispered a nurse: "…"`: a cue opening its sentence, the
        speaker after it and a colon before what was said. Gives the speaker's head and the
        colon; None for any other order, or when a verb stands between cue and colon."""
        if tok.tag_ not in ("VBD", "VBN", "VBZ") or tok.i > 0 and not (tok.is_sent_start or self.doc[tok.i - 1].is_punct
                                                                     or self.doc[tok.i - 1].is_space):
            return None  # most cues: a word before them (the sentence is looked up only for the rest)
        sent = tok.sent
        if self.in_quote(tok) or any(not t.is_punct and not t.is_space for t in self.doc[sent.start:tok.i]):
            return None
        colon = next((t for t in self.doc[tok.i + 1:min(tok.i + 12, sent.end)] if t.text == ":"), None)
        if colon is None or colon.i == tok.i + 1 or any(t.pos_ in ("VERB", "AUX") for t in self.doc[tok.i + 1:colon.i]):
            return None
        speaker = self.doc[tok.i + 1:colon.i].root
        return (speaker, colon) if speaker.pos_ in ("NOUN", "PROPN") and speaker.ent_type_ not in _WHEN else None

    def stray_speaker(self, tok: Token) -> Token | None:
        """`The airport will add a runway, its director, Kasia Nowak, said`: the speaker of a
        trailing cue that the parser left without a subject, having taken the phrase set off
        by commas before it for an appositive or an object of the clause before (`The school
        will close, [the district's superintendent, …], announced`). Gives the outermost such
        phrase that ends with the comma right before the cue (also of a cue the parser made the
        root, the clause before it its complement: `She's sure it will pass, her agent, Jo Hale,
        told the BBC`); None when the cue has a subject,
        is not finite, has words of its own before it, or has a noun phrase after it that may
        be its inverted subject (`…, its chief, Jo Hale, said people close to him`)."""
        clause_before = tok.dep_ == "ROOT" and any(c.dep_ == "ccomp" and c.i < tok.i and not self.in_quote(c.left_edge)
                                                   for c in tok.children)
        if (tok.i < 3 or self.doc[tok.i - 1].text != ","
                or not clause_before and (tok.dep_ not in ("conj", "advcl", "ccomp", "parataxis") or tok.head.i >= tok.i)
                or not clause_before and tok.left_edge.i != tok.i
                or tok.tag_ not in _FINITE and not (tok.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in tok.children))
                or any(c.dep_ in _SUBJECTS for c in tok.children)
                or tok.lemma_ != "tell" and self.noun_after(tok) is not None):
            return None
        found, node = None, self.doc[tok.i - 2]
        while node.i < tok.i and node.head.i != node.i and not self.in_quote(node):
            first = node.left_edge.i
            if (node.pos_ in ("NOUN", "PROPN") and node.dep_ in ("appos", "dobj", "npadvmod", "attr")
                    and first > 0 and self.doc[first - 1].text == "," and node.head.i < first
                    and node.right_edge.i >= tok.i - 2):
                found = node
            node = node.head
        return found

    def noun_after(self, tok: Token) -> Token | None:
        """The head of the noun phrase right after ``tok`` (`said [the city's mayor]`), however
        the parser attached it; None when a verb, a date, punctuation or a quote comes next."""
        return self.noun_at(tok.i + 1)

    def noun_at(self, i: int) -> Token | None:
        """The head of the noun phrase starting at token ``i`` (see ``noun_after``)."""
        if i >= len(self.doc):
            return None
        first = self.doc[i]
        if first.is_punct or first.is_space or self.in_quote(first) or first.ent_type_ in _NOT_NAMES and first.dep_ != "nummod":
            return None  # a number counts its noun, which may be a name's: "[Two]-time champion Ana Ruiz"
        head = first
        while head.head.i > head.i and not self.in_quote(head.head):
            up = head.head
            if up.pos_ not in ("NOUN", "PROPN") and up.dep_ in ("amod", "compound") and up.head.i > up.i:
                up = up.head  # "[Oscar]-winning actress": a word inside its noun's modifier
            if up.pos_ not in ("NOUN", "PROPN") and not _nominal_adjective(up):
                break
            head = up
        return head if (head.pos_ in ("NOUN", "PROPN") and head.ent_type_ not in _NOT_NAMES
                        or _nominal_adjective(head)) else None

    def span_of(self, toks: list[Token]) -> tuple[int, int]:
        start = min(t.left_edge.idx for t in toks)
        right = max(t.right_edge for t in toks)
        return self.trimmed(start, right.idx + len(right))

    # --- pass 1: cues that govern a content ---------------------------------------------

    def from_cues(self) -> list[_Draft]:
        out: list[_Draft] = []
        for tok in self.doc:
            with isolated(tok.idx):
                if self.in_quote(tok) or self.tags.holds(tok.idx):
                    continue
                draft = None
                if tok.lower_ == "according":
                    draft = self.according(tok)
                elif tok.lower_ == "in" and tok.dep_ == "prep":
                    draft = self.in_study(tok)
                elif tok.lower_ in ("to", "by") and tok.dep_ == "prep":
                    draft = self.viewpoint(tok)
                elif tok.pos_ in ("VERB", "AUX"):
                    draft = self.verb_claim(tok)
                elif tok.pos_ == "NOUN":
                    draft = self.noun_claim(tok)
                    if draft is None and _verb_taken_for_noun(tok):
                        draft = self.verb_claim(tok)
                        if draft is not None and draft.source is None and (lefts := list(tok.lefts)):
                            # "The harbour board plans to …": the parser made the subject a compound
                            last = lefts[-1].right_edge
                            draft.source = self.ref(*self.trimmed(lefts[0].left_edge.idx, last.idx + len(last)))
                elif tok.pos_ == "ADV":
                    draft = self.adverb_claim(tok)
                elif tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "amod", "conj"):
                    draft = self.adjective_claim(tok)
                if draft is not None and draft.end > draft.start:
                    out.append(draft)
        return out

    def finish(self, start: int, end: int, cue: Cue, source: Ref | None, tok: Token) -> _Draft | None:
        """The draft of a content found at ``start:end`` for the cue ``tok``: kept to the cue's
        paragraph, grown to whole quotes; None when nothing of it is left there."""
        line = bisect_left(self._breaks, tok.idx)  # the line breaks before the cue
        para_start = self._breaks[line - 1] + 1 if line else 0
        para_end = self._breaks[line] if line < len(self._breaks) else len(self.text)
        start = max(start, para_start)
        end = min(end, para_end)
        lead = self.dateline_end(start)
        if lead is not None and lead < end:  # "LONDON — The bank will cut rates, …": the place and wire are no one's words
            start = lead
        start, end = self.tags.clip(start, end, tok.idx)
        if tok.idx < start:  # "said [X]; Y": what follows the semicolon is the writer's again
            semi = self.text.find("; ", start, end)
            while semi >= 0 and any(q.covers(semi) for q in self._quote_index.overlapping(semi, semi + 1)):
                semi = self.text.find("; ", semi + 1, end)
            if semi >= 0:
                end = semi
        start, end = self.trimmed(start, end)
        if end <= start:  # the content lay in another paragraph than its cue
            return None
        start, end = self.with_quotes(start, end)
        start = self.after_lead_in(start, end, tok)
        end = self.before_speaker(start, end, tok)
        end = self.before_attribution_tail(start, end, tok)
        end = self.before_trailing_relative(start, end, tok)
        end = self.before_dash_aside(start, end, tok)
        end = self.with_list(end, para_end)
        if tok.idx < start:
            end = self.through_colon(end, para_end)
        return _Draft(start, end, cue, source, tok, self.kind_of(start, end))

    def after_lead_in(self, start: int, end: int, tok: Token) -> int:
        """`The mayor summed up the year: "We kept every ferry running," she said.` (or a quote
        opened in brackets): a content before its cue that ends with a quote opened after a
        colon or a bracket starts with the quote; the words before it are the writer's
        (PolNeAR train: +8 contents matched, +6 claims freed from the one around them; dev +1)."""
        if tok.idx < end:
            return start
        last = next((q for q in self._quote_index.overlapping(end - 1, end) if q.end == end and q.start > start), None)
        if last is None or self.text[start:last.start].rstrip()[-1:] not in (":", "("):
            return start
        return last.start

    def before_speaker(self, start: int, end: int, tok: Token) -> int:
        """`"…," harbour police Chief Anna Lind said`: a content that opens with a quote closed
        by its comma (or stop) and runs on towards a cue after it ends with the quote; the
        words after it name the speaker, whatever case they start with."""
        if tok.idx < end:
            return end
        first = next((q for q in self._quote_index.overlapping(start, start + 1) if q.start == start), None)
        if first is None or first.end >= end:
            return end
        closed = self.text[first.end:end].lstrip().startswith(",") or self.text[first.end - 2:first.end - 1] in (",", ".")
        return first.end if closed and not self._quote_index.overlapping(first.end, end) else end

    def before_attribution_tail(self, start: int, end: int, tok: Token) -> int:
        """`"Quiet," he demanded, as the others talked on`: a content that opens with a quote
        followed by its speaker and cue, and runs on past them with no quote and no words of the
        speaker's (what follows hangs on the cue, or on the quote's verb when the cue is an aside
        of it: when, how, why it was said), ends with the quote; the words after it are the
        writer's."""
        first = next((q for q in self._quote_index.overlapping(start, start + 1) if q.start == start), None)
        if first is None or not first.end <= tok.idx < end or self._quote_index.overlapping(tok.idx, end):
            return end
        speaker = {t.i for c in tok.children if c.dep_ in _SUBJECTS for t in c.subtree}
        rest = [t for t in self.doc.char_span(first.end, end, alignment_mode="expand") or ()
                if not t.is_punct and t.i != tok.i and t.i not in speaker and not (t.head == tok and t.dep_ in ("aux", "neg"))]
        if not rest or rest[0].i < tok.i:
            return end  # words between the quote and the cue: the speaker's sentence goes on
        top = rest[0]
        while top.head.i != top.i and top.head.i > tok.i and top.head.i not in speaker:
            top = top.head
        # on the cue, or, where the parser made the cue an aside (parataxis) of a verb inside the
        # quote, on that verb: after the cue all the same, and no quote
        hung = top.head == tok or (tok.dep_ == "parataxis" and first.start <= tok.head.idx < first.end
                                   and top.head == tok.head)
        return first.end if hung and top.dep_ not in _CLAUSE_DEPS else end

    def before_trailing_relative(self, start: int, end: int, tok: Token) -> int:
        """`praised Ruth Hale, who chairs the board`, `said the ferry would stop in Leith, where
        she grew up`: a content that ends with a relative clause set off by a comma, describing a
        noun (a place or a time, with "where" or "when") of the content, ends before it (the
        "where"/"when" ones, PolNeAR train: +1 content matched, 30 nearer their gold bounds)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if not span or tok.idx >= end:
            return end
        for t in span:
            if (t.dep_ == "relcl" and t.left_edge.i > span.start and self.doc[t.left_edge.i - 1].text == ","
                    and t.left_edge.lower_ in ("who", "which", "whose", "whom", "where", "when") and t.right_edge.idx + len(t.right_edge) >= end - 1
                    and not self.in_quote(t)):
                return self.trimmed(start, self.doc[t.left_edge.i - 1].idx)[1]
        return end

    def before_dash_aside(self, start: int, end: int, tok: Token) -> int:
        """`pledged to fight on – even as his rival closed in`, `expects the board to cut fares —
        saving riders millions`: a content after its cue that ends with an adverbial clause
        set off by its one dash ends before the dash; the aside is the writer's (PolNeAR train:
        +7 contents matched; dev +1). A dash inside a quote is the speaker's and stays."""
        if tok.idx >= end:
            return end
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if not span:
            return end
        dashes = [t for t in span[1:-1] if t.text in _DASHES and (t.text == "—" or t.nbor(-1).whitespace_)]
        if len(dashes) != 1 or self.in_quote(dashes[0]):
            return end  # "…, a fare – and a toll – to pay": a pair of dashes encloses an aside the content goes on after
        dash = dashes[0]
        tail = self.doc[dash.i + 1:span.end]
        root = tail.root
        if root.dep_ != "advcl" or not start <= root.head.idx < dash.idx:
            return end
        return self.trimmed(start, dash.idx)[1]

    def with_list(self, end: int, para_end: int) -> int:
        """`the auditor said the utility had:` and a list below: a content that stops at a
        colon ending its paragraph goes on over the bulleted or numbered lines that follow."""
        if self.text[end:para_end].strip() != ":":
            return end
        grown = end
        for m in _LIST_ITEM.finditer(self.text, para_end):
            if self.text[grown:m.start()].strip(" \t\n:"):
                break
            grown = m.end()
        return self.trimmed(end, grown)[1] if grown > end else end

    def through_colon(self, end: int, para_end: int) -> int:
        """`promotes a range of ideas: that …, that …`, `endorsed one way out: freeing the
        delegates`: a content that stops at a colon with more of its sentence after it on the
        same line goes on to that sentence's end, what the colon spells out being part of it."""
        m = _COLON_GOES_ON.match(self.text, end, para_end)
        if m is None:
            return end
        after = self.doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if not after:
            return end
        last = after.sent[-1]
        return max(end, self.trimmed(end, min(last.idx + len(last), para_end))[1])

    def verb_claim(self, tok: Token) -> _Draft | None:
        # "called for", "spoke about", "accused her of", "asked at a briefing on Monday about": a particle
        # or preposition the verb governs, within a few words after it
        particle, entry = None, None
        for c in tok.rights:
            if c.i > tok.i + 8:
                break
            if c.dep_ == "prep" and any(o.dep_ == "pobj" and (o.ent_type_ in ("DATE", "TIME") or _time_count(o))
                                        for o in c.children):
                continue  # "agreed on Monday to pay", "blamed X for the second time": a time, not what was agreed on
            if c.dep_ in ("prt", "prep"):
                entry = lookup(f"{_lemma(tok, 'VERB')} {c.lower_}", "VERB")
                if entry is not None:
                    particle = c
                    break
        if entry is None:  # "calling for the state to act": the parser hangs "for" on the clause
            for c in tok.rights:
                mark = next((m for m in c.children if m.dep_ == "mark" and m.i < c.i), None)
                if c.dep_ == "advcl" and mark is not None and mark.lower_ == "for" and mark.i <= tok.i + 2:
                    entry = lookup(f"{_lemma(tok, 'VERB')} for", "VERB")
                    if entry is not None:
                        start, end = self.trimmed(mark.idx + len(mark), c.right_edge.idx + len(c.right_edge))
                        source = self.subject(tok)
                        return None if source is None else self.finish(start, end, self.cue_of(tok, entry, mark), source, tok)
        if entry is None:
            entry = lookup(_lemma(tok, "VERB"), "VERB")
        if entry is None and (plain := made_clear(tok)) is not None:
            # "made it clear that …": the lexicon's row of the verb with its adjective
            entry = lookup(f"{_lemma(tok, 'VERB')} {plain[0].lower_}", "VERB")
            if entry is not None:
                start, end = self.span_of([plain[1]])
                return self.finish(start, end, self.cue_of(tok, entry, plain[0]), self.subject(tok), tok)
        if entry is None:
            entry = _clause_taker(tok)
        if entry is None:
            return None
        if (inverted := self.inverted_speaker(tok)) is not None:
            # `Said one official: "…"`: what follows the colon, up to the sentence's end
            last = tok.sent[-1]
            start, end = self.trimmed(inverted[1].idx + 1, last.idx + len(last))
            return self.finish(start, end, self.cue_of(tok, entry), self.subject(tok), tok)
        if "r" in entry.frames:
            return self.hedge(tok, entry)
        if "n" in entry.frames and (named := self.passive_name(tok)) is not None:
            start, end = named
            return self.finish(start, end, self.cue_of(tok, entry), None, tok)
        parts = self.complements(tok, entry, particle)
        if self.observation(tok, parts):
            return None
        parts += _wh_conjuncts(tok, parts) or _object_conjunct(tok, parts) or _verb_list(tok, parts) \
            or _examples_after(tok, parts) or _figures_after(tok, parts) or _noun_list(tok, parts, self.noun_chunks) \
            or _reason_after(tok, parts)
        speaker, pieces = None, ()
        if (role := self.speaker_after_topic(tok)) is not None:
            # "Skyport, its chairman, Owen Pritchard, said, had secured …": the topic and the predicate
            # around the attribution are what was said; the role with its name is the speaker
            pieces = self.around_speaker_after_topic(tok, role)
            start, end = pieces[0][0], pieces[-1][1]
            speaker = self.phrase(role, stop=tok)
        elif parts:
            start, end = self.span_of(parts)
            fronted = [t for p in parts for t in p.subtree if t.i < tok.i]
            if fronted and all(t.tag_ in _WH_TAGS for t in fronted):
                # "the mill, which the owner says he will keep open": the relative pronoun
                # moved before the cue; the content is what follows the cue. When nothing
                # follows ("knows what he is talking about"), the cue reports nothing.
                after = [t.idx for p in parts for t in p.subtree if t.i > tok.i]
                if not after:
                    return None
                start = min(after)
            start = self.after_time_of_saying(tok, parts, start)
            end = self.before_next_cue(tok, parts, start, end)
            end = self.before_appositive(parts, start, end)
            end = self.before_circumstance(tok, parts, start, end)
            end = self.before_occasion(tok, parts, start, end)
            end = self.before_cue_conjunct(tok, start, end)
        elif (passive := self.passive_object(tok, entry)) is not None:
            if _lemma(tok, "VERB") in _AUTHORING and any(c.dep_ == "agent" for c in tok.children):
                return None  # "the report was written by economists": who wrote it, not what it says
            start, end = self.span_of([passive])  # "the plan is backed by the union": the plan
        elif (named := self.relative_object(tok, entry)) is not None:
            start, end = named  # "a deal she once backed": the noun phrase
        elif tok.dep_ == "parataxis" and "c" in entry.frames and tok.head.i != tok.i:
            # "The bridge, the council said, was its oldest": the content is the clause around the cue,
            # said in its two pieces
            start, end = self.span_of([tok.sent.root])
            pieces = self.around_attribution(tok, start, end) or ()
            last = self.doc.char_span(*pieces[-1], alignment_mode="expand") if pieces else None
            if last and (self.how_said(last) or last[0].lower_ in _GOES_ON and not self.qualifies(last[0], tok)):
                # "…, the bank predicted, before heading home": how it was said; "…, the captain said, but
                # he conceded …": a claim of its own
                pieces, end = (), pieces[0][1]
        elif "c" in entry.frames and (asked := self.question_before(tok)) is not None:
            # "Who will pay for the bridge? asked one resident": the question, unquoted, is the content
            start, end = asked
            speaker = self.inverted_phrase(tok, self.noun_after(tok))  # type: ignore[arg-type]
        elif "c" in entry.frames and (word := answer_word(tok)) is not None:
            start, end = word.idx, word.idx + len(word)  # "half said so": the word stands for the clause
        elif "c" in entry.frames and (stray := self.stray_speaker(tok)) is not None:
            # "…, its director, Kasia Nowak, said": the clause before the speaker's phrase
            start, end = self.trimmed(tok.head.left_edge.idx, self.doc[stray.left_edge.i - 1].idx)
            speaker = self.phrase(stray, stop=tok)  # also for a participle ("announced") taken for a passive
        elif "c" in entry.frames and (commented := commented_clause(tok, _SETTING | {"on"})
                                      or trailing_attribution(tok, _SETTING | {"on"})) is not None:
            # "As the Post reported, the agency …", "…, an editorial reads": the clause it comments on
            if self.subject(tok) is None:
                return None  # "as expected": nobody in particular
            first, last = commented
            start, end = self.trimmed(first.idx, last.idx + len(last))
            if tok.dep_ == "ROOT" and (after := next((c for c in tok.lefts if c.dep_ == "nsubj" and c.i > last.i), None)):
                speaker = self.phrase(after, stop=tok)  # the clause's words were hung on the verb: its subject follows them
        else:
            return None
        if start <= tok.idx < end and tok.dep_ not in ("parataxis",) and not pieces:
            after = [p for p in parts if p.left_edge.i > tok.i]
            if not after or len(after) == len(parts):
                return None  # the "content" swallowed its own cue: a mis-parse, not an attribution
            pieces = self.around_attribution(tok, start, end) or ()
            if not pieces or not self.qualifies(self.doc[after[0].left_edge.i], tok):
                # `He'd have resigned, his lawyer said, if he'd known`: a condition going on from the
                # clause before the cue is said too; any other clause after is the only content
                pieces, parts = (), after
                start, end = self.span_of(parts)
        if (_nobody(tok) or _that_said(tok) or _forecast(tok, entry, parts) or _purpose(tok, parts)
                or _anonymity(tok, parts) or _forecast_of(tok) or _unanswered(tok, parts)
                or _seeking_a_word(tok, parts) or _runs_for_office(tok, parts)
                or _asks_the_reader(tok) and not self.in_quote(tok)):
            return None
        if entry.stance == "denial" and any(c.dep_ == "xcomp" and _infinitive(c) for c in parts):
            # "declined to say how much", "refused to name the buyer": a refusal to act or speak
            # denies nothing; "denied knowing about it" (a gerund) stays a denial
            entry = replace(entry, stance="other")
        source = speaker or self.subject(tok)
        if source is not None and start < source.start < end <= tok.idx + len(tok) and source.end <= tok.idx:
            end = self.trimmed(start, source.start)[1]  # the clause before a trailing speaker stops at it
        if source is None and _to_the_reader(tok) and self.kind_of(start, end) == "indirect":
            return None  # a quote after "Read:" or "Why not just say:" is still someone's words
        if ("c" not in entry.frames and source is None and not self.passive(tok) and not self.impersonal(tok)
                and not _bare_gerund(tok)):
            return None  # "accused of lying" with nobody accusing; "X was accused of lying" stays
        if source is not None and tok.idx < source.start == start and "c" in entry.frames and self.after_quote(tok):
            return None  # `"…," said Ruth Hale, half joking`: the object after the cue is its speaker
        if self.says_nothing(start, end):
            return None
        draft = self.finish(start, end, self.cue_of(tok, entry, particle), source, tok)
        if draft is not None and pieces and (draft.start, draft.end) == (pieces[0][0], pieces[-1][1]):
            draft.pieces = pieces
        elif (draft is not None and not pieces and draft.kind == "indirect" and source is not None
              and self.text[draft.end:min(source.start, tok.idx)].strip() == ","
              and (rest := self.continuation(tok)) is not None):
            draft.pieces = ((draft.start, draft.end), rest)  # "…, Maria Lopes predicted, but not before spring"
            draft.end = rest[1]
        return draft

    def question_before(self, cue: Token) -> tuple[int, int] | None:
        """`Aren't we all tired of this? asked Councillor Beth Rowe`: a cue in the past or
        present tense right after a question or exclamation out of quotes, its speaker after it:
        the bounds of that sentence, up to its "?" or "!"; None otherwise."""
        if cue.i == 0 or cue.tag_ not in ("VBD", "VBZ") or self.noun_after(cue) is None:
            return None
        mark = self.doc[cue.i - 1]
        if mark.text not in ("?", "!") or self.in_quote(mark) or any(c.dep_ in _CLAUSE_DEPS for c in cue.children):
            return None
        lo = mark.sent.start_char if mark.sent.start < mark.i else self.doc[mark.i - 1].sent.start_char
        cut = max(self.text.rfind(c, lo, mark.idx) for c in (". ", "? ", "! ", "\n"))
        start = cut + 1 if cut >= 0 else lo
        start, end = self.trimmed(start, mark.idx + 1)
        return (start, end) if end - start > 1 and not self._quote_index.overlapping(start, end) else None

    def around_attribution(self, cue: Token, start: int, end: int) -> tuple[tuple[int, int], ...] | None:
        """`The new stadium, the mayor said, would cost £200m`: the two pieces of a content
        ``[start, end)`` that its attribution, set off by commas, interrupts: the cue with its
        subject before it and what hangs on the cue up to the next comma (`health officials said
        on Tuesday,`), no verb among them. None when the cue does not sit between two commas
        inside the content."""
        subj = [c.left_edge for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass") and not self.in_quote(c)]
        lo = min([cue, *subj], key=lambda t: t.i)
        before = self.text[start:lo.idx].rstrip()
        if not before.endswith(",") or not start < lo.idx < end:
            return None
        comma = next((t for t in self.doc[cue.i + 1:cue.i + 9] if t.text == "," or t.pos_ in ("VERB", "AUX")), None)
        if comma is None or comma.text != "," or comma.idx >= end:
            return None
        first, second = self.trimmed(start, start + len(before) - 1), self.trimmed(comma.idx + 1, end)
        return (first, second) if first[1] > first[0] and second[1] > second[0] else None

    def speaker_after_topic(self, cue: Token) -> Token | None:
        """`Skyport, its chairman, Owen Pritchard, said, would expand`: the parser takes the
        topic and the speaker's phrase set after it for one subject of the cue; the speaker is
        the appositive role noun whose possessor points back to the topic ("its chairman",
        "the club's chairman") with a name of its own beside it, when a comma and a verb follow
        the cue (the topic's predicate). None for any other subject ("Vera Ingram, the head
        teacher, said she …", "Harrow Mills, its owner said, …": no name, split elsewhere)."""
        subj = next((c for c in cue.lefts if c.dep_ == "nsubj"), None)
        if subj is None or _person_noun(subj) or cue.i + 2 >= cue.sent.end \
                or self.doc[cue.i + 1].text != "," or self.doc[cue.i + 2].pos_ not in ("AUX", "VERB", "PART"):
            return None
        role = next((c for c in subj.rights if c.dep_ == "appos"), None)
        if role is None or role.pos_ != "NOUN" or not _a_role(role) or self.doc[role.left_edge.i - 1].text != "," \
                or not any(c.dep_ == "poss" for c in role.children) \
                or not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in role.children):
            return None
        return role

    def around_speaker_after_topic(self, cue: Token, role: Token) -> tuple[tuple[int, int], tuple[int, int]]:
        """The two pieces around the speaker's phrase of ``speaker_after_topic``: the topic up to
        the comma before the role, and what follows the comma after the cue to the sentence's end."""
        last = cue.sent[-1]
        first = self.doc[stray_first_name(self.doc, role.head.left_edge.i)]  # "Oldfield | Town, …" split by the parser
        return (self.trimmed(first.idx, self.doc[role.left_edge.i - 1].idx),
                self.trimmed(self.doc[cue.i + 1].idx + 1, last.idx + len(last)))

    def continuation(self, cue: Token) -> tuple[int, int] | None:
        """`Inflation will fall, Maria Lopes predicted, but not before next spring`: what goes on
        after a trailing attribution’s comma to the sentence’s end (``qualifies``); its bounds,
        else None."""
        sent = cue.sent
        if cue.i + 2 >= sent.end or self.doc[cue.i + 1].text != "," or not self.qualifies(self.doc[cue.i + 2], cue):
            return None
        rest = self.doc[cue.i + 2:sent.end]
        span = self.trimmed(rest[0].idx, rest[-1].idx + len(rest[-1]))
        return span if span[1] > span[0] else None

    @staticmethod
    def how_said(piece: SpacySpan) -> bool:
        """`before heading home`, `after leaving the room`: words opening with a subordinating
        word or preposition, their verbs with no subject of their own, that tell how or when a
        thing was said; not `until it went bankrupt`, `for how the industry can …`."""
        verbs = [t for t in piece if t.pos_ in ("VERB", "AUX")]
        return (piece[0].pos_ in ("SCONJ", "ADP") and piece[0].lower_ not in _GOES_ON and bool(verbs)
                and not any(c.dep_ in _SUBJECTS for v in verbs for c in v.children))

    def qualifies(self, first: Token, cue: Token) -> bool:
        """Whether the words from ``first`` to the sentence's end, after an attribution by
        ``cue`` set off by commas, qualify the clause before it and are said with it: they open
        with a word of ``_GOES_ON`` and hold no quote; after "if" or "unless" a clause with its
        own subject (`…, his lawyer said, if he had known`) or no verb; after "but", "yet" or
        "though" no verb (`…, she predicted, but not before spring`) or a clause about the same
        subject as the clause before (`…, the mayor said, though it may be late`), never one
        with a verb of saying (`…, the agent said, but she admitted she was not sure`: a claim
        of its own). Not "before leaving the room", "when …": how or when it was said."""
        word = first.lower_
        rest = self.doc[first.i:first.sent.end]
        if word not in _GOES_ON or any(self.in_quote(t) for t in rest):
            return False
        verbs = [t for t in rest if t.pos_ in ("VERB", "AUX")]
        subjects = [c for v in verbs for c in v.children if c.dep_ in _SUBJECTS]
        if word in ("if", "unless"):
            return not verbs or bool(subjects)  # "…, he said, if pressed": how he said it
        if not verbs:
            return True
        if any(v.pos_ == "VERB" and _verb_entry(v) is not None for v in verbs):
            return False
        before = next((t for t in self.doc[first.sent.start:cue.i] if t.dep_ in ("nsubj", "nsubjpass")
                       and t.head != cue and not self.in_quote(t)), None)
        return before is not None and bool(subjects) and all(
            s.lower_ == before.lower_ or s.lower_ == "it" and before.pos_ == "NOUN" and not _can_hold(before)
            or s.lower_ == "they" and before.tag_ == "NNS" and not _can_hold(before) for s in subjects)

    def says_nothing(self, start: int, end: int) -> bool:
        """A content of grammar words alone: the "to" of an ellipsis (`any religion they wanted
        to`), a lone preposition, a reflexive pronoun (`rose to defend himself`): the object
        is no report."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return bool(span) and all(t.is_punct or t.pos_ in ("PART", "ADP") or t.lower_ in _REFLEXIVES for t in span)

    def before_appositive(self, parts: list[Token], start: int, end: int) -> int:
        """`voted for Ruth Hale, a nurse who has never held office`: an object content that ends
        with a described-at-length appositive (set off by a comma, "a/an/the …" or "one …" with
        a clause of its own) ends before it, as PolNeAR has it: the writer describes what was
        named; so does one on the noun an object ends with (`mentioned her defence of the
        Trust, a charity that …`; PolNeAR train +2, dev unchanged). Lists (`his parents, his
        sisters and …`), a colon's enumeration and "the more …, the more …" keep their words."""
        if not parts or any(p.dep_ not in ("dobj", "pobj") for p in parts) or ":" in self.text[start:end]:
            return end
        last = max(parts, key=lambda p: p.i)
        while not any(c.dep_ == "appos" for c in last.children) and (prep := next(
                (c for c in reversed(list(last.rights)) if c.dep_ == "prep"), None)) is not None:
            # "its defense of the clinic, a charity that …": the noun the phrase ends with
            last = next((o for o in prep.children if o.dep_ == "pobj"), last)
            if last.head.i != prep.i:
                break
        app = [c for c in last.children if c.dep_ == "appos" and c.i > last.i]
        if len(app) != 1 or app[0].right_edge.idx + len(app[0].right_edge) < end - 1:
            return end
        desc = app[0]
        comma = desc.left_edge.i - 1
        if (comma <= last.i or self.doc[comma].text != "," or self.in_quote(desc)
                or any(c.dep_ in ("conj", "cc") for t in (last, desc) for c in t.children)
                or not (desc.lower_ == "one" or any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in desc.children))
                or any(t.tag_ in ("JJR", "RBR") for t in desc.subtree)
                or not any(t.dep_ in ("relcl", "acl") for t in desc.subtree)):
            return end
        return self.trimmed(start, self.doc[comma].idx)[1]

    def after_time_of_saying(self, tok: Token, parts: list[Token], start: int) -> int:
        """`said Monday it would close two plants`, `said on Tuesday his party would stand`: a
        time between the cue and its reported clause's subject is when it was said (the news
        convention of dating the saying), though the parser may hang it on the clause; the
        content starts after it (at a "that" after it, if any). Only a date or time named by
        the model (``DATE``/``TIME``) with ``_SAYING_TIME_WORDS``, not "in 2019" (the year of
        the reported clause as often as of the saying), nor "Monday's vote" (the subject's), nor
        a time before the cue ("Last month, X sought …, Politico reported": the clause's own), nor
        a time to come (``_FUTURE_TIME_WORDS``: "said next year the tax would rise")."""
        clause = parts[0]
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if clause.dep_ != "ccomp" or subject is None or clause.left_edge.i < tok.i:
            return start
        lead = [t for t in self.doc[clause.left_edge.i:subject.left_edge.i] if t.idx >= start]
        if not any(t.ent_type_ in _WHEN for t in lead) or any(t.lower_ in _FUTURE_TIME_WORDS for t in lead) or not all(
                t.ent_type_ in _WHEN and t.lower_ != "in" or t.lower_ in _SAYING_TIME_WORDS for t in lead):
            return start
        last_time = max(t.i for t in lead if t.ent_type_ in ("DATE", "TIME"))
        that = next((t for t in lead if t.lower_ == "that" and t.i > last_time), None)
        return (that or subject.left_edge).idx

    def before_circumstance(self, tok: Token, parts: list[Token], start: int, end: int) -> int:
        """`endorsed Ruth Hale at a rally`, `favored her by ten points`, `opposed him on the
        council`: the content of a verb of taking a side (``_BACKING``) whose object is a name or
        a personal pronoun ends with that name; where, when and by how much the side was taken
        are the writer's (PolNeAR train: +14 contents matched; dev unchanged). A phrase of the object's
        role (``_SIDE_ROLE``: `backed Hale for mayor`, `favored Hale over Ruiz`) and the contest
        it is taken in (`endorsed Hale in the primary`) keep their words."""
        if _lemma(tok, "VERB") not in _BACKING or not parts or parts[0].dep_ != "dobj":
            return end
        obj = parts[0]
        if not (obj.tag_ == "PRP" or obj.pos_ == "PROPN"):
            return end
        last = obj
        for c in obj.rights:
            if c.dep_ in ("compound", "flat", "nummod", "case", "cc", "conj") or c.dep_ == "prep" and c.lower_ == "of":
                last = c.right_edge
        after = self.next_word(last, end)
        if after is None or after.lower_ in _SIDE_ROLE or after.lower_ == "in" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in _CONTESTS for o in after.children):
            return end
        return self.trimmed(start, last.idx + len(last))[1]

    def before_occasion(self, tok: Token, parts: list[Token], start: int, end: int) -> int:
        """`talked about the ferries at every meeting`, `mentioned the toll on the radio`,
        `repeated her position at a town hall`: the content of a verb of speaking of a matter
        (``_TOPICAL``) is the matter; a phrase the parser hangs on the verb after it, other
        than one of its role (``_TOPIC_ROLE``: `mentioned Hale by name`, `spoke of it as a
        tax`), says where, when or how the matter was spoken of (PolNeAR train +5 contents
        matched, none lost; dev unchanged)."""
        if _lemma(tok, "VERB") not in _TOPICAL or not parts or parts[0].dep_ not in ("dobj", "pobj"):
            return end
        obj = parts[0]
        if obj.pos_ not in ("NOUN", "PROPN", "PRON"):
            return end
        last = obj.right_edge
        after = self.next_word(last, end)
        if after is None or after.lower_ in _TOPIC_ROLE or after.pos_ not in ("ADP", "ADV") or after.head != tok:
            return end
        return self.trimmed(start, last.idx + len(last))[1]

    def next_word(self, last: Token, end: int) -> Token | None:
        """The first token after ``last`` that is no punctuation and starts before character
        offset ``end``; None if there is none (the walk stops at ``end``, not the document's end)."""
        for t in self.doc[last.i + 1:]:
            if t.idx >= end:
                return None
            if not t.is_punct:
                return t
        return None

    def before_cue_conjunct(self, tok: Token, start: int, end: int) -> int:
        """`is admitting mistakes and learning from them`, `writing a memoir called "Ashore" and
        running the campaign`: an -ing verb with no subject joined inside the content of an -ing
        cue, on a word that is no -ing verb itself, goes with the cue, not with what it reports;
        the content ends before it (PolNeAR train: +5 contents matched, +6 claims; dev unchanged)."""
        if tok.tag_ != "VBG":
            return end
        for t in self.doc.char_span(start, end, alignment_mode="expand") or ():
            if (t.dep_ == "conj" and t.tag_ == "VBG" and t.head.tag_ != "VBG" and start <= t.head.idx < t.idx
                    and not self.in_quote(t) and not any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in t.children)):
                cc = next((c for c in t.head.children if c.dep_ == "cc" and t.head.i < c.i < t.i), t.left_edge)
                if cc.idx > start:
                    return self.trimmed(start, cc.idx)[1]
        return end

    def before_next_cue(self, cue: Token, parts: list[Token], start: int, end: int) -> int:
        """Where a content stops when a clause hung on it reports something of its own
        (`said X, arguing that Y`, `promised X and said Y`, `say X, while others argue Y`):
        that clause is a claim of its own, not part of this one. So is any verb that goes on
        with the cue's subject (``_speaker_goes_on``) joined to a content with no subject of
        its own (`has pledged to rebuild the stand and signed a new striker`, `judged the
        fares fair and raised them`): what the speaker did next, not what was pledged
        (PolNeAR train: 3 contents nearer their gold, +2 matched, none lost; dev unchanged);
        inside a reported clause with a subject (`said the road had flooded and would reopen`)
        it stays. A clause joined with a subject of its own (`said that A, and the senator felt
        B`) goes on with what is reported, as PolNeAR has it."""
        for t in sorted((t for p in parts for t in p.subtree), key=lambda t: t.i):
            if t.dep_ == "conj" and (any(c.dep_ in _SUBJECTS for c in t.children) or _goes_on_unfinite(t, cue)):
                continue
            if (t.dep_ in ("advcl", "conj") and start < t.left_edge.idx < end and t.head.i < t.i
                    and (_reporting_verb(t) and any(c.dep_ in _CLAUSE_DEPS for c in t.children) or _speaker_goes_on(t)
                         and (_reporting_verb(t) or not _inside_subject_clause(t.head, parts)))
                    and not self.in_quote(t) and _TRAILING_LINK.search(self.text[start:t.left_edge.idx])):
                cut = _TRAILING_LINK.sub("", self.text[start:t.left_edge.idx])
                return start + len(cut.rstrip(_TRIM))
        return end

    def passive_name(self, tok: Token) -> tuple[int, int] | None:
        """`The plan is seen as a trap`, `the contests known as Super Tuesday`, `the firm is
        known for its late trains`: a name, a view or a reputation given in the passive with
        nobody giving it. The content runs from what is named
        (the passive subject, or the noun the participle hangs on) to the name or view, the
        cue inside it as PolNeAR's two pieces have it; None for any other use of the verb."""
        if tok.tag_ != "VBN" or any(c.dep_ == "agent" for c in tok.children):
            return None
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i:
            named = tok.head
        else:
            named = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON"), None)
        if named is None or not (tok.dep_ == "acl" or any(c.dep_ == "auxpass" for c in tok.children)):
            return None
        name = next((c for c in tok.rights if c.dep_ in ("oprd", "attr", "xcomp")
                     or c.dep_ == "prep" and c.lower_ in ("as", "for")), None)
        if name is None or name.right_edge.i <= name.i and name.lower_ == "as":
            return None
        left = named.left_edge if named.dep_ != "nsubjpass" or named.left_edge.i < tok.i else named
        return self.trimmed(left.idx, name.right_edge.idx + len(name.right_edge))

    def hedge(self, tok: Token, entry: CueEntry) -> _Draft | None:
        """`The plan seems to work`: the writer hedges a whole clause, subject included; nobody is quoted."""
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "csubj") and c.lower_ != "there"]
        pred = [c for c in tok.children if c.i > tok.i and (  # "seems weak" the parser may call oprd; "seems like a …"
            c.dep_ in ("xcomp", "acomp", "attr", "oprd") or c.dep_ == "prep" and c.lower_ == "like")]
        it = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in tok.children)
        if it and (impersonal := impersonal_clause(tok) or (
                pred if any(c.dep_ == "ccomp" for p in pred for c in p.children) else [])):
            start, end = self.span_of(impersonal)  # "it seems likely that …": what follows "it seems"
            return self.finish(start, end, self.cue_of(tok, entry), None, tok)
        # else "it" stands for something (`it appeared to undercut the plan`, `it seemed like a
        # trap`) and is hedged with the rest (PolNeAR train: 9 of 12 new claims right)
        if not subj or not pred:
            return None
        start, end = self.span_of(subj + pred + self.trailing_preps(tok, pred[-1]))
        return self.finish(start, end, self.cue_of(tok, entry), None, tok)

    def observation(self, tok: Token, parts: list[Token]) -> bool:
        """Whether cue ``tok`` ("find", "see") with content ``parts`` tells what somebody came
        upon, not what they say: its content one small clause (an object and the state it was
        in, no auxiliary, no "that") whose state is a participle or a bodily state ("Rescuers
        found the boy alive", "Police found the car abandoned"), or whose object is the
        subject itself ("found himself embroiled in a row"), and its subject no finding's
        author, a document or a body (``_FINDERS``: "the audit found the records destroyed" stays
        a claim) or people whose work is finding (``_FINDING_PEOPLE``: "Auditors found the
        accounts falsified"; not "Police found the car abandoned"). A judgement stays a
        claim: "I find his message chilling", "found the plan too costly" (PolNeAR train: of
        the small clauses after "find", the judgements are its attributions, the states and
        the reflexives mostly not)."""
        if _lemma(tok, "VERB") not in _OBSERVING or len(parts) != 1:
            return False
        state = parts[0]
        if state.dep_ != "ccomp" or any(k.dep_ in ("aux", "auxpass", "mark") for k in state.children):
            return False
        found = next((k for k in state.children if k.dep_ in _SUBJECTS), None)
        if not (state.tag_ == "VBN" or state.lower_ in _BODILY_STATES
                or found is not None and found.lower_ in _REFLEXIVES):
            return False
        source = self.subject(tok)
        said_by = self.doc.char_span(source.start, source.end, alignment_mode="expand") if source else None
        return said_by is None or said_by.root.lemma_.lower() not in _FINDERS | _FINDING_PEOPLE

    def complements(self, tok: Token, entry: CueEntry, particle: Token | None) -> list[Token]:
        """The children of a cue that carry its content, by the frames the lexicon allows."""
        frames = entry.frames
        kids = list(tok.children)
        if particle is not None and particle.dep_ != "prt":  # "singled out X", "pointed out that …": the verb's own
            inf = [c for c in kids if c.dep_ == "xcomp" and c.i > particle.i
                   and ("i" in frames or particle.lower_ == "for")]  # "called for a prosecutor to oversee …"
            objs = [c for c in particle.children if c.dep_ in ("pobj", "pcomp")]
            return objs + inf + (self.trailing_preps(tok, particle) if objs and not inf else [])
        if "a" in frames:  # "sees the plan as a mistake": a view, but only with its "as"
            as_ = [c for c in kids if c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i][:1]
            if as_:
                return [c for c in kids if c.dep_ == "dobj" and tok.i < c.i < as_[0].i] + as_
            return _as_predicate(tok)
        clause = [c for c in kids if "c" in frames and (c.dep_ in _CLAUSE_DEPS or c.i > tok.i and any(
            m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children))]  # "asked her if …"
        if not clause and "c" in frames:  # "told analysts on a call that …": the clause hung on the call
            clause = _setting_clauses(tok)[:1]
        if not clause and "c" in frames:  # "disagree on how it should happen": the question is the clause
            clause = self.wh_object(tok)
        inf = [c for c in kids if c.dep_ == "xcomp" and "i" in frames and c.i > tok.i]
        objs = [c for c in kids if c.dep_ in ("dobj", "pobj", "pcomp") and c.i > tok.i
                and (c.pos_ != "PRON" or "c" not in frames  # "endorsed him"; never "said it"
                     or any(k.dep_ == "prep" and k.lower_ == "of" for k in c.children))  # "mentioned any of them"
                and ("o" in frames or (inf and "i" in frames))]
        preds = [c for c in kids if c.dep_ in ("oprd", "xcomp", "ccomp") and "p" in frames and c.i > tok.i]
        pobjs = [c for c in kids if c.dep_ == "dobj" and c.i > tok.i]
        if preds and pobjs:
            return pobjs + preds
        if clause:
            return clause + [o for o in objs if o.i > tok.i and "o" in frames and o.i < clause[0].i]
        if inf:
            return objs + inf
        if "o" in frames and not objs and not inf:
            # "endorsed putting cameras on officers", "did not mention raising the wage": a gerund
            # the parser hangs as a clause is the object (PolNeAR train: 16 of 25 new claims right)
            objs = [c for c in kids if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > tok.i]
        if "o" in frames and objs:
            # "likened RT to the BBC", "blamed the mayor for the delay": the object's role goes with it
            return objs + self.trailing_preps(tok, objs[-1])
        if "o" in frames:  # "described what happened": a wh-clause is an object too
            wh = [c for c in kids if c.dep_ == "ccomp" and c.i > tok.i and c.left_edge.tag_ in _WH_TAGS]
            return wh[:1] or [c for c in kids if c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i][:1]
        return []

    def trailing_preps(self, verb: Token, obj: Token) -> list[Token]:
        """The prepositional phrases the parser hangs on the verb right after its object
        ("defended [the group against attacks from X]", "blamed [the mayor for the delay]"):
        PolNeAR counts them to the object's content. They stop at a comma, a clause, the
        sentence's end, or a phrase of the saying's setting ("on Tuesday", "in a letter"). An
        infinitive with no subject of its own right after the object is the object's too
        (`called for the mayor [to resign]`, `defended his plan [to raise fares]`), the parser
        having hung it on the verb; so is an "as" before an adjective or a participle that the
        parser made a clause of the verb's (`described the plan [as doomed to fail]`), unless
        that clause is finite or a comment (`as the storm eased`, `as shown by the vote`)
        (PolNeAR train: 4 contents nearer their gold, +1 matched; dev unchanged)."""
        out: list[Token] = []
        end = obj.right_edge.i
        for c in verb.rights:
            if c.i <= obj.i:
                continue
            if any(t.text in ",;:" or t.is_space for t in self.doc[end + 1:c.i]):
                break
            if (c.dep_ in ("advcl", "xcomp") and c.left_edge.lower_ == "to" and c.left_edge.dep_ == "aux"
                    or c.dep_ in ("advcl", "ccomp", "xcomp", "acomp", "oprd") and c.left_edge.lower_ == "as"
                    and c.tag_ not in _FINITE and not _reporting_verb(c)) \
                    and not any(k.dep_ in _SUBJECTS for k in c.children):
                out.append(c)
                end = c.right_edge.i
                continue
            if c.dep_ != "prep":
                break
            if self.setting(c) and not self.setting_inside(verb, c):
                break  # "… on Tuesday", "… in a letter": when and where it was said
            out.append(c)
            end = c.right_edge.i
        return out

    def setting_inside(self, verb: Token, prep: Token) -> bool:
        """`recalled her account in 2008 of coming under fire`, `attacked him on Monday over
        his taxes`: a phrase of the setting followed, with no comma, by a phrase of what was
        said stands inside the content rather than closing it."""
        nxt = next((c for c in verb.rights if c.i > prep.i), None)
        return (nxt is not None and nxt.dep_ == "prep" and nxt.left_edge.i == prep.right_edge.i + 1
                and not self.setting(nxt))

    @staticmethod
    def setting(prep: Token) -> bool:
        """A prepositional phrase that says when or where something was said ("on Tuesday",
        "in a letter", "at a rally in Ohio", "after the vote"), not what was said: a date or
        time in it, one of the prepositions of a setting (``_SETTING``), and for "in", "at"
        and "during" (``_PLACE_OR_TIME``) an object that is a named place, organisation or
        event, a noun of speech ("in a statement") or an occasion of speech ("in an interview").
        A date inside a clause the phrase carries is no setting of it ("blamed the mayor [for
        remarks made on Monday]", "thanked them [for voting on Tuesday]"), and so is one in a
        phrase hung inside it ("cited his role [as grand marshal of a parade in 2004]", "voted
        against [the Justice Act of 2015]"; PolNeAR train +1 content matched, dev +1). After a
        preposition purely of time (``_OF_TIME``: "criticized the coach [during the 2019
        season]") any date makes a setting; after another one a date that only modifies the
        phrase's noun does not ("disputed her share [in the 2015 lab fire]", "blamed the firm
        [for the 2012 collapse]"): the date must be the phrase's object or a word of it, else
        the noun decides as it would with no date (PolNeAR train 1 claim fewer, none lost;
        dev +1 content matched). A phrase whose noun is an occasion (``_OCCASIONS``) and holds a
        date is a setting whatever its preposition ("criticized the plan [on the Sunday show]",
        "praised the miners [at the 2019 funeral]"), and so is a count of times ("[for the second
        time]", ``_time_count``)."""
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        occasion = obj is not None and obj.lemma_.lower() in _OCCASIONS
        if any(t.ent_type_ in ("DATE", "TIME") and (occasion or prep.lower_ in _OF_TIME or t.head == prep
                                                     or t.head.ent_type_ in ("DATE", "TIME"))
               for t in _outside_clauses(prep, skip=("prep",))) or obj is not None and _time_count(obj):
            return True
        if prep.lower_ not in _SETTING:
            return False
        if obj is None and prep.lower_ == "in" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children):
            return False  # "questioned her judgment in backing the war": how, not where or when
        if prep.lower_ not in _PLACE_OR_TIME or obj is None:
            return True
        if _compound_preposition(prep, obj):
            return False
        return (obj.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "EVENT") or obj.lemma_.lower() in _OCCASIONS
                or lookup(cue_lemma(obj.text, obj.lemma_, "NOUN"), "NOUN") is not None)

    @staticmethod
    def passive(tok: Token) -> bool:
        """A passive cue: "was asked", or a bare past participle opening a clause ("Asked about
        the vote, the senator …": the senator is the one asked, not the one asking). A
        participle hung on a noun that takes a clause or an object of its own is a past tense
        the parser misread ("two analysts found that …", "the editor tweeted out the praise")."""
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
            return not _perfect_taken_for_passive(tok)
        if tok.dep_ == "acl" and any(c.dep_ in ("ccomp", "dobj") for c in tok.children):
            return False
        if tok.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "nsubj") for c in tok.children):
            return False
        return tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl") or _Finder.opens_clause(tok)

    @staticmethod
    def opens_clause(tok: Token) -> bool:
        """A past form opening its sentence, alone or after "when", "if" …, and not followed by
        a name, nor by a number whose noun phrase a colon or quote follows (`Asked about the
        vote, …`, `When asked whether …`, `Told three times to leave, …`; not `Said the mayor:
        …`, `Said one official: …`), nor right after a quote that breaks off with ! or ?
        (`"…!" gushed a visitor`): a participle the tagger took for a past tense."""
        prev = tok.nbor(-1) if tok.i > tok.sent.start else None
        if prev is not None and (prev.lower_ not in _SUBORDINATORS or prev.i > tok.sent.start):
            return False
        if re.search(r"[!?][\"”’']\s*$", tok.doc[max(0, tok.i - 3):tok.i].text_with_ws[-4:]):
            return False  # `"It's magnificent!" gushed one visitor`: the verb of the exclamation before
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.pos_ == "NUM":  # `Said one official: …`, not `Told three times to leave, …`
            edge = (nxt.head if nxt.head.pos_ in ("NOUN", "PROPN") else nxt).right_edge
            after = tok.doc[edge.i + 1] if edge.i + 1 < len(tok.doc) else None
            return after is None or not (after.text == ":" or after.is_quote)
        return nxt is not None and nxt.pos_ not in ("DET", "PROPN") and not nxt.is_punct

    @staticmethod
    def passive_object(tok: Token, entry: CueEntry) -> Token | None:
        """The subject of a passive cue of an object frame: what the agent said or did (`the
        plan is backed by the union`), or, with nobody named, what was said or done (`the price
        was not disclosed`, `the plan was approved on Tuesday`) when nothing else completes the
        verb: not `was charged with fraud`, `was declared the winner`, `is favored to win`
        (PolNeAR train: 34 of 54 new claims right)."""
        if not set(entry.frames) & {"o", "p"}:
            return None
        if not any(c.dep_ == "agent" for c in tok.children) and any(
                c.dep_ in ("oprd", "xcomp", "attr", "ccomp", "acomp", "dobj")
                or c.dep_ == "prep" and c.lower_ not in _SETTING | {"on", "from"} for c in tok.children):
            return None
        return next((c for c in tok.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON"), None)

    def relative_object(self, tok: Token, entry: CueEntry) -> tuple[int, int] | None:
        """`a deal she once backed`, `words he has been repeating for years`: a cue of an object
        frame in a relative clause with a subject of its own, no relative pronoun and no object:
        the noun (or "something", "everything" …) it hangs on is what was said or done.
        Returns the bounds of that noun phrase up to the clause, or None for any other use of
        the verb. A clause opened by "which" or "that", and a past participle on a noun (`the
        plan announced on Monday`), stay out: PolNeAR train, 0 of 7 and 23 of 87 of those
        right, against 26 of 53 here (and 6 of 9 on "something" …)."""
        head = tok.head
        if ("o" not in entry.frames or tok.dep_ != "relcl" or head.i >= tok.i
                or head.pos_ not in ("NOUN", "PROPN") and head.lower_ not in _INDEFINITES
                or any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd", "attr", "acomp", "dative") for c in tok.children)
                or not any(c.dep_ == "nsubj" and c.tag_ not in _WH_TAGS for c in tok.children)
                or any(t.tag_ in _WH_TAGS or t.lower_ == "that" for t in self.doc[tok.left_edge.i:tok.i])):
            return None
        start, end = self.trimmed(head.left_edge.idx, tok.left_edge.idx)
        return (start, end) if end > start else None

    @staticmethod
    def wh_object(cue: Token) -> list[Token]:
        """`made conflicting statements about how he would pay for it`, `a view of what is
        possible`, `disagree on how to spend it`: the "about/on/of/over" phrase of a cue noun
        (whatever its frames) or of a cue verb of a clause frame that holds a question clause
        says what is stated, decided or disputed. Returns that clause's head, or []."""
        prep = next((c for c in cue.rights if c.dep_ == "prep" and c.lower_ in _ABOUT), None)
        return [o for o in (prep.children if prep is not None else ()) if o.dep_ in ("pcomp", "pobj")
                and (o.left_edge.tag_ in _WH_TAGS or o.left_edge.lower_ == "whether")]

    def received(self, noun: Token, entry: CueEntry) -> _Draft | None:
        """`The plan drew criticism from the union`, `Hale has strong support among nurses`,
        `she won the endorsement of the teachers' union`: a stance noun that its verb's subject
        receives is about that subject; whoever gives it (after "from", "among" or "of") is the
        source; so too a possessor with a giver (`her strong support among nurses`: about
        her). None for any other use of the noun, and when the noun has a content of its own
        or nobody gives it (PolNeAR train: 29 of 38 new claims right, 11 wrong ones replaced;
        without those limits 43 of 108; the possessor: +4 matches for 5 claims)."""
        verb = noun.head
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if entry.lemma in _GIVEN and poss is not None:
            giver = next((o for p in noun.rights if p.dep_ == "prep" and p.lower_ in ("from", "among")
                          for o in p.children if o.dep_ == "pobj"), None)
            if giver is not None:
                marker = next((c for c in poss.children if c.dep_ == "case"), None)
                named = self.phrase(poss, stop=marker, asides=True)
                return self.finish(named.start, named.end, self.cue_of(noun, entry), self.phrase(giver), noun)
        if noun.dep_ != "dobj" or entry.lemma not in _GIVEN or _lemma(verb, "VERB") not in _RECEIVING:
            return None
        if any(c.dep_ in ("acl", "ccomp", "relcl") or c.dep_ == "prep" and c.lower_ not in ("from", "among", "of")
               for c in noun.rights):
            return None  # "drew criticism for the plan", "raised questions about …": the noun's own content
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        giver = next((o for p in (*noun.rights, *(c for c in verb.rights if c.i > noun.i))
                      if p.dep_ == "prep" and p.lower_ in ("from", "among", "of")
                      for o in p.children if o.dep_ == "pobj"), None)
        if giver is None:
            return None
        named = self.phrase(subj, stop=verb, asides=True)  # the subject's phrase, not a dateline before it
        start, end = named.start, named.end
        source = self.phrase(giver)
        return self.finish(start, end, self.cue_of(noun, entry), source, noun)

    def noun_claim(self, tok: Token) -> _Draft | None:
        entry = lookup(_lemma(tok, "NOUN"), "NOUN")
        if (entry is None or _in_idiom(tok) or _is_setting_of_cue(tok) or _asked_for(tok) or _no_argument(tok)
                or _act_of_force(tok)):
            return None
        if (received := self.received(tok, entry)) is not None:
            return received
        topical = False  # the content is the topic of a noun with no object frame (``_topic_object``)
        parts = [c for c in tok.children
                 if (c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
                 or (c.dep_ == "acl" and "i" in entry.frames and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children))]
        if not parts:  # "allegations of fraud", "his criticism of the plan", "calls for a recount"
            parts = _about_object(tok.rights, entry, about="o" in entry.frames)
            parts = parts + self.noun_trailing_preps(tok, parts) if parts else self.wh_object(tok)
            if not parts:
                parts = _topic_object(tok)
                topical = bool(parts)
        if not parts and "c" in entry.frames and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
            # "Her argument is that …", "the question is whether …": the copula's clause
            parts = [c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.head.i]
        if not parts:
            return None
        start, end = self.span_of(parts)
        source = None
        for child in tok.children:
            if child.dep_ == "poss":
                source = self.possessor(tok, child)
            elif tok.dep_ == "ROOT" and (child.dep_ == "nsubj" or child.dep_ == "compound" and child.ent_type_ in _AGENTS):
                source = self.phrase(child, stop=tok)  # "Trump claims that …": a verb the tagger took for a noun
            elif child.dep_ == "prep" and child.lower_ in ("by", "from"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    source = self.phrase(pobj)
        if source is None and tok.dep_ in ("dobj", "attr"):
            if any(c.dep_ == "neg" for c in tok.head.children):
                return None  # "did not answer questions about X": the questions were not theirs, nor answered
            if tok.head.lemma_ not in _ANSWERING:  # "she faced questions about …": not hers
                source = self.subject(tok.head)
        elif source is None and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
            source = self.subject(tok.head)  # "thanking them and warning that …": a participle read as a noun
        if topical and source is None:
            return None  # "a clear implication about the plan": a topic with nobody speaking of it
        return self.finish(start, end, self.cue_of(tok, entry), source, tok)

    def noun_trailing_preps(self, noun: Token, parts: list[Token]) -> list[Token]:
        """`his criticism of her vote in favor of the bill`, `an attack on tax cuts for the
        rich`: the phrases the parser hangs on a cue noun right after what it is about belong
        to that (``trailing_preps``), save a "by"/"from" phrase, which names its source."""
        preps = self.trailing_preps(noun, parts[-1].head if parts[-1].head.dep_ == "prep" else parts[-1])
        return list(itertools.takewhile(lambda p: p.dep_ != "prep" or p.lower_ not in ("by", "from"), preps))

    def adjective_claim(self, tok: Token) -> _Draft | None:
        """`Farmers are worried about the drought`, `she is sure that …`: an attitude predicated
        of the subject, its content the clause, infinitive or "about" phrase it takes."""
        entry = lookup(tok.lemma_, "ADJ")
        if entry is None:
            return self.attitude_of(tok)
        kids = list(tok.children)
        parts = [c for c in kids if c.dep_ == "ccomp" and "c" in entry.frames]
        parts = parts or [c for c in kids if c.dep_ == "xcomp" and "i" in entry.frames]
        if not parts and "o" in entry.frames:
            parts = _about_object(kids, entry)
        source = self.holder(tok) if parts and not _nobody(tok) else None
        if source is None:
            return None
        start, end = self.span_of(parts)
        return self.finish(start, end, self.cue_of(tok, entry), source, tok)

    def attitude_of(self, adj: Token) -> _Draft | None:
        """`He is proud of the new ferry`, `voters are nervous about the toll`, `she was glad
        that the vote was over`: an adjective the lexicon lacks, predicated with "be", "feel",
        "seem" or "remain" of a person or a group (a personal pronoun, "who", or a name of a
        person, an organisation or a people), with an "about" or "of" phrase or a clause, is an
        attitude to what that phrase or clause says, its content, when the adjective is one of
        feeling, certainty or speech (``_ATTITUDES``: not `innocent of the charges`). Said of a
        thing it is none (`the plan is short of money`), nor is one someone should come to (`they
        should get excited about …`). The cue is the article's text (a headline's "Proud"), not
        the truecased token's. PolNeAR train: 24 of 32 claims matched (any adjective: 26 of 46)."""
        if adj.dep_ != "acomp" or adj.head.lemma_ not in _ATTITUDE_VERBS or adj.lemma_.lower() not in _ATTITUDES:
            return None
        subj = next((c for c in adj.head.children if c.dep_ == "nsubj"), None)
        if subj is None or not (subj.lower_ in _HOLDERS or subj.ent_type_ in _HOLDER_NAMES) or _nobody(adj):
            return None
        content = next((c for c in adj.rights if c.dep_ == "ccomp"), None)
        if content is None:
            prep = next((c for c in adj.rights if c.dep_ == "prep" and c.lower_ in ("about", "of")), None)
            content = next((o for o in prep.children if o.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        source = self.subject(adj.head) if content is not None else None
        if source is None:
            return None
        start, end = self.span_of([content])
        cue = Cue(adj.idx, adj.idx + len(adj), self.text[adj.idx:adj.idx + len(adj)], adj.lemma_.lower(), "neutral")
        return self.finish(start, end, cue, source, adj)

    def holder(self, adj: Token) -> Ref | None:
        """Who holds an attitude: the subject of `they are wary of …` (and of `they are
        confident and wary of …`), or the noun an adjective phrase follows (`voters wary of
        the plan`, `a mayor willing to talk`); None for any other place in the parse."""
        if adj.dep_ == "acomp":
            return self.subject(adj.head)
        if adj.dep_ == "conj" and adj.head.dep_ == "acomp":
            return self.subject(adj.head.head)
        if adj.dep_ == "amod" and adj.head.i < adj.i and adj.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return self.phrase(adj.head, stop=adj.left_edge)
        return None

    def adverb_claim(self, tok: Token) -> _Draft | None:
        entry = lookup(tok.lemma_, "ADV")
        if entry is None or tok.head.i == tok.i:
            return None
        start, end = self.span_of([tok.head])  # "who allegedly assaulted a reporter": that clause, not the sentence
        return self.finish(start, end, self.cue_of(tok, entry), None, tok)

    def according(self, tok: Token) -> _Draft | None:
        """`according to X, …`: X's claim; but right after a verb (an adverb between allowed),
        with a plan, a rule or a like standard after it (``_NORMS``), it says how a thing was done,
        no one's claim (`the work went according to plan`, `the fee was set according to the
        rules`; PolNeAR train: none of 5 "according to" right after a verb is a cue). A bare noun
        otherwise is a source: `retreated according to intelligence`, `fell according to staff`."""
        prev = tok.i - 1
        while prev >= 0 and self.doc[prev].pos_ == "ADV":
            prev -= 1
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        obj = next((c for c in nxt.children if c.dep_ == "pobj"), None) if nxt is not None else None
        if (prev >= 0 and self.doc[prev].pos_ == "VERB" and obj is not None and not self.in_quote(tok)
                and obj.lemma_.lower() in _NORMS):
            return None
        to = next((c for c in tok.children if c.lower_ == "to" and c.i > tok.i), None)
        if to is None and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
            to = self.doc[tok.i + 1]
        if to is None:
            return None
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        return self.around(tok, to, pobj, "according to")

    def in_study(self, tok: Token) -> _Draft | None:
        """`In the latest poll, the mayor leads by five points`: the poll is the source of the
        clause, unless a reporting verb of the clause names its own ("In a report, X said …")."""
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.lemma_.lower() in _VIEWS and tok.head.pos_ in ("VERB", "AUX"):
            return self.in_view(tok, pobj)
        if pobj is None or pobj.lemma_.lower() not in _STUDIES or tok.head.pos_ not in ("VERB", "AUX"):
            return None
        if lookup(_lemma(tok.head, "VERB"), "VERB") is not None:
            return None
        if tok.i > tok.head.i and (clause := self.clause_of(tok)) is not None:
            # "…, where the mayor has led in the polls but …": what the polls show is that clause
            start, end = clause
            entry = lookup("in", "ADP")
            if entry is not None and end > start:
                cue = Cue(tok.idx, tok.idx + len(tok), self.text[tok.idx:tok.idx + len(tok)], entry.lemma, entry.stance)  # type: ignore[arg-type]
                return self.finish(start, end, cue, self.phrase(pobj), tok)
        return self.around(tok, tok, pobj, "in")

    def clause_of(self, prep: Token) -> tuple[int, int] | None:
        """The clause a phrase after its verb hangs on, without the phrase itself and without
        what the clause joins on (`Sanders has sagged` of `…, when Sanders has sagged in the
        polls and is …`; `Clinton led Sanders 2-1` of `Clinton led Sanders 2-1 in the poll`),
        climbing from an infinitive to the verb with the subject (`Clinton continues to lead`);
        None when that verb has no subject of its own before it, or only a relative pronoun."""
        verb = prep.head
        while verb.dep_ == "xcomp" and verb.head.i < verb.i:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < verb.i), None)
        if subj is None or subj.lower_ in _RELATIVES or subj.tag_ in _WH_TAGS:
            return None
        last, todo = verb, [verb]
        while todo:
            for c in todo.pop().rights:
                if c.i != prep.i and c.dep_ not in _JOINED:
                    last = max(last, c, key=lambda t: t.i)
                    todo.append(c)
        return self.trimmed(subj.left_edge.idx, last.idx + len(last))

    def in_view(self, tok: Token, pobj: Token) -> _Draft | None:
        """`In the senator's view, the plan is a trap`: the clause around the phrase is the
        possessor's view. A view needs someone's possessive ("in the public eye" is none), is
        one view ("divided in their opinions of him" is no source) and stands in no reported
        clause (`she says X was right in her view`: the view is hers within what she says)."""
        poss = next((c for c in pobj.children if c.dep_ == "poss"), None)
        if poss is None or pobj.tag_ != "NN" or any(c.dep_ == "prep" for c in pobj.children):
            return None
        if any(_reporting_verb(a) for a in tok.ancestors):
            return None
        draft = self.around(tok, pobj, pobj, "in")
        if draft is not None:
            draft.source = self.possessor(pobj, poss)
        return draft

    def viewpoint(self, tok: Token) -> _Draft | None:
        """`To many, the plan is a trap` and `by one estimate, the fire cost $2 million`: whose
        view or reckoning the clause is. "To" opens the sentence and names a speaker (a name or
        a pronoun) before a comma (not "To date, …", "To that end, …"); "by" takes a reckoning
        of its own (`_RECKONINGS`), not a standard ("by any standard")."""
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or tok.head.pos_ not in ("VERB", "AUX") or lookup(_lemma(tok.head, "VERB"), "VERB") is not None:
            return None
        if tok.lower_ == "by":
            if pobj.lemma_.lower() not in _RECKONINGS:
                return None
        else:
            first = next((t for t in tok.sent if not (t.is_punct and t.is_quote) and not t.is_space), None)
            after = pobj.right_edge.i + 1
            if first is None or first.i != tok.i or after >= len(self.doc) or self.doc[after].text != ",":
                return None
            if pobj.lower_ not in _VIEWERS and pobj.ent_type_ not in ("PERSON", "ORG", "NORP"):
                return None
        return self.around(tok, tok, pobj, tok.lower_)

    def around(self, first: Token, last: Token, pobj: Token | None, lemma: str) -> _Draft | None:
        """A source phrase inside a sentence (`first` … `last`, then its object): the content is
        the larger side of the sentence (for "according to", of its ``scope``) around it, or all
        of it when both sides are long."""
        entry = lookup(lemma, "ADP")
        if entry is None:  # the lexicon file no longer lists it
            return None
        phrase_end = (pobj.right_edge.idx + len(pobj.right_edge)) if pobj is not None else last.idx + len(last)
        name = self.stray_name(pobj.right_edge) if pobj is not None and _a_role(pobj) else None
        if name is not None:  # `according to the firm's lawyer, Ms. Abigail Stern, the contract …`
            phrase_end = name[0]
        lo, hi = self.scope(first) if lemma == "according to" else (first.sent.start_char, first.sent.end_char)
        before = self.trimmed(lo, first.idx)
        after = self.trimmed(phrase_end, hi)
        size = lambda b: b[1] - b[0]  # noqa: E731
        start, end = before if size(before) >= size(after) else after
        if size(before) > 0 and size(after) > 0 and min(size(before), size(after)) > 40:
            start, end = self.trimmed(lo, hi)
        split = lemma == "according to" and size(before) > 0 and size(after) > 0 and self.splits_its_clause(
            first, phrase_end, before, after)
        if split:  # `The budget, according to the ministry, will rise`: one content in two pieces
            start, end = before[0], after[1]
        elif lemma == "according to" and size(before) > 0 and size(after) > 0:
            # between two joined clauses, the side it hangs on, however short the side
            start, end = self.vouched_side(first, (start, end), before, after)
        source = self.phrase(pobj) if pobj is not None else None
        if source is not None and name is not None and source.end < name[0]:
            source = replace(self.ref(source.start, name[0]), entity=name[1])
        cue_end = last.idx + len(last)
        cue = Cue(first.idx, cue_end, self.text[first.idx:cue_end], entry.lemma, entry.stance)  # type: ignore[arg-type]
        draft = self.finish(start, end, cue, source, first)
        if split and draft is not None and (draft.start, draft.end) == (start, end):
            draft.pieces = (before, after)
        return draft

    def splits_its_clause(self, first: Token, phrase_end: int, before: tuple[int, int],
                          after: tuple[int, int]) -> bool:
        """`according to X` set off by commas between a clause's subject and its verb (`The
        budget, according to the ministry, will rise by 5%`), as an attribution interrupts a
        content (``around_attribution``): the subject ends the side ``before``, the verb opens
        the side ``after``."""
        if not (self.text[:first.idx].rstrip().endswith(",") and self.text[phrase_end:].lstrip().startswith(",")):
            return False
        verb = first.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")), None)
        return (subj is not None and before[0] <= subj.left_edge.idx and subj.idx < before[1]
                and after[0] <= verb.idx < after[1])

    @staticmethod
    def vouched_side(first: Token, whole: tuple[int, int], before: tuple[int, int],
                     after: tuple[int, int]) -> tuple[int, int]:
        """Of a sentence on both sides of `according to X`, the side that holds the clause
        the phrase hangs on: its verb with what it governs save what joins on it (``_JOINED``).
        `Hale leads by 40 delegates, according to a count, but Ruiz has vowed to fight on`: the
        first, though the other is longer; ``whole`` (what the sides' lengths chose) when that
        clause lies on both sides (PolNeAR train: +6 contents
        matched, 2 wrong ones fewer; dev unchanged)."""
        verb = first.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        skip = {t.i for t in first.subtree}
        core, todo = [verb], [verb]
        while todo:
            for c in todo.pop().children:
                if c.i not in skip and c.dep_ not in _JOINED:
                    core.append(c)
                    todo.append(c)
        if all(t.idx < before[1] for t in core):
            return before
        if all(t.idx >= after[0] for t in core):
            return after
        return whole

    def scope(self, first: Token) -> tuple[int, int]:
        """The stretch ``[start, end)`` that `according to X` vouches for: the relative clause
        it hangs in (`voters, 82 percent of whom back him according to the poll, …`), the
        parenthesis around it, else its whole sentence."""
        sent = first.sent
        verb = first.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ == "relcl" and verb.sent == sent:
            return verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
        open_at = self.text.rfind("(", sent.start_char, first.idx)
        if open_at >= 0 and ")" not in self.text[open_at:first.idx]:
            close = self.text.find(")", first.idx, sent.end_char)
            if close >= 0:
                return open_at + 1, close
        return sent.start_char, sent.end_char

    def speaker_lines(self) -> list[_Draft]:
        """`PENCE: Well, look, …` in a transcript and `Poll: Clinton ahead` in a headline:
        a short name at the start of a line, a colon, and what that speaker says. In the
        title, the name may be followed by whom or where it was said to (`Hale to Nurses: …`,
        `Hale at Rally: …`, `Hale on Tolls: …`): the name alone is the speaker, when it is a name
        (a proper noun or a named person or group: not "Countdown to Election Day: …"), and
        only on the first line with words (in the body: "Follow X on Twitter: …"); so may a role
        in lower case before the name (`Rovers boss Keogh: …`, `Fed chief Powell: …`), a
        person's role of the entity lexicon (``person_roles``) with no place or group after it
        (not `Player ratings Leeds: …`)."""
        out = []
        title = _LINE.search(self.text)  # the first line with words on it, after any blank ones
        for m in _SPEAKER_LINE.finditer(self.text):
            if (m.group("to") or m.group("role")) and (title is None or title.end() < m.start()):
                continue  # "Follow Ann Lee on Twitter: @…", "Focus on security: …": in the body, no speaker's label
            with isolated(m.start()):
                label = self.doc.char_span(m.start("src"), m.end("src"), alignment_mode="contract")
                if label is None or label.text.lower() in _NOT_SPEAKERS:
                    continue
                role = self.doc.char_span(*m.span("role"), alignment_mode="contract") if m.group("role") else None
                if role is not None and (role[-1].lemma_.lower() not in lexicon().person_roles or any(
                        t.ent_type_ in ("GPE", "ORG", "LOC", "NORP") for t in label if t.idx >= role.end_char)):
                    continue  # "Rovers boss Keogh: …" names its speaker by a role; "Match preview Leeds: …" does not
                if not _names_a_speaker(label) or m.group("to") and not any(
                        t.pos_ == "PROPN" or t.ent_type_ in _AGENTS for t in label):
                    continue  # "Countdown to Election Day: …", "Guide to the Ballot: …": a topic, no one
                start, end = self.trimmed(m.start("content"), m.end("content"))
                if len(self.text[start:end].split()) < 3 or _roster(self.text[start:end]) or self.says_who(start, end):
                    continue
                cue = Cue(m.start("cue"), m.end("cue"), ":", ":", "neutral")
                # the article's capitals, not the parser's; else what its quotation marks make it
                kind = "direct" if m.group("src").isupper() else self.kind_of(start, end)
                out.append(_Draft(start, end, cue, self.ref(m.start("src"), m.end("src")), None, kind))
        return out

    def says_who(self, start: int, end: int) -> bool:
        """`Storm Agnes: 'Worst I've seen,' says farmer`: the words after a line's label hold
        a quote with its own cue and speaker after it (a reporting verb right after the quote's
        close, its subject after it on the line), so the label is the topic, not the speaker."""
        span = self.doc.char_span(start, end, alignment_mode="contract")
        return span is not None and any(
            _verb_entry(t) is not None and self.after_quote(t) and (any(
                c.dep_ == "nsubj" and c.i > t.i and c.idx < end for c in t.children) or (
                (noun := self.noun_after(t)) is not None and noun.idx < end)) for t in span)

    def headline_verbs(self) -> list[_Draft]:
        """`Senator Backs Harbour Plan And Denounces Tolls`: in a headline in title case the
        parser takes a cue verb's -s form for a name or a plural noun. Such a word after a
        name (or after "And" or a comma following one such verb), and not before another
        verb ("Leaked Documents Reveal …"), is the cue: the words before the first of them on
        the line (after a label's colon or a lead-in's comma: "Railing Against Tolls, Senator
        Vows …") are the source, those up to the next one its content."""
        out: list[_Draft] = []
        for m in _LINE.finditer(self.text):
            words = _CAPITALISED.findall(m.group())
            if len(words) < 4 or sum(w[0].isupper() for w in words) < 0.7 * len(words):
                continue
            line = self.doc.char_span(m.start(), m.end(), alignment_mode="contract")
            if line is None:
                continue
            with isolated(m.start()):
                verbs = [(t, e) for t in line[1:-1] if (e := self._headline_verb(t)) is not None]
                if not verbs or not self._headline_subject(verbs[0][0].nbor(-1)):
                    continue
                lead = max(self.text.rfind(sep, m.start(), verbs[0][0].idx) for sep in (": ", ", "))
                src_start, src_end = self.trimmed(lead + 2 if lead >= 0 else m.start(), verbs[0][0].idx)
                if src_end <= src_start:
                    continue
                ends = [t.idx for t, _ in verbs[1:]] + [m.end()]
                for (tok, entry), end in zip(verbs, ends):
                    if tok.i > verbs[0][0].i and tok.nbor(-1).lower_ not in ("and", ","):
                        break
                    start, end = self.trimmed(tok.idx + len(tok), end)
                    if end > start and self.text[end - 4:end].lower() == " and":
                        end = self.trimmed(start, end - 4)[1]
                    if end > start:
                        out.append(_Draft(start, end, self.cue_of(tok, entry), self.ref(src_start, src_end), tok,
                                          self.kind_of(start, end)))
        return out

    @staticmethod
    def _headline_verb(tok: Token) -> CueEntry | None:
        """The cue entry of a word in a title-case headline that is a cue verb's -s form
        the parser took for a noun or name, or None."""
        if tok.pos_ not in ("NOUN", "PROPN") or not tok.is_title or not tok.lower_.endswith("s"):
            return None
        after = tok.nbor(1)
        if tok.ent_iob_ == "I" and tok.ent_type_ in _PLACE_NAMES or after.pos_ in ("VERB", "AUX") or lookup(
                cue_lemma(after.lower_, after.lower_, "VERB"), "VERB") is not None:
            return None  # "Leaked Documents Reveal …": the plural is the subject of the verb after it
        entry = lookup(cue_lemma(tok.lower_, tok.lower_, "VERB"), "VERB")
        return entry if entry is not None and set(entry.frames) & set("coi") else None

    @staticmethod
    def _headline_subject(tok: Token) -> bool:
        """The word before a headline's verb ends its subject: a name or noun, not a possessor."""
        return tok.pos_ in ("PROPN", "NOUN") and not tok.text.endswith(("’s", "'s")) and tok.tag_ != "POS"

    # --- pass 2: quotes nobody has claimed ----------------------------------------------

    def from_quotes(self, drafts: list[_Draft]) -> list[_Draft]:
        """Direct quotes for the quoted passages no claim of pass 1 covers; a quote with no cue
        anywhere near is a speaker going on, credited to the previous claim's source."""
        out: list[_Draft] = []
        taken: SpanIndex[None] = SpanIndex((d.start, d.end, None) for d in drafts)
        last = _LastBefore(drafts)
        for q in self.quotes:
            with isolated(q.start):
                if taken.overlapping(q.start, q.start + 1) or taken.overlapping(q.end - 1, q.end):
                    continue
                words = len(re.findall(r"\w+", self.text[q.start:q.end]))
                cue_tok = self.introducer(q)
                if not self.stands_alone(q) and (cue_tok is None or not self.follows(cue_tok, q)
                                                 or self.inside_phrase(cue_tok, q)):
                    # a phrase in quotes inside a sentence: the verb it hangs on reports it
                    governed = self.governed(q)
                    if governed is not None and not taken.overlapping(governed.start, governed.end):
                        out.append(governed)
                        last.add(governed)
                        taken.add(governed.start, governed.end, None)
                        continue
                    if cue_tok is None:
                        continue
                lead = slot = None
                if cue_tok is None:
                    cue_tok = self.quote_cue(q)
                if cue_tok is None:
                    cue_tok = slot = self.speech_slot(q)
                if cue_tok is None:
                    lead = self.lead_in(q)
                    if lead is not None and _verb_entry(lead) is not None:
                        cue_tok, lead = lead, None  # `Ms. Roy agreed. "…"`: a reporting verb is the cue
                    elif lead is not None and self.bare_before_colon(lead, q):
                        cue_tok = slot = lead  # `Ms. Klein gloated: "…"`: how it was said
                        lead = None
                least = 1 if cue_tok is not None and self.utterance(q) else 2  # `"Absolutely," he said`
                if words < (least if cue_tok is not None or lead is not None else _MIN_QUOTE_WORDS):
                    continue
                cue, source = None, None
                if cue_tok is not None:
                    entry = _verb_entry(cue_tok)
                    particle = _particle_after(slot) if slot is not None else None  # `"…," she shot back`
                    if entry is None and slot is not None:  # `"…," gloated the chairman`: the slot makes it a cue
                        lemma = _lemma(slot, "VERB")
                        entry = CueEntry(f"{lemma} {particle.lower_}" if particle else lemma, "VERB", "neutral", "q")
                    if entry is not None:
                        cue = self.cue_of(cue_tok, entry, particle)
                    else:
                        cue = Cue(cue_tok.idx, cue_tok.idx + len(cue_tok), self.text[cue_tok.idx:cue_tok.idx + len(cue_tok)],
                              cue_tok.lower_, "neutral")
                    source = self.subject(cue_tok) if entry is not None else self.dash_source(q)
                elif lead is not None:  # `Mr. Hale gloated: "…"`: its speaker, though the verb is no cue
                    source = self.subject(lead)
                else:
                    prev = last.before(q.start)
                    if prev is not None and self.goes_on(prev, q.start, q.end):
                        prev.pieces = (*self.pieces_of(prev), *q.pieces)
                        prev.end, prev.kind = q.end, "direct" if prev.kind == "direct" else "mixed"
                        taken.add(prev.start, prev.end, None)
                        continue
                    if prev is not None and not self.attributed_after(q):
                        source = prev.source
                out.append(_Draft(q.start, q.end, cue, source, cue_tok, "direct",
                                  inferred=cue_tok is None and lead is None))
                last.add(out[-1])
                taken.add(q.start, q.end, None)
        return out

    def joined_on_one_cue(self, drafts: list[_Draft]) -> list[_Draft]:
        """`thanked its members “for their support”`, `embraced the tactic -- "I think it
        works"`, `said the goal was not to “win” but to “heal”`: two contents of one cue that
        touch (nothing but spaces, commas, dashes or a "but"/"and"/"yet" between them) are one
        thing said, cut in two where a quote begins; they become one claim, its kind read from
        the joined span. So are two direct quotes of one cue, the first breaking off for it, with
        that cue and its speaker between them (`"…," said X, who has …. "…"`, the speaker's
        description too long for one interrupted quote: ``goes_on``); and two after the cue
        with a few words of one phrase between them (``words_of_a_phrase``: `blamed the
        "perfect storm" [for] the collapse`, `branding the referee [as a] "disgrace"`; PolNeAR
        train 8 claims fewer, -1 content matched, F1 +0.0001; dev 1 claim fewer, none lost).
        Drafts in text order."""
        out: list[_Draft] = []
        for d in sorted(drafts, key=lambda d: (d.start, d.end)):
            prev = out[-1] if out else None
            if (prev is not None and prev.cue is not None and d.cue is not None and prev.cue.start == d.cue.start
                    and prev.end <= d.start and (_TOUCHING.fullmatch(self.text[prev.end:d.start]) or (
                        prev.kind == d.kind == "direct" and breaks_off(self.text, self.pieces_of(prev)[-1])
                        and self.goes_on(prev, d.start, d.end))
                        or prev.cue.start < prev.start and self.words_of_a_phrase(prev.end, d.start))):
                both_direct = prev.kind == d.kind == "direct"
                prev.pieces = (*self.pieces_of(prev), *self.pieces_of(d)) if both_direct else ()
                prev.end = d.end
                prev.kind = "direct" if both_direct else self.kind_of(prev.start, prev.end)
                continue
            out.append(d)
        return out

    def attributed_after(self, q: Quote) -> bool:
        """The quote breaks off for words of its sentence after it (`"…," harrumphed X`, `"…,"
        came the reply`): an attribution of its own, though no cue was read in it, so it is no
        speaker going on from an earlier claim."""
        end = q.pieces[-1][1]
        if not breaks_off(self.text, q.pieces[-1]):
            return False
        span = self.doc.char_span(end - 1, end, alignment_mode="expand")
        sent_end = span[-1].sent.end_char if span else end
        return re.search(r"[^\W\d_]", self.text[end:sent_end].split("\n", 1)[0]) is not None

    def goes_on(self, prev: _Draft, start: int, end: int) -> bool:
        """A quote beginning at ``start`` goes on from the claim before it, whose cue and speaker
        stand between them in the paragraph (`"…," she said. "…"`, `The plan "…," said X. "…"`):
        PolNeAR takes the two for one attribution, the quote a piece of its content. Said of a
        quote with no cue of its own, and of one whose cue is the claim's own; not of one that
        hangs on another word in between (`"…," he said before adding: "…"`, `"…," she said,
        calling him "…"`): that word reports it, or it is a phrase of that word's. The quote may
        open the next paragraph when the claim is a direct quote whose reporting verb's sentence
        ends its own (`"…," she said.¶"…"`): polnear-train, 33 claims fewer for 2 right ones
        (content F1 +0.0006), dev +0.0002."""
        gap = self.text[prev.end:start].rstrip()
        if prev.cue is None or not prev.end <= prev.cue.start < start or "\n" in gap:
            return False
        if "\n" in self.text[prev.end:start] and not self.runs_on_past_the_break(prev, end, len(gap)):
            return False
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        tok = span[0] if span else None
        while tok is not None and tok.is_punct and tok.i + 1 < len(self.doc):
            tok = tok.nbor(1)  # the opening mark: the parser hangs it anywhere
        for _ in range(12):
            if tok is None or tok.head.i == tok.i:
                break
            tok = tok.head
            if prev.end <= tok.idx < start:
                return prev.cue.start <= tok.idx < prev.cue.end
        return True

    def runs_on_past_the_break(self, prev: _Draft, end: int, gap: int) -> bool:
        """The quote opening a paragraph and ending at ``end`` goes on from the claim before, whose
        cue's sentence ends the paragraph before (``gap``: the characters from the claim's end to
        that paragraph's end): the claim is a direct quote of a reporting verb, and nothing says
        someone else speaks next. Not after a question (`"…?" the host asked.¶"…"`): a verb of
        asking, or a last piece ending in "?" put to someone (a dative, an object, "of"/"to" a
        person: `"…?" she said to the warden`): the quote is the answer; a "?" alone is the
        speaker's own (`"Who would have believed it?" he said.¶"…"`), and so is an object alone
        (`told MSNBC`; the parser's object of "said"): polnear-train, those two would lose 10
        right pieces. Nor when the quote's own paragraph goes on with a sentence whose subject
        is no pronoun (`"…?" A fisherman wanted to know.`): the one it names spoke it."""
        cue = prev.cue_token
        if not (prev.kind == "direct" and cue is not None and _reporting_verb(cue)
                and cue.sent.end_char >= prev.end + gap):
            return False
        if cue.lemma_.lower() in _ASKING_VERBS or (last_mark(self.text, self.pieces_of(prev)[-1]) == "?" and any(
                c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("of", "to")) for c in cue.children)):
            return False
        stop = self.text.find("\n", end)
        rest = self.doc.char_span(end, len(self.text) if stop < 0 else stop, alignment_mode="expand")
        return not rest or not any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON" and end <= t.idx < rest.end_char
                                   for t in rest.doc[rest[0].sent.start:rest[-1].sent.end])

    def words_of_a_phrase(self, start: int, end: int) -> bool:
        """Whether ``start:end`` holds a few words (five at most) that only link two pieces of
        one phrase: prepositions, determiners, particles, conjunctions and commas or dashes
        (`called the draw [a] "moral victory"`, `blamed the "perfect storm" [for] the
        collapse`), no word of content (a noun or a verb opens a phrase of its own: `…, [to
        state,] "…"`), no stop, colon or semicolon, no line break."""
        gap = self.doc.char_span(start, end, alignment_mode="contract")
        if gap is None or "\n" in self.text[start:end]:
            return False
        return len(gap) <= 5 and all(t.pos_ in _LINK_POS and t.text not in (".", ";", ":") for t in gap)

    def around_one_cue(self, drafts: list[_Draft]) -> list[_Draft]:
        """`"The pitch was a disgrace," the coach said, that nobody should have played`, `The
        vote is close, she said, "closer than anyone thinks"`: two contents of one verb of
        saying (one cue, which the lexicon lets take a clause), one ending before it and one
        starting after it in its sentence, with nothing but the cue and its speaker between,
        are one attribution whose content the cue and speaker interrupt, as PolNeAR has it:
        they become one claim, its pieces the two contents. What the parser hung on the cue
        after the speaker saying where, when or by whom it was said (`"…," the treasurer said
        on Monday, in a talk titled "Sound Money"`, `"…," he said after the draw, a "bitter"
        night for the club`: ``said_around``) is no content at all and goes; a report of its
        own (`"…," he said, adding that …`) stays. PolNeAR train: 15 claims fewer, 1 content
        fewer matched (F1 +0.0003); dev 1 claim fewer, none lost (F1 +0.0002). Drafts in
        text order."""
        first: dict[int, _Draft] = {}
        for d in drafts:
            if d.cue is not None and d.end <= d.cue.start and d.cue.start not in first:
                first[d.cue.start] = d
        gone: set[int] = set()
        for d in drafts:
            prev = first.get(d.cue.start) if d.cue is not None else None
            if (prev is None or prev is d or d.start < d.cue.end or d.cue_token is None
                    or "c" not in getattr(_verb_entry(d.cue_token), "frames", "") or not self.one_sentence(prev, d)):
                continue  # only a verb of saying takes a quote before it: not "…," referring to X
            around = self.said_around(d)
            if around is None or not around and not self.only_speaker_between(prev, d):
                continue  # "…," she said, adding that …: a report of its own
            gone.add(id(d))
            if around:
                continue
            prev.pieces = (*self.pieces_of(prev), *self.pieces_of(d))
            prev.end = d.end
            prev.kind = prev.kind if prev.kind == d.kind else "mixed"
        return [d for d in drafts if id(d) not in gone]

    def one_sentence(self, before: _Draft, after: _Draft) -> bool:
        """Whether the content ``before`` ends in the sentence of the cue of ``after``, which
        ``after`` starts in, and ``before`` starts with no verb (`Asked about it, he replied, …`
        is the asking's)."""
        cue = after.cue_token
        span = self.doc.char_span(before.start, before.end, alignment_mode="expand")
        if cue is None or not span or span[0].pos_ in ("VERB", "AUX"):
            return False
        sent = cue.sent
        return sent.start_char < before.end <= sent.end_char and sent.start_char <= after.start < sent.end_char

    def only_speaker_between(self, before: _Draft, after: _Draft) -> bool:
        """Whether nothing but the cue of ``after``, its auxiliaries, its subject and
        punctuation other than a semicolon stand between the contents ``before`` and
        ``after``, neither of them is a piece of the speaker's phrase, and ``after`` is in no
        relative clause: a semicolon ends the clause before it (`The rally heard nothing of
        ''X''; the mayor called it ''Y''`); a quote inside the speaker's phrase names it (`the
        "Night Desk" host Ann Lee said …`); and a clause opened by "who", "which" or "whose"
        after the speaker says who the speaker is, wherever the parser hung it (`said the
        lab's head, Ann Lee, who co-wrote …`)."""
        cue = after.cue_token
        gap = self.doc.char_span(before.end, after.start, alignment_mode="contract")
        tail = self.doc.char_span(after.start, after.end, alignment_mode="expand")
        if cue is None or gap is None or not tail or any(t.lower_ in _RELATIVE_OPENERS for t in (*gap, tail[0])):
            return False
        speaker = {t.i for c in cue.children if c.dep_ in _SUBJECTS for t in c.subtree}
        if speaker and before.end > self.doc[min(speaker)].idx:
            return False
        return all(t.is_punct and t.text != ";" or t.is_space or t == cue or t.i in speaker
                   or t.head == cue and t.dep_ in ("aux", "neg", "advmod") for t in gap)

    def said_around(self, d: _Draft) -> bool | None:
        """Whether the content of ``d``, after its cue, is only what the parser hung on the cue
        around the saying: a phrase of its setting, a clause of when or as what (with a "as",
        "before", "while" …), a relative or participle describing the speaker or the setting.
        None when it is a report of its own hung on the cue (`adding that …`, `mentioning …`)."""
        cue = d.cue_token
        span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
        if cue is None or not span:
            return False
        if span[0].tag_ == "VBG":
            return None  # "…," he said, mentioning that …
        top = span.root
        while top.head.i != top.i and top.head != cue:
            if top.dep_ in ("relcl", "acl"):
                return True
            top = top.head
            if top.pos_ == "VERB" and not span.start <= top.i < span.end and top.head == cue:
                return None  # "…," he said before adding: "…"
        if top.head != cue:
            return False
        marks = [c.lower_ for c in top.children if c.dep_ == "mark"]
        if top.dep_ in ("advcl", "xcomp", "conj") and top.pos_ == "VERB" and not marks:
            return None
        return (top.dep_ in ("prep", "agent", "npadvmod", "nsubj") or top.dep_ == "advcl"
                or any(m not in ("that", "if", "whether") for m in marks))  # "as …", "while …", taken for a ccomp

    def pieces_of(self, d: _Draft) -> tuple[tuple[int, int], ...]:
        """What was said in a claim's span: its pieces, a joined quote's, or the whole span."""
        if d.pieces:
            return d.pieces
        same = [q for q in self._quote_index.overlapping(d.start, d.end) if (q.start, q.end) == (d.start, d.end)]
        return same[0].pieces if same else ((d.start, d.end),)

    def governed(self, q: Quote) -> _Draft | None:
        """`blasted Clinton as “a disgrace”`: the verb above a quoted phrase is its cue, the
        verb's complement holding the phrase (with the object before it) its content."""
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if not span:  # None, or empty: the characters are a token's trailing space
            return None
        tops = [t for t in span if not span.start <= t.head.i < span.end]
        if not tops:
            return None
        child, verb = tops[0], tops[0].head
        for _ in range(6):
            if verb.pos_ == "VERB" or verb.head.i == verb.i:
                break
            child, verb = verb, verb.head
        if verb.pos_ != "VERB" or child.i < verb.i or self.in_quote(verb) or child.dep_ in _SUBJECTS:
            return None
        entry = lookup(_lemma(verb, "VERB"), "VERB")
        if entry is None and _names_inside_a_phrase(tops):
            return None
        source = self.subject(verb)
        if source is None:
            return None
        objs = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < child.i]
        start, end = self.span_of(objs + [child])
        if entry is None and self.term_in_quotes(q, start, end, verb, tops):
            return None
        entry = entry or CueEntry(verb.lemma_, "VERB", "other", "")
        return self.finish(start, end, self.cue_of(verb, entry), source, verb)

    def term_in_quotes(self, q: Quote, start: int, end: int, verb: Token, tops: list[Token]) -> bool:
        """A short quoted phrase under a verb that reports nothing is a term, a title or a scare
        quote, not anyone's words: one or two words set in a noun phrase that begins before the
        quote (`wore a “spouse's pin”`, `coined the term ''bimbo eruptions''`, `turned to the
        "fiscal hawks"`), a single word however set (`stayed "neutral"`, `being ''strong''`), or, the
        quote being the whole content, a title of up to ``_MIN_QUOTE_WORDS`` words (`enjoys “Modern
        Family”`, `went on to perform "Bridge Over Troubled Water"`: ``_title_cased``, in a sentence
        that is not itself a title-cased headline). Not a phrase that names what someone was called
        (`summed her up as “terrible”`), nor what a verb of writing or sending puts down (`scrawled
        "No Tolls" on the wall`, `texted her "call me"`: ``_WRITES``), however short; nor two words
        that are no noun phrase (`muttered "not again" at the desk`), nor a whole content in lower
        case (`helped develop "new and better ideas."`). ``start``, ``end``: the content the quote
        would give; ``verb``: the verb above the quote; ``tops``: the quote's tokens whose heads lie
        outside it. PolNeAR train: such quotes gave 30 right claims of 105 (0.29) before the
        noun-phrase, title and writing tests."""
        words = re.findall(r"\w+", self.text[q.start:q.end])
        top = next((t for t in tops if not t.is_punct), None)
        if (top is None or not words or _lemma(verb, "VERB") in _WRITES
                or any(t.lower_ == "as" and t.dep_ == "prep" for t in (top, top.head))):
            return False
        if len(words) == 1:
            return True
        if self.kind_of(min(start, q.start), max(end, q.end)) == "direct":
            return len(words) <= _MIN_QUOTE_WORDS and _title_cased(words) and not _title_cased(
                [t.text for t in top.sent if t.is_alpha and not q.start <= t.idx < q.end])
        return len(words) == 2 and (top.left_edge.idx < q.start
                                    or top.head.pos_ in ("NOUN", "PROPN") and top.head.idx < q.start)

    def follows(self, cue: Token, q: Quote) -> bool:
        """The quote is what the cue says (`said "…"`, `said on Monday: "…"`), not a name it gives an object (`called him "…"`)."""
        entry = _verb_entry(cue)
        if entry is None or "p" not in entry.frames:
            return True  # "told reporters: "…"": the object is whom it was said to
        return not any(c.dep_ in ("dobj", "dative", "oprd") and cue.i < c.i and c.idx < q.start
                       for c in cue.children)

    def inside_phrase(self, cue: Token, q: Quote) -> bool:
        """`pushed his promise of "free college"`, `has seen this sort of "cover-up"`: the quote
        is a piece of a noun phrase that begins before it, not what the cue says: the phrase,
        quote and all, is the content (``governed``)."""
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if not span:
            return False
        tok = next((t for t in span if not span.start <= t.head.i < span.end), None)
        while tok is not None and tok.head.i != tok.i and tok.head.i != cue.i:
            tok = tok.head
            if tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.left_edge.idx < q.start:
                return True
        return False

    def utterance(self, q: Quote) -> bool:
        """A quote that stands alone and closes with its own punctuation (`"Absolutely," he
        said`, `"Out!" the crowd yelled`): something said, however short, not a name in quotes
        opening a line (`'Time' names its person of the year`)."""
        return self.stands_alone(q) and self.text[q.start:q.end].rstrip("\"'”’").rstrip()[-1:] in (",", ".", "!", "?")

    def stands_alone(self, q: Quote) -> bool:
        """A quote that is a sentence or paragraph of its own, not a phrase in scare quotes: after
        a sentence's end, or after a quote that ends one when it opens with a capital (`"Will
        prices rise?" "Almost certainly," said …`: a question and its answer; not `He asked "Why
        now?" "in a rage," witnesses said`, a phrase of the sentence)."""
        before = self.text[:q.start].rstrip(" \t")
        return not before or before[-1] in "\n.:!?—–-" or (
            before[-1] in _CLOSING_MARKS and before.rstrip(_CLOSING_MARKS)[-1:] in (".", "!", "?")
            and self.text[q.start:q.start + 3].lstrip(_CLOSING_MARKS + "“‘")[:1].isupper())

    def introducer(self, q: Quote) -> Token | None:
        """The reporting verb right before a quote in its sentence: `said "…"`, `told reporters: "…"`."""
        span = self.doc.char_span(q.start, q.start + 1, alignment_mode="expand")
        if not span:
            return None
        seen = 0
        for tok in reversed(self.doc[max(0, span[0].i - 12):span[0].i]):
            if "\n" in tok.text or tok.text in (".", "!", "?") or self.in_quote(tok):
                return None
            if tok.is_punct:
                continue
            if _reporting_verb(tok):
                return tok
            seen += 1
            if seen >= 7:
                return None
        return None

    def quote_cue(self, q: Quote) -> Token | None:
        """The reporting verb of a quote: in its interruption, then beside it in its
        sentence, then a colon introduction just before it, then a dash credit after it."""
        doc = self.doc
        for gs, ge in q.gaps():
            cue = self.best_cue(doc.char_span(gs, ge, alignment_mode="expand"), q)
            if cue is not None:
                return cue
        first = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
        last = doc.char_span(q.end - 1, q.end, alignment_mode="expand")
        if last:  # `"You winning?" she said`: the parser often cuts after the ?
            near = [t for t in doc[last[-1].i + 1:last[-1].i + 6] if not t.is_punct]
            cue = next((t for t in near[:4] if _reporting_verb(t) and not self.in_quote(t)), None)
            if cue is not None and "\n" not in self.text[q.end:cue.idx]:
                return cue
        for span in (last, first):
            if not span:  # an empty span: a quote left open runs to a trailing space
                continue
            sent = span[0].sent
            cue = self.best_cue(sent, q)
            if cue is not None:
                return cue
        before = self.text[:q.start].rstrip()
        if before.endswith(":") and first:
            i = first[0].i - 1
            while i >= 0 and doc[i].text.strip() in ("", ":"):
                i -= 1
            if i >= 0:
                cue = self.best_cue(doc[i].sent, q)
                if cue is not None:
                    return cue
        after = re.match(r"\s*[―—–-]\s*", self.text[q.end:])
        if after and last:
            dash = doc.char_span(q.end + after.start(), q.end + after.end(), alignment_mode="expand")
            if dash and dash[0].text.strip():
                return dash[0]
        return None

    def bare_before_colon(self, verb: Token, q: Quote) -> bool:
        """`Ms. Klein gloated: "…"`: a verb with its subject, nothing but the colon (and
        punctuation) between it and the quote, no object, clause or infinitive of its own: the
        manner of the saying, a cue whether or not the lexicon lists it."""
        rest = self.doc[verb.i + 1:]
        nxt = next((t for t in rest if not t.is_space), None)
        return (nxt is not None and nxt.text == ":" and verb.tag_ in ("VBD", "VBZ", "VBP")
                and self.text[nxt.idx + 1:q.start].strip() == ""
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") and c.i < nxt.i for c in verb.children))

    def speech_slot(self, q: Quote) -> Token | None:
        """The verb in the place of "said" right after a quote that breaks off with a comma, ! or
        ?: `"…," gloated the chairman`, `"…," he groused`, `"…!" the fans jeered`: a verb of
        manner of speaking there names how the quote was said, whether or not the lexicon lists
        it. The verb must be in the past or present tense, with its subject right after it or
        right before it (a name, a noun phrase or a pronoun, no relative; a description with the
        name set beside it, `"…," the 19-year-old winner, Sara Lindgren, beamed`; a participle's
        phrase set off by commas, `the players, soaked to the skin, cheered`, is an aside, the verb
        after it the slot), and take no object, clause or infinitive of its own; None otherwise."""
        closing = self.text[q.start:q.end].rstrip("\"'”’ ")[-1:]
        after = self.text[q.end:q.end + 2].lstrip(" ")
        if closing not in (",", "!", "?") and not after.startswith(","):
            return None
        last = self.doc.char_span(q.end - 1, q.end, alignment_mode="expand")
        if not last:
            return None
        i = last[-1].i + 1
        while i < len(self.doc) and self.doc[i].text == ",":
            i += 1
        window = [t for t in self.doc[i:i + 12] if not self.in_quote(t)]
        verb = next((t for t in window if t.pos_ == "VERB" or t.i == i and self.verb_taken_for_modifier(t)), None)
        aside: set[int] = set()
        if verb is not None and verb.right_edge.i + 2 < len(self.doc) and (
                (nxt := self.doc[verb.right_edge.i + 2]) in window and self.participle_aside(nxt) == verb):
            # `"…," the players, soaked to the skin, cheered`: a participle's aside on the subject, the verb after it
            aside.update(range(verb.i - 1, verb.right_edge.i + 2))
            verb = nxt
        if verb is None or "\n" in self.text[q.end:verb.idx] or verb.tag_ not in ("VBD", "VBZ", "VBP") and not (
                verb.tag_ == "VBN" and self.speaker_between(verb) is not None  # `"…," Lindgren, 19, beamed`
                or self.verb_taken_for_modifier(verb)):  # `"…," huffed resident Moira Tate`: read as her adjective
            return None
        particle = _particle_after(verb)
        speaker = self.noun_at((particle or verb).i + 1)  # `"…," fired back the league's chief`
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") and c.i > verb.i and c != speaker
               for c in verb.children):
            return None  # "…," he told them that …: a content of its own
        before = self.doc[i:min(aside, default=verb.i)]
        if before and not (all(t.pos_ in ("DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM") or t.text in (".", ",", "-")
                               or t.pos_ == "ADV" and t.head.pos_ == "ADJ" for t in before)  # "a visibly emotional …"
                           and before.root.dep_ == "nsubj" and (before.root.head == verb or before.root.head.i in aside)
                           and before.root.tag_ not in _WH_TAGS
                           or self.speaker_between(verb) is not None):
            return None
        if not before and speaker is None:
            return None
        return verb

    @staticmethod
    def verb_taken_for_modifier(tok: Token) -> bool:
        """`"…," huffed resident Moira Tate`: a past tense (a word in -ed that the lemmatizer
        knows as no adjective: ``known_words``; manner verbs, "huffed", "beamed", "scoffed", are
        none, "frustrated", "retired", "armed" are) that the tagger read as an adjective, a noun
        or a participle on a name that is no verb's subject (not `"…," excited fans shouted`)."""
        word = tok.lower_
        return (tok.tag_ in ("JJ", "NN", "VBN") and word.endswith("ed") and len(word) >= 5
                and tok.dep_ in ("amod", "compound") and tok.head.dep_ not in ("nsubj", "nsubjpass")
                and word not in known_words(tok.doc, "adj"))

    def best_cue(self, span: SpacySpan | None, q: Quote) -> Token | None:
        """The reporting verb nearest the quote, outside every quote."""
        if span is None:
            return None
        best = None
        edges = [e for piece in q.pieces for e in piece]  # `"…," grumbled X, who has opposed …. "…"`: nearest a piece
        for tok in span:
            if not _reporting_verb(tok) or self.in_quote(tok):
                continue
            dist = min(abs(tok.idx - e) for e in edges)
            if best is None or dist < best[0]:
                best = (dist, tok)
        return best[1] if best else None

    def lead_in(self, q: Quote) -> Token | None:
        """The verb of the sentence that introduces a quote from before it: any verb with a
        subject before a colon (`Mr. Hale gloated: "…"`, even across a paragraph break: its
        subject speaks, and it is the quote's cue when it is a reporting verb or stands right
        before the colon with nothing of its own, ``bare_before_colon``), or a
        reporting verb that reports nothing of its own in the quote's paragraph (`Ms. Roy
        agreed. "…"`); None otherwise, the quote then going on from the claim before it."""
        before = self.text[:q.start].rstrip()
        colon = before.endswith(":")
        if not before or not colon and "\n" in self.text[len(before):q.start]:
            return None
        end = self.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        if not end:
            return None
        sent = end[-1].sent
        if not colon and self.described_speaker(sent):
            return sent.root  # `The minister was defiant. "…"`: the one described speaks
        verbs = [t for t in sent if t.pos_ == "VERB" and not self.in_quote(t) and any(
            c.dep_ == "nsubj" and c.lower_ not in ("it", "there") for c in t.children)]
        if not verbs:
            return None
        verb = sent.root if sent.root in verbs else verbs[-1]
        if colon or _reporting_verb(verb) and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
            return verb
        return None

    def described_speaker(self, sent: SpacySpan) -> bool:
        """`Coach Jim Tate was blunt.`, `The minister was defiant.`, `She sounded weary.`: a short
        sentence (``_DESCRIPTION_WORDS`` words at most) that only describes a person — a name, a
        noun for a person (``_person_noun``) or "he"/"she" as the subject of ``_DESCRIBING``
        with a bare adjective —, setting up the quote after it as that person's words."""
        root = sent.root
        words = [t for t in sent if not t.is_punct]
        if len(words) > _DESCRIPTION_WORDS or root.lemma_ not in _DESCRIBING or self.in_quote(root):
            return False
        subj = [c for c in root.children if c.dep_ == "nsubj"]
        adj = [c for c in root.children if c.dep_ == "acomp" and c.pos_ == "ADJ"]
        rest = [c for c in root.children if c.dep_ not in ("nsubj", "acomp", "punct", "advmod", "cc")]
        return (len(subj) == 1 and len(adj) == 1 and not rest and all(c.dep_ == "advmod" for c in adj[0].children)
                and (subj[0].ent_type_ == "PERSON" or _person_noun(subj[0]) or subj[0].lower_ in ("he", "she")))

    def dash_source(self, q: Quote) -> Ref | None:
        """`"…" ― Jane Doe`: the name after the dash."""
        m = re.match(r"\s*[―—–-]\s*([^\n,(]+)", self.text[q.end:])
        if not m:
            return None
        start, end = self.trimmed(q.end + m.start(1), q.end + m.end(1))
        return self.ref(start, end) if end > start else None

    # --- pass 3: wire credits -------------------------------------------------------------

    def credits(self) -> list[_Draft]:
        out = []
        for m in _CREDIT_LINE.finditer(self.text):
            with isolated(m.start()):
                src = self.trimmed(m.start("src"), m.end("src"))
                cue = Cue(m.start("cue"), m.end("cue"), m.group("cue"), "contribute", "neutral")
                out.append(_Draft(m.start("obj"), m.end("obj"), cue, self.ref(*src), None, "credit"))
        for d in self.datelines:
            if d.wire is None or d.dash is None:
                continue
            with isolated(d.start):
                line_end = self.text.find("\n", d.end)
                line_end = len(self.text) if line_end < 0 else line_end
                start, end = self.trimmed(d.end, line_end)
                if end <= start:
                    continue
                cue = Cue(*d.dash, self.text[slice(*d.dash)], "dateline", "neutral")
                out.append(_Draft(start, end, cue, self.ref(*d.wire), None, "credit"))
        return out

    # --- how each source was found -----------------------------------------------------

    @cached_property
    def noun_chunks(self) -> dict[int, SpacySpan]:
        """The document's noun chunks by their first token's index, found once (a sentence
        span's ``noun_chunks`` walks all of the document's: asked for each object cue, it made
        a long article's claims quadratic, 50,000 words took minutes)."""
        return {c.start: c for c in self.doc.noun_chunks}

    @cached_property
    def antecedents(self) -> Antecedents:
        return Antecedents(self.doc, self.index, self.phrase, self.in_quote, _person_noun)

    def resolve_sources(self, drafts: list[_Draft]) -> None:
        """Give every source its resolution (``Resolution`` in tui.analysis_model): a pronoun takes the
        entity of the phrase it refers back to (``Antecedents``), or stays ``unknown``."""
        antecedents = self.antecedents
        speakers: list[Token] = []
        resolved: dict[tuple[int, int], Ref] = {}
        for d in drafts:
            with isolated(d.start):
                src = d.source
                if src is None:
                    continue
                head = self.head_of(src)
                if d.inferred:  # the earlier claim's source, as resolved already
                    d.source = replace(resolved.get((src.start, src.end), src), resolution="inferred")
                elif head is None:
                    d.source = replace(src, resolution="named" if src.entity else "described")
                elif (head.pos_ == "PRON" or head.tag_ in ("WP", "WDT")) and not (head.is_upper and len(head) > 2):
                    # not an acronym the tagger took for a pronoun: "WHO: …"
                    ante = antecedents.relative(head) or antecedents.personal(head, speakers)
                    if ante is None:
                        d.source = replace(src, entity=None, resolution="unknown")
                    else:
                        d.source = replace(src, entity=ante.entity, resolution="pronoun",
                                           antecedent=Span(ante.start, ante.end, ante.text))
                else:
                    d.source = replace(src, resolution=self.named_or_described(head, src))
                    speakers.append(head)
                resolved.setdefault((src.start, src.end), d.source)

    def head_of(self, ref: Ref) -> Token | None:
        """The syntactic head of a source span (its token whose head lies outside it); of its
        last sentence's part when the parser split it (``stray_first_name``: "Chief | Constable
        Moira Keane")."""
        span = self.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None:
            return None
        last = next((t.i for t in reversed(span[1:]) if t.is_sent_start), span.start)
        return self.doc[last:span.end].root

    def _surname_of_person(self, eid: str, start: int, end: int) -> bool:
        """Whether the mention [start, end) of entity ``eid`` is a role word that is a person's
        surname ("Paul Farmer … Farmer said", "Minnie Driver … Driver said"): the entity is a
        person with a longer mention, or the word ends a full name earlier in the document (proper
        nouns the tagger left untagged)."""
        doc = self.doc
        entity = self.index.by_id[eid]
        if entity.label != "PERSON":
            return False
        word = self.text[start:end]
        return any(m.end - m.start > end - start for m in entity.mentions) or any(
            t.idx < start and t.text == word and t.pos_ == "PROPN" and t.ent_type_ in ("", "PERSON")
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children) for t in doc)

    def named_or_described(self, head: Token, src: Ref) -> Resolution:
        """``named`` when a name heads the source or stands beside it in apposition
        ("its chairman, Owen Pritchard"), else ``described`` ("a local official", "Abadi's spokesman")."""
        mentions = self.index.mentions_in(src.start, src.end)
        if any(eid == src.entity and e == src.end and _after_comma(self.text, s) for s, e, eid in mentions):
            return "named"  # a name closing its description, however the parser hung it: "the captain, Joe Bramwell"
        roles = lexicon().person_roles  # "Police said …", "Coach says …": a role capitalised, no name
        names = [(s, e) for s, e, eid in mentions
                 if self.index.by_id[eid].label not in _NOT_NAMES
                 and (self.text[s:e].lower() not in roles or self._surname_of_person(eid, s, e))]
        # appositions side by side, hung on a word outside the source: "– Award-winning actress Lena Marsh"
        beside = [c for c in head.head.children if c.dep_ == "appos" and c.i != head.i and src.start <= c.idx < src.end] \
            if head.dep_ == "appos" else []
        for tok in (head, *appositives(head), *beside):
            # a plural the tagger took for a name for its capital ("Residents of Lowmoor say …") names nobody
            # … or ending the source with one capitalised word of an office's title before it, no
            # name running over it ("The Home Secretary"; not "The New Hampshire Union Leader")
            compounds = [c for c in tok.children if c.dep_ == "compound"]
            bare_role = tok.lower_ in roles and (not compounds or len(compounds) == 1 and compounds[0].is_title
                                                 and compounds[0].i == tok.i - 1 and compounds[0].n_lefts == 0
                                                 and compounds[0].ent_type_ != "PERSON"
                                                 and compounds[0].lower_ not in given_names()
                                                 and tok.idx + len(tok) == src.end
                                                 and not any(s <= tok.idx < e for s, e, _ in mentions))
            if tok.pos_ == "PROPN" and not (tok.tag_ == "NNPS" and not tok.ent_type_) and not bare_role \
                    or any(s <= tok.idx < e for s, e in names):
                return "named"
        return "described"
