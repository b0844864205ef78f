"""Round 25 of the attribution layer (issue 16), on sentences of our own: coordinated speakers ("X and Y said") are
one speaker span and one source each; "X, asked about Y, said ..." is X's statement; a quote run over paragraphs
(each paragraph opens a mark, only the last closes it) is the speaker's whom its last paragraph names."""

from __future__ import annotations

import pytest

from tests.test_attribution import _part


def _by_cue(doc, cue: str):  # type: ignore[no-untyped-def]
    hits = [a for a in doc.attributions if _part(doc, a, "cue") == cue]
    assert hits, [(_part(doc, a, "speaker"), _part(doc, a, "cue"), _part(doc, a, "content")) for a in doc.attributions]
    return hits[0]


def _sources(doc, a):  # type: ignore[no-untyped-def]
    return [(doc.text[s.speaker.start : s.speaker.end], s.speaker_name, s.source_type) for s in a.sources]


# -- coordinated speakers ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content", "names"),
    [
        (
            "Mayor Dana Whitfield and Governor Paul Brenner said the ferry would resume in May.",
            "said",
            "Mayor Dana Whitfield and Governor Paul Brenner",
            "the ferry would resume in May",
            ["Dana Whitfield", "Paul Brenner"],
        ),
        (
            "Dana Whitfield and Paul Brenner told reporters the ferry would resume in May.",
            "told",
            "Dana Whitfield and Paul Brenner",
            "the ferry would resume in May",
            ["Dana Whitfield", "Paul Brenner"],
        ),
        (
            "According to Dana Whitfield and Paul Brenner, the ferry will resume in May.",
            "According to",
            "Dana Whitfield and Paul Brenner",
            "the ferry will resume in May",
            ["Dana Whitfield", "Paul Brenner"],
        ),
        (
            "“We will not give up,” Whitfield and Brenner said in a joint statement.",
            "said",
            "Whitfield and Brenner",
            "We will not give up",
            ["Whitfield", "Brenner"],
        ),
        (
            "Whitfield, Brenner and Lenz said the pier was unsafe.",
            "said",
            "Whitfield, Brenner and Lenz",
            "the pier was unsafe",
            ["Whitfield", "Brenner", "Lenz"],
        ),
        (
            "Carl Brandt and his wife told reporters they would sell the farm.",
            "told",
            "Carl Brandt and his wife",
            "they would sell the farm",
            ["Carl Brandt", "his wife"],
        ),
    ],
)
def test_coordinated_speakers_are_one_span_and_one_source_each(extract, text, cue, speaker, content, names) -> None:
    doc = extract(text)
    found = _by_cue(doc, cue)
    assert _part(doc, found, "speaker") == speaker
    assert _part(doc, found, "content") == content
    assert [name for _, name, _ in _sources(doc, found)] == names
    assert found.speaker_name == names[0]
    assert len(found.sources) == len(names)  # the fields of a single speaker stay the first one's
    assert len([a for a in doc.attributions if _part(doc, a, "content") == content]) == 1


def test_a_body_named_by_its_owner_is_a_source_beside_another(extract) -> None:
    doc = extract("The Miami Herald and the Gannett chain of papers filed a motion seeking release of the court "
                  "files.")
    found = _by_cue(doc, "filed")
    assert _part(doc, found, "speaker") == "The Miami Herald and the Gannett chain of papers"
    assert len(found.sources) == 2


def test_each_coordinated_source_is_typed_as_a_lone_speaker(extract) -> None:
    doc = extract("The Kremlin and the Chinese foreign ministry said the meeting was useful.")
    found = _by_cue(doc, "said")
    lone = [
        _by_cue(extract(f"{who} said the meeting was useful."), "said")
        for who in ("The Kremlin", "The Chinese foreign ministry")
    ]
    assert [(s.speaker_name, s.source_type, s.source_country, s.state_affiliated) for s in found.sources] == [
        (a.speaker_name, a.source_type, a.source_country, a.state_affiliated) for a in lone
    ]
    assert [s.source_country for s in found.sources] == ["RU", "CN"]


@pytest.mark.parametrize(
    "text",
    [
        "Procter and Gamble said sales fell.",  # one name with "and" in it
        "Whitfield and others said the pier was unsafe.",  # no source of their own
        "Whitfield and Brenner's first reaction was to deny that the pier was unsafe.",  # a reaction is no source
        "Bosnia and Herzegovina said the border was open.",  # one country
        "The Globe and Mail reported that the pier was unsafe.",  # one outlet
        "Whitfield or Brenner said the pier was unsafe.",  # not both
        "Port founder and managing director Dana Whitfield said the pier was unsafe.",  # the titles of one person
        "Mayor Dana Whitfield said the pier was unsafe.",  # one speaker
    ],
)
def test_one_source_stays_one(extract, text) -> None:
    doc = extract(text)
    assert doc.attributions
    assert all(not getattr(a, "sources", []) for a in doc.attributions)  # (main has no such field)
    assert len({(a.content.start, a.content.end) for a in doc.attributions}) == len(doc.attributions)


def test_the_sourcing_profile_counts_each_coordinated_source(extract) -> None:
    from spinscope.components.claims import sourcing_profile

    doc = extract("Mayor Dana Whitfield and Governor Paul Brenner said the ferry would resume in May.")
    text, attributions = doc.text, doc.attributions
    profile = sourcing_profile(text, attributions, [])
    assert sorted(s.name for s in profile.sources) == ["Dana Whitfield", "Paul Brenner"]
    assert all(s.attributions == 1 for s in profile.sources)
    assert profile.named_sources == 2


