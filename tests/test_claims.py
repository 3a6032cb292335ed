"""Claims (attributions): the seed article's 16, and one hand-written sentence per pattern."""

from __future__ import annotations

import pytest

from tui.analysis.claims import extract_claims
from tui.analysis.entities import extract_entities
from tui.analysis.refs import EntityIndex
from tui.analysis_model import Claim
from tui.model import Article


def claims_of(nlp, text: str) -> tuple[list[Claim], EntityIndex]:
    article = Article(text=text)
    doc = nlp(article.text)
    index = EntityIndex(extract_entities(doc, article))
    return extract_claims(doc, article, index), index


def only(claims: list[Claim], content: str) -> Claim:
    found = [c for c in claims if c.content.text == content]
    assert len(found) == 1, [c.content.text for c in claims]
    return found[0]


def check(claim: Claim, kind: str, cue: str | None, lemma: str | None, stance: str | None,
          source: str | None) -> None:
    assert claim.kind == kind
    if cue is None:
        assert claim.cue is None
    else:
        assert claim.cue is not None
        assert (claim.cue.text, claim.cue.lemma, claim.cue.stance) == (cue, lemma, stance)
    assert (claim.source.text if claim.source else None) == source


# --- the seed ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed(nlp, seed_text):
    return claims_of(nlp, seed_text)


def test_seed_has_its_sixteen_attributions_and_a_credit(seed):
    claims, _ = seed
    assert [c.id for c in claims] == [f"c{n}" for n in range(1, 18)]
    assert [c.kind for c in claims].count("credit") == 1
    assert [c.content.start for c in claims] == sorted(c.content.start for c in claims)


def test_seed_wire_credit_inside_the_lead_is_an_attribution(seed):
    claims, index = seed
    c = claims[0]
    assert c.content.text.startswith("The Islamic State (ISIS) group on Sunday sealed its capture")
    assert c.content.text.endswith("from taking the heritage site of Palmyra")
    check(c, "indirect", "reports", "report", "neutral", "AFP")
    assert index.by_id[c.source.entity].name == "AFP"
    credit = claims[-1]
    check(credit, "credit", "contributed", "contribute", "neutral", "AFP")


def test_seed_urged_and_saying_share_the_prime_minister(seed):
    claims, index = seed
    urged = only(claims, "government forces to hold fast in Ramadi and prevent ISIS from making further gains")
    check(urged, "indirect", "urged", "urge", "directive", "Iraqi Prime Minister Haider al-Abadi")
    saying = only(claims, "they would have air cover and Shiite militia reinforcements")
    check(saying, "indirect", "saying", "say", "neutral", "Iraqi Prime Minister Haider al-Abadi")
    assert index.by_id[urged.source.entity].name == "Haider al-Abadi"


def test_seed_quotes_with_source_after_and_before(seed):
    claims, index = seed
    statement = next(c for c in claims if c.content.text.startswith('"God has enabled'))
    assert statement.content.text.endswith('in addition to the Anbar operations command,"')
    check(statement, "direct", "said", "say", "neutral", "the ISIS statement")
    assert index.by_id[statement.source.entity].name == "Islamic State"
    haimour = only(claims, '"Anbar operations command has been cleared"')
    check(haimour, "direct", "said", "say", "neutral",
          "Muhannad Haimour, spokesman and adviser to the provincial governor")
    colonel = only(claims, '"Daesh has just taken full control of all main security bases"')
    check(colonel, "direct", "added", "add", "neutral", "A colonel among troops who had withdrawn")
    admitted = only(claims, "the operations command center there had fallen")
    check(admitted, "indirect", "admitted", "admit", "concessive", "a local official")


