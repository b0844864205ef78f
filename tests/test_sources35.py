"""Source typing on real articles, round 35 (issue 16): an epithet between a body's office and its officer's name, a
news agency named after its noun, an administration named after a US president, a judge, unnamed officials, an
outlet's journalist after a curly apostrophe ("Fox News’ X"), a body the article names after its common noun though
the tagger made a person of it, a researcher of a non-academic body, unnamed private people (anonymous) and a "she"
after "the woman"; on sentences of our own. And the gold: the fresh files' form, and the convention
for named officers of non-state bodies applied to the older golds (scripts/sources35/README.md).
"""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest

from tests.sources_gold import ROOT, SHARED, assert_anchors_found, assert_fresh_gold_form
from tests.test_attribution import _find

GOLDS = (ROOT / "tests" / "gold" / "sources_real35.jsonl", ROOT / "tests" / "gold" / "sources_real35_heldout.jsonl")


def test_an_epithet_between_a_bodys_office_and_the_name() -> None:
    # (typed on the phrase: the small parser often cuts "X leader and noted critic Y" at "and")
    from spinscope.components.attribution.sources import _type_source, load_source_table

    table = load_source_table()
    typed = _type_source("Harbor League leader and noted critic Tom Vale", None, table, anonymous=False, context="")
    assert typed[0] == "person" and typed[3] == "Harbor League"
    # a state's office keeps its type with an epithet too
    typed = _type_source("Kremlin leader and former spy Ivan Petrov", None, table, anonymous=False, context="")
    assert typed[:3] == ("government", "RU", True)


def test_a_news_agency_named_after_its_noun_is_an_outlet(extract) -> None:
    doc = extract("The semi-official state news agency Kavora said the talks had failed. Private news agency "
                  "Bellmark said the port was closed.")
    a = _find(doc, "talks had failed")
    assert (a.source_type, a.state_affiliated) == ("media", True)
    b = _find(doc, "port was closed")
    assert (b.source_type, b.state_affiliated) == ("media", False)


def test_an_administration_named_after_its_leader_has_his_country(extract) -> None:
    doc = extract("The Trump administration said on Monday that the tariffs would stay. The Putin government said "
                  "on Tuesday that the pipeline would open.")
    assert _find(doc, "tariffs would stay").source_country == "US"
    assert _find(doc, "pipeline would open").source_country == "RU"


def test_a_judge_is_a_courts_officer(extract) -> None:
    doc = extract("A Chilean judge said the evidence was lacking. The contest judges said the cake was the best.")
    a = _find(doc, "evidence was lacking")
    assert (a.source_type, a.source_country) == ("government", "CL")
    assert _find(doc, "cake was the best").source_type != "government"


def test_unnamed_officials_are_the_states(extract) -> None:
    doc = extract("Health officials said the outbreak was spreading fast. Company officials said the plant would "
                  "close.")
    assert _find(doc, "outbreak was spreading").source_type == "government"
    assert _find(doc, "plant would close").source_type != "government"


def test_an_outlets_journalist_after_a_curly_apostrophe(extract_ner) -> None:
    doc = extract_ner("Fox News’ Tina Groll said the memo was real.")
    a = _find(doc, "memo was real")
    assert (a.source_type, a.speaker_name, a.source_country) == ("media", "Tina Groll", "US")
    assert doc.text[a.speaker.start:a.speaker.end] == "Fox News’ Tina Groll"


def test_a_body_named_after_its_noun_is_no_person(extract_ner) -> None:
    doc = extract_ner("Liberal advocacy group Open Harbor was founded in 2008. Open Harbor said on Monday that "
                      "the bill was flawed.")
    a = _find(doc, "bill was flawed")
    assert (a.source_type, a.speaker_name, a.named) == ("organization", "Open Harbor", True)


def test_a_researcher_of_a_non_academic_body_is_a_person(extract) -> None:
    doc = extract("A researcher with the organisation, Matthew Grant, said the group was dangerous.")
    assert _find(doc, "group was dangerous").source_type == "person"


def _relabel() -> Any:
    spec = importlib.util.spec_from_file_location("relabel35", ROOT / "scripts" / "sources35" / "relabel_officers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_officer_convention_holds_in_the_older_golds() -> None:
    from tests.sources_gold import read_gold

    officers = {(f, i, a) for f, i, a in _relabel().OFFICERS}
    found = 0
    for name in {f for f, _, _ in officers}:
        for art in read_gold(ROOT / "tests" / "gold" / name):
            for sp in art["speakers"]:
                if (name, art["id"], sp["anchor"]) in officers:
                    found += 1
                    assert sp["type"] == "person", sp
    assert found == len(officers)


def test_fresh_gold_form() -> None:
    assert_fresh_gold_form(GOLDS, "real35", 8)


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared")
def test_every_fresh_anchor_is_found_once_in_its_article() -> None:
    assert_anchors_found(GOLDS)


def test_a_she_after_an_unnamed_woman_is_the_woman(extract_ner) -> None:
    doc = extract_ner("Senator Ann Lowe got a letter in July. The woman says the party took place in 1982. She "
                      "alleges that the man attacked her.")
    for words in ("party took place", "man attacked her"):
        a = _find(doc, words)
        assert (a.source_type, a.named) == ("anonymous", False), words
        assert a.speaker_name == "woman"


def test_unnamed_private_people_are_anonymous(extract) -> None:
    doc = extract("Some doctors said the ward was full. A friend of the family said the boy was safe.")
    assert _find(doc, "ward was full").source_type == "anonymous"
    assert _find(doc, "boy was safe").source_type == "anonymous"


def test_a_surname_judge_is_no_judge(extract_ner) -> None:
    doc = extract_ner("Kavanaugh friend Mark Judge said he did not remember the party.")
    assert _find(doc, "did not remember").source_type != "government"
