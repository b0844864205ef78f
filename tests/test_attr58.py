"""Attributions, round 58: the open leads of rounds 54-56 (sentences written for the test, not taken from any
article). Each test fails without its rule in `attribution/round58.py` but the guards, which pass on both."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details

LETTER = ("The diocese sent a reply to our report on the parish accounts last week.\n"
          "Bishop Mark Ellery responds to the parish audit (Valley Herald):\n"
          "I have led this diocese for nine years and I have always opened our books to anyone who asked.\n"
          "My office will post every statement from the last five years online by Friday, and I welcome any "
          "questions about them.\n"
          "We owe our people honesty, and I intend to give it to them.\n"
          "The audit committee meets again in March to review the figures.\n")


# ------------------------------------------------------------------------------------------ a letter quoted whole

def test_a_letter_after_responds_to_is_the_writers() -> None:
    rows = _rows(LETTER)
    letter = [r for r in rows if r["speaker"] == "Bishop Mark Ellery"]
    assert len(letter) == 3, rows
    assert letter[0]["content"].startswith("I have led this diocese"), rows
    assert letter[-1]["content"].startswith("We owe our people"), rows


def test_the_letters_first_person_is_not_the_author() -> None:
    rows = _rows(LETTER)
    assert all(r["type"] != "author" for r in rows), rows


def test_the_letter_ends_at_third_person_prose() -> None:
    rows = _rows(LETTER)
    assert all(not r["content"].startswith("The audit committee") for r in rows), rows


# ------------------------------------------------------------------------------------------ a lawyer named later

def test_a_lawyer_introduced_by_role_then_named_is_one_speaker() -> None:
    rows = _rows("Maria Lent was arrested on Tuesday outside her home. Her lawyer called the arrest unlawful. "
                 "The lawyer, Jane Roe, said her client had done nothing wrong and would fight the charges.\n")
    by_role = [r for r in rows if r["speaker"] == "Her lawyer"]
    assert by_role and by_role[0]["name"] == "Jane Roe" and by_role[0]["named"], rows


def test_two_lawyers_named_leave_the_role_alone() -> None:
    rows = _rows("Maria Lent was arrested on Tuesday. Her lawyer called the arrest unlawful. The lawyer, Jane "
                 "Roe, said the charges were weak. Later the lawyer, Tom Pike, said the police had no warrant.\n")
    by_role = [r for r in rows if r["speaker"] == "Her lawyer"]
    assert by_role and by_role[0]["name"] not in ("Jane Roe", "Tom Pike"), rows


# ------------------------------------------------------------------------------------------ questions, "described as"

def test_a_wh_question_is_no_report() -> None:
    rows = _rows("The stadium deal goes to a vote next week. How can the council claim the deal is fair when "
                 "nobody has seen the contract?\n")
    assert all(r["cue"] != "claim" for r in rows), rows


def test_how_do_you_know_stays() -> None:
    rows = _rows("The test is simple. How do you know when a promise like that is real?\n")
    assert any(r["cue"] == "know" for r in rows), rows


def test_what_x_described_as_y_is_xs_words() -> None:
    rows = _rows("The mayor dismissed what the union described as a campaign of intimidation against its members.\n")
    found = [r for r in rows if r["cue"] == "described as"]
    assert len(found) == 1 and found[0]["speaker"] == "the union", rows
    assert found[0]["content"] == "a campaign of intimidation against its members", rows


def test_what_was_described_as_has_no_speaker() -> None:
    rows = _rows("The mayor dismissed what was described as a campaign of intimidation against union members.\n")
    assert all(r["cue"] != "described as" for r in rows), rows


# ------------------------------------------------------------------------------------------ "<Outlet> learned"

def test_an_outlet_learned_after_a_subordinate_clause_reports_the_main_clause() -> None:
    rows = _rows("Though the police suspected that the fire was set on purpose, the Times learned, no arrests "
                 "were made for weeks.\n")
    found = [r for r in rows if r["speaker"] == "the Times"]
    assert len(found) == 1 and found[0]["content"] == "no arrests were made for weeks", rows
    assert any(r["speaker"] == "the police" for r in rows), rows


def test_an_outlet_learned_mid_sentence_reports_the_clause_before() -> None:
    rows = _rows("The company had hired three lobbyists in May, the Tribune learned, before the vote on the "
                 "new rules.\n")
    found = [r for r in rows if r["speaker"] == "the Tribune"]
    assert len(found) == 1 and found[0]["content"] == "The company had hired three lobbyists in May", rows


def test_a_person_who_learned_is_no_outlet() -> None:
    rows = _rows("The company had hired three lobbyists in May, Senator Blake learned, before the vote.\n")
    assert all(r["cue"] != "learned" or r["type"] != "media" for r in rows), rows


# ------------------------------------------------------------------------------------------ a club's president

def test_the_president_of_a_club_is_a_person() -> None:
    rows = _rows("The President of the Harbor Rowing Club, Peter Vance, said the new fees would drive young "
                 "members away.\n")
    found = [r for r in rows if r["name"] == "Peter Vance"]
    assert found and found[0]["type"] == "person", rows


def test_the_president_of_a_country_stays_government() -> None:
    rows = _rows("The President of France, Emmanuel Macron, said the new fees would hurt young farmers.\n")
    found = [r for r in rows if r["name"] == "Emmanuel Macron"]
    assert found and found[0]["type"] == "government", rows


def test_described_as_inside_a_report_stays_nested() -> None:
    rows = _rows("The ministry said it had found no trace of what the embassy described as a series of loud noises "
                 "near the gate.\n")
    assert all(r["cue"] != "described as" for r in rows), rows
