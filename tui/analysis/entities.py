"""Canonical entities: spaCy's named-entity mentions, cleaned and merged per document.

The model tags each mention on its own, so one thing gets several names ("The Islamic State",
"ISIS", "Daesh"), several labels (the seed's "Palmyra" is a PERSON four times although it is a
town) and boundaries that news NER conventions (CoNLL) do not use ("the", "'s", titles). This
module turns those mentions into one entity per real-world thing with one label:

- boundaries: leading determiners, possessives ("Abadi's"; not "McDonald's") and titles are
  trimmed; a name never runs across a line, a list's comma, "or", a spaced dash or a score;
  the capitalised words after a personal title are one person ("Mayor Marta Ostrowska"); the
  words an acronym in parentheses spells are one name; a company keeps its "Co." and the
  words that end company and club names ("Corvell" + "Robotics"); a photo credit glued to a
  caption ("IraqReuters") is split by character offsets, since spaCy tokens cannot be; a
  known name of ``aliases.toml`` written out is one ("Islamic" + "State"), as are a place and a
  plural ("Dallas" + "Cowboys"), a common noun and a country ("Police Scotland") and a club
  of the sports shapes ("Sheffield" + "Wednesday");
- headlines in ALL CAPS or Title Case, where capitals mark no names, keep only what the body
  names too, and datelines ("LONDON 1996-08-30") are places;
- merges: same name, acronym in parentheses after a name, a surname after a full name (when
  only one person has it), a company's first word (not an acronym before a part of its body:
  "NHS Foundation Trust"), a team's last word ("Palace"), and the alternates in ``data/aliases.toml``;
- label: by vote of the mentions, with context cues ("the town of X", "Mr X", a country's
  name, a company word at the end, an organisation noun in apposition, a region noun after it,
  a preposition of place before it, "its" after a verb of saying, a kind of land or water
  opening it: "Loch Ness") outweighing the model, because the model repeats the same
  mistake on every mention of a name; sports shapes make clubs of places (``teams``); a common
  noun opening a sentence is no name ("Gunmen kidnapped …"); a party is an organisation ("the
  Liberal Democrats"), its plural alone a people;
- recall: a name or surname the model tagged somewhere is also a mention where it was missed,
  in a headline whatever its case; so is a one-word organisation its apposition names
  ("Equity, the performers' union,").

Dates, numbers and amounts are one entity per value (every "Wednesday" of the article is one
entity with its mentions); an age ("Baxter, 58,", "a 34-year-old", "in her 70s") is a number, not a date.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from tui.analysis.antecedents import gender_words, given_names
from tui.analysis.casing import casing_unreliable_lines
from tui.analysis.datelines import PARTY, find_datelines
from tui.analysis.dates import WEEKDAYS, has_future_modal, resolve_date
from tui.analysis.faults import isolated
from tui.analysis.teams import CALENDAR_WORDS, CLUB_TAILS, Clubs, find_clubs
from tui.analysis_model import Entity, Mention
from tui.model import Article

if TYPE_CHECKING:
    from collections.abc import Container

    from spacy.tokens import Doc, Span, Token

DATA = Path(__file__).resolve().parent / "data"

VALUE_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
DETERMINERS = ("the ", "The ", "THE ", "a ", "A ", "an ", "An ")
AGE_AFTER = re.compile(r",\s*(?:aged\s+)?\d{1,3}\s*,")
SCORE_AFTER = re.compile(r"\s+\d+\s*[-–]\s*\d+$")
POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
STRONG, WEAK = 3, 1.5  # weight of a context cue against one model vote
# after "in X": X stands alone ("in Aleppo and …", "in Palmyra."), it is not "in Christian areas"
NOT_A_MODIFIER = re.compile(r"\s*(?:[,.;:)!?\n]|and\b|or\b|$)")


# a word modifying an organisation noun: no preposition, no possessive ("the club's owner" is a person)
ORG_MODIFIER = r"(?!(?:of|for|at|in|with|on|to|from|by)\b)(?![\w-]*['’]s\b)[\w'’-]+"


@dataclass(frozen=True, slots=True)
class Lexicon:
    aliases: dict[str, str]  # normalised alternate → normalised canonical name
    known_names: re.Pattern[str]  # the names of aliases.toml of two words or more, as written
    agencies: tuple[str, ...]
    titles: frozenset[str]
    person_titles: frozenset[str]  # titles after which the capitalised words are one person
    person_roles: frozenset[str]  # lower case: "spokesman", "singer", "actress" (a role, no given name)
    not_person_heads: frozenset[str]
    name_suffixes: frozenset[str]
    org_heads: frozenset[str]
    place_heads: frozenset[str]
    place_openers: frozenset[str]  # "Loch", "Mount", "Glen": first words of a natural place's name
    of_heads: frozenset[str]  # "Port", "Isle", "Bank": "<word> of <Name>" is one name
    listed_name_heads: frozenset[str]  # "Bureau", "Department": first words of a name that lists words
    joint_heads: frozenset[str]  # "Police", "Council": last words of a public body two places share
    place_nouns: frozenset[str]  # "city", "residents", "mayor": nouns of a place ("the town of", "Leeds residents")
    and_countries: re.Pattern[str]  # "Trinidad and Tobago": the countries whose names hold "and", any case
    countries: frozenset[str]  # normalised
    glued_credit: re.Pattern[str]
    place_before: re.Pattern[str]
    weak_place_before: re.Pattern[str]
    role_before: re.Pattern[str]  # "<determiner> … <person role> [of|for … ]," right before a name
    org_before: re.Pattern[str]  # "<determiner> … <organisation noun>," right before a name
    org_noun: re.Pattern[str]  # an organisation noun that is never a person's role ("union", not "rival")
    org_after: re.Pattern[str]  # ", <determiner> … <organisation noun> [of|for … ]," right after a name
    suffixed_company: re.Pattern[str]  # capitalised words, then a company suffix (_suffixed_companies)
    headed_organisation: re.Pattern[str]  # one to three capitalised words, then an org head (_headed_organisations)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The data files, read once: the rules stay in code, the words they look for stay editable."""
    aliases_raw = tomllib.loads((DATA / "aliases.toml").read_text(encoding="utf-8"))
    aliases = {}
    for canonical, alternates in aliases_raw.items():
        for alt in [canonical, *alternates]:
            aliases[normalise(alt)] = normalise(canonical)
    cues = tomllib.loads((DATA / "entity_cues.toml").read_text(encoding="utf-8"))
    agencies = tuple(sorted(cues["agencies"], key=len, reverse=True))
    agency_alt = "|".join(re.escape(a) for a in agencies)
    nouns = "|".join(re.escape(n) for n in cues["place_nouns"])
    preps = "|".join(re.escape(p) for p in cues["place_prepositions"])
    org_nouns = "|".join(re.escape(n) for n in sorted(set(cues["org_roles"]), key=lambda n: (-len(n), n)))
    org_or_person = "|".join(re.escape(n) for n in sorted({*cues["org_roles"], *cues["org_or_person_roles"]},
                                                           key=lambda n: (-len(n), n)))
    roles = "|".join(re.escape(r) for r in (*cues["person_roles"], *gender_words()))
    countries = frozenset(normalise(line) for line in (DATA / "countries.txt").read_text(encoding="utf-8").splitlines()
                          if line.strip() and not line.startswith("#"))
    and_countries = sorted((c for c in countries if " and " in c), key=lambda c: (-len(c), c))
    # longest first (a regex takes the first alternative that matches), then in alphabetical order:
    # the same pattern in every process, which tui.regex_cache finds by its text
    suffixes = "|".join(re.escape(s) for s in sorted(set(cues["name_suffixes"]) - PERSONAL_SUFFIXES,
                                                      key=lambda s: (-len(s), s)))
    heads = "|".join(re.escape(h) for h in sorted(set(cues["org_heads"]), key=lambda h: (-len(h), h)))
    known = sorted({alt for canonical, alternates in aliases_raw.items() for alt in [canonical, *alternates]
                    if " " in alt}, key=lambda n: (-len(n), n))
    return Lexicon(
        aliases=aliases,
        known_names=re.compile(r"(?<![\w'’&-])(?:" + "|".join(map(re.escape, known)) + r")(?![\w'’&-])"),
        agencies=agencies,
        titles=frozenset(t.rstrip(".") for t in cues["titles"]),
        person_titles=frozenset(t.rstrip(".") for t in cues["titles"]) - set(cues["title_modifiers"]),
        person_roles=frozenset((*cues["person_roles"], *gender_words())),
        not_person_heads=frozenset(cues["not_person_heads"]),
        name_suffixes=frozenset(cues["name_suffixes"]),
        org_heads=frozenset(cues["org_heads"]),
        place_heads=frozenset(cues["place_heads"]),
        place_openers=frozenset(cues["place_openers"]),
        of_heads=frozenset(cues["of_heads"]),
        listed_name_heads=frozenset(cues["listed_name_heads"]),
        joint_heads=frozenset(cues["joint_heads"]),
        place_nouns=frozenset(cues["place_nouns"]),
        countries=countries,
        # a dot allowed after each word: "St. Kitts and Nevis"
        and_countries=re.compile(r"(?<![\w-])(?:" + "|".join(r"[ \t]+".join(re.escape(w) + r"\.?" for w in c.split())
                                                             for c in and_countries) + r")(?![\w-])", re.IGNORECASE),
        # a capitalised word ending in a lower-case letter, then an agency with no space
        glued_credit=re.compile(rf"\b([A-Z][\w'’-]*[a-z])({agency_alt})\b"),
        place_before=re.compile(rf"\b(?:{nouns}) of (?:the )?$", re.IGNORECASE),
        weak_place_before=re.compile(rf"\b(?:{preps}) (?:the )?$"),
        role_before=re.compile(
            rf"\b(?:a|an|the|its|his|her|their|our|[\w.]+['’]s)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{roles})"
            rf"(?:\s+(?:of|for|at|to|with|in|on)\s+[^,;:\n]{{1,60}})?,\s*$", re.IGNORECASE),
        # the words between the determiner and the noun modify the noun, and the noun is no object of
        # a preposition: not "a member of the group, Okafor"
        org_noun=re.compile(rf"\b(?:{org_nouns})\b", re.IGNORECASE),
        org_before=re.compile(rf"(?<!\bof )(?<!\bfor )(?<!\bat )(?<!\bin )(?<!\bwith )\b"
                              rf"(?:a|an|the|its|their|[\w.]+['’]s?)\s+(?:{ORG_MODIFIER}\s+){{0,3}}?"
                              rf"(?:{org_nouns}),\s*$", re.IGNORECASE),
        org_after=re.compile(rf",\s*(?:a|an|the|its|their)\s+(?:{ORG_MODIFIER}\s+){{0,3}}?(?:{org_or_person})"
                             rf"(?:\s+(?:of|for|in|based in)\s+[^,;:\n]{{1,40}})?\s*[,;]", re.IGNORECASE),
        suffixed_company=re.compile(
            rf"(?<![\w.'’&-])((?:[A-Z][\w'’-]*[ \t]+(?:(?:&|and|of)[ \t]+)?){{1,4}})(?:{suffixes})(?![\w'’-])"),
        headed_organisation=re.compile(rf"(?<![\w.'’&-])((?:[A-Z][\w'’-]*[ \t]+){{1,6}})(?:{heads})(?![\w'’&-])"),
    )


def normalise(name: str) -> str:
    """The key two names of one thing share: case, dots, the apostrophe's shape, a leading
    "the" and spacing ignored."""
    key = " ".join(_straight(name).replace(".", "").split()).casefold()
    return key[4:] if key.startswith("the ") else key


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    label: str | None  # the model's label; None when a rule made the mention and cannot tell
    votes: bool = True  # False when the mention only echoes another's name (surname, repeat)
    dateline: bool = False  # the place of a dateline ("LONDON 1996-08-30", "PARIS (AFP) -")
    team: bool = False  # a place and a plural made one name ("Dallas Cowboys", ``_with_plural_teams``)


def extract_entities(doc: Doc, article: Article) -> list[Entity]:
    """The canonical entities of one article, in order of first mention (ids e1, e2, …)."""
    text = article.text
    lex = lexicon()
    names: list[_Mention] = []
    values: list[_Mention] = []
    for ent in doc.ents:
        (values if ent.label_ in VALUE_LABELS else names).append(
            _Mention(ent.start_char, ent.end_char, ent.label_))
    names, values = _with_roads(text, names, values)
    values = _weekdays_with_their_dates(text, _plain_values(text, _with_currency_signs(text, values)))
    names = _split_glued_credits(text, _with_and_countries(text, _joined_names(text, _split(text, names, lex), lex),
                                                           lex), lex)
    names, values = _numbered_names(text, names, values)
    unreliable = casing_unreliable_lines(text)
    names = _with_known_names(text, _with_plural_teams(doc, text, names, unreliable), lex)
    teams = {normalise(text[m.start:m.end]) for m in names if m.team}
    names = _suffixed_companies(text, _with_org_heads(text, names, lex), lex)
    names = _headed_organisations(doc, text, _country_bodies(doc, text, names, lex, unreliable), lex, unreliable)
    names = _expand_acronyms(text, _title_persons(text, names, lex), lex.listed_name_heads)
    nouns = known_words(doc, "noun")
    names = _shared_heads(text, _place_in_acronym(text, _place_and_team(text, names)), lex, nouns)
    sentence_starts: set[int] = set()
    dots: set[int] = set()  # offsets of dots the tokenizer kept inside a word ("Mich.", "U.S.")
    for t in doc:
        if t.is_sent_start:
            sentence_starts.add(t.idx)
        if len(t.text) > 1 and t.text.endswith("."):
            dots.add(t.idx + len(t.text) - 1)
    names = _aged_persons(text, _results_persons(text, names, lex, sentence_starts), lex)
    names = _with_first_names(doc, names, lex)
    names = _owned_institutions(doc, text, names, nouns)
    named_possessives = _possessive_names(doc, text, names)
    trimmed = []
    adjectives = known_words(doc, "adj")
    for m in _drop_titles(text, names, lex):
        with isolated(m.start):
            trimmed.append(_trim(text, m, lex, named_possessives, dots, nouns, adjectives))
    names = _disjoint(_without_party_labels(text, [m for m in trimmed if m is not None]))
    names = _with_datelines(text, _headline_names(text, _without_headings(text, _without_positional_capitals(
        doc, text, names, unreliable, article.title, lex.org_heads | lex.listed_name_heads)), unreliable, lex, nouns))
    names = _with_region_places(text, _without_headline_descriptors(text, names, lex, nouns))
    towns = _towns_with_regions(text, names, lex) | _named_with_region_nouns(text, names)
    listed_places = _listed_with_places(doc)
    clubs = find_clubs(text, lex.countries, normalise, [(m.start, m.end) for m in names if m.label == "PERSON"])
    clubs.likely |= teams
    names, values = _with_prose_clubs(text, _with_listed_clubs(text, names, clubs), values, clubs, unreliable)
    names, organisations = _organisations_by_context(doc, text, _party_names(doc, names), lex, unreliable)
    surnames = _person_surnames(text, names)
    groups = _group(text, names, lex, clubs)
    _add_missed(doc, text, groups, names + values, lex, unreliable)
    _add_title_short_names(doc, text, groups, values, lex)
    entities = []
    for members in groups:
        with isolated(members[0].start):
            label = "GPE" if any(m.dateline for m in members) else \
                _club_or(_vote(text, members, lex, unreliable, towns, listed_places, organisations), text, members,
                         clubs, surnames)
            entities.append(_entity(text, members, label))
    entities += _value_entities(doc, text, [m for m in values if not _wordless_number_in(doc, m, unreliable)],
                                article.published)
    entities.sort(key=lambda e: (e.mentions[0].start, e.mentions[0].end))
    for i, e in enumerate(entities, 1):
        e.id = f"e{i}"
    return entities


# --- boundaries ---------------------------------------------------------------------------

# labels whose names never hold a standalone number: "Pohang 3 Ulsan 2" is two clubs and a score,
# but "Euro 96", "Interstate 95" and "Apollo 11" are names
NUMBERLESS_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})
STANDALONE_NUMBER = re.compile(r"(?<!\S)(?<!\bof )(?<!\bNo )[+]?\d[\d,.]*(?:[-–:/]\d+)*(?!\S)")
LIST_BREAK = re.compile(r"[\n()]|,\s+|\s+or\s+|\s[-–—]+\s")


LOWERCASE_WORD = re.compile(r"(?<=\s)[a-z]+(?=\s)")


def _split(text: str, names: list[_Mention], lex: Lexicon) -> list[_Mention]:
    """A name never runs across a line break, a parenthesis, a list's comma or "or", a spaced
    dash, nor (for people, organisations and places) a standalone number, nor (for people) a
    lower-case word other than a particle such as "de" or "bin".

    A headline's last word is not the body's first; "World Health Organization (WHO)" is a
    name and its acronym; "Grace Road, Leicestershire" and "Mercantile or Commerce" are two
    names; "Pohang 3 Ulsan 2" two clubs. "Hanwick Motors, Inc." keeps its suffix.
    """
    out = []
    for m in names:
        cuts = [c.span() for c in LIST_BREAK.finditer(text, m.start, m.end)
                if not (c.group().startswith(",") and _suffix_at(text, c.end(), lex))]
        if m.label in NUMBERLESS_LABELS:
            cuts += [c.span() for c in STANDALONE_NUMBER.finditer(text, m.start, m.end)]
        if m.label == "PERSON":  # "J. Gillespie st Kaluwitharana"; not "Osama bin Laden"
            cuts += [c.span() for c in LOWERCASE_WORD.finditer(text, m.start, m.end)
                     if not re.fullmatch(NAME_PARTICLE, c.group().strip())]
        start = m.start
        for cut_start, cut_end in [*sorted(cuts), (m.end, m.end)]:
            piece = text[start:cut_start]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                out.append(_Mention(start + lead, start + len(piece.rstrip()), m.label))
            start = max(start, cut_end)
    return out


NAME_WORD_AT = r"[A-Z][\w'’]*"
LINKED_PLACE = re.compile(
    rf"(?<![\w'’-]){NAME_WORD_AT}(?:-{NAME_WORD_AT})*(?:(?:-(?:upon|on|under|in|en|le|la|de|sur|am|by)(?:-the)?-"
    rf"|[ \t]upon[ \t]){NAME_WORD_AT}(?:-{NAME_WORD_AT})*)+(?![\w'’-])")
"""A place whose name links capitalised words by a lower-case preposition in hyphens or by
"upon": "Stratford-upon-Avon", "Southend-on-Sea", "Barrow-in-Furness", "Stow-on-the-Wold",
"Châlons-en-Champagne", "Newcastle upon Tyne"."""

PLACE_LINK = re.compile(r"[ \t-](?:upon|on|under|sur|en|am)[ \t-]")
"""The links of ``LINKED_PLACE`` that join place names only ("Southend-on-Sea"), not also
other words ("Step-by-Step", "Commander-in-Chief", "Saint-Jean-de-Luz" only where tagged)."""

OF_GAP = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
"""What joins a head word to the name after it: "Port of Spain", "Isle of the Dead"."""

HEAD_OF = re.compile(rf"(?<![\w'’-])({NAME_WORD_AT}){OF_GAP.pattern}$")
"""A head word and "of" right before a name ("Port of" before "Spain")."""

