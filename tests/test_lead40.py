"""The lead's reading of three Lee articles, round 40 (branch ``lead40``): a subject list of three or more is a list of
sources; places a tagger typed a person or a body are no actors; "Sir X" is the article's "Sir X Y"; a body named
with its bracketed acronym is an actor; a person named right after a country's minister title is of that government.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of, codes_of, surfaces
from tests.event_predictions import triples


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def test_lead40_three_listed_subjects_each_do_the_act() -> None:
    found = triples("Germany, Italy and Canada have praised the decision.")
    assert found == {("SUPPORT", "DEU", None), ("SUPPORT", "ITA", None), ("SUPPORT", "CAN", None)}


def test_lead40_listed_subjects_aim_at_the_announcer_of_the_sentence_before() -> None:
    found = triples("The rebel leader of Chad announced a truce on Monday. Germany, Italy and Canada have praised "
                    "the announcement.")
    assert {t for t in found if t[0] == "SUPPORT"} == {("SUPPORT", c, "TCD") for c in ("DEU", "ITA", "CAN")}


def test_lead40_listed_subjects_keep_the_verbs_own_object() -> None:
    found = triples("Germany, Italy and Canada praised Japan.")
    assert found == {("SUPPORT", c, "JPN") for c in ("DEU", "ITA", "CAN")}


def test_lead40_reciprocal_verb_keeps_its_convention() -> None:
    found = triples("Germany, Italy and Canada signed a trade pact.")
    assert ("SUPPORT", "DEU", "ITA") in found


def test_lead40_route_ends_are_places(pipeline: Pipeline) -> None:
    actors = actors_of(pipeline, "Qantas says the new service will fly from Broome to Karratha next year.")
    assert "Broome" not in surfaces(actors) and "Karratha" not in surfaces(actors)


def test_lead40_street_names_are_places(pipeline: Pipeline) -> None:
    actors = actors_of(pipeline, "The crowd blocked the corner of George and Market streets for an hour.")
    assert "George" not in surfaces(actors)


def test_lead40_square_and_place_are_places(pipeline: Pipeline) -> None:
    actors = actors_of(pipeline, "The crowd marched from City Square to Collins Place in Melbourne.")
    assert "Collins Place" not in surfaces(actors) and "City Square" not in surfaces(actors)


def test_lead40_one_word_town_after_place_prepositions_is_a_place(pipeline: Pipeline) -> None:
    actors = actors_of(pipeline, "Heavy rain cut roads through Katherine on Sunday. Crews in Katherine worked all "
                                 "night.")
    assert "Katherine" not in surfaces(actors)


def test_lead40_one_word_town_listed_after_a_known_town_is_a_place(pipeline: Pipeline) -> None:
    actors = actors_of(pipeline, "The carrier will later serve every state capital, including Perth and Darwin.")
    assert "Darwin" not in surfaces(actors)


def test_lead40_person_after_at_with_a_subject_mention_stays(pipeline: Pipeline) -> None:
    actors = actors_of(pipeline, "Police arrested Smith at a pub in Broome. Smith denies the charge.")
    assert "Smith" in surfaces(actors)


def test_lead40_sir_first_name_is_the_knight(pipeline: Pipeline) -> None:
    actors = actors_of(pipeline, "Sir Allan Kemakeza won the vote in parliament on Monday. Sir Allan says the police "
                                 "need reform.")
    owners = [name for name, (_, _, found) in actors.items() if "Allan" in found]
    assert owners == ["Sir Allan Kemakeza"]


def test_lead40_bracketed_union_acronym_is_an_actor(pipeline: Pipeline) -> None:
    actors = actors_of(pipeline, "Senior Rail Tram and Bus Union (RTBU) officials told the inquiry about the "
                                 "strike. The RTBU says it will appeal.")
    found = [found for _, (_, _, found) in actors.items() if "RTBU" in found]
    assert found == [["Rail Tram and Bus Union", "RTBU"]]


def test_lead40_person_after_a_countrys_minister_title_is_of_its_government(pipeline: Pipeline) -> None:
    actors = actors_of(pipeline, "The Israeli Cabinet Minister, Avi Rosenthal, says the plan is a start. Mr "
                                 "Rosenthal wants deeds.")
    assert codes_of(actors, "Avi Rosenthal") == {"ISR"}
    owners = {name for name, (_, _, found) in actors.items() if "Israeli Cabinet Minister" in found}
    assert owners == {"Avi Rosenthal"}
