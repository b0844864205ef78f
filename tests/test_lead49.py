"""The lead's fixes of round 49, from reading 1987 wire stories: unnamed market sources are anonymous, a modifier
coordinated before a plural ("weather and crop analysts") is part of the speaker, a company's head is a person, the
Treasury's officials are the government, a surname with its particle joins the full name, and the US farm
department is in the sources table. Every sentence here is invented."""

from __future__ import annotations

import pytest

from spinscope.api import analyze

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]
SOURCING_COMPONENTS = [*ATTRIBUTION_COMPONENTS, "claims.v1"]


def _record(text: str, content_start: str):
    found = analyze(text, components=ATTRIBUTION_COMPONENTS).attributions
    return next(a for a in found if text[a.content.start:a.content.end].startswith(content_start))


@pytest.mark.parametrize("speaker", ["money market dealers", "foreign currency dealers", "one dealer",
                                     "one commercial trader", "a grain broker"])
def test_unnamed_market_sources_are_anonymous(speaker):
    text = f"RATES STEADY\n\nRates will hold steady this week, {speaker} said."
    record = _record(text, "Rates will hold")
    assert text[record.speaker.start:record.speaker.end] == speaker
    assert record.source_type == "anonymous"
    assert record.named is False


@pytest.mark.parametrize(("speaker", "content"), [
    ("trading managers at several companies", "Prices will rise"),
    ("the chief buying manager of a large refining company", "Prices will rise"),
    ("skeptics", "Prices will rise"),
])
def test_unnamed_people_with_where_they_work_are_anonymous(speaker, content):
    text = f"OIL\n\n{content} in May, {speaker} said."
    record = _record(text, content)
    assert record.source_type == "anonymous"


def test_a_group_ends_before_including():
    text = "STEEL\n\nOther analysts, including Mary Lund of Delta Brothers Inc, recommend the shares."
    record = _record(text, "the shares")
    assert text[record.speaker.start:record.speaker.end] == "Other analysts"
    assert record.source_type == "anonymous"


def test_a_person_of_a_firm_is_a_person():
    text = "MONEY\n\nMoney growth will slow, said Stephen Kelley of Harbor Lynch Economics Inc."
    record = _record(text, "Money growth")
    assert record.speaker_name == "Stephen Kelley"
    assert record.source_type == "person"


def test_a_bare_given_name_joins_the_full_name_it_opens():
    text = ("TIN\n\nThai Industry Minister Somchai Boonmee said exports would rise.\n\n"
            "Somchai said exports rose last year.")
    record = _record(text, "exports rose")
    assert record.speaker_name == "Somchai Boonmee"
    assert record.source_type == "government"
    assert record.source_country == "TH"


def test_a_bare_name_that_is_also_a_surname_is_left_alone():
    text = ("TIN\n\nMinister Somchai Boonmee said exports would rise. Trader Anna Somchai said they would fall.\n\n"
            "Somchai said exports rose last year.")
    record = _record(text, "exports rose")
    assert record.speaker_name != "Somchai Boonmee"


def test_a_majority_of_producers_is_anonymous():
    text = "QUOTAS\n\nA majority of producers wanted the quota system kept for another year."
    record = _record(text, "the quota system")
    assert record.source_type == "anonymous"


def test_a_named_trader_stays_a_person():
    text = "SUGAR\n\nSugar prices will fall in May, trader Anna Kolb said."
    record = _record(text, "Sugar prices")
    assert record.source_type == "person"
    assert record.named is True


def test_a_modifier_coordinated_before_the_plural_is_part_of_the_speaker():
    text = "CROPS\n\nWinter wheat could be late this year after a cold spring, weather and crop analysts said."
    record = _record(text, "Winter wheat")
    assert text[record.speaker.start:record.speaker.end] == "weather and crop analysts"
    assert record.speaker_name == "weather and crop analysts"
    assert record.source_type == "anonymous"


def test_a_companys_head_is_a_person():
    text = ('MINISTRY\n\n"The agency has become a very important place," said Tom Varley, head of the consulting '
            'firm Delta Advisory Service Inc.')
    record = _record(text, "The agency has")
    assert record.speaker_name == "Tom Varley"
    assert record.source_type == "person"
    assert record.state_affiliated is False


def test_the_head_of_a_state_body_stays_government():
    text = 'BANK\n\n"Rates will stay low," said Tom Varley, head of the trade ministry.'
    record = _record(text, "Rates will stay")
    assert record.source_type == "government"


def test_treasury_officials_are_the_government():
    text = "DOLLAR\n\nThe dollar will fall further this spring, Treasury officials said."
    record = _record(text, "The dollar")
    assert record.source_type == "government"
    assert record.state_affiliated is True


def test_a_group_ends_before_a_participles_clause():
    text = ("AGENCY\n\nDiplomatic sources, frustrated with what they see as the agency's stubborn posture, described "
            "the agency as slow.")
    record = _record(text, "the agency as slow")
    assert text[record.speaker.start:record.speaker.end] == "Diplomatic sources"
    assert record.source_type == "anonymous"


def test_a_surname_with_its_particle_joins_the_full_name():
    text = ("RATES\n\nSenior financial expert in Madrid Paulo de Mora has watched the movements closely.\n\n"
            '"The rate is too high," said de Mora.')
    record = _record(text, "The rate is")
    assert record.speaker_name == "Paulo de Mora"
    sources = analyze(text, components=SOURCING_COMPONENTS).sourcing.sources
    assert [s.name for s in sources] == ["Paulo de Mora"]


@pytest.mark.parametrize("speaker", ["a USDA official", "the USDA"])
def test_the_us_farm_department_is_the_us_government(speaker):
    text = f"CORN\n\nCorn output will fall this year, {speaker} said."
    record = _record(text, "Corn output")
    assert record.source_type == "government"
    assert record.source_country == "US"
    assert record.state_affiliated is True


# ------------------------------------------------------------------------------------------ events

EVENT_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1", "actors.v1", "events.v1"]


def _events(text: str) -> list[tuple[str, str]]:
    result = analyze(text, components=EVENT_COMPONENTS)
    return [(e.label, result.article.text[e.trigger.start:e.trigger.end]) for e in result.events]


@pytest.mark.parametrize("text", [
    "BANKS\n\nDealers said the Bundesbank may cut the amount of cash it adds this week.",
    "GULF\n\nBahrain plans an official stock exchange, the banker said.",
    "CARS\n\nThe share analysts say Volvo will have to dig into reserves to keep its profit level.",
    "STEEL\n\nAnalyst Mary Lund of Delta Brothers recommends Armco Steel, a turnaround.",
])
def test_market_moves_at_home_are_no_events(text):
    assert _events(text) == []


def test_sanctions_demands_and_planned_meetings_keep_their_events():
    found = _events("TIES\n\nBahrain cut ties with Qatar. Germany said Iran has to stop enriching uranium. "
                    "Bahrain plans to meet Qatar on Monday.")
    assert ("SANCTION", "cut") in found
    assert ("REQUEST", "said") in found
    assert ("AGREE", "meet") in found
