"""Attributions, round 63: an expected announcement's speaker, and the conventions this round kept by PolNeAR's
count (sentences written for the test, not taken from any article). The first test fails without its rule in
`attribution/round63.py`; the guards pass on both (they pin what this round settled without a rule)."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details

EXPECTED = ("Blue Harbour Air is in talks with several unions over pay and rosters. Blue Harbour Air is expected to "
            "announce it will keep its fleet in Darwin, after the Territory cabinet approved a support package for "
            "the carrier on Monday.\n")


def test_the_subject_of_is_expected_to_announce_is_the_speaker() -> None:
    rows = _rows(EXPECTED)
    found = [r for r in rows if r["cue"] == "announce"]
    assert found and found[0]["speaker"] == "Blue Harbour Air", rows
    assert found[0]["name"] == "Blue Harbour Air" and found[0]["type"] == "organization" and found[0]["named"], rows


def test_a_pronoun_subject_is_left_to_the_resolution() -> None:  # guard: the rule takes noun phrases only
    rows = _rows("Maria Lopez chairs the water board. It is expected to announce that the dam will be closed in "
                 "spring for repairs.\n")
    assert all(r["name"] != "It" for r in rows), rows


def test_a_body_that_plans_to_cut_costs_keeps_its_attribution() -> None:  # guard: PolNeAR counts the verb form
    rows = _rows("The new carrier plans to trim spending by selling two old ships and hiring fewer cabin crew.\n")
    found = [r for r in rows if r["cue"] == "plans"]
    assert found and found[0]["speaker"] == "The new carrier", rows


def test_people_who_met_to_discuss_a_matter_keep_their_attribution() -> None:  # guard: PolNeAR counts 3 of 3
    rows = _rows("Union officials met on Tuesday to discuss the new rosters for the summer.\n")
    found = [r for r in rows if r["cue"] == "discuss"]
    assert found and found[0]["speaker"] == "Union officials", rows


def test_it_is_understood_is_no_attribution() -> None:
    rows = _rows("A spokesman says up to forty prisoners tried to climb the wall. It is understood some prisoners had "
                 "helped guards put out the blaze overnight.\n")
    assert not [r for r in rows if r["cue"] == "understood"], rows
