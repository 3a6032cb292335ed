"""Sports clubs named after places: "Leicestershire beat Somerset", "Pohang 3 Ulsan 2".

The model reads a club named after its town or county as the place, and misses most names in
results lines and league tables altogether. Sports pages say which names are clubs by their
shapes, whatever the sport or the language of the names:

- a score line: two names, each followed by its score ("Pohang 3 Ulsan 2"; with a comma between
  it would be a list of scorers and minutes, "Shearer 23, Ferdinand 67") or a name, a score and a name ("Boston 5-4 Texas"), or a card ("Warwickshire 195, Surrey 429-7"),
  or a result with its score before the opponent ("Kestrel drew 1-1 with Wexley");
- a league table: three or more rows of a name followed only by figures ("Falkirk 3 1 1 1 1 1 4");
- a result or fixture in prose: a name that beat, defeated, drew with or lost to another, or
  hosts, faces, visits or travels to another, or a victory,
  a defeat or a lead over a name, in an article with one of the other shapes or with a margin
  after it ("3-1", "by nine wickets"): "Trump's lead over Clinton" is no sports result;
- a result whose winner is no name, with the loser's score after it: "his side beat Kelby Town
  3-1"; and on a page the other shapes make a sports page, a fixture whose first side is no
  name: "Inter, who lead Serie A, play Napoli on Sunday";
- a fixture list: two or more lines of "Kansas City at Detroit" or "Kestrel v Wexley" (one
  such line is as likely a headline: "Strike Talks Resume at Steelworks");
- a list that holds a club: its other names are clubs ("Essex, Derbyshire and Surrey");
- a match named with its opponent: "their match against Wexley" (the noun says it is sport);
- a player's role after the name: "Surrey captain Chris Lewis", "Ajax coach" (not "Ferguson's
  side": a person has a side too).

A country playing a match stays a place (CoNLL and OntoNotes both tag national teams by their
country), so names in ``countries`` never become clubs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tui.analysis.dates import MONTHS, WEEKDAYS

# a capitalised name of up to four words, "of"/"de" inside allowed: "Queen of South", "KANSAS CITY"
# (a dot only inside a word, "U.S": "Saturday. Brackwell" is two sentences)
NAME = r"[A-Z](?:[\w'’&-]|\.(?=\w))*(?:[ \t]+(?:[A-Z](?:[\w'’&-]|\.(?=\w))*|of|de|del|la|da|do)){0,3}"
SCORE = r"\d{1,3}"
SCORE_LINE = re.compile(rf"(?<![\w.'’&-])({NAME})[ \t]+{SCORE}[ \t]+({NAME})[ \t]+{SCORE}(?![\w.-])")
SCORE_BETWEEN = re.compile(rf"(?<![\w.'’&-])({NAME})[ \t]+{SCORE}[ \t]*[-–][ \t]*{SCORE}[ \t]+({NAME})(?![\w.'’&-])")
# a cricket or rugby card: "Warwickshire 195 , Surrey 429-7", "Derbyshire 24 points , Worcestershire 5";
# one side's figure has a wicket count, a second innings or "points", so scorers' minutes
# ("Shearer 23, Ferdinand 67") are not taken for sides
CARD_FIGURE = r"\d{1,3}(?P<more%d>[-/]\d{1,2}|[ \t]+and[ \t]+\d{1,3}(?:[-/]\d{1,2})?|[ \t]+points)?"
CARD = re.compile(rf"(?<![\w.'’&-])({NAME})[ \t]+{CARD_FIGURE % 1}[ \t]*(?:\([^()\n]*\)[ \t]*)?[,;][ \t]*"
                  rf"({NAME})[ \t]+{CARD_FIGURE % 2}(?![\w.-])")
TABLE_ROW = re.compile(rf"^[ \t]*(?:\d{{1,3}}\.?[ \t]+)?({NAME})((?:[ \t]+(?:[-+.]?\d[\d.,/]*|-)){{3,}})[ \t]*$",
                       re.MULTILINE)
RESULT_VERBS = ("beat", "beats", "defeated", "defeats", "drew with", "draw with", "lost to", "loses to",
                "edged", "routed", "thrashed", "hammered", "crushed", "downed", "outplayed",
                "overcame", "swept", "blanked", "held", "trounced", "upset", "eliminated", "knocked out")
# a fixture told in prose: "Rovers host Dunmore City on Tuesday", "Ashcombe visit Holt next week"; the
# opponent is followed by the fixture's time or place or the sentence's end, for "hosts" and
# "faces" are nouns too ("1998 World Cup hosts France beat Mexico")
FIXTURE_VERBS = ("host", "hosts", "face", "faces", "visit", "visits", "travel to", "travels to", "play", "plays")
FIXTURE_PROSE = re.compile(rf"(?<![\w.'’&-])({NAME})[ \t]+(?:will[ \t]+)?(?:{'|'.join(map(re.escape, FIXTURE_VERBS))})"
                           rf"[ \t]+(?:the[ \t]+)?({NAME})(?=[ \t]*[.;]|[ \t]+(?:on|at|in|this|next|tonight|today|"
                           rf"tomorrow|later)\b)")
# roles only a club has; not "supporters" or "side", which a person has too ("Ferguson's side")
PLAYER_ROLES = ("captain", "coach", "manager", "goalkeeper", "keeper", "striker", "midfielder",
                "defender", "forward", "winger", "skipper", "batsman", "bowler", "pitcher",
                "quarterback", "fly-half", "scrum-half", "full-back", "playmaker", "team-mate", "teammate")
# "victory over Gloucester", "a 4-2 win against Boston", "Cleveland's lead over Texas"
RESULT_NOUNS = re.compile(rf"\b(?:victory|victories|win|wins|defeat|defeats|loss|losses|draw|lead)[ \t]+"
                          rf"(?:over|against|to|by|with|at)[ \t]+(?:the[ \t]+)?({NAME})(?![\w'’&-])")
# a match named with its opponent: "their match against Wexley", "the home game with Kestrel"
MATCH_AGAINST = re.compile(rf"\b(?:match|game|fixture|clash|tie|derby|encounter|semi-final|final|play-off|playoff)"
                           rf"[ \t]+(?:against|with|v|vs\.?|versus)[ \t]+(?:the[ \t]+)?({NAME})(?![\w'’&-])")
# a fixture list: "KANSAS CITY AT DETROIT", "Kestrel v Wexley" alone on a line
FIXTURE = re.compile(rf"^[ \t]*({NAME})[ \t]+(?:at|AT|v|vs\.?|VS\.?)[ \t]+({NAME})[ \t]*$", re.MULTILINE)
RESULT = re.compile(rf"(?<![\w.'’&-])({NAME})[ \t]+(?:{'|'.join(map(re.escape, RESULT_VERBS))})[ \t]+({NAME})(?![\w'’&-])")
# a result whose winner is no name, its score right after the loser: "his side beat Kelby Town 3-1"
RESULT_OBJECT = re.compile(rf"\b(?:{'|'.join(map(re.escape, RESULT_VERBS))})[ \t]+(?:the[ \t]+)?({NAME})"
                           rf"[ \t]+{SCORE}[ \t]*[-–][ \t]*{SCORE}(?![\w.-])")
# a fixture whose first side is no name ("Inter, who lead Serie A, play Napoli on Sunday"): read
# only in an article whose other shapes already make it a sports page, and a name the model
# took for a person only where a club's role or a table shows clubs ("Nadal faces Alcaraz")
OPPONENT = re.compile(rf"\b(?:{'|'.join(map(re.escape, FIXTURE_VERBS))})[ \t]+(?:the[ \t]+)?({NAME})"
                      rf"(?=[ \t]*[.;]|[ \t]+(?:on|at|in|this|next|tonight|today|tomorrow|later)\b)")
# a result with its score between the verb and the opponent: "drew 1-1 with Torino", "lost 2-0 to Kestrel"
RESULT_SCORED = re.compile(rf"(?<![\w.'’&-])({NAME})[ \t]+(?:drew|draw|draws|lost|lose|loses|won|win|wins|tied)"
                           rf"[ \t]+{SCORE}[ \t]*[-–][ \t]*{SCORE}[ \t]+(?:with|to|against|at|over)[ \t]+"
                           rf"(?:the[ \t]+)?({NAME})(?![\w'’&-])")
ROLE_AFTER = re.compile(rf"(?<![\w.'’&-])({NAME})[ \t]+(?:{'|'.join(map(re.escape, PLAYER_ROLES))})\b")
# a sports margin in a result's sentence: "beat Wexley 3-1", "by nine wickets", "by an innings"
MARGIN = re.compile(r"\b\d{1,3}[-–]\d{1,3}\b|\bby[ \t]+(?:an?|\d+|[a-z]+)[ \t]+"
                    r"(?:innings|wickets?|runs?|goals?|points?|strokes?|shots?|lengths?|tries)\b")
# month and weekday names (not "may", also a name): never a club, nor part of one's name
CALENDAR_WORDS = frozenset(w for w in [*MONTHS, *WEEKDAYS] if len(w) > 3)
# last words of clubs' names that end no person's name: "Kelby Town" is a club, "Andre Agassi" a
# player, whichever the model says (not "Villa": "David Villa" is a player)
CLUB_TAILS = frozenset({"Town", "City", "County", "United", "Rovers", "Athletic", "Albion", "Wanderers",
                        "Wednesday", "Rangers", "Hotspur", "Argyle", "Orient", "Academical",
                        "Thistle", "Harriers", "FC", "AFC", "SC", "CF"})


@dataclass(slots=True)
class Clubs:
    """What a document's sports shapes say about its names (normalised with ``normalise``)."""

    named: set[str] = field(default_factory=set)  # clubs whatever the model says (role after the name)
    likely: set[str] = field(default_factory=set)  # clubs unless the model reads a person
    listed: list[tuple[int, int]] = field(default_factory=list)  # disjoint sorted spans in score lines and tables
    prose: list[tuple[int, int]] = field(default_factory=list)  # spans of club names the prose shapes found


