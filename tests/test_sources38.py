"""Source typing, round 38 (issue 16): unnamed staff and members of a named body speak as the body, a private
person's own lawyer is anonymous, a name with "the" is no person, companies are bodies, sites by their run-together
names and reporters by a "who has reported on" clause are media (scripts/sources38/README.md); on sentences of our
own.
"""

from __future__ import annotations

import pytest

from tests.sources_gold import ROOT, SHARED, assert_anchors_found, assert_articles_unchanged, assert_fresh_gold_form
from tests.test_attribution import _find

GOLDS = (ROOT / "tests" / "gold" / "sources_real38.jsonl", ROOT / "tests" / "gold" / "sources_real38_heldout.jsonl")


@pytest.mark.parametrize(("text", "content", "typed"), [
    ("A Google spokesman said the outage was fixed by noon.", "outage was fixed", ("organization", "US")),
    ("A Tesla representative said the recall was voluntary.", "recall was voluntary", ("organization", None)),
    ("Late on Friday the chess club hosted a talk, and members of CCC denounced the speaker's remarks about chess.",
     "remarks about chess", ("organization", None)),
])
def test_unnamed_staff_of_a_named_body_speak_as_the_body(extract_ner, text: str, content: str,
                                                          typed: tuple[str, str | None]) -> None:
    a = _find(extract_ner(text), content)
    assert (a.source_type, a.source_country, a.named) == (*typed, False)


@pytest.mark.parametrize(("text", "content", "typed"), [
    ("A White House official said the talks had stalled over tariffs.", "talks had stalled", "government"),
    ("A UN spokesman said the convoy would leave on Monday.", "convoy would leave", "organization"),
    ("A Senate aide said the vote was delayed until spring.", "vote was delayed", "politician"),
    ("G20 members said the deal was fair to poorer states.", "deal was fair", "government"),
    ("A Trump aide said the vote was delayed until spring.", "vote was delayed", "person"),
])
def test_staff_of_a_state_a_legislature_or_a_person_keep_their_types(extract_ner, text: str, content: str,
                                                                      typed: str) -> None:
    assert _find(extract_ner(text), content).source_type == typed


def test_officials_at_a_public_place_are_the_states(extract_ner) -> None:
    a = _find(extract_ner("Officials at the hospital said two patients were in a stable condition."),
              "stable condition")
    assert a.source_type == "government"


def test_a_private_persons_own_lawyer_is_anonymous(extract_ner) -> None:
    a = _find(extract_ner("The charity was fined, and his lawyer warned that he would appeal the ruling."),
              "appeal the ruling")
    assert (a.source_type, a.named) == ("anonymous", False)


def test_a_name_with_the_is_a_business_but_a_title_is_a_person(extract_ner) -> None:
    a = _find(extract_ner("It was reported by the Grand Palace that a guest had fallen down the stairs."),
              "guest had fallen")
    assert a.source_type == "organization"
    b = _find(extract_ner("The Queen said the garden would open to visitors in June."), "garden would open")
    assert b.source_type == "person"


def test_a_company_in_the_table_is_an_organization_of_its_country(extract_ner) -> None:
    doc = extract_ner("Facebook said the post broke its rules. National Grid said the outage was caused by a storm.")
    assert (_find(doc, "broke its rules").source_type, _find(doc, "broke its rules").source_country) == (
        "organization", "US")
    assert (_find(doc, "caused by a storm").source_type, _find(doc, "caused by a storm").source_country) == (
        "organization", "GB")


def test_users_of_a_company_are_of_no_companys_country(extract_ner) -> None:
    a = _find(extract_ner("Many Twitter users said the ban was unfair to small traders."), "ban was unfair")
    assert (a.source_type, a.source_country) == ("anonymous", None)


@pytest.mark.parametrize("name", ["Zapblog", "QRXnews"])
def test_a_site_by_its_run_together_name_is_media(extract_ner, name: str) -> None:
    a = _find(extract_ner(f"Earlier this week {name} reported that the dam had cracked."), "dam had cracked")
    assert (a.source_type, a.named) == ("media", True)


def test_a_surname_in_mixed_case_stays_a_person() -> None:
    from spinscope.components.attribution.sources import blog_name

    assert blog_name("Zapblog", "reported") and blog_name("QRXnews", "wrote")
    assert not blog_name("McCarthy", "reported") and not blog_name("DeSantis", "wrote")
    assert not blog_name("Zapblog", "said") and not blog_name("Lina Osei", "reported")


def test_a_who_clause_of_reporting_makes_a_reporter(extract_ner) -> None:
    doc = extract_ner("Wordcraft's Lina Osei, who has extensively reported on the dam, found that the wall had "
                      "cracked.")
    assert _find(doc, "wall had cracked").source_type == "media"
    other = extract_ner("Kofi Mensah has written about the dam in two books, and he said the wall was old.")
    assert _find(other, "wall was old").source_type == "person"


def test_fresh_gold_form() -> None:
    assert_fresh_gold_form(GOLDS, "real38", 8, extra_keys=frozenset({"sha256"}))


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared")
def test_fresh_gold_anchors_found_and_files_unchanged() -> None:
    assert_anchors_found(GOLDS)
    assert_articles_unchanged(GOLDS)
