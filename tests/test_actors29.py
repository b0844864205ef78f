"""Actors on real articles (round 29, branch ``actors29``): junk the tagger takes for actors, a dictionary hit inside
a longer name, collective villains, offices spelled out and military bases, letter signatures.

Every sentence here is written for these tests. The real-article score reads the articles from ``../shared`` and
skips without it.
"""

from __future__ import annotations

import pytest

from spinscope.components.actors import _ner_junk
from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline
from spinscope.predict import actor_code
from spinscope.training import actor_eval
from spinscope.training.actor_eval import REAL_GOLD_FILE, SHARED_DIR, read_real_gold, score_actors

FRESH_GOLD_FILE = REAL_GOLD_FILE.with_name("actors_real29.jsonl")


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


# --- junk: a common plural opening a sentence, faiths, "the Motherland" -------------------------------------------

def test_actors29_a_common_plural_opening_a_sentence_is_no_group(pipeline: Pipeline) -> None:
    text = ("The club has hooligans who fought rival fans for years.\n\n"
            "Hooligans were paid too, and now the club says it cannot control them.")
    assert "Hooligans" not in _surfaces(_actors(pipeline, text))


def test_actors29_a_group_named_inside_a_sentence_stays(pipeline: Pipeline) -> None:
    text = "The Democrats won the vote in the house, and the democrats of the town cheered."
    assert "Democrats" in _surfaces(_actors(pipeline, text))


@pytest.mark.parametrize("name,kind", [("Islam", "organization"), ("Shariah", "person"),
                                       ("Motherland", "organization"), ("Christianity", "organization")])
def test_actors29_faiths_and_the_motherland_are_no_names(name: str, kind: str) -> None:
    assert _ner_junk(name, kind)


@pytest.mark.parametrize("name,kind", [("Muslims", "group"), ("Christian Mendoza", "person"),
                                       ("Islamic Relief", "organization")])
def test_actors29_believers_and_names_with_faith_words_stay(name: str, kind: str) -> None:
    assert not _ner_junk(name, kind)


def test_actors29_one_believer_is_no_actor(pipeline: Pipeline) -> None:
    text = ("Police in Ohio named the driver on Friday. Neighbours said he had become a devout Muslim.\n\n"
            "The sheriff said that protecting the image of Islam mattered more to some officials than the public.")
    surfaces = _surfaces(_actors(pipeline, text))
    assert "Muslim" not in surfaces and "Islam" not in surfaces


def test_actors29_a_faith_before_a_noun_names_a_group(pipeline: Pipeline) -> None:
    text = "Hindu nationalists attacked a mosque in the Indian state of Gujarat, police said."
    assert any(s.startswith("Hindu") for s in _surfaces(_actors(pipeline, text)))


# --- an unnamed government in capitals ----------------------------------------------------------------------------

def test_actors29_the_capitalised_federal_government_is_no_actor_without_a_country(pipeline: Pipeline) -> None:
    text = ("Ghana sent forty nurses abroad last month.\n\n"
            "The director thanked the Federal Government for paying the fares.")
    assert "Federal Government" not in _actors(pipeline, text)


# --- a dictionary hit inside a longer name ------------------------------------------------------------------------

def test_actors29_donetsk_people_inside_the_republics_name_is_no_people(pipeline: Pipeline) -> None:
    text = "A commander said his men had fought for the Donetsk People's Republic since the spring."
    actors = _actors(pipeline, text)
    assert "Ukraine (people)" not in actors
    assert actors["Donetsk People's Republic"][0] == "UKR"


# --- collective villains ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("villain,name", [("the neocons", "Neocons"), ("the deep state", "Deep state"),
                                          ("the presstitutes", "Presstitutes")])
def test_actors29_collective_villains(pipeline: Pipeline, villain: str, name: str) -> None:
    text = f"The blogger wrote that {villain} had planned the whole affair from the start."
    assert name in _actors(pipeline, text)


def test_actors29_a_deep_state_of_shock_is_no_villain(pipeline: Pipeline) -> None:
    assert "Deep state" not in _actors(pipeline, "The mayor said the village was in a deep state of shock.")


# --- an office spelled out before the holder's name ---------------------------------------------------------------

def test_actors29_a_minister_of_a_department_in_apposition_takes_the_home_country(pipeline: Pipeline) -> None:
    text = ("Ghana trained forty nurses at home.\n\n"
            "The Minister of Health, Prof Kwame Adjei-Boateng said this at the send-off of the nurses to Britain in "
            "Accra on Friday.")
    actors = _actors(pipeline, text)
    name = next(n for n in actors if "Adjei-Boateng" in n)
    assert actors[name][0] == "GHA"


# --- military bases -----------------------------------------------------------------------------------------------

def test_actors29_an_air_force_base_is_a_body_of_the_article_country(pipeline: Pipeline) -> None:
    text = ("American investigators flew to the scene on Thursday, U.S. officials said.\n\n"
            "A truck rammed the gate of Halvorsen AFB on Wednesday and burned out.\n\n"
            "Halvorsen Air Force Base officials said nobody was hurt.")
    actors = _actors(pipeline, text)
    assert actors["Halvorsen AFB"][0] == "USA"
    assert actors["Halvorsen Air Force Base"][0] == "USA"


# --- letters to the editor: the signature line --------------------------------------------------------------------

def test_actors29_signature_lines() -> None:
    from spinscope.components.actors import _signs_letter  # new in round 29

    assert _signs_letter("Rosa Delgado", "Rosa Delgado, Elk Grove, Calif.")
    assert _signs_letter("Rosa Delgado", "Rosa Delgado, Laguna Beach")
    assert _signs_letter("Rosa Delgado", "Rosa Delgado.")
    assert not _signs_letter("Rosa Delgado", "Rosa Delgado, the Mayor Who Rebuilt Her Town After the Floods")


def test_actors29_a_letter_writer_signing_with_her_town_is_a_person(pipeline: Pipeline) -> None:
    text = ("Wind Power for the Coast\n\n"
            "To the editor: the state should build floating turbines before the decade is out.\n\n"
            "Rosa Delgado, Laguna Beach\n\n"
            "To the editor: the turbines would spoil the view from the pier, and the fishermen agree.\n\n"
            "Walter Brennan-Kowalski, Long Beach")
    actors = _actors(pipeline, text)
    assert "Rosa Delgado" in actors
    assert "Walter Brennan-Kowalski" in actors


# --- the fresh batch ----------------------------------------------------------------------------------------------

def test_actors29_fresh_batch_score() -> None:
    if not (SHARED_DIR / "data").is_dir():
        pytest.skip("shared data not available")
    scores = score_actors(read_real_gold(FRESH_GOLD_FILE), whole_words=True)
    assert scores.precision >= 0.80 and scores.recall >= 0.83  # main: 0.735 / 0.792 (never seen)