def find_clubs(text: str, countries: frozenset[str], normalise: Callable[[str], str],
               persons: list[tuple[int, int]]) -> Clubs:
    """The clubs ``text`` names by the shapes above.

    ``countries`` holds normalised country names, ``normalise`` makes a name's key, ``persons``
    are the spans the model tagged as people: a table whose rows are mostly people (a golf
    leaderboard, a race's times) is no league table. ``listed`` are the character spans (end
    exclusive) of club names in score lines and league tables, where the model misses most
    of them: the caller adds them as mentions.
    """
    clubs = Clubs()
    rows = [m.span(1) for m in TABLE_ROW.finditer(text)]
    people = sum(any(s < e2 and s2 < e for s2, e2 in persons) for s, e in rows)
    spans = rows if len(rows) >= 3 and people * 2 < len(rows) else []
    for pattern in (SCORE_LINE, SCORE_BETWEEN, RESULT_SCORED):
        for m in pattern.finditer(text):
            spans += [m.span(1), m.span(2)]
    for m in CARD.finditer(text):
        if m.group("more1") or m.group("more2"):
            spans += [m.span(1), m.span(3)]
    fixtures = list(FIXTURE.finditer(text))
    if len(fixtures) >= 2:  # a list; one line of "X at Y" is a headline ("Talks Resume at Steelworks")
        for m in fixtures:
            spans += [m.span(1), m.span(2)]
    for start, end in spans:
        key = normalise(text[start:end])
        if _club_like(key, countries):
            clubs.likely.add(key)
            clubs.listed.append((start, end))
    for m in ROLE_AFTER.finditer(text):
        key = normalise(m.group(1))
        if _club_like(key, countries):
            clubs.named.add(key)
            clubs.prose.append(m.span(1))
    for m in MATCH_AGAINST.finditer(text):
        key = normalise(m.group(1))
        if _club_like(key, countries):
            clubs.likely.add(key)
            clubs.prose.append(m.span(1))
    sports = bool(spans or clubs.named)
    shapes = ((RESULT, (1, 2)), (FIXTURE_PROSE, (1, 2)), (RESULT_NOUNS, (1,)), (RESULT_OBJECT, (1,)), (OPPONENT, (1,)))
    for pattern, groups in shapes:
        if pattern is OPPONENT:
            sports = sports or bool(clubs.likely)  # the results in prose found so far make one too
        for m in pattern.finditer(text):
            if pattern is FIXTURE_PROSE and any(s < m.end(g) and m.start(g) < e for g in groups for s, e in persons):
                continue  # "Nadal faces Alcaraz in the final": players meet too
            if pattern is OPPONENT and (not sports or not (spans or clubs.named)
                                        and any(s < m.end(1) and m.start(1) < e for s, e in persons)):
                continue  # a person met is a club only on a page with a club's role or a table
            if sports or _has_margin(text, m.start(), m.end()):
                for g in groups:
                    key = normalise(m.group(g))
                    if _club_like(key, countries):
                        clubs.likely.add(key)
                        clubs.prose.append(m.span(g))
    _spread_over_lists(text, clubs, countries, normalise)
    disjoint: list[tuple[int, int]] = []
    for span in sorted(set(clubs.listed)):
        if not disjoint or span[0] >= disjoint[-1][1]:
            disjoint.append(span)
    clubs.listed = disjoint
    return clubs


