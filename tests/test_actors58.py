"""Actors of round 58 (branch ``actors58``): "E.C." standing alone is the European Community; US House and Senate
standing committees named in full are American without the article naming the United States; Liechtenstein is a
country in Russian text.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of, codes_of, surfaces
from tests.russian_findings import russian_runner


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def test_actors58_ec_initials_alone_are_the_european_community(pipeline: Pipeline) -> None:
    text = "Trade envoys from the E.C. and Japan met on Monday. The E.C. said it would cut its farm levies."
    found = actors_of(pipeline, text)
    assert found["European Union"][2] == ["E.C.", "E.C."]
    assert codes_of(found, "E.C.") == {"IGO"}


def test_actors58_no_ec_inside_a_longer_abbreviation(pipeline: Pipeline) -> None:
    text = "The S.E.C. said on Tuesday it would look into the filing by the bank."
    found = actors_of(pipeline, text)
    assert "European Union" not in found


def test_actors58_no_ec_in_a_persons_initials(pipeline: Pipeline) -> None:
    text = "E.C. Barker, a grain broker in Kansas City, said wheat prices would fall."
    found = actors_of(pipeline, text)
    assert "European Union" not in found
    assert "E.C. Barker" in surfaces(found)


def test_actors58_us_standing_committees_are_american_without_the_us_named(pipeline: Pipeline) -> None:
    text = ("The House Ways and Means Committee approved the textile bill on Tuesday. The Senate Finance Committee "
            "will take it up next week.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "House Ways and Means Committee") == {"USA"}
    assert codes_of(found, "Senate Finance Committee") == {"USA"}


def test_actors58_a_shared_committee_name_keeps_another_senates_country(pipeline: Pipeline) -> None:
    text = ("Manila's senators met on Monday. The Philippine Senate said the Senate Finance Committee in Manila would "
            "review the Philippine budget. Philippine officials agreed.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Senate Finance Committee") != {"USA"}


def test_actors58_a_committee_of_no_us_name_stays_uncoded(pipeline: Pipeline) -> None:
    text = "The Senate Steering Committee of the students' union met on Monday to plan the autumn fair."
    found = actors_of(pipeline, text)
    assert "USA" not in codes_of(found, "Senate Steering Committee")


def test_actors58_liechtenstein_is_a_country_in_russian() -> None:
    run = russian_runner()
    doc = run("Премьер-министр Лихтенштейна заявил в понедельник, что правительство поддержит новый договор.")
    assert any(a.name == "Liechtenstein" and a.type == "country" for a in doc.actors)
