"""Source typing, round 42 (issue 16): a funder's country is not the speaker's, a scripture is a document, an
acronym of a speaking body stands for it, and a journalist's apposition anywhere types the journalist
(scripts/sources42/README.md); on sentences of our own.
"""

from __future__ import annotations

import pytest

from spinscope.components.attribution.sources import load_source_table
from spinscope.components.attribution.sources42 import FUNDER_42, SCRIPTURE_42, _initials
from tests.sources_gold import ROOT, SHARED, assert_anchors_found, assert_articles_unchanged, assert_fresh_gold_form
from tests.test_attribution import _find

GOLDS = (ROOT / "tests" / "gold" / "sources_real42.jsonl", ROOT / "tests" / "gold" / "sources_real42_heldout.jsonl")


def test_a_funders_country_is_not_the_speakers(extract_ner) -> None:
    text = ("The plan drew criticism on Monday. Dana Whitlock of the Qatar-funded Meridian Policy Forum said the "
            "plan would fail within a year.")
    a = _find(extract_ner(text), "plan would fail")
    assert a.source_country != "QA"


def test_a_funders_country_given_again_is_kept(extract_ner) -> None:
    text = "Omar Haddad, a Qatari analyst at the Qatar-funded forum, said the talks had stalled for good."
    a = _find(extract_ner(text), "talks had stalled")
    assert a.source_country == "QA"


def test_the_funder_pattern_reads_the_country_word() -> None:
    assert FUNDER_42.search("a Kremlin-backed channel").group("word") == "Kremlin"
    assert FUNDER_42.search("a state-run channel") is None


@pytest.mark.parametrize("phrase", ["the Qur’an", "the Bible", "The Koran", "the Torah"])
def test_scripture_phrases(phrase: str) -> None:
    assert SCRIPTURE_42.fullmatch(phrase)


def test_a_scripture_that_speaks_is_a_report(extract_ner) -> None:
    text = "Fasting is a duty for believers. Yet the Qur’an says that the sick and travellers may fast later."
    a = _find(extract_ner(text), "the sick and travellers")
    assert (a.source_type, a.named) == ("report", True)


def test_a_chechen_body_is_of_russia() -> None:
    assert load_source_table().country_in("a site run by Chechen rebels") == "RU"


def test_initials_of_a_body() -> None:
    assert {"DOS", "FDOS"} <= _initials("Florida Department of State")


def test_an_acronym_of_a_speaking_body_stands_for_it(extract_ner) -> None:
    text = ("The Ohio Department of Transportation said on Monday that the bridge would close. Karen Eldridge, "
            "DOT deputy director, asked drivers to plan ahead. Eldridge wrote in a memo that repairs would take "
            "a month. According to DOT officials, the detour adds ten minutes.")
    doc = extract_ner(text)
    officials = _find(doc, "the detour adds")
    assert (officials.source_type, officials.source_country, officials.named) == ("government", "US", False)
    officer = _find(doc, "repairs would take")
    assert (officer.source_type, officer.source_country) == ("government", "US")


def test_a_journalists_apposition_types_later_mentions(extract_ner) -> None:
    text = ("Lena Marsh, bureau chief of Politico, posted on Tuesday that the recount had begun. “The count is slow "
            "but steady,” Marsh quoted from an official's message.")
    a = _find(extract_ner(text), "count is slow")
    assert (a.source_type, a.source_country) == ("media", "US")


def test_fresh_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(GOLDS, "real42", 4, extra_keys=frozenset({"sha256"}))


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared")
def test_fresh_gold_anchors_found_and_files_unchanged() -> None:
    assert_anchors_found(GOLDS)
    assert_articles_unchanged(GOLDS)


def test_the_brookings_institution_is_listed() -> None:
    entry = load_source_table().find_source("a fellow of the Brookings Institution")
    assert entry is not None and (entry[0].type, entry[0].country) == ("organization", "US")