def test_seed_pronoun_sources_point_at_their_antecedents(seed):
    claims, index = seed
    mixed = next(c for c in claims if c.content.text.startswith("troops, tribesmen and elite forces"))
    check(mixed, "mixed", "said", "say", "neutral", "Abadi’s spokesman")
    he = next(c for c in claims if c.content.text.startswith('"There is continuous air cover'))
    check(he, "direct", "said", "say", "neutral", "he")
    assert he.source.antecedent is not None and he.source.antecedent.text == "Abadi’s spokesman"
    it = only(claims, "nearly 300 people have been killed in four days of fighting -- "
                      "123 soldiers and their allies, 115 ISIS fighters and 57 civilians")
    check(it, "indirect", "said", "say", "neutral", "It")
    assert it.source.antecedent.text == "The Syrian Observatory for Human Rights monitoring group"
    assert index.by_id[it.source.entity].name == "Syrian Observatory for Human Rights"
    describes = only(claims, "as one of the most important cultural centers of the ancient world")
    check(describes, "indirect", "describes", "describe", "neutral", "it")
    assert index.by_id[describes.source.entity].name == "UNESCO"
    unesco = only(claims, "both sides to spare Palmyra")
    check(unesco, "indirect", "has urged", "urge", "directive", "UNESCO")


def test_seed_that_clause_keeps_its_complementiser(seed):
    claims, _ = seed
    c = next(c for c in claims if c.content.text.startswith("that ISIS fighters"))
    check(c, "indirect", "said", "say", "neutral", "The Syrian Observatory for Human Rights monitoring group")


def test_claims_serialise_with_the_antecedent(seed):
    claims, _ = seed
    he = next(c for c in claims if c.source and c.source.text == "he")
    data = he.to_json()
    assert data["source"]["antecedent"]["text"] == "Abadi’s spokesman"
    assert Claim.from_json(data) == he


# --- one sentence per pattern ------------------------------------------------------------


