"""Round 36 (issue 17), from the first real-news events gold: a promise whose object is a harmful act is a threat;
a massing of a state's forces at another's border or coast is a mobilization against it; the subject of "be
behind" an attack is its doer; waging war in or against another country is fighting it (spaCy reads "wages" as
"wag"); an armed campaign with no target takes the foreign land its "in" names. Also the round's scorer
(scripts/events36/score.py): gold lines to GSR-style records, and a changed article is refused.

Every sentence here was written for these tests; none is from the development gold or the drawn articles.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

from tests.event_predictions import triples as _triples

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("text", "expected"), [
    ("Armenia's leader ordered a new air campaign, promising more strikes against Azerbaijan.",
     ("THREATEN", "ARM", "AZE")),
    ("The Pakistani army chief promised swift retaliation against India after the ambush.",
     ("THREATEN", "PAK", "IND")),
])
def test_a_promise_of_harm_is_a_threat(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert ("AGREE", expected[1], expected[2]) not in triples


def test_a_promise_of_help_stays_an_offer() -> None:
    assert ("AGREE", "EGY", "SDN") in _triples("Egypt promised Sudan more wheat shipments.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Satellite images showed the massing of Chinese warships near Taiwan's coast.", ("MOBILIZE", "CHN", "TWN")),
    ("Officials in Baku described the massing of Armenian troops near Azerbaijan's western border.",
     ("MOBILIZE", "ARM", "AZE")),
])
def test_massing_forces_at_a_border_is_a_mobilization(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Afghan officials said Pakistani intelligence agents were behind the bombings in Kabul.",
     ("ASSAULT", "PAK", "AFG")),
    ("Israeli officials say Iran is behind the attacks on Israeli ships in the Gulf of Oman.",
     ("ASSAULT", "IRN", "ISR")),
])
def test_the_one_behind_an_attack_does_it(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_behind_talks_is_no_attack() -> None:
    assert not any(event == "ASSAULT" for event, _, _ in _triples("Russia was behind the talks with Turkey."))


def test_waging_war_in_a_country_is_fighting_it() -> None:
    text = "Grain prices climbed while the Kremlin wages war in Georgia, traders in Chicago noted."
    assert any(event in ("FIGHT", "ASSAULT") and (src, tgt) == ("RUS", "GEO") for event, src, tgt in _triples(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Israeli army's offensive in Gaza has displaced most of the population.", ("ISR", "PSE")),
    ("The Turkish army's offensive in northern Iraq lasted a week.", ("TUR", "IRQ")),
])
def test_a_campaign_in_a_foreign_land_targets_it(text: str, expected: tuple[str, str]) -> None:
    assert any(event in ("FIGHT", "ASSAULT") and (src, tgt) == expected for event, src, tgt in _triples(text))


def _scorer():
    spec = importlib.util.spec_from_file_location("events36_score", ROOT / "scripts" / "events36" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_scorer_reads_offsets_and_makes_gsr_records(tmp_path: Path) -> None:
    score = _scorer()
    article = tmp_path / "data" / "a.txt"
    article.parent.mkdir()
    article.write_text("Header line.\nChad expelled the French ambassador on Friday.\n", encoding="utf-8")
    sha = hashlib.sha256(article.read_bytes()).hexdigest()
    gold = tmp_path / "gold.jsonl"
    line = {"id": "x-1", "path": "data/a.txt", "sha256": sha, "start": 13, "end": 59,
            "events": [{"event": "SANCTION", "source": ["TCD"], "target": ["FRA"]}]}
    gold.write_text(json.dumps(line) + "\n", encoding="utf-8")
    items = score.load(gold, tmp_path)
    assert items[0]["text"] == "Chad expelled the French ambassador on Friday."
    assert score.records(items) == [{"id": "x-1-0", "sentence": "x-1", "event": "SANCTION",
                                     "source": [{"code": "TCD"}], "target": [{"code": "FRA"}]}]
    article.write_text("Changed.\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="sha256"):
        score.load(gold, tmp_path)


@pytest.mark.parametrize("name", ["events_real36.jsonl", "events_real36_heldout.jsonl"])
def test_gold_files_are_well_formed(name: str) -> None:
    lines = [json.loads(x) for x in (ROOT / "tests" / "gold" / name).read_text(encoding="utf-8").splitlines()]
    assert lines and all(set(x) == {"id", "path", "sha256", "start", "end", "events"} for x in lines)
    assert all("text" not in x for x in lines)  # no article text in the project
    assert all(set(e) == {"event", "source", "target"} and e["source"] for x in lines for e in x["events"])
    shared = ROOT.parent / "shared"
    if not (shared / lines[0]["path"]).is_file():
        pytest.skip("../shared is not here")
    assert len(_scorer().load(ROOT / "tests" / "gold" / name, shared)) == len(lines)
