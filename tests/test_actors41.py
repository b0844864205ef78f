"""Actors on longer PTC articles (round 41, branch ``actors41``): a party's initials after its hyphenated name, a
hyphenated surname ending in a place's name, a movement named by its hashtag, scriptures and figures of scripture,
countries named only in a long enumeration, schools named as places or attributes, a given name after a kinship
noun, and persons of an article about a US state.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.components.actors import _hyphen_initials_41
from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of as _actors
from tests.actor_findings import codes_of as _codes
from tests.actor_findings import surfaces as _surfaces


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def test_actors41_hyphenated_party_and_its_initials_are_one_actor(pipeline: Pipeline) -> None:
    found = _actors(pipeline, "The Minnesota Democratic-Farmer-Labor Party (DFL) picked a new chair on Sunday. "
                              "The DFL said the vote had been close.")
    assert "DFL" not in found
    assert [name for name, (_, _, s) in found.items() if "DFL" in s] == ["Minnesota Democratic-Farmer-Labor Party"]


def test_actors41_hyphen_initials_need_a_hyphen() -> None:
    assert "DFL" in _hyphen_initials_41("Minnesota Democratic-Farmer-Labor Party")
    assert _hyphen_initials_41("World Health Organization") == set()


def test_actors41_hyphenated_surname_hides_no_country(pipeline: Pipeline) -> None:
    found = _actors(pipeline, "State senator Mary-Ellen Okafor-Lund spoke at the rally on Tuesday. "
                              "She said the bill would pass.")
    assert "Sweden" not in found
    assert found["Mary-Ellen Okafor-Lund"][0] == "person"


def test_actors41_hyphenated_country_pair_stays(pipeline: Pipeline) -> None:
    found = _actors(pipeline, "The US-China trade talks stalled again, and Beijing blamed Washington for it.")
    assert "China" in found


def test_actors41_scriptures_are_no_actors(pipeline: Pipeline) -> None:
    found = _actors(pipeline, "Teachers asked pupils to copy verses from the Sunnah. The Ten Commandments were "
                              "not taught that week, nor the Trinity, the parents said.")
    names = _surfaces(found)
    assert "Sunnah" not in names and "Ten Commandments" not in names and "Trinity" not in names


def test_actors41_prophet_of_a_faith_article_is_no_actor(pipeline: Pipeline) -> None:
    found = _actors(pipeline, "The pupils learned how Islam spread. The worksheet said that Muhammad "
                              "preached in Mecca, and the class copied it.")
    assert "Muhammad" not in _surfaces(found)


def test_actors41_first_name_outside_a_faith_article_stays(pipeline: Pipeline) -> None:
    found = _actors(pipeline, "Peter Haddon, the coach of the county team, said the season was over. "
                              "Peter said the players were tired.")
    assert "Peter Haddon" in found


def test_actors41_school_named_as_place_is_no_actor(pipeline: Pipeline) -> None:
    found = _actors(pipeline, "The fire drill took place at Lakeview High School in Dunmore. "
                              "Lakeview High School Principal Ann Roe said it went well.")
    assert "Lakeview High School" not in found
    assert "Ann Roe" in found


def test_actors41_school_that_acts_and_professors_school_stay(pipeline: Pipeline) -> None:
    acts = _actors(pipeline, "Lakeview High School said on Monday that it would review its rules.")
    assert "Lakeview High School" in acts
    member = _actors(pipeline, "Dana Kroll, a history professor at Brookfield University, criticised the plan.")
    assert "Brookfield University" in member


def test_actors41_given_name_after_kinship_noun_is_a_person(pipeline: Pipeline) -> None:
    found = _actors(pipeline, "Tom Ardley and his daughter, Kenzie, contested the principal's account. "
                              "\u201cWe did the unit in a week,\u201d Kenzie explained.")
    assert found["Kenzie"][0] == "person"


def test_actors41_persons_of_a_us_state_article_are_american(pipeline: Pipeline) -> None:
    found = _actors(pipeline, "A school in rural Ohio has dropped a reading list. Kyle Brennan, a father of "
                              "three, said the list was fine. Parents in Ohio were split.")
    assert _codes(found, "Kyle Brennan") == {"USA"}
