"""Actor junk on real articles (round 32b, branch ``actors32b``): a capital's name inside an institution's name,
concepts and technologies, weapon systems, diseases, crises and gatherings, deities, quoted headline words, a
chair's title kept in a name, "the Fed" joined to a regional bank, a province typed a people or a body, "South
America" as the United States and an American ancestry ("Irish-American") as a state.

Every sentence here is written for these tests. The real-article score reads the articles from ``../shared`` and
skips without it.
"""

from __future__ import annotations

import pytest

from spinscope.components.actors import Mention, _ner_junk, _quoted_title
from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline
from spinscope.predict import actor_code
from spinscope.training import actor_eval
from spinscope.training.actor_eval import REAL_GOLD_FILE, SHARED_DIR, read_real_gold, score_actors

FRESH_GOLD_FILE = REAL_GOLD_FILE.with_name("actors_real32b.jsonl")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def _actors(pipeline: Pipeline, text: str) -> dict[str, tuple[str | None, str, list[str]]]:
    """Non-location actors by name: (code, type, surfaces)."""
    doc = pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))
    return {a.name: (actor_code(a), a.type, [doc.text[m.start:m.end] for m in a.mentions])
            for a in doc.actors if a.type != "location"}


def _surfaces(actors: dict[str, tuple[str | None, str, list[str]]]) -> set[str]:
    return {s for _, _, surfaces in actors.values() for s in surfaces}


# --- a place inside an institution's name ---------------------------------------------------------------------------

def test_actors32b_a_capital_inside_a_university_name_is_no_country_agent(pipeline: Pipeline) -> None:
    text = ("Students at Georgetown University marched across the campus on Monday. The dean of Georgetown "
            "University said the march had been peaceful, and the United States said nothing.")
    actors = _actors(pipeline, text)
    assert "Georgetown University" in actors
    assert all(code != "GUY" for code, _, _ in actors.values())
    assert not any(name.startswith("Guyana") for name in actors)


def test_actors32b_the_country_named_elsewhere_keeps_its_university(pipeline: Pipeline) -> None:
    text = "Lecturers at Moscow State University signed a letter. Russia rejected the letter a day later."
    actors = _actors(pipeline, text)
    assert any(code == "RUS" and "Moscow State University" in surfaces for code, _, surfaces in actors.values())


# --- concepts, weapons, events and deities -------------------------------------------------------------------------

@pytest.mark.parametrize("text, junk", [
    ("Regulators said AI will reshape hiring within a decade, and Exxon agreed.", "AI"),
    ("Dealers said EV sales slowed in the spring, and Exxon agreed.", "EV"),
    ("The ministers said Net Zero targets were slipping, and Exxon agreed.", "Net Zero"),
    ("Since Covid arrived, shops on the high street have closed, Exxon said.", "Covid"),
    ("Campaigners said Air Quality had worsened near the school, and Exxon agreed.", "Air Quality"),
])
def test_actors32b_concepts_are_no_actors(pipeline: Pipeline, text: str, junk: str) -> None:
    surfaces = _surfaces(_actors(pipeline, text))
    assert "Exxon" in surfaces
    assert junk not in surfaces


@pytest.mark.parametrize("text, junk", [
    ("The army fired MANPADS at the helicopters over the ridge, Russia said.", "MANPADS"),
    ("Engineers tested the Future Infantry Combat Vehicle in the desert, Russia said.",
     "Future Infantry Combat Vehicle"),
    ("Pickup buyers waited for F-150 Lightnings all year, Russia said.", "F-150 Lightnings"),
])
def test_actors32b_weapons_and_models_are_no_actors(pipeline: Pipeline, text: str, junk: str) -> None:
    surfaces = _surfaces(_actors(pipeline, text))
    assert "Russia" in surfaces
    assert not any(junk in s for s in surfaces)


