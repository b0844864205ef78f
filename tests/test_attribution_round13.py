"""Round 13 of the attribution layer (issue 16), on sentences of our own: a second quote with a cue of its own is
its own statement, an inverted "asked the minister" after a quote names the speaker, and a fronted scene-setting
phrase ("Speaking in the Commons, ...") is nothing said."""

from __future__ import annotations

import pytest

from tests.test_attribution import _find, _part


@pytest.mark.parametrize("text", [
    "“The treaty is dead,” Petrov told state television. “We will respond,” he added.",
    '"The treaty is dead," Petrov told state television. "We will respond," he added.',
    "‘The treaty is dead,’ Petrov told state television. ‘We will respond,’ he added.",
])
def test_a_second_quote_with_its_own_cue_is_its_own_statement(extract, text) -> None:
    doc = extract(text)
    first, second = _find(doc, "The treaty is dead"), _find(doc, "We will respond")
    assert first is not second
    assert "We will respond" not in _part(doc, first, "content")
    assert _part(doc, second, "cue") == "added"
    assert _part(doc, second, "speaker") == "he"


def test_a_second_quote_with_no_cue_still_runs_on(extract) -> None:
    doc = extract("“The treaty is dead,” Petrov told state television. “We will respond. Nobody should doubt it.”")
    a = _find(doc, "The treaty is dead")
    assert "Nobody should doubt it" in _part(doc, a, "content")
    doc = extract("“The treaty is dead,” Petrov told state television. “We will respond.” He added that the talks "
                  "were over.")
    assert "We will respond" in _part(doc, _find(doc, "The treaty is dead"), "content")
    assert _part(doc, _find(doc, "the talks were over"), "cue") == "added"


@pytest.mark.parametrize("text", [
    "“Why should we wait any longer?” asked the minister.",
    "“The treaty is dead,” Petrov said. “Why should we wait any longer?” asked the minister.",
])
def test_an_inverted_question_after_a_quote_names_its_speaker(extract, text) -> None:
    doc = extract(text)
    a = _find(doc, "Why should we wait any longer")
    assert _part(doc, a, "speaker") == "the minister"
    assert _part(doc, a, "cue") == "asked"


def test_a_participle_after_a_quoted_title_takes_no_speaker_from_its_object(extract) -> None:
    doc = extract('The coach spoke to the club magazine "Green Days," answering questions about the new stadium and '
                  'its cost.')
    assert not any(_part(doc, a, "speaker") == "questions about the new stadium and its cost"
                   for a in doc.attributions)


@pytest.mark.parametrize("text", [
    "Speaking in the Commons, British Prime Minister Tom Hale warned Moscow.",
    "After the vote in parliament, the opposition leader protested loudly.",
])
def test_a_fronted_scene_setting_phrase_is_nothing_said(extract, text) -> None:
    doc = extract(text)
    assert not any(_part(doc, a, "content").startswith(("Speaking", "After")) for a in doc.attributions)


