"""Attributions, round 57: the development part of round 57's SemEval-2023 gold (sentences written for the test,
not taken from any article). Each test fails without its rule in `attribution/round57.py`; the guards pass on both."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


def test_a_time_colon_opens_no_quotation() -> None:
    rows = _rows("Critics attacked the deal. If you want to see the fraud, go to 0:58 of the clip above, and laugh.")
    assert all(not r["content"].startswith("58") for r in rows), rows


def test_knowing_a_noun_phrase_is_no_report() -> None:
    rows = _rows("The board does not know the long history of the firm.")
    assert all(r["cue"] != "know" for r in rows), rows


def test_telling_the_truth_is_no_report() -> None:
    rows = _rows("Pundits who will not tell you the truth either.")
    assert all(r["cue"] != "tell" for r in rows), rows


def test_treating_someone_differently_is_no_report() -> None:
    rows = _rows("They are treating the mayor differently because he is rich.")
    assert all(r["cue"] != "treating" for r in rows), rows


def test_clauses_after_know_and_tell_still_count() -> None:
    rows = _rows("The board knew the plan had failed. She told them the truth was grim.")
    assert any(r["cue"] == "knew" for r in rows) and any(r["cue"] == "told" for r in rows), rows


def test_a_quote_with_its_tag_between_two_sentences_of_prose_is_kept_whole() -> None:
    rows = _rows("“We will win the cup,” Smith said on Sunday. The club then lost.")
    assert any(r["cue"] == "said" and "win the cup" in r["content"] for r in rows), rows


def test_treating_a_group_with_no_manner_still_counts() -> None:
    rows = _rows("The city holds the national debate about how the police treat minorities.")
    assert any(r["cue"] == "treat" for r in rows) or not any(r["cue"] for r in rows), rows