# (name, text, expected content, kind, cue text, cue lemma, stance, source text)
SIMPLE = [
    ("direct_quote_with_source_after", '"The budget is balanced for the first time," the finance minister said.',
     '"The budget is balanced for the first time,"', "direct", "said", "say", "neutral", "the finance minister"),
    ("curly_quote_with_inverted_source", "“Prices will fall before the winter,” said Maria Lopez, an economist at the bank.",
     "“Prices will fall before the winter,”", "direct", "said", "say", "neutral", "Maria Lopez, an economist at the bank"),
    ("colon_introduction", 'The mayor said: "We will rebuild the bridge before the summer."',
     '"We will rebuild the bridge before the summer."', "direct", "said", "say", "neutral", "The mayor"),
    ("told_someone_then_colon", 'The coach told reporters after the game: "We were not good enough today."',
     '"We were not good enough today."', "direct", "told", "tell", "neutral", "The coach"),
    ("quote_after_an_adjunct", 'The ad ends with the mayor saying at a rally last spring, "Taxes will not go up."',
     '"Taxes will not go up."', "direct", "saying", "say", "neutral", "the mayor"),
    ("said_that_keeps_that", "The company said that profits rose sharply in the third quarter.",
     "that profits rose sharply in the third quarter", "indirect", "said", "say", "neutral", "The company"),
    ("according_to", "According to the police report, the driver was speeding when the crash happened.",
     "the driver was speeding when the crash happened", "indirect", "According to", "according to", "neutral", "the police report"),
    ("told_someone", "The senator told reporters the bill would pass next week.",
     "the bill would pass next week", "indirect", "told", "tell", "neutral", "The senator"),
    ("reports_present_tense", "The Daily Herald reports that the merger talks collapsed on Friday.",
     "that the merger talks collapsed on Friday", "indirect", "reports", "report", "neutral", "The Daily Herald"),
    ("urged_someone_to", "The union urged its members to reject the latest offer.",
     "its members to reject the latest offer", "indirect", "urged", "urge", "directive", "The union"),
    ("denied_an_object", "The minister denied the allegations of bribery.",
     "the allegations of bribery", "indirect", "denied", "deny", "denial", "The minister"),
    ("admitted_is_concessive", "The driver admitted he had been drinking.",
     "he had been drinking", "indirect", "admitted", "admit", "concessive", "The driver"),
    ("claimed_is_assertive", "His lawyer claimed the test was flawed.",
     "the test was flawed", "indirect", "claimed", "claim", "assertive", "His lawyer"),
    ("believes", "The coach believes the team can win the title.",
     "the team can win the title", "indirect", "believes", "believe", "neutral", "The coach"),
    ("wants", "The mayor wants to build a new stadium.",
     "to build a new stadium", "indirect", "wants", "want", "neutral", "The mayor"),
    ("expects", "Analysts expect the central bank to raise rates.",
     "the central bank to raise rates", "indirect", "expect", "expect", "hedged", "Analysts"),
    ("noun_cue_with_that_clause", "The company issued a statement that the factory would close in March.",
     "that the factory would close in March", "indirect", "statement", "statement", "neutral", "The company"),
    ("verb_with_preposition", "The senator spoke about the budget crisis on Tuesday.",
     "the budget crisis", "indirect", "spoke about", "speak about", "neutral", "The senator"),
    ("accused_someone_of", "The mayor accused the council of hiding the report.",
     "hiding the report", "indirect", "accused the council of", "accuse of", "assertive", "The mayor"),
    ("noun_cue_with_of", "Her criticism of the new tax law angered the governor.",
     "the new tax law", "indirect", "criticism", "criticism", "assertive", "Her"),
    ("called_someone_a_quoted_name", 'In a long speech, Cruz called the mayor a "pathological liar" who is "utterly amoral."',
     'the mayor a "pathological liar" who is "utterly amoral."', "mixed", "called", "call", "assertive", "Cruz"),
    ("quoted_phrase_under_a_verb_outside_the_lexicon",
     'The senator has been needling the governor as a "career politician" all week.',
     'the governor as a "career politician" all week', "mixed", "has been needling", "needle", "other", "The senator"),
    ("possessive_noun_cue", "His recognition that the plan had failed came too late for the workers.",
     "that the plan had failed", "indirect", "recognition", "recognition", "concessive", "His"),
    ("mixed_paraphrase_with_a_quoted_fragment", 'The judge said the ruling was "final and binding" for both parties.',
     'the ruling was "final and binding" for both parties', "mixed", "said", "say", "neutral", "The judge"),
    ("headline_attribution", "Mayor says bridge will reopen in May\n\nThe old bridge closed last year.",
     "bridge will reopen in May", "indirect", "says", "say", "neutral", "Mayor"),
    ("agentless_passive_has_no_source", "It was reported that the talks had stalled over fishing rights.",
     "that the talks had stalled over fishing rights", "indirect", "reported", "report", "neutral", None),
    ("reportedly_is_hedged", "The rebels reportedly seized the airport.",
     "The rebels reportedly seized the airport", "indirect", "reportedly", "reportedly", "hedged", None),
    ("wire_credit_after_the_clause", "The storm reached the coast on Monday, reports AFP.",
     "The storm reached the coast on Monday", "indirect", "reports", "report", "neutral", "AFP"),
    ("object_keeps_its_role", "The coach likened the new stadium to a cathedral.",
     "the new stadium to a cathedral", "indirect", "likened", "liken", "assertive", "The coach"),
    ("relative_pronoun_before_the_cue", "The union bought a stake in the old mill, which the owner says he is trying hard to keep open.",
     "he is trying hard to keep open", "indirect", "says", "say", "neutral", "the owner"),
    ("relative_object_of_an_intention", "She needs more money, which she plans to raise through a tax on large estates.",
     "to raise through a tax on large estates", "indirect", "plans", "plan", "neutral", "she"),
    ("defending_a_position", "The senator defended her vote on the farm bill.",
     "her vote on the farm bill", "indirect", "defended", "defend", "assertive", "The senator"),
    ("wanting_a_thing", "The players want a bigger share of the television money.",
     "a bigger share of the television money", "indirect", "want", "want", "neutral", "The players"),
    ("noun_of_decision_with_infinitive", "Her decision to close the factory angered the workers.",
     "to close the factory", "indirect", "decision", "decision", "neutral", "Her"),
    ("noun_comment_on", "The minister's comments on the strike were brief.",
     "the strike", "indirect", "comments", "comment", "neutral", "The minister"),
    ("passive_with_its_agent", "The new budget is supported by most of the council members.",
     "The new budget", "indirect", "supported", "support", "neutral", "most of the council members"),
    ("in_a_poll", "In the latest poll, the mayor leads her rival by five points among likely voters.",
     "the mayor leads her rival by five points among likely voters", "indirect", "In", "in", "neutral", "the latest poll"),
    ("poll_headline_label", "Poll: Mayor and rival tied before the first debate\n\nThe race is close.",
     "Mayor and rival tied before the first debate", "indirect", ":", ":", "neutral", "Poll"),
    ("lemma_the_model_misses", "The president hopes to sign the treaty next month.",
     "to sign the treaty next month", "indirect", "hopes", "hope", "hedged", "The president"),
    ("agentless_passive_of_an_object_cue", "The guards have often been accused of beating the prisoners.",
     "beating the prisoners", "indirect", "have often been accused of", "accuse of", "assertive", None),
    ("respond_to", "The company responded to the criticism in a letter.",
     "the criticism", "indirect", "responded to", "respond to", "neutral", "The company"),
    ("as_someone_put_it", 'As the mayor put it in a speech last week, "Nobody wants a bridge to nowhere."',
     '"Nobody wants a bridge to nowhere."', "direct", "put", "put it", "neutral", "the mayor"),
    ("seeing_something_as", "Many farmers see the new rules as a threat to their livelihood.",
     "the new rules as a threat to their livelihood", "indirect", "see", "see", "neutral", "Many farmers"),
    ("hedge_on_a_whole_clause", "The new mayor seems to enjoy the attention.",
     "The new mayor seems to enjoy the attention", "indirect", "seems", "seem", "hedged", None),
    ("offering_an_object", "The minister offered no evidence for the claim.",
     "no evidence for the claim", "indirect", "offered", "offer", "neutral", "The minister"),
    ("adjective_of_attitude", "Farmers are worried about the long drought.",
     "the long drought", "indirect", "worried", "worried", "hedged", "Farmers"),
    ("adjective_with_a_clause", "The coach is confident that the team will win.",
     "that the team will win", "indirect", "confident", "confident", "assertive", "The coach"),
    ("attack_in_words", "Two senators grilled the bank chief over the missing funds.",
     "the bank chief over the missing funds", "indirect", "grilled", "grill", "assertive", "Two senators"),
    ("noun_with_its_preposition", "Her support for the new runway surprised the council.",
     "the new runway", "indirect", "support", "support", "assertive", "Her"),
    ("opposition_to", "The union's opposition to the pension reform has hardened.",
     "the pension reform", "indirect", "opposition", "opposition", "denial", "The union"),
    ("object_with_the_phrases_after_it", "The minister defended the agency against attacks from the opposition.",
     "the agency against attacks from the opposition", "indirect", "defended", "defend", "assertive", "The minister"),
    ("disowning_in_words", "The candidate disavowed the remarks of his campaign manager.",
     "the remarks of his campaign manager", "indirect", "disavowed", "disavow", "denial", "The candidate"),
    ("verb_with_its_preposition", "The former coach vouched for the young striker.",
     "the young striker", "indirect", "vouched for", "vouch for", "assertive", "The former coach"),
    ("clause_not_cut_at_an_object_cue", "The mayor says the council is acting rashly and showing contempt for the voters.",
     "the council is acting rashly and showing contempt for the voters", "indirect", "says", "say", "neutral", "The mayor"),
    ("name_given_in_the_passive", "Thousands of fans watched the three races known as the Triple Crown.",
     "the three races known as the Triple Crown", "indirect", "known", "know", "assertive", None),
    ("view_held_in_the_passive", "The new bridge is widely seen as a waste of money.",
     "The new bridge is widely seen as a waste of money", "indirect", "seen", "see", "neutral", None),
    ("adverb_on_its_clause", "The police arrested a man who allegedly stole two cars.",
     "who allegedly stole two cars", "indirect", "allegedly", "allegedly", "hedged", None),
    ("pronoun_object_of_an_object_cue", "The governor thanked them for their patience.",
     "them for their patience", "indirect", "thanked", "thank", "neutral", "The governor"),
    ("hedge_with_like", "The old stadium seems like a relic of another era.",
     "The old stadium seems like a relic of another era", "indirect", "seems", "seem", "hedged", None),
    ("hedge_on_a_predicate", "The council appears weak on crime.",
     "The council appears weak on crime", "indirect", "appears", "appear", "hedged", None),
    ("preposition_cue_with_the_phrases_after_its_object", "The mayor pointed to the unions as the main obstacle.",
     "the unions as the main obstacle", "indirect", "pointed to", "point to", "neutral", "The mayor"),
    ("noun_cue_before_a_copula", "His argument is that the new tax will hurt small farmers.",
     "that the new tax will hurt small farmers", "indirect", "argument", "argument", "assertive", "His"),
    ("verb_with_its_particle", "The report singled out the harbour authority for its delays.",
     "the harbour authority for its delays", "indirect", "singled out", "single out", "assertive", "The report"),
    ("particle_then_preposition", "The mayor spoke out against the new parking fees.",
     "the new parking fees", "indirect", "spoke out against", "speak against", "assertive", "The mayor"),
    ("object_cue_with_a_wh_clause", "The guide described what happened on the night of the fire.",
     "what happened on the night of the fire", "indirect", "described", "describe", "neutral", "The guide"),
    ("preposition_cue_after_adjuncts", "Reporters asked the minister again on Monday about the budget.",
     "the budget", "indirect", "asked the minister again on Monday about", "ask about", "neutral", "Reporters"),
    ("a_time_after_the_cue_is_no_object_of_its_preposition", "The ferry company agreed on Monday to pay a fine.",
     "to pay a fine", "indirect", "agreed", "agree", "concessive", "The ferry company"),
    ("transcript_speaker_line", "SMITH: We will not back down on this issue.\nJONES: Then we have a problem.",
     "We will not back down on this issue", "direct", ":", ":", "neutral", "SMITH"),
    ("clause_before_the_cue_hung_on_it", "Fares are rising fast – most riders said the service had become worse.",
     "the service had become worse", "indirect", "said", "say", "neutral", "most riders"),
    ("accusing_an_object", "Two council members accused the mayor in a letter on Friday.",
     "the mayor", "indirect", "accused", "accuse", "assertive", "Two council members"),
    ("charging_an_object_with", "Critics charged the minister with neglect.",
     "the minister with neglect", "indirect", "charged", "charge", "assertive", "Critics"),
    ("remembering_an_object", "The harbour master remembered the storm of the previous winter.",
     "the storm of the previous winter", "indirect", "remembered", "remember", "neutral", "The harbour master"),
    ("proposing_a_gerund", "The senator proposed raising the fuel tax by two cents.",
     "raising the fuel tax by two cents", "indirect", "proposed", "propose", "directive", "The senator"),
    ("object_with_an_infinitive_hung_on_the_verb", "The council praised the efforts of the volunteers to clean the beach.",
     "the efforts of the volunteers to clean the beach", "indirect", "praised", "praise", "assertive", "The council"),
    ("according_to_after_a_reported_clause",
     "More than half of the voters said that the council does more harm than good, according to an exit poll reported by the local paper.",
     "More than half of the voters said that the council does more harm than good", "indirect", "according to",
     "according to", "neutral", "an exit poll reported by the local paper"),
    ("showing_an_object_with_a_participle", "The report showed the mayor trailing her rival by six points.",
     "the mayor trailing her rival by six points", "indirect", "showed", "show", "neutral", "The report"),
]


