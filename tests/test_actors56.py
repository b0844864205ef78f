"""Actors of Reuters-style wire company stories and a named animal (round 56, branch ``actors56``): a company's full
name with its suffix is a company; a title's name before a ticker and the ticker are its mentions; a datelined story's
companies take the dateline's country (a province's or a state's name as its region too); "of <country>" alone after a
company is its address, a place; "U.S." as a business's place is no actor; a named animal is no person.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of, codes_of, surfaces

BID = ("HARLOW <HRLW> MAKES OFFER FOR QUILLAN <QLN>\n\n"
       "DAYTON, Ohio, March 3 - Harlow Precision Instruments Inc said it offered 18 dlrs a share for all of "
       "Quillan Corp's stock.\n\n"
       "Harlow, a maker of gauges, said the offer needs approval by Quillan's directors.\n")
SALE = ("MARDEN TO SELL PUMP UNIT\n\n"
        "WINNIPEG, Manitoba, March 3 - <Marden Holdings Ltd> said it agreed to sell its pump division to "
        "Kestrel Fluid Inc, of Quebec, for undisclosed terms.\n")
UNIT = ("TOLLAND <TLND> BUYS SCALE MAKER\n\n"
        "AKRON, Ohio, March 3 - Tolland Systems Inc said it bought a scale maker from <Brisk Vagar AB>, of Norway.\n\n"
        "The purchase will help Tolland grow its U.S. retail business and sell more in the U.S., it said.\n")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def test_actors56_a_full_company_name_is_a_company_of_the_dateline(pipeline: Pipeline) -> None:
    found = actors_of(pipeline, BID)
    assert codes_of(found, "Harlow Precision Instruments Inc") == {"USA"}


def test_actors56_a_title_name_and_its_ticker_are_the_company(pipeline: Pipeline) -> None:
    found = actors_of(pipeline, BID)
    owners = [name for name, (_, _, spans) in found.items() if "Harlow Precision Instruments Inc" in spans]
    assert len(owners) == 1
    assert {"HARLOW", "HRLW"} <= set(found[owners[0]][2])


def test_actors56_a_province_dateline_gives_canada(pipeline: Pipeline) -> None:
    found = actors_of(pipeline, SALE)
    assert codes_of(found, "Marden Holdings Ltd") == {"CAN"}
    assert "WINNIPEG" not in surfaces(found).split(" | ")


def test_actors56_of_a_province_alone_is_an_address_a_place(pipeline: Pipeline) -> None:
    found = actors_of(pipeline, SALE)
    assert codes_of(found, "Kestrel Fluid Inc") == {"CAN"}
    assert "Quebec" not in surfaces(found).split(" | ")


def test_actors56_of_a_country_alone_is_an_address_a_place(pipeline: Pipeline) -> None:
    found = actors_of(pipeline, UNIT)
    assert codes_of(found, "Brisk Vagar AB") == {"NOR"}
    assert "Norway" not in surfaces(found).split(" | ")


def test_actors56_us_as_a_business_place_is_no_actor(pipeline: Pipeline) -> None:
    found = actors_of(pipeline, UNIT)
    assert "U.S." not in surfaces(found).split(" | ")


def test_actors56_us_as_an_actor_stays_outside_wire_stories(pipeline: Pipeline) -> None:
    text = "The U.S. said on Tuesday it would impose new tariffs, and Canada said it would answer them."
    assert "U.S." in surfaces(actors_of(pipeline, text)).split(" | ")


def test_actors56_a_named_animal_is_no_person(pipeline: Pipeline) -> None:
    text = ("Volunteers spent the night searching the bay. Marla, a young Australian humpback whale, had been seen "
            "there on Monday, and the volunteers hoped to guide her back to open water.")
    found = actors_of(pipeline, text)
    assert "Marla" not in found and "Australian" not in surfaces(found).split(" | ")


def test_actors56_a_person_in_apposition_to_a_job_stays(pipeline: Pipeline) -> None:
    text = "Marla Jensen, a veteran marine biologist, said the whale was healthy."
    assert "Marla Jensen" in surfaces(actors_of(pipeline, text)).split(" | ")


def test_actors56_a_company_first_named_beside_another_country_keeps_the_dateline_out(pipeline: Pipeline) -> None:
    text = ("ORLEY MINING TO BUY MINE STAKE\n\nPERTH, Ontario, March 3 - Orley Mining Corp said it will take a stake "
            "in a nickel mine in Peru from a local partner.\n")
    assert "CAN" not in codes_of(actors_of(pipeline, text), "Orley Mining Corp")
