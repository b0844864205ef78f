"""Events, the open leads of round 40, round 59 (branch ``events59``): a subject pair doing a one-way act is two
sources, as lead40's lists of three or more are.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.event_predictions import triples


def test_events59_pair_of_one_way_act_is_two_sources() -> None:
    found = triples("Peru and Chile have welcomed the decision.")
    assert found == {("SUPPORT", "PER", None), ("SUPPORT", "CHL", None)}


def test_events59_pair_aims_at_the_announcer_of_the_sentence_before() -> None:
    found = triples("The rebel leader of Chad announced a truce on Monday. Peru and Chile have praised the "
                    "announcement.")
    assert {t for t in found if t[0] == "SUPPORT"} == {("SUPPORT", "PER", "TCD"), ("SUPPORT", "CHL", "TCD")}


def test_events59_pair_rejecting_is_two_sources() -> None:
    found = triples("Peru and Chile have rejected the proposal.")
    assert found == {("REJECT", "PER", None), ("REJECT", "CHL", None)}


def test_events59_pair_keeps_its_own_object() -> None:
    found = triples("Peru and Chile praised Japan.")
    assert found == {("SUPPORT", "PER", "JPN"), ("SUPPORT", "CHL", "JPN")}


def test_events59_joint_act_of_a_pair_keeps_a_with_b() -> None:
    found = triples("Peru and Chile signed a trade pact.")
    assert ("SUPPORT", "PER", "CHL") in found
