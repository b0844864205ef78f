"""Round 9 of the attribution layer (issue 16), on sentences of our own: quotes carried on by "continued" and
"went on", reporting verbs the small tagger takes for nouns, and one source per speaker across case and outlet
aliases."""

from __future__ import annotations

from tests.test_attribution import _find, _part


def test_a_quote_carried_on_by_continued_has_its_own_cue_and_speaker(extract) -> None:
    doc = extract("“The wells are dry,” Mendes said. “We have waited all summer.” "
                  "“Perhaps the banks will listen to us this time,” Lena Ortiz continued. “They must.”")
    a = _find(doc, "Perhaps the banks will listen")
    assert _part(doc, a, "cue") == "continued"
    assert _part(doc, a, "speaker") == "Lena Ortiz"


def test_a_quote_carried_on_by_went_on_is_not_left_without_speaker(extract) -> None:
    doc = extract("Dr. Lena Ortiz spoke at the town hall on Friday. “We did not build this clinic to close it,” "
                  "she went on. “It stays open.”")
    a = _find(doc, "We did not build this clinic")
    assert _part(doc, a, "cue") == "went on"
    assert a.speaker_name == "Lena Ortiz"


def test_carrying_on_an_act_is_no_report(extract) -> None:
    doc = extract("Prices continued to rise in May. The protest went on for hours, and the march continued. "
                  "“The river is rising,” he said, and the rain continued.")
    cues = {_part(doc, a, "cue") for a in doc.attributions}
    assert "continued" not in cues and "went on" not in cues


def test_a_reporting_verb_tagged_as_a_noun_still_reports(extract) -> None:
    doc = extract("Documents from the 2004 audit show he moved $3 million out of the fund.")
    a = _find(doc, "he moved $3 million")
    assert _part(doc, a, "cue") == "show"
    assert _part(doc, a, "speaker") == "Documents from the 2004 audit"


def test_a_noun_that_looks_like_a_reporting_verb_is_no_cue(extract) -> None:
    doc = extract("The show drew millions of viewers. Two reports sat on the desk.")
    assert not doc.attributions


def test_a_reporting_clause_after_a_one_word_subject_reports_the_sentence(extract) -> None:
    doc = extract("Mr. Ruiz spoke at the harvest fair on Sunday. Farmers, he said, can grow rice like nobody else.")
    a = _find(doc, "can grow rice like nobody else")
    assert _part(doc, a, "cue") == "said"
    assert a.speaker_name == "Ruiz"


def _names(doc) -> dict[str, str | None]:
    """Speaker phrase -> the source name it counts for."""
    return {doc.text[a.speaker.start:a.speaker.end]: a.speaker_name for a in doc.attributions if a.speaker}


def test_case_variants_of_an_outlet_are_one_source_with_one_type(extract) -> None:
    doc = extract("THE GUARDIAN said the plan was flawed. Later the Guardian added that nobody would sign it.")
    found = [a for a in doc.attributions if a.speaker is not None]
    assert len(found) == 2
    assert {a.speaker_name for a in found} == {"The Guardian"}
    assert len({a.source_type for a in found}) == 1


def test_case_variants_of_a_person_are_one_source(extract) -> None:
    doc = extract("MARTA KOVAC last night said the bridge would close.\n\n"
                  "Speaking in Split, Marta Kovac said the ferry would run instead.")
    assert set(_names(doc).values()) == {"Marta Kovac"}


def test_an_outlet_cited_by_its_short_name_is_the_outlet_named_in_full(extract) -> None:
    doc = extract("The Toronto Star reported that the mayor lied about the fund. The Star said the audit was "
                  "ignored. According to the Star, the fund lost $3 million.")
    found = [a for a in doc.attributions if a.speaker is not None]
    assert len(found) == 3
    assert {a.speaker_name for a in found} == {"Toronto Star"}
    assert len({a.source_type for a in found}) == 1


def test_a_short_name_goes_to_the_full_name_cited_before_it(extract) -> None:
    doc = extract("The Washington Post reported that the mayor lied. According to the Post, the fund lost $3 "
                  "million. Later, the Huffington Post said the council had known for months.")
    names = _names(doc)
    post = next(n for phrase, n in names.items() if phrase.lower() == "the post")
    assert post == next(n for phrase, n in names.items() if "Washington" in phrase)
    assert next(n for phrase, n in names.items() if "Huffington" in phrase) != post


