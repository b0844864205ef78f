"""Actors of round 72 (branch ``actors72``): on a wire story (a capitals title line, a blank line), a town the
tagger read as a company or a person before its US state is no actor; a company named with a US town and state is
American; a company's former name and its first word read as a person are its mentions; a unit named with its
parent ("an <Parent> operating company") is of the parent's country; a United Nations body the dictionary cut
before its bracketed acronym is one international body with the acronym; a bank named only in angle brackets an
actor of its place's state. Not actors: a market's figures the wire
capitalises after a state's initials ("U.S. Earnings"); a country named only as the
place of a market's figures ("sales in the United States") or as the adjective of its economy.

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


def test_actors72_us_towns_and_their_companies(pipeline: Pipeline) -> None:
    text = ("BRISTOW <BRW> SELLS TOOL UNIT\n\n"
            "Bristow Corp said it agreed to sell its Ludlow, Miss. tool plant and its Carver Tool Sales Corp to "
            "Kessling Corp of Pinefield, Ariz. Terms were not disclosed. Kessling said the Ludlow plant will keep "
            "its staff.")
    found = actors_of(pipeline, text)
    assert "Ludlow" not in surfaces(found)
    assert codes_of(found, "Kessling Corp") == {"USA"}
    assert _same_actor(found, "Kessling Corp", "Kessling")


def test_actors72_former_name_is_the_company(pipeline: Pipeline) -> None:
    text = ("DELMONT <DLM> CUTS DEBT\n\n"
            "Delmont Corp, formerly known as Delmont Rubber Co, said it repaid 30 mln dlrs of bank debt. "
            "Delmont said it would sell two plants this year.")
    found = actors_of(pipeline, text)
    assert _same_actor(found, "Delmont Corp", "Delmont Rubber Co")


def test_actors72_unit_named_with_its_parent(pipeline: Pipeline) -> None:
    text = ("DELMONT <DLM> SIGNS SUPPLY PACT\n\n"
            "Delmont Corp said tyres from the new plant will be supplied to the Fenwick Wheel Co, a Delmont "
            "operating company, under a five year agreement.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Fenwick Wheel Co") == {"USA"}


def test_actors72_un_body_with_its_acronym(pipeline: Pipeline) -> None:
    text = ("TIN TALKS END WITHOUT ACCORD\n\n"
            "Delegates failed to agree on a new fund, the United Nations Industrial Development Organization "
            "(UNIDO) reported. UNIDO will call the delegates back in May.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "UNIDO") == {"IGO"}
    assert _same_actor(found, "UNIDO", "the United Nations Industrial Development Organization")


def test_actors72_countries_as_market_places(pipeline: Pipeline) -> None:
    text = ("KELLMAN <KLM> SEES HIGHER PROFIT\n\n"
            "Kellman Inc said its orders in the United States rose 12 pct. Ray Dobbs, its president, said the "
            "U.S. economy was growing. Sales in Japan fell, Kellman said.")
    found = actors_of(pipeline, text)
    assert "United States" not in found
    assert "Japan" not in found


def test_actors72_guards_states_that_act_stay(pipeline: Pipeline) -> None:
    text = ("U.S. SEEKS CURBS ON STEEL\n\n"
            "The United States asked Japan to cut steel exports, trade officials said. Japan said it would reply "
            "in May. Sales in Europe fell.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Japan") == {"JPN"}
    assert "United States" in found


def test_actors72_capitalised_market_figures_are_no_bodies(pipeline: Pipeline) -> None:
    text = ("ACME <ACM> SEES GAINS\n\n"
            "Acme Inc said U.S. Earnings rose in the quarter and U.S. Oil sales were flat. Acme said it would add "
            "staff at its U.S. Steel Corp plant.")
    found = actors_of(pipeline, text)
    assert "U.S. Earnings" not in surfaces(found)
    assert "U.S. Oil" not in surfaces(found)


def test_actors72_bank_in_angle_brackets(pipeline: Pipeline) -> None:
    text = ("VELLUM <VLM> WINS ORDERS\n\n"
            "Vellum Systems Inc said it won a large order from the <Bank of Tokyo> and expects higher sales.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Bank of Tokyo") == {"JPN"}
