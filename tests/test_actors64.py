"""Actors of round 64 (branch ``actors64``): on a wire story (a capitals title line, a blank line), "<X> and Co
(Inc)" is one company; a company's short name, its initials and its bracketed ticker are its mentions (a region's
name that the dictionary reads as a country too); a company of no country with a bare ticker is American;
"<City>-based" gives the city's country; a unit, a product in an apposition, a country before "scandal", a country a
superlative ranks a company in and a list of countries after "in" are no actors; "Congressmen", "Administration
officials" and "<country> trading partners" are groups.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of, codes_of, surfaces

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def test_actors64_and_co_is_one_company(pipeline: Pipeline) -> None:
    text = ("ORVALE <ORV> SIGNS LICENCE\n\n"
            "Orvale Corp said it signed a licence with Brenholt and Co Inc for its new coating. Orvale was "
            "advised by Tamsett Carlow Quill and Co.")
    found = actors_of(pipeline, text)
    assert "Brenholt and Co Inc" in found and "Co Inc" not in found
    assert codes_of(found, "Brenholt and Co Inc") == {"USA"}
    assert "Tamsett Carlow Quill and Co" in found and "Co" not in found


def test_actors64_initials_keep_the_company_code(pipeline: Pipeline) -> None:
    text = ("GARLAND <GLD> BIDS FOR KESSEN ROWE\n\n"
            "Garland Freight Inc said it offered 30 dlrs a share for Kessen Rowe Airlines <KRW>. Garland said KRA had "
            "not replied. A Garland spokesman said KRA's board would meet on Friday.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "KRA") == {"USA"}
    assert codes_of(found, "Kessen Rowe Airlines") == {"USA"}


def test_actors64_region_name_of_a_company_is_the_company(pipeline: Pipeline) -> None:
    text = ("PIEDMONT <PDA> HAS NO COMMENT\n\n"
            "Piedmont Aviation Inc declined to discuss the bid. Piedmont's board met today, and "
            "Wexcombe Corp said it expected an answer from Piedmont next week.")
    found = actors_of(pipeline, text)
    assert "Italy" not in found
    assert codes_of(found, "Wexcombe Corp") == {"USA"}
    assert codes_of(found, "Piedmont") == {"USA"}


def test_actors64_bare_ticker_company_stays_american(pipeline: Pipeline) -> None:
    text = ("TORRANE <TRN> SEES HIGHER NET\n\n"
            "Torrane Airways <TRN> said its net would rise this year. Torrane Airways said traffic grew.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Torrane Airways") == {"USA"}


def test_actors64_city_based_company_takes_the_city_country(pipeline: Pipeline) -> None:
    text = ("MELLORAN OIL RESERVES FALL\n\n"
            "Melloran Petroleum said its reserves fell last year. The Houston-based company said it would sell "
            "some fields.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Melloran Petroleum") == {"USA"}


def test_actors64_units_products_and_affairs_are_no_actors(pipeline: Pipeline) -> None:
    text = ("HALDERN <HLD> SEES GAINS\n\n"
            "Haldern Inc earned 2.10 dlrs per ADR last year. It will sell Vorimax, a treatment for migraine, in "
            "Europe. Haldern said the Iran scandal had not hurt its sales.")
    found = actors_of(pipeline, text)
    assert "ADR" not in found and "Vorimax" not in found and "Iran" not in found


def test_actors64_superlative_and_listed_places_are_no_actors(pipeline: Pipeline) -> None:
    text = ("CORRADINE PROFIT FALLS\n\n"
            "Corradine Holdings PLC, the largest glass maker in the United Kingdom, said its profit fell. Most of "
            "its output is in Ireland, Portugal and Greece.")
    found = actors_of(pipeline, text)
    for name in ("United Kingdom", "Ireland", "Portugal", "Greece"):
        assert name not in found


def test_actors64_congress_groups_and_trading_partners(pipeline: Pipeline) -> None:
    text = ("DUTCH MINISTER WARNS ON SHOE BILL\n\n"
            "A Dutch minister said Congress should drop its shoe bill. He met Administration officials and "
            "Congressmen this week, and said U.S. trading partners would answer any quota.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Congressmen") == {"USA"}
    assert codes_of(found, "Administration officials") == {"USA"}
    assert "trading partners" in surfaces(found)


def test_actors64_not_on_stories_without_a_wire_title(pipeline: Pipeline) -> None:
    text = ("Haldern Inc earned 2.10 dlrs per ADR last year, it said on Monday.\n\n"
            "Its chief met Congressmen in Washington.")
    found = actors_of(pipeline, text)
    assert "Congressmen" not in found


def test_actors64_gold_form() -> None:
    for name, count in (("actors_real64.jsonl", 5), ("actors_real64_heldout.jsonl", 3)):
        rows = [json.loads(line) for line in (ROOT / "tests" / "gold" / name).read_text(encoding="utf-8").splitlines()]
        assert len(rows) == count
        for row in rows:
            assert row["path"].startswith("../wekareuters/") and len(row["sha256"]) == 64
            assert all(set(a) == {"name", "mentions", "code"} and a["mentions"] for a in row["actors"])
