"""Round 26 (issue 17): administrative sanctions, criticised sanctions, and a person's own country over the scene.

Every sentence here was written for these tests; none is from the development gold.
"""

from __future__ import annotations

import pytest

from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline
from tests.event_predictions import predicted as _predicted


@pytest.fixture(scope="module")
def actors_pipeline() -> Pipeline:
    return Pipeline.from_names(["segment.v1", "entities.v1", "actors.v1"])


def _countries(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    doc = pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))
    return {a.name: a.country for a in doc.actors}


@pytest.mark.parametrize(("text", "expected"), [
    # a licence, a permit or broadcasts suspended or revoked are administrative sanctions (CAMEO 172), no cut in aid
    ("Zimbabwe suspended the operating licence of a British charity on Thursday.", ("COERCE", "ZWE", "GBR")),
    ("Burkina Faso suspended the broadcasts of a French television channel over its coverage.",
     ("COERCE", "BFA", "FRA")),
    # a citizenship revoked or stripped, an immunity lifted by stripping: restrictions on the country's own people
    ("Bahrain revoked the citizenship of 30 dissidents, the interior ministry said.", ("COERCE", "BHR", "BHR")),
    ("Peru's congress stripped a former minister of his parliamentary immunity.", ("COERCE", "PER", "PER")),
])
def test_events26_administrative_sanctions_are_coerce(text, expected):
    events = {e[:3] for e in _predicted(text)}
    assert expected in events, events
    assert not any(t == "SANCTION" for t, _, _ in events), events


@pytest.mark.parametrize("verb", ["criticised", "denounced", "lambasted"])
def test_events26_criticising_sanctions_disapproves_of_who_imposed_them(verb):
    # PETRARCH2 codes "criticize * sanctions" 053 (rallying support); criticising sanctions criticises their author
    events = {e[:3] for e in _predicted(f"Iran's foreign minister {verb} the new British sanctions on Tehran's "
                                        "oil exports.")}
    assert ("ACCUSE", "IRN", "GBR") in events, events
    assert not any(t == "SUPPORT" for t, _, _ in events), events


def test_events26_nation_of_islam_is_a_whole_name_and_american(actors_pipeline):
    # "Islam" inside "Nation of Islam" is no actor, and the movement's leader is no Iranian for a visit to Tehran
    countries = _countries(actors_pipeline, "Nation of Islam leader Louis Farrakhan thanked Iran's government for "
                                            "its hospitality during a trip to Tehran.")
    assert countries.get("Nation of Islam") == "USA", countries
    assert countries.get("Louis Farrakhan") == "USA", countries
    assert "Islam" not in countries, countries


def test_events26_dictionary_person_keeps_his_country_in_a_foreign_scene():
    events = {e[:3] for e in _predicted("Finance Minister Anton Siluanov condemned the U.S. sanctions on Russian "
                                        "state banks.")}
    assert any(src == "RUS" for _, src, _ in events), events


@pytest.mark.parametrize("text", [
    # the only country named is the other side of what the office holder says or does: no scene of his
    "Finance Minister Pavel Orlov said the sanctions announced by Washington would fail.",
    "Foreign Minister Pavel Orlov called for talks with the United States.",
    "Deputy Prime Minister Pavel Orlov said the American tariffs would not hurt exporters.",
])
def test_events26_office_holder_is_not_of_the_counterpart_country(actors_pipeline, text):
    countries = _countries(actors_pipeline, text)
    assert countries.get("Pavel Orlov") != "USA", countries


def test_events26_office_holder_takes_a_country_named_as_his_own_scene(actors_pipeline):
    # guards: the one country named otherwise still sets the office holder's scene, and a counterpart does not
    # hide the country a title names
    countries = _countries(actors_pipeline, "Trade Minister Oliver Grant said Australia was ready to hold talks "
                                            "with China.")
    assert countries.get("Oliver Grant") == "AUS", countries
    countries = _countries(actors_pipeline, "President Amadou Sall said Senegal would hold a referendum.")
    assert countries.get("Amadou Sall") == "SEN", countries