OF_NAME = re.compile(rf"{OF_GAP.pattern}{NAME_WORD_AT}(?:[ \t]+{NAME_WORD_AT})*")
""""of" and capitalised words right after a head word ("Isle" before "of Man")."""

ROMANCE_GAP = re.compile(r"[ \t]+(?:de|del|da|do|dos|das|di)[ \t]+")
"""What joins two tagged names into one: "Rio de Janeiro", "Banco de Portugal"."""


def _joined_names(text: str, names: list[_Mention], lex: Lexicon) -> list[_Mention]:
    """Names joined by a lower-case word are one name: the model tags "Port of Spain" as the
    places "Port" and "Spain", "Stratford-upon-Avon" as a person "Stratford".

    - a ``LINKED_PLACE`` shape with a mention in it, or a ``PLACE_LINK``, is one place (the
      label of a place mention in it, else GPE), unless a word of it is a title;
    - "<Head> of <Name>", the head one word (``of_heads``; or ``place_heads`` when the model
      tagged both halves: "Gulf" + "Mexico"), is one name: both halves tagged, or a head the
      model left out before a tagged name ("Port of" + "Spain"), or a tagged head before
      capitalised words it left out ("Isle" + "of Man"). A one-word head only: "Manchester
      City of England" is a club and its country;
    - two tagged names with "de" between them ("Rio" + "de" + "Janeiro") are one.
    A joined mention has the model's label of its first half (``_vote`` reads its head word)."""
    out = sorted(names, key=lambda n: (n.start, n.end))
    for m in LINKED_PLACE.finditer(text):
        inside = [n for n in out if n.start < m.end() and n.end > m.start()]
        if not (inside or PLACE_LINK.search(m.group())) \
                or any(w in lex.titles for w in re.findall(NAME_WORD_AT, m.group())):
            continue  # "Step-by-Step" in a headline; "Commander-in-Chief" is a title
        label = next((n.label for n in inside if n.label in PLACE_LABELS), "GPE")
        out = sorted([n for n in out if n not in inside] + [_Mention(m.start(), m.end(), label)],
                     key=lambda n: (n.start, n.end))
    joined: list[_Mention] = []
    for n in out:
        prev = joined[-1] if joined else None
        gap = text[prev.end:n.start] if prev else ""
        if prev and (ROMANCE_GAP.fullmatch(gap) or OF_GAP.fullmatch(gap)
                     and text[prev.start:prev.end] in lex.of_heads | lex.place_heads):
            joined[-1] = _Mention(prev.start, n.end, prev.label)
            continue
        head = HEAD_OF.search(text, max(0, n.start - 40), n.start)
        tail = OF_NAME.match(text, n.end, n.end + 60)
        if head and head.group(1) in lex.of_heads and (prev is None or prev.end <= head.start()):
            n = _Mention(head.start(), n.end, n.label)
        elif tail and text[n.start:n.end] in lex.of_heads and not any(n.end <= o.start < tail.end() for o in out):
            n = _Mention(n.start, tail.end(), n.label)
        joined.append(n)
    return joined


def _with_and_countries(text: str, names: list[_Mention], lex: Lexicon) -> list[_Mention]:
    """A country whose name holds "and" (``countries``: "Trinidad and Tobago", "Bosnia and
    Herzegovina") is never cut at its "and": the mentions the model made of its parts, and the
    names around them, are one mention ("the Port Authority of Trinidad" + "Tobago" is one
    organisation, "Tobago Police Service" after "Trinidad and" is the "Trinidad and Tobago
    Police Service"), with the label of the name the country is part of (GPE if it is alone)."""
    out = names
    for country in lex.and_countries.finditer(text):
        s, e = country.span()
        parts = [n for n in out if n.start < e and n.end > s]
        if not country.group()[0].isupper() or not parts or any(n.start <= s and n.end >= e for n in parts):
            continue  # nothing the model made of it, or one name holds it whole
        start, end = min(s, *(n.start for n in parts)), max(e, *(n.end for n in parts))
        wider = [n for n in parts if n.start < s or n.end > e]
        label = wider[0].label if wider else "GPE"
        out = sorted([n for n in out if n not in parts] + [_Mention(start, end, label)], key=lambda n: (n.start, n.end))
    return out


def _with_org_heads(text: str, names: list[_Mention], lex: Lexicon) -> list[_Mention]:
    """A name followed by words that end organisation names is one organisation with them:
    "Corvell Robotics" where the model tagged "Corvell", "Ford Motor Co." where it saw a
    person "Ford" (``org_heads`` in the data file). The words must follow on the same line,
    each capitalised, up to a mention the model made."""
    out = []
    starts = {m.start for m in names}
    for m in names:
        end = m.end
        for word in re.finditer(r"[ \t]([A-Z][\w&]*)\.?", text[m.end:m.end + 60]):
            pos = m.end + word.start()
            if pos != end or word.group(1) not in lex.org_heads or pos + 1 in starts:
                break
            end = m.end + word.end(1)
        out.append(m if end == m.end else _Mention(m.start, end, "ORG"))
    return out


def _with_known_names(text: str, names: list[_Mention], lex: Lexicon) -> list[_Mention]:
    """A name of ``aliases.toml`` written out whole is one mention where the model tagged a part
    of it ("Islamic" a nationality in "Islamic State claimed the attack"): a country's name
    a place (GPE), any other an organisation. A mention running past the name keeps its own
    span ("the Islamic State group")."""
    for known in lex.known_names.finditer(text):
        s, e = known.span()
        inside = [n for n in names if n.start < e and s < n.end]
        if not inside or any(n.start < s or n.end > e for n in inside) or inside[0].start == s and inside[0].end == e:
            continue
        label = "GPE" if lex.aliases.get(normalise(known.group())) in lex.countries else "ORG"
        names = sorted([n for n in names if n not in inside] + [_Mention(s, e, label)], key=lambda n: n.start)
    return names


def _country_bodies(doc: Doc, text: str, names: list[_Mention], lex: Lexicon,
                    unreliable: list[tuple[int, int]]) -> list[_Mention]:
    """A capitalised common noun right before a country's name, outside any mention, makes one
    organisation with it: "Police Scotland", "Health Canada", "Reform UK", where the model
    tagged only the country. The noun is one the tagger reads as a name (NNP) and the
    lemmatizer knows as a noun (``known_words``) and not as an adjective ("Modern Turkey",
    "Rural Ireland"), not a title ("Queen"), with no capitalised
    word before it; not on a headline line (``unreliable``: "Floods Hit Scotland")."""
    tokens = {t.idx + len(t.text): t for t in doc}
    starts = {m.start for m in names} | {m.end for m in names}
    out = []
    for m in names:
        t = tokens.get(m.start - 1)
        if m.label == "GPE" and normalise(text[m.start:m.end]) in lex.countries and t is not None \
                and text[m.start - 1] == " " and t.tag_ == "NNP" and t.text[:1].isupper() and t.text[1:].islower() \
                and t.lower_ in known_words(doc, "noun") and t.lower_ not in known_words(doc, "adj") \
                and t.text not in lex.titles and t.idx not in starts \
                and t.idx - 1 not in starts \
                and not (t.i > 0 and doc[t.i - 1].text[:1].isupper() and not t.is_sent_start) \
                and not _overlaps(unreliable, t.idx, m.end):
            out.append(_Mention(t.idx, m.end, "ORG"))
        else:
            out.append(m)
    return out


def _with_plural_teams(doc: Doc, text: str, names: list[_Mention],
                       unreliable: list[tuple[int, int]]) -> list[_Mention]:
    """A place followed by one capitalised plural noun is one organisation with it: a team or
    company named for its city ("Dallas" + "Cowboys", "Denver" + "Broncos", "Texas" +
    "Instruments"), where the model tagged the place apart from the plural (then a singular
    proper noun in form too: "Broncos") or left the plural out. A nationality or a place after
    the place is not joined ("Texas Democrats", "Dallas Texas"), nor one on a headline line of
    unreliable capitals ("China Talks Collapse")."""
    by_start = {m.start: m for m in names}
    tokens = {t.idx: t for t in doc}
    out = []
    skip: set[int] = set()
    for m in names:
        if m.start in skip:
            continue
        t = tokens.get(m.end + 1)
        after = by_start.get(m.end + 1)
        if m.label == "GPE" and t is not None and text[m.end] == " " and t.text[:1].isupper() \
                and not _overlaps(unreliable, m.start, m.end) \
                and t.text.endswith("s") and (t.tag_ == "NNPS" and after is None or t.tag_ in ("NNP", "NNPS")
                                              and after is not None and after.end == t.idx + len(t.text)
                                              and after.label not in (*PLACE_LABELS, "NORP")):
            out.append(_Mention(m.start, t.idx + len(t.text), "ORG", team=True))
            skip.add(t.idx)
        else:
            out.append(m)
    return out


PERSONAL_SUFFIXES = frozenset({"Jr", "Sr"})


def _suffixed_companies(text: str, names: list[_Mention], lex: Lexicon) -> list[_Mention]:
    """Capitalised words ending in a company suffix are one organisation, whatever the model
    tagged or missed: "Harlow Brothers & Co.", "Gold Fields of Kenya Ltd", "Acme Widgets plc" (the
    suffixes of ``name_suffixes`` but a person's "Jr"). A model mention that runs past the
    words, or ends with the suffix, is left alone: the model saw the name."""
    out = list(names)
    known = {text[n.start:n.end] for n in names}
    for m in lex.suffixed_company.finditer(text):
        start, end = m.span()
        words = m.group(1).split()
        if words[0].lower() in CALENDAR_WORDS or any(w.rstrip(".") in lex.name_suffixes for w in words):
            continue  # "Johnson Controls Inc and Lear Corp" is two companies
        # where the model names the company elsewhere, the name begins as it does there:
        # "Homegate Hospitality Inc" in "Company Name Homegate Hospitality Inc"
        start = next((w.start() + start for w in re.finditer(r"\S+", text[start:end])
                      if text[w.start() + start:end] in known), start)
        inside = [n for n in out if n.start < end and n.end > start]
        if any(n.start < start or n.end > end or n.end == end for n in inside):
            continue  # the model's name with its suffix already: its start is the model's
        out = [n for n in out if n not in inside] + [_Mention(start, end, "ORG")]
    out.sort(key=lambda n: (n.start, n.end))
    return out


def _headed_organisations(doc: Doc, text: str, names: list[_Mention], lex: Lexicon,
                          unreliable: list[tuple[int, int]]) -> list[_Mention]:
    """Capitalised words ending in a word that ends organisation names (``org_heads``:
    "Anglian Water", "Leeds United", "Labour Party", "North Yorkshire Coast Heritage Museums
    Trust") are an organisation where the model tagged nothing there, less the stop words
    and calendar words they begin with ("But Leeds United", "Monday Leeds United"); not on a
    headline line of unreliable capitals, nor a name of the head alone ("The Council") or
    from a title ("Mayor Hale Group")."""
    covered = sorted((n.start, n.end) for n in names)
    added = []
    for m in lex.headed_organisation.finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        while words and (doc.vocab[words[0].group().lower()].is_stop or words[0].group().lower() in CALENDAR_WORDS):
            words.pop(0)
        if not words:
            continue
        start, end = m.start(1) + words[0].start(), m.end()
        if _overlaps(covered, start, end) or _overlaps(unreliable, start, end) \
                or words[0].group().rstrip(".") in lex.titles:
            continue
        added.append(_Mention(start, end, "ORG"))
    return sorted(names + added, key=lambda n: (n.start, n.end)) if added else names


