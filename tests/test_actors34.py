"""Actors on real articles (round 34, branch ``actors34``): products and operating systems, border crossings, photo
credits, a congressional committee with no country, visitors named by where they stand ("citizens in X"), and two
dictionary rows (George Soros, Homeland Security Investigations).

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

FRESH_GOLD_FILE = REAL_GOLD_FILE.with_name("actors_real34.jsonl")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


# --- products ------------------------------------------------------------------------------------------------------

def test_actors34_phones_and_operating_systems_are_no_actors(pipeline: Pipeline) -> None:
    text = ("Shoppers in Lima queued overnight to buy iPhones. Android is cheaper, and Google said it would keep "
            "updating Android for five more years.")
    actors = _actors(pipeline, text)
    surfaces = _surfaces(actors)
    assert "iPhones" not in surfaces and "Android" not in surfaces
    assert "Google" in actors  # the maker stays


def test_actors34_a_brand_before_a_model_code_is_a_product(pipeline: Pipeline) -> None:
    text = "The farmer drove a Ford F150 pickup to the market in Leeds. Toyota said its sales rose in March."
    actors = _actors(pipeline, text)
    assert "Ford" not in _surfaces(actors)
    assert "Toyota" in actors


# --- places the tagger takes for bodies --------------------------------------------------------------------------

def test_actors34_a_border_crossing_is_a_place(pipeline: Pipeline) -> None:
    text = "Border officers at the Mariposa Crossing yesterday afternoon stopped a stolen van headed south."
    assert "Mariposa Crossing" not in _surfaces(_actors(pipeline, text))


def test_actors34_a_photo_credit_is_furniture(pipeline: Pipeline) -> None:
    text = ("The minister spoke to farmers in Kaduna on Friday. Photo: Ada Obi/ Reuters. The ministry said "
            "fertiliser prices would fall.")
    surfaces = _surfaces(_actors(pipeline, text))
    assert "Ada Obi" not in surfaces and "Reuters" not in surfaces


def test_actors34_an_agency_that_speaks_stays(pipeline: Pipeline) -> None:
    text = "Reuters said on Monday that the mine in Peru had closed after a strike."
    assert "Reuters" in _surfaces(_actors(pipeline, text))


def test_actors34_a_dateline_credit_of_two_outlets_is_no_photo_credit() -> None:
    from spinscope.components.actors import Mention, _photo_credit

    text = "DAYTON, OH (WXYZ/AP) — Police in Dayton arrested a man after a chase. Photo: Li Wei/ AFP"
    both = text.index("WXYZ/AP")
    station = Mention(both, both + 4, ("WXYZ", None, None), "ner", ner_type="organization")
    joined = Mention(both, both + 7, ("WXYZ/AP", None, None), "ner", ner_type="organization")
    person = text.index("Li Wei")
    credit = Mention(person, person + 6, ("Li Wei", None, None), "ner", ner_type="person")
    assert not _photo_credit(text, station) and not _photo_credit(text, joined)
    assert _photo_credit(text, credit)


# --- a congressional committee -----------------------------------------------------------------------------------

def test_actors34_a_house_committee_is_american(pipeline: Pipeline) -> None:
    text = ("The US asked Japan to tighten export rules. The House Energy and Commerce Committee will question "
            "two chip makers on Thursday, its chairman said.")
    assert _codes_of(_actors(pipeline, text), "House Energy and Commerce Committee") == {"USA"}


def test_actors34_a_house_of_commons_committee_is_not_american(pipeline: Pipeline) -> None:
    text = ("The US asked Britain to tighten export rules. The House of Commons Business Committee will question "
            "two chip makers on Thursday.")
    assert "USA" not in _codes_of(_actors(pipeline, text), "House of Commons Business Committee")


# --- visitors ------------------------------------------------------------------------------------------------------

def test_actors34_citizens_in_a_country_are_not_its_people(pipeline: Pipeline) -> None:
    text = "Canada warned its citizens in Peru to avoid the protests. Tourists in Lisbon were told to stay indoors."
    actors = _actors(pipeline, text)
    assert not any(a.endswith("(civilians)") for a in actors), actors
    assert "Canada" in actors


def test_actors34_rebels_in_a_country_stay_its_rebels(pipeline: Pipeline) -> None:
    text = "Rebels in Chad attacked a garrison town on Sunday. Citizens of Peru voted in large numbers."
    codes = {code for _, code, _ in _actors(pipeline, text).values()}
    assert "TCD" in codes and "PER" in codes


# --- dictionary rows -----------------------------------------------------------------------------------------------

def test_actors34_george_soros_is_american(pipeline: Pipeline) -> None:
    text = "Donations came from George Soros and his foundation."
    assert _codes_of(_actors(pipeline, text), "George Soros") == {"USA"}


# --- the fresh batch ----------------------------------------------------------------------------------------------

def test_actors34_fresh_batch_score() -> None:
    if not (SHARED_DIR / "data").is_dir():
        pytest.skip("shared data not available")
    scores = score_actors(read_real_gold(FRESH_GOLD_FILE), whole_words=True)
    assert scores.precision >= 0.7 and scores.recall >= 0.65  # base: 0.565 / 0.611 (never seen)
