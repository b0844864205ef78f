"""Source typing on real articles, round 31 (issue 16): a headline's "X To Y ...: ‘quote’", a press secretary
named before the title, "the country's health chief", a bare embassy and a dateline's ministry, unnamed officials of
a named country, the press by its reports, companies by the service they operate, an association named with a
state's words, leftists; on sentences of our own. And the form of the fresh real-article gold
(tests/gold/sources_real31.jsonl, tests/gold/sources_real31_heldout.jsonl)."""

from __future__ import annotations

import pytest

from tests.sources_gold import ROOT, SHARED, assert_anchors_found, assert_fresh_gold_form, read_gold, scorer
from tests.test_attribution import _find

GOLDS = (ROOT / "tests" / "gold" / "sources_real31.jsonl", ROOT / "tests" / "gold" / "sources_real31_heldout.jsonl")


def _speaker(doc, content_words: str) -> str:  # type: ignore[no-untyped-def]
    a = _find(doc, content_words)
    assert a.speaker is not None
    return str(doc.text[a.speaker.start:a.speaker.end])


def test_the_person_before_to_in_a_headline_label_speaks(extract) -> None:
    doc = extract("Trump To Sessions In Series Of Tweets: 'Recuse Or Resign Right Now'\n\nPresident Trump posted "
                  "several messages on Tuesday about Attorney General Jeff Sessions and the inquiry.")
    a = _find(doc, "Recuse Or Resign")
    assert _speaker(doc, "Recuse Or Resign") == "Trump"
    assert a.speaker_name == "Trump" and a.source_type == "government" and a.source_country == "US"
    # the body's "President Trump" keeps the office's type, not the headline tagger's body
    body = _find(doc, "several messages")
    assert body.source_type == "government"


def test_a_headline_label_of_no_person_names_no_speaker_before_to(extract) -> None:
    doc = extract("Road To Recovery: 'We Will Rebuild The Whole Town'\n\nThe town council met on Monday to "
                  "plan the works.")
    assert not [a for a in doc.attributions if a.speaker is not None and
                doc.text[a.speaker.start:a.speaker.end] == "Road"]


def test_a_press_secretary_named_before_the_title_is_the_state_s(extract) -> None:
    doc = extract("The White House barred the reporter on Friday. Mary Kale, the press secretary, said the "
                  "rules were fair to everyone. Ms. Kale wrote on Monday that order mattered more than speed. "
                  "The White House gave no more detail.")
    first, later = _find(doc, "rules were fair"), _find(doc, "order mattered")
    assert (first.source_type, first.source_country) == ("government", "US")
    assert (later.source_type, later.source_country) == ("government", "US")


def test_a_company_s_press_secretary_stays_a_person(extract) -> None:
    doc = extract("Acme lost money this year. Mary Kale, the company's press secretary, said the rules were fair.")
    assert _find(doc, "rules were fair").source_type == "person"


def test_the_administration_of_a_white_house_story_is_american(extract) -> None:
    doc = extract("The White House barred the reporter on Friday. The administration warned that passes could be "
                  "revoked at any time. The White House gave no more detail.")
    a = _find(doc, "passes could be revoked")
    assert (a.source_type, a.source_country) == ("government", "US")


def test_the_country_s_health_chief_is_an_official_of_the_country_named_last(extract) -> None:
    doc = extract("Cholera spread in Kenya this year. The country's health chief Zhang Wei said the outbreak was "
                  "contained by the end of May.")
    a = _find(doc, "outbreak was contained")
    assert (a.source_type, a.source_country) == ("government", "KE")


def test_a_bare_embassy_is_of_the_country_the_text_names_it_with(extract) -> None:
    doc = extract("The Danish embassy in Peru issued an alert on Friday. An embassy spokeswoman said the staff "
                  "were safe. Embassy spokeswoman Hanne Berg said the cause was still unknown. The embassy said it "
                  "was checking every report.")
    for words in ("staff were safe", "cause was still unknown", "checking every report"):
        a = _find(doc, words)
        assert (a.source_type, a.source_country) == ("government", "DK"), words


def test_embassies_of_two_countries_give_a_bare_embassy_none(extract) -> None:
    doc = extract("The Danish embassy and the Swedish embassy in Peru issued alerts on Friday. The embassy said "
                  "it was checking every report.")
    assert _find(doc, "checking every report").source_country is None


def test_a_bare_ministry_under_a_dateline_is_of_the_dateline_s_country(extract) -> None:
    doc = extract("Talks stall\n\nBEIJING: Foreign Ministry spokesman Lu Kang said the sanctions were unjust and "
                  "would fail. The talks in Geneva ended on Monday.")
    a = _find(doc, "sanctions were unjust")
    assert (a.source_type, a.source_country) == ("government", "CN")


def test_an_unnamed_official_of_a_named_country_speaks_for_its_government(extract) -> None:
    doc = extract("A senior Danish official said the cause was unknown. An official said the road was closed.")
    dane = _find(doc, "cause was unknown")
    assert (dane.source_type, dane.source_country, dane.named) == ("government", "DK", False)
    assert _find(doc, "road was closed").source_type == "anonymous"


def test_media_reports_are_the_press(extract) -> None:
    doc = extract("Media reports have suggested that the fire at the depot was arson.")
    a = _find(doc, "was arson")
    assert a.source_type == "media" and not a.named


def test_a_company_named_by_the_service_it_operates(extract) -> None:
    doc = extract("Trains stopped on Monday. Spanish rail operator Renfe said the line would reopen on Friday. "
                  "Camera operator John Wills said it was very loud.")
    assert _find(doc, "line would reopen").source_type == "organization"
    assert _find(doc, "very loud").source_type == "person"


def test_an_association_named_with_a_state_s_words_is_no_state_body(extract) -> None:
    doc = extract("The rules were new. The White House Correspondents’ Association said on Monday that it had not "
                  "been consulted about them.")
    a = _find(doc, "not been consulted")
    assert a.source_type == "organization"


def test_leftists_are_unnamed_people(extract) -> None:
    doc = extract("Leftists have said the ban on the march is unfair.")
    assert _find(doc, "ban on the march").source_type == "anonymous"


def test_fresh_gold_form() -> None:
    assert_fresh_gold_form(GOLDS, "real31", 8)


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared (the gold's articles)")
def test_every_fresh_anchor_is_found_once_in_its_article() -> None:
    assert_anchors_found(GOLDS)


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared (the gold's articles)")
def test_real_article_figures_hold() -> None:
    fresh = scorer().score(read_gold(GOLDS[0]))
    assert fresh["type_acc"] >= 0.74 and fresh["country_acc"] >= 0.78 and fresh["found"] >= 0.79


def test_a_dateline_in_capitals_is_no_speaker_label(extract) -> None:
    doc = extract("ROME: The Danish embassy issued an alert on Friday about the storms.")
    assert not [a for a in doc.attributions if a.speaker is not None and
                doc.text[a.speaker.start:a.speaker.end] == "ROME"]
    turns = extract("PENCE: We will win this race.\nHARRIS: We will see about that in November.")
    assert {turns.text[a.speaker.start:a.speaker.end] for a in turns.attributions if a.speaker} == {"PENCE", "HARRIS"}


def test_an_outlet_s_foundation_stays_an_outlet(extract) -> None:
    doc = extract("The Daily Caller News Foundation reported that the aide had resigned on Friday.")
    assert _find(doc, "aide had resigned").source_type == "media"
