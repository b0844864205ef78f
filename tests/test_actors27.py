"""Actors on real articles (round 27, branch ``actors27``): the error groups round 26 left and the fresh batch.

Every sentence here is written for these tests. The real-article scores read the articles from ``../shared``
and skip without it.
"""

from __future__ import annotations

import json

import pytest

from spinscope.components.actors import _ner_junk, _opening_headline
from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline
from spinscope.predict import actor_code
from spinscope.training import actor_eval
from spinscope.training.actor_eval import REAL_GOLD_FILE, SHARED_DIR, read_real_gold, score_actors

FRESH_GOLD_FILE = REAL_GOLD_FILE.with_name("actors_real27.jsonl")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def _actors(pipeline: Pipeline, text: str) -> dict[str, tuple[str | None, list[str]]]:
    """Non-location actors by name: (code, surfaces)."""
    doc = pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))
    return {a.name: (actor_code(a), [doc.text[m.start:m.end] for m in a.mentions])
            for a in doc.actors if a.type != "location"}


def _surfaces(actors: dict[str, tuple[str | None, list[str]]]) -> list[str]:
    return [s for _, surfaces in actors.values() for s in surfaces]


# --- a country's own ministries and committees in sentences that name no country -------------------------------

KENYA_FUEL = ("Kenya has cut fuel subsidies twice this year. Nairobi says Kenya cannot afford them.\n\n"
              "The Ministry of Energy and Petroleum announced new pump prices on Monday.\n\n"
              "The Pricing Review Committee will meet again in June, officials said.")


@pytest.mark.parametrize("name", ["Ministry of Energy and Petroleum", "Pricing Review Committee"])
def test_actors27_ministries_take_the_article_country(pipeline: Pipeline, name: str) -> None:
    assert _actors(pipeline, KENYA_FUEL)[name][0] == "KEN"


def test_actors27_a_ministry_takes_no_country_when_two_are_named_alike(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "Kenya and Uganda signed the pipeline deal.\n\n"
                               "The Ministry of Energy said it welcomed the decision.")
    assert actors["Ministry of Energy"][0] is None


def test_actors27_international_councils_take_no_home_country(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "Kenya has cut fuel subsidies. Nairobi says Kenya cannot afford them.\n\n"
                               "The International Grain Council published its forecast on Monday.")
    assert actors["International Grain Council"][0] != "KEN"


def test_actors27_a_reporting_outlet_gives_a_minister_no_country(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "Kenya reported new cholera cases.\n\n"
                               "The BBC reports that Health Minister Amos Kedi confirmed a case.")
    assert actors["Amos Kedi"][0] != "GBR"


def test_actors27_a_minister_with_no_country_near_takes_the_article_country(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "Kenya reported new cholera cases. Kenya has closed two markets.\n\n"
                               "The BBC reports that Health Minister Amos Kedi confirmed a case.")
    assert actors["Amos Kedi"][0] == "KEN"


def test_actors27_an_acronym_in_brackets_leaves_the_dictionary_name(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "The World Health Organization (WHO) said the outbreak in Chad was spreading.")
    assert actors["World Health Organization"][0] == "IGO"


def test_actors27_the_secret_service_is_american(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "Donald Trump spoke in Washington. The Secret Service closed the street.")
    assert actors["Secret Service"][0] == "USA"


def test_actors27_nepali_is_nepal(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "Nepali farmers queued for fertiliser in the hills for a second week.")
    assert any(code == "NPL" for code, _ in actors.values())


# --- US states and datelines are places, no actors --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tulsa, OK — The school board met late on Tuesday to settle the budget.",
    "DENVER, Colo. -- The city council voted on Tuesday to close the shelter.",
    "LONDON – The council voted on Tuesday to close the shelter.",
])
def test_actors27_datelines_are_no_actors(pipeline: Pipeline, text: str) -> None:
    assert _actors(pipeline, text) == {}


@pytest.mark.parametrize("text", [
    "Residents of Vermont and farmers in Ohio said the storm destroyed crops.",
    "An Arizona man was arrested after the chase, deputies said.",
    "My cousins still farm in New England, where the winters are long.",
])
def test_actors27_us_states_are_no_actors(pipeline: Pipeline, text: str) -> None:
    assert _actors(pipeline, text) == {}


