"""Actors on real articles (round 35, branch ``actors35``): a city's colon dateline, platforms listed as channels,
runs of a title-case headline taken for names, a bare "Army" of a country the article names, groups of countries
named by region, RT (a Russian state outlet) and the officers of EU delegations.

Every sentence here is written for these tests. The real-article score reads the articles from ``../shared`` and
skips without it.
"""

from __future__ import annotations

import pytest

from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from spinscope.training.actor_eval import REAL_GOLD_FILE, SHARED_DIR, read_real_gold, score_actors
from tests.actor_findings import actors_of as _actors
from tests.actor_findings import codes_of as _codes_of
from tests.actor_findings import surfaces as _surfaces

FRESH_GOLD_FILE = REAL_GOLD_FILE.with_name("actors_real35.jsonl")

PARAGRAPH = ("the vote in Kenya, rival campaigns have flooded the country with rumours about candidates, and "
             "observers say the flood is growing every week.")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


# --- datelines and channels ----------------------------------------------------------------------------------------

def test_actors35_a_city_before_a_colon_opening_a_paragraph_is_a_dateline(pipeline: Pipeline) -> None:
    text = "Rumours swamp a tight race\n\nNew Delhi: Ahead of " + PARAGRAPH
    actors = _actors(pipeline, text)
    assert "New Delhi" not in _surfaces(actors)
    assert _codes_of(actors, "Kenya") == {"KEN"}


def test_actors35_a_short_headline_with_a_city_and_a_colon_keeps_the_city(pipeline: Pipeline) -> None:
    text = "Moscow: We Will Answer\n\nThe foreign ministry said it would answer the new sanctions."
    assert "Moscow" in _surfaces(_actors(pipeline, text))


def test_actors35_platforms_listed_after_social_media_networks_are_channels(pipeline: Pipeline) -> None:
    text = ("Before " + PARAGRAPH + " False claims spread fast on social media networks like Facebook, TikTok and "
            "WhatsApp during the campaign.")
    surfaces = _surfaces(_actors(pipeline, text))
    assert not {"Facebook", "TikTok", "WhatsApp"} & set(surfaces.split(" | "))


def test_actors35_a_platform_that_acts_stays(pipeline: Pipeline) -> None:
    text = "Facebook said on Monday that it had removed two hundred fake accounts run from abroad."
    assert "Facebook" in _surfaces(_actors(pipeline, text))


# --- headlines -----------------------------------------------------------------------------------------------------

def test_actors35_runs_of_a_title_case_headline_are_no_names(pipeline: Pipeline) -> None:
    headline = "Exposed: FBI Hiding Coup In Kyiv! Dirty Tricks Continue As UN Meet In Geneva!"
    # the raw documents repeat their title as the body's first line
    text = headline + "\n\n " + headline + "\n\nA blogger says the FBI kept the files about the plot from the public."
    surfaces = _surfaces(_actors(pipeline, text))
    assert "FBI Hiding" not in surfaces and "Dirty Tricks Continue" not in surfaces
    assert "FBI" in surfaces  # the agency stays, found where the article writes it


# --- codes ---------------------------------------------------------------------------------------------------------

def test_actors35_a_bare_army_is_the_army_the_article_names(pipeline: Pipeline) -> None:
    text = ("Top General Warns Of A Long Fight\n\nThe new head of the British Army said soldiers must be ready to "
            "face the Russian army in Europe. He took command of the Army on Monday.")
    assert _codes_of(_actors(pipeline, text), "Army") == {"GBR"}


def test_actors35_countries_named_by_their_region_have_no_code(pipeline: Pipeline) -> None:
    text = "Moscow hosted talks with diplomats from Central American countries on Tuesday."
    assert _codes_of(_actors(pipeline, text), "Central American countries") == {None}


def test_actors35_rt_is_a_russian_state_outlet(pipeline: Pipeline) -> None:
    text = "A report from RT said the convoy had crossed the river at dawn."
    assert _codes_of(_actors(pipeline, text), "RT") == {"RUS"}


def test_actors35_a_retweet_mark_is_not_rt(pipeline: Pipeline) -> None:
    text = "Farmers blocked the road again today. RT @fieldnews: the blockade is now in its third day."
    assert "RT" not in _surfaces(_actors(pipeline, text)).split(" | ")


def test_actors35_an_eu_delegation_head_speaks_for_the_eu(pipeline: Pipeline) -> None:
    text = ("The head of the EU delegation to Ghana, Irene Mortensen, met President Kofi Mensah in Accra on Friday. "
            "Mortensen said trade would grow.")
    assert _codes_of(_actors(pipeline, text), "Irene Mortensen") == {"IGO"}


def test_actors35_a_host_minister_who_meets_the_eu_delegation_stays_the_hosts(pipeline: Pipeline) -> None:
    text = "The Ghanaian trade minister, Kojo Asante, met the EU delegation in Accra on Friday."
    assert _codes_of(_actors(pipeline, text), "Kojo Asante") == {"GHA"}

# --- the fresh batch -----------------------------------------------------------------------------------------------

def test_actors35_fresh_batch_score() -> None:
    if not (SHARED_DIR / "data").is_dir():
        pytest.skip("shared data not available")
    scores = score_actors(read_real_gold(FRESH_GOLD_FILE), whole_words=True)
    assert scores.precision >= 0.9 and scores.recall >= 0.95  # base: 0.804 / 1.000 (never seen)
