"""Attributions, round 107: shapes of the development errors on round 107's gold (1987 wire: a disposal, a bid,
results notes, a river's high water) and the lead's two leads of round 55. Sentences written for the test, not
taken from any article, the names invented. The rule tests fail on main; the guards pass on both."""

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

DISPOSAL = ("BRAVO FOODS SELLS CANNING UNIT\n\n"
            "Bravo Foods Inc said it had agreed to sell its canning unit to a private group.\n\n"
            "A Bravo official declined to say what price the buyers had agreed to pay.\n")

RESULTS = ("DELTA MILLS 2ND QTR NET\n\n"
           "Shr profit ten cts vs loss 40 cts\n\n"
           "NOTE: The qtr includes charges of 400,000 and 900,000 for plant closing costs which were charged against "
           "earlier reserves.\n")

BID = ("KORVIN UNIT BIDS FOR MARLOW\n\n"
       "Korvin Corp said it made an offer for Marlow Industries Inc.\n\n"
       "The rest of Marlow's stock is owned by members of Marlow management and two pension funds.\n\n"
       "Last year Marlow was acquired by Tessel Inc in a buyout.\n")

RIVER = ("BARGES HELD UP ON THE ODER\n\n"
         "Barge traffic on the Oder was stopped near Frankfurt on Monday, port authority officials said.\n\n"
         "Boats were held up for two hours near Szczecin but the ban was lifted by noon, the officials said.\n")

BUND = ("BUND YIELDS EASE\n\n"
        "Comments by Bundesbank board member Otto Brenner yesterday that rates should fall to slow credit growth, "
        "and by Hamburg state central bank president Karl Falk that there was room for a lower discount rate had, "
        "however, little effect.\n")

LISTENER = ("NORSK BANK POSTS LOSS\n\n"
            "Fjord Bank A/S said it made a loss in 1986.\n\n"
            "Fjord's Bergen treasury head Arne Holm told Reuters, the bank lost money because of a slump in shipping "
            "loans.\n")

MERGER = ("TORVAL UNIT SEEKS REST OF HALDEN\n\n"
          "Beta Care Corp, a fully owned unit of Torval and Co, said it made a merger offer to the board of HGR "
          "Holding Co, the parent of Halden Health Corp, which is 60 pct owned by Torval interests.\n\n"
          "The rest of HGR's common stock is held by members of Halden management and two banks.\n\n"
          "Halden now runs 30 clinics in 12 states.\n\n"
          "Terms of the offer were not disclosed. Company officers could not be reached.\n\n"
          "The offer provides that HGR would become a fully owned unit of Beta and that the HGR holders would become "
          "holders of Beta, it said.\n")


def _content(t: str, a) -> str:  # type: ignore[no-untyped-def]
    return t[a.content.start:a.content.end]


def test_a_refusal_naming_what_was_withheld_is_no_record() -> None:
    t, rows = _rows(DISPOSAL)
    assert not [a for a in rows if (_cue(t, a) or "").endswith("declined")], rows
    assert [a for a in rows if _content(t, a).startswith("it had agreed")], rows


def test_charges_of_an_amount_are_no_record() -> None:
    t, rows = _rows(RESULTS)
    assert not [a for a in rows if "charge" in (_cue(t, a) or "")], rows


def test_a_deal_s_passive_acts_are_no_records() -> None:
    t, rows = _rows(BID)
    assert not [a for a in rows if _cue(t, a) in ("owned", "acquired")], rows
    assert [a for a in rows if _cue(t, a) == "said"], rows


def test_a_final_tag_after_but_takes_the_whole_sentence() -> None:
    t, rows = _rows(RIVER)
    tag = [a for a in rows if _speaker(t, a) == "the officials"]
    assert tag and _content(t, tag[0]).startswith("Boats were held up"), rows


def test_authority_officials_are_the_state() -> None:
    t, rows = _rows(RIVER)
    first = [a for a in rows if (_speaker(t, a) or "").endswith("port authority officials")]
    assert first and first[0].source_type == "government" and not first[0].named, rows


def test_a_second_by_agent_of_comments_gets_its_record() -> None:
    t, rows = _rows(BUND)
    brenner = [a for a in rows if "Otto Brenner" in (_speaker(t, a) or "")]
    falk = [a for a in rows if "Karl Falk" in (_speaker(t, a) or "")]
    assert brenner and _content(t, brenner[0]).endswith("slow credit growth"), rows
    assert falk and _content(t, falk[0]).startswith("there was room"), rows
    assert falk[0].speaker_name == "Karl Falk", rows


def test_told_reuters_comma_clause_is_a_record() -> None:
    t, rows = _rows(LISTENER)
    told = [a for a in rows if _cue(t, a) == "told"]
    assert told and _content(t, told[0]).startswith("the bank lost money"), rows
    assert told[0].speaker_name == "Arne Holm" and told[0].source_type == "person", rows


def test_an_unsure_it_is_the_company_that_spoke() -> None:
    t, rows = _rows(MERGER)
    it = [a for a in rows if _speaker(t, a) == "it"]
    assert it and it[0].speaker_name == "Beta Care Corp", rows


def test_made_a_counter_proposal_that_is_no_record() -> None:
    t, rows = _rows("HUGO CORP SEEKS TALKS\n\nHugo's directors made a counter proposal that both firms merge "
                    "their oil units first.\n\nHugo said it still wanted a merger with Selden Inc.\n")
    assert not [a for a in rows if _cue(t, a) == "proposal"], rows
    assert [a for a in rows if _cue(t, a) == "said"], rows


def test_guard_declined_to_name_stays() -> None:
    t, rows = _rows("OSKAR BANK SELLS LOANS\n\nOskar Bank said it had sold the loans to a Dutch lender, but declined "
                    "to name the buyer.\n")
    assert [a for a in rows if (_cue(t, a) or "").endswith("declined")], rows


def test_guard_charges_of_fraud_stay_a_record() -> None:
    t, rows = _rows("The prosecutor's charges of fraud against the two bankers were dismissed on Friday.\n")
    assert [a for a in rows if "charge" in (_cue(t, a) or "") and _content(t, a).startswith("fraud")], rows


def test_guard_off_the_wire_a_passive_act_and_a_refusal_stay() -> None:
    t, rows = _rows("The rest of Marlow's stock is owned by members of Marlow management and two pension funds.\n"
                    "The mayor declined to say how much the city would pay for the stadium.\n")
    assert [a for a in rows if _cue(t, a) == "owned"], rows
    assert [a for a in rows if _cue(t, a) == "declined"], rows


@pytest.mark.parametrize("name", [f"{layer}_real107{part}.jsonl" for layer in ("attributions", "sources")
                                  for part in ("", "_heldout")])
def test_round107_gold_files_name_their_articles(name: str) -> None:
    assert_gold_names_its_articles(name)


SOURCE_GOLDS = [ROOT / "tests/gold/sources_real107.jsonl", ROOT / "tests/gold/sources_real107_heldout.jsonl"]


def test_round107_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real107", 10, extra_keys=frozenset({"sha256"}),
                           prefixes=("../wekareuters/",))


def test_round107_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (SHARED / "../wekareuters/train").is_dir():
        pytest.skip("wekareuters articles missing (events71's unpacking, /work/wekareuters)")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)
