"""Round 40 (issue 17), from SemEval-2020 PTC development articles: the source of an event inside an outlet's report
or under an outlet's paragraph label, "sue" coded one way, a place-only dateline as no target, a push by hand as
no demand.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import pytest

from tests.event_predictions import predicted as _predicted
from tests.event_predictions import triples as _triples


def test_events40_an_outlet_is_no_source_of_the_clause_it_reports() -> None:
    # "his allies" names no coded actor: the mobilization was the outlet's on the base (GBR against KEN)
    triples = _triples("Reuters reported his allies mobilized hundreds of volunteers across Kenya.")
    assert not any(t[1] == "GBR" for t in triples)


@pytest.mark.parametrize(("text", "expected"), [
    ("Reuters reported Kenyan police arrested dozens of protesters in Nairobi.", ("COERCE", "KEN", "KEN")),
    ("Reuters reported that Turkey sent troops to Syria.", ("MOBILIZE", "TUR", "SYR")),
])
def test_events40_a_reported_clause_with_its_own_actor_keeps_it(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


@pytest.mark.parametrize("text", [
    "Sky News reports:\n\n\u201cWe have asked the court to order Russia to return the reporter's pass,\u201d CNN "
    "said in a statement.",
    # a quote continued in the next paragraph, with no cue of its own: the last quote's speaker under the label
    "Sky News reports:\n\n\u201cThe ban violates our rights,\u201d CNN said in a statement.\n\n\u201cWe have asked the "
    "court to order Russia to return the reporter's pass.\u201d",
])
def test_events40_a_paragraph_label_is_no_speaker_of_a_quote_with_its_own(text: str) -> None:
    triples = _triples(text)
    assert ("REQUEST", "USA", "RUS") in triples
    assert ("REQUEST", "GBR", "RUS") not in triples


@pytest.mark.parametrize("text", [
    "CNN sues President Trump for barring its reporter.",                 # PETRARCH2's "sue ... for" row: 173
    "CNN Sues Trump Over Revoked Press Pass",                             # the curated bare "sue": 115
    "Greenpeace sued the Dutch government in court over its gas policy.",  # "sue ... in court": 173
])
def test_events40_sue_is_one_code_whatever_follows(text: str) -> None:
    events = {e[0] for e in _predicted(text)}
    assert "ACCUSE" in events and "COERCE" not in events


def test_events40_a_place_only_dateline_is_no_target() -> None:
    triples = _triples("PARIS - An American lobby group began preparing a lawsuit on Tuesday as the White House "
                       "signaled support for the ruling.")
    assert not any(t[2] == "FRA" for t in triples)


def test_events40_a_dateline_stays_the_land_of_a_strike() -> None:
    # guard: an attack with no target named strikes the land the dateline names
    assert ("ASSAULT", "RUS", "UKR") in _triples("KYIV - Russian troops shelled three villages in the east overnight.")


def test_events40_a_push_by_hand_is_no_demand() -> None:
    events = _predicted("Trump answered three questions before losing his patience with Acosta, who refused to hand "
                        "the microphone over to the intern, forcefully pushing her arm away.")
    assert not any(e[0] == "REQUEST" for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany pushed Greece to accept the reform plan.", ("REQUEST", "DEU", "GRC")),
    ("The US is pushing Israel for a ceasefire in Gaza.", ("REQUEST", "USA", "ISR")),
])
def test_events40_pushing_someone_to_act_stays_a_demand(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)