def test_a_title_alone_is_no_name_and_its_short_form_is_the_same_source(extract) -> None:
    doc = extract("The Prime Minister told MPs that talks would resume. “We will not give up,” the PM said.")
    found = [a for a in doc.attributions if a.speaker is not None]
    assert len(found) == 2
    assert {a.speaker_name for a in found} == {"Prime Minister"}
    assert not any(a.named for a in found)
    assert {a.source_type for a in found} == {"government"}


def test_the_source_list_counts_one_outlet_once(extract) -> None:
    from spinscope.components.claims import sourcing_profile

    doc = extract("The Toronto Star reported that the mayor lied about the fund. THE STAR said the audit was "
                  "ignored. According to the Star, the fund lost $3 million.")
    profile = sourcing_profile(doc.text, doc.attributions, [])
    assert [(s.name, s.attributions) for s in profile.sources] == [("Toronto Star", 3)]


def test_a_saying_noun_as_subject_of_be_reports_its_that_clause(extract) -> None:
    doc = extract("The view of the council is that the fund was misused. Ruiz's argument was that the tax would "
                  "hurt small farms.")
    view, argument = _find(doc, "the fund was misused"), _find(doc, "the tax would hurt small farms")
    assert (_part(doc, view, "cue"), _part(doc, view, "speaker")) == ("view", "the council")
    assert (_part(doc, argument, "cue"), argument.speaker_name) == ("argument", "Ruiz")


def test_a_saying_noun_made_by_a_light_verb_belongs_to_its_subject(extract) -> None:
    a = _find(extract("Ruiz made the argument that the tax would hurt small farms."), "the tax would hurt")
    assert a.speaker_name == "Ruiz"


def test_a_noun_of_no_one_before_a_that_clause_is_no_report(extract) -> None:
    doc = extract("The problem was that the fund was misused. The point is that the bridge must close.")
    assert not doc.attributions


def test_according_to_inside_a_sentence_reports_the_whole_sentence(extract) -> None:
    doc = extract("The fund, according to two officials, was misused.")
    a = _find(doc, "The fund")
    assert "was misused" in (_part(doc, a, "content") or "")
    assert _part(doc, a, "speaker") == "two officials"


def test_according_to_at_the_end_stops_before_a_relative_about_the_source(extract) -> None:
    doc = extract("The fund was misused, according to two officials, who spoke on condition of anonymity.")
    assert [_part(doc, a, "content") for a in doc.attributions] == ["The fund was misused"]


def test_the_terms_of_speaking_are_not_what_was_said(extract) -> None:
    doc = extract("Ruiz spoke on condition of anonymity. Kovac spoke on the phone with the governor.")
    assert not doc.attributions


def test_the_one_quoted_as_saying_is_the_speaker(extract) -> None:
    doc = extract("Mayor Ruiz was quoted as saying the fund was misused. Kovac was heard saying that the audit "
                  "was a sham.")
    first, second = _find(doc, "the fund was misused"), _find(doc, "the audit was a sham")
    assert (first.speaker_name, second.speaker_name) == ("Ruiz", "Kovac")
    assert first.named and second.named


def test_a_title_in_apposition_names_who_the_title_is_later(extract) -> None:
    doc = extract("Anna Kovac, the finance minister, met Mark Ruiz on Friday. “The deal is done,” Ruiz said. "
                  "The minister said the bank would pay.")
    assert _find(doc, "the bank would pay").speaker_name == "Anna Kovac"


def test_a_title_before_the_verb_is_not_the_title_of_the_object(extract) -> None:
    doc = extract("The finance minister met Mark Ruiz on Friday. “The deal is done,” Ruiz said. "
                  "The minister said the bank would pay.")
    assert _find(doc, "the bank would pay").speaker_name != "Mark Ruiz"


def test_a_pronoun_in_an_apposition_gives_no_gender_to_the_name(extract) -> None:
    doc = extract("“We will build it,” said Mark Ruiz. Anna Kovac, his rival, was skeptical. "
                  "“It will take ten years,” she said.")
    assert _find(doc, "It will take ten years").speaker_name == "Anna Kovac"


def test_a_plural_possessive_inside_a_single_quoted_quote_does_not_close_it(extract) -> None:
    doc = extract("'It is a disgrace,' said Anna Kovac. 'Nobody at the ministry cares about farmers' rights.'\n\n"
                  "'The workers' union will strike,' he said.")
    assert "rights" in (_part(doc, _find(doc, "Nobody at the ministry"), "content") or "")
    assert _part(doc, _find(doc, "union will strike"), "cue") == "said"