@pytest.mark.parametrize("text, junk", [
    ("The Cuban Missile Crisis shaped a generation of diplomats, the WHO said.", "Cuban Missile Crisis"),
    ("Delegates flew to the Pacific Climate Change Conference, the WHO said.", "Pacific Climate Change Conference"),
])
def test_actors32b_diseases_crises_and_gatherings_are_no_actors(pipeline: Pipeline, text: str, junk: str) -> None:
    surfaces = _surfaces(_actors(pipeline, text))
    assert "WHO" in surfaces
    assert not any(junk in s for s in surfaces)


def _tagged(text: str, name: str, kind: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), (name, None, None), "ner", ner_type=kind)


@pytest.mark.parametrize("name, kind", [("Jesus", "person"), ("Saviour", "group"), ("Igla-S", "organization"),
                                        ("Igla", "person"), ("Disease X", "person"), ("Money", "organization"),
                                        ("Borneo Forest Basins", "organization")])
def test_actors32b_named_non_actor_unit(name: str, kind: str) -> None:
    assert _ner_junk(name, kind)


@pytest.mark.parametrize("name, kind", [("Jesus Navas", "person"), ("Red Cross", "organization"),
                                        ("Alan Turing Institute", "organization"), ("G-20", "organization"),
                                        ("Tank Museum", "organization")])
def test_actors32b_actor_names_stay(name: str, kind: str) -> None:
    text = f"On Sunday {name} was in the news again."
    assert not _ner_junk(name, kind) and not _quoted_title(text, _tagged(text, name, kind))


def test_actors32b_a_quoted_headline_fragment_is_no_body() -> None:
    text = "The paper ran the words 'Utterly Invented, Brazen' across its front page."
    assert _quoted_title(text, _tagged(text, "Utterly Invented, Brazen", "organization"))


# --- titles, the Fed, provinces --------------------------------------------------------------------------------------

def test_actors32b_a_chair_title_leaves_the_name(pipeline: Pipeline) -> None:
    text = "Chair Tom Hartley said the committee would meet again. Hartley declined to say more."
    actors = _actors(pipeline, text)
    assert not any(name.startswith("Chair") for name in actors)
    assert actors["Tom Hartley"][2] == ["Tom Hartley", "Hartley"]


def test_actors32b_the_fed_is_the_federal_reserve_not_a_regional_bank(pipeline: Pipeline) -> None:
    text = ("The New York Fed published a survey of shoppers on Monday. The Fed chief told lawmakers that prices "
            "were cooling.")
    actors = _actors(pipeline, text)
    assert actors["New York Fed"][2] == ["New York Fed"]
    assert "Fed" in actors["Federal Reserve"][2]
    assert actors["Federal Reserve"][0] == "USA"


@pytest.mark.parametrize("text, code", [
    ("Students at Dhaka University marched across the campus on Monday.", "BGD"),
    ("Two American charities sent books to Baghdad University last spring.", "IRQ"),
])
def test_actors32b_a_capital_university_keeps_its_country(pipeline: Pipeline, text: str, code: str) -> None:
    actors = _actors(pipeline, text)
    assert any(c == code for c, _, _ in actors.values())


def test_actors32b_a_province_is_no_people(pipeline: Pipeline) -> None:
    text = "Floods swept through Punjab last week. Farmers in Punjab lost their wheat, officials said."
    actors = _actors(pipeline, text)
    assert "Punjab" not in actors


# --- the fresh batch ----------------------------------------------------------------------------------------------

def test_actors32b_fresh_batch_score() -> None:
    if not (SHARED_DIR / "data").is_dir():
        pytest.skip("shared data not available")
    scores = score_actors(read_real_gold(FRESH_GOLD_FILE), whole_words=True)
    assert scores.precision >= 0.56 and scores.recall >= 0.77  # main: 0.532 / 0.778 (never seen)


# --- continents and ancestries -------------------------------------------------------------------------------------

def test_actors32b_south_america_is_no_united_states(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "Rains returned to South America this week, Brazil said.")
    assert "Brazil" in actors
    assert "United States" not in actors


def test_actors32b_an_ancestry_names_no_state_but_two_states_affairs_do(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "An Irish-American senator visited Boston. Russian-American talks resumed on Friday.")
    assert "Ireland" not in actors
    assert "Russia" in actors