def test_actors27_the_state_after_a_us_state_is_no_actor(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "Voters in Arizona waited for hours. The state counts its ballots slowly.")
    assert not any(s.lower() == "the state" for s in _surfaces(actors))


def test_actors27_names_with_a_state_and_the_capital_stay(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "Officials in Washington were told on Monday. The University of California and the "
                               "New York State Supreme Court answered.")
    surfaces = _surfaces(actors)
    assert "Washington" in surfaces
    assert any("University of California" in s for s in surfaces)
    assert any("New York State Supreme Court" in s for s in surfaces)


def test_actors27_a_dateline_country_after_the_town_stays(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "KYIV, Ukraine — Russian drones struck the city overnight.")
    assert actors["Ukraine"][0] == "UKR"
    assert actors["Russia"][0] == "RUS"


# --- NER junk: headline fragments and charges ---------------------------------------------------------------------

def test_actors27_a_first_line_headline_gives_no_actor(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "The Coming Coup\n\nThe budget is vast, and the senators who wrote it said nothing.")
    assert not any("Coup" in name for name in actors)


def test_actors27_a_name_in_the_headline_and_the_body_stays(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "Marta Kowalczyk Wins the Vote\n\nMarta Kowalczyk thanked her staff on Sunday.")
    assert any("Kowalczyk" in name for name in actors)


@pytest.mark.parametrize("line, headline", [
    ("The Coming Coup", True),
    ("Climate Crazies Fail in Attempt to Ruin Another Painting", True),
    ("The mayor said the budget was vast.", False),
    ("The mayor said the budget was vast and the council would meet again", False),
])
def test_actors27_opening_headline(line: str, headline: bool) -> None:
    assert _opening_headline(line) is headline


@pytest.mark.parametrize("name, ner_type", [("Manslaughter", "person"), ("FRAUD", "organization"),
                                            ("DUI", "organization")])
def test_actors27_charges_are_junk(name: str, ner_type: str) -> None:
    assert _ner_junk(name, ner_type)


def test_actors27_a_charge_is_no_person(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "The officer was arrested for Manslaughter on Monday, the department said.")
    assert "Manslaughter" not in actors


# --- an envoy is of the country that sends him ------------------------------------------------------------------

@pytest.mark.parametrize("text, name, code", [
    ("Russia's ambassador to Washington, Anatoly Antonov, said the sanctions would fail.", "Anatoly Antonov", "RUS"),
    ("The Chinese ambassador to the United States, Xie Feng, criticised the new tariffs.", "Xie Feng", "CHN"),
    ("Ghana's envoy to Nigeria, Kwame Mensah Boateng, met traders in Lagos.", "Kwame Mensah Boateng", "GHA"),
    ("Anatoly Antonov, Russia's ambassador to the United States, said the sanctions would fail.", "Anatoly Antonov",
     "RUS"),
])
def test_actors27_envoys_are_of_the_sending_country(pipeline: Pipeline, text: str, name: str, code: str) -> None:
    assert _actors(pipeline, text)[name][0] == code


# --- the fresh batch of real articles -----------------------------------------------------------------------------

def test_actors27_fresh_gold_is_well_formed() -> None:
    items = [json.loads(line) for line in FRESH_GOLD_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(items) == 12
    earlier = {json.loads(line)["path"] for name in ("actors_real.jsonl", "actors_real_heldout.jsonl")
               for line in REAL_GOLD_FILE.with_name(name).read_text(encoding="utf-8").splitlines() if line.strip()}
    assert not earlier & {item["path"] for item in items}
    for item in items:
        assert "text" not in item
        for actor in item["actors"]:
            assert actor["mentions"] and (actor["code"] is None or len(actor["code"]) == 3)


@pytest.mark.skipif(not (SHARED_DIR / "data" / "semeval2025_task10").is_dir(), reason="../shared absent")
def test_actors27_fresh_real_articles_score() -> None:
    scores = score_actors(read_real_gold(FRESH_GOLD_FILE), whole_words=True)
    assert scores.precision >= 0.72
    assert scores.recall >= 0.82
