"""News outlets of the source table are actors of their home country (issue 17: actors you can trust), on
sentences of our own: an agency that reports a story abroad is not an actor of the country the story is about."""

from __future__ import annotations

from spinscope.components.actors import listed_outlets, load_dictionary
from tests.test_actors import _actors, actors_pipeline  # noqa: F401  (the fixture)


def test_listed_outlets_carry_their_home_country_and_no_code(actors_pipeline):  # noqa: F811
    _, actors = _actors(actors_pipeline, "The Associated Press reported that Chile's bishops met on Monday, and "
                                         "Reuters said the talks in Santiago failed.")
    country = {a.name: (a.type, a.country) for a in actors}
    assert country["Associated Press"] == ("media", "USA")  # not Chile, the country of the story
    assert country["Reuters"] == ("media", "GBR")
    outlets = {e.name: e for e in load_dictionary().entries if e.source == "sources.toml"}
    assert outlets["Associated Press"].code is None  # so it never takes over another outlet's aliases


def test_an_outlet_named_like_a_person_of_the_article_is_that_person(actors_pipeline):  # noqa: F811
    _, actors = _actors(actors_pipeline, "Michael Bloomberg said he would not run. Bloomberg told voters in Ohio "
                                         "that the race was over.")
    assert "Bloomberg" not in {a.name for a in actors if a.type == "media"}
    _, actors = _actors(actors_pipeline, "Bloomberg reported that the central bank of Chile cut its rates.")
    assert ("Bloomberg", "USA") in {(a.name, a.country) for a in actors if a.type == "media"}


def test_outlets_the_actor_files_know_are_not_added_twice():
    dictionary = load_dictionary()
    added = {e.name for e in listed_outlets(dictionary)}
    assert "CNN" not in added and "Xinhua" not in added  # actors_curated.tsv codes them
    assert all(len(alias) >= 3 for e in listed_outlets(dictionary) for alias in e.aliases)


def test_the_country_an_outlet_comes_from_is_no_antecedent_of_the_country(actors_pipeline):  # noqa: F811
    _, actors = _actors(actors_pipeline, "Turnout fell in Ohio, according to a Reuters survey of voter lists. In "
                                         "the country's largest cities it fell most.")
    assert "United Kingdom" not in {a.name for a in actors}


def test_outlets_of_the_wider_table_are_media_of_their_home_country(actors_pipeline):  # noqa: F811
    _, actors = _actors(actors_pipeline, "Peru's finance minister resigned on Monday, Axios reported, and Interfax "
                                         "said the talks in Lima had stalled.")
    country = {a.name: (a.type, a.country) for a in actors}
    assert country["Axios"] == ("media", "USA") and country["Interfax"] == ("media", "RUS")
