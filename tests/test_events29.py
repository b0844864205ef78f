"""Round 29 (issue 17): a refusal to comment is no event (CAMEO 011, which CAMEO-PLOV-2021-07 leaves out), entry
denied or refused is a travel ban (SANCTION 163), an envoy called in is an official complaint (ACCUSE 114), and a
plural subject ("They", "The two leaders") after a sentence telling of a meeting names its two parties.

Every sentence here was written for these tests; none is from the development gold.
"""

from __future__ import annotations

import pytest

from tests.event_predictions import predicted as _predicted
from tests.event_predictions import triples as _triples


@pytest.mark.parametrize("text", [
    "A spokeswoman for the Polish defence ministry declined to comment on the report.",
    "The Saudi embassy in Washington refused to comment when contacted on Tuesday.",
    "Nigeria's army declined to say whether any soldiers had been captured.",
    "The Kremlin declined to confirm that the two presidents would meet next month.",
    "Officials in Hanoi declined further comment.",
])
def test_declined_comment_is_no_rejection(text: str) -> None:
    assert not any(event == "REJECT" for event, _, _, _ in _predicted(text))


def test_declined_comment_leaves_the_other_clause_asserted() -> None:
    # the refusal no longer lends its negation to the strike told of in the same sentence
    predicted = _predicted("Israeli jets struck targets in Syria on Sunday; the Syrian defence ministry declined to "
                           "comment.")
    assert ("ASSAULT", "ISR", "SYR", "asserted") in predicted
    assert not any(event == "REJECT" for event, _, _, _ in predicted)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: a refusal of something other than comment stays a rejection
    ("Venezuela declined an invitation from Brazil to attend the Amazon summit.", ("REJECT", "VEN", "BRA")),
    ("Iran refused to let Canadian investigators examine the wreckage.", ("REJECT", "IRN", "CAN")),
])
def test_other_refusals_stay_rejections(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Estonia denied entry to two Russian election observers on Friday.", ("SANCTION", "EST", "RUS")),
    ("Georgia refused entry to a Belarusian opposition journalist.", ("SANCTION", "GEO", "BLR")),
])
def test_entry_denied_is_a_travel_ban(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert not any(event in ("REJECT", "PROTEST") for event, _, _ in triples)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Dutch foreign ministry called in the Chinese ambassador over the hacking of its servers.",
     ("ACCUSE", "NLD", "CHN")),
    ("The Iranian envoy was called in by the Swedish foreign ministry on Monday.", ("ACCUSE", "SWE", "IRN")),
])
def test_envoy_called_in_is_a_complaint(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


@pytest.mark.parametrize(("text", "event", "pair"), [
    ("Mongolia's president received his Kazakh counterpart in Ulaanbaatar on Monday. They agreed to open a direct "
     "flight between their capitals.", "AGREE", {"MNG", "KAZ"}),
    ("The Chilean president hosted Argentina's president in Santiago. The two leaders signed an accord on lithium "
     "mining.", "SUPPORT", {"CHL", "ARG"}),
])
def test_plural_subject_after_a_meeting_names_its_parties(text: str, event: str, pair: set[str]) -> None:
    assert any(e == event and {s, t} == pair for e, s, t in _triples(text))


def test_plural_subject_without_a_meeting_names_no_pair() -> None:
    # guard: a report received by a news agency is no meeting; its "They" are not the agency and the bloc
    triples = _triples("A statement received by Reuters on Monday said that G20 finance ministers had met in Delhi. "
                       "They agreed to review debt relief.")
    assert not any(e == "AGREE" and "GBR" in (s, t) for e, s, t in triples)
