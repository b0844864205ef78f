"""Actors on real articles (round 37, branch ``actors37``): sentence fragments and topic words taken for names,
reporters in a city, a party named by its country, Hitler and the Border Patrol.

Every sentence here is written for these tests. The real-article score reads the articles from ``../shared`` and
skips without it.
"""

from __future__ import annotations

import pytest

from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from spinscope.training.actor_eval import REAL_GOLD_FILE, SHARED_DIR, read_real_gold, score_actors
from tests.actor_findings import actors_of as _actors
from tests.actor_findings import codes_of as _codes_of
from tests.actor_findings import surfaces as _surfaces

FRESH_GOLD_FILE = REAL_GOLD_FILE.with_name("actors_real37.jsonl")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


# --- fragments and topic words ---------------------------------------------------------------------------------

def test_actors37_a_two_word_fragment_opens_no_name(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "Lesson learned. The council voted to close the old bridge after the storm.")
    assert "Lesson" not in _surfaces(actors)


def test_actors37_a_name_in_a_fragment_that_the_article_writes_elsewhere_stays(pipeline: Pipeline) -> None:
    text = ("Okafor resigned. The board said on Monday that Okafor had left the firm after a long quarrel over "
            "the accounts.")
    assert "Okafor" in _surfaces(_actors(pipeline, text))


def test_actors37_topic_words_with_capitals_are_no_bodies(pipeline: Pipeline) -> None:
    text = ("The new report on Diversity in schools was praised. Governance matters, said Public Health officials "
            "in a town hall meeting.")
    found = _surfaces(_actors(pipeline, text))
    assert "Public Health" not in found and "Governance" not in found and "Diversity" not in found


def test_actors37_a_body_named_by_a_topic_word_and_a_body_word_stays(pipeline: Pipeline) -> None:
    text = "The Global Fund said on Friday that the new virus was spreading in three regions."
    assert "Global Fund" in _surfaces(_actors(pipeline, text))


# --- reporters in a city ---------------------------------------------------------------------------------------

def test_actors37_reporters_in_a_city_make_no_actor_of_its_country(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "Reporters in Nairobi were told that the talks between Sudan and Ethiopia had failed.")
    assert "Nairobi" not in _surfaces(actors) and "KEN" not in {c for _, c, _ in actors.values()}
    assert _codes_of(actors, "Sudan") == {"SDN"}


def test_actors37_a_country_that_acts_keeps_its_capital(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "Nairobi denied the claims, and reporters in Kenya were told the talks had failed.")
    assert _codes_of(actors, "Nairobi") == {"KEN"}


# --- a party named by its country --------------------------------------------------------------------------------

def test_actors37_a_party_named_by_its_country_takes_that_country(pipeline: Pipeline) -> None:
    text = ("A voice for America.\n\nStockholm braces for a tense autumn vote. The nationalist Sweden Democrats "
            "blame rising street crime on the government's open door.")
    actors = _actors(pipeline, text)
    assert _codes_of(actors, "Democrats") == {"SWE"}


def test_actors37_us_democrats_stay_american(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "The US Democrats said on Tuesday that the bill would fail in the Senate.")
    assert _codes_of(actors, "Democrats") <= {"USA"}


# --- a person typed a body -----------------------------------------------------------------------------------------

def test_actors37_a_body_whose_surname_speaks_alone_is_a_person(pipeline: Pipeline) -> None:
    text = ("The former head of the agency, Irina Bokova, praised the plan in Vienna on Monday. The plan is fair, "
            "Bokova told reporters, and it will help the poorest countries.")
    actors = _actors(pipeline, text)
    assert actors["Irina Bokova"][0] == "person"


def test_actors37_a_company_whose_last_word_speaks_stays_a_body(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "Goldman Sachs raised its forecast on Monday. Sachs said the economy was strong.")
    assert actors["Goldman Sachs"][0] == "organization"


# --- rows --------------------------------------------------------------------------------------------------------

def test_actors37_hitler_is_germanys_and_the_border_patrol_americas(pipeline: Pipeline) -> None:
    text = ("Historians compared the policy to Hitler, whom the Muslim Brotherhood's leaders once praised. The Border "
            "Patrol arrested two men near the checkpoint.")
    actors = _actors(pipeline, text)
    assert _codes_of(actors, "Hitler") == {"DEU"}
    assert _codes_of(actors, "The Border Patrol") == {"USA"}


# --- the fresh batch ---------------------------------------------------------------------------------------------

def test_actors37_fresh_batch_score() -> None:
    if not (SHARED_DIR / "data").is_dir():
        pytest.skip("shared data not available")
    scores = score_actors(read_real_gold(FRESH_GOLD_FILE), whole_words=True)
    assert scores.precision >= 0.55 and scores.recall >= 0.8  # base: 0.452 / 0.773 (never seen)
