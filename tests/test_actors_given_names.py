"""A person called by one word of the full name (issue 17: one actor per person), on sentences of our own."""

from __future__ import annotations

from tests.test_actors import _actors, actors_pipeline  # noqa: F401  (the fixture)


def test_a_given_name_joins_the_one_full_name_it_begins(actors_pipeline):  # noqa: F811
    _, actors = _actors(actors_pipeline, "Marlon Ventris sold his firm in May. Later that year Marlon told "
                                         "reporters he had no regrets.")
    assert [a.name for a in actors if a.type == "person"] == ["Marlon Ventris"]


def test_a_family_name_written_first_joins_its_full_name(actors_pipeline):  # noqa: F811
    _, actors = _actors(actors_pipeline, "Park Ji-hoon met the mayor of Busan. Park said the port would grow.")
    assert [a.name for a in actors if a.type == "person"] == ["Park Ji-hoon"]


def test_a_word_that_ends_another_name_or_begins_two_joins_no_one(actors_pipeline):  # noqa: F811
    _, actors = _actors(actors_pipeline, "Nora Lind met Lind Arvidsson and Nora Quist in Oslo. Lind spoke first.")
    persons = {a.name for a in actors if a.type == "person"}
    assert "Lind Arvidsson" in persons and "Nora Lind" in persons
    assert not any(len(a.mentions) > 1 for a in actors if a.name == "Lind Arvidsson")
