"""Actors on real articles (round 33, branch ``actors33``): a people unknown to the tables before a noun of armed
action (with the country of its conflict), a platform named as where its users post, legislators, treasurers and
chambers with no country found (the article's country; a US party's word names the United States), a regulator's
short name, "the Greens" as a party several countries have, "Armageddon" as no person, outlets opening a sentence
before "reported", two names joined by a hyphen before a noun ("the Trump-Russia dossier") and a monarch called by
his given name.

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

FRESH_GOLD_FILE = REAL_GOLD_FILE.with_name("actors_real33.jsonl")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def _actors(pipeline: Pipeline, text: str) -> dict[str, tuple[str | None, list[str]]]:
    """Non-location actors by name: (code, surfaces)."""
    doc = pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))
    return {a.name: (actor_code(a), [doc.text[m.start:m.end] for m in a.mentions])
            for a in doc.actors if a.type != "location"}


def _codes_of(actors: dict[str, tuple[str | None, list[str]]], surface: str) -> set[str | None]:
    return {code for code, surfaces in actors.values() if surface in surfaces}


def _surfaces(actors: dict[str, tuple[str | None, list[str]]]) -> list[str]:
    return [s for _, surfaces in actors.values() for s in surfaces]


# --- armed peoples, platform users ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "code"), [
    # no country named: none
    ("Army units fought Tuareg rebels north of the river for a third day, the governor said.", None),
    ("Mali said its troops had repelled an attack by Tuareg rebels near a desert town.", "MLI"),
    # the country named as the place, not the foreign force named nearer
    ("French troops fought Tuareg rebels in northern Mali on Friday.", "MLI"),
    # else the first country named, the state they fight at home
    ("Malian and French soldiers launched a joint offensive against Tuareg rebels near Kidal.", "MLI"),
])
def test_actors33_a_people_before_rebels_is_a_group_actor(pipeline: Pipeline, text: str, code: str | None) -> None:
    actors = _actors(pipeline, text)
    assert _codes_of(actors, "Tuareg rebels") == {code}, actors


def test_actors33_a_known_country_before_rebels_stays_the_tables(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "Officials said Syrian rebels shelled a village on Sunday.")
    assert "Tuareg rebels" not in actors
    assert all(not s.endswith(" rebels") or code is not None for code, ss in actors.values() for s in ss), actors


@pytest.mark.parametrize("text", [
    "A Twitter user shared the clip late on Friday, and thousands watched it before noon.",
    "Several YouTube users copied the video within hours of the speech in Leeds.",
])
def test_actors33_a_platform_of_its_users_is_no_actor(pipeline: Pipeline, text: str) -> None:
    surfaces = _surfaces(_actors(pipeline, text))
    assert "Twitter" not in surfaces and "YouTube" not in surfaces, surfaces


def test_actors33_a_platform_that_acts_stays(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "Twitter said on Monday that it had suspended the account for spreading threats.")
    assert "Twitter" in _surfaces(actors), actors


# --- legislators, treasurers, chambers, regulators, the Greens -------------------------------------------------------

AUSTRALIAN = ("A pension bill goes to the Senate this month and lets funds delay their reports, campaigners "
              "say. Treasurer Mary Lang said the change was fair to savers. Greens senator Tom Wills said the delay "
              "was too long, and NT senator Ann Bligh asked for a review. The Greens want a shorter one. A fund paid "
              "$2 million in the first case brought by corporate enforcer FSRC. Australia has reformed pensions "
              "twice before.")


def test_actors33_legislators_and_treasurers_take_the_article_country(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, AUSTRALIAN)
    for surface in ("Tom Wills", "Ann Bligh"):
        assert _codes_of(actors, surface) == {"AUS"}, (surface, actors)
    assert {code for code, surfaces in actors.values() if any("Mary Lang" in s for s in surfaces)} == {"AUS"}, actors


def test_actors33_a_chamber_a_party_and_a_regulator_take_the_article_country(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, AUSTRALIAN)
    assert _codes_of(actors, "Senate") == {"AUS"}, actors
    assert _codes_of(actors, "Greens") == {"AUS"}, actors
    assert _codes_of(actors, "FSRC") == {"AUS"}, actors


def test_actors33_a_chamber_the_article_country_lacks_takes_none(pipeline: Pipeline) -> None:
    # Ukraine has no House of Representatives: the chamber keeps no country rather than Ukraine's
    text = ("Ukraine asked for more shells. A spending bill is stuck in the House of Representatives for now. "
            "Ukraine's army is rationing ammunition, and Ukraine's allies are worried.")
    assert "UKR" not in _codes_of(_actors(pipeline, text), "House of Representatives")


def test_actors33_a_us_party_senate_candidate_is_american(pipeline: Pipeline) -> None:
    text = "Republican Senate candidate Tom Barlow said the plan was weak. Ohio voters will decide in May."
    assert _codes_of(_actors(pipeline, text), "Tom Barlow") == {"USA"}


def test_actors33_no_country_named_leaves_a_senator_without_one(pipeline: Pipeline) -> None:
    # no country named: nothing to take, and no guess
    text = "Greens senator Tom Wills said the plan came too late for the savers of the region."
    assert _codes_of(_actors(pipeline, text), "Tom Wills") == {None}


def test_actors33_armageddon_is_no_person() -> None:
    assert _ner_junk("Armageddon", "person")
    assert not _ner_junk("Tom Barlow", "person")


# --- outlets before "reported", names joined by a hyphen, monarchs by their given name ------------------------------

def test_actors33_a_known_outlet_opening_a_sentence_before_reported(pipeline: Pipeline) -> None:
    actors = _actors(pipeline, "Axios reported that the budget talks had stalled, two aides said.")
    assert "Axios" in _surfaces(actors), actors


def test_actors33_an_unknown_outlet_opening_a_sentence_before_reported(pipeline: Pipeline) -> None:
    text = "The vote was delayed. Mediaite reported on Monday that the senator had quit. Tesla reported a loss."
    actors = _actors(pipeline, text)
    assert _codes_of(actors, "Mediaite") == {None}, actors
    doc = pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))
    types = {a.name: a.type for a in doc.actors}
    assert types.get("Mediaite") == "media", types
    assert types.get("Tesla") != "media", types  # a firm's accounts tell no news


def test_actors33_a_common_word_or_a_surname_before_reported_is_no_outlet(pipeline: Pipeline) -> None:
    text = "Police reported two arrests. John Kessler said the fire spread. Kessler reported it to the mayor."
    actors = _actors(pipeline, text)
    assert "Police" not in actors and "Kessler" not in actors, actors
    assert "Kessler" in _surfaces(actors)  # the surname stays with the full name


@pytest.mark.parametrize("text", [
    "The senator cited the Trump-Russia dossier again on Monday, and President Donald Trump denied it.",
    "Democrats kept pushing Trump-Russia collusion claims for two years, the columnist wrote.",
])
def test_actors33_two_names_joined_before_a_noun_are_no_actor(pipeline: Pipeline, text: str) -> None:
    assert not any("-" in s for s in _surfaces(_actors(pipeline, text)))


def test_actors33_a_double_barrelled_name_stays(pipeline: Pipeline) -> None:
    text = "The Andrew Lloyd-Webber musical opened in London, and Lloyd-Webber was there."
    assert "Andrew Lloyd-Webber" in _surfaces(_actors(pipeline, text))


def test_actors33_a_monarch_named_by_his_given_name_is_one_actor(pipeline: Pipeline) -> None:
    text = "On Monday, King Charles III gave a speech about the floods. Later, said Charles, the army would help."
    actors = _actors(pipeline, text)
    assert _codes_of(actors, "Charles") == {"GBR"}, actors


# --- the fresh batch ----------------------------------------------------------------------------------------------

def test_actors33_fresh_batch_score() -> None:
    if not (SHARED_DIR / "data").is_dir():
        pytest.skip("shared data not available")
    scores = score_actors(read_real_gold(FRESH_GOLD_FILE), whole_words=True)
    # main: 0.738 / 0.771 (never seen); round 45's collective "the mainstream media" (an actor by rounds 26-41's
    # convention, not listed in this gold's article) brought precision from 0.902 to 0.881
    assert scores.precision >= 0.88 and scores.recall >= 0.9
