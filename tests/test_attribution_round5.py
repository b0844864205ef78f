"""attributions.v1, round 5 of issue 16: verb forms the small model lemmatizes wrongly, passive judgements with
"as", passives of acts with a named agent. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from spinscope.components.attribution.rules import RULE_SCORES
from tests.test_attribution import _find, _part


@pytest.mark.parametrize(("text", "content", "speaker", "rule"), [
    # "rated" was lemmatized "rat", "hated" "hat": neither was read as a verb of judgement
    ("The Ledger rated half of the mayor's promises as broken.", "half of the mayor's promises as broken",
     "The Ledger", "stance-verb:rate:dobj"),
    ("Ms. Okafor hated the new toll on the harbour bridge.", "the new toll on the harbour bridge", "Ms. Okafor",
     "stance-verb:hate:dobj"),
])
def test_verb_forms_the_model_lemmatizes_wrongly_are_read_as_their_verb(extract, text: str, content: str,
                                                                         speaker: str, rule: str) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert rule in a.evidence
    assert _part(doc, a, "speaker") == speaker


def test_a_passive_judgement_with_as_is_attributed_to_its_agent(extract) -> None:
    doc = extract("Most of the senator's claims were rated as mostly false by the Ledger.")
    a = _find(doc, "were rated as mostly false")
    assert "stance-verb:rate:passive" in a.evidence
    assert _part(doc, a, "speaker") == "the Ledger"


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Four of the harbour commissioners were appointed by the governor.", "Four of the harbour commissioners",
     "the governor"),
    ("The ferry subsidy was approved by the county board on Monday.", "The ferry subsidy", "the county board"),
])
def test_a_passive_act_with_a_named_agent_gives_its_subject_to_the_agent(extract, text: str, content: str,
                                                                         speaker: str) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert "passive" in a.evidence
    assert _part(doc, a, "speaker") == speaker
    assert a.score == RULE_SCORES["stance:passive"]


@pytest.mark.parametrize("text", [
    "The old pier was damaged by the storm on Tuesday.",     # the agent is no person or body
    "The harbour was closed by it for a week.",              # a pronoun agent says nothing of who acted
    "The ferry was repaired in the spring.",                 # no agent at all
])
def test_a_passive_without_a_named_agent_is_no_attribution(extract, text: str) -> None:
    assert extract(text).attributions == []


def test_a_passive_act_on_a_pronoun_is_no_attribution(extract) -> None:
    doc = extract("Ms. Okafor runs the ferry company. She was questioned by the harbour police on Monday.")
    assert not any(a.evidence.endswith("passive-act") for a in doc.attributions)


@pytest.mark.parametrize(("text", "first", "second", "speaker"), [
    ("Harbour analysts said local fees have risen sharply, adding that the pier closure hurt trade.",
     "local fees have risen sharply", "the pier closure hurt trade", "Harbour analysts"),
    ("Harbour analysts said local fees have risen sharply, citing the long closure of the northern pier.",
     "local fees have risen sharply", "the long closure of the northern pier", "Harbour analysts"),
])
def test_a_participle_after_a_report_is_its_own_statement_of_the_same_speaker(extract, text: str, first: str,
                                                                              second: str, speaker: str) -> None:
    doc = extract(text)
    said, added = _find(doc, first), _find(doc, second)
    assert said is not added
    assert second not in doc.text[said.content.start:said.content.end]
    assert _part(doc, said, "speaker") == _part(doc, added, "speaker") == speaker


def test_a_participle_with_its_own_subject_is_not_moved(extract) -> None:
    doc = extract("The mayor said the port would reopen, its owners citing the repairs to the pier.")
    assert not any(_part(doc, a, "speaker") == "The mayor" and "repairs" in _part(doc, a, "content")
                   for a in doc.attributions if a.evidence.split(":")[2] == "cite")


def test_a_stance_in_a_relative_clause_keeps_the_name_and_the_pronoun(extract) -> None:
    doc = extract("The budget was drafted by Ms. Okafor, who opposed the new harbour toll from the start.")
    a = _find(doc, "the new harbour toll")
    assert _part(doc, a, "speaker") == "Ms. Okafor, who"


def test_a_that_clause_inside_the_object_does_not_replace_the_object(extract) -> None:
    doc = extract("The union's filing noted published reports alleging that the mayor had taken money from a firm.")
    a = _find(doc, "published reports alleging")
    assert "reporting-verb:note:dobj" in a.evidence
    assert _part(doc, a, "speaker") == "The union's filing"


def test_a_stance_noun_that_is_a_stance_verbs_object_goes_with_the_verb(extract) -> None:
    doc = extract("Senator Lund backed the mayor's plan to rebuild the northern pier before the winter.")
    a = _find(doc, "to rebuild the northern pier")
    assert "stance-verb:back:dobj" in a.evidence
    assert "the mayor's plan" in _part(doc, a, "content")
    assert _part(doc, a, "speaker") == "Senator Lund"


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("The harbour master seems to have left the port board.", "The harbour master seems to have left", None),
    ("Rebuilding the pier seems too risky to the union.", "Rebuilding the pier seems too risky", "the union"),
])
def test_a_proposition_given_as_an_impression_is_a_weak_attribution(extract, text: str, content: str,
                                                                    speaker: str | None) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert "stance-verb:seem:evidential" in a.evidence
    assert _part(doc, a, "speaker") == speaker
    assert a.score <= RULE_SCORES["stance:evidential"]


def test_an_impression_of_the_author_or_inside_a_quote_is_no_report(extract) -> None:
    doc = extract("We seem to have forgotten the pier. “The plan seems fine,” the mayor said.")
    assert not any("evidential" in a.evidence for a in doc.attributions)


def test_a_report_set_beside_another_with_aside_from_is_its_own(extract) -> None:
    doc = extract("The governor refuses to discuss the candidates, aside from saying he wants a board that "
                  "looks like the city.")
    refuse, say = _find(doc, "to discuss the candidates"), _find(doc, "he wants a board")
    assert refuse is not say
    assert "aside" not in doc.text[refuse.content.start:refuse.content.end]


def test_a_gerund_in_an_adverbial_speaks_for_the_passive_subject_and_keeps_its_own_clause(extract) -> None:
    doc = extract("After saying her knee was “so sore I could barely walk,” she was taken to the harbour clinic.")
    a = _find(doc, "so sore I could barely walk")
    assert _part(doc, a, "speaker") == "she"
    assert "taken to the harbour clinic" not in _part(doc, a, "content")


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Ann Lund runs the dock. She continued, “All we ask is a fair hearing for the dock workers.”",
     "All we ask is a fair hearing", "She"),
    ("The mayor went on: “We will rebuild the pier before the winter.”", "We will rebuild the pier",
     "The mayor"),
])
def test_a_quote_right_after_any_verb_of_its_agent_is_theirs(extract, text: str, content: str,
                                                           speaker: str) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert a.kind == "direct"
    assert _part(doc, a, "speaker") == speaker
    assert ":quote-after" in a.evidence


def test_a_quote_after_a_verb_with_an_object_is_not_taken_by_the_verb(extract) -> None:
    doc = extract("The mayor visited the pier, “a ruin since the storm of last winter.”")
    assert not any(":quote-after" in a.evidence for a in doc.attributions)


def test_a_name_before_a_noun_of_saying_is_its_owner(extract) -> None:
    doc = extract("A Pentagon statement that the pier would reopen in May was denied by the harbour board.")
    a = _find(doc, "the pier would reopen in May")
    assert _part(doc, a, "speaker") == "Pentagon"


def test_a_common_noun_before_a_noun_of_intention_is_no_owner(extract) -> None:
    doc = extract("The court order to close the northern pier was lifted on Monday.")
    assert not any("to close the northern pier" in _part(doc, a, "content") for a in doc.attributions)


def test_a_phrase_after_a_dash_is_not_what_was_called_for(extract) -> None:
    doc = extract("It became an issue in the race, with the mayor — who’s called for big fee hikes on the rich — "
                  "attacking the plan.")
    called = _find(doc, "big fee hikes on the rich")
    assert "attacking" not in _part(doc, called, "content")


def test_a_stance_after_a_relative_clause_belongs_to_the_noun_not_the_pronoun(extract) -> None:
    doc = extract("It became an issue in the race, with the mayor — who’s called for big fee hikes on the rich — "
                  "attacking the plan.")
    attack = next(a for a in doc.attributions if "stance-verb:attack" in a.evidence)
    assert _part(doc, attack, "content") == "the plan"
    assert (_part(doc, attack, "speaker") or "").startswith("the mayor")


def test_a_report_in_a_concessive_clause_keeps_its_clause(extract) -> None:
    doc = extract("While he acknowledged funding was a major reason the pier closed, Lund also noted several other "
                  "problems left the port in trouble.")
    a = _find(doc, "funding was a major reason the pier closed")
    assert "reporting-verb:acknowledge" in a.evidence
    assert "Lund also noted" not in _part(doc, a, "content")
    assert _find(doc, "several other problems").evidence.startswith("attributions.v1:reporting-verb:note")


def test_a_stance_adjective_in_a_relative_clause_keeps_the_name_and_the_pronoun(extract) -> None:
    doc = extract("The board hired Ann Lund, who is determined to reopen the northern pier before the winter.")
    a = _find(doc, "to reopen the northern pier")
    assert _part(doc, a, "speaker") == "Ann Lund, who"
    assert a.speaker_name == "Ann Lund"


def test_page_furniture_in_quotation_marks_is_no_statement(extract) -> None:
    doc = extract("“We will rebuild the pier,” Lund said.\n\n“Follow Ann Lund on Twitter @annlund”")
    assert not any("Follow Ann Lund" in _part(doc, a, "content") for a in doc.attributions)
    assert _find(doc, "We will rebuild the pier")


def test_a_name_given_in_a_passive_is_no_call_for_its_reason(extract) -> None:
    doc = extract("Dr. Lund, a harbour surgeon and radio host, has been called a charlatan by fellow doctors for "
                  "promoting miracle cures.")
    assert not any(a.evidence.endswith("call:prep") for a in doc.attributions)
    a = _find(doc, "has been called a charlatan")
    assert "stance-verb:call:passive" in a.evidence
    assert _part(doc, a, "speaker") == "fellow doctors"


def test_a_call_for_keeps_its_object(extract) -> None:
    doc = extract("The mayor called for new fees on the rich.")
    assert _part(doc, _find(doc, "new fees on the rich"), "speaker") == "The mayor"


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("In the mayor's view, the pier must be rebuilt before the winter.", "the pier must be rebuilt",
     "the mayor's"),
    ("The port fees rose by 40 percent, by the union's count.", "The port fees rose by 40 percent",
     "the union's"),
    ("By one estimate, 300 jobs were lost at the port last year.", "300 jobs were lost", "one estimate"),
])
def test_a_source_named_in_a_phrase_at_the_edge_of_a_sentence(extract, text: str, content: str,
                                                              speaker: str) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert "source-phrase" in a.evidence
    assert _part(doc, a, "speaker") == speaker


@pytest.mark.parametrize("text", [
    "In other words, the port is in trouble.",
    "In my view, the pier must be rebuilt before the winter.",
    "In the end, the pier was rebuilt.",
])
def test_a_phrase_that_names_no_source_is_no_attribution(extract, text: str) -> None:
    assert not any("source-phrase" in a.evidence for a in extract(text).attributions)
