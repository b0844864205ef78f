"""Actors on short Lee test stories and the lead's leads (round 54, branch ``actors54``): countries listed in
apposition to a counted "countries" noun are places; an acronym defined in brackets is its name's actor; a body
named with its country's name or one of its places carries that country; bodies and persons with no country in a
one-country story carry it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.components import actors as actors_module
from spinscope.components.actors import load_dictionary
from spinscope.pipeline import Pipeline
from spinscope.result import Actor, Span
from spinscope.training import actor_eval
from tests.actor_findings import actors_of, codes_of, surfaces


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def test_actors54_countries_listed_after_a_counted_countries_noun_are_places(pipeline: Pipeline) -> None:
    text = ("Aid groups say up to two million people in five countries - Kenya, Uganda, Ethiopia, Somalia and "
            "Eritrea - need food. In Kenya, thousands of cattle have died.")
    found = surfaces(actors_of(pipeline, text))
    assert not any(c in found for c in ("Kenya", "Uganda", "Ethiopia", "Somalia", "Eritrea"))


def test_actors54_a_listed_country_that_acts_elsewhere_stays(pipeline: Pipeline) -> None:
    text = ("Kenya, Uganda and Ethiopia signed a trade pact on Monday. Officials in three countries, Kenya, Uganda "
            "and Ethiopia, said Kenya would host the talks.")
    found = actors_of(pipeline, text)
    assert {"Kenya", "Uganda", "Ethiopia"} <= set(found)
    assert found["Kenya"][2] == ["Kenya", "Kenya"]  # the subject and "said Kenya would host"; not the listed one


def test_actors54_an_acronym_defined_in_brackets_is_its_names_actor(pipeline: Pipeline) -> None:
    text = ("The Federal Audit Office (FAO) said on Monday the ministry had overspent. The FAO will report to "
            "parliament next month.")
    found = actors_of(pipeline, text)
    assert found["Federal Audit Office"][2] == ["Federal Audit Office", "FAO", "FAO"]


def test_actors54_a_news_agencys_acronym_is_a_police_force_the_article_defines(pipeline: Pipeline) -> None:
    text = ("Thai police have arrested a man wanted by the Australian Federal Police (AFP). The AFP says the arrest "
            "followed a long inquiry.")
    found = actors_of(pipeline, text)
    assert "Agence France-Presse" not in found
    assert codes_of(found, "AFP") == {"AUS"}


def test_actors54_a_body_named_with_its_countrys_place_carries_that_country(pipeline: Pipeline) -> None:
    text = ("About 40,000 staff of the Federal Australia Bank and the Bank of Perth will strike on Friday, a union "
            "said.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Federal Australia Bank") == {"AUS"} and codes_of(found, "Bank of Perth") == {"AUS"}


def test_actors54_domestic_bodies_of_a_one_country_story_and_their_people_carry_its_country(pipeline: Pipeline) -> None:
    text = ("About 40,000 staff of the Federal Australia Bank, Westcorp and the Bank of Perth will strike on Friday. "
            "Joan Pyke, of the Finance Workers Union, says members will attend the meetings.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Finance Workers Union") == {"AUS"} and codes_of(found, "Joan Pyke") == {"AUS"}


def test_actors54_a_person_tied_to_a_coded_body_by_a_title_carries_its_country(pipeline: Pipeline) -> None:
    text = ("Thai police have arrested a man wanted by the Australian Federal Police (AFP). AFP Commissioner Dale "
            "Ormond says the arrest will help.")
    assert codes_of(actors_of(pipeline, text), "Dale Ormond") == {"AUS"}


def test_actors54_an_untitled_person_with_no_body_keeps_no_country(pipeline: Pipeline) -> None:
    text = ("Staff of the Federal Australia Bank and the Bank of Perth will strike on Friday. \"It is time,\" Joan "
            "Pyke said.")
    assert codes_of(actors_of(pipeline, text), "Joan Pyke") == {None}


def test_actors54_an_international_body_takes_no_home_country(pipeline: Pipeline) -> None:
    text = ("Staff of the Federal Australia Bank and the Bank of Perth will strike on Friday. The International "
            "Banking Council said it was watching.")
    assert codes_of(actors_of(pipeline, text), "International Banking Council") <= {None}


def test_actors54_a_person_beside_another_country_keeps_none(pipeline: Pipeline) -> None:
    text = ("Staff of the Federal Australia Bank and the Bank of Perth will strike on Friday. Police in Malaysia "
            "arrested Omar Rahim on Tuesday.")
    found = actors_of(pipeline, text)
    assert "AUS" not in codes_of(found, "Omar Rahim")  # the sentence names Malaysia: not the story's country


def test_actors54_no_home_country_for_an_american_story(pipeline: Pipeline) -> None:
    text = ("The Bank of Chicago and the Bank of Denver cut rates on Monday. Joan Pyke, of the Finance Workers Union, "
            "says members will protest.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Joan Pyke") == {None}


def test_actors54_the_unnamed_parties_of_a_clash_are_acting_groups(pipeline: Pipeline) -> None:
    text = ("Chile's government imposed a curfew on Sunday. Chilean media say two people died in clashes between "
            "police and students near the port in Valparaiso. Chile's president asked for calm.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "students") == {"CHL"}


def test_actors54_a_partys_senators_in_a_conflict_with_its_organisation(pipeline: Pipeline) -> None:
    text = ("The Greens of Australia picked Senator Ann Holt as leader on Monday, a move that may deepen the rift "
            "between its senators and the party organisation. Senator Holt told Australian reporters she would "
            "unite the party.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "senators") == {"AUS"} and codes_of(found, "organisation") == {"AUS"}


def test_actors54_no_clash_parties_without_one_home_country(pipeline: Pipeline) -> None:
    text = "Reports say two people died in clashes between police and students near the port on Sunday."
    assert "students" not in surfaces(actors_of(pipeline, text))


def test_actors54_a_national_executive_that_acts_is_an_actor(pipeline: Pipeline) -> None:
    text = ("The national executive of the troubled Labour Party last night expelled Senator Ann Holt of Australia. "
            "In a bid to calm Australian voters, the national executive yesterday named Tom Reid as her successor.")
    found = actors_of(pipeline, text)
    assert found.get("National executive", (None, None, []))[1:] == ("AUS", ["national executive",
                                                                             "national executive"])


def test_actors54_union_leaders_who_say_are_an_actor(pipeline: Pipeline) -> None:
    text = ("Peru's government raised fuel prices on Monday and Peruvian police closed the main roads, but union "
            "leaders say the strike will go on until Peru drops the rise.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "union leaders") == {"PER"}


def test_actors54_a_national_executive_only_named_is_no_actor(pipeline: Pipeline) -> None:
    text = ("Senator Ann Holt of Australia was elected to the national executive of the Labour Party. Australian "
            "voters welcomed the news.")
    assert "national executive" not in surfaces(actors_of(pipeline, text))


def _location(text: str, name: str) -> Actor:
    start = text.index(name)
    return Actor(name=name, type="location", score=0.5, evidence="test",
                 mentions=[Span(start=start, end=start + len(name), label="LOC", score=0.5, evidence="test")])


def test_actors54_a_name_the_tagger_took_for_a_facility_before_a_bid_is_a_person() -> None:
    text = "The board last night rejected Aden Marlowe's bid to become leader."
    dictionary = load_dictionary()
    found = actors_module._possessive_persons_a54(text, [], [_location(text, "Aden Marlowe")], dictionary)
    assert [(text[m.start:m.end], m.ner_type) for m in found] == [("Aden Marlowe", "person")]


def test_actors54_a_place_before_a_bid_stays_a_place() -> None:
    text = "The board last night rejected South Australia's bid to host the games."
    dictionary = load_dictionary()
    assert actors_module._possessive_persons_a54(text, [], [_location(text, "South Australia")], dictionary) == []

