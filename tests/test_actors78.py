"""Actors of round 78 (branch ``actors78``): on a wire story (a capitals title line, a blank line), a state named
only for its economic figure is no actor ("Peru's wholesale price index", a title's "CHILEAN MONEY SUPPLY"), nor
"Washington" listed with a US state, a town before its province, a mining property, a region, a company's
description read as a state's agent. A country fund with a bare ticker is American (the state's words inside its
name its mention) and a US commission a one-state rule recoded is American again; a company "which is based in"
the Turks and Caicos Islands is of that territory; a name ending "AB" is Swedish; a unit named as a coded parent's
subsidiary takes the parent's state; a person the tagger cut from a company's name is the company; a short name
that is a coded company's first words is its mention; "a Danish investor" ... "investor <Name>" is that person;
"Its board has approved" is the company's board; "Director General of <Portfolio> <Name>" is a person of the
story's state; an earnings title's company is kept ("<NAME> REALTY TRUST <TICKER>"; the "<NAME> INC <TICKER> ...
LOSS" test is a guard: main keeps it where the tagger gives no ticker mention). A board that only meets stays no
actor (a guard).

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


def test_actors78_state_named_for_its_figure(pipeline: Pipeline) -> None:
    text = ("PERU'S WHOLESALE PRICES CLIMB IN APRIL\n\n"
            "Peru's wholesale price index climbed 3.1 pct in April, the central statistics office in Lima reported.\n\n"
            "The index had gained 2.7 pct in March, the office added.")
    found = actors_of(pipeline, text)
    assert "PERU" not in surface_set(found) and "Peru" not in surface_set(found)


def test_actors78_demonym_before_a_title_figure(pipeline: Pipeline) -> None:
    text = ("CHILEAN MONEY SUPPLY FALLS IN MAY\n\n"
            "Chile's M-1 money supply fell 1.2 pct to 410.6 billion pesos in May from April, provisional figures "
            "released by the central bank show.")
    found = actors_of(pipeline, text)
    assert not {"CHILEAN", "Chile"} & surface_set(found)


def test_actors78_washington_listed_with_a_state(pipeline: Pipeline) -> None:
    text = ("HARBORVIEW <HBVM> AGREES TO BUY GROCER\n\n"
            "Harborview Markets Inc said it has agreed to buy Cascade Grocers Inc and a related wholesaler in Oregon "
            "and Washington, terms not disclosed.\n\nCascade Grocers owns 48 food stores around Portland and "
            "Seattle.")
    found = actors_of(pipeline, text)
    assert "Washington" not in surface_set(found)
    assert codes_of(found, "Harborview Markets Inc") == {"USA"}


def test_actors78_town_property_and_region_no_actors(pipeline: Pipeline) -> None:
    text = ("<HALDANE PALLADIUM CORP> REPORTS ASSAYS\n\n"
            "Haldane Palladium corp said early results of a nine-hole program on its T.K. Harlow palladium property "
            "in Val-d'Or, Quebec, show rich zones of platinum and nickel.")
    found = actors_of(pipeline, text)
    assert not {"T.K. Harlow", "Val-d'Or"} & surface_set(found)


def test_actors78_country_fund_and_the_commission(pipeline: Pipeline) -> None:
    text = ("INVESTMENT FIRM UPS SPAIN FUND STAKE ORLAND\n\n"
            "Corp, an offshore investment company, told the Securities and Exchange Commission on Monday that it had "
            "lifted its holding in the Spain Fund Inc <SNF> to 1,410,200 shares, or 8.3 pct.\n\n"
            "Orland, which is based in the Turks and Caicos Islands in the British West Indies, reported buying "
            "the shares for investment.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Spain Fund Inc") == {"USA"}
    assert codes_of(found, "SPAIN") <= {"USA"}
    assert codes_of(found, "Securities and Exchange Commission") == {"USA"}
    assert "British West Indies" not in surface_set(found)


def test_actors78_based_in_a_territory(pipeline: Pipeline) -> None:
    text = ("OFFSHORE FIRM UPS STAKE IN DELMONT <DLMT>\n\n"
            "ZRT Corp, an offshore investment company, said it raised its stake in Delmont Corp to 6.1 pct.\n\n"
            "ZRT, which is based in the Turks and Caicos Islands, said it bought the shares in March.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "ZRT Corp") == {"TCA"}
    assert codes_of(found, "Delmont Corp") == {"USA"}
    assert "Turks" not in surface_set(found)


def test_actors78_legal_form_and_described_investors(pipeline: Pipeline) -> None:
    text = ("GROUP RAISES NORDIC TRUST <NDT> STAKE\n\n"
            "A group headed by a Swedish investment firm together with a Danish investor said it lifted its holding "
            "in Nordic Trust Inc to 12.5 pct. The group, which includes Halsberg Kapital AB, the firm, and investor "
            "Jens Moller Holst, said it bought the shares last month.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Halsberg Kapital AB") == {"SWE"}
    assert codes_of(found, "Jens Moller Holst") == {"DNK"}


def test_actors78_units_and_short_names(pipeline: Pipeline) -> None:
    text = ("ALDER <ALD> UNIT RAISES GASOLINE PRICE\n\n"
            "Alder Corp's Alder Pipeline and Supply unit said it raised its wholesale gasoline price by one cent a "
            "gallon. The increase brings Alder's rack price to 52 cts, the unit said.\n\n"
            "Separately, Brightwater Financial Corp's subsidiary Brightwater Savings Bank said it will buy two "
            "branches in Ohio.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Alder Pipeline and Supply") == {"USA"}
    assert codes_of(found, "Brightwater Savings Bank") == {"USA"}


def test_actors78_its_board_acts(pipeline: Pipeline) -> None:
    text = ("KESTON INDUSTRIES <KST> TO SELL DIVISION\n\n"
            "Keston Industries Inc said it agreed to sell its valve division for 41 mln dlrs to a Dutch investor "
            "group. Its board has approved the sale, which needs shareholder approval, the company said.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "board") == {"USA"}


def test_actors78_board_that_only_meets_is_no_actor(pipeline: Pipeline) -> None:
    text = ("KESTON INDUSTRIES <KST> SILENT ON BID\n\n"
            "Keston Industries Inc said its board meeting ended today with no action on the bid. Its board will "
            "meet again next week, the company said.")
    found = actors_of(pipeline, text)
    assert "board" not in surface_set(found)


def test_actors78_portfolio_officer_is_a_person(pipeline: Pipeline) -> None:
    text = ("SOUTH AFRICAN UTILITY TO BUILD DAM\n\n"
            "South Africa's state power utility said it would build a dam on the Orange River next year.\n\n"
            "Director General of Water and Energy Affairs Thabo Nkosi announced the plan earlier but said costs were "
            "high.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Thabo Nkosi") == {"ZAF"}


def test_actors78_earnings_title_with_ticker_kept(pipeline: Pipeline) -> None:
    text = ("KENMORE REALTY TRUST <KRT> 4TH QTR NET\n\n"
            "Shr 88 cts vs 41 cts\n\nNet 912,000 vs 430,000\n\nRev 1.6 mln vs 1.4 mln")
    found = actors_of(pipeline, text)
    assert codes_of(found, "KENMORE REALTY TRUST") == {"USA"}


def test_actors78_earnings_loss_title_kept(pipeline: Pipeline) -> None:
    text = ("DORNAN INC <DRNN> 4TH QTR LOSS\n\n"
            "Oper shr loss six cts vs loss 19 cts\n\nOper net loss 212,000 vs loss 680,000\n\nSales 14.2 mln vs "
            "15.9 mln")
    found = actors_of(pipeline, text)
    assert codes_of(found, "DORNAN INC") == {"USA"}


def test_actors78_company_person_cut(pipeline: Pipeline) -> None:
    text = ("HOLLIS GLASS WORKS <HGW> UNIT SELLS STAKE\n\n"
            "Hollis Glass Works' subsidiary Hollis Overseas Corp said it will sell 40 pct of a Brazilian bottle maker "
            "to a group headed by a Brazilian banker.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Hollis Glass Works") == {"USA"}
    assert found["Hollis Glass Works"][0] == "organization"
