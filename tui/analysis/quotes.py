"""Finding quoted passages in raw text, before any parse.

Quotes are found on characters, not tokens: the tagger's idea of an opening or closing
quote is unreliable with straight quotes, and a quote continued in the next paragraph
(which opens again without closing the previous one) is a typographic convention, not
syntax. Whether a quote mark opens or closes is read from its neighbours, so curly
quotes typed the wrong way round (a ” opening a paragraph) still pair up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

QUOTE_CHARS = "\"“”„«»"
_OPENERS_BEFORE = " \t\n([{—–-/"
# What may stand between two pieces of one interrupted quote: `"…," he said. "…"`.
_INTERRUPTION = re.compile(r"\s*[^\"“”„«»\n]{1,250}?[,.:;—–]\s*")
_MAX_INTERRUPTION_WORDS = 28
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# what a quoted title follows: a preposition or "told", perhaps an owner of up to three words
# ("on NBC's", "told Channel 9's", "on the BBC's", "on the")
_TITLE_LEAD = re.compile(r"\b(?:on|to|told|tells|tell|in|with|of|for)\s+"
                         r"(?:(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,2}[A-Z0-9][\w.&-]*['’]s\s+|the\s+)?$")
# … or the kind of work it names, the title set beside it (`the podcast "…"`, `his 2012 book, "…"`)
_WORK_LEAD = re.compile(
    r"\b(?:book|memoir|novel|podcast|show|program|programme|series|sitcom|documentary|film|movie|musical|play"
    r"|song|album|column|newsletter|magazine|newspaper|episode|segment|blog)\s*,?\s+$", re.I)
# … or a headline with its byline after it, as a newsletter's list of links has it (`—"Museum
# to close," by the Post's Ann Lee: …`): "by", the outlet's possessive, a name; the headline
# opens its line or follows a dash or a bullet (`ARTS—"…`, `… http://x.co/1. —"…`), and a comma
# closes it inside its marks
_BYLINE = re.compile(r"[ \t]+by[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.&-]*[ \t]+){0,3}[A-Z][\w.&-]*['’]s?[ \t]+[A-Z]")
_HEADLINE_LEAD = re.compile(r"(?:(?:^|\n)[ \t]*(?:[-•*][ \t]*)?|[—–•][ \t]*)$")
_CLOSERS = QUOTE_CHARS + "'’ \t"  # what may close a quote, an inner quote closing with it
_SINGLE = re.compile(r"(?<![\w‘’])‘(?=\w)[^‘’\n]*(?:’\w[^‘’\n]*)*’(?!\w)")
_SINGLE_STRAIGHT = re.compile(r"(?<![\w'])'(?=\w\w|[A-Z] \w)[^'\n]*(?:'\w[^'\n]*)*'(?!\w)")
# a spoken passage in straight single quotes, the British house style: opened before a capital
# at a word's start (or in lower case after a comma, the second piece of an interrupted quote:
# `'…,' said X, 'and …'`), closed by a sentence's punctuation ('They promised repairs,' she
# said), which no apostrophe is; one inside it is a word's: in a word ("can't", "O'Neill"),
# opening a word in lower case or a figure ("rock 'n' roll", "the '90s") or closing one before
# a space or a stop ("the players' bus"), never one opening a capitalised word (another quote's)
_SINGLE_STRAIGHT_SPOKEN = re.compile(
    r"(?:(?<![^\s(\[—–])'(?=[A-Z])|(?<=, )'(?=[a-z]))"
    r"(?:[^'\n]|(?<=[^\W_])'(?=\w)|(?<=\s)'(?=[a-z0-9])|(?<=[^\W_])'(?=[\s;:)—–-]))*?"
    r"[,.?!]'(?!\w)")


@dataclass(frozen=True, slots=True)
class Quote:
    """One quoted passage: its pieces (each with its quote marks), in text order."""

    pieces: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    def gaps(self) -> list[tuple[int, int]]:
        """The stretches between pieces: where an interrupting `he said` sits."""
        return [(a[1], b[0]) for a, b in zip(self.pieces, self.pieces[1:])]

    def covers(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.pieces)


def _opens(text: str, i: int) -> bool:
    """A quote mark opens when it follows a space, a line start or an opening bracket."""
    if text[i] in "“„«":
        return True
    if text[i] in "»":
        return False
    return i == 0 or text[i - 1] in _OPENERS_BEFORE or text[i - 1].isspace()  # a no-break space too


def find_pieces(text: str) -> list[tuple[int, int]]:
    """Quoted stretches, quote marks included; a quote left open at a paragraph end runs on
    into the next paragraph when that one opens with a quote mark, else stops at the break."""
    out: list[tuple[int, int]] = []
    open_at: int | None = None
    depth = 0  # curly quotes nest (“… what he calls “hell” …”); straight ones cannot
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n" and open_at is not None:
            j = i
            while j < n and text[j].isspace():
                j += 1
            mark = 2 if text.startswith("''", j) else 1 if j < n and text[j] in QUOTE_CHARS else 0
            if (mark and _opens(text, j) and _same_style(text[open_at], text[j])
                    and not (_WORD.search(text, text.rfind("\n", 0, open_at) + 1, open_at)
                             and _breaks_off_on_its_line(text, j + mark))):
                i = j + mark  # the same speaker goes on: the new opening mark continues the quote
                depth = 0
                continue
            end = i
            while end > open_at and text[end - 1].isspace():
                end -= 1
            if end - open_at > 1:
                out.append((open_at, end))
            open_at, depth = None, 0
        elif ch in QUOTE_CHARS or text.startswith("''", i):
            width = 2 if ch == "'" else 1  # '' is a quote mark in some house styles (NYT)
            # `…outreach,' " he told`, `…Harbour Lights,'  '' she said`: a straight mark after a space
            # closes an open quote of its style when nothing but a space or punctuation follows it
            stray_close = (open_at is not None and text.startswith(text[i:i + width], open_at) and ch in "\"'"
                           and (i + width == n or text[i + width] in " \t\n,.;:!?)"))
            if _opens(text, i) and not stray_close:
                if open_at is not None and ch not in "\"'" and text[open_at] not in "\"'":
                    depth += 1
                else:
                    open_at, depth = i, 0
            elif open_at is not None:
                if depth:
                    depth -= 1
                else:
                    out.append((open_at, i + width))
                    open_at = None
            i += width
            continue
        i += 1
    if open_at is not None:  # left open at the end of the text: it stops at the last word
        end = n
        while end > open_at and text[end - 1].isspace():
            end -= 1
        if end - open_at > 1:
            out.append((open_at, end))
    return out


def _breaks_off_on_its_line(text: str, start: int) -> bool:
    """The quote whose words begin at ``start`` closes on its line with a comma (or ?!—) and
    words follow it there: it breaks off for an attribution of its own (`“…,” Ruiz said.`)."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    for k in range(start, end):
        if (text[k] in QUOTE_CHARS or text.startswith("''", k)) and not _opens(text, k):
            close = k + (2 if text.startswith("''", k) else 1)
            return breaks_off(text, (start, close)) and _WORD.search(text, close, end) is not None
    return False


