"""Actor junk on real articles (round 36, branch ``actors36``): natural features, named storms and areas that a
weather warning names, a city's nickname, a title alone, outlets and companies typed persons, ingredients of
advertising copy, "the Atlantic" as the ocean, a diaspora coded by its own country, and "its head, X" of an EU
delegation.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of as _actors
from tests.actor_findings import codes_of as _codes_of
from tests.actor_findings import surfaces as _surfaces


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def _types_of(pipeline: Pipeline, text: str, surface: str) -> set[str]:
    return {kind for kind, _, found in _actors(pipeline, text).values() if surface in found}


# --- places and weather --------------------------------------------------------------------------------------------

def test_actors36_a_river_is_no_body(pipeline: Pipeline) -> None:
    text = "Flood warnings went up on Sunday after the River Ouse burst its banks near the market, the agency said."
    assert "River Ouse" not in _surfaces(_actors(pipeline, text))


def test_actors36_a_storm_the_met_office_names_is_no_person(pipeline: Pipeline) -> None:
    text = ("Storm Jocelyn brought winds of 80mph to the north of Scotland, forecasters said. The Met Office warned "
            "that Storm Jocelyn would stop the ferries.")
    surfaces = _surfaces(_actors(pipeline, text))
    assert "Storm Jocelyn" not in surfaces and "Met Office" in surfaces


def test_actors36_two_storms_joined_are_storms(pipeline: Pipeline) -> None:
    text = "Insurers are still counting the bill left by Storm Isha and Storm Jocelyn last month."
    surfaces = _surfaces(_actors(pipeline, text))
    assert "Storm Isha" not in surfaces and "Storm Jocelyn" not in surfaces


def test_actors36_areas_a_weather_warning_covers_are_no_bodies(pipeline: Pipeline) -> None:
    text = "Ferries were cancelled because the yellow warning covers Orkney & Shetland and Highlands & Eilean Siar."
    surfaces = _surfaces(_actors(pipeline, text))
    assert "Orkney & Shetland" not in surfaces and "Highlands & Eilean Siar" not in surfaces


def test_actors36_a_firm_with_an_ampersand_stays(pipeline: Pipeline) -> None:
    text = "Marks & Spencer said on Tuesday that it would close ten stores next year."
    assert "Marks & Spencer" in _surfaces(_actors(pipeline, text))


def test_actors36_the_atlantic_as_the_ocean_is_no_outlet(pipeline: Pipeline) -> None:
    text = "Heavy rain swept in from the Atlantic and flooded the west coast on Monday."
    assert "the Atlantic" not in _surfaces(_actors(pipeline, text))


def test_actors36_the_atlantic_as_the_magazine_stays(pipeline: Pipeline) -> None:
    text = "The Atlantic published a long essay on the election last week, and its editor defended the piece."
    assert _types_of(pipeline, text, "The Atlantic") == {"media"}


def test_actors36_a_city_nickname_is_no_body(pipeline: Pipeline) -> None:
    text = "Tourists flocked back to the Big Apple this summer.\n\nNYC to tax hotel rooms"
    surfaces = _surfaces(_actors(pipeline, text)).split(" | ")
    assert "Big Apple" not in surfaces and "NYC" not in surfaces


# --- titles, outlets, companies, products ----------------------------------------------------------------------------

def test_actors36_a_title_alone_is_nobody(pipeline: Pipeline) -> None:
    text = ("Jane Doe, who is also the Honorary Dean of the School of Law, visited the campus. The Honorary Dean "
            "said the program would grow.")
    actors = _actors(pipeline, text)
    assert "Honorary Dean" not in _surfaces(actors) and "Jane Doe" in _surfaces(actors)


def test_actors36_the_sheriffs_department_stays_a_body(pipeline: Pipeline) -> None:
    text = "In the last day the Sheriff\u2019s Department has changed its account of the night twice."
    assert "Sheriff" in _surfaces(_actors(pipeline, text)).split(" | ")


def test_actors36_a_company_named_by_its_last_word_is_a_body(pipeline: Pipeline) -> None:
    text = "Before he joined the city, Raj Patel ran Sidewalk Labs for three years."
    assert _types_of(pipeline, text, "Sidewalk Labs") == {"organization"}


def test_actors36_an_outlet_named_before_its_work_is_the_outlet(pipeline: Pipeline) -> None:
    text = ("The panel host called Spiked a maverick magazine. Spiked has long opposed green levies, and Spiked "
            "published a review mocking climate targets.")
    assert _types_of(pipeline, text, "Spiked") == {"media"}


def test_actors36_ingredients_of_advertising_copy_are_nobody(pipeline: Pipeline) -> None:
    text = ("Our formula contains Fulvic Acids and Amino Acids that support your immune system. Fulvic Acids help "
            "the body absorb minerals.")
    surfaces = _surfaces(_actors(pipeline, text))
    assert "Fulvic Acids" not in surfaces and "Amino Acids" not in surfaces


# --- codes ---------------------------------------------------------------------------------------------------------

def test_actors36_a_diaspora_keeps_its_own_country(pipeline: Pipeline) -> None:
    text = "Thirty Indonesians in Maine asked a court on Friday to halt their removal, their lawyers said."
    assert _codes_of(_actors(pipeline, text), "Indonesians") == {"IDN"}


def test_actors36_a_native_minority_is_still_its_homes(pipeline: Pipeline) -> None:
    text = "Albanians of southern Serbia protested on Sunday against the new census."
    assert _codes_of(_actors(pipeline, text), "Albanians") == {"SRB"}


def test_actors36_its_head_after_an_eu_delegation_speaks_for_the_eu(pipeline: Pipeline) -> None:
    text = ("The EU delegation said on Monday that the vote was fair. Its head, Anna Berger, told reporters that "
            "observers saw no fraud.")
    assert _codes_of(_actors(pipeline, text), "Anna Berger") == {"IGO"}


def test_actors36_its_head_after_a_host_ministry_is_not_the_eus(pipeline: Pipeline) -> None:
    text = ("The EU delegation met the Kenyan foreign ministry on Monday. Its head, Joseph Kamau, told reporters "
            "the talks went well.")
    assert _codes_of(_actors(pipeline, text), "Joseph Kamau") != {"IGO"}


# --- shouted words -------------------------------------------------------------------------------------------------

def test_actors36_a_word_shouted_in_capitals_is_no_body(pipeline: Pipeline) -> None:
    text = ("Billionaire bets on pills to stop COW BURPS\n\nThe start-up wants to cut methane from cows, and "
            "critics call it a SCAM. One farmer said the scam would fail.")
    surfaces = _surfaces(_actors(pipeline, text)).split(" | ")
    assert "COW" not in surfaces and "SCAM" not in surfaces


def test_actors36_an_acronym_that_is_also_a_word_stays(pipeline: Pipeline) -> None:
    text = "The WHO said who gets the vaccine first is up to governments."
    assert "WHO" in _surfaces(_actors(pipeline, text)).split(" | ")


# --- species and goals ---------------------------------------------------------------------------------------------

def test_actors36_a_species_latin_name_is_no_body(pipeline: Pipeline) -> None:
    text = "Researchers counted fewer nests of Sula dactylatra bedouti on the island this year, the survey said."
    assert "Sula dactylatra bedouti" not in _surfaces(_actors(pipeline, text))


def test_actors36_the_un_development_goals_are_no_bodies(pipeline: Pipeline) -> None:
    text = ("The villages support Affordable and Clean Energy and Climate Action, two of the Sustainable "
            "Development Goals, the company said.")
    assert "Sustainable Development Goals" not in _surfaces(_actors(pipeline, text))


def test_actors36_an_acronym_whose_letters_hold_a_small_word_stays(pipeline: Pipeline) -> None:
    text = "The crew of the ISS said the station is safe after the debris passed."
    assert "ISS" in _surfaces(_actors(pipeline, text)).split(" | ")
