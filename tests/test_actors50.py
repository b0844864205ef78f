"""Actors on SemEval-2023 EN partisan articles (round 50, branch ``actors50``): a city's name inside a venue's name
gives no country, nor to the persons it coded; legal procedures, the star, a journal something was published in, a
people's adjective before myth or history, a numbered asteroid, a meteor shower and a site's masthead are no actors;
a body cut before its bracketed acronym is the body; a lone surname is the person named in full; a bare "Congress"
of an American article is the US Congress; a named part of a body after its possessive is a body.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.components.actors import Mention, _actors50, load_dictionary
from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of, surfaces


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def _ner(text: str, surface: str, key: tuple[str, str | None, str | None], ner_type: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), key, "ner", ner_type=ner_type)


def test_actors50_procedure_is_no_actor() -> None:
    text = "Officials said the family had ignored a Final Order of Removal for years."
    order = _ner(text, "Final Order of Removal", ("Final Order of Removal", None, None), "organization")
    assert _actors50(text, [order], load_dictionary()) == []


def test_actors50_surname_order_is_no_actor_but_fraternal_order_is() -> None:
    text = "A judge freed the man held by Smith Order, and the Fraternal Order protested."
    held = _ner(text, "Smith Order", ("Smith Order", None, None), "person")
    body = _ner(text, "Fraternal Order", ("Fraternal Order", None, None), "organization")
    assert _actors50(text, [held, body], load_dictionary()) == [body]


def test_actors50_star_is_no_newspaper(pipeline: Pipeline) -> None:
    text = ("The Sun will grow dimmer, astronomers said. Fewer sunspots will form on the star, and the planet will "
            "get less light from the Sun for decades.")
    assert "Sun" not in surfaces(actors_of(pipeline, text))


def test_actors50_journal_published_in_is_no_actor() -> None:
    text = "The paper was published in Planetary Science Letters last week."
    journal = _ner(text, "Planetary Science Letters", ("Planetary Science Letters", None, "USA"), "organization")
    assert _actors50(text, [journal], load_dictionary()) == []


def test_actors50_people_adjective_of_history_is_no_actor(pipeline: Pipeline) -> None:
    text = "It was the largest flood in American history, a local mayor said on Monday."
    assert "American" not in surfaces(actors_of(pipeline, text))


def test_actors50_numbered_asteroid_and_shower_are_no_actors() -> None:
    text = "The rock named 4179 Toutatis will pass the Earth. The Perseids are a meteor shower seen in August."
    rock = _ner(text, "4179 Toutatis", ("4179 Toutatis", None, "GRC"), "organization")
    shower = _ner(text, "Perseids", ("Perseids", None, None), "organization")
    assert _actors50(text, [rock, shower], load_dictionary()) == []


def test_actors50_masthead_title_line_is_no_actor() -> None:
    text = "Canada's Freedom Voice.\n\nThe council voted on Monday to close the shelter."
    head = _ner(text, "Freedom Voice", ("Freedom Voice", None, "CAN"), "organization")
    assert _actors50(text, [head], load_dictionary()) == []


def test_actors50_venue_gives_no_country_to_persons() -> None:
    text = "John Miller fired from a room of the Mandalay Bay Hotel, police in Las Vegas said."
    person = _ner(text, "John Miller", ("John Miller", None, "MMR"), "person")
    hotel = _ner(text, "Mandalay Bay Hotel", ("Mandalay Bay Hotel", None, "MMR"), "organization")
    city = Mention(text.index("Las Vegas"), text.index("Las Vegas") + 9, ("Las Vegas", None, "USA"), "ner",
                   ner_type="location")
    out = _actors50(text, [person, hotel, city], load_dictionary())
    assert person.key[2] == "USA" and hotel.key[2] is None and hotel.ner_type == "location" and len(out) == 3


def test_actors50_body_cut_before_bracket(pipeline: Pipeline) -> None:
    text = ("The claims were reviewed by the Office for Border Claims Review (OBCR), a federal body. The United States "
            "deported the men. The United States said so, and the Department of Homeland Security agreed.")
    body = _ner(text, "Office for Border Claims Review (OBCR", ("Office for Border Claims Review (OBCR", None, None),
                "organization")
    us = [Mention(s, s + 13, ("United States", None, "USA"), "alias") for s in
          [text.index("United States"), text.rindex("United States"), text.index("Department")]]
    _actors50(text, [body, *us], load_dictionary())
    assert text[body.start:body.end] == "Office for Border Claims Review" and body.key[2] == "USA"


def test_actors50_lone_surname_joins_full_name() -> None:
    text = "Judge Anna Pelt ruled on Monday. Pelt said the men could stay."
    full = _ner(text, "Judge Anna Pelt", ("Judge Anna Pelt", None, "USA"), "person")
    lone = _ner(text, "Pelt", ("Pelt", None, None), "person", nth=1)
    _actors50(text, [full, lone], load_dictionary())
    assert lone.key == full.key


def test_actors50_bare_congress_of_american_article() -> None:
    text = "ICE agents came. ICE agents left. Officials in Jakarta objected. Time for Congress to act."
    ice = [Mention(s, s + 3, ("ICE", None, "USA"), "alias") for s in (0, text.index("ICE", 5))]
    ice.append(Mention(text.index("Officials"), text.index("Officials") + 9, ("US officials", None, "USA"), "alias"))
    jakarta = Mention(text.index("Jakarta"), text.index("Jakarta") + 7, ("Indonesia", None, "IDN"), "alias")
    congress = _ner(text, "Congress", ("Congress", None, None), "organization")
    _actors50(text, [*ice, jakarta, congress], load_dictionary())
    assert congress.key[2] == "USA"


def test_actors50_lab_after_possessive_is_a_body() -> None:
    text = "Engineers from NASA's Jet Propulsion Laboratory will test the rover next month."
    nasa = Mention(text.index("NASA"), text.index("NASA") + 4, ("NASA", None, "USA"), "alias")
    out = _actors50(text, [nasa], load_dictionary())
    assert [(text[m.start:m.end], m.key[2]) for m in out][1:] == [("Jet Propulsion Laboratory", "USA")]
