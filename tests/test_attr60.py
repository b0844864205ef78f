"""Attributions, round 60: the open leads of rounds 57-58 (sentences written for the test, not taken from any
article). Each test fails without its rule in `attribution/round60.py` but the guards, which pass on both."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


# ------------------------------------------------------------------------------------------ "followed up with:"

RATING = ("Paper ratings\n\nRatings of the paper vary widely.\n\n"
          "The watchdog group rated the paper as mostly reliable, which is fair, but followed up with:\n\n"
          "Overall, we rate the paper slightly biased because of its story selection on housing and a few failed "
          "fact checks.\n\nReaders can decide for themselves.\n")


def test_followed_up_with_over_an_unquoted_block_is_the_subjects() -> None:
    rows = _rows(RATING)
    block = [r for r in rows if r["content"].startswith("Overall, we rate")]
    assert block and block[0]["speaker"] == "The watchdog group" and block[0]["cue"] == "followed up with", rows


def test_the_next_paragraph_after_the_block_is_not_the_subjects() -> None:
    rows = _rows(RATING)
    assert all(not r["content"].startswith("Readers can decide") for r in rows), rows


def test_followed_up_with_over_a_quoted_block_keeps_the_colon_rule() -> None:  # guard
    rows = _rows("Team news\n\nThe coach was asked about the injury on Friday. Marta Cole followed up with:\n\n"
                 "\"We have a deep squad and the young players have earned their chance this season.\"\n")
    block = [r for r in rows if "deep squad" in r["content"]]
    assert len(block) == 1 and block[0]["speaker"] == "Marta Cole", rows


# ------------------------------------------------------------------------------------------ "called for X to be fired"

def test_called_for_someone_to_be_fired_is_a_request() -> None:
    rows = _rows("Several council members called for the police chief to be fired after the raid.\n")
    found = [r for r in rows if r["cue"] == "called for"]
    assert found and found[0]["speaker"] == "Several council members", rows
    assert found[0]["content"].startswith("the police chief to be fired"), rows


def test_who_called_for_is_the_antecedents() -> None:
    rows = _rows("Voters were asked about his rival, Tom Baker, who called for the tax to be scrapped.\n")
    found = [r for r in rows if r["cue"] == "called for"]
    assert found and found[0]["name"] == "Tom Baker" and found[0]["speaker"].endswith("who"), rows


def test_calling_for_with_no_subject_is_no_report() -> None:  # guard
    rows = _rows("Calling for the coach to be sacked is not the same as asking for a new game plan.\n")
    assert all(r["cue"] != "Calling for" for r in rows), rows


def test_called_for_a_noun_keeps_the_base_rule() -> None:  # guard
    rows = _rows("The union called for an inquiry into the raid.\n")
    found = [r for r in rows if r["cue"] == "called for"]
    assert len(found) == 1 and found[0]["content"] == "an inquiry into the raid", rows


# ------------------------------------------------------------------------------------------ an epigraph

def test_an_unquoted_epigraph_is_the_signed_names() -> None:
    rows = _rows("Park cuts\n\nAsk not what your town can do for you, ask what you can do for your town. "
                 "\u2013 John F. Kennedy\n\nThe new budget cuts funding for parks across the county.\n")
    found = [r for r in rows if r["speaker"] == "John F. Kennedy"]
    assert found and found[0]["content"].startswith("Ask not what your town"), rows


def test_a_signed_paragraph_later_in_the_article_is_left_alone() -> None:  # guard: attr58's broad rule is out
    rows = _rows("Park cuts\n\nThe new budget cuts funding for parks across the county.\n\n"
                 "Everyone in the county will pay for this decision sooner or later. \u2013 Parks Alliance\n")
    assert all(r["speaker"] != "Parks Alliance" for r in rows), rows


# ------------------------------------------------------------------------------------------ declarative questions

def test_a_writers_declarative_question_is_no_report() -> None:
    rows = _rows("The council voted to keep the contract on Monday.\n\nSo the mayor believes the deal is fair? "
                 "Residents who packed the hall that night clearly do not.\n")
    assert all(r["cue"] != "believes" for r in rows), rows


def test_a_question_to_you_stays() -> None:  # guard (PolNeAR counts "How do you know ...?", round 56)
    rows = _rows("The contract was signed in a hurry. So you think the council will listen to us?\n")
    assert any(r["cue"] == "think" for r in rows), rows


def test_a_quoted_question_stays() -> None:  # guard
    rows = _rows("\u201cSo the mayor believes the deal is fair?\u201d Ms. Hart asked the crowd on Monday.\n")
    assert any(r["speaker"] == "Ms. Hart" for r in rows), rows


# ------------------------------------------------------------------------------------------ a dash aside

def test_a_subject_parted_from_its_cue_by_a_dash_aside_is_found() -> None:
    rows = _rows("The lab results were never released, yet police \u2014 on the day his sister moved away \u2014 "
                 "claimed they found cash in his garage.\n")
    found = [r for r in rows if r["cue"] == "claimed"]
    assert found and found[0]["speaker"] == "police" and found[0]["content"].startswith("they found cash"), rows


def test_a_dash_aside_does_not_give_the_report_to_the_first_clause() -> None:
    rows = _rows("The lab results were never released, but the officers \u2014 on the day his sister moved away "
                 "\u2014 claimed they found cash in his garage.\n")
    found = [r for r in rows if r["cue"] == "claimed"]
    assert found and found[0]["speaker"] == "the officers", rows
