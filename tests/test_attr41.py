"""Attributions, round 41: real-article leads (sentences written for the test, not taken from any article)."""

from __future__ import annotations

from tests.attribution_rows import attribution_details


def _rows(text: str) -> list[dict]:
    return attribution_details("Test story\n\n" + text + "\n")


# ------------------------- "Y said Z, according to X": Y is the source (round 31's convention)

def test_a_report_closed_by_according_to_keeps_its_own_speaker() -> None:
    rows = _rows("Mary Jones said she had lost her job that week, according to the report.")
    assert [(r["speaker"], r["cue"]) for r in rows] == [("Mary Jones", "said")], rows
    assert rows[0]["content"].startswith("she had lost her job"), rows


def test_in_accordance_with_a_treaty_is_not_the_speaker() -> None:
    rows = _rows("The ministry has always followed the rules according to the Vienna Convention, Lu said.")
    assert [(r["speaker"], r["cue"]) for r in rows] == [("Lu", "said")], rows


def test_according_to_over_a_clause_on_a_noun_is_kept() -> None:
    rows = _rows("According to police, the man who said he was a doctor was arrested on Monday near the station.")
    assert any(r["speaker"] == "police" and r["cue"] == "According to" for r in rows), rows


def test_a_pronoun_inside_according_to_leaves_the_phrase_its_source() -> None:
    rows = _rows("Dr. Lane examined the patient. According to her account, she insisted that the patient go to the "
                 "hospital at once.")
    assert any(r["cue"] == "According to" and r["speaker"] == "her account" for r in rows), rows


def test_studies_suggesting_inside_according_to_stay_the_outlets() -> None:
    rows = _rows("Some studies have suggested that storms may be growing stronger, according to the Daily Courier.")
    assert any(r["cue"] == "according to" and r["speaker"] == "the Daily Courier" for r in rows), rows


# ------------------------- "..., said X, who denied a rumor that ...": the that-clause is the relative clause's

def test_said_x_who_denied_a_rumor_that_keeps_the_statement_before() -> None:
    rows = _rows("The cause is not known at this stage, said Ragan, who denied a rumor that it was sabotage.")
    said = [r for r in rows if r["cue"] == "said"]
    assert said and said[0]["speaker"] == "Ragan", rows
    assert said[0]["content"].startswith("The cause is not known"), rows


# ------------------------- a repeated quotation: "“...,” X repeats"

def test_repeats_is_a_reporting_cue() -> None:
    rows = _rows('"Please come quickly," Mary Jones repeats several times in the call.')
    assert rows and rows[0]["speaker"] == "Mary Jones" and rows[0]["cue"] == "repeats", rows
    assert "Please come quickly" in rows[0]["content"], rows


# ------------------------- "the video shows Y saying Z": Y speaks

def test_a_video_showing_someone_saying_gives_the_speaker() -> None:
    rows = _rows("The full video shows Smith saying that the plan is to bring young voters in and fire them up.")
    assert [(r["speaker"], r["cue"]) for r in rows] == [("Smith", "saying")], rows
    assert rows[0]["content"].startswith("the plan is to bring"), rows


def test_data_showing_a_clause_stays_a_source() -> None:
    rows = _rows("The data show that prices rose in May.")
    assert [(r["speaker"], r["cue"]) for r in rows] == [("The data", "show")], rows


def test_a_video_showing_someone_saying_a_mixed_quote_gives_the_speaker() -> None:
    rows = _rows("The recording shows Smith saying that the way to win the county board is to bring “young” "
                 "and “first-time” voters in and “get them angry enough to turn out in November.”")
    assert [(r["speaker"], r["cue"]) for r in rows] == [("Smith", "saying")], rows


def test_a_leading_according_to_keeps_its_source() -> None:
    # polnear_dev's tuning half gives "According to X, Y said ..." to X
    rows = _rows("According to the report, Mary Jones said she had lost her job.")
    assert any(r["cue"] == "According to" and r["speaker"] == "the report" for r in rows), rows
