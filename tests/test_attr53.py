"""Attributions, round 53: the lead's reading of SemEval articles (sentences written for the test, not taken from any
article). Each test fails without its rule in `attribution/round53.py`."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


# ------------------------------------------------------------------------------------------ source types

def test_the_popes_claim_is_a_persons_and_stops_before_the_verdict() -> None:
    rows = _rows("The Pope's claim that he never once saw the memo has been proven false.")
    claims = [r for r in rows if r["cue"] == "claim"]
    assert [(r["name"], r["type"], r["content"]) for r in claims] == [
        ("Pope", "person", "he never once saw the memo")], rows


def test_a_singular_demonym_with_the_is_a_person_of_that_country() -> None:
    rows = _rows("The Syrian said he had thanked the Dutch for the help.")
    assert [(r["speaker"], r["type"]) for r in rows if r["cue"] == "said"] == [("The Syrian", "person")], rows


def test_the_information_available_is_a_report() -> None:
    rows = _rows("According to the information currently available, four people were hurt in the blast.")
    assert [r["type"] for r in rows if r["cue"] == "According to"] == ["report"], rows


def test_the_witness_is_the_one_named_man_who_saw_it() -> None:
    rows = _rows("A farmer from Ontario by the name of Jeff Hollis saw the car stop. The witness claimed that two "
                 "men jumped out of it. The eyewitness later went on to say that they ran into the woods.")
    witness = [r for r in rows if r["speaker"] in ("The witness", "The eyewitness")]
    assert [(r["name"], r["type"], r["named"]) for r in witness] == [("Jeff Hollis", "person", True)] * 2, rows


def test_a_witness_with_two_named_people_before_stays_unnamed() -> None:
    rows = _rows("A man by the name of Jeff Hollis and a woman by the name of Ann Rudd stood at the gate. "
                 "The witness claimed that two men jumped out of the car.")
    assert [r["named"] for r in rows if r["speaker"] == "The witness"] == [False], rows


# ------------------------------------------------------------------------------------------ false cues

def test_decided_that_is_no_statement() -> None:
    rows = _rows("The girl was taken from her father in May. In the end the welfare system decided that the girl "
                 "required a new home.")
    assert all(r["cue"] != "decided" for r in rows), rows


def test_knowing_that_is_no_statement() -> None:
    rows = _rows("With the dump closed, parents can relax knowing that their children no longer walk past it.")
    assert all(r["cue"] != "knowing" for r in rows), rows


def test_a_question_to_the_reader_has_no_source() -> None:
    rows = _rows("Do you really think that the police would ever admit such a thing about their own officer?")
    assert all(r["speaker"] != "you" for r in rows), rows


def test_you_in_a_statement_still_believes() -> None:
    rows = _rows('“You believe that the bridge is safe,” the engineer told the mayor at the hearing.')
    assert any(r["cue"] == "told" for r in rows), rows


def test_a_report_that_contradicts_a_story_is_no_attribution() -> None:
    rows = _rows("In yet another eyewitness report that contradicts the official story, a driver saw the plane fly "
                 "low over the town.")
    assert all(not (r["cue"] or "").startswith("contradict") for r in rows), rows


# ------------------------------------------------------------------------------------------ speakers

def test_a_body_part_after_by_is_no_speaker() -> None:
    rows = _rows('Last month she was attacked by a man who kicked her, dragged by the hair and punched while '
                 'yelling "Go back home".')
    shouts = [r for r in rows if r["cue"] == "yelling"]
    assert [r["speaker"] for r in shouts] == ["a man"], rows


def test_accused_by_names_the_source() -> None:
    rows = _rows("Mark Olsen is also accused by County authorities of abducting his son in 2019.")
    assert [r["speaker"] for r in rows if r["cue"] == "accused"] == ["County authorities"], rows


def test_a_mid_sentence_he_said_gives_the_clause_before_it() -> None:
    rows = _rows("He had testified about three bishops, he said, but Barros had never been questioned by the court.")
    assert ("he", "He had testified about three bishops", "said") in [
        (r["speaker"], r["content"], r["cue"]) for r in rows], rows
    assert all(r["content"] != "he said" for r in rows), rows


def test_a_headline_label_speaks_over_a_showing_verb() -> None:
    rows = _rows("Evidence shows vaccine was unsafe: Expert\n\nThe article's body follows here with more text.")
    assert [(r["speaker"], r["content"]) for r in rows] == [("Expert", "Evidence shows vaccine was unsafe")], rows


def test_as_outlet_reports_colon_gives_the_next_paragraph() -> None:
    rows = _rows("The store had been closed for weeks. As the Daily Courier reports:\n\n"
                 "The owners were told to leave the building by Friday, and the landlord plans to sell it.\n\n"
                 "The city has not commented.")
    assert [(r["speaker"], r["type"]) for r in rows if r["content"].startswith("The owners")] == [
        ("the Daily Courier", "media")], rows
    assert all(r["cue"] != "plans" for r in rows), rows
