"""Re-anchoring: an annotation follows its words through edits of the article, or becomes an
orphan that keeps its selectors (DESIGN.md, "Annotations are never lost")."""

from __future__ import annotations

from tui.model import Annotation, Article
from tui.store.anchoring import CONTEXT, annotation_on, make_selector, reanchor

TEXT = (
    "Harbour council delays vote\n\n"
    "The harbour council postponed its vote on the new ferry terminal on Tuesday, "
    "its chair said.\n\n"
    "Residents told the council that the terminal would double traffic on the coast road, "
    "and the chair promised a second public hearing before the summer.\n\n"
    "A spokeswoman for the ferry operator declined to comment."
)
QUOTE = "the terminal would double traffic on the coast road"


def _annotation(text: str = TEXT, quote: str = QUOTE, occurrence: int = 0) -> Annotation:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return annotation_on(Article(text=text, title="t"), start, start + len(quote), note="n")


def test_selector_takes_32_characters_each_side_and_stops_at_the_edges() -> None:
    start = TEXT.index(QUOTE)
    exact, prefix, suffix = make_selector(TEXT, start, start + len(QUOTE))
    assert (exact, prefix, suffix) == (QUOTE, TEXT[start - CONTEXT:start],
                                      TEXT[start + len(QUOTE):start + len(QUOTE) + CONTEXT])
    assert len(prefix) == len(suffix) == 32
    assert make_selector("abc def", 0, 3) == ("abc", "", " def")


def test_unchanged_text_keeps_the_position() -> None:
    ann = _annotation()
    placed = reanchor(ann, TEXT)
    assert (placed.start, placed.end, placed.orphan) == (ann.start, ann.end, False)


def test_insertion_before_moves_the_annotation_with_its_words() -> None:
    ann = _annotation()
    inserted = "Editor's note: this story was updated.\n\n"
    new = TEXT[:28] + inserted + TEXT[28:]
    placed = reanchor(ann, new)
    assert (placed.start, placed.end) == (ann.start + len(inserted), ann.end + len(inserted))
    assert new[placed.start:placed.end] == QUOTE and not placed.orphan


def test_deletion_before_moves_it_back() -> None:
    ann = _annotation()
    cut = "The harbour council postponed its vote on the new ferry terminal on Tuesday, its chair said.\n\n"
    new = TEXT.replace(cut, "")
    placed = reanchor(ann, new)
    assert (placed.start, placed.end) == (ann.start - len(cut), ann.end - len(cut))


def test_a_changed_word_inside_the_quote_is_placed_by_fuzzy_match() -> None:
    new = TEXT.replace("double traffic", "triple traffic")
    placed = reanchor(_annotation(), new)
    assert not placed.orphan
    assert placed.exact == "the terminal would triple traffic on the coast road"
    assert new[placed.start:placed.end] == placed.exact
    assert placed.prefix == new[placed.start - CONTEXT:placed.start]


def test_words_added_inside_the_quote_are_covered() -> None:
    new = TEXT.replace("on the coast road", "on the narrow coast road")
    placed = reanchor(_annotation(), new)
    assert new[placed.start:placed.end] == "the terminal would double traffic on the narrow coast road"


def test_a_word_deleted_inside_the_quote_is_covered() -> None:
    new = TEXT.replace("double traffic on the coast", "double traffic on the")
    placed = reanchor(_annotation(), new)
    assert new[placed.start:placed.end] == "the terminal would double traffic on the road"


def test_whitespace_changes_inside_and_around_the_quote() -> None:
    new = TEXT.replace("would double traffic", "would\n  double   traffic").replace(
        "Residents told", "Residents  told")
    placed = reanchor(_annotation(), new)
    assert new[placed.start:placed.end] == "the terminal would\n  double   traffic on the coast road"
    assert not placed.orphan


def test_duplicated_quote_with_the_same_surroundings_nearest_wins() -> None:
    line = "At the market square the stalls opened early and the crowd was bigger than last year.\n"
    text = line * 5
    ann = _annotation(text, "the crowd was bigger", occurrence=2)
    new = "Update. " + text
    placed = reanchor(ann, new)
    assert placed.start == ann.start + len("Update. ")
    # a line deleted and a word inserted above: of the copies whose surroundings agree as
    # well, the one nearest the old place wins
    shorter = "Up. " + line * 4
    placed = reanchor(ann, shorter)
    assert placed.start == ann.start + len("Up. ")


def test_duplicated_quote_surroundings_beat_nearness() -> None:
    text = ("The mayor said the plan is final. " + "x" * 60 + " Later the minister insisted "
            "the plan is final. The end.")
    ann = _annotation(text, "the plan is final", occurrence=1)
    # after an insertion above, the mayor's copy sits nearer the old offset than the
    # minister's: the minister's surroundings still match, so it keeps the annotation
    inserted = "y" * (ann.start - text.index("the plan is final"))
    new = inserted + text
    placed = reanchor(ann, new)
    assert placed.start == ann.start + len(inserted)
    assert new[placed.start - 9:placed.start] == "insisted "