def test_a_fronted_statement_before_its_reporting_clause_is_still_reported(extract) -> None:
    doc = extract("The plan will cost billions, Smith warned on Monday.")
    a = _find(doc, "The plan will cost billions")
    assert _part(doc, a, "speaker") == "Smith"


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str]):  # type: ignore[no-untyped-def]
    """A hand-made parse (the parser's failure modes, reproduced without depending on its version)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos,
               lemmas=["say" if w == "said" else w.lower() for w in words])


def test_an_inverted_speaker_wins_over_a_quoted_subject_hung_on_the_verb() -> None:
    from spinscope.components.attribution.cues import _subject

    # “If it fails, it will fail,” said Anna Berg.  -- the parser made both "it" and "Berg" subjects of "said"
    doc = _parsed(['"', "If", "it", "fails", ",", "it", "will", "fail", ",", '"', "said", "Anna", "Berg", "."],
                  [10, 3, 3, 10, 10, 10, 10, 10, 10, 10, 10, 12, 10, 10],
                  ["punct", "mark", "nsubj", "advcl", "punct", "nsubj", "aux", "ccomp", "punct", "punct", "ROOT",
                   "compound", "nsubj", "punct"],
                  ["``", "IN", "PRP", "VBZ", ",", "PRP", "MD", "VB", ",", "''", "VBD", "NNP", "NNP", "."],
                  ["PUNCT", "SCONJ", "PRON", "VERB", "PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "VERB",
                   "PROPN", "PROPN", "PUNCT"])
    subject, passive = _subject(doc[10])
    assert subject is not None and subject.text == "Berg" and not passive


def test_a_verb_of_thinking_inside_a_quote_takes_no_closing_mark_for_its_content(extract) -> None:
    doc = extract('"The sanctions have failed and everyone in this building knows it," said Tom Reed, who has '
                  'studied the region for a decade.')
    assert [_part(doc, a, "speaker") for a in doc.attributions] == ["Tom Reed"]
    assert _part(doc, doc.attributions[0], "content").startswith("The sanctions have failed")


@pytest.mark.parametrize(("text", "first", "second", "speaker"), [
    ("Landlords said rents had risen because the council had cut the housing budget and tenants accused the "
     "landlords of exploiting the shortage for profit.", "the council had cut the housing budget",
     "exploiting the shortage", "tenants"),
    ("The mayor said the budget was balanced, and the opposition claimed that the figures had been fudged.",
     "the budget was balanced", "the figures had been fudged", "the opposition"),
])
def test_a_second_report_with_its_own_subject_is_that_subjects(extract, text, first, second, speaker) -> None:
    doc = extract(text)
    a, b = _find(doc, first), _find(doc, second)
    assert a is not b
    assert second not in _part(doc, a, "content")
    assert _part(doc, b, "speaker") == speaker


@pytest.mark.parametrize("text", [
    'Dozens of farmers blocked the roads around the ministry, where the cabinet met on Monday, while chanting, '
    '"No farmers, no food."',
    'Hundreds of nurses marched past the hospital - where the board was meeting - while chanting, "Fair pay now, '
    'not next year."',
])
def test_a_participle_after_a_relative_clause_speaks_for_the_main_clause(extract, text) -> None:
    doc = extract(text)
    a = _find(doc, "no")
    assert _part(doc, a, "speaker").split()[-1] in ("farmers", "nurses")


def test_a_clause_whose_subject_the_parser_read_as_the_object_of_said_is_reported(extract) -> None:
    doc = extract("Olga Berg, a landlord and board member of the Property Owners Forum, which is made up of owners and "
                  "agents, said most of the flats that tenants complain about as damp were renovated two years ago.")
    a = _find(doc, "most of the flats")
    assert _part(doc, a, "cue") == "said"
    assert _part(doc, a, "speaker").startswith("Olga Berg")
    assert a.speaker_name == "Olga Berg"


@pytest.mark.parametrize("text", ["She said a prayer before the vote began.",
                                  "The aides have not said much about how he prepares."])
def test_a_noun_said_is_no_misread_clause(extract, text) -> None:
    doc = extract(text)
    assert not any(a.evidence.endswith("reporting-verb:say:ccomp") for a in doc.attributions)


def test_a_participle_after_x_said_goes_on_with_x(extract) -> None:
    doc = extract('"The club has never been stronger," Berg said, going on to say that the board had spent "years '
                  'building this, to throw it all away now, the fans would never forgive us."')
    a = _find(doc, "the board had spent")
    assert _part(doc, a, "speaker") == "Berg"


def test_a_pronoun_does_not_go_to_a_person_whose_first_name_says_the_other_gender(extract) -> None:
    doc = extract("Sarah Kent met Tom Hale in Paris on Monday. She said the talks had been useful. He said they had "
                  "not.")
    assert _find(doc, "the talks had been useful").speaker_name == "Sarah Kent"
    he = _find(doc, "they had not")
    assert _part(doc, he, "speaker") == "He"
    assert he.speaker_name == "Tom Hale"
    assert "pronoun-sure" not in he.evidence  # a first name narrows the choice, it does not make it sure


def test_responding_to_a_remark_reports_what_was_answered(extract) -> None:
    doc = extract("The senator responded to the mayor's plan to close three libraries.")
    a = next(a for a in doc.attributions if a.evidence.endswith("respond:prep"))
    assert _part(doc, a, "speaker") == "The senator"
    assert _part(doc, a, "content") == "the mayor's plan to close three libraries"


@pytest.mark.parametrize("text", ["A spokeswoman for the campaign did not respond to requests for comment.",
                                  "The ministry has not replied to my messages."])
def test_a_request_for_comment_is_nothing_said(extract, text) -> None:
    assert extract(text).attributions == []


def test_a_second_report_after_and_when_pressed_is_its_own(extract) -> None:
    doc = extract('The minister said students from abroad would not qualify for the grant, and when pressed on why the '
                  'scheme shuts them out, the 52-year-old economist replied, "It is meant for families who pay tax '
                  'here."')
    first = _find(doc, "would not qualify")
    assert _part(doc, first, "content") == "students from abroad would not qualify for the grant"
    second = _find(doc, "It is meant for families")
    assert _part(doc, second, "speaker") == "the 52-year-old economist"
    assert _part(doc, second, "cue") == "replied"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Voters were frustrated that the council had closed the library.", "Voters"),
    ("The bill was passed after officials were persuaded that it would save money.", "officials"),
])
def test_the_subject_of_a_passive_verb_of_feeling_holds_the_view(extract, text, speaker) -> None:
    doc = extract(text)
    a = next(a for a in doc.attributions if a.cue is not None and _part(doc, a, "cue") in ("frustrated", "persuaded"))
    assert _part(doc, a, "speaker") == speaker


def test_an_agentless_report_stays_anonymous(extract) -> None:
    doc = extract("It was reported that the minister had resigned.")
    a = _find(doc, "the minister had resigned")
    assert a.speaker is None


def test_a_place_before_a_title_after_a_quote_is_part_of_the_speaker(extract) -> None:
    doc = extract('"Nobody in this town will be left behind while I am in charge," Leeds police Chief Tom Hale said.')
    a = _find(doc, "Nobody in this town")
    assert _part(doc, a, "speaker") == "Leeds police Chief Tom Hale"
    assert a.speaker_name == "Tom Hale"
    assert not any(_part(doc, b, "content") == "police" for b in doc.attributions)


def test_a_platform_one_posts_on_is_nothing_said(extract) -> None:
    doc = extract("“This is a disgrace,” Anna Berg wrote on Twitter, adding that she would raise the matter in "
                  "parliament.")
    assert not any(_part(doc, a, "content") == "Twitter" for a in doc.attributions)
    assert _part(doc, _find(doc, "This is a disgrace"), "speaker") == "Anna Berg"
    doc = extract("The senator thanked the mayor on Facebook for supporting the new bridge.")
    a = next(a for a in doc.attributions if _part(doc, a, "cue").startswith("thanked"))
    assert _part(doc, a, "content") == "supporting the new bridge"


def test_a_quote_before_according_to_is_the_content(extract) -> None:
    doc = extract("“The numbers don’t add up,” according to Tom Reed, an economist at the bank.")
    a = _find(doc, "The numbers")
    assert _part(doc, a, "content") == "The numbers don’t add up"
    assert _part(doc, a, "speaker") == "Tom Reed, an economist at the bank"
