"""Actors of round 73 (branch ``actors73``): on a wire story (a capitals title line, a blank line), a money
supply's measures ("Sterling M3", "M0", "PSL2", "PSBR"), a currency named with a place's initials ("N.Z. Dlrs"), a
state's adjective before the goods it ships ("Soviet shipments"), a bloc named as where goods come from and a name
after "non-" are no actors; a company's nationality in apposition ("Krupp AG, a West German company") is the
company's and gives it that state; a company's first word alone is its mention, and a 1980s US brokerage the
dictionary lacks is American; a US farm story's producers and farmers and its farm agency are American; unnamed
groups that act ("Governments represented ... agreed", "officials said", "executives said", "Regulators also have
criticized") are actors.

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


def _same_actor(found: dict[str, tuple[str, str | None, list[str]]], *names: str) -> bool:
    return any(all(n in mentions for n in names) for _, _, mentions in found.values())


def test_actors73_money_measures_and_currencies(pipeline: Pipeline) -> None:
    text = ("PORTUGAL MONEY SUPPLY ROSE IN MARCH\n\n"
            "The Bank of Portugal said the broad measure of money supply, Sterling M3, rose 2.1 pct in March, while "
            "M0 fell and PSL2 was flat. The Public Sector Borrowing Requirement (PSBR) was in surplus, the Bank "
            "said. Deposits rose to 12 billion N.Z. Dlrs.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Bank of Portugal") == {"PRT"}
    for name in ("Sterling M3", "M0", "PSL2", "PSBR", "Public Sector Borrowing Requirement", "N.Z. Dlrs"):
        assert name not in surfaces(found).split(" | ")


def test_actors73_national_apposition(pipeline: Pipeline) -> None:
    text = ("ACME <ACM> SEES HIGHER PROFIT\n\n"
            "Acme Inc said it expects higher profit. Krupp AG, a West German company, plans a plant.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Krupp AG") == {"DEU"}
    assert "German company" not in surfaces(found)


def test_actors73_goods_flows_and_blocs_are_places(pipeline: Pipeline) -> None:
    text = ("ZINC PRICES SEEN FLAT - DELMONT\n\n"
            "Zinc prices will stay flat, Delmont Research said in a report. It sees Soviet zinc deliveries rising "
            "and Soviet shipments resuming, while imports from Socialist countries fall and non-Socialist world "
            "demand grows.")
    found = actors_of(pipeline, text)
    assert "Soviet" not in surfaces(found)
    assert "Socialist" not in surfaces(found)


def test_actors73_first_word_and_us_brokerage(pipeline: Pipeline) -> None:
    text = ("ZINC PRICES UNLIKELY TO RISE - SHEARSON\n\n"
            "Zinc prices are unlikely to rise, Shearson Lehman Brothers said in its monthly zinc report. The market "
            "recovered due to the absence of Soviet zinc deliveries, but Shearson sees Soviet shipments returning.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Shearson Lehman Brothers") == {"USA"}
    assert codes_of(found, "Shearson") == {"USA"}
    assert _same_actor(found, "Shearson Lehman Brothers", "Shearson")


def test_actors73_us_farm_story(pipeline: Pipeline) -> None:
    text = ("U.S. WHEAT PAYMENTS SET\n\n"
            "Eligible producers of the 1987 U.S. wheat and barley crop get 300 mln dlrs, the U.S. Agriculture "
            "Department said. Wheat producers will get 200 mln dlrs, it said. The price received by farmers fell. "
            "The payments will be made through local Farm Credit Service offices, the department said.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Eligible producers") == {"USA"}
    assert codes_of(found, "farmers") == {"USA"}
    assert codes_of(found, "Farm Credit Service") == {"USA"}


def test_actors73_groups_that_act(pipeline: Pipeline) -> None:
    text = ("TIN GROUP MEETS ON STUDY\n\n"
            "Governments represented at the meeting agreed on a study, officials said. Sales rose, company "
            "executives said. Regulators also have criticized the industry.")
    found = actors_of(pipeline, text)
    for surface in ("Governments", "officials", "executives", "Regulators"):
        assert codes_of(found, surface) == {None}, surface


def test_actors73_groups_take_a_body_before_them(pipeline: Pipeline) -> None:
    text = ("TIN PACT HOLDS\n\n"
            "OPEC met in Vienna on Monday. OPEC officials said they would watch output.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "officials") == codes_of(found, "OPEC")


def test_actors73_guard_states_that_act_stay(pipeline: Pipeline) -> None:
    text = ("SOVIET UNION BUYS WHEAT\n\n"
            "The Soviet Union bought 200,000 tonnes of wheat, traders said. Japan said its exports rose.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Soviet Union") == {"RUS"}
    assert codes_of(found, "Japan") == {"JPN"}


def test_actors73_products_and_exchange_prices(pipeline: Pipeline) -> None:
    text = ("ACME <ACM> SEES GROWTH\n\n"
            "Acme Inc said sales will rise. The company markets Cardiotrax, the first single chamber heart monitor "
            "that varies its rate. Prices were set on London Metal Exchange cash prices.")
    found = actors_of(pipeline, text)
    assert "Cardiotrax" not in surfaces(found)
    assert "London Metal Exchange" not in surfaces(found)


def test_actors73_office_title_before_a_name(pipeline: Pipeline) -> None:
    text = ("MALAYSIA CURBS TIN OUTPUT\n\n"
            "Tin output will be cut, the Association said. Mine owners in Malaysia welcomed the new curb. Under "
            "the plan, Malaysia has been given a quota of 20,000 tonnes.\n\n"
            "Chief Inspector of Mines Rahman Hashim told Reuters that excess output would be stored. Rahman said "
            "new licences would be granted by the Mines Department only if prices rose.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Rahman Hashim") == {"MYS"}
    assert _same_actor(found, "Rahman Hashim", "Rahman")
    assert "Mines Rahman Hashim" not in surfaces(found)


def test_actors73_ticker_spelling_the_first_word(pipeline: Pipeline) -> None:
    text = ("DELMONT <DLM> SELLS UNIT\n\n"
            "Delmont Corp said it sold its leasing unit to Vantel Corp <VANTEL> for 200 mln dlrs.")
    found = actors_of(pipeline, text)
    assert _same_actor(found, "Vantel Corp", "VANTEL")


def test_actors73_the_officials_are_the_group_before(pipeline: Pipeline) -> None:
    text = ("JAPAN TO CUT ENERGY OUTLOOK\n\n"
            "Japan will revise its energy outlook, ministry officials said. The plan will be set by August, the "
            "officials said.")
    found = actors_of(pipeline, text)
    assert _same_actor(found, "ministry officials", "officials")


def test_actors73_listed_members_named_as_places(pipeline: Pipeline) -> None:
    text = ("GULF BOND MARKETS SEEN SLOW TO GROW\n\n"
            "Gulf states must open their markets to citizens of Arab League states -- Jordan, Yemen, Syria and the "
            "United Arab Emirates (UAE), a banker said.\n\n"
            "There is no bond market in Syria, Yemen or the UAE, with the last Syrian pound bond issued in 1980. Only "
            "Jordan has an exchange.")
    found = actors_of(pipeline, text)
    for surface in ("Syria", "Yemen", "UAE", "United Arab Emirates"):
        assert surface not in surfaces(found).split(" | "), surface
    assert codes_of(found, "Jordan") == {"JOR"}
