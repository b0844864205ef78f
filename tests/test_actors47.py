"""Actors on Lee news-wire articles (round 47, branch ``actors47``): a surname after "Mr" / "Dr" / "Senator" is the
person named in full before it; "the Government" is the government the article names or its ministers serve; a
minister coded American by "Senator" is of that government; persons of an
article about one country are of that country; an office after "he was" and "a <Town> <faith> school" are no
actors; a country named only as where people come to, beside its government, is a place.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spinscope.components.actors import Mention, _actors47, load_dictionary
from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of, codes_of, surfaces

ROOT = Path(__file__).resolve().parents[1]
LEE = ROOT.parent / "shared" / ".." / "lee" / "background"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def _owner(actors: dict[str, tuple[str, str | None, list[str]]], surface: str) -> list[str]:
    return [name for name, (_, _, found) in actors.items() if surface in found]


def test_actors47_surname_after_mr_joins_the_full_name_with_letters(pipeline: Pipeline) -> None:
    text = ("Counsel assisting the inquiry, Gregory Palliser QC, tabled the audit on Tuesday. Mr Palliser says the "
            "directors ignored the warning for months.")
    actors = actors_of(pipeline, text)
    assert _owner(actors, "Palliser") == _owner(actors, "Gregory Palliser QC") != []


def _m(text: str, surface: str, kind: str = "person", country: str | None = None) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), (surface, None, country), "ner", ner_type=kind)


def test_actors47_dr_surname_typed_a_body_joins_the_person() -> None:
    text = ("Senior clergy have defended Dr Peter Hollingworth this week. Welfare groups have accused Dr "
            "Hollingworth of ignoring complaints about a teacher.")
    full, titled = _m(text, "Peter Hollingworth", country="AUS"), _m(text, "Dr Hollingworth", "organization")
    kept = _actors47(text, [full, titled], load_dictionary())
    assert [m.key for m in kept] == [full.key, full.key]
    assert titled.ner_type == "person"


def test_actors47_bare_government_is_the_named_government(pipeline: Pipeline) -> None:
    text = ("The Australian Government wants to question the detained man soon. The Government says it knows little "
            "about his past, and the Government will ask the army for its files.")
    actors = actors_of(pipeline, text)
    assert codes_of(actors, "Government") == {"AUS"}
    assert _owner(actors, "Government") == _owner(actors, "Australian Government")


def test_actors47_federal_government_is_its_ministers_government(pipeline: Pipeline) -> None:
    text = ("The Federal Government says new rules for ports will start in March. The Immigration Minister, Philip "
            "Ruddock, says inspectors will check every vessel.")
    actors = actors_of(pipeline, text)
    assert codes_of(actors, "Federal Government") == {"AUS"}


def test_actors47_minister_called_senator_keeps_his_government(pipeline: Pipeline) -> None:
    text = ("The Defence Minister, Robert Hill, wants two more frigates sent to the Gulf by the Australian Government. "
            "Senator Hill says one American officer will brief the crews before they sail.")
    actors = actors_of(pipeline, text)
    assert codes_of(actors, "Robert Hill") == {"AUS"}
    assert codes_of(actors, "Hill") == {"AUS"}


def test_actors47_person_of_a_one_country_story(pipeline: Pipeline) -> None:
    text = ("The Prime Minister has backed the Governor-General, Dr Peter Hollingworth, after days of criticism. Mr "
            "Howard says he has spoken to Dr Hollingworth and has confidence in him.")
    actors = actors_of(pipeline, text)
    assert codes_of(actors, "Howard") == {"AUS"}


def test_actors47_office_after_he_was_is_no_actor(pipeline: Pipeline) -> None:
    text = ("Dr Peter Hollingworth denies that he hid complaints about a teacher when he was Archbishop of Brisbane "
            "in the nineties.")
    actors = actors_of(pipeline, text)
    assert "Archbishop of Brisbane" not in surfaces(actors)


def test_actors47_town_faith_school_is_no_actor() -> None:
    text = ("Parents say complaints about a teacher at a Ballarat Catholic school were ignored for years, and Dr "
            "Peter Hollingworth has denied any cover-up.")
    mentions = [_m(text, "Ballarat Catholic", "organization", "AUS"), _m(text, "Peter Hollingworth", country="AUS")]
    kept = _actors47(text, mentions, load_dictionary())
    assert [text[m.start:m.end] for m in kept] == ["Peter Hollingworth"]


def test_actors47_country_people_come_to_beside_its_government_is_a_place(pipeline: Pipeline) -> None:
    text = ("The Immigration Minister, Philip Ruddock, says fewer boats are coming to Australia. He says the "
            "Government will keep the island camps while fewer people are arriving in Australia.")
    actors = actors_of(pipeline, text)
    assert not [name for name, (_, _, found) in actors.items() if found and set(found) == {"Australia"}]
    assert codes_of(actors, "Government") == {"AUS"}


def test_actors47_us_story_country_stays_an_actor(pipeline: Pipeline) -> None:
    text = "Washington says the Chinese government sent envoys to Canada, and China denies it."
    actors = actors_of(pipeline, text)
    assert "China" in surfaces(actors)


def test_actors47_gold_is_lee_gold_with_hashes() -> None:
    import hashlib
    for name in ("actors_real47.jsonl", "actors_real47_heldout.jsonl"):
        rows = [json.loads(line) for line in (ROOT / "tests" / "gold" / name).read_text(encoding="utf-8").splitlines()]
        assert rows and all(r["path"].startswith("../lee/background/lee_bg_") for r in rows)
        for r in rows:
            source = ROOT.parent / "shared" / r["path"]
            if not source.exists():
                pytest.skip("run scripts/lee/fetch.py")
            assert hashlib.sha256(source.read_bytes()).hexdigest() == r["sha256"]
            text = source.read_text(encoding="utf-8")
            assert all(s in text for a in r["actors"] for s in a["mentions"])
