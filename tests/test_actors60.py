"""Round 60 (actors60, issue 17): the fresh actors gold on twelve 1987 Reuters company and acquisition stories, and
the rules of ``_actors60`` (exchange tickers, company suffixes, short names, no-actor phrases, spokesmen, investor
groups). Every sentence of the rule tests is written for them."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of, codes_of, surfaces

ROOT = Path(__file__).resolve().parents[1]


def test_actors60_gold_is_reuters_gold_with_hashes() -> None:
    sizes = {"actors_real60.jsonl": 8, "actors_real60_heldout.jsonl": 4}
    for name, size in sizes.items():
        rows = [json.loads(line) for line in (ROOT / "tests" / "gold" / name).read_text(encoding="utf-8").splitlines()]
        assert len(rows) == size and all(r["path"].startswith("../reuters/") for r in rows)
        for r in rows:
            source = ROOT.parent / "shared" / r["path"]
            if not source.exists():
                pytest.skip("run scripts/reuters/fetch.py")
            assert hashlib.sha256(source.read_bytes()).hexdigest() == r["sha256"]
            text = source.read_text(encoding="utf-8")
            for actor in r["actors"]:
                for surface in actor["mentions"]:
                    assert re.search(rf"(?<!\w){re.escape(surface)}(?!\w)", text), (r["id"], surface)


# --- round 60's rules (sentences written for these tests) -------------------------------------------------------


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def test_actors60_an_exchange_ticker_gives_its_country(pipeline: Pipeline) -> None:
    text = ("HARBURY TEXTILES SELLS MILL\n\nLONDON, March 4 - <Harbury Textiles Plc> said it sold its northern mill to "
            "Kestrel Freight Corp <KFR.N> for 20 mln dlrs. Tamura Denki Co Ltd <TMDK.T> also bid for the mill.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Kestrel Freight Corp") == {"USA"}
    assert codes_of(found, "Tamura Denki Co Ltd") == {"JPN"}


def test_actors60_plc_is_british_and_inc_on_a_london_story_american(pipeline: Pipeline) -> None:
    text = ("WEXFORD BUYS TOOL MAKER\n\nLONDON, Mar 4 - <Wexford Holdings Plc> said it agreed to buy <Pinecrest "
            "Tools Inc> for 30 mln dlrs in cash. The deal needs the approval of Wexford shareholders.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Wexford Holdings Plc") == {"GBR"}
    assert codes_of(found, "Pinecrest Tools Inc") == {"USA"}


def test_actors60_inc_on_a_toronto_story_stays_canadian(pipeline: Pipeline) -> None:
    text = ("MAPLEWOOD SELLS UNIT\n\nTORONTO, March 4 - <Maplewood Foods Inc> said it agreed to sell its bakery unit "
            "for four mln dlrs, subject to regulatory approval.")
    assert codes_of(actors_of(pipeline, text), "Maplewood Foods Inc") == {"CAN"}


def test_actors60_a_company_ranked_among_a_countrys_makers_is_of_that_country(pipeline: Pipeline) -> None:
    text = ("ASHCROFT BUYS VALVE MAKER\n\nLONDON, March 4 - <Ashcroft Group Plc> said it would buy <Dunmore Valve Co> "
            "for nine mln dlrs. Dunmore Valve is one of the U.S.'s largest makers of industrial valves.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Dunmore Valve Co") == {"USA"}
    assert "United States" not in found


def test_actors60_a_short_name_takes_its_companys_key(pipeline: Pipeline) -> None:
    text = ("QUIMBY FACES CLAIM\n\nDENVER, Colo., March 4 - Harold Quimby Inc said a supplier has sued it for "
            "two mln dlrs. Harold Quimby said it would fight the suit.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Harold Quimby") == {"USA"}
    assert found[next(n for n, (_, _, s) in found.items() if "Harold Quimby" in s)][0] == "organization"


def test_actors60_government_paper_a_rule_set_and_an_office_are_no_actors(pipeline: Pipeline) -> None:
    text = ("BROKER DEAL\n\nLONDON, March 4 - <Fenwick Plc> said it would buy a broker of U.S. Government securities. "
            "The deal needs approval under U.S. Fairbank-Lowell regulations. The broker plans to open an office in "
            "Tokyo next month.")
    names = surfaces(actors_of(pipeline, text))
    assert "U.S. Government" not in names and "Fairbank-Lowell" not in names and "Tokyo" not in names


def test_actors60_a_state_before_a_known_company_is_a_longer_company(pipeline: Pipeline) -> None:
    text = ("BANK PLAN\n\nDALLAS, March 4 - Kansas Commerce Bancshares Inc said it would merge two of its banks.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Kansas Commerce Bancshares Inc") == {"USA"}


def test_actors60_an_unnamed_spokesman_in_a_wire_story_is_an_actor(pipeline: Pipeline) -> None:
    text = ("HOLLIS CUTS JOBS\n\nCHICAGO, March 4 - Hollis Wire Corp said it would cut 200 jobs at two plants, a "
            "spokesman said. Company spokesmen said the cuts would be done by June.")
    found = actors_of(pipeline, text)
    assert "spokesman" in surfaces(found) and "spokesmen" in surfaces(found)


def test_actors60_a_spokesman_outside_a_wire_story_is_left_alone(pipeline: Pipeline) -> None:
    text = "The council will review the plan next week, a spokesman said on Monday."
    assert "spokesman" not in surfaces(actors_of(pipeline, text))


def test_actors60_an_investor_group_that_files_is_an_actor(pipeline: Pipeline) -> None:
    text = ("INVESTORS RAISE STAKE\n\nWASHINGTON, March 4 - A group of Boston investors said it raised its stake in "
            "Larkspur Mills Inc to 7.1 pct. In a filing, the group said it bought the shares for investment.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "the group") == {"USA"}