def _suffix_at(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a company or personal name suffix ("Inc", "Ltd.", "Jr") begins at ``pos``."""
    word = re.match(r"[\w.]+", text[pos:pos + 8])
    return bool(word) and word.group().rstrip(".") in lex.name_suffixes


def _split_glued_credits(text: str, names: list[_Mention], lex: Lexicon) -> list[_Mention]:
    """"…Ramadi, IraqReuters" → Iraq and Reuters, whether or not the model tagged the pair."""
    out = list(names)
    for m in lex.glued_credit.finditer(text):
        place, agency = m.span(1), m.span(2)
        out = [n for n in out if n.end <= m.start() or n.start >= m.end()]
        out.append(_Mention(agency[0], agency[1], "ORG"))
        out.append(_Mention(place[0], place[1], None))
    out.sort(key=lambda n: n.start)
    return out


def _drop_titles(text: str, names: list[_Mention], lex: Lexicon) -> list[_Mention]:
    """A title word tagged as a name is not one: "Defense Secretary Ash Carter", "Secretary of
    State John Kerry", "Det. Insp. Farhan Qureshi" (the model's person "Det")."""
    person_starts = {m.start for m in names if m.label == "PERSON"}
    out = []
    for m in names:
        if all(w.rstrip(".") in lex.titles for w in text[m.start:m.end].split()):
            after = re.match(r"\.?\s+(\S+)", text[m.end:m.end + 40])
            if after and (after.group(1).rstrip(".") in lex.titles or m.end + after.start(1) in person_starts):
                continue
        out.append(m)
    return out


# one word of a person's name: "Marta", "O'Connor", "al-Abadi", "McDonald", "J."
NAME_WORD = r"(?:(?:al|el|bin|ibn|abu|d|o)[-'’])?(?:[A-Z][a-z]+(?:[-'’][A-Za-z]{2,})*|[A-Z]['’][A-Z][a-z]+|Mc[A-Z][a-z]+|[A-Z]\.)"
NAME_PARTICLE = r"(?:de|da|di|do|dos|du|del|della|der|den|van|von|ter|le|la|al|bin|ibn|y)"
NAME_RUN = re.compile(rf"{NAME_WORD}(?:[ \t]+(?:{NAME_PARTICLE}[ \t]+)?{NAME_WORD}){{0,3}}")


def _title_persons(text: str, names: list[_Mention], lex: Lexicon) -> list[_Mention]:
    """After a personal title the capitalised words are one person, whatever the model says.

    "Mayor Marta Ostrowska welcomed it": the model may tag "Marta" and "Ostrowska" as two
    places, or "Councillor Ines Varga" as an organisation; both become PERSON "Marta
    Ostrowska" / "Ines Varga". Titles are ``lex.person_titles`` (the data file's titles
    less those that also begin other names, such as "General" or "Supreme"). A model
    mention that runs past the name or begins before the title is left alone: the model
    saw a longer name ("Professor Hall Institute"); so is a run ending in a place or
    institution word ("Prince William County"). One word after a title that the model tagged
    as something else is a person's surname ("Mayor Ostrowska" a place): it joins the person
    named in full.
    """
    out = list(names)
    for title in re.finditer(r"(?<![\w.'’-])([A-Z][\w-]*)\.?[ \t]+", text):
        if title.group(1) not in lex.person_titles:
            continue
        run = NAME_RUN.match(text, title.end())
        if not run:
            continue
        words = [w for w in re.finditer(r"\S+", run.group())]
        cut = next((i for i, w in enumerate(words) if w.group().rstrip(".") in lex.titles), len(words))
        if cut == 0 or any(w.group().lower() in lex.not_person_heads for w in words[:cut]):
            continue
        start, end = run.start(), run.start() + words[cut - 1].end()
        if end < len(text) and (text[end].isalnum() or text[end] in "-"):
            continue
        inside = [m for m in out if m.start < end and m.end > title.start()]
        if any(m.start < title.start() or m.end > end for m in inside):
            continue
        if cut == 1 and [(m.start, m.end) for m in inside] == [(start, end)]:
            inside[0].label = "PERSON"  # "Mayor Ostrowska" the model took for a place: a surname
            continue
        if cut == 1 and (inside or len(words[0].group()) < 3):
            continue  # one word: here only what the model missed ("Mr Seary"), or a short one
        out = [m for m in out if m not in inside]
        out.append(_Mention(start, end, "PERSON"))
    out.sort(key=lambda n: (n.start, n.end))
    return out


def _results_persons(text: str, names: list[_Mention], lex: Lexicon,
                     sentence_starts: set[int] = frozenset()) -> list[_Mention]:
    """In results, a full name followed by a country in parentheses is a competitor:
    "Lena Varga ( Hungary ) beat Ada Kwon ( South Korea ) 6-3 6-4", "1. Tom Hale (U.S.) 10.89".

    Only names of two or three capitalised words with no company, club or place word
    ("Red Star (Yugoslavia)" is a club); what the model tagged otherwise, or missed, becomes
    a person. So does an initial before a surname the model missed ("P. Simmons 4-38"), unless
    a company's word follows ("A. Hale & Sons") or the parser starts a sentence after the dot;
    ``sentence_starts`` holds the offsets where sentences start.
    """
    out = list(names)
    for m in PERSON_BEFORE_COUNTRY.finditer(text):
        if normalise(m.group(2)) not in lex.countries:
            continue
        start, end = m.span(1)
        words = m.group(1).split()
        if any(w in lex.org_heads or w.lower() in lex.not_person_heads or normalise(w) in lex.countries
               for w in words):
            continue
        inside = [n for n in out if n.start < end and n.end > start]
        if any(n.start < start or n.end > end or n.label in PLACE_LABELS or n.label == "NORP" for n in inside):
            continue
        out = [n for n in out if n not in inside] + [_Mention(start, end, "PERSON")]
    for m in INITIAL_AND_SURNAME.finditer(text):  # "P. Simmons 4-38", "c W. Athey b Such"
        start, end = m.span()
        after = re.match(r"[ \t]*(&|[A-Z][\w]*)", text[end:end + 20])
        if after and (after.group(1) == "&" or after.group(1) in lex.org_heads or after.group(1) in lex.name_suffixes):
            continue  # "A. G. Edwards & Sons", "J. Crew Group"
        if text.rfind(" ", start, end) + 1 in sentence_starts or text.rfind(".", start, end) + 1 in sentence_starts:
            continue  # "… in World War I. Historians …": a sentence ends at the dot
        if not any(n.start < end and n.end > start for n in out):
            out.append(_Mention(start, end, "PERSON"))
    out.sort(key=lambda n: (n.start, n.end))
    return out


def _aged_persons(text: str, names: list[_Mention], lex: Lexicon) -> list[_Mention]:
    """Capitalised name words with an age after them ("Gordon Mbeki, 47,") are a person, where
    the model missed them or tagged a part ("Mbeki" alone, as a place): the run of up to four
    name words before the age on its line, less leading titles and sentence openers ("But",
    "Firefighter" stays: no title). A model mention running past the run is left alone."""
    out = list(names)
    for m in AGED_NAME.finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        first = next((i for i, w in enumerate(words) if w.group().rstrip(".") not in lex.titles
                      and w.group().lower() not in STOP_OPENERS), len(words))
        if first == len(words):
            continue
        start, end = m.start(1) + words[first].start(), m.end(1)
        inside = [n for n in out if n.start < end and n.end > start]
        if any(n.start < start or n.end > end for n in inside) or any(
                (n.start, n.end) == (start, end) and n.label == "PERSON" for n in inside):
            continue
        out = [n for n in out if n not in inside] + [_Mention(start, end, "PERSON")]
    out.sort(key=lambda n: (n.start, n.end))
    return out


def _with_first_names(doc: Doc, names: list[_Mention], lex: Lexicon) -> list[_Mention]:
    """A person the model tagged from the surname on ("Beatriz [Alonso]") takes the name words
    before it that the parser hangs on it as compounds: each a capitalised proper noun
    ("Beatriz", not "CEO" or a title, "Mayor" stays out), in no other mention, on its line.
    Offsets are code points; the mentions come back in order, none of them overlapping."""
    starts = {t.idx: t.i for t in doc}
    taken = [(n.start, n.end) for n in names]
    out = []
    for m in names:
        i = starts.get(m.start)
        if m.label == "PERSON" and i is not None:
            head = doc.char_span(m.start, m.end, alignment_mode="expand")
            while i > 0 and _first_name_word(doc[i - 1], head, lex) \
                    and not _overlaps(taken, doc[i - 1].idx, doc[i - 1].idx + len(doc[i - 1])):
                i -= 1
            if doc[i].idx != m.start:
                m = _Mention(doc[i].idx, m.end, m.label, m.votes, m.dateline)
        out.append(m)
    return out


def _first_name_word(t: Token, span: Span | None, lex: Lexicon) -> bool:
    """``t`` is a given name of the person ``span``: a proper noun in title case (a capital, then
    lower-case letters), a compound of a word of ``span``, and no title or role ("Singer
    Adele"). A line break is a token of its own, so the words stay on the name's line."""
    return (span is not None and t.pos_ == "PROPN" and t.dep_ == "compound" and t.head in span
            and t.text[:1].isupper() and t.text[1:].islower() and t.text.isalpha()
            and t.text not in lex.titles and t.lower_ not in STOP_OPENERS and t.lower_ not in lex.person_roles)


AGED_NAME = re.compile(rf"(?<![\w.'’-])({NAME_WORD}(?:[ \t]+(?:{NAME_PARTICLE}[ \t]+)?{NAME_WORD}){{0,3}})"
                       rf"(?=,[ \t]*(?:aged[ \t]+)?\d{{1,3}}[ \t]*,)")
# words that open a sentence before a name without being part of it
STOP_OPENERS = frozenset({"but", "and", "when", "while", "as", "after", "before", "if", "then", "so", "yet",
                          "the", "a", "an", "his", "her", "their", "its", "our", "my", "your"})


INITIAL_AND_SURNAME = re.compile(r"(?<![\w.'’-])[A-Z]\.[ \t]?(?:[A-Z][a-z]+[-'’])?[A-Z][a-z]{2,}(?![\w'’-]|\.[A-Z])")
PERSON_BEFORE_COUNTRY = re.compile(
    rf"(?<![\w.'’-])({NAME_WORD}(?:[ \t]+(?:{NAME_PARTICLE}[ \t]+)?{NAME_WORD}){{1,2}})[ \t]*\([ \t]*([A-Z][\w. ]*?)[ \t]*\)")


CONNECTORS = frozenset({"of", "for", "and", "the", "on", "in", "to", "&", "de", "des", "du", "la", "le",
                        "del", "y", "et", "und", "für"})


def _expand_acronyms(text: str, names: list[_Mention], heads: Container[str] = frozenset()) -> list[_Mention]:
    """The words an acronym in parentheses abbreviates are one name, "and"s and "of"s included.

    "National Agency for Food and Drug Administration and Control (NAFDAC)": the model's
    two organisations become one, since N-A-F-D-A-C are the initials of the capitalised
    words before the parenthesis. Only an acronym whose letters are all spelled that way
    joins words; any other (PKK after "Kurdish Workers Party") leaves the mentions alone.
    A name that lists words with commas and "and" ("Bureau of Alcohol, Tobacco, Firearms and
    Explosives (ATF)", "Department for Environment, Food and Rural Affairs (Defra)") is one
    too when it opens with one of ``heads`` (``_listed_expansion_start``); not "Shelter, Crisis
    and Citizens Advice (CA)" nor "Spain, Italy and Portugal (Spa)".
    """
    out = list(names)
    for acro in sorted([*ACRONYM.finditer(text), *SHORT_NAME.finditer(text)], key=lambda a: a.start()):
        letters = [c for c in acro.group(1) if c.isupper()]
        # a listed name begins before its last words, which may spell the acronym too ("Department
        # for Digital, Culture, Media and Sport (DCMS)")
        starts = [_expansion_start(text, acro.start(), letters) if len(letters) > 1 else None,
                  _listed_expansion_start(text, acro.start(), acro.group(1), heads)]
        start = min((s for s in starts if s is not None), default=None)
        if start is None:
            continue
        end = acro.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        inside = [m for m in out if m.start < end and m.end > start]
        if any(m.end > end or text[m.start:start].strip().lower() not in ("", "the") for m in inside) or \
                any(m.start == start and m.end == end for m in inside):
            continue
        # the model's label holds for the whole only when its mention began the name: "West
        # African States" (a place) is the tail of the Economic Community of … (ECOWAS)
        labels = [m.label for m in inside if m.label and m.start <= start]
        if labels and labels[-1] == "PERSON" and re.search(r"[ \t][a-z]", text[start:end]):
            labels = []  # "Medicines" + "and Healthcare products …": no person's name has lower-case words
        out = [m for m in out if m not in inside]
        out.append(_Mention(start, end, labels[-1] if labels else "ORG"))
    out.sort(key=lambda n: (n.start, n.end))
    return out


PLACE_IN = re.compile(r"[ \t]+(?:in|at)[ \t]+")
"""What joins an institution to its town in its name: "Institute of Technology in Lausanne"."""


def _place_in_acronym(text: str, names: list[_Mention]) -> list[_Mention]:
    """An organisation, "in" or "at", and a place right before an acronym in parentheses that
    ends with the place's initial are one name: "Swiss Federal Institute of Technology in
    Lausanne (EPFL)" (the acronym's L). Not "the Royal Institution in London (RI)". Mentions
    in text order."""
    out: list[_Mention] = []
    for m in names:
        prev = out[-1] if out else None
        acro = ACRONYM_AFTER.match(text, m.end)
        if prev and acro and prev.label == "ORG" and m.label in PLACE_LABELS and len(acro.group(1)) > 2 \
                and PLACE_IN.fullmatch(text, prev.end, m.start) and acro.group(1)[-1] == text[m.start]:
            out[-1] = _Mention(prev.start, m.end, "ORG")
            continue
        out.append(m)
    return out


TEAM_WORD = re.compile(r"[A-Z][a-z]+s")
"""A team's nickname: one capitalised plural ("Cowboys", "Packers", "Timbers")."""
TEAM_LABELS = frozenset({"ORG", "PRODUCT"})
"""The model's labels for a team's nickname ("Broncos" a product)."""


def _place_and_team(text: str, names: list[_Mention]) -> list[_Mention]:
    """A place right before an organisation that is one capitalised plural is one
    organisation, a team and its town: "Dallas" + "Cowboys", "Portland" + "Timbers"; so is a
    place before such a plural the model tagged elsewhere only (a headline's "Dallas Cowboys
    fire coach"). Mentions in text order."""
    out: list[_Mention] = []
    teams = {text[m.start:m.end] for m in names if m.label in TEAM_LABELS and TEAM_WORD.fullmatch(text, m.start, m.end)}
    for m in names:
        prev = out[-1] if out else None
        if prev and prev.label in PLACE_LABELS and m.label in TEAM_LABELS and text[prev.end:m.start] == " " \
                and TEAM_WORD.fullmatch(text, m.start, m.end):
            out[-1] = _Mention(prev.start, m.end, "ORG")
            continue
        after = TEAM_WORD.match(text, m.end + 1) if text[m.end:m.end + 1] == " " else None
        if m.label in PLACE_LABELS and after and after.group() in teams and not re.match(r"[\w'’-]", text[after.end():]) \
                and not any(n.start == after.start() for n in names):
            m = _Mention(m.start, after.end(), "ORG")  # the headline's "Dallas Cowboys", "Cowboys" left out
        out.append(m)
    return out


def _shared_heads(text: str, names: list[_Mention], lex: Lexicon, nouns: Container[str]) -> list[_Mention]:
    """Names cut at "and" where both halves share one name, as one name of the organisation:

    - "<Name> and <Name> <Head>", the head a public body's (``joint_heads``: "Police",
      "Constabulary", which the model may leave out): "Devon and Cornwall Police", "Avon and
      Somerset Police"; not "Britain and Nissan Motor", "France and Deutsche Bank", "London and
      Paris Orly";
    - "<Head> of|for <Noun> and <Noun>", the words after "and" capitalised common nouns
      (``nouns``, plural or not; no country) and no head of a name of their own: "National Commission for Museums and
      Monuments", "Department of Health and Social Care"; not "Ministry of Defence and
      Boeing", "… of Health and Ministry of Justice".
    Mentions in text order, none overlapping."""
    out: list[_Mention] = []
    heads = lex.org_heads | lex.listed_name_heads

    def plain(word: str) -> bool:  # a capitalised word, no title, no country
        return bool(re.fullmatch(r"[A-Z][a-z]+", word)) and word not in lex.titles and normalise(word) not in lex.countries

    def noun(word: str) -> bool:  # "Monuments", "Services": a capitalised common noun, plural or not
        return word[:1].isupper() and (word.lower() in nouns or word.lower().removesuffix("s") in nouns)

    for m in names:
        words = text[m.start:m.end].split()
        before = re.search(r"(?<![\w'’&.-])([A-Z][a-z]+)[ \t]+and[ \t]+$", text[max(0, m.start - 40):m.start])
        after = re.match(r"[ \t]([A-Z][a-z]+)(?![\w'’&-])", text[m.end:m.end + 30]) if len(words) == 1 else None
        head, end = (after.group(1), m.end + after.end()) if after else (words[-1] if words else "", m.end)
        if before and (m.label == "ORG" and len(words) == 2 or after) and plain(words[0]) and plain(before.group(1)) \
                and head in lex.joint_heads:
            start = m.start - len(before.group())
            if out and out[-1].end > start:
                if out[-1].start < start or out[-1].label in ("ORG", "NORP"):
                    out.append(m)
                    continue
                out.pop()
            out.append(_Mention(start, end, "ORG"))  # "Somerset" + "Police" the model left out
            continue
        if out and out[-1].label == "ORG" and re.fullmatch(r"[ \t]+and[ \t]+", text[out[-1].end:m.start]):
            prev = text[out[-1].start:out[-1].end].split()
            prev = prev[1:] if prev and prev[0].lower() == "the" else prev
            if len(prev) > 2 and prev[-2] in ("of", "for") and prev[0] in heads | lex.titles | {"National"} \
                    and all(noun(w) and plain(w) and w not in heads for w in words) \
                    and m.label not in ("ORG", "GPE"):
                out[-1] = _Mention(out[-1].start, m.end, "ORG")
                continue
        out.append(m)
    return out


ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z0-9.&]{0,8}[A-Z0-9])\s*\)")
SHORT_NAME = re.compile(r"\(\s*([A-Z][a-z]{2,7})\s*\)")
"""A short name in parentheses written as a word, which may abbreviate the name before it:
"(Defra)", "(Ofgem)" (``_spells`` tells)."""
LISTED_NAME_WORD = re.compile(r"[\w'’&.-]+|,")


def _spells(short: str, words: list[str]) -> bool:
    """Whether the letters of ``short``, in any case, are the initials of the capitalised
    ``words`` in order, some skipped ("ATF" of Bureau, Alcohol, Tobacco, Firearms, Explosives;
    "Defra" of Department, Environment, Food, Rural, Affairs), beginning with one of the
    first two words; for a word with fewer than two capitals ("Ofgem"), the letters may come
    from inside the words too (O-f of "Office", g of "Gas", …), beginning with the first."""
    letters = [c.casefold() for c in short if c.isalpha()]
    if sum(c.isupper() for c in short) > 1 or len(short) < 3:
        initials = [w[0].casefold() for w in words]
        first = next((i for i, c in enumerate(initials[:2]) if c == letters[0]), None)
        pool = initials[first:] if first is not None else []
    else:
        pool = list("".join(words).casefold()) if words and words[0][0].casefold() == letters[0] else []
    it = iter(pool)
    return bool(pool) and all(c in it for c in letters)


def _listed_expansion_start(text: str, paren: int, short: str, heads: Container[str]) -> int | None:
    """Where a name that lists words with commas and "and" begins, ending at ``paren``, when
    ``short`` (the acronym or short name in the parenthesis) ``_spells`` it: "Bureau of
    Alcohol, Tobacco, Firearms and Explosives (ATF)". The name is the capitalised words,
    connectors ("of", "and"; not "the") and commas before the parenthesis on its line,
    beginning at the word the acronym's first letter is the initial of, or the one word and
    connector before it ("Bureau of"), which must be one of ``heads`` (``listed_name_heads``:
    "Bureau", "Department"); it holds a comma and an "and" after its last comma. None
    otherwise: "France, Germany and Britain (EU3)", "Shelter, Crisis and Citizens Advice (CA)"."""
    line_start = text.rfind("\n", 0, paren) + 1
    run: list[re.Match[str]] = []
    for w in reversed(list(LISTED_NAME_WORD.finditer(text, line_start, paren))):
        word = w.group()
        if word != "," and not word[0].isupper() and word.lower() not in CONNECTORS or word.lower() in ("the", "a"):
            break
        run.insert(0, w)
    while run and not run[0].group()[0].isupper():
        run.pop(0)
    capitals = [w for w in run if w.group()[0].isupper()]
    words = [w.group() for w in run]
    if "," not in words or "and" not in words[len(words) - words[::-1].index(","):] \
            or not _spells(short, [w.group() for w in capitals]):
        return None
    first = next(w for w in capitals if w.group()[0].casefold() == short[0].casefold())
    i = run.index(first)
    head = run[0] if i == 2 and run[1].group().lower() in CONNECTORS else first
    return head.start() if head.group() in heads else None


def _expansion_start(text: str, paren: int, letters: list[str], spelled_connectors: bool = False) -> int | None:
    """Where the capitalised words whose initials spell ``letters`` begin, ending at ``paren``;
    None when the words before the parenthesis do not spell them (on the same line). One
    lower-case word inside the name spells nothing ("Healthcare products Regulatory Agency").
    When they do not, a connector may give its letter too: "Economic Community of West African
    States (ECOWAS)" (``spelled_connectors``, tried second)."""
    line_start = text.rfind("\n", 0, paren) + 1
    words = list(re.finditer(r"[\w'’&.-]+", text[line_start:paren]))
    need = len(letters)
    lower_words = 0  # "Medicines and Healthcare products Regulatory Agency (MHRA)": one unspelled word
    for w in reversed(words):
        word = w.group()
        if word[0].isupper():
            parts = [p for p in re.split(r"-", word) if p]
            initials = [p[0] for p in parts if p[0].isupper()]
            for candidate in (initials, initials[:1]):
                if need >= len(candidate) and letters[need - len(candidate):need] == candidate:
                    need -= len(candidate)
                    break
            else:
                break
            if need == 0:
                return line_start + w.start() if len(letters) >= 2 else None
        elif word.lower() not in CONNECTORS:
            lower_words += 1
            if lower_words > 1 or not word.isalpha() or not word.islower() or need == len(letters):
                break
        elif spelled_connectors and need > 1 and letters[need - 1] == word[0].upper():
            need -= 1
    return None if spelled_connectors else _expansion_start(text, paren, letters, True)


HEAD_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "ROOT", "dative"})


