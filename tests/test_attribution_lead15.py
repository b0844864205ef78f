"""The lead's round-15 fixes from reading real news (issue 16), on sentences of our own: a speaker's relative
clause is no part of who the speaker is, and a title that only one sex holds decides whom "he" or "she" means."""

from __future__ import annotations

from tests.test_attribution import _find, _part


def test_a_country_in_the_speakers_relative_clause_is_not_the_speakers(extract) -> None:
    doc = extract("Senator Dale Hutton, the Kansas Republican who chairs the panel and opposed the Iran deal, "
                  "said the report showed a pattern of deception.")
    a = _find(doc, "pattern of deception")
    assert a.speaker_name == "Dale Hutton"
    assert a.source_country != "IR"


def test_a_country_that_describes_the_speaker_still_counts(extract) -> None:
    # the same phrase with the country in the description itself, not in a relative clause
    doc = extract("Reza Tavakoli, an Iranian deputy foreign minister, said the talks would resume in May.")
    assert _find(doc, "talks would resume").source_country == "IR"


def test_she_after_a_cardinal_and_a_woman_is_the_woman(extract) -> None:
    doc = extract("Cardinal Bruno Albani met Helen Dorsey, who chairs the survivors' network, in Rome on Friday.\n\n"
                  "“Nothing has changed for the victims,” she told reporters afterwards.")
    assert _find(doc, "Nothing has changed").speaker_name == "Helen Dorsey"


def test_a_wire_dateline_is_no_part_of_the_first_speaker(extract) -> None:
    doc = extract("Washington (CNN) Senate Republicans on Wednesday accused the agency of hiding the costs of the "
                  "program from auditors.")
    a = _find(doc, "hiding the costs")
    assert _part(doc, a, "speaker") == "Senate Republicans"


def test_a_bracket_after_a_name_is_no_dateline(extract) -> None:
    doc = extract("Rob Delaney (R-Ohio), the panel's chairman, said the costs had been hidden from auditors.")
    assert _part(doc, _find(doc, "costs had been hidden"), "speaker").startswith("Rob Delaney")


def test_you_stays_the_speaker_span_but_is_no_named_source(extract) -> None:
    doc = extract("“Last year you spoke about the lobby,” the reporter began. “You said it was a myth.”\n\n"
                  "Later you said the lobby did not exist.")
    a = _find(doc, "the lobby did not exist")
    assert _part(doc, a, "speaker") == "you"
    assert a.speaker_name is None and a.source_type == "anonymous" and not a.named


def test_they_never_goes_to_a_headline_the_tagger_took_for_one_name(extract) -> None:
    doc = extract("Springfield Middle School Instructs Children To Write Out Prayers\n\n"
                  "The lesson upset several families on Monday. They claim it was no exercise at all.")
    a = _find(doc, "no exercise at all")
    assert a.speaker_name is None or "Instructs" not in a.speaker_name
