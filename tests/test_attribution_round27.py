"""Round 27 of the attribution layer (issue 16), on sentences of our own: a speech printed one sentence a line, whose
quotation opens after a reporting clause with a colon and closes several lines later, is one quotation; and a man
whose given name the table does not know keeps "he" when the article tells his gender."""

from __future__ import annotations

from tests.test_attribution import _part


def _rows(doc):  # type: ignore[no-untyped-def]
    return [(_part(doc, a, "speaker"), _part(doc, a, "cue"), _part(doc, a, "content")) for a in doc.attributions]


SPEECH = (
    "The senator spoke for twenty minutes in the rain.\n"
    "Marten addressed the crowd directly, declaring: “We will not be told what to think.\n"
    "We tell the ministers that the harbour belongs to the towns.\n"
    "We tell the banks that our savings are not theirs.\n"
    "Nobody in the capital asked the fishermen what they wanted.\n"
    "They closed the docks and they called it progress.\n"
    "We will open them again, for our children and for our people.”\n"
    "The crowd cheered and the police watched from the bridge.\n"
)


def test_a_speech_one_sentence_a_line_is_one_quotation(extract) -> None:
    doc = extract(SPEECH)
    rows = _rows(doc)
    speech = [r for r in rows if r[2] and "harbour belongs to the towns" in r[2]]
    assert len(speech) == 1, rows
    assert speech[0][0] == "Marten"
    assert "for our children and for our people" in speech[0][2]
    # the lines inside the speech are the speaker's, not statements of their own by "we" or "nobody"
    assert not any(r[0] in ("We", "Nobody in the capital") for r in rows), rows


def test_lines_after_an_unclosed_quote_without_a_colon_are_not_joined_far(extract) -> None:
    text = (
        "Marten addressed the crowd and said “We will not be told what to think.\n"
        "The crowd cheered.\n"
        "The police watched from the bridge.\n"
        "A boat left the harbour.\n"
        "Rain fell on the square.\n"
        "Later the mayor closed the meeting, adding that the docks would reopen.”\n"
    )
    doc = extract(text)
    assert not any(r[2] and "Rain fell on the square" in r[2] for r in _rows(doc)), _rows(doc)


HALLORAN = (
    "Colm Halloran covers the courts for a weekly paper in Galway.\n\n"
    "The judge, Vladimir Petrenko, refused the request, and Petrenko said he would rule in May.\n\n"
    "Angered by the decision, Halloran took to Twitter on Monday to warn his readers.\n\n"
    'He said: "Nobody told me why my name was on the list."\n'
)


def test_a_surname_the_tagger_calls_a_place_keeps_he(extract) -> None:
    # the small tagger labels the bare "Halloran" a place; he was named in full before, so "he" is his, not the
    # judge's, whose first name the table knows
    doc = extract(HALLORAN)
    found = next(a for a in doc.attributions if "Nobody told me" in (_part(doc, a, "content") or ""))
    assert found.speaker_name == "Colm Halloran", _rows(doc)


def test_he_after_a_subject_just_named_is_that_subject_in_events() -> None:
    # the events layer: "he" in the sentence whose subject is a man of untold given name is that man, not an
    # earlier man whose given name tells the gender
    from tests.test_lead_round22 import _events

    text = (
        "President John Whitmore signed the treaty in 1961.\n\n"
        "The committee examined Petkov's trip to Vienna in the autumn.\n\n"
        "Petkov travelled to Vienna where he met the Soviet ambassador."
    )
    met = [e for e in _events(text) if e[2] == "Russia (government)"]
    assert met and met[0][0] == "Petkov", _events(text)


def test_he_stays_with_the_subject_of_known_gender_in_events() -> None:
    from tests.test_lead_round22 import _events

    text = "John Whitmore praised Petkov in a speech, and later he met the Soviet ambassador."
    met = [e for e in _events(text) if e[2] == "Russia (government)"]
    assert met and met[0][0] == "John Whitmore", _events(text)


def test_a_colon_quote_over_lines_keeps_its_speaker(extract) -> None:
    text = (
        "Yet Kessler keeps some distance from the protesters: “I have no quarrel with the council.\n"
        "I voted for most of its members.\n"
        "I have lived in this town for thirty years.\n"
        "My children went to school here.\n"
        "I believe the mayor is honest about the budget, even now.\n"
        "But the harbour plan is a mistake.”\n"
        "The council meets again on Tuesday.\n"
    )
    doc = extract(text)
    found = next(a for a in doc.attributions if "no quarrel with the council" in (_part(doc, a, "content") or ""))
    assert _part(doc, found, "speaker") == "Kessler", _rows(doc)
    assert "the harbour plan is a mistake" in _part(doc, found, "content")
