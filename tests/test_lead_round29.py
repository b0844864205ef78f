"""The lead's round-29 rules, from reading real news: each test fails without its rule (sentences written for
the test, not taken from any article)."""

from __future__ import annotations

from spinscope import analyze
from tests.test_lead_round22 import EVENT_COMPONENTS, _events


def _sources(text: str) -> list[tuple[str | None, str | None, str | None]]:
    result = analyze(text, components=EVENT_COMPONENTS)
    return [(a.speaker_name, a.source_type, a.source_country) for a in result.attributions]


def test_a_ministry_named_before_a_name_is_no_part_of_it() -> None:
    names = [s[0] for s in _sources(
        "Minister of Health Ama Kolu told reporters the clinics would open on Monday. Minister for Europe Anna "
        "Lenz said the summit would wait.")]
    assert names == ["Ama Kolu", "Anna Lenz"]


def test_the_who_by_its_letters_is_the_health_agency() -> None:
    assert _sources("WHO said there should be no limits on travel.") == [
        ("World Health Organization", "organization", None)]


def test_a_newsroom_with_news_in_its_name_is_media_not_its_country() -> None:
    assert _sources("The clinic was closed on Friday, 7 News Canada reported.") == [
        ("7 News Canada", "media", "CA")]


def test_the_officer_of_a_body_that_is_no_state_is_no_government_source() -> None:
    sources = _sources("\u201cOur phones have not stopped ringing,\u201d said coalition president Dana Ruiz. "
                       "Temple of Light leader Omar Vance said the march would go ahead.")
    assert [s[1] for s in sources] == ["person", "person"]
    # a state's officer stays one
    assert _sources("Kremlin leader Vladimir Putin said the talks were over.")[0][1] == "government"


def test_lawyers_of_a_nationality_are_no_officials() -> None:
    assert _sources("Volunteer American lawyers told the migrants that their claims were weak.")[0][1] == "person"
    assert _sources("An American lawyer told the agency that the talks were over.")[0][1] == "person"
    assert _sources("The Russian envoy told the agency that the talks were over.")[0][1] == "government"


def test_documents_and_searches_are_reports_not_people() -> None:
    assert [s[1] for s in _sources(
        "A search of the suspect\u2019s laptop showed he had read the manuals. According to the redacted version, "
        "three pages were removed.")] == ["report", "report"]


def test_the_one_a_name_owns_speaks_after_a_colon() -> None:
    result = analyze("Lena Ortiz was sentenced in May. But Ortiz\u2019s mother had a blunt reply: \u201cPlease "
                     "pardon my daughter Lena Ortiz.\u201d", components=EVENT_COMPONENTS)
    assert [a.speaker_name for a in result.attributions if a.kind == "direct"] == ["Ortiz\u2019s mother"]


def test_a_list_of_acts_shares_its_first_subject() -> None:
    events = _events("The preacher Omar Vance has often denounced the bankers as \u201cthieves,\u201d praised "
                     "Castro and called for a strike.")
    assert ("Omar Vance", "SUPPORT", "Castro", "asserted") in [e[:4] for e in events]
    assert not any(e[0] == "Castro" for e in events)
    events = _events("The Kremlin condemned the arrest, criticized Kyiv and praised Beijing.")
    assert ("Russia", "SUPPORT", "China", "asserted") in events
    # an inverted report keeps its speaker
    assert not any(e[0] == "Russia" for e in _events("Prices will rise, warned the central bank."))


def test_catching_attention_is_no_arrest() -> None:
    assert not _events("ATLANTA \u2014 The sentence given to the contractor has caught the attention of President "
                       "Donald Trump.")
    assert _events("Police caught the suspect in Lyon.")


def test_a_country_is_no_short_name_of_a_body_in_it() -> None:
    sources = _sources("BEIJING - China said on Thursday it had found no trace of the noise. The US Mission in China "
                       "issued a health alert on Wednesday, saying the worker had reported strange sounds.")
    assert sources[0] == ("China", "government", "CN")
    assert sources[1][0] == "US Mission in China"


def test_a_mission_or_a_consulate_speaks_for_a_state() -> None:
    assert [s[1] for s in _sources("The mission said it does not know what caused the symptoms. The consulate said "
                                   "the visa office would reopen.")] == ["government", "government"]


def test_a_question_or_a_relative_pronoun_is_no_speaker() -> None:
    result = analyze("Who sanctioned this commitment to a new army?", components=EVENT_COMPONENTS)
    assert all(a.speaker is None for a in result.attributions)


def test_every_party_member_is_an_unnamed_politician() -> None:
    assert _sources("Every Democrat stated they would vote no.") == [("Democrat", "politician", None)]


def test_agencies_in_the_plural_are_a_states_unless_news() -> None:
    assert [s[1] for s in _sources("The agencies involved are planning to do so anyway. The news agencies said the "
                                   "vote was close.")] == ["government", "media"]


def test_a_centre_named_in_full_is_a_body_and_forecasts_are_reports() -> None:
    sources = _sources("The Acme Weather Prediction Center forecasts a storm could reach the coast tonight. Forecasts "
                       "say the rain will ease by Friday.")
    assert [s[1] for s in sources] == ["organization", "report"]


def test_call_signs_and_network_affiliates_are_newsrooms() -> None:
    assert [s[1] for s in _sources(
        "The boy was hurt at a diner, KXYZ7 reported. The Dallas NBC affiliate reported that the man left. The WWF "
        "said the forest was shrinking.")] == ["media", "media", "organization"]
