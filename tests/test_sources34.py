"""Source typing on real articles, round 34 (issue 16): a body named after its common noun ("advocacy group X"), an
outlet's journalist after a bare possessive apostrophe ("Fox News' X"), a ratings company, a show's host, a head of
state's own lawyer, "X was joined by Y" (no report), and the scorer's whole-word surface; on sentences of our own.
And the form of the fresh real-article gold (tests/gold/sources_real34.jsonl, tests/gold/sources_real34_heldout.jsonl).
"""

from __future__ import annotations

import pytest

from tests.sources_gold import ROOT, SHARED, assert_anchors_found, assert_fresh_gold_form, scorer
from tests.test_attribution import _find

GOLDS = (ROOT / "tests" / "gold" / "sources_real34.jsonl", ROOT / "tests" / "gold" / "sources_real34_heldout.jsonl")


def test_a_body_named_after_its_common_noun_is_an_organization(extract) -> None:
    doc = extract("Conservation group Save The Reef said the permit was illegal. Left-leaning advocacy group "
                  "Fair Vote Now said on Tuesday that the map was rigged.")
    for words in ("permit was illegal", "map was rigged"):
        assert _find(doc, words).source_type == "organization"


def test_a_group_leader_is_no_organization(extract) -> None:
    doc = extract("Conservation group leader Ann Marsh said the permit was illegal.")
    assert _find(doc, "permit was illegal").source_type != "organization"


def test_an_outlets_journalist_after_a_bare_possessive_apostrophe(extract) -> None:
    # (with a curly apostrophe the parser cuts the outlet off the speaker's phrase: left for a later round)
    doc = extract("ABC News' Mark Doyle said the plan had failed. Fox News' Tina Groll said the memo was real.")
    for words, name in (("plan had failed", "Mark Doyle"), ("memo was real", "Tina Groll")):
        a = _find(doc, words)
        assert (a.source_type, a.speaker_name) == ("media", name)


def test_a_ratings_company_is_no_outlet(extract) -> None:
    doc = extract("Fitch Ratings said the outlook was negative. The credit rating agency Moody's said on Friday "
                  "that the bonds were junk.")
    assert _find(doc, "outlook was negative").source_type == "organization"
    assert _find(doc, "bonds were junk").source_type == "organization"


def test_a_news_agency_stays_an_outlet(extract) -> None:
    doc = extract("The news agency said the bridge had collapsed.")
    assert _find(doc, "bridge had collapsed").source_type == "media"


def test_a_shows_host_is_a_journalist(extract) -> None:
    doc = extract("Night Desk host Carla Mendes said the guests had lied. The Night Desk host said on Friday that "
                  "the network was wrong.")
    assert _find(doc, "guests had lied").source_type == "media"
    assert _find(doc, "network was wrong").source_type == "media"


def test_a_host_country_is_no_journalist(extract) -> None:
    doc = extract("The summit host said the talks would go on.")
    assert _find(doc, "talks would go on").source_type != "media"


def test_a_head_of_states_own_lawyer_is_a_person(extract) -> None:
    doc = extract("The president's lawyer, Ray Cole, said they were confident of the outcome. The governor's "
                  "attorney, Lena Voss, said the charges were baseless.")
    for words in ("confident of the outcome", "charges were baseless"):
        assert _find(doc, words).source_type == "person"


def test_being_joined_by_people_is_no_report(extract) -> None:
    doc = extract("The mayor was joined by a panel of doctors at the hearing. Dana Price was accompanied by her "
                  "lawyer, Tom Reyes, on the steps of the court.")
    speakers = [doc.text[a.speaker.start:a.speaker.end] for a in doc.attributions if a.speaker is not None]
    assert not any("doctors" in s or "Reyes" in s for s in speakers), speakers


def test_a_law_passed_by_a_legislature_still_has_its_source(extract) -> None:
    doc = extract("The budget bill was passed by the state senate on a party-line vote.")
    assert any(a.speaker is not None and "senate" in doc.text[a.speaker.start:a.speaker.end]
               for a in doc.attributions)


def test_the_scorer_finds_a_surface_as_a_whole_word_of_its_anchor() -> None:
    locate = scorer().locate
    text = "Trade grew. “It is done for the world,” he added on Monday."
    start, end = locate(text, "for the world,” he added", "he")
    assert text[start:end] == "he" and text[start - 1] == " "
    start, end = locate(text, "for the world,” he added", "the world")
    assert text[start:end] == "the world"
    with pytest.raises(ValueError):
        locate(text, "for the world,” he added", "wor")


def test_fresh_gold_form() -> None:
    # round 37's attribution gold drew article111111112 at 21:17, after this gold had committed it (21:14)
    assert_fresh_gold_form(GOLDS, "real34", 8, drawn_later=frozenset(
        {"data/semeval2023_task3/en/train-articles-subtask-1/article111111112.txt"}))


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared")
def test_every_fresh_anchor_is_found_once_in_its_article() -> None:
    assert_anchors_found(GOLDS)
