"""Actors of round 63 (branch ``actors63``): on a wire story (a capitals title line, a blank line), a name only in
a table of figures is no actor, "OECD" is the OECD, an oil grade or a zone's first word is no actor, nor a
"Secretary of State for X" cut, a country before a sea, an exchange as a venue or the country after "<company SPA>
of"; a "PLC" defaulted to American is British, a short name takes its "<X> Group"'s key, a bracketed SPA company is
Italian, and "the government" of a story whose title names one country is that country's.

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
OECD = "Organisation for Economic Cooperation and Development"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def test_actors63_table_only_countries_are_no_actors(pipeline: Pipeline) -> None:
    text = ("TIN OUTPUT EDGES UP IN MAY\n\n"
            "Bolivia said its mines worked two extra shifts in May.\n\n"
            "Output by country, in tonnes - COUNTRY MAY APRIL BOLIVIA 410 380 MALAYSIA 520 515 THAILAND 300 290")
    found = actors_of(pipeline, text)
    assert "Malaysia" not in found and "Thailand" not in found
    assert "BOLIVIA" in surfaces(found)  # named in the story too: its row stays


def test_actors63_oecd_initials_are_the_oecd(pipeline: Pipeline) -> None:
    text = ("OECD SEES SLOWER GROWTH IN NORWAY\n\n"
            "Norway's economy will grow more slowly next year, the OECD said, and OECD officials urged lower spending.")
    found = actors_of(pipeline, text)
    assert found[OECD][2].count("OECD") == 3
    assert codes_of(found, "OECD") == {"IGO"}


def test_actors63_oil_grades_and_zones_are_no_actors(pipeline: Pipeline) -> None:
    text = ("GABON OUTPUT FALLS\n\n"
            "Traders say Gabon's buyers think its Mandji grades cost too much next to Forcados crudes.\n\n"
            "The figures include Gabon's share of Partition Zone output.")
    names = surfaces(actors_of(pipeline, text))
    for word in ("Mandji", "Forcados", "Partition"):
        assert word not in names


def test_actors63_state_for_cut_and_sea_are_no_actors(pipeline: Pipeline) -> None:
    text = ("PORTUGAL CUTS DUTY\n\n"
            "Secretary of State for Industry, Rui Almada Neves, said oil from the U.K. North Sea would pay less duty.")
    found = actors_of(pipeline, text)
    assert "State for Industry" not in found
    assert "United Kingdom" not in found


def test_actors63_exchange_venue_and_company_home_are_no_actors(pipeline: Pipeline) -> None:
    text = ("BORVENTO UNIT PROFIT RISES\n\n"
            "<Borvento SPA> of Italy said its Lattoro unit will be listed on the Turin exchange next year. Its shares "
            "also trade on the New York Stock exchange.")
    found = actors_of(pipeline, text)
    assert "Italy" not in found
    assert "New York Stock exchange" not in found


def test_actors63_plc_is_british_and_group_short_name(pipeline: Pipeline) -> None:
    text = ("VELLAND <VLD> SELLS JUICE UNIT\n\n"
            "Velland Corp sold its juice unit to Harcastle PLC's Brindle Inc for 90 mln dlrs. Velland said the "
            "Tarsolo Group's board agreed, and Tarsolo will keep its stake. Velland named a director of "
            "<Pennaro SPA> to the board.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "Harcastle PLC") == {"GBR"}
    assert codes_of(found, "Tarsolo") == codes_of(found, "Tarsolo Group")
    assert codes_of(found, "Pennaro SPA") == {"ITA"}


def test_actors63_government_of_the_title_country(pipeline: Pipeline) -> None:
    text = ("AUSTRIA LIFTS BOND QUOTA\n\n"
            "The central bank raised its quota on bond sales. The government said the move would help exporters.")
    found = actors_of(pipeline, text)
    assert codes_of(found, "government") == {"AUT"}


def test_actors63_not_on_stories_without_a_wire_title(pipeline: Pipeline) -> None:
    text = ("Austria lifted its bond quota on Tuesday.\n\n"
            "The government said the move would help exporters, but the OECD said it came late.")
    found = actors_of(pipeline, text)
    assert "government" not in surfaces(found)


def test_actors63_gold_form() -> None:
    for name, count in (("actors_real63.jsonl", 5), ("actors_real63_heldout.jsonl", 3)):
        rows = [json.loads(line) for line in (ROOT / "tests" / "gold" / name).read_text(encoding="utf-8").splitlines()]
        assert len(rows) == count
        for row in rows:
            assert row["path"].startswith("../wekareuters/") and len(row["sha256"]) == 64
            assert all(set(a) == {"name", "mentions", "code"} and a["mentions"] for a in row["actors"])
