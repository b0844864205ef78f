"""Actors on short Lee wire stories and the lead's leads (round 53, branch ``actors53``): malware and a company's
program are no actors, nor a company named only before its program; a one-word "person" before a place's noun is
a people's adjective; a ruler's possessive before the country ("<Ruler>'s <Country>") is the country alone; "NDA"
meaning an agreement is no body; a site after "according to" is a body, its bare name the same actor; "<Country>'s
parliament" is the country's legislature.

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


def test_actors53_malware_names_are_no_actors(pipeline: Pipeline) -> None:
    text = ("Experts warned of a new computer virus called Zapper on Friday. The Zapper worm spreads by email and "
            "deletes files. It follows the Crawlox Internet worm of last month, although Crawlox did not delete "
            "anything.")
    found = surfaces(actors_of(pipeline, text))
    assert "Zapper" not in found and "Crawlox" not in found


def test_actors53_program_and_its_maker_named_only_before_it_are_no_actors(pipeline: Pipeline) -> None:
    text = ("The worm gets into machines through Microsoft's Mailbox email program and copies itself to every "
            "contact. Users of Mailbox were told to update it.")
    found = surfaces(actors_of(pipeline, text))
    assert "Mailbox" not in found and "Microsoft" not in found


def test_actors53_maker_named_elsewhere_stays(pipeline: Pipeline) -> None:
    text = ("The worm gets into machines through Microsoft's Mailbox email program. Microsoft said on Monday it "
            "would release a repair within days.")
    found = surfaces(actors_of(pipeline, text))
    assert "Microsoft" in found and "Mailbox" not in found


def test_actors53_people_adjective_before_capital_is_no_person(pipeline: Pipeline) -> None:
    text = ("Soldiers shot dead four gunmen near Lotra, some 30 kilometres north of the Kashmiri summer capital "
            "Srinagar, police in India said.")
    found = actors_of(pipeline, text)
    assert "Kashmiri" not in surfaces(found)


def test_actors53_ruler_possessive_is_the_country(pipeline: Pipeline) -> None:
    text = "Putin's Russia has never accepted the loss of its empire, the senator told reporters on Monday."
    found = actors_of(pipeline, text)
    assert "Putin" not in surfaces(found)
    assert codes_of(found, "Russia") == {"RUS"}


def test_actors53_nda_agreement_is_no_body(pipeline: Pipeline) -> None:
    text = ("The NDA signed by the contractor stops her from talking about the project. Lawyers for the firm "
            "said the NDA was valid.")
    assert "NDA" not in surfaces(actors_of(pipeline, text))


def test_actors53_nda_alliance_stays(pipeline: Pipeline) -> None:
    text = "The NDA government in New Delhi won the vote. Leaders of the NDA met the Prime Minister."
    assert "NDA" in surfaces(actors_of(pipeline, text))


def test_actors53_site_after_according_to_is_one_body_with_its_bare_name(pipeline: Pipeline) -> None:
    text = ("A new worm is spreading fast. According to Nortex.com, a leading security software company, the worm "
            "is dangerous. Nortex is advising users to update their software.")
    found = actors_of(pipeline, text)
    bodies = [(kind, found_) for kind, _, found_ in found.values() if "Nortex.com" in found_]
    assert len(bodies) == 1
    assert bodies[0][0] == "organization" and "Nortex" in bodies[0][1]


def test_actors53_country_parliament_is_its_legislature(pipeline: Pipeline) -> None:
    text = ("Officials in New Delhi accused two groups of the attack on India's parliament last week, and India "
            "recalled its envoy.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "parliament") == {"IND"}


def test_actors53_police_in_clashes_of_a_one_country_story(pipeline: Pipeline) -> None:
    text = ("Three people died in Chile today in clashes between police and students near the palace. Chile has "
            "seen weeks of marches. Heavily armed police now guard the squares, and Chile's president called "
            "for calm.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "police") == {"CHL"}


def test_actors53_local_media_that_report_is_an_outlet(pipeline: Pipeline) -> None:
    text = ("Local media reports say two more people died overnight in the port city. State media reported that "
            "the army had been called in.")
    found = surfaces(actors_of(pipeline, text))
    assert "Local media" in found and "State media" in found


def test_actors53_country_parliament_as_subject_stays_the_country(pipeline: Pipeline) -> None:
    text = "Peru's parliament voted on Friday to reject a loan from Chile."
    found = actors_of(pipeline, text)
    assert "parliament" not in surfaces(found)
