"""Attributions, round 69: shapes from round 69's Lee development gold (sentences written for the test, not taken
from any article). Six fail without their rules in `attribution/round69.py`; the three guards pass on both."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


def test_refused_report_is_no_attribution() -> None:
    rows = _rows("The coroner confirmed the driver had been found near the dam, though she would not say how the "
                 "driver had died. Officials did not say whether the bridge would reopen this week.\n")
    assert not [r for r in rows if r["cue"] == "say"], rows
    assert [r for r in rows if r["cue"] == "confirmed"], rows


def test_refusal_after_a_report_keeps_the_report() -> None:  # guard: the outer report stays
    rows = _rows("The union said the strike at the port would go ahead, although it would not say when.\n")
    found = [r for r in rows if r["cue"] == "said"]
    assert found and found[0]["content"].startswith("the strike at the port"), rows


def test_reported_as_saying_gives_the_one_reported() -> None:
    rows = _rows("The wire service reported the organisers, a charity called Open Waters, as saying the swimmer "
                 "was pulled from the bay after the storm.\n")
    found = [r for r in rows if r["content"].startswith("the swimmer was pulled")]
    assert found and found[0]["speaker"].startswith("the organisers"), rows
    assert found[0]["cue"].startswith("reported"), rows


def test_told_listener_clause_without_that() -> None:
    rows = _rows("Ms Pereira told the radio station she had flown to Darwin to sign the papers. \"It was a long "
                 "day,\" she said.\n")
    found = [r for r in rows if r["cue"] == "told"]
    assert found and found[0]["speaker"] == "Ms Pereira", rows
    assert found[0]["content"] == "she had flown to Darwin to sign the papers", rows
    assert not [r for r in rows if r["cue"] == "sign"], rows


def test_trait_to_one_verb_is_no_attribution() -> None:
    rows = _rows("A patient coach and a fine tactician, Mr Tan's quiet determination to win earned him the respect "
                 "of every rival.\n")
    assert not [r for r in rows if r["cue"] == "determination"], rows


def test_agentless_chosen_to_is_no_attribution() -> None:
    rows = _rows("Ms Cole won three titles in a row. She was later chosen to lead the national team at the winter "
                 "games in Oslo.\n")
    assert not [r for r in rows if r["cue"] == "chosen"], rows


def test_told_a_story_relative_clause_is_not_content() -> None:  # guard: a true relative clause stays one
    rows = _rows("The old fisherman told the story he had heard from his grandfather to the children.\n")
    assert not [r for r in rows if r["cue"] == "told" and r["content"].startswith("he had heard")], rows


def test_told_that_clause_unchanged() -> None:  # guard: the usual parse keeps its one record
    rows = _rows("Mr Ruiz told reporters that the mine would close by the end of the year.\n")
    found = [r for r in rows if r["cue"] == "told"]
    assert len(found) == 1 and found[0]["content"].startswith("the mine would close"), rows


def test_expected_in_a_relative_clause_is_sourceless() -> None:
    rows = _rows("Forty boats will start the regatta, including six new catamarans, which are expected to give the "
                 "defending champion a hard race.\n")
    found = [r for r in rows if r["cue"] == "expected"]
    assert found and found[0]["speaker"] is None, rows
    assert found[0]["content"].startswith("to give the defending champion"), rows
