"""Actors on Reuters-21578 trade and company stories (round 57, branch ``actors57``): a company named before a bare
ticker is a US company (an acronym of a coded company takes its country); an "International <X> Organization" is an
international body with its acronym; unnamed delegates who speak, one delegate who speaks, and producers and
consumers named as a pair are actors of no code.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of, codes_of, surfaces


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def test_actors57_a_title_company_before_a_bare_ticker_is_american(pipeline: Pipeline) -> None:
    text = ("BRIGHTWATER MILLS <BWM> SETS BUYBACK\n\nBrightwater Mills Inc said it would repurchase up to two mln "
            "of its shares over the next year. Brightwater Mills said the plan was approved by its board.")
    assert codes_of(actors_of(pipeline, text), "Brightwater Mills Inc") == {"USA"}


def test_actors57_a_body_company_before_a_bare_ticker_is_american(pipeline: Pipeline) -> None:
    text = ("TENDER OFFER\n\nHarmon Steel Industries Inc <HSI> started tendering for all shares of a small parts "
            "maker at 12 dlrs each, the company said.")
    assert codes_of(actors_of(pipeline, text), "Harmon Steel Industries Inc") == {"USA"}


def test_actors57_a_ticker_with_an_exchange_suffix_gives_no_country(pipeline: Pipeline) -> None:
    text = ("RESULTS\n\nHarbury Textiles Plc <HRBY.L> said its annual profit rose by ten pct, helped by higher "
            "sales in its home market.")
    assert "USA" not in codes_of(actors_of(pipeline, text), "Harbury Textiles Plc")


def test_actors57_an_acronym_takes_the_country_of_its_company(pipeline: Pipeline) -> None:
    text = ("WESTERN PUMP <WPU> SETTLES SUIT\n\nWestern Pump Systems Corp said it settled its lawsuit with a former "
            "supplier. WPS said the terms were not disclosed.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Western Pump Systems Corp") == {"USA"}
    assert codes_of(found, "WPS") == {"USA"}


def test_actors57_an_international_commodity_organization_is_an_igo_with_its_acronym(pipeline: Pipeline) -> None:
    text = ("COCOA TALKS RESUME\n\nThe International Cocoa Organization (ICCO) council met again on Tuesday to "
            "discuss buffer stock rules. The ICCO session could run late, officials said.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "International Cocoa Organization") == {"IGO"}
    assert codes_of(found, "ICCO") == {"IGO"}


def test_actors57_delegates_who_speak_and_one_delegate_are_actors(pipeline: Pipeline) -> None:
    text = ("SUGAR TALKS STALL\n\nTalks on a new sugar pact dragged on into the evening, delegates said. "
            "\"Nobody wants to give ground,\" one delegate said.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "delegates") == {None}
    assert "One delegate" in found


def test_actors57_producers_and_consumers_as_a_pair_are_two_groups(pipeline: Pipeline) -> None:
    text = ("TIN TALKS\n\nThe meeting ended with no deal because producers and consumers could not agree on a "
            "floor price, diplomats said.")
    found = actors_of(pipeline, text)
    assert {"Producers", "Consumers"} <= set(found)


def test_actors57_producers_alone_are_no_actor(pipeline: Pipeline) -> None:
    text = ("CROP REPORT\n\nSmall producers in the valley expect a larger harvest this year after good rains, "
            "the farm bureau said.")
    assert "Producers" not in actors_of(pipeline, text)


def test_actors57_a_countrys_delegates_are_left_alone(pipeline: Pipeline) -> None:
    text = ("TALKS\n\nThe talks went on late into the night. Brazilian delegates said they would not accept the "
            "new formula.")
    found = actors_of(pipeline, text)
    assert "Delegates" not in found
    assert "Brazilian delegates" in surfaces(found)
