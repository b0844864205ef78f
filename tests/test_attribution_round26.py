"""Round 26 of the attribution layer (issue 16), on sentences of our own: a hyphenated name is one speaker, the
coordinated titles of one person are one source, a quote whose paragraph starts mid-quote is found, "according to
X" inside a relative clause gives that clause, a document the tagger reads as a person is no person, and a woman
named last, whose first name the table does not know, stays a candidate for "she"."""

from __future__ import annotations

import pytest

from tests.test_attribution import _part


def _rows(doc):  # type: ignore[no-untyped-def]
    return [(_part(doc, a, "speaker"), _part(doc, a, "cue"), _part(doc, a, "content")) for a in doc.attributions]


def _by_content(doc, words: str):  # type: ignore[no-untyped-def]
    hits = [a for a in doc.attributions if words in (_part(doc, a, "content") or "")]
    assert hits, _rows(doc)
    return hits[0]


# -- a hyphen inside a name ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gen-Z for Change said the ban would hurt young voters.",
        "According to Gen-Z for Change, the ban would hurt young voters.",
    ],
)
def test_a_hyphenated_name_is_one_speaker(extract, text) -> None:
    doc = extract(text)
    found = _by_content(doc, "the ban would hurt young voters")
    assert _part(doc, found, "speaker") == "Gen-Z for Change"
    assert found.speaker_name == "Gen-Z for Change"


def test_a_hyphenated_modifier_stays_in_the_phrase(extract) -> None:
    doc = extract("A pro-Kremlin blogger said the war would end soon.")
    assert _part(doc, _by_content(doc, "the war would end soon"), "speaker") == "A pro-Kremlin blogger"


# -- two titles of one person --------------------------------------------------------------------------------------


def test_two_titles_with_one_determiner_are_one_source(extract) -> None:
    doc = extract("The founder and President of Brightline said the company would expand.")
    found = _by_content(doc, "the company would expand")
    assert _part(doc, found, "speaker") == "The founder and President of Brightline"
    assert found.sources == []


def test_titles_in_apposition_stay_whole(extract) -> None:
    doc = extract("Dana Whitfield, the founder and chief executive, said the company would expand.")
    found = _by_content(doc, "the company would expand")
    assert _part(doc, found, "speaker") == "Dana Whitfield, the founder and chief executive"
    assert found.speaker_name == "Dana Whitfield"


def test_a_name_after_the_titles_of_according_to_is_the_source(extract) -> None:
    doc = extract("According to the founder and chief executive, Dana Whitfield, the company will expand.")
    found = _by_content(doc, "the company will expand")
    assert _part(doc, found, "speaker") == "the founder and chief executive, Dana Whitfield"
    assert _part(doc, found, "content") == "the company will expand"
    assert found.speaker_name == "Dana Whitfield"


def test_a_name_after_a_document_of_according_to_is_the_content(extract) -> None:
    doc = extract("According to the report, Dana Whitfield, the founder, will step down.")
    found = _by_content(doc, "will step down")
    assert _part(doc, found, "speaker") == "the report"


# -- a quote whose opening mark is not in its paragraph ------------------------------------------------------------


def test_a_paragraph_that_starts_mid_quote_is_the_speakers(extract) -> None:
    doc = extract(
        "Officials met in Vienna on Monday.\n\nthe plan had collapsed by then, and nobody expected a "
        "revival in 2014,” the diplomat said."
    )
    found = _by_content(doc, "nobody expected a revival")
    assert _part(doc, found, "speaker") == "the diplomat"
    assert _part(doc, found, "content") == ("the plan had collapsed by then, and nobody expected a revival in 2014")


def test_a_quote_closed_in_the_next_paragraph_is_not_the_speaker_before(extract) -> None:
    doc = extract(
        "“The border was quiet,” the minister said. “We saw no troops.\n\nWe had warned them in 2014,” "
        "the diplomat said."
    )
    minister = _by_content(doc, "The border was quiet")
    assert _part(doc, minister, "speaker") == "the minister"
    assert _part(doc, minister, "content") == "The border was quiet"
    diplomat = _by_content(doc, "We had warned them")
    assert _part(doc, diplomat, "speaker") == "the diplomat"


