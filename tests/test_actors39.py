"""Actors on PTC articles (round 39, branch ``actors39``): site furniture (a credit line with the agency first, a
credit after a copyright sign, a newsletter plug), the star "the Sun", ICE and INS in capitals, the Justice
Department's three names, a committee chair's country, tagged names that are no bodies (a camp, a shouted word, a
law, a region, a craft, initials of a lower-case name, a brand's plural), a conference of members, and "the army"
/ "the police" of an article's one country.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of as _actors
from tests.actor_findings import codes_of as _codes_of
from tests.actor_findings import surfaces as _surfaces

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def test_actors39_credit_line_with_the_agency_first(pipeline: Pipeline) -> None:
    text = ("Rescue workers walk past the burned bakery on Main Street, May 3, 2019.\nREUTERS/Jane Miller\n"
            "Firefighters said the blaze started at night.\nThe owner said he would rebuild the shop.")
    assert "REUTERS" not in _surfaces(_actors(pipeline, text))


def test_actors39_credit_after_a_copyright_sign(pipeline: Pipeline) -> None:
    text = "The telescope sent back a new photo.\n© Press Release The photo taken by the probe.\nNASA said it works."
    found = _actors(pipeline, text)
    assert "Press Release" not in _surfaces(found)
    assert _codes_of(found, "NASA") == {"USA"}  # guard: the article's own body stays


def test_actors39_newsletter_plug(pipeline: Pipeline) -> None:
    text = ("The mayors voted for new rules on Tuesday.\nSign up for CAPITOL Brief to receive our top stories each "
            "day in your inbox.\nThe mayors met again later.")
    assert "CAPITOL" not in _surfaces(_actors(pipeline, text))


def test_actors39_the_star_is_no_newspaper(pipeline: Pipeline) -> None:
    star = _actors(pipeline, "After the fly-by, the probe went on far from the Sun and the planets.")
    assert "The Sun" not in star
    paper = _actors(pipeline, "The minister resigned on Friday, according to the Sun, which saw the letter.")
    assert "The Sun" in paper  # guard: "according to the Sun" is the newspaper


def test_actors39_ice_and_ins_in_capitals(pipeline: Pipeline) -> None:
    text = ("Agents from ICE arrested twelve workers at a farm on Tuesday. ICE raids have grown since spring, the "
            "sheriff said. Farmers blamed INS inspections years ago.")
    found = _actors(pipeline, text)
    assert _codes_of(found, "ICE") == {"USA"} and _codes_of(found, "INS") == {"USA"}
    cold = _actors(pipeline, "Ice covered the road, and the ice broke the pipes. The warship INS Vikrant sailed.")
    assert "Immigration and Customs Enforcement" not in cold and "Immigration and Naturalization Service" not in cold


def test_actors39_justice_department_is_one_actor(pipeline: Pipeline) -> None:
    text = ("The Justice Department opened an inquiry into the senator on Monday. A spokesman for the Department "
            "of Justice declined to comment, and the DOJ said nothing more.")
    found = _actors(pipeline, text)
    assert found["Department of Justice"][1] == "USA"
    assert set(found["Department of Justice"][2]) == {"Justice Department", "Department of Justice", "DOJ"}


def test_actors39_committee_chair_takes_the_committee_country(pipeline: Pipeline) -> None:
    text = ("Judiciary Committee chairman Bob Lessing said the hearing would go ahead. Lessing, a Republican, "
            "accused the White House of stalling.")
    assert _codes_of(_actors(pipeline, text), "Bob Lessing") == {"USA"}


@pytest.mark.parametrize(("text", "surface"), [
    ("Thousands of prisoners were killed at Birkenau in 1944, the historian wrote.", "Birkenau"),
    ("The vaccine plan is a SCAM, the senator shouted at the crowd.", "SCAM"),
    ("Supporters said Red Flag Laws save lives in every city.", "Red Flag Laws"),
    ("The Kuiper Belt is full of comets, the astronomer said.", "Kuiper Belt"),
    ("The Dawn Rider spacecraft sent home a picture. Later, Dawn Rider passed Saturn.", "Dawn Rider"),
    ("The probe photographed several icy rocks (IRBs) last month. One IRB looked red.", "IRB"),
    ("Owners of Teslas complained about the cold. Two Teslas caught fire last week.", "Teslas"),
])
def test_actors39_tagged_names_that_are_no_bodies(pipeline: Pipeline, text: str, surface: str) -> None:
    assert surface not in _surfaces(_actors(pipeline, text))


def test_actors39_a_conference_of_members_is_a_body(pipeline: Pipeline) -> None:
    text = "The U.S. Conference of Mayors passed a resolution on guns at its meeting this week."
    assert "U.S. Conference of Mayors" in _surfaces(_actors(pipeline, text))


def test_actors39_the_army_and_the_police_of_the_article_country(pipeline: Pipeline) -> None:
    text = ("Protesters in Cairo faced the army on Friday. Egypt's government said the police had arrested fifty "
            "people, and the army closed the square. Egypt's president spoke later.")
    found = _actors(pipeline, text)
    assert _codes_of(found, "the army") == {"EGY"} and _codes_of(found, "the police") == {"EGY"}
    mixed = ("Egypt and Libya talked on Friday. Libya said the army was ready. Egypt said the police were ready. "
             "Libya and Egypt will meet again.")
    assert "the army" not in _surfaces(_actors(pipeline, mixed))  # guard: no one country


@pytest.mark.skipif(not (SHARED / "data" / "ptc_semeval2020_task11").is_dir(), reason="needs ../shared")
def test_actors39_fresh_gold_development_part() -> None:
    scores = actor_eval.score_actors(actor_eval.read_real_gold(ROOT / "tests" / "gold" / "actors_real39.jsonl", SHARED),
                                     whole_words=True)
    assert scores.precision >= 0.75 and scores.recall >= 0.85
