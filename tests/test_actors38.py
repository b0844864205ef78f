"""US domestic actors (round 38, branch ``actors38``): "Georgia" the US state read from the whole article, a
reader-poll widget and a book's title as furniture, title abbreviations, postal codes, places, listed departments,
a committee's short name and a mayor's city taken for bodies, a party word glued to a surname, and named persons
of an American article with no country.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
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


GEORGIA_RACE = ("ATLANTA - Stacey Abrams, the Democratic candidate for governor of Georgia, said on Monday that "
                "Brian Kemp should step down as Secretary of State. Kemp, a Republican, runs the elections in "
                "Georgia. Officials in two counties said thousands of voters had been purged. Brian Kemp denied it.")


def test_actors38_georgia_the_state_by_the_article(pipeline: Pipeline) -> None:
    found = _actors(pipeline, GEORGIA_RACE)
    assert _codes_of(found, "Brian Kemp") == {"USA"}
    assert "GEO" not in {code for _, code, _ in found.values()}


def test_actors38_georgia_the_country_stays(pipeline: Pipeline) -> None:
    text = ("Georgia's government said on Monday that Russian troops had moved the border fence near Tbilisi. "
            "The governor of the region said two counties of farmland were cut off, and Georgia protested.")
    assert "GEO" in _codes_of(_actors(pipeline, text), "Georgia")


POLL = ("The county board met again on Tuesday. take our poll - story continues below\n"
        "Will Neil Gorsuch win a seat on the Supreme Court? * Yes, he will. No, he will not.\n"
        "Completing this poll grants you access to Liberty Gazette updates. You also accept the site's Privacy "
        "Policy and its Terms.\nThe board will vote next week.")


def test_actors38_a_reader_poll_is_furniture(pipeline: Pipeline) -> None:
    found = _surfaces(_actors(pipeline, POLL))
    assert "Will Neil" not in found and "Supreme Court" not in found and "Neil Gorsuch" not in found


def test_actors38_a_book_title_names_no_actors(pipeline: Pipeline) -> None:
    text = ("In my new book The Story of Conquest From Muhammad to ISIS, I show what the historians left out. "
            "Order The Story of Conquest From Muhammad to ISIS today.")
    found = _surfaces(_actors(pipeline, text))
    assert "ISIS" not in found and "Muhammad" not in found


def test_actors38_a_group_named_outside_a_title_stays(pipeline: Pipeline) -> None:
    text = "In a statement on Friday, ISIS claimed the attack on the checkpoint, the army said."
    assert "ISIS" in _surfaces(_actors(pipeline, text))


def test_actors38_junk_bodies_of_a_us_story(pipeline: Pipeline) -> None:
    text = ("TAOS, N.M. - Prosecutors charged Siraj Wahhaj on Monday. AG Wahhaj was held overnight, the NM court "
            "said. The ranch sits near Costilla Meadows. Children, Youth and Families Department officials took "
            "eleven children into care.")
    found = _actors(pipeline, text)
    names = _surfaces(found)
    for junk in ("AG", "Costilla Meadows", "Youth", "Families Department"):
        assert junk not in names.split(" | "), junk
    assert "FRA" not in {code for _, code, _ in found.values()}


def test_actors38_a_party_word_is_cut_from_a_surname(pipeline: Pipeline) -> None:
    text = ("Prosecutors in Taos charged the pair on Monday, the court said. Abrams Republican opponents objected to "
            "the count on Tuesday. Maria Lawrence-Hardy, a county clerk, said the filings were late.")
    assert "Abrams Republican" not in _surfaces(_actors(pipeline, text)).split(" | ")


def test_actors38_a_hyphenated_surname_names_no_city(pipeline: Pipeline) -> None:
    text = "Prosecutors in Taos charged the pair on Monday. Maria Lawrence-Hardy, a county clerk, said it was late."
    doc = pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))
    assert "Lawrence" not in {a.name for a in doc.actors}


def test_actors38_a_pair_of_places_stays(pipeline: Pipeline) -> None:
    text = "The Moscow-Kyiv talks stalled on Monday, and Moscow blamed Kyiv for the delay."
    doc = pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))
    assert {"RUS", "UKR"} <= {a.code for a in doc.actors}


def test_actors38_a_committee_and_a_mayor_city_are_no_bodies(pipeline: Pipeline) -> None:
    text = ("Oversight Chairman Trey Gowdy said the FBI had acted properly. The Democrat mayor of Oakland warned "
            "residents of the raids, and the Oakland mayor's office defended her.")
    names = _surfaces(_actors(pipeline, text)).split(" | ")
    assert "Oversight" not in names and "Oakland" not in names and "Democrat" in names


def test_actors38_persons_of_an_american_article_are_american(pipeline: Pipeline) -> None:
    text = ("The FBI and the Justice Department opened the inquiry last spring. The House leaders are Paul Ryan "
            "(Speaker of the House) and Kevin McCarthy (Majority Leader). The CIA declined to comment, and the FBI "
            "said nothing.")
    assert _codes_of(_actors(pipeline, text), "Kevin McCarthy") == {"USA"}


def test_actors38_a_foreign_national_in_an_american_article_is_not(pipeline: Pipeline) -> None:
    text = ("The FBI and the Justice Department said on Monday that ICE had acted. ICE removed a Guatemalan "
            "citizen, Rigo Aranda Peralta, who was wanted for murder. The CIA declined to comment.")
    assert "USA" not in _codes_of(_actors(pipeline, text), "Rigo Aranda Peralta")


@pytest.mark.skipif(not (SHARED / "data" / "semeval2023_task3").is_dir(), reason="needs ../shared")
def test_actors38_fresh_gold_development_part() -> None:
    scores = actor_eval.score_actors(actor_eval.read_real_gold(ROOT / "tests" / "gold" / "actors_real38.jsonl", SHARED),
                                     whole_words=True)
    assert scores.precision >= 0.85 and scores.recall >= 0.75
