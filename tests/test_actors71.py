"""Actors of round 71 (branch ``actors71``): on a wire story (a capitals title line, a blank line), places listed
after "in" beside a place of the story's state are no actors (a province the dictionary reads as another state's
city, or the tagger as a body), nor a state named once as a town's; a company's name misspelt by one letter and a
body's short name ("Commerce") join the coded company or body; a person with a government officer's title "for" a
coded body takes its state; unnamed farmers, owners, producers, an industry's or a department's officials and
"private sources" are groups with their codes.

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


def test_actors71_listed_provinces_are_places(pipeline: Pipeline) -> None:
    text = ("ARGENTINE WHEAT HURT BY FROST\n\n"
            "Argentine wheat growers cut their estimates, grain brokers said. Frost last week hit 40 pct of fields "
            "in Buenos Aires province, 30 pct in Cordoba, 20 in La Pampa and ten in Formosa. Sowing is late in "
            "Cordoba and La Pampa.")
    found = actors_of(pipeline, text)
    assert "Spain" not in found
    assert "Taiwan" not in found
    assert "La Pampa" not in surfaces(found)
    assert codes_of(found, "Argentine") == {"ARG"}


def test_actors71_a_towns_state_is_no_actor(pipeline: Pipeline) -> None:
    text = ("DUTCH BANKER SEES LOWER RATES\n\n"
            "Netherlands central bank director Pieter Wolters said in a lecture in Dorking, England, that rates "
            "could fall. Dutch dealers said the guilder firmed.")
    found = actors_of(pipeline, text)
    assert "United Kingdom" not in found
    text = ("BRITAIN TO CUT STEEL AID\n\n"
            "Britain will cut aid to steel plants, officials said in London. England's plants would close.")
    assert "United Kingdom" in actors_of(pipeline, text)


def test_actors71_misspelt_company_joins_it(pipeline: Pipeline) -> None:
    text = ("BRIDGEWATER SYSTEMS <BRDG> TO HAVE LOSS\n\n"
            "Bridgewater Systems Corp said it will post a loss of 20 mln dlrs for the year. Bridgewatter "
            "said the loss includes a charge for its plant.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Bridgewatter") == {"USA"}
    assert _same_actor(found, "Bridgewater Systems Corp", "Bridgewatter")


def test_actors71_short_name_of_a_department(pipeline: Pipeline) -> None:
    text = ("U.S. SETS DUTIES ON CEMENT\n\n"
            "The Commerce Department will set final duties on cement from Mexico, officials said. Commerce's "
            "ruling follows a complaint by cement makers.")
    found = actors_of(pipeline, text)
    assert _same_actor(found, "Commerce Department", "Commerce")


def test_actors71_titled_officer_takes_the_bodys_state(pipeline: Pipeline) -> None:
    text = ("U.S. TO PAY DAIRY FARMERS IN CASH\n\n"
            "Dairy payments will be made in cash, Fred Halloway, Deputy Administrator for USDA's dairy "
            "programs, said. Halloway said the checks would go out in May.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Fred Halloway") == {"USA"}
    text = ("ACME FOODS NAMES PRESIDENT\n\n"
            "Acme Foods Inc <ACMF> said Fred Halloway, vice president of its Acme Dairy unit, was named president.")
    assert codes_of(actors_of(pipeline, text), "Fred Halloway") == {None}


def test_actors71_unnamed_groups(pipeline: Pipeline) -> None:
    text = ("U.S. TO PAY WHEAT FARMERS\n\n"
            "Payments to wheat and barley farmers will go out in May, a USDA official said. Farmers who signed up "
            "early get more. Industry officials said the plan was fair, and department officials said costs would "
            "fall. Yields are below those estimated by private sources.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "wheat and barley farmers") == {"USA"}
    assert "Industry officials" in surfaces(found)
    assert "private sources" in surfaces(found)
    text = ("TIN MINES TO CLOSE\n\n"
            "Mine owners in Bolivia have asked the government for credit, officials said. Mine officials in "
            "Peru said output would fall.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Mine owners") == {"BOL"}


def test_actors71_us_before_goods_and_a_passage_are_no_actors(pipeline: Pipeline) -> None:
    text = ("KOREA BUYS U.S. CORN\n\n"
            "South Korea bought 200,000 tonnes of U.S. corn for May shipment, grain traders said. U.S. soybeans "
            "were also offered.")
    found = actors_of(pipeline, text)
    assert "United States" not in found
    text = ("U.S. SAYS IT WILL TALK WITH KOREA\n\n"
            "The U.S. will hold talks with South Korea on rice, officials said.")
    assert "United States" in actors_of(pipeline, text)
    text = ("ARCTIC SHIPPING\n\n"
            "A U.S. tanker will sail through the Davis Passage to Alaska, officials said. The Davis Passage is "
            "claimed by Canada.")
    assert "Davis Passage" not in surfaces(actors_of(pipeline, text))


def test_actors71_a_state_body_of_its_paragraphs_state(pipeline: Pipeline) -> None:
    text = ("TIN PRODUCERS TO LIMIT EXPORTS\n\n"
            "Officials of tin producing states said exports would be limited. Bolivia, Peru, Zambia and Thailand "
            "agreed.\n\nMine officials in Zambia said only 100 mines would operate this year.\n\n"
            "Mine owners in Zambia welcomed the curb, officials said.\n\n"
            "Kabwe Mulenga said the Mines Department would grant no new licences.\n\n"
            "In Thailand, Thai officials said output would fall. Bangkok said Thailand would cut exports. The Thai "
            "industry ministry agreed, and Thailand's smelter said it would close.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Mines Department") == {"ZMB"}
    assert codes_of(found, "Mine owners") == {"ZMB"}


def test_actors71_a_shimbun_is_a_japanese_paper_and_gulf_states_act(pipeline: Pipeline) -> None:
    text = ("JAPAN TO BUY MORE CHINESE COAL\n\n"
            "Japan will buy more coal from China next year, the Asahi Shimbun reported. The Japanese daily said the "
            "deal was signed in Peking. Mainichi Shimbun said exports to Japan rose.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Asahi Shimbun") == {"JPN"}
    assert found["Mainichi Shimbun"][0] == "organization"
    text = ("GULF OIL OUTPUT TO FALL\n\n"
            "Gulf states had been making plans to cut output for months, oil analysts said. Saudi Arabia agreed.")
    assert "Gulf states" in surfaces(actors_of(pipeline, text))