def test_a_missing_opening_mark_after_a_report_is_no_run(extract) -> None:
    doc = extract("He said the plan failed. It failed because nobody funded it,” he added.")
    assert ("He", "said", "the plan failed") in _rows(doc)


def test_a_closing_mark_without_a_cue_gives_no_statement(extract) -> None:
    doc = extract("The mayor spoke at length.\n\nThe budget is short by millions.” The council voted later.")
    assert not any("short by millions" in (content or "") for _, _, content in _rows(doc))


# -- "according to" inside a relative clause ----------------------------------------------------------------------


def test_according_to_after_a_relative_pronoun_gives_its_clause(extract) -> None:
    doc = extract("Scientists are studying a rock which, according to ESA, came from Mars.")
    found = _by_content(doc, "came from Mars")
    assert _part(doc, found, "speaker") == "ESA"
    assert _part(doc, found, "content") == "came from Mars"


def test_according_to_a_name_misread_as_a_compound(extract) -> None:
    doc = extract("The team used a new sensor, which according to ESA works like a human eye, to film the storm.")
    found = _by_content(doc, "works like a human eye")
    assert _part(doc, found, "speaker") == "ESA"
    assert found.source_type == "organization"


def test_according_to_plan_in_a_relative_clause_stays_nothing(extract) -> None:
    doc = extract("The mission, which went according to plan, ended on Friday.")
    assert doc.attributions == []


# -- a document is no person -----------------------------------------------------------------------------------------


def test_a_document_the_article_names_as_one_is_typed_report(extract) -> None:
    doc = extract("The encyclical Caritas Nova was published in May. According to Caritas Nova, the poor come first.")
    found = _by_content(doc, "the poor come first")
    assert found.source_type == "report"


def test_a_document_is_no_antecedent_of_he(extract) -> None:
    doc = extract(
        "Bishop Weber spoke on Sunday. Critics say the exhortation Amoris Laetitia opened a door. He "
        "said the door was always open."
    )
    assert _by_content(doc, "the door was always open").speaker_name == "Bishop Weber"


def test_a_name_after_in_the_letter_stays_a_person(extract) -> None:
    doc = extract("In the letter, John Smith said the plan would fail.")
    found = _by_content(doc, "the plan would fail")
    assert found.source_type == "person"
    assert found.speaker_name == "John Smith"


# -- "she" after a woman whose first name the table does not know ----------------------------------------------------


@pytest.mark.parametrize(
    "middle",
    [
        "The reply came from Zdravka Petrova.",
        "The next speaker was Zdravka Petrova, a deputy from the coast.",
        "Opposition deputies, led by Zdravka Petrova, walked out.",
    ],
)
def test_she_goes_to_the_woman_named_last(extract, middle) -> None:
    doc = extract(
        f"Maria Lopez opened the session on Monday. She said the budget was balanced. {middle} She said "
        "the budget was a fiction."
    )
    assert _by_content(doc, "the budget was balanced").speaker_name == "Maria Lopez"
    assert _by_content(doc, "the budget was a fiction").speaker_name == "Zdravka Petrova"


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez criticised Zdravka Petrova on Monday. She said the budget was a fiction.",
        "Maria Lopez opened the session. She praised the work of Anton Kowalczyk. She said the budget was a fiction.",
    ],
)
def test_she_stays_with_the_subject_or_the_topic(extract, text) -> None:
    doc = extract(text)
    assert _by_content(doc, "the budget was a fiction").speaker_name == "Maria Lopez"


def test_a_pen_name_in_quotation_marks_stays_a_person(extract) -> None:
    doc = extract("As “Lucas Brandt” wrote in his memoir, the abbey had lost its way.")
    found = _by_content(doc, "the abbey had lost its way")
    assert found.source_type == "person"


def test_two_bodies_are_no_titles_of_one_person(extract) -> None:
    doc = extract("A special prosecutor and grand jury chose not to prosecute the officer.")
    assert all(_part(doc, a, "speaker") != "A special prosecutor and grand jury" for a in doc.attributions)
