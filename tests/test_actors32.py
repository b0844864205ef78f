"""Actors on real articles (round 32, branch ``actors32``): a faith's adjective before a plain noun of people,
believers named by their faith, a platform named as the channel of a post, the names on a shop's advertising line,
the first of two streets that share a plural street word, two surnames joined before a noun, the newspaper The Sun
(and the star and the planets), an animal species, a standard's acronym or a people of scripture taken for an
actor, parties whose names several countries share and their members in apposition, and three dictionary entries
(a British opposition leader, Israel's army by its initials, the Visegrad group).

Every sentence here is written for these tests. The real-article score reads the articles from ``../shared`` and
skips without it.
"""

from __future__ import annotations

import pytest

from spinscope.components import actors as actors_module
from spinscope.components.actors import Mention, _ner_junk
from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline
from spinscope.predict import actor_code
from spinscope.training import actor_eval
from spinscope.training.actor_eval import REAL_GOLD_FILE, SHARED_DIR, read_real_gold, score_actors

FRESH_GOLD_FILE = REAL_GOLD_FILE.with_name("actors_real32.jsonl")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def _actors(pipeline: Pipeline, text: str) -> dict[str, tuple[str | None, list[str]]]:
    """Non-location actors by name: (code, surfaces)."""
    doc = pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))
    return {a.name: (actor_code(a), [doc.text[m.start:m.end] for m in a.mentions])
            for a in doc.actors if a.type != "location"}


def _codes_of(actors: dict[str, tuple[str | None, list[str]]], surface: str) -> set[str | None]:
    return {code for code, surfaces in actors.values() if surface in surfaces}


def _surfaces(actors: dict[str, tuple[str | None, list[str]]]) -> list[str]:
    return [s for _, surfaces in actors.values() for s in surfaces]


# --- believers, platforms, shop widgets, streets --------------------------------------------------------------------

def test_actors32_a_faith_adjective_before_a_plain_noun_of_people_is_no_actor(pipeline: Pipeline) -> None:
    text = ("After the vote, Jewish groups wrote to the dean of the college in Leeds. "
            "Several Jewish students said they felt unwelcome at the meeting.")
    surfaces = " ".join(_surfaces(_actors(pipeline, text)))
    assert "Jewish" not in surfaces


def test_actors32_believers_named_by_their_faith_are_no_actor(pipeline: Pipeline) -> None:
    text = ("The blogger shared clips he said showed Muslims rioting in a park. Critics said the post fed hatred "
            "of Jews, and that Hindus and Christians in the town were also targeted by Muslim migrant gangs.")
    surfaces = " ".join(_surfaces(_actors(pipeline, text)))
    assert not any(w in surfaces for w in ("Muslim", "Jews", "Hindus", "Christians"))


def test_actors32_a_faith_adjective_before_a_political_noun_stays(pipeline: Pipeline) -> None:
    text = "Muslim rebels attacked a convoy on Tuesday, and Christian militias answered within hours."
    surfaces = " ".join(_surfaces(_actors(pipeline, text)))
    assert "Christian militias" in surfaces


def test_actors32_a_platform_named_as_the_channel_of_a_post_is_no_actor(pipeline: Pipeline) -> None:
    text = ("The slurs used on Facebook by a campus club upset many members. "
            "A second clip was posted on YouTube late on Friday.")
    surfaces = _surfaces(_actors(pipeline, text))
    assert "Facebook" not in surfaces and "YouTube" not in surfaces


def test_actors32_a_platform_that_acts_stays(pipeline: Pipeline) -> None:
    text = ("The slurs used on Facebook by a campus club upset many members. "
            "Facebook said on Monday that it had removed the posts.")
    actors = _actors(pipeline, text)
    assert [s for s in _surfaces(actors) if s == "Facebook"] == ["Facebook"]


def test_actors32_names_on_a_shop_widget_line_are_furniture(pipeline: Pipeline) -> None:
    text = ("The minister gave a speech in Leeds on Tuesday.\n"
            "The Quiet State: A History ... Walter P. Emberley Best Price: $11.50 Buy New $14.00 "
            "(as of 08:10 EDT - Details)\nThe speech was short.")
    assert not any("Emberley" in s for s in _surfaces(_actors(pipeline, text)))


def test_actors32_the_first_of_two_streets_is_no_actor(pipeline: Pipeline) -> None:
    text = ("Dozens of marchers sat down where Collins and Spring Streets meet. "
            "Officers later cleared Bourke and Elizabeth Streets as well.")
    surfaces = _surfaces(_actors(pipeline, text))
    assert "Collins" not in surfaces and "Bourke" not in surfaces


@pytest.mark.parametrize("name,kind", [("Tiger Mosquito", "person"), ("Colorado Beetle", "organization"),
                                       ("ESG", "organization"), ("MoU", "organization"),
                                       ("Amalekites", "group"), ("Philistines", "group")])
def test_actors32_a_species_a_standard_or_an_ancient_people_is_no_actor(name: str, kind: str) -> None:
    assert _ner_junk(name, kind)


@pytest.mark.parametrize("name,kind", [("Michael Fox", "person"), ("Samaritans", "organization"),
                                       ("ESG Capital Partners", "organization"), ("Assyrians", "group")])
