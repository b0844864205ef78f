"""Countries and actor speed, round 28: the UN members the source table lacked give their speakers a country, and
the loaded heap is frozen after the first article so that full garbage-collector passes stay cheap (sentences
written for the tests)."""

from __future__ import annotations

import gc

import pytest

from spinscope import analyze
from spinscope.components.attribution.sources import load_source_table
from spinscope.components.attribution.speakers import alpha2_codes
from tests.test_lead_round22 import EVENT_COMPONENTS


def _sources(text: str) -> list[tuple[str | None, str | None, str | None]]:
    result = analyze(text, components=EVENT_COMPONENTS)
    return [(a.speaker_name, a.source_type, a.source_country) for a in result.attributions]


@pytest.mark.parametrize(("text", "country"), [
    ("DR Congo's health ministry said on Tuesday that forty people had died of the fever.", "CD"),
    ("A Nigerien army spokesman said the convoy had been ambushed near the border.", "NE"),
    ("The Tanzanian foreign ministry said the envoy had already left the country.", "TZ"),
    ("A Cameroonian government spokesman said the schools would reopen next month.", "CM"),
    ("The foreign ministry in Ouagadougou said the ambassador had been expelled.", "BF"),
    ("The Ivorian interior minister said the vote would go ahead as planned.", "CI"),
    ("Guinea-Bissau's president said the attempted coup had failed.", "GW"),
    ("Gambia's justice minister said the commission would publish its findings.", "GM"),
    ("The Grenadian prime minister said the storm had wrecked the harbour.", "GD"),
    ("The Saint Lucian government said the airport would reopen on Friday.", "LC"),
    ("The Palauan president said the fishing ban would stay in place.", "PW"),
])
def test_countries_the_table_lacked_give_their_speakers_a_country(text: str, country: str) -> None:
    assert _sources(text)[0][2] == country


def test_a_nigerian_city_named_after_benin_stays_nigerian() -> None:
    # "Benin City" is in Nigeria: the longer form wins over the country "Benin" inside it
    assert _sources("Officials in Benin City said the floods had displaced hundreds of families.")[0][2] == "NG"


def test_a_first_name_that_is_also_a_country_gives_no_country() -> None:
    assert _sources("Chad Okafor, a spokesman for the company, said the plant would close.")[0][2] is None


def test_a_known_person_of_a_country_new_to_the_table_takes_its_code() -> None:
    # the actor dictionary gives this former president Angola; the source table now reads AGO as AO
    assert _sources("Jose Eduardo dos Santos said the elections would be held in the autumn.")[0][2] == "AO"


def test_the_country_codes_are_worked_out_once_per_table() -> None:
    table = load_source_table()
    first = alpha2_codes(table)
    assert first["TZA"] == "TZ"
    assert alpha2_codes(table) is first


def test_the_loaded_heap_is_frozen_after_an_article() -> None:
    from spinscope.pipeline import freeze_loaded_heap

    analyze("The minister said on Monday that the talks would resume.", components=EVENT_COMPONENTS)
    assert gc.get_freeze_count() > 0  # the loaded models and tables (about 310,000 objects with every layer)
    freeze_loaded_heap()  # a second call does nothing: nothing new is frozen
    frozen = gc.get_freeze_count()
    analyze("The mayor said the bridge would reopen.", components=EVENT_COMPONENTS)
    assert gc.get_freeze_count() == frozen
