"""Actors of round 67 (branch ``actors67``): on a wire story (a capitals title line, a blank line), a capital named
as a meeting's place, a demonym before its currency, "U.S." before a market's goods, a treasury's paper and a
department inside an officer's title are no actors; the person after "Chancellor of the Exchequer" is British; a
bare "Treasury", its spokesman and "the authorities" take the story's one state; a dictionary multinational takes
its home state and its longer name; unnamed analysts that agree, "five other industrial nations", a company's
special committee and a spokeswoman who cannot answer are actors.

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


def test_actors67_chancellor_and_meeting_capital(pipeline: Pipeline) -> None:
    text = ("STERLING FIRMS ON RATE HOPES\n\n"
            "Chancellor of the Exchequer Harold Wimbleton said after the Paris meeting that sterling should hold "
            "steady. A Treasury spokesman said Wimbleton saw no need to act. Dealers said the weekly Treasury Bill "
            "rate fell.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Harold Wimbleton") == {"GBR"}
    assert "France" not in found
    assert "Bill" not in found
    assert codes_of(found, "Treasury") == {"GBR"}


def test_actors67_authorities_take_the_one_state(pipeline: Pipeline) -> None:
    text = ("BANK OF ENGLAND WAITS\n\n"
            "The Bank of England kept its rates at 11 pct, dealers in London said. However, the authorities "
            "will hope that the inflows stay, and other analysts agree that the pound is firm.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "the authorities") == {"GBR"}
    assert "other analysts" in surfaces(found)


def test_actors67_currency_adjective_and_title_department(pipeline: Pipeline) -> None:
    text = ("OFFICIAL SEES DOLLAR TOO LOW\n\n"
            "Yesterday Martin Quellhorst, Undersecretary of Commerce for Trade Statistics, called the Japanese "
            "yen too weak. The United States and four other industrial nations met last month.")
    found = actors_of(pipeline, text)
    assert "Japan" not in found
    assert "Commerce for Trade Statistics" not in found
    assert "four other industrial nations" in surfaces(found)


def test_actors67_us_goods_are_no_actor(pipeline: Pipeline) -> None:
    text = ("OIL PRICES FIRM ON OUTPUT CURBS\n\n"
            "Prices rose today, with May U.S. crude prices up about a dollar, and a decline in U.S. oil "
            "production could lift demand, an analyst named Fenwick Orlo said.")
    found = actors_of(pipeline, text)
    assert "United States" not in found


def test_actors67_us_policy_stays_an_actor(pipeline: Pipeline) -> None:
    text = ("TRADE AIDE SEES U.S. POLICY UNCHANGED\n\n"
            "An aide said U.S. policy on trade was unchanged, and U.S. officials would meet soon.")
    found = actors_of(pipeline, text)
    assert "USA" in codes_of(found, "U.S.")


def test_actors67_multinational_home_and_committee(pipeline: Pipeline) -> None:
    text = ("GRANBERRY RAISES BID FOR VIACOM <VIA>\n\n"
            "Viacom International Inc said Granberry Partners Inc again lifted its offer. The special committee "
            "of its board would weigh the bid on Friday, Viacom added. A spokeswoman was unable to comment on "
            "whether the committee had met.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Viacom International Inc") == {"USA"}
    assert codes_of(found, "special committee") == {"USA"}
    assert "spokeswoman" in surfaces(found)


def test_actors67_not_on_plain_text(pipeline: Pipeline) -> None:
    text = ("Officials met in Paris on Monday. The Paris meeting ended without a deal, French officials said.")
    found = actors_of(pipeline, text)
    assert "FRA" in {code for _, code, _ in found.values()}
