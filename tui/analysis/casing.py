"""Capitals that do not mark names, and the text as the parser should read it.

A headline in Title Case or ALL CAPS ("Dock Workers Strike At Felixstowe Port Over Pay")
capitalises every word, and spaCy's small model, trained on running text, reads each
capitalised word as part of a name and the headline's verb as a noun. ``truecased`` gives the
parser those lines with the capitals the article's own body gives each word (truecasing, as in
Lita et al., "tRuEcasIng", ACL 2003, with the article itself as the only evidence); the
analysis keeps the original text and its offsets, which the case change leaves unchanged.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container

SMALL_WORDS = frozenset("a an and as at but by for from in into of on or over per the to up via vs with".split())
# Closed-class words a Title Case headline capitalises (AP style capitalises prepositions of four
# letters or more: "After", "Amid", "Over"), read in lower case where the body gives no evidence:
# prepositions, conjunctions, determiners, pronouns and forms of "be" and "have"; not the modals
# that are also names or months ("Will", "May", "Can").
FUNCTION_WORDS = SMALL_WORDS | frozenset(
    "about above across after against ahead amid among amongst around behind below beneath beside besides "
    "between beyond despite down during except following inside near off onto out outside since than "
    "through throughout toward towards under underneath unlike until upon within without if so yet nor "
    "because while though although whether this that these those its his her their our your my "
    "is are was were be been being am has have had does did not".split())
# Inflectional endings, longest first, and what each leaves of the stem (Porter's step 1 in
# spirit: "approves", "approved", "approving" and "approve" share "approv"; "rallies" "rally").
ENDINGS = (("ies", "y"), ("ied", "y"), ("ing", ""), ("es", ""), ("ed", ""), ("s", ""), ("e", ""))


def casing_unreliable_lines(text: str) -> list[tuple[int, int]]:
    """The lines whose capitals do not mark names: ALL CAPS, or Title Case (a headline such as
    "Corvell Robotics Joins Hanwick Motors in Detroit"), as (start, end) offsets.

    A line is ALL CAPS when four in five of its letters are capitals, Title Case when it has
    four words or more (three for the first line, the title: "Regulator Fines Utilities"), four in five of those that are not small words ("in", "to", "of")
    begin with a capital, it ends as a headline does, not as a sentence or a results line
    (with a bracket, a figure or a stop; a first line whose every word but the small ones is
    capitalised may end with a stop), and it is the first line or has a small word in
    lower case, as headlines do and lists of names ("Romania - Ion Petrescu, Dan Voicu") do not.
    """
    out = []
    pos = 0
    for line in text.split("\n"):
        words = re.findall(r"[^\W\d_][\w'’-]*", line)
        if len(words) < 2:
            pos += len(line) + 1
            continue
        content = [w for w in words if w.lower() not in SMALL_WORDS]
        if _all_caps(line) \
                or len(words) >= (3 if pos == 0 else 4) and sum(w[0].isupper() for w in content) >= 0.8 * len(content) \
                and not re.search(r"[!?:;,\"”’)\d]\s*$", line) \
                and not (line.rstrip().endswith(".") and (pos > 0 or not all(w[0].isupper() for w in content))) \
                and (pos == 0 or any(w in SMALL_WORDS - {"and", "of"} for w in words)):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


WORD = re.compile(r"[^\W\d_][\w'’-]*")


def truecased(text: str, verbs: Container[str] = frozenset()) -> str:
    """``text`` with each word on a line of unreliable capitals (``casing_unreliable_lines``)
    written as the rest of the article writes it: in lower case where the body has it in lower
    case more often than capitalised inside a sentence, in the body's capitalised form where
    the body capitalises it inside a sentence (a name: "Felixstowe", "FBI"). A word the body
    does not use at all is read in lower case when it is a closed-class word (``FUNCTION_WORDS``:
    "After", "Amid") or when the body writes other inflections of it (``_stem``: "Approves"
    where the body says "approve") in lower case more often than capitalised; it stays as it
    is otherwise (only at sentence starts, or no evidence at all), unless it is on the first
    line, the title (a headline is a sentence; later Title Case lines may be lists of names:
    "United States at Netherlands"), the body never writes it at all and it is a form of one
    of ``verbs`` (the language's verbs in their base and irregular forms, lower case: the
    parser's lemmatizer's lists), as "Cut" or "Finds" in "Daily Walks Cut Heart Risk, Study
    Finds" over a body that speaks of walking: a headline's verb the body retells in other
    words (not the title's first word before a name the body writes capitalised: "Bill" of
    "Bill Gates Backs Fund" over a body that says "Gates", a first name; a verb before a name
    further on, "Carney Says Canada Will Act", is still read as a verb). The line's first word
    keeps its capital only where it keeps its case on a Title Case line: lowered, it is read as
    in running text ("daily walks cut …", where "Daily walks" reads as a name and a verb); on a
    line in capitals, a topic's label more often than a sentence ("GOLF - …"), it always does.
    Same length and offsets as ``text`` (a word whose case change would change its length, or
    not lower back to the same word, stays as it is); ``text`` itself when no line is unreliable.
    """
    lines = casing_unreliable_lines(text)
    if not lines:
        return text
    lower: Counter[str] = Counter()
    capitalised: dict[str, Counter[str]] = {}
    used: set[str] = set()  # every word the body writes, in any case
    pos = 0
    for start, end in [*lines, (len(text), len(text))]:
        for m in WORD.finditer(text, pos, start):
            word = m.group()
            used.add(word.lower())
            if not word[0].isupper():
                lower[word.lower()] += 1
            elif not _opens_sentence(text, m.start()):
                capitalised.setdefault(word.lower(), Counter())[word] += 1
        pos = end
    stem_lower: Counter[str] = Counter()
    stem_capitalised: Counter[str] = Counter()
    for key, n in lower.items():
        stem_lower[_stem(key)] += n
    for key, forms in capitalised.items():
        stem_capitalised[_stem(key)] += sum(forms.values())
    out = list(text)
    for start, end in lines:
        first = True
        capitals = _all_caps(text[start:end])  # a topic label in capitals ("GOLF - …") opens with a capital
        found = list(WORD.finditer(text, start, end))
        for i, m in enumerate(found):
            word, key = m.group(), m.group().lower()
            forms = capitalised.get(key)
            n_cap = sum(forms.values()) if forms else 0
            if forms and n_cap >= lower[key]:
                new = forms.most_common(1)[0][0]
            elif lower[key]:
                new = key
            elif forms is None and (word[1:].islower() and key in FUNCTION_WORDS
                                    or stem_lower[_stem(key)] > stem_capitalised[_stem(key)]
                                    or start == 0 and key not in used and word[1:].islower() and _is_verb(key, verbs)
                                    and not (i == 0 and len(found) > 1 and _named(found[1].group(), used, capitalised, lower))):
                new = key  # no evidence for the word itself: "After", "Approves" beside "approve", "Cut"
            else:
                new = word
            if first and (capitals or new == word):
                new = new[:1].upper() + new[1:]
            first = False
            if len(new) == len(word) and new.lower() == key:  # not "ı" made "I", which lowers to "i"
                out[m.start():m.end()] = new
    return "".join(out)


def _named(word: str, used: Container[str], capitalised: dict[str, Counter[str]], lower: Counter[str]) -> bool:
    """Whether ``word`` is capitalised and the body writes it, capitalised at least as often
    (inside a sentence) as in lower case, if at all ("Gates said …"): a name, before which a
    word that could be a verb is a first name ("Bill Gates", "Mark Carney", "Hope Hicks"),
    not the headline's verb."""
    key = word.lower()
    forms = capitalised.get(key)
    return word[:1].isupper() and key in used and (sum(forms.values()) if forms else 0) >= lower[key]


