"""Attributions, round 96: a view held in the narrative voice by "I", "we" or "you" is a record with the pronoun as
its speaker (PolNeAR's convention). Sentences and names are written for the test, not taken from any article. The
rule tests fail on main (no record there); the guards keep main's behaviour (quoted views, questions, relative
clauses, plain communication verbs, personal pronoun objects)."""

from __future__ import annotations

from tests.attribution_rows import attribution_details as _rows


def _mine(text: str) -> list[dict]:
    return [r for r in _rows(text) if r["speaker"] in ("I", "we", "We", "you", "You")]


def test_a_first_person_view_with_a_noun_object_is_a_record() -> None:
    rows = _mine("I distrust the harbour board because its accounts are never published.\n")
    assert len(rows) == 1 and rows[0]["cue"] == "distrust" and rows[0]["content"] == "the harbour board", rows


def test_we_with_a_clause_object_is_a_record() -> None:
    text = "The pier is failing. Unless we recognize the danger that the tides pose to it, nothing will change.\n"
    rows = _mine(text)
    assert len(rows) == 1 and rows[0]["cue"] == "recognize", rows
    assert rows[0]["content"].startswith("the danger that the tides pose"), rows


def test_a_second_person_need_with_an_infinitive_is_a_record() -> None:
    rows = _mine("To cover the fees, you would need to put aside about $40 every month for ten years.\n")
    assert len(rows) == 1 and rows[0]["cue"] == "need", rows
    assert rows[0]["content"].startswith("to put aside about $40"), rows


def test_a_stance_adjective_after_we_are_is_a_record_without_its_complementiser() -> None:
    rows = _mine("After two winters in Skellan, we are convinced that the ferry should run at night.\n")
    assert len(rows) == 1 and rows[0]["cue"] == "convinced", rows
    assert rows[0]["content"] == "the ferry should run at night", rows


def test_a_quoted_speakers_we_stays_the_speakers() -> None:
    rows = _rows('"We believe the ferry will fail," said harbour master Dalla Pruett.\n')
    assert not [r for r in rows if r["speaker"] in ("We", "we")], rows


def test_a_question_and_a_relative_clause_are_no_record() -> None:
    text = ("Would I rather save for the boat or would I prefer to keep renting? The sum I need to save each month "
            "is large.\n")
    assert _mine(text) == [], _rows(text)


def test_a_plain_communication_verb_and_a_personal_pronoun_object_are_no_record() -> None:
    text = "I have written letters for several of them. We admire him for the work.\n"
    assert _mine(text) == [], _rows(text)
