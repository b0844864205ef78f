"""Round 86 (issue 17, thirty short 1987 Reuters wire stories naming governments, weka's Reuters-21578 texts): an
act on "no <noun>" is negated; "execute" said of market deals, crops or shipments "delayed" and a meeting the
speaker was entering are no events; trade preferences ended for a state's goods are SANCTION, a statement
reaffirming a pact is AGREE, a warning's "that" clause names its target, "would take action to stop <state>'s ..."
is THREATEN, an accord "reached between" two sides is AGREE. The round's gold (`tests/gold/events_real86*.jsonl`)
is checked for form here; its articles are not stored.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.event_predictions import predicted, triples

ROOT = Path(__file__).resolve().parents[1]

# --- no events, or negated (each fails on main) -------------------------------------------------------------------


def test_events86_no_talks_held_is_negated() -> None:
    got = [m for e, _, _, m in predicted("Brazil conducted no talks with Argentina last year.") if e == "CONSULT"]
    assert got and all(m == "negated" for m in got)


def test_events86_executed_repos_are_no_event() -> None:
    assert not triples("Dealers expect the Bundesbank to execute 3 billion marks of repurchase agreements.")


def test_events86_delayed_plantings_are_no_event() -> None:
    assert not triples("SPANISH BEET PLANTINGS DELAYED TWO WEEKS")


def test_events86_meeting_being_entered_is_no_event() -> None:
    text = 'Speaking with journalists prior to entering a meeting of the World Bank he said, "Rates are steady."'
    assert not [e for e in predicted(text) if e[0] == "CONSULT"]


# --- events added or completed (each fails on main) ----------------------------------------------------------------


def test_events86_trade_preferences_ended_is_sanction() -> None:
    assert ("SANCTION", "CAN", "CHL") in triples("Canada ended preferential tariff treatment for goods from Chile.")


def test_events86_statement_reaffirming_a_pact_is_agree() -> None:
    text = "Markets rose after a communique of the European Community reaffirming its farm accord."
    assert ("AGREE", "IGO", None) in triples(text)


def test_events86_warning_clause_names_the_target() -> None:
    text = ("Argentina, replying to a warning from Chile that it will stop Buenos Aires from fishing in the bay, "
            "said the waters were its own.")
    assert ("THREATEN", "CHL", "ARG") in triples(text)


def test_events86_action_to_stop_a_state_is_threaten() -> None:
    text = "Lima would take action to stop Ecuador's road building, a spokesman said."
    assert ("THREATEN", "PER", "ECU") in triples(text)


def test_events86_accord_reached_between_two_states_is_agree() -> None:
    text = "The radio said an accord was reached between Peru's fisheries minister and a visiting Chilean team."
    assert ("AGREE", "PER", "CHL") in triples(text)


# --- guards (pass on main and on the branch) -----------------------------------------------------------------------


def test_events86_guard_talks_held_stay() -> None:
    assert ("CONSULT", "BRA", "ARG") in triples("Brazil held talks with Argentina last year.")


def test_events86_guard_executed_rebels_stay() -> None:
    assert any(e[0] == "ASSAULT" for e in predicted("The army executed three rebels in Chile."))


def test_events86_guard_suspended_benefits_stay() -> None:
    assert ("SANCTION", "USA", "CHL") in triples("The United States suspended trade benefits for Chile.")


def test_events86_guard_negated_action_is_no_threat() -> None:
    assert not [e for e in predicted("Chile did not take steps to block Peru's fishing fleet.") if e[0] == "THREATEN"]


def test_events86_guard_warning_verb_keeps_its_target() -> None:
    assert ("THREATEN", "CHL", "PER") in triples("Chile warned that it will stop Peru from fishing there.")


def test_events86_guard_no_accord_reached_is_no_agree() -> None:
    assert not [e for e in predicted("No accord was reached between Peru and Chile.") if e[0] == "AGREE"]


# --- the round's gold ----------------------------------------------------------------------------------------------


def test_events86_gold_form() -> None:
    for name, n in (("events_real86.jsonl", 95), ("events_real86_heldout.jsonl", 49)):
        rows = [json.loads(line) for line in (ROOT / "tests" / "gold" / name).read_text().splitlines()]
        assert len(rows) == n
        for row in rows:
            assert set(row) == {"id", "path", "sha256", "start", "end", "events"}
            assert row["path"].startswith("../wekareuters/") and len(row["sha256"]) == 64
            assert 0 <= row["start"] < row["end"]
            for event in row["events"]:
                assert set(event) == {"event", "source", "target"} and event["source"]


def test_events86_gold_has_no_text() -> None:
    for name in ("events_real86.jsonl", "events_real86_heldout.jsonl"):
        text = (ROOT / "tests" / "gold" / name).read_text()
        assert '"text"' not in text and '"sentence"' not in text
