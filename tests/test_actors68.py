"""Actors of round 68 (branch ``actors68``): on a wire story (a capitals title line, a blank line), a full name and
its acronym in brackets are one actor; a body "<...> of <Country>" is of that country; a ministry or agency of no
entry takes the story's one state (a ministry's name the tagger cut is made whole); the EC's bodies are
international; central banks and the holders of their posts are of their states; a person after a US department
secretary's title is American. Not actors: ports and towns on a coast, a project, a country inside a gulf's name or
before its crude, "U.S." before a market's figures, a title's "<COUNTRY>'S" before its company, a country's adjective
before an industry, volcanoes, scales and trade terms ("FOB").

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


def test_actors68_acronym_in_brackets_and_a_body_of_a_country(pipeline: Pipeline) -> None:
    text = ("VENEZUELA OIL FIRM GETS CREDIT\n\n"
            "Venezuelan state oil firm Petroleos del Caribe (Pecar) obtained a 90 mln dlr credit from the "
            "Export Development Bank of Canada, Pecar treasurer Pablo Urdaneta said. Pecar will spend the money "
            "on two pumping stations, he said.")
    found = actors_of(pipeline, text)
    assert "Petroleos del Caribe" in found  # no "(Pecar" in the name
    assert _same_actor(found, "Pecar")
    assert codes_of(found, "Pecar") == {"VEN"}
    assert codes_of(found, "Export Development Bank of Canada") == {"CAN"}


def test_actors68_ministries_take_the_one_state(pipeline: Pipeline) -> None:
    text = ("JAPAN TO CUT COAL SUBSIDIES\n\n"
            "The Ministry of International Shipping will trim its coal subsidies from April, ministry officials "
            "said. The plan goes to the Fisheries and Forestry Ministry next week, and the Agency of Small "
            "Harbours will review it, the officials said. Japan imports most of its coking coal.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Ministry of International Shipping") == {"JPN"}
    assert codes_of(found, "Fisheries and Forestry Ministry") == {"JPN"}
    assert codes_of(found, "Agency of Small Harbours") == {"JPN"}
    assert codes_of(found, "ministry officials") == {"JPN"}


def test_actors68_ec_body_is_international(pipeline: Pipeline) -> None:
    text = ("EC OPENS PROBE INTO JAPANESE PRINTERS\n\n"
            "The EC Trade Directorate said Japanese printer makers sold below cost in Europe. The Directorate "
            "said it would hear both sides, diplomats said.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "EC Trade Directorate") == {"IGO"}
    assert "diplomats" in surfaces(found)


def test_actors68_places_and_figures_are_no_actors(pipeline: Pipeline) -> None:
    text = ("MEXICO'S PEMEX PLANS NEW TERMINAL\n\n"
            "Pemex will build a terminal at Puerto Salinas on the Pacific Coast and a tank farm at Punta Brava on "
            "the Gulf of Mexico to ship Mexico's Olmeca crude, an official said. The Coastal Terminal Project "
            "will cost 200 mln dlrs. Stronger U.S. employment figures lifted U.S. interest rate futures.")
    found = actors_of(pipeline, text)
    assert "Puerto Salinas" not in surfaces(found)
    assert "Punta Brava" not in surfaces(found)
    assert "Coastal Terminal Project" not in surfaces(found)
    assert "Mexico" not in surfaces(found).split(" | ")
    assert "U.S." not in surfaces(found).split(" | ")


def test_actors68_title_possessive_and_industry(pipeline: Pipeline) -> None:
    text = ("KOREA'S HANBIT FORECASTS LOWER PROFIT\n\n"
            "<Hanbit Telecom Corp> (HTC) expects its profit to fall this year, the company said. HTC said the "
            "South Korean telecommunications industry was opened to rivals in 1986.")
    found = actors_of(pipeline, text)
    assert "KOREA" not in surfaces(found)
    assert "South Korean" not in surfaces(found).split(" | ")
    assert _same_actor(found, "Hanbit Telecom Corp", "HTC")


def test_actors68_central_banks_and_their_holders(pipeline: Pipeline) -> None:
    text = ("CENTRAL BANKS SIGNAL CALM\n\n"
            "Bank of Japan governor Tadao Kurihara said the yen was steady. Fed chairman Walter Bancroft said U.S. "
            "rates were about right, and Bundesbank vice-president Otto Kleinschmidt said German money growth was "
            "too fast.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Bank of Japan") == {"JPN"}
    assert codes_of(found, "Tadao Kurihara") == {"JPN"}
    assert codes_of(found, "Fed") == {"USA"}
    assert codes_of(found, "Otto Kleinschmidt") == {"DEU"}


def test_actors68_the_fed_moves_no_japanese_ministry(pipeline: Pipeline) -> None:
    text = ("TOKYO WELCOMES FED DECISION\n\n"
            "The Finance Ministry welcomed the Federal Reserve Board's decision, Japanese officials said. The Fed "
            "has acted wisely, one official said.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Federal Reserve Board") == {"USA"}
    assert codes_of(found, "Finance Ministry") == {"JPN"}


def test_actors68_us_secretary_volcano_and_fob(pipeline: Pipeline) -> None:
    text = ("U.S. SEES SMALLER TRADE GAP\n\n"
            "Undersecretary of Commerce Thomas Miller said the U.S. trade gap would shrink. Miller added that "
            "sugar sold at 180 dlrs a tonne FOB. In Colombia the Nevado del Tolima volcano erupted.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Thomas Miller") == {"USA"}
    assert "FOB" not in surfaces(found)
    assert "Nevado" not in surfaces(found)


def test_actors68_ministry_of_a_two_state_story_stays_uncoded(pipeline: Pipeline) -> None:
    text = ("FRANCE AND SPAIN TALK FISH\n\n"
            "France and Spain met on fishing quotas. The Ministry of Sea Fisheries said talks would go on.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Ministry of Sea Fisheries") <= {None}


def test_actors68_us_secretary_over_a_nearby_demonym(pipeline: Pipeline) -> None:
    text = ("U.S. PRESSES TOKYO ON CHIPS\n\n"
            "Undersecretary of Commerce Thomas Miller said Japanese chip makers had not opened their market. Miller "
            "said the U.S. would act.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Thomas Miller") == {"USA"}


def test_actors68_another_states_secretary_keeps_his_state(pipeline: Pipeline) -> None:
    text = ("TOKYO TALKS END\n\n"
            "Japanese Secretary of State for Trade Hiroshi Tanaka met U.S. officials. Tanaka said talks went well.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Hiroshi Tanaka") == {"JPN"}
