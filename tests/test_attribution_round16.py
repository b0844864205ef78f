"""Round 16 of the attribution layer (issue 16), on sentences of our own: a quote split around a reporting clause
whose sentence goes on ("“A,” said X, who ... . “B.”") is one statement; the splits that are not."""

from __future__ import annotations

import pytest

from tests.test_attribution import _find, _part


@pytest.mark.parametrize(("text", "speaker"), [
    ("“We cannot keep paying for roads that nobody drives on,” said Mayor Ellen Brandt, who has led the town since "
     "2019. “The budget has to change this year.”", "Mayor Ellen Brandt"),
    ("“They closed the clinic without asking anyone,” Marta Ilves, 34, said as the crowd moved toward the square. "
     "“We will be back here every week.”", "Marta Ilves"),
    ("“The harbour is silting up faster than anyone expected,” said Tomas Berg, an engineer with the port authority. "
     "“Dredging alone will not save it.”", "Tomas Berg"),
])
def test_a_quote_split_around_a_long_reporting_clause_is_one_statement(extract, text, speaker) -> None:
    doc = extract(text)
    assert len(doc.attributions) == 1, [_part(doc, a, "content") for a in doc.attributions]
    a = doc.attributions[0]
    assert _part(doc, a, "speaker").startswith(speaker)
    assert _part(doc, a, "cue") == "said"
    content = _part(doc, a, "content")
    assert content.split()[0] in ("We", "They", "The")
    assert content.rstrip("”").endswith(text.rstrip("”").rsplit("“", 1)[1])


@pytest.mark.parametrize("text", [
    # another sentence between the two quotes
    "“We cannot keep paying for roads,” Brandt said. The crowd cheered. “The budget has to change this year.”",
    # the rest of the sentence reports another statement
    "“We cannot keep paying for roads,” Brandt said, adding that the plan was sound. “The budget has to change.”",
    "“We cannot keep paying for roads,” Brandt said, going on to contrast the two plans. “The budget has to change.”",
    # the second quote in a new paragraph
    "“We cannot keep paying for roads,” said Brandt, who has led the town since 2019.\n\n“The budget has to change.”",
])
def test_a_second_quote_after_more_than_the_speakers_description_stays_apart(extract, text) -> None:
    doc = extract(text)
    first = _find(doc, "We cannot keep paying for roads")
    assert "The budget has to change" not in _part(doc, first, "content")
    assert _part(doc, first, "speaker") == "Brandt"


def test_a_quote_split_around_another_speakers_report_is_not_joined(extract) -> None:
    doc = extract("“We cannot keep paying for roads,” Brandt said, and her deputy said that the plan was sound. "
                  "“The budget has to change this year.”")
    first = _find(doc, "We cannot keep paying for roads")
    assert "The budget has to change" not in _part(doc, first, "content")


@pytest.mark.parametrize(("text", "words"), [
    ("Older voters in the valley helped her beat back a challenge from the governor.", "beat back"),
    ("The mayor let the board decide the matter of the harbour fees.", "decide"),
    ("The council members made the families wait for three hours in the rain.", "wait"),
])
def test_a_causatives_bare_infinitive_is_no_view(extract, text, words) -> None:
    doc = extract(text)
    assert not [a for a in doc.attributions if words in _part(doc, a, "content")]


@pytest.mark.parametrize(("text", "content"), [
    ("Critics made it clear that the harbour plan would fail.", "it clear that the harbour plan would fail"),
    ("The new rules allow fishermen to land their catch at night.", "fishermen to land their catch at night"),
])
def test_a_clause_or_infinitive_with_to_after_a_causative_stays_a_stance(extract, text, content) -> None:
    doc = extract(text)
    assert _part(doc, _find(doc, content), "content") == content


@pytest.mark.parametrize(("text", "phrase"), [
    ("Through a spokesman, the senator declined to comment.", "Through a spokesman"),
    ("And until Thursday, the mayor has refused to disclose the harbour contract.", "And until Thursday"),
    ("But for the fishermen, the questions raised by the closure will take longer to answer.", "But for the"),
])
def test_a_fronted_phrase_before_a_reporting_clause_is_no_statement(extract, text, phrase) -> None:
    doc = extract(text)
    assert not [a for a in doc.attributions if _part(doc, a, "content").startswith(phrase)]


@pytest.mark.parametrize(("text", "content"), [
    ("More money for the schools, the mayor said.", "More money for the schools"),
    ("The harbour fees are too high, the mayor said.", "The harbour fees are too high"),
])
def test_a_noun_phrase_or_a_clause_before_a_reporting_clause_is_still_said(extract, text, content) -> None:
    doc = extract(text)
    assert _part(doc, _find(doc, content), "content") == content


@pytest.mark.parametrize(("text", "speaker"), [
    ("The council met on Monday. History tells us that harbour towns fall when they overreach.", "History"),
    ("The council met on Monday. Experience suggests that such ferry plans rarely work.", "Experience"),
    ("The council met on Monday. Common sense dictates that the road be repaired first.", "Common sense"),
])
def test_a_discipline_or_faculty_as_the_speaker_is_unsure_and_abstract(extract, text, speaker) -> None:
    doc = extract(text)
    [a] = doc.attributions
    assert _part(doc, a, "speaker") == speaker
    assert a.source_type == "abstract" and not a.named and a.speaker_name is None
    assert a.score < 0.5 and a.evidence.endswith(":idea-subject")


@pytest.mark.parametrize(("text", "source_type"), [
    ("The council met on Monday. The evidence shows that the ferry plan failed.", "report"),
    ("The council met on Monday. A study by the university found that the ferry plan failed.", "report"),
    ("The council met on Monday. The harbour master says that the ferry plan failed.", "person"),
])
def test_evidence_and_people_as_the_speaker_stay_sure(extract, text, source_type) -> None:
    doc = extract(text)
    a = _find(doc, "the ferry plan failed")
    assert a.score >= 0.8 and "idea-subject" not in a.evidence
    assert a.source_type == source_type
