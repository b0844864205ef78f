"""Round 49 (issue 17), the open leads of rounds 45-47: late-2010s US officials named in full (and their lone
surnames after that) are American, a US court, grand jury or complaint is the source of the charges it brings (never
the state or district's place), taking someone to court is a lawsuit, pressing an uncoded body takes no target
from another clause.

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


def test_events49_a_us_official_named_in_full_is_no_citizen_of_his_target() -> None:
    triples = _triples("William Barr criticized the Chinese government.")
    assert ("ACCUSE", "USA", "CHN") in triples
    assert not any(t[1] == "CHN" for t in triples)


def test_events49_a_lone_surname_after_the_full_name_is_the_same_american() -> None:
    triples = _triples("Jeff Sessions met the Mexican foreign minister. Sessions later criticized Mexico.")
    assert ("ACCUSE", "USA", "MEX") in triples
    assert not any(t[1] == "MEX" for t in triples)


def test_events49_a_private_lawyer_is_american_with_no_sector() -> None:
    text = "Rudy Giuliani met Ukrainian prosecutors in Madrid. Giuliani later accused Ukraine of meddling."
    assert ("ACCUSE", "USA", "UKR") in _actor_codes(text)


def test_events49_the_special_counsel_named_in_full_is_the_us_government() -> None:
    assert ("COERCE", "USAGOV", "RUSSPY") in _actor_codes(
        "Robert Mueller indicted twelve Russian intelligence officers.")


@pytest.mark.parametrize("text", [
    "A federal court in Texas charged the former official with fraud.",
    "The federal grand jury in Virginia indicted the contractor on six counts.",
])
def test_events49_a_us_court_named_by_its_state_charges(text: str) -> None:
    events = _actor_codes(text)
    assert ("COERCE", "USAJUD", None) in events
    assert all(e[1] == "USAJUD" for e in events)


def test_events49_a_complaint_filed_in_a_district_is_the_courts_charge() -> None:
    text = "A criminal complaint filed in the District of Arizona charged the two men with smuggling weapons."
    assert _actor_codes(text) == [("COERCE", "USAJUD", None)]


def test_events49_a_complaint_filed_by_prosecutors_is_their_charge_not_a_complaint() -> None:
    text = "A criminal complaint filed by federal prosecutors in Arizona charged the two men with smuggling weapons."
    assert _actor_codes(text) == [("COERCE", "USAJUD", None)]


def test_events49_the_place_of_the_charging_office_is_no_target() -> None:
    events = _actor_codes("The U.S. Attorney's Office in Arizona charged the two men with smuggling weapons.")
    assert events == [("COERCE", "USAJUD", None)]


def test_events49_a_foreign_court_keeps_its_charge() -> None:
    # guard: the actor layer's own court and its foreign target
    assert ("COERCE", "RUS", "USA") in _triples("A Russian court charged the American journalist with espionage.")


@pytest.mark.parametrize("text, expected", [
    ("The Mexican government took the American company to court.", ("ACCUSE", "MEX", "USA")),
    ("Mexico took the United States to court over the tariffs.", ("ACCUSE", "MEX", "USA")),
])
def test_events49_taking_someone_to_court_is_a_lawsuit(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert not any(t[0] == "COERCE" for t in triples)


def test_events49_a_state_taken_to_a_tribunal_stays_a_lawsuit() -> None:
    # guard: round 35's rule
    assert ("ACCUSE", "UKR", "RUS") in _triples("Ukraine has taken Russia to court at The Hague.")


def test_events49_pressing_an_uncoded_body_takes_no_target_from_the_clause_before() -> None:
    text = "After China raised tariffs again, American farmers kept pressuring the administration to strike a deal."
    assert not any(t[1] == "USA" and t[2] == "CHN" for t in _triples(text))


def test_events49_pressing_a_named_government_keeps_it() -> None:
    # guard: the object's own actor stays the target
    text = "European allies are pressuring the Trump administration to stay in the nuclear deal with Iran."
    assert any(t[2] == "USA" for t in _triples(text))


def test_events49_a_named_persons_attack_on_judges_is_in_words() -> None:
    events = [e[0] for e in _actor_codes("Donald Trump attacked the judges who blocked his travel ban.")]
    assert "ACCUSE" in events
    assert "ASSAULT" not in events


def test_events49_an_armed_force_attacking_officials_stays_an_assault() -> None:
    # guard: only a named person's attack is read as words
    events = [e[0] for e in _actor_codes("Russian troops attacked the Ukrainian officials near Kharkiv.")]
    assert "ACCUSE" not in events


def test_events49_an_unnamed_court_that_charges_no_one_is_no_actor() -> None:
    # guard: the actor golds list no unnamed court; the court by its state is an actor only where it charges
    from spinscope.pipeline import Pipeline
    from spinscope.predict import EVENT_COMPONENTS
    from tests.actor_findings import actors_of

    actors = actors_of(Pipeline.from_names(list(EVENT_COMPONENTS)),
                       "The two groups asked a federal court in Ohio to halt the sale of the site.")
    assert not any("federal court" in surface for _, _, found in actors.values() for surface in found)