@pytest.mark.parametrize(("text", "content", "kind", "cue", "lemma", "stance", "source"),
                         [case[1:] for case in SIMPLE], ids=[case[0] for case in SIMPLE])
def test_one_sentence_pattern(nlp, text, content, kind, cue, lemma, stance, source):
    claims, _ = claims_of(nlp, text)
    check(only(claims, content), kind, cue, lemma, stance, source)


def test_interrupted_quote_is_one_claim(nlp):
    text = '"We lost the vote," the senator said. "But we will try again next year."'
    claims, _ = claims_of(nlp, text)
    assert len(claims) == 1
    check(claims[0], "direct", "said", "say", "neutral", "the senator")
    assert claims[0].content.text == text


def test_interrupted_quote_reopened_after_a_no_break_space(nlp):
    text = '"We lost the vote," the senator said.\u00a0"But we will try again next year."'
    claims, _ = claims_of(nlp, text)
    assert [c.content.text for c in claims] == [text]
    assert [p.text for p in claims[0].parts] == ['"We lost the vote,"', '"But we will try again next year."']


def test_quote_continued_in_the_next_paragraph(nlp):
    text = ('The coach spoke after the match.\n\n"We played well in the first half. The second half was a mess.\n\n'
            '"We need to rest and come back stronger," Jane Smith said.')
    claims, _ = claims_of(nlp, text)
    c = only(claims, text[text.index('"We played'):text.index(" Jane")])
    check(c, "direct", "said", "say", "neutral", "Jane Smith")


