"""Actors of Reuters-style wire business stories (round 55, branch ``actors55``): a company the wire names in angle
brackets is a company, its address gives its country and the country there is a place; a story's other companies
take its dateline's country; unnamed analysts, traders and industry sources who say or estimate are a group.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.components import actors as actors_module
from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of, codes_of, surfaces

SALE = ("MERIDIAN TOOLS <MRDT> SELLS UNIT\n\n"
        "DENVER, Colo., March 3 - Meridian Tool Corp said it has sold its pump unit to <Brenner Falk AG> of {town}, "
        "Switzerland for 12 mln dlrs.\n\n"
        "The company said Brenner Falk will keep the unit's staff.\n")
MERGER = ("FASTENER MAKER <FSTW> BUYS RIVAL\n\n"
          "PEORIA, Ill., March 3 - Fastener Works Inc said it bought all the stock of (Hollis Rivets Inc) for "
          "two mln dlrs in cash.\n\n"
          "Hollis had revenues of 3.1 mln dlrs in 1986, Fastener Works said.\n")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def test_actors55_a_bracketed_company_is_a_company_of_its_address(pipeline: Pipeline) -> None:
    found = actors_of(pipeline, SALE.format(town="Lugano"))
    assert found.get("Brenner Falk AG") == ("organization", "CHE", ["Brenner Falk AG", "Brenner Falk"])


@pytest.mark.parametrize("town", ["Lugano", "Basel"])
def test_actors55_the_country_and_town_of_an_address_are_places(pipeline: Pipeline, town: str) -> None:
    found = actors_of(pipeline, SALE.format(town=town))
    assert "Switzerland" not in found and not {town, "Switzerland"} & set(surfaces(found).split(" | "))


def test_actors55_companies_of_a_datelined_story_take_its_country(pipeline: Pipeline) -> None:
    found = actors_of(pipeline, MERGER)
    assert codes_of(found, "Fastener Works") | codes_of(found, "Fastener Works Inc") == {"USA"}


def test_actors55_no_dateline_no_country(pipeline: Pipeline) -> None:
    text = "Fastener Works Inc said it bought all the stock of Hollis Rivets Inc for two mln dlrs in cash."
    found = actors_of(pipeline, text)
    assert "USA" not in codes_of(found, "Fastener Works Inc") | codes_of(found, "Fastener Works")


def test_actors55_a_company_in_a_sentence_naming_another_country_keeps_the_dateline_out(pipeline: Pipeline) -> None:
    text = ("FALK MINING TO BUY MINE STAKE\n\nTORONTO, March 2 - Falk Mining Corp said it will buy a stake in a "
            "copper mine in Chile from a local partner.\n")  # one sentence: the company's only
    found = actors_of(pipeline, text)
    assert "CAN" not in codes_of(found, "Falk Mining Corp")


def test_actors55_the_dateline_of_a_wire_story() -> None:
    assert actors_module.WIRE_DATELINE_A55.match(MERGER) is not None
    assert actors_module.WIRE_DATELINE_A55.match(MERGER).group(2) == "Ill."  # type: ignore[union-attr]
    assert actors_module.WIRE_DATELINE_A55.match("Peoria, Ill., March 3 - A plant closed.") is None


def test_actors55_analysts_and_traders_who_say_are_groups(pipeline: Pipeline) -> None:
    text = ("The cartel may have to meet again before its summer session, oil industry analysts said. Traders and "
            "dealers in the spot market estimate that output is rising.")
    found = actors_of(pipeline, text)
    assert found.get("Analysts", ("", "", []))[0] == "group"
    assert {"Traders", "Dealers"} <= set(found)


def test_actors55_industry_sources_who_say_are_a_group(pipeline: Pipeline) -> None:
    text = "Industry sources said several refiners had cut their runs."
    assert "Industry sources" in actors_of(pipeline, text)


def test_actors55_analysts_who_only_appear_are_no_group(pipeline: Pipeline) -> None:
    text = "The bank hired analysts from three rivals last year. The analysts' notes were long."
    assert "Analysts" not in actors_of(pipeline, text)


def test_actors55_an_anonymous_speaker_is_a_person_of_no_code(pipeline: Pipeline) -> None:
    text = '"Prices will fall," said the plant manager at one refiner who asked not to be identified.'
    assert actors_of(pipeline, text).get("Plant manager") == ("person", None, ["plant manager"])


def test_actors55_speaking_on_condition_with_no_description_is_no_actor(pipeline: Pipeline) -> None:
    assert actors_of(pipeline, "He spoke on condition that the talks resume.") == {}
