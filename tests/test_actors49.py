"""Actors on Lee news-wire articles (round 49, branch ``actors49``): a body's bracketed acronym is that body where
it recurs; a tagger's body named with a country's, people's or city's word is of that country; an article of one
country gives its bodies and a body's people its code; two bodies joined by "for the" are two actors; a one-word
name between places of a road story, a national park and a people's word before "and ... population" are no actors;
delegates, staff, a committee and police that act at the head of a clause are actors of the story's country.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.components.actors import Mention, _actors49_lee, load_dictionary
from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of, codes_of, surfaces


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def test_actors49_bracketed_acronym_is_its_body_not_the_dictionary_entry(pipeline: Pipeline) -> None:
    text = ("Officers of the Australian Federal Police (AFP) searched a house in Perth. The AFP says two men "
            "were questioned and AFP Commissioner Ann Dolby praised the work.")
    actors = actors_of(pipeline, text)
    assert codes_of(actors, "AFP") == {"AUS"}
    assert codes_of(actors, "Ann Dolby") == {"AUS"}


def test_actors49_country_word_body_takes_the_country() -> None:
    text = "Customers of the Grand Canberra Bank queued for hours on Friday."
    start = text.index("Grand")
    body = Mention(start, start + len("Grand Canberra Bank"), ("Grand Canberra Bank", None, None), "ner",
                   ner_type="organization")
    kept = _actors49_lee(text, [body], load_dictionary())
    assert [m.key[2] for m in kept] == ["AUS"]


def test_actors49_new_south_wales_is_no_wales() -> None:
    text = "Figures from the New South Wales Office of Road Safety were released on Monday."
    start = text.index("New South")
    name = "New South Wales Office of Road Safety"
    body = Mention(start, start + len(name), (name, None, None), "ner", ner_type="organization")
    kept = _actors49_lee(text, [body], load_dictionary())
    assert [m.key[2] for m in kept] == ["AUS"]


def test_actors49_union_and_its_official_of_a_one_country_story(pipeline: Pipeline) -> None:
    text = ("Workers at the Bank of Brisbane and the Bank of Perth will strike on Monday. Jane Crowe, of the Clerical "
            "Workers Alliance, says members want better pay.")
    actors = actors_of(pipeline, text)
    assert codes_of(actors, "Clerical Workers Alliance") == {"AUS"}
    assert codes_of(actors, "Jane Crowe") == {"AUS"}


def test_actors49_two_bodies_joined_by_for_the(pipeline: Pipeline) -> None:
    text = ("A survey carried out by the Canberra Institute for the Victorian Bureau of Transport Statistics "
            "found that most commuters drive.")
    actors = actors_of(pipeline, text)
    found = surfaces(actors)
    assert "Canberra Institute" in found and "Victorian Bureau of Transport Statistics" in found


def test_actors49_one_word_name_between_places_of_road_story_is_no_actor() -> None:
    text = "Kings Road is shut between Dunmore and Fernhill because of flooding."
    start = text.index("Dunmore")
    town = Mention(start, start + len("Dunmore"), ("Dunmore", None, "AUS"), "ner", ner_type="person")
    assert _actors49_lee(text, [town], load_dictionary()) == []


def test_actors49_national_park_is_no_actor() -> None:
    text = "Walkers have been told to stay out of Tallowood National Park this week."
    start = text.index("Tallowood")
    name = "Tallowood National Park"
    park = Mention(start, start + len(name), (name, None, "AUS"), "ner", ner_type="organization")
    assert _actors49_lee(text, [park], load_dictionary()) == []


def test_actors49_people_word_before_population_is_no_actor() -> None:
    text = "The report compares the Maori and Pacific Islander population with the rest."
    start = text.index("Maori")
    word = Mention(start, start + len("Maori"), ("Maori", None, None), "ner", ner_type="organization")
    assert _actors49_lee(text, [word], load_dictionary()) == []


def test_actors49_delegates_and_committee_that_act_are_actors(pipeline: Pipeline) -> None:
    text = ("Australian voters may get a say on the flag, after a meeting in Canberra. In Canberra, delegates "
            "backed a plan for an Australian vote. A committee will meet next month. Australian groups welcomed it.")
    actors = actors_of(pipeline, text)
    assert codes_of(actors, "delegates") == {"AUS"}
    assert codes_of(actors, "committee") == {"AUS"}


def test_actors49_passive_group_is_no_actor(pipeline: Pipeline) -> None:
    text = ("Australian unions met in Sydney. Australian employers were absent. Delegates were told to wait. "
            "Australian officials said little.")
    actors = actors_of(pipeline, text)
    assert "Delegates" not in surfaces(actors)


def test_actors49_police_with_a_named_police_body_is_no_new_group(pipeline: Pipeline) -> None:
    text = ("Officers of the Victorian Police moved the crowd in Melbourne. Police said four Australian men were "
            "charged. Australian farmers joined the march.")
    actors = actors_of(pipeline, text)
    assert not any(kind == "group" for kind, _, _ in actors.values())
