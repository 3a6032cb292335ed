"""Headline capitals read as the body writes each word (``tui.analysis.casing``), and what
the parse of a Title Case headline then gives: names the body has, its verb and subject."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tui.analysis.casing import truecased
from tui.analysis.chunks import parse_one
from tui.analysis.engine import analyze_doc
from tui.model import Article

STORY = ("Tram Drivers Walk Out Over Rosters In Dunmore\n\n"
         "Tram drivers in Dunmore walked out on Tuesday over new rosters, the Fenwick Transit union said. "
         "The drivers said the rosters cut their breaks.\n")


def test_headline_words_take_the_case_the_body_gives_them() -> None:
    head = truecased(STORY).split("\n", 1)[0]
    # a name keeps its capital ("Dunmore"); a word the body writes in lower case loses it ("out"
    # of "walked out"), and so does one whose other forms it writes so ("Walk" of "walked")
    assert head == "Tram drivers walk out over rosters in Dunmore"


DREDGING = ("Harbor Board Approves Dredging Plan After Long Delays\n\n"
            "The Kellport harbor board voted on Tuesday to approve a plan for dredging the channel. "
            "Board member Ada Quist said the delays had cost the port two shipping lines.\n")


def test_a_headline_word_takes_the_case_of_its_other_forms_and_closed_class_words_their_own() -> None:
    head = truecased(DREDGING).split("\n", 1)[0]
    # "Approves" / "approve", "Dredging" / "dredging", "Delays" / "delays"; "After" is a
    # preposition; "Long" has no evidence at all and stays ("Board member" opens a sentence,
    # so the body's "harbor board" is the evidence for "board", and for the first word "Harbor")
    assert head == "harbor board approves dredging plan after Long delays"


def test_a_truecased_headline_event_keeps_the_articles_own_text(nlp) -> None:
    article = Article(DREDGING)
    analysis = analyze_doc(parse_one(nlp, article.text), article, "test", "test")
    top = analysis.events[0]
    # the headline's verb is the story's main event, its text as the article writes it; its
    # actor as the lead names it in full
    assert (top.trigger.text, top.what.text, [r.text for r in top.who]) == \
        ("Approves", "Approves Dredging Plan", ["The Kellport harbor board"])
    spans = [s for ev in analysis.events for s in (ev.trigger, ev.what, *ev.who, *ev.whom)] + \
        [s for c in analysis.claims for s in (c.content, c.cue, c.source) if s is not None]
    assert all(article.text[s.start:s.end] == s.text for s in spans)


def test_a_line_of_running_text_is_left_as_it_is() -> None:
    text = "The Mayor Said On Monday that the bridge would close.\n\nThe mayor said so."
    assert truecased(text) == text  # a sentence with its full stop is not a headline


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("AbcDİıßẞ ,.\n'’-ǅ"), max_size=80))
@example("ıAAA.A")  # capitalised, the dotless "ı" would be an "I" that lowers to another letter
def test_truecasing_keeps_every_offset(text: str) -> None:
    out = truecased(text)
    assert len(out) == len(text)
    assert all(a == b or a.lower() == b.lower() for a, b in zip(out, text))  # case alone changes


def test_a_title_case_headline_names_only_what_the_body_names(nlp) -> None:
    article = Article(STORY)
    analysis = analyze_doc(parse_one(nlp, article.text), article, "test", "test")
    names = {e.name for e in analysis.entities if e.label not in ("DATE", "TIME", "CARDINAL")}
    assert "Dunmore" in names and not any("Rosters" in n or "Walk" in n for n in names)
    head = [ev for ev in analysis.events if ev.trigger.start < STORY.index("\n")]
    # read in its own capitals, the parser takes "Drivers" for the verb; the actor is shown as
    # the lead names it in full
    assert [(ev.trigger.text, [r.text for r in ev.who]) for ev in head] == [("Walk", ["Tram drivers in Dunmore"])]


WALKS = ("Daily Swims Cut Joint Pain in Older Adults, Study Finds\n\n"
         "People over 70 who took daily swims had less pain in their knees, researchers in Tromso reported.\n")


def test_a_title_verb_the_body_never_writes_is_read_in_lower_case_and_the_first_word_as_the_body_has_it(nlp) -> None:
    from tui.analysis.pipeline import verb_forms

    head = truecased(WALKS, verb_forms(nlp)).split("\n", 1)[0]
    # "daily", "swims", "pain", "in" from the body; "Cut", "Joint", "Study" and "Finds" are verbs
    # the body never writes; "Older" and "Adults" (no verbs) have no evidence and stay
    assert head == "daily swims cut joint pain in Older Adults, study finds"
    assert truecased(WALKS).split("\n", 1)[0] == "daily swims Cut Joint pain in Older Adults, Study Finds"


def test_a_title_case_headline_opening_with_an_adjective_gives_its_own_verb_and_subject(nlp) -> None:
    article = Article(WALKS)
    analysis = analyze_doc(parse_one(nlp, article.text), article, "test", "test")
    head = [ev for ev in analysis.events if ev.trigger.start < WALKS.index("\n")]
    assert [(ev.trigger.text, [r.text for r in ev.who]) for ev in head] == [("Cut", ["Daily Swims"])]


def test_a_later_title_case_line_and_a_line_in_capitals_keep_their_verb_like_names() -> None:
    text = ("Results of the Cup Draw\n\nThe draw was made on Saturday.\n"
            "United States at Netherlands\n"
            "GOLF - BRITISH MASTERS RESULTS\n\nThe golf results follow.\n")
    lines = truecased(text, {"unite", "draw", "master"}).split("\n")
    # "United" is a form of "unite" but not on the title line; a line in capitals opens with a
    # capital whatever the body writes ("golf")
    assert lines[3] == "United States at Netherlands"
    assert lines[4].startswith("Golf - ")


def test_a_title_verb_form_before_a_name_the_body_capitalises_is_a_first_name(nlp) -> None:
    from tui.analysis.pipeline import verb_forms

    verbs = verb_forms(nlp)
    text = "Bill Gates Backs Climate Fund\n\nGates said on Monday that the fund would invest in solar power.\n"
    # "bill" and "mark" are verbs, but before "Gates" and "Carney", which the body writes
    # capitalised, they are first names and keep their capitals; "Backs" is still a verb
    assert truecased(text, verbs).split("\n", 1)[0] == "Bill Gates backs Climate fund"
    text = "Mark Carney Says Canada Will Act\n\nCarney said on Monday that Canada would respond.\n"
    assert truecased(text, verbs).split("\n", 1)[0] == "Mark Carney says Canada will act"
    text = "Hope Hicks Testifies Before Panel\n\nHicks told lawmakers on Monday that she had no records.\n"
    assert truecased(text, verbs).split("\n", 1)[0] == "Hope Hicks testifies Before panel"
