"""Actors of round 59 (branch ``actors59``): 1987 trade-policy wire stories with ministers and central bankers.
The bare "EC" of a story that spells out the European Community, the Group of Five and "G-6", the Bundesbank and
its president, the President's spokesman, a counsellor in apposition to "<Country>'s <post>", a minister's later
surname, the capitals headline's surname, bare "Congress", a speech's audience, trading partners, and a capital
that names a pact.

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


def test_actors59_bare_ec_is_the_spelled_out_community(pipeline: Pipeline) -> None:
    text = ("Farm ministers of the European Community, EC, met on Monday. The EC said it would cut dairy quotas, "
            "and Canada said the EC plan was too timid.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "EC") == {"IGO"}
    assert "EC" in found["European Union"][2]


def test_actors59_finance_groups_are_international(pipeline: Pipeline) -> None:
    text = ("SMITH SAYS G-6 TALKS WENT WELL\n\nThe finance ministers of the Group of Five and Italy's minister "
            "met in a hotel on Sunday to discuss exchange rates, an aide said.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Group of Five") == {"IGO"}
    assert codes_of(found, "G-6") == {"IGO"}


def test_actors59_bundesbank_and_its_president_are_german(pipeline: Pipeline) -> None:
    text = ("Bundesbank President Walter Brinkmann said the mark was stable. Brinkmann said, however, that Japan "
            "had not met its targets. The Bundesbank did not sell marks.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Bundesbank") == {"DEU"}
    assert codes_of(found, "Walter Brinkmann") == {"DEU"}


def test_actors59_presidential_spokesman_of_the_white_house(pipeline: Pipeline) -> None:
    text = ("WHITE HOUSE HOLDS LINE ON TARIFFS\n\nPresidential spokesman Dale Hammond said U.S. tariffs on Korea "
            "would start next month despite Korean pleas. Hammond told reporters nothing had changed.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Dale Hammond") == {"USA"}
    assert codes_of(found, "Hammond") == {"USA"}


def test_actors59_counsellor_of_a_country_in_apposition(pipeline: Pipeline) -> None:
    text = ("The paper printed a letter by India's trade counsellor in its Washington embassy, Ravi Menon, who "
            "said U.S. quotas hurt textile exports.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Ravi Menon") == {"IND"}


def test_actors59_minister_keeps_his_country_by_surname(pipeline: Pipeline) -> None:
    text = ("Dutch Foreign Trade Minister Pieter Van Loon said a deal was near.\n\nVan Loon, visiting Washington for "
            "meetings with Administration aides, said the United States would wait.\n\nVan Loon said he hoped the "
            "United States would drop its curbs.\n\nVan Loon said U.S. farmers see no reason to change.\n")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Pieter Van Loon") == {"NLD"}
    assert codes_of(found, "Van Loon") == {"NLD"}


def test_actors59_headline_surname_is_the_bodys_person(pipeline: Pipeline) -> None:
    text = ("STOLTENBERG WANTS STABLE RATES\n\nBonn's minister of finance, Gerhard Stoltenberg, told a panel on "
            "Monday that rates should stay where they are. Stoltenberg said growth was slow.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "STOLTENBERG") == {"DEU"}
    assert "Jens Stoltenberg" not in found


def test_actors59_bare_congress_in_a_story_on_the_united_states(pipeline: Pipeline) -> None:
    text = ("Peru asked the United States to lift its curbs on copper. The U.S. Embassy said Lima must win over "
            "Congress before the law could be altered, Peruvian officials said.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Congress") == {"USA"}


def test_actors59_audience_of_a_speech_is_no_actor(pipeline: Pipeline) -> None:
    text = ("In a speech to the National Grocers Association, Treasury Secretary James Baker said growth would "
            "pick up. He said budget cuts were needed.")
    found = actors_of(pipeline, text)
    assert "National Grocers Association" not in surfaces(found)


def test_actors59_trading_partners_act_as_a_group(pipeline: Pipeline) -> None:
    text = ("The minister said there was discord between Japan and its major trading partners over rice, and "
            "that its trading partners wanted faster cuts.")
    found = actors_of(pipeline, text)
    assert "major trading partners" in surfaces(found)


def test_actors59_capital_naming_a_pact_is_no_actor(pipeline: Pipeline) -> None:
    text = ("The ministers said the Rome accord was working. They met in Rome last month and agreed to keep "
            "currencies stable. The Rome agreement would be reviewed.")
    found = actors_of(pipeline, text)
    assert "Italy" not in found


def test_actors59_capital_acting_stays_an_actor(pipeline: Pipeline) -> None:
    text = "Rome said on Monday it would veto the budget. Italian officials said the plan was unfair."
    found = actors_of(pipeline, text)
    assert codes_of(found, "Rome") == {"ITA"}


def test_actors59_ec_elsewhere_stays_as_it_was(pipeline: Pipeline) -> None:
    text = "The EC said the poll would be held in May, the chief electoral officer in New Delhi said."
    found = actors_of(pipeline, text)
    assert "European Union" not in found
