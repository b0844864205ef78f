"""Round 53 (issue 17), fresh sentences of SemEval-2023 opinion pieces: an act announced with "be going to" (or
"gonna") is announced as with "will" (a harmful one a threat), and an act conjoined with a threatened one is
threatened too, not done.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

from tests.event_predictions import predicted


def test_events53_gonna_kill_in_a_quote_is_a_threat() -> None:
    events = predicted("Russian soldiers told the Ukrainian mayor \u201cwe are gonna kill you.\u201d")
    assert ("THREATEN", "RUS", "UKR") in {e[:3] for e in events}
    assert not any(e[0] in ("ASSAULT", "FIGHT") and e[3] == "asserted" for e in events)


def test_events53_going_to_kill_reported_is_a_threat() -> None:
    events = predicted("Russian soldiers told the Ukrainian mayor they were going to kill him.")
    assert ("THREATEN", "RUS", "UKR") in {e[:3] for e in events}
    assert not any(e[0] in ("ASSAULT", "FIGHT") for e in events)


def test_events53_going_to_attack_is_announced_not_done() -> None:
    events = predicted("Iran is going to attack Israel.")
    assert ("THREATEN", "IRN", "ISR") in {e[:3] for e in events}
    assert not any(e[0] in ("ASSAULT", "FIGHT") and e[3] == "asserted" for e in events)


def test_events53_gonna_get_friends_and_kill_is_a_threat() -> None:
    events = predicted("The Russian soldiers are gonna get some friends and kill the Ukrainian mayor.")
    assert ("THREATEN", "RUS", "UKR") in {e[:3] for e in events}
    assert not any(e[0] in ("ASSAULT", "FIGHT") for e in events)


def test_events53_not_going_to_attack_stays_negated() -> None:
    events = predicted("Iran is not going to attack Israel.")
    assert events and all(e[3] == "negated" for e in events)


def test_events53_going_somewhere_to_meet_is_no_future_of_the_meeting() -> None:
    events = predicted("The Indian minister is going to Kyiv to meet Zelensky.")
    assert not any(e[0] == "AGREE" or e[3] == "planned" for e in events)


def test_events53_the_conjunct_of_a_threatened_act_is_threatened() -> None:
    events = predicted("Russian soldiers threatened to hang the Ukrainian mayor and kidnap his son.")
    assert ("THREATEN", "RUS", "UKR") in {e[:3] for e in events}
    assert not any(e[0] in ("ASSAULT", "FIGHT") for e in events)


def test_events53_the_conjunct_of_a_threatened_shelling_is_threatened() -> None:
    events = predicted("Russian soldiers threatened to shell the town and kill the Ukrainian mayor.")
    assert not any(e[0] in ("ASSAULT", "FIGHT") and e[3] == "asserted" for e in events)


def test_events53_a_second_act_beside_the_threat_stays_done() -> None:
    events = predicted("Russia threatened Ukraine and attacked Georgia.")
    assert ("ASSAULT", "RUS", "GEO", "asserted") in events
