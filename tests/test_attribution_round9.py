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
