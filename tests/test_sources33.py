"""Source typing on real articles, round 33 (issue 16): an elected office held once (a politician), a town's
manager, the members of a group of states, a state's executive named by its country or leader, a text published by
a listed outlet, a national security adviser, a state's judiciary, an office holder of a state's body named after
his name, LifeSiteNews; on sentences of our own. And the form of the fresh real-article gold
(tests/gold/sources_real33.jsonl, tests/gold/sources_real33_heldout.jsonl)."""

from __future__ import annotations

import re

import pytest

from tests.sources_gold import ROOT, SHARED, assert_anchors_found, assert_fresh_gold_form, read_gold, scorer
from tests.test_attribution import _find

GOLDS = (ROOT / "tests" / "gold" / "sources_real33.jsonl", ROOT / "tests" / "gold" / "sources_real33_heldout.jsonl")


def test_a_former_mayor_is_a_politician_under_every_mention(extract) -> None:
    doc = extract("Former Denver Mayor Paul Okafor said on Monday that the stadium plan would fail. “It is a "
                  "waste of money,” Okafor, a United Nations envoy on housing, said later.")
    assert _find(doc, "stadium plan would fail").source_type == "politician"
    assert _find(doc, "waste of money").source_type == "politician"


def test_a_former_governor_is_a_politician(extract) -> None:
    doc = extract("Former governor Alma Reyes told reporters the budget was a mess.")
    assert _find(doc, "budget was a mess").source_type == "politician"


def test_a_former_central_bank_governor_is_no_politician(extract) -> None:
    doc = extract("Former Bank of Canada governor Mark Hale said rates would rise.")
    assert _find(doc, "rates would rise").source_type != "politician"


def test_a_city_manager_is_an_official(extract) -> None:
    doc = extract("The Dayton city manager said the pool would stay closed. A county manager told reporters the "
                  "roads were clear.")
    assert _find(doc, "pool would stay closed").source_type == "government"
    assert _find(doc, "roads were clear").source_type == "government"


def test_members_of_a_group_of_states_are_states(extract) -> None:
    doc = extract("G20 members praised the plan on Friday. NATO members said the drills would go on. Members of "
                  "the G7 called for restraint.")
    for words in ("the plan on Friday", "drills would go on", "restraint"):
        a = _find(doc, words)
        assert (a.source_type, a.source_country) == ("government", None)


def test_a_body_s_officials_and_a_party_s_members_stay_what_they_were(extract) -> None:
    doc = extract("NATO officials said the base was safe. Party members said the vote was rigged.")
    assert _find(doc, "base was safe").source_type == "organization"
    assert _find(doc, "vote was rigged").source_type == "politician"


def test_a_state_s_executive_named_by_its_country_or_leader_is_named(extract) -> None:
    doc = extract("The Canadian government concluded that the law was sound. The U.S. government has long "
                  "accused Cuba of spying. The Biden administration has called the move reckless. The Assad regime "
                  "said the town was taken.")
    for words in ("law was sound", "Cuba of spying", "move reckless", "town was taken"):
        a = _find(doc, words)
        assert a.source_type == "government" and a.named


def test_an_unnamed_government_stays_unnamed(extract) -> None:
    doc = extract("The federal government maintained that no rule was broken. The government said on Monday it "
                  "would act.")
    assert not _find(doc, "no rule was broken").named
    assert not _find(doc, "it would act").named


def test_a_translation_published_by_a_listed_outlet_is_named_by_it(extract) -> None:
    doc = extract("Officials in Tehran have admitted the error, according to a translation published by Al "
                  "Jazeera.")
    a = next(a for a in doc.attributions if a.speaker is not None and "translation" in
             doc.text[a.speaker.start:a.speaker.end])
    assert (a.source_type, a.named, a.speaker_name) == ("media", True, "Al Jazeera")


def test_a_translation_published_by_an_unlisted_site_stays_unnamed(extract) -> None:
    doc = extract("Officials in Tehran have admitted the error, according to a translation published by a "
                  "local blog.")
    a = next(a for a in doc.attributions if a.speaker is not None and "translation" in
             doc.text[a.speaker.start:a.speaker.end])
    assert not a.named


def test_a_national_security_adviser_is_an_official(extract) -> None:
    doc = extract("National Security Adviser Tom Reed told reporters that the talks were over.")
    assert _find(doc, "talks were over").source_type == "government"


def test_a_former_national_security_adviser_is_no_official(extract) -> None:
    doc = extract("Former National Security Adviser Jo Lind said the plan was bad.")
    assert _find(doc, "plan was bad").source_type != "government"


def test_a_state_s_judiciary_is_the_state(extract) -> None:
    doc = extract("Iran's judiciary said the men would be tried next month.")
    a = _find(doc, "men would be tried")
    assert (a.source_type, a.source_country) == ("government", "IR")


def test_a_legislator_on_a_judiciary_committee_stays_a_politician(extract) -> None:
    doc = extract("Tom Hale (R-OH), the former chair of the Senate Judiciary Committee, said the bill was dead.")
    assert _find(doc, "bill was dead").source_type == "politician"


def test_an_office_holder_of_a_state_s_body_named_after_is_its_official_under_every_mention(extract) -> None:
    doc = extract("Ahmad Karimi, a legal affairs assistant in Iraq's judiciary, spoke to state television on "
                  "Sunday. “We moved them at night,” Karimi was quoted as saying. Karimi admitted that the files "
                  "were lost.")
    for words in ("moved them at night", "files were lost"):
        a = _find(doc, words)
        assert (a.source_type, a.source_country) == ("government", "IQ")


def test_a_critic_of_a_state_s_government_is_no_official(extract) -> None:
    doc = extract("Omar Haddad, a critic of Iran's government, spoke on Monday. Haddad said the vote was rigged.")
    assert _find(doc, "vote was rigged").source_type == "person"


def test_lifesitenews_is_an_outlet(extract) -> None:
    doc = extract("LifeSiteNews reported that the bishop resigned. LifeSite has confirmed that the letter was "
                  "sent.")
    for words in ("bishop resigned", "letter was sent"):
        a = _find(doc, words)
        assert (a.source_type, a.speaker_name) == ("media", "LifeSiteNews")


def test_fresh_gold_form() -> None:
    assert_fresh_gold_form(GOLDS, "real33", 8)


def test_every_fresh_surface_is_a_word_of_its_anchor() -> None:
    # the scorer takes the surface's first occurrence in its anchor: it must not sit inside another word
    for path in GOLDS:
        for art in read_gold(path):
            for sp in art["speakers"]:
                m = re.search(rf"(?<!\w){re.escape(sp['surface'])}(?!\w)", sp["anchor"])
                assert m is not None and m.start() == sp["anchor"].find(sp["surface"]), sp["anchor"]


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared")
def test_every_fresh_anchor_is_found_once_in_its_article() -> None:
    assert_anchors_found(GOLDS)


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared")
def test_real_article_figures_hold() -> None:
    fresh = scorer().score(read_gold(GOLDS[0]))
    assert fresh["type_acc"] >= 0.85 and fresh["country_acc"] >= 0.75 and fresh["found"] >= 0.90
