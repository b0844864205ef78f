"""Events, round 60 (branch ``events60``): the task's lead "A and B praised X must give both A and B" where the
praise is coded CAMEO 052 (verbal defence: "praised the decision", "praised the ruling"), which round 59's one-way
gate lacked; and guards that the joint and the rebel-truce conventions are kept.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.event_predictions import triples


def test_events60_pair_praising_the_decision_is_two_sources() -> None:
    found = triples("India and Pakistan praised the decision.")
    assert found == {("SUPPORT", "IND", None), ("SUPPORT", "PAK", None)}


def test_events60_another_pair_praising_the_decision() -> None:
    found = triples("Britain and France praised the decision.")
    assert found == {("SUPPORT", "GBR", None), ("SUPPORT", "FRA", None)}


def test_events60_pair_praising_the_ruling_with_its_announcer() -> None:
    found = triples("The Japanese Government announced the ruling on Monday. Britain and France praised the "
                    "decision.")
    assert {t[:2] for t in found if t[0] == "SUPPORT"} == {("SUPPORT", "GBR"), ("SUPPORT", "FRA")}


def test_events60_single_source_praise_unchanged() -> None:
    found = triples("India praised the decision.")
    assert found == {("SUPPORT", "IND", None)}


def test_events60_joint_act_of_a_pair_keeps_a_with_b() -> None:
    found = triples("Peru and Chile signed a trade pact.")
    assert ("SUPPORT", "PER", "CHL") in found


def test_events60_rebel_truce_keeps_the_own_state_convention() -> None:
    # the written batches code a rebel group's unilateral ceasefire to its own state (w15-21's convention)
    found = triples("The Tamil rebels of Sri Lanka declared a unilateral truce over the new year.")
    assert all(t[0] != "RETREAT" or t[2] in ("LKA", None) for t in found)


def test_events60_un_panel_in_a_country_convicts_its_people() -> None:
    found = triples("A UN panel of judges in Kosovo has found 12 guerrilla fighters guilty of war crimes.")
    assert ("COERCE", "IGO", "KSV") in found


def test_events60_un_panel_keeps_an_object_that_names_an_actor() -> None:
    found = triples("A UN panel of judges in Kosovo has found a Serbian officer guilty of war crimes.")
    assert ("COERCE", "IGO", "SRB") in found
    assert ("COERCE", "IGO", "KSV") not in found