# -- "X, asked about Y, said ..." -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "Dana Whitfield, asked about the budget, said the city could not pay.",
            "Dana Whitfield",
            "said",
            "the city could not pay",
        ),
        (
            "The minister, asked whether he would resign, said he had done nothing wrong.",
            "The minister",
            "said",
            "he had done nothing wrong",
        ),
        (
            "Dana Whitfield, asked about the budget on Tuesday, told reporters that the city could not pay.",
            "Dana Whitfield",
            "told",
            "the city could not pay",
        ),
    ],
)
def test_a_speaker_asked_before_saying_is_the_speaker(extract, text, speaker, cue, content) -> None:
    doc = extract(text)
    found = _by_cue(doc, cue)
    assert _part(doc, found, "speaker") == speaker
    assert _part(doc, found, "content") == content
    # what the speaker was asked is no statement of the speaker's
    assert not [a for a in doc.attributions if _part(doc, a, "cue") in ("asked", "asked about")]


def test_a_question_asked_by_the_speaker_stays_a_report(extract) -> None:
    doc = extract("The senator asked whether the minister would resign.")
    found = _by_cue(doc, "asked")
    assert _part(doc, found, "speaker") == "The senator"


# -- a quote run over paragraphs ------------------------------------------------------------------------------------


RUN = (
    "The council met on Monday. Paul Brenner said the budget was short.\n\n"
    "“The bridge is safe and it will stay open for years to come.\n\n"
    "“The cables were replaced last spring.\n\n"
    "“We have checked every bolt,” Whitfield said."
)


@pytest.mark.parametrize("words", ["The bridge is safe and it will stay open", "The cables were replaced"])
def test_a_quote_run_over_paragraphs_is_the_closing_speakers(extract, words) -> None:
    doc = extract(RUN)
    hits = [a for a in doc.attributions if words in _part(doc, a, "content")]
    assert len(hits) == 1
    assert _part(doc, hits[0], "speaker") == "Whitfield"
    assert hits[0].kind == "direct"
    assert not _part(doc, hits[0], "content").startswith("“")


def test_a_short_first_paragraph_of_a_run_is_found(extract) -> None:
    doc = extract("The council met on Monday.\n\n“The bridge is safe.\n\n“We have checked every bolt,” Whitfield said.")
    hits = [a for a in doc.attributions if _part(doc, a, "content") == "The bridge is safe"]
    assert hits and _part(doc, hits[0], "speaker") == "Whitfield"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the quote closes in its own paragraph: the next paragraph goes on from its speaker, as before
        (
            "Paul Brenner said the budget was short.\n\n"
            "“The bridge is safe and it will stay open for years,” Whitfield said.\n\n“We have checked every bolt.”",
            "We have checked every bolt",
            "Whitfield",
        ),
        # an open quote followed by a paragraph that opens no mark: not a run
        (
            "Paul Brenner said the budget was short.\n\n"
            "“The bridge is safe and it will stay open for years to come.\n\nThe cables were replaced last spring, "
            "Whitfield said.",
            "The bridge is safe",
            "Paul Brenner",
        ),
    ],
)
def test_no_run_keeps_the_previous_speaker(extract, text, words, speaker) -> None:
    doc = extract(text)
    hits = [a for a in doc.attributions if words in _part(doc, a, "content")]
    assert hits and _part(doc, hits[0], "speaker") == speaker


# -- "she" after "her": a pronoun bound to the subject tells the subject's gender ------------------------------------


@pytest.mark.parametrize(
    "middle",
    [
        "Mario Costa described herself as a friend of the ferry.",
        "In her letter to the board, Mario Costa praised the new ferry plan.",
        "Mario Costa praised the new ferry plan in her letter to the board.",
    ],
)
def test_a_pronoun_bound_to_the_subject_outvotes_the_first_name(extract, middle) -> None:
    doc = extract(f"Tom Hale chairs the harbour board. {middle} “The ferry will save the town,” she said.")
    found = _by_cue(doc, "said")
    assert found.speaker_name == "Mario Costa"


@pytest.mark.parametrize(
    ("middle", "name"),
    [
        # the possessive of an object may be another woman's: the first name still speaks
        ("Anna Kern chairs the harbour board. Mario Costa praised her new ferry plan.", "Anna Kern"),
        # the name is no subject: the possessive is the woman's named before
        ("Anna Kern wrote to the harbour board. In her email, Mario Costa was praised.", "Anna Kern"),
    ],
)
def test_a_pronoun_not_bound_to_the_subject_tells_nothing(extract, middle, name) -> None:
    doc = extract(f"{middle} “The ferry will save the town,” she said.")
    found = _by_cue(doc, "said")
    assert found.speaker_name == name


def test_a_run_closed_by_a_pronoun_takes_the_pronoun_as_it_was_resolved(extract) -> None:
    doc = extract(
        "Carl Brandt, the housing minister, spoke to the students on Tuesday.\n\n"
        "The minister also urged them to be their brother’s keeper in their new city.\n\n"
        "“Most importantly, you must register with the embassy as soon as you arrive.\n\n"
        "“Your parents are spending a lot on you,” he added."
    )
    closing = _by_cue(doc, "added")
    run = [a for a in doc.attributions if _part(doc, a, "content").startswith("Most importantly")]
    assert len(run) == 1
    assert closing.speaker_name == "Carl Brandt"
    assert run[0].speaker_name == closing.speaker_name
    assert (run[0].speaker.start, run[0].speaker.end) == (closing.speaker.start, closing.speaker.end)


def test_a_writers_note_closing_a_run_is_no_speaker(extract) -> None:
    doc = extract(
        "The abbot wrote about the coming years.\n\n"
        "“The harbour will be silent and the boats will rot on the shore.\n\n"
        "“The young will leave the town and the old will keep its bells.” [paragraph breaks added]"
    )
    assert not [a for a in doc.attributions if a.speaker is not None and "breaks" in _part(doc, a, "speaker")]
