"""Actors on real articles (round 31, branch ``actors31``): an acronym defined after a possessive, an officer of an
international body in apposition, a person who heads a body of a country, persons in apposition to a country's
plural noun, a government's offices with no country, a photo-credit line's country as no antecedent of "the
country", a named day, a place named before "province", and a headline's pronoun and verb taken into a person's
name.

Every sentence here is written for these tests. The real-article score reads the articles from ``../shared`` and
skips without it.
"""

from __future__ import annotations

import pytest

from spinscope.components.actors import _ner_junk, _ner_mentions
from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline
from spinscope.predict import actor_code
from spinscope.result import Actor, Span
from spinscope.training import actor_eval
from spinscope.training.actor_eval import REAL_GOLD_FILE, SHARED_DIR, read_real_gold, score_actors

FRESH_GOLD_FILE = REAL_GOLD_FILE.with_name("actors_real31.jsonl")


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


# --- an acronym after a possessive, an officer of an international body -------------------------------------------

def test_actors31_an_acronym_defined_after_a_possessive_is_the_body(pipeline: Pipeline) -> None:
    text = ("Officials from the World Health Organization's (WHO) office in Geneva arrived on Monday. "
            "WHO will send two more teams next week, a spokesman said.")
    assert _codes_of(_actors(pipeline, text), "WHO") == {"IGO"}


def test_actors31_an_officer_of_an_international_body_in_apposition(pipeline: Pipeline) -> None:
    text = ("\"The teams are ready,\" said Dr. Ayodele Kwarteng, the World Health Organization's (WHO) chief "
            "officer for West Africa, after the meeting. Kwarteng said more vaccines would come.")
    assert _codes_of(_actors(pipeline, text), "Ayodele Kwarteng") == {"IGO"}


# --- a person who heads a body of a country -----------------------------------------------------------------------

def test_actors31_a_person_who_heads_a_body_takes_its_country(pipeline: Pipeline) -> None:
    text = ("Professor Miriam Holloway, who heads the U.K. Food Standards Agency (FSA), warned on Tuesday that "
            "prices would climb. Holloway said the agency would publish its figures next month.")
    assert _codes_of(_actors(pipeline, text), "Miriam Holloway") == {"GBR"}


def test_actors31_a_person_who_writes_for_a_body_takes_no_country(pipeline: Pipeline) -> None:
    text = ("Professor Miriam Holloway, who writes for the U.K. Food Standards Agency (FSA), warned on Tuesday that "
            "prices would climb.")
    assert _codes_of(_actors(pipeline, text), "Miriam Holloway") == {None}


# --- persons in apposition to a country's plural noun --------------------------------------------------------------

def test_actors31_persons_in_apposition_to_a_countrys_plural_take_its_country(pipeline: Pipeline) -> None:
    text = "Officials barred two U.S. activists, Gordon Pike and Elias Varga, from entering Ireland last year."
    actors = _actors(pipeline, text)
    assert _codes_of(actors, "Gordon Pike") == {"USA"}
    assert _codes_of(actors, "Elias Varga") == {"USA"}


@pytest.mark.parametrize("text,code", [
    ("The ministry barred two Canadian street preachers, Gordon Pike and Elias Varga, from entering Ireland.", "CAN"),
    ("Two street preachers, Gordon Pike and Elias Varga, were barred from entering Ireland last year.", "IRL"),
    ("Gordon Pike joined the Irish police in 1990. After years of investigations of Russian oligarchs, Gordon Pike "
     "has now admitted that he broke the rules.", None),  # no count before "Russian": no apposition
])
def test_actors31_persons_after_a_demonym_or_no_country_keep_theirs(pipeline: Pipeline, text: str,
                                                                    code: str | None) -> None:
    assert _codes_of(_actors(pipeline, text), "Gordon Pike") == {code}


# --- a government's offices with no country ---------------------------------------------------------------------

