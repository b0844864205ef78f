"""Actors of round 79 (branch ``actors79``). Every text: a capital named only as a meeting's place ("the talks in
London") is no actor, and a person of no entry whom only that capital gave a state keeps none (a sentence read
alone, as the events golds read it); a news agency named after its description ("the domestic news agency KENTA",
"the Greek news agency Elpress") is an outlet, of the adjective's state. Wire stories: a bloc named only as its
members' modifier ("Gulf Cooperation Council (GCC) states", "GCC nationals") is no actor; "U.S. customers" of a
company's prices are none; where "Luxembourg" is named only inside "Belgo-Luxembourg" the story's statistics office
is Belgian, the union of no state, and "a spokesman for" the office of its state. Guards (pass on main too): a
capital that acts stays its state; a bloc that acts stays an actor; "Yugoslavia" is Serbia (settled this round, as
the events golds and the dictionary code it).

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


def test_actors79_meeting_capital_lends_no_state(pipeline: Pipeline) -> None:
    text = ('"We kept well inside the targets we set in the talks in London," Nakamura told reporters after the '
            "Group of Five meeting here.")
    found = actors_of(pipeline, text)
    assert "London" not in surface_set(found)
    assert codes_of(found, "Nakamura") == {None}


def test_actors79_capital_that_acts_stays(pipeline: Pipeline) -> None:
    text = "London said on Monday it would expel two diplomats after the talks in Geneva failed."
    found = actors_of(pipeline, text)
    assert codes_of(found, "London") == {"GBR"}


def test_actors79_news_agency_after_its_description(pipeline: Pipeline) -> None:
    text = ("KENYA TEA CROP SEEN HIGHER\n\nKenyan tea output will rise this year, the Tea Growers Council said.\n\n"
            "Council chairman Peter Mwangi told the domestic news agency KENTA that exports earned more last year. "
            "He told the Greek news agency Elpress that Athens buyers paid well.\n")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Elpress") == {"GRC"}
    assert found["Elpress"][0] == "media"
    assert any(t == "media" and "KENTA" in s for t, _, s in found.values())


def test_actors79_bloc_named_as_its_members_modifier(pipeline: Pipeline) -> None:
    text = ("GULF SHARE TRADING STAYS THIN, BANK SAYS\n\nShare trading in the Gulf remains thin, Arabian Capital "
            "Bank said.\n\nThe bank said investors of Gulf Cooperation Council (GCC) states still prefer property, "
            "and GCC nationals hold few listed shares.\n")
    found = actors_of(pipeline, text)
    assert not {"Gulf Cooperation Council", "GCC"} & surface_set(found)


def test_actors79_bloc_that_acts_stays(pipeline: Pipeline) -> None:
    text = ("GCC MINISTERS BACK OIL PRICE\n\nThe Gulf Cooperation Council (GCC) said on Sunday it backs the "
            "official oil price, and GCC states will meet again in May.\n")
    found = actors_of(pipeline, text)
    assert "Gulf Cooperation Council" in surface_set(found)


def test_actors79_state_customers_no_actor(pipeline: Pipeline) -> None:
    text = ("ACME CHEMICAL <ACM> RAISES RESIN PRICES\n\nAcme Chemical Corp said its resins will cost U.S. "
            "customers two cts a pound more from May 1.\n")
    found = actors_of(pipeline, text)
    assert "U.S. customers" not in surface_set(found)
    assert codes_of(found, "Acme Chemical Corp") == {"USA"}


def test_actors79_belgo_luxembourg_bodies_belgian(pipeline: Pipeline) -> None:
    text = ("BELGOLUX CURRENT ACCOUNT SURPLUS WIDENS\n\nThe Belgo-Luxembourg Economic Union (BLEU) had a current "
            "account surplus of 20.4 billion francs in March, a spokesman for the Central Statistics Office said.\n\n"
            "The Office said exports rose.\n")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Central Statistics Office") == {"BEL"}
    assert codes_of(found, "spokesman") == {"BEL"}
    assert codes_of(found, "BLEU") == {None}


def test_actors79_yugoslavia_is_serbia(pipeline: Pipeline) -> None:
    text = ("YUGOSLAVIA TO BUY CORN\n\nYugoslavia will buy 50,000 tonnes of corn in June, trade officials in "
            "Belgrade said.\n")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Yugoslavia") == {"SRB"}


def test_actors79_group_of_states_countries_stays(pipeline: Pipeline) -> None:
    text = ("LAWSON BACKS CURRENCY PACT\n\nLawson said the pact the Group of Five countries struck to hold rates "
            "steady was working.\n")
    found = actors_of(pipeline, text)
    assert "Group of Five" in surface_set(found)


def test_actors79_summit_host_stays(pipeline: Pipeline) -> None:
    text = "Chile's foreign minister declined an invitation to attend the regional summit in Madrid."
    found = actors_of(pipeline, text)
    assert codes_of(found, "Madrid") == {"ESP"}
