"""Attributions, round 72: shapes from the PolNeAR tuning half's error table (sentences written for the test, not
taken from any article). The rule tests fail without `attribution/round72.py`; the guards pass on both."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


def _covering(rows: list[dict], part: str) -> list[dict]:  # type: ignore[type-arg]
    return [r for r in rows if part in r["content"]]


def test_quotation_said_and_still_quotation_is_one_statement() -> None:
    rows = _rows("Harbour Plans Stall\n\nThe council met on Tuesday to weigh the harbour plan.\n\nThe clerk \"never "
                 "filed the permit,\" Councillor Mara Quill said, and still \"got to sit on the board that approved "
                 "it.\"\n")
    both = _covering(rows, "never filed")
    assert len(both) == 1 and "sit on the board" in both[0]["content"], rows
    assert len(_covering(rows, "sit on the board")) == 1, rows


def test_paraphrase_then_quotation_in_a_new_sentence_is_one_statement() -> None:
    # was a guard for the older real golds' split pair; round 92 (attr92) follows PolNeAR's one record
    rows = _rows("Flood Warning Lifted\n\nThe river fell overnight.\n\nThe danger has passed for the lower valley, "
                 "county engineer Tomas Rell said Friday. “We will keep the pumps running until the weekend just "
                 "in case the rain returns.”\n")
    assert [r for r in rows if "danger has passed" in r["content"] and "pumps running" in r["content"]], rows


def test_said_then_content_running_into_a_quotation_is_one_statement() -> None:
    rows = _rows("Museum Opens\n\nThe doors opened at noon.\n\nAda Penn, 61, of Lowmoor, said the visit reminded "
                 "her of her mother, and of \"every teacher who showed us the old maps.\" She stayed until closing.\n")
    both = _covering(rows, "reminded her")
    assert len(both) == 1 and "old maps" in both[0]["content"], rows


def test_another_clause_after_the_cue_keeps_them_apart() -> None:  # guard
    rows = _rows("Debate Preview\n\nThe senator spoke for an hour. \"She has to draw a contrast on taxes,\" Senator "
                 "Ola Brandt said, going on to compare the two budget plans line by line. \"Voters care about "
                 "that more than anything else this year.\"\n")
    assert not [r for r in rows if "draw a contrast" in r["content"] and "Voters care" in r["content"]], rows


def test_quotation_in_a_new_paragraph_stays_apart() -> None:  # guard
    rows = _rows("Harbour Plans Stall\n\nThe budget may not stretch to a second pier this year, Councillor Mara "
                 "Quill said.\n\n\"We have asked the ministry twice and heard nothing back from anyone there.\"\n")
    assert not [r for r in rows if "second pier" in r["content"] and "heard nothing" in r["content"]], rows


def test_paraphrase_after_a_sentence_of_its_paragraph_is_one_statement() -> None:
    # was a guard (a wire text, Lee golds); round 92 (attr92) follows PolNeAR's one record across the tag's stop
    rows = _rows("The council met on Tuesday to weigh the harbour plan. The budget may not stretch to a second pier "
                 "this year, Councillor Mara Quill said. \"We have asked the ministry twice and heard nothing back "
                 "from anyone there.\" The vote is due next month.\n")
    assert [r for r in rows if "second pier" in r["content"] and "heard nothing" in r["content"]], rows
