"""Round 39 (issue 17), from the third real-news events development gold (tests/gold/events_real39.jsonl): a
defence in words of another is SUPPORT, strategic reserves sent to an area are MOBILIZE, a country named before an
investigation noun is its target, and a namesake's given name in a title-case headline keeps the dictionary person
out ("Luis Rubio Says ..." is not Marco Rubio).

Every sentence here was written for these tests; none is from the development gold or the drawn articles.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of as _actors
from tests.event_predictions import triples as _triples

GOLD = Path(__file__).parent / "gold"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


@pytest.mark.parametrize(("text", "expected"), [
    ("Blinken offers defense for Israeli leaders as the White House changes course.", ("SUPPORT", "USA", "ISR")),
    ("Hours earlier, President Biden had mounted a strong defense of the Israeli government.",
     ("SUPPORT", "USA", "ISR")),
])
def test_events39_a_defence_in_words_is_support(text: str, expected: tuple[str, str, str]) -> None:
    found = _triples(text)
    assert expected in found
    assert not any(event == "AGREE" for event, _, _ in found)


def test_events39_an_air_defence_offered_is_not_an_endorsement() -> None:
    assert not any(event == "SUPPORT" for event, _, _ in _triples("Macron offered air defense to Ukraine."))


def test_events39_strategic_reserves_sent_to_an_area_are_a_deployment() -> None:
    found = _triples("Moscow sent its last strategic reserves to the area near the town of Bakhmut.")
    assert any(event == "MOBILIZE" and source == "RUS" for event, source, _ in found)


def test_events39_gold_reserves_sent_are_no_deployment() -> None:
    assert not any(event == "MOBILIZE" for event, _, _ in _triples("Berlin sent its gold reserves to London."))


def test_events39_a_country_before_a_probe_is_its_target() -> None:
    assert ("INVESTIGATE", "USA", "CHN") in _triples("The FBI's China probe was closed.")


def test_events39_a_probe_of_a_person_keeps_its_target() -> None:
    assert ("INVESTIGATE", "USA", "USA") in _triples("The FBI opened a probe into the senator.")


def test_events39_a_namesake_in_a_title_case_headline_is_not_the_known_person(pipeline: Pipeline) -> None:
    assert "Marco Rubio" not in _actors(pipeline, "Luis Rubio Says Mexico Should Reject The Deal")


@pytest.mark.parametrize(("text", "name"), [
    ("Marco Rubio Says Mexico Should Reject The Deal", "Marco Rubio"),   # the entry's own given name
    ("Senator Rubio Slams Mexico Over The Deal", "Marco Rubio"),         # a title, no given name
    ("Angry Trump Lashes Out At Congress", "Donald Trump"),              # a headline's common word
    ("Melania Trump Visits Texas", "Melania Trump"),                     # a person of her own
])
def test_events39_headline_names_that_stay(pipeline: Pipeline, text: str, name: str) -> None:
    assert name in _actors(pipeline, text)


def test_events39_gold_shape_and_halves() -> None:
    dev = [json.loads(x) for x in (GOLD / "events_real39.jsonl").read_text(encoding="utf-8").splitlines()]
    held = [json.loads(x) for x in (GOLD / "events_real39_heldout.jsonl").read_text(encoding="utf-8").splitlines()]
    assert (len(dev), len(held)) == (39, 21)
    assert not {d["path"] for d in dev} & {d["path"] for d in held}
    for item in dev + held:
        assert set(item) == {"id", "path", "sha256", "start", "end", "events"}
        assert "text" not in item and len(item["sha256"]) == 64
        for ev in item["events"]:
            assert ev["source"] and ev["event"].isupper()
    # r39-13: expelling diplomats is SANCTION (CAMEO 166), as the PLOVER GSR's own records code it
    assert next(d for d in dev if d["id"] == "r39-13")["events"][0]["event"] == "SANCTION"
