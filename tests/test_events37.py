"""Round 37 (issue 17), from the second real-news events gold: stopping a hostile act against another is
de-escalation (RETREAT); a sum sent, or paid out "in aid", to another state is aid; an arrest warrant is a charge
with legal action (COERCE, CAMEO 173); a massing noun conjoined after another noun is read with that noun's phrase;
evading sanctions is no event (CAMEO's EVADE); a negated "want to accept" is a refusal; "used his address to the
Assembly to condemn X": the one addressed is not the doer of the purpose clause. Also the round's gold
files (shape, sha256 against ../shared when it is there) and the CAMEO-mapping conventions of round 36's gold.

Every sentence here was written for these tests; none is from the development gold or the drawn articles.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.event_predictions import predicted
from tests.event_predictions import triples as _triples

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("text", "expected", "old"), [
    ("Ankara suspended the harassment of Greek patrol boats in the Aegean.", ("RETREAT", "TUR", "GRC"), "SANCTION"),
    ("Ankara halted its strikes on Syrian towns.", ("RETREAT", "TUR", "SYR"), None),
])
def test_stopping_a_hostile_act_is_de_escalation(text: str, expected: tuple[str, str, str], old: str | None) -> None:
    triples = _triples(text)
    assert expected in triples
    if old is not None:
        assert (old, expected[1], expected[2]) not in triples


def test_a_stop_demanded_is_not_made() -> None:
    triples = _triples("The Iraqi prime minister demanded that NATO stop air strikes on Iraqi villages.")
    assert ("REQUEST", "IRQ", "IGO") in triples
    assert not any(t[0] == "RETREAT" for t in triples)


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan has spent $3 billion in aid to Jordan.", ("AID", "JPN", "JOR")),
    ("Japan gave $5 billion in assistance to Kenya.", ("AID", "JPN", "KEN")),
    ("Macron has sent $2 billion to Chad.", ("AID", "FRA", "TCD")),
])
def test_money_sent_to_a_state_is_aid(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_money_spent_on_a_war_is_no_aid() -> None:
    assert not any(t[0] == "AID" for t in _triples("Britain spent $2 billion on its war in Iraq."))


@pytest.mark.parametrize(("text", "expected"), [
    ("The International Criminal Court issued a warrant for Duterte's arrest over the drug war killings.",
     ("COERCE", "IGO", "PHL")),
    ("The International Criminal Court issued an arrest warrant against Omar al-Bashir.", ("COERCE", "IGO", "SDN")),
])
def test_an_arrest_warrant_is_coercion(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert ("REQUEST", expected[1], expected[2]) not in triples


def test_a_massing_noun_conjoined_after_another_is_a_mobilization() -> None:
    assert ("MOBILIZE", "SRB", "KSV") in _triples(
        "Images showed the rise and massing of Serbian troops along Kosovo's border.")


@pytest.mark.parametrize("text", [
    "Russia evaded Western sanctions to sell oil to India.",
    "Iran skirted the embargo on oil shipments.",
])
def test_evading_sanctions_is_no_sanction(text: str) -> None:
    assert not any(t[0] == "SANCTION" for t in _triples(text))


def test_imposed_sanctions_stay_sanctions() -> None:
    assert ("SANCTION", "JPN", "RUS") in _triples("Japan imposed sanctions on Russia.")


def test_not_wanting_to_accept_is_a_refusal() -> None:
    events = predicted("Austria does not want to accept migrants from Libya.")
    assert ("REJECT", "AUT", "LBY", "asserted") in events
    assert not any(e[0] == "AGREE" for e in events)
    assert any(e[0] == "AGREE" for e in predicted("Greece wants to accept refugees from Syria."))


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("events36_score", ROOT / "scripts" / "events36" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lines(name: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(x) for x in (ROOT / "tests" / "gold" / name).read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name", ["events_real37.jsonl", "events_real37_heldout.jsonl"])
def test_gold_files_are_well_formed(name: str) -> None:
    lines = _lines(name)
    assert lines and all(set(x) == {"id", "path", "sha256", "start", "end", "events"} for x in lines)
    assert all("text" not in x for x in lines)  # no article text in the project
    assert all(set(e) == {"event", "source", "target"} and e["source"] for x in lines for e in x["events"])
    shared = ROOT.parent / "shared"
    if not (shared / lines[0]["path"]).is_file():
        pytest.skip("../shared is not here")
    assert len(_scorer().load(ROOT / "tests" / "gold" / name, shared)) == len(lines)


def test_development_and_held_out_share_no_document() -> None:
    dev = {x["path"] for x in _lines("events_real37.jsonl")}
    held = {x["path"] for x in _lines("events_real37_heldout.jsonl")}
    assert dev and held and not dev & held


def test_round36_gold_follows_the_cameo_mapping() -> None:
    """036 (intent to meet) is AGREE, 057 (sign a formal agreement) SUPPORT, 0841 (release persons) RETREAT."""
    events = {x["id"]: [e["event"] for e in x["events"]]
              for name in ("events_real36.jsonl", "events_real36_heldout.jsonl") for x in _lines(name)}
    assert events["r36-69"][0] == "AGREE" and events["r36-03"] == ["AGREE"]
    assert events["r36-54"][1] == "SUPPORT" and events["r36-75"] == ["SUPPORT", "SUPPORT"]
    assert events["r36-48"][1] == "RETREAT"
    assert "CONCEDE" not in events["r36-48"]


def test_the_body_addressed_in_a_speech_is_not_the_doer() -> None:
    triples = _triples(
        "Chile's envoy Ana Ruiz used his address to the General Assembly on Monday to condemn Venezuela.")
    assert ("ACCUSE", "CHL", "VEN") in triples
    assert ("ACCUSE", "IGO", "VEN") not in triples


def test_an_appeal_to_a_state_still_names_the_doer() -> None:
    assert ("REQUEST", "GBR", "IRN") in _triples("Britain appealed to Iran to free the British sailors.")
