"""Actors on real articles (round 28, branch ``actors28``): the groups round 27 left and the fresh batch.

Every sentence here is written for these tests. The real-article score reads the articles from ``../shared`` and
skips without it.
"""

from __future__ import annotations

import json

import pytest

from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline
from spinscope.predict import actor_code
from spinscope.training import actor_eval
from spinscope.training.actor_eval import REAL_GOLD_FILE, SHARED_DIR, read_real_gold, score_actors

FRESH_GOLD_FILE = REAL_GOLD_FILE.with_name("actors_real28.jsonl")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def _all_actors(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None, list[str]]]:
    doc = pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))
    return [(a.name, a.type, actor_code(a), [doc.text[m.start:m.end] for m in a.mentions]) for a in doc.actors]


def _actors(pipeline: Pipeline, text: str) -> dict[str, tuple[str | None, list[str]]]:
    """Non-location actors by name: (code, surfaces)."""
    return {name: (code, surfaces) for name, kind, code, surfaces in _all_actors(pipeline, text)
            if kind != "location"}


# --- envoys written without a comma: the tagger merges the host country into the name --------------------------

@pytest.mark.parametrize(("text", "name", "code", "host", "host_code"), [
    ("Russian Ambassador to the US Anatoly Petrovsky said on Friday that Moscow would answer the measures.",
     "Anatoly Petrovsky", "RUS", "United States", "USA"),
    ("Chinese Ambassador to Canada Wei Lanshan told reporters the detentions were unjust.",
     "Wei Lanshan", "CHN", "Canada", "CAN"),
    ("Ukrainian Ambassador to Germany Oleh Marchenko met the chancellor on Tuesday.",
     "Oleh Marchenko", "UKR", "Germany", "DEU"),
])
def test_actors28_an_envoy_without_a_comma_is_of_the_sender(pipeline: Pipeline, text: str, name: str, code: str,
                                                             host: str, host_code: str) -> None:
    actors = _actors(pipeline, text)
    assert actors[name] == (code, [name])
    assert actors[host][0] == host_code


def test_actors28_an_envoy_with_a_comma_is_still_of_the_sender(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "Russia's ambassador to Washington, Anatoly Petrovsky, said the talks had failed.")
    assert actors["Anatoly Petrovsky"][0] == "RUS"


# --- collective villains ------------------------------------------------------------------------------------------

VILLAINS = ("The neocons and the presstitutes are selling another war. The deep state will never allow peace, "
            "said the blogger. Deep-state operatives leaked the memo, and the deplorables were blamed again.")


@pytest.mark.parametrize(("name", "surface"), [("Neocons", "neocons"), ("Presstitutes", "presstitutes"),
                                               ("Deep state", "Deep-state"), ("Deplorables", "deplorables")])
def test_actors28_collective_villains_are_groups(pipeline: Pipeline, name: str, surface: str) -> None:
    found = {n: (kind, code, surfaces) for n, kind, code, surfaces in _all_actors(pipeline, VILLAINS)}
    kind, code, surfaces = found[name]
    assert kind == "group" and code is None
    assert any(surface in s for s in surfaces)


def test_actors28_a_deep_state_of_shock_is_no_actor(pipeline: Pipeline) -> None:
    assert "Deep state" not in _actors(pipeline, "After the crash she fell into a deep state of shock.")


# --- venue cities -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "country", "city", "code"), [
    ("Leaders met at the summit in Helsinki on Monday, and the two presidents spoke for two hours.",
     "Finland", "Helsinki", "FIN"),
    ("In Geneva, the World Health Organization said the outbreak was under control.", "Switzerland", "Geneva", "CHE"),
    ("The Kenyan runners came second at the Winter Games in Oslo last year.", "Norway", "Oslo", "NOR"),
])
def test_actors28_a_venue_city_is_a_place_not_its_country(pipeline: Pipeline, text: str, country: str, city: str,
                                                           code: str) -> None:
    found = _all_actors(pipeline, text)
    assert country not in {name for name, kind, _, _ in found if kind != "location"}
    assert (city, "location", code, [city]) in found  # still a place of the country, which events read


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Moscow said on Monday that the sanctions would fail.", "Russia", "RUS"),
    ("The talks in Britain ended without a deal.", "United Kingdom", "GBR"),
    ("In Russia, officials said the vote went well.", "Russia", "RUS"),
])
def test_actors28_an_acting_capital_or_a_country_named_as_a_venue_stays(pipeline: Pipeline, text: str, name: str,
                                                                       code: str) -> None:
    assert _actors(pipeline, text)[name][0] == code


# --- athletes of a national team ------------------------------------------------------------------------------------

TEAM = ("The Kenyan team dominated the distance races this week.\n\n"
        "Grace Wanjiru won gold in the 10,000 metres. Her teammate Mary Achieng took silver, and she said the "
        "crowd had been wonderful.")


@pytest.mark.parametrize("name", ["Grace Wanjiru", "Mary Achieng"])
def test_actors28_athletes_take_their_national_team(pipeline: Pipeline, name: str) -> None:
    assert _actors(pipeline, TEAM)[name][0] == "KEN"


def test_actors28_two_national_teams_give_no_athlete_a_country(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "The Kenyan team and the Ethiopian team fought hard.\n\nGrace Wanjiru won gold.")
    assert actors["Grace Wanjiru"][0] is None


# --- smaller groups of the fresh batch -----------------------------------------------------------------------------

def test_actors28_a_minister_with_a_spelled_out_title_takes_the_article_country(pipeline: Pipeline) -> None:
    text = ("Germany has cut its energy subsidies. Berlin says Germany cannot pay for them.\n\n"
            "The plan is wrong, Minister for Economic Affairs and Climate Action Robert Hauser said.")
    assert _actors(pipeline, text)["Robert Hauser"][0] == "DEU"


def test_actors28_a_virus_and_the_acronym_of_a_disease_are_no_actors(pipeline: Pipeline) -> None:
    text = ("The Marburg virus spread fast in the valley. Doctors fear Marburg virus disease (MVD) will reach the "
            "capital within weeks.")
    assert not {"Marburg", "MVD"} & set(_actors(pipeline, text))


def test_actors28_usaid_is_american(pipeline: Pipeline) -> None:
    assert _actors(pipeline, "The programme was paid for by USAID, its critics said.")["USAID"][0] == "USA"


# --- the fresh batch of real articles -----------------------------------------------------------------------------

def test_actors28_fresh_gold_is_well_formed() -> None:
    items = [json.loads(line) for line in FRESH_GOLD_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(items) == 10
    earlier = {json.loads(line)["path"] for path in REAL_GOLD_FILE.parent.glob("*.jsonl")
               if path.name.startswith(("actors_real", "sources_real26")) and path != FRESH_GOLD_FILE
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert not earlier & {item["path"] for item in items}
    for item in items:
        assert "text" not in item
        for actor in item["actors"]:
            assert actor["mentions"] and (actor["code"] is None or len(actor["code"]) == 3)


@pytest.mark.skipif(not (SHARED_DIR / "data" / "semeval2025_task10").is_dir(), reason="../shared absent")
def test_actors28_fresh_real_articles_score() -> None:
    scores = score_actors(read_real_gold(FRESH_GOLD_FILE), whole_words=True)
    assert scores.precision >= 0.69
    assert scores.recall >= 0.72
