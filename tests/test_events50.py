"""Round 50 (issue 17), fresh SemEval-2023 and SemEval-2025 news sentences: asking whether something is so is no
request, a legal appeal is no request, weighing in on something is no meeting, a judge imposing a sentence is the
court's legal action, a pardon or clemency granted is a concession, a trip whose target is named only in its purpose
is no visit.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import pytest

from tests.event_predictions import triples as _triples


@pytest.mark.parametrize("text", [
    "Several British lawmakers began asking whether the deal with France served the country.",
    "Critics in Germany asked if the Polish plan was legal.",
])
def test_events50_asking_whether_is_no_request(text: str) -> None:
    assert not any(t[0] == "REQUEST" for t in _triples(text))


def test_events50_asking_someone_whether_keeps_the_request() -> None:
    assert ("REQUEST", "CAN", "IND") in _triples(
        "The Canadian minister asked the Indian government whether it would extradite the suspect.")


@pytest.mark.parametrize("text", [
    "The Justice Department appealed, and the court restored the original penalty.",
    "The Polish government appealed the ruling of the European court.",
])
def test_events50_a_legal_appeal_is_no_request(text: str) -> None:
    assert not any(t[0] == "REQUEST" for t in _triples(text))


@pytest.mark.parametrize("text, triple", [
    ("The Indian prime minister appealed to Pakistan for restraint.", ("REQUEST", "IND", "PAK")),
    ("The Greek government appealed for calm after the riots.", ("REQUEST", "GRC", None)),
])
def test_events50_an_appeal_to_someone_or_for_something_stays_a_request(text: str, triple: tuple) -> None:
    assert triple in _triples(text)


def test_events50_weighing_in_is_no_meeting() -> None:
    assert not any(t[0] == "CONSULT" for t in _triples(
        "The French president weighed in on the German decision to close the border."))


@pytest.mark.parametrize("text", [
    "Federal Judge Mary Stone imposed the full sentences.",
    "Federal Judge Mary Stone in 2019 handed down a long prison term.",
])
def test_events50_a_named_judge_imposing_a_sentence_is_legal_action(text: str) -> None:
    assert ("COERCE", "USA", "USA") in _triples(text)


def test_events50_a_court_imposing_a_sentence_stays_legal_action() -> None:
    assert ("COERCE", "RUS", "RUS") in _triples("A Russian court imposed a long prison sentence.")


@pytest.mark.parametrize("text, triple", [
    ("President Biden signed pardons for two American soldiers convicted of desertion.", ("CONCEDE", "USA", "USA")),
    ("The Mexican president pardoned a jailed Guatemalan journalist.", ("CONCEDE", "MEX", "GTM")),
    ("The Kenyan president granted clemency to hundreds of prisoners.", ("CONCEDE", "KEN", "KEN")),
])
def test_events50_a_pardon_granted_is_a_concession(text: str, triple: tuple) -> None:
    triples = _triples(text)
    assert triple in triples
    assert not any(t[0] == "SUPPORT" for t in triples)


def test_events50_a_trip_for_someone_is_no_visit_of_them() -> None:
    assert not any(t[0] == "CONSULT" for t in _triples(
        "Hakimi met Farouk Salem when he came to the city to raise money for Christians in Syria."))


def test_events50_a_trip_to_a_country_stays_a_visit() -> None:
    assert ("CONSULT", "CHN", "RUS") in _triples("The Chinese envoy came to Moscow to discuss trade.")
