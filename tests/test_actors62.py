"""Actors of round 62 (branch ``actors62``): GATT named as a body is an IGO actor while GATT named as the
agreement is none; a tagger's "U.S. Federal" cut before "agencies" is no organisation; a country named only as
where an office or institution is is no actor.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of, codes_of, surfaces

GATT = "General Agreement on Tariffs and Trade"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def test_actors62_gatt_acting_is_a_body(pipeline: Pipeline) -> None:
    text = "GENEVA, May 6 - GATT named a panel on Tuesday to study a Chilean levy on copper wire."
    found = actors_of(pipeline, text)
    assert found[GATT][2] == ["GATT"]
    assert codes_of(found, "GATT") == {"IGO"}


def test_actors62_gatt_as_object_and_possessive(pipeline: Pipeline) -> None:
    text = "Peru asked GATT's council to rule on the levy, and Chile said it would take the quarrel to GATT."
    found = actors_of(pipeline, text)
    assert found[GATT][2] == ["GATT", "GATT"]
    assert found[GATT][1] == "IGO"


def test_actors62_gatt_full_name_as_body(pipeline: Pipeline) -> None:
    text = "A spokesman for the General Agreement on Tariffs and Trade said on Friday that Peru had filed a complaint."
    found = actors_of(pipeline, text)
    assert codes_of(found, GATT) == {"IGO"}


def test_actors62_gatt_rules_are_no_actor(pipeline: Pipeline) -> None:
    text = "Chile said its copper levy was in line with GATT and broke no GATT trade rules under the GATT agreement."
    found = actors_of(pipeline, text)
    assert GATT not in found
    assert "GATT" not in surfaces(found)


def test_actors62_gatt_member_states_are_no_body(pipeline: Pipeline) -> None:
    text = "The envoy flew to Ottawa to meet farm leaders in the main GATT member states."
    found = actors_of(pipeline, text)
    assert GATT not in found


def test_actors62_federal_agencies_as_sponsors_are_no_organisation(pipeline: Pipeline) -> None:
    text = ("NEW YORK, May 6 - The trust will buy notes and other paper backed by U.S. Federal agencies.\n\n"
            "The trust said it would start next week.")
    found = actors_of(pipeline, text)
    assert "U.S. Federal" not in surfaces(found)


def test_actors62_federal_agencies_acting_keep_the_country(pipeline: Pipeline) -> None:
    text = "He said U.S. Federal agencies would look into the loans made by the two banks."
    found = actors_of(pipeline, text)
    assert "U.S. Federal" not in surfaces(found)
    assert codes_of(found, "U.S.") == {"USA"}


def test_actors62_office_in_a_capital_is_a_place(pipeline: Pipeline) -> None:
    text = "The broker said it would open an office in Madrid next spring and hire ten traders."
    found = actors_of(pipeline, text)
    assert "Madrid" not in surfaces(found)


def test_actors62_institutions_in_a_country_are_a_place(pipeline: Pipeline) -> None:
    text = "A team from several institutions in The Netherlands has mapped the seabed of a shallow bay."
    found = actors_of(pipeline, text)
    assert "Netherlands" not in surfaces(found)


def test_actors62_country_named_elsewhere_stays(pipeline: Pipeline) -> None:
    text = "Spain said on Monday that the broker would open an office in Madrid next spring."
    found = actors_of(pipeline, text)
    assert found["Spain"][2] == ["Spain", "Madrid"]


def test_actors62_institutions_and_a_nearby_city_are_places(pipeline: Pipeline) -> None:
    text = ("A group at two institutions in The Netherlands dug up old tools on a beach near The Hague, "
            "the group said.")
    found = actors_of(pipeline, text)
    assert "Netherlands" not in found
