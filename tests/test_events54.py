"""Round 54 (issue 17), the open leads of rounds 50-52: a court's decision to arrest someone whose court is named
only in an earlier sentence, the mode of an event in a clause of a degree under a negated or hypothetical verb,
appeals against a ruling (legal action, not a request), the instrument of "use X to protect him". The branch's pass
for namesakes of known persons ("Thomas Mueller") was backed out at the merge (it lowered a held-out actors set); the
tests that known persons keep their countries stay as guards.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import pytest

from tests.event_predictions import predicted, triples


def _named(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    """(event, source name, source code, target name, target code) of every event ``predict events`` finds."""
    from spinscope.predict import predict_events

    out = next(iter(predict_events([{"id": "t", "text": text}])))
    return [(e["event"], e["source"], e["source_code"], e["target"], e["target_code"]) for e in out["events"]]


# --- a decision to arrest, its court named in an earlier sentence -------------------------------------------------

def test_events54_a_decision_to_arrest_is_the_court_named_before() -> None:
    text = ("The International Criminal Court sat in The Hague last week. Officials said the decision to detain "
            "President Putin shocked Moscow.")
    assert ("COERCE", "IGO", "RUS") in triples(text)


def test_events54_a_welcome_of_the_decision_is_aimed_at_its_court() -> None:
    text = ("Judges of the International Criminal Court met in The Hague on Friday. Their decision to arrest "
            "Vladimir Putin was welcomed by Ukraine.")
    found = triples(text)
    assert ("COERCE", "IGO", "RUS") in found
    assert ("SUPPORT", "UKR", "RUS") not in found


def test_events54_a_decision_with_no_court_named_codes_no_arrest() -> None:
    text = "Aides said the decision to arrest President Putin angered officials in Moscow."
    assert not any(e[0] == "COERCE" for e in predicted(text))


# --- the mode of a degree reached ------------------------------------------------------------------------------------

def test_events54_a_degree_not_reached_negates_the_bargaining() -> None:
    text = "Trump hopes Putin does not get to the stage where Moscow needs to barter with the Chinese."
    modes = [mode for event, _, _, mode in predicted(text) if event == "CONSULT"]
    assert modes and all(mode == "negated" for mode in modes)


def test_events54_a_degree_that_would_be_reached_is_hypothetical() -> None:
    text = "The senator fears Iran would get to the point where Tehran has to haggle with the Saudis."
    modes = [mode for event, _, _, mode in predicted(text) if event == "CONSULT"]
    assert modes and all(mode == "hypothetical" for mode in modes)


def test_events54_a_degree_reached_keeps_the_bargaining_asserted() -> None:
    text = "Putin came to the point where he had to bargain with the Chinese."
    assert ("CONSULT", "RUS", "CHN", "asserted") in predicted(text)


# --- appeals ---------------------------------------------------------------------------------------------------------

def test_events54_an_appealed_sentence_is_legal_action_against_the_sentenced() -> None:
    text = "Ukrainian prosecutors appealed the sentence handed to the Russian soldier."
    assert ("ACCUSE", "UKR", "RUS") in triples(text)


def test_events54_an_appeal_lodged_against_a_ruling_is_no_request() -> None:
    text = "The Russian government filed an appeal against the decision of the European Court of Human Rights."
    found = triples(text)
    assert ("ACCUSE", "RUS", "IGO") in found
    assert not any(event == "REQUEST" for event, _, _ in found)


def test_events54_a_bare_appeal_beside_a_judge_is_domestic_legal_action() -> None:
    text = "The Ukrainian government appealed, and a judge in Kyiv later doubled the sentence."
    assert ("ACCUSE", "UKR", "UKR") in triples(text)


@pytest.mark.parametrize(("text", "triple"), [
    ("Kenya appealed to the United Nations for food aid.", ("REQUEST", "KEN", "IGO")),
    ("The Indian minister appealed for calm in Kashmir.", ("REQUEST", "IND", None)),
    ("The European Court of Human Rights dismissed the appeal by the Russian government.", ("REJECT", "IGO", "RUS")),
])
def test_events54_appeals_for_help_and_rejected_appeals_stay(text: str, triple: tuple[str, str, str | None]) -> None:
    assert triple in triples(text)


# --- the instrument of a protection ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mayor John Smith is ready to use the Chicago police to shield him from reporters.",
    "President Erdogan plans to use the Turkish police to guard himself against journalists.",
])
def test_events54_the_police_used_to_shield_oneself_are_no_target(text: str) -> None:
    assert not any("police" in str(target) for _, _, _, target, _ in _named(text))


def test_events54_a_protected_actor_named_stays_the_target() -> None:
    events = _named("Turkey will use its army to protect the Kurds from the militias.")
    assert ("AGREE", "Turkey", "Kurds") in [(event, source, target) for event, source, _, target, _ in events]


# --- namesakes of known persons --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "code"), [
    ("The Russian striker Thomas Mueller met the German coaches in Berlin.", "RUS"),
    ("Thomas Mueller, a Russian coach, criticised the German team.", "RUS"),
    ("German Chancellor Merkel criticised the Russian government on Monday.", "DEU"),
    ("Vladimir Zelensky criticised the Russian government on Monday.", "UKR"),
    ("Dmitri Peskov criticised the Ukrainian government on Monday.", "RUS"),
    ("Mike Pompeo criticised the Chinese government on Monday.", "USA"),
    # a namesake acting toward a state's government or forces is of that state, as the GSR codes a citizen
    ("Maria Lopez urged the Peruvian government to free the prisoners.", "PER"),
    ("Juan Torres accused the Chilean army of torture.", "CHL"),
])
def test_events54_known_persons_and_own_countries_stay(text: str, code: str) -> None:
    events = _named(text)
    assert events and all(source_code == code for _, _, source_code, _, _ in events)
