"""Actors on Lee news-wire articles (round 48, branch ``actors48``): a country's alias before a sea's word, a
tagger's body before a field noun, a one-word person at a route's far end, a region after a place's possessive and a
settlement after its noun are no actors; a body's name typed a person is a body; "An X Defence Ministry" is X's
government; unnamed groups that act at the head of a clause are actors of the story's country.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spinscope.components.actors import Mention, _actors48, load_dictionary
from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of, codes_of, surfaces

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def test_actors48_country_alias_before_sea_is_no_actor(pipeline: Pipeline) -> None:
    text = "Fishing crews say storms in the Timor Sea have kept their boats in port for a week."
    actors = actors_of(pipeline, text)
    assert "Timor" not in surfaces(actors)


def test_actors48_body_before_field_noun_is_no_actor() -> None:
    text = "Engineers will drill again at the Corvina gasfield next year, Mr Pell said."
    start = text.index("Corvina")
    site = Mention(start, start + len("Corvina"), ("Corvina", None, None), "ner", ner_type="organization")
    assert _actors48(text, [site], load_dictionary()) == []


def test_actors48_one_word_person_at_route_end_is_a_place() -> None:
    text = "The operator plans a cable to carry power from the Basslink terminal to Hobart within two years."
    start = text.index("Hobart")
    end = Mention(start, start + len("Hobart"), ("Hobart", None, "AUS"), "ner", ner_type="person")
    assert _actors48(text, [end], load_dictionary()) == []


def test_actors48_region_after_place_possessive_is_no_actor(pipeline: Pipeline) -> None:
    text = "The manager of a winery in South Australia's Barossa says tourists are returning."
    actors = actors_of(pipeline, text)
    assert "Barossa" not in surfaces(actors)


def test_actors48_village_after_its_noun_is_no_actor(pipeline: Pipeline) -> None:
    text = "Soldiers entered the village of Tammun in the West Bank, witnesses said."
    actors = actors_of(pipeline, text)
    assert "Tammun" not in surfaces(actors)


def test_actors48_authority_typed_person_is_a_body(pipeline: Pipeline) -> None:
    text = "The Palestinian Authority has arrested dozens of militants. The Palestinian Authority rejected the claim."
    actors = actors_of(pipeline, text)
    kinds = {kind for kind, _, found in actors.values() if "Palestinian Authority" in found}
    assert kinds == {"organization"}


def test_actors48_military_wing_typed_person_is_a_body(pipeline: Pipeline) -> None:
    text = "Yesterday Abdel Karim, the military wing of a rebel group, said it fired rockets."
    actors = actors_of(pipeline, text)
    kinds = {kind for kind, _, found in actors.values() if "Abdel Karim" in found}
    assert kinds == {"organization"}


def test_actors48_indefinite_defence_ministry_is_the_government(pipeline: Pipeline) -> None:
    text = "An Israeli Defence Ministry official, speaking on army radio, said the border would stay shut."
    actors = actors_of(pipeline, text)
    assert codes_of(actors, "Israeli Defence Ministry") == {"ISR"}


def test_actors48_groups_that_act_are_actors_of_the_story_country(pipeline: Pipeline) -> None:
    text = ("Union leader Sam Hart says Canadian mills must close in Ontario. Child welfare campaigners will appeal. "
            "Health inspectors will visit every farm in Ontario, Mr Hart says. The defendants are former managers "
            "of the firm.")
    actors = actors_of(pipeline, text)
    assert codes_of(actors, "Child welfare campaigners") == {"CAN"}
    assert codes_of(actors, "Health inspectors") == {"CAN"}
    assert "The defendants" in surfaces(actors)


def test_actors48_group_with_police_after_says(pipeline: Pipeline) -> None:
    text = ("Mr Brown says Australian officials are worried in Perth, and Canberra agrees. Mr Brown says guards and "
            "police quickly restored order at the depot.")
    actors = actors_of(pipeline, text)
    assert codes_of(actors, "guards") == {"AUS"}


def test_actors48_counted_or_passive_groups_stay_out(pipeline: Pipeline) -> None:
    text = ("Mr Brown says Australian officials are worried in Perth. 12 protesters stayed on the road. Protesters "
            "were detained by the city's officers.")
    actors = actors_of(pipeline, text)
    assert "protesters" not in surfaces(actors).lower()


def test_actors48_gold_is_lee_gold_with_hashes() -> None:
    import hashlib
    for name in ("actors_real48.jsonl", "actors_real48_heldout.jsonl"):
        rows = [json.loads(line) for line in (ROOT / "tests" / "gold" / name).read_text(encoding="utf-8").splitlines()]
        assert rows and all(r["path"].startswith("../lee/background/lee_bg_") for r in rows)
        for r in rows:
            source = ROOT.parent / "shared" / r["path"]
            if not source.exists():
                pytest.skip("run scripts/lee/fetch.py")
            assert hashlib.sha256(source.read_bytes()).hexdigest() == r["sha256"]
            text = source.read_text(encoding="utf-8")
            assert all(s in text for a in r["actors"] for s in a["mentions"])
