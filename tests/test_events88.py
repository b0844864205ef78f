"""Round 88 (issue 17, thirty more short 1987 Reuters wire stories, most of them company wire, weka's
Reuters-21578 texts): a state's own duty or tax raised or lifted, a firm leaving a line of business and a firm
agreeing to buy another are no events; a duty upheld or imposed on another state's goods is SANCTION (also in a
title in capitals), a tribunal's finding that another state's imports injure and a producers' body "that
charged" another state's subsidies do harm are ACCUSE. The round's gold (`tests/gold/events_real88*.jsonl`) is
checked for form here; its articles are not stored.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.event_predictions import predicted, triples

ROOT = Path(__file__).resolve().parents[1]

# --- no events (each fails on main) -------------------------------------------------------------------------------


def test_events88_own_export_tax_raised_is_no_event() -> None:
    assert not triples("Indonesia raised its export tax on crude rubber to 20 pct.")


def test_events88_own_export_duty_lifted_is_no_event() -> None:
    assert not triples("Chile lifted the export duty on copper concentrates.")


def test_events88_firm_leaving_a_business_is_no_event() -> None:
    assert not triples("Hitachi Zosen withdrew from the cement business in 1985, he said.")


def test_events88_firm_agreeing_to_buy_is_no_event() -> None:
    text = "Sumitomo Metal said on Monday it had agreed to purchase Alcoa Ltd, a maker of tubes, for 20 mln dlrs."
    assert not triples(text)


# --- events added (each fails on main) ----------------------------------------------------------------------------


def test_events88_duty_upheld_is_sanction() -> None:
    assert ("SANCTION", "MEX", "BRA") in triples("Mexico kept a countervailing duty on Brazilian steel.")


def test_events88_capitals_title_duty_is_sanction() -> None:
    assert ("SANCTION", "JPN", "BRA") in triples("JAPAN UPHOLDS ANTI-DUMPING DUTY ON BRAZILIAN STEEL")


def test_events88_tribunal_injury_finding_and_duty() -> None:
    text = ("The Australian Customs Tribunal ruled yesterday that dumped Brazilian steel imports were injurious to "
            "Australian mills and upheld a duty of 20 pct set last year.")
    got = triples(text)
    assert ("ACCUSE", "AUS", "BRA") in got and ("SANCTION", "AUS", "BRA") in got


def test_events88_producers_body_that_charged_is_accuse() -> None:
    text = ("The case is the result of a petition filed last year by the Alberta Cattle Feeders Association that "
            "charged U.S. subsidies were depressing beef prices.")
    assert ("ACCUSE", "CAN", "USA") in triples(text)


# --- guards (pass on main and on the branch) ----------------------------------------------------------------------


def test_events88_guard_state_leaving_talks_stays() -> None:
    assert ("RETREAT", "JPN", None) in triples("Japan withdrew from the talks.")


def test_events88_guard_state_agreeing_to_buy_stays() -> None:
    assert any(e == "AGREE" and s == "FRA" for e, s, _ in triples("France agreed to buy Brazilian aircraft."))


def test_events88_guard_duty_imposed_stays() -> None:
    assert ("SANCTION", "CAN", "USA") in triples("Canada imposed a duty on U.S. corn.")


def test_events88_guard_negated_ruling_is_no_accuse() -> None:
    text = "The Australian Customs Tribunal did not rule that Brazilian steel imports were injurious to local mills."
    assert not [e for e in predicted(text) if e[0] == "ACCUSE" and e[3] != "negated"]


# --- the round's gold ----------------------------------------------------------------------------------------------


def test_events88_gold_form() -> None:
    for name, n in (("events_real88.jsonl", 90), ("events_real88_heldout.jsonl", 46)):
        rows = [json.loads(line) for line in (ROOT / "tests" / "gold" / name).read_text().splitlines()]
        assert len(rows) == n
        for row in rows:
            assert set(row) == {"id", "path", "sha256", "start", "end", "events"}
            assert row["path"].startswith("../wekareuters/") and len(row["sha256"]) == 64
            assert 0 <= row["start"] < row["end"]
            for event in row["events"]:
                assert set(event) == {"event", "source", "target"} and event["source"]


def test_events88_gold_has_no_text() -> None:
    for name in ("events_real88.jsonl", "events_real88_heldout.jsonl"):
        text = (ROOT / "tests" / "gold" / name).read_text()
        assert '"text"' not in text and '"sentence"' not in text
