"""Round 44 (issue 17), the lead's reading of real news: a passive act by a police officer is the police's, a judge
titled by a court acts for the judiciary, a court's order is a demand, the owner of a praised decision is its target,
an "over X" phrase is no target, coming to one's defense is support.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import pytest

from tests.event_predictions import predicted as _predicted
from tests.event_predictions import triples as _triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Police in Lyon detained dozens of protesters on Friday. A teenager was shot and killed by a city police "
     "officer.", ("ASSAULT", "FRA", "FRA")),
    ("Kenyan police detained dozens of protesters. A man in Nairobi was shot and killed by a city police officer.",
     ("ASSAULT", "KEN", "KEN")),
])
def test_events44_a_passive_act_by_a_police_officer_is_the_police(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_events44_a_police_agent_gives_one_event_for_two_verbs() -> None:
    # guard: "shot and killed" is one act, not two
    text = "In Chicago, a teenager was shot and killed by a city police officer on Sunday."
    assert [e[0] for e in _predicted(text)] == ["ASSAULT"]


def test_events44_a_court_titled_judge_acts_for_the_judiciary() -> None:
    from spinscope.predict import predict_events

    text = ("The U.S. District Court in Washington heard the case on Monday. U.S. District Court Judge Amy Carter "
            "granted the union's request.")
    out = next(iter(predict_events([{"id": "t", "text": text}])))
    granted = [e for e in out["events"] if e["event"] == "AGREE"]
    assert granted and granted[0]["source_actor_code"] == "USAJUD"
    assert granted[0]["target_actor_code"] != "USAJUD"


@pytest.mark.parametrize(("text", "expected"), [
    ("The U.S. District Court heard the case. Judge Amy Carter ordered the White House to restore the badge of "
     "the reporter.", ("REQUEST", "USA", "USA")),
    ("The U.S. Supreme Court heard the appeal. The court ordered the State Department to return the passports.",
     ("REQUEST", "USA", "USA")),
])
def test_events44_a_court_order_is_a_demand(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert not any(t[0] == "SUPPORT" for t in triples)  # the restoring is ordered, not done by the court


def test_events44_a_judge_ordering_a_reinstatement_demands_it() -> None:
    assert any(e[0] == "REQUEST" for e in _predicted("Judge Amy Carter ordered that the fired inspectors be "
                                                     "reinstated."))


def test_events44_an_officer_ordering_is_no_court_order() -> None:
    # guard: the rule is for courts and judges
    assert not any(e[0] == "REQUEST" for e in _predicted("The manager ordered the staff to leave the building."))


def test_events44_praising_the_judges_decision_targets_the_judiciary() -> None:
    from spinscope.predict import predict_events

    text = "The U.S. District Court heard the case. Trump praised the judge's decision."
    out = next(iter(predict_events([{"id": "t", "text": text}])))
    praised = [e for e in out["events"] if e["event"] == "SUPPORT"]
    assert praised and praised[0]["target_actor_code"] == "USAJUD"


def test_events44_an_over_phrase_is_no_target() -> None:
    from spinscope.predict import predict_events

    text = "Democrats were demanding a delay of the vote on the nominee, over Ford and Kavanaugh."
    out = next(iter(predict_events([{"id": "t", "text": text}])))
    demands = [e for e in out["events"] if e["event"] == "REQUEST"]
    assert demands and all(e["target"] is None for e in demands)


@pytest.mark.parametrize(("text", "expected"), [
    ("The BBC came to the defense of CNN in 2009.", ("SUPPORT", "GBR", "USA")),
    ("Germany came to the defence of Poland at the summit.", ("SUPPORT", "DEU", "POL")),
])
def test_events44_coming_to_the_defense_is_support(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


@pytest.mark.parametrize("text", [
    "NBC took the White House to court on Monday. \u201cShould he choose to, if the president wants to exclude every "
    "journalist from the press room, he has that power,\u201d Assistant Attorney General Mary Stone told the judge.",
    "CNN sued the White House on Tuesday. \u201cIf the president wants to bar all reporters from the grounds, he has "
    "the power to do so,\u201d Deputy Attorney General John Smith argued.",
])
def test_events44_an_act_wished_in_a_condition_is_no_threat(text: str) -> None:
    assert not any(e[0] in ("THREATEN", "COERCE") for e in _predicted(text))


def test_events44_a_warning_about_a_wished_attack_stays() -> None:
    # guard: the warning is Germany's own act
    assert ("THREATEN", "DEU", "RUS") in _triples("If Russia wants to attack Ukraine again, it will pay a heavy "
                                                 "price, Germany warned.")


@pytest.mark.parametrize("text", [
    "\u201cThe ban is unprecedented,\u201d said Mark Jones, a former NBC executive. Fox commentators were Obama's "
    "sharpest critics while he governed, and he regularly complained about them on television.",
    "Mark Jones, a former NBC executive, called the ban unprecedented. Fox hosts were President Barack Obama's "
    "fiercest critics for eight years, and he complained about that at rallies.",
])
def test_events44_he_after_a_person_of_the_sentence_is_that_person(text: str) -> None:
    from spinscope.predict import predict_events

    out = next(iter(predict_events([{"id": "t", "text": text}])))
    assert any(e["source"] == "Barack Obama" and e["target"] == "Fox" for e in out["events"])
    assert not any(e["source"] == "Mark Jones" for e in out["events"])


def test_events44_officers_of_no_police_are_no_police() -> None:
    # guard: "deportation officers" name no police; the aliens they sought were not assaulted
    text = "Many of the migrants targeted by immigration officers in Texas had criminal records."
    assert not any(e[0] == "ASSAULT" for e in _predicted(text))


@pytest.mark.parametrize("text", [
    "\u201cOnce the patrol car pulls up, I will give them my address and then verify the address with them,\u201d "
    "said Dallas attorney Ray Moss.",
    "Dallas attorney Ray Moss said he verified the address before the raid.",
])
def test_events44_a_street_address_given_is_no_concession(text: str) -> None:
    assert not any(e[0] in ("CONCEDE", "AGREE") for e in _predicted(text))
