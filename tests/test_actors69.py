"""Actors of round 69 (branch ``actors69``): on a wire story (a capitals title line, a blank line), "Fed", "Federal
Reserve" and "Federal Reserve Board" are one actor, the US central bank, and a word run into its name is cut; US
federal bodies ("GAO", "OMB", "USDA", a "<X> Department", a House or senate committee where the story's states are
the US alone) are American; a body whose name gathers states ("... Exporting Countries", "Inter-American ...")
or belongs to an international one ("the IMF's Interim Committee", "the IMF's executive board") is international,
with no "<City>-based" in its name; "PT <Name>" is an Indonesian company. Not actors: a capital as a market's place
or before a meeting's collapse, a demonym before a trade flow, a demonym before "industry", a port, an acronym of a
lowercase phrase ("compensatory financing facility" ... "the CFF").

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


def test_actors69_one_fed(pipeline: Pipeline) -> None:
    text = ("FED SEEN HOLDING RATES\n\n"
            "The Federal Reserve is likely to keep its discount rate at 5.5 pct, bond dealers said. Latest Federal "
            "Reserve figures showed a rise in bank reserves, and the Federal Reserve Board meets next week. "
            "Economists said the Fed would wait for jobs data.")
    found = actors_of(pipeline, text)
    banks = [mentions for _, code, mentions in found.values() if "Fed" in mentions]
    assert len(banks) == 1 and {"Federal Reserve", "Federal Reserve Board"} <= set(banks[0])
    assert codes_of(found, "Federal Reserve Board") == {"USA"}
    assert not any(name.startswith("Latest") for name in found)


def test_actors69_us_federal_bodies(pipeline: Pipeline) -> None:
    text = ("GAO FAULTS FARM LOAN RULES\n\n"
            "The General Accounting Office (GAO) said the Agriculture Department lost money on its crop loans last "
            "year. The Office of Management and Budget (OMB) disagreed with the finding. Sen. Robert Dole (R-Kan.) "
            "asked the GAO for the study, and the senate farm committee will hold hearings on it. Rep. Tom Ellis "
            "(D-Ohio) told a House Commerce subcommittee that USDA had ignored the warnings.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Office of Management and Budget") == {"USA"}
    assert codes_of(found, "Agriculture Department") == {"USA"}
    assert codes_of(found, "USDA") == {"USA"}
    assert codes_of(found, "senate farm committee") == {"USA"}
    assert "GAO FAULTS FARM LOAN RULES" not in surfaces(found)
    assert codes_of(found, "GAO") == {"USA"}


def test_actors69_international_bodies(pipeline: Pipeline) -> None:
    text = ("TEA PRODUCERS AGREE EXPORT QUOTAS\n\n"
            "The Nairobi-based Association of Tea Exporting Countries (ATEC) agreed export quotas for Kenya, Sri "
            "Lanka and India, its secretary general said. The Lima-based Inter-American Sugar Council backed the "
            "plan. Finance ministers told the IMF's policy-making Interim Committee that the IMF's executive board "
            "should review the compensatory financing facility, and one of them said the CFF was too slow.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Association of Tea Exporting Countries") == {"IGO"}
    assert codes_of(found, "ATEC") == {"IGO"}
    assert codes_of(found, "Inter-American Sugar Council") == {"IGO"}
    assert codes_of(found, "Interim Committee") == {"IGO"}
    assert codes_of(found, "executive board") == {"IGO"}
    assert "-based" not in surfaces(found)
    assert "CFF" not in surfaces(found).split(" | ")


def test_actors69_places_and_words_that_are_no_actors(pipeline: Pipeline) -> None:
    text = ("BRAZILIAN SUGAR EXPORTS RISE\n\n"
            "Brazil shipped 40,000 tonnes of sugar through the port of Santos last week, trade sources said. White "
            "sugar ended the day in London up three dlrs at 160 dlrs a tonne. After the London collapse of the "
            "cocoa talks, Ghana said it would sell more. Japanese industry will cut steel output this year, the "
            "Ghanaian minister said.")
    found = actors_of(pipeline, text)
    said = surfaces(found).split(" | ")
    for word in ("BRAZILIAN", "Santos", "London", "Japanese industry"):
        assert word not in said
    assert codes_of(found, "Brazil") == {"BRA"}
    assert codes_of(found, "Ghana") == {"GHA"}


def test_actors69_pt_company(pipeline: Pipeline) -> None:
    text = ("TIN MINER KEEPS QUOTA\n\n"
            "A spokesman for state-owned tin miner PT Tambang Batu told Reuters that Indonesia would keep within its "
            "quota. PT Bukit Asam said coal output rose.")
    found = actors_of(pipeline, text)
    assert found["PT Tambang Batu"][:2] == ("organization", "IDN")
    assert codes_of(found, "PT Bukit Asam") == {"IDN"}


def test_actors69_guards_london_and_a_country_stay_actors(pipeline: Pipeline) -> None:
    # guards (pass on main too): a capital that acts, a demonym that is a state's people, a House that votes
    text = ("BRITAIN WARNS ON SUGAR DEAL\n\n"
            "London said it would veto the sugar deal, and French officials backed Britain. The House voted on the "
            "bill, the Agriculture Department said.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "London") == {"GBR"}
    assert "French officials" in surfaces(found) or codes_of(found, "French") == {"FRA"}
