"""Round 66 (issue 17, SemEval-2025 news): asking "a lot of" someone is no request; a leader who "seemed to agree"
agreed with no side; a move that "drew sanctions from" a side is
that side's sanction of the mover; backing a side's "enemies" is support; defending oneself gives no aid; "ramped up"
defences mobilise.

Every sentence here was written for these tests; none is from a gold or an article read.
"""

from __future__ import annotations

import pytest

from tests.event_predictions import predicted, triples

#: Forces sent "into" a side's land as FIGHT was measured and backed out (the written batches code it MOBILIZE).
BACKED_OUT = pytest.mark.xfail(strict=True, reason="events66: forces sent into a land as FIGHT backed out")


def test_events66_asking_a_lot_of_someone_is_no_request() -> None:
    text = "Starring opposite Smith would ask a lot of any actor, Jones admitted to Brown."
    assert not [e for e in predicted(text) if e[0] in ("REQUEST", "DEMAND")]


def test_events66_asking_for_a_lot_of_aid_stays_a_request() -> None:
    # guard: an amount of a thing asked for ("for") is a request
    assert any(e[0] in ("REQUEST", "DEMAND") and e[1] == "UKR"
               for e in predicted("Ukraine asked Germany for a lot of ammunition."))


def test_events66_seeming_to_agree_is_no_agreement() -> None:
    text = "Lula seemed to agree, saying: \"If Europe cares about peace, it must send food to Sudan.\""
    assert not [e for e in predicted(text) if e[0] == "AGREE"]


def test_events66_agreeing_with_a_side_stays_an_agreement() -> None:
    # guard: an agreement with a side named in the verb's own phrase is left alone
    assert any(e[0] == "AGREE" for e in predicted("Egypt agreed with Israel on a new border crossing."))


@BACKED_OUT
def test_events66_forces_sent_into_a_territory_fight() -> None:
    text = "Turkey responded to the raid by sending military forces into Syria."
    assert ("FIGHT", "TUR", "SYR") in triples(text)


def test_events66_troops_sent_to_an_ally_stay_a_deployment() -> None:
    # guard: "to", not "into"
    assert not [e for e in predicted("Britain sent troops to Estonia last spring.") if e[0] in ("FIGHT", "ASSAULT")]


def test_events66_a_move_that_drew_sanctions() -> None:
    text = "In 2008, Russia used its army to seize two regions of Georgia, a move that drew sanctions from Canada."
    assert ("SANCTION", "CAN", "RUS") in triples(text)


def test_events66_a_decision_that_drew_condemnation() -> None:
    text = "Iran expelled the inspectors, a decision that drew condemnation from France."
    assert any(e[0] in ("ACCUSE", "DISAPPROVE") and e[1] == "FRA" and e[2] == "IRN" for e in predicted(text))


def test_events66_supporting_the_enemies_of_a_state() -> None:
    assert ("SUPPORT", "IRN", None) in triples("Iran is supporting the enemies of Saudi Arabia.")


def test_events66_not_supporting_enemies() -> None:
    # guard: negated
    assert not [e for e in predicted("Qatar is not backing the enemies of Egypt.") if e[0] == "SUPPORT" and
                e[3] == "asserted"]


def test_events66_defending_itself_is_no_aid() -> None:
    assert not [e for e in predicted("Australia believes Japan has a duty to protect itself.") if e[0] == "AID"]


def test_events66_ramped_up_defences_mobilise() -> None:
    assert ("MOBILIZE", "DEU", None) in triples("Germany has ramped up its defences in the east this month.")


def test_events66_ramped_up_prices_are_no_posture() -> None:
    # guard: the object must be a force posture
    assert not [e for e in predicted("Germany has ramped up its gas prices this month.") if e[0] == "MOBILIZE"]
