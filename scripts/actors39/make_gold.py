"""Write round 39's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading the PTC training articles drawn by ``python scripts/actors34/draw.py
--seed 39 --count 8 --held 3 --pool ptc --max-words 500 --own tests/gold/actors_real39.jsonl --own
tests/gold/actors_real39_heldout.jsonl --own scripts/actors39`` (``draw.txt``) before any spinscope run on them.
Usage (repository root, ../shared present): ``python scripts/actors39/make_gold.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIR = "data/ptc_semeval2020_task11/train-articles/"
USA = "USA"


# round 38's gold writer, the same form (one line per article: stem, path, sha256, actors)
_spec = importlib.util.spec_from_file_location("actors38_make_gold", Path(__file__).resolve().parents[1] / "actors38"
                                               / "make_gold.py")
assert _spec is not None and _spec.loader is not None
_round38 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_round38)
_a = _round38._a


DEV = {
    "article727736595": [
        _a("Stephen Paddock", ["Stephen Paddock", "Las Vegas gunman"], USA),
        _a("FBI", ["FBI"], USA),
        _a("Douglas Haig", ["Douglas Haig", "Haig"], USA),
    ],
    "article763761219": [
        _a("U.S. Conference of Mayors", ["U.S. Conference of Mayors", "Conference of Mayors", "U.S. Conference"], USA),
        _a("Karen Freeman-Wilson", ["Karen Freeman-Wilson"], USA),
        _a("Everytown for Gun Safety", ["Everytown for Gun Safety", "Everytown"], None),
        _a("John Fienblatt", ["John Fienblatt"], None),
        _a("NRA", ["NRA"], None),
        _a("US government", ["Washington"], USA),
    ],
    "article770581969": [
        _a("United States Embassy in Cuba", ["United States Embassy"], USA),
        _a("US diplomats", ["US diplomats", "U.S. diplomats"], USA),
        _a("SHTFPlan", ["SHTFPlan"], None),
        _a("Barack Obama", ["Barack Obama"], USA),
        _a("Cuba", ["Cuba"], "CUB"),
        _a("Daily Mail", ["The Daily Mail", "Daily Mail"], None),
        _a("State Department", ["U.S. State Department", "State Department"], USA),
        _a("WND", ["WND"], None),
        _a("Donald Trump", ["President Trump", "Trump"], USA),
        _a("Kim Jong-Un", ["Kim Jong-Un", "North Korea’s leader"], "PRK"),
        _a("Jinnie Lee", ["Jinnie Lee", "Lee"], USA),
        _a("US Embassy in Beijing", ["U.S. Embassy", "Embassy"], USA),
        _a("Gizmodo", ["Gizmodo"], None),
        _a("Chinese government", ["Chinese government"], "CHN"),
        _a("US government", ["U.S. government"], USA),
        _a("Americans", ["Americans"], USA),
    ],
    "article729549972": [
        _a("NASA", ["NASA"], USA),
        _a("Carl Sagan", ["US astronomer Carl Sagan", "Carl Sagan"], USA),
        _a("Johns Hopkins Applied Physics Laboratory", ["Johns Hopkins Applied Physics Laboratory"], None),
    ],
    "article739091070": [
        _a("Libby Schaaf", ["Oakland Mayor Libby Schaaf", "Libby Schaaf", "Mayor Schaaf", "Schaaf"], USA),
        _a("Immigration and Customs Enforcement", ["ICE"], USA),
        _a("Obama holdovers", ["Obama holdovers"], USA),
        _a("Centro Legal de la Raza", ["Centro Legal de la Raza", "La Raza"], None),
        _a("Oakland Indie Alliance", ["Oakland Indie Alliance"], None),
        _a("Immigration and Naturalization Service", ["INS"], USA),
    ],
}

HELD = {
    "article731178960": [
        _a("NOAA Space Weather Prediction Center", ["NOAA Space Weather Prediction Center"], USA),
        _a("Seeker", ["Seeker"], None),
        _a("NASA", ["NASA"], USA),
    ],
    "article729940206": [
        _a("Ashley Arnold", ["Ashley Arnold", "Arnold"], None),
        _a("SNHU", ["SNHU"], None),
        _a("John Pearson", ["John Pearson"], None),
    ],
    "article999000159": [
        _a("Gun Owners of America", ["Gun Owners of America", "GOA"], None),
        _a("Erich Pratt", ["GOA Executive Director Erich Pratt", "Erich Pratt"], None),
        _a("the anti-gun Left", ["anti-gun Left"], None),
        _a("Brett Kavanaugh", ["Judge Brett Kavanaugh", "Brett Kavanaugh"], USA),
        _a("Supreme Court", ["Supreme Court"], USA),
        _a("Democrats", ["Democrats"], USA),
        _a("Congress", ["Congress"], USA),
        _a("Nancy Pelosi", ["Nancy Pelosi"], USA),
    ],
}


if __name__ == "__main__":
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real39.jsonl", DIR)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real39_heldout.jsonl", DIR)
