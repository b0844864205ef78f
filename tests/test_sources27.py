"""Source typing on real articles, round 27 (issue 16): the country a one-country story implies for its office
holders, people who speak for a body by their office ("X, CEO of Y"), legislators' and cabinet secretaries'
titles, on sentences of our own; and the fresh real-article gold (tests/gold/sources_real27.jsonl)."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from tests.test_attribution import _find

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "gold" / "sources_real27.jsonl"

SWEDISH_STORY = ("The Swedish cabinet met in Stockholm on Monday. Sweden has seen more crime this year, and Swedish "
                 "voters are worried. ")


def test_an_office_holder_in_a_one_country_story_takes_its_country(extract) -> None:
    doc = extract(SWEDISH_STORY + "Justice Minister Karl Lind said the police would get more money.")
    a = _find(doc, "the police would get more money")
    assert a.source_type == "government"
    assert a.source_country == "SE"


def test_no_country_is_implied_when_two_countries_share_the_story(extract) -> None:
    doc = extract("Finland and Russia traded threats again. Finnish leaders met in Helsinki. Russia moved troops. "
                  "Finland asked for help. Russia denied it. Deputy Foreign Minister Ivan Petrov said the talks "
                  "were over.")
    assert _find(doc, "the talks were over").source_country is None


def test_an_office_of_a_body_above_states_takes_no_country_from_the_story(extract) -> None:
    doc = extract("NATO ministers met in Berlin to talk about Germany. Germany wants more troops, German officials "
                  "said. NATO Secretary-General Jan Holm said the alliance was united.")
    assert _find(doc, "the alliance was united").source_country is None


def test_us_party_tags_make_legislators_of_the_united_states(extract) -> None:
    doc = extract("Sen. Ann Price (D-OR) said the bill would fail. Rep. Tom Hale (R-TX) said the bill would pass.")
    for words in ("the bill would fail", "the bill would pass"):
        a = _find(doc, words)
        assert a.source_type == "politician"
        assert a.source_country == "US"


def test_a_cabinet_secretary_is_a_government_source(extract) -> None:
    doc = extract("Defence Secretary Tom Bell said the army would grow. “We are ready,” Mr. Bell said.")
    assert _find(doc, "the army would grow").source_type == "government"
    assert _find(doc, "We are ready").source_type == "government"


def test_a_vice_speaker_is_a_politician(extract) -> None:
    doc = extract("Vice Speaker Oleg Sidorov said the gas would be cut.")
    assert _find(doc, "the gas would be cut").source_type == "politician"


def test_a_ceo_speaks_for_the_company_and_stays_the_speaker(extract) -> None:
    doc = extract("Paul Ames, CEO of Corvel Systems, said the plant would close. He said the jobs would move.")
    first, second = _find(doc, "the plant would close"), _find(doc, "the jobs would move")
    # a named person stays a person (issue 16 lists "named people typed organization" as an error); the company
    # is his affiliation
    assert first.source_type == second.source_type == "person"
    assert first.speaker_name == second.speaker_name == "Paul Ames"
    assert first.named and second.named
    assert first.affiliation == "Corvel Systems"


def test_a_founder_named_before_the_name_speaks_for_the_body(extract) -> None:
    doc = extract("Acme Robotics founder Jane Doe said sales fell in the spring.")
    a = _find(doc, "sales fell in the spring")
    assert a.source_type == "person"
    assert a.speaker_name == "Jane Doe"
    assert a.affiliation == "Acme Robotics"


def test_a_lab_director_is_an_academic_of_the_lab(extract) -> None:
    # round 80 (src80): the sources golds type a named head of a lab or an institute academic (40 gold speakers)
    doc = extract("Wang Li, director of Hanshan Lab, said the work was new.")
    a = _find(doc, "the work was new")
    assert a.source_type == "academic" and a.affiliation == "Hanshan Lab"


def test_an_office_of_a_country_is_no_body(extract) -> None:
    doc = extract("Oleg Sidorov, deputy chairman of the Russian parliament's defence committee, said the missiles "
                  "were ready.")
    a = _find(doc, "the missiles were ready")
    assert a.source_type == "politician"
    assert a.source_country == "RU"


def _gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_fresh_gold_holds_paths_and_short_anchors_only() -> None:
    types = {"government", "politician", "media", "organization", "academic", "report", "person", "anonymous"}
    gold = _gold()
    assert len(gold) == 10
    for art in gold:
        assert art["path"].startswith("data/") and art["path"].endswith(".txt")
        for sp in art["speakers"]:
            assert len(sp["anchor"].split()) <= 7
            assert sp["surface"] in sp["anchor"]
            assert sp["type"] in types
            assert sp["country"] is None or re.fullmatch(r"[A-Z]{2}", sp["country"])


def _scorer():
    spec = importlib.util.spec_from_file_location("score26", ROOT / "scripts" / "sources26" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is absent")
def test_every_fresh_anchor_is_found_once_in_its_article() -> None:
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths

    score = _scorer()
    for art in _gold():
        text = make_document(next(iter(iter_paths([SHARED / art["path"]])))).text
        for sp in art["speakers"]:
            assert score.locate(text, sp["anchor"], sp["surface"]) is not None, sp["anchor"]


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is absent")
def test_real_article_figures_hold() -> None:
    score = _scorer()
    fresh = score.score(_gold())
    # the gold types people who speak for a body by the body; spinscope keeps them persons (issue 16), so the
    # type figures sit a little under the branch's tuned ones
    assert fresh["type_acc"] >= 0.69 and fresh["country_acc"] >= 0.69 and fresh["found"] >= 0.92
    old = score.score(score.load_gold(ROOT / "tests" / "gold" / "sources_real26.jsonl"))
    assert old["type_acc"] >= 0.73 and old["country_acc"] >= 0.40
