"""Attributions, round 47: false cues and nested sources from the lead's reading (sentences written for the test,
not taken from any article)."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


def _pairs(text: str) -> list[tuple[str | None, str]]:
    return [(r["speaker"], r["content"]) for r in _rows(text)]


def test_according_to_after_an_as_reported_clause_takes_the_clause_after_the_aside() -> None:
    pairs = _pairs("As the Harbor Gazette reported on Tuesday, according to port managers \u2014 who keep "
                   "downplaying it \u2014 the cranes have been idle for a month.")
    assert ("port managers", "the cranes have been idle for a month") in pairs, pairs
    assert ("the Harbor Gazette", "the cranes have been idle for a month") in pairs, pairs


def test_according_to_after_the_fact_that_takes_the_clause_after_it() -> None:
    pairs = _pairs("What worries the villagers most is the fact that according to neighbours, the dam was never "
                   "inspected after the flood.")
    assert pairs == [("neighbours", "the dam was never inspected after the flood")], pairs


def test_according_to_at_the_end_keeps_the_content_before_it() -> None:
    pairs = _pairs("The dam was never inspected after the flood, according to neighbours.")
    assert pairs == [("neighbours", "The dam was never inspected after the flood")], pairs


def test_refusing_a_physical_act_is_no_statement() -> None:
    assert _rows("The mayor refused to hand over the keys to the new council.") == []


def test_refusing_to_comment_stays() -> None:
    assert [r["cue"] for r in _rows("The ministry declined to comment on the leak.")] == ["declined"]


def test_a_released_report_is_no_statement() -> None:
    assert _rows("Police released the report on the day of the parade.") == []


def test_an_endorsed_campaign_is_no_statement() -> None:
    assert _rows("The farmers' union endorsed the senator's campaign in the spring.") == []


def test_know_with_an_indefinite_subject_is_no_statement() -> None:
    rows = _rows("The council raised fares again, as if anybody did not know it already.")
    assert all(r["cue"] != "know" for r in rows), rows


def test_naming_someone_as_something_in_a_title_is_no_statement() -> None:
    rows = _rows("Mayor's Critic Shares Clinic Letter Naming Her As Likely Culprit\n\n"
                 "The woman published the document on Sunday.")
    assert rows == [], rows


def test_the_relative_clause_antecedent_of_a_pair_speaks() -> None:
    pairs = _pairs("The feud between Martin Cole and Rita Vance, who has repeatedly called Cole's newspaper "
                   "\"a rumour mill\", grew last year.")
    assert pairs == [("Rita Vance", "Cole's newspaper \"a rumour mill\"")], pairs


def test_a_denial_with_a_gerund_is_an_attribution() -> None:
    rows = _rows("Tom Reid, a former trainer, was charged last week. He has firmly denied abusing her.")
    assert [(r["name"], r["content"]) for r in rows] == [("Tom Reid", "abusing her")], rows



def test_endorsing_a_person_stays() -> None:
    assert [r["cue"] for r in _rows("The teachers' union endorsed Maria Lopez on Friday.")] == ["endorsed"]
