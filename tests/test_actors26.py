"""Actors on real articles (round 26, branch ``actors26``): the real-article gold and the error groups it showed.

Every sentence here is written for these tests. The real-article scores read the articles from ``../shared``
and skip without it.
"""

from __future__ import annotations

import json

import pytest

from spinscope.components.actors import _ner_junk
from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline
from spinscope.predict import actor_code
from spinscope.training import actor_eval
from spinscope.training.actor_eval import REAL_GOLD_FILE, SHARED_DIR, read_real_gold, score_actors

HELDOUT_GOLD_FILE = REAL_GOLD_FILE.with_name("actors_real_heldout.jsonl")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def _codes(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    doc = pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))
    return {a.name: actor_code(a) for a in doc.actors if a.type != "location"}


# --- a one-word armed group's name at the end of a longer name -------------------------------------------------

def test_actors26_net_zero_is_no_armed_group(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "Critics of the Net Zero-obsessed broadcaster say it misled viewers about polar ice.")
    assert not any("Zero" in name for name in codes)


def test_actors26_armed_groups_after_a_demonym_or_a_sentence_start_stay(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "Lebanese Hezbollah fired rockets at northern Israel on Monday. "
                             "When Hamas attacked, the army answered.")
    assert codes.get("Hezbollah") == "LBN"
    assert codes.get("Hamas") == "PSE"


# --- US bodies and parties in an article that names the United States ------------------------------------------

@pytest.mark.parametrize("name", ["Department of Justice", "Immigration and Customs Enforcement", "NSC"])
def test_actors26_us_agencies_are_american(pipeline: Pipeline, name: str) -> None:
    codes = _codes(pipeline, "President Biden spoke in Washington. The Department of Justice said it would report. "
                             "Officials at Immigration and Customs Enforcement declined to comment. "
                             "The NSC met on Friday.")
    assert codes.get(name) == "USA"


@pytest.mark.parametrize("name", ["Democrat Party", "Democrat", "GOP"])
def test_actors26_us_party_names_are_american(pipeline: Pipeline, name: str) -> None:
    codes = _codes(pipeline, "President Biden met the Canadian prime minister. The Democrat Party wants more "
                             "spending, said one Democrat, while the GOP establishment disagreed.")
    assert codes.get(name) == "USA"


def test_actors26_caucus_is_not_the_country_it_wants_talks_with(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "Lawmakers in Washington debated aid for Ukraine. The Congressional Progressive "
                             "Caucus sent a letter urging talks with Russia, and the CPC later withdrew it.")
    assert codes.get("Congressional Progressive Caucus") == "USA"
    assert codes.get("CPC") != "RUS"


# --- a body is not of the country on the other side of what it does --------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("The Harbour Workers Union signed a wage deal with Iran on Monday, its chairman said.", "Harbour Workers Union"),
    ("After talks with Iran, the Caspian Trade Council said exports would rise.", "Caspian Trade Council"),
])
def test_actors26_body_not_typed_by_counterpart(pipeline: Pipeline, text: str, name: str) -> None:
    codes = _codes(pipeline, text)
    assert name in codes
    assert codes[name] != "IRN"
    assert codes.get("Iran") == "IRN"


def test_actors26_body_still_typed_by_its_scene(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "Activists met in Berlin. The Green Energy Forum said Germany must close its coal plants.")
    assert codes.get("Green Energy Forum") == "DEU"


# --- NER names cut off after a small word ---------------------------------------------------------------------

@pytest.mark.parametrize(("name", "junk"), [("Board of a", True), ("Summit of the", True),
                                            ("Bank of England", False), ("Friends of the Earth", False)])
def test_actors26_names_cut_off_after_a_small_word(name: str, junk: bool) -> None:
    assert _ner_junk(name, "organization") is junk


# --- officials of a state's executive, with no country in their sentence --------------------------------------

def test_actors26_home_secretary_is_of_the_country_the_article_names(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "Protesters blocked a bridge in Manchester, and British police arrested twelve.\n\n"
                             "\"Enough is enough,\" Home Secretary Clara Wendell said on Sunday.")
    assert codes.get("Clara Wendell") == "GBR"


def test_actors26_acting_director_in_apposition(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "The agency raided three farms in Texas, officials in Washington said.\n\n"
                             "Mark Dorrow, the acting director of the agency, defended the raids.")
    assert codes.get("Mark Dorrow") == "USA"


def test_actors26_untitled_person_gets_no_home_country(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "Protesters blocked a bridge in Manchester, and British police arrested twelve.\n\n"
                             "\"Enough is enough,\" Clara Wendell said on Sunday.")
    assert codes.get("Clara Wendell") is None


def test_actors26_ambassador_gets_no_home_country(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "Protesters blocked a bridge in Manchester, and British police arrested twelve.\n\n"
                             "\"We are watching,\" Ambassador Clara Wendell said on Sunday.")
    assert codes.get("Clara Wendell") != "GBR"


# --- the real-article gold ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("path", "count"), [(REAL_GOLD_FILE, 15), (HELDOUT_GOLD_FILE, 6)])
def test_actors26_real_gold_holds_no_article_text(path, count: int) -> None:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(items) == count
    for item in items:
        assert set(item) == {"id", "path", "actors"}
        assert item["path"].startswith("data/")
        for actor in item["actors"]:
            assert set(actor) == {"name", "mentions", "code"}
            assert all(len(surface.split()) <= 7 for surface in actor["mentions"])  # names, no prose


def test_actors26_real_eval_says_when_the_data_is_missing(tmp_path, capsys) -> None:
    assert actor_eval.main(["--real", "--shared", str(tmp_path)]) == 2
    assert "not found" in capsys.readouterr().err


needs_shared = pytest.mark.skipif(not (SHARED_DIR / "data" / "semeval2025_task10").is_dir(),
                                  reason="../shared data absent")


@needs_shared
@pytest.mark.parametrize("path", [REAL_GOLD_FILE, HELDOUT_GOLD_FILE])
def test_actors26_real_gold_mentions_occur_in_their_articles(path) -> None:
    for item in read_real_gold(path):
        for actor in item["actors"]:
            for surface in actor["mentions"]:
                assert actor_eval._occurrences(item["text"], surface, whole_words=True), (item["id"], surface)


@needs_shared
@pytest.mark.slow
def test_actors26_real_articles_precision_and_recall() -> None:
    scores = score_actors(read_real_gold(), whole_words=True)
    assert scores.gold == 195
    # main: 0.735 / 0.800 (never seen); this branch (tuned on the same 15 articles): 0.802 / 0.841; round 27
    # (actors27: US states are places, no actors; the gold's one state actor, "Florida", is lost): 0.821 / 0.836
    assert scores.precision >= 0.82
    assert scores.recall >= 0.83


@needs_shared
@pytest.mark.slow
def test_actors26_heldout_articles_precision_and_recall() -> None:
    scores = score_actors(read_real_gold(HELDOUT_GOLD_FILE), whole_words=True)
    assert scores.gold == 78
    # annotated after this branch's rules were written, read once: main 0.761 / 0.833, this branch 0.772 / 0.846
    assert scores.precision >= 0.77
    assert scores.recall >= 0.84
