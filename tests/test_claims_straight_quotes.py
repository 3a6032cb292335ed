"""Quotes in straight single marks in the body, the British house style ('…,' said X): a
contraction, a possessive, "'n'" or "'90s" inside one is an apostrophe, not its closing mark,
and an apostrophe outside one opens nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_claims import claims_of

from tui.analysis.quotes import find_pieces, find_quotes, spoken_straight_pieces


def triples(nlp, text: str) -> list[tuple]:
    """(kind, content, parts, cue, source) of each claim of ``text`` under a headline."""
    claims, _ = claims_of(nlp, "Town news\n\n" + text)
    return [(c.kind, c.content.text, [p.text for p in c.parts], c.cue and c.cue.text, c.source and c.source.text)
            for c in claims]


@pytest.mark.parametrize(("text", "content", "source"), [
    ("The mill closed. 'We won't sell the farm,' said grower Ada Pryce.", "'We won't sell the farm,'",
     "grower Ada Pryce"),
    ("'The players' wages come first,' the chairman said.", "'The players' wages come first,'", "the chairman"),
    ("'We play rock 'n' roll every night,' said drummer Lee Cole.", "'We play rock 'n' roll every night,'",
     "drummer Lee Cole"),
    ("'The '70s were kinder to farmers,' said Nell Hardy.", "'The '70s were kinder to farmers,'", "Nell Hardy"),
    ("'Who's going to pay for it?' asked councillor Omar Reid.", "'Who's going to pay for it?'",
     "councillor Omar Reid"),
])
def test_an_apostrophe_inside_straight_single_quotes_does_not_close_them(nlp, text, content, source):
    assert [(k, c, s) for k, c, _parts, _cue, s in triples(nlp, text)] == [("direct", content, source)]


@pytest.mark.parametrize(("text", "parts", "source"), [
    ("'It's a sad day,' said Tom Reeve, 'and the town knows it.'",
     ["'It's a sad day,'", "'and the town knows it.'"], "Tom Reeve"),
    ("The ferry sank. 'We couldn't reach them,' the skipper said. 'The sea's too rough.'",
     ["'We couldn't reach them,'", "'The sea's too rough.'"], "the skipper"),
])
def test_an_interrupted_straight_single_quote_is_one_claim_in_pieces(nlp, text, parts, source):
    [(kind, content, got, _cue, src)] = triples(nlp, text)
    assert (kind, got, src) == ("direct", parts, source)
    assert content == text[text.index(parts[0]):text.index(parts[-1]) + len(parts[-1])]


@pytest.mark.parametrize(("text", "content"), [
    ("The growers' union said the council's plan wasn't fair.", "the council's plan wasn't fair"),
    ("Fans of '80s rock 'n' roll said the band's Tour wasn't worth it.", "the band's Tour wasn't worth it"),
    ("The Joneses' lawyer said O'Neill's Bar hadn't paid.", "O'Neill's Bar hadn't paid"),
])
def test_apostrophes_outside_a_quote_open_none(nlp, text, content):
    assert [(k, c) for k, c, *_ in triples(nlp, text)] == [("indirect", content)]


def test_a_line_in_single_marks_among_double_quotes_is_a_heading(nlp):
    text = ('"We will fight this," the mayor said.\n\n\'A long summer.\'\n\n'
            'The council votes on the plan in June.')
    assert [c for _k, c, *_ in triples(nlp, text)] == ['"We will fight this,"']


def test_a_stray_double_straight_mark_closes_its_quote():
    text = "''We never liked 'Harbour Lights,'  '' she said. ''It was dull.''"
    assert [[text[a:b] for a, b in q.pieces] for q in find_quotes(text)] == [
        ["''We never liked 'Harbour Lights,'  ''", "''It was dull.''"]]


_WORDS = st.sampled_from(["can't", "won't", "it's", "players'", "O'Neill", "'n'", "'90s", "rock", "The", "Fans'",
                          "the", "club's", "we'll", "Smiths'", "y'all", "Ma'am", "town", "James'", "'em"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=12), st.sampled_from([",", ".", "?", "!"]))
def test_words_with_apostrophes_open_no_quote_and_keep_one_whole(words, stop):
    """Any run of words with apostrophes in them is no quote; set in straight single marks
    after a capital and closed after a plain word, it is one quote, its apostrophes inside."""
    plain = "T\n\n" + " ".join(words) + " said.\n"
    assert spoken_straight_pieces(plain, find_pieces(plain)) == []
    quoted = "T\n\nShe left. 'Now " + " ".join(words) + " today" + stop + "' she said.\n"
    start = quoted.index("'Now")
    assert spoken_straight_pieces(quoted, find_pieces(quoted)) == [(start, quoted.index(stop + "' she") + 2)]
