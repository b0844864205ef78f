"""Source typing, round 39 (issue 16): a role put before a person's full name types every mention of the person
(scholars academic, journalists, hosts and a platform's personalities media; a platform gives no country), and a
person described by a body's place or as a place's resident takes its country (scripts/sources39/README.md); on
sentences of our own.
"""

from __future__ import annotations

import pytest

from tests.sources_gold import ROOT, SHARED, assert_anchors_found, assert_articles_unchanged, assert_fresh_gold_form
from tests.test_attribution import _find

GOLDS = (ROOT / "tests" / "gold" / "sources_real39.jsonl", ROOT / "tests" / "gold" / "sources_real39_heldout.jsonl")


TWO_GUESTS = ("On Monday the tax lawyer Carl Ostrander and Bergen professor of linguistics Helga Brennvik met for a "
              "panel on dialects. Brennvik argued that the old spelling rules should be kept in every school.")


def test_a_role_before_the_full_name_types_the_surname(extract_ner) -> None:
    a = _find(extract_ner(TWO_GUESTS), "old spelling rules")
    assert (a.speaker_name, a.source_type) == ("Helga Brennvik", "academic")


@pytest.mark.parametrize(("text", "content", "typed"), [
    ("The studio booked TikTok personality Dario Welling for the launch. Welling said the phone's camera was "
     "weak.", "camera was weak", ("media", None)),
    ("The show closed with the veteran columnist Irene Fallowby. Fallowby said the budget would not pass.",
     "budget would not pass", ("media", None)),
    ("A blog ran the piece on Tuesday, and author Paula Mendez writes that the pier is unsafe.",
     "pier is unsafe", ("media", None)),
])
def test_hosts_columnists_and_platform_personalities_are_media(extract_ner, text: str, content: str,
                                                               typed: tuple[str, str | None]) -> None:
    a = _find(extract_ner(text), content)
    assert (a.source_type, a.source_country) == typed


def test_an_author_who_only_speaks_stays_a_person(extract_ner) -> None:
    text = ("The crowd came to hear the author Paula Mendez at the fair. Mendez said the prize should go to a "
            "first novel.")
    assert _find(extract_ner(text), "prize should go").source_type == "person"


def test_a_body_located_in_a_place_gives_its_person_the_country(extract_ner) -> None:
    text = ("Nadia Ferreira Lopes is the pastor of a small chapel located in Tulsa, Oklahoma. "
            "Nadia Ferreira Lopes said the roof needed repairs before winter.")
    assert _find(extract_ner(text), "roof needed repairs").source_country == "US"


def test_a_place_with_two_countries_gives_none(extract_ner) -> None:
    text = ("Nadia Ferreira Lopes is the head of a small charity based in Lisbon and Oklahoma. "
            "Nadia Ferreira Lopes said the roof needed repairs before winter.")
    assert _find(extract_ner(text), "roof needed repairs").source_country is None


def test_a_role_is_read_from_the_article_text_only() -> None:
    from spinscope.components.attribution.sources39 import _role_of

    assert _role_of("Dutch historian Pieter Aalst spoke.", "Pieter Aalst") == ("academic", False)
    assert _role_of("A conspiracy theorist Pieter Aalst spoke.", "Pieter Aalst") is None  # no platform
    assert _role_of("YouTube conspiracy theorist Pieter Aalst spoke.", "Pieter Aalst") == ("media", True)
    assert _role_of("Pieter Aalst spoke. The host thanked him.", "Pieter Aalst") is None


@pytest.mark.parametrize("text", [
    "HDA Director-General Mirela Kostadin opened the meeting in Geneva on Monday. Later the HDA chief said the "
    "outbreak was slowing in most regions.",
    "Mirela Kostadin, the HDA's chief, opened the meeting. Later the HDA chief said the outbreak was slowing in "
    "most regions.",
])
def test_a_bodys_chief_is_the_person_the_article_names_so(extract_ner, text: str) -> None:
    a = _find(extract_ner(text), "outbreak was slowing")
    assert (a.speaker_name, a.source_type, a.named) == ("Mirela Kostadin", "person", True)


def test_a_bodys_chief_with_two_named_holders_stays_unresolved() -> None:
    from spinscope.components.attribution.sources39 import _body_chief_name

    assert _body_chief_name("HDA chief Ana Pell met HDA chief Bo Rusk.", "HDA") is None
    assert _body_chief_name("HDA chief Ana Pell met Bo Rusk.", "HDA") == "Ana Pell"


def test_a_report_takes_the_storys_country(extract_ner) -> None:
    text = ("Floods closed two British roads on Monday, and more rain reached Scotland by night. In London the "
            "ministers met. The inspection report said the drains had not been cleared for a year.")
    a = _find(extract_ner(text), "drains had not been cleared")
    assert (a.source_type, a.source_country) == ("report", "GB")


def test_a_report_in_a_story_of_two_countries_takes_none() -> None:
    from spinscope.components.attribution.sources import load_source_table
    from spinscope.components.attribution.sources39 import story_country_39

    table = load_source_table()
    assert story_country_39("French talks in Paris, France, then Berlin, Germany, German.", table) is None
    assert story_country_39("French talks in Paris, France, then Berlin.", table) == "FR"
    assert story_country_39("Talks in Paris, France.", table) is None  # two mentions only


def test_fresh_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(GOLDS, "real39", 6, extra_keys=frozenset({"sha256"}))


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared")
def test_fresh_gold_anchors_found_and_files_unchanged() -> None:
    assert_anchors_found(GOLDS)
    assert_articles_unchanged(GOLDS)
