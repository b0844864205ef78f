"""Attributions, round 54: misses on the development part of round 54's SemEval-2023 gold (sentences written for
the test, not taken from any article). Each rule test fails without its rule in `attribution/round54.py`; the
guards pass on both."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details

BLOCK = ("On Monday the council met for three hours behind closed doors. The mayor said the vote would come next "
         "week, and two members left early in protest.")


# ------------------------------------------------------------------------------------------ an outlet's block

def test_a_block_after_a_sentence_that_names_the_outlet_is_the_outlets() -> None:
    rows = _rows(f"Town officials are still weighing the offer, the Riverton Gazette reports:\n\n{BLOCK}\n")
    assert [(r["speaker"], r["cue"]) for r in rows if r["content"] == BLOCK] == [("the Riverton Gazette", "reports")]
    assert [r["content"] for r in rows if r["cue"] == "said"] == [
        "the vote would come next week, and two members left early in protest"], rows  # the inner report stays


def test_as_we_previously_reported_gives_the_block_to_the_writer() -> None:
    rows = _rows(f"The story is not new.\n\nAs we previously reported:\n\n{BLOCK}\n")
    assert [(r["speaker"], r["cue"]) for r in rows if r["content"] == BLOCK] == [("we", "reported")], rows


def test_a_person_before_writes_colon_is_no_outlet_block() -> None:
    rows = _rows(f"The talks went badly, Senator Hale writes:\n\n{BLOCK}\n")
    assert all(r["content"] != BLOCK or r["speaker"] != "Senator Hale" or "outlet" not in str(r)
               for r in rows), rows
    assert not [r for r in rows if r["content"] == BLOCK and r["cue"] == "writes"], rows


# ------------------------------------------------------------------------------------------ a signed quotation

def test_a_quotation_signed_by_a_bare_name_is_that_persons() -> None:
    rows = _rows("The rumours spread fast on Friday.\n\n\"The plan was never going to survive a vote in the chamber. "
                 "Everyone in the room knew it.\" Mary Dunst.\n")
    assert [r["speaker"] for r in rows if r["content"].startswith("The plan was never")] == ["Mary Dunst"], rows


# ------------------------------------------------------------------------------------------ Q/A turns

def test_a_bare_q_turn_is_the_party_labelled_before() -> None:
    rows = _rows("The hearing went on for an hour.\n\nHALE Q: Did you sign the form on the first day? You did, "
                 "didn't you?\nDUNST A: No, I signed it a week later.\nQ: Are you quite sure about that date?\n"
                 "A: Yes, I checked my diary.\n")
    speakers = {r["content"]: r["speaker"] for r in rows}
    assert speakers.get("Are you quite sure about that date") == "HALE", rows
    assert [speakers.get("Did you sign the form on the first day? You did, didn't you"), speakers.get(
        "No, I signed it a week later")] == ["HALE", "DUNST"], rows


# ------------------------------------------------------------------------------------------ a person's title label

def test_a_witness_label_opening_the_title_speaks() -> None:
    rows = _rows("Witness: Guard Left The Gate Open Before The Fire Started\n\nThe fire began late on Sunday.\n")
    assert [(r["speaker"], r["content"]) for r in rows] == [
        ("Witness", "Guard Left The Gate Open Before The Fire Started")], rows


def test_a_title_label_of_a_place_is_left_alone() -> None:
    assert _rows("Riverton: The Long Decline Of A Mill Town\n\nThe fire began late on Sunday.\n") == []


# ------------------------------------------------------------------------------------------ ", records show"

def test_records_postposed_are_the_source_of_the_clause_before() -> None:
    rows = _rows("The family sold the farm in May. Two weeks later the joint account had been emptied through a "
                 "transfer to his cousin, bank records show — but the family has not gone to the police.")
    assert [(r["speaker"], r["cue"], r["content"]) for r in rows if r["speaker"] == "bank records"] == [
        ("bank records", "show",
         "Two weeks later the joint account had been emptied through a transfer to his cousin")], rows


def test_records_as_a_subject_with_a_clause_are_left_to_the_cascade() -> None:
    rows = _rows("Bank records show that the account was emptied in May.")
    assert [r["content"] for r in rows if r["cue"] == "show"] == ["the account was emptied in May"], rows
