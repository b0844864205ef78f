"""Attributions, round 81: PolNeAR tuning-half misses, fifth pass (sentences written for the test, not taken from
any article). The rule tests fail without `attribution/round81.py`; the guards pass on both."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


def _with_cue(text: str, word: str) -> list[dict]:
    return [r for r in _rows(text) if r["cue"] is not None and word in r["cue"]]


def test_a_relative_clause_hung_on_the_wrong_noun_still_reports_the_agents_wish() -> None:
    rows = _with_cue("The reform relies on the support of unions that may not want to sign.\n", "want")
    assert [(r["speaker"], r["cue"], r["content"]) for r in rows] == [
        ("unions that", "may not want", "to sign")], rows


def test_a_relative_pronoun_before_the_cue_joins_the_speaker() -> None:
    rows = _with_cue("The new rules were challenged in court by a group of farmers that oppose the water levy.\n",
                     "oppose")
    assert rows and all(r["speaker"].endswith(" that") for r in rows), rows


def test_a_top_level_want_is_still_a_report() -> None:
    rows = _with_cue("The regional governors want to raise the fuel tax before the winter.\n", "want")
    assert [r["speaker"] for r in rows] == ["The regional governors"], rows


def test_a_relative_on_an_agent_is_left_to_the_older_rules() -> None:
    # the parser hangs "that" on the agents themselves: the stance pass makes the record, round 81 adds none
    rows = _with_cue("Several counties that do not want to join the scheme wrote to the minister.\n", "want")
    assert len(rows) <= 1, rows


def test_welcoming_guests_or_a_person_is_a_greeting_not_a_report() -> None:
    assert _with_cue("When Hale welcomed the forty delegates on Friday, her own campaign was already under way.\n",
                     "welcom") == []
    assert _with_cue("At the rally Hale thanked the band and welcomed the mayor, a long-time ally.\n", "welcom") == []
    assert _with_cue("The president welcomed Chinese leader Wang Li to the capital on Tuesday.\n", "welcom") == []


def test_welcoming_a_ruling_is_still_a_stance() -> None:
    rows = _with_cue("The union welcomed the ruling on Monday, saying it protected workers.\n", "welcom")
    assert [r["speaker"] for r in rows] == ["The union"], rows
