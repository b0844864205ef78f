"""Actors on real articles (round 30, branch ``actors30``): common words opening a sentence, landforms and waters,
a platform named by page furniture, an officer in apposition to a state body, US cities, a quote taken into a
name, one believer, and dictionary rows (activist groups, a collective villain, an outlet).

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

FRESH_GOLD_FILE = REAL_GOLD_FILE.with_name("actors_real30.jsonl")


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


# --- a common word opening a sentence -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,word", [
    ("Time is running out for the talks in Vienna, the Iranian envoy said.", "Time"),
    ("Queues reached four miles on the motorway near Leeds, where the protesters sat.", "Queues"),
])
def test_actors30_a_common_word_opening_a_sentence_is_no_actor(pipeline: Pipeline, text: str, word: str) -> None:
    assert word not in _surfaces(_actors(pipeline, text))


def test_actors30_time_the_magazine_stays(pipeline: Pipeline) -> None:
    text = "Time magazine reported the resignation on Friday. The envoy told Time that he had been misled."
    assert "Time" in _surfaces(_actors(pipeline, text))


# --- landforms and waters -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,kind", [("Ardennes Forest", "organization"), ("Rio Grande Valley", "person"),
                                       ("Mojave Desert", "organization"), ("Caspian Sea", "group")])
def test_actors30_landforms_are_no_actors(name: str, kind: str) -> None:
    assert _ner_junk(name, kind)


@pytest.mark.parametrize("name,kind", [("Ricki Lake", "person"), ("Silicon Valley Bank", "organization"),
                                       ("Tennessee Valley Authority", "organization"), ("Valley", "person")])
def test_actors30_names_with_landform_words_stay(name: str, kind: str) -> None:
    assert not _ner_junk(name, kind)


def test_actors30_an_outlet_named_inside_an_ocean_is_no_outlet(pipeline: Pipeline) -> None:
    text = "The trawler sank in the Atlantic Ocean last week, and its crew of nine was rescued by a tanker."
    assert not any(name == "The Atlantic" for name in _actors(pipeline, text))


def test_actors30_the_outlet_stays(pipeline: Pipeline) -> None:
    text = "The Atlantic published a long essay on the trawler fleet last week."
    assert "The Atlantic" in _actors(pipeline, text)


# --- page furniture naming a platform -----------------------------------------------------------------------------

def test_actors30_follow_him_on_a_platform_is_furniture(pipeline: Pipeline) -> None:
    text = ("Dana Whitcombe is the director of Farm Watch and author of the bestseller The Hungry Field. Her new book "
            "is Harvest of Lies. Follow her on Twitter here. Like her on Facebook here.")
    surfaces = _surfaces(_actors(pipeline, text))
    assert "Twitter" not in surfaces and "Facebook" not in surfaces


# --- an officer in apposition to a state body ---------------------------------------------------------------------

def test_actors30_an_officer_in_apposition_takes_the_body_country(pipeline: Pipeline) -> None:
    text = ("Jordan Peel, FBI special agent in charge of the field office, said the driver acted alone.\n\n"
            "Peel might as well ask whether the German invasion of Poland had anything to do with mental health.")
    actors = _actors(pipeline, text)
    assert actors["Jordan Peel"][0] == "USA"


# --- US cities ----------------------------------------------------------------------------------------------------

def test_actors30_a_us_city_is_a_place_not_the_country(pipeline: Pipeline) -> None:
    text = "Thousands of nurses marched through Sacramento on Saturday to demand higher pay."
    assert "Sacramento" not in _surfaces(_actors(pipeline, text))


def test_actors30_washington_stays_the_country(pipeline: Pipeline) -> None:
    text = "Washington imposed new tariffs on steel from Brazil on Monday."
    assert ("United States" in _actors(pipeline, text)) and _actors(pipeline, text)["United States"][0] == "USA"


# --- a quote taken into a name ------------------------------------------------------------------------------------

def test_actors30_a_quote_is_no_part_of_a_name(pipeline: Pipeline) -> None:
    text = "Members of the 'Harbour Watch Collective' group chained themselves to the gates of the port."
    surfaces = _surfaces(_actors(pipeline, text))
    assert not any(s.startswith("'") for s in surfaces)


# --- one believer -------------------------------------------------------------------------------------------------

def test_actors30_one_believer_named_is_no_group(pipeline: Pipeline) -> None:
    text = ("A Muslim named Omar Haddad drove a truck into the gate. Critics say that when a Muslim drives into a "
            "base, the motive is no mystery.")
    assert "Muslim" not in _surfaces(_actors(pipeline, text))


def test_actors30_believers_before_a_noun_stay(pipeline: Pipeline) -> None:
    text = "Muslim rebels attacked the convoy, a Muslim cleric said on Sunday."
    assert "Muslim" in _surfaces(_actors(pipeline, text))


# --- dictionary rows ----------------------------------------------------------------------------------------------

def test_actors30_activist_groups_villains_and_an_outlet(pipeline: Pipeline) -> None:
    text = ("This week alone, Just Stop Oil has blocked three roads. European libs cheered, and the "
            "Letzte Generation group glued itself to a dinosaur. Read more at Free Beacon.")
    actors = _actors(pipeline, text)
    assert actors["Just Stop Oil"][0] == "GBR"
    assert actors["Last Generation"][0] == "DEU"
    assert "Libs" in actors
    assert "Washington Free Beacon" in actors


def test_actors30_the_last_generation_in_lowercase_is_no_group(pipeline: Pipeline) -> None:
    text = "The last generation of coal miners retired in 1990, the union said."
    assert "Last Generation" not in _actors(pipeline, text)


# --- the fresh batch ----------------------------------------------------------------------------------------------

def test_actors30_fresh_batch_score() -> None:
    if not (SHARED_DIR / "data").is_dir():
        pytest.skip("shared data not available")
    scores = score_actors(read_real_gold(FRESH_GOLD_FILE), whole_words=True)
    assert scores.precision >= 0.75 and scores.recall >= 0.88  # main: 0.677 / 0.837 (never seen)


# --- tournaments and a nation's noun for one person ---------------------------------------------------------------

@pytest.mark.parametrize("name", ["UEFA Euro", "Davis Cup", "Australian Open"])
def test_actors30_tournaments_are_no_actors(name: str) -> None:
    assert _ner_junk(name, "organization")


def test_actors30_a_company_named_games_stays() -> None:
    assert not _ner_junk("Epic Games", "organization")


def test_actors30_the_spaniard_is_a_person_of_the_story_not_spain(pipeline: Pipeline) -> None:
    text = "Javier Morales joined the club in June. The Spaniard scored twice in the final against Leeds."
    actors = _actors(pipeline, text)
    assert "Spaniard" not in _surfaces(actors)


def test_actors30_a_spaniard_without_the_still_names_spain(pipeline: Pipeline) -> None:
    text = "A Spaniard and a Frenchman were arrested in Lisbon on Tuesday."
    assert "Spaniard" in _surfaces(_actors(pipeline, text))


# --- a court of the article's country -----------------------------------------------------------------------------

def test_actors30_a_court_is_of_the_article_country(pipeline: Pipeline) -> None:
    text = ("Two climate protesters were charged after blocking a bridge in Britain on Monday, British police said.\n\n"
            "Both pleaded not guilty at Southwark Magistrates' Court on Tuesday.")
    actors = _actors(pipeline, text)
    assert actors["Southwark Magistrates' Court"][0] == "GBR"
