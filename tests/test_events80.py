"""Round 80 (issue 17, ten 1987 Reuters wire stories naming governments, weka's Reuters-21578 texts): speculation
"fuelled", a quoted question "asked", a company's takeover bid blocked, a state's own commission's advice accepted,
an act named as the topic of talks, demands a state would have to choose between and a meeting whose one actor is
its venue are no events; a pact reaffirmed is an agreement, talks before a group's act are a meeting and a charge of
a breach is the speaker's. The round's gold (`tests/gold/events_real80*.jsonl`) is checked for form here; its
articles are not stored.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.event_predictions import triples

ROOT = Path(__file__).resolve().parents[1]

# --- no events -----------------------------------------------------------------------------------------------------


def test_events80_speculation_fuelled_is_no_threat() -> None:
    text = "The Canadian minister fuelled speculation about a devaluation by saying that rates were too high."
    assert not triples(text)


def test_events80_quoted_question_is_no_request() -> None:
    text = 'Is this the end of the accord?" asked Smith of Chase Bank.'
    assert not any(e == "REQUEST" for e, _, _ in triples(text))


def test_events80_takeover_bid_blocked_is_no_rejection() -> None:
    assert not triples("The British government blocked a bid by a French company for the utility.")
    assert not triples("The government decided to block a Dutch group from buying a stake in the Irish sugar company.")


def test_events80_own_commission_advice_accepted_is_no_agreement() -> None:
    text = "The Trade Secretary accepted a recommendation by the commission that he block a bid by Britain's Rank Plc" \
           " for Granada Plc."
    assert not triples(text)


def test_events80_sanctions_not_discussed_are_no_sanction() -> None:
    text = "The Mexican minister said the U.S. sanctions against Mexico were not discussed at the meeting."
    assert not any(e == "SANCTION" for e, _, _ in triples(text))


def test_events80_demands_to_choose_between_are_no_request() -> None:
    text = "Brazil is caught between the IMF's demands and its workers' wishes, an economist said."
    assert not triples(text)


def test_events80_meeting_venue_is_no_party() -> None:
    text = ("Traders sold the peso ahead of Thursday's meeting of the central bankers of the big industrial nations"
            " in Paris.")
    assert not triples(text)


# --- events --------------------------------------------------------------------------------------------------------


def test_events80_pact_reaffirmed_is_an_agreement() -> None:
    assert ("AGREE", "IGO", None) in triples("The Group of Seven reaffirmed the Louvre accord on Sunday.")
    text = "The OPEC ministers issued a communique which reaffirmed the December agreement."
    assert ("AGREE", "IGO", None) in triples(text)


def test_events80_talks_before_an_act_are_a_meeting() -> None:
    text = "After three hours of talks, the Group of Seven issued a statement on currencies."
    assert ("CONSULT", "IGO", None) in triples(text)


def test_events80_breach_charge_is_the_speakers() -> None:
    text = "Greece said the Turkish survey ship contravened the 1976 Berne accord."
    assert triples(text) == {("ACCUSE", "GRC", "TUR")}


# --- guards (pass on main and on the branch) -----------------------------------------------------------------------


def test_events80_guard_titled_official_appeal_stays() -> None:
    text = "Richard Lyng, the U.S. Agriculture Secretary, said on Friday that Japan must open its market."
    assert ("REQUEST", "USA", "JPN") in triples(text)


def test_events80_guard_appeal_verb_of_an_uncoded_person_stays() -> None:
    text = "Union leader Paul Okoro called on the government of Nigeria to free the detained strikers."
    assert any(e == "REQUEST" for e, _, _ in triples(text))


def test_events80_guard_coded_speaker_domestic_appeal_stays() -> None:
    assert ("REQUEST", "USA", "USA") in triples("Jim Wright told reporters that the United States had to act.")


def test_events80_guard_request_to_act_stays() -> None:
    assert ("REQUEST", "ARG", "BRA") in triples("Argentina asked Brazil to lower its tariffs.")


def test_events80_guard_bid_for_a_seat_blocked_stays() -> None:
    assert ("REJECT", "USA", "CUB") in triples("The United States blocked a bid by Cuba for a seat on the council.")


def test_events80_guard_foreign_advice_accepted_stays() -> None:
    assert ("AGREE", "PER", "IGO") in triples("Peru accepted the recommendation of the IMF.")


def test_events80_guard_meeting_of_named_states_stays() -> None:
    assert ("CONSULT", "FRA", None) in triples("A meeting of France and Germany in Geneva ended.")


def test_events80_guard_opposition_reaffirmed_is_no_agreement() -> None:
    assert not any(e == "AGREE" for e, _, _ in triples("Britain reaffirmed its opposition to the plan."))


def test_events80_guard_talks_with_a_state_stay() -> None:
    assert ("CONSULT", "CAN", "JPN") in triples("After talks with Japan, Canada lowered its tariffs.")


def test_events80_guard_conflict_fuelled_is_kept_as_main() -> None:
    assert not triples("The attacks fuelled the conflict between Iran and Iraq.")


# --- the gold's form -----------------------------------------------------------------------------------------------


def test_events80_held_out_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real80.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real80_heldout.jsonl").read_text().splitlines() if x}
    assert len(dev) == 7 and len(held) == 3 and not dev & held


def test_events80_gold_records_are_plover_types() -> None:
    types = {"CONSULT", "DEMAND", "AGREE", "PROTEST", "CONCEDE", "SANCTION"}
    for name in ("events_real80.jsonl", "events_real80_heldout.jsonl"):
        for line in (ROOT / "tests" / "gold" / name).read_text().splitlines():
            item = json.loads(line)
            assert len(item["sha256"]) == 64 and 0 <= item["start"] < item["end"]
            assert "text" not in item
            assert all(ev["event"] in types and ev["source"] for ev in item["events"])
