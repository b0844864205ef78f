"""Round 48 (issue 17), SemEval-2025 EN war and climate sentences: a conference hosted is a meeting, protests
spreading across a country are its people's protest, a passive call-up by a state is its mobilization, "its
invasion of Y" is the invasion of the actor named before.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

from tests.event_predictions import triples as _triples


def test_events48_a_hosted_conference_is_a_meeting() -> None:
    triples = _triples("Norway hosted the climate conference last year.")
    assert ("CONSULT", "NOR", None) in triples
    assert not any(t[0] == "SUPPORT" for t in triples)


def test_events48_a_hosted_summit_is_a_meeting() -> None:
    assert ("CONSULT", "CAN", None) in _triples("Canada hosted a summit of Arctic states in 2019.")


def test_events48_a_summit_to_be_hosted_stays_planned() -> None:
    # guard: "will host" is an intent to meet (CAMEO 036, AGREE), as before
    triples = _triples("Kenya will host the next round of talks in March.")
    assert ("AGREE", "KEN", None) in triples
    assert not any(t[0] == "CONSULT" for t in triples)


def test_events48_hosting_no_meeting_is_no_event() -> None:
    # guard: a host of something that is no meeting
    assert _triples("The hotel hosted a wedding.") == set()


def test_events48_protests_across_a_country_defy_its_leader() -> None:
    triples = _triples("Protests have erupted across Iran in defiance of the government's decision to raise fuel "
                       "prices.")
    assert ("PROTEST", "IRN", "IRN") in triples


def test_events48_rallies_across_a_country_against_a_plan() -> None:
    triples = _triples("Rallies spread across Serbia against President Vucic's plan to open a lithium mine.")
    assert ("PROTEST", "SRB", "SRB") in triples


def test_events48_interest_spreading_is_no_protest() -> None:
    # guard: only protest nouns spread as protests
    assert _triples("Interest in the film has grown across Brazil.") == set()


def test_events48_called_up_to_fight_by_a_state() -> None:
    triples = _triples("The bus driver was called up to serve by Minsk and left for the border on Friday.")
    assert ("MOBILIZE", "BLR", None) in triples


def test_events48_drafted_by_a_government() -> None:
    assert ("MOBILIZE", "IRN", None) in _triples("Thousands of students were drafted by the Iranian government "
                                                  "this spring.")


def test_events48_its_invasion_is_the_named_actors() -> None:
    triples = _triples("The sailors criticized the Kremlin's reserve call-up for its invasion of Georgia.")
    assert ("ASSAULT", "RUS", "GEO") in triples


def test_events48_its_offensive_against_a_neighbour() -> None:
    triples = _triples("Ankara raised fuel taxes this year to pay for its offensive against Syria.")
    assert ("ASSAULT", "TUR", "SYR") in triples


def test_events48_a_named_invasion_is_unchanged() -> None:
    # guard: an owner named in the phrase keeps its one event
    assert _triples("Many families fled after Russia's invasion of Ukraine.") == {("ASSAULT", "RUS", "UKR")}
