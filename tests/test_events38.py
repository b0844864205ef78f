"""Round 38 (issue 17), from the real-news events development gold of rounds 36 and 37: a known person's surname
that a title-case headline runs into its verb ("Macron Sends Tanks To Romania", tagged as one name or body) stays
the person, so the headline's event gets its source.

Every sentence here was written for these tests; none is from the development gold or the drawn articles.
"""

from __future__ import annotations

import pytest

from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of as _actors
from tests.actor_findings import codes_of as _codes_of
from tests.event_predictions import triples as _triples


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


@pytest.mark.parametrize(("text", "surface", "code"), [
    ("Macron Sends Tanks To Romania", "Macron", "FRA"),               # tagged one PERSON "Macron Sends Tanks"
    ("Biden Sends $50 Billion To Poland But Refuses To Help Texas", "Biden", "USA"),   # tagged one ORG
])
def test_events38_a_headline_verb_run_into_a_known_name_leaves_the_person(pipeline: Pipeline, text: str,
                                                                          surface: str, code: str) -> None:
    assert _codes_of(_actors(pipeline, text), surface) == {code}


@pytest.mark.parametrize(("text", "expected"), [
    ("Macron Sends Tanks To Romania", ("AID", "FRA", "ROU")),
    ("Biden Sends $50 Billion To Poland But Refuses To Help Texas", ("AID", "USA", "POL")),
])
def test_events38_a_title_case_headline_event_has_its_person_source(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_events38_the_same_headline_in_sentence_case_agrees() -> None:
    assert ("AID", "FRA", "ROU") in _triples("Macron sends tanks to Romania")


def test_events38_a_name_after_given_names_in_a_headline_is_left_alone(pipeline: Pipeline) -> None:
    # the rule reads only a known name that opens the tagger's span: "Hunter Biden" stays Hunter Biden
    actors = _actors(pipeline, "Hunter Biden Visits Kyiv Again")
    assert "Joe Biden" not in actors and "Hunter Biden" in actors


def test_events38_a_name_before_a_relation_noun_is_no_side() -> None:
    # "Putin Ally X Arrested": the person before "Ally" is no target of the arrest
    assert ("COERCE", "UKR", "RUS") not in _triples("Putin Ally Medvedchuk Arrested In Kyiv")


@pytest.mark.parametrize(("text", "expected"), [
    ("Since Russia's invasion, Ukraine has received billions in aid.", ("ASSAULT", "RUS", "UKR")),
    ("Since the Iraqi invasion, Kuwait has rebuilt its oil fields.", ("ASSAULT", "IRQ", "KWT")),
])
def test_events38_an_invasion_with_no_land_is_of_the_one_other_country(text: str,
                                                                       expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_events38_an_invasion_named_with_two_other_countries_keeps_no_land() -> None:
    triples = _triples("Since Russia's invasion, Ukraine has asked Germany and Poland for tanks.")
    assert not any(t[0] == "ASSAULT" and t[1] == "RUS" and t[2] in ("DEU", "POL") for t in triples)
