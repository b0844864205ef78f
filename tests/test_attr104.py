"""Attributions, round 104: shapes of the development errors on round 104's gold (1987 wire stories: a UN agency's
outlook, a supply table, two farm groups' letter, a cabinet secretary on a currency, a railroad's appeal) and the
lead's open leads of round 54. Sentences written for the test, not taken from any article, the names invented. The
rule tests fail on main; the guards pass on both."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.attribution_rows import content_text as _content
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

OUTLOOK = ("RICE STOCKS SEEN HIGHER IN 1988\n\n"
           "The rice board said world output would rise slightly next season.\n\n"
           "World rice stocks were forecast to rise 12 mln tonnes to a record 60 mln tonnes.\n\n"
           "The Fisheries Department detailed catch data for major ports, by port, as follows in tonnes --\n\n"
           "The tribunal had ordered the airline to sell one of its two carriers but stayed its ruling.\n\n"
           "If the tribunal decides not to hear the appeal, the sale will go ahead.\n")


def test_a_sourceless_passive_forecast_on_the_wire_is_no_record() -> None:
    t, rows = _rows(OUTLOOK)
    assert not [a for a in rows if _cue(t, a) == "forecast"], rows
    assert [a for a in rows if _speaker(t, a) == "The rice board"], rows


def test_detailed_ordered_and_decides_on_the_wire_are_no_records() -> None:
    t, rows = _rows(OUTLOOK)
    assert not [a for a in rows if (_cue(t, a) or "").split()[0:1] in (["detailed"], ["ordered"], ["decides"])], rows


def test_guard_a_passive_forecast_off_the_wire_is_kept() -> None:
    text = ("Fire crews worked through the night near the town. Hot and dry weather is forecast to continue "
            "until the weekend, and residents were told to stay alert.\n")
    t, rows = _rows(text)
    assert [a for a in rows if _cue(t, a) == "forecast"], rows


def test_and_wants_joins_the_first_record() -> None:
    text = ("MANILA KEEPS RATE POLICY\n\n"
            "Budget Secretary Ramon Albano has said the deficit will narrow and wants spending to be cut "
            "further.\n")
    t, rows = _rows(text)
    assert not [a for a in rows if _cue(t, a) == "wants"], rows
    said = [a for a in rows if (_speaker(t, a) or "").startswith("Budget Secretary")]
    assert said and _content(t, said[0]).endswith("to be cut further"), rows


SECRETARY = ("MANILA SEES SLOWER GROWTH\n\n"
             "Growth in the Philippines will slow this year, Economic Planning Secretary Rosa Dimalanta told "
             "reporters.\n\n"
             "Budget Secretary Ramon Albano has said the government will keep spending flat.\n\n"
             "Dimalanta said Albano was looking at growth from the point of view of the budget. \"If rates go up, "
             "our costs go up,\" she said.\n\n"
             "She said she did not oppose the budget office.\n\n"
             "\"It is a question of prices. Nothing more.\"\n")


def test_a_cabinet_secretary_is_government_and_her_later_records_follow() -> None:
    _t, rows = _rows(SECRETARY)
    hers = [a for a in rows if a.speaker_name == "Rosa Dimalanta"]
    assert len(hers) >= 3, rows
    assert all(a.source_type == "government" for a in hers), rows


def test_an_untagged_quotation_takes_the_speaker_of_its_span() -> None:
    t, rows = _rows(SECRETARY)
    untagged = [a for a in rows if a.cue is None and _content(t, a).startswith("It is a question")]
    assert untagged and untagged[0].speaker_name == "Rosa Dimalanta", rows


def test_guard_a_press_secretary_and_a_secretary_general_stay() -> None:
    text = ("UNION CHIEF WARNS ON PAY\n\n"
            "Pay talks will fail, union Secretary-General Karl Mostert said.\n\n"
            "Company secretary Anna Varga said the board would meet on Monday.\n")
    _t, rows = _rows(text)
    assert not [a for a in rows if a.source_type == "government"], rows


GROUPS = ("GRAIN GROUPS URGE ACTION\n\n"
          "Farm subsidies must be cut worldwide, two Canadian grain organizations said.\n\n"
          "Export credits should be limited, the president of the Prairie Oat Growers Association and the "
          "chairman of Northern Barley Associates said in a letter.\n\n"
          "Both proposals are flawed, the two organizations said.\n\n"
          "Other exporters have gained from higher prices, they said.\n")


def test_a_group_s_anaphor_takes_the_group_s_country() -> None:
    t, rows = _rows(GROUPS)
    later = [a for a in rows if _speaker(t, a) in {"the two organizations", "they"}]
    assert len(later) == 2 and all(a.source_country == "CA" for a in later), rows


def test_the_heads_of_trade_bodies_are_an_organization() -> None:
    t, rows = _rows(GROUPS)
    heads = [a for a in rows if (_speaker(t, a) or "").startswith("the president")]
    assert heads and heads[0].source_type == "organization" and not heads[0].state_affiliated, rows


LEADS = ("CURRENCY TALKS END IN PARIS\n\n"
         "G-5 members France, Britain, West Germany, Japan and the U.S. said in a statement they would cooperate "
         "closely to keep rates stable.\n\n"
         "Merchant bank Dorne, Kuipers en Dorne - in a note to clients - said growth was now seen at two pct.\n\n"
         "Company sources currently in talks with Nigeria agree, saying that Nigerian gas would only cover winter "
         "demand.\n")


def test_a_member_list_of_countries_is_government_of_no_country() -> None:
    t, rows = _rows(LEADS)
    members = [a for a in rows if (_speaker(t, a) or "").startswith("G-5 members")]
    assert members and members[0].source_type == "government" and members[0].source_country is None, rows


def test_a_merchant_bank_named_by_its_partners_is_an_organization() -> None:
    t, rows = _rows(LEADS)
    bank = [a for a in rows if (_speaker(t, a) or "").startswith("Merchant bank")]
    assert bank and bank[0].source_type == "organization", rows


def test_company_sources_are_anonymous_of_no_country() -> None:
    t, rows = _rows(LEADS)
    src = [a for a in rows if (_speaker(t, a) or "").startswith("Company sources")]
    assert src and src[0].source_type == "anonymous" and src[0].source_country is None, rows


def test_a_statistics_department_and_a_union_take_the_story_s_country() -> None:
    text = ("RETAIL SALES FALL IN MARCH\n\n"
            "Retail sales in Norway fell 1.2 pct in March from February, the Statistics Department said.\n\n"
            "Meanwhile, the dock workers' union, KVB, called a strike for Monday.\n\n"
            "The KVB said its members had voted for the strike.\n")
    t, rows = _rows(text)
    stats = [a for a in rows if _speaker(t, a) == "the Statistics Department"]
    union = [a for a in rows if _speaker(t, a) == "The KVB"]
    assert stats and stats[0].source_country == "NO", rows
    assert union and union[0].source_country == "NO", rows


def test_guard_a_union_in_a_story_of_two_countries_gets_none() -> None:
    text = ("PORT STRIKE SPREADS\n\n"
            "Dock workers in Norway and Sweden stopped work on Monday, shippers said.\n\n"
            "The KVB union said its members would stay out until Friday.\n")
    t, rows = _rows(text)
    union = [a for a in rows if (_speaker(t, a) or "").startswith("The KVB")]
    assert union and union[0].source_country is None, rows


@pytest.mark.parametrize("name", [f"{layer}_real104{part}.jsonl" for layer in ("attributions", "sources")
                                  for part in ("", "_heldout")])
def test_round104_gold_files_name_their_articles(name: str) -> None:
    assert_gold_names_its_articles(name)


SOURCE_GOLDS = [ROOT / "tests/gold/sources_real104.jsonl", ROOT / "tests/gold/sources_real104_heldout.jsonl"]


def test_round104_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real104", 10, extra_keys=frozenset({"sha256"}),
                           prefixes=("../wekareuters/",))


def test_round104_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (SHARED / "../wekareuters/train").is_dir():
        pytest.skip("wekareuters articles missing (events71's unpacking, /work/wekareuters)")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)
