"""Actors of round 66 (branch ``actors66``): international bodies on the 1987 wire. Initials the dictionaries lack
("OECD", "IEA", "EC" in a wire story, "ICO" in a coffee story, "IDB") take the body's entry instead of a country
named beside them; "the Community" / "the Fund" in a story naming the EC / the IMF is that body; "the N-nation
world trade body" is GATT (the WTO where the story names it); the tin council and the Paris Club are bodies of
states, not their city's country; a hyphenated "Inter-American Development Bank" is the dictionary's.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of, codes_of
from tests.event_predictions import triples


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def test_actors66_oecd_initials_outside_the_wire(pipeline: Pipeline) -> None:
    text = "The OECD urged Norvania and Denmark to trim their budget deficits next year."
    found = actors_of(pipeline, text)
    assert codes_of(found, "OECD") == {"IGO"}
    assert ("REQUEST", "IGO", "DNK") in triples(text)


def test_actors66_iea_initials_in_an_oil_story(pipeline: Pipeline) -> None:
    text = "The IEA told Japan that its oil stocks were far too low for a cold winter."
    assert codes_of(actors_of(pipeline, text), "IEA") == {"IGO"}


def test_actors66_ec_and_the_community_on_the_wire(pipeline: Pipeline) -> None:
    text = ("BARLEY EXPORT REBATE SET\n\n"
            "The EC granted a new export rebate to Danish barley traders on Tuesday. The Community said the "
            "rebate would stand until the end of June, Brussels officials told Brenwick Grain.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "EC") == {"IGO"}
    assert codes_of(found, "Community") == {"IGO"}
    assert len([name for name, (_, _, s) in found.items() if "EC" in s and "Community" in s]) == 1


def test_actors66_the_fund_is_the_imf(pipeline: Pipeline) -> None:
    text = ("The IMF approved a standby credit for Morvania on Friday. The Fund said Peru must also cut its "
            "budget gap.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Fund") == {"IGO"}
    assert ("REQUEST", "IGO", "PER") in triples(text) or ("DEMAND", "IGO", "PER") in triples(text)


def test_actors66_world_trade_body_is_gatt(pipeline: Pipeline) -> None:
    text = ("TRADE TALKS TO OPEN\n\n"
            "The 92-nation world trade body rejected a complaint that Tavaria filed against Chile last month.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "92-nation world trade body") == {"IGO"}
    assert any(e == "REJECT" and s == "IGO" for e, s, _ in triples(text))


def test_actors66_ico_initials_in_a_coffee_story(pipeline: Pipeline) -> None:
    text = "The ICO said Brazil must cut its coffee exports before the quota talks resume."
    found = actors_of(pipeline, text)
    assert codes_of(found, "ICO") == {"IGO"}


def test_actors66_paris_club_and_tin_council_are_no_country(pipeline: Pipeline) -> None:
    text = ("The Paris Club agreed to reschedule Peru's debt. The International Tin Council met its creditors "
            "in London.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Paris Club") == {"IGO"}
    assert codes_of(found, "International Tin Council") == {"IGO"}


def test_actors66_hyphenated_inter_american_bank(pipeline: Pipeline) -> None:
    text = "The Inter-American Development Bank lent Peru 50 mln dlrs for a new road."
    assert codes_of(actors_of(pipeline, text), "Inter-American Development Bank") == {"IGO"}


# --- guards: pass on main and on the branch -------------------------------------------------------------------------


def test_actors66_ico_without_coffee_is_left_alone(pipeline: Pipeline) -> None:
    text = "Brenwick Labs said its ICO raised 4 mln dlrs from buyers in Estonia."
    assert codes_of(actors_of(pipeline, text), "ICO") != {"IGO"}


def test_actors66_another_fund_keeps_the_fund_unresolved(pipeline: Pipeline) -> None:
    text = ("The IMF and the Norvania Pension Fund met on Monday. The Fund said rates would stay where they are.")
    found = actors_of(pipeline, text)
    assert "IGO" not in codes_of(found, "Fund")
