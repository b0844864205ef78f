"""Source typing on real articles, round 36 (issue 16): the listed body a text belongs to speaks for it ("NASA’s own
data", "a UN estimate", "a report in The Sun newspaper", "NASA SDO"), a police officer by title, a UN fund's
representative, an outlet with its edition's place, a team of experts, a journalist who "reported for" an outlet and
the new table entries (The Sun, NASA, UNICEF, "ABC"); on sentences of our own. And the fresh gold's form.
"""

from __future__ import annotations

import pytest

from tests.sources_gold import ROOT, SHARED, assert_anchors_found, assert_fresh_gold_form
from tests.test_attribution import _find

GOLDS = (ROOT / "tests" / "gold" / "sources_real36.jsonl", ROOT / "tests" / "gold" / "sources_real36_heldout.jsonl")


def _typed(a) -> tuple:
    return a.source_type, a.source_country, a.named


def test_a_listed_body_speaks_for_its_text(extract_ner) -> None:
    doc = extract_ner("NASA’s own data is showing that the orbit is shrinking. About 300 people fall ill each year, "
                      "according to a UN estimate. The river fell by a third, according to a recent report in The "
                      "Sun newspaper. Data from NASA's Spaceweather show the field is weak.")
    assert _typed(_find(doc, "orbit is shrinking")) == ("government", "US", True)
    assert _typed(_find(doc, "fall ill each year")) == ("organization", None, True)
    assert _typed(_find(doc, "river fell by a third")) == ("media", "GB", True)
    assert _typed(_find(doc, "field is weak")) == ("government", "US", True)


def test_a_report_in_a_place_that_is_no_outlet_stays_a_report(extract_ner) -> None:
    doc = extract_ner("A report in the Pentagon showed the plan failed.")
    assert _find(doc, "plan failed").source_type == "report"


def test_a_state_bodys_unit_is_the_state_body(extract_ner) -> None:
    doc = extract_ner("NASA SDO reports that the flare was large.")
    assert _typed(_find(doc, "flare was large")) == ("government", "US", True)


def test_a_police_officer_by_title_is_the_states(extract_ner) -> None:
    doc = extract_ner("\"I could see the car from the window,\" said Officer Tom Brady from the Dayton Police.")
    assert _find(doc, "see the car").source_type == "government"


def test_a_funds_representative_is_no_politician(extract_ner) -> None:
    doc = extract_ner("Jane Doe, the deputy representative of Unicef, told the paper that the camps were full.")
    assert _find(doc, "camps were full").source_type == "person"
    # a legislator who represents a state stays one
    doc = extract_ner("Rep. Jim Banks, a representative for Indiana, said the bill failed.")
    assert _find(doc, "bill failed").source_type == "politician"


def test_an_outlet_with_its_editions_place_and_year(extract_ner) -> None:
    doc = extract_ner("A flood could hit the coast within ten years, says The Express UK in 2016.")
    assert _typed(_find(doc, "flood could hit")) == ("media", "GB", True)


def test_a_team_of_experts_is_anonymous(extract_ner) -> None:
    doc = extract_ner("A team of experts have warned that the crust will crack.")
    assert _find(doc, "crust will crack").source_type == "anonymous"


def test_a_journalist_who_reported_for_an_outlet(extract_ner) -> None:
    doc = extract_ner("Mac Slavo recently reported for Harbor News that the river was rising. As Slavo noted, the "
                      "dam may fail.")
    assert _find(doc, "river was rising").source_type == "media"
    assert _find(doc, "dam may fail").source_type == "media"


def test_the_new_table_entries(extract_ner) -> None:
    doc = extract_ner("As ABC reported Monday evening, the bridge was closed. The Sun said the mayor lied.")
    assert _typed(_find(doc, "bridge was closed")) == ("media", "US", True)
    assert _typed(_find(doc, "mayor lied")) == ("media", "GB", True)
    from spinscope.components.attribution.sources import load_source_table

    table = load_source_table()
    for form, kind in (("NASA", "government"), ("UNICEF", "organization"), ("Unicef", "organization")):
        found = table.find_source(form)
        assert found is not None and found[0].type == kind


def test_fresh_gold_form() -> None:
    assert_fresh_gold_form(GOLDS, "real36", 8)


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared")
def test_fresh_gold_anchors_found() -> None:
    assert_anchors_found(GOLDS)


def test_a_listed_outlets_block_and_a_us_tabloid(extract_ner) -> None:
    doc = extract_ner("The rally was loud.\nAlgemeiner reported:\nUnion leader Tom Vale chanted slogans and claimed "
                      "that the strike would last. The port was closed for a week.")
    a = _find(doc, "chanted slogans")
    assert (a.source_type, a.source_country, a.speaker_name) == ("media", "US", "The Algemeiner")
    doc = extract_ner("According to the New York Daily News, the judge resigned. The mayor lied, according to the "
                      "NYDN.")
    for words in ("judge resigned", "mayor lied"):
        assert _typed(_find(doc, words)) == ("media", "US", True)
