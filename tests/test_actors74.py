"""Actors of round 74 (branch ``actors74``): on a wire story (a capitals title line, a blank line), not actors: a
country named only as the place outside which figures are counted ("outside the U.S."), "U.S." before a unit
("U.S. gallons"), an exchange named only before its stocks ("LME stocks"), a maker's brands the tagger read as
persons. A one-word name that is a coded company's first word with two letters swapped is the company; "<Unit>, a
subsidiary of <Parent>" is of the parent's country; a partnership named by surnames is one company of no code; an
unnamed spokesman named as a report's source is a person.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import Actors, actors_of, codes_of, surface_set


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def _same_actor(found: Actors, *names: str) -> bool:
    return any(all(n in mentions for n in names) for _, _, mentions in found.values())


def test_actors74_places_outside_and_units(pipeline: Pipeline) -> None:
    text = ("ZINC STOCKS OUTSIDE U.S. FALL IN MAY\n\n"
            "Zinc stocks held by smelters outside the U.S. fell to 90,000 tons in May, the Wexford Zinc Institute "
            "said. A new futures contract will be sized at 5,000 U.S. gallons, traders said.")
    found = actors_of(pipeline, text)
    assert "U.S." not in surface_set(found)


def test_actors74_exchange_named_only_for_its_stocks(pipeline: Pipeline) -> None:
    text = ("NICKEL STOCKS RISE IN WEEK\n\n"
            "Baltic Metal Exchange stocks rose to 12,400 tonnes in the week, the Nordvik Metals Bureau said. BME "
            "stocks had fallen for three weeks before.")
    found = actors_of(pipeline, text)
    assert not {"Baltic Metal Exchange", "BME"} & surface_set(found)


def test_actors74_brands_after_makes(pipeline: Pipeline) -> None:
    text = ("HARTWELL <HWL> BUYS DISTILLER\n\n"
            "Hartwell Inc said it bought the spirits unit of Lorne Foods Corp, which makes Tobin's rum and Old "
            "Heron and Grey Falcon whiskey, for 80 mln dlrs.")
    found = actors_of(pipeline, text)
    assert not {"Tobin", "Old Heron", "Heron", "Falcon", "Grey Falcon"} & surface_set(found)


def test_actors74_swapped_letters_are_the_company(pipeline: Pipeline) -> None:
    text = ("CALBRIDGE <CLBG> GETS OFFER\n\n"
            "Calbridge Corp said it received an offer of 18 dlrs a share. The bidder asked for 51 pct of "
            "Calbirdge common stock.")
    found = actors_of(pipeline, text)
    assert _same_actor(found, "Calbridge Corp", "Calbirdge")


def test_actors74_subsidiary_of_parent(pipeline: Pipeline) -> None:
    text = ("HALCO <HLC> UNIT SELLS PLANT\n\n"
            "Brindle Chemical Co, a subsidiary of Halco Inc, said it sold its plant for 12 mln dlrs. Halco said "
            "the unit would record a gain.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Brindle Chemical Co") == {"USA"}


def test_actors74_partnership_of_surnames(pipeline: Pipeline) -> None:
    text = ("GLOBEX <GLBX> TO BE ACQUIRED BY INVESTOR GROUP\n\n"
            "Globex Corp said it agreed to be acquired by an investor group led by Welsh, Carson, Anderson and "
            "Stowe for 18 dlrs a share. Welsh, Carson said the offer would be financed by bank loans.")
    found = actors_of(pipeline, text)
    assert _same_actor(found, "Welsh, Carson, Anderson and Stowe", "Welsh, Carson")
    assert codes_of(found, "Welsh, Carson, Anderson and Stowe") == {None}
    assert not {"Welsh", "Anderson"} & surface_set(found)


def test_actors74_spokeswoman_as_source(pipeline: Pipeline) -> None:
    text = ("EXCHANGE TO LIST NEW CONTRACT\n\n"
            "The Midland Grain Exchange will list an oats contract in June, according to an exchange "
            "spokeswoman.")
    found = actors_of(pipeline, text)
    assert "spokeswoman" in surface_set(found)


def test_actors74_guard_countries_listed_and_acting(pipeline: Pipeline) -> None:
    text = ("EUROPEAN TALKS ON STEEL END\n\n"
            "France, Germany, Italy and Spain agreed on Tuesday to cut steel output, and the United States said "
            "it welcomed the accord. Sales in Europe fell.")
    found = actors_of(pipeline, text)
    assert {"France", "Germany", "Italy", "Spain", "the United States"} <= surface_set(found)


def test_actors74_companies_only_compared(pipeline: Pipeline) -> None:
    text = ("MORE DALTON <DLT> BUYOUTS SEEN\n\n"
            "Dalton Inc is likely to buy more food companies, analysts said. \"Their position is a little less "
            "favorable than Harlan Foods and Ostrow Brands Inc,\" said one analyst.")
    found = actors_of(pipeline, text)
    assert not {"Harlan Foods", "Ostrow Brands Inc", "Harlan Foods and Ostrow Brands Inc"} & surface_set(found)
    assert "Dalton Inc" in surface_set(found)


def test_actors74_facility_initials(pipeline: Pipeline) -> None:
    text = ("EXCHANGE SETS BUTANE DELIVERY\n\n"
            "Delivery will be made at a storage site with access to the Gulf Coast Butane Pipeline (GCBP), the "
            "Rexford Mercantile Exchange said.")
    found = actors_of(pipeline, text)
    assert "GCBP" not in surface_set(found)


def test_actors74_official_sources_of_the_state(pipeline: Pipeline) -> None:
    text = ("KENYA TEA OUTPUT RISES\n\n"
            "Kenya tea output rose to 110,000 tonnes in 1986, the Tea Board said. Official sources said Kenya was "
            "likely to export more tea this year.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Official sources") == {"KEN"}


def test_actors74_wall_street_that_speculates(pipeline: Pipeline) -> None:
    text = ("CARLOW <CRL> BID SEEN\n\n"
            "Carlow Inc lost its bid for Denby Foods Inc last month. Since then, Wall Street has been quietly "
            "speculating that Carlow would find another target, while rumors on Wall Street named two food companies.")
    found = actors_of(pipeline, text)
    assert found.get("Wall Street", ("", None, []))[2] == ["Wall Street"]