OWNER_GAP = re.compile(r"['’]s?[ \t]+$")
"""What stands between a saint's or founder's name and the institution named after them: "'s ", "' "."""
OWNER_BEFORE = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w.-]*[ \t]+){0,2}[A-Z][\w-]*)['’]s[ \t]+and[ \t]+$")
"""A first owner of one institution, coordinated: the "Guy's and " of "Guy's and St Thomas'"."""
SAINTS_HEADS = frozenset({"Hospital", "Hospitals", "Infirmary", "Hospice", "Clinic", "Center", "Centre", "Trust",
                          "College", "School", "Academy", "University", "Church", "Cathedral", "Chapel", "Abbey",
                          "Priory", "Parish", "Basilica", "Home"})
"""Last words of the institutions that bear a saint's name in the possessive ("St Mary's Hospital",
"St John's College"); a town named after a saint has a council, a police, a museum ("St. Louis's
Police Department", "Santa Clara's County Council" are the town's)."""


def _owned_institutions(doc: Doc, text: str, names: list[_Mention], nouns: Container[str]) -> list[_Mention]:
    """A saint's name in the possessive that the parser makes the owner of a generic
    institution's name right after it is one organisation with it: "St. Brigid's Medical
    Center", "Guy's and St Thomas' NHS Foundation Trust" (a first owner joined by "and" too);
    not "Britain's Home Office" nor "Okafor's Health Ministry", an owner and what it has. The institution's
    name is generic: its words are common nouns (``nouns``) or acronyms, the last one the head
    of a hospital, school or church (``SAINTS_HEADS``): not "Abadi's Dawa Party", nor "St
    Petersburg's Hermitage Museum" (a town's, whatever label the model gives the town, which no
    place label may have). Mentions in text order, none overlapping."""
    out: list[_Mention] = []
    i = 0
    while i < len(names):
        m = names[i]
        nxt = names[i + 1] if i + 1 < len(names) else None
        gap = nxt is not None and m.end <= nxt.start and OWNER_GAP.search(text, m.start, nxt.start) \
            and OWNER_GAP.search(text, m.start, nxt.start).end() == nxt.start  # "'s" in the mention or not
        owner = doc.char_span(m.start, m.end, alignment_mode="contract")
        words = text[nxt.start:nxt.end].split() if nxt else []
        saint = m.label not in PLACE_LABELS and re.match(r"(?:St\.?|Saint|Ste\.?|San|Santa)[ \t]", text[m.start:m.end])
        if gap and owner is not None and len(owner) and words and saint \
                and any(t.dep_ == "poss" and nxt.start <= t.head.idx < nxt.end for t in owner) \
                and words[-1] in SAINTS_HEADS \
                and all(w.isupper() or w.lower() in nouns for w in words):
            start = m.start
            first = OWNER_BEFORE.search(text, max(0, m.start - 60), m.start)
            if first and not (out and first.start() < out[-1].end <= first.end(1) and out[-1].start < first.start()):
                start = first.start()  # "Guy's and" before "St Thomas'", tagged or not
                while out and out[-1].start >= start:
                    out.pop()
            out.append(_Mention(start, nxt.end, "ORG"))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


def _possessive_names(doc: Doc, text: str, names: list[_Mention]) -> set[str]:
    """Names that end in "'s" themselves ("McDonald's", "Moody's"), unlike "Abadi's office";
    case-folded, apostrophes straight (a headline's "WENDY'S" is "Wendy's").

    A name keeps its "'s" when the parser reads it as the head of its own phrase, a subject
    or an object ("Moody's cut the rating", "analysts at Moody's"), somewhere in the article,
    rather than as the owner of the next noun ("Hulu and Ora's show"), and when the bare name
    never appears on its own. The "'s" may lie outside the model's mention ("Sainsbury" of
    "Sainsbury's said"); a person tagged by the model counts as the subject or object that no
    owner is ("Domino's raised its forecast"), but with the "'s" in its mention or as one of
    a coordination only when the name holds "and" or "&" or is joined by one to an
    organisation ("Hardee's and Trader Joe's", ``_joined_to_organisation``), or joined after
    a name that keeps its own "'s" ("Domino's and Claire's were not involved"): "the car is
    Helen Ortega's" is hers.
    """
    out: set[str] = set()
    joined: list[tuple[str, Token]] = []  # a person's "'s" in a coordination, decided by its partners
    for m in names:
        possessive = POSSESSIVE.search(text, m.start, m.end)
        if possessive:
            bare_end, end = possessive.start(), m.end
        elif re.match(r"['’]s(?![\w'’-])", text[m.end:m.end + 3]):
            bare_end, end = m.end, m.end + 2
        else:
            continue
        bare = text[m.start:bare_end]
        owner = doc.char_span(m.start, bare_end, alignment_mode="contract")
        if owner is None or len(owner) == 0 or not _heads_a_phrase(owner[-1]) \
                or owner.end < len(doc) and doc[owner.end].tag_ != "POS":
            continue
        if re.search(rf"(?<![\w-]){re.escape(bare)}(?!['’]s)(?![\w-])", text):
            continue
        if m.label == "PERSON" and (possessive or owner[-1].dep_ == "conj") \
                and not re.search(r"[ \t](?:&|and)[ \t]", bare) and not _joined_to_organisation(owner[-1], names):
            if owner[-1].dep_ == "conj":
                joined.append((_straight(text[m.start:end]).casefold(), owner[-1]))
            continue  # "Helen Ortega's" of "the car is Helen Ortega's": a person's, not a name with "'s"
        out.add(_straight(text[m.start:end]).casefold())
    for name, t in joined:  # "Domino's and Claire's were not involved": a business's partner is one
        if any(_straight(text[n.start:n.end]).casefold().removesuffix("'s") + "'s" in out
               for n in names if n.start <= t.head.idx < n.end):
            out.add(name)
    return out


def _joined_to_organisation(t: Token, names: list[_Mention]) -> bool:
    """Whether ``t`` is joined by "and" or "&" to a word of a name the model did not take for a
    person: "Trader Joe's" of "Hardee's and Trader Joe's" (an organisation's "'s" too), not
    "Anna Duval's" after "Marek Kowalski's", nor "Helen Ortega's" after "Her brother and"."""
    partners = [c for c in t.children if c.dep_ == "conj"] + ([t.head] if t.dep_ == "conj" else [])
    return any(n.label not in (None, "PERSON") and n.start <= p.idx < n.end for p in partners for n in names)


def _heads_a_phrase(t: Token) -> bool:
    """Whether ``t`` heads a phrase of its own (``HEAD_ROLES``), or is joined by "and" or "&"
    to one that does ("Kellogg's and Sainsbury's declined", "Standard & Poor's followed"), as
    no owner of a noun after it is."""
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    return t.dep_ in HEAD_ROLES


def _straight(name: str) -> str:
    """``name`` with its curly apostrophes straight: "McDonald’s" and "McDonald's" are one name."""
    return name.replace("’", "'")


def _disjoint(names: list[_Mention]) -> list[_Mention]:
    """No two mentions share text: "Franco" and "German", both grown to "Franco-German", are one."""
    out: list[_Mention] = []
    for m in sorted(names, key=lambda n: (n.start, n.start - n.end)):
        if not out or m.start >= out[-1].end:
            out.append(m)
    return out


def _trim(text: str, m: _Mention, lex: Lexicon, named_possessives: set[str] = frozenset(),
          dots: set[int] = frozenset(), nouns: Container[str] = (),
          adjectives: Container[str] = ()) -> _Mention | None:
    """CoNLL boundaries: no leading determiner, possessive or title; hyphenated names whole;
    a final dot only after an abbreviation ("Hanwick Motor Co.", "U.S.", which keeps it even
    when the model left it out) or where the tokenizer made it part of the word ("Mich.",
    ``dots`` holds the offsets of such dots); "'s" only in ``named_possessives`` ("McDonald's"); ``nouns`` the common nouns (``_after_titles``).
    A role word before a person's name (``_role_word``, ``_person_run``, which reads
    ``adjectives``) that the model took with the name for something else leaves a person:
    "Winger Marcus Tavernier" (ORG) → PERSON "Marcus Tavernier"."""
    start, end = m.start, m.end
    if end + 2 <= len(text) and _straight(text[start:end + 2]).casefold() in named_possessives:  # "Sainsbury" of "Sainsbury's"
        end += 2
    keeps_s = _straight(text[m.start:end]).casefold() in named_possessives
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum() and not (
            text[end - 1] == "." and (end - 1 in dots or _abbreviation_before(text, start, end - 1, lex))):
        end -= 1
    if start == end:  # punctuation only; the hyphen rules below need a character at start
        return None
    if text.startswith(".", end) and _abbreviation_before(text, start, end, lex):
        end += 1
    score = SCORE_AFTER.search(text, start, end)  # "Chelsea 2-1"
    if score and score.start() > start:
        end = score.start()
    for det in DETERMINERS:
        if text.startswith(det, start) and end - start > len(det):
            start += len(det)
            break
    described_end = end
    start, end = _without_lowercase_edges(text, start, end, lex.name_suffixes)
    votes = m.votes and end == described_end  # "Republican party" less "party" says nothing of "Republican"
    possessive = POSSESSIVE.search(text, start, end)
    if possessive and possessive.start() > start and not keeps_s:
        end = possessive.start()
        while end > start and text[end - 1].isspace():
            end -= 1
    label = m.label
    if m.label == "PERSON":
        start = _after_titles(text, start, end, lex, nouns)
    elif (role := re.match(r"\S+[ \t]+", text[start:end])) and _role_word(role.group().rstrip(), lex, nouns) \
            and _person_run(text, start + role.end(), end, lex, nouns, adjectives):
        start, label = start + role.end(), "PERSON"  # "Winger Marcus Tavernier" the model took for a club
    while start > 1 and text[start - 1] == "-" and text[start - 2].isalpha() and text[start].isupper():
        start -= 2
        while start > 0 and text[start - 1].isalpha():
            start -= 1
    while end + 1 < len(text) and text[end] == "-" and text[end + 1].isupper():
        end += 2
        while end < len(text) and text[end].isalpha():
            end += 1
    name = text[start:end]
    if not any(c.isupper() for c in name) and not TEAM_NUMBER.fullmatch(name) or not any(c.isalpha() for c in name):
        return None  # not a name: "jihadists", "'s"; "49ers" is one
    # a name with its own "'s" is a business, never a person ("Domino's raised its forecast")
    return _Mention(start, end, "ORG" if keeps_s and label == "PERSON" else label, votes)


def _person_run(text: str, start: int, end: int, lex: Lexicon, nouns: Container[str],
                adjectives: Container[str]) -> bool:
    """Whether text[start:end] is a person's name of two words or more: a run of name words
    (``NAME_RUN``) whose first is a given name or no common noun or adjective (``nouns``,
    ``adjectives``; "Marcus Tavernier", "Rodney Avery"; not "World Series", "League Baseball",
    "Liberation Organisation", "Democratic Forces"), with no word that ends an organisation's
    or a place's name (not "Harbour Park")."""
    words = text[start:end].split()
    first = words[0].lower() if words else ""
    return len(words) >= 2 and NAME_RUN.fullmatch(text, start, end) is not None \
        and (first in given_names() or first not in nouns and first not in adjectives) \
        and not any(w in lex.org_heads or w in lex.place_heads or w.lower() in lex.not_person_heads for w in words)





def _without_lowercase_edges(text: str, start: int, end: int,
                             suffixes: frozenset[str] = frozenset()) -> tuple[int, int]:
    """A name's first and last words carry a capital (or are a team's number, "49ers"): "the
    Interfax news agency" is Interfax,
    "the pro-government Nahda party" Nahda (a leading particle stays: "de Klerk"; a company's
    lower-case ending in ``suffixes`` too: "Northgate Holdings plc"); a date glued before a name is not part of it
    ("August National Association of Purchasing Management"; not "May", also a surname)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    first, last = 0, len(words)
    while first < last - 1 and (not any(c.isupper() for c in words[first].group())
                                and not TEAM_NUMBER.fullmatch(words[first].group())
                                and not re.fullmatch(NAME_PARTICLE + r"|(?:al|el|bin|ibn|abu|d|o)[-'’].*", words[first].group())
                                or words[first].group().lower() in CALENDAR_WORDS and words[first + 1].group()[:1].isupper()):
        first += 1
    while last > first + 1 and not any(c.isupper() or c.isdigit() for c in words[last - 1].group()) \
            and words[last - 1].group().rstrip(".") not in suffixes:
        last -= 1
    if not words:
        return start, end
    return start + words[first].start(), start + words[last - 1].end()


def _abbreviation_before(text: str, start: int, dot: int, lex: Lexicon) -> bool:
    """Whether the word of ``text[start:dot]`` that ends at ``dot`` is abbreviated: a name
    suffix ("Co", "Inc", "Jr"), an initial ("J") or dotted letters ("U.S")."""
    word = re.search(r"[\w.]+$", text[start:dot])
    if not word:
        return False
    w = word.group()
    return w in lex.name_suffixes or (len(w) == 1 and w.isupper()) or ("." in w and w.replace(".", "").isalpha())


def _after_titles(text: str, start: int, end: int, lex: Lexicon, nouns: Container[str] = ()) -> int:
    """Where the name begins after its titles: "Iraqi Prime Minister Haider al-Abadi" → "Haider";
    a first word that is a role noun (``_role_word``) before two name words or more is one too:
    "Striker Oyelaran Dapo" → "Oyelaran"."""
    words = [(w.start(), w.group()) for w in re.finditer(r"\S+", text[start:end])]
    keep = 0
    for i, (_, word) in enumerate(words[:-1]):
        bare = word.rstrip(".,")
        nxt = words[i + 1][1].rstrip(".,")
        if bare in lex.titles or (bare[:1].isupper() and nxt in lex.titles and i + 1 < len(words) - 1) \
                or i == 0 and len(words) > 2 and _role_word(bare, lex, nouns):
            keep = i + 1
        else:
            break
    return start + words[keep][0] if words else start


AGENT_ENDING = re.compile(r"(?:ist|ian|ant|back|eer|ee|ess)$")
"""Endings of nouns that name a person by what they do: "Quarterback", "Economist",
"Auctioneer". Not "-er", "-or", "-man", "-ent": the occupations and nouns that became given
names and surnames end so ("Hunter", "Tyler", "Taylor", "Carter", "Walker", "Norman", "Booker",
"Innocent"), and the roles that end so are listed (``person_roles``: "striker", "manager",
"administrator", "president")."""


def _role_word(word: str, lex: Lexicon, nouns: Container[str]) -> bool:
    """Whether a capitalised ``word`` before a person's name is the role they hold, not a
    given name: a title or a role of the data file ("Professor", "Striker"), or a common noun
    the lemmatizer knows (``nouns``, from ``known_words``) with an agent's ending
    (``AGENT_ENDING``: "Quarterback", "Economist"), and no common given name ("Christian",
    "Vincent", "Grant" are nouns as well)."""
    if not word[:1].isupper() or not word[1:].islower():
        return False
    lower = word.lower()
    if lower in given_names():
        return False
    return word in lex.person_titles or lower in lex.person_roles or lower in nouns and bool(AGENT_ENDING.search(lower))


def _with_datelines(text: str, names: list[_Mention]) -> list[_Mention]:
    """The place of each dateline, as a place, whatever the model made of its capitals, and
    its wire ("(AFP)", "(dpa)") as an organisation where the model named nothing there.

    A dateline (``datelines.find_datelines``) with only a dash after its capitals, without a
    region ("ROTTERDAM, Netherlands —"), date or wire, is a place only when its place is named
    again as a name (the body's "Rotterdam" for "ROTTERDAM —"; not "BREAKING — …"); with a
    date or an agency it always is. Each of its places ("ISLAMABAD/NEW DELHI (Reuters) -")
    and its region ("PORTSMOUTH, N.H. (AP) —", "ROTTERDAM, Netherlands —") is a place too.
    """
    found = find_datelines(text)
    datelines = [d for d in found if d.place is not None
                 and (d.certain or _named_again(text, text[slice(*d.place)], d.place[1]))]
    places = [p for d in datelines for p in d.places] + [d.region for d in datelines if d.region]
    kept = [m for m in names if not _overlaps(sorted(places), m.start, m.end)]
    named = sorted((m.start, m.end) for m in kept)
    wires = [d.wire for d in found if d.wire is not None and not _overlaps(named, *d.wire)]
    if not places and not wires:
        return names
    return sorted(kept + [_Mention(s, e, "GPE", dateline=True) for s, e in places]
                  + [_Mention(s, e, "ORG") for s, e in wires], key=lambda m: m.start)


ROAD = re.compile(r"\b(?:(?:State|U\.S\.|US|County|Federal)[ \t]+)?(?:Route|Highway|Interstate|Hwy\.?)[ \t]+\d{1,3}[A-Z]?\b"
                  r"|(?<![Ff]orm )\bI-\d{1,3}\b")
"""A numbered road: "Route 9", "State Highway 61", "Interstate 95", "I-80"; not a form ("Form
I-9") nor a year ("Highway 2025 plan")."""


def _with_roads(text: str, names: list[_Mention], values: list[_Mention]) -> tuple[list[_Mention], list[_Mention]]:
    """``(names, values)`` with each numbered road (``ROAD``) a facility: the model reads its
    number as a quantity or time ("Route 9 hours after the robbery" as one TIME) or the road
    as a product ("I-80"). A value the road ran into keeps what follows the road only when that
    holds a figure of its own."""
    roads = [r.span() for r in ROAD.finditer(text)]
    if not roads:
        return names, values
    kept_values = []
    for m in values:
        road = next(((s, e) for s, e in roads if s < m.end and m.start < e), None)
        if road is None:
            kept_values.append(m)
        elif m.start >= road[0] and re.search(r"\d", rest := text[road[1]:m.end]):
            kept_values.append(replace(m, start=road[1] + len(rest) - len(rest.lstrip())))
    names = [m for m in names if not any(s < m.end and m.start < e for s, e in roads)]
    return sorted(names + [_Mention(s, e, "FAC") for s, e in roads], key=lambda m: m.start), kept_values


NUMBERED_UNIT = re.compile(r"[ \t]+(?:Local|Lodge|Chapter|Branch|District|Precinct|Ward|Station|Squadron|Battalion|"
                           r"Regiment)[ \t]+(\d{1,5})(?![\w.,-]\d)(?![\w'’-])")
"""A union local, lodge or ward and its number, the end of a name: "… Transit Union Local 1181"."""
TEAM_NUMBER = re.compile(r"\d+ers")
"""A team named with a number, no number itself: "49ers", "76ers"."""


def _numbered_names(text: str, names: list[_Mention], values: list[_Mention]) -> tuple[list[_Mention], list[_Mention]]:
    """``(names, values)`` with the number that ends a name in it: a name running up to a
    unit word the model left its number out of ("Amalgamated Transit Union Local" + "1181",
    ``NUMBERED_UNIT``), and a team named with a number, an organisation ("49ers",
    ``TEAM_NUMBER``, with the name after it: "49ers Enterprises")."""
    moved = [m for m in values if TEAM_NUMBER.fullmatch(text, m.start, m.end)]
    values = [m for m in values if m not in moved]
    out: list[_Mention] = []
    for m in sorted(names + [_Mention(m.start, m.end, "ORG") for m in moved], key=lambda m: (m.start, m.end)):
        if out and TEAM_NUMBER.fullmatch(text, out[-1].start, out[-1].end) and text[out[-1].end:m.start] == " ":
            out[-1] = _Mention(out[-1].start, m.end, "ORG")  # "49ers" + "Enterprises"
            continue
        unit = NUMBERED_UNIT.match(text, m.end - len(text[m.start:m.end].split()[-1]) - 1) if " " in text[m.start:m.end] \
            else None
        if unit and unit.start(1) >= m.end:
            values = [v for v in values if not (v.start < unit.end(1) and unit.start(1) < v.end)]
            m = _Mention(m.start, unit.end(1), m.label, m.votes, m.dateline)
        out.append(m)
    return sorted(out, key=lambda m: (m.start, m.end)), values


DATE_CLAUSE = re.compile(r",[ \t]+(?!and\b|or\b|the\b)[a-z]")
"""A comma and a lower-case word in a date, where a clause follows it: "Monday, ending weeks"."""
TEMPERATURE = re.compile(r"-?\d+(?:\.\d+)?[ \t]?°?[CF]")
"""A temperature in degrees: "47C", "-5 °C", "104F"."""
CURRENCY_WORDS = {"dollars": "$", "euros": "€", "pounds": "£", "yen": "¥", "rupees": "₹"}
CURRENCY_AFTER = re.compile(rf"[ \t]+(?:US[ \t]+)?({'|'.join(CURRENCY_WORDS)})\b")
SCORE_PART = re.compile(r"(?<![\d.,])(\d{1,2})[-–](\d{1,2})(?![\d.,])")
"""A score or a record, no number of anything: "3-0", "38-29", "1-1", written the higher first
(a range is written the lower first: "10-15 people", "children aged 5-11")."""


def _plain_values(text: str, values: list[_Mention]) -> list[_Mention]:
    """Values as they are written: a date ends before a clause after its comma ("Monday" of
    "on Monday, ending weeks of strikes", ``DATE_CLAUSE``); a bare number of one to three
    digits is no date ("won by 87"); an age in the possessive is no date either
    ("the 24-year-old's family", left to ``_is_age``); a temperature is a quantity, without the
    sentence's dot ("47C."); a number with its currency written out after it is money ("500,000
    euros", ``CURRENCY_AFTER``); a part of a score is no number ("a 3-0 defeat"). In text order."""
    out = []
    for m in values:
        clause = DATE_CLAUSE.search(text, m.start, m.end) if m.label == "DATE" else None
        if clause:
            m = replace(m, end=clause.start())
        if m.label == "DATE" and re.fullmatch(r"\d{1,3}", text[m.start:m.end]):
            m = replace(m, label="CARDINAL")
        temperature = TEMPERATURE.match(text, m.start)
        if temperature and temperature.end() >= m.end - 1 and not re.match(r"[\w°-]", text[temperature.end():]):
            m = replace(m, end=temperature.end(), label="QUANTITY")
        currency = CURRENCY_AFTER.match(text, m.end)
        if currency and m.label in ("CARDINAL", "MONEY") and re.search(r"\d", text[m.start:m.end]):
            m = replace(m, end=currency.end(), label="MONEY")
        if m.label == "CARDINAL" and any(p.start() <= m.start and m.end <= p.end() and int(p.group(1)) >= int(p.group(2))
                                         for p in SCORE_PART.finditer(text, max(0, m.start - 3), m.end + 3)):
            continue
        out.append(m)
    return out


def _towns_with_regions(text: str, names: list[_Mention], lex: Lexicon) -> set[int]:
    """Starts of the names written with the place they lie in after a comma ("the mayor of
    Fenton, Ohio, said", "Paris, Texas."): towns named with their state or province, places
    whatever the model made of them. After a country it takes more, for a company or agency
    is named with the country of its branch ("Chevron, Nigeria", "Amnesty International,
    Kenya"): there only a name the model did not take for an organisation, and no name whose
    head word is an organisation's. ``names`` in text order."""
    out = set()
    for m, region in zip(names, names[1:]):
        if m.label == "PERSON" or region.label != "GPE" or not re.fullmatch(r",[ \t]*", text[m.end:region.start]) \
                or not re.match(r"[ \t]*(?:[,.;:)]|\n|$)", text[region.end:region.end + 2]):
            continue
        country = normalise(text[region.start:region.end]) in lex.countries
        head = text[m.start:m.end].split()[-1]
        if not country or m.label != "ORG" and head not in lex.org_heads:
            out.add(m.start)
    return out


# a region noun after a name, not one that modifies a council or its members ("Labour county
# councillors", "a Reform district council seat": a party's)
REGION_NOUN_AFTER = re.compile(r"[ \t]+(?:province|provinces|region|district|governorate|prefecture|county)\b"
                               r"(?![ \t]+(?:council|councils|councillors?|councilors?|elections?)\b)")


def _named_with_region_nouns(text: str, names: list[_Mention]) -> set[int]:
    """Starts of the names followed by a lower-case noun for a kind of region: "Punjab
    province", "Diyala province", "Huize county"; not an adjective the model tagged as a people
    or a language ("the English county"), nor a person's name, nor a party before a council
    ("Labour county councillors")."""
    return {m.start for m in names if m.label not in ("PERSON", "NORP", "LANGUAGE")
            and REGION_NOUN_AFTER.match(text, m.end)}


PARTY_PLURAL_TAGS = frozenset({"NNPS", "NNS"})
PARTY_ENDING = re.compile(r"(?:crats|ists|ives|als)$")
"""Endings of the plurals of followers of a politics, of which parties are named: "Democrats",
"Socialists", "Conservatives", "Liberals" (English word formation: -crat, -ist, -ive, -al).
A people's or a faith's plural has other endings ("the Bosnian Serbs", "the Syrian Kurds",
"the Roman Catholics", "the Orthodox Jews", "the African Americans" are no parties; at that
price neither is "the Young Republicans"); "the Tibetan Buddhists" is the price of "-ists"."""
NOUN_PHRASE_HEADS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "ROOT", "dative"})


def _party_names(doc: Doc, names: list[_Mention]) -> list[_Mention]:
    """A politics' followers' plural after "the" and capitalised adjectives is a party, an organisation:
    "the Liberal Democrats won", "the Social Democrats came fifth", "the Free Democrats", where
    the model tagged a people (NORP) or a work (WORK_OF_ART), with or without the adjectives
    (an adjective it tagged as a people of its own joins: "the Christian Democrats"). The
    adjectives are words the lemmatizer knows as adjectives (``known_words``: not "Texas
    Democrats", "the House Republicans"), outside any other mention, and the plural is one of
    a politics' followers (``PARTY_ENDING``: not "the African Americans", "the Bosnian Serbs");
    the plural heads its noun phrase (not "Liberal Democrat leader Ed Davey", an adjective, nor "the Social Democrat candidates"), and "the"
    is its own (not "two Social Democrats"). A plural alone ("the Democrats", "Republicans
    said") stays a people, as CoNLL tags it (MISC). Once the article names a party so, its name
    is the party wherever the model tagged it or its plural as a people ("Liberal Democrats
    take seat" in a headline). ``names`` in text order; the party mentions come back labelled
    ORG."""
    if not doc.has_annotation("DEP"):
        return names
    adjectives = known_words(doc, "adj")
    text = doc.text  # once: spaCy joins it anew on every access
    taken = sorted((m.start, m.end) for m in names)
    peoples = {m.start for m in names if m.label == "NORP" and " " not in text[m.start:m.end]}

    def party_word(t: Token, head: Token) -> bool:
        return t.head == head and t.dep_ in ("compound", "amod") and t.text[:1].isupper() \
            and t.text[1:].islower() and t.lower_ in adjectives

    out, parties = [], set()
    for m in names:
        span = doc.char_span(m.start, m.end) if m.label in ("NORP", "WORK_OF_ART") else None
        head = span[-1] if span is not None else None
        if head is None or head.tag_ not in PARTY_PLURAL_TAGS or head.dep_ not in NOUN_PHRASE_HEADS \
                or not head.text[:1].isupper() or not PARTY_ENDING.search(head.text):
            out.append(m)
            continue
        first = span[0]
        while first.i > 0 and party_word(left := doc[first.i - 1], head) \
                and (not _overlaps(taken, left.idx, left.idx + len(left.text)) or left.idx in peoples):
            first = left
        words = doc[first.i:head.i + 1]
        if len(words) >= 2 and all(party_word(t, head) for t in words[:-1]) and first.i > 0 \
                and doc[first.i - 1].lower_ == "the" and doc[first.i - 1].head == head:
            out = [o for o in out if not first.idx <= o.start < m.start]  # "Christian" of "the Christian Democrats"
            out.append(_Mention(first.idx, m.end, "ORG", m.votes))
            parties.add(text[first.idx:m.end])
        else:
            out.append(m)
    return [next((_Mention(m.end - len(p), m.end, "ORG", m.votes) for p in parties
                  if m.label == "NORP" and text.startswith(p, m.end - len(p)) and m.end - len(p) <= m.start
                  and not _overlaps(taken, m.end - len(p), m.start)), m) for m in out]


REPORTING_VERBS = frozenset({"say", "tell", "announce", "state", "warn", "add", "confirm", "report", "insist"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "its", "it", "they", "their", "them"})


def _organisations_by_context(doc: Doc, text: str, names: list[_Mention], lex: Lexicon,
                              unreliable: list[tuple[int, int]]) -> tuple[list[_Mention], dict[int, float]]:
    """Organisations of one word that the clause around them names as such, whatever the model
    made of them or where it missed them (``_named_organisations``), and proper nouns the model
    missed listed with an organisation (``_listed_organisations``). A one-word person of the
    model's listed with a firm stays a person: a firm and its officer are listed together as
    often as two firms ("Tarrant Holdings and Okafor were named in the lawsuit"). Returns ``names`` with the new
    ORG mentions, in text order (the rest of their mentions then follow: ``_add_missed``), and
    the weight of the evidence by the start of each mention so named (for ``_vote``)."""
    starts: dict[int, float] = {}
    added = _named_organisations(doc, text, names, lex, unreliable, starts)
    added += _listed_organisations(doc, names + added, unreliable)
    if not added:
        return names, starts
    return sorted(names + added, key=lambda m: (m.start, m.end)), starts


def _named_organisations(doc: Doc, text: str, names: list[_Mention], lex: Lexicon,
                         unreliable: list[tuple[int, int]], starts: dict[int, float]) -> list[_Mention]:
    """One-word organisations their clause names: a capitalised noun (tagged NNP, NNPS, or NN
    at a sentence's start) in apposition with an organisation's noun ("Equity, the
    performers' union, said", "the rating agency, Fitch, said"; ``lex.org_after``,
    ``lex.org_before``); a proper noun after "at" and people named by their work, where the
    model saw no name ("Analysts at Fitch said", ``_employer_of``; a place the model tags keeps
    its label: "workers at Heathrow"); a proper noun (NNP) the subject of a verb of saying
    (``REPORTING_VERBS``) whose first personal pronoun after the verb is "its", where the model
    did not tag that word as a person ("Fitch said its outlook was negative": a person is "he"
    or "she"; but a person speaks of a thing too, "Brennan said its final offer was unfair",
    so a word the model tags as a person keeps its label; "Hale said its roof leaked" with
    "Hale" missed by the model is the price of the cue). Not on a line of unreliable capitals, not a stop
    word, title or country, no word of a longer name. Returns the words outside any mention,
    as new ORG mentions; ``starts`` gets a ``STRONG`` vote for each word so named."""
    taken = sorted((m.start, m.end) for m in names)
    by_start = {m.start: m for m in names}
    parsed = doc.has_annotation("DEP")
    added = []
    for t in doc:
        if t.tag_ not in ("NNP", "NNPS", "NN") or t.tag_ == "NN" and not t.is_sent_start \
                or not t.text[:1].isupper() or not t.text[1:].islower() or t.is_stop \
                or t.text in lex.titles or normalise(t.text) in lex.countries \
                or (t.i + 1 < len(doc) and doc[t.i + 1].tag_ in ("NNP", "NNPS")) \
                or (t.i > 0 and doc[t.i - 1].tag_ in ("NNP", "NNPS")) \
                or _overlaps(unreliable, t.idx, t.idx + len(t.text)):
            continue
        start, end = t.idx, t.idx + len(t.text)
        after = lex.org_after.match(text, end)
        # a name the model missed is an organisation by an apposition of an organisation noun
        # only: "Equity, the performers' union," not "Nadal, a longtime rival," (a role of either)
        apposition = after is not None and (start in by_start or lex.org_noun.search(after.group(0)) is not None) \
            or lex.org_before.search(text[max(0, start - 60):start]) is not None \
            and re.match(r"\s*[,.;]", text[end:end + 3]) is not None
        used = parsed and (t.tag_ == "NNP" and _owns_its(doc, t)
                           and (start not in by_start or by_start[start].label != "PERSON")
                           or t.tag_ != "NN" and _employer_of(t, lex) and start not in by_start)
        if not (apposition or used):
            continue
        if start in by_start and by_start[start].end == end:
            if used:  # a found mention's apposition is _vote's own evidence: counted there, once
                starts[start] = STRONG
        elif not _overlaps(taken, start, end):
            added.append(_Mention(start, end, "ORG"))
            starts[start] = STRONG
    return added


def _listed_organisations(doc: Doc, names: list[_Mention], unreliable: list[tuple[int, int]]) -> list[_Mention]:
    """Proper nouns outside any mention listed with an organisation of ``names``, as new ORG
    mentions: "the Liberal Democrats and Plaid Cymru will meet" (names listed together are of
    one kind); two words or more, the first no given name (a surname the model missed is listed
    with a firm as its officer: "Tarrant Holdings and Okafor were sued", "Hanwick Motors and
    Dara Finn"), not on a line of unreliable capitals."""
    if not doc.has_annotation("DEP"):
        return []
    taken = sorted((m.start, m.end) for m in names)
    firms = sorted((m.start, m.end) for m in names if m.label == "ORG")
    added = []
    for t in doc:
        partners = [t.head] if t.dep_ == "conj" else [c for c in t.children if c.dep_ == "conj"]
        run = [*(c for c in t.lefts if c.dep_ == "compound" and c.i >= t.i - 3), t]
        start, end = run[0].idx, t.idx + len(t.text)
        if len(partners) == 1 and _overlaps(firms, partners[0].idx, partners[0].idx + 1) \
                and [n.i for n in run] == list(range(run[0].i, t.i + 1)) \
                and all(n.tag_ == "NNP" and n.text[:1].isupper() and not n.is_stop for n in run) \
                and len(run) > 1 and run[0].lower_ not in given_names() \
                and not _overlaps(taken, start, end) and not _overlaps(unreliable, start, end):
            added.append(_Mention(start, end, "ORG"))
            taken = sorted([*taken, (start, end)])
    return added


def _employer_of(t: Token, lex: Lexicon) -> bool:
    """Whether ``t`` is the object of "at" after people named by their work, in the plural:
    "Analysts at Fitch said", "economists at Barclays" (``lex.person_roles``)."""
    prep = t.head
    return t.dep_ == "pobj" and prep.lower_ == "at" and prep.head.tag_ == "NNS" \
        and prep.head.lemma_.lower() in lex.person_roles


def _owns_its(doc: Doc, t: Token) -> bool:
    """Whether ``t`` is the subject of a verb of ``REPORTING_VERBS`` whose sentence's first
    personal pronoun after the verb is "its": "Fitch said its outlook was negative"."""
    verb = t.head
    if t.dep_ != "nsubj" or verb.lemma_ not in REPORTING_VERBS or verb.i < t.i:
        return False
    pronoun = next((w for w in doc[verb.i + 1:verb.sent.end] if w.lower_ in PERSONAL_PRONOUNS), None)
    return pronoun is not None and pronoun.lower_ == "its"


def _listed_with_places(doc: Doc) -> set[int]:
    """Starts of the one-word names listed with two or more names, the only one the model
    tagged as something other than a place where it tagged one or more of the others as
    places ("visit Newcastle, Hull and Aberdeen" with "Hull" a person): names listed together
    are of one kind. A name in the list that the model tagged with more words is no member."""
    out: set[int] = set()
    if not doc.has_annotation("DEP"):
        return out  # no parse: a token's children are not to be read
    for t in doc:
        if t.dep_ == "conj" or not any(c.dep_ == "conj" for c in t.children):
            continue
        listed = [t]
        while any(c.dep_ == "conj" for c in listed[-1].children):
            listed.append(next(c for c in listed[-1].children if c.dep_ == "conj"))
        one_word = [n for n in listed if n.ent_type_ and n.ent_iob_ == "B"
                    and (n.i + 1 == len(doc) or doc[n.i + 1].ent_iob_ != "I")]
        places = [n for n in one_word if n.ent_type_ == "GPE"]
        others = [n for n in one_word if n.ent_type_ != "GPE"]
        if len(listed) >= 3 and places and len(others) == 1:
            out.add(others[0].idx)
    return out


REGION_PLACE = re.compile(
    r"\b(?:in|at|near|from|across|outside|throughout|of)[ \t]+(?:the[ \t]+)?"
    r"(?:downtown|uptown|midtown|suburban|rural|central|(?:north|south)?(?:north|south|east|west)ern)[ \t]+"
    r"([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?![\w'’-]|[ \t]+[A-Z])")
"""A place name after a word that locates within it: "in downtown Marlow", "in rural Ohio",
"across northern Kaduna"; the name is at most two capitalised words and ends there."""


def _with_region_places(text: str, names: list[_Mention]) -> list[_Mention]:
    """The names after a word that locates within a place (``REGION_PLACE``) as places: added
    where the model missed them, relabelled where it took one for a person ("rural Dunsby");
    a name the model found there otherwise stays as it is."""
    spans = [r.span(1) for r in REGION_PLACE.finditer(text)]
    if not spans:
        return names
    found = set(spans)
    names = [replace(m, label="GPE") if m.label == "PERSON" and (m.start, m.end) in found else m for m in names]
    covered = sorted((m.start, m.end) for m in names)
    added = [_Mention(s, e, "GPE") for s, e in spans if not _overlaps(covered, s, e)]
    return sorted(names + added, key=lambda m: m.start)


PARTY_LABEL = re.compile(rf"(?:(?<=\()|(?<=,[ \t]))(?=[DRI][-–])(?:{PARTY.pattern})(?=[),])")
"""A politician's party and state after the name, in brackets or between commas: "Sen. Ann
Lee (R-Fla.)", "Rep. Bo Hart, D-N.Y., said" (AP style)."""


def _without_party_labels(text: str, names: list[_Mention]) -> list[_Mention]:
    """Without the mentions inside a party-and-state label (``PARTY_LABEL``: "R-Fla.",
    "D-N.Y.", "I-Vt."), which the model takes for a place: they say which party a politician
    sits for and which state elects them, not where anything is or happens."""
    labels = [(m.start(), m.end()) for m in PARTY_LABEL.finditer(text)]
    if not labels:
        return names
    return [m for m in names if not any(s <= m.start and m.end <= e for s, e in labels)]


def _without_headings(text: str, names: list[_Mention]) -> list[_Mention]:
    """Without the mentions that are a section heading of one word ("Background", "Reaction:"),
    which the model, seeing a capitalised word alone, takes for a name: one is kept when the
    text writes the word capitalised again inside a line ("Gaza" over a section on Gaza)."""
    out = []
    for m in names:
        surface = text[m.start:m.end]
        alone = " " not in surface and surface[:1].isupper() and HEADING_END.match(text, m.end) \
            and not text[text.rfind("\n", 0, m.start) + 1:m.start].strip()
        if not alone or re.search(rf"(?<=[^\s])[ \t]+{re.escape(surface)}(?![\w-])", text):
            out.append(m)
    return out


NAMED_ONLY_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP"})
"""Labels the model gives a headline's first word when it reads a person or a place there
("Zelensky visits …", "Nairobi floods …"), not the organisation it makes of a common noun
("Driver jailed …", "Council leader …")."""


def _without_positional_capitals(doc: Doc, text: str, names: list[_Mention], unreliable: list[tuple[int, int]],
                                 title: str | None, heads: Container[str] = ()) -> list[_Mention]:
    """Without the one-word mentions whose capital only says a line or sentence begins there.

    The model takes a capitalised common noun at the start of a sentence-case headline or of
    a sentence for a name: "Burger chain settles wage claims", "Driver jailed over crash",
    "Council leader Aisha Begum said". Such a word is no name when the text never writes it
    capitalised inside a sentence or before another capitalised word ("Harrogate Town"), a
    headline of unreliable capitals left out, and a common noun inside another name
    ("Northern Ballet Theatre" for "Ballet company cancels tour", "the Green Party" for "Party", an
    organisation's head of ``heads``, "Party", "Department"; ``_inside_a_name``) neither, and
    either writes it in lower case more often than capitalised ("the council"; not "Shell" three
    times over one "shell company") or it is the first word of the ``title`` (the first line,
    when the article has one) that only the title uses (the body may repeat the title as a line
    of its own; "Nvidia beats forecasts" over "Nvidia reported …" keeps its name), a common
    noun (``known_words``) the model did not take for a person or place ("Zelensky visits …",
    "Nairobi floods …" keep theirs). A word the tagger reads as a common noun is none either
    (``_tagged_common_noun``: "Gunmen kidnapped …"), unless it is a people ("Conservatives
    said"), a word the model tags as an organisation at one mention or more ("Labour won …":
    parties, unions and companies take common nouns for names) or the surname of a person
    named in full ("Davies also said").
    Words in capitals ("NATO") and lines of unreliable capitals (Title Case and ALL
    CAPS headlines, left to ``_headline_names``) are left alone."""
    out = []
    # surnames of people named in full, words the model tags as an organisation somewhere
    kept = _person_surnames(text, names) | {text[m.start:m.end] for m in names if m.label == "ORG"}
    for m in names:
        word = text[m.start:m.end]
        if " " in word or word.isupper() or not word[:1].isupper() or _overlaps(unreliable, m.start, m.end) \
                or not _opens_line_or_sentence(text, m.start):
            out.append(m)
            continue
        noun = word.lower() in known_words(doc, "noun")
        others = [o for o in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE)
                  if o.start() != m.start and not _overlaps(unreliable, o.start(), o.end())
                  and not (noun and _inside_a_name(text, o.start(), o.end(), heads))]
        if any(o.group()[0].isupper() and (not _opens_line_or_sentence(text, o.start())
                                           or re.match(r"[ \t]+[A-Z]", text[o.end():o.end() + 2])) for o in others):
            out.append(m)  # "Apple" inside a sentence, "Harrogate Town": a name wherever it stands
        elif m.label != "NORP" and word not in kept and _tagged_common_noun(doc, m):
            continue  # "Gunmen kidnapped …", "Turnout was …"; not "Davies also said", "Labour won …"
        elif not (sum(o.group()[0].islower() for o in others) > sum(o.group()[0].isupper() for o in others)
                  or m.label not in NAMED_ONLY_LABELS and noun and title
                  and title.split()[0] == word and _line_at(text, m.start) == title
                  and all(_line_at(text, o.start()) == title for o in others)):
            out.append(m)
    return out


