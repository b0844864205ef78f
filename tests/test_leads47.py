"""Round 47 (issues 16 and 17, branch leads47): the open leads of actors45, sources41 and attr56 on sentences of
our own: outlets named after a town, a state body's speaker by role and body, think tanks' fellows, a site named
like a person or a document, "the country" / "this nation" read in their paragraph (scripts/leads47/README.md).
"""

from __future__ import annotations

import pytest

from spinscope.pipeline import Pipeline
from tests.actor_findings import actors_of
from tests.test_attribution import _find

# --- sources: an outlet named after a town ---------------------------------------------------------------------------


def test_a_town_paper_takes_the_country_the_article_places_the_town_in(extract_ner) -> None:
    text = ("Floodwater cut off Tallow Creek, a village in Ohio, overnight. The Tallow Creek Gazette said that forty "
            "homes had been lost to the river.")
    a = _find(extract_ner(text), "forty homes")
    assert (a.source_type, a.source_country, a.named) == ("media", "US", True)


def test_a_town_paper_of_an_unplaced_town_has_no_country(extract_ner) -> None:
    a = _find(extract_ner("The Aldwick Gazette said that the council would shut the old library in June."),
              "shut the old library")
    assert (a.source_type, a.source_country) == ("media", None)


def test_the_herald_of_a_town_is_an_outlet(extract_ner) -> None:
    text = ("The wool mill in Brackley, a mill town in Scotland, will shut. The Herald of Brackley reported that two "
            "hundred jobs would go.")
    a = _find(extract_ner(text), "two hundred jobs")
    assert (a.source_type, a.source_country) == ("media", "GB")


# --- sources: a state body's speaker by role and body; a think tank's fellow ----------------------------------------


def test_a_ministry_spokesman_takes_the_country_of_his_paragraph(extract_ner) -> None:
    text = ("Kyiv has banned the march. “Nobody crossed the line last night,” Ivan Petrenko, a spokesman for the "
            "Interior Ministry, told reporters.")
    a = _find(extract_ner(text), "Nobody crossed")
    assert (a.source_type, a.source_country) == ("government", "UA")


@pytest.mark.parametrize(("text", "country"), [
    ("“Sanctions have failed,” said Mira Olsen, a senior fellow at the Atlantic Council.", "US"),
    ("“Sanctions have failed,” said Mira Olsen, a fellow at the Council on Foreign Relations.", "US"),
    ("“The vote was rigged,” Ben Carlo, a visiting scholar for the European Council on Foreign Relations, said.", None),
    ("“Tariffs hurt farmers,” said Zoe Amis, a scholar at the Council on Foreign Relations.", "US"),
    ("“Sanctions rarely change a regime,” said Laura Ketch, a senior fellow at the Brookings Institution.", "US"),
])
def test_a_think_tank_fellow_is_an_academic_of_the_body(extract_ner, text: str, country: str | None) -> None:
    a = _find(extract_ner(text), text[1:12])
    assert (a.source_type, a.source_country) == ("academic", country)
    assert a.affiliation is not None and a.affiliation.removeprefix("The ") != "Atlantic"


def test_a_fellow_of_a_state_council_keeps_the_older_type(extract_ner) -> None:
    a = _find(extract_ner("“The threat is growing,” said Dan Ruse, a fellow at the National Security Council."),
              "threat is growing")
    assert a.source_type != "academic"


# --- sources and actors: a site named like a person or a document ---------------------------------------------------


def test_the_drudge_report_is_an_outlet(extract_ner) -> None:
    a = _find(extract_ner("According to the Drudge Report, the senator will step down this week."), "step down")
    assert (a.source_type, a.source_country) == ("media", "US")


def test_the_drudge_report_is_a_media_actor(pipeline: Pipeline) -> None:
    found = actors_of(pipeline, "Matt Drudge's site, the Drudge Report, linked to the story on Monday.")
    assert found["Drudge Report"][0] == "media"


# --- actors: "the country" / "this nation" in their paragraph -------------------------------------------------------


def test_the_country_after_two_countries_is_no_ones(pipeline: Pipeline) -> None:
    found = actors_of(pipeline, "Poland and Germany signed the deal. The country will now build the pipeline.")
    assert "The country" not in found["Germany"][2] and "The country" not in found["Poland"][2]


def test_the_country_after_two_countries_not_joined_is_the_last_named(pipeline: Pipeline) -> None:
    # the lead at the merge: only two countries joined as one phrase make the anaphor no one's
    found = actors_of(pipeline, "Brazil praised Chile for its pension reform, and investors expect the country to "
                                "grow fast.")
    assert "the country" in found["Chile"][2]


def test_this_nation_is_the_one_country_named_before(pipeline: Pipeline) -> None:
    found = actors_of(pipeline, "Germany has long resisted calls to raise its defence budget. But this nation "
                                "will not stand alone now.")
    assert "this nation" in found["Germany"][2]


def test_this_nation_after_two_countries_is_no_ones(pipeline: Pipeline) -> None:
    found = actors_of(pipeline, "Kenya and Uganda met on Monday. Officials said this nation would not sign.")
    assert "this nation" not in {s for _, _, surfaces in found.values() for s in surfaces}


def test_the_country_in_a_later_paragraph_keeps_the_older_rule(pipeline: Pipeline) -> None:
    found = actors_of(pipeline, "Chile elected a new president on Sunday.\n\nThe country will hold a second round "
                                "in May.")
    assert "The country" in found["Chile"][2]
