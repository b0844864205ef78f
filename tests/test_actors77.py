"""Actors of round 77 (branch ``actors77``): on a wire story (a capitals title line, a blank line), not actors: a
state named only for a sum's unit ("Canadian dlrs"), for its economic figure ("<State>'s seasonally adjusted
unemployment rate", "<STATE> MONEY MARKET"), as a place after a place and a comma, as where a company's unit is
("its U.S. operations"), as a title's mine's place or a title's prices' market. Found: a freight report's
charterers; a company whose name the title ends and whose legal form and ticker open the body; the sides of a
commodity body's talks and its delegates; unnamed geologists who act; a body's posted counselor of the body's
state; a company a title abbreviates before a bare ticker; a name ending in a legal form a company of its
ticker's exchange; a company "of <Place>" or "<Name>, an <Province> Corp" of the place's state.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of, codes_of, surface_set


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def test_actors77_state_of_a_sums_unit_is_no_actor(pipeline: Pipeline) -> None:
    text = ("HARLOW MINING TO EXPAND MILL\n\n"
            "<Harlow Mining Ltd> said it will spend 3.5 mln Canadian dlrs to expand the mill at its Red Lake "
            "property this year.")
    found = actors_of(pipeline, text)
    assert "Canadian" not in surface_set(found)
    assert "Canada" not in found


def test_actors77_state_of_an_economic_figure_is_no_actor(pipeline: Pipeline) -> None:
    text = ("NEW ZEALAND JOBLESS RATE FALLS IN JUNE\n\n"
            "New Zealand's seasonally adjusted unemployment rate fell to 4.1 pct in June from 4.3 pct in May, the "
            "Statistics Department said.")
    found = actors_of(pipeline, text)
    assert not {"New Zealand", "NEW ZEALAND"} & surface_set(found)


def test_actors77_money_market_heading_is_no_actor(pipeline: Pipeline) -> None:
    text = ("U.K. MONEY MARKET GETS 80 MLN STG HELP\n\n"
            "The Bank of England said it gave the market 80 mln stg of help in the morning session.")
    found = actors_of(pipeline, text)
    assert "U.K." not in surface_set(found)
    assert codes_of(found, "Bank of England") == {"GBR"}


def test_actors77_state_after_a_place_and_comma_is_no_actor(pipeline: Pipeline) -> None:
    text = ("BOLTON OIL KEEPS GAS INTERESTS\n\n"
            "<Bolton Oil Ltd> said it will keep the gas field on Java, Indonesia, plus its exploration interests in "
            "Sabah and Palawan Island, Philippines.")
    found = actors_of(pipeline, text)
    assert not {"Indonesia", "Philippines"} & surface_set(found)


def test_actors77_state_of_a_companys_unit_is_no_actor(pipeline: Pipeline) -> None:
    text = ("HARCOURT MILLS TAKES 20 MLN DLR CHARGE\n\n"
            "<Harcourt Mills Ltd> said its 1986 loss came mainly from a writedown of its U.S. operations.")
    found = actors_of(pipeline, text)
    assert "U.S." not in surface_set(found)


def test_actors77_title_mine_and_prices_places_are_no_actors(pipeline: Pipeline) -> None:
    mine = ("DELTA RESOURCES LOCATES PERU COPPER DEPOSITS\n\n"
            "<Delta Resources Ltd> said drilling found more copper at its Condor property.")
    assert "PERU" not in surface_set(actors_of(pipeline, mine))
    prices = ("ACME UNIT CUTS U.S. NYLON PRICES\n\n"
              "Acme Fibers Inc, a unit of <Acme Textiles Ltd>, said it would cut nylon prices by three cts a pound.")
    assert "U.S." not in surface_set(actors_of(pipeline, prices))


def test_actors77_freight_charterers_are_actors(pipeline: Pipeline) -> None:
    text = ("LONDON COAL FREIGHTS\n\n"
            "60,000 mt coal Richards Bay/Rotterdam 9.50 dlrs 25,000/fhex 5-15/5 Nordic Bulk.\n\n"
            "ENQUIRIES - Durban/Japan 40,000 mt maize 1-10/6 a/c Italian charterer.")
    found = actors_of(pipeline, text)
    assert {"Nordic Bulk", "Italian charterer"} <= surface_set(found)
    assert codes_of(found, "Italian charterer") == {"ITA"}
    assert "Japan" not in found


def test_actors77_company_split_between_title_and_body(pipeline: Pipeline) -> None:
    text = ("KORALIA SAYS IT WILL KEEP COAL STAKE KORALIA\n\n"
            "Ltd <KORA.S> said it will keep its 20 pct stake in a coal venture after selling its gas unit.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "KORALIA") == {"AUS"}


def test_actors77_sides_of_commodity_talks_are_actors(pipeline: Pipeline) -> None:
    text = ("ICCO EXPORTERS TO TABLE STOCK PLAN\n\n"
            "International Cocoa Organization (ICCO) exporters will table a new buffer stock plan to importers "
            "tomorrow, ICCO delegates said.")
    found = actors_of(pipeline, text)
    assert {"exporters", "importers", "delegates"} <= surface_set(found)


def test_actors77_geologists_who_act_are_actors(pipeline: Pipeline) -> None:
    text = ("HARLOW GOLD FINDS MORE ORE\n\n"
            "<Harlow Gold Ltd> said geologists found two mln tons of gold-bearing ore at its Red Lake property.")
    assert "geologists" in surface_set(actors_of(pipeline, text))


def test_actors77_posted_counselor_is_the_bodys(pipeline: Pipeline) -> None:
    text = ("SYRIA TO TENDER FOR WHEAT - USDA\n\n"
            "Syria will tender May 4 for 200,000 tonnes of soft durum, the U.S. Agriculture Department's Counselor in "
            "Damascus said in a field report.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Counselor") == {"USA"}


def test_actors77_title_abbreviation_before_a_bare_ticker(pipeline: Pipeline) -> None:
    text = ("INT'L GLASSWORKS <IGWK> SEES PROFIT\n\n"
            "International Glassworks Systems Inc president Tom Bell said he expects a profit in the first quarter.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "International Glassworks Systems Inc") == {"USA"}


def test_actors77_company_named_with_its_place(pipeline: Pipeline) -> None:
    text = ("DELMAR TO MERGE WITH MARITIME GROUP\n\n"
            "(Delmar Stores Inc) said it will merge with (Harbour Pipe Ltd), of Truro, Nova Scotia, a group of 40 "
            "pipe dealers. Harbour Pipe is 60 pct owned by <Kestrel, an Alberta Corp>.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Harbour Pipe Ltd") == {"CAN"}
    assert {c for _, c, s in found.values() if any(x.startswith("Kestrel") for x in s)} == {"CAN"}


def test_actors77_name_ending_in_a_legal_form_is_a_company(pipeline: Pipeline) -> None:
    text = ("ROSSI SEES HIGHER NET\n\n"
            "Banca Rossi <BROS.MI>, a unit of Martinelli Spa <MART.MI>, said profit rose.")
    found = actors_of(pipeline, text)
    assert found["Martinelli Spa"][:2] == ("organization", "ITA")


def test_actors77_market_side_after_by_is_an_actor(pipeline: Pipeline) -> None:
    text = ("TIN PRICES SEEN FIRMER - BROKER\n\n"
            "Tin prices should firm this year, a London broker said. Cutbacks by producers will take effect in the "
            "second half.")
    assert "producers" in surface_set(actors_of(pipeline, text))