def test_pure_credit_lines(nlp):
    text = "LONDON (Reuters) - Shares fell sharply on Monday.\n\nAP contributed to this report."
    claims, _ = claims_of(nlp, text)
    dateline = only(claims, "Shares fell sharply on Monday")
    check(dateline, "credit", "-", "dateline", "neutral", "Reuters")
    credit = only(claims, "to this report")
    check(credit, "credit", "contributed", "contribute", "neutral", "AP")


def test_pronoun_without_an_earlier_claim_takes_the_last_subject(nlp):
    claims, index = claims_of(nlp, "The World Health Organization issued new rules on Monday. "
                                   "It said the rules would take effect in May.")
    c = only(claims, "the rules would take effect in May")
    check(c, "indirect", "said", "say", "neutral", "It")
    assert c.source.antecedent.text == "The World Health Organization"
    assert c.source.entity is not None
    assert index.by_id[c.source.entity].name.endswith("World Health Organization")


def test_scare_quotes_alone_are_not_claims(nlp):
    claims, _ = claims_of(nlp, 'The so-called "reform package" passed the lower house on Tuesday.')
    assert claims == []


def test_quote_interrupted_by_a_long_attribution_is_still_one_claim(nlp):
    text = '"We are ready," said Tom Hale, who leads the rescue team in the valley. "The boats are in place."'
    claims, _ = claims_of(nlp, text)
    assert [c.content.text for c in claims] == [text]
    check(claims[0], "direct", "said", "say", "neutral", "Tom Hale")  # the relative clause is an aside


