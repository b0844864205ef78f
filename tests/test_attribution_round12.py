"""Round 12 of the attribution layer (issue 16), on sentences of our own: a reporting verb in "-s" that ends its
sentence after a noun phrase set off by a comma ("..., the city's engineer notes.") is read as a cue even where the
small tagger takes it for a plural noun."""

from __future__ import annotations

import pytest

from tests.test_attribution import _find, _part


@pytest.mark.parametrize(("sentence", "content", "speaker", "cue"), [
    ("The bridge was never safe, the city's own engineer notes.", "The bridge was never safe",
     "the city's own engineer", "notes"),
    ("The money is gone, the state auditor reports.", "The money is gone", "the state auditor", "reports"),
    ("Secrecy is nothing new when it comes to the council's budget, the mayor's former aide maintains.",
     "Secrecy is nothing new when it comes to the council's budget", "the mayor's former aide", "maintains"),
    ("“We will rebuild the market,” the mayor's chief of staff maintains.", "We will rebuild the market",
     "the mayor's chief of staff", "maintains"),
])
def test_a_final_reporting_verb_misread_as_a_noun_is_a_cue(extract, sentence, content, speaker, cue) -> None:
    doc = extract("The council met on Monday.\n\n" + sentence)
    a = _find(doc, content)
    assert _part(doc, a, "content") == content
    assert _part(doc, a, "speaker") == speaker
    assert _part(doc, a, "cue") == cue


@pytest.mark.parametrize("sentence", [
    "The budget went to the printers, the council's own presses.",  # a plural noun in apposition: no report
    "The town has grown since the war, and so have its schools and its debts.",
    "The plan was drafted in secret, according to the city's own records.",
])
def test_a_final_plural_noun_that_is_no_verb_of_saying_is_no_cue(extract, sentence) -> None:
    doc = extract("The council met on Monday.\n\n" + sentence)
    cues = [_part(doc, a, "cue") for a in doc.attributions]
    assert all(c not in ("presses", "debts", "schools", "records") for c in cues), cues


def test_an_aside_with_a_misread_cue_reports_the_whole_sentence(extract) -> None:
    doc = extract("The council met on Monday.\n\nThe plan, the city's engineer notes, was never tested.")
    a = _find(doc, "was never tested")
    assert _part(doc, a, "speaker") == "the city's engineer"
    assert _part(doc, a, "cue") == "notes"
    doc = extract("The council met on Monday.\n\nThe cuts, the union's demands, were rejected by the board.")
    assert all(_part(doc, a, "cue") != "demands" for a in doc.attributions)


def test_a_second_report_hung_inside_the_first_ones_clause_is_the_first_speakers(extract) -> None:
    doc = extract("The council met on Monday.\n\nThe mayor said the plan was sound and urged the council to approve "
                  "it.")
    first, second = _find(doc, "the plan was sound"), _find(doc, "to approve it")
    assert _part(doc, first, "content") == "the plan was sound"  # no longer runs on into the second report
    assert _part(doc, second, "cue") == "urged"
    assert _part(doc, second, "speaker") == "The mayor"


def test_a_report_coordinated_with_the_speaker_keeps_its_own_content(extract) -> None:
    doc = extract("The council met on Monday.\n\nAvaria said it was “firmly opposed” to the test and warned its "
                  "neighbour to refrain from further tests.")
    assert _part(doc, _find(doc, "opposed"), "content") == "it was “firmly opposed” to the test"
    assert _part(doc, _find(doc, "further tests"), "speaker") == "Avaria"
