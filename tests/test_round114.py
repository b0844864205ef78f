"""Attributions, round 114: shapes of errors left on the development parts of the older wire golds (a verb that
shares a content's past perfect, a Dutch N.V., a closing ", <title> <Name> said." on a broken parse). Sentences
written for the test, not taken from any article, the names invented. The rule tests fail on main; the guards pass
on both."""

from __future__ import annotations

from tests.attribution_rows import content_text as _text
from tests.attribution_rows import cue_text as _cue
from tests.attribution_rows import records as _rows
from tests.attribution_rows import speaker_text as _speaker

SUGGEST = ("KELMAR <KLM> SAYS HOLDERS SEEK CHANGES\n\n"
           "Kelmar Corp said a group of holders of Dunford Mills Inc <DFM> wants a new board at Dunford.\n\n"
           "It said the holders had asked for the removal of three of Dunford's directors and suggested that "
           "the new board seek a buyer for the textile unit. But Kelmar said it has made no offer.\n")

ADDED = ("KELMAR <KLM> SEES BETTER YEAR\n\n"
         "Kelmar Corp said its sales rose in the first quarter.\n\n"
         "It said the outlook was good and suggested that earnings would rise in the second half.\n")

RELATIVE = ("KELMAR <KLM> SEES BETTER YEAR\n\n"
            "Kelmar Corp said its sales rose in the first quarter.\n\n"
            "It said the plan that the board had adopted was working and suggested that earnings would rise in the "
            "second half.\n")

NV = ("VELDHOVEN INTERNATIONAL SELLS KENYA UNIT\n\n"
      "Veldhoven International N.V. said it sold its unit in Kenya to a local investor group for 3.2 mln "
      "dlrs.\n\n"
      "The company said the unit makes packaging for tea exporters in Kenya.\n")

NV_PLACE = ("MARLIN SELLS KENYA UNIT\n\n"
            "Marlin Holdings N.V. of Geneva said it sold its unit in Kenya to a local investor group.\n")

LEAD = ("KINGDOM OF NORWAY ISSUES GOLD WARRANT NOTES\n\n"
        "The Kingdom of Norway is launching 150 mln Swiss francs of eight year notes with gold warrants, lead "
        "mananger Credit Suisse said.\n\n"
        "The notes carry a 4-1/4 pct coupon.\n")

PLANT = ("FIRM SAYS PLANT RESUMES\n\n"
         "Output at the Ohio plant resumed on Monday after a two week strike, plant manager Joe Smith said.\n")


def test_a_verb_sharing_the_content_s_past_perfect_is_part_of_the_content() -> None:
    t, rows = _rows(SUGGEST)
    assert not [a for a in rows if _cue(t, a) == "suggested"], rows
    it = [a for a in rows if _speaker(t, a) == "It"]
    assert len(it) == 1, rows
    assert _text(t, it[0]).startswith("the holders had asked"), rows
    assert _text(t, it[0]).endswith("a buyer for the textile unit"), rows


def test_guard_the_next_record_keeps_its_own_content() -> None:
    t, rows = _rows(SUGGEST)
    assert [a for a in rows if _text(t, a) == "it has made no offer"], rows


def test_guard_a_second_cue_after_a_simple_clause_keeps_its_record() -> None:
    t, rows = _rows(ADDED)
    sug = [a for a in rows if _cue(t, a) == "suggested"]
    assert sug and _text(t, sug[0]).startswith("earnings would rise"), rows
    said = [a for a in rows if _speaker(t, a) == "It" and _cue(t, a) == "said"]
    assert said and _text(t, said[0]) == "the outlook was good", rows


def test_guard_a_had_of_a_relative_clause_shares_nothing() -> None:
    t, rows = _rows(RELATIVE)
    sug = [a for a in rows if _cue(t, a) == "suggested"]
    assert sug and _text(t, sug[0]).startswith("earnings would rise"), rows


def test_a_company_named_with_n_v_is_dutch() -> None:
    _t, rows = _rows(NV)
    assert len(rows) == 2, rows
    assert all(a.source_type == "organization" and a.source_country == "NL" for a in rows), rows


def test_guard_an_n_v_placed_elsewhere_is_not_made_dutch() -> None:
    _t, rows = _rows(NV_PLACE)
    assert rows and all(a.source_country != "NL" for a in rows), rows


def test_a_closing_title_and_bank_on_a_broken_parse_is_a_record() -> None:
    t, rows = _rows(LEAD)
    said = [a for a in rows if _cue(t, a) == "said"]
    assert len(said) == 1, rows
    assert _speaker(t, said[0]) == "lead mananger Credit Suisse", rows
    assert _text(t, said[0]).startswith("The Kingdom of Norway is launching"), rows
    assert _text(t, said[0]).endswith("with gold warrants"), rows
    assert said[0].speaker_name == "Credit Suisse" and said[0].named, rows
    assert said[0].source_type == "organization" and said[0].source_country == "CH", rows


def test_guard_a_parsed_closing_title_stays_one_record() -> None:
    t, rows = _rows(PLANT)
    said = [a for a in rows if _cue(t, a) == "said"]
    assert len(said) == 1 and said[0].speaker_name == "Joe Smith", rows


FIGURES = ("DANISH PORK EXPORTS DOWN IN FIRST QUARTER\n\n"
           "Danish pork exports in the first quarter of 1987 fell 4.2 pct to 210,000 tonnes from 219,000 a year "
           "earlier, figures in the latest bulletin from the exporters' association Danske Slagterier show.\n\n"
           "Exports to Japan rose 12 pct to 31,000 tonnes, figures from the Agriculture Ministry show.\n\n"
           "Exports to Britain fell 3.1 pct, official figures showed.\n")


def test_figures_from_a_named_body_closing_a_sentence_are_a_report() -> None:
    t, rows = _rows(FIGURES)
    show = [a for a in rows if _cue(t, a) == "show"]
    assert len(show) == 2, rows
    assert [a.speaker_name for a in show] == ["Danske Slagterier", "Agriculture Ministry"], rows
    assert all(a.source_type == "report" and a.named for a in show), rows
    assert _speaker(t, show[1]) == "figures from the Agriculture Ministry", rows
    assert _text(t, show[0]).startswith("Danish pork exports") and _text(t, show[0]).endswith("a year earlier"), rows
    assert _text(t, show[1]) == "Exports to Japan rose 12 pct to 31,000 tonnes", rows


def test_guard_official_figures_keep_their_one_record() -> None:
    t, rows = _rows(FIGURES)
    assert len([a for a in rows if _cue(t, a) == "showed"]) == 1, rows
