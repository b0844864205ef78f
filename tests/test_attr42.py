"""Attributions, round 42: speakers on SemEval-2025 English news (sentences written for the test, not taken from any
article)."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


def test_responding_to_names_what_was_answered_not_what_was_said() -> None:
    rows = _rows("Talks\n\nResponding to the remark, the minister Anna Berg said she lives in Oslo.\n")
    assert [r["content"] for r in rows] == ["she lives in Oslo"], rows


def test_responding_participle_before_a_colon_quote() -> None:
    rows = _rows("Talks\n\nResponding to the senator's online post, Tory MP Jane Doe responded: \"I have raised it "
                 "with ministers.\"\n")
    assert [r["content"] for r in rows] == ["I have raised it with ministers"], rows


def test_responded_to_as_the_main_verb_is_kept() -> None:
    rows = _rows("Talks\n\nThe minister responded to the criticism of the plan.\n")
    assert [r["content"] for r in rows] == ["the criticism of the plan"], rows


def test_a_document_cited_to_justify_a_decision_is_no_statement() -> None:
    assert _rows("Talks\n\nThe mayor's office cited a legal opinion by the attorney general to support its "
                 "decision.\n") == []


def test_a_document_cited_alone_is_still_reported() -> None:
    rows = _rows("Talks\n\nThe mayor's office cited a legal opinion by the attorney general.\n")
    assert [r["content"] for r in rows] == ["a legal opinion by the attorney general"], rows


def test_a_name_hung_on_the_opening_phrase_is_the_speaker() -> None:
    rows = _rows("Talks\n\nIn an interview with a newspaper, General Ivan Petrov, chief operations director of the "
                 "General Staff, said that troops are taking part in the fighting.\n")
    assert len(rows) == 1 and rows[0]["name"] == "Ivan Petrov", rows
    assert rows[0]["speaker"].startswith("General Ivan Petrov"), rows


def test_an_opening_phrase_does_not_take_a_real_subject() -> None:
    rows = _rows("Talks\n\nIn a letter to Anna Berg, the minister, officials said that troops are taking part in "
                 "the fighting.\n")
    assert [r["speaker"] for r in rows] == ["officials"], rows


RUN_ON = ("Ban on journalist\n\nThe journalist wrote on his blog on Monday about the decision.\n\nHe said: \"I was "
          "shocked to learn that my family and I had been barred by the police from attending the ceremony.\n\n"
          "\"The reason stated: 'We are a risk to public order'.\n\n\"I accept that the public must be kept safe, "
          "but this shows the growing dangers to reporters everywhere.\n\n\"These dangers come not only from "
          "dictators but from free countries as well.\"\n")


def test_an_abstraction_reporting_inside_a_running_quote_leaves_it_to_the_speaker() -> None:
    rows = _rows(RUN_ON)
    assert not any(r["speaker"] == "The reason" for r in rows), rows
    quoted = [r for r in rows if r["content"].startswith(("The reason", "I accept", "These dangers"))]
    assert len(quoted) == 3 and all(r["speaker"] == "He" for r in quoted), rows