def _inside_a_name(text: str, start: int, end: int, heads: Container[str] = ()) -> bool:
    """Whether the word at ``text[start:end]`` is a common noun inside another name: a
    capitalised word on the same line stands right before it, not an article or a sentence's
    opener ("The", "But"), and another after it ("Ballet" of "Northern Ballet Theatre"), or the
    word is an organisation's head (``heads``: "Party" of "the Green Party"). Not the last word
    that names a body on its own ("Shell" of "Royal Dutch Shell")."""
    before = re.search(r"(?<![\w'’.-])([A-Z][\w'’.-]*)[ \t]+$", text[max(0, start - 40):start])
    return before is not None and before.group(1).lower() not in STOP_OPENERS \
        and (text[start:end] in heads or re.match(r"[ \t]+[A-Z]", text[end:end + 2]) is not None)


def _tagged_common_noun(doc: Doc, m: _Mention) -> bool:
    """Whether the one word of ``m`` is a common noun by the tagger (NN, NNS: "Gunmen
    kidnapped …", not "Apple said …", which it tags NNP) and by the lemmatizer's nouns
    (``known_words``, which hold WordNet's place names too: "Portsmouth"), with a word
    in lower case after it ("Council leader", "Turnout was"; not "Council Tax" nor
    "Portsmouth :" heading a results line)."""
    span = doc.char_span(m.start, m.end)
    if span is None or len(span) != 1 or span[0].tag_ not in ("NN", "NNS") or span[0].i + 1 >= len(doc):
        return False
    after = span[0].nbor(1)
    return span[0].lemma_.lower() in known_words(doc, "noun") and after.is_alpha and after.text.islower()