def test_a_second_cue_in_the_interruption_makes_two_claims(nlp):
    text = '"We are ready," Hale said, adding: "The boats are in place."'
    claims, _ = claims_of(nlp, text)
    assert [c.content.text for c in claims] == ['"We are ready,"', '"The boats are in place."']
    check(claims[0], "direct", "said", "say", "neutral", "Hale")
    check(claims[1], "direct", "adding", "add", "neutral", "Hale")


@pytest.mark.parametrize("text", [
    '"We are ready," Hale said, wiping the rain from his face. "The boats are in place."',
    '"We are ready," said Tom Hale, who says he has led the team for years. "The boats are in place."',
    '"The captain told me, \'Stay calm,\'" the guide said. "Then the water rose over the deck."',
    "“The captain told me, ‘Stay calm,’” the guide said. “Then the water rose over the deck.”",
    '"We are ready," Hale said, as reported by the local radio. "The boats are in place."',
])
def test_an_interruption_with_no_second_report_keeps_the_quote_whole(nlp, text):
    """A participle of manner, a cue describing the speaker, an inner quote closing with the
    outer one: none of them ends the speaker's quote."""
    claims, _ = claims_of(nlp, text)
    whole = only(claims, text)
    assert whole.kind == "direct" and whole.cue is not None and whole.cue.text == "said"
    assert [p.text[-8:] for p in whole.parts][-1] == text[-8:]


def test_a_report_in_the_interruption_of_a_quote_is_its_own_claim(nlp):
    text = '"It was the best day of my life," the coach said, referring to the final. "Nobody expected us to win."'
    claims, _ = claims_of(nlp, text)
    check(only(claims, text), "direct", "said", "say", "neutral", "the coach")
    check(only(claims, "the final"), "indirect", "referring to", "refer to", "neutral", "the coach")


def test_a_cue_that_reports_on_its_own_in_the_interruption_keeps_the_quote_whole(nlp):
    text = '"We are ready," Hale said, noting that the river had crested. "The boats are in place."'
    claims, _ = claims_of(nlp, text)
    check(only(claims, text), "direct", "said", "say", "neutral", "Hale")
    check(only(claims, "that the river had crested"), "indirect", "noting", "note", "neutral", "Hale")


def test_a_second_speaker_in_the_interruption_makes_two_claims(nlp):
    text = '"We are ready," Hale said. Then his deputy added: "The boats are in place."'
    claims, _ = claims_of(nlp, text)
    assert [c.content.text for c in claims] == ['"We are ready,"', '"The boats are in place."']
    check(claims[1], "direct", "added", "add", "neutral", "his deputy")


