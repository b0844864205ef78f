"""Actors from the lead's reading (round 44, branch ``actors44``): names with particles or given short, a
newspaper's acronym, a name after a title the dictionary holds, places and hotels typed bodies or persons, ideologies
and attitudes, a minister's portfolio, a body typed person, and "the left" cast as an actor.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.components.actors import THE_LEFT_44, Mention, _portfolio_minister_44
from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import Actors
from tests.actor_findings import actors_of as _actors_of


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def _all(pipeline: Pipeline, text: str) -> Actors:
    return _actors_of(pipeline, text)


def test_actors44_particle_name_given_short_is_one_person(pipeline: Pipeline) -> None:
    text = ("Police in the desert found the compound of Siraj Ibn Wahhaj on Monday. Officers said Siraj Wahhaj had "
            "trained the boys with rifles. His lawyer denied it.")
    found = _all(pipeline, text)
    assert "Siraj Wahhaj" not in found
    assert found["Siraj Ibn Wahhaj"][2] == ["Siraj Ibn Wahhaj", "Siraj Wahhaj"]


def test_actors44_bin_and_al_particles(pipeline: Pipeline) -> None:
    text = ("The court heard from Ahmed bin Salem al-Rashid last week. On Friday Ahmed al-Rashid asked the judges "
            "for mercy.")
    found = _all(pipeline, text)
    assert list(found) == ["Ahmed bin Salem al-Rashid"]


def test_actors44_dropped_middle_name_without_particle_stays_apart(pipeline: Pipeline) -> None:
    text = "Maria Teresa Lopez spoke first at the hearing. Later Maria Lopez, her cousin, spoke for the family."
    assert "Maria Lopez" in _all(pipeline, text)


@pytest.mark.xfail(strict=True, reason="round 44: the rule was backed out (it lowered a held-out set); open lead")
def test_actors44_first_names_of_a_full_name(pipeline: Pipeline) -> None:
    text = ("Bishops gathered in Rome. Juan Carlos Cruz wrote the letter. Later the letter's author Juan Carlos "
            "said he felt betrayed, and Cruz met the pope twice.")
    found = _all(pipeline, text)
    assert "Juan Carlos" not in found
    assert {"Juan Carlos Cruz", "Juan Carlos", "Cruz"} <= set(found["Juan Carlos Cruz"][2])


@pytest.mark.xfail(strict=True, reason="round 44: the rule was backed out (it lowered a held-out set); open lead")
def test_actors44_newspaper_acronym_joins_its_name(pipeline: Pipeline) -> None:
    text = ("The Atlanta Journal-Constitution reports that the mayor resigned on Tuesday. The AJC reports: the "
            "council will vote next month.")
    found = _all(pipeline, text)
    assert "AJC" not in found
    kind, _, seen = found["The Atlanta Journal-Constitution"]
    assert kind == "media" and "AJC" in seen


def test_actors44_name_after_a_dictionary_title(pipeline: Pipeline) -> None:
    text = ("The pope later promised to send Malta Archbishop Charles Scicluna – a veteran church prosecutor – to "
            "Chile. Scicluna will be meeting with the victims in Santiago.")
    found = _all(pipeline, text)
    assert "Scicluna" not in found
    kind, _, seen = found["Charles Scicluna"]
    assert kind == "person" and "Scicluna" in seen


def test_actors44_city_of_a_diocese_is_no_body(pipeline: Pipeline) -> None:
    text = "In 2015 the pope made Barros head of the Diocese of Osorno, a southern see. Many believers were angry."
    assert "Osorno" not in _all(pipeline, text)


def test_actors44_hotel_is_no_person(pipeline: Pipeline) -> None:
    text = ("The gunman fired from a window of the Bellagio Resort and Casino into the crowd. Guests at the Bellagio "
            "hid in their rooms.")
    found = _all(pipeline, text)
    assert not any(kind in ("person", "group") for kind, _, _ in found.values())


def test_actors44_ideologies_and_attitudes_are_no_actors(pipeline: Pipeline) -> None:
    assert "Islamophobic" not in _all(pipeline, "Some critics call the plan unfair to Muslims. (That would be "
                                                "Islamophobic.) The council voted for it anyway.")
    assert "Zionism" not in _all(pipeline, "The speaker said Zionism was the root of every problem in the region. "
                                           "Students cheered the remarks.")


def test_actors44_minister_of_a_portfolio_is_the_named_person(pipeline: Pipeline) -> None:
    text = "Denmark's minister of Foreign Affairs, Lars Ove Holm, told reporters: \"We back it.\" Spain agreed."
    found = _all(pipeline, text)
    assert "Foreign Affairs" not in found
    assert found["Lars Ove Holm"][:2] == ("person", "DNK")


def test_actors44_portfolio_minister_the_tagger_missed() -> None:
    text = "Denmark's minister of Foreign Affairs, Lars Ove Holm, told reporters that Denmark would wait."
    country = Mention(0, 7, ("Denmark", "DNK", "DNK"), "alias")
    at = text.index("Foreign")
    portfolio = Mention(at, at + len("Foreign Affairs"), ("Foreign Affairs", None, None), "ner",
                        ner_type="organization")
    added = _portfolio_minister_44(text, portfolio, [country, portfolio])
    assert [(text[m.start:m.end], m.key, m.ner_type) for m in added] == \
        [("Lars Ove Holm", ("Lars Ove Holm", "DNKGOV", "DNK"), "person")]


def test_actors44_body_named_after_its_kind(pipeline: Pipeline) -> None:
    text = "Rabbi Nigel Savage is the founder of the Jewish non-profit Hazon. Hazon runs farms in three states."
    assert _all(pipeline, text)["Hazon"][0] == "organization"


def test_actors44_the_left_as_an_actor(pipeline: Pipeline) -> None:
    text = "Nobody remembers what the left said about climate change twenty years ago. The left wants your car."
    found = _all(pipeline, text)
    assert found["Leftists"][0] == "group" and len(found["Leftists"][2]) == 2


def test_actors44_the_left_as_a_direction_is_no_actor(pipeline: Pipeline) -> None:
    text = "She turned to the left and walked on. The left lane was closed. On the left is a barn."
    assert "Leftists" not in _all(pipeline, text)
    assert THE_LEFT_44.search("what the left said") is not None
    assert THE_LEFT_44.search("At the left is a door") is None
