"""Round 42 (issue 17), from the fourth real-news events gold (PTC articles): "in order to call upon X" keeps its
caller, keeping another's people out ("from entering") is COERCE and the order that does it no signed agreement,
smearing another is DISAPPROVE (a piece of writing speaks for its outlet), "Saudi-funded" is AID, "the Russia
probe" is no Russian act.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.event_predictions import predicted as _predicted
from tests.event_predictions import triples as _triples

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("text", "expected"), [
    ("The French president went on television in order to call upon Germany to lift the blockade.",
     ("REQUEST", "FRA", "DEU")),
    ("The Polish minister went to Brussels in order to meet the French president.", ("CONSULT", "POL", "FRA")),
])
def test_events42_in_order_to_keeps_the_subject(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_events42_an_order_to_act_stays_a_request() -> None:
    # guard: "an order to attack" is still an order given (the noun of asking), not "in order to"
    assert ("REQUEST", "RUS", "UKR") in _triples("Russia gave an order to attack Ukraine.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Despite President Biden signing an executive order suspending Cuban migrants from entering the country for "
     "90 days.", ("COERCE", "USA", "CUB")),
    ("The mayor of Paris voted to ban Putin from visiting France.", ("COERCE", "FRA", "RUS")),
])
def test_events42_keeping_people_out_is_coercion(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_events42_an_order_keeping_people_out_is_no_signed_agreement() -> None:
    triples = _triples("President Biden signed an order suspending Cuban migrants from entering the country.")
    assert not any(t[0] == "SUPPORT" for t in triples)
    assert ("SANCTION", "USA", "CUB") in triples  # the verb table's code for the suspension stays


def test_events42_a_ban_the_verb_table_codes_keeps_its_code() -> None:
    # guard: the written batches code barring a state's vehicles as SANCTION (163); the new rule only fills gaps
    assert ("SANCTION", "EST", "RUS") in _triples("Estonia barred Russian-registered trucks from entering its "
                                                  "territory.")


def test_events42_a_signed_treaty_stays_support() -> None:
    # guard: signing a formal agreement is still CAMEO 057
    assert ("SUPPORT", "HUN", "SRB") in _triples("Hungary signed a treaty with Serbia.")


@pytest.mark.parametrize(("text", "expected"), [
    ("A column in the New York Times smeared Senator Rubio.", ("DISAPPROVE", "USA", "USA")),
    ("An editorial in the Guardian smeared the Israeli prime minister.", ("DISAPPROVE", "GBR", "ISR")),
])
def test_events42_a_smear_is_disapproval(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Many of the groups that run the mosques are Saudi-funded.", ("AID", "SAU", None)),
    ("The Iranian-funded militias attacked the base.", ("AID", "IRN", None)),
])
def test_events42_a_state_funded_noun_is_aid(text: str, expected: tuple[str, str, None]) -> None:
    assert expected in _triples(text)


def test_events42_funded_without_a_hyphened_state_is_no_aid() -> None:
    # guard: "funded by taxpayers" names no state
    assert not any(e[0] == "AID" for e in _predicted("The museum is funded by local taxpayers."))


@pytest.mark.parametrize("name", ["events_real42.jsonl", "events_real42_heldout.jsonl"])
def test_events42_gold_shape(name: str) -> None:
    lines = [json.loads(line) for line in (ROOT / "tests" / "gold" / name).read_text(encoding="utf-8").splitlines()
             if line.strip()]
    assert lines and all({"id", "path", "sha256", "start", "end", "events"} <= set(item) for item in lines)
    assert all("text" not in item for item in lines)  # article text is never stored
    for item in lines:
        assert item["path"].startswith("data/ptc_semeval2020_task11/train-articles/")
        for event in item["events"]:
            assert event["source"] and set(event) == {"event", "source", "target"}


def test_events42_no_document_in_both_halves() -> None:
    def docs(name: str) -> set[str]:
        text = (ROOT / "tests" / "gold" / name).read_text(encoding="utf-8")
        return {json.loads(line)["path"] for line in text.splitlines() if line.strip()}

    assert not docs("events_real42.jsonl") & docs("events_real42_heldout.jsonl")


def test_events42_a_probe_named_by_its_land_is_no_act_of_that_land() -> None:
    # "the Russia probe" names what is investigated: no Russian investigation of Russia
    assert not any(e[0] == "INVESTIGATE" and e[1] == "RUS"
                   for e in _predicted("The judge stepped aside from the Russia probe last year."))


def test_events42_an_investigator_named_keeps_the_probe() -> None:
    # guard: round 39's "the FBI's China probe"
    assert ("INVESTIGATE", "USA", "CHN") in _triples("The FBI's China probe widened.")
