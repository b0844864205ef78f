"""Source typing, round 40's second fresh Lee gold (issue 16, branch sources47; attribution/sources47b.py): a cause's
council's officer, a company's officer's country, a body's report in an Australian story; on sentences of our own.
"""

from __future__ import annotations

from tests.test_attribution import _find


def test_a_cause_councils_officer_is_a_person_in_every_mention(extract_ner) -> None:
    text = ("The Heart Council's chief executive officer, Mary Dobson, says rates of heart disease are falling. "
            "\"People are eating better than they did,\" she said.")
    out = extract_ner(text)
    a = _find(out, "rates of heart disease")
    assert (a.source_type, a.affiliation) == ("person", "Heart Council")
    assert _find(out, "People are eating better").source_type == "person"


def test_a_city_councils_officer_stays_government(extract_ner) -> None:
    text = "The City Council's chief executive officer, Mary Dobson, says rates will rise next year."
    assert _find(extract_ner(text), "rates will rise").source_type == "government"


def test_a_company_officer_takes_the_speaking_companys_country(extract_ner) -> None:
    text = ("Striking dock workers in Brisbane will meet today. The company, Harbourline Shipping, believes "
            "Queensland's exports are under threat. Forty crane drivers walked off the job a week ago. Jim Noble "
            "from the Maritime Union fears jobs are at risk. He says the strike will go on. \"We will not back down "
            "now,\" he said. But Harbourline Shipping port manager, Peter Marsh, says all loading at the wharf has "
            "stopped. Mr Marsh admits about 20 jobs will go.")
    out = extract_ner(text)
    assert _find(out, "all loading at the wharf").source_country == "AU"
    assert _find(out, "about 20 jobs will go").source_country == "AU"


def test_a_company_officer_of_a_company_of_no_country_stays_without(extract_ner) -> None:
    text = ("The company, Harbourline Shipping, believes exports are under threat. Harbourline Shipping port "
            "manager, Peter Marsh, says all loading at the wharf has stopped.")
    assert _find(extract_ner(text), "all loading at the wharf").source_country is None


def test_a_bodys_report_in_an_australian_story_and_the_report_after_it(extract_ner) -> None:
    text = ("New figures released by the Kidney Foundation reveal a rise in kidney disease. The report reveals more "
            "men than women are affected in Brisbane and regional Queensland.")
    out = extract_ner(text)
    assert _find(out, "a rise in kidney disease").source_country == "AU"
    assert _find(out, "more men than women").source_country == "AU"


def test_a_bodys_report_with_no_australian_place_gets_no_country(extract_ner) -> None:
    text = ("New figures released by the Kidney Foundation reveal a rise in kidney disease. The report reveals more "
            "men than women are affected.")
    assert _find(extract_ner(text), "a rise in kidney disease").source_country is None
