"""Attributions, round 46 (issue 16): the open leads of rounds 41-44 (sentences written for the test, not taken from
any article)."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


def _pairs(text: str) -> list[tuple[str | None, str]]:
    return [(r["speaker"], r["content"]) for r in _rows(text)]


# ------------------------------------------------------------------------------------------ the writer's "know"

def test_a_call_the_writer_knows_of_is_the_callers() -> None:
    rows = _rows("Talks\n\nWe know that the union leaders have called upon the dockers to stay at home on Monday.\n")
    assert [(r["speaker"], r["cue"], r["content"]) for r in rows] == [
        ("the union leaders", "called upon", "the dockers to stay at home on Monday")], rows


def test_an_urging_the_writer_knows_of_is_the_urgers() -> None:
    rows = _rows("Talks\n\nWe know that several armed groups urged young men in the valley to attack the convoys.\n")
    assert [r["speaker"] for r in rows] == ["several armed groups"], rows


def test_the_writers_know_over_a_plain_clause_stays() -> None:
    rows = _rows("Talks\n\nWe know that the harbour plan failed last winter.\n")
    assert [(r["speaker"], r["content"]) for r in rows] == [("We", "the harbour plan failed last winter")], rows


# ------------------------------------------------------------------------------------------ "a call from X that"

def test_the_caller_speaks_not_the_police() -> None:
    rows = _rows("Talks\n\nOn May 3, police responded to a call from Mary Jones that her neighbour was drunk and "
                 "breaking her fence.\n")
    assert [(r["speaker"], r["cue"], r["content"]) for r in rows] == [
        ("Mary Jones", "call", "her neighbour was drunk and breaking her fence")], rows


def test_a_call_about_a_fire_is_no_report() -> None:
    assert _rows("Talks\n\nPolice responded to a call about a fire near the school.\n") == []


# ------------------------------------------------------------------------------------------ "compared A with B"

def test_a_surname_tagged_a_verb_still_compares() -> None:
    rows = _rows("Talks\n\nTrump often compared the agency’s handling of Berg’s case with that of Jones.\n")
    assert [(r["speaker"], r["content"]) for r in rows] == [
        ("Trump", "the agency’s handling of Berg’s case with that of Jones")], rows


def test_a_comparison_holds_both_sides() -> None:
    rows = _rows("Talks\n\nThe senator compared the new tax with a robbery of the poor.\n")
    assert [r["content"] for r in rows] == ["the new tax with a robbery of the poor"], rows


# ------------------------------------------------------------------------------------------ "..., who said ...,"

def test_who_said_before_a_quote_paragraph_gives_the_quote() -> None:
    rows = _rows("Talks\n\nThe plan was backed by Anna Berg, the city's mayor, who said at a meeting on Friday,\n\n"
                 "\"We will build the bridge before winter comes.\"\n\nThe work starts in May.\n")
    assert [r["content"] for r in rows] == ["We will build the bridge before winter comes"], rows
    assert rows[0]["cue"] == "said", rows


def test_who_said_with_its_own_clause_keeps_it() -> None:
    rows = _rows("Talks\n\nThe plan was backed by Anna Berg, the city's mayor, who said the bridge would be built "
                 "before winter.\n")
    assert "the bridge would be built before winter" in [r["content"] for r in rows], rows


# ------------------------------------------------------------------------------------------ "disputed that claim"

def test_a_bare_denial_of_those_claims_keeps_its_speaker() -> None:
    rows = _rows("Talks\n\nCritics said the new law would cost thousands of jobs. The ministry has denied those "
                 "claims.\n")
    assert "The ministry" in [r["speaker"] for r in rows], rows


def test_disputing_that_claim_keeps_the_arguing_clause() -> None:
    rows = _rows("Talks\n\nCritics said the new law would cost thousands of jobs. The ministry disputed that "
                 "claim, arguing that the law would create new work.\n")
    assert ("The ministry", "the law would create new work") in [(r["speaker"], r["content"]) for r in rows], rows
    assert all(r["content"] not in ("claim", "that claim") for r in rows), rows


def test_disputing_figures_with_a_phrase_of_their_own_stays() -> None:
    rows = _rows("Talks\n\nThe union disputed the figures released by the ministry on Monday.\n")
    assert [r["content"] for r in rows] == ["the figures released by the ministry on Monday"], rows


# ------------------------------------------------------------------------------ guards: headlines, transcripts

def test_title_case_headline_cue_claims() -> None:
    rows = _rows("Troops Pulled Back From The Border, Army Commander Claims\n\nThe army said on Monday that units "
                 "had moved.\n")
    assert ("Army Commander", "Troops Pulled Back From The Border") in _speaker_content(rows), rows


def test_title_case_headline_cue_says() -> None:
    rows = _rows("Dam Project Will Go Ahead, Energy Minister Says\n\nThe plan was approved on Monday.\n")
    assert _speaker_content(rows) == [("Energy Minister", "Dam Project Will Go Ahead")], rows


def test_a_bare_clause_headline_after_an_office_speaks_and_a_section_label_does_not() -> None:
    assert _pairs("Mayor: Old Bridge Must Go\n\nThe bridge was built in 1901.\n") == [
        ("Mayor", "Old Bridge Must Go")]
    assert _pairs("Weather: A Cold Week Ahead\n\nThe bridge was built in 1901.\n") == []


def test_transcript_turns_are_their_speakers() -> None:
    rows = _pairs("Talks\n\nThe interview went as follows.\n\nHOST: Why did you leave the party last year?\n\n"
                  "BERG: Because it stopped listening to its own voters.\n")
    assert rows == [("HOST", "Why did you leave the party last year"),
                    ("BERG", "Because it stopped listening to its own voters")], rows


def _speaker_content(rows: list[dict]) -> list[tuple[str | None, str]]:
    return [(r["speaker"], r["content"]) for r in rows]
