"""Actors of round 75 (branch ``actors75``): on a wire story (a capitals title line, a blank line), not actors: a
state named only as the place of its crop, output or stocks, or only by a city after "in / at / inside"; "U.S."
before "Currency"; a freight report's states and routes; "government" before its securities; crude blends. "The
government" of a one-state story is that state's; a state body of no code and unnamed officials of a one-state
story are that state's; a US savings bank ("<X> FSB") American; "a Fed spokesman" of the Fed's code; "the
department" after "Commerce Secretary <Name>"; "an Egyptian company, <Company>" of that state.

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


def test_actors75_state_named_only_for_its_crop(pipeline: Pipeline) -> None:
    text = ("USDA PUTS BRAZILIAN SOYBEAN CROP LOWER\n\n"
            "The U.S. Agriculture Department put Brazil's 1986/87 soybean harvest at 17.1 mln tonnes, against 17.5 "
            "mln last month. It put Brazilian 1986/87 soybean exports at 3.2 mln tonnes.")
    found = actors_of(pipeline, text)
    assert not {"Brazil", "BRAZILIAN", "Brazilian"} & surface_set(found)
    assert codes_of(found, "U.S. Agriculture Department") == {"USA"}


def test_actors75_city_after_in_is_a_place(pipeline: Pipeline) -> None:
    text = ("KENYA CANCELS MAIZE TENDER\n\n"
            "Kenya has cancelled its tender for 50,000 tonnes of maize, a Kenyan trade official in Rome said. The "
            "grain was to be stored in Mombasa and Kisumu, traders said.")
    found = actors_of(pipeline, text)
    assert not {"Rome"} & surface_set(found)
    assert "Italy" not in found


def test_actors75_us_currency_is_no_actor(pipeline: Pipeline) -> None:
    text = ("BANK OF KOREA BUYS DOLLARS\n\n"
            "The Bank of Korea bought dollars at the opening, putting a floor under the U.S. Currency, dealers "
            "said.")
    found = actors_of(pipeline, text)
    assert "U.S." not in surface_set(found)


def test_actors75_freight_routes_are_no_actors(pipeline: Pipeline) -> None:
    text = ("ROTTERDAM GRAIN FREIGHTS\n\n"
            "Sea Lark - 40,000 long tons grain USG/Portugal 14.75 dlrs 6,000/5,000 mid-May Gralco.\n\n"
            "Ship brokers say the vessel fixed from the Great Lakes to Tunisia at 26 dlrs is to Greece and not to "
            "Turkey as reported.")
    found = actors_of(pipeline, text)
    assert not {"Portugal", "USG/Portugal", "USG", "Tunisia", "Greece", "Turkey"} & surface_set(found)


def test_actors75_government_securities_are_no_actor(pipeline: Pipeline) -> None:
    text = ("FED SEEN HOLDING BACK TODAY\n\n"
            "Economists do not look for the Federal Reserve to buy U.S. government securities today, they "
            "said.")
    found = actors_of(pipeline, text)
    assert "U.S. government" not in surface_set(found)


def test_actors75_crude_blends_are_no_actors(pipeline: Pipeline) -> None:
    text = ("OMAN OIL OUTPUT STEADY\n\n"
            "Oman, which exports most of its crude, sells its Marmul and Dhofar Ridge blends for 16.40 dlrs a "
            "barrel, the oil ministry said.")
    found = actors_of(pipeline, text)
    assert not {"Marmul", "Dhofar Ridge", "Dhofar"} & surface_set(found)


def test_actors75_the_government_of_a_one_state_story(pipeline: Pipeline) -> None:
    text = ("DAILY SAYS PORT GRAIN WASTE HIGH\n\n"
            "A survey showed that ten pct of Malta's imported grain is lost in port, the Valletta Herald said. It "
            "said the government had set up a commission to cut the losses.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "government") == {"MLT"}


def test_actors75_state_bodies_and_officials_of_a_one_state_story(pipeline: Pipeline) -> None:
    text = ("TREASURY CASH BALANCE FALLS\n\n"
            "Balances at the Federal Reserve fell to 2.1 billion dlrs on March 3, the Treasury said in its daily "
            "statement. The Treasury's cash balance was 19.6 billion dlrs.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Treasury") == {"USA"}
    text = ("GHANA COCOA OUTPUT SEEN HIGHER\n\n"
            "Ghana's Cocoa Board said Ghana will export more cocoa this year. Officials say Ghana can produce "
            "300,000 tonnes. The National Cocoa Renewal Program will spend 40 mln cedis on new trees, it said.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Officials") == {"GHA"}
    assert codes_of(found, "National Cocoa Renewal Program") == {"GHA"}


def test_actors75_us_savings_bank(pipeline: Pipeline) -> None:
    text = ("HARBORVIEW <HBV>, GRANITE IN MERGER PACT\n\n"
            "Harborview Corp said it agreed to acquire Granite Savings Bank FSB. Granite would become a unit of "
            "Harborview, and Granite's depositors would be paid in full.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Granite Savings Bank FSB") == {"USA"}
    assert codes_of(found, "Granite") == {"USA"}


def test_actors75_fed_spokesman(pipeline: Pipeline) -> None:
    text = ("CHICAGO BANKS BORROW 12 MLN DLRS\n\n"
            "The large Chicago banks borrowed 12 mln dlrs at the discount window last week, a Fed spokesman "
            "said. A Fed spokesman added that all of it was borrowed on Monday.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "spokesman") == {"USA"}


def test_actors75_the_department_after_its_secretary(pipeline: Pipeline) -> None:
    text = ("U.S. LABOR SECRETARY SAYS JOBS DATA STRONG\n\n"
            "Labor Secretary William Brock said the jobs figures were strong. Brock spoke to reporters once the "
            "department had released figures showing payrolls up by 300,000.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "department") == {"USA"}


def test_actors75_nationality_before_the_company(pipeline: Pipeline) -> None:
    text = ("JORDAN SCRAPS BARLEY TENDER\n\n"
            "Jordan has scrapped its barley tender after an offer by a Jordanian company, Nahar Trading Co, at "
            "90 dlrs a tonne, trade sources said. A Jordanian trade official in Rome confirmed the Nahar Trading Co "
            "offer.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Nahar Trading Co") == {"JOR"}
    assert "Rome" not in surface_set(found)
