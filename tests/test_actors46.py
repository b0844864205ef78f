"""Actors on SemEval-2023 EN articles (round 46, branch ``actors46``): an article about the sky names sky objects,
figures of myth and other names of things, none of them actors; a shop's line in the page is furniture; US bodies
the dictionary leaves without a country are American (and the persons of the article follow); a name after an age
is a person's, of the family's country.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.components.actors import Mention, _actors46
from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of, codes_of, surfaces


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def _m(text: str, surface: str, kind: str = "person", country: str | None = None, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), (surface, None, country), "ner", ner_type=kind)


SKY = ("Our telescopes keep finding faint galaxies. The Andromeda Galaxy lies some light-years beyond them, and "
       "the constellation Orion rises in winter. Halley’s Comet will come back, and the Moon hides it for a night. "
       "The Crab Nebula glows. Old tales tell of the Greek hero Perseus, and the star group is known by the names of "
       "Silver Crown, or Dawnveil. The astronomer Jeanne Marchetti mapped it from Lyon.")


def test_actors46_sky_objects_myths_and_other_names_are_no_actors() -> None:
    mentions = [_m(SKY, "Andromeda"), _m(SKY, "Orion", "organization"), _m(SKY, "Halley", "organization"),
                _m(SKY, "Moon"), _m(SKY, "Crab Nebula", "organization"), _m(SKY, "Greek hero Perseus"),
                _m(SKY, "Silver Crown"), _m(SKY, "Dawnveil"), _m(SKY, "Jeanne Marchetti", country="FRA")]
    kept = _actors46(SKY, mentions)
    assert [SKY[m.start:m.end] for m in kept] == ["Jeanne Marchetti"]


def test_actors46_sky_names_stay_actors_in_the_news() -> None:
    text = "President Moon met envoys in Seoul on Monday. Orion Holdings said the deal was done, and Halley agreed."
    mentions = [_m(text, "Moon", country="KOR"), _m(text, "Orion Holdings", "organization"), _m(text, "Halley")]
    assert len(_actors46(text, mentions)) == 3


def test_actors46_shop_line_is_furniture() -> None:
    text = ("Critics said Mayor Ellen Fairbank misled the council.\nStarGazer Deluxe 80 Buy New $219.95 (as of 04:50 "
            "EDT - Details)\nFairbank denied it.")
    mentions = [_m(text, "Ellen Fairbank"), _m(text, "StarGazer Deluxe", "organization")]
    assert [text[m.start:m.end] for m in _actors46(text, mentions)] == ["Ellen Fairbank"]


def test_actors46_shop_advert_run_into_a_paragraph_spares_the_paragraph() -> None:
    text = ("Critics said Mayor Ellen Fairbank misled the council. Tides of Doubt ... Marta Kell Best Price: $5.99 Buy "
            "New $12.00 (as of 04:50 EDT - Details) Ellen Fairbank denied it, and Tom Lisle agreed with Fairbank.")
    mentions = [_m(text, "Ellen Fairbank"), _m(text, "Marta Kell"), _m(text, "Ellen Fairbank", nth=1),
                _m(text, "Tom Lisle")]
    assert [text[m.start:m.end] for m in _actors46(text, mentions)] == ["Ellen Fairbank", "Ellen Fairbank",
                                                                          "Tom Lisle"]


def test_actors46_us_bodies_are_american_and_their_persons_follow() -> None:
    text = ("The Capitol Police handed the files to the wrong lawyers. The DNC was hacked that year. "
            "The House Office of Inspector General found the breach. Attorney Dana Whitlock called it a blunder.")
    mentions = [_m(text, "Capitol Police", "organization"), _m(text, "DNC", "organization"),
                _m(text, "House Office of Inspector General", "organization"), _m(text, "Dana Whitlock")]
    kept = _actors46(text, mentions)
    assert [m.key[2] for m in kept] == ["USA", "USA", "USA", "USA"]


def test_actors46_our_intelligence_community_is_american() -> None:
    text = "“Our analysts agree,” he said. “Our Intelligence Community found that the Kremlin ordered it.”"
    ours = Mention(text.index("Intelligence"), text.index("Intelligence") + 22, ("Intelligence Community", None, "RUS"),
                   "ner", ner_type="organization")
    text2 = "Officials in Moscow said the Russian Intelligence Community had no comment."
    theirs = Mention(text2.index("Intelligence"), text2.index("Intelligence") + 22,
                     ("Intelligence Community", None, "RUS"), "ner", ner_type="organization")
    assert _actors46(text, [ours])[0].key[2] == "USA"
    assert _actors46(text2, [theirs])[0].key[2] == "RUS"


def test_actors46_name_after_an_age_is_a_family_member() -> None:
    text = "Deputies arrested Omar Farouki and Lina Farouki. The 4-year-old Sami Farouki was found safe."
    mentions = [_m(text, "Omar Farouki", country="USA"), _m(text, "Lina Farouki", country="USA"),
                _m(text, "Sami Farouki", "organization")]
    kept = _actors46(text, mentions)
    assert kept[2].ner_type == "person" and kept[2].key[2] == "USA"


def test_actors46_pipeline_sky_article(pipeline: Pipeline) -> None:
    found = actors_of(pipeline, SKY)
    assert not {"Andromeda", "Halley", "Moon", "Crab Nebula", "Perseus"} & set(surfaces(found).split(" | "))


def test_actors46_pipeline_capitol_police_american(pipeline: Pipeline) -> None:
    text = ("Capitol Police officers failed to arrest the aide, who had sent files to Pakistan. Critics blamed the "
            "Capitol Police.")
    assert codes_of(actors_of(pipeline, text), "Capitol Police") == {"USA"}


def test_actors46_report_site_that_links_is_an_outlet() -> None:
    text = ("Nobody explained the gap, and the Blaze Report even linked to a column about it. The Mueller Report "
            "found less.")
    kept = _actors46(text, [])
    assert [(text[m.start:m.end], m.ner_type) for m in kept] == [("Blaze Report", "media")]


def test_actors46_pipeline_report_site(pipeline: Pipeline) -> None:
    # "the Drudge Report" itself is in the source table since leads47 (its surface keeps the article); a site not
    # in the table is found by this round's rule alone
    text = ("Few answers came from the city, and the Rowan Report even linked to a piece asking why the mayor "
            "stayed silent.")
    found = actors_of(pipeline, text)
    assert "Rowan Report" in surfaces(found).split(" | ")
    assert found["Rowan Report"][0] == "media"
