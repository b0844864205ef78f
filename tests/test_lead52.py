"""The lead's fixes of round 52, from reading 1987 wire stories: the central banks and federal bodies the wire names
by short names, a date after a speaker, a company in angle brackets, newsletters and magazines, a state body's
officer, a company's initials, a body's head noun, one spelling for an unnamed group, and a pronoun resolved to a
body the table names. Every sentence and name here is invented."""

from __future__ import annotations

import pytest

from spinscope.api import analyze

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]


def _analysis(text: str):
    return analyze(text, components=ATTRIBUTION_COMPONENTS)


def _record(text: str, content_start: str):
    return next(a for a in _analysis(text).attributions
                if text[a.content.start:a.content.end].startswith(content_start))


def _speaker(text: str, content_start: str) -> str:
    record = _record(text, content_start)
    assert record.speaker is not None
    return text[record.speaker.start:record.speaker.end]


@pytest.mark.parametrize(("subject", "name", "country"), [
    ("Fed officials", "Fed officials", "US"),
    ("The Fed staff", "Fed staff", "US"),
    ("Bundesbank officials", "Bundesbank officials", "DE"),
    ("The Commerce Department", "Commerce Department", "US"),
    ("Labor Department officials", "Labor Department officials", "US"),
])
def test_central_banks_and_federal_bodies_by_their_short_names_are_governments(subject, name, country):
    text = f"LENDERS\n\n{subject} said a similar plan for thrift banks was being drafted abroad."
    record = _record(text, "a similar plan")
    assert (record.speaker_name, record.source_type, record.source_country) == (name, "government", country)
    assert record.state_affiliated is True


def test_a_date_after_the_speaker_is_not_its_name():
    text = "LENDERS\n\nEarlier, the Fed March 3 proposed a set of limits that thrift banks would need to meet."
    record = _record(text, "a set of limits")
    assert _speaker(text, "a set of limits") == "the Fed"
    assert (record.speaker_name, record.source_type, record.source_country) == ("Federal Reserve", "government",
                                                                                 "US")


def test_a_company_in_angle_brackets_is_that_company_and_its_initials_carry_its_country():
    text = ("BANKS\n\nSpain's state-owned <Banco Ejemplo Nacional-BEN> said it is talking to buy a French insurer.\n\n"
            "BEN chairman Tomas Ruiz told reporters the bank was in negotiations, but declined to identify the "
            "French firm.\n\n"
            "BEN officials said the bank would open an office in Paris next month.")
    company = _record(text, "it is talking")
    assert (company.speaker_name, company.source_type, company.source_country) == ("Banco Ejemplo Nacional",
                                                                                    "organization", "ES")
    chairman = _record(text, "to identify")
    assert (chairman.speaker_name, chairman.source_country) == ("Tomas Ruiz", "ES")
    officials = _record(text, "the bank would open")
    assert (officials.source_type, officials.source_country) == ("organization", "ES")


@pytest.mark.parametrize(("subject", "name"), [
    ("The Grain Week newsletter", "Grain Week"),
    ("The Metal Courier weekly", "Metal Courier"),
    ("The Farm Outlook magazine", "Farm Outlook"),
])
def test_a_newsletter_or_magazine_is_a_medium_named_by_its_words(subject, name):
    text = f"WHEAT\n\n{subject} said wheat sales to the north may rise this spring."
    record = _record(text, "wheat sales")
    assert (record.speaker_name, record.source_type, record.named) == (name, "media", True)


def test_a_state_banks_officer_speaks_for_the_state_and_so_do_his_later_mentions():
    text = ("RATES\n\nFederal Reserve Board Vice Chairman Peter Olsby said growth was steady this winter.\n\n"
            "Olsby said prices were stable and would stay so for a year.")
    first = _record(text, "growth was steady")
    later = _record(text, "prices were stable")
    assert (first.speaker_name, first.source_type, first.source_country) == ("Peter Olsby", "government", "US")
    assert (later.speaker_name, later.source_type, later.source_country) == ("Peter Olsby", "government", "US")


def test_officials_named_by_a_bodys_head_noun_are_that_bodys():
    text = ("LENDERS\n\nThe Federal Reserve Board voted to adopt a new plan for thrift banks.\n\n"
            "Board officials said the plan could raise costs for the largest lenders.")
    record = _record(text, "the plan could")
    assert (record.source_type, record.source_country, record.state_affiliated) == ("government", "US", True)


def test_an_unnamed_group_has_one_spelling():
    text = "OIL\n\nBankers say the outlook is mixed this year.\n\nLater, bankers say the rebound in prices is slow."
    assert [a.speaker_name for a in _analysis(text).attributions] == ["Bankers", "Bankers"]


def test_a_pronoun_resolved_to_a_body_by_its_letters_takes_the_tables_name():
    text = ("FUEL\n\nFuel use fell 3 pct in four weeks, the EIA said.\n\n"
            "Stocks of heating oil rose 2 pct in the period, it said.")
    record = _record(text, "Stocks of heating oil")
    assert (record.speaker_name, record.source_type) == ("Energy Information Administration", "government")


def test_federal_bodies_are_actors_of_their_state():
    text = ("LENDERS\n\nOfficials said the plan would go ahead. The EIA said fuel use fell in March, and the Commerce "
            "Department said sales rose.")
    actors = {a.name: a.code for a in analyze(text).actors}
    assert actors["Energy Information Administration"] == "USAGOV"
    assert actors["Commerce Department"] == "USAGOV"


def _events(text: str) -> list[tuple[str, str]]:
    result = analyze(text)
    return [(e.label, text[e.trigger.start:e.trigger.end]) for e in result.events]


def test_a_quantity_that_moves_is_no_actor_but_a_state_that_reaches_a_deal_is():
    text = ("CORN\n\nBrazilian imports of corn may reach three mln tonnes between March and June, the report said.\n\n"
            "Chile's economy is trying to pull out of a steep decline, analysts say.\n\n"
            "Brazil reached a deal with Chile on Monday.")
    assert _events(text) == [("AGREE", "reached")]
