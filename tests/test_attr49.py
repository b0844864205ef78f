"""Attributions, round 49: the conventions left open by rounds 45-47 and the lead's further cases (sentences written
for the test, not taken from any article). The conventions are PolNeAR's tuning half's (``scripts/attr49/README.md``):
the guards below keep what its annotators count as attributions."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


def _one(rows: list[dict], cue: str) -> dict:
    found = [r for r in rows if r["cue"] == cue]
    assert len(found) == 1, rows
    return found[0]


# ------------------------------------------------------------------------------------------ new rules


def test_a_quote_before_is_heard_saying_is_the_speakers() -> None:
    rows = _rows("Field notes\n\n“Get out of the road,” the driver is heard saying on the recording.")
    found = _one(rows, "saying")
    assert (found["speaker"], found["content"]) == ("the driver", "Get out of the road"), rows


def test_a_quote_before_can_be_heard_saying_is_the_speakers() -> None:
    rows = _rows("Field notes\n\n“Bring the truck around now,” a man can be heard saying.")
    found = _one(rows, "saying")
    assert (found["speaker"], found["content"]) == ("a man", "Bring the truck around now"), rows


def test_a_lone_transcript_turn_of_a_person_named_earlier() -> None:
    rows = _rows("Field notes\n\nThe radio host asked Tom Drew about the dam.\n\n"
                 "DREW: We built it in a hurry, and nobody checked the concrete.\n\nThe host thanked him.")
    found = _one(rows, ":")
    assert found["speaker"] == "DREW", rows
    assert found["content"].startswith("We built it in a hurry"), rows


def test_a_lone_capitalised_dateline_is_no_turn() -> None:
    rows = _rows("BELGRADE: The new bridge opened on Monday after years of delays.\n\nMayor Ivan Petrov cut the "
                 "ribbon.")
    assert all(r["cue"] != ":" for r in rows), rows


def test_a_lone_label_of_no_one_named_is_no_turn() -> None:
    rows = _rows("Field notes\n\nThe storm reached the coast at dawn.\n\nCAUTION: Several roads near the harbour "
                 "are still closed to traffic.")
    assert all(r["cue"] != ":" for r in rows), rows


def test_a_title_clause_with_a_bare_noun_speaker_and_a_participle() -> None:
    rows = _rows("Council staffer caught on tape admits campaign is lying\n\nThe recording surfaced on Monday.")
    found = _one(rows, "admits")
    assert (found["speaker"], found["content"]) == ("Council staffer", "campaign is lying"), rows


def test_a_county_that_wants_something_is_a_government() -> None:
    rows = _rows("Field notes\n\nThe county wants to build a new bridge over the river by 2030.")
    found = _one(rows, "wants")
    assert found["speaker"] == "The county" and found["type"] == "government", rows


def test_a_town_that_hopes_is_a_government() -> None:
    rows = _rows("Field notes\n\nThe town hopes to open the pool by June.")
    assert [r["type"] for r in rows if r["speaker"] == "The town"] == ["government"], rows


def test_calls_that_show_something_are_a_document() -> None:
    rows = _rows("Field notes\n\nOther emergency calls show that neighbours heard shots before midnight.")
    found = _one(rows, "show")
    assert found["speaker"] == "Other emergency calls" and found["type"] == "report", rows


# ------------------------------------------------------------------------------------------ guards (PolNeAR counts)


def test_a_name_given_stays_an_attribution() -> None:
    rows = _rows("Field notes\n\nThe small desert rodent is better known as “the sand ghost” among herders.")
    assert any(r["cue"] == "known" for r in rows), rows


def test_a_taste_stays_an_attribution() -> None:
    assert [r["cue"] for r in _rows("Field notes\n\nKessler likes a folk band from northern Ohio.")] == ["likes"]


def test_cast_votes_stay_an_attribution() -> None:
    rows = _rows("Field notes\n\nThe two senators cast their votes against the nominee on Tuesday.")
    assert [r["cue"] for r in rows] == ["cast"], rows


def test_concerns_prompted_in_others_stay_a_sourceless_attribution() -> None:
    rows = _rows("Field notes\n\nThe agency's budget ran out in May, prompting concerns that the office could close "
                 "for good.")
    found = _one(rows, "concerns")
    assert found["speaker"] is None and "office could close" in found["content"], rows


def test_the_writers_wondering_stays_an_attribution() -> None:
    rows = _rows("Field notes\n\nI wonder how long a mayor would last saying such things in public.")
    assert [r["cue"] for r in rows] == ["wonder"], rows


def test_a_posted_photo_stays_an_attribution() -> None:
    rows = _rows("Field notes\n\nThe candidate posted a photo of the flooded school on Sunday.")
    assert [r["cue"] for r in rows] == ["posted"], rows


def test_a_request_stays_an_attribution() -> None:
    rows = _rows("Field notes\n\nThe senator asked the mayor to resign over the scandal.")
    found = _one(rows, "asked")
    assert found["speaker"] == "The senator" and "resign" in found["content"], rows


def test_a_participle_after_but_stays_found() -> None:
    rows = _rows("Field notes\n\nThe ranger welcomed the new budget but saying the park still needed more staff.")
    found = _one(rows, "saying")
    assert (found["speaker"], found["content"]) == ("The ranger", "the park still needed more staff"), rows


def test_a_denial_with_a_gerund_after_the_charge_stays_found() -> None:
    rows = _rows("Field notes\n\nThe skater was charged with striking a referee after the final. He has firmly "
                 "denied striking him.")
    found = _one(rows, "denied")
    assert found["content"] == "striking him", rows


def test_amid_growing_concerns_is_a_sourceless_attribution() -> None:
    rows = _rows("Field notes\n\nThe ministers met on Friday amid growing concerns that the currency could collapse.")
    found = _one(rows, "concerns")
    assert found["speaker"] is None and found["content"] == "the currency could collapse", rows


def test_a_body_voting_in_a_sentence_case_title() -> None:
    rows = _rows("City board votes to close two schools\n\nThe board met on Monday evening.")
    found = _one(rows, "votes")
    assert (found["speaker"], found["content"], found["type"]) == ("City board", "to close two schools",
                                                                   "organization"), rows
