"""The lead's round-17 fixes from real articles: a sentence-final "X reported" is kept when the sentence it reports
holds a report of its own, and outlets of Australia, Canada, India and public broadcasters are media."""

from __future__ import annotations

import pytest

from spinscope import analyze


def _attributions(text: str) -> list[tuple[str, str | None, str, str | None, str]]:
    result = analyze(text, components=["language.v1", "segment.v1", "attributions.v1"])
    return [(text[a.speaker.start:a.speaker.end], a.speaker_name, a.source_type, a.source_country,
             text[a.content.start:a.content.end]) for a in result.attributions if a.speaker is not None]


def test_the_outlet_that_reports_a_sentence_keeps_it_over_a_report_inside_it():
    """"Councillors will vote ... to decide how ..., the agency reported": the whole sentence is the agency's."""
    text = "Councillors will vote on Thursday to decide how the grant is shared, the agency reported."
    found = _attributions(text)
    assert [(span, content) for span, _, _, _, content in found] == [
        ("the agency", "Councillors will vote on Thursday to decide how the grant is shared")]


@pytest.mark.parametrize(("text", "speaker", "name", "country"), [
    ("Rangers had told walkers to leave the park, The Age reported.", "The Age", "The Age", "AU"),
    ("The Globe and Mail reported that the mill would close.", "The Globe and Mail", "The Globe and Mail", "CA"),
    ("VOA reported that the ferry had sunk.", "VOA", "Voice of America", "US"),
    ("Radio Free Europe reported that the border was shut.", "Radio Free Europe",
     "Radio Free Europe/Radio Liberty", "US"),
    ("The Times of India said the monsoon came early.", "The Times of India", "The Times of India", "IN"),
])
def test_more_outlets_are_media_of_their_country(text, speaker, name, country):
    assert [found[:4] for found in _attributions(text)] == [(speaker, name, "media", country)]


@pytest.mark.parametrize("text", [
    "Dawn said she would run again.",
    "The Australian, who finished second, said the course was hard.",
])
def test_a_first_name_or_a_description_is_no_outlet(text):
    assert all(kind != "media" for _, _, kind, _, _ in _attributions(text))


def test_a_second_main_clause_after_and_is_no_stance_content():
    """The small parser hangs "cancelled" under "severed" as a complement here (checked with
    en_core_web_sm 3.8.0); the coordinated clause is no stance of the orchestra's."""
    text = ("The Munich Philharmonic Orchestra severed all relations with conductor Ivan Petrov, and the Carnegie Hall "
            "in New York cancelled performances by pianist Anna Sokolova.")
    assert _attributions(text) == []


def test_a_capitalised_word_inside_a_quote_is_no_antecedent():
    """The tagger reads "Lesson" of "Lesson learned." inside the quote as a person; the pronouns after the quote
    are the writer's, named before it."""
    text = ("Ned Varga wrote about his electric car last month.\n\n"
            "“I never took the car in for service, so the tyres wore out. That meant I could not claim the "
            "warranty either. Lesson learned.”\n\n"
            "He admits that skipping the service may have been his fault, but he contends that the heavy battery "
            "wears tyres faster.")
    assert [name for span, name, _, _, _ in _attributions(text) if span.lower() == "he"] == ["Ned Varga"] * 2


def test_a_scare_quoted_word_is_no_statement():
    text = "The mayor will deliver a speech warning against the “doubters” who threaten the new tram line."
    assert not [a for a in _attributions(text) if a[4] == "doubters"]


def test_a_one_word_quote_with_its_comma_is_a_statement():
    assert [a[4] for a in _attributions("“Rubbish,” the minister said.")] == ["Rubbish"]


def test_a_word_quoted_as_a_description_is_the_speakers():
    found = _attributions("The senator is describing as “reckless” a tweet attacking a former judge.")
    assert [(span, "reckless" in content) for span, _, _, _, content in found] == [("The senator", True)]


def test_a_transcript_speaker_in_capitals_keeps_the_name_of_the_person():
    text = ("Chris Wallace asked the questions.\n\n"
            "\"WALLACE: Let us start with the budget.\n\n"
            "\"PENCE: Thank you, Chris.")
    names = {name for _, name, _, _, _ in _attributions(text)}
    assert "WALLACE" not in names
