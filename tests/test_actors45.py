"""Actors on SemEval-2023 EN articles (round 45, branch ``actors45``): persons given short, family members'
country, a bracketed acronym in its own language's order, adjectives of faith, platforms posted on, "the Democrat
said", a verb glued to a name, a person in apposition with "who", an outlet of ", X reported Tuesday.", and bare
police of a one-country story.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.components.actors import Mention, _actors45, _short_names_45, load_dictionary
from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import Actors
from tests.actor_findings import actors_of as _actors_of


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def _all(pipeline: Pipeline, text: str) -> Actors:
    return _actors_of(pipeline, text)


def _person(text: str, surface: str, nth: int = 0, country: str | None = None) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), (surface, None, country), "ner", ner_type="person")


def test_actors45_middle_name_left_out_joins_the_full_name() -> None:
    text = "Marguerite Anne Delorme ran a bakery in Lyon. Neighbours say Marguerite Delorme baked at night."
    full = _person(text, "Marguerite Anne Delorme", country="FRA")
    mentions = [full, _person(text, "Marguerite Delorme")]
    _short_names_45(text, mentions)
    assert {m.key for m in mentions} == {full.key}


def test_actors45_middle_initial_and_suffix_stay_apart() -> None:
    text = "George W. Bush praised his father. George Bush had led the party. Tom Rowe Jr. met Tom Rowe later."
    mentions = [_person(text, "George W. Bush"), _person(text, "George Bush"), _person(text, "Tom Rowe Jr."),
                _person(text, "Tom Rowe", 1)]
    _short_names_45(text, mentions)
    assert len({m.key for m in mentions}) == 4


def test_actors45_headline_words_are_no_full_name() -> None:
    text = "Anna Petrov Wins Seat Again\nAnna Petrov thanked her voters."
    mentions = [_person(text, "Anna Petrov Wins Seat"), _person(text, "Anna Petrov", 1)]
    _short_names_45(text, mentions)
    assert len({m.key for m in mentions}) == 2


def test_actors45_family_member_takes_the_country() -> None:
    text = "Paulette Verdier lived in Marseille. Her son, Luc Verdier, spoke to the press."
    mentions = [_person(text, "Paulette Verdier", country="FRA"), _person(text, "Luc Verdier")]
    out = _actors45(text, mentions, load_dictionary())
    assert {m.key[2] for m in out if m.ner_type == "person"} == {"FRA"}


def test_actors45_verb_glued_to_a_name_is_the_person() -> None:
    text = "Rosa Kline visited the site. Later Kline Tweeted that the photo was real."
    mentions = [_person(text, "Rosa Kline"), _person(text, "Kline Tweeted")]
    out = _actors45(text, mentions, load_dictionary())
    assert {m.key[0] for m in out} == {"Rosa Kline"}
    assert text[out[1].start:out[1].end] == "Kline"


def test_actors45_bracketed_acronym_in_its_own_order(pipeline: Pipeline) -> None:
    text = ("Officers of the Rapid Intervention Group (GIR) surrounded the farm near Toulouse on Sunday. The GIR "
            "waited two hours before going in.")
    found = _all(pipeline, text)
    assert "GIR" not in found
    assert "GIR" in found["Rapid Intervention Group"][2]


def test_actors45_adjectives_of_faith_are_no_actors(pipeline: Pipeline) -> None:
    text = ("The man recited Koranic verses on the stairs. Later he sang Koranic hymns. The victim had taught at an "
            "Orthodox Jewish school for years.")
    found = _all(pipeline, text)
    assert "Koranic" not in found
    assert "Orthodox Jewish" not in found


def test_actors45_platform_posted_on_is_no_actor(pipeline: Pipeline) -> None:
    text = "Attorney Dana Whitfield, who speaks for the family, posted a long update about the hearing on Twitter."
    assert "Twitter" not in _all(pipeline, text)


def test_actors45_platform_that_acts_stays(pipeline: Pipeline) -> None:
    text = "Twitter suspended the account of the group on Monday, and the group posted its reply on Twitter."
    assert "Twitter" in _all(pipeline, text)


def test_actors45_the_democrat_said_is_no_party() -> None:
    text = "Carla Nunez lost the race. But the Democrat said she would fight on."
    at = text.index("Democrat")
    party = Mention(at, at + len("Democrat"), ("Democrat", None, "USA"), "ner", ner_type="group")
    out = _actors45(text, [_person(text, "Carla Nunez"), party], load_dictionary())
    assert [m.key[0] for m in out] == ["Carla Nunez"]


def test_actors45_person_in_apposition_with_who() -> None:
    text = ("Nobody searched the flat of Megan Haskell, the off-duty officer who shot her neighbour. Haskell was "
            "freed on bail.")
    at = text.index("Haskell was")
    body = Mention(at, at + len("Haskell"), ("Haskell", None, None), "ner", ner_type="organization")
    out = _actors45(text, [body], load_dictionary())
    assert {(m.key[0], m.ner_type) for m in out} == {("Megan Haskell", "person")}
    assert len(out) == 2


def test_actors45_outlet_reported_at_the_end(pipeline: Pipeline) -> None:
    text = ("A second panel of doctors found that the suspect could not stand trial, 24 Heures reported on "
            "Thursday.")
    found = _all(pipeline, text)
    assert found["24 Heures"][0] == "media"


def test_actors45_media_by_its_kind(pipeline: Pipeline) -> None:
    text = ("For a week the mainstream media ignored the leaked memo, while the alternative media kept digging into "
            "it.")
    found = _all(pipeline, text)
    assert found["Mainstream media"][0] == "media" and found["Alternative media"][0] == "media"


def test_actors45_faith_groups_that_act_stay(pipeline: Pipeline) -> None:
    text = "Muslim rebels and the army met for talks in the capital of the Philippines on Monday."
    assert "Muslim" in _all(pipeline, text)


def test_actors45_bare_police_of_a_one_country_story() -> None:
    text = ("Odile Marchand and her son Rene Marchand lived in Lyon. The plate given out by police was wrong, and "
            "police officers never checked it.")
    mentions = [_person(text, "Odile Marchand", country="FRA"), _person(text, "Rene Marchand"),
                _person(text, "Odile Marchand", country="FRA")]
    out = _actors45(text, mentions, load_dictionary())
    assert [text[m.start:m.end] for m in out if m.agent == "COP"] == ["police"]


def test_actors45_the_right_as_an_actor(pipeline: Pipeline) -> None:
    text = ("The left wants the tax raised. The right says the tax is theft. Everyone has the right to complain, and "
            "the right is written into law.")
    found = _all(pipeline, text)
    assert found["Rightists"][2] == ["The right"]


def test_actors45_diocese_is_a_church_body(pipeline: Pipeline) -> None:
    text = ("The Diocese of Rancagua suspended two priests in March. A spokesman for the Diocese of Rancagua said the "
            "inquiry would take a year.")
    found = _all(pipeline, text)
    assert found["Diocese of Rancagua"][0] == "organization"
    assert "Rancagua" not in found
