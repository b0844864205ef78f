"""Actors of round 65 (branch ``actors65``): on a wire story (a capitals title line, a blank line), a US federal
commission the tagger left uncoded is American where no other country is named; a person "who advises the
<Country> ministry" is of that country, and the title's "<COUNTRY> ADVISER" is that person; "the board of directors
of <Company>" is an actor of the company's country; unnamed delegations and "importing and exporting countries" are
groups; a store brand, the "D.C." of "Washington, D.C." and "the West" named only inside a quotation are no actors.

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


def test_actors65_federal_commission_is_american(pipeline: Pipeline) -> None:
    text = ("MERIVALE <MRV> FILES FOR OFFERING\n\n"
            "Merivale Corp said it asked the Securities and Exchange Commission to let it sell two mln shares. "
            "The company said the proceeds would repay debt.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Securities and Exchange Commission") == {"USA"}


def test_actors65_commission_stays_uncoded_beside_another_country(pipeline: Pipeline) -> None:
    text = ("PHILIPPINE BROKER FINED\n\n"
            "The Philippines' Securities and Exchange Commission fined a Manila broker, officials in the "
            "Philippines said on Monday.")
    found = actors_of(pipeline, text)
    assert "USA" not in codes_of(found, "Securities and Exchange Commission")


def test_actors65_adviser_takes_the_ministry_country(pipeline: Pipeline) -> None:
    text = ("TEA TALKS STALLED - DUTCH ADVISER\n\n"
            "Tea talks are stalled, Pieter Vandermolen, who advises the Dutch Foreign Trade Ministry on commodity "
            "issues, said. \"Nobody wants to move first,\" Vandermolen said.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Vandermolen") == {"NLD"}
    assert "Netherlands" not in found
    assert "DUTCH" in surfaces(found)


def test_actors65_board_of_directors_acts_apart(pipeline: Pipeline) -> None:
    text = ("KESTRON <KST> BOARD BACKS MERGER\n\n"
            "Kestron Corp said its shareholders would vote on the merger. The board of directors of the "
            "Ohio-based Dellmark had approved the merger last week.")
    found = actors_of(pipeline, text)
    assert any(name.endswith(" board") for name in found)
    assert "board of directors" in surfaces(found)


def test_actors65_delegations_and_trade_sides_are_groups(pipeline: Pipeline) -> None:
    text = ("JUTE PACT TALKS END\n\n"
            "A meeting of importing and exporting countries ended without a deal, a trade official said. He "
            "said certain delegations would not accept the new quotas.")
    found = actors_of(pipeline, text)
    assert "Delegations" in found
    assert "importing and exporting countries" in surfaces(found)


def test_actors65_store_brand_and_dc_are_no_actors(pipeline: Pipeline) -> None:
    text = ("TARVELLO <TRV> PLANS NEW STORES\n\n"
            "Tarvello Corp said it will open six new Brinsworth discount stores in Denver and Washington, D.C. "
            "this year, chairman Walter Pennick said.")
    found = actors_of(pipeline, text)
    assert "Brinsworth" not in surfaces(found)
    assert "D.C." not in surfaces(found)
    assert codes_of(found, "Tarvello Corp") == {"USA"}


def test_actors65_west_only_inside_a_quotation(pipeline: Pipeline) -> None:
    text = ("NORVANIAN MINISTER ATTACKS TARIFFS\n\n"
            "Trade minister Anton Vesk criticised the new tariffs, saying \"the pressure always comes from the "
            "West.\" Vesk said talks would resume.")
    found = actors_of(pipeline, text)
    assert "the West" not in surfaces(found)


def test_actors65_west_outside_quotations_stays(pipeline: Pipeline) -> None:
    text = ("MINISTER SEEKS AID\n\n"
            "The minister said the West had promised aid. \"We need it,\" he said.")
    found = actors_of(pipeline, text)
    assert "the West" in surfaces(found)
