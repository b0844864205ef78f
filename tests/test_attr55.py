"""Attributions, round 55: the open leads of rounds 51-53 (sentences written for the test, not taken from any
article). The first tests fail without their rule in `attribution/round55.py`; the guards keep the conventions
counted on PolNeAR's tuning half (`scripts/attr55/census.txt`)."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


# ------------------------------------------------------------------------------------------ questions to the reader

def test_a_question_to_the_reader_after_a_comma_has_no_source() -> None:
    rows = _rows("The officers say they acted lawfully, but do you honestly believe that they would admit any fault?")
    assert all(r["speaker"] != "you" for r in rows), rows
    assert [r["speaker"] for r in rows if r["cue"] == "say"] == ["The officers"], rows


def test_a_why_question_to_the_reader_has_no_source() -> None:
    rows = _rows("Officials insist the water is clean. Yet why would you trust that the same people who hid the leak "
                 "are telling the truth now?")
    assert all(r["speaker"] != "you" for r in rows), rows


def test_a_question_after_a_condition_has_no_source() -> None:
    rows = _rows("If the tapes show nothing wrong, then do you believe that the police would keep them locked away "
                 "for years?")
    assert all(r["speaker"] != "you" for r in rows), rows


def test_you_in_a_statement_keeps_its_attribution() -> None:
    rows = _rows("You said that the bridge was safe, and now the whole town is paying for it.")
    assert [r["cue"] for r in rows if r["speaker"] == "You"] == ["said"], rows


# ------------------------------------------------------------------------------------------ "noted X, which says"

def test_noted_a_page_which_says_keeps_the_pages_report() -> None:
    # round 21 (step 5): the object that is the inner speaker keeps its report; PolNeAR's tuning half has no case of
    # this shape (and annotates no nested attribution), so round 52's lead is left as round 21 settled it
    rows = _rows("Local bloggers spotted the account last week. They noted the man's profile page, which says he "
                 "works for the city council.")
    assert [r["content"] for r in rows if r["cue"] == "says"] == ["he works for the city council"], rows


def test_noted_and_a_noun_phrase_stays_an_attribution() -> None:
    # PolNeAR's tuning half: 3 gold cues of 3 for "noted" + a noun phrase
    rows = _rows("The finance minister noted the sharp rise in petrol prices over the summer.")
    assert [(r["cue"], r["content"]) for r in rows] == [
        ("noted", "the sharp rise in petrol prices over the summer")], rows


# ------------------------------------------------------------------------------------------ "made clear that"

def test_made_clear_that_is_one_attribution_with_its_clause() -> None:
    rows = _rows("The premier made clear that no new taxes would be raised before the election.")
    assert [(r["cue"], r["content"]) for r in rows] == [
        ("made clear", "no new taxes would be raised before the election")], rows


def test_made_it_clear_stays_one_attribution() -> None:
    # round 16's stance keeps "it clear that ..." as its content; only the bare "made clear" is split in two
    rows = _rows("Rudd has made it abundantly clear that the deal is off.")
    assert [(r["speaker"], r["content"]) for r in rows] == [("Rudd", "it abundantly clear that the deal is off")], rows


# ------------------------------------------------------------------------------------------ the witness

def test_the_witness_is_the_person_named_in_an_apposition_before() -> None:
    rows = _rows("Jeff Hollis, a witness, said the van sped away. The witness added that two men were inside it.")
    assert [(r["name"], r["type"], r["named"]) for r in rows if r["speaker"] == "The witness"] == [
        ("Jeff Hollis", "person", True)], rows


def test_the_eyewitness_after_a_name_in_apposition_after_the_noun() -> None:
    rows = _rows("Police spoke to a witness, Jeff Hollis, who lives nearby. The witness said that the van sped away.")
    assert [(r["name"], r["named"]) for r in rows if r["speaker"] == "The witness"] == [("Jeff Hollis", True)], rows


def test_the_witness_after_two_named_witnesses_stays_unnamed() -> None:
    rows = _rows("A witness, Dana Frey, told reporters the truck ran the light. Omar Said, another witness, told "
                 "police he saw nothing. The witness added that the driver never braked.")
    assert [r["named"] for r in rows if r["speaker"] == "The witness"] == [False], rows


# ------------------------------------------------------------------------------------------ conventions kept (guards)

def test_a_report_nested_in_a_quotation_is_left_out() -> None:
    # PolNeAR's tuning half annotates no attribution inside another's content (0 of 1,060); nor do the real golds
    rows = _rows('"The minister told us that the plant would close by March," she said.')
    assert [(r["speaker"], r["cue"]) for r in rows] == [("she", "said")], rows


def test_a_split_quote_stays_one_attribution() -> None:
    # round 41: PolNeAR merges the two parts of a split quote (its content is discontinuous)
    rows = _rows('"We will not back down," Mayor Ann Rudd said in a statement. "We will see them in court."')
    assert len(rows) == 1 and rows[0]["content"].startswith("We will not") and rows[0]["content"].endswith(
        "court.\""), rows


def test_thanked_someone_for_stays_an_attribution() -> None:
    # PolNeAR's tuning half: "thanked X for" is a gold cue (1 of 1)
    rows = _rows("The president thanked the nurses for their courage during the long winter.")
    assert [r["speaker"] for r in rows] == ["The president"], rows