def known_words(doc: Doc, pos: str) -> Container[str]:
    """The base forms of a part of speech ("noun", "verb") the pipeline's lemmatizer knows,
    lower case (its ``lemma_index`` table, which ``pipeline`` gives the vocabulary; from WordNet
    for the English models); empty for a pipeline without one."""
    lookups = doc.vocab.lookups
    return lookups.get_table("lemma_index").get(pos, ()) if lookups.has_table("lemma_index") else ()


def _line_at(text: str, at: int) -> str:
    """The line of ``text`` that holds offset ``at``, without the spaces around it."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)].strip()


HEADING_END = re.compile(r"[ \t]*:?[ \t]*(?:\n|\Z)")
"""What may follow a heading's word on its line: a colon, spaces."""


def _named_again(text: str, capitals: str, after: int) -> bool:
    """Whether words written in capitals (a dateline's "ROTTERDAM") stand again after ``after``
    as a name: capitalised, not in capitals ("Rotterdam"; "PORT OF SPAIN" as "Port of Spain")."""
    return any(again.group()[0].isupper() and not again.group().isupper() for again in
               re.finditer(rf"(?<![\w-]){re.escape(capitals)}(?![\w-])", text[after:], re.IGNORECASE))


def _headline_names(text: str, names: list[_Mention], unreliable: list[tuple[int, int]],
                    lex: Lexicon, nouns: Container[str] = ()) -> list[_Mention]:
    """In headlines whose capitals say nothing, keep only what the model can still tell.

    The model reads every capitalised word as part of a name there ("… to Showcase Advanced
    Battery Swapping" becomes an organisation). A mention on such a line is kept when the rest
    of the article has the same words, or its first words (in any case: "AGASSI" after "Andre
    Agassi"; only the words the body capitalises), a person's surname, a word the body writes
    as a name of its own ("Angela Merkel Wins" over a story of "Merkel" is "Angela Merkel";
    not "Wins Nobel Prize" after "Professor", over a body's "Nobel Prize"), when it is a known name (``aliases.toml``)
    or one word with capitals inside ("YouTube"), or when it is a place or a nationality,
    which the model tells by the word itself ("LONDON 1996-08-30"); a place of several words
    is cut like the others to what the body names ("Felixstowe Port Over Pay" over a story of
    "Felixstowe port" is "Felixstowe"), and kept whole when the body never names it. A kept
    person's name begins after its personal titles ("Sheriff Bo Lindahl", "GOVERNOR KEMAL ADEYEMI"),
    when the body also names the person without them (``_after_headline_titles``). The body's names are then found on
    these lines whatever their case (``_add_missed``), so headline mentions join the body's
    entities.
    """
    if not unreliable:
        return names
    starts = [s for s, _ in unreliable]

    def on_unreliable(m: _Mention) -> bool:
        i = bisect_left(starts, m.start + 1) - 1
        return i >= 0 and m.end <= unreliable[i][1]

    heads = lex.org_heads | lex.listed_name_heads  # "Party", "Department": the head of a body's name
    reliable = "\n".join(text[end:start] for (_, end), (start, _) in
                         zip([(0, 0), *unreliable], [*unreliable, (len(text), 0)]))
    out = []
    for m in names:
        surface = text[m.start:m.end]
        place = m.label in PLACE_LABELS or m.label == "NORP"
        if not on_unreliable(m) or place and " " not in surface:
            out.append(m)
            continue
        if normalise(lex.aliases.get(normalise(surface), surface)) in lex.aliases.values() \
                or " " not in surface and re.search(r"(?<=.)[A-Z]", surface) and not surface.isupper():
            out.append(_Mention(m.start, m.end, m.label, votes=False))
            continue
        words = list(re.finditer(r"\S+", surface))
        for k in range(len(words), 0, -1):  # "Angela Merkel Wins" → "Angela Merkel"
            part = surface[:words[k - 1].end()]
            found = _in_body(part, reliable)
            if found and k == 1 and (_opens_line_or_sentence(reliable, found.start())
                                     or re.match(r"[ \t]+[A-Z]", reliable[found.end():found.end() + 3])):
                found = None  # "GOLF -" over "Golf games were played" or "Deer Park Golf Course"
            start, end = _capitalised_part(found.group(), m.start) if found else (m.start, m.start)
            if start == end and m.label == "PERSON" and k > 1 and _alone_in_body(words[k - 1].group(), reliable):
                start, end = m.start, m.start + len(part)
            if start < end:
                wider = _with_body_words_before(text, start, end, reliable)
                if wider == start and k == 1 and part.lower() in nouns and not _alone_in_body(part, reliable) \
                        and any(_inside_a_name(reliable, o.start(), o.end(), heads)
                                for o in re.finditer(rf"(?<![\w-]){re.escape(part)}(?![\w-])", reliable)):
                    continue  # "Quits Party" over the body's "Green Party": a common noun of another name
                start = wider
                if m.label == "PERSON":
                    start = _after_headline_titles(text, start, end, reliable, lex, nouns)
                out.append(_Mention(start, end, m.label, votes=False))
                break
        else:
            if place and m.label != "FAC":  # a place the body never names again: the model's reading,
                out.append(m)               # as it is; not a building, which it reads from the capitals
    return out


def _without_headline_descriptors(text: str, names: list[_Mention], lex: Lexicon, nouns: Container[str]) -> list[_Mention]:
    """A name on the first line (the title) begins after a word that only describes it, when
    the body names the rest: "Brewer Halden & Sons plc agrees takeover" over the body's "Halden
    & Sons plc, the family-owned brewer" is "Halden & Sons plc". The word is a role noun
    (``_role_word``, with ``nouns``) or one the body writes in lower case, and the body never
    names the whole ("Admiral Insurance Raises Premiums" over "Admiral Insurance said")."""
    line_end = text.find("\n")
    if line_end <= 0:
        return names
    body = text[line_end:]
    out = []
    for m in names:
        first = re.match(r"(\S+)[ \t]+", text[m.start:m.end]) if m.end <= line_end else None
        if first and re.search(rf"(?<![\w-]){re.escape(text[m.start + first.end():m.end])}(?![\w-])", body) \
                and not re.search(rf"(?<![\w-]){re.escape(text[m.start:m.end])}(?![\w-])", body, re.IGNORECASE) \
                and (_role_word(first.group(1), lex, nouns)
                     or re.search(rf"(?<![\w-]){re.escape(first.group(1).lower())}(?![\w-])", body)):
            m = _Mention(m.start + first.end(), m.end, m.label, m.votes, m.dateline)
        out.append(m)
    return out


def _alone_in_body(word: str, body: str) -> bool:
    """Whether the body writes ``word`` capitalised as a name of one word, with no capitalised
    word next to it on its line: "Merkel won", not "Prize" of "the Nobel Prize in Chemistry"."""
    for found in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w'’-])", body, re.IGNORECASE):
        before = re.search(r"(\S+)[ \t]+$", body[max(0, found.start() - 40):found.start()])
        after = re.match(r"[ \t]+(\S+)", body[found.end():found.end() + 40])
        if found.group()[0].isupper() and not (before and before.group(1)[0].isupper()) \
                and not (after and after.group(1)[0].isupper()):
            return True
    return False


def _after_headline_titles(text: str, start: int, end: int, body: str, lex: Lexicon,
                           nouns: Container[str] = ()) -> int:
    """Where a headline person's name begins once its leading personal titles, in any case,
    are left out: "Sheriff Bo Lindahl", "GOVERNOR KEMAL ADEYEMI" are Bo Lindahl, KEMAL ADEYEMI
    (the titles of ``person_titles``, and a first word that is a role noun before two name
    words, ``_role_word`` with ``nouns`` the common nouns: "Manager Tobias Wrenfield"; one word
    of the name stays), when ``body`` writes the
    name's last word more often than the whole ("Lindahl said"); a title the body always
    writes with the name is part of it ("Captain Marvel", "the President Club")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    keep = 0
    while keep < len(words) - 1 and words[keep].group().rstrip(".").capitalize() in lex.person_titles:
        keep += 1
    if keep == 0 and len(words) > 2 and _role_word(words[0].group().capitalize(), lex, nouns):
        keep = 1  # "Manager Tobias Wrenfield", not "MAYOR DORIAN PELLETIER" less "DORIAN"
    if not keep:
        return start
    alone = len(re.findall(rf"(?<![\w-]){re.escape(words[-1].group())}(?![\w-])", body, re.IGNORECASE))
    together = len(re.findall(r"(?<![\w-])" + r"\s+".join(re.escape(w.group()) for w in words) + r"(?![\w-])",
                              body, re.IGNORECASE))
    return start + words[keep].start() if alone > together else start


def _with_body_words_before(text: str, start: int, end: int, body: str) -> int:
    """Where a headline name begins once the words before it on its line that the body
    writes capitalised with it are added: "Pinecrest Labs Hires …", where the model tagged
    "Labs Hires", is "Pinecrest Labs" when the body names "Pinecrest Labs"."""
    while True:
        word = re.search(r"(?:^|(?<=[ \t]))[^\W\d_][\w'’-]*[ \t]+$", text[text.rfind("\n", 0, start) + 1:start])
        if word is None:
            return start
        found = _in_body(text[start - len(word.group()):end], body)
        if not found or not all(w[0].isupper() for w in found.group().split()):
            return start
        start -= len(word.group())


def _in_body(words: str, body: str) -> re.Match[str] | None:
    """Where ``words`` stand whole in ``body``, in any case; an occurrence that begins with a
    capital first."""
    found = list(re.finditer(rf"(?<![\w-]){re.escape(words)}(?![\w-])", body, re.IGNORECASE))
    return next((f for f in found if f.group()[0].isupper()), found[0] if found else None)


def _capitalised_part(body_form: str, start: int) -> tuple[int, int]:
    """The part of a headline mention at ``start`` that is capitalised where the body writes
    the same words (``body_form``): "IN WORLD CUP QUALIFIER" against "in World Cup qualifier"
    is "WORLD CUP"; (start, start) when no word of it is."""
    words = [w for w in re.finditer(r"\S+", body_form) if w.group()[0].isupper() or w.group()[0].isdigit()]
    if not words:
        return start, start
    return start + words[0].start(), start + words[-1].end()


# --- merging ------------------------------------------------------------------------------

class _Groups:
    """Union-find over mention indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


ACRONYM_AFTER = re.compile(r"\s*" + ACRONYM.pattern)
SHORT_NAME_AFTER = re.compile(r"\s*" + SHORT_NAME.pattern)


def _acronym_after(text: str, m: _Mention) -> re.Match[str] | None:
    """The acronym in parentheses right after a name, or a short name the name spells
    ("Department for Environment, Food and Rural Affairs (Defra)", ``_spells``); a person's
    "(R-IN)" or "(D)" is not one, nor a dateline's agency ("WASHINGTON (AP)")."""
    if m.label == "PERSON" or m.dateline:
        return None
    short = SHORT_NAME_AFTER.match(text, m.end)  # "(Defra)" after the name it spells
    if short and _spells(short.group(1), [w for w in text[m.start:m.end].split() if w[0].isupper()]):
        return short
    return ACRONYM_AFTER.match(text, m.end)


def _group(text: str, names: list[_Mention], lex: Lexicon, clubs: Clubs | None = None) -> list[list[_Mention]]:
    """Mentions of one thing together: same name, alias, acronym in parentheses, surname.

    A dateline's place stays apart from a club of the same name ("NEW YORK 1996-08-30" above
    a table where NEW YORK is a club)."""
    # "The Islamic State (ISIS)": the acronym is a mention of the name before it
    by_start = {m.start: m for m in names}
    for m in list(names):
        acro = _acronym_after(text, m)
        if acro and acro.start(1) not in by_start:
            new = _Mention(acro.start(1), acro.end(1), m.label)
            names.append(new)
            by_start[new.start] = new
    names.sort(key=lambda n: n.start)
    suffixes = {s.replace(".", "").casefold() for s in lex.name_suffixes - PERSONAL_SUFFIXES}
    keys = [_without_company_suffix(lex.aliases.get(normalise(text[m.start:m.end]), normalise(text[m.start:m.end])),
                                    suffixes) for m in names]
    if clubs is not None:
        keys = ["\0" + k if m.dateline and (k in clubs.likely or k in clubs.named) else k
                for k, m in zip(keys, names)]
    groups = _Groups(len(names))
    first_with_key: dict[str, int] = {}
    index_at = {m.start: i for i, m in enumerate(names)}
    for i, m in enumerate(names):
        with isolated(m.start):
            if keys[i] in first_with_key:
                groups.union(first_with_key[keys[i]], i)
            else:
                first_with_key[keys[i]] = i
            acro = _acronym_after(text, m)
            if acro and acro.start(1) in index_at:
                j = index_at[acro.start(1)]
                groups.union(i, j)
                first_with_key.setdefault(keys[j], j)
                groups.union(first_with_key[keys[j]], i)
    _merge_surnames(text, names, groups, lex)
    if clubs is not None:
        _merge_club_tails(text, names, groups, clubs)
    members: dict[int, list[_Mention]] = defaultdict(list)
    for i, m in enumerate(names):
        members[groups.find(i)].append(m)
    return list(members.values())


def _without_company_suffix(key: str, suffixes: set[str]) -> str:
    """A name's key (``normalise``) without its company suffix (``suffixes``: the lexicon's
    ``name_suffixes`` but a person's "Jr", case-folded), so that "Bramwell Foods Inc." and a
    headline's "BRAMWELL FOODS" are one name. A key left with one word stays whole: "Warner
    Bros." and "Smith & Co." are no mentions of the people Warner and Smith."""
    words = key.replace(",", " ").split()
    if len(words) > 1 and words[-1] in suffixes:
        words = words[:-1]
        while words and words[-1] in ("&", "and"):
            words = words[:-1]
        if len(words) >= 2:  # "Warner Bros." is not the surname "Warner", nor "Smith & Co." "Smith"
            return " ".join(words)
    return key


def surname_forms(full_name: str) -> list[str]:
    """How a person named in full is named again: "Haider al-Abadi" → al-Abadi, Abadi."""
    words = full_name.split()
    if len(words) < 2:
        return []
    last = words[-1]
    forms = [last]
    particle = re.match(r"(?:[a-z]{1,3}[-’'])+(?=[A-Z])", last)  # al-, el-, bin-, d'
    if particle:
        forms.append(last[particle.end():])
    return forms


def _merge_surnames(text: str, names: list[_Mention], groups: _Groups, lex: Lexicon) -> None:
    """A one-word name that ends exactly one longer name, of a person, joins it.

    It is a person's when either side was tagged PERSON: "Haider al-Abadi" … "Abadi" (tagged
    ORG), or "Jean-Claude Juncker" (tagged ORG) … "Mr. Juncker" (tagged PERSON). The one-word
    mention votes on the label only when it says PERSON, so a stray ORG does not tie a name.
    The first word of a name tagged PERSON counts too, where family names come first ("Wang
    Donghai" … "Wang"), as long as no other person has it. A name in capitals (a headline's
    "MBEMBA") is compared as the body writes it.

    A one-word place the model made of a person's surname ("Corrigan said …" after "Maeve
    Corrigan") joins the person too, when only people own the word, it is no country and no
    place preposition or place noun stands before it (``lex``). When several people share the
    surname, it joins the one of them named before it when the others are named only after it
    ("Ireson's sister, Aileen Ireson" after "Callum Ireson"); otherwise none ("Anna Berg met
    Tomas Berg. Berg said").
    """
    _merge_short_first_names(text, names, groups)
    _merge_short_org_names(text, names, groups, lex)
    _merge_org_tails(text, names, groups)
    owners: dict[str, set[int]] = defaultdict(set)
    first_owners: dict[str, set[int]] = defaultdict(set)
    person_owners: set[str] = set()
    for i, m in enumerate(names):
        if m.label in PLACE_LABELS or m.label == "NORP":
            continue
        name = text[m.start:m.end]
        forms = surname_forms(name)
        for form in forms:
            owners[form].add(groups.find(i))
            if m.label == "PERSON":
                person_owners.add(form)
        if m.label == "PERSON" and forms and re.fullmatch(r"[A-Z][a-z]{2,}", name.split()[0]):
            first_owners[name.split()[0]].add(groups.find(i))
    surnames = set(person_owners)  # before the first words: a place is never taken for "Wang" of "Wang Donghai"
    for form, roots in first_owners.items():
        if form not in owners:  # a surname ("Halden" of "Ruth Halden") wins over a first word ("Halden Tower")
            owners[form] = roots
            person_owners.add(form)
    folded = {form.casefold(): form for form in owners}
    for i, m in enumerate(names):
        with isolated(m.start):
            name = text[m.start:m.end]
            if name.isupper() and len(name) > 3 and name not in owners:  # a headline's "MBEMBA"
                name = folded.get(name.casefold(), name)
            if " " in name or m.label == "NORP" or name not in owners \
                    or m.label in PLACE_LABELS and not _surname_as_place(text, m, name, surnames, lex):
                continue
            roots = {groups.find(j) for j in owners[name]}
            if len(roots) > 1:
                before = [j for j in owners[name] if names[j].end <= m.start and names[j].label == "PERSON"]
                roots = {groups.find(j) for j in before} if before else roots
            if len(roots) == 1 and (name in person_owners or m.label == "PERSON"):
                groups.union(next(iter(roots)), i)
                m.votes = m.label == "PERSON"


def _surname_as_place(text: str, m: _Mention, name: str, surnames: Container[str], lex: Lexicon) -> bool:
    """Whether the one-word place ``m`` (written ``name``) reads as a person's surname: the last
    word of a person's full name (in ``surnames``), no country, and the text never writes a
    place preposition or "the town of" before the word (not "Houston is a city" after "Tim
    Houston" where the article also writes "in Houston")."""
    if name not in surnames or normalise(name) in lex.countries:
        return False
    return not _written_as_place(text, name, lex)


def _written_as_place(text: str, name: str, lex: Lexicon) -> bool:
    """Whether the text writes ``name`` as a place somewhere: after a place preposition or
    "the town of" (``_place_cue_before``), or before a noun of a place (``place_nouns``: "Leeds
    residents", "Newcastle city council")."""
    for o in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        noun_after = re.match(r"[ \t]+([a-z]+)", text[o.end():o.end() + 30])
        if _place_cue_before(text, o.start(), lex) or noun_after and noun_after.group(1) in lex.place_nouns:
            return True
    return False


