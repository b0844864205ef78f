"""Actors and codes from the lead's reading (round 42, branch ``actors42``): "Georgia" the US state in a story set
in the United States, a department named by its charges without commas, religious honorifics, a county and a quoted
account name read as persons, a government's title giving its code, a title only the US has, a state's postal
abbreviation, and a known person's lone surname typed a body.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.components.actors import Mention, _actors42, _georgia_us_story_42, _ner_actors_42
from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of as _actors


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def _full(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))
    return [(a.name, a.type, a.code, a.country) for a in doc.actors]


CAMP = ("Deputies in New Mexico found eleven hungry children at a desert camp on Friday. The FBI had been watching "
        "the site for weeks. Two men from Georgia were arrested at the camp. A Georgia Detective had asked the county "
        "sheriff for help after a boy vanished from his mother's home in Clayton County, Georgia. The state's NM "
        "Children Youth and Families Department took custody of the children.")


def test_actors42_georgia_the_state_in_a_us_story(pipeline: Pipeline) -> None:
    found = _full(pipeline, CAMP)
    assert not any(code == "GEO" or country == "GEO" or (code or "").startswith("GEO") for _, _, code, country in found)
    assert any(name == "FBI" and country == "USA" for name, _, _, country in found)


def test_actors42_georgia_the_country_stays(pipeline: Pipeline) -> None:
    text = ("Crowds filled the avenues of Tbilisi on Sunday. Georgia's parliament passed the bill anyway. A county "
            "official in Kutaisi said Georgia would not give in to pressure from the FBI or Ohio lobbyists.")
    assert any(country == "GEO" for _, _, _, country in _full(pipeline, text))
    assert not _georgia_us_story_42(text)


def test_actors42_georgia_by_american_signs() -> None:
    assert _georgia_us_story_42("A boy went missing in Jonesboro County, Georgia, last winter.")
    assert _georgia_us_story_42("The men drove from Georgia to New Mexico. The FBI and a sheriff found them.")
    assert not _georgia_us_story_42("The men drove from Georgia to Armenia on Tuesday with the FBI watching.")
    assert not _georgia_us_story_42("Georgia beat Ohio in the final.")  # two signs are too few


def test_actors42_department_named_by_charges_is_one_body(pipeline: Pipeline) -> None:
    found = _actors(pipeline, CAMP)
    assert "NM Children Youth and Families Department" in found
    assert "Families Department" not in found


def test_actors42_religious_honorifics_are_persons(pipeline: Pipeline) -> None:
    found = _actors(pipeline, "Shaykh Omar Qaderi gave the sermon. Sheikh Tamim Rahal and Imam Yusuf Barre spoke "
                              "after him.")
    assert found["Tamim Rahal"][0] == "person" and found["Yusuf Barre"][0] == "person"
    assert not any(kind == "organization" for kind, _, _ in found.values())
    text = "Pastor Glenn Ashby led the march."
    m = Mention(0, 18, ("Pastor Glenn Ashby", None, None), "ner", ner_type="organization")
    (out,) = _ner_actors_42(text, [m])
    assert (text[out.start:out.end], out.ner_type) == ("Glenn Ashby", "person")


def test_actors42_county_and_quoted_account_name(pipeline: Pipeline) -> None:
    found = _actors(pipeline, "A veteran firefighter for Nottinghamshire said the fire spread fast. The account "
                              "\u201cJono Booth\u201d shared the video.")
    assert "Nottinghamshire" not in found
    assert found["Jono Booth"][0] == "person" and "Jono" not in found


def test_actors42_postal_abbreviation_is_no_body() -> None:
    text = "The FBI said NM had asked for help."
    m = Mention(13, 15, ("NM", None, None), "ner", ner_type="organization")
    assert _ner_actors_42(text, [m]) == []
    text = "The band NM played in Oslo."  # no American sign: left alone
    m = Mention(9, 11, ("NM", None, None), "ner", ner_type="organization")
    assert len(_ner_actors_42(text, [m])) == 1


def test_actors42_government_title_gives_the_government_code(pipeline: Pipeline) -> None:
    found = _full(pipeline, "Dutch Prime Minister Pieter van Loon met the king on Monday. He said the talks went well.")
    assert ("Pieter van Loon", "person", "NLDGOV", "NLD") in found


def test_actors42_special_counsel_is_american(pipeline: Pipeline) -> None:
    found = _full(pipeline, "Special counsel Hal Dreyer declined to comment on the report.")
    assert ("Hal Dreyer", "person", None, "USA") in found


def test_actors42_lone_surname_typed_a_body_is_the_person() -> None:
    text = "Jeff Sessions spoke in Ohio. Sessions wants tougher sentences."
    person = Mention(0, 13, ("Jeff Sessions", "USAGOV", "USA"), "ner", ner_type="person")
    body = Mention(29, 37, ("Sessions", None, None), "ner", ner_type="group")
    _actors42(text, [person, body])
    assert body.key == ("Jeff Sessions", "USAGOV", "USA") and body.ner_type == "person"
    other = Mention(39, 47, ("Sessions", None, None), "ner", ner_type="group")
    _actors42("Jeff Sessions and Mary Sessions spoke. Sessions wants tougher sentences.",
              [Mention(0, 13, ("Jeff Sessions", None, "USA"), "ner", ner_type="person"),
               Mention(18, 31, ("Mary Sessions", None, "USA"), "ner", ner_type="person"),
               other])
    assert other.key == ("Sessions", None, None)  # two persons of that surname: left alone


def test_actors42_groups_by_domain_and_party_name(pipeline: Pipeline) -> None:
    found = _full(pipeline, "The activist group MoveOn.org issued a statement on Friday. Britain First's deputy leader "
                            "was jailed last year.")
    assert ("MoveOn.org", "organization", None, None) in found
    assert any(name == "Britain First" and kind == "organization" for name, kind, _, _ in found)
    found = _full(pipeline, "The minister said he would always put Britain first in the talks.")
    assert not any(name == "Britain First" for name, _, _, _ in found)
