"""Attributions, round 50: speakers and false cues from the lead's reading of partisan news (sentences written for
the test, not taken from any article)."""

from __future__ import annotations

import pytest

from tests.attribution_rows import attribution_details

_rows = attribution_details


# ------------------------------------------------------------------------------------------ embedded posts

POST = ("Senator Rosa Ferrell answered the delay on social media within the hour.\n"
        "Attorney General Mills\u2014publish the whole report today.\n"
        "Voters paid for it and they deserve to read it.\n"
        "https://t.co/Qx7LmP2abc \u2014 Rosa Ferrell (@RosaFerrell) March 22, 2019\n"
        "Other members of the committee joined her call later that evening.\n")


def test_an_embedded_post_is_a_quote_of_its_signatures_name() -> None:
    rows = _rows(POST)
    posts = [r for r in rows if r["name"] == "Rosa Ferrell" and r["cue"] is None]
    assert [(r["content"], r["type"], r["named"]) for r in posts] == [
        ("Attorney General Mills\u2014publish the whole report today.\n"
         "Voters paid for it and they deserve to read it.", "person", True)], rows


def test_the_addressee_of_an_embedded_post_is_no_speaker() -> None:
    rows = _rows(POST)
    assert all("Mills" not in (r["name"] or "") and "Mills" not in (r["speaker"] or "") for r in rows), rows


def test_a_reporting_line_before_a_post_is_no_part_of_it() -> None:
    rows = _rows("The mayor said that the bridge would reopen on Monday after the repairs.\n"
                 "Still closed.\n"
                 "https://t.co/Zp3kW8aQrs \u2014 Lena Ortiz (@lenaortiz) May 2, 2021\n"
                 "The council did not comment.\n")
    assert ("Lena Ortiz", "Still closed.") in [(r["name"], r["content"]) for r in rows], rows
    assert any(r["cue"] == "said" and r["name"] != "Lena Ortiz" for r in rows), rows


def test_a_post_on_its_signatures_line_left_the_text_and_takes_no_line_before_it() -> None:
    rows = _rows("According to two officials, the vote was delayed by a week.\n"
                 "Breaking: the vote is off again pic.twitter.com/AbC123xyz \u2014 Lena Ortiz (@lenaortiz) May 2, "
                 "2021\n"
                 "The council did not comment.\n")
    assert [(r["speaker"], r["content"]) for r in rows if r["cue"] == "According to"] == [
        ("two officials", "the vote was delayed by a week")], rows
    assert all(r["name"] != "Lena Ortiz" for r in rows), rows


def test_a_posts_line_with_a_hashtag_is_the_posts_though_it_reports() -> None:
    rows = _rows("Aid groups have warned about the water supply for months.\n"
                 "The health ministry of #Ruritania said a new outbreak of #cholera had begun in Varna province.\n"
                 "Laboratory tests confirmed four cases.\n"
                 "\u2014 WHO (@WHO) May 8, 2018\n"
                 "Teams arrived within days.\n")
    posts = [r["content"] for r in rows if r["name"] == "WHO" and r["cue"] is None]
    assert len(posts) == 1 and "said a new outbreak" in posts[0], rows
    assert posts[0].endswith("confirmed four cases."), rows


def test_a_posts_link_counts_toward_its_length() -> None:
    prose = ("The hearing room was crowded all afternoon, with staff, lobbyists and reporters filling every seat, "
             "standing along the walls and spilling into the hall outside, where a line of visitors waited in the "
             "heat for a chance to get in.")
    rows = _rows(f"{prose}\nOpen the hearing to the public now.\n"
                 "https://t.co/AbCdEf1234 \u2014 Lena Ortiz (@lenaortiz) May 2, 2021\nThe chair did not reply.\n")
    assert [r["content"] for r in rows if r["name"] == "Lena Ortiz"] == ["Open the hearing to the public now."], rows


# ---------------------------------------------------------------------------------- "the group's statement read"

def test_the_owner_of_a_statement_that_read_speaks_and_the_next_quote_goes_on() -> None:
    rows = _rows("City Hall approved the new parking fees on Monday, and Mayor Tom Hale defended the plan in a "
                 "short interview.\n"
                 "The campaign group FairStreets issued a statement soon after the vote was announced.\n"
                 "\u201cThis fee punishes the families who can least afford it, and we will fight it at every "
                 "meeting,\u201d the group\u2019s statement read.\n"
                 "\u201cWe expect the council to reverse this decision before the summer.\u201d\n")
    quotes = [(r["speaker"], r["name"], r["content"][:20]) for r in rows
              if r["content"].startswith(("This fee", "We expect"))]
    assert quotes == [("the group", "FairStreets", "This fee punishes th"),
                      ("the group", "FairStreets", "We expect the counci")], rows