def _place_cue_before(text: str, at: int, lex: Lexicon) -> bool:
    """Whether a place noun and "of" ("the town of") or a place preposition ("in", "near")
    stands right before offset ``at``."""
    before = text[max(0, at - 60):at]
    return bool(lex.place_before.search(before) or lex.weak_place_before.search(before))


CLUB_WORDS = CLUB_TAILS - {"Town", "City", "County"}
"""Second words that make "<Town> <word>" a club whose town alone may name it: "Leeds United",
"Bolton Wanderers"; not "Town", "City", "County", which also name the town's own council or county."""


def _merge_short_org_names(text: str, names: list[_Mention], groups: _Groups, lex: Lexicon) -> None:
    """A one-word name that begins exactly one longer organisation's name joins it: "Magna"
    after "Magna International Inc", "Deportivo" after "Deportivo Coruna", "HSBC" after "HSBC
    Holdings"; an acronym before two words or more names a part of its body ("NHS Foundation
    Trust", "UN Security Council") and stays apart. A place, a
    nationality, a country (``lex.countries``, whatever the model's label: a headline's
    "Pakistan" over the "Pakistan Meteorological Department") or a person named in full never
    does: "Michigan", "Republican" (also tagged as a group), "Obama" after "Barack Obama" (not
    "Obama Power Plant Rules"); but the town of a club ("<Town> United", ``CLUB_WORDS``) does
    where the text never writes it as a place (``_written_as_place``: "Leeds sack manager",
    "Leeds said"; not where it writes "the council in Leeds", "Newcastle city council" or "Leeds
    residents")."""
    owners: dict[str, set[int]] = defaultdict(set)
    never = _person_surnames(text, names) | {text[m.start:m.end] for m in names
                                             if m.label in PLACE_LABELS or m.label == "NORP"
                                             or normalise(text[m.start:m.end]) in lex.countries}
    towns = {text[m.start:m.end].split()[0] for m in names if m.label == "ORG"
             and len(text[m.start:m.end].split()) == 2 and text[m.start:m.end].split()[1] in CLUB_WORDS}
    for i, m in enumerate(names):
        words = text[m.start:m.end].split()
        if m.label == "ORG" and len(words) > 1 and re.fullmatch(r"[A-Z][\w'’-]{2,}", words[0]) \
                and not (words[0].isupper() and len(words) > 2):
            owners[words[0]].add(groups.find(i))
    for i, m in enumerate(names):
        name = text[m.start:m.end]
        club_town = name in towns and normalise(name) not in lex.countries \
            and not _written_as_place(text, name, lex)
        if name in never and not club_town or name not in owners:
            continue
        roots = {groups.find(j) for j in owners[name]}
        if len(roots) == 1:
            groups.union(next(iter(roots)), i)
            m.votes = m.label == "ORG"


def _merge_org_tails(text: str, names: list[_Mention], groups: _Groups) -> None:
    """A headline's name of two words or more that ends exactly one longer organisation's name
    joins it: "Harbor Authority" in a Title Case headline over the body's "Portsmouth Harbor
    Authority" (a headline shortens names). Only on a line whose capitals are unreliable
    (``casing_unreliable_lines``): in running text "the Supreme Court" beside "the Ohio Supreme
    Court", or "the Labour Party" beside "the Scottish Labour Party", is another body. Names
    the ends of two organisations ("Democratic Party" beside "Social Democratic Party" and "Free
    Democratic Party") stay apart."""
    headlines = casing_unreliable_lines(text)
    if not headlines:
        return
    longer: dict[str, set[int]] = defaultdict(set)
    for i, m in enumerate(names):
        words = normalise(text[m.start:m.end]).split()
        if m.label == "ORG":
            for k in range(1, len(words) - 1):
                longer[" ".join(words[k:])].add(groups.find(i))
    for i, m in enumerate(names):
        key = normalise(text[m.start:m.end])
        if m.label in ("ORG", None) and " " in key and key in longer and _overlaps(headlines, m.start, m.end):
            roots = longer[key] - {groups.find(i)}
            if len(longer[key]) == 1 and roots:
                groups.union(next(iter(roots)), i)


def _merge_club_tails(text: str, names: list[_Mention], groups: _Groups, clubs: Clubs) -> None:
    """A one-word name that ends exactly one longer name of a team joins it: "Palace" after
    "Crystal Palace", "City" after "Manchester City" (a club by the article's sports shapes,
    ``teams``, or a place and a plural, ``_with_plural_teams``: "Broncos" after "Denver Broncos").
    A person's or a place's mention never does, nor a word that ends two teams' names ("City"
    beside "Hull City" and "Manchester City")."""
    owners: dict[str, set[int]] = defaultdict(set)
    for i, m in enumerate(names):
        name = text[m.start:m.end]
        words = name.split()
        if len(words) > 1 and normalise(name) in clubs.likely | clubs.named:
            owners[words[-1].casefold()].add(groups.find(i))  # a headline's "CRYSTAL PALACE" too
    for i, m in enumerate(names):
        name = text[m.start:m.end].casefold()
        if " " in name or name not in owners or m.label in (*PLACE_LABELS, "NORP", "PERSON"):
            continue
        roots = {groups.find(j) for j in owners[name]}
        if len(roots) == 1:
            groups.union(next(iter(roots)), i)


def _merge_short_first_names(text: str, names: list[_Mention], groups: _Groups) -> None:
    """"Phil Seary" and "Philip Seary": two-word names, one first name the other's beginning."""
    by_surname: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for i, m in enumerate(names):
        words = text[m.start:m.end].split()
        if len(words) == 2 and m.label not in PLACE_LABELS:
            by_surname[words[1]].append((words[0], i))
    for firsts in by_surname.values():
        for a, i in firsts:
            for b, j in firsts:
                if a != b and len(a) >= 3 and b.startswith(a):
                    groups.union(i, j)


def _add_missed(doc: Doc, text: str, groups: list[list[_Mention]], taken: list[_Mention],
                lex: Lexicon, unreliable: list[tuple[int, int]] = ()) -> None:
    """Where the model missed a name it tagged elsewhere (or a known person's surname), tag it;
    in the ``unreliable`` lines (headlines in capitals) whatever its case. A person the text
    names only by surname elsewhere is named in full where given names stand before the
    surname ("The director, Hywel Price-Jenkins, resigned" … "Price-Jenkins, 63,"; see
    ``_given_names_before``)."""
    covered = sorted((m.start, m.end) for m in taken)
    forms: dict[str, int] = {}
    ambiguous: set[str] = set()
    for gi, members in enumerate(groups):
        persons = any(m.label == "PERSON" for m in members)
        for m in members:
            surface = text[m.start:m.end]
            candidates = [surface] + (surname_forms(surface) if persons else [])
            for form in candidates:
                if forms.get(form, gi) != gi:
                    ambiguous.add(form)
                forms.setdefault(form, gi)
    usable = sorted((f for f in forms if f not in ambiguous and len(f) > 1
                     and (f.isupper() or not doc.vocab[f.lower()].is_stop)),  # "WHO" is not "who"
                    key=len, reverse=True)  # longest first: "Tom Hale" before "Hale"
    if not usable:
        return
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, usable)) + r")(?![\w-])")
    found = [occ.span() for occ in pattern.finditer(text)]
    by_fold = {f.casefold(): forms[f] for f in usable if not doc.vocab[f.lower()].is_stop}
    if unreliable:
        folded = re.compile(pattern.pattern, re.IGNORECASE)
        found += [occ.span() for start, end in unreliable for occ in folded.finditer(text, start, end)]
        # a name only a headline gives, in capitals ("SEVERN TRENT"), as the body writes it: "Severn Trent"
        capitals = [f for f in usable if f.isupper() and len(f) > 3]
        if capitals:
            titled = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, capitals)) + r")(?![\w-])", re.IGNORECASE)
            found += [occ.span() for occ in titled.finditer(text) if not _overlaps(list(unreliable), *occ.span())
                      and all(w[0].isupper() for w in occ.group().split()) and not occ.group().isupper()
                      and (" " in occ.group() or not _opens_line_or_sentence(text, occ.start()))]
    in_headline = {span for span in found if _overlaps(list(unreliable), *span)}
    nationalities = sorted((m.start, m.end) for m in taken if m.label == "NORP")
    for s, e in sorted(set(found)):
        with isolated(s):
            gi = forms.get(text[s:e], by_fold.get(text[s:e].casefold()))
            if gi is None or _overlaps(covered, s, e) or doc.char_span(s, e) is None:
                continue
            if (s, e) in in_headline or not _inside_longer_name(doc, text, s, e, lex, covered, nationalities):
                groups[gi].append(_Mention(s, e, None, votes=False))
                covered = sorted([*covered, (s, e)])
            elif (given := _given_names_before(doc, s, e, groups[gi], text, lex)) < s \
                    and not _overlaps(covered, given, e):
                groups[gi].append(_Mention(given, e, "PERSON"))  # "Hywel Price-Jenkins" of "Price-Jenkins, 63,"
                covered = sorted([*covered, (given, e)])
    for members in groups:
        members.sort(key=lambda m: m.start)


def _given_names_before(doc: Doc, start: int, end: int, members: list[_Mention], text: str, lex: Lexicon) -> int:
    """Where the given names before the surname ``text[start:end]`` begin (``_first_name_word``:
    capitalised proper nouns the parser hangs on the surname, no title or role), when
    ``members`` is a person named by that one word only (so no other first name is known
    for them); else ``start``."""
    if not any(m.label == "PERSON" for m in members) or any(" " in text[m.start:m.end] for m in members):
        return start
    span = doc.char_span(start, end)
    i = span.start if span is not None else 0
    while i > 0 and _first_name_word(doc[i - 1], span, lex):
        i -= 1
    return doc[i].idx if span is not None and i < span.start else start


def _add_title_short_names(doc: Doc, text: str, groups: list[list[_Mention]], values: list[_Mention],
                           lex: Lexicon) -> None:
    """A word of the first line, the title, that begins the name of exactly one organisation
    the body names in full (a mention of two words or more the model or a rule tagged ORG) is
    a mention of it where nothing else is tagged there, in any case: "Leeds" of "Leeds hold
    Sunderland to goalless draw" over "Leeds United drew …", "VELMORA" over "Velmora Motors".
    A headline shortens names; the body's name says which. Not a word the text writes in lower
    case ("New" of "New York Times"), a stop word, a word before a title ("Polish Foreign
    Minister" over a body's "Foreign Ministry"), one after a place's preposition ("… RISE IN
    BARNSLEY" over "Barnsley Teaching Hospitals NHS Trust"), nor a word the lemmatizer knows as
    a noun (``known_words``: rivers and places, "Thames" of "Thames bursts its banks" over
    "Thames Water", as well as common nouns) that the body never writes alone."""
    line_end = text.find("\n")
    if line_end <= 0:
        return
    owners: dict[str, set[int]] = defaultdict(set)
    for gi, members in enumerate(groups):
        for m in members:
            words = text[m.start:m.end].split()
            if m.start > line_end and len(words) >= 2 and m.label == "ORG" \
                    and re.fullmatch(r"[A-Z][\w'’-]{2,}", words[0]) and not doc.vocab[words[0].lower()].is_stop \
                    and not re.search(rf"(?<![\w-]){re.escape(words[0].lower())}(?![\w-])", text):
                owners[words[0].casefold()].add(gi)
    if not owners:
        return
    covered = sorted([(m.start, m.end) for members in groups for m in members] + [(m.start, m.end) for m in values])
    nouns = known_words(doc, "noun")
    for word in re.finditer(r"(?<![\w'’-])[A-Z][\w'’-]*(?![\w'’-])", text[:line_end]):
        roots = owners.get(word.group().casefold(), set())
        if roots and word.group().lower() in nouns and not re.search(
                rf"(?<![\w-]){re.escape(word.group())}(?![\w'’-])(?![ \t]+[A-Z])", text[line_end:], re.IGNORECASE):
            continue  # "Thames bursts its banks" over "Thames Water": a river, unless the body says "Thames" alone
        after = re.match(r"[ \t]+([\w.]+)", text[word.end():line_end])
        if after and after.group(1).rstrip(".").capitalize() in lex.titles \
                or lex.weak_place_before.search(text[max(0, word.start() - 12):word.start()].lower()):
            continue  # "Polish Foreign Minister" over a body's "Foreign Ministry"; "… IN BARNSLEY", a place
        if len(roots) == 1 and not _overlaps(covered, *word.span()) and doc.char_span(*word.span()) is not None:
            members = groups[next(iter(roots))]
            members.append(_Mention(word.start(), word.end(), None, votes=False))
            members.sort(key=lambda m: m.start)


def _inside_longer_name(doc: Doc, text: str, start: int, end: int, lex: Lexicon,
                        covered: list[tuple[int, int]], nationalities: list[tuple[int, int]]) -> bool:
    """Whether text[start:end] is part of a longer capitalised name: a capitalised word stands
    right before or after it on its line that is no title, initial, company suffix or stop
    word, and, before it, no nationality (``nationalities``) nor a sentence's first word that
    the tagger reads as no proper noun, after it no name of its own (``covered``): "Water" in "Anglian Water" or "Thames Water"
    is not the "Water" of "Yorkshire Water"; "Hale" in "Hale Street" is not Tom Hale;
    "President Hale", "T. Hale", "But Hale", "American Hale", "Hale Chechnya mission" are."""
    before = re.search(r"(?<![\w'’.-])([A-Z][\w'’.-]*)[ \t]+$", text[max(0, start - 40):start])
    after = re.match(r"[ \t]+([A-Z][\w'’-]*)", text[end:end + 40])

    def part_of_name(w: re.Match[str] | None, at: int, separate: list[tuple[int, int]]) -> bool:
        if w is None:
            return False
        word = w.group(1)
        return not (word.rstrip(".") in lex.titles or word.rstrip(".") in lex.name_suffixes
                    or re.fullmatch(r"[A-Z]\.", word) or doc.vocab[word.lower()].is_stop
                    or _overlaps(separate, at, at + len(word)))

    before_at = start - len(before.group()) if before else 0
    if part_of_name(before, before_at, nationalities) and _opens_line_or_sentence(text, before_at):
        opener = doc.char_span(before_at, before_at + len(before.group(1)), alignment_mode="expand")
        return opener is not None and opener[0].pos_ == "PROPN"  # "Anglian Water", not "Controversial IRA film"
    return part_of_name(before, before_at, nationalities) or part_of_name(after, end + (after.start(1) if after else 0), covered)


