"""Round 51 (issue 17), the open leads of rounds 48-49 and the lead's reading: power won in a landslide is no
assault, a need that no one addresses is no request, a dateline's place is no doer where the sentence names one,
pressure put on someone is a demand, "Congress" and "Republicans" named with a foreign country are American, a lone
"Mueller" in a story about his inquiry is the special counsel.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import pytest

from tests.event_predictions import triples as _triples


def _actor_codes(text: str) -> list[tuple[str, str | None, str | None]]:
    """(event, source actor code, target actor code) of every event ``predict events`` finds in ``text``."""
    from spinscope.predict import predict_events

    out = next(iter(predict_events([{"id": "t", "text": text}])))
    return [(e["event"], e["source_actor_code"], e["target_actor_code"]) for e in out["events"]]


@pytest.mark.parametrize("text", [
    "Viktor Orban has faced no harder year since taking power in a 2014 landslide, and the European Union has "
    "frozen his funds.",
    "Viktor Orban is in his worst spot since he took power in a landslide, with the European Union holding back "
    "money over a dispute on democracy.",
])
def test_events51_power_won_in_a_landslide_is_no_assault(text: str) -> None:
    assert not any(t[0] in ("ASSAULT", "FIGHT") for t in _triples(text))


def test_events51_power_taken_in_a_coup_stays_a_seizure() -> None:
    assert any(t[0] == "ASSAULT" and t[1] == "MLI" for t in _triples(
        "The generals took power in a coup and arrested the president of Mali."))


def test_events51_a_need_another_reports_is_no_request() -> None:
    text = "The premier claimed Ukraine needed help, while Brussels ought to change course."
    assert not any(t[0] == "REQUEST" for t in _triples(text))


@pytest.mark.parametrize("text, triple", [
    ("Ukraine needs help from the West, Zelensky said.", ("REQUEST", "UKR", "WST")),
    ("Pakistan needs more food aid to feed the refugees, its foreign minister told the United Nations.",
     ("REQUEST", "PAK", "IGO")),
    ("“We need help,” the Ukrainian defence minister said.", ("REQUEST", "UKR", None)),
])
def test_events51_a_need_addressed_or_voiced_by_the_needer_stays_a_request(
        text: str, triple: tuple[str, str, str | None]) -> None:
    assert triple in _triples(text)


def test_events51_a_datelines_land_is_no_doer_where_the_subject_names_one() -> None:
    triples = _triples("BUDAPEST—The European Union has harmed itself with rash sanctions on Russia, a Hungarian "
                       "minister said on Monday.")
    assert ("SANCTION", "IGO", "RUS") in triples
    assert not any(t[1] == "HUN" for t in triples)


def test_events51_a_datelines_land_stays_the_doer_of_an_unnamed_ministry() -> None:
    assert ("ACCUSE", "CHN", "JPN") in _triples("BEIJING - The foreign ministry criticized Japan on Tuesday.")


def test_events51_pressure_put_on_someone_is_a_demand() -> None:
    triples = _triples("Washington put pressure on Seoul to drop the tariffs.")
    assert ("REQUEST", "USA", "KOR") in triples
    assert not any(t[0] == "THREATEN" for t in triples)


def test_events51_the_verb_pressure_alone_stays_coercion() -> None:
    assert ("COERCE", "CHN", "VNM") in _triples("China pressured Vietnam over the islands.")


@pytest.mark.parametrize("text, triple", [
    ("Since Russia annexed Crimea, Congress has been pressuring the administration to arm Kyiv.",
     ("REQUEST", "USA", "UKR")),
    ("Congress passed new sanctions against Russia.", ("SANCTION", "USA", "RUS")),
    ("Mexican President Andres Manuel Lopez Obrador criticised Republicans for their border plan.",
     ("ACCUSE", "MEX", "USA")),
])
def test_events51_congress_and_republicans_are_american(text: str, triple: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert triple in triples
    assert not any(t[1] in ("UKR", None) and t[0] in ("REQUEST", "SANCTION") for t in triples)


@pytest.mark.parametrize("text, triple", [
    ("Peru's Congress accused President Pedro Castillo of corruption.", ("ACCUSE", "PER", "PER")),
    ("Congress leader Rahul Gandhi criticised Prime Minister Narendra Modi.", ("ACCUSE", "IND", "IND")),
    ("France's Republicans criticised President Emmanuel Macron.", ("ACCUSE", "FRA", "FRA")),
])
def test_events51_another_countrys_congress_or_republicans_stay_theirs(text: str,
                                                                       triple: tuple[str, str, str]) -> None:
    assert triple in _triples(text)


def test_events51_a_lone_mueller_in_a_story_of_charges_is_the_special_counsel() -> None:
    events = _actor_codes("Mueller charged twelve Russian officers with hacking.")
    assert events and all(e[1] == "USAGOV" for e in events)


def test_events51_another_mueller_named_in_full_is_no_special_counsel() -> None:
    events = _actor_codes("Thomas Mueller met the Russian coaches. Mueller later criticised Russia.")
    assert not any(e[1] == "USAGOV" for e in events)
