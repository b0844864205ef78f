"""Source typing, round 40 (issue 16): a document speaks as the body its phrase names ("NOAA data", "ORT's annual
report"), a plural of documents is a report, a named officer of a nation-named body takes its country, a report
introduced by its title keeps the title, and The Lancet is a British journal (scripts/sources40/README.md); on
sentences of our own.
"""

from __future__ import annotations

import pytest

from tests.sources_gold import ROOT, SHARED, assert_anchors_found, assert_articles_unchanged, assert_fresh_gold_form
from tests.test_attribution import _find

GOLDS = (ROOT / "tests" / "gold" / "sources_real40.jsonl", ROOT / "tests" / "gold" / "sources_real40_heldout.jsonl")


def test_a_table_body_s_data_speak_as_the_body(extract_ner) -> None:
    text = ("Last spring, National Oceanic and Atmospheric Administration (NOAA) figures showed that the lake had "
            "shrunk for a fifth year.")
    a = _find(extract_ner(text), "lake had shrunk")
    assert (a.source_type, a.source_country, a.named) == ("government", "US", True)
    assert a.speaker_name == "National Oceanic and Atmospheric Administration"


def test_initials_spelled_out_once_give_the_report_to_the_body(extract_ner) -> None:
    text = ("The Ocean Relief Trust, a Dublin charity, paid for the survey boats. According to ORT's annual report, "
            "the fleet doubled last year.")
    a = _find(extract_ner(text), "fleet doubled")
    assert (a.source_type, a.named, a.speaker_name) == ("organization", True, "Ocean Relief Trust")


def test_a_person_s_report_stays_a_report(extract_ner) -> None:
    a = _find(extract_ner("According to Halvorsen's report, the bridge had been unsafe for years."), "bridge had")
    assert a.source_type == "report"


@pytest.mark.parametrize(("text", "content"), [
    ("According to tax forms and other papers seen by the paper, the mayor moved the money twice.", "mayor moved"),
    ("The mayor moved the money twice, according to tax forms filed in May.", "mayor moved"),
])
def test_a_plural_of_documents_is_a_report(extract_ner, text: str, content: str) -> None:
    a = _find(extract_ner(text), content)
    assert (a.source_type, a.named) == ("report", False)


def test_people_who_read_documents_are_no_report(extract_ner) -> None:
    a = _find(extract_ner("Two clerks who read the files said the vault was empty."), "vault was empty")
    assert a.source_type != "report"


def test_an_officer_of_a_nation_named_body_takes_its_country(extract_ner) -> None:
    text = ("Marta Quill, policy director of the lobby group Americans for Clean Harbors, told reporters that the "
            "dredging plan was reckless.")
    a = _find(extract_ner(text), "dredging plan")
    assert (a.speaker_name, a.source_type, a.source_country) == ("Marta Quill", "person", "US")


def test_a_body_named_without_a_nationality_gives_no_country() -> None:
    from spinscope.components.attribution.sources import load_source_table
    from spinscope.components.attribution.sources40 import _nation_of_body

    table = load_source_table()
    assert _nation_of_body(", director of the Russian Academy of Sciences", table) == "RU"
    assert _nation_of_body(", director of the group Clean Harbors Now", table) is None


def test_a_report_introduced_by_its_title_is_named(extract_ner) -> None:
    text = ("Four think tanks released their “Harbor Ledger: Spring Edition.” The report argued that the ports "
            "were losing money.")
    a = _find(extract_ner(text), "ports were losing")
    assert (a.source_type, a.named, a.speaker_name) == ("report", True, "Harbor Ledger")


def test_an_untitled_report_stays_unnamed(extract_ner) -> None:
    a = _find(extract_ner("The report argued that the ports were losing money."), "ports were losing")
    assert (a.source_type, a.named) == ("report", False)


LISTED = ("The Cato Institute, the Harbor Trust, Blue Keel and the Heritage Foundation released their “Harbor "
          "Ledger: Spring Edition.” The report argued that the ports were losing money. Asked about dredging, the "
          "groups said that the channel was deep enough.")


def test_bodies_listed_before_the_groups_name_them(extract_ner) -> None:
    a = _find(extract_ner(LISTED), "channel was deep")
    assert (a.source_type, a.named, a.speaker_name, a.source_country) == ("organization", True, "Cato Institute",
                                                                         "US")


def test_a_titled_report_takes_its_listed_authors_country(extract_ner) -> None:
    a = _find(extract_ner(LISTED), "ports were losing")
    assert (a.source_type, a.named, a.speaker_name, a.source_country) == ("report", True, "Harbor Ledger", "US")


def test_it_after_a_pointed_document_is_the_document(extract_ner) -> None:
    text = ("Look at this graph from the newest Heritage Foundation report, for instance. It claims that the docks "
            "lost money every year.")
    a = _find(extract_ner(text), "docks lost money")
    assert a.speaker is not None and text[a.speaker.start:a.speaker.end] == "It"
    assert (a.source_type, a.source_country, a.speaker_name) == ("organization", "US", "Heritage Foundation")


def test_it_with_no_document_before_stays_empty(extract_ner) -> None:
    a = _find(extract_ner("The weather turned cold. It claims that the docks lost money every year."), "docks lost")
    assert a.speaker is None


def test_the_lancet_is_a_british_journal(extract_ner) -> None:
    a = _find(extract_ner("The Lancet claims that heat deaths are rising in cities."), "heat deaths")
    assert (a.source_type, a.source_country, a.speaker_name) == ("media", "GB", "The Lancet")


def test_fresh_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(GOLDS, "real40", 6, extra_keys=frozenset({"sha256"}))


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared")
def test_fresh_gold_anchors_found_and_files_unchanged() -> None:
    assert_anchors_found(GOLDS)
    assert_articles_unchanged(GOLDS)
