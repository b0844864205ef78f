"""Attributions, round 108: shapes of the development errors on round 108's gold and on the wire stories of the
older development golds (results, officers, initials, workers' leaders, countries). Sentences written for the
test, not taken from any article, the names invented. The rule tests fail on main; the guards pass on both."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.attribution_rows import cue_text as _cue
from tests.attribution_rows import records as _rows
from tests.attribution_rows import speaker_text as _speaker
from tests.sources_gold import (
    assert_anchors_found,
    assert_articles_unchanged,
    assert_fresh_gold_form,
    assert_gold_names_its_articles,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

AIRLINE = ("BORVAL <BRV> ASKS REGULATORS TO BLOCK SKYLINE\n\n"
           "Borval Holdings Corp said it asked regulators to stop a takeover bid by Northern Coast Airways Inc.\n\n"
           "NCA said it owns about 12 pct of Borval's shares.\n\n"
           "Yesterday Borval reported fourth quarter net of about 4.1 mln dlrs against a loss a year earlier.\n\n"
           "NCA vice president general counsel Harold Pimley said the airline had filed every paper the law "
           "asks for.\n")

RESULTS_CLAUSE = ("DELMORE <DLM> RESULTS\n\n"
                  "Delmore Corp said its chairman would retire in May.\n\n"
                  "It reported first quarter net fell to 2.1 mln dlrs from 3.3 mln dlrs.\n")

PITS = ("TIN MINERS BACK STRIKE CALL\n\n"
        "About 9,000 tin miners met in La Paz to back a strike across Bolivia's state mines.\n\n"
        "The miners' leaders also demanded higher pay for night shifts in Bolivia.\n")

STATS = ("NORWAY TRADE GAP WIDENS\n\n"
         "Norway's trade gap widened to 310 mln dlrs in January from 250 mln in December, the statistics "
         "department said.\n\n"
         "Exports fell to 1.2 billion dlrs from 1.3 billion, it said.\n")

MAPLE = ("MAPLEWOOD <MPW> IN TALKS ON ONTARIO MILL\n\n"
         "<Maplewood Forest Corp> said it was in talks to buy a paper mill in Ontario from a Canadian group.\n\n"
         "The company said it expected a deal before the end of the month, its first outside British Columbia "
         "in Canada.\n")

RALLY = ("DOCKERS RALLY FOR PAY\n\n"
         "About 4,000 dockers met in Lagos to back a strike if the port owners refuse to raise wages.\n\n"
         "They also supported a plan for a week of protests if the owners refused to meet them.\n\n"
         "It was not stated when the strike would begin.\n\n"
         "The Dockworkers Alliance, which claims 50,000 members, said the vote was the largest in years.\n\n"
         "The government declared a state of emergency at the harbour last year.\n")


def _text(t: str, a) -> str:  # type: ignore[no-untyped-def]
    return t[a.content.start:a.content.end]


def test_reported_results_noun_phrase_is_no_record() -> None:
    t, rows = _rows(AIRLINE)
    assert not [a for a in rows if _text(t, a).startswith("fourth quarter net")], rows


def test_guard_reported_results_clause_stays() -> None:
    t, rows = _rows(RESULTS_CLAUSE)
    assert [a for a in rows if _text(t, a).startswith("first quarter net fell")], rows


def test_a_company_officer_is_a_person_of_its_country() -> None:
    _t, rows = _rows(AIRLINE)
    officer = [a for a in rows if a.speaker_name == "Harold Pimley"]
    assert officer, rows
    assert all(a.source_type == "person" and a.source_country == "US" for a in officer), rows


def test_a_company_s_initials_name_the_company() -> None:
    t, rows = _rows(AIRLINE)
    nca = [a for a in rows if (_speaker(t, a) or "") == "NCA"]
    assert nca, rows
    assert all(a.speaker_name == "Northern Coast Airways Inc" for a in nca), rows


def test_workers_leaders_are_anonymous() -> None:
    t, rows = _rows(PITS)
    leaders = [a for a in rows if (_speaker(t, a) or "") == "The miners' leaders"]
    assert leaders, rows
    assert all(a.source_type == "anonymous" and a.source_country is None for a in leaders), rows


def test_a_department_takes_the_one_country_the_story_names() -> None:
    t, rows = _rows(STATS)
    dept = [a for a in rows if (_speaker(t, a) or "") == "the statistics department"]
    assert dept, rows
    assert all(a.source_country == "NO" for a in dept), rows


def test_a_company_in_a_canadian_story_is_canadian() -> None:
    t, rows = _rows(MAPLE)
    firm = [a for a in rows if (_speaker(t, a) or "").startswith("<Maplewood") or _speaker(t, a) == "The company"]
    assert firm, rows
    assert all(a.source_country == "CA" for a in firm), rows


def test_acts_counts_plans_conditions_and_untold_passives_are_no_records() -> None:
    t, rows = _rows(RALLY)
    cues = {(_cue(t, a) or "").lower() for a in rows}
    assert not cues & {"refuse", "refused", "supported", "claims", "declared", "stated"}, rows
    assert not [a for a in rows if _text(t, a).startswith("when the strike")], rows


def test_guard_said_in_the_rally_story_stays() -> None:
    t, rows = _rows(RALLY)
    assert [a for a in rows if _text(t, a).startswith("the vote was")], rows


@pytest.mark.parametrize("name", [f"{layer}_real108{part}.jsonl" for layer in ("attributions", "sources")
                                  for part in ("", "_heldout")])
def test_round108_gold_files_name_their_articles(name: str) -> None:
    assert_gold_names_its_articles(name)


SOURCE_GOLDS = [ROOT / "tests/gold/sources_real108.jsonl", ROOT / "tests/gold/sources_real108_heldout.jsonl"]


def test_round108_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real108", 10, extra_keys=frozenset({"sha256"}),
                           prefixes=("../wekareuters/",))


def test_round108_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (SHARED / "../wekareuters/train").is_dir():
        pytest.skip("wekareuters articles missing (events71's unpacking, /work/wekareuters)")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)
