"""Attributions, round 37 (sentences written for the test, not taken from any article)."""

from __future__ import annotations

from spinscope import analyze

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]


def _rows(text: str) -> list[dict]:
    result = analyze(text, components=ATTRIBUTION_COMPONENTS)
    t = result.article.text
    return [{"speaker": t[a.speaker.start:a.speaker.end] if a.speaker else None,
             "content": t[a.content.start:a.content.end]} for a in result.attributions]


# ------------------------------------------- "X responded to Y by doing Z": an act in answer, not a statement


def test_responding_to_something_by_a_deed_is_no_report() -> None:
    for text in ("The army has responded to the raid by sending two brigades to the border.",
                 "The council responded to the bus strike by hiring temporary drivers from a private firm.",
                 "Shop owners reacted to the new tax by raising their prices overnight."):
        assert _rows(text) == [], text


def test_responding_by_saying_or_with_words_still_reports() -> None:
    rows = _rows("The minister responded to the charge by saying that the figures were three years old.")
    assert {"speaker": "The minister", "content": "the figures were three years old"} in rows, rows
    rows = _rows("The minister responded to the charge, calling it absurd.")
    assert any(r["speaker"] == "The minister" and r["content"] == "it absurd" for r in rows), rows


# ------------------------------------------------------------ "X needs Y": what is necessary, not X's view


def test_a_title_saying_what_the_world_needs_has_no_speaker() -> None:
    rows = _rows("The World Needs A Strong Mediator Again\n\nThe summit in the lakeside town ended on Friday.\n")
    assert rows == [], rows


def test_needing_a_noun_is_no_stance_but_a_report_of_it_stays() -> None:
    assert _rows("The valley needs a new bridge before the winter floods.") == []
    assert _rows("The harbour town badly needs more doctors and a second ferry.") == []
    rows = _rows("The council said the town needs a new bridge.")
    assert rows == [{"speaker": "The council", "content": "the town needs a new bridge"}], rows


# ------------------------------------------------ "it is safe to say that ...": the writer's hedge, no report


def test_it_is_safe_to_say_is_the_writers_own_voice() -> None:
    assert _rows("It is safe to say that the voters in the valley are tired of the road works.") == []
    assert _rows("The results are late, but it's fair to say the new ferry plan has failed.") == []


def test_a_subject_who_is_right_to_say_still_reports() -> None:
    rows = _rows("The mayor is right to say that the old bridge is unsafe.")
    assert rows == [{"speaker": "The mayor", "content": "the old bridge is unsafe"}], rows
    rows = _rows("It was wrong to say the bridge was safe, the inquiry found.")
    assert any(r["speaker"] == "the inquiry" for r in rows), rows


# ------------------------------------- "asked questions", "raised concerns": a bare topic noun carries no content


def test_bare_questions_and_concerns_are_no_content() -> None:
    assert _rows("Staff could ask questions and raise concerns at the evening meeting.") == []
    assert _rows("Several members raised concerns at the start of the session.") == []


def test_concerns_about_or_that_something_keep_their_content() -> None:
    rows = _rows("Parents raised concerns about the new bus timetable.")
    assert rows and rows[0]["content"].startswith("concerns about the new bus timetable"), rows
    rows = _rows("Residents raised concerns that the dam could fail.")
    assert any(r["content"] == "the dam could fail" for r in rows), rows


def test_issues_addressed_or_named_keep_their_content() -> None:
    rows = _rows("The two senators have addressed fishing quota issues in their letters.")
    assert any(r["content"].startswith("fishing quota issues") for r in rows), rows
