"""The engine on generated news-like text (hypothesis, a fixed budget): it never raises, never
gives up on a sentence, and what it returns keeps the contract — every span within the text
(``0 <= start <= end <= len(text)``) and equal to the text at its offsets, the schema valid.

Sentences come from templates of news writing (quotes with their cue before, after or
around them, "according to", speaker lines, wire credits, acronyms in parentheses) filled
with random names and clauses, then roughened: quote marks straight, curly, unbalanced and
nested, parentheses, dashes, apostrophes, numbers, non-breaking spaces, control characters,
bidi marks and emoji inserted between words."""

from __future__ import annotations

import jsonschema
import pytest
from analysis_contract import SCHEMA, check_contract
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.analysis.engine import analyze_doc
from tui.model import Article

FIRST = ["Maria", "Tom", "Olu", "Jean-Luc", "Siobhán", "Ahmad", "Li", "Zoë", "Kwame", "Priya"]
LAST = ["Okafor", "O'Neill", "al-Rashid", "van der Berg", "Nakamura", "Lund", "D’Souza", "Hale", "Ruiz"]
GROUPS = ["the ministry", "the union", "police", "Reuters", "the World Food Council (WFC)", "NATO",
          "the Harbour Authority", "a spokeswoman", "officials", "residents of Fenwick"]
PRONOUNS = ["he", "she", "they", "it", "He", "She", "They", "It"]
CUES = ["said", "says", "told reporters", "denied", "claimed", "admitted", "warned", "urged",
        "insisted", "added", "wrote", "tweeted", "argued", "reportedly said", "has said"]
CLAUSES = [
    "the bridge will reopen on Monday", "prices rose 3.5% in March", "nobody knows what he is talking about",
    "the plan, which critics call “reckless”, would cost $4.2bn", "talks had stalled since 2019",
    "the fire was under control by 6:30 a.m.", "it was not the council's fault", "the rural towns had no work",
    "what happened next was unclear", "the vote — held in secret — was fair", "1,200 people (mostly children) fled",
]
QUOTES = ["We will not back down", "This is a disaster for everyone", "Nobody told us anything",
          "It's over", "They call it “progress” but it isn't", "I don't know what she means"]
TEMPLATES = [
    "{who} {cue} {clause}.",
    "{who} {cue} that {clause}.",
    "“{quote},” {who} {cue}.",
    '"{quote}," {cue} {who}. "{quote2}."',
    "“{quote},” {who} said, “{quote2}.”",
    "{clause}, according to {who}.",
    "According to {who}, {clause}.",
    "{WHO}: {quote}",
    "In a poll, {clause}.",
    "{clause} ({agency}) - {who} {cue} it.",
    "{who} contributed to this report.",
    "\"{quote}\" — {who}",
    "{who}, who {cue} {clause}, left on {day}.",
    "{clause}, {who} {cue}, adding that {clause2}.",
    "{who} {cue} {who2} of lying about {clause}",
]
NOISE = ['"', "“", "”", "„", "«", "»", "‘", "’", "'", "''", "(", ")", "[", "—", "–", "-", "--", "...",
         "…", ";", ":", "?!", "\u00a0", "\u2009", "\t", "\x00", "\x07", "\x1b[2J", "\x7f", "\u0085",
         "\u202e", "\u2066", "\ufeff", "😀", "👩‍👩‍👧", "🇬🇧", "42", "-7", "1,000,000", "3½", "٣", "'s", "’s"]


@st.composite
def names(draw) -> str:
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"
    if kind == 1:
        return draw(st.sampled_from(GROUPS))
    if kind == 2:
        return draw(st.sampled_from(PRONOUNS))
    word = draw(st.text(st.characters(categories=("Lu", "Ll")), min_size=2, max_size=9))
    return word[:1].upper() + word[1:]


@st.composite
def sentences(draw) -> str:
    fill = {
        "who": draw(names()), "who2": draw(names()), "WHO": draw(names()).upper(),
        "cue": draw(st.sampled_from(CUES)), "clause": draw(st.sampled_from(CLAUSES)),
        "clause2": draw(st.sampled_from(CLAUSES)), "quote": draw(st.sampled_from(QUOTES)),
        "quote2": draw(st.sampled_from(QUOTES)), "agency": draw(st.sampled_from(["AFP", "AP", "Reuters"])),
        "day": draw(st.sampled_from(["Sunday", "last Thursday", "May 3", "2024-13-01", "10000 years ago"])),
    }
    words = draw(st.sampled_from(TEMPLATES)).format(**fill).split(" ")
    for _ in range(draw(st.integers(0, 4))):  # roughen: noise glued to a word or standing alone
        at = draw(st.integers(0, len(words)))
        noise = draw(st.sampled_from(NOISE))
        if at < len(words) and draw(st.booleans()):
            words[at] = noise + words[at] if draw(st.booleans()) else words[at] + noise
        else:
            words.insert(at, noise)
    return " ".join(words)


@st.composite
def articles(draw) -> Article:
    parts = draw(st.lists(sentences(), min_size=1, max_size=5))
    seps = draw(st.lists(st.sampled_from([" ", "  ", "\n", "\n\n", " \u00a0", "\r\n"]),
                         min_size=len(parts), max_size=len(parts)))
    title = draw(st.one_of(st.none(), sentences()))
    body = "".join(p + s for p, s in zip(parts, seps))
    text = f"{title}\n\n{body}" if title else body
    published = draw(st.sampled_from([None, "2024-05-01", "2016-10-09T12:00:00Z", "9999-12-31", "not a date"]))
    return Article(text=text, title=title, published=published)


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(article=articles())
def test_the_engine_keeps_the_contract_on_generated_news(nlp, article):
    analysis = analyze_doc(nlp(article.text), article, "test", "test")
    assert analysis.failures == [], analysis.failures[0].detail
    check_contract(analysis.to_json())


@pytest.mark.parametrize("text", [
    'to ISIS “ according "',  # the input: "to" before "according" made the cue end before it began
    'from Reuters « according ”',
    "to the union — according",
])
def test_according_with_its_to_before_it_is_no_cue(nlp, text):
    analysis = analyze_doc(nlp(text), Article(text), "test", "test")
    check_contract(analysis.to_json())
    assert all(c.cue is None or c.cue.start <= c.cue.end for c in analysis.claims)


def test_the_contract_check_refuses_a_reversed_or_outlying_span(nlp):
    text = "Officials said the road was closed."
    good = analyze_doc(nlp(text), Article(text), "test", "test").to_json()
    check_contract(good)
    cue = good["claims"][0]["cue"]
    for start, end in ((10, 2), (-1, 4), (30, 40)):
        bad = {**good, "claims": [{**good["claims"][0], "cue": {**cue, "start": start, "end": end,
                                                                "text": text[start:end]}}]}
        with pytest.raises((AssertionError, jsonschema.ValidationError)):
            check_contract(bad)
    assert SCHEMA["$id"] == "newsread/analysis@1"