LISTED = 24
"""Names at most before a list's last ("Essex, Derbyshire and Surrey": two): each word of a
long run of names and commas with no "and" at its end may open a list, and an unbounded one
was read to the run's end from each (a 25,000-character run: 8 s, quadratic in its length;
``benchmarks/pathological_text.py``'s "capitals and commas"). A longer list is read from its
last names."""
# names in a list: "Essex, Derbyshire and Surrey", "Kent or Sussex" (blanks taken possessively: a
# long run of them costs one pass, not one per way to split it)
NAME_LIST = re.compile(rf"(?<![\w.'’&-])({NAME})((?:[ \t]*,[ \t]*{NAME}){{0,{LISTED - 1}}})(?:[ \t]*+,)?[ \t]++(?:and|or)[ \t]+({NAME})(?![\w'’&-])")


def _spread_over_lists(text: str, clubs: Clubs, countries: frozenset[str], normalise: Callable[[str], str]) -> None:
    """Names listed together are of one kind: when a list holds a club, its other names (save
    countries) are clubs too ("title rivals Essex, Derbyshire and Surrey" once Surrey is one)."""
    for m in NAME_LIST.finditer(text):
        names = [m.group(1), *re.split(r"[ \t]*,[ \t]*", m.group(2))[1:], m.group(3)]
        keys = [normalise(n) for n in names]
        if any(k in clubs.likely or k in clubs.named for k in keys):
            clubs.likely.update(k for k in keys if _club_like(k, countries))


def _has_margin(text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] (up to a stop, a semicolon or a line break)
    holds a sports margin."""
    before = max(text.rfind(c, 0, start) for c in ".;\n") + 1
    after = min((i for i in (text.find(c, end) for c in ".;\n") if i >= 0), default=len(text))
    return bool(MARGIN.search(text, before, after))


def _club_like(key: str, countries: frozenset[str]) -> bool:
    return bool(key) and key not in countries and key.split()[0] not in CALENDAR_WORDS
