"""Round 89 (issue 17, errors left on the development parts of the older events golds; no fresh text this round):
trade named only by its level, a meeting denied or not asked for, and the negated act beside a refusal's REJECT
are no events; a press conference held after a group's meeting is that group's
CONSULT; a capitals title "<STATE> SAYS <STATE'S> TARIFFS LIKELY" is THREATEN; "if <A> believed <B> was breaking
the law, it could go to court" is B's REJECT of A; a violation named as the reason of a threatened act is also an
ACCUSE; an announced intended action is THREATEN.

Every sentence here was written for these tests; none is from a gold or from the articles read.
"""

from __future__ import annotations

from tests.event_predictions import triples

# --- no events (each fails on main) -------------------------------------------------------------------------------


def test_events89_trade_named_by_its_level_is_no_event() -> None:
    got = triples("Canada conducts no trade with Albania and very little trade with Mongolia.")
    assert not any(event == "COOPERATE" for event, _, _ in got)


def test_events89_meeting_denied_is_no_event() -> None:
    assert not triples("There will be no NATO meeting on the issue before May, a spokesman said.")


def test_events89_meeting_not_asked_for_is_no_event() -> None:
    assert not triples("None of the ASEAN states has asked for an extra meeting, a Thai official said.")


def test_events89_refusal_gives_reject_only() -> None:
    assert triples("Greece refused to share its radar data with Turkey.") == {("REJECT", "GRC", "TUR")}


# --- events added (each fails on main) ----------------------------------------------------------------------------


def test_events89_press_conference_after_group_meeting_is_consult() -> None:
    text = "Lawson gave his view at a briefing following the Group of Seven meeting in Washington."
    assert ("CONSULT", "IGO", None) in triples(text)


def test_events89_capitals_title_tariffs_likely_is_threaten() -> None:
    assert ("THREATEN", "USA", "BRA") in triples("WHITE HOUSE SEES BRAZILIAN TARIFFS LIKELY")


def test_events89_court_dare_is_reject() -> None:
    text = ("An official said in a statement that if Spain believed Portugal was breaching the fishing treaty, it "
            "could take the dispute to the courts.")
    assert ("REJECT", "PRT", "ESP") in triples(text)


def test_events89_violation_as_reason_is_accuse() -> None:
    text = ("A ministry spokesman said Beijing would take action to stop Vietnam's drilling in the gulf as it was a "
            "violation of the 1980 treaty.")
    got = triples(text)
    assert ("ACCUSE", "CHN", "VNM") in got


def test_events89_announced_intended_action_is_threaten() -> None:
    got = triples("The Canadian trade minister announced the intended action in a statement on Friday.")
    assert any(event == "THREATEN" and source == "CAN" for event, source, _ in got)


# --- guards (pass on main and on the branch) ----------------------------------------------------------------------


def test_events89_meeting_as_time_mark_stays_no_event() -> None:
    assert not triples("Copper prices rose after the meeting in London, dealers said.")


def test_events89_meeting_held_keeps_consult() -> None:
    assert ("CONSULT", "IGO", None) in triples("OPEC ministers held a meeting in Vienna on Monday.")


def test_events89_trade_expanded_keeps_its_event() -> None:
    assert triples("Canada agreed to expand trade with Albania.")


def test_events89_title_tariffs_without_forecast_no_threaten() -> None:
    assert not any(event == "THREATEN" for event, _, _ in triples("WHITE HOUSE SAYS BRAZILIAN TARIFFS FELL"))
