"""Source typing on real articles, round 28 (issue 16): journalists by their titles, table names written with a
lowercase "the", a US party tag that makes a senator American in a story about another country, US states,
"the organization" / "the group" resolved to the body named before, sport bodies named after a country, private
people of no body; on sentences of our own. And the form of the fresh real-article gold
(tests/gold/sources_real28.jsonl, tests/gold/sources_real28_heldout.jsonl)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.test_attribution import _find

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLDS = (ROOT / "tests" / "gold" / "sources_real28.jsonl", ROOT / "tests" / "gold" / "sources_real28_heldout.jsonl")
TYPES = {"government", "politician", "media", "organization", "academic", "report", "person", "anonymous"}


def test_a_news_host_is_a_journalist_and_so_is_his_later_surname(extract) -> None:
    doc = extract("Fox News host Tom Reddick said the vote count was slow. Reddick said the machines were old.")
    first, second = _find(doc, "the vote count was slow"), _find(doc, "the machines were old")
    assert first.source_type == second.source_type == "media"
    assert first.speaker_name == "Tom Reddick" and first.named


def test_a_reporter_by_apposition_is_a_journalist(extract) -> None:
    doc = extract("Dana Ruiz, a reporter who covered the trial for years, said the judge looked tired.")
    assert _find(doc, "the judge looked tired").source_type == "media"


def test_a_press_secretary_and_a_host_country_make_no_journalist(extract) -> None:
    doc = extract("White House press secretary Ann Lowe said the talks went well. Tom Hale, the host country's "
                  "envoy, said the summit was over.")
    assert _find(doc, "the talks went well").source_type != "media"
    assert _find(doc, "the summit was over").source_type != "media"


def test_a_listed_outlet_is_found_after_a_lowercase_the(extract) -> None:
    doc = extract("As the Intercept reported on Monday, the drones were shot down over the sea.")
    a = _find(doc, "the drones were shot down")
    assert a.source_type == "media"
    assert a.source_country == "US"
    assert a.speaker_name == "The Intercept"


def test_a_us_party_tag_makes_a_senator_american_in_a_story_about_another_country(extract) -> None:
    doc = extract("The Israeli army moved north again. Israel says the border is calm. Israeli leaders met in "
                  "Haifa. Sen. Bob Kerrin (D-Ohio) landed in Israel on Monday. Kerrin said the aid should pass. "
                  "He said the vote would come soon.")
    for words in ("the aid should pass", "the vote would come soon"):
        a = _find(doc, words)
        assert a.source_type == "politician"
        assert a.source_country == "US"


def test_a_us_state_gives_the_united_states(extract) -> None:
    doc = extract("“We will vote no on this,” said the senator from Vermont.")
    assert _find(doc, "We will vote no on this").source_country == "US"


def test_the_organization_is_the_body_named_before(extract) -> None:
    doc = extract("The International Grain Forum met in Oslo on Monday. Later the organization said prices would "
                  "rise.")
    a = _find(doc, "prices would rise")
    assert a.named
    assert a.speaker_name == "International Grain Forum"
    assert a.source_type == "organization"
    assert a.source_country is None


def test_the_group_is_the_organisation_quoted_before(extract) -> None:
    doc = extract("Greenpeace Nordic said the tanker was unsafe. The group added that the port should close.")
    a = _find(doc, "the port should close")
    assert a.named and a.speaker_name == "Greenpeace Nordic"


def test_the_group_with_no_organisation_quoted_before_stays_unnamed(extract) -> None:
    doc = extract("Rockets were fired at dawn near the border. The group said more would follow.")
    assert not _find(doc, "more would follow").named


def test_a_sport_body_named_after_its_country_is_no_government(extract) -> None:
    doc = extract("Rugby Canada said in a statement that the match was off.")
    a = _find(doc, "the match was off")
    assert a.source_type == "organization"
    assert a.source_country == "CA"


def test_a_private_person_of_no_body_is_anonymous(extract) -> None:
    doc = extract("A sharp-eyed Reddit user said the photo was fake. One spectator said the game was dull.")
    for words in ("the photo was fake", "the game was dull"):
        a = _find(doc, words)
        assert a.source_type == "anonymous"
        assert not a.named


def test_unnamed_people_of_a_named_body_speak_for_it_not_for_the_place(extract) -> None:
    doc = extract("The rise was also predicted by experts at the Global Grain Forum in Geneva, Switzerland last "
                  "month. A Red Cross doctor said the clinic was full.")
    forum = _find(doc, "The rise")
    assert forum.source_type == "organization" and forum.source_country is None and not forum.named
    assert _find(doc, "the clinic was full").source_type == "organization"


def test_an_expert_of_no_named_body_stays_a_person(extract) -> None:
    doc = extract("“We need to act,” said the water safety expert.")
    assert _find(doc, "We need to act").source_type in ("person", "anonymous", "academic")


def test_a_legislature_s_staffer_is_a_politician_s_voice(extract) -> None:
    doc = extract("A former Senate staffer said the memo was leaked.")
    assert _find(doc, "the memo was leaked").source_type == "politician"


def test_a_body_s_management_and_an_event_s_organizers_speak_for_a_body(extract) -> None:
    doc = extract("Management at the quarry said the pit was safe. The organizers said the race would go on.")
    for words in ("the pit was safe", "the race would go on"):
        a = _find(doc, words)
        assert a.source_type == "organization" and not a.named


def test_an_official_of_a_named_body_stays_the_body_s(extract) -> None:
    doc = extract("A Pentagon official said the drill was over.")
    assert _find(doc, "the drill was over").source_type == "government"


def _gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_fresh_gold_form() -> None:
    seen: set[str] = set()
    for path in GOLDS:
        for art in _gold(path):
            assert art["path"].startswith("data/") and art["path"].endswith(".txt")
            assert art["path"] not in seen
            seen.add(art["path"])
            for sp in art["speakers"]:
                assert set(sp) == {"anchor", "surface", "name", "type", "country", "named"}
                assert 1 <= len(sp["anchor"].split()) <= 7
                assert sp["surface"] in sp["anchor"]
                assert sp["type"] in TYPES
                assert sp["country"] is None or (len(sp["country"]) == 2 and sp["country"].isupper())
                assert isinstance(sp["named"], bool)
    assert len(seen) == 10
    earlier = {row["path"] for gold in (ROOT / "tests" / "gold").glob("*_real*.jsonl") if "real28" not in gold.name
               for row in _gold(gold) if "path" in row}
    assert not seen & earlier


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score26", ROOT / "scripts" / "sources26" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared (the gold's articles)")
def test_every_fresh_anchor_is_found_once_in_its_article() -> None:
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths

    score = _scorer()
    for path in GOLDS:
        for art in _gold(path):
            text = make_document(next(iter(iter_paths([SHARED / art["path"]])))).text
            for sp in art["speakers"]:
                assert score.locate(text, sp["anchor"], sp["surface"]) is not None, (art["id"], sp["anchor"])


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared (the gold's articles)")
def test_real_article_figures_hold() -> None:
    score = _scorer()
    fresh = score.score(_gold(GOLDS[0]))
    assert fresh["type_acc"] >= 0.85 and fresh["country_acc"] >= 0.77 and fresh["found"] >= 0.87
    old = score.score(score.load_gold(ROOT / "tests" / "gold" / "sources_real26.jsonl"))
    assert old["type_acc"] >= 0.76 and old["country_acc"] >= 0.43
