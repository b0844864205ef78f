"""Round 19 of the attribution layer (issue 16), on sentences of our own: the infinitive of an intention verb that
the parser hangs as an adverbial of purpose because a phrase stands between them ("voted on Monday to close the
port") is what the subject voted, agreed or declined to do."""

from __future__ import annotations

import pytest

from tests.test_attribution import _find, _part


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("The council voted on Monday to close the port.", "The council", "voted", "to close the port"),
    ("The harbour board voted 5-2 along party lines to sell the ferry to a private firm.", "The harbour board",
     "voted", "to sell the ferry to a private firm"),
    ("The council voted 5-2 along party lines, to send the plan back to the mayor.", "The council", "voted",
     "to send the plan back to the mayor"),
])
def test_an_infinitive_after_a_phrase_is_what_was_voted(extract, text, speaker, cue, content) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert _part(doc, a, "speaker") == speaker
    assert _part(doc, a, "cue") == cue
    assert _part(doc, a, "content") == content


@pytest.mark.parametrize(("text", "cue"), [
    ("The minister appeared on the radio to defend the plan.", "appeared"),  # a raising verb: a purpose
    ("The council voted in order to close the port.", "voted"),  # a conjunction: a purpose
])
def test_a_purpose_infinitive_is_no_stance_of_its_verb(extract, text, cue) -> None:
    doc = extract(text)
    assert not any(_part(doc, a, "cue") == cue for a in doc.attributions), [
        (_part(doc, a, "cue"), _part(doc, a, "content")) for a in doc.attributions]


def test_an_object_before_the_infinitive_keeps_the_object_reading(extract) -> None:
    # "called a meeting to discuss ...": the verb has an object, the infinitive is the meeting's purpose
    doc = extract("The mayor called a meeting to discuss the port.")
    a = _find(doc, "a meeting")
    assert _part(doc, a, "content") == "a meeting to discuss the port"


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The mayor was quick to condemn the attack on the ferry.", "The mayor", "the attack on the ferry"),
    ("Kent will not be able to brag about his lead in the polls.", "Kent", "his lead in the polls"),
    ("The board was quick to say that the port would close in May.", "The board", "the port would close in May"),
    ("Ms. Vale was eager to praise the volunteers who cleaned the beach.", "Ms. Vale",
     "the volunteers who cleaned the beach"),
])
def test_the_infinitive_of_a_predicate_adjective_has_the_copulas_subject(extract, text, speaker, content) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert _part(doc, a, "speaker") == speaker


@pytest.mark.parametrize("text", [
    "The plan is hard to defend.",  # the subject is the infinitive's missing object
    "Kent is hard to like.",
    "The new rules were easy to praise.",
    "The testimony is sure to add weight to the growing belief that the police lied.",  # a thing adds nothing
])
def test_an_infinitive_without_its_object_gives_the_subject_no_stance(extract, text) -> None:
    doc = extract(text)
    assert not doc.attributions, [(_part(doc, a, "speaker"), _part(doc, a, "content")) for a in doc.attributions]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Harbour leaders gathered on Friday to discuss the closure of the port.", "Harbour leaders",
     "the closure of the port"),
    ("Ms. Vale met with the port manager on Tuesday to discuss the new fees.", "Ms. Vale", "the new fees"),
    ("The minister went on a tour of the coast to talk about the fishing quotas.", "The minister",
     "the fishing quotas"),
])
def test_an_infinitive_of_purpose_has_its_hosts_subject(extract, text, speaker, content) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert _part(doc, a, "speaker") == speaker


def test_a_passive_hosts_subject_is_no_speaker_of_its_purpose(extract) -> None:
    # "was called before the council to defend ...": whoever called him means him to; the rule leaves it alone
    doc = extract("Kent was called before the council to defend his remarks about the port.")
    assert not doc.attributions, [(_part(doc, a, "speaker"), _part(doc, a, "content")) for a in doc.attributions]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # a parenthetical report before the main verb: the "that" after it is the main clause's
    ("The problem, the minister said then, was that the port had no money.", "the minister",
     "The problem, the minister said then, was that the port had no money"),
    ("The truth, Kent said later, is that the council sold the park.", "Kent",
     "The truth, Kent said later, is that the council sold the park"),
    # a report that closes the sentence reports all the clauses coordinated before it
    ("The port lost money last year, but the ferry made a profit, the report said.", "the report",
     "The port lost money last year, but the ferry made a profit"),
    ("Kent had told the council that he did not want the escort, but the police overruled that request, the "
     "source added.", "the source",
     "Kent had told the council that he did not want the escort, but the police overruled that request"),
])
def test_a_reporting_clause_set_off_by_commas_reports_its_whole_sentence(extract, text, speaker, content) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert _part(doc, a, "speaker") == speaker
    assert _part(doc, a, "content") == content


@pytest.mark.parametrize(("text", "content"), [
    ("Kent said that the port had no money.", "the port had no money"),
    ("The port will close in May, the minister said.", "The port will close in May"),
    ("The minister said the port would close, and the council agreed that the ferry would stop.",
     "the port would close"),
])
def test_a_report_with_its_clause_after_it_keeps_that_clause(extract, text, content) -> None:
    doc = extract(text)
    assert _part(doc, doc.attributions[0], "content") == content
