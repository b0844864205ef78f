"""Attributions, round 74: shapes from the PolNeAR tuning half's error table, second pass (sentences written for
the test, not taken from any article). The rule tests fail without `attribution/round74.py`; the guards pass on
both."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


def _by_cue(rows: list[dict], cue: str) -> list[dict]:  # type: ignore[type-arg]
    return [r for r in rows if r["cue"] == cue]


def test_rate_he_has_proposed_is_his_proposal() -> None:
    rows = _rows("Budget Fight\n\nThe governor spoke at the port on Monday. The levy on small shops would fall to "
                 "nine percent, far below the top rate he has proposed for large firms.\n")
    found = _by_cue(rows, "proposed")
    assert len(found) == 1 and found[0]["speaker"] == "he" and "top rate" in found[0]["content"], rows


def test_pills_she_has_promoted_are_her_promotion() -> None:
    rows = _rows("Clinic Under Review\n\nThe panel asked the doctor about the marketing of several herbal pills "
                 "she has promoted on her weekly radio hour.\n")
    found = _by_cue(rows, "promoted")
    assert len(found) == 1 and found[0]["speaker"] == "she" and "herbal pills" in found[0]["content"], rows


def test_the_best_plan_i_know_of_is_the_writers() -> None:
    rows = _rows("Saving Early\n\nParents ask me every week where to start. The best plan I know of comes from a "
                 "retired teacher in Dunmore who saved a little every month.\n")
    found = _by_cue(rows, "know")
    assert len(found) == 1 and found[0]["speaker"] == "I" and "best plan" in found[0]["content"], rows


def test_clause_inside_a_quotation_is_left_to_the_quotation() -> None:  # guard: PolNeAR does not nest it
    rows = _rows("Harbour Plans Stall\n\n\"Nobody can build the sort of pier he has proposed with that budget,\" "
                 "Councillor Mara Quill said on Tuesday.\n")
    assert not _by_cue(rows, "proposed"), rows


def test_negated_or_needed_or_with_object_is_no_report() -> None:  # guard
    rows = _rows("Tax Forms\n\nThe form would not tell the agency anything it does not already know. Voters get "
                 "the figures they need to judge him. The mayor signed the plan she has proposed to the board a "
                 "new levy.\n")
    assert not _by_cue(rows, "know") and not _by_cue(rows, "need"), rows
    assert not [r for r in rows if r["cue"] == "proposed" and "plan" in r["content"]], rows
