"""Claims that are no attribution at all, kept out as classes (issue 10): a quoted label inside a
noun phrase under a verb that reports nothing, a short quoted term or title under such a verb, …;
each beside a sentence of the same shape that stays a claim."""

from __future__ import annotations

from test_claims import claims_of


def contents(nlp, text: str) -> list[str]:
    claims, _ = claims_of(nlp, text)
    return [c.content.text for c in claims]


def triples(nlp, text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, content, cue, source) of each claim."""
    claims, _ = claims_of(nlp, text)
    return [(c.kind, c.content.text, c.cue.text if c.cue else None, c.source.text if c.source else None)
            for c in claims]


# --- a quoted label inside a noun phrase is the writer's, not anyone's words ---------------

def test_quoted_label_modifying_a_noun_is_no_claim(nlp):
    assert contents(nlp, 'The main rival came from church groups and an unaligned "Home First" push.') == []
    assert contents(nlp, "Voters in the valley crushed the party's \"establishment\" candidate in the spring primary.") == []


def test_quoted_object_of_a_verb_stays_a_claim(nlp):
    claims, _ = claims_of(nlp, 'The mayor blasted the plan as "a costly mistake."')
    assert [(c.content.text, c.cue.text if c.cue else None, c.source.text if c.source else None) for c in claims] == [
        ('the plan as "a costly mistake."', "blasted", "The mayor")]
    assert contents(nlp, 'Then she turned to the "fiscal hawks who run the caucus" in her speech.') == [
        'to the "fiscal hawks who run the caucus" in her speech']


# --- a short quoted phrase under a verb that reports nothing is a term, a title or a scare quote

def test_short_quote_under_a_verb_that_reports_nothing_is_no_claim(nlp):
    assert contents(nlp, 'Volunteers wore a "peace pin" at the gate.') == []
    assert contents(nlp, 'The columnist invented the phrase "sofa voters" in a 2019 essay.') == []
    assert contents(nlp, 'Then she turned to the "fiscal hawks" in her own caucus.') == []
    assert contents(nlp, 'Fans hung a "thank you" banner over the gate.') == []
    # a single word, however it is set
    assert contents(nlp, 'The board stayed "neutral" during the merger talks.') == []
    assert contents(nlp, 'The rookie looked "ready" for the final.') == []
    # a quote that is the whole content: a title, up to four words
    assert contents(nlp, 'The governor enjoys "Harbor Nights."') == []
    assert contents(nlp, 'The band went on to perform "River Song" at the fair.') == []
    assert contents(nlp, 'The trio covered "Blue Canal Road" at the festival.') == []


def test_short_quote_that_is_written_sent_or_no_noun_phrase_stays_a_claim(nlp):
    """What a verb of writing or sending puts down is someone's words however short, two words
    that are no noun phrase (`"never again"`, `"not true"`) are no term, nor is a lower-case
    whole content (a title is title-cased)."""
    assert triples(nlp, 'Someone scrawled "No Tolls" on the bridge.') == [
        ("direct", '"No Tolls"', "scrawled", "Someone")]
    assert triples(nlp, 'A volunteer chalked "Vote Today" on the sidewalk.') == [
        ("direct", '"Vote Today"', "chalked", "A volunteer")]
    assert triples(nlp, 'He scribbled "not true" in the margin of the report.') == [
        ("direct", '"not true"', "scribbled", "He")]
    assert triples(nlp, 'The driver jotted "brakes failing" on the log sheet.') == [
        ("mixed", '"brakes failing" on the log sheet', "jotted", "The driver")]
    assert triples(nlp, 'The senator typed "We won" into her phone.') == [
        ("direct", '"We won"', "typed", "The senator")]
    assert triples(nlp, 'She texted her husband "call me" before boarding.') == [
        ("mixed", 'her husband "call me" before boarding', "texted", "She")]
    assert triples(nlp, 'He emailed staff "stay home" on Sunday.') == [
        ("mixed", 'staff "stay home"', "emailed", "He")]
    assert triples(nlp, 'The nurse messaged her team "all clear" after midnight.') == [
        ("mixed", 'her team "all clear"', "messaged", "The nurse")]
    assert triples(nlp, 'The chef muttered "never again" at the stove.') == [
        ("direct", '"never again"', "muttered", "The chef")]
    # a whole content in lower case is no title
    assert triples(nlp, 'The grant helped the lab develop "cheaper and cleaner batteries."') == [
        ("direct", '"cheaper and cleaner batteries."', "develop", "the lab")]


def test_a_name_given_with_as_or_a_longer_quote_stays_a_claim(nlp):
    assert triples(nlp, 'The coach sized up the rookie as "fearless."') == [
        ("mixed", 'the rookie as "fearless."', "sized", "The coach")]
    assert contents(nlp, 'The governor enjoys "Harbor Nights at the Old Mill."') == ['"Harbor Nights at the Old Mill."']


# --- the speaker after a cue is not what was said ------------------------------------------

def test_inverted_speaker_is_no_content(nlp):
    claims, _ = claims_of(nlp, '"The budget is a mess," said Carla Jensen, half smiling.')
    assert [(c.kind, c.content.text, c.source.text if c.source else None) for c in claims] == [
        ("direct", '"The budget is a mess,"', "Carla Jensen")]
    claims, _ = claims_of(nlp, '"We will appeal," wrote a reader signing himself Old Voter.')
    assert [(c.kind, c.content.text, c.source.text if c.source else None) for c in claims] == [
        ("direct", '"We will appeal,"', "a reader")]


def test_object_after_a_cue_with_its_own_subject_stays(nlp):
    claims, _ = claims_of(nlp, "The mayor denied the report.")
    assert [(c.content.text, c.source.text if c.source else None) for c in claims] == [("the report", "The mayor")]


# --- a content of grammar words alone says nothing -----------------------------------------

def test_ellipsis_and_reflexive_are_no_content(nlp):
    assert contents(nlp, "They could pick any school they wanted to.") == []
    assert contents(nlp, "The senator rose in the chamber to defend himself.") == []


def test_infinitive_with_words_stays(nlp):
    assert contents(nlp, "The senator wanted to defend the budget.") == ["to defend the budget"]


# --- a title set beside the kind of work it names is nobody's words -------------------------

def test_title_after_its_kind_of_work_is_no_quote(nlp):
    assert contents(nlp, 'The mayor acted in the cable movie "Storm Over Harbor Town" last year.') == []
    claims, _ = claims_of(nlp, 'The councillor told the radio show "Morning Desk" that the vote was rigged.')
    assert [(c.kind, c.content.text, c.source.text if c.source else None) for c in claims] == [
        ("indirect", "that the vote was rigged", "The councillor")]


def test_headline_with_its_byline_is_no_quote(nlp):
    # a newsletter's list of links: the headline, "by", the outlet's possessive and its writer
    assert contents(nlp, '—"Ferry fares climb again for island commuters," by the Island Gazette\'s Nora Pike: '
                         'http://example.com/f1.') == []
    # two on a line: the second after the first's link and a dash
    assert contents(nlp, '—"Tram depot gets a rooftop garden," by the Metro Sun\'s Lee Park http://example.com/a1. '
                         '—"Orchard growers brace for a late frost," by Valley Courier\'s Sam Ortiz http://example.com/a2.'
                         ) == []
    assert contents(nlp, 'Weekend links\n• "A lighthouse keeper retires after forty winters," by the Coast '
                         'Ledger\'s Ida Brandt.') == []
    assert contents(nlp, 'ARTS—"Old mill theater to close in March," by Times\' Ben Sand.') == []
    # "by" with no outlet and writer after it: the quote stays someone's words
    claims, _ = claims_of(nlp, 'The mayor said "the bridge will open soon," by Friday at the latest.')
    assert [(c.kind, c.content.text) for c in claims] == [
        ("mixed", '"the bridge will open soon," by Friday at the latest')]


def test_a_quote_a_passive_verb_gives_with_its_agent_after_it_stays_a_claim(nlp):
    """Not a headline: the quote follows its verb, not a line's start or a dash, and the agent's
    possessive after it is the speaker's title, not an outlet's byline."""
    assert triples(nlp, 'The decision was branded "a betrayal of working families" by Labour\'s Angela Reyes.') == [
        ("direct", '"a betrayal of working families"', "branded", None)]
    assert triples(nlp, 'The ruling was called "a dark day for democracy" by the Governor\'s Office in a statement.') == [
        ("indirect", "The ruling", "called", "the Governor's Office"),
        ("direct", '"a dark day for democracy"', "called", "the Governor's Office")]
    assert triples(nlp, 'The plan was described as "unworkable and unfair" by Mayor Hale\'s Chief of Staff, Tom Reed.') == [
        ("mixed", 'as "unworkable and unfair"', "described", "Mayor Hale's Chief of Staff, Tom Reed")]
    # a comma inside the marks, as a headline's: still after its verb, still someone's words
    assert triples(nlp, 'The merger was labelled "a slap in the face," by Unite\'s Ken Dorr.') == [
        ("indirect", "The merger", "labelled", "Unite's Ken Dorr"),
        ("direct", '"a slap in the face,"', "labelled", "Unite's Ken Dorr")]
