"""Actors of round 76 (branch ``actors76``): on a wire story (a capitals title line, a blank line), a company an
earnings title names alone ("<NAME> CORP <TICKER> 4TH QTR NET") is American, a state inside its name dropped; a body
company whose first word the title names before a bare ticker is American; a company before a Sydney ticker is
Australian, its bracketed initials its mention; a tagger's name that is a coded company's first words is the
company; the Food and Drug Administration is American. Not actors: a results table's line, a unit named only as
discontinued operations, a project's or a product's name, the Securities and Exchange Commission named only as where
a filing was made, a state named only at the title's end after "IN".

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


def test_actors76_earnings_title_company(pipeline: Pipeline) -> None:
    text = ("HARBIN VALVE CORP <HBVC> 4TH QTR NET\n\n"
            "Shr 41 cts vs 33 cts\n\nNet 2,118,000 vs 1,702,000\n\nRevs 44.6 mln vs 39.2 mln\n\n"
            "NOTE: Net excludes a gain of 310,000 dlrs on a plant sale.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "HARBIN VALVE CORP") == {"USA"}
    assert "Revs 44.6 mln" not in surface_set(found)


def test_actors76_state_inside_an_earnings_title_name(pipeline: Pipeline) -> None:
    text = ("FIDELITY OF NEBRASKA COS <FNEB> 4TH QTR NET\n\n"
            "Oper shr 61 cts vs 40 cts\n\nOper net 5,210,000 vs 3,467,000\n\n"
            "NOTE: Net excludes discontinued Dakota Indemnity operations loss 1,200,000 dlrs vs gain 90,000 dlrs.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "FIDELITY OF NEBRASKA COS") == {"USA"}
    assert not {"NEBRASKA", "Dakota Indemnity"} & surface_set(found)


def test_actors76_title_ticker_names_the_company(pipeline: Pipeline) -> None:
    text = ("TRUSTEE LIFTS HALVORSEN <HALV> STAKE\n\n"
            "A group of Ohio investors said it raised its stake in Halvorsen Corp to 9.2 pct.\n\nIn a filing with the "
            "Securities and Exchange Commission, the Ohio group said it bought 40,000 Halvorsen shares last month.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Halvorsen Corp") == {"USA"}
    assert "Securities and Exchange Commission" not in surface_set(found)


def test_actors76_short_title_name_and_products(pipeline: Pipeline) -> None:
    text = ("MERIDALE PHARM <MRDL> SEES LOSS\n\n"
            "Meridale Pharmaceuticals Inc said it expects a first quarter loss. The company said it received Food "
            "and Drug Administration approval to market Zorbaxin, a generic version of a heart drug.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Meridale Pharmaceuticals Inc") == {"USA"}
    assert codes_of(found, "Food and Drug Administration") == {"USA"}
    assert "Zorbaxin" not in surface_set(found)


def test_actors76_sydney_ticker_initials_project_and_title_place(pipeline: Pipeline) -> None:
    text = ("KESTREL RESOURCES TO BUILD NEW COPPER MINE IN AUSTRALIA\n\n"
            "Kestrel Resources Holdings Ltd <KSTR.S> (KRH) said it will build a copper mine near the coast. The "
            "mine, to be known as the Tallowby project, will be owned 70 pct by KRH, the company said.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Kestrel Resources Holdings Ltd") == {"AUS"}
    assert codes_of(found, "KRH") == {"AUS"}
    assert not {"AUSTRALIA", "Tallowby"} & surface_set(found)


def test_actors76_company_first_words(pipeline: Pipeline) -> None:
    text = ("TALBOT TRUCKING <TLBT> SEES LOWER NET\n\n"
            "Talbot Trucking System Inc said it expects first quarter profits to be below a year ago. Lower rates "
            "will not cover Talbot Trucking's upcoming labor costs, it said.")
    found = actors_of(pipeline, text)
    assert any({"Talbot Trucking System Inc", "Talbot Trucking"} <= set(mentions)
               for _, _, mentions in found.values())


def test_actors76_filing_body_that_acts_stays(pipeline: Pipeline) -> None:
    text = ("DENVER BROKER CHARGED\n\n"
            "The Securities and Exchange Commission has sued a Denver broker for fraud. In a filing with the "
            "court, the broker denied the charges.")
    found = actors_of(pipeline, text)
    assert "Securities and Exchange Commission" in surface_set(found)


def test_actors76_spokesman_for_and_headed_groups(pipeline: Pipeline) -> None:
    text = ("PERUVIAN COPPER OUTPUT STEADY\n\n"
            "Peruvian copper mines were not damaged by the floods, a spokesman for the state mining company "
            "Minoperu said. An investor group headed by Lima businessman Pablo Arce said it bought more shares.")
    found = actors_of(pipeline, text)
    assert {"spokesman", "investor group"} <= surface_set(found)


def test_actors76_us_as_where_a_company_grows(pipeline: Pipeline) -> None:
    text = ("TORVALD OPTIMISTIC FOR YEAR\n\n"
            "Torvald Plc wants to grow its presence in the U.S., now its largest market, the chairman "
            "said.")
    found = actors_of(pipeline, text)
    assert "U.S." not in surface_set(found)
