"""Source typing, round 49 (issue 16): the Federal Opposition, shadow ministers, a company's deputy, a central
bank's governor, one office one country, the Northern Alliance, an international office, an agency's report, a
company's administrators, nested speech (scripts/sources49/README.md); on sentences of our own.
"""

from __future__ import annotations

from spinscope.components.attribution.sources49 import office_country_s49
from spinscope.result import Attribution, Span
from tests.test_attribution import _find


def test_the_federal_opposition_is_an_unnamed_australian_politician(extract_ner) -> None:
    text = ("The Federal Opposition says the new fuel levy will hurt families in Perth. The Government says the "
            "levy will pay for roads.")
    a = _find(extract_ner(text), "will hurt families")
    assert (a.source_type, a.source_country, a.named, a.speaker_name) == ("politician", "AU", False, None)


def test_a_shadow_minister_is_a_politician_in_every_mention(extract_ner) -> None:
    text = ("Shadow Health Minister Karen Dale says the hospital plan is a mess. \"It will not work in the bush,\" "
            "she said.")
    doc = extract_ner(text)
    for words in ("hospital plan is a mess", "will not work in the bush"):
        a = _find(doc, words)
        assert (a.speaker_name, a.source_type) == ("Karen Dale", "politician")


def test_a_companys_deputy_chief_executive_is_a_person(extract_ner) -> None:
    text = ("Qantas's deputy chief executive Tom Brandt says the new route to Hobart will start in March. "
            "Mr Brandt says fares will be low.")
    doc = extract_ner(text)
    for words in ("new route to Hobart", "fares will be low"):
        assert _find(doc, words).source_type == "person"


def test_a_reserve_bank_governor_in_an_australian_story_is_australias_government(extract_ner) -> None:
    text = ("Federal Treasurer Ken Marsh says growth in Australia depends on the United States. Both he and the "
            "Reserve Bank governor, Ian Sloane believe the timing of a recovery in America is unclear.")
    a = _find(extract_ner(text), "the timing of a recovery")
    assert (a.speaker_name, a.source_type, a.source_country) == ("Ian Sloane", "government", "AU")


def _said(start: int, end: int, content_end: int, name: str, kind: str, country: str | None) -> Attribution:
    def span(a: int, b: int, label: str) -> Span:
        return Span(start=a, end=b, label=label, score=0.9, evidence="test")
    return Attribution(start=start, end=content_end, label="indirect", score=0.9, evidence="test", kind="indirect",
                       speaker=span(start, end, "speaker"), cue=span(end + 1, end + 5, "cue"),
                       content=span(end + 6, content_end, "content"), source_type=kind, speaker_name=name,
                       source_country=country)


def test_an_office_holders_pronoun_keeps_the_full_mentions_country() -> None:
    # the pass on hand-made output: the full mention is AU, the pronoun's own sentence (about the American
    # economy) gave it US
    text = "Shadow Treasurer Paul Kerr says the plan has failed. He says the American economy must pick up."
    first = _said(0, 26, 51, "Paul Kerr", "politician", "AU")
    second = _said(52, 54, 96, "Paul Kerr", "politician", "US")
    out = office_country_s49(text, [first, second])
    assert [a.source_country for a in out] == ["AU", "AU"]


def test_the_northern_alliance_is_afghan(extract_ner) -> None:
    a = _find(extract_ner("The Northern Alliance has demanded a delay to the talks in Germany."), "a delay to")
    assert (a.source_type, a.source_country) == ("organization", "AF")


def test_a_former_un_inspector_has_no_country(extract_ner) -> None:
    text = ("The former chief arms inspector for the United Nations in Syria, Peter Lang, told reporters he "
            "believes the claims. \"They ring true,\" Mr Lang said.")
    doc = extract_ner(text)
    for words in ("he believes the claims", "They ring true"):
        a = _find(doc, words)
        assert (a.speaker_name, a.source_country) == ("Peter Lang", None)


def test_an_ambassador_to_the_un_keeps_his_country(extract_ner) -> None:
    text = "The American ambassador to the United Nations, John Ward, says the vote will be held today."
    a = _find(extract_ner(text), "the vote will be held")
    assert a.source_country == "US"


def test_the_report_after_an_agency_quoted_a_minister_is_the_agency(extract_ner) -> None:
    text = ("India's Home Minister, Ravi Menon, was quoted by Reuters as telling traders "
            "that the suspect has talked. The report says police have found more evidence.")
    a = _find(extract_ner(text), "police have found more evidence")
    assert (a.source_type, a.speaker_name, a.source_country, a.named) == ("media", "Reuters", "GB", True)


def test_a_companys_administrators_are_a_named_body(extract_ner) -> None:
    text = ("The airline moved its desks to Launceston after it was told by Jetline administrators that it could "
            "no longer use the terminal in Tasmania.")
    a = _find(extract_ner(text), "no longer use the terminal")
    assert (a.source_type, a.speaker_name, a.named, a.source_country) == ("organization", "Jetline", True, "AU")


def test_a_minister_nested_in_a_report_is_a_speaker_too(extract_ner) -> None:
    text = ("India's Home Minister, Ravi Menon, has been quoted as telling a meeting that the suspect has talked. "
            "The report says Mr Menon says police have found more evidence.")
    doc = extract_ner(text)
    inner = [a for a in doc.attributions if a.speaker is not None and doc.text[a.speaker.start:a.speaker.end] ==
             "Mr Menon"]
    assert inner and (inner[0].speaker_name, inner[0].source_type, inner[0].source_country) == (
        "Ravi Menon", "government", "IN")
    assert doc.text[inner[0].content.start:inner[0].content.end].startswith("police have found")
