"""Actors of round 70 (branch ``actors70``): on a wire story (a capitals title line, a blank line), a ticker in
angle brackets is a mention of the company named right before it (no United Nations from "<UN.A>"); a company named
only in angle brackets is an actor with its acronym; a company's name the tagger cut at a hyphen or at "and" is
made whole, its initials and its name's last words mentions of it, its subsidiaries named with its initials of its
country; a title's "X AND Y <TICKER>" names the body's "X and Y Inc", American; a name run into its bracketed
alias ("(Keidanren") is cut; a company "<...> NV" is Dutch, never of a state it builds in. Not actors: "U.S." before a
currency, a market's demand or output, after a market's figure "in the" or a company's possessive; a currency read
as a name; the SPR; a body's periodical after its possessive.

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


def test_actors70_ticker_in_brackets_is_the_company(pipeline: Pipeline) -> None:
    text = ("HARLOW MILLS <HML> BUYS DYE MAKER\n\n"
            "Harlow Mills Inc said it agreed to buy Brandt Colour Co <BRCO> for 40 mln dlrs. Vantage Holdings Plc "
            "<UN.A> said it would not bid for Brandt. Harlow said the deal should close in May.")
    found = actors_of(pipeline, text)
    assert "United Nations" not in found
    assert codes_of(found, "Vantage Holdings Plc") == {"GBR"}


def test_actors70_company_only_in_angle_brackets(pipeline: Pipeline) -> None:
    text = ("BAHRAIN BANK SEES SLOWER LENDING\n\n"
            "Lending in the region will slow this year, <Arabian Harbour Bank BSC> (AHB) said. AHB's chief "
            "economist Karim Nassar said deposits fell. The AHB review was published on Tuesday.")
    found = actors_of(pipeline, text)
    assert "Arabian Harbour Bank BSC" in found
    assert _same_actor(found, "Arabian Harbour Bank BSC", "AHB")


def test_actors70_hyphenated_name_initials_and_subsidiaries(pipeline: Pipeline) -> None:
    text = ("MINETECH SEES BETTER YEAR\n\n"
            "Borland Copper-Nickel Corp Plc <BCNL.L>, BCN, said higher output in the U.S. and Europe ought to lift "
            "1987 profits. Prices in U.S. Dlrs rose, BCN said. Sales improved at subsidiaries BCN Ceramics Ltd and "
            "BCN Alloys Ltd.")
    found = actors_of(pipeline, text)
    assert _same_actor(found, "Borland Copper-Nickel Corp Plc", "BCN")
    assert codes_of(found, "BCN") == {"GBR"}
    assert codes_of(found, "BCN Ceramics Ltd") == {"GBR"}
    assert "United States" not in found
    assert "Dlrs" not in surfaces(found)


def test_actors70_name_split_at_and(pipeline: Pipeline) -> None:
    text = ("PACIFIC CABLE <PCW> FILES RATE PLAN\n\n"
            "Pacific Cable and Wireless Co filed a plan to cut rates, analysts said. PCW said the plan would help "
            "profits. Northern Lights Energy Inc <NLE> also filed.")
    found = actors_of(pipeline, text)
    assert "Pacific Cable and Wireless Co" in found
    assert _same_actor(found, "Pacific Cable and Wireless Co", "PCW")
    assert "Wireless Co" not in found


def test_actors70_title_x_and_y_with_ticker(pipeline: Pipeline) -> None:
    text = ("DRAKE AND HOLLIS <DHL> POSTS LOSS\n\n"
            "Drake and Hollis Inc said it posted a fourth quarter loss of 12 mln dlrs. The company said sales at "
            "its Ferrex unit fell.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Drake and Hollis Inc") == {"USA"}


def test_actors70_last_words_of_a_company_and_a_division(pipeline: Pipeline) -> None:
    text = ("K.L. BRANDON <KLB> UNIT'S HALVERSON BID LAPSES K.L.\n\n"
            "Brandon Buyout Inc said its offer for Halverson Freight Corp <HFC> lapsed. Brandon said fewer than 3 "
            "pct of the shares were tendered. K.L. Brandon Buyout Inc is a unit of K.L. Brandon. Halverson's U.S. "
            "trucking division was not part of the offer.")
    found = actors_of(pipeline, text)
    assert _same_actor(found, "K.L. Brandon Buyout Inc", "Brandon Buyout Inc")
    assert codes_of(found, "Brandon Buyout Inc") == {"USA"}
    assert "United States" not in found


def test_actors70_market_words_and_a_guard(pipeline: Pipeline) -> None:
    text = ("RECENT U.S. GASOLINE DEMAND UP\n\n"
            "U.S. gasoline demand rose 1.5 pct in February, the Fuel Statistics Office said. Stocks in the SPR "
            "were unchanged, the office said in the office's Fuel Supply Weekly. The U.S. said it would raise "
            "import fees.")
    found = actors_of(pipeline, text)
    assert "SPR" not in found and "Fuel Supply Weekly" not in found
    assert codes_of(found, "U.S.") == {"USA"}  # the state that acts stays
    assert [s for s in surfaces(found).split(" | ") if s == "U.S."] == ["U.S."]


def test_actors70_alias_in_brackets_longer_than_an_acronym(pipeline: Pipeline) -> None:
    text = ("JAPAN BUSINESS GROUP URGES CUTS\n\n"
            "The Federation of Economic Organizations (Keidanren) urged the government to cut taxes, a Keidanren "
            "spokesman said. Spokesman Taro Ishida said the group would meet again.")
    found = actors_of(pipeline, text)
    assert "Federation of Economic Organizations" in found  # no "(Keidanren" in the name
    assert _same_actor(found, "Federation of Economic Organizations", "Keidanren")


def test_actors70_dutch_company_is_no_chinese_firm(pipeline: Pipeline) -> None:
    text = ("DUTCH FIRM SIGNS CHINA DEAL\n\n"
            "Van Doorn Electronics NV said it signed a deal to build a plant in China. The NV said output would "
            "start in 1989.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Van Doorn Electronics NV") == {"NLD"}
    assert codes_of(found, "China") == {"CHN"}


def test_actors70_a_region_state_is_no_company_s(pipeline: Pipeline) -> None:
    text = ("FORECASTER SEES WHEAT DAMAGE\n\n"
            "Crop damage in northern Romania could be severe, the private forecaster Agrimet Services said. Agrimet "
            "said frost hit the fields in March.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Agrimet Services") == {None}
