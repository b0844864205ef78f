"""Attributions, round 86: PolNeAR tuning-half misses, sixth pass (sentences written for the test, not taken from
any article). The rule tests fail with round 86's rules off (main's behaviour); the guards pass on both."""

from __future__ import annotations

import pytest

from spinscope.components.attribution import round86
from tests.attribution_rows import attribution_details


def _with_cue(text: str, word: str) -> list[dict]:
    return [r for r in attribution_details(text) if r["cue"] is not None and word in r["cue"]]


@pytest.fixture(params=[True, False], ids=["round86", "main"])
def rules_on(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    saved = dict(round86.ON_R86)
    round86.ON_R86.update({k: request.param for k in saved})
    yield request.param
    round86.ON_R86.update(saved)


PARTICIPLE = ("Farmers also blasted Treasury for failing to make plain early Tuesday that the levy was only "
              "“temporary,” meaning it applied just to grain and not to livestock.\n")


def test_a_participle_after_a_quoted_comma_keeps_the_first_report(rules_on: bool) -> None:
    rows = _with_cue(PARTICIPLE, "blast")
    if rules_on:
        assert [(r["speaker"], r["cue"]) for r in rows] == [("Farmers", "blasted")], rows
        assert rows[0]["content"].startswith("Treasury for failing"), rows
        assert "meaning" not in rows[0]["content"], rows
    else:
        assert rows == [], rows
    assert [r["speaker"] for r in _with_cue(PARTICIPLE, "meaning")] == ["Farmers"]


def test_a_participle_after_a_plain_comma_is_left_to_the_older_rules(rules_on: bool) -> None:
    rows = _with_cue("The mayor criticized the board for delaying the vote, saying residents deserved an answer.\n",
                     "critici")
    assert [r["speaker"] for r in rows] == ["The mayor"], rows


def test_the_comma_helpers() -> None:
    assert round86.ends_with_comma_r86("was only “partial,”")
    assert round86.ends_with_comma_r86("was only partial, ")
    assert not round86.ends_with_comma_r86("was only “partial.”")
    text = "it was “partial,” meaning less"
    cue = (text.index("meaning"), text.index("meaning") + 7)
    assert round86.participle_r86(text, cue)
    plain = "it was partial, meaning less"
    assert not round86.participle_r86(plain, (plain.index("meaning"), plain.index("meaning") + 7))


def _dash_rows(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["cue"], r["content"]) for r in attribution_details(text) if r["cue"] == "--"]


def test_a_quotation_between_dashes_after_a_name_is_that_persons(rules_on: bool) -> None:
    rows = _dash_rows("A dozen governors made the same point, among them Howard Dean -- “Every candidate owes the "
                      "voters his medical file” -- and two senators.\n")
    want = [("Howard Dean", "--", "“Every candidate owes the voters his medical file”")]
    assert rows == (want if rules_on else []), rows


def test_a_quotation_between_dashes_is_the_subjects_when_no_name_is_before_it(rules_on: bool) -> None:
    rows = _dash_rows("Mrs. Vance barely answered the charge, treating her rival's jab first as praise -- ''That shows "
                      "I am careful'' -- and later calling it unfair.\n")
    assert rows == ([("Mrs. Vance", "--", "''That shows I am careful''")] if rules_on else []), rows


def test_a_quotation_between_dashes_with_no_person_is_left_alone(rules_on: bool) -> None:
    text = "The board met on Friday -- “a long and tiring session for all” -- and adjourned at noon.\n"
    assert _dash_rows(text) == []