def breaks_off(text: str, piece: tuple[int, int]) -> bool:
    """The quoted piece (``piece``: its bounds, the marks included) breaks off for an attribution:
    its words end with a comma (or ?!—) inside its marks (`“…,” she said`, `“…, ‘Well done,’” he
    said`, a quote closing in it), or a comma follows its closing mark, the British way (`“The
    council”, said X`)."""
    mark = last_mark(text, piece)
    return bool(mark) and (mark in ",?!—–-" or text.startswith(",", piece[1]))


def last_mark(text: str, piece: tuple[int, int]) -> str:
    """The last character of a quoted piece's words, inside its closing marks (`“Why?”` → "?");
    "" when the piece holds nothing but marks."""
    return text[piece[0]:piece[1]].rstrip(_CLOSERS)[-1:]


def _same_style(a: str, b: str) -> bool:
    return (a in "\"'") == (b in "\"'")


def single_pieces(text: str, doubles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Passages in single curly quotes (‘…’, the headline style) outside every double-quoted one.

    ’ is also the apostrophe, so only a ’ that no letter follows closes (“don’t” does not),
    and the passage never crosses a line. Straight single quotes count in the headline
    alone (its first line with words), where they are the house style ('Personal Insult',
    'A Tax on Workers': a quote may open with a one-letter word); in the body they are too
    often apostrophes (but see ``spoken_straight_pieces``).
    """
    headline = re.search(r"[^\n]+", text)  # the first line with words, after any blank ones
    found = [(m.start(), m.end()) for m in _SINGLE.finditer(text)]
    if headline is not None:
        found += [(m.start(), m.end()) for m in _SINGLE_STRAIGHT.finditer(text, 0, headline.end())]
    return [(a, b) for a, b in found if not any(s <= a < e for s, e in doubles)]


def spoken_straight_pieces(text: str, doubles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences in straight single quotes in the body, outside every double-quoted passage:
    opened before a capital at a word's start and closed by a sentence's punctuation ('They
    promised repairs,' she said), which no apostrophe is (``_SINGLE_STRAIGHT_SPOKEN``: the
    apostrophes it lets inside). The events keep a speaker's words out with them; ``find_quotes``
    takes them too, but for a line of its own in an article that quotes in double marks (a
    section's heading in US news)."""
    body = text.find("\n") + 1 if "\n" in text else len(text)
    return [(m.start(), m.end()) for m in _SINGLE_STRAIGHT_SPOKEN.finditer(text, body)
            if not any(s <= m.start() < e for s, e in doubles)]


def find_titles(text: str) -> list[tuple[int, int]]:
    """Quoted names of shows, books and publications (`said on NBC's "Meet the Press."`,
    `told "Fox and Friends,"`), marks included: in quote marks, but nobody's words."""
    doubles = find_pieces(text)
    return [p for p in sorted(doubles + single_pieces(text, doubles)) if _is_title(text, p)]


def _is_title(text: str, piece: tuple[int, int]) -> bool:
    """Two to seven words, two or more of them and each of four letters or more capitalised, right after a word that
    takes a programme or a publication ("on", "told", "author of" …), perhaps with its owner
    ("on NBC's"), or right after the kind of work it is ("the podcast", "his book,"): a name in
    quote marks, the house style for titles. Or a headline of up to 20 words, however it is
    capitalised, set as a list of links sets one: opening its line or after a dash or a bullet
    (`—"Museum to close," by the Post's Ann Lee`, `ARTS—"…"`), a comma closing it inside its
    marks, its byline after it. Not a quote after a verb with its agent after it (`was branded
    "a betrayal," by Labour's Ann Lee`): someone's words."""
    words = _WORD.findall(text[piece[0]:piece[1]])
    if (len(words) <= 20 and _BYLINE.match(text, piece[1])
            and last_mark(text, piece) == ","
            and _HEADLINE_LEAD.search(text, max(0, piece[0] - 40), piece[0]) is not None):
        return True
    capitals = sum(w[0].isupper() for w in words)
    if not 2 <= len(words) <= 7 or capitals < 2 or not all(w[0].isupper() or len(w) <= 3 for w in words):
        return False
    before = text[max(0, piece[0] - 60):piece[0]]
    return _TITLE_LEAD.search(before) is not None or _WORK_LEAD.search(before) is not None


def find_quotes(text: str) -> list[Quote]:
    """Quoted passages, with the pieces of an interrupted quote (`"…," he said. "…"`) joined;
    a title in quote marks is no quoted passage, and may stand in an interruption
    (`"…," she said on ABC's "This Week." "…"`)."""
    quotes: list[list[tuple[int, int]]] = []
    doubles = find_pieces(text)
    found = doubles + single_pieces(text, doubles) + [
        p for p in spoken_straight_pieces(text, doubles) if not (doubles and _own_line(text, p))]
    titles = [p for p in found if _is_title(text, p)]
    masked = list(text)
    for s, e in titles:
        masked[s:e] = (" " if c in QUOTE_CHARS + "'‘’" else c for c in text[s:e])
    plain = "".join(masked)
    for piece in sorted(set(found) - set(titles)):
        if quotes and _continues(plain, quotes[-1][-1], piece):
            quotes[-1].append(piece)
        else:
            quotes.append([piece])
    return [Quote(tuple(q)) for q in quotes]


def _own_line(text: str, piece: tuple[int, int]) -> bool:
    """The piece is a line of its own: in an article that quotes speech in double marks, a
    line in straight single ones is a section's heading (`'A fight to the end.'`), no quote."""
    return (text[:piece[0]].rstrip(" \t")[-1:] in ("", "\n")
            and text[piece[1]:].lstrip(" \t")[:1] in ("", "\n"))


def _continues(text: str, prev: tuple[int, int], piece: tuple[int, int]) -> bool:
    """The previous piece broke off with a comma (or ?!—) for a short attribution, and this one follows it;
    the comma may stand after the closing mark, the British way (`“The council”, said X, “has …”`)."""
    if not breaks_off(text, prev):
        return False
    gap = text[prev[1]:piece[0]]
    if not _INTERRUPTION.fullmatch(gap) or "\n" in gap:
        return False
    if last_mark(text, piece) in (",", ""):
        return False  # the next piece breaks off for an attribution of its own
    return len(gap.split()) <= _MAX_INTERRUPTION_WORDS
