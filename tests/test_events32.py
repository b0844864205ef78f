"""Round 32 (issue 17): a flight of a leader or an envoy to a foreign place is a visit; an object that names its
actor by its own words ("met Sudanese officials in Khartoum") is whom the act is aimed at even in that actor's own
country; a verb with an object of its own takes no target from a later conjoined verb's phrase; police detaining
demonstrators arrest them (no violent repression); a sentence handed or given to someone is a sentencing; "the
World Court" is the International Court of Justice; "Y is committing genocide, X said" is X's accusation of Y.

Every sentence here was written for these tests; none is from the development gold.
"""

from __future__ import annotations

import pytest

from tests.event_predictions import predicted as _predicted
from tests.event_predictions import triples as _triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Vietnam's prime minister flew to Seoul on Thursday.", ("CONSULT", "VNM", "KOR")),
    ("The Peruvian foreign minister flew to Quito on Tuesday.", ("CONSULT", "PER", "ECU")),
    ("Senegal's president flew to Bamako and thanked Mali for its help.", ("CONSULT", "SEN", "MLI")),
])
def test_flight_abroad_is_a_visit(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert ("AGREE", expected[1], expected[2]) not in triples  # no intent to meet (PETRARCH2's "fly * to", 036)


def test_rescue_teams_flying_abroad_pay_no_visit() -> None:
    assert not any(event == "CONSULT" for event, *_ in _triples(
        "Polish rescue teams flew to Turkey to help search for survivors of the quake."))


def test_flight_at_home_is_no_visit() -> None:
    assert not any(event in ("CONSULT", "AGREE") for event, *_ in _triples(
        "Kenya's president flew to Mombasa on Friday."))


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt's foreign minister met Sudanese officials in Khartoum.", ("CONSULT", "EGY", "SDN")),
    ("Pakistan's army chief met Afghan officials in Kabul.", ("CONSULT", "PAK", "AFG")),
])
def test_object_named_by_its_own_words_is_the_target_in_its_country(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_place_of_an_agreement_is_still_no_target() -> None:
    triples = _triples("Ethiopia and Eritrea signed a peace agreement in Jeddah.")
    assert not any(target == "SAU" for _, _, target in triples)


def test_later_conjoined_clause_gives_no_target() -> None:
    triples = _triples(
        "Bolivian police detained a union leader, and the government accused Chile of funding the strike.")
    assert ("COERCE", "BOL", "CHL") not in triples
    assert any(event == "COERCE" and source == "BOL" for event, source, _ in triples)


def test_later_conjoined_verb_object_is_not_the_earlier_verbs_target() -> None:
    triples = _triples("Morocco praised the mediator's report and called for a boycott of Algerian goods.")
    assert ("REQUEST", "MAR", "DZA") in triples
    assert ("SUPPORT", "MAR", "DZA") not in triples


def test_summoned_envoy_is_still_the_demand_target() -> None:
    # guard: a later verb with no object of its own keeps the earlier verb's party
    assert ("REQUEST", "IRN", "GBR") in _triples("Iran summoned the British envoy and demanded an apology.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Armenian police detained forty demonstrators near the government building in Yerevan.", ("COERCE", "ARM", "ARM")),
    ("Kazakh riot police detained scores of demonstrators in Almaty.", ("COERCE", "KAZ", "KAZ")),
])
def test_police_detaining_demonstrators_is_an_arrest(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert not any(event == "ASSAULT" for event, _, _ in triples)


@pytest.mark.parametrize(("text", "expected"), [
    ("A Belarusian blogger was handed an eight-year prison sentence in Minsk.", ("COERCE", "BLR", "BLR")),
    ("An Iranian court handed a Swedish academic a death sentence.", ("COERCE", "IRN", "SWE")),
    ("A Russian court gave an American reporter a sixteen-year jail term.", ("COERCE", "RUS", "USA")),
])
def test_sentence_handed_is_a_sentencing(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_world_court_is_the_icj() -> None:
    from spinscope.predict import predict_events

    out = next(iter(predict_events([{"id": "t", "text": "Gambia welcomed the ruling of the World Court."}])))
    assert any(e["event"] == "SUPPORT" and e["source_code"] == "GMB" and e["target"] == "International Court of Justice"
               for e in out["events"])


@pytest.mark.parametrize(("text", "expected"), [
    ("Myanmar's army is committing genocide in Rakhine, the Gambian justice minister said.", ("ACCUSE", "GMB", "MMR")),
    ("The Ukrainian foreign minister said Russia had committed war crimes in Kherson.", ("ACCUSE", "UKR", "RUS")),
])
def test_crime_charged_in_a_statement_is_an_accusation(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert not any(event == "ASSAULT" for event, _, _ in triples)


def test_crime_denied_is_no_accusation() -> None:
    assert not any(event == "ACCUSE" for event, *_ in _triples(
        "Serbia has not committed any crimes in Kosovo, the Serbian president said."))


def test_meeting_and_its_purpose_are_one_consultation() -> None:
    events = [e for e in _predicted("Kenya's foreign minister met his Ethiopian counterpart in Addis Ababa to discuss "
                                    "the dam.") if e[0] == "CONSULT"]
    assert [(event, source, target) for event, source, target, _ in events] == [("CONSULT", "KEN", "ETH")]