@pytest.mark.parametrize(("text", "contents"), [
    ("The captain said the storm had passed and the crew believed the worst was over.",
     ["the storm had passed and the crew believed the worst was over"]),
    ("The captain said the storm had passed and warned that the river would rise.",
     ["the storm had passed", "that the river would rise"]),
])
def test_a_joined_clause_with_its_own_subject_goes_on_with_the_report(nlp, text, contents):
    """`said A and the crew believed B`: B is still what the captain said; `said A and warned
    B` is a second report of the captain's."""
    claims, _ = claims_of(nlp, text)
    assert [c.content.text for c in claims] == contents
    assert all(c.source is not None and c.source.text == "The captain" for c in claims)


def test_a_cue_noun_of_a_compound_preposition_is_a_claim_as_a_speech_act(nlp):
    """The noun of "in case of" is no claim (test_claim_sources.test_not_a_claim); "made the case that" is."""
    claims, _ = claims_of(nlp, "The union made the case that the wages were too low.")
    check(only(claims, "that the wages were too low"), "indirect", "case", "case", "assertive", "The union")


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Small towns like Alder (93 percent of its voters were farmers, according to the census) lean to the right.",
     "93 percent of its voters were farmers", "the census"),
    ("The dockworkers, most of whom lost their jobs according to the union, marched through the city on Friday.",
     "most of whom lost their jobs", "the union"),
])
def test_according_to_inside_a_relative_clause_or_parenthesis_vouches_for_that_alone(nlp, text, content, source):
    claims, _ = claims_of(nlp, text)
    check(only(claims, content), "indirect", "according to", "according to", "neutral", source)


@pytest.mark.parametrize(("text", "content"), [
    ("The mayor praised Ruth Hale, who chairs the harbour board.", "Ruth Hale"),
    ("The mayor said the bridge, which opened in 1950, would close in May.",
     "the bridge, which opened in 1950, would close in May"),
    ("The mayor said that the works will be paid for by the port, whose profits rose last year.",
     "that the works will be paid for by the port"),
])
def test_a_content_ends_before_a_relative_clause_set_off_at_its_end(nlp, text, content):
    """`…, who chairs the board` at the end describes a noun for the reader; in the middle of
    the reported clause it is part of it."""
    claims, _ = claims_of(nlp, text)
    assert only(claims, content).source.text == "The mayor"


def test_markup_left_in_the_text_is_no_prose(nlp):
    """An embedded post's tags: "tweet" in a tag is no cue, attribute quotes are no quotation,
    and neither a source nor a content runs into a tag; the post's own text is prose."""
    text = ('Several governors reacted within minutes.\n\n'
            '<tweet pic="" id="1234" author="@GovHale" tweet_id="77">Thinking of the families tonight.</tweet>.\n\n'
            '<tweet pic="" author="CityHall" tweet_id="88">The mayor says the bridge will reopen in May.</tweet>')
    claims, _ = claims_of(nlp, text)
    assert [c.content.text for c in claims] == ["the bridge will reopen in May"]
    check(claims[0], "indirect", "says", "say", "neutral", "The mayor")


@pytest.mark.parametrize(("text", "contents"), [
    ('"We will not raise taxes," Perez said Sunday on NBC\'s "Meet the Press." "Listening to voters is the job."',
     ['"We will not raise taxes," Perez said Sunday on NBC\'s "Meet the Press." "Listening to voters is the job."']),
    ("She told Channel 9’s “Breakfast Hour” on Thursday that the levy would be scrapped.",
     ["that the levy would be scrapped"]),
    ("The mayor told Radio Kestrel’s “Morning Call” that the levy was fair.", ["that the levy was fair"]),
    ('The senator was a guest on "Face the Nation" and on "Fox and Friends" last week.', []),
    ('The crowd broke into chants of "Lock her up!" as the governor spoke.', ['into chants of "Lock her up!"']),
])
def test_a_quoted_title_is_no_quotation(nlp, text, contents):
    """The name of a show or paper in quote marks after "on", "told" … is nobody's words: no
    claim of its own, and a quote interrupted by it is still one quote; a chant is words."""
    claims, _ = claims_of(nlp, text)
    assert [c.content.text for c in claims] == contents