def test_actors32_a_surname_a_charity_or_a_people_of_today_stays(name: str, kind: str) -> None:
    assert not _ner_junk(name, kind)


def test_actors32_the_sun_newspaper_is_an_outlet(pipeline: Pipeline) -> None:
    text = ("Ministers were angry about a story published by The Sun on Tuesday. A spokesman said a reply to "
            "The Sun would follow.\nREAD MORE ON THE SUN\nThe row went on all week.")
    actors = _actors(pipeline, text)
    assert any(name == "The Sun" and "The Sun" in surfaces for name, (_, surfaces) in actors.items())


def test_actors32_the_star_and_the_planets_are_no_actors(pipeline: Pipeline) -> None:
    text = ("Neptune lies farther out than any other planet from the Sun, and Saturn has rings that Jupiter "
            "lacks, the astronomers said in a paper on Tuesday.")
    surfaces = _surfaces(_actors(pipeline, text))
    assert not {"Neptune", "Sun", "Saturn", "Jupiter"} & set(surfaces)


def _tagged(text: str, name: str, kind: str = "organization") -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), (name, None, None), "ner", ner_type=kind)


def test_actors32_two_surnames_joined_before_a_noun_are_no_actor() -> None:
    text = ("When critics look back, the Harding-Mercer ban will be seen as a dark moment. Two writers, Joan "
            "Harding and Paul Mercer, were barred in 2013.")
    assert actors_module._surname_pair(text, _tagged(text, "Harding-Mercer"))


@pytest.mark.parametrize("text", [
    "Andrew Lloyd-Webber wrote a new show, and the Lloyd-Webber estate said it was pleased.",
    "The Harding-Mercer ban was lifted; nobody else was named.",
    "Joan Harding and Paul Mercer founded Harding-Mercer in 1990."])
def test_actors32_a_double_barrelled_name_or_a_firm_stays(text: str) -> None:
    name = "Lloyd-Webber" if "Lloyd" in text else "Harding-Mercer"
    assert not actors_module._surname_pair(text, _tagged(text, name))


# --- parties several countries share -------------------------------------------------------------------------------

def test_actors32_a_shared_party_name_takes_the_article_home_country(pipeline: Pipeline) -> None:
    text = ("Britain will vote in the spring. A split over the budget could mean the end of the Conservative "
            "Party, one commentator wrote. Britain's voters seem tired of both sides.")
    assert _codes_of(_actors(pipeline, text), "Conservative Party") == {"GBR"}


def test_actors32_a_shared_party_name_takes_no_country_without_such_a_party(pipeline: Pipeline) -> None:
    text = ("Brazil will vote in the spring. A split over the budget could mean the end of the Conservative "
            "Party, one commentator wrote. Brazil's voters seem tired of both sides.")
    assert _codes_of(_actors(pipeline, text), "Conservative Party") <= {None}


def test_actors32_a_member_of_a_shared_party_in_apposition_takes_its_country(pipeline: Pipeline) -> None:
    text = ("Britain's budget fight went on. Marcus Ellery, a senior Labour backbencher, wrote to the prime "
            "minister on Monday.\n\nBritain's voters will decide in the spring, and Labour wants an early vote.")
    actors = _actors(pipeline, text)
    assert _codes_of(actors, "Marcus Ellery") == {"GBR"} and _codes_of(actors, "Labour") == {"GBR"}


def test_actors32_a_member_of_a_party_abroad_takes_no_country_from_it(pipeline: Pipeline) -> None:
    text = ("Brazil's budget fight went on. Marcus Ellery, a senior Labour backbencher, wrote to the president "
            "on Monday.\n\nBrazil's voters will decide in the spring.")
    assert _codes_of(_actors(pipeline, text), "Marcus Ellery") <= {None}


# --- dictionary entries --------------------------------------------------------------------------------------------

def test_actors32_a_british_opposition_leader_is_british(pipeline: Pipeline) -> None:
    text = "Jeremy Corbyn said his meeting in Brussels had gone well. Corbyn then flew home."
    assert _codes_of(_actors(pipeline, text), "Corbyn") == {"GBR"}


def test_actors32_israels_army_by_its_initials_is_israeli(pipeline: Pipeline) -> None:
    text = ("A US official in Washington said on Friday that talks would resume. The IDF said its troops had "
            "returned fire near the fence, and an American envoy urged calm.")
    assert _codes_of(_actors(pipeline, text), "The IDF") == {"ISR"}


def test_actors32_the_visegrad_group_is_an_international_body(pipeline: Pipeline) -> None:
    text = "The Visegrad countries met in Bratislava and rejected the quota plan once more."
    assert _codes_of(_actors(pipeline, text), "Visegrad countries") == {"IGO"}


# --- the fresh batch ----------------------------------------------------------------------------------------------

def test_actors32_fresh_batch_score() -> None:
    if not (SHARED_DIR / "data").is_dir():
        pytest.skip("shared data not available")
    scores = score_actors(read_real_gold(FRESH_GOLD_FILE), whole_words=True)
    assert scores.precision >= 0.9 and scores.recall >= 0.95  # main: 0.797 / 0.905 (never seen)
