"""Actors on SemEval-2023 EN partisan articles (round 51, branch ``actors51``): a platform one posts to and a
sacrament are no actors; a US state after its town is a place; the pope's titles of address are
the pope, a cardinal with an office of the Holy See the Vatican's; a bracketed acronym is its body; in a US article
"Special Counsel" is the US office and "on Capitol Hill" a place; collective villains and heroes are group actors;
a one-word name shared by two persons' names is no actor.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.components.actors import Mention, _actors51
from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of, surfaces


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def test_actors51_state_after_town_is_a_place(pipeline: Pipeline) -> None:
    text = ("Mark Hollis, a farmer who lives in Boulder, Colorado, told reporters that the Senate had failed. "
            "Hollis later moved to Austin, Texas, where he works for a paper.")
    found = actors_of(pipeline, text)
    assert "United States" not in found
    assert "Mark Hollis" in found


def test_actors51_platform_posted_to_is_no_actor_but_acting_platform_is(pipeline: Pipeline) -> None:
    text = ("Hours before police named the gunman, his sister deleted her Facebook page and closed her Twitter "
            "account. She had posted the photo on Instagram.")
    found = surfaces(actors_of(pipeline, text))
    assert "Facebook" not in found and "Twitter" not in found and "Instagram" not in found
    acting = "The sheriff said Facebook had handed the records to the FBI."
    assert "Facebook" in surfaces(actors_of(pipeline, acting))


def test_actors51_papal_title_is_the_pope() -> None:
    text = "Pope Leo wrote a letter. His Holiness asked the bishops to read it."
    pope = Mention(0, 8, ("Pope Leo", None, "VAT"), "ner", ner_type="person")
    start = text.index("His Holiness")
    title = Mention(start, start + len("His Holiness"), ("His Holiness", None, "ARG"), "ner", ner_type="person")
    _actors51(text, [pope, title])
    assert title.key == pope.key


def test_actors51_vatican_cardinal() -> None:
    text = ("Cardinal Paolo Verdi, president of the Pontifical Council for Families, said the bishops of Peru had "
            "asked for guidance. Verdi added nothing.")
    start = text.index("Paolo Verdi")
    cardinal = Mention(start, start + len("Paolo Verdi"), ("Paolo Verdi", None, "PER"), "ner", ner_type="person")
    _actors51(text, [cardinal])
    assert cardinal.key[2] == "VAT"


def test_actors51_sacrament_is_no_actor() -> None:
    text = "The bishops let the couple receive Holy Communion."
    start = text.index("Holy Communion")
    rite = Mention(start, start + len("Holy Communion"), ("Holy Communion", None, None), "ner",
                   ner_type="organization")
    assert _actors51(text, [rite]) == []


def test_actors51_spelled_acronym_is_a_us_body(pipeline: Pipeline) -> None:
    text = ("The White House said the Federal Bureau of Investigation and the Office of the Chief of Border "
            "Inspection (OCBI) would help. An OCBI spokesman said the FBI agreed, and President Trump thanked "
            "Congress.")
    found = actors_of(pipeline, text)
    assert all(code == "USA" for _, code, mentions in found.values() if "OCBI" in mentions)


def test_actors51_capitol_hill_is_a_place(pipeline: Pipeline) -> None:
    text = ("Dozens of aides who worked on Capitol Hill said Congress had failed them. Senator Ted Cruz and the "
            "FBI and the White House said nothing about the harassment on the Hill.")
    found = surfaces(actors_of(pipeline, text))
    assert "Capitol Hill" not in found and "Hill" not in found


def test_actors51_collective_villains(pipeline: Pipeline) -> None:
    text = ("The political class protects itself, said Senator Ted Cruz of Texas, and the FBI and Congress agreed. "
            "Voters were betrayed by the liberal elite, and the Western world must wake up.")
    found = actors_of(pipeline, text)
    assert "The political class" in found and found["The political class"][1] == "USA"
    assert "The liberal elite" in found and "The Western world" in found


def test_actors51_collective_without_act_is_no_actor(pipeline: Pipeline) -> None:
    text = "Leaders of the Western world met in Rome, the Italian government said."
    assert "The Western world" not in actors_of(pipeline, text)


def test_actors51_shared_surname_is_no_actor() -> None:
    text = "Carl Stone and Mary Stone testified. Stone had left the party."
    carl = Mention(0, 10, ("Carl Stone", None, "USA"), "ner", ner_type="person")
    mary = Mention(15, 25, ("Mary Stone", None, "USA"), "ner", ner_type="person")
    start = text.index("Stone had")
    lone = Mention(start, start + 5, ("Stone", None, None), "ner", ner_type="organization")
    assert lone not in _actors51(text, [carl, mary, lone])


def test_actors51_acting_agencies_are_a_group(pipeline: Pipeline) -> None:
    text = ("Federal agencies were racing on Monday to meet an order from President Trump. The FBI and the Justice "
            "Department said Congress would see the files.")
    found = actors_of(pipeline, text)
    assert "Federal agencies" in found and found["Federal agencies"][1] == "USA"
    opening = ("In the meantime, agencies were racing to meet an order from President Trump. The FBI and the Justice "
               "Department said Congress would see the files.")
    assert not any(name.endswith("agencies") for name in actors_of(pipeline, opening))