def _opens_line_or_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` is the first of its line or follows a sentence's end: its
    capital says nothing ("Baseball games played on Thursday")."""
    before = text[text.rfind("\n", 0, at) + 1:at].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:"


def _overlaps(covered: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, non-overlapping ``covered`` spans."""
    i = bisect_left(covered, (end, end))
    return i > 0 and covered[i - 1][1] > start


# --- labels -------------------------------------------------------------------------------

def _vote(text: str, members: list[_Mention], lex: Lexicon, unreliable: list[tuple[int, int]] = (),
          towns: set[int] = frozenset(), listed_places: set[int] = frozenset(),
          organisations: dict[int, float] | None = None) -> str:
    """One label for the entity: the model's votes, outweighed by what the context says (a
    place before it, a title, an age; a region after it: ``towns``, starts of such mentions; a
    one-word person listed with places: ``listed_places``, not an organisation, which "sanctions
    on Russia, Iran and Hezbollah" lists with them; an organisation noun in apposition, unless
    the model names the entity as a person in full; ``organisations``, the weights of the
    context that says a mention names an organisation, by its start: ``_organisations_by_context``).

    On a line whose capitals mark nothing (``unreliable``: "Lab Hires Former NASA Engineer")
    only a title that is nothing else ("Mayor", not "Former" or "Acting") says a person follows."""
    votes: dict[str, float] = defaultdict(float)
    organisations = organisations or {}
    # a person the model names in full is no organisation by a noun beside a surname ("Nadal, a
    # longtime rival, said"; "after she left the bank, Patel, 52, opened a bakery")
    full_person = any(m.label == "PERSON" and " " in text[m.start:m.end] for m in members)
    for m in members:
        titles = lex.person_titles if _overlaps(list(unreliable), m.start, m.end) else lex.titles
        if m.label and m.votes:
            votes[m.label] += 1
        before = text[max(0, m.start - 60):m.start]
        if lex.place_before.search(before) or m.start in towns:
            votes["GPE"] += STRONG
        elif m.label in ("PERSON", "NORP") and lex.weak_place_before.search(before) \
                and NOT_A_MODIFIER.match(text, m.end) \
                or m.label == "PERSON" and m.start in listed_places and " " not in text[m.start:m.end]:
            votes["GPE"] += WEAK
        if text[m.start:m.end] in lex.agencies:
            votes["ORG"] += STRONG  # "Reuters"
        elif m.start in organisations and not full_person:
            votes["ORG"] += organisations[m.start]  # "Fitch said its outlook was negative"
        if AGE_AFTER.match(text, m.end):  # "Philip Seary, 57, ..."
            votes["PERSON"] += STRONG
        owned = OWNED_PERSON.match(text, m.end)
        if owned and (owned.group(1) in KIN or owned.group(1) in PERSONAL_STAFF and not THE_BEFORE.search(before)):
            votes["PERSON"] += STRONG  # "Ireson's sister", "Abadi's former aide": only a person has one;
            # not "the Kremlin's aides": a name after "the" is no person's
        if lex.role_before.search(before) and re.match(r"\s*[,.;]", text[m.end:m.end + 3]):
            votes["PERSON"] += STRONG  # "a spokeswoman for the association, Renata Vollmer, said"
        elif not full_person and (lex.org_before.search(before) and re.match(r"\s*[,.;]", text[m.end:m.end + 3])
                                  or " " not in text[m.start:m.end] and lex.org_after.match(text, m.end, m.end + 90)):
            votes["ORG"] += STRONG  # "a survivors' group, Zranieni, said"; "Bonhams, a smaller rival, said"
        word_before = re.search(r"(\S+)\s$", before)
        word_after = re.match(r"\s+(\S+)", text[m.end:m.end + 40])
        if word_before and word_before.group(1).rstrip(".") in titles \
                and word_before.group(1)[:1].isupper() \
                and not (word_after and word_after.group(1).rstrip(".,") in lex.titles):
            votes["PERSON"] += STRONG  # "Mr Seary", not "Former Pennsylvania Gov. Ed Rendell"
    longest = max(members, key=lambda m: m.end - m.start)
    # the head word: the last, or in "X of Y" the last of X ("Office of Rail and Road" is an
    # office, "Bank of Hartfield" a bank, "Gulf of Finland" a gulf); a company word ends an
    # organisation wherever it stands ("Isle of Man Sugar Company")
    last_word = text[longest.start:longest.end].split(" of ")[0].split()[-1].rstrip(".")
    first_word = text[longest.start:longest.end].split()[0]
    if last_word in lex.org_heads or text[longest.start:longest.end].split()[-1].rstrip(".") in lex.org_heads:
        votes["ORG"] += STRONG  # "Manchester United", "Hanwick Motors", "Isle of Man Sugar Company"
    elif (last_word in lex.place_heads or first_word in lex.place_openers
          and len(text[longest.start:longest.end].split()) == 2) and " " in text[longest.start:longest.end] \
            and (first_word.lower() not in given_names()
                 or first_word in lex.place_openers and NATURAL_PLACE.fullmatch(text, longest.start, longest.end)
                 and any(lex.weak_place_before.search(text[max(0, m.start - 20):m.start])
                         and not POSSESSIVE_AFTER.match(text, m.end) for m in members)):
        place = next((label for label in ("FAC", "LOC", "GPE") if any(m.label == label for m in members)), "LOC")
        votes[place] += STRONG  # "Kestrel Park", "Gaza Strip", "Loch Ness": the model's kind of place, else LOC;
        # not "Lena Marsh", nor "Glen Hartley" unless after a preposition of place ("in Glen Nevis";
        # not "outside Ben Murray's house", "in Ben & Jerry's"); an opener only of two words: a longer
        # name so opened is an institution's ("Mount Sinai Hospital", "Cape Cod Healthcare")
    key = normalise(text[longest.start:longest.end])
    if key in lex.countries:
        votes["GPE"] += STRONG  # "Belarus", whatever the model says; not "Michael Jordan"
    elif key in lex.aliases and lex.aliases[key] not in lex.countries:
        votes["ORG"] += STRONG  # "Hezbollah", "ISIS": the other names of aliases.toml are organisations
    if not votes:
        labelled = [m.label for m in members if m.label]
        return labelled[0] if labelled else "GPE"  # a caption place split from its credit
    best = max(votes.values())
    tied = {label for label, n in votes.items() if n == best}
    longest = sorted(members, key=lambda m: m.start - m.end)
    for m in longest:
        if m.label in tied:
            return m.label
    return sorted(tied)[0]


NATURAL_PLACE = re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)+")
"""A natural place's name as a given name may open it: capitalised words of letters ("Glen
Nevis", "Ben Lomond"; not "Ben & Jerry's")."""
POSSESSIVE_AFTER = re.compile(r"['’]s\b|(?<=s)['’]")
"""A possessive "'s" (or "'" after an "s") right after a name, read with ``match`` at the
name's end: a person's more often than a glen's ("Ben Murray's house", "Ben Stokes' absence")."""


OWNED_PERSON = re.compile(r"['’]s[ \t]+(?:(?:former|late|longtime|long-time|one-time|estranged|elder|younger|"
                          r"eldest|youngest|own)[ \t]+)?([a-z-]+)(?=[ \t]*[,.;:)]|[ \t]+(?:said|says|told|was|is|has|"
                          r"had|who|and|would|will)\b)")
"""A name's "'s" and the person it has ("'s sister said", "'s late wife, …"): the noun,
lower case; not a noun before another ("'s sister company")."""


KIN = frozenset({"wife", "husband", "widow", "widower", "son", "daughter", "sister", "brother", "mother",
                 "father", "uncle", "aunt", "nephew", "niece", "cousin", "grandson", "granddaughter",
                 "grandmother", "grandfather", "stepson", "stepdaughter", "stepfather", "stepmother", "fiance",
                 "fiancee", "girlfriend", "boyfriend", "sons", "daughters"})
"""A person's family and partners, which a firm or a country has not: "'s sister", "'s widow"."""


PERSONAL_STAFF = frozenset({"aide", "aides", "bodyguard", "bodyguards", "biographer", "speechwriter", "chauffeur"})
"""The people who serve one person, not a firm or a country: "'s former aide, …", "'s aides
said". Not an adviser or a deputy, whom firms have too ("Google's former adviser said"), nor
an entourage, which a club has ("Juventus's entourage was held")."""
THE_BEFORE = re.compile(r"\bthe[ \t]+$", re.IGNORECASE)
"""A "the" right before a name: no person's ("the Kremlin's aides")."""


NUMBER_LABELS = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


def _wordless_number_in(doc: Doc, m: _Mention, unreliable: list[tuple[int, int]]) -> bool:
    """A number on a headline line of unreliable capitals with no figure or number word in
    it: the model's reading of a capitalised word ("Steelworkers Reject Offer")."""
    if m.label not in NUMBER_LABELS or not _overlaps(unreliable, m.start, m.end):
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and not any(t.like_num for t in span)


def _value_entities(doc: Doc, text: str, values: list[_Mention], published: str | None = None) -> list[Entity]:
    """Dates, times, numbers and amounts, one entity per value: every "Wednesday" of the
    article is one entity with its mentions (same label, same words, case and spacing
    ignored; "15%", "15 per cent" and "15 percent" one percentage, "1,200" and "1200" one
    number, "$2.4 million" and "2.4 million dollars" one amount; "March 3", "3 March" and "Mar. 3" one day, the year from ``published``). An age
    ("Tom Baxter, 58, said", "the 45-year-old", ``_is_age``) is a number, not a date."""
    by_value: dict[tuple[str, str], list[_Mention]] = defaultdict(list)
    for m in values:
        label = m.label or "CARDINAL"
        if label == "DATE" and _is_age(text, m):
            label = "CARDINAL"
        key = normalise(text[m.start:m.end])
        day = resolve_date(text[m.start:m.end], published) \
            if label == "DATE" and CALENDAR_DATE.search(key) and not SHIFTED.search(key) else None
        if day is not None and len(day) == 10:
            key = day  # a day of the calendar, however written; not a weekday, whose week the tense tells
        percent = PERCENT_WORDS.fullmatch(key)
        amount = AMOUNT.fullmatch(text[m.start:m.end].casefold()) if label == "MONEY" else None
        worded = WORDED_AMOUNT.fullmatch(text[m.start:m.end].casefold()) if label == "MONEY" else None
        if amount or worded:  # "£12m" and "£12 million", "$1.5 million", "$1,500,000", "1.5 million dollars": one
            sign, digits, multiplier = (amount.group(1), amount.group(2), amount.group(3)) if amount else \
                (CURRENCY_WORDS[worded.group(3)], worded.group(1), worded.group(2))
            figure = Decimal(digits.replace(",", "")) * MULTIPLIERS.get(multiplier or "", 1)
            key = f"{sign}{figure.normalize():f}"
        elif percent:  # "15%", "15 per cent", "15 percent": one value, whatever label the model gave
            label, key = "PERCENT", percent.group(1).replace(",", "") + "%"
        elif re.fullmatch(r"\d{1,3}(?:,\d{3})+", key):
            key = key.replace(",", "")  # "1,200" and "1200"
        by_value[(label, key)].append(m)
    _weekdays_into_their_days(doc, text, by_value, published)
    return [_entity(text, members, label) for (label, _), members in by_value.items()]


WEEKDAY_GAP = re.compile(r",[ \t]*")


def _weekdays_with_their_dates(text: str, values: list[_Mention]) -> list[_Mention]:
    """A weekday the model tagged apart from the calendar date after it ("Thursday" +
    "Feb. 8" of "on Thursday, Feb. 8") is one date with it. ``values`` in text order."""
    out: list[_Mention] = []
    for m in values:
        prev = out[-1] if out else None
        if prev and prev.label == m.label == "DATE" and text[prev.start:prev.end].casefold() in WEEKDAYS \
                and WEEKDAY_GAP.fullmatch(text, prev.end, m.start) and CALENDAR_DATE.search(text[m.start:m.end].casefold()):
            out[-1] = replace(prev, end=m.end)
        else:
            out.append(m)
    return out


def _weekdays_into_their_days(doc: Doc, text: str, by_value: dict[tuple[str, str], list[_Mention]],
                              published: str | None) -> None:
    """A weekday named alone ("Wednesday's vote") joins the one day of the calendar the
    article writes with that weekday ("on Wednesday, March 6", a Wednesday) when it is that
    day: resolved against ``published`` with its own clause's tense (``resolve_date``; "will
    meet again on Wednesday" looks ahead, to the next one), it gives the same ISO date. With
    two such days, or none, or without a publication date, it stays apart (its week is the
    tense's). ``by_value`` maps (label, key) to mentions; a day's key is its ISO date."""
    for weekday in WEEKDAYS:
        alone = by_value.get(("DATE", weekday))
        days = [key for key in by_value if key[0] == "DATE" and len(key[1]) == 10 and key[1][4] == "-"
                and any(weekday in text[m.start:m.end].casefold() for m in by_value[key])]
        if not alone or len(days) != 1 or published is None:
            continue
        same = [m for m in alone if resolve_date(weekday, published, _in_future_clause(doc, m)) == days[0][1]]
        if same:
            by_value[days[0]] = sorted(by_value[days[0]] + same, key=lambda m: m.start)
            rest = [m for m in alone if m not in same]
            if rest:
                by_value[("DATE", weekday)] = rest
            else:
                del by_value[("DATE", weekday)]


def _in_future_clause(doc: Doc, m: _Mention) -> bool:
    """Whether the verb ``m`` hangs on, or the verb that one joins ("voted …, and will meet
    again on Wednesday"), has a modal of the future (``has_future_modal``)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    verb = span.root if span is not None else None
    while verb is not None and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head if verb.head.i != verb.i else None
    return verb is not None and (has_future_modal(verb) or verb.dep_ in ("xcomp", "conj") and has_future_modal(verb.head))


CURRENCY_SIGNS = "£$€¥₹"
CURRENCY_BEFORE = re.compile(rf"(?:[A-Z]{{1,2}})?[{CURRENCY_SIGNS}]$")
MULTIPLIER_AFTER = re.compile(r"(?:m|mn|bn|k|tn)(?![\w'’-])")
MULTIPLIERS = {"k": 1000, "thousand": 1000, "m": 10**6, "mn": 10**6, "million": 10**6,
               "bn": 10**9, "billion": 10**9, "tn": 10**12, "trillion": 10**12}
AMOUNT = re.compile(rf"((?:[a-z]{{1,2}})?[{CURRENCY_SIGNS}])\s*(\d[\d,]*(?:\.\d+)?)\s*({'|'.join(MULTIPLIERS)})?")
"""An amount with its currency sign, in lower case: "£12m", "us$1.5 million", "$1,500,000"."""
WORDED_AMOUNT = re.compile(rf"(\d[\d,]*(?:\.\d+)?)\s*({'|'.join(MULTIPLIERS)})?\s+(?:us\s+)?({'|'.join(CURRENCY_WORDS)})")
"""An amount with its currency written out, in lower case: "2.4 million dollars", "500,000 euros"."""
SIGNED_AMOUNT = re.compile(rf"(?<![\w{CURRENCY_SIGNS}])[{CURRENCY_SIGNS}]\d[\d,]*(?:\.\d+)?"
                           rf"(?:[ \t]+(?:thousand|million|billion|trillion)|{MULTIPLIER_AFTER.pattern})?(?![\w'’-])")
"""A currency sign and a figure as written in running text: "€4bn", "£6,500", "$2.5 million"."""


def _with_currency_signs(text: str, values: list[_Mention]) -> list[_Mention]:
    """The numbers with the currency sign written right before them, and the multiplier right
    after ("£8,000", "£12m", "US$40k"), which the model leaves out of its mention: each such
    number is an amount of money, sign and multiplier included; a sign and a number the model
    did not tag at all ("a further €4bn") are one too. Offsets are code points."""
    out = []
    for m in values:
        sign = CURRENCY_BEFORE.search(text, max(0, m.start - 3), m.start)
        if sign and text[m.start:m.start + 1].isdigit():
            after = MULTIPLIER_AFTER.match(text, m.end)
            m = replace(m, start=sign.start(), end=after.end() if after else m.end, label="MONEY")
        out.append(m)
    covered = sorted((m.start, m.end) for m in out)
    missed = [_Mention(*a.span(), "MONEY") for a in SIGNED_AMOUNT.finditer(text) if not _overlaps(covered, *a.span())]
    return sorted(out + missed, key=lambda m: m.start) if missed else out


AGE = re.compile(r"(?:aged\s+)?\d{1,3}")
AGES = re.compile(r"(?:(?:aged|ages)\s+)?(?:between\s+)?\d{1,3}(?:\s*(?:and|to|or|-|–)\s*\d{1,3})?")
AGE_WORD = re.compile(r"(?:aged|ages)\s", re.I)
AGE_WORD_BEFORE = re.compile(r"\b(?:aged|ages)\s+(?:between\s+)?$", re.I)
# a date written with its month: "March 3", "3 March", "Mar. 3, 2025", "2025-03-03"
CALENDAR_DATE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b.*\d|\d.*\b(?:jan|feb|mar|apr|may|"
                           r"jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{4}-\d\d-\d\d")
SHIFTED = re.compile(r"\b(?:next|last|coming|previous|following)\b")
"""A calendar date moved by words the day resolver does not read: "January 17th next year";
not "this year", the year of publication ("March 1 this year" is "March 1")."""
PERCENT_WORDS = re.compile(r"([\d.,]+)\s*(?:%|per\s*cent|pct)")


AGE_OLD = re.compile(r"(?:the\s+|a\s+|an\s+)?[\w-]+[- ](?:year|month|week)s?[- ]old(?:['’]s)?", re.I)
DECADE_OF_LIFE = re.compile(r"(?:(?:his|her|their|my|your|our)\s+)?(?:(?:early|mid|late)[- ]?)?(?:[1-9]0s|teens)", re.I)
IN_ONES = re.compile(r"\b(?:in|into)\s+(?:(?:his|her|their|my|your|our)\s+(?:(?:early|mid|late)[- ]?)?)?$", re.I)


def _is_age(text: str, m: _Mention) -> bool:
    """"Baxter, 58," or "Baxter, aged 58,": a number alone between commas after a name; any
    number or pair of numbers after "aged" or "ages" ("the suspects, aged 24 and 31,",
    "children ages 8 to 12"); a number of years, months or weeks and "old" ("a 34-year-old
    woman", "The five-year-old", "who is 45 years old"); a decade of life after "in his",
    "in her", "in their" ("a woman in her 70s", "in his early 60s")."""
    if AGE_OLD.fullmatch(text, m.start, m.end) or DECADE_OF_LIFE.fullmatch(text, m.start, m.end) \
            and IN_ONES.search(text, max(0, m.start - 20), m.start):
        return True
    if AGES.fullmatch(text, m.start, m.end) and (AGE_WORD.match(text, m.start)
                                                   or AGE_WORD_BEFORE.search(text, max(0, m.start - 8), m.start)):
        return True
    return bool(AGE.fullmatch(text, m.start, m.end)) and bool(re.search(r"[A-Z][\w'’.-]*,\s*(?:aged\s+)?$", text[max(0, m.start - 40):m.start])) \
        and bool(re.match(r"\s*[,.;]", text[m.end:m.end + 3]))


def _with_listed_clubs(text: str, names: list[_Mention], clubs: Clubs) -> list[_Mention]:
    """The names with the clubs of score lines and league tables added where the model missed
    them or ran them together with the score ("Brackwell 2 Dunmore 1" as one title)."""
    if not clubs.listed:
        return names
    listed = clubs.listed

    def runs_over_a_score(m: _Mention) -> bool:
        return bool(STANDALONE_NUMBER.search(text, m.start, m.end)) and _overlaps(listed, m.start, m.end)

    names = [m for m in names if not runs_over_a_score(m)]
    covered = sorted((m.start, m.end) for m in names)
    added = [_Mention(s, e, "ORG") for s, e in listed if not _overlaps(covered, s, e)]
    return sorted(_disjoint(names + added), key=lambda m: m.start)


WEEKDAY_WORD = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
CAPITALISED_WORDS = re.compile(r"[ \t]*[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*)*")


def _with_prose_clubs(text: str, names: list[_Mention], values: list[_Mention], clubs: Clubs,
                      unreliable: list[tuple[int, int]]) -> tuple[list[_Mention], list[_Mention]]:
    """The names and values with each club the prose shapes found (``Clubs.prose``) one ORG
    mention wherever its name stands, where the model cut it in two ("Sheffield" a place and
    "Wednesday" a day, "Corran" + "Town") or tagged only its first word. A mention must open
    the club's name (not "On Saturday Arsenal"), none may run past it, and no headline line
    (``unreliable``) is read ("Beat Hull In Cup"), nor a name with a lower-case word
    ("Karlsruhe of Germany" is a club and its country). A weekday ending the name ("defeat by
    Sheffield Wednesday") is the club's only in a sentence that has another weekday for its
    date: "beat Dallas Sunday" is the day of the game."""
    found = set()
    for s, e in clubs.prose:
        last = text[s:e].split()[-1]
        if _overlaps(unreliable, s, e) or not CAPITALISED_WORDS.fullmatch(text, s, e):
            continue
        if last.casefold() in WEEKDAYS:
            before = max(text.rfind(c, 0, s) for c in ".;\n") + 1
            after = min((i for i in (text.find(c, e) for c in ".;\n") if i >= 0), default=len(text))
            if not any(w.start() != e - len(last) for w in WEEKDAY_WORD.finditer(text, before, after)):
                continue
        found.add(text[s:e])
    for name in sorted(found):
        for m in re.finditer(rf"(?<![\w'’&-]){re.escape(name)}(?![\w'’&-])", text):
            s, e = m.span()
            inside = [n for n in names if n.start < e and s < n.end]
            if not inside or _overlaps(unreliable, s, e) or any(n.start < s or n.end > e for n in inside) \
                    or inside[0].start != s or len(inside) == 1 and inside[0].end == e \
                    or inside[-1].end != e and not text[inside[-1].end].isspace():  # "Acheampong" of "Acheampong's"
                continue
            names = sorted([n for n in names if n not in inside] + [_Mention(s, e, "ORG")], key=lambda n: n.start)
            values = [v for v in values if not (v.start < e and s < v.end)]
    return names, values


def _person_surnames(text: str, names: list[_Mention]) -> set[str]:
    """The surnames of the people the model names in full ("Hillary Clinton" → "Clinton")."""
    return {form for m in names if m.label == "PERSON" for form in surname_forms(text[m.start:m.end])}


def _club_or(label: str, text: str, members: list[_Mention], clubs: Clubs, surnames: set[str] = frozenset()) -> str:
    """ORG when the article's sports shapes make the entity a club (see ``teams``), else ``label``:
    a club named after a place is one on every mention, "Leicestershire" at home as well.

    A club by a result shape alone ("Kent beat Surrey") is not one when the entity is a person
    named in full somewhere ("Andre Agassi" … "Agassi beat Sampras"), nor when its name is the
    surname of someone named in full ("Trump's lead over Clinton" after "Hillary Clinton").
    """
    if label == "NORP":
        return label  # "Brazilian striker": a nationality, not a club
    keys = {normalise(text[m.start:m.end]) for m in members}
    if keys & clubs.named or label == "PERSON" and (clubs.likely or clubs.named) \
            and any(text[m.start:m.end].split()[-1] in CLUB_TAILS for m in members if " " in text[m.start:m.end]):
        return "ORG"  # "Harwick Town lost 2-1" on a sports page
    full_person = label == "PERSON" and any(" " in text[m.start:m.end] and text[m.start:m.end].split()[-1]
                                            not in CLUB_TAILS for m in members) \
        or any(text[m.start:m.end] in surnames for m in members)
    return "ORG" if keys & clubs.likely and not full_person else label


def _entity(text: str, members: list[_Mention], label: str) -> Entity:
    mentions = [Mention(m.start, m.end, text[m.start:m.end]) for m in members]
    surfaces = list(dict.fromkeys(m.text for m in mentions))
    name = max(surfaces, key=lambda x: (len(x), not x.isupper()))  # "Washington", not its dateline's capitals
    return Entity(id="", label=label, name=name, mentions=mentions,
                  aliases=[s for s in surfaces if s != name])
