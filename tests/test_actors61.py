"""Actors on tech and science news pages (round 61, branch ``actors61``): products, apps, games, a technology's
acronyms and platforms named as a channel are no actors; a department run into a person's name after "Director of"
is the person; "the Fed" is the US Federal Reserve; "the Troika" of a bailout story is an international body; "the
researchers" who note something are an acting group.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.components.actors import Mention, _actors61
from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of, codes_of, surfaces


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def _mentions(pipeline: Pipeline, text: str) -> list[str]:
    return surfaces(actors_of(pipeline, text)).split(" | ")


def test_actors61_a_season_pass_with_its_number_is_no_actor(pipeline: Pipeline) -> None:
    text = ("Turbo Pass 4 in Turbo League brings a new car\n\nTurbo Pass 4 will begin on August 3 and ends in "
            "December. It will cost ten keys.")
    assert not any("Turbo Pass" in s for s in _mentions(pipeline, text))


def test_actors61_games_like_an_example_are_no_actors(pipeline: Pipeline) -> None:
    text = ("The mode works much like battle passes made popular by games like Fortnite, the studio Brightforge "
            "said on Monday.")
    assert "Fortnite" not in _mentions(pipeline, text)


def test_actors61_a_collection_is_a_product(pipeline: Pipeline) -> None:
    text = "The Neon Harbor Collection is out now on several consoles, its publisher Quillsoft said on Friday."
    assert not any("Collection" in s for s in _mentions(pipeline, text))


def test_actors61_a_maker_named_on_its_boxes_is_no_actor(pipeline: Pipeline) -> None:
    text = ("The cable firm Norvale said on Tuesday that the new guide will reach those Motorola boxes in the fall, "
            "along with a faster menu.")
    assert "Motorola" not in _mentions(pipeline, text)


def test_actors61_technology_acronyms_are_no_actors(pipeline: Pipeline) -> None:
    text = ("The update adds an undelete button to every DVR and a new VOD menu, the cable firm Norvale said on "
            "Wednesday.")
    found = _mentions(pipeline, text)
    assert "DVR" not in found and "VOD" not in found


def test_actors61_an_app_and_a_phone_model_are_no_actors(pipeline: Pipeline) -> None:
    text = ("The new FaceTime option is limited to the iPhone XS and XS Max in this beta, the developer Tom "
            "Wexley said.")
    found = _mentions(pipeline, text)
    assert not any(s in found for s in ("FaceTime", "iPhone XS", "XS Max"))


def test_actors61_a_platform_as_a_channel_is_no_actor(pipeline: Pipeline) -> None:
    text = ("The trick was first spotted by Tom Wexley on Twitter last week. On Twitter, Ana Pirelli explains how "
            "it works. Tell us what you think on our Twitter or Facebook.")
    found = _mentions(pipeline, text)
    assert "Twitter" not in found and "Facebook" not in found


def test_actors61_a_platform_that_acts_stays(pipeline: Pipeline) -> None:
    text = "Twitter said on Monday that it would remove the accounts, and Facebook's owner made a similar move."
    found = _mentions(pipeline, text)
    assert "Twitter" in found


def test_actors61_the_fed_is_american_in_a_foreign_story(pipeline: Pipeline) -> None:
    text = ("While markets watched the Fed, Portugal kept working for its next loan tranche. Portugal's cabinet "
            "agreed on new cuts to pensions in Portugal today.")
    assert codes_of(actors_of(pipeline, text), "Fed") == {"USA"}


def test_actors61_the_troika_of_a_bailout_story_is_international(pipeline: Pipeline) -> None:
    text = ("Portugal's cabinet agreed on new cuts to win its next bailout payment. Approval by the Troika is "
            "still pending, officials in Lisbon said.")
    assert codes_of(actors_of(pipeline, text), "Troika") == {"IGO"}


def test_actors61_the_researchers_who_note_are_a_group(pipeline: Pipeline) -> None:
    text = ("A bone needle was found on a beach in Denmark. The researchers note that it is about 30,000 years "
            "old, and the researchers believe it was used to sew hides.")
    assert "researchers" in _mentions(pipeline, text)


def test_actors61_a_company_that_acts_stays(pipeline: Pipeline) -> None:
    text = "Motorola said on Tuesday it would cut prices of its phones, and its rival answered within a day."
    assert "Motorola" in _mentions(pipeline, text)


def _ner(text: str, surface: str, kind: str = "organization") -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), (surface, None, None), "ner", ner_type=kind)


def test_actors61_characters_are_no_actors() -> None:
    text = "The fighting game is adding the Gladiator and Vexa as playable characters, its studio said."
    kept = _actors61(text, [_ner(text, "Gladiator", "person"), _ner(text, "Vexa", "person")])
    assert kept == []


def test_actors61_a_director_of_a_department_is_a_person() -> None:
    text = "The ideas made it in, according to Director of Product Management Lena Hartwick, who showed them."
    kept = _actors61(text, [_ner(text, "Product Management Lena Hartwick")])
    assert [(m.key[0], m.ner_type, text[m.start:m.end]) for m in kept] == [("Lena Hartwick", "person",
                                                                            "Lena Hartwick")]


def test_actors61_an_area_named_by_known_as_is_no_actor() -> None:
    text = "The bone was found near the coast. Known as Marrowland, the area was cold with very few trees."
    assert _actors61(text, [_ner(text, "Marrowland")]) == []


def test_actors61_a_name_before_its_version_number_is_a_product() -> None:
    text = "Turbo Pass 4 will begin in August. Fans of the Turbo Pass got a new car, its studio Brightforge said."
    first = _ner(text, "Turbo Pass")
    second = Mention(text.rindex("Turbo Pass"), text.rindex("Turbo Pass") + 10, first.key, "ner",
                     ner_type="organization")
    studio = _ner(text, "Brightforge")
    assert _actors61(text, [first, second, studio]) == [studio]


def test_actors61_a_numbered_body_is_no_version() -> None:
    text = "Channel 4 said on Monday it would air the debate, and Unit 8 will move next week."
    kept = _actors61(text, [_ner(text, "Channel"), _ner(text, "Unit")])
    assert len(kept) == 2
