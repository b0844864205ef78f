"""The lead's fixes of round 51, from reading 1987 wire stories: a country's ministry, treasury or department is its
government, with its country; a body's statement speaks as the body; a pronoun resolved to a mention that was itself
resolved ends at the name; the company a wire title names is an organization; older demonyms give their country.
Every sentence and name here is invented."""

from __future__ import annotations

import pytest

from spinscope.api import analyze

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]


def _analysis(text: str):
    return analyze(text, components=ATTRIBUTION_COMPONENTS)


def _record(text: str, content_start: str):
    return next(a for a in _analysis(text).attributions
                if text[a.content.start:a.content.end].startswith(content_start))


@pytest.mark.parametrize(("subject", "country"), [
    ("The Norwegian treasury", "NO"),
    ("The Spanish Treasury", "ES"),
    ("The Dutch farm ministry", "NL"),
])
def test_a_countrys_treasury_or_ministry_is_its_government_with_its_country(subject, country):
    text = f"BILLS\n\n{subject} said rates on two issues of six-month bills would fall by half a point."
    record = _record(text, "rates on")
    assert record.source_type == "government"
    assert record.state_affiliated is True
    assert record.source_country == country


def test_the_bare_treasury_after_a_countrys_treasury_is_that_treasury():
    text = ("BILLS\n\nThe Norwegian treasury said rates on two issues of bills would fall.\n\n"
            "The Treasury said the new rates apply from the first of May.")
    later = _record(text, "the new rates")
    assert later.source_country == "NO"
    assert later.speaker_name == _record(text, "rates on").speaker_name


def test_a_ministrys_statement_speaks_as_the_government_and_its_pronoun_agrees():
    text = ("QUAKE\n\nPalmora halted its copper shipments on Monday after floods, a Mines Ministry statement said.\n\n"
            "It said the state firm had told its buyers that cargoes would be late.")
    first = _record(text, "Palmora halted")
    later = _record(text, "the state firm")
    assert first.source_type == "government"
    assert first.state_affiliated is True
    assert (later.speaker_name, later.source_type) == (first.speaker_name, first.source_type)


def test_a_pronoun_after_a_resolved_title_ends_at_the_name():
    text = ("GRAIN\n\nThe Dutch Farm Department said wheat stocks fell to a low of four mln tonnes.\n\n"
            "The department said prices of feed grain rose in March.\n\n"
            "It said exports of barley were lower than a year ago.")
    last = _record(text, "exports of barley")
    assert last.speaker_name == "Dutch Farm Department"
    assert last.source_country == "NL"
    assert {a.speaker_name for a in _analysis(text).attributions} == {"Dutch Farm Department"}


def test_the_company_a_wire_title_names_is_an_organization():
    text = ("ZORVALD AB <ZORV ST> 1986 YEAR\n\n"
            "Zorvald said the results include a writedown of 50 mln crowns for its old plants.")
    assert _record(text, "the results").source_type == "organization"


def test_a_person_named_like_the_first_title_word_without_a_ticker_stays_a_person():
    text = ("HANSEN SEES SLOWER GROWTH\n\nHansen said growth would slow to two pct next year.")
    assert _record(text, "growth would").source_type != "organization"


@pytest.mark.parametrize(("subject", "country"), [
    ("Ecuadorean officials", "EC"),
    ("Yugoslav officials", "RS"),
    ("Rumanian officials", "RO"),
])
def test_older_demonyms_give_their_country(subject, country):
    text = f"FLOODS\n\n{subject} said the floods had hit three provinces in the south."
    record = _record(text, "the floods")
    assert record.source_type == "government"
    assert record.source_country == country



def test_a_departments_two_names_are_one_source():
    text = ("GRAIN\n\nThe U.S. Agriculture Department forecast the wheat crop of Narvia at 92 mln tonnes.\n\n"
            "The USDA said Narvia's imports of corn would rise to eight mln tonnes.")
    assert {a.speaker_name for a in _analysis(text).attributions} == {"U.S. Agriculture Department"}


def test_a_price_cut_before_a_clause_is_no_statement():
    text = ("BONDS\n\nThe Treasury also cut by 0.40 point quarterly coupons payable this June on four issues maturing "
            "in 1990.\n\nThe Treasury said demand for the bonds was strong.")
    records = _analysis(text).attributions
    assert [text[a.content.start:a.content.end] for a in records] == ["demand for the bonds was strong"]


def _events(text: str):
    result = analyze(text)
    return [(e.label, result.actors[e.actor].name if e.actor is not None else None) for e in result.events]


@pytest.mark.parametrize("sentence", [
    "More than 900 fires in northern Chile had destroyed 12,000 hectares of forest by March.",
    "Floods across Bolivia killed ten people and cut two roads last week.",
])
def test_a_force_of_nature_is_no_countrys_assault(sentence):
    assert not [e for e in _events(sentence) if e[0] == "ASSAULT"]


def test_a_country_that_destroys_keeps_its_assault():
    assert ("ASSAULT", "Chile") in _events("Chile destroyed a rebel camp near the border on Monday.")


def test_a_pronoun_after_an_agency_the_table_renames_takes_the_tables_name():
    text = ("RAIN\n\nThe New China News Agency said heavy rain had flooded two northern provinces.\n\n"
            "It said three dams in the region were full and roads were shut.")
    assert {a.speaker_name for a in _analysis(text).attributions} == {"Xinhua"}
