"""Attributions, round 99: source country on wire stories, the shapes of the census of development errors over every
sources_real* gold. Sentences written for the test, not taken from any article, the names invented. The rule tests
fail on main; the guards pass on both."""

from __future__ import annotations

from spinscope.components.attribution.round99 import round99_attributions
from spinscope.components.attribution.sources import load_source_table
from tests.attribution_rows import records as _rows
from tests.attribution_rows import speaker_text as _speaker

ANALYST = ("BARLEY TRADE SEEN NEAR A TURN\n\n"
           "World barley trade may be near a turn this season, a Hollis, Inc. analyst said.\n\n"
           "Writing in a company newsletter, Martha Quell of Hollis's Market Research Division cited a steady rise "
           "in barley sales over the winter.\n\n"
           "She said prices had been low for many months.\n")


def test_a_firms_unnamed_analyst_is_the_person_named_next() -> None:
    t, rows = _rows(ANALYST)
    analyst = [a for a in rows if "analyst" in (_speaker(t, a) or "")]
    assert analyst, rows
    assert analyst[0].source_type == "person" and analyst[0].named, rows
    assert analyst[0].speaker_name == "Martha Quell", rows


def test_a_firm_with_inc_and_no_ticker_is_american_and_so_are_its_people() -> None:
    t, rows = _rows(ANALYST)
    spoke = [a for a in rows if a.speaker is not None]
    assert len(spoke) >= 3, rows
    assert all(a.source_country == "US" for a in spoke), [(_speaker(t, a), a.source_country) for a in spoke]


CHAIRMAN = ("MILL CHIEF ASKS FOR TARIFF\n\n"
            "Velmar Corp chairman Otis Brandt said imports were hurting the mills and asked for a tariff.\n\n"
            "Brandt said the company would cut its output by ten pct in the spring.\n")


def test_a_corp_chairman_with_no_ticker_is_american() -> None:
    t, rows = _rows(CHAIRMAN)
    spoke = [a for a in rows if a.speaker is not None]
    assert {_speaker(t, a).split()[-1] for a in spoke} == {"Brandt"}, rows
    assert all(a.source_country == "US" for a in spoke), [(_speaker(t, a), a.source_country) for a in spoke]


ECONOMIST = ("FRENCH GROWTH SEEN SLOWING\n\n"
             "France's economy will grow more slowly this year than the government forecast, said Banque Ardent "
             "economist Luc Perrin.\n\n"
             "French output fell in the first quarter and the country's exports are weak, he said.\n\n"
             "Perrin said France would need lower interest rates by the autumn.\n")


def test_a_wire_economist_takes_the_stories_one_country() -> None:
    t, rows = _rows(ECONOMIST)
    spoke = [a for a in rows if a.speaker is not None]
    assert len(spoke) >= 2, rows
    assert all(a.source_country == "FR" for a in spoke), [(_speaker(t, a), a.source_country) for a in spoke]


JOURNAL = ("Hospitals across Britain will change how they treat strokes.\n\n"
           "A paper published in the Annals of Internal Medicine found that a faster scan saved lives.\n\n"
           "British doctors said the change would reach every hospital in Britain by next year.\n")


def test_a_known_journal_gives_its_own_country() -> None:
    t, rows = _rows(JOURNAL)
    study = [a for a in rows if (_speaker(t, a) or "").startswith("A paper")]
    assert study, rows
    assert study[0].source_country == "US", rows


# Guards: these pass on main and on the branch.

TOKYO = ("JAPAN MAKERS SEE WEAKER YEN GAINS\n\n"
         "Japan's carmakers expect Japan's exports to recover, Tanaka Motor Corp president Ken Oda said.\n\n"
         "Oda said Japan would buy more parts abroad.\n")


def test_guard_a_corp_in_a_story_set_elsewhere_is_not_made_american() -> None:
    t, rows = _rows(TOKYO)
    oda = [a for a in rows if "Oda" in (_speaker(t, a) or "")]
    assert oda and all(a.source_country != "US" for a in oda), [(_speaker(t, a), a.source_country) for a in oda]


def test_the_pass_leaves_a_text_with_no_records_alone() -> None:
    assert round99_attributions("NOTHING SAID\n\nPrices rose.\n", [], load_source_table()) == []