# ------------------------------------------------------------------------------------------ "the account claimed"

ACCOUNT = ("A paramedic has turned to his public page \u201cDan Hart\u201d and says he was fired after backing Collins "
           "online.\n"
           "The page posted several messages in support of the jailed Collins.\n"
           "After a few messages, the account claimed the paramedic was leaving the county service after a "
           "complaint about his posts.\n"
           "The post read: \u201cAfter ten years on the ambulances, I was told yesterday that I must leave at "
           "once.\u201d\n"
           "He added: \u201cI handed in my badge the same afternoon.\u201d\n")


def test_an_account_speaks_for_the_holder_its_name_gives() -> None:
    rows = _rows(ACCOUNT)
    claimed = [r for r in rows if r["cue"] == "claimed"]
    assert [(r["speaker"], r["name"]) for r in claimed] == [("the account", "Dan Hart")], rows


def test_he_added_after_a_post_is_the_posts_author_not_a_person_named_between() -> None:
    rows = _rows(ACCOUNT)
    added = [r for r in rows if r["cue"] == "added"]
    assert [(r["speaker"], r["name"]) for r in added] == [("He", "Dan Hart")], rows


# ------------------------------------------------------------------------------------------ "despite the fact that he"

def test_a_subordinate_clauses_he_is_the_main_clauses_object_when_its_subject_is_a_body() -> None:
    rows = _rows("Sayid Tariq Wahab Rizvi\u2019s sermons of hate and holy war were so extreme that he was barred "
                 "from the pulpit in Egypt, but the Interior Ministry welcomed him into Britain.\n"
                 "The Interior Ministry also admitted Shaykh Hamza Dorabar to Britain, despite the fact that he has "
                 "said: \u201cThose who leave the faith deserve to be punished.\u201d\n")
    said = [r for r in rows if r["cue"] == "said"]
    assert [(r["speaker"], r["name"], r["from"]) for r in said] == [
        ("he", "Shaykh Hamza Dorabar", "Shaykh Hamza Dorabar")], rows


# ------------------------------------------------------------------------------------------ "a court order demanding"

def test_a_court_order_speaks_not_the_man_who_violated_it() -> None:
    rows = _rows("The activist Paul Grant was arrested because he broke a court order demanding that he keep away "
                 "from the clinic.")
    assert [(r["speaker"], r["cue"]) for r in rows] == [("a court order", "demanding")], rows


# ------------------------------------------------------------------------------------------ false cues

@pytest.mark.parametrize("sentence", [
    "No one can say this is not a scandal.",
    "They call us racists for asking simple questions.",
    "Britain has a record of admitting hate preachers.",
    "Residents are furious about the new tax.",
    "The mayor addressed this endeavor head-on.",
    "It is a truth that they are determined to bury and deny.",
])
def test_false_cues(sentence: str) -> None:
    assert _rows(sentence) == []


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The candidate addressed the housing shortage in her speech.", "addressed"),
    ("The senator admitted that he had made a mistake.", "admitted"),
    ("The governor is determined to win back the rural vote.", "determined"),
    ("Trump calls the press the enemy of the people.", "calls"),
])
def test_cues_that_stay(sentence: str, cue: str) -> None:
    assert [r["cue"] for r in _rows(sentence)] == [cue]


# ------------------------------------------------------------------------------------------ "He told Outlet:"

TOLD = ("Councillor Ada Brent has said she will join the march on Saturday.\n"
        "Brent has called the closure of the library a \"disgrace.\"\n"
        "She told the Valley Herald:\n"
        "The library was shut on a Monday morning without any warning to the people who use it.\n"
        "Its books were moved to a warehouse within a week.\n")


def test_the_paragraph_after_told_outlet_and_a_colon_is_the_speakers() -> None:
    told = [r for r in _rows(TOLD) if r["cue"] == "told"]
    assert [(r["speaker"], r["name"], r["content"]) for r in told] == [
        ("She", "Ada Brent", "The library was shut on a Monday morning without any warning to the people who use "
                             "it.")], told


def test_told_outlet_and_a_colon_at_a_paragraphs_end() -> None:
    rows = _rows("The senator defended the bill in an interview on Sunday. He told the Valley Herald:\n"
                 "The bill gives every county the same money, whatever its size.\n")
    assert [(r["speaker"], r["content"]) for r in rows if r["cue"] == "told"] == [
        ("He", "The bill gives every county the same money, whatever its size.")], rows