def test_a_headline_without_a_full_stop_does_not_run_into_the_first_sentence(nlp):
    text = "Storm closes schools across the county\n\nOfficials said the buildings would reopen on Thursday."
    assert [s.text.strip() for s in nlp(text).sents] == [
        "Storm closes schools across the county", "Officials said the buildings would reopen on Thursday."]
    claims, _ = claims_of(nlp, text)
    check(only(claims, "the buildings would reopen on Thursday"), "indirect", "said", "say", "neutral", "Officials")


def test_single_curly_quotes_of_a_headline_are_a_quote(nlp):
    claims, _ = claims_of(nlp, "Angry mayor to council: ‘We will not raise taxes this year.’\n\nThe council met on Monday.")
    check(only(claims, "‘We will not raise taxes this year.’"), "direct", None, None, None, None)


def test_an_apostrophe_does_not_close_a_single_quote(nlp):
    claims, _ = claims_of(nlp, "The coach said: ‘We don’t need new players this season.’")
    check(only(claims, "‘We don’t need new players this season.’"), "direct", "said", "say", "neutral", "The coach")


def test_in_a_report_leaves_the_reporting_verb_its_claim(nlp):
    claims, _ = claims_of(nlp, "In a report, the ministry said that exports fell.")
    assert [c.content.text for c in claims] == ["that exports fell"]
    check(claims[0], "indirect", "said", "say", "neutral", "the ministry")


def test_straight_single_quotes_count_in_the_headline_only(nlp):
    text = "Coach on the defeat: 'We were not ready for this'\n\nThe players' bus left at noon."
    claims, _ = claims_of(nlp, text)
    assert [c.content.text for c in claims] == ["'We were not ready for this'"]
    assert claims[0].kind == "direct"


def test_seeing_without_as_is_no_claim(nlp):
    claims, _ = claims_of(nlp, "We saw the mayor at the market on Sunday.")
    assert claims == []


def test_an_attitude_without_a_content_is_no_claim(nlp):
    claims, _ = claims_of(nlp, "She was angry after the meeting.")
    assert claims == []


def test_a_closing_mark_after_a_space_still_closes(nlp):
    text = "\"We never liked the word 'outreach,' \" the organiser told the meeting."
    claims, _ = claims_of(nlp, text)
    c = only(claims, "\"We never liked the word 'outreach,' \"")
    check(c, "direct", "told", "tell", "neutral", "the organiser")


@pytest.mark.parametrize(("text", "first", "second"), [
    ("The senator said the tax was unfair, arguing that it hurt small shops.",
     ("the tax was unfair", "said", "The senator"), ("that it hurt small shops", "arguing", "The senator")),
    ("Critics say the plan is too expensive, while supporters argue it will pay for itself.",
     ("the plan is too expensive", "say", "Critics"), ("it will pay for itself", "argue", "supporters")),
    ("The singer promised to keep supporting the charity and said she would stand up to critics.",
     ("to keep supporting the charity", "promised", "The singer"), ("she would stand up to critics", "said", "The singer")),
], ids=["participle", "while_clause", "and_clause"])
def test_a_second_report_hung_on_a_content_is_a_claim_of_its_own(nlp, text, first, second):
    claims, _ = claims_of(nlp, text)
    assert [(c.content.text, c.cue.text, c.source.text) for c in claims] == [first, second]


def test_quote_ends_before_a_lower_case_speaker(nlp):
    text = 'The pier reopens in May.\n\n"We expect the first large ships by spring," harbour police Chief Anna Lind said.'
    claims, _ = claims_of(nlp, text)
    assert [c.content.text for c in claims] == ['"We expect the first large ships by spring,"']
    assert claims[0].kind == "direct"


def test_content_before_a_colon_goes_on_over_its_list(nlp):
    text = ("In her report, the auditor said the utility had:\n\n- overspent its budget by 12 percent;\n"
            "- hired staff without approval;\n- missed three filing deadlines.\n\nThe board will meet on Friday.")
    claims, _ = claims_of(nlp, text)
    said = only(claims, "the utility had:\n\n- overspent its budget by 12 percent;\n"
                        "- hired staff without approval;\n- missed three filing deadlines")
    check(said, "indirect", "said", "say", "neutral", "the auditor")
