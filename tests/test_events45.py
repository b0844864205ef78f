"""Round 45 (issue 17), the fifth real-news events gold (longer PTC articles): going to court is a lawsuit, talking
about a topic with no partner is no meeting, a "neither ... nor" subject did not act, a yes/no question asserts
nothing.

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
    ("The British health ministry went to court against the parents and won.", ("ACCUSE", "GBR", None)),
    ("The Dutch state has gone to court against the Belgian rail company.", ("ACCUSE", "NLD", "BEL")),
    ("Germany went to court in Luxembourg to block the French toll plan.", ("ACCUSE", "DEU", None)),
])
def test_events45_going_to_court_is_a_lawsuit(text: str, expected: tuple[str, str, str | None]) -> None:
    triples = _triples(text)
    assert any(e == expected[0] and s == expected[1] and (expected[2] is None or t == expected[2])
               for e, s, t in triples), triples
    assert not any(e == "CONSULT" for e, _, _ in triples)


def test_events45_going_to_a_court_of_a_king_is_no_lawsuit() -> None:
    # guard: "the court of" a ruler is a place one goes to, not a lawsuit
    assert not any(e == "ACCUSE" for e, _, _ in _triples("The Turkish delegation went to the court of the Saudi king."))


@pytest.mark.parametrize("text", [
    "Canadian farmers talk a lot about trade these days.",
    "Church members in Brazil talk much of charity and do little.",
])
def test_events45_talking_about_a_topic_is_no_meeting(text: str) -> None:
    assert not any(e == "CONSULT" for e, _, _ in _triples(text))


def test_events45_talking_with_a_partner_stays_a_meeting() -> None:
    # guard: a partner named makes it a meeting, the topic aside
    text = "The Chinese premier talked with the Japanese foreign minister about trade."
    assert ("CONSULT", "CHN", "JPN") in _triples(text)


def test_events45_a_neither_nor_subject_did_not_act() -> None:
    events = _predicted("Neither Russia nor China has condemned the Iranian strike.")
    condemned = [e for e in events if e[0] == "ACCUSE"]
    assert condemned and all(mode == "negated" for *_, mode in condemned)


def test_events45_a_yes_no_question_asserts_nothing() -> None:
    events = _predicted("Did Russia refuse to let the French inspectors in?")
    refused = [e for e in events if e[0] == "REJECT"]
    assert refused and all(mode != "asserted" for *_, mode in refused)


def test_events45_a_why_question_takes_the_act_as_done() -> None:
    # guard: "why did X attack Y" presupposes the attack
    assert ("ASSAULT", "RUS", "UKR", "asserted") in _predicted("Why did Russia attack the Ukrainian port?")


@pytest.mark.parametrize("name", ["events_real45.jsonl", "events_real45_heldout.jsonl"])
def test_events45_gold_form(name: str) -> None:
    """The round's gold refers to articles by path, sha256 and offsets only (no text), with known PLOVER types."""
    lines = [json.loads(x) for x in (ROOT / "tests" / "gold" / name).read_text(encoding="utf-8").splitlines() if x]
    assert lines
    for item in lines:
        assert set(item) == {"id", "path", "sha256", "start", "end", "events"}
        assert len(item["sha256"]) == 64 and 0 <= item["start"] < item["end"]
        for e in item["events"]:
            assert e["event"] in {"DISAPPROVE", "DEMAND", "CONSULT", "COERCE", "INVESTIGATE"}
            assert e["source"] and all(len(c) == 3 for c in e["source"] + e["target"])


def test_events45_gold_halves_are_disjoint_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real45.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real45_heldout.jsonl").read_text().splitlines() if x}
    assert dev and held and not dev & held
