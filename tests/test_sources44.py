"""Source typing, round 44 (issue 16): Australian wire copy: Westminster offices, parties, armed bodies, a body's
officer, "Ms X", a titled document, the country of the story's government (scripts/sources44/README.md); on
sentences of our own.
"""

from __future__ import annotations

import pytest

from spinscope.components.attribution.sources import load_source_table
from spinscope.components.attribution.sources44 import story_government_s44
from tests.sources_gold import ROOT, SHARED, assert_anchors_found, assert_articles_unchanged, assert_fresh_gold_form
from tests.test_attribution import _find

GOLDS = (ROOT / "tests" / "gold" / "sources_real44.jsonl", ROOT / "tests" / "gold" / "sources_real44_heldout.jsonl")
LEE = SHARED / ".." / "lee"  # beside ../shared (scripts/lee/fetch.py)


def test_the_treasurer_before_a_name_is_the_government(extract_ner) -> None:
    doc = extract_ner("The Treasurer, Gordon Pikeley, says the deficit will shrink by the winter.")
    assert _find(doc, "the deficit will shrink").source_type == "government"


def test_a_lord_mayor_given_by_the_city_is_unnamed(extract_ner) -> None:
    a = _find(extract_ner("Perth's Lord Mayor says the harbour car park plan costs ratepayers far too much."),
              "the harbour car park plan")
    assert (a.source_type, a.named, a.source_country) == ("government", False, "AU")


def test_labor_alone_is_an_australian_party(extract_ner) -> None:
    a = _find(extract_ner("Labor says the tax cut helps only the rich."), "the tax cut helps")
    assert (a.source_type, a.source_country) == ("politician", "AU")


def test_the_palestinian_authority_is_a_government(extract_ner) -> None:
    a = _find(extract_ner("The Palestinian Authority says the night raid was a grave provocation."),
              "the night raid was")
    assert (a.source_type, a.source_country) == ("government", "PS")


def test_armed_groups_are_bodies_not_people(extract_ner) -> None:
    doc = extract_ner("Ezzedin al-Qassam, the armed wing of Hamas, warned it would strike back soon.")
    assert _find(doc, "it would strike back").source_type == "organization"
    doc = extract_ner("The Al-Aqsa Brigades said they fired on the patrol near the road.")
    a = _find(doc, "they fired on the patrol")
    assert (a.source_type, a.source_country) == ("organization", "PS")


def test_a_bodys_officer_and_the_body_named_again(extract_ner) -> None:
    text = ("The Harbour Workers Union's Delia Frampton says the new roster is unsafe. \"We warned them twice,\" "
            "Ms Frampton said. The union says members will vote on Monday.")
    doc = extract_ner(text)
    officer = _find(doc, "the new roster is unsafe")
    assert (officer.source_type, officer.affiliation) == ("person", "Harbour Workers Union")
    union = _find(doc, "members will vote")
    assert (union.named, union.speaker_name) == (True, "Harbour Workers Union")


def test_ms_and_a_surname_is_the_person_named_in_full(extract_ner) -> None:
    text = ("The Harbour Workers Union's Delia Frampton says the new roster is unsafe. \"We warned them twice,\" "
            "Ms Frampton said.")
    a = _find(extract_ner(text), "We warned them twice")
    assert (a.speaker_name, a.affiliation) == ("Delia Frampton", "Harbour Workers Union")


def test_a_document_named_by_its_title(extract_ner) -> None:
    text = ("The Trade Minister released a paper entitled \"Ports and Pathways\" on Tuesday. The paper says "
            "shipping costs must fall. It also says rail links lag behind.")
    doc = extract_ner(text)
    for content in ("shipping costs must fall", "rail links lag behind"):
        a = _find(doc, content)
        assert (a.named, a.speaker_name) == (True, "Ports and Pathways")


def test_the_story_government_from_a_minister_the_dictionary_knows() -> None:
    table = load_source_table()
    text = "The Foreign Minister, Alexander Downer, flew out. The Government is under pressure."
    assert story_government_s44(text, [], table) == "AU"
    assert story_government_s44("The Foreign Minister, Alexander Downer, flew out.", [], table) is None


def test_speakers_of_the_story_government(extract_ner) -> None:
    text = ("The Foreign Minister, Alexander Downer, says the patrol boats will be sent north. Senator Mabbott "
            "says the boats are too old. Authorities say the port will stay open. The Government says the cost "
            "is manageable. Businesswoman Carla Renwick says the Government has ignored small exporters.")
    doc = extract_ner(text)
    for content in ("the boats are too old", "the port will stay open", "the cost is manageable",
                    "has ignored small exporters"):
        assert _find(doc, content).source_country == "AU", content


def test_a_us_sentence_gets_no_country_of_the_story(extract_ner) -> None:
    text = ("The Foreign Minister, Alexander Downer, says the Government will back the plan. In Washington, "
            "Senator Mabbott says the United States will wait.")
    assert _find(extract_ner(text), "the United States will wait").source_country != "AU"


def test_fresh_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(GOLDS, "real44", 8, extra_keys=frozenset({"sha256"}), prefixes=("../lee/",))


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared")
def test_fresh_gold_anchors_found_and_files_unchanged() -> None:
    if not (LEE / "background").is_dir():
        pytest.skip("run scripts/lee/fetch.py")
    assert_anchors_found(GOLDS)
    assert_articles_unchanged(GOLDS)