def test_quote_edited_away_is_an_orphan_that_keeps_its_selectors() -> None:
    ann = _annotation()
    new = TEXT.replace(QUOTE, "parking was a problem")
    orphan = reanchor(ann, new)
    assert orphan.orphan
    assert (orphan.exact, orphan.prefix, orphan.suffix, orphan.start, orphan.end, orphan.note) == (
        ann.exact, ann.prefix, ann.suffix, ann.start, ann.end, ann.note)
    # the old words come back: the orphan finds them again
    back = reanchor(orphan, TEXT)
    assert (back.start, back.end, back.orphan) == (ann.start, ann.end, False)


def test_a_replaced_short_quote_is_an_orphan_not_a_random_match() -> None:
    ann = _annotation(quote="Tuesday")
    placed = reanchor(ann, TEXT.replace("Tuesday", "Friday"))
    assert placed.orphan


def test_paragraph_deleted_with_the_quote_is_an_orphan() -> None:
    ann = _annotation()
    paragraph = TEXT[TEXT.index("Residents"):TEXT.index("summer.") + len("summer.\n\n")]
    assert reanchor(ann, TEXT.replace(paragraph, "")).orphan


# Near misses for the fuzzy stage (issue 15.6): a look-alike passage elsewhere must not take
# the note, a match never starts mid-word, and two equally good places make an orphan.
FERRY = ("Ferry services report\n\n"
         "The port authority published its quarterly figures on Monday.\n\n"
         "Harbor Division reported that the new ferry timetable cut waiting times by nine "
         "minutes. Officials there credited extra crews.\n\n"
         "River Division reported that the new ferry timetable cut waiting times by nine "
         "minutes. Its managers expect further gains.\n\n"
         "Passenger groups welcomed the change.")
HARBOR = "Harbor Division reported that the new ferry timetable cut waiting times by nine minutes"


def _is_word_boundary(text: str, i: int) -> bool:
    return i == 0 or i == len(text) or not (text[i - 1].isalnum() and text[i].isalnum())


def test_a_rewritten_sentence_does_not_move_to_a_look_alike_in_another_paragraph() -> None:
    ann = _annotation(FERRY, HARBOR)
    new = FERRY.replace(HARBOR + ". Officials there credited extra crews.",
                        "At the harbor, crews were reassigned after a dispute that lasted all summer.")
    placed = reanchor(ann, new)
    assert placed.orphan
    assert (placed.start, placed.end, placed.exact) == (ann.start, ann.end, HARBOR)


def test_one_word_changed_where_the_surroundings_agree_is_placed_on_whole_words() -> None:
    ann = _annotation(FERRY, HARBOR)
    for old, new_words in (("Harbor Division reported", "Harbour Division said"),
                           ("nine minutes. Officials", "eight minutes. Officials"),
                           ("the new ferry timetable", "the revised ferry timetable")):
        new = FERRY.replace(old, new_words)
        placed = reanchor(ann, new)
        assert not placed.orphan, new_words
        assert new[placed.start:placed.end].startswith(("Harbor", "Harbour")), new_words
        assert _is_word_boundary(new, placed.start) and _is_word_boundary(new, placed.end)


def test_an_edited_quote_whose_surroundings_were_rewritten_too_is_an_orphan() -> None:
    # The quote alone (one word changed) would pass; the context no longer vouches for it.
    ann = _annotation()
    new = TEXT.replace("Residents told the council that the terminal would double traffic on the "
                       "coast road, and the chair",
                       "Shop owners argued at length that the terminal would treble traffic on the "
                       "coast road; later the mayor")
    assert reanchor(ann, new).orphan


def test_a_quote_mostly_rewritten_is_an_orphan_even_in_place() -> None:
    ann = _annotation()
    new = TEXT.replace("would double traffic on the coast road", "might bring lorries onto the road")
    assert reanchor(ann, new).orphan


def test_two_equally_good_places_make_an_orphan_not_a_guess() -> None:
    block = ("Weekend roundup from the coast.\n\n"
             "Volunteers repainted the old lighthouse on the northern pier last weekend.\n\n"
             "More to follow in the next edition.\n\n")
    text = "Notes\n\n" + block + block
    ann = _annotation(text, "Volunteers repainted the old lighthouse on the northern pier")
    # both copies edited alike, with the same 32 characters around each: no way to tell
    # which one the note was on
    assert reanchor(ann, text.replace("old lighthouse", "white lighthouse")).orphan
    # with only one copy left, that one is placed
    single = "Notes\n\n" + block.replace("old lighthouse", "white lighthouse")
    placed = reanchor(ann, single)
    assert not placed.orphan
    assert single[placed.start:placed.end] == "Volunteers repainted the white lighthouse on the northern pier"