def _all_caps(line: str) -> bool:
    """Whether four in five of the letters of ``line`` are capitals, or more."""
    capitals = sum(map(str.isupper, line))
    return capitals > 0 and capitals >= 4 * sum(map(str.islower, line))


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` begins a line or follows a sentence's end or an opening quote."""
    before = text[max(0, at - 4):at].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:\n—–-"


def _stem(word: str) -> str:
    """A lower-case word without its inflectional ending (``ENDINGS``), the stem kept at three
    letters at least: "approves", "approved", "approving", "approve" → "approv"; "walks" →
    "walk"; "rallies" → "rally"; "bus" → "bus"."""
    for ending, replacement in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)] + replacement
    return word


def _is_verb(word: str, verbs: Container[str]) -> bool:
    """Whether the lower-case ``word`` is one of ``verbs`` or an inflection of one: "cut",
    "finds" (find), "approves" (approve), "stopped" (stop), "rallies" (rally)."""
    if word in verbs:
        return True
    for ending, replacement in ENDINGS[:-1]:  # not a final "e": no verb is "cute" less its "e"
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            base = word[:-len(ending)] + replacement
            if base in verbs or base + "e" in verbs or len(base) > 2 and base[-1] == base[-2] and base[:-1] in verbs:
                return True
    return False
