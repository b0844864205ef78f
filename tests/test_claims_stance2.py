"""Opinion vs fact in claims.v1, round 13 (issue 16): evaluative idioms, bad-faith accusations and normative
statements are opinion however low the check-worthiness model scores them; a "must" that states a rule or reports
an order, plain reporting metaphors ("prices soared") and attributed charges stay factual. Every sentence here is
written for these tests (none is in the gold files)."""

from __future__ import annotations

import json

import pytest

from spinscope.components.claims import CUES_FILE, JUDGING_CUES, classify, opinion_cues


@pytest.mark.parametrize(
    ("sentence", "kind", "words"),
    [
        ("The council is sleepwalking into a housing emergency.", "metaphor", "sleepwalking into"),
        ("Closing the ward is a kick in the teeth for nurses.", "metaphor", "kick in the teeth"),
        ("The regulator keeps shifting the goalposts for small brewers.", "metaphor", "shifting the goalposts"),
        ("The inquiry turned a blind eye to the warnings.", "metaphor", "turned a blind eye"),
        ("The consultation was a fig leaf for a decision already taken.", "metaphor", "fig leaf"),
        ("The ministers keep kicking the can down the road on social care.", "metaphor",
         "kicking the can down the road"),
        ("The new stadium is a white elephant.", "metaphor", "white elephant"),
        ("Two of the councillors are in the pockets of the developers.", "accusation", "in the pockets of"),
        ("The board cares more about its bonuses than about its passengers.", "accusation", "cares more about"),
        ("The agency sat on the audit to protect its cronies.", "accusation", "to protect its cronies"),
        ("The minister treats the department as her personal property.", "accusation",
         "treats the department as her personal"),
        ("The trust quietly buried the safety review.", "accusation", "buried the safety review"),
        ("The organisers rigged the vote for the new chairman.", "accusation", "rigged the"),
        ("The commissioner needs to step aside while the inquiry runs.", "normative", "needs to step aside"),
        ("Britain needs a credible plan for its rail network.", "normative", "needs a credible"),
        ("It\u2019s high time the board listened to its members.", "normative", "it\u2019s high time"),
        ("The region can no longer afford to ignore its ageing bridges.", "normative",
         "can no longer afford to ignore"),
        ("Patients deserve answers about the delays.", "normative", "deserve answers"),
        ("What needs to be done first is a count of the empty homes.", "normative", "what needs to be done"),
        ("The board is making a mockery of its own code of conduct.", "metaphor", "a mockery of"),
        ("A minister who misleads the house is not fit to hold office.", "predicated-evaluation",
         "is not fit to hold office"),
        ("The chairman is obsessed with league tables.", "predicated-evaluation", "is obsessed"),
        ("It\u2019s heartbreaking to watch the old mill fall apart.", "predicated-evaluation",
         "it\u2019s heartbreaking"),
    ],
)
def test_claims_idioms_accusations_and_normatives_are_opinion(sentence: str, kind: str, words: str) -> None:
    assert (kind, words) in opinion_cues(sentence)
    label, _, evidence = classify(sentence, 0.05, 0.49)
    # the evidence names the cue that fired
    assert label == "opinion" and f"{kind}:{words}" in evidence


@pytest.mark.parametrize(
    "sentence",
    [
        # plain reporting verbs of motion are not idioms
        "Gas prices soared in the first week of January.",
        "The pound plunged against the dollar after the announcement.",
        "The storm battered the harbour and sank two fishing boats.",
        # charges reported with their source
        "Prosecutors accused the developer of paying bribes to two officials.",
        "The complaint alleges that the firm destroyed documents in 2019.",
        # requirements and wants of means
        "Visitors need a ticket to enter the gardens.",
        "The goalkeeper was declared fit to play on Saturday.",
        "Police are treating the assault as a racist attack.",
        "The family cannot afford the rent since the father lost his job.",
        "The patient needs to be seen by a specialist within six weeks, the hospital said.",
    ],
)
def test_claims_plain_metaphors_reported_charges_and_requirements_stay_factual(sentence: str) -> None:
    assert opinion_cues(sentence) == []
    assert classify(sentence, 0.05, 0.49)[0] == "factual"


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the new regulations, landlords must register every property.",
        "Passengers were told they must show a negative test at the gate.",
        "The tribunal ruled that the employer should repay the withheld wages.",
        "Owners must have their boilers checked every two years.",
        "Applications must reach the council by 30 June.",
        "The treaty must be ratified by all members before it enters into force.",
    ],
)
def test_claims_a_rule_or_an_order_is_no_hedge(sentence: str) -> None:
    assert opinion_cues(sentence) == []
    assert classify(sentence, 0.05, 0.49)[0] == "factual"


@pytest.mark.parametrize(
    "sentence",
    [
        "The council must scrap this scheme at once.",
        "Ministers should apologise to the families.",
        "Under no circumstances should the park be sold.",
    ],
)
def test_claims_a_must_of_advocacy_stays_a_hedge(sentence: str) -> None:
    kinds = {kind for kind, _ in opinion_cues(sentence)}
    assert "hedge" in kinds
    assert classify(sentence, 0.05, 0.49)[0] == "opinion"


def test_claims_idioms_and_accusations_judge_and_beat_the_author_assertion_frame() -> None:
    assert {"metaphor", "accusation"} <= JUDGING_CUES
    assert "normative" not in JUDGING_CUES
    sentence = "It is clear that the government has been asleep at the wheel on flood defences."
    label, _, evidence = classify(sentence, 0.3, 0.49)
    assert label == "opinion" and "metaphor:asleep at the wheel" in evidence


def test_claims_cue_file_documents_its_idioms_and_accusations() -> None:
    cues = json.loads(CUES_FILE.read_text(encoding="utf-8"))
    for key in ("metaphors", "accusations"):
        assert cues[key] and key in cues["_about"]
        assert len(cues[key]) == len(set(cues[key]))
    # plain reporting verbs of motion must never be listed as idioms
    assert not {"soared", "plunged", "slumped", "battered"} & set(cues["metaphors"])