@pytest.mark.parametrize("body", ["Foreign Office", "Civil Service"])
def test_actors31_a_governments_office_takes_the_articles_country(pipeline: Pipeline, body: str) -> None:
    text = ("Ministers in London met union leaders on Monday. British officials said the talks went well.\n\n"
            "A former Foreign Office minister said the Civil Service had misled the public about the figures.")
    assert _codes_of(_actors(pipeline, text), body) == {"GBR"}


def test_actors31_a_governments_office_in_an_article_with_no_country_has_none(pipeline: Pipeline) -> None:
    text = ("Ministers met union leaders on Monday.\n\n"
            "A former Foreign Office minister said the Civil Service had misled the public about the figures.")
    assert _codes_of(_actors(pipeline, text), "Civil Service") == {None}


# --- a country on a photo-credit line -----------------------------------------------------------------------------

def test_actors31_a_photo_credit_lines_country_is_no_antecedent(pipeline: Pipeline) -> None:
    text = ("Cholera Cases Rise in Malawi\n\nThe government of Malawi reported forty new cases on Friday.\n"
            "© AP Photo / Kofi Mensah Floods Leave Thousands Homeless in Mozambique\n"
            "The country's Health Ministry said most of the cases are in the south.")
    actors = _actors(pipeline, text)
    assert _codes_of(actors, "Health Ministry") == {"MWI"}
    assert "MOZ" not in _codes_of(actors, "the country")


def test_actors31_the_country_after_a_plain_sentence_stays_resolved(pipeline: Pipeline) -> None:
    text = ("Floods left thousands homeless in Mozambique on Sunday. "
            "The country's Health Ministry said most of the victims are in the north.")
    assert _codes_of(_actors(pipeline, text), "Health Ministry") == {"MOZ"}


# --- a named day, a place before "province" -----------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Armed Forces Day", "Remembrance Day", "Veterans Day"])
def test_actors31_a_named_day_is_no_body(name: str) -> None:
    assert _ner_junk(name, "organization")


def test_actors31_a_person_named_day_stays() -> None:
    assert not _ner_junk("Doris Day", "person")


def test_actors31_a_multi_word_place_before_province_is_no_person(pipeline: Pipeline) -> None:
    text = ("The first outbreak was reported in the remote Haut Lomami province in 2019. "
            "Health workers reached the villages three days later.")
    assert "Haut Lomami" not in _surfaces(_actors(pipeline, text))


# --- a headline's pronoun subject and verb --------------------------------------------------------------------------

def _tagged_person(text: str, name: str, kind: str = "person") -> Actor:
    start = text.index(name)
    return Actor(name=name, type=kind, score=0.8, evidence="test",
                 mentions=[Span(start=start, end=start + len(name), label="PERSON", score=0.8, evidence="test")])


@pytest.mark.parametrize("kind", ["person", "organization"])
def test_actors31_a_headline_subject_and_verb_are_cut_from_a_name(kind: str) -> None:
    text = "Green Party: We Banned Tom Ellery, Now Let's Ban Everyone, Too\n\nThe writer was barred."
    found = _ner_mentions(text, [_tagged_person(text, "We Banned Tom Ellery", kind)], [])
    assert [text[m.start:m.end] for m in found] == ["Tom Ellery"]


@pytest.mark.parametrize("name,kind", [("He Jiankui", "person"), ("We Banned Ellery", "person"),
                                       ("We Are Family Foundation", "organization")])
def test_actors31_a_pronoun_like_name_or_one_word_left_stays(name: str, kind: str) -> None:
    text = f"Headline: {name} Speaks\n\nThe scientist was barred."
    found = _ner_mentions(text, [_tagged_person(text, name, kind)], [])
    assert [text[m.start:m.end] for m in found] == [name]


# --- the fresh batch ----------------------------------------------------------------------------------------------

def test_actors31_fresh_batch_score() -> None:
    if not (SHARED_DIR / "data").is_dir():
        pytest.skip("shared data not available")
    scores = score_actors(read_real_gold(FRESH_GOLD_FILE), whole_words=True)
    assert scores.precision >= 0.72 and scores.recall >= 0.82  # main: 0.651 / 0.771 (never seen)
