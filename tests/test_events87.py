"""Round 87 (issue 17, thirty short 1987 Reuters wire stories drawn for naming governments, weka's Reuters-21578
texts, most of them company wire): an offer to buy, an agreement named only as what fixed a value ("the band we
agreed to") and an act supposed in an "if <side> believed ..." clause are no events; a state repeating its sole
right to decide, in reply to another's warning, is REJECT; a state official saying the business community should
(not) do something is REQUEST with no target. The round's gold (`tests/gold/events_real87*.jsonl`) is checked for
form here; its articles are not stored.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.event_predictions import predicted, triples

ROOT = Path(__file__).resolve().parents[1]

# --- no events (each fails on main) -------------------------------------------------------------------------------


def test_events87_offer_to_buy_is_no_event() -> None:
    assert not predicted("Maria Lopez, a founder of the firm, has made an offer to buy the plastics division.")


def test_events87_value_agreed_earlier_is_no_agree() -> None:
    text = '"We stayed inside the band we agreed to in the talks in Madrid," the Canadian minister told reporters.'
    assert not [e for e in predicted(text) if e[0] == "AGREE"]


def test_events87_act_supposed_in_an_if_clause_is_no_event() -> None:
    text = ("A spokesman said that if Quito believed Peru was contravening the treaty, it could take the matter "
            "to court.")
    assert not [e for e in predicted(text) if e[0] in ("ACCUSE", "DISAPPROVE")]


# --- events added (each fails on main) ----------------------------------------------------------------------------


def test_events87_sole_right_repeated_in_reply_is_reject() -> None:
    text = ("Peru, in reply to a warning from Ecuador that it would halt Peruvian fishing in the bay, insisted "
            "on Monday that it had a sovereign right to say where its boats may fish.")
    got = triples(text)
    assert ("REJECT", "PER", "ECU") in got
    assert any(e == "THREATEN" and src == "ECU" for e, src, _ in got)  # the warning the back-off finds stays
    assert ("REQUEST", "PER", "ECU") not in got  # "insisted that": the claimed right replaces the demand reading


def test_events87_headline_repeats_it_can_decide_is_reject() -> None:
    assert ("REJECT", "PER", None) in triples("PERU REPEATS IT CAN DECIDE ON BAY FISHING")


def test_events87_business_told_what_it_should_not_do_is_request() -> None:
    text = "Pedro Gomez, Peru's trade minister, said private businessmen should not become hostages to fishmeal."
    assert ("REQUEST", "PER", None) in triples(text)


# --- guards (pass on main and on the branch) -----------------------------------------------------------------------


def test_events87_guard_offer_to_mediate_stays() -> None:
    assert ("AGREE", "PER", "ECU") in triples("Peru offered to mediate between Ecuador and Chile.")


def test_events87_guard_agreeing_on_a_price_stays() -> None:
    assert ("AGREE", "CHL", "ARG") in triples("Chile and Argentina agreed on a new price for gas.")


def test_events87_guard_a_charge_made_stays() -> None:
    assert ("ACCUSE", "ECU", "PER") in triples("Ecuador accused Peru of contravening the treaty.")


def test_events87_guard_forecast_for_exporters_is_no_request() -> None:
    text = "Peru's trade minister said exporters should benefit from the weaker sol."
    assert not [e for e in predicted(text) if e[0] == "REQUEST"]


def test_events87_guard_analysts_advice_is_no_event() -> None:
    assert not predicted("Analysts said exporters should diversify.")


def test_events87_guard_insisting_on_a_demand_stays() -> None:
    assert ("REQUEST", "PER", "ECU") in triples("Peru insisted that Ecuador must withdraw its boats.")


def test_events87_guard_coded_addressee_keeps_its_target() -> None:
    assert ("REQUEST", "PER", "CHL") in triples("Peru's trade minister said Chile should cut its tariffs.")


# --- the round's gold ----------------------------------------------------------------------------------------------


def test_events87_gold_form() -> None:
    for name, n in (("events_real87.jsonl", 85), ("events_real87_heldout.jsonl", 37)):
        rows = [json.loads(line) for line in (ROOT / "tests" / "gold" / name).read_text().splitlines()]
        assert len(rows) == n
        for row in rows:
            assert set(row) == {"id", "path", "sha256", "start", "end", "events"}
            assert row["path"].startswith("../wekareuters/") and len(row["sha256"]) == 64
            assert 0 <= row["start"] < row["end"]
            for event in row["events"]:
                assert set(event) == {"event", "source", "target"} and event["source"]


def test_events87_gold_has_no_text() -> None:
    for name in ("events_real87.jsonl", "events_real87_heldout.jsonl"):
        text = (ROOT / "tests" / "gold" / name).read_text()
        assert '"text"' not in text and '"sentence"' not in text
