"""Attributions, round 95: shapes of the development errors on round 95's gold (1987 wire stories on governments,
economies and companies). Sentences written for the test, not taken from any article, the names invented. The rule
tests fail on main; the guards pass on both."""

from __future__ import annotations

from pathlib import Path

import pytest

from spinscope.components.attribution.round95 import round95_attributions
from spinscope.components.attribution.sources import load_source_table
from spinscope.result import Attribution, Span
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
HEAD = "HARBOUR NEWS\n\n"
WIRE = "FARLEY <FRL> SEES SLOWER SALES\n\n"


OFFICER = (WIRE + "The modest level of new orders suggests that there is room for lower prices, but the board is "
           "unlikely to act soon, said T.R. Farley and Co Inc chairman Martin Dorne.\n\n"
           "He said the harbour trade would pick up in the autumn.\n\n"
           "Dorne reiterated earlier forecasts that sales would grow by five pct.\n")


def test_a_postposed_officer_after_a_firm_with_and_co_speaks() -> None:
    t, rows = _rows(OFFICER)
    said = [a for a in rows if _cue(t, a) == "said" and "Dorne" in (_speaker(t, a) or "")]
    assert said, rows
    assert _content(t, said[0]).startswith("The modest level of new orders suggests"), rows
    assert said[0].source_type == "person" and said[0].speaker_name == "Martin Dorne" and said[0].named, rows
    assert said[0].source_country == "US", rows
    assert not [a for a in rows if _cue(t, a) == "suggests"], rows


def test_the_officer_again_by_pronoun_and_surname() -> None:
    t, rows = _rows(OFFICER)
    later = [a for a in rows if _speaker(t, a) in ("He", "Dorne")]
    assert len(later) == 2, rows
    assert all(a.speaker_name == "Martin Dorne" and a.source_type == "person" for a in later), rows


STATES = ("COPPER GROUP SAYS QUOTAS AGREED\n\n"
          "Peru will hold back part of its copper sales for a year under an Association of Copper Exporting "
          "Countries (ACEC) plan to curb sales, the ACEC said.\n\n"
          "ACEC Executive Director Paulo Venn told Reuters he had a letter from Peru on the plan.\n\n"
          "All ACEC members but Peru and Australia have lately agreed to keep to the quotas. Australia said its "
          "share was close to what it mines in a year.\n\n"
          "The ACEC consists of Malaysia, Zambia, Australia and Peru.\n")


def test_a_body_of_states_and_its_officer_have_no_country() -> None:
    t, rows = _rows(STATES)
    body = [a for a in rows if _speaker(t, a) == "the ACEC"]
    assert body and body[0].source_country is None and body[0].source_type == "organization", rows
    assert body[0].speaker_name == "Association of Copper Exporting Countries", rows
    venn = [a for a in rows if "Venn" in (_speaker(t, a) or "")]
    assert venn and venn[0].source_country is None, rows


def test_the_members_of_a_body_of_states_are_governments() -> None:
    t, rows = _rows(STATES)
    members = [a for a in rows if "members" in (_speaker(t, a) or "")]
    assert members and members[0].source_type == "government" and not members[0].named, rows
    assert members[0].source_country is None, rows
    australia = [a for a in rows if _speaker(t, a) == "Australia"]
    assert australia and australia[0].source_country == "AU", rows  # a member speaking for itself keeps its own


def test_an_acronym_speaker_is_named_in_full() -> None:
    t, rows = _rows(HEAD + "The ministry is studying a proposal from the Upland Grazing Board (UGB) to limit the "
                    "sale of young lambs. The UGB says this would help slow the spread of the disease.\n")
    says = [a for a in rows if _cue(t, a) == "says"]
    assert says and says[0].speaker_name == "Upland Grazing Board", rows


def test_a_company_short_name_takes_the_full_name() -> None:
    t, rows = _rows(WIRE + "Northern Westbrook Co said it has bought a stake in Lomax Inc.\n\n"
                    "Westbrook said the price was fair. The company said it would pay in cash.\n")
    said = [a for a in rows if _cue(t, a) == "said"]
    assert len(said) == 3, rows
    assert [a.speaker_name for a in said] == ["Northern Westbrook Co"] * 3, rows


def test_a_study_in_a_journal_is_named_by_the_journal() -> None:
    text = HEAD + "A study published in the Harbour Review of Medicine stated that the drug had slowed the illness.\n"
    subj = "A study published in the Harbour Review of Medicine"
    content = "the drug had slowed the illness"
    cue_at = text.index("stated")
    rec = Attribution(start=text.index(subj), end=text.index(content) + len(content), label="indirect", score=0.5,
                      evidence="test", kind="indirect",
                      speaker=Span(start=text.index(subj), end=text.index(subj) + len(subj), label="speaker",
                                   score=0.5, evidence="test"),
                      cue=Span(start=cue_at, end=cue_at + 6, label="cue", score=0.5, evidence="test"),
                      content=Span(start=text.index(content), end=text.index(content) + len(content),
                                   label="content", score=0.5, evidence="test"),
                      source_type="report", speaker_name="study", named=False)
    out = round95_attributions(text, [rec], load_source_table())
    assert out[0].named and out[0].speaker_name == "Harbour Review of Medicine", out


def test_guard_a_postposed_name_with_no_role_is_left() -> None:
    t, rows = _rows(HEAD + "Prices will fall soon, said Martin Dorne.\n\nHe said the harbour would be busy.\n")
    said = [a for a in rows if _cue(t, a) == "said"]
    assert said and all(a.evidence is None or "round95" not in a.evidence for a in rows), rows


def test_an_acronym_of_a_national_body_is_named_and_keeps_its_country() -> None:
    t, rows = _rows("U.K. BOARD DETAILS SALES\n\nThe Upland Grazing Board (UGB) said sales rose in London. "
                    "The UGB said prices in Britain would hold.\n")
    ugb = [a for a in rows if _speaker(t, a) == "The UGB"]
    assert ugb and ugb[0].speaker_name == "Upland Grazing Board", rows
    first = [a for a in rows if "Upland" in (_speaker(t, a) or "")]
    assert not first or first[0].source_country == ugb[0].source_country, rows


@pytest.mark.parametrize("name", [f"{layer}_real95{part}.jsonl" for layer in ("attributions", "sources")
                                  for part in ("", "_heldout")])
def test_round95_gold_files_name_their_articles(name: str) -> None:
    assert_gold_names_its_articles(name)


SOURCE_GOLDS = [ROOT / "tests/gold/sources_real95.jsonl", ROOT / "tests/gold/sources_real95_heldout.jsonl"]


def test_round95_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real95", 8, extra_keys=frozenset({"sha256"}),
                           prefixes=("../wekareuters/",))


def test_round95_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (SHARED / "../wekareuters/train").is_dir():
        pytest.skip("wekareuters articles missing (events71's unpacking, /work/wekareuters)")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)
