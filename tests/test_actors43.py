"""Actors on SemEval-2025 EN articles (round 43, branch ``actors43``): names on a line in another language, pipelines,
the platforms of a "follow us" line, a site's address after "found at", a university named in a person's title, a
Polish party the tagger splits, the CCP's country, outlets named by report cues, the pope by his office alone, and
a county prosecutor's country.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.components.actors import Mention, _actors43
from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of as _actors
from tests.actor_findings import codes_of, surfaces


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def test_actors43_names_on_a_polish_line_are_no_actors(pipeline: Pipeline) -> None:
    text = ("The ruling bloc posted a short clip on Monday evening.\n\n"
            "Nowa Ustawa Wiatrakowa to kolejny cios w rodziny, które ledwo wiążą koniec z końcem.\n\n"
            "Critics in Brussels said the clip misled voters about the new rules.")
    found = surfaces(_actors(pipeline, text))
    assert "Ustawa Wiatrakowa" not in found and "Nowa Ustawa Wiatrakowa" not in found


def test_actors43_a_pipeline_is_no_actor(pipeline: Pipeline) -> None:
    text = "When Nord Stream went quiet, Germany turned to Norway for its gas."
    found = _actors(pipeline, text)
    assert "Nord Stream" not in surfaces(found)
    assert "NOR" in codes_of(found, "Norway")


def test_actors43_an_airport_is_no_person(pipeline: Pipeline) -> None:
    text = ("The report says that apart from Gatwick, Leeds and Bristol, every smaller airport will have to shut by "
            "2031, and travellers will need to take the train.")
    assert "Gatwick" not in surfaces(_actors(pipeline, text))


def test_actors43_follow_us_list_platforms_are_furniture(pipeline: Pipeline) -> None:
    text = ("Share this story with your colleagues. Follow us on Facebook and Twitter, and join our "
            "Telegram channel for updates.\n\nThe senator told reporters in Ohio that the bill would pass "
            "before the recess.")
    found = surfaces(_actors(pipeline, text))
    assert "Twitter" not in found and "Facebook" not in found


def test_actors43_twitter_that_acts_stays(pipeline: Pipeline) -> None:
    text = "Twitter suspended the account of the group on Tuesday after a complaint from the French government."
    assert "Twitter" in surfaces(_actors(pipeline, text))


def test_actors43_site_address_after_found_at_is_a_link() -> None:
    # the tagger did not type the address on sentences of mine (it did on a development article): a built mention
    text = "Officials want every household to cut its heating bill. More on the plan can be found at Heating.news."
    start = text.index("Heating.news")
    site = Mention(start, start + len("Heating.news"), ("Heating.news", None, None), "ner", ner_type="organization")
    assert _actors43(text, [site]) == []
    text = "Heating.news reported the plan on Monday."
    site = Mention(0, len("Heating.news"), ("Heating.news", None, None), "ner", ner_type="organization")
    assert _actors43(text, [site]) == [site]


def test_actors43_university_in_a_title_is_an_attribute(pipeline: Pipeline) -> None:
    text = "A recently found video shows the Center for Ethics at Boston University Director, Dr. Ann Roe, speaking."
    found = _actors(pipeline, text)
    assert "Boston University" not in surfaces(found)
    assert any("Ann Roe" in s for s in surfaces(found).split(" | "))


def test_actors43_law_and_justice_is_one_polish_party(pipeline: Pipeline) -> None:
    text = ("Adam Nowicki, a deputy from Poland's Law and Justice (PiS) camp, spoke after the vote on the farm "
            "directive. The PiS politician called the directive a burden. The chairman of the Law and Justice "
            "Party said the same.")
    found = _actors(pipeline, text)
    assert "Law" not in found
    assert codes_of(found, "PiS") == {"POL"}
    assert codes_of(found, "Law and Justice") == {"POL"}


def test_actors43_law_and_justice_ministry_is_no_party(pipeline: Pipeline) -> None:
    text = "Pakistan's Ministry of Law and Justice rejected the petition on Thursday, officials in Islamabad said."
    assert "POL" not in {code for _, code, _ in _actors(pipeline, text).values()}


def test_actors43_ccp_is_china_s_party(pipeline: Pipeline) -> None:
    text = "Critics said the CCP wants to silence dissent in Hong Kong before the vote, and the CCP denied it."
    assert codes_of(_actors(pipeline, text), "CCP") == {"CHN"}


def test_actors43_outlets_by_report_cues(pipeline: Pipeline) -> None:
    text = ('"In order to meet the target, every family will need to sell its second car," reported The Lantern '
            'about how the scheme would work.')
    assert "The Lantern" in surfaces(_actors(pipeline, text))
    text = '"It is possible that the plan is part of a bigger agenda," is how The Lantern puts it.'
    assert "The Lantern" in surfaces(_actors(pipeline, text))


def test_actors43_reprint_source_line_is_an_outlet(pipeline: Pipeline) -> None:
    text = ("from Prairie Ledger: Officials at the United Nations want farmers to cut their herds by a third, a "
            "grain grower in Kansas explains.")
    assert "Prairie Ledger" in surfaces(_actors(pipeline, text))


def test_actors43_the_pope_by_his_office(pipeline: Pipeline) -> None:
    text = "Bishops met in Lisbon on Sunday. The pope later told them that the Popes before him had asked the same."
    found = _actors(pipeline, text)
    assert codes_of(found, "pope") == {"VAT"}
    assert codes_of(found, "Popes") == {"VAT"}


def test_actors43_county_prosecutor_is_american(pipeline: Pipeline) -> None:
    text = "Taos County District Attorney Mary Lopez filed charges against the man on Friday, the sheriff said."
    assert codes_of(_actors(pipeline, text), "Mary Lopez") == {"USA"}
